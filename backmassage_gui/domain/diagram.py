"""What the stroke diagram draws, as geometry: the highlighted area, the
arrowheads along each hand's path, where the drawn hands are, and which
arrowheads a hand would cover at a given moment.

The widget draws exactly these shapes, and the tests check the promises the
diagram makes on them (tests/unit/domain/test_diagram.py): every drawn hand
and every path point stays inside the highlighted area, nothing a hand draws
enters the spine strip, and at any moment at least two arrowheads of each
hand's path are in sight (an arrowhead a hand would overlap is not drawn at
that moment, so no hand ever covers one).

Lengths here are art pixels (the 800 x 1000 art): the widget scales them
with the picture.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from . import motion
from .geometry import (
    ART_HEIGHT,
    ART_WIDTH,
    HALF_TORSOS,
    SPINE_BOTTOM,
    SPINE_KEEP_OFF,
    SPINE_TOP,
    SPINE_X,
    Point,
    Shape,
    zone_shapes,
)
from .hand_shapes import (
    STROKE_POSE,
    HandPose,
    Placement,
    local_outline,
    outline,
    outline_axes,
    reach,
)
from .strokes import Stroke
from .zones import Zone

#: Arrowhead length along its axis, and half its width at the base, in art
#: pixels: about 26 by 14 screen pixels where the art is 416 pixels wide (the
#: session window at 1366 x 768).
ARROW_LENGTH = 50.0
ARROW_HALF_WIDTH = 13.0
#: Arrowheads along a path are about this far apart (art pixels, tip to tip).
ARROW_SPACING = 120.0


@dataclass(frozen=True)
class Arrow:
    """One arrowhead on a hand's path: its tip, the middle of its base (the
    tip minus ARROW_LENGTH along the path's chord) and whose path it is on."""

    tip: Point
    base: Point
    hand: int

    @property
    def angle(self) -> float:
        """The direction it points, in art pixels."""
        return math.atan2(
            (self.tip[1] - self.base[1]) * ART_HEIGHT, (self.tip[0] - self.base[0]) * ART_WIDTH
        )

    def polygon(self) -> tuple[Point, Point, Point]:
        a = self.angle
        nx, ny = -math.sin(a) * ARROW_HALF_WIDTH, math.cos(a) * ARROW_HALF_WIDTH
        bx, by = self.base
        return (
            self.tip,
            (bx + nx / ART_WIDTH, by + ny / ART_HEIGHT),
            (bx - nx / ART_WIDTH, by - ny / ART_HEIGHT),
        )


def pose(stroke: Stroke) -> HandPose:
    return STROKE_POSE[stroke]


def highlight_shapes(stroke: Stroke, zone: Zone) -> tuple[Shape, ...]:
    """The area shown as "work here" for a stroke on a zone: the zone, except
    that a fan beside the spine starts there and sweeps out over each half
    of the back, and the highlight shows all of where it goes."""
    if stroke is Stroke.FAN and zone is Zone.SPINE_SIDES:
        return HALF_TORSOS
    return zone_shapes(zone)


def placements(stroke: Stroke, zone: Zone, cycles: float) -> tuple[Placement, ...]:
    """Where each drawn hand is at ``cycles`` (left first)."""
    length = motion.hand_length(stroke, zone)
    return tuple(
        Placement(mark.pos, mark.facing, length, right=i == 1)
        for i, mark in enumerate(motion.hands(stroke, zone, cycles))
    )


def hand_outlines(stroke: Stroke, zone: Zone, cycles: float) -> tuple[tuple[Point, ...], ...]:
    """The polygons holding everything each hand draws at ``cycles``."""
    kind = pose(stroke)
    return tuple(outline(kind, place) for place in placements(stroke, zone, cycles))


# --- arrowheads ------------------------------------------------------------------
def _px_dist(a: Point, b: Point) -> float:
    return math.hypot((a[0] - b[0]) * ART_WIDTH, (a[1] - b[1]) * ART_HEIGHT)


def _walk(points: Sequence[Point], closed: bool) -> tuple[list[Point], list[float]]:
    ring = [*points, points[0]] if closed else list(points)
    cum = [0.0]
    for a, b in itertools.pairwise(ring):
        cum.append(cum[-1] + _px_dist(a, b))
    return ring, cum


def _point_at(ring: Sequence[Point], cum: Sequence[float], d: float) -> Point:
    d = min(cum[-1], max(0.0, d))
    for i in range(1, len(cum)):
        if cum[i] >= d:
            span = cum[i] - cum[i - 1]
            k = 0.0 if span == 0.0 else (d - cum[i - 1]) / span
            a, b = ring[i - 1], ring[i]
            return (a[0] + k * (b[0] - a[0]), a[1] + k * (b[1] - a[1]))
    return ring[-1]


