"""Shared helpers for the benchmark scripts (standard library only).

Every benchmark script exposes ``run(args) -> list[Figure]`` and a ``main()``
that prints its figures; with ``--json PATH`` it also writes them, which is how
``run_all.py`` collects them from a separate process per benchmark.
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import itertools
import json
import math
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TextIO, TypedDict

ROOT = Path(__file__).resolve().parent.parent
# run_all.py runs the benchmarks from a snapshot of the checkout (so code edited
# meanwhile cannot mix into one run); this names the git checkout it came from.
REPO = Path(os.environ.get("BMC_BENCH_REPO") or ROOT)
BENCH = Path(__file__).resolve().parent
PYTHON = sys.executable
APP_MAIN = ROOT / "main.py"
APP_TITLE = "Back Massage Coach"
PYCACHE = os.path.join(tempfile.gettempdir(), "bmc-bench-pycache")

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


# -- results ------------------------------------------------------------------


@dataclass
class Figure:
    """One measured figure with its target and verdict."""

    name: str
    value: str
    target: str
    verdict: str  # PASS, MISS, INFO, FAIL (the run did not measure what it says) or ERROR
    number: float | None = None
    unit: str = ""
    notes: list[str] = field(default_factory=list)
    # Mapping: a benchmark's own TypedDict of results goes here as it is.
    detail: Mapping[str, object] = field(default_factory=dict)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


FAILED_VERDICTS = ("FAIL", "ERROR")
"""Verdicts that make a benchmark script exit non-zero: its figures cannot be
trusted (e.g. a frozen window measured as an idle one)."""


def print_figures(
    figures: Sequence[Figure], *, title: str = "", stream: TextIO | None = None
) -> None:
    out = stream or sys.stdout
    if title:
        print(f"\n== {title} ==", file=out)
    rows = [("figure", "measured", "target", "verdict")] + [
        (f.name, f.value, f.target, f.verdict) for f in figures
    ]
    widths = [min(max(len(r[i]) for r in rows), (56, 46, 36, 7)[i]) for i in range(4)]
    for n, row in enumerate(rows):
        cells = [row[i].ljust(widths[i]) for i in range(4)]
        print("  ".join(cells).rstrip(), file=out)
        if n == 0:
            print("  ".join("-" * w for w in widths), file=out)
    for f in figures:
        for note in f.notes:
            print(f"  · {f.name}: {note}", file=out)
    out.flush()


def write_json(path: str | None, figures: Sequence[Figure]) -> None:
    if path:
        Path(path).write_text(json.dumps([asdict(f) for f in figures], indent=1))


def read_json(path: Path) -> list[Figure]:
    return [Figure(**item) for item in json.loads(path.read_text())]


def base_parser(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--quick",
        action="store_true",
        help="short smoke run (long runs shortened to about a minute)",
    )
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON here")
    return parser


def script_main(
    description: str,
    add_args: Callable[[argparse.ArgumentParser], None] | None,
    run: Callable[[argparse.Namespace], Sequence[Figure]],
) -> None:
    parser = base_parser(description)
    if add_args is not None:
        add_args(parser)
    args = parser.parse_args()
    try:
        figures = run(args)
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    print_figures(figures, title=description.split(":")[0])
    write_json(args.json, figures)
    failed = [f for f in figures if f.verdict in FAILED_VERDICTS]
    if failed:
        print("FAIL: " + "; ".join(f"{f.name}: {f.value}" for f in failed), flush=True)
        raise SystemExit(1)


# -- statistics ---------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    s = sorted(values)
    if not s:
        return math.nan
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def percentile(values: Sequence[float], p: float) -> float:
    """Linear-interpolated percentile, p in 0..100."""
    s = sorted(values)
    if not s:
        return math.nan
    k = (len(s) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else math.nan


def linear_slope(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Least-squares slope of ys against xs (nan with fewer than 2 points)."""
    n = len(xs)
    if n < 2:
        return math.nan
    mx, my = mean(xs), mean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return math.nan
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx


