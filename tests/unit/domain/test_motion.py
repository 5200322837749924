"""The stroke animations: safe (never on the spine), smooth, periodic, and
shaped like the technique they teach."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backmassage_gui.domain.geometry import (
    SPINE_KEEP_OFF,
    SPINE_X,
    TORSO,
    Point,
    distance_to_spine,
    mirror,
    zone_shapes,
)
from backmassage_gui.domain.motion import (
    Guide,
    HandMark,
    cycles_at,
    guides,
    hands,
    period,
    stroke_tempo,
)
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone

COMBOS = list(itertools.product(Stroke, Zone))
SMALL_ZONES = [Zone.SHOULDERS, Zone.SHOULDER_BLADES, Zone.LOWER_BACK]
STEPPING = [Stroke.PALM_PRESS, Stroke.THUMB_PRESSURE, Stroke.KNUCKLE_PRESSURE]
RINGS = [Stroke.PALM_CIRCLES, Stroke.FINGERTIP_CIRCLES, Stroke.KNEADING]
#: Where a part is too small for a row of spots with arrowheads clear of the
#: hands, presses are made on one spot (see motion._pressing_on_the_spot).
ON_THE_SPOT = {(s, z) for s in STEPPING for z in Zone if guides(s, z) == ()}
PRESSING = 0.3
TOLERANCE = 0.03
#: Largest move allowed between frames 1/600 of a cycle apart.
MAX_STEP = 0.005


def ids(combo: tuple[Stroke, Zone]) -> str:
    return f"{combo[0].value}-{combo[1].value}"


def samples(stroke: Stroke, zone: Zone, per_cycle: int = 40) -> list[float]:
    """Cycle values covering one whole period (at most 50 cycles) and a bit more."""
    span = min(period(stroke, zone), 50.0) + 1.0
    return [i / per_cycle for i in range(int(span * per_cycle) + 1)]


def gap(a: tuple[HandMark, ...], b: tuple[HandMark, ...]) -> float:
    return max(math.dist(x.pos, y.pos) for x, y in zip(a, b, strict=True))


def near_polyline(p: Point, points: tuple[Point, ...], closed: bool) -> float:
    ring = (*points, points[0]) if closed else points
    best = math.inf
    for a, b in itertools.pairwise(ring):
        dx, dy = b[0] - a[0], b[1] - a[1]
        span = dx * dx + dy * dy
        k = 0.0 if span == 0 else ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / span
        k = min(1.0, max(0.0, k))
        best = min(best, math.hypot(p[0] - a[0] - k * dx, p[1] - a[1] - k * dy))
    return best


# --- tempo ----------------------------------------------------------------------
def test_tempo_and_cycles() -> None:
    for stroke in Stroke:
        assert stroke_tempo(stroke) == stroke.info.tempo_spm
    assert cycles_at(Stroke.GLIDING, 60.0) == pytest.approx(5.0)
    assert cycles_at(Stroke.GLIDING, 30.0, spm=8.0) == pytest.approx(4.0)
    assert cycles_at(Stroke.KNEADING, 0.0) == 0.0


# --- safety and placement -------------------------------------------------------
@pytest.mark.parametrize("combo", COMBOS, ids=ids)
def test_hands_stay_on_the_zone_and_off_the_spine(combo: tuple[Stroke, Zone]) -> None:
    stroke, zone = combo
    shapes = zone_shapes(zone)
    if stroke is Stroke.FAN and zone is Zone.SPINE_SIDES:
        # A fan starts in the strips beside the spine and sweeps out over the
        # half-backs: the start is in the zone, the sweep anywhere on the back.
        for mark in hands(stroke, zone, 0.0):
            assert min(shape.distance(mark.pos) for shape in shapes) <= TOLERANCE
        shapes = zone_shapes(Zone.FULL_BACK)
    for c in samples(stroke, zone):
        marks = hands(stroke, zone, c)
        assert len(marks) == 2
        assert marks[0].pos[0] < SPINE_X < marks[1].pos[0]
        for mark in marks:
            assert TORSO.contains(mark.pos), (c, mark)
            assert min(shape.distance(mark.pos) for shape in shapes) <= TOLERANCE, (c, mark)
            assert 0.0 <= mark.press <= 1.0
            assert math.isfinite(mark.heading)
            if mark.press > PRESSING:
                assert distance_to_spine(mark.pos) >= SPINE_KEEP_OFF, (c, mark)


@pytest.mark.parametrize("stroke", [Stroke.THUMB_PRESSURE, Stroke.KNUCKLE_PRESSURE])
@pytest.mark.parametrize("zone", list(Zone))
def test_thumbs_and_knuckles_keep_well_clear_of_the_spine(stroke: Stroke, zone: Zone) -> None:
    for c in samples(stroke, zone):
        for mark in hands(stroke, zone, c):
            assert distance_to_spine(mark.pos) >= SPINE_KEEP_OFF + 0.02


@pytest.mark.parametrize("combo", COMBOS, ids=ids)
def test_guides_avoid_the_spine_and_stay_on_the_back(combo: tuple[Stroke, Zone]) -> None:
    stroke, zone = combo
    found = guides(*combo)
    assert all(isinstance(g, Guide) for g in found)
    if stroke is Stroke.HOLD or combo in ON_THE_SPOT:
        assert found == ()
        return
    assert len(found) >= 2
    # A fan beside the spine sweeps out over the half-backs (see above).
    area = zone_shapes(
        Zone.FULL_BACK if stroke is Stroke.FAN and zone is Zone.SPINE_SIDES else zone
    )
    for guide in found:
        assert len(guide.points) >= 2
        for p in guide.points:
            assert TORSO.contains(p)
            assert distance_to_spine(p) >= SPINE_KEEP_OFF
            assert min(s.distance(p) for s in area) <= TOLERANCE


@pytest.mark.parametrize(
    "combo",
    [
        c
        for c in COMBOS
        if c[0] is not Stroke.HOLD
        and c not in ON_THE_SPOT
        and not (c[0] in RINGS and c[1] is not Zone.SPINE_SIDES)
    ],
    ids=ids,
)
def test_hands_follow_their_guides(combo: tuple[Stroke, Zone]) -> None:
    """Glides, fans and presses: the working part is on its path (between
    stops a press's hand may be on its way back along the loop)."""
    drawn = guides(*combo)
    span = min(period(*combo), 20.0)
    for i in range(int(60 * span)):
        c = i / 60
        for mark in hands(*combo, c):
            gap_ = min(near_polyline(mark.pos, g.points, g.closed) for g in drawn)
            if combo[1] is Zone.SPINE_SIDES and combo[0] in RINGS:
                # Circles travelling up the strip: round the row, never far.
                assert gap_ < 0.02
            else:
                assert gap_ < 0.004


@pytest.mark.parametrize(
    "combo", [(s, z) for s in RINGS for z in Zone if z is not Zone.SPINE_SIDES], ids=ids
)
def test_circles_turn_inside_the_ring_drawn_round_them(combo: tuple[Stroke, Zone]) -> None:
    """The ring is drawn wider than the hand's own circle, round the same
    middle, so its arrowheads stay in sight beside the hand."""
    for side, ring in enumerate(g for g in guides(*combo)):
        assert ring.closed and ring.hand == side
        cu = sum(p[0] for p in ring.points) / len(ring.points)
        cv = sum(p[1] for p in ring.points) / len(ring.points)
        ring_r = min(math.hypot((p[0] - cu) * 800, (p[1] - cv) * 1000) for p in ring.points)
        path = [hands(*combo, i / 48)[side].pos for i in range(48)]
        reach = max(math.hypot((p[0] - cu) * 800, (p[1] - cv) * 1000) for p in path)
        assert reach < 0.8 * ring_r


# --- smoothness and rhythm ----------------------------------------------------------
@pytest.mark.parametrize("combo", COMBOS, ids=ids)
def test_motion_is_continuous(combo: tuple[Stroke, Zone]) -> None:
    stroke, zone = combo
    p = period(stroke, zone)
    windows = [(-0.2, 2.2), (p - 0.6, p + 0.6)]
    for start, end in windows:
        n = round((end - start) * 600)
        prev = hands(stroke, zone, start)
        for i in range(1, n + 1):
            cur = hands(stroke, zone, start + i / 600)
            assert gap(prev, cur) < MAX_STEP, start + i / 600
            assert max(abs(a.press - b.press) for a, b in zip(prev, cur, strict=True)) < 0.05
            prev = cur


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(COMBOS), st.floats(-5.0, 500.0, allow_nan=False))
def test_no_jump_anywhere(combo: tuple[Stroke, Zone], c: float) -> None:
    assert gap(hands(*combo, c), hands(*combo, c + 1 / 600)) < MAX_STEP


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(COMBOS), st.floats(0.0, 100.0, allow_nan=False), st.integers(1, 4))
def test_figure_repeats_after_its_period(combo: tuple[Stroke, Zone], c: float, k: int) -> None:
    later = hands(*combo, c + k * period(*combo))
    now = hands(*combo, c)
    assert gap(now, later) < 1e-6
    assert all(a.press == pytest.approx(b.press, abs=1e-6) for a, b in zip(now, later, strict=True))


