"""Designs that test a policy: pilots, difference-in-differences, interrupted time series and
regression to the mean, with their published checks."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import civicanalysis as ca

REF = Path(__file__).resolve().parent / "reference"
PUBLISHED = json.loads((REF / "designs_published.json").read_text(encoding="utf-8"))


def _panel(seed=1, n_units=40, n_periods=8, start=4, effect=2.0, drift=0.0, counts=False):
    rng = np.random.default_rng(seed)
    rows = []
    for u in range(n_units):
        g = int(u < n_units // 2)
        a = rng.normal(10, 2)
        for t in range(1, n_periods + 1):
            mean = a + 0.5 * t + drift * g * t + (effect if g and t >= start else 0)
            y = rng.poisson(max(mean, 0.1)) if counts else mean + rng.normal()
            rows.append((f"u{u:02d}", t, g, y, rng.normal()))
    return pd.DataFrame(rows, columns=["unit", "t", "g", "y", "x"])


def _quiet(function, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return function(*args, **kwargs)


# ----------------------------------------------------------------------------------------------
# Difference-in-differences
# ----------------------------------------------------------------------------------------------


def test_did_absorbed_fixed_effects_equal_dummies():
    import statsmodels.formula.api as smf

    df = _panel()
    res = ca.difference_in_differences(df, outcome="y", time="t", treated="g", start=4, unit="unit")
    d = df.assign(D=((df.g == 1) & (df.t >= 4)).astype(float))
    ref = smf.ols("y ~ D + C(unit) + C(t)", d).fit()
    assert res.estimate.value == pytest.approx(ref.params["D"], rel=1e-9)
    # Unbalanced panel: alternating projections converge to the same estimate.
    drop = d.sample(frac=0.1, random_state=3).index
    res_u = ca.difference_in_differences(
        df.drop(index=drop), outcome="y", time="t", treated="g", start=4, unit="unit"
    )
    ref_u = smf.ols("y ~ D + C(unit) + C(t)", d.drop(index=drop)).fit()
    assert res_u.estimate.value == pytest.approx(ref_u.params["D"], rel=1e-7)
    assert res.design == "difference-in-differences"
    assert isinstance(res.estimate, ca.Estimate)


def test_did_card_krueger_published_means():
    """Card & Krueger (1994), Table 3: the 2×2 from the published cell means and errors."""
    ck = PUBLISHED["card_krueger"]
    rows = []
    for cell in ck["cells"]:
        n, mean, sd = cell["n"], cell["mean"], cell["se"] * np.sqrt(cell["n"])
        z = np.random.default_rng(cell["n"]).normal(size=n)
        z = (z - z.mean()) / z.std(ddof=1)  # exactly the published mean and standard error
        rows += [
            {"fte": mean + sd * v, "nj": int(cell["state"] == "NJ"), "wave": cell["wave"]}
            for v in z
        ]
    df = pd.DataFrame(rows)
    res = _quiet(
        ca.difference_in_differences, df, outcome="fte", time="wave", treated="nj", start=1
    )
    # The published 2.76 was computed from unrounded means; the rounded ones give 2.75.
    assert res.estimate.value == pytest.approx(ck["did"], abs=0.015)
    # Repeated cross-sections: the error combines the four published cell errors (1.80); the
    # published 1.36 uses within-store changes, which the cell means cannot reproduce.
    se = (res.estimate.ci_high - res.estimate.ci_low) / (2 * 1.96)
    combined = np.sqrt(sum(c["se"] ** 2 for c in ck["cells"]))
    assert se == pytest.approx(combined, rel=0.02)
    assert res.pretrend_p is None and not res.panel


def test_did_pilot_dataset_fair_and_chosen():
    df = ca.datasets.load("square_lighting")
    fair = ca.difference_in_differences(
        df, outcome="incidents", time="month", treated="lit", start=13, unit="square"
    )
    assert fair.outcome_type == "count" and fair.estimate.measure == "rate ratio"
    assert fair.estimate.ci_low < 0.8 < fair.estimate.ci_high
    assert fair.parallel_trends_ok is True
    with pytest.warns(ca.ConfoundingWarning, match="already moved apart"):
        chosen = ca.difference_in_differences(
            df,
            outcome="incidents_chosen",
            time="month",
            treated="lit_chosen",
            start=13,
            unit="square",
        )
    assert chosen.parallel_trends_ok is False
    assert chosen.estimate.ci_high < 0.8  # the bias the check warns about
    assert "check fails" in chosen.explain("en")
    assert "controle slaat aan" in chosen.explain("nl")
    assert len(chosen.event_study) == 21 and chosen.placebo is not None


def test_did_explanations_and_displays():
    df = _panel()
    res = ca.difference_in_differences(df, outcome="y", time="t", treated="g", start=4, unit="unit")
    en, nl = res.explain("en"), res.explain("nl")
    assert "parallel" in en and "parallel" in nl and en != nl
    assert "verschil-in-verschillen" in nl and "(s)" not in en + nl
    html = res._repr_html_()
    assert "<img" in html and "Difference-in-differences" in repr(res)
    assert set(res.table["term"]) >= {"effect", "placebo", "event"}


def test_did_adjust_for_and_cross_sections():
    df = _panel(seed=5)
    res = ca.difference_in_differences(
        df, outcome="y", time="t", treated="g", start=4, unit="unit", adjust_for="x"
    )
    assert res.estimate.ci_low < 2.0 < res.estimate.ci_high
    cs = ca.difference_in_differences(df, outcome="y", time="t", treated="g", start=4)
    assert not cs.panel and cs.estimate.value == pytest.approx(res.estimate.value, abs=0.2)
    binary = df.assign(y=(df["y"] > df["y"].median()).astype(int))
    b = ca.difference_in_differences(binary, outcome="y", time="t", treated="g", start=4)
    assert b.outcome_type == "binary" and b.estimate.unit == "percentage points"


def test_did_staggered_warns_in_both_languages():
    df = _panel(n_periods=10)
    starts = {u: (4 if i % 2 else 6) for i, u in enumerate(sorted(df.unit.unique()))}
    df["start"] = np.where(df.g == 1, df.unit.map(starts), np.nan)
    with pytest.warns(ca.ConfoundingWarning, match="Goodman-Bacon"):
        res = ca.difference_in_differences(
            df, outcome="y", time="t", treated="g", start="start", unit="unit"
        )
    assert res.staggered and "different moments" in res.explain("en")
    with ca.option_context(language="nl"):
        with pytest.warns(ca.ConfoundingWarning, match="gespreide starts"):
            ca.difference_in_differences(
                df, outcome="y", time="t", treated="g", start="start", unit="unit"
            )


def test_did_regression_to_the_mean_comes_first():
    df = ca.datasets.load("camera_hotspots")
    yearly = df.groupby(["neighbourhood", "year", "camera"], as_index=False)["incidents"].sum()
    with pytest.warns(ca.ConfoundingWarning, match="regression to the mean"):
        res = ca.difference_in_differences(
            yearly,
            outcome="incidents",
            time="year",
            treated="camera",
            start=2025,
            unit="neighbourhood",
        )
    assert res.regression_to_the_mean is not None and res.rtm_bias < 0
    assert res.explain("en").startswith("First, regression to the mean")
    assert res.explain("nl").startswith("Eerst regressie naar het gemiddelde")


def test_did_single_pre_period_warns_in_both_languages():
    df = _panel(n_periods=2, start=2)
    with pytest.warns(ca.ThinDataWarning, match="one period before the start"):
        res = ca.difference_in_differences(
            df, outcome="y", time="t", treated="g", start=2, unit="unit"
        )
    assert res.pretrend_p is None and res.placebo is None
    with ca.option_context(language="nl"):
        with pytest.warns(ca.ThinDataWarning, match="één periode vóór de start"):
            ca.difference_in_differences(
                df, outcome="y", time="t", treated="g", start=2, unit="unit"
            )


@pytest.mark.parametrize(
    ("mutate", "kwargs", "error", "en", "nl"),
    [
        (
            None,
            {"start": 1},
            ca.InvalidOptionError,
            "no period before the policy",
            "geen periode vóór het beleid",
        ),
        (
            None,
            {"start": 99},
            ca.InvalidOptionError,
            "after the last period",
            "na de laatste periode",
        ),
        (
            "all_treated",
            {"start": 4},
            ca.TooFewRowsError,
            "no comparison units",
            "geen vergelijkingseenheden",
        ),
        ("gap", {"start": 4}, ca.MissingValuesError, "has gaps", "heeft gaten"),
        (
            "unit_start",
            {"start": "start"},
            ca.InvalidOptionError,
            "no period before the policy",
            "geen periode vóór het beleid",
        ),
    ],
)
def test_did_bad_input_in_both_languages(mutate, kwargs, error, en, nl):
    df = _panel()
    if mutate == "all_treated":
        df = df.assign(g=1)
    elif mutate == "gap":
        df = df[df.t != 3]
    elif mutate == "unit_start":
        df = df.assign(start=np.where(df.g == 1, np.where(df.unit == "u00", 1, 4), np.nan))
    call = dict(outcome="y", time="t", treated="g", unit="unit", **kwargs)
    with pytest.raises(error, match=en):
        ca.difference_in_differences(df, **call)
    with ca.option_context(language="nl"):
        with pytest.raises(error, match=nl):
            ca.difference_in_differences(df, **call)


def test_did_does_not_modify_data():
    df = _panel()
    before = df.copy()
    ca.difference_in_differences(df, outcome="y", time="t", treated="g", start=4, unit="unit")
    pd.testing.assert_frame_equal(df, before)


# ----------------------------------------------------------------------------------------------
# Interrupted time series
# ----------------------------------------------------------------------------------------------


def test_its_sicily_published():
    """Lopez Bernal et al. (2017): Sicily smoking ban, Poisson with the population as offset."""
    import statsmodels.api as sm

    data = pd.read_csv(REF / "designs_sicily.csv")
    res = ca.interrupted_time_series(
        data, outcome="aces", time="time", intervention=37, exposure="stdpop", season=12
    )
    # The authors' published code, model 4 (step and slope change, two harmonic pairs), refitted
    # with statsmodels: the function's level and trend are its coefficients exactly.
    month = data["month"].to_numpy()
    k = np.array([1, 2]) * 2 * np.pi / 12
    harm = np.column_stack([np.sin(np.outer(month, k)), np.cos(np.outer(month, k))])
    since = (data["time"] - 36) * data["smokban"]
    exog = np.column_stack([np.ones(len(data)), data["smokban"], data["time"], since, harm])
    offset = np.log(data["stdpop"].to_numpy())
    m4 = sm.GLM(data["aces"].to_numpy(), exog, family=sm.families.Poisson(), offset=offset).fit()
    assert res.level.value == pytest.approx(np.exp(m4.params[1]), rel=1e-6)
    assert res.trend.value == pytest.approx(np.exp(m4.params[3]), rel=1e-6)
    # The published step-change model (model 3) with the same data and tools.
    m3 = sm.GLM(
        data["aces"].to_numpy(),
        np.delete(exog, 3, axis=1),
        family=sm.families.Poisson(),
        offset=offset,
    ).fit(scale="X2")
    pub = PUBLISHED["sicily"]
    assert np.exp(m3.params[1]) == pytest.approx(pub["step_change_seasonal_rr"], abs=0.0006)
    lo, hi = np.exp(m3.conf_int()[1])
    assert (lo, hi) == pytest.approx(
        (pub["step_change_seasonal_low"], pub["step_change_seasonal_high"]), abs=0.0006
    )
    assert res.level.is_ratio and res.design == "interrupted-time-series"
    assert res.estimate is res.level and not res.peak_before


def test_its_hotspot_looks_like_success_but_followed_a_peak():
    df = ca.datasets.load("camera_hotspots")
    monthly = df[df["camera"] == 1].groupby("month", as_index=False)["meldingen"].sum()
    with pytest.warns(ca.ConfoundingWarning, match="peaked just before"):
        res = ca.interrupted_time_series(
            monthly, outcome="meldingen", time="month", intervention=37, season=12
        )
    assert res.level.ci_high < 1 and res.peak_before
    assert res.explain("en").startswith("First, regression to the mean")
    assert res.explain("nl").startswith("Eerst regressie naar het gemiddelde")
    assert "<img" in res._repr_html_()
    f = res.fitted
    assert {"observed", "fitted", "counterfactual", "cf_low", "cf_high"} <= set(f.columns)


def test_its_continuous_with_comparison_series():
    rng = np.random.default_rng(4)
    t = np.arange(1, 41)
    base = 50 + 0.3 * t + rng.normal(0, 1, 40)
    data = pd.DataFrame(
        {"week": t, "y": base - 5 * (t >= 21) + rng.normal(0, 1, 40), "other": base}
    )
    res = ca.interrupted_time_series(
        data, outcome="y", time="week", intervention=21, comparison="other"
    )
    assert res.level.value == pytest.approx(-5, abs=1.5) and res.comparison == "other"
    assert "comparison" in res.explain("en") and "vergelijkingsreeks" in res.explain("nl")
    dates = data.assign(week=pd.date_range("2024-01-01", periods=40, freq="W-MON"))
    res_d = ca.interrupted_time_series(dates, outcome="y", time="week", intervention="2024-05-20")
    assert res_d.n_pre == 20


@pytest.mark.parametrize(
    ("mutate", "intervention", "error", "en", "nl"),
    [
        (None, 80, ca.InvalidOptionError, "outside the series", "buiten de reeks"),
        (None, 1, ca.InvalidOptionError, "outside the series", "buiten de reeks"),
        (None, 2, ca.TooFewRowsError, "only 1 period before", "maar 1 periode vóór"),
        ("gap", 20, ca.MissingValuesError, "has gaps", "heeft gaten"),
        ("dupe", 20, ca.InvalidOptionError, "one row per period", "één rij per periode"),
    ],
)
def test_its_bad_input_in_both_languages(mutate, intervention, error, en, nl):
    data = pd.DataFrame({"month": np.arange(1, 41), "y": np.arange(40) % 7 + 3})
    if mutate == "gap":
        data = data[data.month != 10]
    elif mutate == "dupe":
        data = pd.concat([data, data.iloc[[3]]])
    call = dict(outcome="y", time="month", intervention=intervention)
    with pytest.raises(error, match=en):
        ca.interrupted_time_series(data, **call)
    with ca.option_context(language="nl"):
        with pytest.raises(error, match=nl):
            ca.interrupted_time_series(data, **call)


# ----------------------------------------------------------------------------------------------
# Regression to the mean
# ----------------------------------------------------------------------------------------------


def test_rtm_barnett_formula():
    """Barnett et al. (2005): RTM = σ (1 − ρ) φ(z) / (1 − Φ(z)) for selection above a cut-off."""
    from scipy.stats import norm

    b = PUBLISHED["barnett"]
    rng = np.random.default_rng(7)
    n, rho = 20_000, b["rho"]
    x0 = rng.normal(size=n)
    x1 = rho * x0 + np.sqrt(1 - rho**2) * rng.normal(size=n)
    x2 = rho * x1 + np.sqrt(1 - rho**2) * rng.normal(size=n)  # same correlation period to period
    sel = (x1 > b["cutoff"]).astype(int)
    long = pd.DataFrame(
        {
            "unit": np.tile(np.arange(n), 3),
            "year": np.repeat([2022, 2023, 2024], n),
            "y": np.concatenate([x0, x1, x2]),
            "hot": np.tile(sel, 3),
        }
    )
    res = ca.check_regression_to_the_mean(
        long, outcome="y", unit="unit", time="year", selected="hot", before=2023, after=2024
    )
    z = (b["cutoff"] - b["mu"]) / b["sigma"]
    expected = b["sigma"] * (1 - rho) * norm.pdf(z) / norm.sf(z)
    assert res.r == pytest.approx(rho, abs=0.02)
    assert -res.estimate.value == pytest.approx(expected, rel=0.05)
    assert res.estimate.ci_low < -expected < res.estimate.ci_high
    assert res.remainder.ci_low < 0 < res.remainder.ci_high  # nothing was done to them
    assert res.extreme_selection and res.r_source == "2022"


def test_rtm_camera_hotspots_explains_the_incidents():
    df = ca.datasets.load("camera_hotspots")
    yearly = df.groupby(["neighbourhood", "year", "camera"], as_index=False)[
        ["meldingen", "incidents"]
    ].sum()
    inc = ca.check_regression_to_the_mean(
        yearly,
        outcome="incidents",
        unit="neighbourhood",
        time="year",
        selected="camera",
        before=2024,
        after=2025,
    )
    assert inc.extreme_selection and inc.remainder.ci_low < 0 < inc.remainder.ci_high
    mel = ca.check_regression_to_the_mean(
        yearly,
        outcome="meldingen",
        unit="neighbourhood",
        time="year",
        selected="camera",
        before=2024,
        after=2025,
    )
    assert mel.remainder.ci_high < 0  # reporting fell beyond regression to the mean
    assert "regressie naar het gemiddelde" in mel.explain("nl")
    assert "<img" in mel._repr_html_()


@pytest.mark.parametrize(
    ("before", "after", "en", "nl"),
    [
        (2024, 2024, "must not overlap", "mogen niet overlappen"),
        (2019, 2025, "is not a period", "is geen periode"),
    ],
)
def test_rtm_bad_input_in_both_languages(before, after, en, nl):
    df = ca.datasets.load("camera_hotspots")
    yearly = df.groupby(["neighbourhood", "year", "camera"], as_index=False)["incidents"].sum()
    call = dict(
        outcome="incidents",
        unit="neighbourhood",
        time="year",
        selected="camera",
        before=before,
        after=after,
    )
    with pytest.raises(ca.InvalidOptionError, match=en):
        ca.check_regression_to_the_mean(yearly, **call)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match=nl):
            ca.check_regression_to_the_mean(yearly, **call)


# ----------------------------------------------------------------------------------------------
# Pilot planning
# ----------------------------------------------------------------------------------------------


def test_pilot_stratified_draw_and_power():
    from statsmodels.stats.power import TTestIndPower

    history = ca.datasets.load("square_lighting")
    before = history[history["month"] <= 12][["square", "district", "month", "incidents"]]
    plan = ca.plan_pilot(
        before,
        unit="square",
        n_treated=40,
        strata="district",
        outcome="incidents",
        effect=-1.5,
        random_state=3,
    )
    again = ca.plan_pilot(
        before,
        unit="square",
        n_treated=40,
        strata="district",
        outcome="incidents",
        effect=-1.5,
        random_state=3,
    )
    pd.testing.assert_frame_equal(plan.assignment, again.assignment)
    per_district = plan.assignment.groupby("district")["treated"].agg(["sum", "size"])
    assert (abs(per_district["sum"] - per_district["size"] / 2) <= 1).all()
    assert plan.periods == 12 and 0 < plan.icc < 1
    assert plan.design_effect == pytest.approx(1 + 11 * plan.icc)
    d = TTestIndPower().solve_power(nobs1=40, alpha=0.05, power=0.8, ratio=1.0)
    assert plan.mde == pytest.approx(d * plan.sd_unit)
    assert plan.n_needed > 0 and plan.design == "pilot"
    en, nl = plan.explain("en"), plan.explain("nl")
    assert "cannot show" in en and "designeffect" in nl
    assert "Pilot" in repr(plan) and plan._repr_html_()


@pytest.mark.parametrize(
    ("kwargs", "error", "en", "nl"),
    [
        ({"n_treated": 3, "share": 0.5}, ca.InvalidOptionError, "give one of them", "geef er één"),
        (
            {"n_treated": 80},
            ca.InvalidOptionError,
            "whole number from 1 to 79",
            "geheel getal zijn van 1 tot 79",
        ),
        ({"effect": 2}, ca.InvalidOptionError, "without outcome", "zonder outcome"),
    ],
)
def test_pilot_bad_input_in_both_languages(kwargs, error, en, nl):
    squares = ca.datasets.load("square_lighting").drop_duplicates("square").set_index("square")
    with pytest.raises(error, match=en):
        ca.plan_pilot(squares, **kwargs)
    with ca.option_context(language="nl"):
        with pytest.raises(error, match=nl):
            ca.plan_pilot(squares, **kwargs)


def test_pilot_small_stratum_in_both_languages():
    squares = pd.DataFrame({"zone": ["a", "a", "b", "b", "c"]}, index=list("vwxyz"))
    with pytest.raises(ca.TooFewRowsError, match="needs at least 2"):
        ca.plan_pilot(squares, strata="zone")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.TooFewRowsError, match="minstens 2 nodig"):
            ca.plan_pilot(squares, strata="zone")


# ----------------------------------------------------------------------------------------------
# Exercise checks of notebooks 06 and 07: unsolved, a wrong answer, solved
# ----------------------------------------------------------------------------------------------


def _exercise_answers():
    lighting = ca.datasets.load("square_lighting")
    history = lighting[lighting["month"] <= 12][["square", "district", "month", "incidents"]]
    hotspots = ca.datasets.load("camera_hotspots")
    yearly = hotspots.groupby(["neighbourhood", "year", "camera"], as_index=False)[
        "meldingen"
    ].sum()
    wide = (
        hotspots.groupby(["month", "camera"])["meldingen"]
        .sum()
        .unstack()
        .rename(columns={0: "others", 1: "cameras"})
        .reset_index()
    )
    centrum = lighting[lighting["district"] == "Centrum"]
    did = dict(time="month", start=13, unit="square")
    rtm = dict(outcome="meldingen", unit="neighbourhood", time="year", selected="camera")
    its = dict(outcome="cameras", time="month", intervention=37, season=12)
    return {
        "06.1": (
            "small_plan",
            ca.plan_pilot(history, n_treated=20, strata="district", outcome="incidents"),
            ca.plan_pilot(
                history, unit="square", n_treated=20, strata="district", outcome="incidents"
            ),
            "every row was counted as a separate square",
        ),
        "06.2": (
            "centrum",
            ca.difference_in_differences(lighting, outcome="incidents", treated="lit", **did),
            ca.difference_in_differences(centrum, outcome="incidents", treated="lit", **did),
            "Centrum has 20",
        ),
        "07.1": (
            "its_compared",
            ca.interrupted_time_series(wide, **its),
            ca.interrupted_time_series(wide, comparison="others", **its),
            "no comparison series",
        ),
        "07.2": (
            "short_check",
            ca.check_regression_to_the_mean(yearly, before=2024, after=2025, **rtm),
            ca.check_regression_to_the_mean(
                yearly[yearly["year"] >= 2024], before=2024, after=2025, **rtm
            ),
            "still comes from an earlier year",
        ),
    }


def test_exercise_checks_unsolved_wrong_and_solved():
    from civicanalysis.exercises import ExerciseCheckError, check, verdict

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        answers = _exercise_answers()
    for task, (name, bad, good, hint) in answers.items():
        assert verdict(task, {}).status == "not-yet", task
        assert check(task, {}).status == "not-yet"
        assert verdict(task, {name: 42}).status == "wrong", task
        with pytest.raises(ExerciseCheckError, match=hint):
            check(task, {name: bad})
        with ca.option_context(language="nl"):
            with pytest.raises(ExerciseCheckError, match="Nog niet goed"):
                check(task, {name: bad})
        result = check(task, {name: good})
        assert result.status == "correct", (task, result.render("en"))
        assert result.render("nl").startswith("Goed:")


def test_time_as_dates_and_periods_and_season_column():
    df = _panel(n_periods=8)
    dates = df.assign(t=pd.to_datetime("2024-01-01") + pd.to_timedelta((df.t - 1) * 7, unit="D"))
    res = ca.difference_in_differences(
        dates, outcome="y", time="t", treated="g", start="2024-01-22", unit="unit"
    )
    assert res.start == "2024-01-22" and res.n_pre == 3
    months = df.assign(
        t=pd.PeriodIndex(pd.date_range("2024-01", periods=8, freq="MS"), freq="M")[df.t - 1]
    )
    res_p = ca.difference_in_differences(
        months, outcome="y", time="t", treated="g", start=pd.Period("2024-04", "M"), unit="unit"
    )
    assert res_p.estimate.value == pytest.approx(res.estimate.value)
    with pytest.raises(ca.MissingValuesError, match="has gaps"):
        ca.difference_in_differences(
            dates[dates.t != pd.Timestamp("2024-01-15")],
            outcome="y",
            time="t",
            treated="g",
            start="2024-01-22",
            unit="unit",
        )
    rng = np.random.default_rng(2)
    series = pd.DataFrame(
        {
            "month": np.arange(1, 49),
            "cal": (np.arange(48) % 12) + 1,
            "pop": np.linspace(1000, 1200, 48),
        }
    )
    series["y"] = series["pop"] * (0.05 + 0.01 * (series["cal"] > 6)) + rng.normal(0, 1, 48)
    res_s = ca.interrupted_time_series(
        series, outcome="y", time="month", intervention=25, season="cal", exposure="pop"
    )
    assert res_s.outcome_type == "continuous" and abs(res_s.level.value) < 0.01


def test_plots_with_dates_and_periods():
    import matplotlib

    matplotlib.use("Agg")
    df = _panel(n_periods=8)
    months = df.assign(
        t=pd.PeriodIndex(pd.date_range("2024-01", periods=8, freq="MS"), freq="M")[df.t - 1]
    )
    res = ca.difference_in_differences(
        months, outcome="y", time="t", treated="g", start="2024-04", unit="unit"
    )
    assert res.plot() is not None and res.start == "2024-04"
    series = pd.DataFrame(
        {"week": pd.date_range("2024-01-01", periods=30, freq="W-MON"), "y": np.arange(30) % 5}
    )
    its = ca.interrupted_time_series(series, outcome="y", time="week", intervention="2024-04-01")
    assert its.plot() is not None and "<img" in its._repr_html_()
