"""Pressure over a whole session, for the timeline and the editor's preview."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..i18n import Context, number
from . import timefmt
from .routine import Phase


class PressureCurve(Context):
    """The pressure curve described for a screen reader."""


@dataclass(frozen=True)
class PhaseSpan:
    """Where one phase sits on the session's time axis."""

    index: int
    phase: Phase
    start_s: float
    end_s: float

    def contains(self, t: float) -> bool:
        return self.start_s <= t < self.end_s


def spans(phases: Sequence[Phase], durations: Sequence[float] | None = None) -> list[PhaseSpan]:
    """Each phase's start and end, using ``durations`` where a session has
    stretched them (+30 s), else the phases' own."""
    result: list[PhaseSpan] = []
    t = 0.0
    for i, phase in enumerate(phases):
        d = durations[i] if durations is not None else phase.duration_s
        result.append(PhaseSpan(i, phase, t, t + d))
        t += d
    return result


def curve(
    phase_spans: Sequence[PhaseSpan], points_per_phase: int = 24
) -> tuple[list[float], list[float]]:
    """Times and pressure levels tracing the session, eased as the indicator
    moves. Consecutive phases share a time where they meet, so a jump between
    them shows as a vertical step."""
    times: list[float] = []
    levels: list[float] = []
    for span in phase_spans:
        length = span.end_s - span.start_s
        for k in range(points_per_phase + 1):
            f = k / points_per_phase
            times.append(span.start_s + f * length)
            levels.append(span.phase.pressure.at(f))
    return times, levels


def span_at(phase_spans: Sequence[PhaseSpan], t: float) -> PhaseSpan | None:
    """The phase under time ``t`` (the last one owns its end)."""
    for span in phase_spans:
        if span.contains(t):
            return span
    if phase_spans and t == phase_spans[-1].end_s:
        return phase_spans[-1]
    return None


def describe(plan: Sequence[PhaseSpan]) -> str:
    """The curve in one sentence, for a screen reader: how long, where the
    pressure starts, where it peaks and where it ends."""
    if not plan:
        return PressureCurve.tr("No phases yet.")
    top = max(plan, key=lambda span: span.phase.pressure.peak)
    first, last = plan[0].phase.pressure, plan[-1].phase.pressure
    return PressureCurve.tr(
        "Pressure over the session, %n phase(s) in {length}: from {start} up to {peak} "
        "of 10 in {phase}, ending at {end}.",
        "",
        len(plan),
    ).format(
        length=timefmt.countdown(plan[-1].end_s),
        start=number(first.start),
        peak=number(top.phase.pressure.peak),
        phase=top.phase.name,
        end=number(last.end),
    )
