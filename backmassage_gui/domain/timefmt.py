"""Times as the window shows them."""

from __future__ import annotations

import math

from ..i18n import Context


class Times(Context):
    """Lengths of time in words."""


def countdown(seconds: float) -> str:
    """``m:ss`` rounded up, so a phase shows 2:00 at its start and 0:00 only
    when it is over (what people expect of a countdown)."""
    return clock_text(max(0, math.ceil(seconds - 1e-6)))


def clock_text(whole_seconds: int) -> str:
    """Whole seconds as ``m:ss``, or ``h:mm:ss`` from an hour up."""
    minutes, secs = divmod(whole_seconds, 60)
    if minutes >= 60:
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def duration(seconds: float) -> str:
    """A length in words-light form: ``15 min``, ``1 min 30 s``, ``45 s``."""
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    if minutes and secs:
        return Times.tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=secs)
    if minutes:
        return Times.tr("{minutes} min").format(minutes=minutes)
    return Times.tr("{seconds} s").format(seconds=secs)


def spoken(seconds: float) -> str:
    """Remaining time for a screen reader: ``2 minutes 5 seconds``."""
    whole = max(0, math.ceil(seconds - 1e-6))
    minutes, secs = divmod(whole, 60)
    parts = []
    if minutes:
        parts.append(Times.tr("%n minute(s)", "", minutes))
    if secs or not minutes:
        parts.append(Times.tr("%n second(s)", "", secs))
    return " ".join(parts)
