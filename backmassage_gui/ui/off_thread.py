"""Calls that may never return, run off the GUI thread under a deadline.

The speech server, the audio system and desktop services are other programs;
when one of them wedges, a call into it can block for ever. On the GUI thread
that froze the whole window mid-massage: the countdown stopped and no key,
not even Ctrl+Q, did anything. A ``Worker`` runs such calls one at a time on
a thread of its own. A call still queued after ``expires_s`` is dropped (a
cue spoken late is worse than none); a call still running after its
``deadline_s`` is given up: the worker says so once (``gave_up``), takes no
more work, and is never waited for again.

Two things make this hold in practice:

* A call that waits on another program must release Python's GIL while it
  waits, or the GUI thread stops all the same. PySide releases it around
  ``QMetaObject.invokeMethod`` (and a few blocking calls such as
  ``QMediaDevices``), not around most calls, so the engines here call into
  Qt through ``invokeMethod``.
* A thread that never returns cannot be joined, and Qt aborts the process if
  a running ``QThread`` is deleted. At exit, ``shutdown_all`` stops the
  threads that still answer (bounded wait), and ``exit_if_stuck`` ends the
  process at once if one did not. Everything the app keeps is already on disk
  by then: settings are synced as they change and history rows as they end.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

log = logging.getLogger(__name__)

Clock = Callable[[], float]

CHECK_EVERY_MS = 200
"""How often a worker with calls outstanding looks at its deadlines."""
STOP_WAIT_S = 2.0
"""How long quitting waits, all threads together, for workers to end."""


def import_here(module: str, *names: str) -> ImportError | None:
    """Import a PySide module (and create the named classes) on this thread,
    the GUI thread, before a worker uses it. PySide's modules must not be
    first imported on two threads at once: QtTextToSpeech on the speech
    thread and QtMultimedia on the audio thread deadlocked at start-up, which
    froze the window. Returns the ImportError if the module cannot load."""
    try:
        loaded = importlib.import_module(module)
        for name in names:
            getattr(loaded, name)  # PySide creates its classes on first use
    except ImportError as exc:
        return exc
    return None


@dataclass(frozen=True, eq=False)
class Job:
    """One call for a worker thread."""

    call: Callable[[], object]
    what: str
    """What the call does, for the log and for ``gave_up``."""
    posted_at: float
    deadline_s: float
    expires_s: float | None = None
    done: Callable[[object], None] | None = None
    """Called on the GUI thread with the result (or the exception raised)."""
    dropped: Callable[[], None] | None = None
    """Called on the GUI thread if the call expired before it started."""
    last: bool = False
    """The thread's final job: it runs even after the worker gave up."""


class _Runner(QObject):
    """Lives on the worker thread and runs its jobs in the order they came."""

    ran = Signal(object, object)
    skipped = Signal(object)

    def __init__(self, clock: Clock) -> None:
        super().__init__()
        self._clock = clock
        self.busy: tuple[Job, float] | None = None
        """The call running now and when it began (the watchdog reads it)."""
        self.cancelled = False
        """Set from the GUI thread on giving up: calls queued since are skipped."""

    @Slot(object)
    def run(self, job: Job) -> None:
        if self.cancelled and not job.last:
            return
        if job.expires_s is not None and self._clock() - job.posted_at > job.expires_s:
            self.skipped.emit(job)
            return
        self.busy = (job, self._clock())
        try:
            result: object = job.call()
        except Exception as exc:  # the owner hears of it; the thread goes on
            log.exception("%s failed", job.what)
            result = exc
        finally:
            self.busy = None
        self.ran.emit(job, result)


class _Poster(QObject):
    """Hands jobs from the GUI thread to a runner (a queued connection)."""

    post = Signal(object)


class _Thread:
    """One worker thread and what it needs at the end. Kept referenced (in
    ``_live``) until it has ended, because deleting a running QThread aborts."""

    def __init__(self, name: str, clock: Clock) -> None:
        self.name = name
        self.thread = QThread()
        self.thread.setObjectName(name)
        self.runner = _Runner(clock)
        self.runner.moveToThread(self.thread)
        self.poster = _Poster()
        self.poster.post.connect(self.runner.run)
        self.clock = clock
        self.cleanups: list[Callable[[], None]] = []
        """Run on the thread itself as its last job (engines are deleted there)."""
        self.given_up = False
        """A call passed its deadline, or the thread did not end when asked."""
        self.stopping = False
        self._wait_failed = False

    @property
    def stuck(self) -> bool:
        """Given up and still not back: never wait for it. (A call that returns
        after all lets the thread be ended the normal way.)"""
        return (
            self.given_up
            and self.thread.isRunning()
            and (self.runner.busy is not None or self._wait_failed)
        )

    def give_up(self) -> None:
        self.given_up = True
        self.runner.cancelled = True

    def post(self, job: Job) -> None:
        self.poster.post.emit(job)

    def ask_to_stop(self) -> None:
        """Queue the last job: the cleanups, then the end of the thread's loop."""
        if self.stopping or self.stuck or not self.thread.isRunning():
            return
        self.stopping = True
        cleanups = list(self.cleanups)

        def last() -> None:
            try:
                for cleanup in cleanups:
                    try:
                        cleanup()
                    except Exception:
                        log.exception("cleaning up the %s thread failed", self.name)
            finally:
                thread = QThread.currentThread()
                if thread is not None:
                    thread.quit()

        self.post(
            Job(last, f"stopping the {self.name} thread", self.clock(), STOP_WAIT_S, last=True)
        )

    def wait(self, seconds: float) -> bool:
        """Wait for the thread to end (releasing the GIL). One that does not end
        in time is given up; a stuck one is not waited for at all."""
        if self.stuck:
            return False
        if self.thread.wait(max(0, int(seconds * 1000))):
            return True
        self.give_up()
        self._wait_failed = True
        log.warning("the %s thread did not end within %.1f s; leaving it", self.name, seconds)
        return False


