"""Checks of exercises 03 (from information to knowledge)."""

from __future__ import annotations

from .._text import Catalog
from . import checker, correct, not_yet, wrong
from ._common import find

MSG = Catalog(
    "exercises_03",
    {
        "claims": {
            "en": "the list that ca.find_causal_claims gives",
            "nl": "de lijst die ca.find_causal_claims geeft",
        },
        "goal_1": {
            "en": "Store the causal phrases found in the memo in it.",
            "nl": "Sla daarin de oorzakelijke formuleringen op die in de memo zijn gevonden.",
        },
        "not_list_1": {
            "en": "`found` is a {got}, not a list of found phrases.",
            "nl": "`found` is een {got}, geen lijst met gevonden formuleringen.",
        },
        "part_1": {
            "en": "`found` covers {k} of the memo's sentences with causal wording, and there are more: the scanner only reports what it is given, so give it the whole memo.",
            "nl": "`found` dekt {k} van de zinnen met oorzakelijke formulering in de memo, en er zijn er meer: de scanner meldt alleen wat hij krijgt, dus geef hem de hele memo.",
        },
        "ok_1": {
            "en": "{k} sentences with causal wording found. Which sentence is not reported, and why not?",
            "nl": "{k} zinnen met oorzakelijke formulering gevonden. Welke zin wordt niet gemeld, en waarom niet?",
        },
        "hypothesis": {"en": "a ca.Hypothesis", "nl": "een ca.Hypothesis"},
        "goal_2": {
            "en": "Store the hypothesis about cafés in it and test it.",
            "nl": "Sla daarin de hypothese over cafés op en toets haar.",
        },
        "untested_2": {
            "en": "`cafes` has not been tested yet: a stated hypothesis is not yet knowledge.",
            "nl": "`cafes` is nog niet getoetst: een opgeschreven hypothese is nog geen kennis.",
        },
        "columns_2": {
            "en": "`cafes` is about {exposure!r} and {outcome!r}; the claim is about cafés (`cafe`) and vandalism.",
            "nl": "`cafes` gaat over {exposure!r} en {outcome!r}; de bewering gaat over cafés (`cafe`) en vandalisme.",
        },
        "direction_2": {
            "en": "`cafes` states the direction {got!r}, but the claim is that cafés go together with *more* vandalism: a hypothesis must say what the claim says, or the test answers another question.",
            "nl": "`cafes` noemt de richting {got!r}, maar de bewering is dat cafés samengaan met *meer* vandalisme: een hypothese moet zeggen wat de bewering zegt, anders beantwoordt de toets een andere vraag.",
        },
        "square_2": {
            "en": "the test of `cafes` did not hold the square fixed, the variable that explained the fish shop; a hypothesis that survives only the checks it was given proves little.",
            "nl": "de toets van `cafes` hield het pleintje niet gelijk, de variabele die de viswinkel verklaarde; een hypothese die alleen de gekozen controles overleeft, bewijst weinig.",
        },
        "ok_2": {
            "en": "the hypothesis was tested with {held} held fixed. Read its status and explanation: what would still be needed for a causal conclusion?",
            "nl": "de hypothese is getoetst met {held} gelijk gehouden. Lees de status en de uitleg: wat is er nog nodig voor een oorzakelijke conclusie?",
        },
        "evalue": {"en": "the result of ca.e_value", "nl": "de uitkomst van ca.e_value"},
        "goal_3": {
            "en": "Store the E-value of the adjusted café estimate in it.",
            "nl": "Sla daarin de E-waarde van de gecorrigeerde schatting voor cafés op.",
        },
        "crude_3": {
            "en": "`sensitivity` is the E-value of the crude estimate, before anything was held fixed. The question is how strong a hidden factor must be to explain away what is left *after* the square and the others are held fixed.",
            "nl": "`sensitivity` is de E-waarde van de ruwe schatting, voordat er iets gelijk werd gehouden. De vraag is hoe sterk een verborgen factor moet zijn om weg te verklaren wat er *na* het gelijk houden van het pleintje en de rest overblijft.",
        },
        "other_3": {
            "en": "`sensitivity` is the E-value of {source}, not of the café's association with vandalism.",
            "nl": "`sensitivity` is de E-waarde van {source}, niet van de samenhang tussen café en vandalisme.",
        },
        "ok_3": {
            "en": "the E-value of the adjusted café estimate. What would a hidden factor have to be like to explain the association away?",
            "nl": "de E-waarde van de gecorrigeerde schatting voor cafés. Hoe zou een verborgen factor eruit moeten zien om de samenhang weg te verklaren?",
        },
        "review": {"en": "the result of ca.review", "nl": "de uitkomst van ca.review"},
        "goal_4": {
            "en": "Store the review of the flawed notebook with the two rules in it.",
            "nl": "Sla daarin de beoordeling van het gebrekkige notebook met de twee regels op.",
        },
        "file_4": {
            "en": "`memo_review` reviews {path}, not the flawed notebook.",
            "nl": "`memo_review` beoordeelt {path}, niet het gebrekkige notebook.",
        },
        "rules_4": {
            "en": "`memo_review` also reports the rules {rules}: it ran every rule. For a memo about causal wording and uncertainty, a report that lists everything hides the two points that matter.",
            "nl": "`memo_review` meldt ook de regels {rules}: alle regels zijn gedraaid. Voor een memo over oorzakelijke formulering en onzekerheid verstopt een verslag met alles erin de twee punten waar het om gaat.",
        },
        "ok_4": {
            "en": "{n} findings under the two rules. Which would you raise with the author first?",
            "nl": "{n} bevindingen onder de twee regels. Welke zou u als eerste met de auteur bespreken?",
        },
    },
)

