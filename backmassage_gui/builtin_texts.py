"""The built-in routines' words, for the translators. Generated: do not edit.

Written by ``python tools/routine_texts.py`` from ``assets/routines/*.json``
(lupdate reads no JSON); ``tests/unit/i18n/test_routine_texts.py`` fails when
it is out of date. Nothing imports it: ``catalogue.py`` translates a built-in
routine's texts as it loads the routine.
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP

TEXTS = (
    #: quick: the routine's name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Quick reset"),
    #: quick: the routine's description
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Ten minutes when time is short: a light warm-up, a little focused work on the "
        "shoulders, beside the spine and on the lower back, and a calm finish.",
    ),
    #: quick, phase 1: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Warm-up glide"),
    #: quick, phase 2: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Shoulder circles"),
    #: quick, phase 2: the cue, read and spoken
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Heels of both palms roll slow circles on the shoulders"),
    #: quick, phase 3: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Shoulder blade circles"),
    #: quick, phase 3: the cue, read and spoken
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Fingertips trace small circles around each shoulder blade",
    ),
    #: quick, phase 4: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Thumbs beside the spine"),
    #: quick, phase 4: the cue, read and spoken
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Thumbs step up beside the spine; ask how the pressure is",
    ),
    #: quick, phase 5: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Lower back kneading"),
    #: quick, phase 5: the cue, read and spoken
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Hands take turns to knead small rolls across the low back",
    ),
    #: quick, phase 6: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Upward-and-outward fans"),
    #: quick, phase 6: the cue, read and spoken
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Palms sweep up from the low back and out toward the sides",
    ),
    #: quick, phase 7: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Slow closing glide"),
    #: quick, phase 8: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Resting hands"),
    #: quick, phase 8: the cue, read and spoken
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Both palms rest still on the back, then lift away gently",
    ),
    #: relaxation: the routine's name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Relaxation"),
    #: relaxation: the routine's description
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "A soft, unhurried quarter hour. Every stroke stays light and flowing, moving from the "
        "shoulders toward the hips, then settling into stillness. Good for winding down before "
        "sleep.",
    ),
    #: relaxation, phase 1: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Warm-up glide"),
    #: relaxation, phase 2: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Shoulder circles"),
    #: relaxation, phase 2: the cue, read and spoken
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Heels of both palms roll slow circles on the shoulders"),
    #: relaxation, phase 3: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Shoulder blade circles"),
    #: relaxation, phase 3: the cue, read and spoken
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Fingertips trace small circles around each shoulder blade",
    ),
    #: relaxation, phase 4: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Fans beside the spine"),
    #: relaxation, phase 4: the cue, read and spoken
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Palms fan up and out from the spine; ask if it feels OK"),
    #: relaxation, phase 5: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Lower back circles"),
    #: relaxation, phase 5: the cue, read and spoken
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Heels of palms circle the low back; ask: too light or firm?",
    ),
    #: relaxation, phase 6: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Sweeping fans"),
    #: relaxation, phase 6: the cue, read and spoken
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Palms sweep upward beside the spine, then out to the ribs",
    ),
    #: relaxation, phase 7: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Slow closing glide"),
    #: relaxation, phase 8: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Resting hands"),
    #: relaxation, phase 8: the cue, read and spoken
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Both palms rest still on the back, then lift away gently",
    ),
    #: tension-relief: the routine's name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Tension relief"),
    #: tension-relief: the routine's description
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "About 27 minutes for a tight, tired back. After a long light warm-up it works the "
        "shoulders, the shoulder blades, the muscles either side of the spine and the lower "
        "back, building to firm thumb and knuckle work, then eases off with upward fans and "
        "slow glides. Keep asking how it feels.",
    ),
    #: tension-relief, phase 1: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Warm-up glide"),
    #: tension-relief, phase 2: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Shoulder circles"),
    #: tension-relief, phase 2: the cue, read and spoken
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Heels of both palms roll slow circles on the shoulders"),
    #: tension-relief, phase 3: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Shoulder kneading"),
    #: tension-relief, phase 3: the cue, read and spoken
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Both hands lift and squeeze the shoulder tops in turn"),
    #: tension-relief, phase 4: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Shoulder blade circles"),
    #: tension-relief, phase 4: the cue, read and spoken
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Fingertips circle the blade edges; ask how the pressure is",
    ),
    #: tension-relief, phase 5: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Thumbs beside the spine"),
    #: tension-relief, phase 5: the cue, read and spoken
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Thumbs press either side of the spine, stepping upward"),
    #: tension-relief, phase 6: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Lower back circles"),
    #: tension-relief, phase 6: the cue, read and spoken
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Heels of palms sink in slowly and circle the lower back"),
    #: tension-relief, phase 7: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Lower back kneading"),
    #: tension-relief, phase 7: the cue, read and spoken
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Hands take turns to knead small rolls across the low back",
    ),
    #: tension-relief, phase 8: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Knuckles beside the spine"),
    #: tension-relief, phase 8: the cue, read and spoken
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Soft knuckles roll up beside the spine; check it's not sore",
    ),
    #: tension-relief, phase 9: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Lighter knuckle rolls"),
    #: tension-relief, phase 9: the cue, read and spoken
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Knuckles roll upward beside the spine, easing off each pass",
    ),
    #: tension-relief, phase 10: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Upward-and-outward fans"),
    #: tension-relief, phase 10: the cue, read and spoken
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Palms sweep up from the low back and out toward the sides",
    ),
    #: tension-relief, phase 11: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Long soothing glide"),
    #: tension-relief, phase 12: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Slow closing glide"),
    #: tension-relief, phase 13: its name
    QT_TRANSLATE_NOOP("BuiltinRoutines", "Resting hands"),
    #: tension-relief, phase 13: the cue, read and spoken
    QT_TRANSLATE_NOOP(
        "BuiltinRoutines",
        "Both palms rest still on the back, then lift away gently",
    ),
)
