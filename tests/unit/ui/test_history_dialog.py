"""The history dialog's table: every column readable, nothing glaring."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from backmassage_gui.storage.history import History
from backmassage_gui.ui.history_dialog import HistoryDialog

LIGHT = 0xE0  # brighter than this on every channel is glaring on the dark theme


def test_short_columns_are_never_cut_and_adapted_wraps(history_dialog: HistoryDialog) -> None:
    """When, Routine and Done were cut to '…' while Adapted took the width."""
    table = history_dialog.table
    for col in range(table.columnCount() - 1):
        header = table.horizontalHeaderItem(col)
        assert header is not None
        name = header.text()
        assert table.columnWidth(col) >= table.sizeHintForColumn(col), name
        assert table.columnWidth(col) >= table.horizontalHeader().sectionSizeHint(col), name
    adapted = table.columnCount() - 1
    for row in range(table.rowCount()):
        assert table.rowHeight(row) >= table.sizeHintForRow(row)
    right = table.columnViewportPosition(adapted) + table.columnWidth(adapted)
    assert right <= table.viewport().width()  # the long text wraps rather than scrolls
    assert not table.horizontalScrollBar().isVisible()


def test_no_white_strip_on_the_dark_theme(history_dialog: HistoryDialog) -> None:
    """A white row-header strip sat down the table's left side."""
    table = history_dialog.table
    image = table.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine() // 4, 4
    )[:, : image.width(), :3]
    light: np.ndarray = np.asarray((pixels >= LIGHT).all(axis=2))
    # Text is thin strokes; a strip or a panel is a solid block of light.
    block = 8
    h, w = (light.shape[0] // block) * block, (light.shape[1] // block) * block
    blocks = np.asarray(
        light[:h, :w].reshape(h // block, block, w // block, block).all(axis=(1, 3))
    )
    assert not blocks.any(), np.argwhere(blocks)[:5].tolist()


def test_which_phases_were_skipped_shows_on_the_done_cell(qtbot: QtBot, tmp_path: Path) -> None:
    history = History(tmp_path / "h.sqlite3")
    session = history.record_session("relaxation", "Relaxation", 900.0)
    history.finish_session(session, 600.0, True, ["Shoulder circles", "Resting hands"])
    dialog = HistoryDialog(history)
    qtbot.add_widget(dialog)
    done = dialog.table.item(0, 2)
    assert done is not None
    assert done.text().endswith("2 phases skipped")
    assert done.toolTip() == "Skipped: Shoulder circles, Resting hands"
    history.close()
