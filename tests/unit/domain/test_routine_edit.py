"""The routine editor's rules: typed times, fitting to a length, and advice
that follows the massage guide (warm up, build gradually, end gently)."""

from __future__ import annotations

import math
from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain.pressure import PressureRamp
from backmassage_gui.domain.routine import MAX_PHASE_S, MIN_PHASE_S, Phase, Routine
from backmassage_gui.domain.routine_edit import (
    GuideWarning,
    fit_to_length,
    format_mss,
    guide_warnings,
    parse_mss,
    parse_total_length,
)
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone


@pytest.fixture(scope="module")
def builtins() -> dict[str, Routine]:
    return {r.key: r for r in load_builtin_library().routines}


def _phase(
    name: str = "Phase",
    *,
    zone: Zone = Zone.SHOULDERS,
    stroke: Stroke = Stroke.PALM_CIRCLES,
    duration_s: float = 120,
    start: float = 2,
    end: float = 3,
    cue: str = "",
) -> Phase:
    return Phase(
        name=name,
        zone=zone,
        stroke=stroke,
        duration_s=duration_s,
        pressure=PressureRamp(start, end),
        cue=cue,
    )


def _good_routine() -> list[Phase]:
    """A small routine that follows the guide: no advice expected."""
    return [
        _phase(
            "Warm-up glide",
            zone=Zone.FULL_BACK,
            stroke=Stroke.GLIDING,
            duration_s=150,
            start=1,
            end=2,
        ),
        _phase("Shoulder circles", duration_s=150, start=2, end=3),
        _phase(
            "Thumbs",
            zone=Zone.SPINE_SIDES,
            stroke=Stroke.THUMB_PRESSURE,
            duration_s=180,
            start=3,
            end=5,
        ),
        _phase(
            "Closing glide",
            zone=Zone.FULL_BACK,
            stroke=Stroke.GLIDING,
            duration_s=120,
            start=5,
            end=2,
        ),
        _phase("Rest", zone=Zone.FULL_BACK, stroke=Stroke.HOLD, duration_s=45, start=2, end=0),
    ]


def _messages(phases: list[Phase]) -> list[str]:
    return [w.message for w in guide_warnings(phases)]


# --- m:ss ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("2:30", 150),
        ("0:45", 45),
        ("12:00", 720),
        ("0:00", 0),
        ("1:02:30", 3750),
        ("0:05:00", 300),
        ("90", 90),
        ("90 s", 90),
        ("90s", 90),
        ("90 sec", 90),
        ("90 seconds", 90),
        ("2 min", 120),
        ("2m", 120),
        ("2 minutes", 120),
        ("1.5 min", 90),
        ("  2:30  ", 150),
        ("\t45\n", 45),
        ("2 : 30", 150),
        ("2 MIN", 120),
        ("1 min 30 s", 90),
        ("1m30s", 90),
        ("12.5", 12.5),
        (".5 min", 30),
        ("1 h", 3600),
    ],
)
def test_parse_mss_accepts(text: str, seconds: float) -> None:
    assert parse_mss(text) == seconds


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("2:75", "seconds must be 0–59 in 2:75"),
        ("1:75:00", "minutes must be 0–59 in 1:75:00"),
        ("1:02:75", "seconds must be 0–59"),
        ("2:5", "two digits, like 2:05"),
        ("1:5:00", "two digits"),
        ("abc", "use m:ss, like 2:30"),
        (":30", "use m:ss"),
        ("2:", "use m:ss"),
        ("1:2:3:4", "use m:ss"),
        ("2:30.5", "use m:ss"),
        ("", "enter a time"),
        ("   ", "enter a time"),
        ("-5", "negative"),
        ("-2:30", "negative"),
        ("−5 s", "negative"),
        ("inf", "use m:ss"),
        ("nan", "use m:ss"),
        ("1e5", "use m:ss"),
        ("9" * 400, "far too long"),
        ("9" * 400 + " min", "far too long"),
        ("1" + "0" * 20 + ":00", "far too long"),
        ("2 parsecs", '"parsecs" is not a unit'),
        ("30 s 2 min", "hours, then minutes, then seconds"),
        ("1 min 1 min", "hours, then minutes, then seconds"),
        ("1h10", "use m:ss"),
    ],
)
def test_parse_mss_rejects_with_a_message(text: str, needle: str) -> None:
    with pytest.raises(ValueError, match=needle) as info:
        parse_mss(text)
    assert len(str(info.value)) <= 90


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0:00"),
        (5, "0:05"),
        (150, "2:30"),
        (599.4, "9:59"),
        (599.5, "10:00"),
        (89.5, "1:30"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3750, "1:02:30"),
        (36000, "10:00:00"),
    ],
)
def test_format_mss(seconds: float, text: str) -> None:
    assert format_mss(seconds) == text


