"""Temporary files that a crash or a kill mid-save leaves behind.

Every save here writes a whole temporary file and then moves or links it
into place, so a kill never leaves a broken file, but it can leave the
temporary one (found by the kill-while-saving benchmark). Loading already
skips them; this removes them once they are old enough that no running save
can still own them.
"""

from __future__ import annotations

import time
from pathlib import Path

# typing.TYPE_CHECKING without importing typing, which would cost every
# command line 3 ms at start; mypy takes any TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import logging

LEFTOVER_AGE_S = 600.0
"""A save takes milliseconds: a temporary file ten minutes old belongs to nobody."""


def _log() -> logging.Logger:
    """This module's logger, loaded only when there is something to say: the
    command line's file commands pass through here and start faster without
    the logging package."""
    import logging

    return logging.getLogger(__name__)


def is_leftover(name: str, targets: tuple[str, ...]) -> bool:
    """Whether ``name`` is a temporary file of ours: a hidden ``.new-*.tmp``
    (a new routine before it is linked into place), or QSaveFile's
    ``<target>.XXXXXX`` for one of the files saved into this folder, where a
    target of ``*.json`` stands for any routine file. Anything a person
    might have named, such as ``calm.json.backup``, is not."""
    if name.startswith(".new-") and name.endswith(".tmp"):
        return True
    base, dot, suffix = name.rpartition(".")  # QSaveFile's: six ASCII letters or digits
    if not (dot and len(suffix) == 6 and suffix.isascii() and suffix.isalnum()):
        return False
    return _looks_random(suffix) and any(
        base == target
        or (target.startswith("*") and base.endswith(target[1:]) and len(base) > len(target) - 1)
        for target in targets
    )


def _looks_random(suffix: str) -> bool:
    """Qt's random six characters mix upper and lower case; names people
    give copies (``backup``, ``Before``, ``old123``, ``BACKUP``) do not. A
    leftover that happens to look like a word is merely left alone."""
    has_upper = any(c.isupper() for c in suffix)
    has_lower = any(c.islower() for c in suffix)
    capitalised_word = suffix[0].isupper() and suffix[1:].isalpha() and suffix[1:].islower()
    return has_upper and has_lower and not capitalised_word


def remove_leftovers(
    folder: Path,
    targets: tuple[str, ...],
    *,
    now: float | None = None,
    older_than_s: float = LEFTOVER_AGE_S,
) -> int:
    """Delete the leftovers in ``folder`` older than ``older_than_s``; return
    how many. Anything that cannot be listed or removed is left and logged."""
    now = time.time() if now is None else now
    removed = 0
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    for path in entries:
        if not is_leftover(path.name, targets):
            continue
        try:
            if now - path.stat().st_mtime < older_than_s or not path.is_file():
                continue
            path.unlink()
            removed += 1
        except OSError as exc:
            _log().info("could not remove the leftover %s: %s", path, exc)
    if removed:
        _log().info("removed %d leftover temporary file(s) from %s", removed, folder)
    return removed
