"""A person seen from behind doing the aftercare stretches.

Drawn in the back picture's own style (assets/back.svg: slate body with a
lighter edge, darker hair, the towel's colour for the trousers) and moved
by ``domain.stretches``: the shoulders roll, the upper body bends to each
side, the arms hang from the shoulders. White arrows with a dark edge, like
the stroke paths, show which way it moves; the movement is named under it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain.geometry import TORSO_KNOTS_PX, catmull_rom
from ..domain.stretches import Movement, StretchPose, pose_at
from . import theme
from .back_view import PATH_CASING, PATH_COLOUR

BODY = QColor("#444c5c")
EDGE = QColor("#6b7588")
HAIR = QColor(54, 60, 73, 190)
CLOTH = QColor("#8a8376")
CLOTH_EDGE = QColor("#a49d8e")

# The figure uses the back picture's own coordinates (art pixels): the same
# torso curve (geometry.TORSO_KNOTS_PX), head, neck and arms, posed.
BOX = QRectF(60.0, 0.0, 680.0, 960.0)
CENTRE_X = 400.0
#: The bend of a side bend comes from the waist, the narrowest point.
WAIST_Y = 720.0
SHOULDER_Y = 300.0
SHOULDER_W = 448.0
#: How much of a shoulder roll each torso knot takes part in: the top of
#: the shoulders all of it, the flank below the armpit none.
_ROLLING = tuple(
    min(1.0, max(0.0, (380.0 - y) / 100.0)) * (0.45 if i == 0 else 1.0)
    for i, (_, y) in enumerate(TORSO_KNOTS_PX)
)
CAPTION_PX = 24
HOW_PX = 18


class StretchFigure(QWidget):
    """The stretching figure; ``update()`` it to move, ``freeze()`` to stop."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._t0 = clock()
        self._frozen: float | None = None
        self.setMinimumSize(220, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Stretch animation"))
        self._described: Movement | None = None
        self._describe()

    def sizeHint(self) -> QSize:
        return QSize(340, 560)

    # -- time -------------------------------------------------------------
    def elapsed(self) -> float:
        """Seconds of stretching shown so far (stands still while frozen)."""
        return self._frozen if self._frozen is not None else self._clock() - self._t0

    def phase(self) -> float:
        """Where in the loop the figure is, in seconds."""
        return self.elapsed()

    def pose(self) -> StretchPose:
        return pose_at(self.elapsed())

    @property
    def frozen(self) -> bool:
        return self._frozen is not None

    def freeze(self) -> None:
        """Stop where it is: it no longer moves, however it is repainted."""
        if self._frozen is None:
            self._frozen = self._clock() - self._t0

    def resume(self) -> None:
        """Move on from where it stopped."""
        if self._frozen is not None:
            self._t0 = self._clock() - self._frozen
            self._frozen = None

    def caption(self) -> str:
        """The movement under way, named under the figure."""
        return self.pose().movement.label

    def painted_texts(self) -> list[str]:
        movement = self.pose().movement
        return [movement.label, movement.how]

    def _describe(self) -> None:
        """Say the movement under way, for a screen reader, when it changes."""
        movement = self.pose().movement
        if movement is not self._described:
            self._described = movement
            self.setAccessibleDescription(
                self.tr(
                    "Now: {movement}, {how}. "
                    "The figure loops through slow shoulder rolls and gentle side bends."
                ).format(movement=movement.label, how=movement.how)
            )

    # -- drawing ----------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self._describe()
        pose = self.pose()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_h = CAPTION_PX + 2 * HOW_PX + 28
        scale = min(self.width() / BOX.width(), (self.height() - text_h - 4) / BOX.height())
        p.save()
        p.translate((self.width() - BOX.width() * scale) / 2, 4)
        p.scale(scale, scale)
        p.translate(-BOX.left(), -BOX.top())
        p.setClipRect(BOX)
        self._paint_figure(p, pose, 1.0 / scale)
        p.restore()
        p.setPen(theme.TEXT)
        p.setFont(theme.font(CAPTION_PX, bold=True))
        top = 4 + BOX.height() * scale + 6
        p.drawText(
            QRectF(0, top, self.width(), CAPTION_PX + 8),
            Qt.AlignmentFlag.AlignCenter,
            pose.movement.label,
        )
        p.setPen(theme.MUTED)
        p.setFont(theme.font(HOW_PX))
        p.drawText(
            QRectF(0, top + CAPTION_PX + 8, self.width(), 2 * HOW_PX + 12),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            pose.movement.how,
        )
        p.end()

    def _paint_figure(self, p: QPainter, pose: StretchPose, px: float) -> None:
        """The person in art pixels; ``px`` is one screen pixel in art pixels."""
        edge = QPen(EDGE, max(4.0, 1.5 * px))
        edge.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        left = [
            self._posed(pt, w, pose, -1) for pt, w in zip(TORSO_KNOTS_PX, _ROLLING, strict=True)
        ]
        right = [
            self._posed((2 * CENTRE_X - x, y), w, pose, 1)
            for (x, y), w in zip(TORSO_KNOTS_PX, _ROLLING, strict=True)
        ]
        # Arms hang from the shoulders, behind the body as in back.svg.
        for side, pts in ((-1, left), (1, right)):
            self._paint_arm(p, pts[5], pts[6], side, pose.lean, edge)
        torso = _smooth_open(left)
        tail = _smooth_open(list(reversed(right)))
        torso.lineTo(tail.elementAt(0).x, tail.elementAt(0).y)
        torso.connectPath(tail)
        torso.closeSubpath()
        p.setPen(edge)
        p.setBrush(BODY)
        p.drawPath(torso)
        self._paint_cloth(p, edge)
        self._paint_head(p, pose, left[0], right[0], edge)
        if pose.movement is Movement.SHOULDER_ROLLS:
            for side, pts in ((-1, left), (1, right)):
                self._roll_arrow(p, pts[4], side, px)
        else:
            self._bend_arrow(p, pose, px)

    def _posed(
        self, pt: tuple[float, float], rolling: float, pose: StretchPose, side: int
    ) -> QPointF:
        x, y = pt
        # The shoulder roll: up, and toward the spine (-side) as it goes back.
        x += -side * pose.back * SHOULDER_W * rolling
        y -= pose.rise * SHOULDER_W * rolling
        return self._bent(QPointF(x, y), pose.lean)

    @staticmethod
    def _bent(pt: QPointF, lean: float) -> QPointF:
        """Bend above the waist, more the higher up (the spine curves)."""
        if pt.y() >= WAIST_Y or lean == 0.0:
            return pt
        k = min(1.0, (WAIST_Y - pt.y()) / 260.0)
        a = lean * k
        dx, dy = pt.x() - CENTRE_X, pt.y() - WAIST_Y
        return QPointF(
            CENTRE_X + dx * math.cos(a) - dy * math.sin(a),
            WAIST_Y + dx * math.sin(a) + dy * math.cos(a),
        )

    def _paint_arm(
        self, p: QPainter, shoulder: QPointF, below: QPointF, side: int, lean: float, edge: QPen
    ) -> None:
        """An arm hanging from the shoulder, shaped like the back picture's:
        wide at the top, narrowing to the wrist, a hand. In a side bend it
        stays along the body, turning with it a little less than the body."""
        top = QPointF((shoulder.x() + below.x()) / 2 + side * 4, shoulder.y() + 14)
        p.save()
        p.translate(top)
        p.rotate(math.degrees(lean * 0.75))
        x = side * 4.0
        y = 0.0
        arm = QPainterPath(QPointF(x - 36, y + 30))
        arm.cubicTo(x - 40, y - 10, x + 30, y - 30, x + 38, y + 40)
        arm.cubicTo(x + 40, y + 200, x + 28, y + 360, x + 26, y + 470)
        arm.cubicTo(x + 30, y + 520, x + 34, y + 560, x + 24, y + 600)
        arm.cubicTo(x + 12, y + 636, x - 12, y + 636, x - 24, y + 600)
        arm.cubicTo(x - 32, y + 560, x - 26, y + 520, x - 22, y + 470)
        arm.cubicTo(x - 26, y + 360, x - 36, y + 200, x - 36, y + 30)
        arm.closeSubpath()
        p.setPen(edge)
        p.setBrush(BODY)
        p.drawPath(arm)
        p.restore()

    def _paint_cloth(self, p: QPainter, edge: QPen) -> None:
        """Trousers from the hips down, in the towel's colour."""
        cloth = QPainterPath(QPointF(196, 874))
        cloth.cubicTo(300, 860, 500, 860, 604, 874)
        cloth.lineTo(618, 960)
        cloth.lineTo(182, 960)
        cloth.closeSubpath()
        p.setPen(QPen(CLOTH_EDGE, edge.widthF()))
        p.setBrush(CLOTH)
        p.drawPath(cloth)

    def _paint_head(
        self, p: QPainter, pose: StretchPose, neck_left: QPointF, neck_right: QPointF, edge: QPen
    ) -> None:
        """Neck, ears, head and hair as back.svg draws them, tilted with the
        bend and carried up a little by the shoulders."""
        base = QPointF(
            (neck_left.x() + neck_right.x()) / 2, (neck_left.y() + neck_right.y()) / 2 + 5
        )
        p.save()
        p.translate(base)
        p.rotate(math.degrees(pose.lean * 1.3))
        p.translate(-400, -195)
        neck = QPainterPath(QPointF(365, 138))
        neck.cubicTo(363, 164, 359, 180, 346, 195)
        neck.lineTo(454, 195)
        neck.cubicTo(441, 180, 437, 164, 435, 138)
        neck.closeSubpath()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BODY)
        p.drawPath(neck)
        p.setPen(edge)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for sides in (
            ((365, 146), (363, 168), (360, 181), (350, 191)),
            ((435, 146), (437, 168), (440, 181), (450, 191)),
        ):
            line = QPainterPath(QPointF(*sides[0]))
            line.cubicTo(QPointF(*sides[1]), QPointF(*sides[2]), QPointF(*sides[3]))
            p.drawPath(line)
        p.setBrush(BODY)
        p.drawEllipse(QPointF(335, 100), 11, 19)
        p.drawEllipse(QPointF(465, 100), 11, 19)
        p.drawEllipse(QPointF(400, 92), 65, 80)
        hair = QPainterPath(QPointF(343, 118))
        hair.cubicTo(336, 70, 360, 24, 400, 22)
        hair.cubicTo(440, 24, 464, 70, 457, 118)
        hair.cubicTo(446, 134, 424, 140, 400, 140)
        hair.cubicTo(376, 140, 354, 134, 343, 118)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(HAIR)
        p.drawPath(hair)
        p.restore()

    def _roll_arrow(self, p: QPainter, shoulder: QPointF, side: int, px: float) -> None:
        """A ring arrow above each shoulder, turning as the shoulder rolls
        (up and back toward the spine, then down)."""
        centre = QPointF(shoulder.x() + side * 8, shoulder.y() - 130)
        radius = 56.0
        # Seen from behind, the left shoulder goes round anticlockwise
        # (rising on its spine side), the right one clockwise.
        start, sweep = (200.0, 280.0) if side < 0 else (-20.0, -280.0)
        _arc_arrow(p, centre, radius, start, sweep, px)

    def _bend_arrow(self, p: QPainter, pose: StretchPose, px: float) -> None:
        """An arc over the head, pointing the way the body is bending."""
        if pose.bending == 0:
            return
        centre = QPointF(CENTRE_X, WAIST_Y)
        radius = WAIST_Y - 24.0
        sweep = 22.0 * pose.bending
        start = 90.0 - math.degrees(pose.lean * 1.1) + 3.0 * pose.bending
        _arc_arrow(p, centre, radius, start, -sweep, px)


