"""Data cards are written for users: formatted in a notebook, in the language setting, no notes for
developers, sources cited as a reader can look them up."""

from __future__ import annotations

import re

import pytest

import civicanalysis as ca

#: The datasets whose cards exist in both languages.
BILINGUAL = [
    "benefits_register",
    "meldingen",
    "passport_desk",
    "school_absence_register",
    "truancy",
    "vandalism",
]
HEADINGS = {
    "en": ("## How it was made", "## What is true in it by construction", "## What it must not"),
    "nl": (
        "## Hoe de data zijn gemaakt",
        "## Wat er per constructie waar is",
        "## Waarvoor de data",
    ),
}


def _cards():
    for name in ca.datasets.names():
        for lang in ("en", "nl"):
            card = ca.datasets.card(name, lang=lang)
            if card.lang == lang:
                yield name, lang, card


def test_card_is_text_that_displays_as_markdown():
    card = ca.datasets.card("vandalism")
    assert isinstance(card, str) and card.lang == "en" and card.name == "vandalism"
    assert card._repr_markdown_() == str(card)
    assert repr(card) == str(card)  # no quotes or \n escapes when shown as plain text


def test_card_follows_the_language_setting():
    assert ca.datasets.card("truancy").lang == "en"
    with ca.option_context(language="nl"):
        card = ca.datasets.card("truancy")
    assert card.lang == "nl" and "## Hoe de data zijn gemaakt" in card
    assert ca.datasets.card("truancy", lang="en").lang == "en"


def test_bad_language_is_a_named_error():
    with pytest.raises(ca.InvalidOptionError, match="lang='de'"):
        ca.datasets.card("truancy", lang="de")
    with ca.option_context(language="nl"), pytest.raises(ca.InvalidOptionError, match="vandalsim"):
        ca.datasets.card("vandalsim")


@pytest.mark.parametrize("name", BILINGUAL)
def test_dutch_card_lists_every_column_and_section(name):
    frame = ca.datasets.load(name)
    card = ca.datasets.card(name, lang="nl")
    assert card.lang == "nl"
    for column in frame.columns:
        assert f"`{column}`" in card, f"{name}: column {column} missing from the Dutch card"
    for heading in HEADINGS["nl"]:
        assert heading in card, (name, heading)


@pytest.mark.parametrize(("name", "lang", "card"), list(_cards()), ids=lambda v: str(v)[:30])
def test_no_notes_for_developers(name, lang, card):
    for note in (
        "make data",
        "make()",
        "civicanalysis.datasets",
        "_make",
        "a test checks",
        "seed ",
    ):
        assert note not in card, f"{name} ({lang}): developer note {note!r}"
    # Sources are cited by author, title and year, never by the name of a file the reader lacks.
    assert not re.search(r"\b00\d_[0-9a-f]+\.txt|seed `?0\d\d", card), name
    for heading in HEADINGS[lang]:
        assert heading in card, (name, lang, heading)


def test_vandalism_card_says_what_the_data_show():
    """Fish-shop locations are not the most vandalised: locations on a square are (4.9 vs 4.6)."""
    df = ca.datasets.load("vandalism")
    square = df.loc[df["on_square"] == 1, "vandalism"].mean()
    fish = df.loc[df["fish_shop"] == 1, "vandalism"].mean()
    assert square > fish
    for lang in ("en", "nl"):
        card = ca.datasets.card("vandalism", lang=lang)
        assert "of all" not in card and "highest average" not in card
        assert f"{square:.1f}".replace(".", "," if lang == "nl" else ".") in card
        assert f"{fish:.1f}".replace(".", "," if lang == "nl" else ".") in card
