"""One lifecycle for a session, from safety check to history: every way a
session starts × every way it ends.

Each pair runs the quick routine (10:00, eight phases, one check-in at 3:45
in "Shoulder blade circles") on a manual clock and checks that the start
asked for the safety check, the end reached aftercare, and the run left
exactly one history row with what was really done.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from window_types import MakeWindow

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.session import State
from backmassage_gui.storage import SettingsStore
from backmassage_gui.storage.history import History, SessionRecord
from backmassage_gui.ui.main_window import MainWindow

Tick = Callable[[MainWindow, ManualClock, float], None]

GET_READY_S = 5
QUICK = load_builtin_library().get("quick")
assert QUICK is not None
NAMES = [p.name for p in QUICK.phases]


@dataclass
class Run:
    window: MainWindow
    clock: ManualClock
    history: History
    qtbot: QtBot
    tick: Tick
    monkeypatch: pytest.MonkeyPatch
    dialogs: list[object]
    """Every safety dialog opened, in order."""

    def key(self, key: Qt.Key) -> None:
        self.qtbot.keyClick(self.window.session_page, key)

    def confirm_safety(self) -> None:
        """The start just asked has a new safety dialog on screen, and the
        session waits for it; Enter says all clear."""
        dialog = self.window.safety.dialog
        assert dialog is not None and dialog.isVisible(), "the safety check was not asked"
        assert dialog not in self.dialogs, "no new safety check for this start"
        self.dialogs.append(dialog)
        assert self.window.controller.snapshot.state is State.READY  # nothing before it
        self.qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert self.window.controller.snapshot.state is State.GET_READY

    def rows(self) -> list[SessionRecord]:
        return self.history.recent()


# -- the ways a session starts: each leaves the run under test counting down --
def start_with_space(run: Run) -> None:
    run.key(Qt.Key.Key_Space)
    run.confirm_safety()


def start_again(run: Run) -> None:
    """A whole run first (Right to its end), out of aftercare, then Space."""
    start_with_space(run)
    run.tick(run.window, run.clock, GET_READY_S + 20)
    while run.window.controller.snapshot.state is not State.FINISHED:
        run.key(Qt.Key.Key_Right)
    assert run.window.pages.in_aftercare
    run.key(Qt.Key.Key_Escape)
    assert run.window.session_page.state_line.text().startswith("Done")
    run.key(Qt.Key.Key_Space)
    run.confirm_safety()


def start_from_command_line(run: Run) -> None:
    """What ``--start`` does once the window is up (cli.build_window)."""
    run.window.lifecycle.request_start()
    run.confirm_safety()


def start_after_picking_midway(run: Run) -> None:
    """Relaxation runs for a minute; quick is picked (yes, switch), then Space."""
    window = run.window
    window.lifecycle.use(load_builtin_library().get("relaxation"))  # type: ignore[arg-type]
    start_with_space(run)
    run.tick(window, run.clock, GET_READY_S + 60)
    run.monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    index = window.picker.findData("quick")
    window.picker.setCurrentIndex(index)
    window.picker.activated.emit(index)
    assert window.controller.session.routine.key == "quick"
    assert window.controller.snapshot.state is State.READY
    run.key(Qt.Key.Key_Space)
    run.confirm_safety()


STARTS: dict[str, Callable[[Run], None]] = {
    "space": start_with_space,
    "start again": start_again,
    "--start": start_from_command_line,
    "picked mid-way": start_after_picking_midway,
}


# -- the ways it ends: each returns what the history must say -------------------
@dataclass(frozen=True)
class Expected:
    run_s: float
    skipped: tuple[str, ...]
    checkins: tuple[tuple[float, str], ...] = ()


def end_when_time_runs_out(run: Run) -> Expected:
    run.tick(run.window, run.clock, GET_READY_S + 600)
    return Expected(run_s=600, skipped=())


def end_with_right_on_the_last_phase(run: Run) -> Expected:
    run.tick(run.window, run.clock, GET_READY_S + 7)
    for _ in NAMES[1:]:
        run.key(Qt.Key.Key_Right)
    assert run.window.controller.snapshot.phase_index == len(NAMES) - 1
    run.tick(run.window, run.clock, 10)
    run.key(Qt.Key.Key_Right)
    # 7 s of the first phase and 10 s of the last: everything was cut short.
    return Expected(run_s=17, skipped=tuple(NAMES))


def end_with_stop_then_the_closing_phases(run: Run) -> Expected:
    window = run.window
    run.tick(window, run.clock, GET_READY_S)
    ran = 0
    while not window.checkins.visible:
        run.tick(window, run.clock, 1)
        ran += 1
        assert ran < 600, "no check-in came"
    assert ran == 225  # 0:45 into "Shoulder blade circles"
    run.key(Qt.Key.Key_S)
    assert window.controller.snapshot.phase_index == 6  # "Slow closing glide"
    run.tick(window, run.clock, 100)
    # The answer is logged when it was given, not where the jump landed; the
    # closing glide (60 s) and resting hands (30 s) then ran in full.
    return Expected(run_s=225 + 60 + 30, skipped=tuple(NAMES[2:6]), checkins=((225.0, "stop"),))


ENDS: dict[str, Callable[[Run], Expected]] = {
    "time runs out": end_when_time_runs_out,
    "Right on the last phase": end_with_right_on_the_last_phase,
    "S then the closing phase": end_with_stop_then_the_closing_phases,
}


@pytest.fixture
def run(
    qtbot: QtBot,
    tmp_path: Path,
    make_window: MakeWindow,
    tick: Tick,
    monkeypatch: pytest.MonkeyPatch,
) -> Run:
    store = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings, _ = store.load()
    clock = ManualClock()
    history = History(tmp_path / "history.sqlite3")
    window = make_window(
        "quick",
        clock=clock,
        settings=settings,
        settings_store=store,
        history=history,
        safety_check=True,
        active=True,
    )
    return Run(window, clock, history, qtbot, tick, monkeypatch, [])


@pytest.mark.parametrize("end", ENDS)
@pytest.mark.parametrize("start", STARTS)
def test_every_start_asks_and_every_end_reaches_aftercare_and_history(
    run: Run, start: str, end: str
) -> None:
    STARTS[start](run)
    expected = ENDS[end](run)

    window = run.window
    assert window.controller.snapshot.state is State.FINISHED
    assert window.pages.in_aftercare, "the end did not reach aftercare"
    row, *earlier = run.rows()  # newest first
    assert len(earlier) == (0 if start in ("space", "--start") else 1), (
        "not exactly one history row for each run"
    )
    assert row.routine_key == "quick" and row.planned_s == 600
    assert row.completed
    assert row.done_s == pytest.approx(expected.run_s)
    assert row.skipped == expected.skipped
    assert [(c.at_s, c.answer) for c in row.checkins] == [
        (pytest.approx(at), answer) for at, answer in expected.checkins
    ]
    # The run before it was closed with its own figures.
    for other in earlier:
        if start == "picked mid-way":
            assert other.routine_key == "relaxation" and not other.completed
            assert other.done_s == pytest.approx(60)
        else:
            assert other.completed and other.done_s == pytest.approx(20)
            assert other.skipped == tuple(NAMES)


# -- a new run is a fresh run ----------------------------------------------------
@pytest.fixture
def relief(make_window: MakeWindow) -> tuple[MainWindow, ManualClock]:
    """Tension relief (check-ins at 5:30, 15:15 and 17:45), no safety check:
    these tests are about what a run carries over, not how it starts."""
    clock = ManualClock()
    return make_window("tension-relief", clock=clock, active=True), clock


def until_asked(window: MainWindow, clock: ManualClock, tick: Tick) -> float:
    """Run until a check-in is on screen; the session time it came at."""
    for _ in range(2000):
        if window.checkins.visible:
            return window.controller.snapshot.session_elapsed_s
        tick(window, clock, 1)
    raise AssertionError("no check-in came")


def test_restart_asks_the_check_ins_again(
    qtbot: QtBot, relief: tuple[MainWindow, ManualClock], tick: Tick
) -> None:
    window, clock = relief
    window.toggle_session()
    first = until_asked(window, clock, tick)
    qtbot.keyClick(window.session_page, Qt.Key.Key_F)
    qtbot.keyClick(window.session_page, Qt.Key.Key_R)
    assert window.controller.snapshot.state is State.READY
    window.toggle_session()
    assert until_asked(window, clock, tick) == pytest.approx(first)


def test_restart_brings_the_plan_back_without_the_last_runs_answers(
    qtbot: QtBot, relief: tuple[MainWindow, ManualClock], tick: Tick
) -> None:
    window, clock = relief
    planned = window.controller.session.routine.phases
    window.toggle_session()
    until_asked(window, clock, tick)
    qtbot.keyClick(window.session_page, Qt.Key.Key_L)
    assert window.controller.session.routine.phases != planned
    qtbot.keyClick(window.session_page, Qt.Key.Key_R)
    assert window.controller.session.routine.phases == planned


def test_start_again_brings_the_plan_back_with_todays_care_profile(
    qtbot: QtBot, relief: tuple[MainWindow, ManualClock], tick: Tick
) -> None:
    from backmassage_gui.domain.safety import CareProfile, adapt

    window, clock = relief
    window.toggle_session()
    until_asked(window, clock, tick)
    qtbot.keyClick(window.session_page, Qt.Key.Key_L)
    # The profile changes mid-run (it applies from the next session) ...
    dialog = window.safety.check()
    dialog.profiles[CareProfile.OLDER_ADULT].setChecked(True)
    dialog.go_button.click()
    tick(window, clock, 2000)
    assert window.controller.snapshot.state is State.FINISHED
    window.pages.show_session()
    window.toggle_session()  # Start again
    # ... and the next run follows it, without the "lighter" of the last one.
    expected, _ = adapt(window.lifecycle.plan.routine, CareProfile.OLDER_ADULT)
    assert window.controller.session.routine.phases == expected.phases
    assert window.controller.snapshot.state is State.GET_READY


def test_a_lighter_answer_survives_a_sore_spot_marked_later(
    qtbot: QtBot, relief: tuple[MainWindow, ManualClock], tick: Tick
) -> None:
    from backmassage_gui.domain import geometry
    from backmassage_gui.domain.zones import Zone

    window, clock = relief
    window.toggle_session()
    until_asked(window, clock, tick)
    level = window.controller.snapshot.pressure
    qtbot.keyClick(window.session_page, Qt.Key.Key_L)
    assert window.controller.snapshot.pressure == pytest.approx(level - 1.5, abs=0.05)
    # A sore spot on the lower back, away from the shoulders worked now.
    qtbot.keyClick(window.session_page, Qt.Key.Key_K)
    lower = geometry.zone_shapes(Zone.LOWER_BACK)[0]
    qtbot.mouseClick(
        window.session_page.back,
        Qt.MouseButton.LeftButton,
        pos=window.session_page.back.to_widget(lower.center).toPoint(),
    )
    assert len(window.care.spots) == 1
    window.controller.refresh()
    assert window.controller.snapshot.pressure == pytest.approx(level - 1.5, abs=0.05)
    lower_back = [p for p in window.controller.session.routine.phases if p.zone is Zone.LOWER_BACK]
    assert lower_back and all(p.pressure.peak <= 3 - 1.5 for p in lower_back)


def test_check_ins_after_a_lighter_answer_still_come(
    qtbot: QtBot, relief: tuple[MainWindow, ManualClock], tick: Tick
) -> None:
    window, clock = relief
    window.toggle_session()
    first = until_asked(window, clock, tick)
    qtbot.keyClick(window.session_page, Qt.Key.Key_L)
    ahead = [c.at_s for c in window.checkins.plan() if c.at_s > first + 3]
    assert ahead, "the lowered plan still has check-ins ahead"
    assert until_asked(window, clock, tick) == pytest.approx(ahead[0], abs=1.5)


def test_the_controller_tells_each_run_once(qtbot: QtBot) -> None:
    """Start and end of every run reach the history, however they come about,
    even through the controller alone (as tests and ``--screenshot`` use it)."""
    from backmassage_gui.domain.run_record import RunSummary
    from backmassage_gui.ui.session_controller import SessionController

    clock = ManualClock()
    controller = SessionController(QUICK, get_ready_s=0, clock=clock)  # type: ignore[arg-type]
    told: list[object] = []
    controller.run_started.connect(lambda: told.append("started"))
    controller.run_ended.connect(told.append)
    controller.restart()  # nothing had started: nothing to tell
    assert told == []
    controller.start()
    clock.advance(30)
    controller.restart()  # cut off
    controller.start()
    clock.advance(600)
    controller.refresh()  # ran out
    controller.refresh()
    controller.toggle()  # Space after Done: a run of its own
    controller.end_run()  # the app closes
    controller.end_run()
    assert told == [
        "started",
        RunSummary(run_s=30, skipped=(), completed=False),
        "started",
        RunSummary(run_s=600, skipped=(), completed=True),
        "started",
        RunSummary(run_s=0, skipped=(), completed=False),
    ]


def test_care_is_told_only_when_it_changes(
    qtbot: QtBot, relief: tuple[MainWindow, ManualClock]
) -> None:
    from backmassage_gui.domain import geometry
    from backmassage_gui.domain.zones import Zone

    window, _clock = relief
    lifecycle = window.lifecycle
    with qtbot.assert_not_emitted(lifecycle.care_changed):
        qtbot.keyClick(window.session_page, Qt.Key.Key_R)  # the same plan again
        qtbot.keyClick(window.session_page, Qt.Key.Key_R)
    qtbot.keyClick(window.session_page, Qt.Key.Key_K)
    lower = geometry.zone_shapes(Zone.LOWER_BACK)[0]
    with qtbot.wait_signal(lifecycle.care_changed) as blocker:
        qtbot.mouseClick(
            window.session_page.back,
            Qt.MouseButton.LeftButton,
            pos=window.session_page.back.to_widget(lower.center).toPoint(),
        )
    assert blocker.args == [lifecycle.care_lines] and lifecycle.care_lines
    with qtbot.assert_not_emitted(lifecycle.care_changed):
        qtbot.keyClick(window.session_page, Qt.Key.Key_R)
