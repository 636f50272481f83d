"""The engine layer: the same call on pandas, a parquet or CSV path, DuckDB, polars, Ibis on DuckDB,
Ibis on a real PostgreSQL server and PySpark gives the same numbers (to 1e-10)."""

from __future__ import annotations

import itertools
import warnings

import numpy as np
import pandas as pd
import pytest

import civicanalysis as ca
from civicanalysis import _engines

ENGINES = ["pandas", "parquet", "csv", "duckdb", "polars", "ibis_duckdb", "ibis_postgres", "spark"]
NUMERIC = ["estimate", "ci_low", "ci_high", "change_pct", "assoc_exposure", "p_exposure"]
_names = itertools.count()


def _register_frame() -> pd.DataFrame:
    """A small linked register: pupils per district and year, with three kinds of outcome."""
    rng = np.random.default_rng(2026)
    n = 3000
    district = rng.choice(["Noord", "Oost", "Zuid", "West", "Centrum"], n)
    square = rng.integers(0, 2, n)
    shop = (rng.random(n) < 0.2 + 0.5 * square).astype("int64")
    year = rng.integers(2016, 2024, n)
    age = rng.integers(12, 18, n)
    base = 0.3 * square + 0.05 * (year - 2016) + 0.1 * (district == "Centrum")
    return pd.DataFrame(
        {
            "district": district,
            "sex": rng.choice(["boy", "girl"], n),
            "age": age,
            "year": year,
            "on_square": square,
            "fish_shop": shop,
            "reports": rng.poisson(np.exp(0.5 + base)),
            "truant": (rng.random(n) < 0.2 + 0.2 * base).astype("int64"),
            "hours": 20 + 5 * base + rng.normal(0, 4, n),
            "income": rng.normal(2500, 600, n) + 300 * shop,
            "pupil": [f"p{i}" for i in rng.integers(0, 1200, n)],
        }
    )


@pytest.fixture(scope="module")
def register() -> pd.DataFrame:
    return _register_frame()


def _to_engine(kind: str, df: pd.DataFrame, request, tmp_path_factory):
    """``df`` held by the engine ``kind`` (a frame, a relation, a table or a path)."""
    plain = df.astype({c: object for c in df.columns if df[c].dtype == "str"})
    name = f"t{next(_names)}"
    if kind == "pandas":
        return df
    if kind in ("parquet", "csv"):
        path = tmp_path_factory.mktemp("files") / f"{name}.{kind}"
        if kind == "parquet":
            df.to_parquet(path)
        else:
            df.to_csv(path, index=False)
        return str(path)
    if kind == "duckdb":
        import duckdb

        con = duckdb.connect()
        con.register("frame", plain)
        request.node.stash_con = con  # keep the connection alive with the relation
        return con.sql("select * from frame")
    if kind == "polars":
        import polars as pl

        return pl.from_pandas(plain)
    if kind == "ibis_duckdb":
        import ibis

        con = ibis.duckdb.connect()
        # ibis 12's create_table from pandas emits SQL that DuckDB 2 rejects: load it directly.
        con.con.register("frame", plain)
        con.con.execute(f"create table {name} as select * from frame")
        return con.table(name)
    if kind == "ibis_postgres":
        con = request.getfixturevalue("postgres")
        return con.create_table(name, plain)
    if kind == "spark":
        session = request.getfixturevalue("spark")
        return session.createDataFrame(plain)
    raise AssertionError(kind)


@pytest.fixture(scope="module", params=ENGINES)
def engine(request, register, tmp_path_factory):
    return request.param, _to_engine(request.param, register, request, tmp_path_factory)


