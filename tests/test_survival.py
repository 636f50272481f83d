from __future__ import annotations

import json
import math
import warnings
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
        "n_group",
        "n_reference",
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
    with pytest.warns(
        ca.ProportionalHazardsWarning, match="proportional-hazards assumption looks violated"
    ):
        res = ca.compare_survival(df, duration="t", event="e", by="g")
    assert res.ph_test["violated"].any()
    assert any("proportional-hazards" in c for c in res.caveats)
    with ca.option_context(language="nl"):
        with pytest.warns(
            ca.ProportionalHazardsWarning, match="proportionele hazards lijkt geschonden.*p < 0,001"
        ):
            ca.compare_survival(df, duration="t", event="e", by="g")


# --- bad input ----------------------------------------------------------------------------------


def test_small_group_is_analysed_with_a_warning_and_masked(rng):
    # The 15-person rule is for publishing tables, not for analysing (issue 10, item 6).
    df = _two_groups(rng)
    df.loc[:4, "group"] = "c"  # five people
    df.loc[:4, "event"] = 1
    with pytest.warns(ca.ThinDataWarning, match=r"group 'c' has 5 rows.*minimum cell size of 15"):
        res = ca.compare_survival(df, duration="time", event="event", by="group")
    assert "c" in set(res.groups["level"])
    assert "<15" in repr(res)  # n_group of the thin contrast is masked in the display
    with ca.option_context(language="nl"):
        with pytest.warns(ca.ThinDataWarning, match="groep 'c' heeft 5 rijen"):
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


# -- published survival data (tests/reference/published_cases.py) -----------------------------
def _published(name):
    from reference import published_cases

    return getattr(published_cases, name)


def test_kaplan_meier_medians_as_r_survfit_lung():
    # NCCTG lung data: R survfit gives men 270 (212 to 310), women 426 (348 to 550) with its
    # default "log" interval; coxph gives the women's hazard ratio 0.588 (0.424 to 0.816).
    lung = pd.read_csv(Path(__file__).parent / "reference" / _published("LUNG")["file"])
    res = ca.compare_survival(lung, duration="time", event="status", by="sex")
    groups = res.groups.set_index("level")
    published = _published("LUNG")["published"]
    for level, key in ((1, "median_men"), (2, "median_women")):
        got = tuple(groups.loc[level, ["median_time", "median_ci_low", "median_ci_high"]])
        assert got == published[key]
    est = res.estimate
    assert (est.value, est.ci_low, est.ci_high) == pytest.approx(published["hr_women"], abs=5e-4)
    assert res.conf_type == "log"
    loglog = ca.compare_survival(
        lung, duration="time", event="status", by="sex", conf_type="log-log"
    )
    men = loglog.groups.set_index("level").loc[1]
    assert (men["median_ci_low"], men["median_ci_high"]) == (210.0, 306.0)
    with pytest.raises(ca.InvalidOptionError, match="conf_type='loglog'"):
        ca.compare_survival(lung, duration="time", event="status", by="sex", conf_type="loglog")


