"""``ca.correlate``: a correlation with its interval, and what it cannot tell you."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from .._exceptions import ThinDataWarning, TooFewRowsError
from .._results import Estimate, ResultMixin, caveat_field, warn
from .._text import fmt, resolve_language
from .._validation import (
    check_column,
    check_column_name,
    check_dataframe,
    check_distinct,
    check_fraction,
    check_option,
)
from ._messages import CORRELATIONS, MIN_GROUP_SIZE, MSG, local_estimate


@dataclass(frozen=True, eq=False, repr=False)
class CorrelateResult(ResultMixin):
    """The result of :func:`correlate`; see that function for every field."""

    estimate: Estimate
    table: pd.DataFrame
    x: str
    y: str
    method: str
    n: int
    caveats: tuple[str, ...] = caveat_field()
    rung: ClassVar[str] = "information"
    # The compact display names the measure (Pearson, Spearman, ...): the number depends on it.
    _display_columns: ClassVar[tuple[str, ...]] = (
        "measure",
        "estimate",
        "ci_low",
        "ci_high",
        "n",
        "p_value",
    )
    _points: tuple[np.ndarray, np.ndarray] | None = None

    def _title(self, lang: str) -> str:
        return MSG("title_correlate", lang=lang, x=self.x, y=self.y)

    def _explain_sentences(self, lang: str) -> list[str]:
        local = local_estimate(self.estimate, lang)
        sentences = [
            MSG(
                "corr_what",
                lang=lang,
                measure=local.measure,
                x=self.x,
                y=self.y,
                n=fmt(self.n, lang),
                value=local.interval_text(lang),
            ),
            local.verdict(lang),
            MSG("corr_not_cause", lang=lang, x=self.x, y=self.y),
            MSG("corr_confounders", lang=lang),
            MSG("corr_pearson_note" if self.method == "pearson" else "corr_rank_note", lang=lang),
        ]
        if self.n < MIN_GROUP_SIZE:
            sentences.append(
                MSG("corr_thin", lang=lang, x=self.x, y=self.y, n=self.n, k=MIN_GROUP_SIZE)
            )
        return sentences

    def plot(self, ax: Any = None) -> Any:
        """Scatter plot of ``y`` against ``x`` (at most 5,000 points, a seeded sample), titled
        with the correlation and its interval. Returns the matplotlib Axes."""
        from .._plotting import new_axes

        ax = new_axes(ax, height=3.6, width=4.8)
        if self._points is not None:
            xs, ys = self._points
            alpha = 0.6 if len(xs) < 500 else 0.25
            ax.scatter(xs, ys, s=10, alpha=alpha, color="#1f5c99", linewidths=0)
        ax.set_xlabel(self.x)
        ax.set_ylabel(self.y)
        lang = resolve_language(None)
        local = local_estimate(self.estimate, lang)
        ax.set_title(f"{local.measure}: {local.interval_text(lang)}", loc="left", fontsize="small")
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return ax


def correlate(
    data: pd.DataFrame,
    *,
    x: str,
    y: str,
    method: str = "pearson",
    conf_level: float = 0.95,
) -> CorrelateResult:
    """A correlation between two numeric columns, with its interval and what it cannot tell you.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per observation. Not modified.
    x, y : str
        The two numeric columns (0/1 columns are allowed).
    method : {"pearson", "spearman", "kendall"}, default "pearson"
        Pearson for straight-line association; Spearman or Kendall (rank correlations) for
        "goes up together" without assuming a straight line, and robust to outliers.
    conf_level : float, default 0.95
        Confidence level of the interval.

    Returns
    -------
    CorrelateResult
        With the fields ``estimate`` (:class:`~civicanalysis.Estimate`, measure e.g.
        ``"Pearson correlation"``, null 0), ``table`` (one row; columns ``estimate``,
        ``ci_low``, ``ci_high``, ``conf_level``, ``n``, ``p_value``, ``measure``, ``method``),
        ``x``, ``y``, ``method``, ``n`` (rows used) and ``caveats``. Its explanation always
        says that correlation is not causation, names a common cause, the reverse direction,
        selection and chance, and points to ``ca.check_confounders``.

    Raises
    ------
    ColumnNotFoundError, ColumnTypeError, MissingValuesError, ConstantColumnError
        A column is absent, not numeric, has missing or infinite values, or is constant.
    CollinearityError
        ``x`` and ``y`` are the same column.
    TooFewRowsError
        Fewer than 5 rows.

    Warns
    -----
    ThinDataWarning
        Fewer than 15 rows: too thin to carry a conclusion.

    See Also
    --------
    compare : differences between groups.
    check_confounders : whether another variable explains an association.

    Notes
    -----
    The interval uses Fisher's z transformation: for Pearson exactly as scipy's
    ``pearsonr(...).confidence_interval()``; for Spearman with the variance
    (1 + r²/2)/(n - 3) of Bonett & Wright (2000), for Kendall with 0.437/(n - 4) of Fieller,
    Hartley & Pearson (1957) (written out here because scipy and statsmodels give no interval for
    rank correlations). The rows are assumed independent (not repeated measurements of the same
    people or places) and, for Pearson, roughly normal without extreme outliers.

    References
    ----------
    .. [1] Bonett, D. G. & Wright, T. A. (2000). Sample size requirements for estimating
       Pearson, Kendall and Spearman correlations. Psychometrika 65, 23–28.
    .. [2] Fieller, E. C., Hartley, H. O. & Pearson, E. S. (1957). Tests for rank correlation
       coefficients. I. Biometrika 44, 470–481.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> desk = ca.datasets.load("passport_desk")
    >>> result = ca.correlate(desk, x="staff", y="wait_minutes")
    >>> round(result.estimate.value, 2), result.n
    (0.23, 2174)
    >>> "not causation" in result.explain()
    True
    """
    from scipy import stats

    data = check_dataframe(data, min_rows=1, purpose="a correlation")
    conf_level = check_fraction(conf_level)
    method = check_option(method, arg="method", options=CORRELATIONS)
    x_name = check_column_name(data, x, arg="x")
    y_name = check_column_name(data, y, arg="y")
    check_distinct([("x", x_name), ("y", y_name)])
    xs = check_column(data, x_name, arg="x", kind="numeric").to_numpy(dtype=float)
    ys = check_column(data, y_name, arg="y", kind="numeric").to_numpy(dtype=float)
    n = len(xs)
    if n < 5:
        raise TooFewRowsError(MSG("too_few_for_correlation", n=n, x=x_name, y=y_name))
    if method == "pearson":
        res = stats.pearsonr(xs, ys)
        ci = res.confidence_interval(confidence_level=conf_level)
        r, p, low, high = float(res.statistic), float(res.pvalue), float(ci.low), float(ci.high)
        how = "Fisher z interval"
    else:
        if method == "spearman":
            res = stats.spearmanr(xs, ys)
            r = float(res.statistic)
            se = math.sqrt((1 + r**2 / 2) / (n - 3))
            how = "Fisher z interval, Bonett-Wright variance"
        else:
            res = stats.kendalltau(xs, ys)
            r = float(res.statistic)
            se = math.sqrt(0.437 / (n - 4))
            how = "Fisher z interval, Fieller-Hartley-Pearson variance"
        p = float(res.pvalue)
        z = math.atanh(min(max(r, -0.999999999), 0.999999999))
        q = stats.norm.ppf(1 - (1 - conf_level) / 2)
        low, high = math.tanh(z - q * se), math.tanh(z + q * se)
    measure = {
        "pearson": "Pearson correlation",
        "spearman": "Spearman rank correlation",
        "kendall": "Kendall rank correlation",
    }[method]
    estimate = Estimate(
        measure,
        r,
        low,
        high,
        null=0.0,
        conf_level=conf_level,
        method=how,
        n=n,
        p_value=p,
        label=f"{x_name} ~ {y_name}",
    )
    caveats: list[str] = []
    if n < MIN_GROUP_SIZE:
        warn(
            ThinDataWarning,
            MSG("corr_thin", x=x_name, y=y_name, n=n, k=MIN_GROUP_SIZE),
            caveats,
        )
    table = pd.DataFrame(
        [
            {
                "estimate": r,
                "ci_low": low,
                "ci_high": high,
                "conf_level": conf_level,
                "n": n,
                "p_value": p,
                "measure": measure,
                "method": how,
            }
        ]
    )
    if n > 5000:
        pick = np.random.default_rng(0).choice(n, 5000, replace=False)
        points = (xs[pick], ys[pick])
    else:
        points = (xs, ys)
    return CorrelateResult(
        estimate=estimate,
        table=table,
        x=str(x_name),
        y=str(y_name),
        method=method,
        n=n,
        caveats=tuple(caveats),
        _points=points,
    )
