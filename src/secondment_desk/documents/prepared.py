"""A template read and checked once per version of its file, with what every fill shares.

Filling a form reads the .docx (zip checks, DTD scan of every XML part), parses its
paragraphs and Jinja source to list the fields it asks for, then renders. None of that
depends on the candidate, so it is kept per template file, keyed by path, modification time
and size: a GUI filling form after form, or ``form fill`` rendering and then listing empty
fields, reads and checks the file once. The kept bytes are the bytes that were checked and
the bytes that get rendered, so a file changed behind our back is either re-read (new key)
or ignored (the old, checked version is used); it is never rendered unchecked.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from threading import Lock
from typing import Any

from jinja2 import TemplateSyntaxError
from jinja2.exceptions import SecurityError

from secondment_desk.documents import kept as kept_data
from secondment_desk.documents.analysis import NameUse, name_uses, part_sources
from secondment_desk.documents.safety import read_sanitized_docx
from secondment_desk.documents.sandbox import make_environment
from secondment_desk.errors import InputError, TemplateError
from secondment_desk.i18n import _

_CACHE_SIZE = 16


@dataclass
class PreparedTemplate:
    path: Path
    data: bytes  # the checked .docx, sanitised (see safety.sanitize_docx)
    removed: tuple[str, ...] = ()  # what the sanitiser took out, one sentence each
    shipped: bool = False  # one of the application's own templates: derived data is kept
    digest: bytes = b""  # SHA-256 of the template file as shipped (names its kept data)
    _uses: dict[str, list[NameUse]] | None = field(default=None, repr=False)
    _kept: kept_data.Kept | None = field(default=None, repr=False)

    def stream(self) -> io.BytesIO:
        """A fresh binary stream over the checked bytes (for docxtpl / python-docx)."""
        return io.BytesIO(self.data)

    def part_uses(self) -> dict[str, list[NameUse]]:
        """Per part ("body", "header1"...), the data paths its Jinja source reads."""
        if self._uses is None and self.shipped:
            known = self.kept().uses
            if known is not None:
                self._uses = {part: [NameUse(*u) for u in items] for part, items in known.items()}
        if self._uses is None:
            uses: dict[str, list[NameUse]] = {}
            for part, source in part_sources(self.data).items():
                try:
                    tree = make_environment().parse_plain(source)
                except (TemplateSyntaxError, SecurityError) as err:
                    raise TemplateError(f"{self.path.name}: {err}") from err
                uses[part] = name_uses(tree)
            self._uses = uses
            if self.shipped and self.digest:
                found = self.kept()
                found.uses = {
                    part: [(u.path, u.lineno, u.conditional) for u in items]
                    for part, items in uses.items()
                }
                kept_data.save(self.digest, found)
        return self._uses

    def kept(self) -> kept_data.Kept:
        """What earlier processes derived from this template (empty unless shipped)."""
        if self._kept is None:
            found = self.shipped and self.digest
            self._kept = kept_data.load(self.digest) if found else kept_data.Kept()
        return self._kept

    def keep(self, patched: dict[str, str], code: dict[kept_data.CodeKey, Any]) -> None:
        """Add what a render derived (patched XML, compiled code) to the kept file."""
        if not (self.shipped and self.digest):
            return
        found = self.kept()
        found.patched.update(patched)
        found.code.update(code)
        kept_data.save(self.digest, found)


_cache: OrderedDict[tuple[str, int, int], PreparedTemplate] = OrderedDict()
_lock = Lock()


def prepare(path: Path) -> PreparedTemplate:
    """``path`` read and checked (raises TemplateError/InputError), from the cache if its
    file has not changed since."""
    try:
        st = path.stat()
        key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    except OSError as err:
        raise InputError(
            _("Cannot read {path}: {reason}.").format(path=path.name, reason=err.strerror or err)
        ) from err
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    shipped = is_shipped(path)
    digest = b""
    if shipped:  # the sanitised bytes differ run to run (zip times): the file's own
        with contextlib.suppress(OSError):
            digest = hashlib.sha256(path.read_bytes()).digest()
    found = kept_data.load(digest) if digest else None
    removed: tuple[str, ...] = ()
    if found is not None and found.sanitized is not None:
        # What an earlier run checked and sanitised from this very file (same SHA-256).
        data = found.sanitized
    else:
        clean = read_sanitized_docx(path)
        data, removed = clean.data, clean.removed
        if found is not None and not removed:  # kept only when nothing was taken out
            found.sanitized = data
            kept_data.save(digest, found)
    prepared = PreparedTemplate(path, data, removed, shipped=shipped, digest=digest, _kept=found)
    with _lock:
        _cache[key] = prepared
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return prepared


def is_shipped(template: Path) -> bool:
    """True for a template in the application's own templates folder."""
    try:
        return template.resolve().parent == _shipped_dir()
    except OSError:
        return False


@functools.cache
def _shipped_dir() -> Path:
    from secondment_desk.resources import data_dir

    return data_dir("templates").resolve()


def clear() -> None:
    with _lock:
        _cache.clear()
