"""The wheel carries the assets, and an installed copy finds them from anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # No build isolation: hatchling comes with the test extra, so this works offline.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    wheels = list(out.glob("backmassage_gui-*.whl"))
    assert len(wheels) == 1
    return wheels[0]


def test_wheel_contains_assets(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for asset in (
        "back.svg",
        "sounds/chime.wav",
        "routines/relaxation.json",
        "routines/tension-relief.json",
        "routines/quick.json",
        # What --install-desktop-entry copies out of an installed copy.
        "desktop/org.backmassage.Coach.desktop",
        "icons/org.backmassage.Coach.svg",
        "icons/org.backmassage.Coach-48.png",
        # The compiled catalogues, read by QTranslator and the command line.
        "i18n/backmassage_de.qm",
        "i18n/backmassage_es.qm",
    ):
        assert f"backmassage_gui/assets/{asset}" in names
    assert any(n.endswith("entry_points.txt") for n in names)


def test_installed_copy_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, PYTHONPATH=str(target), QT_QPA_PLATFORM="offscreen")
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import backmassage_gui, backmassage_gui.resources as r;"
            "print(backmassage_gui.__file__); print(r.assets_root())",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    module_file, assets = probe.stdout.splitlines()
    assert module_file.startswith(str(target))
    assert assets.startswith(str(target))
    listing = subprocess.run(
        [sys.executable, "-m", "backmassage_gui", "--list-routines"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listing.returncode == 0, listing.stderr
    assert "tension-relief" in listing.stdout
    shot = elsewhere / "shot.png"
    render = subprocess.run(
        [sys.executable, "-m", "backmassage_gui", "--screenshot", str(shot), "--at", "30"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert render.returncode == 0, render.stderr
    assert shot.stat().st_size > 10_000
