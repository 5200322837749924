"""Painting cost of the session view, offscreen, at 1366x768 and 3840x2160.

For each size the app's MainWindow runs a session in phase 2 of ``quick``
(palm circles on the shoulders), then times, median of many:

* full repaint of the session view (``back.repaint()``; silhouette from its
  cached pixmap, hands drawn on top): the issue's figure
* the same with the silhouette cache dropped (what a phase change or resize costs)
* ``window.grab()``: the whole window rendered to a pixmap
* one animation frame as the app does it 60 times a second: the session tick
  (clock, snapshot, labels, timeline cursor, hand positions) plus the partial
  repaint it asks for, split into the tick and the paint
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from typing import TypedDict

from _common import Figure, median, script_main, tmpdir

SIZES = ((1366, 768), (3840, 2160))


class PaintResult(TypedDict):
    """One window size's timings (ms, medians) and the sizes really measured."""

    window: str
    view: str
    repaint_ms: float
    cold_ms: float
    grab_ms: float
    tick_ms: float
    frame_paint_ms: float


def _time(fn: Callable[[], object], n: int) -> float:
    fn()  # warm
    samples = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return median(samples)


def measure(size: tuple[int, int], n: int) -> PaintResult:
    import _inproc

    app = _inproc.application()
    window = _inproc.make_window(_inproc.builtin("quick"), data_dir=tmpdir("paint"))
    window.resize(*size)
    _inproc.show_and_wait(window)
    window.resize(*size)
    ctl = window.controller
    ctl.start()
    ctl.next_phase()
    ctl.go_to_phase(1)
    _inproc.spin(0.5)
    back = window.session_page.back

    def cold() -> None:
        back._static_key = None  # the cache key BackView checks; None forces a re-render
        back.repaint()

    def tick_only() -> None:
        time.sleep(0.016)  # let the animation move on, like the real timer
        t0 = time.perf_counter()
        ctl.refresh()
        tick_ms.append((time.perf_counter() - t0) * 1000)
        t1 = time.perf_counter()
        app.processEvents()
        paint_ms.append((time.perf_counter() - t1) * 1000)

    window_size = f"{window.width()}x{window.height()}"
    view_size = f"{back.width()}x{back.height()}"
    repaint = _time(back.repaint, n * 4)
    cold_repaint = _time(cold, max(10, n // 2))
    grab = _time(window.grab, max(10, n // 2))
    tick_ms: list[float] = []
    paint_ms: list[float] = []
    for _ in range(n * 4):
        tick_only()
    result: PaintResult = {
        "window": window_size,
        "view": view_size,
        "repaint_ms": repaint,
        "cold_ms": cold_repaint,
        "grab_ms": grab,
        "tick_ms": median(tick_ms),
        "frame_paint_ms": median(paint_ms),
    }
    ctl.pause()
    window.close()
    return result


def run(args: argparse.Namespace) -> list[Figure]:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    n = 20 if args.quick else 60
    figures: list[Figure] = []
    for size in SIZES:
        r = measure(size, n)
        label = f"{size[0]}×{size[1]}"
        frame = r["tick_ms"] + r["frame_paint_ms"]
        figures.append(
            Figure(
                name=f"painting: full repaint of session view @ {label}",
                value=f"{r['repaint_ms']:.2f} ms",
                target="report",
                verdict="INFO",
                number=r["repaint_ms"],
                unit="ms",
                detail=r,
                notes=[
                    f"window {r['window']}, session view {r['view']}; "
                    f"silhouette re-rendered (cache dropped) {r['cold_ms']:.2f} ms; "
                    f"window.grab() {r['grab_ms']:.2f} ms; "
                    f"one animation frame {frame:.2f} ms = tick {r['tick_ms']:.2f} ms "
                    f"+ partial repaint {r['frame_paint_ms']:.2f} ms "
                    f"(≈ {frame * 60 / 10:.1f}% of a core at 60 frames/s)"
                ],
            )
        )
        figures.append(
            Figure(
                name=f"painting: one animation frame @ {label}",
                value=f"{frame:.2f} ms",
                target="report (≤ 0.83 ms for 5% at 60 Hz)",
                verdict="INFO",
                number=frame,
                unit="ms",
            )
        )
    return figures


if __name__ == "__main__":
    script_main("Painting cost (offscreen)", None, run)
