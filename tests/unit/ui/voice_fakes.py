"""A recogniser and a microphone for tests: what the microphone "hears" is
the words themselves, so a test says ``mic.say("coach next")``."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject

from backmassage_gui.ui.microphone import Deliver, Failed, Opened
from backmassage_gui.ui.voice_control import VoiceParts
from backmassage_gui.voice.listening_rules import MicProblem
from backmassage_gui.voice.vocabulary import RECEIVER, WAKE_WORD, Heard, Spoken

WORDS: dict[str, Spoken] = {
    "coach next": Spoken.NEXT,
    "coach back": Spoken.PREVIOUS,
    "coach pause": Spoken.PAUSE,
    "coach go": Spoken.RESUME,
    "coach resume": Spoken.RESUME,
    "coach more time": Spoken.MORE_TIME,
    "fine": Spoken.FINE,
    "that's fine": Spoken.FINE,
    "lighter": Spoken.LIGHTER,
    "stop": Spoken.STOP,
}


class FakeRecogniser:
    """Implements the ``Recogniser`` protocol over "sound" that is UTF-8 text.

    Like the real one it takes check-in answers only after
    ``set_checkin(True)``, unless ``always_answers`` (so the window's own
    rule can be tested on its own)."""

    sample_rate = 16000

    def __init__(self, *, always_answers: bool = False) -> None:
        self.always_answers = always_answers
        self.checkin = False
        self.fed: list[bytes] = []
        self.resets = 0
        self.closed = 0
        self.threads: set[int] = set()
        self._samples = 0

    def feed(self, pcm: bytes) -> list[Heard]:
        self.threads.add(threading.get_ident())
        self.fed.append(pcm)
        self._samples += len(pcm) // 2
        words = pcm.decode("utf-8", errors="replace").strip()
        if words == WAKE_WORD:  # said alone: heard, and a command may follow
            return [Heard(None, self._samples / self.sample_rate, words)]
        spoken = WORDS.get(words)
        if spoken is None or (spoken in RECEIVER and not (self.checkin or self.always_answers)):
            return []
        return [Heard(spoken, self._samples / self.sample_rate, words)]

    def set_checkin(self, answers_wanted: bool) -> None:
        self.checkin = answers_wanted

    def reset(self) -> None:
        self.resets += 1

    def close(self) -> None:
        """Beyond the protocol, as ``OutOfProcessRecogniser.close`` (ends its process)."""
        self.closed += 1


class FakeMic:
    """A microphone (``Capture``) a test speaks into; its own factory."""

    def __init__(self, problem: Opened = None) -> None:
        self.problem = problem
        self.opened = 0
        self.closed = 0
        self.open_threads: set[int] = set()
        self._deliver: Deliver | None = None
        self._failed: Failed | None = None

    def __call__(self) -> FakeMic:
        return self

    @property
    def is_open(self) -> bool:
        return self._deliver is not None

    def open(self, sample_rate: int, deliver: Deliver, failed: Failed) -> Opened:
        self.open_threads.add(threading.get_ident())
        self.opened += 1
        if self.problem is not None:
            return self.problem
        self._deliver, self._failed = deliver, failed
        return None

    def close(self) -> None:
        self.closed += 1
        self._deliver = self._failed = None

    def say(self, words: str) -> None:
        assert self._deliver is not None, "the microphone is not open"
        self._deliver(words.encode())

    def hear_sound(self, pcm: bytes) -> None:
        assert self._deliver is not None, "the microphone is not open"
        self._deliver(pcm)

    def break_down(self, detail: str = "it was unplugged") -> None:
        assert self._failed is not None, "the microphone is not open"
        self._failed(MicProblem.STOPPED, detail)


def allow(_context: QObject, then: Callable[[bool], None]) -> None:
    then(True)


def deny(_context: QObject, then: Callable[[bool], None]) -> None:
    then(False)


def parts(
    recogniser: FakeRecogniser,
    mic: FakeMic,
    permission: Callable[[QObject, Callable[[bool], None]], None] = allow,
) -> VoiceParts:
    return VoiceParts(recogniser=lambda: recogniser, capture=mic, permission=permission)
