"""SessionController: ticks only while time moves, and each signal means a change.

A three-phase routine of 10 s phases on manual clocks; time passes in steps
of a second, each read as the controller's timer would (a longer gap between
two reads counts as the machine having slept).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import SignalInstance
from pytestqt.qtbot import QtBot

from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.routine import Routine
from backmassage_gui.domain.run_record import RunSummary
from backmassage_gui.domain.session import Snapshot, State
from backmassage_gui.ui.session_controller import BACKGROUND_MS, FRAME_MS, SessionController

GET_READY_S = 3
PHASE_S = 10


def _routine(name: str = "Three tens", pressure_end: float = 2) -> Routine:
    phase = {
        "zone": "full_back",
        "stroke": "gliding",
        "duration_s": PHASE_S,
        "pressure": {"start": 1, "end": pressure_end},
    }
    return Routine.from_dict(
        {
            "format": "backmassage-routine",
            "version": 1,
            "name": name,
            "phases": [dict(phase, name=f"Phase {i + 1}") for i in range(3)],
        },
        key="three",
    )


class Clocks:
    """The monotonic clock and the suspend-counting one, moving together."""

    def __init__(self) -> None:
        self.mono = ManualClock(100.0)
        self.wall = ManualClock(5000.0)

    def advance(self, seconds: float) -> None:
        self.mono.advance(seconds)
        self.wall.advance(seconds)


class Heard:
    """Every emission of every signal of one controller, in order."""

    NAMES = ("ticked", "phase_changed", "finished", "run_started", "run_ended", "waiting", "slept")

    def __init__(self, controller: SessionController) -> None:
        self.log: list[tuple[str, tuple[Any, ...]]] = []
        for name in self.NAMES:
            signal: SignalInstance = getattr(controller, name)
            signal.connect(lambda *args, name=name: self.log.append((name, args)))

    def of(self, name: str) -> list[tuple[Any, ...]]:
        return [args for heard, args in self.log if heard == name]

    def clear(self) -> None:
        self.log.clear()


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


@pytest.fixture
def controller(qtbot: QtBot, clocks: Clocks) -> Iterator[SessionController]:
    made = SessionController(
        _routine(), get_ready_s=GET_READY_S, clock=clocks.mono, wall=clocks.wall
    )
    yield made
    made.pause()  # the timer stops with the test


@pytest.fixture
def heard(controller: SessionController) -> Heard:
    return Heard(controller)


def run(controller: SessionController, clocks: Clocks, seconds: int) -> None:
    """Let whole seconds pass, read after each as a tick would."""
    for _ in range(seconds):
        clocks.advance(1)
        controller.refresh()


def into_phase(controller: SessionController, clocks: Clocks, index: int, heard: Heard) -> None:
    """Started, past the get-ready countdown, 2 s into phase ``index``; nothing heard yet."""
    controller.start()
    run(controller, clocks, GET_READY_S + PHASE_S * index + 2)
    assert controller.snapshot.phase_index == index
    assert controller.snapshot.state is State.RUNNING
    heard.clear()


# -- the timer ----------------------------------------------------------------


def test_ticks_only_while_time_moves(controller: SessionController, clocks: Clocks) -> None:
    assert not controller.timer_active  # ready: nothing moves
    controller.start()
    assert controller.snapshot.state is State.GET_READY and controller.timer_active
    run(controller, clocks, GET_READY_S + 1)
    assert controller.snapshot.state is State.RUNNING and controller.timer_active
    controller.pause()
    assert not controller.timer_active
    controller.start()
    assert controller.timer_active
    run(controller, clocks, 3 * PHASE_S)
    assert controller.snapshot.state is State.FINISHED
    assert not controller.timer_active


def test_a_phase_end_held_for_a_key_stops_the_timer(
    controller: SessionController, clocks: Clocks
) -> None:
    controller.set_auto_advance(False)
    controller.start()
    run(controller, clocks, GET_READY_S + PHASE_S)
    assert controller.snapshot.waiting
    assert not controller.timer_active
    controller.start()  # any key: the next phase
    assert controller.snapshot.phase_index == 1 and controller.timer_active


def test_the_timer_slows_down_where_nobody_looks(controller: SessionController) -> None:
    controller.start()
    assert controller.tick_interval_ms == FRAME_MS
    controller.set_foreground(False)
    assert controller.tick_interval_ms == BACKGROUND_MS
    assert controller.timer_active  # time is still kept
    controller.set_foreground(True)
    assert controller.tick_interval_ms == FRAME_MS


def test_the_real_timer_drives_the_session(
    qtbot: QtBot, controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    """Between commands only the timer reads the clock: moved by hand, the
    new time reaches the widgets on the timer's next tick."""
    controller.start()
    heard.clear()
    clocks.advance(1)
    qtbot.wait_until(lambda: bool(heard.of("ticked")))
    assert heard.of("ticked")[-1][0].get_ready_remaining_s == GET_READY_S - 1


# -- ticked ---------------------------------------------------------------------


