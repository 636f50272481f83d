"""The result of a review: the findings as a table, with text, Markdown, HTML and JSON renderings."""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pandas as pd

from .._results import ResultMixin
from .._text import render, resolve_language
from ._messages import MSG

COLUMNS = ["rule", "severity", "cell", "text", "advice"]


@dataclass(frozen=True, eq=False, repr=False)
class ReviewResult(ResultMixin):
    """What the reviewer found in one notebook.

    Attributes
    ----------
    path : str
        The notebook reviewed.
    findings : pandas.DataFrame
        One row per finding, columns ``rule`` (a rule id, see :data:`RULES`), ``severity``
        (``"error"`` or ``"warning"``), ``cell`` (position of the cell counting from 1, as a
        reader counts; 0 for the notebook as a whole), ``text`` (what was found) and ``advice``
        (what to do).
    suppressed : int
        Findings not reported because their cell is tagged ``review-ignore:<rule>``.
    n_cells : int
        Number of cells in the notebook.
    min_cell_size : int
        The threshold the ``small-cell`` rule used.
    caveats : tuple of str
        The limits of a pattern-based review.
    """

    path: str
    findings: pd.DataFrame
    suppressed: int
    n_cells: int
    min_cell_size: int
    caveats: tuple[str, ...] = ()
    rung: ClassVar[str] = "information"
    _show_plot_in_html: ClassVar[bool] = False

    @property
    def table(self) -> pd.DataFrame:  # the ResultMixin display shows the findings
        """The findings (same as :attr:`findings`)."""
        return self.findings

    @property
    def n_errors(self) -> int:
        """Number of findings with severity ``"error"``."""
        return int((self.findings["severity"] == "error").sum())

    @property
    def passed(self) -> bool:
        """True when no finding is an error (``civicanalysis review`` then exits with 0)."""
        return self.n_errors == 0

    @property
    def exit_code(self) -> int:
        """0 when the notebook passes, 1 when any finding is an error."""
        return 0 if self.passed else 1

    def rung_label(self, lang: str | None = None) -> str:
        """A review is not a rung of the ladder but the technical test of an analysis."""
        return MSG("rung_review", lang=lang)

    def _title(self, lang: str) -> str:
        return MSG("title", lang=lang, name=Path(self.path).name)

    def _explain_sentences(self, lang: str) -> list[str]:
        name = Path(self.path).name
        n = len(self.findings)
        if n == 0:
            sentences = [MSG("summary_none", lang=lang, cells=self.n_cells, name=name)]
        else:
            counts = self.findings["rule"].value_counts()
            sentences = [
                MSG(
                    "summary",
                    lang=lang,
                    cells=self.n_cells,
                    name=name,
                    n=n,
                    errors=MSG("n_errors", lang=lang, n=self.n_errors),
                    warnings=MSG("n_warnings", lang=lang, n=n - self.n_errors),
                ),
                MSG(
                    "by_rule",
                    lang=lang,
                    counts=", ".join(f"{rule} {k}" for rule, k in counts.items()),
                ),
            ]
        if self.suppressed:
            sentences.append(MSG("suppressed", lang=lang, n=self.suppressed))
        sentences.append(MSG("verdict_pass" if self.passed else "verdict_fail", lang=lang))
        sentences.append(MSG("limits", lang=lang))
        return sentences

    def plot(self, ax: Any = None) -> Any:
        """Bar chart of the number of findings per rule (errors red, warnings amber)."""
        from ._plotting import new_axes

        lang = resolve_language(None)
        counts = self.findings.groupby(["rule", "severity"]).size().reset_index(name="k")
        ax = new_axes(ax, height=max(1.6, 0.4 * len(counts) + 1.0))
        colours = counts["severity"].map({"error": "#b71c1c", "warning": "#e69500"})
        ax.barh(counts["rule"][::-1], counts["k"][::-1], color=list(colours[::-1]))
        ax.set_xlabel(MSG("plot_x", lang=lang))
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return ax

    # Renderings --------------------------------------------------------------------------
    def to_text(self, lang: str | None = None) -> str:
        """A readable report for the terminal."""
        lang = resolve_language(lang)
        lines = [self._title(lang), "=" * len(self._title(lang)), self.explain(lang), ""]
        for row in self.findings.itertuples(index=False):
            cell = MSG("cell_label", lang=lang)
            lines.append(
                f"[{row.severity}] {row.rule} ({cell} {row.cell}): {render(row.text, lang)}"
            )
            lines.append(f"    → {render(row.advice, lang)}")
        return "\n".join(lines).rstrip() + "\n"

    def to_markdown(self, lang: str | None = None) -> str:
        """The report as Markdown: a heading, the summary and a table of findings."""
        lang = resolve_language(lang)

        def cell(text: Any) -> str:
            return render(text, lang).replace("|", "\\|").replace("\n", " ")

        lines = [f"## {self._title(lang)}", "", self.explain(lang), ""]
        if len(self.findings):
            lines += ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
            for row in self.findings.itertuples(index=False):
                lines.append("| " + " | ".join(cell(getattr(row, c)) for c in COLUMNS) + " |")
        else:
            lines.append(MSG("no_findings_md", lang=lang))
        return "\n".join(lines) + "\n"

    def to_html(self, lang: str | None = None) -> str:
        """The report as a stand-alone HTML fragment."""
        lang = resolve_language(lang)
        esc = html.escape
        shown = self.findings.assign(
            text=[render(t, lang) for t in self.findings["text"]],
            advice=[render(a, lang) for a in self.findings["advice"]],
        )
        table = (
            shown.to_html(index=False, border=0, classes="civicanalysis-review")
            if len(self.findings)
            else f"<p>{esc(MSG('no_findings_md', lang=lang))}</p>"
        )
        return (
            f"<section><h2>{esc(self._title(lang))}</h2>"
            f"<p>{esc(self.explain(lang))}</p>{table}</section>\n"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain data for tools (the JSON output)."""
        return {
            "path": self.path,
            "passed": self.passed,
            "n_cells": self.n_cells,
            "min_cell_size": self.min_cell_size,
            "suppressed": self.suppressed,
            "findings": [
                {k: (str(v) if k in ("text", "advice") else v) for k, v in row.items()}
                for row in self.findings.to_dict(orient="records")
            ],
        }

    def to_json(self) -> str:
        """The report as JSON (see :meth:`to_dict`)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1)
