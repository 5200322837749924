from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone
from backmassage_gui.ui.back_view import BackView
from backmassage_gui.ui.hand_sprites import HandSprites


def _inked(image: QImage) -> list[tuple[int, int]]:
    return [(x, y) for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).alpha() > 0]


@pytest.mark.parametrize("press", [0.0, 0.5, 1.0])
@pytest.mark.parametrize("dpr", [1.0, 2.0])
def test_a_drawn_hand_stays_inside_its_radius(qtbot: QtBot, press: float, dpr: float) -> None:
    """hand_radius keeps a hand off the spine only if nothing is drawn beyond it."""
    sprites = HandSprites(trail_dots=6)
    sprites.set_device_pixel_ratio(dpr)
    radius = 14.0
    pixmap, half = sprites.hand(radius, press)
    image = pixmap.toImage()
    inked = _inked(image)
    assert inked, "nothing was drawn"
    centre = half * dpr
    farthest = max(math.hypot(x + 0.5 - centre, y + 0.5 - centre) for x, y in inked)
    assert farthest <= (radius + 1) * dpr


def test_sprites_are_made_once_and_the_cache_stays_bounded(qtbot: QtBot) -> None:
    sprites = HandSprites(trail_dots=6)
    first = sprites.trail(8.0, 0)
    assert sprites.trail(8.1, 0) is first  # within the rounding: the same pixmap
    older = sprites.trail(8.0, 5)
    assert older.pixmap.toImage().pixelColor(round(older.half), round(older.half)).alpha() < \
        first.pixmap.toImage().pixelColor(round(first.half), round(first.half)).alpha()
    for i in range(2000):  # a long resize drag
        sprites.hand(5 + (i % 100) * 0.5, (i % 17) / 16)
    assert len(sprites) <= 400


def test_a_frame_repaints_only_round_the_hands(qtbot: QtBot) -> None:
    view = BackView()
    qtbot.add_widget(view)
    view.resize(600, 700)
    view.set_phase(Zone.FULL_BACK, Stroke.GLIDING)
    view.set_cycles(1.0)
    bounds = view._drawn_bounds
    assert not bounds.isEmpty()
    assert bounds.width() * bounds.height() < 0.2 * 600 * 700
    for mark in view.hands:
        assert bounds.contains(view.to_widget(mark.pos).toPoint())
    for corner, pixmap in view._drawn:  # every pixel drawn, not only the centres
        side = pixmap.width() / pixmap.devicePixelRatio()
        assert bounds.contains(QRectF(corner.x(), corner.y(), side, side).toAlignedRect())
    view.set_cycles(1.01)
    assert view._drawn_bounds != bounds  # the hands moved, and the area with them
