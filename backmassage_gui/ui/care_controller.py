"""Sore spots marked on the back, and the care profile chosen at the safety
check: what the session's plan must be adapted to. The rules themselves are
the domain's (``domain.care_plan``); this holds the user's marks."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..domain.safety import AvoidSpot, CareProfile
from .settings_model import SettingsModel


class CareController(QObject):
    spots_changed = Signal(tuple)  # tuple[AvoidSpot, ...]
    marking_changed = Signal(bool)

    def __init__(self, settings: SettingsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._spots: tuple[AvoidSpot, ...] = ()
        self._marking = False

    @property
    def spots(self) -> tuple[AvoidSpot, ...]:
        return self._spots

    @property
    def marking(self) -> bool:
        return self._marking

    @property
    def profile(self) -> CareProfile:
        """The care profile in the settings (none if it reads as nothing known)."""
        try:
            return CareProfile(self._settings.value.care_profile)
        except ValueError:
            return CareProfile.NONE

    def toggle_marking(self) -> bool:
        self._marking = not self._marking
        self.marking_changed.emit(self._marking)
        return self._marking

    def toggle_spot(self, u: float, v: float) -> None:
        """Add a sore spot at (u, v), or clear the one already there."""
        near = [s for s in self._spots if (s.u - u) ** 2 + (s.v - v) ** 2 <= s.radius**2]
        if near:
            self._spots = tuple(s for s in self._spots if s not in near)
        else:
            self._spots = (*self._spots, AvoidSpot(u, v, label=self.tr("sore spot")))
        self.spots_changed.emit(self._spots)
