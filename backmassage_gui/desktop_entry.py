"""The app's launcher entry and icon for the current user (freedesktop desktops).

``backmassage-coach --install-desktop-entry`` copies the bundled ``.desktop``
file and icons into the user's XDG data folder (``~/.local/share`` or
``$XDG_DATA_HOME``), with ``Exec`` pointing at the command that is installed,
so the app appears in the desktop's application menu with its icon.
``--uninstall-desktop-entry`` removes exactly those files again. Both can be
run any number of times: a file that already holds what it should is left
alone and reported as such.

The entry names the command by its absolute path: a virtual environment's
``bin`` folder or a standalone bundle is seldom on the desktop's ``PATH``.

No Qt here: these are command-line options that answer at once.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from . import resources
from .domain.file_errors import describe_os_error
from .i18n import Context
from .storage.atomic_file import write_atomic
from .storage.paths import StorageError, platform_data_home


class DesktopEntry(Context):
    """What --install-desktop-entry and --uninstall-desktop-entry say."""


log = logging.getLogger(__name__)

APP_ID = "org.backmassage.Coach"
"""The reverse-DNS id shared by the desktop file, the icon, the AppStream
metainfo and the Wayland app id (``QGuiApplication.desktopFileName``)."""
COMMAND = "backmassage-coach"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""The PNG sizes shipped beside the SVG (``tools/render_icons.py`` makes them)."""

DESKTOP_ASSET = f"desktop/{APP_ID}.desktop"
METAINFO_ASSET = f"desktop/{APP_ID}.metainfo.xml"
ICON_SVG_ASSET = f"icons/{APP_ID}.svg"


def icon_png_asset(size: int) -> str:
    """The bundled PNG of the icon at ``size`` pixels square."""
    return f"icons/{APP_ID}-{size}.png"


class DesktopEntryError(Exception):
    """The entry cannot be installed or removed here; the message says why."""


@dataclass(frozen=True)
class EntryFile:
    """One file of the launcher entry: where it goes and what it holds."""

    path: Path
    data: bytes


@dataclass(frozen=True)
class Outcome:
    """What an install or uninstall did, file by file."""

    changed: tuple[Path, ...]
    """Files written (install) or removed (uninstall)."""
    unchanged: tuple[Path, ...]
    """Files already as they should be (install) or already absent (uninstall)."""


def data_home(
    environ: Mapping[str, str] | None = None, platform: str | None = None, home: Path | None = None
) -> Path:
    """The user's XDG data folder. Raises ``DesktopEntryError`` off Linux and
    the BSDs, where desktops do not read ``.desktop`` files."""
    platform = sys.platform if platform is None else platform
    if platform in ("darwin", "win32", "cygwin"):
        raise DesktopEntryError(
            DesktopEntry.tr(
                "a launcher entry is for Linux desktops (freedesktop.org); on macOS and "
                "Windows use the standalone bundle (see the README)."
            )
        )
    return platform_data_home(environ, platform, home)


def installed_command(
    argv0: str = "",
    executable: str = "",
    *,
    frozen: bool | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> Path:
    """The absolute path of the installed ``backmassage-coach`` command.

    A standalone bundle is its own executable; otherwise the command that was
    run, the script beside the running interpreter (a venv's ``bin``), or the
    one on ``PATH``, in that order. Raises ``DesktopEntryError`` when there
    is none, as when run from a checkout that was never installed."""
    argv0 = argv0 or (sys.argv[0] if sys.argv else "")
    executable = executable or sys.executable
    if frozen if frozen is not None else bool(getattr(sys, "frozen", False)):
        return Path(executable).absolute()
    candidates = []
    if argv0 and Path(argv0).stem == COMMAND:
        candidates.append(Path(argv0))
    if executable:
        candidates.append(Path(executable).parent / COMMAND)
    found = which(COMMAND)
    if found:
        candidates.append(Path(found))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate.absolute()
    raise DesktopEntryError(
        DesktopEntry.tr(
            "no installed {command} command was found for the entry to start. Install the "
            'app first (README, "Set up"), then run {command} --install-desktop-entry.'
        ).format(command=COMMAND)
    )


# Characters that make the Desktop Entry spec require an argument to be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_argument(text: str) -> str:
    """``text`` as one argument of an ``Exec`` key: quoted where the spec
    asks, with ``%`` doubled and the string escapes applied, so a path with
    spaces, quotes or backslashes reaches the program unchanged."""
    if any(ch in "\n\r" for ch in text):
        raise DesktopEntryError(
            DesktopEntry.tr("the command's path has a line break in it: {path}").format(
                path=repr(text)
            )
        )
    if any(ch in _RESERVED for ch in text):
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in text)
        text = f'"{inner}"'
    return _string_value(text.replace("%", "%%"))


