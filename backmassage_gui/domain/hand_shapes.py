"""The hands as they are drawn: a flat hand seen from above, one pose per
stroke, with the part that does the work marked.

A pose is a handful of simple parts (discs, capsules, polygons) in *hand
units*: the hand is 1 long from the wrist crease (y = 0) to the tip of the
middle finger (y = 1), x runs across it with the thumb at +x for the left
hand. The drawing fills the union of the parts, so the widget and the tests
read the same numbers: ``outline`` gives a polygon that holds everything a
hand draws (the convex hull of its parts, a little generous), and the safety
and readability checks run on it. No Qt here: the geometry is tested headless.

Placing a hand: its *anchor* (the middle of the working part) sits on the
motion's point, its fingers point along ``facing`` (radians in art pixels:
0 = right, pi/2 = toward the feet) and the right hand is the mirror image of
the left.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum
from functools import cache

from .geometry import ART_HEIGHT, ART_WIDTH, Point
from .strokes import Stroke

_Local = tuple[float, float]


@dataclass(frozen=True)
class Disc:
    centre: _Local
    r: float


@dataclass(frozen=True)
class Capsule:
    """A finger: a segment thickened by ``r``, round at both ends."""

    a: _Local
    b: _Local
    r: float


@dataclass(frozen=True)
class Blob:
    """A convex polygon, drawn with rounded joins (the palm)."""

    points: tuple[_Local, ...]


Part = Disc | Capsule | Blob


class HandPose(Enum):
    FLAT = "flat palms"
    HEEL = "heels of the palms"
    FINGERTIPS = "fingertips"
    THUMB = "thumb pads"
    KNUCKLES = "knuckles of a loose fist"
    GATHER = "fingers and thumb gathering"
    REST = "resting palms"


@dataclass(frozen=True)
class Pose:
    """One hand shape: what is filled, what is marked as working, and the
    anchor (in the same hand units) that follows the motion."""

    body: tuple[Part, ...]
    working: tuple[Part, ...]
    anchor: _Local


# The palm of an open hand, wrist at the bottom, knuckles at y ~ 0.55.
_PALM = Blob(
    (
        (-0.19, 0.03),
        (0.17, 0.03),
        (0.23, 0.22),
        (0.22, 0.52),
        (0.14, 0.58),
        (-0.16, 0.57),
        (-0.22, 0.46),
        (-0.22, 0.2),
    )
)
_FINGERS = (
    Capsule((0.15, 0.52), (0.18, 0.9), 0.056),  # index
    Capsule((0.05, 0.54), (0.055, 0.95), 0.058),  # middle
    Capsule((-0.05, 0.53), (-0.07, 0.91), 0.055),  # ring
    Capsule((-0.15, 0.48), (-0.2, 0.8), 0.048),  # little
)
_THUMB_OUT = Capsule((0.17, 0.2), (0.37, 0.44), 0.062)
_OPEN_HAND = (_PALM, *_FINGERS, _THUMB_OUT)
# Leaning on the heel of the hand, the thumb rests along the index finger.
_THUMB_ALONG = Capsule((0.19, 0.2), (0.29, 0.47), 0.06)

# Fingertips pressing: the fingers bend down, so from above they look short.
_BENT_FINGERS = (
    Capsule((0.15, 0.52), (0.17, 0.76), 0.056),
    Capsule((0.05, 0.54), (0.055, 0.8), 0.058),
    Capsule((-0.05, 0.53), (-0.065, 0.77), 0.055),
    Capsule((-0.15, 0.48), (-0.18, 0.69), 0.048),
)
# The pads that press: the last third of each bent finger.
_TIPS = tuple(
    Capsule((f.a[0] + 0.6 * (f.b[0] - f.a[0]), f.a[1] + 0.6 * (f.b[1] - f.a[1])), f.b, f.r)
    for f in _BENT_FINGERS
)

# Thumb pads: fingers together, the thumb stretched forward alongside them.
_THUMB_FORWARD = Capsule((0.18, 0.22), (0.33, 0.66), 0.066)
_THUMB_PAD = Disc((0.325, 0.63), 0.07)

# A loose fist from above: the back of the hand and a row of knuckles.
_FIST = Blob(((-0.2, 0.05), (0.18, 0.05), (0.24, 0.24), (0.23, 0.5), (-0.22, 0.5), (-0.23, 0.24)))
_KNUCKLES = (
    Disc((0.155, 0.55), 0.062),
    Disc((0.05, 0.575), 0.066),
    Disc((-0.055, 0.565), 0.062),
    Disc((-0.155, 0.53), 0.056),
)
_TUCKED_THUMB = Capsule((0.2, 0.16), (0.22, 0.42), 0.06)

# Kneading: the fingers curl over and the thumb reaches out opposite them,
# a roll of muscle gathered in between (the marked lens).
_GATHER_FINGERS = (
    Capsule((0.13, 0.52), (0.1, 0.8), 0.054),
    Capsule((0.03, 0.54), (-0.01, 0.83), 0.056),
    Capsule((-0.07, 0.52), (-0.12, 0.79), 0.053),
    Capsule((-0.16, 0.47), (-0.22, 0.71), 0.046),
)
_GATHER_THUMB = Capsule((0.18, 0.22), (0.36, 0.62), 0.064)
_GATHER_GRIP = (
    Disc((0.1, 0.8), 0.058),
    Disc((-0.01, 0.83), 0.06),
    Disc((0.36, 0.62), 0.068),
    Blob(((0.14, 0.7), (0.3, 0.6), (0.35, 0.68), (0.17, 0.8))),
)

POSES: dict[HandPose, Pose] = {
    # Gliding and fanning, the thumb rests along the fingers.
    HandPose.FLAT: Pose((_PALM, *_FINGERS, _THUMB_ALONG), (_PALM,), (0.0, 0.33)),
    HandPose.REST: Pose(_OPEN_HAND, (_PALM,), (0.0, 0.33)),
    HandPose.HEEL: Pose((_PALM, *_FINGERS, _THUMB_ALONG), (Disc((0.0, 0.14), 0.15),), (0.0, 0.14)),
    HandPose.FINGERTIPS: Pose((_PALM, *_BENT_FINGERS, _THUMB_OUT), _TIPS, (0.0, 0.78)),
    HandPose.THUMB: Pose(
        (_PALM, *_FINGERS, _THUMB_FORWARD), (_THUMB_FORWARD, _THUMB_PAD), (0.325, 0.63)
    ),
    HandPose.KNUCKLES: Pose((_FIST, *_KNUCKLES, _TUCKED_THUMB), _KNUCKLES, (0.0, 0.55)),
    HandPose.GATHER: Pose((_PALM, *_GATHER_FINGERS, _GATHER_THUMB), _GATHER_GRIP, (0.24, 0.7)),
}

STROKE_POSE: dict[Stroke, HandPose] = {
    Stroke.GLIDING: HandPose.FLAT,
    Stroke.FAN: HandPose.FLAT,
    Stroke.PALM_CIRCLES: HandPose.HEEL,
    Stroke.PALM_PRESS: HandPose.HEEL,
    Stroke.FINGERTIP_CIRCLES: HandPose.FINGERTIPS,
    Stroke.THUMB_PRESSURE: HandPose.THUMB,
    Stroke.KNUCKLE_PRESSURE: HandPose.KNUCKLES,
    Stroke.KNEADING: HandPose.GATHER,
    Stroke.HOLD: HandPose.REST,
}


def pose_of(stroke: Stroke) -> Pose:
    return POSES[STROKE_POSE[stroke]]


def _part_points(part: Part, n: int = 12) -> list[_Local]:
    """Points round a part's edge (for a capsule, both end caps): its convex
    hull then holds the part. Round ends are sampled on a polygon drawn
    round the circle (radius r / cos(pi / n)), not in it, so nothing of the
    circle is left outside, with few points."""
    if isinstance(part, Blob):
        return list(part.points)
    r = part.r / math.cos(math.pi / n)
    ends = (part.centre,) if isinstance(part, Disc) else (part.a, part.b)
    return [
        (cx + r * math.cos(math.tau * (i + 0.5) / n), cy + r * math.sin(math.tau * (i + 0.5) / n))
        for cx, cy in ends
        for i in range(n)
    ]


def _hull(points: list[_Local]) -> tuple[_Local, ...]:
    """Convex hull, counter-clockwise (monotone chain)."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return tuple(pts)

    def cross(o: _Local, a: _Local, b: _Local) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[_Local] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[_Local] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return tuple(lower[:-1] + upper[:-1])


