"""The animated figure of each stroke on each zone: where the hands are, how
hard they press, and the faint path diagram drawn under them.

Time is measured in *cycles*: one cycle is one stroke as counted by the
stroke's tempo (``Stroke.info.tempo_spm``), so the widget passes
``cycles = seconds * spm / 60`` and a tempo change only changes speed, never
the figure. Every motion is a continuous function of cycles with bounded
speed (hands ease in and out of every stop and turn), so the animation never
jumps, whatever the frame rate.

Motions are written once in each zone part's (s, t) frame (see
``geometry.BandFrame``: s from the spine outward, t from the head down) and
the right hand is the mirror image of the left, so every zone gets the same
technique fitted to its own shape. Frames keep clear of the strip along the
spine, so nothing here can press on it.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from .geometry import (
    ART_HEIGHT,
    ART_WIDTH,
    SPINE_KEEP_OFF,
    SPINE_X,
    BandFrame,
    Frame,
    Point,
    mirror,
    zone_frames,
)
from .hand_shapes import STROKE_POSE, Placement, free_side
from .strokes import Stroke
from .zones import Zone

TAU = 2.0 * math.pi
#: Heading of a hand at rest that points nowhere in particular: toward the head.
UP = -math.pi / 2.0
#: Press of a hand that keeps light contact while it moves to the next spot.
LIGHT = 0.1

_Local = tuple[float, float]
_Sample = tuple[Point, float]


@dataclass(frozen=True)
class HandMark:
    """One hand at one instant."""

    pos: Point
    #: 0..1: pulses for presses, ~0.5 steady for glides, ~0.2 for a hold.
    press: float
    #: Direction of travel in (u, v) space: 0 = +u, pi/2 = +v (toward the feet).
    heading: float
    #: Which way the drawn hand's fingers point, in art pixels (0 = right,
    #: pi/2 = toward the feet): along the travel for glides and fans, fixed
    #: for circles, presses and holds, where real hands do not turn.
    facing: float = UP


@dataclass(frozen=True)
class Guide:
    """A path the hands follow, in the direction of travel."""

    points: tuple[Point, ...]
    #: True for loops, whose last point joins back to the first.
    closed: bool
    #: Whose path it is: 0 the left hand, 1 the right.
    hand: int = 0
    #: Where along a loop the first arrowhead sits, as a share of a spacing:
    #: chosen so the arrowheads sit where the hand leaves them in sight.
    arrow_phase: float = 0.5
    #: For a ring round a hand that stays put: the direction (art pixels)
    #: in which the hand does not reach from its working part. Two
    #: arrowheads go on that side of the ring, side by side, in sight.
    behind: float | None = None


def stroke_tempo(stroke: Stroke) -> float:
    """The stroke's default tempo in strokes (cycles) per minute."""
    return float(stroke.info.tempo_spm)


def cycles_at(stroke: Stroke, seconds: float, spm: float | None = None) -> float:
    """How many strokes have been made after ``seconds`` at ``spm`` (default:
    the stroke's own tempo)."""
    rate = stroke_tempo(stroke) if spm is None else spm
    return seconds * rate / 60.0


def guides(stroke: Stroke, zone: Zone) -> tuple[Guide, ...]:
    """The static path diagram for a stroke on a zone (empty for a hold)."""
    return _plan(stroke, zone).guides


def hands(stroke: Stroke, zone: Zone, cycles: float) -> tuple[HandMark, ...]:
    """Where the hands are after ``cycles`` strokes: left hand first."""
    return tuple(hand.mark(cycles) for hand in _plan(stroke, zone).hands)


def period(stroke: Stroke, zone: Zone) -> float:
    """Cycles after which the whole figure repeats exactly: 1 for most, more
    where the hands also drift or step slowly through a large zone."""
    return _plan(stroke, zone).period


# --- small maths ----------------------------------------------------------------
def _ease(x: float) -> float:
    """0 -> 1 with zero speed at both ends, so stops and turns never jerk."""
    x = min(1.0, max(0.0, x))
    return 0.5 - 0.5 * math.cos(math.pi * x)


def _px(a: Point, b: Point) -> float:
    return math.hypot((a[0] - b[0]) * ART_WIDTH, (a[1] - b[1]) * ART_HEIGHT)


def _densify(points: Sequence[_Local], step: float = 0.04) -> list[_Local]:
    """Split straight (s, t) segments so they stay smooth once a frame bends them."""
    out: list[_Local] = [points[0]]
    for a, b in itertools.pairwise(points):
        n = max(1, math.ceil(math.hypot(b[0] - a[0], b[1] - a[1]) / step))
        out.extend(
            (a[0] + (b[0] - a[0]) * i / n, a[1] + (b[1] - a[1]) * i / n) for i in range(1, n + 1)
        )
    return out


