"""Reads a compiled Qt catalogue (``.qm``) without Qt, for the command line.

The file commands (``--list-routines``, ``--validate``, ``--export-routine``)
must not import PySide6, which costs more than they take to run, yet their
output follows the user's language like the window's. This reads the same
``.qm`` files ``QTranslator`` loads (``lrelease`` keeps every message's
context and source text in them), so one catalogue serves both, and
``tests/unit/test_qm_catalogue.py`` holds the answers to Qt's own.

The format, as ``qtranslator.cpp`` reads it: a 16-byte magic number, then
blocks of one tag byte and a big-endian 32-bit length. The messages block
holds records of tagged fields (translations in UTF-16BE, one per plural
form; context, source and comment in UTF-8), each record ending in tag 1.
The numerus block is a small byte code choosing the plural form for ``n``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["QmCatalogue", "QmError", "plural_form"]

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Blocks.
_MESSAGES = 0x69
_NUMERUS_RULES = 0x88
_LANGUAGE = 0xA7
# Fields of a message.
_END = 1
_TRANSLATION = 3
_OBSOLETE1 = 5
_SOURCE = 6
_CONTEXT = 7
_COMMENT = 8
# Numerus rule byte code.
_EQ, _LT, _LEQ, _BETWEEN = 0x01, 0x02, 0x03, 0x04
_OP_MASK, _NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x07, 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF
_NULL = 0xFFFFFFFF


class QmError(ValueError):
    """Not a catalogue this reader understands."""


@dataclass(frozen=True)
class QmCatalogue:
    """Every message of one ``.qm``: ``(context, source, comment)`` to its forms."""

    language: str
    messages: dict[tuple[str, str, str], tuple[str, ...]]
    rules: bytes = b""

    @classmethod
    def load(cls, path: Path) -> QmCatalogue:
        return cls.parse(path.read_bytes())

    @classmethod
    def parse(cls, data: bytes) -> QmCatalogue:
        if not data.startswith(MAGIC):
            raise QmError("not a Qt translation catalogue")
        language, rules = "", b""
        messages: dict[tuple[str, str, str], tuple[str, ...]] = {}
        at = len(MAGIC)
        while at < len(data):
            if at + 5 > len(data):
                raise QmError("the catalogue ends inside a block header")
            tag, length = data[at], int.from_bytes(data[at + 1 : at + 5], "big")
            block = data[at + 5 : at + 5 + length]
            if len(block) != length:
                raise QmError("the catalogue ends inside a block")
            at += 5 + length
            if tag == _MESSAGES:
                _read_messages(block, messages)
            elif tag == _NUMERUS_RULES:
                rules = block
            elif tag == _LANGUAGE:
                language = block.decode("utf-8", "replace")
        return cls(language, messages, rules)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """As ``QTranslator.translate``: the translation (``%n`` filled in),
        falling back from the disambiguated message to the plain one; None
        where there is none."""
        for comment in dict.fromkeys((disambiguation or "", "")):
            forms = self.messages.get((context, source, comment))
            if forms:
                form = forms[min(max(plural_form(n, self.rules), 0), len(forms) - 1)]
                return form.replace("%n", str(n)) if n >= 0 else form
        return None

    def __call__(self, context: str, text: str, disambiguation: str | None, n: int) -> str | None:
        return self.translate(context, text, disambiguation, n)


def _read_messages(block: bytes, into: dict[tuple[str, str, str], tuple[str, ...]]) -> None:
    at = 0
    forms: list[str] = []
    context = source = comment = ""
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            if forms:
                into[(context, source, comment)] = tuple(forms)
            forms, context, source, comment = [], "", "", ""
            continue
        if tag == _OBSOLETE1:
            at += 4
            continue
        if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            raise QmError(f"unknown message field {tag:#x}")
        length = int.from_bytes(block[at : at + 4], "big")
        at += 4
        if tag == _TRANSLATION:
            if length == _NULL:
                continue
            forms.append(block[at : at + length].decode("utf-16-be", "replace"))
        else:
            text = block[at : at + length].decode("utf-8", "replace")
            if tag == _SOURCE:
                source = text
            elif tag == _CONTEXT:
                context = text
            else:
                comment = text
        at += length


def plural_form(n: int, rules: bytes) -> int:
    """Which plural form ``n`` takes under a catalogue's numerus rules, as
    ``numerusHelper`` in ``qtranslator.cpp`` works it out."""
    if not rules or n < 0:
        return 0
    size, i, result = len(rules), 0, 0
    try:
        while True:
            any_true = False
            while True:
                all_true = True
                while True:
                    opcode = rules[i]
                    i += 1
                    left = n
                    if opcode & _MOD_10:
                        left %= 10
                    elif opcode & _MOD_100:
                        left %= 100
                    elif opcode & _LEAD_1000:
                        while left >= 1000:
                            left //= 1000
                    right = rules[i]
                    i += 1
                    op = opcode & _OP_MASK
                    if op == _EQ:
                        truth = left == right
                    elif op == _LT:
                        truth = left < right
                    elif op == _LEQ:
                        truth = left <= right
                    elif op == _BETWEEN:
                        top = rules[i]
                        i += 1
                        truth = right <= left <= top
                    else:
                        return 0
                    if opcode & _NOT:
                        truth = not truth
                    all_true = all_true and truth
                    if i == size or rules[i] != _AND:
                        break
                    i += 1
                any_true = any_true or all_true
                if i == size or rules[i] != _OR:
                    break
                i += 1
            if any_true:
                return result
            result += 1
            if i == size:
                return result
            i += 1  # the rule separator
    except IndexError:
        import logging

        logging.getLogger(__name__).warning("damaged plural rules; using the first form")
        return 0
