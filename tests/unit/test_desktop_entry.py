"""--install-desktop-entry / --uninstall-desktop-entry, with a fake home."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from backmassage_gui import desktop_entry as de
from backmassage_gui.cli import main
from backmassage_gui.storage.paths import StorageError

ROOT = Path(__file__).resolve().parents[2]
VALIDATOR = shutil.which("desktop-file-validate")


def fake_command(folder: Path) -> Path:
    """An installed ``backmassage-coach`` as pip makes it: a Python script."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / de.COMMAND
    script.write_text(
        f"#!{sys.executable}\nimport sys\nfrom backmassage_gui.cli import main\nsys.exit(main())\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def run_command(
    script: Path, *args: str, home: Path, xdg: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "XDG_DATA_HOME"}
    env.update(HOME=str(home), PYTHONPATH=str(ROOT))
    if xdg is not None:
        env["XDG_DATA_HOME"] = xdg
    return subprocess.run(
        [str(script), *args], cwd=home, env=env, capture_output=True, text=True, timeout=60
    )


def entry_keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


def test_install_writes_the_entry_and_icons_pointing_at_the_command(tmp_path: Path) -> None:
    home = tmp_path / "share"
    command = tmp_path / "venv" / "bin" / de.COMMAND
    outcome = de.install(home, command)
    desktop = home / "applications" / f"{de.APP_ID}.desktop"
    assert outcome.changed[0] == desktop and not outcome.unchanged
    keys = entry_keys(desktop)
    assert keys["Exec"] == str(command) and keys["TryExec"] == str(command)
    assert keys["Icon"] == de.APP_ID
    svg = home / "icons" / "hicolor" / "scalable" / "apps" / f"{de.APP_ID}.svg"
    assert svg.read_bytes().startswith(b"<?xml") and svg in outcome.changed
    for size in de.ICON_SIZES:
        png = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{de.APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(outcome.changed) == 2 + len(de.ICON_SIZES)


def test_install_twice_changes_nothing_and_says_so(tmp_path: Path) -> None:
    home = tmp_path / "share"
    command = tmp_path / "bin" / de.COMMAND
    de.install(home, command)
    stamps = {p: p.stat().st_mtime_ns for p in de.entry_paths(home)}
    again = de.install(home, command)
    assert again.changed == () and set(again.unchanged) == set(stamps)
    assert {p: p.stat().st_mtime_ns for p in de.entry_paths(home)} == stamps
    assert de.install_report(again, command).startswith("already installed, nothing changed")


def test_install_after_the_command_moved_rewrites_only_the_entry(tmp_path: Path) -> None:
    home = tmp_path / "share"
    de.install(home, tmp_path / "old" / de.COMMAND)
    outcome = de.install(home, tmp_path / "new" / de.COMMAND)
    assert outcome.changed == (home / "applications" / f"{de.APP_ID}.desktop",)
    assert entry_keys(outcome.changed[0])["Exec"] == str(tmp_path / "new" / de.COMMAND)


def test_uninstall_removes_only_its_own_files(tmp_path: Path) -> None:
    home = tmp_path / "share"
    de.install(home, tmp_path / de.COMMAND)
    neighbour = home / "applications" / "other.desktop"
    neighbour.write_text("[Desktop Entry]\n", encoding="utf-8")
    outcome = de.uninstall(home)
    assert set(outcome.changed) == set(de.entry_paths(home))
    assert not any(p.exists() for p in de.entry_paths(home))
    assert neighbour.exists()
    twice = de.uninstall(home)
    assert twice.changed == ()
    assert de.uninstall_report(twice, home).startswith("nothing to remove")


def test_an_unwritable_folder_is_a_storage_error_naming_it(tmp_path: Path) -> None:
    home = tmp_path / "share"
    home.mkdir()
    (home / "applications").write_text("a file where a folder should be", encoding="utf-8")
    with pytest.raises(StorageError, match="applications"):
        de.install(home, tmp_path / de.COMMAND)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/opt/bmc/backmassage-coach", "/opt/bmc/backmassage-coach"),
        ("/home/a b/bin/backmassage-coach", '"/home/a b/bin/backmassage-coach"'),
        ("/home/it's/x", '"/home/it\'s/x"'),
        ("/srv/$HOME/x", '"/srv/\\\\$HOME/x"'),
        ("/srv/a\\b/x", '"/srv/a\\\\\\\\b/x"'),
        ("/srv/100%/x", "/srv/100%%/x"),
    ],
)
def test_exec_argument_quotes_as_the_spec_asks(path: str, expected: str) -> None:
    assert de.exec_argument(path) == expected


def test_a_command_path_with_a_line_break_is_refused() -> None:
    with pytest.raises(de.DesktopEntryError, match="line break"):
        de.exec_argument("/tmp/a\nb")


