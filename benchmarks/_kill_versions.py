"""The "old" and "new" versions kill_during_save.py and its worker write."""

from dataclasses import replace
from pathlib import Path

import _common  # noqa: F401  (puts the checkout on sys.path)
from _routines import short_phase_routine
from PySide6.QtCore import QSettings

from backmassage_gui.domain.routine import Routine
from backmassage_gui.settings import AppSettings
from backmassage_gui.storage import RoutineStore, SettingsStore

KEY = "kill-test"


def routine_a() -> Routine:
    """Small: 3 phases."""
    return replace(short_phase_routine(3, 60, name="Kill test"), key=KEY, description="version A")


def routine_b() -> Routine:
    """Large (100 phases, long description): a torn write of B over A shows."""
    return replace(
        short_phase_routine(100, 30, name="Kill test"),
        key=KEY,
        description="version B " + "x" * 1900,
    )


def routine_new() -> Routine:
    return replace(short_phase_routine(4, 45, name="Kill test new"), key="")


def routine_store(folder: Path) -> RoutineStore:
    return RoutineStore(folder, folder / "drafts")


def settings_store(path: Path) -> SettingsStore:
    return SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))


SETTINGS_A = AppSettings(
    routine="quick", get_ready_s=3.0, sound=False, volume=0.25, fullscreen=False
)
SETTINGS_B = AppSettings(
    routine="relaxation-with-a-much-longer-key-" + "y" * 120,
    get_ready_s=10.0,
    sound=True,
    volume=1.0,
    fullscreen=True,
)
GEOMETRY_A = b"geometry-A" * 3
GEOMETRY_B = b"geometry-B" * 40
