from __future__ import annotations

import numpy as np
import pandas as pd

from civicanalysis._coding import dummy_code, order_levels


def test_order_levels_numbers_text_categories_and_reference():
    assert order_levels(pd.Series([10, 2, 2, np.nan])) == [2.0, 10.0]
    assert order_levels(pd.Series(["Noord", "Centrum", "Zuid"])) == ["Centrum", "Noord", "Zuid"]
    assert order_levels(pd.Series(["b", 1, "a", 2])) == [1, 2, "a", "b"]
    cat = pd.Series(pd.Categorical(["laag", "hoog"], ["laag", "midden", "hoog"]))
    assert order_levels(cat) == ["laag", "hoog"]
    assert order_levels(pd.Series(["x", "y", "z"]), reference="z") == ["z", "x", "y"]
    assert order_levels(pd.Series(["x", "y"]), reference="absent") == ["x", "y"]


def test_dummy_code_equals_pandas_get_dummies():
    s = pd.Series(["b", "a", "c", "a", "b"], name="wijk", index=[5, 6, 7, 8, 9])
    ours = dummy_code(s)
    theirs = pd.get_dummies(s, prefix="wijk", prefix_sep="=", drop_first=True).astype(float)
    pd.testing.assert_frame_equal(ours, theirs)
    with_ref = dummy_code(s, reference="c")
    assert with_ref.columns.tolist() == ["wijk=a", "wijk=b"]
    assert dummy_code(s, levels=["c", "b", "a"], prefix="d").columns.tolist() == ["d=b", "d=a"]
