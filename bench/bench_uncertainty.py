"""Benchmark of issue 3 (uncertainty): ours against scipy and statsmodels, in the same run.

1. A percentile-bootstrap interval for a difference in means on 100,000 rows (two groups of
   50,000) with 10,000 resamples: ``ca.compare(..., ci_method="bootstrap")`` against
   ``scipy.stats.bootstrap`` on its vectorised path (``vectorized=True``, ``method="percentile"``).
   scipy's default ``batch=None`` would hold all 10,000 x 50,000 indices at once (about 8 GB per
   group), so it is timed with the fastest of a few batch sizes.
2. ``ca.compare`` over 10 districts on 1,000,000 rows (mean with Welch intervals; proportion with
   Wilson/Newcombe), against the same intervals computed with statsmodels
   (``DescrStatsW.tconfint_mean`` and ``CompareMeans.tconfint_diff``; ``proportion_confint`` and
   ``confint_proportions_2indep``) after a pandas groupby. Target: about a second.

Run with ``make bench ONLY=uncertainty``; writes ``bench/results/uncertainty.json``.
"""

from __future__ import annotations

import json
import platform
import statistics
import time
from pathlib import Path

import numpy as np
import pandas as pd
import scipy
from scipy import stats

import civicanalysis as ca

HERE = Path(__file__).resolve().parent


def timed(func, repeats):
    times = []
    result = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def bootstrap_case() -> dict:
    rng = np.random.default_rng(2026)
    half = 50_000
    frame = pd.DataFrame(
        {
            "group": np.repeat(["a", "b"], half),
            "y": np.r_[rng.gamma(2.0, 2.5, half), rng.gamma(2.0, 2.55, half)],
        }
    )
    a = frame.loc[frame["group"] == "a", "y"].to_numpy()
    b = frame.loc[frame["group"] == "b", "y"].to_numpy()

    def ours():
        return ca.compare(
            frame,
            outcome="y",
            by="group",
            ci_method="bootstrap",
            n_resamples=10_000,
            random_state=1,
            progress=False,
        ).estimate

    def reference(batch):
        def run():
            return stats.bootstrap(
                (b, a),
                lambda x, y, axis: x.mean(axis=axis) - y.mean(axis=axis),
                n_resamples=10_000,
                method="percentile",
                vectorized=True,
                batch=batch,
                rng=np.random.default_rng(2),
            ).confidence_interval

        return run

    t_ours, est = timed(ours, 3)
    scipy_times = {}
    ci = None
    for batch in (20, 100, 500):
        scipy_times[batch], ci = timed(reference(batch), 2)
    best_batch = min(scipy_times, key=scipy_times.get)
    t_ref = scipy_times[best_batch]
    return {
        "rows": 2 * half,
        "resamples": 10_000,
        "ours_seconds": t_ours,
        "scipy_seconds": t_ref,
        "scipy_batch": best_batch,
        "scipy_seconds_by_batch": {str(k): v for k, v in scipy_times.items()},
        "speedup_vs_scipy": t_ref / t_ours,
        "ours_interval": [est.ci_low, est.ci_high],
        "scipy_interval": [float(ci.low), float(ci.high)],
    }


def districts_case() -> dict:
    rng = np.random.default_rng(2027)
    n = 1_000_000
    names = [f"Wijk {i:02d}" for i in range(10)]
    frame = pd.DataFrame(
        {
            "district": rng.choice(names, n),
            "days": rng.gamma(2.0, 2.5, n),
            "within_target": rng.integers(0, 2, n),
        }
    )

    def ours_mean():
        return ca.compare(frame, outcome="days", by="district")

    def ours_prop():
        return ca.compare(frame, outcome="within_target", by="district")

    def sm_mean():
        from statsmodels.stats.weightstats import CompareMeans, DescrStatsW

        groups = {k: DescrStatsW(v.to_numpy()) for k, v in frame.groupby("district")["days"]}
        ref = groups[names[0]]
        out = [g.tconfint_mean() for g in groups.values()]
        alpha = 0.05 / 9
        out += [
            CompareMeans(groups[k], ref).tconfint_diff(alpha=alpha, usevar="unequal")
            for k in names[1:]
        ]
        return out

    def sm_prop():
        from statsmodels.stats.proportion import confint_proportions_2indep, proportion_confint

        agg = frame.groupby("district")["within_target"].agg(["sum", "count"])
        out = [proportion_confint(agg["sum"], agg["count"], method="wilson")]
        ref = agg.iloc[0]
        out += [
            confint_proportions_2indep(
                agg["sum"].iloc[1:],
                agg["count"].iloc[1:],
                ref["sum"],
                ref["count"],
                method="newcomb",
                alpha=0.05 / 9,
            )
        ]
        return out

    ours_mean()  # warm the imports (statsmodels, scipy) once, outside the timing
    t_mean, result = timed(ours_mean, 5)
    t_prop, _ = timed(ours_prop, 5)
    t_sm_mean, ref_mean = timed(sm_mean, 5)
    t_sm_prop, _ = timed(sm_prop, 5)
    contrasts = result.table[result.table["kind"] == "contrast"]
    diff = max(
        abs(contrasts["ci_low"].to_numpy() - np.array([c[0] for c in ref_mean[10:]])).max(),
        abs(contrasts["ci_high"].to_numpy() - np.array([c[1] for c in ref_mean[10:]])).max(),
    )
    return {
        "rows": n,
        "districts": 10,
        "ours_mean_seconds": t_mean,
        "ours_proportion_seconds": t_prop,
        "statsmodels_mean_seconds": t_sm_mean,
        "statsmodels_proportion_seconds": t_sm_prop,
        "ratio_mean_statsmodels_over_ours": t_sm_mean / t_mean,
        "ratio_proportion_statsmodels_over_ours": t_sm_prop / t_prop,
        "max_abs_difference_of_bounds": float(diff),
    }


def main() -> None:
    boot = bootstrap_case()
    dist = districts_case()
    print("Bootstrap interval, difference in means, 100,000 rows, 10,000 resamples")
    print(f"  civicanalysis.compare        {boot['ours_seconds']:7.2f} s")
    print(
        f"  scipy.stats.bootstrap        {boot['scipy_seconds']:7.2f} s "
        f"(vectorised, best batch={boot['scipy_batch']})"
    )
    print(f"  scipy / ours                 {boot['speedup_vs_scipy']:7.2f}x (target >= 1)")
    print(f"  intervals: ours {boot['ours_interval']}, scipy {boot['scipy_interval']}")
    print("compare over 10 districts, 1,000,000 rows (target: about 1 s)")
    print(f"  mean (Welch), ours           {dist['ours_mean_seconds']:7.3f} s")
    print(f"  mean, statsmodels loop       {dist['statsmodels_mean_seconds']:7.3f} s")
    print(f"  proportion (Newcombe), ours  {dist['ours_proportion_seconds']:7.3f} s")
    print(f"  proportion, statsmodels      {dist['statsmodels_proportion_seconds']:7.3f} s")
    print(f"  largest difference in interval bounds: {dist['max_abs_difference_of_bounds']:.2e}")
    results = {
        "topic": "uncertainty",
        "python": platform.python_version(),
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "bootstrap": boot,
        "compare_districts": dist,
    }
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "uncertainty.json").write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
