"""Benchmark of issue 13 (designs): difference-in-differences at a city's scale, in one run.

A panel of 10,000 units over 100 periods (1,000,000 unit-periods), half of them in the pilot group
from period 51, continuous outcome. Timed, each the median of a few runs:

1. ``ca.difference_in_differences(..., unit=...)`` as a user calls it: the estimate with unit and
   period fixed effects absorbed by demeaning and errors clustered by unit, plus its event study
   (21 leads and lags), placebo and trend check.
2. The same estimate alone (the demeaning and statsmodels' clustered OLS that ``ca`` uses), so
   the comparison with the references below is like for like.
3. statsmodels OLS with a dummy per unit and per period (``y ~ D + C(unit) + C(period)``,
   clustered by unit). At full scale that design matrix would hold 10,100 columns × 1,000,000
   rows (about 80 GB), so it is timed on a subsample of 500 units (50,000 rows), where (2) is
   timed too; the report gives the ratio on that subsample.
4. linearmodels ``PanelOLS`` with entity and time effects, clustered by entity, at full scale,
   when linearmodels is installed (``make bench ONLY=designs`` installs it in ``.venv-bench``).

Estimates are checked to agree (to 1e-8) before anything is reported. Writes
``bench/results/designs.json``.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

import civicanalysis as ca
from civicanalysis.designs._common import demean

HERE = Path(__file__).resolve().parent
N_UNITS, N_PERIODS, START = 10_000, 100, 51
SUB_UNITS = 500


def timed(func, repeats):
    times, result = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times, result


def panel(n_units: int, seed: int = 13) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    unit = np.repeat(np.arange(n_units), N_PERIODS)
    period = np.tile(np.arange(1, N_PERIODS + 1), n_units)
    treated = (unit < n_units // 2).astype(np.int64)
    y = (
        rng.normal(0, 2, n_units)[unit]
        + 0.05 * period
        + 1.5 * treated * (period >= START)
        + rng.normal(0, 1, len(unit))
    )
    return pd.DataFrame({"unit": unit, "period": period, "treated": treated, "y": y})


def core(frame: pd.DataFrame) -> float:
    """The estimate alone, as ``ca`` computes it: demeaning, then statsmodels' clustered OLS."""
    import statsmodels.api as sm

    u = frame["unit"].to_numpy()
    t = frame["period"].to_numpy() - 1
    d = ((frame["treated"].to_numpy() == 1) & (t >= START - 1)).astype(float)
    both = demean(np.column_stack([frame["y"].to_numpy(), d]), [u, t])
    res = sm.OLS(both[:, 0], both[:, 1:], hasconst=False).fit(
        cov_type="cluster", cov_kwds={"groups": u}
    )
    return float(res.params[0])


def dummies(frame: pd.DataFrame) -> float:
    import statsmodels.formula.api as smf

    d = frame.assign(D=((frame["treated"] == 1) & (frame["period"] >= START)).astype(float))
    res = smf.ols("y ~ D + C(unit) + C(period)", d).fit(
        cov_type="cluster", cov_kwds={"groups": d["unit"]}
    )
    return float(res.params["D"])


def panelols(frame: pd.DataFrame) -> float:
    from linearmodels.panel import PanelOLS

    d = frame.assign(D=((frame["treated"] == 1) & (frame["period"] >= START)).astype(float))
    d = d.set_index(["unit", "period"])
    res = PanelOLS(d["y"], d[["D"]], entity_effects=True, time_effects=True).fit(
        cov_type="clustered", cluster_entity=True
    )
    return float(res.params["D"])


def main() -> None:
    warnings.simplefilter("ignore")
    full = panel(N_UNITS)
    sub = full[full["unit"] % (N_UNITS // SUB_UNITS) == 0]  # every 20th unit: both groups

    def ours_full():
        return ca.difference_in_differences(
            full, outcome="y", time="period", treated="treated", start=START, unit="unit"
        ).estimate.value

    ours_s, ours_all, est = timed(ours_full, 3)
    core_s, core_all, est_core = timed(lambda: core(full), 3)
    core_sub_s, core_sub_all, est_core_sub = timed(lambda: core(sub), 5)
    dum_s, dum_all, est_dum = timed(lambda: dummies(sub), 1)
    assert abs(est - est_core) < 1e-8 and abs(est_core_sub - est_dum) < 1e-8
    report = {
        "topic": "designs",
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "rows": len(full),
        "units": N_UNITS,
        "periods": N_PERIODS,
        "ours_full_call_seconds": ours_s,
        "ours_estimate_only_seconds": core_s,
        "subsample_rows": len(sub),
        "subsample_units": SUB_UNITS,
        "ours_estimate_only_subsample_seconds": core_sub_s,
        "statsmodels_dummies_subsample_seconds": dum_s,
        "ratio_dummies_to_ours_subsample": dum_s / core_sub_s,
        "estimate": est,
        "all_seconds": {
            "ours_full_call": ours_all,
            "ours_estimate_only": core_all,
            "ours_estimate_only_subsample": core_sub_all,
            "statsmodels_dummies_subsample": dum_all,
        },
    }
    try:
        import linearmodels

        lm_s, lm_all, est_lm = timed(lambda: panelols(full), 3)
        assert abs(est_lm - est) < 1e-8
        report |= {
            "linearmodels": linearmodels.__version__,
            "linearmodels_panelols_seconds": lm_s,
            "ratio_panelols_to_ours_estimate_only": lm_s / core_s,
            "ratio_panelols_to_ours_full_call": lm_s / ours_s,
        }
        report["all_seconds"]["linearmodels_panelols"] = lm_all
    except ImportError:
        report["linearmodels"] = "not installed (run make bench ONLY=designs)"
    print(f"difference-in-differences on {len(full):,} unit-periods ({N_UNITS:,} units)")
    print(f"  ca.difference_in_differences (with event study, placebo): {ours_s:.2f} s")
    print(f"  the estimate alone (demeaning + clustered OLS):            {core_s:.2f} s")
    if "linearmodels_panelols_seconds" in report:
        print(
            f"  linearmodels PanelOLS (entity + time effects, clustered):  "
            f"{report['linearmodels_panelols_seconds']:.2f} s  "
            f"(ratio {report['ratio_panelols_to_ours_estimate_only']:.1f}x the estimate alone, "
            f"{report['ratio_panelols_to_ours_full_call']:.1f}x the full call)"
        )
    else:
        print("  linearmodels: not installed")
    print(f"subsample of {len(sub):,} rows ({SUB_UNITS} units):")
    print(f"  ours (estimate alone): {core_sub_s:.3f} s; statsmodels with dummies: {dum_s:.1f} s")
    print(f"  ratio statsmodels dummies / ours: {dum_s / core_sub_s:.0f}x")
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "designs.json").write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
