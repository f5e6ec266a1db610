"""PDF through LibreOffice headless: one soffice process for a whole batch.

Runs in its own temporary user profile (so it neither waits for nor disturbs a LibreOffice the
user has open), is killed with its process group on timeout or cancel, and can run in a worker
thread: ``progress(done, total, name)`` is called as each PDF appears, ``cancel()`` is polled.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from secondment_desk.errors import DeskError, InputError

SOFFICE_ENV = "SECONDMENT_DESK_SOFFICE"
INSTALL_HINT = (
    "LibreOffice is not installed, so no PDF was made (the .docx is ready): install it with "
    "`sudo apt-get install libreoffice-writer` (or from libreoffice.org) and try again."
)

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class PdfError(DeskError):
    """LibreOffice is missing, failed, timed out or was cancelled."""


class PdfUnavailable(PdfError):
    """LibreOffice is not installed."""


def find_soffice() -> str | None:
    """The soffice executable: $SECONDMENT_DESK_SOFFICE, else soffice/libreoffice on PATH."""
    override = os.environ.get(SOFFICE_ENV)
    if override:
        return override if Path(override).exists() or shutil.which(override) else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def pdf_available() -> bool:
    return find_soffice() is not None


def convert_to_pdf(
    paths: Sequence[Path],
    outdir: Path | None = None,
    timeout: float = 180.0,
    progress: Progress | None = None,
    cancel: Cancelled | None = None,
) -> list[Path]:
    """Convert .docx files to PDF in ``outdir`` (default: beside the first file).

    Returns the PDF paths in the order given. Raises PdfUnavailable without LibreOffice,
    PdfError on failure, timeout or cancel (the process is killed either way).
    """
    if not paths:
        return []
    soffice = find_soffice()
    if soffice is None:
        raise PdfUnavailable(INSTALL_HINT)
    sources = [Path(p).resolve() for p in paths]
    for src in sources:
        if not src.is_file():
            raise InputError(f"Cannot convert {src.name}: no such file.")
    stems = [s.stem for s in sources]
    if len(set(stems)) != len(stems):
        raise InputError("Two files of one PDF batch have the same name; rename one.")
    target_dir = (outdir or sources[0].parent).resolve()
    target_dir.mkdir(parents=True, exist_ok=True)
    targets = [target_dir / f"{s.stem}.pdf" for s in sources]
    for target in targets:
        target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="desk-soffice-") as profile:
        command = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf",
            "--outdir",
            str(target_dir),
            *map(str, sources),
        ]
        _run(command, targets, timeout, progress, cancel)
    missing = [t.name for t in targets if not t.exists()]
    if missing:
        raise PdfError(f"LibreOffice did not produce {', '.join(missing)}.")
    return targets


def _run(
    command: list[str],
    targets: list[Path],
    timeout: float,
    progress: Progress | None,
    cancel: Cancelled | None,
) -> None:
    try:
        proc = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError as err:
        raise PdfUnavailable(f"{INSTALL_HINT} ({err.strerror or err})") from err
    deadline = time.monotonic() + timeout
    reported: set[Path] = set()
    try:
        while True:
            try:
                _, stderr = proc.communicate(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                pass
            if progress is not None:
                _report(targets, reported, progress)
            if cancel is not None and cancel():
                raise PdfError("PDF conversion was cancelled.")
            if time.monotonic() > deadline:
                raise PdfError(f"LibreOffice did not finish within {timeout:.0f} s: stopped it.")
    except BaseException:
        _kill(proc)
        raise
    if progress is not None:
        _report(targets, reported, progress)
    if proc.returncode != 0:
        detail = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no message"]
        raise PdfError(f"LibreOffice failed (exit {proc.returncode}): {detail[0]}")


def _report(targets: list[Path], reported: set[Path], progress: Progress) -> None:
    for target in targets:
        if target not in reported and target.exists():
            reported.add(target)
            progress(len(reported), len(targets), target.name)


def _kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    proc.wait()
