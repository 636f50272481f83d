"""``ca.difference_in_differences``: a pilot group against a comparison group, before and after."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from .._exceptions import (
    ConfoundingWarning,
    InvalidOptionError,
    MissingValuesError,
    ThinDataWarning,
    TooFewRowsError,
)
from .._results import Estimate, ResultMixin, caveat_field, warn, with_article
from .._validation import (
    check_column,
    check_column_name,
    check_dataframe,
    check_distinct,
    check_fraction,
)
from ._common import TimeAxis, covariates, demean, outcome_kind, time_axis
from ._messages import MSG
from ._rtm import EXTREME_AUC, RegressionToMeanResult, rtm_result, selection_auc, unit_means

#: Event-study periods further from the start than this are pooled into the end bins.
MAX_EVENT = 10


@dataclass(frozen=True, eq=False, repr=False)
class DiDResult(ResultMixin):
    """The result of :func:`difference_in_differences`; see that function for every field."""

    estimate: Estimate
    table: pd.DataFrame
    event_study: pd.DataFrame
    trends: pd.DataFrame
    placebo: Estimate | None
    pretrend_p: float | None
    leads_p: float | None
    parallel_trends_ok: bool | None
    regression_to_the_mean: RegressionToMeanResult | None
    rtm_bias: float | None
    outcome: str
    outcome_type: str
    time: str
    treated: str
    unit: str | None
    start: Any
    staggered: bool
    panel: bool
    n: int
    n_treated: int
    n_comparison: int
    n_pre: int
    n_post: int
    model: str
    design: str = "difference-in-differences"
    caveats: tuple[str, ...] = caveat_field()
    rung: ClassVar[str] = "information"

    def _title(self, lang: str) -> str:
        return MSG("did_title", lang=lang, outcome=self.outcome)

    def _measure(self, lang: str) -> str:
        if self.outcome_type == "count":
            return MSG("measure_rate_ratio", lang=lang)
        if self.outcome_type == "binary":
            return MSG("measure_did_pp", lang=lang)
        return MSG("measure_did", lang=lang)

    def _explain_sentences(self, lang: str) -> list[str]:
        out: list[str] = []
        rtm = self.regression_to_the_mean
        if rtm is not None and self.rtm_bias is not None:
            out.append(
                MSG(
                    "did_rtm_first",
                    lang=lang,
                    outcome=self.outcome,
                    period=", ".join(str(p) for p in rtm.before),
                    sel=rtm.selected_before,
                    others=_others_mean(rtm),
                    r=rtm.r,
                    bias=abs(self.rtm_bias),
                )
            )
        key = "did_what" if self.panel else "did_what_cs"
        out.append(
            MSG(
                key,
                lang=lang,
                outcome=self.outcome,
                n_t=self.n_treated,
                n_c=self.n_comparison,
                start=self.start,
                time=self.time,
                model=MSG(self.model, lang=lang),
            )
        )
        measure = self._measure(lang)
        value = with_article(measure, lang) + " " + self.estimate.interval_text(lang)
        if self.outcome_type == "count":
            out.append(
                MSG(
                    "did_number_ratio",
                    lang=lang,
                    outcome=self.outcome,
                    value=self.estimate.interval_text(lang),
                )
            )
        else:
            out.append(MSG("did_number", lang=lang, value=value))
        out.append(
            self.estimate.verdict(lang, effect=MSG("effect_change", lang=lang), measure=measure)
        )
        out.append(MSG("parallel", lang=lang))
        if self.pretrend_p is None:
            out.append(MSG("pretrend_none", lang=lang))
        else:
            placebo = self.placebo
            ptext = placebo.interval_text(lang) if placebo is not None else "–"
            if placebo is not None:
                ptext = MSG(
                    "placebo_change" if placebo.excludes_null else "placebo_consistent",
                    lang=lang,
                    value=ptext,
                )
            fake = self.table.loc[self.table["term"] == "placebo", "period"]
            out.append(
                MSG(
                    "pretrend_ok" if self.parallel_trends_ok else "pretrend_bad",
                    lang=lang,
                    k=self.n_pre,
                    p=p_text(self.pretrend_p, lang),
                    fake=f"{self.time} {fake.iloc[0]}" if len(fake) else "–",
                    placebo=ptext,
                )
            )
        if self.staggered:
            out.append(MSG("staggered_sentence", lang=lang))
        return out

    def plot(self, ax: Any = None) -> Any:
        """Both groups over time (left) and the event study of leads and lags (right).

        Returns the left Axes (its ``.figure`` holds both panels). With ``ax`` given, only the
        groups over time are drawn on it.
        """
        import matplotlib.pyplot as plt

        from .._text import resolve_language

        lang = resolve_language(None)
        if ax is None:
            _fig, (ax, ax2) = plt.subplots(1, 2, figsize=(10, 3.4), layout="constrained")
        else:
            ax2 = None
        for g, colour, key in ((1, "#b34700", "legend_pilot"), (0, "#1f5c99", "legend_comparison")):
            rows = self.trends[self.trends["group"] == g]
            ax.plot(rows["period"], rows["mean"], "o-", color=colour, label=MSG(key, lang=lang))
        if not self.staggered:
            periods = np.sort(self.trends["period"].unique())
            ax.axvline(
                periods[self.n_pre],
                color="#888",
                linestyle="--",
                label=MSG("legend_start", lang=lang),
            )
        ax.set_xlabel(self.time)
        ax.set_ylabel(MSG("axis_mean", lang=lang, outcome=self.outcome))
        ax.set_title(MSG("plot_groups_title", lang=lang), loc="left", fontsize="medium")
        ax.legend(fontsize="small", frameon=False)
        if ax2 is not None:
            es = self.event_study
            null = 1.0 if self.outcome_type == "count" else 0.0
            colours = np.where(es["period"] < 0, "#777777", "#b34700")
            for (_, row), colour in zip(es.iterrows(), colours, strict=True):
                ax2.plot([row["period"]] * 2, [row["ci_low"], row["ci_high"]], color=colour)
                ax2.plot([row["period"]], [row["estimate"]], "o", color=colour)
            ax2.axhline(null, color="#888", linewidth=1)
            ax2.axvline(-0.5, color="#888", linestyle="--")
            ax2.set_xlabel(MSG("axis_event", lang=lang))
            ax2.set_ylabel(MSG("axis_event_y", lang=lang), fontsize="small")
            ax2.set_title(MSG("plot_event_title", lang=lang), loc="left", fontsize="medium")
            if self.outcome_type == "count":
                from matplotlib.ticker import FuncFormatter, LogLocator

                # Plain numbers (0.5, 1, 2) rather than powers of ten: "half as many", "twice".
                ax2.set_yscale("log")
                ax2.yaxis.set_major_locator(
                    LogLocator(base=10, subs=(1.0, 1.5, 2.0, 3.0, 5.0, 7.0))
                )
                ax2.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
                ax2.yaxis.set_minor_formatter(FuncFormatter(lambda v, _: ""))
        for a in (ax, ax2):
            if a is not None:
                for side in ("top", "right"):
                    a.spines[side].set_visible(False)
        return ax


def p_text(p: float, lang: str | None) -> str:
    """``"= 0.26"`` or ``"< 0.001"``, in the language's number format."""
    from .._text import fmt

    return "< " + fmt(0.001, lang) if p < 0.001 else "= " + fmt(p, lang, 2)


