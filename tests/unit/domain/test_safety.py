"""Screening, care profiles and sore spots: what ``adapt`` does to routines."""

from __future__ import annotations

import itertools

import pytest

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain.geometry import TORSO
from backmassage_gui.domain.pressure import PressureRamp
from backmassage_gui.domain.routine import Phase, Routine
from backmassage_gui.domain.safety import (
    LIGHT_CAP,
    MEDIUM_CAP,
    SCREENING,
    AvoidSpot,
    CareProfile,
    Question,
    adapt,
    adapt_with_details,
    phases_with_spots,
    screening_advice,
)
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone

LIBRARY = load_builtin_library()
BUILTINS = LIBRARY.routines
# On the outer half of the left blade: its inner half lies under the strips
# beside the spine too (they reach ~8 cm out from the spine's middle).
LEFT_BLADE = AvoidSpot(0.35, 0.375, radius=0.02, label="knot")


def tension() -> Routine:
    routine = LIBRARY.get("tension-relief")
    assert routine is not None
    return routine


def phase(
    zone: Zone,
    start: float,
    end: float,
    stroke: Stroke = Stroke.PALM_CIRCLES,
    duration: float = 60.0,
) -> Phase:
    return Phase(f"{zone.value} {start}-{end}", zone, stroke, duration, PressureRamp(start, end))


def steps(routine: Routine) -> list[float]:
    ps = routine.phases
    return [abs(a.pressure.end - b.pressure.start) for a, b in itertools.pairwise(ps)]


# --- screening ---------------------------------------------------------------
def test_screening_has_six_distinct_questions() -> None:
    assert len(SCREENING) == 6
    assert len({q.key for q in SCREENING}) == 6
    assert all(q.text.endswith("?") for q in SCREENING)


def test_all_no_gives_no_advice() -> None:
    assert screening_advice({q.key: False for q in SCREENING}) is None
    assert screening_advice({}) is None


@pytest.mark.parametrize("question", SCREENING, ids=lambda q: q.key)
def test_each_yes_gives_advice_naming_it(question: Question) -> None:
    answers = {q.key: q is question for q in SCREENING}
    advice = screening_advice(answers)
    assert advice is not None
    assert question.topic in advice
    assert "health professional" in advice
    assert "not to give a back massage" in advice
    others = [q for q in SCREENING if q is not question]
    assert not any(q.topic in advice for q in others)


def test_several_yes_are_all_named() -> None:
    advice = screening_advice({"fever": True, "veins": True, "skin": False})
    assert advice is not None
    assert "fever" in advice and "blood clot" in advice and "rash" not in advice


# --- profiles ------------------------------------------------------------------
def test_profiles_have_labels_and_notes() -> None:
    assert CareProfile.PREGNANCY.label == "Pregnancy"
    assert "training" in CareProfile.PREGNANCY.note
    assert "lower back" in CareProfile.PREGNANCY.note
    assert CareProfile.OLDER_ADULT.note
    assert CareProfile.NONE.note == ""


def test_no_profile_no_spots_changes_nothing() -> None:
    routine = tension()
    adapted, lines = adapt(routine, CareProfile.NONE)
    assert adapted == routine and adapted.name == routine.name
    assert lines == []


def test_older_adult_is_lighter_and_capped_at_medium() -> None:
    routine = tension()
    adapted, lines = adapt(routine, CareProfile.OLDER_ADULT)
    assert adapted.peak_pressure <= MEDIUM_CAP
    assert adapted.peak_pressure == pytest.approx(7 * 0.75)
    for before, after in zip(routine.phases, adapted.phases, strict=True):
        assert after.pressure.start == pytest.approx(before.pressure.start * 0.75)
        assert after.pressure.end == pytest.approx(before.pressure.end * 0.75)
        assert after.duration_s == before.duration_s
    assert adapted.total_s == routine.total_s
    assert adapted.name == "Tension relief (adapted)"
    assert adapted.key == routine.key
    assert any("older adult" in line for line in lines)


def test_older_adult_cap_applies_to_very_firm_routines() -> None:
    routine = Routine(
        "Firm", (phase(Zone.SHOULDERS, 2, 10), phase(Zone.SPINE_SIDES, 10, 9)), key="firm"
    )
    adapted, lines = adapt(routine, CareProfile.OLDER_ADULT)
    assert adapted.peak_pressure == MEDIUM_CAP
    assert "Pressure capped at medium for an older adult." in lines
    assert adapted.phases[0].pressure == PressureRamp(1.5, 6.0)


def test_pregnancy_leaves_out_lower_back_and_caps_at_medium() -> None:
    routine = tension()
    adapted, lines = adapt(routine, CareProfile.PREGNANCY)
    assert all(p.zone is not Zone.LOWER_BACK for p in adapted.phases)
    assert len(adapted.phases) == len(routine.phases) - 2
    assert adapted.total_s == routine.total_s - 270
    assert adapted.peak_pressure <= MEDIUM_CAP
    assert "Lower-back phases left out in pregnancy (−4:30)." in lines
    assert "Pressure capped at medium in pregnancy." in lines
    assert max(steps(adapted)) <= max(steps(routine))


