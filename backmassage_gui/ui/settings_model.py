"""The user's settings as one observable object.

Widgets read ``settings.value`` and change it through the typed setters
here, and nowhere else: every change is saved through the settings store,
and each field has a ``<name>_changed`` signal that fires only when the value
really changed (setting the chime on while it is on says nothing), so a
widget can follow a setting without caring who changed it.
"""

from __future__ import annotations

import logging
from dataclasses import fields, replace
from typing import Any, Literal

from PySide6.QtCore import QObject, Signal

from ..settings import CARE_PROFILES, GET_READY_RANGE_S, VOLUME_RANGE, AppSettings
from ..storage.paths import StorageError
from ..storage.settings_store import SettingsStore

log = logging.getLogger(__name__)

Switch = Literal[
    "sound", "fullscreen", "safety_seen", "manual_advance", "reduced_motion", "speech", "listen"
]
"""The settings that are on or off."""


class SettingsModel(QObject):
    """Owns ``AppSettings`` and saves it; says what changed."""

    routine_changed = Signal(str)
    get_ready_s_changed = Signal(float)
    sound_changed = Signal(bool)
    volume_changed = Signal(float)
    fullscreen_changed = Signal(bool)
    safety_seen_changed = Signal(bool)
    manual_advance_changed = Signal(bool)
    reduced_motion_changed = Signal(bool)
    speech_changed = Signal(bool)
    care_profile_changed = Signal(str)
    language_changed = Signal(str)
    listen_changed = Signal(bool)
    save_failed = Signal(str)
    """The settings could not be written; the message names the file and why."""

    def __init__(
        self,
        settings: AppSettings | None = None,
        store: SettingsStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._value = settings or AppSettings()
        self._store = store

    @property
    def value(self) -> AppSettings:
        return self._value

    @property
    def store(self) -> SettingsStore | None:
        return self._store

    # -- changing ---------------------------------------------------------
    def set_switch(self, name: Switch, on: bool, *, save: bool = True) -> None:
        """Turn one on/off setting on or off. ``save=False`` follows something
        outside the app (the desktop's reduced-motion wish) without making it
        the user's own choice."""
        self._apply({name: bool(on)}, save=save)

    def toggle(self, name: Switch) -> bool:
        """Flip an on/off setting; the new value."""
        on = not getattr(self._value, name)
        self.set_switch(name, on)
        return on

    def set_routine(self, key: str) -> None:
        self._apply({"routine": key})

    def set_volume(self, volume: float) -> None:
        low, high = VOLUME_RANGE
        self._apply({"volume": min(max(float(volume), low), high)})

    def set_get_ready_s(self, seconds: float) -> None:
        low, high = GET_READY_RANGE_S
        self._apply({"get_ready_s": min(max(float(seconds), low), high)})

    def set_safety_answer(self, care_profile: str) -> None:
        """The safety check was answered: seen once, with this care profile."""
        if care_profile not in CARE_PROFILES:
            raise ValueError(f"not a care profile: {care_profile!r}")
        self._apply({"safety_seen": True, "care_profile": care_profile})

    def set_language(self, code: str) -> None:
        """The language for the next start, by code; "" follows the system."""
        self._apply({"language": code})

    # -- what else the settings file keeps --------------------------------
    def load_geometry(self, name: str) -> bytes | None:
        return self._store.load_geometry(name) if self._store is not None else None

    def save_geometry(self, name: str, data: bytes) -> None:
        if self._store is not None:
            try:
                self._store.save_geometry(name, data)
            except StorageError as exc:
                log.warning("window size not saved: %s", exc)

    def load_best_scores(self) -> dict[str, int]:
        return self._store.load_best_scores() if self._store is not None else {}

    def save_best_score(self, stroke: str, score: int) -> None:
        """Raises ``StorageError`` (practice says so where the score shows)."""
        if self._store is not None:
            self._store.save_best_score(stroke, score)

    # -- internals --------------------------------------------------------
    def _apply(self, changes: dict[str, Any], *, save: bool = True) -> None:
        old = self._value
        new = replace(old, **changes)
        changed = [
            f.name for f in fields(AppSettings) if getattr(old, f.name) != getattr(new, f.name)
        ]
        if not changed:
            return
        self._value = new
        if save:
            self._save()
        for name in changed:
            getattr(self, f"{name}_changed").emit(getattr(new, name))

    def _save(self) -> None:
        if self._store is None:
            return
        try:
            self._store.save(self._value)
        except StorageError as exc:
            log.warning("settings not saved: %s", exc)
            self.save_failed.emit(str(exc))
