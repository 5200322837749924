"""Every screen at 1366x768 in every language: nothing cut, nothing unmarked.

Each screen is rendered in the pseudo-translation and in every shipped
language (``i18n.SHIPPED``). The pseudo-translation
(``tools/update_translations.py --pseudo``, made fresh from the source for
this run) makes every marked text about 40% longer and accents every
letter, as a long language such as German would, and marks it at once as
translated. On each screen:

* in the pseudo-translation only, a text still in plain ASCII letters was
  never marked for translation (it would stay English in every language; a
  real language rightly writes "Start" or "Tempo" as English does);
* in every language, a label, button or painted text that must be read
  whole may not be cut off, elided or overlap another. (The few lines
  designed to give way, such as the phase-number line beside the state,
  carry ``may_elide``.) The pseudo-translation finds layouts too tight for
  a long language before there is one; the real languages' own words are
  held to it once they ship.

Qt's own words (standard dialog buttons) are Qt's translations' business
and are left out; so are texts a user typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QRadioButton,
    QSpinBox,
    QStatusBar,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from window_types import MakeWindow

from backmassage_gui import i18n
from backmassage_gui.domain.clock import ManualClock
from backmassage_gui.ui import translation
from backmassage_gui.ui.main_window import MainWindow

SIZE = (1366, 768)
PLAIN_WORD = re.compile(r"[A-Za-z]{2,}")
ELLIPSIS = "…"


@dataclass
class Findings:
    """What one screen got wrong."""

    unmarked: list[str] = field(default_factory=list)
    cut: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.unmarked or self.cut)


LANGUAGES = [i18n.PSEUDO, *i18n.SHIPPED]
"""The pseudo-translation and every shipped language."""


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app in one of ``LANGUAGES`` (its code) for the test."""
    code: str = request.param
    if code == i18n.PSEUDO:
        catalogue: Any = request.getfixturevalue("pseudo_catalogue")
    else:
        catalogue = i18n.catalogue_file(code)
        assert catalogue is not None, f"no compiled catalogue for {code}"
    shown = translation.install(qapp, i18n.Choice(code, catalogue))
    assert shown.code == code, f"the catalogue for {code} could not be loaded"
    yield code
    translation.remove(qapp)


def _check(found: Findings, language: str) -> None:
    """Nothing cut in any language; nothing unmarked in the pseudo-translation,
    where every marked text has lost its plain ASCII letters."""
    if language == i18n.PSEUDO:
        assert found.unmarked == [], "\n".join(found.unmarked)
    assert found.cut == [], "\n".join(found.cut)


# -- what is drawn ---------------------------------------------------------------
@dataclass(frozen=True)
class Drawn:
    owner: str
    widget: QWidget | None
    """The widget painted on (None for an off-screen pixmap)."""
    rect: QRectF
    flags: int
    text: str
    used: QRectF
    on_device: QRectF
    """``used`` where it lands on the device (after the painter's transform)."""


class PaintRecorder:
    """Records what Python code paints with ``QPainter.drawText`` into a rect."""

    def __init__(self) -> None:
        self.drawn: list[Drawn] = []
        self._original = QPainter.drawText

    def __enter__(self) -> PaintRecorder:
        recorder = self

        def draw_text(painter: QPainter, *args: Any) -> Any:
            if (
                len(args) >= 3
                and isinstance(args[0], QRectF | QRect)
                and isinstance(args[2], str)
                and args[2].strip()
            ):
                rect = QRectF(args[0])
                flags = int(args[1])
                text = args[2]
                used = QFontMetricsF(painter.font()).boundingRect(rect, flags, text)
                device = painter.device()
                owner = type(device).__name__ if device is not None else "?"
                widget = device if isinstance(device, QWidget) else None
                on_device = painter.transform().mapRect(used)
                drawn = Drawn(owner, widget, rect, flags, text, used, on_device)
                if drawn not in recorder.drawn:  # painted again: the same text, the same place
                    recorder.drawn.append(drawn)
            return recorder._original(painter, *args)

        QPainter.drawText = draw_text  # type: ignore[method-assign, assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        QPainter.drawText = self._original  # type: ignore[method-assign]


def _plain(text: str) -> str:
    if QtGui.Qt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


AUTONYMS = {language.name for language in i18n.LANGUAGES.values()}
"""The Language menu names each language in its own words, never translated."""


def _locale_words() -> set[str]:
    """Month and day names: the locale's words (QLocale), not the app's."""
    from PySide6.QtCore import QLocale

    locale, kinds = QLocale(), (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat)
    months = {locale.monthName(m, kind) for m in range(1, 13) for kind in kinds}
    days = {locale.dayName(d, kind) for d in range(1, 8) for kind in kinds}
    return {word for name in months | days for word in PLAIN_WORD.findall(name)}


