from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import civicanalysis as ca

REFERENCE = Path(__file__).parent / "reference" / "survival_efron_reference.json"
DRIVERS = ["prior_cases", "days_absent", "school_type", "benefit", "age", "district"]


@pytest.fixture(scope="module")
def truancy() -> pd.DataFrame:
    return ca.datasets.load("truancy")


@pytest.fixture(scope="module")
def naive(truancy):
    with ca.option_context(language="en"):
        return ca.compare_survival(
            truancy, duration="followup_days", event="new_case", by="sex", horizon=365
        )


@pytest.fixture(scope="module")
def adjusted(truancy):
    with ca.option_context(language="en"):
        return ca.compare_survival(
            truancy, duration="followup_days", event="new_case", by="sex", adjust_for=DRIVERS
        )


def _two_groups(rng, n=200, hr=1.0):
    g = np.repeat([0, 1], n // 2)
    t = rng.exponential(100, n) / np.where(g == 1, hr, 1.0)
    follow = 150.0
    return pd.DataFrame(
        {
            "time": np.minimum(t, follow).round(1),
            "event": (t <= follow).astype(int),
            "group": np.where(g == 1, "b", "a"),
        }
    )


# --- the truth of the truancy case --------------------------------------------------------------


def test_naive_look_shows_boys_sooner(naive):
    est = naive.estimate
    assert est.measure == "hazard ratio" and est.null == 1.0
    assert est.label == "sex: male vs female"
    assert 1.2 < est.value < 1.5 and est.ci_low > 1.0
    assert naive.reference == "female"
    # the horizon risks: boys have the event more often within a year
    risks = naive.groups.set_index("level")["risk_at_horizon"]
    assert risks["male"] > risks["female"]
    assert (naive.groups["risk_ci_low"] <= naive.groups["risk_at_horizon"]).all()


def test_adjusted_for_drivers_sex_has_no_effect(adjusted):
    est = adjusted.estimate
    assert est.ci_low < 1.0 < est.ci_high
    assert abs(math.log(est.value)) < 0.1
    assert est.evidence == "consistent-with-none"
    assert adjusted.unadjusted.ci_low > 1.0
    assert set(adjusted.table["model"]) == {"unadjusted", "adjusted"}
    assert list(adjusted.table.columns) == [
        "contrast",
        "model",
        "estimate",
        "ci_low",
        "ci_high",
        "conf_level",
        "p_value",
        "n",
        "n_events",
        "method",
    ]
    assert "Efron" in adjusted.estimate.method
    # PH holds by construction in the dataset: no term is flagged at the 1% level
    assert not adjusted.ph_test["violated"].any()
    assert {"sex: male vs female", "prior_cases"} <= set(adjusted.ph_test["term"])


@pytest.mark.filterwarnings("ignore::civicanalysis.ThinDataWarning")
def test_efron_ties_match_independent_reference():
    ref = json.loads(REFERENCE.read_text())
    df = pd.DataFrame({"t": ref["time"], "e": ref["event"], "g": ref["group"]})
    res = ca.compare_survival(df, duration="t", event="e", by="g")
    assert res.estimate.value == pytest.approx(ref["hazard_ratio"], rel=1e-5)
    se = (math.log(res.estimate.ci_high) - math.log(res.estimate.ci_low)) / (2 * 1.959964)
    assert se == pytest.approx(ref["se"], rel=1e-3)
    assert res.estimate.label == "g: 1 vs 0"


def test_kaplan_meier_by_hand():
    df = pd.DataFrame(
        {
            "t": [1, 2, 2, 3, 4, 5] * 6,
            "e": [1, 1, 0, 1, 0, 1] * 6,
            "g": ["x"] * 18 + ["y"] * 18,
        }
    )
    res = ca.compare_survival(df, duration="t", event="e", by="g")
    x = res.curves[res.curves["level"] == "x"].set_index("time")["survival"]
    # S(1) = 5/6, S(2) = 5/6 * 4/5, S(3) = that * 2/3, S(5) = that * 0
    assert x[1] == pytest.approx(5 / 6)
    assert x[2] == pytest.approx(5 / 6 * 4 / 5)
    assert x[3] == pytest.approx(5 / 6 * 4 / 5 * 2 / 3)
    curves = res.curves.dropna()
    assert (
        (curves["ci_low"] <= curves["survival"] + 1e-12)
        & (curves["survival"] <= curves["ci_high"] + 1e-12)
    ).all()


def test_more_than_two_levels_headline_is_first_after_reference(truancy):
    res = ca.compare_survival(truancy, duration="followup_days", event="new_case", by="school_type")
    levels = sorted(truancy["school_type"].unique())
    assert res.reference == levels[0]
    assert res.estimate.label == f"school_type: {levels[1]} vs {levels[0]}"
    assert len(res.table) == len(levels) - 1
    chosen = ca.compare_survival(
        truancy, duration="followup_days", event="new_case", by="school_type", reference="vwo"
    )
    assert chosen.reference == "vwo"
    assert all(c.endswith("vs vwo") for c in chosen.table["contrast"])


def test_does_not_modify_data(truancy):
    before = truancy.copy()
    ca.compare_survival(truancy, duration="followup_days", event="new_case", by="benefit")
    pd.testing.assert_frame_equal(truancy, before)


def test_explain_plain_and_bilingual(adjusted):
    text = adjusted.explain()
    assert "hazard ratio" in text and "not a cause" in text
    assert "significant" not in text.lower()
    assert 3 <= text.count(". ") + 1 <= 8
    nl = adjusted.explain("nl")
    assert "geen oorzaak" in nl and "1,01" in nl


def test_displays_and_plot(naive):
    import matplotlib

    matplotlib.use("Agg")
    html = naive._repr_html_()
    assert "<img" in html and "hazard ratio" in html
    ax = naive.plot()
    assert len(ax.get_lines()) >= 2
    assert "Kaplan" in repr(naive)


# --- the proportional-hazards check -------------------------------------------------------------


def test_ph_violation_gives_caveat(rng):
    n = 1200
    g = np.repeat([0, 1], n // 2)
    # group 1: high risk early, none late (crossing hazards)
    t0 = rng.exponential(200, n)
    t1 = np.where(rng.random(n) < 0.6, rng.exponential(20, n), 1000)
    t = np.where(g == 1, t1, t0)
    df = pd.DataFrame({"t": np.minimum(t, 300), "e": (t <= 300).astype(int), "g": g})
    with pytest.warns(ca.ThinDataWarning, match="proportional-hazards assumption looks violated"):
        res = ca.compare_survival(df, duration="t", event="e", by="g")
    assert res.ph_test["violated"].any()
    assert any("proportional-hazards" in c for c in res.caveats)
    with ca.option_context(language="nl"):
        with pytest.warns(ca.ThinDataWarning, match="proportionele hazards lijkt geschonden"):
            ca.compare_survival(df, duration="t", event="e", by="g")


# --- bad input ----------------------------------------------------------------------------------


def test_small_group_is_not_reported(rng):
    df = _two_groups(rng)
    df.loc[:4, "group"] = "c"  # five people
    with pytest.raises(ca.TooFewRowsError, match=r"group 'c' with 5 rows.*minimum cell size of 15"):
        ca.compare_survival(df, duration="time", event="event", by="group")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.TooFewRowsError, match="groep 'c' met 5 rijen"):
            ca.compare_survival(df, duration="time", event="event", by="group")


def test_negative_duration(rng):
    df = _two_groups(rng)
    df.loc[3, "time"] = -2.0
    with pytest.raises(ca.InvalidOptionError, match=r"duration='time' has 1 negative value"):
        ca.compare_survival(df, duration="time", event="event", by="group")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="1 negatieve waarde"):
            ca.compare_survival(df, duration="time", event="event", by="group")


