"""The public routine format: what the validator accepts, refuses, and says."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backmassage_gui.domain.routine import (
    MAX_FILE_BYTES,
    MAX_NAME_LEN,
    MAX_PHASE_S,
    MAX_PHASES,
    MIN_PHASE_S,
    Phase,
    Routine,
    RoutineError,
    load_routine_file,
    parse_json,
)
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone


def good_phase(**changes: Any) -> dict[str, Any]:
    phase: dict[str, Any] = {
        "name": "Warm-up glide",
        "zone": "full_back",
        "stroke": "gliding",
        "duration_s": 60,
        "pressure": {"start": 1, "end": 2},
        "cue": "Flat palms glide down the back",
    }
    phase.update(changes)
    return phase


def good_routine(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "backmassage-routine",
        "version": 1,
        "name": "Test routine",
        "description": "Two phases.",
        "phases": [
            good_phase(),
            good_phase(
                name="Shoulders",
                zone="shoulders",
                stroke="palm_circles",
                pressure={"start": 2, "end": 3},
            ),
        ],
    }
    data.update(changes)
    return data


def problems_for(data: object) -> list[str]:
    with pytest.raises(RoutineError) as caught:
        Routine.from_dict(data)
    assert caught.value.problems
    return caught.value.problems


def problems_for_text(text: str) -> list[str]:
    with pytest.raises(RoutineError) as caught:
        Routine.from_json(text)
    assert caught.value.problems
    return caught.value.problems


def with_phase(index: int, **changes: Any) -> dict[str, Any]:
    data = good_routine()
    data["phases"][index].update(changes)
    return data


def the_one(problems: list[str], path: str) -> str:
    """The single problem, which must start with ``path``."""
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{path}:"), problems
    return problems[0]


# --- what is accepted --------------------------------------------------------


def test_good_routine_loads() -> None:
    routine = Routine.from_dict(good_routine(), key="k")
    assert routine.name == "Test routine"
    assert routine.description == "Two phases."
    assert routine.key == "k"
    assert [p.zone for p in routine.phases] == [Zone.FULL_BACK, Zone.SHOULDERS]
    assert routine.phases[1].stroke is Stroke.PALM_CIRCLES
    assert routine.total_s == 120
    assert routine.peak_pressure == 3


def test_optional_keys_may_be_left_out() -> None:
    data = good_routine()
    del data["description"]
    del data["phases"][0]["cue"]
    routine = Routine.from_dict(data)
    assert routine.description == ""
    assert routine.phases[0].cue == ""
    assert routine.phases[0].instruction == Stroke.GLIDING.info.how


def test_fractional_numbers_are_fine() -> None:
    routine = Routine.from_dict(with_phase(0, duration_s=7.5, pressure={"start": 0.5, "end": 2.25}))
    assert routine.phases[0].duration_s == 7.5
    assert routine.phases[0].pressure.end == 2.25


def test_bounds_are_inclusive() -> None:
    shortest = Routine.from_dict(with_phase(0, duration_s=5, pressure={"start": 0, "end": 10}))
    assert shortest.phases[0].duration_s == MIN_PHASE_S == 5
    assert (shortest.phases[0].pressure.start, shortest.phases[0].pressure.end) == (0, 10)
    longest = Routine.from_dict(with_phase(0, duration_s=3600))
    assert longest.phases[0].duration_s == MAX_PHASE_S == 3600
    biggest = Routine.from_dict(
        good_routine(phases=[good_phase()] * MAX_PHASES, name="x" * MAX_NAME_LEN)
    )
    assert len(biggest.phases) == MAX_PHASES
    assert biggest.name == "x" * MAX_NAME_LEN


def test_json_text_round_trip() -> None:
    routine = Routine.from_dict(good_routine())
    text = routine.to_json()
    assert text.endswith("\n")
    assert Routine.from_json(text) == routine
    assert json.loads(text) == routine.to_dict()


# --- broken text -------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text(text: str) -> None:
    assert problems_for_text(text) == ["the file is empty"]


@pytest.mark.parametrize("text", ["{", "not json", '{"name": "x",}', "{'name': 'x'}"])
def test_not_json(text: str) -> None:
    problem = problems_for_text(text)[0]
    assert problem.startswith("not valid JSON")
    assert "line 1" in problem


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_refused(constant: str) -> None:
    text = json.dumps(with_phase(0)).replace('"duration_s": 60', f'"duration_s": {constant}')
    assert constant in text
    problems = problems_for_text(text)
    assert problems == [f"phases[0].duration_s: {constant} is not allowed; use an ordinary number"]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{"format": NaN}', "format"),
        ("NaN", "the file"),
        ('{"phases": [{"pressure": {"start": 1, "end": Infinity}}]}', "phases[0].pressure.end"),
        ('{"a": [1, [2, -Infinity]]}', "a[1][1]"),
    ],
)
def test_nan_and_infinity_say_where_they_stand(text: str, where: str) -> None:
    problems = problems_for_text(text)
    assert len(problems) == 1 and problems[0].startswith(f"{where}: ")


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """Some Windows editors save UTF-8 with a byte-order mark."""
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(with_phase(0)).encode("utf-8"))
    assert load_routine_file(path).phases[0].duration_s == 60
    assert Routine.from_json("\ufeff" + json.dumps(with_phase(0))).name


def test_overflowing_float_is_refused_not_infinite() -> None:
    text = json.dumps(with_phase(1)).replace('"duration_s": 60', '"duration_s": 1e400', 1)
    the_one(problems_for_text(text), "phases[0].duration_s")


def test_duplicate_keys_refused() -> None:
    text = '{"format": "backmassage-routine", "name": "a", "name": "b"}'
    problems = problems_for_text(text)
    assert problems == ["name: the key appears twice"]


def test_duplicate_keys_inside_a_phase_refused() -> None:
    text = json.dumps(good_routine()).replace(
        '"zone": "shoulders"', '"zone": "shoulders", "zone": "lower_back"'
    )
    assert "twice" in problems_for_text(text)[0]
    assert "zone" in problems_for_text(text)[0]


def test_deep_nesting_refused_without_recursion_error() -> None:
    text = "[" * 100_000 + "]" * 100_000
    assert problems_for_text(text) == ["nested too deeply to be a routine"]
    inside = json.dumps(good_routine(description="x")).replace('"x"', "[" * 40 + "]" * 40)
    assert problems_for_text(inside) == ["nested too deeply to be a routine"]


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    name = "[" * 50 + '\\"{' * 10
    text = json.dumps(good_routine()).replace('"Test routine"', f'"{name}"')
    routine = Routine.from_json(text)
    assert routine.name.startswith("[[[")


def test_source_is_named_in_the_message() -> None:
    with pytest.raises(RoutineError) as caught:
        Routine.from_json("", source="mine.json")
    assert str(caught.value) == "mine.json: the file is empty"
    assert caught.value.source == "mine.json"


# --- wrong shapes ------------------------------------------------------------


@pytest.mark.parametrize("value", [[], "text", 3, None, True])
def test_top_level_must_be_an_object(value: object) -> None:
    problems = problems_for(value)
    assert len(problems) == 1
    assert "must hold a JSON object" in problems[0]


@pytest.mark.parametrize("key", ["format", "version", "name", "phases"])
def test_missing_required_key(key: str) -> None:
    data = good_routine()
    del data[key]
    problem = the_one(problems_for(data), key)
    assert "nothing" in problem


@pytest.mark.parametrize("key", ["name", "zone", "stroke", "duration_s", "pressure"])
def test_missing_phase_key(key: str) -> None:
    data = good_routine()
    del data["phases"][1][key]
    problem = the_one(problems_for(data), f"phases[1].{key}")
    assert "nothing" in problem


@pytest.mark.parametrize("key", ["start", "end"])
def test_missing_pressure_key(key: str) -> None:
    data = good_routine()
    del data["phases"][1]["pressure"][key]
    the_one(problems_for(data), f"phases[1].pressure.{key}")


def test_unknown_keys_at_every_level() -> None:
    data = good_routine(author="me")
    data["phases"][1]["speed"] = 3
    data["phases"][0]["pressure"]["middle"] = 2
    problems = problems_for(data)
    assert len(problems) == 3
    assert problems[0].startswith("author: unknown key (allowed:")
    assert "phases" in problems[0]
    assert any(p.startswith("phases[0].pressure.middle: unknown key") for p in problems)
    assert any(p.startswith("phases[1].speed: unknown key") for p in problems)


def test_every_problem_is_reported_at_once() -> None:
    data = good_routine(format="other", version=0)
    data["phases"][0]["zone"] = "neck"
    data["phases"][1]["duration_s"] = 0
    problems = problems_for(data)
    starts = [p.split(":", 1)[0] for p in problems]
    assert starts == ["format", "version", "phases[0].zone", "phases[1].duration_s"]


def test_wrong_format_name() -> None:
    problem = the_one(problems_for(good_routine(format="massage")), "format")
    assert '"backmassage-routine"' in problem
    assert '"massage"' in problem


@pytest.mark.parametrize("version", [0, -1, "1", True, None, [1]])
def test_wrong_version(version: object) -> None:
    problem = the_one(problems_for(good_routine(version=version)), "version")
    assert "must be 1" in problem


@pytest.mark.parametrize("version", [2, 1.5, 99])
def test_newer_version_says_so(version: float) -> None:
    data = good_routine(version=version, format="future", extra=1)
    problems = problems_for(data)
    assert len(problems) == 1  # nothing else matters if the app is too old
    assert problems[0].startswith("version:")
    assert "newer version" in problems[0]
    assert "update" in problems[0]


def test_version_as_whole_float_is_accepted() -> None:
    assert Routine.from_dict(good_routine(version=1.0)).name == "Test routine"


def test_spine_is_refused_pointing_at_spine_sides() -> None:
    problem = the_one(problems_for(with_phase(1, zone="spine")), "phases[1].zone")
    assert "spine_sides" in problem
    assert "never" in problem


@pytest.mark.parametrize("zone", ["neck", "Full_Back", "", 3, None, ["full_back"]])
def test_unknown_zone(zone: object) -> None:
    problem = the_one(problems_for(with_phase(0, zone=zone)), "phases[0].zone")
    assert all(z.value in problem for z in Zone)


@pytest.mark.parametrize("stroke", ["punch", "GLIDING", 1, False])
def test_unknown_stroke(stroke: object) -> None:
    problem = the_one(problems_for(with_phase(1, stroke=stroke)), "phases[1].stroke")
    assert all(s.value in problem for s in Stroke)


@pytest.mark.parametrize(
    "duration", [True, False, "60", None, [60], {"s": 60}, 0, 4.99, -5, 3600.5, 10_000]
)
def test_bad_duration(duration: object) -> None:
    problem = the_one(problems_for(with_phase(1, duration_s=duration)), "phases[1].duration_s")
    assert "5 to 3600" in problem


@pytest.mark.parametrize("level", [True, "3", None, -0.1, 10.5, 11, [3]])
@pytest.mark.parametrize("key", ["start", "end"])
def test_bad_pressure_level(key: str, level: object) -> None:
    data = good_routine()
    data["phases"][1]["pressure"][key] = level
    problem = the_one(problems_for(data), f"phases[1].pressure.{key}")
    assert "0 to 10" in problem


@pytest.mark.parametrize("pressure", [3, "light", [1, 2], None])
def test_pressure_must_be_an_object(pressure: object) -> None:
    problem = the_one(problems_for(with_phase(0, pressure=pressure)), "phases[0].pressure")
    assert '"start"' in problem


@pytest.mark.parametrize("phases", [[], [good_phase()] * (MAX_PHASES + 1)])
def test_phase_count_limits(phases: list[object]) -> None:
    problem = the_one(problems_for(good_routine(phases=phases)), "phases")
    assert f"1 to {MAX_PHASES}" in problem
    assert f"got {len(phases)}" in problem


@pytest.mark.parametrize("phases", [None, {"0": good_phase()}, "phases", 5])
def test_phases_must_be_a_list(phases: object) -> None:
    the_one(problems_for(good_routine(phases=phases)), "phases")


@pytest.mark.parametrize("phase", [None, "glide", 3, [good_phase()]])
def test_each_phase_must_be_an_object(phase: object) -> None:
    data = good_routine()
    data["phases"][1] = phase
    problem = the_one(problems_for(data), "phases[1]")
    assert "must be an object" in problem


def test_over_long_name_refused() -> None:
    problem = the_one(problems_for(good_routine(name="x" * (MAX_NAME_LEN + 1))), "name")
    assert str(MAX_NAME_LEN) in problem
    the_one(problems_for(with_phase(1, name="y" * (MAX_NAME_LEN + 1))), "phases[1].name")
    the_one(problems_for(with_phase(0, cue="z" * 161)), "phases[0].cue")
    the_one(problems_for(good_routine(description="d" * 2001)), "description")


@pytest.mark.parametrize("name", ["", "   ", 7, True, None, ["a"]])
def test_blank_or_non_text_name_refused(name: object) -> None:
    the_one(problems_for(good_routine(name=name)), "name")
    the_one(problems_for(with_phase(1, name=name)), "phases[1].name")


@pytest.mark.parametrize("cue", [5, False, ["x"], {"x": 1}])
def test_non_text_cue_refused(cue: object) -> None:
    the_one(problems_for(with_phase(1, cue=cue)), "phases[1].cue")


def test_text_is_trimmed() -> None:
    routine = Routine.from_dict(with_phase(0, name="  Glide  ", cue=" Palms down "))
    assert routine.phases[0].name == "Glide"
    assert routine.phases[0].cue == "Palms down"


def test_long_values_are_shortened_in_messages() -> None:
    problem = the_one(problems_for(with_phase(0, zone="q" * 500)), "phases[0].zone")
    assert "q" * 100 not in problem
    assert "..." in problem


def test_phase_from_dict_names_its_own_path() -> None:
    with pytest.raises(RoutineError) as caught:
        Phase.from_dict(good_phase(duration_s="long"), where="phases[4]")
    assert caught.value.problems[0].startswith("phases[4].duration_s:")
    assert Phase.from_dict(good_phase()).zone is Zone.FULL_BACK


def test_parse_json_on_its_own() -> None:
    assert parse_json('{"a": [1, 2.5, null, true]}') == {"a": [1, 2.5, None, True]}
    with pytest.raises(RoutineError):
        parse_json('{"a": 1, "a": 2}')


# --- integers too large for a float ----------------------------------------


def test_huge_integer_is_a_routine_error() -> None:
    problems = problems_for(with_phase(0, duration_s=10**400))
    assert any("phases[0].duration_s" in p for p in problems)


def test_integer_with_too_many_digits_is_a_routine_error() -> None:
    text = json.dumps(good_routine()).replace('"duration_s": 60', '"duration_s": ' + "9" * 5000)
    with pytest.raises(RoutineError):
        Routine.from_json(text)


# --- files -------------------------------------------------------------------


def test_load_good_file(tmp_path: Path) -> None:
    path = tmp_path / "my-evening.json"
    path.write_text(json.dumps(good_routine(), indent=2), encoding="utf-8")
    routine = load_routine_file(path)
    assert routine.key == "my-evening"
    assert not routine.builtin
    assert load_routine_file(path, builtin=True).builtin


def test_load_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    text = json.dumps(good_routine(name="Détente"), ensure_ascii=False)
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(RoutineError) as caught:
        load_routine_file(path)
    assert caught.value.problems[0].startswith("not UTF-8 text (bad byte at position ")
    assert caught.value.source == str(path)


def test_load_over_one_mebibyte_file(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    filler = " " * MAX_FILE_BYTES
    path.write_text(json.dumps(good_routine()) + filler, encoding="utf-8")
    with pytest.raises(RoutineError) as caught:
        load_routine_file(path)
    assert "at most 1048576 bytes" in caught.value.problems[0]


def test_load_exactly_one_mebibyte_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "edge.json"
    body = json.dumps(good_routine())
    path.write_text(body + " " * (MAX_FILE_BYTES - len(body)), encoding="utf-8")
    assert path.stat().st_size == MAX_FILE_BYTES
    assert load_routine_file(path).name == "Test routine"


def test_load_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.json"
    with pytest.raises(RoutineError) as caught:
        load_routine_file(path)
    assert caught.value.problems == ["no such file"]
    assert str(path) in str(caught.value)


def test_load_a_folder(tmp_path: Path) -> None:
    with pytest.raises(RoutineError) as caught:
        load_routine_file(tmp_path)
    assert caught.value.problems[0].startswith("cannot read the file:")


def test_load_broken_file_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    data = good_routine()
    data["phases"][1]["duration_s"] = "ten"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RoutineError) as caught:
        load_routine_file(path)
    assert str(caught.value).startswith(f"{path}: phases[1].duration_s:")


# --- property tests ----------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=30,
)

ZONE_NAMES = [z.value for z in Zone] + ["spine"]
STROKE_NAMES = [s.value for s in Stroke]


def _near(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly a plausible value, sometimes anything at all."""
    return st.one_of(good, good, json_values)


