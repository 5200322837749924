"""Turns the command table (``backmassage_gui.commands``) into QActions."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ..commands import COMMANDS, keys_label


def build_actions(parent: QWidget, handlers: Mapping[str, Callable[[], object]]
                  ) -> dict[str, QAction]:
    """One QAction per command, added to ``parent`` so keys work window-wide."""
    actions: dict[str, QAction] = {}
    for c in COMMANDS:
        handler = handlers.get(c.name)
        if handler is None:
            continue
        action = QAction(c.text, parent)
        action.setShortcuts([QKeySequence(k) for k in c.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{c.help} ({keys_label(c.name)})")
        action.triggered.connect(lambda _checked=False, h=handler: h())
        parent.addAction(action)
        actions[c.name] = action
    return actions
