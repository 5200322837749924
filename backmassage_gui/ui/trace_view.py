"""The back silhouette as a practice surface: the user traces the stroke with
the mouse, a trackpad or a finger, and then sees the trace over the path."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from ..domain.geometry import Point
from ..domain.trace_scoring import TracePoint
from ..i18n import QT_TRANSLATE_NOOP
from . import theme
from .back_view import BackView

TRACE_COLOUR = QColor("#6fd3ff")
SPINE_MARK = QColor("#ff5c5c")
CROSSED_TEXT = QT_TRANSLATE_NOOP("TraceBackView", "Crossed the spine")
"""Painted over a trace that crossed the spine (the English source)."""


class TraceBackView(BackView):
    """BackView that records a press-and-drag as a trace in the art's
    normalised coordinates, timed by an injected monotonic clock."""

    trace_started = Signal()
    trace_finished = Signal(list)  # list[TracePoint]

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._armed = False
        self._tracing = False
        self._trace: list[TracePoint] = []
        self._marks: tuple[Point, ...] = ()
        self.setAccessibleName(self.tr("Practice back diagram"))

    # -- state ------------------------------------------------------------
    @property
    def trace(self) -> list[TracePoint]:
        return list(self._trace)

    @property
    def tracing(self) -> bool:
        return self._tracing

    @property
    def armed(self) -> bool:
        """Waiting for the press that starts a trace."""
        return self._armed

    def arm(self) -> None:
        """Ready to record: the next press on the back starts a trace."""
        self._armed = True
        self._trace = []
        self._marks = ()
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._update_accessible()
        self.update()

    def disarm(self) -> None:
        self._armed = self._tracing = False
        self.unsetCursor()

    def show_result(self, trace: list[TracePoint], spine_points: tuple[Point, ...]) -> None:
        """Keep the trace on screen with where it crossed the spine marked."""
        self._trace = list(trace)
        self._marks = spine_points
        self._update_accessible()
        self.update()

    def clear_trace(self) -> None:
        self._trace = []
        self._marks = ()
        self._update_accessible()
        self.update()

    def painted_texts(self) -> list[str]:
        return [*super().painted_texts(), *([self.tr(CROSSED_TEXT)] if self._crossed() else [])]

    def _crossed(self) -> bool:
        # Asked from BackView's constructor too, before this one has run.
        return bool(getattr(self, "_marks", ()))

    def _update_accessible(self) -> None:
        super()._update_accessible()
        if self._crossed():
            crossed = self.tr("{crossed}: your trace went over it, marked with crosses.").format(
                crossed=self.tr(CROSSED_TEXT)
            )
            self.setAccessibleDescription(f"{crossed} {self.accessibleDescription()}")

    def to_art(self, pos: QPointF) -> Point:
        r = self.art_rect()
        return ((pos.x() - r.left()) / r.width(), (pos.y() - r.top()) / r.height())

    # -- input ------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._armed and event.button() == Qt.MouseButton.LeftButton:
            self._tracing = True
            self._trace = []
            self._record(event.position())
            self.trace_started.emit()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._tracing:
            self._record(event.position())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._tracing and event.button() == Qt.MouseButton.LeftButton:
            self._record(event.position())
            self.finish()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def finish(self) -> None:
        """End the trace (button released, or time is up) and report it."""
        if not self._tracing:
            return
        self.disarm()
        self.trace_finished.emit(list(self._trace))

    def _record(self, pos: QPointF) -> None:
        u, v = self.to_art(pos)
        self._trace.append(TracePoint(self._clock(), u, v))
        self.update()

    # -- drawing ----------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._trace and not self._marks:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if len(self._trace) > 1:
            pen = QPen(TRACE_COLOUR, 4)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            p.drawPolyline(QPolygonF([self.to_widget((pt.u, pt.v)) for pt in self._trace]))
        p.setPen(QPen(SPINE_MARK, 4))
        size = 9.0
        for u, v in self._marks:
            c = self.to_widget((u, v))
            p.drawLine(QPointF(c.x() - size, c.y() - size), QPointF(c.x() + size, c.y() + size))
            p.drawLine(QPointF(c.x() - size, c.y() + size), QPointF(c.x() + size, c.y() - size))
        if self._marks:
            p.setFont(theme.font(18, bold=True))
            p.setPen(SPINE_MARK)
            p.drawText(
                self.rect().adjusted(0, 8, 0, 0),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.tr(CROSSED_TEXT),
            )
        p.end()
