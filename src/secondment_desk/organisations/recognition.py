"""How a notice names each organisation, as data (``resources/organisations/*/recognition.json``).

One file per family, validated when first read: the names and acronyms that identify the
organisation in a notice (counted to decide who published it), the office names it may state,
the grade patterns a value must match to be read as that organisation's grade, and the zone
"CET" stands for in its notices. A new organisation, acronym or grade scale is a data change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from secondment_desk.models.validation import describe_validation_error
from secondment_desk.organisations.rules import FAMILIES
from secondment_desk.regex_cache import kept_compiled
from secondment_desk.resources import data_dir, literal_trie, load_json_resource


def _recognised_families() -> tuple[str, ...]:
    """Those with application rules, then every other folder holding a recognition.json (a new
    organisation is a data change: its folder, no code)."""
    root = data_dir("resources") / "organisations"
    named = sorted(
        d.name
        for d in root.iterdir()
        if (d / "recognition.json").is_file() and d.name not in FAMILIES
    )
    return (*FAMILIES, *named)


# Families the parser recognises: those with application rules, then those it only names.
RECOGNISED_FAMILIES: tuple[str, ...] = _recognised_families()


class RecognitionFileError(ValueError):
    """A shipped recognition.json is broken (a packaging bug)."""


class Recognition(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    about: str = Field(alias="_about")
    family: str
    short_name: str = Field(min_length=1)
    substrings: tuple[str, ...] = Field(description="Counted as written, case-sensitive.")
    words: tuple[str, ...] = Field(description="Counted as whole words, case-sensitive.")
    names: tuple[str, ...] = ()
    name_forms: dict[str, str] = Field(
        default_factory=dict,
        description="An office name as a sentence declines it -> its name in 'names' "
        "('Ministerstwa Spraw Zagranicznych' -> 'Ministerstwo Spraw Zagranicznych').",
    )
    grade_patterns: tuple[str, ...] = ()
    grades_of_any: bool = Field(
        default=True,
        description="False when its grades are read only in this organisation's notices: a "
        "scale of single letters ('Grade: F') looks like other words in anyone else's.",
    )
    reference_patterns: tuple[str, ...] = Field(
        default=(),
        description="Regexes of this organisation's vacancy references, found as a whole "
        "token in a notice's first lines when no label gives one ('VN 20/23', 'e33/2011').",
    )
    cet_zone: str
    job_fields: tuple[str, ...] = Field(
        default=(),
        description="The organisation's named fields of expertise; a line of a notice's first "
        "screen that is one of them, alone, is the job field when no label gives one "
        "('\U0001f4c1' over 'Political Affairs' on vacancies.osce.org).",
    )

    @field_validator("grade_patterns", "reference_patterns")
    @classmethod
    def _patterns(cls, value: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        kind = "grade" if info.field_name == "grade_patterns" else "reference"
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as err:
                raise ValueError(f"{kind} pattern {pattern!r}: {err}") from err
        return value

    @model_validator(mode="after")
    def _forms_name_offices(self) -> Recognition:
        unknown = sorted(v for v in self.name_forms.values() if v not in self.names)
        if unknown:
            raise ValueError(f"name_forms give names not in 'names': {', '.join(unknown)}")
        return self

    @field_validator("cet_zone")
    @classmethod
    def _zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as err:
            raise ValueError(f"'{value}' is not a known time zone") from err
        return value


@dataclass(frozen=True)
class Compiled:
    recognition: Recognition
    words: re.Pattern[str] | None
    grade: re.Pattern[str] | None
    grade_in_text: re.Pattern[str] | None  # a grade as a whole token inside a longer value
    office_names: frozenset[str]  # casefolded
    reference: re.Pattern[str] | None  # a reference as a whole token
    job_field_line: re.Pattern[str] | None  # a line that is one of its fields of expertise

    @property
    def short_name(self) -> str:
        return self.recognition.short_name


def _word_re(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alt = literal_trie(words)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")


# A reference stands as a whole word: not inside a longer code or a path.
_REF_OPEN, _REF_CLOSE = r"(?<![\w/-])(?:", r")(?![\w/-])"


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def family_recognition(family: str) -> Compiled:
    if family not in RECOGNISED_FAMILIES:
        known = ", ".join(RECOGNISED_FAMILIES)
        raise KeyError(f"Unknown organisation family '{family}'; known: {known}.")
    where = f"organisations/{family}/recognition.json"
    try:
        data = Recognition.model_validate(load_json_resource(where))
    except ValidationError as err:
        raise RecognitionFileError(f"{where}: {describe_validation_error(err)}") from err
    if data.family != family:
        raise RecognitionFileError(f"{where}: family is '{data.family}', not '{family}'")
    grade = re.compile("(?:" + "|".join(data.grade_patterns) + ")") if data.grade_patterns else None
    # a whole token, or one with its step after a hyphen ("Grade P3-1 / P3-6": P3, step 1);
    # the whole token first, so "NO-2" is that grade, not "NO" at step 2
    bounded = (
        re.compile(
            rf"(?<![\w-])(?:{grade.pattern})(?![\w-])"
            rf"|(?<![\w-])(?:{grade.pattern})(?=-[1-9](?![\w-]))"
        )
        if grade
        else None
    )
    offices = frozenset(n.casefold() for n in data.names)
    refs = data.reference_patterns
    reference = re.compile(_REF_OPEN + "|".join(refs) + _REF_CLOSE) if refs else None
    fields = (
        re.compile(
            rf"^[ \t\-•*]*(?:\U0001f4c1[ \t]*)?({literal_trie(data.job_fields)})[ \t]*$",
            re.MULTILINE | re.IGNORECASE,
        )
        if data.job_fields
        else None
    )
    return Compiled(data, _word_re(data.words), grade, bounded, offices, reference, fields)


@cache
def registry() -> tuple[Compiled, ...]:
    """Every family's recognition data, in the families' order (the order ties are broken in)."""
    return tuple(family_recognition(f) for f in RECOGNISED_FAMILIES)


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def token_index() -> tuple[re.Pattern[str], dict[str, tuple[str, bool]]]:
    """One pattern for every family's names (longest first) and, per name as written, the
    family's short name and whether it counts only as a whole word."""
    families: dict[str, tuple[str, bool]] = {}
    for entry in registry():
        for token in entry.recognition.substrings:
            families.setdefault(token, (entry.short_name, False))
        for token in entry.recognition.words:
            families.setdefault(token, (entry.short_name, True))
    return re.compile(literal_trie(families)), families


