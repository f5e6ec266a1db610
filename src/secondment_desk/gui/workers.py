"""Long jobs off the UI thread: QThreadPool + QRunnable, progress, cancel, results by signal.

A job is a plain function ``fn(control) -> result`` that runs in a pool thread. It reports
progress with ``control.progress(done, total)`` and checks ``control.check()`` (which raises
:class:`Cancelled` once the user pressed Cancel) between steps. Its result, its error (as one
plain sentence) or its cancellation comes back through :class:`JobSignals`, whose object lives
in the main thread, so every callback runs on the main thread (queued connections).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from secondment_desk.errors import DeskError
from secondment_desk.gui.logs import log_failure


class Cancelled(Exception):
    """Raised inside a job by :meth:`JobControl.check` after a cancel request."""


class JobControl:
    """What a running job sees: progress reporting and the cancel flag (thread-safe)."""

    def __init__(self, signals: JobSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int = 0) -> None:
        """Report progress; ``total`` 0 means 'unknown' (a busy indicator)."""
        self._signals.progress.emit(done, total)

    def wait(self, seconds: float) -> None:
        """Sleep, waking early (and raising Cancelled) when cancelled."""
        if self._cancel.wait(seconds):
            raise Cancelled


class JobSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()


UNEXPECTED = "Something went wrong while {action}. The details are in the log file."


class Job(QRunnable):
    """One submitted job. Keep the object: ``job.cancel()`` asks it to stop."""

    def __init__(self, label: str, fn: Callable[[JobControl], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.label = label
        self.signals = JobSignals()
        self.control = JobControl(self.signals)
        self._fn = fn
        self.done = False

    def cancel(self) -> None:
        self.control.cancel()

    def run(self) -> None:
        try:
            result = self._fn(self.control)
            self.control.check()
        except Cancelled:
            self.signals.cancelled.emit()
        except DeskError as err:
            log_failure(self.label, err, expected=True)
            self.signals.failed.emit(str(err))
        except Exception as err:
            log_failure(self.label, err, expected=False)
            self.signals.failed.emit(UNEXPECTED.format(action=self.label))
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


class JobRunner(QObject):
    """Starts jobs on a thread pool and tells the window what is running."""

    busy = Signal(str)  # label of the newest running job
    progress = Signal(int, int)
    idle = Signal()
    error = Signal(str)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool(self)
        self.running: list[Job] = []

    def submit(
        self,
        label: str,
        fn: Callable[[JobControl], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> Job:
        """Run ``fn`` in the pool; callbacks run on the main thread. Errors without an
        ``on_error`` go to the window's message bar (the :attr:`error` signal)."""
        job = Job(label, fn)
        if on_done is not None:
            job.signals.succeeded.connect(on_done)
        job.signals.failed.connect(on_error if on_error is not None else self.error.emit)
        if on_cancel is not None:
            job.signals.cancelled.connect(on_cancel)
        job.signals.progress.connect(self.progress.emit)
        job.signals.finished.connect(lambda: self._finished(job))
        self.running.append(job)
        self.busy.emit(label)
        self.pool.start(job)
        return job

    def _finished(self, job: Job) -> None:
        job.done = True
        if job in self.running:
            self.running.remove(job)
        if self.running:
            self.busy.emit(self.running[-1].label)
        else:
            self.idle.emit()

    def cancel_all(self) -> None:
        for job in self.running:
            job.cancel()

    def shutdown(self, wait_ms: int = 3000) -> None:
        """Cancel everything and wait for the threads (on closing the window)."""
        self.cancel_all()
        self.pool.waitForDone(wait_ms)
