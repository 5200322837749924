"""Build the standalone bundle: a folder (and an archive of it) that runs
Back Massage Coach with no Python or virtual environment on the machine.

    .venv/bin/pip install ".[bundle]" && .venv/bin/python tools/build_bundle.py

PyInstaller (the ``bundle`` extra, never a run-time dependency) freezes this
checkout's ``backmassage_gui`` with the Python running this script, carrying
only the Qt modules and plug-ins the app uses (``tools/bundle_plan.py`` says
which and why). Then it packs ``dist/backmassage-coach`` into
``dist/backmassage-coach-<version>-<system>-<machine>.tar.gz`` (``.zip`` on
Windows) and runs the smoke test (``tools/bundle_smoke.py``) on the folder.

A bundle runs on the kind of system it was built on (Linux, macOS or
Windows), and on Linux on distributions at least as new as the one that
built it (it uses that C library). Takes about a minute and 1 GiB of
temporary space; ``build/pyinstaller`` is removed afterwards unless
``--keep-build``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
SPEC = TOOLS / "backmassage-coach.spec"
NAME = "backmassage-coach"
sys.path.insert(0, str(TOOLS))
sys.path.insert(0, str(ROOT))

from bundle_smoke import report, run_smoke  # noqa: E402

from backmassage_gui import __version__  # noqa: E402


def folder_mib(folder: Path) -> float:
    """Disk usage of ``folder`` in MiB (allocated blocks, hard links once)."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in filenames + dirnames:
            st = os.lstat(os.path.join(dirpath, name))
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            total += getattr(st, "st_blocks", 0) * 512 or st.st_size
    return total / 2**20


def archive_name() -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(
        sys.platform, sys.platform
    )
    suffix = ".zip" if sys.platform == "win32" else ".tar.gz"
    return f"{NAME}-{__version__}-{system}-{platform.machine().lower()}{suffix}"


def pack(folder: Path, target: Path) -> None:
    """The folder as one download, unpacking to ``backmassage-coach/``."""
    target.unlink(missing_ok=True)
    if target.suffix == ".zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.rglob("*")):
                archive.write(path, Path(folder.name) / path.relative_to(folder))
        return
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(folder, arcname=folder.name)


def build(out: Path, work: Path) -> Path:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(out),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print("$ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, check=True)
    return out / NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "dist",
        help="where the folder and the archive go (default: dist/)",
    )
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    parser.add_argument(
        "--keep-build",
        action="store_true",
        help="keep PyInstaller's work folder (build/pyinstaller)",
    )
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(
            "PyInstaller is not installed here: install the bundle extra first, "
            'e.g. .venv/bin/pip install ".[bundle]"',
            file=sys.stderr,
        )
        return 2
    out = args.out.resolve()
    work = ROOT / "build" / "pyinstaller"
    started = time.monotonic()
    try:
        folder = build(out, work)
    except subprocess.CalledProcessError as exc:
        print(
            f"PyInstaller failed (exit {exc.returncode}); see its messages above.", file=sys.stderr
        )
        return 1
    finally:
        if not args.keep_build:
            shutil.rmtree(work, ignore_errors=True)
            with contextlib.suppress(OSError):
                work.parent.rmdir()  # build/, if nothing else is in it
    built_s = time.monotonic() - started
    print(f"\nbuilt {folder} in {built_s:.0f} s: {folder_mib(folder):.0f} MiB unpacked")
    if not args.no_archive:
        archive = out / archive_name()
        pack(folder, archive)
        print(f"packed {archive}: {archive.stat().st_size / 2**20:.0f} MiB")
    if args.no_smoke:
        return 0
    checks = run_smoke(folder)
    print("\nsmoke test (no venv, system PATH only, from an empty folder):")
    print(report(checks))
    return 0 if all(check.ok for check in checks) else 1


if __name__ == "__main__":
    raise SystemExit(main())
