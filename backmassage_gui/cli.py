"""Command line: open the window, list routines, or render a screenshot.

Qt is imported only for the options that need a window, so ``--version`` and
``--list-routines`` answer instantly. What it prints follows the same
language as the window (``--lang``, else the one chosen in View › Language,
else the system's), read from the compiled catalogue without Qt
(``qm_catalogue``); ``--version`` alone reads none.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from . import __version__, i18n
from .domain.file_errors import RoutineError, StorageError
from .i18n import QT_TRANSLATE_NOOP, Context

# typing.TYPE_CHECKING without importing typing, which would cost every
# command line 3 ms at start; mypy takes any TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NoReturn

    from PySide6.QtWidgets import QApplication

    from .domain.library import RoutineLibrary
    from .domain.routine import Routine
    from .storage.history import History
    from .storage.paths import DataFolder
    from .storage.routine_store import BrokenRoutineFile, RoutineStore
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
"""The exit codes in English, as the README gives them (``--help`` translates them)."""


class CommandLine(Context):
    """What the command line prints: its help, its answers and its errors."""


class UsageError(Exception):
    """A bad command line: one line for the user, exit status 2."""


def exit_codes_help() -> str:
    return CommandLine.tr(
        "Exit status: 0 done; 1 a file or folder could not be used (the message "
        "says which and why); 2 wrong usage."
    )


class _Formatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, prefix or CommandLine.tr("usage: "))


class _Parser(argparse.ArgumentParser):
    """Does the work only ``--help`` needs when help is asked for: the key
    list from the command table, and the terminal's width (argparse asks
    for it, through ``shutil``, on every option it adds). Its headings and
    its errors (where they have a known shape) are in the language in use;
    the rest stay in Python's English."""

    _width: int | None = 80

    def format_help(self) -> str:
        from .commands import help_epilog

        self.epilog = f"{help_epilog()} {exit_codes_help()}"
        self._width = None  # from here on: the terminal's
        return super().format_help()

    def _get_formatter(self) -> argparse.HelpFormatter:
        return _Formatter(prog=self.prog, width=self._width)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {_error()} {_argparse_error(message)}\n")


_ARGPARSE_ERRORS = (
    (r"unrecognized arguments: (?P<arguments>.*)", "unrecognized arguments: {arguments}"),
    (
        r"argument (?P<option>\S+): invalid choice: (?P<value>.*) "
        r"\(choose from (?P<choices>.*)\)",
        "argument {option}: invalid choice: {value} (choose from {choices})",
    ),
    (
        r"argument (?P<option>\S+): expected one argument",
        "argument {option}: expected one argument",
    ),
    (
        r"argument (?P<option>\S+): expected (?P<count>\d+) arguments",
        "argument {option}: expected {count} arguments",
    ),
    (
        r"argument (?P<option>\S+): not allowed with argument (?P<other>\S+)",
        "argument {option}: not allowed with argument {other}",
    ),
    (
        r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)",
        "ambiguous option: {option} could match {matches}",
    ),
)
# The same texts for lupdate (argparse words them; the patterns above find them).
_ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("CommandLine", "unrecognized arguments: {arguments}"),
    QT_TRANSLATE_NOOP(
        "CommandLine", "argument {option}: invalid choice: {value} (choose from {choices})"
    ),
    QT_TRANSLATE_NOOP("CommandLine", "argument {option}: expected one argument"),
    QT_TRANSLATE_NOOP("CommandLine", "argument {option}: expected {count} arguments"),
    QT_TRANSLATE_NOOP("CommandLine", "argument {option}: not allowed with argument {other}"),
    QT_TRANSLATE_NOOP("CommandLine", "ambiguous option: {option} could match {matches}"),
)


def _argparse_error(message: str) -> str:
    import re

    for pattern, template in _ARGPARSE_ERRORS:
        found = re.fullmatch(pattern, message)
        if found:
            return CommandLine.tr(template).format(**found.groupdict())
    return message


def _error() -> str:
    return CommandLine.tr("error:")


def _note() -> str:
    return CommandLine.tr("note:")