class IntervalStats(TypedDict):
    """Frame intervals in ms, counts of frames and of intervals over/under a bound."""

    frames: int
    median: float
    p95: float
    p99: float
    max: float
    over20: int
    over50: int
    under8: int
    fps: float


def interval_stats(stamps: Sequence[float]) -> IntervalStats:
    """Frame-interval statistics (ms) from a list of perf_counter stamps (s)."""
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(stamps)]
    if not gaps:
        return {
            "frames": len(stamps),
            "median": math.nan,
            "p95": math.nan,
            "p99": math.nan,
            "max": math.nan,
            "over20": 0,
            "over50": 0,
            "under8": 0,
            "fps": 0.0,
        }
    span = stamps[-1] - stamps[0]
    return {
        "frames": len(stamps),
        "median": median(gaps),
        "p95": percentile(gaps, 95),
        "p99": percentile(gaps, 99),
        "max": max(gaps),
        "over20": sum(g > 20 for g in gaps),
        "over50": sum(g > 50 for g in gaps),
        "under8": sum(g < 8 for g in gaps),
        "fps": (len(gaps) / span) if span > 0 else 0.0,
    }


# -- processes ----------------------------------------------------------------

CLK_TCK = os.sysconf("SC_CLK_TCK")


def proc_cpu_seconds(pid: int | str = "self") -> float:
    """User + system CPU time of a process (all its threads), from /proc/PID/stat."""
    text = Path(f"/proc/{pid}/stat").read_text()
    rest = text[text.rindex(")") + 2 :].split()
    # Fields after the command: state(3) ... utime(14) stime(15), 1-based in proc(5).
    return (int(rest[11]) + int(rest[12])) / CLK_TCK


def proc_descendants(pid: int) -> list[int]:
    """The processes started by ``pid``, and theirs (from /proc/*/stat)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            text = (entry / "stat").read_text()
        except OSError:
            continue  # ended meanwhile
        parents[int(entry.name)] = int(text[text.rindex(")") + 2 :].split()[1])
    found: list[int] = []
    wanted = {pid}
    while wanted:
        children = [child for child, parent in parents.items() if parent in wanted]
        found += children
        wanted = set(children)
    return found


def tree_cpu_seconds(pid: int) -> dict[int, float]:
    """User + system CPU time of ``pid`` and of each of its descendants, by pid
    (the app's recogniser decodes in a child process of its own)."""
    times: dict[int, float] = {}
    for each in [pid, *proc_descendants(pid)]:
        try:
            times[each] = proc_cpu_seconds(each)
        except (OSError, ValueError):
            continue  # ended meanwhile
    return times


def cpu_seconds_between(before: dict[int, float], after: dict[int, float]) -> float:
    """CPU used between two ``tree_cpu_seconds`` readings (a process that
    started in between counts from zero; one that ended, not at all)."""
    return sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items())


def proc_run_seconds(pid: int | str = "self") -> float | None:
    """Time on CPU of all of a process's threads by the scheduler's own clock
    (sum of /proc/PID/task/*/schedstat), a cross-check of ``proc_cpu_seconds``.
    None where schedstat is missing. Threads that already ended are not counted."""
    total = 0
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            try:
                total += int((task / "schedstat").read_text().split()[0])
            except (OSError, ValueError, IndexError):
                continue
    except OSError:
        return None
    return total / 1e9