near_pressure = _near(
    st.fixed_dictionaries(
        {},
        optional={
            "start": _near(st.floats(-1, 11)),
            "end": _near(st.integers(-1, 11)),
            "x": json_values,
        },
    )
)
near_phase = _near(
    st.fixed_dictionaries(
        {},
        optional={
            "name": _near(st.text(max_size=90)),
            "zone": _near(st.sampled_from(ZONE_NAMES)),
            "stroke": _near(st.sampled_from(STROKE_NAMES)),
            "duration_s": _near(st.floats(0, 4000) | st.integers(0, 4000)),
            "pressure": near_pressure,
            "cue": _near(st.text(max_size=170)),
            "extra": json_values,
        },
    )
)
near_routine = st.fixed_dictionaries(
    {},
    optional={
        "format": _near(st.just("backmassage-routine")),
        "version": _near(st.sampled_from([1, 1.0, 2, 0])),
        "name": _near(st.text(max_size=90)),
        "description": _near(st.text(max_size=50)),
        "phases": _near(st.lists(near_phase, max_size=4)),
        "extra": json_values,
    },
)


def _returns_routine_or_routine_error(data: object) -> None:
    try:
        result = Routine.from_dict(data)
    except RoutineError as exc:
        assert exc.problems
        assert all(isinstance(p, str) and p for p in exc.problems)
    else:
        assert isinstance(result, Routine)
        assert Routine.from_dict(result.to_dict()) == result


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_json_value_gives_routine_or_routine_error(data: object) -> None:
    _returns_routine_or_routine_error(data)


