"""Linking two pseudonymised registers, with a loss report in counts."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

import numpy as np
import pandas as pd

from .._config import get_option
from .._exceptions import ColumnTypeError, DisclosureWarning, InvalidOptionError
from .._results import ResultMixin, warn
from .._text import fmt, fmt_pct
from .._validation import check_column_name, check_dataframe, check_option
from ._bsn import _normalise
from ._messages import MSG, count_text

# ------------------------------------------------------------------------------------------------
# Linking
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False, repr=False)
class LinkResult(ResultMixin):
    """Result of :func:`link`: the linked data and what did not link, in counts.

    Attributes
    ----------
    data : pandas.DataFrame
        The linked records (the join chosen with ``how``).
    table : pandas.DataFrame
        One row per register: ``register, n_records, n_missing_key, n_persons, n_linked,
        n_not_linked, share_not_linked``. Person counts below the minimum cell size are shown as
        '<15' in the display; the fields keep the exact numbers.
    n_left_unmatched, n_right_unmatched : int
        Persons (distinct keys) found only on the left, only on the right.
    n_linked : int
        Persons found in both.
    n_rows : int
        Rows of ``data``.
    how : str
    caveats : tuple of str
    """

    data: pd.DataFrame
    table: pd.DataFrame
    n_left_unmatched: int
    n_right_unmatched: int
    n_linked: int
    n_rows: int
    how: str
    caveats: tuple[str, ...] = ()
    rung: ClassVar[str] = "data"

    def _title(self, lang: str) -> str:
        return MSG("link_title", lang=lang)

    def _explain_sentences(self, lang: str) -> list[str]:
        out = []
        names = list(self.table["register"])
        for i, row in self.table.iterrows():
            other = names[1 - int(i)]
            out.append(
                MSG(
                    "link_side",
                    lang=lang,
                    persons=count_text(int(row["n_persons"]), lang),
                    name=row["register"],
                    linked=count_text(int(row["n_linked"]), lang),
                    other=other,
                    unlinked=count_text(int(row["n_not_linked"]), lang),
                    # A share of a count below the minimum cell size would reveal it.
                    share=(
                        f" ({fmt_pct(float(row['share_not_linked']), lang)})"
                        if int(row["n_persons"]) >= get_option("min_cell_size")
                        else ""
                    ),
                )
            )
        missing = [(r["register"], int(r["n_missing_key"])) for _, r in self.table.iterrows()]
        for name, k in missing:
            if k:
                text = MSG("link_missing_key", lang=lang, k=count_text(k, lang), name=name)
                out.append(text[:1].upper() + text[1:])
        out.append(MSG("link_rows", lang=lang, how=self.how, rows=fmt(self.n_rows, lang)))
        out.append(MSG("link_meaning", lang=lang))
        return out

    def plot(self, ax: Any = None) -> Any:
        """Stacked bars per register: persons linked and not linked."""
        from .._plotting import new_axes

        ax = new_axes(ax, height=2.2)
        names = [str(r) for r in self.table["register"]]
        linked = self.table["n_linked"].to_numpy()
        unlinked = self.table["n_not_linked"].to_numpy()
        ax.barh(names, linked, color="#1f5c99", label=MSG("plot_linked"))
        ax.barh(names, unlinked, left=linked, color="#d9822b", label=MSG("plot_not_linked"))
        ax.set_xlabel(MSG("plot_persons"))
        ax.legend(loc="lower right", frameon=False)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return ax


def _looks_like_raw_bsn(series: pd.Series) -> float:
    sample = series.dropna()
    if len(sample) > 2000:
        sample = sample.sample(2000, random_state=0)
    if not len(sample):
        return 0.0
    _, reason, _, _ = _normalise(sample.astype(str) if sample.dtype == object else sample)
    return float((reason == "valid").mean())


def link(
    left: pd.DataFrame,
    right: pd.DataFrame,
    *,
    on: str | tuple[str, str],
    how: Literal["inner", "left", "right", "outer"] = "inner",
    validate: Literal["one_to_one", "one_to_many", "many_to_one", "many_to_many"] = "many_to_many",
    names: tuple[str, str] = ("left", "right"),
) -> LinkResult:
    """Join two pseudonymised registers and report, in counts, what did not link.

    Parameters
    ----------
    left, right : pandas.DataFrame
        The two registers, each with a pseudonym column. Not modified.
    on : str or (str, str)
        The key column, or a pair (column in ``left``, column in ``right``).
    how : {"inner", "left", "right", "outer"}, default "inner"
        Which records to keep in ``data``. The loss report is the same for every choice.
    validate : {"one_to_one", "one_to_many", "many_to_one", "many_to_many"}, default "many_to_many"
        The relationship you expect; a violation is an error that says how many keys repeat.
    names : (str, str), default ("left", "right")
        Names of the two registers in the report, e.g. ``("truancy", "benefits")``; also the
        suffixes of columns that occur in both.

    Returns
    -------
    LinkResult
        ``data`` (the linked records), ``table`` (per register: ``register, n_records,
        n_missing_key, n_persons, n_linked, n_not_linked, share_not_linked``), ``n_linked``,
        ``n_left_unmatched``, ``n_right_unmatched``, ``n_rows``, ``how``, ``caveats``.

    Raises
    ------
    NotADataFrameError, ColumnNotFoundError
        For a register that is not a DataFrame, or a key column that is not in it.
    InvalidOptionError
        For an unknown ``how``/``validate``, or a link that breaks ``validate``.

    Warns
    -----
    DisclosureWarning
        If a key column looks like raw citizen numbers (most values pass the 11-test).

    See Also
    --------
    pseudonymise : make the key columns at each source.
    suppress_small_cells : publish a table of the linked data.

    Notes
    -----
    Records with a missing key never link: pandas would match a missing key to every other
    missing key, so they are set apart, counted in ``n_missing_key``, and kept (unlinked) in
    ``data`` for the ``left``/``right``/``outer`` joins. Counts are of distinct keys (persons)
    and of records, never rows of people.

    Examples
    --------
    >>> import secrets
    >>> import civicanalysis as ca
    >>> key = secrets.token_hex(32)
    >>> absence = ca.datasets.load("school_absence_register")
    >>> benefits = ca.datasets.load("benefits_register")
    >>> absence = absence.assign(
    ...     parent=ca.pseudonymise(absence["bsn_parent"], key=key, on_invalid="missing")
    ... ).drop(columns=["bsn_pupil", "bsn_parent"])
    >>> benefits = benefits.assign(
    ...     parent=ca.pseudonymise(benefits["bsn"], key=key, on_invalid="missing")
    ... ).drop(columns=["bsn"])
    >>> linked = ca.link(absence, benefits, on="parent", how="left", names=("truancy", "benefits"))
    >>> list(linked.table.columns)[:4]
    ['register', 'n_records', 'n_missing_key', 'n_persons']
    """
    left = check_dataframe(left, arg="left")
    right = check_dataframe(right, arg="right")
    if isinstance(on, str):
        left_on = right_on = on
    elif isinstance(on, (tuple, list)) and len(on) == 2:
        left_on, right_on = on
    else:
        raise InvalidOptionError(MSG("on_pair", value=on))
    if (
        not isinstance(names, (tuple, list))
        or len(names) != 2
        or not all(isinstance(n, str) and n for n in names)
    ):
        raise InvalidOptionError(MSG("link_names", value=names))
    left_on = check_column_name(left, left_on, arg="on")
    right_on = check_column_name(right, right_on, arg="on")
    _check_key_types(left[left_on], right[right_on], names)
    how = check_option(how, arg="how", options=["inner", "left", "right", "outer"])
    validate = check_option(
        validate,
        arg="validate",
        options=["one_to_one", "one_to_many", "many_to_one", "many_to_many"],
    )
    caveats: list[str] = []
    for frame, col in ((left, left_on), (right, right_on)):
        share = _looks_like_raw_bsn(frame[col])
        if share > 0.5:
            warn(DisclosureWarning, MSG("raw_bsn_key", col=col, share=fmt_pct(share)), caveats, 3)

    lkey = left[left_on]
    rkey = right[right_on]
    lmiss = lkey.isna().to_numpy()
    rmiss = rkey.isna().to_numpy()
    lkeys = pd.Index(lkey[~lmiss].unique())
    rkeys = pd.Index(rkey[~rmiss].unique())
    both = lkeys.intersection(rkeys)
    ldup = int(lkey[~lmiss].value_counts().gt(1).sum())
    rdup = int(rkey[~rmiss].value_counts().gt(1).sum())
    details = []
    if validate in ("one_to_one", "one_to_many") and ldup:
        details.append(MSG("dup_detail", k=ldup, name=names[0]))
    if validate in ("one_to_one", "many_to_one") and rdup:
        details.append(MSG("dup_detail", k=rdup, name=names[1]))
    if details:
        raise InvalidOptionError(
            MSG("relationship", expected=validate.replace("_", "-"), detail="; ".join(details))
        )

    suffixes = (f"_{names[0]}", f"_{names[1]}")
    lk = left.loc[~lmiss]
    rk = right.loc[~rmiss]
    merged = pd.merge(
        lk, rk, how=how, left_on=left_on, right_on=right_on, suffixes=suffixes, sort=False
    )
    parts = [merged]
    if how in ("left", "outer") and lmiss.any():
        parts.append(left.loc[lmiss])
    if how in ("right", "outer") and rmiss.any():
        parts.append(right.loc[rmiss])
    data = pd.concat(parts, ignore_index=True) if len(parts) > 1 else merged.reset_index(drop=True)

    def side(name: str, frame: pd.DataFrame, miss: np.ndarray, keys: pd.Index) -> dict[str, Any]:
        persons = len(keys)
        linked = len(both)
        return {
            "register": name,
            "n_records": len(frame),
            "n_missing_key": int(miss.sum()),
            "n_persons": persons,
            "n_linked": linked,
            "n_not_linked": persons - linked,
            "share_not_linked": (persons - linked) / persons if persons else math.nan,
        }

    table = pd.DataFrame([side(names[0], left, lmiss, lkeys), side(names[1], right, rmiss, rkeys)])
    return LinkResult(
        data=data,
        table=table,
        n_left_unmatched=len(lkeys) - len(both),
        n_right_unmatched=len(rkeys) - len(both),
        n_linked=len(both),
        n_rows=len(data),
        how=how,
        caveats=tuple(caveats),
    )


def _key_kind(key: pd.Series) -> str | None:
    present = key.dropna()
    if pd.api.types.is_numeric_dtype(key):
        return "numbers"
    if len(present) and all(isinstance(v, str) for v in present.head(1000)):
        return "text"
    return None


def _check_key_types(lkey: pd.Series, rkey: pd.Series, names: Any) -> None:
    """Refuse keys of different kinds (numbers on one side, text on the other): nothing matches."""
    lkind, rkind = _key_kind(lkey), _key_kind(rkey)
    if lkind and rkind and lkind != rkind:
        raise ColumnTypeError(
            MSG(
                "link_key_types",
                left=lkey.name,
                right=rkey.name,
                lname=names[0],
                rname=names[1],
                ltype=MSG(f"kind_{lkind}"),
                rtype=MSG(f"kind_{rkind}"),
            )
        )
