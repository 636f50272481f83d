"""Confounder checks: does an association survive when other variables are held fixed?

The fish-shop case (brief, case 1): locations with a fish shop have the most vandalism, but fish
shops stand on small squares (pleintjes), and the square is what matters. :func:`check_confounders`
estimates the exposure–outcome association before adjustment (crude), with each candidate held
fixed in turn, and with all candidates held fixed together, and says in plain words which
candidates change the picture.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

import numpy as np
import pandas as pd

from ._exceptions import (
    CollinearityError,
    ColumnTypeError,
    ConfoundingWarning,
    InvalidOptionError,
    PerfectSeparationError,
    ThinDataWarning,
    TooFewRowsError,
)
from ._results import MSG as RMSG
from ._results import Estimate, ResultMixin, measure_name, warn, with_article
from ._text import Catalog, fmt, fmt_level, render, resolve_language
from ._validation import (
    check_column,
    check_column_name,
    check_dataframe,
    check_distinct,
    check_fraction,
    check_option,
)

__all__ = ["ConfounderReport", "check_confounders"]

MSG = Catalog(
    "confounding",
    {
        "title": {
            "en": "Confounder check: {exposure} → {outcome}",
            "nl": "Controle op verstorende variabelen: {exposure} → {outcome}",
        },
        "model_first": {
            "en": "Model: {model}, because {why}; {override}.",
            "nl": "Model: {model}, omdat {why}; {override}.",
        },
        "model_ols": {"en": "linear regression", "nl": "lineaire regressie"},
        "model_poisson": {
            "en": "Poisson regression (quasi-Poisson errors)",
            "nl": "Poisson-regressie (quasi-Poisson-fouten)",
        },
        "model_logit": {"en": "logistic regression", "nl": "logistische regressie"},
        "why_is_binary": {
            "en": "{col!r} has two values and the event is {event}",
            "nl": "{col!r} twee waarden heeft en de gebeurtenis {event} is",
        },
        "why_is_count": {
            "en": "{col!r} holds counts of events (small whole numbers: median {median:g}, "
            "{share:.0f}% of them 0 or 1)",
            "nl": "{col!r} aantallen gebeurtenissen bevat (kleine gehele getallen: mediaan "
            "{median:g}, {share:.0f}% is 0 of 1)",
        },
        "why_is_continuous": {
            "en": "{col!r} is a measurement (not 0/1, and not small whole numbers such as counts "
            "of events)",
            "nl": "{col!r} een meting is (geen 0/1, en geen kleine gehele getallen zoals aantallen "
            "gebeurtenissen)",
        },
        "why_requested": {
            "en": "you chose outcome_type={kind!r}",
            "nl": "u koos outcome_type={kind!r}",
        },
        "override": {
            "en": "pass outcome_type={others} to choose another model",
            "nl": "kies een ander model met outcome_type={others}",
        },
        "crude": {
            "en": "Before adjustment (crude), {measure} for {label} is {value} ({ci}): {short}.",
            "nl": "De ruwe schatting van {measure} ({label}) is {value} ({ci}): {short}.",
        },
        "short_clear": {
            "en": "clear evidence of an association",
            "nl": "duidelijk bewijs voor een samenhang",
        },
        "short_likely": {
            "en": "an association is likely",
            "nl": "een samenhang is waarschijnlijk",
        },
        "short_consistent-with-none": {
            "en": "the data are consistent with no association",
            "nl": "het is goed mogelijk dat er geen samenhang is",
        },
        "short_unknown": {
            "en": "no interval could be computed, so do not draw a conclusion",
            "nl": "er kon geen interval worden berekend; trek er dus geen conclusie uit",
        },
        "flagged": {
            "en": "Holding {names} fixed changes that picture: {details}.",
            "nl": "Wie {names} gelijk houdt, ziet een ander beeld: {details}.",
        },
        "flag_detail": {
            "en": "with {name} held fixed it becomes {value} ({ci}), a change of {change}{after}",
            "nl": "met {name} gelijk gehouden wordt het {value} ({ci}), een verandering van "
            "{change}{after}",
        },
        "after_disappears": {
            "en": ", and the association disappears: the interval includes {null}, so the data "
            "cannot tell its direction",
            "nl": ", en de samenhang verdwijnt: het interval omvat {null}, dus de data kunnen de "
            "richting niet vaststellen",
        },
        "after_reverses_none": {
            "en": "; the point estimate changes direction, but the interval includes {null}: the "
            "association disappears and the data cannot tell its direction (no evidence of a "
            "reversal)",
            "nl": "; de puntschatting draait om, maar het interval omvat {null}: de samenhang "
            "verdwijnt en de data kunnen de richting niet vaststellen (geen bewijs dat die "
            "omkeert)",
        },
        "after_reverses_clear": {
            "en": "; the direction reverses, and the whole interval lies on the other side of "
            "{null} (Simpson's paradox)",
            "nl": "; de richting keert om, en het hele interval ligt aan de andere kant van {null} "
            "(paradox van Simpson)",
        },
        "changes_not_flagged": {
            "en": "Holding {names} fixed changes the estimate too, but it is not associated with "
            "both {exposure} and {outcome} in these data, so it is not flagged: {details}.",
            "nl": "Wie {names} gelijk houdt, ziet de schatting ook veranderen, maar in deze data "
            "hangt dat niet samen met zowel {exposure} als {outcome}, dus het is niet aangemerkt: "
            "{details}.",
        },
        "none_flagged": {
            "en": "Holding {names} fixed one at a time changes the estimate by less than {threshold}%, so none of them explains the association.",
            "nl": "Wie {names} één voor één gelijk houdt, ziet de schatting minder dan {threshold}% veranderen; geen ervan verklaart de samenhang.",
        },
        "none_flagged_one": {
            "en": "Holding {names} fixed changes the estimate by less than {threshold}% (to {value}), so it does not explain the association.",
            "nl": "Wie {names} gelijk houdt, ziet de schatting minder dan {threshold}% veranderen (naar {value}); het verklaart de samenhang dus niet.",
        },
        "unflagged_rest": {
            "en": "The other candidates ({names}) change it by less than {threshold}%.",
            "nl": "De andere kandidaten ({names}) veranderen de schatting minder dan {threshold}%.",
        },
        "adjusted": {
            "en": "With {names} all held fixed together, {measure} is {value} ({ci}): {short}.",
            "nl": "Met {names} allemaal tegelijk gelijk gehouden is {measure} {value} ({ci}): "
            "{short}.",
        },
        "not_causal": {
            "en": "Even the adjusted estimate is an association, not proof of a cause: only the measured candidates were held fixed, an unmeasured variable could play the same role, and a candidate that lies on the causal path (a mediator) should not have been held fixed. A causal reading needs a design that supports it, such as an experiment, a natural experiment, or a before/after comparison with a comparison group.",
            "nl": "Ook de gecorrigeerde schatting is een samenhang, geen bewijs van een oorzaak: alleen de gemeten kandidaten zijn gelijk gehouden, een niet-gemeten variabele kan dezelfde rol spelen, en een kandidaat die op de causale route ligt (een mediator) had niet gelijk gehouden mogen worden. Een causale duiding vraagt een opzet die dat draagt, zoals een experiment, een natuurlijk experiment of een voor/na-vergelijking met een vergelijkingsgroep.",
        },
        "not_causal_short": {
            "en": "Even the adjusted estimate is an association, not proof of a cause: only "
            "measured variables were held fixed, and an unmeasured one could play the same role.",
            "nl": "Ook de gecorrigeerde schatting is een samenhang, geen bewijs van een oorzaak: "
            "alleen gemeten variabelen zijn gelijk gehouden, en een niet-gemeten variabele kan "
            "dezelfde rol spelen.",
        },
        "method": {
            "en": "Method: {method}; {n} observations.",
            "nl": "Methode: {method}; {n} waarnemingen.",
        },
        "and": {"en": "and", "nl": "en"},
        "crude_row": {"en": "crude (nothing held fixed)", "nl": "ruw (niets gelijk gehouden)"},
        "all_row": {"en": "all candidates together", "nl": "alle kandidaten samen"},
        "plot_title": {
            "en": "{exposure} → {outcome}: crude and with each candidate held fixed",
            "nl": "{exposure} → {outcome}: ruw en met elke kandidaat gelijk gehouden",
        },
        "legend_flagged": {
            "en": "changes the estimate: possible confounder",
            "nl": "verandert de schatting: mogelijke verstorende variabele",
        },
        "legend_not_flagged": {"en": "changes little", "nl": "verandert weinig"},
        "label_binary": {
            "en": "{exposure} {level} vs {ref}",
            "nl": "{exposure} {level} tegenover {ref}",
        },
        "label_slope": {
            "en": "each extra unit of {exposure}",
            "nl": "elke eenheid meer {exposure}",
        },
        "method_ols": {
            "en": "linear regression (ordinary least squares, statsmodels)",
            "nl": "lineaire regressie (kleinste kwadraten, statsmodels)",
        },
        "method_poisson": {
            "en": "Poisson regression with quasi-Poisson standard errors for overdispersion (statsmodels GLM)",
            "nl": "Poisson-regressie met quasi-Poisson-standaardfouten voor overdispersie (statsmodels GLM)",
        },
        "method_logit": {
            "en": "logistic regression (statsmodels GLM, binomial)",
            "nl": "logistische regressie (statsmodels GLM, binomiaal)",
        },
        "col_estimate_fixed": {
            "en": "Estimate with it held fixed",
            "nl": "Schatting met deze gelijk gehouden",
        },
        "method_and": {"en": "{method}; {more}", "nl": "{method}; {more}"},
        "method_cells": {
            "en": "fitted on {cells} groups of identical rows, which gives exactly the same estimates as fitting every row",
            "nl": "geschat op {cells} groepen identieke rijen; dat geeft precies dezelfde schattingen als schatten op elke rij",
        },
        # Errors and warnings
        "outcome_text": {
            "en": "outcome={col!r} holds text ({example!r}); a confounder check needs a numeric outcome (a 0/1 event, a count or a measurement). {fix}",
            "nl": "outcome={col!r} bevat tekst ({example!r}); een controle op verstorende variabelen heeft een numerieke uitkomst nodig (een 0/1-gebeurtenis, een aantal of een meting). {fix}",
        },
        "outcome_type_mismatch": {
            "en": "outcome_type={kind!r} does not fit outcome={col!r}: {why}. Leave outcome_type out to let the check choose, or recode the outcome.",
            "nl": "outcome_type={kind!r} past niet bij outcome={col!r}: {why}. Laat outcome_type weg zodat de controle zelf kiest, of codeer de uitkomst om.",
        },
        "why_binary": {
            "en": "a binary outcome must be coded 0/1",
            "nl": "een binaire uitkomst moet als 0/1 zijn gecodeerd",
        },
        "why_count": {
            "en": "a count must be a whole number of at least 0",
            "nl": "een aantal moet een geheel getal van minstens 0 zijn",
        },
        "identical": {
            "en": "candidate {cand!r} carries the same information as exposure={exposure!r} (every value of one fixes the value of the other), so holding it fixed leaves nothing to compare. Remove {cand!r} from the candidates: it is another name for the exposure, not a confounder.",
            "nl": "kandidaat {cand!r} bevat dezelfde informatie als exposure={exposure!r} (elke waarde van de een legt de ander vast), dus als die gelijk wordt gehouden valt er niets meer te vergelijken. Haal {cand!r} uit de kandidaten: het is een andere naam voor de blootstelling, geen verstorende variabele.",
        },
        "collinear": {
            "en": "Within every value of candidate {cand!r}, exposure={exposure!r} does not vary, so its association cannot be estimated with {cand!r} held fixed. Remove {cand!r} from the candidates, or combine its categories.",
            "nl": "Binnen elke waarde van kandidaat {cand!r} varieert exposure={exposure!r} niet, dus de samenhang is niet te schatten als {cand!r} gelijk wordt gehouden. Haal {cand!r} uit de kandidaten, of voeg categorieën samen.",
        },
        "collinear_continuous": {
            "en": "candidate {cand!r} is (almost) a straight-line function of exposure={exposure!r} (R² = {r2}), so the two cannot be separated. Remove {cand!r} from the candidates.",
            "nl": "kandidaat {cand!r} is (bijna) een rechte-lijnfunctie van exposure={exposure!r} (R² = {r2}), dus de twee zijn niet te scheiden. Haal {cand!r} uit de kandidaten.",
        },
        "candidates_type": {
            "en": "candidates must be a list of column names (or one name, or None to scan every other column); got {typ}.",
            "nl": "candidates moet een lijst kolomnamen zijn (of één naam, of None om alle andere kolommen te bekijken); het is {typ}.",
        },
        "no_candidates": {
            "en": "There are no candidate columns to check: the data have only {cols}. Add the variables that could explain the association (such as location features) to the data.",
            "nl": "Er zijn geen kandidaat-kolommen om te controleren: de data hebben alleen {cols}. Voeg variabelen toe die de samenhang zouden kunnen verklaren (zoals kenmerken van de locatie).",
        },
        "too_few_rows": {
            "en": "There are {n} observations, too few to estimate {p} model terms (at least {need} are needed). Use more data or fewer candidates.",
            "nl": "Er zijn {n} waarnemingen, te weinig om {p} modeltermen te schatten (minstens {need} nodig). Gebruik meer data of minder kandidaten.",
        },
        "separation": {
            "en": "{what} predicts outcome={outcome!r} perfectly (in {where} every observation has the same outcome), so the odds ratio is infinite and no finite estimate or interval exists. Combine small categories, collect more data, or report the counts themselves instead of a model.",
            "nl": "{what} voorspelt outcome={outcome!r} perfect (in {where} heeft elke waarneming dezelfde uitkomst), dus de oddsratio is oneindig en er bestaat geen eindige schatting of interval. Voeg kleine categorieën samen, verzamel meer data, of rapporteer de aantallen zelf in plaats van een model.",
        },
        "separation_by_candidate": {
            "en": "Candidate {cand!r} predicts outcome={outcome!r} (almost) perfectly, so with it held fixed the association has no finite estimate. Is {cand!r} measured after the outcome, or part of it? Then it is not a confounder: remove it from the candidates.",
            "nl": "Kandidaat {cand!r} voorspelt outcome={outcome!r} (bijna) perfect, dus met die kandidaat gelijk gehouden heeft de samenhang geen eindige schatting. Is {cand!r} gemeten na de uitkomst, of er een deel van? Dan is het geen verstorende variabele: haal het uit de kandidaten.",
        },
        "separation_skipped": {
            "en": "Candidate {cand!r} was left out: it predicts {outcome!r} (almost) perfectly, which usually means it is measured after the outcome or is part of it.",
            "nl": "Kandidaat {cand!r} is weggelaten: die voorspelt {outcome!r} (bijna) perfect, wat meestal betekent dat die na de uitkomst is gemeten of er een deel van is.",
        },
        "thin_strata": {
            "en": "Holding {cand!r} fixed rests on thin strata: {strata} have fewer than {k} observations or no variation in {exposure!r}. Estimates adjusted for {cand!r} lean on the other strata; treat them with care or combine categories.",
            "nl": "{cand!r} gelijk houden leunt op dunne strata: {strata} hebben minder dan {k} waarnemingen of geen variatie in {exposure!r}. Schattingen gecorrigeerd voor {cand!r} steunen op de andere strata; wees voorzichtig of voeg categorieën samen.",
        },
        "scan_skipped": {
            "en": "Not scanned as candidates: {names} (an identifier with a different value in almost every row, a constant, dates, missing or infinite values, or too many categories).",
            "nl": "Niet als kandidaat bekeken: {names} (een identificatienummer met bijna overal een andere waarde, een constante, datums, ontbrekende of oneindige waarden, of te veel categorieën).",
        },
        "confounding_warning": {
            "en": "The association between {exposure!r} and {outcome!r} changes by {change} when {names} is held fixed: it may be confounded. Read .explain() before drawing a conclusion.",
            "nl": "De samenhang tussen {exposure!r} en {outcome!r} verandert met {change} als {names} gelijk wordt gehouden: er is mogelijk sprake van verstoring (confounding). Lees .explain() voordat u een conclusie trekt.",
        },
        "noncollapsible": {
            "en": "Odds ratios move a little when a strong predictor of the outcome is held fixed, even without confounding (non-collapsibility); small changes are not evidence of confounding.",
            "nl": "Oddsratio's verschuiven iets als een sterke voorspeller van de uitkomst gelijk wordt gehouden, ook zonder verstoring (niet-collapsibiliteit); kleine veranderingen zijn geen bewijs van verstoring.",
        },
        "heterogeneity": {
            "en": "The odds ratio differs between the strata (Breslow–Day test p = {p}): the association may depend on {names} (effect modification), so one pooled number hides that.",
            "nl": "De oddsratio verschilt tussen de strata (Breslow–Day-toets p = {p}): de samenhang kan afhangen van {names} (effectmodificatie), en één gepoold getal verbergt dat.",
        },
        "categorical_headline": {
            "en": "{exposure!r} has {k} categories; the headline compares {level!r} with the reference {ref!r} (the largest crude contrast). Every contrast is in .contrasts.",
            "nl": "{exposure!r} heeft {k} categorieën; de kernuitkomst vergelijkt {level!r} met de referentie {ref!r} (het grootste ruwe contrast). Alle contrasten staan in .contrasts.",
        },
        "weights_bad": {
            "en": (
                "weights={col!r} must hold counts of at least 0 (how many identical individuals a row stands for); it has {n} negative value.",
                "weights={col!r} must hold counts of at least 0 (how many identical individuals a row stands for); it has {n} negative values.",
            ),
            "nl": (
                "weights={col!r} moet aantallen van minstens 0 bevatten (hoeveel identieke personen een rij vertegenwoordigt); er is {n} negatieve waarde.",
                "weights={col!r} moet aantallen van minstens 0 bevatten (hoeveel identieke personen een rij vertegenwoordigt); er zijn {n} negatieve waarden.",
            ),
        },
        "binary_codes": {
            "en": "outcome={col!r} has two values, {a!r} and {b!r}: a yes/no outcome, but not coded 0/1, so it is not clear which value is the event. Recode it in a copy, e.g. data.assign({name}=(data[{col!r}] == {b!r}).astype(int)) if {b!r} is the event; or pass outcome_type='continuous' if it really is a measurement.",
            "nl": "outcome={col!r} heeft twee waarden, {a!r} en {b!r}: een ja/nee-uitkomst, maar niet als 0/1 gecodeerd, dus het is niet duidelijk welke waarde de gebeurtenis is. Codeer de kolom om in een kopie, bijvoorbeeld data.assign({name}=(data[{col!r}] == {b!r}).astype(int)) als {b!r} de gebeurtenis is; of geef outcome_type='continuous' mee als het echt een meting is.",
        },
        "too_large": {
            "en": "{arg}={col!r} has values as large as {value:.3g}; numbers this large overflow the model's arithmetic (and are rarely real measurements). Check the column, or rescale it in a copy (e.g. divide by 1e6) and say so in the text.",
            "nl": "{arg}={col!r} heeft waarden tot {value:.3g}; zulke grote getallen laten de rekenkunde van het model overlopen (en zijn zelden echte metingen). Controleer de kolom, of schaal haar in een kopie (bijvoorbeeld gedeeld door 1e6) en meld dat in de tekst.",
        },
        "date_column": {
            "en": "{arg}={col!r} holds dates ({dtype}); a date is neither a group nor a number to compare. Derive what you mean in a copy: the year (data[{col!r}].dt.year), a before/after indicator, or the number of days since a start date.",
            "nl": "{arg}={col!r} bevat datums ({dtype}); een datum is geen groep en geen getal om te vergelijken. Maak in een kopie wat u bedoelt: het jaar (data[{col!r}].dt.year), een voor/na-indicator, of het aantal dagen sinds een begindatum.",
        },
        "mixed_types": {
            "en": "{arg}={col!r} mixes text and numbers (e.g. {text!r} and {number!r}), which "
            "would become separate groups although they probably mean the same. Convert the "
            "column to one type in a copy, e.g. data.assign({col}=data[{col!r}].astype(str)).",
            "nl": "{arg}={col!r} mengt tekst en getallen (bijvoorbeeld {text!r} en {number!r}); "
            "die zouden aparte groepen worden, terwijl ze waarschijnlijk hetzelfde betekenen. Zet "
            "de kolom in een kopie om naar één type, bijvoorbeeld "
            "data.assign({col}=data[{col!r}].astype(str)).",
        },
        "copies_outcome": {
            "en": "candidate {cand!r} carries the same information as outcome={outcome!r} (one fixes the other), so holding it fixed leaves nothing to explain. Remove {cand!r} from the candidates: it is the outcome under another name (or part of it), not a confounder.",
            "nl": "kandidaat {cand!r} bevat dezelfde informatie als outcome={outcome!r} (de een legt de ander vast), dus als die gelijk wordt gehouden valt er niets meer te verklaren. Haal {cand!r} uit de kandidaten: het is de uitkomst onder een andere naam (of een deel ervan), geen verstorende variabele.",
        },
        "scan_skipped_outcome": {
            "en": "Not scanned as candidates: {names} (the same information as the outcome {outcome!r}).",
            "nl": "Niet als kandidaat bekeken: {names} (dezelfde informatie als de uitkomst {outcome!r}).",
        },
        "reference_missing": {
            "en": "reference={ref!r} is not a value of exposure={exposure!r}; its values are {values}.",
            "nl": "reference={ref!r} is geen waarde van exposure={exposure!r}; de waarden zijn {values}.",
        },
    },
)

OutcomeType = Literal["binary", "count", "continuous"]

_ROW_COLUMNS = (
    "candidate",
    "estimate",
    "ci_low",
    "ci_high",
    "change_pct",
    "reverses",
    "evidence",
    "assoc_exposure",
    "p_exposure",
    "p_outcome",
    "kind",
    "n",
    "conf_level",
    "method",
)

_MEASURES = {
    ("continuous", "contrast"): "difference in means",
    ("continuous", "slope"): "slope",
    ("count", "contrast"): "rate ratio",
    ("count", "slope"): "rate ratio per unit",
    ("binary", "contrast"): "odds ratio",
    ("binary", "slope"): "odds ratio per unit",
}
_METHOD_KEYS = {"continuous": "method_ols", "count": "method_poisson", "binary": "method_logit"}


@dataclass(frozen=True, eq=False, repr=False)
class ConfounderReport(ResultMixin):
    """The result of :func:`check_confounders`.

    Attributes
    ----------
    exposure, outcome : str
        The column names checked.
    crude : Estimate
        The exposure–outcome association before adjustment.
    adjusted : Estimate
        The association with every candidate in ``candidates_used`` held fixed together.
    table : pandas.DataFrame
        One row per candidate (indexed by its name) with the columns ``estimate``, ``ci_low``,
        ``ci_high`` (the association with that candidate held fixed), ``change_pct`` (the change
        against the crude estimate in percent: ``100 × (adjusted / crude − 1)`` for a ratio,
        ``100 × (adjusted − crude) / |crude|`` for a difference or slope), ``reverses`` (the point
        estimate changes direction; read ``evidence`` before calling it a reversal),
        ``assoc_exposure`` (strength of the candidate–exposure
        association: Cramér's V or the absolute correlation), ``p_exposure``, ``p_outcome`` (tests of
        the candidate's association with the exposure and, given the exposure, with the outcome),
        ``suggested`` (associated with both), ``is_confounder`` (suggested and
        ``|change_pct| >= threshold``), ``evidence`` (the verdict of the interval with that
        candidate held fixed: ``clear``, ``likely``, ``consistent-with-none`` or ``unknown``),
        ``kind`` (binary, categorical or continuous), ``n``, ``conf_level`` and ``method``.
    confounders : tuple of str
        The candidates flagged by ``is_confounder``.
    candidates_used : tuple of str
        The candidates held fixed together for ``adjusted`` (the given candidates, or the suggested
        ones when scanning).
    contrasts : pandas.DataFrame
        Every exposure contrast (one per non-reference level for a categorical exposure) for the
        crude model, each single candidate and all candidates together.
    mantel_haenszel : Estimate or None
        For a binary exposure and outcome with discrete candidates: the Mantel–Haenszel odds ratio
        pooled over the strata of ``candidates_used`` (statsmodels ``StratifiedTable``).
    outcome_type : {"binary", "count", "continuous"}
        The model chosen (see :func:`check_confounders` for the rule); ``outcome_reason`` says
        why, in words.
    method : str
        The model used, in words.
    threshold : float
        The change (in percent) that flags a confounder.
    n, n_rows, cells : int
        Observations (the sum of the weights), rows of the data, and the rows the largest model
        was fitted on (fewer than ``n_rows`` when identical rows were collapsed).
    caveats : tuple of str
        Warnings raised during the check, kept so they survive in a saved notebook.
    """

    exposure: str
    outcome: str
    crude: Estimate
    adjusted: Estimate
    table: pd.DataFrame
    confounders: tuple[str, ...]
    candidates_used: tuple[str, ...]
    contrasts: pd.DataFrame
    mantel_haenszel: Estimate | None
    outcome_type: str
    method: str
    threshold: float
    n: int
    n_rows: int
    cells: int
    caveats: tuple[str, ...] = ()
    outcome_reason: str = ""
    rung: ClassVar[str] = "information"
    # The compact display: per candidate the estimate with it held fixed, how much that moved
    # the association, and the verdict; the p-values and screening columns stay in .table.
    _display_columns: ClassVar[dict[str, Any]] = {
        "estimate": MSG("col_estimate_fixed", lang="en"),
        "ci_low": None,
        "ci_high": None,
        "change_pct": None,
        "reverses": None,
        "is_confounder": None,
        "evidence": None,
    }
    _display_kinds: ClassVar[dict[str, str]] = {"change_pct": "percent"}

    def _display_table(self) -> pd.DataFrame:
        """The display columns; ``reverses`` only when some candidate reverses the direction."""
        cols = [c for c in self._display_columns if c in self.table.columns]
        if "reverses" in cols and not self.table["reverses"].astype(bool).any():
            cols.remove("reverses")
        return self.table[cols]

    def _title(self, lang: str) -> str:
        return MSG("title", lang=lang, exposure=self.exposure, outcome=self.outcome)

    def _measure(self, lang: str) -> str:
        return measure_name(self.crude.measure, lang)

    def _the_measure(self, lang: str) -> str:
        return with_article(self._measure(lang), lang)

    def _ci(self, est: Estimate, lang: str) -> str:
        return RMSG(
            "ci_phrase",
            lang=lang,
            level=fmt_level(est.conf_level, lang),
            low=fmt(est.ci_low, lang),
            high=fmt(est.ci_high, lang),
        )

    def _model_sentence(self, lang: str) -> str:
        model = MSG(_METHOD_KEYS[self.outcome_type].replace("method_", "model_"), lang=lang)
        others = " or ".join(
            repr(k) for k in ("continuous", "count", "binary") if k != self.outcome_type
        )
        why = self.outcome_reason or MSG("why_requested", lang=lang, kind=self.outcome_type)
        return MSG(
            "model_first",
            lang=lang,
            model=model,
            why=why,
            override=MSG("override", lang=lang, others=others.replace(" or ", _or(lang))),
        )

    def _flag_detail(self, name: Any, lang: str) -> str:
        row = self.table.loc[name]
        est = Estimate(
            self.crude.measure,
            row["estimate"],
            row["ci_low"],
            row["ci_high"],
            null=self.crude.null,
            conf_level=self.crude.conf_level,
        )
        if row["reverses"]:
            key = "after_reverses_clear" if est.excludes_null else "after_reverses_none"
            after = MSG(key, lang=lang, null=self.crude.null)
        elif self.crude.excludes_null and not est.excludes_null:
            after = MSG("after_disappears", lang=lang, null=self.crude.null)
        else:
            after = ""
        return MSG(
            "flag_detail",
            lang=lang,
            name=name,
            value=fmt(row["estimate"], lang),
            ci=self._ci(est, lang),
            change=_fmt_change(row["change_pct"], lang),
            after=after,
        )

    def _candidate_sentences(self, lang: str) -> list[str]:
        table, threshold = self.table, f"{self.threshold:g}"
        big = table["change_pct"].abs() >= self.threshold
        flagged = [c for c in table.index if table.loc[c, "is_confounder"]]
        unsuggested = [c for c in table.index if big[c] and not table.loc[c, "is_confounder"]]
        small = [c for c in table.index if c not in flagged and c not in unsuggested]
        out = []
        if flagged:
            details = "; ".join(self._flag_detail(name, lang) for name in flagged)
            out.append(MSG("flagged", lang=lang, names=_join(flagged, lang), details=details))
        if unsuggested:
            details = "; ".join(self._flag_detail(name, lang) for name in unsuggested)
            out.append(
                MSG(
                    "changes_not_flagged",
                    lang=lang,
                    names=_join(unsuggested, lang),
                    details=details,
                    exposure=self.exposure,
                    outcome=self.outcome,
                )
            )
        if not small or (flagged and unsuggested):
            return out
        names = ", ".join(map(str, small))
        if out:
            out.append(
                MSG(
                    "unflagged_rest",
                    lang=lang,
                    names=names,
                    threshold=threshold,
                    exposure=self.exposure,
                    outcome=self.outcome,
                )
            )
        elif len(small) == 1:
            value = fmt(float(table.loc[small[0], "estimate"]), lang)
            out.append(
                MSG("none_flagged_one", lang=lang, names=names, threshold=threshold, value=value)
            )
        else:
            out.append(MSG("none_flagged", lang=lang, names=names, threshold=threshold))
        return out

    def _explain_sentences(self, lang: str) -> list[str]:
        sentences = [
            self._model_sentence(lang),
            MSG(
                "crude",
                lang=lang,
                measure=self._the_measure(lang),
                label=self.crude.label,
                value=fmt(self.crude.value, lang),
                ci=self._ci(self.crude, lang),
                short=MSG(f"short_{self.crude.evidence}", lang=lang),
            ),
            *self._candidate_sentences(lang),
        ]
        if len(self.candidates_used) > 1:
            sentences.append(
                MSG(
                    "adjusted",
                    lang=lang,
                    names=", ".join(map(str, self.candidates_used)),
                    measure=self._the_measure(lang),
                    value=fmt(self.adjusted.value, lang),
                    ci=self._ci(self.adjusted, lang),
                    short=MSG(f"short_{self.adjusted.evidence}", lang=lang),
                )
            )
        sentences.append(MSG("not_causal_short", lang=lang))
        return sentences

    def _detail_sentences(self, lang: str) -> list[str]:
        """The full account for ``explain(detail=True)``: the causal caveat and the method."""
        method = MSG(_METHOD_KEYS[self.outcome_type], lang=lang)
        if self.cells < self.n_rows:
            method += "; " + MSG("method_cells", lang=lang, cells=self.cells)
        return [
            MSG("not_causal", lang=lang),
            MSG("method", lang=lang, method=method, n=self.n),
        ]

    def plot(self, ax: Any = None, *, lang: str | None = None) -> Any:
        """Crude and adjusted estimates with their intervals, one row per candidate.

        Flagged confounders are drawn in orange; the dashed line is "no association".
        """
        from ._plotting import interval_plot
        from ._text import resolve_language

        lang = resolve_language(lang)
        rows = [
            (
                MSG("crude_row", lang=lang),
                self.crude.value,
                self.crude.ci_low,
                self.crude.ci_high,
                "#444",
            )
        ]
        for name, row in self.table.iterrows():
            colour = "#d95f02" if row["is_confounder"] else "#1f5c99"
            rows.append((f"{name}", row["estimate"], row["ci_low"], row["ci_high"], colour))
        if len(self.candidates_used) > 1:
            rows.append(
                (
                    MSG("all_row", lang=lang),
                    self.adjusted.value,
                    self.adjusted.ci_low,
                    self.adjusted.ci_high,
                    "#2e7d32",
                )
            )
        labels, est, lo, hi, colours = zip(*rows, strict=True)
        return interval_plot(
            labels,
            est,
            lo,
            hi,
            null=self.crude.null,
            xlabel=f"{self._measure(lang)} ({render(self.crude.label, lang)})",
            title=MSG("plot_title", lang=lang, exposure=self.exposure, outcome=self.outcome),
            colors=colours,
            log_scale=self.crude.is_ratio,
            legend=[
                (MSG("legend_flagged", lang=lang), "#d95f02"),
                (MSG("legend_not_flagged", lang=lang), "#1f5c99"),
            ],
            ax=ax,
        )


def _safe_exp(value: float) -> float:
    # A separated logistic fit can give coefficients or bounds beyond what exp() can represent.
    return math.exp(value) if value < 700 else math.inf


def _join(names: Sequence[Any], lang: str) -> str:
    names = [str(n) for n in names]
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {MSG('and', lang=lang)} " + names[-1]


def _or(lang: str) -> str:
    return " of " if lang == "nl" else " or "


def _fmt_change(change: float, lang: str) -> str:
    if math.isnan(change):
        return "–"
    sign = "+" if change > 0 else ""
    return f"{sign}{fmt(change, lang, digits=2)}%"


# --------------------------------------------------------------------------------------------
# Variables and design matrices
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Variable:
    """A validated column in coded form: integer codes for discrete, floats for continuous."""

    name: str
    kind: str  # "binary" | "categorical" | "continuous"
    codes: np.ndarray  # int codes (discrete) or float values (continuous)
    levels: tuple[Any, ...] = ()  # level labels for discrete variables, reference first

    @property
    def discrete(self) -> bool:
        return self.kind != "continuous"

    @property
    def n_levels(self) -> int:
        return len(self.levels)

    def design(self, codes: np.ndarray) -> np.ndarray:
        """Columns of the design matrix for the given codes/values (dummies for discrete)."""
        if not self.discrete:
            return codes.astype(float)[:, None]
        k = self.n_levels
        out = np.zeros((len(codes), k - 1))
        for j in range(1, k):
            out[:, j - 1] = codes == j
        return out


def _code_discrete(series: pd.Series, reference: Any = None) -> tuple[np.ndarray, tuple[Any, ...]]:
    from ._coding import order_levels

    levels = order_levels(series, reference=reference)
    lookup = {level: i for i, level in enumerate(levels)}
    codes = series.map(lookup).to_numpy(dtype=np.int64)
    return codes, tuple(levels)


def _make_variable(series: pd.Series, name: str, *, reference: Any = None) -> _Variable:
    values = series.dropna()
    numeric = pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series)
    n_unique = values.nunique()
    if numeric and not isinstance(series.dtype, pd.CategoricalDtype):
        if n_unique <= 2:
            codes, levels = _code_discrete(series.astype(float), reference)
            return _Variable(name, "binary", codes, levels)
        return _Variable(name, "continuous", series.to_numpy(dtype=float))
    codes, levels = _code_discrete(series, reference)
    return _Variable(name, "binary" if len(levels) == 2 else "categorical", codes, levels)


#: Whole numbers count as counts of events only when they look like them (see check_confounders).
COUNT_MAX_MEDIAN = 10


def _weighted_median(y: np.ndarray, w: np.ndarray | None) -> float:
    """``np.median`` of the rows that ``y`` with frequency weights ``w`` stands for."""
    if w is None:
        return float(np.median(y))
    keep = w > 0
    y, w = y[keep], w[keep]
    order = np.argsort(y, kind="stable")
    ys, cum = y[order], np.cumsum(w[order])
    n = cum[-1]  # the middle row, or the mean of the middle two
    lo = ys[min(len(ys) - 1, np.searchsorted(cum, np.floor((n - 1) / 2), side="right"))]
    hi = ys[min(len(ys) - 1, np.searchsorted(cum, np.floor(n / 2), side="right"))]
    return float((lo + hi) / 2)


def _looks_like_counts(y: np.ndarray, w: np.ndarray | None = None) -> bool:
    """Small whole numbers of at least 0 with some 0s or 1s, skewed to the right.

    Event counts (incidents per location, reports per week) are mostly small, include zeros or
    ones, and have a long right tail (mean at least the median). Scores, weights in grams and
    ages are whole numbers too, but large or without zeros and ones: they are measurements.
    Frequency weights (published tables, cells made by an engine) count as the rows they stand for.
    """
    if not ((y >= 0).all() and (np.floor(y) == y).all()):
        return False
    median = _weighted_median(y, w)
    mean = float(np.average(y, weights=w))
    return median <= COUNT_MAX_MEDIAN and float(y.min()) <= 1 and mean >= median


def _text_outcome(series: pd.Series, name: Hashable) -> None:
    present = series.dropna()
    values = sorted(pd.unique(present).tolist(), key=str)
    if len(values) == 2:
        raise ColumnTypeError(
            MSG("binary_codes", col=name, a=values[0], b=values[1], name=str(name))
        )
    example = present.iloc[0] if len(present) else None
    from ._validation import MSG as VMSG

    raise ColumnTypeError(
        MSG("outcome_text", col=name, example=example, fix=VMSG("numeric_fix_text", col=name))
    )


def _check_size(values: np.ndarray, name: Hashable, arg: str) -> None:
    """Refuse numbers so large that the model's arithmetic overflows (squares beyond 1e300)."""
    if len(values) and float(np.max(np.abs(values))) > 1e100:
        raise InvalidOptionError(
            MSG("too_large", arg=arg, col=name, value=float(np.max(np.abs(values))))
        )


def _outcome_type(
    series: pd.Series, name: Hashable, requested: str | None, w: np.ndarray | None = None
) -> tuple[np.ndarray, str, str]:
    """The outcome as floats, the model it gets, and why (a message)."""
    if pd.api.types.is_datetime64_any_dtype(series):
        raise ColumnTypeError(MSG("date_column", arg="outcome", col=name, dtype=str(series.dtype)))
    if not (pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series)):
        _text_outcome(series, name)
    y = series.to_numpy(dtype=float)
    if not np.isfinite(y).all():
        check_column(series.to_frame(), name, arg="outcome", kind="numeric")
    _check_size(y, name, "outcome")
    is_binary = bool(np.isin(y, (0.0, 1.0)).all())
    if requested is not None:
        kind = check_option(
            requested, arg="outcome_type", options=["binary", "count", "continuous"]
        )
        if kind == "binary" and not is_binary:
            raise InvalidOptionError(
                MSG("outcome_type_mismatch", kind=kind, col=name, why=MSG("why_binary"))
            )
        if kind == "count" and not ((y >= 0).all() and (np.floor(y) == y).all()):
            raise InvalidOptionError(
                MSG("outcome_type_mismatch", kind=kind, col=name, why=MSG("why_count"))
            )
        return y, kind, MSG("why_requested", kind=kind)
    if is_binary:
        return y, "binary", MSG("why_is_binary", col=name, event=1)
    if len(np.unique(y)) == 2:
        values = series.drop_duplicates().sort_values().tolist()
        raise ColumnTypeError(
            MSG("binary_codes", col=name, a=values[0], b=values[1], name=str(name))
        )
    if _looks_like_counts(y, w):
        share = 100 * float(np.average(y <= 1, weights=w))
        median = _weighted_median(y, w)
        return y, "count", MSG("why_is_count", col=name, median=median, share=share)
    return y, "continuous", MSG("why_is_continuous", col=name)


