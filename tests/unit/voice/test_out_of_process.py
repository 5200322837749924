"""The recogniser in a child process: it hears what the in-process one hears,
in the same order of calls; every way it can fail is said; it never outlives
the app and never loads Qt."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import recogniser_makers as makers  # type: ignore[import-not-found]  # not on mypy's path
import voice_clips as vc

from backmassage_gui.voice.out_of_process import OutOfProcessRecogniser, RecogniserUnavailable
from backmassage_gui.voice.sphinx import SphinxRecogniser
from backmassage_gui.voice.vocabulary import Heard, Recogniser, Spoken

Speak = Callable[..., vc.Clip]
ROOT = Path(__file__).resolve().parents[3]
CHUNK = 2048  # 64 ms, as the microphone delivers it
ENDS = vc.silence(1.0)
"""The pause after a command that tells the recogniser it has ended."""
WAIT_S = 10.0
"""Upper bound for a process to end once it has been told to (or killed)."""


@pytest.fixture
def recogniser() -> Iterator[OutOfProcessRecogniser]:
    pytest.importorskip("pocketsphinx", reason="speech recognition needs pocketsphinx")
    r = OutOfProcessRecogniser()
    yield r
    r.close()
    assert not r.process.is_alive()


def feed(r: Recogniser, pcm: bytes) -> list[Heard]:
    heard: list[Heard] = []
    for start in range(0, len(pcm), CHUNK):
        heard += r.feed(pcm[start : start + CHUNK])
    return heard


def test_it_hears_exactly_what_the_recogniser_hears_in_process(
    recogniser: OutOfProcessRecogniser, speak: Speak
) -> None:
    r: Recogniser = recogniser
    assert r.sample_rate == SphinxRecogniser.sample_rate
    clips = [speak("coach, next"), speak("Go ahead and start without me."), speak("lighter")]
    pcm = vc.stream(clips, 30, seed=3, lead_s=3.0).pcm + ENDS
    here = SphinxRecogniser()
    for answers in (True, False):
        here.set_checkin(answers)
        recogniser.set_checkin(answers)
        expected = feed(here, pcm)
        assert feed(recogniser, pcm) == expected
    assert [h.spoken for h in expected] == [Spoken.NEXT]  # no check-in: no "lighter"


def longest_stall_ms(r: Recogniser, pcm: bytes) -> float:
    """The longest this thread went without running while another thread fed
    ``pcm`` to ``r``: as long as Python's lock was held for it."""
    import threading
    import time

    fed = threading.Event()

    def hear() -> None:
        feed(r, pcm)
        fed.set()

    thread = threading.Thread(target=hear)
    longest, last = 0.0, time.perf_counter()
    thread.start()
    while not fed.is_set():
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    thread.join()
    return longest * 1000


def test_decoding_does_not_stop_this_processs_threads(
    recogniser: OutOfProcessRecogniser, speak: Speak
) -> None:
    """pocketsphinx holds Python's lock while it decodes an utterance (60-150
    ms): in this process the GUI thread stopped that long. In the child it
    holds the child's lock only. (The least of three tries: the machine may
    be busy with other work.)"""
    clips = [speak("coach, more time"), speak("coach, next")]
    pcm = vc.stream(clips, 30, seed=6, lead_s=1.0).pcm + ENDS
    here = SphinxRecogniser()
    held_here = min(longest_stall_ms(here, pcm) for _ in range(3))
    held_there = min(longest_stall_ms(recogniser, pcm) for _ in range(3))
    assert held_there < min(20.0, held_here / 2)


def test_check_in_and_reset_take_effect_in_order(
    recogniser: OutOfProcessRecogniser, speak: Speak
) -> None:
    """Each call is sent in order with the chunks, without waiting for an
    answer: the chunk after it is heard as it says."""
    lighter = speak("lighter")
    stream = vc.stream([lighter] * 3, 30, seed=4, gap_s=1.0, lead_s=3.0)
    cuts = [0, *(round(s * 16_000) * 2 for s in stream.starts_s[1:]), len(stream.pcm)]
    heard: list[Spoken | None] = []
    for answers, start, end in zip((True, False, True), cuts[:-1], cuts[1:], strict=True):
        recogniser.set_checkin(answers)
        heard += [h.spoken for h in feed(recogniser, stream.pcm[start:end])]
    assert heard == [Spoken.LIGHTER, Spoken.LIGHTER]  # the second: no check-in showing
    # Reset between two halves of "coach, pause": the first half is forgotten.
    stream = vc.stream([speak("coach, pause")], 30, seed=5)
    cut = round((stream.starts_s[0] + stream.clips[0].speech_end_s - 0.3) * 16_000) * 2
    whole = feed(recogniser, stream.pcm + ENDS)
    assert [h.spoken for h in whole] == [Spoken.PAUSE]
    assert feed(recogniser, stream.pcm[:cut]) == []
    recogniser.reset()
    assert feed(recogniser, stream.pcm[cut:] + ENDS) == []


def test_a_recogniser_that_cannot_be_made_raises_with_the_reason() -> None:
    with pytest.raises(RecogniserUnavailable, match="acoustic model missing"):
        OutOfProcessRecogniser(makers.without_a_model)


