"""The guided session window."""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..commands import COMMANDS, command, hint_line, key_label, keys_label
from ..domain import motion, timefmt
from ..domain.checkins import Answer
from ..domain.library import RoutineLibrary
from ..domain.pressure import band_for
from ..domain.routine import Routine
from ..domain.safety import AvoidSpot, CareProfile
from ..domain.session import Clock, Snapshot, State, suspend_counting_clock
from ..domain.sound_status import CueOutput, cue_message
from ..settings import MIN_WINDOW_SIZE, WINDOW_SIZE, AppSettings
from ..storage import RoutineStore, SettingsStore, StorageError
from . import motion_preference, shortcuts, theme
from .back_view import BackView
from .checkin_prompt import CheckInPrompt
from .notice_bar import NoticeBar
from .routine_manager import RoutineManager
from .routine_picker import RoutinePicker
from .safety_dialog import SafetyDialog
from .screen_awake import ScreenAwake
from .session_lifecycle import SessionLifecycle
from .session_log import SessionLog
from .speech import Speaker

if TYPE_CHECKING:
    from ..storage.history import History
    from .aftercare_view import AftercareView
    from .history_dialog import HistoryDialog
    from .practice_view import PracticeView
    from .pressure_plot import PressurePlot
from .phase_panel import PhasePanel, _label
from .session_controller import SessionController
from .sound import Chime, SilentChime

log = logging.getLogger(__name__)

MAX_TEXT_SCALE = 2.0
TABLE_VIEW_SCALE = 1.2
MIN_TEXT_SCALE = 0.65
COMPACT_BELOW_HEIGHT = 700  # smaller buttons and picker below this
GET_READY_HINT = "Warm a little oil in your palms, then rest both hands on the back."

SAFETY_TEXT = (
    "<h3>Before you begin</h3>"
    "<ul>"
    "<li>Skip the massage if they have a fever or infection, a fresh injury, swelling or "
    "bruising, a recent fracture or a bone condition, broken or irritated skin, varicose "
    "veins or a suspected clot, or sharp pain nobody has explained. Ask a health "
    "professional first.</li>"
    "<li>Take extra care with older adults (lighter strokes) and in pregnancy (leave the "
    "lower back alone unless you are trained).</li>"
    "</ul>"
    "<h3>While you massage</h3>"
    "<ul>"
    "<li>Never press on the spine itself: work the muscles on either side of it.</li>"
    "<li>Warm up with light strokes first and build pressure slowly.</li>"
    "<li>Ask how the pressure feels, and ease off at any sign of discomfort.</li>"
    "</ul>"
)


