"""Tests of civicanalysis.review and the command line ``civicanalysis review``."""

from __future__ import annotations

import contextlib
import hashlib
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

import civicanalysis as ca
from civicanalysis.__main__ import main
from civicanalysis.review import RULES

ROOT = Path(__file__).resolve().parents[1]
# Every notebook of the course, English and Dutch, exercises and solutions; not the flawed one.
SHIPPED = sorted(
    p
    for folder in ("notebooks", "exercises")
    for p in (ROOT / folder).rglob("*.ipynb")
    if "flawed_analysis" not in p.name and ".ipynb_checkpoints" not in p.parts
)
FLAWED = ROOT / "exercises" / "flawed_analysis.ipynb"


def write(tmp_path: Path, cells: list, name: str = "nb.ipynb", **metadata) -> Path:
    nb = new_notebook(cells=cells)
    nb.metadata.update(metadata)
    path = tmp_path / name
    nbformat.write(nb, path)
    return path


def table_cell(frame: pd.DataFrame, *, html: bool = True) -> nbformat.NotebookNode:
    cell = new_code_cell("table")
    data = {"text/plain": frame.to_string()}
    if html:
        data["text/html"] = frame.to_html()
    cell.outputs = [new_output("execute_result", data=data, execution_count=1)]
    return cell


# -- the planted problems of the flawed notebook ----------------------------------------------
@pytest.fixture(scope="module")
def flawed_review(tmp_path_factory):
    """Execute a copy of the flawed notebook (outputs are never committed), then review it."""
    import nbclient

    folder = tmp_path_factory.mktemp("flawed")
    nb = nbformat.read(FLAWED, as_version=4)
    nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    ).execute()
    path = folder / "flawed_run.ipynb"
    nbformat.write(nb, path)
    return ca.review(path)


def found(result, rule: str, cell: int) -> bool:
    f = result.findings
    return bool(((f["rule"] == rule) & (f["cell"] == cell)).any())


def test_flawed_drops_missing_values_silently(flawed_review):
    assert found(flawed_review, "dropped-missing", 2)


def test_flawed_shows_group_means_without_uncertainty(flawed_review):
    assert found(flawed_review, "no-uncertainty", 4)


def test_flawed_states_a_ratio_without_interval(flawed_review):
    assert found(flawed_review, "no-uncertainty", 5)


def test_flawed_claims_fish_shops_lead_to_vandalism(flawed_review):
    assert found(flawed_review, "causal-claim", 5)


def test_flawed_shows_small_cells_in_the_crosstab(flawed_review):
    assert found(flawed_review, "small-cell", 7)


def test_flawed_runs_many_tests_without_correction(flawed_review):
    assert found(flawed_review, "many-comparisons", 8)


def test_flawed_claims_a_subgroup_difference_untested(flawed_review):
    assert found(flawed_review, "subgroup-claim", 9)


def test_flawed_evaluates_the_model_on_its_training_data(flawed_review):
    assert found(flawed_review, "evaluated-on-training-data", 11)


def test_flawed_concludes_because_of_the_fish_shops(flawed_review):
    assert found(flawed_review, "causal-claim", 12)


def test_flawed_has_nothing_else_and_fails(flawed_review):
    # The nine planted problems, plus the model's accuracy shown without an interval (cell 11).
    f = flawed_review.findings
    assert len(f) == 10
    assert found(flawed_review, "no-uncertainty", 11)
    assert not flawed_review.passed and flawed_review.exit_code == 1


# -- every shipped notebook passes ----------------------------------------------------------------
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_shipped_notebooks_pass_the_reviewer(path):
    result = ca.review(path)
    errors = result.findings[result.findings["severity"] == "error"]
    assert errors.empty, "\n" + result.to_text()


