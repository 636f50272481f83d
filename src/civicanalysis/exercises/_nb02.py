"""Checks of exercises 02 (how sure are we?)."""

from __future__ import annotations

from .._text import Catalog
from . import checker, correct, not_yet, wrong
from ._common import find, interval

MSG = Catalog(
    "exercises_02",
    {
        "compare": {"en": "the result of ca.compare", "nl": "de uitkomst van ca.compare"},
        "correlate": {"en": "the result of ca.correlate", "nl": "de uitkomst van ca.correlate"},
        "goal_1": {
            "en": "Store the comparison of the share resolved within the norm between the channels in it.",
            "nl": "Sla daarin de vergelijking op van het aandeel binnen de norm afgehandelde meldingen tussen de kanalen.",
        },
        "columns": {
            "en": "`{name}` compares {outcome!r} by {by!r}; the question is about {want_outcome!r} by {want_by!r}.",
            "nl": "`{name}` vergelijkt {outcome!r} naar {by!r}; de vraag gaat over {want_outcome!r} naar {want_by!r}.",
        },
        "uncorrected_1": {
            "en": "`by_channel` makes {n} comparisons without correcting the intervals. With several comparisons, some look like differences by chance alone; each interval must be wider to keep the promise of its level.",
            "nl": "`by_channel` maakt {n} vergelijkingen zonder de intervallen te corrigeren. Bij meer vergelijkingen lijken er een paar alleen door toeval te verschillen; elk interval moet breder om de belofte van zijn niveau waar te maken.",
        },
        "ok_1": {
            "en": "{n} comparisons against {reference}, corrected. Read each interval: does it include 0?",
            "nl": "{n} vergelijkingen met {reference}, gecorrigeerd. Lees elk interval: valt 0 erbinnen?",
        },
        "goal_2": {
            "en": "Store the comparison of the median resolution time of Westhoek and Centrum in it.",
            "nl": "Sla daarin de vergelijking op van de mediane doorlooptijd van Westhoek en Centrum.",
        },
        "m_mean": {"en": "the mean", "nl": "het gemiddelde"},
        "m_proportion": {"en": "the proportion", "nl": "het aandeel"},
        "m_median": {"en": "the median", "nl": "de mediaan"},
        "m_rate": {"en": "the rate", "nl": "de frequentie"},
        "m_other": {"en": "the {measure}", "nl": "de {measure}"},
        "measure_2": {
            "en": "`medians` compares {measure}, not the median: a few slow reports still weigh heavily in a mean.",
            "nl": "`medians` vergelijkt {measure}, niet de mediaan: een paar trage meldingen wegen in een gemiddelde nog steeds zwaar.",
        },
        "groups_2": {
            "en": "`medians` compares the districts {groups}; the question is Westhoek against Centrum only. With more districts the headline is another pair, and the intervals are corrected for more comparisons.",
            "nl": "`medians` vergelijkt de wijken {groups}; de vraag is alleen Westhoek tegen Centrum. Met meer wijken is de kopregel een ander paar en worden de intervallen voor meer vergelijkingen gecorrigeerd.",
        },
        "ok_2": {
            "en": "the difference in medians, {estimate}. Does the interval settle the question better than the mean did?",
            "nl": "het verschil in medianen, {estimate}. Beslecht het interval de vraag beter dan het gemiddelde deed?",
        },
        "goal_3": {
            "en": "Store the comparison of the mean resolution time of July and August against the other months in it.",
            "nl": "Sla daarin de vergelijking op van de gemiddelde doorlooptijd in juli en augustus tegen de andere maanden.",
        },
        "groups_3": {
            "en": "`summer` compares {k} groups; the question has two: July and August against the other ten months.",
            "nl": "`summer` vergelijkt {k} groepen; de vraag heeft er twee: juli en augustus tegen de andere tien maanden.",
        },
        "months_3": {
            "en": "the difference in `summer` is not the one between July–August and the other months: your summer column marks other months (or not all of the reports are in it).",
            "nl": "het verschil in `summer` is niet dat tussen juli–augustus en de andere maanden: uw zomerkolom markeert andere maanden (of niet alle meldingen zitten erin).",
        },
        "ok_3": {
            "en": "the summer difference, {estimate}. How large is it in days, and how sure are we?",
            "nl": "het zomerverschil, {estimate}. Hoe groot is het in dagen, en hoe zeker zijn we?",
        },
        "goal_4": {
            "en": "Store the comparison of visitors per hour between the Thursday evening and the Thursday daytime in it.",
            "nl": "Sla daarin de vergelijking op van het aantal bezoekers per uur tussen de donderdagavond en donderdag overdag.",
        },
        "measure_4": {
            "en": "`evening` compares {measure} of the visitor counts. Visitors per opening hour are counts of events in a fixed time: compare them as a rate, so that the interval fits counts.",
            "nl": "`evening` vergelijkt {measure} van de bezoekersaantallen. Bezoekers per openingsuur zijn aantallen gebeurtenissen in een vaste tijd: vergelijk ze als frequentie, zodat het interval bij aantallen past.",
        },
        "days_4": {
            "en": "`evening` rests on {n} opening hours, but there are {want} Thursday opening hours: hours of other days are in it (or Thursday hours are missing).",
            "nl": "`evening` berust op {n} openingsuren, maar er zijn {want} openingsuren op donderdag: er zitten uren van andere dagen in (of er ontbreken donderdaguren).",
        },
        "ok_4": {
            "en": "a rate ratio for the Thursday evening, {estimate}. What does it say about the evening opening, and what does it not say?",
            "nl": "een frequentieverhouding voor de donderdagavond, {estimate}. Wat zegt die over de avondopenstelling, en wat niet?",
        },
        "goal_5": {
            "en": "Store the rank correlation of the visitors and the waiting time in it.",
            "nl": "Sla daarin de rangcorrelatie op van het aantal bezoekers en de wachttijd.",
        },
        "vars_5": {
            "en": "`busy` correlates {x!r} and {y!r}; the question is about `visitors` and `wait_minutes`.",
            "nl": "`busy` correleert {x!r} en {y!r}; de vraag gaat over `visitors` en `wait_minutes`.",
        },
        "method_5": {
            "en": "`busy` is a {method} correlation, which measures a straight-line relation; a rank correlation (Spearman) asks only whether more visitors go with longer waits.",
            "nl": "`busy` is een {method}-correlatie, die een rechtlijnig verband meet; een rangcorrelatie (Spearman) vraagt alleen of meer bezoekers samengaan met langer wachten.",
        },
        "ok_5": {
            "en": "a rank correlation of {estimate}. Now write why it alone does not tell the team what to do.",
            "nl": "een rangcorrelatie van {estimate}. Schrijf nu op waarom die alleen het team niet vertelt wat te doen.",
        },
        "goal_6": {
            "en": "Store the district comparison at confidence level 0.90 in `at_90` and at 0.99 in `at_99`.",
            "nl": "Sla de wijkvergelijking met betrouwbaarheidsniveau 0,90 op in `at_90` en met 0,99 in `at_99`.",
        },
        "district_6": {
            "en": "`{name}` does not compare the resolution time of the districts against Centrum.",
            "nl": "`{name}` vergelijkt de doorlooptijd van de wijken niet met Centrum.",
        },
        "swapped_6": {
            "en": "`at_90` has the higher confidence level: the two levels are swapped.",
            "nl": "`at_90` heeft het hoogste betrouwbaarheidsniveau: de twee niveaus zijn verwisseld.",
        },
        "same_6": {
            "en": "`at_90` and `at_99` have the same confidence level; the question is what changing the level does.",
            "nl": "`at_90` en `at_99` hebben hetzelfde betrouwbaarheidsniveau; de vraag is wat het veranderen van het niveau doet.",
        },
        "ok_6": {
            "en": "two levels for the same comparison. Which interval for Havenkwartier is wider, and does the verdict change?",
            "nl": "twee niveaus voor dezelfde vergelijking. Welk interval voor Havenkwartier is breder, en verandert het oordeel?",
        },
    },
)

