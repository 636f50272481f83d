"""ca.memo: a Word or Markdown memo of results, read back to check what a reader gets."""

from __future__ import annotations

import warnings

import pytest

import civicanalysis as ca


@pytest.fixture(scope="module")
def results():
    data = ca.datasets.load("vandalism")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.CivicAnalysisWarning)
        compared = ca.compare(data, outcome="vandalism", by="fish_shop")
        report = ca.check_confounders(
            data, outcome="vandalism", exposure="fish_shop", candidates=["on_square"]
        )
    return compared, report


def _docx_text(path):
    import docx

    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return document, "\n".join(paragraphs), cells


def test_docx_memo_holds_every_part(tmp_path, results):
    compared, report = results
    path = ca.memo(compared, report, path=tmp_path / "memo.docx", lang="en", title="Fish shops")
    assert path.exists()
    document, text, cells = _docx_text(path)
    assert document.paragraphs[0].text == "Fish shops"
    assert compared.explain("en") in text
    assert report.explain("en") in text
    assert "Made with ca.compare on data of 4000 rows" in text
    assert "ca.check_confounders" in text
    assert len(document.tables) == 2
    assert "Estimate" in cells and "Lower bound" in cells
    assert len(document.inline_shapes) == 2  # one plot per result
    if report.caveats:
        assert "Caveats" in text


def test_docx_memo_in_dutch(tmp_path, results):
    compared, report = results
    path = ca.memo(compared, report, path=tmp_path / "notitie.docx", lang="nl")
    document, text, cells = _docx_text(path)
    assert document.paragraphs[0].text == "Analysenotitie"
    assert compared.explain("nl") in text
    assert "Gemaakt met ca.compare op data van 4000 rijen" in text
    assert "Schatting" in cells and "Estimate" not in cells


def test_markdown_memo_with_figures(tmp_path, results):
    compared, report = results
    with ca.option_context(language="nl"):
        path = ca.memo(compared, report, path=tmp_path / "notitie.md")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Analysenotitie")
    assert "| Schatting |" in text or "Schatting" in text
    assert "![Figuur 1](notitie_files/figure_1.png)" in text
    assert (tmp_path / "notitie_files" / "figure_1.png").read_bytes()[:4] == b"\x89PNG"
    assert compared.explain("nl") in text


@pytest.mark.parametrize("language", ["en", "nl"])
def test_memo_bad_input(tmp_path, results, language):
    compared, _ = results
    patterns = {
        "en": ("no results", "not a civicanalysis result", "must end in .docx"),
        "nl": ("geen resultaten", "geen resultaat van civicanalysis", "moet eindigen op .docx"),
    }[language]
    with ca.option_context(language=language):
        with pytest.raises(ca.InvalidOptionError, match=patterns[0]):
            ca.memo(path=tmp_path / "m.docx")
        with pytest.raises(ca.InvalidOptionError, match=patterns[1]):
            ca.memo(compared, "text", path=tmp_path / "m.docx")
        with pytest.raises(ca.InvalidOptionError, match=patterns[2]):
            ca.memo(compared, path=tmp_path / "m.pdf")
