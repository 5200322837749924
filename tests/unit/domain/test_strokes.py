from __future__ import annotations

from backmassage_gui.domain.strokes import STROKE_INFO, Stroke, rhythm_text


def test_every_stroke_has_a_default_tempo_inside_its_range() -> None:
    for stroke in Stroke:
        info = STROKE_INFO[stroke]
        low, high = info.tempo_range
        assert low <= info.tempo_spm <= high, stroke
        assert 0 <= info.pressure_range[0] < info.pressure_range[1] <= 8, stroke


def test_long_glides_are_slow_and_small_circles_quick() -> None:
    assert Stroke.GLIDING.info.tempo_spm < 10
    assert 40 <= Stroke.FINGERTIP_CIRCLES.info.tempo_spm <= 60


def test_rhythm_text_names_the_unit() -> None:
    assert rhythm_text(Stroke.THUMB_PRESSURE) == "20 presses a minute"
    assert rhythm_text(Stroke.PALM_CIRCLES, 24.4) == "24 circles a minute"
    assert rhythm_text(Stroke.GLIDING) == "5 strokes a minute"
    assert "still" in rhythm_text(Stroke.HOLD)


def test_how_reads_at_a_glance() -> None:
    """A phase without a cue shows the stroke's ``how`` in the session, so it
    keeps to a cue's length (the built-in cues' 60 characters)."""
    for stroke in Stroke:
        assert 0 < len(stroke.info.how) <= 60, stroke
