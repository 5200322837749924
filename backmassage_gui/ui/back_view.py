"""The back silhouette with the zone to work, the spine, and the moving hands.

What does not move during a phase (silhouette, zones, spine, path lines) is
rendered once into a pixmap per size and phase. Each frame draws the hands
(cached pixmaps, see hand_sprites) and the arrowheads along the paths,
leaving out any arrowhead a hand would overlap at that moment
(``domain.diagram.covered``), and repaints only where those changed.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QByteArray, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import resources
from ..domain import diagram, geometry, motion
from ..domain.geometry import Ellipse, Point, Polygon
from ..domain.safety import AvoidSpot, spot_in_zone
from ..domain.strokes import Stroke
from ..domain.zones import Zone
from ..i18n import QT_TRANSLATE_NOOP, Context
from . import theme
from .hand_sprites import HandSprites, Sprite

LEGEND_PX = 17


class BackText(Context):
    """The back diagram's counted words."""


SPINE_LEGEND = QT_TRANSLATE_NOOP("BackView", "Spine: never press on it")
"""The legend's first line (the English source; shown through ``self.tr``)."""
#: Width of the path lines and of their dark edge, as shares of the art's
#: width: 3.5 and 1.2 pixels where the art is 416 pixels wide (1366 x 768).
PATH_WIDTH = 0.0085
PATH_EDGE = 0.003
#: The path's colour and the dark edge that keeps it readable over the
#: zone's hatching; the contrast with the back and the zone fill is checked
#: in tests/unit/ui/test_diagram_readability.py.
PATH_COLOUR = QColor("#ffffff")
PATH_CASING = QColor(22, 26, 34, 190)
#: How strongly the zone to work is tinted (alpha of ACCENT), and its
#: hatching: dark lines, so the white path keeps 4.5:1 against all of it.
ZONE_FILL_ALPHA = 62
ZONE_HATCH = QColor(20, 14, 6, 110)
GREYED_ZONE = QColor("#9aa3b2")