def test_a_recogniser_that_fails_makes_feed_raise_with_the_reason() -> None:
    r = OutOfProcessRecogniser(makers.failing)
    try:
        with pytest.raises(RecogniserUnavailable, match="decoder crashed"):
            r.feed(b"\0\0")
        with pytest.raises(RecogniserUnavailable):
            r.feed(b"\0\0")  # and goes on failing
    finally:
        r.close()


def test_a_killed_child_makes_feed_raise() -> None:
    r = OutOfProcessRecogniser(makers.failing)
    r.process.kill()
    r.process.join(WAIT_S)
    with pytest.raises(RecogniserUnavailable, match=r"^the recogniser stopped: its process"):
        r.feed(b"\0\0")
    with pytest.raises(RecogniserUnavailable):
        r.reset()  # and any call after
    r.close()


def test_a_child_that_stops_answering_is_killed_and_feed_raises() -> None:
    r = OutOfProcessRecogniser(makers.never_answering, answer_within_s=0.5)
    with pytest.raises(RecogniserUnavailable, match=r"did not answer within 0\.5 s"):
        r.feed(b"\0\0")
    r.process.join(WAIT_S)
    assert r.process.exitcode == -signal.SIGKILL
    r.close()


def test_close_ends_the_child_even_while_another_thread_waits_on_it() -> None:
    import threading

    sent = threading.Event()

    class Watched(OutOfProcessRecogniser):
        def _send(self, kind: str, value: object) -> None:
            super()._send(kind, value)
            sent.set()  # now waiting for the answer, holding the lock

    r = Watched(makers.never_answering)
    raised: list[BaseException] = []

    def hear() -> None:
        try:
            r.feed(b"\0\0")
        except RecogniserUnavailable as exc:
            raised.append(exc)

    thread = threading.Thread(target=hear)
    thread.start()
    assert sent.wait(WAIT_S)
    r.close()  # the lock is held by the waiting thread: the child is killed
    thread.join(WAIT_S)
    assert not r.process.is_alive() and not thread.is_alive()
    assert raised and "its process ended" in str(raised[0])
    r.close()  # again: nothing happens


def test_close_tells_the_child_to_end() -> None:
    r = OutOfProcessRecogniser(makers.failing)
    r.close()
    assert r.process.exitcode == 0
    with pytest.raises(RecogniserUnavailable, match="closed"):
        r.feed(b"\0\0")


def test_the_child_ends_when_the_apps_end_of_the_pipe_closes() -> None:
    r = OutOfProcessRecogniser(makers.failing)
    r._conn.close()  # as when the app's process is gone
    r.process.join(WAIT_S)
    assert r.process.exitcode == 0


def wait_for_exit(pid: int, timeout_s: float) -> bool:
    """Whether process ``pid`` (not a child of this one) ended within ``timeout_s``."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        readable, _, _ = select.select([fd], [], [], timeout_s)  # readable once it has ended
        return bool(readable)
    finally:
        os.close(fd)


@pytest.mark.skipif(not hasattr(os, "pidfd_open"), reason="needs Linux's pidfd_open")
def test_the_child_ends_when_the_app_is_killed() -> None:
    """SIGKILL leaves the app no chance to close anything: the child ends by
    itself, when its end of the pipe reaches the end."""
    app = (
        "import sys\n"
        "from backmassage_gui.voice.out_of_process import OutOfProcessRecogniser\n"
        "import recogniser_makers as makers\n"
        "r = OutOfProcessRecogniser(makers.failing)\n"
        "print(r.process.pid, flush=True)\n"
        "sys.stdin.read()\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(Path(__file__).parent)]))
    parent = subprocess.Popen(
        [sys.executable, "-c", app],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        assert not wait_for_exit(child, 0.0), "the child is running"
        parent.kill()
        parent.wait(WAIT_S)
        assert wait_for_exit(child, WAIT_S)
    finally:
        parent.kill()
        parent.wait(WAIT_S)


def qt_in_child(main: Path | None, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """The Qt modules the child of the app's real recogniser has loaded, and
    the main script it ran as the app's (``main``: pretend this process was
    started by that script, as the app is; spawn runs it again in the child)."""
    pytest.importorskip("pocketsphinx", reason="speech recognition needs pocketsphinx")
    assert "PySide6" in sys.modules or __import__("PySide6")  # this process has Qt
    if main is not None:
        app_main = sys.modules["__main__"]
        monkeypatch.setattr(app_main, "__spec__", None)
        monkeypatch.setattr(app_main, "__file__", str(main))
    r = OutOfProcessRecogniser(makers.qt_modules)
    try:
        loaded, ran = (h.words for h in r.feed(b"\0\0"))
    finally:
        r.close()
    return loaded, ran


def test_the_child_loads_no_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    assert qt_in_child(None, monkeypatch)[0] == ""


@pytest.mark.parametrize("script", ["main.py", "tools/bundle_entry.py"])
def test_the_apps_entry_scripts_start_nothing_and_load_no_qt_in_the_child(
    script: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """spawn runs the app's main script again in the child (as
    ``__mp_main__``): it must only define, never start the app or load Qt."""
    loaded, ran = qt_in_child(ROOT / script, monkeypatch)
    assert ran == str(ROOT / script)
    assert loaded == ""
