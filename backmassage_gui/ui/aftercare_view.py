"""After the last phase: water, a quiet rest with a countdown, gentle stretches."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..commands import key_label
from ..domain import timefmt
from .phase_panel import _label
from .stretch_figure import StretchFigure

REST_S = 12 * 60.0
"""The guide's ten to fifteen minutes of quiet rest, in the middle."""


class AftercareView(QFrame):
    """Shown when a session ends. Its timer (the countdown and the moving
    figure) runs only while the page is on screen and the rest is not over:
    once the rest timer says Done, nothing on the page moves any more."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.setAccessibleName(self.tr("Aftercare"))
        self._clock = clock
        self._rest_started: float | None = None
        self._rest_left = REST_S

        title = _label(38, bold=True, name=self.tr("Aftercare"))
        title.setText(self.tr("Aftercare"))
        water = _label(26, wrap=True, name=self.tr("Step 1"))
        water.setText(self.tr("1.  A glass or two of water for them."))
        rest = _label(26, wrap=True, name=self.tr("Step 2"))
        rest.setText(self.tr("2.  Let them lie quietly for ten to fifteen minutes."))
        self.countdown = _label(96, bold=True, digits=True, name=self.tr("Rest time left"))
        self.countdown.setText(timefmt.countdown(REST_S))
        self.rest_button = QPushButton(self._with_key(self.tr("Start the rest timer"), "toggle"))
        self.rest_button.setObjectName("primary")
        self.rest_button.setAccessibleName(self.tr("Start or pause the rest timer"))
        self.rest_button.clicked.connect(self.toggle_rest)
        stretch = _label(26, wrap=True, name=self.tr("Step 3"))
        stretch.setText(
            self.tr(
                "3.  When they get up: slow shoulder rolls and gentle side bends, "
                "only as far as feels easy."
            )
        )
        self.back_button = QPushButton(
            self._with_key(self.tr("Back to the session"), "leave_fullscreen")
        )
        self.back_button.setObjectName("small")
        self.back_button.setAccessibleName(self.tr("Back to the session"))
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

    @property
    def done(self) -> bool:
        """The rest timer has run out (until it is started again)."""
        return self._rest_started is None and self._rest_left <= 0

    @staticmethod
    def _with_key(text: str, command: str) -> str:
        """A button's words with its key, ``Rest again  (Space)``."""
        return f"{text}  ({key_label(command)})"

    def toggle_rest(self) -> None:
        if self._rest_started is None:
            if self.rest_left <= 0:
                self._rest_left = REST_S
            self._rest_started = self._clock()
            self._run()
            self.rest_button.setText(self._with_key(self.tr("Pause the rest timer"), "toggle"))
        else:
            self._rest_left = self.rest_left
            self._rest_started = None
            self.rest_button.setText(self._with_key(self.tr("Go on with the rest timer"), "toggle"))
        self._tick()

    def _tick(self) -> None:
        text = timefmt.countdown(self.rest_left)
        if self.countdown.text() != text:
            self.countdown.setText(text)
        if self.resting and self.rest_left <= 0:
            self._rest_started = None
            self._rest_left = 0.0
            self.rest_button.setText(self._with_key(self.tr("Rest again"), "toggle"))
            self.countdown.setText(self.tr("Done"))
            self._stop()  # the rest is over: the page holds still
        self.figure.update()

    def _run(self) -> None:
        if self.isVisible() and not self.done:
            self.figure.resume()
            self._timer.start()

    def _stop(self) -> None:
        self._timer.stop()
        self.figure.freeze()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._run()

    def hideEvent(self, event: QHideEvent) -> None:
        self._stop()  # nothing moves where nobody looks
        super().hideEvent(event)
