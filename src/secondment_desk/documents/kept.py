"""What filling a shipped template derives from the template alone, kept between runs.

Every process that fills a form pays, before the candidate's data is even looked at, for
work that depends only on the template: docxtpl's clean-up of each part's XML (a chain of
regular expressions, ~25 ms for the OSCE form), Jinja's compilation of each part (~30 ms) and
the list of fields the form reads (~12 ms), and before those the checks and sanitising of the
.docx itself (~5 ms; kept only when the sanitiser removed nothing). Within one process these
are cached already (render.py, sandbox.py, prepared.py); this module keeps them in a file, as
Python keeps bytecode, so that the next ``form fill`` starts with them.

Only the application's own templates are kept (``prepared.is_shipped``): a form the user
brings may carry their own data in its text, and the cache folder is not encrypted. The file
is derived data: named for the template file's SHA-256 and for the versions of the code that
derived it (interpreter, Jinja, docxtpl, and the source of the sandbox, renderer and
analysis), rebuilt when missing or unreadable, never required, written atomically, and not
written when bytecode writing is off (``PYTHONDONTWRITEBYTECODE``).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import sys
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secondment_desk.kept_file import read_table, write_table

_FORMAT = 1

CodeKey = tuple[bytes, str | None, str | None]
Use = tuple[str, int, bool]  # NameUse(path, lineno, conditional)


@dataclass
class Kept:
    """One template's derived data: patched XML by source, compiled code by key, field uses,
    and the sanitised .docx (when the sanitiser removed nothing from it)."""

    patched: dict[str, str] = field(default_factory=dict)
    code: dict[CodeKey, types.CodeType] = field(default_factory=dict)
    uses: dict[str, list[Use]] | None = None
    sanitized: bytes | None = None


@functools.cache
def _code_tag() -> str:
    """A digest of everything the kept data depends on besides the template."""
    import docxtpl
    import jinja2

    digest = hashlib.sha256(
        f"{_FORMAT}:{sys.implementation.cache_tag}:{jinja2.__version__}:"
        f"{getattr(docxtpl, '__version__', '?')}".encode()
    )
    for name in _DERIVING:  # read as files: importing them here would be a cycle
        with contextlib.suppress(OSError):
            digest.update(Path(__file__).with_name(name).read_bytes())
    return digest.hexdigest()[:16]


#: The modules whose code derives what is kept (patching, compiling, listing the fields).
_DERIVING = ("sandbox.py", "render.py", "analysis.py", "prepared.py", "safety.py")


def kept_file(digest: bytes) -> Path | None:
    """The file for the template whose file's SHA-256 is ``digest`` (None: nothing is kept)."""
    if sys.implementation.name != "cpython":  # marshal's code format is CPython's
        return None
    from secondment_desk.paths import cache_home

    name = digest.hex()[:24]
    return cache_home() / f"template-{name}-{_code_tag()}.marshal"


def load(digest: bytes) -> Kept:
    """What was kept for that template (empty when nothing, or the file is damaged)."""
    path = kept_file(digest)
    if path is None:
        return Kept()
    raw = read_table(path)
    return _checked(raw)


def _checked(raw: Any) -> Kept:
    """The kept data if every entry has the shape written, else nothing (a damaged file)."""
    kept = Kept()
    if not isinstance(raw, dict):
        return kept
    patched, code, uses = raw.get("patched"), raw.get("code"), raw.get("uses")
    sanitized = raw.get("sanitized")
    if isinstance(sanitized, bytes):
        kept.sanitized = sanitized
    if isinstance(patched, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in patched.items()
    ):
        kept.patched = patched
    if isinstance(code, dict) and all(
        isinstance(k, tuple) and len(k) == 3 and isinstance(v, types.CodeType)
        for k, v in code.items()
    ):
        kept.code = code
    if isinstance(uses, dict) and all(
        isinstance(part, str)
        and isinstance(items, list)
        and all(isinstance(u, tuple) and len(u) == 3 for u in items)
        for part, items in uses.items()
    ):
        kept.uses = uses
    return kept


def save(digest: bytes, kept: Kept) -> None:
    """Write ``kept`` for that template (silently nothing on a read-only disk)."""
    path = kept_file(digest)
    if path is None:
        return
    write_table(
        path,
        {
            "patched": kept.patched,
            "code": kept.code,
            "uses": kept.uses,
            "sanitized": kept.sanitized,
        },
    )
