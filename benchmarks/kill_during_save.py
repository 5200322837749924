"""Kill test: SIGKILL a process at random moments while it saves, many times.

For each round a fresh temporary folder is set up with the "old" version, a
child (``_save_worker.py``) is started that saves the two versions in turn as
fast as it can, and once it is looping it is SIGKILLed after a random delay
(0-50 ms). Then the folder is checked:

* routine:  ``RoutineStore.save`` of an existing routine (small version A, large
            version B). The file must be byte-for-byte A or B, load as that
            routine, and ``RoutineStore.load_all()`` must see exactly one routine
            and no broken file (temporary junk must not break loading).
* settings: ``SettingsStore.save`` + ``save_geometry`` (A and B). ``load()`` must
            report no problem and give settings A or B and geometry A or B; the
            file must be byte-for-byte one of the four A/B combinations. The next
            save must not wait on the dead writer's lock file: timed at once, and
            (where the kill left an empty lock) again 3 s after the kill, as the
            app's next run would meet it; both must be under a second.
* new:      ``RoutineStore.save`` of a routine without a key (each save makes a
            new file). Every file left must be a complete, loadable routine.

Default 200 rounds per case (``--quick``: 30).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import select
import shutil
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TypedDict

from _common import BENCH, PYTHON, Figure, script_main, tmpdir, verdict

RESTART_S = 3.0


class CaseResult(TypedDict):
    """What every case reports: its failures and the temporary files kills left."""

    failures: list[str]
    junk_rounds: int
    junk: dict[str, int]  # leftover name pattern -> how many
    uncleaned: list[str]  # leftovers the next load did not clear


class RoutineResult(CaseResult):
    ends: dict[str, int]  # "A" / "B" -> rounds that left that version


class SettingsResult(RoutineResult):
    slowest_load_s: float
    slowest_save_s: float
    slow_saves: list[str]
    empty_locks: int
    slow_restart: list[str]
    slowest_restart_s: float


class NewResult(CaseResult):
    broken_rounds: int
    empty_files: int
    files: int


def _spawn(mode: str, target: Path) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [PYTHON, str(BENCH / "_save_worker.py"), mode, str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert proc.stdout is not None and proc.stderr is not None  # both piped
    ready, _, _ = select.select([proc.stdout], [], [], 30)
    line = proc.stdout.readline().decode().strip() if ready else ""
    if line != "ready":
        proc.kill()
        proc.wait()
        raise RuntimeError(
            f"worker {mode} did not start: {line!r} {proc.stderr.read().decode()[-1000:]}"
        )
    return proc


def _kill_after(proc: subprocess.Popen[bytes], delay: float) -> bool:
    assert proc.stdout is not None and proc.stderr is not None  # both piped (_spawn)
    time.sleep(delay)
    alive = proc.poll() is None
    if alive:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    proc.stderr.close()
    return alive


def _junk(folder: Path, expected: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in expected)


def _still_left(folder: Path, junk: list[str], load: Callable[[], object]) -> list[str]:
    """Age the leftovers past the app's clean-up age, load as the next run
    would, and return those still there (lock files are Qt's, not counted)."""
    from backmassage_gui.storage.leftovers import LEFTOVER_AGE_S

    then = time.time() - LEFTOVER_AGE_S - 1
    for name in junk:
        with contextlib.suppress(FileNotFoundError):  # gone already: not left
            os.utime(folder / name, (then, then))
    load()
    return [n for n in junk if (folder / n).exists() and not n.endswith(".lock")]


def routine_case(rounds: int, rng: random.Random, work: Path) -> RoutineResult:
    import _kill_versions as v

    from backmassage_gui.domain.routine import load_routine_file

    a, b = v.routine_a(), v.routine_b()
    scratch = work / "scratch"
    sa, sb = v.routine_store(scratch / "a"), v.routine_store(scratch / "b")
    bytes_a = sa.path_for(v.KEY).read_bytes() if sa.save(a) else b""
    bytes_b = sb.path_for(v.KEY).read_bytes() if sb.save(b) else b""
    failures: list[str] = []
    ends: Counter[str] = Counter()
    junk_rounds = 0
    junk_names: Counter[str] = Counter()
    uncleaned: list[str] = []
    for i in range(rounds):
        folder = work / f"routine-{i}"
        store = v.routine_store(folder)
        store.save(a)
        proc = _spawn("routine", folder)
        _kill_after(proc, rng.uniform(0, 0.05))
        path = store.path_for(v.KEY)
        data = path.read_bytes() if path.exists() else None
        if data == bytes_a:
            ends["A"] += 1
        elif data == bytes_b:
            ends["B"] += 1
        else:
            failures.append(
                f"round {i}: file is neither A nor B "
                f"({'missing' if data is None else f'{len(data)} bytes'})"
            )
            continue
        loaded = load_routine_file(path)
        if loaded != (a if data == bytes_a else b):
            failures.append(f"round {i}: loads as a different routine")
        routines, broken = store.load_all()
        if broken or len(routines) != 1:
            failures.append(
                f"round {i}: load_all saw {len(routines)} routines, broken: "
                f"{[x.path.name for x in broken]}"
            )
        junk = _junk(folder, {path.name})
        if junk:
            junk_rounds += 1
            junk_names.update(_pattern(n) for n in junk)
            uncleaned.extend(_still_left(folder, junk, v.settings_store(path).load))
            uncleaned.extend(_still_left(folder, junk, store.load_all))
        try:  # and the next save still works
            store.save(b)
            if path.read_bytes() != bytes_b:
                failures.append(f"round {i}: a save after the kill wrote something else")
        except Exception as exc:
            failures.append(f"round {i}: a save after the kill failed: {exc}")
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "failures": failures,
        "ends": dict(ends),
        "junk_rounds": junk_rounds,
        "junk": dict(junk_names),
        "uncleaned": uncleaned,
    }