@pytest.mark.parametrize("bad", [-1.0, -0.4, math.inf, -math.inf, math.nan])
def test_format_mss_rejects_impossible_times(bad: float) -> None:
    with pytest.raises(ValueError):
        format_mss(bad)


@given(st.integers(min_value=0, max_value=100 * 3600))
def test_mss_round_trip_whole_seconds(seconds: int) -> None:
    assert parse_mss(format_mss(seconds)) == seconds


@given(st.floats(min_value=0, max_value=100 * 3600, allow_nan=False))
def test_mss_round_trip_rounds_to_whole_seconds(seconds: float) -> None:
    shown = parse_mss(format_mss(seconds))
    assert shown == math.floor(seconds + 0.5)
    assert format_mss(shown) == format_mss(seconds)


# --- total length -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("20 min", 1200),
        ("20m", 1200),
        ("20", 1200),
        ("  20  ", 1200),
        ("1 h", 3600),
        ("1h", 3600),
        ("1 hour", 3600),
        ("1h 10min", 4200),
        ("1 h 10 min 30 s", 4230),
        ("25:00", 1500),
        ("1:05:00", 3900),
        ("90 s", 90),
        ("2.5", 150),
        ("0.5 h", 1800),
    ],
)
def test_parse_total_length_accepts(text: str, seconds: float) -> None:
    assert parse_total_length(text) == seconds


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("", "enter a length"),
        ("twenty", "use minutes, like 20 min"),
        ("-20", "negative"),
        ("0", "more than zero"),
        ("0:00", "more than zero"),
        ("25:61", "seconds must be 0–59"),
        ("1:61:00", "minutes must be 0–59"),
        ("20 furlongs", '"furlongs" is not a unit'),
        ("10 min 1 h", "hours, then minutes"),
        ("9" * 400, "far too long"),
        ("inf", "use minutes"),
    ],
)
def test_parse_total_length_rejects_with_a_message(text: str, needle: str) -> None:
    with pytest.raises(ValueError, match=needle):
        parse_total_length(text)


# --- fit to length ------------------------------------------------------------


def test_twenty_minutes_of_tension_relief_is_exactly_twenty_minutes(
    builtins: dict[str, Routine],
) -> None:
    routine = builtins["tension-relief"]
    fitted = fit_to_length(routine.phases, parse_total_length("20 min"))
    assert sum(p.duration_s for p in fitted) == 1200
    assert all(p.duration_s % 5 == 0 for p in fitted)
    scale = 1200 / routine.total_s
    for before, after in zip(routine.phases, fitted, strict=True):
        assert abs(after.duration_s - before.duration_s * scale) < 5
        assert replace(before, duration_s=after.duration_s) == after


def test_fitting_to_the_current_length_changes_nothing(builtins: dict[str, Routine]) -> None:
    for routine in builtins.values():
        assert fit_to_length(routine.phases, routine.total_s) == routine.phases


def test_doubling_doubles_every_phase(builtins: dict[str, Routine]) -> None:
    quick = builtins["quick"]
    fitted = fit_to_length(quick.phases, 2 * quick.total_s)
    assert [p.duration_s for p in fitted] == [2 * p.duration_s for p in quick.phases]


def test_returns_a_tuple_and_accepts_a_list() -> None:
    fitted = fit_to_length(list(_good_routine()), 600)
    assert isinstance(fitted, tuple)
    assert sum(p.duration_s for p in fitted) == 600


def test_short_phases_stay_at_least_five_seconds() -> None:
    phases = [_phase("tiny", duration_s=5), _phase("huge", duration_s=3600)]
    fitted = fit_to_length(phases, 100)
    assert [p.duration_s for p in fitted] == [5.0, 95.0]