@dataclass(frozen=True)
class _Path:
    """A polyline walked by fraction of its length in art pixels."""

    points: tuple[Point, ...]
    closed: bool
    cum: tuple[float, ...]

    @staticmethod
    def of(points: Sequence[Point], closed: bool = False) -> _Path:
        pts = tuple(points)
        ring = (*pts, pts[0]) if closed else pts
        cum = [0.0]
        for a, b in itertools.pairwise(ring):
            cum.append(cum[-1] + _px(a, b))
        return _Path(pts, closed, tuple(cum))

    @property
    def length(self) -> float:
        return self.cum[-1]

    def at(self, f: float) -> Point:
        f = f % 1.0 if self.closed else min(1.0, max(0.0, f))
        target = f * self.length
        i = min(len(self.cum) - 2, max(0, bisect.bisect_right(self.cum, target) - 1))
        span = self.cum[i + 1] - self.cum[i]
        k = 0.0 if span == 0.0 else (target - self.cum[i]) / span
        a = self.points[i]
        b = self.points[(i + 1) % len(self.points)]
        return (a[0] + k * (b[0] - a[0]), a[1] + k * (b[1] - a[1]))

    def guide(self) -> Guide:
        return Guide(self.points, self.closed)


def _frame_path(frame: Frame, st: Sequence[_Local], closed: bool) -> _Path:
    """A path drawn in (s, t) and carried onto the back by the frame."""
    dense = _densify([*st, st[0]]) if closed else _densify(st)
    if closed:
        dense = dense[:-1]
    return _Path.of([frame.at(s, t) for s, t in dense], closed)


def _rounded_rect(frame: Frame, rs: float, rt: float, corner_px: float) -> list[_Local]:
    """A rounded rectangle in (s, t), starting at the top of the inner side and
    running down it, out along the bottom, up the outer side and back in.
    Corners are about ``corner_px`` art pixels round whatever the frame's shape."""
    js, jt = _scale(frame)
    cs = min(corner_px / js, 0.9 * rs)
    ct = min(corner_px / jt, 0.9 * rt)
    n = 8
    pts: list[_Local] = []

    def arc(x: float, y: float, a0: float, a1: float) -> None:
        for i in range(n + 1):
            a = a0 + (a1 - a0) * i / n
            pts.append((x + cs * math.cos(a), y + ct * math.sin(a)))

    arc(-rs + cs, rt - ct, math.pi, math.pi / 2)
    arc(rs - cs, rt - ct, math.pi / 2, 0.0)
    arc(rs - cs, -rt + ct, 0.0, -math.pi / 2)
    arc(-rs + cs, -rt + ct, -math.pi / 2, -math.pi)
    # The last point is the top of the inner side: start there, so the first
    # leg is the straight run down beside the spine.
    return [pts[-1], *pts[:-1]]


def _cubic(p0: _Local, p1: _Local, p2: _Local, p3: _Local, n: int = 24) -> list[_Local]:
    out: list[_Local] = []
    for i in range(n + 1):
        k = i / n
        m = 1.0 - k
        a, b, c, d = m * m * m, 3 * m * m * k, 3 * m * k * k, k * k * k
        out.append(
            (
                a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
                a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
            )
        )
    return out


def _scale(frame: Frame, t: float = 0.0, s: float = 0.0) -> tuple[float, float]:
    """Art pixels per unit of s and of t in a frame at (s, t)."""
    d = 0.05
    s = min(1.0 - d, max(d - 1.0, s))
    t = min(1.0 - d, max(d - 1.0, t))
    js = _px(frame.at(s + d, t), frame.at(s - d, t)) / (2 * d)
    jt = _px(frame.at(s, t + d), frame.at(s, t - d)) / (2 * d)
    return js, jt


def _direction(frame: Frame, s: float, t: float, ds: float, dt: float) -> float:
    """The angle (art pixels) of a small step (ds, dt) in a frame at (s, t)."""
    a = frame.at(s - ds, t - dt)
    b = frame.at(s + ds, t + dt)
    return math.atan2((b[1] - a[1]) * ART_HEIGHT, (b[0] - a[0]) * ART_WIDTH)


@dataclass(frozen=True)
class _Station:
    """A fixed spot in a frame where a hand works on the spot (circles,
    kneading, a hold). Its figure is drawn in local units (x outward from the
    spine, y toward the feet) scaled to ``rx`` by ``ry`` art pixels, so it is
    round on the picture whatever the frame's shape."""

    frame: Frame
    s: float
    t: float
    rx: float
    ry: float

    def at(self, local: _Local) -> Point:
        js, jt = _scale(self.frame, self.t, self.s)
        return self.frame.at(self.s + self.rx * local[0] / js, self.t + self.ry * local[1] / jt)

    def facing(self, toward: str) -> float:
        """Which way fingers point here: "up" toward the head (-t), "out"
        away from the spine (+s), "in" toward it (-s)."""
        if toward in ("up", "down"):
            return _direction(self.frame, self.s, self.t, 0.0, -0.02 if toward == "up" else 0.02)
        sign = 1.0 if toward == "out" else -1.0
        return _direction(self.frame, self.s, self.t, sign * 0.02, 0.0)


