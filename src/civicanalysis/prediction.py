"""Honest evaluation of a prediction model, and the ethics checklist that must come first.

:func:`evaluate_classifier` judges a scikit-learn classifier the way a prediction project about
people should be judged: on data it has not seen (later years, or other groups; never a random split
by default), against the base rate and a simple rule, with bootstrap intervals for every metric, per
subgroup with counts, and with the gaps between groups. It refuses to run without a filled-in
:class:`EthicsChecklist` (in the spirit of DEDA, Utrecht University's Data Ethics Decision Aid),
so a notebook cannot get past the ethics question unanswered.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from ._coding import order_levels
from ._config import get_option
from ._exceptions import (
    ColumnTypeError,
    ConstantColumnError,
    DisclosureWarning,
    InvalidOptionError,
    NotFittedError,
    PerfectSeparationError,
    ThinDataWarning,
    TooFewRowsError,
)
from ._results import Estimate, ResultMixin, caveat_field, mask_small_counts, warn
from ._text import Catalog, fmt, fmt_pct, render, resolve_language
from ._validation import (
    Fraction,
    check_column,
    check_column_name,
    check_columns,
    check_dataframe,
    check_distinct,
    check_option,
    check_params,
    check_random_state,
    check_whole,
)

__all__ = ["ClassifierEvaluation", "EthicsChecklist", "evaluate_classifier"]

#: Fewest positive cases in the test part for the intervals to be worth showing.
_MIN_TEST_POSITIVES = 5

MSG = Catalog(
    "prediction",
    {
        # --- the ethics checklist -------------------------------------------------------------
        "ethics_title": {
            "en": "Ethics checklist (in the spirit of DEDA, Utrecht University)",
            "nl": "Ethische checklist (in de geest van DEDA, Universiteit Utrecht)",
        },
        "q_purpose": {
            "en": "What is the purpose of the prediction, and which decision will it support?",
            "nl": "Wat is het doel van de voorspelling, en welke beslissing ondersteunt die?",
        },
        "q_affected": {
            "en": "Who is affected by it (pupils, parents, staff), and how?",
            "nl": "Wie raakt het (leerlingen, ouders, medewerkers), en hoe?",
        },
        "q_flagged_action": {
            "en": "What happens to a pupil the model flags, and who decides?",
            "nl": "Wat gebeurt er met een leerling die het model aanwijst, en wie beslist?",
        },
        "q_off_limits": {
            "en": "Which features are off limits for the model, and why?",
            "nl": "Welke kenmerken mag het model niet gebruiken, en waarom?",
        },
        "ethics_incomplete": {
            "en": "The ethics checklist is not filled in: {problems}. A prediction about people "
            "may only be evaluated once its purpose, who is affected, what happens to a flagged "
            "pupil and which features are off limits have been thought through and written down. "
            "Answer each in at least {words} words, e.g. ca.EthicsChecklist(purpose='...', "
            "affected='...', flagged_action='...', off_limits={{'sex': 'reason ...'}}).",
            "nl": "De ethische checklist is niet ingevuld: {problems}. Een voorspelling over "
            "mensen mag pas worden geëvalueerd als het doel, wie het raakt, wat er met een "
            "aangewezen leerling gebeurt en welke kenmerken niet gebruikt mogen worden, zijn "
            "doordacht en opgeschreven. Beantwoord elk in minstens {words} woorden, bijvoorbeeld "
            "ca.EthicsChecklist(purpose='...', affected='...', flagged_action='...', "
            "off_limits={{'sex': 'reden ...'}}).",
        },
        "p_missing": {"en": "{name} is empty", "nl": "{name} is leeg"},
        "p_short": {
            "en": ("{name} has {n} word ({value!r})", "{name} has {n} words ({value!r})"),
            "nl": ("{name} heeft {n} woord ({value!r})", "{name} heeft {n} woorden ({value!r})"),
        },
        "p_placeholder": {
            "en": "{name} is a placeholder ({value!r})",
            "nl": "{name} is een plaatshouder ({value!r})",
        },
        "p_off_limits_type": {
            "en": "off_limits must map each feature to its reason (a dict), got {typ}",
            "nl": "off_limits moet elk kenmerk aan een reden koppelen (een dict), het is {typ}",
        },
        "p_off_limits_empty": {
            "en": "off_limits names no feature",
            "nl": "off_limits noemt geen enkel kenmerk",
        },
        "p_reason": {
            "en": "the reason for off-limits feature {feature!r} is missing or too short",
            "nl": "de reden voor het uitgesloten kenmerk {feature!r} ontbreekt of is te kort",
        },
        "ethics_required": {
            "en": "ethics is missing: evaluate_classifier needs a filled-in ca.EthicsChecklist "
            "before it evaluates a prediction about people. Fill one in (purpose, who is affected, "
            "what happens to a flagged pupil, which features are off limits and why), save it with "
            "checklist.save(path) and pass ethics=checklist.",
            "nl": "ethics ontbreekt: evaluate_classifier heeft een ingevulde ca.EthicsChecklist "
            "nodig voordat het een voorspelling over mensen evalueert. Vul er een in (doel, wie het "
            "raakt, wat er met een aangewezen leerling gebeurt, welke kenmerken niet mogen en "
            "waarom), sla hem op met checklist.save(pad) en geef ethics=checklist mee.",
        },
        "ethics_type": {
            "en": "ethics must be a ca.EthicsChecklist; got {typ} instead.",
            "nl": "ethics moet een ca.EthicsChecklist zijn; het is {typ}.",
        },
        "feature_off_limits": {
            "en": "features includes {feature!r}, which the ethics checklist puts off limits "
            "(reason: {reason}). Remove it from features, or revise the checklist on purpose and "
            "record why.",
            "nl": "features bevat {feature!r}, dat volgens de ethische checklist niet gebruikt mag "
            "worden (reden: {reason}). Haal het uit features, of herzie de checklist bewust en "
            "leg vast waarom.",
        },
        # --- evaluate_classifier: bad input --------------------------------------------------
        "not_classifier": {
            "en": "model must be a scikit-learn classifier with fit and predict_proba; got {typ}. "
            "Use e.g. sklearn.linear_model.LogisticRegression().",
            "nl": "model moet een scikit-learn-classificatiemodel zijn met fit en predict_proba; "
            "het is {typ}. Gebruik bijvoorbeeld sklearn.linear_model.LogisticRegression().",
        },
        "not_fitted": {
            "en": "model is not fitted, and no split was asked for (time=None, groups=None), so "
            "there is nothing to evaluate. Either pass time='<date column>' (or groups=...) so "
            "evaluate_classifier trains a copy on the earlier years and tests it on the later "
            "ones, or fit the model first on other data and pass only data it has not seen.",
            "nl": "model is niet getraind, en er is geen splitsing gevraagd (time=None, "
            "groups=None), dus er valt niets te evalueren. Geef time='<datumkolom>' (of groups=...) "
            "mee zodat evaluate_classifier een kopie traint op de eerdere jaren en test op de "
            "latere, of train het model eerst op andere data en geef alleen data mee die het niet "
            "heeft gezien.",
        },
        "time_and_groups": {
            "en": "time={time!r} and groups={groups!r} were both given; choose one way to split: "
            "by time (train on earlier, test on later) or by group (test on unseen groups).",
            "nl": "time={time!r} en groups={groups!r} zijn allebei opgegeven; kies één manier van "
            "splitsen: naar tijd (trainen op eerder, testen op later) of naar groep (testen op "
            "groepen die het model niet zag).",
        },
        "time_type": {
            "en": "time={col!r} must hold dates (datetime64) or whole years, but its type is "
            "{dtype} (e.g. {example!r}). Dates stored as text sort wrongly and cannot be split by "
            "period: convert a copy with pd.to_datetime(data[{col!r}]).",
            "nl": "time={col!r} moet datums (datetime64) of hele jaartallen bevatten, maar het "
            "type is {dtype} (bijvoorbeeld {example!r}). Datums als tekst sorteren verkeerd en "
            "zijn niet per periode te splitsen: zet een kopie om met pd.to_datetime(data[{col!r}]).",
        },
        "bad_test_from": {
            "en": "test_from={value!r} cannot be compared with time={col!r} ({dtype}); give a "
            "date such as '2022-01-01' for dates, or a year such as 2022 for years.",
            "nl": "test_from={value!r} is niet te vergelijken met time={col!r} ({dtype}); geef "
            "een datum zoals '2022-01-01' voor datums, of een jaar zoals 2022 voor jaartallen.",
        },
        "empty_train": {
            "en": "The split leaves the training set {empty} ({n_train} training and {n_test} test "
            "rows, test_from={cut}). A model needs earlier cases to learn from and later ones to "
            "be tested on: choose test_from between {low} and {high}.",
            "nl": "De splitsing laat de {empty} leeg ({n_train} trainings- en {n_test} testrijen, "
            "test_from={cut}). Een model heeft eerdere casussen nodig om van te leren en latere "
            "om op getest te worden: kies test_from tussen {low} en {high}.",
        },
        "word_train": {"en": "empty", "nl": "trainingsset"},
        "word_test": {"en": "without a test set", "nl": "testset"},
        "no_positives_test": {
            "en": "The test part has {n} rows but no case with {target}=1 ({split}); ROC AUC, "
            "PR AUC and recall cannot be computed without positives. Move test_from earlier, or "
            "check that the target was recorded for the later period.",
            "nl": "Het testdeel heeft {n} rijen maar geen enkele casus met {target}=1 ({split}); "
            "ROC-AUC, PR-AUC en recall zijn zonder positieven niet te berekenen. Kies test_from "
            "eerder, of controleer of de uitkomst voor de latere periode is vastgelegd.",
        },
        "few_positives_test": {
            "en": (
                "The test part has only {n} case with {target}=1 (fewer than {k}): most "
                "bootstrap resamples hold no positive case, so the intervals of ROC AUC, PR AUC, "
                "recall and precision cannot be computed or mean little. Use a longer test "
                "period before judging the model.",
                "The test part has only {n} cases with {target}=1 (fewer than {k}): many "
                "bootstrap resamples hold no positive case, so the intervals of ROC AUC, PR AUC, "
                "recall and precision cannot be computed or mean little. Use a longer test "
                "period before judging the model.",
            ),
            "nl": (
                "Het testdeel heeft maar {n} casus met {target}=1 (minder dan {k}): de meeste "
                "bootstrap-trekkingen bevatten geen positieve casus, dus de intervallen van "
                "ROC-AUC, PR-AUC, recall en precisie zijn niet te berekenen of zeggen weinig. "
                "Neem een langere testperiode voordat u het model beoordeelt.",
                "Het testdeel heeft maar {n} casussen met {target}=1 (minder dan {k}): veel "
                "bootstrap-trekkingen bevatten geen positieve casus, dus de intervallen van "
                "ROC-AUC, PR-AUC, recall en precisie zijn niet te berekenen of zeggen weinig. "
                "Neem een langere testperiode voordat u het model beoordeelt.",
            ),
        },
        "one_class_train": {
            "en": "The training part has only {target}={value} ({n} rows); the model cannot learn "
            "to tell the two classes apart. Move test_from later or use more data.",
            "nl": "Het trainingsdeel heeft alleen {target}={value} ({n} rijen); het model kan zo "
            "niet leren de twee klassen te onderscheiden. Kies test_from later of gebruik meer "
            "data.",
        },
        "separation": {
            "en": "feature {feature!r} separates {target} perfectly in the training data (every "
            "case with {target}=1 has {feature} {side} {value}). Real outcomes are never that "
            "predictable: the feature is probably recorded after the outcome or derived from it "
            "(leakage). Remove it from features.",
            "nl": "kenmerk {feature!r} scheidt {target} perfect in de trainingsdata (elke casus met "
            "{target}=1 heeft {feature} {side} {value}). Echte uitkomsten zijn nooit zo "
            "voorspelbaar: het kenmerk is waarschijnlijk na de uitkomst vastgelegd of ervan "
            "afgeleid (lekkage). Haal het uit features.",
        },
        "bad_rule": {
            "en": "rule={value!r} must be a numeric column (higher value = higher risk, e.g. "
            "'prior_cases'); {col!r} is {dtype}.",
            "nl": "rule={value!r} moet een numerieke kolom zijn (hogere waarde = hoger risico, "
            "bijvoorbeeld 'prior_cases'); {col!r} is {dtype}.",
        },
        "why_n_boot": {
            "en": "Fewer resamples make the intervals themselves unreliable (default 500). ",
            "nl": "Met minder trekkingen zijn de intervallen zelf onbetrouwbaar (standaard 500). ",
        },
        "small_group": {
            "en": (
                "{var}={level!r} has {n} case in the test data, fewer than the minimum cell "
                "size of {k}: no rate or metric is reported for it (too small).",
                "{var}={level!r} has {n} cases in the test data, fewer than the minimum cell "
                "size of {k}: no rate or metric is reported for it (too small).",
            ),
            "nl": (
                "{var}={level!r} heeft {n} casus in de testdata, minder dan de minimale "
                "celgrootte van {k}: er wordt geen percentage of maat voor gemeld (te klein).",
                "{var}={level!r} heeft {n} casussen in de testdata, minder dan de minimale "
                "celgrootte van {k}: er wordt geen percentage of maat voor gemeld (te klein).",
            ),
        },
        "prediction_failed": {
            "en": "The model could not be fitted or could not predict from the features "
            "({error}). If a feature is text or a category, the model needs an encoder "
            "(e.g. a scikit-learn Pipeline with OneHotEncoder) or a model that takes categories "
            "(HistGradientBoostingClassifier(categorical_features='from_dtype')).",
            "nl": "Het model kon niet getraind worden of niet voorspellen uit de kenmerken "
            "({error}). Is een kenmerk tekst of een categorie, dan heeft het model een encoder "
            "nodig (bijvoorbeeld een scikit-learn Pipeline met OneHotEncoder) of een model dat "
            "categorieën aankan "
            "(HistGradientBoostingClassifier(categorical_features='from_dtype')).",
        },
        # --- labels and explanation -----------------------------------------------------------
        "title": {
            "en": "Honest evaluation of a classifier for '{target}'",
            "nl": "Eerlijke evaluatie van een classificatiemodel voor '{target}'",
        },
        "method_bootstrap": {
            "en": "bootstrap percentile interval, {n_boot} resamples of the test cases",
            "nl": "bootstrap-percentielinterval, {n_boot} trekkingen uit de testcasussen",
        },
        "estimate_label": {
            "en": "{target}: model on the test data",
            "nl": "{target}: model op de testdata",
        },
        "split_time": {
            "en": "trained on {n_train} cases before {cut}, tested on {n_test} cases from {cut} on",
            "nl": "getraind op {n_train} casussen vóór {cut}, getest op {n_test} casussen vanaf "
            "{cut}",
        },
        "split_groups": {
            "en": "trained on {n_train} cases from {g_train} groups of '{col}', tested on {n_test} "
            "cases from {g_test} other groups",
            "nl": "getraind op {n_train} casussen uit {g_train} groepen van '{col}', getest op "
            "{n_test} casussen uit {g_test} andere groepen",
        },
        "split_given": {
            "en": "a model fitted beforehand, tested on the {n_test} cases given",
            "nl": "een vooraf getraind model, getest op de {n_test} meegegeven casussen",
        },
        "rule_text": {
            "en": "the higher '{col}', the higher the risk (the event rate per band of '{col}' in "
            "the training data)",
            "nl": "hoe hoger '{col}', hoe hoger het risico (het percentage per klasse van '{col}' "
            "in de trainingsdata)",
        },
        "s_what": {
            "en": "The model for '{target}' was {split}; {pos} of the test cases had the event "
            "({prev}).",
            "nl": "Het model voor '{target}' is {split}; {pos} van de testcasussen hadden de "
            "gebeurtenis ({prev}).",
        },
        "s_number": {
            "en": "On data it had not seen, its ROC AUC is {auc}, where 0.5 is chance and 1 is "
            "perfect; its Brier score is {brier} against {brier_base} for the base "
            "rate{rule_part} (lower is better).",
            "nl": "Op data die het niet had gezien is de ROC-AUC {auc}, waarbij 0,5 toeval is en "
            "1 perfect; de Brier-score is {brier} tegen {brier_base} voor het "
            "basispercentage{rule_part} (lager is beter).",
        },
        "s_rule_part": {
            "en": " and {brier_rule} for the simple rule",
            "nl": " en {brier_rule} voor de eenvoudige regel",
        },
        "s_use_yes": {
            "en": "It does better than the base rate{rule_verdict}, but its ranking is {strength}; "
            "at most it can help professionals decide which cases to look at first, never decide "
            "about a pupil on its own.",
            "nl": "Het doet het beter dan het basispercentage{rule_verdict}, maar de rangorde is "
            "{strength}; hoogstens kan het professionals helpen kiezen welke casussen ze eerst "
            "bekijken, nooit zelf over een leerling beslissen.",
        },
        # Rough bands for ROC AUC, as commonly used in the prediction-model literature.
        "strength_weak": {
            "en": "weak, barely better than chance",
            "nl": "zwak, nauwelijks beter dan toeval",
        },
        "strength_modest": {"en": "modest", "nl": "bescheiden"},
        "strength_fair": {"en": "fair, not more", "nl": "redelijk, niet meer"},
        "strength_good": {
            "en": "good (check for leakage: real outcomes are rarely this predictable)",
            "nl": "goed (controleer op lekkage: echte uitkomsten zijn zelden zo voorspelbaar)",
        },
        "rule_better": {
            "en": " and better than the simple rule",
            "nl": " en beter dan de eenvoudige regel",
        },
        "rule_not_better": {
            "en": ", but not clearly better than the simple rule, which is easier to explain",
            "nl": ", maar niet duidelijk beter dan de eenvoudige regel, die makkelijker uit te "
            "leggen is",
        },
        "s_use_no": {
            "en": "It is not good enough to use: on data it had not seen it does not clearly beat "
            "simply giving every case the base rate.",
            "nl": "Het is niet goed genoeg om te gebruiken: op data die het niet had gezien doet "
            "het het niet duidelijk beter dan elke casus het basispercentage geven.",
        },
        "s_groups": {
            "en": "The largest gap in ROC AUC between groups is {gap} for '{var}' ({worst} "
            "against {best}){small}.",
            "nl": "Het grootste verschil in ROC-AUC tussen groepen is {gap} bij '{var}' ({worst} "
            "tegenover {best}){small}.",
        },
        "s_groups_small": {
            "en": ("; {n} group was too small to report", "; {n} groups were too small to report"),
            "nl": (
                "; {n} groep was te klein om te melden",
                "; {n} groepen waren te klein om te melden",
            ),
        },
        "gap_text": {
            "en": "{gap} ({level:g}% interval {low} to {high})",
            "nl": "{gap} ({level:g}%-betrouwbaarheidsinterval {low} tot {high})",
        },
        "s_not_cause": {
            "en": "A feature that predicts is not a cause: the model shows which cases tended to "
            "come back, not why, and not what would change it.",
            "nl": "Een kenmerk dat voorspelt is geen oorzaak: het model laat zien welke casussen "
            "vaker terugkwamen, niet waarom, en niet wat daar iets aan zou veranderen.",
        },
        "s_caveats": {"en": "Caveats: {text}", "nl": "Kanttekeningen: {text}"},
        "effect": {"en": "discrimination", "nl": "onderscheidend vermogen"},
        "metric_roc_auc": {"en": "ROC AUC", "nl": "ROC-AUC"},
        "metric_pr_auc": {
            "en": "PR AUC (average precision)",
            "nl": "PR-AUC (gemiddelde precisie)",
        },
        "metric_brier": {
            "en": "Brier score (lower is better)",
            "nl": "Brier-score (lager is beter)",
        },
        "name_model": {"en": "the model", "nl": "het model"},
        "name_base_rate": {"en": "base rate for everyone", "nl": "basispercentage voor iedereen"},
        "name_rule": {"en": "simple rule", "nl": "eenvoudige regel"},
        "cal_x": {"en": "predicted probability", "nl": "voorspelde kans"},
        "cal_y": {
            "en": "observed share ({level:g}% interval)",
            "nl": "waargenomen aandeel ({level:g}%-betrouwbaarheidsinterval)",
        },
        "cal_title": {
            "en": "Calibration on the test data (on the diagonal = well calibrated)",
            "nl": "Kalibratie op de testdata (op de diagonaal = goed gekalibreerd)",
        },
        "groups_title": {
            "en": "{metric} per group ({level:g}% interval); dashed: whole test set",
            "nl": "{metric} per groep ({level:g}%-betrouwbaarheidsinterval); gestippeld: hele "
            "testset",
        },
    },
)

_METRICS = ("roc_auc", "pr_auc", "brier", "calibration_in_the_large", "recall", "precision")
_GROUP_METRICS = ("roc_auc", "pr_auc", "brier", "observed_rate", "mean_predicted")
_PLACEHOLDERS = {
    "todo",
    "tbd",
    "...",
    "…",
    "n.v.t.",
    "nvt",
    "n/a",
    "na",
    "xxx",
    "?",
    "-",
    "fill in",
}
_MIN_WORDS = 5


# ------------------------------------------------------------------------------------------------
# The ethics checklist
# ------------------------------------------------------------------------------------------------


def _problems(checklist: EthicsChecklist, lang: str | None = None) -> list[str]:
    problems = []
    for name in ("purpose", "affected", "flagged_action"):
        value = getattr(checklist, name)
        text = value.strip() if isinstance(value, str) else ""
        if not text:
            problems.append(MSG("p_missing", lang=lang, name=name))
        elif text.lower().strip(" .!") in _PLACEHOLDERS or text.lower() in _PLACEHOLDERS:
            problems.append(MSG("p_placeholder", lang=lang, name=name, value=text))
        elif len(re.findall(r"\w+", text)) < _MIN_WORDS:
            problems.append(
                MSG("p_short", lang=lang, name=name, n=len(re.findall(r"\w+", text)), value=text)
            )
    off = checklist.off_limits
    if not isinstance(off, Mapping):
        problems.append(MSG("p_off_limits_type", lang=lang, typ=type(off).__name__))
    elif not off:
        problems.append(MSG("p_off_limits_empty", lang=lang))
    else:
        for feature, reason in off.items():
            words = re.findall(r"\w+", reason) if isinstance(reason, str) else []
            if len(words) < 3:
                problems.append(MSG("p_reason", lang=lang, feature=feature))
    return problems


@dataclass(frozen=True)
class EthicsChecklist:
    """A short data-ethics checklist, in the spirit of DEDA, that must be filled in before a model
    about people is evaluated.

    Creating it checks every answer and lists every problem at once; an incomplete checklist
    cannot exist, and :func:`evaluate_classifier` refuses to run without a complete one. Save it
    with the analysis (:meth:`save`).

    Parameters
    ----------
    purpose : str
        What the prediction is for and which decision it supports (at least five words).
    affected : str
        Who is affected (pupils, parents, staff) and how.
    flagged_action : str
        What happens to a pupil the model flags, and who decides.
    off_limits : dict of str to str
        Features the model must not use, each with the reason (at least one, e.g. ``{"sex": ...}``).
    author : str, optional
        Who filled it in (a role is enough).

    Raises
    ------
    InvalidOptionError
        When an answer is empty, a placeholder ("TODO", "n.v.t.") or shorter than five words, or
        ``off_limits`` is not a dict of features to reasons.

    Notes
    -----
    DEDA (the Data Ethics Decision Aid of Utrecht University's Data School) asks many more
    questions; these four are the ones the truancy case cannot do without. As the brief puts it:
    the question is not whether we may, but whether we should want to.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> checklist = ca.EthicsChecklist(
    ...     purpose="Help leerplicht officers decide which new truancy cases to visit first.",
    ...     affected="Pupils with a truancy case and their parents; leerplicht officers.",
    ...     flagged_action="An officer reviews the case and may offer support earlier; "
    ...     "no sanction is based on the score.",
    ...     off_limits={"sex": "a pupil's sex must not steer who gets attention"},
    ... )
    >>> sorted(checklist.to_dict())
    ['affected', 'author', 'flagged_action', 'off_limits', 'purpose']
    """

    purpose: str
    affected: str
    flagged_action: str
    off_limits: Mapping[str, str] = field(default_factory=dict)
    author: str = ""

    def __post_init__(self) -> None:
        problems = _problems(self)
        if problems:
            raise InvalidOptionError(
                MSG("ethics_incomplete", problems="; ".join(problems), words=_MIN_WORDS)
            )
        object.__setattr__(self, "off_limits", dict(self.off_limits))

    def to_dict(self) -> dict[str, Any]:
        """The answers as a plain dict (what :meth:`save` writes as JSON)."""
        return {
            "purpose": self.purpose,
            "affected": self.affected,
            "flagged_action": self.flagged_action,
            "off_limits": dict(self.off_limits),
            "author": self.author,
        }

    def to_markdown(self, lang: str | None = None) -> str:
        """The checklist as Markdown: each question with its answer."""
        lang = resolve_language(lang)
        lines = [f"# {MSG('ethics_title', lang=lang)}", ""]
        for name in ("purpose", "affected", "flagged_action"):
            lines += [f"**{MSG('q_' + name, lang=lang)}**", "", getattr(self, name).strip(), ""]
        lines += [f"**{MSG('q_off_limits', lang=lang)}**", ""]
        lines += [f"- `{feature}`: {reason}" for feature, reason in self.off_limits.items()]
        if self.author:
            lines += ["", f"— {self.author}"]
        return "\n".join(lines) + "\n"

    def save(self, path: str | Path, lang: str | None = None) -> Path:
        """Write the checklist next to the analysis: ``<path>.json`` and ``<path>.md``.

        Parameters
        ----------
        path : str or Path
            File name with or without suffix; both a JSON and a Markdown file are written.

        Returns
        -------
        Path
            The path of the JSON file.
        """
        base = Path(path)
        if base.suffix in {".json", ".md"}:
            base = base.with_suffix("")
        base.parent.mkdir(parents=True, exist_ok=True)
        json_path = base.with_suffix(".json")
        json_path.write_text(
            json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        base.with_suffix(".md").write_text(self.to_markdown(lang), encoding="utf-8")
        return json_path

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __repr__(self) -> str:
        return self.to_markdown()


# ------------------------------------------------------------------------------------------------
# Vectorised bootstrap of the metrics
# ------------------------------------------------------------------------------------------------


class _Score:
    """One score vector sorted once, so every bootstrap replicate reuses the order."""

    def __init__(self, y: np.ndarray, p: np.ndarray, threshold: float) -> None:
        self.order = np.argsort(-p, kind="stable")
        ps = p[self.order]
        self.starts = np.r_[0, np.flatnonzero(np.diff(ps)) + 1]
        self.tied = len(self.starts) < len(p)
        self.y_sorted = y[self.order]
        flag = (p >= threshold).astype(float)
        # Everything that is a weighted sum goes in one matrix, so one product serves them all.
        self.linear = np.column_stack([(p - y) ** 2, p - y, flag, flag * y, p])
        self.linear32 = self.linear.astype(np.float32)

    def metrics(self, w: np.ndarray) -> dict[str, np.ndarray]:
        """Weighted metrics for each row of ``w`` (bootstrap counts; a row of ones = the data)."""
        total = w.sum(axis=1)
        wo = w[:, self.order]
        pos = wo * self.y_sorted
        if self.tied:
            pos = np.add.reduceat(pos, self.starts, axis=1)
            wo = np.add.reduceat(wo, self.starts, axis=1)
        neg = wo - pos
        cum_pos = np.cumsum(pos, axis=1)
        cum_neg = np.cumsum(neg, axis=1)
        p_tot = cum_pos[:, -1]
        n_tot = cum_neg[:, -1]
        with np.errstate(divide="ignore", invalid="ignore"):
            # ROC AUC as the Mann–Whitney statistic (ties count half), scores sorted descending:
            # sum over score levels of pos * (negatives below + half the tied negatives).
            # Counts are whole numbers, exact in float32; the products are summed in float64.
            pairs = p_tot.astype(float) * n_tot
            above = np.einsum("ij,ij->i", pos, cum_neg, dtype=float) - 0.5 * np.einsum(
                "ij,ij->i", pos, neg, dtype=float
            )
            auc = (pairs - above) / pairs
            # Average precision as scikit-learn defines it (no interpolation).
            seen = np.add(cum_pos, cum_neg, out=cum_neg)
            precision_k = np.divide(cum_pos, seen, out=np.zeros_like(seen), where=seen > 0)
            ap = np.einsum("ij,ij->i", pos, precision_k, dtype=float) / p_tot
            linear = self.linear if w.dtype == self.linear.dtype else self.linear32
            sq, diff, flagged, tp, p_sum = (w @ linear).T.astype(float)
            out = {
                "roc_auc": auc,
                "pr_auc": ap,
                "brier": sq / total,
                "calibration_in_the_large": diff / total,
                "recall": tp / p_tot,
                "precision": tp / flagged,
                "observed_rate": p_tot / total,
                "mean_predicted": p_sum / total,
            }
        return out


def _bootstrap_counts(rng: np.random.Generator, n: int, b: int) -> np.ndarray:
    """``b`` rows of multinomial resampling counts for ``n`` cases (one bincount, no loop)."""
    idx = rng.integers(0, n, size=(b, n)) + (np.arange(b) * n)[:, None]
    # float32 holds counts exactly and halves the memory traffic of the resampling.
    return np.bincount(idx.ravel(), minlength=b * n).reshape(b, n).astype(np.float32)


# ------------------------------------------------------------------------------------------------
# Result
# ------------------------------------------------------------------------------------------------


_MODEL_NAMES = {"model": "name_model", "base rate": "name_base_rate", "rule": "name_rule"}


@dataclass(frozen=True, eq=False, repr=False)
class ClassifierEvaluation(ResultMixin):
    """Result of :func:`evaluate_classifier`; see that function for the meaning of every field."""

    estimate: Estimate
    table: pd.DataFrame
    groups: pd.DataFrame
    gaps: pd.DataFrame
    calibration: pd.DataFrame
    beats_baseline: bool
    beats_rule: bool | None
    target: str
    features: tuple[str, ...]
    split: str
    split_description: Mapping[str, str]
    rule: str | None
    n_train: int
    n_test: int
    n_positive: int
    threshold: float
    conf_level: float
    n_boot: int
    ethics: EthicsChecklist
    predictions: pd.DataFrame
    caveats: tuple[str, ...] = caveat_field()
    rung: ClassVar[str] = "information"
    _display_columns: ClassVar[tuple[str, ...]] = (
        "model",
        "metric",
        "estimate",
        "ci_low",
        "ci_high",
    )

    def _display_table(self) -> pd.DataFrame:
        """The model and its baselines on the three headline metrics (the rest is in .table)."""
        keep = self.table["metric"].isin(("roc_auc", "pr_auc", "brier")) & self.table["model"].isin(
            _MODEL_NAMES
        )
        return self.table.loc[keep, list(self._display_columns)]

    def _display_value(self, column: str, value: Any, lang: str) -> Any:
        if column == "model" and value in _MODEL_NAMES:
            return MSG(_MODEL_NAMES[value], lang=lang)
        if column == "metric":
            return MSG(f"metric_{value}", lang=lang)
        return value

    def _title(self, lang: str) -> str:
        return MSG("title", lang=lang, target=self.target)

    def _value(self, model: str, metric: str, col: str = "estimate") -> float:
        row = self.table[(self.table["model"] == model) & (self.table["metric"] == metric)]
        return float(row[col].iloc[0]) if len(row) else math.nan

    def _explain_sentences(self, lang: str) -> list[str]:
        prev = self.n_positive / self.n_test
        rule_part = (
            MSG("s_rule_part", lang=lang, brier_rule=fmt(self._value("rule", "brier"), lang))
            if self.rule
            else ""
        )
        brier = self._value("model", "brier")
        sentences = [
            MSG(
                "s_what",
                lang=lang,
                target=self.target,
                split=self.split_text(lang),
                pos=fmt(self.n_positive, lang),
                prev=fmt_pct(prev, lang),
            ),
            MSG(
                "s_number",
                lang=lang,
                auc=self.estimate.interval_text(lang),
                brier=fmt(brier, lang),
                brier_base=fmt(self._value("base rate", "brier"), lang),
                rule_part=rule_part,
            ),
        ]
        if self.beats_baseline:
            rule_verdict = ""
            if self.beats_rule is not None:
                rule_verdict = MSG(
                    "rule_better" if self.beats_rule else "rule_not_better", lang=lang
                )
            auc = self.estimate.value
            band = (
                "weak" if auc < 0.6 else "modest" if auc < 0.7 else "fair" if auc < 0.8 else "good"
            )
            sentences.append(
                MSG(
                    "s_use_yes",
                    lang=lang,
                    rule_verdict=rule_verdict,
                    strength=MSG(f"strength_{band}", lang=lang),
                )
            )
        else:
            sentences.append(MSG("s_use_no", lang=lang))
        gaps = self.gaps[self.gaps["metric"] == "roc_auc"].dropna(subset=["gap"])
        if len(gaps):
            top = gaps.sort_values("gap", ascending=False).iloc[0]
            n_small = int((self.groups["status"] == "too small").sum() / len(_GROUP_METRICS))
            small = MSG("s_groups_small", lang=lang, n=n_small) if n_small else ""
            gap_text = MSG(
                "gap_text",
                lang=lang,
                gap=float(top.gap),
                level=100 * self.conf_level,
                low=float(top.ci_low),
                high=float(top.ci_high),
            )
            sentences.append(
                MSG(
                    "s_groups",
                    lang=lang,
                    gap=gap_text,
                    var=top.variable,
                    worst=top.worst_group,
                    best=top.best_group,
                    small=small,
                )
            )
        sentences.append(MSG("s_not_cause", lang=lang))
        return sentences

    def _detail_sentences(self, lang: str) -> list[str]:
        if not self.caveats:
            return []
        text = " ".join(render(c, lang) for c in self.caveats)
        return [MSG("s_caveats", lang=lang, text=text)]

    def split_text(self, lang: str | None = None) -> str:
        """How the data were split, in words, in the chosen language."""
        return self.split_description[resolve_language(lang)]

    def rule_text(self, lang: str | None = None) -> str | None:
        """The simple rule the model was compared with, in words (None without one)."""
        return MSG("rule_text", lang=lang, col=self.rule) if self.rule else None

    def group_table(self, metric: str | None = None) -> pd.DataFrame:
        """The per-group metrics ready to publish: counts below the minimum cell size read "<15"
        and too-small groups have no rate.

        Parameters
        ----------
        metric : str, optional
            One of ``roc_auc, pr_auc, brier, observed_rate, mean_predicted``; default all.
        """
        shown = self.groups if metric is None else self.groups[self.groups["metric"] == metric]
        return mask_small_counts(shown.reset_index(drop=True))

    def plot(self, ax: Any = None) -> Any:
        """Calibration plot: observed share against predicted probability per band, with
        intervals; returns the Axes."""
        from ._plotting import new_axes

        ax = new_axes(ax, height=3.6, width=4.6)
        cal = self.calibration.dropna(subset=["observed"])
        ax.plot([0, 1], [0, 1], "--", color="#888", linewidth=1)
        ax.errorbar(
            cal["mean_predicted"],
            cal["observed"],
            yerr=[cal["observed"] - cal["ci_low"], cal["ci_high"] - cal["observed"]],
            fmt="o",
            color="#1f5c99",
            capsize=3,
        )
        top = max(0.05, float(np.nanmax(cal[["ci_high", "mean_predicted"]].to_numpy())) * 1.1)
        ax.set_xlim(0, min(1, top))
        ax.set_ylim(0, min(1, top))
        ax.set_xlabel(MSG("cal_x", lang=None))
        ax.set_ylabel(MSG("cal_y", lang=None, level=100 * self.conf_level))
        ax.set_title(MSG("cal_title", lang=None), loc="left", fontsize="medium")
        ax.grid(alpha=0.3)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return ax

    def plot_groups(self, metric: str = "roc_auc", ax: Any = None) -> Any:
        """Interval plot of one metric per group (too-small groups left out); returns the Axes."""
        from ._plotting import interval_plot

        metric = _check_metric(metric)
        rows = self.groups[(self.groups["metric"] == metric) & (self.groups["status"] == "ok")]
        labels = [f"{r.variable} = {r.level}" for r in rows.itertuples()]
        return interval_plot(
            labels,
            rows["estimate"].tolist(),
            rows["ci_low"].tolist(),
            rows["ci_high"].tolist(),
            null=self._value("model", metric) if metric in _METRICS else None,
            xlabel=metric,
            title=MSG("groups_title", lang=None, metric=metric, level=100 * self.conf_level),
            ax=ax,
        )


def _check_metric(metric: str) -> str:
    return check_option(metric, arg="metric", options=_GROUP_METRICS)


# ------------------------------------------------------------------------------------------------
# evaluate_classifier
# ------------------------------------------------------------------------------------------------


def _check_time(data: pd.DataFrame, time: str) -> pd.Series:
    series = check_column(data, time, arg="time", kind="any")
    if pd.api.types.is_datetime64_any_dtype(series) or pd.api.types.is_integer_dtype(series):
        return series
    present = series.dropna()
    raise ColumnTypeError(
        MSG(
            "time_type",
            col=time,
            dtype=str(series.dtype),
            example=present.iloc[0] if len(present) else None,
        )
    )


def _cutoff(series: pd.Series, test_from: Any, test_size: float, col: str) -> Any:
    if test_from is None:
        return series.quantile(1 - test_size, interpolation="higher")
    try:
        if pd.api.types.is_datetime64_any_dtype(series):
            cut = pd.Timestamp(test_from)
        else:
            if isinstance(test_from, bool) or not isinstance(test_from, (int, np.integer)):
                raise TypeError
            cut = int(test_from)
        _ = series < cut
    except (TypeError, ValueError) as err:
        raise InvalidOptionError(
            MSG("bad_test_from", value=test_from, col=col, dtype=str(series.dtype))
        ) from err
    return cut


def _fmt_cut(cut: Any) -> str:
    return cut.strftime("%Y-%m-%d") if isinstance(cut, pd.Timestamp) else str(cut)


def _rule_probabilities(x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray) -> np.ndarray:
    """Event rate per band (up to ten quantile bands) of one feature, learnt on the training part."""
    edges = np.unique(np.quantile(x_train, np.linspace(0, 1, 11)))
    inner = edges[1:-1]
    band_train = np.searchsorted(inner, x_train, side="right")
    band_test = np.searchsorted(inner, x_test, side="right")
    k = len(inner) + 1
    counts = np.bincount(band_train, minlength=k)
    events = np.bincount(band_train, weights=y_train, minlength=k)
    overall = y_train.mean()
    rate = np.where(counts > 0, events / np.maximum(counts, 1), overall)
    return rate[band_test]


def evaluate_classifier(
    model: Any,
    data: pd.DataFrame,
    *,
    target: str,
    features: Sequence[str],
    time: str | None = None,
    groups: str | None = None,
    test_from: Any = None,
    test_size: float = 0.3,
    by: str | Sequence[str] | None = None,
    rule: str | None = None,
    ethics: EthicsChecklist | None = None,
    threshold: float = 0.5,
    n_boot: int = 500,
    conf_level: float = 0.95,
    random_state: Any = None,
) -> ClassifierEvaluation:
    """Evaluate a scikit-learn classifier honestly: on unseen data, against baselines, per group.

    With ``time`` the data are split by period: a copy of the model is trained on the cases before
    ``test_from`` and tested on the cases from then on, as it would be used in practice. With
    ``groups`` whole groups (e.g. schools) are held out. There is no random split: a random split
    lets the model see the future and flatters it. Without either, ``model`` must already be fitted
    and ``data`` is treated as unseen test data.

    Parameters
    ----------
    model : scikit-learn classifier
        Anything with ``fit`` and ``predict_proba`` for a 0/1 target (a Pipeline is fine). It is
        not changed: with a split, a clone is fitted.
    data : pandas.DataFrame
        One row per case. Not modified.
    target : str
        Binary 0/1 column to predict (1 = the event, e.g. a new truancy case within a year).
    features : sequence of str
        Columns the model uses, passed to it as a DataFrame in this order.
    time : str, optional
        Date column (datetime64) or whole years to split on; see ``test_from``.
    groups : str, optional
        Column whose groups are held out whole (about ``test_size`` of the rows, seeded).
    test_from : date, str or int, optional
        First date (or year) of the test period. Default: the last ``test_size`` of the period.
    test_size : float, default 0.3
        Share of rows to test on when ``test_from`` is not given.
    by : str or sequence of str, optional
        Columns to report the metrics per group for (e.g. ``["sex", "district", "benefit"]``);
        they need not be features.
    rule : str, optional
        Numeric column for the simple rule "the higher this value, the higher the risk" (its event
        rate per band in the training data). Default: the numeric feature that ranks the training
        data best on its own. Only with a split.
    ethics : EthicsChecklist
        The filled-in ethics checklist. Required: without it the function refuses to run.
    threshold : float, default 0.5
        Probability from which a case counts as flagged (for recall and precision).
    n_boot : int, default 500
        Bootstrap resamples of the test cases for the intervals.
    conf_level : float, default 0.95
        Confidence level of every interval.
    random_state : int, numpy Generator or None
        Seed for the bootstrap and the group split (None: the package's fixed default).

    Returns
    -------
    ClassifierEvaluation
        With fields

        - ``estimate``: :class:`~civicanalysis.Estimate` of the model's ROC AUC on the test data
          (``null=0.5``, chance).
        - ``table``: one row per model and metric, columns ``model, metric, estimate, ci_low,
          ci_high, conf_level, n, n_positive, method``. ``model`` is ``"model"``, ``"base rate"``
          (everyone gets the training event rate), ``"rule"`` (the simple rule), and the paired
          differences ``"model − base rate"`` and ``"model − rule"``. ``metric`` is ``roc_auc``,
          ``pr_auc`` (average precision), ``brier`` (mean squared error of the probabilities,
          lower is better), ``calibration_in_the_large`` (mean predicted minus observed rate),
          ``recall`` and ``precision`` at ``threshold``.
        - ``groups``: per ``by`` column, level and metric: columns ``variable, level, n,
          n_positive, metric, estimate, ci_low, ci_high, conf_level, status`` (``"ok"``, ``"too
          small"`` below the minimum cell size — no rate given — or ``"one class"``). True counts,
          for analysis; publish :meth:`ClassifierEvaluation.group_table`.
        - ``gaps``: per ``by`` column and metric, the largest difference between groups that are
          big enough (what fairlearn's ``MetricFrame.difference()`` gives), columns ``variable,
          metric, gap, ci_low, ci_high, conf_level, worst_group, best_group``. Its interval is
          the bootstrap percentile interval of the difference between those two groups; it can
          include 0 (no real gap). Because the two groups were picked as the extremes, the gap
          itself is somewhat optimistic, more so with many small groups.
        - ``calibration``: ten bands of predicted probability, columns ``band, n,
          mean_predicted, observed, ci_low, ci_high`` (Wilson interval).
        - ``beats_baseline``: True when the ROC AUC interval lies above 0.5 and the Brier score is
          clearly lower than the base rate's.
        - ``beats_rule``: True when the ROC AUC is clearly higher than the simple rule's (None
          without a rule).
        - ``target, features, split, rule, n_train, n_test, n_positive, threshold, conf_level,
          n_boot, ethics``: what was done (``split_description``: the split in words);
          ``predictions``: the test cases' predicted
          probabilities (columns ``row, y, model, base rate, rule``).
        - ``caveats``: warnings raised, kept as text.

    Raises
    ------
    InvalidOptionError
        Without a complete ethics checklist, with a feature the checklist puts off limits, with
        both ``time`` and ``groups``, or a bad ``test_from``/``n_boot``/``conf_level``.
    NotFittedError
        When no split is asked for and the model is not fitted.
    ColumnTypeError
        When ``time`` holds text instead of dates, or ``target`` is not 0/1.
    ConstantColumnError
        When the target has one class only.
    TooFewRowsError
        When the split leaves the training or test part empty, or the test part has no positives.
    PerfectSeparationError
        When a feature predicts the target perfectly in the training data (leakage).

    Warns
    -----
    DisclosureWarning
        For a group with fewer test cases than the minimum cell size; it gets no rate.

    See Also
    --------
    EthicsChecklist : the checklist that must be filled in first.
    compare_survival : test a claim about who gets the event sooner.

    Notes
    -----
    The intervals are percentile intervals from ``n_boot`` bootstrap resamples of the test cases
    (the model is not refitted per resample, so they show the uncertainty of the evaluation, not
    of the training). All metrics, for the model, the baselines and every group, are computed from
    the same resamples with sorted cumulative sums, not by calling scikit-learn once per resample;
    the benchmark in ``bench/bench_prediction.py`` checks they equal scikit-learn's values.
    The per-group values and gaps are the ones fairlearn's ``MetricFrame`` gives (the tests check
    this); fairlearn itself is not used to compute them because version 0.15 handles every case
    one by one in Python and its bootstrap calls the metrics once per resample, which on 100,000
    cases takes longer than this whole evaluation.

    Assumptions, in plain words: the test period resembles the period the model will be used in;
    the target was recorded the same way in both; the groups are large enough to say something.
    A model that predicts well says nothing about causes: a predictive feature is not a lever.

    References
    ----------
    Steyerberg, E. W. (2019). Clinical Prediction Models, 2nd ed. (validation, calibration).
    Utrecht Data School. Data Ethics Decision Aid (DEDA).

    Examples
    --------
    >>> import civicanalysis as ca
    >>> from sklearn.linear_model import LogisticRegression
    >>> df = ca.datasets.load("truancy")
    >>> checklist = ca.EthicsChecklist(
    ...     purpose="Help leerplicht officers decide which new truancy cases to visit first.",
    ...     affected="Pupils with a truancy case and their parents; leerplicht officers.",
    ...     flagged_action="An officer reviews the case and may offer support earlier; "
    ...     "no sanction is based on the score.",
    ...     off_limits={"sex": "a pupil's sex must not steer who gets attention"},
    ... )
    >>> res = ca.evaluate_classifier(
    ...     LogisticRegression(), df, target="new_case_1y",
    ...     features=["prior_cases", "days_absent", "benefit", "age"],
    ...     time="case_date", test_from="2022-01-01", by=["sex"], ethics=checklist, n_boot=200)
    >>> res.n_test, res.beats_baseline
    (2205, True)
    >>> round(res.estimate.value, 2)
    0.66
    """
    inputs = _check_inputs(
        model,
        data,
        target=target,
        features=features,
        by=by,
        ethics=ethics,
        threshold=threshold,
        n_boot=n_boot,
        conf_level=conf_level,
        test_size=test_size,
        random_state=random_state,
    )
    split = _split(inputs, time=time, groups=groups, test_from=test_from, test_size=test_size)
    caveats: list[str] = []
    fitted = _fit(model, inputs, split)
    scores, rule_col = _scores(fitted, inputs, split, rule=rule)
    engine = _evaluate_scores(inputs, split, scores, caveats)
    return _build_result(inputs, split, scores, engine, rule_col=rule_col, caveats=caveats)


# --- step 1: input checks -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Inputs:
    """The checked arguments of :func:`evaluate_classifier`."""

    data: pd.DataFrame
    target: Hashable
    feats: list[Hashable]
    by_cols: list[Hashable]
    y_all: np.ndarray
    ethics: EthicsChecklist
    threshold: float
    n_boot: int
    conf_level: float
    rng: np.random.Generator


def _check_inputs(
    model: Any,
    data: Any,
    *,
    target: Any,
    features: Any,
    by: Any,
    ethics: Any,
    threshold: Any,
    n_boot: Any,
    conf_level: Any,
    test_size: Any,
    random_state: Any,
) -> _Inputs:
    from sklearn.base import is_classifier

    # The ethics checklist comes first: without it nothing else is looked at.
    if ethics is None:
        raise InvalidOptionError(MSG("ethics_required"))
    if not isinstance(ethics, EthicsChecklist):
        raise InvalidOptionError(MSG("ethics_type", typ=type(ethics).__name__))
    data = check_dataframe(data, min_rows=2, purpose="evaluating a classifier")
    checked = check_params(
        {"conf_level": conf_level, "test_size": test_size, "threshold": threshold},
        {"conf_level": Fraction(), "test_size": Fraction(), "threshold": Fraction()},
    )
    n_boot = check_whole(n_boot, arg="n_boot", low=100, why=MSG("why_n_boot"))
    rng = check_random_state(random_state)
    if not (hasattr(model, "fit") and hasattr(model, "predict_proba")) or not is_classifier(model):
        raise InvalidOptionError(MSG("not_classifier", typ=type(model).__name__))
    feats = check_columns(data, features, arg="features")
    for f in feats:
        if f in ethics.off_limits:
            raise InvalidOptionError(
                MSG("feature_off_limits", feature=f, reason=ethics.off_limits[f])
            )
    y_all = check_column(data, target, arg="target", kind="binary").to_numpy()
    check_distinct([("target", target)] + [("features", f) for f in feats])
    for f in feats:
        check_column(data, f, arg="features", kind="any", allow_constant=True)
    by_cols = check_columns(data, by, arg="by", allow_empty=True)
    for c in by_cols:
        check_column(data, c, arg="by", kind="category", max_levels=50, allow_constant=True)
    return _Inputs(
        data=data,
        target=target,
        feats=feats,
        by_cols=by_cols,
        y_all=y_all,
        ethics=ethics,
        threshold=checked["threshold"],
        n_boot=n_boot,
        conf_level=checked["conf_level"],
        rng=rng,
    )


# --- step 2: the split ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Split:
    """Which rows are test rows, and the split in words."""

    kind: str  # "time", "groups" or "none"
    test_mask: np.ndarray
    n_train: int
    n_test: int
    texts: dict[str, str]


def _split(inputs: _Inputs, *, time: Any, groups: Any, test_from: Any, test_size: float) -> _Split:
    if time is not None and groups is not None:
        raise InvalidOptionError(MSG("time_and_groups", time=time, groups=groups))
    if time is not None:
        split = _split_time(inputs.data, time, test_from, test_size)
    elif groups is not None:
        split = _split_groups(inputs.data, groups, test_size, inputs.rng)
    else:
        n_te = len(inputs.data)
        texts = {lang: MSG("split_given", lang=lang, n_test=n_te) for lang in ("en", "nl")}
        split = _Split("none", np.ones(n_te, dtype=bool), 0, n_te, texts)
    y_test = inputs.y_all[split.test_mask]
    if y_test.sum() == 0:
        raise TooFewRowsError(
            MSG(
                "no_positives_test",
                n=split.n_test,
                target=inputs.target,
                split=split.texts[resolve_language(None)],
            )
        )
    return split


def _split_time(data: pd.DataFrame, time: Any, test_from: Any, test_size: float) -> _Split:
    t = _check_time(data, time)
    cut = _cutoff(t, test_from, test_size, time)
    test_mask = (t >= cut).to_numpy()
    n_tr, n_te = int((~test_mask).sum()), int(test_mask.sum())
    if n_tr == 0 or n_te == 0:
        raise TooFewRowsError(
            MSG(
                "empty_train",
                empty=MSG("word_train" if n_tr == 0 else "word_test"),
                n_train=n_tr,
                n_test=n_te,
                cut=_fmt_cut(cut),
                low=_fmt_cut(t.min()),
                high=_fmt_cut(t.max()),
            )
        )
    texts = {
        lang: MSG("split_time", lang=lang, n_train=n_tr, n_test=n_te, cut=_fmt_cut(cut))
        for lang in ("en", "nl")
    }
    return _Split("time", test_mask, n_tr, n_te, texts)


def _split_groups(
    data: pd.DataFrame, groups: Any, test_size: float, rng: np.random.Generator
) -> _Split:
    g = check_column(data, groups, arg="groups", kind="category")
    levels = np.array(sorted(pd.unique(g).tolist(), key=str), dtype=object)
    rng.shuffle(levels)
    sizes = g.value_counts().reindex(levels).to_numpy()
    take = np.cumsum(sizes) <= test_size * len(g)
    take[0] = True
    test_levels = set(levels[take].tolist())
    test_mask = g.isin(test_levels).to_numpy()
    n_tr, n_te = int((~test_mask).sum()), int(test_mask.sum())
    if n_tr == 0:
        raise TooFewRowsError(
            MSG(
                "empty_train",
                empty=MSG("word_train"),
                n_train=n_tr,
                n_test=n_te,
                cut="–",
                low="–",
                high="–",
            )
        )
    texts = {
        lang: MSG(
            "split_groups",
            lang=lang,
            n_train=n_tr,
            n_test=n_te,
            col=groups,
            g_train=len(levels) - len(test_levels),
            g_test=len(test_levels),
        )
        for lang in ("en", "nl")
    }
    return _Split("groups", test_mask, n_tr, n_te, texts)


# --- step 3: fitting (on the training part only) and scoring ------------------------------------------


def _fit(model: Any, inputs: _Inputs, split: _Split) -> Any:
    from sklearn.base import clone

    x_train = inputs.data.loc[~split.test_mask, inputs.feats]
    y_train = inputs.y_all[~split.test_mask]
    if not split.n_train:
        from sklearn.exceptions import NotFittedError as SkNotFitted
        from sklearn.utils.validation import check_is_fitted

        try:
            check_is_fitted(model)
        except SkNotFitted as err:
            raise NotFittedError(MSG("not_fitted")) from err
        return model
    values = np.unique(y_train)
    if len(values) < 2:
        raise ConstantColumnError(
            MSG("one_class_train", target=inputs.target, value=int(values[0]), n=split.n_train)
        )
    _check_separation(x_train, y_train, inputs)
    fitted = clone(model)
    try:
        fitted.fit(x_train, y_train.astype(int))
    except (ValueError, TypeError) as err:
        raise ColumnTypeError(MSG("prediction_failed", error=str(err)[:200])) from err
    return fitted


def _check_separation(x_train: pd.DataFrame, y_train: np.ndarray, inputs: _Inputs) -> None:
    """A numeric feature that splits the two classes perfectly is almost always leakage."""
    for f in inputs.feats:
        col = x_train[f]
        if not (pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col)):
            continue
        v = col.to_numpy(dtype=float)
        lo1, hi1 = v[y_train == 1].min(), v[y_train == 1].max()
        lo0, hi0 = v[y_train == 0].min(), v[y_train == 0].max()
        if lo1 > hi0 or hi1 < lo0:
            side, value = (">", hi0) if lo1 > hi0 else ("<", lo0)
            raise PerfectSeparationError(
                MSG("separation", feature=f, target=inputs.target, side=side, value=value)
            )


def _scores(
    fitted: Any, inputs: _Inputs, split: _Split, *, rule: Any
) -> tuple[dict[str, np.ndarray], Hashable | None]:
    """Predicted probabilities on the test part: the model, the base rate and the simple rule."""
    data, mask = inputs.data, split.test_mask
    try:
        proba = fitted.predict_proba(data.loc[mask, inputs.feats])
    except (ValueError, TypeError) as err:
        raise ColumnTypeError(MSG("prediction_failed", error=str(err)[:200])) from err
    classes = list(getattr(fitted, "classes_", [0, 1]))
    scores = {"model": proba[:, classes.index(1)] if 1 in classes else proba[:, -1]}
    y_train = inputs.y_all[~mask].astype(float)
    y_test = inputs.y_all[mask].astype(float)
    base_rate = float(y_train.mean()) if split.n_train else float(y_test.mean())
    scores["base rate"] = np.full(split.n_test, base_rate)
    rule_col = _choose_rule(inputs, split, rule) if split.n_train else None
    if rule_col is not None:
        scores["rule"] = _rule_probabilities(
            data.loc[~mask, rule_col].to_numpy(dtype=float),
            y_train,
            data.loc[mask, rule_col].to_numpy(dtype=float),
        )
    return scores, rule_col


def _choose_rule(inputs: _Inputs, split: _Split, rule: Any) -> Hashable | None:
    """The given rule column, or the numeric feature that ranks the training part best."""
    data = inputs.data
    if rule is not None:
        rule_col = check_column_name(data, rule, arg="rule")
        if not pd.api.types.is_numeric_dtype(data[rule_col]):
            raise InvalidOptionError(
                MSG("bad_rule", value=rule, col=rule_col, dtype=str(data[rule_col].dtype))
            )
        return rule_col
    x_train = data.loc[~split.test_mask, inputs.feats]
    y_train = inputs.y_all[~split.test_mask].astype(float)
    best, rule_col = 0.0, None
    for f in inputs.feats:
        if pd.api.types.is_numeric_dtype(x_train[f]):
            s = _Score(y_train, x_train[f].to_numpy(dtype=float), inputs.threshold)
            auc = float(s.metrics(np.ones((1, split.n_train)))["roc_auc"][0])
            if auc - 0.5 > best:
                best, rule_col = auc - 0.5, f
    return rule_col


# --- step 4: the engine: every metric, for every score and group, from the same resamples ----------


@dataclass(frozen=True)
class _Engine:
    """Point values and bootstrap draws of the metrics, and the per-group bookkeeping."""

    y: np.ndarray
    point: dict[str, dict[str, np.ndarray]]
    draws: dict[str, dict[str, np.ndarray]]
    group_index: list[tuple[Hashable, Any, np.ndarray]]
    group_status: dict[tuple[Hashable, Any], str]
    group_scores: dict[tuple[Hashable, Any], _Score]
    gdraws: dict[tuple[Hashable, Any], dict[str, np.ndarray]]
    min_cell_size: int


def _evaluate_scores(
    inputs: _Inputs, split: _Split, scores: dict[str, np.ndarray], caveats: list[str]
) -> _Engine:
    y = inputs.y_all[split.test_mask].astype(float)
    if y.sum() < _MIN_TEST_POSITIVES:
        # With one or a few positives most bootstrap resamples hold none: intervals come out
        # missing. Say so instead of showing a table of silent NaNs.
        message = MSG(
            "few_positives_test", n=int(y.sum()), target=inputs.target, k=_MIN_TEST_POSITIVES
        )
        warn(ThinDataWarning, message, caveats, stacklevel=4)
    k_min = int(get_option("min_cell_size"))
    score_objs = {name: _Score(y, s, inputs.threshold) for name, s in scores.items()}
    by_frame = inputs.data.loc[split.test_mask, inputs.by_cols]
    group_index, group_status = _group_index(by_frame, inputs.by_cols, y, k_min, caveats)
    group_scores = {
        (c, lv): _Score(y[mask], scores["model"][mask], inputs.threshold)
        for c, lv, mask in group_index
        if group_status[(c, lv)] == "ok"
    }
    masks = {(c, lv): mask for c, lv, mask in group_index}
    point = {name: s.metrics(np.ones((1, split.n_test))) for name, s in score_objs.items()}
    draws, gdraws = _bootstrap(score_objs, group_scores, masks, split.n_test, inputs)
    return _Engine(y, point, draws, group_index, group_status, group_scores, gdraws, k_min)


def _group_index(
    by_frame: pd.DataFrame, by_cols: list[Hashable], y: np.ndarray, k_min: int, caveats: list[str]
) -> tuple[list[tuple[Hashable, Any, np.ndarray]], dict[tuple[Hashable, Any], str]]:
    """Each group's test rows and status: ``ok``, ``too small`` (warned) or ``one class``."""
    group_index: list[tuple[Hashable, Any, np.ndarray]] = []
    group_status: dict[tuple[Hashable, Any], str] = {}
    for c in by_cols:
        col = by_frame[c]
        for lv in order_levels(col):
            mask = (col == lv).to_numpy()
            n_g = int(mask.sum())
            if n_g < k_min:
                group_status[(c, lv)] = "too small"
                message = MSG("small_group", var=c, level=lv, n=n_g, k=k_min)
                warn(DisclosureWarning, message, caveats, stacklevel=5)
            elif y[mask].min() == y[mask].max():
                group_status[(c, lv)] = "one class"
            else:
                group_status[(c, lv)] = "ok"
            group_index.append((c, lv, mask))
    return group_index, group_status


def _bootstrap(
    score_objs: dict[str, _Score],
    group_scores: dict[tuple[Hashable, Any], _Score],
    masks: dict[tuple[Hashable, Any], np.ndarray],
    n_te: int,
    inputs: _Inputs,
) -> tuple[dict[str, dict[str, np.ndarray]], dict[tuple[Hashable, Any], dict[str, np.ndarray]]]:
    """Resample the test cases in chunks (bounded memory); every score and group shares them."""
    boot: dict[str, dict[str, list[np.ndarray]]] = {name: {} for name in score_objs}
    gboot: dict[tuple[Hashable, Any], dict[str, list[np.ndarray]]] = {k: {} for k in group_scores}
    chunk = max(1, min(inputs.n_boot, int(4_000_000 // max(n_te, 1))))
    done = 0
    while done < inputs.n_boot:
        b = min(chunk, inputs.n_boot - done)
        w = _bootstrap_counts(inputs.rng, n_te, b)
        for name, s in score_objs.items():
            for metric, values in s.metrics(w).items():
                boot[name].setdefault(metric, []).append(values)
        for key, s in group_scores.items():
            for metric, values in s.metrics(w[:, masks[key]]).items():
                gboot[key].setdefault(metric, []).append(values)
        done += b
    draws = {name: {m: np.concatenate(v) for m, v in d.items()} for name, d in boot.items()}
    gdraws = {k: {m: np.concatenate(v) for m, v in d.items()} for k, d in gboot.items()}
    return draws, gdraws


def _percentile_interval(values: np.ndarray, conf_level: float) -> tuple[float, float]:
    """Bootstrap percentile interval; none when over a tenth of the resamples had no value."""
    alpha = 1 - conf_level
    finite = values[np.isfinite(values)]
    if len(finite) < 0.9 * len(values):
        return math.nan, math.nan
    lo, hi = np.quantile(finite, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)


# --- step 5: the tables and the result ----------------------------------------------------------------


def _metric_table(engine: _Engine, inputs: _Inputs, method: str) -> pd.DataFrame:
    """One row per score and metric, plus the paired differences of the model with each baseline."""
    rows = []
    level = inputs.conf_level
    for name in engine.point:
        for metric in _METRICS:
            lo, hi = _percentile_interval(engine.draws[name][metric], level)
            rows.append((name, metric, float(engine.point[name][metric][0]), lo, hi))
    for other in [k for k in engine.point if k != "model"]:
        for metric in ("roc_auc", "pr_auc", "brier"):
            diff = engine.draws["model"][metric] - engine.draws[other][metric]
            est = float(engine.point["model"][metric][0] - engine.point[other][metric][0])
            lo, hi = _percentile_interval(diff, level)
            rows.append((f"model − {other}", metric, est, lo, hi))
    table = pd.DataFrame(rows, columns=["model", "metric", "estimate", "ci_low", "ci_high"])
    table["conf_level"] = level
    table["n"] = len(engine.y)
    table["n_positive"] = int(engine.y.sum())
    table["method"] = method
    return table


def _gap_rows(
    c: Hashable, frame_point: pd.DataFrame, engine: _Engine, conf_level: float
) -> list[dict[str, Any]]:
    """The largest difference between groups of ``c`` per metric, with the interval of the
    difference between those two groups."""
    rows = []
    diffs = frame_point.max() - frame_point.min()
    for metric in ("roc_auc", "pr_auc", "brier"):
        per = frame_point[metric]
        worst = per.idxmax() if metric == "brier" else per.idxmin()
        best = per.idxmin() if metric == "brier" else per.idxmax()
        # The interval is for the difference between these two groups (their resamples are
        # independent), signed so that the observed gap is positive: it can reach 0 or below,
        # which the spread of all groups in each resample cannot. Picking the two extremes still
        # flatters the gap.
        sign = -1.0 if metric == "brier" else 1.0
        paired = sign * (engine.gdraws[(c, best)][metric] - engine.gdraws[(c, worst)][metric])
        lo, hi = _percentile_interval(paired, conf_level)
        rows.append(
            {
                "variable": c,
                "metric": metric,
                "gap": float(diffs[metric]),
                "ci_low": lo,
                "ci_high": hi,
                "conf_level": conf_level,
                "worst_group": worst,
                "best_group": best,
            }
        )
    return rows


def _group_rows(
    c: Hashable, frame_point: pd.DataFrame, engine: _Engine, p_model: np.ndarray, level: float
) -> list[dict[str, Any]]:
    """Per level of ``c`` and metric: the value and interval (none for too-small groups)."""
    rows = []
    y = engine.y
    for cc, lv, mask in engine.group_index:
        if cc != c:
            continue
        status = engine.group_status[(c, lv)]
        n_gp = int(y[mask].sum())
        for metric in _GROUP_METRICS:
            est = lo = hi = math.nan
            if status == "ok":
                est = float(frame_point.loc[lv, metric])
                lo, hi = _percentile_interval(engine.gdraws[(c, lv)][metric], level)
            elif status == "one class" and metric in ("observed_rate", "mean_predicted"):
                est = float(y[mask].mean() if metric == "observed_rate" else p_model[mask].mean())
            rows.append(
                {
                    "variable": c,
                    "level": lv,
                    "n": int(mask.sum()),
                    "n_positive": n_gp if status != "too small" else math.nan,
                    "metric": metric,
                    "estimate": est,
                    "ci_low": lo,
                    "ci_high": hi,
                    "conf_level": level,
                    "status": status,
                }
            )
    return rows


_GROUP_COLUMNS = ["variable", "level", "n", "n_positive", "metric", "estimate", "ci_low", "ci_high", "conf_level", "status"]  # fmt: skip
_GAP_COLUMNS = ["variable", "metric", "gap", "ci_low", "ci_high", "conf_level", "worst_group", "best_group"]  # fmt: skip


def _group_tables(
    engine: _Engine, inputs: _Inputs, p_model: np.ndarray
) -> tuple[pd.DataFrame, pd.DataFrame]:
    # fairlearn's MetricFrame computes the same per-group values and gaps (the tests check they
    # agree), but fairlearn 0.15 stacks every element of y in Python (np.stack over a 1-D array)
    # and its bootstrap calls the metrics once per resample: on 100,000 cases that alone takes
    # longer than the whole evaluation here, so it is the tests' reference, not the engine.
    group_rows: list[dict[str, Any]] = []
    gap_rows: list[dict[str, Any]] = []
    for c in inputs.by_cols:
        ok = [lv for (cc, lv), st in engine.group_status.items() if cc == c and st == "ok"]
        point_g = {
            lv: engine.group_scores[(c, lv)].metrics(
                np.ones((1, len(engine.group_scores[(c, lv)].order)))
            )
            for lv in ok
        }
        frame_point = pd.DataFrame(
            {lv: {m: float(v[0]) for m, v in d.items()} for lv, d in point_g.items()}
        ).T
        if len(ok) >= 2:
            gap_rows += _gap_rows(c, frame_point, engine, inputs.conf_level)
        group_rows += _group_rows(c, frame_point, engine, p_model, inputs.conf_level)
    return (
        pd.DataFrame(group_rows, columns=_GROUP_COLUMNS),
        pd.DataFrame(gap_rows, columns=_GAP_COLUMNS),
    )


def _calibration(p_model: np.ndarray, y: np.ndarray, conf_level: float, k_min: int) -> pd.DataFrame:
    """Ten bands of predicted probability: observed share with its Wilson interval."""
    from statsmodels.stats.proportion import proportion_confint

    edges = np.unique(np.quantile(p_model, np.linspace(0, 1, 11)))
    band = np.searchsorted(edges[1:-1], p_model, side="right")
    rows = []
    for b_i in range(len(edges) - 1):
        m = band == b_i
        n_b = int(m.sum())
        if n_b == 0:
            continue
        k_b = int(y[m].sum())
        if n_b >= k_min:
            lo, hi = proportion_confint(k_b, n_b, alpha=1 - conf_level, method="wilson")
            obs = k_b / n_b
        else:
            obs = lo = hi = math.nan
        rows.append(
            {
                "band": b_i + 1,
                "n": n_b,
                "mean_predicted": float(p_model[m].mean()),
                "observed": obs,
                "ci_low": float(lo),
                "ci_high": float(hi),
            }
        )
    return pd.DataFrame(rows)


def _build_result(
    inputs: _Inputs,
    split: _Split,
    scores: dict[str, np.ndarray],
    engine: _Engine,
    *,
    rule_col: Hashable | None,
    caveats: list[str],
) -> ClassifierEvaluation:
    method = MSG("method_bootstrap", n_boot=inputs.n_boot)
    table = _metric_table(engine, inputs, method)

    def value(model_name: str, metric: str, col: str) -> float:
        row = table[(table["model"] == model_name) & (table["metric"] == metric)]
        return float(row[col].iloc[0])

    group_table, gap_table = _group_tables(engine, inputs, scores["model"])
    estimate = Estimate(
        "ROC AUC",
        value("model", "roc_auc", "estimate"),
        value("model", "roc_auc", "ci_low"),
        value("model", "roc_auc", "ci_high"),
        null=0.5,
        conf_level=inputs.conf_level,
        method=method,
        n=split.n_test,
        label=MSG("estimate_label", target=inputs.target),
    )
    predictions = pd.DataFrame({"row": inputs.data.index[split.test_mask], "y": engine.y})
    for name, s in scores.items():
        predictions[name] = s
    return ClassifierEvaluation(
        estimate=estimate,
        table=table,
        groups=group_table,
        gaps=gap_table,
        calibration=_calibration(
            scores["model"], engine.y, inputs.conf_level, engine.min_cell_size
        ),
        beats_baseline=bool(
            estimate.ci_low > 0.5 and value("model − base rate", "brier", "ci_high") < 0
        ),
        beats_rule=(
            bool(value("model − rule", "roc_auc", "ci_low") > 0) if "rule" in scores else None
        ),
        target=str(inputs.target),
        features=tuple(str(f) for f in inputs.feats),
        split=split.kind,
        split_description=split.texts,
        rule=str(rule_col) if rule_col is not None else None,
        n_train=split.n_train,
        n_test=split.n_test,
        n_positive=int(engine.y.sum()),
        threshold=inputs.threshold,
        conf_level=inputs.conf_level,
        n_boot=inputs.n_boot,
        ethics=inputs.ethics,
        predictions=predictions,
        caveats=tuple(caveats),
    )
