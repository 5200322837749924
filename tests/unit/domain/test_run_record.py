"""What one run really did: the history's figures, not the session's position."""

from __future__ import annotations

import pytest

from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.pressure import PressureRamp
from backmassage_gui.domain.routine import Phase, Routine
from backmassage_gui.domain.run_record import SKIP_GRACE_S, RunSummary, summarize
from backmassage_gui.domain.session import Session
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone


def session(*durations: float) -> tuple[Session, ManualClock]:
    phases = tuple(
        Phase(f"P{i}", Zone.FULL_BACK, Stroke.GLIDING, d, PressureRamp(1, 3))
        for i, d in enumerate(durations)
    )
    clock = ManualClock()
    s = Session(Routine("Test", phases, key="test"), clock, get_ready_s=0)
    s.start()
    return s, clock


def finish(s: Session, clock: ManualClock) -> None:
    clock.advance(10_000)
    s.update()


def test_a_run_to_the_end_skips_nothing() -> None:
    s, clock = session(60, 60, 30)
    finish(s, clock)
    assert summarize(s) == RunSummary(run_s=150, skipped=(), completed=True)


def test_stop_here_names_the_phases_jumped_over() -> None:
    s, clock = session(60, 60, 60, 30)
    clock.advance(20)
    s.go_to_phase(3)  # as "stop here" jumps to the gentle ending
    finish(s, clock)
    summary = summarize(s)
    assert summary.skipped == ("P0", "P1", "P2")
    assert summary.run_s == pytest.approx(50) and summary.completed


def test_right_in_the_last_seconds_of_a_phase_is_not_a_skip() -> None:
    s, clock = session(60, 60)
    clock.advance(60 - SKIP_GRACE_S + 0.5)
    s.next_phase()
    clock.advance(60 - SKIP_GRACE_S - 0.5)
    s.next_phase()  # the last phase, cut short by more than the grace
    summary = summarize(s)
    assert summary.skipped == ("P1",) and summary.completed


def test_a_run_cut_off_names_only_what_it_passed() -> None:
    s, clock = session(60, 60, 60, 60)
    clock.advance(30)
    s.next_phase()  # P0 cut short
    clock.advance(60)
    s.update()  # P1 in full; now 0 s into P2
    clock.advance(10)
    summary = summarize(s)
    # P2 is where it was cut off and P3 was never reached: not done, not skipped.
    assert summary.skipped == ("P0",) and not summary.completed
    assert summary.run_s == pytest.approx(100)


def test_a_phase_made_up_on_a_second_visit_is_not_skipped() -> None:
    s, clock = session(60, 60, 60)
    clock.advance(30)
    s.next_phase()  # P0 half done
    clock.advance(5)
    s.previous_phase()  # back to P0, in full this time
    finish(s, clock)
    summary = summarize(s)
    assert summary.skipped == ()  # P0 had 30 + 60 s, P1 5 + 60 s
    assert summary.run_s == pytest.approx(30 + 5 + 60 + 60 + 60)