def _others_mean(rtm: RegressionToMeanResult) -> float:
    others = rtm.n_units - rtm.n_selected
    total = rtm.mean_before * rtm.n_units
    return (total - rtm.selected_before * rtm.n_selected) / others


# --------------------------------------------------------------------------------------------
# Fitting
# --------------------------------------------------------------------------------------------


@dataclass
class _Design:
    y: np.ndarray
    t: np.ndarray  # period index per row
    g: np.ndarray  # 1 for the pilot group
    s: np.ndarray  # start index per row (inf for never)
    unit: np.ndarray | None  # unit code per row
    cohort: np.ndarray  # start-group code per row (0 = comparison)
    x: np.ndarray  # adjust_for design (n × k)
    kind: str
    n_periods: int


def _fit(design: _Design, treat: np.ndarray, alpha: float):
    """Fit the model with the given treatment columns; returns (params, cov, conf_int, p, res)."""
    import statsmodels.api as sm

    d = design
    k = treat.shape[1]
    if d.kind != "count" and d.unit is not None:
        cols = np.column_stack([treat, d.x]) if d.x.size else treat
        # Unit and period fixed effects absorbed by demeaning; statsmodels then gives the
        # cluster-robust errors on the demeaned design (the FE are nested in the clusters, so
        # they do not count in the small-sample correction, as in Stata's xtreg/reghdfe).
        both = demean(np.column_stack([d.y, cols]), [d.unit, d.t])
        # hasconst=False: the demeaned design has no constant, and statsmodels would otherwise
        # look for a hidden one with a rank computation on the whole (million-row) design.
        res = sm.OLS(both[:, 0], both[:, 1:], hasconst=False).fit(
            cov_type="cluster", cov_kwds={"groups": d.unit}
        )
    else:
        parts = [np.ones((len(d.y), 1))]
        n_coh = int(d.cohort.max())
        if n_coh >= 1:
            parts.append((d.cohort[:, None] == np.arange(1, n_coh + 1)[None, :]).astype(float))
        parts.append((d.t[:, None] == np.arange(1, d.n_periods)[None, :]).astype(float))
        exog = np.column_stack([treat, *parts, d.x] if d.x.size else [treat, *parts])
        keep = exog.any(axis=0) | (np.arange(exog.shape[1]) < k)
        exog = exog[:, keep]
        if d.kind == "count":
            model = sm.GLM(d.y, exog, family=sm.families.Poisson())
            if d.unit is not None:
                res = model.fit(cov_type="cluster", cov_kwds={"groups": d.unit})
            else:
                res = model.fit(cov_type="HC0")
        else:
            res = sm.OLS(d.y, exog).fit(cov_type="HC1")
    params = np.asarray(res.params)[:k]
    ci = np.asarray(res.conf_int(alpha))[:k]
    p = np.asarray(res.pvalues)[:k]
    return params, ci, p, res


