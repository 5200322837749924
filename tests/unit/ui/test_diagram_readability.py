"""The stroke diagram read as a person reads it from a metre or two away
(issue 13): arrowheads big enough, lines thick enough, the path colour
standing out from the back and from the highlighted zone, and the way a
circle turns shown even when nothing moves."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain import diagram, geometry, motion
from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.domain.safety import AvoidSpot
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone
from backmassage_gui.ui.back_view import PATH_COLOUR, BackView
from backmassage_gui.ui.main_window import MainWindow
from backmassage_gui.ui.sound import SilentChime


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_arrowheads_and_lines_are_big_enough_in_the_session(
    qtbot: QtBot, show_active: Callable[[QWidget], None], size: tuple[int, int]
) -> None:
    library = load_builtin_library()
    clock = ManualClock()
    window = MainWindow(
        library,
        library.get("relaxation") or library.routines[0],
        clock=clock,
        wall=clock,
        chime=SilentChime(),
        safety_check=False,
    )
    show_active(window)
    window.resize(*size)
    qtbot.wait_until(lambda: window.size().width() == size[0])
    back = window.session_page.back
    scale = back.art_rect().width() / geometry.ART_WIDTH
    for polygon in back.arrow_polygons():
        tip, left, right = (polygon.at(i) for i in range(3))
        base = (left + right) / 2
        length = math.hypot(tip.x() - base.x(), tip.y() - base.y())
        assert length >= 24.0, f"{length:.1f} px at {size}"
        assert length == pytest.approx(diagram.ARROW_LENGTH * scale, rel=1e-6), "scales"
    assert back.path_width() >= 3.0
    if size == (1920, 1080):
        assert back.path_width() > 3.0, "lines grow with the view"


def _zone_pixels(
    view: BackView,
    image: QImage,
    shapes: tuple[geometry.Shape, ...],
    margin_px: float,
    away_from: QPointF | None = None,
    by: float = 0.0,
) -> list[QColor]:
    """Colours inside ``shapes`` at least ``margin_px`` from their edges (and
    ``by`` pixels from ``away_from``)."""
    rect = view.art_rect()
    found = []
    margin = margin_px / rect.width()
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            u = (x + 0.5 - rect.left()) / rect.width()
            v = (y + 0.5 - rect.top()) / rect.height()
            inside = [s for s in shapes if s.contains((u, v))]
            if not inside:
                continue
            near_edge = any(
                not s.contains((u + du, v + dv))
                for s in inside
                for du, dv in ((margin, 0), (-margin, 0), (0, margin * 0.8), (0, -margin * 0.8))
            )
            if away_from is not None and math.dist((x, y), (away_from.x(), away_from.y())) < by:
                continue
            if not near_edge and geometry.distance_to_spine((u, v)) > 2 * geometry.SPINE_KEEP_OFF:
                found.append(image.pixelColor(x, y))
    return found


@pytest.mark.parametrize("greyed", [False, True])
@pytest.mark.parametrize("zone", list(Zone))
def test_the_path_colour_stands_out_from_the_zone_and_the_back(
    qtbot: QtBot, zone: Zone, greyed: bool
) -> None:
    """At least 4.5:1 (WCAG AA for text) between the path's white and every
    colour the highlighted zone is painted with (fill and hatching, and the
    grey of a zone with a sore spot), and the back around it."""
    view = BackView()
    qtbot.add_widget(view)
    view.resize(700, 820)
    view.set_phase(zone, Stroke.HOLD)  # a hold draws no path over the zone
    spot = None
    if greyed:
        centre = geometry.zone_shapes(zone)[0].center
        view.set_spots((AvoidSpot(centre[0], centre[1], 0.02),))
        spot = view.to_widget(centre)
    assert view.zone_greyed == greyed
    image = view._static_pixmap().toImage()
    shapes = diagram.highlight_shapes(Stroke.HOLD, zone)
    # Leave out the sore spot's own red ring, drawn over the zone.
    colours = _zone_pixels(view, image, shapes, 8.0, spot, 0.02 * view.art_rect().width() + 8)
    assert len(colours) > 50
    worst = min(contrast(PATH_COLOUR, c) for c in colours)
    assert worst >= 4.5, f"{worst:.2f}:1"
    back = QColor("#444c5c")  # the torso's fill in back.svg
    assert contrast(PATH_COLOUR, back) >= 4.5


@pytest.mark.parametrize("stroke", [Stroke.PALM_CIRCLES, Stroke.FINGERTIP_CIRCLES])
@pytest.mark.parametrize("zone", [z for z in Zone if z is not Zone.SPINE_SIDES])
def test_circles_show_their_turn_with_motion_reduced(
    qtbot: QtBot, stroke: Stroke, zone: Zone
) -> None:
    """With reduced motion the hands stand still at the start; every arrow
    round each hand's ring is still drawn, in sight, turning its way."""
    view = BackView()
    qtbot.add_widget(view)
    view.resize(600, 760)
    view.set_phase(zone, stroke)
    view.set_reduced_motion(True)
    view.set_cycles(3.3)
    assert view.hands == motion.hands(stroke, zone, 0.0)
    assert view.hidden_arrows == frozenset()
    found = diagram.arrows(stroke, zone)
    for hand in (0, 1):
        assert sum(1 for a in found if a.hand == hand) >= 2
    # What is drawn is those arrowheads: white pixels at each one's middle.
    view.repaint()
    image = view.grab().toImage()
    dpr = image.devicePixelRatio()
    for polygon in view.arrow_polygons():
        middle = (polygon.at(0) + polygon.at(1) + polygon.at(2)) / 3
        pixel = image.pixelColor((middle * dpr).toPoint())
        assert pixel.lightness() > 200, pixel.name()