def test_timedelta_duration(rng):
    df = _two_groups(rng)
    df["span"] = pd.to_timedelta(df["time"], unit="D")
    with pytest.raises(ca.InvalidOptionError, match=r"time spans.*\.dt\.days"):
        ca.compare_survival(df, duration="span", event="event", by="group")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="tijdsduren"):
            ca.compare_survival(df, duration="span", event="event", by="group")


def test_group_without_events(rng):
    df = _two_groups(rng)
    df.loc[df["group"] == "b", "event"] = 0
    with pytest.raises(ca.TooFewRowsError, match="group 'b' has no events"):
        ca.compare_survival(df, duration="time", event="event", by="group")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.TooFewRowsError, match="groep 'b' heeft helemaal geen"):
            ca.compare_survival(df, duration="time", event="event", by="group")


def test_bad_reference_and_horizon(rng):
    df = _two_groups(rng)
    with pytest.raises(ca.InvalidOptionError, match="reference='z' is not a value of by='group'"):
        ca.compare_survival(df, duration="time", event="event", by="group", reference="z")
    with pytest.raises(ca.InvalidOptionError, match="horizon=-1 must be a positive number"):
        ca.compare_survival(df, duration="time", event="event", by="group", horizon=-1)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="is geen waarde van by"):
            ca.compare_survival(df, duration="time", event="event", by="group", reference="z")
        with pytest.raises(ca.InvalidOptionError, match="moet een positief getal"):
            ca.compare_survival(df, duration="time", event="event", by="group", horizon=-1)


def test_few_events_warns(rng):
    df = _two_groups(rng)
    idx = df.index[(df["group"] == "b") & (df["event"] == 1)]
    df.loc[idx[5:], "event"] = 0
    with pytest.warns(ca.ThinDataWarning, match="only 5 events"):
        res = ca.compare_survival(df, duration="time", event="event", by="group")
    assert any("only 5 events" in c for c in res.caveats)
    with ca.option_context(language="nl"):
        with pytest.warns(ca.ThinDataWarning, match="maar 5 gebeurtenissen"):
            ca.compare_survival(df, duration="time", event="event", by="group")


def test_missing_and_wrong_columns(rng):
    df = _two_groups(rng)
    df.loc[0, "time"] = np.nan
    with pytest.raises(ca.MissingValuesError, match="duration='time' has 1 missing"):
        ca.compare_survival(df, duration="time", event="event", by="group")
    with pytest.raises(ca.ColumnNotFoundError, match="Did you mean 'event'"):
        ca.compare_survival(_two_groups(rng), duration="time", event="evnt", by="group")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.MissingValuesError, match="ontbrekende waarde"):
            ca.compare_survival(df, duration="time", event="event", by="group")
    with pytest.raises(ca.CollinearityError, match="same column"):
        ca.compare_survival(
            _two_groups(rng), duration="time", event="event", by="group", adjust_for="group"
        )


def test_adjust_for_dates_and_too_many_levels(truancy):
    res = ca.compare_survival(
        truancy, duration="followup_days", event="new_case", by="sex", adjust_for="case_date"
    )
    assert res.adjust_for == ("case_date",)
    df = truancy.assign(pupil=truancy["case_id"].astype(str))
    with pytest.raises(ca.InvalidOptionError, match="adjust_for='pupil' has 5500 different values"):
        ca.compare_survival(
            df, duration="followup_days", event="new_case", by="sex", adjust_for="pupil"
        )
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="5500 verschillende waarden"):
            ca.compare_survival(
                df, duration="followup_days", event="new_case", by="sex", adjust_for="pupil"
            )
