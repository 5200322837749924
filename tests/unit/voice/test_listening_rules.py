"""The listening rules, without Qt: when to listen, what to act on, when to hold the ears."""

from __future__ import annotations

import pytest

from backmassage_gui.commands import command
from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.session import State
from backmassage_gui.voice.listening_rules import (
    COMMAND_FOR,
    MUTE_AFTER_S,
    SPEECH_OVERRUN_S,
    Ears,
    MicProblem,
    SelfMute,
    Situation,
    heard_text,
    mic_message,
    said_back,
    should_listen,
    speech_seconds,
    to_act_on,
)
from backmassage_gui.voice.vocabulary import GIVER, RECEIVER, Spoken


@pytest.mark.parametrize("state", list(State))
def test_listens_only_while_a_session_is_in_progress_on_the_session_page(state: State) -> None:
    in_progress = state in (State.GET_READY, State.RUNNING, State.PAUSED)
    assert should_listen(switched_on=True, state=state, on_session_page=True) is in_progress
    assert should_listen(switched_on=True, state=state, on_session_page=False) is False
    assert should_listen(switched_on=False, state=state, on_session_page=True) is False


@pytest.mark.parametrize("spoken", GIVER)
def test_giver_commands_act_only_during_a_session(spoken: Spoken) -> None:
    for state in (State.READY, State.FINISHED):
        assert to_act_on(spoken, Situation(state, checkin_showing=False)) is None


def test_pause_only_pauses_and_go_only_resumes() -> None:
    running = Situation(State.RUNNING, checkin_showing=False)
    paused = Situation(State.PAUSED, checkin_showing=False)
    counting = Situation(State.GET_READY, checkin_showing=False)
    assert to_act_on(Spoken.PAUSE, running) is Spoken.PAUSE
    assert to_act_on(Spoken.PAUSE, counting) is Spoken.PAUSE
    assert to_act_on(Spoken.PAUSE, paused) is None
    assert to_act_on(Spoken.RESUME, paused) is Spoken.RESUME
    assert to_act_on(Spoken.RESUME, running) is None
    assert to_act_on(Spoken.RESUME, counting) is None
    for spoken in (Spoken.NEXT, Spoken.PREVIOUS, Spoken.MORE_TIME):
        assert to_act_on(spoken, running) is spoken
        assert to_act_on(spoken, paused) is spoken


@pytest.mark.parametrize("spoken", RECEIVER)
def test_checkin_answers_count_only_while_the_prompt_shows(spoken: Spoken) -> None:
    assert to_act_on(spoken, Situation(State.RUNNING, checkin_showing=True)) is spoken
    assert to_act_on(spoken, Situation(State.RUNNING, checkin_showing=False)) is None
    assert to_act_on(spoken, Situation(State.READY, checkin_showing=True)) is None


@pytest.mark.parametrize("spoken", list(Spoken))
def test_nothing_is_acted_on_while_muted_or_not_listening(spoken: Spoken) -> None:
    muted = Situation(State.RUNNING, checkin_showing=True, muted=True)
    deaf = Situation(State.RUNNING, checkin_showing=True, listening=False)
    assert to_act_on(spoken, muted) is None
    assert to_act_on(spoken, deaf) is None


def test_every_spoken_command_presses_a_real_key_and_givers_are_said_back() -> None:
    assert set(COMMAND_FOR) == set(Spoken)
    for name in COMMAND_FOR.values():
        assert command(name).keys
    assert {s for s in Spoken if said_back(s)} == set(GIVER)
    assert all(len(said_back(s).split()) <= 3 for s in GIVER)


def test_heard_shows_the_words_without_the_wake_word() -> None:
    assert heard_text(Spoken.NEXT, "coach next") == "Heard: next"
    assert heard_text(Spoken.NEXT, "Coach, next") == "Heard: next"
    assert heard_text(Spoken.FINE, "that's fine") == "Heard: that's fine"
    assert heard_text(Spoken.MORE_TIME) == "Heard: more time"
    assert heard_text(Spoken.PREVIOUS, "coach") == "Heard: back"


