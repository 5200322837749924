"""A routine as the editor holds it: text as typed, problems per cell.

The editor table shows what the user typed, even when it is not yet valid
("2:7O"), so the draft keeps raw strings and derives everything else: the
problems under each cell, the guide's warnings, and the Routine once all is
well. Drafts are immutable; each edit makes a new one, which is what undo
and the crash-recovery autosave store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP, Context, number
from .pressure import MAX_LEVEL, MIN_LEVEL
from .routine import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_CUE_LEN,
    MAX_NAME_LEN,
    MAX_PHASE_S,
    MAX_PHASES,
    MIN_PHASE_S,
    Phase,
    Routine,
    RoutineError,
    without_got,
)
from .routine_edit import GuideWarning, fit_to_length, format_mss, guide_warnings, parse_mss
from .strokes import Stroke
from .zones import Zone


class RoutineDraftText(Context):
    """The routine editor's table: its columns and what is wrong in a cell."""


COLUMNS: tuple[str, ...] = ("name", "zone", "stroke", "duration", "start", "end", "cue")
COLUMN_TITLES: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("RoutineDraftText", "Phase"),
    "zone": QT_TRANSLATE_NOOP("RoutineDraftText", "Zone"),
    "stroke": QT_TRANSLATE_NOOP("RoutineDraftText", "Stroke"),
    "duration": QT_TRANSLATE_NOOP("RoutineDraftText", "Length (m:ss)"),
    "start": QT_TRANSLATE_NOOP("RoutineDraftText", "Pressure from"),
    "end": QT_TRANSLATE_NOOP("RoutineDraftText", "Pressure to"),
    "cue": QT_TRANSLATE_NOOP("RoutineDraftText", "What the hands do"),
}
"""Each column's heading, in the English source: show ``column_title(name)``."""


_COLUMNS_IN_SENTENCE: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("RoutineDraftText", "phase"),
    "zone": QT_TRANSLATE_NOOP("RoutineDraftText", "zone"),
    "stroke": QT_TRANSLATE_NOOP("RoutineDraftText", "stroke"),
    "duration": QT_TRANSLATE_NOOP("RoutineDraftText", "length (m:ss)"),
    "start": QT_TRANSLATE_NOOP("RoutineDraftText", "pressure from"),
    "end": QT_TRANSLATE_NOOP("RoutineDraftText", "pressure to"),
    "cue": QT_TRANSLATE_NOOP("RoutineDraftText", "what the hands do"),
}


def column_title(column: str) -> str:
    return RoutineDraftText.tr(COLUMN_TITLES[column])


def column_in_sentence(column: str) -> str:
    """A column's name inside a sentence ("phase 3, length: ..."), where
    English writes it in lower case and German does not."""
    return RoutineDraftText.tr(_COLUMNS_IN_SENTENCE[column])


# Where a routine.py problem path points in the table.
_PROBLEM_FIELDS = {
    "name": "name",
    "zone": "zone",
    "stroke": "stroke",
    "duration_s": "duration",
    "pressure.start": "start",
    "pressure.end": "end",
    "pressure": "start",
    "cue": "cue",
}
_PHASE_PATH = re.compile(r"^phases\[(\d+)\]\.([a-z_.]+): (.*)$")


def _level_text(level: float) -> str:
    """A pressure level as the language writes it (``2,5`` in German)."""
    return number(level)


