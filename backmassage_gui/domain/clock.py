"""Clocks the session can be driven by besides the real monotonic one."""

from __future__ import annotations


class ManualClock:
    """A monotonic clock moved by hand: for tests and for rendering a chosen
    moment of a routine (``--screenshot --at``)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock never goes back")
        self.now += seconds
