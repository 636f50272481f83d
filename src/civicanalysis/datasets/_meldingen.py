"""Generator of the synthetic ``meldingen`` dataset: one year of public-space reports.

Reports about public space (meldingen openbare ruimte) in a fictional Dutch municipality: about
20,000 a year, the number the brief quotes from seed 004. Truth by construction: every district
(wijk) resolves reports at the same speed except Havenkwartier, which is one day slower on average
for every category; the summer months July and August are 0.8 days slower everywhere (holidays).
The small district Westhoek has no difference of its own, but the seed was chosen so that its few
reports happen to come out slow: the "worst-performing district" that is only noise.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SEED = 4029  # chosen (see the data card) so that Westhoek's sample mean comes out high by chance
YEAR = 2025
N_REPORTS = 20_000

DTYPES = {
    "melding_id": "int64",
    "date_reported": "datetime64[ns]",
    "month": "int64",
    "district": "str",
    "category": "str",
    "channel": "str",
    "resolution_days": "float64",
    "within_target": "int64",
}

# Fictional districts: (name, share of reports, extra days to resolve by construction).
DISTRICTS = [
    ("Centrum", 0.19, 0.0),
    ("Havenkwartier", 0.14, 1.0),
    ("Molenwijk", 0.15, 0.0),
    ("Vogelbuurt", 0.13, 0.0),
    ("Rivierenwijk", 0.14, 0.0),
    ("Parkzoom", 0.12, 0.0),
    ("Nieuw-West", 0.127, 0.0),
    ("Westhoek", 0.003, 0.0),
]

# Categories: (name, share, mean days to resolve).
CATEGORIES = [
    ("waste", 0.34, 2.5),  # afval
    ("street lighting", 0.14, 5.0),  # straatverlichting
    ("greenery", 0.18, 6.0),  # groen
    ("paving", 0.20, 7.5),  # bestrating
    ("nuisance", 0.14, 3.5),  # overlast
]

CHANNELS = [("app", 0.45), ("website", 0.35), ("phone", 0.20)]

SUMMER_MONTHS = (7, 8)
SUMMER_EXTRA = 0.8
SHAPE = 2.0  # gamma shape: resolution times are right-skewed (sd = mean / sqrt(2))
TARGET_DAYS = 5.0  # the service norm: resolved within five days


def make(seed: int = SEED, n: int = N_REPORTS) -> pd.DataFrame:
    """Make the dataset (deterministic for a given seed)."""
    rng = np.random.default_rng(seed)
    start = np.datetime64(f"{YEAR}-01-01")
    days = rng.integers(0, 365, n)
    dates = np.sort(start + days.astype("timedelta64[D]"))
    month = pd.DatetimeIndex(dates).month.to_numpy().astype("int64")

    d_share = np.array([d[1] for d in DISTRICTS])
    district = rng.choice(len(DISTRICTS), size=n, p=d_share / d_share.sum())
    c_share = np.array([c[1] for c in CATEGORIES])
    category = rng.choice(len(CATEGORIES), size=n, p=c_share / c_share.sum())
    ch_share = np.array([c[1] for c in CHANNELS])
    channel = rng.choice(len(CHANNELS), size=n, p=ch_share / ch_share.sum())

    mean_days = (
        np.array([c[2] for c in CATEGORIES])[category]
        + np.array([d[2] for d in DISTRICTS])[district]
        + SUMMER_EXTRA * np.isin(month, SUMMER_MONTHS)
    )
    resolution = rng.gamma(SHAPE, mean_days / SHAPE)
    resolution = np.round(np.maximum(resolution, 0.05), 2)

    return pd.DataFrame(
        {
            "melding_id": np.arange(1, n + 1, dtype="int64"),
            "date_reported": dates.astype("datetime64[ns]"),
            "month": month,
            "district": np.array([d[0] for d in DISTRICTS], dtype=object)[district],
            "category": np.array([c[0] for c in CATEGORIES], dtype=object)[category],
            "channel": np.array([c[0] for c in CHANNELS], dtype=object)[channel],
            "resolution_days": resolution,
            "within_target": (resolution <= TARGET_DAYS).astype("int64"),
        }
    )
