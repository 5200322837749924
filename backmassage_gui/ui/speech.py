"""Spoken cues through Qt's text-to-speech, for hands that cannot touch the laptop.

The engine is created on the first cue (QtTextToSpeech loads the multimedia
stack, which is slow and may be missing). Where no engine works the app says
so once and carries on with chimes only.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)


class Speaker(QObject):
    """Says short cues; remembers what it said (tests read ``said``)."""

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._tts: object | None = None
        self._tried = False
        self.problem = ""
        self.said: list[str] = []

    @property
    def available(self) -> bool:
        self._ensure()
        return self._tts is not None

    @property
    def engine_name(self) -> str:
        return self._engine_name or ""

    def _ensure(self) -> None:
        if self._tried:
            return
        self._tried = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            self.problem = "Spoken cues are off: Qt's speech module could not load."
            log.info("no QtTextToSpeech: %s", exc)
            return
        try:
            engines = QTextToSpeech.availableEngines()
            name = self._engine_name
            if name is None:
                real = [e for e in engines if e != "mock"]
                name = real[0] if real else None
            if name is None or name not in engines:
                self.problem = "Spoken cues are off: this computer has no speech engine."
                return
            tts = QTextToSpeech(name, self)
            if tts.state() == QTextToSpeech.State.Error:
                self.problem = ("Spoken cues are off: the speech engine did not start "
                                f"({tts.errorString() or 'no reason given'}).")
                return
            self._tts = tts
            self._engine_name = name
        except Exception as exc:  # a broken speech stack must never stop a session
            log.warning("speech unavailable: %s", exc)
            self.problem = "Spoken cues are off: the speech engine could not be used."

    def say(self, text: str) -> None:
        """Speak ``text`` now, cutting off anything still being said."""
        self.said.append(text)
        self._ensure()
        if self._tts is None:
            return
        try:
            self._tts.stop()  # type: ignore[attr-defined]
            self._tts.say(text)  # type: ignore[attr-defined]
        except Exception:
            log.exception("a spoken cue failed; going on with chimes only")
