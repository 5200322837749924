"""The bundled routines follow the massage guide the app is built from.

Every rule here comes from the guide: begin with light glides over the whole
back, start at the shoulders and work down, build pressure gradually and only
go deep after a warm-up, stay beside the spine and never on it, check in with
the person, then ease off and end with slow glides and a short rest.
"""

from __future__ import annotations

import json

import pytest

from backmassage_gui import resources
from backmassage_gui.domain.library import BUILTIN_ORDER, RoutineLibrary, builtin_library
from backmassage_gui.domain.pressure import HOME_LIMIT
from backmassage_gui.domain.routine import Phase, Routine
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone

KEYS = ("relaxation", "tension-relief", "quick")
TOTAL_RANGE_S = {
    "relaxation": (14 * 60, 16 * 60),
    "tension-relief": (25 * 60, 30 * 60),
    "quick": (9 * 60, 11 * 60),
}
PRESSURE_STROKES = {Stroke.THUMB_PRESSURE, Stroke.KNUCKLE_PRESSURE, Stroke.PALM_PRESS}
DEEP_STROKES = {Stroke.THUMB_PRESSURE, Stroke.KNUCKLE_PRESSURE}
FLOWING_STROKES = {
    Stroke.GLIDING,
    Stroke.PALM_CIRCLES,
    Stroke.FINGERTIP_CIRCLES,
    Stroke.FAN,
    Stroke.HOLD,
}
# Top of the back to the bottom, as the guide says to work.
TOP_DOWN = (Zone.SHOULDERS, Zone.SHOULDER_BLADES, Zone.SPINE_SIDES, Zone.LOWER_BACK)
MAX_NAME_CHARS = 28
MAX_CUE_CHARS = 60
MAX_STEP_IN_PHASE = 3
LIGHT = 3
FIRM = 6
WARM_UP_S = 120  # no pressure above LIGHT while any phase starts this early
NO_FIRM_BEFORE_S = 300  # nothing above FIRM while any phase starts this early
DEEP_NOT_BEFORE_S = 180  # thumbs and knuckles only after this much warm-up


def _files() -> list[tuple[str, str]]:
    return [
        (entry.name.removesuffix(".json"), entry.read_text(encoding="utf-8"))
        for entry in resources.list_dir("routines")
        if entry.name.endswith(".json")
    ]


@pytest.fixture(scope="module")
def files() -> dict[str, str]:
    return dict(_files())


@pytest.fixture(scope="module")
def library() -> RoutineLibrary:
    return builtin_library(_files())


@pytest.fixture(params=KEYS)
def routine(request: pytest.FixtureRequest, library: RoutineLibrary) -> Routine:
    found = library.get(request.param)
    assert found is not None, f"built-in routine {request.param!r} is missing"
    return found


def _timed(routine: Routine) -> list[tuple[float, Phase]]:
    """Each phase with the second it starts at."""
    out: list[tuple[float, Phase]] = []
    t = 0.0
    for phase in routine.phases:
        out.append((t, phase))
        t += phase.duration_s
    return out


# --- the set of built-ins ----------------------------------------------------


def test_all_three_builtins_exist_and_load(library: RoutineLibrary) -> None:
    assert set(KEYS) <= set(library.keys())
    assert library.keys()[:3] == list(BUILTIN_ORDER)
    for key in KEYS:
        found = library.get(key)
        assert found is not None
        assert found.builtin
        assert found.phases


def test_each_file_is_tidy_json(files: dict[str, str]) -> None:
    for key in KEYS:
        text = files[key]
        data = json.loads(text)
        assert data["format"] == "backmassage-routine"
        assert data["version"] == 1
        assert text == json.dumps(data, indent=2, ensure_ascii=False) + "\n", key
        for phase in data["phases"]:
            # A gliding phase has no cue: the stroke's own words describe it.
            cue = set() if phase["stroke"] == Stroke.GLIDING.value else {"cue"}
            assert set(phase) == {"name", "zone", "stroke", "duration_s", "pressure"} | cue


def test_names_and_descriptions_differ(library: RoutineLibrary) -> None:
    routines = [library.get(k) for k in KEYS]
    assert len({r.name for r in routines if r}) == 3
    assert all(r is not None and r.description for r in routines)


# --- every built-in ----------------------------------------------------------


def test_total_duration_in_range(routine: Routine) -> None:
    low, high = TOTAL_RANGE_S[routine.key]
    assert low <= routine.total_s <= high


def test_phase_durations_are_whole_five_seconds(routine: Routine) -> None:
    for phase in routine.phases:
        assert 30 <= phase.duration_s <= 300, phase.name
        assert phase.duration_s % 5 == 0, phase.name


def test_names_and_cues_readable_at_a_glance(routine: Routine) -> None:
    for phase in routine.phases:
        assert 0 < len(phase.name) <= MAX_NAME_CHARS, phase.name
        assert 0 < len(phase.instruction) <= MAX_CUE_CHARS, phase.instruction
        assert "\n" not in phase.instruction


def test_the_glide_is_described_as_practice_describes_it(routine: Routine) -> None:
    """The session read 'Flat palms sweep down from shoulders to hips and
    back up' while practice read 'glide down beside the spine, then back up
    the sides': two descriptions of one stroke."""
    glides = [p for p in routine.phases if p.stroke is Stroke.GLIDING]
    assert glides
    for phase in glides:
        assert phase.instruction == Stroke.GLIDING.info.how, phase.name


