"""Microphone sound converted to the recogniser's 16-bit mono, without a microphone."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backmassage_gui.voice.pcm import SampleFormat, ToMono16, decode, level
from backmassage_gui.voice.resample import Resampler


def tone(freq: float, rate: int, seconds: float, amp: float = 0.5) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    return np.asarray(amp * np.sin(2 * np.pi * freq * t))


def as_int16(pcm: bytes) -> np.ndarray:
    return np.frombuffer(pcm, dtype="<i2").astype(np.float64) / 32768.0


def test_16_bit_mono_at_the_right_rate_passes_through_unchanged() -> None:
    raw = (tone(440, 16000, 0.1) * 32767).astype("<i2").tobytes()
    convert = ToMono16(SampleFormat.INT16, 1, 16000, 16000)
    assert convert.same
    assert convert.convert(raw[:3]) + convert.convert(raw[3:]) == raw


def test_stereo_floats_at_48k_become_mono_16k_with_the_tone_kept() -> None:
    left = tone(440, 48000, 1.0, 0.6)
    right = tone(440, 48000, 1.0, 0.2)
    raw = np.column_stack((left, right)).astype("<f4").tobytes()
    convert = ToMono16(SampleFormat.FLOAT32, 2, 48000, 16000)
    heard_now = convert.convert(raw)
    out = as_int16(heard_now + convert.flush())
    assert abs(len(out) - 16000) <= 1
    # Only half the filter waits for the sound after it: about a millisecond.
    assert len(out) - len(heard_now) // 2 <= 32
    middle = out[2000:14000]  # past the filter's start
    expected = np.sqrt(2) * np.sqrt(np.mean(middle**2))
    assert expected == pytest.approx(0.4, rel=0.02)  # the mean of the two channels
    spectrum = np.abs(np.fft.rfft(middle))
    assert np.argmax(spectrum) * 16000 / len(middle) == pytest.approx(440, abs=2)


def test_sound_above_the_new_limit_does_not_fold_into_speech() -> None:
    # 11 kHz at 48 kHz would alias to 5 kHz at 16 kHz without the filter.
    raw = (tone(11000, 48000, 0.5) * 32767).astype("<i2").tobytes()
    out = as_int16(ToMono16(SampleFormat.INT16, 1, 48000, 16000).convert(raw))
    assert np.sqrt(np.mean(out[500:] ** 2)) < 0.01


@pytest.mark.parametrize(
    ("fmt", "dtype", "scale", "offset"),
    [
        (SampleFormat.UINT8, np.uint8, 127, 128),
        (SampleFormat.INT16, "<i2", 32767, 0),
        (SampleFormat.INT32, "<i4", 2**31 - 1, 0),
        (SampleFormat.FLOAT32, "<f4", 1.0, 0),
    ],
)
def test_each_sample_format_is_read(
    fmt: SampleFormat, dtype: object, scale: float, offset: int
) -> None:
    wave = tone(300, 8000, 0.5)
    values = wave * scale if fmt is SampleFormat.FLOAT32 else np.round(wave * scale)
    raw = (values + offset).astype(dtype).tobytes()  # type: ignore[call-overload]
    out = as_int16(ToMono16(fmt, 1, 8000, 16000).convert(raw))
    assert abs(len(out) - 8000) <= 2
    assert np.max(np.abs(out)) == pytest.approx(0.5, abs=0.02)


@settings(max_examples=40, deadline=None)
@given(cuts=st.lists(st.integers(min_value=0, max_value=9600 * 4), max_size=12))
def test_the_output_is_the_same_however_the_input_is_cut(cuts: list[int]) -> None:
    rng = np.random.default_rng(7)
    raw = (rng.uniform(-0.5, 0.5, size=(4800, 2))).astype("<f4").tobytes()
    whole = as_int16(ToMono16(SampleFormat.FLOAT32, 2, 44100, 16000).convert(raw))
    convert = ToMono16(SampleFormat.FLOAT32, 2, 44100, 16000)
    pieces, start = [], 0
    for cut in sorted(c % (len(raw) + 1) for c in cuts):
        pieces.append(convert.convert(raw[start:cut]))
        start = cut
    pieces.append(convert.convert(raw[start:]))
    joined = as_int16(b"".join(pieces))
    assert len(joined) == len(whole)
    assert np.max(np.abs(joined - whole), initial=0.0) <= 1 / 32768


def test_a_steady_level_passes_whole() -> None:
    """The filter's gain at 0 Hz is 1: a level going down in rate stays that level."""
    raw = np.full((4800, 2), 0.25).astype("<f4").tobytes()
    out = as_int16(ToMono16(SampleFormat.FLOAT32, 2, 48000, 16000).convert(raw))
    assert np.max(np.abs(out[100:] - 0.25)) <= 1 / 32768


def test_the_microphone_and_a_wav_file_are_converted_alike() -> None:
    """One converter for both: the microphone's sound is what --hear hears
    in the same recording, however the device cut it."""
    rng = np.random.default_rng(11)
    raw = rng.uniform(-0.5, 0.5, size=(44100, 2)).astype("<f4").tobytes()
    convert = ToMono16(SampleFormat.FLOAT32, 2, 44100, 16000)
    live = b"".join(convert.convert(raw[i : i + 1234]) for i in range(0, len(raw), 1234))
    whole = Resampler(44100)
    at_once = whole.feed(decode(raw, SampleFormat.FLOAT32, 2)) + whole.flush()
    assert live + convert.flush() == at_once


@pytest.mark.parametrize(
    ("bits", "floating", "fmt"),
    [
        (8, False, SampleFormat.UINT8),
        (16, False, SampleFormat.INT16),
        (24, False, SampleFormat.INT24),
        (32, False, SampleFormat.INT32),
        (32, True, SampleFormat.FLOAT32),
        (64, True, SampleFormat.FLOAT64),
        (12, False, None),
        (16, True, None),
        (8, True, None),
    ],
)
def test_a_wav_header_names_its_sample_format(
    bits: int, floating: bool, fmt: SampleFormat | None
) -> None:
    assert SampleFormat.of(bits, floating) is fmt
    assert fmt is None or fmt.size * 8 == bits


def test_floats_beyond_full_scale_are_clipped_and_nan_is_silence() -> None:
    raw = np.array([1.5, -2.0, np.nan, 0.25], dtype="<f4").tobytes()
    assert decode(raw, SampleFormat.FLOAT32).ravel().tolist() == [1.0, -1.0, 0.0, 0.25]


def test_level_runs_from_silence_to_full_scale() -> None:
    silence = np.zeros(1600, dtype="<i2").tobytes()
    quiet = (tone(440, 16000, 0.1, 0.01) * 32767).astype("<i2").tobytes()
    loud = (tone(440, 16000, 0.1, 0.9) * 32767).astype("<i2").tobytes()
    assert level(silence) == 0.0 and level(b"") == 0.0
    assert 0.0 < level(quiet) < level(loud) <= 1.0
    with pytest.raises(ValueError):
        ToMono16(SampleFormat.INT16, 0, 16000, 16000)