# -- the result -----------------------------------------------------------------------------------
def test_findings_columns_and_renderings(tmp_path):
    path = write(tmp_path, [new_markdown_cell("# Title"), new_markdown_cell("Cafés cause noise.")])
    result = ca.review(path)
    assert list(result.findings.columns) == ["rule", "severity", "cell", "text", "advice"]
    row = result.findings.iloc[0]
    assert (row["rule"], row["severity"], row["cell"]) == ("causal-claim", "error", 2)
    assert "association" in row["advice"]
    assert "[error] causal-claim (cell 2)" in result.to_text()
    assert "| rule | severity | cell | text | advice |" in result.to_markdown()
    assert "<table" in result.to_html() and "causal-claim" in result.to_html()
    data = json.loads(result.to_json())
    assert data["passed"] is False and data["findings"][0]["cell"] == 2
    assert "1 finding: 1 error and 0 warnings" in result.explain("en")
    assert "1 bevinding: 1 fout en 0 waarschuwingen" in result.explain("nl")
    assert "(s)" not in result.explain("en") and "(en)" not in result.explain("nl")
    assert "Oorzakelijke formulering" in ca.review(path, lang="nl").findings["text"].iloc[0]
    assert "causal-claim" in repr(result) and "<table" in result._repr_html_()


def test_clean_notebook_passes(tmp_path):
    path = write(
        tmp_path,
        [
            new_markdown_cell(
                "Fish-shop locations have more vandalism on average "
                "(difference 2.9 incidents, 95% interval 2.4 to 3.3; n = 4,000)."
            ),
            new_code_cell("x = 1"),
        ],
    )
    result = ca.review(path)
    assert result.findings.empty and result.passed and result.exit_code == 0
    assert "found nothing to report" in result.explain("en")


def test_review_ignore_tags_suppress_and_are_counted(tmp_path):
    cell = new_markdown_cell("Fish shops lead to vandalism.")
    cell.metadata["tags"] = ["review-ignore:causal-claim"]
    other = new_markdown_cell("Cafés cause noise.")
    other.metadata["tags"] = ["review-ignore:small-cell"]  # another rule: not suppressed
    result = ca.review(write(tmp_path, [cell, other]))
    assert result.suppressed == 1
    assert result.findings["cell"].tolist() == [2]
    assert "review-ignore" in result.explain("en")


def test_quoted_claims_are_reported_speech(tmp_path):
    path = write(tmp_path, [new_markdown_cell('The memo said: "fish shops lead to vandalism".')])
    assert ca.review(path).findings.empty


# -- small cells ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def vandalism():
    return ca.datasets.load("vandalism")


def test_small_cells_in_html_text_series_and_count_columns(tmp_path, vandalism):
    cross = pd.crosstab(vandalism["neighbourhood"], vandalism["fish_shop"])
    counts = vandalism.groupby("neighbourhood", observed=True).size()
    named = vandalism.groupby(["neighbourhood", "fish_shop"], observed=True).agg(
        n=("vandalism", "size"), mean=("vandalism", "mean")
    )
    printed = new_code_cell("print(cross)")
    printed.outputs = [new_output("stream", text=cross.to_string())]
    series = new_code_cell('counts = vandalism.groupby("neighbourhood").size()\ncounts')
    small = counts[counts < 400]
    series.outputs = [
        new_output(
            "execute_result", data={"text/plain": repr(small.clip(upper=12))}, execution_count=1
        )
    ]
    single = named.reset_index().set_index("neighbourhood")[["n", "mean"]]
    cells = [
        table_cell(cross),
        printed,
        series,
        table_cell(named),
        table_cell(named, html=False),
        table_cell(single, html=False),
    ]
    result = ca.review(write(tmp_path, cells))
    assert result.findings["rule"].eq("small-cell").all()
    assert result.findings["cell"].tolist() == [1, 2, 3, 4, 5, 6]
    assert "Nieuw-West / n = 9" in result.findings["text"].iloc[5]
    assert "Nieuw-West / 1 = 9" in result.findings["text"].iloc[0]


def test_large_counts_raw_rows_and_masked_results_are_not_flagged(tmp_path, vandalism):
    big = vandalism.groupby("on_square").size().rename("n").to_frame()
    with pytest.warns(ca.ConfoundingWarning):
        report = ca.check_confounders(
            vandalism, exposure="fish_shop", outcome="vandalism", candidates=["on_square"]
        )
    masked = new_code_cell("report")
    masked.outputs = [
        new_output(
            "execute_result",
            data={"text/html": report._repr_html_(), "text/plain": repr(report)},
            execution_count=1,
        )
    ]
    shown = pd.DataFrame({"group": ["a", "b"], "n": ["<15", 200]})
    result = ca.review(
        write(tmp_path, [table_cell(big), table_cell(vandalism.head()), masked, table_cell(shown)])
    )
    assert result.findings.empty, result.to_text()


