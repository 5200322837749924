from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain.routine import Routine, load_routine_file
from backmassage_gui.domain.routine_draft import COLUMNS, RoutineDraft
from backmassage_gui.domain.routine_edit import parse_mss
from backmassage_gui.storage import RoutineStore
from backmassage_gui.ui.routine_editor import RoutineEditor
from backmassage_gui.ui.routine_table import ROW_MIME


@pytest.fixture
def store(tmp_path: Path) -> RoutineStore:
    return RoutineStore(tmp_path / "routines", tmp_path / "drafts")


@pytest.fixture
def builtin() -> Routine:
    routine = load_builtin_library().get("quick")
    assert routine is not None
    return routine


def open_editor(qtbot: QtBot, store: RoutineStore, routine: Routine) -> RoutineEditor:
    library = load_builtin_library()
    editor = RoutineEditor(
        RoutineDraft.from_routine(routine), store=store, reserved_keys=library.keys()
    )
    # Whatever a test left unsaved, closing at teardown must not ask.
    qtbot.add_widget(editor, before_close_func=lambda e: setattr(e, "_saved_draft", e.draft))
    editor.show()
    return editor


@pytest.fixture
def mine(store: RoutineStore, builtin: Routine) -> Routine:
    own = Routine(builtin.name + " for Sam", builtin.phases, key="")
    return store.save(own, reserved_keys=load_builtin_library().keys())


@pytest.fixture
def editor(qtbot: QtBot, store: RoutineStore, mine: Routine) -> Iterator[RoutineEditor]:
    yield open_editor(qtbot, store, mine)


def edit_cell(editor: RoutineEditor, row: int, column: str, text: str) -> None:
    index = editor.model.index(row, COLUMNS.index(column))
    assert editor.model.setData(index, text, Qt.ItemDataRole.EditRole)


def test_edits_undo_and_redo(editor: RoutineEditor) -> None:
    original = editor.draft
    edit_cell(editor, 0, "duration", "3:00")
    edit_cell(editor, 1, "name", "Neck and shoulders")
    assert editor.draft.rows[0].duration == "3:00"
    assert editor.dirty and editor.windowTitle().startswith("*")
    editor.undo_stack.undo()
    assert editor.draft.rows[1].name == original.rows[1].name
    editor.undo_stack.undo()
    assert editor.draft == original
    editor.undo_stack.redo()
    assert editor.draft.rows[0].duration == "3:00"


