"""The offline recogniser: pocketsphinx listening for the commands and nothing else.

Audio is cut into utterances by :mod:`.endpoint`; each utterance is decoded
whole, during the pause that ends it, against the grammar of
:mod:`.phrases`, in which a run of single phones competes with the
commands, so that ordinary speech comes out as that "garbage" and is
dropped. A command must also account for all the voice in
its utterance: a sentence with a command-like word in it ends up with the
rest of its voice put down as silence, and is dropped too.

Nothing here keeps audio beyond the utterance being decoded (and, for half
a second after it, the one before if it was no command: it may have been
the first half), and nothing is written anywhere (the decoder's options for
logging audio and features are left off).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import phrases
from .endpoint import FRAME_S, Endpointer, EndpointTuning, Event, levels_db
from .phrases import Listening
from .vocabulary import GIVER, RECEIVER, Heard, Spoken

if TYPE_CHECKING:
    import numpy as np
    import pocketsphinx
    from numpy.typing import NDArray

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
"""What pocketsphinx's English model was trained on."""
# fmt: off
PHONES = (
    "AA", "AE", "AH", "AO", "AW", "AY", "B", "CH", "D", "DH", "EH", "ER", "EY",
    "F", "G", "HH", "IH", "IY", "JH", "K", "L", "M", "N", "NG", "OW", "OY", "P",
    "R", "S", "SH", "T", "TH", "UH", "UW", "V", "W", "Y", "Z", "ZH",
)
# fmt: on
"""The English model's phones: one garbage 'word' each."""
ACCENTS = (
    ("back", "B AA K"),
    ("stop", "S T AO P"),
    ("hard", "HH AA D"),
)
"""British and Scottish ways of saying the command words, beside the
dictionary's American ones (``back`` with an open [a], no final r).

Each one here earns its place on the ten tuning voices (702 commands: clean,
20 and 10 dB): without ``back`` 16 more were taken for another command and 21
fewer heard right, without ``stop`` 12 more and 20 fewer, without ``hard`` 2
more and 7 fewer. Non-rhotic ``more``, ``lighter`` and ``softer`` were here
too: without them 4 more were heard right and none more wrong, and a way of
saying a word that no voice needs is only more room for another word to fit."""
OTHER_SENSES = frozenset({"resume(3)", "fine(2)"})
"""The dictionary's ways of saying a command word that belong to another word
spelt the same: résumé (a CV) and the musical *fine* (FEE-nay). Nobody
means them here, and each is room for a command to fit other speech; with
them left out, the ten tuning voices gave 2 fewer answers taken for another
and 1 more heard right at 10 dB, and the same clean and at 20 dB."""


