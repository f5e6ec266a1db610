"""Run untrusted work (a user's template, a hostile notice) in a child process with limits.

The sandbox and the readers' caps bound what they know about; this is the wall behind them
for what they do not: the work runs in a forked child with a processor-time limit
(``RLIMIT_CPU``), an address-space limit above what the parent already uses (``RLIMIT_AS``),
no core files, and a wall clock kept by the parent, which kills the child when it runs out.
Each limit ends in one sentence (an error of the caller's type), never a traceback.

The child is forked, so it starts with everything the parent has imported and built (no
interpreter start-up, no pickling of the inputs): only the result travels back, pickled over
a pipe. Where ``fork`` or ``resource`` is missing (Windows), the work runs in-process and only
the in-process bounds apply.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import select
import signal
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from secondment_desk.errors import DeskError
from secondment_desk.i18n import _

T = TypeVar("T")

try:
    import resource
except ImportError:  # pragma: no cover - Windows
    resource = None  # type: ignore[assignment]

CAN_ISOLATE = resource is not None and hasattr(os, "fork") and sys.platform != "win32"
_MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """What one piece of untrusted work may use: processor seconds, memory above the parent's
    (MB of address space), and wall-clock seconds."""

    cpu_seconds: int = 5
    memory_mb: int = 400
    wall_seconds: float = 20.0


class _Killed(Exception):
    pass


#: The resource usage of the last child that ended (``ru_maxrss`` in KB: its peak memory),
#: for the benchmarks; None before the first.
last_usage: Any = None


def run_limited(
    work: Callable[[], T],
    limits: Limits | None,
    what: str,
    error: type[DeskError],
) -> T:
    """``work()`` run in a limited child; its result (picklable) comes back.

    A :class:`DeskError` the work raises is raised here as it is; a limit reached raises
    ``error`` with a sentence that starts with ``what`` ("form.docx: filling it"). ``limits``
    None (or a platform without fork) runs ``work`` in this process."""
    if limits is None or not CAN_ISOLATE:
        try:
            return work()
        except MemoryError:
            raise error(
                _("{what} needed more memory than this computer could give.").format(what=what)
            ) from None
    base_vm = _address_space()
    if sys.platform.startswith("linux"):
        _libc()
    parent = os.getpid()
    read_fd, write_fd = os.pipe()
    try:
        pid = os.fork()
    except BaseException:
        os.close(read_fd)
        os.close(write_fd)
        raise
    if pid == 0:  # pragma: no cover - runs in the child; its outcome is what the tests see
        # Everything inherited is frozen first, in the child only: its collections then leave
        # the parent's objects alone (no page of them copied for the collector's sake). Not
        # in the parent: freezing there froze everything alive in it, and the unfreeze after
        # the fork thawed what others froze on purpose (the store's decoded records, so that
        # no collection walks them again) and aged every young object into the oldest
        # generation, whose garbage then waits for a full collection.
        gc.freeze()
        os.close(read_fd)
        _child(work, limits, base_vm, write_fd, parent)
    os.close(write_fd)
    try:
        status, payload = _collect(pid, read_fd, limits, what, error)
    finally:
        os.close(read_fd)
    if status == "ok":
        result: T = payload
        return result
    if status == "error":
        raise payload
    if status == "memory":
        raise error(_memory_message(what, limits))
    raise error(
        _("{what} failed unexpectedly inside its isolated process: {detail}").format(
            what=what, detail=str(payload).strip().splitlines()[-1][:300]
        )
    )


def _memory_message(what: str, limits: Limits) -> str:
    return _("{what} needed more than {mb} MB of memory and was stopped.").format(
        what=what, mb=limits.memory_mb
    )


def _address_space() -> int:
    """This process's virtual size in bytes (Linux /proc); 0 where unknown."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            pages = int(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE")


def _child(
    work: Callable[[], Any], limits: Limits, base_vm: int, write_fd: int, parent: int
) -> None:  # pragma: no cover - runs in the child
    code = 0
    try:
        _die_with_parent(parent)
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        signal.signal(signal.SIGXCPU, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides on ^C
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        cpu = max(1, int(limits.cpu_seconds))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        if base_vm:
            cap = base_vm + limits.memory_mb * _MB
            _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
            if hard != resource.RLIM_INFINITY:
                cap = min(cap, hard)
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        try:
            outcome: tuple[str, Any] = ("ok", work())
        except DeskError as err:
            outcome = ("error", err)
        except MemoryError:
            outcome = ("memory", None)
        except BaseException:  # a bug: its text goes back for the message
            outcome = ("bug", traceback.format_exc(limit=-3))
        try:
            blob = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        except MemoryError:
            blob = pickle.dumps(("memory", None))
        except Exception as err:
            blob = pickle.dumps(("bug", f"result not transferable: {err!r}"))
        view = memoryview(blob)
        while view:
            view = view[os.write(write_fd, view) :]
    except BaseException:
        code = 70
    finally:
        os._exit(code)


_LIBC: list[Any] = []


def _libc() -> Any:
    """The C library (loaded once, in the parent: ctypes costs the child time otherwise)."""
    if not _LIBC:
        try:
            import ctypes

            _LIBC.append(ctypes.CDLL(None, use_errno=True))
        except (OSError, ImportError):
            _LIBC.append(None)
    return _LIBC[0]


def _die_with_parent(parent: int) -> None:  # pragma: no cover - runs in the child
    """On Linux, have the kernel kill this child if the parent dies (no orphan keeps running)."""
    libc = _LIBC[0] if _LIBC else None
    if libc is None:
        return
    try:
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except AttributeError:
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(70)


def _collect(
    pid: int, read_fd: int, limits: Limits, what: str, error: type[DeskError]
) -> tuple[str, Any]:
    """Read the child's answer within the wall clock, reap it, and decode its outcome."""
    deadline = time.monotonic() + limits.wall_seconds
    chunks: list[bytes] = []
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise _Killed
            ready, _w, _x = select.select([read_fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        status, usage = _reap(pid, deadline)
    except _Killed:
        _kill(pid)
        raise error(
            _("{what} did not finish within {s:g} seconds and was stopped.").format(
                what=what, s=limits.wall_seconds
            )
        ) from None
    except BaseException:
        _kill(pid)
        raise
    global last_usage
    last_usage = usage
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        cpu_used = usage.ru_utime + usage.ru_stime
        if sig == signal.SIGXCPU or (sig == signal.SIGKILL and cpu_used >= limits.cpu_seconds):
            raise error(
                _("{what} used more than {s} seconds of processor time and was stopped.").format(
                    what=what, s=limits.cpu_seconds
                )
            )
        if sig in (signal.SIGKILL, signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS):
            # the kernel's out-of-memory killer, or a native library whose allocation failed
            # under the memory limit
            raise error(_memory_message(what, limits))
        return "bug", f"stopped by signal {sig}"
    if not chunks:
        return "bug", f"exited with status {os.WEXITSTATUS(status)} and no answer"
    try:
        outcome = pickle.loads(b"".join(chunks))
    except Exception as err:
        return "bug", f"unreadable answer ({err!r})"
    assert isinstance(outcome, tuple) and len(outcome) == 2
    return outcome[0], outcome[1]


def _reap(pid: int, deadline: float) -> tuple[int, Any]:
    """The child's wait status and resource usage, waiting for it until the deadline."""
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return status, usage
        if time.monotonic() > deadline:
            raise _Killed
        time.sleep(0.002)


def _kill(pid: int) -> None:
    global last_usage
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError):
        last_usage = os.wait4(pid, 0)[2]