#: How much the outline is grown beyond the parts (hand units): the drawn
#: edge line and its antialiasing sit inside this margin.
OUTLINE_MARGIN = 0.03


@cache
def local_outline(pose: HandPose) -> tuple[_Local, ...]:
    """A convex polygon round everything the pose draws, relative to its
    anchor, in hand units (left hand, fingers toward +y)."""
    parts = POSES[pose].body + POSES[pose].working
    hull = _hull([p for part in parts for p in _part_points(part)])
    # Grow it: push each vertex out from the centroid by the margin (a
    # convex polygon grown this way holds the offset polygon's vertices
    # only roughly, so the margin is generous against the edge line).
    cx = sum(p[0] for p in hull) / len(hull)
    cy = sum(p[1] for p in hull) / len(hull)
    ax, ay = POSES[pose].anchor
    grown = []
    for x, y in hull:
        d = math.hypot(x - cx, y - cy) or 1.0
        k = 1.0 + OUTLINE_MARGIN / d
        grown.append((cx + (x - cx) * k - ax, cy + (y - cy) * k - ay))
    return tuple(grown)


@cache
def outline_axes(pose: HandPose) -> tuple[tuple[float, float, float, float], ...]:
    """The outline's edge normals in hand units, each with the outline's
    extent along it (nx, ny, lowest, highest): with these a shape can be
    tested against a hand without building its outline on the back."""
    pts = local_outline(pose)
    found = []
    for a, b in zip(pts, pts[1:] + pts[:1], strict=True):
        nx, ny = b[1] - a[1], a[0] - b[0]
        proj = [x * nx + y * ny for x, y in pts]
        found.append((nx, ny, min(proj), max(proj)))
    return tuple(found)


