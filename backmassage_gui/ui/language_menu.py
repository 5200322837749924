"""View › Language: which language the app is shown in, from its next start.

The choice is saved by code in the settings (``AppSettings.language``; ""
follows the system). It takes effect at the next start, when every window is
built in it; a notice says so at once, in the language chosen as well as the
one on screen, so the person who cannot read the current one still knows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from .. import i18n
from ..i18n import QT_TRANSLATE_NOOP, Context
from .settings_model import SettingsModel


class LanguageMenu(Context):
    """View › Language."""


SYSTEM = ""
"""The setting's value for "the system's language"."""
RESTART_NOTE = QT_TRANSLATE_NOOP(
    "LanguageMenu", "The app will be in {language} from its next start."
)


def offered() -> list[str]:
    """English and every finished translation, as the menu lists them."""
    return [i18n.SOURCE_LANGUAGE, *i18n.SHIPPED]


def add_language_menu(
    parent: QMenu, settings: SettingsModel, say: Callable[[str], object]
) -> dict[str, QAction]:
    """The Language submenu of ``parent``, ticked at the saved choice; the
    choices by code (``SYSTEM`` for the system's)."""
    menu = parent.addMenu(LanguageMenu.tr("Language"))
    group = QActionGroup(menu)
    actions: dict[str, QAction] = {}
    system = i18n.LANGUAGES.get(_system_code(), i18n.LANGUAGES[i18n.SOURCE_LANGUAGE])
    entries = [
        (
            SYSTEM,
            LanguageMenu.tr("System language ({language})").format(language=system.name),
        )
    ]
    entries += [(code, i18n.LANGUAGES[code].name) for code in offered()]
    for code, text in entries:
        action = QAction(text, menu)
        action.setCheckable(True)
        action.setChecked(settings.value.language == code)
        action.triggered.connect(lambda _c=False, c=code: _choose(settings, c, say))
        group.addAction(action)
        menu.addAction(action)
        if code == SYSTEM:
            menu.addSeparator()
        actions[code] = action
    return actions


def _system_code() -> str:
    from .translation import choose

    return choose(SYSTEM).code


def _choose(settings: SettingsModel, code: str, say: Callable[[str], object]) -> None:
    if settings.value.language == code:
        return
    settings.set_language(code)
    say(restart_note(code))


def restart_note(code: str) -> str:
    """ "The app is in Deutsch from its next start", in the language on
    screen and, below it, in the one chosen."""
    shown = i18n.LANGUAGES.get(code or _system_code(), i18n.LANGUAGES[i18n.SOURCE_LANGUAGE])
    here = LanguageMenu.tr(RESTART_NOTE).format(language=shown.name)
    there = _in_language(shown.code, RESTART_NOTE).format(language=shown.name)
    return here if there == here else f"{here}\n{there}"


def _in_language(code: str, text: str) -> str:
    """``text`` of the LanguageMenu context in the language ``code``, from
    its own catalogue (not the one installed)."""
    catalogue = i18n.catalogue_file(code) if code != i18n.SOURCE_LANGUAGE else None
    if catalogue is None:
        return text
    translator = QTranslator()
    data = catalogue.read_bytes()
    if not translator.load(data):
        return text
    return translator.translate("LanguageMenu", text) or text
