"""Tests of ca.compare and ca.correlate: reference intervals, coverage, bad input, displays."""

from __future__ import annotations

import json
import math
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import civicanalysis as ca

REFERENCE = json.loads(
    (Path(__file__).parent / "reference" / "uncertainty_published.json").read_text("utf-8")
)

# A coverage estimate from 1,000 repetitions lies within this band around 0.95 with probability
# 99.9% if the true coverage is 0.95 (binomial: 0.95 ± 3.29 · sqrt(0.95 · 0.05 / 1000)).
REPS = 1000
BAND = 3.29 * math.sqrt(0.95 * 0.05 / REPS)


def _two_groups(a: np.ndarray, b: np.ndarray, name: str = "y") -> pd.DataFrame:
    return pd.DataFrame({"g": ["a"] * len(a) + ["b"] * len(b), name: np.concatenate([a, b])})


def _contrast(result) -> pd.Series:
    return result.table[result.table["kind"] == "contrast"].iloc[0]


def _groups(result) -> pd.DataFrame:
    return result.table[result.table["kind"] == "group"].reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Reference computations (statsmodels, scipy, published values)
# --------------------------------------------------------------------------------------------


def test_mean_intervals_match_statsmodels(rng):
    from statsmodels.stats.weightstats import CompareMeans, DescrStatsW

    a, b = rng.normal(10, 2, 23), rng.normal(11, 5, 41)
    result = ca.compare(_two_groups(a, b), outcome="y", by="g", reference="a")
    groups = _groups(result)
    for row, values in zip(groups.itertuples(), (a, b), strict=True):
        low, high = DescrStatsW(values).tconfint_mean(alpha=0.05)
        assert row.ci_low == pytest.approx(low, rel=1e-10)
        assert row.ci_high == pytest.approx(high, rel=1e-10)
    cm = CompareMeans(DescrStatsW(b), DescrStatsW(a))
    low, high = cm.tconfint_diff(alpha=0.05, usevar="unequal")
    _, p, _ = cm.ttest_ind(usevar="unequal")
    est = result.estimate
    assert est.value == pytest.approx(b.mean() - a.mean(), rel=1e-12)
    assert (est.ci_low, est.ci_high) == pytest.approx((low, high), rel=1e-10)
    assert est.p_value == pytest.approx(p, rel=1e-8)
    assert est.measure == "difference in means" and est.null == 0.0
    assert est.label == "b vs a"


def test_proportion_intervals_match_statsmodels(rng):
    from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint

    a = (rng.random(57) < 0.3).astype(int)
    b = (rng.random(83) < 0.5).astype(int)
    result = ca.compare(_two_groups(a, b), outcome="y", by="g")
    assert result.measure == "proportion"
    groups = _groups(result)
    for row, values in zip(groups.itertuples(), (a, b), strict=True):
        low, high = proportion_confint(values.sum(), len(values), method="wilson")
        assert (row.ci_low, row.ci_high) == pytest.approx((low, high), rel=1e-10)
        assert row.n_events == values.sum()
    low, high = confint_proportions_2indep(
        b.sum(), len(b), a.sum(), len(a), method="newcomb", compare="diff"
    )
    assert (result.estimate.ci_low, result.estimate.ci_high) == pytest.approx(
        (low, high), rel=1e-10
    )


