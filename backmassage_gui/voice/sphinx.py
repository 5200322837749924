"""The offline recogniser: pocketsphinx listening for the commands and nothing else.

Audio is cut into utterances by :mod:`.endpoint`; each utterance is decoded,
as it comes, against the grammar of :mod:`.phrases`, in which a run of
single phones competes with the commands, so that ordinary speech comes out
as that "garbage" and is dropped. Nothing here keeps audio beyond the frames
of the utterance being decoded, and nothing is written anywhere (the
decoder's own options for logging audio are left off).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import phrases
from .endpoint import Endpointer, EndpointTuning, levels_db
from .vocabulary import GIVER, RECEIVER, WAKE_WORD, Heard

if TYPE_CHECKING:
    import pocketsphinx

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
"""What pocketsphinx's English model was trained on."""
PHONES = (
    "AA AE AH AO AW AY B CH D DH EH ER EY F G HH IH IY JH K L M N NG "
    "OW OY P R S SH T TH UH UW V W Y Z ZH"
).split()
"""The English model's phones: one garbage 'word' each."""
ACCENTS = (
    ("back", "B AA K"),
    ("stop", "S T AO P"),
    ("hard", "HH AA D"),
    ("more", "M AO"),
    ("lighter", "L AY T AH"),
    ("softer", "S AO F T AH"),
)
"""British and Scottish ways of saying the command words, beside the
dictionary's American ones (``back`` with the open [a], no final r)."""
_COMMANDS, _WOKEN = "commands", "woken"
"""The decoder's two grammars: as usual, and just after the wake word alone."""


@dataclass(frozen=True)
class Tuning:
    """The recogniser's knobs, chosen with ``benchmarks/voice_accuracy.py --tune``
    on one set of voices and checked on another."""

    garbage_entry: float = 1.0
    """Weight of starting the run of phones, against 1 for a command."""
    phone_penalty: float = 1e-10
    """Weight of each phone in the run: smaller accepts more commands, and
    more ordinary speech with them."""
    noise_floor_dbfs: float = -60.0
    """Faint steady noise mixed into the input, as any microphone has: on
    digital silence (a synthetic file, a muted input) the model's silence
    frames go wrong and swallow the words next to them."""
    wake_window_s: float = 3.0
    """After "coach" said on its own, how long a bare command still counts."""
    max_utterance_s: float = 5.0
    """Longer than any command: a longer stretch of speech is talk, not a command."""
    endpoint: EndpointTuning = field(default_factory=EndpointTuning)
    batch: bool = False
    """Decode each utterance whole when it ends (the mean of its own sound to
    normalise by) rather than frame by frame as it comes."""
    wake_alone: bool = True
    accents: bool = True
    max_voiced_silence_s: float = 0.2
    """Voice the decoder put down as silence: more than this, and the words
    it did find were only part of what was said (a command fitted into the
    middle of a sentence), so the utterance is not a command."""
    max_phone_s: float = 0.3
    """A word longer than this per sound in it was stretched over other speech."""
    options: tuple[tuple[str, object], ...] = ()
    """More pocketsphinx settings, by name."""


DEFAULT_TUNING = Tuning()


