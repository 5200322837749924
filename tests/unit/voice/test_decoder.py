"""pocketsphinx set up for the commands: which ways of saying each word the
grammars hold, and what a decode returns."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import voice_clips as vc

from backmassage_gui.voice import decoder as decoder_module
from backmassage_gui.voice.decoder import (
    OTHER_SENSES,
    ModelMissing,
    decode,
    make_decoder,
    model_path,
)
from backmassage_gui.voice.endpoint import FRAME_S
from backmassage_gui.voice.phrases import Listening
from backmassage_gui.voice.tuning import DEFAULT_TUNING
from backmassage_gui.voice.vocabulary import Spoken

if TYPE_CHECKING:
    import pocketsphinx


@pytest.fixture(scope="module")
def decoder() -> pocketsphinx.Decoder:
    return make_decoder(DEFAULT_TUNING)


def test_the_grammars_hold_no_other_word_spelt_like_a_command(
    decoder: pocketsphinx.Decoder,
) -> None:
    """The dictionary's résumé and musical *fine* are left out; its other
    ways of saying the words, and the accents, are steps of their own."""
    assert {decoder.lookup_word(w) for w in OTHER_SENSES} == {"R EH Z AH M EY", "F IH N AH"}
    for listening in Listening:
        fsg = decoder.get_fsg(listening.value)
        assert all(fsg.word_id(word) == -1 for word in OTHER_SENSES)
    checkin = decoder.get_fsg(Listening.CHECKIN.value)
    assert decoder.lookup_word("back(2)") == "B AA K"
    for said in ("coach resume(2)", "coach back(2)", "too hard(2)", "good(2)", "fine"):
        assert checkin.accept(said), said
    assert not checkin.accept("fine(2)")


def test_a_decode_gives_the_command_and_where_each_word_is(
    decoder: pocketsphinx.Decoder, speak: Callable[..., vc.Clip]
) -> None:
    clip = speak("coach, more time")
    lead_s = 0.3
    stream = vc.stream([clip], 30, seed=3, lead_s=lead_s)
    decoder.activate_search(Listening.COMMANDS.value)
    decoded = decode(decoder, stream.pcm, Listening.COMMANDS)
    assert decoded.spoken is Spoken.MORE_TIME
    words = [seg for seg in decoded.segments if not seg.is_filler]
    assert [seg.word for seg in words] == ["coach", "more", "time"]
    assert [seg.sounds for seg in words] == [3, 3, 3]
    assert all(a.end < b.start for a, b in itertools.pairwise(words))
    began_s, ended_s = words[0].start * FRAME_S, (words[-1].end + 1) * FRAME_S
    assert began_s == pytest.approx(stream.span_s(0)[0], abs=0.1)
    assert ended_s == pytest.approx(stream.speech_end_s(0), abs=0.1)


def test_a_model_folder_with_nothing_in_it_is_a_missing_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files gone from the model folder: one plain error, not pocketsphinx's own."""
    (tmp_path / "en-us").mkdir()
    (tmp_path / "words.dict").write_text("coach K OW CH\n")
    parts = {"en-us/en-us": tmp_path / "en-us", "en-us/cmudict-en-us.dict": tmp_path / "words.dict"}
    monkeypatch.setattr(decoder_module, "model_path", lambda part: str(parts[part]))
    with pytest.raises(ModelMissing, match="could not load its model"):
        make_decoder(DEFAULT_TUNING)


def test_no_model_folder_at_all_is_a_missing_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a bundle built without the model met: pocketsphinx finds no folder."""
    import pocketsphinx

    def no_folder(part: str) -> str:
        raise AttributeError("'NoneType' object has no attribute 'submodule_search_locations'")

    monkeypatch.setattr(pocketsphinx, "get_model_path", no_folder)
    with pytest.raises(ModelMissing, match=r"^pocketsphinx's model folder is missing$"):
        model_path("en-us/en-us")
