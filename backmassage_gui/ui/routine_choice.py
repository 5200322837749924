"""Choosing the routine to run: the picker, a routine saved or deleted, and
the question before a stray click throws a session away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.routine import Routine
from ..domain.session import State
from .routine_manager import RoutineManager
from .routine_picker import RoutinePicker
from .session_controller import SessionController
from .session_lifecycle import SessionLifecycle
from .settings_model import SettingsModel


class RoutineChoice(QObject):
    said = Signal(str, int)  # a status line and how long it shows (ms)

    def __init__(
        self,
        picker: RoutinePicker,
        routines: RoutineManager,
        controller: SessionController,
        lifecycle: SessionLifecycle,
        settings: SettingsModel,
        *,
        outside: Routine | None,
        window: QWidget,
        done: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self._picker = picker
        self._routines = routines
        self._controller = controller
        self._lifecycle = lifecycle
        self._settings = settings
        self._outside = outside
        """A routine opened from a file elsewhere (--routine FILE): offered too."""
        self._window = window
        self._done = done
        picker.picked.connect(self._on_pick)
        routines.changed.connect(self.refresh)
        routines.saved.connect(self._on_saved)

    def refresh(self) -> None:
        own = self._routines.own
        if self._outside is not None:
            own.append(self._outside)
        self._picker.set_routines(
            self._routines.builtins.routines,
            own,
            self._routines.broken,
            self._controller.session.routine.key,
        )

    def delete_current(self) -> None:
        if self._routines.delete(self._lifecycle.plan.routine):
            fallback = self._routines.builtins.routines[0]
            self._lifecycle.use(fallback)
            self._settings.set_routine(fallback.key)
            self.refresh()

    def in_progress(self) -> bool:
        return self._controller.snapshot.state not in (State.READY, State.FINISHED)

    def _on_pick(self, key: str) -> None:
        current = self._controller.session.routine
        routine = self._routines.get(key)
        if routine is None and self._outside is not None and key == self._outside.key:
            routine = self._outside
        if routine is not None and routine.key != current.key:
            if self.in_progress() and not self._confirm_switch(routine):
                self._picker.select(current.key)
            else:
                self._lifecycle.use(routine)
                self._picker.select(routine.key)
                if self._routines.get(routine.key) is not None:
                    self._settings.set_routine(routine.key)
        self._done()

    def _confirm_switch(self, routine: Routine) -> bool:
        self._controller.pause()
        answer = QMessageBox.question(
            self._window,
            self.tr("Switch routine?"),
            self.tr("Switch to {name}? The session in progress will end.").format(
                name=routine.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_saved(self, routine: Routine) -> None:
        if not self.in_progress():
            self._lifecycle.use(routine)
            self._settings.set_routine(routine.key)
            self.said.emit(self.tr("“{name}” is ready to start").format(name=routine.name), 5000)
        else:
            self.said.emit(
                self.tr("Saved “{name}”; pick it when this session is over").format(
                    name=routine.name
                ),
                8000,
            )
        self.refresh()