def test_small_cell_threshold_follows_the_option(tmp_path):
    table = pd.DataFrame({"n": [12, 40]}, index=["a", "b"])
    path = write(tmp_path, [table_cell(table)])
    assert len(ca.review(path).findings) == 1
    assert ca.review(path, min_cell_size=10).findings.empty
    with ca.option_context(min_cell_size=10):
        assert ca.review(path).findings.empty
    with ca.option_context(min_cell_size=50):
        assert "below 50" in ca.review(path).findings["text"].iloc[0]


# -- other rules ------------------------------------------------------------------------------------
def test_printed_estimate_without_interval(tmp_path):
    bare = new_code_cell("print('difference:', round(diff, 2))")
    bare.outputs = [new_output("stream", text="difference: 2.86\n")]
    with_ci = new_code_cell("print(...)")
    with_ci.outputs = [new_output("stream", text="difference: 2.86 (95% interval 2.42 to 3.30)\n")]
    result = ca.review(write(tmp_path, [bare, with_ci]))
    assert result.findings[["rule", "cell"]].values.tolist() == [["no-uncertainty", 1]]
    assert "difference: 2.86" in result.findings["text"].iloc[0]


def test_code_rules_stay_quiet_when_done_right(tmp_path):
    code = new_code_cell(
        "from sklearn.model_selection import train_test_split\n"
        "X_train, X_test, y_train, y_test = train_test_split(X, y)\n"
        "model.fit(X_train, y_train)\nmodel.score(X_test, y_test)"
    )
    tests = new_code_cell(
        "from statsmodels.stats.multitest import multipletests\n"
        "p = [stats.ttest_ind(a, b).pvalue for a, b in pairs]\nmultipletests(p, method='holm')"
    )
    drop = new_code_cell("clean = data.dropna()\nprint(len(data) - len(clean), 'rows dropped')")
    assert ca.review(write(tmp_path, [code, tests, drop])).findings.empty


# -- bad input --------------------------------------------------------------------------------------
def bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {}
    files["text"] = tmp_path / "notes.ipynb"
    files["text"].write_text("This is not a notebook.", encoding="utf-8")
    files["json"] = tmp_path / "data.ipynb"
    files["json"].write_text('{"a": 1}', encoding="utf-8")
    files["old"] = tmp_path / "old.ipynb"
    files["old"].write_text(
        json.dumps(
            {"nbformat": 3, "nbformat_minor": 0, "metadata": {}, "worksheets": [{"cells": []}]}
        ),
        encoding="utf-8",
    )
    files["empty"] = write(tmp_path, [], name="empty.ipynb")
    files["blank"] = write(tmp_path, [new_markdown_cell("  ")], name="blank.ipynb")
    files["missing"] = tmp_path / "nope.ipynb"
    files["folder"] = tmp_path
    return files


@pytest.mark.parametrize(
    ("kind", "en", "nl"),
    [
        ("text", "is not a Jupyter notebook", "is geen Jupyter-notebook"),
        ("json", "JSON but not a Jupyter notebook", "JSON maar geen Jupyter-notebook"),
        ("old", "notebook format 3, older than the format 4", "notebookformaat 3, ouder dan"),
        ("empty", "has no cells with content", "heeft geen cellen met inhoud"),
        ("blank", "has no cells with content", "heeft geen cellen met inhoud"),
        ("missing", "does not exist", "bestaat niet"),
        ("folder", "is a folder, not a notebook", "is een map, geen notebook"),
    ],
)
def test_bad_files_give_a_clear_error(tmp_path, kind, en, nl):
    path = bad_files(tmp_path)[kind]
    with pytest.raises(ca.NotebookError, match=en):
        ca.review(path)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.NotebookError, match=nl):
            ca.review(path)


