from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from window_types import MakeWindow

from backmassage_gui.ui.screen_awake import DBusInhibitor, ScreenAwake


class FakeInhibitor:
    def __init__(self, cookie: int | None = 7) -> None:
        self.cookie = cookie
        self.calls: list[str] = []

    def inhibit(self, reason: str, answer: Callable[[int | None], None]) -> None:
        self.calls.append("inhibit")
        answer(self.cookie)

    def release(self, cookie: int) -> None:
        self.calls.append(f"release {cookie}")


def test_the_screen_is_kept_awake_only_while_the_session_moves(make_window: MakeWindow) -> None:
    fake = FakeInhibitor()
    w = make_window("relaxation", screen_awake=ScreenAwake(fake))
    assert fake.calls == []
    w.controller.start()
    assert fake.calls == ["inhibit"] and w.screen_awake.holding
    w.controller.pause()
    assert fake.calls == ["inhibit", "release 7"]
    w.controller.start()
    w.close()
    assert fake.calls[-1] == "release 7"


def test_no_screensaver_service_breaks_nothing() -> None:
    awake = ScreenAwake(FakeInhibitor(cookie=None))
    awake.set_running(True)
    assert not awake.holding
    awake.set_running(False)
    # The real D-Bus path never raises and never waits: where no session bus
    # listens (as on CI) the answer is None at once.
    answers: list[int | None] = []
    DBusInhibitor().inhibit("test", answers.append)
    assert answers in ([], [None])  # with a bus, the answer comes later


HUNG_SERVICE = """
import os, signal
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection
app = QCoreApplication([])
assert QDBusConnection.sessionBus().registerService("org.freedesktop.ScreenSaver")
print("registered", flush=True)
os.kill(os.getpid(), signal.SIGSTOP)  # holds the name, reads nothing, answers nothing
"""

ASK_HUNG_SERVICE = """
import time
from PySide6.QtCore import QCoreApplication, QTimer
from backmassage_gui.ui import screen_awake
screen_awake.REPLY_TIMEOUT_MS = 500
app = QCoreApplication([])
answers = []
t0 = time.monotonic()
screen_awake.DBusInhibitor().inhibit("test", answers.append)
print(f"returned after {time.monotonic() - t0:.3f} s with {answers}", flush=True)
def done():
    if answers:
        print(f"answer {answers[0]} after {time.monotonic() - t0:.1f} s", flush=True)
        app.quit()
    else:
        QTimer.singleShot(20, done)
done()
QTimer.singleShot(20000, app.quit)
app.exec()
"""


def test_a_hung_screen_saver_service_is_asked_without_waiting() -> None:
    """On a private session bus where the ScreenSaver name is held by a process
    that never answers: the call returns at once, and the answer (none) comes
    later. The old blocking calls (introspection, then Inhibit) held the GUI
    thread for twice the D-Bus timeout: 50 s."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("no dbus-daemon to run a private session bus")
    root = Path(__file__).resolve().parents[3]
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    service = None
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        env = dict(
            os.environ,
            DBUS_SESSION_BUS_ADDRESS=address,
            QT_QPA_PLATFORM="offscreen",
            PYTHONPATH=str(root),
        )
        service = subprocess.Popen(
            [sys.executable, "-c", HUNG_SERVICE], env=env, stdout=subprocess.PIPE, text=True
        )
        assert service.stdout is not None
        assert service.stdout.readline().strip() == "registered"
        asked = subprocess.run(
            [sys.executable, "-c", ASK_HUNG_SERVICE],
            env=env,
            cwd=root,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        for process in (service, bus):
            if process is not None:
                process.kill()
                process.wait(10)
    lines = asked.stdout.splitlines()
    assert len(lines) == 2, asked.stdout + asked.stderr
    returned = float(lines[0].split()[2])
    assert returned < 1.0 and lines[0].endswith("with []")
    assert lines[1].startswith("answer None after")