_COMPARE = ("CompareResult",)


def _measure(name: str):
    key = f"m_{name}"
    return MSG(key) if key in MSG else MSG("m_other", measure=name)


def _columns(result, name, outcome, by):
    if result.outcome != outcome or result.by != by:
        return wrong(
            MSG(
                "columns",
                name=name,
                outcome=result.outcome,
                by=result.by,
                want_outcome=outcome,
                want_by=by,
            )
        )
    return None


@checker("02.1")
def _channel(ns):
    result, problem = find(ns, "by_channel", _COMPARE, MSG("goal_1"), MSG("compare"))
    if problem:
        return not_yet(problem)
    if verdict := _columns(result, "by_channel", "within_target", "channel"):
        return verdict
    if result.n_comparisons > 1 and result.correction == "none":
        return wrong(MSG("uncorrected_1", n=int(result.n_comparisons)))
    return correct(MSG("ok_1", n=int(result.n_comparisons), reference=str(result.reference)))


@checker("02.2")
def _medians(ns):
    result, problem = find(ns, "medians", _COMPARE, MSG("goal_2"), MSG("compare"))
    if problem:
        return not_yet(problem)
    if verdict := _columns(result, "medians", "resolution_days", "district"):
        return verdict
    if set(map(str, result.groups)) != {"Centrum", "Westhoek"}:
        return wrong(MSG("groups_2", groups=", ".join(map(str, result.groups))))
    if result.measure != "median":
        return wrong(MSG("measure_2", measure=_measure(result.measure)))
    return correct(MSG("ok_2", estimate=interval(result.estimate)))


