"""Words and names the parser knows, loaded once from resources/ (places, languages)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from text_to_num import text2num  # type: ignore[import-untyped]

from secondment_desk import countries
from secondment_desk.regex_cache import kept_compiled
from secondment_desk.resources import (
    alternation,
    literal_trie,
    load_json_resource,
    longest_first,
    token_trie,
)


@dataclass(frozen=True)
class Places:
    city_country: dict[str, str]  # canonical city -> country name
    alias: dict[str, str]  # folded spelling -> canonical city
    missions: dict[str, str]  # folded mission name -> country name
    codes: dict[str, str]  # unit code -> country name
    remote: tuple[str, ...]  # lower-case words for work from anywhere ("home based", "remoto")
    city_re: re.Pattern[str]  # any known spelling, not inside a longer word
    mission_re: re.Pattern[str]


@cache
@kept_compiled()  # built from resources/: compiled once, kept
def places() -> Places:
    data = load_json_resource("places.json")

    def country(name: str) -> str:
        return countries.normalize(name) or name

    city_country = {city: country(c) for city, c in data["places"].items()}
    alias = {city.casefold(): city for city in city_country}
    for spelling, city in data["aliases"].items():
        alias[spelling.casefold()] = city
    missions = {m.casefold(): country(c) for m, c in data["missions"].items()}
    codes = {code: country(c) for code, c in data["codes"].items()}
    spellings = {s for s in {*city_country, *data["aliases"]} if len(s) > 2}
    # Case-sensitive, so "AstanaKazakhstan" splits at the capital and "bor" in "border" is
    # no place; capitals-only copies ("NEW YORK") are added for names longer than three.
    spellings |= {s.upper() for s in spellings if len(s) > 3}
    city_re = re.compile(r"(?<![A-Za-z])(" + literal_trie(spellings) + r")(?![a-z])")
    mission_re = re.compile(
        r"(?<![A-Za-z])(" + alternation(list(data["missions"])) + r")(?![A-Za-z])", re.I
    )
    remote = tuple(w.casefold() for w in data.get("remote", []))
    return Places(city_country, alias, missions, codes, remote, city_re, mission_re)


def canonical_city(name: str) -> str | None:
    """The place's name as places.json writes it, for any known spelling; None if unknown."""
    return places().alias.get(re.sub(r"\s+", " ", name.strip()).casefold())


def city_country(city: str) -> str | None:
    canon = canonical_city(city)
    return places().city_country.get(canon) if canon else None


@dataclass(frozen=True)
class Languages:
    names: dict[str, str]  # folded spelling -> English name
    pattern: re.Pattern[str]


@cache
def languages() -> Languages:
    data = load_json_resource("languages.json")
    names = {n.casefold(): n for n in data["languages"]}
    for alias, name in data["aliases"].items():
        names[alias.casefold()] = name
    words = [*data["languages"], *data["aliases"]]
    # "Russian Federation", "Turkish Airlines" are not languages: a few known followers excluded.
    pattern = re.compile(
        r"\b(" + literal_trie(words) + r")\b(?!\s+(?:Federation|Republic|Government|"
        r"authorities|citizens|nationals)\b)"
    )
    return Languages(names, pattern)


# --- the body lexicon: resources/vacancy/requirements.json ------------------------------------

_BODY_FILE = "vacancy/requirements.json"
_HEADING_ROLES = frozenset(
    {"background", "tasks", "requirements", "education", "experience", "languages", "mandatory",
     "desirable", "competencies", "general_conditions", "skip"}
)  # fmt: skip
_EXPERIENCE_KINDS = ("management", "international", "field", "relevant", "professional")


class LexiconError(ValueError):
    """The shipped body lexicon is malformed (a maintainer's error, named in one line)."""


def phrase_re(phrases: list[str], flags: int = re.I) -> re.Pattern[str]:
    """Any of ``phrases`` as whole words, the longest where several start at one place; a space
    matches any run of spaces. Built as a trie: one pass over the text however long the list."""
    fold = bool(flags & re.I)
    seqs = [[*_tokens(p.casefold() if fold else p), r"(?!\w)"] for p in set(phrases)]
    return re.compile(_first_chars(phrases) + r"(?<!\w)" + _trie(seqs), flags)


def _tokens(phrase: str) -> list[str]:
    out: list[str] = []
    for i, word in enumerate(phrase.split()):
        if i:
            out.append(r"\s+")
        out.extend(re.escape(ch) for ch in word)
    return out