def _event_columns(d: _Design, mask: np.ndarray | None = None) -> tuple[np.ndarray, list[int]]:
    rel = np.where(np.isfinite(d.s), d.t - np.where(np.isfinite(d.s), d.s, 0), np.nan)
    rel = np.clip(rel, -MAX_EVENT, MAX_EVENT)
    observed = np.unique(rel[np.isfinite(rel)]).astype(int)
    periods = [int(k) for k in observed if k != -1]
    cols = np.column_stack([(rel == k).astype(float) for k in periods]) if periods else None
    return cols, periods


def _estimate(value, lo, hi, p, *, kind: str, conf_level: float, method: str, n: int, label: str):
    if kind == "count":
        return Estimate(
            "rate ratio",
            float(np.exp(value)),
            float(np.exp(lo)),
            float(np.exp(hi)),
            null=1.0,
            conf_level=conf_level,
            method=method,
            n=n,
            p_value=float(p),
            label=label,
        )
    scale = 100.0 if kind == "binary" else 1.0
    return Estimate(
        "difference-in-differences",
        float(value * scale),
        float(lo * scale),
        float(hi * scale),
        null=0.0,
        conf_level=conf_level,
        method=method,
        n=n,
        p_value=float(p),
        label=label,
        unit="percentage points" if kind == "binary" else "",
    )


# --------------------------------------------------------------------------------------------
# The public function
# --------------------------------------------------------------------------------------------