# --------------------------------------------------------------------------------------------
# Model fitting: exact collapsing to cells of identical covariates
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Fit:
    params: np.ndarray
    cov: np.ndarray
    df_resid: float
    cells: int  # number of rows the model was fitted on (cells when collapsed)


class _Engine:
    """Fits the outcome model for a set of terms, collapsing rows with identical covariates.

    When every term is discrete, the rows are grouped into cells of identical covariates and the
    model is fitted on sufficient statistics per cell (count, sum and sum of squares of the
    outcome). For these models (OLS, Poisson, logistic) that gives exactly the same estimates and
    standard errors as fitting every row, which the tests check against statsmodels on the rows,
    and it is what makes a million rows fast. statsmodels does the fitting; the only arithmetic
    done here is the residual scale from the per-cell sums, which statsmodels cannot see after
    collapsing.
    """

    def __init__(self, y: np.ndarray, w: np.ndarray, kind: str, remote: Any = None) -> None:
        self.y = y
        self.w = w
        self.kind = kind
        self.n = float(w.sum())
        self.remote = remote  # an engine's IRLS fitter, for cells that stand for engine rows

    def fit(self, variables: Sequence[_Variable]) -> _Fit:
        if all(v.discrete for v in variables):
            return self._fit_cells(variables)
        if self.remote is not None and self.kind != "continuous":
            # Cells with moment-matched continuous columns: exact for linear fits only; a
            # logistic or Poisson fit runs on the rows in the engine, started from the cells' fit.
            start = self._fit_rows(variables).params
            params, cov, df_resid = self.remote.fit(variables, self.kind, n_obs=self.n, start=start)
            return _Fit(params, cov, df_resid, len(self.y))
        return self._fit_rows(variables)

    @staticmethod
    def _design(variables: Sequence[_Variable], values: Sequence[np.ndarray]) -> np.ndarray:
        n = len(values[0])
        blocks = [np.ones((n, 1))] + [v.design(x) for v, x in zip(variables, values, strict=True)]
        return np.hstack(blocks)

    def _fit_cells(self, variables: Sequence[_Variable]) -> _Fit:
        radix = np.prod([float(v.n_levels) for v in variables])
        if radix < 2**62:
            key = np.zeros(len(self.y), dtype=np.int64)
            for v in variables:
                key = key * v.n_levels + v.codes
            inverse, uniq = pd.factorize(key)  # hashing: faster than sorting for many rows
            cell_codes = []
            rest = uniq.copy()
            for v in reversed(variables):
                cell_codes.append(rest % v.n_levels)
                rest = rest // v.n_levels
            cell_codes = cell_codes[::-1]
        else:  # pragma: no cover - astronomically many level combinations
            frame = pd.DataFrame({i: v.codes for i, v in enumerate(variables)})
            uniq_frame, inverse = np.unique(frame.to_numpy(), axis=0, return_inverse=True)
            cell_codes = [uniq_frame[:, i] for i in range(len(variables))]
        n_cells = len(cell_codes[0])
        if n_cells > 0.5 * len(self.y):
            return self._fit_rows(variables)
        wy = self.w * self.y
        counts = np.bincount(inverse, weights=self.w, minlength=n_cells)
        sums = np.bincount(inverse, weights=wy, minlength=n_cells)
        keep = counts > 0
        X = self._design(variables, cell_codes)[keep]
        counts, sums = counts[keep], sums[keep]
        import statsmodels.api as sm

        p = X.shape[1]
        df_resid = self.n - p
        if self.kind == "binary":
            endog = np.column_stack([sums, counts - sums])
            res = _glm_fit(sm.GLM(endog, X, family=sm.families.Binomial()))
            return _Fit(res.params, res.cov_params(), df_resid, int(keep.sum()))
        sumsq = np.bincount(inverse, weights=wy * self.y, minlength=len(keep))[keep]
        if self.kind == "count":
            res = _glm_fit(sm.GLM(sums, X, family=sm.families.Poisson(), exposure=counts))
            mu = np.exp(X @ res.params)  # per-row mean in each cell
            # Pearson X² of the row-level model from the cell sums: Σ (y - μ)² / μ.
            pearson = float(np.sum((sumsq - 2 * mu * sums + counts * mu**2) / mu))
            scale = max(pearson / df_resid, 1e-12)
            return _Fit(res.params, res.cov_params() * scale, df_resid, int(keep.sum()))
        means = sums / counts
        res = _glm_fit(sm.GLM(means, X, family=sm.families.Gaussian(), var_weights=counts))
        fitted = X @ res.params
        # Residual sum of squares of the row-level OLS: within-cell plus between-cell parts.
        rss = float(np.sum(sumsq - 2 * fitted * sums + counts * fitted**2))
        scale = max(rss, 0.0) / df_resid
        cov = res.normalized_cov_params * scale  # (XᵀWX)⁻¹ times the row-level scale
        return _Fit(res.params, cov, df_resid, int(keep.sum()))

    def _fit_rows(self, variables: Sequence[_Variable]) -> _Fit:
        X = self._design(variables, [v.codes for v in variables])
        if len(self.y) > ROW_SOLVER_THRESHOLD:
            return _fit_normal_equations(X, self.y, self.w, self.kind)
        import statsmodels.api as sm

        family = {
            "binary": sm.families.Binomial(),
            "count": sm.families.Poisson(),
            "continuous": sm.families.Gaussian(),
        }[self.kind]
        model = sm.GLM(self.y, X, family=family, freq_weights=self.w)
        res = _glm_fit(model, scale="X2" if self.kind == "count" else None)
        return _Fit(res.params, res.cov_params(), self.n - X.shape[1], len(self.y))


