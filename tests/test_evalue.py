"""Tests of civicanalysis.evalue: the E-value (VanderWeele & Ding 2017)."""

from __future__ import annotations

import math

import pytest

import civicanalysis as ca


# -- e_value -------------------------------------------------------------------------------------
def test_e_value_worked_examples():
    # VanderWeele & Ding (2017), Annals of Internal Medicine: RR 3.9 (1.8 to 8.7) -> 7.26 and 3.0.
    ev = ca.e_value(ca.Estimate("risk ratio", 3.9, 1.8, 8.7, null=1.0))
    assert ev.point == pytest.approx(3.9 + math.sqrt(3.9 * 2.9)) and round(ev.point, 2) == 7.26
    assert ev.ci == pytest.approx(3.0)
    # The protective version gives the same E-values.
    ev = ca.e_value(ca.Estimate("risk ratio", 1 / 3.9, 1 / 8.7, 1 / 1.8, null=1.0))
    assert ev.point == pytest.approx(7.26, abs=0.01) and ev.ci == pytest.approx(3.0)
    # RR 10.73 (8.02 to 14.36) -> 20.95 and 15.52 (the EValue R package's test values).
    ev = ca.e_value(ca.Estimate("risk ratio", 10.73, 8.02, 14.36, null=1.0))
    assert ev.point == pytest.approx(20.947, abs=1e-3) and ev.ci == pytest.approx(15.523, abs=1e-3)
    # An interval that includes 1 gives 1 for the interval.
    assert ca.e_value(ca.Estimate("risk ratio", 1.3, 0.9, 1.8, null=1.0)).ci == 1.0


def test_e_value_approximations():
    # Common outcome: RR ~ sqrt(OR); rare outcome: RR ~ OR.
    ev = ca.e_value(ca.Estimate("odds ratio", 4.0, 2.25, 9.0, null=1.0))
    assert ev.risk_ratio.value == pytest.approx(2.0) and ev.point == pytest.approx(2 + math.sqrt(2))
    assert ev.ci == pytest.approx(1.5 + math.sqrt(1.5 * 0.5))
    rare = ca.e_value(ca.Estimate("odds ratio", 4.0, 2.25, 9.0, null=1.0), rare_outcome=True)
    assert rare.risk_ratio.value == pytest.approx(4.0)
    # Hazard ratio, common outcome: (1 - 0.5^sqrt(HR)) / (1 - 0.5^sqrt(1/HR)).
    hr = 2.0
    rr = (1 - 0.5 ** math.sqrt(hr)) / (1 - 0.5 ** math.sqrt(1 / hr))
    ev = ca.e_value(ca.Estimate("hazard ratio", hr, 1.5, 2.7, null=1.0))
    assert ev.risk_ratio.value == pytest.approx(rr)
    assert ev.point == pytest.approx(rr + math.sqrt(rr * (rr - 1)))
    # Standardised difference d: RR ~ exp(0.91 d); a difference in means is divided by sd.
    ev = ca.e_value(ca.Estimate("difference in means", 1.0, 0.5, 1.5), sd=2.0)
    assert ev.risk_ratio.value == pytest.approx(math.exp(0.91 * 0.5))
    assert ev.table.columns.tolist()[:5] == [
        "estimate",
        "ci_low",
        "ci_high",
        "e_value",
        "e_value_ci",
    ]
    assert "E-value" in ev.explain("en") and "E-waarde" in ev.explain("nl")


def test_e_value_bad_input():
    with pytest.raises(ca.InvalidOptionError, match="estimate must be a civicanalysis Estimate"):
        ca.e_value(2.5)
    with pytest.raises(ca.InvalidOptionError, match="needs the standard deviation"):
        ca.e_value(ca.Estimate("difference in means", 1.0, 0.5, 1.5))
    with pytest.raises(ca.InvalidOptionError, match="has no E-value formula"):
        ca.e_value(ca.Estimate("correlation", 0.3, 0.1, 0.5))
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="moet een civicanalysis Estimate"):
            ca.e_value(2.5)
        with pytest.raises(ca.InvalidOptionError, match="standaardafwijking"):
            ca.e_value(ca.Estimate("difference in means", 1.0, 0.5, 1.5), sd=-1)
        with pytest.raises(ca.InvalidOptionError, match="heeft geen formule"):
            ca.e_value(ca.Estimate("correlation", 0.3, 0.1, 0.5))


