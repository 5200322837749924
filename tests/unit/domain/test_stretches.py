"""The aftercare stretches as poses over time."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from backmassage_gui.domain.stretches import (
    BEND_S,
    BENDS,
    LOOP_S,
    MAX_LEAN,
    ROLL_S,
    ROLLS,
    Movement,
    pose_at,
)


def test_shoulder_rolls_then_side_bends_then_again() -> None:
    assert pose_at(0.5).movement is Movement.SHOULDER_ROLLS
    assert pose_at(ROLLS * ROLL_S + 0.5).movement is Movement.SIDE_BENDS
    assert pose_at(LOOP_S + 0.5).movement is Movement.SHOULDER_ROLLS
    assert LOOP_S == ROLLS * ROLL_S + BENDS * BEND_S


def test_a_roll_goes_up_and_back_then_down() -> None:
    quarter = pose_at(ROLL_S / 4)
    top = pose_at(ROLL_S / 2)
    three = pose_at(3 * ROLL_S / 4)
    assert quarter.back > 0 and quarter.rise > 0, "up while drawing back"
    assert top.rise > quarter.rise and abs(top.back) < 1e-9, "highest in the middle"
    assert three.back < 0 and three.rise > 0, "down and forward to rest"
    assert pose_at(0.0).rise == 0.0 and pose_at(ROLL_S - 1e-9).rise < 1e-6


def test_side_bends_lean_each_way_gently() -> None:
    leans = [pose_at(ROLLS * ROLL_S + i * BEND_S / 40).lean for i in range(int(BENDS * 40))]
    assert max(leans) == max(abs(x) for x in leans) <= MAX_LEAN + 1e-9
    assert min(leans) < -0.9 * MAX_LEAN and max(leans) > 0.9 * MAX_LEAN
    assert math.degrees(MAX_LEAN) <= 15, "gentle"


@given(st.floats(0.0, 10 * LOOP_S, allow_nan=False))
def test_the_figure_never_jumps(t: float) -> None:
    a, b = pose_at(t), pose_at(t + 0.02)
    assert abs(a.rise - b.rise) < 0.01
    assert abs(a.back - b.back) < 0.01
    assert abs(a.lean - b.lean) < 0.01
