"""The command line's Qt-free catalogue reader answers as QTranslator does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from backmassage_gui.qm_catalogue import QmCatalogue, QmError, plural_form

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

from update_translations import tool  # noqa: E402

FORMS = 6
"""More plural forms than any language has, each naming its own number."""


def _compile(tmp_path: Path, language: str, body: str) -> Path:
    ts = tmp_path / f"t_{language}.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">\n<context>\n<name>C</name>\n'
        f"{body}</context>\n</TS>\n",
        encoding="utf-8",
    )
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def _plural_catalogue(tmp_path: Path, language: str) -> Path:
    forms = "".join(f"<numerusform>{i}:%n</numerusform>" for i in range(FORMS))
    return _compile(
        tmp_path,
        language,
        '<message numerus="yes"><source>%n thing(s)</source>'
        f"<translation>{forms}</translation></message>\n",
    )


@pytest.mark.parametrize(
    "language", ["de", "es", "fr", "ru", "pl", "cs", "ar", "ja", "lt", "lv", "ga", "sl", "ro", "cy"]
)
def test_plural_forms_match_qt(tmp_path: Path, language: str) -> None:
    qm = _plural_catalogue(tmp_path, language)
    ours = QmCatalogue.load(qm)
    theirs = QTranslator()
    assert theirs.load(str(qm))
    assert ours.language == language
    numbers = [*range(0, 230), *range(990, 1030), 1001, 10_000, 100_001, 1_000_000]
    for n in numbers:
        expected = (theirs.translate("C", "%n thing(s)", None, n) or "").replace("%n", str(n))
        assert ours.translate("C", "%n thing(s)", None, n) == expected, (language, n)


def test_messages_disambiguation_and_missing(tmp_path: Path) -> None:
    qm = _compile(
        tmp_path,
        "de",
        "<message><source>Hello</source><translation>Hallo</translation></message>\n"
        "<message><source>Hello</source><comment>greeting</comment>"
        "<translation>Servus</translation></message>\n"
        "<message><source>Ünïcode ✓</source><translation>Ümlaut ✓ 𝄞</translation></message>\n"
        "<message><source>Empty</source><translation type='unfinished'></translation></message>\n",
    )
    ours = QmCatalogue.load(qm)
    theirs = QTranslator()
    assert theirs.load(str(qm))
    for source, comment in [
        ("Hello", None),
        ("Hello", "greeting"),
        ("Hello", "other"),
        ("Ünïcode ✓", None),
        ("Empty", None),
        ("Absent", None),
    ]:
        expected = theirs.translate("C", source, comment) or None
        assert ours.translate("C", source, comment) == expected, source
    assert ours.translate("Other", "Hello") is None


def test_plural_form_without_rules_is_the_first() -> None:
    assert plural_form(5, b"") == 0
    assert plural_form(-1, bytes([0x01, 0x01])) == 0


@pytest.mark.parametrize(
    "data", [b"", b"not a catalogue at all", bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd69ff")]
)
def test_damaged_files_are_refused(data: bytes) -> None:
    with pytest.raises(QmError):
        QmCatalogue.parse(data)


def test_every_message_of_a_whole_catalogue_is_found_through_its_hash_table(
    pseudo_catalogue: Path,
) -> None:
    """The pseudo-translation holds every marked text: each is looked up by
    hash as QTranslator looks it up, plural forms and all."""
    ours = QmCatalogue.load(pseudo_catalogue)
    theirs = QTranslator()
    assert theirs.load(str(pseudo_catalogue))
    everything = ours.messages()
    assert len(everything) > 500
    for (context, source, comment), forms in everything.items():
        for n in (1, 5) if len(forms) > 1 else (-1,):
            expected = theirs.translate(context, source, comment or None, n) or ""
            if n >= 0:
                expected = expected.replace("%n", str(n))
            assert ours.translate(context, source, comment or None, n) == expected, source
