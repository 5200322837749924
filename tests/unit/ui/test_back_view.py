from __future__ import annotations

import pytest

from backmassage_gui.domain import geometry, motion
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone
from backmassage_gui.ui.back_view import hand_radius


@pytest.mark.parametrize("stroke", list(Stroke))
@pytest.mark.parametrize("zone", list(Zone))
def test_drawn_hands_never_cover_the_spine(stroke: Stroke, zone: Zone) -> None:
    """Not only the hand's centre: its whole drawn disc stays off the spine line."""
    for i in range(240):
        for mark in motion.hands(stroke, zone, i / 24):
            r = hand_radius(stroke, mark.pos)
            x_edge = abs(mark.pos[0] - geometry.SPINE_X) - r
            near_spine_vertically = (geometry.SPINE_TOP - r <= mark.pos[1]
                                     <= geometry.SPINE_BOTTOM + r)
            if near_spine_vertically:
                # The disc stays clear of the spine line, by 0.005 at least.
                assert x_edge >= 0.005, (stroke, zone, mark.pos)
                if mark.press > 0.3:  # a pressing hand stays off the keep-off strip
                    assert x_edge >= geometry.SPINE_KEEP_OFF / 2 - 1e-9, (stroke, zone)
