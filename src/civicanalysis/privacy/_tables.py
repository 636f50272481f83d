"""Tables that cannot leak: small-cell suppression with an audit, and k-anonymity of records."""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

import numpy as np
import pandas as pd

from .._exceptions import (
    ColumnTypeError,
    InvalidOptionError,
    MissingValuesError,
    TooFewRowsError,
)
from .._results import ResultMixin
from .._text import fmt, fmt_pct
from .._validation import (
    check_column,
    check_dataframe,
    check_min_cell_size,
    check_option,
    renamed_argument,
)
from ._messages import MSG

TOTAL = "total"
METHODS = {
    "optimal": "primary + secondary suppression, cheapest pattern (mixed-integer model, HiGHS)",
    "heuristic": "primary + secondary suppression, cheapest-path heuristic with network-flow audit",
}
_TOTAL_LABELS = {"total", "totaal", "totals", "all", "sum", "som", "alle", "generaal"}


class _UnprotectableError(Exception):
    def __init__(self, cell: tuple[int, int]) -> None:
        super().__init__(cell)
        self.cell = cell


# ------------------------------------------------------------------------------------------------
# The engine. Written here because no maintained Python library in our stack does secondary cell
# suppression (tau-ARGUS, the reference, is a separate engine used only in bench/). For a 2-D
# table with published row and column totals, an attacker's linear program over the hidden cells
# is a network flow: cell (r, c) may go down by at most its value (arc row r -> column c) and up
# without limit (arc column c -> row r). The largest value hidden cell (i, j) can take is its
# value plus the maximum flow from row i to column j over the other hidden cells, so "the
# attacker cannot tell that the cell is small" means: max flow >= min_count - value.
# ------------------------------------------------------------------------------------------------


def _flow_graph(x: np.ndarray, hidden: np.ndarray) -> Any:
    """The attacker's network of the hidden cells (built once per pattern)."""
    import scipy.sparse as sp

    n_rows, n_cols = x.shape
    rr, cc = np.nonzero(hidden)
    cap = x[rr, cc]
    big = int(x.sum()) + 1
    down = cap > 0
    src = np.concatenate([rr[down], n_rows + cc])
    dst = np.concatenate([n_rows + cc[down], rr])
    caps = np.concatenate([cap[down], np.full(len(rr), big)]).astype(np.int64)
    size = n_rows + n_cols
    graph = sp.csr_array((caps, (src, dst)), shape=(size, size))
    graph.sort_indices()
    return graph


def _max_flow(
    x: np.ndarray, hidden: np.ndarray, i: int, j: int, graph: Any = None
) -> tuple[int, Any]:
    """Largest amount cell (i, j) can rise while the totals stay fixed; and the flow itself.

    The graph may include cell (i, j) itself: its arc row i -> column j joins source and sink
    directly, which adds exactly its capacity to the maximum flow, so that is subtracted.
    """
    from scipy.sparse.csgraph import maximum_flow

    n_rows = x.shape[0]
    row = hidden[i] & (x[i] > 0)
    col = hidden[:, j] & (x[:, j] > 0)
    row_other = row.sum() - (1 if row[j] else 0)
    col_other = col.sum() - (1 if col[i] else 0)
    if row_other == 0 or col_other == 0:  # nothing in the row (or column) can go down
        return 0, None
    if graph is None:
        graph = _flow_graph(x, hidden)
    result = maximum_flow(graph, i, n_rows + j)
    direct = int(x[i, j]) if hidden[i, j] and x[i, j] > 0 else 0
    return int(result.flow_value) - direct, result.flow


def _four_cycle(x: np.ndarray, hidden: np.ndarray, i: int, j: int, need: int) -> bool:
    """Quick sufficient test: a rectangle of hidden cells through (i, j) that can carry ``need``."""
    down = hidden & (x >= need)
    cols = down[i].copy()
    cols[j] = False
    rows = down[:, j].copy()
    rows[i] = False
    if not cols.any() or not rows.any():
        return False
    return bool(hidden[np.ix_(rows, cols)].any())


def _protected(
    x: np.ndarray, hidden: np.ndarray, i: int, j: int, need: int, graph: Any = None
) -> bool:
    return _four_cycle(x, hidden, i, j, need) or _max_flow(x, hidden, i, j, graph)[0] >= need


