"""Helpers for the routine editor: typed times, fitting a routine to a length,
and gentle advice where a routine goes against the massage guide.

Kept free of any GUI code so the rules can be tested on their own; the editor
only turns ``ValueError`` messages and ``GuideWarning``s into text on screen.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

from ..i18n import Context, number
from .pressure import HOME_LIMIT
from .routine import MAX_PHASE_S, MIN_PHASE_S, Phase
from .strokes import Stroke
from .timefmt import clock_text
from .zones import Zone


class RoutineEditing(Context):
    """The routine editor's words about typed times, fitting and advice."""


#: Fitted durations are whole multiples of this, so times read cleanly.
STEP_S = 5

LIGHT = 3.0
"""Light pressure: a warm-up, and the end of a session, stay at or below it."""
FIRM = 6.0
"""Above this is firm work, which belongs after a proper warm-up."""
MAX_JUMP = 2.0
"""Largest change between one phase's end and the next one's start."""
MAX_STEP_IN_PHASE = 4.0
"""Largest change of pressure inside one phase."""
LIGHT_ONLY_S = 120.0
"""Nothing above LIGHT this early: the muscles are still cold."""
NO_FIRM_S = 300.0
"""Nothing above FIRM this early."""

_EPS = 1e-9
_PRESS_STROKES = frozenset({Stroke.THUMB_PRESSURE, Stroke.KNUCKLE_PRESSURE, Stroke.PALM_PRESS})
_GENTLE_END_STROKES = frozenset({Stroke.GLIDING, Stroke.HOLD})
_NAME_CHARS = 20  # phase names are cut to this in messages so each stays one short line

# --- typed times ------------------------------------------------------------

_NUM = r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"
_UNIT_SECONDS = {
    "h": 3600,
    "hr": 3600,
    "hrs": 3600,
    "hour": 3600,
    "hours": 3600,
    "m": 60,
    "min": 60,
    "mins": 60,
    "minute": 60,
    "minutes": 60,
    "s": 1,
    "sec": 1,
    "secs": 1,
    "second": 1,
    "seconds": 1,
}
_PART = re.compile(rf"({_NUM})\s*([a-z]+)\s*")
_PARTS = re.compile(rf"(?:{_NUM}\s*[a-z]+\s*)+")
_BARE = re.compile(_NUM)
_COLON = re.compile(r"([0-9]+)\s*:\s*([0-9]+)(?:\s*:\s*([0-9]+))?")
_MAX_DIGITS = 9  # longer fields are nonsense for a massage and would only overflow


def parse_mss(text: str) -> float:
    """Seconds from a duration cell: ``2:30``, ``1:02:30``, ``90``, ``90 s``,
    ``2 min``, ``1.5 min``. A bare number is seconds, since the column counts
    seconds. Raises ``ValueError`` with a message fit to show the user."""
    return _parse_time(
        text,
        bare_unit=1,
        hint=RoutineEditing.tr("use m:ss, like 2:30"),
        empty=RoutineEditing.tr("enter a time, like 2:30"),
    )


def format_mss(seconds: float) -> str:
    """``2:30`` (or ``1:02:30`` past an hour), rounded to whole seconds."""
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"cannot show {seconds!r} as a time")
    return clock_text(math.floor(seconds + 0.5))  # half up, not to even: 89.5 s is 1:30


def parse_total_length(text: str) -> float:
    """Seconds from the "fit to a total length" box: ``20 min``, ``20`` (a bare
    number is minutes, the unit people think of a session in), ``1h 10min``,
    ``25:00``, ``1:05:00``, ``90 s``. Raises ``ValueError`` with a message."""
    seconds = _parse_time(
        text,
        bare_unit=60,
        hint=RoutineEditing.tr("use minutes, like 20 min, or m:ss, like 25:00"),
        empty=RoutineEditing.tr("enter a length, like 20 min"),
    )
    if seconds <= 0:
        raise ValueError(RoutineEditing.tr("the total length must be more than zero"))
    return seconds