def settings_case(rounds: int, rng: random.Random, work: Path) -> SettingsResult:
    import _kill_versions as v
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.instance() or QCoreApplication([])
    combos: dict[bytes, str] = {}
    for s_name, s in (("A", v.SETTINGS_A), ("B", v.SETTINGS_B)):
        for g_name, g in (("A", v.GEOMETRY_A), ("B", v.GEOMETRY_B)):
            path = work / f"scratch-{s_name}{g_name}.ini"
            store = v.settings_store(path)
            store.save(s)
            store.save_geometry("main", g)
            combos[path.read_bytes()] = f"settings {s_name} + geometry {g_name}"
    failures: list[str] = []
    ends: Counter[str] = Counter()
    junk_rounds = 0
    junk_names: Counter[str] = Counter()
    uncleaned: list[str] = []
    slowest_load = slowest_save = 0.0
    slow_saves: list[str] = []
    empty_locks = 0
    restart_checks: list[tuple[int, float, Path]] = []
    for i in range(rounds):
        folder = work / f"settings-{i}"
        folder.mkdir()
        path = folder / "settings.ini"
        store = v.settings_store(path)
        store.save(v.SETTINGS_A)
        store.save_geometry("main", v.GEOMETRY_A)
        proc = _spawn("settings", path)
        _kill_after(proc, rng.uniform(0, 0.05))
        killed_at = time.monotonic()
        data = path.read_bytes() if path.exists() else None
        t0 = time.monotonic()
        settings, problems = v.settings_store(path).load()
        geometry = v.settings_store(path).load_geometry("main")
        slowest_load = max(slowest_load, time.monotonic() - t0)
        if data not in combos:
            failures.append(
                f"round {i}: file is none of the A/B combinations "
                f"({'missing' if data is None else f'{len(data)} bytes'})"
            )
        else:
            ends[combos[data]] += 1
        if problems:
            failures.append(f"round {i}: load() reported {problems}")
        if settings not in (v.SETTINGS_A, v.SETTINGS_B):
            failures.append(f"round {i}: settings are neither A nor B: {settings}")
        if geometry not in (v.GEOMETRY_A, v.GEOMETRY_B):
            failures.append(f"round {i}: geometry is neither A nor B")
        junk = _junk(folder, {path.name})
        if junk:
            junk_rounds += 1
            junk_names.update(_pattern(n) for n in junk)
        lock = folder / (path.name + ".lock")
        lock_bytes = lock.stat().st_size if lock.exists() else None
        if lock_bytes == 0:
            empty_locks += 1
            restart_checks.append((i, killed_at, _copy_round(folder, work / f"restart-{i}")))
        if lock_bytes == 0 and len(slow_saves) >= 2:
            # Measured twice already: an empty lock file makes QLockFile wait out
            # its stale time (~30 s). Count it without waiting again.
            slow_saves.append(
                f"round {i}: empty lock file left (next save would wait, not re-timed)"
            )
            shutil.rmtree(folder, ignore_errors=True)
            continue
        t0 = time.monotonic()
        try:  # the next save must work and not wait on a dead writer's lock
            v.settings_store(path).save(v.SETTINGS_B)
            if v.settings_store(path).load() != (v.SETTINGS_B, []):
                failures.append(f"round {i}: a save after the kill did not read back")
        except Exception as exc:
            failures.append(f"round {i}: a save after the kill failed: {exc}")
        took = time.monotonic() - t0
        slowest_save = max(slowest_save, took)
        if took > 1.0:
            slow_saves.append(
                f"round {i}: next save took {took:.1f} s "
                f"(left-over lock file of {lock_bytes} bytes)"
            )
        shutil.rmtree(folder, ignore_errors=True)
    # The same left-overs as the app would meet them on its next run: the first
    # save comes at least RESTART_S after the kill (the app takes ~0.6 s to start).
    slow_restart: list[str] = []
    slowest_restart = 0.0
    for i, killed_at, folder in restart_checks:
        if len(slow_restart) >= 2:
            slow_restart.append(f"round {i}: not re-timed")
            continue
        time.sleep(max(0.0, killed_at + RESTART_S - time.monotonic()))
        t0 = time.monotonic()
        try:
            v.settings_store(folder / "settings.ini").save(v.SETTINGS_B)
        except Exception as exc:
            failures.append(f"round {i}: a save {RESTART_S:g} s after the kill failed: {exc}")
        took = time.monotonic() - t0
        slowest_restart = max(slowest_restart, took)
        if took > 1.0:
            slow_restart.append(
                f"round {i}: a save {RESTART_S:g} s after the kill took "
                f"{took:.1f} s (empty lock file)"
            )
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "failures": failures,
        "ends": dict(ends),
        "junk_rounds": junk_rounds,
        "junk": dict(junk_names),
        "uncleaned": uncleaned,
        "slowest_load_s": slowest_load,
        "slowest_save_s": slowest_save,
        "slow_saves": slow_saves,
        "empty_locks": empty_locks,
        "slow_restart": slow_restart,
        "slowest_restart_s": slowest_restart,
    }


