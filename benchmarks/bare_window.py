"""The baseline for the start-up benchmark: a bare PySide6 window of the app's
size (1366x768) with a few labels, nothing else.

    bare_window.py OUT.png        render offscreen, grab, save a PNG, exit
                                  (what ``main.py --screenshot OUT.png --at 0`` does)
    bare_window.py --first-paint  show on the current display; print
                                  "first-paint" and exit at the first paint
"""

import os
import sys

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget


class Label(QLabel):
    first_paint = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if Label.first_paint:
            Label.first_paint = False
            print("first-paint", flush=True)
            QApplication.quit()


def build() -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    central = QWidget()
    layout = QVBoxLayout(central)
    for text in (
        "Routine: Quick reset",
        "Warm-up glide",
        "2:00",
        "Light pressure, 1 of 10",
        "Space to start",
    ):
        layout.addWidget(Label(text))
    window.setCentralWidget(central)
    window.resize(1366, 768)
    return window


def main() -> int:
    if sys.argv[1:] == ["--first-paint"]:
        app = QApplication(sys.argv[:1])
        Label.first_paint = True
        window = build()
        window.show()
        return app.exec()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(sys.argv[:1])
    window = build()
    window.show()
    app.processEvents()
    image = window.grab()
    window.close()
    if not image.save(sys.argv[1], "PNG"):
        return 1
    print(f"wrote {sys.argv[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
