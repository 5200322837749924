"""The phase-change chime, and running silent where there is no sound.

QtMultimedia loads, and every sound plays, on one audio thread of its own
(an ``off_thread.Worker``), never on the GUI thread: it is slow to load, on a
machine without an audio stack it may not load at all, and an audio server
that wedges can block a call for ever. A chime that cannot play within a
second of its moment is left out, and an audio system that stops answering
is given up. Every failure ends in a silent chime whose ``status`` says why;
the window turns that into one line (``domain.sound_status``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QMetaObject, Qt, QUrl

from .. import resources
from ..domain.sound_status import Availability, CueOutput, CueStatus
from ..i18n import QT_TRANSLATE_NOOP
from .off_thread import Worker, import_here

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)


class Chime(Protocol):
    @property
    def available(self) -> bool:
        """Known to play (False while still loading)."""
        ...

    @property
    def status(self) -> CueOutput:
        """Whether it can be heard, and if not why."""
        ...

    def load(self) -> None:
        """Start getting ready now (without waiting) so the first chime is on time."""
        ...

    def watch(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` (on the GUI thread) whenever ``status`` changes."""
        ...

    def play(self) -> None: ...

    def set_volume(self, volume: float) -> None: ...


class SilentChime:
    """A chime that makes no sound: for tests, for ``--screenshot``, and to
    stand in for a chime in the state ``status`` says (working by default)."""

    def __init__(self, status: CueOutput | None = None) -> None:
        self._status = status or CueOutput.works()
        self.played = 0

    @property
    def available(self) -> bool:
        return False

    @property
    def status(self) -> CueOutput:
        return self._status

    def load(self) -> None:
        pass

    def watch(self, callback: Callable[[], None]) -> None:
        pass

    def play(self) -> None:
        self.played += 1

    def set_volume(self, volume: float) -> None:
        pass


_audio: Worker | None = None


def audio_worker() -> Worker:
    """The one thread every QtChime loads and plays on: QtMultimedia's
    objects then all live on the thread that made them."""
    global _audio
    if _audio is None:
        _audio = Worker("audio")
    return _audio


class SoundBackend(Protocol):
    """What a QtChime plays through. Made, and every call made, on the audio
    thread, one call at a time; any call may block (the worker gives up)."""

    def open(self, source: str) -> CueOutput:
        """Get the bundled sound ``source`` ready; whether it can be heard."""
        ...

    def play(self) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def close(self) -> None: ...


class QSoundEffectBackend:
    """QtMultimedia's QSoundEffect. The calls that wait on the audio server
    release Python's GIL (PySide does for ``QMediaDevices`` and for
    ``invokeMethod``), so a server that hangs stops only the audio thread.
    ``QT_MODULE`` is imported on the GUI thread first (``off_thread.import_here``)."""

    QT_MODULE = ("PySide6.QtMultimedia", "QMediaDevices", "QSoundEffect")

    def __init__(self) -> None:
        self._effect: QSoundEffect | None = None

    def open(self, source: str) -> CueOutput:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError as exc:  # no QtMultimedia or its libraries
            log.info("no QtMultimedia: %s", exc)
            return CueOutput.failed(CueStatus.tr("Qt's audio module could not load"))
        if not QMediaDevices.audioOutputs():  # this is what connects to the server
            return CueOutput.no_output()
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(resources.asset(source))))
        self._effect = effect
        return CueOutput.works()

    def play(self) -> None:
        if self._effect is not None:
            QMetaObject.invokeMethod(self._effect, "play", Qt.ConnectionType.DirectConnection)

    def set_volume(self, volume: float) -> None:
        if self._effect is not None:
            self._effect.setVolume(volume)

    def close(self) -> None:
        # Deleted by the thread's loop as it ends, not by dropping the Python
        # reference (that would run the destructor with the GIL held).
        if self._effect is not None:
            self._effect.deleteLater()


