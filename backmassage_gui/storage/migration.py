"""Moves the files that earlier versions wrote to the wrong folder.

Versions up to 0.1.0 worked out the data folder before the application had
its name, so routines and editor drafts could land in the generic
``~/.local/share/routines`` and ``~/.local/share/drafts`` instead of the app's
own folder. On start, files of this app's formats found there are moved into
the right folder. The rules keep the user's work safe:

* Only files that say they are ours (``"format": "backmassage-routine"`` or
  ``"backmassage-draft"``) are moved; anything else there is left alone.
* Nothing is overwritten: a name already taken by a different file gets a new
  one (``calm.json`` becomes ``calm-moved.json``), so both are kept.
* Each file is hard-linked into place before the old name is removed, so a
  kill at any moment leaves every file under at least one of its names; the
  next start sees the same content in both places and drops the old name.
* An old folder is removed only once empty.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..domain.file_errors import describe_os_error
from ..domain.routine import FORMAT_NAME
from .leftovers import remove_leftovers
from .paths import (
    DRAFTS_FOLDER,
    ROUTINES_FOLDER,
    DataFolder,
    Storage,
    StorageError,
    ensure_dir,
    legacy_data_home,
)
from .routine_store import DRAFT_FORMAT, MAX_DRAFT_BYTES, TRASH_FOLDER

log = logging.getLogger(__name__)

RENAMED_SUFFIX = "-moved"
_MAX_NAME_TRIES = 1000


@dataclass(frozen=True)
class MovedFile:
    source: Path
    target: Path

    @property
    def renamed(self) -> bool:
        return self.source.name != self.target.name


@dataclass(frozen=True)
class MigrationReport:
    """What was moved from the old folders, and what could not be."""

    folder: Path
    """The app's data folder the files were moved into."""
    moved: tuple[MovedFile, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        """One plain paragraph for the user, or "" when there was nothing to move."""
        if not self.moved and not self.problems:
            return ""
        parts: list[str] = []
        if self.moved:
            sources = sorted({str(m.source.parent) for m in self.moved})
            parts.append(
                Storage.tr(
                    "Moved %n file(s) of yours from {sources} into the app's own folder {folder}.",
                    "",
                    len(self.moved),
                ).format(sources=", ".join(sources), folder=self.folder)
            )
            renamed = [m for m in self.moved if m.renamed]
            if renamed:
                names = ", ".join(f"{m.source.name} → {m.target.name}" for m in renamed)
                parts.append(
                    Storage.tr(
                        "A different file had the same name, so both are kept: {names}."
                    ).format(names=names)
                )
        if self.problems:
            parts.append(
                Storage.tr("Not moved: {problems}").format(problems=" ".join(self.problems))
            )
        return " ".join(parts)


def old_folders(
    data: DataFolder, environ: Mapping[str, str] | None = None
) -> list[tuple[Path, Path, str]]:
    """(old folder, new folder, format) for each place earlier versions wrote
    to. None when ``BACKMASSAGE_DATA_DIR`` chooses the folder: those versions
    honoured it, so nothing went astray."""
    generic = legacy_data_home(data.path, environ)
    if generic is None:
        return []
    return [
        (generic / ROUTINES_FOLDER, data.routines, FORMAT_NAME),
        (generic / ROUTINES_FOLDER / TRASH_FOLDER, data.routines / TRASH_FOLDER, FORMAT_NAME),
        (generic / DRAFTS_FOLDER, data.drafts, DRAFT_FORMAT),
    ]


def migrate_old_files(
    data: DataFolder,
    environ: Mapping[str, str] | None = None,
    *,
    after_link: Callable[[], None] = lambda: None,
) -> MigrationReport:
    """Move this app's files from the old folders into ``data``. Never raises.

    ``after_link`` runs after a file has its new name and before it loses
    the old one (tests kill the process there)."""
    if not data.usable:
        return MigrationReport(data.path)
    moved: list[MovedFile] = []
    problems: list[str] = []
    folders = old_folders(data, environ)
    for old, new, format_name in folders:
        if not old.is_dir() or old.is_symlink():
            continue
        remove_leftovers(old, ("*.json",))
        for source in _ours(old, format_name):
            try:
                target = _move(source, new, after_link)
            except StorageError as exc:
                problems.append(str(exc))
                continue
            if target is not None:
                moved.append(MovedFile(source, target))
    for old, _new, _format in reversed(folders):  # the trash before the folder holding it
        with contextlib.suppress(OSError):
            old.rmdir()  # only if empty
    if moved:
        log.info("moved %d files from the old data folders", len(moved))
    return MigrationReport(data.path, tuple(moved), tuple(problems))


def _ours(folder: Path, format_name: str) -> list[Path]:
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    return [
        path
        for path in entries
        if path.suffix == ".json"
        and not path.name.startswith(".")
        and path.is_file()
        and not path.is_symlink()
        and _has_format(path, format_name)
    ]


def _has_format(path: Path, format_name: str) -> bool:
    """Whether the file says it is one of ours, even if it is otherwise broken."""
    try:
        if path.stat().st_size > MAX_DRAFT_BYTES:
            return False
        record = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return False
    return isinstance(record, dict) and record.get("format") == format_name


def _move(source: Path, folder: Path, after_link: Callable[[], None]) -> Path | None:
    """Give ``source`` a name in ``folder`` that no other file has, then drop
    the old name. The new name, or None if it vanished meanwhile."""
    try:
        content = source.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StorageError(
            Storage.tr("{source} could not be read: {reason}.").format(
                source=source, reason=describe_os_error(exc)
            )
        ) from exc
    ensure_dir(folder)
    for name in _candidate_names(source):
        target = folder / name
        if target.exists():
            if _same_content(target, content):
                # Linked by a move that was stopped before the old name went.
                _drop_old_name(source)
                return target
            continue
        try:
            _link_or_copy(source, target, content)
        except FileExistsError:
            continue
        after_link()
        _drop_old_name(source)
        return target
    raise StorageError(
        Storage.tr("{source} was left where it is: no free name for it in {folder}.").format(
            source=source, folder=folder
        )
    )


def _candidate_names(source: Path) -> list[str]:
    stem = source.stem
    return [source.name, f"{stem}{RENAMED_SUFFIX}.json"] + [
        f"{stem}{RENAMED_SUFFIX}-{n}.json" for n in range(2, _MAX_NAME_TRIES)
    ]


def _same_content(path: Path, content: bytes) -> bool:
    try:
        return path.read_bytes() == content
    except OSError:
        return False


def _link_or_copy(source: Path, target: Path, content: bytes) -> None:
    """A new name for ``source`` that never replaces a file. A hard link where
    the file system has them; else a copy into a freshly created file."""
    try:
        os.link(source, target)
        return
    except FileExistsError:
        raise
    except OSError:
        pass  # no hard links here (or another drive): copy instead
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        raise
    except OSError as exc:
        raise StorageError(
            Storage.tr("{source} could not be moved to {target}: {reason}.").format(
                source=source, target=target, reason=describe_os_error(exc)
            )
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise StorageError(
            Storage.tr("{source} could not be copied to {target}: {reason}.").format(
                source=source, target=target, reason=describe_os_error(exc)
            )
        ) from exc


def _drop_old_name(source: Path) -> None:
    try:
        source.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("moved %s but could not remove the old copy: %s", source, exc)