class SphinxRecogniser:
    """The :class:`~.vocabulary.Recogniser` on pocketsphinx.

    Construction loads the acoustic model and the dictionary: about 0.2 s
    (0.5 s with a cold disk cache). Each instance owns its decoder, so two can
    run at once; one instance must be fed from one thread at a time.
    :meth:`set_checkin` only sets a flag read when an utterance ends, so the
    window may call it from its own thread.
    """

    sample_rate = SAMPLE_RATE

    def __init__(self, tuning: Tuning = DEFAULT_TUNING) -> None:
        self.tuning = tuning
        self._checkin = False
        self._decoder = _decoder(tuning)
        self._endpointer = Endpointer(SAMPLE_RATE, tuning.endpoint)
        self._frame_bytes = self._endpointer.frame_bytes
        self._floor = _noise_floor(tuning.noise_floor_dbfs)
        self._floor_at = 0
        self._pending = b""
        self._frames_done = 0
        """Frames handed to the endpointer since the first feed (the clock)."""
        self._in_utterance = False
        self._utterance_frames = 0
        self._utterance: list[bytes] = []
        self._voiced: list[bool] = []
        """Whether each frame of the utterance so far stood out from the noise."""
        self._wake_until_s = -1.0
        self.last_hypothesis = ""
        """What the decoder made of the last utterance, garbage included (for tuning)."""
        self.decode_seconds = 0.0
        """Time spent finishing utterances (for the benchmark)."""

    # -- the Recogniser protocol ------------------------------------------

    def feed(self, pcm: bytes) -> list[Heard]:
        data = self._pending + pcm
        size = self._frame_bytes
        whole = len(data) - len(data) % size
        self._pending = data[whole:]
        if not whole:
            return []
        data = self._with_floor(data[:whole])
        heard: list[Heard] = []
        levels = levels_db(data, self._endpointer.frame_samples)
        for index, level in enumerate(levels):
            result = self._frame(data[index * size : (index + 1) * size], level)
            if result is not None:
                heard.append(result)
        return heard

    def set_checkin(self, answers_wanted: bool) -> None:
        self._checkin = bool(answers_wanted)

    def reset(self) -> None:
        if self._in_utterance:
            self._decoder.end_utt()
            self._in_utterance = False
        self._endpointer.reset()
        self._frames_done += len(self._pending) // 2 // self._endpointer.frame_samples
        self._pending = b""
        self._wake_until_s = -1.0

    # -- beyond the protocol -----------------------------------------------

    def finish(self) -> list[Heard]:
        """The end of the audio (a file's end): the pause every utterance ends
        with, so that one still open is decided."""
        quiet = b"\0" * (
            self._frame_bytes * round(self.tuning.endpoint.hangover_s / 0.01 + 1)
            - len(self._pending)
        )
        return self.feed(quiet)

    @property
    def seconds_fed(self) -> float:
        return self._frames_done * self._endpointer.frame_samples / SAMPLE_RATE

    # -- inside --------------------------------------------------------------

    def _with_floor(self, data: bytes) -> bytes:
        """``data`` with the faint steady noise of :attr:`Tuning.noise_floor_dbfs`."""
        if self._floor is None:
            return data
        import numpy as np

        samples = np.frombuffer(data, dtype="<i2").astype(np.int32)
        floor = self._floor
        idx = (np.arange(samples.size) + self._floor_at) % floor.size
        self._floor_at = int((self._floor_at + samples.size) % floor.size)
        return np.clip(samples + floor[idx], -32768, 32767).astype("<i2").tobytes()

    def _frame(self, frame: bytes, level_db: float) -> Heard | None:
        event = self._endpointer.process(frame, level_db)
        self._frames_done += 1
        if event is None:
            return None
        if event.began:
            woken = self.seconds_fed <= self._wake_until_s
            self._decoder.activate_search(_WOKEN if woken else _COMMANDS)
            self._decoder.start_utt()
            self._in_utterance = True
            self._utterance_frames = 0
            self._utterance = []
            self._voiced = []
        if not self._in_utterance:
            return None
        self._utterance_frames += len(event.audio) // self._frame_bytes
        self._voiced.extend(event.voiced)
        if self._utterance_frames * 0.01 > self.tuning.max_utterance_s:
            self._decoder.end_utt()  # talk, not a command: stop spending on it
            self._in_utterance = False
            self.last_hypothesis = ""
            return None
        if self.tuning.batch:
            self._utterance.append(event.audio)
            if event.ended:
                self._decoder.process_raw(b"".join(self._utterance), full_utt=True)
                self._utterance = []
        else:
            self._decoder.process_raw(event.audio)
        return self._end_utterance() if event.ended else None

    def _end_utterance(self) -> Heard | None:
        began = time.perf_counter()
        self._decoder.end_utt()
        self._in_utterance = False
        hyp = self._decoder.hyp()
        self.decode_seconds += time.perf_counter() - began
        words = hyp.hypstr.strip() if hyp is not None else ""
        self.last_hypothesis = words
        end_s = self.seconds_fed - self.tuning.endpoint.hangover_s
        if not words or phrases.GARBAGE_PREFIX in words:
            log.debug("not a command: %r", words)
            return None
        stretched = self._stretched()
        self.decode_seconds += time.perf_counter() - began
        if stretched:
            self.last_hypothesis = f"{words} ({stretched})"
            log.debug("not a command: %r, %s", words, stretched)
            return None
        return self._accept(words, end_s)

    def _stretched(self) -> str:
        """Why the words found cannot be all that was said ("" if they can)."""
        t = self.tuning
        voiced_silence = 0
        for seg in self._decoder.seg():
            frames = seg.end_frame - seg.start_frame + 1
            if _is_filler(seg.word):
                voiced_silence += sum(self._voiced[seg.start_frame : seg.end_frame + 1])
                continue
            sounds = len((self._decoder.lookup_word(seg.word) or "x").split())
            if frames * 0.01 > t.max_phone_s * sounds:
                return f"{seg.word} stretched over {frames * 0.01:.2f} s"
        if voiced_silence * 0.01 > t.max_voiced_silence_s:
            return f"{voiced_silence * 0.01:.2f} s of voice taken for silence"
        return ""

    def _accept(self, words: str, end_s: float) -> Heard | None:
        if words == WAKE_WORD and self.tuning.wake_alone:
            self._wake_until_s = end_s + self.tuning.wake_window_s
            return None
        woken = self._wake_until_s >= 0
        self._wake_until_s = -1.0
        spoken = phrases.command_for(f"{WAKE_WORD} {words}" if woken else words)
        if spoken is None or (spoken in RECEIVER and not self._checkin):
            return None
        if woken and spoken not in GIVER:
            return None
        return Heard(spoken, round(end_s, 2), f"{WAKE_WORD} {words}" if woken else words)


