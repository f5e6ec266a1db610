"""Values the program derives from its own data, kept between runs like compiled patterns.

Some values every process rebuilds from shipped data alone before it can read a notice: the
tries of the lexicons' thousands of phrases (``resources.literal_trie``/``token_trie``, ~9 ms)
and the index of every country's spellings in four languages (``countries``, ~9 ms). Through
:func:`kept_value` such a value is looked up in a cache file first, under a digest of the
inputs it was built from and of the code that built it, and added to the file when new.

Only for values built from the program and its resources, never from a notice's or a
profile's text (the cache file is not encrypted); the values must be ``marshal``-able (str,
bytes, numbers, tuples, lists, dicts). Like ``regex_cache`` (the file handling is ``kept_file``'s):
derived data, rebuilt when missing or unreadable, never required, written once at exit, not
written when bytecode writing is off.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar, cast

from secondment_desk.kept_file import KeptTable

T = TypeVar("T")

_FORMAT = 1
# Past this many values the file starts afresh (stale ones from older versions accumulate).
MAX_VALUES = 2000


def cache_file() -> Path:
    from secondment_desk.paths import cache_home

    return cache_home() / f"derived-{sys.implementation.cache_tag}-{_FORMAT}.marshal"


_table = KeptTable(cache_file, MAX_VALUES)


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
    key = (kind, hashlib.sha256(inputs).digest())
    found: Any = _table.get(key)
    if found is not None:
        return cast(T, found)
    value = build()
    _table.put(key, value)
    return value


def save() -> None:
    """Write the values built since the last save (done at exit too)."""
    _table.save()
