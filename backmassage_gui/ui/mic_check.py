"""The microphone check: is the microphone heard, and does it understand?

A level bar follows the live input, and whatever the recogniser makes of
"coach, next" (or a check-in answer) is shown, not acted on. Where there is
no microphone, the dialog says so in a line. Nothing is recorded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from ..voice.listening_rules import heard_text, on_one_line
from ..voice.vocabulary import Heard
from . import theme


class MicCheckDialog(QDialog):
    """Shows the input level and what was heard; ``VoiceControl`` feeds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Microphone check"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Say \u201ccoach, next\u201d in your normal voice from where you stand at the "
                "table (voice commands are English in every language).\n"
                "Check-in answers work too: \u201cfine\u201d, \u201clighter\u201d, "
                "\u201cstop\u201d.\nNothing is recorded, and nothing said here moves the session."
            )
        )
        intro.setWordWrap(True)
        intro.setFont(theme.font(17))
        self.state = QLabel(self.tr("Starting the microphone\u2026"))
        self.state.setFont(theme.font(16))
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Microphone state"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setMinimumHeight(22)
        self.meter.setAccessibleName(self.tr("Microphone level"))
        self.heard_line = QLabel(self.tr("Nothing heard yet"))
        self.heard_line.setFont(theme.font(28, bold=True))
        self.heard_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heard_line.setAccessibleName(self.tr("What was heard"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setSpacing(14)
        for widget in (intro, self.state, self.meter, self.heard_line, buttons):
            column.addWidget(widget)

    @property
    def level(self) -> int:
        return self.meter.value()

    def set_listening(self) -> None:
        self.state.setText(self.tr("Listening: the bar moves with the sound it hears."))
        self.meter.setEnabled(True)

    def set_level(self, value: float) -> None:
        self.meter.setValue(round(min(max(value, 0.0), 1.0) * 100))

    def show_heard(self, heard: Heard) -> None:
        # One line: the window's sign breaks "Heard: coach." from what
        # follows, to stay clear of the figure; here it has the width.
        self.heard_line.setText(on_one_line(heard_text(heard.spoken, heard.words)))

    def show_problem(self, text: str) -> None:
        """No microphone (or it failed): the line says so; no level to show."""
        self.state.setText(text)
        self.meter.setValue(0)
        self.meter.setEnabled(False)
