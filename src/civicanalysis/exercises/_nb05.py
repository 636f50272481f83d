"""Checks of exercises 05 (linking registers safely)."""

from __future__ import annotations

from .._text import Catalog
from . import checker, correct, not_yet, wrong
from ._common import find

MSG = Catalog(
    "exercises_05",
    {
        "bsn": {"en": "the result of ca.check_bsn", "nl": "de uitkomst van ca.check_bsn"},
        "goal_1a": {
            "en": "Store the check of the colleague's numbers in it.",
            "nl": "Sla daarin de controle van de nummers van de collega op.",
        },
        "count_1a": {
            "en": "`bsn_check` judged {n} values, but the list has {m}: a value dropped before the check is never judged.",
            "nl": "`bsn_check` beoordeelde {n} waarden, maar de lijst heeft er {m}: een waarde die vóór de controle wegvalt, wordt nooit beoordeeld.",
        },
        "text_1a": {
            "en": "`bsn_check` found no missing value, but one of the numbers is missing: the values were turned into text before the check (a missing value became the word 'None', a float got '.0'). Give the check the values as they are.",
            "nl": "`bsn_check` vond geen ontbrekende waarde, maar een van de nummers ontbreekt: de waarden zijn vóór de controle in tekst omgezet (een ontbrekende waarde werd het woord 'None', een kommagetal kreeg '.0'). Geef de controle de waarden zoals ze zijn.",
        },
        "ok_1a": {
            "en": "{n} values judged, {valid} valid. Which would int() have accepted?",
            "nl": "{n} waarden beoordeeld, {valid} geldig. Welke zou int() hebben geaccepteerd?",
        },
        "goal_1b": {
            "en": "Store the check of the citizen numbers of the benefits register in it.",
            "nl": "Sla daarin de controle van de burgerservicenummers in het uitkeringenbestand op.",
        },
        "register_1b": {
            "en": "`benefit_check` judged {n} numbers, but the benefits register has {m}: it checked another column or register.",
            "nl": "`benefit_check` beoordeelde {n} nummers, maar het uitkeringenbestand heeft er {m}: er is een andere kolom of ander register gecontroleerd.",
        },
        "ok_1b": {
            "en": "{invalid} of {n} numbers are not valid. Read the explanation: for which reason?",
            "nl": "{invalid} van de {n} nummers zijn niet geldig. Lees de uitleg: om welke reden?",
        },
        "series": {"en": "the pseudonyms (a Series)", "nl": "de pseudoniemen (een Series)"},
        "goal_2a": {
            "en": "Store the pseudonyms of the three numbers in it.",
            "nl": "Sla daarin de pseudoniemen van de drie nummers op.",
        },
        "three_2a": {
            "en": "`pseudonyms` has {n} values; the task has three numbers.",
            "nl": "`pseudonyms` heeft {n} waarden; de opdracht heeft drie nummers.",
        },
        "zero_2a": {
            "en": "the first two numbers got different pseudonyms, but they are the same citizen number (the second lost its leading zero). The numbers were changed before pseudonymising; let the package read them.",
            "nl": "de eerste twee nummers kregen verschillende pseudoniemen, maar het is hetzelfde burgerservicenummer (het tweede verloor zijn voorloopnul). De nummers zijn vóór het pseudonimiseren veranderd; laat het pakket ze lezen.",
        },
        "same_2a": {
            "en": "all three numbers got the same pseudonym: a pseudonym that does not tell people apart cannot link anything.",
            "nl": "alle drie de nummers kregen hetzelfde pseudoniem: een pseudoniem dat mensen niet onderscheidt, kan niets koppelen.",
        },
        "ok_2a": {
            "en": "two equal pseudonyms and one different. Why are the first two equal?",
            "nl": "twee gelijke pseudoniemen en één ander. Waarom zijn de eerste twee gelijk?",
        },
        "frame": {"en": "a DataFrame", "nl": "een DataFrame"},
        "goal_2b": {
            "en": "Store the register with pseudonyms instead of citizen numbers in it.",
            "nl": "Sla daarin het register op met pseudoniemen in plaats van burgerservicenummers.",
        },
        "no_parent_2b": {
            "en": "`{name}` has no column `parent` with the parent's pseudonym, so the registers cannot be linked on it.",
            "nl": "`{name}` heeft geen kolom `parent` met het pseudoniem van de ouder, dus de registers zijn er niet op te koppelen.",
        },
        "bsn_left_2b": {
            "en": "`{name}` still holds citizen numbers ({columns}). Pseudonyms protect nobody while the numbers travel along: drop them.",
            "nl": "`{name}` bevat nog burgerservicenummers ({columns}). Pseudoniemen beschermen niemand zolang de nummers meereizen: laat ze weg.",
        },
        "keys_2b": {
            "en": "no parent pseudonym appears in both registers: they were pseudonymised with different keys (or different columns). Only the same key gives the same person the same pseudonym.",
            "nl": "geen enkel ouderpseudoniem staat in beide registers: ze zijn met verschillende sleutels (of verschillende kolommen) gepseudonimiseerd. Alleen dezelfde sleutel geeft dezelfde persoon hetzelfde pseudoniem.",
        },
        "ok_2b": {
            "en": "both registers carry parent pseudonyms and no citizen numbers; {k} parents appear in both.",
            "nl": "beide registers hebben ouderpseudoniemen en geen burgerservicenummers; {k} ouders staan in beide.",
        },
        "link": {"en": "the result of ca.link", "nl": "de uitkomst van ca.link"},
        "goal_3": {
            "en": "Store the link of the truancy reports to the benefits register in it.",
            "nl": "Sla daarin de koppeling van de verzuimmeldingen aan het uitkeringenbestand op.",
        },
        "inner_3": {
            "en": "`linked` keeps {n} of the {m} truancy reports: a link that keeps only what was found cannot show what was lost, and the table would speak only for the linked reports.",
            "nl": "`linked` houdt {n} van de {m} verzuimmeldingen over: een koppeling die alleen bewaart wat gevonden is, kan niet laten zien wat er verloren ging, en de tabel spreekt dan alleen voor de gekoppelde meldingen.",
        },
        "ok_3": {
            "en": "every truancy report kept. What share of the parents was not found, and does that share say who has no benefit?",
            "nl": "alle verzuimmeldingen bewaard. Welk deel van de ouders is niet gevonden, en zegt dat deel wie geen uitkering heeft?",
        },
        "suppression": {
            "en": "the result of ca.suppress_small_cells",
            "nl": "de uitkomst van ca.suppress_small_cells",
        },
        "goal_4": {
            "en": "Store the protected table of pupils per district and school type in it.",
            "nl": "Sla daarin de beveiligde tabel van leerlingen per wijk en schooltype op.",
        },
        "pupils_4": {
            "en": "the cells of `safe` add up to {got}, but there are {want} pupils (per cell) whose parent was found: the cells count something else than pupils, or other records were kept.",
            "nl": "de cellen van `safe` tellen op tot {got}, maar er zijn {want} leerlingen (per cel) van wie de ouder is gevonden: de cellen tellen iets anders dan leerlingen, of er zijn andere records bewaard.",
        },
        "ok_4": {
            "en": "{hidden} cells hidden, {secondary} of them to protect others. Could a reader work the hidden cells out from the totals?",
            "nl": "{hidden} cellen verborgen, waarvan {secondary} om andere te beschermen. Kan een lezer de verborgen cellen uit de totalen terugrekenen?",
        },
        "kanon": {
            "en": "the result of ca.check_k_anonymity",
            "nl": "de uitkomst van ca.check_k_anonymity",
        },
        "goal_5": {
            "en": "Store the check of the coarser records (one per pupil) in it.",
            "nl": "Sla daarin de controle van de grovere records (één per leerling) op.",
        },
        "records_5": {
            "en": "`coarse` checks {n} records, but there are {want} pupils with a pseudonym: the records are not one per pupil.",
            "nl": "`coarse` controleert {n} records, maar er zijn {want} leerlingen met een pseudoniem: de records zijn niet één per leerling.",
        },
        "small_5": {
            "en": "the smallest group in `coarse` still has {k} pupils: below the rule of fifteen, a pupil in it can be recognised. Make the records coarser.",
            "nl": "de kleinste groep in `coarse` heeft nog {k} leerlingen: onder de regel van vijftien is een leerling erin te herkennen. Maak de records grover.",
        },
        "ok_5": {
            "en": "the smallest group has {k} pupils. Should the records be released at all? Who decides?",
            "nl": "de kleinste groep heeft {k} leerlingen. Moeten de records überhaupt worden vrijgegeven? Wie beslist dat?",
        },
    },
)


