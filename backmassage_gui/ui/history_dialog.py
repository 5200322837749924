"""Recent sessions against the guide's rhythm of once or twice a week."""

from __future__ import annotations

import datetime

from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import timefmt
from ..storage.history import History, SessionRecord
from . import theme

_STYLE = """
QDialog { background: #1e2430; }
QLabel { color: #eef1f6; font-size: 17px; }
QTableWidget { background: #161a22; color: #eef1f6; gridline-color: #3d475a; font-size: 15px; }
QHeaderView::section { background: #2b3342; color: #eef1f6; padding: 4px; border: none; }
QScrollBar { background: #161a22; width: 14px; height: 14px; }
QScrollBar::handle { background: #3d475a; border-radius: 6px; min-height: 24px; min-width: 24px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""
_COLUMNS = ("When", "Routine", "Done", "Check-ins", "Adapted")


def rhythm_lines(weeks: list[tuple[datetime.date, int]]) -> list[str]:
    """One line per week, with a bar and a word against 'once or twice a week'."""
    lines = []
    for start, count in weeks:
        if count == 0:
            note = "none"
        elif count <= 2:
            note = "in rhythm"
        else:
            note = "more than the usual once or twice"
        lines.append(f"Week of {start:%d %b}:  {'●' * count or '·'}  {count}  ({note})")
    return lines


def done_text(record: SessionRecord) -> str:
    """How much of a session was really done: "all" only when it ran to the
    end with nothing skipped; otherwise the massage time it had, and how many
    phases it skipped."""
    planned = timefmt.countdown(record.planned_s)
    if record.completed and not record.skipped:
        return f"all {planned}"
    text = f"{timefmt.countdown(record.done_s)} of {planned}"
    if record.skipped:
        count = len(record.skipped)
        text += f", {count} phase{'s' if count != 1 else ''} skipped"
    return text


class HistoryDialog(QDialog):
    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Session history")
        self.setAccessibleName("Session history")
        self.setStyleSheet(theme.STYLE_SHEET + _STYLE)
        self.resize(900, 600)
        weeks = history.weekly_counts(weeks=6)
        sessions = history.recent(days=28)
        intro = QLabel("The guide suggests a massage once or twice a week. Your last six weeks:")
        intro.setWordWrap(True)
        self.weeks = QLabel("\n".join(rhythm_lines(weeks)))
        self.weeks.setAccessibleDescription("Sessions per week")  # its name is its text
        self.table = QTableWidget(len(sessions), len(_COLUMNS))
        self.table.setHorizontalHeaderLabels(list(_COLUMNS))
        self.table.setAccessibleName("Recent sessions")
        # Row numbers say nothing here (and their strip stayed white).
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        lighter = 0
        for row, record in enumerate(sessions):
            when = datetime.datetime.fromtimestamp(record.started_at).strftime("%a %d %b %H:%M")
            done = done_text(record)
            answers = ", ".join(record.answers) or "—"
            lighter += record.answers.count("lighter")
            for col, text in enumerate(
                (when, record.routine_name, done, answers, "; ".join(record.adaptations) or "—")
            ):
                item = QTableWidgetItem(text)
                if col == 2 and record.skipped:  # the count in the cell; which ones on hover
                    item.setToolTip("Skipped: " + ", ".join(record.skipped))
                self.table.setItem(row, col, item)
        # Sized by Qt as laid out, in the font the style sheet gives: sizing
        # once here measured the smaller default font and cut every column
        # to '…'. The short columns fit their text; Adapted takes the rest
        # and wraps.
        header = self.table.horizontalHeader()
        for col in range(len(_COLUMNS) - 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lighter = QLabel(
            f"Asked for lighter pressure {lighter} time(s) in four weeks."
            if sessions
            else "No sessions in the last four weeks yet."
        )
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.weeks)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.lighter)
        layout.addWidget(close)