@dataclass(frozen=True)
class Tuning:
    """The recogniser's knobs, chosen with ``benchmarks/voice_accuracy.py --tune``
    on one set of voices and checked on another."""

    garbage_entry: float = 1.0
    """Weight of starting the run of phones, against 1 for a command."""
    phone_penalty: float = 1e-23
    """Weight of each phone in the run: smaller accepts more commands, and
    more of the unclear ones wrongly. With the grammar following the moment,
    on the tuning voices at 10 dB: 1e-15 55+69, 1e-17 60+72, 1e-20 62+75,
    1e-23 63+79, 1e-26 63+80 of 72 commands + 84 answers right, no talk
    taken for a command at any of them, and 12-14 answers in 10 minutes of
    talk with a check-in showing throughout."""
    wake_window_s: float = 2.5
    """After the wake word alone, how long a giver's phrase alone is taken
    as its command ("coach ... next", with a breath between)."""
    beam: float = 1e-60
    """How far below the best a path may fall and still be followed
    (pocketsphinx's ``beam`` and ``pbeam``; its default is 1e-48). At the
    default, some clear commands lost every path that fits the grammar and
    came out as nothing ("coach, go" slowly, in a Lancashire voice); on the
    second tuning voices 7 more of 702 were heard right, 1 more wrong, for a
    quarter more decoding time."""
    word_beam: float = 1e-40
    """The same for a word's end (``wbeam``; default 7e-29)."""
    topn: int = 16
    """Gaussians scored per sound and frame (pocketsphinx's default is 4):
    more tells similar words apart better in noise, for more CPU."""
    max_voiced_silence_s: float = 0.2
    """Voice the decoder put down as silence: more than this, and the words
    it found were only part of what was said (a command-like word in the
    middle of a sentence), so the utterance is not a command."""
    max_phone_s: float = 0.3
    """A word longer than this per sound in it was stretched over other speech."""
    min_phone_s: float = 0.05
    """A word shorter than this per sound in it was squeezed into the edge of
    another ("coach" fitted into the first sound of a bare "resume")."""
    decode_ahead_s: float = 0.15
    """Quiet this long into an utterance's closing pause, decode what was said
    while the rest of the pause (``endpoint.hangover_s``) is waited out: if
    the utterance then ends with no new voice, that result is the answer, and
    the end of a command is acted on without waiting for a decoder. 0: off."""
    join_gap_s: float = 0.5
    """An utterance that was no command, followed by another this soon after
    it ended, is tried once more joined to it: a slow speaker's "coach,"
    pause, "next" is cut in two at the comma, and in noise the wake word
    alone is not made out. Not during a check-in: its grammar has no place
    for the giver's phrases alone (see :func:`.phrases.grammar`), and two of
    them joined passed for a command ("pause." "pause." as "coach go").
    0: off."""
    min_lead_s: float = 0.05
    """The pre-roll a command's utterance needs (up to ``endpoint.preroll_s``
    of the sound before the voice rose, counting the few frames that made it
    rise): one with less began just as the utterance before it ended, in the
    middle of speech (in talk, such a stretch came out as "coach back"). A
    command cut in two at a comma is heard joined (``join_gap_s``)."""
    max_utterance_s: float = 4.0
    """Longer than any command: longer speech is talk, and is not decoded."""
    noise_floor_dbfs: float = -60.0
    """Faint steady noise mixed into the input, as any microphone has: on
    digital silence (a synthetic file, a muted input) the model's silence
    frames go wrong and swallow the words next to them."""
    endpoint: EndpointTuning = field(default_factory=EndpointTuning)


DEFAULT_TUNING = Tuning()