def test_bad_arguments(tmp_path):
    path = write(tmp_path, [new_markdown_cell("Hello.")])
    with pytest.raises(ca.InvalidOptionError, match="unknown rule"):
        ca.review(path, rules=["causal"])
    with pytest.raises(ca.InvalidOptionError, match="min_cell_size=0 must be a whole number"):
        ca.review(path, min_cell_size=0)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="onbekende regel"):
            ca.review(path, rules=["causal"])
        with pytest.raises(ca.InvalidOptionError, match="moet een geheel getal"):
            ca.review(path, min_cell_size=1.5)


def test_huge_output_and_other_languages_are_errors(tmp_path):
    huge = new_code_cell("print(x)")
    huge.outputs = [new_output("stream", text="1 " * 3_000_000)]
    german = new_markdown_cell(
        "Die Analyse zeigt, dass der Vandalismus in der Nähe von Fischläden höher ist und "
        "dass die Polizei dort mehr Streifen fahren sollte, weil es auf dem Platz mehr gibt."
    )
    result = ca.review(write(tmp_path, [huge, german]))
    assert result.findings[["rule", "cell"]].values.tolist() == [
        ["huge-output", 1],
        ["unsupported-language", 2],
    ]
    assert "German" in result.findings["text"].iloc[1]
    r_nb = write(
        tmp_path,
        [new_code_cell("x <- 1")],
        name="r.ipynb",
        kernelspec={"name": "ir", "language": "R", "display_name": "R"},
    )
    result = ca.review(r_nb)
    assert result.findings[["rule", "cell"]].values.tolist() == [["unsupported-language", 0]]
    assert not result.passed


def test_review_never_runs_or_writes_the_notebook(tmp_path):
    marker = tmp_path / "ran.txt"
    path = write(tmp_path, [new_code_cell(f"open({str(marker)!r}, 'w').write('ran')")])
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    ca.review(path)
    assert main(["review", str(path), "--format", "json"]) == 0
    assert not marker.exists()
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


# -- the command line -----------------------------------------------------------------------------
def test_cli_formats_and_exit_status(tmp_path, capsys):
    bad = write(tmp_path, [new_markdown_cell("Cafés cause noise.")], name="bad.ipynb")
    good = write(tmp_path, [new_markdown_cell("Nothing to see.")], name="good.ipynb")
    assert main(["review", str(good)]) == 0
    assert "found nothing to report" in capsys.readouterr().out
    assert main(["review", str(good), str(bad)]) == 1
    assert "[error] causal-claim (cell 1)" in capsys.readouterr().out
    assert main(["review", str(bad), "--format", "json"]) == 1
    assert json.loads(capsys.readouterr().out)[0]["findings"][0]["rule"] == "causal-claim"
    assert main(["review", str(bad), "--format", "markdown", "--lang", "nl"]) == 1
    assert "Beoordeling van bad.ipynb" in capsys.readouterr().out
    out = tmp_path / "report.html"
    assert main(["review", str(bad), "--format", "html", "--output", str(out)]) == 1
    assert "<table" in out.read_text(encoding="utf-8")
    assert main(["review", str(bad), "--rules", "small-cell"]) == 0


def test_cli_bad_input_exits_2_without_traceback(tmp_path):
    files = bad_files(tmp_path)
    good = write(tmp_path, [new_markdown_cell("Nothing to see.")], name="good.ipynb")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "civicanalysis",
            "review",
            str(files["text"]),
            str(files["old"]),
            str(files["empty"]),
            str(files["missing"]),
            str(good),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.stderr.count("cannot review") == 4
    assert "found nothing to report" in proc.stdout


# -- small-cell: only tables that count records or persons ------------------------------------------
def output_cell(source: str, *outputs) -> nbformat.NotebookNode:
    cell = new_code_cell(source)
    cell.outputs = list(outputs)
    return cell


def result_output(plain: str, html: str | None = None):
    data = {"text/plain": plain}
    if html is not None:
        data["text/html"] = html
    return new_output("execute_result", data=data, execution_count=1)


def rules_found(path: Path) -> list[list]:
    return ca.review(path).findings[["rule", "cell"]].values.tolist()


