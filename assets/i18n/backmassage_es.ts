<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AftercareView</name>
    <message>
        <source>Aftercare</source>
        <translation>Después del masaje</translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation>Paso 1</translation>
    </message>
    <message>
        <source>1.  A glass or two of water for them.</source>
        <translation>1.  Ofrécele uno o dos vasos de agua.</translation>
    </message>
    <message>
        <source>Step 2</source>
        <translation>Paso 2</translation>
    </message>
    <message>
        <source>2.  Let them lie quietly for ten to fifteen minutes.</source>
        <translation>2.  Deja que repose en calma de diez a quince minutos.</translation>
    </message>
    <message>
        <source>Rest time left</source>
        <translation>Descanso restante</translation>
    </message>
    <message>
        <source>Start the rest timer</source>
        <translation>Empezar el descanso</translation>
    </message>
    <message>
        <source>Start or pause the rest timer</source>
        <translation>Empezar o pausar el descanso</translation>
    </message>
    <message>
        <source>Step 3</source>
        <translation>Paso 3</translation>
    </message>
    <message>
        <source>3.  When they get up: slow shoulder rolls and gentle side bends, only as far as feels easy.</source>
        <translation>3.  Al levantarse: giros lentos de hombros e inclinaciones laterales suaves, solo hasta donde resulte cómodo.</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation>Volver a la sesión</translation>
    </message>
    <message>
        <source>Pause the rest timer</source>
        <translation>Pausar el descanso</translation>
    </message>
    <message>
        <source>Go on with the rest timer</source>
        <translation>Seguir con el descanso</translation>
    </message>
    <message>
        <source>Rest again</source>
        <translation>Descansar otra vez</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>BackText</name>
    <message numerus="yes">
        <source>%n sore spot(s) marked: keep them light.</source>
        <translation>
            <numerusform>%n punto dolorido marcado: trátalo con suavidad.</numerusform>
            <numerusform>%n puntos doloridos marcados: trátalos con suavidad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackView</name>
    <message>
        <source>Spine: never press on it</source>
        <translation>Columna: nunca presiones sobre ella</translation>
    </message>
    <message>
        <source>Back diagram</source>
        <extracomment>Width of the path lines and of their dark edge, as shares of the art&apos;s width: 3.5 and 1.2 pixels where the art is 416 pixels wide (1366 x 768). The path&apos;s colour and the dark edge that keeps it readable over the zone&apos;s hatching; the contrast with the back and the zone fill is checked in tests/unit/ui/test_diagram_readability.py. How strongly the zone to work is tinted (alpha of ACCENT), and its hatching: dark lines, so the white path keeps 4.5:1 against all of it.</extracomment>
        <translation>Diagrama de la espalda</translation>
    </message>
    <message>
        <source>{zone}, out to the sides</source>
        <translation>{zone}, hacia los lados</translation>
    </message>
    <message>
        <source> (light only: sore spot)</source>
        <translation> (solo suave: punto dolorido)</translation>
    </message>
    <message>
        <source>Work here: {where}</source>
        <translation>Trabaja aquí: {where}</translation>
    </message>
    <message>
        <source>Work here: {where}{light}. Stroke: {stroke}. {spine} (marked down the middle).</source>
        <translation>Trabaja aquí: {where}{light}. Maniobra: {stroke}. {spine} (marcada en el centro).</translation>
    </message>
</context>
<context>
    <name>BuiltinRoutines</name>
    <message>
        <source>Quick reset</source>
        <extracomment>quick: the routine&apos;s name</extracomment>
        <translation>Masaje exprés</translation>
    </message>
    <message>
        <source>Ten minutes when time is short: a light warm-up, a little focused work on the shoulders, beside the spine and on the lower back, and a calm finish.</source>
        <extracomment>quick: the routine&apos;s description</extracomment>
        <translation>Diez minutos para cuando hay poco tiempo: un calentamiento suave, algo de trabajo en los hombros, junto a la columna y en la zona lumbar, y un final tranquilo.</translation>
    </message>
    <message>
        <source>Warm-up glide</source>
        <extracomment>quick, phase 1: its name
----------
relaxation, phase 1: its name
----------
tension-relief, phase 1: its name</extracomment>
        <translation>Calentamiento suave</translation>
    </message>
    <message>
        <source>Shoulder circles</source>
        <extracomment>quick, phase 2: its name
----------
relaxation, phase 2: its name
----------
tension-relief, phase 2: its name</extracomment>
        <translation>Círculos en los hombros</translation>
    </message>
    <message>
        <source>Heels of both palms roll slow circles on the shoulders</source>
        <extracomment>quick, phase 2: the cue, read and spoken
----------
relaxation, phase 2: the cue, read and spoken
----------
tension-relief, phase 2: the cue, read and spoken</extracomment>
        <translation>La base de las palmas traza círculos lentos en los hombros</translation>
    </message>
    <message>
        <source>Shoulder blade circles</source>
        <extracomment>quick, phase 3: its name
----------
relaxation, phase 3: its name
----------
tension-relief, phase 4: its name</extracomment>
        <translation>Círculos en los omóplatos</translation>
    </message>
    <message>
        <source>Fingertips trace small circles around each shoulder blade</source>
        <extracomment>quick, phase 3: the cue, read and spoken
----------
relaxation, phase 3: the cue, read and spoken</extracomment>
        <translation>Las yemas trazan círculos pequeños alrededor de cada omóplato</translation>
    </message>
    <message>
        <source>Thumbs beside the spine</source>
        <extracomment>quick, phase 4: its name
----------
tension-relief, phase 5: its name</extracomment>
        <translation>Pulgares junto a la columna</translation>
    </message>
    <message>
        <source>Thumbs step up beside the spine; ask how the pressure is</source>
        <extracomment>quick, phase 4: the cue, read and spoken</extracomment>
        <translation>Los pulgares suben junto a la columna; pregunta qué tal la presión</translation>
    </message>
    <message>
        <source>Lower back kneading</source>
        <extracomment>quick, phase 5: its name
----------
tension-relief, phase 7: its name</extracomment>
        <translation>Amasamiento lumbar</translation>
    </message>
    <message>
        <source>Hands take turns to knead small rolls across the low back</source>
        <extracomment>quick, phase 5: the cue, read and spoken
----------
tension-relief, phase 7: the cue, read and spoken</extracomment>
        <translation>Las manos se turnan para amasar pequeños pliegues en la zona lumbar</translation>
    </message>
    <message>
        <source>Upward-and-outward fans</source>
        <extracomment>quick, phase 6: its name
----------
tension-relief, phase 10: its name</extracomment>
        <translation>Abanicos hacia arriba y afuera</translation>
    </message>
    <message>
        <source>Palms sweep up from the low back and out toward the sides</source>
        <extracomment>quick, phase 6: the cue, read and spoken
----------
tension-relief, phase 10: the cue, read and spoken</extracomment>
        <translation>Las palmas suben desde la zona lumbar y se abren hacia los costados</translation>
    </message>
    <message>
        <source>Slow closing glide</source>
        <extracomment>quick, phase 7: its name
----------
relaxation, phase 7: its name
----------
tension-relief, phase 12: its name</extracomment>
        <translation>Deslizamiento lento final</translation>
    </message>
    <message>
        <source>Resting hands</source>
        <extracomment>quick, phase 8: its name
----------
relaxation, phase 8: its name
----------
tension-relief, phase 13: its name</extracomment>
        <translation>Manos en reposo</translation>
    </message>
    <message>
        <source>Both palms rest still on the back, then lift away gently</source>
        <extracomment>quick, phase 8: the cue, read and spoken
----------
relaxation, phase 8: the cue, read and spoken
----------
tension-relief, phase 13: the cue, read and spoken</extracomment>
        <translation>Las palmas reposan quietas en la espalda y luego se retiran con suavidad</translation>
    </message>
    <message>
        <source>Relaxation</source>
        <extracomment>relaxation: the routine&apos;s name</extracomment>
        <translation>Relajación</translation>
    </message>
    <message>
        <source>A soft, unhurried quarter hour. Every stroke stays light and flowing, moving from the shoulders toward the hips, then settling into stillness. Good for winding down before sleep.</source>
        <extracomment>relaxation: the routine&apos;s description</extracomment>
        <translation>Un cuarto de hora suave y sin prisas. Todas las maniobras son ligeras y fluidas, de los hombros hacia las caderas, y terminan en quietud. Ideal para relajarse antes de dormir.</translation>
    </message>
    <message>
        <source>Fans beside the spine</source>
        <extracomment>relaxation, phase 4: its name</extracomment>
        <translation>Abanicos junto a la columna</translation>
    </message>
    <message>
        <source>Palms fan up and out from the spine; ask if it feels OK</source>
        <extracomment>relaxation, phase 4: the cue, read and spoken</extracomment>
        <translation>Las palmas se abren en abanico desde la columna; pregunta si va bien</translation>
    </message>
    <message>
        <source>Lower back circles</source>
        <extracomment>relaxation, phase 5: its name
----------
tension-relief, phase 6: its name</extracomment>
        <translation>Círculos lumbares</translation>
    </message>
    <message>
        <source>Heels of palms circle the low back; ask: too light or firm?</source>
        <extracomment>relaxation, phase 5: the cue, read and spoken</extracomment>
        <translation>Círculos lumbares con la base de las palmas; pregunta: ¿muy suave o muy fuerte?</translation>
    </message>
    <message>
        <source>Sweeping fans</source>
        <extracomment>relaxation, phase 6: its name</extracomment>
        <translation>Abanicos amplios</translation>
    </message>
    <message>
        <source>Palms sweep upward beside the spine, then out to the ribs</source>
        <extracomment>relaxation, phase 6: the cue, read and spoken</extracomment>
        <translation>Las palmas suben junto a la columna y se abren hacia las costillas</translation>
    </message>
    <message>
        <source>Tension relief</source>
        <extracomment>tension-relief: the routine&apos;s name</extracomment>
        <translation>Alivio de tensión</translation>
    </message>
    <message>
        <source>About 27 minutes for a tight, tired back. After a long light warm-up it works the shoulders, the shoulder blades, the muscles either side of the spine and the lower back, building to firm thumb and knuckle work, then eases off with upward fans and slow glides. Keep asking how it feels.</source>
        <extracomment>tension-relief: the routine&apos;s description</extracomment>
        <translation>Unos 27 minutos para una espalda tensa y cansada. Tras un calentamiento suave y largo, trabaja los hombros, los omóplatos, los músculos a ambos lados de la columna y la zona lumbar, hasta llegar a presiones firmes con pulgares y nudillos; luego afloja con abanicos ascendentes y deslizamientos lentos. Pregunta a menudo qué tal va.</translation>
    </message>
    <message>
        <source>Shoulder kneading</source>
        <extracomment>tension-relief, phase 3: its name</extracomment>
        <translation>Amasamiento de hombros</translation>
    </message>
    <message>
        <source>Both hands lift and squeeze the shoulder tops in turn</source>
        <extracomment>tension-relief, phase 3: the cue, read and spoken</extracomment>
        <translation>Las manos levantan y aprietan por turnos la parte alta de los hombros</translation>
    </message>
    <message>
        <source>Fingertips circle the blade edges; ask how the pressure is</source>
        <extracomment>tension-relief, phase 4: the cue, read and spoken</extracomment>
        <translation>Las yemas rodean el borde de los omóplatos; pregunta qué tal la presión</translation>
    </message>
    <message>
        <source>Thumbs press either side of the spine, stepping upward</source>
        <extracomment>tension-relief, phase 5: the cue, read and spoken</extracomment>
        <translation>Los pulgares presionan a ambos lados de la columna, subiendo poco a poco</translation>
    </message>
    <message>
        <source>Heels of palms sink in slowly and circle the lower back</source>
        <extracomment>tension-relief, phase 6: the cue, read and spoken</extracomment>
        <translation>La base de las palmas se hunde despacio y traza círculos en la zona lumbar</translation>
    </message>
    <message>
        <source>Knuckles beside the spine</source>
        <extracomment>tension-relief, phase 8: its name</extracomment>
        <translation>Nudillos junto a la columna</translation>
    </message>
    <message>
        <source>Soft knuckles roll up beside the spine; check it&apos;s not sore</source>
        <extracomment>tension-relief, phase 8: the cue, read and spoken</extracomment>
        <translation>Los nudillos, relajados, suben rodando junto a la columna; comprueba que no duela</translation>
    </message>
    <message>
        <source>Lighter knuckle rolls</source>
        <extracomment>tension-relief, phase 9: its name</extracomment>
        <translation>Nudillos más suaves</translation>
    </message>
    <message>
        <source>Knuckles roll upward beside the spine, easing off each pass</source>
        <extracomment>tension-relief, phase 9: the cue, read and spoken</extracomment>
        <translation>Los nudillos suben rodando junto a la columna, más suave en cada pasada</translation>
    </message>
    <message>
        <source>Long soothing glide</source>
        <extracomment>tension-relief, phase 11: its name</extracomment>
        <translation>Deslizamiento largo y relajante</translation>
    </message>
</context>
<context>
    <name>CareController</name>
    <message>
        <source>sore spot</source>
        <translation>punto dolorido</translation>
    </message>
</context>
<context>
    <name>CareText</name>
    <message>
        <source>Care: {profile}</source>
        <translation>Perfil: {profile}</translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation>Adaptada</translation>
    </message>
    <message>
        <source>Click the back where it is sore or bruised; click a mark again to clear it. {key} when done.</source>
        <translation>Haz clic en la espalda donde duela o haya un moratón; otro clic en una marca la borra. {key} al terminar.</translation>
    </message>
    <message>
        <source>Done marking.</source>
        <translation>Marcado terminado.</translation>
    </message>
