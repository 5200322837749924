"""What the standalone bundle leaves out never includes what the app loads."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from bundle_plan import (  # noqa: E402
    EXCLUDED_MODULES,
    Entry,
    app_languages,
    keep_file,
    prune_unneeded_libraries,
    recogniser_model,
)

QT = "PySide6/Qt/plugins"


@pytest.mark.parametrize(
    "dest",
    [
        f"{QT}/platforms/libqxcb.so",
        f"{QT}/platforms/libqwayland.so",
        f"{QT}/platforms/libqoffscreen.so",
        f"{QT}/multimedia/libffmpegmediaplugin.so",
        f"{QT}/texttospeech/libqtexttospeech_speechd.so",
        f"{QT}/xcbglintegrations/libqxcb-glx-integration.so",
        f"{QT}/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        f"{QT}/wayland-shell-integration/libxdg-shell.so",
        f"{QT}/imageformats/libqsvg.so",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "numpy.libs/libscipy_openblas64_-32a4b2a6.so",
        "backmassage_gui/assets/back.svg",
        r"PySide6\plugins\platforms\qwindows.dll",
    ],
)
def test_what_the_app_uses_is_kept(dest: str) -> None:
    assert keep_file(dest)


@pytest.mark.parametrize("code", ["de", "es"])
def test_qt_speaks_each_language_the_app_does(code: str) -> None:
    """Standard buttons and dialogs in the app's languages: qtbase_<code>.qm."""
    assert code in app_languages()
    assert keep_file(f"PySide6/Qt/translations/qtbase_{code}.qm")


@pytest.mark.parametrize(
    "dest",
    [
        f"{QT}/sqldrivers/libqsqlite.so",
        f"{QT}/platformthemes/libqgtk3.so",
        f"{QT}/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        f"{QT}/platforms/libqvnc.so",
        f"{QT}/platforms/libqeglfs.so",
        f"{QT}/imageformats/libqjpeg.so",
        f"{QT}/tls/libqopensslbackend.so",
        f"{QT}/texttospeech/libqtexttospeech_mock.so",
        "PySide6/Qt/translations/qt_de.qm",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/Qt/translations/qtmultimedia_de.qm",
    ],
)
def test_what_it_does_not_use_is_left_out(dest: str) -> None:
    assert not keep_file(dest)


def test_libraries_only_left_out_plugins_loaded_are_pruned() -> None:
    entries: list[Entry] = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        (f"{QT}/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),  # only the GTK theme used it
        ("libpango.so.0", "/s/libpango.so.0", "BINARY"),
        ("libpango-link.so.0", "libpango.so.0", "SYMLINK"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
        ("numpy/core/_multiarray.so", "/s/_multiarray.so", "EXTENSION"),
        ("backmassage_gui/assets/back.svg", "/s/back.svg", "DATA"),
    ]
    links = {
        "/s/QtGui.abi3.so": ["libQt6Gui.so.6", "libQt6Core.so.6"],
        "/s/libQt6Gui.so.6": ["libQt6Core.so.6"],
        "/s/libqxcb.so": ["libxcb-cursor.so.0", "libQt6Gui.so.6"],
        "/s/libcairo.so.2": ["libpango.so.0"],
    }
    kept = {e[0] for e in prune_unneeded_libraries(entries, lambda s: links.get(s, []))}
    assert kept == {e[0] for e in entries} - {
        "libcairo.so.2",
        "libpango.so.0",
        "libpango-link.so.0",
    }


PROBE = """
import importlib, pkgutil, sys
import backmassage_gui
for module in pkgutil.walk_packages(backmassage_gui.__path__, "backmassage_gui."):
    if not module.name.endswith("__main__"):
        importlib.import_module(module.name)
from backmassage_gui.cli import main
assert main(["--screenshot", sys.argv[1], "--routine", "tension-relief", "--at", "600"]) == 0
sys.path.insert(0, sys.argv[2])
from bundle_plan import EXCLUDED_MODULES
print(",".join(sorted(name for name in EXCLUDED_MODULES
                      if any(m == name or m.startswith(name + ".") for m in sys.modules))))
"""


def test_no_module_the_app_loads_is_left_out(tmp_path: Path) -> None:
    """Every module of the app imported, and a screenshot drawn (the timeline
    pulls in pyqtgraph and numpy): nothing the bundle leaves out is loaded.
    Leaving out sqlite3 (the history) or QtOpenGL (pyqtgraph's curves) once
    built bundles that failed at the first screenshot."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "shot.png"), str(ROOT / "tools")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    loaded = done.stdout.strip().splitlines()[-1]
    # pyqtgraph tries QtTest and copes when it is missing.
    assert set(filter(None, loaded.split(","))) <= {"PySide6.QtTest"}, loaded
    assert "PySide6.QtTest" in EXCLUDED_MODULES


def test_the_build_tool_is_an_extra_never_a_runtime_dependency() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any("pyinstaller" in dep.lower() for dep in project["dependencies"])
    assert any(
        dep.lower().startswith("pyinstaller") for dep in project["optional-dependencies"]["bundle"]
    )


def test_the_recogniser_model_goes_where_pocketsphinx_looks_for_it() -> None:
    """The parts the decoder loads, each under ``pocketsphinx/model`` in the
    bundle (a folder as a folder, a file into its folder), and no more."""
    from backmassage_gui.voice.decoder import MODEL_PARTS, model_path

    rows = recogniser_model(model_path, MODEL_PARTS)
    assert [Path(place).as_posix() for _, place in rows] == [
        "pocketsphinx/model/en-us/en-us",
        "pocketsphinx/model/en-us",
    ]
    assert [Path(source).name for source, _ in rows] == ["en-us", "cmudict-en-us.dict"]
    assert all(Path(source).exists() for source, _ in rows)
    assert "sounddevice" in EXCLUDED_MODULES
