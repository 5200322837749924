"""Trace-along scoring (issue 4): the reference motion itself scores full
marks, and each kind of mistake costs points on its own measure only.

Synthetic traces are built from ``motion.hands`` at the stroke's own tempo,
sampled at 60 Hz. Most strokes repeat every cycle, so three strokes give
three full periods. Fingertip circles and the stepping presses have long
periods (a lap of the zone, a row of presses and the glide back: 10-15
cycles), but their *strokes* are the small loops and the single presses, and
the tempo detector only needs to see those repeat: three loops or three
presses (the first three spots of the row) are enough, and keep the run short.
Slow strokes traced for less than two strokes (practice stops a trace after
20 s) and whole long periods are tested on their own.
"""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backmassage_gui.domain.geometry import SPINE_BOTTOM, SPINE_TOP, SPINE_X
from backmassage_gui.domain.motion import hands, period, stroke_tempo
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.trace_scoring import (
    PATH_ZERO,
    TracePoint,
    TraceScore,
    detect_spm,
    reference_path,
    score_trace,
)
from backmassage_gui.domain.zones import Zone

#: Each stroke on the zone it is most often done on.
TYPICAL: list[tuple[Stroke, Zone]] = [
    (Stroke.GLIDING, Zone.FULL_BACK),
    (Stroke.PALM_CIRCLES, Zone.LOWER_BACK),
    (Stroke.FINGERTIP_CIRCLES, Zone.SHOULDER_BLADES),
    (Stroke.KNEADING, Zone.LOWER_BACK),
    (Stroke.PALM_PRESS, Zone.SPINE_SIDES),
    (Stroke.THUMB_PRESSURE, Zone.SPINE_SIDES),
    (Stroke.KNUCKLE_PRESSURE, Zone.SPINE_SIDES),
    (Stroke.FAN, Zone.SPINE_SIDES),
    (Stroke.HOLD, Zone.FULL_BACK),
]
MOVING = [combo for combo in TYPICAL if combo[0] is not Stroke.HOLD]
RATE = 60.0
STROKES = 3.0


def ids(combo: tuple[Stroke, Zone]) -> str:
    return f"{combo[0].value}-{combo[1].value}"


def reference_trace(
    stroke: Stroke, zone: Zone, hand: int = 0, strokes: float = STROKES, start: float = 0.0
) -> list[TracePoint]:
    """The animated hand followed perfectly for ``strokes`` strokes at 60 Hz."""
    spm = stroke_tempo(stroke)
    count = int(strokes * 60.0 / spm * RATE) + 1
    out = []
    for i in range(count):
        t = i / RATE
        u, v = hands(stroke, zone, start + t * spm / 60.0)[hand].pos
        out.append(TracePoint(10.0 + t, u, v))  # any clock origin will do
    return out


def time_reversed(trace: list[TracePoint]) -> list[TracePoint]:
    """The same places visited backwards, with time still running forwards."""
    return [TracePoint(p.t, q.u, q.v) for p, q in zip(trace, reversed(trace), strict=True)]


def slowed(trace: list[TracePoint], factor: float) -> list[TracePoint]:
    return [TracePoint(p.t * factor, p.u, p.v) for p in trace]


def noisy(trace: list[TracePoint], size: float, seed: int = 7) -> list[TracePoint]:
    rng = random.Random(seed)
    return [
        TracePoint(p.t, p.u + size * rng.gauss(0, 1), p.v + size * rng.gauss(0, 1)) for p in trace
    ]


def in_range(score: TraceScore) -> bool:
    return all(0 <= x <= 100 for x in (score.path, score.direction, score.tempo, score.overall))


