from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent
from pytestqt.qtbot import QtBot
from window_types import MakeWindow

from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.session import State
from backmassage_gui.ui.main_window import MainWindow

Tick = Callable[[MainWindow, ManualClock, float], None]
"""The ``tick`` fixture: let whole seconds pass, ticking the session."""


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def window(qtbot: QtBot, make_window: MakeWindow, clock: ManualClock) -> Iterator[MainWindow]:
    w = make_window("tension-relief", clock=clock, safety_check=True)
    w.show()
    qtbot.wait_until(lambda: w.session_page.timeline is not None)
    yield w
    w.controller.pause()


def test_timeline_is_built_after_the_window_shows(window: MainWindow) -> None:
    timeline = window.session_page.timeline
    assert timeline is not None
    routine = window.controller.session.routine
    spans = timeline.phase_spans
    assert [s.phase for s in spans] == list(routine.phases)
    assert spans[-1].end_s == routine.total_s
    xs, ys = timeline.curve_data
    assert xs[0] == 0 and xs[-1] == routine.total_s
    assert max(ys) == pytest.approx(routine.peak_pressure)
    assert timeline.position is None  # nothing has started


def test_timeline_waits_for_the_first_paint_and_takes_the_held_room(
    qtbot: QtBot, make_window: MakeWindow, clock: ManualClock
) -> None:
    w = make_window("relaxation", clock=clock, safety_check=True)
    painted: list[tuple[bool, int, int]] = []
    original = w.session_page.back.paintEvent

    def paint_and_note(event: QPaintEvent) -> None:
        page = w.session_page
        painted.append((page.timeline is None, page.panel.gauge.y(), page.panel.next.y()))
        original(event)

    w.session_page.back.paintEvent = paint_and_note  # type: ignore[method-assign]
    w.resize(1366, 768)
    w.show()
    qtbot.wait_until(lambda: w.session_page.timeline is not None)
    first_without_timeline, gauge_y, next_y = painted[0]
    assert first_without_timeline, "the first paint waited for the timeline"
    timeline = w.session_page.timeline
    assert timeline is not None
    qtbot.wait_until(lambda: timeline.y() > w.session_page.panel.gauge.y())  # laid out in its slot
    assert timeline.height() >= 56
    assert w.session_page.panel.gauge.y() == gauge_y  # its room was held: nothing above it moved
    assert w.session_page.panel.next.y() == next_y  # nor below it
    assert not w.session_page.panel.progress.isVisible()  # the timeline shows the progress now
    assert "pyqtgraph" in sys.modules
    w.controller.pause()


def test_cursor_and_emphasis_follow_the_session(
    window: MainWindow, clock: ManualClock, tick: Tick
) -> None:
    timeline = window.session_page.timeline
    assert timeline is not None
    window.controller.start()
    tick(window, clock, 5 + 400)
    snap = window.controller.snapshot
    assert timeline.position == pytest.approx(snap.session_elapsed_s, abs=5)
    assert timeline._current == snap.phase_index


def test_added_time_stretches_the_plan(window: MainWindow, clock: ManualClock, tick: Tick) -> None:
    timeline = window.session_page.timeline
    assert timeline is not None
    total = timeline.phase_spans[-1].end_s
    window.controller.start()
    tick(window, clock, 10)
    window.controller.add_time()
    spans = timeline.phase_spans
    assert spans[-1].end_s == total + 30
    assert spans[0].end_s - spans[0].start_s == window.controller.session.phase_duration(0)


def test_clicking_a_band_jumps_to_that_phase(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, tick: Tick
) -> None:
    timeline = window.session_page.timeline
    assert timeline is not None
    window.controller.start()
    tick(window, clock, 30)
    target = timeline.phase_spans[4]
    point = timeline.view_to_widget((target.start_s + target.end_s) / 2, 5).toPoint()
    with qtbot.wait_signal(timeline.phase_clicked) as blocker:
        qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [4]
    snap = window.controller.snapshot
    assert snap.phase_index == 4
    assert snap.state is State.RUNNING
    assert snap.phase_elapsed_s == 0


def test_axis_text_reads_from_a_distance(qtbot: QtBot) -> None:
    from backmassage_gui.ui.pressure_plot import AXIS_PX, PressurePlot

    for compact in (True, False):
        plot = PressurePlot(compact=compact)
        qtbot.add_widget(plot)
        item = plot.plot.getPlotItem()
        shown = [name for name in ("left", "bottom") if item.getAxis(name).isVisible()]
        assert shown == (["bottom"] if compact else ["left", "bottom"])
        for name in shown:
            font = item.getAxis(name).style["tickFont"]
            assert font is not None and font.pixelSize() >= AXIS_PX >= 14
