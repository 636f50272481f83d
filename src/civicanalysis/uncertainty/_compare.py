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
from .._text import fmt, fmt_level, render, resolve_language
from .._validation import (
    check_column,
    check_column_name,
    check_dataframe,
    check_distinct,
    check_fraction,
    check_option,
    check_random_state,
)
from ._intervals import ADJ_METHOD, Groups, adjusted_contrasts, check_adjust_for, intervals
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
    outcome_reason: str = ""
    rung: ClassVar[str] = "information"
    # The compact display: the measure says what a row is (a group's mean or share, or a
    # comparison); events, the corrected p-value and the reference only where they say something.
    _display_columns: ClassVar[tuple[str, ...]] = (
        "group",
        "reference",
        "measure",
        "estimate",
        "ci_low",
        "ci_high",
        "n",
        "n_events",
        "p_value",
        "p_adjusted",
    )

    def _display_table(self) -> pd.DataFrame:
        table = self.table
        cols = [c for c in self._display_columns if c in table.columns]
        for col in ("reference", "n_events", "p_value", "p_adjusted"):
            if col in cols and table[col].isna().all():
                cols.remove(col)
        if "p_adjusted" in cols and table["p_adjusted"].equals(table.get("p_value")):
            cols.remove("p_adjusted")  # one comparison: nothing was corrected
        return table[cols]

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
                why=self._why(lang),
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
            sentences.append(self._clear_contrasts(lang))
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

    def _why(self, lang: str) -> str:
        """Why this measure, and how to choose another (the model comes first, issue 10)."""
        others = {"proportion": "'continuous'", "mean": "'count'", "rate": "'continuous'"}
        why = render(self.outcome_reason, lang) if self.outcome_reason else ""
        other = others.get(self.measure)
        if other is None:
            return why
        return MSG("why_override", lang=lang, why=why, other=other)

    def _clear_contrasts(self, lang: str) -> str:
        """The sentence naming every contrast with clear evidence (or that none has it)."""
        kind = "adjusted contrast" if self.adjusted is not None else "contrast"
        rows = self.table[self.table["kind"] == kind]
        clear = []
        for _, row in rows.iterrows():
            est = Estimate(
                self.crude.measure,
                row["estimate"],
                row["ci_low"],
                row["ci_high"],
                null=self.crude.null,
                conf_level=row["conf_level"],
                p_value=None if pd.isna(row["p_adjusted"]) else row["p_adjusted"],
                unit=self.crude.unit,
            )
            if est.evidence == "clear":
                versus = "tegenover" if lang == "nl" else "vs"
                clear.append((f"{row['group']} {versus} {row['reference']}", est))
        if not clear:
            return MSG("cmp_clear_none", lang=lang)
        if len(clear) > 3:  # many: the names only (the intervals are in .table)
            names = ", ".join(name for name, _ in clear)
            return MSG("cmp_clear_many", lang=lang, contrasts=names, n=len(clear))
        shown = "; ".join(
            f"{name}: {interval_text(self._headline(est, lang), lang)}" for name, est in clear
        )
        return MSG("cmp_clear", lang=lang, contrasts=shown, n=len(clear))

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
    outcome_type: str | None = None,
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
        ``"mean"``. ``"rate"`` treats the outcome as counts
        of events per row (or per ``denominator``). Another two-valued outcome (1/2, "yes"/"no")
        raises an error showing how to recode it to 0/1.
    outcome_type : {"binary", "count", "continuous"}, optional
        The same choice in the words of ``ca.check_confounders`` and ``ca.Hypothesis``:
        ``"binary"`` gives ``measure="proportion"``, ``"count"`` ``"rate"``, ``"continuous"``
        ``"mean"``. Give ``measure`` or ``outcome_type``, not both.
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
        person-years). Default: every row counts as one unit. Rows may be aggregated, as
        published rates come: one or more rows per group, each with its events (the outcome)
        and its population or person-time; ``n`` is then the summed denominator.
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
          contrast with the strongest evidence, whose interval lies furthest from "no
          difference" (on the log scale for a rate ratio; an interval that includes it counts
          by how deep inside it lies), not the largest point estimate. With ``adjust_for``: the
          adjusted contrast chosen the same way among the adjusted ones. Its
          ``label`` is ``"<group> vs <reference>"``, its interval and ``p_value`` are the
          corrected ones when several comparisons were made, and ``n`` counts both groups.
        - ``crude`` (Estimate): the headline contrast without adjustment.
        - ``adjusted`` (Estimate or None): the adjusted headline, if ``adjust_for`` was given.
        - ``table`` (DataFrame): one row per group and per contrast (and per adjusted contrast),
          with columns ``kind`` (``"group"``, ``"contrast"`` or ``"adjusted contrast"``),
          ``group``, ``reference`` (the group compared with; empty for group rows),
          ``estimate``, ``ci_low``, ``ci_high``, ``conf_level`` (the level actually used: larger
          than asked for corrected contrasts), ``n`` (observations; for a rate with a
          ``denominator`` the summed denominator), ``n_events`` (events for a proportion or rate,
          else missing), ``p_value``, ``p_adjusted``, ``measure``, ``method``.
        - ``outcome``, ``by``, ``measure``, ``reference`` (str), ``groups`` (tuple of str),
          ``n`` (rows used), ``n_comparisons``, ``correction``, ``contrasts``, ``adjust_for``,
          ``unit``.
        - ``thin_groups`` and ``thin_reasons``: the groups too thin to carry a conclusion, and
          why; ``caveats``: every warning raised; ``outcome_reason``: why this measure was
          chosen, in words (the explanation says it first, with how to choose another).

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
    - rate: exact (Garwood) interval per group (statsmodels ``confint_poisson``) and, for every
      rate ratio (each contrast compares two groups), the exact conditional interval and p-value
      of R's ``poisson.test``: given the total events, the events of one group are binomial, and
      the Clopper–Pearson interval of that proportion (scipy ``binomtest``) is turned into a rate
      ratio. Assumes Poisson counts: if counts vary more than that between rows of the same
      group, the intervals are too narrow. The thin-data rule for rates counts events (fewer
      than 10) and, without a denominator, rows; never rows of an aggregated table.
    - median: distribution-free (order statistic) interval per group (scipy ``quantile_test``),
      percentile bootstrap for a difference.
    - adjusted contrasts: the same models and standard errors as ``ca.check_confounders``, so
      one model gives one interval: least squares with classical standard errors for means,
      Poisson regression with quasi-Poisson standard errors for rates; a linear probability
      model with robust (HC1) errors for proportions (a 0/1 outcome has unequal variances in a
      linear model); median (quantile) regression for medians.

    Choosing one of several contrasts as the headline favours it; the correction for multiple
    comparisons is what keeps its interval honest, and the explanation names every contrast
    with clear evidence.

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
    from .._engines import finish_compare, reduce_for_compare

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
            outcome_type=outcome_type,
            conf_level=conf_level,
            reference=reference,
            contrasts=contrasts,
            correction=correction,
            denominator=denominator,
            max_levels=max_levels,
            unit=unit,
        )
        return finish_compare(result, reduced)
    inp = _compare_inputs(
        data,
        outcome=outcome,
        by=by,
        adjust_for=adjust_for,
        measure=measure,
        outcome_type=outcome_type,
        conf_level=conf_level,
        reference=reference,
        contrasts=contrasts,
        correction=correction,
        denominator=denominator,
        ci_method=ci_method,
        n_resamples=n_resamples,
        max_levels=max_levels,
    )
    rng = check_random_state(random_state)
    res = intervals(
        inp.measure, inp.groups, bootstrap=inp.ci_method == "bootstrap", rng=rng, progress=progress
    )
    return _compare_result(inp, res, unit=unit)


