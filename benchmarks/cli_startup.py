"""Command-line answers: each file command against a bare ``python -c pass``.

``--list-routines``, ``--validate``, ``--export-routine`` and ``--version``
import no Qt, so they should cost little more than starting Python at all.
Each is run as a user runs it, through the ``backmassage-coach`` script pip
installed (``python -m backmassage_gui`` where there is none).
Target: each within 60 ms of a bare interpreter on the same machine, the
two timed interleaved in one run (median of N each, after one warm-up),
with byte-code caching on as an installed app has it.

``--list-routines`` is timed a second time in a language: a whole catalogue
(the pseudo-translation of every marked text, made fresh by
``tools/update_translations.py``) read without Qt, which is what a German or
Spanish user's every file command pays. ``--version`` reads none.

Both the wall time and the CPU time the child used (user + system, from
``wait4``) are printed. Start-up is single-threaded work, so on a quiet
machine the two agree; on a shared one the wall time also counts the wait
for a free core, which a user's laptop does not have, and swings with
whatever else runs. The verdict is therefore on the CPU time, and both
figures are quoted.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

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


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of ``cmd``."""
    t0 = time.perf_counter()
    child = subprocess.Popen(
        cmd,
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - t0
    child.returncode = os.waitstatus_to_exitcode(status)
    _out, err = child.communicate(timeout=60)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({child.returncode}):\n{err}")
    return elapsed, usage.ru_utime + usage.ru_stime


def _whole_catalogue(work: Path) -> Path:
    """Every marked text in a compiled catalogue, as a finished translation has."""
    sys.path.insert(0, str(ROOT / "tools"))
    import update_translations

    return update_translations.make_pseudo(work / "i18n")


def run(args: argparse.Namespace) -> list[Figure]:
    runs = 5 if args.quick else args.runs
    work = tmpdir("cli")
    env = app_env(work / "data")
    env["PYTHONPYCACHEPREFIX"] = PYCACHE
    # The command as a user runs it: the script pip installed beside this
    # Python (``-m`` would add runpy's own start), else the package with -m.
    script = Path(PYTHON).parent / "backmassage-coach"
    app = [PYTHON, str(script)] if script.exists() else [PYTHON, "-m", "backmassage_gui"]
    catalogue = _whole_catalogue(work)
    commands = {
        "--list-routines": [*app, "--list-routines"],
        "--list-routines in a language": [*app, "--lang", str(catalogue), "--list-routines"],
        "--validate": [*app, "--validate", str(GOOD)],
        "--export-routine": [*app, "--export-routine", "quick", str(work / "quick.json")],
        "--version": [*app, "--version"],
    }
    bare = [PYTHON, "-c", "pass"]
    for cmd in [bare, *commands.values()]:
        _timed(cmd, env)  # warm-up: fill the byte-code cache
    wall: dict[str, list[float]] = {name: [] for name in ("bare", *commands)}
    cpu: dict[str, list[float]] = {name: [] for name in wall}
    for _ in range(runs):
        for name, cmd in (("bare", bare), *commands.items()):
            elapsed, used = _timed(cmd, env)
            wall[name].append(elapsed * 1000)
            cpu[name].append(used * 1000)
    base_wall, base_cpu = median(wall["bare"]), median(cpu["bare"])
    figures = [
        Figure(
            "bare python -c pass",
            f"{base_wall:.0f} ms wall, {base_cpu:.0f} ms CPU",
            "(reference)",
            "INFO",
            number=base_cpu,
            unit="ms",
        )
    ]
    for name in commands:
        extra_cpu = median(cpu[name]) - base_cpu
        extra_wall = median(wall[name]) - base_wall
        figures.append(
            Figure(
                f"{name} over a bare interpreter",
                f"+{extra_cpu:.0f} ms CPU (+{extra_wall:.0f} ms wall)",
                f"<= +{TARGET_MS:.0f} ms",
                verdict(extra_cpu <= TARGET_MS),
                number=extra_cpu,
                unit="ms",
                detail={
                    "cpu_ms": [round(v, 1) for v in cpu[name]],
                    "wall_ms": [round(v, 1) for v in wall[name]],
                },
            )
        )
    return figures


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (median)")


if __name__ == "__main__":
    script_main("CLI start-up: file commands against a bare interpreter", add_args, run)
