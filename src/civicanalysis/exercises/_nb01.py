"""Checks of exercises 01 (the fish shop and the small square)."""

from __future__ import annotations

from .._text import Catalog
from . import checker, correct, not_yet, wrong
from ._common import find, interval

MSG = Catalog(
    "exercises_01",
    {
        "report": {
            "en": "the result of a confounder check",
            "nl": "de uitkomst van een controle op verstorende variabelen",
        },
        "goal_1": {
            "en": "Store the confounder check of the café's association with vandalism in it.",
            "nl": "Sla daarin de controle op verstorende variabelen voor de samenhang tussen café en vandalisme op.",
        },
        "exposure_1": {
            "en": "`cafe_report` checks the exposure {got!r}, not the café: the question is whether the café's own association survives.",
            "nl": "`cafe_report` controleert de blootstelling {got!r}, niet het café: de vraag is of de samenhang van het café zelf overeind blijft.",
        },
        "outcome": {
            "en": "`{name}` looks at the outcome {got!r}; the question is about vandalism.",
            "nl": "`{name}` kijkt naar de uitkomst {got!r}; de vraag gaat over vandalisme.",
        },
        "square_1": {
            "en": "the square is not among the variables held fixed. The square is what explained the fish shop: without holding it fixed you cannot tell whether the café's association is the square's.",
            "nl": "het pleintje zit niet bij de gelijk gehouden variabelen. Juist het pleintje verklaarde de viswinkel: zonder het gelijk te houden ziet u niet of de samenhang van het café eigenlijk die van het pleintje is.",
        },
        "ok_1": {
            "en": "the café's association, with {held} held fixed: {estimate}. Compare it with the crude estimate and read the interval before you answer the question.",
            "nl": "de samenhang van het café, met {held} gelijk gehouden: {estimate}. Vergelijk die met de ruwe schatting en lees het interval voordat u de vraag beantwoordt.",
        },
        "goal_2": {
            "en": "Store the check of the tidy park in it, with the candidates left to the package.",
            "nl": "Sla daarin de controle van het verzorgde park op, met de kandidaten door het pakket gekozen.",
        },
        "exposure_2": {
            "en": "`park_report` checks the exposure {got!r}, not the tidy park.",
            "nl": "`park_report` controleert de blootstelling {got!r}, niet het verzorgde park.",
        },
        "chosen_2": {
            "en": "`park_report` held fixed only {held}: you chose the candidates yourself, so a confounder you did not think of cannot turn up. Let the package scan every other column.",
            "nl": "`park_report` hield alleen {held} gelijk: u koos de kandidaten zelf, dus een verstorende variabele waar u niet aan dacht kan niet opduiken. Laat het pakket alle andere kolommen nagaan.",
        },
        "id_2": {
            "en": "the running number `location_id` was held fixed as if it could be a cause. An identifier carries no information about the locations; leave it out.",
            "nl": "het volgnummer `location_id` is gelijk gehouden alsof het een oorzaak kon zijn. Een volgnummer zegt niets over de locaties; laat het weg.",
        },
        "ok_2": {
            "en": "the package scanned {n} candidates. Read its table: which did it flag, and by how much did each change the estimate?",
            "nl": "het pakket ging {n} kandidaten na. Lees de tabel: welke merkte het aan, en hoeveel veranderde elk de schatting?",
        },
        "goal_3": {
            "en": "Store the Dutch explanation of the fish-shop check, as text, in it.",
            "nl": "Sla daarin de Nederlandse uitleg van de viswinkelcontrole op, als tekst.",
        },
        "text_3": {"en": "text (a str)", "nl": "tekst (een str)"},
        "english_3": {
            "en": "`memo` is in English; the council asked for Dutch. The explanation can be asked for in either language.",
            "nl": "`memo` is Engelstalig; de raad vroeg om Nederlands. De uitleg is in beide talen op te vragen.",
        },
        "fish_3": {
            "en": "`memo` does not explain the fish-shop check (it does not mention `fish_shop`).",
            "nl": "`memo` legt de viswinkelcontrole niet uit (`fish_shop` komt er niet in voor).",
        },
        "square_3": {
            "en": "`memo` explains a check in which the square was not held fixed; the memo would miss the one variable that explains the fish shop.",
            "nl": "`memo` legt een controle uit waarin het pleintje niet gelijk is gehouden; dan mist de memo juist de variabele die de viswinkel verklaart.",
        },
        "ok_3": {
            "en": "a Dutch explanation of the fish-shop check with the square held fixed ({n} sentences).",
            "nl": "een Nederlandse uitleg van de viswinkelcontrole met het pleintje gelijk gehouden ({n} zinnen).",
        },
        "goal_4": {
            "en": "Store the check of treatment A against success, with the stone size as candidate, in it.",
            "nl": "Sla daarin de controle op van behandeling A tegen succes, met de grootte van de steen als kandidaat.",
        },
        "exposure_4": {
            "en": "`stones_report` checks {got!r} against {outcome!r}; the question is treatment A (`treatment_a`) against success (`success`).",
            "nl": "`stones_report` controleert {got!r} tegen {outcome!r}; de vraag is behandeling A (`treatment_a`) tegen succes (`success`).",
        },
        "stone_4": {
            "en": "the stone size is not held fixed, so nothing can reverse: the question is what happens within small and within large stones.",
            "nl": "de grootte van de steen wordt niet gelijk gehouden, dus er kan niets omkeren: de vraag is wat er gebeurt binnen kleine en binnen grote stenen.",
        },
        "weights_4": {
            "en": "the check counted {n} patients: it treated each row of the table as one patient. Each row stands for many patients; the column `patients` says how many.",
            "nl": "de controle telde {n} patiënten: elke rij van de tabel telde als één patiënt. Elke rij staat voor veel patiënten; de kolom `patients` zegt hoeveel.",
        },
        "ok_4": {
            "en": "crude {crude}; with the stone size held fixed {adjusted}; {n} patients. Now say whether the direction reverses, and how sure we are.",
            "nl": "ruw {crude}; met de grootte van de steen gelijk gehouden {adjusted}; {n} patiënten. Zeg nu of de richting omkeert, en hoe zeker we zijn.",
        },
    },
)

