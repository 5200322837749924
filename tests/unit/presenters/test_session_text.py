"""The session's words, read straight from snapshots: no window, no Qt."""

from __future__ import annotations

from backmassage_gui.domain.checkins import Answer
from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.pressure import PressureRamp
from backmassage_gui.domain.routine import Phase, Routine
from backmassage_gui.domain.session import Session, State
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone
from backmassage_gui.presenters.session_text import (
    MinuteWarning,
    checkin_answer_text,
    phase_cue,
    state_text,
    status_sentence,
)


def routine() -> Routine:
    return Routine(
        "Test",
        (
            Phase("Warm-up", Zone.FULL_BACK, Stroke.GLIDING, 60, PressureRamp(1, 2)),
            Phase("Deep work", Zone.SPINE_SIDES, Stroke.THUMB_PRESSURE, 240, PressureRamp(4, 6)),
        ),
        key="test",
    )


def test_each_state_has_its_line_and_button() -> None:
    clock = ManualClock()
    session = Session(routine(), clock, 5.0)
    seen = {}
    seen[State.READY] = state_text(session.snapshot(), "Space")
    session.start()
    seen[State.GET_READY] = state_text(session.snapshot(), "Space")
    clock.advance(10)
    session.update()
    seen[State.RUNNING] = state_text(session.snapshot(), "Space")
    session.pause()
    seen[State.PAUSED] = state_text(session.snapshot(), "Space")
    session.toggle()
    clock.advance(400)
    session.update()
    seen[session.snapshot().state] = state_text(session.snapshot(), "Space")
    assert [(s.line, s.button, s.dim) for s in seen.values()] == [
        ("Ready · Space to start", "Start", True),
        ("Get ready: hands on the back", "Pause", False),
        ("", "Pause", False),
        ("Paused · Space to resume", "Resume", True),
        ("Done · Space to start again", "Start again", False),
    ]


def test_the_status_sentence_follows_the_session() -> None:
    clock = ManualClock()
    session = Session(routine(), clock, 5.0)
    assert status_sentence(session.snapshot()) == (
        "Getting ready, 5 seconds. First: Phase 1 of 2: Warm-up. Whole back, long gliding strokes."
    )
    session.start()
    clock.advance(5 + 90)
    session.update()
    text = status_sentence(session.snapshot())
    assert text == (
        "Phase 2 of 2: Deep work. Beside the spine, thumb presses. "
        "3 minutes 30 seconds left. Medium pressure, 4 of 10."
    )
    clock.advance(1000)
    session.update()
    assert status_sentence(session.snapshot()) == "Session complete. Let them rest."


def test_the_minute_warning_comes_once_in_long_phases_only() -> None:
    clock = ManualClock()
    session = Session(routine(), clock, 0.0)
    warning = MinuteWarning()
    session.start()
    said = []
    for _ in range(400):  # one-second ticks through the whole run
        session.update()
        if warning.due(session.snapshot()):
            said.append(round(session.snapshot().session_elapsed_s))
        clock.advance(1)
    assert said == [60 + 240 - 60]  # only the 4-minute phase, once, at 1:00 left
    session.restart()
    session.update()
    assert not warning.due(session.snapshot())
    assert warning._warned == set()  # a new run may warn again


def test_cues_and_answers_read_plainly() -> None:
    assert phase_cue(routine().phases[0]).startswith("Warm-up. ")
    assert phase_cue(routine().phases[0]).endswith(".")
    assert {checkin_answer_text(a) for a in Answer} == {
        "Pressure is fine: carry on.",
        "Lighter from now on: the pressure is lowered for the rest.",
        "Stopping here: on to the gentle ending.",
    }
