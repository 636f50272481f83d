"""Tests of civicanalysis.privacy: BSN check, keyed pseudonyms, link, suppression, k-anonymity."""

from __future__ import annotations

import hashlib
import hmac
import io
import pickle
import secrets
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import civicanalysis as ca
from civicanalysis.privacy import PseudonymKey

KEY = "test-key-" + "0123456789abcdef" * 4  # an obviously fake test key, 73 bytes
OTHER_KEY = "other-test-key-" + "fedcba9876543210" * 4

VALID = ["111222333", "123456782", "012345672", "999999990", "100000009"]


def elfproef_reference(text: str) -> bool:
    """The 11-test written out digit by digit, as the rule reads."""
    d = [int(c) for c in text]
    total = sum(w * x for w, x in zip(range(9, 1, -1), d[:8], strict=True)) - d[8]
    return total % 11 == 0 and text != "000000000"


# ------------------------------------------------------------------------------------------------
# The citizen number
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", VALID)
def test_known_valid_numbers(value):
    assert elfproef_reference(value)
    assert ca.is_valid_bsn(value)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("123456789", "elfproef"),
        ("000000000", "all_zeros"),
        (0, "wrong_length"),
        ("1234567820", "wrong_length"),  # 10 digits
        (1234567820, "wrong_length"),
        ("1234567", "wrong_length"),
        ("12345678a", "not_digits"),
        ("abcdefghi", "not_digits"),
        ("１２３４５６７８２", "non_ascii_digits"),  # full-width: str.isdigit() is True
        ("١٢٣٤٥٦٧٨٢", "non_ascii_digits"),  # Arabic-Indic: str.isdigit() is True
        ("123_456_782", "separators"),  # int() accepts this
        (" 123456782", "separators"),  # int() accepts padded whitespace
        ("123456782 ", "separators"),
        ("1234.56.782", "separators"),
        ("1234 56 782", "separators"),
        ("1.2345678e8", "not_digits"),
        (1.5, "not_whole"),
        (float("inf"), "not_whole"),
        (-123456782, "negative"),
        ("-123456782", "negative"),
        (None, "missing"),
        (float("nan"), "missing"),
        ("", "missing"),
        (True, "not_digits"),
    ],
)
def test_invalid_numbers_have_their_reason(value, reason):
    assert not ca.is_valid_bsn(value)
    check = ca.check_bsn(pd.Series([value], dtype=object))
    assert check.reason.iloc[0] == reason
    assert not check.valid.iloc[0]


def test_int_and_float_forms():
    assert ca.is_valid_bsn(12345672)  # 8 digits: leading zero back
    assert ca.is_valid_bsn(12345672.0)  # what a CSV with an empty cell makes of 012345672
    assert ca.is_valid_bsn(np.int64(111222333))
    assert ca.is_valid_bsn(1.23456782e8)  # a whole float is the number
    assert not ca.is_valid_bsn(1.2345678e8)  # = 123456780, which fails the 11-test
    assert ca.check_bsn([1.2345678e8]).reason.iloc[0] == "elfproef"


def test_csv_column_with_an_empty_cell():
    text = "bsn,hours\n012345672,4\n,8\n111222333,2\n"
    column = pd.read_csv(io.StringIO(text))["bsn"]
    assert pd.api.types.is_float_dtype(column)
    check = ca.check_bsn(column)
    assert (check.n_valid, check.n_missing, check.n_invalid) == (2, 1, 0)
    assert check.n_from_float == 2
    assert check.normalised.iloc[0] == "012345672"
    assert "dtype=str" in check.explain()
    as_text = pd.read_csv(io.StringIO(text), dtype={"bsn": "str"})["bsn"]
    assert ca.check_bsn(as_text).n_from_float == 0
    assert ca.check_bsn(as_text).normalised.iloc[0] == "012345672"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**9 - 1), min_size=1, max_size=40))
def test_vectorised_check_agrees_with_the_rule(numbers):
    texts = [f"{n:09d}" for n in numbers]
    expected = [elfproef_reference(t) for t in texts]
    for values in (
        pd.Series(texts, dtype="str"),
        pd.Series(numbers, dtype="int64"),
        pd.Series(numbers, dtype="float64"),
        pd.Series(texts, dtype=object),
        np.array(numbers),
    ):
        check = ca.check_bsn(values)
        got = check.valid.tolist()
        # Integers below 10^7 have fewer than 8 digits and are reported, not padded.
        if not isinstance(values.dtype, pd.StringDtype) and values.dtype != object:
            expected_here = [e and n >= 10**7 for e, n in zip(expected, numbers, strict=True)]
        else:
            expected_here = expected
        assert got == expected_here
        assert [ca.is_valid_bsn(t) for t in texts] == expected


