"""After the last phase: water, a quiet rest with a countdown, gentle stretches."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..domain import timefmt
from . import theme
from .phase_panel import _label

REST_S = 12 * 60.0
"""The guide's ten to fifteen minutes of quiet rest, in the middle."""
STRETCH_PERIOD_S = 8.0


class StretchFigure(QWidget):
    """A simple seated figure: shoulders roll for a while, then the body
    bends gently to each side, looping slowly."""

    def __init__(self, clock: Callable[[], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._t0 = clock()
        self.setMinimumSize(220, 240)
        self.setAccessibleName("Stretch animation")
        self.setAccessibleDescription("Shoulder rolls, then gentle side bends")

    def phase(self) -> float:
        return ((self._clock() - self._t0) / STRETCH_PERIOD_S) % 2.0

    def caption(self) -> str:
        """The word under the figure: what it is doing now."""
        return "Shoulder rolls" if self.phase() < 1.0 else "Side bends"

    def painted_texts(self) -> list[str]:
        return [self.caption()]

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        cx, hip_y = w / 2, h * 0.85
        x = self.phase()
        rolling = x < 1.0
        lean = 0.0 if rolling else math.sin(math.pi * 2 * (x - 1.0)) * 0.28
        roll = (x * 4 % 1.0) * 2 * math.pi if rolling else 0.0
        spine = h * 0.36
        neck = QPointF(cx + math.sin(lean) * spine, hip_y - math.cos(lean) * spine)
        pen = QPen(theme.HAND, 10)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(pen)
        p.drawLine(QPointF(cx, hip_y), neck)
        half = w * 0.16
        ox, oy = math.cos(lean), math.sin(lean)
        dx, dy = math.cos(roll) * 7, math.sin(roll) * 7
        left = QPointF(neck.x() - half * ox + dx, neck.y() - half * oy + dy)
        right = QPointF(neck.x() + half * ox + dx, neck.y() + half * oy + dy)
        p.drawLine(left, right)
        p.drawLine(left, QPointF(left.x() - 10, left.y() + h * 0.26))
        p.drawLine(right, QPointF(right.x() + 10, right.y() + h * 0.26))
        # Hips and legs, seated: the part that stays still.
        p.drawLine(QPointF(cx - half * 0.7, hip_y), QPointF(cx + half * 0.7, hip_y))
        p.setBrush(theme.HAND)
        head = QPointF(neck.x() + math.sin(lean) * 48, neck.y() - math.cos(lean) * 48)
        p.drawLine(neck, QPointF(neck.x() + math.sin(lean) * 18, neck.y() - math.cos(lean) * 18))
        p.drawEllipse(QRectF(head.x() - 26, head.y() - 30, 52, 60))
        p.setPen(theme.MUTED)
        p.setFont(theme.font(17))
        p.drawText(QRectF(0, h - 24, w, 24), Qt.AlignmentFlag.AlignCenter, self.caption())
        p.end()


class AftercareView(QFrame):
    """Shown when a session ends; its timers run only while it is on screen."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.setAccessibleName("Aftercare")
        self._clock = clock
        self._rest_started: float | None = None
        self._rest_left = REST_S

        title = _label(38, bold=True, name="Aftercare")
        title.setText("Aftercare")
        water = _label(26, wrap=True, name="Step 1")
        water.setText("1.  A glass or two of water for them.")
        rest = _label(26, wrap=True, name="Step 2")
        rest.setText("2.  Let them lie quietly for ten to fifteen minutes.")
        self.countdown = _label(96, bold=True, digits=True, name="Rest time left")
        self.countdown.setText(timefmt.countdown(REST_S))
        self.rest_button = QPushButton("Start the rest timer  (Space)")
        self.rest_button.setObjectName("primary")
        self.rest_button.setAccessibleName("Start or pause the rest timer")
        self.rest_button.clicked.connect(self.toggle_rest)
        stretch = _label(26, wrap=True, name="Step 3")
        stretch.setText("3.  When they get up: slow shoulder rolls and gentle side bends, "
                        "only as far as feels easy.")
        self.back_button = QPushButton("Back to the session  (Esc)")
        self.back_button.setObjectName("small")
        self.back_button.setAccessibleName("Back to the session")
        self.figure = StretchFigure(clock)

        steps = QVBoxLayout()
        steps.setSpacing(12)
        for widget in (title, water, rest, self.countdown, self.rest_button, stretch):
            steps.addWidget(widget)
        steps.addStretch(1)
        steps.addWidget(self.back_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(30, 20, 30, 20)
        layout.addLayout(steps, 3)
        layout.addWidget(self.figure, 2)

        self._timer = QTimer(self)
        self._timer.setInterval(33)  # the figure moves smoothly; text updates by the second
        self._timer.timeout.connect(self._tick)

    @property
    def rest_left(self) -> float:
        if self._rest_started is None:
            return self._rest_left
        return max(0.0, self._rest_left - (self._clock() - self._rest_started))

    @property
    def resting(self) -> bool:
        return self._rest_started is not None

    def toggle_rest(self) -> None:
        if self._rest_started is None:
            if self.rest_left <= 0:
                self._rest_left = REST_S
            self._rest_started = self._clock()
            self.rest_button.setText("Pause the rest timer  (Space)")
        else:
            self._rest_left = self.rest_left
            self._rest_started = None
            self.rest_button.setText("Go on with the rest timer  (Space)")
        self._tick()

    def _tick(self) -> None:
        text = timefmt.countdown(self.rest_left)
        if self.countdown.text() != text:
            self.countdown.setText(text)
        if self.resting and self.rest_left <= 0:
            self._rest_started = None
            self._rest_left = 0.0
            self.rest_button.setText("Rest again  (Space)")
            self.countdown.setText("Done")
        self.figure.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # nothing moves where nobody looks
        super().hideEvent(event)
