"""The offline recogniser: pocketsphinx listening for the commands and nothing else.

Audio is cut into utterances by :mod:`.endpoint`; each utterance is decoded
whole (:mod:`.decoder`), during the pause that ends it, against the grammar
of :mod:`.phrases`, in which a run of single phones competes with the
commands, so that ordinary speech comes out as that "garbage" and is
dropped; :mod:`.judging` then refuses the fits that are no command. This
module follows the utterances: which grammar each is heard with, decoding
it early, joining a command cut in two, a second try as an answer.

Nothing here keeps audio beyond the utterance being decoded (and, for half
a second after it, the one before if it was no command: it may have been
the first half), and nothing is written anywhere.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .decoder import SAMPLE_RATE, Decoded, decode, make_decoder
from .endpoint import FRAME_S, Endpointer, Event, levels_db
from .judging import Refusal, why_not
from .phrases import Listening
from .tuning import DEFAULT_TUNING, Tuning
from .vocabulary import Heard

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["DEFAULT_TUNING", "SphinxRecogniser", "Tuning"]

log = logging.getLogger(__name__)


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
        self._decoder = make_decoder(tuning)
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
        self._ahead: Decoded | None = None
        """The utterance decoded during its closing pause (see
        :attr:`Tuning.decode_ahead_s`), until new voice makes it stale."""
        self._loud_since_ahead = 0
        self._lead_frames = 0
        """The quiet before the utterance being heard, in frames: its pre-roll,
        plus :attr:`_quiet_known` for the first one, up to a full pre-roll."""
        self._preroll_frames = round(tuning.endpoint.preroll_s / FRAME_S)
        self._quiet_known = self._preroll_frames
        """Quiet known to have come before the pre-roll of the next utterance,
        in frames, until one begins: before the first feed, nothing was said
        (a file that opens with a word has no pre-roll, but no talk to run
        on from either); after a reset, the quiet the endpointer waits for
        (``EndpointTuning.settle_s``) before it keeps a pre-roll again."""
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
        self._quiet_known = round(self.tuning.endpoint.settle_s / FRAME_S)
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
            # At most a full pre-roll, as with talk before it (min_lead_s).
            self._lead_frames = min(len(event.voiced) + self._quiet_known, self._preroll_frames)
            self._quiet_known = 0
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
        self, listening: Listening, decoded: Decoded, refusal: Refusal
    ) -> tuple[Decoded, Refusal | None]:
        """The utterance decoded once more with ``listening``'s grammar: that
        result if it is a command, else the first one and why it was not."""
        was = self._listening
        self._listen_with(listening)
        again = self._decode()
        if self._why_not(again) is None:
            return again, None
        self._listen_with(was)
        return decoded, refusal

    def _decode(self, audio: bytes | None = None) -> Decoded:
        """Decode ``audio`` (the utterance so far), whole."""
        began = time.perf_counter()
        decoded = decode(
            self._decoder, b"".join(self._audio) if audio is None else audio, self._listening
        )
        self.decode_seconds += time.perf_counter() - began
        return decoded

    def _why_not(self, decoded: Decoded) -> Refusal | None:
        return why_not(
            decoded,
            checkin=self._checkin,
            lead_frames=self._lead_frames,
            voiced=self._voiced,
            tuning=self.tuning,
        )


@dataclass
class _Utterance:
    """An utterance's audio (in memory only) and which of its frames were voice."""

    audio: list[bytes]
    voiced: list[bool]
    listening: Listening
    """The grammar it was heard with."""
    lead_frames: int
    """The quiet before it, in frames (see ``SphinxRecogniser._lead_frames``)."""
    gap: list[bytes] = field(default_factory=list)
    """The frames since it ended."""


def _noise_floor(dbfs: float) -> NDArray[np.int32] | None:
    """A second of faint white noise at ``dbfs`` (RMS), the same every time."""
    if dbfs <= -100:
        return None
    import numpy as np

    rng = np.random.default_rng(14)
    noise = rng.standard_normal(SAMPLE_RATE) * 32768 * 10 ** (dbfs / 20)
    return np.round(noise).astype(np.int32)
