"""Smoothness: intervals between painted animation frames, in a real X window.

Runs the app's MainWindow in this process on a private Xvfb display, with
``BackView.paintEvent`` wrapped to stamp time.perf_counter() at every paint of
the session view. Starts the session, skips the get-ready countdown and jumps
to a phase (default: phase 2 of ``quick``, palm circles on the shoulders),
lets it settle for 1 s, then records for N seconds.

``--listen``: the same recording twice in one run, without and then with
voice commands on, hearing about 30 s of ordinary talk (no wake word) looped
from a WAV file as its microphone (``BACKMASSAGE_VOICE_INPUT``): the
recogniser works on its own thread, so the frame rhythm (the session's timer
ticks) must stay under 20 ms at p95 and the paints' p95 must not change.
Use ``--phase 0`` (a glide): most frames of circles move no pixel and are
not painted.

Xvfb has no vertical sync, so the frame rhythm is the app's own frame timer.
"""

from __future__ import annotations

import argparse
import math
import os
import time
from typing import TYPE_CHECKING, TypedDict

from _common import (
    Figure,
    IntervalStats,
    Xvfb,
    fmt_ms,
    interval_stats,
    mean,
    script_main,
    tmpdir,
    verdict,
)

if TYPE_CHECKING:
    from backmassage_gui.ui.main_window import MainWindow

FRAME_MS = 1000 / 60


class SmoothResult(TypedDict):
    paint: IntervalStats  # paints of the session view
    tick: IntervalStats  # the session's ticks
    mean_area_px: float
    window_px: int  # the session view's area
    phase: str
    frame_timer_ms: int
    problems: list[str]  # why the recording is not of a running session


def measure(routine_key: str, phase: int, seconds: float, listen: bool = False) -> SmoothResult:
    import _inproc

    rec = _inproc.PaintRecorder()
    routine = _inproc.builtin(routine_key)
    data = tmpdir("smooth")
    if listen:
        import _voice_clips

        os.environ["BACKMASSAGE_VOICE_INPUT"] = str(_voice_clips.talk(data))
    window = _inproc.make_window(routine, chime="qt", data_dir=data, listen=listen)
    ticks: list[float] = []

    window.controller.ticked.connect(lambda _snap: ticks.append(time.perf_counter()))
    _inproc.show_and_wait(window)
    window.controller.start()
    window.controller.next_phase()  # leave the get-ready countdown
    if phase:
        window.controller.go_to_phase(phase)
    _inproc.spin(1.0)
    problems: list[str] = []
    if listen:
        problems += _wait_listening(window)
    rec.clear()
    ticks.clear()
    elapsed0, t0 = window.controller.snapshot.session_elapsed_s, time.perf_counter()
    _inproc.spin(seconds)
    snap = window.controller.snapshot
    problems += _inproc.frozen_problems(
        len(rec.stamps), time.perf_counter() - t0, snap.session_elapsed_s - elapsed0
    )
    if listen and not window.voice.listener.listening:
        problems.append("listening stopped while recording")
    stats = interval_stats(rec.stamps)
    tick_stats = interval_stats(ticks)
    back = window.session_page.back
    result: SmoothResult = {
        "paint": stats,
        "tick": tick_stats,
        "mean_area_px": mean(rec.areas) if rec.areas else math.nan,
        "window_px": back.width() * back.height(),
        "phase": f"{snap.phase_index + 1}: {snap.phase.name} ({snap.phase.stroke.value})",
        "frame_timer_ms": window.controller.tick_interval_ms,
        "problems": problems,
    }
    window.controller.pause()
    window.close()
    rec.restore()
    return result


def _wait_listening(window: MainWindow, timeout_s: float = 30.0) -> list[str]:
    """Wait (the real event loop) until the window listens; why not, if it does not."""
    import _inproc

    end = time.monotonic() + timeout_s
    while not window.voice.listener.listening and time.monotonic() < end:
        if window.statusBar().currentMessage().startswith("Not listening"):
            break
        _inproc.spin(0.1)
    if window.voice.listener.listening:
        return []
    return [f"the window did not listen: {window.statusBar().currentMessage() or 'no word'}"]


