"""Generator of the synthetic ``square_lighting`` dataset: a lighting pilot on small squares.

After the fish-shop finding (vandalism gathers on small squares, pleintjes) a fictional
municipality lights some squares and not others. Incidents (vandalism and nuisance reports) are
counted per square per month for 24 months; better lighting starts in month 13.

Two worlds share the squares:

* ``lit``/``incidents``: the pilot squares were drawn at random within each district. Lighting
  multiplies the incident rate by ``EFFECT`` (0.8, a 20% fall) from month 13; otherwise both
  groups follow the same seasonal pattern and city-wide trend (parallel trends hold).
* ``lit_chosen``/``incidents_chosen``: the district managers chose the squares themselves, and
  chose those where a residents' initiative had already been cutting incidents by
  ``INITIATIVE_TREND`` (4%) a month since month 1. Lighting has the same true effect, but the
  chosen squares were on their way down anyway: the pre-trends differ.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SEED = 2031
N_MONTHS = 24
START = 13
EFFECT = 0.8
INITIATIVE_TREND = 0.95  # rate ratio per month in squares with an active residents initiative
N_LIT = 40

DTYPES = {
    "square": "str",
    "district": "str",
    "month": "int64",
    "lit": "int64",
    "incidents": "int64",
    "lit_chosen": "int64",
    "incidents_chosen": "int64",
}

# Fictional districts: (name, number of squares, mean incidents per square per month).
DISTRICTS = [
    ("Centrum", 20, 6.0),
    ("Havenkwartier", 16, 5.0),
    ("Molenwijk", 16, 3.5),
    ("Vogelbuurt", 14, 3.0),
    ("Parkzoom", 14, 2.5),
]


def make(seed: int = SEED) -> pd.DataFrame:
    """Make the dataset (deterministic for a given seed)."""
    rng = np.random.default_rng(seed)
    squares, districts, base = [], [], []
    for name, k, mean in DISTRICTS:
        for i in range(k):
            squares.append(f"{name[:3].upper()}-{i + 1:02d}")
            districts.append(name)
            base.append(mean)
    n = len(squares)
    base = np.array(base) * rng.gamma(8.0, 1 / 8.0, n)  # squares differ within a district
    district = np.array(districts)

    # World 1: the pilot drawn at random within each district (half of every district).
    lit = np.zeros(n, dtype=int)
    for name, k, _ in DISTRICTS:
        members = np.flatnonzero(district == name)
        lit[rng.choice(members, size=k // 2, replace=False)] = 1

    # World 2: the managers choose squares with an active residents' initiative.
    initiative = np.zeros(n, dtype=int)
    initiative[rng.choice(n, size=N_LIT, replace=False, p=base / base.sum())] = 1
    lit_chosen = initiative

    month = np.arange(1, N_MONTHS + 1)
    season = 1 + 0.15 * np.cos(2 * np.pi * (month - 7) / 12)  # more incidents in summer
    city = 1.0 - 0.004 * (month - 1)  # a slow fall everywhere
    after = (month >= START).astype(float)
    noise = rng.gamma(20.0, 1 / 20.0, (n, N_MONTHS))  # month-to-month extra variation

    rate1 = base[:, None] * season * city * noise * EFFECT ** (lit[:, None] * after)
    trend2 = INITIATIVE_TREND ** (initiative[:, None] * (month - 1))
    rate2 = base[:, None] * season * city * noise * trend2 * EFFECT ** (lit_chosen[:, None] * after)
    y1 = rng.poisson(rate1)
    y2 = rng.poisson(rate2)
    return pd.DataFrame(
        {
            "square": np.repeat(squares, N_MONTHS),
            "district": np.repeat(district, N_MONTHS),
            "month": np.tile(month, n).astype("int64"),
            "lit": np.repeat(lit, N_MONTHS).astype("int64"),
            "incidents": y1.ravel().astype("int64"),
            "lit_chosen": np.repeat(lit_chosen, N_MONTHS).astype("int64"),
            "incidents_chosen": y2.ravel().astype("int64"),
        }
    )
