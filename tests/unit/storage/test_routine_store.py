"""The routine store: real files in a temporary data folder, no display."""

from __future__ import annotations

import errno
import json
import math
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from backmassage_gui.domain.routine import MAX_FILE_BYTES, Routine, RoutineError, load_routine_file
from backmassage_gui.storage import (
    DATA_DIR_ENV,
    BrokenRoutineFile,
    Draft,
    RoutineStore,
    StorageError,
    atomic_file,
    data_dir,
    drafts_dir,
    routines_dir,
    slugify,
)

BUILTIN_KEYS = ("relaxation", "tension-relief", "quick")


def routine_dict(name: str = "Evening unwind", **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "backmassage-routine",
        "version": 1,
        "name": name,
        "phases": [
            {
                "name": "Warm-up glide",
                "zone": "full_back",
                "stroke": "gliding",
                "duration_s": 60,
                "pressure": {"start": 1, "end": 2},
            },
            {
                "name": "Shoulder circles",
                "zone": "shoulders",
                "stroke": "palm_circles",
                "duration_s": 90.5,
                "pressure": {"start": 2, "end": 3},
                "cue": "Slow circles",
            },
        ],
    }
    data.update(changes)
    return data


def make_routine(name: str = "Evening unwind", key: str = "", **changes: Any) -> Routine:
    return Routine.from_dict(routine_dict(name, **changes), key=key)


def listing(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative name -> bytes)."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


class FakeClock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(data: Path, clock: FakeClock) -> RoutineStore:
    return RoutineStore(routines_dir(), drafts_dir(), clock=clock)


