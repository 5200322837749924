"""Every text the code marks for translation reaches the catalogue as written.

lupdate reads Python with a small tokenizer of its own, not Python's
parser: a marker it misreads is silently left out (keyword arguments, an
f-string, a count that is not a plain name) or loses its plural forms. Here
Python's own parser lists what the code marks, and every entry must be in
what ``pyside6-lupdate`` extracted, in the same context, plural or not.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "backmassage_gui"


@dataclass(frozen=True)
class Marked:
    context: str
    source: str
    comment: str
    plural: bool
    where: str


class _Finder(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.marked: list[Marked] = []
        self.problems: list[str] = []
        self.all_classes: set[str] = set()
        self.noop_contexts: dict[str, str] = {}

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.all_classes.add(node.name)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Attribute)
                and inner.func.attr in ("tr", "translate")
                and any(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in inner.args
                )
            ):
                self.problems.append(
                    f"{self._where(node)}: lupdate reads no call inside an f-string"
                )
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        if isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP":
            self._noop(node)
        elif isinstance(func, ast.Name) and func.id in ("tr", "translate"):
            self.problems.append(f"{self._where(node)}: a bare {func.id}() has no context")
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            self._tr(node, func)
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in ("QCoreApplication", "QApplication")
        ):
            self._translate(node)

    def _text(self, node: ast.expr, what: str) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            self.problems.append(f"{self._where(node)}: an f-string as {what}")
        return None

    def _noop(self, node: ast.Call) -> None:
        if node.keywords or len(node.args) != 2:
            self.problems.append(f"{self._where(node)}: QT_TRANSLATE_NOOP takes two plain strings")
            return
        context, text = (self._text(a, "text") for a in node.args)
        if context is None or text is None:
            self.problems.append(f"{self._where(node)}: QT_TRANSLATE_NOOP of a non-literal")
            return
        self.marked.append(Marked(context, text, "", False, self._where(node)))
        self.noop_contexts.setdefault(context, self._where(node))

    def _tr(self, node: ast.Call, func: ast.Attribute) -> None:
        if not node.args:
            return
        text = self._text(node.args[0], "text")
        if text is None:
            return  # a lookup of a text marked elsewhere (QT_TRANSLATE_NOOP)
        if node.keywords:
            self.problems.append(f"{self._where(node)}: keyword arguments hide tr() from lupdate")
            return
        owner = func.value
        if isinstance(owner, ast.Name) and owner.id == "self":
            if len(node.args) > 2:
                self.problems.append(
                    f"{self._where(node)}: a plural through self.tr reads '(s)' in English; "
                    "use a Context's tr (i18n.english_plural)"
                )
            if not self.classes:
                self.problems.append(f"{self._where(node)}: self.tr outside a class")
                return
            context = self.classes[-1]
        elif isinstance(owner, ast.Name) and owner.id in _context_classes():
            context = owner.id
        else:
            self.problems.append(
                f"{self._where(node)}: tr() on something that is neither self nor a Context"
            )
            return
        comment = ""
        if len(node.args) > 1:
            given = node.args[1]
            if isinstance(given, ast.Constant) and isinstance(given.value, str | type(None)):
                comment = given.value or ""
            else:
                self.problems.append(f"{self._where(node)}: a disambiguation must be a literal")
        plural = len(node.args) > 2
        self._check_count(node, text, plural)
        self.marked.append(Marked(context, text, comment, plural, self._where(node)))

    def _translate(self, node: ast.Call) -> None:
        if node.keywords:
            self.problems.append(f"{self._where(node)}: keyword arguments hide translate()")
            return
        if len(node.args) < 2:
            return
        context = self._text(node.args[0], "context")
        text = self._text(node.args[1], "text")
        if context is None or text is None:
            return
        if len(node.args) > 3:
            self.problems.append(
                f"{self._where(node)}: lupdate loses the plural forms of translate(); "
                "use self.tr or a Context's tr"
            )
        comment = ""
        if len(node.args) > 2 and isinstance(node.args[2], ast.Constant):
            comment = str(node.args[2].value or "")
        self._check_count(node, text, False)
        self.marked.append(Marked(context, text, comment, False, self._where(node)))

    def _check_count(self, node: ast.Call, text: str, plural: bool) -> None:
        if ("%n" in text) != plural:
            self.problems.append(
                f"{self._where(node)}: {text!r}: %n needs a count, and a count needs %n"
            )


@cache
def _context_classes() -> set[str]:
    """The names of every ``Context`` subclass in the package."""
    names = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                isinstance(b, ast.Name) and b.id == "Context" for b in node.bases
            ):
                names.add(node.name)
    return names


def _scan() -> tuple[list[Marked], list[str], set[str], dict[str, str]]:
    """What is marked, what lupdate would misread, every class name, and
    where each QT_TRANSLATE_NOOP context is first used."""
    marked: list[Marked] = []
    problems: list[str] = []
    classes: set[str] = set()
    noop: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        finder = _Finder(path)
        finder.visit(ast.parse(path.read_text(encoding="utf-8")))
        marked += finder.marked
        problems += finder.problems
        classes |= finder.all_classes
        noop = finder.noop_contexts | noop
    return marked, problems, classes, noop


def _extracted(template: Path) -> dict[tuple[str, str, str], bool]:
    found = {}
    for context in ET.parse(template).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message.get("numerus") == "yes"
    return found


def test_every_marker_is_one_lupdate_reads() -> None:
    _, problems, _, _ = _scan()
    assert problems == []


def test_every_marked_text_is_in_the_catalogue_as_written(catalogue_template: Path) -> None:
    marked, _, _, _ = _scan()
    assert len(marked) > 100
    extracted = _extracted(catalogue_template)
    wrong = []
    for m in marked:
        plural = extracted.get((m.context, m.source, m.comment))
        if plural is None:
            wrong.append(f"{m.where}: not extracted: {m.context} / {m.source!r}")
        elif plural != m.plural:
            wrong.append(f"{m.where}: plural forms {'lost' if m.plural else 'added'}")
    assert wrong == []


def test_noop_contexts_are_contexts_the_code_translates_in() -> None:
    """A table marked with QT_TRANSLATE_NOOP("Zones", ...) is shown through
    ``Zones.tr(entry)`` (or a widget's ``self.tr``): its context must be a
    class of the package, or the entry is never found."""
    _, _, classes, noop = _scan()
    assert {name: where for name, where in noop.items() if name not in classes} == {}
    assert {"Zones", "Strokes", "BuiltinRoutines"} <= set(noop)
