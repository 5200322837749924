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
form; context, source and comment in UTF-8), each record ending in tag 1;
the hash table lists, sorted, each record's ELF hash (of its source and
comment) and offset, so a lookup reads one record, not all. The numerus
block is a small byte code choosing the plural form for ``n``.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["QmCatalogue", "QmError", "elf_hash", "plural_form"]

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Blocks.
_HASHES = 0x42
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


class QmCatalogue:
    """One ``.qm``: its language, its plural rules, and its messages, looked
    up as ``QTranslator`` does, through the file's hash table, so opening a
    catalogue of hundreds of texts costs next to nothing until one is asked."""

    __slots__ = ("_hashes", "_messages", "language", "rules")

    def __init__(self, language: str, rules: bytes, messages: bytes, hashes: bytes) -> None:
        self.language = language
        self.rules = rules
        self._messages = messages
        self._hashes = hashes

    @classmethod
    def load(cls, path: Path) -> QmCatalogue:
        return cls.parse(path.read_bytes())

    @classmethod
    def parse(cls, data: bytes) -> QmCatalogue:
        if not data.startswith(MAGIC):
            raise QmError("not a Qt translation catalogue")
        blocks: dict[int, bytes] = {}
        at = len(MAGIC)
        while at < len(data):
            if at + 5 > len(data):
                raise QmError("the catalogue ends inside a block header")
            tag, length = data[at], int.from_bytes(data[at + 1 : at + 5], "big")
            block = data[at + 5 : at + 5 + length]
            if len(block) != length:
                raise QmError("the catalogue ends inside a block")
            blocks[tag] = block
            at += 5 + length
        hashes = blocks.get(_HASHES, b"")
        if len(hashes) % 8:
            raise QmError("a damaged hash table")
        return cls(
            blocks.get(_LANGUAGE, b"").decode("utf-8", "replace"),
            blocks.get(_NUMERUS_RULES, b""),
            blocks.get(_MESSAGES, b""),
            hashes,
        )

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """As ``QTranslator.translate``: the translation (``%n`` filled in),
        falling back from the disambiguated message to the plain one; None
        where there is none."""
        for comment in dict.fromkeys((disambiguation or "", "")):
            forms = self._find(context, source, comment)
            if forms:
                form = forms[min(max(plural_form(n, self.rules), 0), len(forms) - 1)]
                return form.replace("%n", str(n)) if n >= 0 else form
        return None

    def __call__(self, context: str, text: str, disambiguation: str | None, n: int) -> str | None:
        return self.translate(context, text, disambiguation, n)

    def messages(self) -> dict[tuple[str, str, str], tuple[str, ...]]:
        """Every message, ``(context, source, comment)`` to its forms."""
        found: dict[tuple[str, str, str], tuple[str, ...]] = {}
        at = 0
        while at < len(self._messages):
            (context, source, comment, forms), at = _record(self._messages, at)
            if forms:
                found[(context, source, comment)] = forms
        return found

    def _find(self, context: str, source: str, comment: str) -> tuple[str, ...]:
        if not self._hashes:  # no table: read them all
            return self.messages().get((context, source, comment), ())
        wanted = elf_hash(source.encode("utf-8") + comment.encode("utf-8"))
        count = len(self._hashes) // 8
        low, high = 0, count
        while low < high:  # the first entry with this hash (the table is sorted)
            middle = (low + high) // 2
            if int.from_bytes(self._hashes[middle * 8 : middle * 8 + 4], "big") < wanted:
                low = middle + 1
            else:
                high = middle
        for index in range(low, count):
            entry = self._hashes[index * 8 : index * 8 + 8]
            if int.from_bytes(entry[:4], "big") != wanted:
                break
            (c, s, m, forms), _ = _record(self._messages, int.from_bytes(entry[4:], "big"))
            if (c, s, m) == (context, source, comment):
                return forms
        return ()


def elf_hash(data: bytes) -> int:
    """The hash ``qtranslator.cpp`` files a message under: ELF's, over the
    source text and the comment in UTF-8 (never 0)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _record(block: bytes, at: int) -> tuple[tuple[str, str, str, tuple[str, ...]], int]:
    """The message starting at ``at``, and where the next one starts."""
    forms: list[str] = []
    context = source = comment = ""
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            break
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
    return (context, source, comment, tuple(forms)), at


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
