"""Command line: open the window, list routines, or render a screenshot.

Qt is imported only for the options that need a window, so ``--version`` and
``--list-routines`` answer instantly.
"""

from __future__ import annotations

import argparse
import logging
import math
import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .commands import help_epilog
from .domain import timefmt
from .domain.library import RoutineLibrary, resolve
from .domain.routine import Routine, RoutineError, load_routine_file
from .settings import MIN_WINDOW_SIZE, WINDOW_SIZE, AppSettings
from .storage.migration import migrate_old_files
from .storage.paths import (
    APPLICATION,
    ORGANIZATION,
    DataFolder,
    StorageError,
    check_data_dir,
    ensure_dir,
)
from .storage.routine_store import BrokenRoutineFile, RoutineStore

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .storage.history import History
    from .ui.main_window import MainWindow
    from .ui.sound import Chime

PROG = "backmassage-coach"
VIEWS = ("session", "table", "practice", "aftercare")
"""The screens ``--screenshot --view`` can render."""
EXIT_OK = 0
EXIT_UNUSABLE = 1
"""A routine file, the data folder or an output file could not be used."""
EXIT_USAGE = 2
"""The command line itself was wrong (argparse uses 2 as well)."""
EXIT_CODES_HELP = (
    "Exit status: 0 done; 1 a file or folder could not be used (the message "
    "says which and why); 2 wrong usage."
)
_DEFAULT_SIZE = f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}"
log = logging.getLogger(__name__)


