"""Scoring a trace-along: how well a mouse trace followed a stroke (issue 4).

In practice mode the user presses and drags along the animated path for a few
strokes. The trace is scored 0-100 on three independent measures, so the
result screen can say *what* to improve rather than give one opaque number:

* path: how far the trace strayed from the reference path, in back-widths;
* direction: how much of the trace moved the way the stroke goes;
* tempo: strokes a minute found in the trace itself, against the target.

Touching the spine is flagged separately, whatever the scores: it is a safety
matter, not a matter of degree.

Tempo comes from the trace itself. The autocorrelation of the positions (with
anything slower than the stroke filtered out) gives the period precisely; a
count suited to the stroke (loops of the heading for circles and glides, turns
along the main axis for back-and-forth strokes, moves between stops for
presses) picks the right peak; and for slow strokes, of which a short trace
holds fewer than two, the pace through the reference figure stands in.

Distances are measured in art widths on both axes (v is rescaled by the art's
aspect ratio), so "0.1" means a tenth of the picture's width whichever way the
trace strays. Pure Python, no Qt and no numpy, so it runs headless next to the
motion maths it compares with; traces are resampled to at most ~900 points so
the pure-Python loops stay fast for any trace length.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from operator import mul

from ..i18n import Context
from .geometry import ASPECT, SPINE_BOTTOM, SPINE_KEEP_OFF, SPINE_TOP, SPINE_X
from .motion import TAU, hands, period, stroke_tempo
from .strokes import Stroke, rhythm_text
from .zones import Zone

#: Mean distance from the path (art widths) that scores 0 on path.
PATH_ZERO = 0.12
#: One point counts at most this far off, so a single slip of the mouse
#: cannot wipe out an otherwise good trace.
PATH_CAP = 2.0 * PATH_ZERO
#: Tempo within this factor of the target scores 100 ...
TEMPO_FULL = 1.1
#: ... falling smoothly to 0 at this factor (half or double the target).
TEMPO_ZERO = 2.0
#: Shortest trace worth scoring.
MIN_POINTS = 10
MIN_SECONDS = 1.0
#: Half-width of the strip along the spine a trace must not touch.
SPINE_HALF_WIDTH = SPINE_KEEP_OFF / 2.0
#: A hold is perfectly still below this spread (art widths), and scores 0 on
#: tempo (stillness) beyond STILL_ZERO.
STILL_FULL = 0.005
STILL_ZERO = 0.05

_SAMPLES_PER_CYCLE = 200
_MAX_RATE = 30.0
_MAX_SAMPLES = 900
_GRID_CELL = 0.02
#: Coordinates beyond this are not on any screen: treated as bad points.
_FAR = 100.0
#: Shortest stroke period the tempo detector looks for (seconds).
_MIN_PERIOD = 0.25
#: Autocorrelation needs the pattern to repeat: longest period it looks for,
#: as a share of the trace's duration (1 / 0.7 = ~1.4 periods must be seen).
_MAX_LAG_SHARE = 0.7
_CLEAR_PEAK = 0.5
#: A move against the stepping longer than this many steps is a glide back.
_GLIDE_BACK = 1.25
#: A count-based tempo this close to an autocorrelation peak confirms it.
_AGREE = 1.1
#: A change of heading this sharp between two samples is a turn back.
_REVERSAL = 0.8 * math.pi
#: Points this near the path (art widths) say where in the figure they are.
_ON_PATH = PATH_ZERO / 2.0

_STEPPING = frozenset({Stroke.PALM_PRESS, Stroke.THUMB_PRESSURE, Stroke.KNUCKLE_PRESSURE})

_XY = tuple[float, float]
_Sample = tuple[float, float, float]  # (t, x, y) with x, y in art widths


@dataclass(frozen=True)
class TracePoint:
    """One pointer sample while the user drags along the path."""

    t: float  #: seconds, monotonic, any origin
    u: float
    v: float


class TraceText(Context):
    """Practice mode's words on a traced stroke."""


