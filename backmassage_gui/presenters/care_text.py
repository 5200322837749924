"""How the window names the care the plan is adapted to."""

from __future__ import annotations

from ..domain.safety import CareProfile


def care_label(profile: CareProfile, lines: list[str]) -> str:
    """ "Care: older adult", "Adapted" when only sore spots change the plan,
    or "" when nothing does."""
    if profile is not CareProfile.NONE:
        return f"Care: {profile.label}"
    return "Adapted" if lines else ""


def marking_text(on: bool, done_key: str) -> str:
    if on:
        return (
            "Click the back where it is sore or bruised; click a mark again to clear "
            f"it. {done_key} when done."
        )
    return "Done marking."
