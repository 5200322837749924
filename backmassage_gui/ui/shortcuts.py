"""Turns the command table (``backmassage_gui.commands``) into QActions.

Single-character commands (T, P, F, L, S, ?, +, …) must work whatever widget
has the keyboard focus: oily hands do not click somewhere neutral first. Qt
asks the focused widget before it fires a shortcut (a ``ShortcutOverride``
event), and a widget with a line edit inside, such as a spin box, claims every
printable key, even letters it will then refuse. ``CommandKeys`` answers that
question for the window: only a field that would really type the character
keeps it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ..commands import COMMANDS, keys_label

_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def build_actions(
    parent: QWidget, handlers: Mapping[str, Callable[[], object]]
) -> dict[str, QAction]:
    """One QAction per command, added to ``parent`` so keys work window-wide,
    whatever widget in it has the focus (see ``CommandKeys``)."""
    actions: dict[str, QAction] = {}
    for c in COMMANDS:
        handler = handlers.get(c.name)
        if handler is None:
            continue
        action = QAction(c.text, parent)
        action.setShortcuts([QKeySequence(k) for k in c.keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(f"{c.help} ({keys_label(c.name)})" if c.keys else c.help)
        action.setCheckable(c.is_checkable)
        action.triggered.connect(lambda _checked=False, h=handler: h())
        parent.addAction(action)
        actions[c.name] = action
    CommandKeys(parent, actions.values())
    return actions


def single_character_keys(actions: Iterable[QAction]) -> set[Qt.Key]:
    """The keys of ``actions`` that are one character with no Ctrl, Alt or Meta.
    (Qt's code for a printable character's key is its upper-case code point.)"""
    keys: set[Qt.Key] = set()
    for action in actions:
        for sequence in action.shortcuts():
            text = sequence.toString()
            if len(text) == 1:
                keys.add(Qt.Key(ord(text.upper())))
    return keys


def types_text(widget: QWidget | None, text: str) -> bool:
    """Would ``widget``, with the focus, type ``text`` rather than let a
    command have it? A number field never takes a letter; an editable text
    field takes whatever its validator (if any) lets in."""
    if widget is None or not text or not text.isprintable():
        return False
    parent = widget.parentWidget()
    spin = widget if isinstance(widget, QAbstractSpinBox) else parent
    if isinstance(spin, QAbstractSpinBox):
        edit = spin.findChild(QLineEdit)
        if spin.isReadOnly() or edit is None:
            return False
        candidate, cursor = _typed(edit, text)
        return _valid(spin.validate(candidate, cursor))
    if isinstance(widget, QComboBox):
        edit = widget.lineEdit() if widget.isEditable() else None
        return edit is not None and types_text(edit, text)
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        validator = widget.validator()
        if validator is None:
            return True
        candidate, cursor = _typed(widget, text)
        return _valid(validator.validate(candidate, cursor))
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    return False


def _valid(answer: object) -> bool:
    """A validator's answer (PySide gives the state first) lets the text in."""
    state = answer[0] if isinstance(answer, tuple) else answer
    return bool(state != QValidator.State.Invalid)


def _typed(edit: QLineEdit, text: str) -> tuple[str, int]:
    """The line edit's text as it would be with ``text`` typed at its cursor."""
    current = edit.text()
    if edit.hasSelectedText():
        start = edit.selectionStart()
        end = start + len(edit.selectedText())
    else:
        start = end = edit.cursorPosition()
    return current[:start] + text + current[end:], start + len(text)


class CommandKeys(QObject):
    """Lets a window's single-character commands through to their shortcuts
    unless the focused widget would type the character.

    It watches only the widget that has the focus (the one Qt asks first),
    so no other event passes through Python.
    """

    def __init__(self, window: QWidget, actions: Iterable[QAction]) -> None:
        super().__init__(window)
        self._window = window
        self._keys = single_character_keys(actions)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus)
            self._on_focus(None, app.focusWidget())

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is self._window:
            # Left in place afterwards (installing again does not add a second
            # one): the filter acts only on the widget that has the focus.
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & _COMMAND_MODIFIERS or event.key() not in self._keys:
            return False
        if watched is not QApplication.focusWidget():
            return False
        if types_text(QApplication.focusWidget(), event.text()):
            return False
        # Not a character the field would take: the shortcut goes ahead.
        event.ignore()
        return True
