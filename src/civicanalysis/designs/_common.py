"""Helpers shared by the designs: the time axis, gaps in it, the outcome's model and fixed effects."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .._exceptions import InvalidOptionError, MissingValuesError
from .._validation import check_column, check_option
from ._messages import MSG

OUTCOME_TYPES = ("binary", "count", "continuous")


@dataclass(frozen=True)
class TimeAxis:
    """The sorted distinct periods of a time column and each row's position on that axis."""

    values: np.ndarray  # sorted distinct periods (numbers, dates, or ordinals of pandas periods)
    codes: np.ndarray  # each row's period index 0..T-1
    freq: Any = None  # the frequency when the column holds pandas periods

    @property
    def n(self) -> int:
        return len(self.values)

    def index_of(self, value: Any) -> int:
        """Position of the first period at or after ``value`` (``n`` when after the last)."""
        if self.freq is not None:
            period = value if isinstance(value, pd.Period) else pd.Period(value, freq=self.freq)
            return int(np.searchsorted(self.values, period.asfreq(self.freq).ordinal))
        return int(np.searchsorted(self.values, _comparable(value, self.values), side="left"))

    def plot_values(self) -> np.ndarray:
        """The periods for tables and plots (pandas periods as their start dates)."""
        if self.freq is not None:
            return pd.PeriodIndex.from_ordinals(self.values, freq=self.freq).to_timestamp().values
        return self.values

    def label(self, i: int) -> Any:
        if self.freq is not None:
            return str(pd.Period(ordinal=int(self.values[i]), freq=self.freq))
        value = self.values[i]
        if isinstance(value, np.datetime64):
            return pd.Timestamp(value).date().isoformat()
        if isinstance(value, (np.integer, np.floating)):
            return value.item()
        return value


def _comparable(value: Any, values: np.ndarray) -> Any:
    """``value`` in the axis's type; TypeError when it cannot be one (text on a numeric axis)."""
    if np.issubdtype(values.dtype, np.datetime64):
        return np.datetime64(pd.Timestamp(value), "ns")
    if np.issubdtype(values.dtype, np.number) and (
        isinstance(value, bool) or not isinstance(value, (int, float, np.number))
    ):
        raise TypeError(f"{value!r} is not a number")
    return value


def time_axis(data: pd.DataFrame, column: Hashable, *, arg: str = "time") -> TimeAxis:
    """Read a time column (numbers, dates or pandas periods), refusing missing values and gaps."""
    series = check_column(data, column, arg=arg, allow_constant=True)
    if isinstance(series.dtype, pd.PeriodDtype):
        ordinals = series.array.asi8
        uniq = np.unique(ordinals)
        _check_gaps(uniq, np.diff(uniq), column, arg, [str(p) for p in series.unique()])
        codes = np.searchsorted(uniq, ordinals)
        return TimeAxis(uniq, codes, series.dtype.freq)
    if pd.api.types.is_datetime64_any_dtype(series):
        values = series.to_numpy(dtype="datetime64[ns]")
        uniq = np.unique(values)
        _check_date_gaps(uniq, column, arg)
        return TimeAxis(uniq, np.searchsorted(uniq, values))
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        values = series.to_numpy()
        uniq = np.sort(pd.unique(values))  # hashing, faster than np.unique's sort on 1M rows
        if len(uniq) > 1:
            _check_gaps(uniq, np.diff(uniq), column, arg, uniq)
        return TimeAxis(uniq, np.searchsorted(uniq, values))
    raise InvalidOptionError(MSG("time_type", arg=arg, col=column, dtype=str(series.dtype)))


def _check_gaps(uniq, steps, column, arg, shown) -> None:
    if len(steps) == 0:
        return
    step = steps.min()
    bad = np.flatnonzero(~np.isclose(steps, step))
    if len(bad):
        i = int(bad[0])
        raise MissingValuesError(
            MSG(
                "gaps",
                arg=arg,
                col=column,
                after=_show(uniq[i]),
                before=_show(uniq[i + 1]),
                k=len(bad),
            )
        )


def _show(value: Any) -> Any:
    if isinstance(value, np.datetime64):
        return pd.Timestamp(value).date().isoformat()
    if isinstance(value, (np.integer, np.floating)):
        return value.item()
    return value


