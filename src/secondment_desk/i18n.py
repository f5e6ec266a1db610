"""The core's own sentences in the user's language: gettext, Qt-free.

Every sentence the core shows a person (checklist reasons, parser warnings, deadline guidance,
CLI output and errors) is written in English and wrapped where it is made::

    from secondment_desk.i18n import _, ngettext

    _("The closing date has passed.")
    ngettext("{n} requirement not met.", "{n} requirements not met.", n).format(n=n)

The faces choose the language once (the GUI from its setting, the CLI from ``--lang`` or
``LANG``) with :func:`set_language`; until then, and for a language with no catalogue, the
English text is returned unchanged. Catalogues are ``resources/i18n/core/<code>.po``, compiled
to ``.mo`` beside them (``scripts/build_translations.py``); the Russian plural forms come from
the catalogue's header, so 1, 2 and 5 each get their own form.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from pathlib import Path

DOMAIN = "secondment_desk"
SUPPORTED = ("en", "ru")

_active: gettext.NullTranslations = gettext.NullTranslations()
_code = "en"


def catalogue_dir() -> Path:
    from secondment_desk.resources import data_dir  # not at import: English needs no file

    return data_dir("resources") / "i18n" / "core"


def translator(code: str) -> gettext.NullTranslations:
    """The catalogue of ``code`` without making it the one in effect (a Russian cover letter
    from an English window); English, or a language with no catalogue, returns English."""
    short = code.split(".")[0].split("_")[0].lower() if code else "en"
    if short == current():
        return _active
    if short not in SUPPORTED or short == "en":
        return gettext.NullTranslations()
    try:
        with (catalogue_dir() / f"{short}.mo").open("rb") as handle:
            return gettext.GNUTranslations(handle)
    except OSError:
        return gettext.NullTranslations()


def set_language(code: str) -> str:
    """Use ``code`` ("ru", "ru_RU.UTF-8", "en") from now on; return the code in effect."""
    global _active, _code
    short = code.split(".")[0].split("_")[0].lower() if code else "en"
    if short not in SUPPORTED or short == "en":
        _active, _code = gettext.NullTranslations(), "en"
        return _code
    mo = catalogue_dir() / f"{short}.mo"
    try:
        with mo.open("rb") as handle:
            _active = gettext.GNUTranslations(handle)
    except OSError:
        _active, _code = gettext.NullTranslations(), "en"
        return _code
    _active.add_fallback(_missing)
    _code = short
    return _code


def language_from_env(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), or "en"."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        for part in value.split(":"):
            short = part.split(".")[0].split("_")[0].split("@")[0].lower()
            if short in SUPPORTED:
                return short
            if short and short not in ("c", "posix"):
                return "en"
    return "en"


class _Missing(gettext.NullTranslations):
    """The fallback behind a catalogue: returns the English and remembers what was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def gettext(self, message: str) -> str:
        self.seen.add(message)
        return message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        self.seen.add(msgid1)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context: str, message: str) -> str:
        self.seen.add(f"{context}\x04{message}")
        return message

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        self.seen.add(f"{context}\x04{msgid1}")
        return msgid1 if n == 1 else msgid2


_missing = _Missing()


def untranslated() -> set[str]:
    """The English asked for since start (or :func:`forget_untranslated`) with no translation.

    The Russian demo-flow test reads it: a sentence wrapped with _() but missing from the
    catalogue shows up here, in whichever face it was shown.
    """
    return set(_missing.seen)


def forget_untranslated() -> None:
    _missing.seen.clear()


def current() -> str:
    """The language code in effect ("en" until a face chooses another)."""
    return _code


def _(message: str) -> str:
    """``message`` in the language in effect ("" stays "": never the catalogue's header)."""
    return _active.gettext(message) if message else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a sentence about ``n`` things that the language in effect uses for ``n``."""
    return _active.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the language in effect, told apart from the same English by ``context``."""
    return _active.pgettext(context, message)


def N_(message: str) -> str:
    """Mark ``message`` for extraction only; translate it with :func:`_` where it is shown."""
    return message


def NC_(context: str, message: str) -> str:
    """Mark ``message`` with its ``context`` for extraction; :func:`pgettext` it where shown."""
    return message


def NP_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular/plural pair for extraction; :func:`ngettext` it where it is shown."""
    return singular, plural
