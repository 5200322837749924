"""What the app acts on when it hears it, and the shape of what it heard.

This is the contract between the recogniser (which turns audio into
:class:`Heard`) and the window (which acts on it): both sides are built and
tested against it separately.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class Spoken(StrEnum):
    """One thing a voice can ask for; the value is what ``--hear`` prints."""

    NEXT = "next"
    PREVIOUS = "previous"
    PAUSE = "pause"
    RESUME = "resume"
    MORE_TIME = "more-time"
    FINE = "fine"
    LIGHTER = "lighter"
    STOP = "stop"


GIVER: tuple[Spoken, ...] = (
    Spoken.NEXT,
    Spoken.PREVIOUS,
    Spoken.PAUSE,
    Spoken.RESUME,
    Spoken.MORE_TIME,
)
"""The giver's commands: only after the wake word, so talk never moves the session."""

RECEIVER: tuple[Spoken, ...] = (Spoken.FINE, Spoken.LIGHTER, Spoken.STOP)
"""Check-in answers: no wake word, and only while a check-in prompt shows."""

WAKE_WORD = "coach"


@dataclass(frozen=True)
class Heard:
    """A command recognised in the audio fed so far."""

    spoken: Spoken | None
    """The command; None for the wake word said alone, after which a giver's
    phrase alone is its command for a moment (the window shows it has heard)."""
    end_s: float
    """Where the utterance ended, in seconds from the first sample fed."""
    words: str
    """The words recognised, e.g. ``"coach next"`` (shown as "Heard: next")."""


class Recogniser(Protocol):
    """Turns 16-bit mono PCM into commands; runs off the GUI thread."""

    sample_rate: int
    """The rate ``feed`` expects (16 kHz for pocketsphinx's English model)."""

    def feed(self, pcm: bytes) -> list[Heard]:
        """Take the next chunk (signed 16-bit little-endian mono at
        ``sample_rate``) and return what ended in it, oldest first."""
        ...

    def set_checkin(self, answers_wanted: bool) -> None:
        """Accept the receiver's check-in answers (True) or only the giver's
        wake-word commands (False)."""
        ...

    def reset(self) -> None:
        """Forget any half-heard utterance (after the app has spoken, say)."""
        ...
