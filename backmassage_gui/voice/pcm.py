"""Microphone sound, as the device gives it, turned into what the recogniser
takes: signed 16-bit little-endian mono at its sample rate.

A microphone may only offer its own format (48 kHz stereo floats is common),
and it hands sound over in chunks of any length, even cut mid-sample. The
converter keeps what it needs between chunks, so the output is the same
however the input was cut. Going down in rate, a low-pass filter comes
first: sound above the new rate's limit would otherwise fold back into the
speech band and confuse the recogniser. Qt-free (numpy), tested without a
microphone.
"""

from __future__ import annotations

import math
from enum import Enum

import numpy as np
import numpy.typing as npt

Samples = npt.NDArray[np.float64]


class SampleFormat(Enum):
    """How one sample of one channel is stored (little-endian)."""

    UINT8 = 1
    INT16 = 2
    INT32 = 4
    FLOAT32 = 5  # 4 bytes; the value is not the size

    @property
    def size(self) -> int:
        return 4 if self is SampleFormat.FLOAT32 else self.value


FILTER_TAPS = 63
"""The low-pass filter's length: a transition band of about a sixth of the
output rate, at a cost that does not show beside the recogniser's."""


def _decode(raw: bytes, fmt: SampleFormat) -> Samples:
    if fmt is SampleFormat.UINT8:
        return (np.frombuffer(raw, dtype=np.uint8).astype(np.float64) - 128.0) / 128.0
    if fmt is SampleFormat.INT16:
        return np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0
    if fmt is SampleFormat.INT32:
        return np.frombuffer(raw, dtype="<i4").astype(np.float64) / 2147483648.0
    return np.frombuffer(raw, dtype="<f4").astype(np.float64)


def _encode(samples: Samples) -> bytes:
    scaled = np.clip(np.round(samples * 32768.0), -32768, 32767)
    return scaled.astype("<i2").tobytes()


def low_pass(cutoff: float, taps: int = FILTER_TAPS) -> Samples:
    """A windowed-sinc low-pass filter; ``cutoff`` as a share of the input
    rate (0 to 0.5). Its gain at 0 Hz is exactly 1."""
    n = np.arange(taps) - (taps - 1) / 2
    kernel = 2 * cutoff * np.sinc(2 * cutoff * n) * np.hamming(taps)
    return np.asarray(kernel / kernel.sum(), dtype=np.float64)


class ToMono16:
    """Converts a stream of chunks in one device format to 16-bit mono at ``rate_out``."""

    def __init__(self, fmt: SampleFormat, channels: int, rate_in: int, rate_out: int) -> None:
        if channels < 1 or rate_in < 1 or rate_out < 1:
            raise ValueError(f"not a sound format: {channels} channels at {rate_in} Hz")
        self._fmt = fmt
        self._channels = channels
        self._frame = fmt.size * channels
        self._step = rate_in / rate_out
        self._carry = b""  # the bytes of a frame cut at a chunk's end
        self._filter: Samples | None = None
        if rate_in > rate_out:
            self._filter = low_pass(0.45 / self._step)
        self._history: Samples = np.zeros(0 if self._filter is None else FILTER_TAPS - 1)
        self._pending: Samples = np.zeros(0)  # filtered samples not yet passed
        self._pos = 0.0  # where the next output sample falls in ``_pending``

    @property
    def same(self) -> bool:
        """Nothing to convert: the device gives 16-bit mono at the rate wanted."""
        return self._fmt is SampleFormat.INT16 and self._channels == 1 and self._step == 1.0

    def convert(self, raw: bytes) -> bytes:
        """The 16-bit mono sound for the next chunk ``raw`` (maybe empty)."""
        if self.same:
            data = self._carry + raw
            cut = len(data) - len(data) % 2
            self._carry = data[cut:]
            return data[:cut]
        data = self._carry + raw
        cut = len(data) - len(data) % self._frame
        self._carry = data[cut:]
        if cut == 0:
            return b""
        mono = _decode(data[:cut], self._fmt).reshape(-1, self._channels).mean(axis=1)
        return _encode(self._resample(mono))

    def _resample(self, mono: Samples) -> Samples:
        if self._step == 1.0:
            return mono
        if self._filter is not None:
            joined = np.concatenate((self._history, mono))
            self._history = joined[len(joined) - (FILTER_TAPS - 1) :]
            mono = np.convolve(joined, self._filter, mode="valid")
        pending = np.concatenate((self._pending, mono))
        last = len(pending) - 1  # linear interpolation needs the sample after
        if last < self._pos:
            self._pending = pending
            return np.zeros(0)
        count = math.floor((last - self._pos) / self._step) + 1
        at = self._pos + self._step * np.arange(count)
        below = np.floor(at).astype(np.int64)
        above = np.minimum(below + 1, last)
        share = at - below
        out = pending[below] * (1.0 - share) + pending[above] * share
        next_pos = self._pos + self._step * count
        keep = min(math.floor(next_pos), len(pending))
        self._pending = pending[keep:]
        self._pos = next_pos - keep
        return np.asarray(out, dtype=np.float64)


def level(pcm: bytes) -> float:
    """How loud 16-bit sound is, from 0 (at or below -60 dBFS) to 1 (full
    scale), in even steps of loudness as the ear hears them: the meter's value."""
    samples = np.frombuffer(pcm[: len(pcm) - len(pcm) % 2], dtype="<i2").astype(np.float64)
    if samples.size == 0:
        return 0.0
    rms = math.sqrt(float(np.mean(samples * samples))) / 32768.0
    if rms <= 1e-3:
        return 0.0
    return min(1.0, 1.0 + 20.0 * math.log10(rms) / 60.0)