def _cheapest_path(
    x: np.ndarray,
    hidden: np.ndarray,
    usable: np.ndarray,
    cost: np.ndarray,
    i: int,
    j: int,
    residual: np.ndarray,
    need: int,
) -> list[tuple[int, int]] | None:
    """Cheapest alternating path row i -> column j that can carry ``need`` more units.

    Arcs row r -> column c exist where the cell's remaining room to go down is at least ``need``;
    arcs column c -> row r (the cell goes up) exist for every usable cell. Hidden cells cost
    (almost) nothing, so the path reuses them; a visible cell costs ``cost``.
    """
    import scipy.sparse as sp
    from scipy.sparse.csgraph import dijkstra

    n_rows, n_cols = x.shape
    allowed = usable.copy()
    allowed[i, j] = False
    weight = np.where(hidden, 1e-9, cost)
    r1, c1 = np.nonzero(allowed & (residual >= need))
    r2, c2 = np.nonzero(allowed)
    src = np.concatenate([r1, n_rows + c2])
    dst = np.concatenate([n_rows + c1, r2])
    wt = np.concatenate([weight[r1, c1], weight[r2, c2]])
    size = n_rows + n_cols
    graph = sp.csr_array((wt, (src, dst)), shape=(size, size))
    dist, pred = dijkstra(graph, indices=i, return_predecessors=True)
    target = n_rows + j
    if not np.isfinite(dist[target]):
        return None
    cells = []
    node = target
    while node != i:
        prev = int(pred[node])
        if prev < n_rows:  # row prev -> column node: the cell goes down
            cells.append((prev, node - n_rows))
        else:  # column prev -> row node: the cell goes up
            cells.append((node, prev - n_rows))
        node = prev
    return cells


def _protect_cell(
    x: np.ndarray,
    hidden: np.ndarray,
    usable: np.ndarray,
    cost: np.ndarray,
    i: int,
    j: int,
    need: int,
) -> None:
    """Hide cells (in place) until cell (i, j) can rise by ``need`` for the attacker."""
    n_rows = x.shape[0]
    while True:
        if _four_cycle(x, hidden, i, j, need):
            return
        flow_value, flow = _max_flow(x, hidden, i, j)
        if flow_value >= need:
            return
        rest = need - flow_value
        if flow_value > 0:
            dense = flow.toarray()
            down_flow = dense[:n_rows, n_rows:]
            residual = np.where(hidden, x - down_flow, x)
        else:
            residual = x
        path = _cheapest_path(x, hidden, usable, cost, i, j, residual, rest)
        if path is None:
            path = _cheapest_path(x, hidden, usable, cost, i, j, residual, 1)
        if path is None or all(hidden[c] for c in path):
            raise _UnprotectableError((i, j))
        for cell in path:
            hidden[cell] = True


def _needs(x: np.ndarray, primary: np.ndarray, k: int) -> dict[tuple[int, int], int]:
    return {(int(r), int(c)): int(k - x[r, c]) for r, c in zip(*np.nonzero(primary), strict=True)}


def _all_protected(x: np.ndarray, hidden: np.ndarray, needs: dict[tuple[int, int], int]) -> bool:
    graph = _flow_graph(x, hidden)
    return all(_protected(x, hidden, i, j, need, graph) for (i, j), need in needs.items())


def _optimal_pattern(
    x: np.ndarray,
    primary: np.ndarray,
    usable: np.ndarray,
    weights: np.ndarray,
    needs: dict[tuple[int, int], int],
    time_limit: float,
) -> np.ndarray | None:
    """Cheapest pattern that passes the audit, as a mixed-integer model (scipy's HiGHS).

    One binary per usable cell (hide it or not) and, per small cell p, a flow of ``need_p`` from
    p's row to p's column through hidden cells: down by at most the cell's value, up by at most
    ``need_p``. The flow exists exactly when the attacker's linear program lets p reach the
    threshold (max-flow/min-cut), so the model minimises the cost of a pattern passing the audit.
    Returns None when no optimal or feasible pattern was found within ``time_limit``.
    """
    import scipy.sparse as sp
    from scipy.optimize import Bounds, LinearConstraint, milp

    n_rows, n_cols = x.shape
    cells = np.argwhere(usable)
    m = len(cells)
    if m == 0 or not needs:
        return primary.copy()
    index = -np.ones(x.shape, dtype=np.int64)
    index[cells[:, 0], cells[:, 1]] = np.arange(m)
    values = x[cells[:, 0], cells[:, 1]].astype(float)
    n_p = len(needs)
    n_var = m + 2 * n_p * m
    cost = np.zeros(n_var)
    cost[:m] = weights[cells[:, 0], cells[:, 1]]
    lower = np.zeros(n_var)
    upper = np.zeros(n_var)
    upper[:m] = 1.0
    lower[:m] = primary[cells[:, 0], cells[:, 1]].astype(float)
    rows, cols, data = [], [], []
    b_low, b_up = [], []
    n_con = 0
    ar = np.arange(m)
    for p, ((i, j), need) in enumerate(needs.items()):
        down = m + 2 * p * m + ar
        up = down + m
        upper[down] = values
        upper[up] = need
        own = index[i, j]
        if own >= 0:
            upper[down[own]] = 0.0
            upper[up[own]] = 0.0
        # Linking: a flow may only use hidden cells.
        rows += [n_con + ar, n_con + ar, n_con + m + ar, n_con + m + ar]
        cols += [down, ar, up, ar]
        data += [np.ones(m), -values, np.ones(m), -float(need) * np.ones(m)]
        b_low += [np.full(2 * m, -np.inf)]
        b_up += [np.zeros(2 * m)]
        n_con += 2 * m
        # Conservation at every row node and column node.
        r_node = n_con + cells[:, 0]
        c_node = n_con + n_rows + cells[:, 1]
        rows += [r_node, r_node, c_node, c_node]
        cols += [down, up, up, down]
        data += [np.ones(m), -np.ones(m), np.ones(m), -np.ones(m)]
        rhs = np.zeros(n_rows + n_cols)
        rhs[i] = need
        rhs[n_rows + j] = -need
        b_low += [rhs]
        b_up += [rhs]
        n_con += n_rows + n_cols
    a = sp.csr_array(
        (np.concatenate(data), (np.concatenate(rows), np.concatenate(cols))), shape=(n_con, n_var)
    )
    integrality = np.zeros(n_var)
    integrality[:m] = 1
    result = milp(
        cost,
        constraints=LinearConstraint(a, np.concatenate(b_low), np.concatenate(b_up)),
        integrality=integrality,
        bounds=Bounds(lower, upper),
        options={"time_limit": time_limit, "disp": False},
    )
    if result.x is None:
        return None
    hidden = np.zeros(x.shape, dtype=bool)
    chosen = result.x[:m] > 0.5
    hidden[cells[chosen, 0], cells[chosen, 1]] = True
    return hidden | primary