def _rows_report(df, **kw):
    """check_confounders on the rows themselves, without any reduction (the reference)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_engines, "reduce_for_confounders", lambda *a, **k: None)
        return ca.check_confounders(df, **kw)


def _close(a, b):
    np.testing.assert_allclose(
        np.asarray(a, dtype=float), np.asarray(b, dtype=float), rtol=1e-10, atol=1e-12
    )


# ------------------------------------------------------------------------------------------------
# The same numbers on every engine
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("outcome", ["reports", "truant", "hours"])
def test_check_confounders_same_on_every_engine(engine, register, outcome):
    kind, data = engine
    kw = dict(exposure="fish_shop", outcome=outcome, candidates=["on_square", "year", "district"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        reference = _rows_report(register, **kw)
        report = ca.check_confounders(data, **kw)
    _close(report.table[NUMERIC], reference.table[NUMERIC])
    _close(
        [report.crude.value, report.adjusted.value, report.adjusted.ci_low],
        [reference.crude.value, reference.adjusted.value, reference.adjusted.ci_low],
    )
    assert report.n == reference.n == len(register)
    assert report.n_rows == len(register)
    assert report.cells < len(register)  # the integer year no longer switches the collapse off
    assert report.outcome_type == reference.outcome_type
    if kind != "pandas":
        name = _engines.engine_of(data)
        assert name in report.method
        assert any(name in str(c) and "3000" in str(c) for c in report.caveats)


def test_linear_model_with_continuous_terms_from_engine_cross_products(
    engine, register, monkeypatch
):
    """A continuous outcome and candidate with a value per row: exact OLS from the moments."""
    kind, data = engine
    kw = dict(exposure="fish_shop", outcome="hours", candidates=["district", "income", "year"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        reference = _rows_report(register, **kw)
        monkeypatch.setattr(_engines, "MAX_CELLS", 500)
        report = ca.check_confounders(data, **kw)
    _close(report.table[NUMERIC], reference.table[NUMERIC])
    _close(report.adjusted.ci_high, reference.adjusted.ci_high)
    if kind != "pandas":
        assert report.cells <= 2 * 3 * 10  # 2q pseudo-rows per (exposure, district) cell


def _converged_rows_report(df, **kw):
    """The rows' report with statsmodels' IRLS run to convergence (its default stops at a
    relative change of 1e-8 in the deviance, which leaves the standard errors about 1e-7 off)."""
    from civicanalysis import confounding

    def fit(model, scale=None):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return model.fit(scale=scale, tol=1e-14, maxiter=200)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(confounding, "_glm_fit", fit)
        return _rows_report(df, **kw)


def _close_8(a, b):
    np.testing.assert_allclose(
        np.asarray(a, dtype=float), np.asarray(b, dtype=float), rtol=1e-8, atol=1e-12
    )


#: Models with a continuous term (income: a value in every row) per engine; fewer on the slow ones.
GLM_CASES = {
    "truant": dict(exposure="fish_shop", candidates=["district", "income", "year"]),
    "reports": dict(exposure="income", candidates=["on_square", "district"]),
}


@pytest.mark.parametrize("outcome", ["truant", "reports"])
def test_logistic_and_poisson_with_continuous_terms_by_irls_in_the_engine(
    engine, register, outcome, monkeypatch
):
    """A continuous term in a logistic or Poisson model: IRLS passes aggregated in the engine."""
    kind, data = engine
    if kind in ("ibis_postgres", "spark") and outcome == "reports":
        pytest.skip("one model per slow engine is enough")
    kw = dict(outcome=outcome, **GLM_CASES[outcome])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        # pandas runs statsmodels on the rows itself; an engine is compared with the converged fit.
        rows = _rows_report if kind == "pandas" else _converged_rows_report
        reference = rows(register, **kw)
        monkeypatch.setattr(_engines, "MAX_CELLS", 500)
        report = ca.check_confounders(data, **kw)
    _close_8(report.table[NUMERIC], reference.table[NUMERIC])
    _close_8(
        [
            report.crude.value,
            report.adjusted.value,
            report.adjusted.ci_low,
            report.adjusted.ci_high,
        ],
        [
            reference.crude.value,
            reference.adjusted.value,
            reference.adjusted.ci_low,
            reference.adjusted.ci_high,
        ],
    )
    assert report.outcome_type == reference.outcome_type
    assert report.outcome_type == ("binary" if outcome == "truant" else "count")
    assert report.n == report.n_rows == len(register)
    if kind != "pandas":
        assert _engines.engine_of(data) in report.method


def test_irls_takes_a_handful_of_passes(rel, register, monkeypatch):
    from civicanalysis._engines import _irls

    passes = []
    original = _irls.EngineGLM.fit

    def counted(self, *a, **k):
        before = self.passes
        out = original(self, *a, **k)
        passes.append(self.passes - before)
        return out

    monkeypatch.setattr(_irls.EngineGLM, "fit", counted)
    monkeypatch.setattr(_engines, "MAX_CELLS", 500)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        ca.check_confounders(rel, outcome="truant", **GLM_CASES["truant"])
    assert passes and max(passes) <= 6  # from the fit on the moment cells: Newton, quadratic


def test_weighted_rows_in_irls(register, monkeypatch):
    """Frequency weights enter every pass: a table of weighted rows gives the rows' answer."""
    import duckdb

    weighted = register.groupby(["fish_shop", "income", "truant"]).size().reset_index(name="w")
    rel = duckdb.from_df(weighted)
    kw = dict(exposure="fish_shop", outcome="truant", candidates=["income"])
    reference = _converged_rows_report(register, **kw)
    monkeypatch.setattr(_engines, "MAX_CELLS", 50)
    report = ca.check_confounders(rel, weights="w", **kw)
    _close_8(report.table[NUMERIC], reference.table[NUMERIC])