def test_small_cell_reads_headerless_html_print_lines_and_unnamed_count_columns(tmp_path):
    sizes = pd.Series([412, 9, 251], index=pd.Index(["Centrum", "Oost", "Zuid"], name="wijk"))
    headerless = output_cell(
        'HTML(data.groupby("wijk").size().to_frame().to_html(header=False))',
        new_output(
            "display_data",
            data={"text/html": sizes.to_frame().to_html(header=False), "text/plain": "<HTML>"},
        ),
    )
    printed = output_cell(
        "for soort, groep in data.groupby('uitkering'):\n    print(soort, len(groep))",
        new_output("stream", text="Uitkeringen per type\nWIA: 8 personen\nWW: 271 personen\n"),
    )
    alias = pd.DataFrame(
        {"pupils": [212, 9], "share_absent": [0.08, 0.33], "rank": [2, 1]},
        index=pd.Index(["De Regenboog", "De Brug"], name="school"),
    )
    aliased = output_cell(
        'absence.groupby("school").agg(pupils=("pupil_id", "nunique"), share_absent=("a", "mean"))',
        result_output(alias.to_string(), alias.to_html()),
    )
    result = ca.review(write(tmp_path, [headerless, printed, aliased]))
    assert result.findings[["rule", "cell"]].values.tolist() == [
        ["small-cell", 1],
        ["small-cell", 2],
        ["small-cell", 3],
    ]
    assert "Oost = 9" in result.findings["text"].iloc[0]
    assert "WIA = 8 personen" in result.findings["text"].iloc[1]
    assert "De Brug / pupils = 9" in result.findings["text"].iloc[2]
    assert "rank" not in result.findings["text"].iloc[2]


def test_small_cell_parses_long_right_aligned_labels(tmp_path):
    counts = pd.Series(
        [4, 1200, 88],
        index=pd.Index(
            ["Department of Education", "NYPD", "Taxi and Limousine Commission"], name="agency"
        ),
        name="count",
    )
    table = counts.rename_axis("agency").reset_index()
    cells = [
        output_cell('requests["agency"].value_counts()', result_output(repr(counts))),
        output_cell(
            'print(requests["agency"].value_counts().reset_index())',
            new_output("stream", text=table.to_string()),
        ),
    ]
    result = ca.review(write(tmp_path, cells))
    texts = result.findings["text"].tolist()
    assert result.findings["cell"].tolist() == [1, 2]
    assert "Department of Education / count = 4" in texts[0]
    assert "Department of Education / count = 4" in texts[1]
    assert not any("Department of /" in t for t in texts)


def test_small_cell_ignores_correlations_ranks_years_missing_tallies_and_distinct_counts(tmp_path):
    corr = pd.DataFrame(
        {"days": [1.0, 0.31, 0.02], "complaints": [0.31, 1.0, -0.1], "year": [0.02, -0.1, 1.0]},
        index=["days", "complaints", "year"],
    )
    ranks = pd.DataFrame({"rank": [1, 2, 3]}, index=pd.Index(["BRONX", "QUEENS", "X"], name="b"))
    years = pd.DataFrame({"year": [2019, 2020], "requests": [1200, 1301]})
    missing = pd.Series({"wijk": 0, "categorie": 3, "doorlooptijd": 12})
    agencies = pd.Series([5, 7, 3], index=["BRONX", "QUEENS", "STATEN ISLAND"], name="agencies")
    ids = pd.DataFrame({"leerling_id": [3, 7, 9], "uren": [12.5, 3.0, 8.0]})
    cells = [
        output_cell("data.corr()", result_output(corr.to_string(), corr.to_html())),
        output_cell("ranks", result_output(ranks.to_string(), ranks.to_html())),
        output_cell("years", result_output(years.to_string(), years.to_html())),
        output_cell("data.isna().sum()", result_output(repr(missing))),
        output_cell(
            'requests.groupby("borough")["agency"].nunique().rename("agencies")',
            result_output(repr(agencies)),
        ),
        output_cell("verzuim.head(3)", result_output(ids.to_string(), ids.to_html())),
    ]
    result = ca.review(write(tmp_path, cells))
    assert result.findings.empty, result.to_text()


