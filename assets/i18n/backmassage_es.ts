<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BuiltinRoutines</name>
    <message>
        <source>Quick reset</source>
        <extracomment>quick: the routine&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten minutes when time is short: a light warm-up, a little focused work on the shoulders, beside the spine and on the lower back, and a calm finish.</source>
        <extracomment>quick: the routine&apos;s description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up glide</source>
        <extracomment>quick, phase 1: its name
----------
relaxation, phase 1: its name
----------
tension-relief, phase 1: its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder circles</source>
        <extracomment>quick, phase 2: its name
----------
relaxation, phase 2: its name
----------
tension-relief, phase 2: its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heels of both palms roll slow circles on the shoulders</source>
        <extracomment>quick, phase 2: the cue, read and spoken
----------
relaxation, phase 2: the cue, read and spoken
----------
tension-relief, phase 2: the cue, read and spoken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder blade circles</source>
        <extracomment>quick, phase 3: its name
----------
relaxation, phase 3: its name
----------
tension-relief, phase 4: its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingertips trace small circles around each shoulder blade</source>
        <extracomment>quick, phase 3: the cue, read and spoken
----------
relaxation, phase 3: the cue, read and spoken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbs beside the spine</source>
        <extracomment>quick, phase 4: its name
----------
tension-relief, phase 5: its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbs step up beside the spine; ask how the pressure is</source>
        <extracomment>quick, phase 4: the cue, read and spoken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back kneading</source>
        <extracomment>quick, phase 5: its name
----------
tension-relief, phase 7: its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands take turns to knead small rolls across the low back</source>
        <extracomment>quick, phase 5: the cue, read and spoken
----------
tension-relief, phase 7: the cue, read and spoken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upward-and-outward fans</source>
        <extracomment>quick, phase 6: its name
----------
tension-relief, phase 10: its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palms sweep up from the low back and out toward the sides</source>
        <extracomment>quick, phase 6: the cue, read and spoken
----------
tension-relief, phase 10: the cue, read and spoken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow closing glide</source>
        <extracomment>quick, phase 7: its name
----------
relaxation, phase 7: its name
----------
tension-relief, phase 12: its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resting hands</source>
        <extracomment>quick, phase 8: its name
----------
relaxation, phase 8: its name
----------
tension-relief, phase 13: its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both palms rest still on the back, then lift away gently</source>
        <extracomment>quick, phase 8: the cue, read and spoken
----------
relaxation, phase 8: the cue, read and spoken
----------
tension-relief, phase 13: the cue, read and spoken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relaxation</source>
        <extracomment>relaxation: the routine&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A soft, unhurried quarter hour. Every stroke stays light and flowing, moving from the shoulders toward the hips, then settling into stillness. Good for winding down before sleep.</source>
        <extracomment>relaxation: the routine&apos;s description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fans beside the spine</source>
        <extracomment>relaxation, phase 4: its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palms fan up and out from the spine; ask if it feels OK</source>
        <extracomment>relaxation, phase 4: the cue, read and spoken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back circles</source>
        <extracomment>relaxation, phase 5: its name
----------
tension-relief, phase 6: its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heels of palms circle the low back; ask: too light or firm?</source>
        <extracomment>relaxation, phase 5: the cue, read and spoken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweeping fans</source>
        <extracomment>relaxation, phase 6: its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palms sweep upward beside the spine, then out to the ribs</source>
        <extracomment>relaxation, phase 6: the cue, read and spoken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tension relief</source>
        <extracomment>tension-relief: the routine&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 27 minutes for a tight, tired back. After a long light warm-up it works the shoulders, the shoulder blades, the muscles either side of the spine and the lower back, building to firm thumb and knuckle work, then eases off with upward fans and slow glides. Keep asking how it feels.</source>
        <extracomment>tension-relief: the routine&apos;s description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulder kneading</source>
        <extracomment>tension-relief, phase 3: its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both hands lift and squeeze the shoulder tops in turn</source>
        <extracomment>tension-relief, phase 3: the cue, read and spoken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingertips circle the blade edges; ask how the pressure is</source>
        <extracomment>tension-relief, phase 4: the cue, read and spoken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbs press either side of the spine, stepping upward</source>
        <extracomment>tension-relief, phase 5: the cue, read and spoken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heels of palms sink in slowly and circle the lower back</source>
        <extracomment>tension-relief, phase 6: the cue, read and spoken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knuckles beside the spine</source>
        <extracomment>tension-relief, phase 8: its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft knuckles roll up beside the spine; check it&apos;s not sore</source>
        <extracomment>tension-relief, phase 8: the cue, read and spoken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighter knuckle rolls</source>
        <extracomment>tension-relief, phase 9: its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knuckles roll upward beside the spine, easing off each pass</source>
        <extracomment>tension-relief, phase 9: the cue, read and spoken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long soothing glide</source>
        <extracomment>tension-relief, phase 11: its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