@pytest.mark.parametrize("zone", list(Zone))
@pytest.mark.parametrize("stroke", [Stroke.GLIDING, Stroke.FAN, Stroke.HOLD])
def test_one_stroke_is_one_cycle(stroke: Stroke, zone: Zone) -> None:
    assert period(stroke, zone) == 1.0


@pytest.mark.parametrize("zone", SMALL_ZONES)
@pytest.mark.parametrize("stroke", [Stroke.PALM_CIRCLES, Stroke.KNEADING])
def test_circles_and_kneading_repeat_every_cycle_on_small_zones(stroke: Stroke, zone: Zone) -> None:
    assert period(stroke, zone) == 1.0
    for c in (0.0, 0.13, 0.5, 0.77):
        assert gap(hands(stroke, zone, c), hands(stroke, zone, c + 1.0)) < 1e-9


@pytest.mark.parametrize("stroke", RINGS)
def test_circles_beside_the_spine_work_their_way_up(stroke: Stroke) -> None:
    """The strips beside the spine are too narrow for a ring round a hand:
    there the circles travel up the strip and glide back down."""
    zone = Zone.SPINE_SIDES
    p = period(stroke, zone)
    assert p > 4
    low = hands(stroke, zone, 0.0)[0].pos[1]
    high = hands(stroke, zone, p - 2.5)[0].pos[1]
    assert low - high > 0.3
    # ... while each cycle still nearly closes on itself.
    assert gap(hands(stroke, zone, 3.0), hands(stroke, zone, 4.0)) < 0.05


