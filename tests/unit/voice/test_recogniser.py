"""The pocketsphinx recogniser on spoken clips: every command, the wake word,
the check-in window, reset, and ordinary talk with the command words in it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import replace

import pytest
import voice_clips as vc

from backmassage_gui.voice.phrases import utterances
from backmassage_gui.voice.sphinx import SphinxRecogniser, Tuning
from backmassage_gui.voice.vocabulary import GIVER, RECEIVER, Heard, Recogniser, Spoken

Speak = Callable[..., vc.Clip]
CHUNK = 3200  # 100 ms


def said(utterance: str) -> str:
    return utterance.replace("coach ", "coach, ", 1)


def listen(
    clips: Sequence[vc.Clip],
    *,
    checkin: bool = False,
    snr: float | None = 30,
    recogniser: SphinxRecogniser | None = None,
    chunk: int = CHUNK,
    wake_word_alone: bool = False,
) -> tuple[list[Heard], vc.Stream]:
    """What the clips make the recogniser hear: the commands, and with
    ``wake_word_alone`` the wake word said alone too (``spoken`` None)."""
    stream = vc.stream(clips, snr, seed=3, lead_s=3.0 if snr is not None else 0.0)
    r = recogniser or SphinxRecogniser()
    r.set_checkin(checkin)
    heard: list[Heard] = []
    for start in range(0, len(stream.pcm), chunk):
        heard += r.feed(stream.pcm[start : start + chunk])
    heard += r.finish()
    return [h for h in heard if wake_word_alone or h.spoken is not None], stream


def test_it_is_a_recogniser() -> None:
    r: Recogniser = SphinxRecogniser()
    assert r.sample_rate == 16_000


@pytest.mark.parametrize(
    ("spoken", "text"), [(s, u) for s in (*GIVER, *RECEIVER) for u in utterances(s)]
)
def test_every_command_is_heard_where_it_ends(spoken: Spoken, text: str, speak: Speak) -> None:
    clip = speak(said(text))
    heard, stream = listen([clip], checkin=True)
    assert [(h.spoken, h.words) for h in heard] == [(spoken, text)]
    assert abs(heard[0].end_s - stream.speech_end_s(0)) < 0.15


@pytest.mark.parametrize("voice", ["en-gb-x-rp", "en+f3"])
def test_other_voices_and_speeds(voice: str, speak: Speak) -> None:
    clips = [speak("coach, next", voice, 140), speak("coach, pause", voice, 210)]
    heard, _ = listen(clips)
    assert [h.spoken for h in heard] == [Spoken.NEXT, Spoken.PAUSE]


@pytest.mark.parametrize("phrase", ["next.", "back.", "pause.", "go.", "resume.", "more time."])
def test_the_givers_commands_need_the_wake_word(phrase: str, speak: Speak) -> None:
    clips = [speak(phrase), speak(phrase, "en-gb-x-rp", 140)]
    assert listen(clips, checkin=False)[0] == []
    # During a check-in a bare "next" may be taken for the nearest answer
    # (the benchmark counts how often talk is), never for a giver's command.
    heard, _ = listen(clips, checkin=True)
    assert not [h for h in heard if h.spoken in GIVER]


def pause_between(first: vc.Clip, second: vc.Clip, gap_s: float) -> vc.Clip:
    pcm = first.pcm + vc.silence(gap_s) + second.pcm
    return vc.Clip(
        f"{first.text} {second.text}", first.voice, first.speed, pcm, *vc.speech_bounds(pcm)
    )


@pytest.mark.parametrize("gap_s", [0.4, 1.0])
def test_a_pause_after_the_wake_word(gap_s: float, speak: Speak) -> None:
    """ "Coach ... next": the wake word said alone opens a moment in which a
    giver's phrase alone is its command; then it closes again."""
    coach, nxt, pause = speak("coach."), speak("next."), speak("pause.")
    heard, stream = listen(
        [pause_between(coach, nxt, gap_s), pause_between(coach, pause, gap_s)], wake_word_alone=True
    )
    assert [(h.spoken, h.words) for h in heard] == [
        (None, "coach"),  # the window shows it has heard
        (Spoken.NEXT, "next"),
        (None, "coach"),
        (Spoken.PAUSE, "pause"),
    ]
    assert abs(heard[1].end_s - stream.speech_end_s(0)) < 0.15
    heard, _ = listen([coach, vc.Clip("", "", 0, vc.silence(3.0), 0.0, 0.0), nxt])
    assert heard == [], "the moment after the wake word has passed"


