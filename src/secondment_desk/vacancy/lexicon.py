"""Words and names the parser knows, loaded once from resources/ (places, languages)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from secondment_desk import countries
from secondment_desk.resources import load_json_resource

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip

# A count written as digits or words, optionally with the other form in brackets: "six (6)".
NUMBER = r"(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")(?:\s*\(\d{1,2}\))?"


def to_int(token: str) -> int | None:
    token = token.strip().lower()
    token = re.sub(r"\s*\(\d+\)$", "", token)
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


@dataclass(frozen=True)
class Places:
    city_country: dict[str, str]  # canonical city -> country name
    alias: dict[str, str]  # folded spelling -> canonical city
    missions: dict[str, str]  # folded mission name -> country name
    codes: dict[str, str]  # unit code -> country name
    city_re: re.Pattern[str]  # any known spelling, not inside a longer word
    mission_re: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
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
    city_re = re.compile(r"(?<![A-Za-z])(" + _alternation(sorted(spellings)) + r")(?![a-z])")
    mission_re = re.compile(
        r"(?<![A-Za-z])(" + _alternation(list(data["missions"])) + r")(?![A-Za-z])", re.I
    )
    return Places(city_country, alias, missions, codes, city_re, mission_re)


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
        r"\b(" + _alternation(words) + r")\b(?!\s+(?:Federation|Republic|Government|"
        r"authorities|citizens|nationals)\b)"
    )
    return Languages(names, pattern)
