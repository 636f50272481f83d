"""Held-out published cases (issue 10): run once, at the end, as a check that was not tuned to.

Kidney stones (Charig et al. 1986), the death-penalty table (Radelet 1981; Agresti 2013) and the
Whickham survey (Appleton et al. 1996), typed in as counts in tests/reference/published_cases.py.
The checks are about the verdicts: the crude numbers match the publications, and a reversal is
announced only when the adjusted interval supports it.
"""

from __future__ import annotations

import warnings

import pytest

import civicanalysis as ca


def _check(name, exposure, outcome, candidate):
    from reference import published_cases

    case = getattr(published_cases, name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        report = ca.check_confounders(
            published_cases.table(case),
            exposure=exposure,
            outcome=outcome,
            candidates=[candidate],
            weights="count",
        )
    return case, report, report.table.loc[candidate]


def _announces_reversal(text):
    return "Simpson" in text or "direction reverses" in text


@pytest.mark.parametrize(
    "name,exposure,outcome,candidate,crude",
    [
        ("KIDNEY", "open_surgery", "success", "large", (273 / 77) / (289 / 61)),
        ("DEATH_PENALTY", "white_defendant", "death", "white_victim", 1.45),
        ("WHICKHAM", "smoker", "dead", "age", 0.685),
    ],
)
def test_held_out_cases(name, exposure, outcome, candidate, crude):
    case, report, row = _check(name, exposure, outcome, candidate)
    assert report.crude.value == pytest.approx(crude, abs=0.01)
    text = report.explain("en")
    clear_other_side = row["evidence"] in ("clear", "likely") and bool(row["reverses"])
    assert _announces_reversal(text) == clear_other_side
    if row["reverses"] and not clear_other_side:
        assert "cannot tell its direction" in text
    # The hypothesis gets its verdict after the confounder check, never survives a reversal.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        from reference.published_cases import individuals

        h = ca.Hypothesis("a claim", exposure=exposure, outcome=outcome).test(
            individuals(case), candidates=[candidate]
        )
    assert [c.name for c in h.checks][:2] == ["association", "confounders"]
    if row["reverses"]:
        assert h.status == "confounded"
