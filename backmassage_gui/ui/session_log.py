"""Writes each run of a session to the history: a row when it starts, each
check-in answer as it is given, and what was really done when it ends.

It is told of starts and ends (by the session lifecycle) rather than guessing
them from snapshots, so a run that follows straight on from another ("Start
again") gets its own row. A history that cannot be written never stops a
session; it is said once through ``problem``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from ..domain.checkins import Answer
from ..domain.run_record import RunSummary
from ..storage import StorageError
from ..storage.history import History

log = logging.getLogger(__name__)

T = TypeVar("T")


class SessionLog(QObject):
    problem = Signal(str)

    def __init__(self, history: History | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self._session_id: int | None = None
        self._failed = False

    @property
    def session_id(self) -> int | None:
        """The row of the run in progress, if one is being written."""
        return self._session_id

    def begin(
        self, routine_key: str, routine_name: str, planned_s: float, adaptations: Sequence[str]
    ) -> None:
        """A run has started: open its row."""
        if self._session_id is not None:
            log.warning("a run started before the last one was written as ended")
        self._session_id = self._write(
            lambda h: h.record_session(
                routine_key, routine_name, planned_s, adaptations=adaptations
            )
        )

    def checkin(self, at_s: float, answer: Answer) -> None:
        """An answer given ``at_s`` seconds of massage into the run."""
        if self._session_id is not None:
            session_id = self._session_id
            self._write(lambda h: h.record_checkin(session_id, at_s, answer.value))

    def end(self, summary: RunSummary) -> None:
        """The run is over (finished, restarted, switched, app closed)."""
        if self._session_id is None:
            return
        session_id = self._session_id
        self._session_id = None
        self._write(
            lambda h: h.finish_session(
                session_id, summary.run_s, summary.completed, summary.skipped
            )
        )

    def _write(self, action: Callable[[History], T]) -> T | None:
        if self.history is None:
            return None
        try:
            return action(self.history)
        except (StorageError, KeyError) as exc:
            log.warning("history not written: %s", exc)
            if not self._failed:
                self._failed = True
                self.problem.emit(
                    self.tr("The session history could not be saved: {problem}").format(problem=exc)
                )
            return None
