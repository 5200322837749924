"""Shared test set-up: Qt runs offscreen, so no display is needed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import tempfile

# The user's own routines, drafts and settings stay untouched by tests: all
# of them (and subprocesses the tests start) use a throwaway folder.
os.environ["BACKMASSAGE_DATA_DIR"] = tempfile.mkdtemp(prefix="backmassage-tests-")
# The desktop's own reduced-motion setting must not change what tests see.
os.environ.setdefault("BACKMASSAGE_REDUCED_MOTION", "0")
# No test talks to a real speech server (speech-dispatcher may or may not be
# installed, and may hang): a window that speaks uses Qt's silent mock engine.
os.environ["BACKMASSAGE_SPEECH_ENGINE"] = "mock"