def test_long_phases_stop_at_an_hour_and_the_rest_make_up_the_time() -> None:
    phases = [_phase("a", duration_s=3000), _phase("b", duration_s=10), _phase("c", duration_s=20)]
    fitted = fit_to_length(phases, 3600 + 300)
    assert [p.duration_s for p in fitted] == [3600.0, 100.0, 200.0]


def test_leftover_steps_go_to_the_largest_remainders() -> None:
    # Shares are 1.4, 1.4 and 2.2 five-second steps; floors give 4 of 5 steps
    # and the one left over goes to a .4 (the first, as the two tie).
    phases = [_phase(duration_s=7), _phase(duration_s=7), _phase(duration_s=11)]
    fitted = fit_to_length(phases, 25)
    assert [p.duration_s for p in fitted] == [10.0, 5.0, 10.0]
    # Shares 0.6·k: 1.8, 1.2, 2.0 steps of 25 s → the .8 wins over the .2.
    phases = [_phase(duration_s=9), _phase(duration_s=6), _phase(duration_s=10)]
    assert [p.duration_s for p in fit_to_length(phases, 25)] == [10.0, 5.0, 10.0]
    fitted = fit_to_length(phases, 50)  # shares 3.6, 2.4, 4.0 → 4, 2, 4
    assert [p.duration_s for p in fitted] == [20.0, 10.0, 20.0]


def test_ties_go_to_the_earlier_phase() -> None:
    phases = [_phase(duration_s=60)] * 3
    assert [p.duration_s for p in fit_to_length(phases, 20)] == [10.0, 5.0, 5.0]


def test_fit_works_with_fractional_durations() -> None:
    phases = [_phase(duration_s=12.5), _phase(duration_s=37.25), _phase(duration_s=100.125)]
    fitted = fit_to_length(phases, 300)
    assert sum(p.duration_s for p in fitted) == 300


@pytest.mark.parametrize(
    ("total", "needle"),
    [
        (1203, "whole multiple of 5"),
        (1200.5, "whole multiple of 5"),
        (0, "more than zero"),
        (-100, "more than zero"),
        (math.nan, "more than zero"),
        (math.inf, "more than zero"),
        (60, "at least 1:05"),  # 13 phases × 5 s
        (13 * 3600 + 5, "at most 13:00:00"),
    ],
)
def test_infeasible_totals_raise(builtins: dict[str, Routine], total: float, needle: str) -> None:
    with pytest.raises(ValueError, match=needle):
        fit_to_length(builtins["tension-relief"].phases, total)


def test_the_extremes_are_feasible(builtins: dict[str, Routine]) -> None:
    phases = builtins["tension-relief"].phases
    assert {p.duration_s for p in fit_to_length(phases, 13 * MIN_PHASE_S)} == {MIN_PHASE_S}
    assert {p.duration_s for p in fit_to_length(phases, 13 * MAX_PHASE_S)} == {MAX_PHASE_S}


def test_fit_rejects_nothing_to_fit_and_phases_without_length() -> None:
    with pytest.raises(ValueError, match="no phases"):
        fit_to_length([], 600)
    with pytest.raises(ValueError, match="no length"):
        fit_to_length([_phase(duration_s=0), _phase()], 600)
    with pytest.raises(ValueError, match="no length"):
        fit_to_length([_phase(duration_s=math.nan)], 600)


_durations = st.one_of(
    st.integers(min_value=5, max_value=3600).map(float),
    st.floats(min_value=5, max_value=3600, allow_nan=False, allow_infinity=False),
)


@st.composite
def _phases_and_total(draw: st.DrawFn) -> tuple[list[Phase], int]:
    durations = draw(st.lists(_durations, min_size=1, max_size=30))
    phases = [
        _phase(
            f"p{i}",
            zone=draw(st.sampled_from(list(Zone))),
            stroke=draw(st.sampled_from(list(Stroke))),
            duration_s=d,
            start=draw(st.integers(0, 10)),
            end=draw(st.integers(0, 10)),
            cue=f"cue {i}",
        )
        for i, d in enumerate(durations)
    ]
    n = len(phases)
    total = 5 * draw(st.integers(min_value=n, max_value=720 * n))
    return phases, total


