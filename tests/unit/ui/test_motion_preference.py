from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QObject, QProcess
from pytestqt.qtbot import QtBot
from window_types import MakeWindow

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain.safety import AvoidSpot
from backmassage_gui.ui import motion_preference
from backmassage_gui.ui.back_view import BackView
from backmassage_gui.ui.main_window import MainWindow
from backmassage_gui.ui.sound import SilentChime

GATED_QUERY = [sys.executable, "-c", "import sys; sys.stdin.readline(); print('false')"]
"""A desktop query that answers 'less motion' only when the test says so (a
line on its stdin), however slow or fast the machine is."""
HANGING_QUERY = [sys.executable, "-c", "import sys; sys.stdin.read()"]
"""A desktop query that never answers: it waits for an end of input that never comes."""


def test_a_desktop_asking_for_less_motion_gets_still_diagrams(
    monkeypatch: pytest.MonkeyPatch, make_window: MakeWindow
) -> None:
    monkeypatch.setenv(motion_preference.ENV_OVERRIDE, "1")
    w = make_window("relaxation")
    assert w.session_page.back.reduced_motion
    assert w.actions_by_name["reduced_motion"].isChecked()


def _ask_with(monkeypatch: pytest.MonkeyPatch, command: list[str]) -> None:
    monkeypatch.delenv(motion_preference.ENV_OVERRIDE)
    monkeypatch.setattr(
        motion_preference, "desktop_query", lambda: (command, lambda out: out == "false")
    )


def _window_asking(
    monkeypatch: pytest.MonkeyPatch, make_window: MakeWindow, command: list[str]
) -> MainWindow:
    _ask_with(monkeypatch, command)
    return make_window("relaxation")


def _let_queries_answer(qtbot: QtBot) -> None:
    """Open the gate of every gated query now running."""
    running = list(motion_preference._running)
    assert running, "no query is running"
    qtbot.wait_until(
        lambda: all(p.state() == QProcess.ProcessState.Running for p in running), timeout=10000
    )
    for process in running:
        process.write(b"go\n")


def test_the_desktop_is_asked_without_holding_up_the_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, make_window: MakeWindow
) -> None:
    """The answer comes through the event loop: the window is built first."""
    w = _window_asking(monkeypatch, make_window, [sys.executable, "-c", "print('false')"])
    assert not w.session_page.back.reduced_motion  # not yet: the query is still running
    qtbot.wait_until(lambda: w.session_page.back.reduced_motion, timeout=10000)
    assert w.actions_by_name["reduced_motion"].isChecked()
    assert w.settings.reduced_motion


def test_a_desktop_that_cannot_answer_changes_nothing(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_window: MakeWindow,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger=motion_preference.__name__)
    w = _window_asking(monkeypatch, make_window, ["/nonexistent/gsettings", "get"])
    qtbot.wait_until(lambda: not motion_preference._running, timeout=10000)
    assert "could not read the desktop's motion setting: FailedToStart" in caplog.text
    assert not w.session_page.back.reduced_motion
    assert not w.actions_by_name["reduced_motion"].isChecked()


def test_a_zone_with_a_sore_spot_is_greyed(qtbot: QtBot) -> None:
    from backmassage_gui.domain import geometry
    from backmassage_gui.domain.strokes import Stroke
    from backmassage_gui.domain.zones import Zone

    view = BackView()
    qtbot.add_widget(view)
    view.set_phase(Zone.LOWER_BACK, Stroke.KNEADING)
    assert not view.zone_greyed
    blade = geometry.zone_shapes(Zone.SHOULDER_BLADES)[0].center
    view.set_spots((AvoidSpot(*blade, radius=0.02),))
    assert not view.zone_greyed  # the spot is elsewhere
    low = geometry.zone_shapes(Zone.LOWER_BACK)[0].center
    view.set_spots((AvoidSpot(*low),))
    assert view.zone_greyed


def test_closing_the_window_while_the_desktop_is_asked_is_quiet(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by timing start-up: quitting before the query returned raised
    from the finished slot of an already deleted QProcess. The answer that
    comes after the window is gone goes nowhere; the same answer still
    reaches a receiver that lives."""
    # Built by hand, not through make_window: the test deletes the window
    # itself, so qtbot must not close it afterwards.
    library = load_builtin_library()
    w = MainWindow(library, library.routines[0], chime=SilentChime(), safety_check=False)
    _ask_with(monkeypatch, GATED_QUERY)
    to_window: list[bool] = []
    motion_preference.ask_desktop(w, to_window.append)
    living = QObject()
    to_living: list[bool] = []
    motion_preference.ask_desktop(living, to_living.append)
    w.close()
    with qtbot.wait_signal(w.destroyed):
        w.deleteLater()
    _let_queries_answer(qtbot)
    qtbot.wait_until(lambda: not motion_preference._running, timeout=10000)
    assert to_living == [True]
    assert to_window == []


def test_a_query_still_running_at_exit_is_ended(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, make_window: MakeWindow
) -> None:
    w = _window_asking(monkeypatch, make_window, HANGING_QUERY)
    running = list(motion_preference._running)
    assert running
    motion_preference._end_all()
    assert not motion_preference._running
    assert all(p.state() == QProcess.ProcessState.NotRunning for p in running)
    assert not w.session_page.back.reduced_motion