# --- the reference -------------------------------------------------------------------
@pytest.mark.parametrize("combo", TYPICAL, ids=ids)
def test_reference_path_covers_one_period_of_each_hand(combo: tuple[Stroke, Zone]) -> None:
    stroke, zone = combo
    span = period(stroke, zone)
    for hand in (0, 1):
        ref = reference_path(stroke, zone, hand, samples_per_cycle=20)
        assert ref[0][0] == 0.0 and ref[-1][0] == pytest.approx(span)
        assert len(ref) == math.ceil(span * 20) + 1
        c, u, v = ref[len(ref) // 3]
        assert (u, v) == pytest.approx(hands(stroke, zone, c)[hand].pos)
    with pytest.raises(ValueError):
        reference_path(stroke, zone, hand=2)


# --- the reference trace scores full marks ----------------------------------------------
@pytest.mark.parametrize("hand", [0, 1], ids=["left", "right"])
@pytest.mark.parametrize("combo", TYPICAL, ids=ids)
def test_following_the_animation_scores_full_marks(combo: tuple[Stroke, Zone], hand: int) -> None:
    stroke, zone = combo
    score = score_trace(reference_trace(stroke, zone, hand), stroke, zone)
    assert score.path >= 95 and score.direction >= 95 and score.tempo >= 95, score
    assert score.overall >= 95
    assert not score.crossed_spine and score.spine_points == ()
    assert not score.too_short
    assert score.target_spm == stroke_tempo(stroke)
    if stroke is Stroke.HOLD:
        # The target is the breath, which a mouse cannot show: a still hand
        # is what is asked for, and scores full marks.
        assert score.detected_spm is None and score.tempo == 100 and score.direction == 100
    else:
        assert score.detected_spm == pytest.approx(stroke_tempo(stroke), rel=0.05)


@pytest.mark.parametrize("combo", MOVING, ids=ids)
def test_starting_anywhere_in_the_stroke_still_scores_full_marks(
    combo: tuple[Stroke, Zone],
) -> None:
    stroke, zone = combo
    score = score_trace(reference_trace(stroke, zone, start=1.37), stroke, zone)
    assert min(score.path, score.direction, score.tempo) >= 95, score


@pytest.mark.parametrize("stroke", [Stroke.THUMB_PRESSURE, Stroke.FINGERTIP_CIRCLES])
def test_a_whole_period_of_a_long_figure_scores_full_marks(stroke: Stroke) -> None:
    """Includes the presses' glide back down the row, which is not stepping
    the wrong way, and a whole lap of the creeping fingertip circles."""
    zone = Zone.SPINE_SIDES if stroke is Stroke.THUMB_PRESSURE else Zone.SHOULDER_BLADES
    trace = reference_trace(stroke, zone, strokes=period(stroke, zone) + 0.5, start=0.3)
    score = score_trace(trace[::2], stroke, zone)  # 30 Hz keeps it quick
    assert min(score.path, score.direction, score.tempo) >= 95, score


# --- direction ------------------------------------------------------------------------
@pytest.mark.parametrize("combo", MOVING, ids=ids)
def test_going_the_wrong_way_round_loses_direction_only(combo: tuple[Stroke, Zone]) -> None:
    stroke, zone = combo
    score = score_trace(time_reversed(reference_trace(stroke, zone)), stroke, zone)
    assert score.direction < 20, score
    assert score.path >= 95


def test_a_still_hand_or_any_direction_is_fine_for_a_hold() -> None:
    trace = reference_trace(Stroke.HOLD, Zone.FULL_BACK)
    assert len({(p.u, p.v) for p in trace}) == 1
    assert score_trace(time_reversed(trace), Stroke.HOLD, Zone.FULL_BACK).direction == 100


# --- tempo ----------------------------------------------------------------------------
@pytest.mark.parametrize("combo", MOVING, ids=ids)
def test_half_the_tempo_loses_tempo_only(combo: tuple[Stroke, Zone]) -> None:
    stroke, zone = combo
    score = score_trace(slowed(reference_trace(stroke, zone), 2.0), stroke, zone)
    assert score.tempo < 40, score
    assert score.path >= 90 and score.direction >= 90, score
    assert score.detected_spm == pytest.approx(stroke_tempo(stroke) / 2.0, rel=0.1)


def test_tempo_score_falls_smoothly_with_the_ratio_either_way() -> None:
    stroke, zone = Stroke.PALM_CIRCLES, Zone.LOWER_BACK
    trace = reference_trace(stroke, zone)
    spm = stroke_tempo(stroke)

    def tempo(target: float) -> int:
        return score_trace(trace, stroke, zone, target_spm=target).tempo

    assert tempo(spm * 1.08) == 100 and tempo(spm / 1.08) == 100
    assert tempo(spm * 2.2) == 0 and tempo(spm / 2.2) == 0
    assert 100 > tempo(spm * 1.2) > tempo(spm * 1.5) > tempo(spm * 1.8) > 0
    assert tempo(spm * 1.5) == pytest.approx(tempo(spm / 1.5), abs=5)
    # A target that is not a positive number falls back to the stroke's own.
    assert score_trace(trace, stroke, zone, target_spm=0.0).target_spm == spm
    assert score_trace(trace, stroke, zone, target_spm=math.nan).target_spm == spm


def circle_trace(spm: float, strokes: float = STROKES, radius: float = 0.05) -> list[TracePoint]:
    period_s = 60.0 / spm
    return [
        TracePoint(
            i / RATE,
            0.38 + radius * math.cos(math.tau * i / RATE / period_s),
            0.72 + radius * math.sin(math.tau * i / RATE / period_s),
        )
        for i in range(int(strokes * period_s * RATE) + 1)
    ]


def line_trace(spm: float, strokes: float = STROKES) -> list[TracePoint]:
    """Down and back up a line beside the spine, easing at both ends."""
    period_s = 60.0 / spm
    return [
        TracePoint(i / RATE, 0.42, 0.5 - 0.25 * math.cos(math.tau * i / RATE / period_s))
        for i in range(int(strokes * period_s * RATE) + 1)
    ]


@pytest.mark.parametrize("spm", [20, 30, 45, 60])
def test_tempo_of_circles_is_found(spm: float) -> None:
    for strokes in (2.5, 3.0):
        trace = circle_trace(spm, strokes)
        found = score_trace(trace, Stroke.PALM_CIRCLES, Zone.LOWER_BACK).detected_spm
        assert found == pytest.approx(spm, rel=0.1)
        assert detect_spm(trace) == pytest.approx(spm, rel=0.1)


@pytest.mark.parametrize("spm", [5, 10, 15])
def test_tempo_of_back_and_forth_strokes_is_found(spm: float) -> None:
    for strokes in (2.5, 3.0):
        trace = line_trace(spm, strokes)
        found = score_trace(trace, Stroke.GLIDING, Zone.FULL_BACK).detected_spm
        assert found == pytest.approx(spm, rel=0.1)
        assert detect_spm(trace) == pytest.approx(spm, rel=0.1)


@pytest.mark.parametrize(
    ("stroke", "zone", "spm"),
    [
        (Stroke.GLIDING, Zone.FULL_BACK, 5.0),  # 1.7 strokes in 20 s
        (Stroke.GLIDING, Zone.FULL_BACK, 3.0),  # the slowest glide: 1 stroke
        (Stroke.FAN, Zone.SPINE_SIDES, 3.0),  # a fan in slow motion: 1 stroke
    ],
)
def test_a_slow_stroke_shows_its_pace_in_a_twenty_second_trace(
    stroke: Stroke, zone: Zone, spm: float
) -> None:
    """Practice mode stops a trace after 20 s, less than two slow strokes:
    then the pace through the figure tells the tempo."""
    for start in (0.0, 0.4):
        trace = [
            TracePoint(i / RATE, *hands(stroke, zone, start + i / RATE * spm / 60.0)[0].pos)
            for i in range(int(20.0 * RATE) + 1)
        ]
        score = score_trace(trace, stroke, zone, target_spm=spm)
        assert score.detected_spm == pytest.approx(spm, rel=0.1)
        assert score.tempo == 100


def test_a_hold_that_wanders_loses_tempo() -> None:
    trace = reference_trace(Stroke.HOLD, Zone.FULL_BACK)
    wandering = [TracePoint(p.t, p.u + 0.08 * math.sin(p.t), p.v) for p in trace]
    score = score_trace(wandering, Stroke.HOLD, Zone.FULL_BACK)
    assert score.tempo < 50 and score.detected_spm is None
    assert "Keep the hands still and just breathe slowly." in score.summary()


# --- path -----------------------------------------------------------------------------
@pytest.mark.parametrize("combo", TYPICAL, ids=ids)
def test_more_wobble_never_scores_better_on_path(combo: tuple[Stroke, Zone]) -> None:
    stroke, zone = combo
    trace = reference_trace(stroke, zone)
    paths = [
        score_trace(noisy(trace, size), stroke, zone).path for size in (0.0, 0.01, 0.02, 0.04, 0.08)
    ]
    assert paths == sorted(paths, reverse=True), paths
    assert paths[-1] < paths[0], paths


def test_the_nearer_hand_is_the_one_scored() -> None:
    stroke, zone = Stroke.PALM_CIRCLES, Zone.LOWER_BACK
    left = score_trace(reference_trace(stroke, zone, hand=0), stroke, zone)
    right = score_trace(reference_trace(stroke, zone, hand=1), stroke, zone)
    assert left.path == right.path == 100


def test_a_trace_far_from_the_path_scores_zero_on_path() -> None:
    trace = [TracePoint(i / RATE, 0.1, 0.05 + i / 2000) for i in range(240)]
    assert score_trace(trace, Stroke.PALM_CIRCLES, Zone.LOWER_BACK).path == 0
    # A hold's path is a single spot, so the distance is exactly the shift.
    still = reference_trace(Stroke.HOLD, Zone.FULL_BACK)
    for shift, path in ((PATH_ZERO, 0), (PATH_ZERO / 2.0, 50), (PATH_ZERO / 4.0, 75)):
        moved = [TracePoint(p.t, p.u - shift, p.v) for p in still]
        assert score_trace(moved, Stroke.HOLD, Zone.FULL_BACK).path == path


# --- the spine ------------------------------------------------------------------------
def test_a_swipe_across_the_spine_is_flagged_where_it_crossed() -> None:
    swipe = [TracePoint(i / RATE, 0.3 + 0.4 * i / 119, 0.5) for i in range(120)]
    score = score_trace(swipe, Stroke.GLIDING, Zone.FULL_BACK)
    assert score.crossed_spine
    assert score.spine_points == (pytest.approx((SPINE_X, 0.5)),)
    assert score.summary()[-1] == "Crossed the spine: keep to the muscles either side."
    # Back again: two crossings, two marks.
    back = [TracePoint(2.0 + p.t, q.u, 0.6) for p, q in zip(swipe, reversed(swipe), strict=True)]
    there_and_back = swipe + back
    assert len(score_trace(there_and_back, Stroke.GLIDING, Zone.FULL_BACK).spine_points) == 2


def test_touching_the_spine_is_flagged_but_passing_beside_or_beyond_it_is_not() -> None:
    def run(u: float, v0: float, v1: float) -> TraceScore:
        trace = [TracePoint(i / RATE, u, v0 + (v1 - v0) * i / 119) for i in range(120)]
        return score_trace(trace, Stroke.THUMB_PRESSURE, Zone.SPINE_SIDES)

    assert run(SPINE_X - 0.01, 0.4, 0.6).crossed_spine
    assert not run(SPINE_X - 0.03, 0.4, 0.6).crossed_spine
    above = [TracePoint(i / RATE, 0.3 + 0.4 * i / 119, SPINE_TOP - 0.05) for i in range(120)]
    below = [TracePoint(i / RATE, 0.3 + 0.4 * i / 119, SPINE_BOTTOM + 0.05) for i in range(120)]
    assert not score_trace(above, Stroke.GLIDING, Zone.SHOULDERS).crossed_spine
    assert not score_trace(below, Stroke.GLIDING, Zone.LOWER_BACK).crossed_spine


# --- the summary ----------------------------------------------------------------------
def test_summary_speaks_plainly_about_each_measure() -> None:
    stroke, zone = Stroke.PALM_CIRCLES, Zone.LOWER_BACK
    good = score_trace(reference_trace(stroke, zone), stroke, zone).summary()
    assert good[0] == "Stayed close to the path."
    assert good[1] == "Moved the way the stroke goes."
    assert good[2].startswith("Good pace: about 30 circles a minute")
    fast = score_trace(slowed(reference_trace(stroke, zone), 0.75), stroke, zone)
    assert fast.detected_spm is not None
    assert fast.summary()[2] == f"About {round(fast.detected_spm)} circles a minute; aim for 30."
    assert fast.detected_spm == pytest.approx(40.0, rel=0.05)
    backwards = score_trace(time_reversed(reference_trace(stroke, zone)), stroke, zone)
    assert "against the stroke's direction for much" in backwards.summary()[1]
    for score in (fast, backwards):
        assert 2 <= len(score.summary()) <= 4
        assert score.overall == round((score.path + score.direction + score.tempo) / 3)


# --- bad input ------------------------------------------------------------------------
def _line(n: int = 120) -> list[TracePoint]:
    return [TracePoint(i / RATE, 0.4, 0.4 + i / 1000) for i in range(n)]


DEGENERATE: dict[str, list[TracePoint]] = {
    "empty": [],
    "one point": [TracePoint(0.0, 0.4, 0.5)],
    "nine points": _line(9),
    "half a second": _line(30),
    "identical points": [TracePoint(i / RATE, 0.4, 0.5) for i in range(120)],
    "all NaN": [TracePoint(i / RATE, math.nan, 0.5) for i in range(120)],
    "infinite": [TracePoint(i / RATE, 0.4, math.inf) for i in range(120)],
    "decreasing time": [TracePoint(-i / RATE, 0.4, 0.4 + i / 1000) for i in range(120)],
    "time stands still": [TracePoint(1.0, 0.4, 0.4 + i / 1000) for i in range(120)],
}


@pytest.mark.parametrize("name", list(DEGENERATE))
@pytest.mark.parametrize("stroke", [Stroke.GLIDING, Stroke.THUMB_PRESSURE])
def test_too_short_or_broken_traces_score_zero_and_say_so(name: str, stroke: Stroke) -> None:
    score = score_trace(DEGENERATE[name], stroke, Zone.SPINE_SIDES)
    assert score.too_short
    assert (score.path, score.direction, score.tempo, score.overall) == (0, 0, 0, 0)
    assert score.detected_spm is None
    assert score.summary()[0] == "Too short to score."
    assert detect_spm(DEGENERATE[name]) is None


def test_bad_points_inside_a_good_trace_are_skipped() -> None:
    stroke, zone = Stroke.PALM_CIRCLES, Zone.LOWER_BACK
    trace = reference_trace(stroke, zone)
    trace[50] = TracePoint(trace[50].t, math.nan, 0.5)
    trace[80] = TracePoint(trace[10].t, trace[80].u, trace[80].v)  # a clock glitch
    trace[90] = TracePoint(trace[90].t, 1e300, -1e300)
    score = score_trace(trace, stroke, zone)
    assert min(score.path, score.direction, score.tempo) >= 95


def test_a_hold_may_be_perfectly_still() -> None:
    score = score_trace(DEGENERATE["identical points"], Stroke.HOLD, Zone.FULL_BACK)
    assert not score.too_short and score.tempo == 100 and score.direction == 100
    # A still pointer sends no move events: the press and the release are all.
    spot = hands(Stroke.HOLD, Zone.FULL_BACK, 0.0)[1].pos
    press_release = [TracePoint(3.0, *spot), TracePoint(9.0, *spot)]
    score = score_trace(press_release, Stroke.HOLD, Zone.FULL_BACK)
    assert (score.path, score.direction, score.tempo) == (100, 100, 100)
    assert score.summary() == ["Stayed on the spot.", "Kept the hands still."]


points = st.lists(
    st.tuples(st.floats(1e-4, 3.0), st.floats(-0.5, 1.5), st.floats(-0.5, 1.5)),
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(points, st.sampled_from(list(Stroke)), st.sampled_from([Zone.LOWER_BACK, Zone.SPINE_SIDES]))
def test_any_finite_trace_scores_within_range(
    raw: list[tuple[float, float, float]], stroke: Stroke, zone: Zone
) -> None:
    t = 0.0
    trace = []
    for dt, u, v in raw:
        t += dt
        trace.append(TracePoint(t, u, v))
    score = score_trace(trace, stroke, zone)
    assert in_range(score)
    assert 1 <= len(score.summary()) <= 4
    assert score.detected_spm is None or score.detected_spm > 0
