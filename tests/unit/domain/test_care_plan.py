"""The plan a run follows: care profile and sore spots last, answers do not."""

from __future__ import annotations

import pytest

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain.care_plan import CarePlan, same_timing
from backmassage_gui.domain.checkins import Answer, apply_answer
from backmassage_gui.domain.geometry import zone_shapes
from backmassage_gui.domain.routine import Routine
from backmassage_gui.domain.safety import AvoidSpot, CareProfile, adapt
from backmassage_gui.domain.zones import Zone


@pytest.fixture
def routine() -> Routine:
    found = load_builtin_library().get("tension-relief")
    assert found is not None
    return found


def lower_back_spot() -> AvoidSpot:
    centre = zone_shapes(Zone.LOWER_BACK)[0].center
    return AvoidSpot(centre[0], centre[1], label="sore spot")


def test_a_plan_without_answers_is_the_adapted_routine(routine: Routine) -> None:
    plan = CarePlan(routine, CareProfile.OLDER_ADULT, (lower_back_spot(),))
    assert plan.adapted() == adapt(routine, CareProfile.OLDER_ADULT, (lower_back_spot(),))


def test_a_lighter_answer_outlives_a_sore_spot_marked_later(routine: Routine) -> None:
    plan = CarePlan(routine).answered_lighter(2).with_spots((lower_back_spot(),))
    got, lines = plan.adapted()
    spotted, spot_lines = adapt(routine, CareProfile.NONE, (lower_back_spot(),))
    assert lines == spot_lines
    for i, (a, b) in enumerate(zip(spotted.phases, got.phases, strict=True)):
        if i < 2:
            assert b == a
        else:  # lighter than the spot's plan, never a cap lifted
            assert b.pressure.start == max(0.0, a.pressure.start - 1.5)
            assert b.pressure.end == max(0.0, a.pressure.end - 1.5)
    assert all(p.pressure.peak <= 1.5 for p in got.phases if p.zone is Zone.LOWER_BACK)


def test_two_lighter_answers_add_up(routine: Routine) -> None:
    got, _ = CarePlan(routine).answered_lighter(2).answered_lighter(6).adapted()
    once, _ = apply_answer(routine.phases, 2, Answer.LIGHTER)
    twice, _ = apply_answer(once, 6, Answer.LIGHTER)
    assert got.phases == twice


def test_a_fresh_run_drops_the_answers_and_takes_todays_profile(routine: Routine) -> None:
    spot = lower_back_spot()
    plan = CarePlan(routine, CareProfile.NONE, (spot,)).answered_lighter(3)
    fresh = plan.fresh_run(CareProfile.OLDER_ADULT)
    assert fresh.lighter_from == () and fresh.spots == (spot,)
    assert fresh.adapted() == adapt(routine, CareProfile.OLDER_ADULT, (spot,))


def test_an_answer_past_the_end_of_a_shorter_plan_is_ignored(routine: Routine) -> None:
    plan = CarePlan(routine, CareProfile.PREGNANCY).answered_lighter(len(routine.phases) - 1)
    adapted, _ = adapt(routine, CareProfile.PREGNANCY)
    assert len(adapted.phases) < len(routine.phases)
    assert plan.adapted()[0] == adapted


def test_same_timing(routine: Routine) -> None:
    lighter, _ = apply_answer(routine.phases, 0, Answer.LIGHTER)
    assert same_timing(routine.phases, lighter)
    assert not same_timing(routine.phases, routine.phases[1:])
    pregnancy, _ = adapt(routine, CareProfile.PREGNANCY)
    assert not same_timing(routine.phases, pregnancy.phases)
