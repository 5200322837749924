"""Routines and their phases, and the public JSON routine format.

A routine file looks like::

    {"format": "backmassage-routine", "version": 1, "name": "Evening unwind",
     "phases": [{"name": "Warm-up glide", "zone": "full_back", "stroke": "gliding",
                 "duration_s": 120, "pressure": {"start": 1, "end": 3}}]}

``Routine.from_dict`` accepts exactly what the app can run and reports every
problem at once, each naming where it is, so a hand-edited file can be fixed
in one pass.
"""

from __future__ import annotations

import codecs
import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import Context, number
from .file_errors import RoutineError, describe_os_error
from .pressure import MAX_LEVEL, MIN_LEVEL, PressureRamp
from .strokes import Stroke
from .zones import Zone

# typing.TYPE_CHECKING without importing typing, which would cost every
# command line 3 ms at start; mypy takes any TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TypeGuard, TypeVar

    E = TypeVar("E", Zone, Stroke)

FORMAT_NAME = "backmassage-routine"
FORMAT_VERSION = 1
MIN_PHASE_S = 5.0
MAX_PHASE_S = 3600.0
MAX_PHASES = 100
MAX_NAME_LEN = 80
MAX_CUE_LEN = 160
MAX_DESCRIPTION_LEN = 2000
MAX_FILE_BYTES = 1024 * 1024

_ROUTINE_KEYS = {"format", "version", "name", "description", "phases"}
_PHASE_KEYS = {"name", "zone", "stroke", "duration_s", "pressure", "cue"}
_PRESSURE_KEYS = {"start", "end"}


class RoutineFile(Context):
    """What is wrong with a routine file. Each problem starts with where it
    is (``phases[1].duration_s: ``), which stays as it is: it names the
    file's own keys."""


def _got(value: object) -> str:
    """The ", got ..." ending of a problem: what the file had instead."""
    return RoutineFile.tr(", got {value}").format(value=_show(value))


def _got_after_list(value: object) -> str:
    return RoutineFile.tr("; got {value}").format(value=_show(value))


def without_got(problem: str) -> str:
    """A problem without its "got ..." ending (the routine editor shows
    the value in the cell itself)."""
    for ending in (RoutineFile.tr(", got {value}"), RoutineFile.tr("; got {value}")):
        head = ending.split("{value}")[0]
        if head and head in problem:
            return problem[: problem.rindex(head)].strip()
    return problem.strip()


@dataclass(frozen=True)
class Phase:
    """One stretch of a session: one zone, one stroke, one pressure ramp."""

    name: str
    zone: Zone
    stroke: Stroke
    duration_s: float
    pressure: PressureRamp
    cue: str = ""

    @property
    def instruction(self) -> str:
        """The one line telling the hands what to do."""
        return self.cue or self.stroke.info.how

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "zone": self.zone.value,
            "stroke": self.stroke.value,
            "duration_s": _plain_number(self.duration_s),
            "pressure": {
                "start": _plain_number(self.pressure.start),
                "end": _plain_number(self.pressure.end),
            },
        }
        if self.cue:
            data["cue"] = self.cue
        return data

    @classmethod
    def from_dict(cls, data: object, where: str = "phase") -> Phase:
        problems: list[str] = []
        phase = _parse_phase(data, where, problems)
        if problems or phase is None:
            raise RoutineError(problems)
        return phase


