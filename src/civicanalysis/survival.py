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
    CollinearityError,
    InvalidOptionError,
    PerfectSeparationError,
    ProportionalHazardsWarning,
    ThinDataWarning,
    TooFewRowsError,
)
from ._results import Estimate, ResultMixin, caveat_field, warn
from ._text import Catalog, fmt, fmt_pct, render
from ._validation import (
    check_column,
    check_column_name,
    check_dataframe,
    check_distinct,
    check_fraction,
    check_option,
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
            "en": (
                "duration={col!r} has {n} negative value ({low}); a time to an event cannot be "
                "negative. Check how the duration was computed (end date minus start date).",
                "duration={col!r} has {n} negative values (smallest {low}); a time to an event "
                "cannot be negative. Check how the duration was computed (end date minus start "
                "date).",
            ),
            "nl": (
                "duration={col!r} heeft {n} negatieve waarde ({low}); een tijd tot een "
                "gebeurtenis kan niet negatief zijn. Controleer hoe de duur is berekend (einddatum "
                "min begindatum).",
                "duration={col!r} heeft {n} negatieve waarden (kleinste {low}); een tijd tot een "
                "gebeurtenis kan niet negatief zijn. Controleer hoe de duur is berekend (einddatum "
                "min begindatum).",
            ),
        },
        "too_large": {
            "en": "duration={col!r} has values as large as {value:.3g}; that is no time to an "
            "event in any unit. Check the column (a date stored as a number?).",
            "nl": "duration={col!r} heeft waarden tot {value:.3g}; dat is in geen enkele eenheid "
            "een tijd tot een gebeurtenis. Controleer de kolom (een datum opgeslagen als getal?).",
        },
        "adjust_is_by": {
            "en": "adjust_for={col!r} carries the same information as by={by!r} (the same groups "
            "of rows), so the groups cannot be compared with it held fixed. Remove {col!r} from "
            "adjust_for.",
            "nl": "adjust_for={col!r} bevat dezelfde informatie als by={by!r} (dezelfde groepen "
            "rijen), dus de groepen zijn niet te vergelijken als die gelijk wordt gehouden. Haal "
            "{col!r} uit adjust_for.",
        },
        "adjust_is_event": {
            "en": "adjust_for={col!r} carries the same information as event={event!r}: holding "
            "the outcome itself fixed leaves nothing to compare, and the Cox model cannot "
            "converge. Remove {col!r} from adjust_for; adjust only for what was known at the "
            "start of follow-up.",
            "nl": "adjust_for={col!r} bevat dezelfde informatie als event={event!r}: wie de "
            "uitkomst zelf gelijk houdt, heeft niets meer te vergelijken, en het Coxmodel kan niet "
            "convergeren. Haal {col!r} uit adjust_for; corrigeer alleen voor wat bij het begin "
            "van de follow-up bekend was.",
        },
        "timedelta_duration": {
            "en": "duration={col!r} holds time spans ({dtype}), not numbers. Convert it to a number "
            "of days first, e.g. data[{col!r}].dt.days, in a copy of the data.",
            "nl": "duration={col!r} bevat tijdsduren ({dtype}), geen getallen. Zet die eerst om "
            "naar een aantal dagen, bijvoorbeeld data[{col!r}].dt.days, in een kopie van de data.",
        },
        "small_group": {
            "en": "by={by!r}: group {level!r} has {n} rows, fewer than the minimum cell size of "
            "{k}. It is analysed, but its curve and hazard ratio are very uncertain, and its "
            "count is shown as '<{k}': do not publish its curve or rate as it is.",
            "nl": "by={by!r}: groep {level!r} heeft {n} rijen, minder dan de minimale celgrootte "
            "van {k}. De groep wordt geanalyseerd, maar de curve en de hazardratio zijn erg "
            "onzeker, en het aantal staat er als '<{k}': publiceer de curve of het percentage "
            "niet zo.",
        },
        "no_events_group": {
            "en": "by={by!r}: group {level!r} has no events at all ({n} rows), so no hazard ratio "
            "can be estimated for it (it would be zero with an infinite interval). Merge it with a "
            "similar group or compare the other groups only.",
            "nl": "by={by!r}: groep {level!r} heeft helemaal geen gebeurtenissen ({n} rijen), dus "
            "er valt geen hazardratio voor te schatten (die zou nul zijn met een oneindig "
            "interval). Voeg de groep samen met een vergelijkbare groep of vergelijk alleen de "
            "andere groepen.",
        },
        "bad_reference": {
            "en": "reference={value!r} is not a value of by={by!r}; the values are {levels}.",
            "nl": "reference={value!r} is geen waarde van by={by!r}; de waarden zijn {levels}.",
        },
        "few_events": {
            "en": "Group {level!r} has only {n} events; its curve and hazard ratio are very "
            "uncertain. Treat them as a first look, not as a result.",
            "nl": "Groep {level!r} heeft maar {n} gebeurtenissen; de curve en de hazardratio zijn "
            "erg onzeker. Zie ze als een eerste verkenning, niet als uitkomst.",
        },
        "ph_violated": {
            "en": "The proportional-hazards assumption looks violated for {term} (the Schoenfeld "
            "residuals drift with time, correlation {rho}, {p}): the hazard ratio is then an "
            "average over the follow-up, and the groups may differ early but not late (or the "
            "reverse). Look at the Kaplan–Meier curves before quoting one number.",
            "nl": "De aanname van proportionele hazards lijkt geschonden voor {term} (de "
            "Schoenfeld-residuen verlopen met de tijd, correlatie {rho}, {p}): de hazardratio "
            "is dan een gemiddelde over de follow-up, en de groepen kunnen vroeg verschillen maar "
            "laat niet (of andersom). Bekijk de Kaplan–Meiercurves voordat u één getal noemt.",
        },
        "separation": {
            "en": "The Cox model for {by!r} did not give a finite hazard ratio ({value}); usually "
            "one group has (almost) no events, or an adjustment variable predicts the event "
            "perfectly. Check the groups' event counts and the adjustment variables.",
            "nl": "Het Coxmodel voor {by!r} gaf geen eindige hazardratio ({value}); meestal heeft "
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
        "model_unadjusted": {"en": "crude", "nl": "ruwe schatting"},
        "model_adjusted": {"en": "adjusted", "nl": "gecorrigeerd"},
        "contrast_label": {"en": "{by}: {level} vs {ref}", "nl": "{by}: {level} tegenover {ref}"},
        "method": {
            "en": "Cox proportional hazards (statsmodels PHReg, Efron ties){adj}",
            "nl": "Cox proportionele hazards (statsmodels PHReg, Efron bij gelijke tijden){adj}",
        },
        "method_adj": {"en": ", adjusted for {cols}", "nl": ", gecorrigeerd voor {cols}"},
        "s_what": {
            "en": "This compares how soon '{event}' happens across the groups of '{by}' ({levels}) "
            "in {n} cases with {k} events, using Kaplan–Meier curves and a Cox model{adj}.",
            "nl": "Dit vergelijkt hoe snel '{event}' optreedt tussen de groepen van '{by}' "
            "({levels}) in {n} casussen met {k} gebeurtenissen, met Kaplan–Meiercurves en een "
            "Coxmodel{adj}.",
        },
        "s_what_adj": {"en": " adjusted for {cols}", "nl": " gecorrigeerd voor {cols}"},
        "s_number": {
            "en": "The hazard ratio of {level} against {ref} is {value}; above 1 means the event "
            "tends to come sooner for {level}, below 1 later.",
            "nl": "De hazardratio van {level} tegenover {ref} is {value}; boven 1 betekent "
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
            "nl": "Een hazardratio beschrijft een samenhang in deze data, geen oorzaak: hij laat "
            "niet zien wat er met iemand zou gebeuren als '{by}' anders was, en zegt niets over "
            "factoren die niet gemeten zijn.",
        },
        "p_small": {"en": "p < 0.001", "nl": "p < 0,001"},
        "p_value": {"en": "p = {p:.3f}", "nl": "p = {p:.3f}"},
        "s_curves_adjusted": {
            "en": "The solid curves in the display are adjusted (the Cox model with every group at "
            "the average of {cols}); the dashed ones are the raw Kaplan–Meier curves.",
            "nl": "De doorgetrokken curves in de weergave zijn gecorrigeerd (het Coxmodel met elke "
            "groep op het gemiddelde van {cols}); de gestippelde zijn de ruwe "
            "Kaplan–Meiercurves.",
        },
        "plot_adjusted": {
            "en": "solid: adjusted for {cols} (Cox model, at their average); dashed: raw "
            "Kaplan–Meier",
            "nl": "doorgetrokken: gecorrigeerd voor {cols} (Coxmodel, op hun gemiddelde); "
            "gestippeld: ruwe Kaplan–Meier",
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
        "days": {"en": "days", "nl": "dagen"},
        "in_group": {"en": "{pct} of {level}", "nl": "{pct} van {level}"},
        "effect": {"en": "difference in pace", "nl": "verschil in tempo"},
    },
)

