"""Where the app keeps the user's own files.

Everything lives under one folder: the platform's app-data location (for
example ``~/.local/share/backmassage/Back Massage Coach`` on Linux), or the
folder named by the ``BACKMASSAGE_DATA_DIR`` environment variable, which tests
and portable installs use. Folders are created when first asked for.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

DATA_DIR_ENV = "BACKMASSAGE_DATA_DIR"
"""Environment variable that, when set and not empty, replaces the app-data folder."""


class StorageError(Exception):
    """A file could not be read or written; the message is plain and names the path."""


def data_dir() -> Path:
    """The app-data folder, created if missing. Raises ``StorageError``."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        folder = Path(override).expanduser().absolute()
    else:
        location = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.AppDataLocation)
        if not location:
            raise StorageError("Could not find a folder for the app's data on this system; "
                               f"set {DATA_DIR_ENV} to a folder to use.")
        folder = Path(location)
    return ensure_dir(folder)


def routines_dir() -> Path:
    """The folder holding the user's routine files, created if missing."""
    return ensure_dir(data_dir() / "routines")


def drafts_dir() -> Path:
    """The folder holding the editor's crash-recovery drafts, created if missing."""
    return ensure_dir(data_dir() / "drafts")


def ensure_dir(folder: Path) -> Path:
    """``folder``, created with its parents if missing. Raises ``StorageError``."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"Could not create the folder {folder}: "
                           f"{exc.strerror or exc}.") from exc
    if not folder.is_dir():
        raise StorageError(f"Could not use the folder {folder}: it is not a folder.")
    return folder
