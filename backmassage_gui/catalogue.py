"""The built-in routines, read from the bundled ``assets/routines`` folder."""

from __future__ import annotations

from . import resources
from .domain.library import RoutineLibrary, builtin_library


def load_builtin_library() -> RoutineLibrary:
    files = [
        (entry.name.removesuffix(".json"), entry.read_text(encoding="utf-8"))
        for entry in resources.list_dir("routines")
        if entry.name.endswith(".json")
    ]
    return builtin_library(files)
