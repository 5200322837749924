<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AftercareView</name>
    <message>
        <source>Aftercare</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation>Schritt 1</translation>
    </message>
    <message>
        <source>1.  A glass or two of water for them.</source>
        <translation>1.  Ein, zwei Gläser Wasser anbieten.</translation>
    </message>
    <message>
        <source>Step 2</source>
        <translation>Schritt 2</translation>
    </message>
    <message>
        <source>2.  Let them lie quietly for ten to fifteen minutes.</source>
        <translation>2.  Zehn bis fünfzehn Minuten ruhig liegen lassen.</translation>
    </message>
    <message>
        <source>Rest time left</source>
        <translation>Verbleibende Ruhezeit</translation>
    </message>
    <message>
        <source>Start the rest timer</source>
        <translation>Ruhezeit starten</translation>
    </message>
    <message>
        <source>Start or pause the rest timer</source>
        <translation>Ruhezeit starten oder anhalten</translation>
    </message>
    <message>
        <source>Step 3</source>
        <translation>Schritt 3</translation>
    </message>
    <message>
        <source>3.  When they get up: slow shoulder rolls and gentle side bends, only as far as feels easy.</source>
        <translation>3.  Nach dem Aufstehen: langsames Schulterkreisen und sanftes Seitneigen, nur so weit es leichtfällt.</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation>Zurück zur Sitzung</translation>
    </message>
    <message>
        <source>Pause the rest timer</source>
        <translation>Ruhezeit anhalten</translation>
    </message>
    <message>
        <source>Go on with the rest timer</source>
        <translation>Ruhezeit fortsetzen</translation>
    </message>
    <message>
        <source>Rest again</source>
        <translation>Noch einmal ruhen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>BackText</name>
    <message numerus="yes">
        <source>%n sore spot(s) marked: keep them light.</source>
        <translation>
            <numerusform>%n empfindliche Stelle markiert: dort nur leicht.</numerusform>
            <numerusform>%n empfindliche Stellen markiert: dort nur leicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackView</name>
    <message>
        <source>Spine: never press on it</source>
        <translation>Wirbelsäule: nie darauf drücken</translation>
    </message>
    <message>
        <source>Back diagram</source>
        <extracomment>Width of the path lines and of their dark edge, as shares of the art&apos;s width: 3.5 and 1.2 pixels where the art is 416 pixels wide (1366 x 768). The path&apos;s colour and the dark edge that keeps it readable over the zone&apos;s hatching; the contrast with the back and the zone fill is checked in tests/unit/ui/test_diagram_readability.py. How strongly the zone to work is tinted (alpha of ACCENT), and its hatching: dark lines, so the white path keeps 4.5:1 against all of it.</extracomment>
        <translation>Rückendiagramm</translation>
    </message>
    <message>
        <source>{zone}, out to the sides</source>
        <translation>{zone}, zu den Seiten hin</translation>
    </message>
    <message>
        <source> (light only: sore spot)</source>
        <translation> (nur leicht: empfindliche Stelle)</translation>
    </message>
    <message>
        <source>Work here: {where}</source>
        <translation>Hier massieren: {where}</translation>
    </message>
    <message>
        <source>Work here: {where}{light}. Stroke: {stroke}. {spine} (marked down the middle).</source>
        <translation>Hier massieren: {where}{light}. Griff: {stroke}. {spine} (in der Mitte markiert).</translation>
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
        <translation>Zehn Minuten, wenn die Zeit knapp ist: leichtes Aufwärmen, etwas gezielte Arbeit an den Schultern, neben der Wirbelsäule und am unteren Rücken, dann ein ruhiger Abschluss.</translation>
    </message>
    <message>
        <source>Warm-up glide</source>
        <extracomment>quick, phase 1: its name
----------
relaxation, phase 1: its name
----------
tension-relief, phase 1: its name</extracomment>
        <translation>Ausstreichen zum Aufwärmen</translation>
    </message>
    <message>
        <source>Shoulder circles</source>
        <extracomment>quick, phase 2: its name
----------
relaxation, phase 2: its name
----------
tension-relief, phase 2: its name</extracomment>
        <translation>Schulterkreise</translation>
    </message>
    <message>
        <source>Heels of both palms roll slow circles on the shoulders</source>
        <extracomment>quick, phase 2: the cue, read and spoken
----------
relaxation, phase 2: the cue, read and spoken
----------
tension-relief, phase 2: the cue, read and spoken</extracomment>
        <translation>Beide Handballen kreisen langsam auf den Schultern</translation>
    </message>
    <message>
        <source>Shoulder blade circles</source>
        <extracomment>quick, phase 3: its name
----------
relaxation, phase 3: its name
----------
tension-relief, phase 4: its name</extracomment>
        <translation>Schulterblattkreise</translation>
    </message>
    <message>
        <source>Fingertips trace small circles around each shoulder blade</source>
        <extracomment>quick, phase 3: the cue, read and spoken
----------
relaxation, phase 3: the cue, read and spoken</extracomment>
        <translation>Fingerspitzen ziehen kleine Kreise um jedes Schulterblatt</translation>
    </message>
    <message>
        <source>Thumbs beside the spine</source>
        <extracomment>quick, phase 4: its name
----------
tension-relief, phase 5: its name</extracomment>
        <translation>Daumen neben der Wirbelsäule</translation>
    </message>
    <message>
        <source>Thumbs step up beside the spine; ask how the pressure is</source>
        <extracomment>quick, phase 4: the cue, read and spoken</extracomment>
        <translation>Daumen wandern neben der Wirbelsäule aufwärts; nach dem Druck fragen</translation>
    </message>
    <message>
        <source>Lower back kneading</source>
        <extracomment>quick, phase 5: its name
----------
tension-relief, phase 7: its name</extracomment>
        <translation>Kneten am unteren Rücken</translation>
    </message>
    <message>
        <source>Hands take turns to knead small rolls across the low back</source>
        <extracomment>quick, phase 5: the cue, read and spoken
----------
tension-relief, phase 7: the cue, read and spoken</extracomment>
        <translation>Hände kneten abwechselnd den unteren Rücken, Stück für Stück</translation>
    </message>
    <message>
        <source>Upward-and-outward fans</source>
        <extracomment>quick, phase 6: its name
----------
tension-relief, phase 10: its name</extracomment>
        <translation>Fächer nach oben und außen</translation>
    </message>
    <message>
        <source>Palms sweep up from the low back and out toward the sides</source>
        <extracomment>quick, phase 6: the cue, read and spoken
----------
tension-relief, phase 10: the cue, read and spoken</extracomment>
        <translation>Handflächen streichen vom unteren Rücken hoch und zu den Seiten aus</translation>
    </message>
    <message>
        <source>Slow closing glide</source>
        <extracomment>quick, phase 7: its name
----------
relaxation, phase 7: its name
----------
tension-relief, phase 12: its name</extracomment>
        <translation>Ausstreichen zum Abschluss</translation>
    </message>
    <message>
        <source>Resting hands</source>
        <extracomment>quick, phase 8: its name
----------
relaxation, phase 8: its name
----------
tension-relief, phase 13: its name</extracomment>
        <translation>Ruhende Hände</translation>
    </message>
    <message>
        <source>Both palms rest still on the back, then lift away gently</source>
        <extracomment>quick, phase 8: the cue, read and spoken
----------
relaxation, phase 8: the cue, read and spoken
----------
tension-relief, phase 13: the cue, read and spoken</extracomment>
        <translation>Beide Hände ruhen still auf dem Rücken und lösen sich dann sanft</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <extracomment>relaxation: the routine&apos;s name</extracomment>
        <translation>Entspannung</translation>
    </message>
    <message>
        <source>A soft, unhurried quarter hour. Every stroke stays light and flowing, moving from the shoulders toward the hips, then settling into stillness. Good for winding down before sleep.</source>
        <extracomment>relaxation: the routine&apos;s description</extracomment>
        <translation>Eine sanfte, ruhige Viertelstunde. Jeder Griff bleibt leicht und fließend, von den Schultern zu den Hüften, und klingt in Stille aus. Gut zum Abschalten vor dem Schlafen.</translation>
    </message>
    <message>
        <source>Fans beside the spine</source>
        <extracomment>relaxation, phase 4: its name</extracomment>
        <translation>Fächer neben der Wirbelsäule</translation>
    </message>
    <message>
        <source>Palms fan up and out from the spine; ask if it feels OK</source>
        <extracomment>relaxation, phase 4: the cue, read and spoken</extracomment>
        <translation>Handflächen fächern von der Wirbelsäule hoch und aus; fragen, ob es angenehm ist</translation>
    </message>
    <message>
        <source>Lower back circles</source>
        <extracomment>relaxation, phase 5: its name
----------
tension-relief, phase 6: its name</extracomment>
        <translation>Kreise am unteren Rücken</translation>
    </message>
    <message>
        <source>Heels of palms circle the low back; ask: too light or firm?</source>
        <extracomment>relaxation, phase 5: the cue, read and spoken</extracomment>
        <translation>Handballen kreisen am unteren Rücken; fragen: zu leicht oder zu fest?</translation>
    </message>
    <message>
        <source>Sweeping fans</source>
        <extracomment>relaxation, phase 6: its name</extracomment>
        <translation>Weite Fächer</translation>
    </message>
    <message>
        <source>Palms sweep upward beside the spine, then out to the ribs</source>
        <extracomment>relaxation, phase 6: the cue, read and spoken</extracomment>
        <translation>Handflächen streichen neben der Wirbelsäule hoch, dann zu den Rippen aus</translation>
    </message>
    <message>
        <source>Tension relief</source>
        <extracomment>tension-relief: the routine&apos;s name</extracomment>
        <translation>Verspannungen lösen</translation>
    </message>
    <message>
        <source>About 27 minutes for a tight, tired back. After a long light warm-up it works the shoulders, the shoulder blades, the muscles either side of the spine and the lower back, building to firm thumb and knuckle work, then eases off with upward fans and slow glides. Keep asking how it feels.</source>
        <extracomment>tension-relief: the routine&apos;s description</extracomment>
        <translation>Etwa 27 Minuten für einen verspannten, müden Rücken. Nach langem, leichtem Aufwärmen geht es an Schultern, Schulterblätter, die Muskeln beidseits der Wirbelsäule und den unteren Rücken, bis hin zu festem Daumen- und Knöcheldruck; dann klingt es mit Fächerstreichungen und langsamem Ausstreichen aus. Immer wieder fragen, wie es sich anfühlt.</translation>
    </message>
    <message>
        <source>Shoulder kneading</source>
        <extracomment>tension-relief, phase 3: its name</extracomment>
        <translation>Schultern kneten</translation>
    </message>
    <message>
        <source>Both hands lift and squeeze the shoulder tops in turn</source>
        <extracomment>tension-relief, phase 3: the cue, read and spoken</extracomment>
        <translation>Beide Hände greifen und drücken abwechselnd die Muskeln oben auf den Schultern</translation>
    </message>
    <message>
        <source>Fingertips circle the blade edges; ask how the pressure is</source>
        <extracomment>tension-relief, phase 4: the cue, read and spoken</extracomment>
        <translation>Fingerspitzen kreisen an den Schulterblatträndern; nach dem Druck fragen</translation>
    </message>
    <message>
        <source>Thumbs press either side of the spine, stepping upward</source>
        <extracomment>tension-relief, phase 5: the cue, read and spoken</extracomment>
        <translation>Daumen drücken beidseits der Wirbelsäule, Schritt für Schritt aufwärts</translation>
    </message>
    <message>
        <source>Heels of palms sink in slowly and circle the lower back</source>
        <extracomment>tension-relief, phase 6: the cue, read and spoken</extracomment>
        <translation>Handballen sinken langsam ein und kreisen am unteren Rücken</translation>
    </message>
    <message>
        <source>Knuckles beside the spine</source>
        <extracomment>tension-relief, phase 8: its name</extracomment>
        <translation>Knöchel neben der Wirbelsäule</translation>
    </message>
    <message>
        <source>Soft knuckles roll up beside the spine; check it&apos;s not sore</source>
        <extracomment>tension-relief, phase 8: the cue, read and spoken</extracomment>
        <translation>Lockere Knöchel rollen neben der Wirbelsäule hoch; fragen, ob es wehtut</translation>
    </message>
    <message>
        <source>Lighter knuckle rolls</source>
        <extracomment>tension-relief, phase 9: its name</extracomment>
        <translation>Leichteres Knöchelrollen</translation>
    </message>
    <message>
        <source>Knuckles roll upward beside the spine, easing off each pass</source>
        <extracomment>tension-relief, phase 9: the cue, read and spoken</extracomment>
        <translation>Knöchel rollen neben der Wirbelsäule hoch, bei jedem Zug etwas leichter</translation>
    </message>
    <message>
        <source>Long soothing glide</source>
        <extracomment>tension-relief, phase 11: its name</extracomment>
        <translation>Langes, sanftes Ausstreichen</translation>
    </message>
</context>
<context>
    <name>CareController</name>
    <message>
        <source>sore spot</source>
        <translation>empfindliche Stelle</translation>
    </message>
</context>
<context>
    <name>CareText</name>
    <message>
        <source>Care: {profile}</source>
        <translation>Vorsicht: {profile}</translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <source>Click the back where it is sore or bruised; click a mark again to clear it. {key} when done.</source>
        <translation>Auf den Rücken klicken, wo es schmerzt oder blaue Flecken hat; erneut klicken entfernt die Markierung. {key}, wenn fertig.</translation>
    </message>
    <message>
        <source>Done marking.</source>
        <translation>Markieren beendet.</translation>
    </message>
