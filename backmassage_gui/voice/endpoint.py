"""Where speech starts and stops in a stream, by loudness over a moving noise floor.

pocketsphinx's own voice-activity detector hears steady noise ten decibels
below the voice (a fan, a kettle, the rain) as one endless utterance, so no
command in it ever ends. This endpointer follows the room's noise level
instead and calls a frame speech only when it stands out from it.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

FRAME_S = 0.01
"""Ten-millisecond frames, as the recogniser's features."""
LOWEST_BIN = 2
"""The first spectrum bin of a frame counted in its level (``FRAME_S`` apart:
200 Hz): see :func:`levels_db`."""


@dataclass(frozen=True)
class EndpointTuning:
    margin_db: float = 6.0
    """How far above the room's noise floor speech must rise to start an utterance."""
    hold_margin_db: float = 4.0
    """How far above the floor counts as still speaking, once started."""
    smooth_frames: int = 3
    """Frames averaged for the level compared with the floor."""
    floor_window_s: float = 3.0
    """How far back the noise floor looks (the quietest frame in this window)."""
    min_level_dbfs: float = -55.0
    """Never speech below this, however quiet the room."""
    assumed_floor_dbfs: float = -50.0
    """The room's noise until it has been heard for ``floor_window_s``: a
    quiet room as a laptop's microphone hears it."""
    onset_frames: int = 3
    """Loud frames among the last ``onset_window`` that start an utterance."""
    onset_window: int = 5
    hangover_s: float = 0.3
    """Mostly quiet this long ends an utterance."""
    hangover_ratio: float = 0.9
    """The share of the ``hangover_s`` frames that must be quiet (a click or a
    gust of noise in the pause does not hold the utterance open)."""
    preroll_s: float = 0.2
    """Audio kept from before the onset (the start of a soft first sound)."""
    settle_s: float = 0.1
    """Quiet this long must come first, after :meth:`Endpointer.reset` (the
    window resets as listening starts or resumes), before an utterance may
    begin. Listening that resumes in the middle of a sentence (after the app
    spoke over talk) would otherwise take the rest of it for an utterance of
    its own: "…and the tickets for Friday" cut mid-word came out as "coach
    resume". The recogniser counts this quiet as coming before the first
    utterance after a reset (``Tuning.min_lead_s``)."""


@dataclass(frozen=True)
class Event:
    """What one frame did: audio to decode, and whether an utterance began or ended."""

    audio: bytes
    voiced: tuple[bool, ...]
    """For each frame of ``audio``: whether it stood out from the room's noise
    by the margin that starts an utterance (the lower margin that holds one
    open also lets the peaks of a loud, uneven noise through)."""
    began: bool = False
    ended: bool = False


