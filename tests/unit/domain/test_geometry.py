"""The back's geometry: zones sit on the torso, clear of the spine, and the art matches."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from backmassage_gui import resources
from backmassage_gui.domain.geometry import (
    ART_HEIGHT,
    ART_WIDTH,
    ASPECT,
    SPINE_BOTTOM,
    SPINE_KEEP_OFF,
    SPINE_TOP,
    SPINE_X,
    TORSO,
    TORSO_KNOTS_PX,
    BandFrame,
    Ellipse,
    EllipseFrame,
    Point,
    Polygon,
    distance_to_spine,
    mirror,
    zone_frames,
    zone_shapes,
)
from backmassage_gui.domain.zones import Zone

PART_ZONES = [zone for zone in Zone if zone is not Zone.FULL_BACK]
SVG_NS = "{http://www.w3.org/2000/svg}"


def outline(shape: Ellipse | Polygon, per_edge: int = 12) -> list[Point]:
    """Points all round a shape's boundary, edges included, not just corners."""
    if isinstance(shape, Ellipse):
        return [
            (
                shape.cx + shape.rx * math.cos(math.tau * i / 144),
                shape.cy + shape.ry * math.sin(math.tau * i / 144),
            )
            for i in range(144)
        ]
    pts = shape.points
    out: list[Point] = []
    for a, b in zip(pts, pts[1:] + pts[:1], strict=True):
        out.extend(
            (a[0] + (b[0] - a[0]) * k / per_edge, a[1] + (b[1] - a[1]) * k / per_edge)
            for k in range(per_edge)
        )
    return out


def test_constants_describe_the_art() -> None:
    assert (ART_WIDTH, ART_HEIGHT) == (800, 1000)
    assert ASPECT == 0.8
    assert SPINE_X == 0.5
    assert 0.17 <= SPINE_TOP <= 0.21
    assert 0.86 <= SPINE_BOTTOM <= 0.9
    assert SPINE_KEEP_OFF == 0.03


@pytest.mark.parametrize(
    ("p", "expected"),
    [
        ((0.5, 0.5), 0.0),
        ((0.4, 0.5), 0.1),
        ((0.62, SPINE_TOP), 0.12),
        ((0.45, SPINE_BOTTOM), 0.05),
        ((0.5, SPINE_TOP - 0.1), 0.1),
        ((0.5, SPINE_BOTTOM + 0.05), 0.05),
        ((0.53, SPINE_TOP - 0.04), 0.05),
        ((0.44, SPINE_BOTTOM + 0.08), 0.1),
    ],
)
def test_distance_to_spine(p: Point, expected: float) -> None:
    assert distance_to_spine(p) == pytest.approx(expected)


@given(st.floats(0.0, 1.0), st.floats(0.0, 1.0))
def test_distance_to_spine_is_never_more_than_to_any_spine_point(u: float, v: float) -> None:
    d = distance_to_spine((u, v))
    assert d >= 0.0
    for k in range(11):
        on_spine = SPINE_TOP + (SPINE_BOTTOM - SPINE_TOP) * k / 10
        assert d <= math.hypot(u - SPINE_X, v - on_spine) + 1e-12


def test_ellipse_contains_center_and_distance() -> None:
    e = Ellipse(0.3, 0.4, 0.1, 0.05)
    assert e.center == (0.3, 0.4)
    assert e.contains((0.3, 0.4))
    assert e.contains((0.39, 0.4))
    assert not e.contains((0.41, 0.4))
    assert not e.contains((0.3, 0.46))
    assert e.distance((0.3, 0.4)) == 0.0
    assert e.distance((0.45, 0.4)) == pytest.approx(0.05, abs=1e-6)
    assert e.distance((0.3, 0.5)) == pytest.approx(0.05, abs=1e-6)


