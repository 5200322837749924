"""The command line with files and folders that cannot be used: one exit-code
scheme, one wording per problem, and a data folder that never blocks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from backmassage_gui.cli import EXIT_CODES_HELP, graphical_session_problem, main
from backmassage_gui.storage.paths import DATA_DIR_ENV

ROOT = Path(__file__).resolve().parents[2]
GOOD = ROOT / "tests" / "data" / "routines" / "good" / "minimal.json"
BAD = ROOT / "tests" / "data" / "routines" / "bad" / "zone-spine.json"


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backmassage_gui", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


# One exit-code scheme ---------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--validate", str(GOOD)], 0),
        (["--validate", str(BAD)], 1),
        (["--validate", "gone.json"], 1),
        (["--import-routine", str(BAD)], 1),
        (["--import-routine", "gone.json"], 1),
        (["--routine", str(BAD)], 1),
        (["--routine", "gone.json"], 1),
        (["--routine", "no-such-routine"], 2),
        (["--export-routine", "no-such-routine", "out.json"], 2),
        (["--screenshot", "x.png", "--at", "soon"], 2),
        (["--at", "3"], 2),
        (["--hear", "gone.wav"], 1),
        (["--hear", "."], 1),
        (["--checkin"], 2),
    ],
)
def test_every_command_uses_one_exit_code_scheme(
    args: list[str], code: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(args) == code


def test_a_bad_option_is_wrong_usage_too(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--no-such-option"])
    assert caught.value.code == 2


def test_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert EXIT_CODES_HELP in out
    assert EXIT_CODES_HELP in " ".join((ROOT / "README.md").read_text().split())


@pytest.mark.parametrize("args", [["--validate"], ["--import-routine"], ["--routine"]])
def test_a_missing_file_is_worded_the_same_by_every_command(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = tmp_path / "gone.json"
    assert main([*args, str(gone)]) == 1
    captured = capsys.readouterr()
    assert f"{gone}: not a usable routine:\n  no such file\n" in captured.out + captured.err


def test_nan_is_refused_where_it_stands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(GOOD.read_text())
    path = tmp_path / "nan.json"
    path.write_text(json.dumps(data).replace('"duration_s": 60', '"duration_s": NaN'))
    assert "NaN" in path.read_text()
    assert main(["--validate", str(path)]) == 1
    assert "phases[0].duration_s: NaN is not allowed" in capsys.readouterr().out


def test_a_file_with_a_byte_order_mark_validates_and_imports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    path = tmp_path / "windows.json"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.read_bytes())
    assert main(["--validate", str(path)]) == 0
    assert main(["--import-routine", str(path)]) == 0
    assert "BOM" not in capsys.readouterr().err
    assert len(list((tmp_path / "data" / "routines").glob("*.json"))) == 1


# A data folder that cannot be used ------------------------------------------------


@pytest.fixture
def blocked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The data folder's path is taken by a file."""
    blocker = tmp_path / "data"
    blocker.write_text("someone's notes")
    monkeypatch.setenv(DATA_DIR_ENV, str(blocker))
    return blocker