@dataclass(frozen=True)
class _Hand:
    """One hand's motion: position and press as a function of cycles, and
    which way its fingers point (fixed, or None to follow the travel)."""

    sample: Callable[[float], _Sample]
    rest_heading: float = UP
    facing: float | None = None

    def mark(self, cycles: float) -> HandMark:
        pos, press = self.sample(cycles)
        if self.facing is None:
            # A hand turned along its travel: the direction of travel over a
            # short stretch (a chord) gives both, so that it turns gently
            # through corners and at the ends of a sweep instead of spinning
            # round on the spot.
            a, _ = self.sample(cycles - _TURN_SPAN)
            b, _ = self.sample(cycles + _TURN_SPAN)
            du, dv = b[0] - a[0], b[1] - a[1]
            facing = (
                math.atan2(dv * ART_HEIGHT, du * ART_WIDTH)
                if math.hypot(du, dv) >= 1e-9
                else self.rest_heading
            )
            ahead, _ = self.sample(cycles + 1e-3)
            du, dv = ahead[0] - pos[0], ahead[1] - pos[1]
            heading = self.rest_heading if math.hypot(du, dv) < 1e-9 else math.atan2(dv, du)
            return HandMark(pos, min(1.0, max(0.0, press)), heading, facing)
        eps = 1e-3
        a, _ = self.sample(cycles - eps)
        b, _ = self.sample(cycles + eps)
        du, dv = b[0] - a[0], b[1] - a[1]
        heading = self.rest_heading if math.hypot(du, dv) < 1e-9 else math.atan2(dv, du)
        return HandMark(pos, min(1.0, max(0.0, press)), heading, self.facing)


#: Half the stretch of a stroke (cycles) over which a travelling hand's
#: direction is smoothed.
_TURN_SPAN = 0.05


@dataclass(frozen=True)
class _Plan:
    hands: tuple[_Hand, ...]
    guides: tuple[Guide, ...]
    period: float


# --- the strokes -----------------------------------------------------------------
_GLIDE_WARP = 0.35


@dataclass(frozen=True)
class _Fit:
    """How a stroke sits in a zone part: the knobs the safety and
    readability properties were tuned with (see tests/unit/domain)."""

    #: Glides: half-size of the loop in s and t; circles/kneading/holds: the
    #: station (s, t); fans: the sweep's reach in s and t.
    a: float = 0.0
    b: float = 0.0
    #: Circles and kneading: radius of the figure in art pixels; presses:
    #: the gap to the line they glide back down (0: back along the row);
    #: fans: -1 for a loop in a small part.
    radius: float = 0.0
    #: "up", "out" or "in": which way the fingers point where they stay put.
    toward: str = "up"
    #: See Guide.arrow_phase.
    arrow_phase: float = 0.5
    #: Glides: along a line (a = where across, b = half its length) instead
    #: of round a loop.
    line: bool = False
    #: Circles: the working part's circle as a share of the ring (0: the
    #: stroke's usual share).
    share: float = 0.0
    #: Fans: where up the part the sweep is centred (t; negative is higher).
    lift: float = 0.0
    #: Presses on a shoulder blade: the line (s) they step up, if not the
    #: usual one. Fans: where by the spine the sweep starts (-s), if not -a.
    offset: float = 0.0


def _gliding(frame: Frame, fit: _Fit) -> tuple[_Hand, list[_Path], float]:
    """Down beside the spine, out at the bottom, back up the flank and in over
    the top; quicker on the way down, unhurried on the way back. In a part
    too narrow for a loop (beside the spine, the shoulders), a long glide
    along it and a light slide back."""
    if fit.line:
        return _glide_line(frame, fit)
    loop = _frame_path(frame, _rounded_rect(frame, fit.a, fit.b, 40.0), closed=True)

    def sample(c: float) -> _Sample:
        x = c % 1.0
        f = x + _GLIDE_WARP * math.sin(TAU * x) / TAU
        return loop.at(f), 0.5 + 0.08 * math.cos(TAU * x)

    return _Hand(sample), [loop], 1.0


def _glide_line(
    frame: Frame, fit: _Fit, ends: tuple[_Local, _Local] | None = None
) -> tuple[_Hand, list[_Path], float]:
    """Glide along the part (down a strip, out along the shoulders, or from
    ``ends[0]`` to ``ends[1]``) pressing, then slide lightly back; the hand
    keeps its direction both ways."""
    along_s = isinstance(frame, BandFrame) and frame.edges_along_s
    if ends is not None:
        st = list(ends)
    elif along_s:
        st = [(-fit.b, fit.a), (fit.b, fit.a)]
    else:
        st = [(fit.a, -fit.b), (fit.a, fit.b)]
    line = _frame_path(frame, st, closed=False)
    start, end = line.at(0.0), line.at(1.0)
    facing = math.atan2((end[1] - start[1]) * ART_HEIGHT, (end[0] - start[0]) * ART_WIDTH)

    def sample(c: float) -> _Sample:
        x = c % 1.0
        if x < 0.5:
            k = x / 0.5
            return line.at(_ease(k)), 0.3 + 0.3 * math.sin(math.pi * k)
        k = (x - 0.5) / 0.5
        return line.at(1.0 - _ease(k)), 0.3 - 0.1 * math.sin(math.pi * k)

    return _Hand(sample, facing, facing), [line], 1.0


def _circle(x: float) -> _Local:
    """Unit circle starting on the inner side, going up it first, then out."""
    return (-math.cos(TAU * x), -math.sin(TAU * x))