def test_check_bsn_report_counts_and_keeps_index():
    values = pd.Series(
        ["111222333", "123456789", None, "1234.56.782", "12345672"], index=[10, 11, 12, 13, 14]
    )
    before = values.copy()
    check = ca.check_bsn(values)
    pd.testing.assert_series_equal(values, before)
    assert list(check.valid.index) == [10, 11, 12, 13, 14]
    assert (check.n, check.n_valid, check.n_invalid, check.n_missing) == (5, 2, 2, 1)
    assert check.n_padded == 1
    counts = dict(zip(check.table["reason"], check.table["count"], strict=True))
    assert counts == {"valid": 2, "missing": 1, "separators": 1, "elfproef": 1}
    assert check.table["count"].sum() == check.n
    assert "2 are not" in check.explain()
    assert "geldige" in check.explain("nl")
    assert "<15" not in repr(check)  # a data-quality report keeps exact counts


def test_check_bsn_bad_input():
    frame = pd.DataFrame({"bsn": ["111222333"]})
    with pytest.raises(ca.NotADataFrameError, match=r"pass one column, e\.g\. data\['bsn'\]"):
        ca.check_bsn(frame)
    with pytest.raises(ca.NotADataFrameError, match="must be a pandas Series"):
        ca.check_bsn(123456782)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.NotADataFrameError, match="Geef bij een tabel één kolom mee"):
            ca.check_bsn(frame)


def test_check_bsn_plot():
    import matplotlib

    matplotlib.use("Agg")
    ax = ca.check_bsn(["111222333", "x"]).plot()
    assert ax.get_xlabel() == "number of values"


# ------------------------------------------------------------------------------------------------
# Pseudonyms and keys
# ------------------------------------------------------------------------------------------------


def test_pseudonyms_are_stable_keyed_and_normalised():
    values = ["012345672", 12345672, 12345672.0, "111222333"]
    p1 = ca.pseudonymise(values, key=KEY)
    p2 = ca.pseudonymise(values, key=KEY)
    p3 = ca.pseudonymise(values, key=OTHER_KEY)
    assert p1.tolist() == p2.tolist()
    assert p1[0] == p1[1] == p1[2]
    assert p1[0] != p1[3]
    assert all(a != b for a, b in zip(p1, p3, strict=True))
    assert p1.str.fullmatch("[0-9a-f]{64}").all()
    expected = hmac.new(KEY.encode(), b"012345672", hashlib.sha256).hexdigest()
    assert p1[0] == expected


def test_pseudonym_is_no_unkeyed_hash():
    pseudonym = ca.pseudonymise(["012345672"], key=KEY)[0]
    for text in ("012345672", "12345672", "012345672\n"):
        for algorithm in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b"):
            assert hashlib.new(algorithm, text.encode()).hexdigest() != pseudonym


def test_pseudonymise_keeps_index_and_does_not_modify():
    values = pd.Series(["111222333", "123456782"], index=["a", "b"])
    before = values.copy()
    out = ca.pseudonymise(values, key=KEY)
    pd.testing.assert_series_equal(values, before)
    assert list(out.index) == ["a", "b"]
    assert out.name == "pseudonym"


def test_invalid_numbers_raise_with_counts():
    values = ["111222333", "123456789", "123456789", None, "1234 56 782"]
    with pytest.raises(ca.InvalidBsnError, match=r"4 of 5 .*fails the 11-test \(elfproef\): 2"):
        ca.pseudonymise(values, key=KEY)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidBsnError, match=r"4 van 5 .*voldoet niet aan de elfproef: 2"):
            ca.pseudonymise(values, key=KEY)


def test_invalid_numbers_missing_on_request_with_warning():
    values = ["111222333", "123456789", None]
    with pytest.warns(ca.InvalidBsnWarning, match="2 of 3 values are not valid"):
        out = ca.pseudonymise(values, key=KEY, on_invalid="missing")
    assert out.notna().tolist() == [True, False, False]
    with ca.option_context(language="nl"):
        with pytest.warns(ca.InvalidBsnWarning, match="2 van 3 waarden zijn geen geldig BSN"):
            ca.pseudonymise(values, key=KEY, on_invalid="missing")
    with pytest.raises(ca.InvalidOptionError, match="on_invalid='drop'"):
        ca.pseudonymise(values, key=KEY, on_invalid="drop")