#: Above this many rows a model that cannot be collapsed is fitted by :func:`_fit_normal_equations`.
ROW_SOLVER_THRESHOLD = 100_000


def _xtwx(X: np.ndarray, weights: np.ndarray) -> np.ndarray:
    # (WX)ᵀX rather than Xᵀ(WX): the same numbers, twenty times faster for a C-ordered X.
    return (X * weights[:, None]).T @ X


def _fit_normal_equations(X: np.ndarray, y: np.ndarray, w: np.ndarray, kind: str) -> _Fit:
    """Fit the same GLM as statsmodels (canonical link) by IRLS on the normal equations.

    Written here only for speed: statsmodels' IRLS solves every step with an SVD of the whole
    design matrix, about a second per step at a million rows, while forming the p×p matrix XᵀWX
    and solving it takes a tenth of that. For a full-rank design the result is the same maximum
    likelihood estimate and the same covariance (scale · (XᵀWX)⁻¹; quasi-Poisson scale = Pearson
    X² / (n − p)); the tests check it against statsmodels.
    """
    n_obs = float(w.sum())
    p = X.shape[1]
    if kind == "continuous":
        xtwx = _xtwx(X, w)
        beta = np.linalg.solve(xtwx, X.T @ (w * y))
        resid = y - X @ beta
        scale = float(np.sum(w * resid**2)) / (n_obs - p)
        return _Fit(beta, np.linalg.inv(xtwx) * scale, n_obs - p, len(y))
    if kind == "count":
        beta = np.zeros(p)
        beta[0] = math.log(max(np.average(y, weights=w), 1e-12))
    else:
        mean = np.clip(np.average(y, weights=w), 1e-6, 1 - 1e-6)
        beta = np.zeros(p)
        beta[0] = math.log(mean / (1 - mean))
    for _ in range(50):
        eta = X @ beta
        if kind == "count":
            mu = np.exp(eta)
            var = mu
        else:
            mu = 1 / (1 + np.exp(-eta))
            var = mu * (1 - mu)
        weights = w * var
        xtwx = _xtwx(X, weights)
        step = np.linalg.solve(xtwx, X.T @ (w * (y - mu)))
        beta = beta + step
        # Newton converges quadratically; below this, steps are rounding noise of the big sums.
        if np.max(np.abs(step) / (1 + np.abs(beta))) < 1e-9:
            break
    eta = X @ beta
    mu = np.exp(eta) if kind == "count" else 1 / (1 + np.exp(-eta))
    var = mu if kind == "count" else mu * (1 - mu)
    cov = np.linalg.inv(_xtwx(X, w * var))
    if kind == "count":
        cov = cov * float(np.sum(w * (y - mu) ** 2 / mu)) / (n_obs - p)
    return _Fit(beta, cov, n_obs - p, len(y))


