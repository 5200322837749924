"""The session history: which routines were done when, and how check-ins went.

Kept in one SQLite file (``data_dir()/history.sqlite3`` by default). History
is a nice-to-have, so it never stops the app: a file that is not a usable
history database (not SQLite, damaged, or a different schema) is moved aside
to ``<name>.corrupt-<timestamp>`` (never deleted) and a fresh one is started;
``History.recovered_from`` then names the moved file so the app can say so.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType

from ..domain.file_errors import describe_os_error
from .paths import Storage, StorageError, data_dir, ensure_dir

__all__ = [
    "HISTORY_FILE",
    "SCHEMA_VERSION",
    "CheckinRecord",
    "History",
    "SessionRecord",
]

HISTORY_FILE = "history.sqlite3"
SCHEMA_VERSION = 2
"""2 added ``sessions.skipped``; a version 1 file is brought up to date in place."""
_DAY_S = 86400.0

_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    routine_key TEXT NOT NULL,
    routine_name TEXT NOT NULL,
    started_at REAL NOT NULL,
    planned_s REAL NOT NULL,
    done_s REAL NOT NULL DEFAULT 0,
    completed INTEGER NOT NULL DEFAULT 0,
    adaptations TEXT NOT NULL DEFAULT '[]',
    skipped TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE checkins (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    at_s REAL NOT NULL,
    answer TEXT NOT NULL
);
CREATE INDEX sessions_started ON sessions(started_at);
CREATE INDEX checkins_session ON checkins(session_id);
"""

# The columns of version 1; later columns are added by _upgrade.
_COLUMNS: dict[str, set[str]] = {
    "schema_version": {"version"},
    "sessions": {
        "id",
        "routine_key",
        "routine_name",
        "started_at",
        "planned_s",
        "done_s",
        "completed",
        "adaptations",
    },
    "checkins": {"id", "session_id", "at_s", "answer"},
}


class _Unusable(Exception):
    """The file is not a history database this version can use."""


@dataclass(frozen=True)
class CheckinRecord:
    at_s: float
    answer: str


@dataclass(frozen=True)
class SessionRecord:
    """One session as recorded, with its check-in answers in time order."""

    id: int
    routine_key: str
    routine_name: str
    started_at: float
    planned_s: float
    done_s: float
    completed: bool
    adaptations: tuple[str, ...]
    checkins: tuple[CheckinRecord, ...]
    skipped: tuple[str, ...] = ()
    """Phases passed without running (nearly) their whole length."""

    @property
    def answers(self) -> tuple[str, ...]:
        return tuple(c.answer for c in self.checkins)


