"""Time-to-event comparisons: does one group get the event sooner than another?

:func:`compare_survival` tests a claim such as "boys who are truant reoffend sooner" the way the
standard references do: Kaplan–Meier curves per group with intervals, and a Cox proportional-hazards
model (Efron's method for tied times), unadjusted and adjusted for the real drivers. The headline is
a hazard ratio (an :class:`~civicanalysis.Estimate` with ``null=1``), so it plugs into any code that
reads estimates, such as ``ca.Hypothesis``.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from ._config import get_option
from ._exceptions import (
    InvalidOptionError,
    PerfectSeparationError,
    ThinDataWarning,
    TooFewRowsError,
)
from ._results import Estimate, ResultMixin, caveat_field, warn
from ._text import Catalog, fmt, fmt_pct
from ._validation import (
    check_column,
    check_column_name,
    check_dataframe,
    check_distinct,
    check_fraction,
)

__all__ = ["SurvivalResult", "compare_survival"]

MSG = Catalog(
    "survival",
    {
        "title": {
            "en": "Time to event by {by}: Kaplan–Meier curves and Cox model",
            "nl": "Tijd tot gebeurtenis naar {by}: Kaplan–Meiercurves en Coxmodel",
        },
        "negative_duration": {
            "en": "duration={col!r} has {k} negative value(s) (smallest {low}); a time to an event "
            "cannot be negative. Check how the duration was computed (end date minus start date).",
            "nl": "duration={col!r} heeft {k} negatieve waarde(n) (kleinste {low}); een tijd tot een "
            "gebeurtenis kan niet negatief zijn. Controleer hoe de duur is berekend (einddatum min "
            "begindatum).",
        },
        "timedelta_duration": {
            "en": "duration={col!r} holds time spans ({dtype}), not numbers. Convert it to a number "
            "of days first, e.g. data[{col!r}].dt.days, in a copy of the data.",
            "nl": "duration={col!r} bevat tijdsduren ({dtype}), geen getallen. Zet die eerst om "
            "naar een aantal dagen, bijvoorbeeld data[{col!r}].dt.days, in een kopie van de data.",
        },
        "small_group": {
            "en": "by={by!r} has a group {level!r} with {n} rows, fewer than the minimum cell size "
            "of {k}; no curve or rate is reported for so few people, both to protect them and "
            "because it would be too uncertain to mean anything. Merge it with a similar group, "
            "or leave it out explicitly (data[data[{by!r}] != {level!r}]) and report that you did.",
            "nl": "by={by!r} heeft een groep {level!r} met {n} rijen, minder dan de minimale "
            "celgrootte van {k}; voor zo weinig mensen wordt geen curve of percentage gemeld, om hen "
            "te beschermen en omdat het te onzeker is om iets te betekenen. Voeg de groep samen met "
            "een vergelijkbare groep, of laat haar bewust weg (data[data[{by!r}] != {level!r}]) en "
            "meld dat.",
        },
        "no_events_group": {
            "en": "by={by!r}: group {level!r} has no events at all ({n} rows), so no hazard ratio "
            "can be estimated for it (it would be zero with an infinite interval). Merge it with a "
            "similar group or compare the other groups only.",
            "nl": "by={by!r}: groep {level!r} heeft helemaal geen gebeurtenissen ({n} rijen), dus "
            "er valt geen hazard ratio voor te schatten (die zou nul zijn met een oneindig "
            "interval). Voeg de groep samen met een vergelijkbare groep of vergelijk alleen de "
            "andere groepen.",
        },
        "bad_reference": {
            "en": "reference={value!r} is not a value of by={by!r}; the values are {levels}.",
            "nl": "reference={value!r} is geen waarde van by={by!r}; de waarden zijn {levels}.",
        },
        "few_events": {
            "en": "Group {level!r} has only {k} events; its curve and hazard ratio are very "
            "uncertain. Treat them as a first look, not as a result.",
            "nl": "Groep {level!r} heeft maar {k} gebeurtenissen; de curve en de hazard ratio zijn "
            "erg onzeker. Zie ze als een eerste verkenning, niet als uitkomst.",
        },
        "ph_violated": {
            "en": "The proportional-hazards assumption looks violated for {term} (the Schoenfeld "
            "residuals drift with time, correlation {rho}, p = {p}): the hazard ratio is then an "
            "average over the follow-up, and the groups may differ early but not late (or the "
            "reverse). Look at the Kaplan–Meier curves before quoting one number.",
            "nl": "De aanname van proportionele hazards lijkt geschonden voor {term} (de "
            "Schoenfeld-residuen verlopen met de tijd, correlatie {rho}, p = {p}): de hazard ratio "
            "is dan een gemiddelde over de follow-up, en de groepen kunnen vroeg verschillen maar "
            "laat niet (of andersom). Bekijk de Kaplan–Meiercurves voordat u één getal noemt.",
        },
        "separation": {
            "en": "The Cox model for {by!r} did not give a finite hazard ratio ({value}); usually "
            "one group has (almost) no events, or an adjustment variable predicts the event "
            "perfectly. Check the groups' event counts and the adjustment variables.",
            "nl": "Het Coxmodel voor {by!r} gaf geen eindige hazard ratio ({value}); meestal heeft "
            "een groep (bijna) geen gebeurtenissen, of voorspelt een correctievariabele de "
            "gebeurtenis perfect. Controleer de aantallen gebeurtenissen per groep en de "
            "correctievariabelen.",
        },
        "too_many_levels": {
            "en": "adjust_for={col!r} has {k} different values; a text or category column becomes "
            "one variable per value in the Cox model, so at most 20 can be used. Group it into "
            "fewer categories first (e.g. district instead of address), or leave it out.",
            "nl": "adjust_for={col!r} heeft {k} verschillende waarden; een tekst- of "
            "categoriekolom wordt in het Coxmodel één variabele per waarde, dus er kunnen er "
            "hoogstens 20 gebruikt worden. Voeg ze eerst samen tot minder categorieën "
            "(bijvoorbeeld wijk in plaats van adres), of laat de kolom weg.",
        },
        "bad_horizon": {
            "en": "horizon={value!r} must be a positive number in the unit of the duration "
            "(e.g. 365 for one year when the duration is in days).",
            "nl": "horizon={value!r} moet een positief getal zijn in de eenheid van de duur "
            "(bijvoorbeeld 365 voor één jaar als de duur in dagen is).",
        },
        "model_unadjusted": {"en": "unadjusted", "nl": "ongecorrigeerd"},
        "model_adjusted": {"en": "adjusted", "nl": "gecorrigeerd"},
        "method": {
            "en": "Cox proportional hazards (statsmodels PHReg, Efron ties){adj}",
            "nl": "Cox proportionele hazards (statsmodels PHReg, Efron bij gelijke tijden){adj}",
        },
        "method_adj": {"en": ", adjusted for {cols}", "nl": ", gecorrigeerd voor {cols}"},
        "s_what": {
            "en": "This compares how soon '{event}' happens across the groups of '{by}' ({levels}) "
            "in {n} cases with {k} events, using Kaplan–Meier curves and a Cox model{adj}.",
            "nl": "Dit vergelijkt hoe snel '{event}' optreedt tussen de groepen van '{by}' "
            "({levels}) in {n} gevallen met {k} gebeurtenissen, met Kaplan–Meiercurves en een "
            "Coxmodel{adj}.",
        },
        "s_what_adj": {"en": " adjusted for {cols}", "nl": " gecorrigeerd voor {cols}"},
        "s_number": {
            "en": "The hazard ratio of {level} against {ref} is {value}; above 1 means the event "
            "tends to come sooner for {level}, below 1 later.",
            "nl": "De hazard ratio van {level} ten opzichte van {ref} is {value}; boven 1 betekent "
            "dat de gebeurtenis bij {level} eerder komt, onder 1 later.",
        },
        "s_unadjusted": {
            "en": "Without adjustment it is {value}; comparing the two shows how much of the raw "
            "gap is accounted for by differences in {cols} between the groups.",
            "nl": "Zonder correctie is die {value}; de vergelijking van beide laat zien hoeveel van "
            "het ruwe verschil wordt verklaard door verschillen in {cols} tussen de groepen.",
        },
        "s_horizon": {
            "en": "Within {h} (in the unit of '{duration}') the event happened to {parts}.",
            "nl": "Binnen {h} (in de eenheid van '{duration}') trad de gebeurtenis op bij {parts}.",
        },
        "s_not": {
            "en": "A hazard ratio describes an association in these data, not a cause: it does not "
            "show what would happen to someone if their '{by}' were different, and it says nothing "
            "about factors that were not measured.",
            "nl": "Een hazard ratio beschrijft een samenhang in deze data, geen oorzaak: hij laat "
            "niet zien wat er met iemand zou gebeuren als '{by}' anders was, en zegt niets over "
            "factoren die niet gemeten zijn.",
        },
        "s_caveats": {
            "en": "Caveats: {text}",
            "nl": "Kanttekeningen: {text}",
        },
        "xlabel": {"en": "time ({unit})", "nl": "tijd ({unit})"},
        "ylabel": {
            "en": "share without the event (95% band)",
            "nl": "aandeel zonder gebeurtenis (95%-band)",
        },
        "unit_default": {"en": "duration units", "nl": "eenheden van de duur"},
        "days": {"en": "days", "nl": "dagen"},
        "in_group": {"en": "{pct} of {level}", "nl": "{pct} van {level}"},
        "effect": {"en": "difference in pace", "nl": "verschil in tempo"},
    },
)

_METHOD_KM = "Kaplan–Meier (statsmodels SurvfuncRight), log-log pointwise interval"


@dataclass(frozen=True, eq=False, repr=False)
class SurvivalResult(ResultMixin):
    """Result of :func:`compare_survival`; see that function for the meaning of every field."""

    estimate: Estimate
    unadjusted: Estimate
    table: pd.DataFrame
    groups: pd.DataFrame
    curves: pd.DataFrame
    ph_test: pd.DataFrame
    duration: str
    event: str
    by: str
    reference: Any
    adjust_for: tuple[str, ...]
    horizon: float | None
    n: int
    n_events: int
    caveats: tuple[str, ...] = caveat_field()
    rung: ClassVar[str] = "information"

    def _title(self, lang: str) -> str:
        return MSG("title", lang=lang, by=self.by)

    def _explain_sentences(self, lang: str) -> list[str]:
        levels = ", ".join(str(v) for v in self.groups["level"])
        adj = (
            MSG("s_what_adj", lang=lang, cols=", ".join(self.adjust_for)) if self.adjust_for else ""
        )
        ref = str(self.reference)
        level = self.estimate.label.split(": ", 1)[-1].split(" vs ")[0]
        sentences = [
            MSG(
                "s_what",
                lang=lang,
                event=self.event,
                by=self.by,
                levels=levels,
                n=fmt(self.n, lang),
                k=fmt(self.n_events, lang),
                adj=adj,
            ),
            MSG(
                "s_number",
                lang=lang,
                level=level,
                ref=ref,
                value=self.estimate.interval_text(lang),
            ),
            self.estimate.verdict(lang, effect=MSG("effect", lang=lang)),
        ]
        if self.adjust_for:
            sentences.append(
                MSG(
                    "s_unadjusted",
                    lang=lang,
                    value=self.unadjusted.interval_text(lang),
                    cols=", ".join(self.adjust_for),
                )
            )
        elif self.horizon is not None:
            parts = ", ".join(
                MSG("in_group", lang=lang, pct=fmt_pct(row.risk_at_horizon, lang), level=row.level)
                for row in self.groups.itertuples()
                if not math.isnan(row.risk_at_horizon)
            )
            if parts:
                sentences.append(
                    MSG(
                        "s_horizon",
                        lang=lang,
                        h=fmt(self.horizon, lang),
                        duration=self.duration,
                        parts=parts,
                    )
                )
        sentences.append(MSG("s_not", lang=lang, by=self.by))
        if self.caveats:
            sentences.append(MSG("s_caveats", lang=lang, text=" ".join(self.caveats)))
        return sentences

    def plot(self, ax: Any = None) -> Any:
        """Kaplan–Meier curves per group with their pointwise intervals; returns the Axes."""
        from ._plotting import new_axes

        ax = new_axes(ax, height=3.4)
        colours = ["#1f5c99", "#b36b00", "#2e7d32", "#8e24aa", "#c62828", "#00838f"]
        for i, (level, curve) in enumerate(self.curves.groupby("level", sort=False)):
            colour = colours[i % len(colours)]
            t = np.r_[0.0, curve["time"].to_numpy()]
            s = np.r_[1.0, curve["survival"].to_numpy()]
            lo = np.r_[1.0, curve["ci_low"].to_numpy()]
            hi = np.r_[1.0, curve["ci_high"].to_numpy()]
            ax.step(t, s, where="post", color=colour, label=str(level))
            ax.fill_between(t, lo, hi, step="post", color=colour, alpha=0.18, linewidth=0)
        ax.set_ylim(0, 1.02)
        ax.set_xlabel(MSG("xlabel", lang=None, unit=self.duration))
        ax.set_ylabel(MSG("ylabel", lang=None))
        ax.legend(title=self.by, frameon=False)
        ax.grid(alpha=0.3)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return ax


def _km(time: np.ndarray, status: np.ndarray, alpha: float) -> tuple[Any, pd.DataFrame]:
    from scipy.stats import norm
    from statsmodels.duration.survfunc import SurvfuncRight

    sf = SurvfuncRight(time, status)
    s = sf.surv_prob
    se = sf.surv_prob_se
    z = norm.ppf(1 - alpha / 2)
    # statsmodels gives the standard error but no pointwise interval; the log-log interval
    # (Kalbfleisch & Prentice) is the default of R's survival and stays inside [0, 1].
    with np.errstate(divide="ignore", invalid="ignore"):
        log_s = np.log(s)
        half = z * se / (s * np.abs(log_s))
        lo = np.exp(-np.exp(np.log(-log_s) + half))
        hi = np.exp(-np.exp(np.log(-log_s) - half))
    lo = np.where(s >= 1.0, 1.0, np.where(s <= 0, 0.0, lo))
    hi = np.where(s >= 1.0, 1.0, np.where(s <= 0, 0.0, hi))
    curve = pd.DataFrame(
        {
            "time": sf.surv_times,
            "survival": s,
            "ci_low": lo,
            "ci_high": hi,
            "at_risk": sf.n_risk,
            "events": sf.n_events,
        }
    )
    return sf, curve


def _design(frame: pd.DataFrame, columns: Sequence[Hashable]) -> pd.DataFrame:
    parts = []
    for col in columns:
        series = frame[col]
        if pd.api.types.is_datetime64_any_dtype(series):
            # Calendar time enters as years since the first date (a linear trend).
            days = (series - series.min()).dt.total_seconds() / 86400
            parts.append((days / 365.25).rename(str(col)))
        elif pd.api.types.is_bool_dtype(series) or pd.api.types.is_numeric_dtype(series):
            parts.append(series.astype(float).rename(str(col)))
        else:
            dummies = pd.get_dummies(series.astype("category"), prefix=str(col), drop_first=True)
            parts.append(dummies.astype(float))
    return pd.concat(parts, axis=1) if parts else pd.DataFrame(index=frame.index)


def compare_survival(
    data: pd.DataFrame,
    *,
    duration: str,
    event: str,
    by: str,
    adjust_for: str | Sequence[str] | None = None,
    conf_level: float = 0.95,
    reference: Any = None,
    horizon: float | None = None,
) -> SurvivalResult:
    """Compare how soon an event happens between groups: Kaplan–Meier curves and a Cox model.

    Use it to test a time-to-event claim such as "boys who are truant reoffend sooner": the curves
    show the raw pace per group, and the hazard ratio from a Cox model adjusted for the real drivers
    says whether the group difference survives once those are held fixed.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per person or case. Not modified.
    duration : str
        Column with the time from the start (e.g. the case date) to the event, or to the end of
        follow-up when no event was seen (censoring). Numbers ≥ 0, e.g. days.
    event : str
        Binary column: 1 if the event happened at ``duration``, 0 if follow-up ended first.
    by : str
        Column with the groups to compare (at most 10 values).
    adjust_for : str or sequence of str, optional
        Columns the Cox model adjusts for: numeric columns as they are, categories (at most 20
        levels) as one dummy per level except the first, dates as years since the first date.
    conf_level : float, default 0.95
        Confidence level of every interval.
    reference : optional
        The group the others are compared with. Default: the first level (the first category of a
        categorical column, else the smallest value; for 0/1 that is 0).
    horizon : float, optional
        A time (in the unit of ``duration``) at which to report the share with the event per
        group, e.g. ``365`` for one year.

    Returns
    -------
    SurvivalResult
        With fields

        - ``estimate``: :class:`~civicanalysis.Estimate`, measure ``"hazard ratio"``, ``null=1.0``:
          the headline contrast, adjusted when ``adjust_for`` is given. With two groups it is the
          other group against ``reference``; with more, the **first level after the reference**
          against the reference (every contrast is in ``table``).
        - ``unadjusted``: the same contrast from a Cox model with ``by`` only.
        - ``table``: one row per contrast and model, columns ``contrast, model, estimate, ci_low,
          ci_high, conf_level, p_value, n, n_events, method``.
        - ``groups``: one row per group, columns ``level, n, n_events, median_time,
          median_ci_low, median_ci_high, risk_at_horizon, risk_ci_low, risk_ci_high`` (the
          median is NaN when fewer than half had the event; the risk columns are NaN without a
          ``horizon``).
        - ``curves``: the Kaplan–Meier curves, columns ``level, time, survival, ci_low, ci_high,
          at_risk, events``.
        - ``ph_test``: the proportional-hazards check per model term, columns ``term, rho,
          p_value, violated``.
        - ``duration, event, by, reference, adjust_for, horizon, n, n_events``: the inputs and
          the counts.
        - ``caveats``: warnings raised, kept as text.

    Raises
    ------
    NotADataFrameError, ColumnNotFoundError, ColumnTypeError, MissingValuesError
        For a wrong ``data`` or column (missing values are never dropped silently).
    InvalidOptionError
        For a negative duration, an unknown ``reference`` or a bad ``conf_level``/``horizon``.
    TooFewRowsError
        When a group has fewer rows than the minimum cell size (``ca.get_option("min_cell_size")``,
        15): no curve or rate is reported for so few people. Also when a group has no events.
    PerfectSeparationError
        When the Cox model gives no finite hazard ratio.

    Warns
    -----
    ThinDataWarning
        When a group has fewer than 10 events, or the proportional-hazards check fails.

    See Also
    --------
    evaluate_classifier : honest evaluation of a prediction model on the same kind of data.

    Notes
    -----
    Assumptions, in plain words:

    - **Censoring is uninformative**: a case whose follow-up ended without an event would have had
      the same chances afterwards as similar cases still followed.
    - **Proportional hazards**: the ratio of the groups' risks is the same early and late in the
      follow-up. It is checked with the Schoenfeld residuals of each term against the rank of the
      event time (in the spirit of R's ``cox.zph``); when the check fails a caveat is added, and
      the hazard ratio should then be read as an average over the follow-up.
    - **Ties** (several events at the same time, common with times in days) are handled with
      Efron's method, as R's survival package and most references do.
    - The adjusted model holds ``adjust_for`` fixed; factors that were not measured are not.

    The Kaplan–Meier intervals are pointwise log-log intervals: each holds at its own time point,
    not for the whole curve at once.

    References
    ----------
    Kaplan, E. L. & Meier, P. (1958). Nonparametric estimation from incomplete observations.
    Cox, D. R. (1972). Regression models and life-tables. Efron, B. (1977). The efficiency of
    Cox's likelihood function for censored data. Grambsch, P. M. & Therneau, T. M. (1994).
    Proportional hazards tests and diagnostics based on weighted residuals.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> df = ca.datasets.load("truancy")
    >>> naive = ca.compare_survival(df, duration="followup_days", event="new_case", by="sex")
    >>> round(naive.estimate.value, 2), naive.estimate.excludes_null
    (1.36, True)
    >>> res = ca.compare_survival(
    ...     df, duration="followup_days", event="new_case", by="sex",
    ...     adjust_for=["prior_cases", "days_absent", "school_type", "benefit", "age"])
    >>> res.estimate.label, res.estimate.evidence
    ('sex: male vs female', 'consistent-with-none')
    """
    from scipy.stats import pearsonr
    from statsmodels.duration.hazard_regression import PHReg

    data = check_dataframe(data, min_rows=2, purpose="a survival comparison")
    conf_level = check_fraction(conf_level)
    alpha = 1 - conf_level
    if isinstance(adjust_for, str):
        adjust_for = [adjust_for]
    adjust = list(adjust_for or [])

    dur_name = check_column_name(data, duration, arg="duration")
    if pd.api.types.is_timedelta64_dtype(data[dur_name]):
        raise InvalidOptionError(
            MSG("timedelta_duration", col=dur_name, dtype=str(data[dur_name].dtype))
        )
    time = check_column(data, duration, arg="duration", kind="numeric")
    negative = time < 0
    if negative.any():
        raise InvalidOptionError(
            MSG("negative_duration", col=duration, k=int(negative.sum()), low=fmt(time.min()))
        )
    status = check_column(data, event, arg="event", kind="binary")
    groups = check_column(data, by, arg="by", kind="category", max_levels=10)
    adj_cols = [check_column_name(data, c, arg="adjust_for") for c in adjust]
    check_distinct(
        [("duration", duration), ("event", event), ("by", by)]
        + [("adjust_for", c) for c in adj_cols]
    )
    for col in adj_cols:
        series = data[col]
        numeric = pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series)
        dates = pd.api.types.is_datetime64_any_dtype(series)
        check_column(data, col, arg="adjust_for", kind="any")
        if not (numeric or dates) and series.nunique() > 20:
            raise InvalidOptionError(MSG("too_many_levels", col=col, k=int(series.nunique())))
    if horizon is not None:
        if isinstance(horizon, bool) or not isinstance(horizon, (int, float)) or horizon <= 0:
            raise InvalidOptionError(MSG("bad_horizon", value=horizon))
        horizon = float(horizon)

    if isinstance(groups.dtype, pd.CategoricalDtype):
        present = set(groups.dropna())
        levels = [c for c in groups.cat.categories if c in present]
    else:
        levels = sorted(pd.unique(groups).tolist(), key=lambda v: (str(type(v)), v))
    if reference is not None:
        if reference not in levels:
            raise InvalidOptionError(
                MSG("bad_reference", value=reference, by=by, levels=[str(v) for v in levels])
            )
        levels = [reference] + [v for v in levels if v != reference]
    ref = levels[0]

    k_min = get_option("min_cell_size")
    caveats: list[str] = []
    t_all = time.to_numpy(dtype=float)
    s_all = status.to_numpy(dtype=float)
    g_all = groups.to_numpy()
    rows, curves = [], []
    for level in levels:
        mask = g_all == level
        n_g = int(mask.sum())
        if n_g < k_min:
            raise TooFewRowsError(MSG("small_group", by=by, level=level, n=n_g, k=k_min))
        k_g = int(s_all[mask].sum())
        if k_g == 0:
            raise TooFewRowsError(MSG("no_events_group", by=by, level=level, n=n_g))
        if k_g < 10:
            warn(ThinDataWarning, MSG("few_events", level=level, k=k_g), caveats)
        sf, curve = _km(t_all[mask], s_all[mask], alpha)
        curve.insert(0, "level", level)
        curves.append(curve)
        with np.errstate(divide="ignore", invalid="ignore"):
            median = sf.quantile(0.5)
            med_lo, med_hi = sf.quantile_ci(0.5, alpha=alpha)
        risk = risk_lo = risk_hi = math.nan
        if horizon is not None and horizon <= t_all[mask].max():
            upto = curve[curve["time"] <= horizon]
            if len(upto):
                last = upto.iloc[-1]
                risk, risk_lo, risk_hi = 1 - last.survival, 1 - last.ci_high, 1 - last.ci_low
            else:
                risk, risk_lo, risk_hi = 0.0, 0.0, 0.0
        rows.append(
            {
                "level": level,
                "n": n_g,
                "n_events": k_g,
                "median_time": float(median) if median is not None else math.nan,
                "median_ci_low": float(med_lo) if med_lo is not None else math.nan,
                "median_ci_high": float(med_hi) if med_hi is not None else math.nan,
                "risk_at_horizon": float(risk),
                "risk_ci_low": float(risk_lo),
                "risk_ci_high": float(risk_hi),
            }
        )
    group_table = pd.DataFrame(rows)
    curve_table = pd.concat(curves, ignore_index=True)

    # Cox models: one with the group only, one adjusted.
    frame = pd.DataFrame({"_g": groups})
    for col in adj_cols:
        frame[col] = data[col]
    dummies = pd.DataFrame(
        {f"{by}: {lv} vs {ref}": (g_all == lv).astype(float) for lv in levels[1:]},
        index=data.index,
    )
    contrast_names = list(dummies.columns)
    models = [("unadjusted", dummies)]
    if adj_cols:
        models.append(("adjusted", pd.concat([dummies, _design(frame, adj_cols)], axis=1)))

    n = len(data)
    n_events = int(s_all.sum())
    table_rows, estimates, ph_rows = [], {}, []
    for model_name, design in models:
        method = MSG(
            "method",
            lang="en",
            adj=MSG("method_adj", lang="en", cols=", ".join(map(str, adj_cols)))
            if model_name == "adjusted"
            else "",
        )
        fit = PHReg(t_all, design.to_numpy(dtype=float), status=s_all, ties="efron").fit(disp=False)
        ci = fit.conf_int(alpha=alpha)
        for j, name in enumerate(contrast_names):
            hr = math.exp(fit.params[j]) if abs(fit.params[j]) < 700 else math.inf
            if not np.isfinite(hr) or not np.all(np.isfinite(ci[j])) or abs(fit.params[j]) > 15:
                raise PerfectSeparationError(MSG("separation", by=by, value=hr))
            est = Estimate(
                "hazard ratio",
                hr,
                math.exp(ci[j, 0]),
                math.exp(ci[j, 1]),
                null=1.0,
                conf_level=conf_level,
                method=method,
                n=n,
                p_value=float(fit.pvalues[j]),
                label=name,
            )
            estimates[(model_name, name)] = est
            table_rows.append(
                {
                    "contrast": name,
                    "model": model_name,
                    "estimate": est.value,
                    "ci_low": est.ci_low,
                    "ci_high": est.ci_high,
                    "conf_level": conf_level,
                    "p_value": est.p_value,
                    "n": n,
                    "n_events": n_events,
                    "method": method,
                }
            )
        if model_name != models[-1][0]:
            continue
        # Proportional hazards, checked on the final model: scaled Schoenfeld residuals against
        # the rank of the event time (the idea of R's cox.zph; statsmodels has no such test).
        keep = s_all == 1
        scaled = fit.schoenfeld_residuals[keep] @ np.atleast_2d(fit.cov_params()) * keep.sum()
        rank = pd.Series(t_all[keep]).rank().to_numpy()
        for j, term in enumerate(design.columns):
            col = scaled[:, j]
            if keep.sum() < 3 or np.nanstd(col) == 0:
                continue
            rho, p = pearsonr(rank, col)
            violated = bool(p < 0.01)
            ph_rows.append(
                {"term": term, "rho": float(rho), "p_value": float(p), "violated": violated}
            )
            if violated:
                warn(
                    ThinDataWarning,
                    MSG("ph_violated", term=term, rho=fmt(rho), p=fmt(p)),
                    caveats,
                )

    headline_name = contrast_names[0]
    unadjusted = estimates[("unadjusted", headline_name)]
    headline = estimates[("adjusted", headline_name)] if adj_cols else unadjusted
    return SurvivalResult(
        estimate=headline,
        unadjusted=unadjusted,
        table=pd.DataFrame(table_rows),
        groups=group_table,
        curves=curve_table,
        ph_test=pd.DataFrame(ph_rows, columns=["term", "rho", "p_value", "violated"]),
        duration=str(duration),
        event=str(event),
        by=str(by),
        reference=ref,
        adjust_for=tuple(str(c) for c in adj_cols),
        horizon=horizon,
        n=n,
        n_events=n_events,
        caveats=tuple(caveats),
    )
