"""``ca.interrupted_time_series``: one series compared with its own earlier trend."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from .._exceptions import ConfoundingWarning, InvalidOptionError, TooFewRowsError
from .._results import Estimate, ResultMixin, caveat_field, warn
from .._validation import (
    check_column,
    check_column_name,
    check_dataframe,
    check_distinct,
    check_fraction,
)
from ._common import TimeAxis, outcome_kind, time_axis
from ._messages import MSG

MIN_PRE = 3
MIN_POST = 2
#: How far (in standard errors) the last periods before the intervention must lie above the
#: earlier trend before the explanation warns that the intervention may have followed a peak.
PEAK_Z = 2.5


@dataclass(frozen=True, eq=False, repr=False)
class ITSResult(ResultMixin):
    """The result of :func:`interrupted_time_series`; see that function for every field."""

    estimate: Estimate
    level: Estimate
    trend: Estimate
    table: pd.DataFrame
    fitted: pd.DataFrame
    outcome: str
    outcome_type: str
    intervention: Any
    n_pre: int
    n_post: int
    maxlags: int
    season: Any
    comparison: str | None
    exposure: str | None
    peak_before: bool
    peak_excess: float | None
    peak_periods: int
    design: str = "interrupted-time-series"
    caveats: tuple[str, ...] = caveat_field()
    rung: ClassVar[str] = "information"

    def _title(self, lang: str) -> str:
        return MSG("its_title", lang=lang, outcome=self.outcome)

    def _explain_sentences(self, lang: str) -> list[str]:
        out: list[str] = []
        if self.peak_before:
            out.append(
                MSG("its_rtm_first", lang=lang, n=self.peak_periods, excess=self.peak_excess)
            )
        counts = self.outcome_type == "count"
        model = MSG("model_its_poisson" if counts else "model_its_ols", lang=lang)
        extra = ""
        if self.exposure:
            extra += MSG("with_exposure", lang=lang, exposure=self.exposure)
        if self.season is not None:
            extra += MSG("with_season", lang=lang, season=str(self.season))
        fields = dict(
            outcome=self.outcome,
            n=self.n_pre + self.n_post,
            n_pre=self.n_pre,
            n_post=self.n_post,
            intervention=self.intervention,
            model=model,
            extra=extra,
            lags=self.maxlags,
            comparison=self.comparison,
        )
        out.append(
            MSG("its_what_comparison" if self.comparison else "its_what", lang=lang, **fields)
        )
        out.append(
            MSG(
                "its_level_ratio" if counts else "its_level",
                lang=lang,
                value=self.level.interval_text(lang),
            )
        )
        measure = MSG("measure_level_ratio" if counts else "measure_level", lang=lang)
        out.append(
            self.level.verdict(lang, effect=MSG("effect_change", lang=lang), measure=measure)
        )
        out.append(
            MSG(
                "its_trend_ratio" if counts else "its_trend",
                lang=lang,
                value=self.trend.interval_text(lang),
            )
        )
        out.append(
            MSG("its_assumption_comparison" if self.comparison else "its_assumption", lang=lang)
        )
        return out

    def plot(self, ax: Any = None) -> Any:
        """Observed series, fitted line and the counterfactual (earlier trend extended) with band."""
        from .._plotting import new_axes
        from .._text import resolve_language

        lang = resolve_language(None)
        ax = new_axes(ax, height=3.4, width=7.5)
        f = self.fitted
        x = f["period"]
        ax.plot(
            x,
            f["observed"],
            "o",
            color="#1f5c99",
            markersize=4,
            label=MSG("legend_observed", lang=lang),
        )
        if self.comparison:
            ax.plot(
                x,
                f["comparison"],
                "s",
                color="#999999",
                markersize=3,
                label=MSG("legend_comparison_series", lang=lang),
            )
        ax.plot(x, f["fitted"], "-", color="#1f5c99", label=MSG("legend_fitted", lang=lang))
        post = f["post"] == 1
        ax.plot(
            x[post],
            f.loc[post, "counterfactual"],
            "--",
            color="#b34700",
            label=MSG("legend_counterfactual", lang=lang),
        )
        ax.fill_between(
            x[post],
            f.loc[post, "cf_low"],
            f.loc[post, "cf_high"],
            color="#b34700",
            alpha=0.15,
            linewidth=0,
        )
        first_post = x[post].iloc[0]
        ax.axvline(
            first_post, color="#888", linestyle=":", label=MSG("legend_intervention", lang=lang)
        )
        ax.set_xlabel(MSG("axis_time", lang=lang))
        ax.set_ylabel(self.outcome + (f" / {self.exposure}" if self.exposure else ""))
        ax.legend(fontsize="small", frameon=False)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return ax


def newey_west_lags(n: int) -> int:
    """The usual automatic lag length, floor(4 (n/100)^(2/9)) (Newey and West 1994), at least 1."""
    return max(1, int(np.floor(4 * (n / 100) ** (2 / 9))))


def _season_terms(data: pd.DataFrame, season: Any, t: np.ndarray, order: np.ndarray) -> np.ndarray:
    if season is None:
        return np.empty((len(t), 0))
    if isinstance(season, str):
        check_column_name(data, season, arg="season")
        col = data[season].to_numpy()[order]
        return pd.get_dummies(pd.Series(col), drop_first=True, dtype=float).to_numpy()
    if isinstance(season, bool) or not isinstance(season, (int, np.integer)) or season < 2:
        raise InvalidOptionError(MSG("its_season", value=season))
    # Two pairs of sine and cosine terms, as in Lopez Bernal et al. (2017): a smooth yearly
    # pattern with four parameters instead of one per month.
    k = np.arange(1, min(2, int(season) // 2) + 1) * 2 * np.pi / int(season)
    m = np.outer(t, k)
    terms = np.column_stack([np.sin(m), np.cos(m)])
    return terms[:, np.abs(terms).max(axis=0) > 1e-9]


def interrupted_time_series(
    data: pd.DataFrame,
    *,
    outcome: str,
    time: str,
    intervention: Any,
    season: int | str | None = None,
    comparison: str | None = None,
    exposure: str | None = None,
    outcome_type: str | None = None,
    conf_level: float = 0.95,
) -> ITSResult:
    """Segmented regression: did the level or the trend of a series change at an intervention?

    One series (reports per month, admissions per week) is followed before and after an
    intervention. The trend before it, extended, stands for what would have happened otherwise;
    the change in level at the intervention and the change in trend after it are estimated with
    errors that allow for correlation between neighbouring periods (Newey–West).

    Parameters
    ----------
    data : pandas.DataFrame
        One row per period, without gaps.
    outcome : str
        Numeric outcome: counts (whole numbers ≥ 0) get a Poisson model and ratios; anything
        else a linear model and differences.
    time : str
        Column with the period (numbers, dates or pandas periods).
    intervention : period
        The first period with the intervention.
    season : int or str, optional
        Periods per cycle (12 for monthly data: two sine–cosine pairs) or a column naming the
        season (e.g. ``"month"``: one effect per value).
    comparison : str, optional
        Column with a comparison series measured in the same periods that did not get the
        intervention; the level and trend changes are then those beyond the comparison's.
    exposure : str, optional
        Denominator (population, addresses): an offset for counts, so the ratios are of rates;
        a continuous outcome is divided by it.
    outcome_type : {"binary", "count", "continuous"}, optional
        Override the model chosen from the outcome's values.
    conf_level : float, default 0.95
        Confidence level of the intervals.

    Returns
    -------
    ITSResult
        ``level`` (also ``estimate``: the change in level at the intervention, a difference, or
        for counts a rate ratio), ``trend`` (the change in trend per period, or a ratio per
        period), ``fitted`` (per period: ``period``, ``observed``, ``fitted``,
        ``counterfactual`` with ``cf_low`` and ``cf_high``, ``post``, and ``comparison`` when
        given), ``peak_before`` (True when the last periods before the intervention lay far above
        the earlier trend, the sign of an intervention that followed a peak), ``peak_excess``
        (how far above, per period) and ``peak_periods`` (how many periods were checked),
        ``outcome``, ``outcome_type``, ``intervention``, ``n_pre``, ``n_post``, ``maxlags`` (the
        Newey–West lag length), ``season``, ``comparison``, ``exposure``, ``design``
        (``"interrupted-time-series"``), a tidy ``table`` (``term, estimate, ci_low, ci_high,
        conf_level, p_value, n, method``), ``caveats``, ``explain()`` and ``plot()``.

    Raises
    ------
    InvalidOptionError
        When the intervention lies outside the series.
    TooFewRowsError
        With fewer than 3 periods before the intervention (a single period before says nothing
        about a trend) or fewer than 2 after it.
    MissingValuesError
        When ``time`` has gaps.

    Warns
    -----
    ConfoundingWarning
        When the series peaked just before the intervention (regression to the mean).

    See Also
    --------
    difference_in_differences : with comparison units instead of a comparison series.
    check_regression_to_the_mean : when the units were chosen for their extreme values.

    Notes
    -----
    The model is ``outcome ~ time + post + post × (time since the intervention)`` (Wagner et al.
    2002), with the time since the intervention counted 1 at the first period with it, as in
    Lopez Bernal et al. (2017). Without a comparison series the reading rests on the earlier
    trend continuing and nothing else changing at the same moment. An intervention started
    *because* numbers were high (a hotspot) is followed by lower numbers anyway: regression to
    the mean. The explanation then says so first.

    References
    ----------
    Wagner, A. K., Soumerai, S. B., Zhang, F. and Ross-Degnan, D. (2002). Segmented regression
    analysis of interrupted time series studies in medication use research. *Journal of Clinical
    Pharmacy and Therapeutics* 27, 299–309.
    Lopez Bernal, J., Cummins, S. and Gasparrini, A. (2017). Interrupted time series regression
    for the evaluation of public health interventions: a tutorial. *International Journal of
    Epidemiology* 46(1), 348–355.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> df = ca.datasets.load("camera_hotspots")
    >>> monthly = df[df["camera"] == 1].groupby("month", as_index=False)["meldingen"].sum()
    >>> res = ca.interrupted_time_series(monthly, outcome="meldingen", time="month",
    ...     intervention=37, season=12)
    >>> res.design, res.peak_before
    ('interrupted-time-series', True)
    """
    inp = _its_inputs(
        data, outcome, time, intervention, season, comparison, exposure, outcome_type, conf_level
    )
    level, trend, method, lags, fit = _its_fit(inp, outcome)
    frame = _its_fitted(inp, fit)
    caveats: list[str] = []
    peak, excess, k_peak = _peak_before(
        inp.y, inp.t, inp.seas, inp.offset, inp.kind, inp.i0, season, level
    )
    if peak:
        warn(ConfoundingWarning, MSG("its_rtm_caveat", n=k_peak), caveats)
    table = pd.DataFrame(
        [
            {"term": "level", **_cols(level)},
            {"term": "trend", **_cols(trend)},
        ]
    )
    axis, i0 = inp.axis, inp.i0
    table["conf_level"] = inp.conf_level
    table["n"] = axis.n
    table["method"] = method
    table = table[["term", "estimate", "ci_low", "ci_high", "conf_level", "p_value", "n", "method"]]
    return ITSResult(
        estimate=level,
        level=level,
        trend=trend,
        table=table,
        fitted=frame,
        outcome=str(outcome),
        outcome_type=inp.kind,
        intervention=axis.label(i0),
        n_pre=i0,
        n_post=axis.n - i0,
        maxlags=lags,
        season=season,
        comparison=comparison,
        exposure=exposure,
        peak_before=peak,
        peak_excess=excess,
        peak_periods=k_peak,
        caveats=tuple(caveats),
    )


@dataclass
class _ITSInputs:
    """The checked inputs of :func:`interrupted_time_series`, in time order."""

    y: np.ndarray  # the outcome (per unit of exposure when not a count)
    yc: np.ndarray | None  # the comparison series
    t: np.ndarray  # 0..T-1
    axis: TimeAxis
    i0: int  # the intervention's period index
    kind: str
    offset: np.ndarray | None  # log exposure for counts
    seas: np.ndarray  # the season terms
    conf_level: float


def _its_inputs(
    data: pd.DataFrame,
    outcome: str,
    time: str,
    intervention: Any,
    season: int | str | None,
    comparison: str | None,
    exposure: str | None,
    outcome_type: str | None,
    conf_level: float,
) -> _ITSInputs:
    """Check the arguments and read the series in time order."""
    data = check_dataframe(data, min_rows=MIN_PRE + MIN_POST)
    conf_level = check_fraction(conf_level)
    roles = [("outcome", outcome), ("time", time)]
    for arg, col in (("comparison", comparison), ("exposure", exposure)):
        if col is not None:
            check_column_name(data, col, arg=arg)
            roles.append((arg, col))
    for arg, col in roles[:2]:
        check_column_name(data, col, arg=arg)
    check_distinct(roles)
    if comparison is not None and exposure is not None:
        raise InvalidOptionError(
            MSG("its_comparison_exposure", comparison=comparison, exposure=exposure)
        )
    y_all = check_column(data, outcome, arg="outcome", kind="numeric").to_numpy(dtype=float)
    axis = time_axis(data, time)
    dupes = len(axis.codes) - axis.n
    if dupes:
        counts = np.bincount(axis.codes)
        raise InvalidOptionError(
            MSG(
                "its_duplicate_time",
                col=time,
                k=dupes,
                value=axis.label(int(np.argmax(counts > 1))),
                outcome=outcome,
            )
        )
    order = np.argsort(axis.codes, kind="stable")
    y = y_all[order]
    t = np.arange(axis.n, dtype=float)
    i0 = _its_intervention(axis, intervention, time)
    kind = outcome_kind(y, outcome, outcome_type)
    offset = None
    if exposure is not None:
        e = check_column(data, exposure, arg="exposure", kind="numeric").to_numpy(dtype=float)
        e = e[order]
        if (e <= 0).any():
            raise InvalidOptionError(MSG("its_exposure_zero", col=exposure, k=int((e <= 0).sum())))
        if kind == "count":
            offset = np.log(e)
        else:
            y = y / e
    yc = None
    if comparison is not None:
        yc = check_column(data, comparison, arg="comparison", kind="numeric").to_numpy(float)[order]
    seas = _season_terms(data, season, t, order)
    return _ITSInputs(y, yc, t, axis, i0, kind, offset, seas, conf_level)


def _its_intervention(axis: TimeAxis, intervention: Any, time: str) -> int:
    """The intervention's period index, with enough periods before and after it."""
    try:
        i0 = axis.index_of(intervention)
    except (TypeError, ValueError) as error:
        raise InvalidOptionError(
            MSG(
                "its_outside",
                value=intervention,
                col=time,
                first=axis.label(0),
                last=axis.label(axis.n - 1),
            )
        ) from error
    if i0 == 0 or i0 >= axis.n:
        raise InvalidOptionError(
            MSG(
                "its_outside",
                value=intervention,
                col=time,
                first=axis.label(0),
                last=axis.label(axis.n - 1),
            )
        )
    if i0 < MIN_PRE:
        raise TooFewRowsError(MSG("its_few_pre", n=i0, value=intervention, min_k=MIN_PRE))
    if axis.n - i0 < MIN_POST:
        raise TooFewRowsError(
            MSG("its_few_post", n=axis.n - i0, value=intervention, min_k=MIN_POST)
        )
    return i0


