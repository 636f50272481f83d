from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import civicanalysis as ca

CANDIDATES = ["on_square", "youth_hangout", "cafe", "tidy_park", "neighbourhood"]


def quiet(*args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        return ca.check_confounders(*args, **kwargs)


@pytest.fixture
def report(vandalism):
    return quiet(vandalism, exposure="fish_shop", outcome="vandalism", candidates=CANDIDATES)


# ---------------------------------------------------------------- the fish-shop case


def test_fish_shop_is_explained_by_the_square(report):
    assert report.crude.measure == "rate ratio"
    assert report.crude.null == 1.0
    assert report.crude.value > 2 and report.crude.ci_low > 1.5
    assert "on_square" in report.confounders
    assert report.table.loc["on_square", "change_pct"] < -50  # 100 × (adjusted / crude − 1)
    assert report.table.loc["on_square", "is_confounder"]
    # By construction fish shops have no effect: the fully adjusted interval includes 1.
    assert report.adjusted.ci_low < 1 < report.adjusted.ci_high
    assert report.adjusted.evidence == "consistent-with-none"
    assert list(report.table.index) == CANDIDATES
    for column in ("estimate", "ci_low", "ci_high", "change_pct", "reverses", "is_confounder"):
        assert column in report.table.columns


def test_warns_about_confounding(vandalism):
    with pytest.warns(ca.ConfoundingWarning, match="on_square"):
        ca.check_confounders(
            vandalism, exposure="fish_shop", outcome="vandalism", candidates=["on_square"]
        )
    with ca.option_context(language="nl"), pytest.warns(ca.ConfoundingWarning, match="verstoring"):
        ca.check_confounders(
            vandalism, exposure="fish_shop", outcome="vandalism", candidates=["on_square"]
        )


def test_scan_suggests_square_and_skips_identifier(vandalism):
    scan = quiet(vandalism, exposure="fish_shop", outcome="vandalism")
    assert "location_id" not in scan.table.index
    assert any("location_id" in c for c in scan.caveats)
    assert "on_square" in scan.confounders
    assert set(scan.candidates_used) == set(scan.table.index[scan.table["suggested"]])
    assert scan.adjusted.ci_low < 1 < scan.adjusted.ci_high


def test_explain_in_both_languages(report):
    en = report.explain()
    assert "on_square" in en and "not proof of a cause" in en
    assert en.startswith("Model: Poisson regression") and "outcome_type=" in en
    assert 3 <= len(report._explain_sentences("en")) <= 6
    assert "experiment" in " ".join(report._detail_sentences("en"))
    assert "significant" not in en.lower()
    nl = report.explain("nl")
    assert "geen bewijs van een oorzaak" in nl and "2,64" in nl
    with ca.option_context(language="nl"):
        assert report.explain() == nl


def test_displays(report):
    html = report._repr_html_()
    assert "<img" in html and "Information" in html and "on_square" in html
    assert "Confounder check" in repr(report)
    ax = report.plot()
    assert len(ax.get_yticklabels()) == len(CANDIDATES) + 2
    import matplotlib.pyplot as plt

    plt.close("all")


def test_caller_frame_unchanged(vandalism):
    before = vandalism.copy()
    quiet(vandalism, exposure="fish_shop", outcome="vandalism")
    pd.testing.assert_frame_equal(vandalism, before)


# ---------------------------------------------------------------- equal to statsmodels on rows


def _design(frame, exposure, terms):
    parts = [frame[[exposure]].astype(float)]
    for term in terms:
        if frame[term].dtype.kind in "fi" and frame[term].nunique() > 2:
            parts.append(frame[[term]].astype(float))
        else:
            parts.append(
                pd.get_dummies(frame[term].astype(str), prefix=term, drop_first=True, dtype=float)
            )
    import statsmodels.api as sm

    return sm.add_constant(pd.concat(parts, axis=1))


@pytest.mark.parametrize("terms", [[], ["on_square"], ["on_square", "neighbourhood", "cafe"]])
def test_collapsed_poisson_equals_row_level_statsmodels(vandalism, terms):
    import statsmodels.api as sm

    X = _design(vandalism, "fish_shop", terms)
    ref = sm.GLM(vandalism["vandalism"], X, family=sm.families.Poisson()).fit(scale="X2")
    ours = quiet(vandalism, exposure="fish_shop", outcome="vandalism", candidates=terms or ["cafe"])
    est = ours.adjusted if terms else ours.crude
    low, high = np.exp(ref.conf_int().loc["fish_shop"])
    assert est.value == pytest.approx(np.exp(ref.params["fish_shop"]), rel=1e-9)
    assert est.ci_low == pytest.approx(low, rel=1e-7)
    assert est.ci_high == pytest.approx(high, rel=1e-7)
    assert ours.cells < len(vandalism)


def test_collapsed_ols_equals_statsmodels_ols(vandalism):
    import statsmodels.api as sm

    X = _design(vandalism, "fish_shop", ["on_square", "neighbourhood"])
    ref = sm.OLS(vandalism["vandalism"].astype(float), X).fit()
    ours = quiet(
        vandalism,
        exposure="fish_shop",
        outcome="vandalism",
        outcome_type="continuous",
        candidates=["on_square", "neighbourhood"],
    )
    assert ours.adjusted.measure == "difference in means"
    assert ours.adjusted.value == pytest.approx(ref.params["fish_shop"], rel=1e-9)
    low, high = ref.conf_int().loc["fish_shop"]
    assert ours.adjusted.ci_low == pytest.approx(low, rel=1e-7)
    assert ours.adjusted.ci_high == pytest.approx(high, rel=1e-7)
    crude = vandalism.groupby("fish_shop")["vandalism"].mean()
    assert ours.crude.value == pytest.approx(crude[1] - crude[0], rel=1e-9)


def test_continuous_candidate_and_exposure(rng):
    import statsmodels.api as sm

    n = 3000
    z = rng.normal(size=n)
    x = z + rng.normal(size=n)
    y = 2.0 * z + rng.normal(size=n)  # x has no effect of its own
    frame = pd.DataFrame({"x": x, "z": z, "y": y})
    ours = quiet(frame, exposure="x", outcome="y", candidates=["z"])
    assert ours.crude.measure == "slope"
    ref = sm.OLS(y, sm.add_constant(np.column_stack([x, z]))).fit()
    assert ours.adjusted.value == pytest.approx(ref.params[1], rel=1e-8)
    assert ours.adjusted.ci_low == pytest.approx(ref.conf_int()[1, 0], rel=1e-7)
    assert ours.confounders == ("z",)
    assert ours.crude.value > 0.8 and abs(ours.adjusted.value) < 0.1


def test_categorical_exposure_contrasts(vandalism):
    ours = quiet(vandalism, exposure="neighbourhood", outcome="vandalism", candidates=["on_square"])
    crude = ours.contrasts[ours.contrasts["held_fixed"] == "(crude)"]
    assert len(crude) == vandalism["neighbourhood"].nunique() - 1
    reference = vandalism["neighbourhood"].cat.categories[0]
    assert crude["contrast"].str.endswith(f"vs {reference}").all()
    assert any("Every contrast" in c for c in ours.caveats)


def test_frequency_weights_equal_expanded_rows(rng):
    table = pd.DataFrame(
        {
            "x": [0, 0, 1, 1, 0, 0, 1, 1],
            "z": [0, 0, 0, 0, 1, 1, 1, 1],
            "y": [0, 1] * 4,
            "count": [40, 10, 30, 20, 15, 35, 5, 45],
        }
    )
    weighted = quiet(table, exposure="x", outcome="y", candidates=["z"], weights="count")
    rows = table.loc[table.index.repeat(table["count"])].drop(columns="count")
    expanded = quiet(rows, exposure="x", outcome="y", candidates=["z"])
    assert weighted.adjusted.value == pytest.approx(expanded.adjusted.value, rel=1e-9)
    assert weighted.adjusted.ci_low == pytest.approx(expanded.adjusted.ci_low, rel=1e-9)
    assert weighted.n == expanded.n == table["count"].sum()


def test_simpsons_paradox_reverses():
    # Kidney-stone style: treatment A is better within each stratum, worse overall.
    table = pd.DataFrame(
        {
            "treatment_a": [1, 1, 0, 0, 1, 1, 0, 0],
            "large_stone": [0, 0, 0, 0, 1, 1, 1, 1],
            "success": [1, 0] * 4,
            "count": [81, 6, 234, 36, 192, 71, 55, 25],
        }
    )
    rep = quiet(
        table,
        exposure="treatment_a",
        outcome="success",
        candidates=["large_stone"],
        weights="count",
    )
    assert rep.crude.value < 1 < rep.adjusted.value
    assert bool(rep.table.loc["large_stone", "reverses"])
    # The point estimate changes direction, but the adjusted interval includes 1: no reversal is
    # announced, the explanation says the association disappears (issue 10, item 2).
    assert rep.table.loc["large_stone", "evidence"] == "consistent-with-none"
    assert "Simpson" not in rep.explain() and "reverses" not in rep.explain()
    assert "cannot tell its direction" in rep.explain()
    assert "richting niet vaststellen" in rep.explain("nl")


# ---------------------------------------------------------------- a real published dataset


def china_smoking_long() -> pd.DataFrame:
    import statsmodels.api as sm

    wide = sm.datasets.china_smoking.load_pandas().data
    long = wide.reset_index().melt(id_vars="Location", value_name="count")
    long["smoker"] = long["variable"].str.startswith("smoking_yes").astype(int)
    long["lung_cancer"] = long["variable"].str.endswith("cancer_yes").astype(int)
    return long.rename(columns={"Location": "city"}).drop(columns="variable")


def test_reproduces_published_mantel_haenszel_china_smoking():
    # Liu (1992), analysed in Agresti, Categorical Data Analysis: pooled odds ratio 2.174,
    # 95% interval 1.984 to 2.383; Breslow–Day statistic 5.20 (p = 0.64, no heterogeneity).
    data = china_smoking_long()
    rep = quiet(
        data, exposure="smoker", outcome="lung_cancer", candidates=["city"], weights="count"
    )
    assert rep.n == 8419
    mh = rep.mantel_haenszel
    assert mh.value == pytest.approx(2.174, abs=5e-4)
    assert mh.ci_low == pytest.approx(1.984, abs=5e-4)
    assert mh.ci_high == pytest.approx(2.383, abs=5e-4)
    assert rep.crude.value == pytest.approx(2.1356, abs=5e-4)  # the pooled 2×2 table
    assert rep.adjusted.value == pytest.approx(mh.value, rel=0.02)  # logistic ≈ Mantel–Haenszel
    assert rep.confounders == ()  # city does not explain the association
    assert not any("Breslow" in c for c in rep.caveats)


# ---------------------------------------------------------------- bad input


def test_unknown_column_suggests(vandalism):
    with pytest.raises(ca.ColumnNotFoundError, match="Did you mean 'vandalism'"):
        ca.check_confounders(
            vandalism, exposure="fish_shop", outcome="vandalsim", candidates=["cafe"]
        )
    with pytest.raises(ca.ColumnNotFoundError, match="Did you mean 'on_square'"):
        ca.check_confounders(
            vandalism, exposure="fish_shop", outcome="vandalism", candidates=["on_sqaure"]
        )
    with (
        ca.option_context(language="nl"),
        pytest.raises(ca.ColumnNotFoundError, match="Bedoelde u 'vandalism'"),
    ):
        ca.check_confounders(
            vandalism, exposure="fish_shop", outcome="vandalsim", candidates=["cafe"]
        )


def test_exposure_with_one_value(vandalism):
    one = vandalism[vandalism["fish_shop"] == 1]
    with pytest.raises(ca.ConstantColumnError, match="only one value"):
        ca.check_confounders(one, exposure="fish_shop", outcome="vandalism", candidates=["cafe"])
    with (
        ca.option_context(language="nl"),
        pytest.raises(ca.ConstantColumnError, match="maar één waarde"),
    ):
        ca.check_confounders(one, exposure="fish_shop", outcome="vandalism", candidates=["cafe"])


def test_outcome_with_missing_values(vandalism):
    data = vandalism.copy()
    data.loc[[3, 7, 9], "vandalism"] = np.nan
    with pytest.raises(ca.MissingValuesError, match="3 missing value"):
        ca.check_confounders(data, exposure="fish_shop", outcome="vandalism", candidates=["cafe"])
    with (
        ca.option_context(language="nl"),
        pytest.raises(ca.MissingValuesError, match="3 ontbrekende"),
    ):
        ca.check_confounders(data, exposure="fish_shop", outcome="vandalism", candidates=["cafe"])


def test_candidate_identical_to_exposure(vandalism):
    data = vandalism.assign(viswinkel=vandalism["fish_shop"])
    with pytest.raises(ca.CollinearityError, match="same information"):
        ca.check_confounders(
            data, exposure="fish_shop", outcome="vandalism", candidates=["viswinkel"]
        )
    with (
        ca.option_context(language="nl"),
        pytest.raises(ca.CollinearityError, match="dezelfde informatie"),
    ):
        ca.check_confounders(
            data, exposure="fish_shop", outcome="vandalism", candidates=["viswinkel"]
        )
    with pytest.raises(ca.CollinearityError, match="same column as exposure"):
        ca.check_confounders(
            data, exposure="fish_shop", outcome="vandalism", candidates=["fish_shop"]
        )


def test_candidate_collinear_with_exposure(vandalism):
    # Every location id fixes the fish shop: no variation left within any of its values.
    data = vandalism.assign(
        block=vandalism["fish_shop"].map({0: "a", 1: "b"}) + "-" + (vandalism.index % 3).astype(str)
    )
    with pytest.raises(ca.CollinearityError, match="does not vary"):
        ca.check_confounders(data, exposure="fish_shop", outcome="vandalism", candidates=["block"])
    rng = np.random.default_rng(1)
    cont = pd.DataFrame({"x": rng.normal(size=50), "y": rng.normal(size=50)})
    cont["x2"] = 3 * cont["x"] + 1
    with pytest.raises(ca.CollinearityError, match="straight-line function"):
        ca.check_confounders(cont, exposure="x", outcome="y", candidates=["x2"])
    with (
        ca.option_context(language="nl"),
        pytest.raises(ca.CollinearityError, match="rechte-lijnfunctie"),
    ):
        ca.check_confounders(cont, exposure="x", outcome="y", candidates=["x2"])


def test_constant_candidate(vandalism):
    data = vandalism.assign(city="Vissersdorp")
    with pytest.raises(ca.ConstantColumnError, match="'city' has only one value"):
        ca.check_confounders(data, exposure="fish_shop", outcome="vandalism", candidates=["city"])
    # When scanning, a constant column is skipped and reported, not an error.
    scan = quiet(data, exposure="fish_shop", outcome="vandalism")
    assert "city" not in scan.table.index and any("city" in c for c in scan.caveats)


def test_thin_strata_warn(vandalism):
    data = vandalism.assign(street=np.where(vandalism.index < 5, "Korte Gracht", "elsewhere"))
    with pytest.warns(ca.ThinDataWarning, match="Korte Gracht"):
        rep = ca.check_confounders(
            data, exposure="fish_shop", outcome="vandalism", candidates=["street"]
        )
    assert any("Korte Gracht" in c for c in rep.caveats)
    with ca.option_context(language="nl"), pytest.warns(ca.ThinDataWarning, match="dunne strata"):
        ca.check_confounders(data, exposure="fish_shop", outcome="vandalism", candidates=["street"])


def test_non_numeric_outcome(vandalism):
    data = vandalism.assign(
        level=np.where(
            vandalism["vandalism"] > 3, "high", np.where(vandalism["vandalism"] > 1, "mid", "low")
        )
    )
    with pytest.raises(ca.ColumnTypeError, match="holds text"):
        ca.check_confounders(data, exposure="fish_shop", outcome="level", candidates=["cafe"])
    with ca.option_context(language="nl"), pytest.raises(ca.ColumnTypeError, match="bevat tekst"):
        ca.check_confounders(data, exposure="fish_shop", outcome="level", candidates=["cafe"])
    yes_no = vandalism.assign(any_vandalism=np.where(vandalism["vandalism"] > 0, "yes", "no"))
    with pytest.raises(ca.ColumnTypeError, match=r"== 'yes'\)\.astype\(int\)"):
        ca.check_confounders(
            yes_no, exposure="fish_shop", outcome="any_vandalism", candidates=["cafe"]
        )


def test_perfect_separation():
    data = pd.DataFrame(
        {"x": [0] * 20 + [1] * 20, "z": [0, 1] * 20, "y": [0] * 20 + [1] * 5 + [0] * 15}
    )
    data.loc[data["x"] == 0, "y"] = 0
    with pytest.raises(ca.PerfectSeparationError, match="predicts outcome='y' perfectly"):
        ca.check_confounders(data, exposure="x", outcome="y", candidates=["z"])
    with (
        ca.option_context(language="nl"),
        pytest.raises(ca.PerfectSeparationError, match="perfect"),
    ):
        ca.check_confounders(data, exposure="x", outcome="y", candidates=["z"])


def test_too_few_rows():
    data = pd.DataFrame(
        {"x": [0, 1, 0, 1, 0], "z": ["a", "a", "b", "b", "c"], "y": [1.0, 2.0, 3.0, 5.0, 4.0]}
    )
    with pytest.raises(ca.TooFewRowsError, match="too few"):
        ca.check_confounders(data, exposure="x", outcome="y", candidates=["z"])
    with ca.option_context(language="nl"), pytest.raises(ca.TooFewRowsError, match="te weinig"):
        ca.check_confounders(data, exposure="x", outcome="y", candidates=["z"])


def test_option_errors(vandalism):
    with pytest.raises(ca.InvalidOptionError, match="conf_level=0.95"):
        ca.check_confounders(
            vandalism, exposure="fish_shop", outcome="vandalism", candidates=["cafe"], conf_level=95
        )
    with pytest.raises(ca.InvalidOptionError, match="list of column names"):
        ca.check_confounders(
            vandalism, exposure="fish_shop", outcome="vandalism", candidates={"cafe": 1}
        )
    with (
        ca.option_context(language="nl"),
        pytest.raises(ca.InvalidOptionError, match="lijst kolomnamen"),
    ):
        ca.check_confounders(
            vandalism, exposure="fish_shop", outcome="vandalism", candidates={"cafe": 1}
        )
    with pytest.raises(ca.InvalidOptionError, match="is not a value of exposure"):
        ca.check_confounders(
            vandalism, exposure="fish_shop", outcome="vandalism", candidates=["cafe"], reference=2
        )
    with pytest.raises(ca.InvalidOptionError, match="does not fit"):
        ca.check_confounders(
            vandalism,
            exposure="fish_shop",
            outcome="vandalism",
            candidates=["cafe"],
            outcome_type="binary",
        )
    with pytest.raises(ca.NotADataFrameError):
        ca.check_confounders(vandalism["vandalism"], exposure="fish_shop", outcome="vandalism")


def test_negative_weights():
    data = pd.DataFrame(
        {
            "x": [0, 1] * 10,
            "z": [0, 0, 1, 1] * 5,
            "y": [1.0, 2.5, 3.0, 4.5] * 5,
            "w": [1] * 19 + [-1],
        }
    )
    with pytest.raises(ca.InvalidOptionError, match="1 negative"):
        ca.check_confounders(data, exposure="x", outcome="y", candidates=["z"], weights="w")
    with ca.option_context(language="nl"), pytest.raises(ca.InvalidOptionError, match="negatieve"):
        ca.check_confounders(data, exposure="x", outcome="y", candidates=["z"], weights="w")


def test_large_data_solver_equals_statsmodels(monkeypatch, rng):
    # Above ROW_SOLVER_THRESHOLD rows, models that cannot be collapsed use the normal equations.
    import statsmodels.api as sm

    from civicanalysis import confounding

    monkeypatch.setattr(confounding, "ROW_SOLVER_THRESHOLD", 0)
    n = 4000
    z = rng.normal(size=n)
    x = (rng.random(n) < 1 / (1 + np.exp(-z))).astype(int)
    frame = pd.DataFrame({"x": x, "z": z})
    frame["count"] = rng.poisson(np.exp(0.3 + 0.4 * z))
    frame["event"] = (rng.random(n) < 1 / (1 + np.exp(-(z - 0.5)))).astype(int)
    frame["measure"] = 1.5 * z + rng.normal(size=n)
    X = sm.add_constant(frame[["x", "z"]].astype(float))
    refs = {
        "count": sm.GLM(frame["count"], X, family=sm.families.Poisson()).fit(scale="X2"),
        "event": sm.GLM(frame["event"], X, family=sm.families.Binomial()).fit(),
        "measure": sm.OLS(frame["measure"], X).fit(),
    }
    for outcome, ref in refs.items():
        ours = quiet(frame, exposure="x", outcome=outcome, candidates=["z"]).adjusted
        transform = np.exp if ours.is_ratio else (lambda v: v)
        assert ours.value == pytest.approx(transform(ref.params["x"]), rel=1e-8), outcome
        assert ours.ci_low == pytest.approx(transform(ref.conf_int().loc["x", 0]), rel=1e-6), (
            outcome
        )


def test_candidate_that_predicts_the_outcome_perfectly(rng):
    n = 400
    frame = pd.DataFrame({"x": rng.integers(0, 2, n), "z": rng.integers(0, 3, n).astype(str)})
    frame["y"] = (rng.random(n) < 0.3 + 0.2 * frame["x"]).astype(int)
    frame["after"] = frame["y"] * 10 + rng.integers(0, 3, n)  # measured after the outcome
    scan = quiet(frame, exposure="x", outcome="y")
    assert "after" not in scan.table.index
    assert any("'after' was left out" in c for c in scan.caveats)
    with pytest.raises(ca.PerfectSeparationError, match="measured after the outcome"):
        ca.check_confounders(frame, exposure="x", outcome="y", candidates=["after"])
    with (
        ca.option_context(language="nl"),
        pytest.raises(ca.PerfectSeparationError, match="gemeten na de uitkomst"),
    ):
        ca.check_confounders(frame, exposure="x", outcome="y", candidates=["after"])


# ---------------------------------------------------------------- issue 10: outcome type from meaning


def _frame(y, rng, n=None):
    n = len(y)
    x = rng.integers(0, 2, n)
    return pd.DataFrame({"x": x, "z": rng.integers(0, 3, n), "y": y})


@pytest.mark.parametrize(
    "name,values,kind",
    [
        # Test-score totals (0-40, around 25): whole numbers, but a score, not a count.
        ("scores", lambda r, n: np.clip(r.normal(25, 6, n).round(), 0, 40), "continuous"),
        # Birth weight in grams (around 3,300 g) and the same weights in kilograms.
        ("grams", lambda r, n: r.normal(3300, 500, n).round(), "continuous"),
        ("kilograms", lambda r, n: r.normal(3300, 500, n).round() / 1000, "continuous"),
        # Ages of adults.
        ("ages", lambda r, n: r.integers(18, 80, n).astype(float), "continuous"),
        # Incidents per location: small, many zeros, a long right tail.
        ("incidents", lambda r, n: r.poisson(1.2, n).astype(float), "count"),
        ("events", lambda r, n: r.negative_binomial(2, 0.4, n).astype(float), "count"),
        ("yes_no", lambda r, n: r.integers(0, 2, n).astype(float), "binary"),
    ],
)
def test_outcome_type_from_meaning(name, values, kind, rng):
    frame = _frame(values(rng, 400), rng)
    report = quiet(frame, exposure="x", outcome="y", candidates=["z"])
    assert report.outcome_type == kind, name
    first = report._explain_sentences("en")[0]
    assert first.startswith("Model:") and "outcome_type=" in first
    assert report._explain_sentences("nl")[0].startswith("Model:")


def test_birth_weight_in_grams_is_not_a_rate_ratio(rng):
    frame = _frame(rng.normal(3300, 500, 400).round(), rng)
    report = quiet(frame, exposure="x", outcome="y", candidates=["z"])
    assert report.crude.measure == "difference in means"
    # The choice can be overridden, and the explanation then says it was asked for.
    forced = quiet(frame, exposure="x", outcome="y", candidates=["z"], outcome_type="count")
    assert (
        forced.crude.measure == "rate ratio"
        and "you chose outcome_type='count'" in forced.explain()
    )


def test_yes_no_coded_one_two_gives_the_recode(rng):
    frame = _frame(rng.integers(1, 3, 200).astype(float), rng)
    with pytest.raises(ca.ColumnTypeError, match=r"two values, 1\.0 and 2\.0.*data\.assign\(y="):
        ca.check_confounders(frame, exposure="x", outcome="y", candidates=["z"])
    with ca.option_context(language="nl"), pytest.raises(ca.ColumnTypeError, match="niet als 0/1"):
        ca.check_confounders(frame, exposure="x", outcome="y", candidates=["z"])
    text = frame.assign(y=np.where(frame["y"] == 1, "no", "yes"))
    with pytest.raises(ca.ColumnTypeError, match=r"'no' and 'yes'.*== 'yes'"):
        ca.check_confounders(text, exposure="x", outcome="y", candidates=["z"])


# ---------------------------------------------------------------- issue 10: evidence and reversals


def test_change_pct_convention(report):
    row = report.table.loc["on_square"]
    crude = report.crude.value
    assert row["change_pct"] == pytest.approx(100 * (row["estimate"] / crude - 1))
    assert set(report.table["evidence"]) <= {"clear", "likely", "consistent-with-none", "unknown"}
    assert report.table.loc["on_square", "evidence"] == "consistent-with-none"


def test_change_pct_for_a_difference(rng):
    n = 600
    z = rng.integers(0, 2, n)
    x = (rng.random(n) < 0.3 + 0.4 * z).astype(int)
    y = 2.0 * z + 0.5 * x + rng.normal(size=n)
    report = quiet(
        pd.DataFrame({"x": x, "z": z, "y": y}), exposure="x", outcome="y", candidates=["z"]
    )
    row = report.table.loc["z"]
    expected = 100 * (row["estimate"] - report.crude.value) / abs(report.crude.value)
    assert row["change_pct"] == pytest.approx(expected)


def _published(name):
    from reference import published_cases

    return getattr(published_cases, name)


def test_berkeley_admissions_published_values():
    # Bickel et al. (1975): adjusted for department the odds ratio of admission for men is 0.905
    # (0.772 to 1.06); the crude one is 1.84. The point estimate reverses, the interval includes
    # 1: the explanation says the association disappears, not "Simpson's paradox".
    case = _published("BERKELEY")
    from reference.published_cases import table

    report = quiet(
        table(case), exposure="male", outcome="admitted", candidates=["dept"], weights="count"
    )
    published = case["published"]
    assert report.crude.value == pytest.approx(published["crude_or"], abs=0.005)
    row = report.table.loc["dept"]
    assert row["estimate"] == pytest.approx(published["adjusted_or"], abs=0.0005)
    assert (row["ci_low"], row["ci_high"]) == pytest.approx(published["ci"], abs=0.005)
    assert bool(row["reverses"]) and row["evidence"] == "consistent-with-none"
    text = report.explain("en")
    assert "Simpson" not in text and "reverses" not in text
    assert "cannot tell its direction" in text and "no evidence of a reversal" in text


def test_a_clear_reversal_is_named_with_its_interval():
    case = _published("VACCINATION")
    from reference.published_cases import table

    report = quiet(
        table(case), exposure="vaccinated", outcome="died", candidates=["old"], weights="count"
    )
    row = report.table.loc["old"]
    assert report.crude.value == pytest.approx(5.14, abs=0.01)
    assert row["estimate"] < 1 and row["evidence"] in ("clear", "likely")
    assert (
        "the direction reverses, and the whole interval lies on the other side" in report.explain()
    )
    assert "de richting keert om" in report.explain("nl")


# ---------------------------------------------------------------- issue 10: bad input


def test_scan_whose_only_other_column_copies_the_outcome(rng):
    frame = pd.DataFrame({"x": rng.integers(0, 2, 100), "y": rng.poisson(2, 100).astype(float)})
    frame["y_copy"] = frame["y"]
    with pytest.raises(ca.TooFewRowsError, match="no candidate columns"):
        ca.check_confounders(frame, exposure="x", outcome="y")
    with pytest.raises(ca.CollinearityError, match="same information as outcome='y'"):
        ca.check_confounders(frame, exposure="x", outcome="y", candidates=["y_copy"])
    with ca.option_context(language="nl"):
        with pytest.raises(ca.CollinearityError, match="dezelfde informatie als outcome='y'"):
            ca.check_confounders(frame, exposure="x", outcome="y", candidates=["y_copy"])


@pytest.mark.parametrize("role", ["outcome", "exposure"])
def test_values_near_1e300(role, rng):
    frame = pd.DataFrame(
        {"x": rng.normal(size=100), "y": rng.normal(size=100), "z": rng.integers(0, 2, 100)}
    )
    col = "y" if role == "outcome" else "x"
    frame[col] = frame[col] * 1e300
    with pytest.raises(ca.InvalidOptionError, match=f"{role}='{col}' has values as large as"):
        ca.check_confounders(frame, exposure="x", outcome="y", candidates=["z"])
    with (
        ca.option_context(language="nl"),
        pytest.raises(ca.InvalidOptionError, match="waarden tot"),
    ):
        ca.check_confounders(frame, exposure="x", outcome="y", candidates=["z"])


def test_date_as_exposure_and_infinity_in_a_candidate(rng):
    n = 200
    frame = pd.DataFrame(
        {
            "when": pd.date_range("2024-01-01", periods=n, freq="D"),
            "x": rng.integers(0, 2, n),
            "y": rng.normal(size=n),
            "z": rng.normal(size=n),
        }
    )
    with pytest.raises(ca.ColumnTypeError, match=r"exposure='when' holds dates.*dt\.year"):
        ca.check_confounders(frame, exposure="when", outcome="y", candidates=["z"])
    with ca.option_context(language="nl"), pytest.raises(ca.ColumnTypeError, match="bevat datums"):
        ca.check_confounders(frame, exposure="when", outcome="y", candidates=["z"])
    frame.loc[3, "z"] = np.inf
    with pytest.raises(ca.MissingValuesError, match="z"):
        ca.check_confounders(frame, exposure="x", outcome="y", candidates=["z"])
    # Scanning skips the column with an infinity and the date, and says so.
    scan = quiet(frame.assign(w=rng.normal(size=n)), exposure="x", outcome="y")
    assert "z" not in scan.table.index and "when" not in scan.table.index
    assert any("z" in c and "infinite" in c for c in scan.caveats)


def test_exposure_mixing_text_and_numbers_is_refused(rng):
    frame = pd.DataFrame(
        {
            "x": pd.Series([1, "1", 1.0, 2] * 25, dtype=object),
            "y": rng.normal(size=100),
            "z": rng.integers(0, 2, 100),
        }
    )
    with pytest.raises(ca.ColumnTypeError, match="exposure='x' mixes text and numbers"):
        ca.check_confounders(frame, exposure="x", outcome="y", candidates=["z"])
    with ca.option_context(language="nl"), pytest.raises(ca.ColumnTypeError, match="mengt tekst"):
        ca.check_confounders(frame, exposure="x", outcome="y", candidates=["z"])


def test_frequency_weights_count_in_the_candidate_tests():
    # A published table with weights gives the same candidate tests as its expanded rows (the
    # held-out Whickham check found that a continuous candidate's test ignored the weights).
    from reference.published_cases import WHICKHAM, individuals, table

    weighted = quiet(
        table(WHICKHAM), exposure="smoker", outcome="dead", candidates=["age"], weights="count"
    )
    rows = quiet(individuals(WHICKHAM), exposure="smoker", outcome="dead", candidates=["age"])
    for col in ("estimate", "ci_low", "ci_high", "assoc_exposure", "p_exposure", "p_outcome"):
        assert weighted.table.loc["age", col] == pytest.approx(rows.table.loc["age", col], rel=1e-6)
    assert bool(weighted.table.loc["age", "suggested"])
    text = weighted.explain()
    assert "no evidence of a reversal" in text and "less than 10%" not in text
