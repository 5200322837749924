"""The routine editor: a table of phases, undo/redo, fit to a length, a live
pressure preview, problems marked as the user types, and crash recovery."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..commands import command, keys_label
from ..domain import timefmt
from ..domain.routine import Routine, RoutineError
from ..domain.routine_draft import COLUMNS, RoutineDraft, column_in_sentence
from ..domain.routine_edit import parse_total_length
from ..i18n import Context
from . import theme
from .routine_table import ChoiceDelegate, PhaseTableModel

if TYPE_CHECKING:
    from ..storage.routine_store import RoutineStore
    from .pressure_plot import PressurePlot

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1500
PREVIEW_MS = 150
_TEXT_MERGE_ID = 1


class EditorText(Context):
    """The routine editor's counted words."""


class _DraftChange(QUndoCommand):
    """One edit: the draft before and after. Typing into the name or the
    description merges into one step per field."""

    def __init__(
        self,
        editor: RoutineEditor,
        before: RoutineDraft,
        after: RoutineDraft,
        text: str,
        merge_field: str = "",
    ) -> None:
        super().__init__(text)
        self._editor = editor
        self.before = before
        self.after = after
        self.merge_field = merge_field

    def id(self) -> int:
        return _TEXT_MERGE_ID if self.merge_field else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _DraftChange) or other.merge_field != self.merge_field:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._editor._show_draft(self.after)

    def undo(self) -> None:
        self._editor._show_draft(self.before)


