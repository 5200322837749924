"""The 0–10 pressure indicator with its named bands."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain.pressure import BANDS, MAX_LEVEL, PressureBand, band_for
from . import theme

BAND_TEXT_PX = 30
SMALL_TEXT_PX = 17
BAR_HEIGHT = 30
TREND_MIN = 0.25  # closer than this to the target reads as steady
LEVEL_STEP = 0.02  # finer moves are below a pixel on any sane width


class PressureGauge(QWidget):
    """A horizontal 0–10 scale: coloured bands, the 9–10 band hatched as
    beyond home use, a marker at the current level and where it is heading.

    The scale is drawn once per size and band into a pixmap; a level change
    repaints only the marker and the heading text over it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = 0.0
        self._target = 0.0
        self._scale = 1.0
        self._cache: QPixmap | None = None
        self._cache_key: tuple[object, ...] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())
        # The name says what the drawn scale says; the description, where
        # the marker is now (it changes as the session runs).
        self.setAccessibleName(
            self.tr("Pressure, on a scale of {bands}").format(
                bands=", ".join(b.label.lower() for b in BANDS)
            )
        )
        self.setAccessibleDescription(self.summary())

    def sizeHint(self) -> QSize:
        k = self._scale
        return QSize(
            round(520 * k), round((BAND_TEXT_PX + SMALL_TEXT_PX) * k) + 22 + BAR_HEIGHT + 14
        )

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
    def band(self) -> PressureBand:
        return band_for(self._level)

    @property
    def band_name(self) -> str:
        return self.band.name

    def set_level(self, level: float, target: float) -> None:
        """Show ``level`` now, heading for ``target`` at the phase's end.
        Repaints only when what is drawn would change."""
        level = round(level / LEVEL_STEP) * LEVEL_STEP
        if level == self._level and target == self._target:
            return
        old_summary = self.summary()
        self._level, self._target = level, target
        summary = self.summary()
        if summary != old_summary:
            self.setAccessibleDescription(summary)
        self.update()

    def trend(self) -> str:
        """``rising``, ``easing`` or ``""``: which way the level is heading."""
        if self._target - self._level > TREND_MIN:
            return "rising"
        if self._level - self._target > TREND_MIN:
            return "easing"
        return ""

    def summary(self) -> str:
        trend = self.trend()
        level, target = round(self._level), round(self._target)
        now = self.tr("{pressure}, {level} of 10").format(
            pressure=self.band.pressure_label, level=level
        )
        if trend == "rising":
            return now + self.tr(", rising to {target}").format(target=target)
        if trend == "easing":
            return now + self.tr(", easing to {target}").format(target=target)
        return now

    def heading_text(self) -> str:
        """The line drawn at the top right, e.g. ``↑ to 5   3 / 10``."""
        arrow = {"rising": "↑", "easing": "↓"}.get(self.trend(), "")
        if not arrow:
            return self.level_text()
        heading = self.tr("{arrow} to {target}").format(arrow=arrow, target=round(self._target))
        return f"{heading}   {self.level_text()}"

    def level_text(self) -> str:
        """The level alone, ``3 / 10``."""
        return f"{round(self._level)} / 10"

    def painted_texts(self) -> list[str]:
        """Every text the gauge draws (the summary says them in words)."""
        return [self.band.pressure_label, self.heading_text(), *(b.label for b in BANDS)]

    # -- drawing ----------------------------------------------------------
    def _bar_rect(self) -> QRectF:
        top = round(BAND_TEXT_PX * self._scale) + 22
        return QRectF(2, top, self.width() - 4, BAR_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.drawPixmap(0, 0, self._static())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        band = self.band
        band_px = round(BAND_TEXT_PX * self._scale)
        head = QRectF(0, 0, self.width(), band_px + 8)

        # The band's name at the left, the level at the right: where a long
        # language leaves no room for both, the level drops where it is heading
        # and the name shrinks a little (never the one over the other).
        whole = theme.font(band_px, bold=True)
        metrics = QFontMetricsF(whole)
        gap = band_px * 0.6
        heading = self.heading_text()
        if metrics.horizontalAdvance(band.pressure_label + heading) + gap > head.width():
            heading = self.level_text()
        heading_w = metrics.horizontalAdvance(heading)
        name_room = QRectF(head.left(), head.top(), head.width() - heading_w - gap, head.height())
        p.setFont(theme.fitting_font(band.pressure_label, name_room.width(), band_px, bold=True))
        p.setPen(theme.BAND_COLOURS[band.name])
        p.drawText(
            name_room,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            band.pressure_label,
        )
        p.setFont(whole)
        p.setPen(theme.TEXT)
        p.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, heading)

        # Marker: a triangle above the bar and a bright line through it.
        bar = self._bar_rect()
        x = bar.left() + self._level * bar.width() / MAX_LEVEL
        p.setPen(QPen(theme.TEXT, 4))
        p.drawLine(QPointF(x, bar.top() - 4), QPointF(x, bar.bottom() + 4))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.TEXT)
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(x - 9, bar.top() - 14),
                    QPointF(x + 9, bar.top() - 14),
                    QPointF(x, bar.top() - 3),
                ]
            )
        )
        p.end()

    def _static(self) -> QPixmap:
        dpr = self.devicePixelRatioF()
        key = (self.width(), self.height(), dpr, self._scale, self.band.name)
        if self._cache is None or self._cache_key != key:
            pix = QPixmap(self.size() * dpr)
            pix.setDevicePixelRatio(dpr)
            pix.fill(Qt.GlobalColor.transparent)
            p = QPainter(pix)
            self._paint_scale(p)
            p.end()
            self._cache, self._cache_key = pix, key
        return self._cache

    def _paint_scale(self, p: QPainter) -> None:
        current = self.band
        bar = self._bar_rect()
        unit = bar.width() / MAX_LEVEL
        for b in BANDS:
            seg = QRectF(
                bar.left() + b.low * unit, bar.top(), (b.high - b.low) * unit, bar.height()
            )
            c = QColor(theme.BAND_COLOURS[b.name])
            c.setAlpha(255 if b is current else 90)
            p.fillRect(seg, c)
            if b.too_much:
                p.fillRect(seg, QBrush(QColor(20, 20, 20, 160), Qt.BrushStyle.BDiagPattern))
        p.setPen(QPen(theme.PANEL, 2))
        for i in range(1, int(MAX_LEVEL)):
            x = bar.left() + i * unit
            p.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()))
        # Band names stay small enough to fit their stretch of the scale.
        small_px = round(SMALL_TEXT_PX * min(self._scale, bar.width() / 560))
        p.setPen(theme.MUTED)
        for b in BANDS:
            seg = QRectF(
                bar.left() + b.low * unit, bar.bottom() + 4, (b.high - b.low) * unit, small_px + 6
            )
            p.setFont(theme.fitting_font(b.label, seg.width() - 4, small_px))
            p.drawText(seg, Qt.AlignmentFlag.AlignCenter, b.label)
