"""The parts of the back a phase works on."""

from __future__ import annotations

from enum import Enum

from ..i18n import QT_TRANSLATE_NOOP, Context


class Zones(Context):
    """The names of the parts of the back."""


class Zone(Enum):
    """A target area of the back. The spine itself is deliberately not a zone."""

    FULL_BACK = "full_back"
    SHOULDERS = "shoulders"
    SHOULDER_BLADES = "shoulder_blades"
    SPINE_SIDES = "spine_sides"
    LOWER_BACK = "lower_back"

    @property
    def label(self) -> str:
        """The zone's name in the language in use."""
        return Zones.tr(_LABELS[self])

    @property
    def in_sentence(self) -> str:
        """The name inside a sentence ("also used on shoulders"), where
        English writes it in lower case and German does not."""
        return Zones.tr(_IN_SENTENCE[self])


_LABELS: dict[Zone, str] = {
    Zone.FULL_BACK: QT_TRANSLATE_NOOP("Zones", "Whole back"),
    Zone.SHOULDERS: QT_TRANSLATE_NOOP("Zones", "Shoulders"),
    Zone.SHOULDER_BLADES: QT_TRANSLATE_NOOP("Zones", "Shoulder blades"),
    Zone.SPINE_SIDES: QT_TRANSLATE_NOOP("Zones", "Beside the spine"),
    Zone.LOWER_BACK: QT_TRANSLATE_NOOP("Zones", "Lower back"),
}

_IN_SENTENCE: dict[Zone, str] = {
    Zone.FULL_BACK: QT_TRANSLATE_NOOP("Zones", "whole back"),
    Zone.SHOULDERS: QT_TRANSLATE_NOOP("Zones", "shoulders"),
    Zone.SHOULDER_BLADES: QT_TRANSLATE_NOOP("Zones", "shoulder blades"),
    Zone.SPINE_SIDES: QT_TRANSLATE_NOOP("Zones", "beside the spine"),
    Zone.LOWER_BACK: QT_TRANSLATE_NOOP("Zones", "lower back"),
}
