"""Session timing: where a routine stands at any moment of a monotonic clock.

The session never counts ticks. It records when it was started, paused and
resumed on the injected clock and derives everything else (phase, remaining
time, pressure) from the current reading, so a late or skipped tick cannot
make it drift, and a fake clock can drive a 30-minute session in microseconds.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from .pressure import PressureRamp
from .routine import Phase, Routine

Clock = Callable[[], float]
"""Returns seconds on a monotonic clock."""

EXTRA_TIME_S = 30.0


class State(Enum):
    READY = "ready"  # not started yet
    GET_READY = "get_ready"  # counting down before the first phase
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class Snapshot:
    """Everything the window shows, at one moment."""

    state: State
    phase_index: int
    phase: Phase
    next_phase: Phase | None
    phase_elapsed_s: float
    phase_duration_s: float
    phase_remaining_s: float
    session_elapsed_s: float
    session_total_s: float
    session_remaining_s: float
    get_ready_remaining_s: float
    pressure: float
    paused_in_get_ready: bool
    phase_count: int
    waiting: bool = False
    """Manual advance: the phase is over and a key starts the next."""

    @property
    def progress(self) -> float:
        """Share of the session done, 0–1."""
        if self.session_total_s <= 0:
            return 1.0
        return min(max(1.0 - self.session_remaining_s / self.session_total_s, 0.0), 1.0)

    @property
    def phase_fraction(self) -> float:
        if self.phase_duration_s <= 0:
            return 1.0
        return min(max(self.phase_elapsed_s / self.phase_duration_s, 0.0), 1.0)

    @property
    def counting_down(self) -> bool:
        """True while the get-ready countdown is showing (running or paused in it)."""
        return self.state is State.GET_READY or self.paused_in_get_ready

    @property
    def moving(self) -> bool:
        """Whether anything on screen changes with time right now."""
        return self.state in (State.GET_READY, State.RUNNING)

    def shown_key(self, step_s: float = 0.1) -> tuple[object, ...]:
        """Everything but the moving hands reads the same for two snapshots
        with equal keys, so the text, gauge and timeline need redrawing at
        most 1/step_s times a second. Times left are cut to ``step_s``,
        rounded up as the countdown rounds them, so the key changes on the
        very tick a shown second does; times done follow from them and the
        durations, which are in the key too."""

        def up(seconds: float) -> int:
            return math.ceil((seconds - 1e-6) / step_s)

        return (
            self.state,
            self.phase_index,
            self.phase,
            self.next_phase,
            self.phase_duration_s,
            self.session_total_s,
            self.paused_in_get_ready,
            self.phase_count,
            self.waiting,
            up(self.phase_remaining_s),
            up(self.session_remaining_s),
            up(self.get_ready_remaining_s),
        )


@dataclass(frozen=True)
class PhaseChanged:
    """Reported by ``Session.update`` when the session moves to another phase,
    or (``finished``) when the last phase ran out."""

    index: int
    automatic: bool
    finished: bool = False
    waiting: bool = False
    """Phase ``index`` ran out and the session waits for a key (manual advance)."""


class Session:
    """One run through a routine, driven by an injected monotonic clock."""

    def __init__(
        self, routine: Routine, clock: Clock, get_ready_s: float = 5.0, *, auto_advance: bool = True
    ) -> None:
        if not routine.phases:
            raise ValueError("a routine needs at least one phase")
        self._routine = routine
        self._clock = clock
        self._get_ready_s = max(0.0, get_ready_s)
        self.auto_advance = auto_advance
        """False: at a phase's end, hold there until ``start`` (any key)."""
        self._reset()

    # -- state ------------------------------------------------------------
    def _reset(self) -> None:
        self._state = State.READY
        self._extra_s = [0.0] * len(self._routine.phases)
        self._index = 0
        # Running time is banked while paused and added to the live stretch
        # while running; phase boundaries are positions on that running time.
        self._banked_s = 0.0
        self._run_started_at: float | None = None
        self._phase_started_s = self._get_ready_s  # phase 0 starts after get-ready
        self._paused_from: State | None = None
        self._waiting = False
        # Phase ends the clock passed, kept until update() hands them out, so
        # a command that reads the clock first never swallows one.
        self._pending: list[PhaseChanged] = []
        # What this run really did, for the history: running time spent in
        # each phase (banked whenever the pointer leaves a phase or restarts
        # it), and the furthest phase the pointer has been on.
        self._phase_run_s = [0.0] * len(self._routine.phases)
        self._furthest = 0

    @property
    def routine(self) -> Routine:
        return self._routine

    @property
    def state(self) -> State:
        return self._state

    @property
    def get_ready_s(self) -> float:
        return self._get_ready_s

    def phase_duration(self, index: int) -> float:
        return self._routine.phases[index].duration_s + self._extra_s[index]

    def _running_time(self, now: float) -> float:
        if self._run_started_at is None:
            return self._banked_s
        return self._banked_s + max(0.0, now - self._run_started_at)

    # -- commands ---------------------------------------------------------
    def start(self) -> None:
        """Begin (with the get-ready countdown), or resume when paused."""
        now = self._clock()
        if self._state is State.READY:
            self._state = State.GET_READY if self._get_ready_s > 0 else State.RUNNING
            self._run_started_at = now
        elif self._state is State.PAUSED and self._waiting:
            self._advance_after_wait(now)
        elif self._state is State.PAUSED:
            self._state = self._paused_from or State.RUNNING
            self._paused_from = None
            self._run_started_at = now
        self._settle(now)

    def pause(self, at: float | None = None) -> None:
        """Stop time. ``at`` pauses as of an earlier clock reading (used when
        the machine is found to have slept since then)."""
        if self._state not in (State.GET_READY, State.RUNNING):
            return
        now = self._clock() if at is None else at
        if self._run_started_at is not None:
            now = max(now, self._run_started_at)
        self._settle(now)
        if self._state is State.FINISHED:  # it ran out before the pause
            return
        self._banked_s = self._running_time(now)
        self._run_started_at = None
        self._paused_from = self._state
        self._state = State.PAUSED

    def toggle(self) -> None:
        if self._state in (State.GET_READY, State.RUNNING):
            self.pause()
        elif self._state is State.FINISHED:
            self.restart()
            self.start()
        else:
            self.start()

    def restart(self) -> None:
        """Back to the start of the routine, not yet counting."""
        self._reset()

    def next_phase(self) -> PhaseChanged | None:
        """Skip to the start of the next phase (or finish after the last)."""
        now = self._clock()
        self._settle(now)
        if self._state is State.READY:
            return None
        if self._waiting:
            self._advance_after_wait(now)
            return self._pending.pop()
        t = self._running_time(now)
        if self._in_get_ready(t):
            self._phase_started_s = t
            self._leave_get_ready()
            return PhaseChanged(self._index, automatic=False)
        if self._state is State.FINISHED:
            return None
        self._bank_phase(t)
        if self._index + 1 >= len(self._routine.phases):
            # The same end as running out: update() reports it, so whoever
            # shows aftercare and writes the history hears of both alike.
            self._finish(t)
            self._pending.append(PhaseChanged(self._index, automatic=False, finished=True))
            return None
        self._index += 1
        self._phase_started_s = t
        return PhaseChanged(self._index, automatic=False)

    def previous_phase(self) -> PhaseChanged | None:
        """Go back to the start of the previous phase (the first restarts)."""
        now = self._clock()
        self._settle(now)
        self._waiting = False
        if self._state is State.READY:
            return None
        t = self._running_time(now)
        if self._in_get_ready(t):
            return None
        if self._state is State.FINISHED:
            # Back from the end: the last phase again, paused until resumed.
            self._state = State.PAUSED
            self._paused_from = State.RUNNING
        else:
            self._bank_phase(t)
            self._index = max(0, self._index - 1)
        self._phase_started_s = t
        return PhaseChanged(self._index, automatic=False)

    def go_to_phase(self, index: int) -> PhaseChanged | None:
        """Jump to the start of phase ``index`` (from the timeline).

        Before the start it picks the phase the session will begin with;
        after the end it reopens that phase, paused.
        """
        if not 0 <= index < len(self._routine.phases):
            raise IndexError(f"no phase {index}")
        now = self._clock()
        self._settle(now)
        self._waiting = False
        if self._state is State.READY:
            self._index = index
            self._phase_started_s = self._get_ready_s
            return PhaseChanged(index, automatic=False)
        t = self._running_time(now)
        if self._in_get_ready(t):
            self._leave_get_ready()
        if self._state is State.FINISHED:
            self._state = State.PAUSED
            self._paused_from = State.RUNNING
        else:
            self._bank_phase(t)
        self._index = index
        self._phase_started_s = t
        return PhaseChanged(index, automatic=False)

    def retune(self, phases: Sequence[Phase]) -> None:
        """Swap in phases that differ only in what the hands do and how hard
        (a check-in answer such as "lighter"), keeping all timing as it is."""
        old = self._routine.phases
        if len(phases) != len(old) or any(
            a.duration_s != b.duration_s for a, b in zip(phases, old, strict=True)
        ):
            raise ValueError("retune keeps the number and length of phases")
        self._routine = replace(self._routine, phases=tuple(phases))

    def phase_run_times(self) -> tuple[float, ...]:
        """Running time spent in each phase so far (pauses and the get-ready
        countdown left out; a phase gone back to counts each visit)."""
        now = self._clock()
        self._settle(now)
        times = list(self._phase_run_s)
        if self._state not in (State.READY, State.FINISHED):
            times[self._index] += max(0.0, self._running_time(now) - self._phase_started_s)
        return tuple(times)

    def run_s(self) -> float:
        """The massage time this run has really had: what the history calls
        done, whatever position skips and jumps have reached."""
        return sum(self.phase_run_times())

    @property
    def furthest_phase(self) -> int:
        """The furthest phase this run has been on; those before it were
        passed, run or not."""
        return max(self._furthest, self._index)

    def add_time(self, seconds: float = EXTRA_TIME_S) -> None:
        """Lengthen the current phase (the get-ready countdown is not a phase)."""
        if self._state in (State.READY, State.FINISHED):
            return
        self._settle(self._clock())
        self._extra_s[self._index] += seconds

    def update(self) -> list[PhaseChanged]:
        """Advance past any phase ends the clock has reached; report them
        (with any passed while handling a command since the last update)."""
        self._settle(self._clock())
        events, self._pending = self._pending, []
        return events

    # -- reading ----------------------------------------------------------
    def snapshot(self) -> Snapshot:
        now = self._clock()
        self._settle(now)
        t = self._running_time(now)
        phases = self._routine.phases
        index = self._index
        phase = phases[index]
        duration = self.phase_duration(index)
        if self._state is State.FINISHED:
            elapsed = duration
        elif self._state is State.READY:
            elapsed = 0.0
        else:
            elapsed = min(max(0.0, t - self._phase_started_s), duration)
        get_ready_left = 0.0
        if self._state is not State.READY and self._in_get_ready(t):
            get_ready_left = self._phase_started_s - t
        elif self._state is State.READY:
            get_ready_left = self._get_ready_s
        later = sum(self.phase_duration(i) for i in range(index + 1, len(phases)))
        earlier = sum(self.phase_duration(i) for i in range(index))
        remaining = duration - elapsed
        total = earlier + duration + later
        session_remaining = 0.0 if self._state is State.FINISHED else remaining + later
        return Snapshot(
            state=self._state,
            phase_index=index,
            phase=phase,
            next_phase=phases[index + 1] if index + 1 < len(phases) else None,
            phase_elapsed_s=elapsed,
            phase_duration_s=duration,
            phase_remaining_s=remaining,
            session_elapsed_s=total - session_remaining,
            session_total_s=total,
            session_remaining_s=session_remaining,
            get_ready_remaining_s=get_ready_left,
            pressure=_pressure(phase.pressure, elapsed, duration),
            paused_in_get_ready=(
                self._state is State.PAUSED and self._paused_from is State.GET_READY
            ),
            phase_count=len(phases),
            waiting=self._waiting,
        )

    # -- internals --------------------------------------------------------
    def _in_get_ready(self, t: float) -> bool:
        return t < self._phase_started_s and (
            self._state is State.GET_READY
            or (self._state is State.PAUSED and self._paused_from is State.GET_READY)
        )

    def _leave_get_ready(self) -> None:
        if self._state is State.GET_READY:
            self._state = State.RUNNING
        elif self._state is State.PAUSED and self._paused_from is State.GET_READY:
            self._paused_from = State.RUNNING

    def _bank_phase(self, t: float) -> None:
        """Add the time run in the current phase up to running time ``t`` to its
        tally: called just before the pointer leaves the phase or restarts it.
        Inside the get-ready countdown ``t`` is before the phase, so nothing counts."""
        self._phase_run_s[self._index] += max(0.0, t - self._phase_started_s)
        self._furthest = max(self._furthest, self._index)

    def _finish(self, t: float) -> None:
        self._state = State.FINISHED
        self._paused_from = None
        self._banked_s = t
        self._run_started_at = None

    @property
    def waiting(self) -> bool:
        return self._waiting

    def _advance_after_wait(self, now: float) -> None:
        """The key after a held phase end: the next phase starts now."""
        self._waiting = False
        self._bank_phase(self._banked_s)
        self._index += 1
        self._phase_started_s = self._banked_s
        self._state = State.RUNNING
        self._paused_from = None
        self._run_started_at = now
        self._pending.append(PhaseChanged(self._index, automatic=False))

    def _settle(self, now: float) -> None:
        """Move the phase pointer to wherever running time ``now`` falls,
        queueing a PhaseChanged for each boundary passed."""
        if self._state is State.READY or self._state is State.FINISHED:
            return
        t = self._running_time(now)
        if self._state is State.GET_READY and t >= self._phase_started_s:
            self._state = State.RUNNING
            self._pending.append(PhaseChanged(self._index, automatic=True))
        if self._state is not State.RUNNING:
            return
        while t >= self._phase_started_s + self.phase_duration(self._index):
            end = self._phase_started_s + self.phase_duration(self._index)
            if self._index + 1 >= len(self._routine.phases):
                self._bank_phase(end)
                self._finish(end)
                self._pending.append(PhaseChanged(self._index, automatic=True, finished=True))
                break
            if not self.auto_advance:
                # Hold exactly at the phase end until a key says go on.
                self._banked_s = end
                self._run_started_at = None
                self._state = State.PAUSED
                self._paused_from = State.RUNNING
                self._waiting = True
                self._pending.append(PhaseChanged(self._index, automatic=True, waiting=True))
                break
            self._bank_phase(end)
            self._index += 1
            self._phase_started_s = end
            self._pending.append(PhaseChanged(self._index, automatic=True))


