"""Shared set-up for the window tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.ui.main_window import MainWindow


@pytest.fixture
def show_active(qtbot: QtBot) -> Callable[[QWidget], None]:
    """Register, show and activate a window: keyboard shortcuts reach only the
    active window, and offscreen windows are not activated by themselves."""

    def show(window: QWidget) -> None:
        qtbot.add_widget(window)
        window.show()
        qtbot.wait_exposed(window)
        window.activateWindow()
        qtbot.wait_until(window.isActiveWindow)

    return show


@pytest.fixture
def tick() -> Callable[[MainWindow, ManualClock, float], None]:
    """Let whole seconds pass on a manual clock, ticking the window's session
    after each one as its timer would (without waiting)."""

    def advance(window: MainWindow, clock: ManualClock, seconds: float) -> None:
        for _ in range(int(seconds)):
            clock.advance(1)
            window.controller._tick()

    return advance
