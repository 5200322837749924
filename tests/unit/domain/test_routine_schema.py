"""The published JSON Schema (assets/routine.schema.json) agrees with the app.

``Routine.from_dict`` is the rule; the schema is for people editing routine
files by hand (editors use it to complete and underline). Both must accept and
refuse exactly the same JSON values. The shared corpus in tests/data/routines
holds valid files (``good/``) and files wrong in one way each (``bad/``, named
for what is wrong).

Out of the schema's scope, because ``parse_json`` / ``load_routine_file`` check
them before or while the text is parsed, so the schema never sees them: file
size (at most ``MAX_FILE_BYTES``), UTF-8, an empty file, duplicate keys, NaN and
Infinity, integers too long to parse, and nesting deeper than 32.
``test_checked_before_parsing_*`` pins each of these gaps down.

Two of the code's rules are easy to get wrong in a schema, and are spelled out
in it: text lengths are counted as written, *before* ``strip()`` (so an
80-character name plus a trailing space is refused), and "blank" means every
character is Python whitespace (``str.isspace``), which is not the same set as
a regex ``\\s``. The optional texts (description, cue) may be null, which the
code reads as absent.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from backmassage_gui import resources
from backmassage_gui.domain.pressure import MAX_LEVEL, MIN_LEVEL
from backmassage_gui.domain.routine import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_CUE_LEN,
    MAX_DESCRIPTION_LEN,
    MAX_FILE_BYTES,
    MAX_NAME_LEN,
    MAX_PHASE_S,
    MAX_PHASES,
    MIN_PHASE_S,
    Routine,
    RoutineError,
    load_routine_file,
    parse_json,
)
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone

SCHEMA: dict[str, Any] = json.loads(resources.read_text("routine.schema.json"))
VALIDATOR = Draft202012Validator(SCHEMA)
CORPUS = Path(__file__).resolve().parents[2] / "data" / "routines"
GOOD_FILES = sorted((CORPUS / "good").glob("*.json"))
BAD_FILES = sorted((CORPUS / "bad").glob("*.json"))
PHASE = SCHEMA["$defs"]["phase"]
PRESSURE = PHASE["properties"]["pressure"]


def schema_accepts(data: object) -> bool:
    return VALIDATOR.is_valid(data)


def code_accepts(data: object) -> bool:
    try:
        Routine.from_dict(data)
    except RoutineError:
        return False
    return True


def read(path: Path) -> object:
    return json.loads(path.read_text(encoding="utf-8"))


# The schema itself ---------------------------------------------------------


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$id"].startswith("https://")
    assert SCHEMA["title"]
    assert "$comment" in SCHEMA


def _object_schemas(node: object) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if "properties" in node:
            found.append(node)
        for value in node.values():
            found.extend(_object_schemas(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_object_schemas(value))
    return found


def test_every_object_is_closed_and_every_property_is_described() -> None:
    objects = _object_schemas(SCHEMA)
    assert len(objects) == 3  # routine, phase, pressure
    for obj in objects:
        assert obj["type"] == "object"
        assert obj["additionalProperties"] is False
        for name, prop in obj["properties"].items():
            assert prop.get("description"), name


def test_schema_keys_and_bounds_match_the_code() -> None:
    top = SCHEMA["properties"]
    text = SCHEMA["$defs"]["requiredText"]
    assert set(top) == {"format", "version", "name", "description", "phases"}
    assert set(SCHEMA["required"]) == {"format", "version", "name", "phases"}
    assert set(PHASE["properties"]) == {"name", "zone", "stroke", "duration_s", "pressure", "cue"}
    assert set(PHASE["required"]) == {"name", "zone", "stroke", "duration_s", "pressure"}
    assert set(PRESSURE["required"]) == set(PRESSURE["properties"]) == {"start", "end"}
    assert top["format"]["const"] == FORMAT_NAME
    assert top["version"]["const"] == FORMAT_VERSION
    assert text["maxLength"] == MAX_NAME_LEN
    assert top["description"]["maxLength"] == MAX_DESCRIPTION_LEN
    assert PHASE["properties"]["cue"]["maxLength"] == MAX_CUE_LEN
    assert (top["phases"]["minItems"], top["phases"]["maxItems"]) == (1, MAX_PHASES)
    duration = PHASE["properties"]["duration_s"]
    assert (duration["minimum"], duration["maximum"]) == (MIN_PHASE_S, MAX_PHASE_S)
    for key in ("start", "end"):
        level = PRESSURE["properties"][key]
        assert (level["minimum"], level["maximum"]) == (MIN_LEVEL, MAX_LEVEL)
    assert PHASE["properties"]["zone"]["enum"] == [zone.value for zone in Zone]
    assert "spine" not in PHASE["properties"]["zone"]["enum"]
    assert PHASE["properties"]["stroke"]["enum"] == [stroke.value for stroke in Stroke]


def test_non_blank_pattern_is_exactly_pythons_idea_of_non_whitespace() -> None:
    # The code refuses a name when ``not value.strip()``, i.e. when every
    # character is ``str.isspace()``. The schema's pattern must find a
    # character exactly when one is not whitespace, for every code point.
    pattern = re.compile(SCHEMA["$defs"]["requiredText"]["pattern"])
    wrong = [
        hex(cp)
        for cp in range(sys.maxunicode + 1)
        if (pattern.search(chr(cp)) is None) != chr(cp).isspace()
    ]
    assert wrong == []


# The shared corpus ---------------------------------------------------------


def test_corpus_is_there() -> None:
    assert len(GOOD_FILES) >= 8
    assert len(BAD_FILES) >= 25


@pytest.mark.parametrize("path", GOOD_FILES, ids=lambda p: p.stem)
def test_good_file_passes_schema_and_code(path: Path) -> None:
    data = read(path)
    errors = [e.message for e in VALIDATOR.iter_errors(data)]
    assert errors == []
    Routine.from_dict(data)
    load_routine_file(path)  # the whole path the app takes, parse_json included


@pytest.mark.parametrize("path", GOOD_FILES, ids=lambda p: p.stem)
def test_good_file_round_trips_into_a_valid_file(path: Path) -> None:
    routine = Routine.from_dict(read(path))
    written = routine.to_dict()
    errors = [e.message for e in VALIDATOR.iter_errors(written)]
    assert errors == []
    assert Routine.from_dict(written) == routine
    assert Routine.from_json(routine.to_json()) == routine


@pytest.mark.parametrize("path", BAD_FILES, ids=lambda p: p.stem)
def test_bad_file_fails_schema_and_code(path: Path) -> None:
    data = read(path)
    assert not schema_accepts(data)
    with pytest.raises(RoutineError):
        Routine.from_dict(data)
    with pytest.raises(RoutineError):
        load_routine_file(path)


def test_bundled_routines_pass_the_schema() -> None:
    entries = [e for e in resources.list_dir("routines") if e.name.endswith(".json")]
    assert entries
    for entry in entries:
        errors = [e.message for e in VALIDATOR.iter_errors(json.loads(entry.read_text("utf-8")))]
        assert errors == [], entry.name


# Rules the code checks while parsing, out of the schema's scope -------------

MINIMAL = (CORPUS / "good" / "minimal.json").read_text(encoding="utf-8")


def test_checked_before_parsing_duplicate_keys() -> None:
    text = MINIMAL.replace('"name": "Minimal"', '"name": "Minimal", "name": "Again"', 1)
    assert schema_accepts(json.loads(text))  # a plain parser keeps the last one
    with pytest.raises(RoutineError, match="appears twice"):
        parse_json(text)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_checked_before_parsing_nan_and_infinity(constant: str) -> None:
    text = MINIMAL.replace('"start": 1', f'"start": {constant}', 1)
    assert text != MINIMAL
    # A NaN compares false with every bound, so a schema validator lets it
    # through; the app's parser refuses all three constants.
    if constant == "NaN":
        assert schema_accepts(json.loads(text))
    with pytest.raises(RoutineError, match="not allowed"):
        parse_json(text)


def test_checked_before_parsing_nesting_depth() -> None:
    text = MINIMAL.replace('"name": "Minimal"', '"name": ' + "[" * 40 + "]" * 40, 1)
    assert not schema_accepts(json.loads(text))  # refused either way, but by the parser first
    with pytest.raises(RoutineError, match="nested too deeply"):
        parse_json(text)


def test_checked_before_parsing_file_size(tmp_path: Path) -> None:
    path = tmp_path / "padded.json"
    path.write_text(MINIMAL + " " * MAX_FILE_BYTES, encoding="utf-8")
    assert schema_accepts(json.loads(path.read_text(encoding="utf-8")))
    with pytest.raises(RoutineError, match="at most"):
        load_routine_file(path)


# Schema and code agree on near-valid routines -------------------------------

BLANKS = " \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2003\u2028\u202f\u205f\u3000"
ALPHABET = st.sampled_from("abcXYZ 0-é漢🙂" + BLANKS + "\ufeff\u200b")


def _text(max_size: int) -> st.SearchStrategy[str]:
    return st.text(ALPHABET, max_size=max_size) | st.builds(
        lambda core, pad: core + pad,
        st.text(ALPHABET, min_size=1, max_size=4),
        st.sampled_from([""] + [ch * n for ch in " \xa0" for n in (max_size - 4, max_size)]),
    )


def _number(low: float, high: float) -> st.SearchStrategy[int | float]:
    return st.integers(int(low), int(high)) | st.floats(low, high)


names = _text(MAX_NAME_LEN).filter(lambda s: bool(s.strip()) and len(s) <= MAX_NAME_LEN)
pressures = st.fixed_dictionaries(
    {"start": _number(MIN_LEVEL, MAX_LEVEL), "end": _number(MIN_LEVEL, MAX_LEVEL)}
)
phases = st.fixed_dictionaries(
    {
        "name": names,
        "zone": st.sampled_from([z.value for z in Zone]),
        "stroke": st.sampled_from([s.value for s in Stroke]),
        "duration_s": _number(MIN_PHASE_S, MAX_PHASE_S),
        "pressure": pressures,
    },
    optional={"cue": st.none() | _text(MAX_CUE_LEN).filter(lambda s: len(s) <= MAX_CUE_LEN)},
)
routines = st.fixed_dictionaries(
    {
        "format": st.just(FORMAT_NAME),
        "version": st.sampled_from([1, 1.0]),
        "name": names,
        "phases": st.lists(phases, min_size=1, max_size=4),
    },
    optional={"description": st.none() | st.text(ALPHABET, max_size=40)},
)

KEY_POOL = [
    "format",
    "version",
    "name",
    "description",
    "phases",
    "zone",
    "stroke",
    "duration_s",
    "pressure",
    "cue",
    "start",
    "end",
    "Name",
    "duration",
    "peak",
    "notes",
    "",
    " name",
]


def _texts_around(limit: int) -> list[str]:
    """Text just inside and just outside a length limit, padded and blank."""
    return [ch * n for ch in "x " for n in (limit - 1, limit, limit + 1)] + [
        "x" * limit + " ",
        " " + "x" * (limit - 1),
        "\t" + "x" * limit,
        "x" * (limit - 1) + "\u3000",
        "\u3000" * limit,
    ]


BLANKISH_TEXTS = [
    "",
    " ",
    "\t\n",
    "\u3000\xa0",
    "\x1c",
    "\x85",
    "\ufeff",
    "\u200b",
    " x ",
    "é",
    "🙂",
]
NOT_TEXT: list[object] = [None, True, False, 0, 1, 7.5, [], ["x"], {}, {"text": "x"}]
EDGE_BY_KEY: dict[str, list[object]] = {
    "format": [
        FORMAT_NAME,
        FORMAT_NAME.upper(),
        FORMAT_NAME + " ",
        "backmassage-routines",
        "",
        None,
        1,
        True,
        [FORMAT_NAME],
    ],
    "version": [
        1,
        1.0,
        0,
        0.999,
        1.5,
        2,
        2.0,
        -1,
        10**400,
        "1",
        "1.0",
        True,
        False,
        None,
        [1],
        {"major": 1},
    ],
    "name": _texts_around(MAX_NAME_LEN) + BLANKISH_TEXTS + NOT_TEXT,
    "description": _texts_around(MAX_DESCRIPTION_LEN) + BLANKISH_TEXTS + NOT_TEXT,
    "cue": _texts_around(MAX_CUE_LEN) + BLANKISH_TEXTS + NOT_TEXT,
    "zone": [z.value for z in Zone]
    + [
        "spine",
        "Spine",
        "spine_side",
        "shoulders ",
        "Lower back",
        "",
        None,
        1,
        True,
        ["shoulders"],
    ],
    "stroke": [s.value for s in Stroke]
    + ["tapping", "Kneading", "kneading ", "palm circles", "", None, 3, False, {"stroke": "fan"}],
    "duration_s": [
        5,
        5.0,
        4.999999,
        4,
        0,
        -5,
        3600,
        3600.0,
        3600.000001,
        3601,
        60,
        7.5,
        1e299,
        10**300,
        -(10**400),
        "60",
        "",
        True,
        False,
        None,
        [60],
        {"s": 60},
    ],
    "start": [
        0,
        0.0,
        -0.0,
        -0.000001,
        -1,
        10,
        10.0,
        10.000001,
        11,
        5.5,
        10**400,
        "3",
        True,
        False,
        None,
        [3],
    ],
    "pressure": [
        {"start": 1, "end": 2},
        {"start": 1},
        {"end": 2},
        {},
        [1, 2],
        3,
        "3",
        None,
        True,
        {"start": 1, "end": 2, "peak": 3},
        {"Start": 1, "end": 2},
    ],
    "phases": [[], [None], ["x"], [[]], {}, None, "x", 1, True],
}
EDGE_BY_KEY["end"] = EDGE_BY_KEY["start"]

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
replacements = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-100, 4000),
    st.floats(-20, 4000),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(ALPHABET, max_size=10),
    phases,
    pressures,
    json_values,
)


def _value_for(key: str) -> st.SearchStrategy[object]:
    """A value for ``key``: one chosen to sit on an edge of its rule, or anything."""
    edges = EDGE_BY_KEY.get(key)
    if edges is None:
        return replacements
    # Copies, so that a later mutation cannot change the shared edge values.
    return st.sampled_from(edges).map(copy.deepcopy) | replacements


def _dict_nodes(data: object) -> list[dict[str, Any]]:
    """Every object in the document, the routine itself included."""
    found: list[dict[str, Any]] = []
    if isinstance(data, dict):
        found.append(data)
        for value in data.values():
            found.extend(_dict_nodes(value))
    elif isinstance(data, list):
        for value in data:
            found.extend(_dict_nodes(value))
    return found


def _mutate(data: dict[str, Any], draw: st.DrawFn) -> tuple[object, str]:
    kind = draw(st.sampled_from(["drop", "add", "replace", "replace", "resize", "retype"]))
    nodes = _dict_nodes(data)
    node = draw(st.sampled_from(nodes))
    if kind == "drop" and node:
        key = draw(st.sampled_from(sorted(node)))
        del node[key]
        return data, f"drop {key}"
    if kind == "add":
        key = draw(st.sampled_from(KEY_POOL))
        node[key] = draw(_value_for(key))
        return data, f"add {key}"
    if kind == "resize" and isinstance(data.get("phases"), list) and data["phases"]:
        size = draw(st.sampled_from([0, 1, MAX_PHASES - 1, MAX_PHASES, MAX_PHASES + 1]))
        first = data["phases"][0]
        data["phases"] = [copy.deepcopy(first) for _ in range(size)]
        return data, f"resize phases to {size}"
    if kind == "retype":
        # The whole routine, a phase or a pressure replaced by another kind of value.
        if draw(st.booleans()):
            return draw(replacements), "replace the whole routine"
        lists = [v for v in data.values() if isinstance(v, list) and v]
        if lists:
            target = draw(st.sampled_from(lists))
            index = draw(st.integers(0, len(target) - 1))
            target[index] = draw(_value_for("phases") | phases)
            return data, f"replace list item {index}"
    if node:
        key = draw(st.sampled_from(sorted(node)))
        node[key] = draw(_value_for(key))
        return data, f"replace {key}"
    return data, "no change"


@st.composite
def near_valid_routines(draw: st.DrawFn) -> tuple[object, list[str]]:
    data: object = draw(routines)
    steps: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        if not isinstance(data, dict):
            break
        data, step = _mutate(data, draw)
        steps.append(step)
    return data, steps


@settings(max_examples=600, deadline=None)
@given(near_valid_routines())
def test_schema_and_code_agree_on_near_valid_routines(case: tuple[object, list[str]]) -> None:
    data, steps = case
    by_schema = schema_accepts(data)
    by_code = code_accepts(data)
    assert by_schema == by_code, (
        f"schema {'accepts' if by_schema else 'refuses'}, code "
        f"{'accepts' if by_code else 'refuses'} after {steps}: "
        f"{[e.message for e in VALIDATOR.iter_errors(data)]}"
    )
    # Written out as JSON and read back the app's way, nothing changes.
    text = json.dumps(data, ensure_ascii=False)
    try:
        read_back = Routine.from_json(text)
    except RoutineError:
        assert not by_code
    else:
        assert by_code and read_back == Routine.from_dict(data)
        assert schema_accepts(read_back.to_dict())


@settings(max_examples=200, deadline=None)
@given(routines)
def test_generated_valid_routines_pass_both(data: dict[str, Any]) -> None:
    assert schema_accepts(data), [e.message for e in VALIDATOR.iter_errors(data)]
    assert code_accepts(data)


def _single_edits() -> list[tuple[str, object]]:
    """Every one-step edit of a full valid routine: each key dropped, each key
    (known or not) added or replaced at every level with each of its edge
    values, each phase replaced by a non-phase, the phase count at its limits,
    and the whole document replaced by another kind of value. Hypothesis finds
    combinations; this makes sure no single rare value is left to chance."""
    base = read(CORPUS / "good" / "optional-fields-present.json")
    assert isinstance(base, dict)
    places: list[tuple[str, tuple[str | int, ...]]] = [("", ())]
    for index in range(len(base["phases"])):
        places += [
            (f"phases[{index}].", ("phases", index)),
            (f"phases[{index}].pressure.", ("phases", index, "pressure")),
        ]
    edits: list[tuple[str, object]] = []

    def edited(path: tuple[str | int, ...]) -> tuple[dict[str, Any], Any]:
        data = copy.deepcopy(base)
        node: Any = data
        for step in path:
            node = node[step]
        return data, node

    for label, path in places:
        _, original = edited(path)
        for key in sorted(original):
            data, node = edited(path)
            del node[key]
            edits.append((f"drop {label}{key}", data))
        for key in KEY_POOL:
            for value in EDGE_BY_KEY.get(key, [None, 1, "x"]):
                data, node = edited(path)
                node[key] = copy.deepcopy(value)
                edits.append((f"set {label}{key} = {value!r:.40}", data))
    for index in range(len(base["phases"])):
        for value in EDGE_BY_KEY["phases"]:
            data = copy.deepcopy(base)
            data["phases"][index] = copy.deepcopy(value)
            edits.append((f"set phases[{index}] = {value!r}", data))
    for size in (0, 1, MAX_PHASES - 1, MAX_PHASES, MAX_PHASES + 1):
        data = copy.deepcopy(base)
        data["phases"] = [copy.deepcopy(base["phases"][0]) for _ in range(size)]
        edits.append((f"{size} phases", data))
    for value in [None, True, 1, "x", [], [base]]:
        edits.append((f"document = {value!r:.40}", value))
    return edits


def test_schema_and_code_agree_on_every_single_edit() -> None:
    edits = _single_edits()
    assert len(edits) > 1000
    disagreements = [
        f"{label}: schema {'accepts' if schema_accepts(data) else 'refuses'}"
        for label, data in edits
        if schema_accepts(data) != code_accepts(data)
    ]
    assert disagreements == []
