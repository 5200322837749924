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


@dataclass(frozen=True)
class Guide:
    """A path the hands follow, in the direction of travel."""

    points: tuple[Point, ...]
    #: True for loops, whose last point joins back to the first.
    closed: bool


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


def _scale(frame: Frame, t: float = 0.0) -> tuple[float, float]:
    """Art pixels per unit of s and of t across the middle of a frame at t."""
    d = 0.05
    js = _px(frame.at(d, t), frame.at(-d, t)) / (2 * d)
    jt = _px(frame.at(0.0, t + d), frame.at(0.0, t - d)) / (2 * d)
    return js, jt


def _outward(frame: Frame) -> float:
    """+1 where moving away from the spine means larger u (right part)."""
    return 1.0 if frame.mirrored else -1.0


@dataclass(frozen=True)
class _Patch:
    """A small round area inside a frame where circles and crescents are
    drawn in local units (x outward, y toward the feet, radius 1). In a tall
    frame it drifts slowly from the top to the bottom and back, one radius or
    so per stroke, so the whole zone gets worked; its size in (s, t) follows
    the frame's local scale so it stays round on the picture as it goes."""

    frame: Frame
    radius: float
    drift: float
    drift_cycles: float
    #: Pixels per unit s and t at evenly spaced t from -1 to 1.
    scales: tuple[tuple[float, float], ...]

    @staticmethod
    def fit(frame: Frame, radius_px: float, limit: float = 0.82) -> _Patch:
        scales = tuple(_scale(frame, -1.0 + 2.0 * i / 40) for i in range(41))
        js_min = min(js for js, _ in scales)
        jt_mid = scales[20][1]
        radius = min(radius_px, limit * js_min, limit * jt_mid)
        room = limit - radius / jt_mid
        if room > 0.6:  # a tall frame: wander down it and back
            cycles = float(max(4, round(4 * room * jt_mid / radius)))
            return _Patch(frame, radius, room, cycles, scales)
        return _Patch(frame, radius, 0.0, 1.0, scales)

    def _scale_at(self, t: float) -> tuple[float, float]:
        x = (min(1.0, max(-1.0, t)) + 1.0) * 20.0
        i = min(39, int(x))
        k = x - i
        (a0, b0), (a1, b1) = self.scales[i], self.scales[i + 1]
        return a0 + k * (a1 - a0), b0 + k * (b1 - b0)

    def centre(self, cycles: float) -> float:
        """The patch centre's t (its s is 0) after ``cycles``."""
        if self.drift == 0.0:
            return 0.0
        return -self.drift * math.cos(TAU * cycles / self.drift_cycles)

    def at(self, local: _Local, cycles: float) -> Point:
        ct = self.centre(cycles)
        js, jt = self._scale_at(ct)
        return self.frame.at(self.radius * local[0] / js, ct + self.radius * local[1] / jt)

    def stations(self) -> tuple[float, ...]:
        """Cycle values at which to draw a guide copy of a drifting figure."""
        if self.drift == 0.0:
            return (0.0,)
        return tuple(self.drift_cycles * k for k in (0.0, 0.18, 0.32, 0.5))


@dataclass(frozen=True)
class _Hand:
    """One hand's motion: position and press as a function of cycles."""

    sample: Callable[[float], _Sample]
    rest_heading: float = UP

    def mark(self, cycles: float) -> HandMark:
        pos, press = self.sample(cycles)
        eps = 1e-3
        a, _ = self.sample(cycles - eps)
        b, _ = self.sample(cycles + eps)
        du, dv = b[0] - a[0], b[1] - a[1]
        heading = self.rest_heading if math.hypot(du, dv) < 1e-9 else math.atan2(dv, du)
        return HandMark(pos, min(1.0, max(0.0, press)), heading)


@dataclass(frozen=True)
class _Plan:
    hands: tuple[_Hand, ...]
    guides: tuple[Guide, ...]
    period: float


# --- the strokes -----------------------------------------------------------------
_GLIDE_WARP = 0.35


