"""Every sentence the session window shows or speaks about where it is.

One place words them, so the screen, the screen reader and the voice say
the same thing, and tests read them without building a window.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..commands import key_label
from ..domain import timefmt
from ..domain.checkins import Answer
from ..domain.pressure import band_for
from ..domain.routine import Phase
from ..domain.session import Snapshot, State
from ..i18n import QT_TRANSLATE_NOOP, Context


class SessionText(Context):
    """What the session window shows and says about where it is."""


# The English source of fixed lines: show and say them as ``SessionText.tr(NAME)``.
GET_READY_HINT = QT_TRANSLATE_NOOP(
    "SessionText", "Warm a little oil in your palms, then rest both hands on the back."
)
CHECKIN_QUESTION = QT_TRANSLATE_NOOP("SessionText", "How is the pressure?")
MINUTE_LEFT = QT_TRANSLATE_NOOP("SessionText", "One minute left.")
FINISHED_CUE = QT_TRANSLATE_NOOP(
    "SessionText", "All done. A glass of water, and let them rest quietly for a while."
)
MINUTE_WARNING_FROM_S = 180.0
"""Only phases at least this long get a spoken 'one minute left'."""

_ANSWERS = {
    Answer.FINE: QT_TRANSLATE_NOOP("SessionText", "Pressure is fine: carry on."),
    Answer.LIGHTER: QT_TRANSLATE_NOOP(
        "SessionText", "Lighter from now on: the pressure is lowered for the rest."
    ),
    Answer.STOP: QT_TRANSLATE_NOOP("SessionText", "Stopping here: on to the gentle ending."),
}

_SAFETY_SECTIONS = (
    (
        QT_TRANSLATE_NOOP("SessionText", "Before you begin"),
        (
            QT_TRANSLATE_NOOP(
                "SessionText",
                "Skip the massage if they have a fever or infection, a fresh injury, swelling "
                "or bruising, a recent fracture or a bone condition, broken or irritated skin, "
                "varicose veins or a suspected clot, or sharp pain nobody has explained. Ask a "
                "health professional first.",
            ),
            QT_TRANSLATE_NOOP(
                "SessionText",
                "Take extra care with older adults (lighter strokes) and in pregnancy (leave "
                "the lower back alone unless you are trained).",
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("SessionText", "While you massage"),
        (
            QT_TRANSLATE_NOOP(
                "SessionText",
                "Never press on the spine itself: work the muscles on either side of it.",
            ),
            QT_TRANSLATE_NOOP(
                "SessionText", "Warm up with light strokes first and build pressure slowly."
            ),
            QT_TRANSLATE_NOOP(
                "SessionText", "Ask how the pressure feels, and ease off at any sign of discomfort."
            ),
        ),
    ),
)


def safety_html() -> str:
    """The Help menu's safety notes, headings and points, as rich text."""
    parts = []
    for heading, points in _SAFETY_SECTIONS:
        items = "".join(f"<li>{_escape(SessionText.tr(point))}</li>" for point in points)
        parts.append(f"<h3>{_escape(SessionText.tr(heading))}</h3><ul>{items}</ul>")
    return "".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


SAFETY_TEXT = safety_html()
"""``safety_html()`` in English, as tests read it."""


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
        line = SessionText.tr("Ready · {key} to start").format(key=toggle_key)
        return StateText(line, SessionText.tr("Start"), dim)
    if snap.state is State.GET_READY:
        return StateText(
            SessionText.tr("Get ready: hands on the back"), SessionText.tr("Pause"), dim
        )
    if snap.waiting:
        line = SessionText.tr("Time's up · any key: next phase")
        return StateText(line, SessionText.tr("Next phase"), dim)
    if snap.state is State.PAUSED:
        line = SessionText.tr("Paused · {key} to resume").format(key=toggle_key)
        return StateText(line, SessionText.tr("Resume"), dim)
    if snap.state is State.FINISHED:
        line = SessionText.tr("Done · {key} to start again").format(key=toggle_key)
        return StateText(line, SessionText.tr("Start again"), dim)
    return StateText("", SessionText.tr("Pause"), dim)


def status_sentence(snap: Snapshot) -> str:
    """Where the session is, in one sentence for screen readers."""
    if snap.state is State.FINISHED:
        return SessionText.tr("Session complete. Let them rest.")
    phase = snap.phase
    where = SessionText.tr("Phase {number} of {count}: {phase}. {zone}, {stroke}.").format(
        number=snap.phase_index + 1,
        count=snap.phase_count,
        phase=phase.name,
        zone=phase.zone.label,
        stroke=phase.stroke.in_sentence,
    )
    paused = SessionText.tr("Paused.") + " " if snap.state is State.PAUSED else ""
    if snap.counting_down or snap.state is State.READY:
        getting_ready = SessionText.tr("Getting ready, {time}. First: {where}").format(
            time=timefmt.spoken(snap.get_ready_remaining_s), where=where
        )
        return paused + getting_ready
    running = SessionText.tr("{where} {time} left. {pressure}, {level} of 10.").format(
        where=where,
        time=timefmt.spoken(snap.phase_remaining_s),
        pressure=band_for(snap.pressure).pressure_label,
        level=round(snap.pressure),
    )
    return paused + running


def slept_text(toggle_key: str = "") -> str:
    return SessionText.tr(
        "The computer went to sleep, so the session paused where it was. Press {key} to go on."
    ).format(key=toggle_key or key_label("toggle"))


def phase_cue(phase: Phase) -> str:
    """What is said when a phase begins."""
    return SessionText.tr("{phase}. {instruction}.").format(
        phase=phase.name, instruction=phase.instruction
    )


def checkin_answer_text(answer: Answer) -> str:
    return SessionText.tr(_ANSWERS[answer])


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
