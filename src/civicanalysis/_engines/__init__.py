"""Data where it lives: one step that reduces any supported input to sufficient statistics.

The public functions that need only aggregates (``check_confounders``, ``compare``,
``suppress_small_cells`` with records, ``check_k_anonymity``) call this module at their entry. It
accepts, besides a pandas DataFrame, a polars or pyarrow frame, a DuckDB relation, an Ibis table (on
DuckDB, PostgreSQL, ...), a PySpark DataFrame (all through narwhals, so there is no engine-specific
code in the statistics) and a path to a parquet or CSV file (read with DuckDB). The reduction
(``GROUP BY`` the model's columns with counts, sums and sums of squares) runs in the engine that
holds the data; only the aggregated rows cross into Python, as a small pandas frame of *cells* with
a frequency weight. The statistics then run on the cells, which gives exactly the same estimates as
the rows: every model and interval used here depends on the data only through these sums.

Where the cells would be almost as many as the rows (a continuous column with a different value in
nearly every row), reading them would bring the whole table into memory. A linear model then takes
the continuous columns through their cross-products, computed in the engine; a logistic or Poisson
model through IRLS whose passes are aggregations in the engine (``_irls``). What still cannot be
grouped (text with very many values) stops with an error that names the column to bin or the
sample to take.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from .._exceptions import InvalidOptionError, MissingValuesError
from ._messages import MSG
from ._stats import outcome_sd, weighted_anova, weighted_pearson

__all__ = [
    "Reduced",
    "outcome_sd",
    "reduce_for_compare",
    "reduce_for_confounders",
    "weighted_anova",
    "weighted_pearson",
]

#: The most cells read into Python; above this the data must be binned or sampled.
MAX_CELLS = 2_000_000
#: From this many rows on, a pandas frame is grouped by DuckDB scanning it in place.
PANDAS_VIA_DUCKDB = 1_000_000
#: The frequency-weight column of cells (its name cannot clash with a user's column).
_WEIGHT = "__civicanalysis_weight__"
_ROWS = "__civicanalysis_rows__"
_CELLS_MARK = "civicanalysis_cells"
_FILE_SUFFIXES = (".parquet", ".pq", ".csv", ".csv.gz", ".tsv")


# --------------------------------------------------------------------------------------------
# Sources: what holds the data
# --------------------------------------------------------------------------------------------


@dataclass
class Source:
    """Data in the engine that holds it, seen through narwhals."""

    frame: Any  # a narwhals DataFrame or LazyFrame
    engine: str  # name for people: "pandas", "DuckDB", "PostgreSQL (Ibis)", "Spark", ...
    keep_alive: Any = None  # e.g. the DuckDB connection of a file

    @property
    def columns(self) -> list[str]:
        return list(self.frame.collect_schema().names())

    @property
    def is_pandas(self) -> bool:
        return self.engine == "pandas"

    def stub(self) -> pd.DataFrame:
        """An empty pandas frame with the same column names, for the name checks."""
        return pd.DataFrame(columns=pd.Index(self.columns, dtype=object))

    def collect(self, frame: Any) -> pd.DataFrame:
        """The (aggregated) frame as pandas: the only step that moves data into Python."""
        import narwhals as nw

        if isinstance(frame, nw.LazyFrame):
            frame = frame.collect(backend="pandas")
        return frame.to_pandas()


def is_cells(data: Any) -> bool:
    """Whether ``data`` is a frame of cells made here (the statistics then run on it directly)."""
    return isinstance(data, pd.DataFrame) and bool(data.attrs.get(_CELLS_MARK))


def cell_weights(data: Any) -> np.ndarray | None:
    """The frequency weights of a frame of cells, or None for ordinary rows."""
    if not is_cells(data):
        return None
    return data[_WEIGHT].to_numpy(dtype=float)


def weight_column(data: Any) -> str | None:
    return _WEIGHT if is_cells(data) else None


def source(data: Any) -> Source | None:
    """The data as a :class:`Source`, or None when it is not a frame any engine here reads.

    A string or path ending in .parquet or .csv is opened with DuckDB (in-process, the
    embedded default for files too large for pandas).
    """
    import narwhals as nw

    if isinstance(data, (str, os.PathLike)):
        return _file_source(data)
    if isinstance(data, pd.Series):
        return None
    try:
        frame = nw.from_native(data)
    except TypeError:
        return None
    return Source(frame, _engine_name(data, frame))


def _file_source(path: Any) -> Source:
    import duckdb
    import narwhals as nw

    text = os.fspath(path)
    lowered = text.lower()
    if not lowered.endswith(_FILE_SUFFIXES) or not os.path.exists(text):
        exists = "" if os.path.exists(text) else MSG("not_found")
        raise InvalidOptionError(MSG("bad_path", path=text, exists=exists))
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    if lowered.endswith((".parquet", ".pq")):
        rel = con.read_parquet(text)
    else:
        rel = con.read_csv(text)
    return Source(nw.from_native(rel), "DuckDB", keep_alive=con)


def _engine_name(native: Any, frame: Any) -> str:
    impl = str(frame.implementation).lower().rsplit(".", 1)[-1]
    if impl == "ibis":
        try:
            backend = native.get_backend().name
        except Exception:  # pragma: no cover - an unbound Ibis table
            backend = "?"
        names = {"postgres": "PostgreSQL", "duckdb": "DuckDB", "mssql": "SQL Server"}
        return f"{names.get(backend, backend)} (Ibis)"
    names = {
        "pandas": "pandas",
        "polars": "polars",
        "pyarrow": "pyarrow",
        "duckdb": "DuckDB",
        "pyspark": "Spark",
        "pyspark_connect": "Spark",
        "sqlframe": "SQLFrame",
        "dask": "Dask",
    }
    return names.get(impl, impl)


# --------------------------------------------------------------------------------------------
# The reduction
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reduced:
    """Cells that stand for the rows: one row per combination of values, with a weight."""

    cells: pd.DataFrame
    engine: str
    n_rows: int
    outcome_type: str | None = None

    @property
    def weight(self) -> str:
        return _WEIGHT

    def caveat(self) -> str:
        return MSG("computed_by", engine=self.engine, rows=self.n_rows, n=len(self.cells))

    def method(self) -> str:
        return MSG("method_engine", engine=self.engine, rows=self.n_rows)


def _column_stats(src: Source, columns: Sequence[str], numeric: str | None) -> dict[str, Any]:
    """One pass: rows and missing values per column (and the outcome's range and mean).

    Distinct values are not counted here: narwhals' ``n_unique`` does not translate to
    PostgreSQL through Ibis (it casts a boolean to smallint).
    """
    import narwhals as nw

    exprs = [nw.len().alias(_ROWS)]
    for i, col in enumerate(columns):
        exprs.append(nw.col(col).null_count().alias(f"null_{i}"))
    if numeric is not None:
        y = nw.col(numeric).cast(nw.Float64)
        frame = src.frame.with_columns(
            y.alias("__y__"), (y - y.floor()).abs().alias("__frac__")
        ).select(
            *exprs,
            nw.col("__y__").min().alias("y_min"),
            nw.col("__y__").mean().alias("y_mean"),
            nw.col("__frac__").max().alias("y_frac"),
        )
    else:
        frame = src.frame.select(*exprs)
    row = src.collect(frame).iloc[0]
    return {k: (None if pd.isna(v) else float(v)) for k, v in row.items()}


def _check_missing(
    stats: dict[str, Any], roles: Sequence[tuple[str, str]], columns: Sequence[str]
) -> None:
    from .._validation import MSG as VMSG

    n = int(stats[_ROWS])
    for arg, col in roles:
        k = int(stats[f"null_{list(columns).index(col)}"] or 0)
        if k:
            raise MissingValuesError(
                VMSG(
                    "missing",
                    arg=arg,
                    col=col,
                    missing=VMSG("n_missing", n=k),
                    rows=VMSG("n_rows", n=n),
                )
            )


def _group(
    src: Source,
    keys: Sequence[str],
    *,
    sums: Sequence[str] = (),
    squares: str | None = None,
    shift: float = 0.0,
    weights: str | None = None,
    rows: int = 0,
) -> pd.DataFrame:
    """``GROUP BY keys`` in the engine: rows, weight and sums of the ``sums`` columns per cell.

    Squares are computed as a column before the aggregation: narwhals aggregations must be
    simple expressions. ``shift`` is subtracted from ``squares`` before summing (the outcome's
    mean), which keeps the within-cell spread accurate when it is small against the mean.
    """
    import narwhals as nw

    def aggregate(frame: Any) -> Any:
        extra = []
        if weights is not None:
            extra.append(nw.col(weights).cast(nw.Float64).alias("__w__"))
        for i, col in enumerate(sums):
            value = nw.col(col).cast(nw.Float64)
            if weights is not None:
                value = value * nw.col(weights).cast(nw.Float64)
            extra.append(value.alias(f"__s{i}__"))
        if squares is not None:
            centred = nw.col(squares).cast(nw.Float64) - shift
            sq = centred * centred
            if weights is not None:
                sq = sq * nw.col(weights).cast(nw.Float64)
            extra.append(sq.alias("__sq__"))
            extra.append(
                (
                    centred * nw.col(weights).cast(nw.Float64) if weights is not None else centred
                ).alias("__c__")
            )
        if extra:
            frame = frame.with_columns(*extra)
        aggs = [nw.len().alias(_ROWS)]
        if weights is not None:
            aggs.append(nw.col("__w__").sum().alias(_WEIGHT))
        aggs += [nw.col(f"__s{i}__").sum().alias(f"sum_{i}") for i in range(len(sums))]
        if squares is not None:
            aggs += [nw.col("__sq__").sum().alias("sumsq"), nw.col("__c__").sum().alias("sumc")]
        grouped = frame.group_by(*keys).agg(*aggs)
        if not src.is_pandas:
            grouped = grouped.head(MAX_CELLS + 1)  # the engine still aggregates everything
        return src.collect(grouped)

    cells = None
    if src.is_pandas and len(src.frame) >= PANDAS_VIA_DUCKDB:
        needed = [*keys, *sums, *([squares] if squares else []), *([weights] if weights else [])]
        scanned = _scan_in_duckdb(src, needed)
        if scanned is not None:
            try:
                cells = aggregate(scanned)
            except Exception:  # a column DuckDB cannot aggregate: group in pandas instead
                cells = None
    if cells is None:
        cells = aggregate(src.frame)
    if len(cells) > MAX_CELLS and not src.is_pandas:
        raise _too_many_cells(src, keys, rows)
    for col in cells.columns:
        if col not in keys:
            cells[col] = pd.to_numeric(cells[col], errors="coerce").astype(float)
    if weights is None:
        cells[_WEIGHT] = cells[_ROWS]
    return cells


def _scan_in_duckdb(src: Source, columns: Sequence[str]) -> Any:
    """A large pandas frame's columns as a DuckDB relation over the same memory, or None.

    DuckDB scans a pandas frame in place and groups it in parallel, several times faster than
    pandas' own group-by and without its intermediate copies; the cells are the same. None (the
    pandas group-by) when DuckDB cannot read a column (e.g. Python objects of mixed types).
    """
    import narwhals as nw

    try:
        import duckdb

        con = duckdb.connect()
        con.execute("SET enable_progress_bar = false")
        native = src.frame.to_native()
        unique = list(dict.fromkeys(str(c) for c in columns))
        rel = con.from_df(native[unique])
        frame = nw.from_native(rel)
        frame.collect_schema()
    except Exception:  # any column DuckDB cannot read: group in pandas instead
        return None
    src.keep_alive = con  # the relation needs its connection until the cells are read
    return frame


def _too_many_cells(src: Source, keys: Sequence[str], rows: int) -> InvalidOptionError:
    """The error for a reduction that would read more than :data:`MAX_CELLS` cells."""
    import narwhals as nw

    distinct = {
        c: int(src.collect(src.frame.select(c).unique().select(nw.len())).iloc[0, 0]) for c in keys
    }
    worst = max(distinct, key=distinct.get)
    return InvalidOptionError(
        MSG(
            "too_many_cells",
            rows=rows,
            columns=", ".join(keys),
            limit=MAX_CELLS,
            col=worst,
            distinct=distinct[worst],
        )
    )


def _mark(cells: pd.DataFrame) -> pd.DataFrame:
    cells = cells.reset_index(drop=True)
    cells.attrs[_CELLS_MARK] = True
    return cells


def _pseudo_rows(
    cells: pd.DataFrame, keys: Sequence[str], outcome: str, shift: float
) -> pd.DataFrame:
    """Two rows per cell, mean ± within-cell SD, each with half the cell's weight.

    They have the cell's weight, weighted sum and weighted sum of squares, so every least-squares
    quantity (estimates, residual sum of squares, HC sandwiches) equals that of the rows; written
    here because no library fits a model on (count, sum, sum of squares) cells directly.
    """
    w = cells[_WEIGHT].to_numpy()
    mean_c = cells["sumc"].to_numpy() / w
    within = np.maximum(cells["sumsq"].to_numpy() - w * mean_c**2, 0.0)
    sd = np.sqrt(within / w)
    base = cells[list(keys)]
    lower = base.assign(**{outcome: shift + mean_c - sd, _WEIGHT: w / 2})
    upper = base.assign(**{outcome: shift + mean_c + sd, _WEIGHT: w / 2})
    return pd.concat([lower, upper], ignore_index=True)


def _outcome_layout(stats: dict[str, Any]) -> bool:
    """Whether to group by the outcome's values (True) or aggregate its sums (False).

    Grouping by the values is exact for every model and keeps the outcome's kind (0/1, whole
    numbers) visible to the statistics; sums are used for a measurement with fractions or
    negative values (always a linear model or a mean), which would otherwise give one cell per
    row.
    """
    return (stats.get("y_frac") or 0.0) == 0.0 and (stats.get("y_min") or 0.0) >= 0


def reduce_for_confounders(
    data: Any,
    *,
    exposure: Any,
    outcome: Any,
    candidates: Any,
    weights: Any,
    outcome_type: str | None = None,
) -> Reduced | None:
    """Cells for ``check_confounders``: unique combinations of the model's columns with counts.

    Returns None when the statistics should run on ``data`` as it is: cells already, a scan of
    every column of a pandas frame, or a pandas frame with a problem the checks of the function
    itself report (a missing column, missing values, text outcome) or that does not shrink.
    """
    from .._validation import check_column_name, check_distinct

    if is_cells(data):
        return None
    src = source(data)
    if src is None:
        return None
    if candidates is None:
        if src.is_pandas:
            return None
        raise InvalidOptionError(MSG("scan_needs_rows", engine=src.engine))
    cand_list = [candidates] if isinstance(candidates, str) else candidates
    if not isinstance(cand_list, (list, tuple, pd.Index)):
        return None if src.is_pandas else _bad_candidates(src, candidates)
    stub = src.stub()
    names = [(exposure, "exposure"), (outcome, "outcome")]
    names += [(c, "candidates") for c in cand_list]
    if weights is not None:
        names.append((weights, "weights"))
    if src.is_pandas:
        if any(not isinstance(c, str) or c not in stub.columns for c, _ in names):
            return None
        if weights is not None and (
            not pd.api.types.is_numeric_dtype(data[weights]) or (data[weights] < 0).any()
        ):
            return None
    else:
        for col, arg in names:
            check_column_name(stub, col, arg=arg)
        check_distinct([(arg, col) for col, arg in names])
        if weights is not None:
            _check_weights(src, str(weights))
    keys = [str(c) for c in [exposure, *cand_list]]
    if len({*keys, str(outcome)}) < len(keys) + 1:
        return None if src.is_pandas else check_distinct([(arg, c) for c, arg in names])
    columns = [*keys, str(outcome)]
    if src.is_pandas and not pd.api.types.is_numeric_dtype(data[outcome]):
        return None
    stats = _column_stats(src, columns, str(outcome))
    roles = [("exposure", str(exposure)), ("outcome", str(outcome))]
    roles += [("candidates", str(c)) for c in cand_list]
    if src.is_pandas:
        if any(stats[f"null_{i}"] for i in range(len(columns))):
            return None
    else:
        _check_missing(stats, roles, columns)
    # A linear model asked for needs only sums, whatever the outcome's values.
    by_value = _outcome_layout(stats) and outcome_type != "continuous"
    group_keys = columns if by_value else keys
    shift = 0.0 if by_value else float(stats["y_mean"] or 0.0)
    try:
        cells = _group(
            src,
            group_keys,
            squares=None if by_value else str(outcome),
            shift=shift,
            weights=None if weights is None else str(weights),
            rows=int(stats[_ROWS]),
        )
    except InvalidOptionError:
        if by_value:
            # Logistic and Poisson models: cells with the moments of the continuous columns per
            # (discrete columns, outcome value) serve every check but the fits with a continuous
            # term, which run as IRLS passes in the engine (see _irls).
            return _glm_reduction(src, keys, str(outcome), weights, int(stats[_ROWS]))
        # A linear model: continuous terms enter through their cross-products in the engine.
        cells = _moment_rows(src, keys, str(outcome), weights, int(stats[_ROWS]))
        return Reduced(_mark(cells), src.engine, int(stats[_ROWS]), outcome_type="continuous")
    n_rows = int(cells[_ROWS].sum())
    if src.is_pandas and len(cells) > 0.5 * n_rows:
        return None  # hardly any identical rows: the statistics run on the rows themselves
    if not by_value:
        cells = _pseudo_rows(cells, keys, str(outcome), shift)
    cells = cells.drop(columns=[_ROWS], errors="ignore")
    return Reduced(
        _mark(cells),
        src.engine,
        n_rows,
        outcome_type=None if by_value else "continuous",
    )


def _many_valued(src: Source, columns: Sequence[str]) -> list[str]:
    """The numeric columns with more than two values (the check fits them as straight lines)."""
    import narwhals as nw

    schema = src.frame.collect_schema()
    numeric = [c for c in columns if schema[c].is_numeric() and schema[c] != nw.Boolean]
    if not numeric:
        return []
    exprs = []
    for i, c in enumerate(numeric):
        exprs += [nw.col(c).min().alias(f"lo{i}"), nw.col(c).max().alias(f"hi{i}")]
    bounds = src.collect(src.frame.select(*exprs)).iloc[0]
    # Counted with when/then: a boolean cast to an integer fails on PostgreSQL through Ibis.
    inside = [
        nw.when((nw.col(c) > float(bounds[f"lo{i}"])) & (nw.col(c) < float(bounds[f"hi{i}"])))
        .then(1)
        .otherwise(0)
        .sum()
        .alias(f"in{i}")
        for i, c in enumerate(numeric)
    ]
    counts = src.collect(src.frame.select(*inside)).iloc[0]
    return [c for i, c in enumerate(numeric) if float(counts[f"in{i}"]) > 0]


def _moment_rows(
    src: Source,
    keys: Sequence[str],
    outcome: str,
    weights: Any,
    rows: int,
    *,
    outcome_key: bool = False,
) -> pd.DataFrame:
    """Pseudo-rows with the exact first and second moments of the continuous columns per cell.

    For a linear model, every estimate, residual sum of squares and covariance depends on the rows
    only through the cross-products of the design and the outcome. The engine groups by the
    discrete columns and sums each continuous column (centred on its mean) and each product of
    two; per cell, 2q pseudo-rows ``mean ± sqrt(q λ / n) u`` (λ, u the eigenpairs of the cell's
    scatter matrix), each with weight n / 2q, have the same count, sums and cross-products, so
    every least-squares quantity (and every correlation and ANOVA used by the check) is that of
    the rows. Written here because no library fits from such moments directly.
    """
    import narwhals as nw

    if outcome_key:  # grouped by the outcome's values (logistic and Poisson models)
        conts = _many_valued(src, keys)
        discrete = [k for k in keys if k not in conts] + [outcome]
    else:
        conts = [*_many_valued(src, keys), outcome]
        discrete = [k for k in keys if k not in conts]
    means = src.collect(
        src.frame.select(
            *[nw.col(c).cast(nw.Float64).mean().alias(f"m{i}") for i, c in enumerate(conts)]
        )
    ).iloc[0]
    shift = [float(means[f"m{i}"]) for i in range(len(conts))]
    w = nw.col(str(weights)).cast(nw.Float64) if weights is not None else nw.lit(1.0)
    centred = [nw.col(c).cast(nw.Float64) - shift[i] for i, c in enumerate(conts)]
    q = len(conts)
    pairs = [(i, j) for i in range(q) for j in range(i, q)]
    frame = src.frame.with_columns(
        w.alias("__w__"),
        *[(centred[i] * w).alias(f"__c{i}__") for i in range(q)],
        *[(centred[i] * centred[j] * w).alias(f"__p{i}_{j}__") for i, j in pairs],
    )
    aggs = [nw.col("__w__").sum().alias(_WEIGHT)]
    aggs += [nw.col(f"__c{i}__").sum().alias(f"c{i}") for i in range(q)]
    aggs += [nw.col(f"__p{i}_{j}__").sum().alias(f"p{i}_{j}") for i, j in pairs]
    grouped = frame.group_by(*discrete).agg(*aggs) if discrete else frame.select(*aggs)
    if not src.is_pandas:
        grouped = grouped.head(MAX_CELLS + 1)
    cells = src.collect(grouped)
    if len(cells) * 2 * q > MAX_CELLS:
        raise _too_many_cells(src, discrete or keys, rows)
    out = []
    for _, cell in cells.iterrows():
        n = float(cell[_WEIGHT])
        mean = np.array([float(cell[f"c{i}"]) for i in range(q)]) / n
        scatter = np.empty((q, q))
        for i, j in pairs:
            scatter[i, j] = scatter[j, i] = float(cell[f"p{i}_{j}"])
        scatter -= n * np.outer(mean, mean)
        lam, vec = np.linalg.eigh(scatter)
        spread = np.sqrt(np.maximum(lam, 0.0) * q / n)
        axes = (vec * spread).T  # row j: the j-th principal axis, scaled
        points = np.vstack([mean + axes, mean - axes]) + np.asarray(shift)
        block = pd.DataFrame(points, columns=conts)
        for k in discrete:
            block[k] = cell[k]
        block[_WEIGHT] = n / (2 * q)
        out.append(block)
    return pd.concat(out, ignore_index=True)[[*keys, outcome, _WEIGHT]]


def _glm_reduction(
    src: Source, keys: Sequence[str], outcome: str, weights: Any, rows: int
) -> Reduced:
    """Moment cells grouped by the outcome's values, with the engine fitter attached.

    The outcome is a key, so its kind (0/1, counts) and every association, stratum and linear
    fit of the check are those of the rows; only a logistic or Poisson fit with a continuous
    term needs the rows, and that one runs in the engine. Too many cells even so (many
    different outcome values, or discrete columns with very many combinations): the error says
    what to bin.
    """
    from ._irls import ATTR, EngineGLM

    def too_many(keys_: Sequence[str]) -> InvalidOptionError:
        return InvalidOptionError(f"{_too_many_cells(src, keys_, rows)} {MSG('glm_hint')}")

    if not _many_valued(src, keys):
        raise too_many([*keys, outcome])
    try:
        cells = _moment_rows(src, keys, outcome, weights, rows, outcome_key=True)
    except InvalidOptionError:
        raise too_many([*keys, outcome]) from None
    cells = _mark(cells)
    cells.attrs[ATTR] = EngineGLM(src, outcome, None if weights is None else str(weights))
    return Reduced(cells, src.engine, rows)


def _check_weights(src: Source, weights: str) -> None:
    import narwhals as nw

    from ..confounding import MSG as CMSG

    negative = src.collect(src.frame.filter(nw.col(weights) < 0).select(nw.len())).iloc[0, 0]
    if negative:
        raise InvalidOptionError(CMSG("weights_bad", col=weights, k=int(negative)))


def _bad_candidates(src: Source, candidates: Any) -> None:
    from ..confounding import MSG as CMSG

    raise InvalidOptionError(CMSG("candidates_type", typ=type(candidates).__name__))


def finish_confounders(report: Any, reduced: Reduced) -> Any:
    """The report of the cells, told as the report of the rows (engine, rows reduced)."""
    if reduced.engine == "pandas":
        return replace(report, n_rows=reduced.n_rows)
    return replace(
        report,
        n_rows=reduced.n_rows,
        method=f"{report.method}; {reduced.method()}",
        caveats=(*report.caveats, reduced.caveat()),
    )


# --------------------------------------------------------------------------------------------
# compare
# --------------------------------------------------------------------------------------------


def reduce_for_compare(
    data: Any,
    *,
    outcome: Any,
    by: Any,
    denominator: Any,
    measure: str | None,
    adjust_for: Any,
    ci_method: str,
) -> Reduced | None:
    """Cells for ``compare``: per group (and outcome value), counts, sums and sums of squares.

    Means, proportions and rates depend on the rows only through these; medians, the bootstrap
    and adjusted contrasts need the rows, so an engine table with those stops with an error
    that says what to use instead. A pandas frame is left as it is (None).
    """
    from .._validation import check_column_name, check_distinct

    if is_cells(data):
        return None
    src = source(data)
    if src is None or src.is_pandas:
        return None
    if measure == "median" or ci_method == "bootstrap":
        what = "measure='median'" if measure == "median" else "ci_method='bootstrap'"
        raise InvalidOptionError(
            MSG("needs_rows", what=what, engine=src.engine, fix="measure='mean'")
        )
    if adjust_for is not None and (not isinstance(adjust_for, (list, tuple)) or adjust_for):
        raise InvalidOptionError(
            MSG(
                "needs_rows",
                what="adjust_for",
                engine=src.engine,
                fix="ca.check_confounders(..., candidates=...)",
            )
        )
    stub = src.stub()
    out_name = check_column_name(stub, outcome, arg="outcome")
    by_name = check_column_name(stub, by, arg="by")
    roles = [("outcome", str(out_name)), ("by", str(by_name))]
    if denominator is not None:
        roles.append(("denominator", str(check_column_name(stub, denominator, arg="denominator"))))
    check_distinct(roles)
    columns = [r[1] for r in roles]
    import narwhals as nw

    dtype = src.frame.collect_schema()[str(out_name)]
    numeric = dtype.is_numeric() or dtype == nw.Boolean
    stats = _column_stats(src, columns, str(out_name) if numeric else None)
    _check_missing(stats, roles, columns)
    # Text is grouped by value, so compare's own check on the cells names the problem.
    by_value = _outcome_layout(stats) if numeric else True
    keys = [str(by_name), str(out_name)] if by_value else [str(by_name)]
    shift = 0.0 if by_value else float(stats.get("y_mean") or 0.0)
    cells = _group(
        src,
        keys,
        sums=[] if denominator is None else [str(denominator)],
        squares=None if by_value else str(out_name),
        shift=shift,
        rows=int(stats[_ROWS]),
    )
    n_rows = int(cells[_ROWS].sum())
    if denominator is not None:
        # Each cell carries the mean exposure per row, so its weighted sum is the exposure.
        cells[str(denominator)] = cells["sum_0"] / cells[_WEIGHT]
        cells = cells.drop(columns=["sum_0"])
    if not by_value:
        cells = _pseudo_rows(cells, [str(by_name)], str(out_name), shift)
    cells = cells.drop(columns=[_ROWS, "sumsq", "sumc"], errors="ignore")
    return Reduced(_mark(cells), src.engine, n_rows)


def finish_compare(result: Any, reduced: Reduced) -> Any:
    return replace(result, caveats=(*result.caveats, reduced.caveat()))


# --------------------------------------------------------------------------------------------
# Privacy: tabulation in the engine
# --------------------------------------------------------------------------------------------


def person_counts(data: Any, by: Sequence[Any], person: Any) -> tuple[pd.DataFrame, int] | None:
    """Distinct persons per (row, column) cell and persons in more than one cell, in the engine.

    None for a pandas frame (the privacy module tabulates it itself).
    """
    import narwhals as nw

    from .._validation import check_column_name

    src = source(data)
    if src is None or src.is_pandas:
        return None
    stub = src.stub()
    r = str(check_column_name(stub, by[0], arg="by"))
    c = str(check_column_name(stub, by[1], arg="by"))
    p = str(check_column_name(stub, person, arg="person"))
    stats = _column_stats(src, [r, c, p], None)
    _check_missing(stats, [("by", r), ("by", c), ("person", p)], [r, c, p])
    distinct = src.frame.select(r, c, p).unique()
    counts = src.collect(distinct.group_by(r, c).agg(nw.len().alias("n")))
    multi = src.collect(
        distinct.group_by(p).agg(nw.len().alias("k")).filter(nw.col("k") > 1).select(nw.len())
    )
    table = (
        counts.set_index([r, c])["n"]
        .astype(float)
        .unstack(fill_value=0.0)
        .sort_index()
        .sort_index(axis=1)
    )
    table.index.name = by[0]
    table.columns.name = by[1]
    table.attrs["civicanalysis_engine"] = MSG(
        "computed_by", engine=src.engine, rows=int(stats[_ROWS]), n=int(counts.shape[0])
    )
    return table, int(multi.iloc[0, 0])


def group_sizes(data: Any, quasi_identifiers: Sequence[Any]) -> tuple[pd.Series, int, int] | None:
    """Sizes of the groups sharing the quasi-identifiers, rows with a missing one, and all rows.

    None for a pandas frame.
    """
    import narwhals as nw

    from .._validation import check_column_name

    src = source(data)
    if src is None or src.is_pandas:
        return None
    stub = src.stub()
    qi = [str(check_column_name(stub, c, arg="quasi_identifiers")) for c in quasi_identifiers]
    sizes = src.collect(src.frame.group_by(*qi).agg(nw.len().alias("__n__")))["__n__"]
    any_null = nw.any_horizontal(*[nw.col(c).is_null() for c in qi], ignore_nulls=True)
    missing = src.collect(src.frame.filter(any_null).select(nw.len()))
    return sizes.astype("int64"), int(missing.iloc[0, 0]), int(sizes.sum())


def engine_caveat(data: Any, rows: int, cells: int) -> str:
    """The caveat that says which engine reduced how many rows to how many groups."""
    return MSG("computed_by", engine=engine_of(data), rows=rows, n=cells)


def engine_of(data: Any) -> str:
    """The name of the engine holding ``data`` ("pandas" for anything it cannot read)."""
    if is_cells(data):
        return "pandas"
    try:
        src = source(data)
    except InvalidOptionError:
        return "pandas"
    return "pandas" if src is None else src.engine


# --------------------------------------------------------------------------------------------
# Hypothesis.test
# --------------------------------------------------------------------------------------------


def hypothesis_cells(data: Any, hypothesis: Any, candidates: Any) -> Any:
    """An engine table as weighted cells for ``Hypothesis.test`` (pandas data unchanged).

    One reduction over the exposure, the outcome and the candidates serves both checks the
    test runs: ``compare`` and ``check_confounders`` take cells with their weights as rows.
    What needs the rows (a survival comparison, a correlation with a numeric exposure, a scan
    of every column) stops with an error that says what to do instead.
    """
    if is_cells(data):
        return data
    src = source(data)
    if src is None or src.is_pandas:
        return data
    if hypothesis.duration is not None:
        raise InvalidOptionError(
            MSG("needs_rows", what="duration=", engine=src.engine, fix="a sample of the rows")
        )
    if candidates is None:
        raise InvalidOptionError(MSG("scan_needs_rows", engine=src.engine))
    from .._validation import check_column_name

    exposure = str(check_column_name(src.stub(), hypothesis.exposure, arg="exposure"))
    if _many_valued(src, [exposure]):
        raise InvalidOptionError(
            MSG(
                "needs_rows",
                what="ca.correlate",
                engine=src.engine,
                fix="an exposure in groups (bin it in the database)",
            )
        )
    reduced = reduce_for_confounders(
        data,
        exposure=hypothesis.exposure,
        outcome=hypothesis.outcome,
        candidates=list(candidates),
        weights=None,
    )
    cells = reduced.cells
    cells.attrs[_ROWS] = reduced.n_rows
    return cells


def n_rows_of(data: Any) -> int:
    """Rows of the data: the rows an engine reduced for cells, else ``len``."""
    if is_cells(data) and _ROWS in data.attrs:
        return int(data.attrs[_ROWS])
    return len(data)
