"""The strokes a phase can ask for, with what the hands do and how fast."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Stroke(Enum):
    GLIDING = "gliding"
    PALM_CIRCLES = "palm_circles"
    FINGERTIP_CIRCLES = "fingertip_circles"
    KNEADING = "kneading"
    PALM_PRESS = "palm_press"
    THUMB_PRESSURE = "thumb_pressure"
    KNUCKLE_PRESSURE = "knuckle_pressure"
    FAN = "fan"
    HOLD = "hold"

    @property
    def info(self) -> StrokeInfo:
        return STROKE_INFO[self]

    @property
    def label(self) -> str:
        return STROKE_INFO[self].label


@dataclass(frozen=True)
class StrokeInfo:
    """How a stroke is done. Tempos are whole strokes (one loop of the
    animation) per minute: long glides are slow, small circles quick.

    ``how`` is the one description of the movement: practice shows it, and
    so does the session for any phase without a cue of its own (the built-in
    routines give gliding phases none, so the glide reads the same
    everywhere). It is kept short enough to read from two metres away.
    """

    label: str
    hand_part: str
    how: str
    tempo_spm: float
    tempo_range: tuple[float, float]
    pressure_range: tuple[float, float]


STROKE_INFO: dict[Stroke, StrokeInfo] = {
    Stroke.GLIDING: StrokeInfo(
        "Long gliding strokes",
        "Flat palms",
        "Flat palms glide down beside the spine and back up the sides",
        tempo_spm=5,
        tempo_range=(3, 10),
        pressure_range=(1, 4),
    ),
    Stroke.PALM_CIRCLES: StrokeInfo(
        "Palm circles",
        "Heels of the palms",
        "Heels of the palms make slow circles",
        tempo_spm=30,
        tempo_range=(20, 45),
        pressure_range=(2, 6),
    ),
    Stroke.FINGERTIP_CIRCLES: StrokeInfo(
        "Fingertip circles",
        "Fingertips",
        "Fingertips make small circles around the shoulder blades",
        tempo_spm=50,
        tempo_range=(40, 60),
        pressure_range=(2, 6),
    ),
    Stroke.KNEADING: StrokeInfo(
        "Kneading",
        "Whole hands",
        "Hands take turns to lift and squeeze, like kneading dough",
        tempo_spm=30,
        tempo_range=(20, 40),
        pressure_range=(3, 7),
    ),
    Stroke.PALM_PRESS: StrokeInfo(
        "Palm presses",
        "Flat palms",
        "Flat palms press and release, stepping slowly along",
        tempo_spm=20,
        tempo_range=(12, 30),
        pressure_range=(2, 6),
    ),
    Stroke.THUMB_PRESSURE: StrokeInfo(
        "Thumb presses",
        "Thumbs",
        "Thumbs press beside the spine, stepping upward, never on it",
        tempo_spm=20,
        tempo_range=(12, 30),
        pressure_range=(3, 8),
    ),
    Stroke.KNUCKLE_PRESSURE: StrokeInfo(
        "Knuckle presses",
        "Soft knuckles",
        "Knuckles roll slowly upward beside the spine, never on it",
        tempo_spm=16,
        tempo_range=(10, 24),
        pressure_range=(3, 8),
    ),
    Stroke.FAN: StrokeInfo(
        "Upward fan strokes",
        "Flat palms",
        "Palms sweep up and out from the spine toward the sides",
        tempo_spm=10,
        tempo_range=(6, 16),
        pressure_range=(1, 5),
    ),
    Stroke.HOLD: StrokeInfo(
        "Resting hands",
        "Whole hands",
        "Hands rest still and warm; breathe slowly together",
        tempo_spm=6,
        tempo_range=(4, 10),
        pressure_range=(0, 2),
    ),
}


def rhythm_text(stroke: Stroke, spm: float | None = None) -> str:
    """The stroke's pace in words, e.g. ``20 presses a minute``."""
    tempo = round(spm if spm is not None else stroke.info.tempo_spm)
    if stroke is Stroke.HOLD:
        return "keep still, breathe slowly"
    unit = {
        Stroke.PALM_PRESS: "presses",
        Stroke.THUMB_PRESSURE: "presses",
        Stroke.KNUCKLE_PRESSURE: "presses",
        Stroke.PALM_CIRCLES: "circles",
        Stroke.FINGERTIP_CIRCLES: "circles",
    }.get(stroke, "strokes")
    return f"{tempo} {unit} a minute"
