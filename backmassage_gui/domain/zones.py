"""The parts of the back a phase works on."""

from __future__ import annotations

from enum import Enum


class Zone(Enum):
    """A target area of the back. The spine itself is deliberately not a zone."""

    FULL_BACK = "full_back"
    SHOULDERS = "shoulders"
    SHOULDER_BLADES = "shoulder_blades"
    SPINE_SIDES = "spine_sides"
    LOWER_BACK = "lower_back"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS: dict[Zone, str] = {
    Zone.FULL_BACK: "Whole back",
    Zone.SHOULDERS: "Shoulders",
    Zone.SHOULDER_BLADES: "Shoulder blades",
    Zone.SPINE_SIDES: "Beside the spine",
    Zone.LOWER_BACK: "Lower back",
}