def difference_in_differences(
    data: pd.DataFrame,
    *,
    outcome: str,
    time: str,
    treated: str,
    start: Any,
    unit: str | None = None,
    adjust_for: str | Sequence[str] | None = None,
    outcome_type: str | None = None,
    conf_level: float = 0.95,
) -> DiDResult:
    """Compare the change in a pilot group with the change in a comparison group.

    The pilot group (squares with new lighting, schools with a truancy officer) and a comparison
    group without the policy are measured before and after the policy starts. The
    difference-in-differences is the pilot group's change minus the comparison group's change:
    whatever changed for everyone (the weather, a new reporting app, the economy) drops out.

    Parameters
    ----------
    data : pandas.DataFrame
        Long format: one row per unit and period (a panel, with ``unit``) or one row per
        observation (repeated cross-sections such as house sales, without ``unit``).
    outcome : str
        Numeric outcome column. Counts (whole numbers ≥ 0) get a Poisson model and a rate ratio;
        a 0/1 outcome a linear probability model (percentage points); anything else a linear
        model.
    time : str
        Column with the period (numbers such as years, dates, or pandas periods) without gaps.
    treated : str
        0/1 column: 1 for the pilot group, the same in every period of a unit.
    start : period or str
        The first period of the policy; or the name of a column giving each pilot unit its own
        start (staggered starts; comparison units may leave it empty).
    unit : str, optional
        Column identifying the unit (square, school, neighbourhood): the data are then a panel,
        with unit fixed effects and standard errors clustered by unit.
    adjust_for : str or list of str, optional
        Columns that change over time and could differ between the groups (held fixed in the
        model).
    outcome_type : {"binary", "count", "continuous"}, optional
        Override the model chosen from the outcome's values.
    conf_level : float, default 0.95
        Confidence level of the intervals.

    Returns
    -------
    DiDResult
        ``estimate`` (the policy effect, an :class:`Estimate`: a difference in the outcome's
        units, in percentage points for a 0/1 outcome, or a rate ratio for counts),
        ``event_study`` (one row per period relative to the start, ``period``, ``estimate``,
        ``ci_low``, ``ci_high``; period −1 is the reference), ``pretrend_p`` (p-value of the
        check that the groups moved in parallel before the start: the placebo and a test of a
        differential linear trend before the start, Bonferroni-combined; None with one period
        before), ``leads_p`` (joint test that every lead of the event study is zero, shown for
        information),
        ``parallel_trends_ok`` (True when that test does not reject at ``1 − conf_level``),
        ``placebo`` (the same estimate with a fake start halfway through the periods before the
        real one; None with one period before), ``regression_to_the_mean`` (the result of
        :func:`check_regression_to_the_mean` when the pilot units were chosen for their extreme
        values before the start, else None) and ``rtm_bias`` (the difference-in-differences
        expected from regression to the mean alone), ``trends`` (mean outcome per group and
        period: ``period``, ``group``, ``mean``, ``n``), ``outcome``, ``outcome_type``,
        ``time``, ``treated`` and ``unit`` (the column names), ``start``, ``staggered`` (units started at different
        moments), ``panel``, ``n``,
        ``n_treated`` and ``n_comparison`` (units, or rows for cross-sections), ``n_pre`` and
        ``n_post`` (periods before the first start and from it), ``model`` (a message key naming
        the model), ``design`` (``"difference-in-differences"``), a tidy ``table`` (``term,
        period, estimate, ci_low, ci_high, conf_level, p_value, n, method``), ``caveats``,
        ``explain()`` and ``plot()`` (both groups over time and the event study).

    Raises
    ------
    InvalidOptionError
        When ``start`` lies at or before the first period (no period before the policy) or
        after the last one, or a pilot unit's own start does.
    TooFewRowsError
        When there are no comparison units (or no pilot units).
    MissingValuesError
        When ``time`` has gaps (a missing period) or a column has missing values.

    Warns
    -----
    ThinDataWarning
        With a single period before the start (parallel trends cannot be checked).
    ConfoundingWarning
        When the groups already moved apart before the start, when the pilot units were chosen
        for extreme values (regression to the mean), and with staggered starts.

    See Also
    --------
    plan_pilot : draw the pilot group at random, and see what it can detect.
    interrupted_time_series : one series, before and after, without a comparison group.
    check_regression_to_the_mean : hotspots that cool down by themselves.

    Notes
    -----
    The assumption is **parallel trends**: without the policy, both groups would have risen and
    fallen alike (their levels may differ). The event study estimates the gap between the groups
    in every period relative to the last period before the start; the gaps before the start (the
    leads) should be near zero. The decision (``parallel_trends_ok``) rests on two checks made on
    the periods before the start only: a placebo start halfway through them, and a differential
    linear trend between the groups. Passing them does
    not prove the assumption, it only fails to find a problem.

    Unit and period fixed effects are absorbed by demeaning (exact for a balanced panel,
    alternating projections otherwise) rather than by a dummy per unit, which keeps a city's
    10,000 units over 100 periods to seconds; the standard errors are clustered by unit. Counts
    use Poisson regression with group and period effects (standard errors clustered by unit):
    in a balanced panel without covariates this gives the same rate ratio as unit fixed effects.

    With **staggered starts** (``start`` a column), two-way fixed effects average over every
    comparison of earlier and later starters, including "forbidden" ones in which already-treated
    units serve as controls; when effects grow over time the weights can turn negative
    (Goodman-Bacon 2021; de Chaisemartin and D'Haultfœuille 2020). The function warns; compare
    each start group with the never-treated units before relying on the pooled number.

    References
    ----------
    Card, D. and Krueger, A. B. (1994). Minimum wages and employment: a case study of the
    fast-food industry in New Jersey and Pennsylvania. *American Economic Review* 84(4), 772–793.
    Goodman-Bacon, A. (2021). Difference-in-differences with variation in treatment timing.
    *Journal of Econometrics* 225(2), 254–277.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> df = ca.datasets.load("square_lighting")
    >>> res = ca.difference_in_differences(df, outcome="incidents", time="month",
    ...     treated="lit", start=13, unit="square")
    >>> res.estimate.measure, res.estimate.ci_high < 1
    ('rate ratio', True)
    """
    inp = _did_inputs(
        data, outcome, time, treated, start, unit, adjust_for, outcome_type, conf_level
    )
    conf_level = inp.conf_level
    alpha = 1 - conf_level
    caveats: list[str] = []
    estimate, method, n_t, n_c = _did_effect(inp, treated, conf_level)
    rows = [_row("effect", "", estimate)]
    event, leads_p, event_rows = _did_event_study(inp, alpha)
    rows.extend(event_rows)
    n_pre = inp.first_start
    if n_pre < 2:
        warn(ThinDataWarning, MSG("single_pre_period"), caveats)
    placebo, placebo_row, pretrend_p = _did_placebo(inp, alpha, conf_level, method)
    if placebo_row is not None:
        rows.insert(1, placebo_row)
    parallel_ok = None if pretrend_p is None else bool(pretrend_p >= alpha)
    if parallel_ok is False:
        warn(
            ConfoundingWarning,
            MSG("pretrend_warning", k=n_pre, p=p_text(pretrend_p, None)),
            caveats,
        )
    if inp.staggered:
        warn(ConfoundingWarning, MSG("staggered", k=len(inp.finite)), caveats)

    # Regression to the mean: were the pilot units chosen for extreme values just before?
    rtm, rtm_bias = None, None
    if inp.design.unit is not None and not inp.staggered:
        rtm, rtm_bias = _rtm_check(inp.design, inp.first_start, inp.axis, outcome, conf_level)
        if rtm is not None:
            warn(
                ConfoundingWarning,
                MSG(
                    "did_rtm_caveat",
                    outcome=outcome,
                    period=", ".join(str(b) for b in rtm.before),
                    bias=abs(rtm_bias),
                ),
                caveats,
            )
    return _did_result(
        inp,
        rows,
        estimate=estimate,
        event=event,
        placebo=placebo,
        pretrend_p=pretrend_p,
        leads_p=leads_p,
        parallel_ok=parallel_ok,
        rtm=rtm,
        rtm_bias=rtm_bias,
        names=(outcome, time, treated, unit, start),
        method=method,
        n_t=n_t,
        n_c=n_c,
        caveats=caveats,
    )