_NOT_WORDS = re.compile(r"(?:/[^\s/]+)+/?|\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\S+\.json\b")
"""Paths, file names and environment variables: data and names, never translated."""


def _unmarked(where: str, text: str, found: Findings) -> None:
    plain = _NOT_WORDS.sub(" ", _plain(text))
    if plain.replace("&", "").strip() in AUTONYMS:
        return  # a whole language name, such as "Español" (its ASCII part is no word)
    words = [w for w in PLAIN_WORD.findall(plain) if w not in AUTONYMS | _locale_words()]
    if words:
        found.unmarked.append(f"{where}: {plain!r}")


def _may_elide(widget: QWidget) -> bool:
    at: QWidget | None = widget
    while at is not None:
        if at.property("may_elide"):
            return True
        at = at.parentWidget()
    return False


def _qt_own(widget: QWidget) -> bool:
    """Standard buttons: Qt words them, and Qt's catalogue translates them."""
    parent = widget.parentWidget()
    return isinstance(parent, QDialogButtonBox)


def _texts(widget: QWidget) -> list[str]:
    texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        texts += [widget.suffix(), widget.prefix()]
    if isinstance(widget, QStatusBar):
        texts.append(widget.currentMessage())
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QTableView) and widget.model() is not None:
        model = widget.model()
        texts += [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(model.columnCount())
        ]
    if widget.isWindow():
        texts.append(widget.windowTitle())
    painted = getattr(widget, "painted_texts", None)
    if callable(painted):
        texts += painted()
    for action in widget.actions():
        texts += [action.text(), action.toolTip()]
    if isinstance(widget, QMenu):
        texts.append(widget.title())
    return [t for t in texts if t]


def _cut(widget: QWidget, found: Findings) -> None:
    """A label or button whose words do not fit where it is."""
    if _may_elide(widget) or not widget.isVisible():
        return
    name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r}"
    room = widget.contentsRect()
    shown_lines = getattr(widget, "shown_lines", None)
    if isinstance(widget, QLabel) and callable(shown_lines):
        lines = shown_lines()
        if lines and lines[-1].endswith(ELLIPSIS) and not widget.text().endswith(ELLIPSIS):
            found.cut.append(f"{name}: elided: {widget.text()!r}")
        return
    if isinstance(widget, QLabel) and widget.text():
        text = widget.text()
        if widget.wordWrap() or QtGui.Qt.mightBeRichText(text):
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                found.cut.append(f"{name}: needs {needed} px of {widget.height()}: {text!r}")
            return
        metrics = QFontMetricsF(widget.font())
        for line in text.splitlines():
            if metrics.horizontalAdvance(line) > room.width() + 1:
                found.cut.append(f"{name}: {line!r} is wider than {room.width()} px")
    elif isinstance(widget, QListWidget):
        width = widget.viewport().width()
        metrics = QFontMetricsF(widget.font())
        for i in range(widget.count()):
            item = widget.item(i)
            text, rect = item.text(), widget.visualItemRect(item)
            if widget.wordWrap():
                wanted = QRectF(0, 0, rect.width() - 8, 10_000)
                used = metrics.boundingRect(wanted, int(Qt.TextFlag.TextWordWrap), text)
                cut = used.width() > rect.width() or used.height() > rect.height() + 1
            else:
                cut = metrics.horizontalAdvance(text) + 8 > width
            if cut:
                found.cut.append(f"{name}: item {text!r} does not fit {rect.width()} px")
    elif isinstance(widget, QAbstractButton) and widget.text() and not _qt_own(widget):
        needed = widget.sizeHint().width()
        if isinstance(widget, QCheckBox | QRadioButton):
            needed = widget.minimumSizeHint().width()
        if needed > widget.width() + 1:
            found.cut.append(f"{name}: needs {needed} px of {widget.width()}: {widget.text()!r}")


def inspect(root: QWidget, recorder: PaintRecorder) -> Findings:
    """Grab ``root`` (painting it all), then check what it shows."""
    recorder.drawn.clear()
    QApplication.processEvents()
    root.grab()
    found = Findings()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() and widget is not root:
            continue
        where = type(widget).__name__
        for text in _texts(widget):
            if _qt_own(widget):
                continue
            _unmarked(where, text, found)
        _cut(widget, found)
    if isinstance(root, MainWindow):
        for menu in root.menuBar().findChildren(QMenu):
            for text in _texts(menu):
                _unmarked("menu", text, found)
    _painted(recorder.drawn, found)
    return found