def test_polygon_contains_center_and_distance() -> None:
    square = Polygon(((0.1, 0.1), (0.3, 0.1), (0.3, 0.3), (0.1, 0.3)))
    assert square.center == pytest.approx((0.2, 0.2))
    assert square.contains((0.2, 0.2))
    assert not square.contains((0.35, 0.2))
    assert square.distance((0.35, 0.2)) == pytest.approx(0.05)
    assert square.distance((0.2, 0.2)) == 0.0
    # Winding must not matter.
    assert Polygon(tuple(reversed(square.points))).contains((0.2, 0.2))
    triangle = Polygon(((0.0, 0.0), (0.6, 0.0), (0.0, 0.3)))
    assert triangle.center == pytest.approx((0.2, 0.1))


@given(st.floats(-0.2, 1.2), st.floats(-0.2, 1.2))
@example(0.5625, 0.8)  # on the bottom edge of a spine-side strip (found by hypothesis)
def test_shape_distance_is_zero_exactly_inside(u: float, v: float) -> None:
    """Zero inside, above zero outside; a point exactly on a polygon's edge may
    count as either (Polygon.contains says so), and is then at distance 0."""
    for zone in Zone:
        for shape in zone_shapes(zone):
            inside = shape.contains((u, v))
            distance = shape.distance((u, v))
            if inside:
                assert distance == 0.0
            elif distance == 0.0:
                assert isinstance(shape, Polygon)
                edges = zip(shape.points, shape.points[1:] + shape.points[:1], strict=True)
                assert any(_on_segment((u, v), a, b) for a, b in edges), (u, v)


def _on_segment(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> bool:
    cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])
    within = (
        min(a[0], b[0]) - 1e-12 <= p[0] <= max(a[0], b[0]) + 1e-12
        and min(a[1], b[1]) - 1e-12 <= p[1] <= max(a[1], b[1]) + 1e-12
    )
    return abs(cross) <= 1e-12 and within


@given(st.floats(0.0, 1.0), st.floats(0.0, 1.0))
def test_ellipse_distance_matches_brute_force(u: float, v: float) -> None:
    e = zone_shapes(Zone.SHOULDER_BLADES)[0]
    assert isinstance(e, Ellipse)
    brute = min(
        math.hypot(u - e.cx - e.rx * math.cos(a), v - e.cy - e.ry * math.sin(a))
        for a in (math.tau * i / 4000 for i in range(4000))
    )
    expected = 0.0 if e.contains((u, v)) else brute
    assert e.distance((u, v)) == pytest.approx(expected, abs=2e-4)


def test_torso_is_the_back_and_nothing_else() -> None:
    for v in (SPINE_TOP + 0.01, 0.3, 0.5, 0.7, SPINE_BOTTOM):
        assert TORSO.contains((0.5, v))
    for outside in [(0.5, 0.08), (0.05, 0.5), (0.95, 0.5), (0.17, 0.6), (0.5, 0.95)]:
        assert not TORSO.contains(outside)
    # Symmetric about the spine, narrower at the waist than at the shoulders and hips.
    width = {v: sum(TORSO.contains((i / 400, v)) for i in range(401)) for v in (0.3, 0.62, 0.8)}
    assert width[0.62] < width[0.3]
    assert width[0.62] < width[0.8]
    for p in TORSO.points:
        assert TORSO.distance(mirror(p)) < 1e-9


def test_full_back_is_the_torso() -> None:
    assert zone_shapes(Zone.FULL_BACK) == (TORSO,)


@pytest.mark.parametrize("zone", PART_ZONES)
def test_zone_parts_lie_on_the_torso_and_off_the_spine(zone: Zone) -> None:
    shapes = zone_shapes(zone)
    assert len(shapes) == 2
    left, right = shapes
    assert left.center[0] < SPINE_X < right.center[0]
    assert mirror(left.center) == pytest.approx(right.center)
    for shape in shapes:
        for p in [*outline(shape), shape.center]:
            assert TORSO.contains(p), (zone, p)
            assert distance_to_spine(p) > SPINE_KEEP_OFF, (zone, p)
            assert p[1] < 0.88, "zones stop above the towel"


