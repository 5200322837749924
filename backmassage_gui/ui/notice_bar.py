"""Messages about the user's own files, kept on screen until dismissed.

The status bar is for passing news (sound off, a check-in answer) and each
new line there replaces the last. What concerns the user's routines,
settings or history (a data folder that cannot be written, a damaged file
set aside, files moved) must be read, so it lives here instead: above the
session, in words, until the user says "Got it".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from . import theme


class NoticeBar(QFrame):
    """Important notices, newest last; hidden while there are none."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setAccessibleName(self.tr("Notice about your files"))
        self.setStyleSheet(
            f"QFrame#notice {{ background: #2a2418; border: 2px solid {theme.ACCENT.name()};"
            " border-radius: 10px; margin: 8px 18px 0px 18px; }"
        )
        self._texts: list[str] = []
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setFont(theme.font(17))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self.tr("Got it"))
        self.button.setObjectName("small")
        self.button.setAccessibleName(self.tr("Dismiss the notice"))
        # Reached with Tab or a click, never by Space: Space starts the session.
        self.button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 10, 8)
        row.setSpacing(14)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    @property
    def texts(self) -> tuple[str, ...]:
        return tuple(self._texts)

    def post(self, text: str) -> None:
        """Show ``text`` beside any notices not yet dismissed (once each)."""
        text = text.strip()
        if not text or text in self._texts:
            return
        self._texts.append(text)
        self._refresh()

    def dismiss(self) -> None:
        """The user has read them all."""
        if not self._texts:
            return
        self._texts.clear()
        self._refresh()

    def _refresh(self) -> None:
        shown = "\n\n".join(self._texts)
        self.label.setText(shown)
        self.label.setAccessibleName(shown)
        self.setVisible(bool(self._texts))
        self.changed.emit()