</context>
<context>
    <name>CheckInPrompt</name>
    <message>
        <source>Check-in. {reason}</source>
        <translation>Pregunta. {reason}</translation>
    </message>
</context>
<context>
    <name>CheckInText</name>
    <message>
        <source>{key} fine</source>
        <translation>{key} bien</translation>
    </message>
    <message>
        <source>{key} lighter</source>
        <translation>{key} más suave</translation>
    </message>
    <message>
        <source>{key} stop here</source>
        <translation>{key} parar</translation>
    </message>
    <message>
        <source>Check in: how is the pressure?</source>
        <translation>Pregunta: ¿qué tal la presión?</translation>
    </message>
</context>
<context>
    <name>CheckIns</name>
    <message>
        <source>Firm pressure for a while: check nothing feels sore.</source>
        <extracomment>No two prompts closer together than this. Where firm pressure starts (the low edge of the Firm band). A phase ending at or below this counts as light for winding down. Strokes a wind-down may use.</extracomment>
        <translation>Un rato de presión firme: comprueba que nada duela.</translation>
    </message>
    <message>
        <source>Pressure is getting very firm: ask if it is too much.</source>
        <translation>La presión ya es muy firme: pregunta si es demasiado.</translation>
    </message>
    <message>
        <source>Pressure moves up to {band}: ask whether it feels okay.</source>
        <translation>Pasas a presión {band}: pregunta si le parece bien.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Exit status: 0 done; 1 a file or folder could not be used (the message says which and why); 2 wrong usage.</source>
        <translation>Estado de salida: 0 hecho; 1 no se pudo usar un archivo o carpeta (el mensaje dice cuál y por qué); 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>unrecognized arguments: {arguments}</source>
        <translation>argumentos no reconocidos: {arguments}</translation>
    </message>
    <message>
        <source>argument {option}: invalid choice: {value} (choose from {choices})</source>
        <translation>argumento {option}: opción no válida: {value} (elige entre {choices})</translation>
    </message>
    <message>
        <source>argument {option}: expected one argument</source>
        <translation>argumento {option}: se esperaba un argumento</translation>
    </message>
    <message>
        <source>argument {option}: expected {count} arguments</source>
        <translation>argumento {option}: se esperaban {count} argumentos</translation>
    </message>
    <message>
        <source>argument {option}: not allowed with argument {other}</source>
        <translation>argumento {option}: no se permite junto con el argumento {other}</translation>
    </message>
    <message>
        <source>ambiguous option: {option} could match {matches}</source>
        <translation>opción ambigua: {option} podría ser {matches}</translation>
    </message>
    <message>
        <source>Guides you through giving a back massage, phase by phase.</source>
        <translation>Te guía para dar un masaje de espalda, fase a fase.</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>built-in routine name or path to a routine file (default: relaxation)</source>
        <translation>nombre de una rutina incluida o ruta de un archivo de rutina (por defecto: relaxation)</translation>
    </message>
    <message>
        <source>begin at once: the safety check, then the get-ready countdown</source>
        <translation>empezar ya: la revisión de seguridad y luego la cuenta atrás para prepararse</translation>
    </message>
    <message>
        <source>print the built-in routines with their lengths and exit</source>
        <translation>mostrar las rutinas incluidas con su duración y salir</translation>
    </message>
    <message>
        <source>render the window to a PNG at the moment given by --at, without a display, and exit</source>
        <translation>dibujar la ventana en un PNG en el momento que indica --at, sin pantalla, y salir</translation>
    </message>
    <message>
        <source>with --screenshot: seconds into the routine (negative values show the get-ready countdown)</source>
        <translation>con --screenshot: segundos desde el inicio de la rutina (los valores negativos muestran la cuenta atrás para prepararse)</translation>
    </message>
    <message>
        <source>run the voice recogniser over a WAV file and print each command it would act on, one a line: the second where it ended and its name (next, previous, pause, resume, more-time), then exit</source>
        <translation>pasa el reconocedor de voz por un archivo WAV y muestra cada orden que ejecutaría, una por línea: el segundo en que terminó y su nombre (next, previous, pause, resume, more-time), y sale</translation>
    </message>
    <message>
        <source>with --hear: as if a check-in prompt were showing, so the answers fine, lighter and stop count too</source>
        <translation>con --hear: como si hubiera una pregunta en pantalla, así también cuentan las respuestas fine, lighter y stop</translation>
    </message>
    <message>
        <source>--checkin only applies with --hear FILE.wav</source>
        <translation>--checkin solo vale con --hear ARCHIVO.wav</translation>
    </message>
    <message>
        <source>speech recognition needs pocketsphinx, which is not installed ({reason}): pip install pocketsphinx</source>
        <translation>el reconocimiento de voz necesita pocketsphinx, que no está instalado ({reason}): pip install pocketsphinx</translation>
    </message>
    <message>
        <source>speech recognition cannot start: {reason}</source>
        <translation>el reconocimiento de voz no puede arrancar: {reason}</translation>
    </message>
    <message>
        <source>Session history is off: {problem}</source>
        <translation>El historial de sesiones está desactivado: {problem}</translation>
    </message>
    <message>
        <source>--size must be from {smallest} to 7680x4320, got {text}</source>
        <translation>--size debe estar entre {smallest} y 7680x4320; se recibió {text}</translation>
    </message>
    <message>
        <source>--at must be at least -{seconds} (the get-ready countdown)</source>
        <translation>--at debe ser al menos -{seconds} (la cuenta atrás para prepararse)</translation>
    </message>
    <message>
        <source>no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set): start the app from a desktop. --screenshot, --validate, --list-routines, --export-routine, --import-routine, --hear and --install-desktop-entry work without one.</source>
        <translation>no hay sesión gráfica (no están definidas ni DISPLAY ni WAYLAND_DISPLAY): abre la aplicación desde un escritorio. --screenshot, --validate, --list-routines, --export-routine, --import-routine, --hear y --install-desktop-entry funcionan sin ella.</translation>
    </message>
    <message>
        <source>with --screenshot: which screen (practice shows the stroke of the phase at --at; default {view})</source>
        <translation>con --screenshot: qué pantalla (practice muestra la maniobra de la fase en --at; por defecto {view})</translation>
    </message>
    <message>
        <source>show the app in this language: a code such as de or es, or a .qm catalogue (default: the one chosen in View › Language, else the system&apos;s)</source>
        <translation>mostrar la aplicación en este idioma: un código como de o es, o un catálogo .qm (por defecto: el elegido en Ver › Idioma o, si no, el del sistema)</translation>
    </message>
    <message>
        <source>open full screen</source>
        <translation>abrir a pantalla completa</translation>
    </message>
    <message>
        <source>check a routine file: exit 0 when valid, 1 with its problems</source>
        <translation>comprobar un archivo de rutina: sale con 0 si es válido, con 1 y sus problemas si no</translation>
    </message>
    <message>
        <source>write any routine (built-in or your own) to a file</source>
        <translation>guardar cualquier rutina (incluida o tuya) en un archivo</translation>
    </message>
    <message>
        <source>check a routine file, then add it to your routines</source>
        <translation>comprobar un archivo de rutina y añadirlo a tus rutinas</translation>
    </message>
    <message>
        <source>add the app and its icon to your desktop&apos;s application menu (Linux), then exit</source>
        <translation>añadir la aplicación y su icono al menú de aplicaciones del escritorio (Linux) y salir</translation>
    </message>
    <message>
        <source>remove what --install-desktop-entry added, then exit</source>
        <translation>quitar lo que añadió --install-desktop-entry y salir</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <source>{problem}; showing English</source>
        <translation>{problem}; se muestra en inglés</translation>
    </message>
    <message>
        <source>{name}: can&apos;t be used: {problems}</source>
        <translation>{name}: no se puede usar: {problems}</translation>
    </message>
    <message>
        <source>Built-in routines work as usual.</source>
        <translation>Las rutinas incluidas funcionan con normalidad.</translation>
    </message>
    <message>
        <source>wrote {routine} to {path}</source>
        <translation>se guardó {routine} en {path}</translation>
    </message>
    <message numerus="yes">
        <source>imported {name} as {key} (%n phase(s), {length})</source>
        <translation>
            <numerusform>se importó {name} como {key} (%n fase, {length})</numerusform>
            <numerusform>se importó {name} como {key} (%n fases, {length})</numerusform>
        </translation>
    </message>
    <message>
        <source>--at, --size and --view only apply with --screenshot PATH</source>
        <translation>--at, --size y --view solo sirven con --screenshot PATH</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>error:</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>nota:</translation>
    </message>
    <message>
        <source>with --screenshot: window size (default 1366x768)</source>
        <translation>con --screenshot: tamaño de la ventana (por defecto 1366x768)</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>rutina</translation>
    </message>
    <message>
        <source>{where}: not a usable routine:</source>
        <translation>{where}: no es una rutina utilizable:</translation>
    </message>
    <message>
        <source>The session history was damaged, so it was kept aside as {path} and a new one started.</source>
        <translation>El historial de sesiones estaba dañado: se apartó como {path} y se empezó uno nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>{path}: valid: {name}, %n phase(s), {length}, pressure up to {peak}</source>
        <translation>
            <numerusform>{path}: válida: {name}, %n fase, {length}, presión hasta {peak}</numerusform>
            <numerusform>{path}: válida: {name}, %n fases, {length}, presión hasta {peak}</numerusform>
        </translation>
    </message>
    <message>
        <source>--at takes a number of seconds, got {text}</source>
        <translation>--at espera un número de segundos; se recibió {text}</translation>
    </message>
    <message>
        <source>--at takes a finite number of seconds, got {text}</source>
        <translation>--at espera un número finito de segundos; se recibió {text}</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT such as 1366x768, got {text}</source>
        <translation>--size espera ANCHOxALTO, como 1366x768; se recibió {text}</translation>
    </message>
    <message>
        <source>Could not save {path}: the file or its folder cannot be written.</source>
        <translation>No se pudo guardar {path}: no se puede escribir en el archivo o en su carpeta.</translation>
    </message>
    <message>
        <source>wrote {path} ({size}, {routine} at {at} s: {summary})</source>
        <translation>se guardó {path} ({size}, {routine} a los {at} s: {summary})</translation>
    </message>
    <message>
        <source>no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set): start the app from a desktop. --screenshot, --validate, --list-routines, --export-routine, --import-routine and --install-desktop-entry work without one.</source>
        <translation type="vanished">no hay sesión gráfica (no están definidas ni DISPLAY ni WAYLAND_DISPLAY): abre la aplicación desde un escritorio. --screenshot, --validate, --list-routines, --export-routine, --import-routine y --install-desktop-entry funcionan sin ella.</translation>
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
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Rutinas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>Empezar / Pausa</translation>
    </message>
    <message>
        <source>Start, pause or resume the session</source>
        <translation>Empezar, pausar o reanudar la sesión</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Fase anterior</translation>
    </message>
    <message>
        <source>Go back to the previous phase</source>
        <translation>Volver a la fase anterior</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Siguiente fase</translation>
    </message>
    <message>
        <source>Skip to the next phase</source>
        <translation>Saltar a la siguiente fase</translation>
    </message>
    <message>
        <source>Add {seconds} seconds to this phase</source>
        <translation>Añadir {seconds} segundos a esta fase</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Back to the start of the routine</source>
        <translation>Volver al principio de la rutina</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>Your recent sessions</source>
        <translation>Tus sesiones recientes</translation>
    </message>
    <message>
        <source>Mark sore spots</source>
        <translation>Marcar puntos doloridos</translation>
    </message>
    <message>
        <source>Click the back to mark a spot to keep light (click it again to clear)</source>
        <translation>Haz clic en la espalda para marcar un punto que tratar con suavidad (otro clic lo borra)</translation>
    </message>
    <message>
        <source>Safety check…</source>
        <translation>Revisión de seguridad…</translation>
    </message>
    <message>
        <source>Go through the safety check again</source>
        <translation>Volver a hacer la revisión de seguridad</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Cerrar la aplicación</translation>
    </message>
    <message>
        <source>Edit this routine…</source>
        <translation>Editar esta rutina…</translation>
    </message>
    <message>
        <source>Open the routine in the editor</source>
        <translation>Abrir la rutina en el editor</translation>
    </message>
    <message>
        <source>New routine…</source>
        <translation>Nueva rutina…</translation>
    </message>
    <message>
        <source>Make a routine of your own</source>
        <translation>Crear una rutina propia</translation>
    </message>
    <message>
        <source>Import routine…</source>
        <translation>Importar rutina…</translation>
    </message>
    <message>
        <source>Add a routine from a file</source>
        <translation>Añadir una rutina desde un archivo</translation>
    </message>
    <message>
        <source>Export this routine…</source>
        <translation>Exportar esta rutina…</translation>
    </message>
    <message>
        <source>Save the routine to a file to share</source>
        <translation>Guardar la rutina en un archivo para compartirla</translation>
    </message>
    <message>
        <source>Delete this routine…</source>
        <translation>Eliminar esta rutina…</translation>
    </message>
    <message>
        <source>Move your routine to the trash</source>
        <translation>Mover tu rutina a la papelera</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Enter or leave full screen</source>
        <translation>Entrar o salir de pantalla completa</translation>
    </message>
    <message>
        <source>Table view</source>
        <translation>Vista de camilla</translation>
    </message>
    <message>
        <source>Huge countdown, the back and the pressure only, for across the room</source>
        <translation>Solo una gran cuenta atrás, la espalda y la presión, para verlo de lejos</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Leave full screen, the table view or aftercare</source>
        <translation>Salir de pantalla completa, de la vista de camilla o de «Después del masaje»</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
    <message>
        <source>Turn the chime on or off</source>
        <translation>Activar o desactivar la campanilla</translation>
    </message>
    <message>
        <source>Chime on</source>
        <translation>Campanilla activada</translation>
    </message>
    <message>
        <source>Chime off</source>
        <translation>Campanilla desactivada</translation>
    </message>
    <message>
        <source>Spoken cues</source>
        <translation>Avisos por voz</translation>
    </message>
    <message>
        <source>Turn spoken cues on or off</source>
        <translation>Activar o desactivar los avisos por voz</translation>
    </message>
    <message>
        <source>Spoken cues on</source>
        <translation>Avisos por voz activados</translation>
    </message>
    <message>
        <source>Spoken cues off</source>
        <translation>Avisos por voz desactivados</translation>
    </message>
    <message>
        <source>Still diagrams (reduced motion)</source>
        <translation>Diagramas fijos (menos movimiento)</translation>
    </message>
    <message>
        <source>Show strokes as still diagrams instead of moving hands</source>
        <translation>Mostrar las maniobras como diagramas fijos en vez de manos en movimiento</translation>
    </message>
    <message>
        <source>Reduced motion on: still diagrams instead of moving hands</source>
        <translation>Menos movimiento activado: diagramas fijos en vez de manos en movimiento</translation>
    </message>
    <message>
        <source>Reduced motion off: the hands move again</source>
        <translation>Menos movimiento desactivado: las manos vuelven a moverse</translation>
    </message>
    <message>
        <source>Wait for a key between phases</source>
        <translation>Esperar una tecla entre fases</translation>
    </message>
    <message>
        <source>Hold at each phase&apos;s end until any key (or a foot pedal) is pressed</source>
        <translation>Parar al final de cada fase hasta que se pulse una tecla (o un pedal)</translation>
    </message>
    <message>
        <source>Each phase now waits for a key at its end</source>
        <translation>Ahora cada fase espera una tecla al terminar</translation>
    </message>
    <message>
        <source>Phases follow on by themselves</source>
        <translation>Las fases siguen solas</translation>
    </message>
    <message>
        <source>Pressure is fine</source>
        <translation>La presión va bien</translation>
    </message>
    <message>
        <source>Check-in answer: the pressure is fine</source>
        <translation>Respuesta: la presión va bien</translation>
    </message>
    <message>
        <source>Listen for voice commands</source>
        <translation>Escuchar órdenes de voz</translation>
    </message>
    <message>
        <source>Hear &quot;coach, next&quot; and check-in answers while a session runs (nothing is recorded)</source>
        <translation>Oír «coach, next» y las respuestas a las preguntas mientras dura la sesión (no se graba nada)</translation>
    </message>
    <message>
        <source>Listening while a session runs: say &quot;coach, pause&quot;, &quot;coach, next&quot;…</source>
        <translation>Escuchando durante la sesión: di «coach, pause», «coach, next»…</translation>
    </message>
    <message>
        <source>Voice commands off</source>
        <translation>Órdenes de voz desactivadas</translation>
    </message>
    <message>
        <source>Microphone check…</source>
        <translation>Probar el micrófono…</translation>
    </message>
    <message>
        <source>See the microphone&apos;s level and what it hears</source>
        <translation>Ver el nivel del micrófono y lo que oye</translation>
    </message>
    <message>
        <source>Lighter, please</source>
        <translation>Más suave, por favor</translation>
    </message>
    <message>
        <source>Check-in answer: lighter for the rest of the session</source>
        <translation>Respuesta: más suave el resto de la sesión</translation>
    </message>
    <message>
        <source>Stop here</source>
        <translation>Parar aquí</translation>
    </message>
    <message>
        <source>Check-in answer: go to the gentle ending</source>
        <translation>Respuesta: pasar al final suave</translation>
    </message>
    <message>
        <source>Practice strokes</source>
        <translation>Practicar maniobras</translation>
    </message>
    <message>
        <source>Switch between the session and practice mode</source>
        <translation>Cambiar entre la sesión y el modo práctica</translation>
    </message>
    <message>
        <source>Trace it</source>
        <translation>Trazar</translation>
    </message>
    <message>
        <source>In practice: trace the stroke for a score</source>
        <translation>En la práctica: traza la maniobra para obtener una puntuación</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Mostrar esta lista</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Notas de seguridad</translation>
    </message>
    <message>
        <source>When not to massage, and how to stay safe</source>
        <translation>Cuándo no dar masaje y cómo hacerlo con seguridad</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Which version this is</source>
        <translation>Qué versión es esta</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Añadir fase</translation>
    </message>
    <message>
        <source>Add a phase after this one</source>
        <translation>Añadir una fase después de esta</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Duplicate this phase</source>
        <translation>Duplicar esta fase</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this phase</source>
        <translation>Eliminar esta fase</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move this phase up</source>
        <translation>Subir esta fase</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move this phase down</source>
        <translation>Bajar esta fase</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rehacer lo deshecho</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (a built-in routine: save a copy)</source>
        <translation>Guardar (rutina incluida: guardar una copia)</translation>
    </message>
    <message>
        <source>{key}: start / pause</source>
        <translation>{key}: empezar / pausa</translation>
    </message>
    <message>
        <source>{keys}: phases</source>
        <translation>{keys}: fases</translation>
    </message>
    <message>
        <source>{key}: all keys</source>
        <translation>{key}: todas las teclas</translation>
    </message>
    <message>
        <source>Keys in the window: {keys}.</source>
        <translation>Teclas en la ventana: {keys}.</translation>
    </message>