class History:
    """The session history database at ``path`` (created if missing)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.recovered_from: Path | None = None
        """Where a damaged database was moved to when opening, else ``None``."""
        ensure_dir(self.path.parent)
        try:
            self._conn = self._open()
        except _Unusable:
            self.recovered_from = _move_aside(self.path)
            try:
                self._conn = self._open()
            except (_Unusable, sqlite3.Error) as exc:
                raise StorageError(
                    Storage.tr("Could not start a new history file {path}: {exc}.").format(
                        path=self.path, exc=exc
                    )
                ) from exc

    @classmethod
    def open_default(cls) -> History:
        """The history in the app-data folder. Raises ``StorageError``."""
        return cls(data_dir() / HISTORY_FILE)

    BUSY_TIMEOUT_S = 3.0
    """How long opening waits for another copy of the app that is writing."""

    def _open(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=self.BUSY_TIMEOUT_S)
        except sqlite3.Error as exc:
            raise StorageError(
                Storage.tr("Could not open the history file {path}: {exc}.").format(
                    path=self.path, exc=exc
                )
            ) from exc
        try:
            _check_or_create(conn)
        except _Unusable:
            conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            if _damaged(exc):
                raise _Unusable(str(exc)) from exc
            # Locked by another copy of the app, unreadable, a full disk: the
            # file is sound, so it stays where it is and this run goes without.
            raise StorageError(
                Storage.tr(
                    "Could not open the history file {path}: {exc}. It was left as it is."
                ).format(path=self.path, exc=exc)
            ) from exc
        except StorageError:
            conn.close()
            raise
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    # --- writing -------------------------------------------------------------
    def record_session(
        self,
        routine_key: str,
        routine_name: str,
        planned_s: float,
        *,
        started_at: float | None = None,
        adaptations: Iterable[str] = (),
    ) -> int:
        """Note a session that has started; returns its id for the calls below."""
        when = time.time() if started_at is None else started_at
        text = json.dumps(list(adaptations), ensure_ascii=False)
        with self._writing() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (routine_key, routine_name, started_at, planned_s, "
                "adaptations) VALUES (?, ?, ?, ?, ?)",
                (routine_key, routine_name, float(when), float(planned_s), text),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def record_checkin(self, session_id: int, at_s: float, answer: str) -> None:
        """Note the answer given at a check-in, ``at_s`` seconds into the session."""
        with self._writing() as conn:
            self._require(conn, session_id)
            conn.execute(
                "INSERT INTO checkins (session_id, at_s, answer) VALUES (?, ?, ?)",
                (session_id, float(at_s), str(answer)),
            )

    def finish_session(
        self, session_id: int, done_s: float, completed: bool, skipped: Iterable[str] = ()
    ) -> None:
        """Note how much massage time a session really had, whether it ran to
        the end, and which phases it skipped."""
        text = json.dumps(list(skipped), ensure_ascii=False)
        with self._writing() as conn:
            self._require(conn, session_id)
            conn.execute(
                "UPDATE sessions SET done_s = ?, completed = ?, skipped = ? WHERE id = ?",
                (float(done_s), int(bool(completed)), text, session_id),
            )

    # --- reading -------------------------------------------------------------
    def recent(self, days: int = 28, now: float | None = None) -> list[SessionRecord]:
        """Sessions started in the last ``days`` days, newest first."""
        now = time.time() if now is None else now
        since = now - days * _DAY_S
        try:
            rows = self._conn.execute(
                "SELECT id, routine_key, routine_name, started_at, planned_s, done_s, "
                "completed, adaptations, skipped FROM sessions "
                "WHERE started_at >= ? AND started_at <= ? "
                "ORDER BY started_at DESC, id DESC",
                (since, now),
            ).fetchall()
            checkins: dict[int, list[CheckinRecord]] = {row[0]: [] for row in rows}
            if rows:
                marks = ",".join("?" * len(checkins))
                for session_id, at_s, answer in self._conn.execute(
                    f"SELECT session_id, at_s, answer FROM checkins "
                    f"WHERE session_id IN ({marks}) ORDER BY at_s, id",
                    tuple(checkins),
                ):
                    checkins[session_id].append(CheckinRecord(float(at_s), str(answer)))
        except sqlite3.Error as exc:
            raise StorageError(
                Storage.tr("Could not read the history file {path}: {exc}.").format(
                    path=self.path, exc=exc
                )
            ) from exc
        return [
            SessionRecord(
                id=row[0],
                routine_key=row[1],
                routine_name=row[2],
                started_at=float(row[3]),
                planned_s=float(row[4]),
                done_s=float(row[5]),
                completed=bool(row[6]),
                adaptations=_lines(row[7]),
                checkins=tuple(checkins[row[0]]),
                skipped=_lines(row[8]),
            )
            for row in rows
        ]

    def weekly_counts(
        self, weeks: int = 6, now: float | None = None, *, completed_only: bool = False
    ) -> list[tuple[date, int]]:
        """Sessions per week (Monday to Sunday, local time) for the last
        ``weeks`` weeks, oldest first, ending with the week holding ``now``;
        weeks without sessions count 0."""
        if weeks <= 0:
            return []
        now = time.time() if now is None else now
        today = datetime.fromtimestamp(now).date()
        this_week = today - timedelta(days=today.weekday())
        starts = [this_week - timedelta(weeks=weeks - 1 - k) for k in range(weeks)]
        since = datetime.combine(starts[0], datetime.min.time()).timestamp()
        query = "SELECT started_at FROM sessions WHERE started_at >= ? AND started_at <= ?"
        if completed_only:
            query += " AND completed = 1"
        try:
            times = [row[0] for row in self._conn.execute(query, (since, now))]
        except sqlite3.Error as exc:
            raise StorageError(
                Storage.tr("Could not read the history file {path}: {exc}.").format(
                    path=self.path, exc=exc
                )
            ) from exc
        counts = dict.fromkeys(starts, 0)
        for started_at in times:
            day = datetime.fromtimestamp(started_at).date()
            week = day - timedelta(days=day.weekday())
            if week in counts:
                counts[week] += 1
        return [(start, counts[start]) for start in starts]

    # --- housekeeping ----------------------------------------------------------
    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> History:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _writing(self) -> _Transaction:
        return _Transaction(self._conn, self.path)

    @staticmethod
    def _require(conn: sqlite3.Connection, session_id: int) -> None:
        if conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone() is None:
            raise KeyError(f"no session {session_id} in the history")


class _Transaction:
    """``with``: commit on success, roll back on error; SQLite errors become
    ``StorageError`` with a plain message naming the file."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._path = path

    def __enter__(self) -> sqlite3.Connection:
        return self._conn

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if kind is None:
            try:
                self._conn.commit()
            except sqlite3.Error as exc:
                raise StorageError(
                    Storage.tr("Could not save to the history file {path}: {exc}.").format(
                        path=self._path, exc=exc
                    )
                ) from exc
            return
        self._conn.rollback()
        if isinstance(value, sqlite3.Error):
            raise StorageError(
                Storage.tr("Could not save to the history file {path}: {value}.").format(
                    path=self._path, value=value
                )
            ) from value


