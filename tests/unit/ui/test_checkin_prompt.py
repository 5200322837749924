"""Check-in prompts during a session, answered with one key."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from pytestqt.qtbot import QtBot
from window_types import MakeWindow

from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.session import State
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone
from backmassage_gui.ui.back_view import BackView
from backmassage_gui.ui.checkin_prompt import SHOW_S
from backmassage_gui.ui.main_window import MainWindow

Tick = Callable[[MainWindow, ManualClock, float], None]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def window(make_window: MakeWindow, clock: ManualClock) -> Iterator[MainWindow]:
    w = make_window("tension-relief", clock=clock, safety_check=True, active=True)
    yield w
    w.controller.pause()


def run_until_asked(window: MainWindow, clock: ManualClock, limit_s: float = 2000) -> None:
    window.controller.start()
    t = 0.0
    while not window.checkins.visible and t < limit_s:
        clock.advance(1)
        t += 1
        window.controller._tick()
    assert window.checkins.visible, "no check-in came"


def test_a_firmer_band_brings_a_check_in(window: MainWindow, clock: ManualClock) -> None:
    plan = window.checkins.plan()
    assert plan, "tension relief has firmer bands, so check-ins are planned"
    run_until_asked(window, clock)
    snap = window.controller.snapshot
    assert snap.session_elapsed_s == pytest.approx(plan[0].at_s, abs=1.5)
    assert "how is the pressure" in window.checkins.label.text().lower()
    assert snap.state is State.RUNNING  # the session never waits on a prompt


def test_unanswered_prompt_fades_on_its_own(
    window: MainWindow, clock: ManualClock, tick: Tick
) -> None:
    """Nine seconds on the session's clock, however slow the machine is."""
    run_until_asked(window, clock)
    tick(window, clock, SHOW_S - 1)
    assert window.checkins.visible
    tick(window, clock, 1)
    assert not window.checkins.visible
    assert not window.checkins.label.isVisible()
    assert window.controller.snapshot.state is State.RUNNING


def test_the_prompt_fades_while_the_session_is_paused(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    """Paused, nothing ticks the session: the prompt still goes in its time."""
    run_until_asked(window, clock)
    window.controller.pause()
    assert not window.controller.timer_active
    clock.advance(SHOW_S - 1)
    window.checkins.fade_if_due()
    assert window.checkins.visible
    clock.advance(1)
    qtbot.wait_until(lambda: not window.checkins.visible)
    assert not window.checkins.label.isVisible()


def test_lighter_lowers_pressure_for_the_rest(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    before = window.controller.session.routine.phases
    run_until_asked(window, clock)
    index = window.controller.snapshot.phase_index
    level = window.controller.snapshot.pressure
    qtbot.keyClick(window.session_page, Qt.Key.Key_L)
    assert not window.checkins.visible
    after = window.controller.session.routine.phases
    assert window.controller.snapshot.pressure == pytest.approx(max(0, level - 1.5), abs=0.05)
    for i, (a, b) in enumerate(zip(before, after, strict=True)):
        if i < index:
            assert a == b
        else:
            assert b.pressure.start == max(0.0, a.pressure.start - 1.5)
    assert "Lighter" in window.statusBar().currentMessage()
    # The timeline follows: its curve is the lowered one.
    if window.session_page.timeline is not None:
        window.controller.refresh()
        assert [s.phase for s in window.session_page.timeline.phase_spans] == list(after)


def test_stop_here_goes_to_the_gentle_ending(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    run_until_asked(window, clock)
    qtbot.keyClick(window.session_page, Qt.Key.Key_S)
    snap = window.controller.snapshot
    remaining = window.controller.session.routine.phases[snap.phase_index :]
    assert all(p.pressure.peak <= 3 for p in remaining)
    assert snap.phase_index > 0


def test_fine_changes_nothing_and_keys_do_nothing_without_a_prompt(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    before = window.controller.session.routine.phases
    qtbot.keyClick(window.session_page, Qt.Key.Key_L)  # no prompt yet: ignored
    assert window.controller.session.routine.phases == before
    run_until_asked(window, clock)
    qtbot.keyClick(window.session_page, Qt.Key.Key_F)
    assert window.controller.session.routine.phases == before
    assert not window.checkins.visible


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_prompt_leaves_the_zone_being_worked_in_view(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, size: tuple[int, int]
) -> None:
    """It comes while the hands are on the zone: on the shoulders, the
    prompt goes below them, not across them."""
    window.resize(1024, 640)
    window.show()
    qtbot.wait_exposed(window)
    run_until_asked(window, clock)
    back = window.session_page.back
    assert back.zone is Zone.SHOULDERS  # tension relief's first check-in: kneading
    label = window.checkins.label
    for change in (lambda: window.resize(*size), window.modes.toggle_table_view):
        change()  # the prompt follows the view it stands on
        qtbot.wait_until(lambda: back.width() > 0.3 * size[0])
        work = back.work_area()
        assert work.isValid()
        assert not QRectF(label.geometry()).intersects(work)
        assert back.rect().contains(label.geometry())
        assert label.geometry().bottom() <= back.art_rect().bottom()  # the legend stays readable


@pytest.mark.parametrize("zone", list(Zone))
def test_a_prompt_takes_the_place_that_hides_least_of_the_zone(qtbot: QtBot, zone: Zone) -> None:
    back = BackView()
    qtbot.add_widget(back)
    back.resize(600, 570)
    back.set_phase(zone, Stroke.GLIDING)
    size = QSize(540, 130)
    place = back.clear_place(size)
    top, bottom = QPoint(place.x(), 12), QPoint(place.x(), int(back.art_rect().bottom()) - 130)
    assert place in (top, bottom)
    work = back.work_area()

    def hidden(at: QPoint) -> float:
        part = QRectF(QRect(at, size)).intersected(work)
        return part.width() * part.height() if part.isValid() else 0.0

    assert hidden(place) == min(hidden(top), hidden(bottom))
    if zone in (Zone.SHOULDERS, Zone.SHOULDER_BLADES, Zone.LOWER_BACK):
        assert hidden(place) == 0  # the zone stays wholly in view
