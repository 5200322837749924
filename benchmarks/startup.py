"""Start-up: wall time to the first painted window, app against a bare window.

Main figure (the issue's): on a real X display (Xvfb), from process spawn to
the first paint of the session view (``_first_paint_app.py`` running
``main.py``'s code) against a bare PySide6 window of the same size reaching
its first paint (``bare_window.py --first-paint``), interleaved in one run,
median of N each (default 9, at least 7). That is what a user waits for.

Also, informational: ``python main.py --screenshot out.png --at 0`` against
``bare_window.py out.png`` (offscreen, show + grab + save PNG). A screenshot
must show the whole window, so it builds the pressure timeline (pyqtgraph and
numpy) before grabbing, which the real window does only after its first
frame; the same screenshot with the timeline stubbed out
(``_no_timeline_app.py``) shows what that costs; and where the app's
start-up time goes (``-X importtime``). With ``--no-xvfb`` the screenshot
figure is the one judged.

Both sides run with byte-code caching on (kept under /tmp), as an installed
app would, after one warm-up run each.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import time

from _common import (
    APP_MAIN,
    BENCH,
    PYTHON,
    ROOT,
    Figure,
    Xvfb,
    app_env,
    median,
    script_main,
    tmpdir,
    verdict,
)

TARGET_RATIO = 1.3


def _timed(cmd: list[str], env: dict[str, str], *, expect: str = "") -> float:
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - t0
    if done.returncode != 0 or (expect and expect not in done.stdout):
        raise RuntimeError(
            f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
        )
    return elapsed


def interleaved(
    app_cmd: list[str], bare_cmd: list[str], env: dict[str, str], runs: int, *, expect: str = ""
) -> tuple[list[float], list[float]]:
    """Alternate app and bare runs (order flipped every round), one warm-up each."""
    _timed(app_cmd, env, expect=expect)
    _timed(bare_cmd, env, expect=expect)
    app_times: list[float] = []
    bare_times: list[float] = []
    for i in range(runs):
        pair = [(app_cmd, app_times), (bare_cmd, bare_times)]
        if i % 2:
            pair.reverse()
        for cmd, into in pair:
            into.append(_timed(cmd, env, expect=expect))
    return app_times, bare_times


IMPORT_GROUPS = {
    "PySide6 (QtCore/Gui/Widgets/Svg, shiboken)": re.compile(
        r"^(PySide6|shiboken6|shibokensupport)"
    ),
    "numpy": re.compile(r"^numpy"),
    "pyqtgraph": re.compile(r"^pyqtgraph"),
    "backmassage_gui": re.compile(r"^backmassage_gui"),
}


def import_breakdown(
    cmd: list[str], env: dict[str, str]
) -> tuple[float, dict[str, float], list[tuple[str, float]]]:
    """Total import time (s), self time per group (s), and the slowest modules by self time."""
    done = subprocess.run(
        [PYTHON, "-X", "importtime", *cmd[1:]],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    rows: list[tuple[str, int, int]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        _, self_us, cum_us, name = (part.strip() for part in re.split(r":|\|", line, maxsplit=3))
        rows.append((name.strip(), int(self_us), int(cum_us)))
    total = sum(r[1] for r in rows) / 1e6
    groups = {
        label: sum(r[1] for r in rows if rx.match(r[0])) / 1e6
        for label, rx in IMPORT_GROUPS.items()
    }
    slowest = sorted(((r[0], r[1] / 1e6) for r in rows), key=lambda x: -x[1])[:8]
    return total, groups, slowest


def run(args: argparse.Namespace) -> list[Figure]:
    runs = max(7, args.runs)
    data = tmpdir("startup")
    out_app, out_bare = data / "app.png", data / "bare.png"
    env = app_env(data, offscreen=True)
    app_cmd = [PYTHON, str(APP_MAIN), "--screenshot", str(out_app), "--at", "0"]
    bare_cmd = [PYTHON, str(BENCH / "bare_window.py"), str(out_bare)]
    app_t, bare_t = interleaved(app_cmd, bare_cmd, env, runs, expect="wrote")
    app_m, bare_m = median(app_t), median(bare_t)
    ratio = app_m / bare_m
    total, groups, slowest = import_breakdown(app_cmd, env)
    bare_total, bare_groups, _ = import_breakdown(bare_cmd, env)
    notes = [
        f"app runs (s): {', '.join(f'{t:.3f}' for t in app_t)}",
        f"bare runs (s): {', '.join(f'{t:.3f}' for t in bare_t)}",
        f"app imports {total * 1000:.0f} ms (bare {bare_total * 1000:.0f} ms): "
        + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in groups.items()),
        "slowest app modules (self time): "
        + ", ".join(f"{name} {sec * 1000:.0f} ms" for name, sec in slowest[:6]),
    ]
    judged = args.no_xvfb
    figures = [
        Figure(
            name="start-up to a screenshot (builds the timeline)",
            value=f"{app_m:.3f} s vs bare {bare_m:.3f} s = {ratio:.2f}×",
            target=f"≤ {TARGET_RATIO}× bare" if judged else "info",
            verdict=verdict(ratio <= TARGET_RATIO) if judged else "INFO",
            number=ratio,
            unit="×",
            notes=notes,
            detail={
                "app_s": app_t,
                "bare_s": bare_t,
                "imports": groups,
                "bare_imports": bare_groups,
            },
        )
    ]

    # Diagnosis: the same screenshot with the timeline stubbed out (no pyqtgraph/numpy).
    lean_cmd = [
        PYTHON,
        str(BENCH / "_no_timeline_app.py"),
        "--screenshot",
        str(data / "lean.png"),
        "--at",
        "0",
    ]
    lean_t, bare2_t = interleaved(lean_cmd, bare_cmd, env, runs, expect="wrote")
    lean_m, bare2_m = median(lean_t), median(bare2_t)
    figures.append(
        Figure(
            name="start-up without the timeline (diagnosis)",
            value=f"{lean_m:.3f} s vs bare {bare2_m:.3f} s = {lean_m / bare2_m:.2f}×",
            target=f"info (≤ {TARGET_RATIO}× bare)",
            verdict="INFO",
            number=lean_m / bare2_m,
            unit="×",
            notes=[
                f"the timeline (pyqtgraph + numpy + the plot) costs "
                f"{(app_m - lean_m) * 1000:.0f} ms of the app's "
                f"{(app_m - bare_m) * 1000:.0f} ms over the bare window"
            ],
            detail={"app_s": lean_t, "bare_s": bare2_t},
        )
    )

    if not args.no_xvfb:
        with Xvfb() as x:
            xenv = app_env(data, display=x.display)
            fp_app = [PYTHON, str(BENCH / "_first_paint_app.py"), "--routine", "quick"]
            fp_bare = [PYTHON, str(BENCH / "bare_window.py"), "--first-paint"]
            probe = subprocess.run(
                fp_app, env=xenv, cwd=ROOT, capture_output=True, text=True, timeout=120
            )
            a_t, b_t = interleaved(fp_app, fp_bare, xenv, runs, expect="first-paint")
        a_m, b_m = median(a_t), median(b_t)
        figures.insert(
            0,
            Figure(
                name="start-up to the first painted window (on screen, Xvfb)",
                value=f"{a_m:.3f} s vs bare {b_m:.3f} s = {a_m / b_m:.2f}×",
                target=f"≤ {TARGET_RATIO}× bare",
                verdict=verdict(a_m / b_m <= TARGET_RATIO),
                number=a_m / b_m,
                unit="×",
                notes=[
                    f"at the first paint: {probe.stdout.strip() or probe.stderr.strip()[-200:]}",
                    f"app runs (s): {', '.join(f'{t:.3f}' for t in a_t)}",
                    f"bare runs (s): {', '.join(f'{t:.3f}' for t in b_t)}",
                ],
                detail={"app_s": a_t, "bare_s": b_t},
            ),
        )
    return figures


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--runs", type=int, default=9, help="runs of each (min 7, default 9)")
    parser.add_argument("--no-xvfb", action="store_true", help="skip the on-screen (Xvfb) variant")


if __name__ == "__main__":
    script_main("Start-up: app against a bare PySide6 window", add_args, run)
