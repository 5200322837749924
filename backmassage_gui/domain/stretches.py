"""The gentle stretches shown after a massage, as poses over time.

The aftercare figure loops through two movements, slowly: shoulder rolls
(up, back, down, and round again) and side bends (over to one side, up,
over to the other). This module says which movement is under way and the
pose at any moment; the widget only draws it, so the timing is tested
without Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from ..i18n import QT_TRANSLATE_NOOP, Context


class Stretches(Context):
    """The stretches shown after a massage."""


class Movement(Enum):
    SHOULDER_ROLLS = QT_TRANSLATE_NOOP("Stretches", "Shoulder rolls")
    SIDE_BENDS = QT_TRANSLATE_NOOP("Stretches", "Side bends")

    @property
    def label(self) -> str:
        """The movement's name in the language in use."""
        return Stretches.tr(self.value)

    @property
    def how(self) -> str:
        """One short line on doing it, shown and read under the name."""
        return Stretches.tr(_HOW[self])


_HOW = {
    Movement.SHOULDER_ROLLS: QT_TRANSLATE_NOOP("Stretches", "up, back and down, slowly"),
    Movement.SIDE_BENDS: QT_TRANSLATE_NOOP(
        "Stretches", "over to each side, only as far as is easy"
    ),
}

#: Seconds for one shoulder roll, and rolls before the side bends start.
ROLL_S = 4.0
ROLLS = 3
#: Seconds for one side bend there and back to each side.
BEND_S = 8.0
BENDS = 2
#: Largest lean of a side bend (radians, about 10 degrees: gentle).
MAX_LEAN = math.radians(10.0)
#: How far a rolling shoulder rises and draws back, as shares of the
#: figure's shoulder width.
ROLL_RISE = 0.09
ROLL_BACK = 0.05

LOOP_S = ROLLS * ROLL_S + BENDS * BEND_S


@dataclass(frozen=True)
class StretchPose:
    movement: Movement
    #: Shoulder offsets (both shoulders alike): up and toward the spine, as
    #: shares of the shoulder width.
    rise: float
    back: float
    #: Sideways lean of the upper body: positive to the figure's right as
    #: the picture shows it (seen from behind).
    lean: float
    #: Which way the lean is moving (+1, -1, or 0 when still), for the arrow.
    bending: int


def pose_at(seconds: float) -> StretchPose:
    """The figure's pose ``seconds`` into the loop (it repeats)."""
    x = seconds % LOOP_S
    rolls = ROLLS * ROLL_S
    if x < rolls:
        a = math.tau * (x % ROLL_S) / ROLL_S
        # Round a circle seen from behind: rising while drawing back
        # (the blades come together), then down and forward to rest.
        rise = ROLL_RISE * (1.0 - math.cos(a)) / 2.0
        back = ROLL_BACK * math.sin(a)
        return StretchPose(Movement.SHOULDER_ROLLS, rise, back, 0.0, 0)
    k = (x - rolls) / BEND_S
    lean = MAX_LEAN * math.sin(math.tau * k)
    speed = math.cos(math.tau * k)
    return StretchPose(
        Movement.SIDE_BENDS, 0.0, 0.0, lean, 0 if abs(speed) < 0.05 else (1 if speed > 0 else -1)
    )
