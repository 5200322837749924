"""What can be said: one phrase list, the wake word in front of every giver's
command, and a grammar with exactly those paths (and the run of phones)."""

from __future__ import annotations

import itertools
from collections import defaultdict

import pytest

from backmassage_gui.voice import phrases
from backmassage_gui.voice.decoder import PHONES
from backmassage_gui.voice.phrases import (
    FINAL,
    START,
    Grammar,
    Listening,
    command_for,
    grammar,
    utterances,
)
from backmassage_gui.voice.vocabulary import GIVER, RECEIVER, WAKE_WORD, Spoken


def test_every_command_has_a_phrase_and_one_group() -> None:
    assert set(phrases.PHRASES) == set(Spoken)
    assert all(phrases.PHRASES[s] for s in Spoken)
    assert set(GIVER) | set(RECEIVER) == set(Spoken)
    assert not set(GIVER) & set(RECEIVER)


def test_the_phrases_are_the_issues() -> None:
    heard = {s: set(utterances(s)) for s in Spoken}
    assert heard[Spoken.NEXT] == {"coach next"}
    assert heard[Spoken.PREVIOUS] == {"coach back"}
    assert heard[Spoken.PAUSE] == {"coach pause"}
    assert heard[Spoken.RESUME] == {"coach go", "coach resume"}
    assert heard[Spoken.MORE_TIME] == {"coach more time"}
    assert heard[Spoken.FINE] == {"fine", "that's fine", "good"}
    assert heard[Spoken.LIGHTER] == {"lighter", "softer", "too hard"}
    assert heard[Spoken.STOP] == {"stop"}


def test_no_phrase_means_two_things() -> None:
    everything = [u for s in Spoken for u in utterances(s)]
    assert len(everything) == len(set(everything))
    bare = [p for s in GIVER for p in phrases.PHRASES[s]]
    assert not set(bare) & set(everything), "a giver's phrase alone is never a command"


@pytest.mark.parametrize(
    ("words", "spoken"),
    [
        ("coach next", Spoken.NEXT),
        ("coach  back", Spoken.PREVIOUS),
        ("coach back(2)", Spoken.PREVIOUS),
        ("coach more time", Spoken.MORE_TIME),
        ("good", Spoken.FINE),
        ("too hard(2)", Spoken.LIGHTER),
        ("next", None),
        ("pause", None),
        ("more time", None),
        ("coach", None),
        ("coach fine", None),
        ("fine coach next", None),
        ("", None),
        ("garbage_k garbage_ow", None),
    ],
)
def test_words_to_a_command(words: str, spoken: Spoken | None) -> None:
    assert command_for(words) is spoken


def test_words_lists_every_word_once() -> None:
    words = phrases.words()
    assert words[0] == WAKE_WORD
    assert len(words) == len(set(words))
    assert {"next", "back", "more", "time", "that's", "too", "hard"} <= set(words)


def _paths(g: Grammar, limit: int = 4) -> set[str]:
    """Every word sequence from start to final of at most ``limit`` words
    (the run of phones is cut at one phone)."""
    out: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for t in g.transitions:
        out[t[0]].append((t[1], t[3] if len(t) == 4 else ""))
    found: set[str] = set()

    def walk(state: int, words: tuple[str, ...], depth: int) -> None:
        if state == g.final:
            found.add(" ".join(words))
        if depth == 0:
            return
        for nxt, word in out[state]:
            walk(nxt, (*words, word) if word else words, depth - 1)

    walk(g.start, (), limit * 2)
    return found


GIVERS = {u for s in GIVER for u in utterances(s)}
ANSWERS = {u for s in RECEIVER for u in utterances(s)}
BARE = {p for s in GIVER for p in phrases.PHRASES[s]}
BARE_UNLIKE_AN_ANSWER = BARE - phrases.LIKE_AN_ANSWER


@pytest.mark.parametrize(
    ("listening", "words"),
    [
        (Listening.COMMANDS, GIVERS | {WAKE_WORD} | BARE | ANSWERS),
        (Listening.CHECKIN, GIVERS | ANSWERS | BARE_UNLIKE_AN_ANSWER),
        (Listening.WOKEN, GIVERS | BARE | ANSWERS),
        (Listening.ANSWERS, ANSWERS | BARE_UNLIKE_AN_ANSWER),
    ],
)
def test_each_grammar_holds_exactly_what_may_be_acted_on_then(
    listening: Listening, words: set[str]
) -> None:
    g = grammar(PHONES, listening, 1.0, 1e-20)
    assert (g.start, g.final) == (START, FINAL)
    paths = _paths(g)
    assert words <= paths
    others = paths - words
    assert others, "the run of phones is there"
    assert all(w.startswith(phrases.GARBAGE_PREFIX) for p in others for w in p.split())


def test_a_bare_givers_phrase_is_a_command_only_just_after_the_wake_word() -> None:
    for spoken in GIVER:
        for phrase in phrases.PHRASES[spoken]:
            assert command_for(phrase, Listening.WOKEN) is spoken
            assert command_for(phrase, Listening.COMMANDS) is None
            assert command_for(phrase, Listening.CHECKIN) is None
            assert command_for(f"{WAKE_WORD} {phrase}", Listening.WOKEN) is spoken
    assert command_for("fine", Listening.WOKEN) is Spoken.FINE  # refused later without a check-in
    assert phrases.is_wake_word_alone("coach") and phrases.is_wake_word_alone(" coach(2) ")
    assert not phrases.is_wake_word_alone("coach next")


def test_the_rejection_threshold_is_the_phone_penalty() -> None:
    g = grammar(PHONES, Listening.CHECKIN, 0.5, 1e-20)
    phone_steps = [t for t in g.transitions if len(t) == 4 and t[3].startswith("garbage_")]
    assert len(phone_steps) == len(PHONES)
    assert {t[2] for t in phone_steps} == {1e-20}
    assert (START, phone_steps[0][0], 0.5) in g.transitions
    words = [t for t in g.transitions if len(t) == 4 and not t[3].startswith("garbage_")]
    assert {t[2] for t in words} == {1.0}


def test_without_garbage_the_phrases_stand_alone() -> None:
    g = grammar(PHONES, Listening.CHECKIN, 0.0, 1.0)
    assert _paths(g) == GIVERS | ANSWERS | BARE_UNLIKE_AN_ANSWER
    assert "go" not in _paths(g), "a bare 'go' would take the answer 'good'"


def test_each_way_of_saying_a_word_is_a_step_of_its_own() -> None:
    sayings = {"resume": ("resume", "resume(2)"), WAKE_WORD: ("coach", "coach(2)")}
    g = grammar(PHONES, Listening.COMMANDS, 0.0, 1.0, sayings)
    paths = _paths(g)
    assert {"coach resume", "coach resume(2)", "coach(2) resume(2)", "resume(2)"} <= paths
    assert "coach(2) next" in paths, "a word not in the sayings is said as itself"
    assert "next(2)" not in " ".join(paths)
    assert command_for("coach(2) resume(2)") is Spoken.RESUME
    plain = _paths(grammar(PHONES, Listening.COMMANDS, 0.0, 1.0))
    every_way = {
        " ".join(combo)
        for path in plain
        for combo in itertools.product(*(sayings.get(w, (w,)) for w in path.split()))
    }
    assert paths == every_way
