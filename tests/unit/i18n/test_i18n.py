"""The Qt-free translation layer: contexts, plurals, numbers, which language."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from backmassage_gui import i18n

ROOT = Path(__file__).resolve().parents[3]


class Sample(i18n.Context):
    """A context for these tests."""


@pytest.fixture
def looked_up() -> Iterator[list[tuple[str, str, str | None, int]]]:
    asked: list[tuple[str, str, str | None, int]] = []

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str | None:
        asked.append((context, text, disambiguation, n))
        if text == "%n thing(s)":
            return ("%n Ding" if n == 1 else "%n Dinge").replace("%n", str(n))
        return None

    i18n.use(lookup, "de")
    yield asked
    i18n.use(None)


def test_context_asks_under_its_own_name(looked_up: list[tuple[str, str, str | None, int]]) -> None:
    assert Sample.tr("Hello", "greeting") == "Hello"  # none found: the source
    assert looked_up == [("Sample", "Hello", "greeting", -1)]
    assert Sample.tr("%n thing(s)", "", 1) == "1 Ding"
    assert Sample.tr("%n thing(s)", "", 3) == "3 Dinge"


def test_english_plurals_come_from_the_source() -> None:
    """English has no catalogue: ``%n minute(s)`` is its own plural form."""
    assert Sample.tr("%n minute(s)", "", 2) == "2 minutes"
    assert Sample.tr("%n minute(s)", "", 1) == "1 minute"
    assert Sample.tr("%n minute(s)", "", 0) == "0 minutes"
    assert Sample.tr("%n press(es) (twice)", "", 1) == "1 press (twice)"
    assert Sample.tr("%n press(es) (twice)", "", 3) == "3 presses (twice)"
    assert i18n.QT_TRANSLATE_NOOP("Sample", "Left as is") == "Left as is"


def test_an_untranslated_plural_from_qt_still_reads_as_english() -> None:
    """Qt answers a text it has no translation for with the text itself."""
    i18n.use(lambda c, t, d, n: i18n.fill_count(t, n), "de")
    try:
        assert Sample.tr("%n minute(s)", "", 1) == "1 minute"
    finally:
        i18n.use(None)


def test_numbers_follow_the_language(looked_up: object) -> None:
    assert i18n.number(2.5) == "2,5"
    assert i18n.number(3.0) == "3"
    assert i18n.number(0.25, 1) == "0,2"
    i18n.use(None, "en")
    assert i18n.number(2.5) == "2.5"


def test_lists_are_joined() -> None:
    assert i18n.join_words([]) == ""
    assert i18n.join_words(["a"]) == "a"
    assert i18n.join_words(["a", "b"]) == "a and b"
    assert i18n.join_words(["a", "b", "c"]) == "a, b and c"


@pytest.mark.parametrize(
    "wanted, offered, chosen",
    [
        (["de_DE"], ["de", "es"], "de"),
        (["de-Latn-AT", "de"], ["de"], "de"),
        (["fr_FR", "es_ES"], ["de", "es"], "es"),
        (["en_GB", "de_DE"], ["de"], "en"),  # English first: the source, not German
        (["fr_FR"], ["de"], "en"),
        ([], ["de"], "en"),
        (["pt_BR"], ["pt_BR", "pt"], "pt_BR"),
        (["C"], ["de"], "en"),
    ],
)
def test_choose_language(wanted: list[str], offered: list[str], chosen: str) -> None:
    assert i18n.choose_language(wanted, offered) == chosen


ENVIRONMENTS = [
    {"LANG": "de_DE.UTF-8"},
    {"LANG": "C"},
    {"LANG": "es_ES.UTF-8", "LC_ALL": "de_DE.UTF-8"},
    {"LANG": "de_DE.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"},
    {"LANG": "de_DE.UTF-8", "LANGUAGE": "fr:es"},
    {"LANG": "C", "LANGUAGE": "de_AT:en"},
    {"LANG": "pt_BR.UTF-8@euro"},
    {"LC_ALL": "POSIX", "LANGUAGE": "es"},
    {"LANG": "fr_FR.UTF-8", "LANGUAGE": ""},
    {},
]
QT_PROBE = "from PySide6.QtCore import QLocale; print(repr(QLocale.system().uiLanguages()))"


def test_the_command_line_reads_the_locale_as_qt_does() -> None:
    """The command line (without Qt) and the window (with it) pick the same
    language from the same environment."""
    offered = ["de", "es", "pt_BR"]
    for env in ENVIRONMENTS:
        clean = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
        done = subprocess.run(
            [sys.executable, "-c", QT_PROBE],
            env={**clean, **env},
            capture_output=True,
            text=True,
            check=True,
        )
        qt_wanted = ast.literal_eval(done.stdout)
        ours = i18n.choose_language(i18n.system_languages(env), offered)
        assert ours == i18n.choose_language(qt_wanted, offered), (env, qt_wanted)


def test_resolve_by_code_path_and_system(tmp_path: Path) -> None:
    assert i18n.resolve("", ["de_DE"]).code == ("de" if "de" in i18n.SHIPPED else "en")
    german = i18n.resolve("de", [])
    assert german.code == "de" and german.catalogue is not None
    assert i18n.resolve("de-AT", []).code == "de"
    assert i18n.resolve("en_GB", ["de"]).code == "en"
    unknown = i18n.resolve("xx", [])
    assert unknown.code == "en" and "xx" in unknown.problem
    missing = i18n.resolve(str(tmp_path / "backmassage_pseudo.qm"), [])
    assert missing.code == "en" and missing.problem
    made = tmp_path / "backmassage_pseudo.qm"
    made.write_bytes(b"")
    assert i18n.resolve(str(made), []).code == "pseudo"


def test_language_and_choice_are_the_tuples_mypy_reads() -> None:
    """Python builds them with collections.namedtuple (typing stays off the
    command line); their fields and defaults are the typed declarations'."""
    assert i18n.Language._fields == ("code", "name", "decimal_point")
    assert i18n.Language("xx", "Xx") == ("xx", "Xx", ".")
    assert i18n.Choice._fields == ("code", "catalogue", "problem")
    assert i18n.Choice("en") == ("en", None, "")
    assert i18n.Choice("de", problem="why").problem == "why"


