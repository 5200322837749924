"""Memory: resident memory after start, and its growth over a real run.

Runs ``python main.py --routine relaxation --start`` and says all clear at the
safety check (15 min, so the hands move for the whole run; a longer --minutes
gets a made-up routine long enough)
on a private Xvfb display with its own empty data folder: the animation, the
timeline and the chime (silent without audio) all run. VmRSS of the process
is read from /proc/PID/status every few seconds.

* RSS after start: at 10 s (window up, timeline built, first phase running).
* growth: last sample minus the 10 s sample; also the least-squares slope over
  the second half of the run, which separates warm-up from a steady leak.

A frozen app neither grows nor moves, so the screen must be moving when the
first and the last sample are taken (ImageMagick screenshots 1 s apart) and
the app must have used some CPU; otherwise both figures FAIL (exit status 1).

Default 10 minutes; ``--minutes`` to change it; ``--quick`` makes it 1 minute.
"""

from __future__ import annotations

import argparse
import subprocess
import time

from _common import (
    APP_MAIN,
    PYTHON,
    ROOT,
    Figure,
    Xvfb,
    app_env,
    confirm_safety_check,
    linear_slope,
    log_tail,
    proc_alive,
    proc_cpu_seconds,
    proc_rss_mib,
    screen_moves,
    script_main,
    stop_process,
    tmpdir,
    verdict,
    wait_for_window,
)

AFTER_START_S = 10.0
RSS_LIMIT_MIB = 150.0
GROWTH_LIMIT_MIB = 5.0
ALIVE_FLOOR_PCT = 0.2


def _nearest(samples: list[tuple[float, float]], t: float) -> tuple[float, float]:
    """The (time, RSS) sample taken closest to ``t``."""
    return min(samples, key=lambda s: abs(s[0] - t))


def run(args: argparse.Namespace) -> list[Figure]:
    minutes = 1.0 if args.quick and args.minutes == 10.0 else args.minutes
    seconds = minutes * 60
    data = tmpdir("memory")
    routine = "relaxation"
    if seconds + 30 > 15 * 60:
        from _routines import short_phase_routine, write_routine

        count = int((seconds + 60) // 120) + 1
        routine = str(
            write_routine(
                short_phase_routine(count, 120.0, name="Memory run"), data / "memory-run.json"
            )
        )
    with Xvfb() as x:
        log = open(data / "app.log", "w")  # noqa: SIM115
        proc = subprocess.Popen(
            [PYTHON, str(APP_MAIN), "--routine", routine, "--start"],
            env=app_env(data, display=x.display),
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        samples: list[tuple[float, float]] = []
        checks: list[tuple[bool | None, str]] = []
        try:
            t0 = time.monotonic()
            wait_for_window(x.display)
            first_window = time.monotonic() - t0
            confirm_safety_check(x.display)
            cpu0: float | None = None
            while True:
                now = time.monotonic() - t0
                if not proc_alive(proc.pid):
                    raise RuntimeError(f"the app exited early:\n{log_tail(data / 'app.log')}")
                samples.append((now, proc_rss_mib(proc.pid)))
                if cpu0 is None and now >= AFTER_START_S:
                    cpu0, w0 = proc_cpu_seconds(proc.pid), time.monotonic()
                    checks.append(screen_moves(x.display, True, "at the first sample"))
                if now >= AFTER_START_S + seconds:
                    checks.append(screen_moves(x.display, True, "at the last sample"))
                    break
                time.sleep(min(args.every, AFTER_START_S + seconds - now + 0.01))
            assert cpu0 is not None  # taken by the time the last sample is
            cpu_pct = (proc_cpu_seconds(proc.pid) - cpu0) / (time.monotonic() - w0) * 100
        finally:
            stop_process(proc)
            log.close()
    after = next(rss for t, rss in samples if t >= AFTER_START_S)
    end = samples[-1][1]
    peak = max(rss for _, rss in samples)
    growth = end - after
    half = [(t, rss) for t, rss in samples if t >= AFTER_START_S + seconds / 2]
    slope = linear_slope([t / 60 for t, _ in half], [rss for _, rss in half])
    minute_marks = []
    for m in range(0, int(minutes) + 1):
        pick = _nearest(samples, AFTER_START_S + m * 60)
        minute_marks.append(f"{m}:{pick[1]:.1f}")
    notes = [
        f"{len(samples)} samples over {minutes:g} min of a running session "
        f"({routine}); window up after {first_window:.1f} s; RSS at the first "
        f"sample {samples[0][1]:.1f} MiB; peak {peak:.1f} MiB",
        "RSS (MiB) by minute: " + ", ".join(minute_marks),
        f"slope over the second half {slope:+.2f} MiB/min; mean CPU over the run "
        f"{cpu_pct:.1f}% of one core",
    ]
    notes += [note for _, note in checks]
    problems = [note for seen, note in checks if seen is False]
    if cpu_pct < ALIVE_FLOOR_PCT:
        problems.append(f"the app used {cpu_pct:.2f}% of a core over a running session: frozen")

    def judged(ok: bool) -> str:
        if problems:
            return "FAIL"
        return "ERROR" if any(seen is None for seen, _ in checks) else verdict(ok)

    if problems:
        notes.append("FAIL: the session did not run as it should: " + "; ".join(problems))
    return [
        Figure(
            name="memory: RSS after start",
            value=f"{after:.1f} MiB",
            target=f"< {RSS_LIMIT_MIB:g} MiB",
            verdict=judged(after < RSS_LIMIT_MIB),
            number=after,
            unit="MiB",
            notes=notes,
            detail={"samples": samples, "routine": routine, "checks": checks},
        ),
        Figure(
            name=f"memory: growth over {minutes:g} min",
            value=f"{growth:+.1f} MiB",
            target=f"< {GROWTH_LIMIT_MIB:g} MiB",
            verdict=judged(growth < GROWTH_LIMIT_MIB),
            number=growth,
            unit="MiB",
        ),
    ]


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--minutes",
        type=float,
        default=10.0,
        help="length of the real run (default 10; --quick: 1)",
    )
    parser.add_argument("--every", type=float, default=5.0, help="seconds between samples")


if __name__ == "__main__":
    script_main("Memory: RSS of the running app in Xvfb", add_args, run)
