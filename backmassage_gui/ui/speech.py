"""Spoken cues through Qt's text-to-speech, for hands that cannot touch the laptop.

The engine lives on a thread of its own (an ``off_thread.Worker``) and cues
reach it through that worker's queue, because a speech server can wedge: on
Linux, with speech-dispatcher installed but its audio output stuck, a single
``say`` blocked for ever and, on the GUI thread, froze the whole session.
Now a cue that has not started within ``CUE_EXPIRES_S`` is dropped, never
spoken late; an engine that does not answer within its deadline is given up,
the window says so once and the session goes on with chimes. Where no engine
works at all the same happens, with the reason.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QLocale, QMetaObject, QObject, Qt, Signal

from .. import i18n
from ..domain.sound_status import CueOutput, CueStatus
from ..i18n import QT_TRANSLATE_NOOP
from .off_thread import Clock, Worker, import_here

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

NO_ENGINE = "none"
"""A name no engine has: QTextToSpeech is built empty, then given its engine."""
ENV_ENGINE = "BACKMASSAGE_SPEECH_ENGINE"
"""Names the engine to use when the code does not: ``mock`` (Qt's silent one;
the tests set it so no test talks to a real speech server) or ``none``."""


class SpeechEngine(Protocol):
    """What the speaker needs of an engine. Every call comes from the
    speaker's own thread, one at a time, and may block (the worker gives up)."""

    name: str

    def start(self) -> str:
        """Get ready to speak; "" if it can, else why not in a few lower-case words."""
        ...

    def say(self, text: str) -> None:
        """Speak ``text``, cutting off anything still being said."""
        ...

    def close(self) -> None:
        """Let the engine go (on the same thread)."""
        ...


class QtSpeechEngine:
    """Qt's text-to-speech, called so that waiting on the speech server never
    holds Python's GIL: loading the engine and speaking go through
    ``QMetaObject.invokeMethod``, which PySide runs with the GIL released (the
    constructor and ``say`` called directly hold it, so a wedged server would
    stop the GUI thread too). ``QT_MODULE`` is imported on the GUI thread first
    (see ``off_thread.import_here``)."""

    QT_MODULE = ("PySide6.QtTextToSpeech", "QTextToSpeech")

    def __init__(self, name: str | None = None) -> None:
        self.name = name or ""
        self._tts: QTextToSpeech | None = None

    def start(self) -> str:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            log.info("no QtTextToSpeech: %s", exc)
            return CueStatus.tr("Qt's speech module could not load")
        engines = QTextToSpeech.availableEngines()
        name = (
            self.name or os.environ.get(ENV_ENGINE) or next((e for e in engines if e != "mock"), "")
        )
        if not name or name not in engines:
            return CueStatus.tr("no speech engine on this computer")
        tts = QTextToSpeech(NO_ENGINE)  # loads nothing: no server is contacted yet
        self._tts = tts
        loaded = QMetaObject.invokeMethod(
            tts,
            "setEngine",
            Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG(bool),
            Q_ARG(str, name),
        )
        if loaded is False or tts.state() == QTextToSpeech.State.Error:
            why = tts.errorString() or CueStatus.tr("no reason given")
            return CueStatus.tr("the speech engine did not start: {reason}").format(reason=why)
        self.name = name
        return self._use_language(tts)

    def _use_language(self, tts: QTextToSpeech) -> str:
        """A voice of the language on screen; "" when there is one, else why
        not (the cues are then shown and chimed, not read out in a foreign
        voice). English, the source, makes do with the engine's own voice."""
        language = i18n.LANGUAGES.get(i18n.current_language().split("_")[0])
        if language is None:  # the pseudo-translation: any voice will do
            return ""
        wanted = QLocale(language.code).language()
        # The engine lists its voices when it starts: asking holds no server up.
        voices = [v for v in tts.availableLocales() if v.language() == wanted]
        if not voices:
            if language.code == i18n.SOURCE_LANGUAGE:
                return ""
            return CueStatus.tr("no voice for {language}").format(language=language.name)
        here = QLocale().territory()
        voice = next((v for v in voices if v.territory() == here), voices[0])
        QMetaObject.invokeMethod(
            tts, "setLocale", Qt.ConnectionType.DirectConnection, Q_ARG(QLocale, voice)
        )
        return ""

    def watch_speaking(self, callback: Callable[[bool], None]) -> None:
        """Call ``callback`` (on this thread) when speaking starts (True) and
        ends (False), so listening can ignore the app's own voice."""
        if self._tts is None:
            return
        from PySide6.QtTextToSpeech import QTextToSpeech

        speaking = QTextToSpeech.State.Speaking
        self._tts.stateChanged.connect(lambda state: callback(state == speaking))

    def say(self, text: str) -> None:
        if self._tts is not None:
            QMetaObject.invokeMethod(
                self._tts, "say", Qt.ConnectionType.DirectConnection, Q_ARG(str, text)
            )

    def close(self) -> None:
        # Deleted by the thread's own loop as it ends, not here: dropping the
        # last Python reference would run the destructor (which talks to the
        # speech server) with the GIL held. The reference is kept on purpose.
        if self._tts is not None:
            self._tts.deleteLater()


