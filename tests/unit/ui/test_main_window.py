from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFontMetrics
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from window_types import MakeWindow

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.library import RoutineLibrary
from backmassage_gui.domain.pressure import band_for
from backmassage_gui.domain.session import State
from backmassage_gui.domain.sound_status import NO_SOUND, CueOutput
from backmassage_gui.ui import theme
from backmassage_gui.ui.main_window import MainWindow
from backmassage_gui.ui.phase_panel import TIMELINE_MIN_HEIGHT
from backmassage_gui.ui.sound import SilentChime


class Clocks:
    """A monotonic and a wall clock that move together unless told otherwise."""

    def __init__(self) -> None:
        self.mono = ManualClock(500.0)
        self.wall = ManualClock(1_700_000_000.0)

    def advance(self, seconds: float) -> None:
        self.mono.advance(seconds)
        self.wall.advance(seconds)


@pytest.fixture(scope="module")
def library() -> RoutineLibrary:
    return load_builtin_library()


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


@pytest.fixture
def chime() -> SilentChime:
    return SilentChime()


@pytest.fixture
def window(
    qtbot: QtBot, make_window: MakeWindow, clocks: Clocks, chime: SilentChime
) -> Iterator[MainWindow]:
    # No safety check (make_window's default): it has its own tests.
    w = make_window("quick", clock=clocks.mono, wall=clocks.wall, chime=chime)
    w.show()
    qtbot.wait_exposed(w)
    yield w
    w.controller.pause()


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.centralWidget(), key)


def move(window: MainWindow, clocks: Clocks, seconds: float, step: float = 1.0) -> None:
    """Let time pass, ticking like the timer would (but without waiting)."""
    remaining = seconds
    while remaining > 1e-9:
        dt = min(step, remaining)
        clocks.advance(dt)
        window.controller._tick()
        remaining -= dt


def test_opens_ready_on_the_first_phase(window: MainWindow) -> None:
    first = window.controller.session.routine.phases[0]
    assert window.session_page.panel.countdown.text() == "2:00"  # the first phase's length
    assert window.session_page.panel.name.text() == f"First: {first.name}"
    assert "Ready" in window.session_page.state_line.text()
    assert not window.session_page.buttons["next"].isEnabled()
    assert not window.actions_by_name["add_time"].isEnabled()
    assert window.session_page.back.zone is first.zone
    assert window.session_page.back.stroke is first.stroke
    assert not window.controller.timer_active  # nothing moves, nothing ticks


def test_space_starts_get_ready_then_the_first_phase(
    qtbot: QtBot, window: MainWindow, clocks: Clocks, chime: SilentChime
) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.controller.snapshot.state is State.GET_READY
    assert window.controller.timer_active
    assert "Get ready" in window.session_page.state_line.text()
    assert window.session_page.panel.countdown.text() == "0:05"
    move(window, clocks, 2)
    assert window.session_page.panel.countdown.text() == "0:03"
    assert window.session_page.buttons["next"].isEnabled()
    with qtbot.wait_signal(window.controller.phase_changed) as blocker:
        move(window, clocks, 3.5)
    assert blocker.args == [0, True]
    first = window.controller.session.routine.phases[0]
    assert window.session_page.panel.name.text() == first.name
    assert chime.played == 1


def test_zone_and_pressure_follow_the_session(
    qtbot: QtBot, window: MainWindow, clocks: Clocks
) -> None:
    routine = window.controller.session.routine
    press(qtbot, window, Qt.Key.Key_Space)
    move(window, clocks, 5)
    elapsed = 0.0
    for index, phase in enumerate(routine.phases):
        move(window, clocks, phase.duration_s / 2, step=2)
        elapsed += phase.duration_s / 2
        snap = window.controller.snapshot
        assert snap.phase_index == index
        assert window.session_page.back.zone is phase.zone
        assert window.session_page.back.stroke is phase.stroke
        expected = phase.pressure.at(0.5)
        assert window.session_page.panel.gauge.level == pytest.approx(expected, abs=0.02)
        assert window.session_page.panel.gauge.band_name == band_for(expected).name
        assert phase.zone.label in window.session_page.panel.zone.text()
        move(window, clocks, phase.duration_s / 2, step=2)
    assert window.controller.snapshot.state is State.FINISHED
    assert window.session_page.panel.name.text() == "Session complete"
    assert window.session_page.panel.step.text() == f"All {len(routine.phases)} phases done"
    assert not window.controller.timer_active
    assert not window.session_page.buttons["next"].isEnabled()
    assert not window.session_page.buttons["add_time"].isEnabled()
    # The run is over and written to history: Left does not reopen it.
    assert not window.session_page.buttons["previous"].isEnabled()
    window.actions_by_name["previous"].trigger()
    assert window.controller.snapshot.state is State.FINISHED


