"""Where things are on the back picture, in normalised art coordinates.

The art (``assets/back.svg``) has ``viewBox="0 0 800 1000"``. Everything here
uses ``(u, v) = (x / 800, y / 1000)``: u runs across (0 left, 1 right), v runs
down (0 top of the head, 1 bottom edge). The widget scales the picture freely
and maps these numbers itself, so nothing here knows about pixels on screen or
imports Qt, and the motion maths and its tests run headless.

The spine is the line u = 0.5 from SPINE_TOP to SPINE_BOTTOM. Nothing but the
whole-back outline touches the strip SPINE_KEEP_OFF either side of it: the
guide says never press on the spine itself.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from .zones import Zone

ART_WIDTH = 800
ART_HEIGHT = 1000
#: Width over height of the art; the widget keeps it so circles stay round.
ASPECT = ART_WIDTH / ART_HEIGHT

SPINE_X = 0.5
#: Base of the neck (7th cervical vertebra).
SPINE_TOP = 0.19
#: The sacrum, just where the towel starts.
SPINE_BOTTOM = 0.875
#: Half-width of the strip along the spine that is never pressed on.
SPINE_KEEP_OFF = 0.03
#: Upper edge of the towel drawn over the hips; nothing is worked below it.
TOWEL_TOP = 0.88

Point = tuple[float, float]


def mirror(p: Point) -> Point:
    """The same spot on the other side of the spine."""
    return (2.0 * SPINE_X - p[0], p[1])


def _px(a: Point, b: Point) -> float:
    """Distance between two points measured in art pixels, so that lengths
    across and along the back compare fairly (the art is not square)."""
    return math.hypot((a[0] - b[0]) * ART_WIDTH, (a[1] - b[1]) * ART_HEIGHT)


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    span = dx * dx + dy * dy
    k = 0.0 if span == 0.0 else ((p[0] - ax) * dx + (p[1] - ay) * dy) / span
    k = min(1.0, max(0.0, k))
    return math.hypot(p[0] - (ax + k * dx), p[1] - (ay + k * dy))


@dataclass(frozen=True)
class Ellipse:
    """An axis-aligned ellipse, used for the shoulder blades."""

    cx: float
    cy: float
    rx: float
    ry: float

    @property
    def center(self) -> Point:
        return (self.cx, self.cy)

    def contains(self, p: Point) -> bool:
        dx = (p[0] - self.cx) / self.rx
        dy = (p[1] - self.cy) / self.ry
        return dx * dx + dy * dy <= 1.0

    def distance(self, p: Point) -> float:
        """How far p lies outside the ellipse (0 inside). Uses a few steps of
        the evolute iteration, which converges quickly for any aspect."""
        if self.contains(p):
            return 0.0
        a, b = self.rx, self.ry
        px, py = abs(p[0] - self.cx), abs(p[1] - self.cy)
        tx = ty = math.sqrt(0.5)
        for _ in range(4):
            x, y = a * tx, b * ty
            ex = (a * a - b * b) * tx**3 / a
            ey = (b * b - a * a) * ty**3 / b
            r = math.hypot(x - ex, y - ey)
            q = math.hypot(px - ex, py - ey)
            tx = min(1.0, max(0.0, ((px - ex) * r / q + ex) / a))
            ty = min(1.0, max(0.0, ((py - ey) * r / q + ey) / b))
            norm = math.hypot(tx, ty)
            tx, ty = tx / norm, ty / norm
        return math.hypot(px - a * tx, py - b * ty)

    def mirrored(self) -> Ellipse:
        return Ellipse(2.0 * SPINE_X - self.cx, self.cy, self.rx, self.ry)


@dataclass(frozen=True)
class Polygon:
    """A simple polygon (either winding), used for the torso and band zones."""

    points: tuple[Point, ...]

    @property
    def center(self) -> Point:
        """Area centroid, so a label or a resting hand lands in the middle."""
        area = cx = cy = 0.0
        pts = self.points
        for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True):
            cross = x0 * y1 - x1 * y0
            area += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if abs(area) < 1e-12:
            n = len(pts)
            return (sum(p[0] for p in pts) / n, sum(p[1] for p in pts) / n)
        return (cx / (3.0 * area), cy / (3.0 * area))

    def contains(self, p: Point) -> bool:
        """Even-odd ray cast; points exactly on an edge may go either way."""
        x, y = p
        inside = False
        pts = self.points
        for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
        return inside

    def distance(self, p: Point) -> float:
        """How far p lies outside the polygon (0 inside)."""
        if self.contains(p):
            return 0.0
        pts = self.points
        return min(_segment_distance(p, a, b) for a, b in zip(pts, pts[1:] + pts[:1], strict=True))

    def mirrored(self) -> Polygon:
        return Polygon(tuple(mirror(p) for p in self.points))


Shape = Ellipse | Polygon


def distance_to_spine(p: Point) -> float:
    """Distance from p to the spine segment: straight across while p is level
    with it, else to the nearer end (above the neck, below the sacrum)."""
    u, v = p
    if v < SPINE_TOP:
        return math.hypot(u - SPINE_X, v - SPINE_TOP)
    if v > SPINE_BOTTOM:
        return math.hypot(u - SPINE_X, v - SPINE_BOTTOM)
    return abs(u - SPINE_X)


# --- the torso outline ------------------------------------------------------
# Knots of the left half of the torso in art pixels, from the base of the neck
# down the trapezius, round the shoulder, down the flank (waist, hips) to under
# the towel. back.svg draws a Catmull-Rom curve through exactly these knots and
# its mirror image, and TORSO samples the same curve, so hit tests match the art.
TORSO_KNOTS_PX: tuple[Point, ...] = (
    (352, 190),
    (330, 199),
    (292, 212),
    (252, 226),
    (216, 242),
    (192, 258),
    (178, 280),
    (176, 306),
    (184, 334),
    (197, 358),
    (205, 400),
    (214, 460),
    (228, 530),
    (242, 590),
    (246, 628),
    (242, 670),
    (232, 730),
    (224, 790),
    (222, 840),
    (224, 886),
)


def catmull_rom(knots: Sequence[Point]) -> list[tuple[Point, Point, Point, Point]]:
    """Cubic Bézier segments (start, c1, c2, end) of the open Catmull-Rom curve
    through ``knots``; shared by the SVG art and the hit-test polygon."""
    pts = [knots[0], *knots, knots[-1]]
    segments = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6.0, p1[1] + (p2[1] - p0[1]) / 6.0)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6.0, p2[1] - (p3[1] - p1[1]) / 6.0)
        segments.append((p1, c1, c2, p2))
    return segments


def _bezier(seg: tuple[Point, Point, Point, Point], k: float) -> Point:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = seg
    m = 1.0 - k
    a, b, c, d = m * m * m, 3 * m * m * k, 3 * m * k * k, k * k * k
    return (a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)


def _sampled_torso() -> Polygon:
    left: list[Point] = []
    for seg in catmull_rom(TORSO_KNOTS_PX):
        left.extend(_bezier(seg, i / 6.0) for i in range(6))
    left.append(TORSO_KNOTS_PX[-1])
    left_uv = [(x / ART_WIDTH, y / ART_HEIGHT) for x, y in left]
    return Polygon(tuple(left_uv + [mirror(p) for p in reversed(left_uv)]))


#: The back from the base of the neck to under the towel edge, for hit tests.
TORSO: Polygon = _sampled_torso()


def _clip(poly: Polygon, keep: Callable[[Point], float]) -> Polygon:
    """The part of ``poly`` where ``keep(p) >= 0``, for a linear ``keep``
    (one half-plane; Sutherland-Hodgman)."""
    out: list[Point] = []
    pts = poly.points
    for a, b in zip(pts, pts[1:] + pts[:1], strict=True):
        ka, kb = keep(a), keep(b)
        if ka >= 0:
            out.append(a)
        if (ka >= 0) != (kb >= 0):
            k = ka / (ka - kb)
            out.append((a[0] + k * (b[0] - a[0]), a[1] + k * (b[1] - a[1])))
    return Polygon(tuple(out))


#: Each half of the back beside the spine strip (left, right): the area a
#: fan beside the spine sweeps over.
HALF_TORSOS: tuple[Polygon, Polygon] = (
    _clip(TORSO, lambda p: (SPINE_X - SPINE_KEEP_OFF) - p[0]),
    _clip(TORSO, lambda p: p[0] - (SPINE_X + SPINE_KEEP_OFF)),
)


# --- zone parts and their frames ----------------------------------------------
def _uv(*points_px: Point) -> tuple[Point, ...]:
    return tuple((x / ART_WIDTH, y / ART_HEIGHT) for x, y in points_px)


@cache
def _lengths(edge: tuple[Point, ...]) -> tuple[float, ...]:
    return tuple(_px(a, b) for a, b in itertools.pairwise(edge))


def _along(edge: tuple[Point, ...], f: float) -> Point:
    """The point a fraction f of the way along a polyline, by pixel length."""
    lengths = _lengths(edge)
    target = min(1.0, max(0.0, f)) * sum(lengths)
    for (a, b), length in zip(itertools.pairwise(edge), lengths, strict=True):
        if target <= length and length > 0.0:
            k = target / length
            return (a[0] + k * (b[0] - a[0]), a[1] + k * (b[1] - a[1]))
        target -= length
    return edge[-1]


@dataclass(frozen=True)
class BandFrame:
    """A zone part seen as the strip between two edges, with coordinates that
    motion can be written in once for every zone.

    ``at(s, t)`` with s, t in [-1, 1]: s runs from the end nearest the spine
    (-1) to the far side (+1), t from the end nearest the head (-1) toward the
    hips (+1). For a vertical strip the edges are the inner and outer sides and
    run with t; for the shoulder band they are the top and bottom and run with s.
    Edges are given for the left part; ``mirrored`` flips the result across
    the spine for the right part, so s = +1 is always "outward".
    """

    near: tuple[Point, ...]
    far: tuple[Point, ...]
    edges_along_s: bool = False
    mirrored: bool = False

    def at(self, s: float, t: float) -> Point:
        s, t = min(1.0, max(-1.0, s)), min(1.0, max(-1.0, t))
        along, across = (s, t) if self.edges_along_s else (t, s)
        a = _along(self.near, (along + 1.0) / 2.0)
        b = _along(self.far, (along + 1.0) / 2.0)
        k = (across + 1.0) / 2.0
        p = (a[0] + k * (b[0] - a[0]), a[1] + k * (b[1] - a[1]))
        return mirror(p) if self.mirrored else p

    def flipped(self) -> BandFrame:
        return BandFrame(self.near, self.far, self.edges_along_s, not self.mirrored)

    def outline(self) -> Polygon:
        """The part itself: one edge out, the other back."""
        poly = Polygon(self.near + tuple(reversed(self.far)))
        return poly.mirrored() if self.mirrored else poly


@dataclass(frozen=True)
class EllipseFrame:
    """An elliptical zone part with the same (s, t) square as BandFrame; the
    square is squeezed onto the disc (elliptical grid mapping) so a rounded
    square path in (s, t) stays inside the ellipse."""

    ellipse: Ellipse
    mirrored: bool = False

    def at(self, s: float, t: float) -> Point:
        s, t = min(1.0, max(-1.0, s)), min(1.0, max(-1.0, t))
        x = s * math.sqrt(1.0 - t * t / 2.0)
        y = t * math.sqrt(1.0 - s * s / 2.0)
        e = self.ellipse
        p = (e.cx - x * e.rx, e.cy + y * e.ry)
        return mirror(p) if self.mirrored else p

    def flipped(self) -> EllipseFrame:
        return EllipseFrame(self.ellipse, not self.mirrored)

    def outline(self) -> Ellipse:
        return self.ellipse.mirrored() if self.mirrored else self.ellipse


Frame = BandFrame | EllipseFrame

# Left parts, in art pixels. Right parts are their mirror images.
_SHOULDERS_LEFT = BandFrame(
    # The tops of the shoulders (the upper trapezius): from the base of the
    # neck out to the point of the shoulder, and down to the ridge along the
    # top of the shoulder blade (the faint line in the art), which it covers
    # as the muscle does; deepest by the neck, where most of the work is.
    near=_uv((368, 203), (330, 210), (292, 222), (254, 236), (226, 249), (208, 264)),
    far=_uv((368, 336), (344, 322), (300, 310), (262, 301), (234, 300), (210, 318)),
    edges_along_s=True,
)
_BLADE_LEFT = EllipseFrame(Ellipse(cx=0.385, cy=0.375, rx=0.068, ry=0.088))
_SPINE_SIDE_LEFT = BandFrame(
    # The long muscles beside the spine, out to about 8 cm from its middle.
    near=_uv((372, 225), (372, 800)),
    far=_uv((304, 225), (304, 800)),
)
_LOWER_BACK_LEFT = BandFrame(
    near=_uv((372, 615), (372, 860)),
    far=_uv((268, 615), (254, 680), (244, 760), (240, 860)),
)
# Half of the whole back: beside the spine on the inside, a little in from the
# flank on the outside (the torso outline minus ~15-25 px).
_HALF_BACK_LEFT = BandFrame(
    near=_uv((364, 215), (364, 855)),
    far=_uv(
        (300, 228),
        (236, 262),
        (205, 300),
        (204, 340),
        (218, 400),
        (228, 460),
        (242, 530),
        (262, 600),
        (264, 640),
        (258, 700),
        (248, 760),
        (244, 810),
        (246, 855),
    ),
)

_LEFT_FRAMES: dict[Zone, Frame] = {
    Zone.FULL_BACK: _HALF_BACK_LEFT,
    Zone.SHOULDERS: _SHOULDERS_LEFT,
    Zone.SHOULDER_BLADES: _BLADE_LEFT,
    Zone.SPINE_SIDES: _SPINE_SIDE_LEFT,
    Zone.LOWER_BACK: _LOWER_BACK_LEFT,
}


@cache
def zone_frames(zone: Zone) -> tuple[Frame, Frame]:
    """Where each hand works in a zone: the left part, then the right part.
    For the whole back these are the two halves either side of the spine."""
    left = _LEFT_FRAMES[zone]
    return (left, left.flipped())


@cache
def zone_shapes(zone: Zone) -> tuple[Shape, ...]:
    """The zone's area on the back (left part first), for highlighting and hit
    tests. Only FULL_BACK, which is the whole torso, covers the spine."""
    if zone is Zone.FULL_BACK:
        return (TORSO,)
    return tuple(frame.outline() for frame in zone_frames(zone))