@settings(max_examples=300, deadline=None)
@given(near_routine)
def test_almost_routines_give_routine_or_routine_error(data: object) -> None:
    _returns_routine_or_routine_error(data)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_any_json_text_gives_routine_or_routine_error(data: object) -> None:
    try:
        result = Routine.from_json(json.dumps(data))
    except RoutineError as exc:
        assert exc.problems
    else:
        assert isinstance(result, Routine)


texts = st.text(min_size=1, max_size=28).filter(lambda s: s.strip() == s and s != "")
levels = st.floats(0, 10) | st.integers(0, 10)
valid_phase = st.fixed_dictionaries(
    {
        "name": texts,
        "zone": st.sampled_from([z.value for z in Zone]),
        "stroke": st.sampled_from(STROKE_NAMES),
        "duration_s": st.integers(5, 3600) | st.floats(5, 3600),
        "pressure": st.fixed_dictionaries({"start": levels, "end": levels}),
    },
    optional={"cue": texts},
)


@settings(max_examples=200, deadline=None)
@given(
    phases=st.lists(valid_phase, min_size=1, max_size=8), name=texts, description=st.none() | texts
)
def test_valid_routines_round_trip(
    phases: list[dict[str, Any]], name: str, description: str | None
) -> None:
    data: dict[str, Any] = {
        "format": "backmassage-routine",
        "version": 1,
        "name": name,
        "phases": copy.deepcopy(phases),
    }
    if description is not None:
        data["description"] = description
    routine = Routine.from_dict(data)
    again = routine.to_dict()
    assert again == data
    assert Routine.from_dict(again) == routine
    assert Routine.from_json(routine.to_json()) == routine
    for phase in routine.phases:
        assert Phase.from_dict(phase.to_dict()) == phase
