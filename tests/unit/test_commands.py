"""The command table: the one place keys, labels, menus and settings are declared."""

from __future__ import annotations

from collections import Counter
from dataclasses import fields

import pytest

from backmassage_gui.commands import (
    COMMANDS,
    EDITOR,
    MENUS,
    WINDOW,
    command,
    help_epilog,
    hint_line,
    in_context,
    in_menu,
    key_label,
    keyed,
    keys_label,
)
from backmassage_gui.settings import AppSettings


@pytest.mark.parametrize("context", [WINDOW, EDITOR])
def test_no_two_commands_share_a_key_in_one_context(context: str) -> None:
    keys = Counter(k.casefold() for c in in_context(context) for k in c.keys)
    assert [k for k, n in keys.items() if n > 1] == []


def test_names_are_unique_and_every_command_has_words() -> None:
    names = [c.name for c in COMMANDS]
    assert len(names) == len(set(names))
    for c in COMMANDS:
        assert c.text and c.help and not c.help.endswith(".")
        assert c.context in (WINDOW, EDITOR)
        assert c.menu in ("", *MENUS)
        assert c.keys or c.menu, f"{c.name} can be reached neither by key nor by menu"


def test_every_setting_a_command_flips_is_an_on_off_setting() -> None:
    switches = {f.name for f in fields(AppSettings) if f.type in (bool, "bool")}
    for c in COMMANDS:
        if c.setting:
            assert c.setting in switches
            assert c.is_checkable and c.said_on and c.said_off


def test_menus_list_their_commands_in_table_order() -> None:
    view = [c.name for c in in_menu("&View")]
    assert view == [
        "fullscreen",
        "table_view",
        "sound",
        "speech",
        "reduced_motion",
        "manual_advance",
        "listen",
        "mic_check",
    ]
    assert all(c.context == WINDOW for m in MENUS for c in in_menu(m))


def test_keys_are_shown_as_read_at_a_glance() -> None:
    assert key_label("next") == "→"
    assert keys_label("add_time") == "↑ or +"
    assert command("toggle").keys == ("Space",)
    with pytest.raises(KeyError):
        command("no-such-command")


def test_help_and_hint_are_made_from_the_table() -> None:
    epilog = help_epilog()
    for c in keyed(WINDOW):
        assert c.help.lower() in epilog
    assert "undo the last change" not in epilog  # the editor's keys are the editor's
    assert "Space: start / pause" in hint_line()
    assert "F1: all keys" in hint_line()


def test_help_keeps_a_translations_capitals_even_in_plain_ascii() -> None:
    """After a key, --help lowers an English help text ("Space start, pause
    ..."); a translation keeps its own capitals, German nouns among them,
    even when its words happen to need no letter outside ASCII."""
    from backmassage_gui import i18n

    german = {"Check-in answer: the pressure is fine": "Antwort beim Nachfragen: Der Druck passt"}
    i18n.use(lambda _context, text, _d, _n: german.get(text), "de")
    try:
        epilog = help_epilog()
    finally:
        i18n.use(None)
    assert "F Antwort beim Nachfragen: Der Druck passt;" in epilog
    assert "F check-in answer: the pressure is fine;" in help_epilog()


def test_listening_is_a_setting_off_by_default_with_a_key_of_its_own() -> None:
    listen = command("listen")
    assert listen.setting == "listen" and listen.menu == "&View"
    assert AppSettings().listen is False
    others = {k.casefold() for c in in_context(WINDOW) if c.name != "listen" for k in c.keys}
    assert listen.keys and not {k.casefold() for k in listen.keys} & others
    assert command("mic_check").menu == "&View"
