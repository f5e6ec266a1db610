"""Files of derived data kept between runs, like bytecode: read, merged and written atomically.

The regex cache, the derived-value cache, the dataclass-code cache and the shipped templates'
kept data all keep a ``marshal``-ed dict in the cache folder. This module is their one owner of
the file handling: a missing, damaged or foreign file reads as empty (never an error), a write
goes to a temporary file first and replaces the old one, nothing is written when bytecode writing
is off (``PYTHONDONTWRITEBYTECODE``) or the disk refuses it. :class:`KeptTable` adds what the
caches built during a run share: loaded on first use, new entries written once at exit (merged
with what another process may have added meanwhile), started afresh past a size.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any


def read_table(path: Path) -> dict[Any, Any]:
    """The dict kept in ``path``; empty when there is none or it cannot be read."""
    try:
        with path.open("rb") as fh:
            data = marshal.load(fh)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def write_table(path: Path, data: dict[Any, Any]) -> None:
    """Write ``data`` to ``path`` atomically (silently nothing when it cannot be written)."""
    if sys.dont_write_bytecode:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(data, fh)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
    except OSError:
        pass  # a read-only or full disk: next time derives it again


class KeptTable:
    """Entries kept in one file: looked up there first, the new ones added at exit."""

    def __init__(self, path: Callable[[], Path], max_entries: int) -> None:
        self._path = path
        self._max = max_entries
        self._lock = threading.Lock()
        self.loaded: dict[Any, Any] | None = None  # read from the file on first use
        self.new: dict[Any, Any] = {}  # added since the last save
        self._save_at_exit = False

    def get(self, key: Any) -> Any:
        """The kept value of ``key``, or None."""
        with self._lock:
            if self.loaded is None:
                self.loaded = read_table(self._path())
            return self.loaded.get(key)

    def put(self, key: Any, value: Any) -> None:
        with self._lock:
            if self.loaded is None:
                self.loaded = read_table(self._path())
            self.loaded[key] = value
            self.new[key] = value
            if not self._save_at_exit:
                self._save_at_exit = True
                atexit.register(self.save)

    def save(self) -> None:
        """Write the entries added since the last save (done at exit too)."""
        with self._lock:
            if not self.new:
                return
            path = self._path()
            merged = {**read_table(path), **(self.loaded or {}), **self.new}
            if len(merged) > self._max:  # stale entries of older versions: start afresh
                merged = dict(self.new)
            self.new.clear()
            write_table(path, merged)

    def forget(self) -> None:
        """Drop what this process holds (tests: as a new process would start)."""
        with self._lock:
            self.loaded = None
            self.new.clear()
