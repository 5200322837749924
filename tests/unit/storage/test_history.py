"""The session history: a real SQLite file in a temporary folder."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from backmassage_gui.storage.history import HISTORY_FILE, SCHEMA_VERSION, History, SessionRecord
from backmassage_gui.storage.paths import DATA_DIR_ENV, StorageError

# Wednesday 12 June 2024, noon local time.
NOW = datetime(2024, 6, 12, 12, 0).timestamp()
DAY = 86400.0


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "history.sqlite3"


def test_sessions_and_checkins_read_back(path: Path) -> None:
    with History(path) as history:
        assert history.recovered_from is None
        first = history.record_session(
            "tension-relief",
            "Tension relief (adapted)",
            1335,
            started_at=NOW - 2 * DAY,
            adaptations=["Lower-back phases left out (−4:30)."],
        )
        history.record_checkin(first, 330.0, "fine")
        history.record_checkin(first, 915.5, "lighter")
        history.finish_session(first, 1335.0, True)
        second = history.record_session("quick", "Quick reset", 600, started_at=NOW - 60)
        history.record_checkin(second, 225.0, "stop")
        history.finish_session(second, 400.0, False)
    with History(path) as history:
        records = history.recent(now=NOW)
    assert [r.id for r in records] == [second, first]  # newest first
    newest, older = records
    assert newest == SessionRecord(
        id=second,
        routine_key="quick",
        routine_name="Quick reset",
        started_at=NOW - 60,
        planned_s=600.0,
        done_s=400.0,
        completed=False,
        adaptations=(),
        checkins=newest.checkins,
    )
    assert newest.answers == ("stop",)
    assert older.completed and older.done_s == 1335.0
    assert older.adaptations == ("Lower-back phases left out (−4:30).",)
    assert [(c.at_s, c.answer) for c in older.checkins] == [(330.0, "fine"), (915.5, "lighter")]


def test_skipped_phases_read_back(path: Path) -> None:
    with History(path) as history:
        session = history.record_session("quick", "Quick reset", 600, started_at=NOW)
        history.finish_session(session, 95.0, True, skipped=["Warm-up glide", "Fans"])
    with History(path) as history:
        (record,) = history.recent(now=NOW)
    assert record.skipped == ("Warm-up glide", "Fans")
    assert record.done_s == 95.0 and record.completed


# Version 1 as it was created, before sessions.skipped existed.
_VERSION_1 = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, routine_key TEXT NOT NULL,
    routine_name TEXT NOT NULL, started_at REAL NOT NULL, planned_s REAL NOT NULL,
    done_s REAL NOT NULL DEFAULT 0, completed INTEGER NOT NULL DEFAULT 0,
    adaptations TEXT NOT NULL DEFAULT '[]');
CREATE TABLE checkins (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    at_s REAL NOT NULL, answer TEXT NOT NULL);
INSERT INTO schema_version (version) VALUES (1);
"""


