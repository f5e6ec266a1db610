"""Logging for the GUI: a rotating file in the data folder, never personal data.

Only what helps a maintainer: which action failed, the error's class and the stack of code
lines. Never an exception's message (it may quote a name or a field value), never file
contents, never passphrases.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from secondment_desk.paths import data_home

LOGGER_NAME = "secondment_desk"
log = logging.getLogger(LOGGER_NAME)


def log_path() -> Path:
    return data_home() / "logs" / "secondment-desk.log"


def setup_logging() -> Path:
    """Send the package's log records to the log file (once per process and data folder)."""
    from logging.handlers import RotatingFileHandler  # not at import: keeps start-up fast

    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for handler in list(log.handlers):
        if getattr(handler, "_desk", False):
            if Path(getattr(handler, "baseFilename", "")) == path:
                return path
            log.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=512_000, backupCount=2, encoding="utf-8")
    handler._desk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def log_failure(action: str, err: BaseException, *, expected: bool) -> None:
    """Record that `action` failed, by error class and code location only."""
    kind = type(err).__name__
    if expected:
        log.warning("%s failed: %s", action, kind)
        return
    stack = "".join(traceback.format_tb(err.__traceback__))
    log.error("%s failed with unexpected %s\n%s", action, kind, stack.rstrip())