def _glm_fit(model: Any, scale: Any = None) -> Any:
    import warnings

    from statsmodels.tools.sm_exceptions import DomainWarning, PerfectSeparationWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (PerfectSeparationWarning, DomainWarning, RuntimeWarning))
        return model.fit(scale=scale)


# --------------------------------------------------------------------------------------------
# The check
# --------------------------------------------------------------------------------------------


def check_confounders(
    data: pd.DataFrame,
    *,
    exposure: str,
    outcome: str,
    candidates: Sequence[str] | str | None = None,
    outcome_type: OutcomeType | None = None,
    reference: Any = None,
    weights: str | None = None,
    threshold: float = 10.0,
    conf_level: float = 0.95,
    min_stratum: int = 10,
    max_levels: int = 50,
) -> ConfounderReport:
    """Check whether an association survives when other variables are held fixed.

    Estimates the association between ``exposure`` and ``outcome`` before adjustment (crude), with
    each candidate held fixed in turn, and with all candidates held fixed together, each with its
    interval, and flags the candidates that change it: possible confounders.

    Parameters
    ----------
    data : pandas.DataFrame, path or engine table
        One row per unit (location, person, ...). It is never modified. Also a path to a
        parquet or CSV file (read with DuckDB), a DuckDB relation, a polars frame, an Ibis table
        (PostgreSQL, DuckDB, ...) or a Spark DataFrame: the rows are then reduced to groups of
        identical values inside that engine and only those groups are read (name the
        ``candidates``; the caveats say which engine reduced how many rows). A continuous
        column with a value in nearly every row enters a linear model through cross-products
        and a logistic or Poisson model through IRLS passes, both computed in the engine.
    exposure : str
        The column whose association is in question (e.g. ``"fish_shop"``): binary, categorical
        (contrasts against the reference level) or continuous (a slope per unit).
    outcome : str
        The column with the outcome: binary 0/1 (odds ratio, logistic regression), a count
        (rate ratio, Poisson regression with quasi-Poisson standard errors) or a measurement
        (difference in means or slope, linear regression).
    candidates : list of str, str or None, default None
        Possible confounders to hold fixed: binary, categorical or continuous columns. ``None``
        scans every other column and suggests the ones associated with both the exposure and the
        outcome (identifiers, constants and columns with missing values are skipped and listed
        in ``.caveats``).
    outcome_type : {"binary", "count", "continuous"}, optional
        Override the choice of model made from the outcome's values.
    reference : optional
        The reference level of a binary or categorical exposure (default: 0, ``False``, the first
        category, or the first value in sorted order).
    weights : str, optional
        A column of frequency weights: how many identical individuals a row stands for (for
        published tables of counts).
    threshold : float, default 10
        A candidate that changes the estimate by at least this many percent (and is associated
        with both exposure and outcome) is flagged as a confounder.
    conf_level : float, default 0.95
        Confidence level of every interval.
    min_stratum : int, default 10
        Strata of a discrete candidate with fewer observations (or without variation in the
        exposure) are reported in a :class:`ThinDataWarning`.
    max_levels : int, default 50
        Most categories allowed in a categorical exposure or candidate.

    Returns
    -------
    ConfounderReport
        With ``crude`` and ``adjusted`` (:class:`Estimate` with ``value``, ``ci_low``, ``ci_high``,
        ``null``, ``measure``), ``table`` (one row per candidate: ``estimate``, ``ci_low``,
        ``ci_high``, ``change_pct``, ``reverses``, ``is_confounder`` and more), ``confounders``,
        ``contrasts``, ``mantel_haenszel``, ``method``, ``caveats``, ``explain()`` and ``plot()``.

    Raises
    ------
    ColumnNotFoundError
        A column name is not in the data (the nearest name is suggested).
    ColumnTypeError
        The outcome holds text.
    MissingValuesError
        The exposure, outcome, a candidate or the weights have missing or infinite values.
    ConstantColumnError
        The exposure or a named candidate has only one value.
    CollinearityError
        A candidate is the exposure, or carries the same information (the exposure does not vary
        within any of its values).
    PerfectSeparationError
        For a binary outcome, the exposure predicts it perfectly.
    TooFewRowsError
        Fewer observations than the model needs.

    Warns
    -----
    ConfoundingWarning
        When a candidate is flagged as a confounder.
    ThinDataWarning
        When strata of a candidate are small or lack variation in the exposure.

    See Also
    --------
    civicanalysis.compare : the association between groups with its uncertainty.
    statsmodels.stats.contingency_tables.StratifiedTable : Mantel–Haenszel for 2×2×K tables.

    Notes
    -----
    - Holding a variable fixed ("adjusting for it") means comparing like with like: locations on a
      square with locations on a square, and the rest with the rest. The models are the standard
      ones for each kind of outcome, fitted by statsmodels; candidates enter as categories
      (discrete) or as straight-line terms (continuous).
    - ``change_pct`` is measured on the scale where 0 means no association (the log scale for ratios),
      so -100% means the association disappears whatever the measure.
    - The check cannot tell a confounder (a common cause, to be held fixed) from a mediator (a step
      on the causal path, not to be held fixed) or a collider; only knowledge of what comes first
      can. Unmeasured variables are not checked at all. The adjusted estimate is therefore still an
      association, not a causal effect.
    - Odds ratios change slightly when any strong predictor of the outcome is added, even without
      confounding (non-collapsibility).

    References
    ----------
    .. [1] Greenland, S., Pearl, J., Robins, J. M. (1999). Confounding and collapsibility in causal
       inference. Statistical Science 14(1), 29–46.
    .. [2] TNO (2014), in: Gemeente Utrecht, "Datagedreven sturing" (seed 001, §2.3): the fish shop
       and the small square.
    .. [3] Agresti, A. (2013). Categorical Data Analysis, 3rd ed., Wiley (the Mantel–Haenszel
       estimate for the Chinese smoking and lung cancer tables of Liu, 1992).

    Examples
    --------
    >>> import civicanalysis as ca
    >>> df = ca.datasets.load("vandalism")
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore", ca.ConfoundingWarning)
    ...     report = ca.check_confounders(
    ...         df,
    ...         exposure="fish_shop",
    ...         outcome="vandalism",
    ...         candidates=["on_square", "youth_hangout", "cafe"],
    ...     )
    >>> round(report.crude.value, 1), report.crude.measure
    (2.6, 'rate ratio')
    >>> report.confounders
    ('on_square', 'youth_hangout')
    >>> bool(report.adjusted.ci_low < 1 < report.adjusted.ci_high)
    True
    """
    from ._engines import finish_confounders, reduce_for_confounders, weight_column

    if weights is None:  # cells made by an engine carry their counts as frequency weights
        weights = weight_column(data)

    # Any engine (and a pandas frame that shrinks): reduce to cells of identical values there.
    reduced = reduce_for_confounders(
        data,
        exposure=exposure,
        outcome=outcome,
        candidates=candidates,
        weights=weights,
        outcome_type=outcome_type,
    )
    if reduced is not None:
        report = check_confounders(
            reduced.cells,
            exposure=exposure,
            outcome=outcome,
            candidates=candidates,
            outcome_type=outcome_type or reduced.outcome_type,
            reference=reference,
            weights=reduced.weight,
            threshold=threshold,
            conf_level=conf_level,
            min_stratum=min_stratum,
            max_levels=max_levels,
        )
        return finish_confounders(report, reduced)
    inputs = _validate(
        data,
        exposure=exposure,
        outcome=outcome,
        candidates=candidates,
        outcome_type=outcome_type,
        reference=reference,
        weights=weights,
        threshold=threshold,
        conf_level=conf_level,
        max_levels=max_levels,
    )
    fits = _fit_candidates(inputs, min_stratum)
    table = _candidate_table(fits.rows, conf_level, threshold)
    adjusted, used = _fit_adjusted(inputs, fits, table)
    return _build_report(inputs, fits, table, adjusted, used)