@pytest.mark.parametrize("case", REFERENCE["wilson"])
def test_wilson_published_values(case):
    y = np.r_[np.ones(case["events"]), np.zeros(case["n"] - case["events"])]
    frame = _two_groups(y, np.r_[np.ones(20), np.zeros(20)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.ThinDataWarning)
        row = _groups(ca.compare(frame, outcome="y", by="g", measure="proportion")).iloc[0]
    assert (row.ci_low, row.ci_high) == pytest.approx((case["low"], case["high"]), abs=1e-4)


@pytest.mark.parametrize("case", REFERENCE["newcombe"])
def test_newcombe_published_values(case):
    first = np.r_[np.ones(case["events1"]), np.zeros(case["n1"] - case["events1"])]
    second = np.r_[np.ones(case["events2"]), np.zeros(case["n2"] - case["events2"])]
    frame = _two_groups(second, first)  # group "b" (first sample) against reference "a"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.ThinDataWarning)
        est = ca.compare(frame, outcome="y", by="g").estimate
    assert (est.ci_low, est.ci_high) == pytest.approx((case["low"], case["high"]), abs=1e-4)


def test_rate_intervals_match_statsmodels_and_garwood(rng):
    from statsmodels.stats.rates import confint_poisson

    case = REFERENCE["poisson_exact"][0]
    frame = pd.DataFrame(
        {
            "g": ["a"] * 5 + ["b"] * 8,
            "count": [2, 3, 1, 0, 4, 5, 6, 2, 3, 7, 4, 5, 6],
            "hours": [1.0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2],
        }
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.ThinDataWarning)
        result = ca.compare(frame, outcome="count", by="g", measure="rate", denominator="hours")
    groups = _groups(result)
    assert groups.loc[0, "estimate"] == pytest.approx(10 / 5)
    assert groups.loc[0, "ci_low"] * 5 == pytest.approx(case["low"], abs=1e-3)
    assert groups.loc[0, "ci_high"] * 5 == pytest.approx(case["high"], abs=1e-3)
    low, high = confint_poisson(38, 16.0, method="exact-c")
    assert (groups.loc[1, "ci_low"], groups.loc[1, "ci_high"]) == pytest.approx((low, high))
    # The rate ratio's interval is the exact conditional one (R poisson.test): binomial in the
    # total of 48 events.
    from scipy.stats import binomtest

    ci = binomtest(38, 48, 16 / 21).proportion_ci(0.95, method="exact")
    low, high = (q / (1 - q) * 5 / 16 for q in (ci.low, ci.high))
    est = result.estimate
    assert est.measure == "rate ratio" and est.null == 1.0
    assert est.value == pytest.approx((38 / 16) / (10 / 5))
    assert (est.ci_low, est.ci_high) == pytest.approx((low, high), rel=1e-8)


def test_median_intervals_match_scipy(rng):
    from scipy import stats

    a, b = rng.exponential(3, 40), rng.exponential(5, 60)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.ThinDataWarning)
        result = ca.compare(
            _two_groups(a, b), outcome="y", by="g", measure="median", random_state=1
        )
    groups = _groups(result)
    ci = stats.quantile_test(a, q=np.median(a), p=0.5).confidence_interval(0.95)
    assert (groups.loc[0, "ci_low"], groups.loc[0, "ci_high"]) == pytest.approx((ci.low, ci.high))
    assert result.estimate.value == pytest.approx(np.median(b) - np.median(a))
    assert "bootstrap" in result.estimate.method


def test_bootstrap_agrees_with_scipy_bootstrap(rng):
    from scipy import stats

    a, b = rng.exponential(3, 300), rng.exponential(4, 200)
    ours = ca.compare(
        _two_groups(a, b),
        outcome="y",
        by="g",
        ci_method="bootstrap",
        n_resamples=9999,
        random_state=7,
    ).estimate
    ref = stats.bootstrap(
        (b, a),
        lambda x, y, axis: x.mean(axis=axis) - y.mean(axis=axis),
        n_resamples=9999,
        method="percentile",
        rng=np.random.default_rng(8),
    )
    se = ref.standard_error
    # Two independent Monte Carlo runs of the same interval: the bounds agree to a small
    # fraction of a standard error.
    assert ours.ci_low == pytest.approx(ref.confidence_interval.low, abs=0.1 * se)
    assert ours.ci_high == pytest.approx(ref.confidence_interval.high, abs=0.1 * se)


def test_bootstrap_is_reproducible(small_frame):
    kwargs = dict(outcome="z", by="group", ci_method="bootstrap", n_resamples=2000)
    first = ca.compare(small_frame, random_state=3, **kwargs).estimate
    again = ca.compare(small_frame, random_state=3, **kwargs).estimate
    other = ca.compare(small_frame, random_state=4, **kwargs).estimate
    assert (first.ci_low, first.ci_high) == (again.ci_low, again.ci_high)
    assert (first.ci_low, first.ci_high) != (other.ci_low, other.ci_high)
    default = ca.compare(small_frame, **kwargs).estimate
    assert default.ci_low == ca.compare(small_frame, **kwargs).estimate.ci_low


def test_correlation_matches_scipy(rng):
    from scipy import stats

    x = rng.normal(size=80)
    frame = pd.DataFrame({"x": x, "y": 0.4 * x + rng.normal(size=80)})
    result = ca.correlate(frame, x="x", y="y")
    ref = stats.pearsonr(frame.x, frame.y)
    ci = ref.confidence_interval(0.95)
    assert result.estimate.value == pytest.approx(ref.statistic)
    assert (result.estimate.ci_low, result.estimate.ci_high) == pytest.approx((ci.low, ci.high))
    assert result.estimate.measure == "Pearson correlation" and result.estimate.null == 0.0
    assert result.n == 80 and result.estimate.n == 80
    rank = ca.correlate(frame, x="x", y="y", method="spearman").estimate
    assert rank.value == pytest.approx(stats.spearmanr(frame.x, frame.y).statistic)
    assert rank.ci_low < rank.value < rank.ci_high
    tau = ca.correlate(frame, x="x", y="y", method="kendall").estimate
    assert tau.value == pytest.approx(stats.kendalltau(frame.x, frame.y).statistic)


