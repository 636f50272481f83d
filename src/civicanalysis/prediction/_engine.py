"""The engine: every metric, for every score and group, from the same bootstrap resamples.

Written with sorted cumulative sums rather than calling scikit-learn once per resample (the
tests check the values equal scikit-learn's and fairlearn's; ``bench/bench_prediction.py``
measures the speed).
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .._coding import order_levels
from .._config import get_option
from .._exceptions import (
    DisclosureWarning,
    ThinDataWarning,
)
from .._results import warn
from ._messages import (
    _MIN_TEST_POSITIVES,
    MSG,
)

if TYPE_CHECKING:
    from ._evaluate import _Inputs, _Split


class _Score:
    """One score vector sorted once, so every bootstrap replicate reuses the order."""

    def __init__(self, y: np.ndarray, p: np.ndarray, threshold: float) -> None:
        self.order = np.argsort(-p, kind="stable")
        ps = p[self.order]
        self.starts = np.r_[0, np.flatnonzero(np.diff(ps)) + 1]
        self.tied = len(self.starts) < len(p)
        self.y_sorted = y[self.order]
        flag = (p >= threshold).astype(float)
        # Everything that is a weighted sum goes in one matrix, so one product serves them all.
        self.linear = np.column_stack([(p - y) ** 2, p - y, flag, flag * y, p])
        self.linear32 = self.linear.astype(np.float32)

    def metrics(self, w: np.ndarray) -> dict[str, np.ndarray]:
        """Weighted metrics for each row of ``w`` (bootstrap counts; a row of ones = the data)."""
        total = w.sum(axis=1)
        wo = w[:, self.order]
        pos = wo * self.y_sorted
        if self.tied:
            pos = np.add.reduceat(pos, self.starts, axis=1)
            wo = np.add.reduceat(wo, self.starts, axis=1)
        neg = wo - pos
        cum_pos = np.cumsum(pos, axis=1)
        cum_neg = np.cumsum(neg, axis=1)
        p_tot = cum_pos[:, -1]
        n_tot = cum_neg[:, -1]
        with np.errstate(divide="ignore", invalid="ignore"):
            # ROC AUC as the Mann–Whitney statistic (ties count half), scores sorted descending:
            # sum over score levels of pos * (negatives below + half the tied negatives).
            # Counts are whole numbers, exact in float32; the products are summed in float64.
            pairs = p_tot.astype(float) * n_tot
            above = np.einsum("ij,ij->i", pos, cum_neg, dtype=float) - 0.5 * np.einsum(
                "ij,ij->i", pos, neg, dtype=float
            )
            auc = (pairs - above) / pairs
            # Average precision as scikit-learn defines it (no interpolation).
            seen = np.add(cum_pos, cum_neg, out=cum_neg)
            precision_k = np.divide(cum_pos, seen, out=np.zeros_like(seen), where=seen > 0)
            ap = np.einsum("ij,ij->i", pos, precision_k, dtype=float) / p_tot
            linear = self.linear if w.dtype == self.linear.dtype else self.linear32
            sq, diff, flagged, tp, p_sum = (w @ linear).T.astype(float)
            out = {
                "roc_auc": auc,
                "pr_auc": ap,
                "brier": sq / total,
                "calibration_in_the_large": diff / total,
                "recall": tp / p_tot,
                "precision": tp / flagged,
                "observed_rate": p_tot / total,
                "mean_predicted": p_sum / total,
            }
        return out


def _bootstrap_counts(rng: np.random.Generator, n: int, b: int) -> np.ndarray:
    """``b`` rows of multinomial resampling counts for ``n`` cases (one bincount, no loop)."""
    idx = rng.integers(0, n, size=(b, n)) + (np.arange(b) * n)[:, None]
    # float32 holds counts exactly and halves the memory traffic of the resampling.
    return np.bincount(idx.ravel(), minlength=b * n).reshape(b, n).astype(np.float32)


@dataclass(frozen=True)
class _Engine:
    """Point values and bootstrap draws of the metrics, and the per-group bookkeeping."""

    y: np.ndarray
    point: dict[str, dict[str, np.ndarray]]
    draws: dict[str, dict[str, np.ndarray]]
    group_index: list[tuple[Hashable, Any, np.ndarray]]
    group_status: dict[tuple[Hashable, Any], str]
    group_scores: dict[tuple[Hashable, Any], _Score]
    gdraws: dict[tuple[Hashable, Any], dict[str, np.ndarray]]
    min_cell_size: int


def _evaluate_scores(
    inputs: _Inputs, split: _Split, scores: dict[str, np.ndarray], caveats: list[str]
) -> _Engine:
    y = inputs.y_all[split.test_mask].astype(float)
    if y.sum() < _MIN_TEST_POSITIVES:
        # With one or a few positives most bootstrap resamples hold none: intervals come out
        # missing. Say so instead of showing a table of silent NaNs.
        message = MSG(
            "few_positives_test", n=int(y.sum()), target=inputs.target, k=_MIN_TEST_POSITIVES
        )
        warn(ThinDataWarning, message, caveats, stacklevel=4)
    k_min = int(get_option("min_cell_size"))
    score_objs = {name: _Score(y, s, inputs.threshold) for name, s in scores.items()}
    by_frame = inputs.data.loc[split.test_mask, inputs.by_cols]
    group_index, group_status = _group_index(by_frame, inputs.by_cols, y, k_min, caveats)
    group_scores = {
        (c, lv): _Score(y[mask], scores["model"][mask], inputs.threshold)
        for c, lv, mask in group_index
        if group_status[(c, lv)] == "ok"
    }
    masks = {(c, lv): mask for c, lv, mask in group_index}
    point = {name: s.metrics(np.ones((1, split.n_test))) for name, s in score_objs.items()}
    draws, gdraws = _bootstrap(score_objs, group_scores, masks, split.n_test, inputs)
    return _Engine(y, point, draws, group_index, group_status, group_scores, gdraws, k_min)


def _group_index(
    by_frame: pd.DataFrame, by_cols: list[Hashable], y: np.ndarray, k_min: int, caveats: list[str]
) -> tuple[list[tuple[Hashable, Any, np.ndarray]], dict[tuple[Hashable, Any], str]]:
    """Each group's test rows and status: ``ok``, ``too small`` (warned) or ``one class``."""
    group_index: list[tuple[Hashable, Any, np.ndarray]] = []
    group_status: dict[tuple[Hashable, Any], str] = {}
    for c in by_cols:
        col = by_frame[c]
        for lv in order_levels(col):
            mask = (col == lv).to_numpy()
            n_g = int(mask.sum())
            if n_g < k_min:
                group_status[(c, lv)] = "too small"
                message = MSG("small_group", var=c, level=lv, n=n_g, k=k_min)
                warn(DisclosureWarning, message, caveats, stacklevel=5)
            elif y[mask].min() == y[mask].max():
                group_status[(c, lv)] = "one class"
            else:
                group_status[(c, lv)] = "ok"
            group_index.append((c, lv, mask))
    return group_index, group_status