# --------------------------------------------------------------------------------------------
# The three steps of the check: inputs, engine, result
# --------------------------------------------------------------------------------------------


@dataclass
class _Inputs:
    """The validated input of one check."""

    exposure: str
    outcome: str
    y: np.ndarray
    w: np.ndarray
    kind: str
    kind_reason: str
    x_var: _Variable
    cand_vars: list[_Variable]
    scanning: bool
    conf_level: float
    threshold: float
    caveats: list[str]
    remote: Any = None  # the engine fitter of cells made by an engine (see _engines._irls)


@dataclass
class _Fits:
    """What the engine found: crude estimates, one row per candidate, every contrast."""

    engine: _Engine
    crude_all: list[Estimate]
    headline: int
    rows: list[dict[str, Any]]
    contrast_rows: list[dict[str, Any]]
    cells_used: list[int]
    skipped: list[str]
    estimates: Any  # the function turning a fit into the exposure's estimates


def _validate(
    data: pd.DataFrame,
    *,
    exposure: str,
    outcome: str,
    candidates: Sequence[str] | str | None,
    outcome_type: str | None,
    reference: Any,
    weights: str | None,
    threshold: float,
    conf_level: float,
    max_levels: int,
) -> _Inputs:
    from ._engines._irls import engine_glm

    data = check_dataframe(data, arg="data")
    conf_level = check_fraction(conf_level, arg="conf_level")
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or threshold <= 0:
        raise InvalidOptionError(
            f"threshold={threshold!r} must be a positive number of percent, e.g. 10."
        )
    exposure = check_column_name(data, exposure, arg="exposure")
    outcome = check_column_name(data, outcome, arg="outcome")
    check_distinct([("exposure", exposure), ("outcome", outcome)])
    if weights is not None:
        weights = check_column_name(data, weights, arg="weights")
        check_distinct([("exposure", exposure), ("outcome", outcome), ("weights", weights)])
    y_series = check_column(data, outcome, arg="outcome", kind="any")
    y, kind, reason = _outcome_type(
        y_series, outcome, outcome_type, None if weights is None else _weights(data, weights)
    )
    x_series = check_column(data, exposure, arg="exposure", kind="any")
    _check_not_date(x_series, exposure, "exposure")
    check_one_type(x_series, exposure, "exposure")
    w = _weights(data, weights)
    if reference is not None and not (x_series == reference).any():
        values = sorted(pd.unique(x_series).tolist(), key=str)[:10]
        raise InvalidOptionError(
            MSG("reference_missing", ref=reference, exposure=exposure, values=values)
        )
    x_var = _make_variable(x_series, exposure, reference=reference)
    if x_var.kind == "categorical" and x_var.n_levels > max_levels:
        check_column(data, exposure, arg="exposure", kind="category", max_levels=max_levels)
    if not x_var.discrete:
        _check_size(x_var.codes, exposure, "exposure")
    caveats: list[str] = []
    cand_vars = _candidate_variables(
        data,
        candidates,
        exposure=exposure,
        outcome=outcome,
        weights=weights,
        max_levels=max_levels,
        caveats=caveats,
    )
    n_params = 1 + _width(x_var) + sum(_width(c) for c in cand_vars)
    if float(w.sum()) < n_params + 2:
        raise TooFewRowsError(MSG("too_few_rows", n=int(w.sum()), p=n_params, need=n_params + 2))
    for cand in cand_vars:
        _check_not_collinear(x_var, cand, exposure)
    if kind == "binary":
        _check_separation_crude(x_var, y, w, outcome)
    return _Inputs(
        exposure=str(exposure),
        outcome=str(outcome),
        y=y,
        w=w,
        kind=kind,
        kind_reason=reason,
        x_var=x_var,
        cand_vars=cand_vars,
        scanning=candidates is None,
        conf_level=conf_level,
        threshold=float(threshold),
        caveats=caveats,
        remote=engine_glm(data),
    )