@dataclass(frozen=True)
class Routine:
    """A named sequence of phases, run in order."""

    name: str
    phases: tuple[Phase, ...]
    description: str = ""
    key: str = field(default="", compare=False)
    """Short identifier used on the command line (the file stem for files)."""
    builtin: bool = field(default=False, compare=False)

    @property
    def total_s(self) -> float:
        return sum(p.duration_s for p in self.phases)

    @property
    def peak_pressure(self) -> float:
        return max(p.pressure.peak for p in self.phases)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "name": self.name,
        }
        if self.description:
            data["description"] = self.description
        data["phases"] = [p.to_dict() for p in self.phases]
        return data

    @classmethod
    def from_dict(
        cls, data: object, *, key: str = "", builtin: bool = False, source: str = ""
    ) -> Routine:
        problems: list[str] = []
        if not isinstance(data, Mapping):
            raise RoutineError(
                [
                    RoutineFile.tr("the file must hold a JSON object, got {kind}").format(
                        kind=_kind(data)
                    )
                ],
                source,
            )
        for extra in sorted(set(data) - _ROUTINE_KEYS, key=str):
            problems.append(f"{extra}: {_unknown_key(_ROUTINE_KEYS)}")
        if data.get("format") != FORMAT_NAME:
            must = RoutineFile.tr('must be "{format}"').format(format=FORMAT_NAME)
            problems.append(f"format: {must}{_got(data.get('format'))}")
        version = data.get("version")
        if _is_number(version) and version > FORMAT_VERSION:
            newer = RoutineFile.tr(
                "{version} was made by a newer version of the app "
                "(this one reads version {readable}); please update the app"
            ).format(version=_show(version), readable=FORMAT_VERSION)
            raise RoutineError([f"version: {newer}"], source)
        if version != FORMAT_VERSION or isinstance(version, bool):
            must = RoutineFile.tr("must be {version}").format(version=FORMAT_VERSION)
            problems.append(f"version: {must}{_got(version)}")
        name = _parse_text(data.get("name"), "name", problems, required=True, max_len=MAX_NAME_LEN)
        description = _parse_text(
            data.get("description"),
            "description",
            problems,
            required=False,
            max_len=MAX_DESCRIPTION_LEN,
        )
        phases: list[Phase] = []
        raw_phases = data.get("phases")
        if not isinstance(raw_phases, list):
            must = RoutineFile.tr("must be a list of phases")
            problems.append(f"phases: {must}{_got(raw_phases)}")
        elif not 1 <= len(raw_phases) <= MAX_PHASES:
            must = RoutineFile.tr("must hold 1 to {most} phases").format(most=MAX_PHASES)
            problems.append(f"phases: {must}{_got(len(raw_phases))}")
        else:
            for index, raw in enumerate(raw_phases):
                phase = _parse_phase(raw, f"phases[{index}]", problems)
                if phase is not None:
                    phases.append(phase)
        if problems:
            raise RoutineError(problems, source)
        return cls(
            name=name, phases=tuple(phases), description=description, key=key, builtin=builtin
        )

    @classmethod
    def from_json(
        cls, text: str, *, key: str = "", builtin: bool = False, source: str = ""
    ) -> Routine:
        return cls.from_dict(parse_json(text, source), key=key, builtin=builtin, source=source)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"


def load_routine_file(path: Path, *, builtin: bool = False) -> Routine:
    """Read and check one routine file; every failure is a ``RoutineError``."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RoutineError(
                [
                    RoutineFile.tr(
                        "file is {size} bytes; routine files may be at most {most} bytes"
                    ).format(size=size, most=MAX_FILE_BYTES)
                ],
                source,
            )
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise RoutineError([RoutineFile.tr("no such file")], source) from exc
    except OSError as exc:
        why = RoutineFile.tr("cannot read the file: {reason}").format(reason=describe_os_error(exc))
        raise RoutineError([why], source) from exc
    try:
        # Some Windows editors start UTF-8 files with a byte-order mark.
        text = raw.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError as exc:
        why = RoutineFile.tr("not UTF-8 text (bad byte at position {position})").format(
            position=exc.start
        )
        raise RoutineError([why], source) from exc
    return Routine.from_json(text, key=path.stem, builtin=builtin, source=source)


def parse_json(text: str, source: str = "") -> object:
    """Strict JSON: no NaN or Infinity, no duplicate keys, bounded nesting.
    A leading byte-order mark is allowed."""
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise RoutineError([RoutineFile.tr("the file is empty")], source)

    def mark_constant(name: str) -> object:
        # Kept as a marker, not refused on the spot, so the message can say
        # where it stands (the parser does not know which key it is under).
        return _NonFinite(name)

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for k, v in pairs:
            if k in result:
                twice = RoutineFile.tr("the key appears twice")
                raise RoutineError([f"{k}: {twice}"], source)
            result[k] = v
        return result

    if _nesting_depth(text) > 32:
        raise RoutineError([RoutineFile.tr("nested too deeply to be a routine")], source)
    try:
        data = json.loads(text, parse_constant=mark_constant, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as exc:
        why = RoutineFile.tr("not valid JSON: {error} at line {line}, column {column}").format(
            error=exc.msg, line=exc.lineno, column=exc.colno
        )
        raise RoutineError([why], source) from exc
    except RecursionError as exc:
        raise RoutineError([RoutineFile.tr("nested too deeply to be a routine")], source) from exc
    except RoutineError:
        raise
    except ValueError as exc:  # e.g. an integer longer than Python will parse
        why = RoutineFile.tr("not a usable JSON value: {error}").format(error=exc)
        raise RoutineError([why], source) from exc
    found = _find_non_finite(data, "")
    if found is not None:
        where, constant = found
        why = RoutineFile.tr("{constant} is not allowed; use an ordinary number").format(
            constant=constant.name
        )
        where = where or RoutineFile.tr("the file")
        raise RoutineError([f"{where}: {why}"], source)
    return data


@dataclass(frozen=True)
class _NonFinite:
    """Where the file had ``NaN``, ``Infinity`` or ``-Infinity``."""

    name: str


def _find_non_finite(data: object, where: str) -> tuple[str, _NonFinite] | None:
    """The first non-finite constant in ``data`` with its path, such as
    ``phases[1].duration_s``, in the same form as every other problem."""
    if isinstance(data, _NonFinite):
        return where, data
    if isinstance(data, dict):
        for key, value in data.items():
            found = _find_non_finite(value, f"{where}.{key}" if where else str(key))
            if found is not None:
                return found
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found = _find_non_finite(value, f"{where}[{index}]")
            if found is not None:
                return found
    return None


def _nesting_depth(text: str) -> int:
    """Deepest bracket nesting outside strings; cheap guard before parsing."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def _parse_phase(data: object, where: str, problems: list[str]) -> Phase | None:
    if not isinstance(data, Mapping):
        must = RoutineFile.tr("must be an object")
        problems.append(f"{where}: {must}{_got(data)}")
        return None
    start = len(problems)
    for extra in sorted(set(data) - _PHASE_KEYS, key=str):
        problems.append(f"{where}.{extra}: {_unknown_key(_PHASE_KEYS)}")
    name = _parse_text(
        data.get("name"), f"{where}.name", problems, required=True, max_len=MAX_NAME_LEN
    )
    cue = _parse_text(
        data.get("cue"), f"{where}.cue", problems, required=False, max_len=MAX_CUE_LEN
    )
    zone = _parse_zone(data.get("zone"), f"{where}.zone", problems)
    stroke = _parse_enum(Stroke, data.get("stroke"), f"{where}.stroke", problems)
    duration = data.get("duration_s")
    if not (_is_number(duration) and MIN_PHASE_S <= duration <= MAX_PHASE_S):
        must = RoutineFile.tr("must be a number of seconds from {low} to {high}").format(
            low=number(MIN_PHASE_S), high=number(MAX_PHASE_S)
        )
        problems.append(f"{where}.duration_s: {must}{_got(duration)}")
    ramp = _parse_pressure(data.get("pressure"), f"{where}.pressure", problems)
    if len(problems) > start or zone is None or stroke is None or ramp is None:
        return None
    assert isinstance(duration, int | float)
    return Phase(
        name=name, zone=zone, stroke=stroke, duration_s=float(duration), pressure=ramp, cue=cue
    )