def _copy_round(folder: Path, dest: Path) -> Path:
    shutil.copytree(folder, dest)
    return dest


def new_case(rounds: int, rng: random.Random, work: Path) -> NewResult:
    import _kill_versions as v

    from backmassage_gui.domain.routine import RoutineError, load_routine_file

    expected = v.routine_new()
    failures: list[str] = []
    broken_rounds = 0
    empty_files = 0
    files_total = 0
    junk_rounds = 0
    junk_names: Counter[str] = Counter()
    uncleaned: list[str] = []
    for i in range(rounds):
        folder = work / f"new-{i}"
        folder.mkdir()
        store = v.routine_store(folder)
        proc = _spawn("new", folder)
        _kill_after(proc, rng.uniform(0, 0.05))
        bad = []
        for path in sorted(folder.glob("*.json")):
            files_total += 1
            try:
                if load_routine_file(path) != expected:
                    bad.append(f"{path.name}: a different routine")
            except RoutineError as exc:
                if path.stat().st_size == 0:
                    empty_files += 1
                bad.append(f"{path.name}: {'; '.join(exc.problems)}")
        _, broken = store.load_all()
        if bad or broken:
            broken_rounds += 1
            if len(failures) < 5:
                failures.append(f"round {i}: " + ", ".join(bad))
        junk = [n for n in _junk(folder, set()) if not n.endswith(".json")]
        if junk:
            junk_rounds += 1
            junk_names.update(_pattern(n) for n in junk)
            uncleaned.extend(_still_left(folder, junk, store.load_all))
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "failures": failures,
        "broken_rounds": broken_rounds,
        "empty_files": empty_files,
        "files": files_total,
        "junk_rounds": junk_rounds,
        "junk": dict(junk_names),
        "uncleaned": uncleaned,
    }


def _pattern(name: str) -> str:
    """A junk name with its random part masked (kill-test.json.AbCdEf -> ...json.XXXXXX)."""
    if name.startswith(".new-") and name.endswith(".tmp"):
        return ".new-XXXXXXXX.tmp"
    stem, dot, tail = name.rpartition(".")
    random_tail = len(tail) == 6 and tail.isalnum() and tail != "damage"
    return f"{stem}.XXXXXX" if dot and stem.endswith((".json", ".ini")) and random_tail else name