class UsageError(Exception):
    """A bad command line: one line for the user, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Guides you through giving a back massage, phase by phase.",
        epilog=f"{help_epilog()} {EXIT_CODES_HELP}",
    )
    parser.add_argument(
        "--routine",
        metavar="NAME|FILE",
        help="built-in routine name or path to a routine file (default: relaxation)",
    )
    parser.add_argument(
        "--start",
        action="store_true",
        help="begin at once: the safety check, then the get-ready countdown",
    )
    parser.add_argument(
        "--list-routines",
        action="store_true",
        help="print the built-in routines with their lengths and exit",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        type=Path,
        help="render the window to a PNG at the moment given by --at, without a display, and exit",
    )
    parser.add_argument(
        "--at",
        metavar="SECONDS",
        default="0",
        help="with --screenshot: seconds into the routine (negative "
        "values show the get-ready countdown)",
    )
    parser.add_argument(
        "--size",
        metavar="WxH",
        default=_DEFAULT_SIZE,
        help="with --screenshot: window size (default %(default)s)",
    )
    parser.add_argument(
        "--view",
        choices=VIEWS,
        default=VIEWS[0],
        help="with --screenshot: which screen (practice shows the stroke "
        "of the phase at --at; default %(default)s)",
    )
    parser.add_argument("--fullscreen", action="store_true", help="open full screen")
    parser.add_argument(
        "--validate",
        metavar="FILE",
        type=Path,
        help="check a routine file: exit 0 when valid, 1 with its problems",
    )
    parser.add_argument(
        "--export-routine",
        nargs=2,
        metavar=("NAME", "PATH"),
        help="write any routine (built-in or your own) to a file",
    )
    parser.add_argument(
        "--import-routine",
        metavar="PATH",
        type=Path,
        help="check a routine file, then add it to your routines",
    )
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add the app and its icon to your desktop's application menu (Linux), then exit",
    )
    entry.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove what --install-desktop-entry added, then exit",
    )
    parser.add_argument(
        "--hear",
        metavar="FILE.wav",
        type=Path,
        help="run the voice recogniser over a WAV file and print each command it would "
        "act on, one a line: the second where it ended and its name (next, previous, "
        "pause, resume, more-time), then exit",
    )
    parser.add_argument(
        "--checkin",
        action="store_true",
        help="with --hear: as if a check-in prompt were showing, so the answers fine, "
        "lighter and stop count too",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        if args.checkin and args.hear is None:
            raise UsageError("--checkin only applies with --hear FILE.wav")
        if args.hear is not None:
            return hear(args.hear, checkin=args.checkin)
        if args.validate is not None:
            return validate(args.validate)
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            return desktop_entry_command(install=args.install_desktop_entry)
        from .catalogue import load_builtin_library

        builtins = load_builtin_library()
        data = check_data_dir()
        moved = migrate_old_files(data)
        store = RoutineStore.in_data_folder(data)
        own, broken, unreadable = load_own_routines(store)
        library = RoutineLibrary(builtins.routines + tuple(own))
        opens_window = not (
            args.list_routines or args.export_routine or args.import_routine or args.screenshot
        )
        if moved.message and not opens_window:
            print(f"note: {moved.message}", file=sys.stderr)
        if args.list_routines:
            print(list_routines(library))
            for bad in broken:
                print(f"{bad.path.name}: can't be used: {'; '.join(bad.problems)}")
            for note in (data.problem, unreadable):
                if note:
                    print(f"note: {note} Built-in routines work as usual.", file=sys.stderr)
            return EXIT_OK
        if args.export_routine is not None:
            name, target = args.export_routine
            routine = pick_routine(library, name)
            store.export(routine, Path(target))
            print(f"wrote {routine.key or routine.name} to {target}")
            return 0
        if args.import_routine is not None:
            routine = store.import_file(args.import_routine, reserved_keys=builtins.keys())
            print(
                f"imported {routine.name!r} as {routine.key} "
                f"({len(routine.phases)} phases, {timefmt.countdown(routine.total_s)})"
            )
            return 0
        if args.screenshot is None and (
            args.at != "0" or args.size != _DEFAULT_SIZE or args.view != VIEWS[0]
        ):
            raise UsageError("--at, --size and --view only apply with --screenshot PATH")
        if args.screenshot is not None:
            routine = pick_routine(library, args.routine)
            at = parse_at(args.at)
            size = parse_size(args.size)
            return take_screenshot(
                builtins, routine, args.screenshot, at, size, store, view=args.view
            )
        return run_window(
            builtins,
            library,
            args.routine,
            store,
            start=args.start,
            fullscreen=args.fullscreen,
            data=data,
            notes=(moved.message, unreadable),
        )
    except UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RoutineError as exc:
        print(f"{PROG}: error: {routine_problems(exc)}", file=sys.stderr)
        return EXIT_UNUSABLE
    except StorageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE


def desktop_entry_command(*, install: bool) -> int:
    """--install-desktop-entry / --uninstall-desktop-entry (loaded only for them)."""
    from . import desktop_entry

    try:
        print(desktop_entry.run("install" if install else "uninstall"))
    except (StorageError, desktop_entry.DesktopEntryError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    return EXIT_OK


def hear(path: Path, *, checkin: bool) -> int:
    """--hear: what the recogniser would act on in a WAV file (loaded only for it)."""
    from .voice.hear import hear_file, hear_lines
    from .voice.wav import WavError

    try:
        heard = hear_file(path, checkin=checkin)
    except WavError as exc:
        print(f"{PROG}: error: {path}: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    except ImportError as exc:
        print(
            f"{PROG}: error: speech recognition needs pocketsphinx, which is not "
            f"installed ({exc}): pip install pocketsphinx",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    for line in hear_lines(heard):
        print(line)
    return EXIT_OK


def routine_problems(exc: RoutineError, source: str = "") -> str:
    """Every problem of a routine file, worded the same by every command."""
    lines = [f"{source or exc.source or 'routine'}: not a usable routine:"]
    lines += [f"  {problem}" for problem in exc.problems]
    return "\n".join(lines)


def load_own_routines(store: RoutineStore) -> tuple[list[Routine], list[BrokenRoutineFile], str]:
    """The user's routines, the files that cannot be used, and why none could
    be read at all ("" when they could): the built-ins never depend on it."""
    try:
        own, broken = store.load_all()
    except StorageError as exc:
        return [], [], str(exc)
    return own, broken, ""


def open_history(folder: Path | None = None) -> tuple[History | None, str]:
    """The session history, and a note for the user if it had to be set aside
    or cannot be used (the app runs on without it)."""
    from .storage.history import HISTORY_FILE, History

    try:
        history = History.open_default() if folder is None else History(folder / HISTORY_FILE)
    except StorageError as exc:
        return None, f"Session history is off: {exc}"
    if history.recovered_from is not None:
        return history, (
            f"The session history was damaged, so it was kept aside as "
            f"{history.recovered_from} and a new one started."
        )
    return history, ""


def validate(path: Path) -> int:
    """Check one routine file: exit 0 with a summary, or 1 with its problems."""
    try:
        routine = load_routine_file(path)
    except RoutineError as exc:
        print(routine_problems(exc, str(path)))
        return EXIT_UNUSABLE
    print(
        f"{path}: valid: {routine.name!r}, {len(routine.phases)} phases, "
        f"{timefmt.countdown(routine.total_s)}, pressure up to {routine.peak_pressure:g}"
    )
    return 0


def list_routines(library: RoutineLibrary) -> str:
    width = max(len(r.key) for r in library.routines)
    return "\n".join(
        f"{r.key:<{width}}  {timefmt.countdown(r.total_s):>6}  {r.name}" for r in library.routines
    )


def pick_routine(library: RoutineLibrary, name: str | None) -> Routine:
    if name is None:
        return library.get(AppSettings().routine) or library.routines[0]
    try:
        return resolve(library, name)
    except LookupError as exc:
        raise UsageError(str(exc.args[0])) from None


def parse_at(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise UsageError(f"--at takes a number of seconds, got {text!r}") from None
    if not math.isfinite(value):
        raise UsageError(f"--at takes a finite number of seconds, got {text!r}")
    return value


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text)
    if not match:
        raise UsageError(f"--size takes WIDTHxHEIGHT such as 1366x768, got {text!r}")
    width, height = int(match[1]), int(match[2])
    low_w, low_h = MIN_WINDOW_SIZE
    if not (low_w <= width <= 7680 and low_h <= height <= 4320):
        raise UsageError(f"--size must be from {low_w}x{low_h} to 7680x4320, got {text!r}")
    return width, height


# Platform chatter that says nothing about the app (offscreen has no window
# manager to pass size hints to).
_QT_NOISE = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
)
_QUIET_CATEGORIES = ("qt.multimedia",)
# A speech or audio back-end that cannot start: the status bar says it in words.
_QUIET_MESSAGES = ("PulseAudioService", "Error loading text-to-speech plug-in")


def _route_qt_messages() -> None:
    """Send Qt's own messages to Python logging, minus known platform noise."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(_QT_NOISE):
            return
        level = levels.get(kind, logging.WARNING)
        category = context.category or ""
        if category.startswith(_QUIET_CATEGORIES) or message.startswith(_QUIET_MESSAGES):
            # Audio back-ends probing for libraries the machine lacks: the
            # app already says "Sound is off" in words when it matters.
            level = min(level, logging.INFO)
        qt_log.log(level, "%s%s", f"{category}: " if category else "", message)

    qInstallMessageHandler(handler)


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QApplication.setApplicationName(APPLICATION)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationVersion(__version__)
    from .desktop_entry import APP_ID

    QApplication.setDesktopFileName(APP_ID)  # Wayland's app id: the entry's
    _route_qt_messages()
    app = QApplication(sys.argv[:1])
    from .ui.app_icon import app_icon

    app.setWindowIcon(app_icon())
    return app


