"""Bring the translations up to date with the source: lupdate, then lrelease.

    python tools/update_translations.py            # every language in assets/i18n
    python tools/update_translations.py de         # only German
    python tools/update_translations.py --check de   # what keeps German from shipping
    python tools/update_translations.py --pseudo build/i18n

1. ``tools/routine_texts.py`` lists the built-in routines' words as Python
   (``backmassage_gui/builtin_texts.py``), since lupdate reads no JSON.
2. ``pyside6-lupdate`` collects every marked text of ``backmassage_gui/``
   into ``assets/i18n/backmassage_<code>.ts`` (new texts come in unfinished;
   translations already made are kept; texts gone from the source stay as
   "vanished" so their translation can be reused).
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads
   (both are committed: the wheel ships the ``.qm``, built without Qt's tools).

``--pseudo DIR`` writes ``backmassage_pseudo.ts`` and ``.qm`` there instead:
every text about 40% longer and accented (``Start`` reads ``Šţààŕţ~`` or so),
for finding texts cut off or never marked. It is made fresh from the source
each time and never committed; ``--lang DIR/backmassage_pseudo.qm`` shows it.

Both tools ship with PySide6-Essentials (``pyside6-lupdate``,
``pyside6-lrelease``, found beside this Python or on the PATH).
"""

from __future__ import annotations

import argparse
import math
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "backmassage_gui"
I18N = ROOT / "assets" / "i18n"
PREFIX = "backmassage_"
PSEUDO = "pseudo"
LUPDATE_OPTIONS = ("-locations", "none", "-silent")
"""No source locations: line numbers would change the ``.ts`` at every edit
and make merges and the translators' work clash; the context and the
comments say where a text is used."""

sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

import routine_texts  # noqa: E402

from backmassage_gui.i18n import english_form  # noqa: E402


def tool(name: str) -> str:
    """``pyside6-<name>`` beside this interpreter (a venv), or on the PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def source_files() -> list[Path]:
    """Every module of the package, in a fixed order."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(code: str, folder: Path = I18N) -> Path:
    return folder / f"{PREFIX}{code}.ts"


def qm_path(code: str, folder: Path = I18N) -> Path:
    return folder / f"{PREFIX}{code}.qm"


def languages(folder: Path = I18N) -> list[str]:
    """The languages with a ``.ts`` in ``folder``."""
    return sorted(p.stem.removeprefix(PREFIX) for p in folder.glob(f"{PREFIX}*.ts"))


def lupdate(ts: Path, language: str) -> None:
    """Merge the source's texts into ``ts`` (made if missing)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p) for p in source_files()]
    command = [tool("lupdate"), *files, *LUPDATE_OPTIONS, "-target-language", language]
    subprocess.run([*command, "-ts", str(ts)], check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT)


def update(codes: Sequence[str]) -> None:
    routine_texts.main([])
    for code in codes:
        lupdate(ts_path(code), code)
        lrelease(ts_path(code), qm_path(code))
        print(f"updated {ts_path(code).relative_to(ROOT)} and its .qm ({summary(ts_path(code))})")


def summary(ts: Path) -> str:
    finished = unfinished = 0
    for message in current_messages(ET.parse(ts).getroot()):
        if is_finished(message):
            finished += 1
        else:
            unfinished += 1
    return f"{finished} finished, {unfinished} to do"


# -- reading a .ts ------------------------------------------------------------
def current_messages(root: ET.Element) -> list[ET.Element]:
    """The messages still in the source (not vanished or obsolete)."""
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        kind = translation.get("type", "") if translation is not None else ""
        if kind not in ("vanished", "obsolete"):
            found.append(message)
    return found


def is_finished(message: ET.Element) -> bool:
    """Translated in every plural form and not marked unfinished."""
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
    return all(text.strip() for text in texts)


def message_key(context: ET.Element, message: ET.Element) -> tuple[str, str, str]:
    return (
        context.findtext("name") or "",
        message.findtext("source") or "",
        message.findtext("comment") or "",
    )


def messages_by_key(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        message_key(context, message): message
        for context in root.iter("context")
        for message in current_messages(context)
    }


# -- the pseudo-translation -----------------------------------------------------
_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"
_ACCENT = str.maketrans(_PLAIN, _ACCENTED)
_VOWELS = frozenset("aeiouAEIOU")
_KEEP = re.compile(r"\{[a-z_]+\}|%n|%\d|<[^>]*>|&[a-z]+;|&#\d+;")
"""Placeholders, Qt's %n, HTML tags and entities: kept as written."""
GROWTH = 0.4


