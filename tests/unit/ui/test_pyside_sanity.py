"""Guards against a PySide6 release that breaks reference counting.

PySide6 6.12.0 decrements None's reference count on every call that returns
nothing; on Python 3.11 the app then aborts after a few seconds of painting.
If this fails after an upgrade, keep the version pin in pyproject.toml.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal from Python 3.12 (PEP 683): its reference count never "
    "changes, so the leak can neither be seen nor do harm there",
)
def test_void_calls_do_not_leak_none_references(qtbot: QtBot) -> None:
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    colour = QColor("#ffe2b8")
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        colour.setAlpha(3)
        painter.drawEllipse(QPointF(3, 3), 2.0, 2.0)
    drift = sys.getrefcount(None) - before
    painter.end()
    assert abs(drift) < 100