_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def _damaged(exc: sqlite3.DatabaseError) -> bool:
    """Whether SQLite says the file itself is broken (not merely busy,
    locked, unreadable or on a full disk, which moving it aside would not
    mend and would only hide the user's history)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name:
        return name.startswith(_DAMAGE)
    return not isinstance(exc, sqlite3.OperationalError)


def _check_or_create(conn: sqlite3.Connection) -> None:
    """Create the schema in an empty database, or check an existing one.
    Raises ``_Unusable`` or ``sqlite3.DatabaseError`` for a file we cannot use."""
    result = conn.execute("PRAGMA integrity_check").fetchall()
    if result != [("ok",)]:
        raise _Unusable("integrity check failed: " + "; ".join(str(r[0]) for r in result[:3]))
    tables = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    }
    if not tables:
        conn.executescript(
            "BEGIN;" + _SCHEMA + f"INSERT INTO schema_version (version) VALUES ({SCHEMA_VERSION});"
            "COMMIT;"
        )
        return
    for table, columns in _COLUMNS.items():
        if table not in tables:
            raise _Unusable(f"no {table} table")
        found = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if not columns <= found:
            raise _Unusable(f"the {table} table lacks {', '.join(sorted(columns - found))}")
    versions = conn.execute("SELECT version FROM schema_version").fetchall()
    if versions == [(1,)]:
        _upgrade_from_1(conn)
    elif versions != [(SCHEMA_VERSION,)]:
        raise _Unusable(f"schema version {versions!r}, expected {SCHEMA_VERSION}")


def _upgrade_from_1(conn: sqlite3.Connection) -> None:
    """Version 1 had no record of skipped phases: add the column (empty for
    the sessions already there), in one transaction."""
    found = {row[1] for row in conn.execute("PRAGMA table_info(sessions)")}
    try:
        conn.executescript(
            "BEGIN;"
            + (
                ""
                if "skipped" in found
                else "ALTER TABLE sessions ADD COLUMN skipped TEXT NOT NULL DEFAULT '[]';"
            )
            + f"UPDATE schema_version SET version = {SCHEMA_VERSION};"
            "COMMIT;"
        )
    except sqlite3.OperationalError as exc:
        # A sound file that cannot be written now (read-only, disk full) is
        # not damaged: leave it where it is and run without a history.
        if conn.in_transaction:
            conn.rollback()
        raise StorageError(
            Storage.tr("Could not bring the history file up to date: {exc}.").format(exc=exc)
        ) from exc


def _move_aside(path: Path) -> Path:
    """Rename a damaged database (and any journal beside it) to
    ``<name>.corrupt-<timestamp>``, never replacing an existing file."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    try:
        path.rename(target)
        for suffix in ("-journal", "-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.rename(target.with_name(target.name + suffix))
    except OSError as exc:
        raise StorageError(
            Storage.tr(
                "The history file {path} is damaged and could not be moved aside: {reason}."
            ).format(path=path, reason=describe_os_error(exc))
        ) from exc
    return target


def _lines(text: object) -> tuple[str, ...]:
    """The adaptation lines stored as a JSON list; anything else reads as none."""
    try:
        value = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return ()
    if not isinstance(value, list):
        return ()
    return tuple(str(item) for item in value)
