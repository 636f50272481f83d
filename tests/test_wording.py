"""Tests of civicanalysis.wording: the causal-wording scanner and the sentence splitter."""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest

import civicanalysis as ca
from civicanalysis.wording import split_sentences

REFERENCE = Path(__file__).resolve().parent / "reference"


def _reference_module(name: str):
    sys.path.insert(0, str(REFERENCE))
    try:
        return __import__(name)
    finally:
        sys.path.pop(0)


# -- what is found -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Fish shops cause vandalism.", "cause"),
        ("Fish shops lead to vandalism.", "lead to"),
        ("The rise is due to the app.", "due to"),
        ("Truancy results in dropping out.", "results in"),
        ("Vandalism is high because of the cafés.", "because of"),
        ("Viswinkels veroorzaken vandalisme.", "veroorzaken"),
        ("Schoolverzuim leidt tot uitval.", "leidt tot"),
        ("Hangjongeren zorgen voor overlast.", "zorgen voor"),
        ("De stijging komt door de app.", "komt door"),
        ("Meer vandalisme als gevolg van de cafés.", "als gevolg van"),
        ("Er kwam personeel bij, daardoor daalde de wachttijd.", "daardoor"),
        # words between verb and particle, separable verbs
        ("Hangjeugd met een viswinkel leidt relatief tot meer vandalisme.", "leidt relatief tot"),
        ("De sluiting heeft er toe geleid dat de overlast toenam.", "toe geleid"),
        ("De aanpak zorgde er in korte tijd al voor dat minder leerlingen verzuimden.", None),
        ("Goedkope buskaarten dragen flink bij aan een hogere opkomst.", "dragen flink bij"),
        ("Fish shops lead, relatively speaking, to the most vandalism.", None),
        # Dutch causal connectives and causal "door"
        ("Vanwege de werkzaamheden kwamen er minder bezoekers.", "Vanwege"),
        ("Doordat de bus niet meer rijdt, komen leerlingen te laat.", "Doordat"),
        ("Door de viswinkels is er meer vandalisme.", "Door"),
        ("De overlast is afgenomen door de inzet van jongerenwerkers.", "door"),
        # causal verbs with a subject and an object, effects stated to exist
        ("Speed increases the chance of being injured.", "increases"),
        ("Patrols reduced vandalism by 20%.", "reduced"),
        ("Een sterke economie bevordert de mentale gezondheid.", "bevordert"),
        ("Het jongerenwerk heeft invloed op het veiligheidsgevoel.", None),
        ("The curfew had a clear effect on nuisance.", None),
        ("Schulden zijn een van de oorzaken van schooluitval.", None),
        ("As a result, truancy fell.", "As a result"),
        ("Als gevolg hiervan daalde het verzuim.", "Als gevolg hiervan"),
        ("Er kwamen handhavers, met als gevolg dat de overlast daalde.", "met als gevolg"),
    ],
)
def test_finds_causal_wording(text, phrase):
    claims = ca.find_causal_claims(text)
    assert len(claims) == 1, claims
    claim = claims[0]
    if phrase:
        assert phrase in claim.phrase
    assert text[claim.start : claim.end] == claim.phrase
    assert claim.line == 1 and claim.language in ("en", "nl")
    kinds = ("connective", "preposition", "conjunction", "adverb", "clause", "verb", "effect")
    kinds += ("noun",)
    assert claim.kind in kinds
    assert claim.suggestion == claim.rewording or f"'{claim.suggestion}'" in claim.advice


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Fish shops do not cause vandalism.",
        "Fish shops might lead to vandalism.",
        "Do fish shops cause vandalism?",
        "Fish shops are associated with more vandalism.",
        "Viswinkels leiden niet tot vandalisme.",
        "Mogelijk veroorzaken de cafés een deel van de incidenten.",
        # passive and means "door", intransitive description
        "Het rapport is geschreven door het datateam.",
        "Een snelle definitie is dat kennis ontstaat door data te verzamelen.",
        "The number of reports increased in 2023.",
        "Het aantal meldingen verminderde in alle wijken.",
        # aims, methods, beliefs, indirect questions, definitions, temporal order
        "The aim of this study was to measure the impact of the curfew.",
        "We estimate the causal effect of debt counselling on employment.",
        "De data-analyses moeten leiden tot betere interventies.",
        "There is a growing belief that poor housing leads to worse health.",
        "In theory, a third variable can cause both the exposure and the outcome.",
        "Om beter te begrijpen waardoor verschillen ontstaan, keken we naar drie factoren.",
        "A confounder is a variable that affects both the exposure and the outcome.",
        "After the cameras were installed, reports of pickpocketing fell.",
        "Volgens de politie zijn de dealers verantwoordelijk voor de overlast.",
        "The path behind the town hall leads to the park.",
        "Door de bank genomen zijn de cijfers hoger.",
        "The package raised a warning about small cells.",
        "Check common causes before anyone acts on it.",
        "The intervals are narrow because every weekday has hundreds of hours behind it.",
    ],
)
def test_negated_hedged_asked_planned_and_other_uses_are_not_claims(text):
    assert ca.find_causal_claims(text) == []


