from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPolygonF
from pytestqt.qtbot import QtBot

from backmassage_gui.domain import diagram, hand_shapes
from backmassage_gui.domain.hand_shapes import HandPose
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone
from backmassage_gui.ui.back_view import BackView
from backmassage_gui.ui.hand_sprites import ANGLE_STEP, HandSprites, angle_step, hand_transform


def _inked(image: QImage) -> list[tuple[int, int]]:
    return [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 8
    ]


@pytest.mark.parametrize("pose", list(HandPose))
@pytest.mark.parametrize(
    ("facing_deg", "right", "press", "dpr"),
    [
        (-90, False, 0.0, 1.0),
        (-90, True, 1.0, 1.0),
        (30, False, 0.5, 2.0),
        (148, True, 0.7, 1.0),
        (212, False, 1.0, 2.0),
    ],
)
def test_a_drawn_hand_stays_inside_its_outline(
    qtbot: QtBot, pose: HandPose, facing_deg: float, right: bool, press: float, dpr: float
) -> None:
    """The safety and readability checks run on hand_shapes' outline: they
    hold on screen only if no pixel of the drawn hand falls outside it."""
    sprites = HandSprites()
    sprites.set_device_pixel_ratio(dpr)
    length = 48.0
    facing = math.radians(facing_deg)
    sprite = sprites.hand(pose, facing, length, right, press)
    image = sprite.pixmap.toImage()
    inked = _inked(image)
    assert len(inked) > 0.1 * image.width() * image.height(), "a hand was drawn"
    # The outline at the angle the sprite was drawn at, in device pixels,
    # grown by one pixel for antialiasing.
    drawn_at = math.radians(angle_step(facing) * ANGLE_STEP)
    to_px = hand_transform(drawn_at, length, right)
    corners = [
        to_px.map(QPointF(x, y)) * dpr + sprite.anchor * dpr
        for x, y in hand_shapes.local_outline(pose)
    ]
    centre = QPolygonF(corners).boundingRect().center()
    grown = QPolygonF(
        [
            c
            + (c - centre)
            * (1.5 * dpr / max(1.0, math.dist((c.x(), c.y()), (centre.x(), centre.y()))))
            for c in corners
        ]
    )
    outside = [
        (x, y)
        for x, y in inked
        if not grown.containsPoint(QPointF(x + 0.5, y + 0.5), Qt.FillRule.OddEvenFill)
    ]
    assert outside == [], f"{len(outside)} pixels outside the outline"


def test_the_working_part_is_marked_and_deepens_with_pressure(qtbot: QtBot) -> None:
    sprites = HandSprites()
    light = sprites.hand(HandPose.HEEL, -math.pi / 2, 60.0, False, 0.0)
    firm = sprites.hand(HandPose.HEEL, -math.pi / 2, 60.0, False, 1.0)
    # The heel (the anchor) is tinted red-orange, not the hand's cream ...
    at = light.anchor.toPoint()
    heel = light.pixmap.toImage().pixelColor(at)
    assert heel.red() > 180 and heel.blue() < 120
    palm = light.pixmap.toImage().pixelColor(at.x() + 4, round(at.y() - 0.26 * 60))
    assert palm.blue() > 150, "the rest of the hand is cream"
    # ... and presses harder: darker round its edge when pressing.
    edge = QPointF(light.anchor.x() + 0.13 * 60, light.anchor.y())
    assert (
        firm.pixmap.toImage().pixelColor(edge.toPoint()).lightness()
        < light.pixmap.toImage().pixelColor(edge.toPoint()).lightness()
    )


def test_sprites_are_made_once_per_angle_step_and_the_cache_stays_bounded(qtbot: QtBot) -> None:
    sprites = HandSprites()
    first = sprites.hand(HandPose.FLAT, 0.0, 40.0, False, 0.5)
    same = sprites.hand(HandPose.FLAT, math.radians(ANGLE_STEP * 0.4), 40.1, False, 0.58)
    assert same is first  # within the rounding (a glide's steady press): the same pixmap
    assert sprites.hand(HandPose.FLAT, 0.0, 40.0, True, 0.5) is not first
    assert sprites.hand(HandPose.FLAT, 0.0, 40.0, False, 0.8) is not first
    for i in range(3000):  # a long resize drag
        sprites.hand(HandPose.THUMB, i * 0.1, 20 + (i % 100) * 0.5, i % 2 == 0, (i % 17) / 16)
    assert len(sprites) <= 1200


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
    for corner, pixmap in view._drawn:  # every pixel drawn, not only the anchors
        side_w = pixmap.width() / pixmap.devicePixelRatio()
        side_h = pixmap.height() / pixmap.devicePixelRatio()
        assert bounds.contains(QRectF(corner.x(), corner.y(), side_w, side_h).toAlignedRect())
    view.set_cycles(1.01)
    assert view._drawn_bounds != bounds  # the hands moved, and the area with them


def test_arrowheads_under_a_hand_are_left_out_and_come_back(qtbot: QtBot) -> None:
    """A hand never covers an arrowhead: the one it would overlap is not
    drawn at that moment, and is again once the hand has passed."""
    view = BackView()
    qtbot.add_widget(view)
    view.resize(600, 700)
    view.set_phase(Zone.FULL_BACK, Stroke.GLIDING)
    seen_hidden: set[int] = set()
    for i in range(100):
        view.set_cycles(i / 100)
        assert view.hidden_arrows == diagram.covered(Stroke.GLIDING, Zone.FULL_BACK, i / 100)
        seen_hidden |= view.hidden_arrows
    assert seen_hidden, "the hands pass over the arrowheads of their loop"
    view.set_cycles(0.5)
    assert view.hidden_arrows != frozenset(seen_hidden)
