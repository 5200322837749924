"""The plan a run follows: the chosen routine, made safe, with this run's answers.

Three things shape the pressure of a run: the care profile and the sore spots
(which belong to the person on the table, and last), and the "lighter" answers
given at check-ins (which belong to this run only). Keeping the answers apart
from the routine is what lets a sore spot marked later re-derive the plan
without losing them, and a new run (Restart, Start again) drop them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .checkins import Answer, apply_answer
from .routine import Phase, Routine
from .safety import AvoidSpot, CareProfile, adapt

__all__ = ["CarePlan", "same_timing"]


@dataclass(frozen=True)
class CarePlan:
    """``routine`` as chosen, before any adaptation."""

    routine: Routine
    profile: CareProfile = CareProfile.NONE
    spots: tuple[AvoidSpot, ...] = ()
    lighter_from: tuple[int, ...] = ()
    """The phase index of each "lighter" answer in this run, in answer order."""

    def adapted(self) -> tuple[Routine, list[str]]:
        """The routine to run and the plain lines saying how the profile and
        spots changed it. Each "lighter" answer lowers its phase and every
        later one, on top of the caps: lighter than the safe plan, never a
        cap raised back."""
        routine, lines = adapt(self.routine, self.profile, self.spots)
        phases = routine.phases
        for index in self.lighter_from:
            if 0 <= index < len(phases):
                phases, _ = apply_answer(phases, index, Answer.LIGHTER)
        if phases != routine.phases:
            routine = replace(routine, phases=phases)
        return routine, lines

    def with_spots(self, spots: Sequence[AvoidSpot]) -> CarePlan:
        return replace(self, spots=tuple(spots))

    def answered_lighter(self, phase_index: int) -> CarePlan:
        return replace(self, lighter_from=(*self.lighter_from, phase_index))

    def fresh_run(self, profile: CareProfile) -> CarePlan:
        """The plan for a new run of the same routine: today's care profile,
        the same spots, no answers yet."""
        return replace(self, profile=profile, lighter_from=())


def same_timing(a: Sequence[Phase], b: Sequence[Phase]) -> bool:
    """Whether a running session can swap ``a`` for ``b`` in place (the same
    phases and lengths, only pressure or strokes differing)."""
    return len(a) == len(b) and all(x.duration_s == y.duration_s for x, y in zip(a, b, strict=True))
