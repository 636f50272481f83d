"""``ca.plan_pilot``: draw the pilot group at random and say what the pilot can detect."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from .._exceptions import InvalidOptionError, TooFewRowsError
from .._results import Estimate, ResultMixin, caveat_field
from .._text import fmt_pct
from .._validation import (
    check_column,
    check_column_name,
    check_dataframe,
    check_fraction,
    check_random_state,
)
from ._messages import MSG

SMD_LIMIT = 0.1


@dataclass(frozen=True, eq=False, repr=False)
class PilotResult(ResultMixin):
    """The result of :func:`plan_pilot`; see that function for every field."""

    assignment: pd.DataFrame
    table: pd.DataFrame
    n_units: int
    n_treated: int
    n_comparison: int
    strata: str | None
    outcome: str | None
    mde: float | None
    effect: float | None
    n_needed: int | None
    periods: float
    icc: float | None
    design_effect: float | None
    sd_unit: float | None
    outcome_mean: float | None
    alpha: float
    power: float
    random_state: Any
    max_std_diff: float
    max_std_diff_variable: str
    estimate: Estimate | None = None
    design: str = "pilot"
    caveats: tuple[str, ...] = caveat_field()
    rung: ClassVar[str] = "data"
    _show_plot_in_html: ClassVar[bool] = False

    def _title(self, lang: str) -> str:
        return MSG("pilot_title", lang=lang)

    def _explain_sentences(self, lang: str) -> list[str]:
        strata = MSG("pilot_strata", lang=lang, col=self.strata) if self.strata else ""
        out = [
            MSG(
                "pilot_assign",
                lang=lang,
                n_t=self.n_treated,
                n=self.n_units,
                seed=str(self.random_state),
                strata=strata,
                n_c=self.n_comparison,
            )
        ]
        if self.max_std_diff_variable:
            key = "pilot_balance_ok" if self.max_std_diff < SMD_LIMIT else "pilot_balance_bad"
            out.append(MSG(key, lang=lang, smd=self.max_std_diff, var=self.max_std_diff_variable))
        if self.outcome is None:
            out.append(MSG("pilot_no_outcome", lang=lang))
        else:
            if self.periods > 1 and self.design_effect is not None:
                total = self.n_units * self.periods
                out.append(
                    MSG(
                        "pilot_deff",
                        lang=lang,
                        m=round(self.periods, 1) if self.periods % 1 else int(self.periods),
                        icc=self.icc,
                        total=round(total),
                        eff=round(total / self.design_effect),
                        deff=self.design_effect,
                    )
                )
            if self.effect is not None and self.n_needed is not None:
                enough = self.n_needed <= min(self.n_treated, self.n_comparison)
                out.append(
                    MSG(
                        "pilot_needed",
                        lang=lang,
                        effect=self.effect,
                        outcome=self.outcome,
                        power=self.power,
                        alpha=self.alpha,
                        need=self.n_needed,
                        n_t=self.n_treated,
                        enough=MSG("pilot_enough" if enough else "pilot_not_enough", lang=lang),
                    )
                )
            if self.mde is not None:
                pct = (
                    fmt_pct(self.mde / abs(self.outcome_mean), lang, 2)
                    if self.outcome_mean
                    else "–"
                )
                out.append(
                    MSG(
                        "pilot_mde",
                        lang=lang,
                        alpha=self.alpha,
                        power=self.power,
                        mde=self.mde,
                        outcome=self.outcome,
                        pct=pct,
                        mean=self.outcome_mean,
                    )
                )
        out.append(MSG("pilot_cannot", lang=lang))
        return out


def _icc(values: np.ndarray, groups: np.ndarray) -> tuple[float, float]:
    """One-way ANOVA intraclass correlation and mean group size.

    Hand-written (a few lines) because statsmodels has no ICC for unbalanced groups; this is the
    usual ANOVA estimator with the adjusted group size n0 (Donner 1986), clipped to [0, 1].
    """
    codes, _ = pd.factorize(groups)
    k = codes.max() + 1
    n_i = np.bincount(codes).astype(float)
    n = len(values)
    means = np.bincount(codes, weights=values) / n_i
    grand = values.mean()
    msb = (n_i * (means - grand) ** 2).sum() / max(k - 1, 1)
    msw = ((values - means[codes]) ** 2).sum() / max(n - k, 1)
    n0 = (n - (n_i**2).sum() / n) / max(k - 1, 1)
    denom = msb + (n0 - 1) * msw
    icc = (msb - msw) / denom if denom > 0 else 0.0
    return float(min(max(icc, 0.0), 1.0)), float(n / k)


def _std_diff(a: np.ndarray, b: np.ndarray) -> float:
    pooled = math.sqrt((np.var(a, ddof=1) + np.var(b, ddof=1)) / 2) if len(a) > 1 else 0.0
    return float(abs(a.mean() - b.mean()) / pooled) if pooled > 0 else 0.0


def plan_pilot(
    units: pd.DataFrame,
    *,
    n_treated: int | None = None,
    share: float | None = None,
    strata: str | None = None,
    outcome: str | None = None,
    effect: float | None = None,
    alpha: float = 0.05,
    power: float = 0.8,
    random_state: Any = None,
    unit: str | None = None,
) -> PilotResult:
    """Draw a pilot group at random and work out what the pilot will be able to detect.

    Random assignment is what lets a pilot be read as a test: the pilot and comparison groups
    then differ only by chance and by the policy. The plan draws the pilot units (within strata
    if asked), shows a balance table, and from the outcome's history gives the smallest effect
    the pilot can detect (or the number of units needed for a given effect), taking into account
    that repeated measurements of one unit hang together.

    Parameters
    ----------
    units : pandas.DataFrame
        One row per unit (square, school, neighbourhood); or, with ``unit``, the outcome's
        history in long format (one row per unit and period).
    n_treated : int, optional
        How many units get the pilot.
    share : float, optional
        Or the share of units that get it (default 0.5 when neither is given).
    strata : str, optional
        Column to stratify on: the draw is made within each of its groups (e.g. district), so
        both groups get the same mix.
    outcome : str, optional
        Numeric column with the outcome's history (e.g. incidents per month), for the power
        calculation.
    effect : float, optional
        An effect worth detecting, in the outcome's units per period (e.g. ``-2`` incidents); the
        plan then says how many units per group are needed.
    alpha : float, default 0.05
        Significance level of the planned two-sided test.
    power : float, default 0.8
        Chance of detecting an effect of the planned size.
    random_state : int, numpy Generator or None
        Seed of the draw (None: the package's fixed seed). Write it down: it makes the
        assignment reproducible.
    unit : str, optional
        Column identifying the unit when ``units`` holds several rows per unit.

    Returns
    -------
    PilotResult
        ``assignment`` (one row per unit: the unit, ``treated`` 0/1, ``group`` "pilot" or
        "comparison", and the stratum), ``table`` (the balance table: ``variable, pilot,
        comparison, std_diff, units_pilot, units_comparison``), ``n_units``, ``n_treated``,
        ``n_comparison``, ``strata``, ``outcome``, ``mde`` (minimum detectable effect per
        period, in the outcome's units), ``effect`` and ``n_needed`` (units per group for it),
        ``periods`` (measurements per unit), ``icc`` (intraclass correlation of the
        measurements), ``design_effect`` (1 + (periods − 1) × icc), ``sd_unit`` (standard
        deviation of a unit's mean over the periods), ``outcome_mean``, ``alpha``, ``power``,
        ``random_state``, ``max_std_diff`` and ``max_std_diff_variable`` (the largest imbalance),
        ``estimate`` (None: a plan estimates nothing yet), ``design`` (``"pilot"``), ``caveats``
        and ``explain()``.

    Raises
    ------
    InvalidOptionError
        When both ``n_treated`` and ``share`` are given, ``n_treated`` is out of range,
        ``effect`` is 0 or given without ``outcome``.
    TooFewRowsError
        With fewer than 4 units, or a stratum with fewer than 2.

    See Also
    --------
    difference_in_differences : evaluate the pilot once it has run.

    Notes
    -----
    The power calculation uses statsmodels' ``TTestIndPower`` on unit means: with ``m``
    measurements per unit and intraclass correlation ``icc``, a unit's mean varies with variance
    σ² (1 + (m − 1) icc) / m, where 1 + (m − 1) icc is the design effect (Donner and Klar 2000).
    A comparison of the change from before to after (difference-in-differences) removes the
    lasting differences between units and can detect somewhat smaller effects; the figure here
    is on the safe side.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> history = ca.datasets.load("square_lighting")
    >>> before = history[history["month"] <= 12]
    >>> plan = ca.plan_pilot(before, unit="square", n_treated=20, strata="district",
    ...     outcome="incidents", random_state=1)
    >>> plan.n_treated, plan.design_effect > 1
    (20, True)
    """
    units = check_dataframe(units, arg="units")
    alpha = check_fraction(alpha, arg="alpha")
    power = check_fraction(power, arg="power")
    rng = check_random_state(random_state)
    if n_treated is not None and share is not None:
        raise InvalidOptionError(MSG("pilot_both_sizes", n=n_treated, share=share))
    first, id_values, id_name, n_t = _pilot_units(units, unit, n_treated, share)
    n_units = len(first)
    treated, n_t = _pilot_draw(units, first, strata, n_t, rng)
    assignment = pd.DataFrame(
        {
            id_name: id_values,
            "treated": treated,
            "group": np.where(treated == 1, "pilot", "comparison"),
        }
    )
    if strata is not None:
        assignment[str(strata)] = first[strata].to_numpy()
    plan, balance_rows = _pilot_power(
        units, unit, outcome, effect, alpha, power, id_values, treated, n_t
    )
    table = _pilot_balance(units, first, unit, outcome, strata, treated, balance_rows)
    worst = table.loc[table["std_diff"].idxmax()] if len(table) else None
    seed = random_state if random_state is None or isinstance(random_state, int) else "Generator"
    return PilotResult(
        assignment=assignment,
        table=table,
        n_units=n_units,
        n_treated=n_t,
        n_comparison=n_units - n_t,
        strata=strata,
        outcome=outcome,
        mde=plan.mde,
        effect=None if effect is None else float(effect),
        n_needed=plan.n_needed,
        periods=plan.periods,
        icc=plan.icc,
        design_effect=plan.deff,
        sd_unit=plan.sd_unit,
        outcome_mean=plan.mean_y,
        alpha=alpha,
        power=power,
        random_state=seed,
        max_std_diff=float(worst["std_diff"]) if worst is not None else 0.0,
        max_std_diff_variable=str(worst["variable"]) if worst is not None else "",
    )


def _pilot_units(
    units: pd.DataFrame, unit: str | None, n_treated: int | None, share: float | None
) -> tuple[pd.DataFrame, np.ndarray, str, int]:
    """One row per unit, the units' ids, the id column's name and the pilot group's size."""
    if unit is not None:
        ids = check_column(units, unit, arg="unit", kind="category")
        first = units.loc[~ids.duplicated().to_numpy()]
        id_values = first[unit].to_numpy()
        id_name = str(unit)
    else:
        first = units
        id_values = units.index.to_numpy()
        id_name = units.index.name or "unit"
    n_units = len(first)
    if n_units < 4:
        raise TooFewRowsError(MSG("pilot_too_few", total=n_units))
    if n_treated is None:
        frac = 0.5 if share is None else check_fraction(share, arg="share")
        n_t = round(frac * n_units)
        n_t = min(max(n_t, 1), n_units - 1)
    else:
        if (
            isinstance(n_treated, bool)
            or not isinstance(n_treated, (int, np.integer))
            or not 1 <= n_treated <= n_units - 1
        ):
            raise InvalidOptionError(
                MSG("pilot_bad_n", n=n_treated, max_n=n_units - 1, total=n_units)
            )
        n_t = int(n_treated)
    return first, id_values, id_name, n_t


def _pilot_draw(
    units: pd.DataFrame, first: pd.DataFrame, strata: str | None, n_t: int, rng: Any
) -> tuple[np.ndarray, int]:
    """The draw (within strata when given); returns the 0/1 assignment and the pilot's size."""
    n_units = len(first)
    treated = np.zeros(n_units, dtype=int)
    if strata is not None:
        check_column_name(units, strata, arg="strata")
        labels = first[strata].astype(str).to_numpy()
        levels, sizes = np.unique(labels, return_counts=True)
        for level, size in zip(levels, sizes, strict=True):
            if size < 2:
                raise TooFewRowsError(
                    MSG("pilot_stratum_small", stratum=level, col=strata, n=int(size))
                )
        quota = sizes * n_t / n_units
        alloc = np.floor(quota).astype(int)
        for i in np.argsort(-(quota - alloc), kind="stable")[: n_t - alloc.sum()]:
            alloc[i] += 1
        alloc = np.clip(alloc, 1, sizes - 1)
        for level, k in zip(levels, alloc, strict=True):
            members = np.flatnonzero(labels == level)
            treated[rng.choice(members, size=int(k), replace=False)] = 1
        n_t = int(treated.sum())
    else:
        treated[rng.choice(n_units, size=n_t, replace=False)] = 1
    return treated, n_t


@dataclass
class _PilotPower:
    """What the outcome's history says the pilot can detect (all None without an outcome)."""

    mde: float | None = None
    n_needed: int | None = None
    icc: float | None = None
    deff: float | None = None
    sd_unit: float | None = None
    mean_y: float | None = None
    periods: float = 1.0


def _pilot_power(
    units: pd.DataFrame,
    unit: str | None,
    outcome: str | None,
    effect: float | None,
    alpha: float,
    power: float,
    id_values: np.ndarray,
    treated: np.ndarray,
    n_t: int,
) -> tuple[_PilotPower, list]:
    """Outcome history: unit means, intraclass correlation, design effect, power.

    Returns the plan and the outcome's balance row (none without an outcome).
    """
    plan = _PilotPower()
    balance_rows = []
    n_units = len(id_values)
    unit_index = {v: i for i, v in enumerate(id_values)}
    if effect is not None and outcome is None:
        raise InvalidOptionError(MSG("pilot_effect_no_outcome", effect=effect))
    if outcome is not None:
        y = check_column(units, outcome, arg="outcome", kind="numeric").to_numpy(dtype=float)
        groups = units[unit].map(unit_index).to_numpy() if unit is not None else np.arange(len(y))
        unit_mean = np.bincount(groups, weights=y) / np.bincount(groups)
        sd_total = float(np.std(y, ddof=1))
        plan.mean_y = float(y.mean())
        if unit is not None and len(y) > n_units:
            plan.icc, plan.periods = _icc(y, groups)
            plan.deff = 1 + (plan.periods - 1) * plan.icc
            plan.sd_unit = sd_total * math.sqrt(plan.deff / plan.periods)
        else:
            plan.sd_unit = sd_total
        from statsmodels.stats.power import TTestIndPower

        solver = TTestIndPower()
        n_c = n_units - n_t
        d = solver.solve_power(
            effect_size=None, nobs1=n_t, alpha=alpha, power=power, ratio=n_c / n_t
        )
        plan.mde = float(d * plan.sd_unit)
        if effect is not None:
            if (
                isinstance(effect, bool)
                or not isinstance(effect, (int, float, np.number))
                or (effect == 0)
            ):
                raise InvalidOptionError(MSG("pilot_effect_zero", effect=effect))
            need = solver.solve_power(
                effect_size=abs(float(effect)) / plan.sd_unit,
                nobs1=None,
                alpha=alpha,
                power=power,
                ratio=1.0,
            )
            plan.n_needed = math.ceil(float(need))
        balance_rows.append((str(outcome), unit_mean[treated == 1], unit_mean[treated == 0]))
    return plan, balance_rows


def _pilot_balance(
    units: pd.DataFrame,
    first: pd.DataFrame,
    unit: str | None,
    outcome: str | None,
    strata: str | None,
    treated: np.ndarray,
    balance_rows: list,
) -> pd.DataFrame:
    """The balance table: the outcome, every numeric unit property and the strata's shares."""
    for col in first.columns:
        if col in (unit, outcome, strata):
            continue
        series = first[col]
        if unit is not None and units.groupby(unit, sort=False)[col].nunique().max() > 1:
            continue  # changes over time within a unit: not a property of the unit
        if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
            values = series.to_numpy(dtype=float)
            if np.isfinite(values).all() and np.unique(values).size > 1:
                balance_rows.append((str(col), values[treated == 1], values[treated == 0]))
    if strata is not None:
        labels = first[strata].astype(str).to_numpy()
        for level in np.unique(labels):
            share_col = (labels == level).astype(float)
            balance_rows.append(
                (f"{strata} = {level}", share_col[treated == 1], share_col[treated == 0])
            )
    return pd.DataFrame(
        [
            {
                "variable": name,
                "pilot": float(a.mean()),
                "comparison": float(b.mean()),
                "std_diff": _std_diff(a, b),
                "units_pilot": len(a),
                "units_comparison": len(b),
            }
            for name, a, b in balance_rows
        ],
        columns=["variable", "pilot", "comparison", "std_diff", "units_pilot", "units_comparison"],
    )