#: How big the circle the working part makes is, as a share of the ring drawn
#: round it: the ring is drawn wider than the circle so that its arrowheads
#: stay in sight round the hand (a real palm circle is 2-3 cm across).
_CIRCLE_SHARE = {Stroke.PALM_CIRCLES: 0.4, Stroke.FINGERTIP_CIRCLES: 0.2}


def _circles(frame: Frame, fit: _Fit, stroke: Stroke) -> tuple[_Hand, list[_Path], float]:
    """The working part circles on one spot, up by the spine and out; the
    hand keeps its direction, as real hands do (it is the skin that turns).
    The guide is a ring round the same centre, turning the same way."""
    radius = fit.radius
    share = fit.share or _CIRCLE_SHARE[stroke]
    spot = _Station(frame, fit.a, fit.b, radius * share, radius * share)
    ring_at = _Station(frame, fit.a, fit.b, radius, radius)
    ring = _Path.of([ring_at.at(_circle(i / 72)) for i in range(72)], closed=True)
    circle = _Path.of([spot.at(_circle(i / 72)) for i in range(72)], closed=True)
    base = 0.5 if stroke is Stroke.PALM_CIRCLES else 0.45

    def sample(c: float) -> _Sample:
        return circle.at(c), base + 0.15 * math.cos(TAU * c - math.pi / 4)

    return _Hand(sample, facing=spot.facing(fit.toward)), [ring], 1.0


def _travelling(
    frame: Frame, fit: _Fit, stroke: Stroke, lag: float
) -> tuple[_Hand, list[_Path], float]:
    """Circles (or kneading crescents) that work their way up a narrow strip
    a little each stroke, then a light glide back down to start again: the
    strip is too narrow for a ring with arrowheads round a hand, so the row
    carries the arrowheads, as for the presses."""
    row = _frame_path(frame, [(fit.a, 1.0 - fit.b), (fit.a, -1.0 + fit.b)], closed=False)
    radius = fit.radius
    spot = _Station(frame, fit.a, 0.0, radius, radius)
    steps = float(max(4, round(row.length / (1.6 * radius))))
    back = 2.0
    cycle = steps + back
    facing = spot.facing("up")

    def sample(c: float) -> _Sample:
        x = c % cycle
        if x < steps:
            centre = row.at(x / steps)
            if stroke is Stroke.KNEADING:
                local, squeezing = _crescent(c + lag)
                press = (
                    0.2 + 0.7 * math.sin(math.pi * ((c + lag) % 1.0) / _SQUEEZE)
                    if squeezing
                    else 0.2
                )
            else:
                local, press = _circle(c), 0.45 + 0.15 * math.cos(TAU * c - math.pi / 4)
            # Ease the circle and the press in and out at the ends, so
            # nothing jumps into the light glide back.
            k = _ease(min(1.0, x / 0.5, (steps - x) / 0.5))
            return (
                centre[0] + k * local[0] * radius * _outward(frame) / ART_WIDTH,
                centre[1] + k * local[1] * radius / ART_HEIGHT,
            ), LIGHT + k * (press - LIGHT)
        return row.at(1.0 - _ease((x - steps) / back)), LIGHT

    return _Hand(sample, facing, facing), [row], cycle


def _outward(frame: Frame) -> float:
    """+1 where moving away from the spine means larger u (right part)."""
    return 1.0 if frame.mirrored else -1.0


def _free_side(stroke: Stroke, hand: _Hand, right: bool) -> float | None:
    """Where a hand that stays put does not reach from its working part, for
    its ring's arrowheads: behind a heel, ahead of fingertips."""
    if hand.facing is None:
        return None
    pose = STROKE_POSE[stroke]
    return Placement((0.0, 0.0), hand.facing, 1.0, right).direction(free_side(pose))


_SQUEEZE = 0.6


def _crescent(x: float) -> tuple[_Local, bool]:
    """One kneading stroke in local units: a deep scoop from the outside in
    (the squeeze), then a shallow lift back out; the two arcs make a crescent."""
    x %= 1.0
    if x < _SQUEEZE:
        a = math.pi * _ease(x / _SQUEEZE)
        return (0.9 * math.cos(a), -0.4 + 0.95 * math.sin(a)), True
    a = math.pi * (1.0 - _ease((x - _SQUEEZE) / (1.0 - _SQUEEZE)))
    return (0.9 * math.cos(a), -0.4 + 0.3 * math.sin(a)), False


def _kneading(frame: Frame, fit: _Fit, lag: float) -> tuple[_Hand, list[_Path], float]:
    """Squeezing crescents on one spot; the caller offsets the second hand by
    half a cycle so the hands take turns. The crescent goes round the way a
    palm circle does (in from the outside along the bottom, back out over
    the top), so the ring drawn round it, as for circles, shows its turn."""
    radius = fit.radius
    shape_at = _Station(frame, fit.a, fit.b, radius, radius)
    share = fit.share or _KNEAD_SHARE
    spot = _Station(frame, fit.a, fit.b, radius * share, radius * share)

    def sample(c: float) -> _Sample:
        local, squeezing = _crescent(c + lag)
        press = 0.2 + 0.7 * math.sin(math.pi * ((c + lag) % 1.0) / _SQUEEZE) if squeezing else 0.2
        return spot.at(local), press

    ring = _Path.of([shape_at.at(_circle(i / 72)) for i in range(72)], closed=True)
    return _Hand(sample, facing=spot.facing(fit.toward)), [ring], 1.0


