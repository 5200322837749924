"""The routine editor and settings as reached from the main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.routine import Routine, load_routine_file
from backmassage_gui.domain.routine_draft import RoutineDraft
from backmassage_gui.storage import RoutineStore, SettingsStore
from backmassage_gui.ui.main_window import MainWindow
from backmassage_gui.ui.sound import SilentChime


@pytest.fixture
def store(tmp_path: Path) -> RoutineStore:
    return RoutineStore(tmp_path / "routines", tmp_path / "drafts")


@pytest.fixture
def settings_store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def make_window(
    qtbot: QtBot,
    store: RoutineStore,
    settings_store: SettingsStore,
    chime: SilentChime | None = None,
) -> MainWindow:
    library = load_builtin_library()
    settings, _problems = settings_store.load()
    routine = library.get(settings.routine) or library.routines[0]
    clock = ManualClock()
    window = MainWindow(
        library,
        routine,
        settings=settings,
        clock=clock,
        wall=clock,
        chime=chime or SilentChime(),
        store=store,
        settings_store=settings_store,
    )
    qtbot.add_widget(window, before_close_func=_forget_edits)
    window.show()
    qtbot.wait_exposed(window)
    window.activateWindow()  # keys go to the active window only
    qtbot.wait_until(window.isActiveWindow)
    return window


def _forget_edits(window: MainWindow) -> None:
    for editor in window.routines.editors:
        editor._saved_draft = editor.draft


@pytest.fixture
def window(
    qtbot: QtBot, store: RoutineStore, settings_store: SettingsStore
) -> Iterator[MainWindow]:
    yield make_window(qtbot, store, settings_store)


def picker_keys(window: MainWindow) -> list[str]:
    return [
        window.picker.itemData(i) for i in range(window.picker.count()) if window.picker.itemData(i)
    ]


def test_edit_opens_the_current_routine_read_only_for_builtins(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window.session_page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(window.routines.editors) == 1
    editor = window.routines.editors[0]
    assert editor.draft.name == window.lifecycle.plan.routine.name
    assert editor.builtin_note.isVisible()


def test_a_saved_copy_appears_in_the_picker_and_is_chosen(
    qtbot: QtBot, window: MainWindow, settings_store: SettingsStore
) -> None:
    editor = window.routines.edit(window.lifecycle.plan.routine)
    assert editor is not None
    editor.apply(editor.draft.with_cell(0, "duration", "3:00"), "edit")
    with qtbot.wait_signal(window.routines.saved):
        editor.save_copy_button.click()
    copy_key = window.lifecycle.plan.routine.key
    assert copy_key == "relaxation-my-copy"
    assert copy_key in picker_keys(window)
    assert window.lifecycle.plan.routine.phases[0].duration_s == 180
    assert window.session_page.panel.countdown.text() == "3:00"
    assert settings_store.load()[0].routine == copy_key


def test_saving_mid_session_does_not_switch(qtbot: QtBot, window: MainWindow) -> None:
    window.controller.start()
    editor = window.routines.new()
    assert editor is not None
    with qtbot.wait_signal(window.routines.saved):
        editor.save_button.click()
    assert window.lifecycle.plan.routine.key == "relaxation"
    assert "my-routine" in picker_keys(window)
    assert "when this session is over" in window.statusBar().currentMessage()


def test_broken_files_are_listed_but_cannot_be_picked(
    qtbot: QtBot, store: RoutineStore, settings_store: SettingsStore
) -> None:
    store.folder.mkdir(parents=True)
    broken = store.folder / "half-written.json"
    broken.write_text(
        '{"format": "backmassage-routine", "version": 1, "name": "X", "pha', encoding="utf-8"
    )
    window = make_window(qtbot, store, settings_store)
    index = next(
        i for i in range(window.picker.count()) if "half-written.json" in window.picker.itemText(i)
    )
    assert "not valid JSON" in window.picker.itemData(index, Qt.ItemDataRole.ToolTipRole)
    window.picker.activated.emit(index)
    assert window.lifecycle.plan.routine.key == "relaxation"
    assert broken.read_text(encoding="utf-8").endswith('"pha')


def test_sound_and_volume_are_remembered(
    qtbot: QtBot, store: RoutineStore, settings_store: SettingsStore
) -> None:
    chime = SilentChime()
    window = make_window(qtbot, store, settings_store, chime)
    qtbot.keyClick(window.session_page, Qt.Key.Key_M)
    assert window.settings.sound is False
    window.volume_actions[25].trigger()
    window.controller.start()
    window.controller.next_phase()
    window.controller.refresh()
    assert chime.played == 0  # chime off: nothing rings
    saved, problems = settings_store.load()
    assert problems == []
    assert saved.sound is False and saved.volume == pytest.approx(0.25)
    again = make_window(qtbot, store, settings_store)
    assert again.actions_by_name["sound"].isChecked() is False
    assert again.volume_actions[25].isChecked()


def test_routine_choice_and_window_size_are_remembered(
    qtbot: QtBot, store: RoutineStore, settings_store: SettingsStore
) -> None:
    window = make_window(qtbot, store, settings_store)
    index = window.picker.findData("quick")
    window.picker.activated.emit(index)
    window.resize(1500, 900)
    qtbot.wait_until(lambda: window.width() == 1500)
    window.close()
    saved = settings_store.load_geometry("main")
    assert saved
    again = make_window(qtbot, store, settings_store)
    assert again.lifecycle.plan.routine.key == "quick"
    restored: list[bytes] = []
    again.restoreGeometry = lambda data: restored.append(bytes(data)) or True  # type: ignore
    again.restore_geometry()
    # (The offscreen screen is too small to show 1500 px: check what was handed back.)
    assert restored == [saved]


def test_delete_moves_to_trash_and_falls_back(
    qtbot: QtBot, window: MainWindow, store: RoutineStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    routine = window.routines.builtins.get("quick")
    assert routine is not None
    mine = store.save(Routine("Mine", routine.phases), reserved_keys=["quick"])
    window.routines.reload()
    window.picker.activated.emit(window.picker.findData(mine.key))
    assert window.lifecycle.plan.routine.key == mine.key
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.actions_by_name["delete_routine"].trigger()
    assert not store.path_for(mine.key).exists()
    assert list((store.folder / "trash").glob("*.json"))
    assert window.lifecycle.plan.routine.key == "relaxation"
    assert mine.key not in picker_keys(window)


def test_builtins_cannot_be_deleted(window: MainWindow, store: RoutineStore) -> None:
    window.actions_by_name["delete_routine"].trigger()
    assert window.lifecycle.plan.routine.key == "relaxation"


def test_drafts_are_offered_back_after_a_crash(
    qtbot: QtBot, window: MainWindow, store: RoutineStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    routine = window.lifecycle.plan.routine
    draft = (
        RoutineDraft.from_routine(routine).with_name("Half done").with_cell(0, "duration", "2:7O")
    )
    store.save_draft("new-1234", draft.to_raw())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Open)
    window.routines.recover_drafts()
    assert len(window.routines.editors) == 1
    editor = window.routines.editors[0]
    assert editor.draft.name == "Half done"
    assert editor.draft.rows[0].duration == "2:7O"
    assert editor.dirty


def test_a_routine_from_a_file_never_overwrites_one_of_the_users(
    qtbot: QtBot, store: RoutineStore, settings_store: SettingsStore, tmp_path: Path
) -> None:
    library = load_builtin_library()
    quick = library.get("quick")
    assert quick is not None
    mine = store.save(Routine("Mine", quick.phases, key="evening"), reserved_keys=[])
    outside = Routine("From a friend", quick.phases[:3], key="evening")  # same file stem
    clock = ManualClock()
    window = MainWindow(
        library,
        outside,
        clock=clock,
        wall=clock,
        chime=SilentChime(),
        store=store,
        settings_store=settings_store,
    )
    qtbot.add_widget(window, before_close_func=_forget_edits)
    editor = window.routines.edit(outside)
    assert editor is not None
    with qtbot.wait_signal(window.routines.saved) as blocker:
        editor.save_button.click()
    assert blocker.args[0].key != "evening"
    assert mine in store.load_all()[0]
    assert load_routine_file(store.path_for("evening")).name == "Mine"


def test_the_list_is_told_changed_only_when_it_changed(
    qtbot: QtBot, window: MainWindow, store: RoutineStore
) -> None:
    routines = window.routines
    with qtbot.assert_not_emitted(routines.changed):
        routines.reload()  # the same files as before
    quick = routines.builtins.get("quick")
    assert quick is not None
    mine = store.save(Routine("Mine", quick.phases), reserved_keys=["quick"])
    with qtbot.wait_signal(routines.changed):
        routines.reload()
    assert mine in routines.own
    with qtbot.assert_not_emitted(routines.changed):
        routines.reload()
    store.path_for(mine.key).write_text("{", encoding="utf-8")  # now broken
    with qtbot.wait_signal(routines.changed):
        routines.reload()
    assert routines.own == [] and len(routines.broken) == 1