</context>
<context>
    <name>CheckInPrompt</name>
    <message>
        <source>Check-in. {reason}</source>
        <translation>Nachfragen. {reason}</translation>
    </message>
</context>
<context>
    <name>CheckInText</name>
    <message>
        <source>{key} fine</source>
        <translation>{key} passt</translation>
    </message>
    <message>
        <source>{key} lighter</source>
        <translation>{key} leichter</translation>
    </message>
    <message>
        <source>{key} stop here</source>
        <translation>{key} stopp</translation>
    </message>
    <message>
        <source>Check in: how is the pressure?</source>
        <translation>Nachfragen: Wie ist der Druck?</translation>
    </message>
</context>
<context>
    <name>CheckIns</name>
    <message>
        <source>Firm pressure for a while: check nothing feels sore.</source>
        <extracomment>No two prompts closer together than this. Where firm pressure starts (the low edge of the Firm band). A phase ending at or below this counts as light for winding down. Strokes a wind-down may use.</extracomment>
        <translation>Schon länger fester Druck: fragen, ob etwas wehtut.</translation>
    </message>
    <message>
        <source>Pressure is getting very firm: ask if it is too much.</source>
        <translation>Der Druck wird sehr fest: fragen, ob es zu viel ist.</translation>
    </message>
    <message>
        <source>Pressure moves up to {band}: ask whether it feels okay.</source>
        <translation>Druck jetzt {band}: fragen, ob es angenehm ist.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Exit status: 0 done; 1 a file or folder could not be used (the message says which and why); 2 wrong usage.</source>
        <translation>Exit-Status: 0 erledigt; 1 eine Datei oder ein Ordner war nicht nutzbar (die Meldung sagt, welche und warum); 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>unbekannte Argumente: {arguments}</translation>
    </message>
    <message>
        <source>argument {option}: invalid choice: {value} (choose from {choices})</source>
        <translation>Argument {option}: ungültige Wahl: {value} (möglich: {choices})</translation>
    </message>
    <message>
        <source>argument {option}: expected one argument</source>
        <translation>Argument {option}: erwartet einen Wert</translation>
    </message>
    <message>
        <source>argument {option}: expected {count} arguments</source>
        <translation>Argument {option}: erwartet {count} Werte</translation>
    </message>
    <message>
        <source>argument {option}: not allowed with argument {other}</source>
        <translation>Argument {option}: nicht erlaubt zusammen mit {other}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>mehrdeutige Option: {option} passt zu {matches}</translation>
    </message>
    <message>
        <source>Guides you through giving a back massage, phase by phase.</source>
        <translation>Führt dich Phase für Phase durch eine Rückenmassage.</translation>
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
        <translation>Name eines eingebauten Ablaufs oder Pfad zu einer Ablaufdatei (Standard: relaxation)</translation>
    </message>
    <message>
        <source>begin at once: the safety check, then the get-ready countdown</source>
        <translation>sofort beginnen: erst der Sicherheitscheck, dann der Countdown zum Vorbereiten</translation>
    </message>
    <message>
        <source>print the built-in routines with their lengths and exit</source>
        <translation>die eingebauten Abläufe mit ihrer Dauer ausgeben und beenden</translation>
    </message>
    <message>
        <source>render the window to a PNG at the moment given by --at, without a display, and exit</source>
        <translation>das Fenster zum Zeitpunkt von --at ohne Bildschirm als PNG speichern und beenden</translation>
    </message>
    <message>
        <source>with --screenshot: seconds into the routine (negative values show the get-ready countdown)</source>
        <translation>mit --screenshot: Sekunden seit Beginn des Ablaufs (negative Werte zeigen den Countdown zum Vorbereiten)</translation>
    </message>
    <message>
        <source>run the voice recogniser over a WAV file and print each command it would act on, one a line: the second where it ended and its name (next, previous, pause, resume, more-time), then exit</source>
        <translation>die Spracherkennung über eine WAV-Datei laufen lassen und jeden Befehl ausgeben, auf den sie reagieren würde, einen pro Zeile: die Sekunde, in der er endete, und sein Name (next, previous, pause, resume, more-time), dann beenden</translation>
    </message>
    <message>
        <source>with --hear: as if a check-in prompt were showing, so the answers fine, lighter and stop count too</source>
        <translation>mit --hear: als würde gerade nachgefragt, sodass auch die Antworten fine, lighter und stop zählen</translation>
    </message>
    <message>
        <source>--checkin only applies with --hear FILE.wav</source>
        <translation>--checkin gilt nur mit --hear DATEI.wav</translation>
    </message>
    <message>
        <source>speech recognition needs pocketsphinx, which is not installed ({reason}): pip install pocketsphinx</source>
        <translation>die Spracherkennung braucht pocketsphinx, das nicht installiert ist ({reason}): pip install pocketsphinx</translation>
    </message>
    <message>
        <source>speech recognition cannot start: {reason}</source>
        <translation>die Spracherkennung kann nicht starten: {reason}</translation>
    </message>
    <message>
        <source>Session history is off: {problem}</source>
        <translation>Sitzungsverlauf ist aus: {problem}</translation>
    </message>
    <message>
        <source>--size must be from {smallest} to 7680x4320, got {text}</source>
        <translation>--size muss zwischen {smallest} und 7680x4320 liegen, nicht {text}</translation>
    </message>
    <message>
        <source>--at must be at least -{seconds} (the get-ready countdown)</source>
        <translation>--at muss mindestens -{seconds} sein (der Countdown zum Vorbereiten)</translation>
    </message>
    <message>
        <source>no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set): start the app from a desktop. --screenshot, --validate, --list-routines, --export-routine, --import-routine, --hear and --install-desktop-entry work without one.</source>
        <translation>keine grafische Sitzung (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt): Starte die App von einem Desktop aus. --screenshot, --validate, --list-routines, --export-routine, --import-routine, --hear und --install-desktop-entry gehen auch ohne.</translation>
    </message>
    <message>
        <source>with --screenshot: which screen (practice shows the stroke of the phase at --at; default {view})</source>
        <translation>mit --screenshot: welche Ansicht (practice zeigt den Griff der Phase bei --at; Standard {view})</translation>
    </message>
    <message>
        <source>show the app in this language: a code such as de or es, or a .qm catalogue (default: the one chosen in View › Language, else the system&apos;s)</source>
        <translation>die App in dieser Sprache zeigen: ein Code wie de oder es oder ein .qm-Katalog (Standard: die in Ansicht › Sprache gewählte, sonst die des Systems)</translation>
    </message>
    <message>
        <source>open full screen</source>
        <translation>im Vollbild öffnen</translation>
    </message>
    <message>
        <source>check a routine file: exit 0 when valid, 1 with its problems</source>
        <translation>eine Ablaufdatei prüfen: Exit 0, wenn gültig, sonst 1 mit den Fehlern</translation>
    </message>
    <message>
        <source>write any routine (built-in or your own) to a file</source>
        <translation>einen Ablauf (eingebaut oder eigen) in eine Datei schreiben</translation>
    </message>
    <message>
        <source>check a routine file, then add it to your routines</source>
        <translation>eine Ablaufdatei prüfen und zu deinen Abläufen hinzufügen</translation>
    </message>
    <message>
        <source>add the app and its icon to your desktop&apos;s application menu (Linux), then exit</source>
        <translation>die App mit Symbol ins Anwendungsmenü des Desktops eintragen (Linux) und beenden</translation>
    </message>
    <message>
        <source>remove what --install-desktop-entry added, then exit</source>
        <translation>entfernen, was --install-desktop-entry eingetragen hat, und beenden</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>die Version zeigen und beenden</translation>
    </message>
    <message>
        <source>{problem}; showing English</source>
        <translation>{problem}; Anzeige auf Englisch</translation>
    </message>
    <message>
        <source>{name}: can&apos;t be used: {problems}</source>
        <translation>{name}: nicht nutzbar: {problems}</translation>
    </message>
    <message>
        <source>Built-in routines work as usual.</source>
        <translation>Die eingebauten Abläufe funktionieren wie gewohnt.</translation>
    </message>
    <message>
        <source>wrote {routine} to {path}</source>
        <translation>{routine} nach {path} geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>imported {name} as {key} (%n phase(s), {length})</source>
        <translation>
            <numerusform>{name} als {key} importiert (%n Phase, {length})</numerusform>
            <numerusform>{name} als {key} importiert (%n Phasen, {length})</numerusform>
        </translation>
    </message>
    <message>
        <source>--at, --size and --view only apply with --screenshot PATH</source>
        <translation>--at, --size und --view gelten nur mit --screenshot PFAD</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>with --screenshot: window size (default 1366x768)</source>
        <translation>mit --screenshot: Fenstergröße (Standard 1366x768)</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>{where}: not a usable routine:</source>
        <translation>{where}: kein nutzbarer Ablauf:</translation>
    </message>
    <message>
        <source>The session history was damaged, so it was kept aside as {path} and a new one started.</source>
        <translation>Der Sitzungsverlauf war beschädigt; er wurde als {path} beiseitegelegt und ein neuer begonnen.</translation>
    </message>
    <message numerus="yes">
        <source>{path}: valid: {name}, %n phase(s), {length}, pressure up to {peak}</source>
        <translation>
            <numerusform>{path}: gültig: {name}, %n Phase, {length}, Druck bis {peak}</numerusform>
            <numerusform>{path}: gültig: {name}, %n Phasen, {length}, Druck bis {peak}</numerusform>
        </translation>
    </message>
    <message>
        <source>--at takes a number of seconds, got {text}</source>
        <translation>--at erwartet Sekunden als Zahl, nicht {text}</translation>
    </message>
    <message>
        <source>--at takes a finite number of seconds, got {text}</source>
        <translation>--at erwartet eine endliche Zahl von Sekunden, nicht {text}</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT such as 1366x768, got {text}</source>
        <translation>--size erwartet BREITExHÖHE wie 1366x768, nicht {text}</translation>
    </message>
    <message>
        <source>Could not save {path}: the file or its folder cannot be written.</source>
        <translation>Konnte {path} nicht speichern: Datei oder Ordner nicht beschreibbar.</translation>
    </message>
    <message>
        <source>wrote {path} ({size}, {routine} at {at} s: {summary})</source>
        <translation>{path} geschrieben ({size}, {routine} bei {at} s: {summary})</translation>
    </message>
    <message>
        <source>no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set): start the app from a desktop. --screenshot, --validate, --list-routines, --export-routine, --import-routine and --install-desktop-entry work without one.</source>
        <translation type="vanished">keine grafische Sitzung (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt): Starte die App von einem Desktop aus. --screenshot, --validate, --list-routines, --export-routine, --import-routine und --install-desktop-entry gehen auch ohne.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>+{seconds} s</source>
        <translation>+{seconds} s</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>A&amp;bläufe</translation>
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
        <translation>Start / Pause</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>Sitzung starten, anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Vorige Phase</translation>
    </message>
    <message>
        <source>Go back to the previous phase</source>
        <translation>Zurück zur vorigen Phase</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <source>Skip to the next phase</source>
        <translation>Weiter zur nächsten Phase</translation>
    </message>
    <message>
        <source>Add {seconds} seconds to this phase</source>
        <translation>Diese Phase um {seconds} Sekunden verlängern</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Back to the start of the routine</source>
        <translation>Zurück zum Anfang des Ablaufs</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Your recent sessions</source>
        <translation>Deine letzten Sitzungen</translation>
    </message>
    <message>
        <source>Mark sore spots</source>
        <translation>Empfindliche Stellen markieren</translation>
    </message>
    <message>
        <source>Click the back to mark a spot to keep light (click it again to clear)</source>
        <translation>Auf den Rücken klicken, um eine Stelle für nur leichten Druck zu markieren (erneut klicken entfernt sie)</translation>
    </message>
    <message>
        <source>Safety check…</source>
        <translation>Sicherheitscheck…</translation>
    </message>
    <message>
        <source>Go through the safety check again</source>
        <translation>Den Sicherheitscheck noch einmal durchgehen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Die App schließen</translation>
    </message>
    <message>
        <source>Edit this routine…</source>
        <translation>Diesen Ablauf bearbeiten…</translation>
    </message>
    <message>
        <source>Open the routine in the editor</source>
        <translation>Den Ablauf im Editor öffnen</translation>
    </message>
    <message>
        <source>New routine…</source>
        <translation>Neuer Ablauf…</translation>
    </message>
    <message>
        <source>Make a routine of your own</source>
        <translation>Einen eigenen Ablauf anlegen</translation>
    </message>
    <message>
        <source>Import routine…</source>
        <translation>Ablauf importieren…</translation>
    </message>
    <message>
        <source>Add a routine from a file</source>
        <translation>Einen Ablauf aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <source>Export this routine…</source>
        <translation>Diesen Ablauf exportieren…</translation>
    </message>
    <message>
        <source>Save the routine to a file to share</source>
        <translation>Den Ablauf zum Weitergeben als Datei speichern</translation>
    </message>
    <message>
        <source>Delete this routine…</source>
        <translation>Diesen Ablauf löschen…</translation>
    </message>
    <message>
        <source>Move your routine to the trash</source>
        <translation>Deinen Ablauf in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Enter or leave full screen</source>
        <translation>Vollbild ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Table view</source>
        <translation>Fernansicht</translation>
    </message>
    <message>
        <source>Huge countdown, the back and the pressure only, for across the room</source>
        <translation>Nur große Restzeit, Rücken und Druck – lesbar quer durch den Raum</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Leave full screen, the table view or aftercare</source>
        <translation>Vollbild, Fernansicht oder Nachsorge verlassen</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Turn the chime on or off</source>
        <translation>Signalton ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Chime on</source>
        <translation>Signalton an</translation>
    </message>
    <message>
        <source>Chime off</source>
        <translation>Signalton aus</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Sprachansagen</translation>
    </message>
    <message>
        <source>Turn spoken cues on or off</source>
        <translation>Sprachansagen ein- oder ausschalten</translation>
    </message>
    <message>
        <source>Spoken cues on</source>
        <translation>Sprachansagen an</translation>
    </message>
    <message>
        <source>Spoken cues off</source>
        <translation>Sprachansagen aus</translation>
    </message>
    <message>
        <source>Still diagrams (reduced motion)</source>
        <translation>Standbilder (weniger Bewegung)</translation>
    </message>
    <message>
        <source>Show strokes as still diagrams instead of moving hands</source>
        <translation>Griffe als Standbilder statt bewegter Hände zeigen</translation>
    </message>
    <message>
        <source>Reduced motion on: still diagrams instead of moving hands</source>
        <translation>Weniger Bewegung an: Standbilder statt bewegter Hände</translation>
    </message>
    <message>
        <source>Reduced motion off: the hands move again</source>
        <translation>Weniger Bewegung aus: Die Hände bewegen sich wieder</translation>
    </message>
    <message>
        <source>Wait for a key between phases</source>
        <translation>Zwischen Phasen auf Taste warten</translation>
    </message>
    <message>
        <source>Hold at each phase&apos;s end until any key (or a foot pedal) is pressed</source>
        <translation>Am Ende jeder Phase anhalten, bis eine Taste (oder ein Fußpedal) gedrückt wird</translation>
    </message>
    <message>
        <source>Each phase now waits for a key at its end</source>
        <translation>Jede Phase wartet jetzt am Ende auf eine Taste</translation>
    </message>
    <message>
        <source>Phases follow on by themselves</source>
        <translation>Phasen folgen von selbst aufeinander</translation>
    </message>
    <message>
        <source>Pressure is fine</source>
        <translation>Druck passt</translation>
    </message>
    <message>
        <source>Check-in answer: the pressure is fine</source>
        <translation>Antwort beim Nachfragen: Der Druck passt</translation>
    </message>
    <message>
        <source>Listen for voice commands</source>
        <translation>Auf Sprachbefehle hören</translation>
    </message>
    <message>
        <source>Hear &quot;coach, next&quot; and check-in answers while a session runs (nothing is recorded)</source>
        <translation>„coach, next“ und Antworten beim Nachfragen hören, solange eine Sitzung läuft (nichts wird aufgenommen)</translation>
    </message>
    <message>
        <source>Listening while a session runs: say &quot;coach, pause&quot;, &quot;coach, next&quot;…</source>
        <translation>Hört zu, solange eine Sitzung läuft: „coach, pause“, „coach, next“ …</translation>
    </message>
    <message>
        <source>Voice commands off</source>
        <translation>Sprachbefehle aus</translation>
    </message>
    <message>
        <source>Microphone check…</source>
        <translation>Mikrofon testen …</translation>
    </message>
    <message>
        <source>See the microphone&apos;s level and what it hears</source>
        <translation>Pegel des Mikrofons und was es hört</translation>
    </message>
    <message>
        <source>Lighter, please</source>
        <translation>Bitte leichter</translation>
    </message>
    <message>
        <source>Check-in answer: lighter for the rest of the session</source>
        <translation>Antwort beim Nachfragen: leichter für den Rest der Sitzung</translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation>Hier aufhören</translation>
    </message>
    <message>
        <source>Check-in answer: go to the gentle ending</source>
        <translation>Antwort beim Nachfragen: weiter zum sanften Abschluss</translation>
    </message>
    <message>
        <source>Practice strokes</source>
        <translation>Griffe üben</translation>
    </message>
    <message>
        <source>Switch between the session and practice mode</source>
        <translation>Zwischen Sitzung und Übungsmodus wechseln</translation>
    </message>
    <message>
        <source>Trace it</source>
        <translation>Nachfahren</translation>
    </message>
    <message>
        <source>In practice: trace the stroke for a score</source>
        <translation>Beim Üben: Griff nachfahren und bewerten lassen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Diese Liste zeigen</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>When not to massage, and how to stay safe</source>
        <translation>Wann nicht massieren und wie es sicher bleibt</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Which version this is</source>
        <translation>Welche Version das ist</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add a phase after this one</source>
        <translation>Eine Phase nach dieser einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate this phase</source>
        <translation>Diese Phase duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this phase</source>
        <translation>Diese Phase löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move this phase up</source>
        <translation>Diese Phase nach oben schieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move this phase down</source>
        <translation>Diese Phase nach unten schieben</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rückgängig Gemachtes wiederholen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save (a built-in routine: save a copy)</source>
        <translation>Speichern (eingebauter Ablauf: als Kopie)</translation>
    </message>
    <message>
        <source>{key}: start / pause</source>
        <translation>{key}: Start / Pause</translation>
    </message>
    <message>
        <source>{keys}: phases</source>
        <translation>{keys}: Phasen</translation>
    </message>
    <message>
        <source>{key}: all keys</source>
        <translation>{key}: alle Tasten</translation>
    </message>
    <message>
        <source>Keys in the window: {keys}.</source>
        <translation>Tasten im Fenster: {keys}.</translation>
    </message>
