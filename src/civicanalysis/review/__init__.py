"""A reviewer for analyses in notebooks: read a notebook (never run it) and report problems.

For the research department (afdeling Onderzoek) checking a notebook someone else made: "Are the
data reliable? Is the analysis right? Does the hypothesis stand, or is something else going on?"
The reviewer reads the ``.ipynb`` JSON, looks at the markdown, the code (with :mod:`ast`) and the
saved outputs, and reports findings with a rule id, a severity, the cell (counting from 1), what it
found and what to do. It never executes code and never writes to the file.

The parts: ``_notebook`` reads the file, ``_tables`` reads tables in outputs, ``_counts``,
``_code`` and ``_text_rules`` hold what the rules look for, ``_rules`` is the rule table,
``_result`` the result and its renderings, ``_messages`` every text in English and Dutch.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd

from .._config import get_option
from .._exceptions import InvalidOptionError, NotebookError
from .._text import resolve_language
from . import _notebook, _rules
from ._messages import MSG
from ._result import COLUMNS, ReviewResult
from ._rules import RULES

__all__ = ["RULES", "ReviewResult", "review"]


def review(
    path: str | os.PathLike[str],
    *,
    min_cell_size: int | None = None,
    rules: list[str] | tuple[str, ...] | None = None,
    lang: str | None = None,
) -> ReviewResult:
    """Review a notebook someone made, without running it, and report what needs a second look.

    Parameters
    ----------
    path : str or pathlib.Path
        The ``.ipynb`` file (Jupyter notebook format 4).
    min_cell_size : int, optional
        Smallest count a displayed table may show; default ``ca.get_option("min_cell_size")``
        (15, the brief's publication rule).
    rules : list of str, optional
        Only these rules (ids from :data:`RULES`); default all.
    lang : {"en", "nl"}, optional
        Language of the findings' text and advice; default the package setting.

    Returns
    -------
    ReviewResult
        With ``findings`` (a DataFrame with the columns ``rule``, ``severity``, ``cell``, ``text``,
        ``advice``), ``suppressed`` (findings silenced by ``review-ignore:<rule>`` cell tags),
        ``n_cells``, ``min_cell_size``, ``passed``/``exit_code``, ``explain()`` and the renderings
        ``to_text()``, ``to_markdown()``, ``to_html()`` and ``to_json()``.

    Raises
    ------
    NotebookError
        If ``path`` is not a file name, the file does not exist, is not a notebook, is in an old
        notebook format (3 or earlier), is larger than 200 MB, or has no cells with content.
    InvalidOptionError
        For an unknown rule or a bad ``min_cell_size``.

    See Also
    --------
    find_causal_claims : the scanner behind the ``causal-claim`` rule.
    Hypothesis : state and test a claim instead of asserting it.

    Notes
    -----
    The rules (severity in brackets; ``error`` makes the command line exit with 1) are a table of
    small functions (``civicanalysis.review._rules.RULE_TABLE``):

    ``causal-claim`` [error]
        Markdown states a cause; found by :func:`civicanalysis.wording.find_causal_claims`.
        Quoted sentences (in quotation marks) are taken as reported speech and not flagged.
    ``small-cell`` [error]
        A saved output shows a table of counts of records or persons (a crosstab, value counts,
        group sizes, a count column whatever it is called; HTML with or without header, or plain
        text, also among other printed lines) with a count below ``min_cell_size``. Correlations,
        ranks, years, identifiers, shares, means, missing-value tallies and counts already shown
        as ``<15`` are not counts.
    ``no-uncertainty`` [warning]
        A sentence or printed line presents an estimate as evidence (a difference, ratio,
        correlation, percentage change, accuracy; "0,88" or "0.88", several numbers, a number
        mid-sentence) with no interval, margin or number of cases; or code shows group means with
        nothing about their spread. URLs, dates, section numbers, thresholds, plans and
        data-quality counts are not estimates.
    ``subgroup-claim`` [warning]
        Markdown claims a difference in one subgroup only ("only for boys", "vooral bij") while
        the notebook never tests an interaction.
    ``many-comparisons`` [warning]
        Statistical tests inside a loop body, a comprehension or an ``apply`` (read with
        :mod:`ast`), with no correction for multiple comparisons anywhere in the notebook.
    ``evaluated-on-training-data`` [warning]
        Predictions compared with the labels of rows the model was fitted on (``score(X, y)``
        after ``fit(X, y)``, a metric of ``predict(X)``), or a random split without groups on
        data with several rows (years, months) per pupil, person or case. A trend line drawn
        with ``fit(X, y)`` and ``predict(X)`` is not an evaluation.
    ``before-after-without-comparison`` [warning]
        Code compares one group before and after a date or policy and the notebook has no
        comparison group (no difference-in-differences, no interrupted time series).
    ``dropped-missing`` [warning]
        ``dropna()`` in a cell that does not report how many rows it removed.
    ``huge-output`` [error]
        An output larger than five million characters, which the reviewer cannot read.
    ``unsupported-language`` [error]
        A markdown cell in a language other than English or Dutch, or a notebook whose code is not
        Python: the rules cannot check it.

    A cell tagged ``review-ignore:<rule>`` (e.g. ``review-ignore:causal-claim``) is a deliberate
    example: its findings of that rule are counted in ``suppressed`` but not reported. The rules
    are patterns, not judgement; a finding is a question for the author. Every pattern is linear
    in the length of the notebook (no regular expression with nested quantifiers; code is read
    with :mod:`ast`).

    Examples
    --------
    >>> import civicanalysis as ca
    >>> import nbformat, tempfile, pathlib
    >>> nb = nbformat.v4.new_notebook()
    >>> nb.cells = [nbformat.v4.new_markdown_cell("Fish shops lead to vandalism.")]
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "memo.ipynb"
    >>> nbformat.write(nb, path)
    >>> result = ca.review(path)
    >>> result.findings[["rule", "severity", "cell"]]
               rule severity  cell
    0  causal-claim    error     1
    >>> result.passed
    False
    """
    lang = resolve_language(lang)
    if min_cell_size is None:
        limit = get_option("min_cell_size")
    elif isinstance(min_cell_size, bool) or not isinstance(min_cell_size, int) or min_cell_size < 1:
        raise InvalidOptionError(MSG("bad_min_cell", value=min_cell_size))
    else:
        limit = min_cell_size
    active = _active_rules(rules)
    if isinstance(path, bool) or not isinstance(path, (str, os.PathLike)) or not str(path):
        raise NotebookError(MSG("not_a_path", path=path))
    path = Path(path)
    cells, metadata = _notebook.read(path)
    context = _rules.Context(cells=cells, metadata=metadata, lang=lang, limit=limit)
    rows, suppressed = [], 0
    for rule, position, text, advice in _rules.run(context, active):
        if position and rule in cells[position - 1].ignored:
            suppressed += 1
            continue
        rows.append(
            {
                "rule": rule,
                "severity": RULES[rule],
                "cell": position,
                "text": text,
                "advice": advice,
            }
        )
    # Object columns keep the messages as Text, so the result renders again in another language.
    findings = pd.DataFrame(
        {
            col: pd.Series(
                [r[col] for r in rows], dtype="int64" if col == "cell" else object, name=col
            )
            for col in COLUMNS
        }
    )
    return ReviewResult(
        path=str(path),
        findings=findings,
        suppressed=suppressed,
        n_cells=len(cells),
        min_cell_size=limit,
        caveats=(MSG("limits", lang=lang),),
    )


def _active_rules(rules: Any) -> set[str]:
    if rules is None:
        return set(RULES)
    if isinstance(rules, str):
        rules = [rules]
    if not isinstance(rules, (list, tuple, set)):
        raise InvalidOptionError(
            MSG("bad_rules", value=rules, unknown=[rules], rules=list(RULES), n=1)
        )
    unknown = [r for r in rules if r not in RULES]
    if unknown:
        raise InvalidOptionError(
            MSG("bad_rules", value=rules, unknown=unknown, rules=list(RULES), n=len(unknown))
        )
    return set(rules)