def _default_size() -> str:
    from .settings import WINDOW_SIZE

    return f"{WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=CommandLine.tr("Guides you through giving a back massage, phase by phase."),
        add_help=False,
    )
    parser._optionals.title = CommandLine.tr("options")
    parser.add_argument(
        "-h", "--help", action="help", help=CommandLine.tr("show this help and exit")
    )
    parser.add_argument(
        "--routine",
        metavar="NAME|FILE",
        help=CommandLine.tr(
            "built-in routine name or path to a routine file (default: relaxation)"
        ),
    )
    parser.add_argument(
        "--start",
        action="store_true",
        help=CommandLine.tr("begin at once: the safety check, then the get-ready countdown"),
    )
    parser.add_argument(
        "--list-routines",
        action="store_true",
        help=CommandLine.tr("print the built-in routines with their lengths and exit"),
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        type=Path,
        help=CommandLine.tr(
            "render the window to a PNG at the moment given by --at, without a display, and exit"
        ),
    )
    parser.add_argument(
        "--at",
        metavar="SECONDS",
        default="0",
        help=CommandLine.tr(
            "with --screenshot: seconds into the routine (negative "
            "values show the get-ready countdown)"
        ),
    )
    parser.add_argument(
        "--size",
        metavar="WxH",
        help=CommandLine.tr("with --screenshot: window size (default 1366x768)"),
    )
    parser.add_argument(
        "--view",
        choices=VIEWS,
        default=VIEWS[0],
        help=CommandLine.tr(
            "with --screenshot: which screen (practice shows the stroke "
            "of the phase at --at; default {view})"
        ).format(view=VIEWS[0]),
    )
    parser.add_argument(
        "--lang",
        metavar="CODE|FILE",
        default="",
        help=CommandLine.tr(
            "show the app in this language: a code such as de or es, or a .qm "
            "catalogue (default: the one chosen in View › Language, else the system's)"
        ),
    )
    parser.add_argument(
        "--fullscreen", action="store_true", help=CommandLine.tr("open full screen")
    )
    parser.add_argument(
        "--validate",
        metavar="FILE",
        type=Path,
        help=CommandLine.tr("check a routine file: exit 0 when valid, 1 with its problems"),
    )
    parser.add_argument(
        "--export-routine",
        nargs=2,
        metavar=("NAME", "PATH"),
        help=CommandLine.tr("write any routine (built-in or your own) to a file"),
    )
    parser.add_argument(
        "--import-routine",
        metavar="PATH",
        type=Path,
        help=CommandLine.tr("check a routine file, then add it to your routines"),
    )
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help=CommandLine.tr(
            "add the app and its icon to your desktop's application menu (Linux), then exit"
        ),
    )
    entry.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help=CommandLine.tr("remove what --install-desktop-entry added, then exit"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=CommandLine.tr("show the version and exit"),
    )
    parser.add_argument(
        "--hear",
        metavar="FILE.wav",
        type=Path,
        help=CommandLine.tr(
            "run the voice recogniser over a WAV file and print each command it would "
            "act on, one a line: the second where it ended and its name (next, previous, "
            "pause, resume, more-time), then exit"
        ),
    )
    parser.add_argument(
        "--checkin",
        action="store_true",
        help=CommandLine.tr(
            "with --hear: as if a check-in prompt were showing, so the answers fine, "
            "lighter and stop count too"
        ),
    )
    return parser


