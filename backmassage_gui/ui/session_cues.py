"""What the session says out loud: the chime at each change, the spoken
cues, and one status line when either cannot be heard."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..domain.session import Snapshot
from ..domain.sound_status import CueOutput, cue_message
from ..presenters.session_text import (
    CHECKIN_QUESTION,
    FINISHED_CUE,
    MINUTE_LEFT,
    MinuteWarning,
    SessionText,
    phase_cue,
)
from ..voice.listening_rules import speech_seconds
from .off_thread import import_here
from .session_controller import SessionController
from .settings_model import SettingsModel
from .sound import Chime
from .speech import Speaker

CHIME_S = 1.0
"""The chime's length (0.9 s), rounded up: voice input is ignored meanwhile."""


class SessionCues(QObject):
    """Rings and speaks as the session moves, as the settings allow."""

    status = Signal(str)
    """One line saying what still works when the chime or speech cannot."""
    sounding = Signal(float, bool)
    """A chime (False) or a spoken cue (True) is on its way out, lasting up
    to this many seconds (listening ignores the app's own voice)."""

    def __init__(
        self,
        controller: SessionController,
        settings: SettingsModel,
        chime: Chime,
        speaker: Speaker | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._settings = settings
        self.chime = chime
        self.speaker = speaker
        self._minute = MinuteWarning()
        self._said_status = ""
        chime.set_volume(settings.value.volume)
        settings.volume_changed.connect(chime.set_volume)
        chime.watch(self._note_problem)
        if speaker is not None:
            speaker.watch(self._note_problem)
        controller.phase_changed.connect(self._on_phase_changed)
        controller.waiting.connect(self._on_waiting)

    def ring(self) -> None:
        if self._settings.value.sound:
            self.sounding.emit(CHIME_S, False)
            self.chime.play()

    def speak(self, text: str) -> None:
        if self.speaker is not None and self._settings.value.speech:
            self.sounding.emit(speech_seconds(text), True)
            self.speaker.say(text)

    def warm_up(self) -> None:
        """Load the chime and start the speech engine, both off the GUI thread.

        Both Qt modules are imported here first, before either worker starts:
        a worker loading a plug-in holds the dynamic loader's lock and, to
        log, asks for Python's; importing the other module here at that
        moment asks for the two locks the other way round, and start-up
        froze about one time in five."""
        for part in (self.chime, self.speaker):
            module = getattr(part, "qt_module", None)
            if module:
                import_here(*module)
        self.chime.load()
        if self.speaker is not None and self._settings.value.speech:
            self.speaker.warm_up()
        self._note_problem()

    def follow(self, snap: Snapshot) -> None:
        """'One minute left' in long phases."""
        if self._minute.due(snap):
            self.speak(SessionText.tr(MINUTE_LEFT))

    def ask_checkin(self) -> None:
        self.speak(SessionText.tr(CHECKIN_QUESTION))

    def finished(self) -> None:
        self.ring()
        self.speak(SessionText.tr(FINISHED_CUE))

    def _on_phase_changed(self, index: int, automatic: bool) -> None:
        if automatic:
            self.ring()
            self.speak(phase_cue(self._controller.session.routine.phases[index]))

    def _on_waiting(self, index: int) -> None:
        """Manual advance: the phase is over; say what comes next."""
        self.ring()
        phases = self._controller.session.routine.phases
        if index + 1 < len(phases):
            nxt = phases[index + 1]
            self.speak(
                self.tr("Time's up. Next: {zone}, {stroke}. Press any key when ready.").format(
                    zone=nxt.zone.label, stroke=nxt.stroke.in_sentence
                )
            )

    def _note_problem(self) -> None:
        """Said again only when it changes."""
        speech = self.speaker.status if self.speaker is not None else CueOutput.off()
        value = self._settings.value
        text = cue_message(self.chime.status, speech, chime_on=value.sound, speech_on=value.speech)
        if text and text != self._said_status:
            self._said_status = text
            self.status.emit(text)
