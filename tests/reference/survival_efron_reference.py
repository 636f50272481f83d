"""Reference values for the Cox model with Efron's method for ties, computed independently.

The Efron partial log-likelihood is written out directly (Efron 1977; Therneau & Grambsch 2000,
§3.3) and maximised with scipy; the standard error comes from the numerical Hessian. This does not
use statsmodels, so it checks that ``ca.compare_survival`` really uses Efron's method (Breslow's
gives a visibly different estimate on these heavily tied data).

Run: ``.venv/bin/python tests/reference/survival_efron_reference.py`` (writes the JSON next to it).
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from scipy.optimize import minimize_scalar

# A small, heavily tied data set: times in whole weeks, two groups.
TIME = [1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 5, 6, 6, 7, 8, 8, 9] * 2
EVENT_GROUP_1 = [1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1]
EVENT_GROUP_0 = [1, 0, 0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0]
EVENT = [*EVENT_GROUP_1, *EVENT_GROUP_0]
GROUP = [1] * 20 + [0] * 20


def efron_loglik(beta: float, time: np.ndarray, event: np.ndarray, x: np.ndarray) -> float:
    eta = beta * x
    risk = np.exp(eta)
    ll = 0.0
    for t in np.unique(time[event == 1]):
        dead = (time == t) & (event == 1)
        d = dead.sum()
        at_risk = time >= t
        s_risk = risk[at_risk].sum()
        s_dead = risk[dead].sum()
        ll += eta[dead].sum()
        for j in range(d):
            ll -= np.log(s_risk - j / d * s_dead)
    return float(ll)


def main() -> dict:
    time = np.array(TIME, dtype=float)
    event = np.array(EVENT, dtype=float)
    x = np.array(GROUP, dtype=float)
    fit = minimize_scalar(
        lambda b: -efron_loglik(b, time, event, x),
        bounds=(-5, 5),
        method="bounded",
        options={"xatol": 1e-10},
    )
    beta = float(fit.x)
    h = 1e-4
    second = (
        efron_loglik(beta + h, time, event, x)
        - 2 * efron_loglik(beta, time, event, x)
        + efron_loglik(beta - h, time, event, x)
    ) / h**2
    se = float(np.sqrt(-1 / second))
    return {
        "time": TIME,
        "event": EVENT,
        "group": GROUP,
        "beta": beta,
        "se": se,
        "hazard_ratio": float(np.exp(beta)),
    }


if __name__ == "__main__":
    out = Path(__file__).with_suffix(".json")
    out.write_text(json.dumps(main(), indent=1) + "\n", encoding="utf-8")
    print(out.read_text())