def _pressure(ramp: PressureRamp, elapsed: float, duration: float) -> float:
    return ramp.at(elapsed / duration if duration > 0 else 1.0)


def suspend_counting_clock() -> float:
    """A clock that keeps counting while the machine sleeps, for SleepWatch.

    Linux's CLOCK_BOOTTIME is the monotonic clock plus time suspended, so
    unlike the wall clock it never jumps for NTP or a time-zone change.
    Elsewhere the wall clock is the best there is.
    """
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.time()


class SleepWatch:
    """Notices that the machine slept between two ticks.

    On Linux the monotonic clock stops during suspend while a suspend-counting
    clock keeps going; elsewhere the monotonic clock may jump instead. Either
    way a gap between ticks far longer than the tick interval means the session
    was not being watched, so the caller pauses it as of the last tick.
    """

    def __init__(
        self, monotonic: Clock, wall: Clock = suspend_counting_clock, gap_s: float = 3.0
    ) -> None:
        self._monotonic = monotonic
        self._wall = wall
        self._gap_s = gap_s
        self._last_mono: float | None = None
        self._last_wall = 0.0

    def reset(self) -> None:
        self._last_mono = None

    def check(self) -> float | None:
        """Call on every tick; returns the monotonic time of the last tick
        before a sleep, or None when time ran normally."""
        mono, wall = self._monotonic(), self._wall()
        last_mono, last_wall = self._last_mono, self._last_wall
        self._last_mono, self._last_wall = mono, wall
        if last_mono is None:
            return None
        mono_step = mono - last_mono
        wall_step = wall - last_wall
        if wall_step - mono_step > self._gap_s or mono_step > self._gap_s:
            return last_mono
        return None
