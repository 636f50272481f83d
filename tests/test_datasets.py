from __future__ import annotations

import pandas as pd
import pytest

import civicanalysis as ca
from civicanalysis.datasets import _data_dir, _generator, to_csv_text


def test_names_have_file_and_card():
    names = ca.datasets.names()
    assert "vandalism" in names
    for name in names:
        card = ca.datasets.card(name)
        assert card.startswith("# "), name
        for heading in ("How it was made", "What it must not be used for"):
            assert heading in card, (name, heading)


@pytest.mark.parametrize("name", ca.datasets.names())
def test_committed_file_is_what_the_generator_makes(name):
    gen = _generator(name)
    if gen is None:
        pytest.skip("not a synthetic dataset")
    committed = (_data_dir() / f"{name}.csv").read_text(encoding="utf-8")
    assert to_csv_text(gen.make()) == committed


@pytest.mark.parametrize("name", ca.datasets.names())
def test_card_lists_every_column(name):
    frame = ca.datasets.load(name)
    card = ca.datasets.card(name)
    for column in frame.columns:
        assert f"`{column}`" in card, f"{name}: column {column} missing from the data card"


def test_load_returns_fresh_copy():
    a = ca.datasets.load("vandalism")
    a.loc[0, "vandalism"] = -1
    assert ca.datasets.load("vandalism").loc[0, "vandalism"] != -1
    assert isinstance(a["neighbourhood"].dtype, pd.CategoricalDtype)


def test_unknown_name_suggests():
    with pytest.raises(ca.InvalidOptionError, match="Did you mean 'vandalism'"):
        ca.datasets.load("vandalsim")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="Bedoelde u 'vandalism'"):
            ca.datasets.load("vandalsim")


def test_vandalism_truth_by_construction(vandalism):
    from civicanalysis.datasets import _vandalism

    assert _vandalism.FISH_SHOP == 0.0
    means = {
        col: vandalism.loc[vandalism[col] == 1, "vandalism"].mean()
        for col in ("fish_shop", "cafe", "youth_hangout", "tidy_park")
    }
    assert max(means, key=means.get) == "fish_shop"
    assert vandalism.loc[vandalism.fish_shop == 1, "on_square"].mean() > 0.8
    assert len(vandalism) >= 1000