_METHOD_KM = "Kaplan–Meier (statsmodels SurvfuncRight), pointwise interval ({conf_type})"


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
    conf_type: str = "log"
    adjusted_curves: pd.DataFrame | None = None
    rung: ClassVar[str] = "information"
    # The compact display: each hazard ratio, crude and adjusted, with the group sizes behind it.
    _display_columns: ClassVar[tuple[str, ...]] = (
        "contrast",
        "model",
        "estimate",
        "ci_low",
        "ci_high",
        "p_value",
        "n_group",
        "n_reference",
        "n_events",
    )

    def _display_value(self, column: str, value: Any, lang: str) -> Any:
        if column == "model" and value in ("unadjusted", "adjusted"):
            return MSG(f"model_{value}", lang=lang)
        prefix = f"{self.by}: "
        if column == "contrast" and isinstance(value, str) and value.startswith(prefix):
            level, _, ref = value[len(prefix) :].partition(" vs ")  # the label made in _fit_all
            return MSG("contrast_label", lang=lang, by=self.by, level=level, ref=ref)
        return super()._display_value(column, value, lang)

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
        if self.adjust_for:
            cols = ", ".join(self.adjust_for)
            sentences.append(MSG("s_curves_adjusted", lang=lang, cols=cols))
        sentences.append(MSG("s_not", lang=lang, by=self.by))
        return sentences

    def _detail_sentences(self, lang: str) -> list[str]:
        """The caveats, for ``explain(detail=True)`` (the display lists them too)."""
        if not self.caveats:
            return []
        text = " ".join(render(c, lang) for c in self.caveats)
        return [MSG("s_caveats", lang=lang, text=text)]

    def plot(self, ax: Any = None) -> Any:
        """The survival curves per group; returns the Axes.

        Without ``adjust_for``: the Kaplan–Meier curves with their pointwise intervals. With it:
        the adjusted curves of the Cox model (every group at the mean of the adjustment terms),
        solid, over the raw Kaplan–Meier curves, faint and dashed; the title says which is which.
        """
        from ._plotting import new_axes

        ax = new_axes(ax, height=3.4)
        colours = ["#1f5c99", "#b36b00", "#2e7d32", "#8e24aa", "#c62828", "#00838f"]
        adjusted = self.adjusted_curves is not None
        for i, (level, curve) in enumerate(self.curves.groupby("level", sort=False)):
            colour = colours[i % len(colours)]
            t = np.r_[0.0, curve["time"].to_numpy()]
            s = np.r_[1.0, curve["survival"].to_numpy()]
            if adjusted:
                ax.step(t, s, where="post", color=colour, alpha=0.35, linestyle="--", linewidth=1)
                continue
            lo = np.r_[1.0, curve["ci_low"].to_numpy()]
            hi = np.r_[1.0, curve["ci_high"].to_numpy()]
            ax.step(t, s, where="post", color=colour, label=str(level))
            ax.fill_between(t, lo, hi, step="post", color=colour, alpha=0.18, linewidth=0)
        if adjusted:
            for i, (level, curve) in enumerate(self.adjusted_curves.groupby("level", sort=False)):
                t = np.r_[0.0, curve["time"].to_numpy()]
                s = np.r_[1.0, curve["survival"].to_numpy()]
                ax.step(t, s, where="post", color=colours[i % len(colours)], label=str(level))
            ax.set_title(
                MSG("plot_adjusted", lang=None, cols=", ".join(self.adjust_for)), fontsize=9
            )
        ax.set_ylim(0, 1.02)
        ax.set_xlabel(MSG("xlabel", lang=None, unit=self.duration))
        ax.set_ylabel(MSG("ylabel", lang=None))
        ax.legend(title=self.by, frameon=False)
        ax.grid(alpha=0.3)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return ax


