from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import civicanalysis as ca
from civicanalysis._validation import (
    check_column,
    check_dataframe,
    check_distinct,
    check_fraction,
    check_option,
    check_random_state,
)


def test_series_instead_of_frame(small_frame):
    with pytest.raises(ca.NotADataFrameError, match=r"df\['y'\]"):
        check_dataframe(small_frame["y"])
    with ca.option_context(language="nl"):
        with pytest.raises(ca.NotADataFrameError, match="in plaats van"):
            check_dataframe(small_frame["y"])
    with pytest.raises(TypeError, match="got a dict"):
        check_dataframe({"a": [1]})


def test_too_few_rows():
    with pytest.raises(ca.TooFewRowsError, match="has 0 rows; at least 1"):
        check_dataframe(pd.DataFrame({"a": []}))


def test_unknown_column_suggests_nearest(small_frame):
    with pytest.raises(ca.ColumnNotFoundError, match="Did you mean 'count'"):
        check_column(small_frame, "cuont", arg="outcome")
    with pytest.raises(ca.ColumnNotFoundError, match="Did you mean 'group'"):
        check_column(small_frame, "Group", arg="by")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.ColumnNotFoundError, match="is geen kolom"):
            check_column(small_frame, "zzz", arg="outcome")
    with pytest.raises(LookupError):
        check_column(small_frame, "zzz", arg="outcome")


def test_missing_values_never_dropped(small_frame):
    data = small_frame.copy()
    data.loc[[1, 5], "y"] = np.nan
    with pytest.raises(ca.MissingValuesError, match="2 missing value"):
        check_column(data, "y", arg="outcome", kind="numeric")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.MissingValuesError, match="2 ontbrekende"):
            check_column(data, "y", arg="outcome", kind="numeric")


def test_infinite_values(small_frame):
    data = small_frame.copy()
    data.loc[3, "z"] = np.inf
    with pytest.raises(ca.MissingValuesError, match="infinite"):
        check_column(data, "z", arg="outcome", kind="numeric")


def test_text_where_numbers_needed(small_frame):
    with pytest.raises(ca.ColumnTypeError, match="pd.to_numeric"):
        check_column(small_frame, "group", arg="outcome", kind="numeric")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.ColumnTypeError, match="moet getallen bevatten"):
            check_column(small_frame, "group", arg="outcome", kind="numeric")


def test_binary_coded_as_text(small_frame):
    with pytest.raises(ca.ColumnTypeError, match=r"== 'b'\)\.astype\(int\)"):
        check_column(small_frame, "group", arg="outcome", kind="binary")
    with pytest.raises(ca.ColumnTypeError, match="more than two values"):
        check_column(small_frame, "count", arg="outcome", kind="binary")
    out = check_column(small_frame, "x", arg="exposure", kind="binary")
    assert set(out.unique()) == {0.0, 1.0}


def test_constant_column(small_frame):
    with pytest.raises(ca.ConstantColumnError, match="only one value"):
        check_column(small_frame, "text", arg="candidate")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.ConstantColumnError, match="maar één waarde"):
            check_column(small_frame, "text", arg="candidate")


def test_too_many_levels(small_frame):
    with pytest.raises(ca.InvalidOptionError, match="max_levels=200"):
        check_column(small_frame, "z", arg="by", kind="category", max_levels=50)


def test_same_column_twice():
    with pytest.raises(ca.CollinearityError, match="same column as exposure"):
        check_distinct([("exposure", "x"), ("candidates", "x")])


def test_conf_level_as_percentage():
    assert check_fraction(0.9) == 0.9
    with pytest.raises(ca.InvalidOptionError, match="conf_level=0.95"):
        check_fraction(95)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="lijkt een percentage"):
            check_fraction(95)
    with pytest.raises(ca.InvalidOptionError, match="between 0 and 1"):
        check_fraction(1.0)
    with pytest.raises(ca.InvalidOptionError, match="between 0 and 1"):
        check_fraction("0.95")


def test_option_suggests():
    assert check_option("Mean", arg="measure", options=["mean", "median"]) == "mean"
    with pytest.raises(ca.InvalidOptionError, match="Did you mean 'median'"):
        check_option("medain", arg="measure", options=["mean", "median"])


def test_random_state():
    a = check_random_state(None).random()
    b = check_random_state(None).random()
    assert a == b
    assert check_random_state(7).random() == np.random.default_rng(7).random()
    with pytest.raises(ca.InvalidOptionError, match="random_state"):
        check_random_state("seven")


def test_checks_do_not_modify_input(small_frame):
    before = small_frame.copy()
    out = check_column(small_frame, "x", arg="exposure", kind="numeric")
    out.iloc[0] = 99
    pd.testing.assert_frame_equal(small_frame, before)
