"""The user's own files: routines, editor drafts, settings and history.

Routines and drafts are plain files written with the standard library; the
settings use QSettings (QtCore only, never widgets), so all of it is tested
without a display. Names are loaded on first use, so a command that only
lists or exports routines never imports Qt.
"""

from __future__ import annotations

import importlib

from .paths import DATA_DIR_ENV, StorageError, data_dir, drafts_dir, routines_dir

# typing.TYPE_CHECKING without importing typing, which would cost every
# command line 3 ms at start; mypy takes any TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from .routine_store import BrokenRoutineFile, Draft, RoutineStore, slugify
    from .settings_store import SettingsStore

_LAZY = {
    "BrokenRoutineFile": "routine_store",
    "Draft": "routine_store",
    "RoutineStore": "routine_store",
    "slugify": "routine_store",
    "SettingsStore": "settings_store",
}

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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
