"""Keeps the screen from sleeping while a session runs, where the platform
lets an app ask (freedesktop ScreenSaver over D-Bus on Linux). Where it
cannot, nothing breaks: the screen just follows its own settings.

The desktop is asked without waiting for its answer: a blocking D-Bus call
waits up to 25 s for a desktop service that has hung, and on the GUI thread
that would freeze the countdown. The answer (the inhibit cookie) arrives
later through the event loop, or not at all.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from ..i18n import Context

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"
REPLY_TIMEOUT_MS = 5000
"""After this, a desktop that has not answered counts as one that said no."""

Answer = Callable[[int | None], None]


class Inhibitor(Protocol):
    def inhibit(self, reason: str, answer: Answer) -> None:
        """Ask the desktop to keep the screen on; returns at once. ``answer``
        is called later, on the GUI thread, with the cookie (None: not held)."""
        ...

    def release(self, cookie: int) -> None:
        """Let the screen sleep again; returns at once."""
        ...


class DBusInhibitor:
    """The freedesktop ScreenSaver Inhibit/UnInhibit calls, sent asynchronously
    (no QDBusInterface either: building one asks the service to describe
    itself, and waits for the reply)."""

    def __init__(self) -> None:
        self._waiting: set[object] = set()
        """Watchers of calls not yet answered (kept alive until they are)."""

    def inhibit(self, reason: str, answer: Answer) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher
        except ImportError:
            answer(None)
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            answer(None)
            return
        message = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, "Inhibit")
        message.setArguments(["Back Massage Coach", reason])
        watcher = QDBusPendingCallWatcher(bus.asyncCall(message, REPLY_TIMEOUT_MS))
        self._waiting.add(watcher)

        def finished(done: QDBusPendingCallWatcher) -> None:
            self._waiting.discard(watcher)
            reply = done.reply()
            values = reply.arguments()
            done.deleteLater()
            if reply.type() != QDBusMessage.MessageType.ReplyMessage or not values:
                log.info("no screen saver answered: %s", reply.errorMessage() or "no reply")
                answer(None)
                return
            cookie = values[0]
            answer(int(cookie) if isinstance(cookie, int) else None)

        watcher.finished.connect(finished)

    def release(self, cookie: int) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusMessage
        except ImportError:
            return
        bus = QDBusConnection.sessionBus()
        if bus.isConnected():
            message = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, "UnInhibit")
            message.setArguments([cookie])
            bus.asyncCall(message, REPLY_TIMEOUT_MS)  # nothing waits for the reply


class ScreenAwakeText(Context):
    """Why the screen saver waits, as the desktop shows it."""


class ScreenAwake:
    """Holds an inhibit while ``set_running(True)``; releases it otherwise."""

    def __init__(self, inhibitor: Inhibitor | None = None) -> None:
        self._inhibitor = inhibitor or DBusInhibitor()
        self._cookie: int | None = None
        self._running = False
        self._asking = False

    @property
    def holding(self) -> bool:
        return self._cookie is not None

    def set_running(self, running: bool) -> None:
        if running == self._running:
            return
        self._running = running
        try:
            if running and not self._asking:
                self._asking = True
                self._inhibitor.inhibit(
                    ScreenAwakeText.tr("A massage session is running"), self._answered
                )
            elif not running and self._cookie is not None:
                cookie, self._cookie = self._cookie, None
                self._inhibitor.release(cookie)
        except Exception:  # never let the screen saver stop a session
            log.exception("screen saver inhibit failed; going on")
            self._cookie = None
            self._asking = False

    def _answered(self, cookie: int | None) -> None:
        self._asking = False
        if cookie is None:
            log.info("the screen saver cannot be held off here; going on")
        elif self._running:
            self._cookie = cookie
        else:  # the session stopped while the desktop was answering
            try:
                self._inhibitor.release(cookie)
            except Exception:
                log.exception("screen saver release failed; going on")
