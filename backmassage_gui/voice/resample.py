"""Any rate and channel count to the recogniser's 16 kHz mono, a block at a time.

The microphone and WAV files come at 44.1 or 48 kHz, stereo, 8 to 32 bits;
pocketsphinx wants 16 kHz mono 16-bit. Converting block by block (keeping the
filter's history between blocks) gives the same samples as converting the
whole recording at once, with memory bounded by the block, not the recording.
Both sources come through here (``pcm.ToMono16`` reads their samples first),
so the microphone gives the recogniser what ``--hear`` gives it from the same
recording. numpy is imported when a converter is made, never at start-up.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

TARGET_RATE = 16_000
_TAPS_PER_ZERO_CROSSING = 16


class Resampler:
    """Converts float samples (-1..1, frames x channels) at ``rate`` to 16 kHz
    mono signed 16-bit little-endian PCM.

    Channels are averaged; going down in rate, a windowed-sinc low-pass filter
    first removes what 16 kHz cannot hold (above 7.6 kHz), so it does not fold
    back as noise; the filtered signal is then read at the new sample times.
    """

    def __init__(self, rate: int, target: int = TARGET_RATE) -> None:
        import numpy as np

        if rate <= 0:
            raise ValueError(f"sample rate must be positive, got {rate}")
        self.rate = rate
        self.target = target
        self._step = rate / target
        """Input samples per output sample."""
        if rate > target:
            cutoff = 0.95 * target / 2 / rate  # of the input rate
            half = math.ceil(_TAPS_PER_ZERO_CROSSING / (2 * cutoff))
            n = np.arange(-half, half + 1)
            taps = 2 * cutoff * np.sinc(2 * cutoff * n) * np.blackman(n.size)
            self._taps: NDArray[np.float64] = taps / taps.sum()
        else:
            self._taps = np.ones(1)
        self._delay = (self._taps.size - 1) / 2
        self._history: NDArray[np.float64] = np.zeros(self._taps.size - 1)
        self._filtered_start = -float(self._taps.size - 1)
        """Input index (from the first sample fed) that ``_history[0]`` stands for."""
        self._next_out = 0
        self._tail: NDArray[np.float64] = np.zeros(0)
        self._tail_start = 0.0
        self._fed = 0
        """Input frames fed so far."""

    def feed(self, frames: NDArray[np.float64]) -> bytes:
        """Convert the next block (1-D mono or 2-D frames x channels)."""
        import numpy as np

        mono = frames.mean(axis=1) if frames.ndim == 2 else frames
        self._fed += len(mono)
        x = np.concatenate([self._history, mono.astype(np.float64)])
        keep = self._taps.size - 1
        filtered = np.convolve(x, self._taps, mode="valid") if self._taps.size > 1 else x
        # filtered[k] is the input at index (start + k + keep - delay), centred
        start = self._filtered_start + keep - self._delay
        self._history = x[len(x) - keep :] if keep else x[:0]
        self._filtered_start += len(x) - keep
        return self._read(filtered, start)

    def flush(self) -> bytes:
        """The last samples, with the filter run out on silence."""
        import numpy as np

        fed, wanted = self._fed, self.expected(self._fed)
        before = self._next_out
        out = self.feed(np.zeros(self._taps.size))
        self._fed = fed
        return out[: max(0, wanted - before) * 2]

    def expected(self, frames: int) -> int:
        """How many samples ``frames`` input frames become."""
        return math.floor((frames - 1) / self._step) + 1 if frames > 0 else 0

    def _read(self, filtered: NDArray[np.float64], start: float) -> bytes:
        """Sample ``filtered`` (beginning at input index ``start``) at the output times."""
        import numpy as np

        # Keep one sample of the previous block, to interpolate across the seam.
        signal = np.concatenate([self._tail, filtered])
        origin = self._tail_start if self._tail.size else start
        last = origin + signal.size - 1
        if signal.size == 0:
            return b""
        count = max(0, math.floor((last - 0) / self._step) - self._next_out + 1)
        times = (self._next_out + np.arange(count)) * self._step - origin
        times = times[times >= 0]
        out = np.interp(times, np.arange(signal.size), signal)
        self._next_out += times.size
        self._tail = signal[-1:]
        self._tail_start = last
        return _to_int16(out)


def _to_int16(samples: NDArray[np.float64]) -> bytes:
    import numpy as np

    return np.clip(np.round(samples * 32768.0), -32768, 32767).astype("<i2").tobytes()