_live: list[_Thread] = []
_exit_hooked = False


def _hook_exit() -> None:
    global _exit_hooked
    if _exit_hooked:
        return
    _exit_hooked = True
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(_on_about_to_quit)
    atexit.register(_at_exit)


_quit_by: float | None = None
"""When quitting must be over: one budget for every wait on the way out."""


def _on_about_to_quit() -> None:
    global _quit_by
    _quit_by = time.monotonic() + STOP_WAIT_S
    shutdown_all(until=_quit_by)


class Worker(QObject):
    """Runs calls that may block on a thread of its own, one at a time, and
    gives up on one that passes its deadline. The thread starts on the first
    call. ``clock`` times the deadlines (tests pass a ManualClock)."""

    gave_up = Signal(str)
    """A call (named by its ``what``) did not return in time; no more are taken."""

    def __init__(
        self, name: str, *, clock: Clock = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._clock = clock
        self._thread: _Thread | None = None
        self._cleanups: list[Callable[[], None]] = []
        self._pending = 0
        self._closed = False
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(CHECK_EVERY_MS)
        self._watchdog.timeout.connect(self.check)

    @property
    def given_up(self) -> bool:
        return self._thread is not None and self._thread.given_up

    @property
    def stuck(self) -> bool:
        """Given up and the call still has not returned."""
        return self._thread is not None and self._thread.stuck

    @property
    def accepting(self) -> bool:
        return not self._closed and not self.given_up

    def add_cleanup(self, cleanup: Callable[[], None]) -> None:
        """Run ``cleanup`` on the worker thread when it ends (if it ever runs)."""
        self._cleanups.append(cleanup)
        if self._thread is not None:
            self._thread.cleanups.append(cleanup)

    def submit(
        self,
        call: Callable[[], object],
        *,
        what: str,
        deadline_s: float,
        expires_s: float | None = None,
        done: Callable[[object], None] | None = None,
        dropped: Callable[[], None] | None = None,
    ) -> bool:
        """Queue ``call`` for the worker thread; False (and nothing queued) once
        the worker has given up or is closed."""
        if not self.accepting:
            return False
        thread = self._start()
        self._pending += 1
        thread.post(Job(call, what, self._clock(), deadline_s, expires_s, done, dropped))
        if not self._watchdog.isActive():
            self._watchdog.start()
        return True

    def _start(self) -> _Thread:
        if self._thread is None:
            thread = _Thread(self._name, self._clock)
            thread.cleanups.extend(self._cleanups)
            thread.runner.ran.connect(self._ran)
            thread.runner.skipped.connect(self._skipped)
            _hook_exit()
            _live.append(thread)
            thread.thread.start()
            self._thread = thread
        return self._thread

    @Slot(object, object)
    def _ran(self, job: Job, result: object) -> None:
        self._pending -= 1
        if job.done is not None and not self.given_up:
            job.done(result)

    @Slot(object)
    def _skipped(self, job: Job) -> None:
        self._pending -= 1
        log.info("%s: dropped, not started within %.1f s", job.what, job.expires_s or 0.0)
        if job.dropped is not None:
            job.dropped()

    def check(self) -> bool:
        """Give up if the call running now has passed its deadline; True once
        given up. Runs by itself while calls are outstanding."""
        thread = self._thread
        if thread is None or thread.given_up:
            self._watchdog.stop()
            return self.given_up
        busy = thread.runner.busy
        if busy is not None:
            job, began = busy
            if self._clock() - began > job.deadline_s:
                thread.give_up()
                self._watchdog.stop()
                log.warning(
                    "%s did not return within %.1f s: the %s thread is given up",
                    job.what,
                    job.deadline_s,
                    self._name,
                )
                self.gave_up.emit(job.what)
        elif self._pending <= 0:
            self._watchdog.stop()
        return thread.given_up

    def close(self, wait_s: float = STOP_WAIT_S) -> bool:
        """Stop taking calls and end the thread (running the cleanups there);
        True if it ended within ``wait_s``. A stuck thread is not waited for."""
        self._closed = True
        self._watchdog.stop()
        thread = self._thread
        if thread is None:
            return True
        thread.ask_to_stop()
        ended = thread.wait(wait_s)
        if ended and thread in _live:
            _live.remove(thread)
        return ended


def shutdown_all(wait_s: float = STOP_WAIT_S, *, until: float | None = None) -> bool:
    """End every worker thread that still answers, waiting at most ``wait_s``
    in all (or until the monotonic time ``until``); True if none is left
    running."""
    for thread in _live:
        thread.ask_to_stop()
    end = time.monotonic() + wait_s if until is None else until
    for thread in list(_live):
        if thread.wait(max(0.0, end - time.monotonic())):
            _live.remove(thread)
    return not _live


def exit_if_stuck(code: int) -> None:
    """After the event loop has ended: stop the worker threads, and if one of
    them never came back, end the process now with ``code``. Joining it would
    hang, and letting Python tear down would delete a running QThread (Qt
    aborts) or block in the stuck engine's destructor."""
    if shutdown_all(until=_quit_by):  # what is left of the budget aboutToQuit began
        return
    names = ", ".join(t.name for t in _live)
    log.warning("leaving without waiting for: %s", names)
    _leave(code)


def _leave(code: int) -> None:
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(code)


def _at_exit() -> None:
    """Last resort when the app did not call ``exit_if_stuck`` (a script, the
    test run): never let interpreter shutdown hang on, or abort over, a thread."""
    if not shutdown_all():
        print("backmassage: a worker thread never ended; leaving without it", file=sys.stderr)
        _leave(1)
