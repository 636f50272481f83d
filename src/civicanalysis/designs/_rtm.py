"""``ca.check_regression_to_the_mean``: how much of a drop in selected units to expect anyway."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from .._exceptions import InvalidOptionError, MissingValuesError, TooFewRowsError
from .._results import Estimate, ResultMixin, caveat_field, with_article
from .._text import fmt_pct
from .._validation import (
    check_column,
    check_column_name,
    check_dataframe,
    check_distinct,
    check_fraction,
    check_random_state,
)
from ._common import time_axis
from ._messages import MSG

N_BOOT = 2000
MIN_UNITS = 3
#: Share of (selected, other) pairs in which the selected unit has the higher value in the
#: selection period above which the selection counts as "on extreme values" (or below 1 − this).
EXTREME_AUC = 0.85


@dataclass(frozen=True)
class _RtmNumbers:
    n_units: int
    n_selected: int
    selected_before: float
    selected_after: float
    mean_before: float
    others_before: float
    r: float
    auc: float
    expected_regression: float
    common_change: float
    expected_change: float
    observed_change: float
    remainder: float


def _numbers(
    before: np.ndarray,
    after: np.ndarray,
    selected: np.ndarray,
    earlier: np.ndarray | None,
    *,
    with_auc: bool = True,
) -> _RtmNumbers:
    """The regression-to-the-mean arithmetic on unit means (one value per unit and period).

    Written out here because no library offers it: the expected regression of the selected units
    is (1 − r) × (their mean − the mean of all units) in the selection period (Barnett, van der
    Pols & Dobson 2005), with r the correlation of a unit's values from one period to the next.
    The other units' change, corrected for their own (opposite) regression, is the change all
    units share.
    """
    sel = selected.astype(bool)
    mu = before.mean()
    if earlier is not None:
        r = float(np.corrcoef(earlier, before)[0, 1])
    else:
        r = float(np.corrcoef(before[~sel], after[~sel])[0, 1])
    r = min(max(r, 0.0), 1.0) if np.isfinite(r) else 0.0
    sel_b, sel_a = before[sel].mean(), after[sel].mean()
    oth_b, oth_a = before[~sel].mean(), after[~sel].mean()
    expected_regression = -(1 - r) * (sel_b - mu)
    common = (oth_a - oth_b) + (1 - r) * (oth_b - mu)
    expected = common + expected_regression
    observed = sel_a - sel_b
    auc = selection_auc(before, sel) if with_auc else np.nan
    return _RtmNumbers(
        n_units=len(before),
        n_selected=int(sel.sum()),
        selected_before=float(sel_b),
        selected_after=float(sel_a),
        mean_before=float(mu),
        others_before=float(oth_b),
        r=r,
        auc=float(auc),
        expected_regression=float(expected_regression),
        common_change=float(common),
        expected_change=float(expected),
        observed_change=float(observed),
        remainder=float(observed - expected),
    )


def selection_auc(values: np.ndarray, selected: np.ndarray) -> float:
    """Share of (selected, other) pairs in which the selected unit has the higher value."""
    from scipy.stats import rankdata

    sel = selected.astype(bool)
    ranks = rankdata(values)
    n1, n0 = sel.sum(), (~sel).sum()
    if n1 == 0 or n0 == 0:
        return 0.5
    return float((ranks[sel].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def _bootstrap(
    before, after, selected, earlier, rng: np.random.Generator, n_boot: int, conf_level: float
) -> dict[str, tuple[float, float]]:
    """Percentile intervals from resampling units within the selected and the other units."""
    sel_idx = np.flatnonzero(selected)
    oth_idx = np.flatnonzero(~selected.astype(bool))
    names = ("expected_regression", "expected_change", "observed_change", "remainder")
    draws = {k: np.empty(n_boot) for k in names}
    for b in range(n_boot):
        idx = np.concatenate([rng.choice(sel_idx, len(sel_idx)), rng.choice(oth_idx, len(oth_idx))])
        num = _numbers(
            before[idx],
            after[idx],
            selected[idx],
            None if earlier is None else earlier[idx],
            with_auc=False,
        )
        for k in names:
            draws[k][b] = getattr(num, k)
    alpha = 1 - conf_level
    return {
        k: (float(np.quantile(v, alpha / 2)), float(np.quantile(v, 1 - alpha / 2)))
        for k, v in draws.items()
    }


#: Catalog keys of the row names in ``RegressionToMeanResult.table["quantity"]``.
_QUANTITY_KEYS = (
    "row_sel_before",
    "row_sel_after",
    "row_all_before",
    "row_r",
    "measure_rtm",
    "measure_expected",
    "measure_observed",
    "measure_remainder",
)


@dataclass(frozen=True, eq=False, repr=False)
class RegressionToMeanResult(ResultMixin):
    """The result of :func:`check_regression_to_the_mean`; see that function for every field."""

    estimate: Estimate
    expected_change: Estimate
    observed_change: Estimate
    remainder: Estimate
    table: pd.DataFrame
    outcome: str
    r: float
    r_source: str
    extreme_selection: bool
    n_units: int
    n_selected: int
    selected_before: float
    selected_after: float
    mean_before: float
    before: tuple
    after: tuple
    design: str = "regression-to-the-mean"
    caveats: tuple[str, ...] = caveat_field()
    rung: ClassVar[str] = "information"

    def _display_value(self, column: str, value: Any, lang: str) -> Any:
        """The table keeps English row names (for code); the display says them in ``lang``."""
        if column == "quantity" and isinstance(value, str):
            for key in _QUANTITY_KEYS:
                if MSG(key, lang="en") == value:
                    return MSG(key, lang=lang)
        return value

    def _title(self, lang: str) -> str:
        return MSG("rtm_title", lang=lang, outcome=self.outcome)

    def _local(self, est: Estimate, key: str, lang: str) -> str:
        return with_article(MSG(key, lang=lang), lang) + " " + est.interval_text(lang)

    def _explain_sentences(self, lang: str) -> list[str]:
        source = (
            MSG(
                "rtm_source_earlier", lang=lang, earlier=self.r_source, before=_periods(self.before)
            )
            if self.r_source != "comparison"
            else MSG("rtm_source_comparison", lang=lang)
        )
        out = [
            MSG(
                "rtm_what",
                lang=lang,
                n_sel=self.n_selected,
                sel=self.selected_before,
                outcome=self.outcome,
                before=_periods(self.before),
                mean=self.mean_before,
                n=self.n_units,
                r=self.r,
                source=source,
            )
        ]
        if not self.extreme_selection:
            out.append(MSG("rtm_not_extreme", lang=lang))
        out.append(
            MSG(
                "rtm_expected",
                lang=lang,
                rtm=self.estimate.interval_text(lang),
                expected=self.expected_change.interval_text(lang),
                observed=self.observed_change.interval_text(lang),
            )
        )
        if self.observed_change.value != 0 and np.sign(self.expected_change.value) == np.sign(
            self.observed_change.value
        ):
            share = self.expected_change.value / self.observed_change.value
            if share >= 1:
                out.append(MSG("rtm_share_all", lang=lang))
            else:
                out.append(MSG("rtm_share", lang=lang, share=fmt_pct(share, lang, 2)))
        out.append(
            self.remainder.verdict(
                lang,
                effect=MSG("effect_change", lang=lang),
                measure=MSG("measure_remainder", lang=lang),
            )
        )
        out.append(MSG("rtm_not_show", lang=lang))
        return out

    def plot(self, ax: Any = None) -> Any:
        """The observed change, the change expected without a policy and what remains."""
        from .._plotting import interval_plot
        from .._text import resolve_language

        lang = resolve_language(None)
        ests = [self.observed_change, self.expected_change, self.estimate, self.remainder]
        keys = ["measure_observed", "measure_expected", "measure_rtm", "measure_remainder"]
        return interval_plot(
            [MSG(k, lang=lang) for k in keys],
            [e.value for e in ests],
            [e.ci_low for e in ests],
            [e.ci_high for e in ests],
            null=0.0,
            xlabel=str(self.outcome),
            colors=["#1f5c99", "#777777", "#b34700", "#2e7d32"],
            ax=ax,
        )


def _periods(values: tuple) -> str:
    return ", ".join(str(v) for v in values)


def _as_list(value: Any) -> list:
    if isinstance(value, (list, tuple, set, np.ndarray, pd.Index, pd.Series)):
        return list(value)
    return [value]


def _period_codes(axis, values: list, *, arg: str, col: Hashable) -> list[int]:
    codes = []
    for v in values:
        try:
            i = axis.index_of(v)
        except (TypeError, ValueError):
            i = axis.n
        if i >= axis.n or axis.label(i) != _plain(v, axis):
            raise InvalidOptionError(
                MSG(
                    "period_not_in_data",
                    arg=arg,
                    value=v,
                    col=col,
                    first=axis.label(0),
                    last=axis.label(axis.n - 1),
                )
            )
        codes.append(i)
    return codes


def _plain(value: Any, axis) -> Any:
    if np.issubdtype(axis.values.dtype, np.datetime64):
        return pd.Timestamp(value).date().isoformat()
    if isinstance(value, (np.integer, np.floating)):
        return value.item()
    return value


def unit_means(
    y: np.ndarray, unit_codes: np.ndarray, period_mask: np.ndarray, n_units: int
) -> tuple[np.ndarray, np.ndarray]:
    """Mean outcome per unit over the rows in ``period_mask`` and how many rows each unit had."""
    sums = np.bincount(unit_codes[period_mask], weights=y[period_mask], minlength=n_units)
    counts = np.bincount(unit_codes[period_mask], minlength=n_units)
    with np.errstate(invalid="ignore", divide="ignore"):
        return sums / counts, counts


def check_regression_to_the_mean(
    data: pd.DataFrame,
    *,
    outcome: str,
    unit: str,
    time: str,
    selected: str,
    before: Any,
    after: Any,
    conf_level: float = 0.95,
    random_state: Any = None,
) -> RegressionToMeanResult:
    """How much of the change in units chosen for extreme values to expect without any policy.

    Units picked because their numbers were extreme (the neighbourhoods with the most reports
    last year, the squares with the most vandalism) will usually show less extreme numbers the
    next period even if nothing is done: part of what made them extreme was chance, and chance
    does not repeat. This is regression to the mean. The function estimates how large that fall
    is expected to be, adds the change the other units show over the same periods, and compares
    the total with the change actually observed in the selected units.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per unit and period (long format), e.g. reports per neighbourhood per year.
    outcome : str
        Numeric column measured in every period (counts, rates, averages).
    unit : str
        Column identifying the unit (neighbourhood, square, school).
    time : str
        Column with the period (numbers, dates or pandas periods).
    selected : str
        0/1 column: 1 for the units that were chosen (hotspots), the same in every row of a unit.
    before : period or list of periods
        The period(s) on which the units were selected (e.g. last year).
    after : period or list of periods
        The follow-up period(s) in which the change is measured.
    conf_level : float, default 0.95
        Confidence level of the bootstrap intervals.
    random_state : int, numpy Generator or None
        Seed of the bootstrap over units (None: the package's fixed seed).

    Returns
    -------
    RegressionToMeanResult
        ``estimate`` (change expected from regression to the mean alone, an :class:`Estimate`),
        ``expected_change`` (that plus the change the other units show: what to expect without
        any policy), ``observed_change`` (the selected units' observed change), ``remainder``
        (observed minus expected: what regression to the mean and the general change do not
        explain), ``r`` (correlation of a unit's values between periods), ``r_source`` (the
        earlier period it was measured on, or ``"comparison"`` when it comes from the units that
        were not selected), ``extreme_selection`` (True when the selected units stood out in the
        selection period), ``n_units``, ``n_selected``, ``selected_before``, ``selected_after``,
        ``mean_before`` (all units, selection period), ``before`` and ``after`` (the periods),
        ``design`` (``"regression-to-the-mean"``), ``outcome``, a tidy ``table`` (columns
        ``quantity, estimate, ci_low, ci_high, conf_level, n, method``), ``caveats``,
        ``explain()`` and ``plot()``.

    Raises
    ------
    InvalidOptionError
        When ``before`` or ``after`` is not a period in the data, or they overlap.
    MissingValuesError
        When a unit has no value in the selection or follow-up period, or ``time`` has gaps.
    TooFewRowsError
        With fewer than 3 selected or 3 other units.

    See Also
    --------
    difference_in_differences : runs this check itself when the pilot units were chosen on
        extreme values.

    Notes
    -----
    The correlation r is measured, when the data allow, between the period just before the
    selection period and the selection period itself, over all units: both are before any policy,
    so r is the plain test–retest correlation. Otherwise it comes from the units that were not
    selected (before against after), which tends to underestimate r (their values cover a
    narrower range) and so overstate the expected regression; a caveat says so. The expected
    regression (1 − r) × (selected mean − overall mean) assumes the outcome varies about equally
    in both periods.

    References
    ----------
    Barnett, A. G., van der Pols, J. C. and Dobson, A. J. (2005). Regression to the mean: what it
    is and how to deal with it. *International Journal of Epidemiology* 34(1), 215–220.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> df = ca.datasets.load("camera_hotspots")
    >>> yearly = df.groupby(["neighbourhood", "year", "camera"], as_index=False)["meldingen"].sum()
    >>> res = ca.check_regression_to_the_mean(yearly, outcome="meldingen", unit="neighbourhood",
    ...     time="year", selected="camera", before=2024, after=2025)
    >>> res.extreme_selection, res.estimate.value < 0
    (True, True)
    """
    data = check_dataframe(data)
    conf_level = check_fraction(conf_level)
    rng = check_random_state(random_state)
    for arg, col in (("outcome", outcome), ("unit", unit), ("time", time), ("selected", selected)):
        check_column_name(data, col, arg=arg)
    check_distinct([("outcome", outcome), ("unit", unit), ("time", time), ("selected", selected)])
    y = check_column(data, outcome, arg="outcome", kind="numeric").to_numpy(dtype=float)
    sel_rows = check_column(data, selected, arg="selected", kind="binary").to_numpy()
    units = check_column(data, unit, arg="unit", kind="category")
    axis = time_axis(data, time)
    codes_u, uniq_u = pd.factorize(units, sort=True)
    n_units = len(uniq_u)
    sel_unit = np.zeros(n_units)
    np.maximum.at(sel_unit, codes_u, sel_rows)
    varies = sel_unit[codes_u] != sel_rows
    if varies.any():
        raise InvalidOptionError(
            MSG("rtm_selected_varies", col=selected, unit=units.iloc[int(np.argmax(varies))])
        )
    b_list, a_list = _as_list(before), _as_list(after)
    b_codes = _period_codes(axis, b_list, arg="before", col=time)
    a_codes = _period_codes(axis, a_list, arg="after", col=time)
    both = sorted(set(b_codes) & set(a_codes))
    if both:
        raise InvalidOptionError(
            MSG(
                "rtm_overlap",
                before=before,
                after=after,
                both=", ".join(str(axis.label(i)) for i in both),
            )
        )
    t = axis.codes
    xb, nb = unit_means(y, codes_u, np.isin(t, b_codes), n_units)
    xa, na = unit_means(y, codes_u, np.isin(t, a_codes), n_units)
    for which, counts in (("which_before", nb), ("which_after", na)):
        missing = np.flatnonzero(counts == 0)
        if len(missing):
            raise MissingValuesError(
                MSG("rtm_missing_unit", n=len(missing), which=MSG(which), unit=uniq_u[missing[0]])
            )
    sel = sel_unit.astype(bool)
    for which, k in (("which_selected", int(sel.sum())), ("which_other", int((~sel).sum()))):
        if k < MIN_UNITS:
            raise TooFewRowsError(MSG("rtm_few_units", n=k, which=MSG(which), min_k=MIN_UNITS))
    earlier = None
    r_source = "comparison"
    first_b = min(b_codes)
    if first_b > 0 and first_b - 1 not in a_codes:
        xe, ne = unit_means(y, codes_u, t == first_b - 1, n_units)
        if (ne > 0).all():
            earlier, r_source = xe, str(axis.label(first_b - 1))
    return rtm_result(
        xb,
        xa,
        sel,
        earlier,
        outcome=str(outcome),
        r_source=r_source,
        before=tuple(axis.label(i) for i in sorted(b_codes)),
        after=tuple(axis.label(i) for i in sorted(a_codes)),
        conf_level=conf_level,
        rng=rng,
    )


def rtm_result(
    xb: np.ndarray,
    xa: np.ndarray,
    sel: np.ndarray,
    earlier: np.ndarray | None,
    *,
    outcome: str,
    r_source: str,
    before: Sequence,
    after: Sequence,
    conf_level: float,
    rng: np.random.Generator,
    n_boot: int = N_BOOT,
) -> RegressionToMeanResult:
    """Build the result from unit means (used by the public function and by the designs)."""
    num = _numbers(xb, xa, sel, earlier)
    ci = _bootstrap(xb, xa, sel, earlier, rng, n_boot, conf_level)
    method = MSG("method_bootstrap", lang="en", b=n_boot)
    n = num.n_units

    def est(name: str, key: str) -> Estimate:
        lo, hi = ci[name]
        return Estimate(
            MSG(key, lang="en"),
            getattr(num, name),
            lo,
            hi,
            null=0.0,
            conf_level=conf_level,
            method=method,
            n=n,
            label=outcome,
        )

    estimate = est("expected_regression", "measure_rtm")
    expected = est("expected_change", "measure_expected")
    observed = est("observed_change", "measure_observed")
    remainder = est("remainder", "measure_remainder")
    rows = [
        (MSG("row_sel_before", lang="en"), num.selected_before, np.nan, np.nan, num.n_selected),
        (MSG("row_sel_after", lang="en"), num.selected_after, np.nan, np.nan, num.n_selected),
        (MSG("row_all_before", lang="en"), num.mean_before, np.nan, np.nan, n),
        (MSG("row_r", lang="en"), num.r, np.nan, np.nan, n),
    ] + [
        (e.measure, e.value, e.ci_low, e.ci_high, n)
        for e in (estimate, expected, observed, remainder)
    ]
    table = pd.DataFrame(rows, columns=["quantity", "estimate", "ci_low", "ci_high", "n"])
    table["conf_level"] = conf_level
    table["method"] = [""] * 4 + [method] * 4
    table = table[["quantity", "estimate", "ci_low", "ci_high", "conf_level", "n", "method"]]
    extreme = num.auc >= EXTREME_AUC or num.auc <= 1 - EXTREME_AUC
    caveats = []
    if r_source == "comparison":
        caveats.append(MSG("rtm_range_caveat"))
    return RegressionToMeanResult(
        estimate=estimate,
        expected_change=expected,
        observed_change=observed,
        remainder=remainder,
        table=table,
        outcome=outcome,
        r=num.r,
        r_source=r_source,
        extreme_selection=bool(extreme),
        n_units=n,
        n_selected=num.n_selected,
        selected_before=num.selected_before,
        selected_after=num.selected_after,
        mean_before=num.mean_before,
        before=tuple(before),
        after=tuple(after),
        caveats=tuple(caveats),
    )