def pseudo(text: str) -> str:
    """``text`` about 40% longer, every letter accented: a vowel is doubled
    here and there (long words, as German has), and what is left of the
    growth comes as ``~`` at the end (not ``·``, which the app writes between
    parts of a line). Placeholders and markup stay."""
    parts = _KEEP.split(text)
    kept = _KEEP.findall(text)
    letters = sum(len(part) for part in parts)
    extra = math.ceil(letters * GROWTH)
    vowels = sum(1 for part in parts for ch in part if ch in _VOWELS)
    every = max(1, math.ceil(vowels / extra)) if extra else 0
    grown: list[str] = []
    seen = 0
    for part in parts:
        out = []
        for ch in part:
            out.append(ch)
            if ch in _VOWELS and extra > 0:
                seen += 1
                if seen % every == 0:
                    out.append(ch)
                    extra -= 1
        grown.append("".join(out).translate(_ACCENT))
    result = grown[0] + "".join(k + g for k, g in zip(kept, grown[1:], strict=True))
    return result + "~" * extra


def make_pseudo(folder: Path) -> Path:
    """``backmassage_pseudo.ts`` and ``.qm`` in ``folder``, fresh from the
    source; returns the ``.qm``."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = ts_path(PSEUDO, folder)
    ts.unlink(missing_ok=True)
    lupdate(ts, "en")  # English plural rules: one form and the rest
    tree = ET.parse(ts)
    for message in current_messages(tree.getroot()):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:  # English's two forms, from the source's "(s)"
            for form, n in zip(forms, (1, 2), strict=False):
                form.text = pseudo(english_form(source, n))
        else:
            translation.text = pseudo(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease(ts, qm_path(PSEUDO, folder))
    return qm_path(PSEUDO, folder)


# -- checking a translation ------------------------------------------------------------
_FIELD = re.compile(r"\{[a-z_]+\}")


def markers(text: str) -> tuple[list[str], bool]:
    """The ``{placeholders}`` of a text, sorted, and whether it has ``%n``."""
    return sorted(_FIELD.findall(text)), "%n" in text


def problems(ts: Path, template: Path, qm: Path | None = None) -> list[str]:
    """What keeps ``ts`` from shipping: texts of the source it lacks,
    translations unfinished or empty, placeholders lost or added, and a
    ``qm`` that is not what lrelease makes of ``ts`` now."""
    found: list[str] = []
    ours = messages_by_key(ts)
    for key in messages_by_key(template):
        if key not in ours:
            found.append(f"missing: {key[0]} / {key[1]!r}")
    for (context, source, _comment), message in ours.items():
        where = f"{context} / {source!r}"
        if not is_finished(message):
            found.append(f"unfinished: {where}")
            continue
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        wanted_fields, wanted_count = markers(source)
        for text in texts:
            fields, count = markers(text)
            if fields != wanted_fields:
                found.append(f"placeholders {fields} instead of {wanted_fields}: {where}")
            if wanted_count and not count and len(texts) > 1:
                found.append(f"no %n in a plural form: {where}")
    if qm is not None:
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / qm.name
            lrelease(ts, fresh)
            if not qm.exists() or fresh.read_bytes() != qm.read_bytes():
                found.append(f"{qm.name} is stale: run python tools/update_translations.py")
    return found


def extract_template(folder: Path) -> Path:
    """A ``.ts`` of every text the source marks, none translated (for checks)."""
    ts = folder / f"{PREFIX}template.ts"
    ts.unlink(missing_ok=True)
    lupdate(ts, "en")
    return ts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("languages", nargs="*", help="codes such as de (default: all)")
    parser.add_argument("--pseudo", metavar="DIR", type=Path, help="write the pseudo-translation")
    parser.add_argument(
        "--check", action="store_true", help="only list what keeps each language from shipping"
    )
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as folder:
            template = extract_template(Path(folder))
            failed = False
            for code in args.languages or languages():
                found = problems(ts_path(code), template, qm_path(code))
                print(f"{code}: {'ready to ship' if not found else f'{len(found)} to do'}")
                for line in found:
                    print(f"  {line}")
                failed = failed or bool(found)
        return 1 if failed else 0
    if args.pseudo is not None:
        routine_texts.main([])
        print(f"wrote {make_pseudo(args.pseudo)}")
        return 0
    codes = args.languages or languages()
    update(codes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
