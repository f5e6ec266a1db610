"""A private temporary folder under the data folder, for anything holding personal data.

Filled forms, their PDFs, LibreOffice's profile and working files never go to the shared
system temp folder (``/tmp``), where a kill or crash would leave them readable: they go to
``<data folder>/tmp/<prefix>XXXX`` (mode 0700, files 0600) and are removed when the work ends.
Each folder is held by an open, locked ``.owner`` file; a folder whose lock nobody holds was
left by a process that died, and is wiped the next time any folder is made. Where file locks
are not available (Windows), folders older than a day are wiped instead.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from secondment_desk.paths import data_home

FOLDER = "tmp"
OWNER = ".owner"
_UNLOCKED_AGE_S = 24 * 3600.0
_swept: set[Path] = set()

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def private_root() -> Path:
    """``<data folder>/tmp``, created 0700 (and put back to 0700 if someone widened it)."""
    root = data_home() / FOLDER
    root.mkdir(mode=0o700, parents=True, exist_ok=True)
    if root.stat().st_mode & 0o077:
        root.chmod(0o700)
    return root


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file readable by the user only (0600)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def open_private(path: Path) -> IO[bytes]:
    """A new file opened for writing, readable by the user only (0600); replaces none."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    return os.fdopen(fd, "wb")


@contextlib.contextmanager
def private_tempdir(prefix: str) -> Iterator[Path]:
    """A fresh private folder for one piece of work; removed on exit, and by the next start
    of any work if this process is killed first."""
    root = private_root()
    if root not in _swept:
        _swept.add(root)
        sweep_stale(root)
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=root))  # mkdtemp makes it 0700
    owner = open_private(folder / OWNER)
    try:
        if fcntl is not None:
            fcntl.flock(owner.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        owner.write(str(os.getpid()).encode())
        owner.flush()
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        owner.close()


def sweep_stale(root: Path | None = None) -> list[Path]:
    """Remove the folders under ``root`` that no live process holds; return them."""
    base = root or private_root()
    removed: list[Path] = []
    try:
        children = list(base.iterdir())
    except OSError:
        return removed
    for child in children:
        if child.is_dir() and not child.is_symlink() and _stale(child):
            shutil.rmtree(child, ignore_errors=True)
            removed.append(child)
    return removed


def _stale(folder: Path) -> bool:
    owner = folder / OWNER
    if fcntl is None:  # pragma: no cover - Windows
        try:
            return time.time() - folder.stat().st_mtime > _UNLOCKED_AGE_S
        except OSError:
            return False
    try:
        fh = owner.open("rb")
    except FileNotFoundError:
        # made but not yet locked (a few microseconds), or the owner file is gone: old = stale
        try:
            return time.time() - folder.stat().st_mtime > 60.0
        except OSError:
            return False
    except OSError:
        return False
    with fh:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a live process holds it
        return True
