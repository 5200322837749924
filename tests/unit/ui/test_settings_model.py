"""The settings model: typed changes, saved once each, signals only on change."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from backmassage_gui.settings import AppSettings
from backmassage_gui.storage.settings_store import SettingsStore
from backmassage_gui.ui.settings_model import SettingsModel


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_a_change_is_saved_and_announced_once(qtbot: QtBot, store: SettingsStore) -> None:
    model = SettingsModel(AppSettings(), store)
    with qtbot.wait_signal(model.sound_changed) as blocker:
        assert model.toggle("sound") is False
    assert blocker.args == [False]
    assert store.load() == (AppSettings(sound=False), [])
    with qtbot.assert_not_emitted(model.sound_changed):
        model.set_switch("sound", False)  # already off: nothing changed


def test_each_setter_announces_its_own_field(qtbot: QtBot, store: SettingsStore) -> None:
    model = SettingsModel(AppSettings(), store)
    with (
        qtbot.wait_signals([model.safety_seen_changed, model.care_profile_changed]),
        qtbot.assert_not_emitted(model.sound_changed),
    ):
        model.set_safety_answer("older_adult")
    with qtbot.wait_signal(model.volume_changed) as blocker:
        model.set_volume(7.0)  # clamped to the allowed range
    assert blocker.args == [1.0]
    with qtbot.wait_signal(model.routine_changed):
        model.set_routine("quick")
    with qtbot.wait_signal(model.get_ready_s_changed):
        model.set_get_ready_s(10)
    assert store.load()[0] == AppSettings(
        routine="quick", get_ready_s=10.0, volume=1.0, safety_seen=True, care_profile="older_adult"
    )
    with pytest.raises(ValueError):
        model.set_safety_answer("everyone")


def test_a_change_that_is_not_saved_stays_in_memory(qtbot: QtBot, store: SettingsStore) -> None:
    model = SettingsModel(AppSettings(), store)
    with qtbot.wait_signal(model.reduced_motion_changed):
        model.set_switch("reduced_motion", True, save=False)  # the desktop's wish
    assert model.value.reduced_motion
    assert store.load()[0] == AppSettings()


def test_a_failed_save_is_said_and_the_value_kept(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    store = SettingsStore(QSettings(str(blocker / "s.ini"), QSettings.Format.IniFormat))
    model = SettingsModel(AppSettings(), store)
    with qtbot.wait_signal(model.save_failed) as failed:
        model.toggle("speech")
    assert str(blocker / "s.ini") in failed.args[0]
    assert model.value.speech is False