def test_adjusted_contrast_matches_statsmodels_ols(vandalism):
    import statsmodels.formula.api as smf

    result = ca.compare(vandalism, outcome="vandalism", by="fish_shop", adjust_for="on_square")
    fit = smf.ols("vandalism ~ fish_shop + on_square", data=vandalism).fit()
    low, high = fit.conf_int().loc["fish_shop"]
    assert result.adjusted is not None and result.estimate is result.adjusted
    assert result.adjusted.value == pytest.approx(fit.params["fish_shop"])
    assert (result.adjusted.ci_low, result.adjusted.ci_high) == pytest.approx((low, high))
    # The crude contrast is still reported, and the square explains most of it.
    assert result.crude.value > 2 * result.adjusted.value
    kinds = result.table["kind"].tolist()
    assert kinds.count("adjusted contrast") == 1 and kinds.count("contrast") == 1
    assert "Holding 'on_square' fixed" in result.explain()


def test_adjusted_rate_uses_poisson_regression(vandalism):
    import statsmodels.api as sm
    import statsmodels.formula.api as smf

    result = ca.compare(
        vandalism, outcome="vandalism", by="fish_shop", adjust_for=["on_square"], measure="rate"
    )
    fit = smf.glm(
        "vandalism ~ fish_shop + on_square", data=vandalism, family=sm.families.Poisson()
    ).fit(scale="X2")
    assert result.adjusted.value == pytest.approx(math.exp(fit.params["fish_shop"]))
    low, high = np.exp(fit.conf_int().loc["fish_shop"])
    assert (result.adjusted.ci_low, result.adjusted.ci_high) == pytest.approx((low, high))
    assert result.adjusted.null == 1.0


@pytest.mark.parametrize("measure,outcome_type", [("rate", "count"), ("mean", "continuous")])
def test_one_interval_per_model(vandalism, measure, outcome_type):
    # compare(adjust_for=...) and check_confounders fit the same model with the same standard
    # errors, so they give the same adjusted interval (issue 10, item 7).
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        result = ca.compare(
            vandalism,
            outcome="vandalism",
            by="fish_shop",
            adjust_for=["on_square"],
            measure=measure,
        )
        report = ca.check_confounders(
            vandalism,
            exposure="fish_shop",
            outcome="vandalism",
            candidates=["on_square"],
            outcome_type=outcome_type,
        )
    row = report.table.loc["on_square"]
    assert result.adjusted.value == pytest.approx(row["estimate"], rel=1e-6)
    assert result.adjusted.ci_low == pytest.approx(row["ci_low"], rel=1e-6)
    assert result.adjusted.ci_high == pytest.approx(row["ci_high"], rel=1e-6)


# --------------------------------------------------------------------------------------------
# Multiple comparisons
# --------------------------------------------------------------------------------------------


def test_many_groups_bonferroni_and_headline():
    from statsmodels.stats.multitest import multipletests

    reports = ca.datasets.load("meldingen")
    result = ca.compare(reports, outcome="resolution_days", by="district", reference="Centrum")
    contrasts = result.table[result.table["kind"] == "contrast"]
    assert result.n_comparisons == 7 == len(contrasts)
    assert contrasts["conf_level"].iloc[0] == pytest.approx(1 - 0.05 / 7)
    expected = multipletests(contrasts["p_value"], method="bonferroni")[1]
    assert contrasts["p_adjusted"].to_numpy() == pytest.approx(expected)
    # The headline is the contrast with the strongest evidence (its interval furthest from 0),
    # not the small district with the largest point estimate, which is within noise.
    assert result.estimate.label == "Havenkwartier vs Centrum"
    assert result.estimate.evidence == "clear"
    westhoek = contrasts[contrasts["group"] == "Westhoek"].iloc[0]
    assert westhoek["ci_low"] < 0 < westhoek["ci_high"]
    assert abs(westhoek["estimate"]) > abs(result.estimate.value)
    text = result.explain()
    assert "Clear evidence of a difference for one contrast: Havenkwartier vs Centrum:" in text
    assert "Westhoek vs" not in text
    assert "7 comparisons" in text and "Bonferroni" in text
    with ca.option_context(language="nl"):
        assert "7 vergelijkingen" in result.explain()


def test_pairwise_contrasts_count(small_frame):
    frame = small_frame.assign(three=np.arange(len(small_frame)) % 3)
    result = ca.compare(frame, outcome="y", by="three", contrasts="pairwise")
    assert result.n_comparisons == 3
    assert "every group against every other" in result.explain()


def test_no_correction_warns_in_both_languages(small_frame):
    frame = small_frame.assign(four=np.arange(len(small_frame)) % 4)
    with pytest.warns(ca.MultipleComparisonsWarning, match="correction='none' with 3 comparisons"):
        result = ca.compare(frame, outcome="y", by="four", correction="none")
    assert any("correction='none'" in c for c in result.caveats)
    assert "without a correction" in result.explain()
    with ca.option_context(language="nl"):
        with pytest.warns(ca.MultipleComparisonsWarning, match="bij 3 vergelijkingen"):
            ca.compare(frame, outcome="y", by="four", correction="none")


# --------------------------------------------------------------------------------------------
# Coverage: seeded simulations, 1,000 repetitions each
# --------------------------------------------------------------------------------------------


