"""How the window names the care the plan is adapted to."""

from __future__ import annotations

from ..domain.safety import CareProfile
from ..i18n import Context


class CareText(Context):
    """How the window names the care the plan is adapted to."""


def care_label(profile: CareProfile, lines: list[str]) -> str:
    """ "Care: older adult", "Adapted" when only sore spots change the plan,
    or "" when nothing does."""
    if profile is not CareProfile.NONE:
        return CareText.tr("Care: {profile}").format(profile=profile.label)
    return CareText.tr("Adapted") if lines else ""


def marking_text(on: bool, done_key: str) -> str:
    if on:
        return CareText.tr(
            "Click the back where it is sore or bruised; click a mark again to clear it. "
            "{key} when done."
        ).format(key=done_key)
    return CareText.tr("Done marking.")
