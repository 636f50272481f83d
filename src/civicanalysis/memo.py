"""A memo of results: a Word document (``.docx``) or Markdown (``.md``) a policy officer can send.

Per result the memo holds its title and rung, the headline sentences, the fuller account where
the result has one, a compact table, its plot, the caveats, and a line saying which function and
data produced it. Everything is rendered in one language (default: the package setting).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ._exceptions import InvalidOptionError
from ._results import MSG as RESULTS_MSG
from ._results import ResultMixin
from ._text import Catalog, render, resolve_language

MSG = Catalog(
    "memo",
    {
        "default_title": {"en": "Analysis memo", "nl": "Analysenotitie"},
        "made_on": {
            "en": (
                "Made on {date} with civicanalysis; it holds {n} result.",
                "Made on {date} with civicanalysis; it holds {n} results.",
            ),
            "nl": (
                "Gemaakt op {date} met civicanalysis; de notitie bevat {n} resultaat.",
                "Gemaakt op {date} met civicanalysis; de notitie bevat {n} resultaten.",
            ),
        },
        "details": {"en": "In more detail", "nl": "Uitgebreider"},
        "figure": {"en": "Figure {n}", "nl": "Figuur {n}"},
        "no_results": {
            "en": "ca.memo() got no results, so there is nothing to write. Pass one or more "
            "results, e.g. ca.memo(result, path='memo.docx').",
            "nl": "ca.memo() kreeg geen resultaten, dus er valt niets te schrijven. Geef een of "
            "meer resultaten mee, bijvoorbeeld ca.memo(resultaat, path='notitie.docx').",
        },
        "not_a_result": {
            "en": "Argument {i} of ca.memo() is {typ}, not a civicanalysis result, so it has no "
            "explanation or table to put in a memo. Pass the objects that functions such as "
            "ca.compare or ca.check_confounders return.",
            "nl": "Argument {i} van ca.memo() is {typ}, geen resultaat van civicanalysis, dus er "
            "is geen uitleg of tabel om in een notitie te zetten. Geef de objecten mee die "
            "functies als ca.compare of ca.check_confounders teruggeven.",
        },
        "bad_path": {
            "en": "path={path!r} must end in .docx (a Word document) or .md (Markdown), because "
            "the suffix chooses the format. Use e.g. path='memo.docx'.",
            "nl": "path={path!r} moet eindigen op .docx (een Word-document) of .md (Markdown), "
            "omdat de extensie het formaat bepaalt. Gebruik bijvoorbeeld path='notitie.docx'.",
        },
    },
)


def _check_results(results: Sequence[Any]) -> list[ResultMixin]:
    if not results:
        raise InvalidOptionError(MSG("no_results"))
    for i, result in enumerate(results, start=1):
        if not isinstance(result, ResultMixin):
            typ = type(result).__name__
            raise InvalidOptionError(MSG("not_a_result", i=i, typ=typ))
    return list(results)


def _check_path(path: Any) -> Path:
    if not isinstance(path, (str, Path)) or Path(path).suffix.lower() not in (".docx", ".md"):
        raise InvalidOptionError(MSG("bad_path", path=str(path)))
    return Path(path)


def memo(
    *results: ResultMixin, path: str | Path, lang: str | None = None, title: str | None = None
) -> Path:
    """Write results to a memo: a Word document (``.docx``) or Markdown (``.md``).

    Parameters
    ----------
    *results : result objects
        What ``ca.compare``, ``ca.check_confounders``, ``ca.compare_survival`` and the other
        functions return, in the order they should appear.
    path : str or Path
        The file to write; its suffix chooses the format (``.docx`` or ``.md``). A Markdown
        memo puts its figures as PNG files in a folder ``<name>_files`` next to it.
    lang : {"en", "nl"}, optional
        Language of the memo; default the package setting.
    title : str, optional
        Title of the memo (default "Analysis memo" / "Analysenotitie").

    Returns
    -------
    Path
        The path written.

    Raises
    ------
    InvalidOptionError
        Without results, with something that is not a result, or with a path that does not end
        in ``.docx`` or ``.md``.

    Examples
    --------
    >>> import civicanalysis as ca, tempfile, pathlib
    >>> df = ca.datasets.load("vandalism")
    >>> res = ca.compare(df, outcome="vandalism", by="fish_shop")
    >>> out = ca.memo(res, path=pathlib.Path(tempfile.mkdtemp()) / "memo.md", lang="nl")
    >>> out.read_text(encoding="utf-8").splitlines()[0]
    '# Analysenotitie'
    """
    items = _check_results(results)
    target = _check_path(path)
    lang = resolve_language(lang)
    heading = render(title, lang) if title else MSG("default_title", lang=lang)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.suffix.lower() == ".docx":
        _write_docx(items, target, lang, heading)
    else:
        _write_markdown(items, target, lang, heading)
    return target


def _sections(result: ResultMixin, lang: str) -> dict[str, Any]:
    """What the memo shows of one result, rendered in ``lang``."""
    headline = result.explain(lang)
    full = result.explain(lang, detail=True)
    frame, _ = result._compact(lang)
    return {
        "title": render(result._title(lang), lang),
        "rung": render(result.rung_label(lang), lang),
        "headline": headline,
        "detail": full[len(headline) :].strip() if full.startswith(headline) else "",
        "table": frame,
        "notes": [render(n, lang) for n in result._notes(lang)],
        "png": result._plot_png(lang),
        "caveats": [render(c, lang) for c in result.caveats],
        "provenance": render(result.provenance(lang), lang),
    }


def _made_on(n: int, lang: str) -> str:
    return MSG("made_on", lang=lang, date=_dt.date.today().isoformat(), n=n)


def _write_markdown(items: list[ResultMixin], target: Path, lang: str, heading: str) -> None:
    from ._results import _markdown_table

    figures = target.parent / f"{target.stem}_files"
    lines = [f"# {heading}", "", f"*{_made_on(len(items), lang)}*", ""]
    for i, result in enumerate(items, start=1):
        part = _sections(result, lang)
        lines += [f"## {part['title']}", "", f"*{part['rung']}*", "", part["headline"], ""]
        if part["detail"]:
            lines += [f"**{MSG('details', lang=lang)}.** {part['detail']}", ""]
        if len(part["table"].columns):
            lines += [_markdown_table(part["table"]), ""]
        lines += [f"*{n}*" for n in part["notes"]]
        if part["png"] is not None:
            figures.mkdir(exist_ok=True)
            name = f"figure_{i}.png"
            (figures / name).write_bytes(part["png"])
            lines += ["", f"![{MSG('figure', lang=lang, n=i)}]({figures.name}/{name})", ""]
        if part["caveats"]:
            lines += ["", f"**{RESULTS_MSG('caveats', lang=lang)}**", ""]
            lines += [f"- {c}" for c in part["caveats"]]
        lines += ["", f"*{part['provenance']}*", ""]
    target.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


def _write_docx(items: list[ResultMixin], target: Path, lang: str, heading: str) -> None:
    import io

    import docx
    from docx.shared import Inches, Pt

    document = docx.Document()
    document.add_heading(heading, level=0)
    document.add_paragraph(_made_on(len(items), lang)).runs[0].italic = True
    for result in items:
        part = _sections(result, lang)
        document.add_heading(part["title"], level=1)
        document.add_paragraph(part["rung"]).runs[0].italic = True
        document.add_paragraph(part["headline"])
        if part["detail"]:
            paragraph = document.add_paragraph()
            paragraph.add_run(f"{MSG('details', lang=lang)}. ").bold = True
            paragraph.add_run(part["detail"])
        frame = part["table"]
        if len(frame.columns):
            table = document.add_table(rows=1, cols=len(frame.columns))
            table.style = "Table Grid"
            for cell, name in zip(table.rows[0].cells, frame.columns, strict=True):
                cell.text = str(name)
                cell.paragraphs[0].runs[0].bold = True
            for row in frame.itertuples(index=False):
                for cell, value in zip(table.add_row().cells, row, strict=True):
                    cell.text = str(value)
            for row in table.rows:
                for cell in row.cells:
                    for run in cell.paragraphs[0].runs:
                        run.font.size = Pt(9)
        for note in part["notes"]:
            document.add_paragraph(note).runs[0].italic = True
        if part["png"] is not None:
            document.add_picture(io.BytesIO(part["png"]), width=Inches(5.5))
        if part["caveats"]:
            document.add_heading(RESULTS_MSG("caveats", lang=lang), level=2)
            for caveat in part["caveats"]:
                document.add_paragraph(caveat, style="List Bullet")
        document.add_paragraph(part["provenance"]).runs[0].italic = True
    document.save(str(target))
