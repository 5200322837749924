"""``main.py`` that says on stderr when listening begins and what it hears,
so a benchmark running the app can tell that it listened. Diagnosis only."""

import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from backmassage_gui import cli

if __name__ == "__main__":
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("VOICE %(relativeCreated)7.0f ms %(name)s: %(message)s"))
    voice = ("ui.voice_control", "ui.voice_listener", "ui.microphone", "voice.out_of_process")
    for name in (f"backmassage_gui.{part}" for part in voice):
        logger = logging.getLogger(name)
        logger.setLevel(logging.INFO)
        logger.addHandler(handler)
        logger.propagate = False
    raise SystemExit(cli.main(sys.argv[1:]))
