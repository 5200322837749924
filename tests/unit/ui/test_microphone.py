"""The QtMultimedia capture's own checks, without a microphone, and a WAV file as input."""

from __future__ import annotations

import struct
import time
import wave
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from backmassage_gui import i18n
from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.ui.microphone import (
    INPUT_ENV,
    SILENT_DEVICE_S,
    QtCapture,
    WavCapture,
    _audio_namespace,
    default_capture,
)
from backmassage_gui.voice.listening_rules import MicProblem


class StubSource:
    def __init__(self, error: object) -> None:
        self._error = error

    def error(self) -> object:
        return self._error


def open_stub(error: object) -> tuple[QtCapture, list[tuple[MicProblem, str]]]:
    capture = QtCapture()
    failures: list[tuple[MicProblem, str]] = []
    capture._source = StubSource(error)  # type: ignore[assignment]
    capture._deliver = lambda _pcm: None
    capture._failed = lambda problem, detail: failures.append((problem, detail))
    capture._last_sound = time.monotonic()
    return capture, failures


def test_a_device_error_is_said_once(qtbot: QtBot) -> None:
    errors = _audio_namespace().Error  # type: ignore[attr-defined]
    capture, failures = open_stub(errors.IOError)
    capture._check_state()
    capture._check_state()
    assert failures == [(MicProblem.STOPPED, "it stopped sending sound")]


def test_an_underrun_is_no_error(qtbot: QtBot) -> None:
    errors = _audio_namespace().Error  # type: ignore[attr-defined]
    capture, failures = open_stub(errors.UnderrunError)
    capture._check_state()
    assert failures == []


def test_a_device_that_goes_silent_for_good_has_stopped(qtbot: QtBot) -> None:
    errors = _audio_namespace().Error  # type: ignore[attr-defined]
    capture, failures = open_stub(errors.NoError)
    capture._check_state()
    assert failures == []
    capture._last_sound = time.monotonic() - SILENT_DEVICE_S - 0.1
    capture._check_state()
    assert failures == [(MicProblem.STOPPED, "it stopped sending sound")]


def write_wav(path: Path, seconds: float, rate: int = 44100, channels: int = 2) -> bytes:
    frames = np.arange(int(rate * seconds))
    wave_ = (0.5 * np.sin(2 * np.pi * 300 * frames / rate) * 32767).astype("<i2")
    data = np.repeat(wave_, channels).tobytes()
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(data)
    return data


def opened(path: Path) -> tuple[WavCapture, ManualClock, list[bytes]]:
    """A WAV file opened as the microphone on a clock of the test's own, and
    the chunks it delivers."""
    clock = ManualClock()
    capture = WavCapture(str(path), clock=clock)
    got: list[bytes] = []
    assert capture.open(16000, got.append, lambda _p, _d: None) is None
    return capture, clock, got


def test_a_wav_file_is_heard_at_its_own_pace_and_looped(qtbot: QtBot, tmp_path: Path) -> None:
    write_wav(tmp_path / "speech.wav", 0.5)
    capture, clock, got = opened(tmp_path / "speech.wav")
    capture._send_due()
    assert got == []  # no time has passed
    clock.advance(0.3)
    capture._send_due()
    assert abs(sum(map(len, got)) / 2 - 0.3 * 16000) < 80
    clock.advance(1.2)  # past the end: it starts again
    capture._send_due()
    assert abs(sum(map(len, got)) / 2 - 1.5 * 16000) < 80
    capture.close()
    clock.advance(1)
    capture._send_due()
    assert abs(sum(map(len, got)) / 2 - 1.5 * 16000) < 80


def write_wav_24bit(path: Path, seconds: float, rate: int = 48000) -> None:
    """24-bit stereo with the extensible header sox and most recorders write
    for it (Python's ``wave`` reads neither)."""
    t = np.arange(int(rate * seconds)) / rate
    ints = np.round(0.5 * np.sin(2 * np.pi * 300 * t) * (1 << 23)).astype("<i4")
    frames = np.repeat(ints, 2).tobytes()
    data = b"".join(frames[i : i + 3] for i in range(0, len(frames), 4))
    guid_tail = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"
    fmt = struct.pack("<HHIIHH", 0xFFFE, 2, rate, rate * 6, 6, 24)
    fmt += struct.pack("<HHI", 22, 24, 3) + struct.pack("<H", 1) + guid_tail
    chunks = b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(data))
    chunks += data
    path.write_bytes(b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks)


def test_any_wav_that_hear_reads_can_be_the_input(qtbot: QtBot, tmp_path: Path) -> None:
    """The same reader as --hear: 24-bit, extensible headers, floats."""
    write_wav_24bit(tmp_path / "speech.wav", 0.5)
    capture, clock, got = opened(tmp_path / "speech.wav")
    clock.advance(0.25)
    capture._send_due()
    heard = np.frombuffer(b"".join(got), dtype="<i2") / 32768
    assert abs(heard.size - 0.25 * 16000) < 80
    assert np.max(np.abs(heard)) == pytest.approx(0.5, abs=0.02)
    capture.close()


def test_a_file_that_is_not_a_wav_is_said(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "notes.wav"
    bad.write_text("not sound")
    problem = WavCapture(str(bad)).open(16000, lambda _b: None, lambda _p, _d: None)
    assert problem == (
        MicProblem.UNUSABLE,
        f"{bad} could not be read: not a WAV file (no RIFF/WAVE header)",
    )


def test_why_a_wav_input_cannot_be_read_is_said_in_the_language(
    qtbot: QtBot, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.wav"
    with wave.open(str(empty), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(16000)
    i18n.use_catalogue(i18n.resolve("de", []))
    try:
        problem = WavCapture(str(empty)).open(16000, lambda _b: None, lambda _p, _d: None)
    finally:
        i18n.use(None)
    assert problem == (MicProblem.UNUSABLE, f"{empty} ließ sich nicht lesen: enthält kein Audio")


def test_the_wav_input_is_chosen_by_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    monkeypatch.delenv(INPUT_ENV, raising=False)
    assert isinstance(default_capture(), QtCapture)
    monkeypatch.setenv(INPUT_ENV, str(tmp_path / "x.wav"))
    assert isinstance(default_capture(), WavCapture)