def _its_fit(inp: _ITSInputs, outcome: str):
    """Fit the segmented regression; returns (level, trend, method, maxlags, fit)."""
    conf_level, axis, i0, kind = inp.conf_level, inp.axis, inp.i0, inp.kind
    alpha = 1 - conf_level
    post = (inp.t >= i0).astype(float)
    since = post * (inp.t - i0 + 1)
    lags = newey_west_lags(axis.n)
    fit = _fit_its(inp.y, inp.yc, inp.t, post, since, inp.seas, inp.offset, kind, lags)
    res, _exog, _cf_exog, k_level, k_trend = fit
    params = np.asarray(res.params)
    ci = np.asarray(res.conf_int(alpha))
    pv = np.asarray(res.pvalues)
    counts = kind == "count"
    method = "Poisson GLM, Newey–West (HAC) errors" if counts else "OLS, Newey–West (HAC) errors"
    if inp.yc is not None:
        method = method.replace("Newey–West (HAC)", "Driscoll–Kraay (HAC by period)")
    method += f", maxlags={lags}"

    def est(j: int, name: str) -> Estimate:
        conv = np.exp if counts else (lambda v: v)
        return Estimate(
            name,
            float(conv(params[j])),
            float(conv(ci[j, 0])),
            float(conv(ci[j, 1])),
            null=1.0 if counts else 0.0,
            conf_level=conf_level,
            method=method,
            n=axis.n,
            p_value=float(pv[j]),
            label=f"{outcome} at {axis.label(i0)}",
        )

    level = est(k_level, "rate ratio at the intervention" if counts else "change in level")
    trend = est(
        k_trend, "rate ratio per period for the change in trend" if counts else "change in trend"
    )
    return level, trend, method, lags, fit


