"""The editor's table: one row per phase, every cell editable, problems marked.

The model shows a ``RoutineDraft`` and never changes it itself: every edit is
handed to ``on_edit`` as a new draft, so the editor can put it on the undo
stack. Rows are reordered by drag and drop through the same path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from ..domain.routine_draft import (
    COLUMNS,
    RoutineDraft,
    check_cell,
    column_in_sentence,
    column_title,
)
from ..domain.strokes import Stroke
from ..domain.zones import Zone

ROW_MIME = "application/x-backmassage-phase-row"
ModelIndex = QModelIndex | QPersistentModelIndex
_CHOICE_COLUMNS = ("zone", "stroke")


def _choices(column: str) -> list[tuple[str, str]]:
    """The values a choice column takes, with their names in the language in use."""
    if column == "zone":
        return [(z.value, z.label) for z in Zone]
    if column == "stroke":
        return [(s.value, s.label) for s in Stroke]
    return []


_PROBLEM_BACKGROUND = QBrush(QColor(170, 50, 50, 150))


class PhaseTableModel(QAbstractTableModel):
    def __init__(
        self,
        draft: RoutineDraft,
        on_edit: Callable[[RoutineDraft, str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._draft = draft
        self._problems = draft.cell_problems()
        self._on_edit = on_edit

    @property
    def draft(self) -> RoutineDraft:
        return self._draft

    def set_draft(self, draft: RoutineDraft) -> None:
        """Show ``draft``; resets only when the rows' shape changed."""
        same_shape = len(draft.rows) == len(self._draft.rows)
        old_rows = self._draft.rows
        self._draft = draft
        self._problems = draft.cell_problems()
        if not same_shape:
            self.beginResetModel()
            self.endResetModel()
            return
        for r, (old, new) in enumerate(zip(old_rows, draft.rows, strict=True)):
            if old != new:
                self.dataChanged.emit(self.index(r, 0), self.index(r, len(COLUMNS) - 1))
        # Problems can change in rows whose text did not (none today), and
        # marking must be right: refresh decoration for all rows cheaply.
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, len(COLUMNS) - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole],
            )

    def problem_at(self, row: int, column: str) -> str | None:
        return self._problems.get((row, column))

    # -- QAbstractTableModel --------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._draft.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_title(COLUMNS[section])
        return str(section + 1)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        text = self._draft.rows[index.row()].get(column)
        problem = self._problems.get((index.row(), column))
        if role == Qt.ItemDataRole.DisplayRole:
            labels = dict(_choices(column))
            return labels.get(text, text)
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return problem
        if role == Qt.ItemDataRole.BackgroundRole and problem:
            return _PROBLEM_BACKGROUND
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and problem:
            return self.tr("Problem: {problem}").format(problem=problem)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = COLUMNS[index.column()]
        text = str(value)
        if text == self._draft.rows[index.row()].get(column):
            return False
        self._on_edit(
            self._draft.with_cell(index.row(), column, text),
            self.tr("edit {column} of phase {number}").format(
                column=column_in_sentence(column), number=index.row() + 1
            ),
        )
        return True

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    # -- drag and drop: rows move through on_edit, so they can be undone ----
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            mime.setData(ROW_MIME, QByteArray(str(rows[0]).encode()))
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(ROW_MIME):
            return False
        try:
            source = int(bytes(data.data(ROW_MIME).data()).decode())
        except ValueError:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        if target > source:
            target -= 1  # the row leaves its place before it lands
        if target == source or not 0 <= source < self.rowCount():
            return False
        self._on_edit(
            self._draft.moved(source, target),
            self.tr("move phase {number}").format(number=source + 1),
        )
        # False: the view must not remove the source row itself; on_edit did it.
        return False


def _mark(editor: QLineEdit, column: str, text: str) -> None:
    problem = check_cell(column, text)
    editor.setToolTip(problem or "")
    editor.setProperty("problem", bool(problem))
    editor.setStyleSheet("border: 2px solid #ff6b6b;" if problem else "")
    if problem:
        QToolTip.showText(editor.mapToGlobal(editor.rect().bottomLeft()), problem, editor)
    else:
        QToolTip.hideText()


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down for the zone and stroke columns: names in words, stored by value."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        column = COLUMNS[index.column()]
        if column not in _CHOICE_COLUMNS:
            editor = QLineEdit(parent)
            editor.setAccessibleName(column_title(column))
            # Say what is wrong while the user types, not only after Enter.
            editor.textEdited.connect(lambda text, e=editor, c=column: _mark(e, c, text))
            return editor
        combo = QComboBox(parent)
        for value, label in _choices(column):
            combo.addItem(label, value)
        combo.setAccessibleName(column_title(column))
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
