"""Telling a screen reader about text that appears on its own.

A check-in prompt or the safety advice shows up without the focus moving to
it, so a screen reader would not read it; an announcement makes it say the
text at once.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` now (nothing happens without one)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
    log.debug("announced: %s", text)
