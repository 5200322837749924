"""Helpers for benchmarks that run the app's MainWindow inside this process.

Import this only after the display is chosen (``Xvfb.use_in_this_process()``
or ``QT_QPA_PLATFORM=offscreen``): it imports Qt.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import _common  # noqa: F401  (puts the checkout on sys.path)
from _routines import short_phase_routine, write_routine  # noqa: F401  (re-exported)
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

from backmassage_gui.domain.library import RoutineLibrary
from backmassage_gui.domain.routine import Routine

if TYPE_CHECKING:  # the app's widgets are imported where used, after the display is set
    from backmassage_gui.ui.back_view import BackView
    from backmassage_gui.ui.main_window import MainWindow


def application() -> QApplication:
    """The app's own QApplication set-up (names, Qt message routing) when
    available, else a plain one."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    try:
        from backmassage_gui import cli

        return cli._application()
    except (ImportError, AttributeError):
        return QApplication([])


def builtins() -> RoutineLibrary:
    from backmassage_gui.catalogue import load_builtin_library

    return load_builtin_library()


def builtin(key: str) -> Routine:
    routine = builtins().get(key)
    if routine is None:
        raise SystemExit(f"no built-in routine {key!r}")
    return routine


def make_window(
    routine: Routine, *, chime: str = "silent", data_dir: Path | None = None, listen: bool = False
) -> MainWindow:
    """MainWindow as the app builds it, with the real monotonic clock.

    ``chime``: "silent" (SilentChime) or "qt" (the app's QtChime; silent on a
    machine without audio, exactly as the app would be). ``listen``: voice
    commands on (the microphone, or ``BACKMASSAGE_VOICE_INPUT``'s WAV file).
    """
    from backmassage_gui.settings import AppSettings
    from backmassage_gui.ui.main_window import MainWindow
    from backmassage_gui.ui.sound import QtChime, SilentChime

    application()
    if data_dir is not None:
        os.environ["BACKMASSAGE_DATA_DIR"] = str(data_dir)
    sound = QtChime() if chime == "qt" else SilentChime()
    return MainWindow(builtins(), routine, settings=AppSettings(listen=listen), chime=sound)


def show_and_wait(window: MainWindow, timeout_s: float = 10.0) -> None:
    from PySide6.QtTest import QTest

    window.show()
    if not QTest.qWaitForWindowExposed(window, int(timeout_s * 1000)):
        raise RuntimeError("the window was never exposed")
    window.session_page.ensure_timeline()
    spin(0.3)


def spin(seconds: float) -> None:
    """Run the real event loop for ``seconds``."""
    # A local loop, not app.exec()/app.quit(): in Qt 6 QApplication.quit()
    # closes every window first, which would pause the session.
    application()
    loop = QEventLoop()
    QTimer.singleShot(max(0, int(seconds * 1000)), loop.quit)
    loop.exec()


def frozen_problems(frames: int, seconds: float, session_advance_s: float) -> list[str]:
    """Why a recording of a running session is not the app animating: too few
    paints, or a session clock that did not keep up with real time. (A window
    that froze paints nothing, and would otherwise pass as a quiet one.)"""
    problems: list[str] = []
    if frames < seconds * 30:
        problems.append(
            f"only {frames} paints in {seconds:.1f} s, where a running session "
            "paints about 60 a second: the window froze or stopped painting"
        )
    if abs(session_advance_s - seconds) > max(0.5, seconds * 0.05):
        problems.append(
            f"the session's time moved {session_advance_s:.1f} s in {seconds:.1f} s of real time"
        )
    return problems


class PaintRecorder:
    """Wraps ``BackView.paintEvent`` to stamp every paint of the session view."""

    def __init__(self) -> None:
        from backmassage_gui.ui.back_view import BackView

        self.stamps: list[float] = []
        self.areas: list[int] = []
        self._cls = BackView
        self._orig = BackView.paintEvent
        stamps, areas, orig = self.stamps, self.areas, self._orig

        def paintEvent(view: BackView, event: QPaintEvent) -> None:
            stamps.append(time.perf_counter())
            r = event.rect()
            areas.append(r.width() * r.height())
            orig(view, event)

        BackView.paintEvent = paintEvent  # type: ignore[method-assign, assignment]

    def clear(self) -> None:
        self.stamps.clear()
        self.areas.clear()

    def restore(self) -> None:
        self._cls.paintEvent = self._orig  # type: ignore[method-assign]