def _its_fitted(inp: _ITSInputs, fit) -> pd.DataFrame:
    """The observed series, the fit and the counterfactual (with its interval) per period."""
    from scipy.stats import norm

    res, exog, cf_exog, _k_level, _k_trend = fit
    y, offset, axis = inp.y, inp.offset, inp.axis
    alpha = 1 - inp.conf_level
    post = (inp.t >= inp.i0).astype(float)
    params = np.asarray(res.params)
    n_series = axis.n
    lin = exog[:n_series] @ params
    cf_lin = cf_exog[:n_series] @ params
    cov = np.asarray(res.cov_params())
    cf_se = np.sqrt(np.einsum("ij,jk,ik->i", cf_exog[:n_series], cov, cf_exog[:n_series]))
    z = norm.ppf(1 - alpha / 2)
    if inp.kind == "count":
        fitted = np.exp(lin)
        cf, lo, hi = np.exp(cf_lin), np.exp(cf_lin - z * cf_se), np.exp(cf_lin + z * cf_se)
        observed = y if offset is None else y / np.exp(offset)
    else:
        fitted, cf, lo, hi = lin, cf_lin, cf_lin - z * cf_se, cf_lin + z * cf_se
        observed = y
    frame = pd.DataFrame(
        {
            "period": axis.plot_values(),
            "observed": observed,
            "fitted": fitted,
            "counterfactual": cf,
            "cf_low": lo,
            "cf_high": hi,
            "post": post.astype(int),
        }
    )
    if inp.yc is not None:
        frame["comparison"] = inp.yc
    return frame