@pytest.mark.parametrize(
    ("outcome", "measure"), [("hours", None), ("truant", None), ("reports", "rate")]
)
def test_compare_same_on_every_engine(engine, register, outcome, measure):
    kind, data = engine
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        reference = ca.compare(register, outcome=outcome, by="district", measure=measure)
        result = ca.compare(data, outcome=outcome, by="district", measure=measure)
    columns = ["estimate", "ci_low", "ci_high", "n", "p_value", "p_adjusted"]
    _close(result.table[columns].fillna(-1), reference.table[columns].fillna(-1))
    assert result.measure == reference.measure
    assert result.groups == reference.groups
    assert result.n == len(register)
    if kind != "pandas":
        assert _engines.engine_of(data) in str(result.caveats[-1])


def test_privacy_same_on_every_engine(engine, register):
    kind, data = engine
    by = ["district", "sex"]
    reference = ca.suppress_small_cells(register, by=by, person="pupil", min_count=120)
    result = ca.suppress_small_cells(data, by=by, person="pupil", min_count=120)
    pd.testing.assert_frame_equal(
        result.table.astype(float), reference.table.astype(float), check_names=False
    )
    assert (result.n_primary, result.n_secondary) == (reference.n_primary, reference.n_secondary)
    qi = ["district", "age", "sex"]
    ref_k = ca.check_k_anonymity(register, quasi_identifiers=qi, k=50)
    k_result = ca.check_k_anonymity(data, quasi_identifiers=qi, k=50)
    pd.testing.assert_frame_equal(k_result.table, ref_k.table)
    for field in ("k_min", "n_records", "n_groups", "n_groups_below_k", "n_records_below_k"):
        assert getattr(k_result, field) == getattr(ref_k, field)
    if kind != "pandas":
        assert any(_engines.engine_of(data) in str(c) for c in result.caveats)
        assert any(_engines.engine_of(data) in str(c) for c in k_result.caveats)


