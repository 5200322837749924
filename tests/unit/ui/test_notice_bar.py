"""Notices about the user's files stay until dismissed, and say themselves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backmassage_gui.ui.notice_bar import NoticeBar


def test_notices_stay_until_dismissed(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.add_widget(holder)
    bar = NoticeBar(holder)
    holder.show()
    assert not bar.isVisible()  # nothing to say yet
    with qtbot.wait_signal(bar.changed):
        bar.post("The history file was damaged.")
    with qtbot.assert_not_emitted(bar.changed):
        bar.post("The history file was damaged.")  # once each
        bar.post("  ")
    bar.post("Moved 2 files of yours.")
    assert bar.texts == ("The history file was damaged.", "Moved 2 files of yours.")
    assert bar.isVisible()
    assert bar.label.text() == "The history file was damaged.\n\nMoved 2 files of yours."
    face = QAccessible.queryAccessibleInterface(bar.label)
    assert face is not None
    assert face.text(QAccessible.Text.Name) == bar.label.text()
    assert bar.button.focusPolicy() == Qt.FocusPolicy.TabFocus  # Space stays the session's
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert bar.texts == () and not bar.isVisible()


def test_dismissing_nothing_says_nothing(qtbot: QtBot) -> None:
    bar = NoticeBar()
    qtbot.add_widget(bar)
    with qtbot.assert_not_emitted(bar.changed):
        bar.dismiss()
