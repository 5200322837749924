"""The user's settings, kept in an INI file by field name.

Each ``AppSettings`` field is stored under its own name, as plain text in its
own unit (``volume=0.6``, ``sound=true``), so the file can be read and fixed by
hand. Reading never fails: a value that is missing falls back to its default
quietly (a first run, or a setting newer than the file); a value that is there
but unusable falls back to its default with a plain message saying so. A
damaged file is reported too, and set aside (renamed, not erased) so the next
save writes a clean one. The
settings file is all this touches: settings problems never reach routines.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ..i18n import LANGUAGES, QT_TRANSLATE_NOOP, Context, number
from ..settings import (
    CARE_PROFILES,
    GET_READY_RANGE_S,
    MAX_ROUTINE_KEY_LEN,
    VOLUME_RANGE,
    AppSettings,
)
from .leftovers import remove_leftovers
from .paths import StorageError, data_dir

__all__ = ["DAMAGED_SUFFIX", "GEOMETRY_GROUP", "SETTINGS_FILE", "SettingsStore"]


class SettingsText(Context):
    """What the app says about the settings file."""


SETTINGS_FILE = "settings.ini"
DAMAGED_SUFFIX = ".damaged"
"""A damaged settings file is renamed to ``settings.ini.damaged`` (replacing an older one)."""
GEOMETRY_GROUP = "geometry"
PRACTICE_GROUP = "practice_best"
_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})
_GEOMETRY_NAME_CHARS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-."
)


class SettingsStore:
    """Loads and saves ``AppSettings`` and window geometry.

    By default the file is ``data_dir()/settings.ini`` (INI format); tests may
    pass their own ``QSettings``, whose file name and format are then used.
    Each call opens the file afresh, so an error seen once is not reported again
    after the file is fixed or rewritten.
    """

    def __init__(self, settings: QSettings | None = None) -> None:
        if settings is None:
            self._file = str(data_dir() / SETTINGS_FILE)
            self._format = QSettings.Format.IniFormat
        else:
            self._file = settings.fileName()
            self._format = settings.format()

    @classmethod
    def in_folder(cls, folder: Path) -> SettingsStore:
        """The settings file in ``folder`` (which need not be writable to load)."""
        return cls(QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat))

    @property
    def path(self) -> Path:
        """The settings file."""
        return Path(self._file)

    def load(self) -> tuple[AppSettings, list[str]]:
        """The saved settings, and one plain message per value that could not be used
        (that value is then its default). Never raises."""
        settings_file = Path(self._file)
        remove_leftovers(settings_file.parent, (settings_file.name,))
        store = self._open()
        defaults = AppSettings()
        messages: list[str] = []
        raw: dict[str, object] = {}
        for spec in _SPECS:
            if store.contains(spec.name):
                raw[spec.name] = store.value(spec.name)
        status = store.status()
        if status == QSettings.Status.AccessError:
            messages.append(
                SettingsText.tr(
                    "Could not read the settings file {path}; using the default settings."
                ).format(path=self._file)
            )
        elif status == QSettings.Status.FormatError:
            messages.append(self._set_aside_damaged())
        values: dict[str, Any] = {}
        for spec in _SPECS:
            default = getattr(defaults, spec.name)
            if spec.name not in raw:
                values[spec.name] = default
                continue
            value, problem = spec.parse(raw[spec.name])
            if problem:
                messages.append(
                    SettingsText.tr("Saved {setting} {value} {problem}; using {default}.").format(
                        setting=SettingsText.tr(spec.label),
                        value=_show(raw[spec.name]),
                        problem=problem,
                        default=spec.describe(default),
                    )
                )
                value = default
            values[spec.name] = value
        return AppSettings(**values), messages

    def save(self, settings: AppSettings) -> None:
        """Write every setting by name. Raises ``StorageError`` if the file cannot
        be written."""
        store = self._open()
        for spec in _SPECS:
            store.setValue(spec.name, spec.write(getattr(settings, spec.name)))
        self._sync(store, SettingsText.tr("the settings"))

    def load_geometry(self, name: str) -> bytes | None:
        """A window geometry saved by ``save_geometry`` (for ``restoreGeometry``),
        or None if there is none or it is not usable."""
        value = self._open().value(_geometry_key(name))
        if isinstance(value, QByteArray):
            data = value.data()
            return bytes(data) or None
        if isinstance(value, bytes):
            return value or None
        return None

    def save_geometry(self, name: str, data: bytes | QByteArray) -> None:
        """Keep a window geometry (``saveGeometry()``) under ``name`` (letters,
        digits, ``_-.``). Raises ``StorageError`` if the file cannot be written."""
        key = _geometry_key(name)
        store = self._open()
        store.setValue(key, QByteArray(data))
        self._sync(store, SettingsText.tr("the window's size and place"))

    def load_best_scores(self) -> dict[str, int]:
        """Practice mode's best score for each stroke, by stroke name. Values
        that are not whole numbers from 0 to 100 are skipped."""
        store = self._open()
        store.beginGroup(PRACTICE_GROUP)
        best: dict[str, int] = {}
        for key in store.childKeys():
            value = _as_number(store.value(key))
            if value is not None and value.is_integer() and 0 <= value <= 100:
                best[key] = int(value)
        store.endGroup()
        return best

    def save_best_score(self, stroke: str, score: int) -> None:
        """Keep ``score`` for ``stroke`` (a stroke's name, e.g. ``gliding``)."""
        if not stroke.replace("_", "").isalnum():
            raise ValueError(f"not a stroke name: {stroke!r}")
        store = self._open()
        store.setValue(f"{PRACTICE_GROUP}/{stroke}", str(int(score)))
        self._sync(store, SettingsText.tr("your best practice score"))

    def _clear_stale_lock(self) -> None:
        _clear_stale_lock_file(Path(self._file + ".lock"), time.time())

    def _set_aside_damaged(self) -> str:
        """Move a damaged settings file aside (kept, not erased) so the next save
        starts a clean one; return the message saying so."""
        path = Path(self._file)
        kept = path.with_name(path.name + DAMAGED_SUFFIX)
        try:
            os.replace(path, kept)
        except OSError:
            return SettingsText.tr(
                "The settings file {path} is damaged; settings that could not be "
                "read are back to their defaults."
            ).format(path=path)
        return SettingsText.tr(
            "The settings file {path} was damaged, so it was set aside as {kept}; "
            "settings that could not be read are back to their defaults."
        ).format(path=path, kept=kept)

    def _open(self) -> QSettings:
        return QSettings(self._file, self._format)

    def _sync(self, store: QSettings, what: str) -> None:
        self._clear_stale_lock()
        store.sync()
        # A FormatError here only means the old file was damaged; it has now been
        # written over. An AccessError means the new values are not on disk.
        if store.status() == QSettings.Status.AccessError:
            raise StorageError(
                SettingsText.tr(
                    "Could not save {what} to {path}: the file or its folder cannot be written."
                ).format(what=what, path=self._file)
            )


STALE_EMPTY_LOCK_S = 2.0
"""Where the lock's owner cannot be asked (no flock), an empty lock this old is stale."""
JUST_TAKEN_S = 0.1
"""Qt writes its details into a lock file straight after creating it: an
empty one older than this with no flock on it belongs to nobody."""


def _clear_stale_lock_file(
    lock: Path, now: float, sleep: Callable[[float], None] = time.sleep
) -> bool:
    """Remove an empty settings lock left by a process killed while taking it.

    Qt's lock file always holds its owner's details once taken, and a live
    owner also holds an flock on it; left alone, an empty lock makes the next
    save wait half a minute for it to go stale (found by the kill-while-saving
    benchmark). An empty lock that nobody holds is removed once it is
    ``JUST_TAKEN_S`` old (waiting out the rest of that moment if needed);
    without flock, once it is ``STALE_EMPTY_LOCK_S`` old. Returns whether it
    was removed."""
    try:
        info = lock.stat()
    except OSError:
        return False
    if info.st_size != 0:
        return False
    age = now - info.st_mtime
    held = _held_by_someone(lock)
    if held or (held is None and age < STALE_EMPTY_LOCK_S):
        return False
    if held is not None and age < JUST_TAKEN_S:
        sleep(min(JUST_TAKEN_S, JUST_TAKEN_S - age))  # a future mtime waits no longer
        try:
            again = lock.stat()
        except OSError:
            return False
        if again.st_size != 0 or again.st_mtime != info.st_mtime or _held_by_someone(lock):
            return False
    try:
        lock.unlink()
    except OSError:
        return False
    return True


def _held_by_someone(lock: Path) -> bool | None:
    """Whether a live process holds an flock on ``lock`` (as Qt's lock
    owner does); None where that cannot be asked."""
    try:
        import fcntl
    except ImportError:  # Windows
        return None
    try:
        fd = os.open(lock, os.O_RDWR)  # NFS emulates flock with fcntl: needs write access
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:  # no locks on this file system: cannot tell
        return None
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def _geometry_key(name: str) -> str:
    if not name or not set(name) <= _GEOMETRY_NAME_CHARS:
        raise ValueError(f"not a usable geometry name: {name!r}")
    return f"{GEOMETRY_GROUP}/{name}"


@dataclass(frozen=True)
class _Spec:
    """How one AppSettings field is written, read back and described."""

    name: str
    label: str
    parse: Callable[[object], tuple[Any, str]]
    """The value and "" if usable, else anything and what is wrong with it."""
    write: Callable[[Any], str]
    describe: Callable[[Any], str]


def _parse_number(value: object, low: float, high: float, unit: str) -> tuple[float, str]:
    found = _as_number(value)
    if found is None:
        return 0.0, SettingsText.tr("was not a number")
    if not low <= found <= high:
        return 0.0, SettingsText.tr(unit).format(low=number(low), high=number(high))
    return found, ""


def _as_number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    number: float
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip())
        except (ValueError, OverflowError):
            return None
    else:
        return None
    return number if math.isfinite(number) else None