@pytest.mark.parametrize("outcome", ["reports", "hours"])
def test_hypothesis_same_on_every_engine(engine, register, outcome):
    _, data = engine

    def tested(frame):
        hypothesis = ca.Hypothesis(
            "Pupils near a fish shop are reported more often",
            exposure="fish_shop",
            outcome=outcome,
            candidates=["on_square", "year", "district"],
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
            return hypothesis.test(frame)

    reference, result = tested(register), tested(data)
    assert result.status == reference.status
    assert result.data_summary["n_rows"] == len(register)
    assert [c.name for c in result.checks] == [c.name for c in reference.checks]
    for ours, theirs in zip(result.checks, reference.checks, strict=True):
        keys = [k for k, v in theirs.estimate.items() if isinstance(v, float)]
        _close([ours.estimate[k] for k in keys], [theirs.estimate[k] for k in keys])


@pytest.mark.parametrize(
    ("lang", "pattern"),
    [("en", "needs every row in memory"), ("nl", "heeft elke rij in het geheugen nodig")],
)
def test_hypothesis_on_engine_needs_grouped_exposure(rel, lang, pattern):
    numeric = ca.Hypothesis("More income, fewer reports", exposure="income", outcome="reports")
    with ca.option_context(language=lang):
        with pytest.raises(ca.InvalidOptionError, match=pattern):
            numeric.test(rel, candidates=["district"])
        with pytest.raises(ca.InvalidOptionError, match="candidates"):
            numeric.test(rel)


# ------------------------------------------------------------------------------------------------
# The pandas path and the statistics on cells
# ------------------------------------------------------------------------------------------------


def test_pandas_integer_year_is_collapsed(register):
    kw = dict(exposure="fish_shop", outcome="reports", candidates=["year", "district"])
    report = ca.check_confounders(register, **kw)
    assert report.n_rows == len(register)
    assert report.cells <= 2 * 8 * 5 * register["reports"].nunique()
    reference = _rows_report(register, **kw)
    assert reference.cells == len(register)  # before: one row per row, the slow path
    _close(report.table[NUMERIC], reference.table[NUMERIC])


def test_continuous_outcome_uses_sums_and_equals_rows(register):
    import duckdb

    rel = duckdb.from_df(register)
    reduced = _engines.reduce_for_confounders(
        rel, exposure="fish_shop", outcome="hours", candidates=["year"], weights=None
    )
    assert reduced.outcome_type == "continuous"
    assert len(reduced.cells) == 2 * 2 * 8  # two rows per (exposure, year) cell
    assert reduced.cells[reduced.weight].sum() == pytest.approx(len(register))


def test_weights_are_summed_in_the_engine(register):
    import duckdb

    weighted = register.groupby(["fish_shop", "on_square", "truant"]).size().reset_index(name="w")
    rel = duckdb.from_df(weighted)
    kw = dict(exposure="fish_shop", outcome="truant", candidates=["on_square"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        report = ca.check_confounders(rel, weights="w", **kw)
        reference = _rows_report(register, **kw)
    _close(report.table[NUMERIC], reference.table[NUMERIC])


def test_weighted_association_equals_scipy_on_rows(rng):
    from scipy import stats

    a, b = rng.normal(size=300), rng.normal(size=300)
    r, p = _engines.weighted_pearson(a, b, np.ones(300))
    ref = stats.pearsonr(a, b)
    _close([r, p], [abs(ref.statistic), ref.pvalue])
    codes = rng.integers(0, 3, 300)
    _, p = _engines.weighted_anova(codes, 3, a, np.ones(300))
    _close(p, stats.f_oneway(*[a[codes == i] for i in range(3)]).pvalue)


# ------------------------------------------------------------------------------------------------
# Errors, in both languages
# ------------------------------------------------------------------------------------------------


@pytest.fixture
def rel(register):
    import duckdb

    return duckdb.from_df(register)


@pytest.mark.parametrize(
    ("lang", "pattern"),
    [("en", "Name the candidates"), ("nl", "Noem de kandidaten")],
)
def test_scan_needs_named_candidates(rel, lang, pattern):
    with ca.option_context(language=lang):
        with pytest.raises(ca.InvalidOptionError, match=pattern):
            ca.check_confounders(rel, exposure="fish_shop", outcome="reports")


@pytest.mark.parametrize(
    ("lang", "pattern"),
    [("en", "needs every row in memory"), ("nl", "heeft elke rij in het geheugen nodig")],
)
def test_median_needs_rows(rel, lang, pattern):
    with ca.option_context(language=lang):
        with pytest.raises(ca.InvalidOptionError, match=pattern):
            ca.compare(rel, outcome="hours", by="district", measure="median")
        with pytest.raises(ca.InvalidOptionError, match=pattern):
            ca.compare(rel, outcome="hours", by="district", adjust_for="year")


@pytest.mark.parametrize(
    ("lang", "pattern"),
    [("en", r"'pupil' has 1096 different values\. Bin"), ("nl", r"1096 verschillende .*Deel")],
)
def test_too_many_cells_names_the_column_to_bin(rel, monkeypatch, lang, pattern):
    """Text with very many values cannot be grouped, not even for IRLS: bin or sample."""
    monkeypatch.setattr(_engines, "MAX_CELLS", 100)
    with ca.option_context(language=lang):
        with pytest.raises(ca.InvalidOptionError, match=pattern):
            ca.check_confounders(rel, exposure="fish_shop", outcome="reports", candidates=["pupil"])


def test_count_outcome_as_linear_model_keeps_continuous_terms(rel, register, monkeypatch):
    kw = dict(exposure="fish_shop", outcome="reports", candidates=["income"])
    reference = _rows_report(register, outcome_type="continuous", **kw)
    monkeypatch.setattr(_engines, "MAX_CELLS", 100)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="outcome_type='continuous'"):
            ca.check_confounders(rel, exposure="fish_shop", outcome="reports", candidates=["pupil"])
    report = ca.check_confounders(rel, outcome_type="continuous", **kw)
    _close(report.table[NUMERIC], reference.table[NUMERIC])
    poisson = ca.check_confounders(rel, **kw)  # by IRLS in the engine
    _close_8(poisson.table[NUMERIC], _converged_rows_report(register, **kw).table[NUMERIC])


@pytest.mark.parametrize(
    ("lang", "pattern"), [("en", "not to a parquet or CSV file"), ("nl", "geen|niet naar")]
)
def test_bad_path(tmp_path, lang, pattern):
    with ca.option_context(language=lang):
        with pytest.raises(ca.InvalidOptionError, match=pattern):
            ca.compare(str(tmp_path / "data.xlsx"), outcome="y", by="g")


@pytest.mark.parametrize(("lang", "pattern"), [("en", "2 missing"), ("nl", "2 ontbrekende")])
def test_missing_values_counted_in_rows(register, lang, pattern):
    import duckdb

    holes = register.assign(year=register["year"].astype(float))
    holes.loc[[3, 7], "year"] = np.nan
    rel = duckdb.from_df(holes)
    with ca.option_context(language=lang):
        with pytest.raises(ca.MissingValuesError, match=pattern):
            ca.check_confounders(rel, exposure="fish_shop", outcome="reports", candidates=["year"])


def test_misspelt_column_suggests_the_name(rel):
    with pytest.raises(ca.ColumnNotFoundError, match="on_square"):
        ca.check_confounders(rel, exposure="fish_shop", outcome="reports", candidates=["on_sqare"])


def test_caller_data_unchanged(register):
    before = register.copy()
    ca.check_confounders(
        register, exposure="fish_shop", outcome="hours", candidates=["year", "district"]
    )
    pd.testing.assert_frame_equal(register, before)


# ------------------------------------------------------------------------------------------------
# The full-size register of notebook 08
# ------------------------------------------------------------------------------------------------


def test_full_size_register_is_seeded_and_tells_its_story(tmp_path):
    import duckdb

    first = ca.datasets.full_size_register(20_000, folder=tmp_path / "a")
    again = ca.datasets.full_size_register(20_000, folder=tmp_path / "a")
    other = ca.datasets.full_size_register(20_000, folder=tmp_path / "b")
    assert first == again
    query = "select * from '{}' order by pupil, year"
    pd.testing.assert_frame_equal(
        duckdb.sql(query.format(first)).df(), duckdb.sql(query.format(other)).df()
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        report = ca.check_confounders(
            str(first), exposure="benefit", outcome="reports", candidates=["district", "year"]
        )
    assert report.crude.value > 1.2
    assert "district" in report.confounders
    assert report.n_rows == 20_000


@pytest.mark.parametrize(("lang", "pattern"), [("en", "at least 1,000"), ("nl", "minstens 1.000")])
def test_full_size_register_bad_size(lang, pattern):
    with ca.option_context(language=lang):
        with pytest.raises(ca.InvalidOptionError, match=pattern):
            ca.datasets.full_size_register(10)


# ------------------------------------------------------------------------------------------------
# A large pandas frame: the group-by handed to DuckDB, which scans the frame in place
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("outcome", ["reports", "truant", "hours"])
def test_large_pandas_frame_grouped_by_duckdb_gives_the_same_report(register, outcome, monkeypatch):
    frame = register.assign(
        district=register["district"].astype("category"), girl=register["sex"] == "girl"
    )
    kw = dict(exposure="fish_shop", outcome=outcome, candidates=["district", "year", "girl"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        in_pandas = ca.check_confounders(frame, **kw)
        monkeypatch.setattr(_engines, "PANDAS_VIA_DUCKDB", 100)
        scanned = []
        original = _engines._scan_in_duckdb
        monkeypatch.setattr(
            _engines, "_scan_in_duckdb", lambda *a: scanned.append(1) or original(*a)
        )
        by_duckdb = ca.check_confounders(frame, **kw)
    assert scanned
    # The same cells, summed in another order: equal to rounding (a change of 0.02% to 1e-10).
    _close_8(by_duckdb.table[NUMERIC], in_pandas.table[NUMERIC])
    _close_8(by_duckdb.adjusted.ci_high, in_pandas.adjusted.ci_high)
    assert by_duckdb.cells == in_pandas.cells
    assert not any("DuckDB" in str(c) for c in by_duckdb.caveats)  # the data are still pandas


def test_large_pandas_frame_duckdb_cannot_read_falls_back_to_pandas(register, monkeypatch):
    mixed = register.assign(district=register["district"].astype(object))
    mixed.loc[mixed.index[:5], "district"] = 7  # numbers among text: DuckDB refuses the column
    kw = dict(exposure="fish_shop", outcome="reports", candidates=["on_square"])
    reference = ca.check_confounders(mixed, **kw)
    monkeypatch.setattr(_engines, "PANDAS_VIA_DUCKDB", 100)
    report = ca.check_confounders(mixed, **kw)
    _close(report.table[NUMERIC], reference.table[NUMERIC])