@dataclass
class _CompareInputs:
    """The validated input of one comparison."""

    outcome: str
    by: str
    measure: str
    why: str
    levels: list[Any]
    names: list[str]
    reference: Any
    groups: Groups
    covariates: list[pd.Series]
    adjust_cols: list[Hashable]
    contrasts: str
    correction: str
    ci_method: str
    conf_level: float
    aggregated: bool
    caveats: list[str]


def _compare_inputs(
    data: pd.DataFrame,
    *,
    outcome: str,
    by: str,
    adjust_for: Any,
    measure: str | None,
    outcome_type: str | None,
    conf_level: float,
    reference: Any,
    contrasts: str,
    correction: str,
    denominator: str | None,
    ci_method: str,
    n_resamples: int,
    max_levels: int,
) -> _CompareInputs:
    from .._engines import cell_weights

    weights = cell_weights(data)
    data = check_dataframe(data, min_rows=2, purpose="a comparison")
    conf_level = check_fraction(conf_level)
    measure = check_option(measure, arg="measure", options=(*MEASURES, None))
    measure = _measure_from_type(outcome_type, measure, denominator)
    contrasts = check_option(contrasts, arg="contrasts", options=CONTRASTS)
    correction = check_option(correction, arg="correction", options=CORRECTIONS)
    ci_method = check_option(ci_method, arg="ci_method", options=CI_METHODS)
    if (
        isinstance(n_resamples, bool)
        or not isinstance(n_resamples, (int, np.integer))
        or n_resamples < 1000
    ):
        raise InvalidOptionError(MSG("n_resamples", value=n_resamples))
    adjust_cols = _adjust_columns(adjust_for)
    by_name = check_column_name(data, by, arg="by")
    out_name, measure, y, why = _outcome_series(data, outcome, measure)
    check_distinct(
        [("outcome", out_name), ("by", by_name)]
        + [("adjust_for", c) for c in adjust_cols]
        + ([("denominator", denominator)] if denominator is not None else [])
    )
    if ci_method == "bootstrap" and measure == "rate":
        raise InvalidOptionError(MSG("bootstrap_rate"))
    by_series = check_column(data, by_name, arg="by", kind="category", max_levels=max_levels)
    _check_one_type(by_series, by_name)
    covariates = [check_column(data, c, arg="adjust_for", kind="any") for c in adjust_cols]
    exposure = _exposure(data, denominator, measure)
    caveats: list[str] = []
    levels, empty = _levels(by_series)
    if empty:
        warn(
            ThinDataWarning,
            MSG("empty_groups", by=by_name, groups=name_list([str(e) for e in empty])),
            caveats,
            stacklevel=4,
        )
    reference = check_option(
        levels[0] if reference is None else reference, arg="reference", options=levels
    )
    names = [str(level) for level in levels]
    codes = pd.Index(levels).get_indexer(by_series).astype(np.intp)
    n_g = np.bincount(codes, weights=weights, minlength=len(levels)).astype(float)
    if measure != "rate":  # a rate can rest on one aggregated row per group
        for name, count in zip(names, n_g, strict=True):
            if count < 2:
                raise TooFewRowsError(
                    MSG("one_observation", by=by_name, group=name, n=int(count), outcome=out_name)
                )
    pairs = _pairs(len(levels), levels.index(reference), contrasts)
    groups = Groups(
        y=y,
        codes=codes,
        n=n_g,
        pairs=pairs,
        exposure=exposure,
        conf_level=conf_level,
        alpha_c=_per_comparison_alpha(1 - conf_level, len(pairs), correction),
        n_resamples=int(n_resamples),
        w=weights,
    )
    if covariates:
        check_adjust_for(covariates, groups, by_name)
    return _CompareInputs(
        outcome=str(out_name),
        by=str(by_name),
        measure=measure,
        why=why,
        levels=levels,
        names=names,
        reference=reference,
        groups=groups,
        covariates=covariates,
        adjust_cols=adjust_cols,
        contrasts=contrasts,
        correction=correction,
        ci_method=ci_method,
        conf_level=conf_level,
        aggregated=denominator is not None,
        caveats=caveats,
    )


