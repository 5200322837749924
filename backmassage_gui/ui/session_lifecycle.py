"""One lifecycle for every session, whichever key, button or menu moves it.

* Every start from the beginning (Space, "Start again", ``--start``, a routine
  picked mid-way and then started) asks for the safety check first.
* Every run has a fresh plan: the routine adapted to today's care profile and
  the sore spots, without the last run's "lighter" answers; check-ins come
  again (the prompt re-arms on the ready state).
* Every run is one history row, opened when it leaves the ready state and
  closed with what was really done however it ends; each check-in answer is
  logged at the moment it was given, before it changes anything.
* Every end reaches aftercare: the controller's ``finished`` is raised by time
  running out and by Right on the last phase alike ("stop here" jumps to the
  gentle ending, which then runs out).

The window only wires keys to these methods and shows what they say.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from ..domain.care_plan import CarePlan, same_timing
from ..domain.checkins import Answer, ending_index
from ..domain.routine import Routine
from ..domain.run_record import RunSummary
from ..domain.safety import AvoidSpot, CareProfile
from ..domain.session import State
from .session_controller import SessionController
from .session_log import SessionLog

log = logging.getLogger(__name__)


class SessionLifecycle(QObject):
    safety_needed = Signal()  # a start waits on the safety check; accepted → start()
    care_changed = Signal(list)  # the plain lines saying how the plan is adapted
    """Told when the lines or the care profile they are shown under differ
    from the last time (a restart with the same plan tells nothing)."""
    closing = Signal()
    """The app is closing, the run in progress ended: let go of what is kept
    from run to run (the recogniser's process)."""

    def __init__(
        self,
        controller: SessionController,
        session_log: SessionLog,
        routine: Routine,
        *,
        profile: Callable[[], CareProfile],
        safety_check: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._log = session_log
        self._profile = profile
        self.safety_check = safety_check
        """False skips the check (tests, and where nobody is at the table)."""
        self._plan = CarePlan(routine, profile())
        self._lines: list[str] = []
        # What listeners were last told; a new window shows no care at all.
        self._told: tuple[CareProfile, list[str]] = (CareProfile.NONE, [])
        controller.run_started.connect(self._on_run_started)
        controller.run_ended.connect(self._on_run_ended)

    @property
    def plan(self) -> CarePlan:
        return self._plan

    @property
    def care_lines(self) -> list[str]:
        return list(self._lines)

    # -- starting -----------------------------------------------------------
    def toggle(self) -> None:
        """Space: start from the beginning (through the safety check), or
        pause and resume a run in progress."""
        if self._controller.snapshot.state in (State.READY, State.FINISHED):
            self.request_start()
        else:
            self._controller.toggle()

    def request_start(self) -> None:
        """Start from the beginning: after a finished run a fresh one is made
        ready first; then the safety check, unless it is off. Does nothing to
        a run in progress."""
        state = self._controller.snapshot.state
        if state is State.FINISHED:
            self.restart()
        elif state is not State.READY:
            return
        if self.safety_check:
            self.safety_needed.emit()
        else:
            self.start()

    def start(self) -> None:
        """The safety check said go on (or is off): count down and begin."""
        if self._controller.snapshot.state is State.READY:
            self._controller.start()

    # -- new runs -----------------------------------------------------------
    def use(self, routine: Routine) -> None:
        """Run ``routine`` from its start (a run in progress ends here)."""
        self._plan = CarePlan(routine, self._profile(), self._plan.spots)
        self._apply_fresh()

    def restart(self) -> None:
        """R: the same routine from its start, as a new run."""
        self._plan = self._plan.fresh_run(self._profile())
        self._apply_fresh()

    def _apply_fresh(self) -> None:
        routine, lines = self._plan.adapted()
        self._controller.set_routine(routine)  # ends a run in progress first
        self._set_lines(lines)

    # -- during a run -------------------------------------------------------
    def set_spots(self, spots: Sequence[AvoidSpot]) -> None:
        """Sore spots marked or cleared. Before a run, or after one, the plan
        is made anew; during one it is retuned in place, keeping this run's
        "lighter" answers."""
        plan = self._plan.with_spots(spots)
        routine, lines = plan.adapted()
        self._plan = plan
        if not self._in_progress():
            self._controller.set_routine(routine)
        elif same_timing(routine.phases, self._controller.session.routine.phases):
            self._controller.retune(routine.phases)  # lighter from this moment on
        self._set_lines(lines)

    def answer(self, answer: Answer) -> None:
        """A check-in answer: logged at the massage time it was given, then
        applied (lighter from this phase on, or on to the gentle ending)."""
        session = self._controller.session
        self._log.checkin(session.run_s(), answer)
        index = self._controller.snapshot.phase_index
        if answer is Answer.LIGHTER:
            self._plan = self._plan.answered_lighter(index)
            routine, _lines = self._plan.adapted()
            if same_timing(routine.phases, session.routine.phases):
                self._controller.retune(routine.phases)
            else:  # the session was given a routine some other way than use()
                log.warning("a lighter answer not applied: the session is not on its plan")
        elif answer is Answer.STOP:
            jump = ending_index(session.routine.phases, index)
            if jump > index:  # already in the gentle ending: nothing to skip
                self._controller.go_to_phase(jump)

    def close(self) -> None:
        """The app is closing: the run in progress ends where it is."""
        self._controller.pause()
        self._controller.end_run()
        self.closing.emit()

    # -- internals ----------------------------------------------------------
    def _in_progress(self) -> bool:
        return self._controller.snapshot.state not in (State.READY, State.FINISHED)

    def _set_lines(self, lines: list[str]) -> None:
        self._lines = list(lines)
        told = (self._profile(), list(lines))
        if told != self._told:
            self._told = told
            self.care_changed.emit(list(lines))

    def _on_run_started(self) -> None:
        routine = self._plan.routine
        self._log.begin(
            routine.key, routine.name, self._controller.snapshot.session_total_s, self._lines
        )

    def _on_run_ended(self, summary: RunSummary) -> None:
        log.info(
            "run ended: %.0f s run, %d phase(s) skipped, %s",
            summary.run_s,
            len(summary.skipped),
            "to the end" if summary.completed else "cut off",
        )
        self._log.end(summary)