</context>
<context>
    <name>CueStatus</name>
    <message>
        <source>no audio output</source>
        <translation>keine Tonausgabe</translation>
    </message>
    <message>
        <source>cues are shown on screen only.</source>
        <translation>Hinweise erscheinen nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>No sound output: {goes_on}</source>
        <translation>Keine Tonausgabe: {goes_on}</translation>
    </message>
    <message>
        <source>No chime or spoken cues ({reasons}): {goes_on}</source>
        <translation>Kein Signalton und keine Sprachansagen ({reasons}): {goes_on}</translation>
    </message>
    <message>
        <source>spoken and on-screen cues go on.</source>
        <translation>Sprachansagen und Bildschirmhinweise laufen weiter.</translation>
    </message>
    <message>
        <source>Chime unavailable ({reason}): {goes_on}</source>
        <translation>Kein Signalton ({reason}): {goes_on}</translation>
    </message>
    <message>
        <source>chimes and on-screen cues go on.</source>
        <translation>Signalton und Bildschirmhinweise laufen weiter.</translation>
    </message>
    <message>
        <source>Spoken cues unavailable ({reason}): {goes_on}</source>
        <translation>Keine Sprachansagen ({reason}): {goes_on}</translation>
    </message>
    <message>
        <source>Qt&apos;s audio module could not load</source>
        <translation>das Audiomodul von Qt ließ sich nicht laden</translation>
    </message>
    <message>
        <source>the audio system stopped answering</source>
        <translation>das Audiosystem antwortet nicht mehr</translation>
    </message>
    <message>
        <source>the audio device could not be opened</source>
        <translation>das Audiogerät ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>Qt&apos;s speech module could not load</source>
        <translation>das Sprachmodul von Qt ließ sich nicht laden</translation>
    </message>
    <message>
        <source>no speech engine on this computer</source>
        <translation>keine Sprachausgabe auf diesem Computer</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>the speech engine did not start: {reason}</source>
        <translation>die Sprachausgabe startete nicht: {reason}</translation>
    </message>
    <message>
        <source>no voice for {language}</source>
        <translation>keine Stimme für {language}</translation>
    </message>
    <message>
        <source>the speech engine stopped answering</source>
        <translation>die Sprachausgabe antwortet nicht mehr</translation>
    </message>
    <message>
        <source>the speech engine could not be used</source>
        <translation>die Sprachausgabe ist nicht nutzbar</translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <source>a launcher entry is for Linux desktops (freedesktop.org); on macOS and Windows use the standalone bundle (see the README).</source>
        <translation>ein Starter-Eintrag ist für Linux-Desktops (freedesktop.org); unter macOS und Windows das eigenständige Paket nutzen (siehe README).</translation>
    </message>
    <message>
        <source>no installed {command} command was found for the entry to start. Install the app first (README, &quot;Set up&quot;), then run {command} --install-desktop-entry.</source>
        <translation>kein installierter Befehl {command} gefunden, den der Eintrag starten könnte. Erst die App installieren (README, „Set up“), dann {command} --install-desktop-entry ausführen.</translation>
    </message>
    <message>
        <source>the command&apos;s path has a line break in it: {path}</source>
        <translation>der Pfad des Befehls enthält einen Zeilenumbruch: {path}</translation>
    </message>
    <message>
        <source>Could not remove {path}: {reason}.</source>
        <translation>Konnte {path} nicht entfernen: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>already installed, nothing changed: {entry} and its %n icon file(s); it starts {command}</source>
        <translation>
            <numerusform>schon installiert, nichts geändert: {entry} und %n Symboldatei; startet {command}</numerusform>
            <numerusform>schon installiert, nichts geändert: {entry} und %n Symboldateien; startet {command}</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>(%n other file(s) already up to date)</source>
        <translation>
            <numerusform>(%n weitere Datei schon aktuell)</numerusform>
            <numerusform>(%n weitere Dateien schon aktuell)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Massage Coach is in your application menu; it starts {command}</source>
        <translation>Back Massage Coach ist jetzt im Anwendungsmenü; startet {command}</translation>
    </message>
    <message>
        <source>nothing to remove: no launcher entry for Back Massage Coach under {folder}</source>
        <translation>nichts zu entfernen: kein Starter-Eintrag für Back Massage Coach unter {folder}</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>{path} entfernt</translation>
    </message>
    <message>
        <source>Back Massage Coach is no longer in your application menu</source>
        <translation>Back Massage Coach ist nicht mehr im Anwendungsmenü</translation>
    </message>
</context>
<context>
    <name>EditorText</name>
    <message numerus="yes">
        <source>%n phase(s) · {length} in all</source>
        <translation>
            <numerusform>%n Phase · {length} gesamt</numerusform>
            <numerusform>%n Phasen · {length} gesamt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation>das Laufwerk ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the drive is full</source>
        <translation>das Laufwerk ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>ein Teil des Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>something is already there</source>
        <translation>dort ist schon etwas</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>the path loops through links</source>
        <translation>der Pfad dreht sich über Verknüpfungen im Kreis</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>ein unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>About Back Massage Coach</source>
        <translation>Über Back Massage Coach</translation>
    </message>
    <message>
        <source>Back Massage Coach {version}&lt;br&gt;Guides you through a back massage, phase by phase.</source>
        <translation>Back Massage Coach {version}&lt;br&gt;Führt dich Phase für Phase durch eine Rückenmassage.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Session history</source>
        <translation>Sitzungsverlauf</translation>
    </message>
    <message>
        <source>The guide suggests a massage once or twice a week. Your last six weeks:</source>
        <translation>Empfohlen sind ein bis zwei Massagen pro Woche. Deine letzten sechs Wochen:</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sitzungen pro Woche</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Letzte Sitzungen</translation>
    </message>
    <message>
        <source>Skipped: {phases}</source>
        <translation>Übersprungen: {phases}</translation>
    </message>
    <message>
        <source>No sessions in the last four weeks yet.</source>
        <translation>In den letzten vier Wochen noch keine Sitzung.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>lighter</source>
        <translation>leichter</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stopp</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>in rhythm</source>
        <translation>im Rhythmus</translation>
    </message>
    <message>
        <source>more than the usual once or twice</source>
        <translation>mehr als die üblichen ein, zwei Mal</translation>
    </message>
    <message>
        <source>Week of {day}:</source>
        <translation>Woche ab {day}:</translation>
    </message>
    <message>
        <source>all {planned}</source>
        <translation>komplett, {planned}</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) skipped</source>
        <translation>
            <numerusform>%n Phase übersprungen</numerusform>
            <numerusform>%n Phasen übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked for lighter pressure %n time(s) in four weeks.</source>
        <translation>
            <numerusform>In vier Wochen %n-mal um leichteren Druck gebeten.</numerusform>
            <numerusform>In vier Wochen %n-mal um leichteren Druck gebeten.</numerusform>
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
        <translation>Esc</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Strg</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Umschalt</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
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
        <translation>unbekannter Ablauf {name}; bekannte Abläufe: {known}</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <translation>, </translation>
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
        <translation>Back Massage Coach</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Chime volume</source>
        <translation>Lautstärke des Signaltons</translation>
    </message>
</context>
<context>
    <name>MicCheckDialog</name>
    <message>
        <source>Microphone check</source>
        <translation>Mikrofon testen</translation>
    </message>
    <message>
        <source>Say “coach, next” in your normal voice from where you stand at the table (voice commands are English in every language).
Check-in answers work too: “fine”, “lighter”, “stop”.
Nothing is recorded, and nothing said here moves the session.</source>
        <translation>Sag „coach, next“ mit normaler Stimme, dort wo du am Tisch stehst (Sprachbefehle sind in jeder Sprache Englisch).
Antworten beim Nachfragen gehen auch: „fine“, „lighter“, „stop“.
Nichts wird aufgenommen, und nichts, was hier gesagt wird, verändert die Sitzung.</translation>
    </message>
    <message>
        <source>Starting the microphone…</source>
        <translation>Mikrofon startet …</translation>
    </message>
    <message>
        <source>Microphone state</source>
        <translation>Zustand des Mikrofons</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Pegel des Mikrofons</translation>
    </message>
    <message>
        <source>Nothing heard yet</source>
        <translation>Noch nichts gehört</translation>
    </message>
    <message>
        <source>What was heard</source>
        <translation>Was gehört wurde</translation>
    </message>
    <message>
        <source>Listening: the bar moves with the sound it hears.</source>
        <translation>Hört zu: Der Balken folgt dem, was es hört.</translation>
    </message>
