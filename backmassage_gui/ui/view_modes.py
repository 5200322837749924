"""How the window is laid out for where the laptop stands: full screen, the
table view for across the room, and type that grows and shrinks with the
window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from ..commands import key_label, keys_label
from ..i18n import Context
from ..settings import WINDOW_SIZE
from . import theme
from .notice_bar import NoticeBar
from .pages import Pages

COMPACT_BELOW_HEIGHT = 700  # smaller buttons and picker below this


class ViewModeText(Context):
    """What the window says about its full-screen and table views."""


class ViewModes:
    def __init__(
        self,
        window: QMainWindow,
        pages: Pages,
        notices: NoticeBar,
        table_action: QAction,
        say: Callable[[str, int], None],
    ) -> None:
        self._window = window
        self._pages = pages
        self._page = pages.session
        self._notices = notices
        self._table_action = table_action
        self._say = say

    @property
    def table_view(self) -> bool:
        return self._page.table_view

    def toggle_fullscreen(self) -> None:
        if self._window.isFullScreen():
            self._window.showNormal()
        else:
            self._window.showFullScreen()

    def leave(self) -> None:
        """Esc: out of aftercare, the table view, or full screen, in that order."""
        if self._pages.in_aftercare:
            self._pages.show_session()
        elif self.table_view:
            self.toggle_table_view()
            if self._window.isFullScreen():
                self._window.showNormal()
        elif self._window.isFullScreen():
            self._window.showNormal()

    def toggle_practice(self, pause: Callable[[], object]) -> None:
        """Practice is done away from the table, so the session pauses; from
        the table view, P says how to get there instead."""
        if self.table_view:
            self._say(
                ViewModeText.tr("Leave the table view ({key}) to practise.").format(
                    key=keys_label("table_view")
                ),
                5000,
            )
        elif self._pages.in_practice:
            self._pages.show_session()
        else:
            pause()
            self._pages.show_practice()

    def toggle_table_view(self) -> None:
        """A layout for a laptop two metres away: a huge countdown, the back
        and the pressure band, nothing else, in high contrast. Only for the
        session: elsewhere G says so instead of leaving a half-state."""
        if not self.table_view and self._pages.currentWidget() is not self._page:
            self._table_action.setChecked(False)
            self._say(ViewModeText.tr("Table view is for the session."), 4000)
            return
        on = not self.table_view
        self._page.set_table_view(on)
        self._window.menuBar().setVisible(not on)
        self._window.setProperty("tableView", on)
        self._table_action.setChecked(on)
        self._window.setStyleSheet(theme.STYLE_SHEET)  # re-evaluates [tableView="true"]
        self.rescale()
        if on:
            self._say(
                ViewModeText.tr("Table view: {key} or {escape} to leave").format(
                    key=keys_label("table_view"), escape=key_label("leave_fullscreen")
                ),
                5000,
            )

    def rescale(self) -> None:
        window = self._window
        # A notice takes room from the session, so the type shrinks to fit.
        notice_h = self._notices.sizeHint().height() if self._notices.isVisibleTo(window) else 0
        self._page.rescale(window.width(), window.height() - notice_h, WINDOW_SIZE)
        compact = window.height() < COMPACT_BELOW_HEIGHT
        if window.property("compact") != compact:
            window.setProperty("compact", compact)
            window.setStyleSheet(theme.STYLE_SHEET)  # re-evaluates [compact="true"]