@settings(max_examples=300, deadline=None)
@given(_phases_and_total())
def test_fit_properties(case: tuple[list[Phase], int]) -> None:
    phases, total = case
    fitted = fit_to_length(phases, total)
    durations = [p.duration_s for p in fitted]
    assert len(fitted) == len(phases)
    assert sum(durations) == total
    assert all(d % 5 == 0 and MIN_PHASE_S <= d <= MAX_PHASE_S for d in durations)
    for before, after in zip(phases, fitted, strict=True):
        assert replace(before, duration_s=after.duration_s) == after
    # A longer phase never comes out shorter than a shorter one.
    for i, a in enumerate(phases):
        for j, b in enumerate(phases):
            if a.duration_s < b.duration_s:
                assert durations[i] <= durations[j]
    exact = [
        Fraction(total) * Fraction(p.duration_s) / sum(Fraction(q.duration_s) for q in phases)
        for p in phases
    ]
    if all(MIN_PHASE_S <= share <= MAX_PHASE_S for share in exact):
        assert all(abs(Fraction(d) - share) < 5 for d, share in zip(durations, exact, strict=True))


# --- advice from the guide ----------------------------------------------------


def test_builtins_get_no_advice(builtins: dict[str, Routine]) -> None:
    assert set(builtins) >= {"relaxation", "tension-relief", "quick"}
    for routine in builtins.values():
        assert guide_warnings(routine.phases) == [], routine.key


def test_builtins_fitted_to_other_lengths_still_get_no_advice(builtins: dict[str, Routine]) -> None:
    for routine in builtins.values():
        for total in (routine.total_s, routine.total_s + 300, 2 * routine.total_s):
            assert guide_warnings(fit_to_length(routine.phases, total)) == [], routine.key


def test_the_good_routine_gets_no_advice() -> None:
    assert guide_warnings(_good_routine()) == []


def test_an_empty_routine_is_told_to_start_with_a_warm_up() -> None:
    assert guide_warnings([]) == [
        GuideWarning(None, "No phases yet — begin with a light gliding warm-up")
    ]


def test_jump_between_phases() -> None:
    phases = _good_routine()
    phases[2] = replace(phases[2], pressure=PressureRamp(6, 5))  # previous ends at 3
    warnings = guide_warnings(phases)
    assert warnings == [
        GuideWarning(2, "Pressure jumps from 3 to 6 at “Thumbs” — build up gradually")
    ]


def test_a_jump_of_exactly_two_is_fine() -> None:
    phases = _good_routine()
    phases[2] = replace(phases[2], pressure=PressureRamp(5, 5))
    assert guide_warnings(phases) == []


def test_sudden_drop_between_phases() -> None:
    phases = _good_routine()
    phases[3] = replace(phases[3], pressure=PressureRamp(1, 1))  # previous ends at 5
    assert guide_warnings(phases) == [
        GuideWarning(3, "Pressure drops from 5 to 1 at “Closing glide” — ease off gradually")
    ]


def test_steep_change_within_a_phase() -> None:
    phases = _good_routine()
    phases[2] = replace(phases[2], pressure=PressureRamp(3, 7.5))
    phases[3] = replace(phases[3], pressure=PressureRamp(7.5, 3))
    phases[4] = replace(phases[4], pressure=PressureRamp(3, 0))
    assert guide_warnings(phases) == [
        GuideWarning(2, "“Thumbs” goes from 3 to 7.5 — too steep for one phase"),
        GuideWarning(3, "“Closing glide” goes from 7.5 to 3 — too steep for one phase"),
    ]


def test_firm_pressure_in_the_first_five_minutes() -> None:
    phases = _good_routine()
    # Thumbs start at 300 s; make them start earlier and go firm.
    phases[1] = replace(phases[1], duration_s=60)  # thumbs now start at 210 s
    phases[2] = replace(phases[2], pressure=PressureRamp(3, 7), duration_s=60)
    phases[3] = replace(phases[3], pressure=PressureRamp(7, 3))
    phases[4] = replace(phases[4], pressure=PressureRamp(3, 0))
    warnings = guide_warnings(phases)
    assert [w.phase_index for w in warnings] == [2, 3]
    assert "in the first 5 minutes" in warnings[0].message
    assert "“Thumbs”" in warnings[0].message and "(7)" in warnings[0].message
    assert "“Closing glide” is firm (7)" in warnings[1].message


