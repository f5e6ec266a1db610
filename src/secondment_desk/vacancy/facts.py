"""The one reader of what a requirement asks: years of experience and their kind, management
years, the education level and its substitution, languages and their levels, the licence.

Words come from the body lexicon (``resources/vacancy/requirements.json``: English, French,
Spanish, Russian); numbers in words through ``text2num`` (Russian from the lexicon's table).
The parser attaches a :class:`RequirementFacts` to every requirement and derives the
vacancy's own fields from them (:func:`vacancy_values`); the checklist judges the facts and
never reads the requirement's words again.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import cast

from secondment_desk.models.education import EducationLevel
from secondment_desk.models.vacancy import (
    ExperienceKind,
    LanguageFact,
    LanguageRequirement,
    ReadField,
    Requirement,
    RequirementFacts,
    RequirementKind,
    Span,
    YearsBound,
    YearsFact,
)
from secondment_desk.regex_cache import kept_compiled
from secondment_desk.resources import load_json_resource
from secondment_desk.vacancy import lexicon
from secondment_desk.vacancy.items import has_language, is_desirable, is_mandatory
from secondment_desk.vacancy.lexicon import body_lexicon, number_value
from secondment_desk.vacancy.sections import match_heading

# --- clauses ----------------------------------------------------------------------------------

_CLAUSE_END = re.compile(r"[;]|[.!?](?=\s|$)(?<!\b[A-Z]\.)|\n\s*\n")
_SPACE_RUN = re.compile(r"\s+")


def clauses(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Offsets of the clauses of ``text[start:end]`` (split at ";" and sentence ends)."""
    stop = len(text) if end is None else end
    pos = start
    for m in _CLAUSE_END.finditer(text, start, stop):
        if text[m.start() - 1 : m.start()].isdigit() and text[m.end() : m.end() + 1].isdigit():
            continue  # "2.5 years"
        yield pos, m.start()
        pos = m.end()
    if pos < stop:
        yield pos, stop


# --- years ------------------------------------------------------------------------------------


@cache
def _unit_re() -> re.Pattern[str]:
    lex = body_lexicon()
    return re.compile(rf"{lex.year_word_first}(?<!\w)(?:{lex.year_word})(?!\w)", re.I)


# The count right before a year word: digits, a word or two ("thirteen", "twenty-five"),
# optionally with digits in brackets ("six (6)") and a qualifier ("two additional years").
# Read right to left by hand: a regex anchored at the end would be tried at every position.
_QUALIFIERS = frozenset({"full", "additional", "more", "further", "complete"})
_NUMERAL_ENDINGS = frozenset({"х", "ти", "ух", "ёх", "ех", "ми"})


@dataclass(frozen=True)
class _Count:
    value: int
    start: int  # of the number itself (not the words before it)
    end: int  # end of the year word


def _skip_space(w: str, i: int) -> int:
    while i > 0 and w[i - 1].isspace():
        i -= 1
    return i


def _word_before(w: str, i: int) -> int:
    j = i
    while j > 0 and w[j - 1].isalpha():
        j -= 1
    return j


def _count_before(w: str) -> tuple[int, int] | None:
    """(value, start of the number in ``w``) of the count ``w`` ends with, if any."""
    i = _skip_space(w, len(w))
    j = _word_before(w, i)
    if j < i and w[j:i].casefold() in _QUALIFIERS:
        i = _skip_space(w, j)
    elif j > 1 and w[j:i].casefold() in _NUMERAL_ENDINGS and w[j - 1] == "-" and w[j - 2].isdigit():
        i = j - 1  # "не менее 3-х лет", "5-ти лет": a Russian case ending on the digits
    for sign in "-+":
        if i > 0 and w[i - 1] == sign:
            i = _skip_space(w, i - 1)
    paren: int | None = None
    paren_at = i
    if i > 0 and w[i - 1] == ")":
        k = w.rfind("(", max(0, i - 8), i - 1)
        inner = w[k + 1 : i - 1].strip() if k >= 0 else ""
        if inner.isdigit() and len(inner) <= 2:
            paren, paren_at = int(inner), k
            i = _skip_space(w, k)
    if i > 0 and w[i - 1] == "+":
        i = _skip_space(w, i - 1)
    j = i
    while j > 0 and w[j - 1].isdigit():
        j -= 1
    if j < i:
        if i - j > 2 or (j > 1 and w[j - 1] in ".," and w[j - 2].isdigit()):
            return None  # a year ("2015 years"?) or a fraction's tail ("2.5")
        if i < len(w) and w[i : i + 2] in (".5", ",5"):
            return None
        return (paren if paren is not None else int(w[j:i])), j
    j = _word_before(w, i)
    if j == i:
        return (paren, paren_at) if paren is not None else None
    if paren is not None:
        return paren, j
    last = w[j:i]
    k = j
    if k > 1 and w[k - 1] in " -" and w[k - 2].isalpha():
        k2 = _word_before(w, k - 1)
        found = number_value(w[k2:i])
        if found is not None:
            return found, k2
        first = number_value(w[k2 : k - 1])
        value = number_value(last)
        if value is not None:
            return value, j
        if first is not None:
            return first, k2
        return None
    value = number_value(last)
    return (value, j) if value is not None else None


