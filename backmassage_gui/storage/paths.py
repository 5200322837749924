"""Where the app keeps the user's own files, decided in one place.

Everything lives under one folder: the platform's app-data location for this
app (``~/.local/share/backmassage/Back Massage Coach`` on Linux), or the
folder named by the ``BACKMASSAGE_DATA_DIR`` environment variable, which tests
and portable installs use.

The location is worked out here, from the app's fixed identity, the same way
Qt's ``QStandardPaths.AppDataLocation`` does once the application's names are
set (a test holds the two side by side). Asking Qt instead made the answer
depend on *when* it was asked: a command that looked before the application
object had its name got the generic ``~/.local/share`` and wrote
``~/.local/share/routines``, where other programs' files live. Working it out
without Qt also keeps the command-line paths that only read files free of Qt.

No Qt here: this module is imported by commands that must answer instantly.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..domain.file_errors import StorageError, describe_os_error
from ..i18n import Context
from .exclusive_file import create_exclusive


class Storage(Context):
    """What the app says about the user's files and folders."""


DATA_DIR_ENV = "BACKMASSAGE_DATA_DIR"
"""Environment variable that, when set and not empty, replaces the app-data folder."""

ORGANIZATION = "backmassage"
APPLICATION = "Back Massage Coach"
"""The app's identity: the Qt application's names, and the data folder's last two parts."""

ROUTINES_FOLDER = "routines"
DRAFTS_FOLDER = "drafts"


def platform_data_home(
    environ: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None
) -> Path:
    """The folder the platform keeps applications' data in, before the app's
    own names: ``~/.local/share`` (or ``$XDG_DATA_HOME``) on Linux,
    ``~/Library/Application Support`` on macOS, ``%APPDATA%`` on Windows."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    home = Path.home() if home is None else home
    if platform == "darwin":
        return home / "Library" / "Application Support"
    if platform.startswith("win"):
        roaming = environ.get("APPDATA", "")
        return Path(roaming) if roaming else home / "AppData" / "Roaming"
    xdg = environ.get("XDG_DATA_HOME", "")
    # The XDG spec says a relative path is to be ignored; Qt does the same.
    return Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"


def data_dir_location(environ: Mapping[str, str] | None = None) -> Path:
    """The app-data folder's path, whether or not it exists yet."""
    environ = os.environ if environ is None else environ
    override = environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override).expanduser().absolute()
    return platform_data_home(environ) / ORGANIZATION / APPLICATION


def data_dir_overridden(environ: Mapping[str, str] | None = None) -> bool:
    """Whether ``BACKMASSAGE_DATA_DIR`` chooses the folder."""
    environ = os.environ if environ is None else environ
    return bool(environ.get(DATA_DIR_ENV, "").strip())


def legacy_data_home(data_path: Path, environ: Mapping[str, str] | None = None) -> Path | None:
    """The generic folder versions up to 0.1.0 wrote ``routines`` and
    ``drafts`` into, or None where they cannot have gone astray (the folder
    was chosen by ``BACKMASSAGE_DATA_DIR``, or is that generic folder)."""
    if data_dir_overridden(environ):
        return None
    generic = platform_data_home(environ)
    return None if generic == data_path else generic


def old_folders_present(data_path: Path, environ: Mapping[str, str] | None = None) -> bool:
    """Whether there may be files to move: two ``stat`` calls, so a start
    with nothing to move never loads the code that moves them."""
    home = legacy_data_home(data_path, environ)
    return home is not None and any(
        (home / name).is_dir() for name in (ROUTINES_FOLDER, DRAFTS_FOLDER)
    )


@dataclass(frozen=True)
class DataFolder:
    """The app-data folder and whether the app can keep the user's files in it.

    An unusable folder never stops the app: the built-in routines still list,
    export, render and run, and ``problem`` says once, in plain words, why
    the user's own files cannot be saved and what to do about it.
    """

    path: Path
    problem: str = ""
    """Why nothing can be saved here ("" when the folder can be used)."""

    @property
    def usable(self) -> bool:
        return not self.problem

    @property
    def readable(self) -> bool:
        """Whether files already there can still be read (a read-only folder)."""
        return self.path.is_dir()

    @property
    def routines(self) -> Path:
        return self.path / ROUTINES_FOLDER

    @property
    def drafts(self) -> Path:
        return self.path / DRAFTS_FOLDER

    def require(self) -> Path:
        """The folder, or ``StorageError`` saying why it cannot be used."""
        if self.problem:
            raise StorageError(self.problem)
        return self.path

    @property
    def notice(self) -> str:
        """The message for the window: what is not saved, why, and what to do."""
        if not self.problem:
            return ""
        return Storage.tr(
            "Your routines, settings and session history can't be saved. {problem} "
            "Built-in routines work as usual. To keep your own, set {variable} to a folder "
            "you can write to, or fix this one and restart the app."
        ).format(problem=self.problem, variable=DATA_DIR_ENV)


def check_data_dir(environ: Mapping[str, str] | None = None) -> DataFolder:
    """The app-data folder, created if missing, with a plain reason if it
    cannot be written. Never raises."""
    folder = data_dir_location(environ)
    return DataFolder(folder, folder_problem(folder))


def folder_problem(folder: Path) -> str:
    """Why files cannot be saved in ``folder`` (created if missing), or ""."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        pass  # something that is not a folder: said below
    except OSError as exc:
        return _folder_reason(folder, exc)
    if not folder.is_dir():
        return Storage.tr("The data folder {folder} is a file, not a folder.").format(folder=folder)
    try:
        fd, probe = create_exclusive(folder, ".write-test-")
    except OSError as exc:
        return _folder_reason(folder, exc)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return ""


def _folder_reason(folder: Path, exc: OSError) -> str:
    if exc.errno == errno.EROFS:
        return Storage.tr("The data folder {folder} is on a read-only drive.").format(folder=folder)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Storage.tr("You have no permission to write in the data folder {folder}.").format(
            folder=folder
        )
    if exc.errno == errno.ENOTDIR:
        return Storage.tr(
            "The data folder {folder} can't be made: part of its path is a file."
        ).format(folder=folder)
    return Storage.tr("The data folder {folder} can't be used: {reason}.").format(
        folder=folder, reason=describe_os_error(exc)
    )


def data_dir() -> Path:
    """The app-data folder, created if missing. Raises ``StorageError`` saying
    why it cannot be used."""
    return check_data_dir().require()


def routines_dir() -> Path:
    """The folder holding the user's routine files, created if missing."""
    return ensure_dir(data_dir() / ROUTINES_FOLDER)


def drafts_dir() -> Path:
    """The folder holding the editor's crash-recovery drafts, created if missing."""
    return ensure_dir(data_dir() / DRAFTS_FOLDER)


def ensure_dir(folder: Path) -> Path:
    """``folder``, created with its parents if missing. Raises ``StorageError``."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        pass
    except OSError as exc:
        raise StorageError(
            Storage.tr("Could not make the folder {folder}: {reason}.").format(
                folder=folder, reason=describe_os_error(exc)
            )
        ) from exc
    if not folder.is_dir():
        raise StorageError(
            Storage.tr("Could not use the folder {folder}: it is a file, not a folder.").format(
                folder=folder
            )
        )
    return folder