def _gliding(frame: Frame) -> tuple[_Hand, tuple[Guide, ...], float]:
    """Down beside the spine, out at the bottom, back up the flank and in over
    the top; quicker on the way down, unhurried on the way back."""
    loop = _frame_path(frame, _rounded_rect(frame, 0.8, 0.92, 40.0), closed=True)

    def sample(c: float) -> _Sample:
        x = c % 1.0
        f = x + _GLIDE_WARP * math.sin(TAU * x) / TAU
        return loop.at(f), 0.5 + 0.08 * math.cos(TAU * x)

    return _Hand(sample), (loop.guide(),), 1.0


def _circle(x: float) -> _Local:
    """Unit circle starting on the inner side, going up it first, then out."""
    return (-math.cos(TAU * x), -math.sin(TAU * x))


def _palm_circles(frame: Frame) -> tuple[_Hand, tuple[Guide, ...], float]:
    """Heels of the palms circle; in a tall zone the circles creep down and back."""
    patch = _Patch.fit(frame, 45.0)

    def sample(c: float) -> _Sample:
        return patch.at(_circle(c), c), 0.5 + 0.15 * math.cos(TAU * c - math.pi / 4)

    rings = tuple(
        Guide(tuple(patch.at(_circle(i / 48), at) for i in range(48)), True)
        for at in patch.stations()
    )
    return _Hand(sample), rings, patch.drift_cycles


def _fingertip_circles(frame: Frame) -> tuple[_Hand, tuple[Guide, ...], float]:
    """Small quick circles that travel slowly round just inside the part's
    outline; the track keeps a circle's width from the edge, however narrow."""
    radius = 12.0
    scales = [_scale(frame, t) for t in (-0.8, -0.4, 0.0, 0.4, 0.8)]
    js = min(a for a, _ in scales)
    jt = min(b for _, b in scales)
    rs = min(0.75, max(0.3, 1.0 - (radius + 4.0) / js))
    rt = min(0.8, max(0.3, 1.0 - (radius + 4.0) / jt))
    radius = min(radius, 0.8 * (1.0 - rs) * js, 0.8 * (1.0 - rt) * jt)
    track = _frame_path(frame, _rounded_rect(frame, rs, rt, 60.0), closed=True)
    lap = float(max(6, round(track.length / 24.0)))
    out = _outward(frame)

    def sample(c: float) -> _Sample:
        base = track.at(c / lap)
        x, y = _circle(c)
        pos = (base[0] + out * x * radius / ART_WIDTH, base[1] + y * radius / ART_HEIGHT)
        return pos, 0.45 + 0.15 * math.cos(TAU * c - math.pi / 4)

    # The guide is the slow lap only: drawn with every small loop it reads as
    # a scribble from across the room; the moving hand shows the loops.
    return _Hand(sample), (Guide(track.points, True),), lap


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


def _kneading(frame: Frame, lag: float) -> tuple[_Hand, tuple[Guide, ...], float]:
    """Squeezing crescents; the caller offsets the second hand by half a cycle."""
    patch = _Patch.fit(frame, 60.0)

    def sample(c: float) -> _Sample:
        local, squeezing = _crescent(c + lag)
        press = 0.2 + 0.7 * math.sin(math.pi * ((c + lag) % 1.0) / _SQUEEZE) if squeezing else 0.2
        return patch.at(local, c), press

    shapes = tuple(
        Guide(tuple(patch.at(_crescent(i / 60)[0], at) for i in range(60)), True)
        for at in patch.stations()
    )
    return _Hand(sample), shapes, patch.drift_cycles


# Distance of the pressing hand from the spine on zones along it, the (s) line
# it follows elsewhere, and the spacing of the spots in art pixels.
_STEPPING: dict[Stroke, tuple[float, float, float]] = {
    Stroke.THUMB_PRESSURE: (SPINE_KEEP_OFF + 0.022, -0.55, 45.0),
    Stroke.KNUCKLE_PRESSURE: (SPINE_KEEP_OFF + 0.036, -0.4, 55.0),
    Stroke.PALM_PRESS: (SPINE_KEEP_OFF + 0.055, -0.15, 75.0),
}
_PRESS_TIME = 0.6