#: The kneading hand's crescent as a share of the one drawn round it.
_KNEAD_SHARE = 0.5


# Distance of the pressing hand from the spine on zones along it, the (s) line
# it follows elsewhere, and the spacing of the spots in art pixels.
_STEPPING: dict[Stroke, tuple[float, float, float]] = {
    Stroke.THUMB_PRESSURE: (SPINE_KEEP_OFF + 0.03, -0.55, 45.0),
    Stroke.KNUCKLE_PRESSURE: (SPINE_KEEP_OFF + 0.038, -0.4, 55.0),
    Stroke.PALM_PRESS: (SPINE_KEEP_OFF + 0.048, -0.15, 75.0),
}
_PRESS_TIME = 0.6


def _row(frame: Frame, stroke: Stroke, fit: _Fit) -> _Path:
    """The line of spots, from low in the part to high."""
    off_spine, s_line, _ = _STEPPING[stroke]
    if isinstance(frame, BandFrame) and not frame.edges_along_s:
        # Strips along the spine: a straight row at a fixed distance from it.
        top = frame.near[0][1] + fit.a
        bottom = frame.near[-1][1] - fit.b
        u = SPINE_X - off_spine
        pts = [(u, bottom), (u, top)]
        return _Path.of([mirror(p) for p in pts] if frame.mirrored else pts)
    if isinstance(frame, BandFrame):
        # The shoulder band: from the shoulder tip in toward the neck.
        st = [(fit.a, fit.b), (-0.75, fit.b)]
    else:
        # A shoulder blade: up along its inner border.
        st = [(fit.offset or s_line, fit.a), (fit.offset or s_line, -fit.b)]
    return _Path.of([frame.at(s, t) for s, t in _densify(st)])


def _return_line(frame: Frame, row: _Path, gap_px: float) -> _Path:
    """The way back for presses on a short row: beside it, ``gap_px`` further
    from the spine (or, on the shoulders, lower down), from its top to its
    foot, joined to it at both ends: with the row it makes a loop."""
    along_s = isinstance(frame, BandFrame) and frame.edges_along_s
    top, foot = row.at(1.0), row.at(0.0)
    dx, dy = (top[0] - foot[0]) * ART_WIDTH, (top[1] - foot[1]) * ART_HEIGHT
    norm = math.hypot(dx, dy) or 1.0
    # A quarter turn from the row, to the side away from the spine (or down).
    nx, ny = -dy / norm, dx / norm
    away = (0.0, 1.0) if along_s else (_outward(frame), 0.0)
    if nx * away[0] + ny * away[1] < 0:
        nx, ny = -nx, -ny
    shift = (nx * gap_px / ART_WIDTH, ny * gap_px / ART_HEIGHT)
    pts = [row.at(1.0 - i / 16) for i in range(17)]
    return _Path.of([(p[0] + shift[0], p[1] + shift[1]) for p in pts])


def _press_facing(frame: Frame, row: _Path, toward: str) -> float:
    """Which way a pressing hand's fingers point: up the row ("up"), or
    across it, away from the spine ("out") or toward the feet ("down")."""
    rise, low = row.at(1.0), row.at(0.0)
    along = math.atan2((rise[1] - low[1]) * ART_HEIGHT, (rise[0] - low[0]) * ART_WIDTH)
    if toward == "up":
        return along
    ref = (0.0, 1.0) if toward == "down" else (_outward(frame), 0.0)
    for turn in (math.pi / 2, -math.pi / 2):
        a = along + turn
        if math.cos(a) * ref[0] + math.sin(a) * ref[1] > 0:
            return a
    return along


def _stepping(frame: Frame, stroke: Stroke, fit: _Fit) -> tuple[_Hand, list[_Path], float]:
    """Press (0 -> 1 -> 0), slide to the next spot up, and after the top spot
    glide softly back down to the first: along the same row, or, where the
    row is short (``fit.radius``: the gap), down a line beside it, so the
    loop has room for arrowheads round the hand."""
    if fit.line:
        return _pressing_on_the_spot(frame, fit)
    row = _row(frame, stroke, fit)
    if fit.radius > 0.0:
        return _stepping_loop(frame, stroke, row, fit)
    spacing = _STEPPING[stroke][2]
    spots = max(3, round(row.length / spacing) + 1)
    back = float(max(1, math.ceil(row.length / 300.0)))
    cycle = spots + back
    last = spots - 1
    rise = row.at(1.0)
    low = row.at(0.0)
    heading = math.atan2(rise[1] - low[1], rise[0] - low[0])
    facing = _press_facing(frame, row, fit.toward)

    def sample(c: float) -> _Sample:
        x = c % cycle
        k = int(x)
        tau = x - k
        if k <= last and tau < _PRESS_TIME:
            pulse = math.sin(math.pi * tau / _PRESS_TIME) ** 2
            return row.at(k / last), LIGHT + (1.0 - LIGHT) * pulse
        if k < last:
            return row.at((k + _ease((tau - _PRESS_TIME) / (1.0 - _PRESS_TIME))) / last), LIGHT
        start = last + _PRESS_TIME
        return row.at(1.0 - _ease((x - start) / (cycle - start))), LIGHT

    return _Hand(sample, heading, facing), [row], cycle


