"""Recent sessions against the guide's rhythm of once or twice a week."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale
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
from ..i18n import QT_TRANSLATE_NOOP, Context
from ..storage.history import History, SessionRecord
from . import theme


class HistoryText(Context):
    """The session history's words."""


_STYLE = """
QDialog { background: #1e2430; }
QLabel { color: #eef1f6; font-size: 17px; }
QTableWidget { background: #161a22; color: #eef1f6; gridline-color: #3d475a; font-size: 15px; }
QHeaderView::section { background: #2b3342; color: #eef1f6; padding: 4px; border: none; }
"""
_COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryText", "When"),
    QT_TRANSLATE_NOOP("HistoryText", "Routine"),
    QT_TRANSLATE_NOOP("HistoryText", "Done"),
    QT_TRANSLATE_NOOP("HistoryText", "Check-ins"),
    QT_TRANSLATE_NOOP("HistoryText", "Adapted"),
)
_ANSWERS = {
    "fine": QT_TRANSLATE_NOOP("HistoryText", "fine"),
    "lighter": QT_TRANSLATE_NOOP("HistoryText", "lighter"),
    "stop": QT_TRANSLATE_NOOP("HistoryText", "stop"),
}
"""Check-in answers as the history stores them (by name), and as it shows them."""


def rhythm_lines(weeks: list[tuple[datetime.date, int]]) -> list[str]:
    """One line per week, with a bar and a word against 'once or twice a week'."""
    lines = []
    for start, count in weeks:
        if count == 0:
            note = HistoryText.tr("none")
        elif count <= 2:
            note = HistoryText.tr("in rhythm")
        else:
            note = HistoryText.tr("more than the usual once or twice")
        day = QLocale().toString(QDate(start.year, start.month, start.day), "d MMM")
        week = HistoryText.tr("Week of {day}:").format(day=day)
        lines.append(f"{week}  {'●' * count or '·'}  {count}  ({note})")
    return lines


def done_text(record: SessionRecord) -> str:
    """How much of a session was really done: "all" only when it ran to the
    end with nothing skipped; otherwise the massage time it had, and how many
    phases it skipped."""
    planned = timefmt.countdown(record.planned_s)
    if record.completed and not record.skipped:
        return HistoryText.tr("all {planned}").format(planned=planned)
    text = HistoryText.tr("{done} of {planned}").format(
        done=timefmt.countdown(record.done_s), planned=planned
    )
    if record.skipped:
        skipped = HistoryText.tr("%n phase(s) skipped", "", len(record.skipped))
        text = f"{text}, {skipped}"
    return text


class HistoryDialog(QDialog):
    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session history"))
        self.setAccessibleName(self.tr("Session history"))
        self.setStyleSheet(theme.STYLE_SHEET + _STYLE)
        self.resize(900, 600)
        weeks = history.weekly_counts(weeks=6)
        sessions = history.recent(days=28)
        intro = QLabel(
            self.tr("The guide suggests a massage once or twice a week. Your last six weeks:")
        )
        intro.setWordWrap(True)
        self.weeks = QLabel("\n".join(rhythm_lines(weeks)))
        self.weeks.setAccessibleDescription(self.tr("Sessions per week"))  # its name is its text
        self.table = QTableWidget(len(sessions), len(_COLUMNS))
        self.table.setHorizontalHeaderLabels([HistoryText.tr(title) for title in _COLUMNS])
        self.table.setAccessibleName(self.tr("Recent sessions"))
        # Row numbers say nothing here (and their strip stayed white).
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        lighter = 0
        for row, record in enumerate(sessions):
            started = QDateTime.fromSecsSinceEpoch(int(record.started_at))
            when = QLocale().toString(started, "ddd d MMM HH:mm")
            done = done_text(record)
            answers = ", ".join(HistoryText.tr(_ANSWERS.get(a, a)) for a in record.answers) or "—"
            lighter += record.answers.count("lighter")
            for col, text in enumerate(
                (when, record.routine_name, done, answers, "; ".join(record.adaptations) or "—")
            ):
                item = QTableWidgetItem(text)
                if col == 2 and record.skipped:  # the count in the cell; which ones on hover
                    item.setToolTip(
                        self.tr("Skipped: {phases}").format(phases=", ".join(record.skipped))
                    )
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
            HistoryText.tr("Asked for lighter pressure %n time(s) in four weeks.", "", lighter)
            if sessions
            else self.tr("No sessions in the last four weeks yet.")
        )
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.weeks)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.lighter)
        layout.addWidget(close)
