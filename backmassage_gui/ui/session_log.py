"""Writes each session to the history: when it starts, the check-in answers,
how much of it was done. A history that cannot be written never stops a
session; it is said once in the status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from ..domain.checkins import Answer
from ..domain.session import Snapshot, State
from ..storage import StorageError
from ..storage.history import History

log = logging.getLogger(__name__)


class SessionLog(QObject):
    problem = Signal(str)

    def __init__(self, history: History | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self._session_id: int | None = None
        self._done_s = 0.0
        self._last_state = State.READY
        self._failed = False

    @property
    def session_id(self) -> int | None:
        return self._session_id

    def observe(self, snap: Snapshot, routine_key: str, routine_name: str,
                adaptations: list[str]) -> None:
        """Called with every snapshot: notices starts and ends."""
        state = snap.state
        if self._last_state is State.READY and state is not State.READY:
            self._start(routine_key, routine_name, snap.session_total_s, adaptations)
        if self._session_id is not None:
            self._done_s = max(self._done_s, snap.session_elapsed_s)
            if state is State.FINISHED and self._last_state is not State.FINISHED:
                self.end(completed=True)
            elif state is State.READY:
                self.end(completed=False)
        self._last_state = state

    def _start(self, key: str, name: str, planned_s: float, adaptations: list[str]) -> None:
        self._done_s = 0.0
        self._session_id = self._write(
            lambda h: h.record_session(key, name, planned_s, adaptations=adaptations))

    def checkin(self, at_s: float, answer: Answer) -> None:
        if self._session_id is not None:
            session_id = self._session_id
            self._write(lambda h: h.record_checkin(session_id, at_s, answer.value))

    def end(self, completed: bool) -> None:
        """The session stopped here (finished, restarted, switched, app closed)."""
        if self._session_id is None:
            return
        session_id, done = self._session_id, self._done_s
        self._session_id = None
        self._write(lambda h: h.finish_session(session_id, done, completed))

    def _write(self, action):  # type: ignore[no-untyped-def]
        if self.history is None:
            return None
        try:
            return action(self.history)
        except (StorageError, KeyError) as exc:
            log.warning("history not written: %s", exc)
            if not self._failed:
                self._failed = True
                self.problem.emit(f"The session history could not be saved: {exc}")
            return None
