"""Colours and type for a dim, calm room: light text on deep blue-grey."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontMetricsF

BACKGROUND = QColor("#161a22")
TABLE_BACKGROUND = QColor("#000000")
"""The table view's page: black, so the countdown and the back stand out most."""
PANEL = QColor("#1e2430")
TEXT = QColor("#eef1f6")
MUTED = QColor("#aeb7c6")
ACCENT = QColor("#f0b46a")  # warm amber: the zone to work now
ACCENT_SOFT = QColor(240, 180, 106, 70)
HAND = QColor("#ffe2b8")
GUIDE = QColor(255, 255, 255, 215)  # path arrows: brighter than any hatch
SPINE = QColor("#ff8a8a")  # the line never pressed on
QUIET_ZONE = QColor(174, 183, 198, 60)

ZONE_COLOURS = {
    "full_back": QColor("#7f9cc8"),
    "shoulders": QColor("#c89bd8"),
    "shoulder_blades": QColor("#7fc8c0"),
    "spine_sides": QColor("#e0a86a"),
    "lower_back": QColor("#a8c87f"),
}

BAND_COLOURS = {
    "Light": QColor("#7fc8a9"),
    "Medium": QColor("#e8c46a"),
    "Firm": QColor("#ef9a5a"),
    "Too much": QColor("#d9534f"),
}

STYLE_SHEET = f"""
QMainWindow, QWidget#central {{ background: {BACKGROUND.name()}; }}
QWidget {{ color: {TEXT.name()}; }}
QLabel[role="muted"] {{ color: {MUTED.name()}; }}
QFrame#panel {{ background: {PANEL.name()}; border-radius: 14px; }}
QPushButton {{
    background: #2b3342; color: {TEXT.name()}; border: 2px solid #3d475a;
    border-radius: 12px; padding: 10px 18px; min-height: 44px; font-size: 17px;
}}
QPushButton:hover {{ border-color: {ACCENT.name()}; }}
QPushButton:focus {{ border-color: {ACCENT.name()}; }}
QPushButton:pressed {{ background: #3a4456; }}
QPushButton:disabled, QPushButton#primary:disabled {{
    color: #5d6678; background: #20262f; border-color: #2b3342; }}
QPushButton#small {{ min-height: 26px; padding: 5px 14px; font-size: 16px; }}
QPushButton#primary {{ background: #8a5a22; border-color: {ACCENT.name()}; font-weight: 600; }}
QComboBox {{
    background: #2b3342; color: {TEXT.name()}; border: 2px solid #3d475a;
    border-radius: 10px; padding: 6px 12px; min-height: 36px; font-size: 16px;
}}
QComboBox QAbstractItemView {{ background: #2b3342; color: {TEXT.name()};
    selection-background-color: #8a5a22; }}
QMainWindow[compact="true"] QPushButton {{ min-height: 30px; padding: 5px 12px; font-size: 15px; }}
QMainWindow[compact="true"] QComboBox {{ min-height: 26px; padding: 3px 10px; font-size: 15px; }}
QListWidget {{ background: {PANEL.name()}; color: {TEXT.name()}; border: none;
    border-radius: 12px; padding: 6px; }}
QListWidget::item {{ padding: 8px 6px; border-radius: 8px; }}
QListWidget::item:selected {{ background: #8a5a22; color: {TEXT.name()}; }}
QSpinBox {{ background: #2b3342; color: {TEXT.name()}; border: 2px solid #3d475a;
    border-radius: 8px; padding: 4px 8px; min-height: 30px; }}
QCheckBox {{ color: {TEXT.name()}; font-size: 17px; spacing: 8px; }}
QProgressBar {{ background: #2b3342; border: none; border-radius: 6px; height: 12px; }}
QProgressBar::chunk {{ background: {ACCENT.name()}; border-radius: 6px; }}
QStatusBar {{ color: {MUTED.name()}; font-size: 14px; }}
QMainWindow[tableView="true"], QMainWindow[tableView="true"] QWidget#central {{
    background: {TABLE_BACKGROUND.name()}; }}
QMainWindow[tableView="true"] QFrame#panel {{ background: #0b0d12; }}
QDialog, QMessageBox {{ background: {PANEL.name()}; }}
QScrollArea, QScrollArea > QWidget#qt_scrollarea_viewport,
QScrollArea > QWidget#qt_scrollarea_viewport > QWidget {{ background: transparent; }}
QScrollBar {{ background: {BACKGROUND.name()}; width: 14px; height: 14px; }}
QScrollBar::handle {{ background: #3d475a; border-radius: 6px; min-height: 24px; min-width: 24px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QMessageBox QLabel {{ color: {TEXT.name()}; font-size: 17px; }}
QToolTip {{ background: #232a36; color: {TEXT.name()}; border: 1px solid #3d475a; }}
QMenuBar {{ background: {BACKGROUND.name()}; color: {TEXT.name()}; }}
QMenuBar::item:selected {{ background: #2b3342; }}
QMenu {{ background: #232a36; color: {TEXT.name()}; }}
QMenu::item:selected {{ background: #8a5a22; }}
"""


def font(pixel_size: int, *, bold: bool = False, digits: bool = False) -> QFont:
    """A font at an exact pixel size, so legibility does not depend on DPI."""
    f = QFont()
    if digits:
        # Tabular (equal-width) figures keep the countdown from jiggling.
        f.setFeature(QFont.Tag("tnum"), 1)
    f.setPixelSize(pixel_size)
    f.setBold(bold)
    return f


FIT_FLOOR = 0.7
"""Type shrinks to no less than this share of its size to keep a line whole
(a translation may run 40% longer than the English it was sized for)."""


def fitting_font(text: str, width: float, pixel_size: int, *, bold: bool = False) -> QFont:
    """``font(pixel_size)``, or smaller (down to ``FIT_FLOOR``) where ``text``
    would be wider than ``width`` at that size."""
    chosen = font(pixel_size, bold=bold)
    natural = QFontMetricsF(chosen).horizontalAdvance(text)
    if natural <= width or natural <= 0:
        return chosen
    floor = max(1, round(pixel_size * FIT_FLOOR))
    size = max(floor, int(pixel_size * width / natural))
    while size > floor and QFontMetricsF(font(size, bold=bold)).horizontalAdvance(text) > width:
        size -= 1
    return font(size, bold=bold)
