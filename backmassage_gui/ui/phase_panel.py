"""The text side of the session: phase, countdown, what the hands do, what's next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QResizeEvent, QTextLayout
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain import motion, timefmt
from ..domain.session import Snapshot, State
from ..domain.strokes import rhythm_text
from ..i18n import Context
from . import theme
from .pressure_gauge import PressureGauge


class PanelText(Context):
    """The phase panel's counted words."""


COUNTDOWN_PX = 118
ZONE_PX = 28
NAME_PX = 34
CUE_PX = 23
SMALL_PX = 18
TIMELINE_MIN_HEIGHT = 56


def _label(
    px: int,
    *,
    bold: bool = False,
    muted: bool = False,
    wrap: bool = False,
    digits: bool = False,
    name: str = "",
    cls: type[QLabel] = QLabel,
) -> QLabel:
    label = cls()
    label.setFont(theme.font(px, bold=bold, digits=digits))
    label.setProperty("base_px", px)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if muted:
        label.setProperty("role", "muted")
    if name:
        # The description says what the label is; its name stays its text,
        # which is what a screen reader must read out as the session runs.
        label.setAccessibleDescription(name)
    return label


class _GivingWayLabel(QLabel):
    """One line that ends in '…' rather than run under the label beside it
    (the step line gives way to the state line on narrow windows). Its text,
    and what a screen reader reads, stays whole."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            text,
            self.foregroundRole(),
        )
        painter.end()


class _FittingLabel(QLabel):
    """One line that shrinks its type a little (to ``theme.FIT_FLOOR``) rather
    than be cut, as a long language may need; its height stays that of the
    full size, so nothing under it moves."""

    def __init__(self) -> None:
        super().__init__()
        self._wanted_px = 0

    def set_wanted_px(self, px: int) -> None:
        self._wanted_px = px
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def _fit(self) -> None:
        wanted = self._wanted_px or self.font().pixelSize()
        if wanted <= 0:
            return
        if not self._wanted_px:
            self._wanted_px = wanted
        fitted = theme.fitting_font(
            self.text(), self.contentsRect().width(), wanted, bold=self.font().bold()
        )
        if fitted.pixelSize() != self.font().pixelSize():
            font = self.font()
            font.setPixelSize(fitted.pixelSize())
            self.setFont(font)


class _FixedLinesLabel(QLabel):
    """Wrapped text that always takes the same number of lines, so the widgets
    under it never move when a phase's cue is one line and the next is two.
    Text that needs more lines ends in '…' on the last; ``text()`` and what a
    screen reader reads stay whole."""

    def __init__(self, lines: int = 2) -> None:
        super().__init__()
        self.lines = lines

    def fixed_height(self) -> int:
        margins = self.contentsMargins()
        return self.lines * self._line_height() + margins.top() + margins.bottom()

    def _line_height(self) -> int:
        metrics = self.fontMetrics()
        return max(metrics.height(), metrics.lineSpacing()) + 1

    def heightForWidth(self, width: int) -> int:
        # Never more: a longer text is cut to the last line with '…'.
        return self.fixed_height()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fixed_height())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fixed_height())

    def shown_lines(self) -> list[str]:
        """The lines as drawn at the current width."""
        text, width = self.text(), self.contentsRect().width()
        layout = QTextLayout(text, self.font())
        layout.beginLayout()
        starts: list[int] = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        ends = [*starts[1:], len(text)]
        lines = [text[a:b].strip() for a, b in zip(starts, ends, strict=True)]
        if len(lines) > self.lines:
            rest = text[starts[self.lines - 1] :].strip()
            last = self.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, width)
            lines = [*lines[: self.lines - 1], last]
        return lines

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        step = self._line_height()
        painter = QPainter(self)
        for n, line in enumerate(self.shown_lines()):
            row = rect.adjusted(0, n * step, 0, 0)
            row.setHeight(step)
            self.style().drawItemText(
                painter,
                row,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.palette(),
                self.isEnabled(),
                line,
                self.foregroundRole(),
            )
        painter.end()


class _StateLine(QLabel):
    """The session state beside the countdown. When it does not fit on one
    line it breaks where its parts meet ('Time's up' / 'any key: next
    phase'), not wherever the last word happens to fall. ``text()`` stays the
    text as set, so callers compare with what they set."""

    _BREAKS = (" · ", ": ")

    def __init__(self) -> None:
        super().__init__()
        self._whole = ""

    def text(self) -> str:
        return self._whole

    def setText(self, text: str) -> None:
        self._whole = text
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        shown = self._whole
        if self.fontMetrics().horizontalAdvance(shown) > self.contentsRect().width():
            for mark in self._BREAKS:
                head, found, tail = shown.partition(mark)
                if found:
                    shown = f"{head}{mark.strip(' ·')}\n{tail}"
                    break
        if QLabel.text(self) != shown:
            super().setText(shown)


class PhasePanel(QFrame):
    """Shows a session ``Snapshot``; every label changes only when its text does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self._build_labels()
        self._build_layout()
        self._scale = 1.0
        self._fix_heights()

    def _build_labels(self) -> None:
        self.step = _label(SMALL_PX, muted=True, name=self.tr("Phase number"), cls=_GivingWayLabel)
        # Gives way to the state line beside it (the timeline shows the phases too).
        self.step.setProperty("may_elide", True)
        self.name = _label(NAME_PX, bold=True, name=self.tr("Phase"), cls=_FittingLabel)
        self.zone = _label(ZONE_PX, bold=True, name=self.tr("Zone and stroke"), cls=_FittingLabel)
        self.zone.setStyleSheet(f"color: {theme.ACCENT.name()};")
        self.countdown = _label(
            COUNTDOWN_PX, bold=True, digits=True, name=self.tr("Time left in phase")
        )
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.cue = _label(
            CUE_PX, wrap=True, name=self.tr("What the hands do"), cls=_FixedLinesLabel
        )
        self.gauge = PressureGauge()
        self.next = _label(
            SMALL_PX, muted=True, wrap=True, name=self.tr("Next phase"), cls=_FixedLinesLabel
        )
        if isinstance(self.next, _FixedLinesLabel):
            self.next.lines = 1  # a glance ahead: one line, the rest in '…
        self.next.setProperty("may_elide", True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(12)
        self.progress.setAccessibleName(self.tr("Session progress"))
        self.session_left = _label(SMALL_PX, muted=True, name=self.tr("Session time left"))

        # Beside the countdown, which it explains ("Paused · Space to
        # resume" by a greyed time), wrapping there if it must. On the step
        # line's row the two did not fit at 1366x768: 'Phase 1 of 7 · 5
        # strokes a …'.
        self.state_line = _label(
            22, bold=True, wrap=True, name=self.tr("Session state"), cls=_StateLine
        )
        self.state_line.setStyleSheet(f"color: {theme.ACCENT.name()};")
        self.state_line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(26, 12, 26, 14)
        layout.setSpacing(2)
        layout.addWidget(self.step)
        layout.addWidget(self.name)
        layout.addWidget(self.zone)
        timer = QHBoxLayout()
        timer.addWidget(self.countdown)
        timer.addSpacing(16)
        timer.addWidget(self.state_line, 1)
        layout.addLayout(timer)
        layout.addWidget(self.cue)
        layout.addSpacing(10)
        layout.addWidget(self.gauge)
        layout.addSpacing(6)
        layout.addLayout(self._build_timeline_slot(), 1)
        layout.addWidget(self.next)
        layout.addWidget(self.session_left)

    def _build_timeline_slot(self) -> QVBoxLayout:
        # The timeline goes here once first needed (see set_timeline): its
        # plotting library loads after the window is on screen.
        # Until then an empty widget of the same size policy holds its room,
        # with the plain progress bar under it; the timeline takes the room of
        # both, so nothing around them moves when it arrives.
        self.timeline_slot = QVBoxLayout()
        self.timeline_slot.setContentsMargins(0, 0, 0, 0)
        self.timeline_slot.setSpacing(6)
        self._timeline_placeholder: QWidget | None = QWidget()
        # With the progress bar and the spacing under it, the slot needs no
        # more room than the timeline will: a tight window lays out the same
        # before and after it arrives.
        self._timeline_placeholder.setMinimumHeight(
            TIMELINE_MIN_HEIGHT - self.timeline_slot.spacing() - self.progress.height()
        )
        self._timeline_placeholder.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding
        )
        self.timeline_slot.addWidget(self._timeline_placeholder)
        self.timeline_slot.addWidget(self.progress)
        return self.timeline_slot

    def set_timeline(self, widget: QWidget) -> None:
        """The timeline's cursor shows the session's progress, so the plain
        progress bar gives its room to it."""
        widget.setMinimumHeight(TIMELINE_MIN_HEIGHT)
        if self._timeline_placeholder is not None:
            self.timeline_slot.removeWidget(self._timeline_placeholder)
            self._timeline_placeholder.deleteLater()
            self._timeline_placeholder = None
        self.progress.hide()
        self.timeline_slot.insertWidget(0, widget)

    def _fix_heights(self) -> None:
        # Never squeeze a line of text: the window grows its minimum instead.
        for label in (self.step, self.name, self.zone, self.countdown, self.session_left):
            # From the font itself: a label's cached size hint lags a font change.
            # (A fitting label's at its full size: it shrinks inside that height.)
            font = label.font()
            if isinstance(label, _FittingLabel):
                font.setPixelSize(round(int(label.property("base_px")) * self._scale))
            metrics = QFontMetrics(font)
            label.setMinimumHeight(max(metrics.height(), metrics.lineSpacing()) + 1)
        for fixed in (self.cue, self.next):
            if isinstance(fixed, _FixedLinesLabel):
                fixed.setFixedHeight(fixed.fixed_height())

    @property
    def scale(self) -> float:
        return self._scale

    def set_scale(self, scale: float) -> None:
        """Grow the type with the window, so full screen on a large display
        reads from further away; 1.0 is the size for 1366×768."""
        if abs(scale - self._scale) < 0.02:
            return
        self._scale = scale
        for label in self.findChildren(QLabel):
            base = label.property("base_px")
            if base:
                f = label.font()
                f.setPixelSize(round(int(base) * scale))
                label.setFont(f)
                if isinstance(label, _FittingLabel):
                    label.set_wanted_px(f.pixelSize())
        self.gauge.set_scale(scale)
        self._fix_heights()

    def show_snapshot(self, snap: Snapshot, get_ready_hint: str, start_key: str) -> None:
        phase = snap.phase
        rhythm = rhythm_text(phase.stroke, motion.stroke_tempo(phase.stroke))
        step = self.tr("Phase {number} of {count}").format(
            number=snap.phase_index + 1, count=snap.phase_count
        )
        _set(self.step, f"{step}   ·   {rhythm}")
        _set(self.zone, f"{phase.zone.label} · {phase.stroke.label}")
        if snap.state is State.FINISHED:
            _set(self.step, PanelText.tr("All %n phase(s) done", "", snap.phase_count))
            _set(self.name, self.tr("Session complete"))
            _set(self.zone, self.tr("Let them rest"))
            _set(self.countdown, timefmt.clock_text(0))
            _set(self.cue, self.tr("Leave them lying quietly for a few minutes, then offer water."))
            _set(self.next, self.tr("No rush to sit up: a slow roll to the side is kinder."))
        elif snap.state is State.READY:
            _set(self.name, self.tr("First: {phase}").format(phase=phase.name))
            _set(self.countdown, timefmt.countdown(snap.phase_remaining_s))
            _set(self.cue, phase.instruction)
            _set(
                self.next,
                self.tr(
                    "Press {key}: {time} to rest your hands on the back, then the timer starts."
                ).format(key=start_key, time=timefmt.duration(snap.get_ready_remaining_s)),
            )
        elif snap.counting_down:
            _set(self.name, self.tr("Get ready"))
            _set(self.countdown, timefmt.countdown(snap.get_ready_remaining_s))
            _set(self.cue, get_ready_hint)
            _set(
                self.next,
                self.tr("First: {phase} · {time}").format(
                    phase=phase.name, time=timefmt.duration(phase.duration_s)
                ),
            )
        else:
            _set(self.name, phase.name)
            _set(self.countdown, timefmt.countdown(snap.phase_remaining_s))
            _set(self.cue, phase.instruction)
            nxt = snap.next_phase
            _set(
                self.next,
                self.tr("Next: {phase} · {zone} · {time}").format(
                    phase=nxt.name, zone=nxt.zone.label, time=timefmt.duration(nxt.duration_s)
                )
                if nxt
                else self.tr("Next: the end, a short rest"),
            )
        ramping = snap.state in (State.RUNNING, State.PAUSED) and not snap.counting_down
        self.gauge.set_level(snap.pressure, phase.pressure.end if ramping else snap.pressure)
        value = round(snap.progress * 1000)
        if self.progress.value() != value:
            self.progress.setValue(value)
        _set(
            self.session_left,
            self.tr("Session: {left} left of {total}").format(
                left=timefmt.countdown(snap.session_remaining_s),
                total=timefmt.countdown(snap.session_total_s),
            ),
        )


def _set(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)
