"""The routine drop-down: built-ins, then the user's own, then broken files.

Items are identified by routine key, never by position, so adding or
reordering routines never changes what a saved choice points at.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from ..domain import timefmt
from ..domain.routine import Routine
from ..storage import BrokenRoutineFile

BROKEN_PREFIX = "broken:"


class RoutinePicker(QComboBox):
    picked = Signal(str)  # routine key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Routine"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._current = ""
        self.activated.connect(self._on_activated)

    def set_routines(
        self,
        builtins: Sequence[Routine],
        own: Sequence[Routine],
        broken: Sequence[BrokenRoutineFile],
        current: str,
    ) -> None:
        model = QStandardItemModel(self)
        for routine in builtins:
            model.appendRow(_item(routine, ""))
        if own or broken:
            model.appendRow(_separator(self.tr("Your routines")))
        for routine in own:
            model.appendRow(_item(routine, ""))
        for bad in broken:
            item = QStandardItem(self.tr("{file} · can't be used").format(file=bad.path.name))
            item.setData(BROKEN_PREFIX + str(bad.path), Qt.ItemDataRole.UserRole)
            item.setToolTip(f"{bad.path}\n" + "\n".join(bad.problems))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            model.appendRow(item)
        self.blockSignals(True)
        self.setModel(model)
        self.blockSignals(False)
        self.select(current)

    def select(self, key: str) -> None:
        self._current = key
        index = self.findData(key)
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def current_key(self) -> str:
        return self._current

    def _on_activated(self, index: int) -> None:
        key = self.itemData(index)
        if isinstance(key, str) and key and not key.startswith(BROKEN_PREFIX):
            self.picked.emit(key)


def _item(routine: Routine, note: str) -> QStandardItem:
    item = QStandardItem(f"{routine.name} · {timefmt.duration(routine.total_s)}{note}")
    item.setData(routine.key, Qt.ItemDataRole.UserRole)
    if routine.description:
        item.setToolTip(routine.description)
    return item


def _separator(text: str) -> QStandardItem:
    item = QStandardItem(f"— {text} —")
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    return item
