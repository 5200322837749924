"""The command line speaks the window's language, without Qt for the file commands."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from backmassage_gui import i18n
from backmassage_gui.cli import main, requested_language, saved_language

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    """Back to English for the tests that follow (a screenshot installs Qt's translators)."""
    yield
    from PySide6.QtCore import QCoreApplication

    from backmassage_gui.ui import translation

    app = QCoreApplication.instance()
    if app is not None:
        translation.remove(app)
    i18n.use(None)


def test_lang_translates_the_answers_and_the_built_in_routines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--lang", "de", "--list-routines"]) == 0
    out = capsys.readouterr().out
    assert "quick" in out and "Kurz und gut" in out  # the key stays, the name is German
    assert main(["--lang=es", "--list-routines"]) == 0
    assert "Masaje exprés" in capsys.readouterr().out


def test_help_and_usage_errors_follow_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "de", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: backmassage-coach")
    assert "diese Hilfe zeigen und beenden" in out
    with pytest.raises(SystemExit) as caught:
        main(["--lang", "de", "--no-such-option"])
    assert caught.value.code == 2
    assert "backmassage-coach: Fehler: " in capsys.readouterr().err


@pytest.mark.parametrize("asked", ["--lang", "LANG"])
def test_a_wav_file_that_cannot_be_heard_is_said_in_the_language(
    asked: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """--hear on a file that is no usable WAV: one line on stderr, exit 1,
    in German as every other error is, from --lang or from the locale
    (and its numbers written the German way)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8" if asked == "LANG" else "C")
    language = ["--lang", "de"] if asked == "--lang" else []
    text = tmp_path / "notes.wav"
    text.write_text("coach, next\n")
    assert main([*language, "--hear", str(text)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert (
        captured.err
        == f"backmassage-coach: Fehler: {text}: keine WAV-Datei (kein RIFF/WAVE-Dateikopf)\n"
    )
    cut = tmp_path / "cut.wav"
    header = b"RIFF\x00\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x80\x3e\x00\x00"
    header += b"\x00\x7d\x00\x00\x02\x00\x10\x00data\x00\x7d\x00\x00"  # 1 s at 16 kHz
    cut.write_bytes(header + bytes(8000))
    assert main([*language, "--hear", str(cut)]) == 1
    assert capsys.readouterr().err.endswith(
        "die Datei ist unvollständig: laut Dateikopf 1,00 s Audio, enthalten sind 0,25 s\n"
    )


def test_an_unknown_language_says_so_and_answers_in_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--lang", "xx", "--list-routines"]) == 0
    captured = capsys.readouterr()
    assert "Quick reset" in captured.out
    assert "'xx'" in captured.err and "English" in captured.err


def test_the_language_chosen_in_the_menu_is_followed(tmp_path: Path) -> None:
    """View › Language saves ``language=de`` in the settings file; the
    command line reads it there without Qt, and ``--lang`` goes before it."""
    assert saved_language(tmp_path) == ""
    (tmp_path / "settings.ini").write_text(
        "[General]\nroutine=quick\nlanguage=de\n\n[geometry]\nmain=@ByteArray(x)\n",
        encoding="utf-8",
    )
    assert saved_language(tmp_path) == "de"
    assert requested_language(["--list-routines"], tmp_path) == "de"
    assert requested_language(["--lang", "es"], tmp_path) == "es"
    (tmp_path / "settings.ini").write_text("[geometry]\nlanguage=fr\n", encoding="utf-8")
    assert saved_language(tmp_path) == ""


QT_FREE_PROBE = """
import contextlib, io, sys
from backmassage_gui.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    try:
        code = main(sys.argv[1:])
    except SystemExit as exit:
        code = exit.code
qt = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
catalogue = "backmassage_gui.qm_catalogue" in sys.modules
qt += [name for name in ("logging", "backmassage_gui.commands") if name in sys.modules]
print(code, catalogue, ",".join(qt), out.getvalue().splitlines()[-1] if out.getvalue() else "")
"""


@pytest.mark.parametrize(
    "args, reads_catalogue",
    [
        (["--lang", "de", "--list-routines"], True),
        (["--lang", "de", "--validate", "tests/data/routines/good/minimal.json"], True),
        (["--lang", "de", "--version"], False),
    ],
)
def test_file_commands_read_the_catalogue_without_qt_or_more_than_they_need(
    args: list[str], reads_catalogue: bool, tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", QT_FREE_PROBE, *args],
        cwd=ROOT,
        env={**os.environ, "BACKMASSAGE_DATA_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    code, catalogue, qt, *_ = done.stdout.split(" ", 3)
    assert code in ("0", "None")
    assert qt == ""
    assert catalogue == str(reads_catalogue)


def test_reading_the_catalogue_costs_little() -> None:
    """What the file commands pay for their language: reading the .qm."""
    from backmassage_gui.qm_catalogue import QmCatalogue

    data = (ROOT / "assets" / "i18n" / "backmassage_de.qm").read_bytes()
    start = time.perf_counter()
    for _ in range(20):
        QmCatalogue.parse(data)
    assert (time.perf_counter() - start) / 20 < 0.02


def test_the_screenshot_is_taken_in_the_language_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "de.png"
    assert main(["--lang", "de", "--screenshot", str(out), "--routine", "quick"]) == 0
    assert out.exists()
    assert "Ganzer Rücken" in capsys.readouterr().out  # the summary, read by a screen reader