def test_key_errors_never_show_the_key(monkeypatch, tmp_path):
    short = "short-secret-xyz"
    with pytest.raises(ca.InvalidOptionError, match="key is missing") as missing:
        ca.pseudonymise(["111222333"])
    with pytest.raises(ca.InvalidOptionError, match="16 bytes long; at least 32") as err:
        ca.pseudonymise(["111222333"], key=short)
    assert short not in str(err.value) and short not in str(missing.value)
    with pytest.raises(ca.InvalidOptionError, match="key must be a key"):
        ca.pseudonymise(["111222333"], key=12345)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="key ontbreekt"):
            ca.pseudonymise(["111222333"])
        with pytest.raises(ca.InvalidOptionError, match="De sleutel is 16 bytes lang"):
            ca.pseudonymise(["111222333"], key=short)
        with pytest.raises(ca.InvalidOptionError, match="key moet een sleutel"):
            ca.pseudonymise(["111222333"], key=12345)
    # Invalid numbers: the error names the numbers' problems, never the key.
    with pytest.raises(ca.InvalidBsnError) as bad:
        ca.pseudonymise(["123456789"], key=KEY)
    assert KEY not in str(bad.value)


def test_read_key_from_environment_and_file(monkeypatch, tmp_path):
    monkeypatch.delenv("CIVICANALYSIS_PSEUDONYM_KEY", raising=False)
    with pytest.raises(ca.InvalidOptionError, match="CIVICANALYSIS_PSEUDONYM_KEY is not set"):
        ca.read_pseudonym_key()
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="is niet gezet"):
            ca.read_pseudonym_key()
    monkeypatch.setenv("CIVICANALYSIS_PSEUDONYM_KEY", KEY)
    key = ca.read_pseudonym_key()
    assert KEY not in repr(key) and KEY not in str(key)
    assert repr(key) == f"PseudonymKey(<hidden>, {len(KEY)} bytes)"
    assert ca.pseudonymise(["111222333"], key=key)[0] == ca.pseudonymise(["111222333"], key=KEY)[0]
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(key)

    file = tmp_path / "pseudonym.key"
    file.write_text(KEY + "\n", encoding="utf-8")
    from_file = ca.read_pseudonym_key(file)
    assert (
        ca.pseudonymise(["111222333"], key=from_file)[0]
        == ca.pseudonymise(["111222333"], key=key)[0]
    )
    with pytest.raises(ca.InvalidOptionError, match="does not exist"):
        ca.read_pseudonym_key(tmp_path / "nope.key")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="bestaat niet"):
            ca.read_pseudonym_key(tmp_path / "nope.key")
    file.write_text("too-short", encoding="utf-8")
    with pytest.raises(ca.InvalidOptionError, match="9 bytes long") as err:
        ca.read_pseudonym_key(file)
    assert "too-short" not in str(err.value)
    assert isinstance(PseudonymKey(secrets.token_bytes(32)), PseudonymKey)


# ------------------------------------------------------------------------------------------------
# Linking
# ------------------------------------------------------------------------------------------------


@pytest.fixture
def registers():
    left = pd.DataFrame(
        {"p": ["a", "a", "b", "c", None, None], "hours": [1, 2, 3, 4, 5, 6]}
    )  # persons a, b, c; two records without key
    right = pd.DataFrame({"p": ["a", "c", "d", "e", None], "benefit": ["x", "y", "x", "y", "z"]})
    return left, right


def test_link_reports_losses_in_counts(registers):
    left, right = registers
    before = (left.copy(), right.copy())
    result = ca.link(left, right, on="p", names=("truancy", "benefits"))
    pd.testing.assert_frame_equal(left, before[0])
    pd.testing.assert_frame_equal(right, before[1])
    assert (result.n_linked, result.n_left_unmatched, result.n_right_unmatched) == (2, 1, 2)
    t = result.table.set_index("register")
    assert t.loc["truancy", "n_records"] == 6
    assert t.loc["truancy", "n_missing_key"] == 2
    assert t.loc["benefits", "n_missing_key"] == 1
    assert t.loc["benefits", "n_not_linked"] == 2
    # Missing keys never match each other (pandas would): a, a, c link.
    assert len(result.data) == 3
    assert result.data["p"].notna().all()
    # Small counts read "fewer than 15" in the text and '<15' in the display.
    assert "fewer than 15" in result.explain()
    assert "minder dan 15" in result.explain("nl")
    assert "<15" in repr(result)
    assert "linked" in ca.link(left, right, on="p").explain()


