"""The recogniser in a process of its own, so that decoding never stops the window.

pocketsphinx decodes each utterance whole (its sound is normalised over the
whole utterance, so it cannot be decoded in slices) and holds Python's global
lock while it does: 60-150 ms per utterance. On a thread of the app's own
process that stopped the GUI thread as long, and the session's animation
stalled once per utterance heard. :class:`OutOfProcessRecogniser` runs the
recogniser in a child process instead; the listening thread hands it each
chunk over a pipe and waits for the answer in ``recv``, which lets go of the
lock, so the GUI thread paints on while the child decodes.

The child is started with ``spawn``, never ``fork``: the app is a threaded Qt
program, and a forked copy of it could inherit a lock some other thread held
at that moment. It imports only this module, the recogniser and what they
need (no Qt). It never outlives the app: it ends when told to
(:meth:`~OutOfProcessRecogniser.close`), when the app's end of the pipe closes
(the app quit, crashed or was killed: the pipe is then at its end), and, as a
daemon process, when the app's interpreter exits. Like the recogniser itself
it keeps no sound beyond the utterance being decoded and writes nothing.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from .vocabulary import Heard, Recogniser

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

log = logging.getLogger(__name__)

READY_WITHIN_S = 10.0
"""Starting Python and loading the model, from a cold disk (about 0.5 s warm).
Under the listening thread's 15 s for opening the recogniser and the microphone."""
ANSWER_WITHIN_S = 3.0
"""A chunk is answered in a few milliseconds, one that ends an utterance in
60-150 ms. Under the listening thread's 5 s per chunk, so that a child that
stopped answering is said as the recogniser failing, not as the audio system."""
CLOSE_WAIT_S = 0.3
"""How long closing waits for the child to end by itself before killing it;
it holds nothing worth waiting for (quitting has 2 s for everything)."""

# What goes down the pipe: (kind, value). Only FEED is answered.
FEED = "feed"
CHECKIN = "checkin"
RESET = "reset"
CLOSE = "close"
# What comes back.
READY = "ready"
"""The recogniser is made; the value is its sample rate."""
HEARD = "heard"
"""The answer to a chunk: what was heard in it (a list of Heard)."""
FAILED = "failed"
"""It could not be made, or it raised: the value says why."""


class RecogniserUnavailable(RuntimeError):
    """The child could not start its recogniser, died, or stopped answering."""


def sphinx_recogniser() -> Recogniser:
    """The app's recogniser (pocketsphinx), made in the child."""
    from .sphinx import SphinxRecogniser

    return SphinxRecogniser()