</context>
<context>
    <name>CueStatus</name>
    <message>
        <source>no audio output</source>
        <translation>no hay salida de audio</translation>
    </message>
    <message>
        <source>cues are shown on screen only.</source>
        <translation>los avisos solo se muestran en pantalla.</translation>
    </message>
    <message>
        <source>No sound output: {goes_on}</source>
        <translation>Sin salida de sonido: {goes_on}</translation>
    </message>
    <message>
        <source>No chime or spoken cues ({reasons}): {goes_on}</source>
        <translation>Sin campanilla ni avisos por voz ({reasons}): {goes_on}</translation>
    </message>
    <message>
        <source>spoken and on-screen cues go on.</source>
        <translation>siguen los avisos por voz y en pantalla.</translation>
    </message>
    <message>
        <source>Chime unavailable ({reason}): {goes_on}</source>
        <translation>Campanilla no disponible ({reason}): {goes_on}</translation>
    </message>
    <message>
        <source>chimes and on-screen cues go on.</source>
        <translation>siguen la campanilla y los avisos en pantalla.</translation>
    </message>
    <message>
        <source>Spoken cues unavailable ({reason}): {goes_on}</source>
        <translation>Avisos por voz no disponibles ({reason}): {goes_on}</translation>
    </message>
    <message>
        <source>Qt&apos;s audio module could not load</source>
        <translation>no se pudo cargar el módulo de audio de Qt</translation>
    </message>
    <message>
        <source>the audio system stopped answering</source>
        <translation>el sistema de audio dejó de responder</translation>
    </message>
    <message>
        <source>the audio device could not be opened</source>
        <translation>no se pudo abrir el dispositivo de audio</translation>
    </message>
    <message>
        <source>Qt&apos;s speech module could not load</source>
        <translation>no se pudo cargar el módulo de voz de Qt</translation>
    </message>
    <message>
        <source>no speech engine on this computer</source>
        <translation>no hay motor de voz en este equipo</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>the speech engine did not start: {reason}</source>
        <translation>el motor de voz no arrancó: {reason}</translation>
    </message>
    <message>
        <source>no voice for {language}</source>
        <translation>no hay voz para {language}</translation>
    </message>
    <message>
        <source>the speech engine stopped answering</source>
        <translation>el motor de voz dejó de responder</translation>
    </message>
    <message>
        <source>the speech engine could not be used</source>
        <translation>no se pudo usar el motor de voz</translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <source>a launcher entry is for Linux desktops (freedesktop.org); on macOS and Windows use the standalone bundle (see the README).</source>
        <translation>la entrada del lanzador es para escritorios Linux (freedesktop.org); en macOS y Windows usa el paquete independiente (consulta el README).</translation>
    </message>
    <message>
        <source>no installed {command} command was found for the entry to start. Install the app first (README, &quot;Set up&quot;), then run {command} --install-desktop-entry.</source>
        <translation>no se encontró ningún comando {command} instalado que la entrada pueda abrir. Instala primero la aplicación (README, &quot;Set up&quot;) y luego ejecuta {command} --install-desktop-entry.</translation>
    </message>
    <message>
        <source>the command&apos;s path has a line break in it: {path}</source>
        <translation>la ruta del comando contiene un salto de línea: {path}</translation>
    </message>
    <message>
        <source>Could not remove {path}: {reason}.</source>
        <translation>No se pudo eliminar {path}: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>already installed, nothing changed: {entry} and its %n icon file(s); it starts {command}</source>
        <translation>
            <numerusform>ya estaba instalada, sin cambios: {entry} y %n archivo de icono; abre {command}</numerusform>
            <numerusform>ya estaba instalada, sin cambios: {entry} y sus %n archivos de icono; abre {command}</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>se escribió {path}</translation>
    </message>
    <message numerus="yes">
        <source>(%n other file(s) already up to date)</source>
        <translation>
            <numerusform>(%n archivo más ya estaba al día)</numerusform>
            <numerusform>(%n archivos más ya estaban al día)</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Massage Coach is in your application menu; it starts {command}</source>
        <translation>Back Massage Coach ya está en tu menú de aplicaciones; abre {command}</translation>
    </message>
    <message>
        <source>nothing to remove: no launcher entry for Back Massage Coach under {folder}</source>
        <translation>nada que quitar: no hay ninguna entrada de Back Massage Coach en {folder}</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>se eliminó {path}</translation>
    </message>
    <message>
        <source>Back Massage Coach is no longer in your application menu</source>
        <translation>Back Massage Coach ya no está en tu menú de aplicaciones</translation>
    </message>
</context>
<context>
    <name>EditorText</name>
    <message numerus="yes">
        <source>%n phase(s) · {length} in all</source>
        <translation>
            <numerusform>%n fase · {length} en total</numerusform>
            <numerusform>%n fases · {length} en total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>sin permiso</translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation>la unidad es de solo lectura</translation>
    </message>
    <message>
        <source>the drive is full</source>
        <translation>la unidad está llena</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>se agotó la cuota de disco</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>parte de la ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>something is already there</source>
        <translation>ya hay algo ahí</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>the path loops through links</source>
        <translation>la ruta forma un bucle de enlaces</translation>
    </message>
    <message>
        <source>an unknown error</source>
        <translation>un error desconocido</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Notas de seguridad</translation>
    </message>
    <message>
        <source>About Back Massage Coach</source>
        <translation>Acerca de Back Massage Coach</translation>
    </message>
    <message>
        <source>Back Massage Coach {version}&lt;br&gt;Guides you through a back massage, phase by phase.</source>
        <translation>Back Massage Coach {version}&lt;br&gt;Te guía en un masaje de espalda, fase a fase.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Session history</source>
        <translation>Historial de sesiones</translation>
    </message>
    <message>
        <source>The guide suggests a massage once or twice a week. Your last six weeks:</source>
        <translation>La guía aconseja un masaje una o dos veces por semana. Tus últimas seis semanas:</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>Sesiones recientes</translation>
    </message>
    <message>
        <source>Skipped: {phases}</source>
        <translation>Saltadas: {phases}</translation>
    </message>
    <message>
        <source>No sessions in the last four weeks yet.</source>
        <translation>Aún no hay sesiones en las últimas cuatro semanas.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation>Adaptada</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>lighter</source>
        <translation>más suave</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>parar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>in rhythm</source>
        <translation>buen ritmo</translation>
    </message>
    <message>
        <source>more than the usual once or twice</source>
        <translation>más de las una o dos habituales</translation>
    </message>
    <message>
        <source>Week of {day}:</source>
        <translation>Semana del {day}:</translation>
    </message>
    <message>
        <source>all {planned}</source>
        <translation>completa, {planned}</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) skipped</source>
        <translation>
            <numerusform>%n fase saltada</numerusform>
            <numerusform>%n fases saltadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asked for lighter pressure %n time(s) in four weeks.</source>
        <translation>
            <numerusform>Pidió presión más suave %n vez en cuatro semanas.</numerusform>
            <numerusform>Pidió presión más suave %n veces en cuatro semanas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayús</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>The app will be in {language} from its next start.</source>
        <translation>La aplicación estará en {language} a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>unknown routine {name}; known routines: {known}</source>
        <translation>rutina desconocida {name}; rutinas conocidas: {known}</translation>
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
        <translation>{first} y {last}</translation>
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
        <translation>Volumen de la campanilla</translation>
    </message>
</context>
<context>
    <name>MicCheckDialog</name>
    <message>
        <source>Microphone check</source>
        <translation>Probar el micrófono</translation>
    </message>
    <message>
        <source>Say “coach, next” in your normal voice from where you stand at the table (voice commands are English in every language).
Check-in answers work too: “fine”, “lighter”, “stop”.
Nothing is recorded, and nothing said here moves the session.</source>
        <translation>Di «coach, next» con tu voz normal desde donde estás junto a la camilla (las órdenes de voz son en inglés en todos los idiomas).