def test_firm_pressure_after_five_minutes_is_fine() -> None:
    phases = _good_routine()
    phases[2] = replace(phases[2], pressure=PressureRamp(3, 5))  # starts at 300 s
    phases.insert(
        3, _phase("Knuckles", zone=Zone.SPINE_SIDES, stroke=Stroke.KNUCKLE_PRESSURE, start=5, end=7)
    )
    phases[4] = replace(phases[4], pressure=PressureRamp(7, 3))
    phases[5] = replace(phases[5], pressure=PressureRamp(3, 0))
    assert guide_warnings(phases) == []


def test_a_slow_ramp_is_judged_by_where_it_is_at_five_minutes() -> None:
    # One long phase ramping 3→6.5 over ten minutes from 60 s is at about
    # 5.1 at five minutes: not firm yet, so no advice about it.
    phases = _good_routine()
    phases[0] = replace(phases[0], duration_s=60)
    phases[1] = replace(phases[1], duration_s=60)
    phases[2] = replace(phases[2], duration_s=600, pressure=PressureRamp(3, 6.5))
    phases[3] = replace(phases[3], pressure=PressureRamp(6.5, 3))
    phases[4] = replace(phases[4], pressure=PressureRamp(3, 0))
    assert guide_warnings(phases) == []


def test_more_than_light_in_the_first_two_minutes() -> None:
    phases = _good_routine()
    phases[0] = replace(phases[0], duration_s=60)  # circles start at 60 s
    phases[1] = replace(phases[1], pressure=PressureRamp(2, 5))
    phases[2] = replace(phases[2], pressure=PressureRamp(5, 5))
    assert guide_warnings(phases) == [
        GuideWarning(
            1,
            "“Shoulder circles” is over 3 in the first 2 minutes — warm up with light "
            "strokes first",
        )
    ]


def test_light_rule_ends_at_two_minutes() -> None:
    phases = _good_routine()
    phases[0] = replace(phases[0], duration_s=120)  # circles start at 120 s
    phases[1] = replace(phases[1], pressure=PressureRamp(2, 5))
    phases[2] = replace(phases[2], pressure=PressureRamp(5, 5))
    assert guide_warnings(phases) == []


def test_ending_too_firm() -> None:
    phases = _good_routine()[:-1]
    phases[-1] = replace(phases[-1], pressure=PressureRamp(5, 4))
    assert guide_warnings(phases) == [
        GuideWarning(3, "“Closing glide” ends at 4 — end gently, easing down to 3 or less")
    ]


def test_ending_with_a_working_stroke() -> None:
    phases = _good_routine()
    phases[-1] = replace(phases[-1], stroke=Stroke.KNEADING, zone=Zone.LOWER_BACK)
    assert guide_warnings(phases) == [
        GuideWarning(4, "End gently: finish with a slow glide or resting hands after “Rest”")
    ]


def test_ending_firm_with_a_working_stroke_gives_both() -> None:
    phases = _good_routine()[:3]
    messages = _messages(phases)
    assert len(messages) == 2
    assert "“Thumbs” ends at 5" in messages[0]
    assert "finish with a slow glide or resting hands" in messages[1]


def test_beyond_home_pressure() -> None:
    phases = _good_routine()
    phases[2] = replace(phases[2], pressure=PressureRamp(3, 5))
    phases.insert(
        3,
        _phase(
            "Deep knuckles", zone=Zone.SPINE_SIDES, stroke=Stroke.KNUCKLE_PRESSURE, start=5, end=9
        ),
    )
    phases.insert(4, _phase("Easing", zone=Zone.SPINE_SIDES, stroke=Stroke.FAN, start=9, end=7))
    phases[5] = replace(phases[5], pressure=PressureRamp(7, 3))
    phases[6] = replace(phases[6], pressure=PressureRamp(3, 0))
    assert guide_warnings(phases) == [
        GuideWarning(3, "“Deep knuckles” reaches 9 — more than a home massage should use"),
        GuideWarning(4, "“Easing” reaches 9 — more than a home massage should use"),
    ]


