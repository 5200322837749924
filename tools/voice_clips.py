"""Spoken clips made on the spot with espeak-ng (and sox), for the voice tests
and ``benchmarks/voice_accuracy.py``.

Nothing here is shipped or committed as audio: clips are made in a temporary
folder when a test or the benchmark runs. Each clip is 16 kHz mono 16-bit PCM,
the recogniser's own format, with silence either side like a real pause.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

RATE = 16_000
TOOLS = ("espeak-ng", "sox")

TUNING_VOICES = (
    "en-us",
    "en+m3",
    "en-gb-scotland+f2",
    "en-029+m5",
    # added in session 6, when the first four no longer told choices apart
    "en-gb-x-gbclan",
    "en-gb-x-gbcwmd+f2",
    "en-us+m2",
    "en+f5",
    "en-gb+m4",
    "en-029+f1",
)
"""The voices the recogniser's thresholds were chosen on."""
CHECK_VOICES = ("en", "en-us+f3", "en-gb-x-rp", "en+m7", "en-us-nyc+f4")
"""Other voices, never used to choose a threshold: the figures are reported on these."""
SPEEDS = (140, 175, 210)
"""Words a minute (espeak-ng's default is 175)."""


def missing_tools() -> str:
    """Why clips cannot be made here ("" when they can)."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        return ""
    return f"needs {' and '.join(missing)} (Debian packages espeak-ng, sox) to make spoken clips"


@dataclass(frozen=True)
class Clip:
    """One spoken phrase as 16 kHz mono PCM, with where the speech is in it."""

    text: str
    voice: str
    speed: int
    pcm: bytes
    speech_start_s: float
    speech_end_s: float

    @property
    def duration_s(self) -> float:
        return len(self.pcm) / 2 / RATE


def speak(text: str, voice: str, speed: int, *, pad_s: float = 0.5) -> Clip:
    """``text`` said by espeak-ng, resampled by sox to 16 kHz, with ``pad_s`` of
    silence either side."""
    with tempfile.TemporaryDirectory(prefix="bmc-voice-") as tmp:
        wav = Path(tmp) / "said.wav"
        subprocess.run(
            ["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(wav), text],
            check=True,
            capture_output=True,
        )
        raw = subprocess.run(  # -R: the same dither every time, so a clip is the same
            ["sox", "-R", str(wav), *_RAW_16K],
            check=True,
            capture_output=True,
        ).stdout
    start, end = speech_bounds(raw)
    pad = b"\0\0" * round(pad_s * RATE)
    return Clip(
        text,
        voice,
        speed,
        pad + raw + pad,
        pad_s + start,
        pad_s + end,
    )


_RAW_16K = ("-t", "raw", "-r", str(RATE), "-c", "1", "-b", "16", "-e", "signed-integer", "-")


def speech_bounds(pcm: bytes, threshold: int = 300) -> tuple[float, float]:
    """Where the first and the last sample louder than ``threshold`` are, in seconds."""
    import numpy as np

    samples = np.frombuffer(pcm, dtype="<i2")
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > threshold)
    if loud.size == 0:
        return 0.0, 0.0
    return float(loud[0]) / RATE, float(loud[-1] + 1) / RATE


def noise(duration_s: float, seed: int, colour: str = "pinknoise") -> bytes:
    """Steady noise from sox, the same for the same seed (sox -R always makes the
    same run: a seed starts it further in)."""
    skip = seed * 0.37
    raw = subprocess.run(
        ["sox", "-R", "-n", *_RAW_16K, "synth", f"{duration_s + skip:.4f}", colour, "vol", "0.5"],
        check=True,
        capture_output=True,
    ).stdout
    wanted = round(duration_s * RATE) * 2
    return raw[len(raw) - wanted :] if wanted else b""


def rms(pcm: bytes) -> float:
    import numpy as np

    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float64)
    return float(np.sqrt(np.mean(samples * samples))) if samples.size else 0.0


def silence(duration_s: float) -> bytes:
    return b"\0\0" * round(duration_s * RATE)


def write_wav(path: Path, pcm: bytes, rate: int = RATE, channels: int = 1) -> Path:
    import wave

    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm)
    return path


def sox_wav(
    pcm: bytes,
    path: Path,
    *,
    rate: int = RATE,
    channels: int = 1,
    bits: int = 16,
    floating: bool = False,
) -> Path:
    """16 kHz mono PCM written by sox as a WAV file of another rate, channel
    count and sample format (sox writes the extensible header where it should)."""
    encoding = "floating-point" if floating else "unsigned-integer" if bits == 8 else "signed"
    subprocess.run(
        [
            "sox",
            "-R",
            *_RAW_16K,
            "-r",
            str(rate),
            "-c",
            str(channels),
            "-b",
            str(bits),
            "-e",
            encoding,
            str(path),
        ],
        input=pcm,
        check=True,
        capture_output=True,
    )
    return path


def phrase_clips(texts: Sequence[str], voices: Sequence[str], speeds: Sequence[int]) -> list[Clip]:
    """Every text in every voice at every speed."""
    return [speak(text, voice, speed) for voice in voices for speed in speeds for text in texts]


ORDINARY_SENTENCES = (
    "We should go to the market next Saturday morning.",
    "Can you hold on a second, I need to find my phone.",
    "The weather has been really good this week.",
    "I think the film starts at half past seven.",
    "Put your feet up and relax for a while.",
    "My back has been stiff since I moved the couch.",
    "Is that music too loud for you?",
    "She said the new job is going fine so far.",
    "Let me know when you want a glass of water.",
    "We ran out of time at the meeting again.",
    "The bus stop is just around the corner.",
    "Press pause on the film while I make some tea.",
    "The next train leaves in about twenty minutes.",
    "I left my coat on the back seat of the car.",
    "That sounds like a good plan to me.",
    "How was your day at work today?",
    "The neighbours are painting their fence blue.",
    "Remember to water the plants before we leave.",
    "I could not sleep very well last night.",
    "Do you want the window open or closed?",
    "Tell me if anything hurts, all right?",
    "We need more milk and some bread for tomorrow.",
    "The kids will be back from school soon.",
    "It is much warmer in here than outside.",
    "Maybe we can visit your sister next month.",
    "I read that the museum is free on Sundays.",
    "Your shoulders feel a lot looser than before.",
    "Could you pass me that towel, please?",
    "The dog keeps barking at the postman.",
    "There is a lovely smell of lavender in here.",
    "I will stop by the pharmacy on the way home.",
    "That was the best holiday we have had in years.",
    "Breathe in slowly and then let it all out.",
    "The oil is a little cold, sorry about that.",
    "We should book the tickets before they sell out.",
    "Have you heard from your brother lately?",
    "This song always reminds me of summer.",
    "The traffic was terrible on the way back.",
    "It is fine, we can do the dishes later.",
    "Time goes so fast when you are enjoying yourself.",
    "I think I will have an early night today.",
    "The garden looks great after all that rain.",
    "Don't worry, there is plenty of time left.",
    "Can we go for a walk after lunch tomorrow?",
    "My grandmother used to make the best soup.",
    "Let's take a short break and then carry on.",
    "The lamp in the hall needs a new bulb.",
    "Just lie still and let your arms rest.",
    "Good morning, did you sleep well?",
    "I forgot to buy batteries for the clock.",
    "That felt good, my neck is much better now.",
    "Next time we should try the other beach.",
    "I will be right back, I just need the bathroom.",
    "The heating comes on at six every evening.",
    "We can pause the washing machine if it is too noisy.",
    "Lighter colours would make this room look bigger.",
    "She plays tennis every Thursday after work.",
    "The coffee shop on the corner closed down.",
    "Go ahead and start without me.",
    "I wonder what we should cook for dinner.",
)
"""Ordinary talk near a massage table, with the command words in it (next,
back, pause, stop, fine, good, time, go, more, lighter) but never the wake
word: none of it may move the session."""
TUNING_SENTENCES = ORDINARY_SENTENCES[0::2]
CHECK_SENTENCES = ORDINARY_SENTENCES[1::2]


SPEECH_DBFS = -26.0
"""The level every clip's speech is set to in a stream (RMS over the speech)."""