def _painted(drawn: list[Drawn], found: Findings) -> None:
    for d in drawn:
        _unmarked(f"painted by {d.owner}", d.text, found)
        if d.widget is not None and _may_elide(d.widget):
            continue
        wraps = d.flags & int(Qt.TextFlag.TextWordWrap)
        too_wide = d.used.width() > d.rect.width() + 1
        too_tall = wraps and d.used.height() > d.rect.height() + 1
        outside = d.widget is not None and not QRectF(d.widget.rect()).adjusted(
            -1, -1, 1, 1
        ).contains(d.on_device)
        if too_wide or too_tall:
            found.cut.append(f"painted by {d.owner}: {d.text!r} does not fit its place")
        elif outside:
            found.cut.append(f"painted by {d.owner}: {d.text!r} runs off the widget")
        elif d.text.endswith(ELLIPSIS):
            found.cut.append(f"painted by {d.owner}: {d.text!r} is elided")
    on_widgets = [d for d in drawn if d.widget is not None]
    for i, a in enumerate(on_widgets):
        for b in on_widgets[i + 1 :]:
            if a.widget is not b.widget or (a.text, a.rect) == (b.text, b.rect):
                continue
            overlap = a.on_device.intersected(b.on_device)
            if overlap.width() > 2 and overlap.height() > 2:
                found.cut.append(f"painted by {a.owner}: {a.text!r} overlaps {b.text!r}")


# -- the screens -------------------------------------------------------------------
Screen = Callable[[MainWindow, ManualClock], QWidget]


def _session_at(seconds: float) -> Screen:
    def show(window: MainWindow, clock: ManualClock) -> QWidget:
        window.controller.start()
        clock.advance(window.settings.get_ready_s + seconds)
        window.controller.refresh()
        return window

    return show


def _ready(window: MainWindow, clock: ManualClock) -> QWidget:
    return window


def _get_ready(window: MainWindow, clock: ManualClock) -> QWidget:
    window.controller.start()
    clock.advance(1)
    window.controller.refresh()
    return window


def _paused(window: MainWindow, clock: ManualClock) -> QWidget:
    _session_at(200)(window, clock)
    window.controller.pause()
    return window


def _finished(window: MainWindow, clock: ManualClock) -> QWidget:
    window.controller.start()
    clock.advance(window.settings.get_ready_s + window.controller.session.routine.total_s + 5)
    window.controller.refresh()
    window.pages.show_session()
    return window


def _table(window: MainWindow, clock: ManualClock) -> QWidget:
    _session_at(600)(window, clock)
    window.modes.toggle_table_view()
    return window


def _practice(window: MainWindow, clock: ManualClock) -> QWidget:
    window.pages.show_practice()
    return window


def _aftercare(window: MainWindow, clock: ManualClock) -> QWidget:
    window.pages.show_aftercare(window.pages.show_session)
    return window


def _checkin(window: MainWindow, clock: ManualClock) -> QWidget:
    window.controller.start()
    for _ in range(2000):
        clock.advance(1)
        window.controller._tick()
        if window.checkins.visible:
            break
    assert window.checkins.visible
    return window


def _notices(window: MainWindow, clock: ManualClock) -> QWidget:
    from backmassage_gui.storage.migration import MigrationReport, MovedFile
    from backmassage_gui.storage.paths import DataFolder, _folder_reason

    folder = Path("/home/someone/.local/share/backmassage")
    window.notices.post(window.tr("Back Massage Coach"))
    window.notices.post(
        DataFolder(folder, _folder_reason(folder, PermissionError(13, "denied"))).notice
    )
    moved = MovedFile(Path("/old/a.json"), folder / "a-moved.json")
    window.notices.post(MigrationReport(folder, (moved,)).message)
    return window


def _practice_scored(window: MainWindow, clock: ManualClock) -> QWidget:
    from backmassage_gui.domain.trace_scoring import TracePoint

    practice = window.pages.show_practice()
    trace = [TracePoint(i * 0.1, 0.45, 0.3 + i * 0.004) for i in range(120)]
    practice.start_trace()
    practice._on_trace(trace)
    return window


SESSION_SCREENS: dict[str, Screen] = {
    "check-in": _checkin,
    "notices": _notices,
    "practice scored": _practice_scored,
    "ready": _ready,
    "get-ready": _get_ready,
    "running": _session_at(600),
    "paused": _paused,
    "finished": _finished,
    "table view": _table,
    "practice": _practice,
    "aftercare": _aftercare,
}


@pytest.fixture
def translated_window(
    language: str, make_window: MakeWindow
) -> Callable[[], tuple[MainWindow, ManualClock]]:
    def make() -> tuple[MainWindow, ManualClock]:
        clock = ManualClock()
        window = make_window("tension-relief", clock=clock, follow_desktop_motion=False)
        window.resize(*SIZE)
        window.show()
        window.session_page.ensure_timeline()
        return window, clock

    return make


