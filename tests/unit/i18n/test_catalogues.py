"""The catalogues: complete and current for every shipped language.

A language is shipped when it is listed in ``i18n.SHIPPED`` (the Language
menu offers it and the system's locale picks it). Until the translators
finish, only the pseudo-translation is checked here, which is complete by
construction: the checks themselves stay tested, and main stays green while
German and Spanish are half done. To ship one, finish its ``.ts`` (README,
"Translating"), run ``python tools/update_translations.py``, and add its code
to ``SHIPPED``: this test then holds it complete.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import pytest

from backmassage_gui import i18n
from backmassage_gui.domain.routine import Routine

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

import routine_texts  # noqa: E402
import update_translations as ut  # noqa: E402

CHECKED = [i18n.PSEUDO, *i18n.SHIPPED]


def _files(code: str, pseudo_catalogue: Path) -> tuple[Path, Path]:
    if code == i18n.PSEUDO:
        return ut.ts_path(code, pseudo_catalogue.parent), pseudo_catalogue
    return ut.ts_path(code), ut.qm_path(code)


@pytest.mark.parametrize("code", CHECKED)
def test_a_shipped_language_is_complete_and_compiled(
    code: str, catalogue_template: Path, pseudo_catalogue: Path
) -> None:
    ts, qm = _files(code, pseudo_catalogue)
    assert ut.problems(ts, catalogue_template, qm) == []


@pytest.mark.parametrize("code", CHECKED)
def test_a_shipped_language_keeps_every_built_in_routine_whole(
    code: str, pseudo_catalogue: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A translated name or cue too long for the routine format would fall
    back to English (and say so in the log)."""
    from backmassage_gui.catalogue import load_builtin_library

    _ts, qm = _files(code, pseudo_catalogue)
    i18n.use_catalogue(i18n.Choice(code, qm))
    try:
        with caplog.at_level(logging.WARNING, logger="backmassage_gui.catalogue"):
            library = load_builtin_library()
    finally:
        i18n.use(None)
    assert [r.message for r in caplog.records] == []
    english = {r.key: r for r in _english_library()}
    for routine in library.routines:
        assert routine.name != english[routine.key].name
        assert len(routine.phases) == len(english[routine.key].phases)


def _english_library() -> tuple[Routine, ...]:
    from backmassage_gui.catalogue import load_builtin_library

    return load_builtin_library().routines


def test_the_checks_find_what_keeps_a_language_from_shipping(
    tmp_path: Path, catalogue_template: Path, pseudo_catalogue: Path
) -> None:
    """Not vacuous: a catalogue with an unfinished entry, a lost placeholder,
    a missing text and a stale .qm is refused, each by name."""
    ts = tmp_path / "backmassage_xx.ts"
    shutil.copy(ut.ts_path(i18n.PSEUDO, pseudo_catalogue.parent), ts)
    qm = tmp_path / "backmassage_xx.qm"
    ut.lrelease(ts, qm)
    assert ut.problems(ts, catalogue_template, qm) == []
    text = ts.read_text(encoding="utf-8")
    broken = text.replace("<translation>", '<translation type="unfinished">', 1)
    start = broken.index("<source>Session: {left} left of {total}</source>")
    end = broken.index("</message>", start)
    translation = broken.index("<translation", start)
    lost = broken[translation:end].replace("{left}", "", 1)
    broken = broken[:translation] + lost + broken[end:]
    gone = broken.index("<message>", broken.index("<name>Zones</name>"))
    broken = broken[:gone] + broken[broken.index("</message>", gone) + len("</message>") :]
    ts.write_text(broken, encoding="utf-8")
    found = ut.problems(ts, catalogue_template, qm)
    assert any(line.startswith("unfinished:") for line in found)
    assert any(line.startswith("placeholders") and "{left}" in line for line in found)
    assert any(line.startswith("missing: Zones") for line in found)
    assert any("stale" in line for line in found)


def test_the_built_in_routines_words_are_listed_for_lupdate() -> None:
    """``builtin_texts.py`` is made from the routine files; it may not fall behind."""
    current = (ROOT / "backmassage_gui" / "builtin_texts.py").read_text(encoding="utf-8")
    assert current == routine_texts.render(routine_texts.routine_texts()), (
        "stale: run python tools/routine_texts.py (or tools/update_translations.py)"
    )


def test_every_language_in_the_menu_has_its_catalogue_files() -> None:
    for code in i18n.LANGUAGES:
        if code == i18n.SOURCE_LANGUAGE:
            continue
        assert ut.ts_path(code).exists(), code
        assert ut.qm_path(code).exists(), code
    assert sorted(ut.languages()) == sorted(c for c in i18n.LANGUAGES if c != "en")


def test_lrelease_makes_the_same_catalogue_twice(tmp_path: Path) -> None:
    """The stale check compares bytes: lrelease must be deterministic."""
    ut.lrelease(ut.ts_path("de"), tmp_path / "a.qm")
    ut.lrelease(ut.ts_path("de"), tmp_path / "b.qm")
    assert (tmp_path / "a.qm").read_bytes() == (tmp_path / "b.qm").read_bytes()