@dataclass(frozen=True)
class PhaseRow:
    """One table row, every cell as text."""

    name: str = "New phase"
    zone: str = Zone.FULL_BACK.value
    stroke: str = Stroke.GLIDING.value
    duration: str = "1:00"
    start: str = "2"
    end: str = "2"
    cue: str = ""

    @classmethod
    def from_phase(cls, phase: Phase) -> PhaseRow:
        return cls(
            phase.name,
            phase.zone.value,
            phase.stroke.value,
            format_mss(phase.duration_s),
            _level_text(phase.pressure.start),
            _level_text(phase.pressure.end),
            phase.cue,
        )

    def get(self, column: str) -> str:
        value = getattr(self, column)
        assert isinstance(value, str)
        return value

    def with_value(self, column: str, text: str) -> PhaseRow:
        if column not in COLUMNS:
            raise KeyError(column)
        return replace(self, **{column: text})

    def parse(self) -> tuple[dict[str, Any], dict[str, str]]:
        """This row as a routine-file phase, plus problems the text itself
        has (a duration that is not m:ss, a pressure that is not a number)."""
        problems: dict[str, str] = {}
        data: dict[str, Any] = {"name": self.name.strip(), "zone": self.zone, "stroke": self.stroke}
        try:
            seconds = parse_mss(self.duration)
        except ValueError as exc:
            problems["duration"] = str(exc)
            seconds = MIN_PHASE_S
        else:
            if not MIN_PHASE_S <= seconds <= MAX_PHASE_S:
                problems["duration"] = RoutineDraftText.tr("must be from {low} to {high}").format(
                    low=format_mss(MIN_PHASE_S), high=format_mss(MAX_PHASE_S)
                )
        data["duration_s"] = seconds
        pressure: dict[str, float] = {}
        for column in ("start", "end"):
            text = self.get(column).strip()
            try:
                level = float(text.replace(",", "."))  # 2,5 as well as 2.5
            except ValueError:
                problems[column] = RoutineDraftText.tr("type a number from {low} to {high}").format(
                    low=number(MIN_LEVEL), high=number(MAX_LEVEL)
                )
                level = MIN_LEVEL
            else:
                if not MIN_LEVEL <= level <= MAX_LEVEL:
                    problems[column] = RoutineDraftText.tr("must be from {low} to {high}").format(
                        low=number(MIN_LEVEL), high=number(MAX_LEVEL)
                    )
            pressure[column] = level
        data["pressure"] = pressure
        if self.cue.strip():
            data["cue"] = self.cue.strip()
        return data, problems


def check_cell(column: str, text: str) -> str | None:
    """What is wrong with ``text`` typed into ``column`` on its own (checked
    while the user types, before the edit is committed), or None."""
    if column == "name":
        stripped = text.strip()
        if not stripped:
            return RoutineDraftText.tr("give the phase a name")
        return _at_most(MAX_NAME_LEN) if len(stripped) > MAX_NAME_LEN else None
    if column == "cue":
        return _at_most(MAX_CUE_LEN) if len(text.strip()) > MAX_CUE_LEN else None
    if column in ("duration", "start", "end"):
        return PhaseRow().with_value(column, text).parse()[1].get(column)
    return None