def _coverage(make_frame, call, truth, seed):
    rng = np.random.default_rng(seed)
    hits = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        for _ in range(REPS):
            est = call(make_frame(rng)).estimate
            hits += est.ci_low <= truth <= est.ci_high
    return hits / REPS


@pytest.mark.parametrize(("n1", "n2"), [(8, 12), (150, 250)], ids=["small", "large"])
def test_coverage_difference_in_means(n1, n2):
    def make(rng):
        return _two_groups(rng.normal(0, 1, n1), rng.normal(0.5, 3, n2))

    cover = _coverage(make, lambda f: ca.compare(f, outcome="y", by="g"), 0.5, seed=n1)
    assert abs(cover - 0.95) < BAND, cover


@pytest.mark.parametrize(("n1", "n2"), [(25, 35), (300, 400)], ids=["small", "large"])
def test_coverage_difference_in_proportions(n1, n2):
    def make(rng):
        return _two_groups((rng.random(n1) < 0.3).astype(int), (rng.random(n2) < 0.45).astype(int))

    cover = _coverage(make, lambda f: ca.compare(f, outcome="y", by="g"), 0.15, seed=n1)
    assert abs(cover - 0.95) < BAND, cover


@pytest.mark.parametrize("n", [12, 300], ids=["small", "large"])
def test_coverage_pearson_correlation(n):
    rho = 0.5
    cov = [[1, rho], [rho, 1]]

    def make(rng):
        xy = rng.multivariate_normal([0, 0], cov, size=n)
        return pd.DataFrame({"x": xy[:, 0], "y": xy[:, 1]})

    cover = _coverage(make, lambda f: ca.correlate(f, x="x", y="y"), rho, seed=n)
    assert abs(cover - 0.95) < BAND, cover


def test_band_cannot_pass_by_luck():
    # A method with true coverage 0.90 (or 0.99) would pass the band with probability < 0.5%.
    from scipy import stats

    low, high = 0.95 - BAND, 0.95 + BAND
    p_pass = stats.binom.cdf(high * REPS, REPS, 0.90) - stats.binom.cdf(low * REPS, REPS, 0.90)
    assert p_pass < 0.005
    p_pass = stats.binom.cdf(high * REPS, REPS, 0.99) - stats.binom.cdf(low * REPS, REPS, 0.99)
    assert p_pass < 0.005


# --------------------------------------------------------------------------------------------
# Thin data
# --------------------------------------------------------------------------------------------


def test_small_group_warns_in_both_languages(rng):
    frame = _two_groups(rng.normal(size=40), rng.normal(size=6))
    with pytest.warns(ca.ThinDataWarning, match="'b' are too thin to carry a conclusion"):
        result = ca.compare(frame, outcome="y", by="g")
    assert result.thin_groups == ("b",)
    assert "too thin to carry a conclusion" in result.explain()
    with ca.option_context(language="nl"):
        with pytest.warns(ca.ThinDataWarning, match="te dun om een conclusie te dragen"):
            ca.compare(frame, outcome="y", by="g")


def test_few_events_warn(rng):
    frame = _two_groups(np.r_[np.ones(2), np.zeros(60)], np.r_[np.ones(20), np.zeros(40)])
    with pytest.warns(ca.ThinDataWarning, match="fewer than 5 events or non-events"):
        ca.compare(frame, outcome="y", by="g")


def test_wide_interval_warns(rng):
    # Mostly zeros and one large value: an interval wider than the mean itself.
    frame = _two_groups(np.r_[np.zeros(27), 30.0, 0.5, 2.0], rng.gamma(50, 0.2, 30))
    with pytest.warns(ca.ThinDataWarning, match="interval wider than the estimate"):
        result = ca.compare(frame, outcome="y", by="g")
    assert result.thin_groups == ("a",)


def test_thin_correlation_warns_in_both_languages(rng):
    frame = pd.DataFrame({"x": rng.normal(size=8), "y": rng.normal(size=8)})
    with pytest.warns(ca.ThinDataWarning, match="only 8 complete rows"):
        result = ca.correlate(frame, x="x", y="y")
    assert "too thin" in result.explain()
    with ca.option_context(language="nl"):
        with pytest.warns(ca.ThinDataWarning, match="slechts 8 complete rijen"):
            ca.correlate(frame, x="x", y="y")


# --------------------------------------------------------------------------------------------
# Bad input: a clear error or warning for each, in English and Dutch
# --------------------------------------------------------------------------------------------


def _both(error, en, nl, func, *args, **kwargs):
    with pytest.raises(error, match=en):
        func(*args, **kwargs)
    with ca.option_context(language="nl"):
        with pytest.raises(error, match=nl):
            func(*args, **kwargs)