class OutOfProcessRecogniser:
    """A :class:`~.vocabulary.Recogniser` whose work is done in a child process.

    ``make`` builds the recogniser there: a function the child can import by
    name (pickled by reference). Making one starts the child and waits for its
    recogniser (about 0.5 s), on the thread that will feed it; a recogniser
    that cannot be made raises :class:`RecogniserUnavailable` with the child's
    reason. ``feed`` sends a chunk and waits for what was heard in it;
    ``set_checkin`` and ``reset`` are sent, in order with the chunks, and not
    answered. A child that dies or stops answering makes ``feed`` raise.
    Calls are serialised by a lock, but should come from one thread (the
    listening thread); :meth:`close` may come from any.
    """

    def __init__(
        self,
        make: Callable[[], Recogniser] = sphinx_recogniser,
        *,
        ready_within_s: float = READY_WITHIN_S,
        answer_within_s: float = ANSWER_WITHIN_S,
    ) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        here, there = context.Pipe()
        self._conn: Connection = here
        self._answer_within_s = answer_within_s
        self._lock = threading.Lock()
        self._broken = ""
        """Why the child is no use any more ("" while it is)."""
        self._closed = False
        self.process: BaseProcess = context.Process(
            target=serve, args=(there, make), name="recogniser", daemon=True
        )
        self.process.start()
        there.close()  # the child has its own copy: its end now closes with it
        try:
            kind, value = self._answer(ready_within_s, "starting")
        except RecogniserUnavailable:
            self.close()
            raise
        if kind != READY:
            self.close()
            raise RecogniserUnavailable(str(value))
        assert isinstance(value, int)
        self.sample_rate = value
        log.info("recogniser ready in process %s", self.process.pid)

    # -- the Recogniser protocol --------------------------------------------

    def feed(self, pcm: bytes) -> list[Heard]:
        with self._lock:
            self._send(FEED, pcm)
            kind, value = self._answer(self._answer_within_s, "hearing")
        if kind != HEARD:
            self._broken = f"the recogniser failed: {value}"
            raise RecogniserUnavailable(self._broken)
        assert isinstance(value, list)
        return value

    def set_checkin(self, answers_wanted: bool) -> None:
        with self._lock:
            self._send(CHECKIN, bool(answers_wanted))

    def reset(self) -> None:
        with self._lock:
            self._send(RESET, None)

    # -- beyond the protocol -------------------------------------------------

    def close(self) -> None:
        """End the child: told to, or killed if it does not end at once (or if
        another thread is waiting on it). Safe to call again, from any thread."""
        if self._closed:
            return
        self._closed = True
        if self._lock.acquire(blocking=False):
            try:
                if not self._broken:
                    with contextlib.suppress(OSError, ValueError):  # it has gone already
                        self._conn.send((CLOSE, None))
                self._conn.close()
            finally:
                self._lock.release()
            self.process.join(CLOSE_WAIT_S)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(CLOSE_WAIT_S)
        log.info(
            "recogniser process %s closed (exit code %s)", self.process.pid, self.process.exitcode
        )

    # -- inside --------------------------------------------------------------

    def _send(self, kind: str, value: object) -> None:
        if self._closed:
            raise RecogniserUnavailable("the recogniser was closed")
        if self._broken:
            raise RecogniserUnavailable(self._broken)
        try:
            self._conn.send((kind, value))
        except (OSError, ValueError) as exc:
            raise self._gone(f"its process cannot be reached ({exc})") from exc

    def _answer(self, within_s: float, doing: str) -> tuple[str, object]:
        """The child's next message, waited for (without Python's lock) at most
        ``within_s``."""
        try:
            if not self._conn.poll(within_s):
                self.process.kill()  # never to answer late, out of turn
                raise self._gone(f"it did not answer within {within_s:g} s while {doing}")
            kind, value = self._conn.recv()
        except (EOFError, OSError) as exc:
            raise self._gone(f"its process ended{self._exit_code()}") from exc
        return str(kind), value

    def _gone(self, why: str) -> RecogniserUnavailable:
        self._broken = f"the recogniser stopped: {why}"
        log.warning("%s", self._broken)
        return RecogniserUnavailable(self._broken)

    def _exit_code(self) -> str:
        self.process.join(CLOSE_WAIT_S)  # it is ending: the pipe was its last hold
        code = self.process.exitcode
        return "" if code is None else f" (exit code {code})"


# -- in the child ------------------------------------------------------------


def serve(conn: Connection, make: Callable[[], Recogniser]) -> None:
    """The child's whole life: make the recogniser, say so, then do what comes
    down the pipe, in order, until told to close or the pipe ends."""
    import os
    import signal

    # Ctrl+C in a terminal goes to the whole process group: it is the app's to
    # handle; this process ends when the app's end of the pipe closes.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        recogniser = make()
    except Exception as exc:  # no pocketsphinx, no model: the app says so
        conn.send((FAILED, str(exc) or type(exc).__name__))
        return
    conn.send((READY, recogniser.sample_rate))
    _serve(conn, recogniser)
    # Nothing here is kept or written anywhere, so nothing needs tearing down:
    # ending at once spares the app's close the 45 ms Python takes to free the
    # model and numpy at exit.
    os._exit(0)


def _serve(conn: Connection, recogniser: Recogniser) -> None:
    failure = ""
    """Why the recogniser is no use any more: every chunk after is answered so."""
    try:
        while True:
            kind, value = conn.recv()
            if kind == CLOSE:
                return
            heard: list[Heard] = []
            if not failure:
                try:
                    heard = _do(recogniser, kind, value)
                except Exception as exc:
                    failure = f"{type(exc).__name__}: {exc}"
            if kind == FEED:
                conn.send((FAILED, failure) if failure else (HEARD, heard))
    except (EOFError, OSError):
        return  # the app has gone


def _do(recogniser: Recogniser, kind: str, value: object) -> list[Heard]:
    if kind == FEED:
        assert isinstance(value, bytes)
        return recogniser.feed(value)
    if kind == CHECKIN:
        recogniser.set_checkin(bool(value))
    elif kind == RESET:
        recogniser.reset()
    return []