def _parse_time(text: str, *, bare_unit: int, hint: str, empty: str) -> float:
    raw = text.strip()
    lowered = raw.lower()
    if not raw:
        raise ValueError(empty)
    if lowered[0] in "-−":
        raise ValueError(RoutineEditing.tr("a time can't be negative"))
    if _BARE.fullmatch(lowered):
        return _finite(float(lowered) * bare_unit)
    colon = _COLON.fullmatch(lowered)
    if colon:
        return _from_colon(raw, colon)
    if _PARTS.fullmatch(lowered):
        return _from_units(raw, _PART.findall(lowered), hint)
    raise ValueError(hint)


def _from_colon(raw: str, match: re.Match[str]) -> float:
    fields = [f for f in match.groups() if f is not None]
    if any(len(f) > _MAX_DIGITS for f in fields):
        raise ValueError(RoutineEditing.tr("{typed} is far too long").format(typed=raw))
    *rest, secs = fields
    if len(secs) != 2:
        raise ValueError(
            RoutineEditing.tr("write seconds with two digits, like {example}").format(
                example=f"{rest[-1]}:0{secs[-1]}"
            )
        )
    if int(secs) > 59:
        raise ValueError(RoutineEditing.tr("seconds must be 0–59 in {typed}").format(typed=raw))
    if len(rest) == 2:
        hours, minutes = rest
        if len(minutes) != 2:
            raise ValueError(
                RoutineEditing.tr(
                    "write minutes with two digits after the hours in {typed}"
                ).format(typed=raw)
            )
        if int(minutes) > 59:
            raise ValueError(RoutineEditing.tr("minutes must be 0–59 in {typed}").format(typed=raw))
        return float(int(hours) * 3600 + int(minutes) * 60 + int(secs))
    return float(int(rest[0]) * 60 + int(secs))


def _from_units(raw: str, parts: list[tuple[str, str]], hint: str) -> float:
    total = 0.0
    last_size = math.inf
    for amount, unit in parts:
        size = _UNIT_SECONDS.get(unit)
        if size is None:
            raise ValueError(
                RoutineEditing.tr('"{unit}" is not a unit I know; {hint}').format(
                    unit=unit, hint=hint
                )
            )
        if size >= last_size:
            raise ValueError(
                RoutineEditing.tr(
                    "give hours, then minutes, then seconds, each once, in {typed}"
                ).format(typed=raw)
            )
        last_size = size
        total += float(amount) * size
    return _finite(total)


def _finite(seconds: float) -> float:
    if not math.isfinite(seconds):
        raise ValueError(RoutineEditing.tr("that is far too long"))
    return seconds


# --- fitting a routine to a total length -------------------------------------


def fit_to_length(phases: Sequence[Phase], total_s: float) -> tuple[Phase, ...]:
    """The same phases scaled in proportion to last exactly ``total_s``.

    Each duration is a whole multiple of 5 s within the phase limits. Shares
    are clamped to those limits (the rest rescaled to make up the time), then
    rounded by largest remainder, so the sum is exact and every phase lands as
    close to its share as whole 5-second steps allow.
    """
    count = len(phases)
    if count == 0:
        raise ValueError(RoutineEditing.tr("there are no phases to fit"))
    if not math.isfinite(total_s) or total_s <= 0:
        raise ValueError(RoutineEditing.tr("the total length must be more than zero"))
    units_f = total_s / STEP_S
    units = round(units_f)
    if abs(units_f - units) > 1e-9:
        raise ValueError(
            RoutineEditing.tr("the total length must be a whole multiple of {step} seconds").format(
                step=STEP_S
            )
        )
    lo, hi = round(MIN_PHASE_S / STEP_S), round(MAX_PHASE_S / STEP_S)
    if units < lo * count:
        raise ValueError(
            RoutineEditing.tr(
                "%n phase(s) need at least {least} ({each} s each)", "", count
            ).format(least=format_mss(lo * count * STEP_S), each=number(MIN_PHASE_S))
        )
    if units > hi * count:
        raise ValueError(
            RoutineEditing.tr(
                "%n phase(s) can last at most {most} (an hour each)", "", count
            ).format(most=format_mss(hi * count * STEP_S))
        )
    weights: list[Fraction] = []
    for phase in phases:
        if not (math.isfinite(phase.duration_s) and phase.duration_s > 0):
            raise ValueError(
                RoutineEditing.tr("{phase} has no length to scale from").format(
                    phase=_quoted(phase)
                )
            )
        weights.append(Fraction(phase.duration_s))
    shares = _clamped_shares(weights, units, Fraction(lo), Fraction(hi))
    steps = _largest_remainder(shares, units)
    return tuple(
        replace(phase, duration_s=float(n * STEP_S)) for phase, n in zip(phases, steps, strict=True)
    )