@dataclass(frozen=True)
class TraceScore:
    """The three measures of one trace, kept apart so each can be coached."""

    path: int
    direction: int
    tempo: int
    detected_spm: float | None
    target_spm: float
    crossed_spine: bool
    #: Where the trace crossed or touched the spine strip, (u, v), for drawing.
    spine_points: tuple[tuple[float, float], ...]
    #: The stroke scored, for the wording of the summary.
    stroke: Stroke | None = None
    #: The trace was too short or too broken to score (all measures are 0).
    too_short: bool = False

    @property
    def overall(self) -> int:
        """Mean of the three measures; the spine flag is reported on its own."""
        return round((self.path + self.direction + self.tempo) / 3.0)

    def summary(self) -> list[str]:
        """Two to four short sentences for the result screen."""
        lines: list[str] = []
        spine = TraceText.tr("Crossed the spine: keep to the muscles either side.")
        if self.too_short:
            lines = [
                TraceText.tr("Too short to score."),
                TraceText.tr("Press and drag along the moving hand for a few strokes."),
            ]
            return [*lines, spine] if self.crossed_spine else lines
        hold = self.stroke is Stroke.HOLD
        if self.path >= 80:
            lines.append(
                TraceText.tr("Stayed on the spot.")
                if hold
                else TraceText.tr("Stayed close to the path.")
            )
        elif self.path >= 50:
            lines.append(
                TraceText.tr("Stayed near the spot; rest right where shown.")
                if hold
                else TraceText.tr("Mostly near the path; keep a little closer to it.")
            )
        else:
            lines.append(
                TraceText.tr("Drifted off the spot; rest the hands where shown.")
                if hold
                else TraceText.tr("Strayed far from the path; follow the moving hand more closely.")
            )
        if hold:
            lines.append(
                TraceText.tr("Kept the hands still.")
                if self.tempo >= 90
                else TraceText.tr("Keep the hands still and just breathe slowly.")
            )
        else:
            if self.direction >= 80:
                lines.append(TraceText.tr("Moved the way the stroke goes."))
            elif self.direction >= 50:
                lines.append(
                    TraceText.tr("Moved against the stroke's direction for part of the trace.")
                )
            else:
                lines.append(
                    TraceText.tr("Moved against the stroke's direction for much of the trace.")
                )
            lines.append(self._tempo_line())
        if self.crossed_spine:
            lines.append(spine)
        return lines

    def _tempo_line(self) -> str:
        def pace(spm: float) -> str:
            return rhythm_text(self.stroke or Stroke.GLIDING, spm)

        if self.detected_spm is None:
            return TraceText.tr("No steady rhythm found; aim for {pace}.").format(
                pace=pace(self.target_spm)
            )
        if self.tempo >= 90:
            return TraceText.tr("Good pace: about {pace}.").format(pace=pace(self.detected_spm))
        return TraceText.tr("About {pace}; aim for {target}.").format(
            pace=pace(self.detected_spm), target=round(self.target_spm)
        )


# --- the reference ----------------------------------------------------------------
@cache
def _reference(stroke: Stroke, zone: Zone, per_cycle: int) -> tuple[tuple[_Sample, ...], ...]:
    span = period(stroke, zone)
    n = max(2, math.ceil(span * per_cycle))
    per_hand: list[list[_Sample]] = [[] for _ in hands(stroke, zone, 0.0)]
    for i in range(n + 1):
        c = span * i / n
        for track, mark in zip(per_hand, hands(stroke, zone, c), strict=True):
            track.append((c, mark.pos[0], mark.pos[1]))
    return tuple(tuple(track) for track in per_hand)


def reference_path(
    stroke: Stroke, zone: Zone, hand: int = 0, samples_per_cycle: int = _SAMPLES_PER_CYCLE
) -> list[tuple[float, float, float]]:
    """One hand's reference trajectory over one whole period of the figure, as
    (cycles, u, v) from cycle 0 to ``period`` inclusive (hand 0 is the left).
    A trace is compared with this, not with the drawn guide, because the guide
    leaves out what the hand does between loops (drift, stepping, holds)."""
    tracks = _reference(stroke, zone, max(1, int(samples_per_cycle)))
    if not 0 <= hand < len(tracks):
        raise ValueError(f"hand must be 0..{len(tracks) - 1}, not {hand}")
    return list(tracks[hand])


def _xy(u: float, v: float) -> _XY:
    """Art coordinates to art widths on both axes, so distances are fair."""
    return (u, v / ASPECT)