def test_a_claim_next_to_a_qualified_clause_is_still_found():
    claims = ca.find_causal_claims("The fall is no coincidence: it was caused by the mentors.")
    assert [c.phrase for c in claims] == ["was caused by"]
    claims = ca.find_causal_claims("Not only did the rules reduce noise, they also cut litter.")
    assert [c.phrase for c in claims] == ["reduce", "cut"]


def test_positions_and_lines_in_a_longer_text():
    text = "First line.\nSecond: parks are fine.\nCafés lead to noise. Squares cause it too."
    claims = ca.find_causal_claims(text)
    assert [(c.phrase, c.line) for c in claims] == [("lead to", 3), ("cause", 3)]
    for c in claims:
        assert text[c.start : c.end] == c.phrase
    assert claims[0].sentence == "Cafés lead to noise."
    assert claims[0].suggestion == "Cafés go together with noise."


def test_importable_from_claims_and_top_level():
    from civicanalysis.claims import CausalClaim, find_causal_claims

    assert find_causal_claims is ca.find_causal_claims
    assert isinstance(find_causal_claims("Parks lead to calm.")[0], CausalClaim)


# -- suggestions -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "rewording"),
    [
        ("Fish shops lead to vandalism.", "Fish shops go together with vandalism."),
        (
            "Truancy leads to early school leaving.",
            "Truancy goes together with early school leaving.",
        ),
        ("Fish shops cause vandalism.", "Fish shops are associated with vandalism."),
        ("Viswinkels leiden tot vandalisme.", "Viswinkels gaan samen met vandalisme."),
        ("Schoolverzuim veroorzaakt uitval.", "Schoolverzuim hangt samen met uitval."),
        (
            "Conclusie: hangjongeren zorgen voor overlast.",
            "Conclusie: hangjongeren gaan samen met overlast.",
        ),
    ],
)
def test_rewording_only_for_a_plain_present_verb_between_noun_phrases(text, rewording):
    claim = ca.find_causal_claims(text)[0]
    assert claim.rewording == rewording
    assert claim.suggestion == rewording


@pytest.mark.parametrize(
    "text",
    [
        "This initiative has ultimately resulted in far fewer evictions.",
        "Dit initiatief heeft uiteindelijk geleid tot veel minder huisuitzettingen.",
        "Fish shops led to vandalism.",
        "Both are caused by hot weather.",
        "Er kwamen meer handhavers bij, waardoor de overlast afnam.",
        "Fish shops lead to vandalism, so patrols should start there.",
        "Because of the fish shops, the neighbourhoods need more police.",
    ],
)
def test_otherwise_advice_that_quotes_the_phrase(text):
    claim = ca.find_causal_claims(text)[0]
    assert claim.rewording is None
    assert f"'{claim.suggestion}'" in claim.advice
    head = claim.phrase.split()[0]
    assert f"'{head}" in claim.advice
    assert "went together" not in claim.advice and "tegelijk" not in claim.phrase


def test_advice_renders_in_the_shown_language_with_alternatives_in_the_sentences_language():
    claim = ca.find_causal_claims("Door de viswinkels is er meer vandalisme.")[0]
    assert claim.advice.startswith("Instead of 'Door'")
    assert "'bij'" in claim.advice
    dutch = claim.advice.render("nl")
    assert dutch.startswith("Schrijf in plaats van 'Door' bijvoorbeeld 'bij'")
    with ca.option_context(language="nl"):
        claim = ca.find_causal_claims("Patrols reduced vandalism by 20%.")[0]
    assert claim.advice.startswith("Beschrijf in plaats van 'reduced' wat samengaat")
    assert "'goes together with less (or more) ...'" in claim.advice