def test_during_a_check_in_the_wake_word_alone_opens_nothing(speak: Speak) -> None:
    coach, nxt = speak("coach."), speak("next.")
    heard, _ = listen([pause_between(coach, nxt, 0.4)], checkin=True)
    assert not [h for h in heard if h.spoken in GIVER]


def test_answers_count_only_while_a_check_in_shows(speak: Speak) -> None:
    answers = [speak(t) for t in ("fine", "lighter", "stop", "good", "too hard", "softer")]
    assert listen(answers, checkin=False)[0] == []
    heard, _ = listen(answers, checkin=True)
    assert [h.spoken for h in heard] == [
        Spoken.FINE,
        Spoken.LIGHTER,
        Spoken.STOP,
        Spoken.FINE,
        Spoken.LIGHTER,
        Spoken.LIGHTER,
    ]


def test_the_check_in_window_opens_and_closes_between_utterances(speak: Speak) -> None:
    r = SphinxRecogniser()
    fine, stop, nxt = speak("fine"), speak("stop"), speak("coach, next")
    heard: list[Spoken | None] = []
    for checkin, clip in [(False, fine), (True, fine), (True, nxt), (False, stop), (False, nxt)]:
        r.set_checkin(checkin)
        assert r.checkin is checkin
        heard += [h.spoken for h in r.feed(vc.stream([clip], 30, seed=4).pcm)]
    heard += [h.spoken for h in r.finish()]
    assert heard == [Spoken.FINE, Spoken.NEXT, Spoken.NEXT]


def test_reset_forgets_half_an_utterance_and_keeps_the_clock(speak: Speak) -> None:
    stream = vc.stream([speak("coach, more time"), speak("coach, pause")], 30, seed=5)
    cut = round((stream.starts_s[0] + stream.clips[0].speech_end_s - 0.3) * 16_000) * 2
    r = SphinxRecogniser()
    assert r.feed(stream.pcm[:cut]) == []
    r.reset()
    heard = r.feed(stream.pcm[cut:]) + r.finish()
    assert [h.spoken for h in heard] == [Spoken.PAUSE]
    assert abs(heard[0].end_s - stream.speech_end_s(1)) < 0.15, "time counts from the first feed"


def test_reset_with_nothing_heard_is_harmless(speak: Speak) -> None:
    r = SphinxRecogniser()
    r.reset()
    r.feed(b"\x01")  # half a sample
    r.reset()
    heard = r.feed(vc.stream([speak("coach, next")], 30).pcm) + r.finish()
    assert [h.spoken for h in heard] == [Spoken.NEXT]


TALK = (
    "Press pause on the film while I make some tea.",
    "The next train leaves in about twenty minutes.",
    "I will be right back, I just need the bathroom.",
    "Go ahead and start without me.",
    "Time goes so fast when you are enjoying yourself.",
    "We need more milk and some bread for tomorrow.",
    "My back has been stiff since I moved the couch.",
    "The bus stop is just around the corner.",
)


def test_ordinary_talk_with_the_command_words_moves_nothing(speak: Speak) -> None:
    clips = [
        speak(t, v, s) for t, (v, s) in zip(TALK, [("en-us", 175), ("en", 140)] * 4, strict=True)
    ]
    heard, _ = listen(clips, checkin=False)
    assert heard == []


def test_a_command_said_inside_a_sentence_is_not_one(speak: Speak) -> None:
    clips = [speak("Tell the coach next week that it is too hard."), speak("I said stop it, fine.")]
    heard, _ = listen(clips, checkin=True)
    assert heard == []