#: Kaplan–Meier interval transforms: "log" (R survfit's default) and "log-log".
CONF_TYPES = ("log", "log-log")


def _km(
    time: np.ndarray, status: np.ndarray, alpha: float, conf_type: str = "log"
) -> tuple[Any, pd.DataFrame]:
    from scipy.stats import norm
    from statsmodels.duration.survfunc import SurvfuncRight

    sf = SurvfuncRight(time, status)
    s = sf.surv_prob
    se = sf.surv_prob_se
    z = norm.ppf(1 - alpha / 2)
    # statsmodels gives the standard error (Greenwood) but no pointwise interval. "log":
    # S·exp(±z·se/S), cut at 1, as R's survfit (conf.type="log"); "log-log": Kalbfleisch &
    # Prentice, as R's conf.type="log-log".
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        if conf_type == "log":
            lo = s * np.exp(-z * se / s)
            hi = np.minimum(s * np.exp(z * se / s), 1.0)
        else:
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
            from ._coding import dummy_code

            parts.append(dummy_code(series, prefix=str(col)))
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
    conf_type: str = "log",
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
    conf_type : {"log", "log-log"}, default "log"
        How the Kaplan–Meier intervals (and the median's interval) are formed: ``"log"`` is the
        default of R's ``survfit`` and of most publications; ``"log-log"`` (Kalbfleisch &
        Prentice) stays inside [0, 1] by construction.

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
          ci_high, conf_level, p_value, n, n_events, n_group, n_reference, method`` (``n_group``
          and ``n_reference``: the persons in the group and in the reference group).
        - ``groups``: one row per group, columns ``level, n, n_events, median_time,
          median_ci_low, median_ci_high, risk_at_horizon, risk_ci_low, risk_ci_high`` (the
          median is NaN when fewer than half had the event; the risk columns are NaN without a
          ``horizon``).
        - ``curves``: the Kaplan–Meier curves, columns ``level, time, survival, ci_low, ci_high,
          at_risk, events``.
        - ``adjusted_curves``: with ``adjust_for``, the adjusted Cox model's survival curves
          (columns ``level, time, survival``), every group at the mean of the adjustment terms;
          ``None`` without ``adjust_for``.
        - ``conf_type``: the Kaplan–Meier interval transform used.
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
        When a group has no events (its hazard ratio would be zero with an infinite interval).
    CollinearityError
        When an ``adjust_for`` column carries the same information as ``by`` or as ``event``.
    PerfectSeparationError
        When the Cox model gives no finite hazard ratio or does not converge.

    Warns
    -----
    ThinDataWarning
        When a group has fewer rows than the minimum cell size (``ca.get_option("min_cell_size")``,
        15: it is analysed, and displays show its count as ``<15``; do not publish its curve), or
        fewer than 10 events.
    ProportionalHazardsWarning
        When the proportional-hazards check fails.

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

    The Kaplan–Meier intervals are pointwise "log" intervals by default (R's ``survfit``), or
    log-log with ``conf_type="log-log"``: each holds at its own time point, not for the whole
    curve at once; the median's interval inverts the same transform (statsmodels
    ``SurvfuncRight.quantile_ci``), which reproduces R's published medians (e.g. 270, 212 to 310,
    for the men of the NCCTG lung data). With ``adjust_for``, ``adjusted_curves`` holds the survival
    curves of the adjusted Cox model, every group at the mean of the adjustment terms (as R's
    ``survfit`` on a ``coxph`` model); the display draws them over the raw Kaplan–Meier curves and
    says which is which.

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
    inp = _survival_inputs(
        data,
        duration=duration,
        event=event,
        by=by,
        adjust_for=adjust_for,
        conf_level=conf_level,
        reference=reference,
        horizon=horizon,
        conf_type=conf_type,
    )
    group_table, curve_table = _kaplan_meier(inp)
    table, estimates, ph_test, adjusted_curves = _cox_models(inp)
    headline_name = inp.contrast_names[0]
    unadjusted = estimates[("unadjusted", headline_name)]
    headline = estimates[("adjusted", headline_name)] if inp.adj_cols else unadjusted
    return SurvivalResult(
        estimate=headline,
        unadjusted=unadjusted,
        table=table,
        groups=group_table,
        curves=curve_table,
        ph_test=ph_test,
        duration=str(inp.duration),
        event=str(inp.event),
        by=str(inp.by),
        reference=inp.levels[0],
        adjust_for=tuple(str(c) for c in inp.adj_cols),
        horizon=inp.horizon,
        n=len(inp.time),
        n_events=int(inp.status.sum()),
        caveats=tuple(inp.caveats),
        conf_type=inp.conf_type,
        adjusted_curves=adjusted_curves,
    )


