"""``--hear FILE.wav``: the recogniser run over a recording, as it runs on the microphone.

The file is read and converted a block at a time and fed to the same
:class:`~.sphinx.SphinxRecogniser` the window uses, so what this prints is
what the app would act on.
"""

from __future__ import annotations

from pathlib import Path

from .vocabulary import Heard
from .wav import blocks_16k, read_format


def hear_file(path: Path, *, checkin: bool = False) -> list[Heard]:
    """Everything heard in the WAV file at ``path``, in order (the wake word
    said alone as well, with ``spoken`` None: ``hear_lines`` leaves it out).

    Raises :class:`~.wav.WavError` for a file that cannot be read, before the
    recogniser is loaded."""
    fmt = read_format(path)
    from .sphinx import SphinxRecogniser

    recogniser = SphinxRecogniser()
    recogniser.set_checkin(checkin)
    heard: list[Heard] = []
    for block in blocks_16k(path, fmt):
        heard += recogniser.feed(block)
    return heard + recogniser.finish()


def hear_lines(heard: list[Heard]) -> list[str]:
    """What ``--hear`` prints: where each command ended, in seconds, and its name."""
    return [f"{h.end_s:.2f} {h.spoken.value}" for h in heard if h.spoken is not None]
