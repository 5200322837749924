"""The routines the user can pick from: built-ins, plus files the user names."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..i18n import Context
from .routine import Routine


class Library(Context):
    """Finding a routine by name."""


@dataclass(frozen=True)
class RoutineLibrary:
    """Routines by key, in the order they are offered."""

    routines: tuple[Routine, ...]

    def keys(self) -> list[str]:
        return [r.key for r in self.routines]

    def get(self, key: str) -> Routine | None:
        for routine in self.routines:
            if routine.key == key:
                return routine
        return None


# The order built-ins are offered in: shortest commitment first is not the
# point; the gentlest routine comes first because it is the safe default.
BUILTIN_ORDER = ("relaxation", "tension-relief", "quick")


def builtin_library(files: Iterable[tuple[str, str]]) -> RoutineLibrary:
    """Build the built-in library from ``(key, json_text)`` pairs.

    A broken built-in is a packaging bug, so it raises rather than hiding.
    """
    routines = [
        Routine.from_json(text, key=key, builtin=True, source=f"built-in {key}")
        for key, text in files
    ]
    rank = {key: i for i, key in enumerate(BUILTIN_ORDER)}
    routines.sort(key=lambda r: (rank.get(r.key, len(rank)), r.key))
    return RoutineLibrary(tuple(routines))


def resolve(library: RoutineLibrary, name_or_file: str) -> Routine:
    """A routine by built-in key, or by path to a routine file.

    Raises ``LookupError`` naming the known routines when neither fits, and
    ``RoutineError`` when the file exists but is not a usable routine.
    """
    found = library.get(name_or_file)
    if found is not None:
        return found
    path = Path(name_or_file)
    if path.suffix.lower() == ".json" or path.exists():
        from .routine import load_routine_file

        return load_routine_file(path)  # says "no such file" as every command does
    raise LookupError(
        Library.tr("unknown routine {name}; known routines: {known}").format(
            name=repr(name_or_file), known=", ".join(library.keys())
        )
    )
