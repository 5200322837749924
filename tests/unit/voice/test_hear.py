"""``backmassage-coach --hear FILE.wav [--checkin]`` end to end, on WAV files made
from spoken clips: one line per command, nothing else on stdout; a plain
one-line error and exit 1 for a file that is not a readable WAV."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import voice_clips as vc

from backmassage_gui.cli import main

Speak = Callable[..., vc.Clip]
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def session_wav(tmp_path_factory: pytest.TempPathFactory, speak: Speak) -> tuple[Path, vc.Stream]:
    """A stretch of a session at 44.1 kHz stereo: commands, talk, a check-in answer."""
    clips = [
        speak("coach, next"),
        speak("Press pause on the film while I make some tea."),
        speak("coach, pause"),
        speak("fine"),
        speak("pause."),
        speak("coach, more time", "en+f3", 175),
        speak("stop"),
    ]
    stream = vc.stream(clips, 30, seed=9, lead_s=3.0)
    path = tmp_path_factory.mktemp("hear") / "session.wav"
    vc.sox_wav(stream.pcm, path, rate=44100, channels=2)
    return path, stream


def lines(out: str) -> list[tuple[float, str]]:
    return [(float(t), name) for t, name in (line.split(" ") for line in out.splitlines())]


def test_hear_prints_the_givers_commands(
    session_wav: tuple[Path, vc.Stream], capsys: pytest.CaptureFixture[str]
) -> None:
    path, stream = session_wav
    assert main(["--hear", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    heard = lines(out)
    assert [name for _, name in heard] == ["next", "pause", "more-time"]
    for (at, _), index in zip(heard, (0, 2, 5), strict=True):
        assert abs(at - stream.speech_end_s(index)) < 0.15
    assert all(line == f"{t:.2f} {n}" for line, (t, n) in zip(out.splitlines(), heard, strict=True))


def test_hear_with_checkin_adds_the_answers(
    session_wav: tuple[Path, vc.Stream], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = session_wav
    assert main(["--hear", str(path), "--checkin"]) == 0
    names = [name for _, name in lines(capsys.readouterr().out)]
    assert names == ["next", "pause", "fine", "more-time", "stop"]


@pytest.mark.parametrize(("rate", "bits"), [(22050, 8), (48000, 24), (32000, 32)])
def test_other_rates_and_sample_sizes(
    rate: int, bits: int, tmp_path: Path, speak: Speak, capsys: pytest.CaptureFixture[str]
) -> None:
    stream = vc.stream([speak("coach, back"), speak("coach, resume")], 30, lead_s=3.0)
    path = vc.sox_wav(stream.pcm, tmp_path / "take.wav", rate=rate, bits=bits)
    assert main(["--hear", str(path)]) == 0
    assert [n for _, n in lines(capsys.readouterr().out)] == ["previous", "resume"]


def test_a_quiet_file_prints_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = vc.sox_wav(vc.room_noise(5.0, -55.0), tmp_path / "room.wav")
    assert main(["--hear", str(path), "--checkin"]) == 0
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"coach, next\n", "not a WAV file (no RIFF/WAVE header)"),
        (None, "no such file"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00", "the file ends inside its header"),
    ],
)
def test_a_file_that_is_not_a_readable_wav(
    content: bytes | None, says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "take 1.wav"
    if content is not None:
        path.write_bytes(content)
    assert main(["--hear", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"backmassage-coach: error: {path}: {says}")
    assert err.count("\n") == 1


def test_checkin_needs_hear(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--checkin"]) == 2
    assert "--checkin only applies with --hear" in capsys.readouterr().err


PROBE = """
import sys
from backmassage_gui.cli import main
code = main(sys.argv[1:])
loaded = sorted({n.split(".")[0] for n in sys.modules} & {"PySide6", "shiboken6", "pocketsphinx"})
print("PROBE", code, ",".join(loaded))
"""


def probe(*args: str) -> tuple[list[str], str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    *printed, last = done.stdout.splitlines()
    _, code, loaded = [*last.split(" "), ""][:3]
    return printed, f"{code} {loaded}".strip(), done.stderr


def test_hear_in_its_own_process_loads_no_qt(session_wav: tuple[Path, vc.Stream]) -> None:
    path, _ = session_wav
    printed, result, err = probe("--hear", str(path))
    assert result == "0 pocketsphinx", err
    assert [line.split(" ")[1] for line in printed] == ["next", "pause", "more-time"]
    assert err == ""


def test_other_commands_load_no_recogniser() -> None:
    good = ROOT / "tests" / "data" / "routines" / "good" / "minimal.json"
    printed, result, _ = probe("--validate", str(good))
    assert result == "0", "neither Qt nor pocketsphinx"
    assert printed[0].startswith(f"{good}: valid")


def test_a_missing_speech_model_is_one_plain_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken install (or a bundle built without the model): no traceback."""
    import pocketsphinx

    path = tmp_path / "quiet.wav"
    vc.sox_wav(b"\0\0" * 16_000, path, rate=16_000, channels=1)
    monkeypatch.setattr(pocketsphinx, "get_model_path", lambda part: f"{tmp_path}/none/{part}")
    assert main(["--hear", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "backmassage-coach: error: speech recognition cannot start: "
        f"pocketsphinx's model has no en-us/en-us ({tmp_path}/none/en-us/en-us)\n"
    )