def proc_rss_mib(pid: int | str = "self") -> float:
    """Resident set size (VmRSS) in MiB, from /proc/PID/status."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


def proc_alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return state[state.rindex(")") + 2] != "Z"


def stop_process(proc: subprocess.Popen[bytes], timeout: float = 5.0) -> None:
    """End a process we started: SIGTERM, then SIGKILL."""
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout)


def app_env(
    data_dir: Path, *, display: str | None = None, offscreen: bool = False
) -> dict[str, str]:
    """Environment for running the app: its own data folder, and a display."""
    env = dict(os.environ)
    env["BACKMASSAGE_DATA_DIR"] = str(data_dir)
    env.pop("QT_QPA_PLATFORM", None)
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    if display is not None:
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
        env.pop("WAYLAND_DISPLAY", None)
    env.setdefault("PYTHONUNBUFFERED", "1")
    # Byte-code caching on, as for an installed app (pip compiles .pyc files),
    # but kept under /tmp so nothing is written into the checkout.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = PYCACHE
    return env


class Xvfb:
    """A private Xvfb server on the first free display number (>= 70)."""

    def __init__(self, size: str = "1920x1080x24", first: int = 70) -> None:
        self.size = size
        self.first = first
        self.proc: subprocess.Popen[bytes] | None = None
        self.display = ""

    def __enter__(self) -> Xvfb:
        binary = shutil.which("Xvfb")
        if binary is None:
            raise RuntimeError("Xvfb is not installed")
        for number in range(self.first, self.first + 100):
            if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
                continue
            proc = subprocess.Popen(
                [binary, f":{number}", "-screen", "0", self.size, "-nolisten", "tcp", "-noreset"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                if proc.poll() is not None:
                    break  # lost a race for this number; try the next
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    self.proc, self.display = proc, f":{number}"
                    time.sleep(0.2)
                    return self
                time.sleep(0.05)
            stop_process(proc)
        raise RuntimeError(
            f"could not start Xvfb on any display from :{self.first} to :{self.first + 99}"
        )

    @property
    def pid(self) -> int:
        """The server's process id (while it runs, in the ``with`` block)."""
        if self.proc is None:
            raise RuntimeError("Xvfb is not running")
        return self.proc.pid

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            stop_process(self.proc)
            self.proc = None

    def use_in_this_process(self) -> None:
        """Point Qt in this process at this server (before QApplication exists)."""
        os.environ["DISPLAY"] = self.display
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        os.environ.pop("WAYLAND_DISPLAY", None)