@checker("05.1")
def _numbers(ns):
    result, problem = find(ns, "bsn_check", ("BsnCheckResult",), MSG("goal_1a"), MSG("bsn"))
    if problem:
        return not_yet(problem)
    numbers = ns.get("numbers")
    if numbers is not None and result.n != len(numbers):
        return wrong(MSG("count_1a", n=int(result.n), m=len(numbers)))
    if numbers is not None and any(v is None for v in numbers) and result.n_missing == 0:
        return wrong(MSG("text_1a"))
    return correct(MSG("ok_1a", n=int(result.n), valid=int(result.n_valid)))


@checker("05.2")
def _benefits_numbers(ns):
    result, problem = find(ns, "benefit_check", ("BsnCheckResult",), MSG("goal_1b"), MSG("bsn"))
    if problem:
        return not_yet(problem)
    source = ns.get("benefits_source")
    if source is not None and result.n != len(source):
        return wrong(MSG("register_1b", n=int(result.n), m=len(source)))
    return correct(MSG("ok_1b", invalid=int(result.n_invalid), n=int(result.n)))


@checker("05.3")
def _pseudonyms(ns):
    values, problem = find(ns, "pseudonyms", ("Series", "list"), MSG("goal_2a"), MSG("series"))
    if problem:
        return not_yet(problem)
    values = list(values)
    if len(values) != 3:
        return wrong(MSG("three_2a", n=len(values)))
    if values[0] == values[1] == values[2]:
        return wrong(MSG("same_2a"))
    if values[0] != values[1]:
        return wrong(MSG("zero_2a"))
    return correct(MSG("ok_2a"))


