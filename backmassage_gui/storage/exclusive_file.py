"""A new file under a random name, never one that is already there.

What ``tempfile.mkstemp`` does for the two callers here (the data folder's
write probe and the atomic write's temporary file), in a few lines:
``tempfile`` imports ``shutil``, ``random`` and the compression modules,
about 5 ms that every file command paid at start for none of their use.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

RANDOM_CHARS = 8
"""Hex digits between the prefix and the suffix: ``.new-3f9a0c1e.tmp``."""
_TRIES = 100
"""Names tried before giving up; with 32 random bits a second is already rare."""
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
"""Create it or fail (``O_EXCL`` never follows a link either); Windows must
not translate line ends. Python opens it non-inheritable everywhere."""


def create_exclusive(folder: Path, prefix: str, suffix: str = "") -> tuple[int, Path]:
    """Create a file named ``prefix`` + random hex digits + ``suffix`` in
    ``folder``, readable by its owner only (as ``mkstemp`` makes it), and
    open it for writing: the descriptor and the path. Raises ``OSError`` as
    ``os.open`` does (``FileNotFoundError`` when there is no ``folder``)."""
    for _ in range(_TRIES):
        path = Path(folder) / f"{prefix}{os.urandom(RANDOM_CHARS // 2).hex()}{suffix}"
        try:
            return os.open(path, _FLAGS, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused file name found", str(folder))
