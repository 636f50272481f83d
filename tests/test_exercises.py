"""Every exercise's checks: "not yet" before solving, a named misconception for a wrong answer, and
"correct" for the worked solution (and for other correct answers), in English and Dutch.

The notebooks' code cells are run here in a plain namespace (no kernel): the generated exercise
notebook for "unsolved", the solution notebook for "solved"; a wrong answer is the solved namespace
with one answer replaced by a typical mistake.
"""

from __future__ import annotations

import hashlib
import json
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

import civicanalysis as ca
from civicanalysis.exercises import ExerciseCheckError, check, verdict

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ["01_fish_shop", "02_how_sure_are_we", "03_from_information_to_knowledge",
             "04_truancy_recidivism", "05_linking_registers_safely"]  # fmt: skip
TASK = re.compile(r'check\("(\d\d\.\d+)", globals\(\)\)')


def _cells(path: Path) -> list[str]:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code"]


def _tasks(name: str) -> list[str]:
    return [m for cell in _cells(ROOT / "exercises" / "solutions" / f"{name}.ipynb")
            for m in TASK.findall(cell)]  # fmt: skip


def _run(path: Path) -> dict:
    """Run a notebook's code cells in one namespace, as 'Run All' would (check cells included)."""
    namespace: dict = {"__name__": "__exercise__"}
    with warnings.catch_warnings(), ca.option_context(language="en"):
        warnings.simplefilter("ignore")
        for source in _cells(path):
            exec(compile(source, str(path), "exec"), namespace)
    return namespace


_CACHE: dict[tuple[str, str], dict] = {}


def _namespace(name: str, kind: str) -> dict:
    if (name, kind) not in _CACHE:
        folder = ROOT / "exercises" / ("solutions" if kind == "solved" else "")
        _CACHE[name, kind] = _run(folder / f"{name}.ipynb")
    return _CACHE[name, kind]


ALL_TASKS = [(name, task) for name in NOTEBOOKS for task in _tasks(name)]


def test_every_exercise_has_checks():
    for name in NOTEBOOKS:
        assert _tasks(name), f"{name}: no check cell"
        exercise = "\n".join(_cells(ROOT / "exercises" / f"{name}.ipynb"))
        for task in _tasks(name):
            assert f'check("{task}", globals())' in exercise, (name, task)


@pytest.mark.parametrize(("name", "task"), ALL_TASKS)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_unsolved_says_not_yet(name, task, lang):
    namespace = _namespace(name, "unsolved")
    with ca.option_context(language=lang):
        result = check(task, namespace)
        text = result.render()
    assert result.status == "not-yet", text
    assert text.startswith("Not yet:" if lang == "en" else "Nog niet:")


@pytest.mark.parametrize(("name", "task"), ALL_TASKS)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_solved_is_correct(name, task, lang):
    namespace = _namespace(name, "solved")
    with ca.option_context(language=lang):
        result = check(task, namespace)
        text = result.render()
    assert result.status == "correct", text
    assert text.startswith("Correct:" if lang == "en" else "Goed:")


def _replace(name: str, **answers) -> dict:
    return {**_namespace(name, "solved"), **answers}