def _arrow_at(
    ring: Sequence[Point], cum: Sequence[float], d: float, closed: bool, hand: int
) -> Arrow:
    """An arrowhead whose tip is at distance d along the path and whose base
    is on the path too, ARROW_LENGTH back in a straight line (on a curve the
    arrowhead lies along the chord and stays close to the line)."""
    total = cum[-1]

    def at(x: float) -> Point:
        return _point_at(ring, cum, x % total if closed else x)

    tip = at(d)
    lo, hi = 0.0, min(total, 4.0 * ARROW_LENGTH)
    for _ in range(30):
        mid = (lo + hi) / 2.0
        if _px_dist(tip, at(d - mid)) < ARROW_LENGTH:
            lo = mid
        else:
            hi = mid
    return Arrow(tip, at(d - hi), hand)


def _loop_count(length: float) -> int:
    """How many arrowheads a loop of ``length`` art pixels carries: one per
    ARROW_SPACING on a long loop; on a small ring as many as fit with a
    little line between them, and never fewer than two."""
    if length >= 3 * ARROW_SPACING:
        return round(length / ARROW_SPACING)
    radius = length / math.tau
    chord = min(1.0, ARROW_LENGTH / (2.0 * radius))
    share = 2.0 * math.asin(chord) / math.tau + 0.04
    return max(2, min(4, math.floor(1.0 / share)))


#: Room left between two arrowheads side by side on a ring (art pixels).
PAIR_GAP = 8.0


def _behind_pair(
    ring: Sequence[Point], cum: Sequence[float], behind: float, hand: int
) -> list[Arrow]:
    """Two arrowheads side by side on the part of a ring farthest toward
    ``behind`` (where the hand does not reach), a little gap between them."""
    bx, by = math.cos(behind), math.sin(behind)
    reach = [(p[0] * ART_WIDTH * bx + p[1] * ART_HEIGHT * by) for p in ring[:-1]]
    far = cum[reach.index(max(reach))]
    total = cum[-1]
    # The one ending short of the far point, and the one starting past it: a
    # small gap between them on a ring; on a tall oval they go out onto its
    # straight sides.
    gap = max(PAIR_GAP, total / 3.0 - 2.0 * ARROW_LENGTH)
    first = _arrow_at(ring, cum, (far - gap / 2.0) % total, True, hand)
    base = far + gap / 2.0
    lo, hi = 0.0, total / 2.0
    for _ in range(30):
        mid = (lo + hi) / 2.0
        if (
            _px_dist(_point_at(ring, cum, base % total), _point_at(ring, cum, (base + mid) % total))
            < ARROW_LENGTH
        ):
            lo = mid
        else:
            hi = mid
    second = _arrow_at(ring, cum, (base + hi) % total, True, hand)
    return [first, second]


@cache
def arrows(stroke: Stroke, zone: Zone) -> tuple[Arrow, ...]:
    """The arrowheads along every path, evenly spread by length: on a loop
    as many as suit its size (at least two), on a row at least two (the
    last at its end)."""
    found: list[Arrow] = []
    for guide in motion.guides(stroke, zone):
        ring, cum = _walk(guide.points, guide.closed)
        total = cum[-1]
        if guide.closed and guide.behind is not None:
            found.extend(_behind_pair(ring, cum, guide.behind, guide.hand))
        elif guide.closed:
            n = _loop_count(total)
            found.extend(
                _arrow_at(ring, cum, total * (k + guide.arrow_phase) / n, True, guide.hand)
                for k in range(n)
            )
        else:
            n = max(2, round((total - ARROW_LENGTH) / ARROW_SPACING) + 1)
            found.extend(
                _arrow_at(
                    ring,
                    cum,
                    ARROW_LENGTH + (total - ARROW_LENGTH) * k / (n - 1),
                    False,
                    guide.hand,
                )
                for k in range(n)
            )
    return tuple(found)


# --- overlap tests -----------------------------------------------------------------
def _to_px(poly: Iterable[Point]) -> list[tuple[float, float]]:
    return [(u * ART_WIDTH, v * ART_HEIGHT) for u, v in poly]