def test_pregnancy_with_only_lower_back_keeps_a_light_glide() -> None:
    routine = Routine(
        "Low", (phase(Zone.LOWER_BACK, 2, 5), phase(Zone.LOWER_BACK, 5, 3)), key="low"
    )
    adapted, details = adapt_with_details(routine, CareProfile.PREGNANCY)
    assert len(adapted.phases) == 1
    only = adapted.phases[0]
    assert only.zone is Zone.FULL_BACK and only.stroke is Stroke.GLIDING
    assert only.pressure.peak <= LIGHT_CAP
    assert details.lines[0] == "Lower-back phases left out in pregnancy (−2:00)."
    assert details.removed_s + adapted.total_s == routine.total_s


# --- sore spots ------------------------------------------------------------------
def test_spot_on_left_blade_caps_blade_phases_not_lower_back() -> None:
    routine = tension()
    hit = phases_with_spots(routine, [LEFT_BLADE])
    blades = {i for i, p in enumerate(routine.phases) if p.zone is Zone.SHOULDER_BLADES}
    lower = {i for i, p in enumerate(routine.phases) if p.zone is Zone.LOWER_BACK}
    assert blades and blades <= hit
    assert not hit & lower
    adapted, lines = adapt(routine, CareProfile.NONE, [LEFT_BLADE])
    for i in blades:
        assert adapted.phases[i].pressure.peak <= LIGHT_CAP
    for i in lower:
        assert adapted.phases[i].pressure.peak > LIGHT_CAP
    assert any(
        line.startswith("Light pressure only on the shoulder blades: a sore spot is marked there")
        for line in lines
    )
    assert not any("lower back" in line for line in lines)


def test_spot_on_lower_back_caps_only_lower_back_and_whole_back() -> None:
    spot = AvoidSpot(0.40, 0.75, radius=0.01)
    routine = tension()
    hit = phases_with_spots(routine, [spot])
    zones = {routine.phases[i].zone for i in hit}
    assert zones == {Zone.LOWER_BACK, Zone.FULL_BACK, Zone.SPINE_SIDES}
    adapted, _ = adapt(routine, CareProfile.NONE, [spot])
    for i in hit:
        assert adapted.phases[i].pressure.peak <= LIGHT_CAP
    assert adapted.phases[1].pressure == routine.phases[1].pressure  # shoulders untouched


def test_spot_off_the_back_changes_nothing() -> None:
    spot = AvoidSpot(0.02, 0.05)
    assert not TORSO.contains(spot.point)
    routine = tension()
    assert phases_with_spots(routine, [spot]) == set()
    assert adapt(routine, CareProfile.NONE, [spot]) == (routine, [])


def test_capping_never_makes_a_bigger_step_between_phases() -> None:
    routine = Routine(
        "Steady",
        (
            phase(Zone.SPINE_SIDES, 5, 6),
            phase(Zone.SHOULDER_BLADES, 6, 6),
            phase(Zone.SPINE_SIDES, 6, 5),
        ),
        key="steady",
    )
    adapted, lines = adapt(routine, CareProfile.NONE, [LEFT_BLADE])
    assert adapted.phases[1].pressure.peak <= LIGHT_CAP
    assert steps(adapted) == [0.0, 0.0]
    # Neighbours ease toward the light phase; they are never raised.
    for before, after in zip(routine.phases, adapted.phases, strict=True):
        assert after.pressure.start <= before.pressure.start
        assert after.pressure.end <= before.pressure.end
    assert adapted.phases[0].pressure.start == 5
    assert adapted.phases[2].pressure.end == 5
    assert "Pressure eases in and out around the lighter phases." in lines


@pytest.mark.parametrize("routine", BUILTINS, ids=lambda r: r.key)
@pytest.mark.parametrize("profile", list(CareProfile), ids=lambda p: p.value)
@pytest.mark.parametrize(
    "spots", [(), (LEFT_BLADE,), (AvoidSpot(0.5, 0.5, 0.3),)], ids=["no-spot", "blade", "big"]
)
def test_adapted_builtins_are_valid_routines(
    routine: Routine, profile: CareProfile, spots: tuple[AvoidSpot, ...]
) -> None:
    adapted, lines = adapt(routine, profile, spots)
    again = Routine.from_dict(adapted.to_dict(), key=adapted.key)
    assert again == adapted
    assert adapted.key == routine.key
    assert adapted.peak_pressure <= routine.peak_pressure
    assert adapted.total_s <= routine.total_s
    assert max(steps(adapted), default=0) <= max(steps(routine), default=0) + 1e-9
    if lines:
        assert adapted.name.endswith(" (adapted)")
    if profile is not CareProfile.NONE:
        assert adapted.peak_pressure <= MEDIUM_CAP