def _french_an(text: str, start: int, at: int) -> bool:
    before = text[max(start, at - 3) : at]
    return before.casefold() == "un " or before.rstrip()[-1:].isdigit()


def _counts(text: str, start: int, end: int) -> list[_Count]:
    out = []
    for u_start, u_end, word in lexicon.finditer_nocase(_unit_re(), text, start, end):
        if word == "an" and not _french_an(text, start, u_start):
            continue  # the English article, not the French "un an" / "5 an"
        left = max(start, u_start - 40)
        found = _count_before(text[left:u_start])
        if found is None:
            continue
        value, at = found
        ranged = _RANGE_BEFORE.search(text, max(start, left + at - 16), left + at)
        if ranged and 0 < int(ranged.group(1)) < value:  # "3 to 5 years": at least 3
            value, at = int(ranged.group(1)), ranged.start(1) - left
        if 0 < value <= 40:
            out.append(_Count(value, left + at, u_end))
    return out


# The first number of a range before the count of years: "3 to 5", "de 2 à 5", "от 3 до 5".
_RANGE_BEFORE = re.compile(r"(?<![\d.,])(\d{1,2})\s*(?:-|–|—|to|a|à|and|et|y|и|до)\s*$", re.I)


_CUE_TAIL = 24  # how far before the number a "minimum"/"maximum" cue may stand


def _bound(text: str, clause_start: int, count: _Count) -> YearsBound | None:
    """ "min" or "max" by the cue right before the number; None when there is no cue."""
    lex = body_lexicon()
    before = text[max(clause_start, count.start - _CUE_TAIL) : count.start]
    best: tuple[int, YearsBound] | None = None
    cues: tuple[tuple[YearsBound, re.Pattern[str]], ...] = (
        ("max", lex.max_cue),
        ("min", lex.min_cue),
    )
    for bound, cue in cues:
        for m in cue.finditer(before):
            tail = before[m.end() :].strip(" \t\n:(").casefold()
            if tail in ("", "of", "de", "d'", "del", "of a total of") and (
                best is None or m.end() > best[0] or (m.end() == best[0] and bound == "min")
            ):
                best = (m.end(), bound)
    after = text[count.end : count.end + 12].casefold()
    if best is None and re.match(r"\s*(?:or more|ou plus|o más|и более)\b", after):
        return "min"
    return best[1] if best else None


def _kind(window: str) -> ExperienceKind:
    for kind, pattern in body_lexicon().kinds:
        if pattern.search(window):
            return cast(ExperienceKind, kind)
    return "general"


@dataclass(frozen=True)
class _YearsReading:
    years: list[YearsFact]
    substitution: int | None


def read_years(
    text: str,
    start: int,
    end: int,
    base: int | None,
    lower_degree: bool,
    implied: bool = False,
    mentions: list[tuple[EducationLevel, int, int]] | None = None,
) -> _YearsReading:
    """Years of experience asked in ``text[start:end]``, and the degree substitution's years.

    ``lower_degree``: the requirement names a degree below another one it names (a
    first-level degree beside a second-level one), so "with two years" can be the substitution.
    ``implied``: the text stands under an Experience heading, so bare years are experience.
    ``mentions``: the levels named in ``text`` (found once by the caller), else found here.
    """
    lex = body_lexicon()
    facts: list[YearsFact] = []
    substitution: int | None = None
    deferred: list[int] = []  # years that go with a lower degree, without "additional"
    higher: list[int] = []  # years that go with the higher degree named
    if not _unit_re().search(text, start, end):
        return _YearsReading(facts, substitution)
    for c_start, c_end in clauses(text, start, end):
        counts = _counts(text, c_start, c_end)
        if not counts:
            continue
        previous_end = c_start
        for i, count in enumerate(counts):
            next_start = counts[i + 1].start if i + 1 < len(counts) else c_end
            near_before = text[max(c_start, count.start - 50) : count.start]
            after = text[count.end : min(c_end, count.end + 100)]
            own_after = text[count.end : min(next_start, count.end + 100)]
            own_before = text[max(previous_end, count.start - 90) : count.start]
            previous_end = count.end
            if lex.hedge.search(near_before):
                continue  # an aggregator's rule of thumb for the grade
            experience_after = lex.experience_word.search(own_after)
            elsewhere = lex.not_experience.search(near_before) or lex.not_experience.search(
                after[:30]
            )
            if elsewhere and not (experience_after and experience_after.start() < 12):
                continue  # a tour of duty, a contract, studies: not experience
            named_before = lex.experience_before.search(
                text, max(c_start, count.start - 60), count.start
            )
            if lex.study_word.search(near_before[-30:]) and not (experience_after or named_before):
                continue  # "university studies of at least 3 years"
            if not (experience_after or implied or named_before):
                continue
            if mentions is None:
                mentions = education_mentions(text, start, end)
            in_clause = [m for m in mentions if c_start <= m[1] and m[2] <= c_end]
            level = _degree_of(text, in_clause, count, counts)
            lower = level in _LOWER or (
                level is None and any(lv in _LOWER for lv, _s, e in in_clause if e <= count.start)
            )
            cue = lex.substitution_cue.search(text, c_start, c_end)
            extra = lex.substitution_extra.search(
                text[max(c_start, count.start - 20) : min(c_end, count.end + 40)]
            )
            if lower and (cue or extra or lower_degree):
                if extra or cue:  # "a first-level degree with two additional years"
                    substitution = count.value if substitution is None else substitution
                else:  # "... or a Bachelor's and 7 years": the extra years are the difference
                    deferred.append(count.value)
                continue
            span = None if base is None else Span(start=base + count.start, end=base + count.end)
            fact = YearsFact(
                years=count.value,
                bound=_bound(text, c_start, count) or "min",
                kind=_kind(own_before + " " + own_after),
                span=span,
            )
            facts.append(fact)
            if level is not None and level not in _LOWER and fact.kind != "management":
                higher.append(fact.years)
    if substitution is None and deferred:
        asked = higher[0] if higher else next((f.years for f in facts if f.bound == "min"), None)
        n = deferred[0]
        substitution = n - asked if asked is not None and n > asked else n
    return _YearsReading(facts, substitution)


