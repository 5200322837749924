from __future__ import annotations

import sys

import pytest
from pytestqt.qtbot import QtBot

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.safety import AvoidSpot
from backmassage_gui.ui import motion_preference
from backmassage_gui.ui.back_view import BackView
from backmassage_gui.ui.main_window import MainWindow
from backmassage_gui.ui.sound import SilentChime


def test_a_desktop_asking_for_less_motion_gets_still_diagrams(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(motion_preference.ENV_OVERRIDE, "1")
    library = load_builtin_library()
    clock = ManualClock()
    w = MainWindow(library, library.routines[0], clock=clock, wall=clock,
                   chime=SilentChime(), safety_check=False)
    qtbot.add_widget(w)
    assert w.session_page.back.reduced_motion
    assert w.actions_by_name["reduced_motion"].isChecked()


def _window_asking(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                   command: list[str]) -> MainWindow:
    monkeypatch.delenv(motion_preference.ENV_OVERRIDE)
    monkeypatch.setattr(motion_preference, "desktop_query",
                        lambda: (command, lambda out: out == "false"))
    library = load_builtin_library()
    clock = ManualClock()
    w = MainWindow(library, library.routines[0], clock=clock, wall=clock,
                   chime=SilentChime(), safety_check=False)
    qtbot.add_widget(w)
    return w


def test_the_desktop_is_asked_without_holding_up_the_window(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The answer comes through the event loop: the window is built first."""
    w = _window_asking(qtbot, monkeypatch, [sys.executable, "-c", "print('false')"])
    assert not w.session_page.back.reduced_motion  # not yet: the query is still running
    qtbot.wait_until(lambda: w.session_page.back.reduced_motion, timeout=10000)
    assert w.actions_by_name["reduced_motion"].isChecked()
    assert w.settings.reduced_motion


def test_a_desktop_that_cannot_answer_changes_nothing(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    w = _window_asking(qtbot, monkeypatch, ["/nonexistent/gsettings", "get"])
    qtbot.wait(300)
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
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by timing start-up: quitting before the query returned raised
    from the finished slot of an already deleted QProcess."""
    w = MainWindow(load_builtin_library(), load_builtin_library().routines[0],
                   chime=SilentChime(), safety_check=False)
    monkeypatch.delenv(motion_preference.ENV_OVERRIDE)
    monkeypatch.setattr(motion_preference, "desktop_query",
                        lambda: ([sys.executable, "-c", "import time; time.sleep(1); "
                                  "print('false')"], lambda out: out == "false"))
    motion_preference.ask_desktop(w, w._on_desktop_motion)
    qtbot.wait(100)  # the query is running
    w.close()
    w.deleteLater()
    qtbot.wait_until(lambda: not motion_preference._running, timeout=10000)
    qtbot.wait(50)  # an exception in a slot, or Qt's warning, fails the test here


def test_a_query_still_running_at_exit_is_ended(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    w = _window_asking(qtbot, monkeypatch,
                       [sys.executable, "-c", "import time; time.sleep(30)"])
    assert motion_preference._running
    motion_preference._end_all()
    assert not motion_preference._running
    assert not w.session_page.back.reduced_motion
