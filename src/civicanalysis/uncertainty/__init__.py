"""How sure are we? Comparisons between groups and correlations, each with its interval.

:func:`compare` compares an outcome between the groups of a column (districts, months, teams) and
:func:`correlate` measures how two numeric columns move together. Both return a result whose
``.estimate`` is an :class:`~civicanalysis.Estimate` (value, interval, null value, measure name),
with a tidy ``.table``, ``.explain()`` and an interval plot in the notebook display.

How strong the evidence is, in words
------------------------------------
Every headline is judged with the package's fixed vocabulary (``Estimate.evidence`` and
``Estimate.verdict``), the same in every module and in English and Dutch:

``"clear"``
    the interval excludes the "no difference" value and p < 0.001.
``"likely"``
    the interval excludes the "no difference" value: "a real difference is likely, somewhere
    between X and Y".
``"consistent-with-none"``
    the interval includes it: "the data are consistent with no difference".
``"unknown"``
    no interval could be computed: do not draw a conclusion.

Two additions belong to this module. When the numbers are too thin (a group below 15 observations,
fewer than 5 events or non-events in a group, fewer than 10 counted events for a rate, or a group's
interval wider than its own estimate) a :class:`~civicanalysis.ThinDataWarning` is raised and the
explanation says the result cannot carry a conclusion. When several comparisons are made at once,
the intervals of the comparisons are widened (Bonferroni by default, via statsmodels
``multipletests`` for the p-values) so that all of them together hold at ``conf_level``, and the
explanation says how many comparisons were made. The word "significant" is never used, and a
p-value never appears without the estimate and its interval.
"""

from __future__ import annotations

from ._compare import CompareResult, compare
from ._correlate import CorrelateResult, correlate

__all__ = ["CompareResult", "CorrelateResult", "compare", "correlate"]
