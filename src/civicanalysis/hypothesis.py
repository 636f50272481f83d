"""Hypotheses as objects: a claim in words tied to columns, tested in a fixed order, with a record.

Information becomes knowledge only as a stated hypothesis that is tested with data and
interpretation and stays open to being wrong (Gemeente Utrecht, *Naar een datagedreven gemeente*,
§2.3). :class:`Hypothesis` runs the checks in the order that gives an honest verdict:

1. the association with its interval;
2. the measured confounders (the same model, so the same measure, before and after adjustment);
3. the verdict, from the adjusted estimate: ``refuted`` only when it clearly goes against the
   claim, ``confounded`` when adjustment explains the association away or reverses its
   direction, ``survives-checks`` otherwise, followed by the E-value (sensitivity to an
   unmeasured confounder).

Only a design-based test (difference-in-differences, an interrupted time series, a pilot) recorded
with :meth:`Hypothesis.record_design`, together with an interpretation (duiding), lifts a
hypothesis that survived its checks to the "knowledge" rung.
"""

from __future__ import annotations

import base64
import json
import math
import re
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import FrozenInstanceError, dataclass, field, fields, replace
from datetime import UTC, datetime
from typing import Any

import pandas as pd

from ._exceptions import CausalLanguageWarning, CivicAnalysisWarning, InvalidOptionError
from ._results import MSG as RMSG
from ._results import Estimate, ResultMixin, measure_name, with_article
from ._text import Catalog, Text, from_data, render, resolve_language, to_data
from .evalue import RARE_OUTCOME_PREVALENCE, assumption_text, e_value

__all__ = ["DESIGN_STATUSES", "STATUSES", "Check", "Hypothesis"]

#: The statuses of the observational checks, in the order :meth:`Hypothesis.test` can reach them.
STATUSES = ("untested", "no-association", "confounded", "survives-checks", "refuted")
#: What a recorded design-based test says about the claim.
DESIGN_STATUSES = ("none", "supports", "inconclusive", "contradicts")