def xdotool(display: str, *args: str, check: bool = True) -> str:
    env = dict(os.environ, DISPLAY=display)
    done = subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=20)
    if check and done.returncode != 0:
        raise RuntimeError(f"xdotool {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout.strip()


def wait_for_window(display: str, title: str = APP_TITLE, timeout: float = 30.0) -> str:
    """The X id of the first visible window whose name is ``title``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        out = xdotool(display, "search", "--onlyvisible", "--name", f"^{title}$", check=False)
        ids = [line for line in out.splitlines() if line.strip()]
        if ids:
            return ids[0]
        time.sleep(0.2)
    raise RuntimeError(f"no window named {title!r} appeared on {display} in {timeout:g} s")


SAFETY_TITLE = "Before you start: a safety check"


def confirm_safety_check(display: str, timeout: float = 30.0) -> None:
    """``--start`` opens the safety check first, as Space does: say all clear
    (Enter), so the session counts down and runs.

    The dialog can be mapped before the app has finished its first frame,
    and even be unmapped and shown again meanwhile; a key sent then is lost
    or reaches the main window. So Enter goes once the dialog has been up
    for a moment, and again if it is still (or again) there, until it has
    stayed gone for a while."""
    deadline = time.monotonic() + timeout

    def showing() -> str:
        out = xdotool(
            display, "search", "--onlyvisible", "--name", f"^{SAFETY_TITLE}$", check=False
        )
        return next((line for line in out.splitlines() if line.strip()), "")

    wait_for_window(display, title=SAFETY_TITLE, timeout=timeout)
    gone_since: float | None = None
    up_since: float | None = None
    while time.monotonic() < deadline:
        wid = showing()
        now = time.monotonic()
        if not wid:
            up_since = None
            gone_since = gone_since or now
            if now - gone_since >= 2.0:
                return
        else:
            gone_since = None
            up_since = up_since or now
            if now - up_since >= 1.0:
                xdotool(display, "mousemove", "--window", wid, "100", "100", check=False)
                xdotool(display, "windowfocus", wid, check=False)
                time.sleep(0.3)
                xdotool(display, "key", "--clearmodifiers", "Return")
                up_since = None
                time.sleep(2.0)  # a busy app may take a moment to act on it
        time.sleep(0.2)
    raise RuntimeError(f"the safety check on {display} did not close in {timeout:g} s")


def screen_moves(display: str, expect_moving: bool, when: str) -> tuple[bool | None, str]:
    """Does the screen move (or keep still) as the app's state says it should?
    (None, why) when it cannot be told. A frozen window is still: this is what
    tells it apart from an idle one, whose CPU figure would look just as good."""
    moved = screen_changes(display)
    if moved is None:
        return None, (
            f"{when}: could not compare two screenshots (ImageMagick's import "
            "and compare are needed to confirm the window is alive)"
        )
    ok = bool(moved) == expect_moving
    seen = f"{moved} pixels changed over 1 s ({'moving' if moved else 'still'})"
    if ok:
        return True, f"{when}: {seen}, as expected"
    return False, (
        f"{when}: {seen}, but it should be {'moving' if expect_moving else 'still'}"
        f"{' (is the window frozen?)' if expect_moving else ''}"
    )


def screen_changes(
    display: str, gap_s: float = 1.0, between: Callable[[], object] | None = None
) -> int | None:
    """How many pixels of the screen change over ``gap_s`` (None if ImageMagick
    cannot tell). 0 means nothing on screen moved. ``between``, if given, is
    called right after the first screenshot (e.g. to press a key)."""
    if not shutil.which("import") or not shutil.which("compare"):
        return None
    env = dict(os.environ, DISPLAY=display)
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp, "a.png"), Path(tmp, "b.png")
        for shot in (a, b):
            subprocess.run(
                ["import", "-silent", "-window", "root", str(shot)],
                env=env,
                capture_output=True,
                timeout=30,
            )
            if shot is a:
                if between is not None:
                    between()
                time.sleep(gap_s)
        done = subprocess.run(
            ["compare", "-metric", "AE", str(a), str(b), "null:"],
            capture_output=True,
            text=True,
            timeout=30,
        )
        text = (
            (done.stderr or done.stdout).strip().split()[0] if (done.stderr or done.stdout) else ""
        )
        try:
            return int(float(text))
        except ValueError:
            return None


def screen_responds(
    display: str, action: Callable[[], object], when: str
) -> tuple[bool | None, str]:
    """Does the screen change within a second of ``action`` (a key press)? A
    still window that does not is frozen, not idle."""
    moved = screen_changes(display, between=action)
    if moved is None:
        return None, (
            f"{when}: could not compare two screenshots (ImageMagick's import "
            "and compare are needed to confirm the window is alive)"
        )
    if moved:
        return True, f"{when}: {moved} pixels changed, as expected"
    return False, f"{when}: nothing on screen changed (is the window frozen?)"


# -- machine ------------------------------------------------------------------


def machine_info() -> dict[str, str]:
    cpu = "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = ""
    with contextlib.suppress(OSError):
        mem = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.strip()
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = "not importable"
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        commit, dirty = "?", ""
    return {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "cpu": cpu,
        "nproc": str(os.cpu_count()),
        "memory": mem,
        "python": f"{platform.python_version()} ({sys.executable})",
        "pyside6": pyside,
        "os": platform.platform(),
        "commit": commit + (" + uncommitted changes" if dirty else ""),
        "load": load_average(),
    }


def load_average() -> str:
    """The 1/5/15-minute load averages: other work on the machine skews timings."""
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def fmt_ms(value: float) -> str:
    return "n/a" if math.isnan(value) else f"{value:.1f} ms"


def tmpdir(prefix: str) -> Path:
    """A temporary folder, removed when this process exits (kept if the
    environment sets BMC_BENCH_KEEP=1)."""
    folder = Path(tempfile.mkdtemp(prefix=f"bmc-bench-{prefix}-"))
    if not os.environ.get("BMC_BENCH_KEEP"):
        atexit.register(shutil.rmtree, folder, True)
    return folder


def log_tail(path: Path, chars: int = 2000) -> str:
    try:
        return path.read_text(errors="replace")[-chars:]
    except OSError:
        return ""


def chunks(values: Iterable[float], size: int) -> list[list[float]]:
    out: list[list[float]] = []
    for v in values:
        if not out or len(out[-1]) >= size:
            out.append([])
        out[-1].append(v)
    return out
