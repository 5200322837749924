"""Install size: the README's install against a plain ``pip install pyside6``.

In a temporary folder:

* ``git clone`` this repository (its committed HEAD: what a user clones), then,
  as the README says, ``python3 -m venv .venv && .venv/bin/pip install .``
  from inside the clone;
* ``python3 -m venv bare && bare/bin/pip install pyside6``;
* an empty venv, to show what the venv itself weighs.

Sizes are disk usage (allocated blocks, hard links counted once) of each venv
folder. Needs network access to PyPI (pip's cache is used when warm). The
interpreter is ``python3`` from PATH, as in the README (``--python`` to change).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from _common import REPO, Figure, script_main


def du_mib(folder: Path) -> tuple[float, float, int]:
    """(disk usage MiB, apparent size MiB, files) without following links."""
    seen: set[tuple[int, int]] = set()
    blocks = apparent = files = 0
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in filenames + dirnames:
            st = os.lstat(os.path.join(dirpath, name))
            key = (st.st_dev, st.st_ino)
            if key in seen:
                continue
            seen.add(key)
            blocks += st.st_blocks * 512
            apparent += st.st_size
            files += name in filenames
    return blocks / 2**20, apparent / 2**20, files


def biggest(venv: Path, top: int = 6) -> list[tuple[str, float]]:
    site = next(venv.glob("lib/python*/site-packages"), None)
    if site is None:
        return []
    sizes = [
        (p.name, du_mib(p)[0] if p.is_dir() else p.stat().st_size / 2**20) for p in site.iterdir()
    ]
    return sorted(sizes, key=lambda s: -s[1])[:top]


def sh(cmd: list[str], cwd: Path) -> str:
    env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(
            f"{' '.join(cmd)} failed in {cwd}:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        )
    return done.stdout


def run(args: argparse.Namespace) -> list[Figure]:
    python = args.python or shutil.which("python3") or "python3"
    version = sh([python, "--version"], Path.cwd()).strip()
    work = Path(tempfile.mkdtemp(prefix="bmc-bench-install-"))
    try:
        clone = work / "clone"
        sh(["git", "clone", "--quiet", str(REPO), str(clone)], work)
        commit = sh(["git", "rev-parse", "--short", "HEAD"], clone).strip()
        t0 = time.monotonic()
        sh([python, "-m", "venv", ".venv"], clone)
        sh([".venv/bin/pip", "install", "."], clone)
        app_s = time.monotonic() - t0
        t0 = time.monotonic()
        sh([python, "-m", "venv", "bare"], work)
        sh(["bare/bin/pip", "install", "pyside6"], work)
        bare_s = time.monotonic() - t0
        sh([python, "-m", "venv", "empty"], work)
        app = du_mib(clone / ".venv")
        bare = du_mib(work / "bare")
        empty = du_mib(work / "empty")
        app_pkgs = sh([".venv/bin/pip", "list", "--format=freeze"], clone).split()
        bare_pkgs = sh(["bare/bin/pip", "list", "--format=freeze"], work).split()
        app_big = biggest(clone / ".venv")
        bare_big = biggest(work / "bare")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    ratio = app[0] / bare[0]
    notes = [
        f"{version}; clone of {commit}; empty venv {empty[0]:.0f} MiB",
        f"app venv {app[0]:.0f} MiB on disk ({app[1]:.0f} MiB apparent, {app[2]} files), "
        f"installed in {app_s:.0f} s: {' '.join(app_pkgs)}",
        f"pyside6 venv {bare[0]:.0f} MiB on disk ({bare[1]:.0f} MiB apparent, {bare[2]} files), "
        f"installed in {bare_s:.0f} s: {' '.join(bare_pkgs)}",
        "largest in the app venv: " + ", ".join(f"{n} {s:.0f} MiB" for n, s in app_big),
        "largest in the pyside6 venv: " + ", ".join(f"{n} {s:.0f} MiB" for n, s in bare_big),
    ]
    return [
        Figure(
            name="install size (README install vs pip install pyside6)",
            value=f"{app[0]:.0f} MiB vs {bare[0]:.0f} MiB = {ratio:.2f}×",
            target="report",
            verdict="INFO",
            number=app[0],
            unit="MiB",
            notes=notes,
            detail={
                "app_mib": app[0],
                "bare_mib": bare[0],
                "empty_mib": empty[0],
                "app_packages": app_pkgs,
                "bare_packages": bare_pkgs,
            },
        )
    ]


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--python", help="interpreter for the venvs (default: python3)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary venvs")


if __name__ == "__main__":
    script_main("Install size", add_args, run)
