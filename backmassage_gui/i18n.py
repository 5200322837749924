"""Translated text without Qt: the markers ``pyside6-lupdate`` extracts, and
the one place a translation is looked up.

Every text the user reads or hears is written in English in the source and
marked so ``pyside6-lupdate`` lists it in ``assets/i18n/*.ts`` for the
translators. Widgets use Qt's own ``self.tr``; code that must not import Qt
(the domain, the presenters, the command table, the command line) uses the
two markers here, which lupdate reads as it reads Qt's:

* a ``Context`` subclass per subject, whose ``tr`` translates at once::

      class SessionText(Context):
          \"\"\"The session's sentences.\"\"\"

      SessionText.tr("Session complete")
      SessionText.tr("%n minute(s)", "", minutes)   # plural forms

  lupdate takes the context from the name before ``.tr``, and so does
  ``Context.tr`` (the class's own name), so the two cannot disagree;
* ``QT_TRANSLATE_NOOP(context, text)`` for tables built at import time,
  before any language is chosen; the code that shows the entry translates it
  with ``<Context>.tr(entry)`` then.

(``translate(context, text, None, n)`` with a variable ``n`` is *not* listed
as a plural by lupdate 6.11, and keyword arguments hide a call from it
altogether; ``tests/unit/test_i18n_sources.py`` checks every marked text
reaches the catalogue as written.)

Placeholders are named, ``{minutes}``, filled with ``str.format`` after
translation; ``%n`` is the count of a plural, written in Qt's way,
``%n minute(s)``. Plurals go through a ``Context`` (in widgets too): English
has no catalogue, and ``Context.tr`` makes its forms from the source. Which catalogue answers is
installed once at start-up by ``use()``: Qt's ``QCoreApplication.translate``
in the window, the small ``.qm`` reader (``qm_catalogue``) on the command
line, nothing (the English source) in tests.
"""

from __future__ import annotations

import os
import re
from collections import namedtuple
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from . import resources

# typing.TYPE_CHECKING without importing typing, which would cost every
# command line 3 ms at start; mypy takes any TYPE_CHECKING as true. So mypy
# reads ``Language`` and ``Choice`` below as typing.NamedTuple classes, and
# Python builds the same tuples with collections.namedtuple.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from importlib.resources.abc import Traversable
    from typing import NamedTuple

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "SHIPPED",
    "Choice",
    "Context",
    "Language",
    "catalogue_file",
    "choose_language",
    "current_language",
    "join_words",
    "number",
    "resolve",
    "system_languages",
    "use",
    "use_catalogue",
]

Lookup = Callable[[str, str, "str | None", int], "str | None"]
"""``(context, text, disambiguation, n)`` to the translation, ``%n`` filled
in, or None where the catalogue has none."""

SOURCE_LANGUAGE = "en"
"""The language the source texts are written in: it needs no catalogue."""


if TYPE_CHECKING:

    class Language(NamedTuple):
        """One language the app can be shown in. (Named tuples, not dataclasses:
        the command line imports this module for ``--version`` too.)"""

        code: str
        """The catalogue's name part: ``backmassage_<code>.qm``."""
        name: str
        """Its own name for itself, as the Language menu lists it."""
        decimal_point: str = "."

else:  # the same tuple, without typing (see TYPE_CHECKING above)
    Language = namedtuple("Language", ["code", "name", "decimal_point"], defaults=["."])


LANGUAGES: dict[str, Language] = {
    "en": Language("en", "English"),
    "de": Language("de", "Deutsch", ","),
    "es": Language("es", "Español", ","),
}
"""Every language with a catalogue in ``assets/i18n`` (English is the source)."""

SHIPPED: tuple[str, ...] = ("de", "es")
"""The translations finished and checked: offered in View › Language, chosen
from the system's locale, and held complete by the tests. A language joins
when its ``.ts`` has no unfinished entry (README, "Translating"); until then
it is used only when asked for by name (``--lang de``)."""

PSEUDO = "pseudo"
"""The made-up language of ``tools/update_translations.py --pseudo``: every
text longer and accented, to find texts cut off or never marked."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue under ``context``; returns it unchanged."""
    return text


class Context:
    """A translation context: subclass it, one per subject, and call ``tr``."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the language in use; ``%n`` becomes ``n`` (and picks
        the plural form) when ``n`` is given."""
        return _translate(cls.__name__, text, disambiguation, n)


_lookup: Lookup | None = None
_language = SOURCE_LANGUAGE


def use(lookup: Lookup | None, language: str = SOURCE_LANGUAGE) -> None:
    """Answer every ``Context.tr`` from ``lookup`` from now on (None: the
    English source), and format numbers for ``language``."""
    global _lookup, _language
    _lookup = lookup
    _language = language


def current_language() -> str:
    """The code of the language texts are shown in (``en`` for the source)."""
    return _language


def _translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    if _lookup is not None:
        found = _lookup(context, text, disambiguation, n)
        # Qt answers an untranslated text with the text itself, count filled in.
        if found and (n < 0 or found != fill_count(text, n)):
            return found
    return english_plural(text, n)


def fill_count(text: str, n: int) -> str:
    """``text`` with ``%n`` replaced by ``n``, as Qt does for a plural."""
    return text.replace("%n", str(n)) if n >= 0 else text


_PLURAL_ENDING = r"(?<=\w)\((\w+)\)"
"""Compiled (and cached) by ``re`` at the first plural: listing or exporting routines shows none."""