# -- warnings and bad input ----------------------------------------------------------------------
def test_warn_raises_causal_language_warning():
    with pytest.warns(ca.CausalLanguageWarning, match="states a cause.*lead to.*Write, for"):
        ca.find_causal_claims("Fish shops lead to vandalism.", warn=True)
    with ca.option_context(language="nl"):
        with pytest.warns(ca.CausalLanguageWarning, match="noemt een oorzaak.*Schrijf in plaats"):
            ca.find_causal_claims("Viswinkels leiden relatief vaak tot vandalisme.", warn=True)
    assert issubclass(ca.CausalLanguageWarning, UserWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert ca.find_causal_claims("No claim here.", warn=True) == []


def test_text_must_be_a_string():
    with pytest.raises(ca.InvalidOptionError, match="text must be a string.*got list"):
        ca.find_causal_claims(["a", "b"])
    with pytest.raises(ca.InvalidOptionError, match="text must be a string.*got NoneType"):
        split_sentences(None)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="text moet een tekst.*het is int"):
            ca.find_causal_claims(3)
        with pytest.raises(ca.InvalidOptionError, match="text moet een tekst"):
            split_sentences(b"bytes")


# -- the sentence splitter ---------------------------------------------------------------------
def test_split_sentences_offsets_and_blocks():
    text = (
        "Fish shops lead to vandalism! Parks, e.g. the big one, do not.\n"
        "Still the same sentence.\n\n"
        "- a list item\n- another\n| a | table |\n|---|---|\n# Heading\n  Indented?  Yes."
    )
    parts = split_sentences(text)
    for offset, sentence in parts:
        assert text[offset : offset + len(sentence)] == sentence
        assert sentence == sentence.strip()
    assert [s for _, s in parts] == [
        "Fish shops lead to vandalism!",
        "Parks, e.g. the big one, do not.",
        "Still the same sentence.",
        "- a list item",
        "- another",
        "| a | table |",
        "|---|---|",
        "# Heading\n  Indented?",
        "Yes.",
    ]
    assert split_sentences("") == [] and split_sentences("  \n\n ") == []


# -- linear time on adversarial input ------------------------------------------------------------
def _seconds(text: str) -> float:
    t0 = time.perf_counter()
    ca.find_causal_claims(text)
    split_sentences(text)
    return time.perf_counter() - t0


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(("fish shops and squares " * 45_000)[:1_000_000], id="1MB-no-sentence-break"),
        pytest.param("leads to " * 10_000, id="leads-to-x10k"),
        pytest.param("leidt niet tot , " * 10_000, id="leidt-niet-tot-x10k"),
        pytest.param(
            "| wijk | meldingen | oorzaak |\n|---|---|---|\n"
            + "".join(
                f"| wijk {i} | {i * 7} | door de viswinkels leidt tot |\n" for i in range(400)
            ),
            id="400-row-markdown-table",
        ),
        pytest.param("a" * 1_000_000, id="1MB-one-word"),
        pytest.param(". " * 500_000, id="1MB-of-full-stops"),
        pytest.param("\n \n" * 300_000, id="blank-lines"),
    ],
)
def test_linear_time_on_adversarial_input(text):
    assert _seconds(text) < 10


def test_many_claims_keep_their_lines():
    text = "Cafés lead to noise.\n" * 2_000
    claims = ca.find_causal_claims(text)
    assert len(claims) == 2_000 and claims[-1].line == 2_000


# -- the evaluation set --------------------------------------------------------------------------
def test_evaluation_set_is_frozen_and_balanced():
    make = _reference_module("wording_eval_make")
    frozen = (REFERENCE / "wording_eval.csv").read_text(encoding="utf-8")
    assert frozen == make.to_csv(make.rows()), "the CSV no longer matches its sources"
    data = pd.read_csv(REFERENCE / "wording_eval.csv")
    assert len(data) >= 500 and set(data["lang"]) == {"en", "nl"}
    assert abs((data["lang"] == "en").mean() - 0.5) < 0.02
    assert set(data["split"]) == {"tune", "test"}
    assert 0.35 < (data["split"] == "test").mean() < 0.45
    assert data["id"].is_unique and set(data["label"]) == {0, 1}


def test_hand_checked_suggestions_are_current_and_mostly_good():
    sample = _reference_module("wording_suggestions_sample")
    stored = pd.read_csv(REFERENCE / "wording_suggestions_checked.csv")
    assert len(stored) >= 60 and set(stored["lang"]) == {"en", "nl"}
    now = sample.sample()
    assert list(now["suggestion"]) == list(stored["suggestion"]), "re-draw and re-judge the sample"
    assert stored[["grammatical", "faithful"]].notna().all().all()
    assert ((stored["grammatical"] == 1) & (stored["faithful"] == 1)).mean() >= 0.9


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("The rise in reports is largely due to the new app.", "'is largely due to'"),
        ("The rise was caused by the new app.", "'was caused by'"),
        ("De daling werd veroorzaakt door de nieuwe verlichting.", "'werd veroorzaakt door'"),
        ("De hittegolf lag ten grondslag aan de stijging.", "'lag ten grondslag aan'"),
        ("De handhaving had tot gevolg dat dealers verhuisden.", "'had tot gevolg'"),
    ],
)
def test_advice_quotes_what_a_writer_would_replace(text, quoted):
    claim = ca.find_causal_claims(text)[0]
    assert quoted in claim.advice


