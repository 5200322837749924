"""The QtMultimedia capture's own checks, without a microphone."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from backmassage_gui.ui.microphone import SILENT_DEVICE_S, QtCapture, _audio_namespace
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