@dataclass
class _SurvivalInputs:
    data: pd.DataFrame
    duration: Hashable
    event: Hashable
    by: Hashable
    adj_cols: list[Hashable]
    time: np.ndarray
    status: np.ndarray
    groups: np.ndarray
    levels: list[Any]
    conf_level: float
    conf_type: str
    horizon: float | None
    caveats: list[str]

    @property
    def alpha(self) -> float:
        return 1 - self.conf_level

    @property
    def contrast_names(self) -> list[str]:
        ref = self.levels[0]
        return [f"{self.by}: {lv} vs {ref}" for lv in self.levels[1:]]


def _survival_inputs(
    data: pd.DataFrame,
    *,
    duration: str,
    event: str,
    by: str,
    adjust_for: Any,
    conf_level: float,
    reference: Any,
    horizon: float | None,
    conf_type: str,
) -> _SurvivalInputs:
    data = check_dataframe(data, min_rows=2, purpose="a survival comparison")
    conf_level = check_fraction(conf_level)
    conf_type = check_option(conf_type, arg="conf_type", options=CONF_TYPES)
    adjust = [adjust_for] if isinstance(adjust_for, str) else list(adjust_for or [])
    dur_name = check_column_name(data, duration, arg="duration")
    if pd.api.types.is_timedelta64_dtype(data[dur_name]):
        raise InvalidOptionError(
            MSG("timedelta_duration", col=dur_name, dtype=str(data[dur_name].dtype))
        )
    time = check_column(data, duration, arg="duration", kind="numeric")
    negative = time < 0
    if negative.any():
        raise InvalidOptionError(
            MSG("negative_duration", col=duration, n=int(negative.sum()), low=float(time.min()))
        )
    if float(time.max()) > 1e100:
        raise InvalidOptionError(MSG("too_large", col=duration, value=float(time.max())))
    status = check_column(data, event, arg="event", kind="binary")
    groups = check_column(data, by, arg="by", kind="category", max_levels=10)
    from .confounding import check_one_type

    check_one_type(groups, by, "by")
    adj_cols = [check_column_name(data, c, arg="adjust_for") for c in adjust]
    check_distinct(
        [("duration", duration), ("event", event), ("by", by)]
        + [("adjust_for", c) for c in adj_cols]
    )
    for col in adj_cols:
        _check_adjust_column(data, col, by=by, event=event, status=status)
    if horizon is not None:
        if isinstance(horizon, bool) or not isinstance(horizon, (int, float)) or horizon <= 0:
            raise InvalidOptionError(MSG("bad_horizon", value=horizon))
        horizon = float(horizon)
    from ._coding import order_levels

    levels = order_levels(groups)
    if reference is not None:
        if reference not in levels:
            raise InvalidOptionError(
                MSG("bad_reference", value=reference, by=by, levels=[str(v) for v in levels])
            )
        levels = [reference] + [v for v in levels if v != reference]
    return _SurvivalInputs(
        data=data,
        duration=duration,
        event=event,
        by=by,
        adj_cols=adj_cols,
        time=time.to_numpy(dtype=float),
        status=status.to_numpy(dtype=float),
        groups=groups.to_numpy(),
        levels=levels,
        conf_level=conf_level,
        conf_type=conf_type,
        horizon=horizon,
        caveats=[],
    )