</context>
<context>
    <name>MicIndicator</name>
    <message>
        <source>Listening for voice commands</source>
        <translation>Hört auf Sprachbefehle</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Hört zu</translation>
    </message>
    <message>
        <source>Wait…</source>
        <translation>Moment …</translation>
    </message>
    <message>
        <source>Not listening while the app speaks</source>
        <translation>Hört nicht zu, während die App spricht</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice about your files</source>
        <translation>Hinweis zu deinen Dateien</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>PanelText</name>
    <message numerus="yes">
        <source>All %n phase(s) done</source>
        <translation>
            <numerusform>%n Phase geschafft</numerusform>
            <numerusform>Alle %n Phasen geschafft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhasePanel</name>
    <message>
        <source>Phase number</source>
        <translation>Phasennummer</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Zone and stroke</source>
        <translation>Bereich und Griff</translation>
    </message>
    <message>
        <source>Time left in phase</source>
        <translation>Restzeit der Phase</translation>
    </message>
    <message>
        <source>What the hands do</source>
        <translation>Was die Hände tun</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Fortschritt der Sitzung</translation>
    </message>
    <message>
        <source>Session time left</source>
        <translation>Restzeit der Sitzung</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>Stand der Sitzung</translation>
    </message>
    <message>
        <source>Phase {number} of {count}</source>
        <translation>Phase {number} von {count}</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Let them rest</source>
        <translation>Jetzt ruhen lassen</translation>
    </message>
    <message>
        <source>Leave them lying quietly for a few minutes, then offer water.</source>
        <translation>Ein paar Minuten ruhig liegen lassen, dann Wasser anbieten.</translation>
    </message>
    <message>
        <source>No rush to sit up: a slow roll to the side is kinder.</source>
        <translation>Keine Eile beim Aufsetzen: langsam zur Seite rollen schont den Rücken.</translation>
    </message>
    <message>
        <source>First: {phase}</source>
        <translation>Zuerst: {phase}</translation>
    </message>
    <message>
        <source>Press {key}: {time} to rest your hands on the back, then the timer starts.</source>
        <translation>{key} drücken: {time} zum Auflegen der Hände, dann läuft die Zeit.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>First: {phase} · {time}</source>
        <translation>Zuerst: {phase} · {time}</translation>
    </message>
    <message>
        <source>Next: {phase} · {zone} · {time}</source>
        <translation>Danach: {phase} · {zone} · {time}</translation>
    </message>
    <message>
        <source>Next: the end, a short rest</source>
        <translation>Danach: Ende, kurz ruhen</translation>
    </message>
    <message>
        <source>Session: {left} left of {total}</source>
        <translation>Sitzung: noch {left} von {total}</translation>
    </message>
</context>
<context>
    <name>PhaseTableModel</name>
    <message>
        <source>Problem: {problem}</source>
        <translation>Fehler: {problem}</translation>
    </message>
    <message>
        <source>edit {column} of phase {number}</source>
        <translation>{column} von Phase {number} bearbeiten</translation>
    </message>
    <message>
        <source>move phase {number}</source>
        <translation>Phase {number} verschieben</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Practice strokes</source>
        <translation>Griffe üben</translation>
    </message>
    <message>
        <source>Back to the session ({key})</source>
        <translation>Zurück zur Sitzung ({key})</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation>Zurück zur Sitzung</translation>
    </message>
</context>
<context>
    <name>PracticeTips</name>
    <message>
        <source>Keep both palms flat and in contact; a slow, even glide relaxes.</source>
        <translation>Beide Hände flach und in Kontakt lassen; langsames, gleichmäßiges Streichen entspannt.</translation>
    </message>
    <message>
        <source>Don&apos;t hurry or lift off between strokes; glide beside the spine, not on it.</source>
        <translation>Nicht hetzen und zwischen den Zügen nicht abheben; neben der Wirbelsäule streichen, nicht darauf.</translation>
    </message>
    <message>
        <source>Lean in through the heels of your palms and let the circles stay slow.</source>
        <translation>Über die Handballen Gewicht geben und die Kreise langsam halten.</translation>
    </message>
    <message>
        <source>Don&apos;t grind the bony ridge of the spine or the hip bones.</source>
        <translation>Nicht auf den Knochen von Wirbelsäule oder Becken reiben.</translation>
    </message>
    <message>
        <source>Small circles with the pads of your fingers, working round the blade&apos;s edge.</source>
        <translation>Kleine Kreise mit den Fingerkuppen, am Rand des Schulterblatts entlang.</translation>
    </message>
    <message>
        <source>Don&apos;t dig in with nails; ease off on tender spots and ask.</source>
        <translation>Nicht mit den Nägeln bohren; an empfindlichen Stellen nachlassen und fragen.</translation>
    </message>
    <message>
        <source>Lift and squeeze the thick muscle, hands taking turns, like dough.</source>
        <translation>Den dicken Muskel greifen und drücken, Hände im Wechsel, wie Teig.</translation>
    </message>
    <message>
        <source>Don&apos;t pinch the skin; knead muscle, not bone.</source>
        <translation>Nicht die Haut kneifen; Muskeln kneten, keine Knochen.</translation>
    </message>
    <message>
        <source>Press slowly with flat palms, hold a breath, release, step along.</source>
        <translation>Mit flachen Händen langsam drücken, einen Atemzug halten, lösen, weiterwandern.</translation>
    </message>
    <message>
        <source>Never press on the spine itself; no sudden pushes.</source>
        <translation>Nie auf die Wirbelsäule selbst drücken; keine ruckartigen Stöße.</translation>
    </message>
    <message>
        <source>Thumbs a finger&apos;s width out from the spine, stepping upward, pressure built slowly.</source>
        <translation>Daumen eine Fingerbreite neben der Wirbelsäule, aufwärts wandern, Druck langsam steigern.</translation>
    </message>
    <message>
        <source>Never on the spine; stop if it feels sharp rather than good.</source>
        <translation>Nie auf die Wirbelsäule; aufhören, wenn es stechend statt wohltuend ist.</translation>
    </message>
    <message>
        <source>Soft, loose fists rolling slowly upward beside the spine.</source>
        <translation>Lockere Fäuste rollen langsam neben der Wirbelsäule aufwärts.</translation>
    </message>
    <message>
        <source>Only after a warm-up; never on bone, never fast.</source>
        <translation>Nur nach dem Aufwärmen; nie auf Knochen, nie schnell.</translation>
    </message>
    <message>
        <source>Start beside the spine low down and sweep up and out to the sides.</source>
        <translation>Unten neben der Wirbelsäule beginnen, nach oben und zu den Seiten ausstreichen.</translation>
    </message>
    <message>
        <source>Keep the return stroke light; don&apos;t drag the skin.</source>
        <translation>Auf dem Rückweg leicht bleiben; die Haut nicht mitziehen.</translation>
    </message>
    <message>
        <source>Rest warm hands still and breathe slowly together.</source>
        <translation>Warme Hände ruhig auflegen und gemeinsam langsam atmen.</translation>
    </message>
    <message>
        <source>Don&apos;t press; this is a pause, not work.</source>
        <translation>Nicht drücken; das ist eine Pause, keine Arbeit.</translation>
    </message>
    <message>
        <source>Also used on: {zones}.</source>
        <translation>Auch für: {zones}.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <source>Strokes</source>
        <translation>Griffe</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Griff</translation>
    </message>
    <message>
        <source>Where and with what</source>
        <translation>Wo und womit</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Other zones</source>
        <translation>Andere Bereiche</translation>
    </message>
    <message>
        <source>Pressure range</source>
        <translation>Druckbereich</translation>
    </message>
    <message>
        <source>Doing it well</source>
        <translation>So gelingt es</translation>
    </message>
    <message>
        <source>What to avoid</source>
        <translation>Was zu vermeiden ist</translation>
    </message>
    <message>
        <source>Tempo, strokes a minute</source>
        <translation>Tempo, Züge pro Minute</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <source>Slow motion</source>
        <translation>Zeitlupe</translation>
    </message>
    <message>
        <source>Slow motion: half speed</source>
        <translation>Zeitlupe: halbe Geschwindigkeit</translation>
    </message>
    <message>
        <source>Tick each stroke</source>
        <translation>Jeden Zug ticken</translation>
    </message>
    <message>
        <source>Quiet tick on each stroke</source>
        <translation>Leises Ticken bei jedem Zug</translation>
    </message>
    <message>
        <source>Trace it  (T)</source>
        <translation>Nachfahren  (T)</translation>
    </message>
    <message>
        <source>Trace it</source>
        <translation>Nachfahren</translation>
    </message>
    <message>
        <source>Trace the stroke for a score. Key: T</source>
        <translation>Griff nachfahren und bewerten lassen. Taste: T</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Watch the moving hands, then press Trace it and follow one with the mouse or a finger: press, drag for a few strokes, let go.</source>
        <translation>Den Händen zusehen, dann „Nachfahren“ drücken und einer Hand mit Maus oder Finger folgen: drücken, ein paar Züge ziehen, loslassen.</translation>
    </message>
    <message>
        <source>What the score means</source>
        <translation>Was die Wertung bedeutet</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Bestwert</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>{measure} score</source>
        <translation>Wertung {measure}</translation>
    </message>
    <message>
        <source>Pressure {range}</source>
        <translation>Druck {range}</translation>
    </message>
    <message>
        <source>Do: {well}</source>
        <translation>Richtig: {well}</translation>
    </message>
    <message>
        <source>Avoid: {avoid}</source>
        <translation>Vermeiden: {avoid}</translation>
    </message>
    <message>
        <source>Best so far: {best}</source>
        <translation>Bisher bester Wert: {best}</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>Noch keine Wertung</translation>
    </message>
    <message>
        <source>Press on the back and follow a moving hand for a few strokes; let go to see your score.</source>
        <translation>Auf den Rücken drücken und einer Hand ein paar Züge lang folgen; loslassen zeigt die Wertung.</translation>
    </message>
    <message>
        <source>Your trace is in blue over the path. Trace it again to improve.</source>
        <translation>Deine Spur ist blau über dem Weg. Noch einmal nachfahren, um besser zu werden.</translation>
    </message>
    <message>
        <source>Best so far: {overall} (new best!)</source>
        <translation>Bisher bester Wert: {overall} (neuer Rekord!)</translation>
    </message>
</context>
<context>
    <name>Pressure</name>
    <message>
        <source>Light</source>
        <extracomment>Above this a home massage is pressing harder than it should.</extracomment>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Light pressure</source>
        <translation>Leichter Druck</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Medium pressure</source>
        <translation>Mittlerer Druck</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>Firm pressure</source>
        <translation>Fester Druck</translation>
    </message>
    <message>
        <source>Too much</source>
        <translation>Zu fest</translation>
    </message>
    <message>
        <source>Too much pressure</source>
        <translation>Zu viel Druck</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
</context>
<context>
    <name>PressureCurve</name>
    <message>
        <source>No phases yet.</source>
        <translation>Noch keine Phasen.</translation>
    </message>
    <message numerus="yes">
        <source>Pressure over the session, %n phase(s) in {length}: from {start} up to {peak} of 10 in {phase}, ending at {end}.</source>
        <translation>
            <numerusform>Druckverlauf der Sitzung, %n Phase in {length}: von {start} bis {peak} von 10 in {phase}, am Ende {end}.</numerusform>
            <numerusform>Druckverlauf der Sitzung, %n Phasen in {length}: von {start} bis {peak} von 10 in {phase}, am Ende {end}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressureGauge</name>
    <message>
        <source>Pressure, on a scale of {bands}</source>
        <translation>Druck auf einer Skala: {bands}</translation>
    </message>
    <message>
        <source>{pressure}, {level} of 10</source>
        <translation>{pressure}, {level} von 10</translation>
    </message>
    <message>
        <source>, rising to {target}</source>
        <translation>, steigt auf {target}</translation>
    </message>
    <message>
        <source>, easing to {target}</source>
        <translation>, sinkt auf {target}</translation>
    </message>
    <message>
        <source>{arrow} to {target}</source>
        <translation>{arrow} auf {target}</translation>
    </message>
</context>
<context>
    <name>PressurePlot</name>
    <message>
        <source>Pressure timeline</source>
        <translation>Druckverlauf</translation>
    </message>
</context>
<context>
    <name>PulseDot</name>
    <message>
        <source>Stroke pulse</source>
        <translation>Takt des Griffs</translation>
    </message>
</context>
<context>
    <name>RoutineChoice</name>
    <message>
        <source>Switch routine?</source>
        <translation>Ablauf wechseln?</translation>
    </message>
    <message>
        <source>Switch to {name}? The session in progress will end.</source>
        <translation>Zu {name} wechseln? Die laufende Sitzung endet dann.</translation>
    </message>
    <message>
        <source>“{name}” is ready to start</source>
        <translation>„{name}“ ist startbereit</translation>
    </message>
    <message>
        <source>Saved “{name}”; pick it when this session is over</source>
        <translation>„{name}“ gespeichert; nach dieser Sitzung auswählbar</translation>
    </message>
