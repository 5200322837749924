"""List the built-in routines' words as Python that pyside6-lupdate can read.

    python tools/routine_texts.py          # rewrite backmassage_gui/builtin_texts.py
    python tools/routine_texts.py --check  # exit 1 if it is out of date

lupdate reads no JSON, so the names, descriptions, phase names and cues of
``assets/routines/*.json`` are written out as ``QT_TRANSLATE_NOOP`` markers
in the ``BuiltinRoutines`` context, each with a comment saying where it is
used. ``tools/update_translations.py`` runs this first;
``tests/unit/i18n/test_routine_texts.py`` fails when the file is stale.
The routine files themselves stay in English, in the public format.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUTINES = ROOT / "assets" / "routines"
OUTPUT = ROOT / "backmassage_gui" / "builtin_texts.py"
CONTEXT = "BuiltinRoutines"
WIDTH = 86
"""Longest piece of text on one line, so every line stays within ruff's 100."""

HEADER = '''\
"""The built-in routines' words, for the translators. Generated: do not edit.

Written by ``python tools/routine_texts.py`` from ``assets/routines/*.json``
(lupdate reads no JSON); ``tests/unit/i18n/test_routine_texts.py`` fails when
it is out of date. Nothing imports it: ``catalogue.py`` translates a built-in
routine's texts as it loads the routine.
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP

TEXTS = (
'''


def routine_texts(folder: Path = ROUTINES) -> list[tuple[str, str]]:
    """``(where, text)`` for every translatable text of the built-ins, in file order."""
    found: list[tuple[str, str]] = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        key = path.stem
        found.append((f"{key}: the routine's name", data["name"]))
        if data.get("description"):
            found.append((f"{key}: the routine's description", data["description"]))
        for number, phase in enumerate(data["phases"], start=1):
            found.append((f"{key}, phase {number}: its name", phase["name"]))
            if phase.get("cue"):
                found.append((f"{key}, phase {number}: the cue, read and spoken", phase["cue"]))
    return found


def _literal(text: str) -> str:
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{body}"'


def _pieces(text: str) -> list[str]:
    """``text`` cut after spaces into pieces no longer than ``WIDTH``."""
    pieces, line = [], ""
    for word in re.findall(r"\S+\s*", text):
        if line and len(line) + len(word) > WIDTH:
            pieces.append(line)
            line = ""
        line += word
    return [*pieces, line]


def render(texts: list[tuple[str, str]]) -> str:
    lines = [HEADER.rstrip("\n")]
    for where, text in texts:
        lines.append(f"    #: {where}")
        one_line = f'    QT_TRANSLATE_NOOP("{CONTEXT}", {_literal(text)}),'
        if len(one_line) <= 100:
            lines.append(one_line)
            continue
        lines.append("    QT_TRANSLATE_NOOP(")
        lines.append(f'        "{CONTEXT}",')
        # Adjacent literals, never in parentheses: lupdate reads a string
        # argument only where a string token starts it.
        pieces = [_literal(piece) for piece in _pieces(text)]
        lines.extend(f"        {piece}" for piece in pieces[:-1])
        lines.append(f"        {pieces[-1]},")
        lines.append("    ),")
    lines.append(")")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is stale")
    args = parser.parse_args(argv)
    wanted = render(routine_texts())
    current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
    if args.check:
        if current != wanted:
            print(f"{OUTPUT.relative_to(ROOT)} is stale: run python tools/routine_texts.py")
            return 1
        return 0
    if current != wanted:
        OUTPUT.write_text(wanted, encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(routine_texts())} texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