def take_screenshot(
    builtins: RoutineLibrary,
    routine: Routine,
    path: Path,
    at: float,
    size: tuple[int, int],
    store: RoutineStore | None = None,
    *,
    view: str = "session",
) -> int:
    """Render the window as it looks ``at`` seconds into ``routine``, on the
    screen ``view`` names."""
    settings = AppSettings()
    if at < -settings.get_ready_s:
        raise UsageError(
            f"--at must be at least -{settings.get_ready_s:g} (the get-ready countdown)"
        )
    ensure_dir(path.parent)  # before the window is built: a bad path fails at once
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    from .domain.clock import ManualClock
    from .ui.main_window import MainWindow

    clock = ManualClock()
    window = MainWindow(
        builtins,
        routine,
        settings=settings,
        clock=clock,
        wall=clock,
        store=store,
        follow_desktop_motion=False,
    )  # the same picture everywhere
    window.resize(*size)
    window.controller.start()
    clock.advance(settings.get_ready_s + at)
    window.controller.refresh()
    window.show()
    window.session_page.ensure_timeline()
    _show_view(window, view)
    for _ in range(3):  # let a page shown just now lay itself out
        app.processEvents()
    image = window.grab()
    summary = window.status_text()
    window.controller.pause()
    window.close()
    if not image.save(str(path), "PNG"):
        raise StorageError(f"Could not save {path}: the file or its folder cannot be written.")
    print(
        f"wrote {path} ({size[0]}x{size[1]}, {routine.key or routine.name} at {at:g} s: {summary})"
    )
    return 0