def _quiet(function, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return function(*args, **kwargs)


def _wrong_01(task):
    df = ca.datasets.load("vandalism")
    cc = ca.check_confounders
    if task == "01.1":
        return _replace(
            "01_fish_shop",
            cafe_report=_quiet(
                cc, df, exposure="cafe", outcome="vandalism", candidates=["youth_hangout"]
            ),
        ), ("square is not among", "pleintje zit niet")
    if task == "01.2":
        return _replace(
            "01_fish_shop",
            park_report=_quiet(
                cc, df, exposure="tidy_park", outcome="vandalism", candidates=["cafe"]
            ),
        ), ("chose the candidates yourself", "koos de kandidaten zelf")
    if task == "01.3":
        report = _namespace("01_fish_shop", "solved")["report"]
        return _replace("01_fish_shop", memo=report.explain(lang="en")), (
            "is in English",
            "is Engelstalig",
        )
    if task == "01.4":
        stones = _namespace("01_fish_shop", "solved")["stones"]
        return _replace(
            "01_fish_shop",
            stones_report=_quiet(
                cc, stones, exposure="treatment_a", outcome="success", candidates=["large_stone"]
            ),
        ), ("each row of the table as one patient", "elke rij van de tabel telde als één patiënt")
    raise KeyError(task)


WRONG = {"01": _wrong_01}


@pytest.mark.parametrize(("name", "task"), ALL_TASKS)
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_wrong_answer_names_the_misconception(name, task, lang):
    namespace, hints = WRONG[task[:2]](task)
    hint = hints[0] if lang == "en" else hints[1]
    with ca.option_context(language=lang):
        assert verdict(task, namespace).status == "wrong"
        with pytest.raises(ExerciseCheckError, match=re.escape(hint)) as info:
            check(task, namespace)
    assert str(info.value).startswith("Not quite:" if lang == "en" else "Nog niet goed:")


def test_checks_accept_other_correct_answers():
    """A different correct call passes too: more candidates, another order, a Dutch option."""
    df = ca.datasets.load("vandalism")
    other = _quiet(ca.check_confounders, df, exposure="cafe", outcome="vandalism",
                   candidates=["neighbourhood", "on_square"])  # fmt: skip
    assert verdict("01.1", {"cafe_report": other}).status == "correct"
    with ca.option_context(language="nl"):
        report = _quiet(ca.check_confounders, df, exposure="fish_shop", outcome="vandalism",
                        candidates=["on_square"])  # fmt: skip
        memo = report.explain()
    assert verdict("01.3", {"memo": memo}).status == "correct"


def test_unknown_task_is_a_named_error():
    with pytest.raises(ca.InvalidOptionError, match="no check for task '99.1'"):
        check("99.1", {})
    with (
        ca.option_context(language="nl"),
        pytest.raises(ca.InvalidOptionError, match="geen controle"),
    ):
        check("99.1", {})


def _wrong_02(task):
    ns = _namespace("02_how_sure_are_we", "solved")
    reports, desk = ns["reports"], ns["desk"]
    if task == "02.1":
        answer = _quiet(
            ca.compare, reports, outcome="within_target", by="channel", correction="none"
        )
        return {**ns, "by_channel": answer}, ("without correcting", "zonder de intervallen")
    if task == "02.2":
        two = reports[reports["district"].isin(["Centrum", "Westhoek"])]
        answer = _quiet(ca.compare, two, outcome="resolution_days", by="district")
        return {**ns, "medians": answer}, ("not the median", "niet de mediaan")
    if task == "02.3":
        july = reports.assign(summer=(reports["month"] >= 7).astype(int))
        answer = _quiet(ca.compare, july, outcome="resolution_days", by="summer")
        return {**ns, "summer": answer}, ("marks other months", "markeert andere maanden")
    if task == "02.4":
        thursday = ns["thursday"]
        answer = _quiet(ca.compare, thursday, outcome="visitors", by="evening")
        return {**ns, "evening": answer}, ("compare them as a rate", "vergelijk ze als frequentie")
    if task == "02.5":
        answer = _quiet(ca.correlate, desk, x="visitors", y="wait_minutes")
        return {**ns, "busy": answer}, ("rank correlation", "rangcorrelatie")
    if task == "02.6":
        return {**ns, "at_90": ns["at_99"], "at_99": ns["at_90"]}, ("swapped", "verwisseld")
    raise KeyError(task)


WRONG["02"] = _wrong_02


def _wrong_03(task):
    ns = _namespace("03_from_information_to_knowledge", "solved")
    data = ns["data"]
    if task == "03.1":
        answer = ca.find_causal_claims(ns["memo"].split(". ")[0])
        return {**ns, "found": answer}, ("give it the whole memo", "geef hem de hele memo")
    if task == "03.2":
        answer = ca.Hypothesis("Cafés go together with less vandalism", exposure="cafe",
                               outcome="vandalism", direction="lower")  # fmt: skip
        _quiet(answer.test, data, candidates=["on_square", "youth_hangout", "neighbourhood"])
        return {**ns, "cafes": answer}, ("*more* vandalism", "*meer* vandalisme")
    if task == "03.3":
        answer = ca.e_value(ns["report"].crude)
        return {**ns, "sensitivity": answer}, ("crude estimate", "ruwe schatting")
    if task == "03.4":
        answer = _quiet(ca.review, ns["flawed"])
        return {**ns, "memo_review": answer}, ("ran every rule", "alle regels zijn gedraaid")
    raise KeyError(task)


WRONG["03"] = _wrong_03


def _wrong_04(task):
    ns = _namespace("04_truancy_recidivism", "solved")
    df = ns["df"]
    survival = {"duration": "followup_days", "event": "new_case"}
    if task == "04.1":
        answer = _quiet(ca.compare_survival, df, by="sex", **survival)
        return {**ns, "only_prior": answer}, ("nothing is held fixed", "niets gelijk gehouden")
    if task == "04.2":
        answer = _quiet(ca.compare_survival, df, by="school_type", reference="havo", **survival)
        return {**ns, "by_school": answer}, ("not adjusted for", "niet gecorrigeerd voor")
    model = ns["LogisticRegression"]
    if task == "04.3":
        answer = _quiet(ca.evaluate_classifier, model(), df, target="new_case_1y",
                        features=["prior_cases", "days_absent", "age"], time="case_date",
                        test_from="2022-01-01", ethics=ns["allows_benefit"], random_state=1)  # fmt: skip
        return {**ns, "without_benefit": answer}, ("does not put benefit off limits",
                                                    "sluit benefit niet uit")  # fmt: skip
    if task == "04.4":
        answer = _quiet(ca.evaluate_classifier, model(), df, target="new_case_1y",
                        features=["prior_cases", "days_absent", "age", "benefit"],
                        time="case_date", test_from="2023-01-01", ethics=ns["allows_benefit"],
                        random_state=1)  # fmt: skip
        return {**ns, "with_benefit": answer}, ("different cases", "verschillende zaken")
    if task == "04.5":
        return {**ns, "age_only": ns["without_benefit"]}, (
            "more than the age",
            "meer dan de leeftijd",
        )
    raise KeyError(task)


WRONG["04"] = _wrong_04


def _wrong_05(task):
    ns = _namespace("05_linking_registers_safely", "solved")
    if task == "05.1":
        answer = ca.check_bsn(pd.Series([str(v) for v in ns["numbers"]]))
        return {**ns, "bsn_check": answer}, ("turned into text", "in tekst omgezet")
    if task == "05.2":
        answer = _quiet(ca.check_bsn, ns["truancy_source"]["bsn_parent"])
        return {**ns, "benefit_check": answer}, ("another column", "andere kolom")
    if task == "05.3":
        # Hashing the text yourself: "012345672" and 12345672 become different strings.
        raw = ["012345672", 12345672, "111222333"]
        answer = pd.Series([hashlib.sha256(str(v).encode()).hexdigest() for v in raw])
        return {**ns, "pseudonyms": answer}, ("leading zero", "voorloopnul")
    if task == "05.4":
        other = "ab" * 32
        benefits = ns["benefits"].assign(
            parent=_quiet(ca.pseudonymise, ns["benefits_source"]["bsn"], key=other,
                          on_invalid="missing"))  # fmt: skip
        return {**ns, "benefits": benefits}, ("different keys", "verschillende sleutels")
    if task == "05.5":
        answer = _quiet(ca.link, ns["truancy"], ns["benefits"], on="parent", how="inner",
                        validate="many_to_one")  # fmt: skip
        return {**ns, "linked": answer}, ("cannot show what was lost", "verloren ging")
    if task == "05.6":
        answer = _quiet(ca.suppress_small_cells, ns["found"], by=["district", "school_type"],
                        person="parent")  # fmt: skip
        return {**ns, "safe": answer}, ("count something else", "tellen iets anders")
    if task == "05.7":
        return {**ns, "coarse": ns["exact"]}, ("rule of fifteen", "regel van vijftien")
    raise KeyError(task)


WRONG["05"] = _wrong_05
