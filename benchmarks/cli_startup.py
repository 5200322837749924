"""Command-line answers: each file command against a bare ``python -c pass``.

``--list-routines``, ``--validate``, ``--export-routine`` and ``--version``
import no Qt, so they should cost little more than starting Python at all.
Target: each within 60 ms of a bare interpreter on the same machine, the
two timed interleaved in one run (median of N each, after one warm-up),
with byte-code caching on as an installed app has it.
"""

from __future__ import annotations

import argparse
import subprocess
import time

from _common import (
    PYCACHE,
    PYTHON,
    ROOT,
    Figure,
    app_env,
    median,
    script_main,
    tmpdir,
    verdict,
)

TARGET_MS = 60.0
GOOD = ROOT / "tests" / "data" / "routines" / "good" / "minimal.json"


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr}")
    return elapsed


def run(args: argparse.Namespace) -> list[Figure]:
    runs = 5 if args.quick else args.runs
    work = tmpdir("cli")
    env = app_env(work / "data")
    env["PYTHONPYCACHEPREFIX"] = PYCACHE
    app = [PYTHON, "-m", "backmassage_gui"]
    commands = {
        "--list-routines": [*app, "--list-routines"],
        "--validate": [*app, "--validate", str(GOOD)],
        "--export-routine": [*app, "--export-routine", "quick", str(work / "quick.json")],
        "--version": [*app, "--version"],
    }
    bare = [PYTHON, "-c", "pass"]
    for cmd in [bare, *commands.values()]:
        _timed(cmd, env)  # warm-up: fill the byte-code cache
    times: dict[str, list[float]] = {name: [] for name in commands}
    bare_times: list[float] = []
    for _ in range(runs):
        bare_times.append(_timed(bare, env))
        for name, cmd in commands.items():
            times[name].append(_timed(cmd, env))
    base = median(bare_times) * 1000
    figures = [
        Figure(
            "bare python -c pass", f"{base:.0f} ms", "(reference)", "INFO", number=base, unit="ms"
        )
    ]
    for name, values in times.items():
        ms = median(values) * 1000
        extra = ms - base
        figures.append(
            Figure(
                f"{name} over a bare interpreter",
                f"+{extra:.0f} ms ({ms:.0f} ms, {ms / base:.2f}x)",
                f"<= +{TARGET_MS:.0f} ms",
                verdict(extra <= TARGET_MS),
                number=extra,
                unit="ms",
                detail={"runs_ms": [round(v * 1000, 1) for v in values]},
            )
        )
    return figures


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (median)")


if __name__ == "__main__":
    script_main("CLI start-up: file commands against a bare interpreter", add_args, run)