@pytest.mark.parametrize(("how", "rows"), [("inner", 3), ("left", 6), ("right", 6), ("outer", 9)])
def test_link_how_keeps_unlinked_rows(registers, how, rows):
    left, right = registers
    result = ca.link(left, right, on="p", how=how)
    assert result.n_rows == rows
    assert result.n_linked == 2  # the report does not depend on how


def test_link_validate_and_on_pair(registers):
    left, right = registers
    with pytest.raises(ca.InvalidOptionError, match="not one-to-one: 1 keys occur more than once"):
        ca.link(left, right, on="p", validate="one_to_one")
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="1 sleutels komen meer dan eens voor"):
            ca.link(left, right, on="p", validate="one_to_one")
    ca.link(left, right, on="p", validate="many_to_one")
    renamed = right.rename(columns={"p": "q"})
    assert ca.link(left, renamed, on=("p", "q")).n_linked == 2
    with pytest.raises(ca.InvalidOptionError, match="must be one column name, or a pair"):
        ca.link(left, renamed, on=["p"])
    with pytest.raises(ca.ColumnNotFoundError, match="Did you mean 'p'"):
        ca.link(left, right, on="P")
    with pytest.raises(ca.NotADataFrameError):
        ca.link(left["p"], right, on="p")


def test_link_warns_on_raw_citizen_numbers():
    raw = pd.DataFrame({"bsn": VALID})
    with pytest.warns(ca.DisclosureWarning, match="looks like raw citizen numbers"):
        result = ca.link(raw, raw, on="bsn")
    assert any("pseudonymise" in c for c in result.caveats)
    with ca.option_context(language="nl"):
        with pytest.warns(ca.DisclosureWarning, match="lijkt ruwe BSN's te bevatten"):
            ca.link(raw, raw, on="bsn")


def test_link_end_to_end_on_the_registers():
    absence = ca.datasets.load("school_absence_register")
    benefits = ca.datasets.load("benefits_register")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.InvalidBsnWarning)
        absence["parent"] = ca.pseudonymise(absence["bsn_parent"], key=KEY, on_invalid="missing")
        benefits["parent"] = ca.pseudonymise(benefits["bsn"], key=KEY, on_invalid="missing")
    result = ca.link(
        absence.drop(columns=["bsn_pupil", "bsn_parent"]),
        benefits.drop(columns=["bsn"]),
        on="parent",
        how="left",
        validate="many_to_one",
    )
    assert result.n_linked > 400
    assert result.table["n_missing_key"].tolist() == [
        int(absence["parent"].isna().sum()),
        int(benefits["parent"].isna().sum()),
    ]


# ------------------------------------------------------------------------------------------------
# Suppression: the attacker's linear program is the oracle
# ------------------------------------------------------------------------------------------------