</context>
<context>
    <name>RoutineDraftText</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Griff</translation>
    </message>
    <message>
        <source>Length (m:ss)</source>
        <translation>Dauer (m:ss)</translation>
    </message>
    <message>
        <source>Pressure from</source>
        <translation>Druck von</translation>
    </message>
    <message>
        <source>Pressure to</source>
        <translation>Druck bis</translation>
    </message>
    <message>
        <source>What the hands do</source>
        <translation>Was die Hände tun</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>stroke</source>
        <translation>Griff</translation>
    </message>
    <message>
        <source>length (m:ss)</source>
        <translation>Dauer (m:ss)</translation>
    </message>
    <message>
        <source>pressure from</source>
        <translation>Druck von</translation>
    </message>
    <message>
        <source>pressure to</source>
        <translation>Druck bis</translation>
    </message>
    <message>
        <source>what the hands do</source>
        <translation>was die Hände tun</translation>
    </message>
    <message>
        <source>must be from {low} to {high}</source>
        <translation>muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <source>type a number from {low} to {high}</source>
        <translation>eine Zahl von {low} bis {high} eingeben</translation>
    </message>
    <message>
        <source>give the phase a name</source>
        <translation>der Phase einen Namen geben</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>Give the routine a name.</source>
        <translation>Dem Ablauf einen Namen geben.</translation>
    </message>
    <message>
        <source>The routine&apos;s name is longer than {most} characters.</source>
        <translation>Der Name des Ablaufs ist länger als {most} Zeichen.</translation>
    </message>
    <message>
        <source>Add at least one phase.</source>
        <translation>Mindestens eine Phase hinzufügen.</translation>
    </message>
    <message>
        <source>A routine has at most {most} phases.</source>
        <translation>Ein Ablauf hat höchstens {most} Phasen.</translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation>höchstens {most} Zeichen</translation>
    </message>
</context>
<context>
    <name>RoutineEditing</name>
    <message>
        <source>use m:ss, like 2:30</source>
        <extracomment>Fitted durations are whole multiples of this, so times read cleanly.</extracomment>
        <translation>m:ss verwenden, z. B. 2:30</translation>
    </message>
    <message>
        <source>enter a time, like 2:30</source>
        <translation>eine Zeit eingeben, z. B. 2:30</translation>
    </message>
    <message>
        <source>use minutes, like 20 min, or m:ss, like 25:00</source>
        <translation>Minuten wie 20 min oder m:ss wie 25:00 verwenden</translation>
    </message>
    <message>
        <source>enter a length, like 20 min</source>
        <translation>eine Dauer eingeben, z. B. 20 min</translation>
    </message>
    <message>
        <source>the total length must be more than zero</source>
        <translation>die Gesamtdauer muss größer als null sein</translation>
    </message>
    <message>
        <source>a time can&apos;t be negative</source>
        <translation>eine Zeit kann nicht negativ sein</translation>
    </message>
    <message>
        <source>{typed} is far too long</source>
        <translation>{typed} ist viel zu lang</translation>
    </message>
    <message>
        <source>write seconds with two digits, like {example}</source>
        <translation>Sekunden zweistellig schreiben, z. B. {example}</translation>
    </message>
    <message>
        <source>seconds must be 0–59 in {typed}</source>
        <translation>die Sekunden in {typed} müssen 0–59 sein</translation>
    </message>
    <message>
        <source>write minutes with two digits after the hours in {typed}</source>
        <translation>in {typed} die Minuten nach den Stunden zweistellig schreiben</translation>
    </message>
    <message>
        <source>minutes must be 0–59 in {typed}</source>
        <translation>die Minuten in {typed} müssen 0–59 sein</translation>
    </message>
    <message>
        <source>&quot;{unit}&quot; is not a unit I know; {hint}</source>
        <translation>„{unit}“ ist keine bekannte Einheit; {hint}</translation>
    </message>
    <message>
        <source>give hours, then minutes, then seconds, each once, in {typed}</source>
        <translation>in {typed} Stunden, dann Minuten, dann Sekunden angeben, jeweils einmal</translation>
    </message>
    <message>
        <source>that is far too long</source>
        <translation>das ist viel zu lang</translation>
    </message>
    <message>
        <source>there are no phases to fit</source>
        <translation>es gibt keine Phasen zum Anpassen</translation>
    </message>
    <message>
        <source>the total length must be a whole multiple of {step} seconds</source>
        <translation>die Gesamtdauer muss ein ganzes Vielfaches von {step} Sekunden sein</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) need at least {least} ({each} s each)</source>
        <translation>
            <numerusform>%n Phase braucht mindestens {least} ({each} s je Phase)</numerusform>
            <numerusform>%n Phasen brauchen mindestens {least} ({each} s je Phase)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) can last at most {most} (an hour each)</source>
        <translation>
            <numerusform>%n Phase dauert höchstens {most} (eine Stunde je Phase)</numerusform>
            <numerusform>%n Phasen dauern höchstens {most} (eine Stunde je Phase)</numerusform>
        </translation>
    </message>
    <message>
        <source>{phase} has no length to scale from</source>
        <translation>{phase} hat keine Dauer zum Skalieren</translation>
    </message>
    <message>
        <source>No phases yet — begin with a light gliding warm-up</source>
        <translation>Noch keine Phasen – mit leichtem Ausstreichen zum Aufwärmen beginnen</translation>
    </message>
    <message>
        <source>Start with a light gliding warm-up; {phase} uses {stroke}</source>
        <translation>Mit leichtem Ausstreichen zum Aufwärmen beginnen; {phase} nutzt {stroke}</translation>
    </message>
    <message>
        <source>{phase} reaches {level} — keep the opening warm-up light ({light} or less)</source>
        <translation>{phase} erreicht {level} – das Aufwärmen am Anfang leicht halten ({light} oder weniger)</translation>
    </message>
    <message>
        <source>Pressure jumps from {before} to {after} at {phase} — build up gradually</source>
        <translation>Druck springt bei {phase} von {before} auf {after} – allmählich steigern</translation>
    </message>
    <message>
        <source>Pressure drops from {before} to {after} at {phase} — ease off gradually</source>
        <translation>Druck fällt bei {phase} von {before} auf {after} – allmählich nachlassen</translation>
    </message>
    <message>
        <source>{phase} goes from {start} to {end} — too steep for one phase</source>
        <translation>{phase} geht von {start} auf {end} – zu steil für eine Phase</translation>
    </message>
    <message>
        <source>{phase} is firm ({level}) in the first 5 minutes — save firm work for later</source>
        <translation>{phase} ist in den ersten 5 Minuten fest ({level}) – festen Druck für später aufheben</translation>
    </message>
    <message>
        <source>{phase} is over {light} in the first 2 minutes — warm up with light strokes first</source>
        <translation>{phase} liegt in den ersten 2 Minuten über {light} – erst mit leichten Zügen aufwärmen</translation>
    </message>
    <message>
        <source>{phase} reaches {level} — more than a home massage should use</source>
        <translation>{phase} erreicht {level} – mehr, als eine Massage zu Hause haben sollte</translation>
    </message>
    <message>
        <source>{phase}: press beside the spine or on one area, not the whole back</source>
        <translation>{phase}: neben der Wirbelsäule oder auf einem Bereich drücken, nicht auf dem ganzen Rücken</translation>
    </message>
    <message>
        <source>{phase} ends at {level} — end gently, easing down to {light} or less</source>
        <translation>{phase} endet bei {level} – sanft ausklingen lassen, bis {light} oder weniger</translation>
    </message>
    <message>
        <source>End gently: finish with a slow glide or resting hands after {phase}</source>
        <translation>Sanft enden: nach {phase} mit langsamem Ausstreichen oder ruhenden Händen abschließen</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <extracomment>A phase&apos;s name in a sentence, in the language&apos;s own quotation marks.</extracomment>
        <translation>„{name}“</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routine editor</source>
        <translation>Ablauf-Editor</translation>
    </message>
    <message>
        <source>Routine editor (recovered)</source>
        <translation>Ablauf-Editor (wiederhergestellt)</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name des Ablaufs</translation>
    </message>
    <message>
        <source>rename routine</source>
        <translation>Ablauf umbenennen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>This is a built-in routine: it cannot be changed, but you can save your edits as a copy of your own.</source>
        <translation>Dies ist ein eingebauter Ablauf: Er lässt sich nicht ändern, aber du kannst deine Änderungen als eigene Kopie speichern.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>e.g. 20 min</source>
        <translation>z. B. 20 min</translation>
    </message>
    <message>
        <source>Fit to a total length</source>
        <translation>Auf eine Gesamtdauer bringen</translation>
    </message>
    <message>
        <source>Fit to length</source>
        <translation>Dauer anpassen</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save as a copy</source>
        <translation>Als Kopie speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phase {number}, {column}: {problem}</source>
        <translation>Phase {number}, {column}: {problem}</translation>
    </message>
    <message>
        <source>Advice: {advice}</source>
        <translation>Hinweis: {advice}</translation>
    </message>
    <message>
        <source>Built-in routines are read-only: save a copy</source>
        <translation>Eingebaute Abläufe sind schreibgeschützt: als Kopie speichern</translation>
    </message>
    <message>
        <source>Save ({keys})</source>
        <translation>Speichern ({keys})</translation>
    </message>
    <message>
        <source>{routine} · Routine editor</source>
        <translation>{routine} · Ablauf-Editor</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>duplicate phase {number}</source>
        <translation>Phase {number} duplizieren</translation>
    </message>
    <message>
        <source>delete phase {number}</source>
        <translation>Phase {number} löschen</translation>
    </message>
    <message>
        <source>move phase {number}</source>
        <translation>Phase {number} verschieben</translation>
    </message>
    <message>
        <source>Fix the marked cells first, then fit the length.</source>
        <translation>Erst die markierten Zellen korrigieren, dann die Dauer anpassen.</translation>
    </message>
    <message>
        <source>Cannot fit to {text}: {exc}</source>
        <translation>Anpassen auf {text} nicht möglich: {exc}</translation>
    </message>
    <message>
        <source>fit to {duration}</source>
        <translation>auf {duration} anpassen</translation>
    </message>
    <message>
        <source>Fix the marked cells first; they say what is wrong.</source>
        <translation>Erst die markierten Zellen korrigieren; dort steht, was nicht stimmt.</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (meine Kopie)</translation>
    </message>
    <message>
        <source>This routine has problems to fix before it can be saved:</source>
        <translation>Vor dem Speichern sind in diesem Ablauf Fehler zu beheben:</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {routine}?</source>
        <translation>Änderungen an {routine} speichern?</translation>
    </message>
    <message>
        <source>this routine</source>
        <translation>diesem Ablauf</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <source>, got {value}</source>
        <translation>, erhalten: {value}</translation>
    </message>
    <message>
        <source>; got {value}</source>
        <translation>; erhalten: {value}</translation>
    </message>
    <message>
        <source>the file must hold a JSON object, got {kind}</source>
        <translation>die Datei muss ein JSON-Objekt enthalten, erhalten: {kind}</translation>
    </message>
    <message>
        <source>must be &quot;{format}&quot;</source>
        <translation>muss &quot;{format}&quot; sein</translation>
    </message>
    <message>
        <source>{version} was made by a newer version of the app (this one reads version {readable}); please update the app</source>
        <translation>{version} stammt von einer neueren App-Version (diese liest Version {readable}); bitte die App aktualisieren</translation>
    </message>
    <message>
        <source>must be {version}</source>
        <translation>muss {version} sein</translation>
    </message>
    <message>
        <source>must be a list of phases</source>
        <translation>muss eine Liste von Phasen sein</translation>
    </message>
    <message>
        <source>must hold 1 to {most} phases</source>
        <translation>muss 1 bis {most} Phasen enthalten</translation>
    </message>
    <message>
        <source>file is {size} bytes; routine files may be at most {most} bytes</source>
        <translation>Datei hat {size} Bytes; Ablaufdateien dürfen höchstens {most} Bytes haben</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>Datei nicht lesbar: {reason}</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at position {position})</source>
        <translation>kein UTF-8-Text (ungültiges Byte an Position {position})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the key appears twice</source>
        <translation>der Schlüssel kommt doppelt vor</translation>
    </message>
    <message>
        <source>nested too deeply to be a routine</source>
        <translation>zu tief verschachtelt für einen Ablauf</translation>
    </message>
    <message>
        <source>not valid JSON: {error} at line {line}, column {column}</source>
        <translation>kein gültiges JSON: {error} in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>not a usable JSON value: {error}</source>
        <translation>kein verwendbarer JSON-Wert: {error}</translation>
    </message>
    <message>
        <source>{constant} is not allowed; use an ordinary number</source>
        <translation>{constant} ist nicht erlaubt; eine gewöhnliche Zahl verwenden</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a number of seconds from {low} to {high}</source>
        <translation>muss eine Zahl von Sekunden von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>&quot;spine&quot; is never a target: never press on the spine; use &quot;spine_sides&quot; to work the muscles beside it</source>
        <translation>&quot;spine&quot; ist nie ein Ziel: nie auf die Wirbelsäule drücken; &quot;spine_sides&quot; verwenden, um die Muskeln daneben zu bearbeiten</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>muss eins von {allowed} sein</translation>
    </message>
    <message>
        <source>must be an object like {example}</source>
        <translation>muss ein Objekt wie {example} sein</translation>
    </message>
    <message>
        <source>must be a number from {low} to {high}</source>
        <translation>muss eine Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>must be text of 1 to {most} characters</source>
        <translation>muss Text mit 1 bis {most} Zeichen sein</translation>
    </message>
    <message>
        <source>must be at most {most} characters</source>
        <translation>darf höchstens {most} Zeichen haben</translation>
    </message>
    <message>
        <source>unknown key (allowed: {keys})</source>
        <translation>unbekannter Schlüssel (erlaubt: {keys})</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>RoutineManager</name>
    <message>
        <source>My routine</source>
        <translation>Mein Ablauf</translation>
    </message>
    <message>
        <source>Recover unsaved routine?</source>
        <translation>Ungespeicherten Ablauf wiederherstellen?</translation>
    </message>
    <message>
        <source>“{routine}” had unsaved changes when the app closed ({when}). Open them again?</source>
        <translation>„{routine}“ hatte beim Schließen der App ungespeicherte Änderungen ({when}). Wieder öffnen?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Ablauf importieren</translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation>Ablaufdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Can&apos;t import this file</source>
        <translation>Diese Datei lässt sich nicht importieren</translation>
    </message>
    <message>
        <source>{file} is not a routine this app can use:</source>
        <translation>{file} ist kein Ablauf, den diese App nutzen kann:</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>ablauf</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Ablauf exportieren</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Ablaufdateien (*.json)</translation>
    </message>
    <message>
        <source>Can&apos;t export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Saved “{name}” to {path}</source>
        <translation>„{name}“ nach {path} gespeichert</translation>
    </message>
    <message>
        <source>Delete routine?</source>
        <translation>Ablauf löschen?</translation>
    </message>
    <message>
        <source>Delete “{name}”? It moves to the trash folder inside the app&apos;s data folder, so it can still be recovered.</source>
        <translation>„{name}“ löschen? Er kommt in den Papierkorb im Datenordner der App und lässt sich so noch wiederherstellen.</translation>
    </message>
    <message>
        <source>Can&apos;t delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Deine Abläufe</translation>
    </message>
    <message>
        <source>{file} · can&apos;t be used</source>
        <translation>{file} · nicht nutzbar</translation>
    </message>
