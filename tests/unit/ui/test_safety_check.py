"""The safety check before a session, and care profiles adapting the routine."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from window_types import MakeWindow

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain.session import State
from backmassage_gui.domain.zones import Zone
from backmassage_gui.storage import SettingsStore
from backmassage_gui.ui.main_window import MainWindow


@pytest.fixture
def settings_store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def make(
    make_window: MakeWindow, settings_store: SettingsStore, key: str = "tension-relief"
) -> MainWindow:
    """A window with the safety check on, reading and keeping its settings
    in ``settings_store``; shown and active."""
    settings, _ = settings_store.load()
    return make_window(
        key, settings=settings, settings_store=settings_store, safety_check=True, active=True
    )


def test_space_asks_first_then_one_key_confirms(
    qtbot: QtBot, settings_store: SettingsStore, make_window: MakeWindow
) -> None:
    w = make(make_window, settings_store)
    qtbot.keyClick(w.session_page, Qt.Key.Key_Space)
    dialog = w.safety.dialog
    assert dialog is not None and dialog.isVisible()
    assert w.controller.snapshot.state is State.READY  # not before the check
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # all clear
    assert w.controller.snapshot.state is State.GET_READY
    assert settings_store.load()[0].safety_seen
    # Next time: the same one key.
    w.controller.restart()
    qtbot.keyClick(w.session_page, Qt.Key.Key_Space)
    assert w.safety.dialog is not None and w.safety.dialog is not dialog
    qtbot.keyClick(w.safety.dialog, Qt.Key.Key_Return)
    assert w.controller.snapshot.state is State.GET_READY


def test_any_yes_advises_against_and_only_continue_anyway_goes_on(
    qtbot: QtBot, settings_store: SettingsStore, make_window: MakeWindow
) -> None:
    w = make(make_window, settings_store)
    dialog = w.safety.check(start_after=True)
    dialog.boxes["fever"].setChecked(True)
    assert dialog.advice_text and "fever" in dialog.advice_text
    assert dialog.advice.isVisible()
    assert not dialog.go_button.isVisible()
    assert dialog.anyway_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter alone does not go on
    assert w.controller.snapshot.state is State.READY
    dialog.anyway_button.click()
    assert w.controller.snapshot.state is State.GET_READY
    assert "against the safety advice" in w.statusBar().currentMessage()


def test_pregnancy_leaves_out_the_lower_back_and_caps_at_medium(
    qtbot: QtBot, settings_store: SettingsStore, make_window: MakeWindow
) -> None:
    from backmassage_gui.domain.safety import CareProfile

    w = make(make_window, settings_store)
    dialog = w.safety.check()
    dialog.profiles[CareProfile.PREGNANCY].setChecked(True)
    assert "training" in dialog.note.text()
    dialog.go_button.click()
    routine = w.controller.session.routine
    assert all(p.zone is not Zone.LOWER_BACK for p in routine.phases)
    assert routine.peak_pressure <= 6
    assert w.session_page.care_label.text() == "Care: Pregnancy"
    tip = w.session_page.care_label.toolTip()
    assert "Lower-back" in tip or "lower back" in tip
    # What the timer, gauge and timeline show is the adapted routine.
    assert w.session_page.panel.step.text().startswith(f"Phase 1 of {len(routine.phases)}")
    assert w.lifecycle.plan.routine.key == "tension-relief"  # the choice is unchanged
    # Remembered for next time.
    again = make(make_window, settings_store)
    assert again.controller.session.routine.peak_pressure <= 6
    assert again.session_page.care_label.isVisible()


def test_older_adult_is_lighter(
    qtbot: QtBot, settings_store: SettingsStore, make_window: MakeWindow
) -> None:
    from backmassage_gui.domain.safety import CareProfile

    w = make(make_window, settings_store)
    before = w.controller.session.routine.peak_pressure
    dialog = w.safety.check()
    dialog.profiles[CareProfile.OLDER_ADULT].setChecked(True)
    dialog.go_button.click()
    after = w.controller.session.routine.peak_pressure
    assert after < before and after <= 6


def test_marking_a_sore_spot_keeps_that_zone_light(
    qtbot: QtBot, settings_store: SettingsStore, make_window: MakeWindow
) -> None:
    from backmassage_gui.domain import geometry

    w = make(make_window, settings_store)
    w.lifecycle.safety_check = False
    qtbot.keyClick(w.session_page, Qt.Key.Key_K)
    assert w.actions_by_name["mark_spots"].isChecked()
    blade = geometry.zone_shapes(Zone.SHOULDER_BLADES)[0]
    point = w.session_page.back.to_widget(blade.center).toPoint()
    qtbot.mouseClick(w.session_page.back, Qt.MouseButton.LeftButton, pos=point)
    assert len(w.care.spots) == 1
    routine = w.controller.session.routine
    for phase in routine.phases:
        if phase.zone is Zone.SHOULDER_BLADES:
            assert phase.pressure.peak <= 3
    assert "shoulder blades" in w.session_page.care_label.toolTip().lower()
    assert w.session_page.back.spots == w.care.spots  # the mark is drawn
    # Clicking the mark again clears it, and the routine is itself again.
    qtbot.mouseClick(w.session_page.back, Qt.MouseButton.LeftButton, pos=point)
    assert w.care.spots == ()
    library = load_builtin_library()
    assert w.controller.session.routine.phases == library.get("tension-relief").phases  # type: ignore[union-attr]
    qtbot.keyClick(w.session_page, Qt.Key.Key_K)
    assert not w.actions_by_name["mark_spots"].isChecked()


def test_closed_safety_checks_do_not_pile_up(make_window: MakeWindow) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from backmassage_gui.ui.safety_dialog import SafetyDialog

    window = make_window(safety_check=True)
    for _ in range(3):
        dialog = window.safety.check()
        dialog.reject()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(window.findChildren(SafetyDialog)) == 1
