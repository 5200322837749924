"""The table view's text side: what reads from two metres, hands on the back.

A countdown whose digits stand at least 40% of the window's height, then the
phase, the zone and stroke, and the pressure band, in type of 48 px and up at
1366×768. Digits that tall would be wider than the room beside the back, so
they are drawn condensed (narrowed, never shortened): height is what the eye
reads from across a room. Drawn in ``paintEvent``; repainted only when a
text changes (once a second), never per frame.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain import timefmt
from ..domain.pressure import band_for
from ..domain.session import Snapshot, State
from ..i18n import Context
from ..presenters.session_text import StateText
from . import theme

DIGITS_OF_HEIGHT = 0.46
"""The countdown's digit height as a share of this widget's height (the
window's status bar and margins take the rest of 40% of the window)."""
LINE_OF_HEIGHT = 0.085
"""Each line's type size as a share of this widget's height."""
MIN_LINE_OF_HEIGHT = 0.066
"""A line too long for its room gets smaller type, down to this share."""
MIN_CONDENSE = 0.5
"""Digits are narrowed to no less than half their width; beyond that they shrink."""
MIN_TEXT_CONDENSE = 0.8
"""Words are narrowed to no less than this share of their width before they
shrink (a long language's words: the height is what reads from afar)."""
LINE_SPACING = 1.2
_REFERENCE_PX = 400.0


class TableView(Context):
    """The table view's words."""


@dataclass(frozen=True)
class TableText:
    countdown: str
    title: str
    title_is_state: bool
    where: str
    band: str
    band_colour: QColor
    dim: bool


def table_text(snap: Snapshot, state: StateText) -> TableText:
    """The four things the table view shows, for ``snap``."""
    phase = snap.phase
    band = band_for(snap.pressure)
    if snap.state is State.FINISHED:
        remaining, title = 0.0, TableView.tr("Session complete")
    elif snap.counting_down or snap.state is State.READY:
        remaining = snap.get_ready_remaining_s if snap.counting_down else snap.phase_remaining_s
        title = TableView.tr("First: {phase}").format(phase=phase.name)
    else:
        remaining, title = snap.phase_remaining_s, phase.name
    shows_state = snap.state in (State.READY, State.PAUSED) or snap.waiting
    return TableText(
        countdown=timefmt.countdown(remaining),
        title=state.line if shows_state and state.line else title,
        title_is_state=shows_state and bool(state.line),
        where=f"{phase.zone.label} · {phase.stroke.label}",
        band=f"{band.pressure_label} · {round(snap.pressure)} / 10",
        band_colour=theme.BAND_COLOURS.get(band.name, theme.TEXT),
        dim=state.dim,
    )


class TableFace(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Table view"))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._text: TableText | None = None
        self._digits = theme.font(int(_REFERENCE_PX), bold=True, digits=True)
        self._digit_height = QFontMetricsF(self._digits).tightBoundingRect("0123456789").height()

    @property
    def text(self) -> TableText | None:
        return self._text

    def show_text(self, text: TableText) -> None:
        if text == self._text:
            return
        self._text = text
        self.setAccessibleDescription(f"{text.countdown}. {text.title}. {text.where}. {text.band}.")
        self.update()

    # -- sizes (read by tests) ------------------------------------------------
    def digit_height(self) -> float:
        return self._countdown_geometry()[1] * self._digit_height

    def line_px(self) -> int:
        return max(1, round(self.height() * LINE_OF_HEIGHT))

    def min_line_px(self) -> int:
        """The smallest a line gets before it is cut: 48 px at 1366×768."""
        return max(1, round(self.height() * MIN_LINE_OF_HEIGHT))

    def _countdown_geometry(self) -> tuple[float, float]:
        """(x-scale, y-scale) for the reference font: tall first, then narrow."""
        text = self._text.countdown if self._text else "00:00"
        width = QFontMetricsF(self._digits).horizontalAdvance(text)
        target = self.height() * DIGITS_OF_HEIGHT / self._digit_height
        room = max(1.0, self.width() - 2 * self._margin())
        sx = min(target, room / width)
        if sx < target * MIN_CONDENSE:  # too narrow even condensed: shrink the height too
            target = sx / MIN_CONDENSE
        return sx, target

    def _margin(self) -> float:
        return self.width() * 0.02

    # -- drawing ------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        text = self._text
        if text is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = self._margin()
        sx, sy = self._countdown_geometry()
        path = QPainterPath()
        path.addText(QPointF(0, 0), self._digits, text.countdown)
        box = path.boundingRect()
        top = self.height() * 0.04
        painter.save()
        painter.translate(margin - box.left() * sx, top - box.top() * sy)
        painter.scale(sx, sy)
        painter.fillPath(path, theme.MUTED if text.dim else theme.TEXT)
        painter.restore()
        y = top + box.height() * sy + self.height() * 0.05
        line = theme.font(self.line_px(), bold=True)
        lines = [
            (text.title, theme.ACCENT if text.title_is_state else theme.TEXT),
            *((part, theme.ACCENT) for part in self._where_lines(text.where, margin)),
            (text.band, text.band_colour),
        ]
        if y + len(lines) * QFontMetricsF(line).height() * LINE_SPACING > self.height():
            line = theme.font(self.min_line_px(), bold=True)  # four lines: all at the floor
        for words, colour in lines:
            y = self._line(painter, line, words, colour, margin, y)
        painter.end()

    def _where_lines(self, where: str, margin: float) -> list[str]:
        """Zone and stroke on one line, or on two where one would have to be cut."""
        floor = QFontMetricsF(theme.font(self.min_line_px(), bold=True))
        if floor.horizontalAdvance(where) * MIN_TEXT_CONDENSE <= self.width() - 2 * margin:
            return [where]
        return [part.strip() for part in where.split(" · ")]

    def _fitted(self, font: QFont, words: str, width: float) -> tuple[QFont, float]:
        """The type for a line and how much to narrow it: first narrower (down
        to ``MIN_TEXT_CONDENSE``: the height is what reads from across the
        room), then smaller, down to the floor."""
        natural = QFontMetricsF(font).horizontalAdvance(words)
        if natural <= width:
            return font, 1.0
        if natural * MIN_TEXT_CONDENSE <= width:
            return font, width / natural
        px = max(self.min_line_px(), int(font.pixelSize() * width / (natural * MIN_TEXT_CONDENSE)))
        font = theme.font(px, bold=font.bold())
        natural = QFontMetricsF(font).horizontalAdvance(words)
        return font, max(MIN_TEXT_CONDENSE, min(1.0, width / natural))

    def _line(
        self, painter: QPainter, font: QFont, words: str, colour: QColor, margin: float, y: float
    ) -> float:
        width = self.width() - 2 * margin
        font, narrow = self._fitted(font, words, width)
        metrics = QFontMetricsF(font)
        shown = metrics.elidedText(words, Qt.TextElideMode.ElideRight, width / narrow)
        painter.save()
        painter.setFont(font)
        painter.setPen(colour)
        painter.translate(margin, y)
        painter.scale(narrow, 1.0)
        painter.drawText(
            QRectF(0, 0, width / narrow, metrics.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            shown,
        )
        painter.restore()
        return y + metrics.height() * LINE_SPACING
