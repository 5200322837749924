"""Every keyboard shortcut and the action it triggers, defined once.

Menus, buttons, the on-screen key hints and the Help list all read this
table, so a key is never documented in one place and bound in another.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Command:
    name: str
    text: str
    keys: tuple[str, ...]
    help: str


COMMANDS: tuple[Command, ...] = (
    Command("toggle", "Start / Pause", ("Space",), "Start, pause or resume the session"),
    Command("next", "Next phase", ("Right",), "Skip to the next phase"),
    Command("previous", "Previous phase", ("Left",), "Go back to the previous phase"),
    Command("add_time", "+30 s", ("Up", "+"), "Add 30 seconds to this phase"),
    Command("restart", "Restart", ("R",), "Back to the start of the routine"),
    Command("fullscreen", "Full screen", ("F11",), "Enter or leave full screen"),
    Command("leave_fullscreen", "Leave full screen", ("Esc",), "Leave full screen"),
    Command("shortcuts", "Keyboard shortcuts", ("F1", "?"), "Show this list"),
    Command("quit", "Quit", ("Ctrl+Q",), "Close the app"),
)


def command(name: str) -> Command:
    for c in COMMANDS:
        if c.name == name:
            return c
    raise KeyError(name)


def key_label(name: str) -> str:
    """The main key for a command, as shown on screen."""
    seq = QKeySequence(command(name).keys[0])
    return seq.toString(QKeySequence.SequenceFormat.NativeText)


def build_actions(parent: QWidget, handlers: Mapping[str, Callable[[], None]]
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
        action.setToolTip(f"{c.help} ({' or '.join(c.keys)})")
        action.triggered.connect(lambda _checked=False, h=handler: h())
        parent.addAction(action)
        actions[c.name] = action
    return actions
