"""Moving what version 0.1.0 wrote to ~/.local/share/routines and drafts,
on a home folder laid out as it left it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from backmassage_gui.storage.migration import migrate_old_files
from backmassage_gui.storage.paths import DATA_DIR_ENV, check_data_dir

ROOT = Path(__file__).resolve().parents[3]


def routine_bytes(name: str) -> bytes:
    return json.dumps(
        {
            "format": "backmassage-routine",
            "version": 1,
            "name": name,
            "phases": [
                {
                    "name": "Glide",
                    "zone": "full_back",
                    "stroke": "gliding",
                    "duration_s": 60,
                    "pressure": {"start": 1, "end": 2},
                }
            ],
        }
    ).encode()


def draft_bytes(name: str) -> bytes:
    return json.dumps(
        {"format": "backmassage-draft", "version": 1, "saved_at": 1.0, "data": {"name": name}}
    ).encode()


def home_env(home: Path) -> dict[str, str]:
    """An environment whose data folders are the default ones under ``home``."""
    env = {k: v for k, v in os.environ.items() if k not in (DATA_DIR_ENV, "XDG_DATA_HOME")}
    env["HOME"] = str(home)
    return env


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    return tmp_path


def lay_out_old_home(home: Path) -> None:
    share = home / ".local" / "share"
    (share / "routines" / "trash").mkdir(parents=True)
    (share / "drafts").mkdir()
    (share / "routines" / "calm.json").write_bytes(routine_bytes("Calm"))
    (share / "routines" / "clash.json").write_bytes(routine_bytes("Old clash"))
    (share / "routines" / "broken.json").write_bytes(
        b'{"format": "backmassage-routine", "name": 7}'
    )  # ours, if broken
    (share / "routines" / "notes.json").write_bytes(b'{"format": "another-app"}')
    (share / "routines" / "readme.txt").write_text("not ours")
    (share / "routines" / "trash" / "gone.json").write_bytes(routine_bytes("Gone"))
    (share / "drafts" / "draft-1.json").write_bytes(draft_bytes("Half done"))
    (share / "drafts" / "other.json").write_bytes(b"[1, 2]")


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the old folders were XDG's")
def test_the_old_files_move_into_the_right_folder(home: Path) -> None:
    lay_out_old_home(home)
    share = home / ".local" / "share"
    data = check_data_dir()
    assert data.path == share / "backmassage" / "Back Massage Coach"
    data.routines.mkdir(parents=True)
    (data.routines / "clash.json").write_bytes(routine_bytes("New clash"))

    report = migrate_old_files(data)

    assert (data.routines / "calm.json").read_bytes() == routine_bytes("Calm")
    assert (data.routines / "broken.json").exists()
    assert (data.routines / "clash.json").read_bytes() == routine_bytes("New clash")
    assert (data.routines / "clash-moved.json").read_bytes() == routine_bytes("Old clash")
    assert (data.routines / "trash" / "gone.json").read_bytes() == routine_bytes("Gone")
    assert (data.drafts / "draft-1.json").read_bytes() == draft_bytes("Half done")
    # Other programs' files stay, and so do the folders holding them.
    assert sorted(p.name for p in (share / "routines").iterdir()) == ["notes.json", "readme.txt"]
    assert sorted(p.name for p in (share / "drafts").iterdir()) == ["other.json"]
    assert not (share / "routines" / "trash").exists()  # emptied, so removed
    assert len(report.moved) == 5 and report.problems == ()
    assert report.message.startswith("Moved 5 files of yours from ")
    assert str(data.path) in report.message
    assert "clash.json → clash-moved.json" in report.message
    assert migrate_old_files(data).message == ""  # said once: nothing left to move


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the old folders were XDG's")
def test_emptied_old_folders_are_removed(home: Path) -> None:
    share = home / ".local" / "share"
    (share / "routines").mkdir(parents=True)
    (share / "routines" / "calm.json").write_bytes(routine_bytes("Calm"))
    migrate_old_files(check_data_dir())
    assert not (share / "routines").exists()
    assert sorted(p.name for p in share.iterdir()) == ["backmassage"]


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="the old folders were XDG's")
def test_an_interrupted_move_is_finished_without_a_copy(home: Path) -> None:
    share = home / ".local" / "share"
    (share / "routines").mkdir(parents=True)
    (share / "routines" / "calm.json").write_bytes(routine_bytes("Calm"))
    data = check_data_dir()
    data.routines.mkdir(parents=True)
    os.link(share / "routines" / "calm.json", data.routines / "calm.json")  # killed here
    report = migrate_old_files(data)
    assert [p.name for p in data.routines.iterdir()] == ["calm.json"]
    assert not (share / "routines").exists()
    assert len(report.moved) == 1 and not report.moved[0].renamed


def test_nothing_moves_when_the_folder_is_chosen_by_hand(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lay_out_old_home(home)
    monkeypatch.setenv(DATA_DIR_ENV, str(home / "chosen"))
    report = migrate_old_files(check_data_dir())
    assert report.moved == () and report.message == ""
    assert (home / ".local" / "share" / "routines" / "calm.json").exists()


def test_nothing_moves_into_an_unusable_folder(home: Path) -> None:
    lay_out_old_home(home)
    share = home / ".local" / "share"
    (share / "backmassage").mkdir()
    (share / "backmassage" / "Back Massage Coach").write_text("in the way")
    assert migrate_old_files(check_data_dir()).moved == ()
    assert (share / "routines" / "calm.json").exists()


KILLER = textwrap.dedent("""
    import os, signal, sys
    from backmassage_gui.storage.migration import migrate_old_files
    from backmassage_gui.storage.paths import check_data_dir
    kill_at = int(sys.argv[1])
    seen = 0
    def after_link():
        global seen
        seen += 1
        if seen == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
    migrate_old_files(check_data_dir(), after_link=after_link)
""")


def contents(folder: Path) -> list[bytes]:
    return sorted(p.read_bytes() for p in folder.rglob("*.json") if p.is_file())


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="SIGKILL and XDG folders")
@pytest.mark.parametrize("kill_at", [1, 3, 5])
def test_a_kill_mid_move_loses_nothing(tmp_path: Path, kill_at: int) -> None:
    """Killed just after a file got its new name and before it lost the old
    one: every file is still there, and the next start finishes the move
    with no duplicates."""
    lay_out_old_home(tmp_path)
    share = tmp_path / ".local" / "share"
    ours = sorted(contents(share / "routines") + contents(share / "drafts"))
    ours = [c for c in ours if b"backmassage-" in c]
    env = home_env(tmp_path)
    env["PYTHONPATH"] = str(ROOT)
    killed = subprocess.run(
        [sys.executable, "-c", KILLER, str(kill_at)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    new = share / "backmassage" / "Back Massage Coach"
    everything = contents(share / "routines") + contents(share / "drafts") + contents(new)
    assert all(c in everything for c in ours)  # nothing lost at the kill

    finished = subprocess.run(
        [sys.executable, "-c", KILLER, "0"], env=env, capture_output=True, text=True, timeout=60
    )
    assert finished.returncode == 0, finished.stderr
    assert contents(new) == ours  # each exactly once
    assert sorted(p.name for p in (share / "routines").iterdir()) == ["notes.json", "readme.txt"]