class MainWindow(QMainWindow):
    """One window: the back on the left, the phase on the right, big buttons below.

    Everything it needs comes in through the constructor: the routines, the
    clocks and the chime, so tests and ``--screenshot`` can drive it.
    """

    def __init__(self, library: RoutineLibrary, routine: Routine, *,
                 settings: AppSettings | None = None,
                 clock: Clock = time.monotonic, wall: Clock = suspend_counting_clock,
                 chime: Chime | None = None, store: RoutineStore | None = None,
                 settings_store: SettingsStore | None = None,
                 safety_check: bool = True, speaker: Speaker | None = None,
                 history: History | None = None,
                 screen_awake: ScreenAwake | None = None,
                 follow_desktop_motion: bool = True) -> None:
        super().__init__()
        self._settings = settings or AppSettings()
        self._settings_store = settings_store
        self._chime: Chime = chime or SilentChime()
        self._chime.set_volume(self._settings.volume)
        self.routines = RoutineManager(library, store, self)
        self._spots: tuple[AvoidSpot, ...] = ()
        self._marking = False
        self.session_log = SessionLog(history, self)
        self.notices = NoticeBar()
        self.notices.changed.connect(lambda: self._rescale())
        self.session_log.problem.connect(self.notices.post)
        self.screen_awake = screen_awake or ScreenAwake()
        self._speaker = speaker
        self._sound_notice = ""
        self._chime.watch(self._note_sound_problem)
        if speaker is not None:
            speaker.watch(self._note_sound_problem)
        self._minute_warned: set[int] = set()
        self.safety_dialog: SafetyDialog | None = None
        self._outside_routine = routine if self.routines.get(routine.key) is None else None
        self._last_summary = ""
        self._shown_key: tuple[object, ...] = ()
        self.timeline: PressurePlot | None = None
        self.practice: PracticeView | None = None
        self._practice_page: QWidget | None = None
        self.aftercare: AftercareView | None = None
        self._clock = clock
        self._timeline_plan: tuple[object, ...] = ()

        self.setWindowTitle("Back Massage Coach")
        self.setAccessibleName("Back Massage Coach")
        self.setStyleSheet(theme.STYLE_SHEET)

        self.controller = SessionController(routine, get_ready_s=self._settings.get_ready_s,
                                            clock=clock, wall=wall, parent=self)
        self.lifecycle = SessionLifecycle(self.controller, self.session_log, routine,
                                          profile=lambda: self.care_profile,
                                          safety_check=safety_check, parent=self)
        self.lifecycle.care_changed.connect(self._show_care)
        self.lifecycle.safety_needed.connect(lambda: self.safety_check(start_after=True))
        self.back = BackView()
        # The timeline (and pyqtgraph with it) is built once the back has been
        # painted, so the first frame on screen does not wait for it.
        self.back.installEventFilter(self)
        self.panel = PhasePanel()
        self.state_line = self.panel.state_line
        self.picker = RoutinePicker()
        self.picker.picked.connect(self._on_pick)
        self.routines.changed.connect(self._refresh_picker)
        self.routines.saved.connect(self._on_routine_saved)
        self.routines.problem.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._refresh_picker()
        self.actions_by_name = shortcuts.build_actions(self, {
            "toggle": self.toggle_session,
            "next": self.controller.next_phase,
            "previous": self.controller.previous_phase,
            "add_time": self.controller.add_time,
            "restart": self.lifecycle.restart,
            "fullscreen": self.toggle_fullscreen,
            "leave_fullscreen": self.leave_fullscreen,
            "shortcuts": self.show_shortcuts,
            "quit": self._quit,
            "sound": self.toggle_sound,
            "speech": self.toggle_speech,
            "reduced_motion": self.toggle_reduced_motion,
            "manual_advance": self.toggle_manual_advance,
            "table_view": self.toggle_table_view,
            "mark_spots": self.toggle_marking,
            "edit_routine": self.edit_routine,
            "new_routine": self.routines.new,
            "import_routine": self.routines.import_file,
            "export_routine": self.export_routine,
            "practice": self.toggle_practice,
            "checkin_fine": lambda: self.checkins.answer(Answer.FINE),
            "checkin_lighter": lambda: self.checkins.answer(Answer.LIGHTER),
            "checkin_stop": lambda: self.checkins.answer(Answer.STOP),
            "trace": self._trace_in_practice,
        })
        for name in ("sound", "manual_advance", "reduced_motion", "speech", "table_view",
                     "mark_spots"):
            action = self.actions_by_name[name]
            action.setCheckable(True)
            action.setChecked(bool(getattr(self._settings, name, False)))
        self.back.spot_clicked.connect(self.toggle_spot)
        self.controller.set_auto_advance(not self._settings.manual_advance)
        self.controller.waiting.connect(self._on_waiting)
        self.back.set_reduced_motion(self._settings.reduced_motion)
        if follow_desktop_motion and not self._settings.reduced_motion:
            motion_preference.ask_desktop(self, self._on_desktop_motion)
        speech = self.actions_by_name["speech"]
        speech.setChecked(self._settings.speech and speaker is not None)
        speech.setEnabled(speaker is not None)
        for name in ("edit_routine", "new_routine", "import_routine"):
            self.actions_by_name[name].setEnabled(self.routines.can_edit)
        self.actions_by_name["export_routine"].setEnabled(self.routines.can_export)
        self.buttons: dict[str, QPushButton] = {}
        self._build_layout()
        self._build_menus()

        self.checkins = CheckInPrompt(self.controller, self.back)
        self.checkins.answered.connect(self._on_checkin_answer)
        self.checkins.asked.connect(lambda _check: self.speak("How is the pressure?"))
        self.controller.ticked.connect(self._show)
        self.controller.phase_changed.connect(self._on_phase_changed)
        self.controller.finished.connect(self._on_finished)
        self.controller.slept.connect(self._on_slept)
        own_layout = self.layout()
        if own_layout is not None:
            own_layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(*MIN_WINDOW_SIZE)
        self.resize(*WINDOW_SIZE)
        if self.care_profile is not CareProfile.NONE:
            self.use_routine(routine)
        self._show(self.controller.snapshot)

    # -- building ---------------------------------------------------------
    def _refresh_picker(self) -> None:
        own = self.routines.own
        if self._outside_routine is not None:
            own.append(self._outside_routine)
        current = self.controller.session.routine.key
        self.picker.set_routines(self.routines.builtins.routines, own, self.routines.broken,
                                 current)

    def _build_layout(self) -> None:
        central = self.central = QWidget()
        central.setObjectName("central")
        central.setAccessibleName("Session")
        central.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Two pages: the session, and practice mode (built when first opened).
        self.pages = QStackedWidget()
        self.pages.setObjectName("central")
        self.pages.addWidget(central)
        # Notices about the user's files sit above every page until dismissed.
        holder = QWidget()
        holder.setObjectName("central")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notices)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(holder)

        top = QHBoxLayout()
        routine_label = QLabel("Routine")
        routine_label.setFont(theme.font(17))
        top.addWidget(routine_label)
        top.addWidget(self.picker, 0)
        edit = QPushButton("Edit…")
        edit.setObjectName("small")
        edit.setAccessibleName("Edit this routine")
        edit.setToolTip(f"{command('edit_routine').help} ({keys_label('edit_routine')})")
        edit.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        edit.clicked.connect(self.actions_by_name["edit_routine"].trigger)
        edit.setEnabled(self.routines.can_edit)
        self.edit_button = edit
        top.addWidget(edit)
        practice = QPushButton("Practice strokes")
        practice.setObjectName("small")
        practice.setAccessibleName("Practice strokes")
        practice.setToolTip(f"{command('practice').help} ({keys_label('practice')})")
        practice.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        practice.clicked.connect(self.actions_by_name["practice"].trigger)
        top.addWidget(practice)
        self.care_label = _label(17, bold=True, name="Care profile")
        self.care_label.setStyleSheet(f"color: {theme.ACCENT.name()};")
        self.care_label.hide()
        top.addWidget(self.care_label)
        top.addStretch(1)
        hint = self.key_hint = _label(17, muted=True, name="Keyboard hint")
        hint.setText(hint_line())
        top.addWidget(hint)

        middle = QHBoxLayout()
        middle.setSpacing(18)
        # Widths follow the stretch factors only, so a longer line of text
        # (say "Paused") never makes the silhouette jump sideways.
        for widget in (self.back, self.panel):
            policy = widget.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            widget.setSizePolicy(policy)
        middle.addWidget(self.back, 5)
        middle.addWidget(self.panel, 6)

        bar = QHBoxLayout()
        bar.setSpacing(12)
        for name, text in (("previous", "◀  Previous"), ("toggle", "Start"),
                           ("next", "Next  ▶"), ("add_time", command("add_time").text),
                           ("restart", "Restart"), ("fullscreen", "Full screen")):
            button = QPushButton(text)
            keys = keys_label(name)
            button.setToolTip(f"{command(name).help} ({keys})")
            button.setAccessibleName(command(name).text)
            button.setAccessibleDescription(f"{command(name).help}. Key: {keys}")
            # Buttons never keep keyboard focus after a click, so Space and the
            # arrows always reach the session rather than a focused button.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(self.actions_by_name[name].trigger)
            if name == "toggle":
                button.setObjectName("primary")
                button.setMinimumWidth(200)
            bar.addWidget(button, 2 if name == "toggle" else 1)
            self.buttons[name] = button

        outer = QVBoxLayout(central)
        # The window's smallest size is set by MIN_WINDOW_SIZE, not by the
        # layout at the current text scale: shrinking the window shrinks the
        # text (resizeEvent), which the layout alone could never allow.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(18, 10, 18, 10)
        outer.setSpacing(10)
        # The bars sit in widgets of their own so the table view can hide them.
        self.top_bar, self.button_bar = QWidget(), QWidget()
        for holder, row in ((self.top_bar, top), (self.button_bar, bar)):
            row.setContentsMargins(0, 0, 0, 0)
            holder.setLayout(row)
        outer.addWidget(self.top_bar)
        outer.addLayout(middle, 1)
        outer.addWidget(self.button_bar)
        central.setFocus()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        session = bar.addMenu("&Session")
        for name in ("toggle", "previous", "next", "add_time", "restart"):
            session.addAction(self.actions_by_name[name])
        session.addSeparator()
        history_action = QAction("History…", self)
        history_action.triggered.connect(self.show_history)
        history_action.setEnabled(self.session_log.history is not None)
        session.addAction(history_action)
        session.addAction(self.actions_by_name["mark_spots"])
        check = QAction("Safety check…", self)
        check.triggered.connect(lambda: self.safety_check())
        session.addAction(check)
        session.addSeparator()
        session.addAction(self.actions_by_name["quit"])
        routines = bar.addMenu("&Routines")
        for name in ("edit_routine", "new_routine", "import_routine", "export_routine"):
            routines.addAction(self.actions_by_name[name])
        routines.addSeparator()
        self.delete_action = QAction("Delete this routine…", self)
        self.delete_action.triggered.connect(self.delete_routine)
        routines.addAction(self.delete_action)
        view = bar.addMenu("&View")
        view.addAction(self.actions_by_name["fullscreen"])
        view.addAction(self.actions_by_name["table_view"])
        view.addSeparator()
        view.addAction(self.actions_by_name["sound"])
        view.addAction(self.actions_by_name["speech"])
        view.addAction(self.actions_by_name["reduced_motion"])
        view.addAction(self.actions_by_name["manual_advance"])
        volume = view.addMenu("Chime volume")
        self.volume_actions: dict[int, QAction] = {}
        for percent in (25, 50, 75, 100):
            action = QAction(f"{percent}%", self)
            action.setCheckable(True)
            action.setChecked(round(self._settings.volume * 100) == percent)
            action.triggered.connect(lambda _c=False, p=percent: self.set_volume(p / 100))
            volume.addAction(action)
            self.volume_actions[percent] = action
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.actions_by_name["shortcuts"])
        safety = QAction("Safety notes", self)
        safety.triggered.connect(self.show_safety)
        help_menu.addAction(safety)
        about = QAction("About", self)
        about.triggered.connect(self._show_about)
        help_menu.addAction(about)

    # -- reacting to the session ---------------------------------------
    def _show(self, snap: Snapshot) -> None:
        self.back.set_phase(snap.phase.zone, snap.phase.stroke)
        if snap.state in (State.RUNNING, State.PAUSED) and not snap.counting_down:
            self.back.set_cycles(motion.cycles_at(snap.phase.stroke, snap.phase_elapsed_s))
        else:
            self.back.set_cycles(0.0)
        # The hands move every frame; the rest changes at most ten times a
        # second, and redoing it 60 times cost a sixth of the app's CPU.
        key = snap.shown_key()
        if key == self._shown_key:
            return
        self._shown_key = key
        self.panel.show_snapshot(snap, GET_READY_HINT, key_label("toggle"))
        self._enable_buttons(snap.state)
        self._show_state(snap)
        self._show_timeline(snap)
        self.checkins.update(snap)
        self._speak_minute_left(snap)
        self.screen_awake.set_running(snap.moving)
        summary = self.status_text(snap)
        if summary != self._last_summary:
            self._last_summary = summary
            self.central.setAccessibleDescription(summary)

    def ensure_timeline(self) -> PressurePlot:
        """Build the pressure timeline on first need: pyqtgraph loads here,
        after the window is already on screen, not at start-up."""
        if self.timeline is None:
            from .pressure_plot import PressurePlot

            self.timeline = PressurePlot(compact=True)
            self.timeline.phase_clicked.connect(self.controller.go_to_phase)
            self.panel.set_timeline(self.timeline)
            self._timeline_plan = ()
            self._show_timeline(self.controller.snapshot)
        return self.timeline

    def _show_timeline(self, snap: Snapshot) -> None:
        if self.timeline is None:
            return
        routine = self.controller.session.routine
        durations = self.controller.phase_durations()
        plan = (routine.key, routine.phases, durations)
        if plan != self._timeline_plan:
            self._timeline_plan = plan
            self.timeline.set_plan(routine.phases, durations)
        self.timeline.set_current(snap.phase_index)
        started = snap.state is not State.READY and not snap.counting_down
        self.timeline.set_position(snap.session_elapsed_s if started else None)

    def _show_state(self, snap: Snapshot) -> None:
        key = key_label("toggle")
        if snap.state is State.READY:
            text, button = f"Ready · {key} to start", "Start"
        elif snap.state is State.GET_READY:
            text, button = "Get ready: hands on the back", "Pause"
        elif snap.waiting:
            text, button = "Time's up · any key: next phase", "Next phase"
        elif snap.state is State.PAUSED:
            text, button = f"Paused · {key} to resume", "Resume"
        elif snap.state is State.FINISHED:
            text, button = f"Done · {key} to start again", "Start again"
        else:
            text, button = "", "Pause"
        if self.state_line.text() != text:
            self.state_line.setText(text)
        toggle = self.buttons["toggle"]
        if toggle.text() != button:
            toggle.setText(button)
            toggle.setAccessibleName(button)
        dim = snap.state in (State.PAUSED, State.READY)
        colour = theme.MUTED.name() if dim else theme.TEXT.name()
        style = f"color: {colour};"
        if self.panel.countdown.styleSheet() != style:
            self.panel.countdown.setStyleSheet(style)

    def _enable_buttons(self, state: State) -> None:
        """Grey out what would do nothing now, so a press never seems ignored."""
        started = state not in (State.READY, State.FINISHED)
        for name, enabled in (("next", started), ("add_time", started),
                              ("previous", state is not State.READY)):
            if self.buttons[name].isEnabled() != enabled:
                self.buttons[name].setEnabled(enabled)
                self.actions_by_name[name].setEnabled(enabled)

    def status_text(self, snap: Snapshot | None = None) -> str:
        """Where the session is, in one sentence for screen readers."""
        snap = snap or self.controller.snapshot
        phase = snap.phase
        band = band_for(snap.pressure).name.lower()
        where = (f"Phase {snap.phase_index + 1} of {snap.phase_count}: {phase.name}. "
                 f"{phase.zone.label}, {phase.stroke.label.lower()}.")
        if snap.state is State.FINISHED:
            return "Session complete. Let them rest."
        if snap.counting_down or snap.state is State.READY:
            state = "Paused. " if snap.state is State.PAUSED else ""
            return (f"{state}Getting ready, {timefmt.spoken(snap.get_ready_remaining_s)}. "
                    f"First: {where}")
        state = "Paused. " if snap.state is State.PAUSED else ""
        return (f"{state}{where} {timefmt.spoken(snap.phase_remaining_s)} left. "
                f"{band.capitalize()} pressure, {round(snap.pressure)} of 10.")

    def _on_phase_changed(self, index: int, automatic: bool) -> None:
        if automatic:
            self._ring()
            phase = self.controller.session.routine.phases[index]
            self.speak(f"{phase.name}. {phase.instruction}.")

    def speak(self, text: str) -> None:
        if self._speaker is None or not self._settings.speech:
            return
        self._speaker.say(text)

    def toggle_speech(self) -> None:
        self._flip("speech", "Spoken cues on", "Spoken cues off")

    def _speak_minute_left(self, snap: Snapshot) -> None:
        """'One minute left' in long phases, once per phase."""
        if snap.state is State.READY:
            self._minute_warned.clear()
        if snap.state is not State.RUNNING or snap.counting_down:
            return
        if snap.phase_duration_s < 180 or snap.phase_index in self._minute_warned:
            return
        if 55 < snap.phase_remaining_s <= 60:
            self._minute_warned.add(snap.phase_index)
            self.speak("One minute left.")

    def _on_checkin_answer(self, answer: Answer) -> None:
        self.lifecycle.answer(answer)
        words = {Answer.FINE: "Pressure is fine: carry on.",
                 Answer.LIGHTER: "Lighter from now on: the pressure is lowered for the rest.",
                 Answer.STOP: "Stopping here: on to the gentle ending."}
        self.statusBar().showMessage(words[answer], 6000)

    def _on_finished(self) -> None:
        self._ring()
        self.speak("All done. A glass of water, and let them rest quietly for a while.")
        self.show_aftercare()

    def show_aftercare(self) -> AftercareView:
        if self.aftercare is None:
            from .aftercare_view import AftercareView

            self.aftercare = AftercareView(self._clock)
            self.aftercare.back_button.clicked.connect(self.leave_aftercare)
            page = QWidget()
            page.setObjectName("central")
            layout = QVBoxLayout(page)
            layout.setContentsMargins(18, 14, 18, 14)
            layout.addWidget(self.aftercare)
            self.pages.addWidget(page)
        page_widget = self.aftercare.parentWidget()
        if page_widget is not None:
            self.pages.setCurrentWidget(page_widget)
        return self.aftercare

    @property
    def in_aftercare(self) -> bool:
        return (self.aftercare is not None
                and self.pages.currentWidget() is self.aftercare.parentWidget())

    def leave_aftercare(self) -> None:
        self.pages.setCurrentIndex(0)
        self.central.setFocus()

    def _ring(self) -> None:
        if self._settings.sound:
            self._chime.play()

    # -- settings ---------------------------------------------------------
    @property
    def settings(self) -> AppSettings:
        return self._settings

    def _change_settings(self, **changes: object) -> None:
        self._settings = replace(self._settings, **changes)  # type: ignore[arg-type]
        if self._settings_store is not None:
            try:
                self._settings_store.save(self._settings)
            except StorageError as exc:
                self.notices.post(str(exc))

    def toggle_sound(self) -> None:
        self._flip("sound", "Chime on", "Chime off")

    def _flip(self, name: str, said_on: str = "", said_off: str = "") -> bool:
        """Turn the on/off setting ``name`` over: saved, its menu tick and a
        word in the status bar follow. The setting and its command share a name."""
        on = not getattr(self._settings, name)
        self._change_settings(**{name: on})
        self.actions_by_name[name].setChecked(on)
        if said_on:
            self.statusBar().showMessage(said_on if on else said_off, 4000)
        return on

    def set_volume(self, volume: float) -> None:
        self._chime.set_volume(volume)
        self._change_settings(volume=volume)
        for percent, action in self.volume_actions.items():
            action.setChecked(percent == round(volume * 100))

    def restore_geometry(self) -> None:
        if self._settings_store is None:
            return
        data = self._settings_store.load_geometry("main")
        if data:
            self.restoreGeometry(QByteArray(data))

    # -- practice ---------------------------------------------------------
    def ensure_practice(self) -> PracticeView:
        """Build practice mode on first use: nothing of it costs at start-up."""
        if self.practice is None:
            from .practice_view import PracticeView
            from .sound import QtChime

            tick = QtChime("sounds/tick.wav") if isinstance(
                self._chime, QtChime) else SilentChime()
            if isinstance(tick, QtChime):
                tick.load()  # now, so the first tick is not late
            page = QWidget()
            page.setObjectName("central")
            page.setAccessibleName("Practice")
            header = QHBoxLayout()
            title = QLabel("Practice strokes")
            title.setFont(theme.font(26, bold=True))
            back = QPushButton(f"Back to the session ({keys_label('practice')})")
            back.setObjectName("small")
            back.setAccessibleName("Back to the session")
            back.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            back.clicked.connect(self.actions_by_name["practice"].trigger)
            header.addWidget(title)
            header.addStretch(1)
            header.addWidget(back)
            self.practice = PracticeView(clock=self._clock, settings_store=self._settings_store,
                                         tick=tick)
            layout = QVBoxLayout(page)
            layout.setContentsMargins(18, 10, 18, 14)
            layout.addLayout(header)
            layout.addWidget(self.practice, 1)
            self.pages.addWidget(page)
            self._practice_page = page
        return self.practice

    @property
    def in_practice(self) -> bool:
        return self.practice is not None and self.pages.currentWidget() is self._practice_page

    def toggle_practice(self) -> None:
        """Practice is done away from the table, so the session pauses."""
        if self.in_practice:
            self.pages.setCurrentIndex(0)
            self.central.setFocus()
            return
        self.controller.pause()
        self.ensure_practice()
        if self._practice_page is not None:
            self.pages.setCurrentWidget(self._practice_page)
        if self.practice is not None:
            self.practice.strokes.setFocus()

    def _trace_in_practice(self) -> None:
        if self.in_practice and self.practice is not None:
            self.practice.start_trace()

    # -- routines ---------------------------------------------------------
    def current_routine(self) -> Routine:
        """The routine as chosen (before any care adaptation)."""
        return self.lifecycle.plan.routine

    def use_routine(self, routine: Routine) -> None:
        """Run ``routine``, adapted to the care profile, from its start."""
        self.lifecycle.use(routine)

    # -- sore spots ---------------------------------------------------------
    @property
    def spots(self) -> tuple[AvoidSpot, ...]:
        return self._spots

    def toggle_marking(self) -> None:
        on = not self._marking
        self._marking = on
        self.back.set_marking(on)
        self.actions_by_name["mark_spots"].setChecked(on)
        self.statusBar().showMessage(
            "Click the back where it is sore or bruised; click a mark again to clear it. "
            f"{keys_label('mark_spots')} when done." if on else "Done marking.", 8000)

    def toggle_spot(self, u: float, v: float) -> None:
        """Add a sore spot at (u, v), or clear the one already there."""
        near = [s for s in self._spots if (s.u - u) ** 2 + (s.v - v) ** 2 <= s.radius ** 2]
        spots = tuple(s for s in self._spots if s not in near) if near else (
            *self._spots, AvoidSpot(u, v, label="sore spot"))
        self._spots = spots
        self.back.set_spots(spots)
        self.lifecycle.set_spots(spots)

    @property
    def care_profile(self) -> CareProfile:
        try:
            return CareProfile(self._settings.care_profile)
        except ValueError:
            return CareProfile.NONE

    def _show_care(self, lines: list[str]) -> None:
        profile = self.care_profile
        text = "" if profile is CareProfile.NONE else f"Care: {profile.label}"
        if lines and profile is CareProfile.NONE:
            text = "Adapted"
        self.care_label.setText(text)
        self.care_label.setToolTip("\n".join(lines))
        self.care_label.setAccessibleDescription(" ".join(lines))
        self.care_label.setVisible(bool(text))

    # -- safety check -------------------------------------------------------
    def toggle_session(self) -> None:
        """Space: before a session starts, the safety check comes first; in
        aftercare it runs the rest timer."""
        if self.in_aftercare and self.aftercare is not None:
            self.aftercare.toggle_rest()
        else:
            self.lifecycle.toggle()

    def safety_check(self, start_after: bool = False) -> SafetyDialog:
        dialog = SafetyDialog(self.care_profile, first_time=not self._settings.safety_seen,
                              parent=self)
        dialog.accepted.connect(lambda: self._after_safety(dialog, start_after))
        dialog.finished.connect(lambda _code: self._take_keys())
        self.safety_dialog = dialog
        dialog.open()
        return dialog

    def _after_safety(self, dialog: SafetyDialog, start_after: bool) -> None:
        profile = dialog.profile()
        changed = profile.value != self._settings.care_profile
        self._change_settings(safety_seen=True, care_profile=profile.value)
        if changed and not self._session_in_progress():
            self.use_routine(self.current_routine())
        elif changed:
            self.statusBar().showMessage(
                f"Care profile set to {profile.label}; it applies from the next session.", 8000)
        if dialog.advice_text:
            self.statusBar().showMessage("Going on against the safety advice: keep it light "
                                         "and stop at any discomfort.", 12000)
        if start_after:
            self.lifecycle.start()

    def edit_routine(self) -> None:
        self.routines.edit(self.current_routine())

    def export_routine(self) -> None:
        self.routines.export(self.current_routine())

    def delete_routine(self) -> None:
        routine = self.current_routine()
        if self.routines.delete(routine):
            fallback = self.routines.builtins.routines[0]
            self.use_routine(fallback)
            self._change_settings(routine=fallback.key)
            self._refresh_picker()

    def _on_routine_saved(self, routine: Routine) -> None:
        if not self._session_in_progress():
            self.use_routine(routine)
            self._change_settings(routine=routine.key)
            self.statusBar().showMessage(f"“{routine.name}” is ready to start", 5000)
        else:
            self.statusBar().showMessage(
                f"Saved “{routine.name}”; pick it when this session is over", 8000)
        self._refresh_picker()

    def _warm_up_sound(self) -> None:
        """Load the chime and start the speech engine, both off the GUI thread."""
        self._chime.load()
        if self._speaker is not None and self._settings.speech:
            self._speaker.warm_up()
        self._note_sound_problem()

    def _note_sound_problem(self) -> None:
        """One line saying what still works when the chime or speech cannot be
        used, shown again only when it changes."""
        speech = self._speaker.status if self._speaker is not None else CueOutput.off()
        text = cue_message(self._chime.status, speech, chime_on=self._settings.sound,
                           speech_on=self._settings.speech)
        if text and text != self._sound_notice:
            self._sound_notice = text
            self.statusBar().showMessage(text)

    def show_history(self) -> HistoryDialog | None:
        if self.session_log.history is None:
            return None
        from .history_dialog import HistoryDialog

        dialog = HistoryDialog(self.session_log.history, self)
        dialog.finished.connect(lambda _code: self._take_keys())
        dialog.open()
        return dialog

    def _on_slept(self) -> None:
        self.statusBar().showMessage(
            "The computer went to sleep, so the session paused where it was. "
            f"Press {key_label('toggle')} to go on.")

    def _on_pick(self, key: str) -> None:
        current = self.controller.session.routine
        routine = self.routines.get(key)
        if routine is None and self._outside_routine and key == self._outside_routine.key:
            routine = self._outside_routine
        if routine is not None and routine.key != current.key:
            if self._session_in_progress() and not self._confirm_switch(routine):
                self.picker.select(current.key)
            else:
                self.use_routine(routine)
                self.picker.select(routine.key)
                if self.routines.get(routine.key) is not None:
                    self._change_settings(routine=routine.key)
        self.central.setFocus()

    def _session_in_progress(self) -> bool:
        return self.controller.snapshot.state not in (State.READY, State.FINISHED)

    def _confirm_switch(self, routine: Routine) -> bool:
        """Ask before a stray click on the picker throws a session away."""
        self.controller.pause()
        answer = QMessageBox.question(
            self, "Switch routine?",
            f"Switch to {routine.name}? The session in progress will end.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- window ---------------------------------------------------------
    def _quit(self) -> None:
        self.close()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def leave_fullscreen(self) -> None:
        if self.in_aftercare:
            self.leave_aftercare()
        elif self.table_view:
            self.toggle_table_view()
            if self.isFullScreen():
                self.showNormal()
        elif self.isFullScreen():
            self.showNormal()

    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td><b>{keys_label(c.name)}</b></td><td>&nbsp;&nbsp;{c.help}</td></tr>"
            for c in COMMANDS)
        box = QMessageBox(QMessageBox.Icon.NoIcon, "Keyboard shortcuts",
                          f"<table>{rows}</table>", QMessageBox.StandardButton.Close, self)
        box.setAccessibleName("Keyboard shortcuts")
        self._open_dialog(box)

    def show_safety(self) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, "Safety notes", SAFETY_TEXT,
                          QMessageBox.StandardButton.Close, self)
        box.setAccessibleName("Safety notes")
        self._open_dialog(box)

    def _open_dialog(self, box: QMessageBox) -> None:
        # When it closes, keys must go straight back to the session, even
        # where no window manager hands focus back.
        box.finished.connect(self._take_keys)
        box.open()

    def _take_keys(self) -> None:
        self.activateWindow()
        self.central.setFocus()

    def _show_about(self) -> None:
        QMessageBox.about(self, "About Back Massage Coach",
                          f"Back Massage Coach {__version__}<br>"
                          "Guides you through a back massage, phase by phase.")

    @property
    def table_view(self) -> bool:
        return bool(self.property("tableView"))

    def toggle_table_view(self) -> None:
        """A layout for a laptop two metres away: a huge countdown, the back
        and the pressure band, nothing else, in high contrast."""
        on = not self.table_view
        self.setProperty("tableView", on)
        for widget in (self.top_bar, self.button_bar, self.panel.step, self.panel.cue,
                       self.panel.next, self.panel.session_left, self.menuBar()):
            widget.setVisible(not on)
        if self.timeline is not None:
            self.timeline.setVisible(not on)
        self.actions_by_name["table_view"].setChecked(on)
        self.setStyleSheet(theme.STYLE_SHEET)  # re-evaluates [tableView="true"]
        self._rescale()
        if on:
            self.statusBar().showMessage(
                f"Table view: {keys_label('table_view')} or Esc to leave", 5000)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        base_w, base_h = WINDOW_SIZE
        # A notice takes room from the session, so the type shrinks to fit.
        notice_h = self.notices.sizeHint().height() if self.notices.isVisibleTo(self) else 0
        scale = min(self.width() / base_w, (self.height() - notice_h) / base_h)
        if self.table_view:
            scale *= TABLE_VIEW_SCALE  # the room freed by the bars goes to the type
        self.panel.set_scale(min(max(scale, MIN_TEXT_SCALE), MAX_TEXT_SCALE
                                 * (TABLE_VIEW_SCALE if self.table_view else 1)))
        # On a narrow screen the key reminder gives way (F1 still lists them).
        self.key_hint.setVisible(self.width() >= 1200)
        compact = self.height() < COMPACT_BELOW_HEIGHT
        if self.property("compact") != compact:
            self.setProperty("compact", compact)
            self.setStyleSheet(theme.STYLE_SHEET)  # re-evaluates [compact="true"]

    def toggle_manual_advance(self) -> None:
        on = self._flip("manual_advance", "Each phase now waits for a key at its end",
                        "Phases follow on by themselves")
        self.controller.set_auto_advance(not on)

    def _on_waiting(self, index: int) -> None:
        """Manual advance: the phase is over; say what comes next."""
        self._ring()
        phases = self.controller.session.routine.phases
        if index + 1 < len(phases):
            nxt = phases[index + 1]
            self.speak(f"Time's up. Next: {nxt.zone.label}, {nxt.stroke.label.lower()}. "
                       "Press any key when ready.")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """With manual advance, any key (a foot pedal sends one) goes on."""
        if self.controller.snapshot.waiting and not self.in_practice:
            self.controller.start()
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_desktop_motion(self, reduced: bool) -> None:
        """The desktop asks for less motion: honour it as if chosen here."""
        if reduced and not self._settings.reduced_motion:
            self._settings = replace(self._settings, reduced_motion=True)
            self.actions_by_name["reduced_motion"].setChecked(True)
            self.back.set_reduced_motion(True)
            self._sync_foreground()

    def toggle_reduced_motion(self) -> None:
        self.back.set_reduced_motion(self._flip(
            "reduced_motion", "Reduced motion on: still diagrams instead of moving hands",
            "Reduced motion off: the hands move again"))
        self._sync_foreground()

    def _sync_foreground(self) -> None:
        # With still diagrams nothing animates: a slow tick keeps the time.
        self.controller.set_foreground(self.isVisible() and not self.isMinimized()
                                       and not self._settings.reduced_motion)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._sync_foreground()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.back and event.type() == QEvent.Type.Paint:
            # The first frame is on its way to the screen: now load what it
            # did not need (the plotting library, the audio stack).
            self.back.removeEventFilter(self)
            QTimer.singleShot(0, self.ensure_timeline)
            QTimer.singleShot(0, self._warm_up_sound)
        return super().eventFilter(watched, event)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._sync_foreground()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._sync_foreground()

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.routines.editors):
            if not editor.close():
                event.ignore()  # the user chose to keep editing
                return
        self.lifecycle.close()
        self.screen_awake.set_running(False)
        self._change_settings(fullscreen=self.isFullScreen())
        if self._settings_store is not None:
            try:
                self._settings_store.save_geometry("main", self.saveGeometry())
            except StorageError as exc:
                log.warning("window size not saved: %s", exc)
        super().closeEvent(event)