def _compare_result(inp: _CompareInputs, res: Any, *, unit: str) -> CompareResult:
    """Build the result: the table, the headline, the adjusted contrasts and the warnings."""
    groups, names, measure = inp.groups, inp.names, inp.measure
    p_adjusted = _adjust_p(res.p_values, inp.correction)
    contrast_name, null = CONTRAST[measure]
    level_c = 1 - groups.alpha_c
    gi, gj, n_g = groups.gi, groups.gj, groups.n
    size = groups.sums(groups.exposure) if inp.aggregated else n_g
    labels = np.array(names, dtype=object)
    blocks = [
        _block(
            "group",
            group=labels,
            reference="",
            estimate=res.g_est,
            ci_low=res.g_low,
            ci_high=res.g_high,
            conf_level=inp.conf_level,
            n=size,
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
            n=size[gi] + size[gj],
            n_events=res.events[gi] + res.events[gj],
            p_value=res.p_values,
            p_adjusted=p_adjusted,
            measure=contrast_name,
            method=res.method,
        ),
    ]
    head = _headline(res.c_est, res.c_low, res.c_high, null)
    i, j = groups.pairs[head]
    crude = Estimate(
        contrast_name,
        float(res.c_est[head]),
        float(res.c_low[head]),
        float(res.c_high[head]),
        null=null,
        conf_level=level_c,
        method=res.method,
        n=int(size[i] + size[j]),
        p_value=None if np.isnan(p_adjusted[head]) else float(p_adjusted[head]),
        label=f"{names[i]} vs {names[j]}",
        unit="" if measure in ("proportion", "rate") else unit,
    )
    adjusted = None
    if inp.covariates:
        block, crude, adjusted = _adjusted(inp, res, crude, size, labels, p_adjusted)
        blocks.append(block)
    table = pd.concat(blocks, ignore_index=True)
    caveats = inp.caveats
    thin, reasons = _compare_warnings(inp, res, size, caveats)
    return CompareResult(
        estimate=adjusted if adjusted is not None else crude,
        table=table,
        crude=crude,
        adjusted=adjusted,
        outcome=inp.outcome,
        by=inp.by,
        measure=measure,
        reference=str(inp.reference),
        groups=tuple(names),
        n=int(n_g.sum()),
        n_comparisons=len(groups.pairs),
        correction=inp.correction,
        contrasts=inp.contrasts,
        adjust_for=tuple(str(c) for c in inp.adjust_cols),
        thin_groups=tuple(thin),
        thin_reasons=tuple(reasons),
        unit=unit,
        caveats=tuple(caveats),
        outcome_reason=inp.why,
    )


