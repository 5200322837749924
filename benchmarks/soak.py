"""Soak test (not part of run_all, not CI): a long session at real speed.

Runs the app's MainWindow in this process on a private Xvfb display with the
real monotonic clock, the animation, the pressure timeline and the app's own
chime (QtChime: silent when the machine has no audio output, as the app would
be). The routine is made up to fill the run: phases of --phase-seconds cycling
through every stroke and zone, so the silhouette is re-rendered and the chime
rung at every change.

After the get-ready countdown, every --interval minutes it prints one row:
resident memory, CPU, the painted frames of the session view (count, median /
p95 / max interval) and the phase changes in that interval with their worst
lateness against when they were due. At the end, a verdict:

* memory: growth from the end of the first interval to the end < 5 MiB
* frames: every interval p95 < 20 ms and max <= 50 ms, at least 30 paints a
  second in each (fewer: the window froze), and the last
  quarter's median p95 no more than 1 ms above the first quarter's
* phase changes: every one 0..50 ms late

    python benchmarks/soak.py                 # 60 minutes, a row per minute
    python benchmarks/soak.py --minutes 5 --interval 0.5
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from typing import TypedDict

from _common import (
    IntervalStats,
    Xvfb,
    interval_stats,
    machine_info,
    median,
    proc_cpu_seconds,
    proc_rss_mib,
    tmpdir,
)

LATE_LIMIT_MS = 50.0


class Row(TypedDict):
    """One printed interval of the run."""

    min: float  # minutes into the run at its end
    rss: float  # MiB
    cpu: float  # % of one core over the interval
    stats: IntervalStats  # paints of the session view
    late: list[float]  # ms, each phase change in the interval
    seconds: float  # its length


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--interval", type=float, default=1.0, help="minutes per row")
    parser.add_argument("--phase-seconds", type=float, default=120.0)
    args = parser.parse_args()
    info = machine_info()
    print(
        f"soak: {args.minutes:g} min, a row every {args.interval:g} min, phases of "
        f"{args.phase_seconds:g} s; {info['date']}; {info['cpu']} x{info['nproc']}; "
        f"commit {info['commit']}",
        flush=True,
    )
    with Xvfb() as x:
        x.use_in_this_process()
        return soak(args)


def soak(args: argparse.Namespace) -> int:
    import _inproc

    seconds = args.minutes * 60
    # Long enough to keep running past the end of the measurement (get-ready + margin).
    need = seconds + 40
    count = min(100, math.ceil(need / args.phase_seconds))
    phase_s = max(args.phase_seconds, need / count)
    routine = _inproc.short_phase_routine(count, phase_s, name="Soak")
    rec = _inproc.PaintRecorder()
    window = _inproc.make_window(routine, chime="qt", data_dir=tmpdir("soak"))
    ctl = window.controller
    changes: list[tuple[float, int]] = []  # (monotonic, phase index or -1 for the end)

    def on_phase_changed(index: int, automatic: bool) -> None:
        if automatic:
            changes.append((time.monotonic(), index))

    ctl.phase_changed.connect(on_phase_changed)
    ctl.finished.connect(lambda: changes.append((time.monotonic(), -1)))
    _inproc.show_and_wait(window)
    chime = getattr(window, "_chime", None)
    print(
        f"chime: {'plays' if getattr(chime, 'available', False) else 'silent'} "
        f"{getattr(chime, 'problem', '')}".rstrip(),
        flush=True,
    )
    ctl.start()
    started = getattr(ctl.session, "_run_started_at", None)
    t0 = started if isinstance(started, float) else time.monotonic()
    due: dict[int, float] = {}
    t = t0 + ctl.session.get_ready_s
    for i, p in enumerate(routine.phases):
        due[i] = t
        t += p.duration_s
    due[-1] = t
    # Rows start when the phases do: the get-ready countdown has no animation.
    _inproc.spin(ctl.session.get_ready_s + 0.5)
    rec.clear()

    header = (
        f"{'min':>6} {'RSS MiB':>8} {'CPU %':>6} {'frames':>7} {'med ms':>7} "
        f"{'p95 ms':>7} {'max ms':>7} {'>20ms':>6} {'changes':>7} {'late max ms':>11}"
    )
    print(header)
    print("-" * len(header), flush=True)
    rows: list[Row] = []
    last_stamp: float | None = None
    seen = 0
    elapsed = 0.0
    cpu_prev, wall_prev = proc_cpu_seconds(), time.monotonic()
    while elapsed < seconds - 1e-6:
        step = min(args.interval * 60, seconds - elapsed)
        _inproc.spin(step)
        elapsed += step
        stamps = ([last_stamp] if last_stamp is not None else []) + rec.stamps
        if rec.stamps:
            last_stamp = rec.stamps[-1]
        rec.clear()
        s = interval_stats(stamps)
        new = changes[seen:]
        seen = len(changes)
        late = [(at - due[i]) * 1000 for at, i in new]
        cpu_now, wall_now = proc_cpu_seconds(), time.monotonic()
        row: Row = {
            "min": elapsed / 60,
            "rss": proc_rss_mib(),
            "cpu": (cpu_now - cpu_prev) / (wall_now - wall_prev) * 100,
            "stats": s,
            "late": late,
            "seconds": step,
        }
        cpu_prev, wall_prev = cpu_now, wall_now
        rows.append(row)
        worst = max(late, key=abs) if late else float("nan")
        print(
            f"{row['min']:6.1f} {row['rss']:8.1f} {row['cpu']:6.1f} {s['frames']:7d} "
            f"{s['median']:7.1f} {s['p95']:7.1f} {s['max']:7.1f} {s['over20']:6d} "
            f"{len(late):7d} {worst:11.1f}",
            flush=True,
        )
    state = ctl.snapshot.state.value
    window.close()
    rec.restore()
    return verdict(rows, state)


def verdict(rows: list[Row], state: str) -> int:
    problems: list[str] = []
    growth = rows[-1]["rss"] - rows[0]["rss"]
    if len(rows) > 1 and growth >= 5.0:
        problems.append(f"memory grew {growth:+.1f} MiB after the first interval")
    frozen = [r for r in rows if r["stats"]["frames"] < r["seconds"] * 30]
    if frozen:
        problems.append(
            f"{len(frozen)} intervals with fewer than 30 paints a second while the "
            f"session ran (first at minute {frozen[0]['min']:.1f}): frozen"
        )
    moving = [r for r in rows if r["stats"]["frames"] > 10]
    bad_frames = [r for r in moving if r["stats"]["p95"] >= 20 or r["stats"]["max"] > 50]
    if bad_frames:
        problems.append(
            f"{len(bad_frames)} intervals with p95 >= 20 ms or a frame > 50 ms "
            f"(first at minute {bad_frames[0]['min']:.1f})"
        )
    q = max(1, len(moving) // 4)
    if len(moving) >= 4:
        first = median([r["stats"]["p95"] for r in moving[:q]])
        last = median([r["stats"]["p95"] for r in moving[-q:]])
        if last - first > 1.0:
            problems.append(f"frame p95 slowed from {first:.1f} to {last:.1f} ms")
    else:
        first = last = math.nan
    late = [v for r in rows for v in r["late"]]
    off = [v for v in late if not 0 <= v <= LATE_LIMIT_MS]
    if off:
        problems.append(
            f"{len(off)} of {len(late)} phase changes outside 0..50 ms "
            f"(worst {max(off, key=abs):+.1f} ms)"
        )
    print()
    print(
        f"memory: {rows[0]['rss']:.1f} -> {rows[-1]['rss']:.1f} MiB ({growth:+.1f}); "
        f"frame p95 first quarter {first:.1f} ms, last quarter {last:.1f} ms; "
        f"{len(late)} phase changes, lateness {min(late, default=math.nan):.1f}.."
        f"{max(late, default=math.nan):.1f} ms; session {state}"
    )
    print("VERDICT: " + ("PASS" if not problems else "FAIL: " + "; ".join(problems)))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