def _check_date_gaps(uniq: np.ndarray, column, arg) -> None:
    if len(uniq) < 3:
        return
    index = pd.DatetimeIndex(uniq)
    import warnings

    with warnings.catch_warnings():  # pandas 3 announces a change of return type we do not use
        warnings.simplefilter("ignore")
        if pd.infer_freq(index) is not None:
            return
    if (index.day == index.day[0]).all():  # monthly or yearly on a fixed day: count months
        months = index.year.to_numpy() * 12 + index.month.to_numpy()
        _check_gaps(uniq, np.diff(months), column, arg, uniq)
        return
    days = (np.diff(uniq) / np.timedelta64(1, "D")).astype(float)
    _check_gaps(uniq, days, column, arg, uniq)


def outcome_kind(y: np.ndarray, name: Hashable, requested: str | None) -> str:
    """``"binary"``, ``"count"`` or ``"continuous"``: as asked (checked) or from the values."""
    is_binary = bool(np.isin(y, (0.0, 1.0)).all())
    is_count = bool((y >= 0).all() and (np.floor(y) == y).all())
    if requested is None:
        return "binary" if is_binary else "count" if is_count else "continuous"
    kind = check_option(requested, arg="outcome_type", options=OUTCOME_TYPES)
    if kind == "binary" and not is_binary:
        raise InvalidOptionError(MSG("outcome_type_mismatch", kind=kind, col=name))
    if kind == "count" and not is_count:
        raise InvalidOptionError(MSG("outcome_type_mismatch", kind=kind, col=name))
    return kind


def covariates(data: pd.DataFrame, adjust_for: Any, *, taken: list[Hashable]) -> pd.DataFrame:
    """The ``adjust_for`` columns as a numeric design (categories as 0/1 columns, first dropped)."""
    if adjust_for is None:
        return pd.DataFrame(index=data.index)
    names = [adjust_for] if isinstance(adjust_for, str) else list(adjust_for)
    parts = []
    for name in names:
        if name in taken:
            from .._validation import check_distinct

            check_distinct([("adjust_for", name), ("outcome/time/treated/unit", name)])
        series = check_column(data, name, arg="adjust_for")
        if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
            parts.append(series.astype(float).rename(str(name)))
        else:
            dummies = pd.get_dummies(series, prefix=str(name), drop_first=True, dtype=float)
            parts.append(dummies)
    return pd.concat(parts, axis=1) if parts else pd.DataFrame(index=data.index)


def demean(
    columns: np.ndarray, groups: list[np.ndarray], *, tol: float = 1e-10, max_iter: int = 1000
) -> np.ndarray:
    """Remove group means of every column for one or more sets of fixed effects.

    Written by hand because statsmodels cannot absorb fixed effects: with one set of groups this
    is the within transformation; with two it is the method of alternating projections (Guimarães
    and Portugal 2010, as in reghdfe and pyfixest), which converges to the two-way within
    transformation for balanced and unbalanced panels alike. Group means use ``np.bincount``, so
    a million rows with ten thousand units take well under a second.
    """
    out = np.array(columns, dtype=float, copy=True)
    if out.ndim == 1:
        out = out[:, None]
    counts = [np.bincount(g).astype(float) for g in groups]
    balanced = len(groups) == 2 and _is_balanced(groups, counts)
    for _ in range(1 if len(groups) == 1 or balanced else max_iter):
        before = out.copy() if not balanced and len(groups) > 1 else None
        for g, c in zip(groups, counts, strict=True):
            for j in range(out.shape[1]):
                means = np.bincount(g, weights=out[:, j], minlength=len(c)) / np.maximum(c, 1)
                out[:, j] -= means[g]
        if before is not None and np.max(np.abs(out - before)) < tol * max(
            1.0, float(np.max(np.abs(out)))
        ):
            break
    return out


def _is_balanced(groups: list[np.ndarray], counts: list[np.ndarray]) -> bool:
    """Every unit seen once in every period: one sweep of each set of means is then exact."""
    a, b = groups
    n_a, n_b = len(counts[0]), len(counts[1])
    if len(a) != n_a * n_b or not (counts[0] == n_b).all() or not (counts[1] == n_a).all():
        return False
    # Each (unit, period) pair at most once; a count per pair is O(n), unlike sorting.
    return int(np.bincount(a.astype(np.int64) * n_b + b, minlength=n_a * n_b).max()) == 1
