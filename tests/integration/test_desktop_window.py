"""A real X11 window carries what the desktop entry promises: the WM_CLASS
named by StartupWMClass, the icon, and the entry's id. Needs Xvfb and xprop
(skipped without them); everything else in the suite runs offscreen."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from backmassage_gui import desktop_entry as de

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import subprocess, sys
from PySide6.QtWidgets import QMainWindow
from backmassage_gui import cli
app = cli._application()
window = QMainWindow()
window.resize(320, 200)
window.show()
for _ in range(50):
    app.processEvents()
print(subprocess.run(["xprop", "-id", str(int(window.winId())), "WM_CLASS", "_NET_WM_ICON",
                      "_GTK_APPLICATION_ID"], capture_output=True, text=True).stdout)
"""

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xvfb-run") and shutil.which("xprop")),
    reason="needs Xvfb, xvfb-run and xprop for a real X11 window",
)


def test_window_matches_the_desktop_entry() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    env.pop("WAYLAND_DISPLAY", None)
    with tempfile.TemporaryDirectory() as auth:
        done = subprocess.run(
            ["xvfb-run", "-a", "-f", str(Path(auth) / "Xauthority"), sys.executable, "-c", PROBE],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    if 'Qt platform plugin "xcb"' in done.stderr:
        pytest.skip("Qt's xcb platform plugin cannot load here: " + done.stderr[-300:])
    assert done.returncode == 0, done.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(ROOT / "assets" / de.DESKTOP_ASSET, encoding="utf-8")
    wm_class = entry["Desktop Entry"]["StartupWMClass"]
    props = {m[0]: line for line in done.stdout.splitlines() if (m := re.match(r"\w+", line))}
    assert props["WM_CLASS"].endswith(f', "{wm_class}"'), props["WM_CLASS"]
    assert "not found" not in props["_NET_WM_ICON"], props["_NET_WM_ICON"]
    assert "Icon (" in props["_NET_WM_ICON"]
    assert props["_GTK_APPLICATION_ID"].endswith(f'"{de.APP_ID}"')
