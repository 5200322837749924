"""The promises the stroke diagram makes, over every zone-stroke pair and
every moment of a stroke (issue 13):

* every drawn hand (its whole outline) and every path point, arrowheads
  included, stays inside the highlighted area;
* nothing a hand draws, nor any path, enters the red spine strip;
* at any moment at least two arrowheads of each hand's path are in sight
  (the widget leaves out any a hand overlaps, so none is ever covered);
* a ring's arrowheads turn the way the hand turns.

Moments are drawn by hypothesis over the whole figure's period, and swept
on a grid, so no instant of any stroke escapes.
"""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backmassage_gui.domain import diagram, motion
from backmassage_gui.domain.geometry import SPINE_BOTTOM, SPINE_KEEP_OFF, SPINE_TOP, SPINE_X
from backmassage_gui.domain.hand_shapes import HandPose, local_outline
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone

COMBOS = list(itertools.product(Stroke, Zone))
RINGS = [Stroke.PALM_CIRCLES, Stroke.FINGERTIP_CIRCLES, Stroke.KNEADING]
#: Hands that stay on one spot draw no path: a hold, and presses on a part
#: too small for a row of spots (a compression on one spot).
NO_PATH = {c for c in COMBOS if c[0] is Stroke.HOLD or motion.guides(*c) == ()}


def ids(combo: tuple[Stroke, Zone]) -> str:
    return f"{combo[0].value}-{combo[1].value}"


def moments(stroke: Stroke, zone: Zone, per_cycle: int = 12) -> list[float]:
    """A grid over one whole period of the figure (at most 30 cycles)."""
    span = min(motion.period(stroke, zone), 30.0)
    return [span * i / (span * per_cycle) for i in range(int(span * per_cycle))]


def check_moment(stroke: Stroke, zone: Zone, cycles: float) -> None:
    area = diagram.highlight_shapes(stroke, zone)
    for outline in diagram.hand_outlines(stroke, zone, cycles):
        assert diagram.inside(area, outline), ("hand leaves the zone", cycles)
        assert not diagram.touches_spine(outline), ("hand on the spine strip", cycles)
    found = diagram.arrows(stroke, zone)
    if not found:
        return
    hidden = diagram.covered(stroke, zone, cycles)
    for hand in (0, 1):
        mine = [i for i, a in enumerate(found) if a.hand == hand]
        seen = [i for i in mine if i not in hidden]
        assert len(seen) >= 2, (
            f"hand {hand}: {len(seen)} of {len(mine)} arrowheads in sight",
            cycles,
        )


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(COMBOS), st.floats(0.0, 1.0, allow_nan=False, exclude_max=True))
def test_every_moment_keeps_the_promises(combo: tuple[Stroke, Zone], share: float) -> None:
    stroke, zone = combo
    check_moment(stroke, zone, share * motion.period(stroke, zone))


@pytest.mark.parametrize("combo", COMBOS, ids=ids)
def test_the_promises_hold_all_through_the_figure(combo: tuple[Stroke, Zone]) -> None:
    for cycles in moments(*combo):
        check_moment(*combo, cycles)


@pytest.mark.parametrize("combo", COMBOS, ids=ids)
def test_paths_and_arrowheads_stay_in_the_zone_and_off_the_spine(
    combo: tuple[Stroke, Zone],
) -> None:
    stroke, zone = combo
    area = diagram.highlight_shapes(stroke, zone)
    guides = motion.guides(stroke, zone)
    if combo in NO_PATH:
        assert guides == () and diagram.arrows(stroke, zone) == ()
        assert {m.pos for m in (motion.hands(stroke, zone, i / 7)[0] for i in range(14))} == {
            motion.hands(stroke, zone, 0.0)[0].pos
        }, "only a hand that stays put has no path"
        return
    assert {g.hand for g in guides} == {0, 1}, "each hand has its path"
    for guide in guides:
        # The line is drawn between the points: check along it, not only at them.
        assert diagram.inside(
            area, guide.points if guide.closed else (*guide.points, *reversed(guide.points))
        )
        for a, b in itertools.pairwise(guide.points):
            assert not diagram.touches_spine((a, b, a))
    for arrow in diagram.arrows(stroke, zone):
        triangle = arrow.polygon()
        assert diagram.inside(area, triangle)
        assert not diagram.touches_spine(triangle)


def test_a_fans_highlight_covers_where_it_sweeps() -> None:
    """The fault in issue 13: in 'Sweeping fans' (fans beside the spine) the
    arrows swept far outside the highlighted strips. The highlight now shows
    each half of the back the fan crosses; the other zones are what they say."""
    fan = diagram.highlight_shapes(Stroke.FAN, Zone.SPINE_SIDES)
    strips = diagram.highlight_shapes(Stroke.GLIDING, Zone.SPINE_SIDES)
    assert fan != strips
    for strip in strips:  # the strips beside the spine are part of it
        for p in (strip.center,):
            assert any(shape.contains(p) for shape in fan)
    for stroke in Stroke:
        for zone in Zone:
            if (stroke, zone) != (Stroke.FAN, Zone.SPINE_SIDES):
                assert diagram.highlight_shapes(stroke, zone) == diagram.zone_shapes(zone)


