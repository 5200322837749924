"""Every command, its keys, words, menu place and setting, defined once.

Qt-free so the command line's help can list the keys too; ``ui.shortcuts``
turns this table into QActions, ``ui.menus`` into the menu bar, and the
buttons, on-screen hints, the Help list and the routine editor read it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .domain.session import EXTRA_TIME_S

WINDOW = "window"
EDITOR = "editor"
"""Where a command's keys act: the main window, or the routine editor."""


@dataclass(frozen=True)
class Command:
    """One thing the user can do: its keys, words, menu place and setting.

    Menus, the F1 list, the hint line, ``--help``, the buttons' tooltips and
    the routine editor's keys are all made from this table, so a key or a
    label is changed here once."""

    name: str
    text: str
    keys: tuple[str, ...]
    help: str
    menu: str = ""
    """The menu it appears in ("" for none); menus list commands in table order."""
    group: int = 0
    """Commands of one menu with different groups are parted by a separator."""
    setting: str = ""
    """The on/off ``AppSettings`` field it flips, if any (its menu entry is ticked)."""
    checkable: bool = False
    """Ticked in its menu while on (always so for a setting)."""
    said_on: str = ""
    said_off: str = ""
    """The status line after turning it on or off, if it says anything."""
    context: str = WINDOW

    @property
    def is_checkable(self) -> bool:
        return self.checkable or bool(self.setting)


_EXTRA = f"+{EXTRA_TIME_S:g} s"
_S, _R, _V, _H = "&Session", "&Routines", "&View", "&Help"

COMMANDS: tuple[Command, ...] = (
    Command("toggle", "Start / Pause", ("Space",), "Start, pause or resume the session", menu=_S),
    Command("previous", "Previous phase", ("Left",), "Go back to the previous phase", menu=_S),
    Command("next", "Next phase", ("Right",), "Skip to the next phase", menu=_S),
    Command(
        "add_time", _EXTRA, ("Up", "+"), f"Add {EXTRA_TIME_S:g} seconds to this phase", menu=_S
    ),
    Command("restart", "Restart", ("R",), "Back to the start of the routine", menu=_S),
    Command("history", "History…", (), "Your recent sessions", menu=_S, group=1),
    Command(
        "mark_spots",
        "Mark sore spots",
        ("K",),
        "Click the back to mark a spot to keep light (click it again to clear)",
        menu=_S,
        group=1,
        checkable=True,
    ),
    Command(
        "safety_check", "Safety check…", (), "Go through the safety check again", menu=_S, group=1
    ),
    Command("quit", "Quit", ("Ctrl+Q",), "Close the app", menu=_S, group=2),
    Command(
        "edit_routine", "Edit this routine…", ("Ctrl+E",), "Open the routine in the editor", menu=_R
    ),
    Command("new_routine", "New routine…", ("Ctrl+N",), "Make a routine of your own", menu=_R),
    Command("import_routine", "Import routine…", ("Ctrl+O",), "Add a routine from a file", menu=_R),
    Command(
        "export_routine",
        "Export this routine…",
        ("Ctrl+Shift+S",),
        "Save the routine to a file to share",
        menu=_R,
    ),
    Command(
        "delete_routine",
        "Delete this routine…",
        (),
        "Move your routine to the trash",
        menu=_R,
        group=1,
    ),
    Command("fullscreen", "Full screen", ("F11",), "Enter or leave full screen", menu=_V),
    Command(
        "table_view",
        "Table view",
        ("G",),
        "Huge countdown, the back and the pressure only, for across the room",
        menu=_V,
        checkable=True,
    ),
    Command(
        "leave_fullscreen",
        "Leave full screen",
        ("Esc",),
        "Leave full screen, the table view or aftercare",
    ),
    Command(
        "sound",
        "Sound",
        ("M",),
        "Turn the chime on or off",
        menu=_V,
        group=1,
        setting="sound",
        said_on="Chime on",
        said_off="Chime off",
    ),
    Command(
        "speech",
        "Spoken cues",
        ("V",),
        "Turn spoken cues on or off",
        menu=_V,
        group=1,
        setting="speech",
        said_on="Spoken cues on",
        said_off="Spoken cues off",
    ),
    Command(
        "reduced_motion",
        "Still diagrams (reduced motion)",
        ("Ctrl+M",),
        "Show strokes as still diagrams instead of moving hands",
        menu=_V,
        group=1,
        setting="reduced_motion",
        said_on="Reduced motion on: still diagrams instead of moving hands",
        said_off="Reduced motion off: the hands move again",
    ),
    Command(
        "manual_advance",
        "Wait for a key between phases",
        ("Ctrl+W",),
        "Hold at each phase's end until any key (or a foot pedal) is pressed",
        menu=_V,
        group=1,
        setting="manual_advance",
        said_on="Each phase now waits for a key at its end",
        said_off="Phases follow on by themselves",
    ),
    Command(
        "listen",
        "Listen for voice commands",
        ("Ctrl+L",),
        'Hear "coach, next" and check-in answers while a session runs (nothing is recorded)',
        menu=_V,
        group=2,
        setting="listen",
        said_on='Listening while a session runs: say "coach, pause", "coach, next"…',
        said_off="Voice commands off",
    ),
    Command(
        "mic_check",
        "Microphone check…",
        (),
        "See the microphone's level and what it hears",
        menu=_V,
        group=2,
    ),
    Command("checkin_fine", "Pressure is fine", ("F",), "Check-in answer: the pressure is fine"),
    Command(
        "checkin_lighter",
        "Lighter, please",
        ("L",),
        "Check-in answer: lighter for the rest of the session",
    ),
    Command("checkin_stop", "Stop here", ("S",), "Check-in answer: go to the gentle ending"),
    Command("practice", "Practice strokes", ("P",), "Switch between the session and practice mode"),
    Command("trace", "Trace it", ("T",), "In practice: trace the stroke for a score"),
    Command("shortcuts", "Keyboard shortcuts", ("F1", "?"), "Show this list", menu=_H),
    Command(
        "safety_notes", "Safety notes", (), "When not to massage, and how to stay safe", menu=_H
    ),
    Command("about", "About", (), "Which version this is", menu=_H),
    # The routine editor's own keys.
    Command("editor_add", "Add phase", ("Ctrl+N",), "Add a phase after this one", context=EDITOR),
    Command("editor_duplicate", "Duplicate", ("Ctrl+D",), "Duplicate this phase", context=EDITOR),
    Command("editor_delete", "Delete", ("Ctrl+Del",), "Delete this phase", context=EDITOR),
    Command("editor_up", "Move up", ("Ctrl+Up",), "Move this phase up", context=EDITOR),
    Command("editor_down", "Move down", ("Ctrl+Down",), "Move this phase down", context=EDITOR),
    Command("editor_undo", "Undo", ("Ctrl+Z",), "Undo the last change", context=EDITOR),
    Command(
        "editor_redo", "Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo what was undone", context=EDITOR
    ),
    Command(
        "editor_save", "Save", ("Ctrl+S",), "Save (a built-in routine: save a copy)", context=EDITOR
    ),
)