@pytest.mark.parametrize("screen", list(SESSION_SCREENS))
def test_session_screens_show_every_text_translated_and_whole(
    screen: str,
    language: str,
    translated_window: Callable[[], tuple[MainWindow, ManualClock]],
    qtbot: QtBot,
) -> None:
    window, clock = translated_window()
    shown = SESSION_SCREENS[screen](window, clock)
    with PaintRecorder() as recorder:
        found = inspect(shown, recorder)
    window.controller.pause()
    _check(found, language)


# -- the dialogs and the other windows ----------------------------------------------
def _safety(window: MainWindow) -> QWidget:
    return window.safety.check()


def _safety_advised(window: MainWindow) -> QWidget:
    dialog = window.safety.check()
    dialog.boxes["fever"].setChecked(True)
    dialog.profiles[next(iter(dialog.profiles))].setChecked(True)
    return dialog


def _safety_pregnancy(window: MainWindow) -> QWidget:
    from backmassage_gui.domain.safety import CareProfile

    dialog = window.safety.check()
    dialog.profiles[CareProfile.PREGNANCY].setChecked(True)
    return dialog


def _shortcuts(window: MainWindow) -> QWidget:
    from backmassage_gui.ui import help_dialogs

    return help_dialogs.shortcuts_dialog(window)


def _safety_notes(window: MainWindow) -> QWidget:
    from backmassage_gui.ui import help_dialogs

    return help_dialogs.safety_dialog(window)


def _about(window: MainWindow) -> QWidget:
    from backmassage_gui.ui import help_dialogs

    return help_dialogs.about_dialog(window)


def _editor(window: MainWindow) -> QWidget:
    editor = window.routines.edit(window.lifecycle.plan.routine)
    assert editor is not None
    editor.resize(*SIZE)
    return editor


def _editor_with_problems(window: MainWindow) -> QWidget:
    """A copy being edited, with a bad length typed and advice showing."""
    editor = window.routines.edit(window.lifecycle.plan.routine)
    assert editor is not None
    editor.resize(*SIZE)
    draft = editor.draft.with_cell(0, "duration", "2:7O").with_cell(1, "start", "9")
    editor.apply(draft, editor.tr("add phase"))
    return editor


def _history(window: MainWindow) -> QWidget:
    assert window.session_log.history is not None
    dialog = window.show_history()
    assert dialog is not None
    return dialog


DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "safety check": _safety,
    "safety advice": _safety_advised,
    "safety in pregnancy": _safety_pregnancy,
    "keyboard shortcuts": _shortcuts,
    "safety notes": _safety_notes,
    "about": _about,
    "routine editor": _editor,
    "routine editor with problems": _editor_with_problems,
    "history": _history,
}


@pytest.fixture
def translated_history(language: str, tmp_path: Path) -> Any:
    """A history of three sessions, their words from the domain in ``language``."""
    import time

    from backmassage_gui.catalogue import load_builtin_library
    from backmassage_gui.domain.safety import AvoidSpot, CareProfile, adapt
    from backmassage_gui.storage.history import History

    history = History(tmp_path / "history.sqlite3")
    library = load_builtin_library()
    now = time.time()
    for day, routine in enumerate(library.routines):
        _, lines = adapt(routine, CareProfile.OLDER_ADULT, [AvoidSpot(0.5, 0.75, label="")])
        session = history.record_session(
            routine.key,
            routine.name,
            routine.total_s,
            started_at=now - 86400 * day,
            adaptations=lines,
        )
        history.record_checkin(session, 300.0, "lighter")
        history.finish_session(session, routine.total_s / 2, False)
    return history


@pytest.mark.parametrize("dialog", list(DIALOGS))
def test_dialogs_show_every_text_translated_and_whole(
    dialog: str,
    language: str,
    make_window: MakeWindow,
    translated_history: Any,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from backmassage_gui.storage import RoutineStore

    # An edited routine asks before it closes: the edits are thrown away here.
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard
    )
    store = RoutineStore(tmp_path / "routines", tmp_path / "drafts")
    window = make_window(
        "tension-relief",
        safety_check=True,
        store=store,
        history=translated_history,
        follow_desktop_motion=False,
    )
    window.resize(*SIZE)
    window.show()
    shown = DIALOGS[dialog](window)
    qtbot.add_widget(shown)
    shown.show()
    qtbot.wait_exposed(shown)
    with PaintRecorder() as recorder:
        found = inspect(shown, recorder)
    shown.close()
    _check(found, language)
