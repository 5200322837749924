"""Reading WAV files for --hear: every common rate, mono and stereo, 8 to 32
bits, to the recogniser's 16 kHz mono; and a plain reason for each file that
cannot be read. The files are written here, byte by byte, so the tests need
no audio tools."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import numpy as np
import pytest

from backmassage_gui import i18n
from backmassage_gui.voice.resample import Resampler
from backmassage_gui.voice.wav import WavError, read_16k, read_format

TONE_HZ = 440.0
SECONDS = 0.5


def tone(rate: int, channels: int = 1, seconds: float = SECONDS) -> np.ndarray:
    """A 440 Hz tone at half scale; the second channel inverted (so a wrong
    mix-down would cancel it) and a third at a quarter."""
    t = np.arange(round(rate * seconds)) / rate
    wave = 0.5 * np.sin(2 * np.pi * TONE_HZ * t)
    columns = [wave, -wave * 0.0 + wave, wave * 0.5][:channels]
    return np.stack(columns, axis=1)


def encode(samples: np.ndarray, bits: int, floating: bool) -> bytes:
    if floating:
        return samples.astype("<f4" if bits == 32 else "<f8").tobytes()
    scale = float(1 << (bits - 1))
    ints = np.clip(np.round(samples * scale), -scale, scale - 1).astype(np.int64)
    if bits == 8:
        return (ints + 128).astype(np.uint8).tobytes()
    if bits == 24:
        raw = (ints & 0xFFFFFF).astype("<u4").tobytes()
        return b"".join(raw[i : i + 3] for i in range(0, len(raw), 4))
    return ints.astype("<i2" if bits == 16 else "<i4").tobytes()


def write(
    path: Path,
    rate: int,
    *,
    channels: int = 1,
    bits: int = 16,
    floating: bool = False,
    extensible: bool = False,
    samples: np.ndarray | None = None,
    data_length: int | None = None,
    extra_chunk: bool = False,
) -> Path:
    samples = tone(rate, channels) if samples is None else samples
    data = encode(samples, bits, floating)
    block = channels * bits // 8
    tag = 3 if floating else 1
    if extensible:
        guid_tail = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"
        fmt = struct.pack("<HHIIHH", 0xFFFE, channels, rate, rate * block, block, bits)
        fmt += struct.pack("<HHI", 22, bits, 0) + struct.pack("<H", tag) + guid_tail
    else:
        fmt = struct.pack("<HHIIHH", tag, channels, rate, rate * block, block, bits)
    chunks = b"fmt " + struct.pack("<I", len(fmt)) + fmt
    if extra_chunk:
        chunks += b"LIST" + struct.pack("<I", 5) + b"hello\x00"  # odd length: padded
    length = len(data) if data_length is None else data_length
    chunks += b"data" + struct.pack("<I", length) + data
    path.write_bytes(b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks)
    return path


def as_array(pcm: bytes) -> np.ndarray:
    return np.frombuffer(pcm, dtype="<i2").astype(np.float64) / 32768.0


def assert_is_the_tone(pcm: bytes, seconds: float = SECONDS, amplitude: float = 0.5) -> None:
    out = as_array(pcm)
    assert abs(out.size - seconds * 16_000) <= 2
    t = np.arange(out.size) / 16_000
    middle = slice(200, out.size - 200)  # the filter's run-in at either end
    expected = amplitude * np.sin(2 * np.pi * TONE_HZ * t)
    error = np.sqrt(np.mean((out[middle] - expected[middle]) ** 2))
    assert error < 0.01 * amplitude, error


@pytest.mark.parametrize("rate", [8000, 11025, 16000, 22050, 32000, 44100, 48000, 96000])
def test_any_rate_becomes_16k(rate: int, tmp_path: Path) -> None:
    assert_is_the_tone(read_16k(write(tmp_path / "a.wav", rate)))


@pytest.mark.parametrize(
    ("bits", "floating"),
    [(8, False), (16, False), (24, False), (32, False), (32, True), (64, True)],
)
@pytest.mark.parametrize("extensible", [False, True])
def test_every_sample_size(bits: int, floating: bool, extensible: bool, tmp_path: Path) -> None:
    path = write(tmp_path / "a.wav", 44100, bits=bits, floating=floating, extensible=extensible)
    fmt = read_format(path)
    assert (fmt.bits, fmt.floating, fmt.rate) == (bits, floating, 44100)
    assert_is_the_tone(read_16k(path))


@pytest.mark.parametrize("channels", [2, 3])
def test_channels_are_mixed_down(channels: int, tmp_path: Path) -> None:
    path = write(tmp_path / "a.wav", 48000, channels=channels, extensible=channels > 2)
    expected = 0.5 * (1 + 1 + 0.5) / 3 if channels == 3 else 0.5
    assert_is_the_tone(read_16k(path), amplitude=expected)


def test_stereo_with_one_silent_side_is_half_as_loud(tmp_path: Path) -> None:
    stereo = tone(22050, 2)
    stereo[:, 1] = 0
    assert_is_the_tone(
        read_16k(write(tmp_path / "a.wav", 22050, channels=2, samples=stereo)), amplitude=0.25
    )


def test_chunks_it_does_not_know_are_skipped(tmp_path: Path) -> None:
    assert_is_the_tone(read_16k(write(tmp_path / "a.wav", 16000, extra_chunk=True)))


def test_a_recording_written_to_a_pipe_is_read_to_its_end(tmp_path: Path) -> None:
    path = write(tmp_path / "a.wav", 16000, data_length=0xFFFFFFFF)
    assert_is_the_tone(read_16k(path))


def test_a_long_file_converts_block_by_block_as_a_whole(tmp_path: Path) -> None:
    """Blocks of 65536 frames: a 3.5 s file at 48 kHz takes three."""
    rng = np.random.default_rng(3)
    noise = rng.uniform(-0.5, 0.5, size=(48000 * 7 // 2, 1))
    path = write(tmp_path / "a.wav", 48000, samples=noise)
    as_written = np.clip(np.round(noise * 32768), -32768, 32767) / 32768
    whole = Resampler(48000)
    expected = whole.feed(as_written) + whole.flush()
    assert read_16k(path) == expected


def test_resampling_keeps_what_16k_can_hold_and_drops_the_rest() -> None:
    rate = 44100
    t = np.arange(rate) / rate
    low = 0.3 * np.sin(2 * np.pi * 1000 * t)
    high = 0.3 * np.sin(2 * np.pi * 11000 * t)  # would fold back to 5 kHz
    r = Resampler(rate)
    out = as_array(r.feed(low + high) + r.flush())
    spectrum = np.abs(np.fft.rfft(out[500:-500] * np.hanning(out.size - 1000)))
    freqs = np.fft.rfftfreq(out.size - 1000, 1 / 16000)
    at = lambda hz: spectrum[np.argmin(np.abs(freqs - hz))]  # noqa: E731
    assert at(5000) < at(1000) / 1000


def write_text(path: Path) -> Path:
    path.write_text("coach, next\n")
    return path


def truncated(path: Path) -> Path:
    whole = write(path, 44100).read_bytes()
    path.write_bytes(whole[: len(whole) // 3])
    return path


def header_only(path: Path) -> Path:
    path.write_bytes(write(path, 16000).read_bytes()[:30])
    return path


def empty(path: Path) -> Path:
    return write(path, 16000, samples=np.zeros((0, 1)))


def compressed(path: Path) -> Path:
    data = write(path, 8000).read_bytes()
    path.write_bytes(data[:20] + struct.pack("<H", 6) + data[22:])  # A-law
    return path


def riff_but_not_wave(path: Path) -> Path:
    path.write_bytes(b"RIFF\x04\x00\x00\x00AVI ")
    return path


def bad_rate(path: Path) -> Path:
    return write(path, 50)


def wrong_frame_size(path: Path) -> Path:
    data = bytearray(write(path, 8000).read_bytes())
    data[32:34] = struct.pack("<H", 4)
    path.write_bytes(bytes(data))
    return path


def odd_bits(path: Path) -> Path:
    data = bytearray(write(path, 8000).read_bytes())
    data[34:36] = struct.pack("<H", 12)
    path.write_bytes(bytes(data))
    return path


BAD_FILES = pytest.mark.parametrize(
    ("make", "says"),
    [
        (write_text, "not a WAV file (no RIFF/WAVE header)"),
        (riff_but_not_wave, "not a WAV file (no RIFF/WAVE header)"),
        (truncated, "the file is cut short: its header promises 0.50 s of audio, it holds 0.17 s"),
        (header_only, "the file ends inside its header (truncated?)"),
        (empty, "it has no audio in it"),
        (compressed, "compressed audio (format 0x0006); only PCM WAV can be read"),
        (bad_rate, "a sample rate of 50 Hz is not usable"),
        (odd_bits, "12-bit PCM samples are not supported"),
        (wrong_frame_size, "its frame size does not match its sample size (damaged header)"),
        (lambda p: p, "no such file"),
        (lambda p: p.parent, "it is a folder, not a file"),
    ],
)


@BAD_FILES
def test_a_file_that_cannot_be_read_says_why(make: object, says: str, tmp_path: Path) -> None:
    path = make(tmp_path / "x.wav")  # type: ignore[operator]
    with pytest.raises(WavError) as caught:
        read_16k(path)
    assert str(caught.value) == says
    assert "\n" not in says


@BAD_FILES
def test_why_a_file_cannot_be_read_is_said_in_the_language_in_use(
    make: object, says: str, tmp_path: Path
) -> None:
    """Every reason is marked for translation and found in the German
    catalogue: none comes out in English."""
    path = make(tmp_path / "x.wav")  # type: ignore[operator]
    i18n.use_catalogue(i18n.resolve("de", []))
    try:
        with pytest.raises(WavError) as caught:
            read_16k(path)
    finally:
        i18n.use(None)
    said = str(caught.value)
    assert re.sub(r"(\d),(\d)", r"\1.\2", said) != says  # not just its numbers in German
    assert "\n" not in said