EngineFactory = Callable[[], SpeechEngine]


class Speaker(QObject):
    """Says short cues. ``said`` lists what it was asked to say, ``spoken``
    what reached the engine and ``dropped`` what came too late to say."""

    speaking = Signal(bool)
    """The engine began (True) or ended (False) saying a cue, where it tells
    (sent from the speech thread; receivers get it on their own)."""

    START_DEADLINE_S = 15.0
    """Starting speech-dispatcher from cold takes a few seconds on a slow machine."""
    SAY_DEADLINE_S = 3.0
    """``say`` only queues the text in the server: it returns in milliseconds."""
    CUE_EXPIRES_S = 3.0
    """A cue that cannot start within this is no longer about now."""
    STUCK = QT_TRANSLATE_NOOP("CueStatus", "the speech engine stopped answering")

    def __init__(
        self,
        engine: str | None = None,
        parent: QObject | None = None,
        *,
        factory: EngineFactory | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._factory: EngineFactory = factory or (lambda: QtSpeechEngine(engine))
        self._qt_module = QtSpeechEngine.QT_MODULE if factory is None else None
        self._engine_name = engine or ""
        self._worker = Worker("speech", clock=clock, parent=self)
        self._worker.gave_up.connect(self._on_gave_up)
        self._worker.add_cleanup(self._close_engine)
        self._engine: SpeechEngine | None = None  # used on the worker thread only
        self._starting = False
        self._status = CueOutput.unknown()
        self._watchers: list[Callable[[], None]] = []
        self.said: list[str] = []
        self.spoken: list[str] = []
        self.dropped: list[str] = []

    @property
    def status(self) -> CueOutput:
        return self._status

    @property
    def available(self) -> bool:
        """Has the engine started and is it still answering?"""
        return self._status == CueOutput.works()

    @property
    def problem(self) -> str:
        """Why there are no spoken cues ("" while there is no known reason)."""
        return self._status.reason

    @property
    def engine_name(self) -> str:
        return self._engine_name

    def watch(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` (on the GUI thread) whenever ``status`` changes."""
        self._watchers.append(callback)

    @property
    def qt_module(self) -> tuple[str, ...] | None:
        """The PySide module (and classes) the engine loads on its thread."""
        return self._qt_module

    def warm_up(self) -> None:
        """Start the engine now, off the GUI thread, so the first cue is on time."""
        if self._starting or not self._status.usable:
            return
        self._starting = True
        if self._qt_module is not None:
            error = import_here(*self._qt_module)
            if error is not None:
                log.info("no QtTextToSpeech: %s", error)
                self._set_status(
                    CueOutput.failed(CueStatus.tr("Qt's speech module could not load"))
                )
                return
        self._worker.submit(
            self._start_engine,
            what="starting the speech engine",
            deadline_s=self.START_DEADLINE_S,
            done=self._on_started,
        )

    def say(self, text: str) -> None:
        """Queue ``text``: spoken soon, or not at all."""
        self.said.append(text)
        self.warm_up()
        if not self._status.usable:
            return
        self._worker.submit(
            lambda: self._speak(text),
            what="speaking a cue",
            deadline_s=self.SAY_DEADLINE_S,
            expires_s=self.CUE_EXPIRES_S,
            dropped=lambda: self.dropped.append(text),
        )

    def close(self, wait_s: float = 1.0) -> bool:
        """Let the engine go; True if its thread ended (never waits on a stuck one)."""
        return self._worker.close(wait_s)

    # -- on the worker thread ------------------------------------------------
    def _start_engine(self) -> tuple[str, str]:
        engine = self._factory()
        reason = engine.start()
        if reason:
            engine.close()
        else:
            self._engine = engine
            watch = getattr(engine, "watch_speaking", None)
            if callable(watch):
                watch(self.speaking.emit)
        return reason, engine.name

    def _speak(self, text: str) -> None:
        if self._engine is not None:
            self._engine.say(text)
            self.spoken.append(text)

    def _close_engine(self) -> None:
        if self._engine is not None:
            self._engine.close()

    # -- back on the GUI thread ----------------------------------------------
    def _on_started(self, result: object) -> None:
        if isinstance(result, tuple):
            reason, name = result
            if name:
                self._engine_name = str(name)
            if reason:
                log.info("no spoken cues: %s", reason)
            self._set_status(CueOutput.failed(str(reason)) if reason else CueOutput.works())
        else:  # the engine raised: a broken speech stack must never stop a session
            log.warning("speech unavailable: %s", result)
            self._set_status(CueOutput.failed(CueStatus.tr("the speech engine could not be used")))

    def _on_gave_up(self, what: str) -> None:
        self._set_status(CueOutput.failed(CueStatus.tr(self.STUCK)))

    def _set_status(self, status: CueOutput) -> None:
        if status == self._status:
            return
        self._status = status
        for callback in list(self._watchers):
            callback()