@pytest.mark.parametrize("combo", [c for c in COMBOS if c[0] is not Stroke.KNEADING], ids=ids)
def test_hands_mirror_each_other(combo: tuple[Stroke, Zone]) -> None:
    for i in range(25):
        left, right = hands(*combo, i * 0.37)
        assert mirror(left.pos) == pytest.approx(right.pos, abs=1e-9)
        assert left.press == pytest.approx(right.press)


# --- the techniques -----------------------------------------------------------------
def test_gliding_goes_down_beside_the_spine_and_back_up_the_flanks() -> None:
    marks = [hands(Stroke.GLIDING, Zone.FULL_BACK, i / 100)[0] for i in range(100)]
    start = marks[0]
    assert start.pos[1] < 0.32, "starts at the shoulders"
    # Beside the spine, with the drawn hand clear of the spine strip.
    assert distance_to_spine(start.pos) < 0.09, "beside the spine"
    assert math.sin(start.heading) > 0.95, "heading down"
    lowest = max(marks, key=lambda m: m.pos[1])
    assert lowest.pos[1] > 0.78, "reaches the lower back"
    down = [m for m in marks if math.sin(m.heading) > 0.9]
    up = [m for m in marks if math.sin(m.heading) < -0.9]
    assert down and up
    assert max(distance_to_spine(m.pos) for m in down) < 0.09
    assert min(distance_to_spine(m.pos) for m in up) > 0.12, "back up along the flanks"
    assert len(up) > len(down), "the way back is slower"
    assert all(0.35 <= m.press <= 0.65 for m in marks)


def _signed_area(points: list[Point]) -> float:
    return 0.5 * sum(
        a[0] * b[1] - b[0] * a[1] for a, b in zip(points, points[1:] + points[:1], strict=True)
    )


@pytest.mark.parametrize("zone", [z for z in Zone if z is not Zone.SPINE_SIDES])
def test_palm_circles_are_mirrored_circles(zone: Zone) -> None:
    loops = [
        [hands(Stroke.PALM_CIRCLES, zone, 2.0 + i / 80)[side].pos for i in range(80)]
        for side in (0, 1)
    ]
    left, right = (_signed_area(loop) for loop in loops)
    assert abs(left) > 1e-4
    assert left == pytest.approx(-right, rel=1e-6)
    for loop in loops:
        us = [p[0] for p in loop]
        vs = [p[1] for p in loop]
        width, height = (max(us) - min(us)) * 800, (max(vs) - min(vs)) * 1000
        assert 0.6 < width / height < 1.7, "round on the picture"


@pytest.mark.parametrize("zone", list(Zone))
def test_fingertip_circles_are_small(zone: Zone) -> None:
    stroke = Stroke.FINGERTIP_CIRCLES
    one = [hands(stroke, zone, 3.0 + i / 40)[0].pos for i in range(40)]
    size = max(math.dist(a, b) for a in one for b in one)
    assert 0.01 < size < 0.06
    palm = [hands(Stroke.PALM_CIRCLES, zone, 3.0 + i / 40)[0].pos for i in range(40)]
    if zone is not Zone.SPINE_SIDES:
        assert size <= max(math.dist(a, b) for a in palm for b in palm) * 1.01


