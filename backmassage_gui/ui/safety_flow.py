"""The safety check as the session meets it: the dialog, the care profile it
sets, and the start it was holding back."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from .care_controller import CareController
from .safety_dialog import SafetyDialog
from .session_lifecycle import SessionLifecycle
from .settings_model import SettingsModel


class SafetyFlow(QObject):
    said = Signal(str, int)  # a status line and how long it shows (ms)

    def __init__(
        self,
        care: CareController,
        settings: SettingsModel,
        lifecycle: SessionLifecycle,
        *,
        in_progress: Callable[[], bool],
        open_dialog: Callable[[QDialog], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._care = care
        self._settings = settings
        self._lifecycle = lifecycle
        self._in_progress = in_progress
        self._open = open_dialog
        self._window = window
        self.dialog: SafetyDialog | None = None
        """The last safety check opened (tests answer it)."""
        lifecycle.safety_needed.connect(lambda: self.check(start_after=True))

    def check(self, start_after: bool = False) -> SafetyDialog:
        """Open the check; after the first time, Enter answers "all clear"."""
        if self.dialog is not None and not self.dialog.isVisible():
            self.dialog.deleteLater()  # one at a time, not one more per session
        dialog = SafetyDialog(
            self._care.profile, first_time=not self._settings.value.safety_seen, parent=self._window
        )
        dialog.accepted.connect(lambda: self._after(dialog, start_after))
        self.dialog = dialog
        self._open(dialog)
        return dialog

    def _after(self, dialog: SafetyDialog, start_after: bool) -> None:
        profile = dialog.profile()
        changed = profile is not self._care.profile
        self._settings.set_safety_answer(profile.value)
        if changed and not self._in_progress():
            self._lifecycle.use(self._lifecycle.plan.routine)
        elif changed:
            self.said.emit(
                self.tr("Care profile set to {profile}; it applies from the next session.").format(
                    profile=profile.label
                ),
                8000,
            )
        if dialog.advice_text:
            self.said.emit(
                self.tr(
                    "Going on against the safety advice: keep it light and stop at any discomfort."
                ),
                12000,
            )
        if start_after:
            self._lifecycle.start()