def attacker_ranges(table: np.ndarray, hidden: np.ndarray) -> dict[tuple[int, int], tuple]:
    """For each hidden cell: (min, max) given the visible cells and the true totals (scipy LP)."""
    from scipy.optimize import linprog

    cells = [tuple(c) for c in np.argwhere(hidden)]
    n_rows, n_cols = table.shape
    visible = np.where(hidden, 0, table)
    a_eq, b_eq = [], []
    for r in range(n_rows):
        a_eq.append([1.0 if c[0] == r else 0.0 for c in cells])
        b_eq.append(table[r].sum() - visible[r].sum())
    for k in range(n_cols):
        a_eq.append([1.0 if c[1] == k else 0.0 for c in cells])
        b_eq.append(table[:, k].sum() - visible[:, k].sum())
    out = {}
    for t, cell in enumerate(cells):
        objective = np.zeros(len(cells))
        objective[t] = 1
        low = linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        high = linprog(-objective, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        out[cell] = (low.fun, -high.fun)
    return out


def leaks(table: np.ndarray, hidden: np.ndarray, k: int = 15) -> list[tuple[int, int]]:
    """Hidden small cells whose largest possible value stays below k."""
    ranges = attacker_ranges(table, hidden)
    return [c for c, (_, high) in ranges.items() if 0 < table[c] < k and high < k - 1e-7]


def test_classic_leak_primary_only_fails_the_audit():
    table = pd.DataFrame({"benefit": [12, 30, 25], "none": [40, 50, 60]}, index=["N", "Z", "W"])
    primary_only = (table < 15).to_numpy()
    assert leaks(table.to_numpy(), primary_only) == [(0, 0)]  # 52 - 40 = 12
    audit = ca.audit_suppression(table, table < 15)
    assert not audit.passed and audit.n_leaks == 1
    assert audit.table.loc[0, "lower"] == pytest.approx(12)
    assert audit.table.loc[0, "upper"] == pytest.approx(12)
    assert "leak" in audit.explain()
    assert "lekt" in audit.explain("nl")

    result = ca.suppress_small_cells(table)
    hidden = result.hidden.loc[table.index, table.columns].to_numpy()
    assert leaks(table.to_numpy(), hidden) == []
    assert ca.audit_suppression(table, result.hidden).passed
    assert result.n_primary == 1 and result.n_secondary >= 3


def count_tables():
    cell = st.one_of(st.integers(1, 14), st.integers(15, 90), st.integers(15, 90), st.just(0))
    return st.integers(2, 6).flatmap(
        lambda r: st.integers(2, 5).flatmap(
            lambda c: st.lists(st.lists(cell, min_size=c, max_size=c), min_size=r, max_size=r)
        )
    )


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(count_tables(), st.sampled_from(["optimal", "heuristic"]))
def test_suppression_passes_the_attackers_audit(rows, method):
    x = np.array(rows, dtype=np.int64)
    table = pd.DataFrame(x, index=[f"r{i}" for i in range(x.shape[0])])
    table.columns = [f"c{j}" for j in range(x.shape[1])]
    margins = np.concatenate([x.sum(axis=1), x.sum(axis=0)])
    if ((margins > 0) & (margins < 15)).any():
        with pytest.raises(ca.TooFewRowsError, match="below min_cell_size=15"):
            ca.suppress_small_cells(table, method=method)
        return
    try:
        result = ca.suppress_small_cells(table, method=method)
    except ca.TooFewRowsError as err:
        # The claim "cannot be protected" is checked too: hiding every non-zero cell leaks.
        assert "cannot be protected" in str(err)
        assert leaks(x, x > 0)
        return
    hidden = result.hidden.loc[table.index, table.columns].to_numpy()
    shown = result.table.loc[table.index, table.columns]
    # No visible cell is below the threshold (zeros describe nobody and are published).
    visible = x[~hidden]
    assert not ((visible > 0) & (visible < 15)).any()
    # Every small cell is hidden, and none can be recovered, not even as "small".
    assert hidden[(x > 0) & (x < 15)].all()
    assert leaks(x, hidden) == []
    # Hidden cells are missing in the table, never 0; totals are the true ones.
    assert shown.isna().to_numpy()[hidden].all()
    assert (shown.to_numpy()[~hidden] == x[~hidden]).all()
    assert result.table.loc[table.index, "total"].tolist() == x.sum(axis=1).tolist()
    assert result.table.loc["total", table.columns].tolist() == x.sum(axis=0).tolist()
    assert int(result.table.loc["total", "total"]) == x.sum()
    assert result.n_hidden == hidden.sum()
    expected_share = x[hidden].sum() / x.sum() if x.sum() else 0.0
    assert result.hidden_share_total == pytest.approx(expected_share)


def test_optimal_pattern_is_no_dearer_than_the_heuristic(rng):
    for _ in range(6):
        x = rng.poisson(np.exp(rng.normal(3.6, 1.0, size=(7, 5)))) + 15 * (rng.random((7, 5)) < 0.1)
        table = pd.DataFrame(x)
        margins = np.concatenate([x.sum(axis=1), x.sum(axis=0)])
        if ((margins > 0) & (margins < 15)).any():
            continue
        optimal = ca.suppress_small_cells(table, method="optimal")
        heuristic = ca.suppress_small_cells(table, method="heuristic")
        cost = table.to_numpy() + 1.0
        o = optimal.hidden.loc[table.index, table.columns].to_numpy()
        h = heuristic.hidden.loc[table.index, table.columns].to_numpy()
        assert cost[o].sum() <= cost[h].sum() + 1e-9
        assert leaks(x, o) == [] and leaks(x, h) == []
        assert "mixed-integer" in optimal.method and "heuristic" in heuristic.method


def test_zero_rule():
    table = pd.DataFrame(
        {"a": [0, 20, 30, 25], "b": [5, 40, 0, 30], "c": [30, 0, 35, 40]},
        index=list("pqrs"),
    )
    published = ca.suppress_small_cells(table)
    assert (
        not published.hidden.loc[table.index, table.columns].to_numpy()[table.to_numpy() == 0].any()
    )
    assert published.table.loc["p", "a"] == 0
    assert "shown as 0" in published.explain()
    hide = ca.suppress_small_cells(table, zeros="hide")
    assert hide.hidden.loc["p", "a"] and hide.reason.loc["p", "a"] == "primary"
    assert pd.isna(hide.table.loc["p", "a"])
    assert (
        leaks(table.to_numpy(), published.hidden.loc[table.index, table.columns].to_numpy()) == []
    )
    assert "nul" in hide.explain("nl").lower()


def test_display_shows_hidden_as_x_not_zero():
    table = pd.DataFrame({"benefit": [12, 30, 25], "none": [40, 50, 60]}, index=["N", "Z", "W"])
    result = ca.suppress_small_cells(table)
    text = repr(result)
    assert " x " in text or "x\n" in text
    assert "<NA>" not in result._repr_html_()
    assert result.reason.loc["N", "benefit"] == "primary"
    assert (result.reason.to_numpy() == "secondary").sum() == result.n_secondary
    assert "secundaire" in result.explain("nl")
    import matplotlib

    matplotlib.use("Agg")
    assert result.plot() is not None


def test_distinct_persons_not_records():
    # 15 truancy records of 5 pupils is 5 pupils: a small cell.
    records = pd.DataFrame(
        {
            "district": ["Noord"] * 15 + ["Noord"] * 40 + ["Zuid"] * 60 + ["Zuid"] * 30,
            "benefit": ["yes"] * 15 + ["no"] * 40 + ["yes"] * 60 + ["no"] * 30,
            "pupil": [f"p{i % 5}" for i in range(15)] + [f"q{i}" for i in range(130)],
        }
    )
    before = records.copy()
    result = ca.suppress_small_cells(records, by=["district", "benefit"], person="pupil")
    pd.testing.assert_frame_equal(records, before)
    assert result.counts.loc["Noord", "yes"] == 5
    assert result.hidden.loc["Noord", "yes"]
    with pytest.raises(ca.InvalidOptionError, match="person is needed with by"):
        ca.suppress_small_cells(records, by=["district", "benefit"])
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="person is nodig bij by"):
            ca.suppress_small_cells(records, by=["district", "benefit"])
    with pytest.raises(ca.InvalidOptionError, match="must name two columns"):
        ca.suppress_small_cells(records, by="district", person="pupil")
    broken = records.assign(pupil=records["pupil"].where(records.index != 3))
    with pytest.raises(ca.MissingValuesError, match="1 missing value"):
        ca.suppress_small_cells(broken, by=["district", "benefit"], person="pupil")


