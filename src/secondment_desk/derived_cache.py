"""Values the program derives from its own data, kept between runs like compiled patterns.

Some values every process rebuilds from shipped data alone before it can read a notice: the
tries of the lexicons' thousands of phrases (``resources.literal_trie``/``token_trie``, ~9 ms)
and the index of every country's spellings in four languages (``countries``, ~9 ms). Through
:func:`kept_value` such a value is looked up in a cache file first, under a digest of the
inputs it was built from and of the code that built it, and added to the file when new.

Only for values built from the program and its resources, never from a notice's or a
profile's text (the cache file is not encrypted); the values must be ``marshal``-able (str,
bytes, numbers, tuples, lists, dicts). Like ``regex_cache`` (whose file handling this shares):
derived data, rebuilt when missing or unreadable, never required, written once at exit, not
written when bytecode writing is off.
"""

from __future__ import annotations

import atexit
import hashlib
import sys
import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from secondment_desk import regex_cache

T = TypeVar("T")

_FORMAT = 1
# Past this many values the file starts afresh (stale ones from older versions accumulate).
MAX_VALUES = 2000

_lock = threading.Lock()
_loaded: dict[tuple[str, bytes], Any] | None = None
_new: dict[tuple[str, bytes], Any] = {}
_save_at_exit = False


def cache_file() -> Path:
    from secondment_desk.paths import cache_home

    return cache_home() / f"derived-{sys.implementation.cache_tag}-{_FORMAT}.marshal"


@cache
def code_digest(*modules: ModuleType) -> bytes:
    """A digest of the source of ``modules`` (the code that builds a value)."""
    digest = hashlib.sha256()
    for module in modules:
        try:
            digest.update(Path(str(module.__file__)).read_bytes())
        except (OSError, TypeError):
            digest.update(module.__name__.encode())
    return digest.digest()


def kept_value(kind: str, inputs: bytes, build: Callable[[], T]) -> T:
    """``build()``, or what an earlier run built from the same ``inputs`` (bytes that name
    everything the value depends on: its data and ``code_digest`` of its code)."""
    global _loaded, _save_at_exit
    key = (kind, hashlib.sha256(inputs).digest())
    with _lock:
        if _loaded is None:
            _loaded = regex_cache._read(cache_file())
        if key in _loaded:
            return _loaded[key]  # type: ignore[no-any-return]
    value = build()
    with _lock:
        _loaded[key] = value
        _new[key] = value
        if not _save_at_exit:
            _save_at_exit = True
            atexit.register(save)
    return value


def save() -> None:
    """Write the values built since the last save (done at exit too)."""
    with _lock:
        if not _new:
            return
        path = cache_file()
        merged = {**regex_cache._read(path), **(_loaded or {}), **_new}
        if len(merged) > MAX_VALUES:
            merged = dict(_new)
        _new.clear()
        regex_cache._write(path, merged)
