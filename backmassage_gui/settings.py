"""Every user setting and its default, in one place."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_ROUTINE = "relaxation"
WINDOW_SIZE = (1366, 768)


@dataclass(frozen=True)
class AppSettings:
    """What the user can change. Stored by name and unit, never by widget
    position, so reordering a list never changes a saved choice."""

    routine: str = DEFAULT_ROUTINE
    get_ready_s: float = 5.0
    sound: bool = True
    volume: float = 0.6
    fullscreen: bool = False