def test_rates_hidden_when_numerator_or_denominator_would_be():
    counts = pd.DataFrame({"a": [40, 60, 50], "b": [12, 45, 55]}, index=["x", "y", "z"])
    numerators = pd.DataFrame({"a": [20, 8, 30], "b": [6, 30, 25]}, index=counts.index)
    rates = numerators / counts
    result = ca.suppress_small_cells(rates, counts=counts, numerators=numerators)
    assert result.kind == "rates"
    assert "total" not in result.table.columns
    assert result.hidden.loc["x", "b"]  # denominator 12 is small
    assert result.hidden.loc["y", "a"]  # numerator 8 is small, denominator 60 is not
    assert result.reason.loc["y", "a"] in ("numerator", "secondary")
    assert result.table.isna().to_numpy().sum() == result.n_hidden
    visible_rates = result.table.to_numpy()[~result.hidden.to_numpy()]
    assert np.allclose(visible_rates, rates.to_numpy()[~result.hidden.to_numpy()])
    assert "rate or mean is hidden" in result.explain()
    # A mean of nobody is missing; that is allowed where the count is 0, and nowhere else.
    counts0 = counts.assign(c=[0, 30, 40])
    means = (numerators / counts).assign(c=[np.nan, 0.5, 0.2])
    assert ca.suppress_small_cells(means, counts=counts0).table["c"].isna().tolist() == [
        True,
        False,
        False,
    ]
    with pytest.raises(ca.MissingValuesError, match="1 missing value"):
        ca.suppress_small_cells(means.assign(c=[np.nan, np.nan, 0.2]), counts=counts0)
    # The count and numerator patterns each pass the audit.
    assert leaks(counts.to_numpy(), result.hidden.to_numpy()) == []
    assert leaks(numerators.to_numpy(), result.hidden.to_numpy()) == []


