"""Shared test set-up: Qt runs offscreen, so no display is needed."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The user's own routines, drafts and settings stay untouched by tests: all
# of them (and subprocesses the tests start) use a throwaway folder.
os.environ["BACKMASSAGE_DATA_DIR"] = tempfile.mkdtemp(prefix="backmassage-tests-")
# The desktop's own reduced-motion setting must not change what tests see.
os.environ.setdefault("BACKMASSAGE_REDUCED_MOTION", "0")
# No test talks to a real speech server (speech-dispatcher may or may not be
# installed, and may hang): a window that speaks uses Qt's silent mock engine.
os.environ["BACKMASSAGE_SPEECH_ENGINE"] = "mock"
# Tests read the English source texts whatever the machine's language; the
# translation tests ask for a language by name.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

_TOOLS = Path(__file__).resolve().parents[1] / "tools"


@pytest.fixture(scope="session")
def catalogue_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ``.ts`` of every text the source marks for translation, fresh from
    ``pyside6-lupdate`` (made once per test run)."""
    sys.path.insert(0, str(_TOOLS))
    import update_translations

    return update_translations.extract_template(tmp_path_factory.mktemp("template"))


@pytest.fixture(scope="session")
def pseudo_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pseudo-translation's ``.qm``: every marked text longer and accented."""
    sys.path.insert(0, str(_TOOLS))
    import update_translations

    return update_translations.make_pseudo(tmp_path_factory.mktemp("pseudo"))
