"""New files under random names: what ``tempfile.mkstemp`` did for the
store, without loading ``tempfile`` on the command line."""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from backmassage_gui.storage import atomic_file, exclusive_file
from backmassage_gui.storage.exclusive_file import create_exclusive
from backmassage_gui.storage.leftovers import is_leftover


def test_a_new_file_is_created_empty_and_private(tmp_path: Path) -> None:
    fd, path = create_exclusive(tmp_path, ".new-", ".tmp")
    try:
        os.write(fd, b"written")
    finally:
        os.close(fd)
    assert path.parent == tmp_path
    assert re.fullmatch(r"\.new-[0-9a-f]{8}\.tmp", path.name)
    assert path.read_bytes() == b"written"
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_each_call_gets_a_name_of_its_own(tmp_path: Path) -> None:
    names = set()
    for _ in range(50):
        fd, path = create_exclusive(tmp_path, ".write-test-")
        os.close(fd)
        names.add(path.name)
    assert len(names) == 50


def _urandom_returning(*values: bytes) -> Iterator[bytes]:
    yield from values
    raise AssertionError("asked for more names than expected")


def test_a_name_already_taken_is_never_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = tmp_path / ".new-00000000.tmp"
    taken.write_bytes(b"someone else's")
    names = _urandom_returning(b"\0\0\0\0", b"\0\0\0\1")
    monkeypatch.setattr(exclusive_file.os, "urandom", lambda _n: next(names))
    fd, path = create_exclusive(tmp_path, ".new-", ".tmp")
    os.close(fd)
    assert path.name == ".new-00000001.tmp"
    assert taken.read_bytes() == b"someone else's"


def test_it_gives_up_when_every_name_is_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".new-00000000.tmp").write_bytes(b"")
    monkeypatch.setattr(exclusive_file.os, "urandom", lambda n: b"\0" * n)
    with pytest.raises(FileExistsError):
        create_exclusive(tmp_path, ".new-", ".tmp")
    assert [p.name for p in tmp_path.iterdir()] == [".new-00000000.tmp"]


def test_no_folder_is_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        create_exclusive(tmp_path / "gone", ".new-", ".tmp")


def test_the_atomic_writes_temporary_names_are_ones_the_sweep_removes(tmp_path: Path) -> None:
    temp = atomic_file.new_temp_file(tmp_path, b"{}", what="test")
    assert is_leftover(temp.name, ("*.json",))
    assert temp.read_bytes() == b"{}"
