"""The session's controllers, built together: they know one another, and the
window only wires them to its widgets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QWidget

from ..domain.routine import Routine
from ..domain.session import Clock
from .care_controller import CareController
from .routine_choice import RoutineChoice
from .routine_manager import RoutineManager
from .routine_picker import RoutinePicker
from .safety_flow import SafetyFlow
from .session_controller import SessionController
from .session_cues import SessionCues
from .session_lifecycle import SessionLifecycle
from .session_log import SessionLog
from .settings_model import SettingsModel
from .sound import Chime
from .speech import Speaker


@dataclass(frozen=True)
class SessionParts:
    controller: SessionController
    care: CareController
    lifecycle: SessionLifecycle
    cues: SessionCues
    safety: SafetyFlow
    choice: RoutineChoice


@dataclass(frozen=True)
class Surroundings:
    """What the parts need from the window around them."""

    window: QWidget
    settings: SettingsModel
    routines: RoutineManager
    session_log: SessionLog
    picker: RoutinePicker
    open_dialog: Callable[[QDialog], None]
    focus_session: Callable[[], object]


def build_session(
    routine: Routine,
    around: Surroundings,
    *,
    clock: Clock,
    wall: Clock,
    chime: Chime,
    speaker: Speaker | None,
    safety_check: bool,
) -> SessionParts:
    window, settings = around.window, around.settings
    controller = SessionController(
        routine, get_ready_s=settings.value.get_ready_s, clock=clock, wall=wall, parent=window
    )
    care = CareController(settings, window)
    lifecycle = SessionLifecycle(
        controller,
        around.session_log,
        routine,
        profile=lambda: care.profile,
        safety_check=safety_check,
        parent=window,
    )
    outside = routine if around.routines.get(routine.key) is None else None
    choice = RoutineChoice(
        around.picker,
        around.routines,
        controller,
        lifecycle,
        settings,
        outside=outside,
        window=window,
        done=around.focus_session,
    )
    safety = SafetyFlow(
        care,
        settings,
        lifecycle,
        in_progress=choice.in_progress,
        open_dialog=around.open_dialog,
        window=window,
    )
    cues = SessionCues(controller, settings, chime, speaker, window)
    return SessionParts(controller, care, lifecycle, cues, safety, choice)