MSG = Catalog(
    "hypothesis",
    {
        "h_where": {"en": "The hypothesis", "nl": "De hypothese"},
        # a text kept from a record written before texts were stored as keys (both languages)
        "h_given": {"en": "{en}", "nl": "{nl}"},
        # the check column of the compact display
        "h_check_association": {"en": "association (crude)", "nl": "samenhang (ruwe schatting)"},
        "h_check_confounders": {
            "en": "adjusted for confounders",
            "nl": "gecorrigeerd voor verstorende variabelen",
        },
        "h_check_e_value": {"en": "E-value", "nl": "E-waarde"},
        "h_check_design": {"en": "design-based test", "nl": "toets met een onderzoeksopzet"},
        "h_ev_method": {
            "en": "E-value (VanderWeele & Ding 2017); E-value of the interval limit {eci:.3g}",
            "nl": "E-waarde (VanderWeele & Ding 2017); E-waarde van de intervalgrens {eci:.3g}",
        },
        "h_causal": {
            "en": "{where} states a cause: {phrase!r} in {sentence!r}. An association in "
            "observational data does not show a cause, and readers will take this wording as "
            "one. Write, for example: {suggestion!r}.",
            "nl": "{where} noemt een oorzaak: {phrase!r} in {sentence!r}. Een samenhang in "
            "observationele data laat geen oorzaak zien, en lezers vatten deze formulering wel zo "
            "op. Schrijf bijvoorbeeld: {suggestion!r}.",
        },
        "h_statement": {
            "en": "statement={value!r} must be the claim in words, e.g. 'Fish shops lead to "
            "vandalism'; a hypothesis that is not written down cannot be traced back.",
            "nl": "statement={value!r} moet de bewering in woorden zijn, bijvoorbeeld "
            "'Viswinkels leiden tot vandalisme'; een hypothese die niet is opgeschreven, is niet "
            "na te gaan.",
        },
        "h_time_pair": {
            "en": "duration={duration!r} and event={event!r}: a time-to-event claim needs both "
            "(the follow-up time and the 0/1 event column); give both or neither.",
            "nl": "duration={duration!r} en event={event!r}: een bewering over de tijd tot een "
            "gebeurtenis heeft beide nodig (de volgtijd en de 0/1-kolom van de gebeurtenis); geef "
            "beide of geen van beide.",
        },
        "h_no_outcome": {
            "en": "outcome=None: name the column of the supposed effect with outcome=..., or "
            "duration=... and event=... for a time-to-event claim.",
            "nl": "outcome=None: noem de kolom van het veronderstelde gevolg met outcome=..., of "
            "duration=... en event=... voor een bewering over de tijd tot een gebeurtenis.",
        },
        "h_bad_record": {
            "en": "This is not a hypothesis record written by Hypothesis.save(); it cannot be "
            "read back. Check the file.",
            "nl": "Dit is geen hypotheseverslag geschreven door Hypothesis.save(); het kan niet "
            "worden ingelezen. Controleer het bestand.",
        },
        "h_rare_type": {
            "en": "rare_outcome={value!r} must be True, False or None (None: decided from the "
            "outcome's prevalence, rare below 15%).",
            "nl": "rare_outcome={value!r} moet True, False of None zijn (None: bepaald uit hoe "
            "vaak de uitkomst voorkomt, zeldzaam onder 15%).",
        },
        "h_design_result": {
            "en": "record_design needs a result of a design-based analysis (difference-in-"
            "differences, an interrupted time series, a pilot) with an .estimate (an Estimate) "
            "and a .design (what the design was); got {typ}. Pass the result object itself.",
            "nl": "record_design heeft het resultaat van een analyse met een onderzoeksopzet "
            "nodig (verschil-in-verschillen, een onderbroken tijdreeks, een pilot) met een "
            ".estimate (een Estimate) en een .design (welke opzet het was); het is {typ}. Geef "
            "het resultaatobject zelf mee.",
        },
        "h_interpretation": {
            "en": "interpretation={value!r} must be your interpretation in words (the duiding): "
            "what the design shows, for whom, and what could still explain it. Without it the "
            "test is a number, not knowledge.",
            "nl": "interpretation={value!r} moet uw duiding in woorden zijn: wat de opzet laat "
            "zien, voor wie, en wat het nog anders zou kunnen verklaren. Zonder duiding is de "
            "toets een getal, geen kennis.",
        },
        "h_title": {"en": "Hypothesis: {statement}", "nl": "Hypothese: {statement}"},
        "h_status_untested": {
            "en": "This hypothesis has not been tested yet (status: untested).",
            "nl": "Deze hypothese is nog niet getoetst (status: untested).",
        },
        "h_status_no_association": {
            "en": "Status no-association: the data are consistent with no association, so they "
            "do not support the hypothesis (this is not proof that there is none).",
            "nl": "Status no-association (geen samenhang): de data passen bij geen samenhang, "
            "dus ze steunen de hypothese niet (dat bewijst niet dat er geen samenhang is).",
        },
        "h_status_confounded": {
            "en": "Status confounded: there is an association, but it disappears when the "
            "measured confounders are held fixed, so something else explains it.",
            "nl": "Status confounded (verstoord): er is een samenhang, maar die verdwijnt als de "
            "gemeten verstorende variabelen gelijk worden gehouden; iets anders verklaart hem dus.",
        },
        "h_status_confounded_reversal": {
            "en": "Status confounded: holding {used} fixed reverses the direction of the "
            "association, so the crude association is not what it seems; read the adjusted "
            "estimate and its interval below.",
            "nl": "Status confounded (verstoord): wie {used} gelijk houdt, ziet de richting van de "
            "samenhang omdraaien; de ruwe samenhang is dus niet wat hij lijkt. Lees hieronder de "
            "gecorrigeerde schatting en het interval.",
        },
        "h_status_survives_checks": {
            "en": "Status survives-checks: the association survived the checks so far; that is "
            "still not a proven cause.",
            "nl": "Status survives-checks (doorstaat de controles): de samenhang heeft de "
            "controles tot nu toe doorstaan; dat is nog steeds geen bewezen oorzaak.",
        },
        "h_status_refuted": {
            "en": "Status refuted: after holding the measured confounders fixed, the data show a "
            "clear association in the opposite direction of the claim.",
            "nl": "Status refuted (weerlegd): ook met de gemeten verstorende variabelen gelijk "
            "gehouden laten de data een duidelijke samenhang zien in de tegenovergestelde "
            "richting van de bewering.",
        },
        "h_untested_next": {
            "en": "Test it with .test(data), naming the possible confounders you know of.",
            "nl": "Toets haar met .test(data) en noem de mogelijke verstorende variabelen die u "
            "kent.",
        },
        "h_data": {
            "en": "It was tested on {n} rows ({exposure} against {outcome}) with {model}.",
            "nl": "Getoetst op {n} rijen ({exposure} tegen {outcome}) met {model}.",
        },
        "h_short_clear": {
            "en": "clear evidence of an association",
            "nl": "duidelijk bewijs voor een samenhang",
        },
        "h_short_likely": {
            "en": "an association is likely",
            "nl": "een samenhang is waarschijnlijk",
        },
        "h_short_consistent-with-none": {
            "en": "the data are consistent with no association",
            "nl": "het is goed mogelijk dat er geen samenhang is",
        },
        "h_short_unknown": {
            "en": "no interval could be computed",
            "nl": "er kon geen interval worden berekend",
        },
        "h_conf": {
            "en": "With {used} held fixed (flagged as confounder: {flagged}), {measure} is "
            "{adjusted}: {verdict}.",
            "nl": "Met {used} gelijk gehouden (aangemerkt als verstorende variabele: {flagged}) is "
            "{measure} {adjusted}: {verdict}.",
        },
        "h_conf_none": {
            "en": "No candidate confounders were found to hold fixed; unmeasured ones remain "
            "possible.",
            "nl": "Er zijn geen mogelijke verstorende variabelen gevonden om gelijk te houden; "
            "niet-gemeten variabelen blijven mogelijk.",
        },
        "h_nothing": {"en": "none", "nl": "geen"},
        "h_assoc": {
            "en": "Before adjustment ({n} rows) {measure} is {value}: {verdict}.",
            "nl": "Zonder correctie ({n} rijen) is {measure} {value}: {verdict}.",
        },
        "h_crude": {"en": "crude", "nl": "ruw"},
        "h_adjusted": {"en": "adjusted", "nl": "gecorrigeerd"},
        "h_sens": {
            "en": "Only an unmeasured confounder with a risk ratio of at least {e} with both "
            "exposure and outcome could explain the association away (E-value; {eci} for the "
            "interval limit; {assumption!c}).",
            "nl": "Alleen een niet-gemeten verstorende variabele met een relatief risico van "
            "minstens {e} met zowel blootstelling als uitkomst zou de samenhang kunnen "
            "wegverklaren (E-waarde; {eci} voor de intervalgrens; {assumption!c}).",
        },
        "h_needed": {
            "en": "Observational data alone cannot show a cause: that needs a randomised "
            "experiment, a natural experiment, or a before/after comparison with a comparison "
            "group (record it with .record_design).",
            "nl": "Observationele data alleen kunnen geen oorzaak aantonen: daarvoor is een "
            "gerandomiseerd experiment nodig, een natuurlijk experiment, of een voor/na-meting "
            "met een vergelijkingsgroep (leg die vast met .record_design).",
        },
        "h_design_supports": {
            "en": "Design test ({design}): {measure} {value} supports the claim. Interpretation: "
            "{interpretation}",
            "nl": "Toets met een onderzoeksopzet ({design}): {measure} {value} steunt de "
            "bewering. Duiding: {interpretation}",
        },
        "h_design_inconclusive": {
            "en": "Design test ({design}): {measure} {value} is consistent with no effect, so the "
            "design does not support the claim yet. Interpretation: {interpretation}",
            "nl": "Toets met een onderzoeksopzet ({design}): {measure} {value} past bij geen "
            "effect, dus de opzet steunt de bewering (nog) niet. Duiding: {interpretation}",
        },
        "h_design_contradicts": {
            "en": "Design test ({design}): {measure} {value} goes clearly against the claim. "
            "Interpretation: {interpretation}",
            "nl": "Toets met een onderzoeksopzet ({design}): {measure} {value} gaat duidelijk "
            "tegen de bewering in. Duiding: {interpretation}",
        },
        "h_knowledge_note": {
            "en": "It survived the observational checks and a design-based test supports it, "
            "with an interpretation: knowledge, still open to revision.",
            "nl": "Ze doorstond de controles op de data, een toets met een onderzoeksopzet steunt "
            "haar en er is een duiding: kennis, nog steeds open voor herziening.",
        },
        "h_model_binary": {
            "en": "logistic regression (binary outcome, event = {event}; odds ratio)",
            "nl": "logistische regressie (binaire uitkomst, gebeurtenis = {event}; oddsratio)",
        },
        "h_model_count": {
            "en": "Poisson regression (the outcome counted as events; rate ratio)",
            "nl": "Poisson-regressie (de uitkomst geteld als gebeurtenissen; frequentieverhouding)",
        },
        "h_model_continuous": {
            "en": "linear regression (a measured outcome; difference in means or slope)",
            "nl": "lineaire regressie (een gemeten uitkomst; verschil in gemiddelden of helling)",
        },
        "h_model_survival": {
            "en": "a Cox model (time to event; hazard ratio)",
            "nl": "een Coxmodel (tijd tot gebeurtenis; hazardratio)",
        },
        "h_model_override": {
            "en": "; outcome_type= chooses another model",
            "nl": "; outcome_type= kiest een ander model",
        },
        "rung_untested": {
            "en": "Information: a hypothesis, not yet tested",
            "nl": "Informatie: een hypothese, nog niet getoetst",
        },
        "rung_no_association": {
            "en": "Information: no association found",
            "nl": "Informatie: geen samenhang gevonden",
        },
        "rung_confounded": {
            "en": "Information: the association is confounded",
            "nl": "Informatie: de samenhang is verstoord",
        },
        "rung_refuted": {
            "en": "Information: the claim is refuted by the data",
            "nl": "Informatie: de bewering wordt door de data weerlegd",
        },
        "rung_survives": {
            "en": "Information: survived the checks, not yet knowledge (needs a design test and "
            "an interpretation)",
            "nl": "Informatie: doorstaat de controles, nog geen kennis (vraagt een toets met een "
            "onderzoeksopzet en een duiding)",
        },
        "rung_knowledge": {
            "en": "Knowledge: tested with data, a design and an interpretation",
            "nl": "Kennis: getoetst met data, een onderzoeksopzet en een duiding",
        },
        "h_md_status": {"en": "Status", "nl": "Status"},
        "h_md_rung": {"en": "Rung", "nl": "Trede"},
        "h_md_columns": {"en": "Columns", "nl": "Kolommen"},
        "h_md_data": {"en": "Data", "nl": "Data"},
        "h_md_roles": {
            "en": "exposure `{exposure}`, outcome `{outcome}`",
            "nl": "blootstelling `{exposure}`, uitkomst `{outcome}`",
        },
        "h_md_duration": {"en": ", duration `{duration}`", "nl": ", duur `{duration}`"},
        "h_md_rows": {
            "en": "{n} rows, fingerprint `{fingerprint}`, {when}",
            "nl": "{n} rijen, vingerafdruk `{fingerprint}`, {when}",
        },
        "h_md_checks": {"en": "Checks", "nl": "Controles"},
        "h_md_caveats": {"en": "Caveats", "nl": "Kanttekeningen"},
    },
)


