"""The QtMultimedia capture's own checks, without a microphone, and a WAV file as input."""

from __future__ import annotations

import time
import wave
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

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


def test_a_wav_file_is_heard_at_its_own_pace_and_looped(qtbot: QtBot, tmp_path: Path) -> None:
    write_wav(tmp_path / "speech.wav", 0.5)
    clock = ManualClock()
    capture = WavCapture(str(tmp_path / "speech.wav"), clock=clock)
    got: list[bytes] = []
    assert capture.open(16000, got.append, lambda _p, _d: None) is None
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


def test_a_file_that_is_not_a_wav_is_said(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "notes.wav"
    bad.write_text("not sound")
    problem = WavCapture(str(bad)).open(16000, lambda _b: None, lambda _p, _d: None)
    assert problem is not None and problem[0] is MicProblem.UNUSABLE
    assert str(bad) in problem[1]


def test_the_wav_input_is_chosen_by_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    monkeypatch.delenv(INPUT_ENV, raising=False)
    assert isinstance(default_capture(), QtCapture)
    monkeypatch.setenv(INPUT_ENV, str(tmp_path / "x.wav"))
    assert isinstance(default_capture(), WavCapture)
