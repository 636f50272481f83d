from __future__ import annotations

import math
from dataclasses import FrozenInstanceError

import pandas as pd
import pytest

import civicanalysis as ca


def test_estimate_evidence_levels():
    assert ca.Estimate("difference in means", 2.0, 1.0, 3.0, p_value=0.01).evidence == "likely"
    assert ca.Estimate("difference in means", 2.0, 1.0, 3.0, p_value=1e-5).evidence == "clear"
    assert ca.Estimate("odds ratio", 1.2, 0.9, 1.6, null=1.0).evidence == "consistent-with-none"
    nan = math.nan
    assert ca.Estimate("rate ratio", 1.2, nan, nan, null=1.0).evidence == "unknown"


def test_estimate_is_frozen_and_speaks_both_languages():
    e = ca.Estimate("difference in means", -2.0, -3.5, -0.5, unit="days")
    with pytest.raises(FrozenInstanceError):
        e.value = 1.0  # type: ignore[misc]
    assert e.direction == -1 and e.excludes_null
    assert "likely" in e.verdict("en") and "waarschijnlijk" in e.verdict("nl")
    assert "−2.00 days (95% interval −3.50 to −0.500)" == e.interval_text("en")
    assert "significant" not in e.verdict("en").lower()


# --- the result base -------------------------------------------------------------------------


def _compare(**options):
    data = ca.datasets.load("vandalism")
    with ca.option_context(**options):
        return ca.compare(data, outcome="vandalism", by="fish_shop")


def test_result_records_the_options_and_the_call_that_made_it():
    result = _compare(min_cell_size=40)
    assert result.computed_with == {"min_cell_size": 40, "language": "en"}
    info = result.produced_by
    assert info["function"] == "ca.compare"
    data = ca.datasets.load("vandalism")
    assert (info["rows"], info["columns"]) == data.shape
    assert "ca.compare" in result.provenance("en") and "rows" in result.provenance("en")
    assert "rijen" in result.provenance("nl") and "minimale celgrootte 40" in result.provenance(
        "nl"
    )


def test_stored_result_shows_what_was_computed():
    """Changing min_cell_size after the result was made does not change what it shows."""
    from civicanalysis._results import compact_table

    table = pd.DataFrame({"group": ["a", "b"], "n": [12, 400], "share": [0.1234, 0.5]})
    shown, rest = compact_table(table, "en", min_cell_size=15)
    assert shown["Number"].tolist() == ["<15", "400"] and rest == 0
    assert shown["Share"].tolist() == ["12.3%", "50.0%"]
    result = _compare(min_cell_size=15)
    with ca.option_context(min_cell_size=1000):
        assert result.computed_with["min_cell_size"] == 15
        assert "minimum cell size 15" in result.to_markdown("en")


def test_display_cells_read_as_numbers_for_people():
    from civicanalysis._results import format_cell

    assert format_cell(1e-9, "p", "en", 15) == "< 0.001"
    assert format_cell(1e-9, "p", "nl", 15) == "< 0,001"
    assert format_cell(0.0123, "p", "nl", 15) == "0,012"
    assert format_cell(math.nan, "number", "en", 15) == "–"
    assert format_cell(None, "text", "en", 15) == "–"
    assert format_cell(3, "count", "en", 15) == "<15"
    assert format_cell(12345.678, "number", "nl", 15) == "12.346"
    assert format_cell(0.25, "share", "nl", 15) == "25,0%"
    assert format_cell(True, "bool", "nl", 15) == "ja"


def test_explain_headline_and_detail():
    result = _compare()
    headline = result.explain("en")
    assert headline == result.explain("en", detail=False)
    assert result.explain("en", detail=True).startswith(headline)


def test_to_dict_is_json_safe_and_bilingual():
    import json

    result = _compare()
    record = result.to_dict()
    text = json.dumps(record, allow_nan=False)
    assert record["type"] == "CompareResult"
    assert set(record["explanation"]) == {"en", "nl"}
    assert record["estimate"]["measure"] == result.estimate.measure
    assert isinstance(record["table"], list) and record["table"]
    assert record["computed_with"]["min_cell_size"] == 15
    assert "NaN" not in text


def test_markdown_html_and_repr_follow_the_language():
    result = _compare()
    md_en, md_nl = result.to_markdown("en"), result.to_markdown("nl")
    assert md_en.startswith("### ") and "| " in md_en
    assert "Made with ca.compare" in md_en and "Gemaakt met ca.compare" in md_nl
    html_nl = result.to_html("nl")
    assert "<table" in html_nl and "Gemaakt met" in html_nl
    with ca.option_context(language="nl"):
        assert "Gemaakt met" in result._repr_html_()
        assert result.explain() == result.explain("nl")
    assert (
        result.display_table("nl").columns.tolist() != result.display_table("en").columns.tolist()
    )


def test_caveats_render_in_the_shown_language():
    data = ca.datasets.load("vandalism").head(40)
    with ca.option_context(language="en"), pytest.warns(ca.CivicAnalysisWarning):
        result = ca.compare(data, outcome="vandalism", by="fish_shop")
    assert result.caveats
    nl = result.to_markdown("nl")
    for caveat in result.caveats:
        if hasattr(caveat, "render"):
            assert caveat.render("nl") in nl


