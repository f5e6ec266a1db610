"""The header label lexicon (``resources/vacancy/labels.json``): label as written -> field.

English, French, Spanish and Russian labels, validated when first read: every field is one the
parser fills, every label is non-empty, and no label belongs to two fields. ``inline_keys``
are the labels the inline "Key: value" reader (``fields.key_values``) looks for: labels of the
fields, or its own with their field, none of them both. A new label is a data change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from secondment_desk.models.validation import describe_validation_error
from secondment_desk.resources import load_json_resource

# The names layout.pairs() reports, as the parser's key/value reader names them.
FIELDS = frozenset(
    {
        "title",
        "office",
        "grade",
        "requisition_id",
        "ref",
        "location",
        "country",
        "issue_date",
        "closing_date",
        "posting_period",
        "job_field",
        "contract_type",
        "number_of_posts",
        "job_level",
        "job_code_title",
        "job_type",  # "Job Type: Full-time" (a contract type where none is stated)
        "education_level",
        "languages",  # "Idiomas requeridos" over "Español": a header's stated languages
        "other",  # a label known and not read: its value is nobody's (not a title either)
    }
)
LANGUAGES = ("en", "fr", "es", "ru")
_WORD = re.compile(r"[^\W\d_]+")
WHERE = "vacancy/labels.json"


class LabelsFileError(ValueError):
    """The shipped labels.json is broken (a packaging bug)."""


class _InlineKeys(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    about: str = Field(alias="_about")
    labels: tuple[str, ...]
    inline_only: dict[str, tuple[str, ...]] = Field(default_factory=dict)


class _File(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    about: str = Field(alias="_about")
    fields: dict[str, dict[str, tuple[str, ...]]]
    title_noise: dict[str, tuple[str, ...] | str] = Field(default_factory=dict)
    title_acronyms: dict[str, tuple[str, ...] | str] = Field(default_factory=dict)
    joiners: dict[str, tuple[str, ...] | str] = Field(default_factory=dict)
    assignment_words: dict[str, tuple[str, ...] | str] = Field(default_factory=dict)
    heading_words: dict[str, tuple[str, ...] | str] = Field(default_factory=dict)
    inline_keys: _InlineKeys | None = None


_SLASH = re.compile(r"\s*/\s*")


def norm_label(label: str) -> str:
    """A label as looked up: quotes, runs of spaces, spaces around a slash and a closing
    full stop folded ("Department/ Office" is "Department/Office", "Vacancy No." "Vacancy No")."""
    folded = " ".join(label.replace("’", "'").split()).casefold()
    if folded.endswith(".") and len(folded) > 1:
        folded = folded[:-1]
    return _SLASH.sub("/", folded) if "/" in folded else folded


@dataclass(frozen=True)
class Lexicon:
    by_label: dict[str, str]  # normalised label -> field
    longest: int  # words in the longest label
    title_noise: frozenset[str]  # normalised words a system appends to a title
    first_words: frozenset[str]  # the first word of every label (a cheap test per line)
    joiners: frozenset[str] = frozenset()  # words a wrapped value's line cannot end on
    assignment_words: frozenset[str] = frozenset()  # a service title's first word
    title_acronyms: frozenset[str] = frozenset()  # kept in capitals, as written (not folded)
    heading_words: frozenset[str] = frozenset()  # "Vacancy Notice" before a heading's title
    inline_keys: dict[str, str] = field(default_factory=dict)  # "Key: value" reader's


def validate(data: object) -> Lexicon:
    try:
        parsed = _File.model_validate(data)
    except ValidationError as err:
        raise LabelsFileError(f"{WHERE}: {describe_validation_error(err)}") from err
    by_label: dict[str, str] = {}
    for name, per_language in parsed.fields.items():
        if name not in FIELDS:
            raise LabelsFileError(f"{WHERE}: unknown field '{name}'")
        for language, labels in per_language.items():
            if language not in LANGUAGES:
                raise LabelsFileError(f"{WHERE}: {name}: unknown language '{language}'")
            for label in labels:
                key = norm_label(label)
                if not key:
                    raise LabelsFileError(f"{WHERE}: {name}: an empty label")
                other = by_label.get(key)
                if other is not None and other != name:
                    raise LabelsFileError(f"{WHERE}: '{label}' is a label of {other} and {name}")
                by_label[key] = name
    noise = _per_language(parsed.title_noise, "title_noise")
    joiners = _per_language(parsed.joiners, "joiners")
    firsts = frozenset(m.group() for k in by_label if (m := _WORD.match(k)))
    longest = max((len(k.split()) for k in by_label), default=0)
    assignment = _per_language(parsed.assignment_words, "assignment_words")
    acronyms = frozenset(
        w
        for language, words in parsed.title_acronyms.items()
        if language != "_about" and not isinstance(words, str)
        for w in words
    )
    headings = _per_language(parsed.heading_words, "heading_words")
    inline = _inline_keys(parsed.inline_keys, by_label)
    return Lexicon(
        by_label,
        longest,
        frozenset(noise),
        firsts,
        joiners,
        assignment,
        acronyms,
        headings,
        inline,
    )


def _inline_keys(keys: _InlineKeys | None, by_label: dict[str, str]) -> dict[str, str]:
    """The inline reader's labels (normalised) -> field: labels of 'fields', and its own."""
    if keys is None:
        return {}
    out: dict[str, str] = {}
    for label in keys.labels:
        name = by_label.get(norm_label(label))
        if name is None:
            raise LabelsFileError(f"{WHERE}: inline_keys: '{label}' is no label of 'fields'")
        out[norm_label(label)] = name
    for name, labels in keys.inline_only.items():
        if name not in FIELDS:
            raise LabelsFileError(f"{WHERE}: inline_keys: unknown field '{name}'")
        for label in labels:
            key = norm_label(label)
            if not key or key in by_label:
                raise LabelsFileError(f"{WHERE}: inline_keys: '{label}' is empty or in 'fields'")
            out[key] = name
    return out


def _per_language(table: dict[str, tuple[str, ...] | str], key: str) -> frozenset[str]:
    """The normalised words of a {language: words} table (its own "_about" aside)."""
    out: set[str] = set()
    for language, words in table.items():
        if language == "_about":
            continue
        if language not in LANGUAGES or isinstance(words, str):
            raise LabelsFileError(f"{WHERE}: {key}: unknown language '{language}'")
        out.update(norm_label(w) for w in words)
    return frozenset(out)


@cache
def lexicon() -> Lexicon:
    return validate(load_json_resource(WHERE))


def field_of(label: str) -> str | None:
    return lexicon().by_label.get(norm_label(label))
