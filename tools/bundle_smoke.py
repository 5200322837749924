"""The standalone bundle's smoke test: it runs with no Python of ours around.

    python tools/bundle_smoke.py dist/backmassage-coach

Runs the bundle's ``--version``, ``--list-routines``, ``--screenshot`` and
``--hear`` (on a second of quiet: the recogniser loads its model)
from an empty folder, with ``PATH`` cut down to the system's own and every
variable that points Python at a virtual environment or a package folder
removed, and with its own throwaway data folder. ``build_bundle.py`` runs it
on every build, and ``benchmarks/bundle.py`` runs it on an unpacked archive
after the environment the bundle was built in has been deleted.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS.parent))
sys.path.insert(0, str(TOOLS))
from voice_clips import write_wav  # noqa: E402

from backmassage_gui import __version__  # noqa: E402

SHOT_SIZE = (1366, 768)
# Variables that would let the bundle find a Python, packages or Qt outside itself.
_FOREIGN = (
    "VIRTUAL_ENV",
    "CONDA_PREFIX",
    "PYTHONPATH",
    "PYTHONHOME",
    "PYTHONSTARTUP",
    "PYTHONUSERBASE",
    "QT_PLUGIN_PATH",
    "QT_QPA_PLATFORM_PLUGIN_PATH",
    "LD_LIBRARY_PATH",
    "BACKMASSAGE_DATA_DIR",
)


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def executable(bundle: Path) -> Path:
    """The bundle's program inside its folder."""
    name = "backmassage-coach.exe" if sys.platform == "win32" else "backmassage-coach"
    return bundle / name


def system_path() -> str:
    """The system's own ``PATH``, with nothing a user or a venv added."""
    if sys.platform == "win32":
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        return os.pathsep.join([rf"{root}\System32", root])
    return os.confstr("CS_PATH") if hasattr(os, "confstr") else "/usr/bin:/bin"


def clean_environment(data: Path, base: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {
        k: v
        for k, v in (os.environ if base is None else base).items()
        if k not in _FOREIGN and not k.startswith("PYTHON")
    }
    env["PATH"] = system_path()
    env["BACKMASSAGE_DATA_DIR"] = str(data)
    return env


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header (no image library needed)."""
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise ValueError(f"{path} is not a PNG")
    width, height = struct.unpack(">II", head[16:24])
    return int(width), int(height)


def run_smoke(bundle: Path) -> list[Check]:
    program = executable(bundle)
    checks: list[Check] = []
    with tempfile.TemporaryDirectory(prefix="bmc-bundle-smoke-") as tmp:
        folder = Path(tmp)
        env = clean_environment(folder / "data")

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [str(program), *args],
                cwd=folder,
                env=env,
                capture_output=True,
                text=True,
                timeout=180,
            )

        done = run("--version")
        checks.append(
            Check(
                "--version",
                done.returncode == 0 and done.stdout.strip() == f"backmassage-coach {__version__}",
                (done.stdout or done.stderr).strip()[-300:],
            )
        )
        done = run("--list-routines")
        keys = [line.split()[0] for line in done.stdout.splitlines() if line.strip()]
        checks.append(
            Check(
                "--list-routines",
                done.returncode == 0 and keys == ["relaxation", "tension-relief", "quick"],
                (done.stdout or done.stderr).strip()[-300:],
            )
        )
        shot = folder / "shot.png"
        done = run(
            "--screenshot",
            str(shot),
            "--routine",
            "tension-relief",
            "--at",
            "600",
            "--size",
            f"{SHOT_SIZE[0]}x{SHOT_SIZE[1]}",
        )
        ok = done.returncode == 0 and shot.is_file()
        detail = (done.stdout or done.stderr).strip()[-300:]
        if ok:
            # A blank or failed render compresses to a few KiB; the window is ~150.
            size, length = png_size(shot), shot.stat().st_size
            ok = size == SHOT_SIZE and length > 50_000
            detail += f" [{size[0]}x{size[1]} PNG, {length // 1024} KiB]"
        checks.append(Check("--screenshot", ok, detail))
        # The recogniser loads its model (nothing is said in a second of quiet).
        quiet = folder / "quiet.wav"
        write_wav(quiet, b"\0\0" * 16_000)
        done = run("--hear", str(quiet))
        ok = done.returncode == 0 and done.stdout == ""
        checks.append(Check("--hear", ok, (done.stderr.strip() or "nothing heard")[-300:]))
    return checks


def report(checks: list[Check]) -> str:
    return "\n".join(f"{'PASS' if c.ok else 'FAIL'} {c.name}: {c.detail}" for c in checks)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python tools/bundle_smoke.py BUNDLE_FOLDER", file=sys.stderr)
        return 2
    checks = run_smoke(Path(argv[0]).resolve())
    print(report(checks))
    return 0 if all(c.ok for c in checks) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
