"""Hands-free control in the window, with a fake microphone and recogniser:
when it listens, what each spoken command does, self-muting, every error."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from voice_fakes import FakeMic, FakeRecogniser, deny, parts
from window_types import MakeWindow

from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.session import EXTRA_TIME_S, State
from backmassage_gui.settings import AppSettings
from backmassage_gui.storage.settings_store import SettingsStore
from backmassage_gui.ui import off_thread
from backmassage_gui.ui.main_window import MainWindow
from backmassage_gui.ui.speech import Speaker
from backmassage_gui.voice.listening_rules import (
    HEARD_SHOWN_S,
    MUTE_AFTER_S,
    MicProblem,
    mic_message,
)
from backmassage_gui.voice.vocabulary import Heard

Tick = Callable[[MainWindow, ManualClock, float], None]
LISTENING = AppSettings(listen=True)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def recogniser() -> FakeRecogniser:
    return FakeRecogniser()


@pytest.fixture
def mic() -> FakeMic:
    return FakeMic()


class QuietEngine:
    """A speech engine that says nothing (the speaker records what it was asked)."""

    name = "quiet"

    def start(self) -> str:
        return ""

    def say(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


@pytest.fixture
def speaker() -> Iterator[Speaker]:
    speaker = Speaker(factory=QuietEngine)
    yield speaker
    assert speaker.close(wait_s=10)


@pytest.fixture
def listening_window(
    make_window: MakeWindow, clock: ManualClock, recogniser: FakeRecogniser, mic: FakeMic
) -> Iterator[MainWindow]:
    w = make_window(
        "quick", clock=clock, settings=LISTENING, voice=parts(recogniser, mic), active=True
    )
    yield w
    w.controller.pause()


@pytest.fixture
def speaking_window(
    make_window: MakeWindow,
    clock: ManualClock,
    recogniser: FakeRecogniser,
    mic: FakeMic,
    speaker: Speaker,
) -> MainWindow:
    """A listening window whose cues go to ``speaker`` (what it says is seen)."""
    return make_window(
        clock=clock, settings=LISTENING, voice=parts(recogniser, mic), speaker=speaker, active=True
    )


def flush(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the listening thread has dealt with all the sound given to
    it so far, and what it heard has reached the window."""
    worker = window.voice.listener._worker
    assert worker is not None, "not listening"
    done: list[object] = []
    worker.submit(lambda: None, what="test: flush", deadline_s=10, done=done.append)
    qtbot.wait_until(lambda: bool(done))


def hear(qtbot: QtBot, window: MainWindow, mic: FakeMic, words: str) -> None:
    mic.say(words)
    flush(qtbot, window)


def start_listening(qtbot: QtBot, window: MainWindow) -> None:
    window.controller.start()
    qtbot.wait_until(lambda: window.voice.listener.listening)


def action(window: MainWindow, name: str) -> QAction:
    return window.actions_by_name[name]


# -- the command and the setting ------------------------------------------------


