"""The session page: the routine row, the back, the phase panel with its
timeline, and the big buttons. It draws snapshots; it decides nothing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..commands import HINT_SEPARATOR, command, hint_parts, key_label, keys_label
from ..domain import motion
from ..domain.session import Snapshot, State
from ..i18n import QT_TRANSLATE_NOOP
from ..presenters.session_text import GET_READY_HINT, SessionText, state_text, status_sentence
from . import theme
from .back_view import BackView
from .phase_panel import PhasePanel, _label
from .routine_picker import RoutinePicker
from .session_controller import SessionController
from .table_face import TableFace, table_text

if TYPE_CHECKING:
    from .pressure_plot import PressurePlot

MAX_TEXT_SCALE = 2.0
MIN_TEXT_SCALE = 0.65
HINT_FROM_WIDTH = 1200
"""Below this width the key reminder gives way (F1 still lists the keys)."""

_BUTTONS = (
    ("previous", QT_TRANSLATE_NOOP("SessionPage", "◀  Previous")),
    ("toggle", QT_TRANSLATE_NOOP("SessionPage", "Start")),
    ("next", QT_TRANSLATE_NOOP("SessionPage", "Next  ▶")),
    ("add_time", ""),  # the command's own words, "+30 s"
    ("restart", QT_TRANSLATE_NOOP("SessionPage", "Restart")),
    ("fullscreen", QT_TRANSLATE_NOOP("SessionPage", "Full screen")),
)
"""The big buttons, by command, with their words in the English source."""


class SessionPage(QWidget):
    """Shows the session the controller runs, through the command actions."""

    def __init__(
        self,
        controller: SessionController,
        actions: Mapping[str, QAction],
        picker: RoutinePicker,
        *,
        can_edit: bool,
    ) -> None:
        super().__init__()
        self.setObjectName("central")
        self.setAccessibleName(self.tr("Session"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.controller = controller
        self._actions = actions
        self.back = BackView()
        self.panel = PhasePanel()
        self.state_line = self.panel.state_line
        self.picker = picker
        self.table_face = TableFace()
        self.table_face.hide()
        self.timeline: PressurePlot | None = None
        self.buttons: dict[str, QPushButton] = {}
        self._shown_key: tuple[object, ...] = ()
        self._timeline_plan: tuple[object, ...] = ()
        self._last_summary = ""
        self._table_view = False
        self.top_bar = self._top_bar(can_edit)
        self.button_bar = self._button_bar()
        outer = QVBoxLayout(self)
        # The window's smallest size is set by MIN_WINDOW_SIZE, not by the
        # layout at the current text scale: shrinking the window shrinks the
        # text (rescale), which the layout alone could never allow.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(18, 10, 18, 10)
        outer.setSpacing(10)
        outer.addWidget(self.top_bar)
        outer.addLayout(self._middle(), 1)
        outer.addWidget(self.button_bar)

    # -- building ---------------------------------------------------------
    def _small_button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName("small")
        button.setAccessibleName(accessible)
        button.setToolTip(f"{command(name).help} ({keys_label(name)})")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(self._actions[name].trigger)
        return button

    def _top_bar(self, can_edit: bool) -> QWidget:
        top = QHBoxLayout()
        routine_label = QLabel(self.tr("Routine"))
        routine_label.setFont(theme.font(17))
        top.addWidget(routine_label)
        top.addWidget(self.picker, 0)
        self.edit_button = self._small_button(
            self.tr("Edit…"), "edit_routine", self.tr("Edit this routine")
        )
        self.edit_button.setEnabled(can_edit)
        top.addWidget(self.edit_button)
        practice = self.tr("Practice strokes")
        top.addWidget(self._small_button(practice, "practice", practice))
        self.care_label = _label(17, bold=True, name=self.tr("Care profile"))
        self.care_label.setStyleSheet(f"color: {theme.ACCENT.name()};")
        self.care_label.hide()
        top.addWidget(self.care_label)
        top.addStretch(1)
        self.key_hint = _label(17, muted=True, name=self.tr("Keyboard hint"), cls=_HintLabel)
        if isinstance(self.key_hint, _HintLabel):
            self.key_hint.set_parts(hint_parts())
        top.addWidget(self.key_hint)
        return _holder(top)

    def _middle(self) -> QHBoxLayout:
        middle = QHBoxLayout()
        middle.setSpacing(18)
        # Widths follow the stretch factors only, so a longer line of text
        # (say "Paused") never makes the silhouette jump sideways.
        for widget in (self.back, self.panel):
            policy = widget.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            widget.setSizePolicy(policy)
        middle.addWidget(self.back, 5)
        middle.addWidget(self.panel, 6)
        middle.addWidget(self.table_face, 0)
        self._middle_row = middle
        return middle

    def _button_bar(self) -> QWidget:
        bar = QHBoxLayout()
        bar.setSpacing(12)
        for name, source in _BUTTONS:
            button = QPushButton(self.tr(source) if source else command(name).text)
            keys = keys_label(name)
            button.setToolTip(f"{command(name).help} ({keys})")
            button.setAccessibleName(command(name).text)
            button.setAccessibleDescription(
                self.tr("{what}. Key: {keys}").format(what=command(name).help, keys=keys)
            )
            # Buttons never keep keyboard focus after a click, so Space and the
            # arrows always reach the session rather than a focused button.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(self._actions[name].trigger)
            if name == "toggle":
                button.setObjectName("primary")
                button.setMinimumWidth(200)
            bar.addWidget(button, 2 if name == "toggle" else 1)
            self.buttons[name] = button
        return _holder(bar)

    # -- showing ----------------------------------------------------------
    def show_snapshot(self, snap: Snapshot) -> bool:
        """Draw ``snap``; whether any text changed (the hands move every
        frame, the words at most ten times a second)."""
        self.back.set_phase(snap.phase.zone, snap.phase.stroke)
        if snap.state in (State.RUNNING, State.PAUSED) and not snap.counting_down:
            self.back.set_cycles(motion.cycles_at(snap.phase.stroke, snap.phase_elapsed_s))
        else:
            self.back.set_cycles(0.0)
        key = snap.shown_key()
        if key == self._shown_key:
            return False
        self._shown_key = key
        self.panel.show_snapshot(snap, SessionText.tr(GET_READY_HINT), key_label("toggle"))
        self._enable_buttons(snap.state)
        self._show_state(snap)
        self._show_timeline(snap)
        summary = status_sentence(snap)
        if summary != self._last_summary:
            self._last_summary = summary
            self.setAccessibleDescription(summary)
        return True

    def _show_state(self, snap: Snapshot) -> None:
        shown = state_text(snap, key_label("toggle"))
        if self._table_view:
            self.table_face.show_text(table_text(snap, shown))
        if self.state_line.text() != shown.line:
            self.state_line.setText(shown.line)
        toggle = self.buttons["toggle"]
        if toggle.text() != shown.button:
            toggle.setText(shown.button)
            toggle.setAccessibleName(shown.button)
        colour = theme.MUTED.name() if shown.dim else theme.TEXT.name()
        style = f"color: {colour};"
        if self.panel.countdown.styleSheet() != style:
            self.panel.countdown.setStyleSheet(style)

    def _enable_buttons(self, state: State) -> None:
        """Grey out what would do nothing now, so a press never seems ignored."""
        # After Done, Left would reopen a session already written to history
        # and left for aftercare: only "Start again" goes on from there.
        started = state not in (State.READY, State.FINISHED)
        for name, enabled in (("next", started), ("add_time", started), ("previous", started)):
            if self.buttons[name].isEnabled() != enabled:
                self.buttons[name].setEnabled(enabled)
                self._actions[name].setEnabled(enabled)

    def ensure_timeline(self) -> PressurePlot:
        """Build the pressure timeline on first need: pyqtgraph loads here,
        after the window is already on screen, not at start-up."""
        if self.timeline is None:
            from .pressure_plot import PressurePlot

            self.timeline = PressurePlot(compact=True)
            self.timeline.phase_clicked.connect(self.controller.go_to_phase)
            self.panel.set_timeline(self.timeline)
            self._timeline_plan = ()
            self._show_timeline(self.controller.snapshot)
        return self.timeline

    def _show_timeline(self, snap: Snapshot) -> None:
        if self.timeline is None:
            return
        routine = self.controller.session.routine
        durations = self.controller.phase_durations()
        plan = (routine.key, routine.phases, durations)
        if plan != self._timeline_plan:
            self._timeline_plan = plan
            self.timeline.set_plan(routine.phases, durations)
        self.timeline.set_current(snap.phase_index)
        started = snap.state is not State.READY and not snap.counting_down
        self.timeline.set_position(snap.session_elapsed_s if started else None)

    def show_care(self, text: str, lines: list[str]) -> None:
        """The care label ("Care: older adult"), with how the plan is adapted."""
        self.care_label.setText(text)
        self.care_label.setToolTip("\n".join(lines))
        self.care_label.setAccessibleDescription(" ".join(lines))
        self.care_label.setVisible(bool(text))

    # -- layout modes -----------------------------------------------------
    @property
    def table_view(self) -> bool:
        return self._table_view

    def set_table_view(self, on: bool) -> None:
        """Only what reads from across the room: countdown, back, pressure."""
        self._table_view = on
        for widget in (self.top_bar, self.button_bar, self.panel):
            widget.setVisible(not on)
        self.table_face.setVisible(on)
        self.back.set_backdrop(theme.TABLE_BACKGROUND if on else theme.BACKGROUND)
        # The back narrows to leave the countdown room; it stays taller than it.
        self._middle_row.setStretch(0, 3 if on else 5)
        self._middle_row.setStretch(1, 0 if on else 6)
        self._middle_row.setStretch(2, 8 if on else 0)
        self._shown_key = ()  # draw the texts anew for the view now shown
        self.show_snapshot(self.controller.snapshot)

    def rescale(self, width: int, height: int, base: tuple[int, int]) -> None:
        """Size the type for a page of ``width`` × ``height`` against the
        design size ``base``; the table view gives the bars' room to it."""
        scale = min(width / base[0], height / base[1])
        self.panel.set_scale(min(max(scale, MIN_TEXT_SCALE), MAX_TEXT_SCALE))
        self.key_hint.setVisible(width >= HINT_FROM_WIDTH)


class _HintLabel(QLabel):
    """The key reminder: as many of its parts as fit, most needed first, and
    never a part cut (a long language drops the last ones; F1 lists them all)."""

    def __init__(self) -> None:
        super().__init__()
        self._parts: tuple[str, ...] = ()

    def set_parts(self, parts: tuple[str, ...]) -> None:
        self._parts = parts
        self._fit()

    def sizeHint(self) -> QSize:
        whole = QFontMetrics(self.font()).horizontalAdvance(HINT_SEPARATOR.join(self._parts))
        margins = self.contentsMargins()
        return QSize(whole + margins.left() + margins.right() + 2, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics, room = QFontMetrics(self.font()), self.contentsRect().width()
        shown = ""
        for count in range(len(self._parts), 0, -1):
            candidate = HINT_SEPARATOR.join(self._parts[:count])
            if metrics.horizontalAdvance(candidate) <= room:
                shown = candidate
                break
        if self.text() != shown:
            self.setText(shown)


def _holder(row: QHBoxLayout) -> QWidget:
    """A row in a widget of its own, so the table view can hide it."""
    holder = QWidget()
    row.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(row)
    return holder