def run(args: argparse.Namespace) -> list[Figure]:
    rounds = args.rounds or (30 if args.quick else 200)
    rng = random.Random(args.seed)
    work = tmpdir("kill")
    figures: list[Figure] = []
    r: RoutineResult | SettingsResult | NewResult  # each case's result in turn
    leftovers: list[tuple[int, list[str]]] = []
    try:
        if "routine" in args.cases:
            r = routine_case(rounds, rng, work)
            leftovers.append((r["junk_rounds"], r["uncleaned"]))
            fails = r["failures"]
            figures.append(
                Figure(
                    name="kill while saving a routine",
                    value=f"{len(fails)} broken of {rounds} kills",
                    target="0 broken: old or new only",
                    verdict=verdict(not fails),
                    number=len(fails),
                    detail=r,
                    notes=[
                        f"left as A (old/small) {r['ends'].get('A', 0)}, B (new/large) "
                        f"{r['ends'].get('B', 0)}; leftover temporary files in "
                        f"{r['junk_rounds']} rounds {r['junk'] or ''} (loading unaffected "
                        "unless listed below)",
                        *fails[:5],
                    ],
                )
            )
        if "settings" in args.cases:
            r = settings_case(rounds, rng, work)
            leftovers.append((r["junk_rounds"], r["uncleaned"]))
            fails = r["failures"]
            figures.append(
                Figure(
                    name="kill while writing settings",
                    value=f"{len(fails)} broken of {rounds} kills",
                    target="0 broken: old or new only",
                    verdict=verdict(not fails),
                    number=len(fails),
                    detail=r,
                    notes=[
                        f"left as: {r['ends']}; leftover files in {r['junk_rounds']} rounds "
                        f"{r['junk'] or ''}; slowest load after a kill "
                        f"{r['slowest_load_s'] * 1000:.0f} ms, slowest save after a kill "
                        f"{r['slowest_save_s'] * 1000:.0f} ms",
                        *fails[:5],
                    ],
                )
            )
            slow, late = r["slow_saves"], r["slow_restart"]
            figures.append(
                Figure(
                    name="settings save after a kill",
                    value=f"at once: {len(slow)} of {rounds} waited > 1 s "
                    f"(max {r['slowest_save_s']:.2f} s); next run: {len(late)} waited "
                    f"(max {r['slowest_restart_s']:.2f} s)",
                    target="no wait (< 1 s)",
                    verdict=verdict(not late and not slow),
                    number=max(r["slowest_save_s"], r["slowest_restart_s"]),
                    unit="s",
                    notes=[
                        f"{r['empty_locks']} of {rounds} kills left an empty settings.ini.lock; "
                        f"saved {RESTART_S:g} s after the kill (as on the app's next run): "
                        f"{len(late)} waited; saved at once: {len(slow)} waited > 1 s "
                        f"(max {r['slowest_save_s']:.1f} s)",
                        *late[:3],
                        *slow[:3],
                    ],
                )
            )
        if "new" in args.cases:
            r = new_case(rounds, rng, work)
            leftovers.append((r["junk_rounds"], r["uncleaned"]))
            figures.append(
                Figure(
                    name="kill while saving a new routine",
                    value=f"{r['broken_rounds']} of {rounds} kills left a broken file",
                    target="0: every file complete",
                    verdict=verdict(r["broken_rounds"] == 0),
                    number=r["broken_rounds"],
                    detail=r,
                    notes=[
                        f"{r['files']} files checked, {r['empty_files']} of them empty "
                        f"placeholders; leftover non-JSON files in {r['junk_rounds']} rounds "
                        f"{r['junk'] or ''}",
                        *r["failures"][:3],
                    ],
                )
            )
        from backmassage_gui.storage.leftovers import is_leftover

        rounds_with = sum(n for n, _ in leftovers)
        left = [name for _, names in leftovers for name in names]
        # A Qt suffix that happens to read like a word is kept on purpose (it
        # could be a copy someone named): not a miss.
        still = [n for n in left if is_leftover(n, ("*.json", "settings.ini"))]
        kept = len(left) - len(still)
        figures.append(
            Figure(
                name="kill leftovers cleared by the next load",
                value=f"{len(still)} left of the temporary files in {rounds_with} rounds",
                target="0 once stale",
                verdict=verdict(not still),
                number=len(still),
                notes=[
                    "each round's leftovers (not Qt's lock files) aged past the app's "
                    "10-minute clean-up age, then loaded as the next run would; "
                    f"{kept} kept on purpose (a random suffix that reads like a name)",
                    *sorted(set(still))[:5],
                ],
            )
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return figures


def add_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rounds", type=int, default=0, help="kills per case (default 200)")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--cases", default="routine,settings,new")


if __name__ == "__main__":
    script_main("Kill test: SIGKILL during saves", add_args, run)