_TAILS = frozenset({r"(?!\w)", r"\w*"})


def _trie(seqs: list[list[str]]) -> str:
    """A regex matching any token sequence, sharing prefixes ("univers(?:ity|idad)"); a
    phrase's end ("(?!\\w)") is tried after the longer phrases that go on from there."""
    return token_trie(seqs, _TAILS)


def _first_chars(phrases: list[str]) -> str:
    """A lookahead on the phrases' first letters: most positions fail on one character test
    instead of on every alternative (keeps the body lexicon within the parse budget)."""
    chars = {c for p in phrases for c in (p[0].lower(), p[0].upper())}
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def stem_re(stems: list[str]) -> re.Pattern[str]:
    """Any word starting with one of ``stems`` (Russian inflects names: "русского", "русский")."""
    alts = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    return re.compile(_first_chars(stems) + r"(?<!\w)(?:" + alts + r")\w*", re.I)


@dataclass(frozen=True)
class HeadingEntry:
    name: str
    role: str
    lang: str
    pattern: str
    fuzzy: tuple[str, ...]


@dataclass(frozen=True)
class BodyLexicon:
    headings: tuple[HeadingEntry, ...]
    education: tuple[tuple[str, re.Pattern[str]], ...]  # level value -> phrases
    education_any: re.Pattern[str]  # any level phrase (cheap pre-test)
    substitution_cue: re.Pattern[str]
    substitution_extra: re.Pattern[str]
    year_word: str  # alternation of the words for "year"
    year_word_first: str  # a lookahead on their first letters (a cheap test at each place)
    min_cue: re.Pattern[str]
    max_cue: re.Pattern[str]
    experience_word: re.Pattern[str]
    experience_before: re.Pattern[str]
    not_experience: re.Pattern[str]
    study_word: re.Pattern[str]
    hedge: re.Pattern[str]
    kinds: tuple[tuple[str, re.Pattern[str]], ...]
    numbers_ru: dict[str, int]
    language_names: dict[str, str]  # folded foreign name -> English name
    language_re: re.Pattern[str]  # foreign names (case-insensitive)
    language_stems: dict[str, str]
    language_stem_re: re.Pattern[str]
    desirable_cue: re.Pattern[str]
    mandatory_cue: re.Pattern[str]
    any_of_cue: re.Pattern[str]
    level_word: re.Pattern[str]
    licence: re.Pattern[str]
    manual: re.Pattern[str]


def _strings(data: dict[str, object], key: str, where: str) -> list[str]:
    value = data.get(key)
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and v.strip() for v in value)
    ):
        raise LexiconError(f"{_BODY_FILE}: '{where}.{key}' must be a non-empty list of phrases")
    return list(value)


