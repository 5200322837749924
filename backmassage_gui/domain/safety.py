"""Before a session: when not to massage at all, and how to adapt a routine.

The screening questions follow the guide's "When to avoid" list; any yes means
no massage today. A care profile (older adult, pregnancy) and sore spots marked
on the back picture change a routine before it runs; ``adapt`` says in plain
lines what it changed so the screen can show it.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from ..i18n import QT_TRANSLATE_NOOP, Context, join_words
from .geometry import Point, zone_shapes
from .pressure import PressureRamp
from .routine import MAX_NAME_LEN, Phase, Routine
from .strokes import Stroke
from .zones import Zone

__all__ = [
    "LIGHT_CAP",
    "MEDIUM_CAP",
    "OLDER_ADULT_SCALE",
    "SCREENING",
    "Adaptation",
    "AvoidSpot",
    "CareProfile",
    "Question",
    "adapt",
    "adapt_with_details",
    "phases_with_spots",
    "screening_advice",
]

#: Highest level allowed where only light pressure is safe (a sore spot).
LIGHT_CAP = 3.0
#: Highest level allowed for an older adult or in pregnancy.
MEDIUM_CAP = 6.0
#: Every level is multiplied by this for an older adult, before the cap.
OLDER_ADULT_SCALE = 0.75


class SafetyCheck(Context):
    """The safety check: when not to massage, who needs care, what changed."""


def adapted_suffix() -> str:
    """What an adapted routine's name ends in, `` (adapted)``."""
    return SafetyCheck.tr(" (adapted)")


@dataclass(frozen=True)
class Question:
    """One yes/no screening question. ``topic`` names it in the advice.
    The fields keep the English source; ``text`` and ``topic`` give them in
    the language in use."""

    key: str
    text_source: str
    topic_source: str = ""

    @property
    def text(self) -> str:
        return SafetyCheck.tr(self.text_source)

    @property
    def topic(self) -> str:
        return SafetyCheck.tr(self.topic_source) if self.topic_source else self.text


SCREENING: tuple[Question, ...] = (
    Question(
        "fever",
        QT_TRANSLATE_NOOP("SafetyCheck", "Do they have a fever or an infection right now?"),
        QT_TRANSLATE_NOOP("SafetyCheck", "a fever or infection"),
    ),
    Question(
        "inflammation",
        QT_TRANSLATE_NOOP(
            "SafetyCheck", "Is any part of the back inflamed, swollen, bruised or freshly injured?"
        ),
        QT_TRANSLATE_NOOP("SafetyCheck", "inflammation, swelling, bruising or a fresh injury"),
    ),
    Question(
        "bones",
        QT_TRANSLATE_NOOP(
            "SafetyCheck",
            "Have they had a recent fracture, or do they have osteoporosis or another "
            "bone condition?",
        ),
        QT_TRANSLATE_NOOP("SafetyCheck", "a recent fracture or a bone condition"),
    ),
    Question(
        "pain",
        QT_TRANSLATE_NOOP(
            "SafetyCheck", "Do they have severe, sharp or unexplained pain in the back?"
        ),
        QT_TRANSLATE_NOOP("SafetyCheck", "severe, sharp or unexplained pain"),
    ),
    Question(
        "skin",
        QT_TRANSLATE_NOOP(
            "SafetyCheck", "Are there cuts, burns, a rash or irritated skin on the back?"
        ),
        QT_TRANSLATE_NOOP("SafetyCheck", "cuts, burns, a rash or irritated skin"),
    ),
    Question(
        "veins",
        QT_TRANSLATE_NOOP("SafetyCheck", "Do they have varicose veins or a possible blood clot?"),
        QT_TRANSLATE_NOOP("SafetyCheck", "varicose veins or a possible blood clot"),
    ),
)


def screening_advice(answers: Mapping[str, bool]) -> str | None:
    """``None`` when every screening answer is no (missing counts as no);
    otherwise calm advice not to massage now, naming each yes."""
    yes = [q.topic for q in SCREENING if answers.get(q.key, False)]
    if not yes:
        return None
    return SafetyCheck.tr(
        "Better not to give a back massage today: you mentioned {topics}. "
        "Massage could make this worse. Please ask a doctor or another health "
        "professional first; the massage can wait until they say it is fine."
    ).format(topics=join_words(yes))


class CareProfile(Enum):
    """Who the massage is for, when they need extra care."""

    NONE = "none"
    OLDER_ADULT = "older_adult"
    PREGNANCY = "pregnancy"

    @property
    def label(self) -> str:
        return SafetyCheck.tr(_PROFILE_TEXT[self][0])

    @property
    def note(self) -> str:
        note = _PROFILE_TEXT[self][1]
        return SafetyCheck.tr(note) if note else ""