class QtChime:
    """A bundled sound (the phase chime, or practice's tick), loaded and played
    on the audio thread. Nothing loads until ``load`` or the first ``play``, so
    the first frame on screen never waits for it. ``backend`` makes what plays
    the sound (on the audio thread); tests pass one that hangs."""

    LOAD_DEADLINE_S = 10.0
    PLAY_DEADLINE_S = 2.0
    LATE_S = 1.0
    """A chime more than this late no longer marks the moment: it is left out."""
    STUCK = QT_TRANSLATE_NOOP("CueStatus", "the audio system stopped answering")

    def __init__(
        self,
        source: str = "sounds/chime.wav",
        *,
        worker: Worker | None = None,
        backend: Callable[[], SoundBackend] = QSoundEffectBackend,
    ) -> None:
        self._source = source
        self._make_backend = backend
        self._qt_module: tuple[str, ...] | None = getattr(backend, "QT_MODULE", None)
        self._worker = worker or audio_worker()
        self._worker.gave_up.connect(self._on_gave_up)
        self._worker.add_cleanup(self._release)
        self._requested = False
        self._volume: float | None = None
        self._backend: SoundBackend | None = None  # used on the audio thread only
        self._status = CueOutput.unknown()
        self._watchers: list[Callable[[], None]] = []
        self.played = 0
        """Chimes handed to the audio system (counted on the audio thread)."""

    @property
    def available(self) -> bool:
        return self._status.availability is Availability.WORKS

    @property
    def status(self) -> CueOutput:
        return self._status

    def watch(self, callback: Callable[[], None]) -> None:
        self._watchers.append(callback)

    @property
    def qt_module(self) -> tuple[str, ...] | None:
        """The PySide module (and classes) this chime loads on its thread."""
        return self._qt_module

    def load(self) -> None:
        if self._requested:
            return
        self._requested = True
        if self._qt_module is not None:
            error = import_here(*self._qt_module)
            if error is not None:  # no QtMultimedia or its libraries
                log.info("no QtMultimedia: %s", error)
                self._set_status(CueOutput.failed(CueStatus.tr("Qt's audio module could not load")))
                return
        if not self._worker.submit(
            self._open,
            what="loading the chime",
            deadline_s=self.LOAD_DEADLINE_S,
            done=self._on_loaded,
        ):
            self._set_status(CueOutput.failed(self.STUCK))

    def play(self) -> None:
        self.load()
        if self._status.usable:
            self._worker.submit(
                self._play,
                what="playing the chime",
                deadline_s=self.PLAY_DEADLINE_S,
                expires_s=self.LATE_S,
            )

    def set_volume(self, volume: float) -> None:
        self._volume = min(max(volume, 0.0), 1.0)
        if self._requested and self._status.usable:
            level = self._volume
            self._worker.submit(
                lambda: self._apply_volume(level),
                what="setting the chime's volume",
                deadline_s=self.PLAY_DEADLINE_S,
            )

    # -- on the audio thread ---------------------------------------------------
    def _open(self) -> CueOutput:
        backend = self._make_backend()
        status = backend.open(self._source)
        if status.availability is Availability.WORKS:
            if self._volume is not None:
                backend.set_volume(self._volume)
            self._backend = backend
        else:
            backend.close()
        return status

    def _play(self) -> None:
        if self._backend is not None:
            self._backend.play()
            self.played += 1

    def _apply_volume(self, volume: float) -> None:
        if self._backend is not None:
            self._backend.set_volume(volume)

    def _release(self) -> None:
        if self._backend is not None:
            self._backend.close()

    # -- back on the GUI thread ------------------------------------------------
    def _on_loaded(self, result: object) -> None:
        if isinstance(result, CueOutput):
            self._set_status(result)
        else:  # a broken audio stack must never stop a session
            log.warning("sound unavailable: %s", result)
            self._set_status(CueOutput.failed(CueStatus.tr("the audio device could not be opened")))

    def _on_gave_up(self, what: str) -> None:
        self._set_status(CueOutput.failed(CueStatus.tr(self.STUCK)))

    def _set_status(self, status: CueOutput) -> None:
        if status == self._status:
            return
        self._status = status
        for callback in list(self._watchers):
            callback()