@dataclass
class _DiDInputs:
    """The checked inputs of :func:`difference_in_differences`, read into a design."""

    design: _Design
    axis: TimeAxis
    conf_level: float
    start_is_column: bool
    finite: np.ndarray  # the distinct start indices
    staggered: bool
    first_start: int


def _did_inputs(
    data: pd.DataFrame,
    outcome: str,
    time: str,
    treated: str,
    start: Any,
    unit: str | None,
    adjust_for: str | Sequence[str] | None,
    outcome_type: str | None,
    conf_level: float,
) -> _DiDInputs:
    """Check the arguments and read the data into a :class:`_Design`."""
    data = check_dataframe(data, min_rows=4)
    conf_level = check_fraction(conf_level)
    roles = [("outcome", outcome), ("time", time), ("treated", treated)]
    if unit is not None:
        roles.append(("unit", unit))
    for arg, col in roles:
        check_column_name(data, col, arg=arg)
    start_is_column = isinstance(start, str) and start in data.columns
    if start_is_column:
        roles.append(("start", start))
    check_distinct(roles)
    y_series = check_column(data, outcome, arg="outcome", kind="numeric")
    y = y_series.to_numpy(dtype=float)
    kind = outcome_kind(y, outcome, outcome_type)
    g = check_column(data, treated, arg="treated", kind="binary", allow_constant=True).to_numpy()
    axis = time_axis(data, time)
    t = axis.codes
    n_periods = axis.n

    unit_codes = None
    if unit is not None:
        units = check_column(data, unit, arg="unit", kind="category")
        unit_codes, unit_values = pd.factorize(units, sort=True)
        g_unit = np.zeros(len(unit_values))
        np.maximum.at(g_unit, unit_codes, g)
        varies = g_unit[unit_codes] != g
        if varies.any():
            raise InvalidOptionError(
                MSG("treated_varies", col=treated, unit=units.iloc[int(np.argmax(varies))])
            )
    if (g == 1).all():
        what = MSG("what_unit" if unit is not None else "what_row")
        raise TooFewRowsError(MSG("no_comparison", col=treated, what=what))
    if (g == 0).all():
        raise TooFewRowsError(MSG("no_pilot", col=treated))

    s = _start_index(
        data, start, start_is_column, axis, g, unit_codes, units if unit else None, str(time)
    )
    s = np.where(g == 1, s, np.inf)
    finite = np.unique(s[np.isfinite(s)])
    staggered = len(finite) > 1
    first_start = int(finite.min())
    cohort = np.zeros(len(y), dtype=int)
    if staggered:
        cohort = np.where(np.isfinite(s), np.searchsorted(finite, s) + 1, 0).astype(int)
    else:
        cohort = (g == 1).astype(int)
    x = covariates(data, adjust_for, taken=[c for _, c in roles]).to_numpy(dtype=float)
    design = _Design(y, t, g, s, unit_codes, cohort, x, kind, n_periods)
    return _DiDInputs(design, axis, conf_level, start_is_column, finite, staggered, first_start)