def test_ticked_carries_each_new_snapshot(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    controller.start()
    run(controller, clocks, 2)
    snapshots: list[Snapshot] = [args[0] for args in heard.of("ticked")]
    assert [s.get_ready_remaining_s for s in snapshots] == [3, 2, 1]
    assert snapshots[-1] == controller.snapshot


def test_ticked_only_when_the_snapshot_changed(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    controller.refresh()  # ready, and the clock has not moved
    controller.pause()  # nothing to pause
    controller.add_time()  # no phase to lengthen yet
    controller.previous_phase()
    assert heard.of("ticked") == []
    controller.start()
    assert len(heard.of("ticked")) == 1
    controller.refresh()  # the clock has not moved
    assert len(heard.of("ticked")) == 1
    clocks.advance(0.5)
    controller.refresh()
    assert len(heard.of("ticked")) == 2
    controller.pause()
    run(controller, clocks, 3)  # paused: the snapshot stays as it is
    assert len(heard.of("ticked")) == 3


# -- phase_changed --------------------------------------------------------------


def test_the_first_phase_begins_when_the_countdown_ends(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    controller.start()
    run(controller, clocks, GET_READY_S - 1)
    assert heard.of("phase_changed") == []
    run(controller, clocks, 1)
    assert heard.of("phase_changed") == [(0, True)]


def test_phase_changed_at_each_phase_end(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    into_phase(controller, clocks, 0, heard)
    run(controller, clocks, PHASE_S)
    assert heard.of("phase_changed") == [(1, True)]
    run(controller, clocks, PHASE_S)
    assert heard.of("phase_changed") == [(1, True), (2, True)]


def test_manual_moves_tell_the_phase_they_reach(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    into_phase(controller, clocks, 0, heard)
    controller.next_phase()
    controller.go_to_phase(2)
    controller.previous_phase()
    assert heard.of("phase_changed") == [(1, False), (2, False), (1, False)]


def test_commands_that_leave_the_phase_where_it_is_tell_no_change(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    into_phase(controller, clocks, 0, heard)
    controller.previous_phase()  # the first phase from its start again
    controller.go_to_phase(0)  # the phase already on
    controller.add_time()
    controller.pause()
    controller.start()
    controller.restart()  # back to the start of the first phase
    assert heard.of("phase_changed") == []


def test_restart_from_a_later_phase_tells_the_move_once(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    into_phase(controller, clocks, 2, heard)
    controller.restart()
    assert heard.of("phase_changed") == [(0, False)]
    controller.restart()  # already there
    assert heard.of("phase_changed") == [(0, False)]


def test_back_from_the_end_reopens_the_last_phase_without_a_change(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    into_phase(controller, clocks, 2, heard)
    controller.next_phase()  # the end
    assert controller.snapshot.state is State.FINISHED
    controller.previous_phase()
    assert controller.snapshot.state is State.PAUSED
    assert controller.snapshot.phase_index == 2
    assert heard.of("phase_changed") == []


def test_another_routine_tells_a_move_only_if_the_index_moved(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    controller.set_routine(_routine("Other", pressure_end=3))  # at phase 0 already
    assert heard.of("phase_changed") == []
    assert len(heard.of("ticked")) == 1  # but the phase shown is another one
    into_phase(controller, clocks, 1, heard)
    controller.set_routine(_routine())
    assert heard.of("phase_changed") == [(0, False)]


# -- finished, waiting, slept ---------------------------------------------------


def test_finished_once_when_the_last_phase_runs_out(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    into_phase(controller, clocks, 2, heard)
    run(controller, clocks, PHASE_S + 5)
    assert heard.of("finished") == [()]
    controller.next_phase()  # nothing after the end
    controller.pause()
    assert heard.of("finished") == [()]


def test_finished_once_when_skipped_past_the_last_phase(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    into_phase(controller, clocks, 2, heard)
    controller.next_phase()
    controller.refresh()
    assert heard.of("finished") == [()]
    assert heard.of("phase_changed") == []


def test_waiting_once_per_held_phase_end(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    controller.set_auto_advance(False)
    into_phase(controller, clocks, 0, heard)
    run(controller, clocks, PHASE_S + 5)  # it holds however long nobody comes
    assert heard.of("waiting") == [(0,)]
    assert heard.of("phase_changed") == []
    controller.start()  # the key
    assert heard.of("phase_changed") == [(1, False)]
    assert heard.of("waiting") == [(0,)]


def test_slept_once_and_the_session_pauses(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    into_phase(controller, clocks, 0, heard)
    clocks.wall.advance(600)  # the monotonic clock stood still while asleep
    controller.refresh()
    assert heard.of("slept") == [()]
    assert controller.snapshot.state is State.PAUSED
    controller.refresh()
    clocks.wall.advance(600)
    controller.refresh()  # paused: nothing ticks, so nothing to notice
    assert heard.of("slept") == [()]


def test_no_sleep_while_nothing_moves(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    clocks.advance(600)
    controller.start()
    clocks.advance(1)
    controller.refresh()
    assert heard.of("slept") == []
    assert controller.snapshot.state is State.GET_READY


# -- runs ---------------------------------------------------------------------


def test_a_run_starts_once_however_often_it_is_paused(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    controller.start()
    run(controller, clocks, GET_READY_S + 2)
    controller.pause()
    controller.start()
    controller.toggle()
    controller.toggle()
    assert heard.of("run_started") == [()]
    assert heard.of("run_ended") == []


def test_a_run_ends_once_with_what_was_done(
    controller: SessionController, clocks: Clocks, heard: Heard
) -> None:
    into_phase(controller, clocks, 1, heard)
    controller.next_phase()  # the third phase, skipping the rest of the second
    controller.restart()
    controller.restart()
    controller.end_run()
    ended = heard.of("run_ended")
    assert len(ended) == 1
    summary = ended[0][0]
    assert isinstance(summary, RunSummary)
    assert summary.run_s == PHASE_S + 2 and not summary.completed
    assert summary.skipped == ("Phase 2",)