def _width(v: _Variable) -> int:
    return v.n_levels - 1 if v.discrete else 1


def _weights(data: pd.DataFrame, weights: str | None) -> np.ndarray:
    if weights is None:
        return np.ones(len(data))
    w = check_column(data, weights, arg="weights", kind="numeric", allow_constant=True).to_numpy()
    if (w < 0).any():
        raise InvalidOptionError(MSG("weights_bad", col=weights, n=int((w < 0).sum())))
    _check_size(w, weights, "weights")
    return w


def check_one_type(series: pd.Series, name: Hashable, arg: str) -> None:
    """Refuse a column that mixes numbers and text (1 and "1" would be two groups)."""
    if series.dtype != object:
        return
    values = series.dropna().tolist()
    text = next((v for v in values if isinstance(v, str)), None)
    number = next(
        (v for v in values if isinstance(v, (int, float, np.number)) and not isinstance(v, bool)),
        None,
    )
    if text is not None and number is not None:
        raise ColumnTypeError(MSG("mixed_types", arg=arg, col=name, text=text, number=number))


def _check_not_date(series: pd.Series, name: Hashable, arg: str) -> None:
    if pd.api.types.is_datetime64_any_dtype(series) or pd.api.types.is_timedelta64_dtype(series):
        raise ColumnTypeError(MSG("date_column", arg=arg, col=name, dtype=str(series.dtype)))


def _estimator(inputs: _Inputs, engine: _Engine) -> Any:
    """The function that turns a fit into one Estimate per exposure contrast."""
    x_var, kind, conf_level = inputs.x_var, inputs.kind, inputs.conf_level
    measure = _MEASURES[(kind, "slope" if x_var.kind == "continuous" else "contrast")]
    ratio = kind in ("count", "binary")
    n_params = 1 + _width(x_var) + sum(_width(c) for c in inputs.cand_vars)
    z = _critical(conf_level, kind, engine.n - n_params)
    method_text = MSG(_METHOD_KEYS[kind])

    def estimates(fit: _Fit) -> list[Estimate]:
        out = []
        for j in range(_width(x_var)):
            b = float(fit.params[1 + j])
            se = float(math.sqrt(max(fit.cov[1 + j, 1 + j], 0.0)))
            lo, hi = b - z * se, b + z * se
            p_value = _p_value(b / se if se > 0 else math.nan, kind, fit.df_resid)
            if ratio:
                b, lo, hi = _safe_exp(b), _safe_exp(lo), _safe_exp(hi)
            out.append(
                Estimate(
                    measure=measure,
                    value=b,
                    ci_low=lo,
                    ci_high=hi,
                    null=1.0 if ratio else 0.0,
                    conf_level=conf_level,
                    method=method_text,
                    n=int(engine.n),
                    p_value=p_value,
                    label=_label(x_var, j),
                )
            )
        return out

    return estimates