def test_aml_published_values():
    aml = _published("AML")
    frame = pd.DataFrame(aml["rows"], columns=aml["columns"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        res = ca.compare_survival(
            frame, duration="time", event="status", by="maintained", reference=1
        )
    groups = res.groups.set_index("level")
    assert (
        tuple(groups.loc[1, ["median_time", "median_ci_low"]])
        == aml["published"]["median_maintained"]
    )
    assert tuple(groups.loc[0, ["median_time", "median_ci_low"]]) == aml["published"]["median_non"]
    assert math.isnan(groups.loc[1, "median_ci_high"])  # R: NA
    est = res.estimate
    assert (est.value, est.ci_low, est.ci_high) == pytest.approx(aml["published"]["hr"], abs=5e-3)


def test_published_trial_with_13_patients_per_arm_is_analysed():
    ovarian = _published("OVARIAN")
    frame = pd.DataFrame(ovarian["rows"], columns=ovarian["columns"])
    with pytest.warns(ca.ThinDataWarning, match="fewer than the minimum cell size"):
        res = ca.compare_survival(frame, duration="futime", event="fustat", by="rx")
    est = res.estimate
    assert (est.value, est.ci_low, est.ci_high) == pytest.approx(
        ovarian["published"]["hr"], abs=5e-3
    )
    assert est.p_value == pytest.approx(ovarian["published"]["p_value"], abs=5e-3)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.ThinDataWarning)
        adj = ca.compare_survival(
            frame, duration="futime", event="fustat", by="rx", adjust_for="age"
        )
    assert adj.estimate.value == pytest.approx(ovarian["published"]["hr_age_adjusted"], abs=5e-3)
    # The display shows adjusted curves (Cox model at the mean age) and says which is which.
    assert "solid curves in the display are adjusted" in adj.explain("en")
    assert "doorgetrokken curves" in adj.explain("nl")
    curves = adj.adjusted_curves
    assert set(curves["level"]) == {1, 2}
    assert curves["survival"].between(0, 1).all()
    assert naive_has_no_adjusted_curves(frame)
    ax = adj.plot()
    assert "adjusted for age" in ax.get_title()
    assert 3 <= len(adj._explain_sentences("en")) <= 6
    assert "<15" in repr(adj)


def naive_has_no_adjusted_curves(frame):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.ThinDataWarning)
        res = ca.compare_survival(frame, duration="futime", event="fustat", by="rx")
    return res.adjusted_curves is None


def test_adjusted_curves_follow_the_hazard_ratio(rng):
    # With the adjustment, the curves at the same covariate values are proportional on the
    # cumulative-hazard scale: -log S2 / -log S1 is the adjusted hazard ratio at every time.
    import numpy as np

    df = _two_groups(rng, n=400, hr=1.5).assign(z=rng.normal(size=400))
    res = ca.compare_survival(df, duration="time", event="event", by="group", adjust_for="z")
    c = res.adjusted_curves.pivot_table(index="time", columns="level", values="survival")
    c = c[(c["a"] < 0.99) & (c["a"] > 0.01)]
    ratio = np.log(c["b"]) / np.log(c["a"])
    assert ratio.to_numpy() == pytest.approx(res.estimate.value, rel=1e-6)


def test_adjusting_for_the_grouping_or_the_event_is_refused(rng):
    df = _two_groups(rng)
    df["group_copy"] = df["group"].map({"a": "x", "b": "y"})
    df["event_copy"] = df["event"]
    for col, en, nl in (
        ("group_copy", "same information as by='group'", "dezelfde informatie als by='group'"),
        ("event_copy", "same information as event='event'", "dezelfde informatie als event="),
    ):
        with pytest.raises(ca.CollinearityError, match=en):
            ca.compare_survival(df, duration="time", event="event", by="group", adjust_for=col)
        with ca.option_context(language="nl"):
            with pytest.raises(ca.CollinearityError, match=nl):
                ca.compare_survival(df, duration="time", event="event", by="group", adjust_for=col)
    huge = df.assign(time=df["time"] * 1e300)
    with pytest.raises(ca.InvalidOptionError, match="values as large as"):
        ca.compare_survival(huge, duration="time", event="event", by="group")
    with (
        ca.option_context(language="nl"),
        pytest.raises(ca.InvalidOptionError, match="waarden tot"),
    ):
        ca.compare_survival(huge, duration="time", event="event", by="group")


def test_by_mixing_text_and_numbers_is_refused(rng):
    df = _two_groups(rng)
    df["group"] = pd.Series([1, "1"] * (len(df) // 2), dtype=object)
    with pytest.raises(ca.ColumnTypeError, match="mixes text and numbers"):
        ca.compare_survival(df, duration="time", event="event", by="group")
    with ca.option_context(language="nl"), pytest.raises(ca.ColumnTypeError, match="mengt tekst"):
        ca.compare_survival(df, duration="time", event="event", by="group")
