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

from ..i18n import Context


class CueStatus(Context):
    """What the status line says when the chime or spoken cues cannot be used."""


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
        return CueOutput(Availability.NO_OUTPUT, CueStatus.tr("no audio output"))

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


def on_screen_only() -> str:
    return CueStatus.tr("cues are shown on screen only.")


def no_sound() -> str:
    """The line when the computer has no sound output at all."""
    return CueStatus.tr("No sound output: {goes_on}").format(goes_on=on_screen_only())


NO_SOUND = "No sound output: cues are shown on screen only."
"""``no_sound()`` in English (tests compare with it); the window shows ``no_sound()``."""


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
        return no_sound()
    chime = chime if chime_on else CueOutput.off()
    speech = speech if speech_on else CueOutput.off()
    if Availability.UNKNOWN in (chime.availability, speech.availability):
        return ""
    if chime.broken and speech.broken:
        reasons = (
            chime.reason if chime.reason == speech.reason else (f"{chime.reason}; {speech.reason}")
        )
        return CueStatus.tr("No chime or spoken cues ({reasons}): {goes_on}").format(
            reasons=reasons, goes_on=on_screen_only()
        )
    if chime.broken:
        goes_on = (
            CueStatus.tr("spoken and on-screen cues go on.") if speech.usable else on_screen_only()
        )
        return CueStatus.tr("Chime unavailable ({reason}): {goes_on}").format(
            reason=chime.reason, goes_on=goes_on
        )
    if speech.broken:
        goes_on = (
            CueStatus.tr("chimes and on-screen cues go on.") if chime.usable else on_screen_only()
        )
        return CueStatus.tr("Spoken cues unavailable ({reason}): {goes_on}").format(
            reason=speech.reason, goes_on=goes_on
        )
    return ""