class BackView(QWidget):
    """Draws one phase's zone and stroke; ``set_cycles`` moves the hands."""

    spot_clicked = Signal(float, float)  # (u, v) while marking sore spots

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._svg = QSvgRenderer(QByteArray(resources.read_bytes("back.svg")), self)
        self._zone = Zone.FULL_BACK
        self._stroke = Stroke.GLIDING
        self._cycles = 0.0
        self._reduced_motion = False
        self._spots: tuple[AvoidSpot, ...] = ()
        self._art_key: tuple[int, int] | None = None
        self._art = QRectF()
        self._box = (0.0, 0.0, 0.0, 0.0)
        self._marking = False
        self._hands: tuple[motion.HandMark, ...] = ()
        self._sprites = HandSprites()
        self._drawn: list[tuple[QPointF, QPixmap]] = []
        self._drawn_bounds = QRect()
        # Arrowheads: drawn once per size and phase, placed every frame
        # except where a hand is.
        self._arrow_sprites: list[tuple[QPointF, QPixmap, QRect]] = []
        self._arrow_key: tuple[object, ...] | None = None
        self._hidden: frozenset[int] = frozenset()
        self._cover = diagram.CoverTracker(self._stroke, self._zone)
        self._placed_key: tuple[object, ...] | None = None
        self._static: QPixmap | None = None
        self._static_key: tuple[object, ...] | None = None
        self._backdrop = QColor(theme.BACKGROUND)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 320)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Back diagram"))
        self._refresh_hands()
        self._update_accessible()

    def sizeHint(self) -> QSize:
        return QSize(520, 650)

    # -- state ------------------------------------------------------------
    @property
    def zone(self) -> Zone:
        return self._zone

    @property
    def stroke(self) -> Stroke:
        return self._stroke

    @property
    def hands(self) -> tuple[motion.HandMark, ...]:
        return self._hands

    def set_phase(self, zone: Zone, stroke: Stroke) -> None:
        if (zone, stroke) == (self._zone, self._stroke):
            return
        self._zone, self._stroke = zone, stroke
        self._static_key = None
        self._arrow_key = None
        self._cover = diagram.CoverTracker(zone=zone, stroke=stroke)
        self._sprites.clear()
        self._refresh_hands()
        self._update_accessible()
        self.update()

    @property
    def spots(self) -> tuple[AvoidSpot, ...]:
        return self._spots

    def set_spots(self, spots: tuple[AvoidSpot, ...]) -> None:
        if spots != self._spots:
            self._spots = spots
            self._update_accessible()
            self.update()

    def set_backdrop(self, color: QColor) -> None:
        """The colour behind the back: the page's own, so the view never
        shows as a box of another colour (the table view's page is black)."""
        if color != self._backdrop:
            self._backdrop = QColor(color)
            self._static_key = None
            self.update()

    def set_marking(self, on: bool) -> None:
        """While marking, a click on the back reports where (``spot_clicked``)."""
        self._marking = on
        if on:
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.unsetCursor()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._marking and event.button() == Qt.MouseButton.LeftButton:
            r = self.art_rect()
            pos = event.position()
            self.spot_clicked.emit(
                (pos.x() - r.left()) / r.width(), (pos.y() - r.top()) / r.height()
            )
            event.accept()
            return
        super().mousePressEvent(event)

    @property
    def reduced_motion(self) -> bool:
        return self._reduced_motion

    def set_reduced_motion(self, on: bool) -> None:
        """Draw the stroke still: the path and its arrows, hands at the start."""
        if on == self._reduced_motion:
            return
        self._reduced_motion = on
        self._cycles = -1.0
        self.set_cycles(0.0)
        self.update()

    def set_cycles(self, cycles: float) -> None:
        """Move the hands to ``cycles`` strokes into the phase (held at the
        start when motion is reduced)."""
        if self._reduced_motion:
            cycles = 0.0
        if cycles == self._cycles:
            return
        self._cycles = cycles
        before = self._drawn_bounds
        hidden = self._hidden
        shown = self._drawn
        self._refresh_hands()
        if self._hidden == hidden and self._drawn == shown:
            # The same pixmaps on the same pixels: nothing to repaint (at
            # 62.5 frames a second a glide moves under a pixel a frame).
            return
        region = before.united(self._drawn_bounds)
        for i in hidden.symmetric_difference(self._hidden):
            if i < len(self._arrow_sprites):
                region = region.united(self._arrow_sprites[i][2])
        self.update(region)

    @property
    def hidden_arrows(self) -> frozenset[int]:
        """Arrowheads (indices into ``diagram.arrows``) left out this frame
        because a hand is over them."""
        return self._hidden

    def _refresh_hands(self) -> None:
        self._hands = motion.hands(self._stroke, self._zone, self._cycles)
        self._hidden = self._cover.update(self._hands)
        self._placed_key = None
        self._place_marks()

    def _place_marks(self) -> None:
        """Where each marker pixmap goes for this size and frame, and the
        rectangle they cover (what the next frame must repaint)."""
        dpr = self.devicePixelRatioF()
        key = (self.width(), self.height(), dpr)
        if key == self._placed_key:
            return
        self._placed_key = key
        self._sprites.set_device_pixel_ratio(dpr)
        left, top, width, height = self._art_box()
        drawn: list[tuple[QPointF, QPixmap]] = []
        x0 = y0 = math.inf
        x1 = y1 = -math.inf

        def place(u: float, v: float, sprite: Sprite) -> None:
            nonlocal x0, y0, x1, y1
            pix = sprite.pixmap
            # On whole device pixels: what is drawn is then fixed by where
            # and which pixmap, and a frame that changes neither is skipped.
            x = round((left + u * width - sprite.anchor.x()) * dpr) / dpr
            y = round((top + v * height - sprite.anchor.y()) * dpr) / dpr
            drawn.append((QPointF(x, y), pix))
            w, h = pix.width() / dpr, pix.height() / dpr
            x0, y0 = min(x0, x), min(y0, y)
            x1, y1 = max(x1, x + w), max(y1, y + h)

        scale = width / geometry.ART_WIDTH
        pose = diagram.pose(self._stroke)
        length = motion.hand_length(self._stroke, self._zone) * scale
        for index, m in enumerate(self._hands):
            place(
                m.pos[0], m.pos[1], self._sprites.hand(pose, m.facing, length, index == 1, m.press)
            )
        self._drawn = drawn
        self._drawn_bounds = (
            QRectF(x0, y0, x1 - x0, y1 - y0).toAlignedRect().adjusted(-1, -1, 1, 1)
            if drawn
            else QRect()
        )

    def _where(self, *, in_sentence: bool = False) -> str:
        """The zone as the highlight shows it: a fan beside the spine sweeps
        out over each half of the back, and the highlight says so."""
        where = self._zone.in_sentence if in_sentence else self._zone.label
        if self._stroke is Stroke.FAN and self._zone is Zone.SPINE_SIDES:
            return self.tr("{zone}, out to the sides").format(zone=where)
        return where

    def _light_only(self) -> str:
        return self.tr(" (light only: sore spot)") if self.zone_greyed else ""

    def legend_lines(self) -> tuple[str, str]:
        """The two lines of the legend under the back."""
        work = self.tr("Work here: {where}").format(where=self._where(in_sentence=True))
        return self.tr(SPINE_LEGEND), work + self._light_only()

    def painted_texts(self) -> list[str]:
        return list(self.legend_lines())

    def _update_accessible(self) -> None:
        # The legend's words, with the zone as it is named elsewhere.
        spots = len(self._spots)
        marked = (
            " " + BackText.tr("%n sore spot(s) marked: keep them light.", "", spots)
            if spots
            else ""
        )
        described = self.tr(
            "Work here: {where}{light}. Stroke: {stroke}. {spine} (marked down the middle)."
        ).format(
            where=self._where(),
            light=self._light_only(),
            stroke=self._stroke.label,
            spine=self.tr(SPINE_LEGEND),
        )
        self.setAccessibleDescription(described + marked)

    # -- geometry -----------------------------------------------------------
    def art_rect(self) -> QRectF:
        """Where the 800×1000 art sits: as large as fits above the legend.
        Cached per size: it is asked for dozens of times a frame."""
        self._art_box()
        return QRectF(self._art)

    def _art_box(self) -> tuple[float, float, float, float]:
        """art_rect as plain numbers, for the per-frame arithmetic."""
        key = (self.width(), self.height())
        if self._art_key != key:
            self._art_key, self._art = key, self._compute_art_rect()
            self._box = (self._art.left(), self._art.top(), self._art.width(), self._art.height())
        return self._box

    def _compute_art_rect(self) -> QRectF:
        area = QRectF(self.rect()).adjusted(12, 8, -12, -(self._legend_px() * 2 + 22))
        height = min(area.height(), area.width() / geometry.ASPECT)
        width = height * geometry.ASPECT
        return QRectF(
            area.center().x() - width / 2, area.top() + (area.height() - height) / 2, width, height
        )

    def _legend_px(self) -> int:
        """Legend text grows with the view so it stays readable full screen."""
        return max(LEGEND_PX, round(self.height() * 0.026))

    def to_widget(self, p: Point) -> QPointF:
        left, top, width, height = self._art_box()
        return QPointF(left + p[0] * width, top + p[1] * height)

    # -- painting -----------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._static_key = None
        self._place_marks()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._place_marks()  # in case the screen's pixel ratio changed
        p = QPainter(self)
        p.drawPixmap(0, 0, self._static_pixmap())
        dirty = event.rect()
        for i, (corner, pix, rect) in enumerate(self._arrows()):
            if i not in self._hidden and rect.intersects(dirty):
                p.drawPixmap(corner, pix)
        for corner, pix in self._drawn:
            p.drawPixmap(corner, pix)
        p.end()

    def _arrows(self) -> list[tuple[QPointF, QPixmap, QRect]]:
        """Each arrowhead drawn once into its own small pixmap, per size and
        phase, with where it goes and the rectangle it covers."""
        dpr = self.devicePixelRatioF()
        key = (self.width(), self.height(), dpr, self._zone, self._stroke)
        if self._arrow_key != key:
            self._arrow_key = key
            self._arrow_sprites = [
                self._arrow_sprite(a, dpr) for a in diagram.arrows(self._stroke, self._zone)
            ]
        return self._arrow_sprites

    def path_width(self) -> float:
        """How thick the path lines are drawn, in pixels (never under 3)."""
        return max(3.0, self.art_rect().width() * PATH_WIDTH)

    def arrow_polygons(self) -> list[QPolygonF]:
        """The arrowheads in widget pixels (for tests and screenshots)."""
        return [
            QPolygonF([self.to_widget(pt) for pt in a.polygon()])
            for a in diagram.arrows(self._stroke, self._zone)
        ]

    def _arrow_sprite(self, arrow: diagram.Arrow, dpr: float) -> tuple[QPointF, QPixmap, QRect]:
        poly = QPolygonF([self.to_widget(pt) for pt in arrow.polygon()])
        edge = max(1.0, self.art_rect().width() * PATH_EDGE)
        box = poly.boundingRect().adjusted(-edge - 1, -edge - 1, edge + 1, edge + 1)
        rect = box.toAlignedRect()
        pix = QPixmap(max(1, round(rect.width() * dpr)), max(1, round(rect.height() * dpr)))
        pix.setDevicePixelRatio(dpr)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.translate(-rect.left(), -rect.top())
        pen = QPen(PATH_CASING, edge)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        p.setPen(pen)
        p.setBrush(PATH_COLOUR)
        p.drawPolygon(poly)
        p.end()
        return QPointF(rect.topLeft()), pix, rect

    def _static_pixmap(self) -> QPixmap:
        dpr = self.devicePixelRatioF()
        key = (
            self.size().width(),
            self.size().height(),
            dpr,
            self._zone,
            self._stroke,
            self._spots,
        )
        if self._static is None or self._static_key != key:
            pix = QPixmap(self.size() * dpr)
            pix.setDevicePixelRatio(dpr)
            pix.fill(self._backdrop)
            p = QPainter(pix)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_static(p)
            p.end()
            self._static, self._static_key = pix, key
        return self._static

    def _paint_static(self, p: QPainter) -> None:
        art = self.art_rect()
        self._svg.render(p, art)
        active = diagram.highlight_shapes(self._stroke, self._zone)
        # The other zones' outlines, for finding one's way, but not across
        # the zone to work: there they would only blur the path.
        p.save()
        outside = QPainterPath()
        outside.setFillRule(Qt.FillRule.OddEvenFill)  # the rect less the shapes, cheaply
        outside.addRect(QRectF(self.rect()))
        for shape in active:
            outside.addPath(self._shape_path(shape))
        p.setClipPath(outside)
        for zone in Zone:
            if zone is not self._zone and zone is not Zone.FULL_BACK:
                self._paint_zone(p, geometry.zone_shapes(zone), active=False)
        p.restore()
        self._paint_zone(p, active, active=True)
        self._paint_spine(p)
        self._paint_guides(p)
        self._paint_spots(p)
        self._paint_legend(p)

    def work_area(self) -> QRectF:
        """The box around the highlighted zone, in this widget's pixels."""
        work = QRectF()
        for shape in diagram.highlight_shapes(self._stroke, self._zone):
            work = work.united(self._shape_path(shape).boundingRect())
        return work

    def clear_corner(self, size: QSize, margin: int = 12) -> QPoint:
        """The right-hand corner, top or foot of the figure, where a box of
        ``size`` (the microphone sign) hides least of the zone to work."""
        return self._clear_spot(size, margin, max(self.width() - size.width() - margin, 0))

    def clear_place(self, size: QSize, margin: int = 12) -> QPoint:
        """Where a box of ``size`` (a prompt) covers least of the zone to
        work: at the top of the view or the foot of the figure (above the
        legend, which says where never to press), centred. The check-in
        comes while hands are on that zone; hiding it would hide the stroke."""
        return self._clear_spot(size, margin, max((self.width() - size.width()) // 2, 0))

    def _clear_spot(self, size: QSize, margin: int, x: int) -> QPoint:
        """At ``x``: the top of the view or the foot of the figure, whichever
        hides less of the zone (kept a ``margin`` clear); the top on a tie,
        where the eye goes first."""
        work = self.work_area().adjusted(-margin, -margin, margin, margin)
        foot = int(self.art_rect().bottom()) - size.height()
        places = (QPoint(x, margin), QPoint(x, max(foot, margin)))
        return min(places, key=lambda at: _hidden(at, size, work))

    def _shape_path(self, shape: Ellipse | Polygon) -> QPainterPath:
        path = QPainterPath()
        if isinstance(shape, Ellipse):
            centre = self.to_widget((shape.cx, shape.cy))
            r = self.art_rect()
            path.addEllipse(centre, shape.rx * r.width(), shape.ry * r.height())
        else:
            path.addPolygon(QPolygonF([self.to_widget(pt) for pt in shape.points]))
            path.closeSubpath()
        return path

    @property
    def zone_greyed(self) -> bool:
        """The zone to work holds a marked sore spot: it is shown greyed, light only."""
        return any(spot_in_zone(spot, self._zone) for spot in self._spots)

    def _paint_zone(
        self, p: QPainter, shapes: tuple[Ellipse | Polygon, ...], *, active: bool
    ) -> None:
        greyed = active and self.zone_greyed
        accent = GREYED_ZONE if greyed else theme.ACCENT
        for shape in shapes:
            path = self._shape_path(shape)
            if active:
                # Colour, hatching and a thick dashed outline: readable without colour.
                soft = QColor(accent)
                soft.setAlpha(ZONE_FILL_ALPHA)
                p.fillPath(path, soft)
                p.fillPath(path, QBrush(ZONE_HATCH, Qt.BrushStyle.BDiagPattern))
                pen = QPen(accent, 4, Qt.PenStyle.DashLine)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                p.strokePath(path, pen)
            else:
                p.strokePath(path, QPen(theme.QUIET_ZONE, 1.5, Qt.PenStyle.DotLine))

    def _paint_spine(self, p: QPainter) -> None:
        top = self.to_widget((geometry.SPINE_X, geometry.SPINE_TOP))
        bottom = self.to_widget((geometry.SPINE_X, geometry.SPINE_BOTTOM))
        half = geometry.SPINE_KEEP_OFF * self.art_rect().width()
        strip = QRectF(top.x() - half, top.y(), 2 * half, bottom.y() - top.y())
        p.fillRect(strip, QColor(255, 138, 138, 40))
        p.setPen(QPen(theme.SPINE, 3))
        p.drawLine(top, bottom)
        # Vertebra ticks make it read as a spine, not as a seam in the art.
        count = 17
        for i in range(count + 1):
            y = top.y() + (bottom.y() - top.y()) * i / count
            p.drawLine(QPointF(top.x() - half * 0.6, y), QPointF(top.x() + half * 0.6, y))

    def _paint_guides(self, p: QPainter) -> None:
        """The path lines: white on a thin dark edge, so they read over the
        back, the zone's fill and its hatching alike. Their arrowheads are
        placed each frame (paintEvent), where no hand is."""
        width = self.art_rect().width()
        line = self.path_width()
        casing = QPen(PATH_CASING, line + 2 * max(1.0, width * PATH_EDGE))
        pen = QPen(PATH_COLOUR, line)
        for each in (casing, pen):
            each.setCapStyle(Qt.PenCapStyle.RoundCap)
            each.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for chosen in (casing, pen):
            p.setPen(chosen)
            for guide in motion.guides(self._stroke, self._zone):
                pts = [self.to_widget(pt) for pt in guide.points]
                if len(pts) < 2:
                    continue
                poly = QPolygonF(pts)
                if guide.closed:
                    p.drawPolygon(poly)
                else:
                    p.drawPolyline(poly)

    def _paint_spots(self, p: QPainter) -> None:
        """Marked sore spots: a red ring and cross, light pressure only there."""
        width = self.art_rect().width()
        for spot in self._spots:
            centre = self.to_widget((spot.u, spot.v))
            r = spot.radius * width
            p.setBrush(QColor(255, 92, 92, 60))
            p.setPen(QPen(QColor("#ff5c5c"), 3))
            p.drawEllipse(centre, r, r)
            d = r * 0.5
            p.drawLine(
                QPointF(centre.x() - d, centre.y() - d), QPointF(centre.x() + d, centre.y() + d)
            )
            p.drawLine(
                QPointF(centre.x() - d, centre.y() + d), QPointF(centre.x() + d, centre.y() - d)
            )

    def _paint_legend(self, p: QPainter) -> None:
        px = self._legend_px()
        y = self.height() - (px + 12) * 2 + 4
        x = 16.0
        room = self.width() - (x + px + 8) - 8
        spine, work = self.legend_lines()
        # Both lines in one size, small enough for the wider (a long language).
        wider = max((spine, work), key=QFontMetricsF(theme.font(px)).horizontalAdvance)
        p.setFont(theme.fitting_font(wider, room, px))
        p.setPen(QPen(theme.SPINE, 3))
        p.drawLine(QPointF(x + 8, y), QPointF(x + 8, y + px + 4))
        p.setPen(theme.TEXT)
        p.drawText(
            QRectF(x + px + 8, y - 4, room, px + 12),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            spine,
        )
        y += px + 12
        swatch = QRectF(x, y, px, px)
        soft = QColor(theme.ACCENT)
        soft.setAlpha(ZONE_FILL_ALPHA * 2)
        p.fillRect(swatch, soft)
        p.fillRect(swatch, QBrush(ZONE_HATCH, Qt.BrushStyle.BDiagPattern))
        p.setPen(QPen(theme.ACCENT, 2, Qt.PenStyle.DashLine))
        p.drawRect(swatch)
        p.setPen(theme.TEXT)
        p.drawText(
            QRectF(x + px + 8, y - 4, room, px + 12),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            work,
        )


def _hidden(at: QPoint, size: QSize, work: QRectF) -> float:
    """How much of ``work`` a box of ``size`` at ``at`` covers (its area)."""
    overlap = QRectF(QRect(at, size)).intersected(work)
    return overlap.width() * overlap.height() if overlap.isValid() else 0.0
