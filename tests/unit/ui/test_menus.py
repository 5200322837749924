"""The menu bar and the window's keys, made from the command table."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from backmassage_gui.commands import MENUS, in_menu
from backmassage_gui.ui.main_window import MainWindow


def menu_titles(menu: QMenu) -> list[str]:
    return ["-" if a.isSeparator() else a.text() for a in menu.actions() if a.menu() is None]


def test_each_menu_lists_the_tables_commands(window: MainWindow) -> None:
    bar_menus = [m for a in window.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
    assert [m.title() for m in bar_menus] == list(MENUS)
    for menu in bar_menus:
        expected: list[str] = []
        group = None
        for c in in_menu(menu.title()):
            if group is not None and c.group != group:
                expected.append("-")
            group = c.group
            expected.append(c.text)
        assert menu_titles(menu) == expected


def test_setting_commands_are_ticked_and_follow_the_setting(window: MainWindow) -> None:
    sound = window.actions_by_name["sound"]
    assert sound.isCheckable() and sound.isChecked() == window.settings.sound
    window.settings_model.set_switch("sound", not window.settings.sound)
    assert sound.isChecked() == window.settings.sound
    window.actions_by_name["manual_advance"].trigger()
    assert window.settings.manual_advance
    assert window.statusBar().currentMessage() == "Each phase now waits for a key at its end"


def test_volume_choices_follow_the_setting(window: MainWindow) -> None:
    window.volume_actions[25].trigger()
    assert window.settings.volume == 0.25
    assert [p for p, a in window.volume_actions.items() if a.isChecked()] == [25]
    window.settings_model.set_volume(1.0)
    assert [p for p, a in window.volume_actions.items() if a.isChecked()] == [100]


def test_the_key_list_fits_a_small_screen(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    window.resize(1024, 640)
    window.actions_by_name["shortcuts"].trigger()
    dialogs = [d for d in window.findChildren(QDialog) if d.windowTitle() == "Keyboard shortcuts"]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    screen = window.screen().availableGeometry()
    assert dialog.height() <= screen.height() - 40
    close = dialog.findChild(QDialogButtonBox)
    assert close is not None and close.isVisible()
    assert close.geometry().bottom() <= dialog.height()
    dialog.reject()


@pytest.mark.parametrize("name", ["shortcuts", "safety_notes"])
def test_the_help_texts_are_light_on_the_dark_panel(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    """Found in a real window: the scrolling area kept Qt's light grey, under
    the theme's near-white text, so the key list could not be read."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QDialog, QScrollArea

    before = set(window.findChildren(QDialog))
    window.actions_by_name[name].trigger()
    (dialog,) = set(window.findChildren(QDialog)) - before
    qtbot.wait_exposed(dialog)
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    image = scroll.grab().toImage()
    view = scroll.viewport().geometry()
    spots = [view.bottomRight() - QPoint(3, 3)]  # right of the text
    bar = scroll.verticalScrollBar()
    if bar.isVisible():  # the key list scrolls on a small screen: no glaring bar either
        spots.append(bar.geometry().bottomLeft() + QPoint(2, -3))
    for spot in spots:
        colour = image.pixelColor(spot)
        assert colour.lightness() < 80, (spot, colour.name())
    dialog.reject()