def test_a_cue_is_expected_to_sound_longer_the_more_words_it_has() -> None:
    short, long = speech_seconds("Paused."), speech_seconds("Time's up. Next: shoulders, kneading.")
    assert 0.5 < short < long < 4.0


def test_self_mute_holds_while_sounding_and_a_moment_after() -> None:
    clock = ManualClock()
    mute = SelfMute(clock)
    assert not mute.muted() and mute.admit() is Ears.FEED
    mute.sounding(1.0)
    assert mute.muted() and mute.admit() is Ears.DROP
    clock.advance(1.0 + MUTE_AFTER_S - 0.05)
    assert mute.admit() is Ears.DROP
    clock.advance(0.1)
    assert not mute.muted()
    assert mute.admit() is Ears.RESET_THEN_FEED  # half-heard words are forgotten
    assert mute.admit() is Ears.FEED


def test_self_mute_follows_the_speech_engine_and_does_not_believe_it_for_ever() -> None:
    clock = ManualClock()
    mute = SelfMute(clock)
    mute.speaking(True)
    clock.advance(10)
    assert mute.muted()  # a long cue, longer than any estimate
    mute.speaking(False)
    clock.advance(MUTE_AFTER_S - 0.1)
    assert mute.muted()
    clock.advance(0.2)
    assert not mute.muted()
    mute.speaking(True)
    clock.advance(60)
    assert not mute.muted()  # an engine stuck "speaking" does not deafen the app


def test_an_engine_that_never_says_it_stopped_is_believed_only_a_little_past_the_estimate() -> None:
    """speech-dispatcher without a sound output: "speaking", and never done."""
    clock = ManualClock()
    mute = SelfMute(clock)
    mute.sounding(2.0, speech=True)
    clock.advance(0.4)
    mute.speaking(True)
    clock.advance(2.0 - 0.4 + SPEECH_OVERRUN_S - 0.1)
    assert mute.muted()
    clock.advance(0.2 + MUTE_AFTER_S)
    assert not mute.muted(), "deaf for 20 s after every cue"


def test_a_cue_that_starts_late_is_believed_from_its_start() -> None:
    """Behind a slow speech server a cue may start seconds after it was asked for."""
    clock = ManualClock()
    mute = SelfMute(clock)
    mute.sounding(2.0, speech=True)
    clock.advance(10.0)
    assert not mute.muted()
    mute.speaking(True)
    clock.advance(2.0 + SPEECH_OVERRUN_S - 0.1)
    assert mute.muted()
    clock.advance(0.2)
    assert not mute.muted()


def test_a_shorter_sound_never_shortens_a_longer_one() -> None:
    clock = ManualClock()
    mute = SelfMute(clock)
    mute.sounding(3.0)
    mute.sounding(0.5)
    clock.advance(2.0)
    assert mute.muted()


def test_the_problem_line_says_what_is_wrong_and_what_goes_on() -> None:
    line = mic_message(MicProblem.NO_DEVICE)
    assert (
        line
        == "Not listening: no microphone found; voice commands are off, the keys work as before."
    )
    assert "(device busy)" in mic_message(MicProblem.UNUSABLE, "device busy")


def test_a_cue_that_ends_early_by_the_engine_ends_the_guess_not_the_chime() -> None:
    clock = ManualClock()
    mute = SelfMute(clock)
    mute.sounding(5.0, speech=True)  # a long cue, guessed long
    mute.sounding(1.5)  # and a chime
    mute.speaking(True)
    clock.advance(1.0)
    mute.speaking(False)  # the engine is done after 1 s
    clock.advance(1.2)
    assert mute.muted()  # the chime and its moment after still hold
    clock.advance(0.2)
    assert not mute.muted()  # not the 5 s guessed for the cue
