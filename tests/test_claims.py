"""Tests of civicanalysis.claims: the E-value and Hypothesis (the scanner: tests/test_wording.py)."""

from __future__ import annotations

import json
import math
import warnings
from pathlib import Path

import pandas as pd
import pytest

import civicanalysis as ca

REFERENCE = Path(__file__).resolve().parent / "reference"
STATUSES_TESTED = ("no-association", "confounded", "survives-checks", "refuted")


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


# -- Hypothesis ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def fish_shop_tested():
    data = ca.datasets.load("vandalism")
    before = data.copy()
    h = ca.Hypothesis(
        "Fish shops lead to vandalism",
        exposure="fish_shop",
        outcome="vandalism",
        direction="higher",
    )
    with pytest.warns(ca.ConfoundingWarning, match="on_square"):
        h.test(data, candidates=["on_square", "youth_hangout"])
    assert any("on_square" in c for c in h.caveats)  # the check's warning is kept
    pd.testing.assert_frame_equal(data, before)  # never modifies the caller's data
    return h


def test_untested_hypothesis_stands_on_the_information_rung():
    h = ca.Hypothesis("Fish shops lead to vandalism", exposure="fish_shop", outcome="vandalism")
    assert h.status == "untested" and h.rung == "information" and h.checks == ()
    assert "not been tested" in h.explain("en") and "nog niet getoetst" in h.explain("nl")


def test_fish_shop_hypothesis_is_confounded_by_the_square(fish_shop_tested):
    h = fish_shop_tested
    assert h.status == "confounded"
    assert h.rung == "knowledge"
    assert [c.name for c in h.checks] == ["association", "confounders"]
    assert h.checks[0].function == "ca.compare"
    assert "on_square" in h.checks[1].details["confounders"]
    assert list(h.table.columns) == [
        "check",
        "measure",
        "estimate",
        "ci_low",
        "ci_high",
        "conf_level",
        "n",
        "method",
    ]
    text = h.explain("en")
    assert "confounded" in text and "4,000 rows" in text and "experiment" in text
    assert "causes" not in text
    assert "verstorende factor" in h.explain("nl")
    assert "Knowledge" in repr(h)
    assert "<img" in h._repr_html_()


def test_survives_checks_is_never_called_a_cause():
    data = ca.datasets.load("vandalism")
    h = ca.Hypothesis(
        "Cafés lead to more vandalism", exposure="cafe", outcome="vandalism", direction="higher"
    )
    with pytest.warns(ca.CausalLanguageWarning, match="lead to"):
        with pytest.warns(ca.ConfoundingWarning):
            h.test(data, candidates=["on_square", "youth_hangout"])
    assert h.status == "survives-checks"
    assert [c.name for c in h.checks] == ["association", "confounders", "sensitivity"]
    assert h.checks[2].details["e_value"] > 1
    text = h.explain("en")
    assert "still not a proven cause" in text and "randomised experiment" in text
    assert any("lead to" in c for c in h.caveats)
    # A neutral statement raises no causal-language warning.
    h2 = ca.Hypothesis(
        "Cafés go together with more vandalism", exposure="cafe", outcome="vandalism"
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert h2.test(data, candidates=["on_square"]).status == "survives-checks"
    assert not any(issubclass(w.category, ca.CausalLanguageWarning) for w in caught)


def test_refuted_and_no_association():
    data = ca.datasets.load("vandalism")
    h = ca.Hypothesis(
        "Tidy parks go with more vandalism",
        exposure="tidy_park",
        outcome="vandalism",
        direction="higher",
    )
    assert h.test(data, candidates=["on_square"]).status == "refuted"
    assert "opposite direction" in h.explain("en")
    rng = pd.Series(range(400)) % 2
    noise = pd.DataFrame({"x": rng, "y": ((pd.Series(range(400)) * 7919) % 13).astype(float)})
    h = ca.Hypothesis("x goes with y", exposure="x", outcome="y")
    assert h.test(noise).status == "no-association"
    assert "consistent with no association" in h.explain("en")


def test_time_to_event_claim_uses_compare_survival():
    data = ca.datasets.load("truancy")
    data = data.assign(boy=(data["sex"] == "male").astype(int))
    h = ca.Hypothesis(
        "Truant boys reoffend sooner",
        exposure="boy",
        duration="followup_days",
        event="new_case",
        direction="higher",
    )
    h.test(data, candidates=["prior_cases", "days_absent", "age"])
    assert h.checks[0].function == "ca.compare_survival"
    assert h.checks[0].estimate["measure"] == "hazard ratio"
    assert h.status in STATUSES_TESTED


def test_record_round_trip_json_and_markdown(fish_shop_tested, tmp_path):
    h = fish_shop_tested
    record = json.loads(h.to_json())
    assert record["status"] == "confounded" and record["data"]["n_rows"] == 4000
    assert record["checks"][1]["details"]["candidates"] == ["on_square", "youth_hangout"]
    for name in ("record.json", "record.md"):
        h.save(tmp_path / name)
        back = ca.Hypothesis.load(tmp_path / name)
        assert back.status == h.status and back.explain("en") == h.explain("en")
        assert back.record == h.record
    md = (tmp_path / "record.md").read_text(encoding="utf-8")
    assert md.startswith("## Hypothesis: Fish shops lead to vandalism")
    assert "### Checks" in md and "Rung" in md


def test_hypothesis_bad_input(tmp_path):
    data = ca.datasets.load("vandalism")
    with pytest.raises(ca.InvalidOptionError, match="must be the claim in words"):
        ca.Hypothesis("", exposure="fish_shop", outcome="vandalism")
    with pytest.raises(ca.InvalidOptionError, match="needs both"):
        ca.Hypothesis("x", exposure="a", duration="t")
    with pytest.raises(ca.InvalidOptionError, match="name the column of the supposed effect"):
        ca.Hypothesis("x", exposure="a")
    with pytest.raises(ca.InvalidOptionError, match="direction='up' is not one of"):
        ca.Hypothesis("x", exposure="a", outcome="b", direction="up")
    with pytest.raises(ca.ColumnNotFoundError, match="Did you mean 'vandalism'"):
        ca.Hypothesis("x", exposure="fish_shop", outcome="vandalsim").test(data)
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ca.InvalidOptionError, match="not a hypothesis record"):
        ca.Hypothesis.load(tmp_path / "bad.json")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="moet de bewering in woorden zijn"):
            ca.Hypothesis(" ", exposure="fish_shop", outcome="vandalism")
        with pytest.raises(ca.InvalidOptionError, match="geef beide of geen van beide"):
            ca.Hypothesis("x", exposure="a", event="e")
        with pytest.raises(ca.InvalidOptionError, match="noem de kolom"):
            ca.Hypothesis("x", exposure="a")
        with pytest.raises(ca.InvalidOptionError, match="geen hypotheseverslag"):
            ca.Hypothesis.load(tmp_path / "bad.json")