def test_empty_group_warns(rng):
    frame = _two_groups(rng.normal(size=30), rng.normal(size=30))
    frame["g"] = pd.Categorical(frame["g"], categories=["a", "b", "c"])
    with pytest.warns(ca.ThinDataWarning, match=r"these groups have no rows.*'c'"):
        result = ca.compare(frame, outcome="y", by="g")
    assert result.groups == ("a", "b")
    with ca.option_context(language="nl"):
        with pytest.warns(ca.ThinDataWarning, match="hebben geen rijen"):
            ca.compare(frame, outcome="y", by="g")


def test_group_with_one_observation(rng):
    frame = _two_groups(rng.normal(size=30), rng.normal(size=1))
    _both(
        ca.TooFewRowsError,
        "group 'b' has 1 observation",
        "groep 'b' heeft 1 waarneming",
        ca.compare,
        frame,
        outcome="y",
        by="g",
    )


def test_all_missing_outcome(rng):
    frame = _two_groups(rng.normal(size=5), rng.normal(size=5)).assign(y=np.nan)
    _both(
        ca.MissingValuesError,
        "10 missing value",
        "10 ontbrekende waarde",
        ca.compare,
        frame,
        outcome="y",
        by="g",
    )


def test_missing_group_label_is_not_dropped(rng):
    frame = _two_groups(rng.normal(size=20), rng.normal(size=20))
    frame.loc[3, "g"] = None
    with pytest.raises(ca.MissingValuesError, match="by='g' has 1 missing"):
        ca.compare(frame, outcome="y", by="g")


def test_infinite_values(rng):
    frame = _two_groups(rng.normal(size=20), rng.normal(size=20))
    frame.loc[0, "y"] = np.inf
    _both(
        ca.MissingValuesError,
        "1 infinite value",
        "1 oneindige waarde",
        ca.compare,
        frame,
        outcome="y",
        by="g",
    )


def test_hundreds_of_levels_ask_to_confirm(rng):
    frame = pd.DataFrame({"address": np.arange(600) % 300, "y": rng.normal(size=600)})
    _both(
        ca.InvalidOptionError,
        "300 different values; at most 30.*max_levels=300",
        "300 verschillende waarden; hier kunnen er hoogstens 30",
        ca.compare,
        frame,
        outcome="y",
        by="address",
    )
    with pytest.warns(ca.ThinDataWarning, match=r"'0', '1', .*\(\+292\)"):
        result = ca.compare(frame, outcome="y", by="address", max_levels=300)
    assert result.n_comparisons == 299


def test_binary_outcome_coded_as_text(rng):
    frame = pd.DataFrame({"g": ["a", "b"] * 20, "resolved": ["yes", "no", "no", "yes"] * 10})
    _both(
        ca.ColumnTypeError,
        r"two values.*not coded 0/1.*\(data\['resolved'\] == 'yes'\)\.astype\(int\)",
        "niet als 0/1 gecodeerd",
        ca.compare,
        frame,
        outcome="resolved",
        by="g",
    )


def test_text_outcome_with_many_values(rng):
    frame = pd.DataFrame({"g": ["a", "b"] * 20, "y": ["1", "2", "3", "4"] * 10})
    _both(
        ca.ColumnTypeError,
        "must hold numbers.*pd.to_numeric",
        "moet getallen bevatten",
        ca.compare,
        frame,
        outcome="y",
        by="g",
    )


def test_one_group_only(rng):
    frame = pd.DataFrame({"g": ["a"] * 10, "y": rng.normal(size=10)})
    _both(
        ca.ConstantColumnError,
        "by='g' has only one value",
        "heeft maar één waarde",
        ca.compare,
        frame,
        outcome="y",
        by="g",
    )


def test_bad_options(small_frame):
    _both(
        ca.InvalidOptionError,
        "conf_level=95 looks like a percentage",
        "lijkt een percentage",
        ca.compare,
        small_frame,
        outcome="y",
        by="group",
        conf_level=95,
    )
    _both(
        ca.InvalidOptionError,
        "measure='avg' is not one of the choices",
        "is niet een van de keuzes",
        ca.compare,
        small_frame,
        outcome="y",
        by="group",
        measure="avg",
    )
    _both(
        ca.InvalidOptionError,
        "n_resamples=100 must be a whole number of at least 1,000",
        "minstens 1.000",
        ca.compare,
        small_frame,
        outcome="y",
        by="group",
        n_resamples=100,
    )
    _both(
        ca.InvalidOptionError,
        "reference='c' is not one of the choices",
        "reference='c' is niet een van de keuzes",
        ca.compare,
        small_frame,
        outcome="y",
        by="group",
        reference="c",
    )