def english_plural(text: str, n: int) -> str:
    """The English source of a plural, by Qt's convention written
    ``%n minute(s)``: ``1 minute``, ``2 minutes``. (The source language has
    no catalogue of its own; the ending in brackets is its plural form.)"""
    if n < 0:
        return text
    return fill_count(english_form(text, n), n)


def english_form(text: str, n: int) -> str:
    """The English plural form of ``text`` for ``n``, its ``%n`` kept."""
    return re.sub(_PLURAL_ENDING, lambda m: "" if n == 1 else m[1], text)


def number(value: float, places: int | None = None) -> str:
    """A number as the language writes it: ``2.5`` is ``2,5`` in German.
    ``places`` fixes the digits after the point; by default as few as needed."""
    text = f"{value:g}" if places is None else f"{value:.{places}f}"
    language = LANGUAGES.get(_language.split("_")[0])
    point = language.decimal_point if language else "."
    return text.replace(".", point) if point != "." else text


class Lists(Context):
    """Joining words into a list."""


def join_words(words: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``, in the language in use."""
    if not words:
        return ""
    if len(words) == 1:
        return words[0]
    head = Lists.tr(", ").join(words[:-1])
    return Lists.tr("{first} and {last}").format(first=head, last=words[-1])


# -- which language -----------------------------------------------------------
def system_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The languages the environment asks for, most wanted first, as Qt's
    ``QLocale.system().uiLanguages()`` reads them on Linux: ``LANGUAGE`` (a
    colon-separated list) if set, else the first of ``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``. ``C`` and ``POSIX`` mean English. Codes come
    back as ``de_DE``, encoding and modifier dropped."""
    environ = os.environ if environ is None else environ
    messages = ""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        messages = environ.get(name, "")
        if messages:
            break
    listed = environ.get("LANGUAGE", "")
    wanted = listed.split(":") if listed else [messages]
    codes: list[str] = []
    for entry in wanted:
        code = entry.split(".")[0].split("@")[0].replace("-", "_").strip()
        if code in ("C", "POSIX"):
            code = SOURCE_LANGUAGE
        if code and code not in codes:
            codes.append(code)
    return codes


def choose_language(wanted: Iterable[str], offered: Iterable[str]) -> str:
    """The first of ``wanted`` (locale names such as ``de_AT`` or ``de-AT``)
    that one of ``offered`` serves, whole or by its language part; English,
    the source, when none does. English in ``wanted`` counts as served, so
    ``LANGUAGE=en:de`` means English (Qt's own loader would pick German)."""
    served = {code.lower() for code in offered} | {SOURCE_LANGUAGE}
    for name in wanted:
        code = name.replace("-", "_").lower()
        for candidate in (code, code.split("_")[0]):
            if candidate in served:
                return candidate if candidate != code.lower() else _proper(code)
    return SOURCE_LANGUAGE


def _proper(code: str) -> str:
    """``pt_br`` as catalogues name it, ``pt_BR``."""
    language, _, territory = code.partition("_")
    return f"{language}_{territory.upper()}" if territory else language


# -- the catalogues -------------------------------------------------------------
CATALOGUE_PREFIX = "backmassage_"


def catalogue_file(code: str) -> Traversable | None:
    """The compiled catalogue shipped for ``code``, if there is one."""
    node = resources.asset(f"i18n/{CATALOGUE_PREFIX}{code}.qm")
    return node if node.is_file() else None


if TYPE_CHECKING:

    class Choice(NamedTuple):
        """The language to show, and the catalogue that holds it (None for English)."""

        code: str
        catalogue: Traversable | None = None
        problem: str = ""
        """Why the language asked for is not the one shown ("" when it is)."""

else:  # the same tuple, without typing (see TYPE_CHECKING above)
    Choice = namedtuple("Choice", ["code", "catalogue", "problem"], defaults=[None, ""])


def resolve(requested: str, system: Sequence[str]) -> Choice:
    """Which language to use. ``requested`` is a setting or ``--lang``: ""
    for the system's (among the ``SHIPPED`` languages), a code (any language
    with a catalogue, finished or not), or the path of a ``.qm`` file (the
    pseudo-translation, a translator's own build)."""
    requested = requested.strip()
    if not requested:
        code = choose_language(system, SHIPPED)
        return Choice(code, catalogue_file(code) if code != SOURCE_LANGUAGE else None)
    if requested.endswith(".qm") or os.sep in requested or "/" in requested:
        path = Path(requested).expanduser()
        if not path.is_file():
            return Choice(SOURCE_LANGUAGE, problem=f"no such catalogue: {requested}")
        return Choice(path.stem.removeprefix(CATALOGUE_PREFIX), path)
    code = requested.replace("-", "_")
    if code.split("_")[0] == SOURCE_LANGUAGE:
        return Choice(SOURCE_LANGUAGE)
    for candidate in (code, code.split("_")[0]):
        found = catalogue_file(candidate)
        if found is not None:
            return Choice(candidate, found)
    return Choice(SOURCE_LANGUAGE, problem=f"no translation into {requested!r}")


def use_catalogue(choice: Choice) -> None:
    """Answer ``Context.tr`` from ``choice``'s catalogue without Qt (the
    command line); English when it has none or it cannot be read."""
    if choice.catalogue is None:
        use(None, choice.code)
        return
    from .qm_catalogue import QmCatalogue, QmError

    try:
        catalogue = QmCatalogue.parse(choice.catalogue.read_bytes())
    except (OSError, QmError):
        use(None)
        return
    use(catalogue, choice.code)
