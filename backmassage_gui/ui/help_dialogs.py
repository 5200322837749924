"""The Help menu's windows: the key list, the safety notes, About.

Each opens without blocking the session and hands the keys back to it when
closed (``closed`` is connected by the caller)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..commands import keyed, keys_label
from ..i18n import Context
from ..presenters.session_text import safety_html
from . import theme


class HelpDialogs(Context):
    """The Help menu's windows."""


SCREEN_MARGIN = 80
"""Room left around a dialog on the smallest screen, so its title and its
Close button always show."""


def shortcuts_dialog(parent: QWidget) -> QDialog:
    """Every window key, scrolling inside when the screen is short."""
    rows = "".join(
        f"<tr><td><b>{keys_label(c.name)}</b></td><td>&nbsp;&nbsp;{c.help}</td></tr>"
        for c in keyed()
    )
    return _text_dialog(parent, HelpDialogs.tr("Keyboard shortcuts"), f"<table>{rows}</table>")


def safety_dialog(parent: QWidget) -> QDialog:
    return _text_dialog(parent, HelpDialogs.tr("Safety notes"), safety_html())


def about_dialog(parent: QWidget) -> QMessageBox:
    title = HelpDialogs.tr("About Back Massage Coach")
    text = HelpDialogs.tr(
        "Back Massage Coach {version}<br>Guides you through a back massage, phase by phase."
    ).format(version=__version__)
    box = QMessageBox(
        QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.Close, parent
    )
    box.setAccessibleName(title)
    return box


def _text_dialog(parent: QWidget, title: str, html: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    text = QLabel(html)
    text.setTextFormat(Qt.TextFormat.RichText)
    text.setWordWrap(True)
    text.setFont(theme.font(17))
    text.setAccessibleName(title)
    text.setAccessibleDescription(text.text())
    scroll = QScrollArea()
    scroll.setWidget(text)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll, 1)
    layout.addWidget(buttons)
    screen = parent.screen().availableGeometry()
    width = min(720, screen.width() - SCREEN_MARGIN)
    text.setFixedWidth(width - 60)
    wanted = text.heightForWidth(width - 60) + buttons.sizeHint().height() + 60
    dialog.resize(width, min(wanted, screen.height() - SCREEN_MARGIN))
    return dialog
