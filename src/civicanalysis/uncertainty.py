"""How sure are we? Comparisons between groups and correlations, each with its interval.

:func:`compare` compares an outcome between the groups of a column (districts, months, teams) and
:func:`correlate` measures how two numeric columns move together. Both return a result whose
``.estimate`` is an :class:`~civicanalysis.Estimate` (value, interval, null value, measure name),
with a tidy ``.table``, ``.explain()`` and an interval plot in the notebook display.

How strong the evidence is, in words
------------------------------------
Every headline is judged with the package's fixed vocabulary (``Estimate.evidence`` and
``Estimate.verdict``), the same in every module and in English and Dutch:

``"clear"``
    the interval excludes the "no difference" value and p < 0.001.
``"likely"``
    the interval excludes the "no difference" value: "a real difference is likely, somewhere
    between X and Y".
``"consistent-with-none"``
    the interval includes it: "the data are consistent with no difference".
``"unknown"``
    no interval could be computed: do not draw a conclusion.

Two additions belong to this module. When the numbers are too thin (a group below 15 observations,
fewer than 5 events or non-events in a group, fewer than 10 counted events for a rate, or a group's
interval wider than its own estimate) a :class:`~civicanalysis.ThinDataWarning` is raised and the
explanation says the result cannot carry a conclusion. When several comparisons are made at once,
the intervals of the comparisons are widened (Bonferroni by default, via statsmodels
``multipletests`` for the p-values) so that all of them together hold at ``conf_level``, and the
explanation says how many comparisons were made. The word "significant" is never used, and a
p-value never appears without the estimate and its interval.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from ._exceptions import (
    ColumnTypeError,
    InvalidOptionError,
    MultipleComparisonsWarning,
    ThinDataWarning,
    TooFewRowsError,
)
from ._results import Estimate, ResultMixin, caveat_field, warn
from ._text import Catalog, fmt, fmt_level, resolve_language
from ._validation import (
    check_column,
    check_column_name,
    check_dataframe,
    check_distinct,
    check_fraction,
    check_option,
    check_random_state,
)

__all__ = ["CompareResult", "CorrelateResult", "compare", "correlate"]

MEASURES = ("mean", "proportion", "rate", "median")
CONTRASTS = ("reference", "pairwise")
CORRECTIONS = ("bonferroni", "sidak", "none")
CI_METHODS = ("auto", "bootstrap")
CORRELATIONS = ("pearson", "spearman", "kendall")

#: Smallest group (or correlation sample) that can carry a conclusion on its own.
MIN_GROUP_SIZE = 15
#: Fewest events (and non-events) per group for a proportion, and counted events for a rate.
MIN_EVENTS = 5
MIN_RATE_EVENTS = 10
#: Work (resamples x rows) above which the bootstrap shows a progress bar when ``progress=None``.
PROGRESS_WORK = 2e8

# The contrast measure of each group measure: (name, null value).
_CONTRAST = {
    "mean": ("difference in means", 0.0),
    "proportion": ("difference in proportions", 0.0),
    "rate": ("rate ratio", 1.0),
    "median": ("difference in medians", 0.0),
}

MSG = Catalog(
    "uncertainty",
    {
        "title_compare": {
            "en": "Comparison of {outcome} by {by}",
            "nl": "Vergelijking van {outcome} per {by}",
        },
        "title_correlate": {
            "en": "Correlation of {x} and {y}",
            "nl": "Correlatie van {x} en {y}",
        },
        "mean": {"en": "mean", "nl": "gemiddelde"},
        "proportion": {"en": "proportion", "nl": "aandeel"},
        "rate": {"en": "rate", "nl": "frequentie"},
        "median": {"en": "median", "nl": "mediaan"},
        "difference in means": {"en": "difference in means", "nl": "verschil in gemiddelden"},
        "difference in proportions": {
            "en": "difference in proportions",
            "nl": "verschil in aandelen",
        },
        "rate ratio": {"en": "rate ratio", "nl": "verhouding van frequenties (rate ratio)"},
        "difference in medians": {"en": "difference in medians", "nl": "verschil in medianen"},
        "pearson": {"en": "Pearson correlation", "nl": "Pearson-correlatie"},
        "spearman": {"en": "Spearman rank correlation", "nl": "Spearman-rangcorrelatie"},
        "kendall": {"en": "Kendall rank correlation", "nl": "Kendall-rangcorrelatie"},
        "pct_points": {"en": "percentage points", "nl": "procentpunt"},
        "the mean": {"en": "the mean", "nl": "het gemiddelde"},
        "the proportion": {"en": "the proportion", "nl": "het aandeel"},
        "the rate": {"en": "the rate", "nl": "de frequentie"},
        "the median": {"en": "the median", "nl": "de mediaan"},
        "the difference in means": {
            "en": "the difference in means",
            "nl": "het verschil in gemiddelden",
        },
        "the difference in proportions": {
            "en": "the difference in proportions",
            "nl": "het verschil in aandelen",
        },
        "the rate ratio": {
            "en": "the rate ratio",
            "nl": "de verhouding van frequenties (rate ratio)",
        },
        "the difference in medians": {
            "en": "the difference in medians",
            "nl": "het verschil in medianen",
        },
        "effect_difference": {"en": "difference", "nl": "verschil"},
        "cmp_what": {
            "en": "We compared {group_measure} of {outcome!r} between the {k} groups of "
            "{by!r} ({n} rows); the headline is {group!r} against {reference!r}: a {measure} of "
            "{value}.",
            "nl": "We vergeleken {group_measure} van {outcome!r} tussen de {k} groepen van "
            "{by!r} ({n} rijen); de kern is {group!r} tegenover {reference!r}: een {measure} van "
            "{value}.",
        },
        "cmp_multi": {
            "en": "{m} comparisons were made ({how}); with the {correction} correction "
            "(statsmodels multipletests) each interval is a {level}% interval, so that all {m} "
            "together hold with {family}% confidence, and the headline is the largest of them.",
            "nl": "Er zijn {m} vergelijkingen gemaakt ({how}); met de {correction}-correctie "
            "(statsmodels multipletests) is elk interval een {level}%-interval, zodat ze alle "
            "{m} samen met {family}% betrouwbaarheid kloppen, en de kern is de grootste ervan.",
        },
        "cmp_multi_none": {
            "en": "{m} comparisons were made ({how}) without a correction for multiple "
            "comparisons, so some intervals will exclude 'no difference' by chance alone; the "
            "headline is the largest of them.",
            "nl": "Er zijn {m} vergelijkingen gemaakt ({how}) zonder correctie voor meervoudig "
            "vergelijken, dus sommige intervallen sluiten 'geen verschil' puur door toeval uit; de "
            "kern is de grootste ervan.",
        },
        "how_reference": {
            "en": "each group against {reference!r}",
            "nl": "elke groep tegenover {reference!r}",
        },
        "how_pairwise": {"en": "every group against every other", "nl": "elke groep met elke"},
        "cmp_adjusted": {
            "en": "Holding {adjust} fixed (regression), {measure} is {value}, against "
            "{crude} without that adjustment.",
            "nl": "Bij gelijke {adjust} (regressie) is {measure} {value}, tegenover "
            "{crude} zonder die correctie.",
        },
        "cmp_not_cause": {
            "en": "A difference between groups says nothing yet about its cause: the groups may "
            "differ in other ways too (check with ca.check_confounders).",
            "nl": "Een verschil tussen groepen zegt nog niets over de oorzaak: de groepen kunnen "
            "ook op andere punten verschillen (controleer dat met ca.check_confounders).",
        },
        "thin_sentence": {
            "en": "The numbers for {groups} are too thin to carry a conclusion on their own "
            "({reasons}).",
            "nl": "De aantallen voor {groups} zijn te dun om zelf een conclusie te dragen "
            "({reasons}).",
        },
        "thin_warning": {
            "en": "by={by!r}: the numbers for {groups} are too thin to carry a conclusion "
            "({reasons}). Treat their estimates as unreliable: combine small groups, use a "
            "longer period, or report them as 'too few to say'.",
            "nl": "by={by!r}: de aantallen voor {groups} zijn te dun om een conclusie te dragen "
            "({reasons}). Beschouw hun schattingen als onbetrouwbaar: voeg kleine groepen "
            "samen, neem een langere periode, of meld ze als 'te weinig om iets te zeggen'.",
        },
        "reason_small": {
            "en": "fewer than {k} observations",
            "nl": "minder dan {k} waarnemingen",
        },
        "reason_events": {
            "en": "fewer than {k} events or non-events",
            "nl": "minder dan {k} gebeurtenissen of niet-gebeurtenissen",
        },
        "reason_rate_events": {
            "en": "fewer than {k} counted events",
            "nl": "minder dan {k} getelde gebeurtenissen",
        },
        "reason_wide": {
            "en": "an interval wider than the estimate itself",
            "nl": "een interval breder dan de schatting zelf",
        },
        "reason_no_interval": {
            "en": "no interval could be computed",
            "nl": "er kon geen interval worden berekend",
        },
        "multi_warning": {
            "en": "correction='none' with {m} comparisons: about {expected} of them would "
            "exclude 'no difference' at {level}% by chance alone, even if no group differed. Use "
            "correction='bonferroni' (the default) unless you planned one comparison in advance.",
            "nl": "correction='none' bij {m} vergelijkingen: ongeveer {expected} ervan zouden "
            "puur door toeval 'geen verschil' uitsluiten bij {level}%, ook als geen enkele groep "
            "verschilt. Gebruik correction='bonferroni' (de standaard), tenzij u vooraf één "
            "vergelijking had gepland.",
        },
        "empty_groups": {
            "en": "by={by!r}: the group(s) {groups} have no rows (unused categories) and are left "
            "out of the comparison. If they should have data, check the filter that produced it.",
            "nl": "by={by!r}: de groep(en) {groups} hebben geen rijen (ongebruikte categorieën) en "
            "doen niet mee in de vergelijking. Als er wel data hoort te zijn, controleer dan de "
            "selectie waar de data uit komen.",
        },
        "one_observation": {
            "en": "by={by!r}: the group {group!r} has {n} observation(s); at least 2 are needed "
            "to see how much the {outcome!r} values vary within a group. Merge it with a similar "
            "group, or leave it out on purpose, e.g. data[data[{by!r}] != {group!r}], and report "
            "that you did.",
            "nl": "by={by!r}: de groep {group!r} heeft {n} waarneming(en); er zijn er minstens 2 "
            "nodig om te zien hoeveel de waarden van {outcome!r} binnen een groep variëren. Voeg "
            "hem samen met een vergelijkbare groep, of laat hem bewust weg, bijvoorbeeld "
            "data[data[{by!r}] != {group!r}], en meld dat.",
        },
        "negative_count": {
            "en": "outcome={outcome!r} has {k} negative value(s) (e.g. {value}); measure='rate' "
            "needs counts of 0 or more. Check the column, or use measure='mean'.",
            "nl": "outcome={outcome!r} heeft {k} negatieve waarde(n) (bijvoorbeeld {value}); "
            "measure='rate' vraagt om aantallen van 0 of meer. Controleer de kolom, of gebruik "
            "measure='mean'.",
        },
        "denominator_positive": {
            "en": "denominator={col!r} has {k} value(s) of 0 or less; a rate divides by it, so "
            "every row needs a positive exposure (time, population). Remove or correct those rows.",
            "nl": "denominator={col!r} heeft {k} waarde(n) van 0 of minder; een frequentie deelt "
            "erdoor, dus elke rij heeft een positieve noemer nodig (tijd, bevolking). Verwijder "
            "of herstel die rijen.",
        },
        "denominator_needs_rate": {
            "en": "denominator={col!r} is only used with measure='rate' (counts per unit of "
            "exposure); got measure={measure!r}. Pass measure='rate' or leave denominator out.",
            "nl": "denominator={col!r} wordt alleen gebruikt bij measure='rate' (aantallen per "
            "eenheid blootstelling); u gaf measure={measure!r}. Geef measure='rate' mee of laat "
            "denominator weg.",
        },
        "bootstrap_rate": {
            "en": "ci_method='bootstrap' is not available for measure='rate'; rates have exact "
            "and score intervals. Leave ci_method at 'auto'.",
            "nl": "ci_method='bootstrap' is niet beschikbaar bij measure='rate'; voor frequenties "
            "zijn er exacte en score-intervallen. Laat ci_method op 'auto' staan.",
        },
        "n_resamples": {
            "en": "n_resamples={value!r} must be a whole number of at least 1,000; with fewer "
            "resamples the interval bounds themselves are too noisy. The default is 9,999.",
            "nl": "n_resamples={value!r} moet een geheel getal van minstens 1.000 zijn; met minder "
            "herhalingen zijn de intervalgrenzen zelf te onnauwkeurig. De standaard is 9.999.",
        },
        "adjust_for_type": {
            "en": "adjust_for must be a column name or a list of column names; got {typ}.",
            "nl": "adjust_for moet een kolomnaam of een lijst van kolomnamen zijn; het is {typ}.",
        },
        "too_few_for_correlation": {
            "en": "{n} complete rows of x={x!r} and y={y!r}; at least 5 are needed for a "
            "correlation with an interval. Use more data.",
            "nl": "{n} complete rijen van x={x!r} en y={y!r}; er zijn er minstens 5 nodig voor "
            "een correlatie met een interval. Gebruik meer data.",
        },
        "corr_what": {
            "en": "The {measure} between {x!r} and {y!r} over {n} rows is {value}.",
            "nl": "De {measure} tussen {x!r} en {y!r} over {n} rijen is {value}.",
        },
        "corr_not_cause": {
            "en": "Correlation is not causation: the same pattern can come from a common cause "
            "that drives both, from the reverse direction ({y!r} affecting {x!r}), from "
            "selection (which cases ended up in the data) or from chance.",
            "nl": "Correlatie is geen causaliteit: hetzelfde patroon kan komen door een "
            "gemeenschappelijke oorzaak die beide beïnvloedt, door de omgekeerde richting "
            "({y!r} beïnvloedt {x!r}), door selectie (welke gevallen in de data terechtkwamen) "
            "of door toeval.",
        },
        "corr_confounders": {
            "en": "To see whether another variable explains the pattern, use ca.check_confounders.",
            "nl": "Gebruik ca.check_confounders om te zien of een andere variabele het patroon "
            "verklaart.",
        },
        "corr_pearson_note": {
            "en": "A Pearson correlation measures straight-line association only and is "
            "sensitive to outliers; look at the scatter plot.",
            "nl": "Een Pearson-correlatie meet alleen een rechtlijnige samenhang en is gevoelig "
            "voor uitschieters; bekijk de spreidingsgrafiek.",
        },
        "corr_rank_note": {
            "en": "A rank correlation measures whether one goes up when the other does, not by "
            "how much.",
            "nl": "Een rangcorrelatie meet of de ene stijgt als de andere stijgt, niet hoeveel.",
        },
        "corr_thin": {
            "en": "x={x!r}, y={y!r}: only {n} complete rows (fewer than {k}); the correlation is "
            "too thin to carry a conclusion. Collect more data before acting on it.",
            "nl": "x={x!r}, y={y!r}: slechts {n} complete rijen (minder dan {k}); de correlatie "
            "is te dun om een conclusie te dragen. Verzamel meer data voordat u erop handelt.",
        },
        "axis_groups": {"en": "{measure} of {outcome}", "nl": "{measure} van {outcome}"},
        "bootstrap_progress": {"en": "bootstrap", "nl": "bootstrap"},
    },
)


# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------


def _local_estimate(est: Estimate, lang: str, *, percent: bool = False) -> Estimate:
    """A display copy of ``est`` with the measure name in ``lang`` (and proportions in %)."""
    local = replace(est, measure=MSG(est.measure, lang=lang) if est.measure in MSG else est.measure)
    if percent:
        local = replace(
            local,
            value=100 * est.value,
            ci_low=100 * est.ci_low,
            ci_high=100 * est.ci_high,
            unit=MSG("pct_points", lang=lang),
        )
    return local


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
        return _local_estimate(est, lang, percent=self.measure == "proportion")

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
                value=_interval_text(crude, lang),
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
                    value=_interval_text(adjusted, lang),
                    crude=fmt(crude.value, lang) + (f" {crude.unit}" if crude.unit else ""),
                )
            )
        headline = self._headline(self.estimate, lang)
        sentences.append(_verdict(headline, lang, effect=effect))
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
                        level=_level_text(self.crude.conf_level, lang),
                        family=_level_text(self._family_level, lang),
                    )
                )
        if self.thin_groups:
            sentences.append(
                MSG(
                    "thin_sentence",
                    lang=lang,
                    groups=_name_list(self.thin_groups),
                    reasons="; ".join(_reason_text(r, lang) for r in self.thin_reasons),
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
        from ._plotting import interval_plot

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
            null = _CONTRAST[self.measure][1]
            xlabel = MSG(_CONTRAST[self.measure][0], lang=lang)
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
    _points: tuple[np.ndarray, np.ndarray] | None = None

    def _title(self, lang: str) -> str:
        return MSG("title_correlate", lang=lang, x=self.x, y=self.y)

    def _explain_sentences(self, lang: str) -> list[str]:
        local = _local_estimate(self.estimate, lang)
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
        from ._plotting import new_axes

        ax = new_axes(ax, height=3.6, width=4.8)
        if self._points is not None:
            xs, ys = self._points
            alpha = 0.6 if len(xs) < 500 else 0.25
            ax.scatter(xs, ys, s=10, alpha=alpha, color="#1f5c99", linewidths=0)
        ax.set_xlabel(self.x)
        ax.set_ylabel(self.y)
        lang = resolve_language(None)
        local = _local_estimate(self.estimate, lang)
        ax.set_title(f"{local.measure}: {local.interval_text(lang)}", loc="left", fontsize="small")
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return ax


def _name_list(names: Sequence[str], limit: int = 8) -> str:
    """``'a', 'b', 'c'`` for a few names, ``'a', 'b', … (+N)`` for many."""
    shown = ", ".join(repr(str(n)) for n in names[:limit])
    return shown + (f", … (+{len(names) - limit})" if len(names) > limit else "")


def _level_text(level: float, lang: str | None) -> str:
    """A confidence level for a sentence, to at most two decimals: 0.992857 -> '99.29'."""
    return fmt_level(round(level, 4), lang)


def _interval_text(est: Estimate, lang: str) -> str:
    """``Estimate.interval_text`` with a readable level for corrected intervals."""
    return est.interval_text(lang).replace(
        fmt_level(est.conf_level, lang) + "%", _level_text(est.conf_level, lang) + "%"
    )


def _verdict(est: Estimate, lang: str, effect: str | None = None) -> str:
    """``Estimate.verdict`` with a readable level for corrected intervals."""
    text = est.verdict(lang, effect=effect).replace(
        fmt_level(est.conf_level, lang) + "%", _level_text(est.conf_level, lang) + "%"
    )
    if lang == "nl":
        # The shared Dutch sentence says "de {measure}"; "verschil" takes the article "het".
        text = text.replace("de verschil", "het verschil")
    return text


def _reason_text(reason: str, lang: str | None) -> str:
    key, _, k = reason.partition(":")
    return MSG(key, lang=lang, k=k)


# ---------------------------------------------------------------------------------------------
# Interval engines (vectorised over groups; each checked against statsmodels/scipy in the tests)
# ---------------------------------------------------------------------------------------------


def _mean_intervals(mean, var, n, alpha):
    """t intervals of group means (as statsmodels ``DescrStatsW.tconfint_mean``)."""
    from scipy import stats

    se = np.sqrt(var / n)
    q = stats.t.ppf(1 - alpha / 2, n - 1)
    return mean - q * se, mean + q * se


def _welch(m1, v1, n1, m2, v2, n2, alpha):
    """Welch difference m1 - m2 with its interval and p-value, from group summaries.

    Written out rather than calling statsmodels ``CompareMeans.tconfint_diff(usevar="unequal")``
    because it runs on the group summaries (means, variances, counts) for every contrast at once,
    which keeps ``compare`` fast on a million rows; the tests check it against statsmodels.
    """
    from scipy import stats

    a, b = v1 / n1, v2 / n2
    se = np.sqrt(a + b)
    dof = (a + b) ** 2 / (a**2 / (n1 - 1) + b**2 / (n2 - 1))
    diff = m1 - m2
    q = stats.t.ppf(1 - alpha / 2, dof)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = 2 * stats.t.sf(np.abs(diff / se), dof)
    return diff, diff - q * se, diff + q * se, p


def _bootstrap(
    groups: list[np.ndarray], stat: str, n_resamples: int, rng: np.random.Generator, progress
) -> np.ndarray:
    """Resampled statistics, shape (len(groups), n_resamples): each group resampled on its own.

    Hand-written rather than ``scipy.stats.bootstrap`` because the resampled group statistics are
    shared by every contrast (k groups give k(k-1)/2 pairwise differences from k resampling runs)
    and because 32-bit indices in cache-sized batches make it faster on large data (see bench/).
    """
    total = sum(len(g) for g in groups)
    show = progress if progress is not None else n_resamples * total > PROGRESS_WORK
    out = np.empty((len(groups), n_resamples))
    bar = None
    if show:
        from tqdm.auto import tqdm

        bar = tqdm(total=n_resamples * len(groups), desc=MSG("bootstrap_progress"), leave=False)
    for j, values in enumerate(groups):
        size = len(values)
        dtype = np.int32 if size < 2**31 else np.int64
        # About a million indices per batch keeps the gather in cache (measured: larger batches
        # are slower, see bench/bench_uncertainty.py).
        batch = max(1, min(n_resamples, 1_000_000 // size))
        for start in range(0, n_resamples, batch):
            stop = min(start + batch, n_resamples)
            idx = rng.integers(0, size, size=(stop - start, size), dtype=dtype)
            sample = values[idx]  # fancy indexing: about twice as fast as np.take here
            if stat == "median":
                out[j, start:stop] = np.median(sample, axis=1)
            else:
                out[j, start:stop] = sample.mean(axis=1)
            if bar is not None:
                bar.update(stop - start)
    if bar is not None:
        bar.close()
    return out


def _percentile(dist: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray]:
    low, high = np.quantile(dist, [alpha / 2, 1 - alpha / 2], axis=-1)
    return low, high


# ---------------------------------------------------------------------------------------------
# compare
# ---------------------------------------------------------------------------------------------


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
    data : pandas.DataFrame
        One row per observation (a report, a person, an hour). Not modified.
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
          contrasts made. With ``adjust_for``: the adjusted version of that contrast.
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
    data = check_dataframe(data, min_rows=2, purpose="a comparison")
    conf_level = check_fraction(conf_level)
    measure = check_option(measure, arg="measure", options=(*MEASURES, None))
    contrasts = check_option(contrasts, arg="contrasts", options=CONTRASTS)
    correction = check_option(correction, arg="correction", options=CORRECTIONS)
    ci_method = check_option(ci_method, arg="ci_method", options=CI_METHODS)
    if isinstance(n_resamples, bool) or not isinstance(n_resamples, (int, np.integer)):
        raise InvalidOptionError(MSG("n_resamples", value=n_resamples))
    if n_resamples < 1000:
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
    exposure = np.ones(len(data))
    if denominator is not None:
        if measure != "rate":
            raise InvalidOptionError(
                MSG("denominator_needs_rate", col=denominator, measure=measure)
            )
        exposure = check_column(
            data, denominator, arg="denominator", kind="numeric", allow_constant=True
        ).to_numpy(dtype=float)
        if (exposure <= 0).any():
            raise InvalidOptionError(
                MSG("denominator_positive", col=denominator, k=int((exposure <= 0).sum()))
            )

    caveats: list[str] = []
    levels, empty = _levels(by_series)
    if empty:
        warn(
            ThinDataWarning,
            MSG("empty_groups", by=by_name, groups=", ".join(repr(str(e)) for e in empty)),
            caveats,
        )
    if reference is None:
        reference = levels[0]
    reference = check_option(reference, arg="reference", options=levels)
    ref = levels.index(reference)
    names = [str(level) for level in levels]
    k = len(levels)
    codes = pd.Index(levels).get_indexer(by_series).astype(np.intp)
    n_g = np.bincount(codes, minlength=k).astype(float)
    for i in range(k):
        if n_g[i] < 2:
            raise TooFewRowsError(
                MSG("one_observation", by=by_name, group=names[i], n=int(n_g[i]), outcome=out_name)
            )

    alpha = 1 - conf_level
    pairs = _pairs(k, ref, contrasts)
    m = len(pairs)
    alpha_c = _per_comparison_alpha(alpha, m, correction)
    gi = np.array([p[0] for p in pairs])
    gj = np.array([p[1] for p in pairs])
    events = np.full(k, np.nan)
    sums = np.bincount(codes, weights=y, minlength=k)
    use_bootstrap = ci_method == "bootstrap" or measure == "median"
    boot = None
    if use_bootstrap:
        order = np.argsort(codes, kind="stable")
        splits = np.split(y[order], np.cumsum(n_g.astype(int))[:-1])
        boot = _bootstrap(
            splits, "median" if measure == "median" else "mean", n_resamples, rng, progress
        )
    p_values = np.full(m, np.nan)

    if measure == "mean":
        g_est = sums / n_g
        var = np.bincount(codes, weights=(y - g_est[codes]) ** 2, minlength=k) / (n_g - 1)
        if use_bootstrap:
            g_low, g_high = _percentile(boot, alpha)
            method = f"percentile bootstrap ({n_resamples} resamples)"
            g_method = method
        else:
            g_low, g_high = _mean_intervals(g_est, var, n_g, alpha)
            g_method = "t interval"
            method = "Welch t interval"
        c_est, c_low, c_high, p_values = _welch(
            g_est[gi], var[gi], n_g[gi], g_est[gj], var[gj], n_g[gj], alpha_c
        )
        if use_bootstrap:
            c_low, c_high = _percentile(boot[gi] - boot[gj], alpha_c)
    elif measure == "proportion":
        from statsmodels.stats.proportion import (
            confint_proportions_2indep,
            proportion_confint,
            test_proportions_2indep,
        )

        events = sums
        g_est = sums / n_g
        c_est = g_est[gi] - g_est[gj]
        # statsmodels also computes a ratio and odds ratio here, which divide by zero when a
        # group has no events; only the difference is used.
        with np.errstate(divide="ignore", invalid="ignore"):
            p_values = np.atleast_1d(
                test_proportions_2indep(
                    events[gi], n_g[gi], events[gj], n_g[gj], method="score", compare="diff"
                ).pvalue
            ).astype(float)
        if use_bootstrap:
            g_low, g_high = _percentile(boot, alpha)
            c_low, c_high = _percentile(boot[gi] - boot[gj], alpha_c)
            method = g_method = f"percentile bootstrap ({n_resamples} resamples)"
        else:
            g_low, g_high = proportion_confint(events, n_g, alpha=alpha, method="wilson")
            c_low, c_high = confint_proportions_2indep(
                events[gi],
                n_g[gi],
                events[gj],
                n_g[gj],
                method="newcomb",
                compare="diff",
                alpha=alpha_c,
            )
            g_method, method = "Wilson score interval", "Newcombe hybrid score interval"
    elif measure == "rate":
        from statsmodels.stats.rates import (
            confint_poisson,
            confint_poisson_2indep,
            test_poisson_2indep,
        )

        events = sums
        expo = np.bincount(codes, weights=exposure, minlength=k)
        g_est = events / expo
        g_low, g_high = confint_poisson(events, expo, method="exact-c", alpha=alpha)
        c_est = g_est[gi] / g_est[gj]
        c_low, c_high = np.full(m, np.nan), np.full(m, np.nan)
        for r, (i, j) in enumerate(pairs):
            if events[i] > 0 and events[j] > 0:
                c_low[r], c_high[r] = confint_poisson_2indep(
                    events[i],
                    expo[i],
                    events[j],
                    expo[j],
                    method="score",
                    compare="ratio",
                    alpha=alpha_c,
                )
                p_values[r] = test_poisson_2indep(
                    events[i], expo[i], events[j], expo[j], method="score", compare="ratio"
                ).pvalue
        g_method, method = "exact Poisson interval", "score interval for a rate ratio"
    else:  # median
        from scipy import stats

        order = np.argsort(codes, kind="stable")
        splits = np.split(y[order], np.cumsum(n_g.astype(int))[:-1])
        g_est = np.array([np.median(s) for s in splits])
        g_low, g_high = np.full(k, np.nan), np.full(k, np.nan)
        for i, s in enumerate(splits):
            ci = stats.quantile_test(s, q=g_est[i], p=0.5).confidence_interval(conf_level)
            g_low[i], g_high[i] = ci.low, ci.high
        c_est = g_est[gi] - g_est[gj]
        c_low, c_high = _percentile(boot[gi] - boot[gj], alpha_c)
        g_method = "order-statistic interval"
        method = f"percentile bootstrap ({n_resamples} resamples)"

    p_adjusted = p_values.copy()
    ok = ~np.isnan(p_values)
    if m > 1 and correction != "none" and ok.any():
        from statsmodels.stats.multitest import multipletests

        p_adjusted[ok] = multipletests(p_values[ok], method=correction)[1]

    contrast_name, null = _CONTRAST[measure]
    level_c = 1 - alpha_c
    rows = []
    for i in range(k):
        rows.append(
            {
                "kind": "group",
                "group": names[i],
                "reference": "",
                "estimate": float(g_est[i]),
                "ci_low": float(g_low[i]),
                "ci_high": float(g_high[i]),
                "conf_level": conf_level,
                "n": int(n_g[i]),
                "n_events": float(events[i]),
                "p_value": np.nan,
                "p_adjusted": np.nan,
                "measure": measure,
                "method": g_method,
            }
        )
    crude_list = []
    for r, (i, j) in enumerate(pairs):
        rows.append(
            {
                "kind": "contrast",
                "group": names[i],
                "reference": names[j],
                "estimate": float(c_est[r]),
                "ci_low": float(c_low[r]),
                "ci_high": float(c_high[r]),
                "conf_level": level_c,
                "n": int(n_g[i] + n_g[j]),
                "n_events": float(events[i] + events[j]),
                "p_value": float(p_values[r]),
                "p_adjusted": float(p_adjusted[r]),
                "measure": contrast_name,
                "method": method,
            }
        )
        crude_list.append(
            Estimate(
                contrast_name,
                float(c_est[r]),
                float(c_low[r]),
                float(c_high[r]),
                null=null,
                conf_level=level_c,
                method=method,
                n=int(n_g[i] + n_g[j]),
                p_value=None if np.isnan(p_adjusted[r]) else float(p_adjusted[r]),
                label=f"{names[i]} vs {names[j]}",
                unit="" if measure in ("proportion", "rate") else unit,
            )
        )

    distance = np.abs(np.log(c_est) if null == 1.0 else c_est - null)
    distance = np.where(np.isnan(distance), -np.inf, distance)
    head = int(np.argmax(distance)) if m > 1 else 0
    crude = crude_list[head]

    adjusted = None
    if adjust_cols:
        adj_rows = _adjusted_contrasts(
            data, adjust_cols, y, codes, k, pairs, measure, exposure, alpha_c
        )
        for r, (i, j) in enumerate(pairs):
            value, low, high, p = adj_rows[r]
            rows.append(
                {
                    "kind": "adjusted contrast",
                    "group": names[i],
                    "reference": names[j],
                    "estimate": value,
                    "ci_low": low,
                    "ci_high": high,
                    "conf_level": level_c,
                    "n": int(n_g[i] + n_g[j]),
                    "n_events": float(events[i] + events[j]),
                    "p_value": p,
                    "p_adjusted": p,
                    "measure": contrast_name,
                    "method": _ADJ_METHOD[measure],
                }
            )
        value, low, high, p = adj_rows[head]
        adjusted = replace(
            crude,
            value=value,
            ci_low=low,
            ci_high=high,
            p_value=p,
            method=_ADJ_METHOD[measure],
        )
    table = pd.DataFrame(rows)
    adj = (table["kind"] == "adjusted contrast").to_numpy()
    if adj.any() and m > 1 and correction != "none":
        from statsmodels.stats.multitest import multipletests

        p_adj = multipletests(table.loc[adj, "p_value"], method=correction)[1]
        table.loc[adj, "p_adjusted"] = p_adj
        adjusted = replace(adjusted, p_value=float(p_adj[head]))

    thin, reasons = _thin_groups(
        names, n_g, events, g_est, g_low, g_high, measure, signed=bool((y < 0).any())
    )
    if thin:
        warn(
            ThinDataWarning,
            MSG(
                "thin_warning",
                by=by_name,
                groups=_name_list(thin),
                reasons="; ".join(_reason_text(r, None) for r in reasons),
            ),
            caveats,
        )
    if m > 1 and correction == "none":
        warn(
            MultipleComparisonsWarning,
            MSG(
                "multi_warning",
                m=m,
                expected=fmt(m * alpha),
                level=fmt_level(conf_level),
            ),
            caveats,
        )

    return CompareResult(
        estimate=adjusted if adjusted is not None else crude,
        table=table,
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


_ADJ_METHOD = {
    "mean": "OLS with HC1 standard errors",
    "proportion": "linear probability model, HC1 standard errors",
    "rate": "Poisson regression, HC1 standard errors",
    "median": "median (quantile) regression",
}


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


def _adjusted_contrasts(data, adjust_cols, y, codes, k, pairs, measure, exposure, alpha):
    """Adjusted contrasts from a regression of the outcome on the groups and ``adjust_cols``."""
    import statsmodels.api as sm

    parts = [np.ones((len(y), 1))]
    dummies = np.zeros((len(y), k))
    dummies[np.arange(len(y)), codes] = 1.0
    ref_levels = sorted({j for _, j in pairs})
    ref = ref_levels[0] if len(ref_levels) == 1 else 0
    keep = [c for c in range(k) if c != ref]
    parts.append(dummies[:, keep])
    for col in adjust_cols:
        series = check_column(data, col, arg="adjust_for", kind="any")
        if pd.api.types.is_bool_dtype(series) or pd.api.types.is_numeric_dtype(series):
            parts.append(series.to_numpy(dtype=float).reshape(-1, 1))
        else:
            parts.append(pd.get_dummies(series, drop_first=True).to_numpy(dtype=float))
    X = np.hstack(parts)
    if measure == "rate":
        model = sm.GLM(y, X, family=sm.families.Poisson(), exposure=exposure)
        fit = model.fit(cov_type="HC1")
    elif measure == "median":
        fit = sm.QuantReg(y, X).fit(q=0.5)
    else:
        fit = sm.OLS(y, X).fit(cov_type="HC1")
    position = {c: 1 + n for n, c in enumerate(keep)}
    L = np.zeros((len(pairs), X.shape[1]))
    for r, (i, j) in enumerate(pairs):
        if i in position:
            L[r, position[i]] += 1
        if j in position:
            L[r, position[j]] -= 1
    test = fit.t_test(L)
    value = np.atleast_1d(test.effect).astype(float)
    ci = np.atleast_2d(test.conf_int(alpha=alpha))
    p = np.atleast_1d(test.pvalue).astype(float)
    low, high = ci[:, 0], ci[:, 1]
    if measure == "rate":
        value, low, high = np.exp(value), np.exp(low), np.exp(high)
    return [
        (float(value[r]), float(low[r]), float(high[r]), float(p[r])) for r in range(len(pairs))
    ]


# ---------------------------------------------------------------------------------------------
# correlate
# ---------------------------------------------------------------------------------------------


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