def _cols(e: Estimate) -> dict:
    return {"estimate": e.value, "ci_low": e.ci_low, "ci_high": e.ci_high, "p_value": e.p_value}


def _fit_its(y, yc, t, post, since, seas, offset, kind, lags):
    """Fit the segmented regression; returns the fit, its design, the counterfactual design and
    the positions of the level and trend changes."""
    import statsmodels.api as sm

    n = len(y)
    if yc is None:
        exog = np.column_stack([np.ones(n), t, post, since, seas])
        cf = exog.copy()
        cf[:, 2:4] = 0.0
        y_fit, time_groups, k_level, k_trend = y, None, 2, 3
    else:
        one = np.ones(n)
        treated = np.column_stack([one, one, t, t, post, since, post, since, seas])
        control = np.column_stack([one, 0 * one, t, 0 * t, post, since, 0 * post, 0 * since, seas])
        exog = np.vstack([treated, control])
        cf = exog.copy()
        cf[:, 6:8] = 0.0
        y_fit = np.concatenate([y, yc])
        time_groups = np.concatenate([t, t]).astype(int)
        k_level, k_trend = 6, 7
    if time_groups is None:
        cov_type, cov_kwds = "HAC", {"maxlags": lags}
    else:
        cov_type, cov_kwds = "hac-groupsum", {"time": time_groups, "maxlags": lags}
    if kind == "count":
        model = sm.GLM(y_fit, exog, family=sm.families.Poisson(), offset=offset)
    else:
        model = sm.OLS(y_fit, exog)
        cov_kwds = {**cov_kwds, "use_correction": True} if cov_type == "HAC" else cov_kwds
    res = model.fit(cov_type=cov_type, cov_kwds=cov_kwds)
    return res, exog, cf, k_level, k_trend


