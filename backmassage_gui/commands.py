"""Every command, its keys, words, menu place and setting, defined once.

Qt-free so the command line's help can list the keys too; ``ui.shortcuts``
turns this table into QActions, ``ui.menus`` into the menu bar, and the
buttons, on-screen hints, the Help list and the routine editor read it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .domain.session import EXTRA_TIME_S
from .i18n import QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, Context, current_language, number


class Commands(Context):
    """Every command's name, what it does, and what is said when it is used."""


class Keys(Context):
    """Key names as the screen writes them (the letter keys stay as they are)."""


WINDOW = "window"
EDITOR = "editor"
"""Where a command's keys act: the main window, or the routine editor."""


@dataclass(frozen=True)
class Command:
    """One thing the user can do: its keys, words, menu place and setting.

    Menus, the F1 list, the hint line, ``--help``, the buttons' tooltips and
    the routine editor's keys are all made from this table, so a key or a
    label is changed here once. The words are kept in the English source;
    ``text``, ``help``, ``said_on`` and ``said_off`` give them in the
    language in use."""

    name: str
    text_source: str
    keys: tuple[str, ...]
    help_source: str
    menu: str = ""
    """The menu it appears in ("" for none); menus list commands in table order."""
    group: int = 0
    """Commands of one menu with different groups are parted by a separator."""
    setting: str = ""
    """The on/off ``AppSettings`` field it flips, if any (its menu entry is ticked)."""
    checkable: bool = False
    """Ticked in its menu while on (always so for a setting)."""
    said_on_source: str = ""
    said_off_source: str = ""
    """The status line after turning it on or off, if it says anything."""
    context: str = WINDOW

    @property
    def is_checkable(self) -> bool:
        return self.checkable or bool(self.setting)

    @property
    def text(self) -> str:
        return _shown(self.text_source)

    @property
    def help(self) -> str:
        return _shown(self.help_source)

    @property
    def said_on(self) -> str:
        return _shown(self.said_on_source)

    @property
    def said_off(self) -> str:
        return _shown(self.said_off_source)


def _shown(source: str) -> str:
    if not source:
        return ""
    return Commands.tr(source).format(seconds=number(EXTRA_TIME_S))


_EXTRA = QT_TRANSLATE_NOOP("Commands", "+{seconds} s")
_S = QT_TRANSLATE_NOOP("Commands", "&Session")
_R = QT_TRANSLATE_NOOP("Commands", "&Routines")
_V = QT_TRANSLATE_NOOP("Commands", "&View")
_H = QT_TRANSLATE_NOOP("Commands", "&Help")

