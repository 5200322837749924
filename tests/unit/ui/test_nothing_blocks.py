"""A speech engine, an audio system or a desktop service that stops answering
never stops the window: the countdown moves, keys act, Ctrl+Q quits.

The fakes here hang on a gate the test opens at the end, or after 30 s so that
a regression fails instead of hanging the run; the deadlines are timed by a
ManualClock, so nothing waits on real time. No test here makes a sound or needs
a speech server (whether or not speech-dispatcher is installed).
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_types import MakeWindow

from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.session import State
from backmassage_gui.domain.sound_status import NO_SOUND, CueOutput
from backmassage_gui.ui import off_thread
from backmassage_gui.ui.main_window import MainWindow
from backmassage_gui.ui.off_thread import Worker
from backmassage_gui.ui.screen_awake import ScreenAwake
from backmassage_gui.ui.sound import QtChime
from backmassage_gui.ui.speech import Speaker

ROOT = Path(__file__).resolve().parents[3]
Tick = Callable[[MainWindow, ManualClock, float], None]
HANG_CAP_S = 30.0


class Gate:
    """Where a fake hangs: until ``release`` (or ``HANG_CAP_S``)."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.entered = threading.Event()
        self.released = threading.Event()
        self.on_main_thread = False

    def pass_through(self, where: str) -> None:
        if threading.current_thread() is threading.main_thread():
            self.on_main_thread = True
        if where == self.where:
            self.entered.set()
            self.released.wait(HANG_CAP_S)

    def release(self) -> None:
        self.released.set()


class HangingEngine:
    """A speech engine that hangs in ``gate.where`` ("start" or "say")."""

    name = "hanging"

    def __init__(self, gate: Gate, problem: str = "") -> None:
        self.gate = gate
        self.problem = problem
        self.said: list[str] = []
        self.closed = False

    def start(self) -> str:
        self.gate.pass_through("start")
        return self.problem

    def say(self, text: str) -> None:
        self.said.append(text)
        self.gate.pass_through("say")

    def close(self) -> None:
        self.closed = True


class HangingSound:
    """A sound backend that hangs in ``gate.where`` ("open" or "play")."""

    def __init__(self, gate: Gate, status: CueOutput | None = None) -> None:
        self.gate = gate
        self.status = status or CueOutput.works()
        self.plays = 0

    def open(self, source: str) -> CueOutput:
        self.gate.pass_through("open")
        return self.status

    def play(self) -> None:
        self.plays += 1
        self.gate.pass_through("play")

    def set_volume(self, volume: float) -> None:
        pass

    def close(self) -> None:
        pass


def unstuck(worker: Worker) -> bool:
    return not worker.stuck


def note(messages: list[str], text: str) -> None:
    """Keep a status line (the bar also says "" as it clears)."""
    if text:
        messages.append(text)


@pytest.fixture
def closing(qtbot: QtBot) -> Iterator[list[Speaker | Worker]]:
    """Speakers and workers to close when the test ends (after ``gates`` open)."""
    things: list[Speaker | Worker] = []
    yield things
    for thing in things:
        worker = thing._worker if isinstance(thing, Speaker) else thing
        qtbot.wait_until(functools.partial(unstuck, worker), timeout=10000)
        assert thing.close(wait_s=10), "a worker thread did not end once its gate opened"


@pytest.fixture
def gates(closing: list[Speaker | Worker]) -> Iterator[list[Gate]]:
    """Every gate a test makes is opened when it ends, so its threads end too."""
    made: list[Gate] = []
    yield made
    for gate in made:
        gate.release()


