"""Pressure over the whole session, drawn with pyqtgraph.

Used twice: compact under the session view (with a cursor that follows the
session, the current phase emphasised, a click on a band jumps to it) and
large in the routine editor as a live preview. pyqtgraph (and numpy behind
it) is imported here only, and this module only when a plot is first shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..domain import timefmt
from ..domain.pressure import HOME_LIMIT, MAX_LEVEL
from ..domain.pressure_curve import PhaseSpan, curve, describe, span_at, spans
from ..domain.routine import Phase
from . import theme


class _MinutesAxis(pg.AxisItem):
    """Time ticks as m:ss, the way the countdown reads."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [timefmt.countdown(v) for v in values]


AXIS_PX = 14
"""The smallest text on the timeline's axes, in pixels."""


class PressurePlot(QWidget):
    """The session's pressure curve over bands coloured by zone."""

    phase_clicked = Signal(int)

    def __init__(self, *, compact: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._compact = compact
        self._spans: list[PhaseSpan] = []
        self._regions: list[Any] = []
        self._labels: list[Any] = []
        self._current: int | None = None
        self._position: float | None = None
        pg.setConfigOptions(antialias=True)
        self.plot = pg.PlotWidget(
            background=theme.PANEL.name(), axisItems={"bottom": _MinutesAxis(orientation="bottom")}
        )
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setYRange(0, MAX_LEVEL, padding=0.04)
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(theme.MUTED))
            axis.setTextPen(pg.mkPen(theme.MUTED))
            # Read from a metre or two: no axis text under 14 px.
            axis.setTickFont(theme.font(AXIS_PX))
        levels = (0, 5, 10) if compact else (0, 3, 6, 8, 10)
        item.getAxis("left").setTicks([[(v, str(v)) for v in levels]])
        if compact:
            # The gauge right above it names the levels; in a strip this low
            # the level numbers would only crowd the curve.
            item.hideAxis("left")
        too_much = pg.LinearRegionItem(
            values=(HOME_LIMIT + 0.5, MAX_LEVEL),
            orientation="horizontal",
            movable=False,
            brush=QColor(217, 83, 79, 45),
            pen=pg.mkPen(None),
        )
        too_much.setZValue(-20)
        self.plot.addItem(too_much)
        self._curve = self.plot.plot([], [], pen=pg.mkPen(theme.TEXT, width=3))
        self._cursor = pg.InfiniteLine(
            pos=0, angle=90, movable=False, pen=pg.mkPen(theme.ACCENT, width=3)
        )
        self._cursor.setVisible(False)
        self.plot.addItem(self._cursor)
        self.plot.scene().sigMouseClicked.connect(self._on_click)
        self.plot.setAccessibleName(self.tr("Pressure timeline"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    # -- data ---------------------------------------------------------------
    @property
    def phase_spans(self) -> list[PhaseSpan]:
        return list(self._spans)

    @property
    def curve_data(self) -> tuple[list[float], list[float]]:
        xs, ys = self._curve.getData()
        return (
            [] if xs is None else [float(x) for x in xs],
            [] if ys is None else [float(y) for y in ys],
        )

    def set_plan(self, phases: Sequence[Phase], durations: Sequence[float] | None = None) -> None:
        """Show ``phases`` (with the session's stretched ``durations``)."""
        new_spans = spans(phases, durations)
        if [(s.phase, s.start_s, s.end_s) for s in new_spans] == [
            (s.phase, s.start_s, s.end_s) for s in self._spans
        ]:
            return
        self._spans = new_spans
        for item in self._regions + self._labels:
            self.plot.removeItem(item)
        self._regions, self._labels = [], []
        for span in self._spans:
            region = pg.LinearRegionItem(
                values=(span.start_s, span.end_s),
                movable=False,
                brush=self._band_brush(span, emphasised=False),
                pen=pg.mkPen(theme.PANEL, width=1),
            )
            region.setZValue(-10)
            self.plot.addItem(region)
            self._regions.append(region)
            if not self._compact:
                label = pg.TextItem(
                    f"{span.index + 1}. {span.phase.name}",
                    color=theme.TEXT,
                    anchor=(0, 0.5),
                    angle=90,
                )
                label.setPos(span.start_s + (span.end_s - span.start_s) * 0.3, 0.3)
                self.plot.addItem(label)
                self._labels.append(label)
        xs, ys = curve(self._spans)
        self._curve.setData(xs, ys)
        self.plot.setAccessibleDescription(describe(self._spans))
        total = self._spans[-1].end_s if self._spans else 1.0
        self.plot.setXRange(0, total, padding=0.01)
        current, self._current = self._current, None
        self.set_current(current)

    def _band_brush(self, span: PhaseSpan, *, emphasised: bool) -> QColor:
        colour = QColor(theme.ZONE_COLOURS[span.phase.zone.value])
        colour.setAlpha(150 if emphasised else 55)
        return colour

    def set_current(self, index: int | None) -> None:
        """Emphasise the phase being worked now."""
        if index == self._current:
            return
        for i in (self._current, index):
            if i is not None and 0 <= i < len(self._regions):
                self._regions[i].setBrush(self._band_brush(self._spans[i], emphasised=i == index))
        self._current = index

    def set_position(self, seconds: float | None) -> None:
        """Move the cursor; skipped when the move would be under a pixel."""
        if seconds is None:
            if self._position is not None:
                self._cursor.setVisible(False)
                self._position = None
            return
        total = self._spans[-1].end_s if self._spans else 1.0
        step = total / max(200, self.plot.width())
        if self._position is not None and abs(seconds - self._position) < step:
            return
        self._position = seconds
        self._cursor.setValue(seconds)
        self._cursor.setVisible(True)

    @property
    def position(self) -> float | None:
        return self._position

    def view_to_widget(self, seconds: float, level: float) -> QPointF:
        """Where a point of the plot is on screen (for tests and tooltips)."""
        scene = self.plot.getViewBox().mapViewToScene(QPointF(seconds, level))
        return QPointF(self.plot.mapFromScene(scene))

    def _on_click(self, event: Any) -> None:
        point = self.plot.getViewBox().mapSceneToView(event.scenePos())
        span = span_at(self._spans, point.x())
        if span is not None:
            self.phase_clicked.emit(span.index)