@pytest.mark.skipif(VALIDATOR is None, reason="desktop-file-validate is not installed")
def test_an_entry_for_an_awkward_path_is_still_valid(tmp_path: Path) -> None:
    home = tmp_path / "share"
    de.install(home, Path("/home/Jo's files/100% $real/venv\\bin") / de.COMMAND)
    result = subprocess.run(
        [str(VALIDATOR), str(home / "applications" / f"{de.APP_ID}.desktop")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_installed_command_prefers_the_bundle_then_the_command_run(tmp_path: Path) -> None:
    venv_bin = tmp_path / "venv" / "bin"
    script = fake_command(venv_bin)
    python = venv_bin / "python"
    assert de.installed_command("x", str(python), frozen=True) == python
    assert (
        de.installed_command(str(script), "/usr/bin/python3", frozen=False, which=lambda _: None)
        == script
    )
    # python -m backmassage_gui from the venv: the script beside the interpreter.
    assert (
        de.installed_command("/src/main.py", str(python), frozen=False, which=lambda _: None)
        == script
    )
    elsewhere = fake_command(tmp_path / "path-bin")
    assert (
        de.installed_command(
            "/src/main.py", "/usr/bin/python3", frozen=False, which=lambda _: str(elsewhere)
        )
        == elsewhere
    )


def test_no_installed_command_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(de.DesktopEntryError, match="Install the app first"):
        de.installed_command(
            str(tmp_path / "main.py"), str(tmp_path / "python"), frozen=False, which=lambda _: None
        )


def test_data_home_follows_xdg_and_refuses_other_systems(tmp_path: Path) -> None:
    assert de.data_home({}, "linux", tmp_path) == tmp_path / ".local" / "share"
    assert de.data_home({"XDG_DATA_HOME": "/x/data"}, "linux", tmp_path) == Path("/x/data")
    assert de.data_home({"XDG_DATA_HOME": "rel"}, "linux", tmp_path) == (
        tmp_path / ".local" / "share"
    )
    for platform in ("darwin", "win32"):
        with pytest.raises(de.DesktopEntryError, match="standalone bundle"):
            de.data_home({}, platform, tmp_path)


def test_the_installed_command_installs_into_the_fake_home_and_back(tmp_path: Path) -> None:
    """The whole path, as a user runs it: an installed script, HOME, no XDG_DATA_HOME."""
    script = fake_command(tmp_path / "venv" / "bin")
    home = tmp_path / "home"
    home.mkdir()
    first = run_command(script, "--install-desktop-entry", home=home)
    assert first.returncode == 0, first.stderr
    desktop = home / ".local" / "share" / "applications" / f"{de.APP_ID}.desktop"
    assert f"wrote {desktop}" in first.stdout
    assert f"it starts {script}" in first.stdout
    assert entry_keys(desktop)["Exec"] == str(script)
    second = run_command(script, "--install-desktop-entry", home=home)
    assert second.returncode == 0 and "already installed, nothing changed" in second.stdout
    gone = run_command(script, "--uninstall-desktop-entry", home=home)
    assert gone.returncode == 0 and f"removed {desktop}" in gone.stdout
    assert not desktop.exists()
    again = run_command(script, "--uninstall-desktop-entry", home=home)
    assert again.returncode == 0 and "nothing to remove" in again.stdout


def test_xdg_data_home_is_honoured_and_a_bad_one_is_exit_1(tmp_path: Path) -> None:
    script = fake_command(tmp_path / "bin")
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "xdg"
    done = run_command(script, "--install-desktop-entry", home=home, xdg=str(data))
    assert done.returncode == 0, done.stderr
    assert (data / "applications" / f"{de.APP_ID}.desktop").exists()
    assert not (home / ".local").exists()
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    bad = run_command(script, "--install-desktop-entry", home=home, xdg=str(blocked))
    assert bad.returncode == 1
    assert bad.stderr.startswith("backmassage-coach: error: ") and str(blocked) in bad.stderr
    assert "Traceback" not in bad.stderr


def test_install_and_uninstall_cannot_be_asked_together(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--install-desktop-entry", "--uninstall-desktop-entry"])
    assert caught.value.code == 2
    assert "not allowed with" in capsys.readouterr().err


QT_FREE_PROBE = """
import contextlib, io, sys
from backmassage_gui.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(sys.argv[1:])
qt = sorted(name for name in sys.modules if name.split(".")[0] in ("PySide6", "shiboken6"))
print(code, ",".join(qt))
"""


@pytest.mark.parametrize("option", ["--install-desktop-entry", "--uninstall-desktop-entry"])
def test_the_entry_options_import_no_qt(option: str, tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"))
    result = subprocess.run(
        [sys.executable, "-c", QT_FREE_PROBE, option],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    code, modules = result.stdout.split(" ", 1)
    assert code in ("0", "1")
    assert modules.strip() == ""