def _is_filler(word: str) -> bool:
    """Silence and the model's noise words: ``<sil>``, ``<s>``, ``[NOISE]``..."""
    return word.startswith(("<", "[", "+"))


def _noise_floor(dbfs: float) -> object:
    """A second of faint white noise at ``dbfs`` (RMS), the same every time."""
    if dbfs <= -100:
        return None
    import numpy as np

    rng = np.random.default_rng(14)
    return np.round(rng.standard_normal(SAMPLE_RATE) * 32768 * 10 ** (dbfs / 20)).astype(np.int32)


def _decoder(tuning: Tuning) -> pocketsphinx.Decoder:
    import pocketsphinx as ps

    decoder = ps.Decoder(
        hmm=ps.get_model_path("en-us/en-us"),
        dict=ps.get_model_path("en-us/cmudict-en-us.dict"),
        lm=None,
        bestpath=False,  # a lattice over a run of phones is slow and tells nothing more
        loglevel="ERROR",
        **dict(tuning.options),
    )
    words = [(phrases.GARBAGE_PREFIX + phone.lower(), phone) for phone in PHONES]
    if tuning.accents:
        words += [(_free_variant(decoder, word), phones) for word, phones in ACCENTS]
    for i, (word, phones) in enumerate(words):
        decoder.add_word(word, phones, i == len(words) - 1)  # rebuild once, at the end
    for name, woken in ((_COMMANDS, False), (_WOKEN, True)):
        g = phrases.grammar(
            PHONES,
            tuning.garbage_entry,
            tuning.phone_penalty,
            woken=woken,
            wake_alone=tuning.wake_alone,
        )
        decoder.add_fsg(name, decoder.create_fsg(name, g.start, g.final, list(g.transitions)))
    decoder.activate_search(_COMMANDS)
    return decoder


def _free_variant(decoder: pocketsphinx.Decoder, word: str) -> str:
    """The dictionary's name for one more way of saying ``word``: ``word(N)``."""
    n = 2
    while decoder.lookup_word(f"{word}({n})") is not None:
        n += 1
    return f"{word}({n})"
