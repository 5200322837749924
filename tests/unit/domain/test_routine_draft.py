from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain.routine import Routine, RoutineError
from backmassage_gui.domain.routine_draft import COLUMNS, PhaseRow, RoutineDraft


@pytest.fixture
def tension() -> Routine:
    routine = load_builtin_library().get("tension-relief")
    assert routine is not None
    return routine


def test_round_trip_through_a_draft_is_lossless(tension: Routine) -> None:
    draft = RoutineDraft.from_routine(tension)
    assert draft.valid
    assert draft.to_routine() == tension
    assert draft.rows[0].duration == "2:30"
    assert draft.total_s() == tension.total_s


def test_bad_cells_are_named_with_plain_reasons(tension: Routine) -> None:
    draft = RoutineDraft.from_routine(tension)
    draft = draft.with_cell(1, "duration", "2:7O")
    draft = draft.with_cell(2, "start", "firm")
    draft = draft.with_cell(3, "end", "12")
    draft = draft.with_cell(4, "zone", "spine")
    draft = draft.with_cell(5, "name", "   ")
    draft = draft.with_cell(6, "duration", "0:02")
    problems = draft.cell_problems()
    assert set(problems) == {
        (1, "duration"),
        (2, "start"),
        (3, "end"),
        (4, "zone"),
        (5, "name"),
        (6, "duration"),
    }
    assert "spine_sides" in problems[(4, "zone")]
    assert "0:05" in problems[(6, "duration")]
    assert not draft.valid
    with pytest.raises(RoutineError) as caught:
        draft.to_routine()
    assert any(line.startswith("row 2, length (m:ss)") for line in caught.value.problems)
    assert draft.warnings() == []  # not judged until valid


def test_routine_level_problems() -> None:
    draft = RoutineDraft(" ", ())
    assert draft.routine_problems() == ["Give the routine a name.", "Add at least one phase."]
    assert not draft.valid


def test_row_operations(tension: Routine) -> None:
    draft = RoutineDraft.from_routine(tension)
    n = len(draft.rows)
    assert len(draft.inserted(0).rows) == n + 1
    assert draft.inserted(0).rows[0] == PhaseRow()
    dup = draft.duplicated(2)
    assert dup.rows[2] == dup.rows[3] == draft.rows[2]
    assert draft.removed(0).rows == draft.rows[1:]
    moved = draft.moved(0, 3)
    assert moved.rows[3] == draft.rows[0]
    assert moved.rows[0] == draft.rows[1]
    assert sorted(map(repr, moved.rows)) == sorted(map(repr, draft.rows))
    assert draft.moved(n - 1, 100).rows[-1] == draft.rows[-1]


def test_fit_keeps_the_total_exact(tension: Routine) -> None:
    fitted = RoutineDraft.from_routine(tension).fitted(20 * 60)
    assert fitted.total_s() == 1200
    assert fitted.valid
    assert [r.name for r in fitted.rows] == [p.name for p in tension.phases]


def test_guide_warnings_come_through(tension: Routine) -> None:
    draft = RoutineDraft.from_routine(tension)
    assert draft.warnings() == []
    harsh = draft.with_cell(0, "start", "7").with_cell(0, "end", "8")
    assert harsh.valid
    assert harsh.warnings()


def test_raw_form_keeps_even_invalid_text(tension: Routine) -> None:
    draft = RoutineDraft.from_routine(tension).with_cell(1, "duration", "2:7O")
    raw = json.loads(json.dumps(draft.to_raw()))
    back = RoutineDraft.from_raw(raw)
    assert back == draft
    assert back.key == draft.key and back.builtin == draft.builtin
    bad: object
    for bad in (None, [], {"rows": "x"}, {"rows": [["a"]]}, {"rows": [], "name": 3}):
        with pytest.raises(ValueError):
            RoutineDraft.from_raw(bad)


cell_text = st.text(max_size=12)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(*[cell_text] * len(COLUMNS)), max_size=6), st.text(max_size=10))
def test_any_typing_gives_problems_or_a_routine_never_a_crash(
    rows: list[tuple[str, ...]], name: str
) -> None:
    draft = RoutineDraft(name, tuple(PhaseRow(*cells) for cells in rows))
    problems = draft.cell_problems()
    if draft.valid:
        assert isinstance(draft.to_routine(), Routine)
    else:
        assert problems or draft.routine_problems()
        with pytest.raises(RoutineError):
            draft.to_routine()


def test_check_cell_while_typing() -> None:
    from backmassage_gui.domain.routine_draft import check_cell

    assert check_cell("duration", "2:30") is None
    assert check_cell("duration", "2:3") is not None
    assert check_cell("duration", "0:01") is not None
    assert check_cell("start", "soft") is not None
    assert check_cell("end", "11") is not None
    assert check_cell("end", "7.5") is None
    assert check_cell("name", "  ") is not None
    assert check_cell("cue", "x" * 161) is not None
    assert check_cell("zone", "anything") is None
