"""Child process for kill_during_save.py: save, save, save... until killed.

    _save_worker.py routine FOLDER   RoutineStore.save of versions A and B, alternately
    _save_worker.py new FOLDER       RoutineStore.save of a new routine (new file each time)
    _save_worker.py settings FILE    SettingsStore.save (+ save_geometry) of A and B, alternately

Prints "ready" once everything is imported, then loops; the parent SIGKILLs it.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _kill_versions as v


def main() -> None:
    mode, target = sys.argv[1], Path(sys.argv[2])
    if mode in ("routine", "new"):
        routines = v.routine_store(target)
        a, b = v.routine_a(), v.routine_b()
        if mode == "new":
            b = a = v.routine_new()
        print("ready", flush=True)
        while True:
            routines.save(a)
            routines.save(b)
    elif mode == "settings":
        settings = v.settings_store(target)
        print("ready", flush=True)
        while True:
            settings.save(v.SETTINGS_A)
            settings.save_geometry("main", v.GEOMETRY_A)
            settings.save(v.SETTINGS_B)
            settings.save_geometry("main", v.GEOMETRY_B)
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
