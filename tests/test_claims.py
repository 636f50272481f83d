"""Tests of civicanalysis.claims: the causal-wording scanner (E-value and Hypothesis: own files)."""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

import civicanalysis as ca

REFERENCE = Path(__file__).resolve().parent / "reference"
STATUSES_TESTED = ("no-association", "confounded", "survives-checks", "refuted")


# -- find_causal_claims ------------------------------------------------------------------------
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
    ],
)
def test_finds_each_listed_phrase(text, phrase):
    claims = ca.find_causal_claims(text)
    assert [c.phrase for c in claims] == [phrase]
    claim = claims[0]
    assert text[claim.start : claim.end] == phrase
    assert claim.line == 1 and claim.language in ("en", "nl")
    assert phrase not in claim.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "Fish shops do not cause vandalism.",
        "Fish shops might lead to vandalism.",
        "Do fish shops cause vandalism?",
        "Fish shops are associated with more vandalism.",
        "Viswinkels leiden niet tot vandalisme.",
        "Mogelijk veroorzaken de cafés een deel van de incidenten.",
        "",
    ],
)
def test_negations_hedges_questions_and_associations_are_not_claims(text):
    assert ca.find_causal_claims(text) == []


def test_positions_and_lines_in_a_longer_text():
    text = "First line.\nSecond: parks are fine.\nCafés lead to noise. Squares cause it too."
    claims = ca.find_causal_claims(text)
    assert [(c.phrase, c.line) for c in claims] == [("lead to", 3), ("cause", 3)]
    for c in claims:
        assert text[c.start : c.end] == c.phrase
    assert claims[0].sentence == "Cafés lead to noise."
    assert claims[0].suggestion == "Cafés go together with noise."


def test_warn_raises_causal_language_warning():
    with pytest.warns(ca.CausalLanguageWarning, match="states a cause.*lead to"):
        ca.find_causal_claims("Fish shops lead to vandalism.", warn=True)
    with ca.option_context(language="nl"):
        with pytest.warns(ca.CausalLanguageWarning, match="noemt een oorzaak"):
            ca.find_causal_claims("Viswinkels leiden tot vandalisme.", warn=True)
    assert issubclass(ca.CausalLanguageWarning, UserWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert ca.find_causal_claims("No claim here.", warn=True) == []


def test_text_must_be_a_string():
    with pytest.raises(ca.InvalidOptionError, match="text must be a string.*got list"):
        ca.find_causal_claims(["a", "b"])
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="text moet een tekst"):
            ca.find_causal_claims(3)


def test_precision_and_recall_on_the_labelled_set_are_current():
    """The stored figures are what the script computes now, and stay above a floor."""
    sys.path.insert(0, str(REFERENCE))
    try:
        import claims_precision_recall as script
    finally:
        sys.path.pop(0)
    now = script.evaluate()
    stored = json.loads((REFERENCE / "claims_precision_recall.json").read_text(encoding="utf-8"))
    assert now == stored, "run tests/reference/claims_precision_recall.py"
    sentences = pd.read_csv(REFERENCE / "claims_sentences.csv")
    assert set(sentences["language"]) == {"en", "nl"}
    assert {"negation", "hedge", "question"} <= set(sentences["kind"])
    assert now["all"]["precision"] >= 0.9 and now["all"]["recall"] >= 0.75
    for lang in ("en", "nl"):
        assert now[lang]["precision"] >= 0.85 and now[lang]["recall"] >= 0.7
