"""Logistic and Poisson models with continuous terms, fitted by IRLS whose passes run in the engine.

A logistic or Poisson model has no small set of sufficient statistics once a term is continuous
(a value in nearly every row): the likelihood needs every row. It does not need every row *in
Python*, though. Each Newton (IRLS) step needs only

- the working weights' cross-products ``XᵀWX`` (W = w·μ(1−μ) or w·μ), and
- the score ``Xᵀw(y − μ)`` (the same step as solving ``XᵀWX β = XᵀWz`` with the working
  response ``z = η + (y − μ)/var``: ``XᵀWz = XᵀWX β + Xᵀw(y − μ)``; the score form is used
  because it does not lose digits to the subtraction of two large sums),

and both are sums over rows. Each pass therefore computes η, μ and the working weight per row in
the engine (SQL / narwhals expressions with ``exp``) from the current coefficients and aggregates
the sums there, grouped by the model's discrete columns (so a category with many levels costs
rows of the result, not thousands of aggregates). Python assembles the p×p matrix and takes the
step. Started from the fit on the moment-matched cells, a handful of passes reaches the maximum
likelihood estimate of the rows; the covariance is the same as statsmodels'
(``(XᵀWX)⁻¹``, times Pearson X²/(n − p) for quasi-Poisson).

Written here because no library runs IRLS with its passes inside an arbitrary SQL engine; the
tests check it against statsmodels on the rows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

#: Most passes over the data (Newton from a close start needs three to five).
MAX_PASSES = 30
#: A step smaller than this (relative to the coefficient) ends the iteration.
TOLERANCE = 1e-11
#: The linear predictor is clipped to ±CLIP before exp(): PostgreSQL raises on exp() overflow
#: and underflow. At |η| = 50, μ(1 − μ) and exp(−η) are below 2e−22, so nothing that reaches a
#: double-precision sum of the rows changes.
CLIP = 50.0


class EngineGLM:
    """Fits logistic and Poisson models on the rows of an engine table by IRLS passes there."""

    def __init__(self, src: Any, outcome: str, weights: str | None) -> None:
        self.src = src  # holds the connection of a file alive as long as this fitter
        self.outcome = outcome
        self.weights = weights
        self.passes = 0  # passes over the data, over every fit (for the report and the tests)
        self._centres: dict[str, tuple[float, float]] = {}

    def __deepcopy__(self, memo: dict) -> EngineGLM:
        # pandas deep-copies a frame's attrs; the fitter (and its connection) is shared instead.
        return self

    # ----------------------------------------------------------------------------------------

    def _literal(self, column: str, level: Any) -> Any:
        """A level as a literal of the column's type (a boolean compared with 1.0 fails on
        PostgreSQL)."""
        import narwhals as nw

        dtype = self.src.frame.collect_schema()[column]
        if hasattr(level, "item"):
            level = level.item()
        if dtype == nw.Boolean:
            return bool(level)
        if dtype.is_numeric():
            return float(level)
        return level

    def _standardise(self, conts: Sequence[Any]) -> None:
        """Mean and SD of each continuous column, in one pass (cached).

        The passes use ``(x − mean) / sd``: XᵀWX of raw columns (an income of 2,500 next to the
        intercept) is so ill-conditioned that its inverse loses eight digits; standardised, the
        covariance keeps them. The estimates are transformed back exactly (see ``fit``).
        """
        import narwhals as nw

        todo = [v.name for v in conts if v.name not in self._centres]
        if not todo:
            return
        x = [nw.col(c).cast(nw.Float64) for c in todo]
        frame = self.src.frame.with_columns(
            *[x[i].alias(f"__m{i}__") for i in range(len(todo))],
            *[(x[i] * x[i]).alias(f"__q{i}__") for i in range(len(todo))],
        )
        row = self.src.collect(
            frame.select(
                *[nw.col(f"__m{i}__").mean().alias(f"m{i}") for i in range(len(todo))],
                *[nw.col(f"__q{i}__").mean().alias(f"q{i}") for i in range(len(todo))],
            )
        ).iloc[0]
        for i, c in enumerate(todo):
            mean = float(row[f"m{i}"])
            sd = math.sqrt(max(float(row[f"q{i}"]) - mean * mean, 0.0))
            self._centres[c] = (mean, sd if sd > 0 else 1.0)

    def _x(self, name: str) -> Any:
        import narwhals as nw

        mean, sd = self._centres[name]
        return (nw.col(name).cast(nw.Float64) - mean) / sd

    def _eta(self, variables: Sequence[Any], beta: np.ndarray) -> Any:
        """The linear predictor per row, as an engine expression."""
        import narwhals as nw

        terms = [nw.lit(float(beta[0]))]
        j = 1
        for v in variables:
            col = nw.col(v.name)
            if v.discrete:
                for level in v.levels[1:]:
                    hit = col == self._literal(v.name, level)
                    terms.append(nw.when(hit).then(float(beta[j])).otherwise(0.0))
                    j += 1
            else:
                terms.append(self._x(v.name) * float(beta[j]))
                j += 1
        eta = terms[0]
        for t in terms[1:]:
            eta = eta + t
        return eta.clip(-CLIP, CLIP)

    def _pass(
        self, variables: Sequence[Any], beta: np.ndarray, kind: str
    ) -> tuple[np.ndarray, np.ndarray, float]:
        """One pass in the engine: XᵀWX, the score and Pearson X² at ``beta``."""
        import narwhals as nw

        discrete = [v for v in variables if v.discrete]
        conts = [v for v in variables if not v.discrete]
        q = len(conts)
        w = nw.col(self.weights).cast(nw.Float64) if self.weights is not None else nw.lit(1.0)
        y = nw.col(self.outcome).cast(nw.Float64)
        frame = self.src.frame.with_columns(self._eta(variables, beta).alias("__eta__"))
        if kind == "count":
            frame = frame.with_columns(nw.col("__eta__").exp().alias("__mu__"))
            var = nw.col("__mu__")
        else:
            frame = frame.with_columns((1.0 / (1.0 + (-nw.col("__eta__")).exp())).alias("__mu__"))
            var = nw.col("__mu__") * (1.0 - nw.col("__mu__"))
        frame = frame.with_columns(
            (w * var).alias("__W__"),
            (w * (y - nw.col("__mu__"))).alias("__r__"),
            *[self._x(c.name).alias(f"__x{k}__") for k, c in enumerate(conts)],
        )
        W, r = nw.col("__W__"), nw.col("__r__")
        xs = [nw.col(f"__x{k}__") for k in range(q)]
        pairs = [(k, m) for k in range(q) for m in range(k, q)]
        # Pearson X² only for Poisson (μ > 0): a logistic μ(1 − μ) can be 0.
        x2 = (r * (y - nw.col("__mu__")) / var) if kind == "count" else nw.lit(0.0)
        products = [
            x2.alias("__x2__"),
            *[(W * xs[k]).alias(f"__Wx{k}__") for k in range(q)],
            *[(W * xs[k] * xs[m]).alias(f"__Wxx{k}_{m}__") for k, m in pairs],
            *[(r * xs[k]).alias(f"__rx{k}__") for k in range(q)],
        ]
        # Products first, then plain sums: narwhals aggregations must be simple expressions.
        frame = frame.with_columns(*products)
        names = ["__W__", "__r__", "__x2__"]
        names += [f"__Wx{k}__" for k in range(q)] + [f"__Wxx{k}_{m}__" for k, m in pairs]
        names += [f"__rx{k}__" for k in range(q)]
        aggs = [nw.col(n).sum().alias(f"s{i}") for i, n in enumerate(names)]
        keys = [v.name for v in discrete]
        grouped = frame.group_by(*keys).agg(*aggs) if keys else frame.select(*aggs)
        cells = self.src.collect(grouped)
        self.passes += 1
        return self._assemble(variables, cells, keys, names, pairs)

    @staticmethod
    def _assemble(
        variables: Sequence[Any],
        cells: Any,
        keys: Sequence[str],
        names: Sequence[str],
        pairs: Sequence[tuple[int, int]],
    ) -> tuple[np.ndarray, np.ndarray, float]:
        """XᵀWX and the score from the per-cell sums.

        Within a cell the intercept and the dummies are constant, so row i of the design is
        ``L · [1, x_1, …, x_q]`` with a p×(1+q) matrix L per cell, and ``XᵀWX = Σ L M Lᵀ`` with
        M the cell's weighted moments of ``[1, x]``.
        """
        conts = [v for v in variables if not v.discrete]
        q = len(conts)
        p = 1 + sum((v.n_levels - 1) if v.discrete else 1 for v in variables)
        col = {n: f"s{i}" for i, n in enumerate(names)}
        lookups = {v.name: {lvl: i for i, lvl in enumerate(v.levels)} for v in variables}
        hess = np.zeros((p, p))
        score = np.zeros(p)
        x2 = 0.0
        for _, cell in cells.iterrows():
            moments = np.empty((1 + q, 1 + q))
            moments[0, 0] = float(cell[col["__W__"]])
            for k in range(q):
                moments[0, k + 1] = moments[k + 1, 0] = float(cell[col[f"__Wx{k}__"]])
            for k, m in pairs:
                moments[k + 1, m + 1] = moments[m + 1, k + 1] = float(cell[col[f"__Wxx{k}_{m}__"]])
            g = np.array(
                [float(cell[col["__r__"]])] + [float(cell[col[f"__rx{k}__"]]) for k in range(q)]
            )
            lift = np.zeros((p, 1 + q))
            lift[0, 0] = 1.0
            j, k = 1, 0
            for v in variables:
                if v.discrete:
                    code = lookups[v.name].get(_plain(cell[v.name]))
                    if code is None:  # a level the cells did not have: no row can be here
                        code = 0
                    if code > 0:
                        lift[j + code - 1, 0] = 1.0
                    j += v.n_levels - 1
                else:
                    lift[j, 1 + k] = 1.0
                    j += 1
                    k += 1
            hess += lift @ moments @ lift.T
            score += lift @ g
            x2 += float(cell[col["__x2__"]])
        return hess, score, x2

    # ----------------------------------------------------------------------------------------

    def fit(
        self,
        variables: Sequence[Any],
        kind: str,
        *,
        n_obs: float,
        start: np.ndarray | None = None,
    ) -> tuple[np.ndarray, np.ndarray, float]:
        """Coefficients, covariance and residual degrees of freedom of the model on the rows."""
        p = 1 + sum((v.n_levels - 1) if v.discrete else 1 for v in variables)
        self._standardise([v for v in variables if not v.discrete])
        # Coefficients of the raw columns = T · coefficients of the standardised ones.
        T = np.eye(p)
        j = 1
        for v in variables:
            if v.discrete:
                j += v.n_levels - 1
                continue
            mean, sd = self._centres[v.name]
            T[j, j] = 1.0 / sd
            T[0, j] = -mean / sd
            j += 1
        if start is None or len(start) != p or not np.all(np.isfinite(start)):
            start = np.zeros(p)
        beta = np.linalg.solve(T, np.asarray(start, dtype=float))
        hess = np.eye(p)
        x2 = math.nan
        for _ in range(MAX_PASSES):
            hess, score, x2 = self._pass(variables, beta, kind)
            try:
                step = np.linalg.solve(hess, score)
            except np.linalg.LinAlgError:
                step = np.linalg.lstsq(hess, score, rcond=None)[0]
            beta = beta + step
            # Newton converges quadratically: the next step would be far below the tolerance,
            # so XᵀWX of this pass is that of the estimate to well within the tolerance.
            if np.max(np.abs(step) / (1.0 + np.abs(beta))) < TOLERANCE:
                break
        try:
            cov = np.linalg.inv(hess)
        except np.linalg.LinAlgError:
            cov = np.linalg.pinv(hess)
        df_resid = n_obs - p
        if kind == "count":
            cov = cov * max(x2 / df_resid, 1e-12)
        return T @ beta, T @ cov @ T.T, df_resid


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def engine_glm(data: Any) -> EngineGLM | None:
    """The engine fitter attached to cells made for a model with continuous terms, if any."""
    attrs = getattr(data, "attrs", None)
    if not attrs:
        return None
    return attrs.get(ATTR)


ATTR = "civicanalysis_engine_glm"