def _peak_before(y, t, seas, offset, kind, i0, season, level: Estimate):
    """Did the last periods before the intervention lie far above (or below) the earlier trend?

    The pre-intervention model is fitted without the last ``k`` periods (a season when there is
    one, else a quarter of the series before) and those periods are compared with its forecast.
    """
    import statsmodels.api as sm

    k = int(season) if isinstance(season, (int, np.integer)) and i0 >= 2 * int(season) + 3 else 0
    if not k:
        k = max(1, i0 // 4)
    if i0 - k < 3:
        return False, None, k
    early = slice(0, i0 - k)
    last = slice(i0 - k, i0)
    exog = np.column_stack([np.ones(len(y)), t, seas])
    off = None if offset is None else offset[early]
    try:
        if kind == "count":
            res = sm.GLM(y[early], exog[early], family=sm.families.Poisson(), offset=off).fit()
            mu = np.exp(exog[last] @ res.params + (0 if offset is None else offset[last]))
            phi = max(1.0, float(res.pearson_chi2 / max(res.df_resid, 1)))
            var = mu * phi
        else:
            res = sm.OLS(y[early], exog[early]).fit()
            mu = exog[last] @ res.params
            var = np.full(k, float(res.scale))
    except (np.linalg.LinAlgError, ValueError):  # pragma: no cover - degenerate early part
        return False, None, k
    diff = y[last] - mu
    z = float(diff.sum() / np.sqrt(var.sum()))
    peak = (z > PEAK_Z and level.direction < 0) or (z < -PEAK_Z and level.direction > 0)
    return bool(peak), float(np.abs(diff).mean()) if peak else None, k