class _Finding(Text):
    """A finding: a text that renders in the language shown; ``finding["nl"]`` (the form of
    records before version 3, a dict by language) still gives it in that language."""

    __slots__ = ()

    def __getitem__(self, key: Any) -> str:
        if key in ("en", "nl"):
            return self.render(key)
        return str.__getitem__(self, key)


@dataclass(frozen=True)
class Check:
    """One check run by :meth:`Hypothesis.test` (or recorded by :meth:`Hypothesis.record_design`).

    Attributes
    ----------
    name : str
        ``"association"``, ``"confounders"``, ``"e-value"`` or ``"design"`` (records written
        before version 2 call the E-value check ``"sensitivity"``).
    function : str
        The package function that ran it, e.g. ``"ca.check_confounders"``.
    method : str
        The statistical method in words (a text that renders in the language shown).
    estimate : dict or None
        The headline estimate (``Estimate.to_dict()``), if any.
    finding : str
        The result in words: a text that renders in the language shown
        (``render(check.finding, "nl")``); ``to_dict()["finding"]`` gives
        ``{"en": ..., "nl": ...}``. A ``{"en": ..., "nl": ...}`` mapping is accepted too.
    details : dict
        Further numbers (confounders flagged, E-values, ...), plain JSON types.
    """

    name: str
    function: str
    method: str
    estimate: dict[str, Any] | None
    finding: str
    details: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        finding = self.finding
        if isinstance(finding, Mapping):  # both languages given (records before version 3)
            finding = MSG("h_given", en=finding["en"], nl=finding["nl"])
        if isinstance(finding, Text) and not isinstance(finding, _Finding):
            kept = str.__new__(_Finding, str(finding))
            kept._catalog, kept._key, kept._fields = finding._catalog, finding._key, finding._fields
            object.__setattr__(self, "finding", kept)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for the JSON record: texts rendered (``finding`` in both languages) and
        kept as keys with their fields under ``"text"``, so a loaded record renders again."""
        return {
            "name": self.name,
            "function": self.function,
            "method": render(self.method, "en"),
            "estimate": self.estimate,
            "finding": {lang: render(self.finding, lang) for lang in ("en", "nl")},
            "details": self.details,
            "text": {"method": to_data(self.method), "finding": to_data(self.finding)},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Check:
        """The inverse of :meth:`to_dict` (also reads records of version 2)."""
        text = data.get("text") or {}
        return cls(
            name=data["name"],
            function=data["function"],
            method=from_data(text["method"]) if "method" in text else data["method"],
            estimate=data["estimate"],
            finding=from_data(text["finding"]) if "finding" in text else dict(data["finding"]),
            details=data.get("details", {}),
        )


@dataclass(frozen=True)
class HypothesisRecord:
    """What testing a :class:`Hypothesis` found, frozen: a hypothesis keeps its record in one.

    :meth:`Hypothesis.test`, :meth:`Hypothesis.record_design` and :meth:`Hypothesis.load` replace
    the record as a whole; its fields cannot be set one by one (on the hypothesis either).
    Its texts (checks, caveats) render in the language shown.
    """

    status: str = "untested"
    checks: tuple[Check, ...] = ()
    caveats: tuple[str, ...] = ()
    data_summary: dict[str, Any] = field(default_factory=dict)
    tested_at: str | None = None
    interpretation: str | None = None


_RECORD_FIELDS = frozenset(f.name for f in fields(HypothesisRecord))


def _association_finding(estimate: Estimate) -> str:
    return MSG(
        "h_assoc",
        measure=with_article(estimate.measure),
        value=estimate.interval_text(),
        n=estimate.n if estimate.n is not None else "–",
        verdict=MSG(f"h_short_{estimate.evidence}"),
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            return _jsonable(value.item())
        except (ValueError, AttributeError):
            return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _estimate_from(record: dict[str, Any] | None) -> Estimate | None:
    if not record:
        return None

    def num(v: Any) -> float:
        return math.nan if v is None else float(v)

    return Estimate(
        record["measure"],
        num(record["estimate"]),
        num(record["ci_low"]),
        num(record["ci_high"]),
        null=float(record.get("null", 0.0)),
        conf_level=float(record.get("conf_level", 0.95)),
        method=record.get("method", ""),
        n=record.get("n"),
        p_value=record.get("p_value"),
        label=record.get("label", ""),
    )


def _log_change(crude: Estimate, adjusted: Estimate) -> float:
    """Relative change of a ratio on the log scale (0.10 = the association moved by 10%)."""
    if crude.value in (0.0, 1.0) or adjusted.value <= 0 or crude.value <= 0:
        return math.inf if adjusted.value != crude.value else 0.0
    return abs(math.log(adjusted.value) - math.log(crude.value)) / abs(math.log(crude.value))


def decide_status(crude: Estimate, adjusted: Estimate, direction: str, adjusted_for: bool) -> str:
    """The verdict of the observational checks, from the crude and the adjusted estimate.

    In this order: ``refuted`` when the adjusted estimate clearly goes against the claimed
    direction; ``confounded`` when holding the candidates fixed reverses the direction of the
    point estimate (never ``survives-checks``, whatever the direction claimed) or removes a
    crude association; ``no-association`` when neither estimate excludes no association;
    otherwise ``survives-checks``.
    """
    wanted = {"higher": 1, "lower": -1}.get(direction, 0)
    if wanted and adjusted.excludes_null and adjusted.direction == -wanted:
        return "refuted"
    reverses = adjusted_for and crude.direction != 0 and adjusted.direction == -crude.direction
    if reverses:
        return "confounded"
    if not adjusted.excludes_null:
        return "confounded" if (crude.excludes_null and adjusted_for) else "no-association"
    return "survives-checks"


class Hypothesis(ResultMixin):
    """A claim in words tied to columns, tested with the checks that fit, with a record of them.

    A ``Hypothesis`` holds the claim ("fish shops lead to vandalism") and the columns it is about;
    :meth:`test` runs the checks and sets :attr:`status`; :meth:`record_design` adds a
    design-based test and its interpretation; :meth:`explain` says why, on which data, with which
    checks, and what a causal conclusion would need. It never reports a cause from observational
    data alone.

    Parameters
    ----------
    statement : str
        The claim in words, as the person who made it would say it.
    exposure : str
        The column of the supposed cause (binary or categorical: groups compared; numeric: a
        slope per unit).
    outcome : str, optional
        The column of the supposed effect. For a time-to-event claim give ``duration`` and
        ``event`` instead (``outcome`` then defaults to ``event``).
    duration, event : str, optional
        Time-to-event claim ("truant boys reoffend sooner"): the follow-up time and the 0/1 event
        column; the association is then a hazard ratio from ``ca.compare_survival``.
    direction : {"higher", "lower", "any"}, default "any"
        The direction the claim states: "higher" if the exposure is said to go with more of the
        outcome (or a sooner event). A clear association in the other direction, after adjustment,
        refutes it.
    candidates : list of str, optional
        Possible confounders to check (default: let ``ca.check_confounders`` suggest them from
        the other columns). ``test(data, candidates=...)`` overrides it.
    outcome_type : {"binary", "count", "continuous"}, optional
        The model for the outcome, as in ``ca.check_confounders`` (default: chosen from the
        outcome's meaning, see there). The same model, so the same measure, is used before and
        after adjustment.
    rare_outcome : bool, optional
        For the E-value of an odds or hazard ratio: whether the outcome is rare. Default: rare
        when under 15% of the rows have the event (VanderWeele & Ding's rule).
    conf_level : float, default 0.95
        Confidence level of every interval.

    Attributes
    ----------
    status : str
        ``"untested"``, ``"no-association"`` (the data are consistent with none),
        ``"confounded"`` (holding measured confounders fixed removes the association or reverses
        its direction), ``"survives-checks"`` (an association that survived the checks so far:
        still not a proven cause) or ``"refuted"`` (after adjustment, a clear association in the
        opposite direction).
    design_status : str
        ``"none"``, ``"supports"``, ``"inconclusive"`` or ``"contradicts"``: what a recorded
        design-based test says.
    interpretation : str or None
        The interpretation (duiding) recorded with the design test.
    rung : str
        ``"knowledge"`` only for a hypothesis with status ``survives-checks``, a design test that
        supports it and an interpretation; otherwise ``"information"``.
    checks : tuple of Check
        The checks run, in order, each with its method, estimate and finding.
    table : pandas.DataFrame
        One row per check with a number: ``check, measure, estimate, ci_low, ci_high,
        conf_level, n, method, evidence``; the E-value has ``check == "e-value"`` (its
        ``estimate`` is the E-value of the point estimate; the method says the E-value of the
        interval and the rare/common-outcome assumption).
    record : dict
        The full test record (statement, columns, data summary, checks, status, design,
        interpretation, versions): save it with :meth:`save` and read it back with
        :meth:`Hypothesis.load`.
    caveats : tuple of str

    See Also
    --------
    check_confounders, compare_survival, e_value, find_causal_claims

    Notes
    -----
    The checks: (1) the association with its interval and (2) the measured confounders, both from
    ``ca.check_confounders`` (one model, one measure; for time to event, ``ca.compare_survival``
    crude and adjusted); (3) the E-value for an association that survives. Surviving them shows
    that the association is not explained by what was measured; a cause needs a design that rules
    out what was not measured: a randomised experiment, a natural experiment, or a before/after
    comparison with a comparison group.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> data = ca.datasets.load("vandalism")
    >>> h = ca.Hypothesis("Fish shops lead to vandalism", exposure="fish_shop",
    ...                   outcome="vandalism", direction="higher")
    >>> h.status
    'untested'
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")  # the ConfoundingWarning is kept in h.caveats
    ...     h.test(data, candidates=["on_square", "youth_hangout"]).status
    'confounded'
    """

    def __init__(
        self,
        statement: str,
        *,
        exposure: str,
        outcome: str | None = None,
        duration: str | None = None,
        event: str | None = None,
        direction: str = "any",
        candidates: Sequence[str] | None = None,
        outcome_type: str | None = None,
        rare_outcome: bool | None = None,
        conf_level: float = 0.95,
    ) -> None:
        from ._validation import check_fraction, check_option

        if not isinstance(statement, str) or not statement.strip():
            raise InvalidOptionError(MSG("h_statement", value=statement))
        if (duration is None) != (event is None):
            raise InvalidOptionError(MSG("h_time_pair", duration=duration, event=event))
        if outcome is None and event is None:
            raise InvalidOptionError(MSG("h_no_outcome"))
        if rare_outcome is not None and not isinstance(rare_outcome, bool):
            raise InvalidOptionError(MSG("h_rare_type", value=rare_outcome))
        self.statement = statement.strip()
        self.exposure = exposure
        self.outcome = outcome if outcome is not None else event
        self.duration = duration
        self.event = event
        self.direction = check_option(
            direction, arg="direction", options=["higher", "lower", "any"]
        )
        self.outcome_type = (
            None
            if outcome_type is None
            else check_option(
                outcome_type, arg="outcome_type", options=["binary", "count", "continuous"]
            )
        )
        self.rare_outcome = rare_outcome
        self.candidates = None if candidates is None else tuple(candidates)
        self.conf_level = check_fraction(conf_level)
        self._record = HypothesisRecord()

    def __setattr__(self, name: str, value: Any) -> None:
        # The record (status, checks, caveats, ...) is a frozen result: test() replaces it whole.
        if name in _RECORD_FIELDS:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        object.__setattr__(self, name, value)

    # -- the record, read-only -----------------------------------------------------------------
    @property
    def status(self) -> str:
        """One of :data:`STATUSES` (see the class docstring)."""
        return self._record.status

    @property
    def checks(self) -> tuple[Check, ...]:
        """The checks run, in order."""
        return self._record.checks

    @property
    def caveats(self) -> tuple[str, ...]:  # type: ignore[override]
        """The warnings of the checks, as texts that render in the language shown."""
        return self._record.caveats

    @property
    def data_summary(self) -> dict[str, Any]:
        """Rows, columns and a fingerprint of the data tested."""
        return self._record.data_summary

    @property
    def tested_at(self) -> str | None:
        """When :meth:`test` ran (UTC, ISO 8601)."""
        return self._record.tested_at

    @property
    def interpretation(self) -> str | None:
        """The interpretation (duiding) recorded with the design test."""
        return self._record.interpretation

    # -- the ladder ----------------------------------------------------------------------------
    @property
    def design_status(self) -> str:
        """What the last recorded design-based test says: one of :data:`DESIGN_STATUSES`."""
        designs = [c for c in self.checks if c.name == "design"]
        return designs[-1].details.get("design_status", "none") if designs else "none"

    @property
    def rung(self) -> str:  # type: ignore[override]
        """``"knowledge"`` only after surviving the checks *and* a supporting design test with an
        interpretation; ``"information"`` otherwise."""
        if (
            self.status == "survives-checks"
            and self.design_status == "supports"
            and self.interpretation
        ):
            return "knowledge"
        return "information"

    def rung_label(self, lang: str | None = None) -> str:
        """The rung, in words that match the status (``confounded`` says so)."""
        if self.rung == "knowledge":
            return MSG("rung_knowledge", lang=lang)
        key = {
            "untested": "rung_untested",
            "no-association": "rung_no_association",
            "confounded": "rung_confounded",
            "refuted": "rung_refuted",
            "survives-checks": "rung_survives",
        }.get(self.status)
        return MSG(key, lang=lang) if key else RMSG("rung_information", lang=lang)

    @property
    def table(self) -> pd.DataFrame:  # type: ignore[override]
        """One row per check with a number (see the class docstring)."""
        rows = []
        for check in self.checks:
            if check.estimate is not None:
                e = check.estimate
                est = _estimate_from(e)
                rows.append(
                    {
                        "check": check.name,
                        "measure": e["measure"],
                        "estimate": e["estimate"],
                        "ci_low": e["ci_low"],
                        "ci_high": e["ci_high"],
                        "conf_level": e["conf_level"],
                        "n": e["n"],
                        "method": e["method"],
                        "evidence": est.evidence if est is not None else "unknown",
                    }
                )
            elif check.name in ("e-value", "sensitivity"):
                d = check.details
                rows.append(
                    {
                        "check": "e-value",
                        "measure": "E-value",
                        "estimate": d.get("e_value"),
                        "ci_low": math.nan,
                        "ci_high": math.nan,
                        "conf_level": math.nan,
                        "n": None,
                        "method": check.method,
                        "evidence": "",
                    }
                )
        columns = [
            "check",
            "measure",
            "estimate",
            "ci_low",
            "ci_high",
            "conf_level",
            "n",
            "method",
            "evidence",
        ]
        table = pd.DataFrame(rows, columns=columns)
        for col in ("estimate", "ci_low", "ci_high", "conf_level"):
            table[col] = pd.to_numeric(table[col], errors="coerce")
        return table

    def __repr__(self) -> str:
        return ResultMixin.__repr__(self)

    # The compact display: one row per check, in words.
    _display_columns = ("check", "measure", "estimate", "ci_low", "ci_high", "n", "evidence")

    def _display_value(self, column: str, value: Any, lang: str) -> Any:
        if column == "check" and value in ("association", "confounders", "e-value", "design"):
            return MSG(f"h_check_{value.replace('-', '_')}", lang=lang)
        return super()._display_value(column, value, lang)

    # -- testing -------------------------------------------------------------------------------
    def test(self, data: pd.DataFrame, candidates: Sequence[str] | None = None) -> Hypothesis:
        """Run the checks in order on ``data`` and set :attr:`status`; returns the hypothesis.

        Parameters
        ----------
        data : pandas.DataFrame
            The data to test against (never modified).
        candidates : list of str, optional
            Possible confounders; default the ones given when the hypothesis was made, else the
            ones ``ca.check_confounders`` suggests.

        Raises
        ------
        ColumnNotFoundError, ColumnTypeError, MissingValuesError, TooFewRowsError
            The input errors of the functions it calls (``check_confounders``,
            ``compare_survival``), with their messages.

        Warns
        -----
        CausalLanguageWarning
            When the hypothesis survives the checks but its statement is worded as a cause.
        CivicAnalysisWarning
            The warnings of the checks it runs (e.g. a ``ConfoundingWarning``), raised again and
            kept in :attr:`caveats`.
        """
        from ._engines import hypothesis_cells, n_rows_of
        from ._validation import check_column_name, check_dataframe

        candidates = tuple(candidates) if candidates is not None else self.candidates
        # An engine table: reduced there once to weighted cells, which the checks take as rows.
        data = hypothesis_cells(data, self, candidates)
        check_dataframe(data, min_rows=3)
        for arg, col in [
            ("exposure", self.exposure),
            ("outcome", self.outcome),
            ("duration", self.duration),
        ]:
            if col is not None:
                check_column_name(data, col, arg=arg)
        caveats: list[str] = []
        checks: list[Check] = []
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            if self.duration is not None:
                status = self._test_survival(data, candidates, checks)
            else:
                status = self._test_association(data, candidates, checks)
        for w in caught:
            if issubclass(w.category, UserWarning) and str(w.message) not in caveats:
                caveats.append(w.message.args[0] if w.message.args else str(w.message))
                warnings.warn(str(w.message), w.category, stacklevel=2)
        if status == "survives-checks":
            self._warn_causal_wording(caveats)
        self._record = replace(
            self._record,
            status=status,
            checks=tuple(checks) + tuple(c for c in self.checks if c.name == "design"),
            caveats=tuple(caveats),
            data_summary={
                "n_rows": n_rows_of(data),
                "columns": [str(c) for c in data.columns],
                "fingerprint": str(int(pd.util.hash_pandas_object(data, index=True).sum() % 2**63)),
            },
            tested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )
        return self

    def _warn_causal_wording(self, caveats: list[str]) -> None:
        from .wording import find_causal_claims

        claims = find_causal_claims(self.statement)
        if claims:
            message = MSG(
                "h_causal",
                where=MSG("h_where"),
                phrase=claims[0].phrase,
                sentence=claims[0].sentence,
                suggestion=claims[0].suggestion,
            )
            caveats.append(message)
            warnings.warn(message, CausalLanguageWarning, stacklevel=3)

    def _prevalence(self, data: pd.DataFrame) -> float | None:
        column = self.event if self.duration is not None else self.outcome
        from ._engines import cell_weights

        values = pd.to_numeric(data[column], errors="coerce")
        if values.notna().all() and values.isin([0, 1]).all():
            weights = cell_weights(data)
            if weights is not None:  # engine cells: each row stands for `weight` rows
                return float((values.to_numpy() * weights).sum() / weights.sum())
            return float(values.mean())
        return None

    def _e_value_check(self, estimate: Estimate, data: pd.DataFrame, checks: list[Check]) -> None:
        sd = None
        if not estimate.is_ratio:
            from ._engines import outcome_sd

            sd = outcome_sd(data, self.outcome)
        prevalence = self._prevalence(data)
        rare = self.rare_outcome
        if rare is None:
            rare = prevalence is not None and prevalence < RARE_OUTCOME_PREVALENCE
        try:
            ev = e_value(estimate, sd=sd, rare_outcome=rare)
        except InvalidOptionError:
            return
        checks.append(
            Check(
                name="e-value",
                function="ca.e_value",
                method=MSG(
                    "h_ev_method",
                    eci=ev.ci,
                ),
                estimate=None,
                finding=MSG(
                    "h_sens",
                    e=ev.point,
                    eci=ev.ci,
                    assumption=assumption_text(estimate.measure, rare),
                ),
                details={
                    "e_value": _jsonable(ev.point),
                    "e_value_ci": _jsonable(ev.ci),
                    "rare_outcome": rare,
                    "prevalence": _jsonable(prevalence),
                },
            )
        )

    def _test_association(
        self, data: pd.DataFrame, candidates: tuple[str, ...] | None, checks: list[Check]
    ) -> str:
        from .confounding import check_confounders

        others = [c for c in data.columns if c not in (self.exposure, self.outcome)]
        if candidates is None and not others:
            candidates = ()
        report = check_confounders(
            data,
            exposure=self.exposure,
            outcome=self.outcome,
            candidates=None if candidates is None else list(candidates),
            outcome_type=self.outcome_type,
            conf_level=self.conf_level,
        )
        crude, adjusted = report.crude, report.adjusted
        used = [str(c) for c in report.candidates_used]
        checks.append(
            Check(
                name="association",
                function="ca.check_confounders (crude)",
                method=report.method,
                estimate=_jsonable(crude.to_dict()),
                finding=_association_finding(crude),
                details={"outcome_type": report.outcome_type},
            )
        )
        self._add_confounder_check(
            checks, crude, adjusted, [str(c) for c in report.confounders], used, report.method
        )
        status = decide_status(crude, adjusted, self.direction, bool(used))
        if status == "survives-checks":
            self._e_value_check(adjusted, data, checks)
        return status

    def _add_confounder_check(
        self,
        checks: list[Check],
        crude: Estimate,
        adjusted: Estimate,
        confounders: list[str],
        used: list[str],
        method: str,
        function: str = "ca.check_confounders",
    ) -> None:
        reverses = bool(used) and crude.direction != 0 and adjusted.direction == -crude.direction
        checks.append(
            Check(
                name="confounders",
                function=function,
                method=method,
                estimate=_jsonable(adjusted.to_dict()),
                finding=self._confounder_finding(crude, adjusted, confounders, used),
                details={
                    "candidates": used,
                    "confounders": confounders,
                    "crude": _jsonable(crude.to_dict()),
                    "reverses": reverses,
                },
            )
        )

    def _confounder_finding(
        self, crude: Estimate, adjusted: Estimate, confounders: list[str], used: list[str]
    ) -> str:
        if not used:
            return MSG("h_conf_none")
        return MSG(
            "h_conf",
            used=", ".join(used),
            measure=with_article(adjusted.measure),
            flagged=", ".join(confounders) if confounders else MSG("h_nothing"),
            adjusted=adjusted.interval_text(),
            verdict=MSG(f"h_short_{adjusted.evidence}"),
        )

    def _survival_adjusted(
        self, data: pd.DataFrame, crude: Estimate, candidates: tuple[str, ...]
    ) -> tuple[Estimate, list[str], str]:
        from .survival import compare_survival

        def fit(adjust: list[str]) -> Any:
            return compare_survival(
                data,
                duration=self.duration,
                event=self.event,
                by=self.exposure,
                adjust_for=adjust,
                conf_level=self.conf_level,
            )

        adjusted_result = fit(list(candidates))
        adjusted = adjusted_result.estimate
        change = _log_change(crude, adjusted)
        # Flag a candidate by what holding it fixed alone does, as check_confounders does;
        # only when none does so alone but all together do, is the whole set named.
        single: dict[str, float] = {}
        for cand in candidates:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", CivicAnalysisWarning)
                single[cand] = _log_change(crude, fit([cand]).estimate)
        confounders = [c for c in candidates if single[c] >= 0.10]
        if not confounders and change >= 0.10:
            confounders = list(candidates)
        return adjusted, confounders, adjusted.method

    def _test_survival(
        self, data: pd.DataFrame, candidates: tuple[str, ...] | None, checks: list[Check]
    ) -> str:
        from .survival import compare_survival

        crude = compare_survival(
            data,
            duration=self.duration,
            event=self.event,
            by=self.exposure,
            conf_level=self.conf_level,
        ).estimate
        checks.append(
            Check(
                name="association",
                function="ca.compare_survival",
                method=crude.method,
                estimate=_jsonable(crude.to_dict()),
                finding=_association_finding(crude),
                details={"outcome_type": "survival"},
            )
        )
        if candidates is None:
            from .confounding import check_confounders

            others = [
                c for c in data.columns if c not in (self.exposure, self.duration, self.event)
            ]
            candidates = ()
            if others:
                suggested = check_confounders(
                    data[[self.exposure, self.event, *others]],
                    exposure=self.exposure,
                    outcome=self.event,
                    outcome_type="binary",
                    conf_level=self.conf_level,
                )
                candidates = tuple(str(c) for c in suggested.candidates_used)
        if candidates:
            adjusted, confounders, method = self._survival_adjusted(data, crude, candidates)
        else:
            adjusted, confounders, method = crude, [], crude.method
        self._add_confounder_check(
            checks,
            crude,
            adjusted,
            confounders,
            list(candidates),
            method,
            function="ca.compare_survival (adjust_for)",
        )
        status = decide_status(crude, adjusted, self.direction, bool(candidates))
        if status == "survives-checks":
            self._e_value_check(adjusted, data, checks)
        return status

    # -- design-based tests --------------------------------------------------------------------
    def record_design(self, result: Any, *, interpretation: str) -> Hypothesis:
        """Record a design-based test of the claim and its interpretation (duiding).

        Parameters
        ----------
        result : object
            The result of a design-based analysis (difference-in-differences, an interrupted time
            series, a pilot): any object with an ``.estimate`` (:class:`Estimate`) and a
            ``.design`` (a string, or an object whose ``name`` says what the design was).
        interpretation : str
            Your interpretation in words: what the design shows, for whom, what could still
            explain it.

        Returns
        -------
        Hypothesis
            The hypothesis itself, with a ``"design"`` check added and :attr:`design_status` set:
            ``"supports"`` (the interval excludes no effect, in the claimed direction, or in any
            direction for ``direction="any"``), ``"inconclusive"`` (it includes no effect) or
            ``"contradicts"`` (clearly the other way). Only ``survives-checks`` plus
            ``"supports"`` plus an interpretation reaches the "knowledge" rung.

        Raises
        ------
        InvalidOptionError
            ``result`` has no ``.estimate`` Estimate or no ``.design``; ``interpretation`` is
            empty or not text.
        """
        estimate = getattr(result, "estimate", None)
        design = getattr(result, "design", None)
        if not isinstance(estimate, Estimate) or design is None:
            raise InvalidOptionError(MSG("h_design_result", typ=type(result).__name__))
        if not isinstance(interpretation, str) or not interpretation.strip():
            raise InvalidOptionError(MSG("h_interpretation", value=interpretation))
        design_name = design if isinstance(design, str) else str(getattr(design, "name", design))
        wanted = {"higher": 1, "lower": -1}.get(self.direction, 0)
        if not estimate.excludes_null:
            design_status = "inconclusive"
        elif wanted and estimate.direction == -wanted:
            design_status = "contradicts"
        else:
            design_status = "supports"
        text = interpretation.strip()
        finding = MSG(
            f"h_design_{design_status}",
            design=design_name,
            measure=measure_name(estimate.measure),
            value=estimate.interval_text(),
            interpretation=text,
        )
        check = Check(
            name="design",
            function=type(result).__name__,
            method=design_name,
            estimate=_jsonable(estimate.to_dict()),
            finding=finding,
            details={"design": design_name, "design_status": design_status, "interpretation": text},
        )
        self._record = replace(
            self._record,
            checks=(*(c for c in self.checks if c.name != "design"), check),
            interpretation=text,
        )
        return self

    # -- explaining ----------------------------------------------------------------------------
    def _title(self, lang: str) -> str:
        return MSG("h_title", lang=lang, statement=self.statement)

    def _status_sentence(self, lang: str) -> str:
        conf = [c for c in self.checks if c.name == "confounders"]
        if self.status == "confounded" and conf and conf[0].details.get("reverses"):
            used = ", ".join(conf[0].details.get("candidates", []))
            return MSG("h_status_confounded_reversal", lang=lang, used=used)
        return MSG(f"h_status_{self.status.replace('-', '_')}", lang=lang)

    def _model_sentence(self, lang: str) -> str:
        assoc = [c for c in self.checks if c.name == "association"]
        kind = assoc[0].details.get("outcome_type") if assoc else None
        if kind in ("binary", "count", "continuous"):
            model = MSG(f"h_model_{kind}", lang=lang, event=1) + MSG("h_model_override", lang=lang)
        elif kind == "survival":
            model = MSG("h_model_survival", lang=lang)
        else:
            model = ", ".join(c.function for c in self.checks if c.name != "design")
        return MSG(
            "h_data",
            lang=lang,
            n=self.data_summary.get("n_rows", 0),
            exposure=self.exposure,
            outcome=self.outcome,
            model=model,
        )

    def _explain_sentences(self, lang: str) -> list[str]:
        sentences = [self._status_sentence(lang)]
        if self.status == "untested":
            sentences.append(MSG("h_untested_next", lang=lang))
            sentences += [render(c.finding, lang) for c in self.checks if c.name == "design"]
            sentences.append(MSG("h_needed", lang=lang))
            return sentences
        sentences.append(self._model_sentence(lang))
        observational = [c for c in self.checks if c.name != "design"]
        designs = [c for c in self.checks if c.name == "design"]
        sentences += [render(c.finding, lang) for c in observational]
        if designs:
            sentences.append(designs[-1].finding[lang])
        if self.rung == "knowledge":
            sentences.append(MSG("h_knowledge_note", lang=lang))
        elif not designs:
            sentences.append(MSG("h_needed", lang=lang))
        return sentences[:6] if len(sentences) > 6 else sentences

    def _detail_sentences(self, lang: str) -> list[str]:
        """Everything, for ``explain(detail=True)``: the checks with their methods."""
        return [
            f"{c.name} ({c.function}; {render(c.method, lang)}): {render(c.finding, lang)}"
            for c in self.checks
        ]

    def plot(self, ax: Any = None) -> Any:
        """The association before and after holding the confounders fixed (and the design test)."""
        from ._plotting import interval_plot, new_axes

        lang = resolve_language(None)
        rows: list[tuple[str, dict[str, Any]]] = []
        confounders = [c for c in self.checks if c.name == "confounders" and c.estimate]
        if confounders:
            check = confounders[0]
            if check.details.get("crude"):
                rows.append((MSG("h_crude", lang=lang), check.details["crude"]))
            rows.append((MSG("h_adjusted", lang=lang), check.estimate))
        else:
            rows += [(c.name, c.estimate) for c in self.checks if c.estimate and c.name != "design"]
        if not rows:
            return new_axes(ax)
        null = rows[0][1]["null"]
        return interval_plot(
            [label for label, _ in rows],
            [e["estimate"] for _, e in rows],
            [math.nan if e["ci_low"] is None else e["ci_low"] for _, e in rows],
            [math.nan if e["ci_high"] is None else e["ci_high"] for _, e in rows],
            null=null,
            xlabel=measure_name(str(rows[0][1]["measure"]), lang),
            log_scale=null == 1.0,
            ax=ax,
        )

    # -- the record ----------------------------------------------------------------------------
    @property
    def record(self) -> dict[str, Any]:
        """The test record as plain data (see :meth:`save`).

        Version 3: texts are given rendered (``method`` and ``caveats`` in English, each check's
        ``finding`` in both languages) and kept as message keys with their fields (``text``,
        ``caveats_text``), so a loaded record renders again in the language shown.
        """
        from . import __version__

        return _jsonable(
            {
                "kind": "civicanalysis.Hypothesis",
                "version": 3,
                "statement": self.statement,
                "exposure": self.exposure,
                "outcome": self.outcome,
                "duration": self.duration,
                "event": self.event,
                "direction": self.direction,
                "candidates": None if self.candidates is None else list(self.candidates),
                "outcome_type": self.outcome_type,
                "rare_outcome": self.rare_outcome,
                "conf_level": self.conf_level,
                "status": self.status,
                "design_status": self.design_status,
                "interpretation": self.interpretation,
                "rung": self.rung,
                "data": self.data_summary,
                "checks": [c.to_dict() for c in self.checks],
                "caveats": [render(c, "en") for c in self.caveats],
                "caveats_text": [to_data(c) for c in self.caveats],
                "tested_at": self.tested_at,
                "civicanalysis_version": __version__,
            }
        )

    def to_json(self) -> str:
        """The test record as JSON."""
        return json.dumps(self.record, ensure_ascii=False, indent=1)

    def to_markdown(self, lang: str | None = None) -> str:
        """The test record as Markdown, for a reader: statement, status, data, checks, caveats."""
        lang = resolve_language(lang)
        lines = [
            f"## {self._title(lang)}",
            "",
            f"- **{MSG('h_md_status', lang=lang)}:** `{self.status}`",
            f"- **{MSG('h_md_rung', lang=lang)}:** {self.rung_label(lang)}",
            f"- **{MSG('h_md_columns', lang=lang)}:** "
            + MSG("h_md_roles", lang=lang, exposure=self.exposure, outcome=self.outcome)
            + (MSG("h_md_duration", lang=lang, duration=self.duration) if self.duration else ""),
        ]
        if self.data_summary:
            lines.append(
                f"- **{MSG('h_md_data', lang=lang)}:** "
                + MSG(
                    "h_md_rows",
                    lang=lang,
                    n=self.data_summary["n_rows"],
                    fingerprint=self.data_summary["fingerprint"],
                    when=self.tested_at,
                )
            )
        lines += ["", self.explain(lang), ""]
        if self.checks:
            lines.append(f"### {MSG('h_md_checks', lang=lang)}")
            for i, check in enumerate(self.checks, start=1):
                lines.append(
                    f"{i}. **{check.name}** ({check.function}; {render(check.method, lang)}): "
                    f"{render(check.finding, lang)}"
                )
        if self.caveats:
            lines += ["", f"### {MSG('h_md_caveats', lang=lang)}"]
            lines += [f"- {render(c, lang)}" for c in self.caveats]
        # The record travels base64-encoded, so the Markdown reads in one language only (the
        # record holds both) and Hypothesis.load reads it back exactly.
        encoded = base64.b64encode(self.to_json().encode("utf-8")).decode("ascii")
        wrapped = "\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))
        lines += ["", "<!-- civicanalysis-record base64", wrapped, "-->"]
        return "\n".join(lines) + "\n"

    def save(self, path: str | Any) -> None:
        """Write the test record: JSON for ``.json``, Markdown (with the JSON inside) for ``.md``."""
        from pathlib import Path

        target = Path(path)
        text = (
            self.to_markdown() if target.suffix.lower() in (".md", ".markdown") else self.to_json()
        )
        target.write_text(text, encoding="utf-8")

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Hypothesis:
        """Rebuild a hypothesis, with its status, checks and design test, from a saved record."""
        if not isinstance(record, dict) or record.get("kind") != "civicanalysis.Hypothesis":
            raise InvalidOptionError(MSG("h_bad_record"))
        h = cls(
            record["statement"],
            exposure=record["exposure"],
            outcome=record["outcome"],
            duration=record.get("duration"),
            event=record.get("event"),
            direction=record.get("direction", "any"),
            candidates=record.get("candidates"),
            outcome_type=record.get("outcome_type"),
            rare_outcome=record.get("rare_outcome"),
            conf_level=record.get("conf_level", 0.95),
        )
        caveats = record.get("caveats_text", record.get("caveats", []))
        h._record = HypothesisRecord(
            status=record["status"],
            checks=tuple(Check.from_dict(c) for c in record.get("checks", [])),
            caveats=tuple(from_data(c) for c in caveats),
            data_summary=dict(record.get("data") or {}),
            tested_at=record.get("tested_at"),
            interpretation=record.get("interpretation"),
        )
        return h

    @classmethod
    def load(cls, path: str | Any) -> Hypothesis:
        """Read a record written by :meth:`save` (JSON or Markdown)."""
        from pathlib import Path

        text = Path(path).read_text(encoding="utf-8")
        match = re.search(r"<!-- civicanalysis-record( base64)?\n(.*)\n-->", text, flags=re.DOTALL)
        try:
            if match and match.group(1):
                body = base64.b64decode("".join(match.group(2).split())).decode("utf-8")
            else:  # plain JSON, or Markdown written before version 3
                body = match.group(2) if match else text
            record = json.loads(body)
        except (json.JSONDecodeError, ValueError, UnicodeDecodeError):
            raise InvalidOptionError(MSG("h_bad_record")) from None
        return cls.from_record(record)
