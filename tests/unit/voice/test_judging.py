"""The rules that refuse a decoder's best fit, on made-up decodes: no audio
and no decoder needed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from backmassage_gui.voice.decoder import Decoded, Segment
from backmassage_gui.voice.judging import Refusal, why_not
from backmassage_gui.voice.phrases import command_for
from backmassage_gui.voice.tuning import DEFAULT_TUNING
from backmassage_gui.voice.vocabulary import Spoken

T = DEFAULT_TUNING  # max_phone_s 0.3, min_phone_s 0.05, 0.2 s voiced silence, 0.05 s lead


def decoded(*words: tuple[str, int, int, int], spoken: Spoken | None = None) -> Decoded:
    """Frames 0-9 silence, then each (word, first frame, last frame, sounds)."""
    segments = (Segment("<sil>", 0, 9, 1), *(Segment(*w) for w in words))
    text = " ".join(w[0] for w in words if not w[0].startswith("<"))
    return Decoded(text, spoken if spoken is not None else command_for(text), segments)


def judge(
    d: Decoded,
    *,
    checkin: bool = False,
    lead_frames: int = 10,
    voiced: list[bool] | None = None,
) -> Refusal | None:
    """``why_not`` for an utterance whose every frame after the first 10 is voice."""
    last = max(seg.end for seg in d.segments)
    if voiced is None:
        voiced = [False] * 10 + [True] * (last - 9)
    return why_not(d, checkin=checkin, lead_frames=lead_frames, voiced=voiced, tuning=T)


COACH_NEXT = decoded(("coach", 10, 40, 3), ("next", 41, 80, 5))


def test_a_command_that_fits_is_acted_on() -> None:
    assert COACH_NEXT.spoken is Spoken.NEXT
    assert judge(COACH_NEXT) is None


def test_the_wake_word_alone_is_kept_for_what_follows() -> None:
    assert judge(decoded(("coach", 10, 40, 3))) is None


def test_words_that_are_no_command_are_refused() -> None:
    garbage = decoded(("garbage_n", 10, 20, 1), ("garbage_eh", 21, 30, 1))
    assert judge(garbage) == Refusal("not a command")


def test_an_answer_counts_only_while_a_check_in_shows() -> None:
    fine = decoded(("fine", 10, 40, 3))
    assert judge(fine) == Refusal("no check-in showing")
    assert judge(fine, checkin=True) is None


def test_an_utterance_with_no_quiet_before_it_is_refused() -> None:
    refusal = judge(COACH_NEXT, lead_frames=4)
    assert refusal is not None and "no quiet between" in refusal.why
    assert judge(COACH_NEXT, lead_frames=5) is None


@pytest.mark.parametrize(("frames", "refused"), [(150, False), (151, True)])
def test_a_word_stretched_over_other_speech_is_refused(frames: int, refused: bool) -> None:
    """0.3 s a sound at most: 'next' (5 sounds) in 1.5 s is the limit."""
    long_next = decoded(("coach", 10, 40, 3), ("next", 41, 40 + frames, 5))
    voiced = [False] * 10 + [True] * (31 + frames)
    refusal = judge(long_next, voiced=voiced)
    assert (refusal is not None) is refused
    if refusal:
        assert refusal.why == "next stretched over 1.51 s" and not refusal.squeezed_command


def test_a_squeezed_givers_command_is_worth_a_second_try_as_an_answer() -> None:
    """A quick "good" as "coach go", with "go" in 0.06 s (2 sounds need 0.1)."""
    squeezed = decoded(("coach", 10, 30, 3), ("go", 31, 36, 2))
    refusal = judge(squeezed, checkin=True)
    assert refusal is not None and refusal.squeezed_command
    assert refusal.why == "go squeezed into 0.06 s"
    short_fine = decoded(("fine", 10, 13, 3))
    refusal = judge(short_fine, checkin=True)
    assert refusal is not None and not refusal.squeezed_command, "an answer has no second try"


def test_voice_put_down_as_silence_means_the_command_was_only_part_of_it() -> None:
    """A command-like word in a sentence: the rest of the sentence is 'silence'."""
    in_a_sentence = replace(
        COACH_NEXT, segments=(*COACH_NEXT.segments, Segment("<sil>", 81, 110, 1))
    )
    voiced = [False] * 10 + [True] * 71 + [True] * 21 + [False] * 9
    refusal = judge(in_a_sentence, voiced=voiced)
    assert refusal is not None and refusal.why == "0.21 s of voice taken for silence"
    voiced = [False] * 10 + [True] * 71 + [True] * 20 + [False] * 10
    assert judge(in_a_sentence, voiced=voiced) is None
