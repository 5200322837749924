"""The window's pages: the session, practice and aftercare, one at a time.

Practice and aftercare are built the first time they are shown, so neither
costs anything at start-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ..domain.session import Clock
from .session_page import SessionPage

if TYPE_CHECKING:
    from .aftercare_view import AftercareView
    from .practice_page import PracticePage
    from .practice_view import BestScores, PracticeView


def with_notices(notices: QWidget, pages: QWidget) -> QWidget:
    """The window's centre: notices (hidden while there are none) above the pages."""
    holder = QWidget()
    holder.setObjectName("central")
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addWidget(notices)
    column.addWidget(pages, 1)
    return holder


class Pages(QStackedWidget):
    def __init__(
        self,
        session: SessionPage,
        *,
        clock: Clock,
        scores: BestScores | None,
        real_sound: Callable[[], bool],
        back_from_practice: Callable[[], object],
    ) -> None:
        super().__init__()
        self.setObjectName("central")
        self.session = session
        self.addWidget(session)
        self._clock = clock
        self._scores = scores
        self._real_sound = real_sound
        self._back_from_practice = back_from_practice
        self.practice_page: PracticePage | None = None
        self.aftercare: AftercareView | None = None
        self._aftercare_page: QWidget | None = None

    @property
    def practice(self) -> PracticeView | None:
        return self.practice_page.view if self.practice_page is not None else None

    @property
    def in_practice(self) -> bool:
        return self.practice_page is not None and self.currentWidget() is self.practice_page

    @property
    def in_aftercare(self) -> bool:
        return self._aftercare_page is not None and self.currentWidget() is self._aftercare_page

    def show_session(self) -> None:
        self.setCurrentWidget(self.session)
        self.session.setFocus()

    def ensure_practice(self) -> PracticeView:
        if self.practice_page is None:
            from .practice_page import PracticePage

            self.practice_page = PracticePage(
                clock=self._clock,
                settings_store=self._scores,
                real_sound=self._real_sound(),
                back=self._back_from_practice,
            )
            self.addWidget(self.practice_page)
        return self.practice_page.view

    def show_practice(self) -> PracticeView:
        view = self.ensure_practice()
        assert self.practice_page is not None
        self.setCurrentWidget(self.practice_page)
        view.strokes.setFocus()
        return view

    def trace(self) -> None:
        """T: trace the stroke, in practice only."""
        if self.in_practice and self.practice is not None:
            self.practice.start_trace()

    def show_aftercare(self, leave: Callable[[], object]) -> AftercareView:
        if self.aftercare is None:
            from .aftercare_view import AftercareView

            self.aftercare = AftercareView(self._clock)
            self.aftercare.back_button.clicked.connect(lambda: leave())
            page = self._aftercare_page = QWidget()
            page.setObjectName("central")
            layout = QVBoxLayout(page)
            layout.setContentsMargins(18, 14, 18, 14)
            layout.addWidget(self.aftercare)
            self.addWidget(page)
        assert self._aftercare_page is not None
        self.setCurrentWidget(self._aftercare_page)
        return self.aftercare
