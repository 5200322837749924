"""The words that ask for each command, and the grammar the recogniser listens with.

One place for what can be said: the recogniser's grammar, ``--hear`` and the
tests all read these lists, and every :class:`Spoken` has at least one phrase.
The giver's phrases are heard only after the wake word (in one breath, or
within a moment of it said alone); the receiver's check-in answers stand
alone, and only while a check-in shows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

from .vocabulary import GIVER, RECEIVER, WAKE_WORD, Spoken

PHRASES: Mapping[Spoken, tuple[str, ...]] = MappingProxyType(
    {
        Spoken.NEXT: ("next",),
        Spoken.PREVIOUS: ("back",),
        Spoken.PAUSE: ("pause",),
        Spoken.RESUME: ("go", "resume"),
        Spoken.MORE_TIME: ("more time",),
        Spoken.FINE: ("fine", "that's fine", "good"),
        Spoken.LIGHTER: ("lighter", "softer", "too hard"),
        Spoken.STOP: ("stop",),
    }
)
"""What may be said for each command, lower case, words split by one space;
a giver's phrase is said after :data:`WAKE_WORD` ("coach, next")."""


LIKE_AN_ANSWER = frozenset({"go"})
"""The giver's phrases that, said alone, sound like an answer ("go" and
"good"): left out of the check-in grammar (see :func:`grammar`)."""


def utterances(spoken: Spoken) -> tuple[str, ...]:
    """Everything that, said on its own, asks for ``spoken``: the giver's
    phrases with the wake word in front, the answers as they are."""
    if spoken in GIVER:
        return tuple(f"{WAKE_WORD} {phrase}" for phrase in PHRASES[spoken])
    return PHRASES[spoken]


def words() -> tuple[str, ...]:
    """Every word of every phrase and the wake word, each once, in order."""
    seen: dict[str, None] = {WAKE_WORD: None}
    for phrases in PHRASES.values():
        for phrase in phrases:
            seen.update(dict.fromkeys(phrase.split()))
    return tuple(seen)


class Listening(Enum):
    """Which grammar an utterance is decoded with: only what may be acted on
    at that moment is in it, so nothing else can be mistaken for it."""

    COMMANDS = "commands"
    """The usual state: the giver's phrases after the wake word, or the wake
    word alone (a speaker who pauses after it, "coach ... next")."""
    CHECKIN = "checkin"
    """A check-in prompt shows: the answers as well. The wake word alone is
    left out here, since a short "good" sounds much like "coach"."""
    WOKEN = "woken"
    """Just after the wake word alone: a giver's phrase on its own."""
    ANSWERS = "answers"
    """A check-in's second try, without the wake word: when the check-in
    grammar's best fit was a giver's command squeezed into too little time
    (a short "good" as "coach go", with "coach" in the [g] and "go" in the
    rest), the utterance is decoded again with this."""


def command_for(text: str, listening: Listening = Listening.COMMANDS) -> Spoken | None:
    """The command a recognised word sequence is, or None for anything else
    (the wake word alone, a giver's phrase without it outside
    :attr:`Listening.WOKEN`, or no words)."""
    said = _plain(text)
    for spoken in (*GIVER, *RECEIVER):
        if said in utterances(spoken):
            return spoken
        if listening is Listening.WOKEN and spoken in GIVER and said in PHRASES[spoken]:
            return spoken
    return None


def is_wake_word_alone(text: str) -> bool:
    """Whether the words are the wake word and nothing else ("coach", then a pause)."""
    return _plain(text) == WAKE_WORD


def _plain(text: str) -> str:
    """Words as the phrase lists spell them: ``back(2)`` (another way to say
    back) as ``back``, single spaces."""
    return " ".join(re.sub(r"\(\d+\)", "", text).split())


GARBAGE_PREFIX = "garbage_"
"""Names the filler 'words' of :func:`grammar` (one per phone) so they never
clash with a real word."""

Transition = tuple[int, int, float, str] | tuple[int, int, float]
"""``(from_state, to_state, probability[, word])``; without a word it is free."""
START, FINAL = 0, 1


@dataclass(frozen=True)
class Grammar:
    """A finite-state grammar as pocketsphinx's ``Decoder.create_fsg`` takes it."""

    start: int
    final: int
    transitions: tuple[Transition, ...]


def grammar(
    phones: Sequence[str],
    listening: Listening,
    garbage_entry: float,
    phone_penalty: float,
    sayings: Mapping[str, Sequence[str]] | None = None,
) -> Grammar:
    """What the recogniser listens for in the state ``listening``: one whole
    command, or else any run of phones.

    ``sayings`` names, for a word, the dictionary entries that are ways of
    saying it (``("resume", "resume(2)")``), each a step of its own between
    the same two states; a word not in it is said only as itself.

    The run of phones ("garbage") matches any speech at all, so ordinary talk
    comes out as garbage instead of being forced onto the nearest command.
    Entering it costs ``garbage_entry`` and each phone ``phone_penalty``
    (both against 1 for a command's words): together they are the rejection
    threshold. Each phone must be in the dictionary as a word named
    ``GARBAGE_PREFIX + phone.lower()``.

    What may not be acted on at that moment is there too, to be heard and
    ignored rather than taken for the nearest thing that acts: the answers
    outside a check-in (after "good" passed for "coach", "too hard" was taken
    for "pause"), and the giver's phrases alone outside a check-in (a bare
    "pause." in talk passed for the wake word alone and the phrase said next
    acted: 3 times in 10 minutes of talk), and during a check-in too (a bare
    "pause." came out as "coach pause", "coach go" or "stop" as the closing
    pause ran longer or shorter; the tuning talk passed for an answer 3 times
    in 10 minutes instead of 15). Except, during a check-in, those
    :data:`LIKE_AN_ANSWER`: with a bare "go" in the check-in grammar, "good"
    was taken for it, and the answers heard right on the check voices fell
    from 94.9 to 89.7% at 20 dB. A check-in shows for seconds; its answers
    are what it is for."""
    transitions: list[Transition] = []
    states = iter(range(FINAL + 1, 1_000_000))

    def step(at: int, to: int, word: str) -> None:
        for said in sayings.get(word, (word,)) if sayings else (word,):
            transitions.append((at, to, 1.0, said))

    def chain(begin: int, phrase: str) -> None:
        *inner, last = phrase.split()
        at = begin
        for word in inner:
            nxt = next(states)
            step(at, nxt, word)
            at = nxt
        step(at, FINAL, last)

    woken = next(states)
    checkin = listening in (Listening.CHECKIN, Listening.ANSWERS)
    if listening is not Listening.ANSWERS:
        step(START, woken, WAKE_WORD)
    for spoken in GIVER:
        for phrase in PHRASES[spoken]:
            if listening is not Listening.ANSWERS:
                chain(woken, phrase)
            if not checkin or phrase not in LIKE_AN_ANSWER:
                chain(START, phrase)  # alone: heard to be ignored
    if listening is Listening.COMMANDS:
        transitions.append((woken, FINAL, 1.0))
    for spoken in RECEIVER:  # outside a check-in, heard to be ignored
        for phrase in PHRASES[spoken]:
            chain(START, phrase)
    if garbage_entry > 0:
        loop, after = next(states), next(states)
        transitions.append((START, loop, garbage_entry))
        transitions.extend(
            (loop, after, phone_penalty, GARBAGE_PREFIX + phone.lower()) for phone in phones
        )
        transitions.append((after, loop, 1.0))
        transitions.append((after, FINAL, 1.0))
    return Grammar(START, FINAL, tuple(transitions))
