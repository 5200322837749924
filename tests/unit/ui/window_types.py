"""The type of the ``make_window`` fixture, for the window tests' annotations.

Kept out of ``conftest.py``: a test module that imports from ``conftest``
gets whichever conftest Python loaded last (``tests/unit/voice`` has one
too), so running the ui and voice tests in one command failed to import.
"""

from __future__ import annotations

from typing import Any, Protocol

from backmassage_gui.ui.main_window import MainWindow


class MakeWindow(Protocol):
    def __call__(
        self, routine: str = "quick", *, active: bool = False, **options: Any
    ) -> MainWindow: ...