</context>
<context>
    <name>SafetyCheck</name>
    <message>
        <source> (adapted)</source>
        <extracomment>Highest level allowed where only light pressure is safe (a sore spot). Highest level allowed for an older adult or in pregnancy. Every level is multiplied by this for an older adult, before the cap.</extracomment>
        <translation> (angepasst)</translation>
    </message>
    <message>
        <source>Do they have a fever or an infection right now?</source>
        <translation>Hat die Person gerade Fieber oder eine Infektion?</translation>
    </message>
    <message>
        <source>a fever or infection</source>
        <translation>Fieber oder eine Infektion</translation>
    </message>
    <message>
        <source>Is any part of the back inflamed, swollen, bruised or freshly injured?</source>
        <translation>Ist der Rücken irgendwo entzündet, geschwollen, blau oder frisch verletzt?</translation>
    </message>
    <message>
        <source>inflammation, swelling, bruising or a fresh injury</source>
        <translation>eine Entzündung, Schwellung, blaue Flecken oder eine frische Verletzung</translation>
    </message>
    <message>
        <source>Have they had a recent fracture, or do they have osteoporosis or another bone condition?</source>
        <translation>Gab es kürzlich einen Knochenbruch, oder hat die Person Osteoporose oder eine andere Knochenerkrankung?</translation>
    </message>
    <message>
        <source>a recent fracture or a bone condition</source>
        <translation>einen kürzlichen Knochenbruch oder eine Knochenerkrankung</translation>
    </message>
    <message>
        <source>Do they have severe, sharp or unexplained pain in the back?</source>
        <translation>Hat die Person starke, stechende oder ungeklärte Rückenschmerzen?</translation>
    </message>
    <message>
        <source>severe, sharp or unexplained pain</source>
        <translation>starke, stechende oder ungeklärte Schmerzen</translation>
    </message>
    <message>
        <source>Are there cuts, burns, a rash or irritated skin on the back?</source>
        <translation>Gibt es am Rücken Schnitte, Verbrennungen, Ausschlag oder gereizte Haut?</translation>
    </message>
    <message>
        <source>cuts, burns, a rash or irritated skin</source>
        <translation>Schnitte, Verbrennungen, Ausschlag oder gereizte Haut</translation>
    </message>
    <message>
        <source>Do they have varicose veins or a possible blood clot?</source>
        <translation>Hat die Person Krampfadern oder vielleicht ein Blutgerinnsel?</translation>
    </message>
    <message>
        <source>varicose veins or a possible blood clot</source>
        <translation>Krampfadern oder ein mögliches Blutgerinnsel</translation>
    </message>
    <message>
        <source>Better not to give a back massage today: you mentioned {topics}. Massage could make this worse. Please ask a doctor or another health professional first; the massage can wait until they say it is fine.</source>
        <translation>Heute besser keine Rückenmassage: Du hast {topics} angegeben. Massage könnte das verschlimmern. Bitte erst ärztlichen oder anderen medizinischen Rat einholen; die Massage kann warten, bis es dort grünes Licht gibt.</translation>
    </message>
    <message>
        <source>No special care</source>
        <translation>Keine Besonderheiten</translation>
    </message>
    <message>
        <source>Older adult</source>
        <translation>Ältere Person</translation>
    </message>
    <message>
        <source>Skin is thinner and muscles less elastic with age: pressure stays lighter, and ask often whether anything feels uncomfortable.</source>
        <translation>Im Alter ist die Haut dünner und die Muskeln sind weniger elastisch: Der Druck bleibt leichter, und öfter fragen, ob etwas unangenehm ist.</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>Prenatal massage needs special training, so the lower back is left out and pressure stays at medium or below. Never press on the belly.</source>
        <translation>Massage in der Schwangerschaft braucht eine besondere Ausbildung: Der untere Rücken wird ausgelassen, der Druck bleibt höchstens mittel. Nie auf den Bauch drücken.</translation>
    </message>
    <message>
        <source>the whole back</source>
        <translation>am ganzen Rücken</translation>
    </message>
    <message>
        <source>the shoulders</source>
        <translation>an den Schultern</translation>
    </message>
    <message>
        <source>the shoulder blades</source>
        <translation>an den Schulterblättern</translation>
    </message>
    <message>
        <source>the muscles beside the spine</source>
        <translation>an den Muskeln neben der Wirbelsäule</translation>
    </message>
    <message>
        <source>the lower back</source>
        <translation>am unteren Rücken</translation>
    </message>
    <message>
        <source>Lower-back phases left out in pregnancy (−{time}).</source>
        <translation>Phasen am unteren Rücken in der Schwangerschaft ausgelassen (−{time}).</translation>
    </message>
    <message>
        <source>Gentle whole-back glide</source>
        <translation>Sanftes Ausstreichen, ganzer Rücken</translation>
    </message>
    <message>
        <source>A gentle whole-back glide stands in for them.</source>
        <translation>Stattdessen sanftes Ausstreichen des ganzen Rückens.</translation>
    </message>
    <message>
        <source>Pressure a quarter lighter throughout for an older adult.</source>
        <translation>Druck durchgehend ein Viertel leichter für eine ältere Person.</translation>
    </message>
    <message>
        <source>Pressure capped at medium for an older adult.</source>
        <translation>Druck höchstens mittel für eine ältere Person.</translation>
    </message>
    <message>
        <source>Pressure capped at medium in pregnancy.</source>
        <translation>Druck höchstens mittel in der Schwangerschaft.</translation>
    </message>
    <message>
        <source>Light pressure only on {place}: a sore spot is marked there{names}.</source>
        <translation>Nur leichter Druck {place}: Dort ist eine empfindliche Stelle markiert{names}.</translation>
    </message>
    <message>
        <source>Light pressure only on {place}: sore spots are marked there{names}.</source>
        <translation>Nur leichter Druck {place}: Dort sind empfindliche Stellen markiert{names}.</translation>
    </message>
    <message>
        <source>Pressure eases in and out around the lighter phases.</source>
        <translation>Vor und nach den leichteren Phasen ändert sich der Druck allmählich.</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Before you start: a safety check</source>
        <translation>Vor dem Start: Sicherheitscheck</translation>
    </message>
    <message>
        <source>Safety check</source>
        <translation>Sicherheitscheck</translation>
    </message>
    <message>
        <source>Tick any that apply to the person on the table today.</source>
        <translation>Ankreuzen, was heute auf die Person auf der Liege zutrifft.</translation>
    </message>
    <message>
        <source>Anything changed since last time? Tick any that apply today; Enter confirms all clear.</source>
        <translation>Seit dem letzten Mal etwas anders? Ankreuzen, was heute zutrifft; Enter bestätigt: alles in Ordnung.</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>Für wen?</translation>
    </message>
    <message>
        <source>Care profile: {profile}</source>
        <translation>Vorsichtsprofil: {profile}</translation>
    </message>
    <message>
        <source>Safety advice</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>All clear: go on</source>
        <translation>Alles in Ordnung: weiter</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>Trotzdem weiter</translation>
    </message>
    <message>
        <source>Continue anyway, against the advice</source>
        <translation>Trotzdem weiter, entgegen dem Rat</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>SafetyFlow</name>
    <message>
        <source>Care profile set to {profile}; it applies from the next session.</source>
        <translation>Vorsichtsprofil jetzt {profile}; gilt ab der nächsten Sitzung.</translation>
    </message>
    <message>
        <source>Going on against the safety advice: keep it light and stop at any discomfort.</source>
        <translation>Weiter entgegen dem Sicherheitshinweis: leicht bleiben und bei jedem Unbehagen aufhören.</translation>
    </message>
</context>
<context>
    <name>ScreenAwakeText</name>
    <message>
        <source>A massage session is running</source>
        <translation>Eine Massagesitzung läuft</translation>
    </message>
</context>
<context>
    <name>SessionCues</name>
    <message>
        <source>Time&apos;s up. Next: {zone}, {stroke}. Press any key when ready.</source>
        <translation>Zeit um. Als Nächstes: {zone}, {stroke}. Wenn bereit, eine Taste drücken.</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>The session history could not be saved: {problem}</source>
        <translation>Der Sitzungsverlauf konnte nicht gespeichert werden: {problem}</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Zurück</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Weiter  ▶</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit this routine</source>
        <translation>Diesen Ablauf bearbeiten</translation>
    </message>
    <message>
        <source>Practice strokes</source>
        <translation>Griffe üben</translation>
    </message>
    <message>
        <source>Care profile</source>
        <translation>Vorsichtsprofil</translation>
    </message>
    <message>
        <source>Keyboard hint</source>
        <translation>Tastenhinweis</translation>
    </message>
    <message>
        <source>{what}. Key: {keys}</source>
        <translation>{what}. Taste: {keys}</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Warm a little oil in your palms, then rest both hands on the back.</source>
        <translation>Etwas Öl in den Händen wärmen, dann beide Hände auf den Rücken legen.</translation>
    </message>
    <message>
        <source>How is the pressure?</source>
        <translation>Wie ist der Druck?</translation>
    </message>
    <message>
        <source>One minute left.</source>
        <translation>Noch eine Minute.</translation>
    </message>
    <message>
        <source>All done. A glass of water, and let them rest quietly for a while.</source>
        <translation>Geschafft. Ein Glas Wasser anbieten und eine Weile ruhen lassen.</translation>
    </message>
    <message>
        <source>Pressure is fine: carry on.</source>
        <translation>Druck passt: weitermachen.</translation>
    </message>
    <message>
        <source>Lighter from now on: the pressure is lowered for the rest.</source>
        <translation>Ab jetzt leichter: Der Druck wird für den Rest gesenkt.</translation>
    </message>
    <message>
        <source>Stopping here: on to the gentle ending.</source>
        <translation>Hier aufhören: weiter zum sanften Abschluss.</translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation>Vor dem Beginn</translation>
    </message>
    <message>
        <source>Skip the massage if they have a fever or infection, a fresh injury, swelling or bruising, a recent fracture or a bone condition, broken or irritated skin, varicose veins or a suspected clot, or sharp pain nobody has explained. Ask a health professional first.</source>
        <translation>Keine Massage bei Fieber oder Infektion, frischer Verletzung, Schwellung oder blauen Flecken, kürzlichem Knochenbruch oder Knochenerkrankung, verletzter oder gereizter Haut, Krampfadern oder Verdacht auf ein Blutgerinnsel oder ungeklärten stechenden Schmerzen. Erst medizinischen Rat einholen.</translation>
    </message>
    <message>
        <source>Take extra care with older adults (lighter strokes) and in pregnancy (leave the lower back alone unless you are trained).</source>
        <translation>Besonders vorsichtig bei älteren Menschen (leichtere Züge) und in der Schwangerschaft (unteren Rücken auslassen, außer du bist dafür ausgebildet).</translation>
    </message>
    <message>
        <source>While you massage</source>
        <translation>Während der Massage</translation>
    </message>
    <message>
        <source>Never press on the spine itself: work the muscles on either side of it.</source>
        <translation>Nie auf die Wirbelsäule selbst drücken: die Muskeln links und rechts davon bearbeiten.</translation>
    </message>
    <message>
        <source>Warm up with light strokes first and build pressure slowly.</source>
        <translation>Erst mit leichten Zügen aufwärmen und den Druck langsam steigern.</translation>
    </message>
    <message>
        <source>Ask how the pressure feels, and ease off at any sign of discomfort.</source>
        <translation>Fragen, wie sich der Druck anfühlt, und beim kleinsten Unbehagen nachlassen.</translation>
    </message>
    <message>
        <source>Ready · {key} to start</source>
        <translation>Bereit · {key} zum Starten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Get ready: hands on the back</source>
        <translation>Vorbereiten: Hände auf den Rücken</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Time&apos;s up · any key: next phase</source>
        <translation>Zeit um · Taste drücken: nächste Phase</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <source>Paused · {key} to resume</source>
        <translation>Pausiert · {key} zum Fortsetzen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Done · {key} to start again</source>
        <translation>Fertig · {key} für Neustart</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Session complete. Let them rest.</source>
        <translation>Sitzung beendet. Jetzt ruhen lassen.</translation>
    </message>
    <message>
        <source>Phase {number} of {count}: {phase}. {zone}, {stroke}.</source>
        <translation>Phase {number} von {count}: {phase}. {zone}, {stroke}.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <source>Getting ready, {time}. First: {where}</source>
        <translation>Vorbereiten, {time}. Zuerst: {where}</translation>
    </message>
    <message>
        <source>{where} {time} left. {pressure}, {level} of 10.</source>
        <translation>{where} Noch {time}. {pressure}, {level} von 10.</translation>
    </message>
    <message>
        <source>The computer went to sleep, so the session paused where it was. Press {key} to go on.</source>
        <translation>Der Computer war im Ruhezustand, daher wurde die Sitzung angehalten. {key} drücken, um weiterzumachen.</translation>
    </message>
    <message>
        <source>{phase}. {instruction}.</source>
        <translation>{phase}. {instruction}.</translation>
    </message>
