"""The window in another language, and View › Language choosing it for next time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot
from window_types import MakeWindow

from backmassage_gui import i18n
from backmassage_gui.settings import AppSettings
from backmassage_gui.storage import SettingsStore
from backmassage_gui.ui import help_dialogs, translation
from backmassage_gui.ui.language_menu import restart_note
from backmassage_gui.ui.settings_model import SettingsModel


@pytest.fixture
def german(qapp: QApplication) -> Iterator[i18n.Choice]:
    choice = translation.install(qapp, translation.choose("de"))
    yield choice
    translation.remove(qapp)


def test_installing_german_translates_the_window_qt_and_numbers(
    german: i18n.Choice, make_window: MakeWindow
) -> None:
    assert german.code == "de"
    window = make_window("quick")
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[:2] == ["&Sitzung", "A&bläufe"]  # A is &Ansicht's
    assert window.session_page.buttons["restart"].text() == "Neu beginnen"
    assert window.controller.snapshot.phase.name == "Ausstreichen zum Aufwärmen"
    assert window.lifecycle.plan.routine.name == "Kurz und gut"
    assert QLocale().decimalPoint() == ","
    assert i18n.number(2.5) == "2,5"
    dialog = help_dialogs.shortcuts_dialog(window)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    close = box.buttons()[0]
    assert close.text().replace("&", "") == "Schließen"  # Qt's own words, from qtbase_de.qm


def test_removing_the_translation_brings_english_back(qapp: QApplication) -> None:
    translation.install(qapp, translation.choose("es"))
    from backmassage_gui.domain.zones import Zone

    assert Zone.SHOULDERS.label == "Hombros"
    translation.remove(qapp)
    assert Zone.SHOULDERS.label == "Shoulders"
    assert i18n.current_language() == "en"


def test_the_system_language_is_chosen_among_the_shipped_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(translation, "system_languages", lambda: ["de_DE", "de"])
    expected = "de" if "de" in i18n.SHIPPED else "en"
    assert translation.choose("").code == expected
    assert translation.choose("de").code == "de"  # asked for by name: used even unfinished


def _language_menu(window: object) -> QMenu:
    from backmassage_gui.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    menus = window.menuBar().findChildren(QMenu)
    return next(m for m in menus if m.title() == "Language")


def test_the_language_menu_saves_a_code_and_says_it_applies_next_start(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    store = SettingsStore.in_folder(tmp_path)
    window = make_window("quick", settings_store=store)
    menu = _language_menu(window)
    entries = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert entries[0] == "System language (English)"
    assert entries[1:] == [i18n.LANGUAGES[c].name for c in ["en", *i18n.SHIPPED]]
    assert menu.actions()[0].isChecked()  # "" is the system's language
    english = next(a for a in menu.actions() if a.text() == "English")
    english.trigger()
    assert window.settings.language == "en"
    assert store.load()[0].language == "en"
    assert window.notices.texts == ("The app will be in English from its next start.",)
    english.trigger()  # the same choice again: nothing new to say
    assert len(window.notices.texts) == 1


def test_the_restart_note_is_also_in_the_language_chosen() -> None:
    note = restart_note("de")
    assert note.splitlines() == [
        "The app will be in Deutsch from its next start.",
        "Ab dem nächsten Start ist die App auf Deutsch.",
    ]


def test_the_setting_is_kept_by_code_and_a_strange_one_is_refused(tmp_path: Path) -> None:
    store = SettingsStore.in_folder(tmp_path)
    model = SettingsModel(AppSettings(), store)
    model.set_language("es")
    assert store.load() == (AppSettings(language="es"), [])
    (tmp_path / "settings.ini").write_text("[General]\nlanguage=klingon\n", encoding="utf-8")
    settings, problems = store.load()
    assert settings.language == ""
    assert problems == [
        "Saved language 'klingon' is not a language the app has; using the system's."
    ]


def test_spoken_cues_use_a_voice_of_the_language_or_say_once_there_is_none(
    german: i18n.Choice, qtbot: QtBot, make_window: MakeWindow
) -> None:
    """The mock engine speaks English, Norwegian and Finnish, not German: in
    German the cues are chimed and shown, and the window says why, once."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    from backmassage_gui.domain.clock import ManualClock
    from backmassage_gui.ui.speech import Speaker

    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("this Qt has no mock speech engine")
    speaker = Speaker("mock")
    clock = ManualClock()
    window = make_window("quick", clock=clock, speaker=speaker)
    window.controller.start()
    for _ in range(6):
        clock.advance(1)
        window.controller._tick()
    qtbot.wait_until(lambda: "Deutsch" in window.statusBar().currentMessage())
    assert "keine Stimme für Deutsch" in window.statusBar().currentMessage()
    assert not speaker.available
    window.controller.pause()
    assert speaker.close(wait_s=10)