@cache
def reach(pose: HandPose) -> float:
    """How far (hand units) the outline goes from the anchor at most: a
    quick bound before testing the outline itself."""
    return max(math.hypot(x, y) for x, y in local_outline(pose))


@cache
def free_side(pose: HandPose) -> _Local:
    """The unit direction (hand units, left hand) from the middle of the
    hand to its anchor and on: where the hand is not. A ring drawn round
    the anchor keeps its arrowheads on this side, in sight."""
    pts = local_outline(pose)
    cx = sum(p[0] for p in pts) / len(pts)
    cy = sum(p[1] for p in pts) / len(pts)
    norm = math.hypot(cx, cy) or 1.0
    return (-cx / norm, -cy / norm)


@dataclass(frozen=True)
class Placement:
    """Where a drawn hand is: its anchor point (u, v), the way its fingers
    point (radians, in art pixels), its length in art pixels, and whether it
    is the right hand (the mirror image)."""

    pos: Point
    facing: float
    length_px: float
    right: bool

    def direction(self, local: _Local) -> float:
        """The angle (art pixels) of a direction given in hand units."""
        fx, fy = math.cos(self.facing), math.sin(self.facing)
        tx, ty = (-fy, fx)
        x, y = local
        if self.right:
            x = -x
        return math.atan2(x * ty + y * fy, x * tx + y * fx)

    def to_local(self, x_px: float, y_px: float) -> _Local:
        """A point in art pixels as hand units relative to the anchor: the
        inverse of ``to_art`` (the map is a rotation and a scale)."""
        fx, fy = math.cos(self.facing), math.sin(self.facing)
        dx = x_px - self.pos[0] * ART_WIDTH
        dy = y_px - self.pos[1] * ART_HEIGHT
        x = (-dx * fy + dy * fx) / self.length_px
        y = (dx * fx + dy * fy) / self.length_px
        return (-x if self.right else x, y)

    def to_art(self, local: _Local) -> Point:
        """A point in hand units (relative to the anchor) on the back (u, v)."""
        fx, fy = math.cos(self.facing), math.sin(self.facing)
        # Thumb side: for the left hand, a quarter turn clockwise on screen
        # from the fingers (fingers up -> thumb to the right).
        tx, ty = (-fy, fx)
        x, y = local
        if self.right:
            x = -x
        dx = (x * tx + y * fx) * self.length_px
        dy = (x * ty + y * fy) * self.length_px
        return (self.pos[0] + dx / ART_WIDTH, self.pos[1] + dy / ART_HEIGHT)


def outline(pose: HandPose, placement: Placement) -> tuple[Point, ...]:
    """The polygon (u, v) that holds everything this hand draws."""
    return tuple(placement.to_art(p) for p in local_outline(pose))
