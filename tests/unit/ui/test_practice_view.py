"""Practice mode, reached from the main window."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot
from window_types import MakeWindow

from backmassage_gui.domain import motion
from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.practice import TIPS
from backmassage_gui.domain.session import State
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.storage import SettingsStore
from backmassage_gui.ui.main_window import MainWindow
from backmassage_gui.ui.practice_view import PracticeView


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def settings_store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(
    make_window: MakeWindow, clock: ManualClock, settings_store: SettingsStore
) -> Iterator[MainWindow]:
    yield make_window(
        "relaxation", clock=clock, settings_store=settings_store, safety_check=True, active=True
    )


def practice_of(window: MainWindow) -> PracticeView:
    assert window.pages.practice is not None
    return window.pages.practice


def test_p_opens_practice_and_pauses_the_session(qtbot: QtBot, window: MainWindow) -> None:
    window.controller.start()
    qtbot.keyClick(window.session_page, Qt.Key.Key_P)
    assert window.pages.in_practice
    assert window.controller.snapshot.state is State.PAUSED
    practice = practice_of(window)
    assert practice.animating
    qtbot.keyClick(practice.strokes, Qt.Key.Key_P)
    assert not window.pages.in_practice
    assert not practice.animating  # hidden: its timer stops


def test_every_stroke_shows_how_where_and_pressure(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_by_name["practice"].trigger()
    practice = practice_of(window)
    for stroke in Stroke:
        practice.select_stroke(stroke)
        assert practice.title.text() == stroke.label
        assert stroke.info.hand_part in practice.where.text()
        assert TIPS[stroke].zone.label in practice.where.text()
        for zone in TIPS[stroke].zones:
            if zone is not TIPS[stroke].zone:
                assert zone.label.lower() in practice.also.text()
        assert practice.well.text().startswith("Do: ")
        assert practice.avoid.text().startswith("Avoid: ")
        assert "Pressure" in practice.pressure.text()
        assert not re.search(r"\b(\w+) to \1\b", practice.pressure.text())  # 'light to light'
        assert practice.back.stroke is stroke and practice.back.zone is TIPS[stroke].zone
        low, high = stroke.info.tempo_range
        assert practice.tempo.minimum() <= low and practice.tempo.maximum() >= high


def test_tempo_and_slow_motion_change_the_pace(window: MainWindow, clock: ManualClock) -> None:
    window.actions_by_name["practice"].trigger()
    practice = practice_of(window)
    practice.select_stroke(Stroke.PALM_CIRCLES)
    practice.tempo.setValue(40)
    start = practice.cycles_now()
    clock.advance(3)
    assert practice.cycles_now() - start == pytest.approx(2.0)  # 40 a minute
    practice.slow.setChecked(True)
    mid = practice.cycles_now()
    clock.advance(3)
    assert practice.cycles_now() - mid == pytest.approx(1.0)  # half speed, no jump


def drag_along(
    qtbot: QtBot,
    practice: PracticeView,
    clock: ManualClock,
    points: list[tuple[float, float]],
    dt: float,
) -> None:
    view = practice.back
    to = [view.to_widget(p).toPoint() for p in points]
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=to[0])
    for pos in to[1:]:
        clock.advance(dt)
        qtbot.mouseMove(view, pos)
    clock.advance(dt)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=to[-1])


def test_tracing_the_path_well_scores_well_and_is_kept(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, settings_store: SettingsStore
) -> None:
    window.actions_by_name["practice"].trigger()
    practice = practice_of(window)
    practice.select_stroke(Stroke.PALM_CIRCLES)
    spm = practice.tempo.value()
    zone = TIPS[Stroke.PALM_CIRCLES].zone
    dt = 1 / 30
    steps = int(3 * 60 / spm / dt)
    points = [
        motion.hands(Stroke.PALM_CIRCLES, zone, i * dt * spm / 60)[0].pos for i in range(steps)
    ]
    qtbot.keyClick(practice.strokes, Qt.Key.Key_T)
    with qtbot.wait_signal(practice.scored) as blocker:
        drag_along(qtbot, practice, clock, points, dt)
    score = blocker.args[0]
    assert score.path >= 80 and score.direction >= 80 and score.tempo >= 80
    assert not score.crossed_spine
    assert practice.numbers["path"].text() == str(score.path)
    assert settings_store.load_best_scores()["palm_circles"] == score.overall
    assert "Best so far" in practice.best.text()


def test_a_trace_across_the_spine_is_flagged(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    window.actions_by_name["practice"].trigger()
    practice = practice_of(window)
    practice.select_stroke(Stroke.THUMB_PRESSURE)
    practice.start_trace()
    points = [(0.3 + 0.4 * i / 40, 0.5) for i in range(41)]
    with qtbot.wait_signal(practice.scored) as blocker:
        drag_along(qtbot, practice, clock, points, 0.05)
    score = blocker.args[0]
    assert score.crossed_spine
    assert any("spine" in line.lower() for line in score.summary())
    assert "spine" in practice.summary.text().lower()


def test_pressing_without_arming_does_not_trace(qtbot: QtBot, window: MainWindow) -> None:
    window.actions_by_name["practice"].trigger()
    practice = practice_of(window)
    qtbot.mousePress(practice.back, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    assert not practice.back.tracing


def test_nothing_to_say_leaves_no_empty_line(qtbot: QtBot, window: MainWindow) -> None:
    """Gliding has no other zones: its 'Also used on' line left a blank gap."""
    window.actions_by_name["practice"].trigger()
    practice = practice_of(window)
    practice.select_stroke(Stroke.KNEADING)
    assert practice.also.isVisible() and practice.also.text()
    practice.select_stroke(Stroke.GLIDING)
    assert not practice.also.isVisible()
    holder = practice.how.parentWidget()
    assert holder is not None
    layout = holder.layout()
    assert layout is not None
    layout.activate()
    gap = practice.how.geometry().top() - practice.where.geometry().bottom()
    normal_gap = practice.pressure.geometry().top() - practice.how.geometry().bottom()
    assert gap <= normal_gap


def test_the_glide_reads_the_same_in_practice_and_the_session(window: MainWindow) -> None:
    """The session and practice described the gliding stroke differently."""
    first = window.controller.session.routine.phases[0]
    assert first.stroke is Stroke.GLIDING
    session_text = window.session_page.panel.cue.text()
    window.actions_by_name["practice"].trigger()
    practice = practice_of(window)
    practice.select_stroke(Stroke.GLIDING)
    assert practice.how.text() == session_text == Stroke.GLIDING.info.how


def test_a_trace_held_too_long_is_scored_when_the_clock_says(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    """The cap is on the same clock as the hands: never before it, at once after."""
    from backmassage_gui.domain.practice import trace_seconds

    window.actions_by_name["practice"].trigger()
    practice = practice_of(window)
    practice.select_stroke(Stroke.GLIDING)
    practice.start_trace()
    view = practice.back
    start = view.to_widget((0.4, 0.4)).toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, start + QPoint(0, 30))
    limit = trace_seconds(practice.tempo.value())
    hands = view.hands
    clock.advance(limit - 0.5)
    qtbot.wait_until(lambda: view.hands != hands)  # a frame has run at the new time
    assert view.tracing  # ...and the cap is not reached yet
    clock.advance(1.0)
    with qtbot.wait_signal(practice.scored, timeout=2000):
        pass
    assert not view.tracing
