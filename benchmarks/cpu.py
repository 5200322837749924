"""CPU: share of one core used by the app in a real X window (Xvfb).

Three runs of ``python main.py`` on a private Xvfb display, each with its own
empty data folder:

* animating: ``--routine quick --start``, Enter at the safety check; skip
             the first 8 s, then measure.
* ready:     ``--routine quick`` (not started); skip 8 s, then measure.
* paused:    ``--routine quick --start``; after 8 s focus the window and press
             Space (xdotool), wait 2 s, then measure.
* bare:      first, as information: ``bare_animation.py``, a bare window
             animating two markers at the app's 62.5 Hz with partial repaints,
             the floor any Qt window animating this way pays here.
* listening-quiet, listening-speech: as animating, with voice commands on
             and the microphone a WAV file (``BACKMASSAGE_VOICE_INPUT``, so
             no microphone is needed): a quiet room, or about 30 s of
             ordinary talk without the wake word, looped. Each figure is the
             CPU on top of the animating session's, measured in the same run.
             The app must say it listens (``_listening_app.py`` logs it) and
             must not act on the talk, or the figure fails. ``--microphone``:
             the app's real microphone instead (the default input of a
             PulseAudio session, e.g. a null sink's monitor), the same sound
             played into the default output with ``paplay``, over and over.

CPU time is utime+stime of the app process (all its threads) and of the
processes it started (the recogniser decodes in one of its own) from
/proc/PID/stat over the window, divided by wall time. The X server's own CPU
over the same window is reported beside it (drawing the frames costs it too).

A frozen window costs no CPU, so it would pass every target (it once did: a
wedged speech server blocked the app, and this reported 0.00% and PASS). So
each state checks the window is alive, with screen comparisons (ImageMagick
``import`` twice, 1 s apart): animating must move before and after the
measurement; paused must move before Space and keep still after it; ready and
paused must keep still while measured and then answer Space (ready: the
safety check opens; paused: the session resumes and moves). An animating app
using next to no CPU is frozen too. Any of these fails the figure (FAIL, exit
status 1), whatever the CPU figure.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import TypedDict

from _common import (
    APP_MAIN,
    APP_TITLE,
    BENCH,
    PYTHON,
    ROOT,
    Figure,
    Xvfb,
    app_env,
    confirm_safety_check,
    cpu_seconds_between,
    log_tail,
    proc_alive,
    proc_cpu_seconds,
    proc_run_seconds,
    screen_moves,
    screen_responds,
    script_main,
    stop_process,
    tmpdir,
    tree_cpu_seconds,
    verdict,
    wait_for_window,
    xdotool,
)

SKIP_S = 8.0
TARGETS = {"animating": 5.0, "ready": 0.5, "paused": 0.5}
LISTENING_TARGETS = {"listening-quiet": 5.0, "listening-speech": 15.0}
"""Percent of one core on top of the animating session's own."""
USE_MICROPHONE = False
"""Listen through the real microphone (``--microphone``), not a WAV file."""
ALIVE_FLOOR_PCT = 0.2
"""Animating below this share of a core means nothing is being drawn."""


def voice_input(state: str, folder: Path) -> Path:
    """The sound the listening app hears: a quiet room, or talk."""
    import _voice_clips

    return (_voice_clips.quiet_room if state == "listening-quiet" else _voice_clips.talk)(folder)


def listened(log: Path) -> tuple[bool | None, str]:
    """Whether the app said it listened, and acted on nothing it heard."""
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    if "Not listening" in text:
        why = next(line for line in text.splitlines() if "Not listening" in line)
        return False, f"the app did not listen: {why.strip()}"
    if "listening for voice commands" not in text:
        return False, "the app never said it was listening"
    acted = [line.strip() for line in text.splitlines() if "VOICE" in line and "heard '" in line]
    if acted:
        return False, f"the app acted on talk without the wake word: {acted[0]}"
    return True, "the app listened, and acted on nothing it heard"


def press_space(x: Xvfb, wid: str) -> None:
    xdotool(x.display, "mousemove", "--window", wid, "200", "200", check=False)
    xdotool(x.display, "windowfocus", wid, check=False)
    time.sleep(0.3)
    xdotool(x.display, "key", "--clearmodifiers", "space")


