"""The 0–10 pressure scale and how pressure moves inside a phase."""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP, Context, number


class Pressure(Context):
    """The pressure scale's words."""


MIN_LEVEL = 0.0
MAX_LEVEL = 10.0
#: Above this a home massage is pressing harder than it should.
HOME_LIMIT = 8.0


@dataclass(frozen=True)
class PressureBand:
    """A named stretch of the scale, as a therapist would say it. ``name``
    is the English key (colours, tests); ``label`` and ``pressure_label``
    are what the screen shows."""

    name: str
    low: float
    high: float
    too_much: bool = False
    phrase: str = ""

    @property
    def label(self) -> str:
        """``Light``, in the language in use."""
        return Pressure.tr(self.name)

    @property
    def pressure_label(self) -> str:
        """``Light pressure``, in the language in use."""
        return Pressure.tr(self.phrase)


BANDS: tuple[PressureBand, ...] = (
    PressureBand(
        QT_TRANSLATE_NOOP("Pressure", "Light"),
        0.0,
        3.5,
        phrase=QT_TRANSLATE_NOOP("Pressure", "Light pressure"),
    ),
    PressureBand(
        QT_TRANSLATE_NOOP("Pressure", "Medium"),
        3.5,
        6.5,
        phrase=QT_TRANSLATE_NOOP("Pressure", "Medium pressure"),
    ),
    PressureBand(
        QT_TRANSLATE_NOOP("Pressure", "Firm"),
        6.5,
        8.5,
        phrase=QT_TRANSLATE_NOOP("Pressure", "Firm pressure"),
    ),
    PressureBand(
        QT_TRANSLATE_NOOP("Pressure", "Too much"),
        8.5,
        10.0,
        too_much=True,
        phrase=QT_TRANSLATE_NOOP("Pressure", "Too much pressure"),
    ),
)
"""Light 1–3, medium 4–6, firm 7–8, 9–10 beyond home use; edges sit half-way
between the whole numbers so a level rounds into the band it is named for."""


def band_for(level: float) -> PressureBand:
    """The band a pressure level falls in (levels outside 0–10 are clamped)."""
    level = min(max(level, MIN_LEVEL), MAX_LEVEL)
    for band in BANDS:
        if level < band.high:
            return band
    return BANDS[-1]


def range_text(low: float, high: float) -> str:
    """A stretch of the scale in numbers and band names: ``2–6: light to
    medium``, or ``0–2: light`` when both ends are in one band."""
    first, last = band_for(low).label.lower(), band_for(high).label.lower()
    bands = first if first == last else Pressure.tr("{low} to {high}").format(low=first, high=last)
    return f"{number(low)}–{number(high)}: {bands}"


def ease_in_out(fraction: float) -> float:
    """Cosine ease: starts and ends with zero slope, so a ramp never jerks."""
    fraction = min(max(fraction, 0.0), 1.0)
    return 0.5 - 0.5 * math.cos(math.pi * fraction)


@dataclass(frozen=True)
class PressureRamp:
    """Pressure moving from ``start`` to ``end`` over one phase."""

    start: float
    end: float

    def at(self, fraction: float) -> float:
        """Pressure ``fraction`` (0–1) of the way through the phase."""
        return self.start + (self.end - self.start) * ease_in_out(fraction)

    @property
    def peak(self) -> float:
        return max(self.start, self.end)