def _did_effect(inp: _DiDInputs, treated: str, conf_level: float):
    """The policy effect; returns (estimate, method, n_treated, n_comparison)."""
    d = inp.design
    g, t, s, unit_codes, kind = d.g, d.t, d.s, d.unit, d.kind
    treat = ((g == 1) & (t >= s)).astype(float)[:, None]
    params, ci, p, _res = _fit(d, treat, 1 - conf_level)
    method = str(MSG(_model_key(kind, unit_codes is not None), lang="en"))
    if unit_codes is not None:
        n_t = int(np.count_nonzero(np.bincount(unit_codes[g == 1])))
        n_c = int(np.count_nonzero(np.bincount(unit_codes[g == 0])))
    else:
        n_t, n_c = int((g == 1).sum()), int((g == 0).sum())
    label = f"{treated}: 1 vs 0, after vs before"
    estimate = _estimate(
        params[0],
        ci[0, 0],
        ci[0, 1],
        p[0],
        kind=kind,
        conf_level=conf_level,
        method=method,
        n=len(d.y),
        label=label,
    )
    return estimate, method, n_t, n_c


def _did_event_study(inp: _DiDInputs, alpha: float) -> tuple[pd.DataFrame, float | None, list]:
    """The event study (the pre-trend check); returns (event, leads_p, table rows)."""
    design = inp.design
    kind, unit_codes = design.kind, design.unit
    rows: list[dict] = []
    ev_cols, ev_periods = _event_columns(design)
    event = pd.DataFrame(columns=["period", "estimate", "ci_low", "ci_high"])
    leads_p = None
    leads = [i for i, k in enumerate(ev_periods) if k <= -2]
    if ev_cols is not None:
        e_params, e_ci, _e_p, e_res = _fit(design, ev_cols, alpha)
        conv = np.exp if kind == "count" else (lambda v: v * (100 if kind == "binary" else 1))
        event = pd.DataFrame(
            {
                "period": ev_periods,
                "estimate": conv(e_params),
                "ci_low": conv(e_ci[:, 0]),
                "ci_high": conv(e_ci[:, 1]),
            }
        )
        ref = pd.DataFrame({"period": [-1], "estimate": [1.0 if kind == "count" else 0.0]})
        event = pd.concat([event, ref.assign(ci_low=np.nan, ci_high=np.nan)], ignore_index=True)
        event = event.sort_values("period", ignore_index=True)
        if leads:
            leads_p = _joint_p(e_res, leads, None if unit_codes is None else unit_codes)
        for _, r in event.iterrows():
            if r["period"] != -1:
                rows.append(
                    {
                        "term": "event",
                        "period": int(r["period"]),
                        "estimate": r["estimate"],
                        "ci_low": r["ci_low"],
                        "ci_high": r["ci_high"],
                        "p_value": np.nan,
                    }
                )
    return event, leads_p, rows