class Endpointer:
    """Splits 16-bit mono PCM into utterances, frame by frame.

    Feed it whole frames (``frame_bytes`` each); each call says what audio
    belongs to the current utterance (with the pre-roll when one begins) and
    whether it has ended. The trailing quiet (``hangover_s``) stays in the
    utterance, so the decoder hears the pause a word ends with.
    """

    def __init__(self, sample_rate: int, tuning: EndpointTuning | None = None) -> None:
        self.tuning = tuning or EndpointTuning()
        self.frame_samples = round(sample_rate * FRAME_S)
        self.frame_bytes = self.frame_samples * 2
        t = self.tuning
        self._floor: deque[float] = deque([t.assumed_floor_dbfs])
        """The level of each 100 ms block of the last ``floor_window_s``; until
        the room has been heard that long, it is taken to be no louder than
        ``assumed_floor_dbfs`` (the first words must not be taken for its noise)."""
        self._block: list[float] = []
        self._block_frames = round(0.1 / FRAME_S)
        self._floor_blocks = max(1, round(t.floor_window_s / 0.1))
        self._smooth: deque[float] = deque(maxlen=t.smooth_frames)
        self._recent: deque[bool] = deque(maxlen=t.onset_window)
        self._preroll: deque[tuple[bytes, bool]] = deque(
            maxlen=max(1, round(t.preroll_s / FRAME_S))
        )
        self._hangover: deque[bool] = deque(maxlen=max(1, round(t.hangover_s / FRAME_S)))
        self._settle_frames = round(t.settle_s / FRAME_S)
        self._quiet_run = self._settle_frames
        """Quiet frames in a row since a reset, until ``settle_s``: a new
        endpointer takes its sound from the start (a file, a stream)."""
        self.in_speech = False

    def reset(self) -> None:
        """Drop any utterance in progress (the noise floor is kept: the room is the same)."""
        self._recent.clear()
        self._preroll.clear()
        self._hangover.clear()
        self._quiet_run = 0
        self.in_speech = False

    def process(self, frame: bytes, level_db: float) -> Event | None:
        """One frame and its level (dB full scale): None while nothing is said."""
        loud, held = self._loudness(level_db)
        if self._quiet_run < self._settle_frames:  # (re)started: wait for quiet
            self._quiet_run = 0 if held else self._quiet_run + 1
            return None
        self._recent.append(loud)
        if not self.in_speech:
            self._preroll.append((frame, loud))
            if sum(self._recent) >= self.tuning.onset_frames:
                self.in_speech = True
                self._hangover.clear()
                audio = b"".join(f for f, _ in self._preroll)
                voiced = tuple(v for _, v in self._preroll)
                self._preroll.clear()
                return Event(audio, voiced, began=True)
            return None
        self._hangover.append(not held)
        full = len(self._hangover) == self._hangover.maxlen
        if full and sum(self._hangover) >= self.tuning.hangover_ratio * len(self._hangover):
            self.in_speech = False
            self._recent.clear()
            return Event(frame, (loud,), ended=True)
        return Event(frame, (loud,))

    def pausing(self, frames: int) -> bool:
        """Whether the utterance's last ``frames`` were mostly quiet (by
        ``hangover_ratio``, as for its end): the start of a pause that may end it."""
        if not self.in_speech or frames > len(self._hangover):
            return False
        recent = list(self._hangover)[-frames:]
        return sum(recent) >= self.tuning.hangover_ratio * frames

    def _loudness(self, level_db: float) -> tuple[bool, bool]:
        """Whether the level over the last few frames, against the quietest
        100 ms stretch of the last few seconds, is loud enough to start an
        utterance and to hold one open."""
        power = 10 ** (level_db / 10)
        self._smooth.append(power)
        smooth_db = _db(sum(self._smooth) / len(self._smooth))
        self._block.append(power)
        if len(self._block) >= self._block_frames:
            self._floor.append(_db(sum(self._block) / len(self._block)))
            self._block = []
            if len(self._floor) > self._floor_blocks:
                self._floor.popleft()
        floor = min(self._floor) if self._floor else smooth_db
        t = self.tuning
        start = smooth_db > max(floor + t.margin_db, t.min_level_dbfs)
        hold = smooth_db > max(floor + t.hold_margin_db, t.min_level_dbfs)
        return start, hold


def _db(power: float) -> float:
    return 10 * math.log10(power) if power > 1e-10 else -100.0


def levels_db(pcm: bytes, frame_samples: int) -> list[float]:
    """Each whole frame's level in dB below full scale (-100 for silence), over
    the speech band: a frame's spectrum from its third bin up (200 Hz for 10 ms
    frames; a Hann window's skirt lets the level fall off from about 150 Hz,
    8 dB down at 100 Hz and 18 dB at 50 Hz), as the recogniser's own features
    start at 133 Hz.

    Rumble (traffic, a washing machine, a fan's hum) has most of its power
    below that and swings slowly: measured over the whole band it held
    utterances open for up to a second, and in brown noise 20 dB below the
    voice only 9 of 72 commands were heard (72 with the speech band)."""
    import numpy as np

    samples = np.frombuffer(pcm, dtype="<i2")
    whole = samples.size - samples.size % frame_samples
    if not whole:
        return []
    window = np.hanning(frame_samples)
    frames = samples[:whole].astype(np.float64).reshape(-1, frame_samples) * window
    spectrum = np.fft.rfft(frames, axis=1)[:, LOWEST_BIN:]
    # Parseval, one-sided, undoing the window's loss: a sine's level is its RMS
    scale = 2.0 / (frame_samples * float(np.sum(window * window)) * 32768.0 * 32768.0)
    power = np.sum(spectrum.real**2 + spectrum.imag**2, axis=1) * scale
    return [10 * math.log10(p) if p > 1e-10 else -100.0 for p in power.tolist()]