#: Largest model (small cells x usable cells) solved exactly by default; beyond it, the heuristic.
OPTIMAL_LIMIT = 30_000


def _suppress(
    x: np.ndarray,
    *,
    k: int,
    zeros: str,
    cost: str,
    method: str = "auto",
    time_limit: float = 20.0,
    cleanup_budget: int = 20_000,
) -> tuple[np.ndarray, np.ndarray, str]:
    """Primary and secondary suppression pattern of a 2-D count table ``x`` (int64)."""
    primary = (x < k) & ((x > 0) | (zeros == "hide"))
    # Published zeros are never hidden: an attacker may know a cell is structurally empty, so
    # protection never relies on one. With zeros="hide" they are small cells themselves.
    usable = (x > 0) | (zeros == "hide")
    total = max(int(x.sum()), 1)
    weights = (x + 1.0) if cost == "count" else (1.0 + x / (total + 1.0))
    needs = _needs(x, primary, k)
    size = len(needs) * int(usable.sum())
    if method == "optimal" or (method == "auto" and size <= OPTIMAL_LIMIT):
        hidden = _optimal_pattern(x, primary, usable, weights, needs, time_limit)
        if hidden is not None and _all_protected(x, hidden, needs):
            return primary, hidden, "optimal"
    hidden = primary.copy()
    for (i, j), need in sorted(needs.items(), key=lambda item: -item[1]):
        _protect_cell(x, hidden, usable, weights, i, j, need)
    # Greedy paths can overshoot: give back secondary cells, dearest first, while the audit holds.
    secondary = np.argwhere(hidden & ~primary)
    if len(secondary) * max(len(needs), 1) <= cleanup_budget:
        order = np.argsort(-weights[hidden & ~primary], kind="stable")
        for r, c in secondary[order]:
            hidden[r, c] = False
            if not _all_protected(x, hidden, needs):
                hidden[r, c] = True
    return primary, hidden, "heuristic"


