"""The recogniser's knobs, in one place: the decoder's search, what a
command's words may look like, and the endpointer's."""

from __future__ import annotations

from dataclasses import dataclass, field

from .endpoint import EndpointTuning


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
    command cut in two at a comma is heard joined (``join_gap_s``). The
    first utterance counts the quiet known before its pre-roll too: all of
    it at the start of the sound, and after a reset the quiet the endpointer
    waited for (``endpoint.settle_s``)."""
    max_utterance_s: float = 4.0
    """Longer than any command: longer speech is talk, and is not decoded."""
    noise_floor_dbfs: float = -60.0
    """Faint steady noise mixed into the input, as any microphone has: on
    digital silence (a synthetic file, a muted input) the model's silence
    frames go wrong and swallow the words next to them."""
    endpoint: EndpointTuning = field(default_factory=EndpointTuning)


DEFAULT_TUNING = Tuning()
