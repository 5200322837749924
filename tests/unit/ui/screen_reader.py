"""What a screen reader can read, next to what the screen shows.

``reachable`` walks the QAccessible tree (what AT-SPI hands to a screen
reader); ``shown`` lists the text each visible widget puts on screen. The
screen tests check that every shown text is reachable through the widget
that shows it.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QAccessible, QAccessibleInterface, Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QListWidget,
    QStatusBar,
    QTableWidget,
    QWidget,
)

_TEXTS = (QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Value)


def normal(text: str) -> str:
    """Text as compared: plain, one space between words, case folded, no
    '&' mnemonics and no key hints in brackets such as '(T)' or '(Space)'."""
    if Qt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    text = re.sub(r"&(?=\w)", "", text)
    text = re.sub(r"\(\s*(?:[A-Z]|Space|Esc|F\d+)\s*\)", "", text)
    return " ".join(text.split()).casefold()


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", normal(text)))


def texts_of(face: QAccessibleInterface | None, *, deep: bool = True) -> list[str]:
    """Name, description and value of ``face`` (and, deep, of every visible
    interface under it)."""
    if face is None or not face.isValid() or face.state().invisible:
        return []
    found = [t for kind in _TEXTS if (t := face.text(kind))]
    if deep:
        for i in range(face.childCount()):
            found += texts_of(face.child(i))
    return found


def reachable(widget: QWidget, *, deep: bool = True) -> list[str]:
    return texts_of(QAccessible.queryAccessibleInterface(widget), deep=deep)


def shown(root: QWidget) -> dict[QWidget, list[str]]:
    """The texts each visible widget under ``root`` (and ``root``) shows."""
    result: dict[QWidget, list[str]] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts: list[str] = []
        if isinstance(widget, (QLabel, QAbstractButton, QAbstractSpinBox)):
            texts.append(widget.text())
        elif isinstance(widget, QStatusBar):
            texts.append(widget.currentMessage())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            for col in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(col)
                texts.append(header.text() if header else "")
                for row in range(widget.rowCount()):
                    item = widget.item(row, col)
                    texts.append(item.text() if item else "")
        painted = getattr(widget, "painted_texts", None)
        if callable(painted):
            texts += list(painted())
        texts = [t for t in texts if normal(t)]
        if texts:
            result[widget] = texts
    return result


def unreachable(root: QWidget) -> list[str]:
    """Every shown text a screen reader cannot get from the widget showing it.

    A label's text must be there whole: it is what the reader reads out. A
    control's visible words must be in its name or description (its name may
    say more, 'Edit this routine' for 'Edit…'), and painted text is checked
    word by word too (a drawn '3 / 10' is read as '3 of 10')."""
    missing = []
    for widget, texts in shown(root).items():
        spoken = reachable(widget)
        joined = " | ".join(normal(t) for t in spoken)
        spoken_words = set().union(*(words(t) for t in spoken))
        for text in texts:
            if isinstance(widget, QLabel):
                if normal(text) not in joined:
                    missing.append(f"label {text!r} not in {spoken!r}")
            elif gap := words(text) - spoken_words:
                missing.append(f"{type(widget).__name__} {text!r}: {sorted(gap)} not in {spoken!r}")
    return missing