def test_opens_with_light_gliding_over_the_whole_back(routine: Routine) -> None:
    first = routine.phases[0]
    assert first.stroke is Stroke.GLIDING
    assert first.zone is Zone.FULL_BACK
    assert first.pressure.start <= 2
    assert first.pressure.peak <= LIGHT


def test_starts_at_the_shoulders_and_works_down(routine: Routine) -> None:
    focused = [p.zone for p in routine.phases if p.zone is not Zone.FULL_BACK]
    assert focused, "a routine should work on more than the whole back"
    assert focused[0] in (Zone.SHOULDERS, Zone.SHOULDER_BLADES)
    first_seen = [focused.index(z) for z in TOP_DOWN if z in focused]
    assert first_seen == sorted(first_seen)


def test_ends_with_slow_light_glide_then_a_short_rest(routine: Routine) -> None:
    *_, glide, rest = routine.phases
    assert glide.stroke is Stroke.GLIDING
    assert glide.pressure.peak <= LIGHT
    assert glide.pressure.end <= 2
    assert rest.stroke is Stroke.HOLD
    assert 30 <= rest.duration_s <= 60
    assert rest.pressure.peak <= 1


def test_pressure_is_continuous_between_phases(routine: Routine) -> None:
    for before, after in zip(routine.phases, routine.phases[1:], strict=False):
        assert after.pressure.start == before.pressure.end, (before.name, after.name)


def test_pressure_changes_gently_within_a_phase(routine: Routine) -> None:
    for phase in routine.phases:
        assert abs(phase.pressure.end - phase.pressure.start) <= MAX_STEP_IN_PHASE, phase.name


def test_no_pressure_too_soon(routine: Routine) -> None:
    for start, phase in _timed(routine):
        if start < WARM_UP_S:
            assert phase.pressure.peak <= LIGHT, phase.name
        if start < NO_FIRM_BEFORE_S:
            assert phase.pressure.peak <= FIRM, phase.name


def test_deep_work_only_after_warm_up(routine: Routine) -> None:
    for start, phase in _timed(routine):
        if phase.stroke in DEEP_STROKES:
            assert start >= DEEP_NOT_BEFORE_S, phase.name


def test_eases_down_after_the_peak(routine: Routine) -> None:
    peak = routine.peak_pressure
    last_peak = max(i for i, p in enumerate(routine.phases) if p.pressure.peak == peak)
    for phase in routine.phases[last_peak:]:
        assert phase.pressure.end <= phase.pressure.start, phase.name


def test_never_beyond_home_pressure(routine: Routine) -> None:
    assert routine.peak_pressure <= HOME_LIMIT
    assert routine.peak_pressure <= 8


def test_pressure_suits_each_stroke(routine: Routine) -> None:
    for phase in routine.phases:
        low, high = phase.stroke.info.pressure_range
        assert low <= phase.pressure.start <= high, phase.name
        assert low <= phase.pressure.end <= high, phase.name


def test_pressure_strokes_target_a_zone_not_the_whole_back(routine: Routine) -> None:
    for phase in routine.phases:
        if phase.stroke in PRESSURE_STROKES:
            assert phase.zone is not Zone.FULL_BACK, phase.name


def test_reminds_the_giver_to_check_in(routine: Routine) -> None:
    asking = [p for p in routine.phases if "ask" in p.cue.lower() or "check" in p.cue.lower()]
    assert 1 <= len(asking) <= 3


def test_round_trips_through_dict_and_json(routine: Routine) -> None:
    again = Routine.from_dict(routine.to_dict())
    assert again == routine
    assert Routine.from_json(routine.to_json()) == routine


# --- routine by routine ------------------------------------------------------


def test_relaxation_is_light_and_flowing(library: RoutineLibrary) -> None:
    relax = library.get("relaxation")
    assert relax is not None
    assert relax.peak_pressure <= 4
    assert {p.stroke for p in relax.phases} <= FLOWING_STROKES


def test_tension_relief_goes_firm_but_not_too_far(library: RoutineLibrary) -> None:
    tension = library.get("tension-relief")
    assert tension is not None
    assert 7 <= tension.peak_pressure <= 8


def test_tension_relief_covers_the_guides_tension_areas(library: RoutineLibrary) -> None:
    tension = library.get("tension-relief")
    assert tension is not None
    pairs = {(p.zone, p.stroke) for p in tension.phases}
    assert (Zone.SPINE_SIDES, Stroke.THUMB_PRESSURE) in pairs or (
        Zone.SPINE_SIDES,
        Stroke.KNUCKLE_PRESSURE,
    ) in pairs
    assert (Zone.SHOULDER_BLADES, Stroke.FINGERTIP_CIRCLES) in pairs
    lower = {s for z, s in pairs if z is Zone.LOWER_BACK}
    assert lower & {Stroke.PALM_CIRCLES, Stroke.KNEADING, Stroke.PALM_PRESS}
    assert Stroke.FAN in {p.stroke for p in tension.phases}


def test_tension_relief_deep_work_is_beside_the_spine(library: RoutineLibrary) -> None:
    tension = library.get("tension-relief")
    assert tension is not None
    deep = [p for p in tension.phases if p.stroke in DEEP_STROKES]
    assert deep
    assert all(p.zone is Zone.SPINE_SIDES for p in deep)
    firmest = max(tension.phases, key=lambda p: p.pressure.peak)
    assert firmest.zone is not Zone.FULL_BACK
