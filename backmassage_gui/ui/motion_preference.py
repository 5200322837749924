"""Whether the desktop asks apps for less motion (an accessibility setting).

The desktop is asked by a small command (``gsettings`` on GNOME, ``defaults``
on macOS) that takes 10-20 ms to answer, so it runs beside start-up, not
before the first frame: the answer arrives through the event loop.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess, QTimer
from shiboken6 import isValid

log = logging.getLogger(__name__)

ENV_OVERRIDE = "BACKMASSAGE_REDUCED_MOTION"
"""``1`` or ``0`` forces the answer (and keeps tests independent of the desktop)."""
TIMEOUT_MS = 1500


def forced_answer() -> bool | None:
    """The answer ``BACKMASSAGE_REDUCED_MOTION`` forces, if it does."""
    forced = os.environ.get(ENV_OVERRIDE)
    return forced == "1" if forced in ("0", "1") else None


def desktop_query() -> tuple[list[str], Callable[[str], bool]] | None:
    """The command that asks this desktop, and how to read its answer."""
    if sys.platform == "darwin":
        return (
            ["defaults", "read", "com.apple.universalaccess", "reduceMotion"],
            lambda out: out == "1",
        )
    if sys.platform.startswith("linux") and shutil.which("gsettings"):
        return (
            ["gsettings", "get", "org.gnome.desktop.interface", "enable-animations"],
            lambda out: out == "false",
        )
    return None


_exit_hook = False
_running: set[QProcess] = set()
"""Queries still running: not children of the window, so closing it never
destroys a running process (which Qt warns about); ended at exit instead."""


def ask_desktop(receiver: QObject, on_answer: Callable[[bool], None]) -> None:
    """Call ``on_answer(True)`` if the desktop prefers less motion: at once
    when the environment forces the answer, else when the query returns, and
    only while ``receiver`` (the window) still exists. A query that fails or
    hangs is logged and counts as no preference."""
    forced = forced_answer()
    if forced is not None:
        on_answer(forced)
        return
    query = desktop_query()
    if query is None:
        return
    command, read = query
    global _exit_hook
    if not _exit_hook:
        _exit_hook = True
        atexit.register(_end_all)
    process = QProcess()
    _running.add(process)

    def finished() -> None:
        out = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
        answered = process.exitStatus() == QProcess.ExitStatus.NormalExit
        _forget(process)
        if answered and isValid(receiver):
            on_answer(read(out.strip()))

    def failed(error: QProcess.ProcessError) -> None:
        log.info("could not read the desktop's motion setting: %s", error.name)
        if error is QProcess.ProcessError.FailedToStart:
            _forget(process)

    process.finished.connect(finished)
    process.errorOccurred.connect(failed)
    QTimer.singleShot(TIMEOUT_MS, process, process.kill)
    process.start(command[0], command[1:])


def _forget(process: QProcess) -> None:
    _running.discard(process)
    process.deleteLater()


def _end_all() -> None:
    for process in list(_running):
        process.finished.disconnect()
        process.kill()
        process.waitForFinished(200)
    _running.clear()