def test_listening_is_off_by_default_in_the_view_menu_and_remembered(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, mic: FakeMic
) -> None:
    store = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    w = make_window(settings_store=store, voice=parts(FakeRecogniser(), mic), active=True)
    listen = action(w, "listen")
    view = next(a.menu() for a in w.menuBar().actions() if a.text() == "&View")
    assert isinstance(view, QMenu)
    assert listen in view.actions() and action(w, "mic_check") in view.actions()
    assert w.settings.listen is False and not listen.isChecked()
    qtbot.keyClick(w.session_page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.settings.listen is True and listen.isChecked()
    assert store.load()[0].listen is True
    assert w.statusBar().currentMessage().startswith("Listening while a session runs")
    assert mic.opened == 0  # switched on, but no session runs yet


# -- when it listens ------------------------------------------------------------


def test_it_listens_only_while_a_session_is_in_progress(
    qtbot: QtBot, listening_window: MainWindow, mic: FakeMic, clock: ManualClock, tick: Tick
) -> None:
    w, voice = listening_window, listening_window.voice
    assert not voice.listener.active and mic.opened == 0
    assert not voice.indicator.isVisible()
    start_listening(qtbot, w)  # the get-ready countdown is part of the session
    assert voice.indicator.isVisible()
    assert voice.indicator.accessibleName() == "Listening for voice commands"
    assert voice.indicator.label.text() == "Listening"
    action(w, "toggle").trigger()
    assert w.controller.snapshot.state is State.PAUSED and voice.listener.listening
    action(w, "practice").trigger()
    assert w.pages.in_practice
    assert not voice.listener.active and mic.closed == 1 and not voice.indicator.isVisible()
    action(w, "practice").trigger()  # back to the paused session: listening again
    qtbot.wait_until(lambda: voice.listener.listening)
    assert mic.opened == 2 and voice.indicator.isVisible()
    action(w, "toggle").trigger()
    tick(w, clock, w.controller.snapshot.session_remaining_s + 10)
    assert w.pages.in_aftercare
    assert not voice.listener.active and mic.closed == 2 and not voice.indicator.isVisible()


def test_restarting_stops_listening_until_the_next_start(
    qtbot: QtBot, listening_window: MainWindow, mic: FakeMic
) -> None:
    w = listening_window
    start_listening(qtbot, w)
    action(w, "restart").trigger()
    assert w.controller.snapshot.state is State.READY
    assert not w.voice.listener.active and mic.closed == 1
    start_listening(qtbot, w)
    assert mic.opened == 2


def test_turning_listening_off_stops_the_microphone_and_its_thread(
    qtbot: QtBot, listening_window: MainWindow, mic: FakeMic
) -> None:
    w = listening_window
    start_listening(qtbot, w)
    assert any(t.name == "listening" for t in off_thread._live)
    qtbot.keyClick(w.session_page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.settings.listen is False
    assert mic.closed == 1 and not mic.is_open
    assert not w.voice.listener.active and not w.voice.indicator.isVisible()
    assert not any(t.name == "listening" for t in off_thread._live)
    assert w.statusBar().currentMessage() == "Voice commands off"


def test_the_recogniser_and_the_microphone_work_off_the_gui_thread(
    qtbot: QtBot, listening_window: MainWindow, mic: FakeMic, recogniser: FakeRecogniser
) -> None:
    start_listening(qtbot, listening_window)
    hear(qtbot, listening_window, mic, "coach next")
    gui = threading.get_ident()
    assert recogniser.threads and gui not in recogniser.threads
    assert mic.open_threads and gui not in mic.open_threads


# -- acting ---------------------------------------------------------------------

SAME_AS_KEY = [
    ("coach next", Qt.Key.Key_Right),
    ("coach back", Qt.Key.Key_Left),
    ("coach more time", Qt.Key.Key_Up),
    ("coach pause", Qt.Key.Key_Space),
]


@pytest.mark.parametrize(("words", "key"), SAME_AS_KEY)
def test_each_giver_command_does_what_its_key_does(
    qtbot: QtBot, make_window: MakeWindow, words: str, key: Qt.Key, tick: Tick
) -> None:
    """One window is driven by voice, its twin by keys, step for step."""
    mic = FakeMic()
    clocks = ManualClock(), ManualClock()
    voiced = make_window(
        clock=clocks[0], settings=LISTENING, voice=parts(FakeRecogniser(), mic), active=True
    )
    keyed = make_window(clock=clocks[1], active=True)
    for w, c in zip((voiced, keyed), clocks, strict=True):
        w.controller.start()
        tick(w, c, 130)  # into the second phase, so "back" has somewhere to go
    qtbot.wait_until(lambda: voiced.voice.listener.listening)
    before = voiced.controller.snapshot
    assert before == keyed.controller.snapshot
    hear(qtbot, voiced, mic, words)
    keyed.activateWindow()
    qtbot.wait_until(keyed.isActiveWindow)
    qtbot.keyClick(keyed.session_page, key)
    assert voiced.controller.snapshot == keyed.controller.snapshot
    assert voiced.controller.snapshot != before
    voiced.controller.pause()
    keyed.controller.pause()


def test_go_resumes_like_space_after_a_pause(
    qtbot: QtBot, listening_window: MainWindow, mic: FakeMic
) -> None:
    w = listening_window
    start_listening(qtbot, w)
    hear(qtbot, w, mic, "coach pause")
    assert w.controller.snapshot.state is State.PAUSED
    hear(qtbot, w, mic, "coach go")
    assert w.controller.snapshot.state is State.GET_READY
    hear(qtbot, w, mic, "coach resume")  # already going: "go" never pauses
    assert w.controller.snapshot.state is State.GET_READY
    hear(qtbot, w, mic, "coach pause")
    hear(qtbot, w, mic, "coach pause")  # already paused: "pause" never resumes
    assert w.controller.snapshot.state is State.PAUSED


def test_more_time_adds_thirty_seconds(
    qtbot: QtBot, listening_window: MainWindow, mic: FakeMic, clock: ManualClock, tick: Tick
) -> None:
    w = listening_window
    start_listening(qtbot, w)
    tick(w, clock, 10)
    before = w.controller.snapshot.phase_duration_s
    hear(qtbot, w, mic, "coach more time")
    assert w.controller.snapshot.phase_duration_s == before + EXTRA_TIME_S


def test_what_was_acted_on_is_shown_for_a_moment_and_said_back(
    qtbot: QtBot,
    speaking_window: MainWindow,
    clock: ManualClock,
    mic: FakeMic,
    speaker: Speaker,
    tick: Tick,
) -> None:
    w = speaking_window
    start_listening(qtbot, w)
    hear(qtbot, w, mic, "coach next")
    indicator = w.voice.indicator
    assert indicator.heard_text == "Heard: next"
    assert indicator.accessibleDescription() == "Heard: next"
    assert speaker.said[-1] == "Next."
    tick(w, clock, HEARD_SHOWN_S - 1)
    clock.advance(0.5)
    indicator.fade_if_due()
    assert indicator.heard_text == "Heard: next"
    clock.advance(0.5)
    qtbot.wait_until(lambda: indicator.heard_text == "")
    assert indicator.isVisible()  # still listening
    qtbot.keyClick(w.session_page, Qt.Key.Key_V)  # spoken cues off: nothing said back
    said = len(speaker.said)
    tick(w, clock, 2)
    hear(qtbot, w, mic, "coach back")
    assert indicator.heard_text == "Heard: back"
    assert len(speaker.said) == said
    w.controller.pause()


def test_the_wake_word_alone_is_shown_as_heard_and_moves_nothing(
    qtbot: QtBot, listening_window: MainWindow, mic: FakeMic
) -> None:
    """ "Coach ..." (a breath) "... next": the sign says the command may follow."""
    w = listening_window
    start_listening(qtbot, w)
    before = w.controller.snapshot
    hear(qtbot, w, mic, "coach")
    assert w.voice.indicator.heard_text == "Heard: coach.\nNow the command"
    assert w.controller.snapshot == before
    assert w.voice.indicator.accessibleDescription() == "Heard: coach. Now the command"


def test_talk_without_the_wake_word_moves_nothing(
    qtbot: QtBot, listening_window: MainWindow, mic: FakeMic
) -> None:
    w = listening_window
    start_listening(qtbot, w)
    before = w.controller.snapshot
    for words in ("next", "pause", "so how was your day", "stop"):
        hear(qtbot, w, mic, words)
    assert w.controller.snapshot == before
    assert w.voice.indicator.heard_text == ""


# -- check-in answers -----------------------------------------------------------


def run_until_asked(window: MainWindow, clock: ManualClock) -> None:
    for _ in range(3000):
        if window.checkins.visible:
            return
        clock.advance(1)
        window.controller._tick()
    raise AssertionError("no check-in came")


@pytest.fixture
def checkin_window(
    make_window: MakeWindow, clock: ManualClock, mic: FakeMic
) -> Iterator[tuple[MainWindow, FakeRecogniser]]:
    # This recogniser takes answers even when not asked to, so the window's
    # own rule (answers only while the prompt shows) is what is tested.
    recogniser = FakeRecogniser(always_answers=True)
    w = make_window(
        "tension-relief", clock=clock, settings=LISTENING, voice=parts(recogniser, mic), active=True
    )
    yield w, recogniser
    w.controller.pause()


@pytest.mark.parametrize("words", ["fine", "lighter", "stop"])
def test_checkin_answers_count_only_while_the_prompt_shows(
    qtbot: QtBot,
    checkin_window: tuple[MainWindow, FakeRecogniser],
    make_window: MakeWindow,
    mic: FakeMic,
    clock: ManualClock,
    words: str,
) -> None:
    w, recogniser = checkin_window
    start_listening(qtbot, w)
    before = w.controller.session.routine.phases
    hear(qtbot, w, mic, words)  # no prompt yet: nothing happens
    assert w.controller.session.routine.phases == before
    assert w.controller.snapshot.state is State.GET_READY
    assert recogniser.checkin is False
    run_until_asked(w, clock)
    qtbot.wait_until(lambda: recogniser.checkin)  # the recogniser is told to take answers
    # The same answer by key, in a twin window at the same moment.
    twin_clock = ManualClock()
    twin = make_window("tension-relief", clock=twin_clock, active=True)
    twin.controller.start()
    run_until_asked(twin, twin_clock)
    assert twin_clock.now == clock.now
    for c, window in ((clock, w), (twin_clock, twin)):
        c.advance(2)  # past the chime of the phase that brought the check-in
        window.controller.refresh()
    hear(qtbot, w, mic, words)
    qtbot.keyClick(
        twin.session_page, {"fine": Qt.Key.Key_F, "lighter": Qt.Key.Key_L}.get(words, Qt.Key.Key_S)
    )
    assert not w.checkins.visible
    assert w.controller.session.routine.phases == twin.controller.session.routine.phases
    assert w.controller.snapshot == twin.controller.snapshot
    assert w.statusBar().currentMessage() == twin.statusBar().currentMessage()
    assert w.voice.indicator.heard_text == f"Heard: {words}"
    qtbot.wait_until(lambda: not recogniser.checkin)  # the prompt went: answers no more
    twin.controller.pause()


def test_an_answer_after_the_prompt_faded_is_ignored(
    qtbot: QtBot,
    checkin_window: tuple[MainWindow, FakeRecogniser],
    mic: FakeMic,
    clock: ManualClock,
    tick: Tick,
) -> None:
    w, recogniser = checkin_window
    start_listening(qtbot, w)
    run_until_asked(w, clock)
    tick(w, clock, 10)  # the prompt fades unanswered
    assert not w.checkins.visible
    qtbot.wait_until(lambda: not recogniser.checkin)
    before = w.controller.session.routine.phases
    hear(qtbot, w, mic, "lighter")
    assert w.controller.session.routine.phases == before


# -- it never obeys itself --------------------------------------------------------


def test_sound_is_not_even_heard_while_the_app_chimes_and_a_moment_after(
    qtbot: QtBot,
    listening_window: MainWindow,
    mic: FakeMic,
    recogniser: FakeRecogniser,
    clock: ManualClock,
) -> None:
    w = listening_window
    start_listening(qtbot, w)
    fed, resets = len(recogniser.fed), recogniser.resets
    sign = w.voice.indicator
    assert sign.label.text() == "Listening" and not sign.waiting
    w.cues.ring()  # sound is on: the chime sounds for a second
    before = w.controller.snapshot
    hear(qtbot, w, mic, "coach next")
    qtbot.wait_until(lambda: sign.waiting)  # the sign says so: say it again after
    assert sign.label.text() == "Wait…" and not sign.glyph.isEnabled()
    assert sign.accessibleName() == "Not listening while the app speaks"
    clock.advance(1.0 + MUTE_AFTER_S - 0.1)
    hear(qtbot, w, mic, "coach next")
    assert len(recogniser.fed) == fed
    assert w.controller.snapshot.state is State.GET_READY  # "next" would have left it
    assert sign.waiting
    clock.advance(0.2)
    hear(qtbot, w, mic, "coach next")
    qtbot.wait_until(lambda: not sign.waiting)
    assert sign.label.text() == "Listening" and sign.glyph.isEnabled()
    assert recogniser.resets == resets + 1  # half-heard words forgotten first
    assert len(recogniser.fed) == fed + 1
    assert w.controller.snapshot.phase_index == before.phase_index  # get-ready → phase 0
    assert w.controller.snapshot.state is State.RUNNING


def test_listening_turned_off_while_waiting_comes_back_listening(
    qtbot: QtBot, listening_window: MainWindow, mic: FakeMic
) -> None:
    w = listening_window
    start_listening(qtbot, w)
    sign = w.voice.indicator
    w.cues.ring()
    hear(qtbot, w, mic, "coach next")
    qtbot.wait_until(lambda: sign.waiting)
    action(w, "listen").trigger()
    qtbot.wait_until(lambda: sign.isHidden())
    assert not sign.waiting
    action(w, "listen").trigger()
    qtbot.wait_until(lambda: w.voice.listener.listening)
    assert sign.isVisible() and sign.label.text() == "Listening"


def test_its_own_voice_is_ignored_while_the_engine_speaks_and_just_after(
    qtbot: QtBot,
    speaking_window: MainWindow,
    clock: ManualClock,
    mic: FakeMic,
    speaker: Speaker,
    tick: Tick,
) -> None:
    w = speaking_window
    start_listening(qtbot, w)
    tick(w, clock, 10)  # into the first phase, past its chime
    w.cues.speak("Shoulders. Knead gently.")
    tick(w, clock, 10)  # far past the estimate: the engine still speaks
    speaker.speaking.emit(True)
    qtbot.wait_until(w.voice.mute.muted)
    hear(qtbot, w, mic, "coach pause")
    assert w.controller.snapshot.state is State.RUNNING
    speaker.speaking.emit(False)
    qtbot.wait_until(lambda: w.voice.mute._speaking_since is None)
    clock.advance(MUTE_AFTER_S - 0.1)
    hear(qtbot, w, mic, "coach pause")
    assert w.controller.snapshot.state is State.RUNNING
    clock.advance(0.2)
    hear(qtbot, w, mic, "coach pause")
    assert w.controller.snapshot.state is State.PAUSED
    # "Paused." was said back: the next command within it is not taken.
    assert speaker.said[-1] == "Paused."
    hear(qtbot, w, mic, "coach go")
    assert w.controller.snapshot.state is State.PAUSED


# -- when it cannot listen --------------------------------------------------------


def said_lines(window: MainWindow) -> list[str]:
    lines: list[str] = []
    window.voice.said.connect(lines.append)
    return lines


def test_no_microphone_is_said_once_and_the_session_goes_on(
    qtbot: QtBot, make_window: MakeWindow, clock: ManualClock, tick: Tick
) -> None:
    mic = FakeMic(problem=(MicProblem.NO_DEVICE, ""))
    w = make_window(
        clock=clock, settings=LISTENING, voice=parts(FakeRecogniser(), mic), active=True
    )
    lines = said_lines(w)
    w.controller.start()
    expected = mic_message(MicProblem.NO_DEVICE)
    qtbot.wait_until(lambda: w.statusBar().currentMessage() == expected)
    assert not w.voice.listener.active and not w.voice.indicator.isVisible()
    tick(w, clock, 10)
    assert w.controller.snapshot.state is State.RUNNING
    qtbot.keyClick(w.session_page, Qt.Key.Key_Right)  # the keys work as before
    assert w.controller.snapshot.phase_index == 1
    action(w, "restart").trigger()
    w.controller.start()  # a new run tries again, and says nothing new
    qtbot.wait_until(lambda: mic.opened == 2)
    qtbot.wait_until(lambda: not w.voice.listener.active)
    assert lines == [expected]
    w.controller.pause()


@pytest.mark.parametrize(
    ("voice_parts", "expected"),
    [
        (
            lambda: parts(
                FakeRecogniser(), FakeMic((MicProblem.UNUSABLE, "it is busy, or access was denied"))
            ),
            "Not listening: the microphone could not be opened (it is busy, or access was denied); "
            "voice commands are off, the keys work as before.",
        ),
        (
            lambda: parts(FakeRecogniser(), FakeMic(), permission=deny),
            mic_message(MicProblem.DENIED),
        ),
    ],
)
def test_a_busy_or_denied_microphone_is_said_in_one_line(
    qtbot: QtBot, make_window: MakeWindow, voice_parts: Callable[[], object], expected: str
) -> None:
    w = make_window(settings=LISTENING, voice=voice_parts(), active=True)
    lines = said_lines(w)
    w.controller.start()
    qtbot.wait_until(lambda: lines == [expected])
    assert w.statusBar().currentMessage() == expected
    assert not w.voice.listener.active and not w.voice.indicator.isVisible()
    w.controller.pause()


def test_a_recogniser_that_cannot_load_is_said_in_one_line(
    qtbot: QtBot, make_window: MakeWindow, mic: FakeMic
) -> None:
    def broken() -> FakeRecogniser:
        raise OSError("acoustic model missing")

    from backmassage_gui.ui.voice_control import VoiceParts

    w = make_window(settings=LISTENING, voice=VoiceParts(broken, mic), active=True)
    w.controller.start()
    expected = mic_message(MicProblem.NO_RECOGNISER, "acoustic model missing")
    qtbot.wait_until(lambda: w.statusBar().currentMessage() == expected)
    assert mic.opened == 0 and not w.voice.listener.active
    w.controller.pause()


def test_a_microphone_failing_mid_session_is_said_and_closed(
    qtbot: QtBot, listening_window: MainWindow, mic: FakeMic, clock: ManualClock, tick: Tick
) -> None:
    w = listening_window
    lines = said_lines(w)
    start_listening(qtbot, w)
    tick(w, clock, 10)
    mic.break_down("it was unplugged")
    expected = mic_message(MicProblem.STOPPED, "it was unplugged")
    qtbot.wait_until(lambda: lines == [expected])
    assert mic.closed == 1 and not w.voice.listener.active
    assert not w.voice.indicator.isVisible()
    tick(w, clock, 5)
    assert w.controller.snapshot.state is State.RUNNING
    # Not retried within this run; switching listening on again tries again.
    qtbot.keyClick(w.session_page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(w.session_page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait_until(lambda: w.voice.listener.listening)
    assert mic.opened == 2


# -- the microphone check -----------------------------------------------------------


def test_the_microphone_check_shows_the_level_and_what_was_heard(
    qtbot: QtBot, make_window: MakeWindow, clock: ManualClock, mic: FakeMic
) -> None:
    w = make_window(clock=clock, voice=parts(FakeRecogniser(), mic), active=True)
    assert w.settings.listen is False
    action(w, "mic_check").trigger()
    dialog = w.voice.check
    assert dialog is not None and dialog.isVisible()
    qtbot.wait_until(lambda: w.voice.listener.listening)  # with no session, listening off
    assert "Listening" in dialog.state.text()
    loud = b"\x00\x60\x00\xa0" * 800
    mic.hear_sound(loud)
    flush(qtbot, w)
    assert dialog.level > 50
    clock.advance(1)
    hear(qtbot, w, mic, "coach next")
    assert dialog.heard_line.text() == "Heard: next"
    assert w.controller.snapshot.state is State.READY  # shown, never acted on
    clock.advance(1)
    hear(qtbot, w, mic, "lighter")  # check-in answers can be tried too
    assert dialog.heard_line.text() == "Heard: lighter"
    lines_high = dialog.heard_line.height()
    clock.advance(1)
    hear(qtbot, w, mic, "coach")  # one line here: the dialog has the width
    assert dialog.heard_line.text() == "Heard: coach. Now the command"
    flush(qtbot, w)
    assert dialog.heard_line.height() == lines_high
    dialog.reject()
    assert w.voice.check is None and not w.voice.listener.active and mic.closed == 1


def test_the_microphone_check_says_when_there_is_no_microphone(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    mic = FakeMic(problem=(MicProblem.NO_DEVICE, ""))
    w = make_window(voice=parts(FakeRecogniser(), mic), active=True)
    action(w, "mic_check").trigger()
    dialog = w.voice.check
    assert dialog is not None
    expected = mic_message(MicProblem.NO_DEVICE)
    qtbot.wait_until(lambda: dialog.state.text() == expected)
    assert not dialog.meter.isEnabled()
    dialog.reject()


def test_during_the_check_a_running_session_is_not_moved_by_voice(
    qtbot: QtBot, listening_window: MainWindow, mic: FakeMic
) -> None:
    w = listening_window
    start_listening(qtbot, w)
    dialog = w.voice.open_check()
    assert w.voice.listener.listening  # the same microphone, still open
    hear(qtbot, w, mic, "coach pause")
    assert dialog.heard_line.text() == "Heard: pause"
    assert w.controller.snapshot.state is State.GET_READY
    dialog.reject()
    assert w.voice.listener.listening and mic.closed == 0  # the session still listens
    hear(qtbot, w, mic, "coach pause")
    assert w.controller.snapshot.state is State.PAUSED


def test_a_recogniser_failing_while_listening_ends_listening_not_the_session(
    qtbot: QtBot, make_window: MakeWindow, mic: FakeMic, clock: ManualClock, tick: Tick
) -> None:
    class Broken(FakeRecogniser):
        def feed(self, pcm: bytes) -> list[Heard]:
            raise RuntimeError("decoder crashed")

    broken = Broken()
    w = make_window(clock=clock, settings=LISTENING, voice=parts(broken, mic), active=True)
    lines = said_lines(w)
    start_listening(qtbot, w)
    mic.say("coach next")
    expected = mic_message(MicProblem.NO_RECOGNISER, "it failed while listening")
    qtbot.wait_until(lambda: lines == [expected])
    assert not w.voice.listener.active and mic.closed == 1
    assert broken.closed == 1  # dropped, and its process (if it has one) ended
    tick(w, clock, 10)
    assert w.controller.snapshot.state is State.RUNNING
    w.controller.pause()


def test_the_real_microphone_is_opened_on_the_listening_thread_or_said_missing(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    """QtMultimedia's own capture: on a machine with no audio input (a test
    server) the one line says so; with one, sound arrives and stops again."""
    from PySide6.QtMultimedia import QMediaDevices

    from backmassage_gui.ui.voice_control import VoiceParts

    w = make_window(settings=LISTENING, voice=VoiceParts(recogniser=FakeRecogniser), active=True)
    lines = said_lines(w)
    levels: list[float] = []
    w.voice.listener.level.connect(levels.append)
    w.controller.start()
    listener = w.voice.listener
    qtbot.wait_until(lambda: listener.listening or bool(lines), timeout=20_000)
    if QMediaDevices.defaultAudioInput().isNull():
        assert lines == [mic_message(MicProblem.NO_DEVICE)]
        assert not listener.active
    else:
        assert listener.listening and w.voice.indicator.isVisible()
        qtbot.wait_until(lambda: bool(levels), timeout=10_000)
        qtbot.keyClick(w.session_page, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert not listener.active
    w.controller.pause()


def test_the_sign_keeps_clear_of_the_legend_and_of_the_checkin_prompt(
    qtbot: QtBot, checkin_window: tuple[MainWindow, FakeRecogniser], clock: ManualClock
) -> None:
    w, _recogniser = checkin_window
    start_listening(qtbot, w)
    indicator, back = w.voice.indicator, w.session_page.back
    assert indicator.geometry().bottom() <= back.art_rect().bottom()  # the legend stays clear
    assert indicator.geometry().right() < back.width()
    assert indicator.label.isVisible()
    run_until_asked(w, clock)
    prompt = w.checkins.label.geometry()
    sign = indicator.geometry()
    assert indicator.isVisible() and not indicator.label.isVisible()  # the microphone alone
    assert not sign.intersects(prompt)
    if prompt.center().y() < back.height() / 2:  # beside it, on the side away from its edge
        assert sign.top() > prompt.bottom()
    else:
        assert sign.bottom() < prompt.top()
    qtbot.keyClick(w.session_page, Qt.Key.Key_F)
    assert indicator.label.isVisible()
    assert not QRectF(indicator.geometry()).intersects(back.work_area())


def test_listening_costs_nothing_at_start_up() -> None:
    """The window module loads neither numpy (the sound converter) nor
    QtMultimedia for voice: both load when listening first begins."""
    import subprocess
    import sys

    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, backmassage_gui.ui.main_window\n"
            "print(sorted(m for m in ('numpy', 'PySide6.QtMultimedia') if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert probe.stdout.strip() == "[]"


# -- the recogniser's lifetime --------------------------------------------------


def test_the_recogniser_is_kept_between_runs_and_closed_with_the_window(
    qtbot: QtBot, make_window: MakeWindow, mic: FakeMic, recogniser: FakeRecogniser
) -> None:
    made: list[FakeRecogniser] = []

    def make() -> FakeRecogniser:
        made.append(recogniser)
        return recogniser

    voice = parts(recogniser, mic)
    w = make_window(settings=LISTENING, voice=replace(voice, recogniser=make), active=True)
    start_listening(qtbot, w)
    action(w, "restart").trigger()
    assert not w.voice.listener.active
    start_listening(qtbot, w)
    assert len(made) == 1 and recogniser.closed == 0  # kept: no second start-up
    w.close()
    assert not w.voice.listener.active and mic.closed == 2
    assert recogniser.closed == 1


def test_a_window_that_never_listened_closes_no_recogniser(
    make_window: MakeWindow, recogniser: FakeRecogniser, mic: FakeMic
) -> None:
    w = make_window(voice=parts(recogniser, mic))
    w.close()
    assert recogniser.closed == 0


def test_a_recogniser_stuck_in_feed_is_closed_when_listening_stops(
    qtbot: QtBot, make_window: MakeWindow, mic: FakeMic, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopping cannot wait for a listening thread stuck in ``feed``: the
    recogniser is dropped and closed, which (for one in a process of its own)
    kills the process and so ends the wait."""
    from backmassage_gui.ui import voice_listener

    class Stuck(FakeRecogniser):
        def __init__(self) -> None:
            super().__init__()
            self.feeding = threading.Event()
            self.released = threading.Event()

        def feed(self, pcm: bytes) -> list[Heard]:
            self.feeding.set()
            self.released.wait(30)
            raise RuntimeError("its process was killed")

        def close(self) -> None:
            super().close()
            self.released.set()

    stuck = Stuck()
    monkeypatch.setattr(voice_listener, "STOP_WAIT_S", 0.05)
    w = make_window(settings=LISTENING, voice=parts(stuck, mic), active=True)
    start_listening(qtbot, w)
    worker = w.voice.listener._worker
    assert worker is not None
    mic.say("coach next")
    qtbot.wait_until(stuck.feeding.is_set)
    w.voice.listener.stop()
    assert stuck.closed == 1 and w.voice.listener._recogniser is None
    qtbot.wait_until(lambda: not worker.stuck)
    assert worker.close(10)
