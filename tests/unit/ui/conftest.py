"""Shared set-up for the window tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from window_types import MakeWindow

from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.storage.history import History
from backmassage_gui.ui.history_dialog import HistoryDialog
from backmassage_gui.ui.main_window import MainWindow


def _show_and_activate(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    qtbot.wait_exposed(window)
    window.activateWindow()
    qtbot.wait_until(window.isActiveWindow)


@pytest.fixture
def show_active(qtbot: QtBot) -> Callable[[QWidget], None]:
    """Register, show and activate a window: keyboard shortcuts reach only the
    active window, and offscreen windows are not activated by themselves."""

    def show(window: QWidget) -> None:
        qtbot.add_widget(window)
        _show_and_activate(qtbot, window)

    return show


@pytest.fixture
def make_window(qtbot: QtBot) -> MakeWindow:
    """Build a window the way the tests need it: a manual clock, a silent
    chime and no safety check unless ``options`` say otherwise; registered
    with qtbot so it is closed after the test. ``active``: shown and
    activated too (see ``show_active``)."""
    from backmassage_gui.catalogue import load_builtin_library
    from backmassage_gui.ui.sound import SilentChime

    library = load_builtin_library()

    def make(routine: str = "quick", *, active: bool = False, **options: Any) -> MainWindow:
        clock = options.pop("clock", None) or ManualClock()
        options.setdefault("wall", clock)
        options.setdefault("chime", SilentChime())
        options.setdefault("safety_check", False)
        chosen = library.get(routine)
        assert chosen is not None
        window = MainWindow(library, chosen, clock=clock, **options)
        qtbot.add_widget(window)
        if active:
            _show_and_activate(qtbot, window)
        return window

    return make


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    """The quick routine's window, not shown."""
    return make_window()


@pytest.fixture
def tick() -> Callable[[MainWindow, ManualClock, float], None]:
    """Let whole seconds pass on a manual clock, ticking the window's session
    after each one as its timer would (without waiting)."""

    def advance(window: MainWindow, clock: ManualClock, seconds: float) -> None:
        for _ in range(int(seconds)):
            clock.advance(1)
            window.controller._tick()

    return advance


@pytest.fixture
def history_dialog(qtbot: QtBot, tmp_path: Path) -> HistoryDialog:
    """The history dialog, shown, over three recent sessions: one cut short
    with two long adaptations, one whole, one with a short adaptation."""
    history = History(tmp_path / "history-dialog.sqlite3")
    now = time.time()
    rows: tuple[tuple[str, list[str], bool], ...]
    rows = (
        (
            "Tension relief",
            [
                "Older adult: every pressure lowered by 2 points and the "
                "firmest work kept to medium",
                "Pregnancy: lower back phases left out",
            ],
            False,
        ),
        ("Quick reset", [], True),
        ("Relaxation", ["Sore spot on the lower back: lighter there"], False),
    )
    for day, (name, adaptations, completed) in enumerate(rows):
        session = history.record_session(
            name.lower(), name, 900.0, started_at=now - 86400 * day - 3600, adaptations=adaptations
        )
        history.record_checkin(session, 300.0, "fine")
        history.finish_session(session, 900.0 if completed else 500.0, completed)
    dialog = HistoryDialog(history)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.wait_exposed(dialog)
    return dialog