def press(
    qtbot: QtBot,
    w: MainWindow,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(w.session_page, key, modifier)


def assert_the_window_still_works(
    qtbot: QtBot, w: MainWindow, clock: ManualClock, tick: Tick
) -> None:
    """The countdown moves with the clock, and keys act."""
    snap = w.controller.snapshot
    shown = w.session_page.panel.countdown.text()
    tick(w, clock, 5)
    assert w.controller.snapshot.phase_remaining_s == pytest.approx(snap.phase_remaining_s - 5)
    assert w.session_page.panel.countdown.text() != shown
    press(qtbot, w, Qt.Key.Key_Space)
    assert w.controller.snapshot.state is State.PAUSED
    press(qtbot, w, Qt.Key.Key_Space)
    assert w.controller.snapshot.state is State.RUNNING
    index = w.controller.snapshot.phase_index
    press(qtbot, w, Qt.Key.Key_Right)
    assert w.controller.snapshot.phase_index == index + 1


def test_a_speech_engine_that_never_answers_stops_nothing(
    qtbot: QtBot,
    make_window: MakeWindow,
    tick: Tick,
    gates: list[Gate],
    closing: list[Speaker | Worker],
) -> None:
    gate = Gate("say")
    gates.append(gate)
    engine = HangingEngine(gate)
    speech_clock = ManualClock()
    speaker = Speaker(factory=lambda: engine, clock=speech_clock)
    closing.append(speaker)
    clock = ManualClock()
    w = make_window("quick", clock=clock, speaker=speaker, active=True)
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 6)  # the get-ready countdown ends: the first phase is announced
    assert gate.entered.wait(10), "the cue never reached the engine"
    assert not gate.on_main_thread
    first = w.controller.session.routine.phases[0]
    assert engine.said == [f"{first.name}. {first.instruction}."]

    assert_the_window_still_works(qtbot, w, clock, tick)

    # Past its deadline the engine is given up, with one line saying what goes on.
    speech_clock.advance(Speaker.SAY_DEADLINE_S + 0.5)
    expected = (
        "Spoken cues unavailable (the speech engine stopped answering): "
        "chimes and on-screen cues go on."
    )
    qtbot.wait_until(lambda: w.statusBar().currentMessage() == expected)
    assert not speaker.available
    # Later cues are not queued behind it, and the session goes on with chimes.
    tick(w, clock, w.controller.snapshot.phase_remaining_s + 1)
    assert len(speaker.said) > 1 and engine.said == speaker.said[:1]

    press(qtbot, w, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: not w.isVisible())


def test_a_cue_that_cannot_start_in_time_is_dropped_not_said_late(
    qtbot: QtBot, gates: list[Gate], closing: list[Speaker | Worker]
) -> None:
    gate = Gate("start")  # the engine is slow to start: cues queue behind it
    gates.append(gate)
    engine = HangingEngine(gate)
    clock = ManualClock()
    speaker = Speaker(factory=lambda: engine, clock=clock)
    closing.append(speaker)
    speaker.say("Warm-up glide.")
    assert gate.entered.wait(10)
    clock.advance(Speaker.CUE_EXPIRES_S + 0.5)
    gate.release()
    qtbot.wait_until(lambda: speaker.dropped == ["Warm-up glide."])
    assert speaker.available and engine.said == []
    speaker.say("One minute left.")
    qtbot.wait_until(lambda: speaker.spoken == ["One minute left."])
    assert engine.said == ["One minute left."]


def test_an_engine_that_hangs_while_starting_is_given_up(
    qtbot: QtBot, gates: list[Gate], closing: list[Speaker | Worker]
) -> None:
    gate = Gate("start")
    gates.append(gate)
    clock = ManualClock()
    speaker = Speaker(factory=lambda: HangingEngine(gate), clock=clock)
    closing.append(speaker)
    changes: list[CueOutput] = []
    speaker.watch(lambda: changes.append(speaker.status))
    speaker.warm_up()
    assert gate.entered.wait(10)
    clock.advance(Speaker.START_DEADLINE_S - 1)
    speaker.say("Too early to tell.")
    assert speaker.status == CueOutput.unknown()
    clock.advance(2)
    qtbot.wait_until(lambda: changes == [CueOutput.failed(Speaker.STUCK)])
    speaker.say("Not queued.")
    gate.release()  # it answers at last, too late: still given up
    qtbot.wait_until(lambda: not speaker._worker.stuck)
    assert speaker.close(wait_s=10)
    assert speaker.spoken == [] and changes == [CueOutput.failed(Speaker.STUCK)]