def _show_view(window: MainWindow, view: str) -> None:
    if view == "table":
        window.modes.toggle_table_view()
    elif view == "practice":
        window.pages.show_practice().select_stroke(window.controller.snapshot.phase.stroke)
    elif view == "aftercare":
        window.pages.show_aftercare(window.pages.show_session)


def build_window(
    builtins: RoutineLibrary,
    library: RoutineLibrary,
    routine_name: str | None,
    store: RoutineStore | None,
    *,
    start: bool,
    fullscreen: bool,
    chime: Chime | None = None,
    data: DataFolder | None = None,
    notes: Sequence[str] = (),
) -> MainWindow:
    """The real window with the real clock, chime, routines and settings.

    An unusable data folder still opens the window: settings already there
    are read, nothing is written, and a notice says why and what to do."""
    app = _application()
    from .storage import SettingsStore
    from .ui.main_window import MainWindow
    from .ui.sound import QtChime
    from .ui.speech import Speaker

    data = data or check_data_dir()
    settings_store = SettingsStore.in_folder(data.path) if data.readable else None
    settings, problems = settings_store.load() if settings_store else (AppSettings(), [])
    history, history_note = open_history(data.path) if data.usable else (None, "")
    if not data.usable:
        settings_store = None  # read above; nothing is saved there
    routine = (
        pick_routine(library, routine_name)
        if routine_name is not None
        else library.get(settings.routine) or library.routines[0]
    )
    window = MainWindow(
        builtins,
        routine,
        settings=settings,
        chime=chime or QtChime(),
        store=store,
        settings_store=settings_store,
        speaker=Speaker(parent=app),
        history=history,
    )
    for note in (data.notice, *notes, " ".join(problems), history_note):
        window.notices.post(note)
    window.restore_geometry()
    if fullscreen or settings.fullscreen:
        window.showFullScreen()
    else:
        window.show()
    if start:
        window.lifecycle.request_start()  # the safety check first, as Space does
    return window


def graphical_session_problem(environ: Mapping[str, str], platform: str) -> str:
    """Why no window can open here, or "". Qt would abort on its own (exit
    134, with a hint about a library that may well be installed)."""
    if platform in ("darwin", "win32", "cygwin"):
        return ""
    wanted = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if wanted not in ("", "xcb", "wayland", "wayland-egl"):
        return ""  # offscreen, vnc, eglfs...: Qt needs no desktop for those
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return ""
    return (
        "no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set): start the "
        "app from a desktop. --screenshot, --validate, --list-routines, "
        "--export-routine, --import-routine, --hear and --install-desktop-entry work "
        "without one."
    )


def run_window(
    builtins: RoutineLibrary,
    library: RoutineLibrary,
    routine_name: str | None,
    store: RoutineStore | None,
    *,
    start: bool,
    fullscreen: bool,
    data: DataFolder | None = None,
    notes: Sequence[str] = (),
) -> int:
    problem = graphical_session_problem(os.environ, sys.platform)
    if problem:
        print(f"{PROG}: error: {problem}", file=sys.stderr)
        return EXIT_UNUSABLE
    from PySide6.QtCore import QTimer

    window = build_window(
        builtins,
        library,
        routine_name,
        store,
        start=start,
        fullscreen=fullscreen,
        data=data,
        notes=notes,
    )
    QTimer.singleShot(0, window.routines.recover_drafts)
    code = _application().exec()
    from .ui import off_thread

    off_thread.exit_if_stuck(code)  # a wedged speech or audio server must not hold up quitting
    del window
    return code
