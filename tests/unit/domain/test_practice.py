from __future__ import annotations

from backmassage_gui.domain import geometry, motion
from backmassage_gui.domain.practice import TIPS, also_used_on, clamp_tempo, shown_tempo
from backmassage_gui.domain.strokes import Stroke


def test_every_stroke_has_tips_and_a_practice_zone() -> None:
    assert set(TIPS) == set(Stroke)
    for stroke, tips in TIPS.items():
        assert tips.zone in tips.zones
        assert 10 < len(tips.well) <= 90 and 10 < len(tips.avoid) <= 90, stroke
        # The practice figure is a real one: hands stay on the back.
        for mark in motion.hands(stroke, tips.zone, 0.3):
            assert geometry.TORSO.contains(mark.pos)


def test_pressing_strokes_warn_about_the_spine() -> None:
    for stroke in (Stroke.PALM_PRESS, Stroke.THUMB_PRESSURE):
        assert "spine" in TIPS[stroke].avoid.lower()


def test_tempo_is_kept_in_range_and_slow_motion_halves_it() -> None:
    low, high = Stroke.FINGERTIP_CIRCLES.info.tempo_range
    assert clamp_tempo(Stroke.FINGERTIP_CIRCLES, 5) == low
    assert clamp_tempo(Stroke.FINGERTIP_CIRCLES, 500) == high
    assert clamp_tempo(Stroke.FINGERTIP_CIRCLES, 50) == 50
    assert shown_tempo(50, slow_motion=True) == 25
    assert shown_tempo(50, slow_motion=False) == 50


def test_trace_time_fits_a_few_strokes_but_is_bounded() -> None:
    from backmassage_gui.domain.practice import MAX_TRACE_SECONDS, TRACE_SECONDS, trace_seconds

    assert trace_seconds(50) == TRACE_SECONDS
    assert trace_seconds(3) == 50  # 2.5 slow glides
    assert trace_seconds(0.5) == MAX_TRACE_SECONDS


def test_also_used_on_lists_the_other_zones_or_nothing() -> None:
    assert also_used_on(Stroke.GLIDING) == ""  # the whole back only
    assert also_used_on(Stroke.KNEADING) == "Also used on: shoulders."
    assert also_used_on(Stroke.PALM_PRESS) == "Also used on: lower back, shoulder blades."