def _lp_bounds(x: np.ndarray, hidden: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Attacker's linear program: smallest and largest value of every hidden cell, given the
    visible cells and the true row and column totals (cells are never negative)."""
    from scipy.optimize import linprog

    cells = np.argwhere(hidden)
    n_rows, n_cols = x.shape
    m = len(cells)
    lower = np.zeros(m)
    upper = np.zeros(m)
    if m == 0:
        return lower, upper
    a_eq = np.zeros((n_rows + n_cols, m))
    a_eq[cells[:, 0], np.arange(m)] = 1
    a_eq[n_rows + cells[:, 1], np.arange(m)] = 1
    visible = np.where(hidden, 0, x)
    b_eq = np.concatenate(
        [x.sum(axis=1) - visible.sum(axis=1), x.sum(axis=0) - visible.sum(axis=0)]
    )
    for t in range(m):
        c = np.zeros(m)
        c[t] = 1.0
        lo = linprog(c, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        hi = linprog(-c, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs")
        lower[t] = lo.fun
        upper[t] = -hi.fun if hi.status == 0 else math.inf
    return lower, upper


# ------------------------------------------------------------------------------------------------
# Input checks
# ------------------------------------------------------------------------------------------------


def _check_min_count(min_cell_size: Any, min_count: Any = None) -> int:
    """``min_cell_size`` (or its old name ``min_count``, with a warning), default the option."""
    value = renamed_argument(min_cell_size, min_count, new="min_cell_size", old="min_count")
    arg = "min_count" if min_count is not None else "min_cell_size"
    return check_min_cell_size(value, arg=arg)


def _check_table(table: Any, *, arg: str, integer: bool) -> pd.DataFrame:
    """A 2-D table of non-negative numbers without totals, returned as a new float DataFrame."""
    table = check_dataframe(table, arg=arg)
    if table.shape[1] == 0:
        raise ColumnTypeError(MSG("no_counts", arg=arg, cols="[]"))
    numeric = [c for c in table.columns if pd.api.types.is_numeric_dtype(table[c])]
    if not numeric:
        raise ColumnTypeError(MSG("no_counts", arg=arg, cols=list(table.columns)))
    for col in table.columns:
        if col not in numeric:
            present = table[col].dropna()
            example = present.iloc[0] if len(present) else None
            raise ColumnTypeError(MSG("text_column", arg=arg, col=col, example=example))
    for label in table.index:
        if str(label).strip().lower() in _TOTAL_LABELS:
            raise InvalidOptionError(
                MSG("has_totals", arg=arg, where=MSG("where_row"), label=label)
            )
    for label in table.columns:
        if str(label).strip().lower() in _TOTAL_LABELS:
            raise InvalidOptionError(
                MSG("has_totals", arg=arg, where=MSG("where_col"), label=label)
            )
    values = table.astype(float)
    arr = values.to_numpy()
    n_missing = int(np.isnan(arr).sum())
    if n_missing:
        raise MissingValuesError(
            MSG("table_missing", arg=arg, values=MSG("n_missing", n=n_missing))
        )
    if np.isinf(arr).any():
        raise MissingValuesError(
            MSG("table_missing", arg=arg, values=MSG("n_infinite", n=int(np.isinf(arr).sum())))
        )
    negative = arr < 0
    if negative.any():
        raise InvalidOptionError(
            MSG(
                "negative",
                arg=arg,
                values=MSG("n_negative", n=int(negative.sum())),
                example=float(arr[negative][0]),
            )
        )
    if integer and (arr != np.round(arr)).any():
        example = arr[arr != np.round(arr)][0]
        raise ColumnTypeError(MSG("not_counts", arg=arg, example=fmt(float(example))))
    if integer and arr.size and float(arr.max()) > _MAX_COUNT:
        # Beyond 2**53 counts are no longer exact in floats, and casting to int64 overflows.
        raise InvalidOptionError(MSG("count_too_large", arg=arg, value=float(arr.max())))
    return values


#: Largest count a table may hold (whole numbers are exact in floats up to 2**53).
_MAX_COUNT = 2.0**53


def _check_same_shape(other: pd.DataFrame, table: pd.DataFrame, *, arg: str) -> None:
    if other.shape != table.shape:
        detail = f"{other.shape} vs {table.shape}"
    elif not other.index.equals(table.index):
        detail = "index"
    elif not other.columns.equals(table.columns):
        detail = "columns"
    else:
        return
    raise InvalidOptionError(MSG("shape_mismatch", arg=arg, detail=detail))


def _check_margins(counts: pd.DataFrame, k: int) -> None:
    for what, sums in (("what_row", counts.sum(axis=1)), ("what_col", counts.sum(axis=0))):
        small = sums[(sums > 0) & (sums < k)]
        if len(small):
            raise TooFewRowsError(
                MSG(
                    "small_margin",
                    what=MSG(what),
                    label=small.index[0],
                    total=fmt(int(small.iloc[0])),
                    k=k,
                )
            )


def _counts_from_records(data: Any, by: Any, person: Any) -> tuple[pd.DataFrame, int]:
    from .._engines import engine_of, person_counts

    if engine_of(data) == "pandas":
        data = check_dataframe(data, arg="table")
    if isinstance(by, (str, bytes)) or not isinstance(by, Sequence) or len(by) != 2:
        raise InvalidOptionError(MSG("by_two", value=by))
    if person is None:
        raise InvalidOptionError(MSG("person_needed"))
    counted = person_counts(data, by, person)  # tabulated in the engine holding the records
    if counted is not None:
        return counted
    rows = check_column(data, by[0], arg="by", kind="category", allow_constant=True)
    cols = check_column(data, by[1], arg="by", kind="category", allow_constant=True)
    pid = check_column(data, person, arg="person", allow_constant=True)
    frame = pd.DataFrame({"r": rows.array, "c": cols.array, "p": pid.array})
    counts = (
        frame.groupby(["r", "c"], observed=True, sort=True)["p"].nunique().unstack(fill_value=0)
    )
    counts.index.name = by[0]
    counts.columns.name = by[1]
    cells_per_person = frame.drop_duplicates(["r", "c", "p"]).groupby("p").size()
    return counts.astype(float), int((cells_per_person > 1).sum())


# ------------------------------------------------------------------------------------------------
# Results
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False, repr=False)
class SuppressionResult(ResultMixin):
    """Result of :func:`suppress_small_cells`: a table safe to publish, and what it cost.

    Attributes
    ----------
    table : pandas.DataFrame
        The publishable table: hidden cells are missing (never 0). A count table gets a
        ``total`` row and column holding the true totals; a table of rates or means has none.
    hidden : pandas.DataFrame of bool
        Same shape as ``table``: True where a cell is hidden.
    reason : pandas.DataFrame of str
        Same shape: ``"primary"`` (below ``min_count``), ``"secondary"`` (hidden so the others
        cannot be worked out), ``"numerator"`` (a rate whose numerator would be hidden), or ``""``.
    counts : pandas.DataFrame
        The true person counts the pattern rests on (not for publication).
    min_count : int
    zeros : str
    n_cells, n_hidden, n_primary, n_secondary : int
        Cells in the table (without totals), hidden in all, hidden as primary, as secondary.
    hidden_share_cells : float
        Share of the cells hidden.
    hidden_share_total : float
        Share of all persons in the table that sit in hidden cells (the information lost).
    kind : {"counts", "rates"}
    method : str
    caveats : tuple of str
    """

    table: pd.DataFrame
    hidden: pd.DataFrame
    reason: pd.DataFrame
    counts: pd.DataFrame
    min_count: int
    zeros: str
    n_cells: int
    n_hidden: int
    n_primary: int
    n_secondary: int
    hidden_share_cells: float
    hidden_share_total: float
    kind: str
    method: str
    caveats: tuple[str, ...] = ()
    rung: ClassVar[str] = "information"

    @property
    def min_cell_size(self) -> int:
        """The minimum cell size the table was protected for (the same number as ``min_count``)."""
        return self.min_count

    def _title(self, lang: str) -> str:
        return MSG("sup_title", lang=lang, k=self.min_count)

    def _explain_sentences(self, lang: str) -> list[str]:
        out = [
            MSG(
                "sup_what",
                lang=lang,
                cells=fmt(self.n_cells, lang),
                hidden=fmt(self.n_hidden, lang),
                n=self.n_primary,
                k=self.min_count,
                secondary=fmt(self.n_secondary, lang),
            ),
            MSG(
                "sup_loss",
                lang=lang,
                share=fmt_pct(self.hidden_share_total, lang),
                total=fmt(float(self.counts.to_numpy().sum()), lang),
            ),
        ]
        if self.kind == "rates":
            out.append(MSG("sup_rates", lang=lang))
        out.append(MSG("sup_zero" if self.zeros == "publish" else "sup_zero_hide", lang=lang))
        out.append(MSG("sup_not", lang=lang))
        return out

    def _display_table(self) -> pd.DataFrame:
        shown = self.table.astype(object)
        values = self.table.to_numpy(dtype=float, na_value=np.nan)
        for r in range(shown.shape[0]):
            for c in range(shown.shape[1]):
                v = values[r, c]
                if self.hidden.iat[r, c]:
                    shown.iat[r, c] = "x"
                elif self.kind == "counts":
                    shown.iat[r, c] = int(v)
                else:
                    shown.iat[r, c] = float(f"{v:.4g}")
        return shown

    def plot(self, ax: Any = None) -> Any:
        """The pattern: visible cells light, primary suppressions dark red, secondary orange."""
        from matplotlib.colors import ListedColormap

        from .._plotting import new_axes

        codes = np.zeros(self.counts.shape)
        n_rows, n_cols = self.counts.shape
        reason = self.reason.iloc[:n_rows, :n_cols].to_numpy()
        codes[reason == "secondary"] = 1
        codes[reason == "numerator"] = 1
        codes[reason == "primary"] = 2
        ax = new_axes(ax, height=max(1.8, 0.28 * n_rows + 1.0), width=max(4.0, 0.5 * n_cols + 2.5))
        cmap = ListedColormap(["#e8eef5", "#d9822b", "#b23a3a"])
        ax.imshow(codes, cmap=cmap, vmin=0, vmax=2, aspect="auto")
        ax.set_xticks(range(n_cols), [str(c) for c in self.counts.columns], rotation=45, ha="right")
        ax.set_yticks(range(n_rows), [str(r) for r in self.counts.index])
        ax.set_title(MSG("plot_suppression"), loc="left", fontsize="small")
        return ax


def suppress_small_cells(
    table: pd.DataFrame,
    *,
    min_cell_size: int | None = None,
    counts: pd.DataFrame | None = None,
    numerators: pd.DataFrame | None = None,
    by: Sequence[Hashable] | None = None,
    person: Hashable | None = None,
    zeros: Literal["publish", "hide"] = "publish",
    cost: Literal["count", "cells"] = "count",
    method: Literal["auto", "optimal", "heuristic"] = "auto",
    min_count: int | None = None,
) -> SuppressionResult:
    """Hide the cells of a table that describe too few persons, and enough others that none of
    them can be worked out from the rest and the totals.

    Parameters
    ----------
    table : pandas.DataFrame
        A 2-D table of person counts without totals (row labels in the index), e.g. from
        ``pd.crosstab``; or a table of rates or means (then pass ``counts``); or records, one
        row per record (then pass ``by`` and ``person``), also as a parquet or CSV path, a
        DuckDB relation, a polars frame, an Ibis table or a Spark DataFrame, in which the
        persons per cell are then counted.
    min_cell_size : int, optional
        Smallest number of persons a published cell may describe; default the package option
        ``min_cell_size`` (15, the brief's rule). (``min_count`` is its old name, still accepted
        with a warning.)
    counts : pandas.DataFrame, optional
        For a table of rates or means: the person counts each value rests on (same rows and
        columns). The pattern is computed on these counts.
    numerators : pandas.DataFrame, optional
        For a table of rates: the counts of the numerator (e.g. pupils with a benefit in the
        family). A rate is hidden when its numerator or its denominator would be.
    by : (row column, column column), optional
        With records: the two columns that make the rows and columns of the table.
    person : str, optional
        With records: the column identifying a person. Cells count distinct persons, not
        records (15 truancy reports of 5 pupils is 5).
    zeros : {"publish", "hide"}, default "publish"
        The zero rule. ``"publish"``: a zero describes nobody, is shown as 0, and is never hidden
        (so protection never relies on a cell an attacker may know is empty). ``"hide"``: zeros
        count as small cells (when "nobody" is itself sensitive).
    cost : {"count", "cells"}, default "count"
        What secondary suppression keeps small: the number of persons in hidden cells, or the
        number of hidden cells.
    method : {"auto", "optimal", "heuristic"}, default "auto"
        How the secondary cells are chosen. ``"optimal"``: the cheapest pattern, from a
        mixed-integer model (scipy's HiGHS, at most 20 seconds); ``"heuristic"``: cheapest paths
        per small cell, fast on large tables; ``"auto"``: optimal while the model is small
        (small cells × cells up to 30,000), else the heuristic. Either passes the audit.

    Returns
    -------
    SuppressionResult
        ``table`` (hidden cells missing; true totals for counts), ``hidden``, ``reason``,
        ``counts``, ``n_cells``, ``n_hidden``, ``n_primary``, ``n_secondary``,
        ``hidden_share_cells``, ``hidden_share_total``, ``min_count``, ``zeros``, ``kind``,
        ``method``, ``caveats``.

    Raises
    ------
    NotADataFrameError
        If ``table`` is not a DataFrame.
    ColumnTypeError
        If a column holds text (row labels not in the index), no column holds counts, or a
        count table holds non-whole numbers (a table of rates without ``counts``).
    MissingValuesError
        If a cell is missing: a missing cell is not a zero.
    InvalidOptionError
        For negative counts, a table that already has a total row or column, tables of
        different shapes, or a bad ``min_count``, ``by``, ``zeros`` or ``cost``.
    TooFewRowsError
        If a row or column total lies between 1 and ``min_count - 1`` (a published total that
        small reveals its cells), or a small cell cannot be protected at all.

    See Also
    --------
    audit_suppression : the attacker's linear program, to check any published pattern.
    check_k_anonymity : the check for records (microdata) before release.

    Notes
    -----
    *Primary suppression* hides every cell with 1 to ``min_count - 1`` persons. *Secondary
    suppression* then hides more cells until, for every small hidden cell, an attacker who knows
    the visible cells and the true totals and solves a linear program can only say that it lies
    in a range reaching ``min_count`` or more, so cannot even tell that it is small. For a 2-D
    table with totals that linear program is a network flow over the hidden cells, so the check
    is exact. The optimal method solves the cost-minimising cell-suppression model as a
    mixed-integer program (the approach of tau-ARGUS's optimal method); the heuristic adds cells
    along the cheapest path that closes each leak and afterwards gives back (dearest first) what
    the audit does not need; it may hide a few more cells than the optimum (compared with
    tau-ARGUS in ``bench/bench_privacy.py``). Every pattern is checked with the audit before it
    is returned. It protects this one table; a second published table with overlapping groups
    must be audited together with it.

    References
    ----------
    .. [1] Hundepool, A. et al. (2012). *Statistical Disclosure Control*, ch. 4. Wiley.
    .. [2] Fischetti, M. & Salazar, J.J. (1999). Models and algorithms for the 2-dimensional
       cell suppression problem in statistical disclosure control. *Math. Programming* 84.

    Examples
    --------
    >>> import pandas as pd
    >>> import civicanalysis as ca
    >>> leak = pd.DataFrame({"benefit": [12, 30, 25], "none": [40, 50, 60]},
    ...                     index=["Noord", "Zuid", "West"])
    >>> safe = ca.suppress_small_cells(leak)
    >>> safe.n_primary, safe.n_secondary
    (1, 3)
    >>> int(safe.table.loc["total", "total"])
    217
    """
    k = _check_min_count(min_cell_size, min_count)
    zeros = check_option(zeros, arg="zeros", options=["publish", "hide"])
    cost = check_option(cost, arg="cost", options=["count", "cells"])
    method = check_option(method, arg="method", options=["auto", "optimal", "heuristic"])
    caveats: list[str] = []
    base, values, kind = _suppression_input(table, counts, by, person, caveats)
    _check_margins(base, k)
    primary, hidden, reason, used = _pattern(
        base, numerators, k=k, zeros=zeros, cost=cost, method=method
    )
    published, hidden_df, reason_df = _published(base, values, hidden, reason, kind)
    x = base.to_numpy().astype(np.int64)
    total = float(x.sum())
    return SuppressionResult(
        table=published,
        hidden=hidden_df,
        reason=reason_df,
        counts=base.astype("int64"),
        min_count=k,
        zeros=zeros,
        n_cells=int(x.size),
        n_hidden=int(hidden.sum()),
        n_primary=int(primary.sum()),
        n_secondary=int(hidden.sum() - primary.sum()),
        hidden_share_cells=float(hidden.sum() / x.size) if x.size else math.nan,
        hidden_share_total=float(x[hidden].sum() / total) if total else 0.0,
        kind=kind,
        method=METHODS[used],
        caveats=tuple(caveats),
    )


def _suppression_input(
    table: Any, counts: Any, by: Any, person: Any, caveats: list[str]
) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """The person counts the pattern rests on, the values to publish, and their kind."""
    if by is not None:
        base, multi = _counts_from_records(table, by, person)
        if "civicanalysis_engine" in base.attrs:  # counted in a database engine (issue 14)
            caveats.append(base.attrs.pop("civicanalysis_engine"))
        if multi:
            caveats.append(MSG("sup_multi_cell", k=_count_like(multi)))
        return base, base, "counts"
    if counts is None:
        values = _check_table(table, arg="table", integer=True)
        return values, values, "counts"
    base = _check_table(counts, arg="counts", integer=True)
    table = check_dataframe(table, arg="table")
    _check_same_shape(base, table, arg="counts")
    # A rate or mean of nobody is undefined: missing is allowed where the count is 0.
    empty = base.to_numpy() == 0
    _check_table(table.mask(empty, 0), arg="table", integer=False)
    return base, table.astype(float), "rates"


def _pattern(
    base: pd.DataFrame, numerators: Any, *, k: int, zeros: str, cost: str, method: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray, str]:
    """Primary and secondary suppression (and the numerators' pattern for a table of rates)."""

    def suppress(values: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, str]:
        try:
            return _suppress(
                values.to_numpy().astype(np.int64), k=k, zeros=zeros, cost=cost, method=method
            )
        except _UnprotectableError as err:
            r, c = err.cell
            raise TooFewRowsError(
                MSG("unprotectable", row=base.index[r], col=base.columns[c])
            ) from None

    primary, hidden, used = suppress(base)
    reason = np.where(primary, "primary", np.where(hidden, "secondary", "")).astype(object)
    if numerators is not None:
        num = _check_table(numerators, arg="numerators", integer=True)
        _check_same_shape(num, base, arg="numerators")
        larger = num.to_numpy() > base.to_numpy()
        if larger.any():
            raise InvalidOptionError(MSG("numerator_gt", n=int(larger.sum())))
        _check_margins(num, k)
        _, hidden_num, _ = suppress(num)
        reason[hidden_num & ~hidden] = "numerator"
        hidden = hidden | hidden_num
    return primary, hidden, reason, used


def _published(
    base: pd.DataFrame, values: pd.DataFrame, hidden: np.ndarray, reason: np.ndarray, kind: str
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The table to publish (hidden cells missing; true totals for counts) and its pattern."""
    hidden_df = pd.DataFrame(hidden, index=base.index, columns=base.columns)
    reason_df = pd.DataFrame(reason, index=base.index, columns=base.columns).astype("str")
    if kind != "counts":
        return values.mask(hidden_df), hidden_df, reason_df
    published = base.astype("int64").astype("Int64").mask(hidden_df)
    published.index = published.index.astype(object)
    published.columns = published.columns.astype(object)
    published[TOTAL] = base.sum(axis=1).astype("int64").to_numpy()
    published.loc[TOTAL] = [*base.sum(axis=0).astype("int64").tolist(), int(base.to_numpy().sum())]
    published = published.astype("Int64")
    full_hidden = np.zeros(published.shape, dtype=bool)
    full_hidden[:-1, :-1] = hidden
    full_reason = np.full(published.shape, "", dtype=object)
    full_reason[:-1, :-1] = reason
    hidden_df = pd.DataFrame(full_hidden, index=published.index, columns=published.columns)
    reason_df = pd.DataFrame(full_reason, index=published.index, columns=published.columns)
    return published, hidden_df, reason_df.astype("str")


def _count_like(n: int) -> str:
    from ._messages import count_text

    return count_text(n, None)


@dataclass(frozen=True, eq=False, repr=False)
class AuditResult(ResultMixin):
    """Result of :func:`audit_suppression`: what an attacker can work out about hidden cells.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per hidden cell: ``row, column, small`` (below ``min_count``), ``lower`` and
        ``upper`` (the attacker's feasible range), ``protected`` (for a small cell: ``upper``
        reaches ``min_count``; a large cell is not at risk).
    n_hidden, n_small, n_leaks : int
        Hidden cells, hidden small cells, and small cells the attacker can tell are small.
    min_count : int
    caveats : tuple of str
    """

    table: pd.DataFrame
    n_hidden: int
    n_small: int
    n_leaks: int
    min_count: int
    caveats: tuple[str, ...] = ()
    rung: ClassVar[str] = "information"
    _show_plot_in_html: ClassVar[bool] = False

    @property
    def passed(self) -> bool:
        """True when no hidden small cell leaks."""
        return self.n_leaks == 0

    @property
    def min_cell_size(self) -> int:
        """The minimum cell size the table was protected for (the same number as ``min_count``)."""
        return self.min_count

    def _title(self, lang: str) -> str:
        return MSG("audit_title", lang=lang)

    def _explain_sentences(self, lang: str) -> list[str]:
        out = [MSG("audit_what", lang=lang, n=self.n_hidden)]
        if self.n_leaks:
            out.append(MSG("audit_leak", lang=lang, n=self.n_leaks, k=self.min_count))
        else:
            out.append(MSG("audit_ok", lang=lang, k=self.min_count))
        out.append(MSG("audit_not", lang=lang))
        return out


def audit_suppression(
    table: pd.DataFrame,
    hidden: pd.DataFrame,
    *,
    min_cell_size: int | None = None,
    min_count: int | None = None,
) -> AuditResult:
    """Play the attacker: from the visible cells and the true totals, how far can each hidden
    cell be pinned down?

    Parameters
    ----------
    table : pandas.DataFrame
        The true 2-D table of person counts, without totals.
    hidden : pandas.DataFrame of bool
        Which cells are hidden (same rows and columns; extra ``total`` row/column are ignored),
        e.g. ``result.hidden`` of :func:`suppress_small_cells` or a pattern made by hand.
    min_cell_size : int, optional
        The threshold; default the option ``min_cell_size`` (15). (``min_count`` is its old
        name, still accepted with a warning.)

    Returns
    -------
    AuditResult
        ``table`` (``row, column, small, lower, upper, protected``), ``n_hidden``, ``n_small``,
        ``n_leaks``, ``passed``, ``min_count``.

    Raises
    ------
    InvalidOptionError
        If ``hidden`` does not match ``table``; see :func:`suppress_small_cells` for the checks
        on ``table``.

    See Also
    --------
    suppress_small_cells : makes a pattern that passes this audit.

    Notes
    -----
    For each hidden cell two linear programs (scipy's HiGHS) find its smallest and largest value
    given the visible cells, the true row and column totals, and that counts are not negative.
    A hidden small cell leaks when its largest possible value is below ``min_count``.

    Examples
    --------
    >>> import pandas as pd
    >>> import civicanalysis as ca
    >>> leak = pd.DataFrame({"benefit": [12, 30, 25], "none": [40, 50, 60]},
    ...                     index=["Noord", "Zuid", "West"])
    >>> only_primary = leak < 15
    >>> ca.audit_suppression(leak, only_primary).table[["lower", "upper", "protected"]]
       lower  upper  protected
    0   12.0   12.0      False
    """
    k = _check_min_count(min_cell_size, min_count)
    values = _check_table(table, arg="table", integer=True)
    if not isinstance(hidden, pd.DataFrame):
        raise InvalidOptionError(MSG("hidden_shape"))
    try:
        mask = hidden.loc[values.index, values.columns].astype(bool)
    except (KeyError, ValueError, TypeError):
        raise InvalidOptionError(MSG("hidden_shape")) from None
    x = values.to_numpy().astype(np.int64)
    h = mask.to_numpy()
    lower, upper = _lp_bounds(x, h)
    cells = np.argwhere(h)
    small = (x[h] < k) & (x[h] > 0) if len(cells) else np.zeros(0, dtype=bool)
    # A tolerance for the solver's floating point; counts are whole numbers.
    protected = ~small | (upper >= k - 1e-6)
    out = pd.DataFrame(
        {
            "row": [values.index[r] for r in cells[:, 0]] if len(cells) else [],
            "column": [values.columns[c] for c in cells[:, 1]] if len(cells) else [],
            "small": small,
            "lower": lower,
            "upper": upper,
            "protected": protected,
        }
    )
    return AuditResult(
        table=out,
        n_hidden=len(cells),
        n_small=int(small.sum()),
        n_leaks=int((~protected).sum()),
        min_count=k,
    )
