"""Every bundled file is read through here.

In a wheel the top-level ``assets/`` folder is installed as
``backmassage_gui/assets`` (see pyproject.toml); in a source checkout it sits
beside the package. Callers name files relative to ``assets/`` and never care
which.
"""

from __future__ import annotations

from pathlib import Path

# typing.TYPE_CHECKING without importing typing, which would cost every
# command line 3 ms at start; mypy takes any TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT_ASSETS = _PACKAGE.parent / "assets"


def assets_root() -> Traversable:
    """The folder holding the bundled assets, installed or in a checkout.

    An installed wheel and a checkout both hold real files, read straight
    from disk; ``importlib.resources`` (a few milliseconds to import, which
    every command would pay) is asked only where the package is not a
    folder, such as a zip."""
    for folder in (_PACKAGE / "assets", _CHECKOUT_ASSETS):
        if folder.is_dir():
            return folder
    import importlib.resources

    return importlib.resources.files("backmassage_gui") / "assets"


def asset(relative: str) -> Traversable:
    """One bundled file, e.g. ``asset("back.svg")``."""
    node = assets_root()
    for part in relative.split("/"):
        node = node / part
    return node


def read_bytes(relative: str) -> bytes:
    return asset(relative).read_bytes()


def read_text(relative: str) -> str:
    return asset(relative).read_text(encoding="utf-8")


def list_dir(relative: str) -> list[Traversable]:
    """The entries of a bundled folder, sorted by name."""
    folder = asset(relative)
    if not folder.is_dir():
        return []
    return sorted(folder.iterdir(), key=lambda entry: entry.name)