También valen las respuestas: «fine», «lighter», «stop».
No se graba nada, y nada de lo que digas aquí cambia la sesión.</translation>
    </message>
    <message>
        <source>Starting the microphone…</source>
        <translation>Iniciando el micrófono…</translation>
    </message>
    <message>
        <source>Microphone state</source>
        <translation>Estado del micrófono</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>Nothing heard yet</source>
        <translation>Aún no se ha oído nada</translation>
    </message>
    <message>
        <source>What was heard</source>
        <translation>Lo que se oyó</translation>
    </message>
    <message>
        <source>Listening: the bar moves with the sound it hears.</source>
        <translation>Escuchando: la barra sigue el sonido que oye.</translation>
    </message>
</context>
<context>
    <name>MicIndicator</name>
    <message>
        <source>Listening for voice commands</source>
        <translation>Escuchando órdenes de voz</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <source>Wait…</source>
        <translation>Espera…</translation>
    </message>
    <message>
        <source>Not listening while the app speaks</source>
        <translation>No escucha mientras la aplicación habla</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice about your files</source>
        <translation>Aviso sobre tus archivos</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Cerrar el aviso</translation>
    </message>
</context>
<context>
    <name>PanelText</name>
    <message numerus="yes">
        <source>All %n phase(s) done</source>
        <translation>
            <numerusform>%n fase completada</numerusform>
            <numerusform>Las %n fases completadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhasePanel</name>
    <message>
        <source>Phase number</source>
        <translation>Número de fase</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Zone and stroke</source>
        <translation>Zona y maniobra</translation>
    </message>
    <message>
        <source>Time left in phase</source>
        <translation>Tiempo restante de la fase</translation>
    </message>
    <message>
        <source>What the hands do</source>
        <translation>Qué hacen las manos</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Siguiente fase</translation>
    </message>
    <message>
        <source>Session progress</source>
        <translation>Progreso de la sesión</translation>
    </message>
    <message>
        <source>Session time left</source>
        <translation>Tiempo restante de la sesión</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>Estado de la sesión</translation>
    </message>
    <message>
        <source>Phase {number} of {count}</source>
        <translation>Fase {number} de {count}</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>Let them rest</source>
        <translation>Deja que descanse</translation>
    </message>
    <message>
        <source>Leave them lying quietly for a few minutes, then offer water.</source>
        <translation>Deja que repose unos minutos en calma; luego ofrécele agua.</translation>
    </message>
    <message>
        <source>No rush to sit up: a slow roll to the side is kinder.</source>
        <translation>Sin prisa por incorporarse: mejor girarse antes de lado, despacio.</translation>
    </message>
    <message>
        <source>First: {phase}</source>
        <translation>Primero: {phase}</translation>
    </message>
    <message>
        <source>Press {key}: {time} to rest your hands on the back, then the timer starts.</source>
        <translation>Pulsa {key} y apoya las manos: el tiempo empieza en {time}.</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>First: {phase} · {time}</source>
        <translation>Primero: {phase} · {time}</translation>
    </message>
    <message>
        <source>Next: {phase} · {zone} · {time}</source>
        <translation>Siguiente: {phase} · {zone} · {time}</translation>
    </message>
    <message>
        <source>Next: the end, a short rest</source>
        <translation>Siguiente: el final, un breve descanso</translation>
    </message>
    <message>
        <source>Session: {left} left of {total}</source>
        <translation>Sesión: quedan {left} de {total}</translation>
    </message>
</context>
<context>
    <name>PhaseTableModel</name>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problema: {problem}</translation>
    </message>
    <message>
        <source>edit {column} of phase {number}</source>
        <translation>editar {column} de la fase {number}</translation>
    </message>
    <message>
        <source>move phase {number}</source>
        <translation>mover la fase {number}</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Practice strokes</source>
        <translation>Practicar maniobras</translation>
    </message>
    <message>
        <source>Back to the session ({key})</source>
        <translation>Volver a la sesión ({key})</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation>Volver a la sesión</translation>
    </message>
</context>
<context>
    <name>PracticeTips</name>
    <message>
        <source>Keep both palms flat and in contact; a slow, even glide relaxes.</source>
        <translation>Mantén las palmas planas y en contacto; un deslizamiento lento y uniforme relaja.</translation>
    </message>
    <message>
        <source>Don&apos;t hurry or lift off between strokes; glide beside the spine, not on it.</source>
        <translation>No te apresures ni levantes las manos entre pasadas; desliza junto a la columna, no sobre ella.</translation>
    </message>
    <message>
        <source>Lean in through the heels of your palms and let the circles stay slow.</source>
        <translation>Apoya el peso en la base de las palmas y mantén los círculos lentos.</translation>
    </message>
    <message>
        <source>Don&apos;t grind the bony ridge of the spine or the hip bones.</source>
        <translation>No frotes con fuerza el relieve óseo de la columna ni los huesos de la cadera.</translation>
    </message>
    <message>
        <source>Small circles with the pads of your fingers, working round the blade&apos;s edge.</source>
        <translation>Círculos pequeños con las yemas de los dedos, recorriendo el borde del omóplato.</translation>
    </message>
    <message>
        <source>Don&apos;t dig in with nails; ease off on tender spots and ask.</source>
        <translation>No claves las uñas; suaviza en los puntos sensibles y pregunta.</translation>
    </message>
    <message>
        <source>Lift and squeeze the thick muscle, hands taking turns, like dough.</source>
        <translation>Levanta y aprieta el músculo grueso, alternando las manos, como una masa.</translation>
    </message>
    <message>
        <source>Don&apos;t pinch the skin; knead muscle, not bone.</source>
        <translation>No pellizques la piel; amasa músculo, no hueso.</translation>
    </message>
    <message>
        <source>Press slowly with flat palms, hold a breath, release, step along.</source>
        <translation>Presiona despacio con las palmas planas, mantén una respiración, suelta y avanza.</translation>
    </message>
    <message>
        <source>Never press on the spine itself; no sudden pushes.</source>
        <translation>Nunca presiones sobre la columna; nada de empujones bruscos.</translation>
    </message>
    <message>
        <source>Thumbs a finger&apos;s width out from the spine, stepping upward, pressure built slowly.</source>
        <translation>Pulgares a un dedo de la columna, avanzando hacia arriba; la presión sube poco a poco.</translation>
    </message>
    <message>
        <source>Never on the spine; stop if it feels sharp rather than good.</source>
        <translation>Nunca sobre la columna; para si causa un dolor agudo en vez de alivio.</translation>
    </message>
    <message>
        <source>Soft, loose fists rolling slowly upward beside the spine.</source>
        <translation>Puños sueltos y relajados que ruedan despacio hacia arriba junto a la columna.</translation>
    </message>
    <message>
        <source>Only after a warm-up; never on bone, never fast.</source>
        <translation>Solo después del calentamiento; nunca sobre hueso, nunca rápido.</translation>
    </message>
    <message>
        <source>Start beside the spine low down and sweep up and out to the sides.</source>
        <translation>Empieza abajo, junto a la columna, y sube abriendo hacia los lados.</translation>
    </message>
    <message>
        <source>Keep the return stroke light; don&apos;t drag the skin.</source>
        <translation>Vuelve con un toque ligero; no arrastres la piel.</translation>
    </message>
    <message>
        <source>Rest warm hands still and breathe slowly together.</source>
        <translation>Apoya las manos cálidas y quietas, y respira despacio con la persona.</translation>
    </message>
    <message>
        <source>Don&apos;t press; this is a pause, not work.</source>
        <translation>No presiones: es una pausa, no un trabajo.</translation>
    </message>
    <message>
        <source>Also used on: {zones}.</source>
        <translation>También en: {zones}.</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <source>Strokes</source>
        <translation>Maniobras</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Maniobra</translation>
    </message>
    <message>
        <source>Where and with what</source>
        <translation>Dónde y con qué</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Other zones</source>
        <translation>Otras zonas</translation>
    </message>
    <message>
        <source>Pressure range</source>
        <translation>Rango de presión</translation>
    </message>
    <message>
        <source>Doing it well</source>
        <translation>Cómo hacerlo bien</translation>
    </message>
    <message>
        <source>What to avoid</source>
        <translation>Qué evitar</translation>
    </message>
    <message>
        <source>Tempo, strokes a minute</source>
        <translation>Ritmo, pasadas por minuto</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>Slow motion</source>
        <translation>Cámara lenta</translation>
    </message>
    <message>
        <source>Slow motion: half speed</source>
        <translation>Cámara lenta: a media velocidad</translation>
    </message>
    <message>
        <source>Tick each stroke</source>
        <translation>Tic en cada pasada</translation>
    </message>
    <message>
        <source>Quiet tick on each stroke</source>
        <translation>Un tic suave en cada pasada</translation>
    </message>
    <message>
        <source>Trace it  (T)</source>
        <translation>Trazar  (T)</translation>
    </message>
    <message>
        <source>Trace it</source>
        <translation>Trazar</translation>
    </message>
    <message>
        <source>Trace the stroke for a score. Key: T</source>
        <translation>Traza la maniobra para obtener una puntuación. Tecla: T</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>Watch the moving hands, then press Trace it and follow one with the mouse or a finger: press, drag for a few strokes, let go.</source>
        <translation>Observa las manos en movimiento; luego pulsa Trazar y sigue una con el ratón o un dedo: pulsa, arrastra unas pasadas y suelta.</translation>
    </message>
    <message>
        <source>What the score means</source>
        <translation>Qué significa la puntuación</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>Mejor puntuación</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>{measure} score</source>
        <translation>{measure}: puntuación</translation>
    </message>
    <message>
        <source>Pressure {range}</source>
        <translation>Presión {range}</translation>
    </message>
    <message>
        <source>Do: {well}</source>
        <translation>Consejo: {well}</translation>
    </message>
    <message>
        <source>Avoid: {avoid}</source>
        <translation>Cuidado: {avoid}</translation>
    </message>
    <message>
        <source>Best so far: {best}</source>
        <translation>Mejor hasta ahora: {best}</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>Aún sin puntuación</translation>
    </message>
    <message>
        <source>Press on the back and follow a moving hand for a few strokes; let go to see your score.</source>
        <translation>Pulsa sobre la espalda y sigue una mano unas cuantas pasadas; suelta para ver tu puntuación.</translation>
    </message>
    <message>
        <source>Your trace is in blue over the path. Trace it again to improve.</source>
        <translation>Tu trazo aparece en azul sobre el recorrido. Vuelve a trazar para mejorar.</translation>
    </message>
    <message>
        <source>Best so far: {overall} (new best!)</source>
        <translation>Mejor hasta ahora: {overall} (¡nuevo récord!)</translation>
    </message>
</context>
<context>
    <name>Pressure</name>
    <message>
        <source>Light</source>
        <extracomment>Above this a home massage is pressing harder than it should.</extracomment>
        <translation>Suave</translation>
    </message>
    <message>
        <source>Light pressure</source>
        <translation>Presión suave</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Medium pressure</source>
        <translation>Presión media</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Firme</translation>
    </message>
    <message>
        <source>Firm pressure</source>
        <translation>Presión firme</translation>
    </message>
    <message>
        <source>Too much</source>
        <translation>Excesiva</translation>
    </message>
    <message>
        <source>Too much pressure</source>
        <translation>Presión excesiva</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>de {low} a {high}</translation>
    </message>
</context>
<context>
    <name>PressureCurve</name>
    <message>
        <source>No phases yet.</source>
        <translation>Aún no hay fases.</translation>
    </message>
    <message numerus="yes">
        <source>Pressure over the session, %n phase(s) in {length}: from {start} up to {peak} of 10 in {phase}, ending at {end}.</source>
        <translation>
            <numerusform>Presión durante la sesión, %n fase en {length}: de {start} hasta {peak} de 10 en {phase}, y termina en {end}.</numerusform>
            <numerusform>Presión durante la sesión, %n fases en {length}: de {start} hasta {peak} de 10 en {phase}, y termina en {end}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PressureGauge</name>
    <message>
        <source>Pressure, on a scale of {bands}</source>
        <translation>Presión, en una escala de {bands}</translation>
    </message>
    <message>
        <source>{pressure}, {level} of 10</source>
        <translation>{pressure}, {level} de 10</translation>
    </message>
    <message>
        <source>, rising to {target}</source>
        <translation>, subiendo a {target}</translation>
    </message>
    <message>
        <source>, easing to {target}</source>
        <translation>, bajando a {target}</translation>
    </message>
    <message>
        <source>{arrow} to {target}</source>
        <translation>{arrow} a {target}</translation>
    </message>
</context>
<context>
    <name>PressurePlot</name>
    <message>
        <source>Pressure timeline</source>
        <translation>Evolución de la presión</translation>
    </message>
</context>
<context>
    <name>PulseDot</name>
    <message>
        <source>Stroke pulse</source>
        <translation>Pulso de la maniobra</translation>
    </message>
</context>
<context>
    <name>RoutineChoice</name>
    <message>
        <source>Switch routine?</source>
        <translation>¿Cambiar de rutina?</translation>
    </message>
    <message>
        <source>Switch to {name}? The session in progress will end.</source>
        <translation>¿Cambiar a {name}? La sesión en curso terminará.</translation>
    </message>
    <message>
        <source>“{name}” is ready to start</source>
        <translation>«{name}» está lista para empezar</translation>
    </message>
    <message>
        <source>Saved “{name}”; pick it when this session is over</source>
        <translation>Se guardó «{name}»; elígela cuando termine esta sesión</translation>
    </message>
