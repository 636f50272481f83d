"""The E-value: how strong an unmeasured confounder would have to be to explain an association away.

:func:`e_value` implements VanderWeele & Ding (2017). No maintained Python implementation is among
the package's dependencies (the reference is the R package EValue), so the published formulas are
written out here and tested against the paper's worked examples and the R package's values in
``tests/test_evalue.py``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import ClassVar

import pandas as pd

from ._exceptions import InvalidOptionError
from ._results import Estimate, ResultMixin, measure_name, with_article
from ._text import Catalog, resolve_language

__all__ = ["RARE_OUTCOME_PREVALENCE", "EValueResult", "e_value"]

#: Below this prevalence an outcome counts as rare: odds and hazard ratios are then taken as risk
#: ratios (VanderWeele & Ding 2017; VanderWeele 2017, "outcomes under 15%").
RARE_OUTCOME_PREVALENCE = 0.15

MSG = Catalog(
    "evalue",
    {
        "approx_or_rare": {
            "en": "odds ratio ≈ risk ratio (rare outcome)",
            "nl": "oddsratio ≈ relatief risico (zeldzame uitkomst)",
        },
        "approx_or_common": {
            "en": "risk ratio ≈ √(odds ratio) (common outcome)",
            "nl": "relatief risico ≈ √(oddsratio) (veelvoorkomende uitkomst)",
        },
        "approx_hr_rare": {
            "en": "hazard ratio ≈ risk ratio (rare outcome)",
            "nl": "hazardratio ≈ relatief risico (zeldzame uitkomst)",
        },
        "approx_hr_common": {
            "en": "risk ratio ≈ (1 − 0.5^√HR) / (1 − 0.5^√(1/HR)) (common outcome)",
            "nl": "relatief risico ≈ (1 − 0,5^√HR) / (1 − 0,5^√(1/HR)) (veelvoorkomende uitkomst)",
        },
        "approx_rate": {
            "en": "rate ratio taken as a risk ratio",
            "nl": "frequentieverhouding opgevat als relatief risico",
        },
        "approx_rr": {"en": "none (a risk ratio)", "nl": "geen (een relatief risico)"},
        "approx_diff": {
            "en": "risk ratio ≈ exp(0.91 × standardised difference)",
            "nl": "relatief risico ≈ exp(0,91 × gestandaardiseerd verschil)",
        },
        "ev_title": {
            "en": "E-value: sensitivity to an unmeasured confounder",
            "nl": "E-waarde: gevoeligheid voor een niet-gemeten verstorende variabele",
        },
        "ev_what": {
            "en": "The estimate: {measure} is {value}.",
            "nl": "De schatting: {measure} is {value}.",
        },
        "ev_point": {
            "en": "To explain this association away, an unmeasured confounder would need a risk "
            "ratio of at least {e} with both the exposure and the outcome (the E-value), beyond "
            "the variables already held fixed.",
            "nl": "Om deze samenhang weg te verklaren, zou een niet-gemeten verstorende variabele "
            "een relatief risico van minstens {e} moeten hebben met zowel de blootstelling als de "
            "uitkomst (de E-waarde), bovenop de variabelen die al gelijk zijn gehouden.",
        },
        "ev_ci": {
            "en": "To move the interval so that it includes no association, {e} would be enough.",
            "nl": "Om het interval zo te verschuiven dat het geen samenhang meer uitsluit, is {e} "
            "al genoeg.",
        },
        "ev_ci_one": {
            "en": "The interval already includes no association, so no hidden variable is needed "
            "to make the data consistent with none.",
            "nl": "Het interval sluit geen samenhang nu al niet uit; er is dus geen verborgen "
            "variabele nodig om de data met geen samenhang te laten kloppen.",
        },
        "ev_ci_unknown": {
            "en": "The estimate has no interval, so the E-value of its interval is unknown.",
            "nl": "De schatting heeft geen interval, dus de E-waarde van het interval is onbekend.",
        },
        "ev_not": {
            "en": "The E-value does not say that such a variable exists, nor that it does not; "
            "judge whether one this strong is plausible.",
            "nl": "De E-waarde zegt niet dat zo'n variabele bestaat, en ook niet dat die er niet "
            "is; beoordeel zelf of een variabele van deze sterkte aannemelijk is.",
        },
        "assume_rare": {
            "en": "Assumption: the outcome is rare (under 15%), so the {measure} is taken as a "
            "risk ratio.",
            "nl": "Aanname: de uitkomst is zeldzaam (onder 15%), dus {measure} is als relatief "
            "risico genomen.",
        },
        "assume_common_or": {
            "en": "Assumption: the outcome is common (15% or more), so the odds ratio is turned "
            "into a risk ratio by its square root (pass rare_outcome=True if it is rare).",
            "nl": "Aanname: de uitkomst is niet zeldzaam (15% of meer), dus de oddsratio is via "
            "de wortel omgezet in een relatief risico (geef rare_outcome=True mee als de uitkomst "
            "zeldzaam is).",
        },
        "assume_common_hr": {
            "en": "Assumption: the outcome is common (15% or more by the end of follow-up), so "
            "the hazard ratio is turned into a risk ratio with VanderWeele's formula (pass "
            "rare_outcome=True if it is rare).",
            "nl": "Aanname: de uitkomst is niet zeldzaam (15% of meer aan het eind van de "
            "follow-up), dus de hazardratio is met de formule van VanderWeele omgezet in een "
            "relatief risico (geef rare_outcome=True mee als de uitkomst zeldzaam is).",
        },
        "assume_rate": {
            "en": "Assumption: the rate ratio is taken as a risk ratio.",
            "nl": "Aanname: de frequentieverhouding is als relatief risico genomen.",
        },
        "assume_rr": {
            "en": "The estimate is a risk ratio, so no conversion was needed.",
            "nl": "De schatting is een relatief risico, dus er was geen omzetting nodig.",
        },
        "assume_diff": {
            "en": "Assumption: the difference is divided by the outcome's standard deviation and "
            "turned into a risk ratio as exp(0.91 × d), an approximation.",
            "nl": "Aanname: het verschil is gedeeld door de standaardafwijking van de uitkomst en "
            "omgezet in een relatief risico als exp(0,91 × d), een benadering.",
        },
        "ev_type": {
            "en": "estimate must be a civicanalysis Estimate (e.g. result.estimate); got {typ} "
            "instead. Build one with ca.Estimate('risk ratio', value, ci_low, ci_high, null=1.0).",
            "nl": "estimate moet een civicanalysis Estimate zijn (bijvoorbeeld result.estimate); "
            "het is {typ}. Maak er een met ca.Estimate('risk ratio', waarde, ci_low, ci_high, "
            "null=1.0).",
        },
        "ev_sd": {
            "en": "sd={value!r}: a {measure} needs the standard deviation of the outcome (a "
            "positive number) to be put on the risk-ratio scale. Pass sd=data[outcome].std().",
            "nl": "sd={value!r}: een {measure} heeft de standaardafwijking van de uitkomst nodig "
            "(een positief getal) om naar de schaal van een relatief risico te gaan. Geef "
            "sd=data[uitkomst].std() mee.",
        },
        "ev_measure": {
            "en": "estimate.measure={measure!r} has no E-value formula; it works for {measures}, "
            "a difference in means (with sd=) or a standardised difference.",
            "nl": "estimate.measure={measure!r} heeft geen formule voor de E-waarde; die bestaat "
            "voor {measures}, een verschil in gemiddelden (met sd=) of een gestandaardiseerd "
            "verschil.",
        },
        "ev_bad_value": {
            "en": "estimate.value={value!r}: a {measure} must be a positive, finite number for an "
            "E-value (a ratio of 0, below 0 or missing has no risk-ratio meaning). Check how the "
            "estimate was computed; a ratio of 0 usually means a group without events.",
            "nl": "estimate.value={value!r}: voor een E-waarde moet {measure} een positief, "
            "eindig getal zijn (een verhouding van 0, kleiner dan 0 of ontbrekend betekent niets "
            "als relatief risico). Controleer hoe de schatting is berekend; een verhouding van 0 "
            "betekent meestal een groep zonder gebeurtenissen.",
        },
        "ev_bad_diff": {
            "en": "estimate.value={value!r}: a {measure} must be a finite number for an E-value. "
            "Check how the estimate was computed.",
            "nl": "estimate.value={value!r}: voor een E-waarde moet {measure} een eindig getal "
            "zijn. Controleer hoe de schatting is berekend.",
        },
        "ev_rare_type": {
            "en": "rare_outcome={value!r} must be True (the outcome occurs in under 15%) or False.",
            "nl": "rare_outcome={value!r} moet True (de uitkomst komt bij minder dan 15% voor) of "
            "False zijn.",
        },
    },
)

_RATIO_MEASURES = ("risk ratio", "rate ratio", "odds ratio", "hazard ratio")
_DIFFERENCE_MEASURES = ("difference in means", "standardised difference", "slope")


def _e_of_rr(rr: float) -> float:
    """E-value of a risk ratio (VanderWeele & Ding 2017, eq. 2); protective ratios are inverted."""
    if math.isnan(rr) or rr <= 0:
        return math.nan
    if math.isinf(rr):
        return math.inf
    rr = 1 / rr if rr < 1 else rr
    return rr + math.sqrt(rr * (rr - 1))


def _to_rr(value: float, kind: str, rare_outcome: bool) -> float:
    """Approximate risk ratio of a ratio measure (VanderWeele & Ding 2017, Table 2).

    Infinite limits stay infinite, a limit of 0 stays 0 (both conversions are monotone).
    """
    if math.isnan(value) or value < 0:
        return math.nan
    if value == 0 or math.isinf(value):
        return value
    if kind == "odds ratio" and not rare_outcome:
        return math.sqrt(value)
    if kind == "hazard ratio" and not rare_outcome:
        return (1 - 0.5 ** math.sqrt(value)) / (1 - 0.5 ** math.sqrt(1 / value))
    return value


@dataclass(frozen=True, eq=False, repr=False)
class EValueResult(ResultMixin):
    """Result of :func:`e_value`.

    Attributes
    ----------
    point : float
        E-value of the point estimate: the risk ratio an unmeasured confounder would need with
        both the exposure and the outcome to move the estimate to no association.
    ci : float
        E-value of the interval limit nearest to no association (1 when the interval already
        includes it; NaN when the estimate has no interval).
    risk_ratio : Estimate
        The estimate on the (approximate) risk-ratio scale the E-value was computed from.
    source : Estimate
        The estimate as given.
    approximation : str
        How the estimate was turned into a risk ratio.
    rare_outcome : bool
        Whether the rare-outcome conversion was used (only matters for odds and hazard ratios).
    table : pandas.DataFrame
        One row: ``estimate``, ``ci_low``, ``ci_high`` (risk-ratio scale), ``e_value``,
        ``e_value_ci``, ``measure``, ``method``, ``rare_outcome``.
    caveats : tuple of str
    """

    point: float
    ci: float
    risk_ratio: Estimate
    source: Estimate
    approximation: str
    table: pd.DataFrame
    caveats: tuple[str, ...] = ()
    rare_outcome: bool = False
    rung: ClassVar[str] = "information"
    _show_plot_in_html: ClassVar[bool] = False
    # The compact display: the estimate it started from, its E-values and the assumption.
    _display_columns: ClassVar[tuple[str, ...]] = (
        "measure",
        "estimate",
        "ci_low",
        "ci_high",
        "e_value",
        "e_value_ci",
        "rare_outcome",
    )

    def _title(self, lang: str) -> str:
        return MSG("ev_title", lang=lang)

    def assumption(self, lang: str | None = None) -> str:
        """The sentence that says which conversion to a risk ratio was used."""
        return assumption_text(self.source.measure, self.rare_outcome, lang)

    def _explain_sentences(self, lang: str) -> list[str]:
        measure = with_article(measure_name(self.source.measure, lang), lang)
        if math.isnan(self.ci):
            ci = MSG("ev_ci_unknown", lang=lang)
        elif self.ci <= 1:
            ci = MSG("ev_ci_one", lang=lang)
        else:
            ci = MSG("ev_ci", lang=lang, e=self.ci)
        return [
            MSG("ev_what", lang=lang, measure=measure, value=self.source.interval_text(lang)),
            MSG("ev_point", lang=lang, e=self.point),
            ci,
            self.assumption(lang),
            MSG("ev_not", lang=lang),
        ]


def assumption_text(measure: str, rare_outcome: bool, lang: str | None = None) -> str:
    """Which conversion to a risk ratio an E-value of ``measure`` used, in words."""
    lang = resolve_language(lang)
    kind = next((m for m in _RATIO_MEASURES if m in measure.lower()), None)
    if kind in ("odds ratio", "hazard ratio"):
        if rare_outcome:
            return MSG(
                "assume_rare", lang=lang, measure=with_article(measure_name(kind, lang), lang)
            )
        return MSG("assume_common_or" if kind == "odds ratio" else "assume_common_hr", lang=lang)
    if kind == "rate ratio":
        return MSG("assume_rate", lang=lang)
    if kind == "risk ratio":
        return MSG("assume_rr", lang=lang)
    return MSG("assume_diff", lang=lang)


def _converter(estimate: Estimate, rare_outcome: bool, sd: float | None):
    """The function turning the estimate's values into risk ratios, and its description."""
    measure = estimate.measure.lower()
    kind = next((m for m in _RATIO_MEASURES if m in measure), None)
    if kind is not None:
        value = estimate.value
        if not (isinstance(value, (int, float)) and math.isfinite(value) and value > 0):
            raise InvalidOptionError(MSG("ev_bad_value", value=value, measure=estimate.measure))
        key = {
            "odds ratio": "approx_or_rare" if rare_outcome else "approx_or_common",
            "hazard ratio": "approx_hr_rare" if rare_outcome else "approx_hr_common",
            "rate ratio": "approx_rate",
            "risk ratio": "approx_rr",
        }[kind]
        approximation = MSG(key)
        return (lambda v: _to_rr(v, kind, rare_outcome)), approximation
    if any(m in measure for m in _DIFFERENCE_MEASURES):
        if not (isinstance(estimate.value, (int, float)) and math.isfinite(estimate.value)):
            raise InvalidOptionError(
                MSG("ev_bad_diff", value=estimate.value, measure=estimate.measure)
            )
        if "standardised" in measure:
            scale = 1.0
        elif sd is None or not (isinstance(sd, (int, float)) and sd > 0 and math.isfinite(sd)):
            raise InvalidOptionError(MSG("ev_sd", value=sd, measure=estimate.measure))
        else:
            scale = float(sd)

        def convert(v: float) -> float:
            if math.isnan(v):
                return math.nan
            return math.exp(min(0.91 * v / scale, 700.0)) if v < math.inf else math.inf

        return convert, MSG("approx_diff")
    raise InvalidOptionError(
        MSG("ev_measure", measure=estimate.measure, measures=list(_RATIO_MEASURES))
    )


