"""The large "how is the pressure?" prompt, and what its answers do.

Prompts come from the domain's check-in plan (a firmer band begins, a long
firm phase runs on). They never stop the session: an unanswered prompt fades
on its own after a few seconds, timed on the session's clock. Answers are
handed on (``answered``) for the session lifecycle to log and apply, so this
class only asks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ..commands import key_label
from ..domain.checkins import Answer, CheckIn, plan_checkins
from ..domain.session import Snapshot, State
from . import accessible, theme
from .session_controller import SessionController

SHOW_S = 9.0
"""An unanswered prompt fades this long after it came (on the controller's clock)."""
FADE_CHECK_MS = 250
"""While a prompt shows, how often the clock is read even when nothing ticks
the session (paused): the prompt fades within this much of its time."""
LATE_S = 3.0  # a check-in passed more than this long ago (a skip) is not asked


def prompt_text() -> str:
    """The question and its answer keys, as the prompt shows them."""
    return (
        f"Check in: how is the pressure?\n"
        f"{key_label('checkin_fine')} fine   ·   {key_label('checkin_lighter')} lighter   ·"
        f"   {key_label('checkin_stop')} stop here"
    )


class CheckInPrompt(QObject):
    """Watches the session and shows the prompt over ``host``."""

    asked = Signal(object)  # CheckIn
    answered = Signal(object)  # Answer, given to the prompt on screen
    shown = Signal(bool)
    """The prompt came up (True) or went away (False): answers count only between."""

    def __init__(self, controller: SessionController, host: QWidget) -> None:
        super().__init__(host)
        self._controller = controller
        self._plan_key: tuple[object, ...] = ()
        self._plan: list[CheckIn] = []
        self._asked: set[int] = set()
        self.current: CheckIn | None = None
        self._shown_at = 0.0
        self.label = QLabel(host)
        self.label.setObjectName("checkin")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setFont(theme.font(26, bold=True))
        self.label.setStyleSheet(
            f"QLabel#checkin {{ background: rgba(22, 26, 34, 235); color: {theme.TEXT.name()};"
            f" border: 3px solid {theme.ACCENT.name()}; border-radius: 16px; padding: 14px; }}"
        )
        # No accessible name: the label's text (question and keys) is what
        # a screen reader reads; the description gives the reason.
        self.label.hide()
        self._fade = QTimer(self)
        self._fade.setInterval(FADE_CHECK_MS)
        self._fade.timeout.connect(self.fade_if_due)

    @property
    def visible(self) -> bool:
        return self.current is not None

    def plan(self) -> list[CheckIn]:
        return list(self._plan)

    def update(self, snap: Snapshot) -> None:
        """Called on every tick: plan anew when the session's plan changed,
        ask when the session reaches a check-in, and let a prompt whose time
        is up fade."""
        self.fade_if_due()
        routine = self._controller.session.routine
        durations = self._controller.phase_durations()
        key = (routine.key, routine.phases, durations)
        t = snap.session_elapsed_s
        if key != self._plan_key:
            self._plan_key = key
            self._plan = plan_checkins(routine.phases, durations=durations)
            # A plan changed mid-run (a "lighter" answer, a sore spot) asks
            # only what is still ahead; the old numbering means nothing now.
            self._asked = {i for i, check in enumerate(self._plan) if check.at_s <= t}
        if snap.state is State.READY:
            self._asked = set()  # a new run asks everything again
        if snap.state is not State.RUNNING or snap.counting_down:
            return
        for i, check in enumerate(self._plan):
            if i in self._asked or check.at_s > t:
                continue
            self._asked.add(i)
            if t - check.at_s <= LATE_S:
                self._show(check)

    def _show(self, check: CheckIn) -> None:
        self.current = check
        self.label.setText(prompt_text())
        self.label.setAccessibleDescription(f"Check-in. {check.reason}")
        host = self.label.parentWidget()
        if host is not None:
            width = min(host.width() - 20, 560)
            self.label.setFixedWidth(max(width, 200))
            self.label.adjustSize()
            self.label.move((host.width() - self.label.width()) // 2, 12)
        self.label.show()
        self.label.raise_()
        self._shown_at = self._controller.clock()
        self._fade.start()
        accessible.announce(self.label, f"{self.label.text()}. {check.reason}", assertive=True)
        self.shown.emit(True)
        self.asked.emit(check)

    def fade_if_due(self) -> None:
        """Hide the prompt once it has been up ``SHOW_S`` on the clock."""
        if self.current is not None and self._controller.clock() - self._shown_at >= SHOW_S:
            self._expire()

    def _expire(self) -> None:
        self._fade.stop()
        self.current = None
        self.label.hide()
        self.shown.emit(False)

    def answer(self, answer: Answer) -> bool:
        """Take an answer to the prompt on screen; False when none is."""
        if self.current is None:
            return False
        self._expire()
        self.answered.emit(answer)
        return True