def test_one_table_of_measure_names():
    from civicanalysis._results import measure_name, with_article

    assert measure_name("hazard ratio", "nl") == "hazardratio"
    assert measure_name("rate ratio", "nl") == "frequentieverhouding"
    assert measure_name("odds ratio", "nl") == "oddsratio"
    assert measure_name("difference in means", "nl") == "verschil in gemiddelden"
    assert measure_name("difference in proportions", "nl") == "verschil in aandelen"
    assert with_article("risk ratio", "nl") == "het relatief risico"
    assert with_article("hazard ratio", "nl") == "de hazardratio"
    name = measure_name("rate ratio", "en")
    assert name.render("nl") == "frequentieverhouding"
    assert measure_name("something new", "nl") == "something new"


def test_numbers_in_sentences_follow_the_language():
    e = ca.Estimate("difference in means", 1234.5, 1000.25, 1500.75, p_value=0.01)
    text = e.interval_text("en")
    assert "1,234" in text or "1,235" in text
    assert "1.234" in text.render("nl") or "1.235" in text.render("nl")
    assert "95%-betrouwbaarheidsinterval" in e.verdict("nl")


def test_compact_table_keeps_row_labels_and_records_the_data_of_any_first_argument():
    leak = pd.DataFrame({"benefit": [12, 30, 25], "none": [40, 50, 60]}, index=["N", "Z", "W"])
    result = ca.suppress_small_cells(leak)
    shown = result.display_table("nl")
    assert shown.iloc[:, 0].tolist()[:3] == ["N", "Z", "W"]
    assert "x" in shown["benefit"].tolist()
    assert (result.produced_by["rows"], result.produced_by["columns"]) == (3, 2)
    assert "1 because it describes" in result.explain("en")
    assert "1 omdat die minder dan 15 personen beschrijft" in result.explain("nl")


def test_record_survives_pickle_copy_and_replace():
    import copy
    import dataclasses
    import pickle

    result = _compare(min_cell_size=40)
    for other in (
        pickle.loads(pickle.dumps(result)),
        copy.deepcopy(result),
        dataclasses.replace(result, caveats=()),
    ):
        assert other.computed_with["min_cell_size"] == 40
        assert other.produced_by["function"] == "ca.compare"


def test_plot_ticks_follow_the_language():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    result = _compare()
    with ca.option_context(language="nl"):
        ax = result.plot()
        ax.figure.canvas.draw()
        labels = [t.get_text() for t in ax.get_xticklabels()]
    plt.close(ax.figure)
    assert any("," in t for t in labels) and not any("." in t for t in labels)
    ax = result.plot()
    ax.figure.canvas.draw()
    assert any("." in t.get_text() for t in ax.get_xticklabels())
    plt.close(ax.figure)


def test_compact_table_never_merges_two_columns_with_one_header():
    from civicanalysis._results import compact_table

    table = pd.DataFrame({"n": [20, 30], "count": [5, 6]})
    shown, _ = compact_table(table, "nl", min_cell_size=15)
    assert len(shown.columns) == 2 and shown.columns[0] == "Aantal"


def test_caveats_still_render_in_both_languages_after_pickling():
    import pickle

    data = ca.datasets.load("vandalism").head(40)
    with pytest.warns(ca.CivicAnalysisWarning):
        result = ca.compare(data, outcome="vandalism", by="fish_shop")
    again = pickle.loads(pickle.dumps(result))
    assert again.caveats and all(hasattr(c, "render") for c in again.caveats)
    assert [c.render("nl") for c in again.caveats] == [c.render("nl") for c in result.caveats]
    assert again.to_markdown("nl") == result.to_markdown("nl")


def test_a_verdict_made_in_english_renders_in_dutch():
    e = ca.Estimate("risk ratio", 2.0, 1.2, 3.1, null=1.0, p_value=0.01)
    verdict = e.verdict("en")
    assert "the risk ratio" in verdict
    dutch = verdict.render("nl")
    assert "het relatief risico" in dutch and "95%-betrouwbaarheidsinterval" in dutch
    assert "echte samenhang" in dutch and "1,20" in dutch


def test_compact_displays_show_what_a_reader_needs():
    """Headline columns only, codes in words, in both languages (issue 12, item 3)."""
    import warnings

    vandalism = ca.datasets.load("vandalism")
    truancy = ca.datasets.load("truancy")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        results = {
            "confounders": ca.check_confounders(
                vandalism, exposure="fish_shop", outcome="vandalism", candidates=["on_square"]
            ),
            "compare": ca.compare(vandalism, outcome="vandalism", by="fish_shop"),
            "survival": ca.compare_survival(
                truancy, duration="followup_days", event="new_case", by="sex"
            ),
            "hypothesis": ca.Hypothesis(
                "Fish shops go with vandalism", exposure="fish_shop", outcome="vandalism"
            ).test(vandalism, candidates=["on_square"]),
        }
    codes = {"consistent-with-none", "contrast", "unadjusted", "association", "confounders"}
    for name, result in results.items():
        for lang in ("en", "nl"):
            shown = result.display_table(lang)
            assert len(shown.columns) <= 10, (name, list(shown.columns))
            cells = set(shown.astype(str).to_numpy().ravel()) | set(shown.columns)
            assert not cells & codes, (name, lang, cells & codes)
    assert "Bewijs" in results["confounders"].display_table("nl").columns
    assert "ruwe schatting" in results["survival"].display_table("nl").to_string()
    assert "p-value (corrected)" not in results["compare"].display_table("en").columns