@pytest.mark.parametrize(
    ("problem", "raises", "reason"),
    [
        ("no speech engine on this computer", False, "no speech engine on this computer"),
        ("", True, "the speech engine could not be used"),
    ],
)
def test_an_engine_that_cannot_start_says_why_once(
    qtbot: QtBot,
    make_window: MakeWindow,
    tick: Tick,
    closing: list[Speaker | Worker],
    problem: str,
    raises: bool,
    reason: str,
) -> None:
    gate = Gate("nowhere")
    engine = HangingEngine(gate, problem)
    if raises:
        engine.start = lambda: 1 / 0  # type: ignore[method-assign, assignment, return-value]
    speaker = Speaker(factory=lambda: engine)
    closing.append(speaker)
    messages: list[str] = []
    clock = ManualClock()
    w = make_window("quick", clock=clock, speaker=speaker, active=True)
    w.statusBar().messageChanged.connect(lambda text: note(messages, text))
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 200)
    qtbot.wait_until(lambda: speaker.status == CueOutput.failed(reason))
    assert messages == [f"Spoken cues unavailable ({reason}): chimes and on-screen cues go on."]
    assert engine.said == [] and (raises or engine.closed)
    tick(w, clock, 300)
    assert len(messages) == 1


def test_no_sound_output_is_one_message_whatever_speech_does(
    qtbot: QtBot, make_window: MakeWindow, tick: Tick, closing: list[Speaker | Worker]
) -> None:
    """Issue 10: 'Sound is off', then 'Spoken cues are off ... Chimes only'."""
    worker = Worker("audio-test")
    closing.append(worker)
    chime = QtChime(
        worker=worker, backend=lambda: HangingSound(Gate("never"), CueOutput.no_output())
    )
    speaker = Speaker(
        factory=lambda: HangingEngine(Gate("never"), "no speech engine on this computer")
    )
    closing.append(speaker)
    messages: list[str] = []
    clock = ManualClock()
    w = make_window("quick", clock=clock, speaker=speaker, chime=chime, active=True)
    w.statusBar().messageChanged.connect(lambda text: note(messages, text))
    qtbot.wait_until(lambda: chime.status == CueOutput.no_output())
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 200)
    qtbot.wait_until(lambda: not speaker.status.usable)
    assert messages == [NO_SOUND] == ["No sound output: cues are shown on screen only."]


@pytest.mark.parametrize("where", ["open", "play"])
def test_an_audio_system_that_never_answers_stops_nothing(
    qtbot: QtBot,
    make_window: MakeWindow,
    tick: Tick,
    gates: list[Gate],
    closing: list[Speaker | Worker],
    where: str,
) -> None:
    gate = Gate(where)
    gates.append(gate)
    audio_clock = ManualClock()
    worker = Worker("audio-test", clock=audio_clock)
    closing.append(worker)
    sound = HangingSound(gate)
    chime = QtChime(worker=worker, backend=lambda: sound)
    clock = ManualClock()
    w = make_window("quick", clock=clock, chime=chime, active=True)
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 6 + w.controller.snapshot.phase.duration_s)  # a phase change: a chime
    assert gate.entered.wait(10)
    assert not gate.on_main_thread

    assert_the_window_still_works(qtbot, w, clock, tick)

    audio_clock.advance(QtChime.LOAD_DEADLINE_S + 0.5)
    expected = (
        "Chime unavailable (the audio system stopped answering): "
        "cues are shown on screen only."
    )  # this window has no speaker
    qtbot.wait_until(lambda: w.statusBar().currentMessage() == expected)
    plays = sound.plays
    tick(w, clock, w.controller.snapshot.phase_remaining_s + 1)
    assert sound.plays == plays
    press(qtbot, w, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: not w.isVisible())


