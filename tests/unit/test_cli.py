from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from backmassage_gui import __version__
from backmassage_gui.cli import main
from backmassage_gui.domain.library import RoutineLibrary

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "backmassage_gui", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_list_routines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--list-routines"]) == 0
    lines = capsys.readouterr().out.splitlines()
    keys = [line.split()[0] for line in lines]
    assert keys == ["relaxation", "tension-relief", "quick"]
    assert "15:00" in lines[0]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_names_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for option in (
        "--routine",
        "--start",
        "--list-routines",
        "--screenshot",
        "--at",
        "--fullscreen",
        "--version",
    ):
        assert option in out


def test_unknown_routine_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--routine", "nope", "--list-routines"]) == 0  # listing wins
    assert main(["--routine", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "unknown routine 'nope'" in err
    assert "relaxation, tension-relief, quick" in err
    assert "Traceback" not in err


def test_unknown_routine_in_a_real_process() -> None:
    result = run_app("--routine", "spine-crusher")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("backmassage-coach: error: unknown routine")


def test_bad_routine_file_lists_its_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "mine.json"
    bad.write_text(
        json.dumps(
            {
                "format": "backmassage-routine",
                "version": 1,
                "name": "Mine",
                "phases": [
                    {
                        "name": "x",
                        "zone": "spine",
                        "stroke": "gliding",
                        "duration_s": "120",
                        "pressure": {"start": 1, "end": 2},
                    }
                ],
            }
        )
    )
    assert main(["--routine", str(bad)]) == 1  # the file is unusable: 1, not usage's 2
    err = capsys.readouterr().err
    assert "phases[0].zone" in err and "spine_sides" in err
    assert "phases[0].duration_s" in err
    assert bad.read_text().startswith("{")  # left untouched


def test_missing_routine_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--routine", str(tmp_path / "gone.json")]) == 1
    assert "gone.json: not a usable routine:\n  no such file" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args, message",
    [
        (["--at", "soon"], "--at takes a number"),
        (["--at", "nan"], "finite"),
        (["--at", "-60"], "at least -5"),
        (["--size", "huge"], "--size takes"),
        (["--size", "100000x2000"], "--size must be from 1024x640"),
        (["--size", "800x600"], "--size must be from 1024x640"),
    ],
)
def test_bad_screenshot_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["--screenshot", str(tmp_path / "x.png"), *args]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_at_and_size_need_screenshot(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--at", "30"]) == 2
    assert "only apply with --screenshot" in capsys.readouterr().err
    assert main(["--size", "1920x1080"]) == 2


def test_screenshot_renders_the_chosen_moment(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = run_app("--routine", "tension-relief", "--screenshot", str(out), "--at", "600")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    # The summary names the phase that is due 10 minutes in, and its time left.
    from backmassage_gui.catalogue import load_builtin_library

    routine = load_builtin_library().get("tension-relief")
    assert routine is not None
    starts = [sum(p.duration_s for p in routine.phases[:i]) for i in range(len(routine.phases))]
    index = max(i for i, s in enumerate(starts) if s <= 600)
    phase, start = routine.phases[index], starts[index]
    assert f"Phase {index + 1} of {len(routine.phases)}: {phase.name}." in result.stdout
    left = round(start + phase.duration_s - 600)
    assert f"{left // 60} minute" in result.stdout


def test_screenshot_at_full_hd(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "hd.png"
    assert main(["--screenshot", str(out), "--at", "-3", "--size", "1920x1080"]) == 0
    assert QImage(str(out)).width() == 1920
    assert "Getting ready" in capsys.readouterr().out


def test_start_and_fullscreen_options_reach_the_window(qtbot: QtBot) -> None:
    from backmassage_gui.catalogue import load_builtin_library
    from backmassage_gui.cli import build_window
    from backmassage_gui.domain.session import State
    from backmassage_gui.ui.sound import SilentChime

    library = load_builtin_library()
    window = build_window(
        library, library, "quick", None, start=True, fullscreen=True, chime=SilentChime()
    )
    qtbot.add_widget(window)
    assert window.controller.session.routine.key == "quick"
    # --start begins as Space does: the safety check first, then the countdown.
    dialog = window.safety.dialog
    assert dialog is not None and dialog.isVisible()
    assert window.controller.snapshot.state is State.READY
    dialog.go_button.click()
    assert window.controller.snapshot.state is State.GET_READY
    assert window.isFullScreen()
    window.controller.pause()
    plain = build_window(
        library, library, "quick", None, start=False, fullscreen=False, chime=SilentChime()
    )
    qtbot.add_widget(plain)
    assert plain.controller.snapshot.state is State.READY
    assert not plain.isFullScreen()


def test_real_chime_never_crashes_without_a_sound_card() -> None:
    """QtMultimedia on a machine with no audio device: silent, with a reason."""
    code = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from backmassage_gui.ui.sound import QtChime\n"
        "c = QtChime()\n"
        "c.play()\n"
        "from PySide6.QtCore import QDeadlineTimer, QEventLoop\n"
        "t = QDeadlineTimer(60000)\n"
        "while c.status.availability.value == 'unknown' and not t.hasExpired():\n"
        "    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)\n"
        "print(c.status.availability.value, c.status.reason)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.strip()
    assert out in ("works", "no output no audio output") or out.startswith("failed ")


GOOD = ROOT / "tests" / "data" / "routines" / "good"
BAD = ROOT / "tests" / "data" / "routines" / "bad"


def test_validate_a_good_file(capsys: pytest.CaptureFixture[str]) -> None:
    good = sorted(GOOD.glob("*.json"))[0]
    assert main(["--validate", str(good)]) == 0
    out = capsys.readouterr().out.strip()
    assert out.count("\n") == 0 and ": valid: " in out


def test_validate_a_bad_file_lists_problems(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--validate", str(BAD / "zone-spine.json")]) == 1
    out = capsys.readouterr().out
    assert "spine_sides" in out and "phases[" in out


def test_validate_every_bad_file_without_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    # In-process: main() returns for every file (an exception would fail the
    # test here); one real process below checks the whole path once.
    for bad in sorted(BAD.glob("*.json")):
        assert main(["--validate", str(bad)]) == 1, bad.name
        out = capsys.readouterr().out
        assert out.startswith(f"{bad}: not a usable routine:\n  "), bad.name


def test_validate_a_bad_file_in_a_real_process() -> None:
    result = run_app("--validate", str(BAD / "zone-spine.json"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout


def test_export_and_import_round_trip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BACKMASSAGE_DATA_DIR", str(tmp_path / "data"))
    out = tmp_path / "shared" / "quick.json"
    out.parent.mkdir()
    assert main(["--export-routine", "quick", str(out)]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["name"] == "Quick reset"
    assert main(["--import-routine", str(out)]) == 0
    said = capsys.readouterr().out
    assert "imported 'Quick reset' as quick-reset" in said
    assert main(["--list-routines"]) == 0
    assert "quick-reset" in capsys.readouterr().out
    # The imported copy is a routine of the user's own: export it by its key.
    again = tmp_path / "again.json"
    assert main(["--export-routine", "quick-reset", str(again)]) == 0
    assert json.loads(again.read_text(encoding="utf-8"))["phases"] == exported["phases"]


def test_import_refuses_a_bad_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BACKMASSAGE_DATA_DIR", str(tmp_path / "data"))
    assert main(["--import-routine", str(BAD / "zone-spine.json")]) == 1
    assert "spine_sides" in capsys.readouterr().err
    assert not list((tmp_path / "data" / "routines").glob("*.json"))


def test_broken_user_file_is_listed_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BACKMASSAGE_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "data" / "routines"
    folder.mkdir(parents=True)
    (folder / "oops.json").write_text("{not json", encoding="utf-8")
    assert main(["--list-routines"]) == 0
    out = capsys.readouterr().out
    assert "relaxation" in out and "oops.json: can't be used: not valid JSON" in out
    assert (folder / "oops.json").read_text(encoding="utf-8") == "{not json"


QT_FREE_PROBE = """
import contextlib, io, sys
from backmassage_gui.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as exit:
        code = exit.code
qt = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
unneeded = sorted(name for name in UNNEEDED if name in sys.modules)
print(code, ",".join(qt), ",".join(unneeded))
"""
UNNEEDED_BY_FILE_COMMANDS = (
    "logging",  # set up with Qt, for the window
    "backmassage_gui.commands",  # the key list, for --help
    "backmassage_gui.storage.migration",  # only when there are old folders
    "backmassage_gui.domain.session",
    # tempfile loads shutil, random, bz2 and lzma: 5 ms for two file names
    # (storage/exclusive_file.py makes them).
    "tempfile",
    "shutil",
    "random",
    "unicodedata",  # for a new routine's file name, when saving
)
"""Loaded by none of the file commands: each costs milliseconds of a start
that should take about as long as Python's own (benchmarks/cli_startup.py)."""
TIMED_COMMANDS = ("--list-routines", "--validate", "--export-routine", "--version")
"""The commands benchmarks/cli_startup.py times: typing is 3 ms of their
start, so they load none (``--hear`` does, for the recogniser)."""


@pytest.mark.parametrize(
    "args",
    [
        ["--list-routines"],
        ["--version"],
        ["--validate", str(ROOT / "tests" / "data" / "routines" / "good" / "minimal.json")],
        ["--validate", str(ROOT / "tests" / "data" / "routines" / "bad" / "zone-spine.json")],
        ["--export-routine", "quick", "{tmp}/quick.json"],
        ["--hear", "{tmp}/gone.wav"],
    ],
)
def test_file_commands_import_no_qt(args: list[str], tmp_path: Path) -> None:
    """They answer at once: PySide6 alone takes longer to import than they
    run, and they load nothing else they do not use either."""
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    unneeded: tuple[str, ...] = UNNEEDED_BY_FILE_COMMANDS
    if args[0] in TIMED_COMMANDS:
        unneeded += ("typing",)
    if args == ["--version"]:
        unneeded += ("dataclasses", "backmassage_gui.domain.routine")
    probe = QT_FREE_PROBE.replace("UNNEEDED", repr(unneeded))
    result = subprocess.run(
        [sys.executable, "-c", probe, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    code, qt, loaded = result.stdout.rstrip("\n").split(" ")
    assert code in ("0", "1")
    assert qt == ""
    assert loaded == ""


@pytest.mark.parametrize("view", ["session", "table", "practice", "aftercare"])
def test_screenshot_of_each_view(
    view: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"{view}.png"
    assert (
        main(
            [
                "--screenshot",
                str(out),
                "--view",
                view,
                "--at",
                "300",
                "--routine",
                "tension-relief",
                "--size",
                "1024x640",
            ]
        )
        == 0
    )
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 640)
    assert "Phase 3 of 13" in capsys.readouterr().out


def test_view_needs_a_screenshot(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--view", "table"]) == 2
    assert "--view only apply with --screenshot" in capsys.readouterr().err.replace(
        "--at, --size and ", ""
    )


def test_each_view_is_a_different_screen(tmp_path: Path) -> None:
    shots = {}
    for view in ("session", "table", "practice", "aftercare"):
        out = tmp_path / f"{view}.png"
        assert main(["--screenshot", str(out), "--view", view, "--size", "1024x640"]) == 0
        shots[view] = QImage(str(out))
    views = list(shots)
    for i, a in enumerate(views):
        for b in views[i + 1 :]:
            assert shots[a] != shots[b], f"{a} and {b} look the same"


def test_the_cycle_collector_rests_only_while_a_file_command_runs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file command leaves in milliseconds (collecting cycles cost it 5-7 ms
    and freed nothing); anything longer collects as usual, and so does the
    caller afterwards."""
    import backmassage_gui.cli as cli

    seen: dict[str, bool] = {}
    real_list = cli.list_routines

    def listing(library: RoutineLibrary) -> str:
        seen["list"] = gc.isenabled()
        return real_list(library)

    def screenshot(*args: object, **kwargs: object) -> int:
        seen["screenshot"] = gc.isenabled()
        return 0

    monkeypatch.setattr(cli, "list_routines", listing)
    monkeypatch.setattr(cli, "take_screenshot", screenshot)
    assert gc.isenabled()
    assert main(["--list-routines"]) == 0
    assert gc.isenabled()
    assert main(["--screenshot", str(tmp_path / "x.png")]) == 0
    assert gc.isenabled()
    assert seen == {"list": False, "screenshot": True}
    assert "relaxation" in capsys.readouterr().out
