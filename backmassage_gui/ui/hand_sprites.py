"""Hands drawn once into small pixmaps and then only copied.

A hand is a handful of filled shapes and outlines; drawing two of them with
antialiasing every frame would cost more than the rest of the window. So
each hand is drawn once per pose, side, angle step, size and pressure step
into a pixmap, and a frame only copies pixmaps. Angles are rounded to
``ANGLE_STEP`` degrees, sizes to half a pixel and pressure to quarters
(a press still deepens in four steps; a glide's steady pressure is one), so
a phase needs one or two hundred small pixmaps at most, made as the hands
first reach each angle by turning one drawing of the hand.

The shapes come from ``domain.hand_shapes``: the same parts the safety and
readability tests measure, so what is drawn is what was checked.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
    QTransform,
)

from ..domain import hand_shapes
from ..domain.hand_shapes import Blob, Capsule, Disc, HandPose, Part
from . import theme

OUTLINE = QColor("#2a1a08")
"""The dark edge that keeps a light hand readable on any background."""
WORKING = QColor("#e0603a")
"""The working part: a warm red-orange, strong against the cream hand."""
ANGLE_STEP = 5.0
_MASTER_SCALE = 2.0
_RADIUS_STEP = 0.5
_PRESS_STEPS = 4
_MAX_CACHED = 1200


class Sprite(NamedTuple):
    pixmap: QPixmap
    anchor: QPointF
    """Where the anchor (the working point) is inside the pixmap, in widget
    pixels: draw the pixmap at the point minus this."""


def _snap(value: float, step: float) -> float:
    return max(step, round(value / step) * step)


def angle_step(facing: float) -> int:
    """The cached angle a facing is drawn at (an index of ANGLE_STEP degrees)."""
    steps = round(360.0 / ANGLE_STEP)
    return round(math.degrees(facing) / ANGLE_STEP) % steps


_UNIT = 1000.0
"""Paths are built in thousandths of a hand: Qt flattens curves for its
boolean operations to a fixed tolerance, which in whole hand units would
turn every disc into an octagon."""


def part_path(part: Part) -> QPainterPath:
    """One part of a hand as a path, in thousandths of a hand (+y toward the
    fingers)."""
    u = _UNIT
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    if isinstance(part, Disc):
        path.addEllipse(QPointF(part.centre[0] * u, part.centre[1] * u), part.r * u, part.r * u)
    elif isinstance(part, Capsule):
        line = QPainterPath(QPointF(part.a[0] * u, part.a[1] * u))
        line.lineTo(QPointF(part.b[0] * u, part.b[1] * u))
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * part.r * u)
        stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
        path = stroker.createStroke(line)
    else:
        assert isinstance(part, Blob)
        path.moveTo(QPointF(part.points[0][0] * u, part.points[0][1] * u))
        for x, y in part.points[1:]:
            path.lineTo(QPointF(x * u, y * u))
        path.closeSubpath()
    return path


def _union(parts: tuple[Part, ...]) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for part in parts:
        path = path.united(part_path(part))
    return path


_PATHS: dict[HandPose, tuple[QPainterPath, QPainterPath, tuple[QPainterPath, ...]]] = {}


def pose_paths(pose: HandPose) -> tuple[QPainterPath, QPainterPath, tuple[QPainterPath, ...]]:
    """The body, the working part and the separate fingers of a pose, in hand
    units relative to its anchor; built once."""
    found = _PATHS.get(pose)
    if found is None:
        spec = hand_shapes.POSES[pose]
        shift = QTransform.fromTranslate(-spec.anchor[0] * _UNIT, -spec.anchor[1] * _UNIT)
        body = shift.map(_union(spec.body))
        working = shift.map(_union(spec.working))
        fingers = tuple(shift.map(part_path(p)) for p in spec.body if isinstance(p, Capsule))
        found = _PATHS[pose] = (body, working, fingers)
    return found


def hand_transform(facing: float, length_px: float, right: bool) -> QTransform:
    """Hand units to widget pixels round the anchor: the same map as
    ``hand_shapes.Placement.to_art`` (fingers along ``facing``, thumb a
    quarter turn clockwise from them on the left hand, mirrored on the right)."""
    fx, fy = math.cos(facing), math.sin(facing)
    tx, ty = -fy, fx
    if right:
        tx, ty = -tx, -ty
    s = length_px
    # QTransform(m11, m12, m21, m22, dx, dy): x' = m11 x + m21 y, y' = m12 x + m22 y.
    return QTransform(tx * s, ty * s, fx * s, fy * s, 0.0, 0.0)


class HandSprites:
    """Pixmaps of pressing hands, made on first use."""

    def __init__(self) -> None:
        self._dpr = 1.0
        self._cache: dict[tuple[object, ...], Sprite] = {}

    def set_device_pixel_ratio(self, dpr: float) -> None:
        if dpr != self._dpr:
            self._dpr = dpr
            self._cache.clear()

    def clear(self) -> None:
        """Forget every pixmap (a new phase draws other hands)."""
        self._cache.clear()

    def hand(
        self, pose: HandPose, facing: float, length_px: float, right: bool, press: float
    ) -> Sprite:
        """A hand pressing at ``press`` (0..1): the working part's colour
        deepens and a ring inside it thickens as it presses. Nothing is drawn
        outside the pose's outline (``hand_shapes.local_outline``), which is
        what the safety and readability checks measure."""
        step = angle_step(facing)
        length = _snap(length_px, _RADIUS_STEP)
        level = round(min(max(press, 0.0), 1.0) * _PRESS_STEPS)
        key = ("hand", pose, right, step, length, level)
        sprite = self._cache.get(key)
        if sprite is None:
            master = self._master(pose, length, right, level)
            sprite = self._keep(
                key, self._turned(master, pose, math.radians(step * ANGLE_STEP), length, right)
            )
        return sprite

    def _master(self, pose: HandPose, length: float, right: bool, level: int) -> Sprite:
        """The hand drawn once, fingers to the right, at twice the size: each
        angle's sprite is this turned and halved, a tenth of the cost of
        drawing the shapes again (the first stroke of a glide meets some two
        hundred angles)."""
        key = ("master", pose, right, length, level)
        master = self._cache.get(key)
        if master is None:
            master = self._keep(
                key,
                self._draw_hand(
                    pose, 0.0, length * _MASTER_SCALE, right, level / _PRESS_STEPS, _MASTER_SCALE
                ),
            )
        return master

    def _turned(
        self, master: Sprite, pose: HandPose, facing: float, length: float, right: bool
    ) -> Sprite:
        pix, p, anchor = self._fitted(pose, facing, length, right)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        p.translate(anchor)
        p.rotate(math.degrees(facing))
        p.scale(1.0 / _MASTER_SCALE, 1.0 / _MASTER_SCALE)
        p.drawPixmap(-master.anchor, master.pixmap)
        p.end()
        return Sprite(pix, anchor)

    def _fitted(
        self, pose: HandPose, facing: float, length: float, right: bool
    ) -> tuple[QPixmap, QPainter, QPointF]:
        """A blank pixmap just big enough for the hand's outline, and where
        its anchor goes in it."""
        to_px = hand_transform(facing, length, right)
        outline = [to_px.map(QPointF(x, y)) for x, y in hand_shapes.local_outline(pose)]
        left = min(p.x() for p in outline)
        top = min(p.y() for p in outline)
        width = max(p.x() for p in outline) - left
        height = max(p.y() for p in outline) - top
        pad = 2.0
        pix, p = self._canvas(width + 2 * pad, height + 2 * pad)
        return pix, p, QPointF(pad - left, pad - top)

    def _draw_hand(
        self,
        pose: HandPose,
        facing: float,
        length: float,
        right: bool,
        press: float,
        scale: float = 1.0,
    ) -> Sprite:
        pix, p, anchor = self._fitted(pose, facing, length, right)
        to_px = QTransform.fromScale(1 / _UNIT, 1 / _UNIT) * hand_transform(facing, length, right)
        p.translate(anchor)
        body, working, fingers = pose_paths(pose)
        body_px, working_px = to_px.map(body), to_px.map(working)
        edge = max(1.2 * scale, length * 0.035)
        p.fillPath(body_px, theme.HAND)
        # Fingers read as fingers, not a paddle: a fine line round each.
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(OUTLINE, edge * 0.55))
        for finger in fingers:
            p.drawPath(to_px.map(finger))
        fill = QColor(WORKING)
        fill.setAlphaF(0.75 + 0.25 * press)
        p.fillPath(working_px, fill)
        if press > 0.0:
            # The pressing ring, drawn inside the working part only.
            p.save()
            p.setClipPath(working_px)
            p.setPen(QPen(QColor("#7a1f08"), edge * (1.0 + 3.0 * press)))
            p.drawPath(working_px)
            p.restore()
        p.setPen(QPen(OUTLINE, edge))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(body_px)
        p.end()
        return Sprite(pix, anchor)

    def _canvas(self, width: float, height: float) -> tuple[QPixmap, QPainter]:
        pix = QPixmap(max(1, math.ceil(width * self._dpr)), max(1, math.ceil(height * self._dpr)))
        pix.setDevicePixelRatio(self._dpr)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        return pix, p

    def _keep(self, key: tuple[object, ...], sprite: Sprite) -> Sprite:
        if len(self._cache) >= _MAX_CACHED:
            self._cache.clear()  # a resize drag: start again rather than grow
        self._cache[key] = sprite
        return sprite

    def __len__(self) -> int:
        return len(self._cache)


def outline_rect(pose: HandPose, facing: float, length_px: float, right: bool) -> QRectF:
    """The widget-pixel box of a hand's outline round its anchor."""
    to_px = hand_transform(facing, length_px, right)
    pts = [to_px.map(QPointF(x, y)) for x, y in hand_shapes.local_outline(pose)]
    xs = [p.x() for p in pts]
    ys = [p.y() for p in pts]
    return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
