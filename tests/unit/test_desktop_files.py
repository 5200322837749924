"""The desktop entry, AppStream metainfo and icon: valid, and agreeing with the app."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from backmassage_gui import __version__
from backmassage_gui import desktop_entry as de
from backmassage_gui.storage.paths import APPLICATION
from backmassage_gui.ui.app_icon import app_icon, render_svg

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets"
DESKTOP = ASSETS / de.DESKTOP_ASSET
METAINFO = ASSETS / de.METAINFO_ASSET
SCREENSHOTS = ROOT / "docs" / "screenshots"


def desktop_keys() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (.ci/system-libs installs it)",
)
def test_desktop_file_validates(tmp_path: Path) -> None:
    de.install(tmp_path, Path("/opt/Back Massage Coach/backmassage-coach"))
    for path in (DESKTOP, tmp_path / "applications" / f"{de.APP_ID}.desktop"):
        result = subprocess.run(
            ["desktop-file-validate", str(path)], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None,
    reason="appstreamcli is not installed (.ci/system-libs installs it)",
)
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_names_the_app_its_icon_and_its_window() -> None:
    keys = desktop_keys()
    assert keys["Name"] == APPLICATION
    assert keys["Icon"] == de.APP_ID
    assert keys["Exec"] == keys["TryExec"] == de.COMMAND
    # Qt gives X11 windows the application name as their WM_CLASS class
    # (tests/integration/test_desktop_window.py reads it off a real window).
    assert keys["StartupWMClass"] == APPLICATION
    assert "massage" in keys["Keywords"].split(";")


def test_metainfo_agrees_with_the_app() -> None:
    root = metainfo()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == de.APP_ID
    assert root.findtext("name") == APPLICATION
    assert root.findtext("launchable") == f"{de.APP_ID}.desktop"
    assert root.findtext("provides/binary") == de.COMMAND
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    assert root.find("content_rating") is not None
    assert "keyboard" in [c.text for c in root.findall("supports/control")]


def test_metainfo_screenshots_are_committed_window_screenshots() -> None:
    images = metainfo().findall("screenshots/screenshot/image")
    assert len(images) >= 2
    for image in images:
        name = (image.text or "").rsplit("/", 1)[-1]
        local = SCREENSHOTS / name
        assert local.is_file(), f"{name} is not in docs/screenshots"
        picture = QImage(str(local))
        assert picture.size() == QSize(1366, 768)
        assert (int(image.get("width", 0)), int(image.get("height", 0))) == (1366, 768)
        assert local.stat().st_size < 300_000


def test_icon_pngs_are_the_svg_at_each_size(qtbot: QtBot) -> None:
    """A changed SVG needs ``python tools/render_icons.py`` before this passes."""
    svg = (ASSETS / de.ICON_SVG_ASSET).read_bytes()
    for size in de.ICON_SIZES:
        committed = QImage(str(ASSETS / de.icon_png_asset(size))).convertToFormat(
            QImage.Format.Format_ARGB32
        )
        fresh = render_svg(svg, size).convertToFormat(QImage.Format.Format_ARGB32)
        assert committed.size() == QSize(size, size)
        diff = sum(
            abs(a - b)
            for a, b in zip(bytes(committed.constBits()), bytes(fresh.constBits()), strict=True)
        )
        assert diff / (size * size * 4) < 2.0, f"{size} px differs from the SVG"
        assert committed.pixelColor(0, 0).alpha() == 0  # rounded corners stay clear


def test_window_icon_carries_every_size(qtbot: QtBot) -> None:
    sizes = {s.width() for s in app_icon().availableSizes()}
    assert sizes == set(de.ICON_SIZES)
