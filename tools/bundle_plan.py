"""What the standalone bundle carries, decided in one place (no PyInstaller here).

The app uses QtCore, QtGui, QtWidgets, QtSvg, QtMultimedia (the chime),
QtTextToSpeech (spoken cues), QtDBus (keeping the screen awake) and, for the
pressure timeline, pyqtgraph with numpy. PyInstaller's hooks follow the
imports, but they also carry what those packages *might* use: pyqtgraph tries
QtOpenGLWidgets and QtTest, and the Qt hooks add every plug-in of a kind with
the libraries those plug-ins load. ``backmassage-coach.spec`` applies what is
named here: modules left out of the analysis, plug-ins kept by name, and then
every shared library that nothing kept still loads. ``tests/unit/test_bundle_plan.py``
checks that what the app needs stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

Entry = tuple[str, str, str]
"""A PyInstaller table-of-contents row: (place in the bundle, source, kind)."""

EXCLUDED_MODULES = (
    # Tried by pyqtgraph (it copes without them) or never imported at all. Not
    # QtOpenGL and QtOpenGLWidgets: pyqtgraph's curves import them, GL or not.
    "PySide6.QtTest",
    "PySide6.QtPrintSupport",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSvgWidgets",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtXml",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtWebEngineCore",
    # pyqtgraph's parts the timeline does not draw with (``import pyqtgraph``
    # itself pulls in parametertree and multiprocess, so those stay).
    "pyqtgraph.opengl",
    "pyqtgraph.examples",
    "pyqtgraph.jupyter",
    "pyqtgraph.canvas",
    "pyqtgraph.flowchart",
    "pyqtgraph.console",
    "pyqtgraph.exporters.SVGExporter",
    "pyqtgraph.exporters.Matplotlib",
    "pyqtgraph.exporters.HDF5Exporter",
    "pyqtgraph.exporters.PrintExporter",
    # Optional extras numpy and pyqtgraph look for; not installed with the app.
    "OpenGL",
    "cupy",
    "h5py",
    "matplotlib",
    "scipy",
    "colorcet",
    "IPython",
    "jupyter_rfb",
    "numba",
    "pandas",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "numpy.f2py",  # a Fortran wrapper generator, for building, never for running
    # pocketsphinx's own microphone helper (with cffi under it): the app reads
    # the microphone through QtMultimedia and never calls it.
    "sounddevice",
    # Standard-library parts nothing here imports at run time.
    "tkinter",
    "unittest",
    "doctest",
    "lib2to3",
    "ensurepip",
    "idlelib",
    "pydoc_data",
    "xmlrpc",
)

SKIPPED_RUNTIME_HOOKS = (
    # Imports QtCore before the app starts, to register a qt.conf that the
    # PySide6 wheels register themselves; tools/pyi_rth_qt_plugins.py does the
    # one thing left (QT_PLUGIN_PATH) without loading Qt.
    "pyi_rth_pyside6",
    # Each imports its module up front (10-15 ms apiece) to adapt it to frozen
    # code: multiprocessing's spawn, inspect's source lookup and pkgutil's
    # module listing, none of which the app uses.
    "pyi_rth_multiprocessing",
    "pyi_rth_inspect",
    "pyi_rth_pkgutil",
)
"""PyInstaller's run-time hooks (run before the app, on every start) left out."""

KEPT_PLUGINS: dict[str, tuple[str, ...]] = {
    # Windows on X11 and Wayland, offscreen for --screenshot; Windows and macOS.
    "platforms": ("qxcb", "qwayland", "qoffscreen", "qwindows", "qcocoa"),
    "xcbglintegrations": ("*",),
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": ("*",),  # title bars where the compositor draws none
    "wayland-graphics-integration-client": ("qt-plugin-wayland-egl",),
    "platforminputcontexts": (
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    ),
    # Native file dialogs through the desktop portal. Not the GTK 3 theme: it
    # would bring a copy of GTK that fights the desktop's own.
    "platformthemes": ("qxdgdesktopportal",),
    "styles": ("*",),  # macOS and Windows native styles
    "imageformats": ("qsvg",),  # themed SVG icons in dialogs; PNG is built in
    "iconengines": ("qsvgicon",),
    # The chime: QtMultimedia needs a media back-end even to play a WAV.
    "multimedia": ("ffmpegmediaplugin", "windowsmediaplugin", "darwinmediaplugin"),
    "texttospeech": (
        "qtexttospeech_speechd",
        "qtexttospeech_sapi",
        "qtexttospeech_winrt",
        "qtexttospeech_darwin",
    ),
}

