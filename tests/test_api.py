"""One contract, checked against every public object (the scikit-learn way)."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

import civicanalysis as ca

PUBLIC = [name for name in ca.__all__ if not name.startswith("__") and name != "datasets"]
ERRORS_AND_WARNINGS = [
    n
    for n in PUBLIC
    if isinstance(getattr(ca, n), type) and issubclass(getattr(ca, n), (Exception, Warning))
]
CALLABLES = [n for n in PUBLIC if callable(getattr(ca, n)) and n not in ERRORS_AND_WARNINGS]
RESULT_TYPES = [
    n
    for n in CALLABLES
    if isinstance(getattr(ca, n), type) and n.endswith(("Result", "Report", "Evaluation"))
]


def test_all_is_sorted_and_importable():
    assert ca.__all__ == sorted(ca.__all__)
    for name in ca.__all__:
        assert hasattr(ca, name), name


@pytest.mark.parametrize("name", [n for n in CALLABLES if n not in RESULT_TYPES])
def test_documented_with_an_example(name):
    doc = inspect.getdoc(getattr(ca, name)) or ""
    assert doc.strip(), f"{name} has no docstring"
    assert "Examples" in doc, f"{name}: docstring has no Examples section"


@pytest.mark.parametrize("name", RESULT_TYPES)
def test_every_result_field_is_documented(name):
    """Each field is described in the class docstring or in the Returns of the function that makes it."""
    import re

    cls = getattr(ca, name)
    doc = inspect.getdoc(cls) or ""
    for producer in re.findall(r":func:`~?(?:civicanalysis\.)?(\w+)`", doc):
        if hasattr(ca, producer):
            doc += inspect.getdoc(getattr(ca, producer)) or ""
    missing = [
        f.name
        for f in dataclasses.fields(cls)
        if not f.name.startswith("_") and not re.search(rf"\b{f.name}\b", doc)
    ]
    assert not missing, f"{name}: fields not documented anywhere: {missing}"


@pytest.mark.parametrize("name", [n for n in CALLABLES if inspect.isfunction(getattr(ca, n))])
def test_functions_take_keyword_only_options(name):
    params = list(inspect.signature(getattr(ca, name)).parameters.values())
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    assert len(positional) <= 2, f"{name}: everything after the data should be keyword-only"


@pytest.mark.parametrize("name", RESULT_TYPES)
def test_results_share_one_shape(name):
    cls = getattr(ca, name)
    assert dataclasses.is_dataclass(cls), f"{name} is not a dataclass"
    assert cls.__dataclass_params__.frozen, f"{name} is not frozen"
    fields = {f.name for f in dataclasses.fields(cls)}
    assert "caveats" in fields, f"{name} has no caveats"
    assert "table" in fields or isinstance(getattr(cls, "table", None), property), (
        f"{name}: no table"
    )
    for method in ("explain", "_repr_html_", "__repr__", "to_markdown", "to_html", "to_dict"):
        assert callable(getattr(cls, method, None)), f"{name} has no {method}"
    from civicanalysis._results import ResultMixin

    assert issubclass(cls, ResultMixin), f"{name} does not mix in ResultMixin"
    assert "detail" in inspect.signature(cls.explain).parameters, f"{name}.explain has no detail"


@pytest.mark.parametrize("name", ERRORS_AND_WARNINGS)
def test_errors_and_warnings_belong_to_the_package(name):
    cls = getattr(ca, name)
    assert issubclass(cls, (ca.CivicAnalysisError, ca.CivicAnalysisWarning)), name
    if issubclass(cls, Warning):
        assert issubclass(cls, UserWarning)
