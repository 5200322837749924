"""The safety check before a session: when not to massage, and who needs care.

The first time it is read in full; after that it opens with every answer at
"no" and the confirm button ready, so one key (Enter) goes on. Any "yes"
brings calm advice not to massage now, and only an explicit "continue
anyway" goes on regardless.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.safety import SCREENING, CareProfile, screening_advice
from . import accessible, theme

_STYLE = """
QDialog { background: #1e2430; }
QLabel, QCheckBox, QRadioButton { color: #eef1f6; font-size: 18px; }
QCheckBox, QRadioButton { spacing: 10px; min-height: 30px; }
"""


class SafetyDialog(QDialog):
    """Six yes/no questions and a care profile; ``accepted`` means go on."""

    def __init__(
        self, profile: CareProfile, *, first_time: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before you start: a safety check"))
        self.setAccessibleName(self.tr("Safety check"))
        self.setStyleSheet(theme.STYLE_SHEET + _STYLE)
        self.setModal(True)

        intro, questions = self._build_questions(first_time)
        care, profile_row = self._build_profiles(profile)
        self._build_advice()
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(26, 22, 26, 22)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(questions)
        layout.addSpacing(8)
        layout.addWidget(care)
        layout.addLayout(profile_row)
        layout.addWidget(self.note)
        layout.addWidget(self.advice)
        layout.addLayout(buttons)
        self.resize(820, 0)
        self._refresh()
        self.go_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_questions(self, first_time: bool) -> tuple[QLabel, QVBoxLayout]:
        """The screening questions, one box each, under a line that says what to do."""
        intro = QLabel(
            self.tr("Tick any that apply to the person on the table today.")
            if first_time
            else self.tr(
                "Anything changed since last time? Tick any that apply today; "
                "Enter confirms all clear."
            )
        )
        intro.setWordWrap(True)
        intro.setFont(theme.font(20, bold=True))
        self.boxes: dict[str, QCheckBox] = {}
        questions = QVBoxLayout()
        for question in SCREENING:
            box = QCheckBox(question.text)
            box.setAccessibleName(question.text)
            box.toggled.connect(self._refresh)
            questions.addWidget(box)
            self.boxes[question.key] = box
        return intro, questions

    def _build_profiles(self, profile: CareProfile) -> tuple[QLabel, QHBoxLayout]:
        """One radio button for each care profile, ``profile`` chosen, and its note."""
        care = QLabel(self.tr("Who is it for?"))
        care.setFont(theme.font(19, bold=True))
        self.profiles: dict[CareProfile, QRadioButton] = {}
        group = QButtonGroup(self)
        profile_row = QHBoxLayout()
        for option in CareProfile:
            button = QRadioButton(option.label)
            button.setAccessibleName(
                self.tr("Care profile: {profile}").format(profile=option.label)
            )
            button.setChecked(option is profile)
            button.toggled.connect(self._refresh)
            group.addButton(button)
            profile_row.addWidget(button)
            self.profiles[option] = button
        profile_row.addStretch(1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        return care, profile_row

    def _build_advice(self) -> None:
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setFont(theme.font(19, bold=True))
        self.advice.setStyleSheet("color: #ffb0a0;")
        # Its name stays its text, which is what a screen reader must read;
        # the description says what it is.
        self.advice.setAccessibleDescription(self.tr("Safety advice"))

    def _build_buttons(self) -> QHBoxLayout:
        """Go on, continue anyway (shown only against advice) and not now."""
        self.go_button = QPushButton(self.tr("All clear: go on"))
        self.go_button.setObjectName("primary")
        self.go_button.setDefault(True)
        self.go_button.clicked.connect(self.accept)
        self.anyway_button = QPushButton(self.tr("Continue anyway"))
        self.anyway_button.setAccessibleName(self.tr("Continue anyway, against the advice"))
        self.anyway_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Not now"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.anyway_button)
        buttons.addWidget(self.go_button)
        return buttons

    def answers(self) -> dict[str, bool]:
        return {key: box.isChecked() for key, box in self.boxes.items()}

    def profile(self) -> CareProfile:
        return next((p for p, b in self.profiles.items() if b.isChecked()), CareProfile.NONE)

    @property
    def advice_text(self) -> str | None:
        return screening_advice(self.answers())

    def _refresh(self) -> None:
        advice = self.advice_text
        if advice and advice != self.advice.text():
            accessible.announce(self.advice, advice, assertive=True)
        self.advice.setText(advice or "")
        self.advice.setVisible(bool(advice))
        # With a "yes", the plain go button is gone: only "continue anyway" goes on.
        self.go_button.setVisible(advice is None)
        self.anyway_button.setVisible(advice is not None)
        self.go_button.setDefault(advice is None)
        note = self.profile().note
        self.note.setText(note)
        self.note.setVisible(bool(note))
