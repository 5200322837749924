"""The window: wires the session, its pages, the commands and the settings.

Each job lives in a module named for it (``session_page`` draws, the
``presenters`` word, ``session_parts`` builds the controllers, ``commands``
declares every key and menu entry); this module connects them and handles
what only a window can: its size, its events, and closing.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLayout, QMainWindow

from ..commands import command, keys_label
from ..domain.checkins import Answer
from ..domain.library import RoutineLibrary
from ..domain.routine import Routine
from ..domain.safety import CareProfile
from ..domain.session import Clock, Snapshot, suspend_counting_clock
from ..presenters.care_text import care_label, marking_text
from ..presenters.session_text import checkin_answer_text, slept_text, status_sentence
from ..settings import MIN_WINDOW_SIZE, WINDOW_SIZE, AppSettings
from ..storage import RoutineStore, SettingsStore
from . import help_dialogs, menus, motion_preference, shortcuts, theme
from .checkin_prompt import CheckInPrompt
from .notice_bar import NoticeBar
from .pages import Pages, with_notices
from .routine_manager import RoutineManager
from .routine_picker import RoutinePicker
from .screen_awake import ScreenAwake
from .session_log import SessionLog
from .session_page import SessionPage
from .session_parts import Surroundings, build_session
from .settings_model import SettingsModel, Switch
from .sound import Chime, QtChime, SilentChime
from .speech import Speaker
from .view_modes import ViewModes
from .voice_control import VoiceParts, attach_voice

if TYPE_CHECKING:
    from ..storage.history import History
    from .history_dialog import HistoryDialog


class MainWindow(QMainWindow):
    """One window: the back on the left, the phase on the right, big buttons below.

    Everything it needs comes in through the constructor: the routines, the
    clocks, the chime and the voice, so tests and ``--screenshot`` can drive it.
    """

    def __init__(
        self,
        library: RoutineLibrary,
        routine: Routine,
        *,
        settings: AppSettings | None = None,
        clock: Clock = time.monotonic,
        wall: Clock = suspend_counting_clock,
        chime: Chime | None = None,
        store: RoutineStore | None = None,
        settings_store: SettingsStore | None = None,
        safety_check: bool = True,
        speaker: Speaker | None = None,
        history: History | None = None,
        screen_awake: ScreenAwake | None = None,
        follow_desktop_motion: bool = True,
        voice: VoiceParts | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Back Massage Coach"))
        self.setAccessibleName(self.windowTitle())
        self.setStyleSheet(theme.STYLE_SHEET)
        self.settings_model = SettingsModel(settings, settings_store, self)
        self.routines = RoutineManager(library, store, self)
        self.session_log = SessionLog(history, self)
        self.notices = NoticeBar()
        self.screen_awake = screen_awake or ScreenAwake()
        self.picker = RoutinePicker()
        around = Surroundings(
            self,
            self.settings_model,
            self.routines,
            self.session_log,
            self.picker,
            self._open,
            lambda: self.session_page.setFocus(),
        )
        parts = build_session(
            routine,
            around,
            clock=clock,
            wall=wall,
            chime=chime or SilentChime(),
            speaker=speaker,
            safety_check=safety_check,
        )
        self.controller, self.care, self.lifecycle = parts.controller, parts.care, parts.lifecycle
        self.cues, self.safety, self.choice = parts.cues, parts.safety, parts.choice
        self._build_widgets(clock, has_voice=speaker is not None)
        self._connect()
        self.voice = attach_voice(self, voice)
        if follow_desktop_motion and not self.settings.reduced_motion:
            motion_preference.ask_desktop(self, self._on_desktop_motion)
        self.setMinimumSize(*MIN_WINDOW_SIZE)
        self.resize(*WINDOW_SIZE)
        self.choice.refresh()
        if self.care.profile is not CareProfile.NONE:
            self.lifecycle.use(routine)
        self._show(self.controller.snapshot)

    def _build_widgets(self, clock: Clock, *, has_voice: bool) -> None:
        actions = self.actions_by_name = shortcuts.build_actions(self, self._handlers())
        self.session_page = SessionPage(
            self.controller, actions, self.picker, can_edit=self.routines.can_edit
        )
        self.pages = Pages(
            self.session_page,
            clock=clock,
            scores=self.settings_model,
            real_sound=lambda: isinstance(self.cues.chime, QtChime),
            back_from_practice=actions["practice"].trigger,
        )
        self.modes = ViewModes(
            self, self.pages, self.notices, actions["table_view"], self.statusBar().showMessage
        )
        # Notices about the user's files sit above every page until dismissed.
        self.setCentralWidget(with_notices(self.notices, self.pages))
        own_layout = self.layout()
        if own_layout is not None:
            own_layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.session_page.setFocus()
        model = self.settings_model
        self.volume_actions = menus.build_menus(
            self.menuBar(), actions, model, model.set_volume, self.notices.post
        )
        menus.follow_settings(actions, self.settings_model)
        menus.enable_by_means(
            actions,
            can_edit=self.routines.can_edit,
            can_export=self.routines.can_export,
            has_history=self.session_log.history is not None,
            speech=self.settings.speech if has_voice else None,
        )
        self.checkins = CheckInPrompt(self.controller, self.session_page.back)

    # -- building ---------------------------------------------------------
    def _handlers(self) -> dict[str, Callable[[], object]]:
        """What each command of the table does in this window."""
        handlers: dict[str, Callable[[], object]] = {
            "toggle": self.toggle_session,
            "next": self.controller.next_phase,
            "previous": self.controller.previous_phase,
            "add_time": self.controller.add_time,
            "restart": self.lifecycle.restart,
            "history": self.show_history,
            "mark_spots": self.toggle_marking,
            "safety_check": lambda: self.safety.check(),
            "quit": self.close,
            "edit_routine": lambda: self.routines.edit(self.lifecycle.plan.routine),
            "new_routine": self.routines.new,
            "import_routine": self.routines.import_file,
            "export_routine": lambda: self.routines.export(self.lifecycle.plan.routine),
            "delete_routine": lambda: self.choice.delete_current(),
            "fullscreen": lambda: self.modes.toggle_fullscreen(),
            "table_view": lambda: self.modes.toggle_table_view(),
            "leave_fullscreen": lambda: self.modes.leave(),
            "checkin_fine": lambda: self.checkins.answer(Answer.FINE),
            "checkin_lighter": lambda: self.checkins.answer(Answer.LIGHTER),
            "checkin_stop": lambda: self.checkins.answer(Answer.STOP),
            "practice": lambda: self.modes.toggle_practice(self.controller.pause),
            "trace": lambda: self.pages.trace(),
            "shortcuts": lambda: self._open(help_dialogs.shortcuts_dialog(self)),
            "safety_notes": lambda: self._open(help_dialogs.safety_dialog(self)),
            "about": lambda: self._open(help_dialogs.about_dialog(self)),
            "listen": lambda: self.switch("listen"),
            "mic_check": lambda: self.voice.open_check(),
        }
        switches: tuple[Switch, ...] = ("sound", "speech", "reduced_motion", "manual_advance")
        for name in switches:
            handlers[name] = functools.partial(self.switch, name)
        return handlers

    def _connect(self) -> None:
        model, page, controller = self.settings_model, self.session_page, self.controller
        self.notices.changed.connect(self.modes.rescale)
        self.session_log.problem.connect(self.notices.post)
        model.save_failed.connect(self.notices.post)
        model.manual_advance_changed.connect(lambda on: controller.set_auto_advance(not on))
        model.reduced_motion_changed.connect(self._apply_reduced_motion)
        controller.set_auto_advance(not self.settings.manual_advance)
        page.back.set_reduced_motion(self.settings.reduced_motion)
        page.back.spot_clicked.connect(self.care.toggle_spot)
        # The timeline (and pyqtgraph) and the audio stack load once the back
        # has been painted, so the first frame on screen waits for neither.
        page.back.installEventFilter(self)
        self.care.spots_changed.connect(page.back.set_spots)
        self.care.spots_changed.connect(self.lifecycle.set_spots)
        self.care.marking_changed.connect(page.back.set_marking)
        self.lifecycle.care_changed.connect(self._show_care)
        self.safety.said.connect(self.statusBar().showMessage)
        self.choice.said.connect(self.statusBar().showMessage)
        self.routines.problem.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.cues.status.connect(self.statusBar().showMessage)
        self.checkins.answered.connect(self._on_checkin_answer)
        self.checkins.asked.connect(lambda _check: self.cues.ask_checkin())
        controller.ticked.connect(self._show)
        controller.finished.connect(self._on_finished)
        controller.slept.connect(lambda: self.statusBar().showMessage(slept_text()))

    # -- the session --------------------------------------------------------
    @property
    def settings(self) -> AppSettings:
        return self.settings_model.value

    def _show(self, snap: Snapshot) -> None:
        if self.session_page.show_snapshot(snap):
            self.checkins.update(snap)
            self.cues.follow(snap)
            self.screen_awake.set_running(snap.moving)

    def status_text(self) -> str:
        """Where the session is, in one sentence (as screen readers hear it)."""
        return status_sentence(self.controller.snapshot)

    def toggle_session(self) -> None:
        """Space: before a session starts, the safety check comes first; in
        aftercare it runs the rest timer."""
        if self.pages.in_aftercare and self.pages.aftercare is not None:
            self.pages.aftercare.toggle_rest()
        else:
            self.lifecycle.toggle()

    def _on_checkin_answer(self, answer: Answer) -> None:
        self.lifecycle.answer(answer)
        self.statusBar().showMessage(checkin_answer_text(answer), 6000)

    def _on_finished(self) -> None:
        self.cues.finished()
        self.pages.show_aftercare(self.pages.show_session)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """With manual advance, any key (a foot pedal sends one) goes on."""
        if self.controller.snapshot.waiting and not self.pages.in_practice:
            self.controller.start()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- settings -----------------------------------------------------------
    def switch(self, name: Switch) -> None:
        """Flip an on/off setting; its menu tick follows, and a word says so."""
        on = self.settings_model.toggle(name)
        said = command(name).said_on if on else command(name).said_off
        if said:
            self.statusBar().showMessage(said, 4000)

    def _apply_reduced_motion(self, on: bool) -> None:
        self.session_page.back.set_reduced_motion(on)
        self._sync_foreground()

    def _on_desktop_motion(self, reduced: bool) -> None:
        """The desktop asks for less motion: honour it, without making it the
        user's own saved choice."""
        if reduced and not self.settings.reduced_motion:
            self.settings_model.set_switch("reduced_motion", True, save=False)

    def restore_geometry(self) -> None:
        data = self.settings_model.load_geometry("main")
        if data:
            self.restoreGeometry(QByteArray(data))

    # -- routines and care ------------------------------------------------------
    def toggle_marking(self) -> None:
        on = self.care.toggle_marking()
        self.actions_by_name["mark_spots"].setChecked(on)
        self.statusBar().showMessage(marking_text(on, keys_label("mark_spots")), 8000)

    def _show_care(self, lines: list[str]) -> None:
        self.session_page.show_care(care_label(self.care.profile, lines), lines)

    def show_history(self) -> HistoryDialog | None:
        if self.session_log.history is None:
            return None
        from .history_dialog import HistoryDialog

        dialog = HistoryDialog(self.session_log.history, self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        """Open without blocking the session; when it closes, keys go straight
        back to the session, even where no window manager hands focus back."""
        dialog.finished.connect(lambda _code: self._take_keys())
        dialog.open()

    def _take_keys(self) -> None:
        self.activateWindow()
        self.session_page.setFocus()

    # -- the window -------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.modes.rescale()

    def _sync_foreground(self) -> None:
        # With still diagrams nothing animates: a slow tick keeps the time.
        self.controller.set_foreground(
            self.isVisible() and not self.isMinimized() and not self.settings.reduced_motion
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_foreground()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._sync_foreground()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._sync_foreground()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.session_page.back and event.type() == QEvent.Type.Paint:
            # The first frame is on its way to the screen: now load what it
            # did not need (the plotting library, the audio stack).
            self.session_page.back.removeEventFilter(self)
            QTimer.singleShot(0, self.session_page.ensure_timeline)
            QTimer.singleShot(0, self.cues.warm_up)
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.routines.editors):
            if not editor.close():
                event.ignore()  # the user chose to keep editing
                return
        self.lifecycle.close()
        self.screen_awake.set_running(False)
        self.settings_model.set_switch("fullscreen", self.isFullScreen())
        self.settings_model.save_geometry("main", bytes(self.saveGeometry().data()))
        super().closeEvent(event)
