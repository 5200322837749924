"""Every sentence the session window shows or speaks about where it is.

One place words them, so the screen, the screen reader and the voice say
the same thing, and tests read them without building a window.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import timefmt
from ..domain.checkins import Answer
from ..domain.pressure import band_for
from ..domain.routine import Phase
from ..domain.session import Snapshot, State

GET_READY_HINT = "Warm a little oil in your palms, then rest both hands on the back."
CHECKIN_QUESTION = "How is the pressure?"
MINUTE_LEFT = "One minute left."
FINISHED_CUE = "All done. A glass of water, and let them rest quietly for a while."
MINUTE_WARNING_FROM_S = 180.0
"""Only phases at least this long get a spoken 'one minute left'."""

_ANSWERS = {
    Answer.FINE: "Pressure is fine: carry on.",
    Answer.LIGHTER: "Lighter from now on: the pressure is lowered for the rest.",
    Answer.STOP: "Stopping here: on to the gentle ending.",
}

SAFETY_TEXT = (
    "<h3>Before you begin</h3>"
    "<ul>"
    "<li>Skip the massage if they have a fever or infection, a fresh injury, swelling or "
    "bruising, a recent fracture or a bone condition, broken or irritated skin, varicose "
    "veins or a suspected clot, or sharp pain nobody has explained. Ask a health "
    "professional first.</li>"
    "<li>Take extra care with older adults (lighter strokes) and in pregnancy (leave the "
    "lower back alone unless you are trained).</li>"
    "</ul>"
    "<h3>While you massage</h3>"
    "<ul>"
    "<li>Never press on the spine itself: work the muscles on either side of it.</li>"
    "<li>Warm up with light strokes first and build pressure slowly.</li>"
    "<li>Ask how the pressure feels, and ease off at any sign of discomfort.</li>"
    "</ul>"
)


@dataclass(frozen=True)
class StateText:
    """The line beside the countdown, the main button's word, and whether
    the countdown is dimmed (nothing is moving)."""

    line: str
    button: str
    dim: bool


def state_text(snap: Snapshot, toggle_key: str) -> StateText:
    dim = snap.state in (State.PAUSED, State.READY)
    if snap.state is State.READY:
        return StateText(f"Ready · {toggle_key} to start", "Start", dim)
    if snap.state is State.GET_READY:
        return StateText("Get ready: hands on the back", "Pause", dim)
    if snap.waiting:
        return StateText("Time's up · any key: next phase", "Next phase", dim)
    if snap.state is State.PAUSED:
        return StateText(f"Paused · {toggle_key} to resume", "Resume", dim)
    if snap.state is State.FINISHED:
        return StateText(f"Done · {toggle_key} to start again", "Start again", dim)
    return StateText("", "Pause", dim)


def status_sentence(snap: Snapshot) -> str:
    """Where the session is, in one sentence for screen readers."""
    if snap.state is State.FINISHED:
        return "Session complete. Let them rest."
    phase = snap.phase
    where = (
        f"Phase {snap.phase_index + 1} of {snap.phase_count}: {phase.name}. "
        f"{phase.zone.label}, {phase.stroke.label.lower()}."
    )
    paused = "Paused. " if snap.state is State.PAUSED else ""
    if snap.counting_down or snap.state is State.READY:
        return (
            f"{paused}Getting ready, {timefmt.spoken(snap.get_ready_remaining_s)}. First: {where}"
        )
    band = band_for(snap.pressure).name.lower()
    return (
        f"{paused}{where} {timefmt.spoken(snap.phase_remaining_s)} left. "
        f"{band.capitalize()} pressure, {round(snap.pressure)} of 10."
    )


def slept_text(toggle_key: str = "Space") -> str:
    return (
        "The computer went to sleep, so the session paused where it was. "
        f"Press {toggle_key} to go on."
    )


def phase_cue(phase: Phase) -> str:
    """What is said when a phase begins."""
    return f"{phase.name}. {phase.instruction}."


def checkin_answer_text(answer: Answer) -> str:
    return _ANSWERS[answer]


class MinuteWarning:
    """'One minute left' in long phases, once per phase of a run."""

    def __init__(self) -> None:
        self._warned: set[int] = set()

    def due(self, snap: Snapshot) -> bool:
        """Whether to say it now; each phase says it at most once a run."""
        if snap.state is State.READY:
            self._warned.clear()
        if snap.state is not State.RUNNING or snap.counting_down:
            return False
        if snap.phase_duration_s < MINUTE_WARNING_FROM_S or snap.phase_index in self._warned:
            return False
        if 55 < snap.phase_remaining_s <= 60:
            self._warned.add(snap.phase_index)
            return True
        return False