def _pressing_on_the_spot(frame: Frame, fit: _Fit) -> tuple[_Hand, list[_Path], float]:
    """Where a part is too small for a row of spots with arrowheads clear
    of the hands (presses on the shoulders, palm presses on a shoulder
    blade), the hands press and release on one spot: a compression. There
    is no path to draw, as for a hold."""
    spot = _Station(frame, fit.a, fit.b, 1.0, 1.0)
    at = spot.at((0.0, 0.0))

    def sample(c: float) -> _Sample:
        tau = c % 1.0
        pulse = math.sin(math.pi * tau / _PRESS_TIME) ** 2 if tau < _PRESS_TIME else 0.0
        return at, LIGHT + (1.0 - LIGHT) * pulse

    return _Hand(sample, facing=spot.facing(fit.toward)), [], 1.0


def _stepping_loop(
    frame: Frame, stroke: Stroke, row: _Path, fit: _Fit
) -> tuple[_Hand, list[_Path], float]:
    back_line = _return_line(frame, row, fit.radius)
    loop = _Path.of([*row.points, *back_line.points], closed=True)
    share = row.length / loop.length
    spacing = _STEPPING[stroke][2]
    spots = max(3, round(row.length / spacing) + 1)
    back = float(max(1, math.ceil((loop.length - row.length) / 300.0)))
    cycle = spots + back
    last = spots - 1
    rise, low = row.at(1.0), row.at(0.0)
    heading = math.atan2(rise[1] - low[1], rise[0] - low[0])
    facing = _press_facing(frame, row, fit.toward)

    def sample(c: float) -> _Sample:
        x = c % cycle
        k = int(x)
        tau = x - k
        if k <= last and tau < _PRESS_TIME:
            pulse = math.sin(math.pi * tau / _PRESS_TIME) ** 2
            return loop.at(share * k / last), LIGHT + (1.0 - LIGHT) * pulse
        if k < last:
            f = (k + _ease((tau - _PRESS_TIME) / (1.0 - _PRESS_TIME))) / last
            return loop.at(share * f), LIGHT
        start = last + _PRESS_TIME
        return loop.at(share + (1.0 - share) * _ease((x - start) / (cycle - start))), LIGHT

    return _Hand(sample, heading, facing), [loop], cycle


_SWEEP = 0.55


def _fan(frame: Frame, fit: _Fit) -> tuple[_Hand, list[_Path], float]:
    """Palms sweep up beside the spine and out to the side, then come back
    lightly down the outside to start again low by the spine. ``fit`` gives
    the reach: the sweep spans s in [-a, a] and t in [-b, b]. In a small
    part, one sweep up and out along a line and a light slide back."""
    a, b = fit.a, fit.b
    if fit.line:
        return _glide_line(frame, fit, ((-a, b), (a, -b)))
    if fit.radius < 0.0:
        return _fan_loop(frame, fit)
    # From low by the spine (s = -inner) up and out to the side (s = a),
    # the sweep centred at t = lift.
    inner, h = fit.offset or a, fit.lift
    out = _Path.of(
        [
            frame.at(s, t + h)
            for s, t in _cubic(
                (-inner, b), (-inner * 1.06, -0.2 * b), (-0.3 * inner, -0.9 * b), (a, -0.7 * b)
            )
        ]
    )
    back = _Path.of(
        [
            frame.at(s, t + h)
            for s, t in _cubic((a, -0.7 * b), (a * 1.1, 0.05 * b), (0.2 * a, 1.2 * b), (-inner, b))
        ]
    )

    def sample(c: float) -> _Sample:
        x = c % 1.0
        if x < _SWEEP:
            k = x / _SWEEP
            return out.at(_ease(k)), 0.2 + 0.35 * math.sin(math.pi * k)
        return back.at(_ease((x - _SWEEP) / (1.0 - _SWEEP))), 0.2

    loop = _Path.of(out.points + back.points[1:-1], closed=True)
    return _Hand(sample), [loop], 1.0


def _fan_loop(frame: Frame, fit: _Fit) -> tuple[_Hand, list[_Path], float]:
    """A fan in a small part: up beside the spine and out over the top
    pressing, then lightly back down the outside and in along the bottom
    (the glide's loop the other way round)."""
    ring = list(reversed(_rounded_rect(frame, fit.a, fit.b, 40.0)))
    # Start at the corner low by the spine, so the first half (pressing) is
    # up the inner side and out over the top.
    first = min(range(len(ring)), key=lambda i: math.hypot(ring[i][0] + fit.a, ring[i][1] - fit.b))
    loop = _frame_path(frame, ring[first:] + ring[:first], closed=True)

    def sample(c: float) -> _Sample:
        x = c % 1.0
        f = x + _GLIDE_WARP * math.sin(TAU * x) / TAU
        return loop.at(f), 0.2 + 0.35 * max(0.0, math.sin(TAU * x))

    return _Hand(sample), [loop], 1.0