_REPORT = ("ConfounderReport",)


@checker("01.1")
def _cafe(ns):
    report, problem = find(ns, "cafe_report", _REPORT, MSG("goal_1"), MSG("report"))
    if problem:
        return not_yet(problem)
    if report.exposure != "cafe":
        return wrong(MSG("exposure_1", got=report.exposure))
    if report.outcome != "vandalism":
        return wrong(MSG("outcome", name="cafe_report", got=report.outcome))
    if "on_square" not in report.candidates_used:
        return wrong(MSG("square_1"))
    held = ", ".join(report.candidates_used)
    return correct(MSG("ok_1", held=held, estimate=interval(report.adjusted)))


@checker("01.2")
def _park(ns):
    report, problem = find(ns, "park_report", _REPORT, MSG("goal_2"), MSG("report"))
    if problem:
        return not_yet(problem)
    if report.exposure != "tidy_park":
        return wrong(MSG("exposure_2", got=report.exposure))
    if report.outcome != "vandalism":
        return wrong(MSG("outcome", name="park_report", got=report.outcome))
    if "location_id" in report.candidates_used:
        return wrong(MSG("id_2"))
    others = {"neighbourhood", "on_square", "fish_shop", "cafe", "youth_hangout"}
    if not others <= set(report.candidates_used):
        return wrong(MSG("chosen_2", held=", ".join(report.candidates_used)))
    return correct(MSG("ok_2", n=len(report.candidates_used)))


@checker("01.3")
def _memo(ns):
    memo, problem = find(ns, "memo", (), MSG("goal_3"), MSG("text_3"))
    if problem:
        return not_yet(problem)
    if not isinstance(memo, str):
        return not_yet(find({"memo": memo}, "memo", ("str",), MSG("goal_3"), MSG("text_3"))[1])
    if "fish_shop" not in memo:
        return wrong(MSG("fish_3"))
    dutch = sum(w in memo for w in (" de ", " het ", " een ", " is ", " niet "))
    english = sum(w in memo for w in (" the ", " is not ", " with ", " and "))
    if english > dutch:
        return wrong(MSG("english_3"))
    if "on_square" not in memo:
        return wrong(MSG("square_3"))
    sentences = max(1, memo.count(". "))
    return correct(MSG("ok_3", n=sentences))


@checker("01.4")
def _stones(ns):
    report, problem = find(ns, "stones_report", _REPORT, MSG("goal_4"), MSG("report"))
    if problem:
        return not_yet(problem)
    if report.exposure != "treatment_a" or report.outcome != "success":
        return wrong(MSG("exposure_4", got=report.exposure, outcome=report.outcome))
    if "large_stone" not in report.candidates_used:
        return wrong(MSG("stone_4"))
    stones = ns.get("stones")
    rows = len(stones) if stones is not None else 8
    if report.n <= rows:
        return wrong(MSG("weights_4", n=int(report.n)))
    return correct(
        MSG(
            "ok_4",
            crude=interval(report.crude),
            adjusted=interval(report.adjusted),
            n=int(report.n),
        )
    )