def _clamped_shares(
    weights: list[Fraction], units: int, lo: Fraction, hi: Fraction
) -> list[Fraction]:
    """Exact shares ``clamp(k * w, lo, hi)`` with ``k`` chosen so they sum to
    ``units``: proportional wherever the limits allow."""

    def clamp(x: Fraction) -> Fraction:
        return min(max(x, lo), hi)

    def total(k: Fraction) -> Fraction:
        return sum((clamp(k * w) for w in weights), Fraction(0))

    # The total grows with k and is linear between the points where a phase
    # meets a limit; find the stretch holding ``units`` and solve there.
    breaks = sorted({lo / w for w in weights} | {hi / w for w in weights})
    prev = Fraction(0)
    upper = breaks[-1]
    for point in breaks:
        if total(point) >= units:
            upper = point
            break
        prev = point
    mid = (prev + upper) / 2
    fixed = sum((clamp(mid * w) for w in weights if not lo < mid * w < hi), Fraction(0))
    free = sum((w for w in weights if lo < mid * w < hi), Fraction(0))
    k = (units - fixed) / free if free else upper
    return [clamp(k * w) for w in weights]


def _largest_remainder(shares: list[Fraction], units: int) -> list[int]:
    floors = [math.floor(s) for s in shares]
    leftover = units - sum(floors)
    by_remainder = sorted(range(len(shares)), key=lambda i: (-(shares[i] - floors[i]), i))
    for i in by_remainder[:leftover]:
        floors[i] += 1
    return floors


# --- advice from the guide ----------------------------------------------------


@dataclass(frozen=True)
class GuideWarning:
    """Advice, never a block: the user may have good reasons. ``phase_index``
    is the phase to highlight, or ``None`` for the routine as a whole."""

    phase_index: int | None
    message: str