@pytest.mark.parametrize("zone", list(Zone))
def test_kneading_hands_take_turns(zone: Zone) -> None:
    # Two strokes in: beside the spine the hands have got going up the strip.
    presses = [hands(Stroke.KNEADING, zone, 2.0 + i / 40) for i in range(40)]
    left = [m[0].press for m in presses]
    right = [m[1].press for m in presses]
    assert max(left) > 0.8 and max(right) > 0.8
    assert min(left) < 0.3 and min(right) < 0.3
    # Never both squeezing hard at once.
    assert all(a + b < 1.2 for a, b in zip(left, right, strict=True))
    peak_left = left.index(max(left))
    peak_right = right.index(max(right))
    assert abs(peak_left - peak_right) % 40 == pytest.approx(20, abs=1)
    if period(Stroke.KNEADING, zone) == 1.0:
        for i in range(10):
            c = i / 10
            lagged = hands(Stroke.KNEADING, zone, c + 0.5)[0].pos
            assert mirror(lagged) == pytest.approx(hands(Stroke.KNEADING, zone, c)[1].pos)


@pytest.mark.parametrize("stroke", STEPPING)
@pytest.mark.parametrize("zone", list(Zone))
def test_presses_step_upward_then_glide_back(stroke: Stroke, zone: Zone) -> None:
    if (stroke, zone) in ON_THE_SPOT:
        marks = [hands(stroke, zone, i / 20)[0] for i in range(40)]
        assert {m.pos for m in marks} == {marks[0].pos}, "presses on one spot"
        assert max(m.press for m in marks) > 0.9 and min(m.press for m in marks) < 0.2
        return
    p = period(stroke, zone)
    spots = [hands(stroke, zone, k + 0.3)[0] for k in range(int(p))]
    pressed = [m for m in spots if m.press > 0.9]
    assert len(pressed) >= 3
    heights = [m.pos[1] for m in pressed]
    assert heights == sorted(heights, reverse=True), "each spot higher than the last"
    assert math.dist(pressed[0].pos, pressed[-1].pos) > 0.08
    # Between presses the hand only skims.
    assert hands(stroke, zone, 0.8)[0].press < 0.2
    # Still while pressing.
    assert gap(hands(stroke, zone, 1.1), hands(stroke, zone, 1.5)) < 1e-9
    # The return glide is light and comes back to the first spot.
    back = [hands(stroke, zone, p - 0.5 + i / 20)[0] for i in range(10)]
    assert all(m.press < 0.2 for m in back)
    assert hands(stroke, zone, p + 0.3)[0].pos == pytest.approx(spots[0].pos)


@pytest.mark.parametrize("zone", [Zone.FULL_BACK, Zone.SPINE_SIDES, Zone.LOWER_BACK])
def test_thumbs_work_closer_to_the_spine_than_knuckles_and_palms(zone: Zone) -> None:
    def offset(stroke: Stroke) -> float:
        return distance_to_spine(hands(stroke, zone, 0.3)[0].pos)

    thumb = offset(Stroke.THUMB_PRESSURE)
    knuckle = offset(Stroke.KNUCKLE_PRESSURE)
    palm = offset(Stroke.PALM_PRESS)
    assert SPINE_KEEP_OFF + 0.02 <= thumb < knuckle < palm


@pytest.mark.parametrize("zone", list(Zone))
def test_fan_sweeps_up_and_out_then_returns_lightly(zone: Zone) -> None:
    """In every zone; in the small ones (shoulders, a blade) round a loop."""
    start = hands(Stroke.FAN, zone, 0.0)[0]
    top = hands(Stroke.FAN, zone, 0.55)[0]
    middle = hands(Stroke.FAN, zone, 0.27)[0]
    if zone is not Zone.SHOULDERS:  # there "up" is along the band, out over the shoulder
        assert top.pos[1] < start.pos[1] - 0.05, "upward"
    assert distance_to_spine(top.pos) > distance_to_spine(start.pos) + 0.02, "outward"
    assert middle.press > 0.45
    assert all(hands(Stroke.FAN, zone, 0.6 + i / 50)[0].press <= 0.25 for i in range(20))


@pytest.mark.parametrize("zone", list(Zone))
def test_hold_is_still_and_breathes(zone: Zone) -> None:
    marks = [hands(Stroke.HOLD, zone, i / 20) for i in range(41)]
    assert all(m == marks[0] or gap(m, marks[0]) == 0.0 for m in marks)
    presses = [m[0].press for m in marks]
    assert all(0.15 - 1e-9 <= x <= 0.3 + 1e-9 for x in presses)
    assert max(presses) - min(presses) > 0.1
    for mark in marks[0]:
        assert any(shape.contains(mark.pos) for shape in zone_shapes(zone))
