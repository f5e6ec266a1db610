"""What every reader shares: the size limit, the checks on raw bytes, and decoded text checks."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from secondment_desk.errors import InputError
from secondment_desk.i18n import _

MAX_BYTES = 10 * 1024 * 1024
STDIN = "-"


@dataclass(frozen=True)
class ReadText:
    """The text a reader got out of a file, and what to call the file in messages."""

    text: str
    source_name: str
    reader: str


def display_name(source: str | Path) -> str:
    return STDIN if str(source) == STDIN else Path(source).name


def read_bytes(source: str | Path) -> bytes:
    """The file's bytes (or stdin's), after checking it exists, is a file and is not too big."""
    if str(source) == STDIN:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(
                _("Standard input is larger than 10 MB: paste only the vacancy notice.")
            )
        return data
    path = Path(source)
    name = path.name or str(path)
    try:
        if not path.exists():
            raise InputError(_("{name}: no such file.").format(name=name))
        if path.is_dir():
            raise InputError(_("{name} is a folder, not a vacancy notice file.").format(name=name))
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                _("{name} is larger than 10 MB ({size} MB): it cannot be a vacancy notice.").format(
                    name=name, size=f"{size / 1048576:.1f}"
                )
            )
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except PermissionError as err:
        raise InputError(_("{name} cannot be read: permission denied.").format(name=name)) from err
    except OSError as err:
        raise InputError(
            _("{name} cannot be read: {reason}.").format(name=name, reason=err.strerror or err)
        ) from err
    if len(data) > MAX_BYTES:
        raise InputError(
            _("{name} is larger than 10 MB: it cannot be a vacancy notice.").format(name=name)
        )
    return data


def require_text(text: str, name: str) -> str:
    """Reject text that is empty or whitespace only; return it unchanged otherwise."""
    if not text.strip():
        raise InputError(_("{name} is empty: there is no notice text in it.").format(name=name))
    return text
