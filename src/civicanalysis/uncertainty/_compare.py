"""``ca.compare``: an outcome compared between groups, with intervals for every group and contrast."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from .._exceptions import (
    ColumnTypeError,
    InvalidOptionError,
    MultipleComparisonsWarning,
    ThinDataWarning,
    TooFewRowsError,
)
from .._results import Estimate, ResultMixin, caveat_field, warn
from .._text import fmt, fmt_level, resolve_language
from .._validation import (
    check_column,
    check_column_name,
    check_dataframe,
    check_distinct,
    check_fraction,
    check_option,
    check_random_state,
)
from ._intervals import ADJ_METHOD, Groups, adjusted_contrasts, intervals
from ._messages import (
    CI_METHODS,
    CONTRAST,
    CONTRASTS,
    CORRECTIONS,
    MEASURES,
    MIN_EVENTS,
    MIN_GROUP_SIZE,
    MIN_RATE_EVENTS,
    MSG,
    interval_text,
    level_text,
    local_estimate,
    name_list,
    reason_text,
    verdict,
)


@dataclass(frozen=True, eq=False, repr=False)
class CompareResult(ResultMixin):
    """The result of :func:`compare`; see that function for every field."""

    estimate: Estimate
    table: pd.DataFrame
    crude: Estimate
    adjusted: Estimate | None
    outcome: str
    by: str
    measure: str
    reference: str
    groups: tuple[str, ...]
    n: int
    n_comparisons: int
    correction: str
    contrasts: str
    adjust_for: tuple[str, ...] = ()
    thin_groups: tuple[str, ...] = ()
    thin_reasons: tuple[str, ...] = ()
    unit: str = ""
    caveats: tuple[str, ...] = caveat_field()
    rung: ClassVar[str] = "information"

    def _title(self, lang: str) -> str:
        return MSG("title_compare", lang=lang, outcome=self.outcome, by=self.by)

    def _headline(self, est: Estimate, lang: str) -> Estimate:
        return local_estimate(est, lang, percent=self.measure == "proportion")

    def _explain_sentences(self, lang: str) -> list[str]:
        crude = self._headline(self.crude, lang)
        group, _, reference = self.crude.label.partition(" vs ")
        effect = MSG("effect_difference", lang=lang)
        sentences = [
            MSG(
                "cmp_what",
                lang=lang,
                group_measure=MSG(f"the {self.measure}", lang=lang),
                outcome=self.outcome,
                by=self.by,
                k=len(self.groups),
                n=fmt(self.n, lang),
                group=group,
                reference=reference,
                measure=crude.measure,
                value=interval_text(crude, lang),
            )
        ]
        if self.adjusted is not None:
            adjusted = self._headline(self.adjusted, lang)
            sentences.append(
                MSG(
                    "cmp_adjusted",
                    lang=lang,
                    adjust=", ".join(repr(a) for a in self.adjust_for),
                    measure=MSG(f"the {self.crude.measure}", lang=lang),
                    value=interval_text(adjusted, lang),
                    crude=fmt(crude.value, lang) + (f" {crude.unit}" if crude.unit else ""),
                )
            )
        headline = self._headline(self.estimate, lang)
        sentences.append(verdict(headline, lang, effect=effect))
        if self.n_comparisons > 1:
            how = (
                MSG("how_reference", lang=lang, reference=self.reference)
                if self.contrasts == "reference"
                else MSG("how_pairwise", lang=lang)
            )
            if self.correction == "none":
                sentences.append(MSG("cmp_multi_none", lang=lang, m=self.n_comparisons, how=how))
            else:
                sentences.append(
                    MSG(
                        "cmp_multi",
                        lang=lang,
                        m=self.n_comparisons,
                        how=how,
                        correction=self.correction.capitalize(),
                        level=level_text(self.crude.conf_level, lang),
                        family=level_text(self._family_level, lang),
                    )
                )
        if self.thin_groups:
            sentences.append(
                MSG(
                    "thin_sentence",
                    lang=lang,
                    groups=name_list(self.thin_groups),
                    reasons="; ".join(reason_text(r, lang) for r in self.thin_reasons),
                )
            )
        sentences.append(MSG("cmp_not_cause", lang=lang))
        return sentences

    @property
    def _family_level(self) -> float:
        rows = self.table[self.table["kind"] == "group"]
        return float(rows["conf_level"].iloc[0])

    def plot(self, ax: Any = None, *, kind: str = "groups") -> Any:
        """Interval plot of the groups (``kind="groups"``) or of the contrasts (``"contrasts"``).

        Returns the matplotlib Axes.
        """
        from .._plotting import interval_plot

        kind = check_option(kind, arg="kind", options=("groups", "contrasts"))
        lang = resolve_language(None)
        if kind == "groups":
            rows = self.table[self.table["kind"] == "group"]
            labels = [str(g) for g in rows["group"]]
            null = None
            xlabel = MSG(
                "axis_groups", lang=lang, measure=MSG(self.measure, lang=lang), outcome=self.outcome
            )
            colors = ["#b34700" if g in self.thin_groups else "#1f5c99" for g in labels]
        else:
            rows = self.table[self.table["kind"] == "contrast"]
            labels = [f"{g} vs {r}" for g, r in zip(rows["group"], rows["reference"], strict=True)]
            null = CONTRAST[self.measure][1]
            xlabel = MSG(CONTRAST[self.measure][0], lang=lang)
            colors = None
        if self.unit and self.measure != "proportion":
            xlabel += f" ({self.unit})"
        return interval_plot(
            labels,
            rows["estimate"].tolist(),
            rows["ci_low"].tolist(),
            rows["ci_high"].tolist(),
            null=null,
            xlabel=xlabel,
            colors=colors,
            log_scale=kind == "contrasts" and self.measure == "rate",
            ax=ax,
        )


def compare(
    data: pd.DataFrame,
    *,
    outcome: str,
    by: str,
    adjust_for: str | Sequence[str] | None = None,
    measure: str | None = None,
    conf_level: float = 0.95,
    reference: Any = None,
    contrasts: str = "reference",
    correction: str = "bonferroni",
    denominator: str | None = None,
    ci_method: str = "auto",
    n_resamples: int = 9999,
    random_state: int | np.random.Generator | None = None,
    max_levels: int = 30,
    unit: str = "",
    progress: bool | None = None,
) -> CompareResult:
    """Compare an outcome between the groups of ``by``, with intervals for every group and contrast.

    Parameters
    ----------
    data : pandas.DataFrame, path or engine table
        One row per observation (a report, a person, an hour). Not modified. Also a path to a
        parquet or CSV file, a DuckDB relation, a polars frame, an Ibis table or a Spark
        DataFrame: group counts, sums and sums of squares are then computed in that engine
        (means, proportions and rates; not medians, the bootstrap or ``adjust_for``).
    outcome : str
        The column to compare: numbers (mean or median), 0/1 or True/False (proportion), or
        counts (rate).
    by : str
        The column whose values form the groups (district, month, team). Two or more groups.
    adjust_for : str or list of str, optional
        Columns to hold fixed; the adjusted contrast (from a regression) is reported next to the
        crude one. Numeric columns enter as they are, other columns as categories.
    measure : {"mean", "proportion", "rate", "median"}, optional
        What to compare. Default: ``"proportion"`` for a 0/1 or True/False outcome, else
        ``"mean"``. ``"rate"`` treats the outcome as counts per row (or per ``denominator``).
    conf_level : float, default 0.95
        Confidence level of the intervals (before any multiple-comparisons correction).
    reference : optional
        The group every other group is compared with. Default: the first group (the first
        category of a categorical column, else the smallest value, e.g. 0 for a 0/1 column).
    contrasts : {"reference", "pairwise"}, default "reference"
        ``"reference"``: every group against ``reference`` (k - 1 comparisons); ``"pairwise"``:
        every group against every other (k(k - 1)/2 comparisons).
    correction : {"bonferroni", "sidak", "none"}, default "bonferroni"
        Correction for making several comparisons at once: the contrast intervals are widened
        so that all hold together at ``conf_level``, and ``p_adjusted`` comes from statsmodels
        ``multipletests``.
    denominator : str, optional
        For ``measure="rate"``: a column with each row's exposure (hours open, residents,
        person-years). Default: every row counts as one unit.
    ci_method : {"auto", "bootstrap"}, default "auto"
        ``"auto"``: analytic intervals where statsmodels or scipy has a sound one, the
        bootstrap for differences in medians. ``"bootstrap"``: percentile bootstrap for means,
        proportions and medians (not for rates).
    n_resamples : int, default 9999
        Number of bootstrap resamples (at least 1,000).
    random_state : int, numpy Generator or None
        Seed of the bootstrap; ``None`` uses the package's fixed default seed (reproducible).
    max_levels : int, default 30
        Most groups accepted; more raises an error asking you to confirm (``max_levels=k``).
    unit : str, optional
        Unit of the outcome for the explanation, e.g. ``"days"``.
    progress : bool, optional
        Show a progress bar during the bootstrap. Default: only for long runs.

    Returns
    -------
    CompareResult
        With the fields

        - ``estimate`` (:class:`~civicanalysis.Estimate`): the headline contrast, always present.
          With two groups: the non-reference group against the reference. With more groups: the
          contrast furthest from "no difference" (on the log scale for a rate ratio) among the
          contrasts made. With ``adjust_for``: the adjusted version of that contrast. Its
          ``label`` is ``"<group> vs <reference>"``, its interval and ``p_value`` are the
          corrected ones when several comparisons were made, and ``n`` counts both groups.
        - ``crude`` (Estimate): the headline contrast without adjustment.
        - ``adjusted`` (Estimate or None): the adjusted headline, if ``adjust_for`` was given.
        - ``table`` (DataFrame): one row per group and per contrast (and per adjusted contrast),
          with columns ``kind`` (``"group"``, ``"contrast"`` or ``"adjusted contrast"``),
          ``group``, ``reference`` (the group compared with; empty for group rows),
          ``estimate``, ``ci_low``, ``ci_high``, ``conf_level`` (the level actually used: larger
          than asked for corrected contrasts), ``n`` (observations), ``n_events`` (events for a
          proportion or rate, else missing), ``p_value``, ``p_adjusted``, ``measure``,
          ``method``.
        - ``outcome``, ``by``, ``measure``, ``reference`` (str), ``groups`` (tuple of str),
          ``n`` (rows used), ``n_comparisons``, ``correction``, ``contrasts``, ``adjust_for``,
          ``unit``.
        - ``thin_groups`` and ``thin_reasons``: the groups too thin to carry a conclusion, and
          why; ``caveats``: every warning raised.

    Raises
    ------
    ColumnNotFoundError
        ``outcome``, ``by``, ``denominator`` or an ``adjust_for`` column is not in ``data``.
    ColumnTypeError
        The outcome is text (e.g. "yes"/"no": recode it to 0/1) or not numeric.
    MissingValuesError
        Missing or infinite values in a column used (never dropped silently).
    ConstantColumnError
        ``by`` has only one group, or a mean/median outcome has one value.
    TooFewRowsError
        A group has fewer than 2 observations.
    InvalidOptionError
        More than ``max_levels`` groups, an unknown option, ``conf_level=95``, negative counts
        for a rate.

    Warns
    -----
    ThinDataWarning
        A group is too small, has too few events, or an interval wider than its estimate.
    MultipleComparisonsWarning
        Several comparisons with ``correction="none"``.

    See Also
    --------
    correlate : how two numeric columns move together.
    check_confounders : whether another variable explains a difference.

    Notes
    -----
    The intervals:

    - mean: t interval per group; Welch interval for a difference (no equal-variance
      assumption). Assumes independent observations; with skewed data and small groups prefer
      ``measure="median"`` or ``ci_method="bootstrap"``.
    - proportion: Wilson interval per group, Newcombe (hybrid score) interval for a difference
      (statsmodels ``proportion_confint``, ``confint_proportions_2indep``).
    - rate: exact (Garwood) interval per group and score interval for a rate ratio (statsmodels
      ``confint_poisson``, ``confint_poisson_2indep``). Assumes Poisson counts: if counts vary
      more than that between rows of the same group, the intervals are too narrow.
    - median: distribution-free (order statistic) interval per group (scipy ``quantile_test``),
      percentile bootstrap for a difference.
    - adjusted contrasts: least squares with robust (HC1) standard errors for means and
      proportions (a linear probability model), Poisson regression with robust errors for rates,
      median (quantile) regression for medians.

    Choosing the largest of several contrasts as the headline favours a large value; the
    correction for multiple comparisons is what keeps its interval honest.

    References
    ----------
    .. [1] Newcombe, R. G. (1998). Interval estimation for the difference between independent
       proportions. Statistics in Medicine 17, 873–890.
    .. [2] Welch, B. L. (1947). The generalization of "Student's" problem when several different
       population variances are involved. Biometrika 34, 28–35.
    .. [3] Efron, B. & Tibshirani, R. (1993). An Introduction to the Bootstrap. Chapman & Hall.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> reports = ca.datasets.load("meldingen")
    >>> two = reports[reports["district"].isin(["Centrum", "Havenkwartier"])]
    >>> result = ca.compare(two, outcome="resolution_days", by="district", unit="days")
    >>> result.estimate.label
    'Havenkwartier vs Centrum'
    >>> round(result.estimate.value, 2), result.estimate.evidence
    (0.98, 'clear')
    >>> result.table[["kind", "group", "n"]]
            kind          group     n
    0      group        Centrum  3777
    1      group  Havenkwartier  2821
    2   contrast  Havenkwartier  6598
    """
    from .._engines import cell_weights, finish_compare, reduce_for_compare

    # An engine table: group counts, sums and sums of squares computed there (a few cells).
    reduced = reduce_for_compare(
        data,
        outcome=outcome,
        by=by,
        denominator=denominator,
        measure=measure,
        adjust_for=adjust_for,
        ci_method=ci_method,
    )
    if reduced is not None:
        result = compare(
            reduced.cells,
            outcome=outcome,
            by=by,
            measure=measure,
            conf_level=conf_level,
            reference=reference,
            contrasts=contrasts,
            correction=correction,
            denominator=denominator,
            max_levels=max_levels,
            unit=unit,
        )
        return finish_compare(result, reduced)
    weights = cell_weights(data)
    data = check_dataframe(data, min_rows=2, purpose="a comparison")
    conf_level = check_fraction(conf_level)
    measure = check_option(measure, arg="measure", options=(*MEASURES, None))
    contrasts = check_option(contrasts, arg="contrasts", options=CONTRASTS)
    correction = check_option(correction, arg="correction", options=CORRECTIONS)
    ci_method = check_option(ci_method, arg="ci_method", options=CI_METHODS)
    if (
        isinstance(n_resamples, bool)
        or not isinstance(n_resamples, (int, np.integer))
        or n_resamples < 1000
    ):
        raise InvalidOptionError(MSG("n_resamples", value=n_resamples))
    rng = check_random_state(random_state)
    adjust_cols = _adjust_columns(adjust_for)

    by_name = check_column_name(data, by, arg="by")
    out_name, measure, y = _outcome_series(data, outcome, measure)
    check_distinct(
        [("outcome", out_name), ("by", by_name)]
        + [("adjust_for", c) for c in adjust_cols]
        + ([("denominator", denominator)] if denominator is not None else [])
    )
    if ci_method == "bootstrap" and measure == "rate":
        raise InvalidOptionError(MSG("bootstrap_rate"))
    by_series = check_column(data, by_name, arg="by", kind="category", max_levels=max_levels)
    covariates = [check_column(data, c, arg="adjust_for", kind="any") for c in adjust_cols]
    exposure = _exposure(data, denominator, measure)

    caveats: list[str] = []
    levels, empty = _levels(by_series)
    if empty:
        warn(
            ThinDataWarning,
            MSG("empty_groups", by=by_name, groups=name_list([str(e) for e in empty])),
            caveats,
        )
    reference = check_option(
        levels[0] if reference is None else reference, arg="reference", options=levels
    )
    names = [str(level) for level in levels]
    codes = pd.Index(levels).get_indexer(by_series).astype(np.intp)
    n_g = np.bincount(codes, weights=weights, minlength=len(levels)).astype(float)
    for name, count in zip(names, n_g, strict=True):
        if count < 2:
            raise TooFewRowsError(
                MSG("one_observation", by=by_name, group=name, n=int(count), outcome=out_name)
            )

    pairs = _pairs(len(levels), levels.index(reference), contrasts)
    m = len(pairs)
    groups = Groups(
        y=y,
        codes=codes,
        n=n_g,
        pairs=pairs,
        exposure=exposure,
        conf_level=conf_level,
        alpha_c=_per_comparison_alpha(1 - conf_level, m, correction),
        n_resamples=int(n_resamples),
        w=weights,
    )
    res = intervals(measure, groups, bootstrap=ci_method == "bootstrap", rng=rng, progress=progress)
    p_adjusted = _adjust_p(res.p_values, correction)

    contrast_name, null = CONTRAST[measure]
    level_c = 1 - groups.alpha_c
    gi, gj = groups.gi, groups.gj
    labels = np.array(names, dtype=object)
    blocks = [
        _block(
            "group",
            group=labels,
            reference="",
            estimate=res.g_est,
            ci_low=res.g_low,
            ci_high=res.g_high,
            conf_level=conf_level,
            n=n_g,
            n_events=res.events,
            p_value=np.nan,
            p_adjusted=np.nan,
            measure=measure,
            method=res.g_method,
        ),
        _block(
            "contrast",
            group=labels[gi],
            reference=labels[gj],
            estimate=res.c_est,
            ci_low=res.c_low,
            ci_high=res.c_high,
            conf_level=level_c,
            n=n_g[gi] + n_g[gj],
            n_events=res.events[gi] + res.events[gj],
            p_value=res.p_values,
            p_adjusted=p_adjusted,
            measure=contrast_name,
            method=res.method,
        ),
    ]
    head = _headline(res.c_est, null)
    i, j = pairs[head]
    crude = Estimate(
        contrast_name,
        float(res.c_est[head]),
        float(res.c_low[head]),
        float(res.c_high[head]),
        null=null,
        conf_level=level_c,
        method=res.method,
        n=int(n_g[i] + n_g[j]),
        p_value=None if np.isnan(p_adjusted[head]) else float(p_adjusted[head]),
        label=f"{names[i]} vs {names[j]}",
        unit="" if measure in ("proportion", "rate") else unit,
    )

    adjusted = None
    if covariates:
        value, low, high, p = adjusted_contrasts(covariates, groups, measure)
        adj_p = _adjust_p(p, correction)
        blocks.append(
            _block(
                "adjusted contrast",
                group=labels[gi],
                reference=labels[gj],
                estimate=value,
                ci_low=low,
                ci_high=high,
                conf_level=level_c,
                n=n_g[gi] + n_g[gj],
                n_events=res.events[gi] + res.events[gj],
                p_value=p,
                p_adjusted=adj_p,
                measure=contrast_name,
                method=ADJ_METHOD[measure],
            )
        )
        adjusted = replace(
            crude,
            value=float(value[head]),
            ci_low=float(low[head]),
            ci_high=float(high[head]),
            p_value=float(adj_p[head]),
            method=ADJ_METHOD[measure],
        )

    thin, reasons = _thin_groups(
        names,
        n_g,
        res.events,
        res.g_est,
        res.g_low,
        res.g_high,
        measure,
        signed=bool((y < 0).any()),
    )
    if thin:
        warn(
            ThinDataWarning,
            MSG(
                "thin_warning",
                by=by_name,
                groups=name_list(thin),
                reasons="; ".join(reason_text(r, None) for r in reasons),
            ),
            caveats,
        )
    if m > 1 and correction == "none":
        warn(
            MultipleComparisonsWarning,
            MSG(
                "multi_warning",
                m=m,
                expected=fmt(m * (1 - conf_level)),
                level=fmt_level(conf_level),
            ),
            caveats,
        )

    return CompareResult(
        estimate=adjusted if adjusted is not None else crude,
        table=pd.concat(blocks, ignore_index=True),
        crude=crude,
        adjusted=adjusted,
        outcome=str(out_name),
        by=str(by_name),
        measure=measure,
        reference=str(reference),
        groups=tuple(names),
        n=int(n_g.sum()),
        n_comparisons=m,
        correction=correction,
        contrasts=contrasts,
        adjust_for=tuple(str(c) for c in adjust_cols),
        thin_groups=tuple(thin),
        thin_reasons=tuple(reasons),
        unit=unit,
        caveats=tuple(caveats),
    )


def _block(kind: str, **columns: Any) -> pd.DataFrame:
    """Rows of one kind for the result table; scalars are repeated down the block."""
    size = len(columns["estimate"])
    frame = {"kind": [kind] * size}
    for name, values in columns.items():
        if name in ("group", "reference", "measure", "method"):
            frame[name] = [values] * size if isinstance(values, str) else list(values)
        elif name == "n":
            frame[name] = np.asarray(values).astype(int)
        else:
            frame[name] = np.broadcast_to(np.asarray(values, dtype=float), (size,)).copy()
    return pd.DataFrame(frame)


def _headline(c_est: np.ndarray, null: float) -> int:
    """Index of the contrast furthest from ``null`` (on the log scale for a ratio)."""
    if len(c_est) == 1:
        return 0
    with np.errstate(divide="ignore", invalid="ignore"):
        distance = np.abs(np.log(c_est) if null == 1.0 else c_est - null)
    return int(np.argmax(np.where(np.isnan(distance), -np.inf, distance)))


def _adjust_p(p_values: np.ndarray, correction: str) -> np.ndarray:
    """p-values corrected for the number of comparisons (statsmodels ``multipletests``)."""
    adjusted = np.array(p_values, dtype=float)
    ok = ~np.isnan(adjusted)
    if len(adjusted) > 1 and correction != "none" and ok.any():
        from statsmodels.stats.multitest import multipletests

        adjusted[ok] = multipletests(adjusted[ok], method=correction)[1]
    return adjusted


def _exposure(data: pd.DataFrame, denominator: str | None, measure: str) -> np.ndarray:
    if denominator is None:
        return np.ones(len(data))
    if measure != "rate":
        raise InvalidOptionError(MSG("denominator_needs_rate", col=denominator, measure=measure))
    exposure = check_column(
        data, denominator, arg="denominator", kind="numeric", allow_constant=True
    ).to_numpy(dtype=float)
    if (exposure <= 0).any():
        raise InvalidOptionError(
            MSG("denominator_positive", col=denominator, k=int((exposure <= 0).sum()))
        )
    return exposure


def _outcome_series(data, outcome, measure):
    name = check_column_name(data, outcome, arg="outcome")
    column = data[name]
    is_text = not (pd.api.types.is_numeric_dtype(column) or pd.api.types.is_bool_dtype(column))
    if measure is None:
        if is_text:
            kind = "binary" if column.dropna().nunique() <= 2 else "numeric"
            check_column(data, name, arg="outcome", kind=kind, allow_constant=True)
        values = column.dropna().to_numpy(dtype=float)
        binary = pd.api.types.is_bool_dtype(column) or bool(((values == 0) | (values == 1)).all())
        measure = "proportion" if binary else "mean"
    kind = "binary" if measure == "proportion" else "numeric"
    series = check_column(
        data, name, arg="outcome", kind=kind, allow_constant=measure in ("proportion", "rate")
    )
    values = series.to_numpy(dtype=float)
    if measure == "rate" and (values < 0).any():
        raise InvalidOptionError(
            MSG(
                "negative_count",
                outcome=name,
                k=int((values < 0).sum()),
                value=fmt(float(values[values < 0][0])),
            )
        )
    return name, measure, values


def _adjust_columns(adjust_for) -> list[Hashable]:
    if adjust_for is None:
        return []
    if isinstance(adjust_for, str):
        return [adjust_for]
    if isinstance(adjust_for, (list, tuple)):
        return list(adjust_for)
    raise ColumnTypeError(MSG("adjust_for_type", typ=type(adjust_for).__name__))


def _levels(by_series: pd.Series) -> tuple[list[Any], list[Any]]:
    """Levels in display order, and the empty ones (unused categories)."""
    present = pd.unique(by_series)
    if isinstance(by_series.dtype, pd.CategoricalDtype):
        cats = list(by_series.cat.categories)
        used = set(present)
        return [c for c in cats if c in used], [c for c in cats if c not in used]
    try:
        return sorted(present.tolist()), []
    except TypeError:
        return sorted(present.tolist(), key=str), []


def _pairs(k: int, ref: int, contrasts: str) -> list[tuple[int, int]]:
    if contrasts == "reference":
        return [(i, ref) for i in range(k) if i != ref]
    return [(i, j) for j in range(k) for i in range(j + 1, k)]


def _per_comparison_alpha(alpha: float, m: int, correction: str) -> float:
    if m <= 1 or correction == "none":
        return alpha
    if correction == "bonferroni":
        return alpha / m
    return 1 - (1 - alpha) ** (1 / m)


def _thin_groups(names, n_g, events, est, low, high, measure, signed):
    """Groups too thin to carry a conclusion, and the reasons (catalog keys with a number).

    "An interval wider than the estimate" is only judged for outcomes that cannot be negative
    (times, counts, proportions): for a signed outcome an estimate near zero is not thin data.
    """
    thin, reasons = [], []

    def add(name, reason):
        if name not in thin:
            thin.append(name)
        if reason not in reasons:
            reasons.append(reason)

    for i, name in enumerate(names):
        if n_g[i] < MIN_GROUP_SIZE:
            add(name, f"reason_small:{MIN_GROUP_SIZE}")
        if measure == "proportion" and min(events[i], n_g[i] - events[i]) < MIN_EVENTS:
            add(name, f"reason_events:{MIN_EVENTS}")
        if measure == "rate" and events[i] < MIN_RATE_EVENTS:
            add(name, f"reason_rate_events:{MIN_RATE_EVENTS}")
        if np.isnan(low[i]) or np.isnan(high[i]):
            add(name, "reason_no_interval:")
        elif not signed and high[i] - low[i] > abs(est[i]):
            add(name, "reason_wide:")
    return thin, reasons
