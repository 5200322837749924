"""The menu bar, made from the command table.

Each menu lists its commands in table order, a separator between groups;
a command that flips a setting is ticked while the setting is on, following
the settings model whoever changed it."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenuBar

from ..commands import COMMANDS, MENUS, in_menu, menu_title
from ..i18n import Context
from .language_menu import add_language_menu
from .settings_model import SettingsModel


class Menus(Context):
    """The menu bar's own entries (the commands' words are in Commands)."""


VOLUME_STEPS = (25, 50, 75, 100)
"""The chime volumes the View menu offers, in percent."""


def build_menus(
    bar: QMenuBar,
    actions: Mapping[str, QAction],
    settings: SettingsModel,
    set_volume: Callable[[float], object],
    say: Callable[[str], object] = lambda _text: None,
) -> dict[int, QAction]:
    """Fill ``bar``; return the volume choices by percent. ``say`` tells the
    user what a choice of language does (a notice in the window)."""
    volume_actions: dict[int, QAction] = {}
    for title in MENUS:
        menu = bar.addMenu(menu_title(title))
        group = None
        for c in in_menu(title):
            if c.name not in actions:
                continue
            if group is not None and c.group != group:
                menu.addSeparator()
            group = c.group
            menu.addAction(actions[c.name])
        if title == MENUS[2]:  # View
            volume = menu.addMenu(Menus.tr("Chime volume"))
            choices = QActionGroup(volume)
            for percent in VOLUME_STEPS:
                action = QAction(QLocale().toString(percent) + QLocale().percent(), volume)
                action.setCheckable(True)
                action.triggered.connect(lambda _c=False, p=percent: set_volume(p / 100))
                choices.addAction(action)
                volume.addAction(action)
                volume_actions[percent] = action
            add_language_menu(menu, settings, say)
    _tick_volume(volume_actions, settings.value.volume)
    settings.volume_changed.connect(lambda v: _tick_volume(volume_actions, v))
    return volume_actions


def _tick_volume(actions: Mapping[int, QAction], volume: float) -> None:
    for percent, action in actions.items():
        action.setChecked(percent == round(volume * 100))


def enable_by_means(
    actions: Mapping[str, QAction],
    *,
    can_edit: bool,
    can_export: bool,
    has_history: bool,
    speech: bool | None,
) -> None:
    """Grey out what this window cannot do: editing where routines cannot be
    saved, history where there is none, spoken cues without a voice (``speech``
    None; else whether they are on)."""
    for name in ("edit_routine", "new_routine", "import_routine", "delete_routine"):
        actions[name].setEnabled(can_edit)
    actions["export_routine"].setEnabled(can_export)
    actions["history"].setEnabled(has_history)
    actions["speech"].setEnabled(speech is not None)
    actions["speech"].setChecked(bool(speech))


def follow_settings(actions: Mapping[str, QAction], settings: SettingsModel) -> None:
    """Tick each setting's command while the setting is on."""
    for c in COMMANDS:
        action = actions.get(c.name)
        if action is None or not c.setting:
            continue
        action.setChecked(bool(getattr(settings.value, c.setting)))
        signal = getattr(settings, f"{c.setting}_changed")
        signal.connect(action.setChecked)