MENUS: tuple[str, ...] = (_S, _R, _V, _H)
"""The window's menus, in order."""


def in_context(context: str) -> tuple[Command, ...]:
    return tuple(c for c in COMMANDS if c.context == context)


def in_menu(menu: str) -> tuple[Command, ...]:
    return tuple(c for c in COMMANDS if c.menu == menu and c.context == WINDOW)


# How keys are written on screen: arrows as arrows, read at a glance.
_KEY_SYMBOLS = {"Right": "→", "Left": "←", "Up": "↑", "Down": "↓"}


def command(name: str) -> Command:
    for c in COMMANDS:
        if c.name == name:
            return c
    raise KeyError(name)


def key_label(name: str) -> str:
    """The main key for a command as shown on screen, e.g. ``→``."""
    key = command(name).keys[0]
    return _KEY_SYMBOLS.get(key, key)


def keys_label(name: str) -> str:
    """Every key for a command, e.g. ``↑ or +``."""
    return " or ".join(_KEY_SYMBOLS.get(k, k) for k in command(name).keys)


def hint_line() -> str:
    """The one-line key reminder shown at the top of the window."""
    return (
        f"{key_label('toggle')}: start / pause   ·   "
        f"{key_label('previous')} {key_label('next')}: phases   ·   "
        f"{key_label('add_time')}: {command('add_time').text}   ·   "
        f"{key_label('shortcuts')}: all keys"
    )


def help_epilog() -> str:
    """The keys, for ``--help``."""
    return (
        "Keys in the window: "
        + "; ".join(f"{' or '.join(c.keys)} {c.help.lower()}" for c in keyed(WINDOW))
        + "."
    )


def keyed(context: str = WINDOW) -> tuple[Command, ...]:
    """The commands of ``context`` that have keys (for the F1 list and --help)."""
    return tuple(c for c in in_context(context) if c.keys)
