"""Keeps the screen from sleeping while a session runs, where the platform
lets an app ask (freedesktop ScreenSaver over D-Bus on Linux). Where it
cannot, nothing breaks: the screen just follows its own settings."""

from __future__ import annotations

import logging
from typing import Protocol

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
PATH = "/org/freedesktop/ScreenSaver"


class Inhibitor(Protocol):
    def inhibit(self, reason: str) -> int | None: ...
    def release(self, cookie: int) -> None: ...


class DBusInhibitor:
    """The freedesktop ScreenSaver Inhibit/UnInhibit calls."""

    def inhibit(self, reason: str) -> int | None:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
        except ImportError:
            return None
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        iface = QDBusInterface(SERVICE, PATH, SERVICE, bus)
        if not iface.isValid():
            return None
        reply = iface.call("Inhibit", "Back Massage Coach", reason)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return None
        cookie = reply.arguments()[0]
        return int(cookie) if isinstance(cookie, int) else None

    def release(self, cookie: int) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:
            return
        bus = QDBusConnection.sessionBus()
        if bus.isConnected():
            QDBusInterface(SERVICE, PATH, SERVICE, bus).call("UnInhibit", cookie)


class ScreenAwake:
    """Holds an inhibit while ``set_running(True)``; releases it otherwise."""

    def __init__(self, inhibitor: Inhibitor | None = None) -> None:
        self._inhibitor = inhibitor or DBusInhibitor()
        self._cookie: int | None = None
        self._running = False

    @property
    def holding(self) -> bool:
        return self._cookie is not None

    def set_running(self, running: bool) -> None:
        if running == self._running:
            return
        self._running = running
        try:
            if running:
                self._cookie = self._inhibitor.inhibit("A massage session is running")
                if self._cookie is None:
                    log.info("the screen saver cannot be held off here; going on")
            elif self._cookie is not None:
                cookie, self._cookie = self._cookie, None
                self._inhibitor.release(cookie)
        except Exception:  # never let the screen saver stop a session
            log.exception("screen saver inhibit failed; going on")
            self._cookie = None