def test_pause_stops_the_timer_and_the_clock(
    qtbot: QtBot, window: MainWindow, clocks: Clocks
) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    move(window, clocks, 15)
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.controller.snapshot.state is State.PAUSED
    assert not window.controller.timer_active
    shown = window.session_page.panel.countdown.text()
    clocks.advance(120)
    window.controller.refresh()
    assert window.session_page.panel.countdown.text() == shown
    assert "Paused" in window.session_page.state_line.text()
    assert window.session_page.buttons["toggle"].text() == "Resume"
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.controller.timer_active


def test_arrow_keys_move_between_phases_and_up_adds_time(
    qtbot: QtBot, window: MainWindow, clocks: Clocks
) -> None:
    phases = window.controller.session.routine.phases
    press(qtbot, window, Qt.Key.Key_Space)
    move(window, clocks, 6)
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.controller.snapshot.phase_index == 1
    assert window.session_page.panel.name.text() == phases[1].name
    press(qtbot, window, Qt.Key.Key_Left)
    assert window.controller.snapshot.phase_index == 0
    before = window.controller.snapshot.phase_remaining_s
    press(qtbot, window, Qt.Key.Key_Up)
    assert window.controller.snapshot.phase_remaining_s == pytest.approx(before + 30)
    press(qtbot, window, Qt.Key.Key_R)
    assert window.controller.snapshot.state is State.READY


def test_buttons_drive_the_session_and_keep_keys_working(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.session_page.buttons["toggle"], Qt.MouseButton.LeftButton)
    assert window.controller.snapshot.state is State.GET_READY
    qtbot.mouseClick(window.session_page.buttons["next"], Qt.MouseButton.LeftButton)
    assert window.controller.snapshot.state is State.RUNNING
    # Clicking a button must not leave it holding Space for itself.
    assert not window.session_page.buttons["next"].hasFocus()
    for button in window.session_page.buttons.values():
        assert button.accessibleName()


def test_accessible_text_tracks_the_session(
    qtbot: QtBot, window: MainWindow, clocks: Clocks
) -> None:
    central = window.session_page
    assert "Getting ready" in central.accessibleDescription()
    press(qtbot, window, Qt.Key.Key_Space)
    move(window, clocks, 5 + 30)
    text = central.accessibleDescription()
    first = window.controller.session.routine.phases[0]
    assert first.name in text
    assert first.zone.label in text
    assert "1 minute 30 seconds left" in text
    assert "pressure" in text
    assert window.session_page.panel.gauge.accessibleDescription().endswith("of 10, rising to 2")
    # What an AT-SPI client reads for the big countdown is the time itself.
    face = QAccessible.queryAccessibleInterface(window.session_page.panel.countdown)
    assert face is not None
    assert face.text(QAccessible.Text.Name) == "1:30"
    assert face.text(QAccessible.Text.Description) == "Time left in phase"
    zone_face = QAccessible.queryAccessibleInterface(window.session_page.panel.zone)
    assert zone_face is not None
    assert first.zone.label in zone_face.text(QAccessible.Text.Name)
    assert first.zone.label in window.session_page.back.accessibleDescription()


def test_sleep_pauses_where_it_slept(qtbot: QtBot, window: MainWindow, clocks: Clocks) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    move(window, clocks, 20, step=0.1)
    shown = window.controller.snapshot.phase_remaining_s
    clocks.wall.advance(3600)  # suspended: wall clock moved, monotonic did not
    clocks.mono.advance(0.02)
    window.controller._tick()
    snap = window.controller.snapshot
    assert snap.state is State.PAUSED
    assert snap.phase_remaining_s == pytest.approx(shown, abs=0.001)
    assert "sleep" in window.statusBar().currentMessage()


def test_missing_sound_is_said_once(qtbot: QtBot, make_window: MakeWindow, clocks: Clocks) -> None:
    chime = SilentChime(CueOutput.no_output())
    w = make_window("quick", clock=clocks.mono, wall=clocks.wall, chime=chime)
    w.show()
    qtbot.wait_until(lambda: w.statusBar().currentMessage() == NO_SOUND)
    w.statusBar().clearMessage()
    w.controller.start()
    move(w, clocks, 200, step=2)
    assert chime.played >= 2
    assert w.statusBar().currentMessage() == ""
    w.controller.pause()