@pytest.fixture
def failing_commit(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Everything is written, then the new file cannot be put in place
    (as when the disk fills up while flushing)."""

    def refuse(_src: object, _dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "replace", refuse)
    yield


@pytest.fixture
def failing_write(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Half the bytes are written, then the disk reports an error."""
    original = atomic_file._write_all

    def write(fd: int, data: bytes) -> None:
        original(fd, bytes(data)[: len(data) // 2])
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic_file, "_write_all", write)
    yield


# Paths ---------------------------------------------------------------------


def test_data_dir_comes_from_the_environment_and_is_created(data: Path) -> None:
    assert not data.exists()
    assert data_dir() == data
    assert data.is_dir()
    assert routines_dir() == data / "routines" and (data / "routines").is_dir()
    assert drafts_dir() == data / "drafts" and (data / "drafts").is_dir()


# Saving and loading ---------------------------------------------------------


def test_save_and_load_round_trip(store: RoutineStore) -> None:
    routine = make_routine(description="For the end of a long day")
    saved = store.save(routine)
    assert saved.key == "evening-unwind"
    assert saved.builtin is False
    assert saved == routine
    path = store.path_for(saved.key)
    assert path == store.folder / "evening-unwind.json"
    assert path.read_text(encoding="utf-8") == routine.to_json()

    routines, broken = store.load_all()
    assert broken == []
    assert routines == [routine]
    assert routines[0].key == "evening-unwind"
    assert routines[0].builtin is False


def test_load_all_of_a_missing_folder_is_empty(tmp_path: Path) -> None:
    store = RoutineStore(tmp_path / "nowhere", tmp_path / "drafts")
    assert store.load_all() == ([], [])
    assert store.drafts() == []
    assert not (tmp_path / "nowhere").exists()


def test_saving_with_a_key_updates_that_file(store: RoutineStore) -> None:
    saved = store.save(make_routine())
    changed = replace(saved, description="Now with a description")
    again = store.save(changed)
    assert again.key == saved.key
    assert [p.name for p in store.folder.glob("*.json")] == ["evening-unwind.json"]
    assert load_routine_file(store.path_for(saved.key)).description == "Now with a description"


def test_new_routines_get_unique_keys_from_their_names(store: RoutineStore) -> None:
    keys = [store.save(make_routine("Evening unwind")).key for _ in range(3)]
    assert keys == ["evening-unwind", "evening-unwind-2", "evening-unwind-3"]
    routines, broken = store.load_all()
    assert broken == []
    assert sorted(r.key for r in routines) == sorted(keys)


def test_new_key_never_clobbers_another_file(store: RoutineStore) -> None:
    other = store.folder / "evening-unwind.json"
    other.write_bytes(b"{ my hand-edited file, half done")
    saved = store.save(make_routine())
    assert saved.key == "evening-unwind-2"
    assert other.read_bytes() == b"{ my hand-edited file, half done"


def test_builtin_keys_are_never_used_for_user_files(store: RoutineStore) -> None:
    builtin = Routine.from_dict(routine_dict("Relaxation"), key="relaxation", builtin=True)
    saved = store.save(builtin, reserved_keys=BUILTIN_KEYS)
    assert saved.key == "relaxation-2"
    assert saved.builtin is False
    assert not (store.folder / "relaxation.json").exists()
    assert store.path_for("relaxation-2").is_file()

    quick = store.save(make_routine("Quick"), reserved_keys=BUILTIN_KEYS)
    assert quick.key == "quick-2"


def test_an_unusable_key_gets_a_new_one(store: RoutineStore) -> None:
    saved = store.save(make_routine(key=".hidden"))
    assert saved.key == "evening-unwind"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Evening unwind", "evening-unwind"),
        ("  Évening   Ünwind!! ", "evening-unwind"),
        ("Neck & shoulders (10 min)", "neck-shoulders-10-min"),
        ("夜のマッサージ", "routine"),
        ("---", "routine"),
        ("CON", "con-routine"),
        ("x" * 200, "x" * 60),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


@pytest.mark.parametrize("key", ["", ".", "..", ".hidden", "a/b", "../escape", "a\\b", "a\x00b"])
def test_path_for_refuses_keys_that_are_not_plain_file_names(store: RoutineStore, key: str) -> None:
    with pytest.raises(ValueError):
        store.path_for(key)


def test_routines_are_sorted_by_name(store: RoutineStore) -> None:
    for name in ("zesty finish", "Arms first", "middle way"):
        store.save(make_routine(name))
    routines, _ = store.load_all()
    assert [r.name for r in routines] == ["Arms first", "middle way", "zesty finish"]


def test_broken_files_are_listed_with_reasons_and_left_untouched(store: RoutineStore) -> None:
    good = store.save(make_routine("Good one"))
    bad_files = {
        "not-json.json": b"{ this is not json",
        "wrong-format.json": json.dumps(routine_dict(format="something-else")).encode(),
        "not-utf8.json": b"\xff\xfe\x00garbage",
        "empty.json": b"",
        "spine.json": json.dumps(
            routine_dict(
                phases=[
                    {
                        "name": "Bad",
                        "zone": "spine",
                        "stroke": "gliding",
                        "duration_s": 60,
                        "pressure": {"start": 1, "end": 2},
                    }
                ]
            )
        ).encode(),
        "too-big.json": b" " * (MAX_FILE_BYTES + 1),
    }
    for name, content in bad_files.items():
        (store.folder / name).write_bytes(content)
    before = listing(store.folder)
    stamps = {p.name: p.stat().st_mtime_ns for p in store.folder.iterdir()}

    routines, broken = store.load_all()

    assert [r.key for r in routines] == [good.key]
    assert all(isinstance(b, BrokenRoutineFile) for b in broken)
    assert sorted(b.path.name for b in broken) == sorted(bad_files)
    for item in broken:
        assert item.problems, item.path
        assert all(isinstance(p, str) and p for p in item.problems)
    reasons = {b.path.name: " ".join(b.problems) for b in broken}
    assert "not valid JSON" in reasons["not-json.json"]
    assert "format" in reasons["wrong-format.json"]
    assert "UTF-8" in reasons["not-utf8.json"]
    assert "empty" in reasons["empty.json"]
    assert "spine" in reasons["spine.json"]
    assert "bytes" in reasons["too-big.json"]
    assert listing(store.folder) == before
    assert {p.name: p.stat().st_mtime_ns for p in store.folder.iterdir()} == stamps


def test_hidden_and_other_files_are_ignored(store: RoutineStore) -> None:
    (store.folder / ".partial.json").write_bytes(b"junk")
    (store.folder / "notes.txt").write_text("hello")
    (store.folder / "trash").mkdir()
    (store.folder / "trash" / "old.json").write_bytes(b"junk")
    assert store.load_all() == ([], [])


# Deleting --------------------------------------------------------------------


def test_delete_moves_the_file_to_the_trash(store: RoutineStore) -> None:
    saved = store.save(make_routine())
    content = store.path_for(saved.key).read_bytes()
    store.delete(saved.key)
    assert not store.path_for(saved.key).exists()
    assert (store.folder / "trash" / "evening-unwind.json").read_bytes() == content
    assert store.load_all() == ([], [])

    again = store.save(make_routine(description="second"))
    assert again.key == "evening-unwind"
    store.delete(again.key)
    trash = sorted(p.name for p in (store.folder / "trash").iterdir())
    assert trash == ["evening-unwind (2).json", "evening-unwind.json"]
    assert (store.folder / "trash" / "evening-unwind.json").read_bytes() == content


def test_delete_of_a_missing_routine_does_nothing(store: RoutineStore) -> None:
    store.delete("never-saved")
    assert not (store.folder / "trash").exists()


def test_delete_can_remove_a_broken_file_without_losing_it(store: RoutineStore) -> None:
    (store.folder / "broken.json").write_bytes(b"{oops")
    store.delete("broken")
    assert (store.folder / "trash" / "broken.json").read_bytes() == b"{oops"


# Import and export ---------------------------------------------------------------


def test_import_checks_and_copies_the_file(store: RoutineStore, tmp_path: Path) -> None:
    source = tmp_path / "downloads" / "from a friend.json"
    source.parent.mkdir()
    source.write_text(json.dumps(routine_dict("Relaxation")), encoding="utf-8")
    original = source.read_bytes()

    first = store.import_file(source, reserved_keys=BUILTIN_KEYS)
    second = store.import_file(source, reserved_keys=BUILTIN_KEYS)

    assert (first.key, second.key) == ("relaxation-2", "relaxation-3")
    assert first.builtin is False
    assert source.read_bytes() == original
    assert load_routine_file(store.path_for(first.key)) == first
    routines, broken = store.load_all()
    assert broken == [] and len(routines) == 2


def test_import_of_a_bad_file_raises_and_writes_nothing(
    store: RoutineStore, tmp_path: Path
) -> None:
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(routine_dict(version=7)), encoding="utf-8")
    before = listing(store.folder)
    with pytest.raises(RoutineError) as info:
        store.import_file(source)
    assert "newer version" in str(info.value)
    assert listing(store.folder) == before
    assert source.read_text(encoding="utf-8") == json.dumps(routine_dict(version=7))

    with pytest.raises(RoutineError, match="no such file"):
        store.import_file(tmp_path / "missing.json")
    assert listing(store.folder) == before


def test_export_writes_a_routine_file_anywhere(store: RoutineStore, tmp_path: Path) -> None:
    routine = make_routine(key="whatever")
    target = tmp_path / "exported.json"
    target.write_text("old content")
    store.export(routine, target)
    assert target.read_text(encoding="utf-8") == routine.to_json()
    assert load_routine_file(target) == routine
    assert listing(tmp_path / "data") == {}


def test_export_to_a_missing_folder_names_the_path(store: RoutineStore, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "exported.json"
    with pytest.raises(StorageError) as info:
        store.export(make_routine(), target)
    assert str(target) in str(info.value)
    assert f"there is no folder {target.parent}" in str(info.value)
    assert not target.parent.exists()


# Atomic writes -------------------------------------------------------------------


@pytest.mark.usefixtures("failing_commit")
def test_failed_commit_leaves_the_old_file(store: RoutineStore) -> None:
    path = store.folder / "evening-unwind.json"
    path.write_text(make_routine().to_json(), encoding="utf-8")
    before = listing(store.folder)
    changed = make_routine(key="evening-unwind", description="never written")
    with pytest.raises(StorageError) as info:
        store.save(changed)
    assert str(path) in str(info.value)
    assert listing(store.folder) == before


@pytest.mark.usefixtures("failing_write")
def test_failed_write_midway_leaves_the_old_file(store: RoutineStore) -> None:
    path = store.folder / "evening-unwind.json"
    path.write_text(make_routine().to_json(), encoding="utf-8")
    before = listing(store.folder)
    with pytest.raises(StorageError, match=r"evening-unwind\.json"):
        store.save(make_routine(key="evening-unwind", description="never written"))
    assert listing(store.folder) == before


@pytest.mark.usefixtures("failing_commit")
def test_failed_save_of_a_new_routine_leaves_no_file(
    store: RoutineStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Where hard links work (the usual path), a failed write leaves nothing...
    import os as os_module

    def broken_fsync(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os_module, "fsync", broken_fsync)
        with pytest.raises(StorageError, match="the drive is full"):
            store.save(make_routine())
    assert listing(store.folder) == {}

    # ...and where they don't, the claim-then-write fallback (whose commit the
    # fixture makes fail) leaves nothing either.
    def no_links(_src: object, _dst: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os_module, "link", no_links)
    with pytest.raises(StorageError):
        store.save(make_routine())
    assert listing(store.folder) == {}
    assert store.load_all() == ([], [])


@pytest.mark.usefixtures("failing_commit")
def test_failed_export_and_draft_leave_old_files(store: RoutineStore, tmp_path: Path) -> None:
    target = tmp_path / "exported.json"
    target.write_text("old export")
    with pytest.raises(StorageError, match=r"exported\.json"):
        store.export(make_routine(), target)
    assert target.read_text() == "old export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "exported.json"]

    draft = store.drafts_folder / "d1.json"
    draft.write_text("old draft")
    with pytest.raises(StorageError, match=r"d1\.json"):
        store.save_draft("d1", {"name": "x"})
    assert listing(store.drafts_folder) == {"d1.json": b"old draft"}


def test_unwritable_folder_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "routines"
    blocker.write_text("a file where the folder should be")
    store = RoutineStore(blocker, tmp_path / "drafts")
    with pytest.raises(StorageError, match="routines"):
        store.save(make_routine())
    assert blocker.read_text() == "a file where the folder should be"


def test_a_routine_too_big_for_a_file_is_refused(store: RoutineStore) -> None:
    routine = make_routine()
    huge = replace(routine, description="x" * (MAX_FILE_BYTES + 1))
    with pytest.raises(StorageError, match="at most"):
        store.save(huge)
    assert listing(store.folder) == {}


# Drafts ----------------------------------------------------------------------------


def test_drafts_round_trip_even_when_invalid(store: RoutineStore, clock: FakeClock) -> None:
    invalid = {
        "routine": {"name": "", "phases": [{"zone": "spine", "duration_s": -3}]},
        "selected": 0,
        "ratio": math.nan,
    }
    store.save_draft("new-1", invalid)
    clock.now += 60
    store.save_draft("evening-unwind", {"routine": routine_dict(), "selected": 1})

    drafts = store.drafts()
    assert [d.draft_id for d in drafts] == ["evening-unwind", "new-1"]
    assert all(isinstance(d, Draft) for d in drafts)
    newest, oldest = drafts
    assert newest.data == {"routine": routine_dict(), "selected": 1}
    assert newest.saved_at == clock.now
    assert newest.path == store.drafts_folder / "evening-unwind.json"
    assert oldest.saved_at == clock.now - 60
    assert oldest.data["routine"] == invalid["routine"]
    assert math.isnan(oldest.data["ratio"])

    store.save_draft("new-1", {"routine": {"name": "better"}})
    assert {d.draft_id: d.data for d in store.drafts()}["new-1"] == {"routine": {"name": "better"}}


def test_unreadable_drafts_are_skipped_and_left_alone(store: RoutineStore) -> None:
    store.save_draft("good", {"a": 1})
    folder = store.drafts_folder
    bad = {
        "garbage.json": os.urandom(64) + b"\xff",
        "list.json": b"[1, 2, 3]",
        "no-data.json": json.dumps({"format": "backmassage-draft", "saved_at": 1.0}).encode(),
        "bad-time.json": json.dumps(
            {"format": "backmassage-draft", "saved_at": "noon", "data": {}}
        ).encode(),
        "not-a-draft.json": json.dumps(routine_dict()).encode(),
    }
    for name, content in bad.items():
        (folder / name).write_bytes(content)
    before = listing(folder)
    assert [d.draft_id for d in store.drafts()] == ["good"]
    assert listing(folder) == before


def test_discard_draft(store: RoutineStore) -> None:
    store.save_draft("d1", {"a": 1})
    store.save_draft("d2", {"b": 2})
    store.discard_draft("d1")
    store.discard_draft("d1")  # already gone: no error
    assert [d.draft_id for d in store.drafts()] == ["d2"]
    assert not (store.drafts_folder / "d1.json").exists()


def test_draft_that_is_not_json_is_refused_without_a_file(store: RoutineStore) -> None:
    with pytest.raises(StorageError, match="draft"):
        store.save_draft("d1", {"when": object()})
    assert listing(store.drafts_folder) == {}
    with pytest.raises(ValueError):
        store.save_draft("../escape", {})


def test_drafts_never_mix_with_routines(store: RoutineStore) -> None:
    store.save_draft("evening-unwind", {"routine": routine_dict()})
    assert store.load_all() == ([], [])


def test_a_kill_mid_save_of_a_new_routine_leaves_no_broken_file(store: RoutineStore) -> None:
    """What a kill can leave behind is at most a hidden temporary file, which
    loading skips; never an empty or half-written routine file."""
    store.folder.mkdir(parents=True, exist_ok=True)
    (store.folder / ".new-abc123.tmp").write_bytes(b'{"format": "backmassage-rou')
    saved = store.save(make_routine())
    routines, broken = store.load_all()
    assert [r.key for r in routines] == [saved.key]
    assert broken == []
    assert not [p for p in store.folder.glob("*.json") if p.stat().st_size == 0]