_LOWER = (EducationLevel.BACHELOR, EducationLevel.SECONDARY)
_BINDS = re.compile(r"\b(?:with|plus|and|avec|assortie?s?|et|con|y|и|с|при)\b|\+", re.I)


def _degree_of(
    text: str,
    mentions: list[tuple[EducationLevel, int, int]],
    count: _Count,
    counts: list[_Count],
) -> EducationLevel | None:
    """The degree a count of years goes with: "a Bachelor's degree with 5 years",
    "8 years with a first-level degree"; None when it names none. ``mentions``: the clause's."""
    if not mentions:
        return None
    others = [c for c in counts if c is not count]
    for level, s, _e in mentions:  # after it, a few words on
        gap = text[count.end : s]
        near = count.end <= s <= count.end + 45 and len(gap.split()) <= 6
        if near and _BINDS.search(gap) and not any(count.end <= c.start < s for c in others):
            return level
    before = [m for m in mentions if m[2] <= count.start and count.start - m[2] <= 60]
    if before:
        level, _s, e = before[-1]
        gap = text[e : count.start]
        if _BINDS.search(gap) and not any(e <= c.start < count.start for c in others):
            return level
    return None


# --- education --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _EducationRes:
    phrases: re.Pattern[str]  # every level's phrases, case-insensitive, longest first
    exact: re.Pattern[str]  # the abbreviations ("MA", "BSc"), case-sensitive
    level: dict[str, EducationLevel]  # folded phrase -> level


def _fold(phrase: str) -> str:
    return " ".join(phrase.split()).casefold()


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def _education_res() -> _EducationRes:
    """All levels in one pass: one alternation, each match looked up for its level."""
    data = load_json_resource("vacancy/requirements.json")["education"]
    level: dict[str, EducationLevel] = {}
    short: list[str] = []
    long: list[str] = []
    for name in ("doctorate", "master", "bachelor", "secondary"):
        for phrase in data[name]:
            is_short = len(phrase) <= 5 and any(ch.isupper() for ch in phrase)
            (short if is_short else long).append(phrase)
            key = phrase if is_short else _fold(phrase)
            if key in level and level[key] != EducationLevel(name):
                raise lexicon.LexiconError(f"vacancy/requirements.json: '{phrase}' in two levels")
            level[key] = EducationLevel(name)
    return _EducationRes(lexicon.phrase_re(long), lexicon.phrase_re(short, flags=0), level)


@cache
def _field_cue() -> re.Pattern[str]:
    data = load_json_resource("vacancy/requirements.json")["education"]
    return re.compile(r"\s*(?:" + "|".join(re.escape(c) for c in data["field_cues"]) + r")\s+\w")


def education_mentions(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[EducationLevel, int, int]]:
    """The levels of education ``text[start:end]`` names, in order, none inside another."""
    stop = len(text) if end is None else end
    res = _education_res()
    found: list[tuple[EducationLevel, int, int]] = []
    for m in res.phrases.finditer(text, start, stop):
        found.append((res.level[_fold(m.group())], m.start(), m.end()))
    for m in res.exact.finditer(text, start, stop):
        found.append((res.level[m.group()], m.start(), m.end()))
    found.sort(key=lambda f: (f[1], -(f[2] - f[1])))
    out: list[tuple[EducationLevel, int, int]] = []
    for f in found:
        if out and f[1] < out[-1][2]:
            continue  # "university degree" inside "advanced university degree"
        if out and _refines(text, out[-1][2], f[1]):
            out.pop()  # "Высшее образование (степень магистра ...)": the bracket says which
        out.append(f)
    return out


