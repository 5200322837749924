"""The user's routine files, and the editor's crash-recovery drafts.

Each routine is one ``<key>.json`` file in the routines folder, in the public
routine format (``Routine.to_json``). Rules that keep the user's work safe:

* Every write goes through ``write_atomic``: the new content replaces the old
  file only once it is fully written, so a failure leaves the old file as it was.
* A file that cannot be read as a routine is reported, never renamed,
  rewritten or deleted: the user may want to fix it by hand.
* Deleting moves the file to a ``trash`` subfolder instead of erasing it.
* A new routine never takes the name of an existing file.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from pathlib import Path

from ..domain.file_errors import describe_os_error
from ..domain.routine import MAX_FILE_BYTES, Routine, RoutineError, load_routine_file
from .atomic_file import NEW_FILE_MODE, new_temp_file, write_atomic
from .leftovers import remove_leftovers
from .paths import DATA_DIR_ENV, DataFolder, Storage, StorageError, ensure_dir

# typing.TYPE_CHECKING without importing typing, which would cost every
# command line 3 ms at start; mypy takes any TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = [
    "DRAFT_FORMAT",
    "MAX_DRAFT_BYTES",
    "TRASH_FOLDER",
    "BrokenRoutineFile",
    "Draft",
    "RoutineStore",
    "StorageError",
    "slugify",
]

TRASH_FOLDER = "trash"
"""Subfolder of the routines folder that deleted routines are moved to."""
DRAFT_FORMAT = "backmassage-draft"
DRAFT_VERSION = 1
MAX_DRAFT_BYTES = 4 * MAX_FILE_BYTES
"""A draft may hold an unfinished routine, so it may be a little larger."""
MAX_SLUG_LEN = 60
_MAX_NEW_KEY_TRIES = 10_000
_FALLBACK_SLUG = "routine"
# Names Windows will not use as a file name, whatever the extension.
_WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{i}" for i in range(1, 10)]
    + [f"lpt{i}" for i in range(1, 10)]
)


@dataclass(frozen=True)
class BrokenRoutineFile:
    """A file in the routines folder that is not a usable routine, and why."""

    path: Path
    problems: tuple[str, ...]


@dataclass(frozen=True)
class Draft:
    """An editor draft kept for crash recovery; ``data`` is whatever the editor saved."""

    draft_id: str
    data: dict[str, Any]
    saved_at: float
    """Seconds since the epoch (``time.time()``) when the draft was saved."""
    path: Path


def slugify(name: str) -> str:
    """A file-name-safe key from a routine name: "Evening unwind" -> "evening-unwind"."""
    import unicodedata  # here, for saving: the commands that only read start without it

    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    slug = slug[:MAX_SLUG_LEN].strip("-") or _FALLBACK_SLUG
    if slug in _WINDOWS_RESERVED:
        slug += "-routine"
    return slug


def is_valid_key(key: str) -> bool:
    """Whether ``key`` can name a file in the routines folder (and nothing outside it)."""
    return bool(key) and not key.startswith(".") and not any(ch in key for ch in "/\\\x00")


class RoutineStore:
    """Reads and writes routine files in ``folder`` and drafts in ``drafts``.

    Neither folder needs to exist yet: each is created when first written to.
    Where the data folder cannot be written, ``cannot_save`` says why: the
    routines already there still load and export, and every write raises
    ``StorageError`` with that reason before touching anything.
    """

    def __init__(
        self,
        folder: Path,
        drafts: Path,
        *,
        clock: Callable[[], float] = time.time,
        cannot_save: str = "",
    ) -> None:
        self.folder = Path(folder)
        self.drafts_folder = Path(drafts)
        self._clock = clock
        self.cannot_save = cannot_save

    @classmethod
    def in_data_folder(cls, data: DataFolder) -> RoutineStore:
        """The store for the app's data folder, read-only if it cannot be written."""
        problem = (
            Storage.tr("{problem} Set {variable} to a folder you can write to.").format(
                problem=data.problem, variable=DATA_DIR_ENV
            )
            if data.problem
            else ""
        )
        return cls(data.routines, data.drafts, cannot_save=problem)

    @property
    def writable(self) -> bool:
        return not self.cannot_save

    def _check_writable(self) -> None:
        if self.cannot_save:
            raise StorageError(self.cannot_save)

    # Routines --------------------------------------------------------------

    def path_for(self, key: str) -> Path:
        """The file a routine with this key lives in. ``ValueError`` for a key
        that cannot be a file name here (empty, a path, or starting with a dot)."""
        if not is_valid_key(key):
            raise ValueError(f"not a usable routine key: {key!r}")
        return self.folder / f"{key}.json"

    def load_all(self) -> tuple[list[Routine], list[BrokenRoutineFile]]:
        """Every routine file in the folder, sorted by name, and the files that
        could not be read, each with its reasons. Broken files are left as they are;
        temporary files that a crash mid-save left are removed once stale.

        A missing folder holds no routines. Raises ``StorageError`` only when the
        folder itself cannot be listed.
        """
        if not self.folder.is_dir():
            return [], []
        remove_leftovers(self.folder, ("*.json",), now=self._clock())
        try:
            entries = sorted(self.folder.iterdir())
        except OSError as exc:
            raise StorageError(
                Storage.tr("Could not read the routines folder {folder}: {reason}.").format(
                    folder=self.folder, reason=describe_os_error(exc)
                )
            ) from exc
        routines: list[Routine] = []
        broken: list[BrokenRoutineFile] = []
        for path in entries:
            if path.suffix != ".json" or not is_valid_key(path.stem):
                continue
            try:
                routines.append(replace(load_routine_file(path), builtin=False))
            except RoutineError as exc:
                broken.append(BrokenRoutineFile(path, tuple(exc.problems)))
        routines.sort(key=lambda r: (r.name.casefold(), r.name, r.key))
        return routines, broken

    def save(self, routine: Routine, *, reserved_keys: Collection[str] = ()) -> Routine:
        """Write ``routine`` to its file and return it with its key set and
        ``builtin=False``.

        A routine with a key (not empty, not in ``reserved_keys``) replaces its own
        file. Otherwise it gets a new key from its name ("Evening unwind" ->
        ``evening-unwind``, then ``evening-unwind-2``...) that no file and no
        reserved key has. Raises ``StorageError``; the old file is then unchanged.
        """
        self._check_writable()
        reserved = {k.casefold() for k in reserved_keys}
        key = routine.key
        is_new = not is_valid_key(key) or key.casefold() in reserved
        saved = replace(routine, builtin=False)
        payload = saved.to_json().encode("utf-8")
        if len(payload) > MAX_FILE_BYTES:
            raise StorageError(
                Storage.tr(
                    "Could not save the routine {name}: it would take {count} bytes; "
                    "routine files may be at most {most} bytes."
                ).format(name=repr(routine.name), count=len(payload), most=MAX_FILE_BYTES)
            )
        if is_new:
            linked = self._link_new(slugify(routine.name), reserved, payload)
            if linked is not None:
                return replace(saved, key=linked)
            key = self._claim_new_key(slugify(routine.name), reserved)
        path = self.path_for(key)
        try:
            write_atomic(path, payload, make_parent=True)
        except StorageError:
            if is_new:
                _remove_placeholder(path)
            raise
        return replace(saved, key=key)

    def delete(self, key: str) -> None:
        """Move the routine's file into the ``trash`` subfolder (never erased).

        Nothing happens if there is no such file. Raises ``StorageError``.
        """
        path = self.path_for(key)
        if not os.path.lexists(path):
            return
        self._check_writable()
        trash = ensure_dir(self.folder / TRASH_FOLDER)
        target = trash / path.name
        number = 2
        while os.path.lexists(target):
            target = trash / f"{key} ({number}).json"
            number += 1
        try:
            path.rename(target)
        except OSError as exc:
            raise StorageError(
                Storage.tr("Could not move {path} to the trash folder {trash}: {reason}.").format(
                    path=path, trash=trash, reason=describe_os_error(exc)
                )
            ) from exc

    def import_file(self, path: Path, *, reserved_keys: Collection[str] = ()) -> Routine:
        """Check the routine file at ``path`` and save a copy of it here under a new,
        unique key (from its name). The original is only read.

        Raises ``RoutineError`` (nothing written) if it is not a usable routine, and
        ``StorageError`` if the copy cannot be written.
        """
        routine = load_routine_file(Path(path))
        return self.save(replace(routine, key=""), reserved_keys=reserved_keys)

    def export(self, routine: Routine, path: Path) -> None:
        """Write ``routine`` as a routine file at ``path`` (any folder that exists).
        Raises ``StorageError``; an existing file at ``path`` is then unchanged."""
        write_atomic(Path(path), routine.to_json().encode("utf-8"), make_parent=False)

    def _link_new(self, base: str, reserved: set[str], payload: bytes) -> str | None:
        """Save a new routine under a free key without ever showing a partial
        file: the whole file is written to a hidden temporary name first, then
        hard-linked to the first free key (a link never replaces a file). A
        kill at any moment leaves the folder's routines as they were plus, at
        worst, a hidden temporary file that loading skips. None where the
        file system has no hard links (the caller then claims a name first)."""
        ensure_dir(self.folder)
        temp = new_temp_file(
            self.folder,
            payload,
            what=Storage.tr("the routine in {folder}").format(folder=self.folder),
        )
        try:
            os.chmod(temp, NEW_FILE_MODE)
            for number in range(1, _MAX_NEW_KEY_TRIES + 1):
                key = base if number == 1 else f"{base}-{number}"
                if key.casefold() in reserved:
                    continue
                try:
                    os.link(temp, self.path_for(key))
                except FileExistsError:
                    continue
                except OSError:
                    return None  # no hard links here
                return key
        except OSError as exc:
            raise StorageError(
                Storage.tr("Could not save the routine in {folder}: {reason}.").format(
                    folder=self.folder, reason=describe_os_error(exc)
                )
            ) from exc
        finally:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise StorageError(
            Storage.tr("Could not find a free file name for {base} in {folder}.").format(
                base=repr(base), folder=self.folder
            )
        )

    def _claim_new_key(self, base: str, reserved: set[str]) -> str:
        """A key no file and no reserved key has, claimed at once by creating its
        (empty) file, so another save cannot take the same name meanwhile."""
        ensure_dir(self.folder)
        for number in range(1, _MAX_NEW_KEY_TRIES + 1):
            key = base if number == 1 else f"{base}-{number}"
            if key.casefold() in reserved:
                continue
            path = self.path_for(key)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            except FileExistsError:
                continue
            except OSError as exc:
                raise StorageError(
                    Storage.tr("Could not save {path}: {reason}.").format(
                        path=path, reason=describe_os_error(exc)
                    )
                ) from exc
            os.close(fd)
            return key
        raise StorageError(
            Storage.tr("Could not find a free file name for {base} in {folder}.").format(
                base=repr(base), folder=self.folder
            )
        )

    # Drafts ----------------------------------------------------------------

    def draft_path(self, draft_id: str) -> Path:
        """The file a draft lives in; ``ValueError`` for an id that cannot be a file name."""
        if not is_valid_key(draft_id):
            raise ValueError(f"not a usable draft id: {draft_id!r}")
        return self.drafts_folder / f"{draft_id}.json"

    def save_draft(self, draft_id: str, data: dict[str, Any]) -> None:
        """Keep ``data`` (any JSON-able dict; need not be a valid routine) with the
        time it was saved, replacing an earlier draft with the same id.
        Raises ``StorageError``; an earlier draft is then unchanged."""
        self._check_writable()
        path = self.draft_path(draft_id)
        record = {
            "format": DRAFT_FORMAT,
            "version": DRAFT_VERSION,
            "saved_at": self._clock(),
            "data": data,
        }
        try:
            payload = json.dumps(record, indent=1, ensure_ascii=False).encode("utf-8")
        except (TypeError, ValueError) as exc:
            raise StorageError(
                Storage.tr("Could not save the draft {path}: {exc}.").format(path=path, exc=exc)
            ) from exc
        if len(payload) > MAX_DRAFT_BYTES:
            raise StorageError(
                Storage.tr(
                    "Could not save the draft {path}: it would take {count} bytes; "
                    "drafts may be at most {most} bytes."
                ).format(path=path, count=len(payload), most=MAX_DRAFT_BYTES)
            )
        write_atomic(path, payload, make_parent=True)

    def drafts(self) -> list[Draft]:
        """Every readable draft, newest first. Unreadable draft files are skipped
        and left as they are."""
        if not self.drafts_folder.is_dir():
            return []
        remove_leftovers(self.drafts_folder, ("*.json",), now=self._clock())
        try:
            entries = sorted(self.drafts_folder.iterdir())
        except OSError:
            return []
        found: list[Draft] = []
        for path in entries:
            if path.suffix != ".json" or not is_valid_key(path.stem):
                continue
            draft = _read_draft(path)
            if draft is not None:
                found.append(draft)
        found.sort(key=lambda d: (-d.saved_at, d.draft_id))
        return found

    def discard_draft(self, draft_id: str) -> None:
        """Erase a draft (it is only a recovery copy). No error if it is gone."""
        path = self.draft_path(draft_id)
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise StorageError(
                Storage.tr("Could not remove the draft {path}: {reason}.").format(
                    path=path, reason=describe_os_error(exc)
                )
            ) from exc


def _remove_placeholder(path: Path) -> None:
    """Remove the empty file claimed for a new key whose save failed."""
    try:
        if path.stat().st_size == 0:
            path.unlink()
    except OSError:
        pass


def _read_draft(path: Path) -> Draft | None:
    try:
        if path.stat().st_size > MAX_DRAFT_BYTES:
            return None
        record = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(record, dict) or record.get("format") != DRAFT_FORMAT:
        return None
    data = record.get("data")
    saved_at = record.get("saved_at")
    if (
        not isinstance(data, dict)
        or isinstance(saved_at, bool)
        or not isinstance(saved_at, int | float)
        or not math.isfinite(saved_at)
    ):
        return None
    return Draft(draft_id=path.stem, data=data, saved_at=float(saved_at), path=path)
