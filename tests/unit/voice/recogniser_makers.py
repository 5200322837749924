"""Recognisers for ``OutOfProcessRecogniser`` to make in its child process.

The child imports this module by name (``make`` is pickled by reference), so
it imports nothing but the standard library and the Qt-free ``voice``
package: whatever it imported would be in the child's ``sys.modules``, which
one test looks at.
"""

from __future__ import annotations

import sys
import threading

from backmassage_gui.voice.out_of_process import sphinx_recogniser
from backmassage_gui.voice.vocabulary import Heard, Recogniser, Spoken

QT_PACKAGES = ("PySide6", "shiboken6")


def without_a_model() -> Recogniser:
    raise OSError("acoustic model missing")


class _Answering:
    """Each chunk is answered by ``answer()``; the rest of the protocol does nothing."""

    sample_rate = 16_000

    def feed(self, pcm: bytes) -> list[Heard]:
        return self.answer()

    def answer(self) -> list[Heard]:
        return []

    def set_checkin(self, answers_wanted: bool) -> None:
        pass

    def reset(self) -> None:
        pass


class _QtModules(_Answering):
    """The app's real recogniser, made; each chunk is answered with the Qt
    modules the child has loaded, as the words of one ``Heard``."""

    def __init__(self) -> None:
        self.real = sphinx_recogniser()
        self.sample_rate = self.real.sample_rate

    def answer(self) -> list[Heard]:
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in QT_PACKAGES)
        main = sys.modules.get("__mp_main__")
        main_file = getattr(main, "__file__", "") or ""
        return [Heard(Spoken.NEXT, 0.0, " ".join(loaded)), Heard(Spoken.NEXT, 0.0, main_file)]


def qt_modules() -> Recogniser:
    return _QtModules()


class _NeverAnswering(_Answering):
    def answer(self) -> list[Heard]:
        threading.Event().wait()  # wedged, as a decoder stuck in C would be
        return []


def never_answering() -> Recogniser:
    return _NeverAnswering()


class _Failing(_Answering):
    def answer(self) -> list[Heard]:
        raise RuntimeError("decoder crashed")


def failing() -> Recogniser:
    return _Failing()
