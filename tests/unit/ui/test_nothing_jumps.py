"""The back, the countdown and the pressure gauge keep their place and size
through every phase change of every built-in routine: an eye that glances
back from the table finds them where they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget
from window_types import MakeWindow

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.ui.main_window import MainWindow


def places(window: MainWindow) -> dict[str, QRect]:
    QApplication.processEvents()  # lets the layout settle as the screen would
    page = window.session_page

    def on_window(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())

    return {
        "back": on_window(page.back),
        "countdown": on_window(page.panel.countdown),
        "gauge": on_window(page.panel.gauge),
    }


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("key", [r.key for r in load_builtin_library().routines])
def test_nothing_moves_between_phases(
    make_window: MakeWindow, show_active: Callable[[QWidget], None], size: tuple[int, int], key: str
) -> None:
    window = make_window(key)
    show_active(window)
    window.resize(*size)
    window.session_page.ensure_timeline()
    window.controller.start()
    window.controller.next_phase()  # past the get-ready countdown, into phase 1
    window.controller.go_to_phase(0)
    before = places(window)
    assert window.size().toTuple() == size
    for index in range(1, len(window.controller.session.routine.phases)):
        window.controller.go_to_phase(index)
        assert places(window) == before, f"phase {index + 1} moved something"
    window.controller.pause()
