"""Run every benchmark (all but the soak test) and print one table of figures,
each with its target and PASS / MISS (INFO for figures that are only reported;
FAIL when a run did not measure what it says, e.g. the window froze).

    python benchmarks/run_all.py            # full: about 17 minutes (10 of them the memory run)
    python benchmarks/run_all.py --quick    # smoke run: about 5 minutes
    python benchmarks/run_all.py --only startup,cpu
    python benchmarks/run_all.py --skip install,bundle   # e.g. without network

Each benchmark runs in its own process (``benchmarks/<name>.py --json ...``);
their own output streams through as they go. Exit status 0 when every target
is met, 1 when any is missed or a benchmark failed to run.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from _common import (
    BENCH,
    PYTHON,
    ROOT,
    Figure,
    load_average,
    machine_info,
    print_figures,
    read_json,
)

# name, script, extra arguments for a full run, extra for --quick, timeout (s)
BENCHMARKS: list[tuple[str, str, list[str], list[str], int]] = [
    ("startup", "startup.py", ["--runs", "9"], ["--runs", "7"], 600),
    ("cpu", "cpu.py", ["--seconds", "20"], ["--seconds", "15"], 600),
    ("smoothness", "smoothness.py", ["--seconds", "20"], ["--seconds", "10"], 300),
    (
        "listening",
        "smoothness.py",
        ["--listen", "--phase", "0", "--seconds", "20"],
        ["--listen", "--phase", "0", "--seconds", "10"],
        600,
    ),
    ("timer", "timer_accuracy.py", [], [], 600),
    ("painting", "painting.py", [], [], 300),
    ("memory", "memory.py", [], [], 3 * 3600),
    ("install", "install_size.py", [], [], 3600),
    ("bundle", "bundle.py", ["--runs", "9"], ["--runs", "7"], 3600),
    ("kill", "kill_during_save.py", [], [], 3600),
    ("cli", "cli_startup.py", ["--runs", "15"], [], 300),
    ("voice", "voice_accuracy.py", [], [], 1800),
]


def snapshot(dest: Path) -> int:
    """Copy the checkout's files (tracked and untracked, not ignored) to ``dest``,
    so a run measures one version of the code even while others edit it."""
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-co", "--exclude-standard", "-z"],
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    count = 0
    for raw in filter(None, listed):
        src = ROOT / os.fsdecode(raw)
        if src.is_file():
            target = dest / os.fsdecode(raw)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)
            count += 1
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: long runs shortened to about a minute"
    )
    parser.add_argument("--only", help="comma-separated: " + ",".join(b[0] for b in BENCHMARKS))
    parser.add_argument("--skip", default="", help="comma-separated names to leave out")
    parser.add_argument(
        "--memory-minutes",
        type=float,
        default=None,
        help="length of the memory run (default 10; 1 with --quick)",
    )
    parser.add_argument("--out", metavar="PATH", help="also write all figures as JSON here")
    parser.add_argument(
        "--live", action="store_true", help="run on the checkout itself, not on a snapshot of it"
    )
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    skip = set(filter(None, args.skip.split(",")))
    unknown = ((only or set()) | skip) - {b[0] for b in BENCHMARKS}
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")

    info = machine_info()
    command = " ".join([Path(PYTHON).name, *map(shlex.quote, sys.argv)])
    print(f"Back Massage Coach benchmarks ({'quick' if args.quick else 'full'} run)")
    for key in ("date", "commit", "cpu", "nproc", "python", "pyside6", "os", "load"):
        print(f"  {key:8s} {info[key]}")
    print("  memory   " + info["memory"].replace("\n", "\n           "))
    print(f"  command  {command} (in {ROOT})", flush=True)

    figures: list[Figure] = []
    timings: list[tuple[str, float]] = []
    loads: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bmc-bench-") as tmp:
        root, bench = ROOT, BENCH
        if not args.live and (ROOT / ".git").exists():
            root = Path(tmp, "snapshot")
            files = snapshot(root)
            bench = root / BENCH.relative_to(ROOT)
            os.environ["BMC_BENCH_REPO"] = str(ROOT)
            print(f"  snapshot {files} files of the checkout copied to {root}", flush=True)
        for name, script, full, quick, timeout in BENCHMARKS:
            if (only is not None and name not in only) or name in skip:
                continue
            out = Path(tmp, f"{name}.json")
            cmd = [PYTHON, str(bench / script), "--json", str(out)]
            cmd += quick if args.quick else full
            if args.quick:
                cmd.append("--quick")
            if name == "memory" and args.memory_minutes is not None:
                cmd += ["--minutes", str(args.memory_minutes)]
            shown = " ".join(Path(c).name if c.startswith("/") else c for c in cmd)
            print(f"\n>>> {name}: {shown}", flush=True)
            load_before = load_average()
            t0 = time.monotonic()
            code: int | str
            try:
                done = subprocess.run(cmd, cwd=root, timeout=timeout)
                code = done.returncode
            except subprocess.TimeoutExpired:
                code = "timeout"
            took = time.monotonic() - t0
            timings.append((name, took))
            loads.append(f"{name} {load_before} -> {load_average()}")
            if code in (0, 1) and out.exists():  # 1: it ran, and a figure says FAIL
                figures.extend(read_json(out))
            else:
                figures.append(
                    Figure(
                        name=f"{name} benchmark",
                        value=f"failed ({code})",
                        target="runs",
                        verdict="ERROR",
                    )
                )

    print("\n" + "=" * 100)
    print(
        f"SUMMARY ({'quick' if args.quick else 'full'} run, {info['date']}, "
        f"{info['cpu']} x{info['nproc']}, commit {info['commit']})"
    )
    print_figures(figures)
    print(
        "\ntime per benchmark: "
        + ", ".join(f"{n} {t:.0f} s" for n, t in timings)
        + f"; total {sum(t for _, t in timings) / 60:.1f} min"
    )
    print("load average (1/5/15 min) before -> after each: " + "; ".join(loads))
    missed = [f for f in figures if f.verdict in ("MISS", "FAIL", "ERROR")]
    passed = sum(f.verdict == "PASS" for f in figures)
    print(
        f"{passed} PASS, {len(missed)} MISS/FAIL/ERROR, "
        f"{sum(f.verdict == 'INFO' for f in figures)} INFO"
        + (": " + "; ".join(f"{f.name} ({f.value})" for f in missed) if missed else "")
    )
    if args.out:
        Path(args.out).write_text(
            json.dumps(
                {
                    "machine": info,
                    "command": command,
                    "quick": args.quick,
                    "figures": [asdict(f) for f in figures],
                },
                indent=1,
            )
        )
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
