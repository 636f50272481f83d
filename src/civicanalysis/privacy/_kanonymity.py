"""Records before release: k-anonymity on the quasi-identifiers."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import pandas as pd

from .._exceptions import InvalidOptionError
from .._results import ResultMixin
from .._text import fmt, fmt_pct
from .._validation import (
    check_columns,
    check_dataframe,
    check_min_cell_size,
    renamed_argument,
)
from ._messages import MSG

# ------------------------------------------------------------------------------------------------
# k-anonymity
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False, repr=False)
class KAnonymityResult(ResultMixin):
    """Result of :func:`check_k_anonymity`.

    Attributes
    ----------
    table : pandas.DataFrame
        The groups below ``k``, by size only: ``group_size, groups, records`` (never the values
        that identify them).
    k : int
        The rule.
    k_min : int
        Size of the smallest group (the data are k_min-anonymous).
    n_records, n_groups, n_groups_below_k, n_records_below_k, n_missing : int
    quasi_identifiers : tuple of str
    caveats : tuple of str
    """

    table: pd.DataFrame
    k: int
    k_min: int
    n_records: int
    n_groups: int
    n_groups_below_k: int
    n_records_below_k: int
    n_missing: int
    quasi_identifiers: tuple[Hashable, ...]
    caveats: tuple[str, ...] = ()
    rung: ClassVar[str] = "data"

    @property
    def min_cell_size(self) -> int:
        """The smallest allowed group (the same number as ``k``)."""
        return self.k

    @property
    def passed(self) -> bool:
        """True when every group has at least ``k`` records."""
        return self.k_min >= self.k

    def _title(self, lang: str) -> str:
        return MSG("k_title", lang=lang)

    def _explain_sentences(self, lang: str) -> list[str]:
        out = [
            MSG(
                "k_what",
                lang=lang,
                records=self.n_records,
                qi=", ".join(str(q) for q in self.quasi_identifiers),
                n=self.k_min,
                k=self.k,
            )
        ]
        if self.n_groups_below_k:
            out.append(
                MSG(
                    "k_below",
                    lang=lang,
                    groups=fmt(self.n_groups_below_k, lang),
                    total=fmt(self.n_groups, lang),
                    k=self.k,
                    records=fmt(self.n_records_below_k, lang),
                    share=fmt_pct(self.n_records_below_k / self.n_records, lang),
                )
            )
        else:
            out.append(MSG("k_ok", lang=lang, k=self.k))
        if self.n_missing:
            out.append(MSG("k_missing", lang=lang, k=fmt(self.n_missing, lang)))
        out.append(MSG("k_not", lang=lang))
        if not self.passed:
            out.append(MSG("k_fix", lang=lang))
        return out

    def plot(self, ax: Any = None) -> Any:
        """Bars: how many groups have each size below ``k``."""
        from .._plotting import new_axes

        ax = new_axes(ax, height=2.4)
        if len(self.table):
            ax.bar(self.table["group_size"].astype(str), self.table["groups"], color="#b23a3a")
        ax.set_xlabel(MSG("plot_group_size"))
        ax.set_ylabel(MSG("plot_groups"))
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return ax


def check_k_anonymity(
    data: pd.DataFrame,
    *,
    quasi_identifiers: Sequence[Hashable],
    min_cell_size: int | None = None,
    k: int | None = None,
) -> KAnonymityResult:
    """Check records (microdata) before release: the smallest group sharing the same values of
    the quasi-identifiers.

    Parameters
    ----------
    data : pandas.DataFrame, path or engine table
        The records to release, one row per person. Also a parquet or CSV path, a DuckDB
        relation, a polars frame, an Ibis table or a Spark DataFrame (the group sizes are then
        counted in that engine).
    quasi_identifiers : list of str
        Columns someone could know about a person from elsewhere (district, age, sex, school).
    min_cell_size : int, optional
        The smallest allowed group (the *k* of k-anonymity, at least 2); default the option
        ``min_cell_size`` (15). (``k`` is its old name, still accepted with a warning.)

    Returns
    -------
    KAnonymityResult
        ``table`` (groups below ``k`` by size only: ``group_size, groups, records``), ``k``,
        ``k_min``, ``n_records``, ``n_groups``, ``n_groups_below_k``, ``n_records_below_k``,
        ``n_missing``, ``quasi_identifiers``, ``passed``.

    Raises
    ------
    NotADataFrameError, ColumnNotFoundError
        For data that are not a DataFrame or a column that is not in them.
    InvalidOptionError
        For an empty ``quasi_identifiers`` or a ``k`` below 2.

    See Also
    --------
    suppress_small_cells : for aggregated tables rather than records.

    Notes
    -----
    A record is k-anonymous when at least k-1 other records share its quasi-identifiers, so a
    person known to be in the data cannot be told apart from k-1 others by them. A missing value
    is treated as a value of its own (and counted). It says nothing about the other columns: if
    everyone in a group shares a sensitive value, the group reveals it (l-diversity).

    References
    ----------
    .. [1] Sweeney, L. (2002). k-anonymity: a model for protecting privacy. *International
       Journal of Uncertainty, Fuzziness and Knowledge-Based Systems* 10(5), 557–570.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> register = ca.datasets.load("school_absence_register")
    >>> pupils = register.drop_duplicates("bsn_pupil")
    >>> check = ca.check_k_anonymity(pupils, quasi_identifiers=["district", "age", "sex"])
    >>> check.passed
    False
    >>> list(check.table.columns)
    ['group_size', 'groups', 'records']
    """
    from .._engines import engine_caveat, engine_of, group_sizes

    in_engine = engine_of(data) != "pandas"
    if not in_engine:
        data = check_dataframe(data, arg="data")
    if isinstance(quasi_identifiers, (str, bytes)):
        quasi_identifiers = [quasi_identifiers]
    qi = list(quasi_identifiers)
    if not qi:
        raise InvalidOptionError(MSG("qi_empty"))
    value = renamed_argument(min_cell_size, k, new="min_cell_size", old="k")
    k = check_min_cell_size(value, arg="k" if k is not None else "min_cell_size", low=2)
    caveats: tuple[str, ...] = ()
    if in_engine:  # the group sizes counted where the data live
        sizes, n_missing, n_records = group_sizes(data, qi)
        caveats = (engine_caveat(data, n_records, len(sizes)),)
    else:
        check_columns(data, qi, arg="quasi_identifiers")
        n_missing = int(data[qi].isna().any(axis=1).sum())
        sizes = data.groupby(qi, dropna=False, observed=True, sort=False).size()
        n_records = len(data)
    below = sizes[sizes < k]
    summary = below.value_counts().sort_index().rename_axis("group_size").reset_index(name="groups")
    summary["records"] = summary["group_size"] * summary["groups"]
    summary = summary.astype("int64")
    return KAnonymityResult(
        table=summary,
        k=int(k),
        k_min=int(sizes.min()) if len(sizes) else 0,
        n_records=n_records,
        n_groups=len(sizes),
        n_groups_below_k=len(below),
        n_records_below_k=int(below.sum()),
        n_missing=n_missing,
        quasi_identifiers=tuple(qi),
        caveats=caveats,
    )