def _row(frame: Frame, stroke: Stroke) -> _Path:
    """The line of spots, from low in the part to high."""
    off_spine, s_line, _ = _STEPPING[stroke]
    if isinstance(frame, BandFrame) and not frame.edges_along_s:
        # Strips along the spine: a straight row at a fixed distance from it.
        top = frame.near[0][1] + 0.02
        bottom = frame.near[-1][1] - 0.02
        u = SPINE_X - off_spine
        pts = [(u, bottom), (u, top)]
        return _Path.of([mirror(p) for p in pts] if frame.mirrored else pts)
    if isinstance(frame, BandFrame):
        # The shoulder band: from the shoulder tip in toward the neck.
        st = [(0.75, 0.0), (-0.75, 0.0)]
    else:
        # A shoulder blade: up along its inner border.
        st = [(s_line, 0.72), (s_line, -0.72)]
    return _Path.of([frame.at(s, t) for s, t in _densify(st)])


def _stepping(frame: Frame, stroke: Stroke) -> tuple[_Hand, tuple[Guide, ...], float]:
    """Press (0 -> 1 -> 0), slide to the next spot up, and after the top spot
    glide softly back down to the first."""
    row = _row(frame, stroke)
    spacing = _STEPPING[stroke][2]
    spots = max(3, round(row.length / spacing) + 1)
    back = float(max(1, math.ceil(row.length / 300.0)))
    cycle = spots + back
    last = spots - 1
    rise = row.at(1.0)
    low = row.at(0.0)
    heading = math.atan2(rise[1] - low[1], rise[0] - low[0])

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

    return _Hand(sample, heading), (row.guide(),), cycle


_SWEEP = 0.55
_FAN_OUT = _cubic((-0.8, 0.78), (-0.85, -0.15), (-0.25, -0.7), (0.8, -0.55))
_FAN_BACK = _cubic((0.8, -0.55), (0.95, 0.05), (0.15, 0.95), (-0.8, 0.78))


def _fan(frame: Frame) -> tuple[_Hand, tuple[Guide, ...], float]:
    """Palms sweep up beside the spine and out to the side, then come back
    lightly down the outside to start again low by the spine."""
    out = _Path.of([frame.at(s, t) for s, t in _FAN_OUT])
    back = _Path.of([frame.at(s, t) for s, t in _FAN_BACK])

    def sample(c: float) -> _Sample:
        x = c % 1.0
        if x < _SWEEP:
            k = x / _SWEEP
            return out.at(_ease(k)), 0.2 + 0.35 * math.sin(math.pi * k)
        return back.at(_ease((x - _SWEEP) / (1.0 - _SWEEP))), 0.2

    loop = Guide(out.points + back.points[1:-1], True)
    return _Hand(sample), (loop,), 1.0


def _hold(frame: Frame) -> tuple[_Hand, tuple[Guide, ...], float]:
    """Still, warm hands; the press breathes gently once per cycle."""
    spot = frame.at(0.0, 0.0)

    def sample(c: float) -> _Sample:
        return spot, 0.225 - 0.075 * math.cos(TAU * c)

    return _Hand(sample), (), 1.0


@cache
def _plan(stroke: Stroke, zone: Zone) -> _Plan:
    parts: list[tuple[_Hand, tuple[Guide, ...], float]] = []
    # A fan starts beside the spine and sweeps out to the sides: in the narrow
    # strips beside the spine it would have nowhere to go, so it uses the
    # half-backs and starts in the strip.
    frames = zone_frames(Zone.FULL_BACK if stroke is Stroke.FAN and zone is Zone.SPINE_SIDES
                         else zone)
    for index, frame in enumerate(frames):
        if stroke is Stroke.GLIDING:
            parts.append(_gliding(frame))
        elif stroke is Stroke.PALM_CIRCLES:
            parts.append(_palm_circles(frame))
        elif stroke is Stroke.FINGERTIP_CIRCLES:
            parts.append(_fingertip_circles(frame))
        elif stroke is Stroke.KNEADING:
            parts.append(_kneading(frame, 0.5 * index))
        elif stroke in _STEPPING:
            parts.append(_stepping(frame, stroke))
        elif stroke is Stroke.FAN:
            parts.append(_fan(frame))
        else:
            parts.append(_hold(frame))
    return _Plan(
        hands=tuple(p[0] for p in parts),
        guides=tuple(g for p in parts for g in p[1]),
        period=max(p[2] for p in parts),
    )
