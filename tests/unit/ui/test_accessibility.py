"""Every screen's text read back through QAccessible (what AT-SPI hands a
screen reader) and compared with what the screen shows."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from screen_reader import normal, reachable, unreachable
from window_types import MakeWindow

from backmassage_gui.domain import motion
from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.practice import TIPS
from backmassage_gui.domain.safety import screening_advice
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.ui import accessible
from backmassage_gui.ui.history_dialog import HistoryDialog
from backmassage_gui.ui.main_window import MainWindow

Tick = Callable[[MainWindow, ManualClock, float], None]


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def window(make_window: MakeWindow, clock: ManualClock) -> Iterator[MainWindow]:
    w = make_window(
        "tension-relief", clock=clock, safety_check=True, follow_desktop_motion=False, active=True
    )
    yield w
    w.controller.pause()


def test_the_session_page(qtbot: QtBot, window: MainWindow, clock: ManualClock, tick: Tick) -> None:
    timeline = window.session_page.ensure_timeline()
    qtbot.wait_until(timeline.isVisible)  # a widget added to a layout shows a moment later
    assert unreachable(window) == []
    window.controller.start()
    tick(window, clock, 30)
    window.statusBar().showMessage("Chime off")
    assert unreachable(window) == []
    # Painted text is read in words: the pressure heading and the legend.
    gauge = " ".join(reachable(window.session_page.panel.gauge))
    assert f"{round(window.session_page.panel.gauge.level)} of 10" in gauge
    assert "Spine: never press on it" in " ".join(reachable(window.session_page.back))
    # The timeline's axes are not read tick by tick; its curve is said in words.
    assert "Pressure over the session, 13 phases" in " ".join(reachable(timeline))


def test_the_safety_advice_is_read_in_full(qtbot: QtBot, window: MainWindow) -> None:
    """Through AT-SPI the advice after a 'yes' read only 'Advice'."""
    qtbot.keyClick(window.session_page, Qt.Key.Key_Space)
    dialog = window.safety.dialog
    assert dialog is not None
    assert unreachable(dialog) == []
    dialog.boxes["fever"].setChecked(True)
    advice = screening_advice(dialog.answers())
    assert advice and dialog.advice.isVisible()
    face = QAccessible.queryAccessibleInterface(dialog.advice)
    assert face is not None
    assert face.text(QAccessible.Text.Name) == advice
    assert advice in reachable(dialog)
    assert unreachable(dialog) == []
    dialog.reject()


def test_the_check_in_is_read_with_its_keys_and_reason(
    window: MainWindow, clock: ManualClock, tick: Tick
) -> None:
    """Only 'Check-in' and its reason were exposed, not the question or keys."""
    window.controller.start()
    while not window.checkins.visible:
        tick(window, clock, 1)
    check = window.checkins.current
    assert check is not None
    face = QAccessible.queryAccessibleInterface(window.checkins.label)
    assert face is not None
    name = normal(face.text(QAccessible.Text.Name))
    assert "how is the pressure?" in name
    for key, word in (("F", "fine"), ("L", "lighter"), ("S", "stop here")):
        assert f"{key.casefold()} {word}" in name
    assert check.reason in face.text(QAccessible.Text.Description)
    assert unreachable(window) == []


def test_a_check_in_and_the_advice_are_announced(
    qtbot: QtBot,
    window: MainWindow,
    clock: ManualClock,
    tick: Tick,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """They appear without the focus moving, so a screen reader is told."""
    said: list[str] = []
    monkeypatch.setattr(accessible.QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(
        accessible.QAccessible,
        "updateAccessibility",
        staticmethod(lambda event: said.append(event.message())),
    )
    window.controller.start()
    while not window.checkins.visible:
        tick(window, clock, 1)
    assert said and "how is the pressure" in said[-1].lower()
    assert window.checkins.current is not None
    assert window.checkins.current.reason in said[-1]
    window.controller.pause()
    dialog = window.safety.check()
    dialog.boxes["fever"].setChecked(True)
    assert said[-1] == dialog.advice_text
    dialog.reject()


def drag_along(
    qtbot: QtBot, view: QWidget, clock: ManualClock, points: list[tuple[float, float]], dt: float
) -> None:
    to_widget = view.to_widget  # type: ignore[attr-defined]
    at = [to_widget(p).toPoint() for p in points]
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=at[0])
    for pos in at[1:]:
        clock.advance(dt)
        qtbot.mouseMove(view, pos)
    clock.advance(dt)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=at[-1])


def test_the_practice_page_with_trace_results(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    window.actions_by_name["practice"].trigger()
    practice = window.pages.practice
    assert practice is not None
    assert unreachable(window) == []
    # A trace along the stroke, then one across the spine: scores, the
    # summary and the painted 'Crossed the spine' are all read.
    practice.select_stroke(Stroke.PALM_CIRCLES)
    spm = practice.tempo.value()
    zone = TIPS[Stroke.PALM_CIRCLES].zone
    dt = 1 / 30
    points = [
        motion.hands(Stroke.PALM_CIRCLES, zone, i * dt * spm / 60)[0].pos
        for i in range(int(3 * 60 / spm / dt))
    ]
    qtbot.keyClick(practice.strokes, Qt.Key.Key_T)
    with qtbot.wait_signal(practice.scored) as blocker:
        drag_along(qtbot, practice.back, clock, points, dt)
    score = blocker.args[0]
    texts = reachable(practice)
    for key in ("path", "direction", "tempo"):
        assert str(getattr(score, key)) in texts
    assert unreachable(window) == []
    practice.select_stroke(Stroke.THUMB_PRESSURE)
    practice.start_trace()
    with qtbot.wait_signal(practice.scored):
        drag_along(
            qtbot, practice.back, clock, [(0.3 + 0.4 * i / 40, 0.5) for i in range(41)], 0.05
        )
    assert "Crossed the spine" in practice.back.painted_texts()
    assert "Crossed the spine" in practice.back.accessibleDescription()
    assert unreachable(window) == []


def test_aftercare(window: MainWindow) -> None:
    window.pages.show_aftercare(window.pages.show_session)
    assert window.pages.in_aftercare
    assert unreachable(window) == []
    window.pages.aftercare.toggle_rest()  # type: ignore[union-attr]
    assert unreachable(window) == []


def test_the_history_dialog(history_dialog: HistoryDialog) -> None:
    assert history_dialog.table.rowCount() == 3
    assert unreachable(history_dialog) == []