# -- no-uncertainty: estimates used as evidence only ------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "De correlatiecoëfficiënt van 0,88 bevestigt dat snelle afhandeling en tevredenheid "
        "samengaan.",
        "Vandalism has correlations of 0.81 and 0.67 with fish shops and cafés.",
        "Requests in the Bronx take 4.2 days longer to close than in Manhattan.",
        "Leerlingen uit Noord verzuimen vaker: 12,4% tegen 8,1% in de rest van de stad.",
        "The model reaches an accuracy of 0.84 on the test set.",
        "Het aantal meldingen daalde met 23% na de plaatsing van de camera's.",
    ],
)
def test_estimates_without_uncertainty_are_found(tmp_path, sentence):
    assert rules_found(write(tmp_path, [new_markdown_cell(sentence)])) == [["no-uncertainty", 1]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Data: https://data.cityofnewyork.us/Social-Services/311-Service-Requests/erm2-nwe9, "
        "downloaded 3 March 2024.",
        "See section 2.3 of the data dictionary; the definitions are in §4.2.",
        "Boroughs with fewer than 15 requests in a year are left out; more than 30 days is late.",
        "We will compare 2022 with 2023 and report the difference with its interval.",
        "In 12 meldingen ontbreekt de doorlooptijd; 3 rijen zijn dubbel.",
        "Locations with a fish shop have 2.9 more incidents (95% interval 2.4 to 3.3).",
        "Centrum heeft 0,8 meldingen per inwoner meer (95%-betrouwbaarheidsinterval 0,5 tot 1,1).",
        "Is the difference of 4.2 days real?",
    ],
)
def test_numbers_that_are_not_estimates_are_left_alone(tmp_path, sentence):
    assert ca.review(write(tmp_path, [new_markdown_cell(sentence)])).findings.empty


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (
            "print(f'Difference: {diff} ({rel:+.1%})')",
            "Requests 2023: 4512\nDifference: 4334 (+6.0%)\n",
        ),
        ("print('Nauwkeurigheid op de testset:', acc)", "Nauwkeurigheid op de testset: 0,81\n"),
        ("print(f'Mean difference: {d:.1f} incidents')", "Mean difference: 1.8 incidents\n"),
    ],
)
def test_printed_estimates_without_interval(tmp_path, source, text):
    cell = output_cell(source, new_output("stream", text=text))
    assert rules_found(write(tmp_path, [cell])) == [["no-uncertainty", 1]]


def test_printed_counts_and_p_values_are_not_estimates(tmp_path):
    cell = output_cell(
        "print(...)",
        new_output("stream", text="Requests 2022: 4178\nCentrum 0.001\nchi2=14.2  p=0.027\n"),
    )
    assert ca.review(write(tmp_path, [cell])).findings.empty


def test_a_bare_test_score_is_an_estimate(tmp_path):
    cell = output_cell("clf.score(X_test, y_test)", result_output("0.8412"))
    assert rules_found(write(tmp_path, [cell])) == [["no-uncertainty", 1]]


# -- evaluated-on-training-data ---------------------------------------------------------------------
def test_metric_on_training_predictions_is_found(tmp_path):
    code = new_code_cell(
        "tree = DecisionTreeClassifier().fit(features, target)\n"
        "predicted = tree.predict(features)\n"
        "print(accuracy_score(target, predicted))"
    )
    assert rules_found(write(tmp_path, [code])) == [["evaluated-on-training-data", 1]]


def test_a_trend_line_is_not_an_evaluation(tmp_path):
    code = new_code_cell(
        "line = LinearRegression().fit(years, counts['incidents'])\n"
        "ax.plot(counts['year'], line.predict(years))"
    )
    assert ca.review(write(tmp_path, [code])).findings.empty


