from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QSettings

from backmassage_gui.settings import AppSettings
from backmassage_gui.storage import RoutineStore, SettingsStore
from backmassage_gui.storage.leftovers import LEFTOVER_AGE_S, is_leftover, remove_leftovers


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_only_our_temporary_names_count() -> None:
    assert is_leftover(".new-k2j3_x.tmp", ("*.json",))
    assert is_leftover("my-routine.json.aB3dE9", ("*.json",))
    assert is_leftover("settings.ini.Xy12Zq", ("settings.ini",))
    assert not is_leftover("my-routine.json", ("*.json",))
    assert not is_leftover(".json.aB3dE9", ("*.json",))  # no routine name in front
    assert not is_leftover("notes.txt.aB3dE9", ("*.json",))
    assert not is_leftover("calm.json.aB3dE9x", ("*.json",))  # seven characters
    assert not is_leftover("calm.json.aB3dÉ9", ("*.json",))  # Qt's are ASCII
    assert is_leftover("calm.v2.json.aB3dE9", ("*.json",))
    assert not is_leftover("settings.ini.bak", ("settings.ini",))
    for copy in ("backup", "Backup", "BACKUP", "before", "old123", "copy01", "202611"):
        assert not is_leftover(f"calm.json.{copy}", ("*.json",)), copy
        assert not is_leftover(f"settings.ini.{copy}", ("settings.ini",)), copy
    assert not is_leftover("settings.ini.damaged", ("settings.ini",))
    assert not is_leftover("other.ini.Xy12Zq", ("settings.ini",))


def test_stale_leftovers_go_and_everything_else_stays(tmp_path: Path) -> None:
    old_temp = tmp_path / ".new-abc.tmp"
    fresh_temp = tmp_path / ".new-def.tmp"
    old_qsave = tmp_path / "calm.json.Q1w2E3"
    mine = tmp_path / "calm.json"
    notes = tmp_path / "notes.txt"
    for path in (old_temp, fresh_temp, old_qsave, mine, notes):
        path.write_text("x")
    for path in (old_temp, old_qsave, mine, notes):
        _age(path, LEFTOVER_AGE_S + 60)
    assert remove_leftovers(tmp_path, ("*.json",)) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".new-def.tmp",
        "calm.json",
        "notes.txt",
    ]  # a save may still own the fresh one


def test_loading_routines_clears_what_a_kill_left(tmp_path: Path) -> None:
    store = RoutineStore(tmp_path, tmp_path / "drafts")
    left = tmp_path / ".new-x1y2z3.tmp"
    left.write_text('{"half": ')
    _age(left, LEFTOVER_AGE_S + 1)
    routines, broken = store.load_all()
    assert routines == [] and broken == []
    assert not left.exists()


def test_loading_settings_clears_what_a_kill_left(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    store = SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))
    store.save(AppSettings(volume=0.3))
    left = tmp_path / "settings.ini.Ab12Cd"
    left.write_text("[General]\nvol")
    _age(left, LEFTOVER_AGE_S + 1)
    settings, problems = store.load()
    assert settings.volume == 0.3 and problems == []
    assert not left.exists()
    assert path.exists()


def test_listing_drafts_clears_what_a_kill_left(tmp_path: Path) -> None:
    store = RoutineStore(tmp_path / "routines", tmp_path / "drafts")
    (tmp_path / "drafts").mkdir()
    left = tmp_path / "drafts" / "d-1.json.Zz9Yy8"
    left.write_text("{")
    _age(left, LEFTOVER_AGE_S + 1)
    assert store.drafts() == []
    assert not left.exists()
