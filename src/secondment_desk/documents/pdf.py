"""PDF through LibreOffice headless: one soffice process for a whole batch.

LibreOffice is the second wall behind the .docx sanitiser (documents.safety), so it is run as
if the document were hostile:

* every .docx is sanitised again on its way in (a filled form may hold what Jinja made);
* on Linux it runs in new user, network and PID namespaces (``unshare``): no network is
  reachable at all, and the whole process tree dies with the namespace's first process;
  ``setpriv --pdeathsig KILL`` kills that process when this one dies. Where namespaces are
  not available it runs in its own process group watched by a tiny watcher process that
  kills the group when this process goes away, and a warning is logged;
* its profile, HOME, TMPDIR, inputs and outputs live in a private temp folder under the data
  folder (0700, files 0600; see documents.private_temp) that a crash leaves to be wiped on the
  next start; only the finished PDFs are moved to where the user asked.

It neither waits for nor disturbs a LibreOffice the user has open, is killed on timeout or
cancel, and can run in a worker thread: ``progress(done, total, name)`` is called as each PDF
appears, ``cancel()`` is polled.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from secondment_desk.documents.private_temp import private_tempdir, write_private
from secondment_desk.documents.safety import read_sanitized_docx
from secondment_desk.errors import DeskError, InputError
from secondment_desk.i18n import N_, _

log = logging.getLogger(__name__)

SOFFICE_ENV = "SECONDMENT_DESK_SOFFICE"
INSTALL_HINT = N_(
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
        raise PdfUnavailable(_(INSTALL_HINT))
    sources = [Path(p).resolve() for p in paths]
    for src in sources:
        if not src.is_file():
            raise InputError(_("Cannot convert {name}: no such file.").format(name=src.name))
    stems = [s.stem for s in sources]
    if len(set(stems)) != len(stems):
        raise InputError(_("Two files of one PDF batch have the same name; rename one."))
    target_dir = (outdir or sources[0].parent).resolve()
    target_dir.mkdir(parents=True, exist_ok=True)
    targets = [target_dir / f"{s.stem}.pdf" for s in sources]
    for target in targets:
        target.unlink(missing_ok=True)
    with private_tempdir("soffice-") as work:
        inputs, made = work / "in", work / "out"
        for folder in (inputs, made, work / "profile", work / "tmp"):
            folder.mkdir(mode=0o700)
        staged = []
        for src in sources:
            clean = read_sanitized_docx(src, compress=True)
            for line in clean.removed:
                log.warning("%s: %s", src.name, line)
            write_private(inputs / src.name, clean.data)
            staged.append(inputs / src.name)
        command = [
            *isolation_prefix(),
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--nodefault",
            "--nologo",
            "--convert-to",
            "pdf",
            "--outdir",
            str(made),
            *map(str, staged),
        ]
        env = {**os.environ, "HOME": str(work), "TMPDIR": str(work / "tmp")}
        made_pdfs = [made / f"{s.stem}.pdf" for s in sources]
        _run(command, made_pdfs, timeout, progress, cancel, env)
        missing = [t.name for t in made_pdfs if not t.exists()]
        if missing:
            raise PdfError(
                _("LibreOffice did not produce {files}.").format(files=", ".join(missing))
            )
        for made_pdf, target in zip(made_pdfs, targets, strict=True):
            made_pdf.chmod(0o600)
            shutil.move(str(made_pdf), str(target))
    return targets


@functools.cache
def isolation_prefix() -> tuple[str, ...]:
    """The command prefix that runs LibreOffice with no network and tied to our life, or ()
    where the platform does not allow it (then a warning is logged once)."""
    if not sys.platform.startswith("linux"):
        log.warning(
            "LibreOffice runs with network access: no network namespaces on %s.", sys.platform
        )
        return ()
    unshare, setpriv = shutil.which("unshare"), shutil.which("setpriv")
    if unshare is None:
        log.warning("LibreOffice runs with network access: `unshare` (util-linux) is missing.")
        return ()
    prefix = [unshare, "--user", "--map-root-user", "--net", "--pid", "--fork", "--kill-child"]
    if setpriv is not None:
        prefix = [setpriv, "--pdeathsig", "KILL", "--", *prefix]
    try:
        probe = subprocess.run(
            [*prefix, "true"], capture_output=True, timeout=10, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        log.warning("LibreOffice runs with network access: namespaces unusable (%s).", err)
        return ()
    if probe.returncode != 0:
        detail = probe.stderr.decode("utf-8", "replace").strip()[:200]
        log.warning("LibreOffice runs with network access: namespaces refused (%s).", detail)
        return ()
    return tuple(prefix)


_WATCHER = (
    "import os, signal, sys\n"
    "done = sys.stdin.buffer.read(1)\n"
    "if not done:\n"
    "    try: os.killpg(int(sys.argv[1]), signal.SIGKILL)\n"
    "    except OSError: pass\n"
)


def _run(
    command: list[str],
    targets: list[Path],
    timeout: float,
    progress: Progress | None,
    cancel: Cancelled | None,
    env: dict[str, str] | None = None,
) -> None:
    try:
        proc = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            umask=0o077,
            env=env,
        )
    except OSError as err:
        raise PdfUnavailable(f"{_(INSTALL_HINT)} ({err.strerror or err})") from err
    watcher = None if _isolated(command) else _watch(proc.pid)
    try:
        _wait(proc, targets, timeout, progress, cancel)
    finally:
        if watcher is not None:
            _release(watcher)


def _isolated(command: list[str]) -> bool:
    prefix = isolation_prefix()
    return bool(prefix) and tuple(command[: len(prefix)]) == prefix


def _watch(pgid: int) -> subprocess.Popen[bytes] | None:
    """A process that kills group ``pgid`` when our end of its pipe closes without a word
    (this process died); None if it cannot be started (then a crash may leave soffice)."""
    if os.name != "posix":
        return None
    try:
        return subprocess.Popen(
            [sys.executable, "-c", _WATCHER, str(pgid)],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError as err:
        log.warning("No watcher for LibreOffice (%s): a crash may leave it running.", err)
        return None


def _release(watcher: subprocess.Popen[bytes]) -> None:
    try:
        assert watcher.stdin is not None
        watcher.stdin.write(b"x")
        watcher.stdin.close()
    except OSError:
        pass
    try:
        watcher.wait(timeout=5)
    except subprocess.TimeoutExpired:
        watcher.kill()


def _wait(
    proc: subprocess.Popen[bytes],
    targets: list[Path],
    timeout: float,
    progress: Progress | None,
    cancel: Cancelled | None,
) -> None:
    deadline = time.monotonic() + timeout
    reported: set[Path] = set()
    try:
        while True:
            try:
                _out, stderr = proc.communicate(timeout=0.2)
                break
            except subprocess.TimeoutExpired:
                pass
            if progress is not None:
                _report(targets, reported, progress)
            if cancel is not None and cancel():
                raise PdfError(_("PDF conversion was cancelled."))
            if time.monotonic() > deadline:
                raise PdfError(
                    _("LibreOffice did not finish within {seconds} s: stopped it.").format(
                        seconds=round(timeout)
                    )
                )
    except BaseException:
        _kill(proc)
        raise
    if progress is not None:
        _report(targets, reported, progress)
    if proc.returncode != 0:
        detail = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [_("no message")]
        raise PdfError(
            _("LibreOffice failed (exit {code}): {detail}").format(
                code=proc.returncode, detail=detail[0]
            )
        )


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
