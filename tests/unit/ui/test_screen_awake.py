from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.ui.main_window import MainWindow
from backmassage_gui.ui.screen_awake import DBusInhibitor, ScreenAwake
from backmassage_gui.ui.sound import SilentChime


class FakeInhibitor:
    def __init__(self, cookie: int | None = 7) -> None:
        self.cookie = cookie
        self.calls: list[str] = []

    def inhibit(self, reason: str, answer: Callable[[int | None], None]) -> None:
        self.calls.append("inhibit")
        answer(self.cookie)

    def release(self, cookie: int) -> None:
        self.calls.append(f"release {cookie}")


def test_the_screen_is_kept_awake_only_while_the_session_moves(qtbot: QtBot) -> None:
    fake = FakeInhibitor()
    library = load_builtin_library()
    clock = ManualClock()
    w = MainWindow(library, library.routines[0], clock=clock, wall=clock, chime=SilentChime(),
                   safety_check=False, screen_awake=ScreenAwake(fake))
    qtbot.add_widget(w)
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
