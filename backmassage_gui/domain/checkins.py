"""Check-in prompts during a session: "Is this okay?" at the right moments.

The guide says to keep asking how the pressure feels. ``plan_checkins`` puts a
prompt wherever pressure moves into a firmer band and inside every long stretch
of firm pressure; ``apply_answer`` turns the reply into a change of plan.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from ..i18n import Context
from .pressure import BANDS, MIN_LEVEL, PressureRamp, band_for
from .routine import Phase
from .strokes import Stroke

__all__ = [
    "ENDING_STROKES",
    "FIRM_LEVEL",
    "LIGHT_END",
    "MIN_GAP_S",
    "Answer",
    "CheckIn",
    "apply_answer",
    "ending_index",
    "plan_checkins",
]

#: No two prompts closer together than this.
MIN_GAP_S = 20.0
#: Where firm pressure starts (the low edge of the Firm band).
FIRM_LEVEL = next(b.low for b in BANDS if b.name == "Firm")
#: A phase ending at or below this counts as light for winding down.
LIGHT_END = 3.0
#: Strokes a wind-down may use.
ENDING_STROKES = frozenset({Stroke.GLIDING, Stroke.HOLD})

_BISECT_STEPS = 40


class CheckIns(Context):
    """Why a check-in asks how the pressure feels."""


@dataclass(frozen=True)
class CheckIn:
    """A prompt to ask the person how it feels, ``at_s`` seconds into the session."""

    phase_index: int
    at_s: float
    reason: str


class Answer(Enum):
    FINE = "fine"
    LIGHTER = "lighter"
    STOP = "stop"


def _band_index(level: float) -> int:
    return BANDS.index(band_for(level))


def _crossing(ramp: PressureRamp, level: float) -> float:
    """Fraction of a rising ramp at which it first reaches ``level``
    (``ramp.start < level <= ramp.end``), by bisection on ``ramp.at``."""
    lo, hi = 0.0, 1.0
    for _ in range(_BISECT_STEPS):
        mid = (lo + hi) / 2.0
        if ramp.at(mid) >= level:
            hi = mid
        else:
            lo = mid
    return hi


def _falling_below(ramp: PressureRamp, level: float) -> float:
    """Fraction of a falling ramp at which it drops below ``level``
    (``ramp.end < level <= ramp.start``)."""
    lo, hi = 0.0, 1.0
    for _ in range(_BISECT_STEPS):
        mid = (lo + hi) / 2.0
        if ramp.at(mid) < level:
            hi = mid
        else:
            lo = mid
    return hi


def plan_checkins(
    phases: Sequence[Phase], long_firm_s: float = 120.0, *, durations: Sequence[float] | None = None
) -> list[CheckIn]:
    """Check-in prompts for a session, sorted by time, no two within ``MIN_GAP_S``.

    A prompt comes whenever pressure moves into a firmer band (the moment the
    eased level reaches the band's edge, or the start of a phase that begins in
    a firmer band than the last one ended in; a session starting above light
    counts as a rise at 0 s), and in every phase whose firm part (level at or
    above the Firm band) lasts ``long_firm_s`` or more: at the middle of that
    part, unless a prompt already falls within it. ``durations`` replaces the
    phases' own lengths where a session has stretched them.
    """
    found: list[CheckIn] = []
    firm_parts: list[tuple[int, float, float]] = []
    t = 0.0
    previous_band = 0
    for index, phase in enumerate(phases):
        length = durations[index] if durations is not None else phase.duration_s
        ramp = phase.pressure
        start_band = _band_index(ramp.start)
        if start_band > previous_band:
            found.append(CheckIn(index, t, _rise_reason(start_band)))
        if ramp.end > ramp.start:
            for band_no in range(start_band + 1, _band_index(ramp.end) + 1):
                f = _crossing(ramp, BANDS[band_no].low)
                found.append(CheckIn(index, t + f * length, _rise_reason(band_no)))
        firm = _firm_part(ramp)
        if firm is not None:
            a, b = t + firm[0] * length, t + firm[1] * length
            if b - a >= long_firm_s:
                firm_parts.append((index, a, b))
        previous_band = _band_index(ramp.end)
        t += length

    for index, a, b in firm_parts:
        if not any(a <= c.at_s <= b for c in found):
            found.append(
                CheckIn(
                    index,
                    (a + b) / 2.0,
                    CheckIns.tr("Firm pressure for a while: check nothing feels sore."),
                )
            )

    found.sort(key=lambda c: c.at_s)
    kept: list[CheckIn] = []
    for checkin in found:
        if not kept or checkin.at_s - kept[-1].at_s >= MIN_GAP_S:
            kept.append(checkin)
    return kept


def _firm_part(ramp: PressureRamp) -> tuple[float, float] | None:
    """The fractions of a phase between which pressure is firm or more."""
    start_firm, end_firm = ramp.start >= FIRM_LEVEL, ramp.end >= FIRM_LEVEL
    if start_firm and end_firm:
        return (0.0, 1.0)
    if end_firm:
        return (_crossing(ramp, FIRM_LEVEL), 1.0)
    if start_firm:
        return (0.0, _falling_below(ramp, FIRM_LEVEL))
    return None


def _rise_reason(band_no: int) -> str:
    name = BANDS[band_no].label.lower()
    if BANDS[band_no].too_much:
        return CheckIns.tr("Pressure is getting very firm: ask if it is too much.")
    return CheckIns.tr("Pressure moves up to {band}: ask whether it feels okay.").format(band=name)


def apply_answer(
    phases: Sequence[Phase], current_index: int, answer: Answer, step: float = 1.5
) -> tuple[tuple[Phase, ...], int | None]:
    """The plan after the person answers a check-in during phase ``current_index``.

    * FINE: nothing changes.
    * LIGHTER: the current phase and every later one start and end ``step``
      lower (never below 0); earlier phases stay as they were.
    * STOP: phases unchanged, plus the index to jump to (see ``ending_index``).

    Returns the phases and the index to jump to (``None`` for no jump).
    """
    if not 0 <= current_index < len(phases):
        raise IndexError(f"phase {current_index} is not in a routine of {len(phases)} phases")
    if answer is Answer.FINE:
        return tuple(phases), None
    if answer is Answer.STOP:
        return tuple(phases), ending_index(phases, current_index)
    if step < 0:
        raise ValueError("step must not be negative")
    lighter = tuple(
        p
        if i < current_index
        else replace(
            p,
            pressure=PressureRamp(
                max(MIN_LEVEL, p.pressure.start - step), max(MIN_LEVEL, p.pressure.end - step)
            ),
        )
        for i, p in enumerate(phases)
    )
    return lighter, None


def ending_index(phases: Sequence[Phase], current_index: int) -> int:
    """The first phase after ``current_index`` from which every remaining phase
    is light throughout (never above ``LIGHT_END``: after "stop here" nothing
    may press harder) and gliding or resting hands; the last phase when there
    is none."""
    last = len(phases) - 1
    first = last + 1
    for i in range(last, current_index, -1):
        p = phases[i]
        if p.pressure.peak <= LIGHT_END and p.stroke in ENDING_STROKES:
            first = i
        else:
            break
    return first if first <= last else last
