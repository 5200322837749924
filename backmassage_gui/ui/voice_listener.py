"""The microphone and the recogniser, on a listening thread of their own.

Recognising speech takes real CPU time, and opening a microphone waits on the
audio server; neither may happen on the GUI thread, where the animation's
frames are drawn. ``VoiceListener`` starts an ``off_thread.Worker`` when
listening begins and ends it (the microphone closed on that thread) when
listening ends. Sound is captured, converted and fed to the recogniser there;
only what was heard, the input level and problems come back, by signal.

While the app sounds (``SelfMute``) sound is not fed at all, and the
recogniser forgets half-heard words before it is fed again. No sound is kept:
each chunk is fed and dropped, never written to disk or sent anywhere.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from ..voice.listening_rules import Ears, MicProblem, SelfMute
from ..voice.vocabulary import Heard, Recogniser
from .microphone import Capture
from .off_thread import Clock, Worker

log = logging.getLogger(__name__)

OPEN_DEADLINE_S = 15.0
"""Loading the recogniser's model and opening the device, from cold."""
FEED_DEADLINE_S = 5.0
STOP_WAIT_S = 1.0
"""How long turning listening off waits for the listening thread to end."""
LEVEL_EVERY_S = 0.1
"""The input level is reported at most this often (the meter's pace)."""
STUCK = "the audio system stopped answering"