def test_random_split_of_pupil_years_is_found_and_a_grouped_split_is_not(tmp_path):
    head = pd.DataFrame({"leerling_id": [1, 1, 2], "schooljaar": ["2021/22", "2022/23", "2021/22"]})
    shown = output_cell("verzuim.head(3)", result_output(head.to_string(), head.to_html()))
    split = new_code_cell(
        "X_train, X_test, y_train, y_test = train_test_split(X, y, random_state=1)\n"
        "model = RandomForestClassifier().fit(X_train, y_train)\nmodel.score(X_test, y_test)"
    )
    assert rules_found(write(tmp_path, [shown, split])) == [["evaluated-on-training-data", 2]]
    text = ca.review(write(tmp_path, [shown, split]), lang="nl").findings["text"].iloc[0]
    assert "leerling_id" in text and "willekeurige splitsing" in text
    grouped = new_code_cell(
        "split = GroupShuffleSplit(test_size=0.25, random_state=0)\n"
        "train, test = next(split.split(X, y, groups=verzuim['leerling_id']))"
    )
    assert ca.review(write(tmp_path, [shown, grouped])).findings.empty


# -- many-comparisons ---------------------------------------------------------------------------------
def test_a_single_test_after_a_loop_is_not_in_the_loop(tmp_path):
    code = new_code_cell(
        "for hood, part in data.groupby('neighbourhood'):\n"
        "    sizes.append(len(part))\n"
        "overall = stats.ttest_ind(a, b)"
    )
    assert ca.review(write(tmp_path, [code])).findings.empty


def test_tests_in_comprehensions_and_apply_are_in_a_loop(tmp_path):
    comp = new_code_cell("p = [stats.mannwhitneyu(a, b).pvalue for a, b in pairs]")
    apply = new_code_cell("data.groupby('wijk').apply(lambda g: stats.ttest_ind(g.x, g.y))")
    assert rules_found(write(tmp_path, [comp, apply])) == [
        ["many-comparisons", 1],
        ["many-comparisons", 2],
    ]


# -- before-after-without-comparison ------------------------------------------------------------------
def test_before_after_for_one_group_is_found(tmp_path):
    code = new_code_cell(
        'camera = meldingen[meldingen["plein"].isin(camerapleinen)]\n'
        'voor = camera[camera["datum"] < "2023-06-01"]\n'
        'na = camera[camera["datum"] >= "2023-06-01"]\n'
        "len(na) - len(voor)"
    )
    result = ca.review(write(tmp_path, [code]))
    assert result.findings[["rule", "cell"]].values.tolist() == [
        ["before-after-without-comparison", 1]
    ]
    assert "2023-06-01" in result.findings["text"].iloc[0]
    assert "difference-in-differences" in result.findings["advice"].iloc[0]
    nl = ca.review(write(tmp_path, [code]), lang="nl").findings
    assert "zonder vergelijkingsgroep" in nl["text"].iloc[0]


def test_before_after_with_a_comparison_group_is_fine(tmp_path):
    code = new_code_cell(
        'reports["after"] = reports["date"] >= "2024-03-01"\n'
        'reports.groupby(["group", "after"])["reports"].agg(["mean", "sem", "size"])\n'
        "# group is 'pilot' or 'comparison'"
    )
    assert ca.review(write(tmp_path, [code])).findings.empty


# -- linear time on adversarial input -----------------------------------------------------------------
def loop_cell(lines: int) -> str:
    body = "\n".join(f"    x{i} = part[{i}] + {i}" for i in range(lines - 2))
    return f"for name, part in data.groupby('wijk'):\n{body}\n    stats.ttest_ind(part.a, part.b)"


