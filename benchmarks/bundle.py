"""Standalone bundle against the README's venv, in one run: size, start-up, smoke test.

In a temporary folder:

* ``git clone`` this repository (its committed HEAD, as a user gets it);
* the README's install inside the clone: ``python3 -m venv .venv &&
  .venv/bin/pip install .``;
* the bundle, as the README builds it but in a venv of its own (so the
  README venv stays as a user has it): ``pip install ".[bundle]"``, then
  ``python tools/build_bundle.py --no-smoke``;
* the build venv and the bundle folder are deleted and the archive is
  unpacked elsewhere, so nothing the bundle was built from is left around;
  then the bundle's smoke test (``tools/bundle_smoke.py``: ``--version``,
  ``--list-routines``, ``--screenshot`` from an empty folder with the
  system's ``PATH`` and no venv);
* start-up to the first painted window, on a private Xvfb, of
  ``.venv/bin/backmassage-coach --routine quick`` and of the bundle's
  ``backmassage-coach --routine quick``: interleaved, order flipped every
  round, one warm-up each, a fresh data folder every run; judged on the
  median of the differences within a round (bundle minus venv). The
  first paint is seen from outside (``_first_damage.py``: the first X Damage
  on the app's window), which works alike for both; as a cross-check, the
  same probe on ``_first_paint_app.py`` says how long after the app's own
  first ``paintEvent`` (what ``startup.py`` times) the frame reaches the screen.

Sizes are disk usage (allocated blocks, hard links once). Needs network
access to PyPI (pip's cache is used when warm), Xvfb, libX11 and libXdamage.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tarfile
import tempfile
import time
from pathlib import Path

from _common import REPO, Figure, Xvfb, load_average, median, script_main
from _first_damage import DamageWatch, FirstPaint, display_env
from install_size import du_mib

TARGET_MIB = 250.0


def sh(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    env = dict(env or os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd)} failed in {cwd}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        )
    return done.stdout


def plain_env() -> dict[str, str]:
    """The environment a user's desktop would give: no venv, no Python
    overrides (byte-code as installed: pip compiled the venv's .pyc files)."""
    return {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("PYTHON") and k not in ("VIRTUAL_ENV", "BACKMASSAGE_DATA_DIR")
    }


def time_interleaved(
    watch: DamageWatch,
    commands: dict[str, list[str]],
    env: dict[str, str],
    runs: int,
    scratch: Path,
) -> dict[str, list[FirstPaint]]:
    names = list(commands)
    results: dict[str, list[FirstPaint]] = {name: [] for name in names}

    def once(name: str) -> FirstPaint:
        data = Path(tempfile.mkdtemp(prefix="data-", dir=scratch))
        run_env = dict(env, BACKMASSAGE_DATA_DIR=str(data))
        return watch.time_first_paint(commands[name], run_env, cwd=str(scratch))

    for name in names:  # warm-up: page cache, font cache
        once(name)
    for i in range(runs):
        order = names if i % 2 == 0 else list(reversed(names))
        for name in order:
            results[name].append(once(name))
    return results


def run(args: argparse.Namespace) -> list[Figure]:
    python = args.python or shutil.which("python3") or "python3"
    runs = max(7, args.runs)
    work = Path(tempfile.mkdtemp(prefix="bmc-bench-bundle-"))
    figures: list[Figure] = []
    try:
        clone = work / "clone"
        sh(["git", "clone", "--quiet", str(REPO), str(clone)], work)
        commit = sh(["git", "rev-parse", "--short", "HEAD"], clone).strip()
        t0 = time.monotonic()
        sh([python, "-m", "venv", ".venv"], clone)
        sh([".venv/bin/pip", "install", "."], clone)
        venv_install_s = time.monotonic() - t0
        venv_mib = du_mib(clone / ".venv")[0]

        t0 = time.monotonic()
        build_venv = work / "build-venv"
        sh([python, "-m", "venv", str(build_venv)], clone)
        sh([str(build_venv / "bin" / "pip"), "install", ".[bundle]"], clone)
        build_log = sh(
            [str(build_venv / "bin" / "python"), "tools/build_bundle.py", "--no-smoke"], clone
        )
        build_s = time.monotonic() - t0
        archives = list((clone / "dist").glob("backmassage-coach-*.tar.gz"))
        if len(archives) != 1:
            raise RuntimeError(f"expected one archive in dist/, got {archives}\n{build_log}")
        archive = work / archives[0].name
        shutil.move(str(archives[0]), archive)
        shutil.rmtree(build_venv)
        shutil.rmtree(clone / "dist")
        shutil.rmtree(clone / "build", ignore_errors=True)
        unpacked = work / "unpacked"
        with tarfile.open(archive) as packed:
            packed.extractall(unpacked, filter="tar")
        bundle = unpacked / "backmassage-coach"
        bundle_mib = du_mib(bundle)[0]
        archive_mib = archive.stat().st_size / 2**20

        smoke = subprocess.run(
            [python, str(clone / "tools" / "bundle_smoke.py"), str(bundle)],
            env=plain_env(),
            capture_output=True,
            text=True,
            timeout=600,
        )

        scratch = work / "runs"
        scratch.mkdir()
        load_before = load_average()
        with Xvfb() as x:
            watch = DamageWatch(x.display)
            try:
                env = display_env(plain_env(), x.display)
                results = time_interleaved(
                    watch,
                    {
                        "venv": [
                            str(clone / ".venv" / "bin" / "backmassage-coach"),
                            "--routine",
                            "quick",
                        ],
                        "bundle": [str(bundle / "backmassage-coach"), "--routine", "quick"],
                    },
                    env,
                    runs,
                    scratch,
                )
                lags = []
                probe_env = dict(env, BMC_FIRST_PAINT_STAY="1")
                for _ in range(5):
                    data = Path(tempfile.mkdtemp(prefix="data-", dir=scratch))
                    seen = watch.time_first_paint(
                        [
                            str(clone / ".venv" / "bin" / "python"),
                            str(clone / "benchmarks" / "_first_paint_app.py"),
                            "--routine",
                            "quick",
                        ],
                        dict(probe_env, BACKMASSAGE_DATA_DIR=str(data)),
                        cwd=str(scratch),
                    )
                    stamp = float(seen.output.split("wall=")[1].split()[0])
                    lags.append((seen.wall - stamp) * 1000)
            finally:
                watch.close()
        load_after = load_average()
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"kept {work}")

    times = {name: [r.seconds for r in rs] for name, rs in results.items()}
    cpus = {name: [r.cpu for r in rs] for name, rs in results.items()}
    venv_m, bundle_m = median(times["venv"]), median(times["bundle"])
    paired = [b - v for b, v in zip(times["bundle"], times["venv"], strict=True)]
    figures.append(
        Figure(
            name="bundle size unpacked (vs the README venv)",
            value=f"{bundle_mib:.0f} MiB vs venv {venv_mib:.0f} MiB = {bundle_mib / venv_mib:.2f}× "
            f"(archive {archive_mib:.0f} MiB)",
            target=f"≤ {TARGET_MIB:.0f} MiB",
            verdict="PASS" if bundle_mib <= TARGET_MIB else "MISS",
            number=bundle_mib,
            unit="MiB",
            notes=[
                f"clone of {commit}; README venv installed in {venv_install_s:.0f} s; bundle "
                f"built in {build_s:.0f} s (its venv and PyInstaller included)"
            ],
            detail={"bundle_mib": bundle_mib, "venv_mib": venv_mib, "archive_mib": archive_mib},
        )
    )
    figures.append(
        Figure(
            name="start-up to the first painted window: bundle vs venv (Xvfb)",
            value=f"{median(paired) * 1000:+.0f} ms, bundle minus venv in the same round "
            f"(medians {bundle_m:.3f} s vs {venv_m:.3f} s)",
            target="≤ 0 ms (no slower)",
            verdict="PASS" if median(paired) <= 0 else "MISS",
            number=median(paired) * 1000,
            unit="ms",
            notes=[
                f"bundle runs (s): {', '.join(f'{t:.3f}' for t in times['bundle'])}",
                f"venv runs (s): {', '.join(f'{t:.3f}' for t in times['venv'])}",
                f"load average before {load_before}, after {load_after}; judged on the "
                "difference within each round (the two run back to back, in turn first), "
                "which other work on the machine sways far less than the overall medians",
                "the frame reaches the screen "
                f"{median(lags):.0f} ms (runs: {', '.join(f'{v:.0f}' for v in lags)}) after "
                "the app's first paintEvent of the back view, which startup.py times",
            ],
            detail={"bundle_s": times["bundle"], "venv_s": times["venv"], "lag_ms": lags},
        )
    )
    venv_c, bundle_c = median(cpus["venv"]), median(cpus["bundle"])
    figures.append(
        Figure(
            name="… CPU time used by the first painted window",
            value=f"{bundle_c:.3f} s vs venv {venv_c:.3f} s = {bundle_c / venv_c:.2f}×",
            target="info (steadier than wall time on a busy machine)",
            verdict="INFO",
            number=bundle_c / venv_c,
            unit="×",
            notes=[
                f"bundle CPU (s): {', '.join(f'{c:.3f}' for c in cpus['bundle'])}",
                f"venv CPU (s): {', '.join(f'{c:.3f}' for c in cpus['venv'])}",
            ],
            detail={"bundle_cpu_s": cpus["bundle"], "venv_cpu_s": cpus["venv"]},
        )
    )
    figures.append(
        Figure(
            name="bundle smoke test (no venv, system PATH, empty folder)",
            value=("all pass" if smoke.returncode == 0 else "FAILED") + ": --version, "
            "--list-routines, --screenshot, --hear",
            target="all pass",
            verdict="PASS" if smoke.returncode == 0 else "MISS",
            notes=[line for line in (smoke.stdout + smoke.stderr).splitlines() if line.strip()],
        )
    )
    return figures


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--runs", type=int, default=9, help="start-up runs of each (min 7)")
    parser.add_argument("--python", help="interpreter for the venvs (default: python3)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")


if __name__ == "__main__":
    script_main("Standalone bundle against the README venv", add_args, run)
