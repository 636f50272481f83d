"""Exercises 08 (registers at full size): "not yet" before solving, a named misconception for a
wrong answer, and "correct" for the worked solution, in English and Dutch.

The notebooks' code cells run in a plain namespace (no kernel), as in tests/test_exercises.py. The
register is written on first use into a temporary cache folder (100,000 rows, a few seconds).
"""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest

import civicanalysis as ca
from civicanalysis.exercises import ExerciseCheckError, check, verdict

ROOT = Path(__file__).resolve().parents[1]
NAME = "08_registers_at_full_size"
TASKS = ["08.1", "08.2", "08.3"]


def _cells(path: Path) -> list[str]:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code"]


def _run(path: Path) -> dict:
    namespace: dict = {"__name__": "__exercise__"}
    with warnings.catch_warnings(), ca.option_context(language="en"):
        warnings.simplefilter("ignore")
        for source in _cells(path):
            exec(compile(source, str(path), "exec"), namespace)
    return namespace


@pytest.fixture(scope="module", autouse=True)
def _cache(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CIVICANALYSIS_CACHE", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="module")
def solved(_cache) -> dict:
    return _run(ROOT / "exercises" / "solutions" / f"{NAME}.ipynb")


@pytest.fixture(scope="module")
def unsolved(_cache) -> dict:
    return _run(ROOT / "exercises" / f"{NAME}.ipynb")


def _quiet(function, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return function(*args, **kwargs)


def test_every_task_has_a_check_cell():
    for folder in ("exercises", "exercises/nl"):
        code = "\n".join(_cells(ROOT / folder / f"{NAME}.ipynb"))
        for task in TASKS:
            assert f'check("{task}", globals())' in code, (folder, task)


def test_dutch_solution_differs_only_in_the_language_line():
    def code(path):
        lines = "\n".join(_cells(path)).splitlines()
        return [ln for ln in lines if not ln.startswith("#") and "set_options" not in ln]

    en = ROOT / "exercises" / "solutions" / f"{NAME}.ipynb"
    nl = ROOT / "exercises" / "nl" / "solutions" / f"{NAME}.ipynb"
    assert code(en) == code(nl)
    assert 'ca.set_options(language="nl")' in "\n".join(_cells(nl))


@pytest.mark.parametrize("task", TASKS)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_unsolved_says_not_yet(unsolved, task, lang):
    with ca.option_context(language=lang):
        result = check(task, unsolved)
        text = result.render()
    assert result.status == "not-yet", text
    assert text.startswith("Not yet:" if lang == "en" else "Nog niet:")


@pytest.mark.parametrize("task", TASKS)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_solved_is_correct(solved, task, lang):
    with ca.option_context(language=lang):
        result = check(task, solved)
        text = result.render()
    assert result.status == "correct", text
    assert text.startswith("Correct:" if lang == "en" else "Goed:")


def _wrong(ns: dict, case: str) -> tuple[dict, str, tuple[str, str]]:
    import duckdb

    path = ns["path"]
    cc = ca.check_confounders
    kw = dict(exposure="benefit", outcome="reports")
    if case == "pandas":
        rows = duckdb.sql(f"SELECT * FROM '{path}'").df()
        answer = _quiet(cc, rows, candidates=["district", "year"], **kw)
        return {**ns, "report": answer}, "08.1", ("computed on rows in pandas", "in pandas")
    if case == "no_year":
        answer = _quiet(cc, path, candidates=["district", "age"], **kw)
        return {**ns, "report": answer}, "08.1", ("whole-number column", "gehele getallen")
    if case == "no_district":
        answer = _quiet(cc, path, candidates=["year", "age"], **kw)
        return {**ns, "report": answer}, "08.1", ("district is not among", "wijk zit niet")
    if case == "sample":
        sample = duckdb.sql(f"SELECT * FROM '{path}' WHERE year >= 2020")
        answer = _quiet(cc, sample, candidates=["district", "year"], **kw)
        return {**ns, "report": answer}, "08.1", ("a filter or a sample", "selectie of steekproef")
    sup = ca.suppress_small_cells
    by = ["district", "school_type"]
    if case == "every_year":
        rows = duckdb.sql(f"SELECT * FROM '{path}' WHERE reports >= 3")
        answer = _quiet(sup, rows, by=by, person="pupil")
        return {**ns, "safe": answer}, "08.2", ("over every school year", "over alle schooljaren")
    if case == "rule":
        rows = duckdb.sql(f"SELECT * FROM '{path}' WHERE year = 2024 AND reports >= 3")
        answer = _quiet(sup, rows, by=by, person="pupil", min_count=5)
        return {**ns, "safe": answer}, "08.2", ("the rule is fifteen", "de regel is vijftien")
    if case == "exactly_three":
        rows = duckdb.sql(f"SELECT * FROM '{path}' WHERE year = 2024 AND reports = 3")
        answer = _quiet(sup, rows, by=by, person="pupil")
        return {**ns, "safe": answer}, "08.2", ("not more than three", "niet meer dan drie")
    if case == "python":
        return (
            {**ns, "engine": "statsmodels"},
            "08.3",
            ("where the models were fitted", "modellen geschat"),
        )
    if case == "rows":
        rows = int(ns["report"].n_rows)
        return {**ns, "groups_read": rows}, "08.3", ("never left the engine", "nooit verlaten")
    raise KeyError(case)


CASES = ["pandas", "no_year", "no_district", "sample", "every_year", "rule", "exactly_three",
         "python", "rows"]  # fmt: skip


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_wrong_answer_names_the_misconception(solved, case, lang):
    namespace, task, hints = _wrong(solved, case)
    hint = hints[0] if lang == "en" else hints[1]
    with ca.option_context(language=lang):
        assert verdict(task, namespace).status == "wrong"
        with pytest.raises(ExerciseCheckError, match=re.escape(hint)) as info:
            check(task, namespace)
    assert str(info.value).startswith("Not quite:" if lang == "en" else "Nog niet goed:")


def test_other_correct_answers_pass(solved):
    """A different correct call passes too: other candidates, a DuckDB relation, the engine in
    other words."""
    import duckdb

    path = solved["path"]
    rel = duckdb.sql(f"SELECT * FROM '{path}'")
    other = _quiet(
        ca.check_confounders,
        rel,
        exposure="benefit",
        outcome="reports",
        candidates=["year", "district"],
    )
    assert verdict("08.1", {**solved, "report": other}).status == "correct"
    assert verdict("08.3", {**solved, "engine": "duckdb (in-process)"}).status == "correct"