def _parse_switch(value: object) -> tuple[bool, str]:
    if isinstance(value, bool):
        return value, ""
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE:
            return True, ""
        if word in _FALSE:
            return False, ""
    return False, SettingsText.tr("was not on or off")


def _parse_choice(value: object, choices: tuple[str, ...]) -> tuple[str, str]:
    if isinstance(value, str) and value.strip() in choices:
        return value.strip(), ""
    return choices[0], SettingsText.tr("was not one of {choices}").format(
        choices=", ".join(choices)
    )


def _parse_routine(value: object) -> tuple[str, str]:
    # Any key is accepted here: whether it names a routine is for the library to
    # say, since the routine may come back (a file restored, a folder remounted).
    if not isinstance(value, str):
        return "", SettingsText.tr("was not a routine name")
    key = value.strip()
    if not key or len(key) > MAX_ROUTINE_KEY_LEN or not key.isprintable():
        return "", SettingsText.tr("was not a routine name")
    return key, ""


def _parse_language(value: object) -> tuple[str, str]:
    if value in ("", None):
        return "", ""
    if isinstance(value, str) and value.strip() in LANGUAGES:
        return value.strip(), ""
    return "", SettingsText.tr("is not a language the app has")


def _write_number(value: float) -> str:
    return repr(float(value))