@dataclass(frozen=True)
class RoutineDraft:
    """The routine being edited."""

    name: str
    rows: tuple[PhaseRow, ...]
    description: str = ""
    key: str = field(default="", compare=False)
    builtin: bool = field(default=False, compare=False)

    @classmethod
    def from_routine(cls, routine: Routine) -> RoutineDraft:
        return cls(
            routine.name,
            tuple(PhaseRow.from_phase(p) for p in routine.phases),
            routine.description,
            key=routine.key,
            builtin=routine.builtin,
        )

    # -- edits (each returns a new draft) -----------------------------------
    def with_name(self, name: str) -> RoutineDraft:
        return replace(self, name=name)

    def with_description(self, description: str) -> RoutineDraft:
        return replace(self, description=description)

    def with_cell(self, row: int, column: str, text: str) -> RoutineDraft:
        rows = list(self.rows)
        rows[row] = rows[row].with_value(column, text)
        return replace(self, rows=tuple(rows))

    def inserted(self, index: int, row: PhaseRow | None = None) -> RoutineDraft:
        rows = list(self.rows)
        rows.insert(index, row or PhaseRow(name=RoutineDraftText.tr("New phase")))
        return replace(self, rows=tuple(rows))

    def duplicated(self, index: int) -> RoutineDraft:
        return self.inserted(index + 1, self.rows[index])

    def removed(self, index: int) -> RoutineDraft:
        rows = list(self.rows)
        del rows[index]
        return replace(self, rows=tuple(rows))

    def moved(self, source: int, target: int) -> RoutineDraft:
        """Move row ``source`` so it ends up at index ``target``."""
        rows = list(self.rows)
        row = rows.pop(source)
        rows.insert(max(0, min(target, len(rows))), row)
        return replace(self, rows=tuple(rows))

    def fitted(self, total_s: float) -> RoutineDraft:
        """Every phase scaled to make ``total_s`` (see ``fit_to_length``);
        needs the draft to be valid first."""
        routine = self.to_routine()
        phases = fit_to_length(routine.phases, total_s)
        rows = tuple(
            row.with_value("duration", format_mss(p.duration_s))
            for row, p in zip(self.rows, phases, strict=True)
        )
        return replace(self, rows=rows)

    # -- reading ----------------------------------------------------------
    def cell_problems(self) -> dict[tuple[int, str], str]:
        """Why each bad cell is bad, keyed by (row, column)."""
        problems: dict[tuple[int, str], str] = {}
        for index, row in enumerate(self.rows):
            data, own = row.parse()
            for column, message in own.items():
                problems[(index, column)] = message
            try:
                Phase.from_dict(data, where=f"phases[{index}]")
            except RoutineError as exc:
                for line in exc.problems:
                    match = _PHASE_PATH.match(line)
                    if not match:
                        continue
                    column = _PROBLEM_FIELDS.get(match[2], "name")
                    problems.setdefault((index, column), _plain(match[3]))
        return problems

    def routine_problems(self) -> list[str]:
        """Problems that belong to no cell: the name, the number of phases."""
        problems = []
        if not self.name.strip():
            problems.append(RoutineDraftText.tr("Give the routine a name."))
        elif len(self.name.strip()) > MAX_NAME_LEN:
            problems.append(
                RoutineDraftText.tr("The routine's name is longer than {most} characters.").format(
                    most=MAX_NAME_LEN
                )
            )
        if not self.rows:
            problems.append(RoutineDraftText.tr("Add at least one phase."))
        elif len(self.rows) > MAX_PHASES:
            problems.append(
                RoutineDraftText.tr("A routine has at most {most} phases.").format(most=MAX_PHASES)
            )
        return problems

    @property
    def valid(self) -> bool:
        return not self.routine_problems() and not self.cell_problems()

    def total_s(self) -> float:
        """The length of the rows whose duration parses (for the header)."""
        total = 0.0
        for row in self.rows:
            try:
                total += parse_mss(row.duration)
            except ValueError:
                continue
        return total

    def to_dict(self) -> dict[str, Any]:
        """The routine-file form (may be invalid: validation is to_routine's)."""
        data: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "name": self.name.strip(),
        }
        if self.description.strip():
            data["description"] = self.description.strip()
        data["phases"] = [row.parse()[0] for row in self.rows]
        return data

    def to_routine(self) -> Routine:
        problems = self.routine_problems() + [
            f"row {row + 1}, {COLUMN_TITLES[column].lower()}: {message}"
            for (row, column), message in sorted(self.cell_problems().items())
        ]
        if problems:
            raise RoutineError(problems)
        return Routine.from_dict(self.to_dict(), key=self.key)

    def warnings(self) -> list[GuideWarning]:
        """The guide's advice, once the draft is valid enough to judge."""
        if not self.valid:
            return []
        return guide_warnings(self.to_routine().phases)

    # -- crash recovery ---------------------------------------------------
    def to_raw(self) -> dict[str, Any]:
        """Everything typed, exactly, for the autosaved draft."""
        return {
            "name": self.name,
            "description": self.description,
            "key": self.key,
            "builtin": self.builtin,
            "rows": [[row.get(c) for c in COLUMNS] for row in self.rows],
        }

    @classmethod
    def from_raw(cls, data: object) -> RoutineDraft:
        """Back from ``to_raw``; raises ValueError on anything malformed."""
        if not isinstance(data, dict):
            raise ValueError("draft is not an object")
        rows_data = data.get("rows")
        if not isinstance(rows_data, list):
            raise ValueError("draft has no rows")
        rows = []
        for cells in rows_data:
            if (
                not isinstance(cells, list)
                or len(cells) != len(COLUMNS)
                or not all(isinstance(c, str) for c in cells)
            ):
                raise ValueError("draft row is malformed")
            rows.append(PhaseRow(*cells))
        name, description = data.get("name", ""), data.get("description", "")
        key, builtin = data.get("key", ""), data.get("builtin", False)
        if not (
            isinstance(name, str)
            and isinstance(description, str)
            and isinstance(key, str)
            and isinstance(builtin, bool)
        ):
            raise ValueError("draft fields are malformed")
        return cls(name, tuple(rows), description, key=key, builtin=builtin)


def _at_most(characters: int) -> str:
    return RoutineDraftText.tr("at most {most} characters").format(most=characters)


def _plain(message: str) -> str:
    """A routine.py message without its 'got ...' tail, for a table cell."""
    return without_got(message)