def _adjusted(
    inp: _CompareInputs,
    res: Any,
    crude: Estimate,
    size: np.ndarray,
    labels: np.ndarray,
    p_adjusted: np.ndarray,
) -> tuple[pd.DataFrame, Estimate, Estimate]:
    """The adjusted contrasts; the headline is chosen among them, and the crude one follows it."""
    groups, names, measure = inp.groups, inp.names, inp.measure
    gi, gj = groups.gi, groups.gj
    contrast_name, null = CONTRAST[measure]
    value, low, high, p = adjusted_contrasts(inp.covariates, groups, measure)
    adj_p = _adjust_p(p, inp.correction)
    block = _block(
        "adjusted contrast",
        group=labels[gi],
        reference=labels[gj],
        estimate=value,
        ci_low=low,
        ci_high=high,
        conf_level=1 - groups.alpha_c,
        n=size[gi] + size[gj],
        n_events=res.events[gi] + res.events[gj],
        p_value=p,
        p_adjusted=adj_p,
        measure=contrast_name,
        method=ADJ_METHOD[measure],
    )
    head = _headline(value, low, high, null)
    i, j = groups.pairs[head]
    crude = replace(
        crude,
        value=float(res.c_est[head]),
        ci_low=float(res.c_low[head]),
        ci_high=float(res.c_high[head]),
        n=int(size[i] + size[j]),
        p_value=None if np.isnan(p_adjusted[head]) else float(p_adjusted[head]),
        label=f"{names[i]} vs {names[j]}",
    )
    adjusted = replace(
        crude,
        value=float(value[head]),
        ci_low=float(low[head]),
        ci_high=float(high[head]),
        p_value=float(adj_p[head]),
        method=ADJ_METHOD[measure],
    )
    return block, crude, adjusted


def _compare_warnings(
    inp: _CompareInputs, res: Any, size: np.ndarray, caveats: list[str]
) -> tuple[list[str], list[str]]:
    """Thin groups, an outcome that does not vary within groups, uncorrected comparisons."""
    groups, measure = inp.groups, inp.measure
    thin, reasons = _thin_groups(
        inp.names,
        size,
        res.events,
        res.g_est,
        res.g_low,
        res.g_high,
        measure,
        signed=bool((groups.y < 0).any()),
        aggregated=inp.aggregated,
    )
    if thin:
        warn(
            ThinDataWarning,
            MSG(
                "thin_warning",
                by=inp.by,
                groups=name_list(thin),
                reasons="; ".join(reason_text(r, None) for r in reasons),
            ),
            caveats,
            stacklevel=4,
        )
    if measure in ("mean", "median"):
        spread = groups.sums(
            (groups.y - groups.sums(groups.y)[groups.codes] / groups.n[groups.codes]) ** 2
        )
        if (spread == 0).all():
            warn(
                ThinDataWarning,
                MSG("no_variation", outcome=inp.outcome, by=inp.by),
                caveats,
                stacklevel=4,
            )
    m = len(groups.pairs)
    if m > 1 and inp.correction == "none":
        warn(
            MultipleComparisonsWarning,
            MSG(
                "multi_warning",
                m=m,
                expected=m * (1 - inp.conf_level),
                level=fmt_level(inp.conf_level),
            ),
            caveats,
            stacklevel=4,
        )
    return thin, reasons


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