def _check_adjust_column(
    data: pd.DataFrame, col: Hashable, *, by: Hashable, event: Hashable, status: pd.Series
) -> None:
    """An adjustment column must be usable and must not be the grouping or the event again."""
    series = check_column(data, col, arg="adjust_for", kind="any")
    numeric = pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series)
    dates = pd.api.types.is_datetime64_any_dtype(series)
    if numeric:
        check_column(data, col, arg="adjust_for", kind="numeric", allow_constant=True)
    if not (numeric or dates) and series.nunique() > 20:
        raise InvalidOptionError(MSG("too_many_levels", col=col, k=int(series.nunique())))
    if _same_information(series, data[by]):
        raise CollinearityError(MSG("adjust_is_by", col=col, by=by))
    if _same_information(series, status):
        raise CollinearityError(MSG("adjust_is_event", col=col, event=event))


def _same_information(a: pd.Series, b: pd.Series) -> bool:
    """True when one column is a one-to-one recoding of the other (same groups of rows)."""
    codes_a, _ = pd.factorize(a)
    codes_b, _ = pd.factorize(b)
    return codes_a.max(initial=0) + 1 <= 0.5 * len(codes_a) and np.array_equal(codes_a, codes_b)


def _kaplan_meier(inp: _SurvivalInputs) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Kaplan–Meier curve and median per group; thin groups are analysed with a warning."""
    k_min = get_option("min_cell_size")
    rows, curves = [], []
    for level in inp.levels:
        mask = inp.groups == level
        n_g = int(mask.sum())
        k_g = int(inp.status[mask].sum())
        if k_g == 0:
            raise TooFewRowsError(MSG("no_events_group", by=inp.by, level=level, n=n_g))
        if n_g < k_min:
            warn(
                ThinDataWarning,
                MSG("small_group", by=inp.by, level=level, n=n_g, k=k_min),
                inp.caveats,
                stacklevel=4,
            )
        elif k_g < 10:
            warn(ThinDataWarning, MSG("few_events", level=level, n=k_g), inp.caveats, stacklevel=4)
        sf, curve = _km(inp.time[mask], inp.status[mask], inp.alpha, inp.conf_type)
        curve.insert(0, "level", level)
        curves.append(curve)
        method = "log" if inp.conf_type == "log" else "cloglog"
        with np.errstate(divide="ignore", invalid="ignore"):
            median = sf.quantile(0.5)
            med_lo, med_hi = sf.quantile_ci(0.5, alpha=inp.alpha, method=method)
        risk = risk_lo = risk_hi = math.nan
        if inp.horizon is not None and inp.horizon <= inp.time[mask].max():
            upto = curve[curve["time"] <= inp.horizon]
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
                "median_time": _num(median),
                "median_ci_low": _num(med_lo),
                "median_ci_high": _num(med_hi),
                "risk_at_horizon": float(risk),
                "risk_ci_low": float(risk_lo),
                "risk_ci_high": float(risk_hi),
            }
        )
    return pd.DataFrame(rows), pd.concat(curves, ignore_index=True)


def _num(value: Any) -> float:
    """A float, NaN for a missing or infinite limit (R prints NA: the curve never crosses it)."""
    if value is None or pd.isna(value) or not np.isfinite(float(value)):
        return math.nan
    return float(value)


def _cox_models(
    inp: _SurvivalInputs,
) -> tuple[pd.DataFrame, dict, pd.DataFrame, pd.DataFrame | None]:
    """The Cox models (by only; by and adjust_for), the proportional-hazards check, and the
    adjusted curves."""
    adjusted_curves = None
    ref = inp.levels[0]
    dummies = pd.DataFrame(
        {f"{inp.by}: {lv} vs {ref}": (inp.groups == lv).astype(float) for lv in inp.levels[1:]},
        index=inp.data.index,
    )
    models = [("unadjusted", dummies)]
    if inp.adj_cols:
        frame = pd.DataFrame({col: inp.data[col] for col in inp.adj_cols}, index=inp.data.index)
        models.append(("adjusted", pd.concat([dummies, _design(frame, inp.adj_cols)], axis=1)))
    sizes = {lv: int((inp.groups == lv).sum()) for lv in inp.levels}
    table_rows, estimates, ph_rows = [], {}, []
    for model_name, design in models:
        fit, method = _fit_cox(inp, model_name, design)
        ci = fit.conf_int(alpha=inp.alpha)
        for j, name in enumerate(dummies.columns):
            est = Estimate(
                "hazard ratio",
                math.exp(fit.params[j]),
                math.exp(ci[j, 0]),
                math.exp(ci[j, 1]),
                null=1.0,
                conf_level=inp.conf_level,
                method=method,
                n=len(inp.time),
                p_value=float(fit.pvalues[j]),
                label=name,
            )
            estimates[(model_name, name)] = est
            level = inp.levels[1 + j]
            table_rows.append(
                {
                    "contrast": name,
                    "model": model_name,
                    "estimate": est.value,
                    "ci_low": est.ci_low,
                    "ci_high": est.ci_high,
                    "conf_level": inp.conf_level,
                    "p_value": est.p_value,
                    "n": len(inp.time),
                    "n_group": sizes[level],
                    "n_reference": sizes[ref],
                    "n_events": int(inp.status.sum()),
                    "method": method,
                }
            )
        if model_name == models[-1][0]:
            ph_rows = _ph_check(inp, fit, design)
            if model_name == "adjusted":
                adjusted_curves = _adjusted_curves(inp, fit, design, len(dummies.columns))
    ph = pd.DataFrame(ph_rows, columns=["term", "rho", "p_value", "violated"])
    curves = adjusted_curves if inp.adj_cols else None
    return pd.DataFrame(table_rows), estimates, ph, curves


def _adjusted_curves(inp: _SurvivalInputs, fit: Any, design: pd.DataFrame, k: int) -> pd.DataFrame:
    """Survival curves of the adjusted Cox model per group, at the mean of the adjustment terms.

    S(t | x) = exp(−H0(t)·exp(x·β)), with statsmodels' baseline cumulative hazard H0 (at x = 0),
    the group's indicators and every adjustment term at its mean (as R's survfit on a coxph
    model): the groups compared as if they had the same mix of the adjustment variables.
    """
    times, cumhaz, _ = fit.baseline_cumulative_hazard[0]
    beta = np.asarray(fit.params, dtype=float)
    means = design.to_numpy(dtype=float)[:, k:].mean(axis=0)
    rows = []
    for j, level in enumerate(inp.levels):
        x = np.zeros(k)
        if j > 0:
            x[j - 1] = 1.0
        eta = float(np.r_[x, means] @ beta)
        rows.append(
            pd.DataFrame(
                {
                    "level": level,
                    "time": times,
                    "survival": np.exp(-np.asarray(cumhaz) * np.exp(eta)),
                }
            )
        )
    return pd.concat(rows, ignore_index=True)


def _fit_cox(inp: _SurvivalInputs, model_name: str, design: pd.DataFrame) -> tuple[Any, str]:
    import warnings

    from statsmodels.duration.hazard_regression import PHReg

    method = MSG(
        "method",
        lang="en",
        adj=MSG("method_adj", lang="en", cols=", ".join(map(str, inp.adj_cols)))
        if model_name == "adjusted"
        else "",
    )
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")  # statsmodels' convergence notes: judged below instead
        fit = PHReg(inp.time, design.to_numpy(dtype=float), status=inp.status, ties="efron").fit(
            disp=False
        )
    converged = bool(getattr(fit, "mle_retvals", {}).get("converged", True))
    ci = fit.conf_int(alpha=inp.alpha)
    params = np.asarray(fit.params, dtype=float)
    if (
        not converged
        or not np.all(np.isfinite(params))
        or not np.all(np.isfinite(ci))
        or np.any(np.abs(params) > 15)
    ):
        hr = math.exp(params[0]) if np.isfinite(params[0]) and abs(params[0]) < 700 else math.inf
        raise PerfectSeparationError(MSG("separation", by=inp.by, value=hr))
    return fit, method


def _ph_check(inp: _SurvivalInputs, fit: Any, design: pd.DataFrame) -> list[dict[str, Any]]:
    """Scaled Schoenfeld residuals against the rank of the event time (the idea of R's cox.zph;
    statsmodels has no such test); a failure raises a ProportionalHazardsWarning."""
    from scipy.stats import pearsonr

    keep = inp.status == 1
    rows: list[dict[str, Any]] = []
    if keep.sum() < 3:
        return rows
    scaled = fit.schoenfeld_residuals[keep] @ np.atleast_2d(fit.cov_params()) * keep.sum()
    rank = pd.Series(inp.time[keep]).rank().to_numpy()
    for j, term in enumerate(design.columns):
        col = scaled[:, j]
        if not np.all(np.isfinite(col)) or np.std(col) == 0:
            continue
        rho, p = pearsonr(rank, col)
        violated = bool(p < 0.01)
        rows.append({"term": term, "rho": float(rho), "p_value": float(p), "violated": violated})
        if violated:
            warn(
                ProportionalHazardsWarning,
                MSG(
                    "ph_violated",
                    term=term,
                    rho=float(rho),
                    p=MSG("p_small") if p < 0.001 else MSG("p_value", p=float(p)),
                ),
                inp.caveats,
                stacklevel=5,
            )
    return rows
