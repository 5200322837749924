"""Sessions are written to the history and shown against the weekly rhythm."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_types import MakeWindow

from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.storage.history import History
from backmassage_gui.ui.main_window import MainWindow

Tick = Callable[[MainWindow, ManualClock, float], None]
"""The ``tick`` fixture: let whole seconds pass, ticking the session."""


def test_a_whole_session_with_a_check_in_is_recorded(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow, tick: Tick
) -> None:
    history = History(tmp_path / "h.sqlite3")
    clock = ManualClock()
    w = make_window("tension-relief", clock=clock, history=history, active=True)
    w.controller.start()
    while not w.checkins.visible:
        tick(w, clock, 1)
    qtbot.keyClick(w.session_page, Qt.Key.Key_L)
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
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow, tick: Tick
) -> None:
    history = History(tmp_path / "h.sqlite3")
    clock = ManualClock()
    w = make_window("quick", clock=clock, history=history, active=True)
    w.controller.start()
    tick(w, clock, 125)
    w.controller.restart()
    record = history.recent()[0]
    assert not record.completed
    assert 115 <= record.done_s <= 125


def test_a_damaged_history_is_set_aside_and_the_app_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backmassage_gui.cli import open_history

    monkeypatch.setenv("BACKMASSAGE_DATA_DIR", str(tmp_path))
    (tmp_path / "history.sqlite3").write_bytes(b"this is not a database" * 100)
    history, note = open_history()
    assert history is not None
    assert "damaged" in note and "kept aside" in note
    assert history.recovered_from is not None and history.recovered_from.exists()
    history.close()


def test_done_says_all_only_for_a_whole_session() -> None:
    from backmassage_gui.storage.history import SessionRecord
    from backmassage_gui.ui.history_dialog import done_text

    def record(done_s: float, completed: bool, skipped: tuple[str, ...] = ()) -> SessionRecord:
        return SessionRecord(
            id=1,
            routine_key="quick",
            routine_name="Quick reset",
            started_at=0.0,
            planned_s=510.0,
            done_s=done_s,
            completed=completed,
            adaptations=(),
            checkins=(),
            skipped=skipped,
        )

    assert done_text(record(510, True)) == "all 8:30"
    # Mostly skipped: it reached the end, but was not all done.
    assert (
        done_text(record(17, True, ("Warm-up glide", "Fans", "Rest")))
        == "0:17 of 8:30, 3 phases skipped"
    )
    assert done_text(record(300, True, ("Fans",))) == "5:00 of 8:30, 1 phase skipped"
    assert done_text(record(125, False)) == "2:05 of 8:30"


def test_closing_the_window_writes_the_run_so_far(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow, tick: Tick
) -> None:
    history = History(tmp_path / "h.sqlite3")
    clock = ManualClock()
    w = make_window("quick", clock=clock, history=history, active=True)
    w.controller.start()
    tick(w, clock, 5 + 40)
    w.close()
    (record,) = history.recent()
    assert not record.completed and record.done_s == 40 and record.skipped == ()


def test_a_stop_answer_is_logged_when_it_was_given(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow, tick: Tick
) -> None:
    history = History(tmp_path / "h.sqlite3")
    clock = ManualClock()
    w = make_window("quick", clock=clock, history=history, active=True)
    w.controller.start()
    tick(w, clock, 5)
    while not w.checkins.visible:
        tick(w, clock, 1)
    given_at = w.controller.snapshot.session_elapsed_s
    qtbot.keyClick(w.session_page, Qt.Key.Key_S)
    assert w.controller.snapshot.session_elapsed_s > given_at + 60  # the jump
    (record,) = history.recent()
    assert [(c.at_s, c.answer) for c in record.checkins] == [(given_at, "stop")]