def test_every_language_has_a_catalogue() -> None:
    for code in i18n.LANGUAGES:
        if code != i18n.SOURCE_LANGUAGE:
            assert i18n.catalogue_file(code) is not None, code
    assert set(i18n.SHIPPED) <= set(i18n.LANGUAGES)


def test_decimal_points_agree_with_qlocale() -> None:
    probe = (
        "import json; from PySide6.QtCore import QLocale; "
        f"print(json.dumps({{c: QLocale(c).decimalPoint() for c in {list(i18n.LANGUAGES)!r}}}))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    qt = json.loads(done.stdout)
    assert qt == {code: lang.decimal_point for code, lang in i18n.LANGUAGES.items()}


def test_the_editor_writes_and_reads_pressure_as_the_language_does() -> None:
    """German writes 2,5: the editor shows it so and takes it back (and 2.5)."""
    from backmassage_gui.domain.pressure import PressureRamp
    from backmassage_gui.domain.routine import Phase, Routine
    from backmassage_gui.domain.routine_draft import PhaseRow, RoutineDraft
    from backmassage_gui.domain.strokes import Stroke
    from backmassage_gui.domain.zones import Zone

    phase = Phase("Glide", Zone.FULL_BACK, Stroke.GLIDING, 60, PressureRamp(1.5, 2.5))
    i18n.use(None, "de")
    try:
        row = PhaseRow.from_phase(phase)
        assert (row.start, row.end) == ("1,5", "2,5")
        draft = RoutineDraft("Mine", (row, row.with_value("end", "3.5")))
        assert draft.cell_problems() == {}
        assert draft.to_routine() == Routine(
            "Mine", (phase, Phase("Glide", phase.zone, phase.stroke, 60, PressureRamp(1.5, 3.5)))
        )
    finally:
        i18n.use(None)
