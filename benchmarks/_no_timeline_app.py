"""``main.py`` with the pressure timeline never built (``SessionPage.ensure_timeline``
a no-op), so pyqtgraph and numpy are never imported: the start-up benchmark's
"what the timeline costs" variant. Diagnosis only, not the app."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from backmassage_gui import cli
from backmassage_gui.ui.session_page import SessionPage

# The stand-in builds and returns no plot; nothing on this path uses the result.
SessionPage.ensure_timeline = lambda self: None  # type: ignore[method-assign, assignment, return-value]

if __name__ == "__main__":
    code = cli.main(sys.argv[1:])
    assert "pyqtgraph" not in sys.modules, "pyqtgraph was imported anyway"
    raise SystemExit(code)