def _headline(c_est: np.ndarray, c_low: np.ndarray, c_high: np.ndarray, null: float) -> int:
    """Index of the contrast with the strongest evidence: the interval furthest from ``null``.

    The distance is that of the nearest interval limit (on the log scale for a ratio); an
    interval that includes ``null`` gets minus how deep inside it lies, and a missing interval
    comes last. A contrast estimated with a wide interval does not win by a large point estimate.
    """
    if len(c_est) == 1:
        return 0
    with np.errstate(divide="ignore", invalid="ignore"):
        lo, hi, nu = (np.log(c_low), np.log(c_high), 0.0) if null == 1.0 else (c_low, c_high, null)
        distance = np.where(
            lo > nu, lo - nu, np.where(hi < nu, nu - hi, -np.minimum(nu - lo, hi - nu))
        )
    distance = np.where(np.isfinite(distance), distance, -np.inf)
    return int(np.argmax(distance))


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
            MSG("denominator_positive", col=denominator, n=int((exposure <= 0).sum()))
        )
    if float(exposure.max()) > 1e100:
        raise InvalidOptionError(
            MSG("too_large", arg="denominator", col=denominator, value=float(exposure.max()))
        )
    return exposure


def _measure_from_type(outcome_type: str | None, measure: str | None, denominator: Any) -> Any:
    """``measure`` from ``outcome_type`` (the words of check_confounders); a rate with a denominator."""
    if outcome_type is not None:
        kind = check_option(
            outcome_type, arg="outcome_type", options=("binary", "count", "continuous")
        )
        chosen = {"binary": "proportion", "count": "rate", "continuous": "mean"}[kind]
        if measure is not None and measure != chosen:
            raise InvalidOptionError(
                MSG("type_and_measure", kind=kind, measure=measure, chosen=chosen)
            )
        return chosen
    return measure


def _outcome_series(data, outcome, measure):
    """The outcome's name, the measure, the values as floats, and why that measure (a message)."""
    name = check_column_name(data, outcome, arg="outcome")
    column = data[name]
    is_text = not (pd.api.types.is_numeric_dtype(column) or pd.api.types.is_bool_dtype(column))
    why = MSG("why_measure_given", measure=measure) if measure is not None else ""
    if measure is None:
        present = column.dropna()
        values = sorted(pd.unique(present).tolist(), key=str)
        is01 = pd.api.types.is_bool_dtype(column) or (
            not is_text and bool(present.isin([0, 1]).all())
        )
        if len(values) == 2 and not is01:
            raise ColumnTypeError(
                MSG("binary_codes", col=name, a=values[0], b=values[1], name=str(name))
            )
        if is_text:
            check_column(data, name, arg="outcome", kind="numeric", allow_constant=True)
        measure = "proportion" if is01 else "mean"
        why = MSG("why_binary" if is01 else "why_mean", col=name)
    kind = "binary" if measure == "proportion" else "numeric"
    series = check_column(
        data, name, arg="outcome", kind=kind, allow_constant=measure in ("proportion", "rate")
    )
    values = series.to_numpy(dtype=float)
    if len(values) and float(np.max(np.abs(values))) > 1e100:
        raise InvalidOptionError(
            MSG("too_large", arg="outcome", col=name, value=float(np.max(np.abs(values))))
        )
    if measure == "rate" and (values < 0).any():
        raise InvalidOptionError(
            MSG(
                "negative_count",
                outcome=name,
                n=int((values < 0).sum()),
                value=float(values[values < 0][0]),
            )
        )
    return name, measure, values, why


def _check_one_type(by_series: pd.Series, by: Hashable) -> None:
    """Refuse a ``by`` column that mixes numbers and text (1 and "1" would be two groups)."""
    if by_series.dtype != object:
        return
    kinds = {
        "text" if isinstance(v, str) else "number"
        for v in by_series.dropna().tolist()
        if isinstance(v, (str, int, float, np.number)) and not isinstance(v, bool)
    }
    if len(kinds) > 1:
        text = next(v for v in by_series if isinstance(v, str))
        number = next(v for v in by_series if not isinstance(v, str))
        raise ColumnTypeError(MSG("mixed_by", by=by, text=text, number=number))


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
    from .._coding import order_levels

    levels = order_levels(by_series)
    if isinstance(by_series.dtype, pd.CategoricalDtype):
        used = set(levels)
        return levels, [c for c in by_series.cat.categories if c not in used]
    return levels, []


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


def _thin_groups(names, n_g, events, est, low, high, measure, signed, aggregated=False):
    """Groups too thin to carry a conclusion, and the reasons (catalog keys with a number).

    "An interval wider than the estimate" is only judged for outcomes that cannot be negative
    (times, counts, proportions): for a signed outcome an estimate near zero is not thin data.
    For a rate the rule counts events; rows only when each row is one unit (no denominator):
    an aggregated row stands for many people.
    """
    thin, reasons = [], []

    def add(name, reason):
        if name not in thin:
            thin.append(name)
        if reason not in reasons:
            reasons.append(reason)

    for i, name in enumerate(names):
        if n_g[i] < MIN_GROUP_SIZE and not (measure == "rate" and aggregated):
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
