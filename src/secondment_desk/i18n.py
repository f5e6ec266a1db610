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
from pathlib import Path

DOMAIN = "secondment_desk"
SUPPORTED = ("en", "ru")

_active: gettext.NullTranslations = gettext.NullTranslations()
_code = "en"


def catalogue_dir() -> Path:
    from secondment_desk.resources import data_dir  # not at import: English needs no file

    return data_dir("resources") / "i18n" / "core"


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
    _code = short
    return _code


def current() -> str:
    """The language code in effect ("en" until a face chooses another)."""
    return _code


def _(message: str) -> str:
    """``message`` in the language in effect."""
    return _active.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a sentence about ``n`` things that the language in effect uses for ``n``."""
    return _active.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the language in effect, told apart from the same English by ``context``."""
    return _active.pgettext(context, message)


def N_(message: str) -> str:
    """Mark ``message`` for extraction only; translate it with :func:`_` where it is shown."""
    return message
