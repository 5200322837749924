"""Every user setting and its default, in one place."""

from __future__ import annotations

from dataclasses import dataclass

WINDOW_SIZE = (1366, 768)
"""The window's default size, and the size text is designed for (scale 1.0)."""
MIN_WINDOW_SIZE = (1024, 640)
"""The smallest window: text shrinks to fit down to this (a netbook screen)."""

GET_READY_RANGE_S = (0.0, 60.0)
"""The get-ready countdown a user may choose, in seconds (0 starts at once)."""
VOLUME_RANGE = (0.0, 1.0)
"""Chime volume: 0 is silent, 1 is full."""
CARE_PROFILES = ("none", "older_adult", "pregnancy")
MAX_ROUTINE_KEY_LEN = 200
"""A remembered routine key longer than this is not a key the app ever made."""


@dataclass(frozen=True)
class AppSettings:
    """What the user can change. Stored by name and unit, never by widget
    position, so reordering a list never changes a saved choice."""

    routine: str = "relaxation"
    get_ready_s: float = 5.0
    sound: bool = True
    volume: float = 0.6
    fullscreen: bool = False
    safety_seen: bool = False
    """The full safety check was shown once; later it opens with "all clear"
    ready, so one key confirms."""
    manual_advance: bool = False
    """Hold at the end of each phase until any key (or a foot pedal)."""
    reduced_motion: bool = False
    """Draw strokes as still diagrams instead of moving hands."""
    speech: bool = True
    """Spoken cues at phase changes and check-ins."""
    care_profile: str = "none"
    """A ``CareProfile`` value: none, older_adult or pregnancy."""
    language: str = ""
    """The language chosen in View › Language, by code (``de``); "" follows
    the system's. Used from the next start."""
    listen: bool = False
    """Voice commands: listen to the microphone while a session is in progress."""
