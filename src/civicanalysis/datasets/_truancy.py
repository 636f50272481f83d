"""Generator of the synthetic ``truancy`` dataset (truancy recidivism, brief case 2, seed 004).

Truth by construction: the pace at which a pupil gets a new truancy case (schoolverzuim) is driven
by prior cases, days absent, school type, age and the household's benefit status (uitkering). Sex
has **no** effect on it: its coefficient in the hazard is exactly zero. Boys have more prior cases,
more days absent and are more often in vmbo/mbo, so a naive look still shows boys coming back
sooner: the belief "boys who are truant reoffend sooner" that the pilot in seed 004 found untrue.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SEED = 2019  # first year of the cases
N_PER_YEAR = 1100
YEARS = (2019, 2020, 2021, 2022, 2023)
EXTRACTION_DATE = "2024-12-31"  # the day the records were taken from the leerplicht register
FOLLOW_UP_DAYS = 730  # the follow-up window: at most two years after the case

DTYPES = {
    "case_id": "int64",
    "case_date": "datetime64[ns]",
    "age": "int64",
    "sex": "category",
    "school_type": "category",
    "district": "category",
    "prior_cases": "int64",
    "days_absent": "int64",
    "benefit": "int64",
    "followup_days": "int64",
    "new_case": "int64",
    "new_case_1y": "int64",
}

# Fictional districts (wijken): (name, share of cases, log-hazard offset). "Buitengebied" is tiny
# on purpose, so that per-group reports meet a group too small to publish.
DISTRICTS = [
    ("Centrum", 0.14, 0.10),
    ("Havenkwartier", 0.13, 0.15),
    ("Molenwijk", 0.13, 0.00),
    ("Vogelbuurt", 0.12, 0.05),
    ("Rivierenwijk", 0.12, 0.00),
    ("Parkzoom", 0.12, -0.10),
    ("De Akkers", 0.12, -0.05),
    ("Nieuw-West", 0.1175, 0.10),
    ("Buitengebied", 0.0025, 0.0),
]
# School types: (name, share for girls, share for boys, log-hazard effect).
SCHOOLS = [
    ("praktijkonderwijs", 0.04, 0.07, 0.35),
    ("vmbo", 0.36, 0.45, 0.25),
    ("havo", 0.22, 0.16, 0.0),
    ("vwo", 0.14, 0.08, -0.20),
    ("mbo", 0.24, 0.24, 0.20),
]

# Log-hazard effects (Weibull proportional hazards). SEX is zero on purpose: that is the point.
SEX = 0.0
PRIOR = 0.28  # per prior case (capped at 5)
ABSENT = 0.018  # per day absent above 10
BENEFIT = 0.35
AGE = -0.08  # per year above 14 (older pupils leave compulsory schooling sooner)
SHAPE = 0.8  # Weibull shape < 1: the risk is highest soon after a case
SCALE_DAYS = 3200.0


def make(seed: int = SEED) -> pd.DataFrame:
    """Make the dataset (deterministic for a given seed)."""
    rng = np.random.default_rng(seed)
    n = N_PER_YEAR * len(YEARS)
    start = np.datetime64(f"{YEARS[0]}-01-01")
    end = np.datetime64(f"{YEARS[-1]}-12-31")
    span = int((end - start).astype(int)) + 1
    case_date = np.sort(start + rng.integers(0, span, n).astype("timedelta64[D]"))

    boy = rng.random(n) < 0.58
    age = rng.choice(np.arange(12, 18), size=n, p=[0.08, 0.14, 0.20, 0.24, 0.20, 0.14])
    shares_girl = np.array([s[1] for s in SCHOOLS])
    shares_boy = np.array([s[2] for s in SCHOOLS])
    u = rng.random(n)
    school = np.where(
        boy,
        np.searchsorted(np.cumsum(shares_boy), u * shares_boy.sum()),
        np.searchsorted(np.cumsum(shares_girl), u * shares_girl.sum()),
    )
    district_shares = np.array([d[1] for d in DISTRICTS])
    district = rng.choice(len(DISTRICTS), size=n, p=district_shares / district_shares.sum())
    benefit = rng.random(n) < np.where(np.isin(district, [0, 1, 7]), 0.30, 0.16)

    # Boys have more prior cases and more days absent: the route by which a naive look misleads.
    school_risk = np.array([s[3] for s in SCHOOLS])[school]
    prior = rng.poisson(np.exp(-0.6 + 0.55 * boy + 0.8 * school_risk + 0.3 * benefit))
    days_absent = 4 + rng.negative_binomial(3, 3 / (3 + np.exp(2.5 + 0.30 * boy + 0.1 * prior)))

    lp = (
        SEX * boy
        + PRIOR * np.minimum(prior, 5)
        + ABSENT * np.clip(days_absent - 10, 0, None)
        + BENEFIT * benefit
        + AGE * (age - 14)
        + school_risk
        + np.array([d[2] for d in DISTRICTS])[district]
    )
    # Weibull proportional hazards: H(t) = (t / scale)^shape * exp(lp).
    time_to_new = SCALE_DAYS * (rng.exponential(1.0, n) / np.exp(lp)) ** (1 / SHAPE)
    time_to_new = np.maximum(1, np.ceil(time_to_new)).astype("int64")
    days_left = (np.datetime64(EXTRACTION_DATE) - case_date).astype("int64")
    followup = np.minimum(FOLLOW_UP_DAYS, days_left)
    new_case = time_to_new <= followup

    frame = pd.DataFrame(
        {
            "case_id": np.arange(1, n + 1, dtype="int64"),
            "case_date": pd.to_datetime(case_date).astype("datetime64[ns]"),
            "age": age.astype("int64"),
            "sex": pd.Categorical(np.where(boy, "male", "female"), categories=["female", "male"]),
            "school_type": pd.Categorical.from_codes(school, categories=[s[0] for s in SCHOOLS]),
            "district": pd.Categorical.from_codes(district, categories=[d[0] for d in DISTRICTS]),
            "prior_cases": prior.astype("int64"),
            "days_absent": days_absent.astype("int64"),
            "benefit": benefit.astype("int64"),
            "followup_days": np.where(new_case, time_to_new, followup).astype("int64"),
            "new_case": new_case.astype("int64"),
            "new_case_1y": (time_to_new <= 365).astype("int64"),
        }
    )
    return frame
