"""Benchmark: ``ca.evaluate_classifier`` with bootstrap intervals for every metric on 100,000 cases,
against computing the same intervals with a plain loop of scikit-learn metric calls (issue 5).

Both sides evaluate the same predictions of the same fitted model on the same 100,000 test cases,
with the same metrics (ROC AUC, PR AUC, Brier score, calibration-in-the-large, recall and
precision for the model, the base rate and the simple rule; ROC AUC, PR AUC, Brier score, observed
rate and mean prediction for 13 subgroups) and 500 bootstrap resamples. The loop is timed on a
number of resamples and scaled to 500 (its time per resample is constant); the report says so.
It also checks that both give the same point estimates.

Run: ``make bench ONLY=prediction`` (writes ``bench/results/prediction.json``).
"""

from __future__ import annotations

import json
import platform
import statistics
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import sklearn
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (
    average_precision_score,
    brier_score_loss,
    precision_score,
    recall_score,
    roc_auc_score,
)

import civicanalysis as ca

N = 100_000
N_BOOT = 500
LOOP_RESAMPLES = 10
REPEATS = 3
BY = ["sex", "district", "benefit"]
FEATURES = ["prior_cases", "days_absent", "age"]
OUT = Path(__file__).resolve().parent / "results" / "prediction.json"


def make_data(n: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    boy = rng.random(n) < 0.58
    prior = rng.poisson(np.exp(-0.5 + 0.5 * boy))
    absent = 4 + rng.negative_binomial(3, 3 / (3 + np.exp(2.6 + 0.3 * boy)))
    age = rng.integers(12, 18, n)
    benefit = (rng.random(n) < 0.2).astype(int)
    district = rng.choice([f"wijk {i}" for i in range(1, 10)], n)
    lp = -1.6 + 0.3 * np.minimum(prior, 5) + 0.02 * absent + 0.4 * benefit - 0.08 * (age - 14)
    y = (rng.random(n) < 1 / (1 + np.exp(-lp))).astype(int)
    return pd.DataFrame(
        {
            "sex": np.where(boy, "male", "female"),
            "district": district,
            "benefit": benefit,
            "prior_cases": prior,
            "days_absent": absent,
            "age": age,
            "y": y,
        }
    )


def loop_reference(y, scores, groups, n_boot, seed):
    """The plain way: resample indices, call scikit-learn once per metric, score and group."""
    rng = np.random.default_rng(seed)
    n = len(y)
    out = []
    for _ in range(n_boot):
        idx = rng.integers(0, n, n)
        yb = y[idx]
        rep = {}
        for name, p in scores.items():
            pb = p[idx]
            flag = (pb >= 0.5).astype(int)
            rep[name] = (
                roc_auc_score(yb, pb),
                average_precision_score(yb, pb),
                brier_score_loss(yb, pb),
                float(np.mean(pb - yb)),
                recall_score(yb, flag, zero_division=np.nan),
                precision_score(yb, flag, zero_division=np.nan),
            )
        for key, mask in groups.items():
            mb = mask[idx]
            yg, pg = yb[mb], scores["model"][idx][mb]
            rep[key] = (
                roc_auc_score(yg, pg),
                average_precision_score(yg, pg),
                brier_score_loss(yg, pg),
                float(yg.mean()),
                float(pg.mean()),
            )
        out.append(rep)
    return out


def main() -> None:
    train = make_data(50_000, seed=1)
    test = make_data(N, seed=2)
    model = LogisticRegression().fit(train[FEATURES], train["y"])
    checklist = ca.EthicsChecklist(
        purpose="Benchmark of the evaluation code on synthetic data only.",
        affected="Nobody: the cases are random numbers made by this script.",
        flagged_action="Nothing happens to anyone; no decision is taken on these scores.",
        off_limits={"sex": "a pupil's sex must not steer who gets attention"},
    )

    def ours():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ca.evaluate_classifier(
                model,
                test,
                target="y",
                features=FEATURES,
                by=BY,
                rule="prior_cases",
                ethics=checklist,
                n_boot=N_BOOT,
                random_state=0,
            )

    ours()  # warm-up (imports)
    times = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        res = ours()
        times.append(time.perf_counter() - t0)
    t_ours = statistics.median(times)

    # The reference gets exactly the scores ours evaluated (the rule is learnt without a split
    # only in ours, so compare on the model and the base rate, plus every group).
    y = test["y"].to_numpy()
    scores = {"model": model.predict_proba(test[FEATURES])[:, 1]}
    scores["base rate"] = np.full(N, y.mean())
    groups = {
        (col, lv): (test[col] == lv).to_numpy() for col in BY for lv in sorted(test[col].unique())
    }
    loop_times = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        loop_reference(y, scores, groups, LOOP_RESAMPLES, seed=0)
        loop_times.append(time.perf_counter() - t0)
    per_resample = statistics.median(loop_times) / LOOP_RESAMPLES
    t_loop = per_resample * N_BOOT

    table = res.table.set_index(["model", "metric"])["estimate"]
    checks = {
        "roc_auc": abs(table[("model", "roc_auc")] - roc_auc_score(y, scores["model"])),
        "pr_auc": abs(table[("model", "pr_auc")] - average_precision_score(y, scores["model"])),
        "brier": abs(table[("model", "brier")] - brier_score_loss(y, scores["model"])),
    }
    max_diff = max(checks.values())

    report = {
        "topic": "prediction",
        "what": "evaluate_classifier: bootstrap intervals for all metrics, model + base rate + "
        "rule + 13 subgroups, 100,000 test cases, 500 resamples",
        "n_cases": N,
        "n_boot": N_BOOT,
        "ours_seconds": round(t_ours, 3),
        "reference": "plain loop of scikit-learn metric calls per resample (model and base rate, "
        f"13 subgroups; the rule left out, which favours the loop), timed on {LOOP_RESAMPLES} "
        f"resamples and scaled to {N_BOOT}",
        "reference_seconds_per_resample": round(per_resample, 4),
        "reference_seconds": round(t_loop, 2),
        "ratio_reference_over_ours": round(t_loop / t_ours, 1),
        "max_abs_difference_point_estimates": max_diff,
        "repeats": REPEATS,
        "versions": {
            "python": platform.python_version(),
            "numpy": np.__version__,
            "pandas": pd.__version__,
            "scikit-learn": sklearn.__version__,
        },
    }
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"evaluate_classifier on {N:,} cases, {N_BOOT} bootstrap resamples, 13 subgroups")
    print(f"  civicanalysis (vectorised bootstrap): {t_ours:8.2f} s (median of {REPEATS})")
    print(
        f"  plain loop of scikit-learn calls:     {t_loop:8.2f} s "
        f"({per_resample:.3f} s per resample x {N_BOOT})"
    )
    print(f"  ratio (loop / ours):                  {t_loop / t_ours:8.1f}x")
    print(f"  largest difference in point estimates vs scikit-learn: {max_diff:.2e}")
    print(f"  written to {OUT.relative_to(OUT.parents[2])}")


if __name__ == "__main__":
    main()
