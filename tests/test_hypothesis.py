"""Tests of civicanalysis.hypothesis: the order of the checks, statuses, design tests, the record."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pandas as pd
import pytest

import civicanalysis as ca

STATUSES_TESTED = ("no-association", "confounded", "survives-checks", "refuted")


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
    assert h.rung == "information"
    assert [c.name for c in h.checks] == ["association", "confounders"]
    # One model, one measure before and after adjustment.
    assert h.checks[0].function == "ca.check_confounders (crude)"
    assert h.checks[0].estimate["measure"] == h.checks[1].estimate["measure"] == "rate ratio"
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
        "evidence",
    ]
    text = h.explain("en")
    assert "confounded" in text and "4000 rows" in text and "experiment" in text
    assert "causes" not in text
    assert "verstorende variabele" in h.explain("nl")
    assert 3 <= len(h._explain_sentences("en")) <= 6
    assert "Knowledge" not in repr(h) and "confounded" in h.rung_label("en")
    assert "verstoord" in h.rung_label("nl")
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
    assert [c.name for c in h.checks] == ["association", "confounders", "e-value"]
    assert h.checks[2].details["e_value"] > 1
    row = h.table[h.table["check"] == "e-value"]
    assert len(row) == 1 and row["estimate"].iloc[0] == h.checks[2].details["e_value"]
    assert h.rung == "information" and "not yet knowledge" in h.rung_label("en")
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
    assert h.checks[1].name == "confounders"  # refuted only after the confounder check
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


# -- the order of the checks: association, confounders, verdict -------------------------------
def _counts(rows, columns):
    """A frame of individuals from a published table of counts (one row per person)."""
    frame = pd.DataFrame(rows, columns=[*columns, "count"])
    return (
        frame.loc[frame.index.repeat(frame["count"])].drop(columns="count").reset_index(drop=True)
    )


@pytest.fixture(scope="module")
def vaccination():
    # The vaccination-by-age Simpson case (see tests/reference/published_cases.py): deaths among
    # vaccinated and unvaccinated people in a young and an old age group.
    from reference.published_cases import VACCINATION

    return _counts(VACCINATION["rows"], VACCINATION["columns"])


def test_sign_reversal_after_adjustment_is_confounded_never_refuted(vaccination):
    # Crude OR 2.46 (vaccinated die more), age-adjusted OR 0.29: the claim "vaccinated people are
    # less likely to die" is not refuted by the crude number; the confounder check runs first.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        lower = ca.Hypothesis(
            "Vaccinated people are less likely to die",
            exposure="vaccinated",
            outcome="died",
            direction="lower",
        ).test(vaccination, candidates=["old"])
        any_direction = ca.Hypothesis(
            "Vaccination goes with death", exposure="vaccinated", outcome="died"
        ).test(vaccination, candidates=["old"])
    for h in (lower, any_direction):
        assert h.status == "confounded"
        assert [c.name for c in h.checks] == ["association", "confounders"]
        assert h.checks[1].details["reverses"] is True
        assert "reverses the direction" in h.explain("en")
        assert "richting van de samenhang omdraaien" in h.explain("nl")
        crude, adjusted = h.table["estimate"].iloc[0], h.table["estimate"].iloc[1]
        assert crude == pytest.approx(5.14, abs=0.01) and adjusted < 0.6


def test_decide_status_order():
    from civicanalysis.hypothesis import decide_status

    up = ca.Estimate("odds ratio", 2.0, 1.5, 2.7, null=1.0, p_value=1e-5)
    down = ca.Estimate("odds ratio", 0.5, 0.3, 0.8, null=1.0, p_value=1e-3)
    none_up = ca.Estimate("odds ratio", 1.1, 0.9, 1.3, null=1.0)
    none_down = ca.Estimate("odds ratio", 0.9, 0.7, 1.1, null=1.0)
    assert decide_status(up, up, "higher", True) == "survives-checks"
    assert decide_status(up, down, "higher", True) == "refuted"
    assert decide_status(down, down, "higher", True) == "refuted"
    assert decide_status(down, up, "higher", True) == "confounded"  # reversal, not survives
    assert decide_status(up, down, "any", True) == "confounded"
    assert decide_status(up, none_down, "any", True) == "confounded"
    assert decide_status(up, none_up, "higher", True) == "confounded"
    assert decide_status(none_up, none_up, "higher", False) == "no-association"
    assert decide_status(down, down, "any", False) == "survives-checks"


def test_e_value_uses_the_rare_outcome_formula_below_15_percent():
    rng = np.random.default_rng(3)
    n = 20000
    x = rng.integers(0, 2, n)
    z = rng.integers(0, 2, n)
    y = (rng.random(n) < 0.02 * np.exp(0.9 * x + 0.3 * z)).astype(int)
    data = pd.DataFrame({"x": x, "y": y, "z": z})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        h = ca.Hypothesis("x goes with y", exposure="x", outcome="y").test(data, candidates=["z"])
        common = ca.Hypothesis("x goes with y", exposure="x", outcome="y", rare_outcome=False).test(
            data, candidates=["z"]
        )
    assert h.status == "survives-checks"
    ev = h.checks[-1]
    assert ev.name == "e-value" and ev.details["rare_outcome"] is True
    adjusted = h.checks[1].estimate["estimate"]
    assert ev.details["e_value"] == pytest.approx(adjusted + np.sqrt(adjusted * (adjusted - 1)))
    assert "outcome is rare" in ev.finding["en"] and "zeldzaam" in ev.finding["nl"]
    assert common.checks[-1].details["rare_outcome"] is False
    assert common.checks[-1].details["e_value"] < ev.details["e_value"]
    assert "common" in common.checks[-1].finding["en"]
    with pytest.raises(ca.InvalidOptionError, match="rare_outcome='yes'"):
        ca.Hypothesis("x", exposure="x", outcome="y", rare_outcome="yes")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="moet True, False of None zijn"):
            ca.Hypothesis("x", exposure="x", outcome="y", rare_outcome="yes")


def test_outcome_type_is_passed_to_the_model():
    data = ca.datasets.load("vandalism")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        h = ca.Hypothesis(
            "Fish shops go with vandalism",
            exposure="fish_shop",
            outcome="vandalism",
            outcome_type="continuous",
        ).test(data, candidates=["on_square"])
    assert set(h.table.loc[h.table["check"] != "e-value", "measure"]) == {"difference in means"}
    assert "outcome_type=" in h.explain("en")


# -- design-based tests -----------------------------------------------------------------------
class _Design:
    def __init__(self, estimate, design="difference-in-differences"):
        self.estimate = estimate
        self.design = design


def test_only_a_supporting_design_with_interpretation_reaches_knowledge(tmp_path):
    data = ca.datasets.load("vandalism")
    h = ca.Hypothesis("Cafés go together with more vandalism", exposure="cafe", outcome="vandalism")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        h.test(data, candidates=["on_square"])
    assert h.status == "survives-checks" and h.rung == "information"
    assert h.design_status == "none"
    flat = _Design(ca.Estimate("rate ratio", 1.05, 0.8, 1.3, null=1.0))
    h.record_design(flat, interpretation="Pilot in 12 squares; too small to tell.")
    assert h.design_status == "inconclusive" and h.rung == "information"
    assert "does not support" in h.explain("en") and "steunt de bewering (nog) niet" in h.explain(
        "nl"
    )
    clear = _Design(ca.Estimate("rate ratio", 1.6, 1.3, 2.0, null=1.0, p_value=1e-5))
    h.record_design(clear, interpretation="Opening hours changed; vandalism followed.")
    assert [c.name for c in h.checks].count("design") == 1
    assert h.design_status == "supports" and h.rung == "knowledge"
    assert "Knowledge" in repr(h) and "Kennis" in h.rung_label("nl")
    assert "Opening hours changed" in h.explain("en")
    assert 3 <= len(h._explain_sentences("en")) <= 6
    h.save(tmp_path / "h.json")
    back = ca.Hypothesis.load(tmp_path / "h.json")
    assert back.rung == "knowledge" and back.design_status == "supports"
    assert back.interpretation == h.interpretation and back.record == h.record
    assert "design" in set(h.table["check"])
    # A confounded hypothesis stays information whatever the design says.
    g = ca.Hypothesis("Fish shops lead to vandalism", exposure="fish_shop", outcome="vandalism")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        g.test(data, candidates=["on_square"])
    g.record_design(clear, interpretation="x")
    assert g.status == "confounded" and g.rung == "information"
    against = ca.Hypothesis("a", exposure="cafe", outcome="vandalism", direction="lower")
    against.record_design(clear, interpretation="It went up.")
    assert against.design_status == "contradicts"
    assert "goes clearly against" in against.explain("en")


def test_record_design_bad_input():
    h = ca.Hypothesis("a", exposure="cafe", outcome="vandalism")
    good = _Design(ca.Estimate("rate ratio", 1.6, 1.3, 2.0, null=1.0))
    with pytest.raises(ca.InvalidOptionError, match=r"needs a result .* got float"):
        h.record_design(1.5, interpretation="x")
    with pytest.raises(ca.InvalidOptionError, match="must be your interpretation"):
        h.record_design(good, interpretation=" ")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="het is float"):
            h.record_design(1.5, interpretation="x")
        with pytest.raises(ca.InvalidOptionError, match="moet uw duiding"):
            h.record_design(good, interpretation="")


def test_record_is_frozen_and_renders_in_the_language_shown(tmp_path):
    import dataclasses

    from civicanalysis._text import render

    data = ca.datasets.load("vandalism")
    with ca.option_context(language="nl"), warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        h = ca.Hypothesis("Cafés gaan samen met vandalisme", exposure="cafe", outcome="vandalism")
        h.test(data, candidates=["on_square"])
    for name in ("status", "checks", "caveats", "interpretation"):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(h, name, None)
    # Made in Dutch, every check renders in English (and keeps its old dict-like access).
    finding = h.checks[0].finding
    assert "Before adjustment" in render(finding, "en") and "Zonder correctie" in finding["nl"]
    assert "Poisson regression" in render(h.checks[0].method, "en")
    assert "Zonder correctie" not in h.to_markdown("en")
    h.save(tmp_path / "h.md")
    back = ca.Hypothesis.load(tmp_path / "h.md")
    assert back.record == h.record and back.explain("en") == h.explain("en")
    assert render(back.caveats[0], "en") == render(h.caveats[0], "en")


def test_a_version_2_record_still_loads(tmp_path):
    record = {
        "kind": "civicanalysis.Hypothesis",
        "version": 2,
        "statement": "Cafés go with vandalism",
        "exposure": "cafe",
        "outcome": "vandalism",
        "status": "no-association",
        "checks": [
            {
                "name": "association",
                "function": "ca.check_confounders (crude)",
                "method": "Poisson regression",
                "estimate": None,
                "finding": {"en": "Nothing found.", "nl": "Niets gevonden."},
            }
        ],
        "caveats": ["An old caveat."],
        "data": {"n_rows": 10, "fingerprint": "1"},
    }
    (tmp_path / "old.md").write_text(
        "## Old\n\n<!-- civicanalysis-record\n" + json.dumps(record) + "\n-->\n", encoding="utf-8"
    )
    back = ca.Hypothesis.load(tmp_path / "old.md")
    assert back.status == "no-association" and back.checks[0].finding["nl"] == "Niets gevonden."
    assert "Niets gevonden." in back.explain("nl") and back.caveats == ("An old caveat.",)