</context>
<context>
    <name>RoutineDraftText</name>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Maniobra</translation>
    </message>
    <message>
        <source>Length (m:ss)</source>
        <translation>Tiempo (m:ss)</translation>
    </message>
    <message>
        <source>Pressure from</source>
        <translation>Presión desde</translation>
    </message>
    <message>
        <source>Pressure to</source>
        <translation>Presión hasta</translation>
    </message>
    <message>
        <source>What the hands do</source>
        <translation>Qué hacen las manos</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>stroke</source>
        <translation>maniobra</translation>
    </message>
    <message>
        <source>length (m:ss)</source>
        <translation>tiempo (m:ss)</translation>
    </message>
    <message>
        <source>pressure from</source>
        <translation>presión desde</translation>
    </message>
    <message>
        <source>pressure to</source>
        <translation>presión hasta</translation>
    </message>
    <message>
        <source>what the hands do</source>
        <translation>qué hacen las manos</translation>
    </message>
    <message>
        <source>must be from {low} to {high}</source>
        <translation>debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>type a number from {low} to {high}</source>
        <translation>escribe un número entre {low} y {high}</translation>
    </message>
    <message>
        <source>give the phase a name</source>
        <translation>ponle nombre a la fase</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nueva fase</translation>
    </message>
    <message>
        <source>Give the routine a name.</source>
        <translation>Ponle nombre a la rutina.</translation>
    </message>
    <message>
        <source>The routine&apos;s name is longer than {most} characters.</source>
        <translation>El nombre de la rutina supera los {most} caracteres.</translation>
    </message>
    <message>
        <source>Add at least one phase.</source>
        <translation>Añade al menos una fase.</translation>
    </message>
    <message>
        <source>A routine has at most {most} phases.</source>
        <translation>Una rutina tiene como máximo {most} fases.</translation>
    </message>
    <message>
        <source>at most {most} characters</source>
        <translation>como máximo {most} caracteres</translation>
    </message>
</context>
<context>
    <name>RoutineEditing</name>
    <message>
        <source>use m:ss, like 2:30</source>
        <extracomment>Fitted durations are whole multiples of this, so times read cleanly.</extracomment>
        <translation>usa m:ss, como 2:30</translation>
    </message>
    <message>
        <source>enter a time, like 2:30</source>
        <translation>escribe un tiempo, como 2:30</translation>
    </message>
    <message>
        <source>use minutes, like 20 min, or m:ss, like 25:00</source>
        <translation>usa minutos, como 20 min, o m:ss, como 25:00</translation>
    </message>
    <message>
        <source>enter a length, like 20 min</source>
        <translation>escribe una duración, como 20 min</translation>
    </message>
    <message>
        <source>the total length must be more than zero</source>
        <translation>la duración total debe ser mayor que cero</translation>
    </message>
    <message>
        <source>a time can&apos;t be negative</source>
        <translation>un tiempo no puede ser negativo</translation>
    </message>
    <message>
        <source>{typed} is far too long</source>
        <translation>{typed} es demasiado largo</translation>
    </message>
    <message>
        <source>write seconds with two digits, like {example}</source>
        <translation>escribe los segundos con dos cifras, como {example}</translation>
    </message>
    <message>
        <source>seconds must be 0–59 in {typed}</source>
        <translation>los segundos deben ser 0–59 en {typed}</translation>
    </message>
    <message>
        <source>write minutes with two digits after the hours in {typed}</source>
        <translation>escribe los minutos con dos cifras tras las horas en {typed}</translation>
    </message>
    <message>
        <source>minutes must be 0–59 in {typed}</source>
        <translation>los minutos deben ser 0–59 en {typed}</translation>
    </message>
    <message>
        <source>&quot;{unit}&quot; is not a unit I know; {hint}</source>
        <translation>&quot;{unit}&quot; no es una unidad conocida; {hint}</translation>
    </message>
    <message>
        <source>give hours, then minutes, then seconds, each once, in {typed}</source>
        <translation>indica horas, luego minutos y luego segundos, una vez cada uno, en {typed}</translation>
    </message>
    <message>
        <source>that is far too long</source>
        <translation>eso es demasiado largo</translation>
    </message>
    <message>
        <source>there are no phases to fit</source>
        <translation>no hay fases que ajustar</translation>
    </message>
    <message>
        <source>the total length must be a whole multiple of {step} seconds</source>
        <translation>la duración total debe ser un múltiplo exacto de {step} segundos</translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) need at least {least} ({each} s each)</source>
        <translation>
            <numerusform>%n fase necesita al menos {least} ({each} s)</numerusform>
            <numerusform>%n fases necesitan al menos {least} ({each} s cada una)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase(s) can last at most {most} (an hour each)</source>
        <translation>
            <numerusform>%n fase puede durar como máximo {most} (una hora)</numerusform>
            <numerusform>%n fases pueden durar como máximo {most} (una hora cada una)</numerusform>
        </translation>
    </message>
    <message>
        <source>{phase} has no length to scale from</source>
        <translation>{phase} no tiene una duración a partir de la cual escalar</translation>
    </message>
    <message>
        <source>No phases yet — begin with a light gliding warm-up</source>
        <translation>Aún no hay fases: empieza con un calentamiento suave de deslizamientos</translation>
    </message>
    <message>
        <source>Start with a light gliding warm-up; {phase} uses {stroke}</source>
        <translation>Empieza con un calentamiento suave de deslizamientos; {phase} usa {stroke}</translation>
    </message>
    <message>
        <source>{phase} reaches {level} — keep the opening warm-up light ({light} or less)</source>
        <translation>{phase} llega a {level}: el calentamiento inicial debe ser suave ({light} o menos)</translation>
    </message>
    <message>
        <source>Pressure jumps from {before} to {after} at {phase} — build up gradually</source>
        <translation>La presión salta de {before} a {after} en {phase}: súbela poco a poco</translation>
    </message>
    <message>
        <source>Pressure drops from {before} to {after} at {phase} — ease off gradually</source>
        <translation>La presión cae de {before} a {after} en {phase}: bájala poco a poco</translation>
    </message>
    <message>
        <source>{phase} goes from {start} to {end} — too steep for one phase</source>
        <translation>{phase} va de {start} a {end}: demasiado brusco para una sola fase</translation>
    </message>
    <message>
        <source>{phase} is firm ({level}) in the first 5 minutes — save firm work for later</source>
        <translation>{phase} es firme ({level}) en los primeros 5 minutos: deja el trabajo firme para después</translation>
    </message>
    <message>
        <source>{phase} is over {light} in the first 2 minutes — warm up with light strokes first</source>
        <translation>{phase} pasa de {light} en los 2 primeros minutos: calienta antes con maniobras suaves</translation>
    </message>
    <message>
        <source>{phase} reaches {level} — more than a home massage should use</source>
        <translation>{phase} llega a {level}: más de lo que conviene en un masaje casero</translation>
    </message>
    <message>
        <source>{phase}: press beside the spine or on one area, not the whole back</source>
        <translation>{phase}: presiona junto a la columna o en una zona, no en toda la espalda</translation>
    </message>
    <message>
        <source>{phase} ends at {level} — end gently, easing down to {light} or less</source>
        <translation>{phase} termina en {level}: acaba con suavidad, bajando a {light} o menos</translation>
    </message>
    <message>
        <source>End gently: finish with a slow glide or resting hands after {phase}</source>
        <translation>Acaba con suavidad: después de {phase}, un deslizamiento lento o manos en reposo</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <extracomment>A phase&apos;s name in a sentence, in the language&apos;s own quotation marks.</extracomment>
        <translation>«{name}»</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Routine editor</source>
        <translation>Editor de rutinas</translation>
    </message>
    <message>
        <source>Routine editor (recovered)</source>
        <translation>Editor de rutinas (recuperada)</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>rename routine</source>
        <translation>cambiar el nombre de la rutina</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>edit description</source>
        <translation>editar la descripción</translation>
    </message>
    <message>
        <source>This is a built-in routine: it cannot be changed, but you can save your edits as a copy of your own.</source>
        <translation>Es una rutina incluida: no se puede cambiar, pero puedes guardar tus cambios como copia propia.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>e.g. 20 min</source>
        <translation>p. ej., 20 min</translation>
    </message>
    <message>
        <source>Fit to a total length</source>
        <translation>Ajustar a una duración total</translation>
    </message>
    <message>
        <source>Fit to length</source>
        <translation>Ajustar duración</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save as a copy</source>
        <translation>Guardar como copia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phase {number}, {column}: {problem}</source>
        <translation>Fase {number}, {column}: {problem}</translation>
    </message>
    <message>
        <source>Advice: {advice}</source>
        <translation>Consejo: {advice}</translation>
    </message>
    <message>
        <source>Built-in routines are read-only: save a copy</source>
        <translation>Las rutinas incluidas son de solo lectura: guarda una copia</translation>
    </message>
    <message>
        <source>Save ({keys})</source>
        <translation>Guardar ({keys})</translation>
    </message>
    <message>
        <source>{routine} · Routine editor</source>
        <translation>{routine} · Editor de rutinas</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>add phase</source>
        <translation>añadir fase</translation>
    </message>
    <message>
        <source>duplicate phase {number}</source>
        <translation>duplicar la fase {number}</translation>
    </message>
    <message>
        <source>delete phase {number}</source>
        <translation>eliminar la fase {number}</translation>
    </message>
    <message>
        <source>move phase {number}</source>
        <translation>mover la fase {number}</translation>
    </message>
    <message>
        <source>Fix the marked cells first, then fit the length.</source>
        <translation>Corrige primero las celdas marcadas y luego ajusta la duración.</translation>
    </message>
    <message>
        <source>Cannot fit to {text}: {exc}</source>
        <translation>No se puede ajustar a {text}: {exc}</translation>
    </message>
    <message>
        <source>fit to {duration}</source>
        <translation>ajustar a {duration}</translation>
    </message>
    <message>
        <source>Fix the marked cells first; they say what is wrong.</source>
        <translation>Corrige primero las celdas marcadas; indican qué está mal.</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (mi copia)</translation>
    </message>
    <message>
        <source>This routine has problems to fix before it can be saved:</source>
        <translation>Esta rutina tiene problemas que corregir antes de guardarla:</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to {routine}?</source>
        <translation>¿Guardar los cambios en {routine}?</translation>
    </message>
    <message>
        <source>this routine</source>
        <translation>esta rutina</translation>
    </message>
