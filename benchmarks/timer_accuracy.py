"""Timer accuracy: when each phase change happened against when it was due.

Builds a routine of short phases (default 24 phases x 5 s = 2 min; --quick:
12 x 5 s = 1 min) with ``Routine``/``Phase``, runs it in the app's MainWindow
with the real monotonic clock on a private Xvfb display (``--offscreen`` to
use Qt's offscreen platform instead), and records time.monotonic() at every
``controller.phase_changed`` (and ``finished`` for the end of the last phase).

Due time of phase k = session start + get-ready + sum of the earlier phases'
durations; session start is the clock reading the session itself took when
started. Drift: mean lateness of the first half of the changes against the
second half, and the least-squares slope of lateness over time.
"""

from __future__ import annotations

import argparse
import time
from typing import TypedDict

from _common import Figure, Xvfb, linear_slope, mean, script_main, tmpdir, verdict

LIMIT_MS = 50.0


class Change(TypedDict):
    """One phase change (or the end: index = phase count) against when it was due."""

    index: int
    due: float  # s after the session started
    late_ms: float


class TimerResult(TypedDict):
    rows: list[Change]
    expected: int  # changes due, the end included
    manual: int  # changes not made by the timer
    state: str  # the session's state at the end


def measure(count: int, phase_s: float) -> TimerResult:
    import _inproc

    routine = _inproc.short_phase_routine(count, phase_s, name="Timer accuracy")
    window = _inproc.make_window(routine, chime="qt", data_dir=tmpdir("timer"))
    changes: list[tuple[int, float, bool]] = []
    finished: list[float] = []
    ctl = window.controller
    ctl.phase_changed.connect(lambda i, auto: changes.append((i, time.monotonic(), auto)))
    ctl.finished.connect(lambda: finished.append(time.monotonic()))
    _inproc.show_and_wait(window)
    before = time.monotonic()
    ctl.start()
    started = getattr(ctl.session, "_run_started_at", None)
    start = started if isinstance(started, float) else before
    get_ready = ctl.session.get_ready_s
    total = sum(p.duration_s for p in routine.phases)
    _inproc.spin(get_ready + total + 1.5)
    due = []
    t = start + get_ready
    for p in routine.phases:
        due.append(t)
        t += p.duration_s
    rows: list[Change] = []
    autos = [(i, at) for i, at, auto in changes if auto]
    for index, at in autos:
        rows.append(
            {"index": index, "due": due[index] - start, "late_ms": (at - due[index]) * 1000}
        )
    if finished:
        rows.append({"index": len(due), "due": t - start, "late_ms": (finished[0] - t) * 1000})
    window.close()
    return {
        "rows": rows,
        "expected": len(due) + 1,
        "manual": len(changes) - len(autos),
        "state": ctl.snapshot.state.value,
    }


def run(args: argparse.Namespace) -> list[Figure]:
    count = 12 if args.quick and args.phases == 24 else args.phases
    if args.offscreen:
        import os

        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        r = measure(count, args.phase_seconds)
        where = "offscreen"
    else:
        with Xvfb() as x:
            x.use_in_this_process()
            r = measure(count, args.phase_seconds)
        where = "Xvfb"
    rows = r["rows"]
    late = [row["late_ms"] for row in rows]
    missing = r["expected"] - len(rows)
    worst = max(late, key=abs) if late else float("nan")
    half = len(late) // 2
    first, second = mean(late[:half]), mean(late[half:])
    minutes = [row["due"] / 60 for row in rows]
    slope = linear_slope(minutes, late)
    span = (max(minutes) - min(minutes)) if minutes else 0.0
    # Changes are seen on the app's 16 ms tick, so lateness is spread over 0..16 ms
    # (sd ~4.6 ms) whatever the clock does: only a trend well beyond that noise
    # counts as drift (about two standard errors for a 1-2 minute run).
    growth = slope * span
    drift_ok = abs(second - first) < 5.0 and abs(growth) < 8.0
    ok = bool(late) and missing == 0 and all(0 <= v <= LIMIT_MS for v in late)
    notes = [
        f"{count} phases × {args.phase_seconds:g} s on {where}: {len(rows)} of "
        f"{r['expected']} changes seen (incl. the end); lateness min {min(late):.1f} ms, "
        f"mean {mean(late):.1f} ms, max {max(late):.1f} ms",
        "lateness by change (ms): " + ", ".join(f"{v:.0f}" for v in late),
    ]
    if any(v < 0 for v in late):
        notes.append("some changes came EARLY (negative lateness)")
    frozen = missing > 0 or r["state"] != "finished"
    if frozen:  # late changes are a miss; changes that never came are a session that stopped
        notes.append(
            f"FAIL: the session did not run as it should: {missing} of "
            f"{r['expected']} phase changes never came; it ended '{r['state']}'"
        )
    return [
        Figure(
            name="timer accuracy: worst phase change",
            value=f"{worst:+.1f} ms",
            target=f"every change 0..{LIMIT_MS:g} ms late",
            verdict="FAIL" if frozen else verdict(ok),
            number=worst,
            unit="ms",
            notes=notes,
            detail=r,
        ),
        Figure(
            name="timer drift (mean lateness 1st vs 2nd half)",
            value=f"{first:.1f} → {second:.1f} ms (trend {growth:+.1f} ms over the run)",
            target="no growth (|Δ| < 5 ms, trend < 8 ms)",
            verdict="FAIL" if frozen else verdict(drift_ok),
            number=second - first,
            unit="ms",
        ),
    ]


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--phases", type=int, default=24)
    parser.add_argument("--phase-seconds", type=float, default=5.0)
    parser.add_argument(
        "--offscreen", action="store_true", help="Qt offscreen platform instead of Xvfb"
    )


if __name__ == "__main__":
    script_main("Timer accuracy: phase changes against the monotonic clock", add_args, run)
