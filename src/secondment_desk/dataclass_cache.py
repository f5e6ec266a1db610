"""The methods ``dataclasses`` generates, compiled once and kept between runs, like patterns.

Each ``@dataclass`` writes the source of its ``__init__``, ``__repr__``, ``__eq__`` (and, when
frozen, ``__setattr__`` and ``__delattr__``) and compiles it: a ``form fill`` creates about a
hundred dataclasses (the parser's, the documents', pydantic's), ~25 ms of compiling in every
process. After :func:`install`, ``dataclasses`` runs that source through :func:`_kept_exec`: a
source text an earlier run compiled is looked up in a cache file, and added to it when new.

What goes through it is ``dataclasses``' own text, made from class definitions (field names,
the names of defaults), never a notice's or a profile's text (the cache file is not
encrypted). Like :mod:`secondment_desk.regex_cache` (whose file handling it shares): derived
data, named for the interpreter, rebuilt when missing or unreadable, never required (a bad
entry is compiled again), written once at exit, not written when bytecode writing is off;
other interpreters than CPython compile as usual.
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import sys
import threading
import types
from pathlib import Path
from typing import Any

from secondment_desk import regex_cache

_FORMAT = 1
# Past this many sources the file starts afresh (stale ones from older versions accumulate).
MAX_ENTRIES = 5000

_lock = threading.Lock()
_loaded: dict[str, types.CodeType] | None = None
_new: dict[str, types.CodeType] = {}
_save_at_exit = False


def cache_file() -> Path:
    from secondment_desk.paths import cache_home

    return cache_home() / f"dataclasses-{sys.implementation.cache_tag}-{_FORMAT}.marshal"


def compiled(source: str) -> types.CodeType:
    """The code of ``source`` as ``exec`` in ``dataclasses`` compiles it (its own, empty,
    ``__future__`` flags: not this module's), from the cache file when an earlier run kept it."""
    global _loaded, _save_at_exit
    with _lock:
        if _loaded is None:
            _loaded = regex_cache._read(cache_file())
        code = _loaded.get(source)
    if isinstance(code, types.CodeType):
        return code
    code = compile(source, "<string>", "exec", dont_inherit=True)
    with _lock:
        _loaded[source] = code
        _new[source] = code
        if not _save_at_exit:
            _save_at_exit = True
            atexit.register(save)
    return code


def _kept_exec(source: Any, *args: Any, **kwargs: Any) -> None:
    """``exec`` for ``dataclasses``: a source text runs from its kept code."""
    if isinstance(source, str):
        source = compiled(source)
    builtins.exec(source, *args, **kwargs)


def install() -> None:
    """From now on, the dataclasses created in this process compile through the cache."""
    if sys.implementation.name == "cpython":
        # A module global shadows the builtin for dataclasses' code alone.
        setattr(dataclasses, "exec", _kept_exec)  # noqa: B010


def save() -> None:
    """Write the sources compiled since the last save (done at exit too)."""
    with _lock:
        if not _new:
            return
        path = cache_file()
        merged = {**regex_cache._read(path), **(_loaded or {}), **_new}
        if len(merged) > MAX_ENTRIES:
            merged = dict(_new)
        _new.clear()
        regex_cache._write(path, merged)
