"""Statistics on cells with frequency weights, equal to the same statistic on the rows."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd


def weighted_pearson(a: np.ndarray, b: np.ndarray, w: np.ndarray) -> tuple[float, float]:
    """|r| and its two-sided p-value (t test, n - 2 df) with frequency weights.

    scipy's ``pearsonr`` has no weights; with all weights 1 this is the same test.
    """
    from scipy import stats

    n = float(w.sum())
    da = a - np.average(a, weights=w)
    db = b - np.average(b, weights=w)
    saa, sbb = float(np.sum(w * da * da)), float(np.sum(w * db * db))
    if saa <= 0 or sbb <= 0 or n <= 2:
        return math.nan, math.nan
    r = float(np.clip(np.sum(w * da * db) / math.sqrt(saa * sbb), -1.0, 1.0))
    if abs(r) == 1.0:
        return 1.0, 0.0
    t = r * math.sqrt((n - 2) / (1 - r * r))
    return abs(r), float(2 * stats.t.sf(abs(t), n - 2))


def weighted_anova(
    codes: np.ndarray, k: int, values: np.ndarray, w: np.ndarray
) -> tuple[float, float]:
    """Correlation ratio (eta) and one-way ANOVA p-value with frequency weights.

    scipy's ``f_oneway`` has no weights; with all weights 1 this is the same F test. Groups of
    at most one observation are left out of the test, as before.
    """
    from scipy import stats

    size = np.bincount(codes, weights=w, minlength=k)
    total_sum = np.bincount(codes, weights=w * values, minlength=k)
    keep = size > 1
    if keep.sum() < 2:
        return math.nan, math.nan
    means = np.divide(total_sum, size, out=np.zeros(k), where=size > 0)
    within = float(np.sum(w * (values - means[codes]) ** 2 * keep[codes]))
    n_k = float(size[keep].sum())
    grand_k = float(total_sum[keep].sum() / n_k)
    between_k = float(np.sum(size[keep] * (means[keep] - grand_k) ** 2))
    groups = int(keep.sum())
    with np.errstate(divide="ignore", invalid="ignore"):
        f = (between_k / (groups - 1)) / (within / (n_k - groups))
    p = (
        float(stats.f.sf(f, groups - 1, n_k - groups))
        if math.isfinite(f)
        else (0.0 if between_k > 0 else math.nan)
    )
    # Correlation ratio: the share of the continuous variable's spread between the groups.
    grand = float(np.average(values, weights=w))
    between = float(np.sum(size[keep] * (means[keep] - grand) ** 2))
    total = float(np.sum(w * (values - grand) ** 2))
    return (math.sqrt(between / total) if total > 0 else math.nan), p


def outcome_sd(data: Any, column: Any) -> float:
    """Standard deviation (n - 1) of a column of rows, or of the rows behind weighted cells."""
    values = pd.to_numeric(data[column], errors="coerce")
    from . import cell_weights

    w = cell_weights(data)
    if w is None:
        return float(values.std())
    y = values.to_numpy(dtype=float)
    n = float(w.sum())
    mean = float(np.sum(w * y) / n)
    return math.sqrt(float(np.sum(w * (y - mean) ** 2)) / (n - 1))
