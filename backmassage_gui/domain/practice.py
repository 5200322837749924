"""What practice mode shows for each stroke: where it is done, how to do it
well, what to avoid, and the pace the user can change."""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import QT_TRANSLATE_NOOP, Context
from .strokes import Stroke
from .zones import Zone


class PracticeTips(Context):
    """Practice mode's advice on each stroke."""


TRACE_SECONDS = 20.0
"""A trace ends on its own after this long (or when the button is let go),
unless the stroke is so slow that fewer than a few strokes fit in it."""
MAX_TRACE_SECONDS = 90.0


def trace_seconds(spm: float) -> float:
    """How long a trace may last: room for at least 2.5 strokes, so even a
    slow glide in slow motion can be timed, but never endless."""
    return min(max(TRACE_SECONDS, 2.5 * 60 / spm), MAX_TRACE_SECONDS)


@dataclass(frozen=True)
class StrokeTips:
    zone: Zone
    """Where practice shows the stroke: the zone it is most used on."""
    zones: tuple[Zone, ...]
    """Every zone the stroke belongs on."""
    well_source: str
    avoid_source: str

    @property
    def well(self) -> str:
        """How to do it well, in the language in use."""
        return PracticeTips.tr(self.well_source)

    @property
    def avoid(self) -> str:
        """What to avoid, in the language in use."""
        return PracticeTips.tr(self.avoid_source)


TIPS: dict[Stroke, StrokeTips] = {
    Stroke.GLIDING: StrokeTips(
        Zone.FULL_BACK,
        (Zone.FULL_BACK,),
        QT_TRANSLATE_NOOP(
            "PracticeTips", "Keep both palms flat and in contact; a slow, even glide relaxes."
        ),
        QT_TRANSLATE_NOOP(
            "PracticeTips",
            "Don't hurry or lift off between strokes; glide beside the spine, not on it.",
        ),
    ),
    Stroke.PALM_CIRCLES: StrokeTips(
        Zone.LOWER_BACK,
        (Zone.LOWER_BACK, Zone.SHOULDERS, Zone.FULL_BACK),
        QT_TRANSLATE_NOOP(
            "PracticeTips", "Lean in through the heels of your palms and let the circles stay slow."
        ),
        QT_TRANSLATE_NOOP(
            "PracticeTips", "Don't grind the bony ridge of the spine or the hip bones."
        ),
    ),
    Stroke.FINGERTIP_CIRCLES: StrokeTips(
        Zone.SHOULDER_BLADES,
        (Zone.SHOULDER_BLADES, Zone.SHOULDERS),
        QT_TRANSLATE_NOOP(
            "PracticeTips",
            "Small circles with the pads of your fingers, working round the blade's edge.",
        ),
        QT_TRANSLATE_NOOP(
            "PracticeTips", "Don't dig in with nails; ease off on tender spots and ask."
        ),
    ),
    Stroke.KNEADING: StrokeTips(
        Zone.LOWER_BACK,
        (Zone.LOWER_BACK, Zone.SHOULDERS),
        QT_TRANSLATE_NOOP(
            "PracticeTips", "Lift and squeeze the thick muscle, hands taking turns, like dough."
        ),
        QT_TRANSLATE_NOOP("PracticeTips", "Don't pinch the skin; knead muscle, not bone."),
    ),
    Stroke.PALM_PRESS: StrokeTips(
        Zone.SPINE_SIDES,
        (Zone.SPINE_SIDES, Zone.LOWER_BACK, Zone.SHOULDER_BLADES),
        QT_TRANSLATE_NOOP(
            "PracticeTips", "Press slowly with flat palms, hold a breath, release, step along."
        ),
        QT_TRANSLATE_NOOP("PracticeTips", "Never press on the spine itself; no sudden pushes."),
    ),
    Stroke.THUMB_PRESSURE: StrokeTips(
        Zone.SPINE_SIDES,
        (Zone.SPINE_SIDES, Zone.SHOULDER_BLADES),
        QT_TRANSLATE_NOOP(
            "PracticeTips",
            "Thumbs a finger's width out from the spine, stepping upward, pressure built slowly.",
        ),
        QT_TRANSLATE_NOOP(
            "PracticeTips", "Never on the spine; stop if it feels sharp rather than good."
        ),
    ),
    Stroke.KNUCKLE_PRESSURE: StrokeTips(
        Zone.SPINE_SIDES,
        (Zone.SPINE_SIDES, Zone.LOWER_BACK),
        QT_TRANSLATE_NOOP(
            "PracticeTips", "Soft, loose fists rolling slowly upward beside the spine."
        ),
        QT_TRANSLATE_NOOP("PracticeTips", "Only after a warm-up; never on bone, never fast."),
    ),
    Stroke.FAN: StrokeTips(
        Zone.SPINE_SIDES,
        (Zone.SPINE_SIDES, Zone.LOWER_BACK, Zone.FULL_BACK),
        QT_TRANSLATE_NOOP(
            "PracticeTips", "Start beside the spine low down and sweep up and out to the sides."
        ),
        QT_TRANSLATE_NOOP("PracticeTips", "Keep the return stroke light; don't drag the skin."),
    ),
    Stroke.HOLD: StrokeTips(
        Zone.FULL_BACK,
        (Zone.FULL_BACK, Zone.LOWER_BACK, Zone.SHOULDERS),
        QT_TRANSLATE_NOOP("PracticeTips", "Rest warm hands still and breathe slowly together."),
        QT_TRANSLATE_NOOP("PracticeTips", "Don't press; this is a pause, not work."),
    ),
}


def also_used_on(stroke: Stroke) -> str:
    """The zones besides the practice one where ``stroke`` is used, as a
    line to show, or ``""`` when there are none."""
    tips = TIPS[stroke]
    others = [z.in_sentence for z in tips.zones if z is not tips.zone]
    if not others:
        return ""
    return PracticeTips.tr("Also used on: {zones}.").format(zones=", ".join(others))


def clamp_tempo(stroke: Stroke, spm: float) -> float:
    """A tempo the user may choose for ``stroke`` (kept inside its range)."""
    low, high = stroke.info.tempo_range
    return min(max(spm, low), high)


def shown_tempo(spm: float, slow_motion: bool) -> float:
    """The animation's pace: slow motion halves it to study the movement."""
    return spm / 2 if slow_motion else spm