class _SegmentGrid:
    """Segments in a uniform grid, for quick nearest-segment queries: a trace
    of ~900 points against ~3000 reference segments stays well under a second."""

    def __init__(self, segments: Sequence[tuple[float, float, float, float]]) -> None:
        self.segments = list(segments)
        self.cells: dict[tuple[int, int], list[int]] = {}
        cell = _GRID_CELL
        for k, (ax, ay, bx, by) in enumerate(self.segments):
            for i in range(math.floor(min(ax, bx) / cell), math.floor(max(ax, bx) / cell) + 1):
                for j in range(math.floor(min(ay, by) / cell), math.floor(max(ay, by) / cell) + 1):
                    self.cells.setdefault((i, j), []).append(k)
        keys = list(self.cells)
        self.imin, self.imax = min(k[0] for k in keys), max(k[0] for k in keys)
        self.jmin, self.jmax = min(k[1] for k in keys), max(k[1] for k in keys)

    def nearest(self, x: float, y: float, limit: float = math.inf) -> tuple[float, int]:
        """(distance, segment index) of the nearest segment, or (limit, -1)
        when none is nearer than ``limit``."""
        cell = _GRID_CELL
        ci, cj = math.floor(x / cell), math.floor(y / cell)
        # Rings nearer than the grid's box are empty: start at the box.
        r = max(self.imin - ci, ci - self.imax, self.jmin - cj, cj - self.jmax, 0)
        last = max(
            abs(ci - self.imin), abs(ci - self.imax), abs(cj - self.jmin), abs(cj - self.jmax)
        )
        best, found = limit, -1
        segments = self.segments
        while r <= last and (r - 1) * cell < best:
            for i in range(max(ci - r, self.imin), min(ci + r, self.imax) + 1):
                if abs(i - ci) == r:
                    js: Sequence[int] = range(max(cj - r, self.jmin), min(cj + r, self.jmax) + 1)
                else:
                    js = [j for j in {cj - r, cj + r} if self.jmin <= j <= self.jmax]
                for j in js:
                    for k in self.cells.get((i, j), ()):
                        d = _segment_distance(x, y, segments[k])
                        if d < best:
                            best, found = d, k
            r += 1
        return best, found


def _segment_distance(x: float, y: float, seg: tuple[float, float, float, float]) -> float:
    ax, ay, bx, by = seg
    dx, dy = bx - ax, by - ay
    span = dx * dx + dy * dy
    k = 0.0 if span == 0.0 else min(1.0, max(0.0, ((x - ax) * dx + (y - ay) * dy) / span))
    return math.hypot(x - ax - k * dx, y - ay - k * dy)


@dataclass(frozen=True)
class _HandModel:
    """What a trace is compared with for one hand."""

    path: _SegmentGrid
    #: Moving segments that show the way the stroke goes, with unit tangents;
    #: None for a hand that never moves (a hold: any direction is fine).
    heading: _SegmentGrid | None
    tangents: tuple[_XY, ...]
    #: For stepping strokes: the overall stepping direction and the longest
    #: single step, to tell a glide back from stepping the wrong way.
    step_dir: _XY | None = None
    step_len: float = 0.0
    #: Cycle values at both ends of each path segment, and the period, so a
    #: point on the path says how far through the figure the hand is.
    cycles: tuple[tuple[float, float], ...] = ()
    span: float = 1.0


def _runs(moving: Sequence[bool]) -> list[tuple[int, int]]:
    """[start, end) index ranges of consecutive True values."""
    out: list[tuple[int, int]] = []
    start = None
    for i, m in enumerate([*moving, False]):
        if m and start is None:
            start = i
        elif not m and start is not None:
            out.append((start, i))
            start = None
    return out


def _hand_model(track: Sequence[_Sample], stepping: bool) -> _HandModel:
    pts = [_xy(u, v) for _, u, v in track]
    segs = [(a[0], a[1], b[0], b[1]) for a, b in itertools.pairwise(pts)]
    lengths = [math.hypot(s[2] - s[0], s[3] - s[1]) for s in segs]
    moving = [d > 1e-9 for d in lengths]
    on_path = [k for k, m in enumerate(moving) if m] or [0]
    path = _SegmentGrid([segs[k] for k in on_path])
    cycles = tuple((track[k][0], track[k + 1][0]) for k in on_path)
    span = track[-1][0] - track[0][0]
    runs = _runs(moving)
    step_dir: _XY | None = None
    step_len = 0.0
    if stepping and runs:
        # The stroke is the slow stepping: moves between presses that go the
        # way most of them go. The long glide back to the start is not.
        nets = [(pts[e][0] - pts[s][0], pts[e][1] - pts[s][1]) for s, e in runs]
        sx = sum(dx / h for dx, dy in nets if (h := math.hypot(dx, dy)) > 0)
        sy = sum(dy / h for dx, dy in nets if (h := math.hypot(dx, dy)) > 0)
        norm = math.hypot(sx, sy)
        if norm > 0:
            step_dir = (sx / norm, sy / norm)
            runs = [
                r
                for r, n in zip(runs, nets, strict=True)
                if n[0] * step_dir[0] + n[1] * step_dir[1] > 0
            ]
            step_len = max(sum(lengths[s:e]) for s, e in runs)
    keep = [k for s, e in runs for k in range(s, e)]
    if not keep:
        return _HandModel(path, None, (), cycles=cycles, span=span)
    tangents = tuple(
        ((segs[k][2] - segs[k][0]) / lengths[k], (segs[k][3] - segs[k][1]) / lengths[k])
        for k in keep
    )
    return _HandModel(
        path, _SegmentGrid([segs[k] for k in keep]), tangents, step_dir, step_len, cycles, span
    )