@pytest.mark.parametrize(
    ("table", "kwargs", "error", "en", "nl"),
    [
        (
            pd.DataFrame({"a": [20, -3], "b": [30, 40]}),
            {},
            ca.InvalidOptionError,
            "1 negative value",
            "1 negatieve waarde",
        ),
        (
            pd.DataFrame({"a": [20, np.nan], "b": [30, 40]}),
            {},
            ca.MissingValuesError,
            "A missing cell is not a zero",
            "Een ontbrekende cel is geen nul",
        ),
        (
            pd.DataFrame({"district": ["N", "Z"], "a": [20, 30], "b": [30, 40]}),
            {},
            ca.ColumnTypeError,
            r"table.set_index\('district'\)",
            r"table.set_index\('district'\)",
        ),
        (
            pd.DataFrame({"district": ["N", "Z"], "benefit": ["x", "y"]}),
            {},
            ca.ColumnTypeError,
            "has no column of counts",
            "heeft geen kolom met aantallen",
        ),
        (
            pd.DataFrame({"a": [0.25, 0.5], "b": [0.3, 0.4]}),
            {},
            ca.ColumnTypeError,
            "pass the counts it rests on as counts=",
            "de onderliggende aantallen mee als counts=",
        ),
        (
            pd.DataFrame({"a": [20, 30, 50], "b": [30, 40, 70]}, index=["N", "Z", "Total"]),
            {},
            ca.InvalidOptionError,
            "already has a total row",
            "heeft al een totaalrij",
        ),
        (
            pd.DataFrame({"a": [20, 30], "b": [30, 40], "All": [50, 70]}),
            {},
            ca.InvalidOptionError,
            "already has a total column",
            "heeft al een totaalkolom",
        ),
        (
            pd.DataFrame({"a": [5, 30], "b": [4, 40]}, index=["tiny", "big"]),
            {},
            ca.TooFewRowsError,
            "The total of row 'tiny' is 9, below min_cell_size=15",
            "Het totaal van rij 'tiny' is 9, onder min_cell_size=15",
        ),
        (
            pd.DataFrame({"a": [20, 30], "b": [30, 40]}),
            {"min_cell_size": 0},
            ca.InvalidOptionError,
            "min_cell_size=0 must be a whole number",
            "min_cell_size=0 moet een geheel getal",
        ),
        (
            pd.DataFrame({"a": [0.5, 0.25], "b": [0.3, 0.4]}),
            {"counts": pd.DataFrame({"a": [20, 30]})},
            ca.InvalidOptionError,
            "counts must have the same rows and columns as table",
            "counts moet dezelfde rijen en kolommen hebben",
        ),
        (
            pd.DataFrame({"a": [0.5, 0.25], "b": [0.3, 0.4]}),
            {
                "counts": pd.DataFrame({"a": [20, 30], "b": [30, 40]}),
                "numerators": pd.DataFrame({"a": [25, 3], "b": [3, 4]}),
            },
            ca.InvalidOptionError,
            "numerators is larger than counts in 1 cell",
            "numerators is in 1 cel",
        ),
        (
            pd.DataFrame({"a": [20, 30], "b": [30, 40]}),
            {"zeros": "drop"},
            ca.InvalidOptionError,
            "zeros='drop' is not one of the choices",
            "zeros='drop' is niet een van de keuzes",
        ),
    ],
)
def test_suppression_bad_input(table, kwargs, error, en, nl):
    with pytest.raises(error, match=en):
        ca.suppress_small_cells(table, **kwargs)
    with ca.option_context(language="nl"):
        with pytest.raises(error, match=nl):
            ca.suppress_small_cells(table, **kwargs)


def test_suppression_not_a_frame_and_unprotectable():
    with pytest.raises(ca.NotADataFrameError, match="is a pandas Series"):
        ca.suppress_small_cells(pd.Series([1, 2], name="n"))
    # Row 'p' has one small cell and a zero; the zero stays published, so nothing can move.
    table = pd.DataFrame({"a": [5, 20], "b": [0, 40], "c": [30, 0]}, index=["p", "q"])
    with pytest.raises(ca.TooFewRowsError, match=r"Cell \('p', 'a'\) cannot be protected"):
        ca.suppress_small_cells(table)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.TooFewRowsError, match=r"Cel \('p', 'a'\) is niet te beschermen"):
            ca.suppress_small_cells(table)
    assert leaks(table.to_numpy(), table.to_numpy() > 0)
    ok = ca.suppress_small_cells(table, zeros="hide")
    assert leaks(table.to_numpy(), ok.hidden.loc[table.index, table.columns].to_numpy()) == []


