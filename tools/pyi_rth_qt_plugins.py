"""Run-time hook for the bundle: point Qt at the bundle's own plug-ins.

It stands in for PyInstaller's PySide6 hook, which imports QtCore (and so
loads Qt and ICU, ~0.1 s) before the app runs, only to check for a qt.conf
that the PySide6 wheels embed anyway: then ``--version`` and the other
commands that never need Qt would pay for it on every start. Nothing here
imports Qt.
"""

import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6")  # type: ignore[attr-defined]
if not sys.platform.startswith("win"):
    _qt = os.path.join(_qt, "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
