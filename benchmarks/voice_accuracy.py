"""Voice commands: how often the recogniser hears them right, wrong, or where none was said.

Everything is spoken on the spot by espeak-ng and mixed with pink noise by sox
(nothing is recorded or kept): every command phrase in several voices at three
speeds, one after another in one steady room noise, clean and at 20 and 10 dB
signal-to-noise, fed to ``SphinxRecogniser`` in chunks as the app reads the
microphone (every 60 ms): the giver's commands while no check-in shows and the
answers while one does, as in use (and, for information, the giver's
commands during a check-in, when the answers compete with them), and the
giver's commands with a pause after the wake word; then ten minutes of
ordinary talk with the command words in it (next, back, pause, stop, fine,
good, time...), and the giver's phrases said without the wake word, none of
which may act.

The thresholds were chosen with ``--tune`` on one set of voices and sentences
(``TUNING_VOICES``); the figures are measured on others (``CHECK_VOICES``).
Targets are issue 14's.
"""

from __future__ import annotations

import argparse
import bisect
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from _common import ROOT, Figure, median, percentile, script_main, verdict

sys.path.insert(0, str(ROOT / "tools"))

import voice_clips as vc

from backmassage_gui.domain.session import State
from backmassage_gui.ui.microphone import READ_MS
from backmassage_gui.voice import phrases
from backmassage_gui.voice.listening_rules import Situation, to_act_on
from backmassage_gui.voice.sphinx import SphinxRecogniser, Tuning
from backmassage_gui.voice.vocabulary import GIVER, RECEIVER, Heard, Spoken

CONDITIONS: tuple[tuple[str, float | None], ...] = (("clean", None), ("20 dB", 20), ("10 dB", 10))
RUMBLE_SNR_DB = 10.0
"""Low rumble (brown noise: traffic, a washing machine) this far below the voice."""
QUIET_ROOM_DBFS = -55.0
"""A quiet room, as a laptop microphone hears it (pink noise, RMS)."""
TALK_SNR_DB = 30.0


@dataclass
class Tally:
    right: int = 0
    wrong: int = 0
    missed: int = 0
    acting: int = 0
    """Of the wrong ones, those the window would carry out, had the command
    been said when it is for (see :func:`would_act`)."""
    latencies_s: list[float] = field(default_factory=list)
    slips: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.right + self.wrong + self.missed

    def add(self, other: Tally) -> None:
        self.right += other.right
        self.wrong += other.wrong
        self.missed += other.missed
        self.acting += other.acting
        self.latencies_s += other.latencies_s
        self.slips += other.slips


def said(utterance: str) -> str:
    """How a clip says a command: a short pause after the wake word."""
    wake = phrases.WAKE_WORD + " "
    if not utterance.startswith(wake):
        return utterance
    return utterance.replace(wake, wake.strip() + ", ", 1)


def command_clips(voices: Sequence[str], speeds: Sequence[int]) -> list[tuple[Spoken, vc.Clip]]:
    return [
        (spoken, vc.speak(said(text), voice, speed))
        for voice in voices
        for speed in speeds
        for spoken in (*GIVER, *RECEIVER)
        for text in phrases.utterances(spoken)
    ]


def paused_clips(
    voices: Sequence[str], speeds: Sequence[int], gaps_s: Sequence[float] = (0.4, 1.0)
) -> list[tuple[Spoken, vc.Clip]]:
    """The giver's commands with a pause after the wake word: "coach. ... next."."""
    out = []
    for voice in voices:
        for speed in speeds:
            wake = vc.speak(f"{phrases.WAKE_WORD}.", voice, speed, pad_s=0.3)
            for spoken in GIVER:
                phrase = vc.speak(f"{phrases.PHRASES[spoken][0]}.", voice, speed, pad_s=0.3)
                for gap in gaps_s:
                    pcm = wake.pcm + vc.silence(gap) + phrase.pcm
                    text = f"{wake.text} ({gap:g} s) {phrase.text}"
                    out.append((spoken, vc.Clip(text, voice, speed, pcm, *vc.speech_bounds(pcm))))
    return out


