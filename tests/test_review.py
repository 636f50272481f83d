"""Tests of civicanalysis.review and the command line ``civicanalysis review``."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

import civicanalysis as ca
from civicanalysis.__main__ import main

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted(
    (ROOT / "exercises" / "solutions").glob("*.ipynb")
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