def _write_switch(value: bool) -> str:
    return "true" if value else "false"


def _on_off(value: bool) -> str:
    return SettingsText.tr("on") if value else SettingsText.tr("off")


_SECONDS_RANGE = QT_TRANSLATE_NOOP("SettingsText", "was not between {low} and {high} seconds")
_VOLUME_RANGE = QT_TRANSLATE_NOOP("SettingsText", "was not between {low} and {high} (0% to 100%)")

_SPECS: tuple[_Spec, ...] = (
    _Spec(
        "routine",
        QT_TRANSLATE_NOOP("SettingsText", "routine choice"),
        _parse_routine,
        str,
        lambda v: f"'{v}'",
    ),
    _Spec(
        "get_ready_s",
        QT_TRANSLATE_NOOP("SettingsText", "get-ready time"),
        lambda v: _parse_number(v, *GET_READY_RANGE_S, _SECONDS_RANGE),
        _write_number,
        lambda v: SettingsText.tr("{seconds} seconds").format(seconds=number(v)),
    ),
    _Spec(
        "sound",
        QT_TRANSLATE_NOOP("SettingsText", "sound setting"),
        _parse_switch,
        _write_switch,
        _on_off,
    ),
    _Spec(
        "volume",
        QT_TRANSLATE_NOOP("SettingsText", "volume"),
        lambda v: _parse_number(v, *VOLUME_RANGE, _VOLUME_RANGE),
        _write_number,
        lambda v: f"{round(v * 100)}%",
    ),
    _Spec(
        "fullscreen",
        QT_TRANSLATE_NOOP("SettingsText", "full-screen setting"),
        _parse_switch,
        _write_switch,
        _on_off,
    ),
    _Spec(
        "safety_seen",
        QT_TRANSLATE_NOOP("SettingsText", "safety check setting"),
        _parse_switch,
        _write_switch,
        _on_off,
    ),
    _Spec(
        "manual_advance",
        QT_TRANSLATE_NOOP("SettingsText", "manual advance setting"),
        _parse_switch,
        _write_switch,
        _on_off,
    ),
    _Spec(
        "reduced_motion",
        QT_TRANSLATE_NOOP("SettingsText", "reduced motion setting"),
        _parse_switch,
        _write_switch,
        _on_off,
    ),
    _Spec(
        "speech",
        QT_TRANSLATE_NOOP("SettingsText", "spoken cues setting"),
        _parse_switch,
        _write_switch,
        _on_off,
    ),
    _Spec(
        "care_profile",
        QT_TRANSLATE_NOOP("SettingsText", "care profile"),
        lambda v: _parse_choice(v, CARE_PROFILES),
        str,
        lambda v: f"'{v}'",
    ),
    _Spec(
        "language",
        QT_TRANSLATE_NOOP("SettingsText", "language"),
        _parse_language,
        str,
        lambda v: f"'{v}'" if v else SettingsText.tr("the system's"),
    ),
    _Spec(
        "listen",
        QT_TRANSLATE_NOOP("SettingsText", "voice commands setting"),
        _parse_switch,
        _write_switch,
        _on_off,
    ),
)


def _show(value: object) -> str:
    """A stored value as the user would see it in the file, kept short."""
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return "'" + "".join(ch if ch.isprintable() else "?" for ch in text) + "'"
    if isinstance(value, list):
        return _show(", ".join(str(item) for item in value))
    if isinstance(value, bool):
        return f"'{_write_switch(value)}'"
    if isinstance(value, int | float):
        return f"'{value!r}'"
    if value is None:
        return SettingsText.tr("(empty)")
    return SettingsText.tr("(unreadable data)")