@cache
def body_lexicon() -> BodyLexicon:
    """The body lexicon, validated: a bad entry names itself instead of parsing wrongly."""
    data = load_json_resource(_BODY_FILE)
    heads = []
    for i, h in enumerate(data["headings"]):
        if h.get("role") not in _HEADING_ROLES or not h.get("name") or not h.get("pattern"):
            raise LexiconError(f"{_BODY_FILE}: heading #{i} needs a name, a known role, a pattern")
        try:
            re.compile(h["pattern"])
        except re.error as exc:
            raise LexiconError(f"{_BODY_FILE}: heading '{h['name']}' pattern: {exc}") from None
        heads.append(
            HeadingEntry(h["name"], h["role"], h.get("lang", "en"), h["pattern"],
                         tuple(h.get("fuzzy", ())))
        )  # fmt: skip
    edu = data["education"]
    levels = []
    all_levels: list[str] = []
    for level in ("doctorate", "master", "bachelor", "secondary"):
        phrases = _strings(edu, level, "education")
        all_levels += phrases
        levels.append((level, phrase_re(phrases)))
    years = data["years"]
    kinds_data = years["kinds"]
    numbers_ru = {str(k).casefold(): int(v) for k, v in data["numbers"]["ru"].items()}
    langs = data["languages"]
    known = set(languages().names.values())
    names = {str(k).casefold(): str(v) for k, v in langs["names"].items()}
    stems = {str(k).casefold(): str(v) for k, v in langs["stems_ru"].items()}
    unknown = sorted({v for v in (*names.values(), *stems.values()) if v not in known})
    if unknown:
        raise LexiconError(f"{_BODY_FILE}: languages not in languages.json: {', '.join(unknown)}")
    lic = data["licence"]
    sub = data["substitution"]
    return BodyLexicon(
        headings=tuple(heads),
        education=tuple(levels),
        education_any=phrase_re(all_levels),
        substitution_cue=_prefix_re(_strings(sub, "cues", "substitution")),
        substitution_extra=_prefix_re(_strings(sub, "extra", "substitution")),
        year_word="|".join(
            re.escape(w)
            for w in sorted(_strings(years, "year_words", "years"), key=len, reverse=True)
        ),
        year_word_first=_first_chars(_strings(years, "year_words", "years")),
        min_cue=_cue_re(_strings(years, "min_cues", "years")),
        max_cue=_cue_re(_strings(years, "max_cues", "years")),
        experience_word=_prefix_re(_strings(years, "experience_words", "years")),
        experience_before=_prefix_re(_strings(years, "experience_words_before", "years")),
        not_experience=_prefix_re(_strings(years, "not_experience_words", "years")),
        study_word=_prefix_re(_strings(years, "study_words", "years")),
        hedge=phrase_re(_strings(years, "hedges", "years")),
        kinds=tuple(
            (k, _prefix_re(_strings(kinds_data, k, "years.kinds"))) for k in _EXPERIENCE_KINDS
        ),
        numbers_ru=numbers_ru,
        language_names=names,
        language_re=phrase_re(list(langs["names"])),
        language_stems=stems,
        language_stem_re=stem_re(list(stems)),
        desirable_cue=_prefix_re(_strings(langs, "desirable_cues", "languages")),
        mandatory_cue=_prefix_re(_strings(langs, "mandatory_cues", "languages")),
        any_of_cue=phrase_re(_strings(langs, "any_of_cues", "languages")),
        level_word=phrase_re(_strings(langs, "level_words", "languages")),
        licence=phrase_re(_strings(lic, "words", "licence")),
        manual=_prefix_re(_strings(lic, "manual", "licence")),
    )


def _prefix_re(phrases: list[str]) -> re.Pattern[str]:
    """Phrases starting a word; Cyrillic ones may go on ("дополнительн" -> "дополнительных")."""
    seqs = []
    for phrase in set(phrases):
        tail = r"\w*" if re.search("[а-яё]$", phrase, re.I) else r"(?!\w)"
        seqs.append([*_tokens(phrase.casefold()), tail])
    return re.compile(_first_chars(phrases) + r"(?<!\w)" + _trie(seqs), re.I)


def _cue_re(phrases: list[str]) -> re.Pattern[str]:
    """Cues right before a number: words as whole words, signs ("≥") as they are."""
    alts = []
    for phrase in longest_first(phrases):
        body = r"\s+".join(re.escape(w) for w in phrase.split())
        alts.append(rf"(?<!\w){body}(?!\w)" if phrase[0].isalnum() else body)
    return re.compile("|".join(alts), re.I)


_NUMBER_LANGS = ("en", "fr", "es")


@lru_cache(maxsize=2048)
def number_value(words: str) -> int | None:
    """A count written as digits or words (English, French, Spanish through ``text2num``;
    Russian from the lexicon's table); None when the words are no number."""
    token = words.strip().casefold()
    if token.isdigit():
        return int(token)
    found = body_lexicon().numbers_ru.get(token)
    if found is not None:
        return found
    if not token.isalpha() and not re.fullmatch(r"[^\W\d_]+(?:[\s\-][^\W\d_]+)*", token):
        return None
    for lang in _NUMBER_LANGS:
        try:
            return int(text2num(token, lang))
        except ValueError:
            continue
    return None


@lru_cache(maxsize=64)
def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags & ~re.I)


def finditer_nocase(
    pattern: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[tuple[int, int, str]]:
    """(start, end, lower-cased match) of an ignore-case pattern written in lower case in
    ``text[start:end]``, matched case-sensitively on the lower-cased slice (one character
    before it kept for look-behinds): several times faster than re.I on an alternation of
    words. Falls back to ``pattern`` when lower() changes the slice's length ("İ")."""
    base = max(0, start - 1)
    part = text[base:end]
    low = part.lower()
    if len(low) != len(part):
        for m in pattern.finditer(text, start, end):
            yield m.start(), m.end(), m.group().lower()
        return
    for m in _case_sensitive(pattern).finditer(low, start - base):
        yield base + m.start(), base + m.end(), m.group()