_PLUGIN = re.compile(r"(?:^|/)Qt6?/plugins/(?P<kind>[^/]+)/(?:lib)?(?P<name>[^/.]+)[^/]*$")
_SHARED_LIBRARY = re.compile(r"\.(so(\.\d+)*|dylib|dll)$")


def keep_file(dest: str) -> bool:
    """Whether a file PyInstaller would put at ``dest`` (inside the bundle's
    ``_internal`` folder) belongs in the bundle, judged by its place alone."""
    dest = dest.replace("\\", "/")
    plugin = _PLUGIN.search(dest)
    if plugin:
        kept = KEPT_PLUGINS.get(plugin["kind"], ())
        return "*" in kept or plugin["name"] in kept
    # Qt's own words (standard buttons, file dialogs) only in the languages
    # the app itself comes in.
    translations = re.search(r"(?:^|/)Qt6?/translations/(?P<name>[^/]+)$", dest)
    if translations:
        return translations["name"] in {f"qtbase_{code}.qm" for code in app_languages()}
    return True


def app_languages() -> list[str]:
    """The languages the app has a catalogue for (``assets/i18n``)."""
    folder = Path(__file__).resolve().parent.parent / "assets" / "i18n"
    return sorted(p.stem.removeprefix("backmassage_") for p in folder.glob("backmassage_*.qm"))


def is_root(entry: Entry) -> bool:
    """Binaries loaded by name at run time: Python's extension modules, Qt's
    plug-ins, the Python library itself. Everything else is kept only if one
    of these (or something they load) needs it."""
    dest, _, kind = entry
    name = dest.replace("\\", "/").rsplit("/", 1)[-1]
    return (
        kind in ("EXTENSION", "EXECUTABLE")
        or bool(_PLUGIN.search(dest.replace("\\", "/")))
        or name.lower().startswith(("libpython", "python3"))
    )


def prune_unneeded_libraries(
    entries: Sequence[Entry], needed: Callable[[str], Iterable[str]]
) -> list[Entry]:
    """``entries`` less the shared libraries that no root loads, directly or
    through another library (``needed(source)`` names the libraries a binary
    links to), and the links that pointed at them. Data files stay."""
    by_name: dict[str, Entry] = {}
    for entry in entries:
        if entry[2] == "BINARY":
            by_name.setdefault(entry[0].replace("\\", "/").rsplit("/", 1)[-1], entry)
    links = {e[0].replace("\\", "/").rsplit("/", 1)[-1]: e for e in entries if e[2] == "SYMLINK"}
    reached: set[str] = set()
    stack = [e for e in entries if e[2] != "SYMLINK" and is_root(e)]
    while stack:
        entry = stack.pop()
        if entry[0] in reached:
            continue
        reached.add(entry[0])
        for lib in needed(entry[1]):
            target = by_name.get(lib)
            if target is None and lib in links:  # a top-level link to a library
                target = next((e for e in entries if e[0] == links[lib][1]), None)
            if target is not None and target[0] not in reached:
                stack.append(target)
    kept = []
    for entry in entries:
        dest, source, kind = entry
        if (
            kind == "BINARY"
            and _SHARED_LIBRARY.search(dest)
            and not is_root(entry)
            and dest not in reached
        ):
            continue
        if kind == "SYMLINK" and source not in reached and _SHARED_LIBRARY.search(source):
            continue
        kept.append(entry)
    return kept


def recogniser_model(
    model_path: Callable[[str], str], parts: Sequence[str]
) -> list[tuple[str, str]]:
    """PyInstaller ``datas`` rows for the parts of pocketsphinx's model the
    recogniser loads (``voice.decoder.MODEL_PARTS``), each put where
    pocketsphinx looks for it in the bundle: ``pocketsphinx/model/<part>``.
    pocketsphinx's wheel has no PyInstaller hook, and its model is data beside
    the package, so without these rows a bundle cannot listen (``--hear`` and
    the window's listening say the model is missing). The 26 MiB language
    model beside them is not carried: the recogniser listens with grammars."""
    rows = []
    for part in parts:
        source = Path(model_path(part))
        place = Path("pocketsphinx", "model", part)
        rows.append((str(source), str(place if source.is_dir() else place.parent)))
    return rows
