"""Sound as bytes: the sample formats microphones and WAV files store, read
into numbers; a microphone's stream of chunks turned into what the
recogniser takes; and how loud that is.

Each job has one owner: this module reads samples (every format, for the
microphone and for ``wav.py`` alike), and ``resample.Resampler`` does the
rest, mixing down, filtering, changing the rate and writing signed 16-bit.
A microphone hands sound over in chunks of any length, even cut
mid-sample; :class:`ToMono16` keeps the cut frame for the next chunk, so
the output is the same however the input was cut. Qt-free, tested without
a microphone. numpy is imported when sound is first converted, never at
start-up.
"""

from __future__ import annotations

import math
from enum import Enum
from typing import TYPE_CHECKING

from .resample import Resampler

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray


class SampleFormat(Enum):
    """How one sample of one channel is stored (little-endian): ``u`` an
    unsigned integer centred on half its range, ``i`` signed, ``f`` floating
    point from -1 to 1; then its bits."""

    UINT8 = "u8"
    INT16 = "i16"
    INT24 = "i24"
    INT32 = "i32"
    FLOAT32 = "f32"
    FLOAT64 = "f64"

    @property
    def size(self) -> int:
        """Bytes per sample."""
        return int(self.value[1:]) // 8

    @classmethod
    def of(cls, bits: int, floating: bool) -> SampleFormat | None:
        """The format a WAV header describes, or None for one not read here."""
        wanted = f"{'f' if floating else 'u' if bits == 8 else 'i'}{bits}"
        return next((fmt for fmt in cls if fmt.value == wanted), None)


def decode(raw: bytes, fmt: SampleFormat, channels: int = 1) -> NDArray[np.float64]:
    """Whole frames of ``raw`` as floats from -1 to 1, frames x channels.
    Floating-point samples outside that range are clipped to it (and NaN
    read as silence), as integers cannot be outside it."""
    import numpy as np

    if fmt is SampleFormat.UINT8:
        values = (np.frombuffer(raw, dtype=np.uint8).astype(np.float64) - 128.0) / 128.0
    elif fmt is SampleFormat.INT24:
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        ints = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        ints = np.where(ints >= 1 << 23, ints - (1 << 24), ints)
        values = ints.astype(np.float64) / float(1 << 23)
    elif fmt in (SampleFormat.FLOAT32, SampleFormat.FLOAT64):
        dtype = "<f4" if fmt is SampleFormat.FLOAT32 else "<f8"
        values = np.frombuffer(raw, dtype=dtype).astype(np.float64)
        values = np.nan_to_num(np.clip(values, -1.0, 1.0))
    else:
        dtype = "<i2" if fmt is SampleFormat.INT16 else "<i4"
        bits = 8 * fmt.size
        values = np.frombuffer(raw, dtype=dtype).astype(np.float64) / float(1 << (bits - 1))
    return values.reshape(-1, channels)


class ToMono16:
    """Converts a stream of chunks in one format to 16-bit mono at ``rate_out``.

    The :class:`~.resample.Resampler` holds back the last millisecond or so
    (half its filter) until the sound after it has come; ``flush`` gives it
    at the end of a file."""

    def __init__(self, fmt: SampleFormat, channels: int, rate_in: int, rate_out: int) -> None:
        if channels < 1 or rate_in < 1 or rate_out < 1:
            raise ValueError(f"not a sound format: {channels} channels at {rate_in} Hz")
        self._fmt = fmt
        self._channels = channels
        self._frame = fmt.size * channels
        self._carry = b""  # the bytes of a frame cut at a chunk's end
        self._same = fmt is SampleFormat.INT16 and channels == 1 and rate_in == rate_out
        self._resampler = None if self._same else Resampler(rate_in, rate_out)

    @property
    def same(self) -> bool:
        """Nothing to convert: the input is 16-bit mono at the rate wanted."""
        return self._same

    def convert(self, raw: bytes) -> bytes:
        """The 16-bit mono sound for the next chunk ``raw`` (maybe empty)."""
        data = self._carry + raw
        cut = len(data) - len(data) % self._frame
        self._carry = data[cut:]
        if self._resampler is None:
            return data[:cut]
        if cut == 0:
            return b""
        return self._resampler.feed(decode(data[:cut], self._fmt, self._channels))

    def flush(self) -> bytes:
        """The sound still held back, at the end of the input (a frame cut
        short there is dropped)."""
        self._carry = b""
        return b"" if self._resampler is None else self._resampler.flush()


def level(pcm: bytes) -> float:
    """How loud 16-bit sound is, from 0 (at or below -60 dBFS) to 1 (full
    scale), in even steps of loudness as the ear hears them: the meter's value."""
    import numpy as np

    samples = decode(pcm[: len(pcm) - len(pcm) % 2], SampleFormat.INT16)
    if samples.size == 0:
        return 0.0
    rms = math.sqrt(float(np.mean(samples * samples)))
    if rms <= 1e-3:
        return 0.0
    return min(1.0, 1.0 + 20.0 * math.log10(rms) / 60.0)
