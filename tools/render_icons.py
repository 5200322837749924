"""Render the app icon's PNG sizes from its SVG (run after editing the SVG).

    python tools/render_icons.py

Writes ``assets/icons/<APP_ID>-<size>.png`` for every size in
``desktop_entry.ICON_SIZES``. Desktops that cannot draw SVG, the window's
icon (read without Qt's SVG icon plug-in, which the bundle leaves out) and
the launcher entry use them. ``tests/unit/test_desktop_files.py`` checks that
they still match the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication  # noqa: E402

from backmassage_gui.desktop_entry import ICON_SIZES, ICON_SVG_ASSET, icon_png_asset  # noqa: E402
from backmassage_gui.ui.app_icon import render_svg  # noqa: E402


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QImage text needs one)
    svg = (ROOT / "assets" / ICON_SVG_ASSET).read_bytes()
    for size in ICON_SIZES:
        target = ROOT / "assets" / icon_png_asset(size)
        if not render_svg(svg, size).save(str(target), "PNG"):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