def test_a_late_chime_is_left_out(
    qtbot: QtBot, gates: list[Gate], closing: list[Speaker | Worker]
) -> None:
    gate = Gate("open")  # the audio system is slow to open
    gates.append(gate)
    clock = ManualClock()
    worker = Worker("audio-test", clock=clock)
    closing.append(worker)
    sound = HangingSound(gate)
    chime = QtChime(worker=worker, backend=lambda: sound)
    chime.play()
    assert gate.entered.wait(10)
    clock.advance(QtChime.LATE_S + 0.5)
    gate.release()
    qtbot.wait_until(lambda: chime.available)
    chime.play()
    qtbot.wait_until(lambda: chime.played == 1)
    assert sound.plays == 1


class SilentDesktop:
    """A screen saver service that takes the request and never answers."""

    def __init__(self) -> None:
        self.answers: list[Callable[[int | None], None]] = []
        self.released: list[int] = []

    def inhibit(self, reason: str, answer: Callable[[int | None], None]) -> None:
        self.answers.append(answer)

    def release(self, cookie: int) -> None:
        self.released.append(cookie)


def test_a_desktop_that_never_answers_stops_nothing(
    qtbot: QtBot, make_window: MakeWindow, tick: Tick
) -> None:

    desktop = SilentDesktop()
    clock = ManualClock()
    w = make_window("relaxation", clock=clock, screen_awake=ScreenAwake(desktop), active=True)
    press(qtbot, w, Qt.Key.Key_Space)
    tick(w, clock, 6)
    assert len(desktop.answers) == 1 and not w.screen_awake.holding
    assert_the_window_still_works(qtbot, w, clock, tick)
    # Paused while the desktop was still thinking: its late answer is let go.
    press(qtbot, w, Qt.Key.Key_Space)
    desktop.answers[0](41)
    assert desktop.released == [41] and not w.screen_awake.holding
    press(qtbot, w, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: not w.isVisible())


QUIT_SCRIPT = textwrap.dedent("""
    import sys, threading
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from backmassage_gui import cli
    from backmassage_gui.catalogue import load_builtin_library
    from backmassage_gui.ui import off_thread
    from backmassage_gui.ui.main_window import MainWindow
    from backmassage_gui.ui.sound import QtChime
    from backmassage_gui.ui.speech import Speaker

    hanging = {"speech": threading.Event(), "audio": threading.Event()}

    class Forever:
        name = "forever"
        def start(self): return ""
        def say(self, text):
            print("engine: hanging", flush=True)
            hanging["speech"].set()
            threading.Event().wait()  # never returns
        def close(self): pass

    class SilentForever:
        def open(self, source):
            print("audio: hanging", flush=True)
            hanging["audio"].set()
            threading.Event().wait()
        def play(self): pass
        def set_volume(self, volume): pass
        def close(self): pass

    app = cli._application()
    library = load_builtin_library()
    w = MainWindow(library, library.routines[0], chime=QtChime(backend=SilentForever),
                   speaker=Speaker(factory=Forever), safety_check=False,
                   follow_desktop_motion=False)
    w.show()
    w.activateWindow()
    w.cues.speak("Hello")

    def quit_once_both_hang():
        if all(e.is_set() for e in hanging.values()) and w.isActiveWindow():
            QTest.keyClick(w.session_page, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        else:
            QTimer.singleShot(50, quit_once_both_hang)

    QTimer.singleShot(0, quit_once_both_hang)
    code = app.exec()
    print("event loop ended", code, flush=True)
    if sys.argv[1] == "app":
        off_thread.exit_if_stuck(code)  # what cli.run_window does
    print("exiting normally", flush=True)
""")