def guide_warnings(phases: Sequence[Phase]) -> list[GuideWarning]:
    """Where a routine goes against the guide (warm up first, build pressure
    gradually, nothing too firm too soon, end gently), in phase order."""
    if not phases:
        return [
            GuideWarning(
                None, RoutineEditing.tr("No phases yet — begin with a light gliding warm-up")
            )
        ]
    out: list[GuideWarning] = []
    light = _lvl(LIGHT)
    start_s = 0.0
    last = len(phases) - 1
    for i, phase in enumerate(phases):
        ramp = phase.pressure
        name = _quoted(phase)

        def warn(template: str, index: int = i, phase_name: str = name, **fields: str) -> None:
            text = template.format(phase=phase_name, light=light, **fields)
            out.append(GuideWarning(index, text))

        if i == 0:
            if phase.stroke is not Stroke.GLIDING:
                warn(
                    RoutineEditing.tr("Start with a light gliding warm-up; {phase} uses {stroke}"),
                    stroke=phase.stroke.in_sentence,
                )
            elif ramp.peak > LIGHT + _EPS:
                warn(
                    RoutineEditing.tr(
                        "{phase} reaches {level} — keep the opening warm-up light ({light} or less)"
                    ),
                    level=_lvl(ramp.peak),
                )
        else:
            before = phases[i - 1].pressure.end
            if ramp.start - before > MAX_JUMP + _EPS:
                warn(
                    RoutineEditing.tr(
                        "Pressure jumps from {before} to {after} at {phase} — build up gradually"
                    ),
                    before=_lvl(before),
                    after=_lvl(ramp.start),
                )
            elif before - ramp.start > MAX_JUMP + _EPS:
                warn(
                    RoutineEditing.tr(
                        "Pressure drops from {before} to {after} at {phase} — ease off gradually"
                    ),
                    before=_lvl(before),
                    after=_lvl(ramp.start),
                )
        if abs(ramp.end - ramp.start) > MAX_STEP_IN_PHASE + _EPS:
            warn(
                RoutineEditing.tr("{phase} goes from {start} to {end} — too steep for one phase"),
                start=_lvl(ramp.start),
                end=_lvl(ramp.end),
            )
        early_firm = _peak_before(phase, start_s, NO_FIRM_S)
        early_light = _peak_before(phase, start_s, LIGHT_ONLY_S)
        if early_firm is not None and early_firm > FIRM + _EPS:
            warn(
                RoutineEditing.tr(
                    "{phase} is firm ({level}) in the first 5 minutes — save firm work for later"
                ),
                level=_lvl(early_firm),
            )
        elif (
            early_light is not None
            and early_light > LIGHT + _EPS
            and not (i == 0 and phase.stroke is Stroke.GLIDING)
        ):  # already said above
            warn(
                RoutineEditing.tr(
                    "{phase} is over {light} in the first 2 minutes — "
                    "warm up with light strokes first"
                )
            )
        if ramp.peak > HOME_LIMIT + _EPS:
            warn(
                RoutineEditing.tr("{phase} reaches {level} — more than a home massage should use"),
                level=_lvl(ramp.peak),
            )
        if phase.stroke in _PRESS_STROKES and phase.zone is Zone.FULL_BACK:
            warn(
                RoutineEditing.tr(
                    "{phase}: press beside the spine or on one area, not the whole back"
                )
            )
        if i == last:
            light_end = ramp.end <= LIGHT + _EPS
            gentle_stroke = phase.stroke in _GENTLE_END_STROKES
            if not light_end:
                warn(
                    RoutineEditing.tr(
                        "{phase} ends at {level} — end gently, easing down to {light} or less"
                    ),
                    level=_lvl(ramp.end),
                )
            if not gentle_stroke:
                warn(
                    RoutineEditing.tr(
                        "End gently: finish with a slow glide or resting hands after {phase}"
                    )
                )
        start_s += max(phase.duration_s, 0.0)
    return out


def _peak_before(phase: Phase, start_s: float, limit_s: float) -> float | None:
    """Highest pressure of ``phase`` before ``limit_s`` into the session, or
    ``None`` if the phase starts later. A ramp only rises or only falls, so
    the highest point is at one end of the stretch."""
    if start_s >= limit_s:
        return None
    duration = phase.duration_s
    fraction = 1.0 if duration <= 0 else min(1.0, (limit_s - start_s) / duration)
    return max(phase.pressure.at(0.0), phase.pressure.at(fraction))


def _quoted(phase: Phase) -> str:
    name = " ".join(phase.name.split()) or RoutineEditing.tr("(unnamed)")
    if len(name) > _NAME_CHARS:
        name = name[: _NAME_CHARS - 1].rstrip() + "…"
    #: A phase's name in a sentence, in the language's own quotation marks.
    return RoutineEditing.tr("“{name}”").format(name=name)


def _lvl(level: float) -> str:
    return number(round(level, 1))
