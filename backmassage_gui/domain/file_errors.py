"""Plain words for why a file or folder could not be used.

Python's own text (``[Errno 30] Read-only file system``, ``File exists``)
names the system call's failure, not the user's situation: a folder that is
really a file reads "File exists". Every message about a file goes through
here, so one problem is always said the same way, wherever it is met.

The two error types live here too, with nothing heavy imported, so the
command line can catch them without loading the code that raises them.
"""

from __future__ import annotations

import errno

from ..i18n import QT_TRANSLATE_NOOP, Context


class FileErrors(Context):
    """Why a file or folder could not be used, in a few lower-case words."""


class StorageError(Exception):
    """A file could not be read or written; the message is plain and names the path."""


class RoutineError(ValueError):
    """A routine that cannot be used, with one line per problem."""

    def __init__(self, problems: list[str], source: str = "") -> None:
        self.problems = problems
        self.source = source
        head = f"{source}: " if source else ""
        super().__init__(head + "; ".join(problems))


# By name, since not every platform defines every code (Windows has no EDQUOT).
_WORDS = {
    "ENOENT": QT_TRANSLATE_NOOP("FileErrors", "no such file or folder"),
    "EACCES": QT_TRANSLATE_NOOP("FileErrors", "no permission"),
    "EPERM": QT_TRANSLATE_NOOP("FileErrors", "no permission"),
    "EROFS": QT_TRANSLATE_NOOP("FileErrors", "the drive is read-only"),
    "ENOSPC": QT_TRANSLATE_NOOP("FileErrors", "the drive is full"),
    "EDQUOT": QT_TRANSLATE_NOOP("FileErrors", "the disk quota is used up"),
    "EISDIR": QT_TRANSLATE_NOOP("FileErrors", "it is a folder, not a file"),
    "ENOTDIR": QT_TRANSLATE_NOOP("FileErrors", "part of the path is a file, not a folder"),
    "EEXIST": QT_TRANSLATE_NOOP("FileErrors", "something is already there"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("FileErrors", "the name is too long"),
    "ELOOP": QT_TRANSLATE_NOOP("FileErrors", "the path loops through links"),
}
_REASONS = {getattr(errno, name): words for name, words in _WORDS.items() if hasattr(errno, name)}


def describe_os_error(exc: OSError) -> str:
    """A short lower-case reason for ``exc``, without the path (the caller
    names that)."""
    reason = _REASONS.get(exc.errno) if exc.errno is not None else None
    if reason:
        return FileErrors.tr(reason)
    text = (exc.strerror or str(exc) or FileErrors.tr("an unknown error")).strip().rstrip(".")
    return text[:1].lower() + text[1:]
