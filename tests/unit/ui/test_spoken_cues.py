"""Spoken cues, heard through Qt's mock speech engine (the real QtSpeechEngine
adapter, on the speaker's own thread)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_types import MakeWindow

from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.ui.main_window import MainWindow
from backmassage_gui.ui.speech import Speaker

Tick = Callable[[MainWindow, ManualClock, float], None]
"""The ``tick`` fixture: let whole seconds pass, ticking the session."""


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def speaker(qtbot: QtBot) -> Iterator[Speaker]:
    from PySide6.QtTextToSpeech import QTextToSpeech

    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("this Qt has no mock speech engine")
    speaker = Speaker("mock")
    yield speaker
    assert speaker.close(wait_s=10)


@pytest.fixture
def window(make_window: MakeWindow, clock: ManualClock, speaker: Speaker) -> Iterator[MainWindow]:
    w = make_window("tension-relief", clock=clock, speaker=speaker, active=True)
    yield w
    w.controller.pause()


def test_phase_changes_check_ins_and_the_last_minute_are_spoken(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, speaker: Speaker, tick: Tick
) -> None:
    qtbot.wait_until(lambda: speaker.available)  # started off the GUI thread on first paint
    assert speaker.engine_name == "mock"
    routine = window.controller.session.routine
    window.controller.start()
    tick(window, clock, 6)
    first = routine.phases[0]
    assert speaker.said[0] == f"{first.name}. {first.instruction}."
    tick(window, clock, routine.total_s)
    said = speaker.said
    for phase in routine.phases[1:]:
        assert f"{phase.name}. {phase.instruction}." in said
    assert "How is the pressure?" in said
    long_phases = [p for p in routine.phases if p.duration_s >= 180]
    assert said.count("One minute left.") == len(long_phases)
    assert said[-1].startswith("All done")
    qtbot.wait_until(lambda: len(speaker.spoken) + len(speaker.dropped) == len(said))
    assert speaker.spoken  # reached the engine (late ones may be dropped on a busy machine)


def test_v_turns_spoken_cues_off(
    qtbot: QtBot, window: MainWindow, clock: ManualClock, speaker: Speaker, tick: Tick
) -> None:
    qtbot.keyClick(window.session_page, Qt.Key.Key_V)
    assert window.settings.speech is False
    window.controller.start()
    tick(window, clock, 200)
    assert speaker.said == []


def test_no_engine_is_said_once_with_what_goes_on(
    qtbot: QtBot, make_window: MakeWindow, clock: ManualClock, tick: Tick
) -> None:
    speaker = Speaker("no-such-engine")
    w = make_window("relaxation", clock=clock, speaker=speaker)
    w.controller.start()
    tick(w, clock, 6)
    qtbot.wait_until(lambda: "no speech engine" in w.statusBar().currentMessage())
    assert w.statusBar().currentMessage() == (
        "Spoken cues unavailable (no speech engine on this computer): "
        "chimes and on-screen cues go on."
    )
    assert not speaker.available
    w.statusBar().clearMessage()
    tick(w, clock, 300)
    assert w.statusBar().currentMessage() == ""
    w.controller.pause()
    assert speaker.close(wait_s=10)


def test_the_engine_says_when_it_speaks(qtbot: QtBot, speaker: Speaker) -> None:
    """Listening ignores the app's own voice: the speaker tells when it starts
    and stops speaking, as the engine reports it."""
    changes: list[bool] = []
    speaker.speaking.connect(changes.append)
    speaker.warm_up()
    qtbot.wait_until(lambda: speaker.available)
    speaker.say("Shoulders. Knead gently.")
    qtbot.wait_until(lambda: changes[-1:] == [False] and True in changes, timeout=10_000)
    assert changes[0] is True
