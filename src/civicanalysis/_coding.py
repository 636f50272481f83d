"""How the levels of a grouping column are ordered and dummy-coded, in one place.

Every module that compares groups, adjusts for a category or reports per group uses these two
helpers, so the same data give the same order (and the same reference group) everywhere.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

import pandas as pd


def order_levels(series: pd.Series, *, reference: Any = None) -> list[Any]:
    """The levels of ``series`` in display order, the reference level first when given.

    A categorical keeps its own order (categories that do not occur are left out); other values
    are sorted: numbers by size, text alphabetically, mixed types by type and then value.
    Missing values are not a level.

    Examples
    --------
    >>> import pandas as pd
    >>> order_levels(pd.Series(["b", "a", "c", "a"]))
    ['a', 'b', 'c']
    >>> order_levels(pd.Series([3, 1, 2]), reference=2)
    [2, 1, 3]
    >>> order_levels(pd.Series(pd.Categorical(["low", "high"], ["low", "mid", "high"])))
    ['low', 'high']
    """
    if isinstance(series.dtype, pd.CategoricalDtype):
        present = set(series.dropna().unique().tolist())
        levels = [c for c in series.cat.categories if c in present]
    else:
        values = pd.unique(series.dropna()).tolist()
        try:
            levels = sorted(values)
        except TypeError:  # mixed types: group by type, then order within each type
            try:
                levels = sorted(values, key=lambda v: (type(v).__name__, v))
            except TypeError:  # values of one type that do not compare: by their text
                levels = sorted(values, key=lambda v: (type(v).__name__, str(v)))
    if reference is not None and reference in levels:
        levels.remove(reference)
        levels.insert(0, reference)
    return levels


def dummy_code(
    series: pd.Series,
    *,
    levels: Sequence[Any] | None = None,
    reference: Any = None,
    prefix: Hashable | None = None,
) -> pd.DataFrame:
    """0/1 columns (float) for every level but the reference, with the index of ``series``.

    ``levels`` defaults to :func:`order_levels`; the reference is its first level. Columns are
    named ``"<prefix>=<level>"`` (``prefix`` defaults to the series name).

    Examples
    --------
    >>> import pandas as pd
    >>> dummy_code(pd.Series(["b", "a", "c"], name="wijk")).columns.tolist()
    ['wijk=b', 'wijk=c']
    """
    order = list(levels) if levels is not None else order_levels(series, reference=reference)
    if levels is not None and reference is not None and reference in order:
        order.remove(reference)
        order.insert(0, reference)
    name = series.name if prefix is None else prefix
    columns = {f"{name}={level}": (series == level).astype(float) for level in order[1:]}
    return pd.DataFrame(columns, index=series.index)
