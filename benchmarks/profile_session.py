"""Diagnosis, not a figure: where the app's CPU goes while a session animates.

Runs MainWindow in this process on a private Xvfb display (phase 2 of
``quick`` by default), then for N seconds:

* counts paint events per widget class (an application event filter), and the
  area they cover, to show what is repainted on every frame;
* profiles the Python side with cProfile and prints the top functions by
  own time and by cumulative time;
* reports process CPU over the same window (/proc/self/stat), with and
  without the profiler running.

    python benchmarks/profile_session.py [--seconds 10] [--phase 1] [--top 25]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from collections import Counter
from collections.abc import Callable
from typing import Any, cast

from _common import Xvfb, proc_cpu_seconds, tmpdir


def _patch_timers() -> dict[str, list[float]]:
    """Wrap a few methods with perf_counter timers (before the window is built,
    so signal connections pick the wrappers up)."""
    from backmassage_gui.ui.back_view import BackView
    from backmassage_gui.ui.main_window import MainWindow
    from backmassage_gui.ui.phase_panel import PhasePanel

    timings: dict[str, list[float]] = {}
    targets = [
        (MainWindow, "_show", "MainWindow._show (whole tick handler)"),
        (BackView, "set_cycles", "BackView.set_cycles (hands + dirty rect)"),
        (BackView, "paintEvent", "BackView.paintEvent"),
        (PhasePanel, "show_snapshot", "PhasePanel.show_snapshot"),
        (MainWindow, "_show_timeline", "MainWindow._show_timeline"),
        (MainWindow, "status_text", "MainWindow.status_text"),
    ]
    for cls, attr, label in targets:
        orig = getattr(cls, attr, None)
        if orig is None:
            continue
        bucket = timings.setdefault(label, [])

        def wrapper(
            *a: Any, __orig: Callable[..., Any] = orig, __bucket: list[float] = bucket, **k: Any
        ) -> Any:
            t0 = time.perf_counter()
            try:
                return __orig(*a, **k)
            finally:
                __bucket.append(time.perf_counter() - t0)

        wrapper.__name__ = attr
        setattr(cls, attr, wrapper)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--routine", default="quick")
    parser.add_argument("--phase", type=int, default=1)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    with Xvfb() as x:
        x.use_in_this_process()
        import _inproc
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtGui import QPaintEvent

        class PaintCounter(QObject):
            def __init__(self) -> None:
                super().__init__()
                self.counts: Counter[str] = Counter()
                self.area: Counter[str] = Counter()
                self.on = False

            def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                if self.on and event.type() == QEvent.Type.Paint:
                    name = type(obj).__name__
                    label = (
                        obj.objectName() or obj.accessibleName()
                        if hasattr(obj, "accessibleName")
                        else ""
                    )
                    key = f"{name}{f' ({label})' if label else ''}"
                    self.counts[key] += 1
                    r = cast(QPaintEvent, event).rect()
                    self.area[key] += r.width() * r.height()
                return False

        timings = _patch_timers()
        app = _inproc.application()
        counter = PaintCounter()
        app.installEventFilter(counter)
        window = _inproc.make_window(
            _inproc.builtin(args.routine), chime="qt", data_dir=tmpdir("profile")
        )
        _inproc.show_and_wait(window)
        window.controller.start()
        window.controller.next_phase()
        window.controller.go_to_phase(args.phase)
        _inproc.spin(1.0)

        for v in timings.values():
            v.clear()
        c0, w0 = proc_cpu_seconds(), time.monotonic()
        _inproc.spin(args.seconds)
        plain_wall = time.monotonic() - w0
        plain_cpu = proc_cpu_seconds() - c0
        plain = plain_cpu / plain_wall * 100
        frames = len(timings["MainWindow._show (whole tick handler)"])
        print(
            f"without profiler: {plain:.1f}% of one core, {frames} ticks in "
            f"{plain_wall:.1f} s -> {plain_cpu / max(1, frames) * 1000:.2f} ms CPU per tick"
        )
        print("time per call (perf_counter wrappers, no profiler), and share of one core:")
        for name, v in timings.items():
            if v:
                total = sum(v)
                print(
                    f"  {name:44s} {len(v):5d} calls  {total / len(v) * 1000:6.3f} ms/call  "
                    f"{total / plain_wall * 100:5.2f}% of a core"
                )
        for v in timings.values():
            v.clear()

        counter.on = True
        ticks = [0]
        window.controller.ticked.connect(lambda _s: ticks.__setitem__(0, ticks[0] + 1))
        profiler = cProfile.Profile()
        c0, w0 = proc_cpu_seconds(), time.monotonic()
        profiler.enable()
        _inproc.spin(args.seconds)
        profiler.disable()
        wall = time.monotonic() - w0
        profiled = (proc_cpu_seconds() - c0) / wall * 100
        counter.on = False
        snap = window.controller.snapshot
        print(
            f"phase {snap.phase_index + 1}: {snap.phase.name} ({snap.phase.stroke.value}), "
            f"view {window.session_page.back.width()}x{window.session_page.back.height()}"
        )
        print(f"process CPU with cProfile on: {profiled:.1f}% of one core")
        print(f"ticks: {ticks[0]} in {wall:.1f} s ({ticks[0] / wall:.1f}/s)")
        print("\npaint events per second by widget (mean area per paint):")
        for key, n in counter.counts.most_common():
            print(f"  {n / wall:7.1f}/s  {counter.area[key] / n:10.0f} px  {key}")
        for order in ("tottime", "cumulative"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(args.top)
            text = out.getvalue()
            start = text.find("   ncalls")
            print(f"\n-- top {args.top} by {order} --")
            print(text[start:] if start >= 0 else text)
        window.controller.pause()
        window.close()


if __name__ == "__main__":
    main()