def test_listing_works_on_an_unusable_folder(
    blocked: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--list-routines"]) == 0
    captured = capsys.readouterr()
    assert [line.split()[0] for line in captured.out.splitlines()] == [
        "relaxation",
        "tension-relief",
        "quick",
    ]
    assert f"note: The data folder {blocked} is a file, not a folder." in captured.err
    assert "File exists" not in captured.err
    assert blocked.read_text() == "someone's notes"


def test_exporting_a_builtin_works_on_an_unusable_folder(blocked: Path, tmp_path: Path) -> None:
    out = tmp_path / "quick.json"
    assert main(["--export-routine", "quick", str(out)]) == 0
    assert json.loads(out.read_text())["name"]


def test_a_screenshot_works_on_an_unusable_folder(blocked: Path, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    assert main(["--screenshot", str(out), "--at", "30", "--size", "1024x640"]) == 0
    assert QImage(str(out)).width() == 1024


def test_importing_into_an_unusable_folder_says_why(
    blocked: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--import-routine", str(GOOD)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("backmassage-coach: error: ")
    assert f"The data folder {blocked} is a file, not a folder." in err
    assert f"Set {DATA_DIR_ENV} to a folder you can write to." in err
    assert blocked.read_text() == "someone's notes"


def test_a_read_only_folder_still_lists_the_users_routines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from backmassage_gui.storage import paths

    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    assert main(["--import-routine", str(GOOD)]) == 0
    capsys.readouterr()

    def read_only(*_args: object, **_kwargs: object) -> tuple[int, Path]:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(paths, "create_exclusive", read_only)  # root writes anywhere: simulate
    assert main(["--list-routines"]) == 0
    captured = capsys.readouterr()
    assert "minimal" in captured.out
    assert "is on a read-only drive" in captured.err
    assert main(["--import-routine", str(GOOD)]) == 1
    assert "is on a read-only drive" in capsys.readouterr().err


def test_the_window_opens_on_an_unusable_folder_and_says_so_once(
    blocked: Path, qtbot: QtBot
) -> None:
    from backmassage_gui.catalogue import load_builtin_library
    from backmassage_gui.cli import build_window
    from backmassage_gui.ui.sound import SilentChime

    library = load_builtin_library()
    window = build_window(
        library, library, "quick", None, start=False, fullscreen=False, chime=SilentChime()
    )
    qtbot.add_widget(window)
    (notice,) = window.notices.texts
    assert notice.startswith("Your routines, settings and session history can't be saved.")
    assert f"{blocked} is a file, not a folder" in notice and DATA_DIR_ENV in notice
    assert window.notices.isVisible()
    assert not window.actions_by_name["edit_routine"].isEnabled()
    window.switch("sound")  # nothing to save to: no second message, no error
    assert window.notices.texts == (notice,)
    window.statusBar().showMessage("Sound is off: no audio output.")
    assert window.notices.texts == (notice,)  # sound news never replaces it
    qtbot.mouseClick(window.notices.button, Qt.MouseButton.LeftButton)
    assert not window.notices.isVisible() and window.notices.texts == ()
    window.close()
    assert blocked.read_text() == "someone's notes"


# No display ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "platform", "refused"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "linux", False),
        ({}, "darwin", False),
        ({}, "win32", False),
    ],
)
def test_a_graphical_session_is_needed_only_where_qt_needs_one(
    environ: dict[str, str], platform: str, refused: bool
) -> None:
    assert bool(graphical_session_problem(environ, platform)) is refused


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="X11/Wayland only")
def test_without_a_display_the_window_says_so_in_one_line() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run(env=env)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "no graphical session" in result.stderr and "--screenshot" in result.stderr
    assert "libxcb" not in result.stderr


# A fresh home folder -------------------------------------------------------------

WINDOW_SCRIPT = """
from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.cli import build_window, _application
from backmassage_gui.ui.sound import SilentChime
library = load_builtin_library()
window = build_window(library, library, None, None, start=False, fullscreen=False,
                      chime=SilentChime())
window.switch("sound")
window.close()
_application().processEvents()
"""


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the documented folder is XDG's")
def test_a_fresh_home_gets_files_only_in_the_documented_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in (DATA_DIR_ENV, "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    outside = tmp_path / "outside"
    outside.mkdir()
    commands = [
        ["--list-routines"],
        ["--import-routine", str(GOOD)],
        ["--export-routine", "minimal", str(outside / "minimal.json")],
        ["--validate", str(GOOD)],
        ["--screenshot", str(outside / "shot.png"), "--size", "1024x640"],
    ]
    for args in commands:
        result = run(*args, env=env)
        assert result.returncode == 0, (args, result.stderr)
    window = subprocess.run(
        [sys.executable, "-c", WINDOW_SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert window.returncode == 0, window.stderr
    folder = home / ".local" / "share" / "backmassage" / "Back Massage Coach"
    written = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    assert written == sorted(
        str((folder / name).relative_to(home))
        for name in ("routines/minimal.json", "settings.ini", "history.sqlite3")
    )
    assert sorted(p.name for p in outside.iterdir()) == ["minimal.json", "shot.png"]


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the old folders were XDG's")
def test_the_window_is_told_once_what_was_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import backmassage_gui.cli as cli

    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    old = tmp_path / ".local" / "share" / "routines"
    old.mkdir(parents=True)
    (old / "minimal.json").write_bytes(GOOD.read_bytes())
    told: list[tuple[str, ...]] = []

    def run_window(*_args: object, notes: tuple[str, ...] = (), **_options: object) -> int:
        told.append(tuple(n for n in notes if n))
        return 0

    monkeypatch.setattr(cli, "run_window", run_window)
    assert main([]) == 0
    assert main([]) == 0
    assert len(told[0]) == 1 and told[0][0].startswith("Moved 1 file of yours from ")
    assert told[1] == ()
    assert (tmp_path / ".local/share/backmassage/Back Massage Coach/routines/minimal.json").exists()


def test_a_screenshot_into_a_file_path_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "pictures"
    blocker.write_text("a file, not a folder")
    assert main(["--screenshot", str(blocker / "shot.png")]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"backmassage-coach: error: Could not use the folder {blocker}: "
        "it is a file, not a folder.\n"
    )