_PROFILE_TEXT: dict[CareProfile, tuple[str, str]] = {
    CareProfile.NONE: (QT_TRANSLATE_NOOP("SafetyCheck", "No special care"), ""),
    CareProfile.OLDER_ADULT: (
        QT_TRANSLATE_NOOP("SafetyCheck", "Older adult"),
        QT_TRANSLATE_NOOP(
            "SafetyCheck",
            "Skin is thinner and muscles less elastic with age: pressure stays lighter, "
            "and ask often whether anything feels uncomfortable.",
        ),
    ),
    CareProfile.PREGNANCY: (
        QT_TRANSLATE_NOOP("SafetyCheck", "Pregnancy"),
        QT_TRANSLATE_NOOP(
            "SafetyCheck",
            "Prenatal massage needs special training, so the lower back is left out and "
            "pressure stays at medium or below. Never press on the belly.",
        ),
    ),
}


@dataclass(frozen=True)
class AvoidSpot:
    """A sore or tender spot marked on the back picture, in normalised (u, v)
    art coordinates (see ``geometry``); ``radius`` is in the same units."""

    u: float
    v: float
    radius: float = 0.05
    label: str = ""

    @property
    def point(self) -> Point:
        return (self.u, self.v)


@dataclass(frozen=True)
class Adaptation:
    """What ``adapt`` changed, for the screen and the session history."""

    profile: CareProfile
    spots: tuple[AvoidSpot, ...]
    lines: tuple[str, ...]
    removed_s: float = 0.0
    """Seconds of phases left out (the routine got this much shorter)."""
    light_phases: frozenset[int] = frozenset()
    """Indices, in the adapted routine, of phases held to light pressure for a spot."""

    @property
    def changed(self) -> bool:
        return bool(self.lines)


_ZONE_PLACE: dict[Zone, str] = {
    Zone.FULL_BACK: QT_TRANSLATE_NOOP("SafetyCheck", "the whole back"),
    Zone.SHOULDERS: QT_TRANSLATE_NOOP("SafetyCheck", "the shoulders"),
    Zone.SHOULDER_BLADES: QT_TRANSLATE_NOOP("SafetyCheck", "the shoulder blades"),
    Zone.SPINE_SIDES: QT_TRANSLATE_NOOP("SafetyCheck", "the muscles beside the spine"),
    Zone.LOWER_BACK: QT_TRANSLATE_NOOP("SafetyCheck", "the lower back"),
}


def spot_in_zone(spot: AvoidSpot, zone: Zone) -> bool:
    """Whether a spot (with its radius) touches the zone's area. For the whole
    back that area is the torso outline, so any spot on the back counts."""
    return any(shape.distance(spot.point) <= spot.radius for shape in zone_shapes(zone))


def phases_with_spots(routine: Routine, spots: Sequence[AvoidSpot]) -> set[int]:
    """Indices of the phases whose zone touches any of ``spots``."""
    hit_zones = {zone for zone in Zone if any(spot_in_zone(s, zone) for s in spots)}
    return {i for i, phase in enumerate(routine.phases) if phase.zone in hit_zones}


def adapt(
    routine: Routine, profile: CareProfile, spots: Sequence[AvoidSpot] = ()
) -> tuple[Routine, list[str]]:
    """The routine made safe for ``profile`` and ``spots``, and plain lines
    saying what changed (empty, with the routine unchanged, when nothing did)."""
    adapted, details = adapt_with_details(routine, profile, spots)
    return adapted, list(details.lines)


