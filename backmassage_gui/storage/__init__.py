"""The user's own files: routines, editor drafts and settings.

May use QtCore (paths, atomic files, settings) but never widgets, so all of it
is tested without a display.
"""

from __future__ import annotations

from .paths import DATA_DIR_ENV, StorageError, data_dir, drafts_dir, routines_dir
from .routine_store import BrokenRoutineFile, Draft, RoutineStore, slugify
from .settings_store import SettingsStore

__all__ = [
    "DATA_DIR_ENV",
    "BrokenRoutineFile",
    "Draft",
    "RoutineStore",
    "SettingsStore",
    "StorageError",
    "data_dir",
    "drafts_dir",
    "routines_dir",
    "slugify",
]