def _did_placebo(inp: _DiDInputs, alpha: float, conf_level: float, method: str):
    """A fake start halfway through the periods before the real one.

    Returns (placebo, its table row, pretrend_p); all None with fewer than two periods before.
    """
    d = inp.design
    y, t, g, x, cohort, unit_codes, kind = d.y, d.t, d.g, d.x, d.cohort, d.unit, d.kind
    first_start, axis = inp.first_start, inp.axis
    n_pre = first_start
    placebo = row = pretrend_p = None
    if n_pre >= 2:
        fake = max(1, n_pre // 2)
        pre = t < first_start
        sub = _Design(
            y[pre],
            t[pre],
            g[pre],
            np.full(pre.sum(), np.inf),
            None if unit_codes is None else pd.factorize(unit_codes[pre])[0],
            cohort[pre],
            x[pre] if x.size else x,
            kind,
            first_start,
        )
        fake_treat = ((g[pre] == 1) & (t[pre] >= fake)).astype(float)[:, None]
        try:
            pp, pci, ppv, _ = _fit(sub, fake_treat, alpha)
            placebo = _estimate(
                pp[0],
                pci[0, 0],
                pci[0, 1],
                ppv[0],
                kind=kind,
                conf_level=conf_level,
                method=method,
                n=int(pre.sum()),
                label=f"placebo start {axis.label(fake)}",
            )
            row = _row("placebo", axis.label(fake), placebo)
            # A differential linear trend before the start: one degree of freedom, so it finds
            # a steady drift that the joint test of many noisy leads can miss.
            slope = ((g[pre] == 1) * (t[pre] - t[pre].mean())).astype(float)[:, None]
            _, _, slope_p, _ = _fit(sub, slope, alpha)
            # The placebo and the trend decide (Bonferroni over the two, so parallel groups fail
            # at most 1 − conf_level of the time). The joint test of every lead is reported in
            # ``leads_p`` but does not decide: with a few dozen clusters and many leads its
            # clustered Wald test rejects parallel groups too often (13% at 5% in simulations
            # of the square_lighting design).
            checks = [float(ppv[0]), float(slope_p[0])]
            pretrend_p = min(1.0, len(checks) * min(checks))
        except (np.linalg.LinAlgError, ValueError):  # pragma: no cover - degenerate pre-period
            placebo = None
    return placebo, row, pretrend_p


def _did_result(
    inp: _DiDInputs,
    rows: list[dict],
    *,
    estimate: Estimate,
    event: pd.DataFrame,
    placebo: Estimate | None,
    pretrend_p: float | None,
    leads_p: float | None,
    parallel_ok: bool | None,
    rtm: RegressionToMeanResult | None,
    rtm_bias: float | None,
    names: tuple,
    method: str,
    n_t: int,
    n_c: int,
    caveats: list[str],
) -> DiDResult:
    """The table, the group means over time and the :class:`DiDResult`."""
    outcome, time, treated, unit, start = names
    d, axis, conf_level = inp.design, inp.axis, inp.conf_level
    y, t, g = d.y, d.t, d.g
    table = pd.DataFrame(rows)
    table["conf_level"] = conf_level
    table["n"] = len(y)
    table["method"] = method
    table = table[
        ["term", "period", "estimate", "ci_low", "ci_high", "conf_level", "p_value", "n", "method"]
    ]
    trends = (
        pd.DataFrame({"period": axis.plot_values()[t], "group": g.astype(int), "y": y})
        .groupby(["period", "group"], as_index=False)["y"]
        .agg(mean="mean", n="size")
    )
    return DiDResult(
        estimate=estimate,
        table=table,
        event_study=event,
        trends=trends,
        placebo=placebo,
        pretrend_p=pretrend_p,
        leads_p=leads_p,
        parallel_trends_ok=parallel_ok,
        regression_to_the_mean=rtm,
        rtm_bias=rtm_bias,
        outcome=str(outcome),
        outcome_type=d.kind,
        time=str(time),
        treated=str(treated),
        unit=None if unit is None else str(unit),
        start=start if inp.start_is_column else axis.label(inp.first_start),
        staggered=inp.staggered,
        panel=unit is not None,
        n=len(y),
        n_treated=n_t,
        n_comparison=n_c,
        n_pre=inp.first_start,
        n_post=d.n_periods - inp.first_start,
        model=_model_key(d.kind, unit is not None),
        caveats=tuple(caveats),
    )


def _joint_p(res: Any, idx: list[int], clusters: np.ndarray | None) -> float:
    """p-value of the joint test that the leads are all zero.

    The Wald statistic divided by the number of leads is referred to an F distribution with
    G − 1 denominator degrees of freedom (G clusters), as Stata does for clustered errors: with
    a few dozen squares the chi-squared version rejects parallel groups far too often.
    """
    from scipy.stats import chi2, f

    b = np.asarray(res.params)[idx]
    cov = np.asarray(res.cov_params())[np.ix_(idx, idx)]
    stat = float(b @ np.linalg.pinv(cov) @ b)
    q = len(idx)
    if clusters is None:
        return float(chi2.sf(stat, q))
    g = len(np.unique(clusters))
    return float(f.sf(stat / q, q, max(g - 1, 1)))


def _row(term: str, period: Any, est: Estimate) -> dict:
    return {
        "term": term,
        "period": period,
        "estimate": est.value,
        "ci_low": est.ci_low,
        "ci_high": est.ci_high,
        "p_value": est.p_value,
    }


def _model_key(kind: str, panel: bool) -> str:
    if kind == "count":
        return "model_poisson_panel" if panel else "model_poisson_cs"
    if kind == "binary":
        return "model_lpm_twfe" if panel else "model_lpm_cs"
    return "model_ols_twfe" if panel else "model_ols_cs"


def _start_index(
    data: pd.DataFrame,
    start: Any,
    is_column: bool,
    axis: TimeAxis,
    g: np.ndarray,
    unit_codes: np.ndarray | None,
    units: pd.Series | None,
    time_name: str = "time",
) -> np.ndarray:
    """Each row's start as a period index (inf where there is none)."""
    first, last = axis.label(0), axis.label(axis.n - 1)
    if not is_column:
        if isinstance(start, (list, tuple, set, np.ndarray, pd.Series)):
            raise InvalidOptionError(
                MSG(
                    "period_not_in_data",
                    arg="start",
                    value=start,
                    col=time_name,
                    first=first,
                    last=last,
                )
            )
        try:
            i = axis.index_of(start)
        except (TypeError, ValueError) as error:
            raise InvalidOptionError(
                MSG(
                    "period_not_in_data",
                    arg="start",
                    value=start,
                    col=time_name,
                    first=first,
                    last=last,
                )
            ) from error
        if i == 0:
            raise InvalidOptionError(
                MSG("start_before_data", start=start, col=time_name, first=first)
            )
        if i >= axis.n:
            raise InvalidOptionError(MSG("start_after_data", start=start, col=time_name, last=last))
        return np.full(len(g), float(i))
    series = data[start]
    missing = series.isna().to_numpy() & (g == 1)
    if missing.any():
        raise MissingValuesError(MSG("start_missing_treated", col=start, k=int(missing.sum())))
    idx = np.full(len(g), np.inf)
    present = series.notna().to_numpy() & (g == 1)
    values = series[present]
    if np.issubdtype(axis.values.dtype, np.datetime64):
        values = pd.to_datetime(values).to_numpy(dtype="datetime64[ns]")
    idx[present] = np.searchsorted(axis.values, np.asarray(values), side="left")
    early = present & (idx == 0)
    if early.any():
        i = int(np.argmax(early))
        raise InvalidOptionError(
            MSG(
                "unit_start_before_data",
                col=start,
                k=int(len(np.unique(unit_codes[early])) if unit_codes is not None else early.sum()),
                first=first,
                unit=units.iloc[i] if units is not None else i,
                start=series.iloc[i],
            )
        )
    if unit_codes is not None:
        frame = pd.DataFrame({"u": unit_codes[g == 1], "s": idx[g == 1]})
        spread = frame.groupby("u")["s"].nunique()
        if (spread > 1).any():
            u = spread.index[int(np.argmax(spread.to_numpy() > 1))]
            raise InvalidOptionError(
                MSG("start_varies", col=start, unit=units.iloc[int(np.argmax(unit_codes == u))])
            )
    if not np.isfinite(idx).any() or (idx[present] >= axis.n).all():
        raise InvalidOptionError(MSG("start_after_data", start=start, col=time_name, last=last))
    return idx


def _rtm_check(d: _Design, first_start: int, axis: TimeAxis, outcome: Hashable, conf_level: float):
    """Regression to the mean when the pilot units stood out in the last period before the start."""
    from .._validation import check_random_state

    n_units = int(d.unit.max()) + 1
    xb, nb = unit_means(d.y, d.unit, d.t == first_start - 1, n_units)
    xa, na = unit_means(d.y, d.unit, d.t >= first_start, n_units)
    if (nb == 0).any() or (na == 0).any():
        return None, None
    sel = np.zeros(n_units, dtype=bool)
    sel[d.unit[d.g == 1]] = True
    if sel.sum() < 3 or (~sel).sum() < 3:
        return None, None
    auc = selection_auc(xb, sel)
    if EXTREME_AUC > auc > 1 - EXTREME_AUC:
        return None, None
    earlier, source = None, "comparison"
    if first_start >= 2:
        xe, ne = unit_means(d.y, d.unit, d.t == first_start - 2, n_units)
        if (ne > 0).all():
            earlier, source = xe, str(axis.label(first_start - 2))
    res = rtm_result(
        xb,
        xa,
        sel,
        earlier,
        outcome=str(outcome),
        r_source=source,
        before=(axis.label(first_start - 1),),
        after=tuple(axis.label(i) for i in range(first_start, axis.n)),
        conf_level=conf_level,
        rng=check_random_state(None),
        n_boot=500,
    )
    bias = -(1 - res.r) * (xb[sel].mean() - xb[~sel].mean())
    return res, float(bias)
