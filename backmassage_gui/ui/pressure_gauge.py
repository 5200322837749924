"""The 0–10 pressure indicator with its named bands."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain.pressure import BANDS, MAX_LEVEL, band_for
from . import theme

BAND_TEXT_PX = 30
SMALL_TEXT_PX = 17


class PressureGauge(QWidget):
    """A horizontal 0–10 scale: coloured bands, the 9–10 band hatched as
    beyond home use, a marker at the current level and where it is heading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = 0.0
        self._target = 0.0
        self._scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())
        self.setAccessibleName("Pressure")
        self._update_accessible()

    def sizeHint(self) -> QSize:
        k = self._scale
        return QSize(round(520 * k), round((BAND_TEXT_PX + SMALL_TEXT_PX + 22) * k) + 56)

    def set_scale(self, scale: float) -> None:
        self._scale = scale
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    # -- state ------------------------------------------------------------
    @property
    def level(self) -> float:
        return self._level

    @property
    def band_name(self) -> str:
        return band_for(self._level).name

    def set_level(self, level: float, target: float) -> None:
        """Show ``level`` now, heading for ``target`` at the phase's end.
        Repaints only when what is drawn would change."""
        level = round(level, 2)
        if level == self._level and target == self._target:
            return
        old_label = self.summary()
        self._level, self._target = level, target
        if self.summary() != old_label:
            self._update_accessible()
        self.update()

    def summary(self) -> str:
        whole = round(self._level)
        trend = ""
        if self._target - self._level > 0.25:
            trend = f", rising to {round(self._target)}"
        elif self._level - self._target > 0.25:
            trend = f", easing to {round(self._target)}"
        return f"{self.band_name} pressure, {whole} of 10{trend}"

    def _update_accessible(self) -> None:
        self.setAccessibleDescription(self.summary())

    # -- drawing ----------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = self.width()
        band = band_for(self._level)
        colour = theme.BAND_COLOURS[band.name]

        band_px = round(BAND_TEXT_PX * self._scale)
        small_px = round(SMALL_TEXT_PX * self._scale)
        # Band name, large, with the number beside it.
        p.setFont(theme.font(band_px, bold=True))
        p.setPen(colour)
        head = QRectF(0, 0, w, band_px + 8)
        p.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   f"{band.name} pressure")
        p.setPen(theme.TEXT)
        trend = ""
        if self._target - self._level > 0.25:
            trend = f"↑ to {round(self._target)}   "
        elif self._level - self._target > 0.25:
            trend = f"↓ to {round(self._target)}   "
        p.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   f"{trend}{round(self._level)} / 10")

        # The scale.
        top = band_px + 22
        bar = QRectF(2, top, w - 4, 30)
        scale = bar.width() / MAX_LEVEL
        for b in BANDS:
            seg = QRectF(bar.left() + b.low * scale, bar.top(), (b.high - b.low) * scale,
                         bar.height())
            c = QColor(theme.BAND_COLOURS[b.name])
            c.setAlpha(255 if b is band else 90)
            p.fillRect(seg, c)
            if b.too_much:
                p.fillRect(seg, QBrush(QColor(20, 20, 20, 160), Qt.BrushStyle.BDiagPattern))
        p.setPen(QPen(theme.BACKGROUND, 2))
        for i in range(1, int(MAX_LEVEL)):
            x = bar.left() + i * scale
            p.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()))

        # Marker: a triangle above the bar and a bright line through it.
        x = bar.left() + self._level * scale
        p.setPen(QPen(theme.TEXT, 4))
        p.drawLine(QPointF(x, bar.top() - 4), QPointF(x, bar.bottom() + 4))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.TEXT)
        p.drawPolygon(QPolygonF([QPointF(x - 9, bar.top() - 14), QPointF(x + 9, bar.top() - 14),
                                 QPointF(x, bar.top() - 3)]))

        # Band labels under the scale.
        p.setFont(theme.font(small_px))
        p.setPen(theme.MUTED)
        label_top = bar.bottom() + 4
        for b in BANDS:
            seg = QRectF(bar.left() + b.low * scale, label_top, (b.high - b.low) * scale,
                         small_px + 6)
            p.drawText(seg, Qt.AlignmentFlag.AlignCenter, b.name)
        p.end()