COMMANDS: tuple[Command, ...] = (
    Command(
        "toggle",
        QT_TRANSLATE_NOOP("Commands", "Start / Pause"),
        ("Space",),
        QT_TRANSLATE_NOOP("Commands", "Start, pause or resume the session"),
        menu=_S,
    ),
    Command(
        "previous",
        QT_TRANSLATE_NOOP("Commands", "Previous phase"),
        ("Left",),
        QT_TRANSLATE_NOOP("Commands", "Go back to the previous phase"),
        menu=_S,
    ),
    Command(
        "next",
        QT_TRANSLATE_NOOP("Commands", "Next phase"),
        ("Right",),
        QT_TRANSLATE_NOOP("Commands", "Skip to the next phase"),
        menu=_S,
    ),
    Command(
        "add_time",
        _EXTRA,
        ("Up", "+"),
        QT_TRANSLATE_NOOP("Commands", "Add {seconds} seconds to this phase"),
        menu=_S,
    ),
    Command(
        "restart",
        QT_TRANSLATE_NOOP("Commands", "Restart"),
        ("R",),
        QT_TRANSLATE_NOOP("Commands", "Back to the start of the routine"),
        menu=_S,
    ),
    Command(
        "history",
        QT_TRANSLATE_NOOP("Commands", "History…"),
        (),
        QT_TRANSLATE_NOOP("Commands", "Your recent sessions"),
        menu=_S,
        group=1,
    ),
    Command(
        "mark_spots",
        QT_TRANSLATE_NOOP("Commands", "Mark sore spots"),
        ("K",),
        QT_TRANSLATE_NOOP(
            "Commands", "Click the back to mark a spot to keep light (click it again to clear)"
        ),
        menu=_S,
        group=1,
        checkable=True,
    ),
    Command(
        "safety_check",
        QT_TRANSLATE_NOOP("Commands", "Safety check…"),
        (),
        QT_TRANSLATE_NOOP("Commands", "Go through the safety check again"),
        menu=_S,
        group=1,
    ),
    Command(
        "quit",
        QT_TRANSLATE_NOOP("Commands", "Quit"),
        ("Ctrl+Q",),
        QT_TRANSLATE_NOOP("Commands", "Close the app"),
        menu=_S,
        group=2,
    ),
    Command(
        "edit_routine",
        QT_TRANSLATE_NOOP("Commands", "Edit this routine…"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Commands", "Open the routine in the editor"),
        menu=_R,
    ),
    Command(
        "new_routine",
        QT_TRANSLATE_NOOP("Commands", "New routine…"),
        ("Ctrl+N",),
        QT_TRANSLATE_NOOP("Commands", "Make a routine of your own"),
        menu=_R,
    ),
    Command(
        "import_routine",
        QT_TRANSLATE_NOOP("Commands", "Import routine…"),
        ("Ctrl+O",),
        QT_TRANSLATE_NOOP("Commands", "Add a routine from a file"),
        menu=_R,
    ),
    Command(
        "export_routine",
        QT_TRANSLATE_NOOP("Commands", "Export this routine…"),
        ("Ctrl+Shift+S",),
        QT_TRANSLATE_NOOP("Commands", "Save the routine to a file to share"),
        menu=_R,
    ),
    Command(
        "delete_routine",
        QT_TRANSLATE_NOOP("Commands", "Delete this routine…"),
        (),
        QT_TRANSLATE_NOOP("Commands", "Move your routine to the trash"),
        menu=_R,
        group=1,
    ),
    Command(
        "fullscreen",
        QT_TRANSLATE_NOOP("Commands", "Full screen"),
        ("F11",),
        QT_TRANSLATE_NOOP("Commands", "Enter or leave full screen"),
        menu=_V,
    ),
    Command(
        "table_view",
        QT_TRANSLATE_NOOP("Commands", "Table view"),
        ("G",),
        QT_TRANSLATE_NOOP(
            "Commands", "Huge countdown, the back and the pressure only, for across the room"
        ),
        menu=_V,
        checkable=True,
    ),
    Command(
        "leave_fullscreen",
        QT_TRANSLATE_NOOP("Commands", "Leave full screen"),
        ("Esc",),
        QT_TRANSLATE_NOOP("Commands", "Leave full screen, the table view or aftercare"),
    ),
    Command(
        "sound",
        QT_TRANSLATE_NOOP("Commands", "Sound"),
        ("M",),
        QT_TRANSLATE_NOOP("Commands", "Turn the chime on or off"),
        menu=_V,
        group=1,
        setting="sound",
        said_on_source=QT_TRANSLATE_NOOP("Commands", "Chime on"),
        said_off_source=QT_TRANSLATE_NOOP("Commands", "Chime off"),
    ),
    Command(
        "speech",
        QT_TRANSLATE_NOOP("Commands", "Spoken cues"),
        ("V",),
        QT_TRANSLATE_NOOP("Commands", "Turn spoken cues on or off"),
        menu=_V,
        group=1,
        setting="speech",
        said_on_source=QT_TRANSLATE_NOOP("Commands", "Spoken cues on"),
        said_off_source=QT_TRANSLATE_NOOP("Commands", "Spoken cues off"),
    ),
    Command(
        "reduced_motion",
        QT_TRANSLATE_NOOP("Commands", "Still diagrams (reduced motion)"),
        ("Ctrl+M",),
        QT_TRANSLATE_NOOP("Commands", "Show strokes as still diagrams instead of moving hands"),
        menu=_V,
        group=1,
        setting="reduced_motion",
        said_on_source=QT_TRANSLATE_NOOP(
            "Commands", "Reduced motion on: still diagrams instead of moving hands"
        ),
        said_off_source=QT_TRANSLATE_NOOP("Commands", "Reduced motion off: the hands move again"),
    ),
    Command(
        "manual_advance",
        QT_TRANSLATE_NOOP("Commands", "Wait for a key between phases"),
        ("Ctrl+W",),
        QT_TRANSLATE_NOOP(
            "Commands", "Hold at each phase's end until any key (or a foot pedal) is pressed"
        ),
        menu=_V,
        group=1,
        setting="manual_advance",
        said_on_source=QT_TRANSLATE_NOOP("Commands", "Each phase now waits for a key at its end"),
        said_off_source=QT_TRANSLATE_NOOP("Commands", "Phases follow on by themselves"),
    ),
    Command(
        "checkin_fine",
        QT_TRANSLATE_NOOP("Commands", "Pressure is fine"),
        ("F",),
        QT_TRANSLATE_NOOP("Commands", "Check-in answer: the pressure is fine"),
    ),
    Command(
        "listen",
        QT_TRANSLATE_NOOP("Commands", "Listen for voice commands"),
        ("Ctrl+L",),
        QT_TRANSLATE_NOOP(
            "Commands",
            'Hear "coach, next" and check-in answers while a session runs (nothing is recorded)',
        ),
        menu=_V,
        group=2,
        setting="listen",
        said_on_source=QT_TRANSLATE_NOOP(
            "Commands", 'Listening while a session runs: say "coach, pause", "coach, next"…'
        ),
        said_off_source=QT_TRANSLATE_NOOP("Commands", "Voice commands off"),
    ),
    Command(
        "mic_check",
        QT_TRANSLATE_NOOP("Commands", "Microphone check…"),
        (),
        QT_TRANSLATE_NOOP("Commands", "See the microphone's level and what it hears"),
        menu=_V,
        group=2,
    ),
    Command(
        "checkin_lighter",
        QT_TRANSLATE_NOOP("Commands", "Lighter, please"),
        ("L",),
        QT_TRANSLATE_NOOP("Commands", "Check-in answer: lighter for the rest of the session"),
    ),
    Command(
        "checkin_stop",
        QT_TRANSLATE_NOOP("Commands", "Stop here"),
        ("S",),
        QT_TRANSLATE_NOOP("Commands", "Check-in answer: go to the gentle ending"),
    ),
    Command(
        "practice",
        QT_TRANSLATE_NOOP("Commands", "Practice strokes"),
        ("P",),
        QT_TRANSLATE_NOOP("Commands", "Switch between the session and practice mode"),
    ),
    Command(
        "trace",
        QT_TRANSLATE_NOOP("Commands", "Trace it"),
        ("T",),
        QT_TRANSLATE_NOOP("Commands", "In practice: trace the stroke for a score"),
    ),
    Command(
        "shortcuts",
        QT_TRANSLATE_NOOP("Commands", "Keyboard shortcuts"),
        ("F1", "?"),
        QT_TRANSLATE_NOOP("Commands", "Show this list"),
        menu=_H,
    ),
    Command(
        "safety_notes",
        QT_TRANSLATE_NOOP("Commands", "Safety notes"),
        (),
        QT_TRANSLATE_NOOP("Commands", "When not to massage, and how to stay safe"),
        menu=_H,
    ),
    Command(
        "about",
        QT_TRANSLATE_NOOP("Commands", "About"),
        (),
        QT_TRANSLATE_NOOP("Commands", "Which version this is"),
        menu=_H,
    ),
    # The routine editor's own keys.
    Command(
        "editor_add",
        QT_TRANSLATE_NOOP("Commands", "Add phase"),
        ("Ctrl+N",),
        QT_TRANSLATE_NOOP("Commands", "Add a phase after this one"),
        context=EDITOR,
    ),
    Command(
        "editor_duplicate",
        QT_TRANSLATE_NOOP("Commands", "Duplicate"),
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP("Commands", "Duplicate this phase"),
        context=EDITOR,
    ),
    Command(
        "editor_delete",
        QT_TRANSLATE_NOOP("Commands", "Delete"),
        ("Ctrl+Del",),
        QT_TRANSLATE_NOOP("Commands", "Delete this phase"),
        context=EDITOR,
    ),
    Command(
        "editor_up",
        QT_TRANSLATE_NOOP("Commands", "Move up"),
        ("Ctrl+Up",),
        QT_TRANSLATE_NOOP("Commands", "Move this phase up"),
        context=EDITOR,
    ),
    Command(
        "editor_down",
        QT_TRANSLATE_NOOP("Commands", "Move down"),
        ("Ctrl+Down",),
        QT_TRANSLATE_NOOP("Commands", "Move this phase down"),
        context=EDITOR,
    ),
    Command(
        "editor_undo",
        QT_TRANSLATE_NOOP("Commands", "Undo"),
        ("Ctrl+Z",),
        QT_TRANSLATE_NOOP("Commands", "Undo the last change"),
        context=EDITOR,
    ),
    Command(
        "editor_redo",
        QT_TRANSLATE_NOOP("Commands", "Redo"),
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        QT_TRANSLATE_NOOP("Commands", "Redo what was undone"),
        context=EDITOR,
    ),
    Command(
        "editor_save",
        QT_TRANSLATE_NOOP("Commands", "Save"),
        ("Ctrl+S",),
        QT_TRANSLATE_NOOP("Commands", "Save (a built-in routine: save a copy)"),
        context=EDITOR,
    ),
)

MENUS: tuple[str, ...] = (_S, _R, _V, _H)
"""The window's menus, in order, by their English titles (``menu_title`` shows one)."""


def menu_title(menu: str) -> str:
    """A menu's title in the language in use, its ``&`` mnemonic included."""
    return Commands.tr(menu)


def in_context(context: str) -> tuple[Command, ...]:
    return tuple(c for c in COMMANDS if c.context == context)


def in_menu(menu: str) -> tuple[Command, ...]:
    return tuple(c for c in COMMANDS if c.menu == menu and c.context == WINDOW)


# How keys are written on screen: arrows as arrows, read at a glance.
_KEY_SYMBOLS = {"Right": "→", "Left": "←", "Up": "↑", "Down": "↓"}
_KEY_NAMES = {
    "Space": QT_TRANSLATE_NOOP("Keys", "Space"),
    "Esc": QT_TRANSLATE_NOOP("Keys", "Esc"),
    "Ctrl": QT_TRANSLATE_NOOP("Keys", "Ctrl"),
    "Shift": QT_TRANSLATE_NOOP("Keys", "Shift"),
    "Alt": QT_TRANSLATE_NOOP("Keys", "Alt"),
    "Del": QT_TRANSLATE_NOOP("Keys", "Del"),
}


def key_text(key: str) -> str:
    """One key (or chord) as the screen writes it: ``Ctrl+Shift+S`` with
    the modifiers in the language in use, arrows as arrows."""
    if key == "+":
        return key
    return "+".join(_one_key(part) for part in key.split("+"))


def _one_key(part: str) -> str:
    if part in _KEY_SYMBOLS:
        return _KEY_SYMBOLS[part]
    return Keys.tr(_KEY_NAMES[part]) if part in _KEY_NAMES else part


def command(name: str) -> Command:
    for c in COMMANDS:
        if c.name == name:
            return c
    raise KeyError(name)


def key_label(name: str) -> str:
    """The main key for a command as shown on screen, e.g. ``→``."""
    return key_text(command(name).keys[0])


def keys_label(name: str) -> str:
    """Every key for a command, e.g. ``↑ or +``."""
    return Keys.tr(" or ").join(key_text(k) for k in command(name).keys)


HINT_SEPARATOR = "   ·   "


def hint_parts() -> tuple[str, ...]:
    """The key reminder's parts, most needed first."""
    return (
        Commands.tr("{key}: start / pause").format(key=key_label("toggle")),
        Commands.tr("{keys}: phases").format(keys=f"{key_label('previous')} {key_label('next')}"),
        f"{key_label('add_time')}: {command('add_time').text}",
        Commands.tr("{key}: all keys").format(key=key_label("shortcuts")),
    )


def hint_line() -> str:
    """The one-line key reminder shown at the top of the window."""
    return HINT_SEPARATOR.join(hint_parts())


def help_epilog() -> str:
    """The keys, for ``--help``."""
    either = Keys.tr(" or ")
    keys = "; ".join(
        f"{either.join(key_text(k) for k in c.keys)} {_first_lower(c.help)}" for c in keyed(WINDOW)
    )
    return Commands.tr("Keys in the window: {keys}.").format(keys=keys)


def _first_lower(text: str) -> str:
    """``Start, pause...`` as it reads after a key: lower case in English;
    other languages keep their own capitals (a German noun stays one, also
    in a sentence that happens to be plain ASCII)."""
    return text.lower() if current_language() == SOURCE_LANGUAGE else text


def keyed(context: str = WINDOW) -> tuple[Command, ...]:
    """The commands of ``context`` that have keys (for the F1 list and --help)."""
    return tuple(c for c in in_context(context) if c.keys)