@dataclass(frozen=True)
class Stream:
    """Clips one after another in one steady room noise, as a microphone hears them."""

    pcm: bytes
    clips: tuple[Clip, ...]
    starts_s: tuple[float, ...]
    """Where each clip begins in ``pcm``."""

    @property
    def duration_s(self) -> float:
        return len(self.pcm) / 2 / RATE

    def speech_end_s(self, index: int) -> float:
        return self.starts_s[index] + self.clips[index].speech_end_s

    def span_s(self, index: int) -> tuple[float, float]:
        """From the clip's speech to the start of the next clip's speech: a
        command heard ending in here was heard from this clip."""
        begin = self.starts_s[index] + self.clips[index].speech_start_s
        if index + 1 < len(self.clips):
            return begin, self.starts_s[index + 1] + self.clips[index + 1].speech_start_s
        return begin, self.duration_s + 1.0


def stream(
    clips: Sequence[Clip],
    snr_db: float | None,
    *,
    gap_s: float = 0.5,
    seed: int = 1,
    lead_s: float = 0.0,
    colour: str = "pinknoise",
) -> Stream:
    """``clips`` at one speech level (:data:`SPEECH_DBFS`) with ``gap_s`` more
    silence between them, in steady noise (sox's ``colour``, pink unless
    told) ``snr_db`` below the speech (None: none), after ``lead_s`` of the
    room alone (a recogniser learns the room's noise in its first seconds)."""
    import numpy as np

    parts: list[bytes] = [silence(lead_s)]
    starts: list[float] = []
    at = round(lead_s * RATE)
    target = 32768 * 10 ** (SPEECH_DBFS / 20)
    for clip in clips:
        start = round(clip.speech_start_s * RATE) * 2
        end = round(clip.speech_end_s * RATE) * 2
        gain = target / (rms(clip.pcm[start:end]) or 1.0)
        samples = np.frombuffer(clip.pcm, dtype="<i2").astype(np.float64) * gain
        starts.append(at / RATE)
        parts.append(np.clip(np.round(samples), -32768, 32767).astype("<i2").tobytes())
        parts.append(silence(gap_s))
        at += samples.size + round(gap_s * RATE)
    pcm = b"".join(parts)
    if snr_db is not None:
        pcm = mix(pcm, room_noise(len(pcm) / 2 / RATE, SPEECH_DBFS - snr_db, seed, colour))
    return Stream(pcm, tuple(clips), tuple(starts))


def room_noise(
    duration_s: float, level_dbfs: float, seed: int = 1, colour: str = "pinknoise"
) -> bytes:
    """Steady noise at ``level_dbfs`` (RMS): pink, or another of sox's colours
    (``brownnoise`` for a low rumble: traffic, a washing machine)."""
    import numpy as np

    hiss = np.frombuffer(noise(duration_s, seed, colour), dtype="<i2").astype(np.float64)
    hiss *= 32768 * 10 ** (level_dbfs / 20) / (rms(hiss.astype("<i2").tobytes()) or 1.0)
    return np.clip(np.round(hiss), -32768, 32767).astype("<i2").tobytes()


def mix(a: bytes, b: bytes) -> bytes:
    """Two PCM signals added (as long as ``a``)."""
    import numpy as np

    x = np.frombuffer(a, dtype="<i2").astype(np.int32)
    y = np.frombuffer(b, dtype="<i2").astype(np.int32)
    n = min(x.size, y.size)
    x = x.copy()
    x[:n] += y[:n]
    return np.clip(x, -32768, 32767).astype("<i2").tobytes()
