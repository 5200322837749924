"""The strokes a phase can ask for, with what the hands do and how fast."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..i18n import QT_TRANSLATE_NOOP, Context


class Strokes(Context):
    """Stroke names, which part of the hands does them, and how."""


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

    @property
    def in_sentence(self) -> str:
        """The name inside a sentence ("uses kneading"), where English writes
        it in lower case and German does not."""
        return Strokes.tr(_IN_SENTENCE[self])


@dataclass(frozen=True)
class StrokeInfo:
    """How a stroke is done. Tempos are whole strokes (one loop of the
    animation) per minute: long glides are slow, small circles quick.

    ``how`` is the one description of the movement: practice shows it, and
    so does the session for any phase without a cue of its own (the built-in
    routines give gliding phases none, so the glide reads the same
    everywhere). It is kept short enough to read from two metres away.

    The words are kept in the English source; ``label``, ``hand_part`` and
    ``how`` give them in the language in use.
    """

    label_source: str
    hand_part_source: str
    how_source: str
    tempo_spm: float
    tempo_range: tuple[float, float]
    pressure_range: tuple[float, float]

    @property
    def label(self) -> str:
        return Strokes.tr(self.label_source)

    @property
    def hand_part(self) -> str:
        return Strokes.tr(self.hand_part_source)

    @property
    def how(self) -> str:
        return Strokes.tr(self.how_source)


STROKE_INFO: dict[Stroke, StrokeInfo] = {
    Stroke.GLIDING: StrokeInfo(
        QT_TRANSLATE_NOOP("Strokes", "Long gliding strokes"),
        QT_TRANSLATE_NOOP("Strokes", "Flat palms"),
        QT_TRANSLATE_NOOP(
            "Strokes", "Flat palms glide down beside the spine and back up the sides"
        ),
        tempo_spm=5,
        tempo_range=(3, 10),
        pressure_range=(1, 4),
    ),
    Stroke.PALM_CIRCLES: StrokeInfo(
        QT_TRANSLATE_NOOP("Strokes", "Palm circles"),
        QT_TRANSLATE_NOOP("Strokes", "Heels of the palms"),
        QT_TRANSLATE_NOOP("Strokes", "Heels of the palms make slow circles"),
        tempo_spm=30,
        tempo_range=(20, 45),
        pressure_range=(2, 6),
    ),
    Stroke.FINGERTIP_CIRCLES: StrokeInfo(
        QT_TRANSLATE_NOOP("Strokes", "Fingertip circles"),
        QT_TRANSLATE_NOOP("Strokes", "Fingertips"),
        QT_TRANSLATE_NOOP("Strokes", "Fingertips make small circles around the shoulder blades"),
        tempo_spm=50,
        tempo_range=(40, 60),
        pressure_range=(2, 6),
    ),
    Stroke.KNEADING: StrokeInfo(
        QT_TRANSLATE_NOOP("Strokes", "Kneading"),
        QT_TRANSLATE_NOOP("Strokes", "Whole hands"),
        QT_TRANSLATE_NOOP("Strokes", "Hands take turns to lift and squeeze, like kneading dough"),
        tempo_spm=30,
        tempo_range=(20, 40),
        pressure_range=(3, 7),
    ),
    Stroke.PALM_PRESS: StrokeInfo(
        QT_TRANSLATE_NOOP("Strokes", "Palm presses"),
        QT_TRANSLATE_NOOP("Strokes", "Flat palms"),
        QT_TRANSLATE_NOOP("Strokes", "Flat palms press and release, stepping slowly along"),
        tempo_spm=20,
        tempo_range=(12, 30),
        pressure_range=(2, 6),
    ),
    Stroke.THUMB_PRESSURE: StrokeInfo(
        QT_TRANSLATE_NOOP("Strokes", "Thumb presses"),
        QT_TRANSLATE_NOOP("Strokes", "Thumbs"),
        QT_TRANSLATE_NOOP("Strokes", "Thumbs press beside the spine, stepping upward, never on it"),
        tempo_spm=20,
        tempo_range=(12, 30),
        pressure_range=(3, 8),
    ),
    Stroke.KNUCKLE_PRESSURE: StrokeInfo(
        QT_TRANSLATE_NOOP("Strokes", "Knuckle presses"),
        QT_TRANSLATE_NOOP("Strokes", "Soft knuckles"),
        QT_TRANSLATE_NOOP("Strokes", "Knuckles roll slowly upward beside the spine, never on it"),
        tempo_spm=16,
        tempo_range=(10, 24),
        pressure_range=(3, 8),
    ),
    Stroke.FAN: StrokeInfo(
        QT_TRANSLATE_NOOP("Strokes", "Upward fan strokes"),
        QT_TRANSLATE_NOOP("Strokes", "Flat palms"),
        QT_TRANSLATE_NOOP("Strokes", "Palms sweep up and out from the spine toward the sides"),
        tempo_spm=10,
        tempo_range=(6, 16),
        pressure_range=(1, 5),
    ),
    Stroke.HOLD: StrokeInfo(
        QT_TRANSLATE_NOOP("Strokes", "Resting hands"),
        QT_TRANSLATE_NOOP("Strokes", "Whole hands"),
        QT_TRANSLATE_NOOP("Strokes", "Hands rest still and warm; breathe slowly together"),
        tempo_spm=6,
        tempo_range=(4, 10),
        pressure_range=(0, 2),
    ),
}


_IN_SENTENCE: dict[Stroke, str] = {
    Stroke.GLIDING: QT_TRANSLATE_NOOP("Strokes", "long gliding strokes"),
    Stroke.PALM_CIRCLES: QT_TRANSLATE_NOOP("Strokes", "palm circles"),
    Stroke.FINGERTIP_CIRCLES: QT_TRANSLATE_NOOP("Strokes", "fingertip circles"),
    Stroke.KNEADING: QT_TRANSLATE_NOOP("Strokes", "kneading"),
    Stroke.PALM_PRESS: QT_TRANSLATE_NOOP("Strokes", "palm presses"),
    Stroke.THUMB_PRESSURE: QT_TRANSLATE_NOOP("Strokes", "thumb presses"),
    Stroke.KNUCKLE_PRESSURE: QT_TRANSLATE_NOOP("Strokes", "knuckle presses"),
    Stroke.FAN: QT_TRANSLATE_NOOP("Strokes", "upward fan strokes"),
    Stroke.HOLD: QT_TRANSLATE_NOOP("Strokes", "resting hands"),
}


def rhythm_text(stroke: Stroke, spm: float | None = None) -> str:
    """The stroke's pace in words, e.g. ``20 presses a minute``."""
    tempo = round(spm if spm is not None else stroke.info.tempo_spm)
    if stroke is Stroke.HOLD:
        return Strokes.tr("keep still, breathe slowly")
    if stroke in (Stroke.PALM_PRESS, Stroke.THUMB_PRESSURE, Stroke.KNUCKLE_PRESSURE):
        return Strokes.tr("%n presses a minute", "", tempo)
    if stroke in (Stroke.PALM_CIRCLES, Stroke.FINGERTIP_CIRCLES):
        return Strokes.tr("%n circles a minute", "", tempo)
    return Strokes.tr("%n strokes a minute", "", tempo)
