"""Shared set-up for the window tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


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
