"""Drives a domain ``Session`` from Qt: ticks while something moves, and
tells the widgets what changed."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..domain.routine import Phase, Routine
from ..domain.run_record import summarize
from ..domain.session import Clock, Session, SleepWatch, Snapshot, State, suspend_counting_clock

log = logging.getLogger(__name__)

FRAME_MS = 16  # ~60 Hz while the stroke animation is on screen
BACKGROUND_MS = 250  # hidden or minimised: keep time, draw nothing
ERROR_LOG_EVERY_S = 30.0


class SessionController(QObject):
    """Owns the session and the one timer that drives the window.

    The timer runs only while time moves (get-ready or running); paused,
    ready and finished sessions cost no CPU.
    """

    ticked = Signal(object)  # Snapshot, whenever it differs from the last one
    phase_changed = Signal(int, bool)
    """index, automatic. Automatic: phase ``index`` began as its time came
    (the first phase too, when the get-ready countdown ends). Manual: a
    command moved the session to another phase index; one that leaves the
    index where it was (restarting the phase it is on) tells nothing."""
    finished = Signal()  # the end was reached (ran out, or Right on the last)
    run_started = Signal()  # a run left the ready state
    run_ended = Signal(object)  # RunSummary: once per started run, however it ends
    waiting = Signal(int)  # manual advance: phase ran out, a key goes on
    slept = Signal()  # the machine slept; the session was paused

    def __init__(
        self,
        routine: Routine,
        *,
        get_ready_s: float,
        clock: Clock = time.monotonic,
        wall: Clock = suspend_counting_clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._get_ready_s = get_ready_s
        self._auto_advance = True
        self._session = Session(routine, clock, get_ready_s)
        self._sleep = SleepWatch(clock, wall)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self._snapshot = self._session.snapshot()
        self._told_index = self._snapshot.phase_index
        self._last_error_log = -ERROR_LOG_EVERY_S
        # Whether the current run has started, and whether it has been ended.
        self._run_open = False
        self._run_ended = False

    # -- reading ----------------------------------------------------------
    @property
    def session(self) -> Session:
        return self._session

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    @property
    def clock(self) -> Clock:
        """The monotonic clock the session runs on (a manual one in tests)."""
        return self._clock

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    @property
    def tick_interval_ms(self) -> int:
        return self._timer.interval()

    def set_foreground(self, visible: bool) -> None:
        """Tick fast only when someone can see the animation."""
        self._timer.setInterval(FRAME_MS if visible else BACKGROUND_MS)

    # -- commands ---------------------------------------------------------
    def set_routine(self, routine: Routine) -> None:
        """Start over with ``routine``: a run in progress ends here."""
        self.end_run()
        self._session = Session(
            routine, self._clock, self._get_ready_s, auto_advance=self._auto_advance
        )
        self._new_run()
        self._publish()

    def end_run(self) -> None:
        """The run in progress (if it started and has not ended) ends here,
        unfinished: restart, another routine, or the app closing."""
        if self._run_open and not self._run_ended:
            self._run_ended = True
            self.run_ended.emit(summarize(self._session))

    def _new_run(self) -> None:
        self._run_open = self._run_ended = False

    def set_auto_advance(self, on: bool) -> None:
        self._auto_advance = on
        self._session.auto_advance = on

    def refresh(self) -> None:
        """Read the clock now and tell the widgets (for a manually moved clock)."""
        self._command(lambda: None)

    def toggle(self) -> None:
        if self._session.state is State.FINISHED:
            self.restart()  # a new run, so it is told as one
            self.start()
        else:
            self._command(self._session.toggle)

    def start(self) -> None:
        self._command(self._session.start)

    def pause(self) -> None:
        self._command(self._session.pause)

    def next_phase(self) -> None:
        self._command(self._session.next_phase)

    def previous_phase(self) -> None:
        self._command(self._session.previous_phase)

    def go_to_phase(self, index: int) -> None:
        self._command(lambda: self._session.go_to_phase(index))

    def phase_durations(self) -> tuple[float, ...]:
        """The session's plan: each phase's length including added time."""
        return tuple(
            self._session.phase_duration(i) for i in range(len(self._session.routine.phases))
        )

    def retune(self, phases: Sequence[Phase]) -> None:
        self._command(lambda: self._session.retune(phases))

    def add_time(self) -> None:
        self._command(self._session.add_time)

    def restart(self) -> None:
        """The same plan again from its start (``set_routine`` for a new plan)."""
        self.end_run()
        self._new_run()
        self._command(self._session.restart)

    # -- internals --------------------------------------------------------
    def _command(self, action: Callable[[], object]) -> None:
        # A sleep since the last tick must pause the session before the key
        # acts, or the time asleep would count as massage time.
        self._check_sleep()
        action()
        self._publish()

    def _check_sleep(self) -> None:
        if not self._timer.isActive():
            return
        slept_at = self._sleep.check()
        if slept_at is not None and self._session.state in (State.RUNNING, State.GET_READY):
            log.info("the machine slept; pausing the session where it stopped")
            self._session.pause(at=slept_at)
            self.slept.emit()

    def _tick(self) -> None:
        try:
            self._check_sleep()
            self._publish()
        except Exception:
            # A failing tick must not end a session: keep time, log now and then.
            now = self._clock()
            if now - self._last_error_log >= ERROR_LOG_EVERY_S:
                self._last_error_log = now
                log.exception("session tick failed; carrying on")

    def _publish(self) -> None:
        """Tell what changed since the last time: the phase events the
        session reports, a phase index a command moved, and the snapshot if
        it differs (a paused session or an unmoved clock tells nothing)."""
        events = self._session.update()
        previous, self._snapshot = self._snapshot, self._session.snapshot()
        if not self._run_open and self._snapshot.state is not State.READY:
            self._run_open = True
            self.run_started.emit()
        for event in events:
            if event.finished:
                if self._run_open and not self._run_ended:
                    self._run_ended = True
                    self.run_ended.emit(summarize(self._session))
                self.finished.emit()
            elif event.waiting:
                self.waiting.emit(event.index)
            else:
                self._told_index = event.index
                self.phase_changed.emit(event.index, event.automatic)
        if self._snapshot.phase_index != self._told_index:
            self._told_index = self._snapshot.phase_index
            self.phase_changed.emit(self._told_index, False)
        self._sync_timer()
        if self._snapshot != previous:
            self.ticked.emit(self._snapshot)

    def _sync_timer(self) -> None:
        if self._snapshot.moving:
            if not self._timer.isActive():
                self._sleep.reset()
                self._timer.start()
        elif self._timer.isActive():
            self._timer.stop()