def test_rate_input_errors(small_frame):
    frame = small_frame.assign(neg=small_frame["count"] - 3, zero=0.0)
    _both(
        ca.InvalidOptionError,
        "negative value.*needs counts of 0 or more",
        "negatieve waarde",
        ca.compare,
        frame,
        outcome="neg",
        by="group",
        measure="rate",
    )
    _both(
        ca.InvalidOptionError,
        "denominator='zero' has 200 value",
        "denominator='zero' heeft 200 waarde",
        ca.compare,
        frame,
        outcome="count",
        by="group",
        measure="rate",
        denominator="zero",
    )
    _both(
        ca.InvalidOptionError,
        "denominator='z' is only used with measure='rate'",
        "wordt alleen gebruikt bij measure='rate'",
        ca.compare,
        frame,
        outcome="y",
        by="group",
        denominator="z",
    )
    _both(
        ca.InvalidOptionError,
        "ci_method='bootstrap' is not available for measure='rate'",
        "niet beschikbaar bij measure='rate'",
        ca.compare,
        frame,
        outcome="count",
        by="group",
        measure="rate",
        ci_method="bootstrap",
    )


def test_column_errors(small_frame):
    _both(
        ca.ColumnNotFoundError,
        "outcome='yy' is not a column.*Did you mean 'y'",
        "geen kolom",
        ca.compare,
        small_frame,
        outcome="yy",
        by="group",
    )
    _both(
        ca.CollinearityError,
        "by='y' is the same column as outcome",
        "dezelfde kolom",
        ca.compare,
        small_frame,
        outcome="y",
        by="y",
    )
    _both(
        ca.NotADataFrameError,
        "pandas Series",
        "pandas Series",
        ca.compare,
        small_frame["y"],
        outcome="y",
        by="group",
    )
    _both(
        ca.ColumnTypeError,
        "adjust_for must be a column name or a list",
        "adjust_for moet een kolomnaam",
        ca.compare,
        small_frame,
        outcome="y",
        by="group",
        adjust_for=3,
    )


def test_correlate_errors(small_frame, rng):
    _both(
        ca.CollinearityError,
        "y='z' is the same column as x",
        "dezelfde kolom",
        ca.correlate,
        small_frame,
        x="z",
        y="z",
    )
    tiny = pd.DataFrame({"x": [1.0, 2, 3, 4], "y": [2.0, 1, 4, 3]})
    _both(
        ca.TooFewRowsError,
        "4 complete rows.*at least 5",
        "4 complete rijen",
        ca.correlate,
        tiny,
        x="x",
        y="y",
    )
    _both(
        ca.ColumnTypeError,
        "x='text' must hold numbers",
        "moet getallen bevatten",
        ca.correlate,
        small_frame,
        x="text",
        y="y",
    )
    _both(
        ca.InvalidOptionError,
        "method='pearsons' is not one of the choices.*Did you mean 'pearson'",
        "Bedoelde u 'pearson'",
        ca.correlate,
        small_frame,
        x="z",
        y="y",
        method="pearsons",
    )


def test_callers_frame_is_never_changed(small_frame, vandalism):
    before = small_frame.copy()
    ca.compare(small_frame, outcome="y", by="group", adjust_for="z", ci_method="bootstrap")
    ca.compare(small_frame, outcome="count", by="group", measure="rate", adjust_for="z")
    ca.compare(small_frame, outcome="y", by="group", measure="median", n_resamples=1000)
    ca.correlate(small_frame, x="z", y="y")
    pd.testing.assert_frame_equal(small_frame, before)
    before = vandalism.copy()
    ca.compare(vandalism, outcome="vandalism", by="neighbourhood", adjust_for=["on_square"])
    pd.testing.assert_frame_equal(vandalism, before)


# --------------------------------------------------------------------------------------------
# Result shape, explanations, displays
# --------------------------------------------------------------------------------------------


def test_table_columns_and_rows(small_frame):
    result = ca.compare(small_frame, outcome="y", by="group")
    for column in ("kind", "group", "estimate", "ci_low", "ci_high", "conf_level", "n", "method"):
        assert column in result.table.columns
    assert result.table["kind"].tolist() == ["group", "group", "contrast"]
    assert (
        result.table["n"].tolist()[:2] == small_frame["group"].value_counts().sort_index().tolist()
    )
    assert isinstance(result.estimate, ca.Estimate)
    assert result.n == len(small_frame)


def test_binary_exposure_as_used_by_hypothesis(vandalism):
    # ca.Hypothesis calls compare(data, outcome=..., by=exposure) with a 0/1 exposure.
    result = ca.compare(vandalism, outcome="vandalism", by="fish_shop")
    assert result.estimate.label == "1 vs 0"
    assert result.estimate.value > 0 and result.estimate.evidence == "clear"
    binary = vandalism.assign(any_vandalism=(vandalism["vandalism"] > 0).astype(int))
    assert ca.compare(binary, outcome="any_vandalism", by="fish_shop").measure == "proportion"


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_explanations_are_plain_and_short(lang):
    reports = ca.datasets.load("meldingen")
    result = ca.compare(
        reports, outcome="resolution_days", by="district", unit="days", adjust_for="category"
    )
    text = result.explain(lang)
    sentences = [s for s in text.replace("ca.check", "ca_check").split(". ") if s]
    assert 3 <= len(sentences) <= 6, sentences
    assert "significant" not in text.lower() and "significan" not in text.lower()
    assert "check_confounders" in text
    assert ("99.29%" if lang == "en" else "99,29%") in text
    if lang == "nl":
        assert "de verschil" not in text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_correlation_explanation_names_alternatives(lang, small_frame):
    text = ca.correlate(small_frame, x="x", y="y").explain(lang)
    words = {
        "en": ["not causation", "common cause", "reverse direction", "selection", "chance"],
        "nl": [
            "geen causaliteit",
            "gemeenschappelijke oorzaak",
            "omgekeerde richting",
            "selectie",
            "toeval",
        ],
    }[lang]
    for word in words:
        assert word in text
    assert "ca.check_confounders" in text


