"""Make the window screenshots the AppStream metainfo shows (1366x768 PNGs).

    python tools/make_screenshots.py

Runs the app's own ``--screenshot`` for each picture, with a throwaway data
folder so your settings cannot change what they show, into
``docs/screenshots/``. Their names match the ``<image>`` addresses in
``assets/desktop/org.backmassage.Coach.metainfo.xml``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = "1366x768"
SHOTS = (
    ("session.png", "tension-relief", "600"),  # ten minutes in: thumbs beside the spine
    ("get-ready.png", "relaxation", "-3"),  # the get-ready countdown
)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bmc-shots-") as data:
        env = dict(
            os.environ,
            BACKMASSAGE_DATA_DIR=data,
            QT_QPA_PLATFORM="offscreen",
            BACKMASSAGE_REDUCED_MOTION="0",
        )
        for name, routine, at in SHOTS:
            done = subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "main.py"),
                    "--screenshot",
                    str(OUT / name),
                    "--routine",
                    routine,
                    "--at",
                    at,
                    "--size",
                    SIZE,
                ],
                env=env,
                check=False,
            )
            if done.returncode != 0:
                return done.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