def test_commands_are_heard_in_noise_once_the_room_is_known(speak: Speak) -> None:
    clips = [speak("coach, back"), speak("coach, resume"), speak("lighter")]
    heard, _ = listen(clips, checkin=True, snr=15)
    assert [h.spoken for h in heard] == [Spoken.PREVIOUS, Spoken.RESUME, Spoken.LIGHTER]


def test_digital_silence_around_a_command(speak: Speak) -> None:
    """A synthetic file has exact zeros between words: without a noise floor
    of its own the recogniser let the model's silence swallow words there."""
    heard, _ = listen([speak("coach, next"), speak("coach, go")], snr=None)
    assert [h.spoken for h in heard] == [Spoken.NEXT, Spoken.RESUME]


@pytest.mark.parametrize("chunk", [320, 1600, 32000, 10**9])
def test_the_chunk_size_changes_nothing(chunk: int, speak: Speak) -> None:
    clips = [speak("coach, next"), speak("Go ahead and start without me."), speak("stop")]
    reference, _ = listen(clips, checkin=True)
    assert [h.spoken for h in reference] == [Spoken.NEXT, Spoken.STOP]
    assert listen(clips, checkin=True, chunk=chunk)[0] == reference


def test_two_recognisers_on_two_threads_do_not_disturb_each_other(speak: Speak) -> None:
    clips = [speak("coach, next"), speak("fine"), speak("coach, more time")]
    reference, _ = listen(clips, checkin=True)
    results: list[list[Heard]] = [[], []]

    def work(slot: int) -> None:
        results[slot] = listen(clips, checkin=True)[0]

    threads = [threading.Thread(target=work, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert results == [reference, reference]
    assert [h.spoken for h in reference] == [Spoken.NEXT, Spoken.FINE, Spoken.MORE_TIME]


def test_the_rejection_threshold_is_the_tuning(speak: Speak) -> None:
    """A run of phones that costs nothing takes every utterance: none is a command."""
    clips = [speak("coach, next"), speak("stop")]
    lenient = SphinxRecogniser(Tuning(phone_penalty=1.0))
    assert listen(clips, checkin=True, recogniser=lenient)[0] == []
    assert "garbage" in lenient.last_hypothesis or "not a command" in lenient.last_hypothesis


class DecodeLog:
    """Stands in for the decoder of ``r``, noting when (seconds of audio fed)
    each utterance is decoded."""

    def __init__(self, r: SphinxRecogniser) -> None:
        self.at: list[float] = []
        self.audio: list[bytes] = []
        """What each decode was given."""
        self._r = r
        self._real = r._decoder

    def start_utt(self) -> None:
        self.at.append(self._r.seconds_fed)
        self._real.start_utt()

    def process_raw(self, audio: bytes, *args: object, **kwargs: object) -> None:
        self.audio.append(audio)
        self._real.process_raw(audio, *args, **kwargs)

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


def test_a_command_is_decoded_during_its_closing_pause(speak: Speak) -> None:
    """The decoding is done while the pause that ends the command is waited
    out, so the command acts as soon as that pause is long enough."""
    r = SphinxRecogniser()
    log = DecodeLog(r)
    r._decoder = log
    heard, _ = listen([speak("coach, next")], recogniser=r)
    assert [h.spoken for h in heard] == [Spoken.NEXT]
    hangover = r.tuning.endpoint.hangover_s
    assert len(log.at) == 1, "decoded once"
    assert heard[0].end_s < log.at[0] < heard[0].end_s + hangover - 0.05


def spliced(first: vc.Clip, second: vc.Clip, gap_s: float) -> vc.Clip:
    """``first``'s speech, exactly ``gap_s`` of silence, then ``second``'s."""
    rate = 16_000
    pcm = (
        first.pcm[: round(first.speech_end_s * rate) * 2]
        + vc.silence(gap_s)
        + second.pcm[round(second.speech_start_s * rate) * 2 :]
    )
    return vc.Clip(
        f"{first.text} {second.text}", first.voice, first.speed, pcm, *vc.speech_bounds(pcm)
    )


def test_voice_after_the_early_decoding_is_decoded_with_it(speak: Speak) -> None:
    """A pause long enough to decode early, but too short to end the
    utterance: what follows it is part of the same command."""
    r = SphinxRecogniser()
    log = DecodeLog(r)
    r._decoder = log
    heard, _ = listen([spliced(speak("coach."), speak("next."), 0.2)], recogniser=r)
    assert [(h.spoken, h.words) for h in heard] == [(Spoken.NEXT, "coach next")]
    assert len(log.at) == 2, "decoded early once, then again whole"


def test_a_command_cut_in_two_by_a_long_pause_is_heard_whole(speak: Speak) -> None:
    """ "Coach, more ... time", cut in two by the pause: neither half is a
    command, so the two are heard again together."""
    first, second = speak("coach, more"), speak("time.")
    heard, _ = listen([spliced(first, second, 0.45)])
    assert [(h.spoken, h.words) for h in heard] == [(Spoken.MORE_TIME, "coach more time")]
    not_joined = SphinxRecogniser(Tuning(join_gap_s=0.0))
    assert listen([spliced(first, second, 0.45)], recogniser=not_joined)[0] == []
    assert listen([spliced(first, second, 1.2)])[0] == [], "too far apart to be one"


def test_the_givers_phrases_alone_are_ignored_during_a_check_in(speak: Speak) -> None:
    """Heard as what they are, not as the nearest answer or command."""
    clips = [speak(p) for p in ("pause.", "next.", "back.", "more time.")]
    assert listen(clips, checkin=True)[0] == []


@pytest.mark.parametrize("voice", ["en+f5", "en-gb-x-gbclan"])
def test_a_short_answer_squeezed_into_a_command_is_tried_again_as_an_answer(
    voice: str, speak: Speak
) -> None:
    """In these voices "good" fits "coach go" best, with "go" squeezed into a
    few hundredths of a second: it is decoded again without the wake word."""
    r = SphinxRecogniser()
    log = DecodeLog(r)
    r._decoder = log
    heard, _ = listen([speak("good", voice, 175)], checkin=True, recogniser=r)
    assert [(h.spoken, h.words) for h in heard] == [(Spoken.FINE, "good")]
    assert len(log.at) == 2, "the second try"


def test_what_was_said_before_a_reset_is_never_joined_to_what_follows(speak: Speak) -> None:
    """The window resets the recogniser when listening pauses (the app
    speaks): the half of a command before it and the half after are apart."""
    first, second = speak("coach, more"), speak("time.")
    clip = spliced(first, second, 0.45)
    stream = vc.stream([clip], 30, seed=3, lead_s=3.0)
    cut = round((stream.starts_s[0] + first.speech_end_s + 0.4) * 16_000) * 2
    r = SphinxRecogniser()
    heard = r.feed(stream.pcm[:cut])
    assert heard == [] and "not a command" in r.last_hypothesis, "the first half was decided"
    r.reset()
    assert r.feed(stream.pcm[cut:]) + r.finish() == []


def test_two_halves_are_joined_as_they_were_said(speak: Speak) -> None:
    """The joined sound is the stretch that was heard, not a frame more or less."""
    r = SphinxRecogniser()
    log = DecodeLog(r)
    r._decoder = log
    fed: list[bytes] = []
    with_floor = r._with_floor

    def noted(data: bytes) -> bytes:
        fed.append(with_floor(data))
        return fed[-1]

    r._with_floor = noted  # type: ignore[method-assign]
    clip = spliced(speak("coach, more"), speak("time."), 0.6)
    heard, _ = listen([clip], recogniser=r)
    assert [h.spoken for h in heard] == [Spoken.MORE_TIME]
    joined = max(log.audio, key=len)
    assert b"".join(fed).find(joined) >= 0


def test_joined_halves_are_no_longer_than_a_command(speak: Speak) -> None:
    """Two stretches of talk with a short pause between are not decoded as one."""
    r = SphinxRecogniser()
    log = DecodeLog(r)
    r._decoder = log
    talk = spliced(
        speak("I think the weather will be a lot better later this afternoon."),
        speak("We could walk down to the river and back before it gets dark."),
        0.45,
    )
    assert listen([talk], recogniser=r)[0] == []
    assert log.audio, "the talk was heard"
    assert max(len(a) for a in log.audio) / 2 / 16_000 <= r.tuning.max_utterance_s


def test_a_wake_word_before_a_reset_opens_no_moment_after_it(speak: Speak) -> None:
    coach, nxt = speak("coach."), speak("next.")
    stream = vc.stream([spliced(coach, nxt, 0.6)], 30, seed=3, lead_s=3.0)
    cut = round((stream.starts_s[0] + coach.speech_end_s + 0.45) * 16_000) * 2
    r = SphinxRecogniser()
    assert [h.words for h in r.feed(stream.pcm[:cut])] == ["coach"]
    r.reset()
    assert r.feed(stream.pcm[cut:]) + r.finish() == []


def test_an_utterance_that_began_with_no_quiet_before_it_is_no_command(speak: Speak) -> None:
    """A command needs a little quiet before it (``min_lead_s`` of pre-roll):
    asked for more than the pre-roll ever holds, nothing is one."""
    clip = speak("coach, next")
    assert [h.spoken for h in listen([clip])[0]] == [Spoken.NEXT]
    strict = SphinxRecogniser(Tuning(min_lead_s=0.25))
    assert listen([clip], recogniser=strict)[0] == []
    assert "no quiet between" in strict.last_hypothesis


def test_a_command_at_the_very_start_of_the_sound_is_heard(speak: Speak) -> None:
    """A recording that opens with the word has no pre-roll, but nothing was
    said before it either: the rule on quiet before a command is about talk
    running on, so it is heard (a bare "lighter" file gave nothing)."""
    for text, spoken in (("lighter", Spoken.LIGHTER), ("that's fine", Spoken.FINE)):
        clip = speak(text)
        pcm = clip.pcm[round(clip.speech_start_s * 16_000) * 2 :]
        r = SphinxRecogniser()
        r.set_checkin(True)
        heard = r.feed(pcm) + r.finish()
        assert [h.spoken for h in heard] == [spoken], r.last_hypothesis
        r.reset()  # after a reset, the endpointer's wait for quiet stands for it
        heard = r.feed(b"\0" * 3200 + pcm) + r.finish()
        assert [h.spoken for h in heard] == [spoken], r.last_hypothesis
        heard = r.feed(pcm) + r.finish()
        assert [h.spoken for h in heard] == [spoken], "quiet before the second"


def test_after_a_reset_only_the_quiet_the_endpointer_waited_for_counts(speak: Speak) -> None:
    """Listening that resumes in the middle of talk: the rest of a command
    that follows at once is no command. The endpointer's wait for quiet after
    a reset is what makes the first utterance's lead; with no wait, that lead
    is only its own pre-roll, and the rest is refused."""
    clip = speak("coach, next")
    pcm = clip.pcm[round(clip.speech_start_s * 16_000) * 2 :]
    cut = 3 * 320  # 30 ms into the wake word, as the app stops speaking
    no_wait = Tuning(endpoint=replace(Tuning().endpoint, settle_s=0.0))
    r = SphinxRecogniser(no_wait)
    r.feed(b"\0" * 16_000 + pcm[:cut])
    r.reset()
    assert r.feed(pcm[cut:]) + r.finish() == []
    assert "no quiet between" in r.last_hypothesis
    r = SphinxRecogniser()  # waiting for quiet: the rest is never an utterance
    r.feed(b"\0" * 16_000 + pcm[:cut])
    r.reset()
    assert r.feed(pcm[cut:]) + r.finish() == []
    assert [h.spoken for h in r.feed(b"\0" * 3200 + pcm) + r.finish()] == [Spoken.NEXT]
