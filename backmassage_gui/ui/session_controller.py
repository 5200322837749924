"""Drives a domain ``Session`` from Qt: ticks while something moves, and
tells the widgets what changed."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..domain.routine import Routine
from ..domain.session import Clock, Session, SleepWatch, Snapshot, State

log = logging.getLogger(__name__)

FRAME_MS = 16       # ~60 Hz while the stroke animation is on screen
BACKGROUND_MS = 250  # hidden or minimised: keep time, draw nothing


class SessionController(QObject):
    """Owns the session and the one timer that drives the window.

    The timer runs only while time moves (get-ready or running); paused,
    ready and finished sessions cost no CPU.
    """

    ticked = Signal(object)          # Snapshot, every tick and after every command
    phase_changed = Signal(int, bool)  # index, automatic
    state_changed = Signal(object)   # State
    slept = Signal()                 # the machine slept; the session was paused

    def __init__(self, routine: Routine, clock: Clock = time.monotonic,
                 wall: Clock = time.time, get_ready_s: float = 5.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._get_ready_s = get_ready_s
        self._session = Session(routine, clock, get_ready_s)
        self._sleep = SleepWatch(clock, wall)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self._last_state = self._session.state
        self._snapshot = self._session.snapshot()

    # -- reading ----------------------------------------------------------
    @property
    def session(self) -> Session:
        return self._session

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    def set_foreground(self, visible: bool) -> None:
        """Tick fast only when someone can see the animation."""
        self._timer.setInterval(FRAME_MS if visible else BACKGROUND_MS)

    # -- commands ---------------------------------------------------------
    def set_routine(self, routine: Routine) -> None:
        self._session = Session(routine, self._clock, self._get_ready_s)
        self._after_command(phase_moved=True)

    def refresh(self) -> None:
        """Read the clock now and tell the widgets (for a manually moved clock)."""
        self._after_command()

    def set_get_ready(self, seconds: float) -> None:
        self._get_ready_s = seconds

    def toggle(self) -> None:
        self._session.toggle()
        self._after_command()

    def start(self) -> None:
        self._session.start()
        self._after_command()

    def pause(self) -> None:
        self._session.pause()
        self._after_command()

    def next_phase(self) -> None:
        event = self._session.next_phase()
        self._after_command(phase_moved=event is not None)

    def previous_phase(self) -> None:
        event = self._session.previous_phase()
        self._after_command(phase_moved=event is not None)

    def add_time(self) -> None:
        self._session.add_time()
        self._after_command()

    def restart(self) -> None:
        self._session.restart()
        self._after_command(phase_moved=True)

    # -- internals --------------------------------------------------------
    def _after_command(self, phase_moved: bool = False) -> None:
        events = self._session.update()
        self._publish(automatic_changes=[e.index for e in events if e.automatic],
                      manual_change=phase_moved)

    def _tick(self) -> None:
        try:
            slept_at = self._sleep.check()
            if slept_at is not None and self._session.state in (State.RUNNING,
                                                                 State.GET_READY):
                log.info("the machine slept; pausing the session where it stopped")
                self._session.pause(at=slept_at)
                self.slept.emit()
            events = self._session.update()
            self._publish(automatic_changes=[e.index for e in events if e.automatic])
        except Exception:
            # A failing tick must not end a session: log it and keep time.
            log.exception("session tick failed")

    def _publish(self, automatic_changes: list[int], manual_change: bool = False) -> None:
        self._snapshot = self._session.snapshot()
        state = self._snapshot.state
        for index in automatic_changes:
            self.phase_changed.emit(index, True)
        if manual_change:
            self.phase_changed.emit(self._snapshot.phase_index, False)
        if state is not self._last_state:
            self._last_state = state
            self.state_changed.emit(state)
        self._sync_timer()
        self.ticked.emit(self._snapshot)

    def _sync_timer(self) -> None:
        if self._snapshot.moving:
            if not self._timer.isActive():
                self._sleep.reset()
                self._timer.start()
        elif self._timer.isActive():
            self._timer.stop()
