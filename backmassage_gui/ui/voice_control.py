"""Hands-free control: the window's side of listening.

``VoiceControl`` opens the microphone while the rules say so
(``voice.listening_rules``: switched on, a session in progress, the session
page showing), carries out what is heard by pressing the very command a key
would, shows the microphone sign and "Heard: …", says back a giver's command,
and holds its ears while the app chimes or speaks. A microphone that cannot
be used is said in one line on the status bar (where sound problems are
said) and the rest of the app goes on. The microphone check borrows the same
listener and only shows what it hears.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from ..domain.session import State
from ..voice.listening_rules import (
    COMMAND_FOR,
    MicProblem,
    SelfMute,
    Situation,
    attending,
    heard_text,
    mic_message,
    said_back,
    should_listen,
    to_act_on,
)
from ..voice.vocabulary import Heard, Recogniser
from .mic_indicator import MicIndicator
from .microphone import Capture, Permission, QtCapture, ask_permission, default_capture
from .off_thread import import_here
from .voice_listener import VoiceListener

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .mic_check import MicCheckDialog

log = logging.getLogger(__name__)


def load_recogniser() -> Recogniser:
    """The offline recogniser the app ships with (pocketsphinx, its model
    inside the wheel), made on the listening thread that will feed it. It
    decodes in a process of its own: pocketsphinx holds Python's lock for
    each utterance it decodes, which in this process stopped the animation."""
    from ..voice.out_of_process import OutOfProcessRecogniser

    return OutOfProcessRecogniser()


@dataclass(frozen=True)
class VoiceParts:
    """What listening is made of: the real ones, or fakes in tests."""

    recogniser: Callable[[], Recogniser] = load_recogniser
    capture: Callable[[], Capture] = default_capture
    permission: Permission = ask_permission


class VoiceControl(QObject):
    said = Signal(str)
    """One line for the status bar: why the app is not listening."""

    def __init__(self, window: MainWindow, parts: VoiceParts) -> None:
        super().__init__(window)
        self._window = window
        self._parts = parts
        self._actions: Mapping[str, QAction] = window.actions_by_name
        clock = window.controller.clock
        self.mute = SelfMute(clock)
        self.listener = VoiceListener(
            parts.recogniser, parts.capture, self.mute, clock=clock, parent=self
        )
        self.indicator = MicIndicator(window.session_page.back, clock)
        self.check: MicCheckDialog | None = None
        self._run_open = window.controller.snapshot.state is not State.READY
        self._blocked = False  # it failed: tried again on a new run, or switched on again
        self._asking = False
        self._said = ""
        self._connect(window)

    def _connect(self, window: MainWindow) -> None:
        controller, listener = window.controller, self.listener
        window.settings_model.listen_changed.connect(self._on_switched)
        controller.run_started.connect(lambda: self._set_run(True))
        controller.run_ended.connect(lambda _summary: self._set_run(False))
        window.pages.currentChanged.connect(lambda _index: self._sync())
        window.checkins.shown.connect(self._on_checkin_shown)
        window.cues.sounding.connect(self.mute.sounding)
        if window.cues.speaker is not None:
            window.cues.speaker.speaking.connect(self._on_speaking)
        listener.heard.connect(self._on_heard)
        listener.started.connect(self._on_started)
        listener.failed.connect(self._on_failed)
        listener.level.connect(self._on_level)
        listener.holding.connect(self.indicator.set_waiting)
        self.said.connect(window.statusBar().showMessage)
        window.lifecycle.closing.connect(self.close)

    # -- when to listen ------------------------------------------------------
    @property
    def wanted(self) -> bool:
        """Should the microphone be open now (by the rules, or for the check)?"""
        pages = self._window.pages
        state = self._window.controller.snapshot.state if self._run_open else State.READY
        by_rules = should_listen(
            switched_on=self._window.settings.listen,
            state=state,
            on_session_page=pages.currentWidget() is pages.session,
        )
        return by_rules or self.check is not None

    def _sync(self) -> None:
        wanted = self.wanted
        if wanted and not self.listener.active and not self._blocked and not self._asking:
            self._asking = True
            self._parts.permission(self, self._on_permission)
        elif not wanted and self.listener.active:
            self.listener.stop()
        self.indicator.set_listening(self.listener.listening)

    def _on_permission(self, allowed: bool) -> None:
        self._asking = False
        if not self.wanted or self.listener.active:
            return
        if allowed:
            # A PySide module is imported here first, never on two threads at
            # once (see off_thread.import_here); the capture then loads it there.
            capture = self._parts.capture
            if capture is default_capture:
                capture = QtCapture
            module = getattr(capture, "QT_MODULE", None)
            if module:
                import_here(*module)
            self.listener.set_checkin(self.check is not None or self._window.checkins.visible)
            self.listener.start()
        else:
            self._on_failed(MicProblem.DENIED, "")

    def _on_switched(self, on: bool) -> None:
        if on:
            self._blocked, self._said = False, ""
        self._sync()

    def _set_run(self, open_: bool) -> None:
        self._run_open = open_
        if open_:
            self._blocked = False
        self._sync()

    def _on_started(self) -> None:
        log.info("listening for voice commands")
        self._said = ""
        if self.check is not None:
            self.check.set_listening()
        self._sync()

    def _on_failed(self, problem: MicProblem, detail: str) -> None:
        self._blocked = True
        text = mic_message(problem, detail)
        log.info("%s", text)
        if self.check is not None:
            self.check.show_problem(text)
        if text != self._said:
            self._said = text
            self.said.emit(text)
        self._sync()

    # -- what it hears -------------------------------------------------------
    def _on_heard(self, heard: Heard) -> None:
        if self.check is not None:
            self.check.show_heard(heard)
            return
        window = self._window
        now = Situation(
            window.controller.snapshot.state,
            checkin_showing=window.checkins.visible,
            muted=self.mute.muted(),
            listening=self.listener.listening,
        )
        if heard.spoken is None:  # the wake word alone: a command may follow
            if attending(now):
                self.indicator.show_heard(heard_text(None))
            return
        spoken = to_act_on(heard.spoken, now)
        if spoken is None:
            log.info("heard %r, not acted on (%s)", heard.words, now)
            return
        log.info("heard %r: %s", heard.words, spoken.value)
        self._actions[COMMAND_FOR[spoken]].trigger()
        self.indicator.show_heard(heard_text(spoken, heard.words))
        if said_back(spoken):
            window.cues.speak(said_back(spoken))

    def _on_checkin_shown(self, showing: bool) -> None:
        self.indicator.keep_under(self._window.checkins.label if showing else None)
        if self.check is None:
            self.listener.set_checkin(showing)

    def _on_speaking(self, on: bool) -> None:
        self.mute.speaking(on)

    def _on_level(self, value: float) -> None:
        if self.check is not None:
            self.check.set_level(value)

    def close(self) -> None:
        """The window is closing: stop listening and end the recogniser's process."""
        self.listener.close()

    # -- the microphone check --------------------------------------------------
    def open_check(self) -> MicCheckDialog:
        """Open the microphone check: listen (whatever the session does) and
        show the level and what is heard, acting on nothing."""
        if self.check is not None:
            self.check.raise_()
            return self.check
        from .mic_check import MicCheckDialog

        dialog = MicCheckDialog(self._window)
        self.check = dialog
        dialog.finished.connect(lambda _code: self._close_check(dialog))
        self._blocked, self._said = False, ""
        self.listener.set_checkin(True)
        if self.listener.listening:
            dialog.set_listening()
        self._window._open(dialog)  # not modal: the session goes on behind it
        self._sync()
        return dialog

    def _close_check(self, dialog: MicCheckDialog) -> None:
        if self.check is dialog:
            self.check = None
            self.listener.set_checkin(self._window.checkins.visible)
            self._sync()


def attach_voice(window: MainWindow, parts: VoiceParts | None) -> VoiceControl:
    """Listening for ``window``: the real microphone and recogniser unless
    ``parts`` says otherwise."""
    return VoiceControl(window, parts or VoiceParts())
