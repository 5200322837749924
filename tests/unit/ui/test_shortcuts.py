"""ui/shortcuts.py on bare widgets: the command table made into actions, the
keys that are one character, and which focused field would type a character."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIntValidator, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backmassage_gui.commands import WINDOW, in_context
from backmassage_gui.ui.shortcuts import (
    CommandKeys,
    build_actions,
    single_character_keys,
    types_text,
)

Show = Callable[[QWidget], None]


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.add_widget(widget)
    return widget


# -- build_actions ----------------------------------------------------------------


def test_only_commands_with_a_handler_become_actions(host: QWidget) -> None:
    actions = build_actions(host, {"toggle": lambda: None, "sound": lambda: None})
    assert set(actions) == {"toggle", "sound"}
    assert actions["sound"].isCheckable() and not actions["toggle"].isCheckable()
    assert actions["toggle"].toolTip() == "Start, pause or resume the session (Space)"


def test_every_window_command_becomes_an_action_as_the_table_says(host: QWidget) -> None:
    commands = in_context(WINDOW)
    actions = build_actions(host, {c.name: lambda: None for c in commands})
    assert list(actions) == [c.name for c in commands]  # in table order
    for c in commands:
        action = actions[c.name]
        assert action.text() == c.text
        assert action.shortcuts() == [QKeySequence(k) for k in c.keys], c.name
        assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
        assert action.isCheckable() == bool(c.checkable or c.setting), c.name
        assert action in host.actions()  # its keys work anywhere in the window
    assert actions["history"].toolTip() == "Your recent sessions"  # no keys, none said
    assert actions["add_time"].toolTip().endswith("(↑ or +)")
    assert len(host.findChildren(CommandKeys)) == 1


def test_an_action_calls_its_handler_once_with_nothing(host: QWidget) -> None:
    called: list[str] = []
    actions = build_actions(
        host, {"restart": lambda: called.append("restart"), "sound": lambda: called.append("sound")}
    )
    actions["restart"].trigger()
    actions["sound"].trigger()  # checkable: the checked state is not passed on
    assert called == ["restart", "sound"]


# -- single_character_keys --------------------------------------------------------


def test_single_character_keys_are_plain_printable_keys(host: QWidget) -> None:
    action = QAction(host)
    action.setShortcuts(
        [
            QKeySequence(k)
            for k in ("t", "Ctrl+T", "Shift+T", "F1", "?", "+", "Space", "Esc", "Right")
        ]
    )
    other = QAction(host)
    other.setShortcuts([QKeySequence("R")])
    assert single_character_keys([action, other]) == {
        Qt.Key.Key_T,
        Qt.Key.Key_Question,
        Qt.Key.Key_Plus,
        Qt.Key.Key_R,
    }
    assert single_character_keys([]) == set()


def test_the_windows_single_character_keys_are_the_tables(host: QWidget) -> None:
    actions = build_actions(host, {c.name: lambda: None for c in in_context(WINDOW)})
    expected = {
        QKeySequence(k)[0].key()  # type: ignore[index]  # PySide's stubs omit []
        for c in in_context(WINDOW)
        for k in c.keys
        if len(k) == 1
    }
    assert Qt.Key.Key_T in expected and Qt.Key.Key_Question in expected
    assert single_character_keys(actions.values()) == expected


# -- types_text ---------------------------------------------------------------------


def test_nothing_types_without_a_widget_or_a_printable_character(host: QWidget) -> None:
    field = QLineEdit(host)
    assert not types_text(None, "t")
    assert not types_text(field, "")
    assert not types_text(field, "\t")
    assert not types_text(field, "\x1b")
    assert types_text(field, "t")


def test_a_line_edit_types_what_its_validator_lets_in(host: QWidget) -> None:
    field = QLineEdit(host)
    assert types_text(field, "t")
    field.setValidator(QIntValidator(0, 99, field))
    assert types_text(field, "5")
    assert not types_text(field, "t")
    field.setText("12")
    field.setCursorPosition(2)
    assert not types_text(field, "3")  # 123 is out of range
    field.selectAll()
    assert types_text(field, "3")  # it would replace the selection
    field.setReadOnly(True)
    assert not types_text(field, "3")


def test_a_spin_box_types_digits_never_letters(host: QWidget) -> None:
    spin = QSpinBox(host)
    spin.setRange(0, 200)
    for focused in (spin, spin.lineEdit()):  # the focus may be on its inner field
        assert types_text(focused, "7")
        assert not types_text(focused, "t")
    spin.setReadOnly(True)
    assert not types_text(spin, "7")


def test_a_combo_box_types_only_when_editable(host: QWidget) -> None:
    combo = QComboBox(host)
    combo.addItems(["one", "two"])
    assert not types_text(combo, "t")
    combo.setEditable(True)
    assert types_text(combo, "t")


@pytest.mark.parametrize("kind", [QTextEdit, QPlainTextEdit])
def test_text_areas_type_unless_read_only(
    host: QWidget, kind: type[QTextEdit] | type[QPlainTextEdit]
) -> None:
    area = kind(host)
    assert types_text(area, "t")
    area.setReadOnly(True)
    assert not types_text(area, "t")


def test_other_widgets_type_nothing(host: QWidget) -> None:
    assert not types_text(QPushButton("Go", host), "t")
    assert not types_text(host, "t")


# -- the keys at work -----------------------------------------------------------------


def test_a_letter_is_a_command_unless_the_focused_field_types_it(
    qtbot: QtBot, host: QWidget, show_active: Show
) -> None:
    fired: list[str] = []
    spin = QSpinBox()
    field = QLineEdit()
    layout = QVBoxLayout(host)
    layout.addWidget(spin)
    layout.addWidget(field)
    build_actions(host, {"trace": lambda: fired.append("trace")})
    show_active(host)
    spin.setFocus()
    qtbot.wait_until(spin.hasFocus)
    qtbot.keyClick(spin, Qt.Key.Key_T)
    assert fired == ["trace"]  # a number field types no letters
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "5")
    assert spin.value() == 5 and fired == ["trace"]
    field.setFocus()
    qtbot.wait_until(field.hasFocus)
    qtbot.keyClicks(field, "t")
    assert field.text() == "t" and fired == ["trace"]