def test_displays_and_plots(small_frame):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    result = ca.compare(small_frame, outcome="y", by="group")
    html = result._repr_html_()
    assert "<img" in html and "Comparison of y by group" in html
    assert "Comparison of y by group" in repr(result)
    ax = result.plot()
    assert len(ax.get_yticklabels()) == 2
    ax = result.plot(kind="contrasts")
    assert ax.get_yticklabels()[0].get_text() == "b vs a"
    corr = ca.correlate(small_frame, x="z", y="y")
    assert "<img" in corr._repr_html_()
    assert corr.plot().get_xlabel() == "z"
    plt.close("all")


def test_rate_plot_uses_log_scale():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    desk = ca.datasets.load("passport_desk")
    result = ca.compare(desk, outcome="visitors", by="hour", measure="rate")
    assert result.estimate.measure == "rate ratio"
    assert result.plot(kind="contrasts").get_xscale() == "log"
    plt.close("all")


def test_rate_with_few_events_is_thin():
    frame = pd.DataFrame({"g": ["a"] * 20 + ["b"] * 20, "count": [0] * 17 + [1, 2, 1] + [3] * 20})
    with pytest.warns(ca.ThinDataWarning, match="fewer than 10 counted events"):
        result = ca.compare(frame, outcome="count", by="g", measure="rate")
    assert result.thin_groups == ("a",)


def test_rate_ratio_without_events_has_no_interval():
    frame = pd.DataFrame({"g": ["a"] * 20 + ["b"] * 20, "count": [0] * 20 + [3] * 20})
    with pytest.warns(ca.ThinDataWarning, match="fewer than 10 counted events"):
        result = ca.compare(frame, outcome="count", by="g", measure="rate", reference="b")
    assert result.estimate.evidence == "unknown"
    assert "do not draw a conclusion" in result.explain()


def test_sidak_correction(small_frame):
    frame = small_frame.assign(four=np.arange(len(small_frame)) % 4)
    result = ca.compare(frame, outcome="y", by="four", correction="sidak")
    contrasts = result.table[result.table["kind"] == "contrast"]
    assert contrasts["conf_level"].iloc[0] == pytest.approx(0.95 ** (1 / 3))
    assert "Sidak" in result.explain()


def test_progress_bar_for_long_bootstraps(small_frame, capsys):
    ca.compare(small_frame, outcome="y", by="group", ci_method="bootstrap", progress=True)
    assert "bootstrap" in capsys.readouterr().err
    ca.compare(small_frame, outcome="y", by="group", ci_method="bootstrap")
    assert capsys.readouterr().err == ""  # a short run shows no bar by default


def test_bootstrap_proportions_close_to_newcombe(rng):
    frame = _two_groups((rng.random(400) < 0.3).astype(int), (rng.random(500) < 0.4).astype(int))
    boot = ca.compare(frame, outcome="y", by="g", ci_method="bootstrap", random_state=2).estimate
    exact = ca.compare(frame, outcome="y", by="g").estimate
    assert boot.value == exact.value
    assert boot.ci_low == pytest.approx(exact.ci_low, abs=0.01)
    assert boot.ci_high == pytest.approx(exact.ci_high, abs=0.01)


def test_bootstrap_does_not_depend_on_threads(rng, monkeypatch):
    from civicanalysis.uncertainty import _intervals

    # 5,000 rows per group and 3,000 resamples: 15 batches per group, spread over the threads.
    frame = _two_groups(rng.exponential(2, 5000), rng.exponential(2.1, 5000))
    kwargs = dict(outcome="y", by="g", ci_method="bootstrap", n_resamples=3000, random_state=5)
    parallel = ca.compare(frame, **kwargs).table
    monkeypatch.setattr(_intervals, "BOOTSTRAP_THREADS", 1)
    pd.testing.assert_frame_equal(ca.compare(frame, **kwargs).table, parallel)