def adapt_with_details(
    routine: Routine, profile: CareProfile, spots: Sequence[AvoidSpot] = ()
) -> tuple[Routine, Adaptation]:
    """Like ``adapt``, returning the full ``Adaptation`` record."""
    spots = tuple(spots)
    original = list(routine.phases)
    lines: list[str] = []
    # Each kept phase remembers its index in the original routine, so the
    # pressure steps between phases can be compared with the original ones.
    kept: list[tuple[int | None, Phase]] = list(enumerate(original))
    removed_s = 0.0

    if profile is CareProfile.PREGNANCY:
        removed = [p for p in original if p.zone is Zone.LOWER_BACK]
        if removed:
            removed_s = sum(p.duration_s for p in removed)
            kept = [(i, p) for i, p in kept if p.zone is not Zone.LOWER_BACK]
            lines.append(
                SafetyCheck.tr("Lower-back phases left out in pregnancy (−{time}).").format(
                    time=_minutes(removed_s)
                )
            )
            if not kept:
                stand_in = Phase(
                    SafetyCheck.tr("Gentle whole-back glide"),
                    Zone.FULL_BACK,
                    Stroke.GLIDING,
                    min(removed_s, 300.0),
                    PressureRamp(1.0, 2.0),
                )
                removed_s -= stand_in.duration_s
                kept = [(None, stand_in)]
                lines.append(SafetyCheck.tr("A gentle whole-back glide stands in for them."))

    if profile is CareProfile.OLDER_ADULT:
        before = [p for _, p in kept]
        kept = [(i, _scale(p, OLDER_ADULT_SCALE)) for i, p in kept]
        if any(a.pressure != b.pressure for (_, a), b in zip(kept, before, strict=True)):
            lines.append(
                SafetyCheck.tr("Pressure a quarter lighter throughout for an older adult.")
            )

    if profile in (CareProfile.OLDER_ADULT, CareProfile.PREGNANCY):
        capped = [(i, _cap(p, MEDIUM_CAP)) for i, p in kept]
        if any(a.pressure != b.pressure for (_, a), (_, b) in zip(capped, kept, strict=True)):
            lines.append(
                SafetyCheck.tr("Pressure capped at medium for an older adult.")
                if profile is CareProfile.OLDER_ADULT
                else SafetyCheck.tr("Pressure capped at medium in pregnancy.")
            )
        kept = capped

    light: set[int] = set()
    if spots:
        for zone in Zone:
            here = [s for s in spots if spot_in_zone(s, zone)]
            indices = [k for k, (_, p) in enumerate(kept) if p.zone is zone]
            if not here or not indices:
                continue
            light.update(indices)
            changed = False
            for k in indices:
                i, phase = kept[k]
                capped_phase = _cap(phase, LIGHT_CAP)
                changed = changed or capped_phase != phase
                kept[k] = (i, capped_phase)
            if changed:
                names = ", ".join(s.label for s in here if s.label)
                line = (
                    SafetyCheck.tr(
                        "Light pressure only on {place}: a sore spot is marked there{names}."
                    )
                    if len(here) == 1
                    else SafetyCheck.tr(
                        "Light pressure only on {place}: sore spots are marked there{names}."
                    )
                )
                place = SafetyCheck.tr(_ZONE_PLACE[zone])
                lines.append(line.format(place=place, names=f" ({names})" if names else ""))

    phases = [p for _, p in kept]
    if _smooth_steps(routine, kept, phases):
        lines.append(SafetyCheck.tr("Pressure eases in and out around the lighter phases."))

    if not lines:
        return routine, Adaptation(profile, spots, ())
    name, suffix = routine.name, adapted_suffix()
    if not name.endswith(suffix):
        name = name[: MAX_NAME_LEN - len(suffix)].rstrip() + suffix
    adapted = Routine(
        name=name,
        phases=tuple(phases),
        description=routine.description,
        key=routine.key,
        builtin=False,
    )
    return adapted, Adaptation(profile, spots, tuple(lines), removed_s, frozenset(light))


def _smooth_steps(
    routine: Routine, kept: list[tuple[int | None, Phase]], phases: list[Phase]
) -> bool:
    """Lower whichever side of each phase boundary stands too high so no step
    between phases is bigger than the original step there (for phases that were
    neighbours) or than the biggest original step (where a phase was left out).
    Only ever lowers pressure; returns whether anything changed."""
    original = routine.phases
    steps = [abs(a.pressure.end - b.pressure.start) for a, b in itertools.pairwise(original)]
    biggest = max(steps, default=0.0)
    changed = False
    for k in range(len(phases) - 1):
        i, j = kept[k][0], kept[k + 1][0]
        allowed = steps[i] if i is not None and j == i + 1 else biggest
        a, b = phases[k], phases[k + 1]
        if a.pressure.end > b.pressure.start + allowed + 1e-9:
            phases[k] = replace(
                a, pressure=PressureRamp(a.pressure.start, b.pressure.start + allowed)
            )
            changed = True
        elif b.pressure.start > a.pressure.end + allowed + 1e-9:
            phases[k + 1] = replace(
                b, pressure=PressureRamp(a.pressure.end + allowed, b.pressure.end)
            )
            changed = True
    return changed


def _scale(phase: Phase, factor: float) -> Phase:
    ramp = phase.pressure
    return replace(phase, pressure=PressureRamp(ramp.start * factor, ramp.end * factor))


def _cap(phase: Phase, cap: float) -> Phase:
    ramp = phase.pressure
    if ramp.peak <= cap:
        return phase
    return replace(phase, pressure=PressureRamp(min(ramp.start, cap), min(ramp.end, cap)))


def _minutes(seconds: float) -> str:
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    return f"{minutes}:{secs:02d}"
