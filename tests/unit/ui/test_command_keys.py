"""Single-character commands act whatever widget has the focus; a text field
that would type the character keeps it."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from window_types import MakeWindow

from backmassage_gui.commands import COMMANDS
from backmassage_gui.ui.main_window import MainWindow

SINGLE_KEYS = [(c.name, key) for c in COMMANDS for key in c.keys if len(key) == 1]


def has_focus(widget: QWidget) -> bool:
    return QApplication.focusWidget() is widget


@pytest.fixture
def window(make_window: MakeWindow) -> Iterator[MainWindow]:
    w = make_window("relaxation", follow_desktop_motion=False, active=True)
    yield w
    w.controller.pause()


def record_commands(window: MainWindow) -> list[str]:
    """Replace every command's handler with a record of its name, so a key
    can be pressed on any widget without the command changing the screen."""
    fired: list[str] = []
    for name, action in window.actions_by_name.items():
        action.triggered.disconnect()
        action.triggered.connect(lambda _checked=False, n=name: fired.append(n))
    return fired


def focusable(page: QWidget) -> list[QWidget]:
    return [
        w
        for w in page.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisible()
        and w.isEnabled()
        and w.focusProxy() is None
    ]


def key_of(text: str) -> Qt.Key:
    return QKeySequence(text)[0].key()  # type: ignore[index]  # PySide's stubs omit []


def test_single_letter_commands_act_whatever_has_the_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    """'T does nothing while the tempo box has focus': the spin box claimed
    every letter, though a number field types none of them."""
    window.pages.ensure_practice()
    timeline = window.session_page.ensure_timeline()
    qtbot.wait_until(timeline.isVisible)  # its plot takes the focus on a click
    fired = record_commands(window)
    checked = 0
    for page in (window.session_page, window.pages.practice_page):
        assert page is not None
        window.pages.setCurrentWidget(page)
        widgets = focusable(page)
        assert len(widgets) >= 3
        for widget in widgets:
            widget.setFocus()
            qtbot.wait_until(functools.partial(has_focus, widget))
            for name, key in SINGLE_KEYS:
                if not window.actions_by_name[name].isEnabled():
                    continue
                fired.clear()
                qtbot.keyClick(widget, key_of(key))
                assert fired == [name], (type(widget).__name__, widget.accessibleName(), key)
                checked += 1
    assert checked > 100


def test_t_in_the_tempo_box_starts_a_trace(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_by_name["practice"].trigger()
    practice = window.pages.practice
    assert practice is not None
    practice.tempo.setFocus()
    qtbot.wait_until(practice.tempo.hasFocus)
    qtbot.keyClick(practice.tempo, Qt.Key.Key_T)
    assert practice.back.armed
    # Digits still go into the tempo box.
    practice.tempo.lineEdit().selectAll()
    qtbot.keyClicks(practice.tempo, "8")
    assert practice.tempo.value() == 8
    assert window.pages.in_practice


def test_a_text_field_types_its_letters(qtbot: QtBot, window: MainWindow) -> None:
    fired = record_commands(window)
    field = QLineEdit(window.session_page.top_bar)
    row = window.session_page.top_bar.layout()
    assert row is not None
    row.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.wait_until(field.hasFocus)
    qtbot.keyClicks(field, "trip")
    assert field.text() == "trip"
    assert fired == []
    # A field for numbers types no letters: they stay commands.
    field.clear()
    field.setValidator(QIntValidator(0, 999, field))
    qtbot.keyClicks(field, "12r")
    assert field.text() == "12"
    assert fired == ["restart"]


def test_ctrl_m_says_what_it_did(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+M turned reduced motion over without a word in the status bar."""
    assert not window.settings.reduced_motion
    qtbot.keyClick(window.session_page, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.reduced_motion
    assert "reduced motion on" in window.statusBar().currentMessage().lower()
    qtbot.keyClick(window.session_page, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert not window.settings.reduced_motion
    assert "reduced motion off" in window.statusBar().currentMessage().lower()
