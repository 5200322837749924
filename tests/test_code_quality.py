"""ruff and mypy run with the tests, so one command checks everything."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    """One code style, enforced: ``ruff format`` leaves every file as it is."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_main_window_only_wires() -> None:
    """Every job has a module of its own; the window module stays small."""
    lines = (ROOT / "backmassage_gui" / "ui" / "main_window.py").read_text().count("\n")
    assert lines < 350


def test_mypy_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_domain_never_imports_qt() -> None:
    domain = ROOT / "backmassage_gui" / "domain"
    for path in domain.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "PySide6" not in text and "pyqtgraph" not in text, path.name
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, importlib, pkgutil, backmassage_gui.domain as d\n"
            "for m in pkgutil.iter_modules(d.__path__):\n"
            "    importlib.import_module(d.__name__ + '.' + m.name)\n"
            "print(any(k.startswith('PySide6') for k in sys.modules))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert probe.stdout.strip() == "False"


MAX_UI_FUNCTION_LINES = 60


def test_no_ui_function_is_longer_than_60_lines() -> None:
    """Long constructors hide what a widget is made of: each part gets a
    ``_build_…`` helper of its own. Lines count from ``def`` to the last line."""
    too_long = []
    for path in sorted((ROOT / "backmassage_gui" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_UI_FUNCTION_LINES:
                    too_long.append(f"{path.name}:{node.lineno} {node.name}: {lines} lines")
    assert not too_long, "\n".join(too_long)
