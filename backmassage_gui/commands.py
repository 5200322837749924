"""Every keyboard command, its keys and its help text, defined once.

Qt-free so the command line's help can list the keys too; ``ui.shortcuts``
turns this table into QActions, and the menus, buttons, on-screen hints and
the Help list all read it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .domain.session import EXTRA_TIME_S


@dataclass(frozen=True)
class Command:
    name: str
    text: str
    keys: tuple[str, ...]
    help: str


_EXTRA = f"+{EXTRA_TIME_S:g} s"

COMMANDS: tuple[Command, ...] = (
    Command("toggle", "Start / Pause", ("Space",), "Start, pause or resume the session"),
    Command("next", "Next phase", ("Right",), "Skip to the next phase"),
    Command("previous", "Previous phase", ("Left",), "Go back to the previous phase"),
    Command("add_time", _EXTRA, ("Up", "+"), f"Add {EXTRA_TIME_S:g} seconds to this phase"),
    Command("restart", "Restart", ("R",), "Back to the start of the routine"),
    Command("fullscreen", "Full screen", ("F11",), "Enter or leave full screen"),
    Command("table_view", "Table view", ("G",),
            "Huge countdown, the back and the pressure only, for across the room"),
    Command("leave_fullscreen", "Leave full screen", ("Esc",),
            "Leave full screen, the table view or aftercare"),
    Command("checkin_fine", "Pressure is fine", ("F",), "Check-in answer: the pressure is fine"),
    Command("checkin_lighter", "Lighter, please", ("L",),
            "Check-in answer: lighter for the rest of the session"),
    Command("checkin_stop", "Stop here", ("S",), "Check-in answer: go to the gentle ending"),
    Command("mark_spots", "Mark sore spots", ("K",),
            "Click the back to mark a spot to keep light (click it again to clear)"),
    Command("sound", "Sound", ("M",), "Turn the chime on or off"),
    Command("speech", "Spoken cues", ("V",), "Turn spoken cues on or off"),
    Command("manual_advance", "Wait for a key between phases", ("Ctrl+W",),
            "Hold at each phase's end until any key (or a foot pedal) is pressed"),
    Command("reduced_motion", "Still diagrams (reduced motion)", ("Ctrl+M",),
            "Show strokes as still diagrams instead of moving hands"),
    Command("practice", "Practice strokes", ("P",),
            "Switch between the session and practice mode"),
    Command("trace", "Trace it", ("T",), "In practice: trace the stroke for a score"),
    Command("edit_routine", "Edit this routine…", ("Ctrl+E",),
            "Open the routine in the editor"),
    Command("new_routine", "New routine…", ("Ctrl+N",), "Make a routine of your own"),
    Command("import_routine", "Import routine…", ("Ctrl+O",), "Add a routine from a file"),
    Command("export_routine", "Export this routine…", ("Ctrl+Shift+S",),
            "Save the routine to a file to share"),
    Command("shortcuts", "Keyboard shortcuts", ("F1", "?"), "Show this list"),
    Command("quit", "Quit", ("Ctrl+Q",), "Close the app"),
)

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
    return (f"{key_label('toggle')}: start / pause   ·   "
            f"{key_label('previous')} {key_label('next')}: phases   ·   "
            f"{key_label('add_time')}: {command('add_time').text}   ·   "
            f"{key_label('shortcuts')}: all keys")


def help_epilog() -> str:
    """The keys, for ``--help``."""
    return "Keys in the window: " + "; ".join(
        f"{' or '.join(c.keys)} {c.help.lower()}" for c in COMMANDS) + "."
