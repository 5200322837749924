"""Sound for the listening benchmarks, made on the spot (no recordings kept in
the repository): a quiet room, and people talking without the wake word.

The talk is espeak-ng (a Debian package) at a few voices and speeds; the quiet
room is faint noise. Both are 16 kHz mono 16-bit WAV files, fed to the app as
its microphone through ``BACKMASSAGE_VOICE_INPUT`` (the app loops them).
"""

from __future__ import annotations

import shutil
import subprocess
import wave
from pathlib import Path

import numpy as np

RATE = 16000
QUIET_DBFS = -55.0
"""A quiet room through a laptop's microphone: faint hiss, nobody talking."""

TALK = (
    ("en-us", 160, "So how was your week? Mine was busy, the garden needs a lot of work."),
    ("en-gb", 140, "I think the shoulders feel tight because of the desk I sit at all day."),
    ("en-us+f3", 175, "Do you want some water after this? The kettle is on in the kitchen."),
    ("en-gb+m3", 150, "My sister called yesterday, she is moving to a new flat in the spring."),
    ("en-us+f2", 165, "The weather was lovely on Sunday, we walked along the river for hours."),
    ("en-us", 135, "Remember to pick up bread on the way home, and the tickets for Friday."),
)
"""Ordinary talk beside the table: no wake word, so nothing should be acted on."""


def _espeak(text: str, voice: str, speed: int, out: Path) -> np.ndarray:
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(out), text],
        check=True,
        capture_output=True,
    )
    with wave.open(str(out), "rb") as wav:
        rate, data = wav.getframerate(), wav.readframes(wav.getnframes())
    samples = np.frombuffer(data, dtype="<i2").astype(np.float64)
    if rate != RATE:  # espeak-ng speaks at 22050 Hz
        at = np.arange(0, len(samples) - 1, rate / RATE)
        samples = np.interp(at, np.arange(len(samples)), samples)
    return samples


def _write(path: Path, samples: np.ndarray) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(np.clip(np.round(samples), -32768, 32767).astype("<i2").tobytes())
    return path


def quiet_room(folder: Path, seconds: float = 30.0) -> Path:
    rng = np.random.default_rng(1)
    level = 32768 * 10 ** (QUIET_DBFS / 20)
    return _write(folder / "quiet-room.wav", rng.normal(0, level, int(RATE * seconds)))


def talk(folder: Path) -> Path:
    """About 30 s of talk, with short pauses between speakers."""
    if shutil.which("espeak-ng") is None:
        raise SystemExit("espeak-ng is needed for the talk clip (apt install espeak-ng)")
    pause = np.zeros(int(RATE * 0.6))
    parts: list[np.ndarray] = []
    for n, (voice, speed, text) in enumerate(TALK):
        parts += [_espeak(text, voice, speed, folder / f"talk-{n}.wav") * 0.8, pause]
    return _write(folder / "talk.wav", np.concatenate(parts))


def phrase(folder: Path, name: str, text: str, voice: str = "en-us", speed: int = 150) -> Path:
    """One spoken command, with a little silence either side (for playing
    into a virtual microphone)."""
    pad = np.zeros(int(RATE * 0.4))
    samples = _espeak(text, voice, speed, folder / f"{name}-raw.wav")
    return _write(folder / f"{name}.wav", np.concatenate((pad, samples, pad)))
