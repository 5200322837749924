"""Whether a decoded utterance is a command to act on, and if not, why.

The grammar gives the best fit of the words it holds; these rules catch the
fits that are no command: talk with a command-like word in it, a word
stretched over other speech or squeezed into the edge of it, an answer with
no check-in showing, an utterance that began in the middle of speech.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import phrases
from .decoder import Decoded
from .endpoint import FRAME_S
from .tuning import Tuning
from .vocabulary import GIVER, RECEIVER


@dataclass(frozen=True)
class Refusal:
    """Why an utterance is not acted on."""

    why: str
    squeezed_command: bool = False
    """A giver's command whose words were squeezed into too little time: the
    nearest fit of something shorter, worth a second try without them."""


def why_not(
    decoded: Decoded, *, checkin: bool, lead_frames: int, voiced: Sequence[bool], tuning: Tuning
) -> Refusal | None:
    """Why what was ``decoded`` is not to be acted on (None if it is: a
    command, or the wake word alone). ``checkin``: whether a check-in shows;
    ``lead_frames``: the utterance's pre-roll; ``voiced``: whether each of
    its frames stood out from the noise."""
    spoken = decoded.spoken
    if spoken is None and not phrases.is_wake_word_alone(decoded.words):
        return Refusal("not a command")
    if spoken in RECEIVER and not checkin:
        return Refusal("no check-in showing")
    t = tuning
    if lead_frames * FRAME_S < t.min_lead_s:
        return Refusal("it began as the one before it ended, with no quiet between")
    voiced_silence = 0
    for seg in decoded.segments:
        if seg.is_filler:
            voiced_silence += sum(voiced[seg.start : seg.end + 1])
            continue
        seconds = seg.frames * FRAME_S
        if seconds > t.max_phone_s * seg.sounds:
            return Refusal(f"{seg.word} stretched over {seconds:.2f} s")
        if seconds < t.min_phone_s * seg.sounds:
            squeezed_command = spoken in GIVER
            return Refusal(f"{seg.word} squeezed into {seconds:.2f} s", squeezed_command)
    if voiced_silence * FRAME_S > t.max_voiced_silence_s:
        return Refusal(f"{voiced_silence * FRAME_S:.2f} s of voice taken for silence")
    return None
