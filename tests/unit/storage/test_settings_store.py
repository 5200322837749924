"""The settings store: a real INI file in a temporary data folder, no display."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from backmassage_gui.settings import AppSettings
from backmassage_gui.storage import DATA_DIR_ENV, SettingsStore, StorageError
from backmassage_gui.storage.settings_store import _SPECS

CUSTOM = AppSettings(routine="my-own", get_ready_s=12.5, sound=False, volume=0.25, fullscreen=True)


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def store(data: Path) -> SettingsStore:
    return SettingsStore()


def write_ini(store: SettingsStore, text: str) -> None:
    store.path.write_text("[General]\n" + text, encoding="utf-8")


def test_every_setting_has_a_stored_form() -> None:
    assert [s.name for s in _SPECS] == [f.name for f in fields(AppSettings)]


def test_default_file_is_in_the_data_folder(store: SettingsStore, data: Path) -> None:
    assert store.path == data / "settings.ini"


def test_no_file_means_defaults_without_messages(store: SettingsStore) -> None:
    assert store.load() == (AppSettings(), [])
    assert not store.path.exists()


def test_round_trip(store: SettingsStore) -> None:
    store.save(CUSTOM)
    assert store.load() == (CUSTOM, [])
    assert SettingsStore().load() == (CUSTOM, [])


def test_values_are_stored_by_name_in_plain_units(store: SettingsStore) -> None:
    store.save(CUSTOM)
    lines = set(store.path.read_text(encoding="utf-8").splitlines())
    assert {
        "routine=my-own",
        "get_ready_s=12.5",
        "sound=false",
        "volume=0.25",
        "fullscreen=true",
    } <= lines


def test_hand_written_file_in_any_order_with_extra_keys(store: SettingsStore) -> None:
    write_ini(
        store,
        "future_option=42\nfullscreen=yes\nvolume=1\nsound=0\n"
        "routine=tension-relief\nget_ready_s=0\n",
    )
    settings, messages = store.load()
    assert messages == []
    assert settings == AppSettings(
        routine="tension-relief", get_ready_s=0.0, sound=False, volume=1.0, fullscreen=True
    )


def test_missing_values_take_defaults_quietly(store: SettingsStore) -> None:
    write_ini(store, "volume=0.3\n")
    assert store.load() == (AppSettings(volume=0.3), [])


def test_an_unknown_routine_key_is_kept(store: SettingsStore) -> None:
    write_ini(store, "routine=someone-elses-routine\n")
    settings, messages = store.load()
    assert (settings.routine, messages) == ("someone-elses-routine", [])


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("volume=loud", "Saved volume 'loud' was not a number; using 60%."),
        ("volume=nan", "Saved volume 'nan' was not a number; using 60%."),
        ("volume=inf", "Saved volume 'inf' was not a number; using 60%."),
        ("volume=1.5", "Saved volume '1.5' was not between 0 and 1 (0% to 100%); using 60%."),
        ("volume=-0.1", "Saved volume '-0.1' was not between 0 and 1 (0% to 100%); using 60%."),
        ("volume=0.5, 0.6", "Saved volume '0.5, 0.6' was not a number; using 60%."),
        ("volume=@ByteArray(abc)", "Saved volume (unreadable data) was not a number; using 60%."),
        ("get_ready_s=soon", "Saved get-ready time 'soon' was not a number; using 5 seconds."),
        ("get_ready_s=NaN", "Saved get-ready time 'NaN' was not a number; using 5 seconds."),
        (
            "get_ready_s=500",
            "Saved get-ready time '500' was not between 0 and 60 seconds; using 5 seconds.",
        ),
        (
            "get_ready_s=-1",
            "Saved get-ready time '-1' was not between 0 and 60 seconds; using 5 seconds.",
        ),
        ("sound=maybe", "Saved sound setting 'maybe' was not on or off; using on."),
        ("sound=", "Saved sound setting '' was not on or off; using on."),
        ("fullscreen=2", "Saved full-screen setting '2' was not on or off; using off."),
        ("routine=", "Saved routine choice '' was not a routine name; using 'relaxation'."),
        (
            "routine=" + "r" * 300,
            "Saved routine choice '" + "r" * 37 + "...' was not a routine name; "
            "using 'relaxation'.",
        ),
    ],
)
def test_each_bad_value_falls_back_with_a_message(
    store: SettingsStore, line: str, message: str
) -> None:
    name = line.split("=", 1)[0]
    good = {
        "routine": "quick",
        "get_ready_s": "10",
        "sound": "false",
        "volume": "0.2",
        "fullscreen": "true",
    }
    good.pop(name)
    write_ini(store, "".join(f"{k}={v}\n" for k, v in good.items()) + line + "\n")
    settings, messages = store.load()
    assert messages == [message]
    expected = AppSettings(
        routine="quick", get_ready_s=10.0, sound=False, volume=0.2, fullscreen=True
    )
    assert settings == AppSettings(**{**vars(expected), name: getattr(AppSettings(), name)})


def test_values_stored_as_qt_types_are_read_too(tmp_path: Path) -> None:
    qsettings = QSettings(str(tmp_path / "typed.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("volume", 0.4)
    qsettings.setValue("sound", False)
    qsettings.setValue("get_ready_s", 3)
    qsettings.sync()
    settings, messages = SettingsStore(qsettings).load()
    assert messages == []
    assert (settings.volume, settings.sound, settings.get_ready_s) == (0.4, False, 3.0)


def test_a_given_qsettings_chooses_the_file(tmp_path: Path) -> None:
    path = tmp_path / "elsewhere" / "my.ini"
    store = SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))
    assert store.path == path
    store.save(CUSTOM)
    assert path.is_file()
    assert SettingsStore(QSettings(str(path), QSettings.Format.IniFormat)).load() == (CUSTOM, [])


@pytest.mark.parametrize(
    "garbage",
    [
        bytes(range(256)) * 8,
        b"\x00" * 64,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        b"this is not a settings file\nat all\n",
    ],
)
def test_garbage_file_gives_defaults_and_a_message(
    store: SettingsStore, data: Path, garbage: bytes
) -> None:
    routines = data / "routines"
    routines.mkdir()
    (routines / "mine.json").write_bytes(b"my routine bytes")
    store.path.write_bytes(garbage)

    settings, messages = store.load()

    assert settings == AppSettings()
    assert len(messages) == 1
    assert "damaged" in messages[0] and str(store.path) in messages[0]
    kept = data / "settings.ini.damaged"
    assert kept.read_bytes() == garbage  # set aside, never erased
    assert (routines / "mine.json").read_bytes() == b"my routine bytes"
    assert sorted(p.name for p in data.iterdir()) == ["routines", "settings.ini.damaged"]

    store.save(CUSTOM)
    assert store.load() == (CUSTOM, [])
    assert kept.read_bytes() == garbage


def test_save_that_cannot_write_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file")
    path = blocker / "settings.ini"
    store = SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))
    with pytest.raises(StorageError, match="not-a-folder"):
        store.save(CUSTOM)
    assert blocker.read_text() == "a file"


def test_geometry_round_trip(store: SettingsStore) -> None:
    assert store.load_geometry("main") is None
    blob = bytes(range(256))
    store.save_geometry("main", blob)
    store.save_geometry("editor", QByteArray(b"\x01\x02"))
    assert store.load_geometry("main") == blob
    assert store.load_geometry("editor") == b"\x01\x02"
    assert SettingsStore().load_geometry("main") == blob


def test_geometry_and_settings_do_not_disturb_each_other(store: SettingsStore) -> None:
    store.save_geometry("main", b"\x01\x02\x03")
    store.save(CUSTOM)
    assert store.load_geometry("main") == b"\x01\x02\x03"
    assert store.load() == (CUSTOM, [])


def test_unusable_geometry_is_none(store: SettingsStore) -> None:
    store.path.write_text("[geometry]\nmain=just some text\nempty=@ByteArray()\n", encoding="utf-8")
    assert store.load_geometry("main") is None
    assert store.load_geometry("empty") is None


@pytest.mark.parametrize("name", ["", "a/b", "main window", "x\\y"])
def test_geometry_names_are_plain(store: SettingsStore, name: str) -> None:
    with pytest.raises(ValueError):
        store.save_geometry(name, b"\x01")
    with pytest.raises(ValueError):
        store.load_geometry(name)


def test_best_practice_scores_round_trip_and_skip_junk(tmp_path: Path) -> None:
    path = tmp_path / "scores.ini"
    store = SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))
    assert store.load_best_scores() == {}
    store.save_best_score("gliding", 87)
    store.save_best_score("fingertip_circles", 64)
    assert store.load_best_scores() == {"gliding": 87, "fingertip_circles": 64}
    with path.open("a", encoding="utf-8") as f:
        f.write("kneading=lots\npalm_press=250\n")
    assert store.load_best_scores() == {"gliding": 87, "fingertip_circles": 64}
    with pytest.raises(ValueError):
        store.save_best_score("../evil", 1)


def test_an_empty_lock_left_by_a_kill_does_not_stall_the_next_save(tmp_path: Path) -> None:
    import os
    import time

    path = tmp_path / "s.ini"
    store = SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))
    store.save(AppSettings(volume=0.3))
    lock = tmp_path / "s.ini.lock"
    lock.write_bytes(b"")  # what a kill while taking the lock leaves
    old = time.time() - 10
    os.utime(lock, (old, old))
    started = time.monotonic()
    store.save(AppSettings(volume=0.4))
    assert time.monotonic() - started < 5  # not the half-minute stale wait
    assert store.load()[0].volume == 0.4


def test_a_lock_with_an_owner_is_left_alone(tmp_path: Path) -> None:
    import fcntl
    import time

    from backmassage_gui.storage.settings_store import _clear_stale_lock_file

    lock = tmp_path / "x.lock"
    lock.write_bytes(b"1234\napp\nhost\n")
    assert not _clear_stale_lock_file(lock, time.time() + 100)  # its owner's details
    lock.write_bytes(b"")
    with lock.open("rb") as held:  # Qt's owner holds an flock from the start
        fcntl.flock(held, fcntl.LOCK_EX)
        assert not _clear_stale_lock_file(lock, time.time() + 100)
    assert lock.exists()


def test_an_empty_lock_nobody_holds_goes_after_a_moment(tmp_path: Path) -> None:
    """What a kill between creating the lock and writing it leaves: the next
    save waits a tenth of a second at most, not half a minute."""
    import time

    from backmassage_gui.storage.settings_store import JUST_TAKEN_S, _clear_stale_lock_file

    lock = tmp_path / "x.lock"
    lock.write_bytes(b"")
    waits: list[float] = []
    assert _clear_stale_lock_file(lock, lock.stat().st_mtime, sleep=waits.append)
    assert not lock.exists()
    assert waits and 0 < waits[0] <= JUST_TAKEN_S
    lock.write_bytes(b"")
    waits.clear()
    assert _clear_stale_lock_file(lock, time.time() + 1, sleep=waits.append)
    assert waits == []  # old enough: no wait at all
    lock.write_bytes(b"")
    import os

    ahead = time.time() + 120  # a clock that runs ahead (a network drive)
    os.utime(lock, (ahead, ahead))
    assert _clear_stale_lock_file(lock, time.time(), sleep=waits.append)
    assert waits and max(waits) <= JUST_TAKEN_S