def _axes(poly: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    return [(b[1] - a[1], a[0] - b[0]) for a, b in zip(poly, [*poly[1:], poly[0]], strict=True)]


def convex_overlap(a: Sequence[Point], b: Sequence[Point]) -> bool:
    """Whether two convex polygons (u, v) overlap (separating axis test)."""
    pa, pb = _to_px(a), _to_px(b)
    return not _separated(pa, pb, _axes(pa) + _axes(pb))


def spine_strip() -> tuple[Point, Point, Point, Point]:
    """The red strip down the spine that nothing is drawn on but the spine."""
    left, right = SPINE_X - SPINE_KEEP_OFF, SPINE_X + SPINE_KEEP_OFF
    return ((left, SPINE_TOP), (right, SPINE_TOP), (right, SPINE_BOTTOM), (left, SPINE_BOTTOM))


def touches_spine(poly: Sequence[Point]) -> bool:
    """Whether a convex polygon (u, v) overlaps the spine strip."""
    return convex_overlap(poly, spine_strip())


def covered(stroke: Stroke, zone: Zone, cycles: float) -> frozenset[int]:
    """Indices (into ``arrows``) of the arrowheads a drawn hand overlaps at
    ``cycles``: the widget leaves these out for that moment."""
    return covered_by(stroke, zone, motion.hands(stroke, zone, cycles))


_Px = tuple[float, float]


_Box = tuple[float, float, float, float]


@cache
def _arrow_tests(
    stroke: Stroke, zone: Zone
) -> tuple[tuple[tuple[_Px, ...], _Box, tuple[_Px, ...]], ...]:
    """Each arrowhead in art pixels, with its box and its edges' normals,
    worked out once: ``covered_by`` runs every frame."""
    found = []
    for arrow in arrows(stroke, zone):
        tri = tuple(_to_px(arrow.polygon()))
        xs = [p[0] for p in tri]
        ys = [p[1] for p in tri]
        found.append((tri, (min(xs), min(ys), max(xs), max(ys)), tuple(_axes(tri))))
    return tuple(found)


def covered_by(stroke: Stroke, zone: Zone, marks: Sequence[motion.HandMark]) -> frozenset[int]:
    """``covered`` for hands already worked out (the widget has them, and
    calls this every frame). An arrowhead beyond a hand's reach is passed
    over; a near one is brought into the hand's own frame, where the
    outline's edges and extents are worked out once, for the exact
    separating-axis test."""
    tests = _arrow_tests(stroke, zone)
    if not tests:
        return frozenset()
    kind = pose(stroke)
    length = motion.hand_length(stroke, zone)
    far = reach(kind) * length
    hull = local_outline(kind)
    hull_axes = outline_axes(kind)
    hidden = set()
    for side, mark in enumerate(marks):
        cx, cy = mark.pos[0] * ART_WIDTH, mark.pos[1] * ART_HEIGHT
        place = Placement(mark.pos, mark.facing, length, side == 1)
        for i, (tri, (x0, y0, x1, y1), _) in enumerate(tests):
            if i in hidden:
                continue
            dx = max(x0 - cx, 0.0, cx - x1)
            dy = max(y0 - cy, 0.0, cy - y1)
            if dx * dx + dy * dy > far * far:
                continue
            local = [place.to_local(x, y) for x, y in tri]
            if not _apart(hull, hull_axes, local):
                hidden.add(i)
    return frozenset(hidden)


def _apart(
    hull: Sequence[_Px], hull_axes: Sequence[tuple[float, float, float, float]], tri: Sequence[_Px]
) -> bool:
    """Whether a triangle and a convex outline (with its axes' extents
    known) are apart: some edge normal of either separates them."""
    return _gap(hull, hull_axes, tri, first=True) > 0.0


def _gap(
    hull: Sequence[_Px],
    hull_axes: Sequence[tuple[float, float, float, float]],
    tri: Sequence[_Px],
    first: bool = False,
) -> float:
    """How far apart a triangle and a convex outline are along the edge
    normal that separates them most (a lower bound on their distance), or
    along the first one found with ``first``; 0 if they overlap."""
    best = 0.0
    for nx, ny, lo, hi in hull_axes:
        d0 = tri[0][0] * nx + tri[0][1] * ny
        d1 = tri[1][0] * nx + tri[1][1] * ny
        d2 = tri[2][0] * nx + tri[2][1] * ny
        apart = max(lo - max(d0, d1, d2), min(d0, d1, d2) - hi)
        if apart > 0.0:
            best = max(best, apart / math.hypot(nx, ny))
            if first:
                return best
    for ax, ay in _axes(tri):
        hull_d = [x * ax + y * ay for x, y in hull]
        tri_d = [x * ax + y * ay for x, y in tri]
        apart = max(min(hull_d) - max(tri_d), min(tri_d) - max(hull_d))
        if apart > 0.0:
            best = max(best, apart / math.hypot(ax, ay))
            if first:
                return best
    return best


def _inside_hull(hull_axes: Sequence[tuple[float, float, float, float]], p: _Px) -> bool:
    """Whether a point is inside a convex outline given by its edge normals'
    extents: a quick way to see a hand still lies over an arrowhead."""
    x, y = p
    for nx, ny, lo, hi in hull_axes:
        d = x * nx + y * ny
        if d < lo or d > hi:
            return False
    return True


class CoverTracker:
    """``covered_by`` for a hand that moves on from frame to frame, at a
    fraction of the cost and with the same answers.

    Each time a hand and an arrowhead are tested and found apart, the gap
    between them is kept (art pixels, a lower bound on their distance).
    A hand whose every point has moved by less than that since (its anchor's
    move plus its reach times the angle it turned) cannot have reached the
    arrowhead, so the pair is not tested again until then. Pairs that
    overlap are tested every time."""

    def __init__(self, stroke: Stroke, zone: Zone) -> None:
        self._tests = _arrow_tests(stroke, zone)
        self._kind = pose(stroke)
        self._length = motion.hand_length(stroke, zone)
        self._reach = reach(self._kind) * self._length
        self._hull = local_outline(self._kind)
        self._hull_axes = outline_axes(self._kind)
        # (hand, arrow) -> (gap, x, y, facing) when last found apart.
        self._apart: dict[tuple[int, int], tuple[float, float, float, float]] = {}
        #: How many pairs were tested exactly (for tests and profiling).
        self.tested = 0

    def update(self, marks: Sequence[motion.HandMark]) -> frozenset[int]:
        hidden = set()
        for side, mark in enumerate(marks):
            cx, cy = mark.pos[0] * ART_WIDTH, mark.pos[1] * ART_HEIGHT
            place: Placement | None = None
            for i, (tri, (x0, y0, x1, y1), _) in enumerate(self._tests):
                if i in hidden:
                    continue
                kept = self._apart.get((side, i))
                if kept is not None:
                    gap, kx, ky, kf = kept
                    turned = abs((mark.facing - kf + math.pi) % math.tau - math.pi)
                    if math.hypot(cx - kx, cy - ky) + self._reach * turned < gap:
                        continue
                dx = max(x0 - cx, 0.0, cx - x1)
                dy = max(y0 - cy, 0.0, cy - y1)
                far = math.hypot(dx, dy) - self._reach
                if far > 0.0:
                    self._apart[(side, i)] = (far, cx, cy, mark.facing)
                    continue
                if place is None:
                    place = Placement(mark.pos, mark.facing, self._length, side == 1)
                local = [place.to_local(x, y) for x, y in tri]
                self.tested += 1
                if any(_inside_hull(self._hull_axes, p) for p in local):
                    self._apart.pop((side, i), None)
                    hidden.add(i)
                    continue
                gap = _gap(self._hull, self._hull_axes, local) * self._length
                if gap > 0.0:
                    self._apart[(side, i)] = (gap, cx, cy, mark.facing)
                else:
                    self._apart.pop((side, i), None)
                    hidden.add(i)
        return frozenset(hidden)


def _separated(a: Sequence[_Px], b: Sequence[_Px], axes: Sequence[_Px]) -> bool:
    for ax, ay in axes:
        a_lo = a_hi = a[0][0] * ax + a[0][1] * ay
        for x, y in a:
            d = x * ax + y * ay
            if d < a_lo:
                a_lo = d
            elif d > a_hi:
                a_hi = d
        b_lo = b_hi = b[0][0] * ax + b[0][1] * ay
        for x, y in b:
            d = x * ax + y * ay
            if d < b_lo:
                b_lo = d
            elif d > b_hi:
                b_hi = d
        if a_hi < b_lo or b_hi < a_lo:
            return True
    return False


def _box(poly: Sequence[Point]) -> tuple[float, float, float, float]:
    us = [p[0] for p in poly]
    vs = [p[1] for p in poly]
    return (min(us), min(vs), max(us), max(vs))


def _boxes_meet(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def inside(shapes: Sequence[Shape], poly: Sequence[Point], step_px: float = 3.0) -> bool:
    """Whether a polygon's whole edge (sampled every ``step_px`` art pixels)
    lies inside one of ``shapes``."""
    ring = [*poly, poly[0]]
    for a, b in itertools.pairwise(ring):
        n = max(1, math.ceil(_px_dist(a, b) / step_px))
        for k in range(n):
            p = (a[0] + (b[0] - a[0]) * k / n, a[1] + (b[1] - a[1]) * k / n)
            if not any(shape.contains(p) for shape in shapes):
                return False
    return True
