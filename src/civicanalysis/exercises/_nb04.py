"""Checks of exercises 04 (truancy recidivism)."""

from __future__ import annotations

from .._text import Catalog
from . import checker, correct, not_yet, wrong
from ._common import find, interval

MSG = Catalog(
    "exercises_04",
    {
        "survival": {
            "en": "the result of ca.compare_survival",
            "nl": "de uitkomst van ca.compare_survival",
        },
        "evaluation": {
            "en": "the result of ca.evaluate_classifier",
            "nl": "de uitkomst van ca.evaluate_classifier",
        },
        "time_to_case": {
            "en": "`{name}` does not compare the time to a new case (`followup_days`, `new_case`) by {by!r}.",
            "nl": "`{name}` vergelijkt niet de tijd tot een nieuwe zaak (`followup_days`, `new_case`) naar {by!r}.",
        },
        "goal_1": {
            "en": "Store the comparison of boys and girls, adjusted for prior cases only, in it.",
            "nl": "Sla daarin de vergelijking op van jongens en meisjes, alleen gecorrigeerd voor eerdere zaken.",
        },
        "unadjusted_1": {
            "en": "nothing is held fixed in `only_prior`: this is the unadjusted comparison again, so it cannot say how much of the gap prior cases carry.",
            "nl": "in `only_prior` wordt niets gelijk gehouden: dit is opnieuw de ongecorrigeerde vergelijking, dus ze zegt niet hoeveel van het verschil de eerdere zaken dragen.",
        },
        "more_1": {
            "en": "`only_prior` is also adjusted for {extra}: then you cannot tell which part of the gap prior cases alone carry.",
            "nl": "`only_prior` is ook gecorrigeerd voor {extra}: dan ziet u niet welk deel van het verschil de eerdere zaken alleen dragen.",
        },
        "no_prior_1": {
            "en": "`only_prior` is adjusted for {got}, not for prior cases (`prior_cases`).",
            "nl": "`only_prior` is gecorrigeerd voor {got}, niet voor eerdere zaken (`prior_cases`).",
        },
        "ok_1": {
            "en": "the hazard ratio of boys against girls adjusted for prior cases, {estimate}. How much of the unadjusted 1.36 is left?",
            "nl": "de hazardratio van jongens tegen meisjes gecorrigeerd voor eerdere zaken, {estimate}. Hoeveel is er over van de ongecorrigeerde 1,36?",
        },
        "goal_2": {
            "en": "Store the comparison of school types in it.",
            "nl": "Sla daarin de vergelijking van de schooltypen op.",
        },
        "reference_2": {
            "en": "`by_school` compares every school type with {got!r}; the question compares them with havo, so the headline and every contrast answer another question.",
            "nl": "`by_school` vergelijkt elk schooltype met {got!r}; de vraag vergelijkt ze met havo, dus de kopregel en elk contrast beantwoorden een andere vraag.",
        },
        "adjust_2": {
            "en": "`by_school` is not adjusted for {missing}: school types differ in prior cases and days absent, which also go with a new case, so the contrasts would mix those in.",
            "nl": "`by_school` is niet gecorrigeerd voor {missing}: schooltypen verschillen in eerdere zaken en verzuimdagen, die ook samengaan met een nieuwe zaak, dus die lopen dan door de contrasten heen.",
        },
        "ok_2": {
            "en": "the school types against havo, adjusted. Which intervals lie above 1, and which include it?",
            "nl": "de schooltypen tegen havo, gecorrigeerd. Welke intervallen liggen boven 1, en welke omvatten 1?",
        },
        "goal_3": {
            "en": "Store the evaluation of a model without the benefit status, checked against your own ethics checklist, in it.",
            "nl": "Sla daarin de evaluatie op van een model zonder de uitkeringsstatus, getoetst aan uw eigen ethische checklist.",
        },
        "target": {
            "en": "`{name}` predicts {got!r}; the question is a new case within a year (`new_case_1y`).",
            "nl": "`{name}` voorspelt {got!r}; de vraag is een nieuwe zaak binnen een jaar (`new_case_1y`).",
        },
        "checklist_3": {
            "en": "the checklist of `without_benefit` does not put {missing} off limits. Leaving a feature out of one model is not a decision; writing it in the checklist is, and then no later model can use it by accident.",
            "nl": "de checklist van `without_benefit` sluit {missing} niet uit. Een kenmerk in één model weglaten is geen besluit; het in de checklist zetten wel, en dan kan geen later model het per ongeluk gebruiken.",
        },
        "ok_3": {
            "en": "a model without benefit status, {estimate} on {n} test cases. Does it beat the base rate?",
            "nl": "een model zonder uitkeringsstatus, {estimate} op {n} testzaken. Doet het beter dan het basispercentage?",
        },
        "goal_4": {
            "en": "Store the evaluation of a model that does use the benefit status in it (with a checklist that allows it).",
            "nl": "Sla daarin de evaluatie op van een model dat de uitkeringsstatus wel gebruikt (met een checklist die dat toestaat).",
        },
        "no_benefit_4": {
            "en": "`with_benefit` does not use `benefit`, so it cannot show what the benefit status adds.",
            "nl": "`with_benefit` gebruikt `benefit` niet, dus het laat niet zien wat de uitkeringsstatus toevoegt.",
        },
        "split_4": {
            "en": "`with_benefit` was tested on {n} cases and `without_benefit` on {m}: two models tested on different cases cannot be compared, the difference could be the test cases.",
            "nl": "`with_benefit` is getest op {n} zaken en `without_benefit` op {m}: twee modellen die op verschillende zaken zijn getest, zijn niet te vergelijken; het verschil kan aan de testzaken liggen.",
        },
        "ok_4": {
            "en": "with benefit status {estimate}. Is the gain worth flagging pupils for their parents' income?",
            "nl": "met uitkeringsstatus {estimate}. Is de winst het waard om leerlingen te markeren om het inkomen van hun ouders?",
        },
        "goal_5": {
            "en": "Store the evaluation of a model that uses only the age in it.",
            "nl": "Sla daarin de evaluatie op van een model dat alleen de leeftijd gebruikt.",
        },
        "age_5": {
            "en": "`age_only` uses {features}: with more than the age it cannot show what the age alone is worth.",
            "nl": "`age_only` gebruikt {features}: met meer dan de leeftijd laat het niet zien wat de leeftijd alleen waard is.",
        },
        "ok_5": {
            "en": "an age-only model, {estimate}. What would you tell the council member?",
            "nl": "een model met alleen de leeftijd, {estimate}. Wat zou u het raadslid vertellen?",
        },
    },
)