def test_figures_are_current_and_meet_the_targets_on_the_held_out_part():
    """The stored figures are what the script computes now (run it with --write after a change).

    The headline is fresh7: written by an engineer who did not see the scanner, committed after
    the scanner was frozen, scored once and never tuned on, so its current figures must equal its
    first run. The earlier held-out sets were each scored once and then tuned on; their first
    runs stay on record (see wording_labelling_rules.md).
    """
    import json

    script = _reference_module("wording_precision_recall")
    now = json.loads(json.dumps(script.evaluate()))
    stored = json.loads((REFERENCE / "wording_figures.json").read_text(encoding="utf-8"))
    assert now == stored, "run python tests/reference/wording_precision_recall.py --write"
    first = json.loads((REFERENCE / "wording_figures_first_run.json").read_text(encoding="utf-8"))
    for key in ("all", "en", "nl"):
        assert first["fresh7_first_run"][key] == now["fresh7"][key], "fresh7 is never tuned on"
    for lang in ("en", "nl"):
        assert now["fresh7"][lang]["precision"] >= 0.9 and now["fresh7"][lang]["recall"] >= 0.8
        for part in ("test", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "dev4"):
            assert now[part][lang]["precision"] >= 0.9 and now[part][lang]["recall"] >= 0.8
    # The first runs of the earlier held-out sets are kept as they came out.
    assert first["fresh4_first_run"]["en"]["recall"] == 0.7538
    assert first["fresh5_first_run"]["nl"]["recall"] == 0.6049
    assert first["fresh6_first_run"]["en"]["recall"] == 0.7167


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Cheaper childcare has enabled more single parents to work.", "enabled"),
        ("The subsidy has sped up the switch away from gas.", "sped up"),
        ("The rent freeze kept households in private flats out of arrears.", "out"),
        ("The sports voucher gets children from poor families to join clubs.", "gets"),
        ("The shortage of home carers means that residents wait longer.", "means that"),
        ("The closure of the pool has left many schools without swimming lessons.", "left"),
        ("The scheme lifted 300 families out of poverty.", "lifted"),
        ("Lower speed limits save lives.", "save"),
        ("Rising rents drive demand for social housing.", "drive"),
        ("The rise in reports can be attributed to the new app.", "attributed to"),
        ("The coaches made a real difference to attendance.", "difference to"),
        ("The barrier stopped cars from entering the square.", "stopped"),
        ("De subsidie heeft de overstap van gas versneld.", "versneld"),
        ("De boetes remmen het foutparkeren af.", "remmen"),
        ("Het buurtteam heeft de overlast tegengegaan.", "tegengegaan"),
        ("De campagne heeft jongeren aangezet tot stoppen met roken.", "aangezet"),
        ("De nieuwe regels hebben veel onrust teweeggebracht.", "teweeggebracht"),
        ("De stijging is terug te voeren op de nieuwe app.", "terug te voeren op"),
        ("De vertraging heeft veel huurders in de schulden gebracht.", "gebracht"),
        ("De hogere tarieven hebben forenzen de bus in gedreven.", "in gedreven"),
        ("De nieuwe rotonde heeft het kruispunt gevaarlijker gemaakt.", "gemaakt"),
        ("De drempels houden hardrijders tegen.", "tegen"),
        ("Lagere snelheden redden levens.", "redden"),
        # a prediction stated as fact, not a plan by an actor
        ("Meer personeel op maandag zal de wachttijd verkorten.", "verkorten"),
        ("More staff on Mondays will shorten waiting times.", "shorten"),
    ],
)
def test_broader_causal_verbs_with_a_subject(text, phrase):
    claims = ca.find_causal_claims(text)
    assert len(claims) == 1, claims
    assert phrase in claims[0].phrase
    assert text[claims[0].start : claims[0].end] == claims[0].phrase


