from __future__ import annotations

import math
from dataclasses import FrozenInstanceError

import pytest

import civicanalysis as ca


def test_estimate_evidence_levels():
    assert ca.Estimate("difference in means", 2.0, 1.0, 3.0, p_value=0.01).evidence == "likely"
    assert ca.Estimate("difference in means", 2.0, 1.0, 3.0, p_value=1e-5).evidence == "clear"
    assert ca.Estimate("odds ratio", 1.2, 0.9, 1.6, null=1.0).evidence == "consistent-with-none"
    nan = math.nan
    assert ca.Estimate("rate ratio", 1.2, nan, nan, null=1.0).evidence == "unknown"


def test_estimate_is_frozen_and_speaks_both_languages():
    e = ca.Estimate("difference in means", -2.0, -3.5, -0.5, unit="days")
    with pytest.raises(FrozenInstanceError):
        e.value = 1.0  # type: ignore[misc]
    assert e.direction == -1 and e.excludes_null
    assert "likely" in e.verdict("en") and "waarschijnlijk" in e.verdict("nl")
    assert "−2.00 days (95% interval −3.50 to −0.500)" == e.interval_text("en")
    assert "significant" not in e.verdict("en").lower()