@pytest.mark.parametrize("way", ["app", "fallback"])
def test_quitting_works_while_engines_hang_for_ever(tmp_path: Path, way: str) -> None:
    """In a process of its own: the speech engine and the audio system hang for
    good (nothing releases them), Ctrl+Q is pressed, and the process ends."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        BACKMASSAGE_DATA_DIR=str(tmp_path),
        PYTHONPATH=str(ROOT),
    )
    result = subprocess.run(
        [sys.executable, "-c", QUIT_SCRIPT, way],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    out = result.stdout
    assert "engine: hanging" in out and "audio: hanging" in out, result.stderr
    assert "event loop ended 0" in out, result.stderr
    if way == "app":
        assert result.returncode == 0, result.stderr
        assert "exiting normally" not in out  # ended at once, without joining
    else:  # a script that forgot exit_if_stuck still ends, and says why
        assert result.returncode == 1, result.stderr
        assert "a worker thread never ended" in result.stderr


STARTUP_SCRIPT = textwrap.dedent("""
    import sys, threading
    from importlib.abc import MetaPathFinder

    where = {}

    class Recorder(MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name in ("PySide6.QtTextToSpeech", "PySide6.QtMultimedia"):
                where.setdefault(name, threading.current_thread().name)
            return None

    sys.meta_path.insert(0, Recorder())

    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from backmassage_gui import cli
    from backmassage_gui.catalogue import load_builtin_library
    from backmassage_gui.ui import off_thread
    from backmassage_gui.ui.main_window import MainWindow
    from backmassage_gui.ui.sound import QtChime
    from backmassage_gui.ui.speech import Speaker

    app = cli._application()
    library = load_builtin_library()
    speaker, chime = Speaker(), QtChime()
    w = MainWindow(library, library.routines[0], chime=chime, speaker=speaker,
                   safety_check=False, follow_desktop_motion=False)
    w.show()  # the first paint loads the timeline, the chime and the speech engine at once
    deadline = QDeadlineTimer(30000)
    while "unknown" in (speaker.status.availability.value, chime.status.availability.value):
        if deadline.hasExpired():
            break
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
    print(sorted(where.items()), flush=True)
    print("speech", speaker.status.availability.value, "chime",
          chime.status.availability.value, flush=True)
    w.close()
    off_thread.exit_if_stuck(0)
""")


def test_qt_modules_load_on_the_gui_thread_so_start_up_never_deadlocks(tmp_path: Path) -> None:
    """Found in a real window: QtTextToSpeech imported on the speech thread while
    QtMultimedia was imported on the audio thread (and pyqtgraph on the GUI
    thread) deadlocked, freezing the window at start-up, 7 times in 8."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        BACKMASSAGE_DATA_DIR=str(tmp_path),
        PYTHONPATH=str(ROOT),
    )  # BACKMASSAGE_SPEECH_ENGINE=mock: Qt's silent engine
    result = subprocess.run(
        [sys.executable, "-c", STARTUP_SCRIPT],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == str(
        [("PySide6.QtMultimedia", "MainThread"), ("PySide6.QtTextToSpeech", "MainThread")]
    )
    assert lines[1].startswith("speech works chime ")


class _SlowThread:
    """Stands in for a worker thread that never ends when asked, and is not
    known to be stuck (a call still within its deadline)."""

    name = "slow"

    def __init__(self) -> None:
        self.waits: list[float] = []

    def ask_to_stop(self) -> None:
        pass

    def wait(self, seconds: float) -> bool:
        self.waits.append(seconds)
        return False


def test_quitting_waits_once_in_all_for_threads_that_do_not_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Found in a real window: Ctrl+Q while the speech engine was still
    starting kept the process alive 4 s, as aboutToQuit and then the exit
    each waited the whole budget. Now the exit uses what is left of it."""
    slow = _SlowThread()
    monkeypatch.setattr(off_thread, "_live", [slow])
    monkeypatch.setattr(off_thread, "STOP_WAIT_S", 30.0)
    monkeypatch.setattr(off_thread, "_quit_by", None)  # restored after the test
    left: list[int] = []
    monkeypatch.setattr(off_thread, "_leave", left.append)
    now = [1000.0]
    monkeypatch.setattr(off_thread.time, "monotonic", lambda: now[0])
    off_thread._on_about_to_quit()
    now[0] += 30.0  # the budget is spent waiting
    off_thread.exit_if_stuck(0)
    assert slow.waits == [30.0, 0.0]
    assert left == [0]  # then leaves at once, without joining the thread