_MEMO_CLAIMS = ("Cafés zorgen voor overlast.", "The damage is due to the youths on the square.")


@checker("03.1")
def _claims(ns):
    found, problem = find(ns, "found", (), MSG("goal_1"), MSG("claims"))
    if problem:
        return not_yet(problem)
    if not isinstance(found, list) or any(type(c).__name__ != "CausalClaim" for c in found):
        return wrong(MSG("not_list_1", got=type(found).__name__))
    covered = {c.sentence.strip() for c in found}
    k = sum(any(s in c or c in s for c in covered) for s in _MEMO_CLAIMS)
    if k < len(_MEMO_CLAIMS):
        return wrong(MSG("part_1", k=k))
    return correct(MSG("ok_1", k=k))


@checker("03.2")
def _hypothesis(ns):
    cafes, problem = find(ns, "cafes", ("Hypothesis",), MSG("goal_2"), MSG("hypothesis"))
    if problem:
        return not_yet(problem)
    if cafes.exposure != "cafe" or cafes.outcome != "vandalism":
        return wrong(MSG("columns_2", exposure=cafes.exposure, outcome=cafes.outcome))
    if cafes.direction != "higher":
        return wrong(MSG("direction_2", got=cafes.direction))
    if cafes.status == "untested":
        return not_yet(MSG("untested_2"))
    held = next(
        (c.details.get("candidates", []) for c in cafes.checks if c.name == "confounders"), []
    )
    if "on_square" not in held:
        return wrong(MSG("square_2"))
    return correct(MSG("ok_2", held=", ".join(held)))


@checker("03.3")
def _evalue(ns):
    result, problem = find(ns, "sensitivity", ("EValueResult",), MSG("goal_3"), MSG("evalue"))
    if problem:
        return not_yet(problem)
    source = str(result.source)
    data = ns.get("data")
    if data is not None and {"cafe", "vandalism"} <= set(data.columns):
        import warnings

        from ..uncertainty import compare

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            crude = compare(data, outcome="vandalism", by="cafe", measure="rate").estimate
        ratio = float(crude.value)
        ratio = ratio if ratio >= 1 else 1 / ratio
        if (
            abs(float(result.risk_ratio.value) - ratio) < 1e-4
            or abs(float(result.risk_ratio.value) - float(crude.value)) < 1e-4
        ):
            return wrong(MSG("crude_3"))
    if "ratio" not in source:
        return wrong(MSG("other_3", source=source))
    return correct(MSG("ok_3"))


@checker("03.4")
def _review(ns):
    result, problem = find(ns, "memo_review", ("ReviewResult",), MSG("goal_4"), MSG("review"))
    if problem:
        return not_yet(problem)
    if "flawed_analysis" not in str(result.path):
        return wrong(MSG("file_4", path=str(result.path)))
    rules = set(result.table["rule"]) if len(result.table) else set()
    extra = sorted(rules - {"causal-claim", "no-uncertainty"})
    if extra:
        return wrong(MSG("rules_4", rules=", ".join(extra)))
    return correct(MSG("ok_4", n=len(result.table)))