_SURVIVAL = ("SurvivalResult",)
_EVALUATION = ("ClassifierEvaluation",)


def _survival(result, name, by):
    if result.by != by or result.duration != "followup_days" or result.event != "new_case":
        return wrong(MSG("time_to_case", name=name, by=by))
    return None


@checker("04.1")
def _prior(ns):
    result, problem = find(ns, "only_prior", _SURVIVAL, MSG("goal_1"), MSG("survival"))
    if problem:
        return not_yet(problem)
    if verdict := _survival(result, "only_prior", "sex"):
        return verdict
    held = list(result.adjust_for)
    if not held:
        return wrong(MSG("unadjusted_1"))
    if "prior_cases" not in held:
        return wrong(MSG("no_prior_1", got=", ".join(held)))
    if len(held) > 1:
        return wrong(MSG("more_1", extra=", ".join(c for c in held if c != "prior_cases")))
    return correct(MSG("ok_1", estimate=interval(result.estimate)))


@checker("04.2")
def _school(ns):
    result, problem = find(ns, "by_school", _SURVIVAL, MSG("goal_2"), MSG("survival"))
    if problem:
        return not_yet(problem)
    if verdict := _survival(result, "by_school", "school_type"):
        return verdict
    if str(result.reference) != "havo":
        return wrong(MSG("reference_2", got=str(result.reference)))
    missing = [c for c in ("prior_cases", "days_absent") if c not in result.adjust_for]
    if missing:
        return wrong(MSG("adjust_2", missing=", ".join(missing)))
    return correct(MSG("ok_2"))


def _target(result, name):
    if result.target != "new_case_1y":
        return wrong(MSG("target", name=name, got=result.target))
    return None


@checker("04.3")
def _without(ns):
    result, problem = find(ns, "without_benefit", _EVALUATION, MSG("goal_3"), MSG("evaluation"))
    if problem:
        return not_yet(problem)
    if verdict := _target(result, "without_benefit"):
        return verdict
    off = set(getattr(result.ethics, "off_limits", {}) or {})
    missing = [c for c in ("benefit", "sex") if c not in off]
    if missing:
        return wrong(MSG("checklist_3", missing=", ".join(missing)))
    return correct(MSG("ok_3", estimate=interval(result.estimate), n=int(result.n_test)))


@checker("04.4")
def _with(ns):
    result, problem = find(ns, "with_benefit", _EVALUATION, MSG("goal_4"), MSG("evaluation"))
    if problem:
        return not_yet(problem)
    if verdict := _target(result, "with_benefit"):
        return verdict
    if "benefit" not in result.features:
        return wrong(MSG("no_benefit_4"))
    other = ns.get("without_benefit")
    if type(other).__name__ in _EVALUATION and other.n_test != result.n_test:
        return wrong(MSG("split_4", n=int(result.n_test), m=int(other.n_test)))
    return correct(MSG("ok_4", estimate=interval(result.estimate)))


@checker("04.5")
def _age(ns):
    result, problem = find(ns, "age_only", _EVALUATION, MSG("goal_5"), MSG("evaluation"))
    if problem:
        return not_yet(problem)
    if verdict := _target(result, "age_only"):
        return verdict
    if list(result.features) != ["age"]:
        return wrong(MSG("age_5", features=", ".join(result.features)))
    return correct(MSG("ok_5", estimate=interval(result.estimate)))