def test_row_buttons(qtbot: QtBot, editor: RoutineEditor) -> None:
    n = len(editor.draft.rows)
    editor.table.selectRow(1)
    qtbot.mouseClick(editor.buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert len(editor.draft.rows) == n + 1
    assert editor.draft.rows[1] == editor.draft.rows[2]
    qtbot.mouseClick(editor.buttons["delete"], Qt.MouseButton.LeftButton)
    assert len(editor.draft.rows) == n
    editor.table.selectRow(0)
    first = editor.draft.rows[0]
    qtbot.mouseClick(editor.buttons["down"], Qt.MouseButton.LeftButton)
    assert editor.draft.rows[1] == first
    qtbot.mouseClick(editor.buttons["up"], Qt.MouseButton.LeftButton)
    assert editor.draft.rows[0] == first
    qtbot.mouseClick(editor.buttons["add"], Qt.MouseButton.LeftButton)
    assert len(editor.draft.rows) == n + 1
    assert editor.draft.rows[1].name == "New phase"
    editor.undo_stack.undo()
    assert len(editor.draft.rows) == n


def test_drag_and_drop_reorders_undoably(editor: RoutineEditor) -> None:
    rows = editor.draft.rows
    mime = QMimeData()
    mime.setData(ROW_MIME, b"0")
    editor.model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert editor.draft.rows[2] == rows[0]
    assert editor.draft.rows[0] == rows[1]
    editor.undo_stack.undo()
    assert editor.draft.rows == rows


def test_problems_are_shown_in_place_and_block_saving(editor: RoutineEditor) -> None:
    edit_cell(editor, 2, "duration", "2:7O")
    index = editor.model.index(2, COLUMNS.index("duration"))
    tip = editor.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert tip and "m:ss" in tip
    assert editor.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert "Phase 3, length" in editor.problems_label.text()
    assert not editor.save_button.isEnabled()
    assert not editor.save_copy_button.isEnabled()
    edit_cell(editor, 2, "duration", "2:10")
    assert editor.save_button.isEnabled()
    assert not editor.problems_label.isVisible()


def test_warnings_advise_without_blocking(editor: RoutineEditor) -> None:
    edit_cell(editor, 0, "start", "7")
    edit_cell(editor, 0, "end", "8")
    assert "Advice" in editor.warnings_label.text()
    assert editor.save_button.isEnabled()


def test_fit_to_length_keeps_the_total_exact(editor: RoutineEditor) -> None:
    editor.fit_edit.setText("7 min")
    editor.buttons["fit"].click()
    total = sum(parse_mss(r.duration) for r in editor.draft.rows)
    assert total == 420
    assert all(parse_mss(r.duration) % 5 == 0 for r in editor.draft.rows)
    editor.undo_stack.undo()
    assert sum(parse_mss(r.duration) for r in editor.draft.rows) == 600


def test_save_writes_the_file_and_reports(
    qtbot: QtBot, editor: RoutineEditor, store: RoutineStore, mine: Routine
) -> None:
    edit_cell(editor, 0, "name", "Slow start")
    with qtbot.wait_signal(editor.saved) as blocker:
        editor.save_button.click()
    saved = blocker.args[0]
    assert saved.key == mine.key
    on_disk = load_routine_file(store.path_for(mine.key))
    assert on_disk.phases[0].name == "Slow start"
    assert not editor.dirty


def test_builtin_is_read_only_and_saves_a_copy(
    qtbot: QtBot, store: RoutineStore, builtin: Routine
) -> None:
    editor = open_editor(qtbot, store, builtin)
    assert editor.builtin_note.isVisible()
    edit_cell(editor, 0, "duration", "3:00")
    assert not editor.save_button.isEnabled()
    with qtbot.wait_signal(editor.saved) as blocker:
        editor.save_copy_button.click()
    copy = blocker.args[0]
    assert load_builtin_library().get(copy.key) is None
    assert copy.name == "Quick reset (my copy)"
    assert not copy.builtin
    assert store.path_for(copy.key).exists()
    # The built-in itself is untouched.
    assert load_builtin_library().get("quick") == builtin


def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, editor: RoutineEditor, monkeypatch: pytest.MonkeyPatch, store: RoutineStore
) -> None:
    edit_cell(editor, 0, "name", "Changed")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    editor.close()
    assert editor.isVisible()  # cancelled
    editor.close()
    assert not editor.isVisible()
    assert store.drafts() == []


def test_autosaved_draft_survives_a_crash(
    qtbot: QtBot, editor: RoutineEditor, store: RoutineStore
) -> None:
    edit_cell(editor, 1, "duration", "2:7O")  # even invalid text is kept
    editor.autosave()
    drafts = store.drafts()
    assert len(drafts) == 1
    recovered = RoutineDraft.from_raw(json.loads(json.dumps(drafts[0].data)))
    assert recovered.rows[1].duration == "2:7O"
    assert recovered == editor.draft


def test_cell_editor_says_what_is_wrong_while_typing(qtbot: QtBot, editor: RoutineEditor) -> None:
    from PySide6.QtWidgets import QLineEdit

    editor.activateWindow()
    qtbot.wait_until(editor.isActiveWindow)
    editor.select_cell(0, "duration")  # the table starts editing on selection
    line = editor.table.findChild(QLineEdit)
    assert line is not None
    line.selectAll()
    qtbot.keyClicks(line, "1:0")
    assert line.property("problem") is True
    assert "two digits" in line.toolTip()
    qtbot.keyClicks(line, "5")
    assert line.property("problem") is False
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.wait_until(lambda: editor.draft.rows[0].duration == "1:05")
