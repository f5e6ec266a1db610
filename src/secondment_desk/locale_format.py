"""Numbers, dates, durations and names in the language in effect (Babel, pycountry), Qt-free.

The one owner of how the core writes a number, a date, a span of days, or the name of a
country, a language or an organisation for a person: the faces choose the language
(:func:`secondment_desk.i18n.set_language`); everything here follows
:func:`secondment_desk.i18n.current`. English output is what the application always wrote
(ISO dates, "3,000"); Russian uses Babel's CLDR data ("5 марта 2026 г.", "3 000", "5 дней")
and pycountry's ISO 3166 translations for country names, so no name is typed by hand.

Babel takes ~100 ms to import: each function below imports what it uses of it when first
called, so this module is cheap to import and every module that may write a number (a
refusal's limit, say) imports it at its top. The window loads :data:`BABEL_MODULES` in a
worker after its first paint (``gui/startup.py``), before a screen asks for them.
"""

from __future__ import annotations

import datetime as dt
import gettext
from functools import cache

from secondment_desk import i18n

#: What this module imports of Babel, on first use.
BABEL_MODULES = ("babel.core", "babel.dates", "babel.lists", "babel.numbers")


def _locale(language: str | None = None) -> str:
    return language or i18n.current()


def number(value: float) -> str:
    """``3000`` -> "3,000" in English, "3 000" in Russian."""
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_locale())


def date(value: dt.date) -> str:
    """A calendar date: ISO in English (as the app always wrote), "5 марта 2026 г." in Russian."""
    if _locale() == "en":
        return value.isoformat()
    from babel.dates import format_date

    return format_date(value, "long", locale=_locale())


def datetime(value: dt.datetime) -> str:
    """A moment with its zone as given: "2026-03-05 23:59" / "5 марта 2026 г., 23:59"."""
    if _locale() == "en":
        return value.strftime("%Y-%m-%d %H:%M")
    from babel.dates import format_datetime

    return format_datetime(value, "d MMMM y 'г.', HH:mm", tzinfo=value.tzinfo, locale=_locale())


def days(count: int) -> str:
    """A span of whole days: "1 day", "5 days"; "1 день", "2 дня", "5 дней"."""
    from babel.dates import format_timedelta

    return format_timedelta(
        dt.timedelta(days=count), granularity="day", threshold=10**6, locale=_locale()
    )


def duration(value: dt.timedelta) -> str:
    """A span rounded to its largest unit: "3 weeks", "3 недели"."""
    from babel.dates import format_timedelta

    return format_timedelta(value, locale=_locale())


@cache
def _iso(domain: str, code: str) -> gettext.NullTranslations:
    import pycountry  # only when a name is written in another language

    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[code])
    except OSError:
        return gettext.NullTranslations()


def country(code: str, english: str, language: str | None = None) -> str:
    """The name of the country with ISO code ``code`` (``english`` as the app writes it).

    Russian from CLDR (Babel's short names: "Казахстан", "Молдова", "Россия") and, where CLDR
    has none (Kosovo is "XK" in both), pycountry's ISO 3166 translation of the English name.
    """
    lang = _locale(language)
    if lang == "en":
        return english
    from babel import Locale

    found = Locale.parse(lang).territories.get(code.upper())
    if found:
        return str(found)
    return _iso("iso3166-1", lang).gettext(english)


def language(name: str, in_language: str | None = None) -> str:
    """A language named in English ("English", "Russian") in the language in effect."""
    lang = _locale(in_language)
    if lang == "en":
        return name
    import pycountry
    from babel import Locale

    found = pycountry.languages.get(name=name)
    if found is not None and hasattr(found, "alpha_2"):
        local = Locale.parse(lang).languages.get(found.alpha_2)
        if local:
            return str(local)
    return _iso("iso639-3", lang).gettext(name)


def organisation(short_name: str, language: str | None = None) -> str:
    """An organisation's short name ("OSCE") as that language writes it ("ОБСЕ").

    Neither CLDR nor ISO name organisations: the core catalogue does (context "organisation"),
    so the Russian abbreviations are kept with every other Russian word of the application.
    """
    lang = _locale(language)
    if lang == "en" or not short_name:
        return short_name
    return i18n.translator(lang).pgettext("organisation", short_name)


def names(values: list[str]) -> str:
    """A list joined as the language does: "A, B and C" / "A, B и C"."""
    from babel.lists import format_list

    return format_list(values, locale=_locale()) if values else ""
