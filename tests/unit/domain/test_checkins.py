"""Check-in prompts and what the answers do to the plan."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain.checkins import (
    FIRM_LEVEL,
    MIN_GAP_S,
    Answer,
    CheckIn,
    apply_answer,
    plan_checkins,
)
from backmassage_gui.domain.pressure import PressureRamp
from backmassage_gui.domain.pressure_curve import spans
from backmassage_gui.domain.routine import Phase, Routine
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone

LIBRARY = load_builtin_library()


def tension() -> Routine:
    routine = LIBRARY.get("tension-relief")
    assert routine is not None
    return routine


def phase(
    start: float, end: float, duration: float = 60.0, stroke: Stroke = Stroke.KNEADING
) -> Phase:
    return Phase(f"{start}-{end}", Zone.SHOULDERS, stroke, duration, PressureRamp(start, end))


def test_tension_relief_prompts_at_each_band_rise_and_in_the_long_firm_phase() -> None:
    phases = tension().phases
    checkins = plan_checkins(phases)
    at = [c.at_s for c in checkins]
    # 3 -> 4 over 120 s from 270 s: reaches 3.5 exactly half-way.
    # 6 -> 7 over 150 s from 840 s: reaches 6.5 half-way.
    # Knuckles at 7 for 150 s from 990 s: firm throughout, prompt at its middle.
    assert at == pytest.approx([330.0, 915.0, 1065.0], abs=0.01)
    assert [c.phase_index for c in checkins] == [2, 6, 7]
    assert "medium" in checkins[0].reason and "firm" in checkins[1].reason


def test_each_rise_prompt_sits_where_the_level_crosses_the_edge() -> None:
    phases = tension().phases
    for checkin in plan_checkins(phases):
        span = spans(phases)[checkin.phase_index]
        assert span.start_s <= checkin.at_s <= span.end_s
        f = (checkin.at_s - span.start_s) / (span.end_s - span.start_s)
        level = span.phase.pressure.at(f)
        if "moves up" in checkin.reason:
            assert level == pytest.approx(3.5, abs=1e-6) or level == pytest.approx(6.5, abs=1e-6)
        else:
            assert level >= FIRM_LEVEL


def test_flat_light_routine_gets_no_prompts() -> None:
    assert plan_checkins([phase(2, 2, 300), phase(2, 3, 300), phase(3, 1, 300)]) == []


def test_jump_between_phases_prompts_at_the_boundary() -> None:
    checkins = plan_checkins([phase(2, 2, 100), phase(5, 5, 100)])
    assert checkins == [CheckIn(1, 100.0, checkins[0].reason)]


def test_starting_firm_prompts_at_zero_and_long_firm_without_a_prompt_gets_one() -> None:
    checkins = plan_checkins([phase(7, 7, 300)])
    assert [c.at_s for c in checkins] == [0.0]  # the start prompt falls within the firm part
    checkins = plan_checkins([phase(6, 7, 60), phase(7, 7, 200), phase(7, 7, 200)])
    # Medium from the start, firm half-way through the first phase, then a
    # prompt in the middle of each 200 s firm phase.
    assert [c.phase_index for c in checkins] == [0, 0, 1, 2]
    assert [c.at_s for c in checkins] == pytest.approx([0.0, 30.0, 160.0, 360.0], abs=0.01)
    assert "Firm pressure for a while" in checkins[2].reason


def test_short_firm_phase_gets_no_extra_prompt() -> None:
    checkins = plan_checkins([phase(7, 7, 119)], long_firm_s=120)
    assert len(checkins) == 1


def test_no_two_prompts_within_twenty_seconds() -> None:
    # Quick rises in short phases would crowd the prompts.
    phases = [phase(1, 9, 10), phase(2, 8, 15), phase(1, 7, 30), phase(8, 8, 300)]
    checkins = plan_checkins(phases)
    assert checkins
    times = [c.at_s for c in checkins]
    assert times == sorted(times)
    assert all(b - a >= MIN_GAP_S for a, b in itertools.pairwise(times))


def test_stretched_durations_move_the_prompts() -> None:
    phases = tension().phases
    longer = [p.duration_s for p in phases]
    longer[0] += 30
    moved = plan_checkins(phases, durations=longer)
    assert [c.at_s for c in moved] == pytest.approx([360.0, 945.0, 1095.0], abs=0.01)


@pytest.mark.parametrize("routine", LIBRARY.routines, ids=lambda r: r.key)
def test_builtin_prompts_are_spaced(routine: Routine) -> None:
    times = [c.at_s for c in plan_checkins(routine.phases)]
    assert all(b - a >= MIN_GAP_S for a, b in itertools.pairwise(times))


# --- answers ---------------------------------------------------------------------
def test_fine_changes_nothing() -> None:
    phases = tension().phases
    assert apply_answer(phases, 4, Answer.FINE) == (phases, None)


def test_lighter_lowers_current_and_later_phases_only() -> None:
    phases = tension().phases
    lighter, jump = apply_answer(phases, 6, Answer.LIGHTER)
    assert jump is None
    assert lighter[:6] == phases[:6]
    for before, after in zip(phases[6:], lighter[6:], strict=True):
        assert after.pressure.start == max(0.0, before.pressure.start - 1.5)
        assert after.pressure.end == max(0.0, before.pressure.end - 1.5)
        assert (after.name, after.zone, after.stroke, after.duration_s) == (
            before.name,
            before.zone,
            before.stroke,
            before.duration_s,
        )
    assert lighter[-1].pressure == PressureRamp(0.0, 0.0)


def test_stop_jumps_to_the_light_gliding_ending() -> None:
    phases = tension().phases
    same, jump = apply_answer(phases, 3, Answer.STOP)
    assert same == phases
    # "Long soothing glide" starts at 4, more than a person who asked to stop
    # should get; from "Slow closing glide" on, everything is gliding or
    # resting hands at 3 or lighter throughout.
    assert jump == 11
    assert all(p.pressure.peak <= 3 for p in phases[jump:])
    assert phases[jump].name == "Slow closing glide"


def test_stop_inside_the_ending_goes_to_the_next_phase_and_last_if_none() -> None:
    phases = tension().phases
    assert apply_answer(phases, 10, Answer.STOP)[1] == 11
    assert apply_answer(phases, 12, Answer.STOP)[1] == 12
    no_ending = [phase(2, 3), phase(3, 5), phase(5, 4)]
    assert apply_answer(no_ending, 0, Answer.STOP)[1] == 2


def test_answer_for_a_phase_outside_the_routine_is_refused() -> None:
    with pytest.raises(IndexError):
        apply_answer(tension().phases, 13, Answer.FINE)


levels = st.floats(min_value=0, max_value=10, allow_nan=False)


@given(
    ramps=st.lists(st.tuples(levels, levels), min_size=1, max_size=8),
    data=st.data(),
    presses=st.integers(min_value=1, max_value=12),
    step=st.floats(min_value=0, max_value=5, allow_nan=False),
)
def test_repeated_lighter_never_goes_below_zero_or_raises(
    ramps: list[tuple[float, float]], data: st.DataObject, presses: int, step: float
) -> None:
    phases = tuple(phase(a, b) for a, b in ramps)
    current = data.draw(st.integers(min_value=0, max_value=len(phases) - 1))
    for _ in range(presses):
        lighter, jump = apply_answer(phases, current, Answer.LIGHTER, step)
        assert jump is None
        for i, (before, after) in enumerate(zip(phases, lighter, strict=True)):
            assert 0.0 <= after.pressure.start <= before.pressure.start
            assert 0.0 <= after.pressure.end <= before.pressure.end
            if i < current:
                assert after == before
        phases = lighter
