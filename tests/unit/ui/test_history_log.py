"""Sessions are written to the history and shown against the weekly rhythm."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.storage.history import History
from backmassage_gui.ui.main_window import MainWindow
from backmassage_gui.ui.sound import SilentChime

Show = Callable[[QWidget], None]
"""The ``show_active`` fixture: register, show and activate a window."""

Tick = Callable[[MainWindow, ManualClock, float], None]
"""The ``tick`` fixture: let whole seconds pass, ticking the session."""


def make(show: Show, history: History, clock: ManualClock, key: str) -> MainWindow:
    library = load_builtin_library()
    routine = library.get(key)
    assert routine is not None
    w = MainWindow(library, routine, clock=clock, wall=clock, chime=SilentChime(),
                   safety_check=False, history=history)
    show(w)  # registered with qtbot, shown and active
    return w


def test_a_whole_session_with_a_check_in_is_recorded(
        qtbot: QtBot, tmp_path: Path, show_active: Show, tick: Tick) -> None:
    history = History(tmp_path / "h.sqlite3")
    clock = ManualClock()
    w = make(show_active, history, clock, "tension-relief")
    w.controller.start()
    while not w.checkins.visible:
        tick(w, clock, 1)
    qtbot.keyClick(w.central, Qt.Key.Key_L)
    tick(w, clock, 3000)
    records = history.recent()
    assert len(records) == 1
    record = records[0]
    assert record.routine_key == "tension-relief" and record.completed
    assert record.answers == ("lighter",)
    assert record.done_s >= record.planned_s - 2
    dialog = w.show_history()
    assert dialog is not None
    assert "Asked for lighter pressure 1 time" in dialog.lighter.text()
    assert dialog.table.rowCount() == 1
    assert "in rhythm" in dialog.weeks.text()
    dialog.close()


def test_a_session_cut_short_is_recorded_as_partly_done(
        qtbot: QtBot, tmp_path: Path, show_active: Show, tick: Tick) -> None:
    history = History(tmp_path / "h.sqlite3")
    clock = ManualClock()
    w = make(show_active, history, clock, "quick")
    w.controller.start()
    tick(w, clock, 125)
    w.controller.restart()
    record = history.recent()[0]
    assert not record.completed
    assert 115 <= record.done_s <= 125


def test_a_damaged_history_is_set_aside_and_the_app_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from backmassage_gui.cli import open_history

    monkeypatch.setenv("BACKMASSAGE_DATA_DIR", str(tmp_path))
    (tmp_path / "history.sqlite3").write_bytes(b"this is not a database" * 100)
    history, note = open_history()
    assert history is not None
    assert "damaged" in note and "kept aside" in note
    assert history.recovered_from is not None and history.recovered_from.exists()
    history.close()
