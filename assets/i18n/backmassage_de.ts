<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AftercareView</name>
    <message>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.  A glass or two of water for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2.  Let them lie quietly for ten to fifteen minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the rest timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the rest timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.  When they get up: slow shoulder rolls and gentle side bends, only as far as feels easy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the rest timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with the rest timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackText</name>
    <message numerus="yes">
        <source>%n sore spot(s) marked: keep them light.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackView</name>
    <message>
        <source>Spine: never press on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back diagram</source>
        <extracomment>Width of the path lines and of their dark edge, as shares of the art&apos;s width: 3.5 and 1.2 pixels where the art is 416 pixels wide (1366 x 768). The path&apos;s colour and the dark edge that keeps it readable over the zone&apos;s hatching; the contrast with the back and the zone fill is checked in tests/unit/ui/test_diagram_readability.py. How strongly the zone to work is tinted (alpha of ACCENT), and its hatching: dark lines, so the white path keeps 4.5:1 against all of it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone}, out to the sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (light only: sore spot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work here: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work here: {where}{light}. Stroke: {stroke}. {spine} (marked down the middle).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuiltinRoutines</name>
    <message>
        <source>Quick reset</source>
        <extracomment>quick: the routine&apos;s name</extracomment>
        <translation>Kurz und gut</translation>
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
        <translation>Entspannung</translation>
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
    <name>CareController</name>
    <message>
        <source>sore spot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareText</name>
    <message>
        <source>Care: {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the back where it is sore or bruised; click a mark again to clear it. {key} when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done marking.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPrompt</name>
    <message>
        <source>Check-in. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInText</name>
    <message>
        <source>{key} fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} lighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} stop here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in: how is the pressure?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckIns</name>
    <message>
        <source>Firm pressure for a while: check nothing feels sore.</source>
        <extracomment>No two prompts closer together than this. Where firm pressure starts (the low edge of the Firm band). A phase ending at or below this counts as light for winding down. Strokes a wind-down may use.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure is getting very firm: ask if it is too much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure moves up to {band}: ask whether it feels okay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Exit status: 0 done; 1 a file or folder could not be used (the message says which and why); 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {option}: invalid choice: {value} (choose from {choices})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {option}: expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {option}: expected {count} arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {option}: not allowed with argument {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides you through giving a back massage, phase by phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>built-in routine name or path to a routine file (default: relaxation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin at once: the safety check, then the get-ready countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the built-in routines with their lengths and exit</source>
        <translation>die eingebauten Abläufe mit ihrer Dauer ausgeben und beenden</translation>
    </message>
    <message>
        <source>render the window to a PNG at the moment given by --at, without a display, and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --screenshot: seconds into the routine (negative values show the get-ready countdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session history is off: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be from {smallest} to 7680x4320, got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at must be at least -{seconds} (the get-ready countdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --screenshot: which screen (practice shows the stroke of the phase at --at; default {view})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the app in this language: a code such as de or es, or a .qm catalogue (default: the one chosen in View › Language, else the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a routine file: exit 0 when valid, 1 with its problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write any routine (built-in or your own) to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a routine file, then add it to your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the app and its icon to your desktop&apos;s application menu (Linux), then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove what --install-desktop-entry added, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}; showing English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: can&apos;t be used: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routines work as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {routine} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>imported {name} as {key} (%n phase(s), {length})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--at, --size and --view only apply with --screenshot PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --screenshot: window size (default 1366x768)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: not a usable routine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session history was damaged, so it was kept aside as {path} and a new one started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{path}: valid: {name}, %n phase(s), {length}, pressure up to {peak}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--at takes a number of seconds, got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at takes a finite number of seconds, got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT such as 1366x768, got {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {path}: the file or its folder cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote {path} ({size}, {routine} at {at} s: {summary})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set): start the app from a desktop. --screenshot, --validate, --list-routines, --export-routine, --import-routine and --install-desktop-entry work without one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>+{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Abläufe</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the previous phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {seconds} seconds to this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished">Neu beginnen</translation>
    </message>
    <message>
        <source>Back to the start of the routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sore spots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the back to mark a spot to keep light (click it again to clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through the safety check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the routine in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a routine of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a routine from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the routine to a file to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move your routine to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huge countdown, the back and the pressure only, for across the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen, the table view or aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the chime on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn spoken cues on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still diagrams (reduced motion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show strokes as still diagrams instead of moving hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced motion on: still diagrams instead of moving hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced motion off: the hands move again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for a key between phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold at each phase&apos;s end until any key (or a foot pedal) is pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each phase now waits for a key at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases follow on by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in answer: the pressure is fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighter, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in answer: lighter for the rest of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in answer: go to the gentle ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the session and practice mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In practice: trace the stroke for a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When not to massage, and how to stay safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which version this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a phase after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this phase up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this phase down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (a built-in routine: save a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: start / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys}: phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: all keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in the window: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CueStatus</name>
    <message>
        <source>no audio output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cues are shown on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output: {goes_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chime or spoken cues ({reasons}): {goes_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken and on-screen cues go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chime unavailable ({reason}): {goes_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chimes and on-screen cues go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues unavailable ({reason}): {goes_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s audio module could not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio system stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio device could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s speech module could not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no speech engine on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine did not start: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no voice for {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speech engine could not be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <source>a launcher entry is for Linux desktops (freedesktop.org); on macOS and Windows use the standalone bundle (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no installed {command} command was found for the entry to start. Install the app first (README, &quot;Set up&quot;), then run {command} --install-desktop-entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command&apos;s path has a line break in it: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>already installed, nothing changed: {entry} and its %n icon file(s); it starts {command}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n other file(s) already up to date)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Back Massage Coach is in your application menu; it starts {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to remove: no launcher entry for Back Massage Coach under {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Massage Coach is no longer in your application menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorText</name>
    <message numerus="yes">
        <source>%n phase(s) · {length} in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drive is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something is already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path loops through links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Back Massage Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Massage Coach {version}&lt;br&gt;Guides you through a back massage, phase by phase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Session history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide suggests a massage once or twice a week. Your last six weeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {phases}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in the last four weeks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than the usual once or twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {day}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked for lighter pressure %n time(s) in four weeks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Strg</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The app will be in {language} from its next start.</source>
        <translation>Ab dem nächsten Start ist die App auf {language}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>unknown routine {name}; known routines: {known}</source>
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
        <translation>{first} und {last}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back Massage Coach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Chime volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice about your files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelText</name>
    <message numerus="yes">
        <source>All %n phase(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhasePanel</name>
    <message>
        <source>Phase number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone and stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left in phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the hands do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase {number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let them rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave them lying quietly for a few minutes, then offer water.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rush to sit up: a slow roll to the side is kinder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First: {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press {key}: {time} to rest your hands on the back, then the timer starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First: {phase} · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {phase} · {zone} · {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: the end, a short rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: {left} left of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseTableModel</name>
    <message>
        <source>Problem: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit {column} of phase {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move phase {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the session ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeTips</name>
    <message>
        <source>Keep both palms flat and in contact; a slow, even glide relaxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t hurry or lift off between strokes; glide beside the spine, not on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lean in through the heels of your palms and let the circles stay slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t grind the bony ridge of the spine or the hip bones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small circles with the pads of your fingers, working round the blade&apos;s edge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t dig in with nails; ease off on tender spots and ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift and squeeze the thick muscle, hands taking turns, like dough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t pinch the skin; knead muscle, not bone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press slowly with flat palms, hold a breath, release, step along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never press on the spine itself; no sudden pushes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbs a finger&apos;s width out from the spine, stepping upward, pressure built slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never on the spine; stop if it feels sharp rather than good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft, loose fists rolling slowly upward beside the spine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only after a warm-up; never on bone, never fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start beside the spine low down and sweep up and out to the sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the return stroke light; don&apos;t drag the skin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest warm hands still and breathe slowly together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t press; this is a pause, not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also used on: {zones}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <source>Strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and with what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing it well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo, strokes a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow motion: half speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet tick on each stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace it  (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace the stroke for a score. Key: T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the moving hands, then press Trace it and follow one with the mouse or a finger: press, drag for a few strokes, let go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the score means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{measure} score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure {range}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do: {well}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid: {avoid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best so far: {best}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press on the back and follow a moving hand for a few strokes; let go to see your score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trace is in blue over the path. Trace it again to improve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best so far: {overall} (new best!)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pressure</name>
    <message>
        <source>Light</source>
        <extracomment>Above this a home massage is pressing harder than it should.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too much pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressureCurve</name>
    <message>
        <source>No phases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pressure over the session, %n phase(s) in {length}: from {start} up to {peak} of 10 in {phase}, ending at {end}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressureGauge</name>
    <message>
        <source>Pressure, on a scale of {bands}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pressure}, {level} of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, rising to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, easing to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{arrow} to {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PressurePlot</name>
    <message>
        <source>Pressure timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PulseDot</name>
    <message>
        <source>Stroke pulse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineChoice</name>
    <message>
        <source>Switch routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to {name}? The session in progress will end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is ready to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}”; pick it when this session is over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineDraftText</name>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (m:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the hands do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length (m:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressure from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressure to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the hands do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the phase a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the routine a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine&apos;s name is longer than {most} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine has at most {most} phases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditing</name>
    <message>
        <source>use m:ss, like 2:30</source>
        <extracomment>Fitted durations are whole multiples of this, so times read cleanly.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a time, like 2:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use minutes, like 20 min, or m:ss, like 25:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter a length, like 20 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total length must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time can&apos;t be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} is far too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write seconds with two digits, like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds must be 0–59 in {typed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write minutes with two digits after the hours in {typed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes must be 0–59 in {typed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{unit}&quot; is not a unit I know; {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give hours, then minutes, then seconds, each once, in {typed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that is far too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no phases to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total length must be a whole multiple of {step} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) need at least {least} ({each} s each)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) can last at most {most} (an hour each)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{phase} has no length to scale from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phases yet — begin with a light gliding warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a light gliding warm-up; {phase} uses {stroke}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} reaches {level} — keep the opening warm-up light ({light} or less)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure jumps from {before} to {after} at {phase} — build up gradually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure drops from {before} to {after} at {phase} — ease off gradually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} goes from {start} to {end} — too steep for one phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} is firm ({level}) in the first 5 minutes — save firm work for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} is over {light} in the first 2 minutes — warm up with light strokes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} reaches {level} — more than a home massage should use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}: press beside the spine or on one area, not the whole back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} ends at {level} — end gently, easing down to {light} or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End gently: finish with a slow glide or resting hands after {phase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”</source>
        <extracomment>A phase&apos;s name in a sentence, in the language&apos;s own quotation marks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routine editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine editor (recovered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a built-in routine: it cannot be changed, but you can save your edits as a copy of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 20 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to a total length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase {number}, {column}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in routines are read-only: save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{routine} · Routine editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate phase {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete phase {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move phase {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked cells first, then fit the length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fit to {text}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fit to {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked cells first; they say what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine has problems to fix before it can be saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to {routine}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this routine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <source>, got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; got {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold a JSON object, got {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;{format}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version} was made by a newer version of the app (this one reads version {readable}); please update the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold 1 to {most} phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is {size} bytes; routine files may be at most {most} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at position {position})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply to be a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: {error} at line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a usable JSON value: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{constant} is not allowed; use an ordinary number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number of seconds from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;spine&quot; is never a target: never press on the spine; use &quot;spine_sides&quot; to work the muscles beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text of 1 to {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (allowed: {keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineManager</name>
    <message>
        <source>My routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{routine}” had unsaved changes when the app closed ({when}). Open them again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t import this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a routine this app can use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{name}” to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete routine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}”? It moves to the trash folder inside the app&apos;s data folder, so it can still be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} · can&apos;t be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyCheck</name>
    <message>
        <source> (adapted)</source>
        <extracomment>Highest level allowed where only light pressure is safe (a sore spot). Highest level allowed for an older adult or in pregnancy. Every level is multiplied by this for an older adult, before the cap.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do they have a fever or an infection right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fever or infection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is any part of the back inflamed, swollen, bruised or freshly injured?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inflammation, swelling, bruising or a fresh injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have they had a recent fracture, or do they have osteoporosis or another bone condition?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recent fracture or a bone condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do they have severe, sharp or unexplained pain in the back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe, sharp or unexplained pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are there cuts, burns, a rash or irritated skin on the back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cuts, burns, a rash or irritated skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do they have varicose veins or a possible blood clot?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>varicose veins or a possible blood clot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better not to give a back massage today: you mentioned {topics}. Massage could make this worse. Please ask a doctor or another health professional first; the massage can wait until they say it is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No special care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skin is thinner and muscles less elastic with age: pressure stays lighter, and ask often whether anything feels uncomfortable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prenatal massage needs special training, so the lower back is left out and pressure stays at medium or below. Never press on the belly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shoulder blades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the muscles beside the spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-back phases left out in pregnancy (−{time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle whole-back glide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle whole-back glide stands in for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure a quarter lighter throughout for an older adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure capped at medium for an older adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure capped at medium in pregnancy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light pressure only on {place}: a sore spot is marked there{names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light pressure only on {place}: sore spots are marked there{names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure eases in and out around the lighter phases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Before you start: a safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick any that apply to the person on the table today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything changed since last time? Tick any that apply today; Enter confirms all clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care profile: {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clear: go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue anyway, against the advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyFlow</name>
    <message>
        <source>Care profile set to {profile}; it applies from the next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going on against the safety advice: keep it light and stop at any discomfort.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenAwakeText</name>
    <message>
        <source>A massage session is running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCues</name>
    <message>
        <source>Time&apos;s up. Next: {zone}, {stroke}. Press any key when ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>The session history could not be saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>◀  Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}. Key: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Warm a little oil in your palms, then rest both hands on the back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is the pressure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One minute left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done. A glass of water, and let them rest quietly for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure is fine: carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighter from now on: the pressure is lowered for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping here: on to the gentle ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the massage if they have a fever or infection, a fresh injury, swelling or bruising, a recent fracture or a bone condition, broken or irritated skin, varicose veins or a suspected clot, or sharp pain nobody has explained. Ask a health professional first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take extra care with older adults (lighter strokes) and in pregnancy (leave the lower back alone unless you are trained).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never press on the spine itself: work the muscles on either side of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm up with light strokes first and build pressure slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask how the pressure feels, and ease off at any sign of discomfort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready · {key} to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Get ready: hands on the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Time&apos;s up · any key: next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused · {key} to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done · {key} to start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete. Let them rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase {number} of {count}: {phase}. {zone}, {stroke}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting ready, {time}. First: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} {time} left. {pressure}, {level} of 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer went to sleep, so the session paused where it was. Press {key} to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase}. {instruction}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>Could not read the settings file {path}; using the default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {setting} {value} {problem}; using {default}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window&apos;s size and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your best practice score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {path} is damaged; settings that could not be read are back to their defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {path} was damaged, so it was set aside as {kept}; settings that could not be read are back to their defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {what} to {path}: the file or its folder cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not a routine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a language the app has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not between {low} and {high} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was not between {low} and {high} (0% to 100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routine choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sound setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-screen setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety check setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual advance setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reduced motion setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoken cues setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Could not save {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {what}: there is no folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {what}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a new history file {path}: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the history file {path}: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the history file {path}: {exc}. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history file {path}: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to the history file {path}: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save to the history file {path}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bring the history file up to date: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file {path} is damaged and could not be moved aside: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) of yours from {sources} into the app&apos;s own folder {folder}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A different file had the same name, so both are kept: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} could not be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} was left where it is: no free name for it in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} could not be moved to {target}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} could not be copied to {target}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routines, settings and session history can&apos;t be saved. {problem} Built-in routines work as usual. To keep your own, set {variable} to a folder you can write to, or fix this one and restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is on a read-only drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no permission to write in the data folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} can&apos;t be made: part of its path is a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} can&apos;t be used: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not use the folder {folder}: it is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Set {variable} to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the routines folder {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the routine {name}: it would take {count} bytes; routine files may be at most {most} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move {path} to the trash folder {trash}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routine in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the routine in {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find a free file name for {base} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the draft {path}: {exc}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the draft {path}: it would take {count} bytes; drafts may be at most {most} bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the draft {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StretchFigure</name>
    <message>
        <source>Stretch animation</source>
        <extracomment>The bend of a side bend comes from the waist, the narrowest point. How much of a shoulder roll each torso knot takes part in: the top of the shoulders all of it, the flank below the armpit none.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {movement}, {how}. The figure loops through slow shoulder rolls and gentle side bends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stretches</name>
    <message>
        <source>Shoulder rolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side bends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up, back and down, slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over to each side, only as far as is easy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strokes</name>
    <message>
        <source>Long gliding strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat palms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat palms glide down beside the spine and back up the sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palm circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heels of the palms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heels of the palms make slow circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingertip circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingertips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingertips make small circles around the shoulder blades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kneading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands take turns to lift and squeeze, like kneading dough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palm presses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat palms press and release, stepping slowly along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumb presses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbs press beside the spine, stepping upward, never on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knuckle presses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft knuckles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knuckles roll slowly upward beside the spine, never on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upward fan strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palms sweep up and out from the spine toward the sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resting hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands rest still and warm; breathe slowly together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long gliding strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>palm circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingertip circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kneading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>palm presses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thumb presses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knuckle presses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upward fan strokes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resting hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep still, breathe slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n presses a minute</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n circles a minute</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strokes a minute</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableFace</name>
    <message>
        <source>Table view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Session complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First: {phase}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Times</name>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceBackView</name>
    <message>
        <source>Crossed the spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice back diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{crossed}: your trace went over it, marked with crosses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceText</name>
    <message>
        <source>Crossed the spine: keep to the muscles either side.</source>
        <extracomment>Mean distance from the path (art widths) that scores 0 on path. One point counts at most this far off, so a single slip of the mouse cannot wipe out an otherwise good trace. Tempo within this factor of the target scores 100 ... ... falling smoothly to 0 at this factor (half or double the target). Shortest trace worth scoring. Half-width of the strip along the spine a trace must not touch. A hold is perfectly still below this spread (art widths), and scores 0 on tempo (stillness) beyond STILL_ZERO. Coordinates beyond this are not on any screen: treated as bad points. Shortest stroke period the tempo detector looks for (seconds). Autocorrelation needs the pattern to repeat: longest period it looks for, as a share of the trace&apos;s duration (1 / 0.7 = ~1.4 periods must be seen). A move against the stepping longer than this many steps is a glide back. A count-based tempo this close to an autocorrelation peak confirms it. A change of heading this sharp between two samples is a turn back. Points this near the path (art widths) say where in the figure they are. seconds, monotonic, any origin Where the trace crossed or touched the spine strip, (u, v), for drawing. The stroke scored, for the wording of the summary. The trace was too short or too broken to score (all measures are 0).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short to score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press and drag along the moving hand for a few strokes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed on the spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed close to the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed near the spot; rest right where shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mostly near the path; keep a little closer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drifted off the spot; rest the hands where shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strayed far from the path; follow the moving hand more closely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the hands still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the hands still and just breathe slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the way the stroke goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved against the stroke&apos;s direction for part of the trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved against the stroke&apos;s direction for much of the trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steady rhythm found; aim for {pace}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good pace: about {pace}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {pace}; aim for {target}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewModeText</name>
    <message>
        <source>Leave the table view ({key}) to practise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table view is for the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table view: {key} or {escape} to leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <source>Whole back</source>
        <translation>Ganzer Rücken</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Shoulder blades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>whole back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shoulder blades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside the spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
