"""Country names: the one place that turns any spelling into the name the application writes.

ISO 3166 (pycountry) gives every country; ``resources/countries.json`` sets the short English
names the OSCE uses ("Moldova", "Russian Federation", "Holy See"), adds Kosovo and common
spellings ("Kazakstan", "UK", "Czech Republic"), and flags the 57 OSCE participating States
and the 11 Partners for Co-operation.
"""

from __future__ import annotations

import difflib
import gettext
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

import pycountry

from secondment_desk import locale_format
from secondment_desk.errors import NotFoundError
from secondment_desk.resources import load_json_resource

OsceStatus = Literal["participating", "partner"]


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166 alpha-2 ("XK" for Kosovo)
    name: str  # English short name as the application writes it
    osce: OsceStatus | None = None

    @property
    def is_osce_participating(self) -> bool:
        return self.osce == "participating"

    @property
    def is_osce_partner(self) -> bool:
        return self.osce == "partner"


@lru_cache(maxsize=8192)  # the parser asks about the same words again and again
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w]+", " ", text.casefold())
    return re.sub(r"^the ", "", text.strip())


@dataclass(frozen=True)
class _Index:
    by_code: dict[str, Country]
    by_name: dict[str, str]  # folded spelling -> code


# ISO 3166 names in the languages notices are written in (pycountry's own catalogues).
_NAME_LANGUAGES = ("fr", "es", "ru")


def _translations() -> list[Callable[[str], str]]:
    out: list[Callable[[str], str]] = []
    for language in _NAME_LANGUAGES:
        try:
            catalogue = gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[language]
            )
        except OSError:  # a pycountry build without that catalogue: English names only
            continue
        out.append(catalogue.gettext)
    return out


@cache
def _index() -> _Index:
    """The index, kept between runs (derived_cache): it depends only on countries.json,
    pycountry's data and this module, and building it costs ~9 ms of every process."""
    from secondment_desk import derived_cache
    from secondment_desk.resources import resource_file

    inputs = resource_file("countries.json").read_bytes()
    inputs += str(getattr(pycountry, "__version__", "")).encode()
    inputs += derived_cache.code_digest(sys.modules[__name__])
    codes, by_name = derived_cache.kept_value("countries", inputs, _built_index)
    by_code = {code: Country(code, name, status) for code, name, status in codes}
    return _Index(by_code, dict(by_name))


def _built_index() -> tuple[list[tuple[str, str, OsceStatus | None]], dict[str, str]]:
    """(code, name, OSCE status) of every country, and every folded spelling's code."""
    data = load_json_resource("countries.json")
    names: dict[str, str] = data["names"]
    participating = set(data["osce_participating"])
    partners = set(data["osce_partners"])

    def status(code: str) -> OsceStatus | None:
        if code in participating:
            return "participating"
        return "partner" if code in partners else None

    by_code: dict[str, Country] = {}
    by_name: dict[str, str] = {}
    for entry in pycountry.countries:
        code = entry.alpha_2
        spellings = [entry.name, getattr(entry, "common_name", None)]
        spellings.append(getattr(entry, "official_name", None))
        name = names.get(code) or getattr(entry, "common_name", None) or entry.name
        by_code[code] = Country(code, name, status(code))
        for spelling in (*spellings, name, entry.alpha_3):
            if spelling:
                by_name.setdefault(_fold(spelling), code)
    for translate in _translations():  # "Gambie", "Etiopía", "Эфиопия": notices in FR/ES/RU
        for entry in pycountry.countries:
            for english in (entry.name, getattr(entry, "common_name", None)):
                if english:
                    by_name.setdefault(_fold(translate(english)), entry.alpha_2)
    for code, extra in data["extra"].items():
        by_code[code] = Country(code, names.get(code, extra["official_name"]), status(code))
        by_name[_fold(by_code[code].name)] = code
        by_name[_fold(extra["alpha_3"])] = code
    for alias, code in data["aliases"].items():
        by_name[_fold(alias)] = code
    for code, name in names.items():
        by_name[_fold(name)] = code
    return [(c.code, c.name, c.osce) for c in by_code.values()], by_name


def lookup(name_or_code: str) -> Country | None:
    """The country a spelling or ISO code names, or None. Case and accents do not matter."""
    text = name_or_code.strip()
    if not text:
        return None
    index = _index()
    if len(text) == 2 and text.isalpha() and text.upper() in index.by_code:
        return index.by_code[text.upper()]
    code = index.by_name.get(_fold(text))
    return index.by_code[code] if code else None


def is_iso_code(text: str) -> bool:
    """Whether ``text`` is an ISO 3166 alpha-2 or alpha-3 code ("NL", "NLD"), as opposed to a
    short spelling of a name ("UK", "RDC")."""
    word = text.strip().upper()
    if not word.isalpha() or len(word) not in (2, 3):
        return False
    found = pycountry.countries.get(alpha_2=word) if len(word) == 2 else None
    return bool(found or (len(word) == 3 and pycountry.countries.get(alpha_3=word)))


def normalize(name: str) -> str | None:
    """The application's spelling of a country name, or None when it is not a country."""
    found = lookup(name)
    return found.name if found else None


def display_name(name_or_code: str, language: str | None = None) -> str:
    """The country's name as the user reads it: the application's English spelling, or in
    Russian (CLDR through Babel, else pycountry's ISO 3166 translation) when that is the
    language in effect or ``language``. A name that is no country is returned as given."""
    found = lookup(name_or_code)
    if found is None:
        return name_or_code
    return locale_format.country(found.code, found.name, language)


def suggestions(name: str, limit: int = 3) -> list[str]:
    """Closest known country names to a misspelling."""
    index = _index()
    folded = {_fold(c.name): c.name for c in index.by_code.values()}
    close = difflib.get_close_matches(_fold(name), list(folded), n=limit, cutoff=0.6)
    return [folded[c] for c in close]


def require(name: str) -> Country:
    """Like :func:`lookup`, but an unknown name is a :class:`NotFoundError` with suggestions."""
    found = lookup(name)
    if found:
        return found
    from secondment_desk.i18n import _

    close = suggestions(name)
    hint = " " + _("Did you mean {names}?").format(names=", ".join(close)) if close else ""
    raise NotFoundError(_("Unknown country '{name}'.").format(name=name) + hint)


def osce_participating_states() -> list[Country]:
    return sorted(
        (c for c in _index().by_code.values() if c.is_osce_participating), key=lambda c: c.name
    )


def osce_partners() -> list[Country]:
    return sorted((c for c in _index().by_code.values() if c.is_osce_partner), key=lambda c: c.name)


def all_countries() -> list[Country]:
    return sorted(_index().by_code.values(), key=lambda c: c.name)


# Groups of States listed in countries.json, by the key organisation rules use for them.
COUNTRY_GROUPS: tuple[str, ...] = ("osce_participating", "osce_partners", "eu_member_states")


@cache
def group_members(group: str) -> frozenset[str]:
    """ISO codes of the States in ``group`` (one of :data:`COUNTRY_GROUPS`)."""
    if group not in COUNTRY_GROUPS:
        raise KeyError(f"Unknown group of States '{group}'; known: {', '.join(COUNTRY_GROUPS)}.")
    return frozenset(load_json_resource("countries.json")[group])