class StateResult(TypedDict):
    """One state's measurement: CPU shares in % of one core, and the alive checks."""

    state: str
    app_pct: float  # the app's process and the processes it started
    children_pct: float  # of that, the processes it started (the recogniser's)
    xvfb_pct: float
    wall_s: float
    cpu_s: float
    checks: list[tuple[bool | None, str]]
    sched_pct: float  # -1 where the scheduler's figures are missing


def measure_state(x: Xvfb, state: str, seconds: float) -> StateResult:
    data = tmpdir(f"cpu-{state}")
    env = app_env(data, display=x.display)
    listening = state in LISTENING_TARGETS
    player: subprocess.Popen[bytes] | None = None
    if state == "bare":
        cmd = [PYTHON, str(BENCH / "bare_animation.py")]
    elif listening:
        cmd = [PYTHON, str(BENCH / "_listening_app.py"), "--routine", "quick"]
        sound = voice_input(state, data)
        if USE_MICROPHONE:
            loop = f"while paplay '{sound}'; do :; done"
            player = subprocess.Popen(["sh", "-c", loop], start_new_session=True)
        else:
            env["BACKMASSAGE_VOICE_INPUT"] = str(sound)
        (data / "settings.ini").write_text("[General]\nlisten=true\n", encoding="utf-8")
    else:
        cmd = [PYTHON, str(APP_MAIN), "--routine", "quick"]
    if state in ("animating", "paused") or listening:
        cmd.append("--start")
    log = open(data / "app.log", "w")  # noqa: SIM115
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    checks: list[tuple[bool | None, str]] = []
    try:
        t_start = time.monotonic()
        wid = wait_for_window(x.display, title="Bare animation" if state == "bare" else APP_TITLE)
        if state in ("animating", "paused") or listening:
            confirm_safety_check(x.display)
        time.sleep(max(0.0, SKIP_S - (time.monotonic() - t_start)))
        if state == "paused":
            checks.append(screen_moves(x.display, True, "before Space"))
            press_space(x, wid)
            time.sleep(2.0)
        elif state == "animating" or listening:
            checks.append(screen_moves(x.display, True, "before measuring"))
        if not proc_alive(proc.pid):
            raise RuntimeError(f"the app exited early:\n{log_tail(data / 'app.log')}")
        r0 = proc_run_seconds(proc.pid)
        c0, x0, w0 = tree_cpu_seconds(proc.pid), proc_cpu_seconds(x.pid), time.monotonic()
        time.sleep(seconds)
        c1, x1, w1 = tree_cpu_seconds(proc.pid), proc_cpu_seconds(x.pid), time.monotonic()
        r1 = proc_run_seconds(proc.pid)
        if state != "bare":
            moving = state == "animating" or listening
            checks.append(screen_moves(x.display, moving, "after measuring"))
        if listening:
            checks.append(listened(data / "app.log"))
        if state == "ready":  # still, but alive: a key press must act
            checks.append(
                screen_responds(
                    x.display, lambda: press_space(x, wid), "Space (the safety check opens)"
                )
            )
        elif state == "paused":
            press_space(x, wid)
            time.sleep(1.0)
            checks.append(screen_moves(x.display, True, "after Space (resumed)"))
    finally:
        stop_process(proc)
        if player is not None:  # the loop and the paplay it is waiting on
            os.killpg(player.pid, signal.SIGTERM)
            player.wait(5)
        log.close()
    wall = w1 - w0
    cpu = cpu_seconds_between(c0, c1)
    own = c1.get(proc.pid, 0.0) - c0.get(proc.pid, 0.0)
    return {
        "state": state,
        "app_pct": cpu / wall * 100,
        "children_pct": (cpu - own) / wall * 100,
        "xvfb_pct": (x1 - x0) / wall * 100,
        "wall_s": wall,
        "cpu_s": cpu,
        "checks": checks,
        "sched_pct": (r1 - r0) / wall * 100 if r0 is not None and r1 is not None else -1,
    }


def alive_verdict(state: str, r: StateResult, ok: bool) -> tuple[str, list[str]]:
    """The figure's verdict once the window is known to have been alive (or not)."""
    checks = r["checks"]
    notes = [note for _, note in checks]
    problems = [note for seen, note in checks if seen is False]
    if (state == "animating" or state in LISTENING_TARGETS) and r["app_pct"] < ALIVE_FLOOR_PCT:
        problems.append(
            f"the app used {r['app_pct']:.2f}% of a core while it should animate: frozen"
        )
    if problems:
        why = f"FAIL: the window did not behave as '{state}' says: " + "; ".join(problems)
        return "FAIL", [*notes, why]
    if any(seen is None for seen, _ in checks):
        return "ERROR", [*notes, "not judged: whether the window was alive is unknown"]
    return verdict(ok), notes