def _hold(frame: Frame, fit: _Fit) -> tuple[_Hand, list[_Path], float]:
    """Still, warm hands; the press breathes gently once per cycle."""
    spot = _Station(frame, fit.a, fit.b, 1.0, 1.0)
    at = spot.at((0.0, 0.0))

    def sample(c: float) -> _Sample:
        return at, 0.225 - 0.075 * math.cos(TAU * c)

    return _Hand(sample, facing=spot.facing(fit.toward)), [], 1.0


# --- how each stroke sits in each zone -----------------------------------------------
# For every stroke on every zone: the drawn hand's length (wrist to fingertip,
# art pixels) and how the stroke sits in the zone part. The hands are drawn
# smaller than life, and smaller still in small zones, so that each one stays
# inside the zone it works, clear of the spine strip, and leaves at least two
# arrowheads of its path in sight at every moment. These numbers were found
# by searching each pair's knobs for the largest hand that keeps all of that
# (the properties in tests/unit/domain/test_diagram.py, which check them).
_LAYOUT: dict[tuple[Stroke, Zone], tuple[float, _Fit]] = {
    (Stroke.GLIDING, Zone.FULL_BACK): (84.0, _Fit(0.62, 0.8)),
    (Stroke.GLIDING, Zone.SHOULDERS): (32.0, _Fit(0.7, 0.5, arrow_phase=0.25)),
    (Stroke.GLIDING, Zone.SHOULDER_BLADES): (52.0, _Fit(0.62, 0.6)),
    (Stroke.GLIDING, Zone.SPINE_SIDES): (84.0, _Fit(0.0, 0.7, line=True)),
    (Stroke.GLIDING, Zone.LOWER_BACK): (76.0, _Fit(0.35, 0.6)),
    (Stroke.PALM_CIRCLES, Zone.FULL_BACK): (66.0, _Fit(0.0, 0.0, radius=48, share=0.25)),
    (Stroke.PALM_CIRCLES, Zone.SHOULDERS): (
        50.0,
        _Fit(-0.3, 0.2, radius=38, toward="in", share=0.25),
    ),
    (Stroke.PALM_CIRCLES, Zone.SHOULDER_BLADES): (66.0, _Fit(0.0, 0.0, radius=44, share=0.25)),
    (Stroke.PALM_CIRCLES, Zone.SPINE_SIDES): (58.0, _Fit(0.0, 0.2, radius=11, line=True)),
    (Stroke.PALM_CIRCLES, Zone.LOWER_BACK): (66.0, _Fit(0.0, 0.0, radius=48, share=0.25)),
    (Stroke.FINGERTIP_CIRCLES, Zone.FULL_BACK): (66.0, _Fit(0.0, 0.0, radius=48)),
    (Stroke.FINGERTIP_CIRCLES, Zone.SHOULDERS): (50.0, _Fit(-0.5, 0.0, radius=38, toward="down")),
    (Stroke.FINGERTIP_CIRCLES, Zone.SHOULDER_BLADES): (66.0, _Fit(0.0, 0.0, radius=48)),
    (Stroke.FINGERTIP_CIRCLES, Zone.SPINE_SIDES): (66.0, _Fit(0.15, 0.2, radius=8, line=True)),
    (Stroke.FINGERTIP_CIRCLES, Zone.LOWER_BACK): (66.0, _Fit(0.0, 0.0, radius=48)),
    (Stroke.KNEADING, Zone.FULL_BACK): (66.0, _Fit(0.0, 0.0, radius=48, share=0.25)),
    (Stroke.KNEADING, Zone.SHOULDERS): (42.0, _Fit(-0.3, -0.2, radius=38, share=0.25)),
    (Stroke.KNEADING, Zone.SHOULDER_BLADES): (
        50.0,
        _Fit(0.0, 0.0, radius=48, toward="out", share=0.25),
    ),
    (Stroke.KNEADING, Zone.SPINE_SIDES): (58.0, _Fit(-0.15, 0.2, radius=8, line=True)),
    (Stroke.KNEADING, Zone.LOWER_BACK): (66.0, _Fit(0.0, 0.0, radius=48, share=0.25)),
    (Stroke.PALM_PRESS, Zone.FULL_BACK): (66.0, _Fit(0.08, 0.02)),
    (Stroke.PALM_PRESS, Zone.SHOULDERS): (66.0, _Fit(-0.3, 0.3, line=True)),
    (Stroke.PALM_PRESS, Zone.SHOULDER_BLADES): (66.0, _Fit(0.0, 0.0, line=True)),
    (Stroke.PALM_PRESS, Zone.SPINE_SIDES): (66.0, _Fit(0.08, 0.02)),
    (Stroke.PALM_PRESS, Zone.LOWER_BACK): (58.0, _Fit(0.08, 0.02, radius=32, arrow_phase=0.75)),
    (Stroke.THUMB_PRESSURE, Zone.FULL_BACK): (84.0, _Fit(0.02, 0.08)),
    (Stroke.THUMB_PRESSURE, Zone.SHOULDERS): (66.0, _Fit(-0.3, -0.3, line=True)),
    (Stroke.THUMB_PRESSURE, Zone.SHOULDER_BLADES): (66.0, _Fit(0.0, 0.0, line=True)),
    (Stroke.THUMB_PRESSURE, Zone.SPINE_SIDES): (76.0, _Fit(0.08, 0.08)),
    (Stroke.THUMB_PRESSURE, Zone.LOWER_BACK): (58.0, _Fit(0.08, 0.08, radius=50, arrow_phase=0.0)),
    (Stroke.KNUCKLE_PRESSURE, Zone.FULL_BACK): (96.0, _Fit(0.02, 0.02)),
    (Stroke.KNUCKLE_PRESSURE, Zone.SHOULDERS): (40.0, _Fit(0.45, -0.5, radius=32, arrow_phase=0.0)),
    (Stroke.KNUCKLE_PRESSURE, Zone.SHOULDER_BLADES): (
        50.0,
        _Fit(0.5, 0.72, radius=40, arrow_phase=0.0),
    ),
    (Stroke.KNUCKLE_PRESSURE, Zone.SPINE_SIDES): (80.0, _Fit(0.02, 0.08)),
    (Stroke.KNUCKLE_PRESSURE, Zone.LOWER_BACK): (80.0, _Fit(0.02, 0.08, radius=50)),
    (Stroke.FAN, Zone.FULL_BACK): (60.0, _Fit(0.75, 0.6, offset=0.35, lift=-0.2)),
    (Stroke.FAN, Zone.SHOULDERS): (32.0, _Fit(0.7, 0.5, radius=-1.0)),
    (Stroke.FAN, Zone.SHOULDER_BLADES): (44.0, _Fit(0.6, 0.7, radius=-1.0)),
    (Stroke.FAN, Zone.SPINE_SIDES): (60.0, _Fit(0.75, 0.6, offset=0.35, lift=-0.2)),
    (Stroke.FAN, Zone.LOWER_BACK): (52.0, _Fit(0.35, 0.7, arrow_phase=0.0)),
    (Stroke.HOLD, Zone.FULL_BACK): (84.0, _Fit(0.0, 0.0)),
    (Stroke.HOLD, Zone.SHOULDERS): (84.0, _Fit(-0.3, 0.3)),
    (Stroke.HOLD, Zone.SHOULDER_BLADES): (84.0, _Fit(0.0, 0.0)),
    (Stroke.HOLD, Zone.SPINE_SIDES): (84.0, _Fit(0.3, 0.0)),
    (Stroke.HOLD, Zone.LOWER_BACK): (84.0, _Fit(0.0, 0.0)),
}


