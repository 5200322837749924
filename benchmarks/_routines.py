"""Routines made up for the benchmarks (no Qt)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import _common  # noqa: F401  (puts the checkout on sys.path)

from backmassage_gui.domain.pressure import PressureRamp
from backmassage_gui.domain.routine import Phase, Routine
from backmassage_gui.domain.strokes import Stroke
from backmassage_gui.domain.zones import Zone

_MOVING_STROKES = [s for s in Stroke if s is not Stroke.HOLD]
_ZONES_FOR = {
    # every stroke on a zone the built-ins also use it on
    Stroke.GLIDING: Zone.FULL_BACK,
    Stroke.PALM_CIRCLES: Zone.SHOULDERS,
    Stroke.FINGERTIP_CIRCLES: Zone.SHOULDER_BLADES,
    Stroke.KNEADING: Zone.SHOULDERS,
    Stroke.PALM_PRESS: Zone.LOWER_BACK,
    Stroke.THUMB_PRESSURE: Zone.SPINE_SIDES,
    Stroke.KNUCKLE_PRESSURE: Zone.LOWER_BACK,
    Stroke.FAN: Zone.FULL_BACK,
    Stroke.HOLD: Zone.LOWER_BACK,
}


def short_phase_routine(
    count: int, phase_s: float, *, name: str = "Benchmark", with_hold: bool = True
) -> Routine:
    """``count`` phases of ``phase_s`` seconds each, cycling through strokes and
    zones (so every phase change repaints the silhouette)."""
    strokes = list(Stroke) if with_hold else _MOVING_STROKES
    phases = []
    for i, stroke in zip(range(count), itertools.cycle(strokes), strict=False):
        lo = 1 + (i % 4)
        phases.append(
            Phase(
                name=f"Phase {i + 1}",
                zone=_ZONES_FOR[stroke],
                stroke=stroke,
                duration_s=float(phase_s),
                pressure=PressureRamp(lo, lo + 2),
                cue=f"Benchmark phase {i + 1}",
            )
        )
    return Routine(name=name, phases=tuple(phases), key="benchmark")


def write_routine(routine: Routine, path: Path) -> Path:
    path.write_text(routine.to_json(), encoding="utf-8")
    json.loads(path.read_text())  # sanity
    return path