@pytest.mark.parametrize(
    ("method", "truth"),
    [
        ("spearman", 6 / math.pi * math.asin(0.5 / 2)),  # Spearman's rho of a normal pair
        ("kendall", 2 / math.pi * math.asin(0.5)),  # Kendall's tau of a normal pair
    ],
)
def test_coverage_rank_correlations(method, truth):
    cov = [[1, 0.5], [0.5, 1]]

    def make(rng):
        xy = rng.multivariate_normal([0, 0], cov, size=40)
        return pd.DataFrame({"x": xy[:, 0], "y": xy[:, 1]})

    cover = _coverage(make, lambda f: ca.correlate(f, x="x", y="y", method=method), truth, seed=9)
    assert abs(cover - 0.95) < BAND, cover


# --------------------------------------------------------------------------------------------
# Issue 10: rates as published, the headline, outcome types, bad input
# --------------------------------------------------------------------------------------------


def test_rates_as_published_one_or_more_rows_per_group():
    # Andersen (1974), R's poisson.test example: Fredericia against three other cities, each a
    # row with its cases and person-years (tests/reference/published_cases.py).
    from reference.published_cases import RATES

    frame = pd.DataFrame(RATES["rows"], columns=RATES["columns"])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = ca.compare(
            frame,
            outcome="cases",
            by="fredericia",
            reference="no",
            measure="rate",
            denominator="person_years",
        )
    est = result.estimate
    published = RATES["published"]["rate_ratio"]
    assert (est.value, est.ci_low, est.ci_high) == pytest.approx(published, rel=1e-6)
    assert est.p_value == pytest.approx(RATES["published"]["p_value"], abs=1e-5)
    # Thin-data rules count events and persons, never rows: 3,011 person-years are not "fewer
    # than 15 observations"; the 11 events of Fredericia are not thin either.
    assert not any("fewer than 15 observations" in str(w.message) for w in caught)
    groups = result.table[result.table["kind"] == "group"].set_index("group")
    assert groups.loc["no", "n"] == 3011 and groups.loc["yes", "n"] == 800
    assert "exact conditional" in est.method


def test_outcome_type_chooses_the_measure(vandalism):
    rate = ca.compare(vandalism, outcome="vandalism", by="fish_shop", outcome_type="count")
    assert rate.measure == "rate" and rate.estimate.measure == "rate ratio"
    mean = ca.compare(vandalism, outcome="vandalism", by="fish_shop")
    assert mean.measure == "mean" and "outcome_type='count'" in mean.explain()
    assert "outcome_type='count'" in mean.explain("nl")
    _both(
        ca.InvalidOptionError,
        "outcome_type='count' means measure='rate'.*Give one",
        "Geef er één van",
        ca.compare,
        vandalism,
        outcome="vandalism",
        by="fish_shop",
        outcome_type="count",
        measure="mean",
    )


def test_yes_no_coded_one_two_is_refused_with_the_recode(rng):
    frame = pd.DataFrame({"g": ["a", "b"] * 20, "answer": [1, 2, 2, 1] * 10})
    _both(
        ca.ColumnTypeError,
        r"two values, 1 and 2.*\(data\['answer'\] == 2\)\.astype\(int\)",
        "niet als 0/1 gecodeerd",
        ca.compare,
        frame,
        outcome="answer",
        by="g",
    )
    # Asking for a mean on purpose is allowed.
    assert ca.compare(frame, outcome="answer", by="g", measure="mean").measure == "mean"


def test_compare_bad_input_issue_10(rng):
    frame = pd.DataFrame(
        {
            "g": ["a", "b"] * 20,
            "y": rng.normal(size=40),
            "z": rng.normal(size=40),
        }
    )
    # adjust_for a copy of by: refused (statsmodels would split the effect in half).
    copy = frame.assign(g_copy=frame["g"])
    _both(
        ca.CollinearityError,
        "adjust_for='g_copy' carries the same information as by='g'",
        "bevat dezelfde informatie als by='g'",
        ca.compare,
        copy,
        outcome="y",
        by="g",
        adjust_for="g_copy",
    )
    # by mixing 1, "1" and 1.0.
    mixed = frame.assign(g=pd.Series([1, "1", 1.0, 2] * 10, dtype=object))
    _both(
        ca.ColumnTypeError,
        "mixes text and numbers",
        "mengt tekst en getallen",
        ca.compare,
        mixed,
        outcome="y",
        by="g",
    )
    # Values near 1e300.
    _both(
        ca.InvalidOptionError,
        "outcome='y' has values as large as .*e\\+300",
        "heeft waarden tot .*e\\+300",
        ca.compare,
        frame.assign(y=frame["y"] * 1e300),
        outcome="y",
        by="g",
    )
    # An outcome constant within groups: a warning that says so, never a silent NaN interval.
    flat = frame.assign(y=np.where(frame["g"] == "a", 1.0, 2.0) + 0.0)
    flat["y"] = flat["y"].astype(float)
    for lang, text in (("en", "does not vary within the groups"), ("nl", "varieert niet")):
        with ca.option_context(language=lang), pytest.warns(ca.ThinDataWarning, match=text):
            ca.compare(flat, outcome="y", by="g", measure="mean")
