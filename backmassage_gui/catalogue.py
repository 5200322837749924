"""The built-in routines, read from the bundled ``assets/routines`` folder.

Their files stay in English, in the public routine format; their words are
shown in the user's language, translated here as they load (the texts are
listed for the translators in ``builtin_texts.py``). A translation that
would break a routine file's limits (too long, blank) is not used: that text
stays in English, so a slip in a catalogue can never lose a routine.
"""

from __future__ import annotations

from dataclasses import replace

from . import resources
from .domain.library import RoutineLibrary, builtin_library
from .domain.routine import MAX_CUE_LEN, MAX_DESCRIPTION_LEN, MAX_NAME_LEN, Routine
from .i18n import Context


class BuiltinRoutines(Context):
    """The built-in routines' names, descriptions, phase names and cues."""


def load_builtin_library() -> RoutineLibrary:
    files = [
        (entry.name.removesuffix(".json"), entry.read_text(encoding="utf-8"))
        for entry in resources.list_dir("routines")
        if entry.name.endswith(".json")
    ]
    library = builtin_library(files)
    return RoutineLibrary(tuple(translated(r) for r in library.routines))


def translated(routine: Routine) -> Routine:
    """``routine`` in the language in use (the built-ins only: a user's own
    routine stays in its author's words)."""
    phases = tuple(
        replace(
            phase,
            name=_text(phase.name, MAX_NAME_LEN),
            cue=_text(phase.cue, MAX_CUE_LEN) if phase.cue else "",
        )
        for phase in routine.phases
    )
    return replace(
        routine,
        name=_text(routine.name, MAX_NAME_LEN),
        description=_text(routine.description, MAX_DESCRIPTION_LEN) if routine.description else "",
        phases=phases,
    )


def _text(english: str, limit: int) -> str:
    shown = BuiltinRoutines.tr(english).strip()
    if not shown or len(shown) > limit:
        import logging  # only here: the file commands start faster without it

        logging.getLogger(__name__).warning(
            "translation of %r ignored: not 1 to %d characters", english, limit
        )
        return english
    return shown