</context>
<context>
    <name>SettingsText</name>
    <message>
        <source>Could not read the settings file {path}; using the default settings.</source>
        <translation>Konnte die Einstellungsdatei {path} nicht lesen; es gelten die Standardeinstellungen.</translation>
    </message>
    <message>
        <source>Saved {setting} {value} {problem}; using {default}.</source>
        <translation>Gespeicherter Wert für {setting} ({value}) {problem}; stattdessen {default}.</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>die Einstellungen</translation>
    </message>
    <message>
        <source>the window&apos;s size and place</source>
        <translation>Größe und Position des Fensters</translation>
    </message>
    <message>
        <source>your best practice score</source>
        <translation>deinen besten Übungswert</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged; settings that could not be read are back to their defaults.</source>
        <translation>Die Einstellungsdatei {path} ist beschädigt; nicht lesbare Einstellungen sind wieder auf Standard.</translation>
    </message>
    <message>
        <source>The settings file {path} was damaged, so it was set aside as {kept}; settings that could not be read are back to their defaults.</source>
        <translation>Die Einstellungsdatei {path} war beschädigt und wurde als {kept} beiseitegelegt; nicht lesbare Einstellungen sind wieder auf Standard.</translation>
    </message>
    <message>
        <source>Could not save {what} to {path}: the file or its folder cannot be written.</source>
        <translation>Konnte {what} nicht in {path} speichern: Datei oder Ordner nicht beschreibbar.</translation>
    </message>
    <message>
        <source>was not a number</source>
        <translation>war keine Zahl</translation>
    </message>
    <message>
        <source>was not on or off</source>
        <translation>war weder an noch aus</translation>
    </message>
    <message>
        <source>was not one of {choices}</source>
        <translation>war nicht eins von {choices}</translation>
    </message>
    <message>
        <source>was not a routine name</source>
        <translation>war kein Ablaufname</translation>
    </message>
    <message>
        <source>is not a language the app has</source>
        <translation>ist keine Sprache der App</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>was not between {low} and {high} seconds</source>
        <translation>lag nicht zwischen {low} und {high} Sekunden</translation>
    </message>
    <message>
        <source>was not between {low} and {high} (0% to 100%)</source>
        <translation>lag nicht zwischen {low} und {high} (0 % bis 100 %)</translation>
    </message>
    <message>
        <source>routine choice</source>
        <translation>Ablaufwahl</translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation>Vorbereitungszeit</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds} Sekunden</translation>
    </message>
    <message>
        <source>sound setting</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>full-screen setting</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>safety check setting</source>
        <translation>Sicherheitscheck</translation>
    </message>
    <message>
        <source>manual advance setting</source>
        <translation>Weiter per Taste</translation>
    </message>
    <message>
        <source>reduced motion setting</source>
        <translation>Weniger Bewegung</translation>
    </message>
    <message>
        <source>spoken cues setting</source>
        <translation>Sprachansagen</translation>
    </message>
    <message>
        <source>care profile</source>
        <translation>Vorsichtsprofil</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>voice commands setting</source>
        <translation>Einstellung für Sprachbefehle</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(unreadable data)</source>
        <translation>(unlesbare Daten)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Could not save {path}: {reason}.</source>
        <translation>Konnte {path} nicht speichern: {reason}.</translation>
    </message>
    <message>
        <source>Could not save {what}: there is no folder {folder}.</source>
        <translation>Konnte {what} nicht speichern: Es gibt keinen Ordner {folder}.</translation>
    </message>
    <message>
        <source>Could not save {what}: {reason}.</source>
        <translation>Konnte {what} nicht speichern: {reason}.</translation>
    </message>
    <message>
        <source>Could not start a new history file {path}: {exc}.</source>
        <translation>Konnte keine neue Verlaufsdatei {path} anlegen: {exc}.</translation>
    </message>
    <message>
        <source>Could not open the history file {path}: {exc}.</source>
        <translation>Konnte die Verlaufsdatei {path} nicht öffnen: {exc}.</translation>
    </message>
    <message>
        <source>Could not open the history file {path}: {exc}. It was left as it is.</source>
        <translation>Konnte die Verlaufsdatei {path} nicht öffnen: {exc}. Sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>Could not read the history file {path}: {exc}.</source>
        <translation>Konnte die Verlaufsdatei {path} nicht lesen: {exc}.</translation>
    </message>
    <message>
        <source>Could not save to the history file {path}: {exc}.</source>
        <translation>Konnte nicht in der Verlaufsdatei {path} speichern: {exc}.</translation>
    </message>
    <message>
        <source>Could not save to the history file {path}: {value}.</source>
        <translation>Konnte nicht in der Verlaufsdatei {path} speichern: {value}.</translation>
    </message>
    <message>
        <source>Could not bring the history file up to date: {exc}.</source>
        <translation>Konnte die Verlaufsdatei nicht aktualisieren: {exc}.</translation>
    </message>
    <message>
        <source>The history file {path} is damaged and could not be moved aside: {reason}.</source>
        <translation>Die Verlaufsdatei {path} ist beschädigt und ließ sich nicht beiseitelegen: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) of yours from {sources} into the app&apos;s own folder {folder}.</source>
        <translation>
            <numerusform>%n deiner Dateien aus {sources} in den Ordner der App {folder} verschoben.</numerusform>
            <numerusform>%n deiner Dateien aus {sources} in den Ordner der App {folder} verschoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>A different file had the same name, so both are kept: {names}.</source>
        <translation>Eine andere Datei hatte denselben Namen, daher bleiben beide erhalten: {names}.</translation>
    </message>
    <message>
        <source>Not moved: {problems}</source>
        <translation>Nicht verschoben: {problems}</translation>
    </message>
    <message>
        <source>{source} could not be read: {reason}.</source>
        <translation>{source} war nicht lesbar: {reason}.</translation>
    </message>
    <message>
        <source>{source} was left where it is: no free name for it in {folder}.</source>
        <translation>{source} bleibt, wo es ist: kein freier Name dafür in {folder}.</translation>
    </message>
    <message>
        <source>{source} could not be moved to {target}: {reason}.</source>
        <translation>{source} ließ sich nicht nach {target} verschieben: {reason}.</translation>
    </message>
    <message>
        <source>{source} could not be copied to {target}: {reason}.</source>
        <translation>{source} ließ sich nicht nach {target} kopieren: {reason}.</translation>
    </message>
    <message>
        <source>Your routines, settings and session history can&apos;t be saved. {problem} Built-in routines work as usual. To keep your own, set {variable} to a folder you can write to, or fix this one and restart the app.</source>
        <translation>Deine Abläufe, Einstellungen und dein Sitzungsverlauf können nicht gespeichert werden. {problem} Die eingebauten Abläufe funktionieren wie gewohnt. Um Eigenes zu behalten, {variable} auf einen beschreibbaren Ordner setzen oder diesen reparieren und die App neu starten.</translation>
    </message>
    <message>
        <source>The data folder {folder} is a file, not a folder.</source>
        <translation>Der Datenordner {folder} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The data folder {folder} is on a read-only drive.</source>
        <translation>Der Datenordner {folder} liegt auf einem schreibgeschützten Laufwerk.</translation>
    </message>
    <message>
        <source>You have no permission to write in the data folder {folder}.</source>
        <translation>Du hast keine Schreibrechte im Datenordner {folder}.</translation>
    </message>
    <message>
        <source>The data folder {folder} can&apos;t be made: part of its path is a file.</source>
        <translation>Der Datenordner {folder} lässt sich nicht anlegen: Ein Teil seines Pfads ist eine Datei.</translation>
    </message>
    <message>
        <source>The data folder {folder} can&apos;t be used: {reason}.</source>
        <translation>Der Datenordner {folder} ist nicht nutzbar: {reason}.</translation>
    </message>
    <message>
        <source>Could not make the folder {folder}: {reason}.</source>
        <translation>Konnte den Ordner {folder} nicht anlegen: {reason}.</translation>
    </message>
    <message>
        <source>Could not use the folder {folder}: it is a file, not a folder.</source>
        <translation>Konnte den Ordner {folder} nicht nutzen: Er ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>{problem} Set {variable} to a folder you can write to.</source>
        <translation>{problem} {variable} auf einen beschreibbaren Ordner setzen.</translation>
    </message>
    <message>
        <source>Could not read the routines folder {folder}: {reason}.</source>
        <translation>Konnte den Ordner der Abläufe {folder} nicht lesen: {reason}.</translation>
    </message>
    <message>
        <source>Could not save the routine {name}: it would take {count} bytes; routine files may be at most {most} bytes.</source>
        <translation>Konnte den Ablauf {name} nicht speichern: Er bräuchte {count} Bytes; Ablaufdateien dürfen höchstens {most} Bytes haben.</translation>
    </message>
    <message>
        <source>Could not move {path} to the trash folder {trash}: {reason}.</source>
        <translation>Konnte {path} nicht in den Papierkorb {trash} verschieben: {reason}.</translation>
    </message>
    <message>
        <source>the routine in {folder}</source>
        <translation>den Ablauf in {folder}</translation>
    </message>
    <message>
        <source>Could not save the routine in {folder}: {reason}.</source>
        <translation>Konnte den Ablauf in {folder} nicht speichern: {reason}.</translation>
    </message>
    <message>
        <source>Could not find a free file name for {base} in {folder}.</source>
        <translation>Kein freier Dateiname für {base} in {folder} gefunden.</translation>
    </message>
    <message>
        <source>Could not save the draft {path}: {exc}.</source>
        <translation>Konnte den Entwurf {path} nicht speichern: {exc}.</translation>
    </message>
    <message>
        <source>Could not save the draft {path}: it would take {count} bytes; drafts may be at most {most} bytes.</source>
        <translation>Konnte den Entwurf {path} nicht speichern: Er bräuchte {count} Bytes; Entwürfe dürfen höchstens {most} Bytes haben.</translation>
    </message>
    <message>
        <source>Could not remove the draft {path}: {reason}.</source>
        <translation>Konnte den Entwurf {path} nicht entfernen: {reason}.</translation>
    </message>
</context>
<context>
    <name>StretchFigure</name>
    <message>
        <source>Stretch animation</source>
        <extracomment>The bend of a side bend comes from the waist, the narrowest point. How much of a shoulder roll each torso knot takes part in: the top of the shoulders all of it, the flank below the armpit none.</extracomment>
        <translation>Dehnung als Animation</translation>
    </message>
    <message>
        <source>Now: {movement}, {how}. The figure loops through slow shoulder rolls and gentle side bends.</source>
        <translation>Jetzt: {movement}, {how}. Die Figur zeigt immer wieder langsames Schulterkreisen und sanftes Seitneigen.</translation>
    </message>
</context>
<context>
    <name>Stretches</name>
    <message>
        <source>Shoulder rolls</source>
        <translation>Schulterkreisen</translation>
    </message>
    <message>
        <source>Side bends</source>
        <translation>Seitneigen</translation>
    </message>
    <message>
        <source>up, back and down, slowly</source>
        <translation>hoch, zurück und runter, langsam</translation>
    </message>
    <message>
        <source>over to each side, only as far as is easy</source>
        <translation>zu jeder Seite, nur so weit es leichtfällt</translation>
    </message>
