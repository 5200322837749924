"""Spoken clips for the recogniser's tests, made by espeak-ng and sox when the
tests run (never committed), once per session; the tests that need them are
skipped, saying why, where those tools are missing."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

import voice_clips as vc  # noqa: E402


@pytest.fixture(scope="session")
def speak() -> Callable[..., vc.Clip]:
    """``speak(text, voice="en-us", speed=175)``: the clip, made once a session."""
    reason = vc.missing_tools()
    if reason:
        pytest.skip(reason)
    pytest.importorskip("pocketsphinx", reason="speech recognition needs pocketsphinx")
    made: dict[tuple[str, str, int], vc.Clip] = {}

    def make(text: str, voice: str = "en-us", speed: int = 175) -> vc.Clip:
        key = (text, voice, speed)
        if key not in made:
            made[key] = vc.speak(text, voice, speed)
        return made[key]

    return make