def test_e_value_infinite_limits_and_refusals():
    # An odds ratio of 5 whose interval runs from 2 to infinity (a common outcome): the interval's
    # E-value is that of sqrt(2): 2.18.
    ev = ca.e_value(ca.Estimate("odds ratio", 5.0, 2.0, math.inf, null=1.0))
    assert ev.ci == pytest.approx(math.sqrt(2) + math.sqrt(math.sqrt(2) * (math.sqrt(2) - 1)))
    assert round(ev.ci, 2) == 2.18 and math.isfinite(ev.point)
    # A protective ratio whose interval starts at 0.
    ev = ca.e_value(ca.Estimate("risk ratio", 0.2, 0.0, 0.5, null=1.0))
    assert ev.ci == pytest.approx(2 + math.sqrt(2))
    # No interval: the interval's E-value is unknown, and explain() says so.
    ev = ca.e_value(ca.Estimate("risk ratio", 2.0, math.nan, math.nan, null=1.0))
    assert math.isnan(ev.ci) and "unknown" in ev.explain("en") and "onbekend" in ev.explain("nl")
    for bad in (math.nan, 0.0, -1.5, math.inf):
        with pytest.raises(ca.InvalidOptionError, match="must be a positive, finite number"):
            ca.e_value(ca.Estimate("odds ratio", bad, 0.5, 2.0, null=1.0))
    with pytest.raises(ca.InvalidOptionError, match="must be a finite number"):
        ca.e_value(ca.Estimate("standardised difference", math.nan, 0.1, 0.5))
    with pytest.raises(ca.InvalidOptionError, match="rare_outcome='no'"):
        ca.e_value(ca.Estimate("odds ratio", 2.0, 1.5, 3.0, null=1.0), rare_outcome="no")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="moet .* een positief, eindig getal"):
            ca.e_value(ca.Estimate("odds ratio", 0.0, 0.5, 2.0, null=1.0))
        with pytest.raises(ca.InvalidOptionError, match="moet True"):
            ca.e_value(ca.Estimate("odds ratio", 2.0, 1.5, 3.0, null=1.0), rare_outcome="no")


def test_every_e_value_explanation_names_its_assumption():
    common = ca.e_value(ca.Estimate("odds ratio", 4.0, 2.25, 9.0, null=1.0))
    rare = ca.e_value(ca.Estimate("odds ratio", 4.0, 2.25, 9.0, null=1.0), rare_outcome=True)
    assert "common" in common.explain("en") and "rare_outcome=True" in common.explain("en")
    assert "niet zeldzaam" in common.explain("nl")
    assert "outcome is rare" in rare.explain("en") and "zeldzaam" in rare.explain("nl")
    hr = ca.e_value(ca.Estimate("hazard ratio", 2.0, 1.5, 2.7, null=1.0))
    assert "VanderWeele" in hr.explain("en")
    rate = ca.e_value(ca.Estimate("rate ratio", 2.0, 1.5, 2.7, null=1.0))
    assert "rate ratio is taken as a risk ratio" in rate.explain("en")
    assert "frequentieverhouding" in rate.explain("nl")
    diff = ca.e_value(ca.Estimate("difference in means", 1.0, 0.5, 1.5), sd=2.0)
    assert "exp(0.91" in diff.explain("en") and "exp(0,91" in diff.explain("nl")
    for ev in (common, rare, hr, rate, diff):
        assert 3 <= len(ev._explain_sentences("en")) <= 6
    assert bool(common.table["rare_outcome"].iloc[0]) is False


def test_e_value_of_a_rare_outcome_from_hypothesis_numbers():
    # For a rare outcome (e.g. a 0.27% death rate) the odds ratio is close to the risk ratio; the
    # common-outcome formula (square root) would give a much smaller E-value for the same data.
    est = ca.Estimate("odds ratio", 3.4, 2.0, 5.8, null=1.0)
    assert ca.e_value(est, rare_outcome=True).point > ca.e_value(est).point
