"""The floor for the CPU benchmark: a bare PySide6 window of the app's size
that animates the way the session view does, with next to no Python work.

A 16 ms precise timer moves two small pre-rendered markers over a cached
background pixmap and repaints only the rectangle they cover, as BackView
does. What this costs is what any Qt window animating at 62.5 Hz costs on
this machine (timer wake-ups, event dispatch, painting, the flush to the X
server); what the app uses above it is its own work per frame.
"""

import math
import sys
import time

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

FRAME_MS = 16


class Canvas(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._background: QPixmap | None = None
        self._marker = QPixmap(40, 40)
        self._marker.fill(Qt.GlobalColor.transparent)
        p = QPainter(self._marker)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setBrush(QColor("#ffe2b8"))
        p.drawEllipse(QPointF(20, 20), 18, 18)
        p.end()
        self._t0 = time.monotonic()
        self._spots: list[QPointF] = []
        self._dirty = QRect()

    def tick(self) -> None:
        t = time.monotonic() - self._t0
        y = self.height() * (0.5 + 0.3 * math.sin(t * 1.2))
        spots = [QPointF(self.width() * 0.35, y), QPointF(self.width() * 0.65, y)]
        bounds = QRectF()
        for s in spots:
            bounds = bounds.united(QRectF(s.x() - 20, s.y() - 20, 40, 40))
        new = bounds.toAlignedRect()
        self.update(self._dirty.united(new))
        self._spots, self._dirty = spots, new

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._background is None or self._background.size() != self.size():
            self._background = QPixmap(self.size())
            self._background.fill(QColor("#161b22"))
        p = QPainter(self)
        p.drawPixmap(0, 0, self._background)
        for s in self._spots:
            p.drawPixmap(QPointF(s.x() - 20, s.y() - 20), self._marker)
        p.end()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare animation")
    canvas = Canvas()
    window.setCentralWidget(canvas)
    window.resize(1366, 768)
    window.show()
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(FRAME_MS)
    timer.timeout.connect(canvas.tick)
    timer.start()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
