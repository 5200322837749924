"""The words that ask for each command, and the grammar the recogniser listens with.

One place for what can be said: the recogniser's grammar, ``--hear`` and the
tests all read these lists, and every :class:`Spoken` has at least one phrase.
The giver's phrases are heard only after the wake word; the receiver's
check-in answers stand alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
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


def command_for(text: str) -> Spoken | None:
    """The command a recognised word sequence is, or None for anything else
    (the wake word alone, a giver's phrase without it, or no words)."""
    said = " ".join(re.sub(r"\(\d+\)", "", text).split())  # back(2): another way to say back
    for spoken in (*GIVER, *RECEIVER):
        if said in utterances(spoken):
            return spoken
    return None


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
    phones: Sequence[str], garbage_entry: float, phone_penalty: float, *, distractors: bool = True
) -> Grammar:
    """What the recogniser listens for: one whole command, or else any run of phones.

    A command is a giver's phrase after the wake word ("coach next") or a
    check-in answer. With ``distractors``, the giver's phrases alone and the
    wake word alone are there too, to be recognised and ignored: a bare
    "next" during a check-in is then heard as itself, not as the nearest
    answer ("good"). The run of phones ("garbage") matches any speech at all,
    so ordinary talk comes out as garbage instead of being forced onto the
    nearest command. Entering it costs ``garbage_entry`` and each phone
    ``phone_penalty`` (both against 1 for a command's words): together they
    are the rejection threshold. Each phone must be in the dictionary as a
    word named ``GARBAGE_PREFIX + phone.lower()``."""
    transitions: list[Transition] = []
    states = iter(range(FINAL + 1, 1_000_000))

    def chain(begin: int, phrase: str) -> None:
        *inner, last = phrase.split()
        at = begin
        for word in inner:
            nxt = next(states)
            transitions.append((at, nxt, 1.0, word))
            at = nxt
        transitions.append((at, FINAL, 1.0, last))

    woken = next(states)
    transitions.append((START, woken, 1.0, WAKE_WORD))
    for spoken in GIVER:
        for phrase in PHRASES[spoken]:
            chain(woken, phrase)
    for spoken in RECEIVER:
        for phrase in PHRASES[spoken]:
            chain(START, phrase)
    if distractors:
        transitions.append((woken, FINAL, 1.0))
        for spoken in GIVER:
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