def e_value(
    estimate: Estimate,
    *,
    rare_outcome: bool = False,
    sd: float | None = None,
) -> EValueResult:
    """How strong an unmeasured confounder would have to be to explain an association away.

    The E-value (VanderWeele & Ding 2017) is the smallest risk ratio that an unmeasured
    confounder would need with *both* the exposure and the outcome, beyond the measured ones, to
    move the estimate to no association. A large E-value means only a strong hidden factor could
    explain the association; an E-value near 1 means a weak one could.

    Parameters
    ----------
    estimate : Estimate
        A ratio (``measure`` "risk ratio", "rate ratio", "odds ratio" or "hazard ratio", with
        ``null=1``) or a difference ("difference in means", "slope"; give ``sd``) or a
        "standardised difference" (``null=0``). An interval limit may be infinite (an odds ratio
        of 5 with interval 2 to ∞) or missing (then the interval's E-value is NaN).
    rare_outcome : bool, default False
        Whether the outcome is rare (under 15% at the end of follow-up). Only used for odds
        and hazard ratios: a rare outcome makes them approximately risk ratios; otherwise the
        published conversions are used (the square root of the odds ratio; the hazard-ratio
        formula of VanderWeele 2017). ``ca.Hypothesis`` chooses it from the outcome's prevalence.
    sd : float, optional
        Standard deviation of the outcome, to turn a difference in means into a standardised
        difference ``d`` (risk ratio ≈ exp(0.91·d)).

    Returns
    -------
    EValueResult
        With ``point`` (the E-value of the estimate), ``ci`` (of the interval limit nearest to
        no association), ``risk_ratio`` (the estimate as a risk ratio), ``source``,
        ``approximation``, ``rare_outcome``, ``table`` (``estimate, ci_low, ci_high, e_value,
        e_value_ci, measure, method, rare_outcome``) and ``explain()``, which says which
        assumption was used.

    Raises
    ------
    InvalidOptionError
        If ``estimate`` is not an :class:`Estimate`; its measure has no E-value formula; its value
        is missing, infinite, zero or negative (for a ratio); a difference in means comes without
        a positive ``sd``; ``rare_outcome`` is not True or False.

    See Also
    --------
    Hypothesis : runs the E-value as one of its checks.
    check_confounders : the measured confounders.

    Notes
    -----
    The E-value assumes nothing about the hidden confounder except its strength; it does not say
    such a confounder exists. It is about confounding only, not about selection or measurement
    error. The conversions for odds ratios, hazard ratios and standardised differences are
    approximations.

    References
    ----------
    VanderWeele, T. J., & Ding, P. (2017). Sensitivity analysis in observational research:
    introducing the E-value. *Annals of Internal Medicine* 167(4), 268–274.

    Examples
    --------
    The worked example of the paper: a risk ratio of 3.9 (95% interval 1.8 to 8.7).

    >>> import civicanalysis as ca
    >>> ev = ca.e_value(ca.Estimate("risk ratio", 3.9, 1.8, 8.7, null=1.0))
    >>> round(ev.point, 2), round(ev.ci, 2)
    (7.26, 3.0)

    An odds ratio of 5 whose interval runs from 2 to infinity (a common outcome):

    >>> round(ca.e_value(ca.Estimate("odds ratio", 5, 2, float("inf"), null=1.0)).ci, 2)
    2.18
    """
    if not isinstance(estimate, Estimate):
        raise InvalidOptionError(MSG("ev_type", typ=type(estimate).__name__))
    if not isinstance(rare_outcome, bool):
        raise InvalidOptionError(MSG("ev_rare_type", value=rare_outcome))
    convert, approximation = _converter(estimate, rare_outcome, sd)
    rr, lo, hi = (convert(float(v)) for v in (estimate.value, estimate.ci_low, estimate.ci_high))
    point = _e_of_rr(rr)
    if math.isnan(lo) or math.isnan(hi):
        ci = math.nan
    elif lo <= 1 <= hi:
        ci = 1.0
    else:
        ci = _e_of_rr(lo if rr > 1 else hi)
    rr_est = Estimate(
        "risk ratio",
        rr,
        lo,
        hi,
        null=1.0,
        conf_level=estimate.conf_level,
        method=approximation,
        n=estimate.n,
        label=estimate.label,
    )
    table = pd.DataFrame(
        [
            {
                "estimate": rr,
                "ci_low": lo,
                "ci_high": hi,
                "e_value": point,
                "e_value_ci": ci,
                "measure": estimate.measure,
                "method": approximation,
                "rare_outcome": rare_outcome,
            }
        ]
    )
    return EValueResult(
        point=point,
        ci=ci,
        risk_ratio=rr_est,
        source=estimate,
        approximation=approximation,
        table=table,
        caveats=(),
        rare_outcome=rare_outcome,
    )
