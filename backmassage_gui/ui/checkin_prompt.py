"""The large "how is the pressure?" prompt, and what its answers do.

Prompts come from the domain's check-in plan (a firmer band begins, a long
firm phase runs on). They never stop the session: an unanswered prompt fades
on its own after a few seconds, timed on the session's clock. Answers are
handed on (``answered``) for the session lifecycle to log and apply, so this
class only asks.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from ..commands import key_label
from ..domain.checkins import Answer, CheckIn, plan_checkins
from ..domain.session import Snapshot, State
from ..i18n import Context
from . import accessible, theme
from .back_view import BackView
from .session_controller import SessionController

SHOW_S = 9.0
"""An unanswered prompt fades this long after it came (on the controller's clock)."""
FADE_CHECK_MS = 250
"""While a prompt shows, how often the clock is read even when nothing ticks
the session (paused): the prompt fades within this much of its time."""
LATE_S = 3.0  # a check-in passed more than this long ago (a skip) is not asked


class CheckInText(Context):
    """The check-in prompt's words."""


def prompt_text() -> str:
    """The question and its answer keys, as the prompt shows them."""
    answers = "   ·   ".join(
        (
            CheckInText.tr("{key} fine").format(key=key_label("checkin_fine")),
            CheckInText.tr("{key} lighter").format(key=key_label("checkin_lighter")),
            CheckInText.tr("{key} stop here").format(key=key_label("checkin_stop")),
        )
    )
    return CheckInText.tr("Check in: how is the pressure?") + "\n" + answers


class CheckInPrompt(QObject):
    """Watches the session and shows the prompt over ``host``."""

    asked = Signal(object)  # CheckIn
    answered = Signal(object)  # Answer, given to the prompt on screen
    shown = Signal(bool)
    """The prompt came up (True) or went away (False): answers count only between."""

    def __init__(self, controller: SessionController, host: BackView) -> None:
        super().__init__(host)
        self._host = host
        host.installEventFilter(self)
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
            f"QLabel#checkin {{ background: rgb(22, 26, 34); color: {theme.TEXT.name()};"
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
        self.label.setAccessibleDescription(
            self.tr("Check-in. {reason}").format(reason=check.reason)
        )
        self._place()
        self.label.show()
        self.label.raise_()
        self._shown_at = self._controller.clock()
        self._fade.start()
        accessible.announce(self.label, f"{self.label.text()}. {check.reason}", assertive=True)
        self.shown.emit(True)
        self.asked.emit(check)

    def _place(self) -> None:
        """Size the prompt to the back's view and put it where it hides the
        least of the zone being worked (again whenever the view resizes)."""
        host = self._host
        self.label.setFixedWidth(max(min(host.width() - 20, 560), 200))
        self.label.adjustSize()
        self.label.move(host.clear_place(self.label.size()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize and self.visible:
            self._place()
        return False

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