@cache
def _by_name() -> dict[str, Compiled]:
    return {entry.short_name: entry for entry in reversed(registry())}


def by_short_name(name: str | None) -> Compiled | None:
    return _by_name().get(name) if name is not None else None


def cet_zone(name: str | None, default: str = "Europe/Vienna") -> str:
    """The zone "CET"/"CEST" stands for in this organisation's notices."""
    entry = by_short_name(name)
    return entry.recognition.cet_zone if entry else default


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def _any_grade() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Every family's grade patterns as one (whole value, token in a value)."""
    alt = "|".join(
        e.grade.pattern for e in registry() if e.grade is not None and e.recognition.grades_of_any
    )
    return re.compile(f"(?:{alt})"), re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")


def is_grade(name: str | None, value: str) -> bool:
    """True when ``value`` is, as a whole, a grade of that organisation (any, when unknown)."""
    entry = by_short_name(name)
    pattern = entry.grade if entry else _any_grade()[0]
    return bool(pattern is not None and pattern.fullmatch(value.strip()))


def find_grade(name: str | None, value: str) -> re.Match[str] | None:
    """The first grade of that organisation written inside ``value`` (any, when unknown)."""
    entry = by_short_name(name)
    pattern = entry.grade_in_text if entry else _any_grade()[1]
    return pattern.search(value) if pattern is not None else None


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def _any_reference() -> re.Pattern[str] | None:
    """Every organisation's reference forms in one pattern. Their shared guards ("not inside
    a word") stand once around the alternation: tested once per place instead of once per
    form, the search over a notice is about seven times faster."""
    forms = [e.reference.pattern for e in registry() if e.reference is not None]
    if not forms:
        return None
    if all(f.startswith(_REF_OPEN) and f.endswith(_REF_CLOSE) for f in forms):
        bodies = (f[len(_REF_OPEN) : -len(_REF_CLOSE)] for f in forms)
        return re.compile(_REF_OPEN + "|".join(f"(?:{b})" for b in bodies) + _REF_CLOSE)
    return re.compile("|".join(forms))


def job_field_line(name: str | None, text: str, end: int) -> re.Match[str] | None:
    """A line of ``text[:end]`` that is, alone, one of that organisation's named fields of
    expertise (group 1); None for an organisation that names none."""
    entry = by_short_name(name)
    pattern = entry.job_field_line if entry else None
    return pattern.search(text, 0, end) if pattern is not None else None


def find_reference(name: str | None, text: str, start: int, end: int) -> re.Match[str] | None:
    """The first vacancy reference of that organisation's forms in ``text[start:end]`` (of any
    organisation's, when unknown)."""
    entry = by_short_name(name)
    pattern = (entry.reference if entry else None) or (None if entry else _any_reference())
    return pattern.search(text, start, end) if pattern is not None else None
