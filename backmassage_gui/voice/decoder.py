"""pocketsphinx set up to hear the commands and nothing else, and what it
makes of an utterance.

The decoder gets the English model and dictionary that ship in
pocketsphinx's wheel, one garbage 'word' per phone, a few more ways of
saying the command words, and one grammar per :class:`~.phrases.Listening`
(see :func:`.phrases.grammar`). Its options for logging audio and features
are left off: nothing is written anywhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from . import phrases
from .phrases import Listening
from .tuning import Tuning
from .vocabulary import Spoken

if TYPE_CHECKING:
    import pocketsphinx

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


class Segment(NamedTuple):
    """A word the decoder found (fillers too), where it was, and how many
    sounds the dictionary gives it."""

    word: str
    start: int
    """Its first frame in the utterance."""
    end: int
    """Its last frame."""
    sounds: int

    @property
    def frames(self) -> int:
        return self.end - self.start + 1

    @property
    def is_filler(self) -> bool:
        """Silence and the model's noise words (``<sil>``, ``<s>``,
        ``[NOISE]``...), and ``(NULL)``, a grammar's step that takes no word."""
        return self.word.startswith(("<", "[", "+", "("))


@dataclass(frozen=True)
class Decoded:
    """What the decoder made of an utterance."""

    words: str
    spoken: Spoken | None
    """The command the words are, in the grammar they were heard with."""
    segments: tuple[Segment, ...]


def decode(decoder: pocketsphinx.Decoder, audio: bytes, listening: Listening) -> Decoded:
    """``audio`` (a whole utterance, 16 kHz mono) decoded with the grammar
    active in ``decoder``, which the caller chose (``activate_search``);
    ``listening`` names that grammar, for which command the words are."""
    decoder.start_utt()
    decoder.process_raw(audio, full_utt=True)
    decoder.end_utt()
    hyp = decoder.hyp()
    segments = tuple(
        Segment(seg.word, seg.start_frame, seg.end_frame, _sounds(decoder, seg.word))
        for seg in decoder.seg() or ()
    )
    words = hyp.hypstr.strip() if hyp is not None else ""
    return Decoded(words, phrases.command_for(words, listening), segments)


def _sounds(decoder: pocketsphinx.Decoder, word: str) -> int:
    pronunciation = decoder.lookup_word(word)
    return len(pronunciation.split()) if pronunciation else 1


MODEL_PARTS = ("en-us/en-us", "en-us/cmudict-en-us.dict")
"""What the decoder loads from pocketsphinx's model folder: the English
acoustic model and the dictionary (not the language models beside them: it
listens with grammars). The standalone bundle carries these and no more."""


class ModelMissing(RuntimeError):
    """pocketsphinx's English model is not where pocketsphinx says it is (a
    broken install, or a bundle built without it)."""


def model_path(part: str) -> str:
    """Where one of :data:`MODEL_PARTS` is; :class:`ModelMissing` if it is not."""
    import pocketsphinx as ps

    try:
        path = ps.get_model_path(part)
    except (AttributeError, TypeError) as exc:  # no model folder at all
        raise ModelMissing("pocketsphinx's model folder is missing") from exc
    if not os.path.exists(path):
        raise ModelMissing(f"pocketsphinx's model has no {part} ({path})")
    return path


def make_decoder(tuning: Tuning) -> pocketsphinx.Decoder:
    """pocketsphinx with the English model, the garbage phones and accents
    added, and a grammar for each :class:`~.phrases.Listening` (named by its
    value; :attr:`~.phrases.Listening.COMMANDS` active). Raises
    :class:`ModelMissing` if the model is not installed."""
    acoustic_model, dictionary = (model_path(part) for part in MODEL_PARTS)
    try:
        decoder = _configured(tuning, acoustic_model, dictionary)
    except RuntimeError as exc:  # a model folder with files missing or damaged
        raise ModelMissing(f"pocketsphinx could not load its model ({exc})") from exc
    words = [(phrases.GARBAGE_PREFIX + phone.lower(), phone) for phone in PHONES]
    words += [(_free_variant(decoder, word), sounds) for word, sounds in ACCENTS]
    for i, (word, sounds) in enumerate(words):
        decoder.add_word(word, sounds, i == len(words) - 1)  # rebuild once, at the end
    sayings = {word: _variants(decoder, word, leaving_out=OTHER_SENSES) for word in phrases.words()}
    for listening in Listening:
        g = phrases.grammar(PHONES, listening, tuning.garbage_entry, tuning.phone_penalty, sayings)
        name = listening.value
        decoder.add_fsg(name, decoder.create_fsg(name, g.start, g.final, list(g.transitions)))
    decoder.activate_search(Listening.COMMANDS.value)
    return decoder


def _configured(tuning: Tuning, acoustic_model: str, dictionary: str) -> pocketsphinx.Decoder:
    import pocketsphinx as ps

    return ps.Decoder(
        hmm=acoustic_model,
        dict=dictionary,
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
        # The grammar names each way of saying a word (see _variants), so
        # that the dictionary's other senses of a word can be left out.
        fsgusealtpron=False,
    )


def _variants(
    decoder: pocketsphinx.Decoder, word: str, leaving_out: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """``word``'s entries in the decoder's dictionary: ``word``, ``word(2)``,
    ... (the dictionary's own and :data:`ACCENTS` added), but ``leaving_out``."""
    names = [word]
    while decoder.lookup_word(f"{word}({len(names) + 1})") is not None:
        names.append(f"{word}({len(names) + 1})")
    return tuple(name for name in names if name not in leaving_out)


def _free_variant(decoder: pocketsphinx.Decoder, word: str) -> str:
    """The dictionary's name for one more way of saying ``word``: ``word(N)``."""
    return f"{word}({len(_variants(decoder, word)) + 1})"
