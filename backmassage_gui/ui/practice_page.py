"""The practice page: a title, the way back to the session, and the stroke
library with its trainer. Built on first use, so it costs nothing at start-up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..commands import keys_label
from ..domain.session import Clock
from . import theme
from .practice_view import BestScores, PracticeView
from .sound import Chime, QtChime, SilentChime


class PracticePage(QWidget):
    def __init__(
        self,
        *,
        clock: Clock,
        settings_store: BestScores | None,
        real_sound: bool,
        back: Callable[[], object],
    ) -> None:
        super().__init__()
        self.setObjectName("central")
        self.setAccessibleName(self.tr("Practice"))
        tick: Chime = QtChime("sounds/tick.wav") if real_sound else SilentChime()
        if isinstance(tick, QtChime):
            tick.load()  # now, so the first tick is not late
        header = QHBoxLayout()
        title = QLabel(self.tr("Practice strokes"))
        title.setFont(theme.font(26, bold=True))
        button = QPushButton(
            self.tr("Back to the session ({key})").format(key=keys_label("practice"))
        )
        button.setObjectName("small")
        button.setAccessibleName(self.tr("Back to the session"))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda: back())
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(button)
        self.view = PracticeView(clock=clock, settings_store=settings_store, tick=tick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 14)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
