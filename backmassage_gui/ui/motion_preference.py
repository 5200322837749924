"""Whether the desktop asks apps for less motion (an accessibility setting)."""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
import sys

log = logging.getLogger(__name__)

ENV_OVERRIDE = "BACKMASSAGE_REDUCED_MOTION"
"""``1`` or ``0`` forces the answer (and keeps tests independent of the desktop)."""


@functools.cache
def system_prefers_reduced_motion() -> bool:
    forced = os.environ.get(ENV_OVERRIDE)
    if forced in ("0", "1"):
        return forced == "1"
    try:
        if sys.platform == "darwin":
            out = _ask(["defaults", "read", "com.apple.universalaccess", "reduceMotion"])
            return out == "1"
        if sys.platform.startswith("linux") and shutil.which("gsettings"):
            out = _ask(["gsettings", "get", "org.gnome.desktop.interface",
                        "enable-animations"])
            return out == "false"
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("could not read the desktop's motion setting: %s", exc)
    return False


def _ask(command: list[str]) -> str:
    result = subprocess.run(command, capture_output=True, text=True, timeout=1.5,
                            check=False)
    return result.stdout.strip()