@contextlib.contextmanager
def deadline(seconds: int):
    """Fail (instead of hanging) when the block takes longer than ``seconds``."""

    def stop(signum, frame):
        raise TimeoutError(f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_long_loops_are_instant(tmp_path):
    cells = [new_code_cell(loop_cell(n)) for n in (9, 12, 400)]
    path = write(tmp_path, cells)
    start = time.perf_counter()
    with deadline(60):
        result = ca.review(path)
    assert time.perf_counter() - start < 5
    assert result.findings["rule"].eq("many-comparisons").sum() == 3


def test_adversarial_text_tables_and_html_stay_linear(tmp_path):
    # causal-claim is left out: its scanner (civicanalysis.wording) is measured in its own tests.
    own_rules = [r for r in RULES if r != "causal-claim"]
    n = 200_000
    cells = [
        new_markdown_cell("the difference " * (n // 15)),  # no sentence break
        new_markdown_cell("`" + "a" * n + " <" * (n // 2) + '"' * 1000 + "“" * 1000),
        new_markdown_cell("0.1 " * (n // 4) + "https://" + "x" * n),
        output_cell("print(x)", new_output("stream", text=("label " * 30 + "   1\n") * 2000)),
        output_cell(
            "HTML(x)",
            new_output("display_data", data={"text/html": "<table><tr <td " * (n // 14)}),
        ),
        output_cell("x", result_output(" " * n + "n\n" + ("a" * 50 + "  3\n") * 2000)),
    ]
    path = write(tmp_path, cells)
    start = time.perf_counter()
    with deadline(120):
        ca.review(path, rules=own_rules)
    assert time.perf_counter() - start < 30


# -- bad input in both languages ----------------------------------------------------------------------
@pytest.mark.parametrize("value", [None, 3, ["a.ipynb"], ""])
def test_review_of_something_that_is_not_a_path(value):
    with pytest.raises(ca.NotebookError, match="is not a file name"):
        ca.review(value)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.NotebookError, match="is geen bestandsnaam"):
            ca.review(value)


def test_rules_must_be_a_list_of_known_rules(tmp_path):
    path = write(tmp_path, [new_markdown_cell("Hello.")])
    with pytest.raises(ca.InvalidOptionError, match="names unknown rules"):
        ca.review(path, rules=["causal", "small"])
    with pytest.raises(ca.InvalidOptionError, match="names an unknown rule"):
        ca.review(path, rules=5)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="noemt een onbekende regel"):
            ca.review(path, rules=["causal"])


def test_cli_help_in_dutch(capsys):
    with pytest.raises(SystemExit):
        main(["review", "--help", "--lang", "nl"])
    out = capsys.readouterr().out
    assert "gebruik:" in out and "de notebooks (.ipynb) die u wilt laten beoordelen" in out
    with pytest.raises(SystemExit):
        main(["review", "--help"])
    assert "the notebooks (.ipynb) to review" in capsys.readouterr().out


# -- the corpus -------------------------------------------------------------------------------------------
CORPUS = ROOT / "tests" / "reference" / "review_corpus"


@pytest.mark.parametrize("part", ["tune", "test", "test_b"])
def test_corpus_precision(part):
    import importlib.util

    spec = importlib.util.spec_from_file_location("corpus_evaluate", CORPUS / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    figures = module.evaluate(part)
    assert figures["overall"]["precision"] >= 0.9, figures["mistakes"]
    assert figures["overall"]["recall"] >= 0.8, figures["mistakes"]


def test_odd_but_valid_notebooks_do_not_crash(tmp_path):
    odd = new_code_cell(
        "%matplotlib inline\n!pip list\nfit(X, y)\npredict(X)\nscore(X, y)\n"
        "for i in range(3): ttest_ind(a, b)\nmodel = make().fit(X, y)\nx = [p for p in q]"
    )
    broken = new_code_cell("def f(:\n    pass")
    odd.outputs = [new_output("stream", text="\n\n  \n" + "x" * 10), new_output("error", ename="E")]
    raw = nbformat.v4.new_raw_cell("raw text 0.88 higher")
    tagged = new_markdown_cell("Tekst.")
    tagged.metadata["tags"] = "not-a-list"
    path = tmp_path / "odd.ipynb"  # written as JSON: nbformat would refuse the odd tag list
    nb = new_notebook()
    nb.cells = [odd, broken, raw, tagged]
    path.write_text(json.dumps(nb), encoding="utf-8")
    result = ca.review(path)
    assert result.findings["rule"].tolist() == ["many-comparisons"]


def test_a_result_made_in_english_renders_in_dutch(tmp_path):
    path = write(tmp_path, [new_markdown_cell("Cafés cause noise.")])
    result = ca.review(path, lang="en")
    assert "Causal wording" in result.to_text("en")
    dutch = result.to_text("nl")
    assert "Oorzakelijke formulering" in dutch and "(cel 1)" in dutch
    assert "Oorzakelijke formulering" in result.to_markdown("nl")
    assert "Oorzakelijke formulering" in result.to_html("nl")
