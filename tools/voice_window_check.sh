#!/usr/bin/env bash
# Voice commands in a real window under Xvfb, driven as a user would:
#
#   bash tools/voice_window_check.sh                # a WAV file as the microphone
#   bash tools/voice_window_check.sh --microphone   # the real microphone path:
#        a PulseAudio null sink, a source remapped from its monitor as the
#        default input (Qt lists no monitor sources), low pink noise and the
#        clips played into it with paplay
#
# The quick routine is started with Ctrl+L (listen), Space and Return (past
# the safety check). Then: "coach." (a pause) "pause." pauses it, "coach, go"
# resumes it, "coach, next" twice moves it on, "lighter." with no check-in
# showing does nothing, and "lighter." once the check-in prompt of phase 3
# has been said lowers the pressure. Prints what the app heard, PASS or
# FAIL, and where the screenshots are. Takes about two minutes.
#
# Needs: Xvfb, xdotool, ImageMagick (import), espeak-ng, sox, bc; with
# --microphone also pulseaudio and pulseaudio-utils. Diagnosis only: CI does
# not run it (no display, no sound server).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
MIC=0
[ "${1:-}" = "--microphone" ] && MIC=1
WORK="$(mktemp -d /tmp/voice-window.XXXXXX)"
cd "$WORK"
mkdir -p data home
export HOME="$WORK/home" BACKMASSAGE_DATA_DIR="$WORK/data" QT_LOGGING_RULES="*.debug=false"

say() { espeak-ng -w "$1.wav" "$2"; }
say coach "coach."; say pause "pause."; say go "coach, go"; say next "coach, next"; say lighter "lighter."
quiet() { sox -n -r 22050 -c 1 -b 16 "$1.wav" trim 0 "$2"; }

cleanup() {
    [ -n "${APP:-}" ] && kill "$APP" 2>/dev/null || true
    [ -n "${NOISE:-}" ] && kill "$NOISE" 2>/dev/null || true
    [ -n "${PA:-}" ] && kill "$PA" 2>/dev/null || true
    [ -n "${XV:-}" ] && kill "$XV" 2>/dev/null || true
}
trap cleanup EXIT

if [ "$MIC" = 1 ]; then
    export XDG_RUNTIME_DIR="$WORK/xdg"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    cat > pa.pa <<'PA'
load-module module-native-protocol-unix
load-module module-null-sink sink_name=room
load-module module-remap-source source_name=mic master=room.monitor source_properties=device.description=Virtual_microphone
set-default-sink room
set-default-source mic
PA
    pulseaudio -n -F pa.pa --exit-idle-time=-1 --daemonize=no 2> pa.err &
    PA=$!
    sleep 1
else
    # The same words at the same moments, as one file the app reads as its microphone.
    quiet s22 22; quiet s1 1.5; quiet s3 4; quiet s5 5; quiet s49 49
    sox s22.wav coach.wav s1.wav pause.wav s3.wav go.wav s3.wav next.wav s5.wav next.wav \
        s49.wav lighter.wav s3.wav s3.wav s3.wav microphone.wav
    export BACKMASSAGE_VOICE_INPUT="$WORK/microphone.wav"
fi

Xvfb -displayfd 3 -screen 0 1366x768x24 3> display.txt > /dev/null 2>&1 &
XV=$!
for _ in $(seq 1 40); do [ -s display.txt ] && break; sleep 0.1; done
export DISPLAY=":$(cat display.txt)"
"$PY" "$ROOT/benchmarks/_listening_app.py" --routine quick > app.out 2> app.err &
APP=$!
W=""
for _ in $(seq 1 80); do
    W=$(xdotool search --onlyvisible --name "Back Massage" 2>/dev/null | head -1 || true)
    [ -n "$W" ] && break
    sleep 0.25
done
[ -n "$W" ] || { echo "FAIL: no window"; exit 1; }
sleep 1.5
xdotool mousemove --window "$W" 700 20
xdotool windowfocus "$W"
xdotool key ctrl+l
sleep 0.5
xdotool key space
sleep 1
xdotool key Return
T0=$(date +%s.%N)
at() { while [ "$(echo "$(date +%s.%N) - $T0 < $1" | bc)" = 1 ]; do sleep 0.05; done; }
play() { [ "$MIC" = 1 ] && paplay "$1.wav" || true; }
if [ "$MIC" = 1 ]; then
    sox -n -r 22050 -c 1 -b 16 -t wav - synth 120 pinknoise vol 0.01 2> /dev/null | paplay &
    NOISE=$!
fi
at 24; play coach; sleep 0.6; play pause
at 30; import -window root paused.png
at 33; play go
at 38; play next
at 43; play next
at 60; play lighter          # no check-in showing: nothing happens
at 93.5; play lighter        # the check-in prompt has been said
at 97; import -window root checkin.png
at 108
xdotool key ctrl+q
sleep 2

heard=$( (grep -o "heard '[^']*': [a-z-]*" app.err || true) | sed "s/.*: //" | tr '\n' ' ')
echo "heard and acted on: $heard"
echo "screenshots and the app's log: $WORK"
if [ "$heard" = "pause resume next next lighter " ]; then
    echo "PASS"
else
    echo "FAIL: expected pause resume next next lighter"
    exit 1
fi