def _bootstrap(
    score_objs: dict[str, _Score],
    group_scores: dict[tuple[Hashable, Any], _Score],
    masks: dict[tuple[Hashable, Any], np.ndarray],
    n_te: int,
    inputs: _Inputs,
) -> tuple[dict[str, dict[str, np.ndarray]], dict[tuple[Hashable, Any], dict[str, np.ndarray]]]:
    """Resample the test cases in chunks (bounded memory); every score and group shares them."""
    boot: dict[str, dict[str, list[np.ndarray]]] = {name: {} for name in score_objs}
    gboot: dict[tuple[Hashable, Any], dict[str, list[np.ndarray]]] = {k: {} for k in group_scores}
    chunk = max(1, min(inputs.n_boot, int(4_000_000 // max(n_te, 1))))
    done = 0
    while done < inputs.n_boot:
        b = min(chunk, inputs.n_boot - done)
        w = _bootstrap_counts(inputs.rng, n_te, b)
        for name, s in score_objs.items():
            for metric, values in s.metrics(w).items():
                boot[name].setdefault(metric, []).append(values)
        for key, s in group_scores.items():
            for metric, values in s.metrics(w[:, masks[key]]).items():
                gboot[key].setdefault(metric, []).append(values)
        done += b
    draws = {name: {m: np.concatenate(v) for m, v in d.items()} for name, d in boot.items()}
    gdraws = {k: {m: np.concatenate(v) for m, v in d.items()} for k, d in gboot.items()}
    return draws, gdraws


def _percentile_interval(values: np.ndarray, conf_level: float) -> tuple[float, float]:
    """Bootstrap percentile interval; none when over a tenth of the resamples had no value."""
    alpha = 1 - conf_level
    finite = values[np.isfinite(values)]
    if len(finite) < 0.9 * len(values):
        return math.nan, math.nan
    lo, hi = np.quantile(finite, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)