def test_the_spine_strip_is_the_red_band() -> None:
    left, right = SPINE_X - SPINE_KEEP_OFF, SPINE_X + SPINE_KEEP_OFF
    assert diagram.spine_strip() == (
        (left, SPINE_TOP),
        (right, SPINE_TOP),
        (right, SPINE_BOTTOM),
        (left, SPINE_BOTTOM),
    )
    assert diagram.touches_spine(((0.5, 0.5), (0.51, 0.5), (0.5, 0.51)))
    assert not diagram.touches_spine(((0.4, 0.5), (0.46, 0.5), (0.4, 0.52)))
    # Above the neck or below the sacrum there is no spine strip.
    assert not diagram.touches_spine(((0.5, 0.1), (0.51, 0.1), (0.5, 0.11)))


@pytest.mark.parametrize("stroke", RINGS)
@pytest.mark.parametrize("zone", [z for z in Zone if z is not Zone.SPINE_SIDES])
def test_rings_turn_the_way_the_hand_turns(stroke: Stroke, zone: Zone) -> None:
    """With motion reduced the hands stand still, so the ring's arrowheads
    alone say which way to turn: they must agree with the hand. (Beside the
    spine the strip is too narrow for a ring: there circles travel up a row,
    see test_motion.)"""
    for hand in (0, 1):
        path = [motion.hands(stroke, zone, i / 48)[hand].pos for i in range(48)]
        turn = _turning(path)
        ring = [g for g in motion.guides(stroke, zone) if g.hand == hand]
        assert len(ring) == 1
        centre = (
            sum(p[0] for p in ring[0].points) / len(ring[0].points),
            sum(p[1] for p in ring[0].points) / len(ring[0].points),
        )
        assert _turning(list(ring[0].points)) == turn
        for arrow in (a for a in diagram.arrows(stroke, zone) if a.hand == hand):
            # Tip and base seen from the centre: the tip is further round.
            base = math.atan2((arrow.base[1] - centre[1]) * 1000, (arrow.base[0] - centre[0]) * 800)
            tip = math.atan2((arrow.tip[1] - centre[1]) * 1000, (arrow.tip[0] - centre[0]) * 800)
            step = (tip - base + math.pi) % math.tau - math.pi
            assert math.copysign(1, step) == turn
        # ... and at the start, with nothing moving, both are in sight.
        assert not any(
            diagram.arrows(stroke, zone)[i].hand == hand for i in diagram.covered(stroke, zone, 0.0)
        )


def _turning(points: list[tuple[float, float]]) -> int:
    """+1 if a loop goes clockwise on screen (v down), -1 if anticlockwise."""
    area = sum(
        a[0] * 1000 * b[1] * 800 - b[0] * 800 * a[1] * 1000
        for a, b in zip(points, [*points[1:], points[0]], strict=True)
    )
    return 1 if area > 0 else -1


@pytest.mark.parametrize("combo", COMBOS, ids=ids)
def test_arrowheads_are_big_enough_and_a_path_has_several(combo: tuple[Stroke, Zone]) -> None:
    found = diagram.arrows(*combo)
    for arrow in found:
        length = math.hypot(
            (arrow.tip[0] - arrow.base[0]) * 800, (arrow.tip[1] - arrow.base[1]) * 1000
        )
        assert length == pytest.approx(diagram.ARROW_LENGTH, abs=0.5)
    if combo not in NO_PATH:
        for hand in (0, 1):
            assert sum(1 for a in found if a.hand == hand) >= 2


@pytest.mark.parametrize("pose", list(HandPose))
def test_a_hand_outline_holds_the_whole_hand(pose: HandPose) -> None:
    """The outline is convex and round the anchor: the checks above rely on
    it holding every part of the drawing (the sprite test checks pixels)."""
    outline = local_outline(pose)
    assert len(outline) >= 6
    crosses = [
        (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
        for a, b, c in zip(
            outline, [*outline[1:], outline[0]], [*outline[2:], *outline[:2]], strict=True
        )
    ]
    assert all(x > 0 for x in crosses) or all(x < 0 for x in crosses)
    xs = [p[0] for p in outline]
    ys = [p[1] for p in outline]
    assert min(xs) < 0 < max(xs) and min(ys) < 0 < max(ys), "the anchor is inside"


@pytest.mark.parametrize("combo", COMBOS, ids=ids)
def test_hands_are_drawn_big_enough_to_read(combo: tuple[Stroke, Zone]) -> None:
    """Small zones get smaller hands (down to about 17 screen pixels on the
    shoulders where the art is 416 pixels wide); the whole back, the blades
    and the lower back get hands of 30 pixels and more."""
    length = motion.hand_length(*combo)
    assert length >= 32.0
    if combo[1] in (Zone.FULL_BACK, Zone.LOWER_BACK) and combo[0] is not Stroke.FAN:
        assert length >= 58.0


@pytest.mark.parametrize("combo", [c for c in COMBOS if c not in NO_PATH], ids=ids)
def test_the_frame_by_frame_tracker_hides_exactly_what_the_rule_says(
    combo: tuple[Stroke, Zone],
) -> None:
    """The widget uses CoverTracker, which skips tests it can prove are not
    needed; it must answer as covered_by does, frame after frame and after
    a jump (a seek, a tempo change)."""
    tracker = diagram.CoverTracker(*combo)
    span = min(motion.period(*combo), 8.0)
    steps = [span * i / 400 for i in range(400)] + [span * 0.37, 0.02, span * 0.9, 0.0]
    for cycles in steps:
        marks = motion.hands(*combo, cycles)
        assert tracker.update(marks) == diagram.covered_by(*combo, marks), cycles