def listening_figures(args: argparse.Namespace, seconds: float) -> list[Figure]:
    """The same recording without and then with listening, in one process:
    the frame rhythm (the session's timer ticks, which drive every frame)
    must stay under 20 ms at p95 and 50 ms at most, and the paints' p95 must
    not change. A recogniser that holds Python's lock while it decodes stops
    the GUI thread that long: the longest frame shows it."""
    with Xvfb() as x:
        x.use_in_this_process()
        off = measure(args.routine, args.phase, seconds)
        on = measure(args.routine, args.phase, seconds, listen=True)
    problems = off["problems"] + on["problems"]
    ticks_on, ticks_off = on["tick"]["p95"], off["tick"]["p95"]
    paints_on, paints_off = on["paint"]["p95"], off["paint"]["p95"]
    notes = [
        f"phase {on['phase']}; {seconds:g} s each, first without listening, then with it "
        "(hearing ordinary talk, no wake word, from a WAV file)",
        f"timer ticks p95: {fmt_ms(ticks_off)} without, {fmt_ms(ticks_on)} listening; "
        f"max {fmt_ms(off['tick']['max'])} / {fmt_ms(on['tick']['max'])}; "
        f"over 50 ms: {off['tick']['over50']} / {on['tick']['over50']} "
        f"of {off['tick']['frames']} / {on['tick']['frames']}",
        f"paints p95: {fmt_ms(paints_off)} without, {fmt_ms(paints_on)} listening; "
        f"max {fmt_ms(off['paint']['max'])} / {fmt_ms(on['paint']['max'])}; "
        f"over 50 ms: {off['paint']['over50']} / {on['paint']['over50']} "
        f"({off['paint']['fps']:.1f} / {on['paint']['fps']:.1f} paints a second; a frame "
        "that moves no pixel is not painted, so paint intervals come in whole frames)",
    ]
    if problems:
        notes.append("FAIL: the recording is not what it says: " + "; ".join(problems))

    def judged(ok: bool) -> str:
        return "FAIL" if problems else verdict(ok)

    return [
        Figure(
            name="frame p95 while listening (the session's ticks)",
            value=f"{fmt_ms(ticks_on)} (without: {fmt_ms(ticks_off)})",
            target="< 20 ms",
            verdict=judged(ticks_on < 20.0),
            number=ticks_on,
            unit="ms",
            notes=notes,
            detail={"without": off, "listening": on},
        ),
        Figure(
            name="longest frame while listening (the session's ticks)",
            value=f"{fmt_ms(on['tick']['max'])} (without: {fmt_ms(off['tick']['max'])}); "
            f"over 50 ms: {on['tick']['over50']} (without: {off['tick']['over50']})",
            target="≤ 50 ms",
            verdict=judged(on["tick"]["max"] <= 50.0),
            number=on["tick"]["max"],
            unit="ms",
        ),
        Figure(
            name="paint p95 while listening, against without",
            value=f"{fmt_ms(paints_on)} (without: {fmt_ms(paints_off)})",
            target="unchanged (± 1 ms)",
            verdict=judged(abs(paints_on - paints_off) <= 1.0),
            number=paints_on - paints_off,
            unit="ms",
        ),
    ]


def run(args: argparse.Namespace) -> list[Figure]:
    seconds = max(10.0, args.seconds)
    if args.listen:
        return listening_figures(args, seconds)
    with Xvfb() as x:
        x.use_in_this_process()
        r = measure(args.routine, args.phase, seconds)
    s = r["paint"]
    t = r["tick"]
    ok_median = abs(s["median"] - FRAME_MS) <= 1.0
    ok_p95 = s["p95"] < 20.0
    ok_max = s["max"] <= 50.0
    notes = [
        f"{s['frames']} paints of the session view in {seconds:g} s ({s['fps']:.1f}/s), "
        f"phase {r['phase']}; app frame timer {r['frame_timer_ms']} ms",
        f"paint intervals: median {fmt_ms(s['median'])}, p95 {fmt_ms(s['p95'])}, "
        f"p99 {fmt_ms(s['p99'])}, max {fmt_ms(s['max'])}; >20 ms: {s['over20']}, "
        f">50 ms: {s['over50']}, <8 ms (double paints): {s['under8']}",
        f"timer ticks: median {fmt_ms(t['median'])}, p95 {fmt_ms(t['p95'])}, "
        f"max {fmt_ms(t['max'])}",
        f"mean repainted area {r['mean_area_px']:.0f} px of {r['window_px']} px "
        f"({r['mean_area_px'] / max(1, r['window_px']) * 100:.1f}% of the view)",
    ]
    problems = r["problems"]
    if problems:
        notes.append("FAIL: the session did not animate as it should: " + "; ".join(problems))

    def judged(ok: bool) -> str:
        return "FAIL" if problems else verdict(ok)

    return [
        Figure(
            name="smoothness: median frame interval",
            value=fmt_ms(s["median"]),
            target="16.7 ± 1 ms",
            verdict=judged(ok_median),
            number=s["median"],
            notes=notes,
            unit="ms",
            detail=r,
        ),
        Figure(
            name="smoothness: 95th percentile interval",
            value=fmt_ms(s["p95"]),
            target="< 20 ms",
            verdict=judged(ok_p95),
            number=s["p95"],
            unit="ms",
            detail=r,
        ),
        Figure(
            name="smoothness: longest interval",
            value=fmt_ms(s["max"]),
            target="≤ 50 ms",
            verdict=judged(ok_max),
            number=s["max"],
            unit="ms",
            detail=r,
        ),
    ]


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seconds", type=float, default=20.0, help="recording (min 10)")
    parser.add_argument("--routine", default="quick")
    parser.add_argument("--phase", type=int, default=1, help="0-based phase to jump to")
    parser.add_argument(
        "--listen", action="store_true", help="with voice commands on, hearing talk"
    )


if __name__ == "__main__":
    script_main("Smoothness: session-view frame intervals in Xvfb", add_args, run)