@cache
def _models(stroke: Stroke, zone: Zone) -> tuple[_HandModel, ...]:
    return tuple(
        _hand_model(track, stroke in _STEPPING)
        for track in _reference(stroke, zone, _SAMPLES_PER_CYCLE)
    )


# --- cleaning and resampling ------------------------------------------------------
def _clean(trace: Sequence[TracePoint]) -> list[TracePoint]:
    """Drop points that cannot be real: not finite, off any screen, or not
    later than the point before (a clock glitch must not break the maths)."""
    out: list[TracePoint] = []
    for p in trace:
        try:
            t, u, v = float(p.t), float(p.u), float(p.v)
        except (AttributeError, TypeError, ValueError):
            continue
        if not (math.isfinite(t) and math.isfinite(u) and math.isfinite(v)):
            continue
        if abs(u) > _FAR or abs(v) > _FAR or (out and t <= out[-1].t):
            continue
        out.append(TracePoint(t, u, v))
    return out


def _resample(points: Sequence[TracePoint]) -> tuple[list[_Sample], float]:
    """Evenly spaced samples in time (linear interpolation), and their rate.
    Pointer events come unevenly (none while the mouse is still), so even
    samples weight every moment equally and give the tempo a steady clock."""
    t0, t1 = points[0].t, points[-1].t
    rate = min(_MAX_RATE, _MAX_SAMPLES / (t1 - t0))
    n = max(2, int((t1 - t0) * rate) + 1)
    step = (t1 - t0) / (n - 1)
    out: list[_Sample] = []
    j = 0
    for i in range(n):
        t = t0 + i * step
        while j < len(points) - 2 and points[j + 1].t < t:
            j += 1
        a, b = points[j], points[j + 1]
        k = min(1.0, max(0.0, (t - a.t) / (b.t - a.t)))
        out.append((t, *_xy(a.u + k * (b.u - a.u), a.v + k * (b.v - a.v))))
    return out, 1.0 / step


# --- the three measures -------------------------------------------------------------
def _distances(samples: Sequence[_Sample], model: _HandModel) -> list[float]:
    return [model.path.nearest(x, y, PATH_CAP)[0] for _, x, y in samples]


def _path_score(mean_distance: float) -> int:
    """Linear from 100 on the path to 0 at PATH_ZERO: monotonic, so more
    wobble always costs points."""
    return _clamp_score(100.0 * (1.0 - mean_distance / PATH_ZERO))


def _direction_score(samples: Sequence[_Sample], model: _HandModel) -> int:
    """Share of the trace's length (near the path) moving with the
    reference's direction of travel at the nearest moving reference point."""
    if model.heading is None:
        return 100
    neutral = _glide_back(samples, model)
    good = total = 0.0
    for k, ((_, ax, ay), (_, bx, by)) in enumerate(itertools.pairwise(samples)):
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        if length == 0.0 or k in neutral:
            continue
        # Far off the path there is no "way the stroke goes" to compare
        # with: the path score already says the trace strayed.
        _, seg = model.heading.nearest((ax + bx) / 2.0, (ay + by) / 2.0, PATH_CAP)
        if seg < 0:
            continue
        tx, ty = model.tangents[seg]
        total += length
        if dx * tx + dy * ty > 0.0:
            good += length
    if total == 0.0:
        # Nothing moved against the stroke; but a trace that never moved at
        # all did not follow a moving stroke either.
        return 100 if neutral else 0
    return _clamp_score(100.0 * good / total)


def _glide_back(samples: Sequence[_Sample], model: _HandModel) -> set[int]:
    """Segments of a stepping trace that glide back to the start: a single
    move against the stepping direction clearly longer than one step. They count
    neither way, so tracing the animation's return glide costs nothing, while
    stepping backwards (short moves the wrong way) still does."""
    if model.step_dir is None or len(samples) < 3:
        return set()
    speeds = [math.hypot(b[1] - a[1], b[2] - a[2]) for a, b in itertools.pairwise(samples)]
    fast = _percentile(speeds, 0.9)
    if fast == 0.0:
        return set()
    out: set[int] = set()
    for s, e in _runs([sp > 0.2 * fast for sp in speeds]):
        dx, dy = samples[e][1] - samples[s][1], samples[e][2] - samples[s][2]
        along = dx * model.step_dir[0] + dy * model.step_dir[1]
        if along < 0.0 and math.hypot(dx, dy) > _GLIDE_BACK * model.step_len:
            out.update(range(s, e))
    return out