</context>
<context>
    <name>RoutineFile</name>
    <message>
        <source>, got {value}</source>
        <translation>, se encontró: {value}</translation>
    </message>
    <message>
        <source>; got {value}</source>
        <translation>; se encontró: {value}</translation>
    </message>
    <message>
        <source>the file must hold a JSON object, got {kind}</source>
        <translation>el archivo debe contener un objeto JSON; se encontró: {kind}</translation>
    </message>
    <message>
        <source>must be &quot;{format}&quot;</source>
        <translation>debe ser &quot;{format}&quot;</translation>
    </message>
    <message>
        <source>{version} was made by a newer version of the app (this one reads version {readable}); please update the app</source>
        <translation>{version} se creó con una versión más reciente de la aplicación (esta lee la versión {readable}); actualiza la aplicación</translation>
    </message>
    <message>
        <source>must be {version}</source>
        <translation>debe ser {version}</translation>
    </message>
    <message>
        <source>must be a list of phases</source>
        <translation>debe ser una lista de fases</translation>
    </message>
    <message>
        <source>must hold 1 to {most} phases</source>
        <translation>debe tener de 1 a {most} fases</translation>
    </message>
    <message>
        <source>file is {size} bytes; routine files may be at most {most} bytes</source>
        <translation>el archivo ocupa {size} bytes; un archivo de rutina puede ocupar como máximo {most} bytes</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>no se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at position {position})</source>
        <translation>no es texto UTF-8 (byte incorrecto en la posición {position})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the key appears twice</source>
        <translation>la clave aparece dos veces</translation>
    </message>
    <message>
        <source>nested too deeply to be a routine</source>
        <translation>demasiado anidado para ser una rutina</translation>
    </message>
    <message>
        <source>not valid JSON: {error} at line {line}, column {column}</source>
        <translation>JSON no válido: {error} en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>not a usable JSON value: {error}</source>
        <translation>valor JSON no utilizable: {error}</translation>
    </message>
    <message>
        <source>{constant} is not allowed; use an ordinary number</source>
        <translation>{constant} no está permitido; usa un número normal</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a number of seconds from {low} to {high}</source>
        <translation>debe ser un número de segundos entre {low} y {high}</translation>
    </message>
    <message>
        <source>&quot;spine&quot; is never a target: never press on the spine; use &quot;spine_sides&quot; to work the muscles beside it</source>
        <translation>&quot;spine&quot; nunca es una zona válida: nunca presiones sobre la columna; usa &quot;spine_sides&quot; para trabajar los músculos junto a ella</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>debe ser uno de estos: {allowed}</translation>
    </message>
    <message>
        <source>must be an object like {example}</source>
        <translation>debe ser un objeto como {example}</translation>
    </message>
    <message>
        <source>must be a number from {low} to {high}</source>
        <translation>debe ser un número entre {low} y {high}</translation>
    </message>
    <message>
        <source>must be text of 1 to {most} characters</source>
        <translation>debe ser un texto de 1 a {most} caracteres</translation>
    </message>
    <message>
        <source>must be at most {most} characters</source>
        <translation>debe tener como máximo {most} caracteres</translation>
    </message>
    <message>
        <source>unknown key (allowed: {keys})</source>
        <translation>clave desconocida (se permiten: {keys})</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>RoutineManager</name>
    <message>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <source>Recover unsaved routine?</source>
        <translation>¿Recuperar la rutina sin guardar?</translation>
    </message>
    <message>
        <source>“{routine}” had unsaved changes when the app closed ({when}). Open them again?</source>
        <translation>«{routine}» tenía cambios sin guardar cuando se cerró la aplicación ({when}). ¿Abrirlos de nuevo?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Importar una rutina</translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation>Archivos de rutina (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Can&apos;t import this file</source>
        <translation>No se puede importar este archivo</translation>
    </message>
    <message>
        <source>{file} is not a routine this app can use:</source>
        <translation>{file} no es una rutina que esta aplicación pueda usar:</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>rutina</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Exportar una rutina</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Archivos de rutina (*.json)</translation>
    </message>
    <message>
        <source>Can&apos;t export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>Saved “{name}” to {path}</source>
        <translation>Se guardó «{name}» en {path}</translation>
    </message>
    <message>
        <source>Delete routine?</source>
        <translation>¿Eliminar la rutina?</translation>
    </message>
    <message>
        <source>Delete “{name}”? It moves to the trash folder inside the app&apos;s data folder, so it can still be recovered.</source>
        <translation>¿Eliminar «{name}»? Irá a la papelera dentro de la carpeta de datos de la aplicación, así que aún se podrá recuperar.</translation>
    </message>
    <message>
        <source>Can&apos;t delete</source>
        <translation>No se puede eliminar</translation>
    </message>
</context>
<context>
    <name>RoutinePicker</name>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Tus rutinas</translation>
    </message>
    <message>
        <source>{file} · can&apos;t be used</source>
        <translation>{file} · no se puede usar</translation>
    </message>
</context>
<context>
    <name>SafetyCheck</name>
    <message>
        <source> (adapted)</source>
        <extracomment>Highest level allowed where only light pressure is safe (a sore spot). Highest level allowed for an older adult or in pregnancy. Every level is multiplied by this for an older adult, before the cap.</extracomment>
        <translation> (adaptada)</translation>
    </message>
    <message>
        <source>Do they have a fever or an infection right now?</source>
        <translation>¿Tiene fiebre o alguna infección ahora mismo?</translation>
    </message>
    <message>
        <source>a fever or infection</source>
        <translation>fiebre o una infección</translation>
    </message>
    <message>
        <source>Is any part of the back inflamed, swollen, bruised or freshly injured?</source>
        <translation>¿Tiene alguna zona de la espalda inflamada, hinchada, amoratada o con una lesión reciente?</translation>
    </message>
    <message>
        <source>inflammation, swelling, bruising or a fresh injury</source>
        <translation>inflamación, hinchazón, moratones o una lesión reciente</translation>
    </message>
    <message>
        <source>Have they had a recent fracture, or do they have osteoporosis or another bone condition?</source>
        <translation>¿Ha tenido una fractura reciente, o tiene osteoporosis u otra enfermedad de los huesos?</translation>
    </message>
    <message>
        <source>a recent fracture or a bone condition</source>
        <translation>una fractura reciente o una enfermedad de los huesos</translation>
    </message>
    <message>
        <source>Do they have severe, sharp or unexplained pain in the back?</source>
        <translation>¿Tiene dolor de espalda fuerte, agudo o sin causa conocida?</translation>
    </message>
    <message>
        <source>severe, sharp or unexplained pain</source>
        <translation>dolor fuerte, agudo o sin causa conocida</translation>
    </message>
    <message>
        <source>Are there cuts, burns, a rash or irritated skin on the back?</source>
        <translation>¿Hay cortes, quemaduras, sarpullido o piel irritada en la espalda?</translation>
    </message>
    <message>
        <source>cuts, burns, a rash or irritated skin</source>
        <translation>cortes, quemaduras, sarpullido o piel irritada</translation>
    </message>
    <message>
        <source>Do they have varicose veins or a possible blood clot?</source>
        <translation>¿Tiene varices o un posible coágulo de sangre?</translation>
    </message>
    <message>
        <source>varicose veins or a possible blood clot</source>
        <translation>varices o un posible coágulo de sangre</translation>
    </message>
    <message>
        <source>Better not to give a back massage today: you mentioned {topics}. Massage could make this worse. Please ask a doctor or another health professional first; the massage can wait until they say it is fine.</source>
        <translation>Mejor no dar un masaje de espalda hoy: has indicado {topics}. El masaje podría empeorarlo. Consulta antes a un médico u otro profesional de la salud; el masaje puede esperar hasta que te digan que no hay problema.</translation>
    </message>
    <message>
        <source>No special care</source>
        <translation>Sin cuidados especiales</translation>
    </message>
    <message>
        <source>Older adult</source>
        <translation>Persona mayor</translation>
    </message>
    <message>
        <source>Skin is thinner and muscles less elastic with age: pressure stays lighter, and ask often whether anything feels uncomfortable.</source>
        <translation>Con la edad, la piel es más fina y los músculos menos elásticos: la presión será más suave, y pregunta a menudo si algo le molesta.</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Embarazo</translation>
    </message>
    <message>
        <source>Prenatal massage needs special training, so the lower back is left out and pressure stays at medium or below. Never press on the belly.</source>
        <translation>El masaje prenatal requiere formación específica: se omite la zona lumbar y la presión no pasa de media. Nunca presiones sobre el vientre.</translation>
    </message>
    <message>
        <source>the whole back</source>
        <translation>toda la espalda</translation>
    </message>
    <message>
        <source>the shoulders</source>
        <translation>los hombros</translation>
    </message>
    <message>
        <source>the shoulder blades</source>
        <translation>los omóplatos</translation>
    </message>
    <message>
        <source>the muscles beside the spine</source>
        <translation>los músculos junto a la columna</translation>
    </message>
    <message>
        <source>the lower back</source>
        <translation>la zona lumbar</translation>
    </message>
    <message>
        <source>Lower-back phases left out in pregnancy (−{time}).</source>
        <translation>Fases lumbares omitidas por el embarazo (−{time}).</translation>
    </message>
    <message>
        <source>Gentle whole-back glide</source>
        <translation>Deslizamiento suave por toda la espalda</translation>
    </message>
    <message>
        <source>A gentle whole-back glide stands in for them.</source>
        <translation>En su lugar, un deslizamiento suave por toda la espalda.</translation>
    </message>
    <message>
        <source>Pressure a quarter lighter throughout for an older adult.</source>
        <translation>Presión un cuarto más suave en toda la sesión, para una persona mayor.</translation>
    </message>
    <message>
        <source>Pressure capped at medium for an older adult.</source>
        <translation>Presión limitada a media para una persona mayor.</translation>
    </message>
    <message>
        <source>Pressure capped at medium in pregnancy.</source>
        <translation>Presión limitada a media durante el embarazo.</translation>
    </message>
    <message>
        <source>Light pressure only on {place}: a sore spot is marked there{names}.</source>
        <translation>Solo presión suave en {place}: hay un punto dolorido marcado{names}.</translation>
    </message>
    <message>
        <source>Light pressure only on {place}: sore spots are marked there{names}.</source>
        <translation>Solo presión suave en {place}: hay puntos doloridos marcados{names}.</translation>
    </message>
    <message>
        <source>Pressure eases in and out around the lighter phases.</source>
        <translation>La presión baja y sube de forma gradual alrededor de las fases más suaves.</translation>
    </message>
</context>
<context>
    <name>SafetyDialog</name>
    <message>
        <source>Before you start: a safety check</source>
        <translation>Antes de empezar: revisión de seguridad</translation>
    </message>
    <message>
        <source>Safety check</source>
        <translation>Revisión de seguridad</translation>
    </message>
    <message>
        <source>Tick any that apply to the person on the table today.</source>
        <translation>Marca lo que se aplique hoy a la persona en la camilla.</translation>
    </message>
    <message>
        <source>Anything changed since last time? Tick any that apply today; Enter confirms all clear.</source>
        <translation>¿Ha cambiado algo desde la última vez? Marca lo que se aplique hoy; Intro confirma que todo está bien.</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>¿Para quién es?</translation>
    </message>
    <message>
        <source>Care profile: {profile}</source>
        <translation>Perfil de cuidado: {profile}</translation>
    </message>
    <message>
        <source>Safety advice</source>
        <translation>Aviso de seguridad</translation>
    </message>
    <message>
        <source>All clear: go on</source>
        <translation>Todo bien: continuar</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>Continuar de todos modos</translation>
    </message>
    <message>
        <source>Continue anyway, against the advice</source>
        <translation>Continuar de todos modos, contra el consejo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>SafetyFlow</name>
    <message>
        <source>Care profile set to {profile}; it applies from the next session.</source>
        <translation>Perfil de cuidado: {profile}; se aplica desde la próxima sesión.</translation>
    </message>
    <message>
        <source>Going on against the safety advice: keep it light and stop at any discomfort.</source>
        <translation>Sigues contra el consejo de seguridad: presión suave, y para ante cualquier molestia.</translation>
    </message>
</context>
<context>
    <name>ScreenAwakeText</name>
    <message>
        <source>A massage session is running</source>
        <translation>Hay una sesión de masaje en curso</translation>
    </message>
</context>
<context>
    <name>SessionCues</name>
    <message>
        <source>Time&apos;s up. Next: {zone}, {stroke}. Press any key when ready.</source>
        <translation>Se acabó el tiempo. Siguiente: {zone}, {stroke}. Pulsa una tecla para seguir.</translation>
    </message>
</context>
<context>
    <name>SessionLog</name>
    <message>
        <source>The session history could not be saved: {problem}</source>
        <translation>No se pudo guardar el historial de sesiones: {problem}</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>◀  Previous</source>
        <translation>◀  Anterior</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Siguiente  ▶</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit this routine</source>
        <translation>Editar esta rutina</translation>
    </message>
    <message>
        <source>Practice strokes</source>
        <translation>Practicar maniobras</translation>
    </message>
    <message>
        <source>Care profile</source>
        <translation>Perfil de cuidado</translation>
    </message>
    <message>
        <source>Keyboard hint</source>
        <translation>Ayuda de teclado</translation>
    </message>
    <message>
        <source>{what}. Key: {keys}</source>
        <translation>{what}. Tecla: {keys}</translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <source>Warm a little oil in your palms, then rest both hands on the back.</source>
        <translation>Calienta un poco de aceite en las palmas y apoya las dos manos en la espalda.</translation>
    </message>
    <message>
        <source>How is the pressure?</source>
        <translation>¿Qué tal la presión?</translation>
    </message>
    <message>
        <source>One minute left.</source>
        <translation>Queda un minuto.</translation>
    </message>
    <message>
        <source>All done. A glass of water, and let them rest quietly for a while.</source>
        <translation>Terminado. Un vaso de agua, y que descanse tranquilamente un rato.</translation>
    </message>
    <message>
        <source>Pressure is fine: carry on.</source>
        <translation>La presión va bien: sigue así.</translation>
    </message>
    <message>
        <source>Lighter from now on: the pressure is lowered for the rest.</source>
        <translation>Más suave desde ahora: la presión baja el resto de la sesión.</translation>
    </message>
    <message>
        <source>Stopping here: on to the gentle ending.</source>
        <translation>Paramos aquí: pasamos al final suave.</translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Skip the massage if they have a fever or infection, a fresh injury, swelling or bruising, a recent fracture or a bone condition, broken or irritated skin, varicose veins or a suspected clot, or sharp pain nobody has explained. Ask a health professional first.</source>
        <translation>No des el masaje si tiene fiebre o una infección, una lesión reciente, hinchazón o moratones, una fractura reciente o una enfermedad de los huesos, heridas o piel irritada, varices o sospecha de coágulo, o un dolor agudo sin explicación. Consulta antes a un profesional de la salud.</translation>
    </message>
    <message>
        <source>Take extra care with older adults (lighter strokes) and in pregnancy (leave the lower back alone unless you are trained).</source>
        <translation>Ten especial cuidado con personas mayores (maniobras más suaves) y en el embarazo (no toques la zona lumbar si no tienes formación).</translation>
    </message>
    <message>
        <source>While you massage</source>
        <translation>Durante el masaje</translation>
    </message>
    <message>
        <source>Never press on the spine itself: work the muscles on either side of it.</source>
        <translation>Nunca presiones sobre la columna: trabaja los músculos a cada lado.</translation>
    </message>
    <message>
        <source>Warm up with light strokes first and build pressure slowly.</source>
        <translation>Calienta primero con maniobras suaves y aumenta la presión poco a poco.</translation>
    </message>
    <message>
        <source>Ask how the pressure feels, and ease off at any sign of discomfort.</source>
        <translation>Pregunta qué tal la presión y suaviza ante cualquier señal de molestia.</translation>
    </message>
    <message>
        <source>Ready · {key} to start</source>
        <translation>Todo listo · {key} para empezar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Get ready: hands on the back</source>
        <translation>Prepárate: manos en la espalda</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Time&apos;s up · any key: next phase</source>
        <translation>Fin del tiempo · cualquier tecla: siguiente fase</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Siguiente fase</translation>
    </message>
    <message>
        <source>Paused · {key} to resume</source>
        <translation>En pausa · {key} para seguir</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Done · {key} to start again</source>
        <translation>Terminado · {key} para repetir</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Volver a empezar</translation>
    </message>
    <message>
        <source>Session complete. Let them rest.</source>
        <translation>Sesión terminada. Deja que descanse.</translation>
    </message>
    <message>
        <source>Phase {number} of {count}: {phase}. {zone}, {stroke}.</source>
        <translation>Fase {number} de {count}: {phase}. {zone}, {stroke}.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Getting ready, {time}. First: {where}</source>
        <translation>Preparación, {time}. Primero: {where}</translation>
    </message>
    <message>
        <source>{where} {time} left. {pressure}, {level} of 10.</source>
        <translation>{where} Tiempo restante: {time}. {pressure}, {level} de 10.</translation>
    </message>
    <message>
        <source>The computer went to sleep, so the session paused where it was. Press {key} to go on.</source>
        <translation>El equipo entró en suspensión y la sesión se pausó donde estaba. Pulsa {key} para seguir.</translation>
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
        <translation>No se pudo leer el archivo de ajustes {path}; se usan los ajustes predeterminados.</translation>
    </message>
    <message>
        <source>Saved {setting} {value} {problem}; using {default}.</source>
        <translation>Valor guardado para {setting}: {value} {problem}; se usa {default}.</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>los ajustes</translation>
    </message>
    <message>
        <source>the window&apos;s size and place</source>
        <translation>el tamaño y la posición de la ventana</translation>
    </message>
    <message>
        <source>your best practice score</source>
        <translation>tu mejor puntuación de práctica</translation>
    </message>
    <message>
        <source>The settings file {path} is damaged; settings that could not be read are back to their defaults.</source>
        <translation>El archivo de ajustes {path} está dañado; los ajustes que no se pudieron leer vuelven a su valor predeterminado.</translation>
    </message>
    <message>
        <source>The settings file {path} was damaged, so it was set aside as {kept}; settings that could not be read are back to their defaults.</source>
        <translation>El archivo de ajustes {path} estaba dañado: se apartó como {kept}; los ajustes que no se pudieron leer vuelven a su valor predeterminado.</translation>
    </message>
    <message>
        <source>Could not save {what} to {path}: the file or its folder cannot be written.</source>
        <translation>No se pudo guardar {what} en {path}: no se puede escribir en el archivo o en su carpeta.</translation>
    </message>
    <message>
        <source>was not a number</source>
        <translation>no era un número</translation>
    </message>
    <message>
        <source>was not on or off</source>
        <translation>no era activado ni desactivado</translation>
    </message>
    <message>
        <source>was not one of {choices}</source>
        <translation>no era uno de estos: {choices}</translation>
    </message>
    <message>
        <source>was not a routine name</source>
        <translation>no era un nombre de rutina</translation>
    </message>
    <message>
        <source>is not a language the app has</source>
        <translation>no es un idioma de la aplicación</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>was not between {low} and {high} seconds</source>
        <translation>no estaba entre {low} y {high} segundos</translation>
    </message>
    <message>
        <source>was not between {low} and {high} (0% to 100%)</source>
        <translation>no estaba entre {low} y {high} (del 0 % al 100 %)</translation>
    </message>
    <message>
        <source>routine choice</source>
        <translation>rutina elegida</translation>
    </message>
    <message>
        <source>get-ready time</source>
        <translation>tiempo de preparación</translation>
    </message>
    <message>
        <source>{seconds} seconds</source>
        <translation>{seconds} segundos</translation>
    </message>
    <message>
        <source>sound setting</source>
        <translation>ajuste de sonido</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volumen</translation>
    </message>
    <message>
        <source>full-screen setting</source>
        <translation>ajuste de pantalla completa</translation>
    </message>
    <message>
        <source>safety check setting</source>
        <translation>ajuste de revisión de seguridad</translation>
    </message>
    <message>
        <source>manual advance setting</source>
        <translation>ajuste de avance manual</translation>
    </message>
    <message>
        <source>reduced motion setting</source>
        <translation>ajuste de menos movimiento</translation>
    </message>
    <message>
        <source>spoken cues setting</source>
        <translation>ajuste de avisos por voz</translation>
    </message>
    <message>
        <source>care profile</source>
        <translation>perfil de cuidado</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>el del sistema</translation>
    </message>
    <message>
        <source>voice commands setting</source>
        <translation>ajuste de órdenes de voz</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(unreadable data)</source>
        <translation>(datos ilegibles)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Could not save {path}: {reason}.</source>
        <translation>No se pudo guardar {path}: {reason}.</translation>
    </message>
    <message>
        <source>Could not save {what}: there is no folder {folder}.</source>
        <translation>No se pudo guardar {what}: no existe la carpeta {folder}.</translation>
    </message>
    <message>
        <source>Could not save {what}: {reason}.</source>
        <translation>No se pudo guardar {what}: {reason}.</translation>
    </message>
    <message>
        <source>Could not start a new history file {path}: {exc}.</source>
        <translation>No se pudo crear un nuevo archivo de historial {path}: {exc}.</translation>
    </message>
    <message>
        <source>Could not open the history file {path}: {exc}.</source>
        <translation>No se pudo abrir el archivo de historial {path}: {exc}.</translation>
    </message>
    <message>
        <source>Could not open the history file {path}: {exc}. It was left as it is.</source>
        <translation>No se pudo abrir el archivo de historial {path}: {exc}. Se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>Could not read the history file {path}: {exc}.</source>
        <translation>No se pudo leer el archivo de historial {path}: {exc}.</translation>
    </message>
    <message>
        <source>Could not save to the history file {path}: {exc}.</source>
        <translation>No se pudo guardar en el archivo de historial {path}: {exc}.</translation>
    </message>
    <message>
        <source>Could not save to the history file {path}: {value}.</source>
        <translation>No se pudo guardar en el archivo de historial {path}: {value}.</translation>
    </message>
    <message>
        <source>Could not bring the history file up to date: {exc}.</source>
        <translation>No se pudo actualizar el archivo de historial: {exc}.</translation>
    </message>
    <message>
        <source>The history file {path} is damaged and could not be moved aside: {reason}.</source>
        <translation>El archivo de historial {path} está dañado y no se pudo apartar: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n file(s) of yours from {sources} into the app&apos;s own folder {folder}.</source>
        <translation>
            <numerusform>Se movió %n archivo tuyo de {sources} a la carpeta propia de la aplicación, {folder}.</numerusform>
            <numerusform>Se movieron %n archivos tuyos de {sources} a la carpeta propia de la aplicación, {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>A different file had the same name, so both are kept: {names}.</source>
        <translation>Otro archivo tenía el mismo nombre, así que se conservan ambos: {names}.</translation>
    </message>
    <message>
        <source>Not moved: {problems}</source>
        <translation>Sin mover: {problems}</translation>
    </message>
    <message>
        <source>{source} could not be read: {reason}.</source>
        <translation>No se pudo leer {source}: {reason}.</translation>
    </message>
    <message>
        <source>{source} was left where it is: no free name for it in {folder}.</source>
        <translation>{source} se quedó donde estaba: no hay un nombre libre para él en {folder}.</translation>
    </message>
    <message>
        <source>{source} could not be moved to {target}: {reason}.</source>
        <translation>No se pudo mover {source} a {target}: {reason}.</translation>
    </message>
    <message>
        <source>{source} could not be copied to {target}: {reason}.</source>
        <translation>No se pudo copiar {source} a {target}: {reason}.</translation>
    </message>
    <message>
        <source>Your routines, settings and session history can&apos;t be saved. {problem} Built-in routines work as usual. To keep your own, set {variable} to a folder you can write to, or fix this one and restart the app.</source>
        <translation>No se pueden guardar tus rutinas, ajustes ni historial de sesiones. {problem} Las rutinas incluidas funcionan con normalidad. Para conservar las tuyas, apunta {variable} a una carpeta en la que puedas escribir, o arregla esta y reinicia la aplicación.</translation>
    </message>
    <message>
        <source>The data folder {folder} is a file, not a folder.</source>
        <translation>La carpeta de datos {folder} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The data folder {folder} is on a read-only drive.</source>
        <translation>La carpeta de datos {folder} está en una unidad de solo lectura.</translation>
    </message>
    <message>
        <source>You have no permission to write in the data folder {folder}.</source>
        <translation>No tienes permiso para escribir en la carpeta de datos {folder}.</translation>
    </message>
    <message>
        <source>The data folder {folder} can&apos;t be made: part of its path is a file.</source>
        <translation>No se puede crear la carpeta de datos {folder}: parte de su ruta es un archivo.</translation>
    </message>
    <message>
        <source>The data folder {folder} can&apos;t be used: {reason}.</source>
        <translation>No se puede usar la carpeta de datos {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Could not make the folder {folder}: {reason}.</source>
        <translation>No se pudo crear la carpeta {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Could not use the folder {folder}: it is a file, not a folder.</source>
        <translation>No se pudo usar la carpeta {folder}: es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>{problem} Set {variable} to a folder you can write to.</source>
        <translation>{problem} Apunta {variable} a una carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <source>Could not read the routines folder {folder}: {reason}.</source>
        <translation>No se pudo leer la carpeta de rutinas {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Could not save the routine {name}: it would take {count} bytes; routine files may be at most {most} bytes.</source>
        <translation>No se pudo guardar la rutina {name}: ocuparía {count} bytes; un archivo de rutina puede ocupar como máximo {most} bytes.</translation>
    </message>
    <message>
        <source>Could not move {path} to the trash folder {trash}: {reason}.</source>
        <translation>No se pudo mover {path} a la papelera {trash}: {reason}.</translation>
    </message>
    <message>
        <source>the routine in {folder}</source>
        <translation>la rutina en {folder}</translation>
    </message>
    <message>
        <source>Could not save the routine in {folder}: {reason}.</source>
        <translation>No se pudo guardar la rutina en {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Could not find a free file name for {base} in {folder}.</source>
        <translation>No se encontró un nombre de archivo libre para {base} en {folder}.</translation>
    </message>
    <message>
        <source>Could not save the draft {path}: {exc}.</source>
        <translation>No se pudo guardar el borrador {path}: {exc}.</translation>
    </message>
    <message>
        <source>Could not save the draft {path}: it would take {count} bytes; drafts may be at most {most} bytes.</source>
        <translation>No se pudo guardar el borrador {path}: ocuparía {count} bytes; un borrador puede ocupar como máximo {most} bytes.</translation>
    </message>
    <message>
        <source>Could not remove the draft {path}: {reason}.</source>
        <translation>No se pudo eliminar el borrador {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>StretchFigure</name>
    <message>
        <source>Stretch animation</source>
        <extracomment>The bend of a side bend comes from the waist, the narrowest point. How much of a shoulder roll each torso knot takes part in: the top of the shoulders all of it, the flank below the armpit none.</extracomment>
        <translation>Animación de estiramientos</translation>
    </message>
    <message>
        <source>Now: {movement}, {how}. The figure loops through slow shoulder rolls and gentle side bends.</source>
        <translation>Ahora: {movement}, {how}. La figura repite giros lentos de hombros e inclinaciones laterales suaves.</translation>
    </message>
</context>
<context>
    <name>Stretches</name>
    <message>
        <source>Shoulder rolls</source>
        <translation>Giros de hombros</translation>
    </message>
    <message>
        <source>Side bends</source>
        <translation>Inclinaciones laterales</translation>
    </message>
    <message>
        <source>up, back and down, slowly</source>
        <translation>arriba, atrás y abajo, despacio</translation>
    </message>
    <message>
        <source>over to each side, only as far as is easy</source>
        <translation>hacia cada lado, solo hasta donde resulte cómodo</translation>
    </message>
</context>
<context>
    <name>Strokes</name>
    <message>
        <source>Long gliding strokes</source>
        <translation>Deslizamiento largo</translation>
    </message>
    <message>
        <source>Flat palms</source>
        <translation>Palmas planas</translation>
    </message>
    <message>
        <source>Flat palms glide down beside the spine and back up the sides</source>
        <translation>Las palmas planas bajan junto a la columna y suben por los costados</translation>
    </message>
    <message>
        <source>Palm circles</source>
        <translation>Círculos con palmas</translation>
    </message>
    <message>
        <source>Heels of the palms</source>
        <translation>Base de las palmas</translation>
    </message>
    <message>
        <source>Heels of the palms make slow circles</source>
        <translation>La base de las palmas traza círculos lentos</translation>
    </message>
    <message>
        <source>Fingertip circles</source>
        <translation>Círculos con yemas</translation>
    </message>
    <message>
        <source>Fingertips</source>
        <translation>Yemas de los dedos</translation>
    </message>
    <message>
        <source>Fingertips make small circles around the shoulder blades</source>
        <translation>Las yemas trazan círculos pequeños alrededor de los omóplatos</translation>
    </message>
    <message>
        <source>Kneading</source>
        <translation>Amasamiento</translation>
    </message>
    <message>
        <source>Whole hands</source>
        <translation>Manos enteras</translation>
    </message>
    <message>
        <source>Hands take turns to lift and squeeze, like kneading dough</source>
        <translation>Las manos se turnan para levantar y apretar, como al amasar pan</translation>
    </message>
    <message>
        <source>Palm presses</source>
        <translation>Presión con palmas</translation>
    </message>
    <message>
        <source>Flat palms press and release, stepping slowly along</source>
        <translation>Las palmas planas presionan y sueltan, avanzando despacio</translation>
    </message>
    <message>
        <source>Thumb presses</source>
        <translation>Presión con pulgares</translation>
    </message>
    <message>
        <source>Thumbs</source>
        <translation>Pulgares</translation>
    </message>
    <message>
        <source>Thumbs press beside the spine, stepping upward, never on it</source>
        <translation>Los pulgares presionan junto a la columna, subiendo, nunca sobre ella</translation>
    </message>
    <message>
        <source>Knuckle presses</source>
        <translation>Presión con nudillos</translation>
    </message>
    <message>
        <source>Soft knuckles</source>
        <translation>Nudillos relajados</translation>
    </message>
    <message>
        <source>Knuckles roll slowly upward beside the spine, never on it</source>
        <translation>Los nudillos suben rodando despacio junto a la columna, nunca sobre ella</translation>
    </message>
    <message>
        <source>Upward fan strokes</source>
        <translation>Abanico ascendente</translation>
    </message>
    <message>
        <source>Palms sweep up and out from the spine toward the sides</source>
        <translation>Las palmas suben y se abren desde la columna hacia los costados</translation>
    </message>
    <message>
        <source>Resting hands</source>
        <translation>Manos en reposo</translation>
    </message>
    <message>
        <source>Hands rest still and warm; breathe slowly together</source>
        <translation>Manos quietas y cálidas; respira despacio con la persona</translation>
    </message>
    <message>
        <source>long gliding strokes</source>
        <translation>deslizamientos largos</translation>
    </message>
    <message>
        <source>palm circles</source>
        <translation>círculos con las palmas</translation>
    </message>
    <message>
        <source>fingertip circles</source>
        <translation>círculos con las yemas</translation>
    </message>
    <message>
        <source>kneading</source>
        <translation>amasamiento</translation>
    </message>
    <message>
        <source>palm presses</source>
        <translation>presión con las palmas</translation>
    </message>
    <message>
        <source>thumb presses</source>
        <translation>presión con los pulgares</translation>
    </message>
    <message>
        <source>knuckle presses</source>
        <translation>presión con los nudillos</translation>
    </message>
    <message>
        <source>upward fan strokes</source>
        <translation>abanicos ascendentes</translation>
    </message>
    <message>
        <source>resting hands</source>
        <translation>manos en reposo</translation>
    </message>
    <message>
        <source>keep still, breathe slowly</source>
        <translation>quietas, respirando despacio</translation>
    </message>
    <message numerus="yes">
        <source>%n presses a minute</source>
        <translation>
            <numerusform>%n presión por minuto</numerusform>
            <numerusform>%n presiones por minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n circles a minute</source>
        <translation>
            <numerusform>%n círculo por minuto</numerusform>
            <numerusform>%n círculos por minuto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n strokes a minute</source>
        <translation>
            <numerusform>%n pasada por minuto</numerusform>
            <numerusform>%n pasadas por minuto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableFace</name>
    <message>
        <source>Table view</source>
        <translation>Vista de camilla</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Session complete</source>
        <translation>Sesión terminada</translation>
    </message>
    <message>
        <source>First: {phase}</source>
        <translation>Primero: {phase}</translation>
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
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceBackView</name>
    <message>
        <source>Crossed the spine</source>
        <translation>Trazo sobre la columna</translation>
    </message>
    <message>
        <source>Practice back diagram</source>
        <translation>Diagrama de la espalda para practicar</translation>
    </message>
    <message>
        <source>{crossed}: your trace went over it, marked with crosses.</source>
        <translation>{crossed}: tu trazo pasó por encima; está marcado con cruces.</translation>
    </message>
</context>
<context>
    <name>TraceText</name>
    <message>
        <source>Crossed the spine: keep to the muscles either side.</source>
        <extracomment>Mean distance from the path (art widths) that scores 0 on path. One point counts at most this far off, so a single slip of the mouse cannot wipe out an otherwise good trace. Tempo within this factor of the target scores 100 ... ... falling smoothly to 0 at this factor (half or double the target). Shortest trace worth scoring. Half-width of the strip along the spine a trace must not touch. A hold is perfectly still below this spread (art widths), and scores 0 on tempo (stillness) beyond STILL_ZERO. Coordinates beyond this are not on any screen: treated as bad points. Shortest stroke period the tempo detector looks for (seconds). Autocorrelation needs the pattern to repeat: longest period it looks for, as a share of the trace&apos;s duration (1 / 0.7 = ~1.4 periods must be seen). A move against the stepping longer than this many steps is a glide back. A count-based tempo this close to an autocorrelation peak confirms it. A change of heading this sharp between two samples is a turn back. Points this near the path (art widths) say where in the figure they are. seconds, monotonic, any origin Where the trace crossed or touched the spine strip, (u, v), for drawing. The stroke scored, for the wording of the summary. The trace was too short or too broken to score (all measures are 0).</extracomment>
        <translation>El trazo cruzó la columna: mantente en los músculos de cada lado.</translation>
    </message>
    <message>
        <source>Too short to score.</source>
        <translation>Demasiado corto para puntuar.</translation>
    </message>
    <message>
        <source>Press and drag along the moving hand for a few strokes.</source>
        <translation>Pulsa y arrastra siguiendo la mano unas cuantas pasadas.</translation>
    </message>
    <message>
        <source>Stayed on the spot.</source>
        <translation>Sin salirte del punto.</translation>
    </message>
    <message>
        <source>Stayed close to the path.</source>
        <translation>Muy cerca del recorrido.</translation>
    </message>
    <message>
        <source>Stayed near the spot; rest right where shown.</source>
        <translation>Cerca del punto; apoya justo donde se indica.</translation>
    </message>
    <message>
        <source>Mostly near the path; keep a little closer to it.</source>
        <translation>Casi siempre cerca del recorrido; acércate un poco más.</translation>
    </message>
    <message>
        <source>Drifted off the spot; rest the hands where shown.</source>
        <translation>Fuera del punto; apoya las manos donde se indica.</translation>
    </message>
    <message>
        <source>Strayed far from the path; follow the moving hand more closely.</source>
        <translation>Lejos del recorrido; sigue la mano más de cerca.</translation>
    </message>
    <message>
        <source>Kept the hands still.</source>
        <translation>Manos quietas: bien.</translation>
    </message>
    <message>
        <source>Keep the hands still and just breathe slowly.</source>
        <translation>Mantén las manos quietas y solo respira despacio.</translation>
    </message>
    <message>
        <source>Moved the way the stroke goes.</source>
        <translation>En la dirección de la maniobra.</translation>
    </message>
    <message>
        <source>Moved against the stroke&apos;s direction for part of the trace.</source>
        <translation>Parte del trazo fue en contra de la maniobra.</translation>
    </message>
    <message>
        <source>Moved against the stroke&apos;s direction for much of the trace.</source>
        <translation>Buena parte del trazo fue en contra de la maniobra.</translation>
    </message>
    <message>
        <source>No steady rhythm found; aim for {pace}.</source>
        <translation>Sin un ritmo constante; busca {pace}.</translation>
    </message>
    <message>
        <source>Good pace: about {pace}.</source>
        <translation>Buen ritmo: alrededor de {pace}.</translation>
    </message>
    <message>
        <source>About {pace}; aim for {target}.</source>
        <translation>Alrededor de {pace}; busca {target}.</translation>
    </message>
</context>
<context>
    <name>ViewModeText</name>
    <message>
        <source>Leave the table view ({key}) to practise.</source>
        <translation>Sal de la vista de camilla ({key}) para practicar.</translation>
    </message>
    <message>
        <source>Table view is for the session.</source>
        <translation>La vista de camilla es para la sesión.</translation>
    </message>
    <message>
        <source>Table view: {key} or {escape} to leave</source>
        <translation>Vista de camilla: {key} o {escape} para salir</translation>
    </message>
</context>
<context>
    <name>VoiceText</name>
    <message>
        <source>Qt&apos;s audio module could not load</source>
        <translation>no se pudo cargar el módulo de audio de Qt</translation>
    </message>
    <message>
        <source>its sound format is not one the app reads</source>
        <translation>su formato de sonido no lo lee la aplicación</translation>
    </message>
    <message>
        <source>it stopped sending sound</source>
        <translation>dejó de enviar sonido</translation>
    </message>
    <message>
        <source>it was unplugged</source>
        <translation>se desconectó</translation>
    </message>
    <message>
        <source>it is busy, or access was denied</source>
        <translation>está ocupado o se denegó el acceso</translation>
    </message>
    <message>
        <source>the audio system failed</source>
        <translation>falló el sistema de audio</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>{path} could not be read: {reason}</source>
        <translation>no se pudo leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} holds no sound the app reads</source>
        <translation type="vanished">{path} no contiene sonido que la aplicación pueda leer</translation>
    </message>
    <message>
        <source>Next.</source>
        <translation>Siguiente.</translation>
    </message>
    <message>
        <source>Back.</source>
        <translation>Atrás.</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Going on.</source>
        <translation>Seguimos.</translation>
    </message>
    <message>
        <source>{seconds} more seconds.</source>
        <translation>{seconds} segundos más.</translation>
    </message>
    <message>
        <source>Heard: coach.
Now the command</source>
        <translation>Oído: coach.
Ahora la orden</translation>
    </message>
    <message>
        <source>Heard: {words}</source>
        <translation>Oído: {words}</translation>
    </message>
    <message>
        <source>no microphone found</source>
        <translation>no se encontró ningún micrófono</translation>
    </message>
    <message>
        <source>access to the microphone was denied</source>
        <translation>se denegó el acceso al micrófono</translation>
    </message>
    <message>
        <source>the microphone could not be opened</source>
        <translation>no se pudo abrir el micrófono</translation>
    </message>
    <message>
        <source>the microphone stopped working</source>
        <translation>el micrófono dejó de funcionar</translation>
    </message>
    <message>
        <source>speech recognition is not available</source>
        <translation>el reconocimiento de voz no está disponible</translation>
    </message>
    <message>
        <source>voice commands are off, the keys work as before.</source>
        <translation>las órdenes de voz están desactivadas; las teclas funcionan como siempre.</translation>
    </message>
    <message>
        <source>Not listening: {what}; {then}</source>
        <translation>Sin escuchar: {what}; {then}</translation>
    </message>
</context>
<context>
    <name>WavFile</name>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>it cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
    <message>
        <source>not a WAV file (no RIFF/WAVE header)</source>
        <translation>no es un archivo WAV (falta la cabecera RIFF/WAVE)</translation>
    </message>
    <message>
        <source>big-endian WAV (RIFX) is not supported</source>
        <translation>no se admite WAV big-endian (RIFX)</translation>
    </message>
    <message>
        <source>the file ends before its audio data (truncated?)</source>
        <translation>el archivo termina antes de sus datos de audio (¿incompleto?)</translation>
    </message>
    <message>
        <source>the file ends inside its header (truncated?)</source>
        <translation>el archivo termina dentro de su cabecera (¿incompleto?)</translation>
    </message>
    <message>
        <source>the audio data comes before its format (damaged header)</source>
        <translation>los datos de audio van antes de su formato (cabecera dañada)</translation>
    </message>
    <message>
        <source>the file ends inside a header chunk (truncated?)</source>
        <translation>el archivo termina dentro de un bloque de la cabecera (¿incompleto?)</translation>
    </message>
    <message>
        <source>its format chunk is too short (damaged header)</source>
        <translation>su bloque de formato es demasiado corto (cabecera dañada)</translation>
    </message>
    <message>
        <source>its extended format chunk is too short (damaged header)</source>
        <translation>su bloque de formato extendido es demasiado corto (cabecera dañada)</translation>
    </message>
    <message>
        <source>compressed audio (format {tag}); only PCM WAV can be read</source>
        <translation>audio comprimido (formato {tag}); solo se puede leer WAV PCM</translation>
    </message>
    <message>
        <source>it has no audio channels</source>
        <translation>no tiene canales de audio</translation>
    </message>
    <message>
        <source>a sample rate of {rate} Hz is not usable</source>
        <translation>una frecuencia de muestreo de {rate} Hz no se puede usar</translation>
    </message>
    <message>
        <source>{bits}-bit floating-point samples are not supported</source>
        <translation>no se admiten muestras de coma flotante de {bits} bits</translation>
    </message>
    <message>
        <source>{bits}-bit PCM samples are not supported</source>
        <translation>no se admiten muestras PCM de {bits} bits</translation>
    </message>
    <message>
        <source>its frame size does not match its sample size (damaged header)</source>
        <translation>el tamaño de sus tramas no cuadra con el de sus muestras (cabecera dañada)</translation>
    </message>
    <message>
        <source>the file is cut short: its header promises {said} s of audio, it holds {held} s</source>
        <translation>el archivo está incompleto: su cabecera promete {said} s de audio y contiene {held} s</translation>
    </message>
    <message>
        <source>it has no audio in it</source>
        <translation>no contiene audio</translation>
    </message>
    <message>
        <source>the file got shorter while it was being read</source>
        <translation>el archivo se acortó mientras se leía</translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <source>Whole back</source>
        <translation>Toda la espalda</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Hombros</translation>
    </message>
    <message>
        <source>Shoulder blades</source>
        <translation>Omóplatos</translation>
    </message>
    <message>
        <source>Beside the spine</source>
        <translation>Junto a la columna</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Zona lumbar</translation>
    </message>
    <message>
        <source>whole back</source>
        <translation>toda la espalda</translation>
    </message>
    <message>
        <source>shoulders</source>
        <translation>hombros</translation>
    </message>
    <message>
        <source>shoulder blades</source>
        <translation>omóplatos</translation>
    </message>
    <message>
        <source>beside the spine</source>
        <translation>junto a la columna</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>zona lumbar</translation>
    </message>
</context>
</TS>
