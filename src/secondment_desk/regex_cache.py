"""Compiled regular expressions kept between runs, as Python keeps bytecode.

The notice parser builds about 700 patterns from its code and the lexicons in ``resources/``
(some of them alternations of thousands of characters); CPython compiles a pattern in pure
Python, which cost ~100 ms of every process that reads a notice (a ``form fill``, a
``vacancy parse``), every time. Inside :func:`kept_compiled`, a pattern compiled by this thread
is looked up in a cache file first (its compiled code, as CPython's ``re`` would make it) and
added to it when new; outside it, ``re`` is untouched.

New patterns are written once, when the process exits (or on :func:`save`).

Only wrap code whose patterns come from the program and its resources: the cache file is not
encrypted, so a pattern built from a notice's or a profile's text must never be compiled
inside it.

The file is derived data, like a ``.pyc``: named for the interpreter and the regex engine's
version, rebuilt when missing or unreadable, never required (any problem: the pattern is
compiled as usual), written atomically, and not written when bytecode writing is off
(``PYTHONDONTWRITEBYTECODE``). Other interpreters than CPython simply compile as usual.
"""

from __future__ import annotations

import atexit
import contextlib
import re
import sys
import threading
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from secondment_desk.kept_file import read_table, write_table

_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]

# Past this many patterns the file starts afresh (stale ones from older versions accumulate).
MAX_PATTERNS = 5000
_FORMAT = 1

_lock = threading.Lock()
_owner: int | None = None  # the thread inside kept_compiled()
_depth = 0
_loaded: dict[_Key, _Entry] | None = None
_new: dict[_Key, _Entry] = {}
_original: Any = None
_save_at_exit = False


def _engine() -> tuple[Any, Any, Any] | None:
    """CPython's regex parser, compiler and engine, when they have the shape this relies on."""
    if sys.implementation.name != "cpython":
        return None
    try:
        import _sre  # type: ignore[import-not-found]
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:
        return None
    if not hasattr(_compiler, "_code") or array("I").itemsize != _sre.CODESIZE:
        return None
    return _compiler, _parser, _sre


def cache_file() -> Path | None:
    """The cache file for this interpreter and regex engine (None where there is none)."""
    engine = _engine()
    if engine is None:
        return None
    from secondment_desk.paths import cache_home

    _compiler, _parser, sre = engine
    tag = f"{sys.implementation.cache_tag}-{sre.MAGIC}-{_FORMAT}"
    return cache_home() / f"regex-{tag}.marshal"


def _compile_kept(pattern: Any, flags: int = 0) -> Any:
    """``re._compiler.compile`` for the thread inside kept_compiled(), through the cache."""
    engine = _engine()
    if (
        threading.get_ident() != _owner
        or engine is None
        or not isinstance(pattern, str)
        or flags & re.DEBUG
    ):
        return _original(pattern, flags)
    _compiler, _parser, sre = engine
    key = (pattern, int(flags))
    hit = (_loaded or {}).get(key)
    if hit is not None:
        try:
            final_flags, kept, groups, kept_index, kept_names = hit
            return sre.compile(
                pattern, final_flags, array("I", kept).tolist(), groups, kept_index, kept_names
            )
        except (TypeError, ValueError, RuntimeError, OverflowError):
            pass  # a damaged entry (the engine validates the code): compile it again
    # What re._compiler.compile does, keeping the pieces.
    tree = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(tree, flags)]
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    entry: _Entry = (
        int(flags | tree.state.flags),
        array("I", code).tobytes(),
        tree.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    _new[key] = entry
    return sre.compile(pattern, entry[0], code, entry[2], groupindex, entry[4])


@contextlib.contextmanager
def kept_compiled() -> Iterator[None]:
    """Patterns this thread compiles meanwhile come from, and go to, the cache file.

    Other threads are not affected (they compile as usual). Nested uses are one scope."""
    global _owner, _depth, _loaded, _original, _save_at_exit
    engine = _engine()
    me = threading.get_ident()
    if engine is None or (_owner is not None and _owner != me):
        yield  # no engine to rely on, or another thread holds the scope: compile as usual
        return
    _compiler = engine[0]
    with _lock:
        if _owner is None:
            _owner = me
            if _original is None:
                _original = _compiler.compile
            _compiler.compile = _compile_kept
        _depth += 1
    try:
        if _loaded is None:
            path = cache_file()
            _loaded = read_table(path) if path is not None else {}
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                _compiler.compile = _original
                _owner = None
                if _new and not _save_at_exit:  # once, at exit: a cold start builds many
                    _save_at_exit = True
                    atexit.register(save)


def in_scope() -> bool:
    """True on the thread inside :func:`kept_compiled` (its data comes from the program)."""
    return _owner is not None and _owner == threading.get_ident()


def save() -> None:
    """Write the patterns compiled since the last save to the file now (done at exit too)."""
    with _lock:
        if _new:
            _save()


def _save() -> None:
    """The new patterns join the file (with what another process may have added meanwhile)."""
    global _loaded
    path = cache_file()
    if path is None:
        return
    merged = {**read_table(path), **(_loaded or {}), **_new}
    if len(merged) > MAX_PATTERNS:  # stale patterns of older versions: start afresh
        merged = dict(_new)
    _loaded = merged
    _new.clear()
    write_table(path, merged)