def test_exactly_eight_is_within_home_pressure() -> None:
    phases = _good_routine()
    phases[2] = replace(phases[2], pressure=PressureRamp(3, 5))
    phases.insert(
        3, _phase("Knuckles", zone=Zone.SPINE_SIDES, stroke=Stroke.KNUCKLE_PRESSURE, start=5, end=8)
    )
    phases.insert(4, _phase("Easing", zone=Zone.SPINE_SIDES, stroke=Stroke.FAN, start=8, end=6))
    phases[5] = replace(phases[5], pressure=PressureRamp(6, 3))
    phases[6] = replace(phases[6], pressure=PressureRamp(3, 0))
    assert guide_warnings(phases) == []


def test_first_phase_not_gliding() -> None:
    phases = _good_routine()
    phases[0] = replace(phases[0], stroke=Stroke.KNEADING)
    assert guide_warnings(phases) == [
        GuideWarning(0, "Start with a light gliding warm-up; “Warm-up glide” uses kneading")
    ]


def test_first_phase_gliding_but_not_light() -> None:
    phases = _good_routine()
    phases[0] = replace(phases[0], duration_s=600, pressure=PressureRamp(1, 4))
    phases[1] = replace(phases[1], pressure=PressureRamp(4, 3))
    assert guide_warnings(phases) == [
        GuideWarning(0, "“Warm-up glide” reaches 4 — keep the opening warm-up light (3 or less)")
    ]


@pytest.mark.parametrize(
    "stroke", [Stroke.THUMB_PRESSURE, Stroke.KNUCKLE_PRESSURE, Stroke.PALM_PRESS]
)
def test_presses_on_the_whole_back(stroke: Stroke) -> None:
    phases = _good_routine()
    phases[2] = replace(phases[2], stroke=stroke, zone=Zone.FULL_BACK)
    assert guide_warnings(phases) == [
        GuideWarning(2, "“Thumbs”: press beside the spine or on one area, not the whole back")
    ]


@pytest.mark.parametrize("zone", [z for z in Zone if z is not Zone.FULL_BACK])
def test_presses_on_a_focused_zone_are_fine(zone: Zone) -> None:
    phases = _good_routine()
    phases[2] = replace(phases[2], zone=zone)
    assert guide_warnings(phases) == []


def test_long_names_are_shortened_and_every_message_stays_short() -> None:
    long = "A very long phase name that goes on and on " * 2
    phases = [
        _phase(
            long,
            zone=Zone.FULL_BACK,
            stroke=Stroke.FINGERTIP_CIRCLES,
            duration_s=30,
            start=9.5,
            end=3.5,
        ),
        _phase(
            long, zone=Zone.FULL_BACK, stroke=Stroke.PALM_PRESS, duration_s=30, start=9.75, end=0.25
        ),
        _phase(
            long,
            zone=Zone.FULL_BACK,
            stroke=Stroke.THUMB_PRESSURE,
            duration_s=30,
            start=6.5,
            end=9.5,
        ),
        _phase(
            long,
            zone=Zone.FULL_BACK,
            stroke=Stroke.KNUCKLE_PRESSURE,
            duration_s=30,
            start=0.5,
            end=9.5,
        ),
    ]
    warnings = guide_warnings(phases)
    kinds = {
        "Start with",
        "jumps",
        "drops",
        "too steep",
        "first 5 minutes",
        "home massage",
        "press beside",
        "ends at",
        "End gently",
    }
    assert all(any(k in w.message for w in warnings) for k in kinds)
    for warning in warnings:
        assert len(warning.message) <= 90, warning.message
        assert "“A very long phase n…”" in warning.message
    early_light = guide_warnings(
        [
            _phase(long, zone=Zone.FULL_BACK, stroke=Stroke.GLIDING, start=1, end=2, duration_s=60),
            _phase(long, start=3.5, end=3.5),
            _phase(long, zone=Zone.FULL_BACK, stroke=Stroke.HOLD, start=3, end=0),
        ]
    )
    assert [w.phase_index for w in early_light] == [1]
    assert len(early_light[0].message) <= 90


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=20) | st.from_regex(r"\s*[0-9.:]{1,12}\s*[a-z]{0,7}\s*", fullmatch=True))
def test_any_typed_text_parses_or_explains(text: str) -> None:
    for parse in (parse_mss, parse_total_length):
        try:
            seconds = parse(text)
        except ValueError as exc:
            assert str(exc)
        else:
            assert math.isfinite(seconds) and seconds >= 0
