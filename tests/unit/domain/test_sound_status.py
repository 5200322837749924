"""One status line for the chime and spoken cues together, over every pair of states."""

from __future__ import annotations

import itertools

import pytest

from backmassage_gui.domain.sound_status import (
    NO_SOUND,
    Availability,
    CueOutput,
    cue_message,
)

STATES = {
    "unknown": CueOutput.unknown(),
    "works": CueOutput.works(),
    "off": CueOutput.off(),
    "no output": CueOutput.no_output(),
    "failed": CueOutput.failed("some reason"),
}

WORKING = ("unknown", "works")

EXPECTED = {
    # (chime, speech): the line, or "" for nothing to say
    **{(c, s): "" for c in (*WORKING, "off") for s in (*WORKING, "off")},
    **{(c, "no output"): NO_SOUND for c in STATES},
    **{("no output", s): NO_SOUND for s in STATES},
    ("works", "failed"): "Spoken cues unavailable (some reason): chimes and on-screen cues go on.",
    ("off", "failed"): "Spoken cues unavailable (some reason): cues are shown on screen only.",
    ("failed", "works"): "Chime unavailable (some reason): spoken and on-screen cues go on.",
    # Nothing yet while the other is still starting: the line would have to
    # guess what goes on, and might be taken back a moment later.
    ("unknown", "failed"): "",
    ("failed", "unknown"): "",
    ("failed", "off"): "Chime unavailable (some reason): cues are shown on screen only.",
    ("failed", "failed"): "No chime or spoken cues (some reason): cues are shown on screen only.",
}


def test_the_table_covers_every_pair() -> None:
    assert set(EXPECTED) == set(itertools.product(STATES, STATES))


@pytest.mark.parametrize(("chime", "speech"), sorted(EXPECTED))
def test_one_line_for_each_pair(chime: str, speech: str) -> None:
    assert cue_message(STATES[chime], STATES[speech]) == EXPECTED[chime, speech]


def test_what_goes_on_never_names_what_is_broken() -> None:
    """The fault seen: 'Sound is off', then 'Spoken cues are off... Chimes only'."""
    for chime, speech in itertools.product(STATES.values(), STATES.values()):
        goes_on = cue_message(chime, speech).split(": ", 1)[-1]
        if chime.broken:
            assert "chime" not in goes_on
        if speech.broken:
            assert "spoken" not in goes_on


def test_the_users_switches_count_as_off() -> None:
    broken_speech = CueOutput.failed("the speech engine stopped answering")
    assert cue_message(CueOutput.works(), broken_speech, chime_on=False) == (
        "Spoken cues unavailable (the speech engine stopped answering): "
        "cues are shown on screen only."
    )
    assert cue_message(CueOutput.works(), broken_speech, speech_on=False) == ""
    assert cue_message(CueOutput.failed("x"), CueOutput.works(), chime_on=False) == ""


def test_no_output_is_said_even_with_the_chime_switched_off() -> None:
    """Turning the chime off does not make the speakers work."""
    assert cue_message(CueOutput.no_output(), CueOutput.works(), chime_on=False) == NO_SOUND


def test_two_different_reasons_are_both_given() -> None:
    text = cue_message(
        CueOutput.failed("Qt's audio module could not load"),
        CueOutput.failed("no speech engine on this computer"),
    )
    assert text == (
        "No chime or spoken cues (Qt's audio module could not load; no speech "
        "engine on this computer): cues are shown on screen only."
    )


def test_usable_and_broken() -> None:
    assert [s for s in STATES if STATES[s].usable] == list(WORKING)
    assert [s for s in STATES if STATES[s].broken] == ["no output", "failed"]
    assert CueOutput.no_output().availability is Availability.NO_OUTPUT
