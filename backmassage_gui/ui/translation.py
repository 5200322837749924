"""Puts the chosen language into the running application.

The app's own catalogue (``assets/i18n/backmassage_<code>.qm``) and Qt's
(``qtbase_<code>.qm``: the words of standard buttons and dialogs) are
installed with ``QCoreApplication.installTranslator``; every ``self.tr`` and
every Qt-free ``Context.tr`` then answers from them, and numbers follow the
language's ``QLocale``. The language is chosen once, at start: the View ›
Language menu saves a new choice for the next start (``language_menu``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from .. import i18n

log = logging.getLogger(__name__)

_installed: list[tuple[QTranslator, bytes]] = []
"""Kept here: a translator Python lets go of is gone from the application
too, and Qt reads a catalogue loaded from bytes where they lie."""


def system_languages() -> list[str]:
    """The languages the desktop asks for, as Qt reads them on every platform."""
    return [name.replace("-", "_") for name in QLocale.system().uiLanguages()]


def choose(requested: str) -> i18n.Choice:
    """The language for ``requested``: "" for the system's (as Qt reads it:
    the environment on Linux, the desktop's settings on macOS and Windows),
    a code, or a ``.qm`` path."""
    return i18n.resolve(requested, system_languages())


def install(app: QCoreApplication, choice: i18n.Choice) -> i18n.Choice:
    """Show ``app`` in ``choice`` (see ``choose``); returns what is shown,
    English if its catalogue cannot be loaded. English needs no catalogue."""
    remove(app)
    if choice.problem:
        log.warning("%s; showing English", choice.problem)
    if choice.catalogue is not None:
        data = choice.catalogue.read_bytes()
        own = QTranslator()
        if not own.load(data):
            log.warning("the catalogue %s could not be loaded; showing English", choice.catalogue)
            choice = i18n.Choice(i18n.SOURCE_LANGUAGE)
        else:
            _add(app, own, data)
            qt_own = QTranslator()
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{choice.code}", folder):
                _add(app, qt_own, b"")
    locale = QLocale(choice.code) if choice.code in i18n.LANGUAGES else QLocale.system()
    QLocale.setDefault(locale)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(locale.textDirection())
    i18n.use(_qt_lookup if _installed else None, choice.code)
    return choice


def remove(app: QCoreApplication) -> None:
    """Back to the English source (tests)."""
    for translator, _data in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
    i18n.use(None)


def _add(app: QCoreApplication, translator: QTranslator, data: bytes) -> None:
    app.installTranslator(translator)
    _installed.append((translator, data))


def _qt_lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
