"""The 0–10 scale's bands, and a stretch of it put in words."""

from __future__ import annotations

from backmassage_gui.domain.pressure import band_for, range_text


def test_levels_round_into_the_band_they_are_named_for() -> None:
    assert band_for(3).name == "Light"
    assert band_for(4).name == "Medium"
    assert band_for(7).name == "Firm"
    assert band_for(9).name == "Too much"
    assert band_for(-1).name == "Light" and band_for(12).name == "Too much"


def test_a_range_in_one_band_names_it_once() -> None:
    """Practice read 'Pressure 0–2: light to light' for resting hands."""
    assert range_text(0, 2) == "0–2: light"
    assert range_text(1, 4) == "1–4: light to medium"
    assert range_text(3, 8) == "3–8: light to firm"
    assert range_text(2.5, 3) == "2.5–3: light"