_BSN_COLUMNS = ("bsn", "bsn_pupil", "bsn_parent")


@checker("05.4")
def _registers(ns):
    frames = {}
    for name in ("truancy", "benefits"):
        frame, problem = find(ns, name, ("DataFrame",), MSG("goal_2b"), MSG("frame"))
        if problem:
            return not_yet(problem)
        if "parent" not in frame.columns:
            return wrong(MSG("no_parent_2b", name=name))
        left = [c for c in frame.columns if c in _BSN_COLUMNS]
        if left:
            return wrong(MSG("bsn_left_2b", name=name, columns=", ".join(left)))
        frames[name] = frame
    shared = set(frames["truancy"]["parent"].dropna()) & set(frames["benefits"]["parent"].dropna())
    if not shared:
        return wrong(MSG("keys_2b"))
    return correct(MSG("ok_2b", k=len(shared)))


@checker("05.5")
def _link(ns):
    result, problem = find(ns, "linked", ("LinkResult",), MSG("goal_3"), MSG("link"))
    if problem:
        return not_yet(problem)
    truancy = ns.get("truancy")
    if truancy is not None and len(result.data) < len(truancy):
        return wrong(MSG("inner_3", n=len(result.data), m=len(truancy)))
    return correct(MSG("ok_3"))


@checker("05.6")
def _table(ns):
    result, problem = find(ns, "safe", ("SuppressionResult",), MSG("goal_4"), MSG("suppression"))
    if problem:
        return not_yet(problem)
    linked = ns.get("linked")
    if type(linked).__name__ == "LinkResult" and {"pupil", "benefit"} <= set(linked.data.columns):
        found = linked.data.dropna(subset=["pupil", "benefit"])
        by = ["district", "school_type"]
        if set(by) <= set(found.columns):
            want = int(found.groupby(by, observed=True)["pupil"].nunique().sum())
            got = int(result.counts.to_numpy().sum())
            if got != want:
                return wrong(MSG("pupils_4", got=got, want=want))
    return correct(MSG("ok_4", hidden=int(result.n_hidden), secondary=int(result.n_secondary)))


@checker("05.7")
def _coarse(ns):
    result, problem = find(ns, "coarse", ("KAnonymityResult",), MSG("goal_5"), MSG("kanon"))
    if problem:
        return not_yet(problem)
    truancy = ns.get("truancy")
    if truancy is not None and "pupil" in truancy.columns:
        want = int(truancy["pupil"].nunique())
        if result.n_records != want:
            return wrong(MSG("records_5", n=int(result.n_records), want=want))
    if result.k_min < 15:
        return wrong(MSG("small_5", k=int(result.k_min)))
    return correct(MSG("ok_5", k=int(result.k_min)))