def _parse_zone(value: object, where: str, problems: list[str]) -> Zone | None:
    if value == "spine":
        never = RoutineFile.tr(
            '"spine" is never a target: never press on the spine; '
            'use "spine_sides" to work the muscles beside it'
        )
        problems.append(f"{where}: {never}")
        return None
    return _parse_enum(Zone, value, where, problems)


def _parse_enum(kind: type[E], value: object, where: str, problems: list[str]) -> E | None:
    if isinstance(value, str):
        for member in kind:
            if member.value == value:
                return member
    allowed = ", ".join(member.value for member in kind)  # only for the problem
    must = RoutineFile.tr("must be one of {allowed}").format(allowed=allowed)
    problems.append(f"{where}: {must}{_got_after_list(value)}")
    return None


def _parse_pressure(value: object, where: str, problems: list[str]) -> PressureRamp | None:
    if not isinstance(value, Mapping):
        must = RoutineFile.tr("must be an object like {example}").format(
            example='{"start": 2, "end": 4}'
        )
        problems.append(f"{where}: {must}{_got(value)}")
        return None
    ok = True
    for extra in sorted(set(value) - _PRESSURE_KEYS, key=str):
        problems.append(f"{where}.{extra}: {_unknown_key(_PRESSURE_KEYS)}")
        ok = False
    levels: dict[str, float] = {}
    for key in ("start", "end"):
        level = value.get(key)
        if _is_number(level) and MIN_LEVEL <= level <= MAX_LEVEL:
            levels[key] = float(level)
        else:
            must = RoutineFile.tr("must be a number from {low} to {high}").format(
                low=number(MIN_LEVEL), high=number(MAX_LEVEL)
            )
            problems.append(f"{where}.{key}: {must}{_got(level)}")
            ok = False
    return PressureRamp(levels["start"], levels["end"]) if ok else None


def _parse_text(
    value: object, where: str, problems: list[str], *, required: bool, max_len: int
) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        must = RoutineFile.tr("must be text of 1 to {most} characters").format(most=max_len)
        problems.append(f"{where}: {must}{_got(value)}")
        return ""
    if len(value) > max_len:
        must = RoutineFile.tr("must be at most {most} characters").format(most=max_len)
        problems.append(f"{where}: {must}{_got(len(value))}")
        return ""
    return value.strip()


def _is_number(value: object) -> TypeGuard[int | float]:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    if isinstance(value, int):
        return abs(value) < 1e300  # huge ints would overflow float()
    return math.isfinite(value)


def _plain_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _unknown_key(allowed: set[str]) -> str:
    return RoutineFile.tr("unknown key (allowed: {keys})").format(keys=", ".join(sorted(allowed)))


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return RoutineFile.tr("text")
    if isinstance(value, list):
        return RoutineFile.tr("a list")
    if isinstance(value, Mapping):
        return RoutineFile.tr("an object")
    return RoutineFile.tr("a number")


def _show(value: object) -> str:
    """A value as the user wrote it, short enough for one line."""
    if value is None:
        return RoutineFile.tr("nothing")
    if isinstance(value, list | Mapping):
        return _kind(value)
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."