def _write_version_1(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(_VERSION_1)
    conn.execute(
        "INSERT INTO sessions (routine_key, routine_name, started_at, planned_s, "
        "done_s, completed) VALUES ('quick', 'Quick reset', ?, 600, 600, 1)",
        (NOW - DAY,),
    )
    conn.commit()
    conn.close()


def test_a_version_1_history_is_brought_up_to_date_in_place(path: Path) -> None:
    _write_version_1(path)
    with History(path) as history:
        assert history.recovered_from is None  # kept, not moved aside
        (old,) = history.recent(now=NOW)
        assert old.routine_key == "quick" and old.completed and old.skipped == ()
        new = history.record_session("quick", "Quick reset", 600, started_at=NOW)
        history.finish_session(new, 60.0, True, skipped=["Warm-up glide"])
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    conn.close()
    with History(path) as again:
        assert again.recovered_from is None
        assert [r.skipped for r in again.recent(now=NOW)] == [("Warm-up glide",), ()]


def test_a_version_1_history_that_cannot_be_written_is_left_alone(path: Path) -> None:
    from backmassage_gui.storage import StorageError

    _write_version_1(path)
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        if os.access(path, os.W_OK):
            pytest.skip("running as a user who may write a read-only file")
        with pytest.raises(StorageError, match="up to date"):
            History(path)
    finally:
        path.chmod(0o644)
    assert path.read_bytes() == before
    assert not list(path.parent.glob(path.name + ".corrupt-*"))


def test_unfinished_session_reads_as_not_done(path: Path) -> None:
    with History(path) as history:
        history.record_session("quick", "Quick reset", 600, started_at=NOW)
        (record,) = history.recent(now=NOW)
    assert record.done_s == 0.0 and not record.completed and record.checkins == ()


def test_recent_keeps_only_the_window(path: Path) -> None:
    with History(path) as history:
        for days_ago in (1, 10, 27, 29, 60):
            history.record_session(f"r{days_ago}", "R", 600, started_at=NOW - days_ago * DAY)
        assert [r.routine_key for r in history.recent(now=NOW)] == ["r1", "r10", "r27"]
        assert [r.routine_key for r in history.recent(days=7, now=NOW)] == ["r1"]


def test_unknown_session_is_refused(path: Path) -> None:
    with History(path) as history, pytest.raises(KeyError):
        history.record_checkin(99, 10.0, "fine")
    with History(path) as history:
        with pytest.raises(KeyError):
            history.finish_session(99, 10.0, True)
        assert history.recent(now=NOW) == []


def test_weekly_counts(path: Path) -> None:
    with History(path) as history:
        # This week (from Monday 10 June): Monday and today.
        history.record_session("a", "A", 600, started_at=datetime(2024, 6, 10, 8).timestamp())
        history.record_session("b", "B", 600, started_at=NOW - 3600)
        # Last week: Sunday 9 June late evening; three weeks back: one.
        history.record_session("c", "C", 600, started_at=datetime(2024, 6, 9, 23).timestamp())
        done = history.record_session(
            "d", "D", 600, started_at=datetime(2024, 5, 22, 9).timestamp()
        )
        history.finish_session(done, 600, True)
        # Too old for six weeks, and one in the future: neither counted.
        history.record_session("e", "E", 600, started_at=datetime(2024, 4, 1).timestamp())
        history.record_session("f", "F", 600, started_at=NOW + DAY)
        counts = history.weekly_counts(now=NOW)
        assert counts == [
            (date(2024, 5, 6), 0),
            (date(2024, 5, 13), 0),
            (date(2024, 5, 20), 1),
            (date(2024, 5, 27), 0),
            (date(2024, 6, 3), 1),
            (date(2024, 6, 10), 2),
        ]
        assert history.weekly_counts(weeks=2, now=NOW, completed_only=True) == [
            (date(2024, 6, 3), 0),
            (date(2024, 6, 10), 0),
        ]
        assert history.weekly_counts(weeks=0, now=NOW) == []


def _check_recovered(path: Path, old_bytes: bytes) -> None:
    history = History(path)
    try:
        moved = history.recovered_from
        assert moved is not None
        assert moved.parent == path.parent
        assert moved.name.startswith(path.name + ".corrupt-")
        assert moved.read_bytes() == old_bytes
        session = history.record_session("quick", "Quick reset", 600, started_at=NOW)
        history.record_checkin(session, 10.0, "fine")
        assert [r.answers for r in history.recent(now=NOW)] == [("fine",)]
    finally:
        history.close()
    with History(path) as again:  # the new file is a good one
        assert again.recovered_from is None
        assert len(again.recent(now=NOW)) == 1


def test_garbage_file_is_moved_aside(path: Path) -> None:
    garbage = bytes(range(256)) * 40
    path.write_bytes(garbage)
    _check_recovered(path, garbage)


def test_truncated_database_is_moved_aside(path: Path) -> None:
    with History(path) as history:
        for k in range(400):
            session = history.record_session(
                f"r{k}", "A routine " * 20, 600, started_at=NOW - k, adaptations=["line " * 30]
            )
            history.record_checkin(session, 10.0, "fine")
    whole = path.read_bytes()
    half = whole[: len(whole) // 2]
    path.write_bytes(half)
    _check_recovered(path, half)


def test_other_sqlite_schema_is_moved_aside(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE sessions (id INTEGER PRIMARY KEY, who TEXT)")
    conn.execute("INSERT INTO sessions (who) VALUES ('someone')")
    conn.commit()
    conn.close()
    old = path.read_bytes()
    _check_recovered(path, old)


def test_newer_schema_version_is_moved_aside(path: Path) -> None:
    History(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"UPDATE schema_version SET version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    _check_recovered(path, path.read_bytes())


def test_empty_file_becomes_a_history(path: Path) -> None:
    path.write_bytes(b"")
    with History(path) as history:
        assert history.recovered_from is None
        history.record_session("quick", "Quick reset", 600, started_at=NOW)
        assert len(history.recent(now=NOW)) == 1


def test_second_recovery_does_not_overwrite_the_first(path: Path) -> None:
    path.write_bytes(b"first bad file" * 100)
    History(path).close()
    path.write_bytes(b"second bad file" * 100)
    with History(path) as history:
        assert history.recovered_from is not None
    moved = sorted(p.read_bytes()[:6] for p in path.parent.glob(path.name + ".corrupt-*"))
    assert moved == [b"first ", b"second"]


def test_default_path_is_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    with History.open_default() as history:
        assert history.path == tmp_path / "data" / HISTORY_FILE
    assert (tmp_path / "data" / HISTORY_FILE).is_file()


def test_a_history_locked_by_another_copy_is_left_where_it_is(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Busy is not broken: the other copy's file keeps its name and its
    sessions, and this run goes without a history, saying why."""
    with History(path) as history:
        history.record_session("quick", "Quick reset", 600, started_at=NOW)
    before = path.read_bytes()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another copy in the middle of a write
    monkeypatch.setattr(History, "BUSY_TIMEOUT_S", 0.01)
    try:
        with pytest.raises(StorageError, match=r"locked.*left as it is"):
            History(path)
    finally:
        other.rollback()
        other.close()
    assert not list(path.parent.glob(path.name + ".corrupt-*"))
    assert path.read_bytes() == before
    with History(path) as history:
        assert history.recovered_from is None
        assert len(history.recent(now=NOW)) == 1
