"""The bundle's executable started by multiprocessing: as the recogniser's
process and as the resource tracker, never as the app."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest

from backmassage_gui.frozen_support import TRACKER_PREFIX, child_kind

ROOT = Path(__file__).resolve().parents[2]


def test_a_spawned_childs_command_line_from_a_frozen_app(monkeypatch: pytest.MonkeyPatch) -> None:
    from multiprocessing import spawn

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    argv = spawn.get_command_line(tracker_fd=5, pipe_handle=7)
    assert argv[0] == sys.executable
    assert child_kind(argv) == ("fork", {"tracker_fd": 5, "pipe_handle": 7})


def test_the_resource_trackers_command_line() -> None:
    from multiprocessing import resource_tracker

    assert TRACKER_PREFIX in inspect.getsource(resource_tracker), "how this Python starts it"
    argv = [sys.executable, "-B", "-s", "-c", TRACKER_PREFIX + "9)"]  # flags as the app's
    assert child_kind(argv) == ("tracker", {"fd": 9})


@pytest.mark.parametrize(
    "argv",
    [
        ["app"],
        ["app", "--start"],
        ["app", "--hear", "--multiprocessing-fork"],
        ["app", "-c", "print(1)"],
        ["app", "-c", TRACKER_PREFIX + "x)"],
    ],
)
def test_the_apps_own_command_lines_are_the_app(argv: list[str]) -> None:
    assert child_kind(argv) is None


FROZEN_APP = """
import sys
sys.frozen = True  # as in a PyInstaller bundle: spawn starts sys.executable itself
sys.executable = {executable!r}
from multiprocessing import resource_tracker
from backmassage_gui.voice.out_of_process import OutOfProcessRecogniser
r = OutOfProcessRecogniser()
print(r.feed(bytes(32000)), r.sample_rate)
print("tracker alive:", resource_tracker._resource_tracker._check_alive())
r.close()
print("exit code:", r.process.exitcode)
"""


@pytest.mark.skipif(os.name != "posix", reason="the stand-in executable is a shell script")
def test_the_bundle_entry_runs_the_recognisers_process_and_the_tracker(tmp_path: Path) -> None:
    """A bundle stand-in: an executable that runs ``tools/bundle_entry.py``,
    as the bundle's executable does, named as ``sys.executable`` of an app
    that says it is frozen."""
    pytest.importorskip("pocketsphinx", reason="speech recognition needs pocketsphinx")
    executable = tmp_path / "backmassage-coach"
    executable.write_text(
        f'#!/bin/sh\nexec "{sys.executable}" "{ROOT / "tools" / "bundle_entry.py"}" "$@"\n'
    )
    executable.chmod(0o755)
    app = subprocess.run(
        [sys.executable, "-c", FROZEN_APP.format(executable=str(executable))],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        timeout=60,
    )
    assert app.returncode == 0, app.stderr
    assert app.stdout.splitlines() == ["[] 16000", "tracker alive: True", "exit code: 0"]
    assert "usage" not in app.stderr  # neither process was taken for the app's command line