def test_switching_routine_mid_session_asks_first(
    qtbot: QtBot, window: MainWindow, clocks: Clocks, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(choice: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(
            _parent: object, _title: str, text: str, *_args: object
        ) -> QMessageBox.StandardButton:
            asked.append(text)
            return choice

        return question

    press(qtbot, window, Qt.Key.Key_Space)
    move(window, clocks, 30)
    index = window.picker.findData("relaxation")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    window.picker.setCurrentIndex(index)
    window.picker.activated.emit(index)
    assert asked and "Relaxation" in asked[0]
    assert window.controller.session.routine.key == "quick"  # kept
    assert window.picker.currentData() == "quick"
    assert window.controller.snapshot.state is State.PAUSED  # paused while asking
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    window.picker.setCurrentIndex(index)
    window.picker.activated.emit(index)
    assert window.controller.session.routine.key == "relaxation"
    assert window.controller.snapshot.state is State.READY


def test_routine_picker_switches_routine(
    qtbot: QtBot, window: MainWindow, library: RoutineLibrary
) -> None:
    index = window.picker.findData("tension-relief")
    window.picker.setCurrentIndex(index)
    window.picker.activated.emit(index)
    routine = window.controller.session.routine
    assert routine.key == "tension-relief"
    assert window.session_page.panel.step.text().startswith(f"Phase 1 of {len(routine.phases)}")
    assert "a minute" in window.session_page.panel.step.text()


def test_fits_a_small_screen(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1920, 1080)
    qtbot.wait_until(lambda: window.width() == 1920)
    window.resize(1024, 640)
    qtbot.wait_until(lambda: window.width() == 1024 and window.height() == 640)
    assert window.session_page.panel.scale == pytest.approx(1024 / 1366)
    assert not window.session_page.key_hint.isVisible()
    assert window.property("compact") is True
    for label in window.session_page.panel.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap():
            assert label.height() >= QFontMetrics(label.font()).height(), label.text()
    last = window.session_page.panel.session_left
    assert last.geometry().bottom() <= window.session_page.panel.height()
    bar_bottom = max(b.geometry().bottom() for b in window.session_page.buttons.values())
    assert bar_bottom <= window.session_page.height()
    countdown = window.session_page.panel.countdown
    assert countdown.height() >= QFontMetrics(countdown.font()).height()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_legible_and_nothing_clipped(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    window.resize(*size)
    qtbot.wait_until(lambda: window.size().width() == size[0])
    # The timeline arrives after the window is shown; wait until the layout
    # has given it its room, so what is measured below is the final layout.
    qtbot.wait_until(
        lambda: (
            window.session_page.timeline is not None
            and window.session_page.timeline.height() >= TIMELINE_MIN_HEIGHT
        )
    )
    window.controller.start()
    window.controller.next_phase()
    panel = window.session_page.panel
    digits = QFontMetrics(panel.countdown.font()).tightBoundingRect("0123456789")
    assert digits.height() >= 80
    assert window.session_page.panel.scale >= 1.0
    for label in (window.session_page.panel.zone,):
        assert QFontMetrics(label.font()).height() >= 24
    labels = [w for w in window.findChildren(QLabel) if w.isVisible() and not w.wordWrap()]
    for label in labels:
        assert label.height() >= label.minimumSizeHint().height(), label.text()
    # Wrapped text gets the height it needs for its width, and lines never overlap.
    panel = window.session_page.panel
    for label in (panel.cue, panel.next):
        assert label.height() >= label.heightForWidth(label.width()), label.text()
    stack = [panel.step, panel.name, panel.zone, panel.countdown, panel.cue, panel.gauge]
    for upper, lower in itertools.pairwise(stack):
        assert upper.geometry().bottom() <= lower.geometry().top(), lower.accessibleName()
    gauge = window.session_page.panel.gauge
    assert gauge.height() >= gauge.sizeHint().height()
    bar_bottom = max(b.geometry().bottom() for b in window.session_page.buttons.values())
    central = window.centralWidget()
    assert central is not None and bar_bottom <= central.height()


def test_hidden_or_minimised_window_ticks_slowly(qtbot: QtBot, window: MainWindow) -> None:
    window.controller.start()
    assert window.controller.tick_interval_ms == 16
    window.showMinimized()
    qtbot.wait_until(lambda: window.controller.tick_interval_ms == 250)
    window.showNormal()
    qtbot.wait_until(lambda: window.controller.tick_interval_ms == 16)
    window.hide()
    assert window.controller.tick_interval_ms == 250


def test_key_pressed_on_waking_counts_no_sleep_time(
    qtbot: QtBot, window: MainWindow, clocks: Clocks
) -> None:
    """Where the monotonic clock runs on through a sleep, a key pressed before
    the first tick after waking must not count the sleep as massage time."""
    press(qtbot, window, Qt.Key.Key_Space)
    move(window, clocks, 10, step=0.1)
    before = window.controller.snapshot.session_remaining_s
    clocks.advance(900)  # asleep; both clocks moved
    press(qtbot, window, Qt.Key.Key_Up)
    snap = window.controller.snapshot
    assert snap.state is State.PAUSED
    assert snap.session_remaining_s == pytest.approx(before + 30, abs=0.2)


def test_end_of_session_chimes(
    qtbot: QtBot, window: MainWindow, clocks: Clocks, chime: SilentChime
) -> None:
    press(qtbot, window, Qt.Key.Key_Space)
    total = window.controller.session.routine.total_s
    with qtbot.wait_signal(window.controller.finished):
        move(window, clocks, 5 + total + 1, step=2)
    phases = len(window.controller.session.routine.phases)
    assert chime.played == phases + 1  # each phase start, plus the end


def test_reduced_motion_draws_the_stroke_still(
    qtbot: QtBot, window: MainWindow, clocks: Clocks
) -> None:
    window.controller.start()
    window.controller.next_phase()
    move(window, clocks, 3, step=0.5)
    moving = window.session_page.back.hands
    qtbot.keyClick(window.session_page, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.reduced_motion
    assert window.session_page.back.reduced_motion
    still = window.session_page.back.hands
    assert still != moving
    move(window, clocks, 4, step=0.5)
    assert window.session_page.back.hands == still  # nothing moves
    assert window.controller.tick_interval_ms == 250  # and nothing ticks fast
    assert window.controller.snapshot.phase_elapsed_s > 6  # while time still runs
    qtbot.keyClick(window.session_page, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    move(window, clocks, 1, step=0.5)
    assert window.session_page.back.hands != still
    assert window.controller.tick_interval_ms == 16


def test_manual_advance_waits_for_any_key(
    qtbot: QtBot, window: MainWindow, clocks: Clocks, chime: SilentChime
) -> None:
    qtbot.keyClick(window.session_page, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.manual_advance
    first = window.controller.session.routine.phases[0]
    window.controller.start()
    move(window, clocks, 5 + first.duration_s + 3)
    snap = window.controller.snapshot
    assert snap.waiting and snap.phase_index == 0
    assert "any key" in window.session_page.state_line.text()
    rung = chime.played
    move(window, clocks, 30)
    assert window.controller.snapshot.waiting  # it waits as long as it takes
    qtbot.keyClick(window.session_page, Qt.Key.Key_Q)  # any key: a pedal may send anything
    snap = window.controller.snapshot
    assert not snap.waiting and snap.phase_index == 1
    assert snap.state is State.RUNNING and snap.phase_elapsed_s == 0
    assert chime.played == rung


def test_table_view_keeps_only_countdown_back_and_pressure(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.controller.start()
    window.controller.next_phase()
    qtbot.keyClick(window.session_page, Qt.Key.Key_G)
    assert window.modes.table_view
    page = window.session_page
    for hidden in (page.top_bar, page.button_bar, page.panel, window.menuBar()):
        assert not hidden.isVisible()
    for shown in (page.back, page.table_face):
        assert shown.isVisible()
    text = page.table_face.text
    snap = window.controller.snapshot
    assert text is not None and text.title == snap.phase.name
    assert text.where == f"{snap.phase.zone.label} · {snap.phase.stroke.label}"
    assert text.band.endswith(f"pressure · {round(snap.pressure)} / 10")
    qtbot.keyClick(window.session_page, Qt.Key.Key_Space)  # keys still work
    assert window.controller.snapshot.state is State.PAUSED
    assert page.table_face.text is not None and page.table_face.text.dim
    assert page.table_face.text.title.startswith("Paused")
    corner = page.back.grab().toImage().pixelColor(2, 2)
    assert corner == theme.TABLE_BACKGROUND  # no box of another colour on the black page
    qtbot.keyClick(window.session_page, Qt.Key.Key_Escape)
    assert not window.modes.table_view
    assert window.session_page.button_bar.isVisible() and page.panel.isVisible()
    assert page.back.grab().toImage().pixelColor(2, 2) == theme.BACKGROUND


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("phase_s", [150.0, 3599.0])
def test_table_view_reads_from_two_metres(
    qtbot: QtBot, make_window: MakeWindow, size: tuple[int, int], phase_s: float
) -> None:
    """Digits at least 40% of the window's height (condensed, never shortened,
    for an hour-long phase's '59:59'); the back at least as tall; the words at
    48 px and more at 1366×768."""
    window = make_window("tension-relief")
    window.resize(*size)
    window.show()
    qtbot.wait_exposed(window)
    routine = window.lifecycle.plan.routine
    long_first = replace(routine.phases[0], duration_s=phase_s)
    window.lifecycle.use(replace(routine, phases=(long_first, *routine.phases[1:])))
    window.controller.start()
    window.controller.go_to_phase(0)
    window.modes.toggle_table_view()
    face = window.session_page.table_face
    qtbot.wait_until(lambda: face.height() > 0.9 * size[1] and face.width() > 0.6 * size[0])
    assert face.text is not None
    assert len(face.text.countdown) == (5 if phase_s >= 600 else 4)
    assert face.digit_height() >= 0.40 * window.height()
    assert window.session_page.back.art_rect().height() >= face.digit_height()
    scale = size[1] / 768
    assert face.line_px() >= 48 * scale and face.min_line_px() >= 48 * scale - 1
    assert window.session_page.timeline is None or not window.session_page.timeline.isVisible()


def test_a_change_while_paused_reaches_the_panel_at_once(
    window: MainWindow, clocks: Clocks
) -> None:
    """The panel is redrawn only when what it shows could differ
    (Snapshot.shown_key): a lighter retune while paused is such a change."""
    from backmassage_gui.domain.checkins import Answer, apply_answer

    window.controller.start()
    window.controller.go_to_phase(3)
    move(window, clocks, 20)
    window.controller.pause()
    before = window.session_page.panel.gauge.level
    assert before > 1
    phases, _ = apply_answer(
        window.controller.session.routine.phases,
        window.controller.snapshot.phase_index,
        Answer.LIGHTER,
    )
    window.controller.retune(phases)
    assert window.session_page.panel.gauge.level < before
    gauge = window.session_page.panel.gauge
    assert gauge.level == pytest.approx(window.controller.snapshot.pressure, abs=0.02)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 640)])
def test_the_step_line_and_the_state_line_are_never_cut(
    qtbot: QtBot, window: MainWindow, library: RoutineLibrary, clocks: Clocks, size: tuple[int, int]
) -> None:
    """At 1366x768 the step line ran under the state line, then was cut
    ('Phase 1 of 7 · 5 strokes a …'). The state line now sits beside the
    countdown: in every state, with the longest step line a built-in routine
    has, both show whole."""
    longest = library.get("tension-relief")
    assert longest is not None
    window.lifecycle.use(longest)
    window.resize(*size)
    qtbot.wait_until(lambda: window.size().width() == size[0])
    panel, controller = window.session_page.panel, window.controller
    window.switch("manual_advance")  # for the "time's up" state

    def check(state: str) -> None:
        window._show(controller.snapshot)
        layout = panel.layout()
        assert layout is not None
        layout.activate()
        assert panel.state_line.text().startswith(state)
        step = panel.step
        assert step.width() >= step.fontMetrics().horizontalAdvance(step.text()), step.text()
        line = panel.state_line
        assert line.height() >= line.heightForWidth(line.width()), line.text()
        widest = max(
            line.fontMetrics().horizontalAdvance(part) for part in QLabel.text(line).split("\n")
        )
        assert widest <= line.contentsRect().width(), line.text()
        assert panel.countdown.geometry().right() < line.geometry().left()
        assert line.geometry().bottom() <= panel.cue.geometry().top()

    check("Ready")
    controller.start()
    check("Get ready")
    move(window, clocks, controller.session.get_ready_s + 1)
    controller.go_to_phase(len(longest.phases) - 1)  # 'Phase 13 of 13 · keep still…'
    controller.pause()
    check("Paused")
    controller.go_to_phase(len(longest.phases) - 2)
    controller.toggle()
    move(window, clocks, controller.snapshot.phase_remaining_s + 1)
    check("Time's up")
    controller.start()
    move(window, clocks, longest.phases[-1].duration_s + 1)
    window.pages.show_session()
    check("Done")


def test_g_in_practice_says_so_and_leaves_no_half_state(make_window: MakeWindow) -> None:
    window = make_window()
    window.actions_by_name["practice"].trigger()
    assert window.pages.in_practice
    window.actions_by_name["table_view"].trigger()
    assert not window.modes.table_view
    assert not window.actions_by_name["table_view"].isChecked()
    assert window.statusBar().currentMessage() == "Table view is for the session."
    assert window.pages.in_practice and window.menuBar().isVisibleTo(window)
    assert window.property("tableView") in (None, False)