@checker("02.3")
def _summer(ns):
    result, problem = find(ns, "summer", _COMPARE, MSG("goal_3"), MSG("compare"))
    if problem:
        return not_yet(problem)
    if result.outcome != "resolution_days":
        return wrong(
            MSG(
                "columns",
                name="summer",
                outcome=result.outcome,
                by=result.by,
                want_outcome="resolution_days",
                want_by="summer",
            )
        )
    if len(result.groups) != 2:
        return wrong(MSG("groups_3", k=len(result.groups)))
    reports = ns.get("reports")
    if reports is not None and {"month", "resolution_days"} <= set(reports.columns):
        in_summer = reports["month"].isin([7, 8])
        truth = (
            reports.loc[in_summer, "resolution_days"].mean()
            - reports.loc[~in_summer, "resolution_days"].mean()
        )
        if abs(abs(result.estimate.value) - abs(truth)) > 1e-6 or result.n != len(reports):
            return wrong(MSG("months_3"))
    return correct(MSG("ok_3", estimate=interval(result.estimate)))


@checker("02.4")
def _evening(ns):
    result, problem = find(ns, "evening", _COMPARE, MSG("goal_4"), MSG("compare"))
    if problem:
        return not_yet(problem)
    if result.outcome != "visitors":
        return wrong(
            MSG(
                "columns",
                name="evening",
                outcome=result.outcome,
                by=result.by,
                want_outcome="visitors",
                want_by="evening",
            )
        )
    desk = ns.get("desk")
    if desk is not None and "weekday" in desk.columns:
        want = int((desk["weekday"] == "Thursday").sum())
        if result.n != want:
            return wrong(MSG("days_4", n=int(result.n), want=want))
    if result.measure != "rate":
        return wrong(MSG("measure_4", measure=_measure(result.measure)))
    return correct(MSG("ok_4", estimate=interval(result.estimate)))


@checker("02.5")
def _busy(ns):
    result, problem = find(ns, "busy", ("CorrelateResult",), MSG("goal_5"), MSG("correlate"))
    if problem:
        return not_yet(problem)
    if {result.x, result.y} != {"visitors", "wait_minutes"}:
        return wrong(MSG("vars_5", x=result.x, y=result.y))
    if result.method != "spearman":
        return wrong(MSG("method_5", method=str(result.method).capitalize()))
    return correct(MSG("ok_5", estimate=interval(result.estimate)))


@checker("02.6")
def _levels(ns):
    found = {}
    for name in ("at_90", "at_99"):
        result, problem = find(ns, name, _COMPARE, MSG("goal_6"), MSG("compare"))
        if problem:
            return not_yet(problem)
        if result.outcome != "resolution_days" or result.by != "district":
            return wrong(MSG("district_6", name=name))
        found[name] = float(result.estimate.conf_level)
    if found["at_90"] == found["at_99"]:
        return wrong(MSG("same_6"))
    if found["at_90"] > found["at_99"]:
        return wrong(MSG("swapped_6"))
    return correct(MSG("ok_6"))
