"""Where utterances start and end: over the room's own noise, quiet or loud."""

from __future__ import annotations

import numpy as np

from backmassage_gui.voice.endpoint import Endpointer, EndpointTuning, levels_db

RATE = 16_000


def noise(seconds: float, dbfs: float, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.standard_normal(round(seconds * RATE)) * 32768 * 10 ** (dbfs / 20)


def voice(seconds: float, dbfs: float) -> np.ndarray:
    """A buzzing vowel-like sound at ``dbfs`` (RMS)."""
    t = np.arange(round(seconds * RATE)) / RATE
    wave = sum(np.sin(2 * np.pi * f * t) / k for k, f in enumerate((150, 300, 450, 900), 1))
    return wave / np.sqrt(np.mean(wave**2)) * 32768 * 10 ** (dbfs / 20)


def pcm(*parts: np.ndarray) -> bytes:
    return np.clip(np.round(np.concatenate(parts)), -32768, 32767).astype("<i2").tobytes()


def utterances(data: bytes, tuning: EndpointTuning | None = None) -> list[tuple[float, float]]:
    """(start of the audio handed over, the frame that ended it) of each utterance."""
    ep = Endpointer(RATE, tuning)
    found: list[tuple[float, float]] = []
    start = 0.0
    for k, level in enumerate(levels_db(data, ep.frame_samples)):
        event = ep.process(data[k * ep.frame_bytes : (k + 1) * ep.frame_bytes], level)
        if event is None:
            continue
        if event.began:
            start = (k + 1) * 0.01 - len(event.audio) / 2 / RATE
        if event.ended:
            found.append((round(start, 2), round((k + 1) * 0.01, 2)))
    return found


def test_a_word_in_a_quiet_room() -> None:
    data = pcm(noise(1.0, -60), voice(0.5, -25), noise(1.0, -60, 2))
    ((start, end),) = utterances(data)
    assert 0.75 <= start <= 0.85, "the pre-roll before the onset is handed over"
    assert 1.75 <= end <= 1.85, "ended after 0.3 s of quiet"


def test_steady_noise_ten_decibels_down_still_ends_each_word() -> None:
    room = -35.0
    data = pcm(
        noise(3.0, room),
        voice(0.6, room + 10),
        noise(1.2, room, 2),
        voice(0.6, room + 10),
        noise(1.2, room, 3),
    )
    found = utterances(data)
    assert len(found) == 2
    assert 3.5 <= found[0][1] <= 4.1
    assert 5.3 <= found[1][1] <= 5.9


def test_the_first_words_heard_are_not_taken_for_the_room() -> None:
    """Before the fix the first 100 ms of speech set the noise floor, so the
    soft end of "coach" and the pause after it ended the utterance before
    "next": the command was cut in two."""
    data = pcm(
        np.zeros(round(0.05 * RATE)),
        voice(0.24, -20),  # "coa-"
        voice(0.13, -33),  # "-ch", softer
        np.zeros(round(0.14 * RATE)),  # the comma
        voice(0.45, -22),  # "next"
        np.zeros(round(0.6 * RATE)),
    )
    assert utterances(data) == [(0.0, 1.3)]


def test_a_click_in_the_pause_does_not_hold_the_utterance_open() -> None:
    data = pcm(
        noise(1.0, -60), voice(0.4, -25), noise(0.15, -60), voice(0.01, -20), noise(1.0, -60, 2)
    )
    ((_, end),) = utterances(data)
    assert end <= 1.75


def test_the_hangover_and_margins_are_tunable() -> None:
    data = pcm(noise(1.0, -60), voice(0.4, -25), noise(1.0, -60, 2))
    ((_, end),) = utterances(data, EndpointTuning(hangover_s=0.5))
    assert 1.85 <= end <= 1.95


def test_reset_drops_the_utterance_but_keeps_the_room() -> None:
    ep = Endpointer(RATE)
    room = pcm(noise(3.0, -40))
    loud = pcm(voice(0.5, -25))
    began = 0
    for data in (room, loud):
        for k, level in enumerate(levels_db(data, ep.frame_samples)):
            event = ep.process(data[k * ep.frame_bytes : (k + 1) * ep.frame_bytes], level)
            began += bool(event and event.began)
    assert ep.in_speech and began == 1
    ep.reset()
    assert not ep.in_speech
    quiet = pcm(noise(1.0, -40, 5))
    events = [
        ep.process(quiet[k * ep.frame_bytes : (k + 1) * ep.frame_bytes], level)
        for k, level in enumerate(levels_db(quiet, ep.frame_samples))
    ]
    assert not any(events), "the room's noise is still known: no new utterance"


def sine(hz: float, seconds: float = 0.1) -> np.ndarray:
    return 32767.0 * np.sin(2 * np.pi * hz * np.arange(round(seconds * RATE)) / RATE)


def test_levels() -> None:
    assert levels_db(pcm(np.zeros(320)), 160) == [-100.0, -100.0]
    full = levels_db(pcm(sine(1000)), 160)
    assert all(abs(level + 3.01) < 0.05 for level in full), "a sine's level is its RMS"
    assert len(levels_db(pcm(np.zeros(250)), 160)) == 1, "only whole frames"
    assert levels_db(b"", 160) == []


def test_levels_leave_out_rumble_below_the_speech_band() -> None:
    """Traffic and a fan's hum, below the voice's band, do not count as loud."""
    assert max(levels_db(pcm(sine(30)), 160)) < -20
    assert max(levels_db(pcm(sine(50)), 160)) < -15
    assert min(levels_db(pcm(sine(300)), 160)) > -3.5


def test_a_rumble_louder_than_the_voice_does_not_hold_it_open() -> None:
    """Brown noise (most of its power in slow swings below 150 Hz) as loud as
    the voice: once the room is known, the voice is one utterance, which ends
    a moment after the voice does."""
    rng = np.random.default_rng(3)
    walk = np.cumsum(rng.standard_normal(round(8.5 * RATE)))
    walk -= np.convolve(walk, np.ones(1600) / 1600, mode="same")  # no drift
    rumble = walk / np.sqrt(np.mean(walk**2)) * 32768 * 10 ** (-25 / 20)
    speech = np.concatenate([np.zeros(5 * RATE), voice(0.5, -25), np.zeros(3 * RATE)])
    found = [u for u in utterances(pcm(speech + rumble)) if u[1] > 3.5]
    assert len(found) == 1, found
    start, end = found[0]
    assert 4.7 <= start <= 5.05 and 5.5 < end <= 5.9, found


def test_listening_that_starts_mid_sentence_waits_for_quiet() -> None:
    """Sound already loud when listening starts (or resumes after a reset)
    is the rest of something said before: no utterance begins in it."""
    room = noise(3.0, -50)
    data = pcm(room, voice(0.6, -25), noise(0.4, -50, 2), voice(0.5, -25), noise(0.6, -50, 3))
    whole = utterances(data)
    assert len(whole) == 2
    cut = round(3.3 * RATE) * 2  # in the middle of the first voice
    ep = Endpointer(RATE)
    for k, level in enumerate(levels_db(data[:cut], ep.frame_samples)):
        ep.process(data[k * ep.frame_bytes : (k + 1) * ep.frame_bytes], level)
    ep.reset()
    rest = data[cut:]
    began = []
    for k, level in enumerate(levels_db(rest, ep.frame_samples)):
        event = ep.process(rest[k * ep.frame_bytes : (k + 1) * ep.frame_bytes], level)
        if event is not None and event.began:
            began.append(round(3.3 + (k + 1) * 0.01, 2))
    assert len(began) == 1 and began[0] > 3.95, began  # only the second voice