def _fit_candidates(inputs: _Inputs, min_stratum: int) -> _Fits:
    """The engine: the crude model, then one model per candidate held fixed."""
    x_var, kind, caveats = inputs.x_var, inputs.kind, inputs.caveats
    engine = _Engine(inputs.y, inputs.w, kind, remote=inputs.remote)
    estimates = _estimator(inputs, engine)
    crude_fit = engine.fit([x_var])
    crude_all = estimates(crude_fit)
    if kind == "binary":
        _check_separation_fit(crude_all, inputs.exposure, inputs.outcome)
    headline = _headline(crude_all)
    if x_var.kind == "categorical":
        level, ref = x_var.levels[headline + 1], x_var.levels[0]
        caveats.append(
            MSG(
                "categorical_headline",
                exposure=inputs.exposure,
                k=x_var.n_levels,
                level=level,
                ref=ref,
            )
        )
    fits = _Fits(
        engine=engine,
        crude_all=crude_all,
        headline=headline,
        rows=[],
        contrast_rows=[_contrast_row("(crude)", e) for e in crude_all],
        cells_used=[crude_fit.cells],
        skipped=[],
        estimates=estimates,
    )
    for cand in inputs.cand_vars:
        fit = engine.fit([x_var, cand])
        fits.cells_used.append(fit.cells)
        ests = estimates(fit)
        if kind == "binary" and not _separation_ok(inputs, cand, ests, fits):
            continue
        fits.contrast_rows += [_contrast_row(cand.name, e) for e in ests]
        est = ests[headline]
        p_outcome = _wald_p(fit, _term_slice(x_var, inputs.cand_vars, cand, single=True), kind)
        assoc, p_exposure = _association(x_var, cand, inputs.w)
        _warn_thin(x_var, cand, inputs.w, min_stratum, caveats)
        fits.rows.append(
            {
                "candidate": cand.name,
                "estimate": est.value,
                "ci_low": est.ci_low,
                "ci_high": est.ci_high,
                "change_pct": _change_pct(crude_all[headline], est),
                "reverses": _reverses(crude_all[headline], est),
                "evidence": est.evidence,
                "assoc_exposure": assoc,
                "p_exposure": p_exposure,
                "p_outcome": p_outcome,
                "kind": cand.kind,
                "n": int(engine.n),
                "conf_level": inputs.conf_level,
                "method": est.measure,
            }
        )
    return fits


def _separation_ok(inputs: _Inputs, cand: _Variable, ests: list[Estimate], fits: _Fits) -> bool:
    """False (and a caveat) when a scanned candidate separates the outcome; raises if named."""
    try:
        _check_separation_fit(ests, inputs.exposure, inputs.outcome, candidate=cand.name)
    except PerfectSeparationError:
        if not inputs.scanning:
            raise PerfectSeparationError(
                MSG("separation_by_candidate", cand=cand.name, outcome=inputs.outcome)
            ) from None
        inputs.caveats.append(MSG("separation_skipped", cand=cand.name, outcome=inputs.outcome))
        fits.skipped.append(cand.name)
        return False
    return True


_TABLE_COLUMNS = [
    "estimate",
    "ci_low",
    "ci_high",
    "change_pct",
    "evidence",
    "reverses",
    "is_confounder",
    "suggested",
    "assoc_exposure",
    "p_exposure",
    "p_outcome",
    "kind",
    "n",
    "conf_level",
    "method",
]


def _candidate_table(rows: list[dict[str, Any]], conf_level: float, threshold: float) -> Any:
    table = pd.DataFrame(rows, columns=list(_ROW_COLUMNS)).set_index("candidate")
    alpha = 1 - conf_level
    table["suggested"] = (table["p_exposure"] < alpha) & (table["p_outcome"] < alpha)
    table["is_confounder"] = table["suggested"] & (table["change_pct"].abs() >= threshold)
    table = table[_TABLE_COLUMNS]
    table.index.name = "candidate"
    return table


def _fit_adjusted(
    inputs: _Inputs, fits: _Fits, table: pd.DataFrame
) -> tuple[Estimate, list[_Variable]]:
    """All candidates (given, or suggested when scanning) held fixed together."""
    cand_vars = [c for c in inputs.cand_vars if c.name not in fits.skipped]
    if inputs.scanning:
        used = [c for c in cand_vars if bool(table.loc[c.name, "suggested"])]
    else:
        used = cand_vars
    if not used:
        return fits.crude_all[fits.headline], used
    adj_fit = fits.engine.fit([inputs.x_var, *used])
    fits.cells_used.append(adj_fit.cells)
    adjusted_all = fits.estimates(adj_fit)
    if inputs.kind == "binary":
        _check_separation_fit(adjusted_all, inputs.exposure, inputs.outcome)
    fits.contrast_rows += [_contrast_row("(all candidates)", e) for e in adjusted_all]
    return adjusted_all[fits.headline], used


def _build_report(
    inputs: _Inputs,
    fits: _Fits,
    table: pd.DataFrame,
    adjusted: Estimate,
    used: list[_Variable],
) -> ConfounderReport:
    kind, caveats = inputs.kind, inputs.caveats
    mh = None
    if kind == "binary" and inputs.x_var.kind == "binary" and used:
        if all(c.discrete for c in used):
            mh = _mantel_haenszel(
                inputs.x_var, used, inputs.y, inputs.w, inputs.conf_level, caveats
            )
    confounders = tuple(str(c) for c in table.index[table["is_confounder"]])
    if kind == "binary" and len(inputs.cand_vars):
        caveats.append(MSG("noncollapsible"))
    if confounders:
        worst = table.loc[list(confounders), "change_pct"].abs().idxmax()
        warn(
            ConfoundingWarning,
            MSG(
                "confounding_warning",
                exposure=inputs.exposure,
                outcome=inputs.outcome,
                change=_fmt_change(float(table.loc[worst, "change_pct"]), resolve_language(None)),
                names=worst,
            ),
            caveats,
            stacklevel=4,
        )
    method = MSG(_METHOD_KEYS[kind])
    if max(fits.cells_used) < len(inputs.y):
        cells = MSG("method_cells", cells=max(fits.cells_used))
        method = MSG("method_and", method=method, more=cells)  # a Text: renders in either language
    return ConfounderReport(
        exposure=inputs.exposure,
        outcome=inputs.outcome,
        crude=fits.crude_all[fits.headline],
        adjusted=adjusted,
        table=table,
        confounders=confounders,
        candidates_used=tuple(c.name for c in used),
        contrasts=pd.DataFrame(fits.contrast_rows),
        mantel_haenszel=mh,
        outcome_type=kind,
        method=method,
        threshold=inputs.threshold,
        n=int(fits.engine.n),
        n_rows=len(inputs.y),
        cells=max(fits.cells_used),
        caveats=tuple(caveats),
        outcome_reason=inputs.kind_reason,
    )


# --------------------------------------------------------------------------------------------
# Helpers of the check
# --------------------------------------------------------------------------------------------


def _candidate_variables(
    data: pd.DataFrame,
    candidates: Sequence[str] | str | None,
    *,
    exposure: Hashable,
    outcome: Hashable,
    weights: Hashable | None,
    max_levels: int,
    caveats: list[str],
) -> list[_Variable]:
    if candidates is None:
        return _scan(data, exposure, outcome, weights, max_levels, caveats)
    if isinstance(candidates, str):
        candidates = [candidates]
    if not isinstance(candidates, (list, tuple, pd.Index)):
        raise InvalidOptionError(MSG("candidates_type", typ=type(candidates).__name__))
    names = [check_column_name(data, c, arg="candidates") for c in candidates]
    roles = [("exposure", exposure), ("outcome", outcome)]
    if weights is not None:
        roles.append(("weights", weights))
    check_distinct(roles + [("candidates", c) for c in names])
    variables = []
    for name in names:
        series = check_column(data, name, arg="candidates", kind="any")
        _check_not_date(series, name, "candidates")
        if not pd.api.types.is_numeric_dtype(series) or isinstance(
            series.dtype, pd.CategoricalDtype
        ):
            check_column(data, name, arg="candidates", kind="category", max_levels=max_levels)
        elif not pd.api.types.is_bool_dtype(series):
            series = check_column(data, name, arg="candidates", kind="numeric")
            _check_size(series.to_numpy(dtype=float), name, "candidates")
        if _copies(series, data[outcome]):
            raise CollinearityError(MSG("copies_outcome", cand=name, outcome=outcome))
        variables.append(_make_variable(series, str(name)))
    return variables


def _scan(
    data: pd.DataFrame,
    exposure: Hashable,
    outcome: Hashable,
    weights: Hashable | None,
    max_levels: int,
    caveats: list[str],
) -> list[_Variable]:
    """Every other column that can be a candidate; the rest are listed in a caveat."""
    taken = {exposure, outcome, weights}
    variables, skipped, copies = [], [], []
    for col in data.columns:
        if col in taken:
            continue
        series = data[col]
        n_unique = series.nunique(dropna=True)
        numeric = pd.api.types.is_numeric_dtype(series) and not isinstance(
            series.dtype, pd.CategoricalDtype
        )
        id_like = n_unique > 0.9 * len(series) and (
            not numeric or pd.api.types.is_integer_dtype(series)
        )
        not_finite = (
            numeric and not np.isfinite(series.to_numpy(dtype=float, na_value=np.nan)).all()
        )
        if (
            series.isna().any()
            or not_finite
            or n_unique < 2
            or id_like
            or pd.api.types.is_datetime64_any_dtype(series)
            or pd.api.types.is_timedelta64_dtype(series)
            or (not numeric and n_unique > max_levels)
            or (numeric and float(series.abs().max()) > 1e100)
        ):
            skipped.append(str(col))
        elif _copies(series, data[outcome]):
            copies.append(str(col))
        else:
            variables.append(_make_variable(series, str(col)))
    if skipped:
        caveats.append(MSG("scan_skipped", names=", ".join(skipped)))
    if copies:
        caveats.append(MSG("scan_skipped_outcome", names=", ".join(copies), outcome=outcome))
    if not variables:
        raise TooFewRowsError(MSG("no_candidates", cols=", ".join(map(str, data.columns))))
    return variables


def _copies(series: pd.Series, outcome: pd.Series) -> bool:
    """True when a column carries exactly the outcome's information (a one-to-one recoding)."""
    a, _ = pd.factorize(series)
    b, _ = pd.factorize(outcome)
    # A one-to-one recoding of a discrete outcome (with repeated values: every column of unique
    # values is trivially one-to-one with every other).
    if a.max(initial=0) + 1 <= 0.5 * len(a) and np.array_equal(a, b):
        return True
    both_numeric = pd.api.types.is_numeric_dtype(series) and pd.api.types.is_numeric_dtype(outcome)
    if both_numeric and series.nunique() > 2:
        x = series.to_numpy(dtype=float)
        y = outcome.to_numpy(dtype=float)
        if np.std(x) > 0 and np.std(y) > 0 and np.isfinite(x).all() and np.isfinite(y).all():
            with np.errstate(all="ignore"):
                r = np.corrcoef(x, y)[0, 1]
            return bool(abs(r) > 1 - 1e-12)
    return False