@pytest.mark.parametrize("zone", PART_ZONES)
def test_zone_parts_do_not_cover_the_keep_off_strip(zone: Zone) -> None:
    for shape in zone_shapes(zone):
        for i in range(101):
            v = SPINE_TOP + (SPINE_BOTTOM - SPINE_TOP) * i / 100
            for u in (SPINE_X - SPINE_KEEP_OFF, SPINE_X, SPINE_X + SPINE_KEEP_OFF):
                assert not shape.contains((u, v))


def test_zones_sit_where_the_anatomy_is() -> None:
    shoulders = zone_shapes(Zone.SHOULDERS)[0].center
    blades = zone_shapes(Zone.SHOULDER_BLADES)[0].center
    spine_side = zone_shapes(Zone.SPINE_SIDES)[0]
    lower = zone_shapes(Zone.LOWER_BACK)[0].center
    assert shoulders[1] < blades[1] < lower[1]
    assert lower[1] > 0.65
    # The spine-side strips are long and narrow, right beside the keep-off strip.
    pts = outline(spine_side)
    us = [p[0] for p in pts]
    vs = [p[1] for p in pts]
    assert max(vs) - min(vs) > 0.5
    assert max(us) - min(us) < 0.09
    assert SPINE_X - max(us) < SPINE_KEEP_OFF + 0.01


@pytest.mark.parametrize("zone", list(Zone))
def test_frames_cover_their_zone(zone: Zone) -> None:
    frames = zone_frames(zone)
    assert len(frames) == 2
    assert not frames[0].mirrored
    assert frames[1].mirrored
    grid = [-1.0 + i / 10 for i in range(21)]
    for frame in frames:
        for s in grid:
            for t in grid:
                p = frame.at(s, t)
                assert TORSO.contains(p)
                assert distance_to_spine(p) > SPINE_KEEP_OFF
                assert any(shape.distance(p) < 1e-9 for shape in zone_shapes(zone))
    # s = -1 is the spine side, s = +1 the far side.
    for frame in frames:
        assert distance_to_spine(frame.at(-1.0, 0.0)) < distance_to_spine(frame.at(1.0, 0.0))
        assert frame.at(0.0, -1.0)[1] < frame.at(0.0, 1.0)[1]


def test_frame_kinds() -> None:
    assert isinstance(zone_frames(Zone.SHOULDER_BLADES)[0], EllipseFrame)
    shoulders = zone_frames(Zone.SHOULDERS)[0]
    assert isinstance(shoulders, BandFrame)
    assert shoulders.edges_along_s


# --- the art ---------------------------------------------------------------------
def _svg() -> ET.Element:
    return ET.fromstring(resources.read_bytes("back.svg"))


def test_svg_is_plain_and_self_contained() -> None:
    text = resources.read_text("back.svg")
    root = _svg()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 800 1000"
    allowed = {"svg", "g", "path", "ellipse", "rect", "circle", "line", "polyline", "polygon"}
    for element in root.iter():
        assert element.tag.removeprefix(SVG_NS) in allowed, element.tag
        assert "class" not in element.attrib
        assert "style" not in element.attrib
        assert not any("href" in key for key in element.attrib)
    for banned in ("<script", "<filter", "<mask", "<text", "<image", "url(", "<style"):
        assert banned not in text


def test_svg_torso_follows_the_hit_test_outline() -> None:
    torso = next(el for el in _svg().iter() if el.get("id") == "torso")
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", torso.get("d", ""))]
    on_curve = set(zip(numbers[0::2], numbers[1::2], strict=False))
    for x, y in TORSO_KNOTS_PX:
        assert (x, y) in on_curve
        assert (ART_WIDTH - x, y) in on_curve
    # The outline reaches under the towel and no higher than the base of the neck.
    ys = [p[1] for p in TORSO.points]
    assert min(ys) == pytest.approx(SPINE_TOP, abs=0.005)
    assert max(ys) > 0.88