# A bracket that opens right after a level and names the level meant, with no word of a wish.
_BRACKET_OPEN = re.compile(r"[ \t]*\([ \t]*")
_WISH_IN_BRACKET = re.compile(
    r"prefer|souhait|de préférence|preferentemente|de preferencia|deseable|желательн", re.I
)


def _refines(text: str, previous_end: int, start: int) -> bool:
    opened = _BRACKET_OPEN.match(text, previous_end, start)
    if not opened or opened.end() != start:
        return False
    close = text.find(")", start)
    inside = text[start : close if close >= 0 else start + 80]
    return not _WISH_IN_BRACKET.search(inside)


# --- languages --------------------------------------------------------------------------------

_LEVEL_WORDS = re.compile(
    r"\b(?:(?:professional|full|fully|excellent|good|very good|strong|sound|basic|advanced|"
    r"working|fair|limited|high|thorough|solid|some|elementary|intermediate|"
    r"upper intermediate|conversational)\s+(?:[a-z]+\s+){0,2}?)?"
    r"(?:fluency|fluent|knowledge|command|proficiency|proficient|skills?|level|mastery|"
    r"ability to (?:speak|communicate|work|read|write)|native|mother tongue|bilingual|"
    r"written and (?:spoken|oral)|oral and written|communication)\b"
    r"|\b[ABC][12]\b",
    re.I,
)
# Words that state a level themselves; "skills" or "communication" only hint at one.
_STRONG_LEVEL = re.compile(
    r"fluen|proficien|knowledge|command|native|mother tongue|bilingual|mastery|\b[ABC][12]\b|"
    r"excellent|working|basic|advanced|intermediate|maîtrise|courant|connaissance|dominio|"
    r"fluidez|conocimiento|владени|знани|родн",
    re.I,
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CEFR = re.compile(r"(?<![\w-])[ABC][12](?![\w-])")


@dataclass
class LanguageHit:
    """A language named in one clause, with the kind and level words that go with it."""

    language: str
    kind: str
    wording: str | None
    start: int
    end: int
    cefr: str | None = None


def _names_in(chunk: str) -> list[tuple[str, int, int]]:
    """(English name, start, end) of every language ``chunk`` names, in order."""
    lex = body_lexicon()
    out: list[tuple[str, int, int]] = []
    english = lexicon.languages()
    if has_language(chunk):
        for m in english.pattern.finditer(chunk):
            name = english.names.get(m.group(1).casefold())
            if name:
                out.append((name, m.start(1), m.end(1)))
    for m in lex.language_re.finditer(chunk):
        name = lex.language_names.get(_SPACE_RUN.sub(" ", m.group()).casefold())
        if name:
            out.append((name, m.start(), m.end()))
    if _CYRILLIC.search(chunk):
        for m in lex.language_stem_re.finditer(chunk):
            low = m.group().casefold()
            stem = next((s for s in lex.language_stems if low.startswith(s)), None)
            if stem:
                out.append((lex.language_stems[stem], m.start(), m.end()))
    out.sort(key=lambda n: n[1])
    kept: list[tuple[str, int, int]] = []
    for n in out:
        if kept and n[1] < kept[-1][2]:
            continue
        kept.append(n)
    return kept


def _level_matches(chunk: str) -> list[re.Match[str]]:
    lex = body_lexicon()
    found = [lv for lv in _LEVEL_WORDS.finditer(chunk) if lv.group().strip()]
    found += list(lex.level_word.finditer(chunk))
    found.sort(key=lambda lv: (lv.start(), -(lv.end() - lv.start())))
    out: list[re.Match[str]] = []
    for lv in found:
        if out and lv.start() < out[-1].end():
            continue
        out.append(lv)
    return out


def _wording_near(levels: list[re.Match[str]], at: int) -> str | None:
    """The level words for the language at ``at``: words that state a level win over hints
    ("skills"); among equals the nearest before the language ("working knowledge of Russian"),
    else the first after it."""
    if not levels:
        return None
    strong = [lv for lv in levels if _STRONG_LEVEL.search(lv.group())]
    pool = strong or levels
    before = [lv for lv in pool if lv.end() <= at]
    chosen = before[-1] if before else pool[0]
    return _SPACE_RUN.sub(" ", chosen.group()).strip().lower() or None


def _cefr_near(chunk: str, at: int, wording: str | None) -> str | None:
    codes = list(_CEFR.finditer(chunk))
    if codes:
        return min(codes, key=lambda c: abs(c.start() - at)).group()
    return cefr_of_wording(wording)


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def _level_table() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = load_json_resource("language_levels.json")["levels"]
    phrases = sorted(data, key=len, reverse=True)
    return tuple((lexicon.phrase_re([p]), str(data[p])) for p in phrases)


@lru_cache(maxsize=1024)
def cefr_of_wording(wording: str | None) -> str | None:
    """The CEFR level ``language_levels.json`` gives the wording (longest phrase first)."""
    if not wording:
        return None
    for pattern, level in _level_table():
        if pattern.search(wording):
            return level
    return None


_ASIDE = re.compile(r"\([^()]{2,80}\)")


def _kind_of(text: str, default: str) -> str:
    lex = body_lexicon()
    if is_desirable(text) or lex.desirable_cue.search(text):
        return "desirable"
    if is_mandatory(text) or lex.mandatory_cue.search(text):
        return "mandatory"
    return default


# A line of three or more short items between bars, after an optional label: a site's menu
# ("Language: English | Français | Español | Русский"), never a requirement.
_MENU_LINE = re.compile(r"^[^\n|:]{0,30}:?[ \t]*[^|\n]{1,25}(?:\|[^|\n]{1,25}){2,}[ \t]*$", re.M)


def languages_in(
    text: str, start: int, end: int, default_kind: str, strict: bool, stated: bool = False
) -> list[LanguageHit]:
    """Languages asked for in one item/sentence ``text[start:end]``.

    ``strict`` demands an explicit cue (required/asset/...): used outside requirement
    sections, where "English and French are the working languages" is not a requirement.
    ``stated``: the text is the value of a languages label ("Idiomas requeridos" / "Español"),
    a requirement without any cue.
    """
    chunk = text[start:end]
    names = _names_in(chunk)
    if names and "|" in chunk:  # "Language: English | Français | Español": a site's menu
        menus = [(m.start(), m.end()) for m in _MENU_LINE.finditer(chunk)]
        names = [n for n in names if not any(a <= n[1] < b for a, b in menus)]
    if not names:
        return []
    lex = body_lexicon()
    desirable = is_desirable(chunk) or bool(lex.desirable_cue.search(chunk))
    mandatory = is_mandatory(chunk) or bool(lex.mandatory_cue.search(chunk))
    levels = _level_matches(chunk)
    labelled = stated or _language_label(chunk)  # "Idiomas: Español e inglés" states it
    if strict and not (desirable or mandatory or labelled):
        return []
    if not (desirable or mandatory or labelled or levels or _CEFR.search(chunk)):
        return []
    kind = "desirable" if desirable else ("mandatory" if mandatory else default_kind)
    asides = list(_ASIDE.finditer(chunk))
    if asides and (desirable or mandatory):
        # "English and Uzbek required (Russian desired)": an aside's cue is its own.
        outside = _ASIDE.sub(" ", chunk)
        kind = _kind_of(outside, default_kind)
    parts = _list_parts(chunk, names) if (desirable or mandatory) else {}
    out: list[LanguageHit] = []
    for name, s, e in names:
        if any(h.language == name for h in out):
            continue
        own_kind = parts.get(s, kind)
        aside = next((a for a in asides if a.start() <= s < a.end()), None)
        if aside is not None and (
            is_desirable(aside.group()) or lex.desirable_cue.search(aside.group())
            or is_mandatory(aside.group()) or lex.mandatory_cue.search(aside.group())
        ):  # fmt: skip
            own_kind = _kind_of(aside.group(), kind)
        wording = _wording_near(levels, s)
        cefr = _cefr_near(chunk, s, wording)
        out.append(LanguageHit(name, own_kind, wording, start + s, start + e, cefr))
    return out


_LABEL_HEAD = re.compile(r"^[ \t•*\-–]*([^:\n]{2,40}?)[ \t]*:")


def _language_label(chunk: str) -> bool:
    """The item is a languages label and its value ("Langue(s) : Français", "Языки: ...")."""
    m = _LABEL_HEAD.match(chunk)
    heading = match_heading(m.group(1), allow_fuzzy=False) if m else None
    return heading is not None and heading.role == "languages"


_LIST_SEPARATOR = re.compile(r"[,;]")
_PART_FILLER = re.compile(r"[\W\d_]+|\b(?:and|or|et|ou|y|o|e|и|или)\b", re.I)


def _list_parts(chunk: str, names: list[tuple[str, int, int]]) -> dict[int, str]:
    """The kind each language takes from its own part of a list, where the parts say:
    "Español (obligatorio), Inglés (deseable)", "русский – свободно, английский – желательно".
    A part holding only the name follows the list's cue ("English, French and Spanish
    desirable"); a part of its own words without a cue is the section's ("Excellent command
    of English, knowledge of French desirable")."""
    cuts = [0, *(m.end() for m in _LIST_SEPARATOR.finditer(chunk)), len(chunk) + 1]
    spans = list(itertools.pairwise(cuts))
    part_of = {s: next(i for i, (a, b) in enumerate(spans) if a <= s < b) for _n, s, _e in names}
    if len(set(part_of.values())) < 2:
        return {}
    kinds: dict[int, str | None] = {}
    for i in set(part_of.values()):
        a, b = spans[i]
        kinds[i] = _kind_of(chunk[a:b], "") or None
    if not any(kinds.values()):
        return {}
    out: dict[int, str] = {}
    for _name, s, e in names:
        i = part_of[s]
        own = kinds[i]
        if own:
            out[s] = own
            continue
        a, b = spans[i]
        rest = chunk[a:s] + chunk[e:b]
        if _PART_FILLER.sub("", rest).strip():
            out[s] = "mandatory"  # its own words and no cue: what a requirement section asks
    return out


def _any_of(text: str, hits: list[LanguageHit], base: int) -> bool:
    """ "English and/or French", "inglés o francés": one of the languages is enough."""
    lex = body_lexicon()
    for a, b in itertools.pairwise(hits):
        between = text[a.end - base : b.start - base]
        if lex.any_of_cue.search(between):
            return True
    return False


# --- one requirement --------------------------------------------------------------------------


def read_facts(
    text: str, kind: str, base: int | None = None, role: str | None = None
) -> RequirementFacts:
    """The facts of one requirement ``text``; ``base``: where it starts in the notice (spans);
    ``role``: of the section it stands in ("experience": bare years are experience)."""
    lex = body_lexicon()
    mentions = education_mentions(text)
    levels = {m[0] for m in mentions}
    lower = len(levels) > 1
    years = read_years(text, 0, len(text), base, lower, role == "experience", mentions)
    education: EducationLevel | None = None
    substitute: EducationLevel | None = None
    if mentions:  # the substitution cue is looked for only where it can decide
        if years.substitution is not None or (lower and lex.substitution_cue.search(text)):
            ranked = sorted(levels, key=lambda lv: lv.rank)
            education, substitute = ranked[-1], ranked[0] if lower else None
        else:
            education = mentions[0][0]
    fields_of_study = any(_field_cue().match(text, e) for _l, _s, e in mentions)
    hits: list[LanguageHit] = []
    for c_start, c_end in clauses(text):
        hits.extend(languages_in(text, c_start, c_end, kind, strict=False))
    seen: set[str] = set()
    langs: list[LanguageFact] = []
    for h in hits:
        if h.language in seen:
            continue
        seen.add(h.language)
        span = Span(start=base + h.start, end=base + h.end) if base is not None else None
        kind_of_hit = cast(RequirementKind, h.kind)
        langs.append(
            LanguageFact(
                language=h.language, kind=kind_of_hit, wording=h.wording, cefr=h.cefr, span=span
            )
        )
    return RequirementFacts(
        years=years.years,
        education_level=education,
        substitution_years=years.substitution,
        substitution_level=substitute if years.substitution is not None else None,
        fields_of_study=fields_of_study,
        languages=langs,
        languages_any_of=_any_of(text, hits, 0),
        driving_licence=bool(lex.licence.search(text)),
        manual_transmission=bool(lex.manual.search(text)),
    )


def category_from_facts(category: str, facts: RequirementFacts) -> str:
    """A category the English word rules left 'other' (a French, Spanish, Russian item)."""
    if category != "other":
        return category
    if facts.driving_licence:
        return "licence"
    if facts.education_level is not None:
        return "education"
    if any(f.bound == "min" for f in facts.years):
        return "experience"
    if facts.languages:
        return "language"
    return category


def facts_of(requirement: Requirement) -> RequirementFacts:
    """The requirement's facts; read from its words once when it was made without them (a
    vacancy stored before the parser attached facts, or one built by hand)."""
    if requirement.facts is None:
        requirement.facts = read_facts(requirement.text, requirement.kind)
    return requirement.facts


# --- the vacancy's fields ---------------------------------------------------------------------


@dataclass(frozen=True)
class Value:
    name: ReadField
    value: object
    start: int | None
    end: int | None


Ranges = Sequence[tuple[str, int, int]]  # (section role, body start, body end)


def _in_order(requirements: list[Requirement], ranges: Ranges, role: str) -> list[Requirement]:
    """Requirements under a ``role`` heading first, then in the order of ``ranges`` (a post's
    own sections before the call's), as a careful reader looks for each fact."""

    def rank(r: Requirement) -> tuple[int, int]:
        if r.span is None:
            return (1, len(ranges))
        for i, (section_role, a, b) in enumerate(ranges):
            if a <= r.span.start < b:
                return (section_role != role, i)
        return (1, len(ranges))

    return sorted(requirements, key=rank)


def _span_of(fact_span: Span | None, r: Requirement) -> tuple[int | None, int | None]:
    span = fact_span or r.span
    return (span.start, span.end) if span else (None, None)


def vacancy_values(
    text: str,
    requirements: list[Requirement],
    ranges: Ranges,
    whole: tuple[int, int],
    extra_languages: Iterable[LanguageHit] = (),
) -> list[Value]:
    """The vacancy's body fields, derived from its requirements' facts (one owner); where no
    requirement states one, from the explicit sentences of ``text[whole]``."""
    out: list[Value] = []
    out += _education(text, _in_order(requirements, ranges, "education"), whole)
    out += _years(text, _in_order(requirements, ranges, "experience"), whole)
    out += _languages(text, requirements, whole, list(extra_languages))
    out += _licence(text, requirements, whole)
    return out


_SENTENCE = re.compile(r"[^.\n;]+")


def _sentences(
    text: str, whole: tuple[int, int], marks: Iterable[int] | None = None
) -> Iterator[tuple[int, int]]:
    """Sentences of ``text[whole]``; with ``marks``, only those holding one of the offsets."""
    if marks is None:
        for m in _SENTENCE.finditer(text, *whole):
            yield m.start(), m.end()
        return
    last = -1
    for at in sorted(marks):
        if at < last:
            continue
        left = max(text.rfind(".", whole[0], at), text.rfind("\n", whole[0], at),
                   text.rfind(";", whole[0], at)) + 1  # fmt: skip
        left = max(left, whole[0])
        found = _SENTENCE.match(text, left, whole[1])
        if found is None or found.end() <= at:
            continue
        last = found.end()
        yield found.start(), found.end()


def _education(text: str, reqs: list[Requirement], whole: tuple[int, int]) -> list[Value]:
    out: list[Value] = []
    ordered = sorted(reqs, key=lambda r: r.kind != "mandatory")
    chosen = next((r for r in ordered if facts_of(r).education_level is not None), None)
    if chosen is not None:
        out.append(
            Value("education_level", facts_of(chosen).education_level, *_span_of(None, chosen))
        )
    elif not reqs:
        for level, s, e in education_mentions(text, *whole):
            if _asked_here(text, s, e, whole):
                out.append(Value("education_level", level, s, e))
                break
    for r in ordered:
        f = facts_of(r)
        if f.substitution_years is not None:
            out.append(Value("degree_substitution_years", f.substitution_years, *_span_of(None, r)))
            break
    else:
        if not reqs:
            units = [c.start for c in _counts(text, *whole)]
            for s, e in _sentences(text, whole, units):
                reading = read_years(text, s, e, 0, True)
                if reading.substitution is not None:
                    out.append(Value("degree_substitution_years", reading.substitution, s, e))
                    break
    return out


def _asked_here(text: str, start: int, end: int, whole: tuple[int, int]) -> bool:
    """A level named outside any requirement list counts where it is asked: on a short line
    of its own ("Higher Education" under a heading), or in a sentence with a requirement cue
    (not "a programme for secondary education in the Amazon")."""
    line_start = text.rfind("\n", whole[0], start) + 1
    line_end = text.find("\n", end, whole[1])
    line = text[max(line_start, whole[0]) : line_end if line_end >= 0 else whole[1]]
    if len(line.strip()) <= 80:
        return True
    lex = body_lexicon()
    return bool(is_mandatory(line) or lex.mandatory_cue.search(line) or is_desirable(line))


def _years(text: str, reqs: list[Requirement], whole: tuple[int, int]) -> list[Value]:
    out: list[Value] = []
    experience = sorted(reqs, key=lambda r: r.kind != "mandatory")
    total = management = None
    for r in experience:  # mandatory ones first: a desirable item only when none says it
        for fact in facts_of(r).years:
            if fact.bound != "min":
                continue
            if fact.kind == "management":
                if management is None:
                    management = (fact.years, *_span_of(fact.span, r))
            elif total is None:
                total = (fact.years, *_span_of(fact.span, r))
    if total is None or management is None:
        units = [c.start for c in _counts(text, *whole)]
        for s, e in _sentences(text, whole, units):
            if total is not None and management is not None:
                break
            for fact in read_years(text, s, e, 0, False).years:
                if fact.bound != "min" or fact.span is None:
                    continue
                if fact.kind == "management" and management is None:
                    management = (fact.years, fact.span.start, fact.span.end)
                elif fact.kind != "management" and total is None and not reqs:
                    total = (fact.years, fact.span.start, fact.span.end)
    if total is not None:
        out.append(Value("min_years_experience", *total))
    if management is not None:
        out.append(Value("min_years_management", *management))
    return out


def _languages(
    text: str, reqs: list[Requirement], whole: tuple[int, int], extra: list[LanguageHit]
) -> list[Value]:
    hits: list[LanguageHit] = []
    for r in reqs:
        for f in facts_of(r).languages:
            s, e = _span_of(f.span, r)
            hits.append(LanguageHit(f.language, f.kind, f.wording, s or 0, e or 0, f.cefr))
    hits += extra
    if not hits:
        # No requirement names a language: explicit statements anywhere.
        names = [whole[0] + n[1] for n in _names_in(text[whole[0] : whole[1]])]
        for s, e in _sentences(text, whole, names):
            hits.extend(languages_in(text, s, e, "mandatory", strict=True))
    mandatory: list[str] = []
    desirable: list[str] = []
    lang_reqs: list[LanguageRequirement] = []
    seen: set[tuple[str, str]] = set()
    first: dict[str, tuple[int, int]] = {}
    for hit in hits:
        if (hit.language, hit.kind) in seen:
            continue
        seen.add((hit.language, hit.kind))
        lang_reqs.append(
            LanguageRequirement(
                language=hit.language,
                kind=cast(RequirementKind, hit.kind),
                wording=hit.wording,
                span=Span(start=hit.start, end=hit.end),
            )
        )
        target = mandatory if hit.kind == "mandatory" else desirable
        if hit.language not in target:
            target.append(hit.language)
            first.setdefault(hit.kind, (hit.start, hit.end))
    desirable = [d for d in desirable if d not in mandatory]
    out: list[Value] = []
    if mandatory:
        out.append(Value("languages_mandatory", mandatory, *first["mandatory"]))
    if desirable:
        out.append(Value("languages_desirable", desirable, *first["desirable"]))
    if lang_reqs:
        out.append(Value("language_requirements", lang_reqs, None, None))
    return out


# Substrings every licence phrase of the lexicon holds one of (a cheap test before its regex).
_LICENCE_STEMS = ("licen", "permis", "carnet", "водительск")


def _licence(text: str, reqs: list[Requirement], whole: tuple[int, int]) -> list[Value]:
    licence = [r for r in reqs if r.category == "licence" or facts_of(r).driving_licence]
    if licence:
        mandatory = [r for r in licence if r.kind == "mandatory"]
        chosen = (mandatory or licence)[0]
        return [Value("driving_licence_required", bool(mandatory), *_span_of(None, chosen))]
    lex = body_lexicon()
    low = text[whole[0] : whole[1]].casefold()
    if not any(stem in low for stem in _LICENCE_STEMS):
        return []
    m = lex.licence.search(text, *whole)
    if not m:
        return []
    s, e = m.start(), m.end()
    left = max(text.rfind(".", whole[0], s), text.rfind(";", whole[0], s), whole[0])
    stops = [i for i in (text.find(".", e, whole[1]), text.find(";", e, whole[1])) if i >= 0]
    sentence = text[left : min(stops) if stops else whole[1]]
    desirable = is_desirable(sentence) or bool(lex.desirable_cue.search(sentence))
    asked = is_mandatory(sentence) or bool(lex.mandatory_cue.search(sentence))
    if asked and not desirable and not re.search(r"desirable|asset|advantage", sentence, re.I):
        return [Value("driving_licence_required", True, s, e)]
    return []


# --- the maximum period of service ------------------------------------------------------------

_MAX_SERVICE = re.compile(
    r"(?:maximum|up to a maximum)\s+(?:period|duration|length|term)\s+of\s+"
    r"(?:(?:service|employment|assignment|secondment|contracts?)\b[^.\n]{0,80}?\b"
    r"(?:is|of|will be)\s+)?(?P<n>\d{1,2}|[^\W\d_]+)\s+years?"
    r"|(?:serve|service)\s+(?:for\s+)?(?:up to|a maximum of|no more than)\s+"
    r"(?P<m>\d{1,2}|[^\W\d_]+)\s+years?"
    # "The total length of employment under fixed-term contracts will not exceed five years"
    r"|\b(?:length|duration|period)\s+of\s+(?:employment|service|appointment)\b[^.\n]{0,60}?"
    r"\b(?:will|shall|may|cannot|can not)\s+(?:not\s+)?exceed\s+(?P<k>\d{1,2}|[^\W\d_]+)\s+years?",
    re.I,
)


def max_service_years(text: str) -> tuple[int, int, int] | None:
    """(years, start, end) of the longest a post-holder may serve, as the notice states it."""
    flat = text.replace("\n", " ")
    low = flat.lower()
    for cue in ("maximum", "up to", "no more than", "exceed"):
        at = low.find(cue)
        while at >= 0:
            back = 110 if cue == "exceed" else 40  # "length of employment ... will not exceed"
            m = _MAX_SERVICE.search(flat, max(0, at - back), at + 160)
            if m:
                n = number_value(m.group("n") or m.group("m") or m.group("k"))
                if n is not None and 0 < n <= 20:
                    return n, m.start(), m.end()
            at = low.find(cue, at + len(cue))
    return None


# --- competencies the notice names ------------------------------------------------------------

_COMPETENCY_LINE = re.compile(r"competenc|core values|values|compétences|valeurs|competencias|"
                              r"valores|компетенц|ценност", re.I)  # fmt: skip
_COMPETENCY_HEADING = re.compile(
    r"\s*(?:core\s+)?(?:values|competencies|compétences|competencias|компетенции)\s*:?\s*", re.I
)
_LINES = re.compile(r"\n+")


def named_competencies(text: str, names: dict[str, str]) -> set[str]:
    """Keys of ``names`` (id -> competency name) that the notice names in a values or
    competencies passage (a line that speaks of them, or the line after such a heading)."""
    lines = _LINES.split(text)
    passages = [line for line in lines if _COMPETENCY_LINE.search(line)]
    for i, line in enumerate(lines[:-1]):
        if _COMPETENCY_HEADING.fullmatch(line):
            passages.append(lines[i + 1])
    found: set[str] = set()
    for key, name in names.items():
        words = r"\s+".join(re.escape(w) for w in name.split())
        pattern = re.compile(rf"\b{words}\b", re.I)
        if any(pattern.search(p) for p in passages):
            found.add(key)
    return found
