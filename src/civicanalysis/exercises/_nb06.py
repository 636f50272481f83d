"""Checks for the exercises of notebook 06 (testing a policy: lighting the squares)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._text import Catalog
from . import Verdict, checker, correct, not_yet, wrong

MSG = Catalog(
    "exercises_nb06",
    {
        "missing": {
            "en": "there is no variable {name!r} yet; run your code in the cell above.",
            "nl": "er is nog geen variabele {name!r}; voer uw code uit in de cel erboven.",
        },
        "not_plan": {
            "en": "{name!r} should be the result of ca.plan_pilot; it is {typ}.",
            "nl": "{name!r} hoort de uitkomst van ca.plan_pilot te zijn; het is {typ}.",
        },
        "not_did": {
            "en": "{name!r} should be the result of ca.difference_in_differences; it is {typ}.",
            "nl": "{name!r} hoort de uitkomst van ca.difference_in_differences te zijn; het is {typ}.",
        },
        "plan_no_outcome": {
            "en": "the plan has no outcome: without the history of incidents it cannot say what "
            "the pilot will be able to detect.",
            "nl": "het plan heeft geen uitkomst: zonder de voorgeschiedenis van de incidenten kan "
            "het niet zeggen wat de pilot zal kunnen opmerken.",
        },
        "plan_size": {
            "en": "the plan has {n} pilot squares; the task asks what a pilot with 20 can detect.",
            "nl": "het plan heeft {n} pilotpleintjes; de opgave vraagt wat een pilot met 20 kan "
            "opmerken.",
        },
        "plan_rows_as_units": {
            "en": "every row was counted as a separate square, but the history has twelve rows per "
            "square. Tell the plan which column identifies a square, so that repeated "
            "measurements of one square count as such.",
            "nl": "elke rij is als een apart pleintje geteld, maar de voorgeschiedenis heeft twaalf "
            "rijen per pleintje. Vertel het plan welke kolom een pleintje aanduidt, zodat herhaalde "
            "metingen van één pleintje ook zo meetellen.",
        },
        "plan_ok": {
            "en": "with 20 pilot squares the pilot can detect a difference of about {mde:.1f} "
            "incidents per square per month, against about 1.4 with 40: a smaller pilot can only "
            "find a larger effect.",
            "nl": "met 20 pilotpleintjes kan de pilot een verschil van ongeveer {mde:.1f} incident "
            "per pleintje per maand opmerken, tegen ongeveer 1,4 met 40: een kleinere pilot kan "
            "alleen een groter effect vinden.",
        },
        "did_chosen": {
            "en": "this uses the version with the squares chosen by hand, whose groups were not "
            "moving in parallel before the start; the question is about the pilot drawn at random.",
            "nl": "dit gebruikt de versie met de met de hand gekozen pleintjes, waarvan de groepen "
            "vóór de start niet parallel liepen; de vraag gaat over de willekeurig getrokken pilot.",
        },
        "did_all_districts": {
            "en": "the comparison uses {n} squares; Centrum has 20. Select the district's rows "
            "first.",
            "nl": "de vergelijking gebruikt {n} pleintjes; Centrum heeft er 20. Selecteer eerst de "
            "rijen van de wijk.",
        },
        "did_not_panel": {
            "en": "the squares were treated as different squares every month (repeated "
            "cross-sections). Name the column that identifies a square, so each square is compared "
            "with itself.",
            "nl": "de pleintjes zijn elke maand als andere pleintjes behandeld (herhaalde "
            "doorsneden). Noem de kolom die een pleintje aanduidt, zodat elk pleintje met zichzelf "
            "vergeleken wordt.",
        },
        "did_start": {
            "en": "the lighting was switched on in month 13, not {start}.",
            "nl": "de verlichting ging aan in maand 13, niet in {start}.",
        },
        "did_ok": {
            "en": "in Centrum the rate ratio is {value}: the interval is much wider than for all 80 "
            "squares, because 20 squares carry less information. A district-level answer needs "
            "that caveat.",
            "nl": "in Centrum is de frequentieverhouding {value}: het interval is veel breder dan "
            "voor alle 80 pleintjes, omdat 20 pleintjes minder informatie bevatten. Een antwoord "
            "per wijk heeft die kanttekening nodig.",
        },
    },
)


def _typename(value: Any) -> str:
    return type(value).__name__


@checker("06.1")
def _small_pilot(ns: Mapping[str, Any]) -> Verdict:
    from ..designs import PilotResult

    plan = ns.get("small_plan")
    if plan is None:
        return not_yet(MSG("missing", name="small_plan"))
    if not isinstance(plan, PilotResult):
        return wrong(MSG("not_plan", name="small_plan", typ=_typename(plan)))
    if plan.outcome is None:
        return wrong(MSG("plan_no_outcome"))
    if plan.periods <= 1:
        return wrong(MSG("plan_rows_as_units"))
    if plan.n_treated != 20:
        return wrong(MSG("plan_size", n=plan.n_treated))
    return correct(MSG("plan_ok", mde=plan.mde))


@checker("06.2")
def _centrum(ns: Mapping[str, Any]) -> Verdict:
    from ..designs import DiDResult

    res = ns.get("centrum")
    if res is None:
        return not_yet(MSG("missing", name="centrum"))
    if not isinstance(res, DiDResult):
        return wrong(MSG("not_did", name="centrum", typ=_typename(res)))
    if res.outcome == "incidents_chosen" or res.treated == "lit_chosen":
        return wrong(MSG("did_chosen"))
    if not res.panel:
        return wrong(MSG("did_not_panel"))
    if res.n_treated + res.n_comparison != 20:
        return wrong(MSG("did_all_districts", n=res.n_treated + res.n_comparison))
    if str(res.start) != "13":
        return wrong(MSG("did_start", start=res.start))
    return correct(MSG("did_ok", value=res.estimate.interval_text()))