</context>
<context>
    <name>Strokes</name>
    <message>
        <source>Long gliding strokes</source>
        <translation>Lange Streichungen</translation>
    </message>
    <message>
        <source>Flat palms</source>
        <translation>Flache Hände</translation>
    </message>
    <message>
        <source>Flat palms glide down beside the spine and back up the sides</source>
        <translation>Flache Hände gleiten neben der Wirbelsäule hinab und an den Seiten wieder hoch</translation>
    </message>
    <message>
        <source>Palm circles</source>
        <translation>Handballenkreise</translation>
    </message>
    <message>
        <source>Heels of the palms</source>
        <translation>Handballen</translation>
    </message>
    <message>
        <source>Heels of the palms make slow circles</source>
        <translation>Die Handballen kreisen langsam</translation>
    </message>
    <message>
        <source>Fingertip circles</source>
        <translation>Fingerkreise</translation>
    </message>
    <message>
        <source>Fingertips</source>
        <translation>Fingerspitzen</translation>
    </message>
    <message>
        <source>Fingertips make small circles around the shoulder blades</source>
        <translation>Die Fingerspitzen kreisen klein um die Schulterblätter</translation>
    </message>
    <message>
        <source>Kneading</source>
        <translation>Kneten</translation>
    </message>
    <message>
        <source>Whole hands</source>
        <translation>Ganze Hände</translation>
    </message>
    <message>
        <source>Hands take turns to lift and squeeze, like kneading dough</source>
        <translation>Die Hände greifen und drücken abwechselnd, wie beim Teigkneten</translation>
    </message>
    <message>
        <source>Palm presses</source>
        <translation>Handflächendruck</translation>
    </message>
    <message>
        <source>Flat palms press and release, stepping slowly along</source>
        <translation>Flache Hände drücken und lösen, langsam weiterwandernd</translation>
    </message>
    <message>
        <source>Thumb presses</source>
        <translation>Daumendruck</translation>
    </message>
    <message>
        <source>Thumbs</source>
        <translation>Daumen</translation>
    </message>
    <message>
        <source>Thumbs press beside the spine, stepping upward, never on it</source>
        <translation>Daumen drücken neben der Wirbelsäule, nie darauf, und wandern aufwärts</translation>
    </message>
    <message>
        <source>Knuckle presses</source>
        <translation>Knöcheldruck</translation>
    </message>
    <message>
        <source>Soft knuckles</source>
        <translation>Lockere Knöchel</translation>
    </message>
    <message>
        <source>Knuckles roll slowly upward beside the spine, never on it</source>
        <translation>Knöchel rollen langsam neben der Wirbelsäule hoch, nie darauf</translation>
    </message>
    <message>
        <source>Upward fan strokes</source>
        <translation>Fächerstreichungen</translation>
    </message>
    <message>
        <source>Palms sweep up and out from the spine toward the sides</source>
        <translation>Handflächen streichen von der Wirbelsäule nach oben und zu den Seiten aus</translation>
    </message>
    <message>
        <source>Resting hands</source>
        <translation>Ruhende Hände</translation>
    </message>
    <message>
        <source>Hands rest still and warm; breathe slowly together</source>
        <translation>Hände ruhen still und warm; gemeinsam langsam atmen</translation>
    </message>
    <message>
        <source>long gliding strokes</source>
        <translation>lange Streichungen</translation>
    </message>
    <message>
        <source>palm circles</source>
        <translation>Handballenkreise</translation>
    </message>
    <message>
        <source>fingertip circles</source>
        <translation>Fingerkreise</translation>
    </message>
    <message>
        <source>kneading</source>
        <translation>Kneten</translation>
    </message>
    <message>
        <source>palm presses</source>
        <translation>Handflächendruck</translation>
    </message>
    <message>
        <source>thumb presses</source>
        <translation>Daumendruck</translation>
    </message>
    <message>
        <source>knuckle presses</source>
        <translation>Knöcheldruck</translation>
    </message>
    <message>
        <source>upward fan strokes</source>
        <translation>Fächerstreichungen</translation>
    </message>
    <message>
        <source>resting hands</source>
        <translation>ruhende Hände</translation>
    </message>
    <message>
        <source>keep still, breathe slowly</source>
        <translation>still halten, langsam atmen</translation>
    </message>
    <message numerus="yes">
        <source>%n presses a minute</source>
        <translation>
            <numerusform>%n Druck pro Minute</numerusform>
            <numerusform>%n Drücke pro Minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n circles a minute</source>
        <translation>
            <numerusform>%n Kreis pro Minute</numerusform>
            <numerusform>%n Kreise pro Minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strokes a minute</source>
        <translation>
            <numerusform>%n Zug pro Minute</numerusform>
            <numerusform>%n Züge pro Minute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableFace</name>
    <message>
        <source>Table view</source>
        <translation>Fernansicht</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Session complete</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>First: {phase}</source>
        <translation>Zuerst: {phase}</translation>
    </message>
</context>
<context>
    <name>Times</name>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
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
        <translation>Wirbelsäule gekreuzt</translation>
    </message>
    <message>
        <source>Practice back diagram</source>
        <translation>Rückendiagramm zum Üben</translation>
    </message>
    <message>
        <source>{crossed}: your trace went over it, marked with crosses.</source>
        <translation>{crossed}: Deine Spur lief darüber, mit Kreuzen markiert.</translation>
    </message>
</context>
<context>
    <name>TraceText</name>
    <message>
        <source>Crossed the spine: keep to the muscles either side.</source>
        <extracomment>Mean distance from the path (art widths) that scores 0 on path. One point counts at most this far off, so a single slip of the mouse cannot wipe out an otherwise good trace. Tempo within this factor of the target scores 100 ... ... falling smoothly to 0 at this factor (half or double the target). Shortest trace worth scoring. Half-width of the strip along the spine a trace must not touch. A hold is perfectly still below this spread (art widths), and scores 0 on tempo (stillness) beyond STILL_ZERO. Coordinates beyond this are not on any screen: treated as bad points. Shortest stroke period the tempo detector looks for (seconds). Autocorrelation needs the pattern to repeat: longest period it looks for, as a share of the trace&apos;s duration (1 / 0.7 = ~1.4 periods must be seen). A move against the stepping longer than this many steps is a glide back. A count-based tempo this close to an autocorrelation peak confirms it. A change of heading this sharp between two samples is a turn back. Points this near the path (art widths) say where in the figure they are. seconds, monotonic, any origin Where the trace crossed or touched the spine strip, (u, v), for drawing. The stroke scored, for the wording of the summary. The trace was too short or too broken to score (all measures are 0).</extracomment>
        <translation>Wirbelsäule gekreuzt: auf den Muskeln daneben bleiben.</translation>
    </message>
    <message>
        <source>Too short to score.</source>
        <translation>Zu kurz für eine Wertung.</translation>
    </message>
    <message>
        <source>Press and drag along the moving hand for a few strokes.</source>
        <translation>Drücken und ein paar Züge lang der Hand folgen.</translation>
    </message>
    <message>
        <source>Stayed on the spot.</source>
        <translation>Auf der Stelle geblieben.</translation>
    </message>
    <message>
        <source>Stayed close to the path.</source>
        <translation>Nah am Weg geblieben.</translation>
    </message>
    <message>
        <source>Stayed near the spot; rest right where shown.</source>
        <translation>Nahe der Stelle; genau dort auflegen, wo gezeigt.</translation>
    </message>
    <message>
        <source>Mostly near the path; keep a little closer to it.</source>
        <translation>Meist nah am Weg; etwas näher daran bleiben.</translation>
    </message>
    <message>
        <source>Drifted off the spot; rest the hands where shown.</source>
        <translation>Von der Stelle abgewandert; die Hände dort auflegen, wo gezeigt.</translation>
    </message>
    <message>
        <source>Strayed far from the path; follow the moving hand more closely.</source>
        <translation>Weit vom Weg ab; der Hand genauer folgen.</translation>
    </message>
    <message>
        <source>Kept the hands still.</source>
        <translation>Hände ruhig gehalten.</translation>
    </message>
    <message>
        <source>Keep the hands still and just breathe slowly.</source>
        <translation>Hände ruhig halten und nur langsam atmen.</translation>
    </message>
    <message>
        <source>Moved the way the stroke goes.</source>
        <translation>In Richtung des Griffs bewegt.</translation>
    </message>
    <message>
        <source>Moved against the stroke&apos;s direction for part of the trace.</source>
        <translation>Teils gegen die Richtung des Griffs bewegt.</translation>
    </message>
    <message>
        <source>Moved against the stroke&apos;s direction for much of the trace.</source>
        <translation>Großteils gegen die Richtung des Griffs bewegt.</translation>
    </message>
    <message>
        <source>No steady rhythm found; aim for {pace}.</source>
        <translation>Kein gleichmäßiger Rhythmus; Ziel: {pace}.</translation>
    </message>
    <message>
        <source>Good pace: about {pace}.</source>
        <translation>Gutes Tempo: etwa {pace}.</translation>
    </message>
    <message>
        <source>About {pace}; aim for {target}.</source>
        <translation>Etwa {pace}; Ziel: {target}.</translation>
    </message>
</context>
<context>
    <name>ViewModeText</name>
    <message>
        <source>Leave the table view ({key}) to practise.</source>
        <translation>Zum Üben die Fernansicht verlassen ({key}).</translation>
    </message>
    <message>
        <source>Table view is for the session.</source>
        <translation>Die Fernansicht ist für die Sitzung.</translation>
    </message>
    <message>
        <source>Table view: {key} or {escape} to leave</source>
        <translation>Fernansicht: {key} oder {escape} zum Verlassen</translation>
    </message>
</context>
<context>
    <name>VoiceText</name>
    <message>
        <source>Qt&apos;s audio module could not load</source>
        <translation>Qts Audiomodul ließ sich nicht laden</translation>
    </message>
    <message>
        <source>its sound format is not one the app reads</source>
        <translation>sein Tonformat kann die App nicht lesen</translation>
    </message>
    <message>
        <source>it stopped sending sound</source>
        <translation>es sendet keinen Ton mehr</translation>
    </message>
    <message>
        <source>it was unplugged</source>
        <translation>es wurde abgesteckt</translation>
    </message>
    <message>
        <source>it is busy, or access was denied</source>
        <translation>es ist belegt, oder der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>the audio system failed</source>
        <translation>das Audiosystem ist ausgefallen</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}</source>
        <translation>{path} ließ sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>{path} holds no sound the app reads</source>
        <translation type="vanished">{path} enthält keinen Ton, den die App lesen kann</translation>
    </message>
    <message>
        <source>Next.</source>
        <translation>Weiter.</translation>
    </message>
    <message>
        <source>Back.</source>
        <translation>Zurück.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pause.</translation>
    </message>
    <message>
        <source>Going on.</source>
        <translation>Geht weiter.</translation>
    </message>
    <message>
        <source>{seconds} more seconds.</source>
        <translation>{seconds} Sekunden mehr.</translation>
    </message>
    <message>
        <source>Heard: coach.
Now the command</source>
        <translation>Gehört: coach.
Jetzt der Befehl</translation>
    </message>
    <message>
        <source>Heard: {words}</source>
        <translation>Gehört: {words}</translation>
    </message>
    <message>
        <source>no microphone found</source>
        <translation>kein Mikrofon gefunden</translation>
    </message>
    <message>
        <source>access to the microphone was denied</source>
        <translation>Zugriff auf das Mikrofon verweigert</translation>
    </message>
    <message>
        <source>the microphone could not be opened</source>
        <translation>das Mikrofon ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>the microphone stopped working</source>
        <translation>das Mikrofon funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>speech recognition is not available</source>
        <translation>Spracherkennung ist nicht verfügbar</translation>
    </message>
    <message>
        <source>voice commands are off, the keys work as before.</source>
        <translation>Sprachbefehle sind aus, die Tasten gehen wie bisher.</translation>
    </message>
    <message>
        <source>Not listening: {what}; {then}</source>
        <translation>Hört nicht zu: {what}; {then}</translation>
    </message>
</context>
<context>
    <name>WavFile</name>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>nicht lesbar ({reason})</translation>
    </message>
    <message>
        <source>not a WAV file (no RIFF/WAVE header)</source>
        <translation>keine WAV-Datei (kein RIFF/WAVE-Dateikopf)</translation>
    </message>
    <message>
        <source>big-endian WAV (RIFX) is not supported</source>
        <translation>Big-Endian-WAV (RIFX) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the file ends before its audio data (truncated?)</source>
        <translation>die Datei endet vor ihren Audiodaten (unvollständig?)</translation>
    </message>
    <message>
        <source>the file ends inside its header (truncated?)</source>
        <translation>die Datei endet mitten im Dateikopf (unvollständig?)</translation>
    </message>
    <message>
        <source>the audio data comes before its format (damaged header)</source>
        <translation>die Audiodaten stehen vor ihrem Format (Dateikopf beschädigt)</translation>
    </message>
    <message>
        <source>the file ends inside a header chunk (truncated?)</source>
        <translation>die Datei endet mitten in einem Kopfabschnitt (unvollständig?)</translation>
    </message>
    <message>
        <source>its format chunk is too short (damaged header)</source>
        <translation>ihr Formatabschnitt ist zu kurz (Dateikopf beschädigt)</translation>
    </message>
    <message>
        <source>its extended format chunk is too short (damaged header)</source>
        <translation>ihr erweiterter Formatabschnitt ist zu kurz (Dateikopf beschädigt)</translation>
    </message>
    <message>
        <source>compressed audio (format {tag}); only PCM WAV can be read</source>
        <translation>komprimiertes Audio (Format {tag}); lesbar ist nur PCM-WAV</translation>
    </message>
    <message>
        <source>it has no audio channels</source>
        <translation>keine Audiokanäle</translation>
    </message>
    <message>
        <source>a sample rate of {rate} Hz is not usable</source>
        <translation>eine Abtastrate von {rate} Hz ist nicht verwendbar</translation>
    </message>
    <message>
        <source>{bits}-bit floating-point samples are not supported</source>
        <translation>{bits}-Bit-Gleitkomma-Abtastwerte werden nicht unterstützt</translation>
    </message>
    <message>
        <source>{bits}-bit PCM samples are not supported</source>
        <translation>{bits}-Bit-PCM-Abtastwerte werden nicht unterstützt</translation>
    </message>
    <message>
        <source>its frame size does not match its sample size (damaged header)</source>
        <translation>ihre Blockgröße passt nicht zur Größe der Abtastwerte (Dateikopf beschädigt)</translation>
    </message>
    <message>
        <source>the file is cut short: its header promises {said} s of audio, it holds {held} s</source>
        <translation>die Datei ist unvollständig: laut Dateikopf {said} s Audio, enthalten sind {held} s</translation>
    </message>
    <message>
        <source>it has no audio in it</source>
        <translation>enthält kein Audio</translation>
    </message>
    <message>
        <source>the file got shorter while it was being read</source>
        <translation>die Datei wurde beim Lesen kürzer</translation>
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
        <translation>Schulterblätter</translation>
    </message>
    <message>
        <source>Beside the spine</source>
        <translation>Neben der Wirbelsäule</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>whole back</source>
        <translation>ganzer Rücken</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>shoulder blades</source>
        <translation>Schulterblätter</translation>
    </message>
    <message>
        <source>beside the spine</source>
        <translation>neben der Wirbelsäule</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>unterer Rücken</translation>
    </message>
</context>
</TS>