def _tempo_score(detected: float | None, target: float) -> int:
    """100 within ±10 % of the target, 0 at half or double, a smooth (cosine)
    fall in between on a log scale, so too fast and too slow weigh alike."""
    if detected is None or detected <= 0.0 or target <= 0.0:
        return 0
    off = abs(math.log(detected / target))
    full, zero = math.log(TEMPO_FULL), math.log(TEMPO_ZERO)
    if off <= full:
        return 100
    if off >= zero:
        return 0
    return _clamp_score(50.0 + 50.0 * math.cos(math.pi * (off - full) / (zero - full)))


def _stillness_score(samples: Sequence[_Sample]) -> int:
    """For a hold the rhythm is the breath, which a mouse cannot show: score
    how still the hand stayed instead (spread around its mean spot)."""
    n = len(samples)
    mx = sum(s[1] for s in samples) / n
    my = sum(s[2] for s in samples) / n
    spread = math.sqrt(sum((s[1] - mx) ** 2 + (s[2] - my) ** 2 for s in samples) / n)
    return _clamp_score(100.0 * (STILL_ZERO - spread) / (STILL_ZERO - STILL_FULL))


def _clamp_score(x: float) -> int:
    return max(0, min(100, round(x))) if math.isfinite(x) else 0


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


# --- tempo detection ------------------------------------------------------------------
def _smooth(values: Sequence[float], window: int) -> list[float]:
    """Centred moving average (the window shrinks at the ends)."""
    half = max(0, window // 2)
    prefix = [0.0, *itertools.accumulate(values)]
    n = len(values)
    return [
        (prefix[min(n, i + half + 1)] - prefix[max(0, i - half)])
        / (min(n, i + half + 1) - max(0, i - half))
        for i in range(n)
    ]


def _detrend(values: Sequence[float]) -> list[float]:
    """Remove the straight-line trend, so a slow drift (circles creeping
    along, presses stepping up a row) does not hide the repeating part."""
    n = len(values)
    mid = (n - 1) / 2.0
    mean = sum(values) / n
    den = sum((i - mid) ** 2 for i in range(n))
    slope = sum((i - mid) * (x - mean) for i, x in enumerate(values)) / den if den else 0.0
    return [x - mean - slope * (i - mid) for i, x in enumerate(values)]


def _autocorrelation_periods(
    xs: Sequence[float], ys: Sequence[float], rate: float
) -> list[tuple[float, float]]:
    """Clear peaks (period in seconds, correlation) of the normalised
    autocorrelation of the detrended 2-D trace: a stroke repeats its shape
    once per period, whatever the shape (loop, line, staircase)."""
    xs, ys = _detrend(xs), _detrend(ys)
    n = len(xs)
    kmin = max(2, math.ceil(_MIN_PERIOD * rate))
    kmax = int(_MAX_LAG_SHARE * n)
    if kmax < kmin + 2:
        return []
    energy = [0.0, *itertools.accumulate(x * x + y * y for x, y in zip(xs, ys, strict=True))]
    r: dict[int, float] = {}
    for k in range(kmin - 1, kmax + 2):
        num = sum(map(mul, xs[: n - k], xs[k:])) + sum(map(mul, ys[: n - k], ys[k:]))
        e1, e2 = energy[n - k], energy[n] - energy[k]
        r[k] = num / math.sqrt(e1 * e2) if e1 > 1e-18 and e2 > 1e-18 else 0.0
    peaks: list[tuple[float, float]] = []
    for k in range(kmin, kmax + 1):
        a, b, c = r[k - 1], r[k], r[k + 1]
        if b > a and b >= c and b >= _CLEAR_PEAK:
            curve = a - 2.0 * b + c
            shift = 0.5 * (a - c) / curve if curve < 0.0 else 0.0
            peaks.append(((k + shift) / rate, b))
    return peaks


def _smoothed(samples: Sequence[_Sample], seconds: float, rate: float) -> list[_Sample]:
    """The trace with hand tremor and pointer jitter averaged out over about
    ``seconds``, for the measures that look at how it moves from moment to moment."""
    window = max(1, round(seconds * rate)) | 1
    xs = _smooth([s[1] for s in samples], window)
    ys = _smooth([s[2] for s in samples], window)
    return [(s[0], x, y) for s, x, y in zip(samples, xs, ys, strict=True)]


def _reversal_spm(samples: Sequence[_Sample]) -> float | None:
    """Strokes a minute from turns along the trace's main axis: a loop and a
    back-and-forth stroke both turn back twice per stroke along any line."""
    n = len(samples)
    mx, my = sum(s[1] for s in samples) / n, sum(s[2] for s in samples) / n
    sxx = sum((s[1] - mx) ** 2 for s in samples)
    syy = sum((s[2] - my) ** 2 for s in samples)
    sxy = sum((s[1] - mx) * (s[2] - my) for s in samples)
    angle = 0.5 * math.atan2(2.0 * sxy, sxx - syy)
    ca, sa = math.cos(angle), math.sin(angle)
    line = [(s[1] - mx) * ca + (s[2] - my) * sa for s in samples]
    # Hysteresis: a turn counts once the trace has come back a quarter of its
    # usual swing, so jitter at the ends of a stroke is not counted twice.
    gate = 0.25 * (_percentile(line, 0.95) - _percentile(line, 0.05))
    if gate <= 0.0:
        return None
    turns: list[float] = []
    extreme_i, extreme, rising = 0, line[0], None
    for i, x in enumerate(line):
        if rising is None:
            if abs(x - line[0]) >= gate:
                rising = x > line[0]
                extreme_i, extreme = i, x
            continue
        if (rising and x > extreme) or (not rising and x < extreme):
            extreme_i, extreme = i, x
        elif abs(x - extreme) >= gate:
            turns.append(samples[extreme_i][0])
            rising = not rising
            extreme_i, extreme = i, x
    return _rate_of(turns, 2.0)


def _turning_spm(samples: Sequence[_Sample]) -> float | None:
    """Loops a minute from the heading's accumulated turning, or None when the
    trace does not keep turning one way (then it is not a loop). Unlike
    positions, the heading turns once per small loop even while the loops
    creep round a zone, as fingertip circles do."""
    moves = [(b[0], b[1] - a[1], b[2] - a[2]) for a, b in itertools.pairwise(samples)]
    lengths = sorted(math.hypot(dx, dy) for _, dx, dy in moves)
    floor = 0.2 * lengths[len(lengths) // 2] if lengths else 0.0
    headings = [(t, math.atan2(dy, dx)) for t, dx, dy in moves if math.hypot(dx, dy) > floor]
    total = travelled = 0.0
    marks: list[tuple[float, float]] = []  # (time, signed turning so far)
    for (_, h0), (t1, h1) in itertools.pairwise(headings):
        d = (h1 - h0 + math.pi) % TAU - math.pi
        travelled += abs(d)
        if abs(d) < _REVERSAL:  # turning right round has no sense of rotation
            total += d
        marks.append((t1, total))
    if travelled == 0.0 or abs(total) < 0.6 * travelled:
        return None
    sign = 1.0 if total > 0.0 else -1.0
    laps: list[float] = []
    for t, turned in marks:
        if sign * turned >= TAU * (len(laps) + 1):
            laps.append(t)
    return _rate_of(laps, 1.0)


def _step_spm(samples: Sequence[_Sample], reach: int) -> float | None:
    """Presses a minute from the moves between stops: one move per press.
    Speed is the distance covered over ``reach`` samples either side, so
    jitter while the hand rests does not read as a move."""
    n = len(samples)
    if n <= 2 * reach + 2:
        return None
    speeds = [
        math.hypot(
            samples[min(n - 1, i + reach)][1] - samples[max(0, i - reach)][1],
            samples[min(n - 1, i + reach)][2] - samples[max(0, i - reach)][2],
        )
        for i in range(n)
    ]
    fast = _percentile(speeds, 0.9)
    if fast == 0.0:
        return None
    # A move already under way when the trace starts has no known start.
    starts = [samples[s][0] for s, _ in _runs([sp > 0.3 * fast for sp in speeds]) if s > 0]
    return _rate_of(starts, 1.0)


def _rate_of(times: Sequence[float], per_stroke: float) -> float | None:
    """Strokes a minute from times of events that come ``per_stroke`` times a
    stroke, timed first to last so a part stroke at either end does not count."""
    if len(times) < 1 + per_stroke or times[-1] <= times[0]:
        return None
    return 60.0 * (len(times) - 1) / per_stroke / (times[-1] - times[0])


def _phase_spm(samples: Sequence[_Sample], model: _HandModel) -> float | None:
    """Strokes a minute from how fast the trace works through the figure: each
    point near the path says how many cycles into the figure the hand is, so
    even one slow glide (a 20-second trace holds under two) shows its pace.
    None unless most of the trace is on the path and it covers half a stroke."""
    marks: list[tuple[float, float]] = []
    for t, x, y in samples:
        _, k = model.path.nearest(x, y, _ON_PATH)
        if k < 0:
            continue
        ax, ay, bx, by = model.path.segments[k]
        dx, dy = bx - ax, by - ay
        span = dx * dx + dy * dy
        f = 0.0 if span == 0.0 else min(1.0, max(0.0, ((x - ax) * dx + (y - ay) * dy) / span))
        c0, c1 = model.cycles[k]
        marks.append((t, c0 + f * (c1 - c0)))
    if len(marks) < max(MIN_POINTS, len(samples) // 2) or model.span <= 0.0:
        return None
    # Unwrap across the end of the figure (cycle `span` is cycle 0 again).
    times, phases = [marks[0][0]], [marks[0][1]]
    for (_, a), (t, b) in itertools.pairwise(marks):
        step = b - a
        phases.append(phases[-1] + step - model.span * round(step / model.span))
        times.append(t)
    n = len(times)
    mt, mp = sum(times) / n, sum(phases) / n
    den = sum((t - mt) ** 2 for t in times)
    if den == 0.0:
        return None
    slope = sum((t - mt) * (p - mp) for t, p in zip(times, phases, strict=True)) / den
    if abs(slope) * (times[-1] - times[0]) < 0.5:
        return None
    return 60.0 * abs(slope)


def _count_spm(samples: Sequence[_Sample], stroke: Stroke | None, reach: int) -> float | None:
    """The count that suits the stroke: steps for presses, else loops if the
    trace loops, else turns back and forth."""
    if stroke in _STEPPING:
        return _step_spm(samples, reach)
    turning = _turning_spm(samples)
    return turning if turning is not None else _reversal_spm(samples)


def _detect(
    samples: Sequence[_Sample],
    rate: float,
    stroke: Stroke | None,
    target_spm: float | None = None,
    phase_spm: float | None = None,
) -> float | None:
    """Autocorrelation of the positions gives the period precisely and shrugs
    off jitter; a count of loops, turns or steps (on the smoothed trace)
    picks which of its peaks is the stroke and overrules it when no peak
    agrees with it. Where too few strokes were traced to count, the pace
    through the reference figure (``phase_spm``) stands in for the count."""
    expected = 60.0 / target_spm if target_spm and target_spm > 0.0 else None
    xs, ys = [s[1] for s in samples], [s[2] for s in samples]
    if expected is not None:
        # Take out anything slower than the stroke (circles creeping round a
        # zone, presses climbing a row): a moving average over 1.5 expected
        # strokes is a linear filter, so it keeps whatever period the trace
        # has, even at half or double the target.
        window = round(1.5 * expected * rate) | 1
        xs = [x - m for x, m in zip(xs, _smooth(xs, window), strict=True)]
        ys = [y - m for y, m in zip(ys, _smooth(ys, window), strict=True)]
    peaks = _autocorrelation_periods(xs, ys, rate)
    smooth = min(0.5, max(0.1, (expected or 1.0) / 5.0))
    count = _count_spm(_smoothed(samples, smooth, rate), stroke, max(1, round(smooth * rate / 2.0)))
    from_phase = count is None and phase_spm is not None
    if from_phase:
        count = phase_spm
    best = max((c for _, c in peaks), default=0.0)
    candidates = [60.0 / p for p, c in peaks if c >= 0.8 * best and p > 0.0]
    if not candidates:
        return count
    if count is None:
        return max(candidates)
    nearest = min(candidates, key=lambda spm: abs(math.log(spm / count)))
    if abs(math.log(nearest / count)) > math.log(_AGREE):
        return count
    # Once two whole strokes are in, the autocorrelation is the sharper of
    # the two; before that the pace through the figure is.
    seen = (samples[-1][0] - samples[0][0]) * nearest / 60.0
    return count if from_phase and seen < 2.0 else nearest


def detect_spm(
    trace: Sequence[TracePoint], stroke: Stroke | None = None, target_spm: float | None = None
) -> float | None:
    """Strokes a minute found in a trace alone, or None when it shows no steady
    rhythm or is too short. ``stroke`` only picks the count used to cross-check
    (steps for presses, loops or turns otherwise); ``target_spm`` only sets how
    much jitter is smoothed away before counting."""
    points = _clean(trace)
    if len(points) < MIN_POINTS or points[-1].t - points[0].t < MIN_SECONDS:
        return None
    samples, rate = _resample(points)
    return _detect(samples, rate, stroke, target_spm)


# --- the spine -----------------------------------------------------------------------
def _spine_touches(points: Sequence[TracePoint]) -> list[tuple[float, float]]:
    """One point per run of segments that enter the strip along the spine:
    where that run came nearest the spine line."""
    lo_u, hi_u = SPINE_X - SPINE_HALF_WIDTH, SPINE_X + SPINE_HALF_WIDTH
    pairs = list(itertools.pairwise(points)) or [(p, p) for p in points]
    out: list[tuple[float, float]] = []
    best: tuple[float, float] | None = None
    for a, b in pairs:
        hit = _clip(a.u, a.v, b.u, b.v, lo_u, hi_u, SPINE_TOP, SPINE_BOTTOM)
        if hit is None:
            if best is not None:
                out.append(best)
                best = None
            continue
        if best is None or abs(hit[0] - SPINE_X) < abs(best[0] - SPINE_X):
            best = hit
    if best is not None:
        out.append(best)
    return out


def _clip(
    ax: float, ay: float, bx: float, by: float, x0: float, x1: float, y0: float, y1: float
) -> tuple[float, float] | None:
    """Liang-Barsky: the part of segment a-b inside the box, reduced to its
    point nearest the box's centre line x = (x0 + x1) / 2; None if outside."""
    dx, dy = bx - ax, by - ay
    lo, hi = 0.0, 1.0
    for p, q in ((-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)):
        if p == 0.0:
            if q < 0.0:
                return None
            continue
        k = q / p
        if p < 0.0:
            lo = max(lo, k)
        else:
            hi = min(hi, k)
        if lo > hi:
            return None
    mid = (x0 + x1) / 2.0
    pa = (ax + lo * dx, ay + lo * dy)
    pb = (ax + hi * dx, ay + hi * dy)
    if (pa[0] - mid) * (pb[0] - mid) < 0.0:
        k = (mid - pa[0]) / (pb[0] - pa[0])
        return (mid, pa[1] + k * (pb[1] - pa[1]))
    return pa if abs(pa[0] - mid) <= abs(pb[0] - mid) else pb


# --- scoring -------------------------------------------------------------------------
def score_trace(
    trace: Sequence[TracePoint], stroke: Stroke, zone: Zone, target_spm: float | None = None
) -> TraceScore:
    """Score a trace of ``stroke`` on ``zone`` against ``target_spm`` (default:
    the stroke's own tempo, also used for a target that is not a positive
    number). The trace is compared with whichever hand's path
    it kept closer to, since the user may follow either side of the spine.
    Bad points (not finite, out of time order) are skipped; a trace too short
    to judge scores 0 everywhere with ``too_short`` set, never raising."""
    target = stroke_tempo(stroke)
    if target_spm is not None and math.isfinite(target_spm) and target_spm > 0.0:
        target = float(target_spm)
    points = _clean(trace)
    touches = tuple(_spine_touches(points))
    still = stroke is Stroke.HOLD
    # A pointer that does not move sends no events: a perfect hold may be
    # just the press and the release, so two points a second apart will do.
    short = (
        len(points) < (2 if still else MIN_POINTS)
        or points[-1].t - points[0].t < MIN_SECONDS
        or (not still and len({(p.u, p.v) for p in points}) == 1)
    )
    if short:
        return TraceScore(0, 0, 0, None, target, bool(touches), touches, stroke, True)
    samples, rate = _resample(points)
    fits = []
    for model in _models(stroke, zone):
        distances = _distances(samples, model)
        fits.append((sum(distances) / len(distances), model))
    mean_distance, model = min(fits, key=lambda f: f[0])
    # Direction looks at moment-to-moment movement: average out tremor over
    # about an eighth of a stroke first.
    smooth = min(0.3, max(0.1, 60.0 / target / 8.0))
    if still:
        detected, tempo = None, _stillness_score(samples)
    else:
        # Presses rest on one row and glide back along it, so a point there
        # does not say how far through the figure the hand is: they count steps.
        phase = None if stroke in _STEPPING else _phase_spm(samples, model)
        detected = _detect(samples, rate, stroke, target, phase)
        tempo = _tempo_score(detected, target)
    return TraceScore(
        path=_path_score(mean_distance),
        direction=_direction_score(_smoothed(samples, smooth, rate), model),
        tempo=tempo,
        detected_spm=detected,
        target_spm=target,
        crossed_spine=bool(touches),
        spine_points=touches,
        stroke=stroke,
    )