def talk_clips(
    sentences: Sequence[str], voices: Sequence[str], speeds: Sequence[int], minutes: float
) -> list[vc.Clip]:
    """Ordinary talk for ``minutes``: the sentences again and again, each time
    in another voice and speed, with the giver's phrases said alone (no wake
    word) among them."""
    bare = [p for spoken in GIVER for p in phrases.PHRASES[spoken]]
    lines = [*sentences, *(f"{p}." for p in bare)]
    combos = [(v, s) for v in voices for s in speeds]
    clips: list[vc.Clip] = []
    total = 0.0
    rng = random.Random(14)
    turn = 0
    while total < minutes * 60:
        text = lines[turn % len(lines)]
        voice, speed = combos[(turn // len(lines) + turn) % len(combos)]
        clip = vc.speak(text, voice, speed, pad_s=rng.uniform(0.15, 0.45))
        clips.append(clip)
        total += clip.duration_s
        turn += 1
    return clips


def listen(
    recogniser: SphinxRecogniser, pcm: bytes, chunk_s: float
) -> tuple[list[tuple[Heard, float]], float]:
    """Feed ``pcm`` in chunks; each command (not the wake word said alone)
    with when it came out, as in a live stream: a chunk arrives once its
    audio has been spoken, waits while the chunks before it are still being
    worked on (a decode during a pause delays the chunks behind it), and
    comes out when its own feed is done. Also the CPU seconds it all took."""
    size = round(chunk_s * recogniser.sample_rate) * 2
    out: list[tuple[Heard, float]] = []
    cpu = time.process_time()
    free_at = 0.0
    for start in range(0, len(pcm), size):
        began = time.perf_counter()
        heard = recogniser.feed(pcm[start : start + size])
        took = time.perf_counter() - began
        fed = min(len(pcm), start + size) / 2 / recogniser.sample_rate
        free_at = max(fed, free_at) + took
        out += [(h, free_at) for h in heard if h.spoken is not None]
    end = len(pcm) / 2 / recogniser.sample_rate
    out += [(h, end) for h in recogniser.finish() if h.spoken is not None]
    return out, time.process_time() - cpu


def score(
    clips: Sequence[tuple[Spoken, vc.Clip]],
    snr: float | None,
    tuning: Tuning,
    chunk_s: float,
    *,
    checkin: bool | None = None,
    colour: str = "pinknoise",
) -> Tally:
    """How the clips are heard, one after another in one room. With
    ``checkin`` None, as in use: the giver's commands while no check-in shows,
    the answers while one does (each group in a stream of its own); True or
    False holds the check-in so for all of them."""
    if checkin is None:
        giver = [c for c in clips if c[0] in GIVER]
        answers = [c for c in clips if c[0] in RECEIVER]
        tally = score(giver, snr, tuning, chunk_s, checkin=False, colour=colour)
        tally.add(score(answers, snr, tuning, chunk_s, checkin=True, colour=colour))
        return tally
    stream = vc.stream([c for _, c in clips], snr, seed=7, colour=colour)
    recogniser = SphinxRecogniser(tuning)
    recogniser.set_checkin(checkin)
    heard, _cpu = listen(recogniser, stream.pcm, chunk_s)
    tally = Tally()
    for index, (spoken, clip) in enumerate(clips):
        begin, end = stream.span_s(index)
        got = [(h, at) for h, at in heard if begin <= h.end_s < end]
        right = [at for h, at in got if h.spoken == spoken]
        if right:
            tally.right += 1
            tally.latencies_s.append(right[0] - stream.speech_end_s(index))
        elif got:
            tally.wrong += 1
            tally.acting += would_act(got[0][0].spoken, meant=spoken, checkin=checkin)
            tally.slips.append(f"{clip.text!r} ({clip.voice}, {clip.speed}) as {got[0][0].words!r}")
        else:
            tally.missed += 1
    return tally


def would_act(heard: Spoken | None, *, meant: Spoken, checkin: bool) -> bool:
    """Whether the window carries out ``heard`` when ``meant`` was said in
    the state it is for ("go" while paused, the answers during a check-in,
    the rest while running): it acts on "pause" only while running and on
    "go" only while paused (``listening_rules.to_act_on``), so a "pause"
    heard as "go" changes nothing."""
    state = State.PAUSED if meant is Spoken.RESUME else State.RUNNING
    return to_act_on(heard, Situation(state, checkin_showing=checkin)) is not None


def talk_false(
    clips: Sequence[vc.Clip], tuning: Tuning, chunk_s: float, *, checkin: bool
) -> tuple[list[str], float, float]:
    stream = vc.stream(clips, TALK_SNR_DB, gap_s=0.0, seed=11)
    recogniser = SphinxRecogniser(tuning)
    recogniser.set_checkin(checkin)
    heard, cpu = listen(recogniser, stream.pcm, chunk_s)
    starts = [stream.span_s(i)[0] for i in range(len(clips))]
    acted = [
        f"{h.words!r} in {clips[max(0, bisect.bisect(starts, h.end_s) - 1)].text!r}"
        for h, _ in heard
    ]
    return acted, stream.duration_s, cpu


def quiet_cpu(tuning: Tuning, seconds: float, chunk_s: float) -> float:
    pcm = vc.room_noise(seconds, QUIET_ROOM_DBFS, seed=5)
    recogniser = SphinxRecogniser(tuning)
    _heard, cpu = listen(recogniser, pcm, chunk_s)
    return cpu / seconds


def run(args: argparse.Namespace) -> list[Figure]:
    missing = vc.missing_tools()
    if missing:
        return [Figure("voice benchmark", "not run", missing, "ERROR")]
    tuning = _tuning(args.set)
    if args.tune:
        return tune(args, tuning)
    voices = vc.CHECK_VOICES[:2] if args.quick else vc.CHECK_VOICES
    speeds = vc.SPEEDS[1:2] if args.quick else vc.SPEEDS
    minutes = 2.0 if args.quick else args.speech_minutes
    chunk_s = args.chunk_ms / 1000
    made = time.perf_counter()
    clips = command_clips(voices, speeds)
    talk = talk_clips(vc.CHECK_SENTENCES, voices, vc.SPEEDS, minutes)
    made = time.perf_counter() - made
    began = time.perf_counter()
    SphinxRecogniser(tuning)
    load_s = time.perf_counter() - began
    figures: list[Figure] = []
    tallies = {name: score(clips, snr, tuning, chunk_s) for name, snr in CONDITIONS}
    for name, tally in tallies.items():
        share = tally.right / tally.total
        target = 0.85 if name == "10 dB" else 0.95
        figures.append(
            Figure(
                f"commands recognised right, {name}",
                f"{share:.1%} ({tally.right}/{tally.total}; {tally.wrong} wrong, "
                f"{tally.missed} missed)",
                f">= {target:.0%}",
                verdict(share >= target),
                number=share * 100,
                unit="%",
                notes=tally.slips[:6],
            )
        )
    for name, tally in tallies.items():
        wrong = tally.wrong / tally.total
        figures.append(
            Figure(
                f"a command taken for another, {name}",
                f"{wrong:.1%} ({tally.wrong}/{tally.total})",
                "<= 1%",
                verdict(wrong <= 0.01),
                number=wrong * 100,
                unit="%",
            )
        )
    figures.append(
        Figure(
            "of those, carried out by the window (clean / 20 / 10 dB)",
            " / ".join(f"{t.acting}" for t in tallies.values())
            + f" (of {' / '.join(str(t.wrong) for t in tallies.values())} wrong)",
            "(said when each is for)",
            "INFO",
        )
    )
    rumble = score(clips, RUMBLE_SNR_DB, tuning, chunk_s, colour="brownnoise")
    figures.append(
        tally_info(
            f"commands in a low rumble (brown noise) {RUMBLE_SNR_DB:.0f} dB below the voice",
            rumble,
            "(traffic, a washing machine)",
        )
    )
    paused = paused_clips(voices, speeds[:2])
    for name, snr in CONDITIONS[:2]:
        tally = score(paused, snr, tuning, chunk_s, checkin=False)
        figures.append(
            tally_info(
                f'a pause after the wake word ("coach. ... next.", 0.4 and 1 s), {name}',
                tally,
                "(one breath is no longer needed)",
            )
        )
    giver = [c for c in clips if c[0] in GIVER]
    for name, snr in CONDITIONS:
        tally = score(giver, snr, tuning, chunk_s, checkin=True)
        figures.append(
            tally_info(
                f"the giver's commands said while a check-in shows, {name}",
                tally,
                "(a check-in shows for seconds)",
            )
        )
    acted, talk_s, talk_cpu = talk_false(talk, tuning, chunk_s, checkin=False)
    per_10 = len(acted) * 600 / talk_s
    figures.append(
        Figure(
            f"false commands in {talk_s / 60:.1f} min of talk without the wake word",
            f"{len(acted)} ({per_10:.1f} per 10 min)",
            "<= 1 per 10 min",
            verdict(per_10 <= 1),
            number=per_10,
            notes=acted[:6],
        )
    )
    answers, _, _ = talk_false(talk, tuning, chunk_s, checkin=True)
    figures.append(
        Figure(
            "the same talk with a check-in showing throughout (answers count)",
            f"{len(answers)} ({len(answers) * 600 / talk_s:.1f} per 10 min)",
            "(a check-in shows for seconds)",
            "INFO",
            number=len(answers) * 600 / talk_s,
            notes=answers[:6],
        )
    )
    latencies = [s for t in tallies.values() for s in t.latencies_s]
    p50, p95, worst = median(latencies), percentile(latencies, 95), max(latencies)
    figures.append(
        Figure(
            f"end of a command to its result, {args.chunk_ms} ms chunks",
            f"median {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {worst * 1000:.0f} ms",
            "<= 400 ms",
            verdict(p95 <= 0.4),
            number=p95 * 1000,
            unit="ms",
        )
    )
    quiet = quiet_cpu(tuning, 30 if args.quick else 120, chunk_s)
    figures.append(
        Figure(
            f"CPU listening to a quiet room ({QUIET_ROOM_DBFS:g} dBFS pink noise)",
            f"{quiet:.1%} of one core",
            "<= 5%",
            verdict(quiet <= 0.05),
            number=quiet * 100,
            unit="%",
        )
    )
    speech = talk_cpu / talk_s
    figures.append(
        Figure(
            "CPU listening to talk",
            f"{speech:.1%} of one core",
            "<= 15%",
            verdict(speech <= 0.15),
            number=speech * 100,
            unit="%",
        )
    )
    figures.append(
        Figure(
            "making a recogniser (model and dictionary)",
            f"{load_s * 1000:.0f} ms",
            "(once, on the listening thread)",
            "INFO",
            number=load_s * 1000,
            unit="ms",
        )
    )
    figures.append(
        Figure(
            "clips",
            f"{len(clips)} commands x 3 conditions, {len(talk)} talk clips; voices "
            f"{', '.join(voices)}; speeds {', '.join(map(str, speeds))} wpm",
            f"made in {made:.0f} s",
            "INFO",
        )
    )
    return figures


def tally_info(name: str, tally: Tally, why: str) -> Figure:
    """A tally shown for information: how many were heard right, and wrong."""
    return Figure(
        name,
        f"{tally.right / tally.total:.1%} right ({tally.right}/{tally.total}), "
        f"{tally.wrong / tally.total:.1%} taken for another",
        why,
        "INFO",
        number=tally.right / tally.total * 100,
        unit="%",
        notes=tally.slips[:4],
    )


def tune(args: argparse.Namespace, base: Tuning) -> list[Figure]:
    """The tuning voices and sentences, for each phone penalty: what it costs
    in commands missed against what it saves in false ones."""
    voices, speeds = vc.TUNING_VOICES, vc.SPEEDS
    chunk_s = args.chunk_ms / 1000
    clips = command_clips(voices, speeds)
    talk = talk_clips(vc.TUNING_SENTENCES, voices, speeds, args.speech_minutes)
    figures = []
    for penalty in args.penalties:
        tuning = replace(base, phone_penalty=penalty)
        parts = []
        for name, snr in CONDITIONS:
            t = score(clips, snr, tuning, chunk_s)
            parts.append(f"{name} {t.right}/{t.total} ({t.wrong} wrong)")
        acted, talk_s, _ = talk_false(talk, tuning, chunk_s, checkin=False)
        answers, _, _ = talk_false(talk, tuning, chunk_s, checkin=True)
        parts.append(f"talk {len(acted)} false ({len(answers)} with check-in) in {talk_s:.0f} s")
        figures.append(Figure(f"phone_penalty {penalty:g}", "; ".join(parts), "", "INFO"))
        print(figures[-1].name, figures[-1].value, flush=True)
    return figures


def _tuning(settings: Sequence[str]) -> Tuning:
    tuning = Tuning()
    for item in settings:
        name, _, value = item.partition("=")
        current = getattr(tuning, name)
        tuning = replace(tuning, **{name: type(current)(float(value))})
    return tuning


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--chunk-ms",
        type=int,
        default=READ_MS,
        help=f"audio per feed (default {READ_MS}, as often as the app reads the microphone)",
    )
    parser.add_argument(
        "--speech-minutes", type=float, default=10.0, help="minutes of ordinary talk (default 10)"
    )
    parser.add_argument(
        "--tune",
        action="store_true",
        help="on the tuning voices and sentences, try each --penalties value",
    )
    parser.add_argument(
        "--penalties",
        type=float,
        nargs="+",
        default=[1e-12, 1e-15, 1e-18, 1e-20, 1e-24, 1e-30],
        help="with --tune: phone penalties to try",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a number of the recogniser's Tuning (e.g. phone_penalty=1e-18)",
    )


if __name__ == "__main__":
    script_main("Voice commands: pocketsphinx on espeak-ng clips", add_args, run)