def test_suppression_does_not_modify_and_follows_option():
    table = pd.DataFrame({"a": [8, 30, 25], "b": [40, 50, 60]}, index=["N", "Z", "W"])
    before = table.copy()
    with ca.option_context(min_cell_size=5):
        result = ca.suppress_small_cells(table)
    pd.testing.assert_frame_equal(table, before)
    assert result.min_count == 5 and result.n_hidden == 0
    assert ca.suppress_small_cells(table, min_cell_size=10).n_primary == 1


def test_audit_bad_hidden():
    table = pd.DataFrame({"a": [20, 30], "b": [30, 40]})
    with pytest.raises(ca.InvalidOptionError, match="hidden must be a boolean DataFrame"):
        ca.audit_suppression(table, np.zeros((2, 2), dtype=bool))
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="hidden moet een DataFrame"):
            ca.audit_suppression(table, pd.DataFrame({"z": [True]}))


# ------------------------------------------------------------------------------------------------
# k-anonymity
# ------------------------------------------------------------------------------------------------


def test_k_anonymity_lists_groups_by_size_only():
    data = pd.DataFrame(
        {
            "district": ["N"] * 20 + ["Z"] * 3 + ["Z"] * 2 + ["W"] * 2 + [None],
            "age": [12] * 20 + [13] * 3 + [14] * 2 + [15] * 2 + [15],
        }
    )
    before = data.copy()
    result = ca.check_k_anonymity(data, quasi_identifiers=["district", "age"], min_cell_size=5)
    pd.testing.assert_frame_equal(data, before)
    assert result.k_min == 1 and not result.passed
    assert result.table.to_dict("list") == {
        "group_size": [1, 2, 3],
        "groups": [1, 2, 1],
        "records": [1, 4, 3],
    }
    assert (result.n_groups, result.n_groups_below_k, result.n_records_below_k) == (5, 4, 8)
    assert result.n_missing == 1
    assert "Z" not in result.table.to_string()
    assert "smallest group has 1 record" in result.explain()
    assert "kleinste groep" in result.explain("nl")
    assert ca.check_k_anonymity(data, quasi_identifiers="district", min_cell_size=2).k_min == 1
    assert ca.check_k_anonymity(data.iloc[:20], quasi_identifiers=["district"]).passed


def test_k_anonymity_bad_input():
    data = pd.DataFrame({"district": ["N", "Z"], "age": [1, 2]})
    with pytest.raises(ca.InvalidOptionError, match="quasi_identifiers is empty"):
        ca.check_k_anonymity(data, quasi_identifiers=[])
    with pytest.raises(ca.InvalidOptionError, match="k=1 must be a whole number of at least 2"):
        ca.check_k_anonymity(data, quasi_identifiers=["age"], k=1)
    with pytest.raises(ca.ColumnNotFoundError, match="Did you mean 'district'"):
        ca.check_k_anonymity(data, quasi_identifiers=["distrct"])
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="quasi_identifiers is leeg"):
            ca.check_k_anonymity(data, quasi_identifiers=[])
        with pytest.raises(ca.InvalidOptionError, match="k=1 moet een geheel getal"):
            ca.check_k_anonymity(data, quasi_identifiers=["age"], k=1)


def test_old_names_of_the_minimum_cell_size_still_work_with_a_warning():
    table = pd.DataFrame({"a": [12, 30], "b": [40, 50]}, index=["x", "y"])
    with pytest.warns(ca.DeprecatedArgumentWarning, match="min_count= is the old name"):
        old = ca.suppress_small_cells(table, min_count=10)
    assert old.min_count == old.min_cell_size == 10
    with pytest.warns(FutureWarning, match="k= is the old name"):
        check = ca.check_k_anonymity(
            pd.DataFrame({"d": ["a", "a", "b"]}), quasi_identifiers=["d"], k=2
        )
    assert check.k == check.min_cell_size == 2
    with pytest.raises(ca.InvalidOptionError, match="Both min_cell_size=10"):
        ca.audit_suppression(table, table < 15, min_cell_size=10, min_count=10)
    with ca.option_context(language="nl"):
        with pytest.warns(ca.DeprecatedArgumentWarning, match="de oude naam van min_cell_size"):
            ca.audit_suppression(table, table < 15, min_count=10)
