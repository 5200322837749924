"""Hand markers drawn once into small pixmaps and then only copied.

Sixteen antialiased ellipses a frame cost about 0.3 ms; copying the same
markers from pixmaps costs about a twentieth of that, and at 60 frames a
second that difference is most of the app's CPU while a session animates.
Radii are rounded to half a pixel and pressure to sixteenths, which no eye
can tell apart, so a phase needs only a few dozen pixmaps.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

from . import theme

TRAIL_ALPHA = 110
"""Opacity of the newest trail dot; older dots fade toward nothing."""
OUTLINE = QColor("#2a1a08")
_RADIUS_STEP = 0.5
_PRESS_STEPS = 16
_MAX_CACHED = 400


class Sprite(NamedTuple):
    pixmap: QPixmap
    half: float
    """Half its side in widget pixels: the offset from its centre to its corner."""


def _snap(radius: float) -> float:
    return max(_RADIUS_STEP, round(radius / _RADIUS_STEP) * _RADIUS_STEP)


class HandSprites:
    """Pixmaps of trail dots and pressing hands, made on first use."""

    def __init__(self, trail_dots: int) -> None:
        self._trail_dots = trail_dots
        self._dpr = 1.0
        self._cache: dict[tuple[object, ...], Sprite] = {}

    def set_device_pixel_ratio(self, dpr: float) -> None:
        if dpr != self._dpr:
            self._dpr = dpr
            self._cache.clear()

    def trail(self, radius: float, age: int) -> Sprite:
        """A faint dot; ``age`` 0 is the newest."""
        key = ("trail", _snap(radius), age)
        sprite = self._cache.get(key)
        if sprite is None:
            r = _snap(radius)
            colour = QColor(theme.HAND)
            colour.setAlpha(int(TRAIL_ALPHA * (1 - (age + 1) / (self._trail_dots + 1))))
            pix, p = self._canvas(r)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(self._centre(pix), r, r)
            p.end()
            sprite = self._keep(key, pix)
        return sprite

    def hand(self, radius: float, press: float) -> Sprite:
        """A hand of ``radius`` pressing at ``press`` (0..1): a core that
        swells as it presses inside a ring that thickens. Nothing is drawn
        outside ``radius``, which is what keeps a drawn hand off the spine."""
        level = round(min(max(press, 0.0), 1.0) * _PRESS_STEPS)
        key = ("hand", _snap(radius), level)
        sprite = self._cache.get(key)
        if sprite is None:
            r = _snap(radius)
            press = level / _PRESS_STEPS
            pix, p = self._canvas(r)
            centre = self._centre(pix)
            fill = QColor(theme.HAND)
            fill.setAlpha(int(170 + 85 * press))
            p.setBrush(fill)
            p.setPen(QPen(OUTLINE, 2))
            core = r * (0.55 + 0.25 * press)
            p.drawEllipse(centre, core, core)
            ring_pen = 2 + 3 * press
            ring = r - ring_pen / 2
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(theme.HAND, ring_pen))
            p.drawEllipse(centre, ring, ring)
            p.end()
            sprite = self._keep(key, pix)
        return sprite

    def _half_size(self, pix: QPixmap) -> float:
        return pix.width() / self._dpr / 2

    def _canvas(self, radius: float) -> tuple[QPixmap, QPainter]:
        side = int(2 * radius + 4)  # a pixel of margin round the antialiased edge
        pix = QPixmap(round(side * self._dpr), round(side * self._dpr))
        pix.setDevicePixelRatio(self._dpr)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        return pix, p

    def _centre(self, pix: QPixmap) -> QPointF:
        half = self._half_size(pix)
        return QPointF(half, half)

    def _keep(self, key: tuple[object, ...], pix: QPixmap) -> Sprite:
        if len(self._cache) >= _MAX_CACHED:
            self._cache.clear()  # a resize drag: start again rather than grow
        sprite = Sprite(pix, self._half_size(pix))
        self._cache[key] = sprite
        return sprite

    def __len__(self) -> int:
        return len(self._cache)
