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


# --- declarative rules --------------------------------------------------------------------------

from civicanalysis._validation import (  # noqa: E402
    Fraction,
    Number,
    OneOf,
    Optional,
    Whole,
    check_columns,
    check_min_cell_size,
    check_number,
    check_params,
    check_whole,
    renamed_argument,
)


def test_whole_numbers_accept_numpy_and_refuse_bools_and_floats():
    assert check_whole(np.int64(5), arg="n_boot") == 5
    assert type(check_whole(np.int32(5), arg="n_boot")) is int
    with pytest.raises(ca.InvalidOptionError, match=r"n_boot=True must be a whole number"):
        check_whole(True, arg="n_boot")
    with pytest.raises(ca.InvalidOptionError, match=r"n_boot=2.5 must be a whole number"):
        check_whole(2.5, arg="n_boot")
    with pytest.raises(ca.InvalidOptionError, match=r"of at least 100; got an int"):
        check_whole(10, arg="n_boot", low=100)
    with ca.option_context(language="nl"):
        with pytest.raises(
            ca.InvalidOptionError, match=r"moet een geheel getal zijn van minstens 100"
        ):
            check_whole(10, arg="n_boot", low=100)
        with pytest.raises(ca.InvalidOptionError, match=r"van 1 tot en met 5"):
            check_whole(9, arg="k", low=1, high=5)


def test_numbers_in_a_range():
    assert check_number(0.5, arg="threshold", low=0, high=1, closed="neither") == 0.5
    with pytest.raises(ca.InvalidOptionError, match=r"strictly between 0 and 1"):
        check_number(1, arg="threshold", low=0, high=1, closed="neither")
    with pytest.raises(ca.InvalidOptionError, match=r"must be a number"):
        check_number(float("nan"), arg="threshold", low=0, high=1)
    with pytest.raises(ca.InvalidOptionError, match=r"must be a number"):
        check_number("0.5", arg="threshold")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match=r"de grenzen zelf niet"):
            check_number(1, arg="threshold", low=0, high=1, closed="neither")


def test_check_params_states_rules_once():
    rules = {
        "n_boot": Whole(low=100),
        "conf_level": Fraction(),
        "method": OneOf(("auto", "exact")),
        "seed": Optional(Whole()),
        "alpha": Number(low=0),
    }
    values = {"n_boot": 200, "conf_level": 0.9, "method": "AUTO", "seed": None, "alpha": 2}
    assert check_params(values, rules) == {
        "n_boot": 200,
        "conf_level": 0.9,
        "method": "auto",
        "seed": None,
        "alpha": 2.0,
    }
    with pytest.raises(ca.InvalidOptionError, match="use|fraction"):
        check_params({"conf_level": 95}, rules)


def test_min_cell_size_and_renamed_arguments():
    assert check_min_cell_size(None) == 15
    with ca.option_context(min_cell_size=10):
        assert check_min_cell_size(None) == 10
    with pytest.raises(ca.InvalidOptionError, match="smallest number of people"):
        check_min_cell_size(0)
    with pytest.warns(ca.CivicAnalysisWarning, match="min_count= is the old name"):
        assert renamed_argument(None, 10, new="min_cell_size", old="min_count") == 10
    assert renamed_argument(12, None, new="min_cell_size", old="min_count") == 12
    with pytest.raises(ca.InvalidOptionError, match="Both min_cell_size=12"):
        renamed_argument(12, 10, new="min_cell_size", old="min_count")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="kleinste aantal personen"):
            check_min_cell_size(0)
        with pytest.warns(FutureWarning, match="de oude naam"):
            renamed_argument(None, 10, new="min_cell_size", old="min_count")


def test_lists_of_columns(small_frame):
    assert check_columns(small_frame, "y", arg="adjust_for") == ["y"]
    assert check_columns(small_frame, ("y", "group"), arg="adjust_for") == ["y", "group"]
    assert check_columns(small_frame, [], arg="adjust_for", allow_empty=True) == []
    with pytest.raises(ca.ColumnNotFoundError, match="Did you mean 'group'"):
        check_columns(small_frame, ["y", "gruop"], arg="adjust_for")
    with pytest.raises(ca.InvalidOptionError, match="more than once"):
        check_columns(small_frame, ["y", "y"], arg="adjust_for")
    with pytest.raises(ca.InvalidOptionError, match="is empty"):
        check_columns(small_frame, [], arg="adjust_for")
    with pytest.raises(ca.ColumnTypeError, match="list of column names"):
        check_columns(small_frame, {"y": 1}, arg="adjust_for")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="meer dan eens"):
            check_columns(small_frame, ["y", "y"], arg="adjust_for")
        with pytest.raises(ca.InvalidOptionError, match="is leeg"):
            check_columns(small_frame, [], arg="adjust_for")


def test_plural_forms_in_missing_values(small_frame):
    frame = small_frame.copy()
    frame.loc[frame.index[0], "y"] = np.nan
    with pytest.raises(ca.MissingValuesError, match="has 1 missing value out of"):
        check_column(frame, "y", arg="outcome")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.MissingValuesError, match="heeft 1 ontbrekende waarde op"):
            check_column(frame, "y", arg="outcome")
