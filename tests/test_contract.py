"""The contract every public function keeps, run against a minimal valid call of each (the spirit
of scikit-learn's ``parametrize_with_checks``).

A new public function is covered by adding one line to ``CASES``. Each case is checked for the
beginner mistakes (a Series instead of a DataFrame, ``conf_level=95``, a misspelt column), that
the caller's data are left unchanged, and that the result is frozen, has its documented table
columns, explains itself in each language without text of the other, and renders.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import pytest

import civicanalysis as ca
from _language import foreign

ANSWERS = {
    "purpose": "Help leerplicht officers decide which new truancy cases to visit first.",
    "affected": "Pupils with a truancy case and their parents; leerplicht officers.",
    "flagged_action": "An officer reviews the case and may offer support earlier; no sanction.",
    "off_limits": {"sex": "a pupil's sex must not steer who gets attention"},
}
KEY = b"contract-test-key-of-at-least-32-bytes!"


def _load(name: str) -> Callable[[], Any]:
    return lambda: ca.datasets.load(name)


def _crosstab() -> pd.DataFrame:
    register = ca.datasets.load("school_absence_register")
    return pd.crosstab(register["district"], register["absence_type"])


def _notebook(tmp_path: Any) -> str:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("Fish shops go together with vandalism.")]
    path = tmp_path / "memo.ipynb"
    nbformat.write(nb, path)
    return str(path)


def _classifier(data: pd.DataFrame, **kw: Any) -> Any:
    from sklearn.linear_model import LogisticRegression

    args = {
        "target": "new_case_1y",
        "features": ["prior_cases", "days_absent"],
        "time": "case_date",
        "test_from": "2022-01-01",
        "ethics": ca.EthicsChecklist(**ANSWERS),
        "n_boot": 100,
    }
    return ca.evaluate_classifier(LogisticRegression(), data, **{**args, **kw})


def _hypothesis(data: pd.DataFrame, **kw: Any) -> Any:
    args = {"exposure": "fish_shop", "outcome": "vandalism", **kw}
    conf = {k: args.pop(k) for k in ("conf_level",) if k in args}
    return ca.Hypothesis("Fish shops lead to vandalism", **args, **conf).test(data)


@dataclass
class Case:
    """One public callable with a minimal valid call on a bundled dataset."""

    name: str
    data: Callable[[], Any] | None = None
    kwargs: dict[str, Any] = field(default_factory=dict)
    call: Callable[..., Any] | None = None  # default: ca.<name>(data, **kwargs)
    column: str | None = None  # the keyword naming a column, to misspell
    xfail: dict[str, str] = field(default_factory=dict)  # check -> reason

    def run(self, data: Any = None, **overrides: Any) -> Any:
        kwargs = {**self.kwargs, **overrides}
        if self.call is not None:
            return self.call(data, **kwargs)
        return getattr(ca, self.name)(data, **kwargs)

    def __str__(self) -> str:
        return self.name


MID_REWRITE = "module being rewritten by another engineer this round; remove after merging"

# One line per public callable. ``data`` makes the input; ``column`` is misspelt in one check.
CASES = [
    Case("compare", _load("vandalism"), {"outcome": "vandalism", "by": "fish_shop"}, column="outcome"),
    Case("correlate", _load("passport_desk"), {"x": "visitors", "y": "wait_minutes"}, column="x"),
    Case("check_confounders", _load("vandalism"), {"exposure": "fish_shop", "outcome": "vandalism", "candidates": ["on_square"]}, column="exposure"),
    Case("compare_survival", _load("truancy"), {"duration": "followup_days", "event": "new_case", "by": "sex"}, column="duration"),
    Case("check_k_anonymity", _load("school_absence_register"), {"quasi_identifiers": ["district", "age"]}),
    Case("suppress_small_cells", _crosstab),
    Case("audit_suppression", _crosstab, call=lambda d, **kw: ca.audit_suppression(d, d < 15, **kw)),
    Case("link", _load("school_absence_register"), {"on": "bsn_pupil"}, call=lambda d, **kw: ca.link(d, ca.datasets.load("benefits_register").rename(columns={"bsn": "bsn_pupil"}), **kw), column="on"),
    Case("check_bsn", lambda: ca.datasets.load("benefits_register")["bsn"]),
    Case("pseudonymise", lambda: ca.datasets.load("benefits_register")["bsn"].head(50), {"key": KEY}),
    Case("evaluate_classifier", _load("truancy"), call=_classifier, column="target"),
    Case("Hypothesis", _load("vandalism"), call=_hypothesis, column="exposure"),
    Case("e_value", lambda: ca.Estimate("risk ratio", 3.9, 1.8, 8.7, null=1.0)),
    Case("find_causal_claims", lambda: "Fish shops lead to vandalism."),
    Case("is_valid_bsn", lambda: "111222333"),
    Case("review", None, call=lambda d, tmp_path, **kw: ca.review(_notebook(tmp_path), **kw)),
    Case("read_pseudonym_key", None, call=lambda d, tmp_path, **kw: ca.read_pseudonym_key(_write_key(tmp_path), **kw)),
    Case("plan_pilot", lambda: ca.datasets.load("square_lighting").query("month <= 12"), {"unit": "square", "n_treated": 20, "outcome": "incidents", "random_state": 1}, column="unit"),
    Case("difference_in_differences", _load("square_lighting"), {"outcome": "incidents", "time": "month", "treated": "lit", "start": 13, "unit": "square"}, column="outcome"),
    Case("interrupted_time_series", lambda: ca.datasets.load("camera_hotspots").query("camera == 1").groupby("month", as_index=False)["meldingen"].sum(), {"outcome": "meldingen", "time": "month", "intervention": 37}, column="outcome"),
    Case("check_regression_to_the_mean", lambda: ca.datasets.load("camera_hotspots").groupby(["neighbourhood", "year", "camera"], as_index=False)["meldingen"].sum(), {"outcome": "meldingen", "unit": "neighbourhood", "time": "year", "selected": "camera", "before": 2024, "after": 2025}, column="outcome"),
    Case("memo", None, call=lambda d, tmp_path, **kw: ca.memo(ca.compare(ca.datasets.load("vandalism"), outcome="vandalism", by="fish_shop"), path=tmp_path / "m.docx", **kw)),
    Case("EthicsChecklist", None, call=lambda d, **kw: ca.EthicsChecklist(**ANSWERS, **kw)),
    Case("datasets.load", None, call=lambda d, **kw: ca.datasets.load("vandalism", **kw)),
    Case("datasets.make", None, call=lambda d, **kw: ca.datasets.make("vandalism", **kw)),
    Case("datasets.names", None, call=lambda d, **kw: ca.datasets.names(**kw)),
    Case("datasets.path", None, call=lambda d, **kw: ca.datasets.path("vandalism", **kw)),
    Case("datasets.card", None, call=lambda d, **kw: ca.datasets.card("vandalism", **kw)),
    Case("datasets.full_size_register", None, call=lambda d, tmp_path, **kw: ca.datasets.full_size_register(2000, folder=tmp_path, **kw)),
    Case("exercises.check", None, call=lambda d, **kw: __import__("civicanalysis.exercises", fromlist=["check"]).check("01.1", {}, **kw)),
]  # fmt: skip
NOT_RESULTS = ("EthicsChecklist", "datasets.load", "datasets.make", "datasets.names", "datasets.path", "datasets.card", "datasets.full_size_register", "exercises.check")  # fmt: skip


def _write_key(tmp_path: Any) -> str:
    path = tmp_path / "key.txt"
    path.write_bytes(KEY)
    return str(path)


BY_NAME = {case.name: case for case in CASES}
FRAME_CASES = [c for c in CASES if c.data is not None and isinstance(c.data(), pd.DataFrame)]


def _run(case: Case, tmp_path: Any, data: Any = None, **overrides: Any) -> Any:
    if "tmp_path" in inspect.signature(case.call or (lambda d: None)).parameters:
        overrides["tmp_path"] = tmp_path
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        return case.run(
            data if data is not None else (case.data() if case.data else None), **overrides
        )


_RESULTS: dict[tuple[str, str], Any] = {}


def _result(case: Case, tmp_path: Any, lang: str = "en") -> Any:
    if (case.name, lang) not in _RESULTS:
        with ca.option_context(language=lang):
            _RESULTS[case.name, lang] = _run(case, tmp_path)
    return _RESULTS[case.name, lang]


def _is_result(value: Any) -> bool:
    from civicanalysis._results import ResultMixin

    return isinstance(value, ResultMixin)


def _xfail(case: Case, check: str) -> None:
    if check in case.xfail:
        pytest.xfail(case.xfail[check])


def test_every_public_callable_has_a_case():
    public = {
        n
        for n in ca.__all__
        if callable(getattr(ca, n))
        and not isinstance(getattr(ca, n), type)
        and n not in ("get_option", "set_options", "option_context")
    }
    public |= {"Hypothesis", "EthicsChecklist"}
    public |= {f"datasets.{n}" for n in ca.datasets.__all__ if n != "DataCard"}
    public |= {"exercises.check"}
    assert public <= set(BY_NAME), f"add a line to CASES for: {sorted(public - set(BY_NAME))}"


@pytest.mark.parametrize("case", CASES, ids=str)
def test_minimal_call_runs(case, tmp_path):
    assert _run(case, tmp_path) is not None


@pytest.mark.parametrize("case", FRAME_CASES, ids=str)
def test_series_instead_of_dataframe(case, tmp_path):
    _xfail(case, "series")
    data = case.data()
    column = data.columns[-1]
    with pytest.raises(ca.NotADataFrameError, match="pandas Series"):
        _run(case, tmp_path, data=data[column])
    with ca.option_context(language="nl"), pytest.raises(ca.NotADataFrameError, match="één kolom"):
        _run(case, tmp_path, data=data[column])


def _takes_conf_level(case: Case) -> bool:
    if "." in case.name:
        return False
    target = ca.Hypothesis if case.name == "Hypothesis" else getattr(ca, case.name)
    if case.name == "evaluate_classifier":
        return True
    return "conf_level" in inspect.signature(target).parameters


@pytest.mark.parametrize("case", [c for c in CASES if _takes_conf_level(c)], ids=str)
def test_conf_level_as_a_percentage(case, tmp_path):
    _xfail(case, "conf_level")
    with pytest.raises(ca.InvalidOptionError, match=r"conf_level=0\.95|conf_level=95.*fraction"):
        _run(case, tmp_path, conf_level=95)
    with ca.option_context(language="nl"), pytest.raises(ca.InvalidOptionError, match="fractie"):
        _run(case, tmp_path, conf_level=95)


def _misspell(name: str) -> str:
    i = len(name) // 2
    return name[: i - 1] + name[i] + name[i - 1] + name[i + 1 :]


@pytest.mark.parametrize("case", [c for c in CASES if c.column], ids=str)
def test_misspelt_column_suggests_the_right_one(case, tmp_path):
    _xfail(case, "column")
    right = case.kwargs.get(case.column) or {
        "target": "new_case_1y",
        "exposure": "fish_shop",
    }.get(case.column)
    wrong = _misspell(right)
    with pytest.raises(ca.ColumnNotFoundError, match=f"Did you mean '{right}'"):
        _run(case, tmp_path, **{case.column: wrong})
    with ca.option_context(language="nl"):
        with pytest.raises(ca.ColumnNotFoundError, match=f"Bedoelde u '{right}'"):
            _run(case, tmp_path, **{case.column: wrong})


@pytest.mark.parametrize("case", [c for c in CASES if c.data is not None], ids=str)
def test_callers_data_unchanged(case, tmp_path):
    data = case.data()
    before = data.copy(deep=True) if hasattr(data, "copy") else data
    _run(case, tmp_path, data=data)
    if isinstance(data, pd.DataFrame):
        pd.testing.assert_frame_equal(data, before)
    elif isinstance(data, pd.Series):
        pd.testing.assert_series_equal(data, before)
    else:
        assert data == before


RESULT_CASES = [c for c in CASES if c.name not in ("find_causal_claims", "is_valid_bsn", "pseudonymise", "read_pseudonym_key", "memo", *NOT_RESULTS)]  # fmt: skip


@pytest.mark.parametrize("case", RESULT_CASES, ids=str)
def test_result_is_frozen(case, tmp_path):
    _xfail(case, "frozen")
    result = _result(case, tmp_path)
    assert _is_result(result), f"{case.name} does not return a result with ResultMixin"
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.caveats = ()


def _documented(case: Case, result: Any) -> str:
    doc = inspect.getdoc(type(result)) or ""
    target = ca.Hypothesis if case.name == "Hypothesis" else getattr(ca, case.name)
    return doc + (inspect.getdoc(target) or "")


@pytest.mark.parametrize("case", RESULT_CASES, ids=str)
def test_table_has_its_documented_columns(case, tmp_path):
    _xfail(case, "table")
    result = _result(case, tmp_path)
    assert isinstance(result.table, pd.DataFrame)
    doc = _documented(case, result)
    data = case.data() if case.data else None
    own = set(data.columns) | {"total"} if isinstance(data, pd.DataFrame) else set()  # the caller's
    missing = [
        c
        for c in result.table.columns
        if c not in own and not re.search(rf"\b{re.escape(str(c))}\b", doc)
    ]
    assert not missing, f"{case.name}: table columns not documented: {missing}"


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("case", RESULT_CASES, ids=str)
def test_explain_speaks_one_language(case, lang, tmp_path):
    _xfail(case, f"explain_{lang}")
    result = _result(case, tmp_path)
    text = result.explain(lang)
    assert text.strip()
    assert not foreign(text, lang), f"{case.name}.explain({lang!r}) has: {foreign(text, lang)}"


@pytest.mark.parametrize("case", RESULT_CASES, ids=str)
def test_display_and_markdown_render(case, tmp_path):
    result = _result(case, tmp_path)
    html = result._repr_html_()
    assert "<" in html and result.explain() in __import__("html").unescape(html)
    for lang in ("en", "nl"):
        md = result.to_markdown(lang)
        assert isinstance(md, str) and md.strip()
    assert repr(result).strip()
    import json

    json.dumps(result.to_dict(), allow_nan=False)


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("case", RESULT_CASES, ids=str)
def test_headline_has_three_to_six_sentences(case, lang, tmp_path):
    from civicanalysis.wording import split_sentences

    result = _result(case, tmp_path)
    n = len(split_sentences(result.explain(lang)))
    assert 3 <= n <= 6, f"{case.name}.explain({lang!r}) has {n} sentences"
