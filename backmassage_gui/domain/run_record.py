"""What one run of a session really did, as the history keeps it.

The session's position is not a measure of what was done: Right, a timeline
click or a "stop here" moves it on without any massage in between. The
history keeps the running time each phase really had instead, and names the
phases that were cut short or left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from .session import Session, State

__all__ = ["SKIP_GRACE_S", "RunSummary", "summarize"]

#: A phase left this close to its planned end (Right as its chime is due)
#: still counts as done.
SKIP_GRACE_S = 5.0


@dataclass(frozen=True)
class RunSummary:
    """One run, ended: for the history row it closes."""

    run_s: float
    """Massage time really run: pauses, the get-ready countdown and skipped
    time left out."""
    skipped: tuple[str, ...]
    """Names of the phases passed without running (nearly) their whole planned
    length, in routine order."""
    completed: bool
    """The run reached its end (time ran out, Right on the last phase, or the
    gentle ending after "stop here"), skipped phases or not."""


def summarize(session: Session) -> RunSummary:
    """The run so far. In a run cut off before its end, the phases from the
    furthest one reached on are not skipped, only not done."""
    times = session.phase_run_times()
    phases = session.routine.phases
    finished = session.state is State.FINISHED
    passed = len(phases) if finished else session.furthest_phase
    skipped = tuple(
        phases[i].name for i in range(passed) if times[i] < phases[i].duration_s - SKIP_GRACE_S
    )
    return RunSummary(run_s=sum(times), skipped=skipped, completed=finished)
