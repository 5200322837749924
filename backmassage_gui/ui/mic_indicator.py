"""The sign that the app is listening, in the back's upper right corner.

Whenever the microphone is open a drawn microphone and "Listening" show, big
enough to read from the table, in the normal and the table view alike (the
corner above the shoulders is empty in both, and the legend stays readable);
after a spoken command is acted on, "Heard: next" shows under them for a
moment, timed on the session's clock. While the check-in prompt covers the
top, the microphone alone sits just under the prompt's right end, small enough
to leave the shoulders clear. Hidden whenever the app is not listening, so the
sign is never on without the microphone being open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from ..domain.session import Clock
from ..voice.listening_rules import HEARD_SHOWN_S, on_one_line
from . import accessible, theme
from .back_view import BackView

MARGIN_PX = 14
GAP_PX = 8
"""Between the check-in prompt and the sign under it."""
FADE_CHECK_MS = 250
"""While "Heard: …" shows, how often the clock is read to let it go."""


class MicGlyph(QWidget):
    """A microphone, drawn (an emoji font may be missing); grey while disabled."""

    def __init__(self, size: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(size, size)

    def paintEvent(self, _event: QPaintEvent) -> None:
        size = float(self.width())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = theme.ACCENT if self.isEnabled() else theme.MUTED
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        head = QRectF(size * 0.34, size * 0.06, size * 0.32, size * 0.52)
        painter.drawRoundedRect(head, size * 0.16, size * 0.16)
        pen = QPen(colour, max(2.0, size * 0.07))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        cradle = QRectF(size * 0.22, size * 0.2, size * 0.56, size * 0.52)
        painter.drawArc(cradle, 180 * 16, 180 * 16)
        painter.drawLine(QPointF(size * 0.5, size * 0.72), QPointF(size * 0.5, size * 0.88))
        painter.drawLine(QPointF(size * 0.34, size * 0.9), QPointF(size * 0.66, size * 0.9))
        painter.end()


class MicIndicator(QFrame):
    """Shown while listening; says what was last heard for a moment."""

    def __init__(self, host: BackView, clock: Clock) -> None:
        super().__init__(host)
        self._host = host
        self._clock = clock
        self._heard_at = 0.0
        self._under: QWidget | None = None
        self.setObjectName("micIndicator")
        self._waiting = False
        self.glyph = MicGlyph(36, self)
        self.label = QLabel(self)
        self.label.setFont(theme.font(24, bold=True))
        self.heard = QLabel(self)
        self.heard.setFont(theme.font(24, bold=True))
        self.heard.setStyleSheet(f"color: {theme.ACCENT.name()};")
        self.heard.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 14, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.glyph, 0, 0)
        grid.addWidget(self.label, 0, 1)
        grid.addWidget(self.heard, 1, 0, 1, 2)
        self._fade = QTimer(self)
        self._fade.setInterval(FADE_CHECK_MS)
        self._fade.timeout.connect(self.fade_if_due)
        self._show_waiting()
        self.hide()

    @property
    def heard_text(self) -> str:
        """What "Heard: …" says now ("" when it is not showing)."""
        return self.heard.text() if not self.heard.isHidden() else ""

    def set_listening(self, on: bool) -> None:
        if on == (not self.isHidden()):
            return
        host = self._host
        if not on:
            self._clear_heard()
            self.set_waiting(False)
        self.setVisible(on)
        if on:
            # Follows the host's size only while shown: the host animates,
            # and a filter sees each of its frames.
            host.installEventFilter(self)
            self._place()
            self.raise_()
            accessible.announce(self, self.accessibleName())
        else:
            host.removeEventFilter(self)

    @property
    def waiting(self) -> bool:
        """Saying "Wait…": the app is sounding, and what is said now is not heard."""
        return self._waiting

    def set_waiting(self, on: bool) -> None:
        """Show that listening holds off while the app chimes or speaks (so
        an answer said over the check-in prompt is said again after it)."""
        if on == self._waiting:
            return
        self._waiting = on
        self._show_waiting()
        self._place()

    def _show_waiting(self) -> None:
        """Words, name, microphone and edge for listening or waiting."""
        on = self._waiting
        self.label.setText(self.tr("Wait…") if on else self.tr("Listening"))
        self.glyph.setEnabled(not on)
        self.setAccessibleName(
            self.tr("Not listening while the app speaks")
            if on
            else self.tr("Listening for voice commands")
        )
        edge = theme.MUTED if on else theme.ACCENT
        self.setStyleSheet(
            f"QFrame#micIndicator {{ background: rgba(22, 26, 34, 235);"
            f" border: 3px solid {edge.name()}; border-radius: 14px; }}"
        )

    def show_heard(self, text: str) -> None:
        """Show ``text`` ("Heard: next") for ``HEARD_SHOWN_S`` on the clock."""
        self.heard.setText(text)
        self.heard.show()
        self.setAccessibleDescription(on_one_line(text))
        self._heard_at = self._clock()
        self._fade.start()
        self._place()

    def fade_if_due(self) -> None:
        if not self.heard.isHidden() and self._clock() - self._heard_at >= HEARD_SHOWN_S:
            self._clear_heard()

    def _clear_heard(self) -> None:
        self._fade.stop()
        self.heard.hide()
        self.heard.clear()
        self.setAccessibleDescription("")
        self._place()

    def keep_under(self, widget: QWidget | None) -> None:
        """Sit under ``widget`` (the check-in prompt), the microphone alone,
        while it shows."""
        self._under = widget
        self.label.setVisible(widget is None)
        self._place()

    def _place(self) -> None:
        host = self._host
        self.adjustSize()
        under = self._under
        at = host.clear_corner(self.size(), MARGIN_PX)  # clear of the zone being worked
        x, y = at.x(), at.y()
        if under is not None and under.isVisible():
            box = under.geometry()
            x = min(x, box.right() + 1 - self.width())
            # Beside the check-in prompt, on the side away from the edge it sits at.
            high = box.center().y() < host.height() / 2
            y = box.bottom() + 1 + GAP_PX if high else box.top() - GAP_PX - self.height()
        self.move(max(0, x), max(0, y))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self._place()
        return False