def requested_language(argv: Sequence[str], data: Path | None = None) -> str:
    """The language asked for: ``--lang``, else the one saved from View ›
    Language (read from the settings file without Qt), else "" (the system's)."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    if data is None:
        from .storage.paths import data_dir_location

        data = data_dir_location()
    return saved_language(data)


def saved_language(folder: Path) -> str:
    """``language=`` from the settings file QSettings writes (INI, section
    ``[General]``), or "" when there is none."""
    try:
        text = (folder / "settings.ini").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    section = "General"
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "General" and line.partition("=")[0].strip() == "language":
            return line.partition("=")[2].strip()
    return ""


def start_language(requested: str) -> i18n.Choice:
    """Answer every text from the catalogue of the language asked for
    (``requested_language``), read without Qt."""
    choice = i18n.resolve(requested, i18n.system_languages())
    i18n.use_catalogue(choice)
    if choice.problem:
        note = CommandLine.tr("{problem}; showing English").format(problem=choice.problem)
        print(f"{PROG}: {note}", file=sys.stderr)
    return choice


def main(argv: Sequence[str] | None = None) -> int:
    """Each command imports only what it uses: the file commands answer in
    about the time Python takes to start, and load no Qt at all."""
    argv = sys.argv[1:] if argv is None else list(argv)
    # The file commands make thousands of small objects while importing and
    # leave within milliseconds: the cycle collector's passes over them cost
    # 5-7 ms (measured) of their 60 ms and free nothing. It is switched back
    # on for everything that runs longer, and on the way out.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(argv)
    finally:
        if collecting:
            gc.enable()


def _run(argv: list[str]) -> int:
    # --version prints a number and leaves: it reads no catalogue.
    requested = "" if "--version" in argv else requested_language(argv)
    choice = i18n.Choice(i18n.SOURCE_LANGUAGE) if "--version" in argv else start_language(requested)
    args = build_parser().parse_args(argv)
    if not (args.list_routines or args.validate or args.export_routine or args.import_routine):
        gc.enable()
    try:
        if args.checkin and args.hear is None:
            raise UsageError(CommandLine.tr("--checkin only applies with --hear FILE.wav"))
        if args.hear is not None:
            return hear(args.hear, checkin=args.checkin)
        if args.validate is not None:
            return validate(args.validate)
        if args.install_desktop_entry or args.uninstall_desktop_entry:
            return desktop_entry_command(install=args.install_desktop_entry)
        from .catalogue import load_builtin_library
        from .domain.library import RoutineLibrary
        from .storage.paths import check_data_dir, old_folders_present
        from .storage.routine_store import RoutineStore

        builtins = load_builtin_library()
        data = check_data_dir()
        moved = ""
        if old_folders_present(data.path):
            from .storage.migration import migrate_old_files

            moved = migrate_old_files(data).message
        store = RoutineStore.in_data_folder(data)
        own, broken, unreadable = load_own_routines(store)
        library = RoutineLibrary(builtins.routines + tuple(own))
        opens_window = not (
            args.list_routines or args.export_routine or args.import_routine or args.screenshot
        )
        if opens_window or args.screenshot is not None:
            choice, builtins = _window_language(requested, choice, builtins)
            library = RoutineLibrary(builtins.routines + tuple(own))
        if moved and not opens_window:
            print(f"{_note()} {moved}", file=sys.stderr)
        if args.list_routines:
            print(list_routines(library))
            for bad in broken:
                print(
                    CommandLine.tr("{name}: can't be used: {problems}").format(
                        name=bad.path.name, problems="; ".join(bad.problems)
                    )
                )
            for note in (data.problem, unreadable):
                if note:
                    works = CommandLine.tr("Built-in routines work as usual.")
                    print(f"{_note()} {note} {works}", file=sys.stderr)
            return EXIT_OK
        if args.export_routine is not None:
            name, target = args.export_routine
            routine = pick_routine(library, name)
            store.export(routine, Path(target))
            print(
                CommandLine.tr("wrote {routine} to {path}").format(
                    routine=routine.key or routine.name, path=target
                )
            )
            return 0
        if args.import_routine is not None:
            from .domain.timefmt import countdown

            routine = store.import_file(args.import_routine, reserved_keys=builtins.keys())
            print(
                CommandLine.tr(
                    "imported {name} as {key} (%n phase(s), {length})", "", len(routine.phases)
                ).format(
                    name=repr(routine.name), key=routine.key, length=countdown(routine.total_s)
                )
            )
            return 0
        if args.screenshot is None and (
            args.at != "0" or args.size is not None or args.view != VIEWS[0]
        ):
            raise UsageError(
                CommandLine.tr("--at, --size and --view only apply with --screenshot PATH")
            )
        if args.screenshot is not None:
            routine = pick_routine(library, args.routine)
            at = parse_at(args.at)
            size = parse_size(args.size or _default_size())
            return take_screenshot(
                builtins, routine, args.screenshot, at, size, store, view=args.view, language=choice
            )
        return run_window(
            builtins,
            library,
            args.routine,
            store,
            start=args.start,
            fullscreen=args.fullscreen,
            data=data,
            notes=(moved, unreadable),
            language=choice,
        )
    except UsageError as exc:
        print(f"{PROG}: {_error()} {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RoutineError as exc:
        print(f"{PROG}: {_error()} {routine_problems(exc)}", file=sys.stderr)
        return EXIT_UNUSABLE
    except StorageError as exc:
        print(f"{PROG}: {_error()} {exc}", file=sys.stderr)
        return EXIT_UNUSABLE


def _window_language(
    requested: str, choice: i18n.Choice, builtins: RoutineLibrary
) -> tuple[i18n.Choice, RoutineLibrary]:
    """The window's language, with the system's read by Qt (which knows it on
    every platform, not only from the environment), and the built-in
    routines in it: loaded again if it is not the one read at the start."""
    from .ui import translation

    wanted = translation.choose(requested)
    if wanted.code == choice.code:
        return choice, builtins
    i18n.use_catalogue(wanted)
    from .catalogue import load_builtin_library

    return wanted, load_builtin_library()


def desktop_entry_command(*, install: bool) -> int:
    """--install-desktop-entry / --uninstall-desktop-entry (loaded only for them)."""
    from . import desktop_entry

    try:
        print(desktop_entry.run("install" if install else "uninstall"))
    except (StorageError, desktop_entry.DesktopEntryError) as exc:
        print(f"{PROG}: {_error()} {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    return EXIT_OK


def hear(path: Path, *, checkin: bool) -> int:
    """--hear: what the recogniser would act on in a WAV file (loaded only for it)."""
    from .voice.decoder import ModelMissing
    from .voice.hear import hear_file, hear_lines
    from .voice.wav import WavError

    try:
        heard = hear_file(path, checkin=checkin)
    except WavError as exc:
        print(f"{PROG}: {_error()} {path}: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    except ImportError as exc:
        problem = CommandLine.tr(
            "speech recognition needs pocketsphinx, which is not installed ({reason}): "
            "pip install pocketsphinx"
        ).format(reason=exc)
        print(f"{PROG}: {_error()} {problem}", file=sys.stderr)
        return EXIT_UNUSABLE
    except ModelMissing as exc:
        problem = CommandLine.tr("speech recognition cannot start: {reason}").format(reason=exc)
        print(f"{PROG}: {_error()} {problem}", file=sys.stderr)
        return EXIT_UNUSABLE
    for line in hear_lines(heard):
        print(line)
    return EXIT_OK


def routine_problems(exc: RoutineError, source: str = "") -> str:
    """Every problem of a routine file, worded the same by every command."""
    where = source or exc.source or CommandLine.tr("routine")
    lines = [CommandLine.tr("{where}: not a usable routine:").format(where=where)]
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
        return None, CommandLine.tr("Session history is off: {problem}").format(problem=exc)
    if history.recovered_from is not None:
        return history, CommandLine.tr(
            "The session history was damaged, so it was kept aside as {path} and a new one started."
        ).format(path=history.recovered_from)
    return history, ""


def validate(path: Path) -> int:
    """Check one routine file: exit 0 with a summary, or 1 with its problems."""
    from .domain.routine import load_routine_file
    from .domain.timefmt import countdown

    try:
        routine = load_routine_file(path)
    except RoutineError as exc:
        print(routine_problems(exc, str(path)))
        return EXIT_UNUSABLE
    print(
        CommandLine.tr(
            "{path}: valid: {name}, %n phase(s), {length}, pressure up to {peak}",
            "",
            len(routine.phases),
        ).format(
            path=path,
            name=repr(routine.name),
            length=countdown(routine.total_s),
            peak=i18n.number(routine.peak_pressure),
        )
    )
    return 0


def list_routines(library: RoutineLibrary) -> str:
    from .domain.timefmt import countdown

    width = max(len(r.key) for r in library.routines)
    return "\n".join(
        f"{r.key:<{width}}  {countdown(r.total_s):>6}  {r.name}" for r in library.routines
    )


def pick_routine(library: RoutineLibrary, name: str | None) -> Routine:
    from .domain.library import resolve

    if name is None:
        from .settings import AppSettings

        return library.get(AppSettings().routine) or library.routines[0]
    try:
        return resolve(library, name)
    except LookupError as exc:
        raise UsageError(str(exc.args[0])) from None


def parse_at(text: str) -> float:
    import math

    try:
        value = float(text)
    except ValueError:
        raise UsageError(
            CommandLine.tr("--at takes a number of seconds, got {text}").format(text=repr(text))
        ) from None
    if not math.isfinite(value):
        raise UsageError(
            CommandLine.tr("--at takes a finite number of seconds, got {text}").format(
                text=repr(text)
            )
        )
    return value


def parse_size(text: str) -> tuple[int, int]:
    import re

    from .settings import MIN_WINDOW_SIZE

    match = re.fullmatch(r"\s*(\d+)\s*[xX×]\s*(\d+)\s*", text)
    if not match:
        raise UsageError(
            CommandLine.tr("--size takes WIDTHxHEIGHT such as 1366x768, got {text}").format(
                text=repr(text)
            )
        )
    width, height = int(match[1]), int(match[2])
    low_w, low_h = MIN_WINDOW_SIZE
    if not (low_w <= width <= 7680 and low_h <= height <= 4320):
        raise UsageError(
            CommandLine.tr("--size must be from {smallest} to 7680x4320, got {text}").format(
                smallest=f"{low_w}x{low_h}", text=repr(text)
            )
        )
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
    """Send Qt's own messages to Python logging, minus known platform noise.

    Logging is set up here, with Qt, and not for the file commands: they
    print what they have to say, and start faster without it."""
    import logging

    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
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

    from .storage.paths import APPLICATION, ORGANIZATION

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
    language: i18n.Choice | None = None,
) -> int:
    """Render the window as it looks ``at`` seconds into ``routine``, on the
    screen ``view`` names, in ``language`` (by default the system's)."""
    import os

    from .settings import AppSettings
    from .storage.paths import ensure_dir

    settings = AppSettings()
    if at < -settings.get_ready_s:
        raise UsageError(
            CommandLine.tr("--at must be at least -{seconds} (the get-ready countdown)").format(
                seconds=i18n.number(settings.get_ready_s)
            )
        )
    ensure_dir(path.parent)  # before the window is built: a bad path fails at once
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    from .ui import translation

    translation.install(app, language or translation.choose(""))
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
        raise StorageError(
            CommandLine.tr(
                "Could not save {path}: the file or its folder cannot be written."
            ).format(path=path)
        )
    print(
        CommandLine.tr("wrote {path} ({size}, {routine} at {at} s: {summary})").format(
            path=path,
            size=f"{size[0]}x{size[1]}",
            routine=routine.key or routine.name,
            at=i18n.number(at),
            summary=summary,
        )
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
    language: i18n.Choice | None = None,
) -> MainWindow:
    """The real window with the real clock, chime, routines and settings.

    An unusable data folder still opens the window: settings already there
    are read, nothing is written, and a notice says why and what to do.
    ``language`` is the one ``main`` chose (by default the saved choice,
    else the system's)."""
    app = _application()
    from .settings import AppSettings
    from .storage import SettingsStore
    from .storage.paths import check_data_dir
    from .ui import translation
    from .ui.main_window import MainWindow
    from .ui.sound import QtChime
    from .ui.speech import Speaker

    data = data or check_data_dir()
    settings_store = SettingsStore.in_folder(data.path) if data.readable else None
    settings, problems = settings_store.load() if settings_store else (AppSettings(), [])
    history, history_note = open_history(data.path) if data.usable else (None, "")
    if not data.usable:
        settings_store = None  # read above; nothing is saved there
    translation.install(app, language or translation.choose(settings.language))
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
    return CommandLine.tr(
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
    language: i18n.Choice | None = None,
) -> int:
    import os

    problem = graphical_session_problem(os.environ, sys.platform)
    if problem:
        print(f"{PROG}: {_error()} {problem}", file=sys.stderr)
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
        language=language,
    )
    QTimer.singleShot(0, window.routines.recover_drafts)
    code = _application().exec()
    from .ui import off_thread

    off_thread.exit_if_stuck(code)  # a wedged speech or audio server must not hold up quitting
    del window
    return code
