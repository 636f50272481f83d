"""Issue 10, item 8: bad input outside the verdict modules gets a named error or warning.

(Kept in its own file: privacy and prediction are being restructured elsewhere.)
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import civicanalysis as ca


def _both(error, en, nl, func, *args, **kwargs):
    with pytest.raises(error, match=en):
        func(*args, **kwargs)
    with ca.option_context(language="nl"), pytest.raises(error, match=nl):
        func(*args, **kwargs)


def test_read_pseudonym_key_with_a_number():
    _both(
        ca.InvalidOptionError,
        "path=123 must be the path of the key file",
        "path=123 moet het pad van het sleutelbestand zijn",
        ca.read_pseudonym_key,
        123,
    )


def test_link_with_numbers_on_one_side_and_text_on_the_other():
    left = pd.DataFrame({"k": [1, 2, 3], "a": [1, 2, 3]})
    right = pd.DataFrame({"k": ["1", "2", "3"], "b": [1, 2, 3]})
    _both(
        ca.ColumnTypeError,
        "holds numbers and the key 'k' of right holds text",
        "bevat getallen en de sleutel 'k' van right bevat tekst",
        ca.link,
        left,
        right,
        on="k",
    )
    _both(
        ca.InvalidOptionError,
        r"names=\('a',\) must be two short names",
        "moet twee korte namen zijn",
        ca.link,
        left,
        left.rename(columns={"a": "b"}),
        on="k",
        names=("a",),
    )


def test_suppress_small_cells_with_an_impossible_count():
    table = pd.DataFrame({"a": [1e300, 20.0], "b": [30.0, 40.0]}, index=["x", "y"])
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)  # no numpy cast warning leaks
        _both(
            ca.InvalidOptionError,
            "count of 1e\\+300",
            "aantal van 1e\\+300",
            ca.suppress_small_cells,
            table,
        )


def test_one_positive_case_in_the_test_part_warns():
    from sklearn.linear_model import LogisticRegression

    from test_prediction import ANSWERS

    rng = np.random.default_rng(5)
    n = 400
    x = rng.normal(size=n)
    y = (rng.random(n) < 0.3).astype(int)
    y[300:] = 0
    y[350] = 1  # one positive case in the test part
    data = pd.DataFrame({"x": x, "y": y, "t": np.arange(n)})
    for lang, text in (("en", "only 1 case with y=1"), ("nl", "maar 1 casus met y=1")):
        with ca.option_context(language=lang), pytest.warns(ca.ThinDataWarning, match=text):
            ca.evaluate_classifier(
                LogisticRegression(),
                data,
                target="y",
                features=["x"],
                time="t",
                test_from=300,
                ethics=ca.EthicsChecklist(**ANSWERS),
                n_boot=200,
                random_state=1,
            )