def _check_not_collinear(x: _Variable, cand: _Variable, exposure: str) -> None:
    if x.discrete and cand.discrete:
        table = pd.crosstab(cand.codes, x.codes)
        varies = (table > 0).sum(axis=1) > 1
        if not varies.any():
            key = "identical" if (table > 0).sum(axis=0).max() == 1 else "collinear"
            raise CollinearityError(MSG(key, cand=cand.name, exposure=exposure))
        return
    xs = x.design(x.codes)
    cs = cand.design(cand.codes)
    if x.discrete:  # continuous candidate explained by a discrete exposure? only if identical
        xs, cs = cs, xs
    design = np.hstack([np.ones((len(cs), 1)), cs])
    target = xs[:, 0]
    coef, *_ = np.linalg.lstsq(design, target, rcond=None)
    resid = target - design @ coef
    total = np.sum((target - target.mean()) ** 2)
    r2 = 1 - np.sum(resid**2) / total if total > 0 else 1.0
    if r2 > 1 - 1e-10:
        raise CollinearityError(
            MSG("collinear_continuous", cand=cand.name, exposure=exposure, r2=f"{r2:.6f}")
        )


def _check_separation_crude(x: _Variable, y: np.ndarray, w: np.ndarray, outcome: str) -> None:
    if not x.discrete:
        return
    events = np.bincount(x.codes, weights=w * y, minlength=x.n_levels)
    totals = np.bincount(x.codes, weights=w, minlength=x.n_levels)
    bad = [x.levels[i] for i in range(x.n_levels) if totals[i] > 0 and events[i] in (0, totals[i])]
    if bad:
        where = ", ".join(f"{x.name}={level!r}" for level in bad)
        raise PerfectSeparationError(
            MSG("separation", what=f"exposure={x.name!r}", outcome=outcome, where=where)
        )


def _check_separation_fit(
    ests: list[Estimate],
    exposure: str,
    outcome: str,
    *,
    candidate: str | None = None,
) -> None:
    # An odds ratio beyond 10^±7 or without a finite interval means a (quasi-)separated fit.
    for est in ests:
        if not all(
            math.isfinite(v) and 1e-7 < v < 1e7 for v in (est.value, est.ci_low, est.ci_high)
        ):
            where = f"{exposure} {est.label}" + (f" | {candidate}" if candidate else "")
            raise PerfectSeparationError(
                MSG("separation", what=f"exposure={exposure!r}", outcome=outcome, where=where)
            )


def _critical(conf_level: float, kind: str, df: float) -> float:
    from scipy import stats

    if kind == "continuous":
        return float(stats.t.ppf(0.5 + conf_level / 2, df))
    return float(stats.norm.ppf(0.5 + conf_level / 2))


def _p_value(z: float, kind: str, df: float) -> float | None:
    from scipy import stats

    if math.isnan(z):
        return None
    if kind == "continuous":
        return float(2 * stats.t.sf(abs(z), df))
    return float(2 * stats.norm.sf(abs(z)))


def _label(x: _Variable, j: int) -> str:
    if x.kind == "continuous":
        return MSG("label_slope", exposure=x.name)
    return MSG(
        "label_binary", exposure=x.name, level=_show(x.levels[j + 1]), ref=_show(x.levels[0])
    )


def _show(level: Any) -> str:
    if isinstance(level, float) and level.is_integer():
        return str(int(level))
    return str(level)


def _headline(ests: list[Estimate]) -> int:
    def strength(e: Estimate) -> float:
        return abs(math.log(e.value)) if e.is_ratio else abs(e.value)

    return max(range(len(ests)), key=lambda i: strength(ests[i]))


def _change_pct(crude: Estimate, adjusted: Estimate) -> float:
    """The change-in-estimate convention: 100 × (adjusted / crude − 1) for a ratio,
    100 × (adjusted − crude) / |crude| for a difference or slope."""
    if crude.is_ratio:
        if crude.value <= 0 or not math.isfinite(crude.value):
            return math.nan
        return 100.0 * (adjusted.value / crude.value - 1.0)
    if crude.value == 0:
        return math.nan
    return 100.0 * (adjusted.value - crude.value) / abs(crude.value)


def _reverses(crude: Estimate, adjusted: Estimate) -> bool:
    return crude.direction != 0 and adjusted.direction == -crude.direction


def _contrast_row(held_fixed: str, e: Estimate) -> dict[str, Any]:
    return {
        "held_fixed": held_fixed,
        "contrast": e.label,
        "estimate": e.value,
        "ci_low": e.ci_low,
        "ci_high": e.ci_high,
        "p_value": e.p_value,
        "measure": e.measure,
    }


def _term_slice(x: _Variable, cands: Sequence[_Variable], cand: _Variable, single: bool) -> slice:
    start = 1 + (x.n_levels - 1 if x.discrete else 1)
    width = cand.n_levels - 1 if cand.discrete else 1
    return slice(start, start + width)


def _wald_p(fit: _Fit, terms: slice, kind: str) -> float:
    from scipy import stats

    b = fit.params[terms]
    cov = fit.cov[terms, terms]
    try:
        stat = float(b @ np.linalg.solve(cov, b))
    except np.linalg.LinAlgError:
        return math.nan
    k = len(b)
    if kind == "continuous":
        return float(stats.f.sf(stat / k, k, fit.df_resid))
    return float(stats.chi2.sf(stat, k))


def _association(x: _Variable, cand: _Variable, w: np.ndarray) -> tuple[float, float]:
    """Strength (Cramér's V, |r| or eta) and p-value of the candidate–exposure association.

    Every test counts the frequency weights (a row of a published table stands for ``w``
    persons): scipy's ``f_oneway`` and ``pearsonr`` take no weights, so the weighted one-way
    analysis of variance and correlation are written out here (the tests check them against the
    expanded rows).
    """
    from scipy import stats

    if x.discrete and cand.discrete:
        table = np.bincount(
            cand.codes * x.n_levels + x.codes, weights=w, minlength=cand.n_levels * x.n_levels
        ).reshape(cand.n_levels, x.n_levels)
        table = table[table.sum(axis=1) > 0][:, table.sum(axis=0) > 0]
        chi2, p, _, _ = stats.chi2_contingency(table, correction=False)
        if min(table.shape) < 2:
            return 0.0, float(p)
        if np.all(table == np.round(table)):
            v = stats.contingency.association(np.round(table).astype(np.int64), method="cramer")
        else:  # scipy's association takes whole counts only; same formula for weighted counts
            v = math.sqrt(chi2 / (table.sum() * (min(table.shape) - 1)))
        return float(v), float(p)
    n = float(w.sum())
    if not x.discrete and not cand.discrete:
        a, b = x.codes, cand.codes
        ma, mb = np.average(a, weights=w), np.average(b, weights=w)
        cov = np.sum(w * (a - ma) * (b - mb))
        denom = math.sqrt(np.sum(w * (a - ma) ** 2) * np.sum(w * (b - mb) ** 2))
        if denom == 0 or n < 3:
            return math.nan, math.nan
        r = max(-1.0, min(1.0, cov / denom))
        t = r * math.sqrt((n - 2) / max(1e-300, 1 - r * r))
        return abs(r), float(2 * stats.t.sf(abs(t), n - 2))
    disc, cont = (x, cand) if x.discrete else (cand, x)
    sizes = np.bincount(disc.codes, weights=w, minlength=disc.n_levels)
    sums = np.bincount(disc.codes, weights=w * cont.codes, minlength=disc.n_levels)
    present = sizes > 0
    k = int(present.sum())
    if k < 2 or n - k < 1:
        return math.nan, math.nan
    means = np.where(present, sums / np.where(present, sizes, 1), 0.0)
    grand = sums.sum() / n
    between = float(np.sum(sizes[present] * (means[present] - grand) ** 2))
    total = float(np.sum(w * (cont.codes - grand) ** 2))
    within = total - between
    if within <= 0:
        return (1.0 if total > 0 else math.nan), (0.0 if total > 0 else math.nan)
    f = (between / (k - 1)) / (within / (n - k))
    # Correlation ratio (eta): the share of the continuous variable's spread between groups.
    return (math.sqrt(between / total) if total > 0 else math.nan), float(
        stats.f.sf(f, k - 1, n - k)
    )


def _warn_thin(x: _Variable, cand: _Variable, w: np.ndarray, k: int, caveats: list[str]) -> None:
    if not cand.discrete:
        return
    sizes = np.bincount(cand.codes, weights=w, minlength=cand.n_levels)
    if x.discrete:
        pairs = np.bincount(cand.codes * x.n_levels + x.codes, minlength=cand.n_levels * x.n_levels)
        varies = (pairs.reshape(cand.n_levels, x.n_levels) > 0).sum(axis=1) > 1
    else:
        spread = pd.Series(x.codes).groupby(cand.codes).agg(lambda v: v.max() > v.min())
        varies = spread.reindex(range(cand.n_levels), fill_value=False).to_numpy()
    thin = [
        f"{cand.name}={_show(cand.levels[i])!s} (n={int(sizes[i])})"
        for i in range(cand.n_levels)
        if sizes[i] > 0 and (sizes[i] < k or not varies[i])
    ]
    if thin:
        shown = ", ".join(thin[:6]) + (" …" if len(thin) > 6 else "")
        warn(
            ThinDataWarning,
            MSG("thin_strata", cand=cand.name, strata=shown, k=k, exposure=x.name),
            caveats,
            stacklevel=4,
        )


def _mantel_haenszel(
    x: _Variable,
    used: Sequence[_Variable],
    y: np.ndarray,
    w: np.ndarray,
    conf_level: float,
    caveats: list[str],
) -> Estimate | None:
    from statsmodels.stats.contingency_tables import StratifiedTable

    key = np.zeros(len(y), dtype=np.int64)
    for v in used:
        key = key * v.n_levels + v.codes
    strata, inverse = np.unique(key, return_inverse=True)
    tables = np.zeros((2, 2, len(strata)))
    # Rows: exposure level 1 then reference; columns: event then no event (the usual 2×2 layout).
    np.add.at(tables, (1 - x.codes, (1 - y).astype(int), inverse), w)
    informative = (tables.sum(axis=1) > 0).all(axis=0) & (tables.sum(axis=0) > 0).all(axis=0)
    tables = tables[:, :, informative]
    if tables.shape[2] == 0:
        return None
    st = StratifiedTable(tables)
    lo, hi = st.oddsratio_pooled_confint(alpha=1 - conf_level)
    test = st.test_null_odds()
    if tables.shape[2] > 1:
        homogeneity = st.test_equal_odds()
        if homogeneity.pvalue < 0.05:
            caveats.append(
                MSG(
                    "heterogeneity",
                    p=fmt(float(homogeneity.pvalue)),
                    names=", ".join(v.name for v in used),
                )
            )
    return Estimate(
        measure="odds ratio",
        value=float(st.oddsratio_pooled),
        ci_low=float(lo),
        ci_high=float(hi),
        null=1.0,
        conf_level=conf_level,
        method="Mantel–Haenszel (statsmodels StratifiedTable)",
        n=int(w.sum()),
        p_value=float(test.pvalue),
        label=_label(x, 0),
    )