def hand_length(stroke: Stroke, zone: Zone) -> float:
    """How long the drawn hand is (wrist to fingertip) in art pixels."""
    return _LAYOUT[(stroke, zone)][0]


def _fit(stroke: Stroke, zone: Zone) -> _Fit:
    return _LAYOUT[(stroke, zone)][1]


def frames_for(stroke: Stroke, zone: Zone) -> tuple[Frame, Frame]:
    """The zone parts a stroke works in. A fan starts beside the spine and
    sweeps out to the sides: in the narrow strips beside the spine it would
    have nowhere to go, so there it uses the half-backs."""
    return zone_frames(
        Zone.FULL_BACK if stroke is Stroke.FAN and zone is Zone.SPINE_SIDES else zone
    )


_RINGS = (Stroke.PALM_CIRCLES, Stroke.FINGERTIP_CIRCLES, Stroke.KNEADING)


@cache
def _plan(stroke: Stroke, zone: Zone) -> _Plan:
    parts: list[tuple[_Hand, list[_Path], float]] = []
    fit = _fit(stroke, zone)
    for index, frame in enumerate(frames_for(stroke, zone)):
        if stroke is Stroke.GLIDING:
            parts.append(_gliding(frame, fit))
        elif stroke in _RINGS and fit.line:
            parts.append(_travelling(frame, fit, stroke, 0.5 * index))
        elif stroke in (Stroke.PALM_CIRCLES, Stroke.FINGERTIP_CIRCLES):
            parts.append(_circles(frame, fit, stroke))
        elif stroke is Stroke.KNEADING:
            parts.append(_kneading(frame, fit, 0.5 * index))
        elif stroke in _STEPPING:
            parts.append(_stepping(frame, stroke, fit))
        elif stroke is Stroke.FAN:
            parts.append(_fan(frame, fit))
        else:
            parts.append(_hold(frame, fit))
    return _Plan(
        hands=tuple(p[0] for p in parts),
        guides=tuple(
            Guide(
                path.points,
                path.closed,
                index,
                fit.arrow_phase,
                _free_side(stroke, p[0], index == 1) if stroke in _RINGS and not fit.line else None,
            )
            for index, p in enumerate(parts)
            for path in p[1]
        ),
        period=max(p[2] for p in parts),
    )
