"""What the window says when the chime or the spoken cues cannot be used.

The chime and the speech engine fail on their own, at different moments and
for different reasons. Each used to put its own line in the status bar, and
together they contradicted each other ("Sound is off", then "... Chimes
only"). Here both states go in and one sentence comes out, saying what is
missing and what still works, so the person at the table knows where to look.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Availability(Enum):
    UNKNOWN = "unknown"
    """Not tried yet, or still starting."""
    WORKS = "works"
    OFF = "off"
    """Turned off by the user (or not part of this window)."""
    NO_OUTPUT = "no output"
    """The computer has no audio output at all: nothing can be heard."""
    FAILED = "failed"
    """This one way of giving cues cannot be used; ``reason`` says why."""


@dataclass(frozen=True)
class CueOutput:
    """The state of one way of giving cues (the chime, or spoken cues)."""

    availability: Availability
    reason: str = ""
    """Why it cannot be used, in a few lower-case words ("" unless failed)."""

    @staticmethod
    def unknown() -> CueOutput:
        return CueOutput(Availability.UNKNOWN)

    @staticmethod
    def works() -> CueOutput:
        return CueOutput(Availability.WORKS)

    @staticmethod
    def off() -> CueOutput:
        return CueOutput(Availability.OFF)

    @staticmethod
    def no_output() -> CueOutput:
        return CueOutput(Availability.NO_OUTPUT, "no audio output")

    @staticmethod
    def failed(reason: str) -> CueOutput:
        return CueOutput(Availability.FAILED, reason)

    @property
    def usable(self) -> bool:
        """Will cues be given this way (as far as is known)?"""
        return self.availability in (Availability.UNKNOWN, Availability.WORKS)

    @property
    def broken(self) -> bool:
        return self.availability in (Availability.NO_OUTPUT, Availability.FAILED)


ON_SCREEN_ONLY = "cues are shown on screen only."
NO_SOUND = "No sound output: " + ON_SCREEN_ONLY


def cue_message(
    chime: CueOutput, speech: CueOutput, *, chime_on: bool = True, speech_on: bool = True
) -> str:
    """The one status line for this pair of states; "" when there is nothing
    to say: everything the user turned on works, or one is still starting
    (a line saying what goes on must not have to be taken back a moment later).

    ``chime_on`` and ``speech_on`` are the user's switches: what is turned off
    is not reported as broken. No audio output silences both, whatever the
    switches and the speech engine say.
    """
    if Availability.NO_OUTPUT in (chime.availability, speech.availability):
        return NO_SOUND
    chime = chime if chime_on else CueOutput.off()
    speech = speech if speech_on else CueOutput.off()
    if Availability.UNKNOWN in (chime.availability, speech.availability):
        return ""
    if chime.broken and speech.broken:
        reasons = (
            chime.reason if chime.reason == speech.reason else (f"{chime.reason}; {speech.reason}")
        )
        return f"No chime or spoken cues ({reasons}): {ON_SCREEN_ONLY}"
    if chime.broken:
        goes_on = "spoken and on-screen cues go on." if speech.usable else ON_SCREEN_ONLY
        return f"Chime unavailable ({chime.reason}): {goes_on}"
    if speech.broken:
        goes_on = "chimes and on-screen cues go on." if chime.usable else ON_SCREEN_ONLY
        return f"Spoken cues unavailable ({speech.reason}): {goes_on}"
    return ""
