"""The aftercare screen that follows the last phase."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_types import MakeWindow

from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.stretches import Movement
from backmassage_gui.ui.aftercare_view import REST_S
from backmassage_gui.ui.main_window import MainWindow


@pytest.fixture
def window(make_window: MakeWindow) -> tuple[MainWindow, ManualClock]:
    clock = ManualClock()
    return make_window("quick", clock=clock, active=True), clock


def finish(window: MainWindow, clock: ManualClock) -> None:
    window.controller.start()
    for _ in range(700):
        clock.advance(1)
        window.controller._tick()


def test_aftercare_follows_the_last_phase_with_a_rest_countdown(
    qtbot: QtBot, window: tuple[MainWindow, ManualClock]
) -> None:
    w, clock = window
    finish(w, clock)
    assert w.pages.in_aftercare
    care = w.pages.aftercare
    assert care is not None
    assert care.countdown.text() == "12:00"
    assert REST_S == 12 * 60  # ten to fifteen minutes
    qtbot.keyClick(w.session_page, Qt.Key.Key_Space)  # Space runs the rest timer here
    assert care.resting
    clock.advance(61)
    care._tick()
    assert care.countdown.text() == "10:59"
    qtbot.keyClick(w.session_page, Qt.Key.Key_Space)
    assert not care.resting
    clock.advance(300)
    care._tick()
    assert care.countdown.text() == "10:59"  # paused
    care.toggle_rest()
    clock.advance(REST_S)
    care._tick()
    assert care.countdown.text() == "Done"


def test_the_stretch_figure_moves_and_timers_stop_when_hidden(
    qtbot: QtBot, window: tuple[MainWindow, ManualClock]
) -> None:
    w, clock = window
    finish(w, clock)
    care = w.pages.aftercare
    assert care is not None
    first = care.figure.phase()
    clock.advance(2)
    assert care.figure.phase() != first
    assert care._timer.isActive()
    qtbot.keyClick(w.session_page, Qt.Key.Key_Escape)
    assert not w.pages.in_aftercare
    assert not care._timer.isActive()


def test_nothing_moves_once_the_rest_timer_is_done(
    qtbot: QtBot, window: tuple[MainWindow, ManualClock]
) -> None:
    """Issue 12: the aftercare animation kept running at 30 Hz after the rest
    timer said Done. Now the page's timer stops with it, the figure holds
    still, and 'Rest again' sets both going."""
    w, clock = window
    finish(w, clock)
    care = w.pages.aftercare
    assert care is not None
    assert care._timer.isActive()
    care.toggle_rest()
    clock.advance(REST_S + 1)
    care._tick()
    assert care.countdown.text() == "Done"
    assert not care._timer.isActive()
    still = care.figure.pose()
    clock.advance(5)
    care.figure.repaint()
    assert care.figure.pose() == still
    care.toggle_rest()  # Rest again
    assert care._timer.isActive()
    clock.advance(2)
    assert care.figure.pose() != still


def test_the_figure_names_the_movement_under_way(
    qtbot: QtBot, window: tuple[MainWindow, ManualClock]
) -> None:
    w, clock = window
    finish(w, clock)
    care = w.pages.aftercare
    assert care is not None
    figure = care.figure
    seen = set()
    for _ in range(60):
        clock.advance(1)
        figure.repaint()
        movement = figure.pose().movement
        seen.add(movement)
        assert figure.caption() == movement.value
        assert movement.value in figure.painted_texts()
        # A screen reader hears the same movement as is shown.
        assert movement.value.lower() in figure.accessibleDescription().lower()
    assert seen == {Movement.SHOULDER_ROLLS, Movement.SIDE_BENDS}


def test_the_figure_hidden_with_the_page_holds_still(
    qtbot: QtBot, window: tuple[MainWindow, ManualClock]
) -> None:
    w, clock = window
    finish(w, clock)
    care = w.pages.aftercare
    assert care is not None
    qtbot.keyClick(w.session_page, Qt.Key.Key_Escape)
    assert care.figure.frozen
    still = care.figure.pose()
    clock.advance(3)
    assert care.figure.pose() == still
    w.pages.show_aftercare(w.pages.show_session)
    assert care._timer.isActive()
    assert not care.figure.frozen
    assert care.figure.pose() == still, "it goes on from where it stopped"