@pytest.mark.parametrize(
    "text",
    [
        "Cuts to youth services are fuelling knife crime, the report concludes.",
        "The council installed cameras, and the number of reports doubled.",
        "This means that the interval is wider.",
        "We saved the file to disk.",
        "She drives the bus to work.",
        "We left the outliers in the data.",
        "Early school leaving is leaving school without a basic qualification.",
        "She brought about twenty residents to the meeting.",
        "Here a third variable drives both the exposure and the outcome.",
        "Such analyses can be traced back to a limited number of persons.",
        "With so few reports, one or two slow cases move the average a lot.",
        "We houden rekening met de cijfers tegen het licht.",
        "Door de constructie heeft het kanaal helemaal geen effect.",
        "Door bij elke bron op dezelfde manier te versleutelen, kunnen koppelingen worden gemaakt.",
        "De gemeente zal de subsidie verhogen.",
        "Next year the municipality will increase the budget for debt counselling.",
        "Dit zal de grafiek duidelijker maken.",
    ],
)
def test_broader_verbs_keep_their_limits(text):
    assert ca.find_causal_claims(text) == []


# -- multi-word constructions (``_wording_phrasal``) and the wider verb lists --------------------
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The congestion charge has driven shoppers away from the centre.", "driven"),
        ("The festival noise kept residents awake until 3 am.", "kept"),
        ("Cheaper bus passes have freed up money for other essentials.", "freed up"),
        ("Short-stay rentals priced young families out of the old town.", "priced"),
        ("The reorganisation has brought waiting times down considerably.", "brought"),
        ("The parking fees have put many visitors off coming to the old town.", "put"),
        ("Air pollution costs the city hundreds of lives a year.", "costs"),
        ("The switch to online forms explains most of the drop in counter visits.", "explains"),
        (
            "Loneliness among older residents is fuelled by the closure of community centres.",
            "fuelled",
        ),
        ("The tree planting has cooled the hottest streets by several degrees.", "cooled"),
        ("The mediation service has helped sort out most neighbour disputes.", "helped sort"),
        ("The tenant support scheme has kept dozens of families in their homes.", "kept"),
        (
            "Thanks in no small part to the volunteers, fewer residents missed appointments.",
            "Thanks",
        ),
        ("The heatwave took a heavy toll on older residents.", "took"),
        ("The coaches played a key role in the drop in truancy.", "played"),
        ("The letters did not reduce truancy, but the home visits reduced it.", "reduced"),
        ("De hoge parkeertarieven schrikken bezoekers af.", "schrikken"),
        ("De vakantieverhuur drijft de huren in de binnenstad op.", "drijft"),
        ("De sluiting van het buurthuis werkt eenzaamheid in de hand.", "werkt"),
        ("De festivals trekken jaarlijks duizenden bezoekers aan.", "trekken"),
        ("De eenzaamheid onder ouderen is aangewakkerd door de maatregelen.", "aangewakkerd door"),
        ("Het buurtteam heeft veertig mensen aan werk geholpen.", "geholpen"),
        ("De leegstand komt vooral voort uit de opkomst van webwinkels.", "komt"),
        ("De mentale gezondheid van jongeren lijdt onder de prestatiedruk.", "lijdt onder"),
        ("Strengere handhaving weerhoudt winkeliers ervan alcohol te verkopen.", "weerhoudt"),
        ("Het bomenplan heeft de heetste straten enkele graden verkoeld.", "verkoeld"),
        ("De brieven hielpen niet tegen het verzuim, de huisbezoeken wel.", "hielpen"),
        ("De proef verlaagde de huren niet, maar verlaagde wel de energierekening.", "verlaagde"),
    ],
)
def test_multi_word_constructions_and_wider_verbs(text, phrase):
    claims = ca.find_causal_claims(text)
    assert claims, text
    assert any(phrase in c.phrase for c in claims), claims
    for c in claims:
        assert text[c.start : c.end] == c.phrase


@pytest.mark.parametrize(
    "text",
    [
        "Housing benefit claims rose in 2023.",
        "We drew a random sample of 400 households.",
        "The table explains the difference between the mean and the median.",
        "The council put off the decision until May.",
        "Prices cooled in the second half of the year.",
        "The number of visitors doubled last year.",
        "We kept the outliers in the data.",
        "The analysts played a role in the project.",
        "Selection bias arises when people select themselves into the programme.",
        "Adjusting for age lowers the hazard ratio to 1.1.",
        "The association shrinks once the district is held fixed.",
        "Publish only suppressed tables.",
        "Het team heeft de fout in de code opgelost.",
        "De markt wordt verplaatst door de gemeente.",
        "De analyse kostte twee weken.",
        "De tabel verklaart het verschil tussen gemiddelde en mediaan.",
        "Zo stimuleer je medewerkers om na te denken.",
        "De mix van meldingen verklaart het verschil niet.",
        "Subtiel beïnvloeden door nudging.",
    ],
)
def test_wider_lists_keep_their_limits(text):
    assert ca.find_causal_claims(text) == [], ca.find_causal_claims(text)
