"""Every user setting and its default, in one place."""

from __future__ import annotations

from dataclasses import dataclass

WINDOW_SIZE = (1366, 768)
"""The window's default size, and the size text is designed for (scale 1.0)."""
MIN_WINDOW_SIZE = (1024, 640)
"""The smallest window: text shrinks to fit down to this (a netbook screen)."""


@dataclass(frozen=True)
class AppSettings:
    """What the user can change. Stored by name and unit, never by widget
    position, so reordering a list never changes a saved choice."""

    routine: str = "relaxation"
    get_ready_s: float = 5.0
    sound: bool = True
    volume: float = 0.6