def run(args: argparse.Namespace) -> list[Figure]:
    global USE_MICROPHONE
    USE_MICROPHONE = args.microphone
    seconds = max(15.0, args.seconds)
    figures: list[Figure] = []
    results: dict[str, StateResult] = {}
    with Xvfb() as x:
        for state in args.states.split(","):
            r = measure_state(x, state, seconds)
            results[state] = r
            if state == "bare":
                pct = r["app_pct"]
                figures.append(
                    Figure(
                        name="CPU of a bare window animating alike (floor)",
                        value=f"{pct:.2f}% of one core",
                        target="info",
                        verdict="INFO",
                        number=pct,
                        unit="%",
                        detail=r,
                        notes=[
                            "bare_animation.py: two pre-rendered markers moved by a 16 ms "
                            "timer over a cached background, partial repaints, next to no "
                            "Python: what any Qt window animating at 62.5 Hz costs here"
                        ],
                    )
                )
                continue
            if state in LISTENING_TARGETS:
                figures.append(listening_figure(state, r, results.get("animating")))
                continue
            target = TARGETS[state]
            pct = r["app_pct"]
            ok = pct <= target if state == "animating" else pct < target
            judged, checked = alive_verdict(state, r, ok)
            notes = [
                f"X server (Xvfb) used {r['xvfb_pct']:.2f}% over the same "
                f"{r['wall_s']:.1f} s; app CPU {r['cpu_s']:.2f} s "
                f"(scheduler run time {r['sched_pct']:.2f}%)",
                *checked,
            ]
            name = {
                "animating": "CPU while a session animates",
                "ready": "CPU while ready (nothing moves)",
                "paused": "CPU while paused",
            }[state]
            if state == "animating" and "bare" in results:
                bare = results["bare"]["app_pct"]
                notes.append(
                    f"{pct / bare:.2f}× the bare animating window measured just "
                    f"before it ({bare:.2f}%)"
                    if bare > 0
                    else "bare window: 0%"
                )
            figures.append(
                Figure(
                    name=name,
                    value=f"{pct:.2f}% of one core",
                    target=f"{'≤' if state == 'animating' else '<'} {target:g}%",
                    verdict=judged,
                    number=pct,
                    unit="%",
                    notes=notes,
                    detail=r,
                )
            )
    return figures


def listening_figure(state: str, r: StateResult, base: StateResult | None) -> Figure:
    """Listening's CPU on top of the animating session's, measured alike."""
    what = "a quiet room" if state == "listening-quiet" else "talk (no wake word)"
    name = f"CPU listening to {what}, on top of the session"
    target = LISTENING_TARGETS[state]
    notes = [
        f"app {r['app_pct']:.2f}% of one core in all ({r['children_pct']:.2f}% of it in "
        f"the recogniser's process); X server {r['xvfb_pct']:.2f}% "
        f"over the same {r['wall_s']:.1f} s",
    ]
    if base is None:
        checked = alive_verdict(state, r, True)[1]
        notes += [*checked, "not judged: measure 'animating' in the same run to compare"]
        return Figure(name, f"{r['app_pct']:.2f}% in all", f"≤ {target:g}%", "ERROR", notes=notes)
    extra = r["app_pct"] - base["app_pct"]
    judged, checked = alive_verdict(state, r, extra <= target)
    notes += [f"the session alone: {base['app_pct']:.2f}% (measured just before)", *checked]
    return Figure(
        name=name,
        value=f"{extra:+.2f}% of one core",
        target=f"≤ {target:g}%",
        verdict=judged,
        number=extra,
        unit="%",
        notes=notes,
        detail=r,
    )


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--seconds",
        type=float,
        default=20.0,
        help="measuring window per state after the 8 s skip (min 15)",
    )
    parser.add_argument(
        "--states", default="bare,animating,listening-quiet,listening-speech,ready,paused"
    )
    parser.add_argument(
        "--microphone", action="store_true", help="listen through the real microphone"
    )


if __name__ == "__main__":
    script_main("CPU: app process in Xvfb", add_args, run)
