from __future__ import annotations

import itertools

import pytest

from backmassage_gui.catalogue import load_builtin_library
from backmassage_gui.domain.pressure_curve import curve, describe, span_at, spans


def test_spans_follow_the_phases_and_stretched_durations() -> None:
    routine = load_builtin_library().get("quick")
    assert routine is not None
    plain = spans(routine.phases)
    assert plain[0].start_s == 0
    assert plain[-1].end_s == routine.total_s
    for a, b in itertools.pairwise(plain):
        assert a.end_s == b.start_s
    durations = [p.duration_s for p in routine.phases]
    durations[1] += 30
    stretched = spans(routine.phases, durations)
    assert stretched[1].end_s - stretched[1].start_s == routine.phases[1].duration_s + 30
    assert stretched[-1].end_s == routine.total_s + 30


def test_curve_traces_each_phase_ramp() -> None:
    routine = load_builtin_library().get("tension-relief")
    assert routine is not None
    phase_spans = spans(routine.phases)
    times, levels = curve(phase_spans, points_per_phase=10)
    assert len(times) == len(levels) == 11 * len(routine.phases)
    assert times == sorted(times)
    assert levels[0] == routine.phases[0].pressure.start
    assert levels[-1] == routine.phases[-1].pressure.end
    assert max(levels) == pytest.approx(routine.peak_pressure)


def test_span_at_finds_the_phase_under_a_time() -> None:
    routine = load_builtin_library().get("quick")
    assert routine is not None
    phase_spans = spans(routine.phases)
    assert span_at(phase_spans, 0) is phase_spans[0]
    assert span_at(phase_spans, phase_spans[2].start_s + 1) is phase_spans[2]
    assert span_at(phase_spans, routine.total_s) is phase_spans[-1]
    assert span_at(phase_spans, -1) is None
    assert span_at(phase_spans, routine.total_s + 1) is None


def test_describe_says_the_curve_in_one_sentence() -> None:
    routine = load_builtin_library().get("quick")
    assert routine is not None
    text = describe(spans(routine.phases))
    peak = max(routine.phases, key=lambda p: p.pressure.peak)
    assert text.startswith(f"Pressure over the session, {len(routine.phases)} phases in 10:00")
    assert f"up to {peak.pressure.peak:g} of 10 in {peak.name}" in text
    assert describe([]) == "No phases yet."