def _smooth_open(points: list[QPointF]) -> QPainterPath:
    knots = [(pt.x(), pt.y()) for pt in points]
    path = QPainterPath(QPointF(*knots[0]))
    for _, c1, c2, end in catmull_rom(knots):
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    return path


#: Arrowheads on the figure's arcs, in art pixels: about 24 by 14 screen
#: pixels where the figure is drawn at half size, like the stroke paths.
ARROW_HEAD = 48.0
ARROW_HALF = 14.0


def _arc_arrow(
    p: QPainter, centre: QPointF, radius: float, start_deg: float, sweep_deg: float, px: float
) -> None:
    """An arc (Qt angles: degrees anticlockwise from 3 o'clock) ending in an
    arrowhead that sits on the arc (its base and tip both on the circle),
    white on a dark edge like the stroke paths."""

    def on_circle(deg: float) -> QPointF:
        a = math.radians(deg)
        return QPointF(centre.x() + radius * math.cos(a), centre.y() - radius * math.sin(a))

    turn = 1.0 if sweep_deg > 0 else -1.0
    end = start_deg + sweep_deg
    head_deg = math.degrees(2.0 * math.asin(min(1.0, ARROW_HEAD / (2.0 * radius))))
    tip, base = on_circle(end), on_circle(end - turn * head_deg)
    dx, dy = tip.x() - base.x(), tip.y() - base.y()
    norm = math.hypot(dx, dy) or 1.0
    wing = QPointF(-dy / norm * ARROW_HALF, dx / norm * ARROW_HALF)
    rect = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
    # The line stops inside the head so its round cap does not poke out.
    line_sweep = sweep_deg - turn * head_deg * 0.7
    line = max(9.0, 3.5 * px)
    for colour, width in ((PATH_CASING, line + 3.0 * px), (PATH_COLOUR, line)):
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(rect, round(start_deg * 16), round(line_sweep * 16))
    edge = QPen(PATH_CASING, max(1.0, 2.0 * px))
    edge.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    p.setPen(edge)
    p.setBrush(PATH_COLOUR)
    p.drawPolygon(QPolygonF([tip, base + wing, base - wing]))