def _string_value(text: str) -> str:
    """A desktop-file string value (the spec's escapes for backslash and tab)."""
    return text.replace("\\", "\\\\").replace("\t", "\\t")


def entry_text(template: str, command: Path) -> str:
    """The bundled desktop file with ``Exec`` and ``TryExec`` naming ``command``."""
    lines = []
    for line in template.splitlines():
        key = line.split("=", 1)[0].strip()
        if key == "Exec":
            line = f"Exec={exec_argument(str(command))}"
        elif key == "TryExec":
            line = f"TryExec={_string_value(str(command))}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def entry_files(home: Path, command: Path) -> tuple[EntryFile, ...]:
    """Every file the entry consists of, placed under the data folder ``home``."""
    hicolor = home / "icons" / "hicolor"
    files = [
        EntryFile(
            home / "applications" / f"{APP_ID}.desktop",
            entry_text(resources.read_text(DESKTOP_ASSET), command).encode(),
        ),
        EntryFile(
            hicolor / "scalable" / "apps" / f"{APP_ID}.svg", resources.read_bytes(ICON_SVG_ASSET)
        ),
    ]
    files += [
        EntryFile(
            hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png",
            resources.read_bytes(icon_png_asset(size)),
        )
        for size in ICON_SIZES
    ]
    return tuple(files)


def entry_paths(home: Path) -> tuple[Path, ...]:
    """Where the entry's files go (whatever command they would name)."""
    return tuple(f.path for f in entry_files(home, Path(COMMAND)))


def install(home: Path, command: Path) -> Outcome:
    """Write the entry and icons under ``home``; files already right are left
    alone. Raises ``StorageError`` naming the file that could not be written."""
    changed, unchanged = [], []
    for entry in entry_files(home, command):
        if _holds(entry.path, entry.data):
            unchanged.append(entry.path)
            continue
        write_atomic(entry.path, entry.data, make_parent=True)
        changed.append(entry.path)
    if changed:
        _tell_icon_caches(home)
    return Outcome(tuple(changed), tuple(unchanged))


def uninstall(home: Path) -> Outcome:
    """Remove the entry and icons from ``home``; nothing else is touched."""
    removed, absent = [], []
    for path in entry_paths(home):
        try:
            path.unlink()
        except FileNotFoundError:
            absent.append(path)
        except OSError as exc:
            raise StorageError(
                DesktopEntry.tr("Could not remove {path}: {reason}.").format(
                    path=path, reason=describe_os_error(exc)
                )
            ) from exc
        else:
            removed.append(path)
    if removed:
        _tell_icon_caches(home)
    return Outcome(tuple(removed), tuple(absent))


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def _tell_icon_caches(home: Path) -> None:
    """Icon themes notice new icons by the theme folder's time stamp."""
    with contextlib.suppress(OSError):
        os.utime(home / "icons" / "hicolor")


def install_report(outcome: Outcome, command: Path) -> str:
    """What ``--install-desktop-entry`` says: each file it wrote, and what next."""
    if not outcome.changed:
        return DesktopEntry.tr(
            "already installed, nothing changed: {entry} and its %n icon file(s); "
            "it starts {command}",
            "",
            len(outcome.unchanged) - 1,
        ).format(entry=outcome.unchanged[0], command=command)
    lines = [DesktopEntry.tr("wrote {path}").format(path=path) for path in outcome.changed]
    if outcome.unchanged:
        lines.append(
            DesktopEntry.tr("(%n other file(s) already up to date)", "", len(outcome.unchanged))
        )
    lines.append(
        DesktopEntry.tr(
            "Back Massage Coach is in your application menu; it starts {command}"
        ).format(command=command)
    )
    return "\n".join(lines)


def uninstall_report(outcome: Outcome, home: Path) -> str:
    """What ``--uninstall-desktop-entry`` says."""
    if not outcome.changed:
        return DesktopEntry.tr(
            "nothing to remove: no launcher entry for Back Massage Coach under {folder}"
        ).format(folder=home)
    return "\n".join(
        [DesktopEntry.tr("removed {path}").format(path=path) for path in outcome.changed]
        + [DesktopEntry.tr("Back Massage Coach is no longer in your application menu")]
    )


def run(action: str) -> str:
    """The command-line options' work: ``"install"`` or ``"uninstall"`` for
    the current user. Raises ``DesktopEntryError`` or ``StorageError``."""
    home = data_home()
    if action == "install":
        command = installed_command()
        return install_report(install(home, command), command)
    return uninstall_report(uninstall(home), home)