class VoiceListener(QObject):
    """Listens while started; says what it heard on the GUI thread."""

    heard = Signal(object)  # Heard
    level = Signal(float)
    """How loud the input is, 0 to 1 (``voice.pcm.level``), muted or not."""
    started = Signal()
    """The microphone is open and listened to."""
    failed = Signal(object, str)  # MicProblem, detail
    """Listening could not start, or stopped by itself; it is off now."""
    holding = Signal(bool)
    """True once what it hears is let go because the app is sounding (a
    chime, a spoken cue, and a moment after); False when it listens again."""

    # From the listening thread; each carries the run it belongs to.
    _heard_there = Signal(int, object)
    _level_there = Signal(int, float)
    _failed_there = Signal(int, object, str)
    _holding_there = Signal(int, bool)

    def __init__(
        self,
        recogniser: Callable[[], Recogniser],
        capture: Callable[[], Capture],
        mute: SelfMute,
        *,
        clock: Clock = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_recogniser = recogniser
        self._make_capture = capture
        self._mute = mute
        self._clock = clock
        self._worker: Worker | None = None
        self._run = 0
        self._listening = False
        self._checkin = False
        # Used on the listening thread only (one run at a time).
        self._recogniser: Recogniser | None = None
        self._capture: Capture | None = None
        self._thread_id: int | None = None
        self._level_at = float("-inf")
        self._holding = False
        queued = Qt.ConnectionType.QueuedConnection
        self._heard_there.connect(self._on_heard, queued)
        self._level_there.connect(self._on_level, queued)
        self._failed_there.connect(self._on_failed, queued)
        self._holding_there.connect(self._on_holding, queued)

    @property
    def active(self) -> bool:
        """Started (the microphone opening, or open)."""
        return self._worker is not None

    @property
    def listening(self) -> bool:
        """The microphone is open and its sound fed to the recogniser."""
        return self._listening

    # -- on the GUI thread ---------------------------------------------------
    def start(self) -> None:
        if self._worker is not None:
            return
        self._run += 1
        worker = Worker("listening", clock=self._clock, parent=self)
        worker.gave_up.connect(self._on_gave_up)
        worker.add_cleanup(self._close_there)
        self._worker = worker
        run = self._run
        worker.submit(
            functools.partial(self._open_there, run),
            what="opening the microphone",
            deadline_s=OPEN_DEADLINE_S,
            done=functools.partial(self._on_opened, run),
        )

    def stop(self) -> None:
        """Close the microphone and end the listening thread."""
        worker, self._worker = self._worker, None
        self._listening = False
        self._run += 1  # whatever the old run still sends is dropped
        if worker is not None and not worker.close(STOP_WAIT_S):
            log.warning("the listening thread did not end; its recogniser is not used again")
            recogniser, self._recogniser = self._recogniser, None
            _close(recogniser)  # a child process is ended; the thread's wait then ends too

    def close(self) -> None:
        """The window is closing: stop listening and let the recogniser go (its
        process ends). Listening may start again, with a new recogniser."""
        self.stop()
        recogniser, self._recogniser = self._recogniser, None
        _close(recogniser)  # the listening thread has ended, or dropped it

    def set_checkin(self, answers_wanted: bool) -> None:
        """Let the recogniser take check-in answers (while the prompt shows)."""
        self._checkin = answers_wanted
        if self._worker is not None:
            self._worker.submit(
                lambda: self._apply_checkin(answers_wanted),
                what="telling the recogniser about the check-in",
                deadline_s=FEED_DEADLINE_S,
            )

    def _on_opened(self, run: int, result: object) -> None:
        if run != self._run:
            return
        if result is None:
            self._listening = True
            self.started.emit()
            return
        if isinstance(result, tuple):
            problem, detail = result
        else:  # the capture raised: a broken audio stack never stops a session
            problem, detail = MicProblem.UNUSABLE, str(result)
        self.stop()
        self.failed.emit(problem, str(detail))

    def _on_heard(self, run: int, heard: Heard) -> None:
        if run == self._run and self._listening:
            self.heard.emit(heard)

    def _on_level(self, run: int, value: float) -> None:
        if run == self._run:
            self.level.emit(value)

    def _on_failed(self, run: int, problem: MicProblem, detail: str) -> None:
        if run == self._run:
            self.stop()
            self.failed.emit(problem, detail)

    def _on_holding(self, run: int, on: bool) -> None:
        if run == self._run:
            self.holding.emit(on)

    def _on_gave_up(self, _what: str) -> None:
        self._on_failed(self._run, MicProblem.UNUSABLE, STUCK)

    # -- on the listening thread ---------------------------------------------
    def _open_there(self, run: int) -> tuple[MicProblem, str] | None:
        self._thread_id = threading.get_ident()
        self._holding = False  # a new run starts out listening
        try:
            if self._recogniser is None:
                self._recogniser = self._make_recogniser()
            recogniser = self._recogniser
            recogniser.reset()
            recogniser.set_checkin(self._checkin)
        except Exception as exc:  # no model, a broken install: no voice, the rest goes on
            log.warning("no speech recognition: %s", exc)
            return MicProblem.NO_RECOGNISER, str(exc) or type(exc).__name__
        capture = self._make_capture()
        self._capture = capture
        return capture.open(
            recogniser.sample_rate,
            functools.partial(self._deliver, run),
            functools.partial(self._failed_there.emit, run),
        )

    def _deliver(self, run: int, pcm: bytes) -> None:
        """Take a chunk of 16-bit mono sound from the capture. A capture that
        delivers from another thread (a test's fake) is moved onto this one."""
        if threading.get_ident() == self._thread_id:
            self._hear(run, pcm)
        elif self._worker is not None:
            self._worker.submit(
                lambda: self._hear(run, pcm), what="hearing sound", deadline_s=FEED_DEADLINE_S
            )

    def _hear(self, run: int, pcm: bytes) -> None:
        recogniser = self._recogniser
        if recogniser is None or run != self._run:
            return
        now = self._clock()
        if now - self._level_at >= LEVEL_EVERY_S:
            from ..voice.pcm import level  # numpy: loaded once listening, not at start-up

            self._level_at = now
            self._level_there.emit(run, level(pcm))
        ears = self._mute.admit()
        if ears is Ears.DROP:
            if not self._holding:
                self._holding = True
                log.info("not listening while the app sounds")
                self._holding_there.emit(run, True)
            return
        if self._holding:
            self._holding = False
            log.info("listening again")
            self._holding_there.emit(run, False)
        try:
            if ears is Ears.RESET_THEN_FEED:
                recogniser.reset()
            heard = recogniser.feed(pcm)
        except Exception:  # a broken recogniser ends listening, never the session
            log.exception("the recogniser failed")
            if self._recogniser is recogniser:
                self._recogniser = None  # made afresh next time
            _close(recogniser)
            self._failed_there.emit(run, MicProblem.NO_RECOGNISER, "it failed while listening")
            return
        for each in heard:
            self._heard_there.emit(run, each)

    def _apply_checkin(self, answers_wanted: bool) -> None:
        if self._recogniser is not None:
            self._recogniser.set_checkin(answers_wanted)

    def _close_there(self) -> None:
        capture, self._capture = self._capture, None
        if capture is not None:
            capture.close()


def _close(recogniser: Recogniser | None) -> None:
    """Let a recogniser go: one in a process of its own
    (``voice.out_of_process``) has a ``close`` that ends the process."""
    close = getattr(recogniser, "close", None)
    if close is None:
        return
    try:
        close()
    except Exception:  # the process is gone either way; never the session
        log.exception("closing the recogniser failed")
