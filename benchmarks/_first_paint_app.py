"""Start the real app (``main.py`` arguments) and exit at the first paint of
its session view, printing "first-paint timeline=<loaded?>". For the start-up
benchmark's on-screen variant."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

from backmassage_gui import cli
from backmassage_gui.ui.back_view import BackView

_orig = BackView.paintEvent
_done = False


def paintEvent(view: BackView, event: QPaintEvent) -> None:
    global _done
    _orig(view, event)
    if not _done:
        _done = True
        window = view.window()
        loaded = getattr(window, "timeline", None) is not None
        print(f"first-paint timeline={'yes' if loaded else 'no'} "
              f"pyqtgraph={'yes' if 'pyqtgraph' in sys.modules else 'no'}", flush=True)
        QApplication.quit()


BackView.paintEvent = paintEvent  # type: ignore[method-assign, assignment]

if __name__ == "__main__":
    raise SystemExit(cli.main(sys.argv[1:]))
