"""The phase-change chime, and running silent where there is no sound.

QtMultimedia is imported only when a chime is first needed: it is slow to load
and on a machine without an audio stack it may not load at all. Every failure
ends in a silent chime with a reason the window shows once.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QUrl

from .. import resources

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)


class Chime(Protocol):
    @property
    def available(self) -> bool: ...

    @property
    def problem(self) -> str:
        """Why there is no sound, in words for the status bar ("" if none)."""
        ...

    def play(self) -> None: ...

    def set_volume(self, volume: float) -> None: ...


class SilentChime:
    """A chime that makes no sound: for tests, for the user's 'sound off',
    and for machines with no audio device."""

    def __init__(self, problem: str = "") -> None:
        self._problem = problem
        self.played = 0

    @property
    def available(self) -> bool:
        return False

    @property
    def problem(self) -> str:
        return self._problem

    def play(self) -> None:
        self.played += 1

    def set_volume(self, volume: float) -> None:
        pass


class QtChime:
    """A bundled sound (the phase chime, or practice's tick) via QSoundEffect.

    Nothing loads until the chime is first used (or ``load`` is called):
    QtMultimedia and the audio device check take ~20 ms that the first
    frame on screen should not wait for."""

    def __init__(self, parent: QObject, source: str = "sounds/chime.wav") -> None:
        self._parent = parent
        self._source = source
        self._loaded = False
        self._volume: float | None = None
        self._effect: QSoundEffect | None = None
        self._problem = ""

    def load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # no QtMultimedia or its libraries
            self._problem = f"Sound is off: Qt's audio module could not load ({exc})."
            log.info("no QtMultimedia: %s", exc)
            return
        try:
            if not QMediaDevices.audioOutputs():
                self._problem = "Sound is off: this computer has no audio output."
                return
            path = resources.asset(self._source)
            effect = QSoundEffect(self._parent)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            if self._volume is not None:
                effect.setVolume(self._volume)
            self._effect = effect
        except Exception as exc:  # a broken audio stack must never stop a session
            log.warning("sound unavailable: %s", exc)
            self._problem = "Sound is off: the audio device could not be opened."

    @property
    def available(self) -> bool:
        self.load()
        return self._effect is not None

    @property
    def problem(self) -> str:
        self.load()
        return self._problem

    def play(self) -> None:
        self.load()
        if self._effect is None:
            return
        try:
            self._effect.play()
        except Exception:
            log.exception("the chime failed to play; going on silently")

    def set_volume(self, volume: float) -> None:
        self._volume = min(max(volume, 0.0), 1.0)
        if self._effect is not None:
            self._effect.setVolume(self._volume)
