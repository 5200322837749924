"""Writing a file all at once: readers see the old content or the new, never half.

The new content goes to a hidden temporary file beside the target
(``.new-XXXXXXXX.tmp``, which the leftovers sweep knows), is flushed to disk,
and only then renamed over the target. A failure or a kill at any moment
leaves the old file as it was. This is what ``QSaveFile`` does; doing it with
the standard library keeps the command-line paths that export routines free
of Qt, so they answer at once.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from ..domain.file_errors import describe_os_error
from .exclusive_file import create_exclusive
from .paths import Storage, StorageError, ensure_dir

TEMP_PREFIX = ".new-"
TEMP_SUFFIX = ".tmp"

# Read once, while the app is still single-threaded: umask can only be read
# by setting it.
_UMASK = os.umask(0o022)
os.umask(_UMASK)
NEW_FILE_MODE = 0o666 & ~_UMASK
"""What a new file's permissions would be had it been opened the usual way."""


def write_atomic(path: Path, data: bytes, *, make_parent: bool) -> None:
    """Write ``data`` to ``path`` all at once; an old file there keeps its
    permissions. Raises ``StorageError`` naming the path, and then the old
    file, if any, is unchanged."""
    path = Path(path)
    if make_parent:
        ensure_dir(path.parent)
    temp = new_temp_file(path.parent, data, what=str(path))
    try:
        os.chmod(temp, _mode_for(path))
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise StorageError(
            Storage.tr("Could not save {path}: {reason}.").format(
                path=path, reason=describe_os_error(exc)
            )
        ) from exc
    sync_folder(path.parent)


def new_temp_file(folder: Path, data: bytes, *, what: str) -> Path:
    """A hidden temporary file in ``folder`` holding ``data``, on disk.
    Raises ``StorageError`` (naming ``what``), leaving nothing behind."""
    try:
        fd, temp = create_exclusive(folder, TEMP_PREFIX, TEMP_SUFFIX)
    except FileNotFoundError as exc:
        raise StorageError(
            Storage.tr("Could not save {what}: there is no folder {folder}.").format(
                what=what, folder=folder
            )
        ) from exc
    except OSError as exc:
        raise StorageError(
            Storage.tr("Could not save {what}: {reason}.").format(
                what=what, reason=describe_os_error(exc)
            )
        ) from exc
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise StorageError(
            Storage.tr("Could not save {what}: {reason}.").format(
                what=what, reason=describe_os_error(exc)
            )
        ) from exc
    return temp


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return NEW_FILE_MODE


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` last through a power cut, where the system
    allows it (Windows cannot open folders; nothing is lost but durability)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
