"""Where the app keeps the user's files: one place decides, and an unusable
folder is described in plain words instead of stopping the app."""

from __future__ import annotations

import errno
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths

from backmassage_gui.storage import paths
from backmassage_gui.storage.paths import (
    APPLICATION,
    DATA_DIR_ENV,
    ORGANIZATION,
    StorageError,
    check_data_dir,
    data_dir,
    data_dir_location,
    folder_problem,
    platform_data_home,
)
from backmassage_gui.storage.routine_store import RoutineStore


@pytest.fixture
def app_names() -> Iterator[None]:
    """The Qt application's names set as the app sets them, then put back."""
    before = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    yield
    QCoreApplication.setOrganizationName(before[0])
    QCoreApplication.setApplicationName(before[1])


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="XDG folders are Linux's")
def test_the_folder_is_qts_app_data_location_for_this_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_names: None
) -> None:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    qt_says = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    assert qt_says == tmp_path / "xdg" / "backmassage" / "Back Massage Coach"
    assert data_dir() == qt_says
    assert qt_says.is_dir()


def test_the_folder_does_not_depend_on_the_qt_application_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The old bug: asked before the app had its name, Qt answered with the
    generic data folder, and routines landed in ~/.local/share/routines."""
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    before = QCoreApplication.applicationName()
    QCoreApplication.setApplicationName("")
    try:
        folder = data_dir_location()
    finally:
        QCoreApplication.setApplicationName(before)
    assert folder.parts[-2:] == ("backmassage", "Back Massage Coach")


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {}, "home/.local/share"),
        ("linux", {"XDG_DATA_HOME": "relative/path"}, "home/.local/share"),
        ("linux", {"XDG_DATA_HOME": "/xdg"}, "/xdg"),
        ("freebsd14", {}, "home/.local/share"),
        ("darwin", {"XDG_DATA_HOME": "/xdg"}, "home/Library/Application Support"),
        ("win32", {"APPDATA": "/roaming"}, "/roaming"),
        ("win32", {}, "home/AppData/Roaming"),
    ],
)
def test_platform_data_homes(platform: str, environ: dict[str, str], expected: str) -> None:
    home = Path("home")
    assert platform_data_home(environ, platform, home) == Path(expected)


def test_the_override_wins_and_is_made_absolute(tmp_path: Path) -> None:
    assert data_dir_location({DATA_DIR_ENV: str(tmp_path / "d")}) == tmp_path / "d"
    assert data_dir_location({DATA_DIR_ENV: "  "}).parts[-1] == APPLICATION
    assert data_dir_location({DATA_DIR_ENV: "rel"}).is_absolute()


def test_a_usable_folder_is_created(tmp_path: Path) -> None:
    folder = check_data_dir({DATA_DIR_ENV: str(tmp_path / "new" / "data")})
    assert folder.usable and folder.problem == "" and folder.notice == ""
    assert (tmp_path / "new" / "data").is_dir()
    assert folder.routines == tmp_path / "new" / "data" / "routines"
    assert list((tmp_path / "new" / "data").iterdir()) == []  # the write test left nothing


def test_a_file_in_the_way_is_named_as_such(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    folder = check_data_dir({DATA_DIR_ENV: str(blocker)})
    assert not folder.usable and not folder.readable
    assert folder.problem == f"The data folder {blocker} is a file, not a folder."
    assert "File exists" not in folder.notice
    assert DATA_DIR_ENV in folder.notice
    with pytest.raises(StorageError, match="is a file, not a folder"):
        folder.require()
    assert blocker.read_text() == "not a folder"


def test_a_file_above_the_folder_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    problem = folder_problem(blocker / "data")
    assert problem == (
        f"The data folder {blocker / 'data'} can't be made: part of its path is a file."
    )


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.EROFS, "is on a read-only drive"),
        (errno.EACCES, "You have no permission to write in the data folder"),
        (errno.ENOSPC, "can't be used: the drive is full"),
    ],
)
def test_a_folder_that_cannot_be_written_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    # Tests run as root, which writes anywhere: the refusal is simulated.
    def refuse(*_args: object, **_kwargs: object) -> tuple[int, Path]:
        raise OSError(code, "system words")

    monkeypatch.setattr(paths, "create_exclusive", refuse)
    folder = check_data_dir({DATA_DIR_ENV: str(tmp_path)})
    assert words in folder.problem
    assert "system words" not in folder.problem and "Errno" not in folder.problem
    assert folder.readable  # what is already there can still be read


def test_a_read_only_store_reads_but_never_writes(tmp_path: Path) -> None:
    routines = tmp_path / "routines"
    routines.mkdir()
    (routines / "mine.json").write_text(
        '{"format": "backmassage-routine", "version": 1, "name": "Mine", "phases": ['
        '{"name": "Glide", "zone": "full_back", "stroke": "gliding", "duration_s": 60,'
        ' "pressure": {"start": 1, "end": 2}}]}'
    )
    store = RoutineStore(routines, tmp_path / "drafts", cannot_save="The drive is read-only.")
    own, broken = store.load_all()
    assert [r.name for r in own] == ["Mine"] and broken == []
    assert not store.writable
    with pytest.raises(StorageError, match="read-only"):
        store.save(own[0])
    with pytest.raises(StorageError, match="read-only"):
        store.delete("mine")
    with pytest.raises(StorageError, match="read-only"):
        store.save_draft("d", {"name": "x"})
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["mine.json", "routines"]
    store.export(own[0], tmp_path / "out.json")  # exporting writes elsewhere: allowed
    assert (tmp_path / "out.json").exists()