class SphinxRecogniser:
    """The :class:`~.vocabulary.Recogniser` on pocketsphinx.

    ``SphinxRecogniser()`` loads the acoustic model and the dictionary, which
    takes about 0.3 s (more with a cold disk cache): make it on the thread
    that will feed it. Each instance owns its decoder, so two can run at
    once; one instance must be fed from one thread at a time.
    :meth:`set_checkin` only sets a flag that is read when an utterance begins
    (to choose its grammar) and ends,
    so the window may call it from its own thread.
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
        self._samples_done = 0
        """Samples handed to the endpointer since the first feed (the clock)."""
        self._in_utterance = False
        """Collecting an utterance that may be a command."""
        self._listening = Listening.COMMANDS
        """The grammar of the utterance being heard (chosen as it begins)."""
        self._woken_until = -1.0
        """Until when (in :attr:`seconds_fed`) a giver's phrase alone is a
        command: the wake word was just said alone."""
        self._voiced: list[bool] = []
        """Whether each frame of the utterance so far stood out from the noise."""
        self._audio: list[bytes] = []
        """The utterance so far (in memory only): decoded whole, normalised by
        its own average sound, so that the first words after listening starts
        are heard as well as later ones (a running average needs a few
        utterances to settle)."""
        self._ahead: _Decoded | None = None
        """The utterance decoded during its closing pause (see
        :attr:`Tuning.decode_ahead_s`), until new voice makes it stale."""
        self._loud_since_ahead = 0
        self._lead_frames = 0
        """The pre-roll of the utterance being heard, in frames."""
        self._unheard: _Utterance | None = None
        """The last utterance if it was no command, with the frames since it
        ended, for as long as the next one may be its second half."""
        self._before: _Utterance | None = None
        """The first half of the utterance being heard, if it may be one."""
        self.last_hypothesis = ""
        """What the decoder made of the last utterance, and why it was not a
        command if it was not (for tuning and the benchmark)."""
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
        self._in_utterance = False
        self._audio = []
        self._ahead = None
        # What was said before the reset (the app spoke, or listening
        # stopped) is never joined to what is said after it, nor does a wake
        # word said before it open a moment after it.
        self._unheard = None
        self._before = None
        self._woken_until = -1.0
        self._endpointer.reset()
        self._samples_done += len(self._pending) // 2
        self._pending = b""

    # -- beyond the protocol -----------------------------------------------

    @property
    def checkin(self) -> bool:
        return self._checkin

    def finish(self) -> list[Heard]:
        """The end of the audio (a file's end): the pause every utterance
        ends with, so that one still open is decided."""
        pause = self._frame_bytes * (round(self.tuning.endpoint.hangover_s / FRAME_S) + 1)
        return self.feed(b"\0" * (pause - len(self._pending)))

    @property
    def seconds_fed(self) -> float:
        """Audio taken in since the first feed, in seconds."""
        return self._samples_done / SAMPLE_RATE

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
        self._samples_done += len(frame) // 2
        if event is None:
            self._wait_for_second_half(frame)
            return None
        if event.began:
            self._lead_frames = len(event.voiced)
            self._before = self._first_half(len(event.voiced))
            self._unheard = None
            self._listen_with(self._grammar_now())
            self._in_utterance = True
            self._voiced = []
            self._audio = []
            self._ahead = None
        if not self._in_utterance:
            return None  # talk too long to be a command: waiting for its end
        self._voiced.extend(event.voiced)
        self._audio.append(event.audio)
        if len(self._voiced) * FRAME_S > self.tuning.max_utterance_s:
            self._in_utterance = False
            self._audio = []
            self._before = None
            self.last_hypothesis = "(too long for a command)"
            return None
        if event.ended:
            self._in_utterance = False
            return self._decide()
        self._look_ahead(event)
        return None

    def _wait_for_second_half(self, frame: bytes) -> None:
        """Keep the quiet after an utterance that was no command, until it is
        too long for the two to be one."""
        if self._unheard is None:
            return
        self._unheard.gap.append(frame)
        if len(self._unheard.gap) * FRAME_S > self.tuning.join_gap_s:
            self._unheard = None

    def _first_half(self, preroll_frames: int) -> _Utterance | None:
        """As an utterance begins (with ``preroll_frames`` from before its
        onset): the utterance that was no command just before, with the quiet
        between, if the two are short enough together to be one command."""
        before = self._unheard
        if before is None or before.listening is Listening.CHECKIN or self._checkin:
            return None
        # The gap holds every frame since that utterance ended but the one
        # that began this one; the pre-roll holds the last of them and that one.
        # (Whether the two together are short enough is judged at the end:
        # :meth:`_fits_with`.)
        gap = before.gap[: max(0, len(before.gap) - (preroll_frames - 1))]
        return _Utterance(
            [*before.audio, *gap],
            [*before.voiced, *([False] * len(gap))],
            before.listening,
            before.lead_frames,
        )

    def _look_ahead(self, event: Event) -> None:
        """Decode the utterance early, once its closing pause is
        :attr:`Tuning.decode_ahead_s` long; forget that if voice comes back."""
        if self._ahead is not None:
            self._loud_since_ahead += sum(event.voiced)
            if self._loud_since_ahead >= self._endpointer.tuning.onset_frames:
                self._ahead = None  # more was said: the utterance goes on
            return
        ahead = round(self.tuning.decode_ahead_s / FRAME_S)
        if ahead and self._endpointer.pausing(ahead):
            # The rest of the pause is taken to sound as it has so far: the
            # decoder then hears as long a pause, and the same average sound,
            # as it will at the end (with only the pause so far, a bare
            # "pause." came out as "coach go" instead of "stop").
            audio = b"".join(self._audio)
            rest = self._endpointer.tuning.hangover_s - self.tuning.decode_ahead_s
            tail = audio[-round(rest / FRAME_S) * self._frame_bytes :] if rest > 0 else b""
            self._ahead = self._decode(audio + tail)
            self._loud_since_ahead = 0

    def _grammar_now(self) -> Listening:
        if self._checkin:
            return Listening.CHECKIN
        if self.seconds_fed <= self._woken_until:
            return Listening.WOKEN
        return Listening.COMMANDS

    def _listen_with(self, listening: Listening) -> None:
        if listening is not self._listening:  # switching costs a few milliseconds
            self._decoder.activate_search(listening.value)
            self._listening = listening

    def _decide(self) -> Heard | None:
        """The utterance just ended: the command it is, if any."""
        decoded = self._ahead or self._decode()
        self._ahead = None
        self._woken_until = -1.0
        refusal = self._why_not(decoded)
        if refusal and refusal.squeezed_command and self._listening is Listening.CHECKIN:
            decoded, refusal = self._try_again(Listening.ANSWERS, decoded, refusal)
        before, self._before = self._before, None
        if refusal and before is not None and self._fits_with(before):
            self._audio = [*before.audio, *self._audio]
            self._voiced = [*before.voiced, *self._voiced]
            self._lead_frames = before.lead_frames
            self._listen_with(before.listening)
            decoded = self._decode()
            refusal = self._why_not(decoded)
        if refusal:
            self._unheard = _Utterance(
                self._audio, self._voiced, self._listening, self._lead_frames
            )
            self._audio = []
            self.last_hypothesis = f"{decoded.words} ({refusal.why})"
            log.debug("not a command: %r (%s)", decoded.words, refusal.why)
            return None
        self._audio = []
        self.last_hypothesis = decoded.words
        spoken = decoded.spoken
        if spoken is None:  # the wake word alone, clearly said: a command may follow
            self._woken_until = self.seconds_fed + self.tuning.wake_window_s
        end_s = round(self.seconds_fed - self.tuning.endpoint.hangover_s, 2)
        return Heard(spoken, end_s, decoded.words)

    def _fits_with(self, before: _Utterance) -> bool:
        """Whether the utterance just ended, after ``before`` (with the quiet
        between), is still short enough for a command."""
        frames = len(before.voiced) + len(self._voiced)
        return frames * FRAME_S <= self.tuning.max_utterance_s

    def _try_again(
        self, listening: Listening, decoded: _Decoded, refusal: _Refusal
    ) -> tuple[_Decoded, _Refusal | None]:
        """The utterance decoded once more with ``listening``'s grammar: that
        result if it is a command, else the first one and why it was not."""
        was = self._listening
        self._listen_with(listening)
        again = self._decode()
        why_not = self._why_not(again)
        if why_not is None:
            return again, None
        self._listen_with(was)
        return decoded, refusal

    def _decode(self, audio: bytes | None = None) -> _Decoded:
        """Decode ``audio`` (the utterance so far), whole."""
        began = time.perf_counter()
        self._decoder.start_utt()
        self._decoder.process_raw(b"".join(self._audio) if audio is None else audio, full_utt=True)
        self._decoder.end_utt()
        hyp = self._decoder.hyp()
        segments = tuple(
            (seg.word, seg.start_frame, seg.end_frame) for seg in self._decoder.seg() or ()
        )
        self.decode_seconds += time.perf_counter() - began
        words = hyp.hypstr.strip() if hyp is not None else ""
        return _Decoded(words, phrases.command_for(words, self._listening), segments)

    def _why_not(self, decoded: _Decoded) -> _Refusal | None:
        """Why what was ``decoded`` is not to be acted on (None if it is: a
        command, or the wake word alone)."""
        spoken = decoded.spoken
        if spoken is None and not phrases.is_wake_word_alone(decoded.words):
            return _Refusal("not a command")
        if spoken in RECEIVER and not self._checkin:
            return _Refusal("no check-in showing")
        t = self.tuning
        if self._lead_frames * FRAME_S < t.min_lead_s:
            return _Refusal("it began as the one before it ended, with no quiet between")
        voiced_silence = 0
        for word, start, end in decoded.segments:
            frames = end - start + 1
            if _is_filler(word):
                voiced_silence += sum(self._voiced[start : end + 1])
                continue
            sounds = _sounds(self._decoder, word)
            if frames * FRAME_S > t.max_phone_s * sounds:
                return _Refusal(f"{word} stretched over {frames * FRAME_S:.2f} s")
            if frames * FRAME_S < t.min_phone_s * sounds:
                squeezed_command = spoken in GIVER
                return _Refusal(f"{word} squeezed into {frames * FRAME_S:.2f} s", squeezed_command)
        if voiced_silence * FRAME_S > t.max_voiced_silence_s:
            return _Refusal(f"{voiced_silence * FRAME_S:.2f} s of voice taken for silence")
        return None


@dataclass(frozen=True)
class _Refusal:
    """Why an utterance is not acted on."""

    why: str
    squeezed_command: bool = False
    """A giver's command whose words were squeezed into too little time: the
    nearest fit of something shorter, worth a second try without them."""


@dataclass
class _Utterance:
    """An utterance's audio (in memory only) and which of its frames were voice."""

    audio: list[bytes]
    voiced: list[bool]
    listening: Listening
    """The grammar it was heard with."""
    lead_frames: int
    """Its pre-roll, in frames."""
    gap: list[bytes] = field(default_factory=list)
    """The frames since it ended."""


@dataclass(frozen=True)
class _Decoded:
    """What the decoder made of an utterance."""

    words: str
    spoken: Spoken | None
    """The command the words are, in the grammar they were heard with."""
    segments: tuple[tuple[str, int, int], ...]
    """Each word (fillers too) with its first and last frame."""


def _is_filler(word: str) -> bool:
    """Silence and the model's noise words (``<sil>``, ``<s>``, ``[NOISE]``...),
    and ``(NULL)``, a grammar's step that takes no word."""
    return word.startswith(("<", "[", "+", "("))


def _sounds(decoder: pocketsphinx.Decoder, word: str) -> int:
    pronunciation = decoder.lookup_word(word)
    return len(pronunciation.split()) if pronunciation else 1


def _noise_floor(dbfs: float) -> NDArray[np.int32] | None:
    """A second of faint white noise at ``dbfs`` (RMS), the same every time."""
    if dbfs <= -100:
        return None
    import numpy as np

    rng = np.random.default_rng(14)
    noise = rng.standard_normal(SAMPLE_RATE) * 32768 * 10 ** (dbfs / 20)
    return np.round(noise).astype(np.int32)


def _decoder(tuning: Tuning) -> pocketsphinx.Decoder:
    import pocketsphinx as ps

    decoder = ps.Decoder(
        hmm=ps.get_model_path("en-us/en-us"),
        dict=ps.get_model_path("en-us/cmudict-en-us.dict"),
        lm=None,
        bestpath=False,  # a lattice over a run of phones is slow and tells nothing more
        fillprob=1e-40,  # the model's [SPEECH] filler would swallow talk like silence
        # Its ERRORs are about single utterances ("final result does not match
        # the grammar" for talk cut off mid-word), not faults; faults raise.
        loglevel="FATAL",
        topn=tuning.topn,
        beam=tuning.beam,
        pbeam=tuning.beam,
        wbeam=tuning.word_beam,
        # The grammar names each way of saying a word (see _sayings), so
        # that the dictionary's other senses of a word can be left out.
        fsgusealtpron=False,
    )
    words = [(phrases.GARBAGE_PREFIX + phone.lower(), phone) for phone in PHONES]
    words += [(_free_variant(decoder, word), sounds) for word, sounds in ACCENTS]
    for i, (word, sounds) in enumerate(words):
        decoder.add_word(word, sounds, i == len(words) - 1)  # rebuild once, at the end
    sayings = _sayings(decoder)
    for listening in Listening:
        g = phrases.grammar(PHONES, listening, tuning.garbage_entry, tuning.phone_penalty, sayings)
        name = listening.value
        decoder.add_fsg(name, decoder.create_fsg(name, g.start, g.final, list(g.transitions)))
    decoder.activate_search(Listening.COMMANDS.value)
    return decoder


def _sayings(decoder: pocketsphinx.Decoder) -> dict[str, tuple[str, ...]]:
    """Each command word's entries in the decoder's dictionary (``word``,
    ``word(2)``, ...: the dictionary's own and :data:`ACCENTS`), without
    :data:`OTHER_SENSES`."""
    sayings: dict[str, tuple[str, ...]] = {}
    for word in phrases.words():
        names = [word]
        n = 2
        while decoder.lookup_word(f"{word}({n})") is not None:
            names.append(f"{word}({n})")
            n += 1
        sayings[word] = tuple(name for name in names if name not in OTHER_SENSES)
    return sayings


def _free_variant(decoder: pocketsphinx.Decoder, word: str) -> str:
    """The dictionary's name for one more way of saying ``word``: ``word(N)``."""
    n = 2
    while decoder.lookup_word(f"{word}({n})") is not None:
        n += 1
    return f"{word}({n})"
