"""The user's routines as the main window offers them: listing, editing,
importing, exporting, deleting, and recovering drafts after a crash."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..domain.library import RoutineLibrary
from ..domain.routine import Routine, RoutineError
from ..storage import BrokenRoutineFile, RoutineStore, StorageError

if TYPE_CHECKING:  # the editor loads when first opened, not at start-up
    from ..domain.routine_draft import RoutineDraft
    from .routine_editor import RoutineEditor

log = logging.getLogger(__name__)


class RoutineManager(QObject):
    """Built-in routines plus the user's own from ``store``."""

    changed = Signal()  # the list of routines changed
    saved = Signal(object)  # a Routine was saved (from the editor or an import)
    problem = Signal(str)  # something to tell the user in the status bar

    def __init__(
        self, builtins: RoutineLibrary, store: RoutineStore | None, window: QWidget
    ) -> None:
        super().__init__(window)
        self._builtins = builtins
        self._store = store
        self._window = window
        self._own: list[Routine] = []
        self._broken: list[BrokenRoutineFile] = []
        self.editors: list[RoutineEditor] = []
        self.reload()

    # -- reading ----------------------------------------------------------
    @property
    def can_edit(self) -> bool:
        """Whether routines can be saved (not where the data folder is unusable)."""
        return self._store is not None and self._store.writable

    @property
    def can_export(self) -> bool:
        return self._store is not None

    @property
    def builtins(self) -> RoutineLibrary:
        return self._builtins

    @property
    def own(self) -> list[Routine]:
        return list(self._own)

    @property
    def broken(self) -> list[BrokenRoutineFile]:
        return list(self._broken)

    @property
    def library(self) -> RoutineLibrary:
        return RoutineLibrary(self._builtins.routines + tuple(self._own))

    def get(self, key: str) -> Routine | None:
        return self.library.get(key)

    def reload(self) -> None:
        """Read the routines folder again; ``changed`` only if the list differs."""
        if self._store is None:
            return
        before = (self._own, self._broken)
        try:
            self._own, self._broken = self._store.load_all()
        except StorageError as exc:
            self._own, self._broken = [], []
            self.problem.emit(str(exc))
        if self._broken:
            names = ", ".join(b.path.name for b in self._broken)
            log.warning("routine files that cannot be used: %s", names)
        if (self._own, self._broken) != before:
            self.changed.emit()

    # -- editing ----------------------------------------------------------
    def edit(self, routine: Routine) -> RoutineEditor | None:
        from ..domain.routine_draft import RoutineDraft

        draft = RoutineDraft.from_routine(routine)
        if self.library.get(routine.key) != routine:
            # Opened from a file elsewhere (--routine FILE): its key is only
            # that file's name, so saving must make a new routine rather than
            # overwrite one of the user's that happens to share the name.
            draft = replace(draft, key="")
        return self._open(draft)

    def new(self) -> RoutineEditor | None:
        from ..domain.routine_draft import RoutineDraft

        template = self._builtins.routines[0]
        draft = RoutineDraft(self.tr("My routine"), RoutineDraft.from_routine(template).rows)
        return self._open(draft)

    def _open(
        self, draft: RoutineDraft, *, draft_id: str | None = None, recovered: bool = False
    ) -> RoutineEditor | None:
        if self._store is None or not self.can_edit:
            return None
        from .routine_editor import RoutineEditor

        editor = RoutineEditor(
            draft,
            store=self._store,
            reserved_keys=self._builtins.keys(),
            draft_id=draft_id,
            recovered=recovered,
            parent=self._window,
        )
        editor.saved.connect(self._on_saved)
        editor.finished.connect(lambda _code, e=editor: self._forget(e))
        self.editors.append(editor)
        editor.show()
        return editor

    def _forget(self, editor: RoutineEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def _on_saved(self, routine: Routine) -> None:
        self.reload()
        self.saved.emit(routine)

    def recover_drafts(self) -> None:
        """Offer back what the editor autosaved before a crash."""
        if self._store is None or not self.can_edit:
            return  # kept on disk for when the folder can be written again
        for draft in self._store.drafts():
            from ..domain.routine_draft import RoutineDraft

            try:
                recovered = RoutineDraft.from_raw(draft.data)
            except ValueError:
                log.warning("skipping an unreadable draft: %s", draft.path)
                continue
            when = QLocale().toString(
                QDateTime.fromSecsSinceEpoch(int(draft.saved_at)), QLocale.FormatType.ShortFormat
            )
            answer = QMessageBox.question(
                self._window,
                self.tr("Recover unsaved routine?"),
                self.tr(
                    "“{routine}” had unsaved changes when the app closed ({when}). Open them again?"
                ).format(routine=recovered.name or self.tr("Untitled"), when=when),
                QMessageBox.StandardButton.Open
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Ignore,
                QMessageBox.StandardButton.Open,
            )
            if answer == QMessageBox.StandardButton.Open:
                self._open(recovered, draft_id=draft.draft_id, recovered=True)
            elif answer == QMessageBox.StandardButton.Discard:
                self._store.discard_draft(draft.draft_id)

    # -- files ------------------------------------------------------------
    def import_file(self, path: Path | None = None) -> Routine | None:
        if self._store is None:
            return None
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self._window,
                self.tr("Import a routine"),
                "",
                self.tr("Routine files (*.json);;All files (*)"),
            )
            if not name:
                return None
            path = Path(name)
        try:
            routine = self._store.import_file(path, reserved_keys=self._builtins.keys())
        except RoutineError as exc:
            QMessageBox.warning(
                self._window,
                self.tr("Can't import this file"),
                self.tr("{file} is not a routine this app can use:").format(file=path.name)
                + "\n\n"
                + "\n".join(exc.problems),
            )
            return None
        except StorageError as exc:
            QMessageBox.warning(self._window, self.tr("Can't import this file"), str(exc))
            return None
        self.reload()
        self.saved.emit(routine)
        return routine

    def export(self, routine: Routine, path: Path | None = None) -> bool:
        if self._store is None:
            return False
        if path is None:
            suggested = (routine.key or self.tr("routine")) + ".json"
            name, _ = QFileDialog.getSaveFileName(
                self._window,
                self.tr("Export a routine"),
                suggested,
                self.tr("Routine files (*.json)"),
            )
            if not name:
                return False
            path = Path(name)
        try:
            self._store.export(replace(routine, builtin=False), path)
        except StorageError as exc:
            QMessageBox.warning(self._window, self.tr("Can't export"), str(exc))
            return False
        self.problem.emit(self.tr("Saved “{name}” to {path}").format(name=routine.name, path=path))
        return True

    def delete(self, routine: Routine) -> bool:
        if self._store is None or routine.builtin or self.library.get(routine.key) is None:
            return False
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete routine?"),
            self.tr(
                "Delete “{name}”? It moves to the trash folder inside the app's data "
                "folder, so it can still be recovered."
            ).format(name=routine.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._store.delete(routine.key)
        except (StorageError, ValueError) as exc:
            QMessageBox.warning(self._window, self.tr("Can't delete"), str(exc))
            return False
        self.reload()
        return True