class RoutineEditor(QDialog):
    """Edits one routine. Built-in routines open read-only ("save as a copy")."""

    saved = Signal(object)  # the saved Routine

    def __init__(
        self,
        draft: RoutineDraft,
        *,
        store: RoutineStore,
        reserved_keys: Collection[str],
        draft_id: str | None = None,
        recovered: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._reserved = set(reserved_keys)
        self._draft = draft
        # A draft with no key was never saved (a new routine): it starts unsaved.
        self._saved_draft: RoutineDraft | None = None if recovered or not draft.key else draft
        self._draft_id = draft_id or draft.key or f"new-{uuid.uuid4().hex[:8]}"
        self.undo_stack = QUndoStack(self)
        self.preview: PressurePlot | None = None

        self.setWindowTitle(self.tr("Routine editor"))
        self.setAccessibleName(self.tr("Routine editor"))
        self.setStyleSheet(theme.STYLE_SHEET + _EDITOR_STYLE)
        self.resize(1200, 760)

        self._build_header(draft)
        self._build_table(draft)
        tools = self._build_tools()
        self._build_feedback()
        close_button = self._build_save_buttons()
        self._build_layout(tools, close_button)
        self._build_timers()
        self._show_draft(draft)
        if recovered:
            self.setWindowTitle(self.tr("Routine editor (recovered)"))

    def _build_header(self, draft: RoutineDraft) -> None:
        """The routine's name and description, and the note on built-in routines."""
        self.name_edit = QLineEdit(draft.name)
        self.name_edit.setAccessibleName(self.tr("Routine name"))
        self.name_edit.setMaxLength(200)
        self.name_edit.textEdited.connect(
            lambda text: self.apply(self._draft.with_name(text), self.tr("rename routine"), "name")
        )
        self.description_edit = QLineEdit(draft.description)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.textEdited.connect(
            lambda text: self.apply(
                self._draft.with_description(text), self.tr("edit description"), "description"
            )
        )
        self.builtin_note = QLabel(
            self.tr(
                "This is a built-in routine: it cannot be changed, but you can save your "
                "edits as a copy of your own."
            )
        )
        self.builtin_note.setWordWrap(True)
        self.builtin_note.setVisible(draft.builtin)
        self.builtin_note.setProperty("role", "muted")

    def _build_table(self, draft: RoutineDraft) -> None:
        """The phase table: edited in place, rows reordered by dragging."""
        self.model = PhaseTableModel(draft, self.apply, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Phases"))
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in zip(COLUMNS, (190, 140, 170, 110, 110, 100), strict=False):
            self.table.setColumnWidth(COLUMNS.index(column), width)

    def _build_tools(self) -> QHBoxLayout:
        """The row above the table: phase commands, undo and redo, fit to length."""
        self.buttons: dict[str, QPushButton] = {}
        tools = QHBoxLayout()
        self._build_phase_buttons(tools)
        self._build_undo_buttons(tools)
        tools.addStretch(1)
        self._build_fit_controls(tools)
        return tools

    def _build_phase_buttons(self, tools: QHBoxLayout) -> None:
        """Add, duplicate, delete and move, with their keys from the command table."""
        for name, handler in (
            ("add", self.add_phase),
            ("duplicate", self.duplicate_phase),
            ("delete", self.delete_phase),
            ("up", lambda: self.move_phase(-1)),
            ("down", lambda: self.move_phase(1)),
        ):
            entry = command(f"editor_{name}")
            button = QPushButton(entry.text)
            button.setShortcut(QKeySequence(entry.keys[0]))
            button.setToolTip(f"{entry.help} ({keys_label(entry.name)})")
            button.setAccessibleName(entry.text)
            button.clicked.connect(handler)
            tools.addWidget(button)
            self.buttons[name] = button

    def _build_undo_buttons(self, tools: QHBoxLayout) -> None:
        """Undo and redo: actions for the keys, buttons enabled only when they can act."""
        undo = self.undo_stack.createUndoAction(self, command("editor_undo").text)
        redo = self.undo_stack.createRedoAction(self, command("editor_redo").text)
        self.addActions([undo, redo])
        for name, action, signal in (
            ("undo", undo, self.undo_stack.canUndoChanged),
            ("redo", redo, self.undo_stack.canRedoChanged),
        ):
            entry = command(f"editor_{name}")
            action.setShortcuts([QKeySequence(k) for k in entry.keys])
            button = QPushButton(entry.text)
            button.setAccessibleName(entry.text)
            button.setToolTip(f"{entry.help} ({keys_label(entry.name)})")
            button.clicked.connect(action.trigger)
            signal.connect(button.setEnabled)
            button.setEnabled(False)
            tools.addWidget(button)
            self.buttons[name] = button

    def _build_fit_controls(self, tools: QHBoxLayout) -> None:
        """A total length to type, and the button that scales the phases to it."""
        self.fit_edit = QLineEdit()
        self.fit_edit.setPlaceholderText(self.tr("e.g. 20 min"))
        self.fit_edit.setAccessibleName(self.tr("Fit to a total length"))
        self.fit_edit.setMaximumWidth(140)
        self.fit_edit.returnPressed.connect(self.fit_to_length)
        fit_button = QPushButton(self.tr("Fit to length"))
        fit_button.setAccessibleName(self.tr("Fit to length"))
        fit_button.clicked.connect(self.fit_to_length)
        self.buttons["fit"] = fit_button
        tools.addWidget(QLabel(self.tr("Total:")))
        tools.addWidget(self.fit_edit)
        tools.addWidget(fit_button)

    def _build_feedback(self) -> None:
        """The total, the problems, the advice and the room for the pressure preview."""
        self.total_label = QLabel()
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setAccessibleName(self.tr("Problems"))
        self.problems_label.setStyleSheet("color: #ff9c9c;")
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setAccessibleName(self.tr("Advice"))
        self.warnings_label.setStyleSheet(f"color: {theme.ACCENT.name()};")
        self.preview_slot = QVBoxLayout()

    def _build_save_buttons(self) -> QPushButton:
        """Save (and its key), Save as a copy; returns the Close button."""
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primary")
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        save_action = QAction(command("editor_save").text, self)
        save_action.setShortcuts([QKeySequence(k) for k in command("editor_save").keys])
        save_action.triggered.connect(self._save_shortcut)
        self.addAction(save_action)
        self.save_copy_button = QPushButton(self.tr("Save as a copy"))
        self.save_copy_button.setAccessibleName(self.tr("Save as a copy"))
        self.save_copy_button.clicked.connect(self.save_copy)
        close_button = QPushButton(self.tr("Close"))
        close_button.setAccessibleName(self.tr("Close"))
        close_button.clicked.connect(self.close)
        return close_button

    def _build_layout(self, tools: QHBoxLayout, close_button: QPushButton) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_label)
        bottom.addStretch(1)
        bottom.addWidget(self.save_copy_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.builtin_note)
        layout.addLayout(tools)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.warnings_label)
        layout.addLayout(self.preview_slot, 2)
        layout.addLayout(bottom)

    def _build_timers(self) -> None:
        """The preview redraws, and the draft is kept, a moment after typing stops."""
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_MS)
        self._preview_timer.timeout.connect(self._refresh_preview)
        self._autosave_timer = QTimer(self)
        self._autosave_timer.setSingleShot(True)
        self._autosave_timer.setInterval(AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)

    # -- state ------------------------------------------------------------
    @property
    def draft(self) -> RoutineDraft:
        return self._draft

    @property
    def dirty(self) -> bool:
        return self._saved_draft is None or self._draft != self._saved_draft

    @property
    def draft_id(self) -> str:
        return self._draft_id

    def apply(self, draft: RoutineDraft, text: str, merge_field: str = "") -> None:
        """Make an edit, undoably."""
        if draft == self._draft:
            return
        self.undo_stack.push(_DraftChange(self, self._draft, draft, text, merge_field))

    def _show_draft(self, draft: RoutineDraft) -> None:
        self._draft = draft
        self.model.set_draft(draft)
        if self.name_edit.text() != draft.name:
            self.name_edit.setText(draft.name)
        if self.description_edit.text() != draft.description:
            self.description_edit.setText(draft.description)
        problems = draft.routine_problems() + [
            self.tr("Phase {number}, {column}: {problem}").format(
                number=row + 1, column=column_in_sentence(column), problem=message
            )
            for (row, column), message in sorted(draft.cell_problems().items())
        ]
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))
        warnings = [self.tr("Advice: {advice}").format(advice=w.message) for w in draft.warnings()]
        self.warnings_label.setText("\n".join(warnings))
        self.warnings_label.setVisible(bool(warnings))
        self.total_label.setText(
            EditorText.tr("%n phase(s) · {length} in all", "", len(draft.rows)).format(
                length=timefmt.countdown(draft.total_s())
            )
        )
        valid = not problems
        self.save_button.setEnabled(valid and not draft.builtin and self.dirty)
        self.save_copy_button.setEnabled(valid)
        self.save_button.setToolTip(
            self.tr("Built-in routines are read-only: save a copy")
            if draft.builtin
            else self.tr("Save ({keys})").format(keys=keys_label("editor_save"))
        )
        title = self.tr("{routine} · Routine editor").format(
            routine=draft.name or self.tr("Untitled")
        )
        self.setWindowTitle(("* " if self.dirty else "") + title)
        self._preview_timer.start()
        if self.dirty:
            self._autosave_timer.start()

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.currentIndex().row()

    def _select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    # -- row commands -------------------------------------------------------
    def add_phase(self) -> None:
        row = self._selected_row()
        at = row + 1 if row >= 0 else len(self._draft.rows)
        self.apply(self._draft.inserted(at), self.tr("add phase"))
        self._select(at)

    def duplicate_phase(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self.apply(
                self._draft.duplicated(row),
                self.tr("duplicate phase {number}").format(number=row + 1),
            )
            self._select(row + 1)

    def delete_phase(self) -> None:
        row = self._selected_row()
        if row >= 0:
            self.apply(
                self._draft.removed(row), self.tr("delete phase {number}").format(number=row + 1)
            )
            self._select(min(row, len(self._draft.rows) - 1))

    def move_phase(self, step: int) -> None:
        row = self._selected_row()
        target = row + step
        if row >= 0 and 0 <= target < len(self._draft.rows):
            self.apply(
                self._draft.moved(row, target),
                self.tr("move phase {number}").format(number=row + 1),
            )
            self._select(target)

    def fit_to_length(self) -> None:
        text = self.fit_edit.text()
        try:
            total = parse_total_length(text)
            fitted = self._draft.fitted(total)
        except RoutineError:
            self._say(self.tr("Fix the marked cells first, then fit the length."))
            return
        except ValueError as exc:
            self._say(self.tr("Cannot fit to {text}: {exc}").format(text=repr(text), exc=exc))
            return
        self.apply(fitted, self.tr("fit to {duration}").format(duration=timefmt.duration(total)))

    def _say(self, message: str) -> None:
        QMessageBox.information(self, self.tr("Routine editor"), message)

    # -- preview ----------------------------------------------------------
    def ensure_preview(self) -> PressurePlot:
        if self.preview is None:
            from .pressure_plot import PressurePlot

            self.preview = PressurePlot(compact=False)
            self.preview.setMinimumHeight(150)
            self.preview_slot.addWidget(self.preview)
            self._refresh_preview()
        return self.preview

    def _refresh_preview(self) -> None:
        if self.preview is None or not self._draft.valid:
            return
        self.preview.set_plan(self._draft.to_routine().phases)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.ensure_preview)

    # -- saving -----------------------------------------------------------
    def _save_shortcut(self) -> None:
        """Ctrl+S: save, or save a copy where the routine is built in."""
        if self._draft.valid:
            self.save()
        else:
            self._say(self.tr("Fix the marked cells first; they say what is wrong."))

    def save(self) -> bool:
        if self._draft.builtin:
            return self.save_copy()
        return self._save(self._draft)

    def save_copy(self) -> bool:
        name = self._draft.name.strip()
        if self._saved_draft is not None and name == self._saved_draft.name.strip():
            name = self.tr("{name} (my copy)").format(name=name)[:80]
        copy = RoutineDraft(name, self._draft.rows, self._draft.description)
        return self._save(copy)

    def _save(self, draft: RoutineDraft) -> bool:
        from ..storage import StorageError

        try:
            routine: Routine = draft.to_routine()
            stored = self._store.save(routine, reserved_keys=self._reserved)
        except RoutineError as exc:
            self._say(
                self.tr("This routine has problems to fix before it can be saved:")
                + "\n"
                + "\n".join(exc.problems)
            )
            return False
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
            return False
        saved = RoutineDraft.from_routine(stored)
        self._store.discard_draft(self._draft_id)
        self._draft_id = stored.key
        self._saved_draft = saved
        # From here on the editor edits what was saved (for a copy: the copy,
        # no longer read-only); earlier steps belonged to another routine.
        self.undo_stack.clear()
        self._show_draft(saved)
        self.builtin_note.setVisible(False)
        self._autosave_timer.stop()
        self.saved.emit(stored)
        return True

    def autosave(self) -> None:
        """Keep what was typed safe from a crash until it is saved."""
        if not self.dirty:
            return
        try:
            self._store.save_draft(self._draft_id, self._draft.to_raw())
        except Exception:  # a failed autosave must never interrupt editing
            log.exception("autosave of the routine draft failed")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.dirty:
            self._store.discard_draft(self._draft_id)
            event.accept()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to {routine}?").format(
                routine=self._draft.name or self.tr("this routine")
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            event.ignore()
            return
        if answer == QMessageBox.StandardButton.Save and not self.save():
            event.ignore()
            return
        self._autosave_timer.stop()
        self._store.discard_draft(self._draft_id)
        event.accept()

    def reject(self) -> None:
        """Esc goes through the same unsaved-changes question as closing."""
        self.close()

    def select_cell(self, row: int, column: str) -> QModelIndex:
        index = self.model.index(row, COLUMNS.index(column))
        self.table.setCurrentIndex(index)
        return index


_EDITOR_STYLE = """
QDialog { background: #161a22; }
QLineEdit { background: #2b3342; color: #eef1f6; border: 2px solid #3d475a;
            border-radius: 8px; padding: 4px 8px; font-size: 16px; }
QTableView { background: #1e2430; color: #eef1f6; gridline-color: #3d475a;
             font-size: 15px; selection-background-color: #8a5a22; }
QHeaderView::section { background: #2b3342; color: #eef1f6; padding: 4px;
                       border: none; font-size: 14px; }
QLabel { font-size: 15px; }
QPushButton { min-height: 30px; padding: 5px 12px; font-size: 15px; }
"""
