"""Interval engines of ``ca.compare``: per group and per contrast, vectorised over the groups.

Each engine is checked against statsmodels or scipy in ``tests/test_uncertainty.py``. statsmodels,
scipy.stats and tqdm are imported inside the functions that use them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ._messages import MSG, PROGRESS_WORK

#: Most threads the bootstrap uses (the course machines have 2 to 4 cores).
BOOTSTRAP_THREADS = 4


@dataclass
class Intervals:
    """Group estimates and contrasts (group ``i`` against ``j`` for every pair) with intervals."""

    g_est: np.ndarray
    g_low: np.ndarray
    g_high: np.ndarray
    g_method: str
    c_est: np.ndarray
    c_low: np.ndarray
    c_high: np.ndarray
    p_values: np.ndarray
    method: str
    events: np.ndarray


@dataclass
class Groups:
    """The data of one comparison, split by group code, and the settings of its intervals."""

    y: np.ndarray
    codes: np.ndarray
    n: np.ndarray
    pairs: list[tuple[int, int]]
    exposure: np.ndarray
    conf_level: float
    alpha_c: float  # per-comparison alpha of the contrasts, after the correction
    n_resamples: int
    #: Frequency weights when the rows are cells aggregated by an engine (see ``_engines``).
    w: np.ndarray | None = None

    @property
    def k(self) -> int:
        return len(self.n)

    @property
    def alpha(self) -> float:
        return 1 - self.conf_level

    @property
    def gi(self) -> np.ndarray:
        return np.array([p[0] for p in self.pairs], dtype=np.intp)

    @property
    def gj(self) -> np.ndarray:
        return np.array([p[1] for p in self.pairs], dtype=np.intp)

    def sums(self, weights: np.ndarray) -> np.ndarray:
        if self.w is not None:
            weights = weights * self.w
        return np.bincount(self.codes, weights=weights, minlength=self.k)

    def split(self) -> list[np.ndarray]:
        order = np.argsort(self.codes, kind="stable")
        return np.split(self.y[order], np.cumsum(self.n.astype(int))[:-1])


def intervals(
    measure: str, groups: Groups, *, bootstrap: bool, rng: np.random.Generator, progress
) -> Intervals:
    """Intervals for ``measure``: analytic where a sound one exists, else (or if asked) bootstrap."""
    boot = None
    if bootstrap or measure == "median":
        stat = "median" if measure == "median" else "mean"
        boot = _bootstrap(groups.split(), stat, groups.n_resamples, rng, progress)
    engine = {"mean": _mean, "proportion": _proportion, "rate": _rate, "median": _median}[measure]
    result = engine(groups, boot)
    if boot is not None and measure != "median":
        # Percentile bootstrap intervals replace the analytic ones (estimates stay the same).
        label = f"percentile bootstrap ({groups.n_resamples} resamples)"
        result.g_low, result.g_high = _percentile(boot, groups.alpha)
        result.c_low, result.c_high = _percentile(boot[groups.gi] - boot[groups.gj], groups.alpha_c)
        result.g_method = result.method = label
    return result


def _mean(groups: Groups, boot) -> Intervals:
    n, gi, gj = groups.n, groups.gi, groups.gj
    est = groups.sums(groups.y) / n
    var = groups.sums((groups.y - est[groups.codes]) ** 2) / (n - 1)
    low, high = _mean_intervals(est, var, n, groups.alpha)
    c_est, c_low, c_high, p = _welch(
        est[gi], var[gi], n[gi], est[gj], var[gj], n[gj], groups.alpha_c
    )
    return Intervals(
        est,
        low,
        high,
        "t interval",
        c_est,
        c_low,
        c_high,
        p,
        "Welch t interval",
        np.full(groups.k, np.nan),
    )


def _proportion(groups: Groups, boot) -> Intervals:
    from statsmodels.stats.proportion import (
        confint_proportions_2indep,
        proportion_confint,
        test_proportions_2indep,
    )

    n, gi, gj = groups.n, groups.gi, groups.gj
    events = groups.sums(groups.y)
    est = events / n
    low, high = proportion_confint(events, n, alpha=groups.alpha, method="wilson")
    c_low, c_high = confint_proportions_2indep(
        events[gi],
        n[gi],
        events[gj],
        n[gj],
        method="newcomb",
        compare="diff",
        alpha=groups.alpha_c,
    )
    # statsmodels also computes a ratio and an odds ratio here, which divide by zero when a
    # group has no events; only the difference is used.
    with np.errstate(divide="ignore", invalid="ignore"):
        p = test_proportions_2indep(
            events[gi], n[gi], events[gj], n[gj], method="score", compare="diff"
        ).pvalue
    return Intervals(
        est,
        np.asarray(low),
        np.asarray(high),
        "Wilson score interval",
        est[gi] - est[gj],
        np.atleast_1d(c_low),
        np.atleast_1d(c_high),
        np.atleast_1d(p).astype(float),
        "Newcombe hybrid score interval",
        events,
    )


def _rate(groups: Groups, boot) -> Intervals:
    from statsmodels.stats.rates import confint_poisson

    events = groups.sums(groups.y)
    expo = groups.sums(groups.exposure)
    est = events / expo
    low, high = confint_poisson(events, expo, method="exact-c", alpha=groups.alpha)
    m = len(groups.pairs)
    c_low, c_high, p = np.full(m, np.nan), np.full(m, np.nan), np.full(m, np.nan)
    # With no events in a group the ratio is 0 or infinite; it is left missing (and flagged thin).
    for r, (i, j) in enumerate(groups.pairs):
        if events[i] > 0 and events[j] > 0:
            c_low[r], c_high[r], p[r] = exact_rate_ratio(
                events[i], expo[i], events[j], expo[j], 1 - groups.alpha_c
            )
    with np.errstate(divide="ignore", invalid="ignore"):
        c_est = est[groups.gi] / est[groups.gj]
    return Intervals(
        est,
        low,
        high,
        "exact Poisson interval",
        c_est,
        c_low,
        c_high,
        p,
        "exact conditional interval for a rate ratio (as R poisson.test)",
        events,
    )


def exact_rate_ratio(
    x1: float, t1: float, x2: float, t2: float, conf_level: float
) -> tuple[float, float, float]:
    """Exact conditional interval and p-value of the rate ratio (x1/t1) / (x2/t2).

    As R's ``poisson.test`` for two samples: given the total x1 + x2, x1 is binomial with
    probability p = r·t1 / (r·t1 + t2), so the Clopper–Pearson interval of p (scipy
    ``binomtest``) becomes an interval for r = p/(1 − p) · t2/t1, and the binomial test of
    p = t1 / (t1 + t2) gives the p-value. Counts are rounded to whole numbers (they are events).
    statsmodels' ``confint_poisson_2indep`` has no such "exact-cond" interval, hence written here.
    """
    from scipy.stats import binomtest

    k, n = int(np.rint(x1)), int(np.rint(x1 + x2))
    test = binomtest(k, n, t1 / (t1 + t2))
    ci = test.proportion_ci(confidence_level=conf_level, method="exact")

    def ratio(q: float) -> float:
        return np.inf if q >= 1 else q / (1 - q) * t2 / t1

    return ratio(ci.low), ratio(ci.high), float(test.pvalue)


def _median(groups: Groups, boot) -> Intervals:
    from scipy import stats

    splits = groups.split()
    est = np.array([np.median(s) for s in splits])
    low, high = np.full(groups.k, np.nan), np.full(groups.k, np.nan)
    for i, values in enumerate(splits):
        ci = stats.quantile_test(values, q=est[i], p=0.5).confidence_interval(groups.conf_level)
        low[i], high[i] = ci.low, ci.high
    c_low, c_high = _percentile(boot[groups.gi] - boot[groups.gj], groups.alpha_c)
    return Intervals(
        est,
        low,
        high,
        "order-statistic interval",
        est[groups.gi] - est[groups.gj],
        c_low,
        c_high,
        np.full(len(groups.pairs), np.nan),
        f"percentile bootstrap ({groups.n_resamples} resamples)",
        np.full(groups.k, np.nan),
    )


def _mean_intervals(mean, var, n, alpha):
    """t intervals of group means (as statsmodels ``DescrStatsW.tconfint_mean``)."""
    from scipy import stats

    se = np.sqrt(var / n)
    q = stats.t.ppf(1 - alpha / 2, n - 1)
    return mean - q * se, mean + q * se


def _welch(m1, v1, n1, m2, v2, n2, alpha):
    """Welch difference m1 - m2 with its interval and p-value, from group summaries.

    Written out rather than calling statsmodels ``CompareMeans.tconfint_diff(usevar="unequal")``
    because it runs on the group summaries (means, variances, counts) for every contrast at once,
    which keeps ``compare`` fast on a million rows; the tests check it against statsmodels.
    """
    from scipy import stats

    a, b = v1 / n1, v2 / n2
    se = np.sqrt(a + b)
    diff = m1 - m2
    # Groups without spread give no degrees of freedom: missing, and compare warns about it.
    with np.errstate(divide="ignore", invalid="ignore"):
        dof = (a + b) ** 2 / (a**2 / (n1 - 1) + b**2 / (n2 - 1))
        q = stats.t.ppf(1 - alpha / 2, dof)
        p = 2 * stats.t.sf(np.abs(diff / se), dof)
    return diff, diff - q * se, diff + q * se, p


def _bootstrap(
    groups: list[np.ndarray], stat: str, n_resamples: int, rng: np.random.Generator, progress
) -> np.ndarray:
    """Resampled statistics, shape (len(groups), n_resamples): each group resampled on its own.

    Hand-written rather than ``scipy.stats.bootstrap`` because the resampled group statistics are
    shared by every contrast (k groups give k(k-1)/2 pairwise differences from k resampling runs)
    and because the batches run in parallel threads (numpy releases the GIL while drawing,
    gathering and averaging), which makes it faster on large data (see bench/).

    Every batch draws from its own child generator, spawned from ``rng`` in a fixed order, so the
    result depends only on the seed, never on the number of threads or their timing.
    """
    from concurrent.futures import ThreadPoolExecutor

    tasks = []
    for j, values in enumerate(groups):
        # About a million indices per batch keeps the gather in cache (measured: larger batches
        # are slower, see bench/bench_uncertainty.py).
        batch = max(1, min(n_resamples, 1_000_000 // len(values)))
        starts = range(0, n_resamples, batch)
        for start, child in zip(starts, rng.spawn(len(starts)), strict=True):
            tasks.append((j, start, min(start + batch, n_resamples), child))
    out = np.empty((len(groups), n_resamples))

    def run(task: tuple[int, int, int, np.random.Generator]) -> int:
        j, start, stop, child = task
        values = groups[j]
        # 64-bit indices: numpy gathers with them faster than with 32-bit ones, which it casts.
        sample = values[child.integers(0, len(values), size=(stop - start, len(values)))]
        out[j, start:stop] = np.median(sample, axis=1) if stat == "median" else sample.mean(axis=1)
        return stop - start

    total = sum(len(g) for g in groups)
    show = progress if progress is not None else n_resamples * total > PROGRESS_WORK
    bar = None
    if show:
        from tqdm.auto import tqdm

        bar = tqdm(total=n_resamples * len(groups), desc=MSG("bootstrap_progress"), leave=False)
    workers = min(BOOTSTRAP_THREADS, os.cpu_count() or 1, len(tasks))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for done in pool.map(run, tasks):
            if bar is not None:
                bar.update(done)
    if bar is not None:
        bar.close()
    return out


def _percentile(dist: np.ndarray, alpha: float) -> tuple[np.ndarray, np.ndarray]:
    low, high = np.quantile(dist, [alpha / 2, 1 - alpha / 2], axis=-1)
    return low, high


#: How adjusted contrasts are estimated. Means and rates use the same model and the same standard
#: errors as ``ca.check_confounders`` (one interval per model, issue 10): classical OLS errors,
#: and Poisson regression with quasi-Poisson errors (Pearson X² scale) for overdispersion. The
#: linear probability model for proportions keeps robust HC1 errors: a 0/1 outcome in a linear
#: model has unequal variances by construction (check_confounders fits a logistic model there).
ADJ_METHOD = {
    "mean": "OLS, classical standard errors (as check_confounders)",
    "proportion": "linear probability model, HC1 standard errors",
    "rate": "Poisson regression, quasi-Poisson standard errors (as check_confounders)",
    "median": "median (quantile) regression",
}


def check_adjust_for(covariates: list[pd.Series], groups: Groups, by: str) -> None:
    """Refuse adjustment columns that carry the grouping's information (a rank-deficient model).

    Without this, statsmodels' pseudo-inverse quietly splits the group effect between the two
    copies and reports contrasts of half the size.
    """
    from .._exceptions import CollinearityError

    base = _design(groups, [])
    for series in covariates:
        block = _covariate_block(series)
        if _rank(np.hstack([base, block])) < base.shape[1] + block.shape[1]:
            raise CollinearityError(MSG("adjust_same_as_by", cols=repr(str(series.name)), by=by))
    X = _design(groups, covariates)
    if _rank(X) < X.shape[1]:
        names = ", ".join(repr(str(c.name)) for c in covariates)
        raise CollinearityError(MSG("adjust_collinear", cols=names, by=by))


def _rank(X: np.ndarray) -> int:
    """Rank of a tall design matrix from its scaled p×p cross-product (fast on many rows)."""
    norms = np.sqrt((X**2).sum(axis=0))
    scaled = X / np.where(norms > 0, norms, 1.0)
    return int(np.linalg.matrix_rank(scaled.T @ scaled, tol=1e-10))


def _covariate_block(series: pd.Series) -> np.ndarray:
    if pd.api.types.is_bool_dtype(series) or pd.api.types.is_numeric_dtype(series):
        return series.to_numpy(dtype=float).reshape(-1, 1)
    from .._coding import dummy_code

    return dummy_code(series).to_numpy(dtype=float)


def _reference_code(groups: Groups) -> int:
    ref_levels = sorted({j for _, j in groups.pairs})
    return ref_levels[0] if len(ref_levels) == 1 else 0


def _design(groups: Groups, covariates: list[pd.Series]) -> np.ndarray:
    """Intercept, one indicator per group but the reference, then the covariates."""
    y, codes, k = groups.y, groups.codes, groups.k
    dummies = np.zeros((len(y), k))
    dummies[np.arange(len(y)), codes] = 1.0
    ref = _reference_code(groups)
    keep = [c for c in range(k) if c != ref]
    parts = [np.ones((len(y), 1)), dummies[:, keep]]
    parts += [_covariate_block(series) for series in covariates]
    return np.hstack(parts)


def adjusted_contrasts(
    covariates: list[pd.Series], groups: Groups, measure: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Adjusted contrasts (values, lows, highs, p-values) from a regression on groups and covariates.

    Numeric covariates enter as they are, others as categories (one indicator per level but the
    first). The contrast of groups i and j is the difference of their coefficients.
    """
    import statsmodels.api as sm

    y, k, pairs = groups.y, groups.k, groups.pairs
    X = _design(groups, covariates)
    ref = _reference_code(groups)
    keep = [c for c in range(k) if c != ref]
    if measure == "rate":
        model = sm.GLM(y, X, family=sm.families.Poisson(), exposure=groups.exposure)
        fit = model.fit(scale="X2")
    elif measure == "median":
        fit = sm.QuantReg(y, X).fit(q=0.5)
    elif measure == "proportion":
        fit = sm.OLS(y, X).fit(cov_type="HC1")
    else:
        fit = sm.OLS(y, X).fit()
    position = {c: 1 + n for n, c in enumerate(keep)}
    L = np.zeros((len(pairs), X.shape[1]))
    for r, (i, j) in enumerate(pairs):
        if i in position:
            L[r, position[i]] += 1
        if j in position:
            L[r, position[j]] -= 1
    test = fit.t_test(L)
    value = np.atleast_1d(test.effect).astype(float)
    ci = np.atleast_2d(test.conf_int(alpha=groups.alpha_c))
    p = np.atleast_1d(test.pvalue).astype(float)
    low, high = ci[:, 0], ci[:, 1]
    if measure == "rate":
        value, low, high = np.exp(value), np.exp(low), np.exp(high)
    return value, low, high, p
