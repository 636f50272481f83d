"""Generator of the synthetic ``school_absence_register`` and ``benefits_register`` datasets.

The brief's first linking pilot (seed 001, §2.5): school absence (schoolverzuim) of young people
linked to their parents' benefit (uitkering) records. Both registers are made here from one
fictional population, so the link between them is known by construction; the benefits register
has its own small generator module that calls :func:`make_both`.

Every citizen number (BSN) is drawn at random so that it passes the 11-test (elfproef) and is
attached only to a fictional record. A few are spoiled on purpose (typing errors, missing values,
dotted formatting), as in real registers, so the notebook can show the checks.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SEED = 2015  # the year Utrecht's council agreed to data-driven steering (seed 001)

DTYPES = {
    "report_id": "int64",
    "bsn_pupil": "str",
    "bsn_parent": "str",
    "district": "category",
    "age": "int64",
    "sex": "category",
    "school_type": "category",
    "report_date": "datetime64[ns]",
    "absence_type": "category",
    "hours_missed": "int64",
}

BENEFITS_DTYPES = {
    "bsn": "str",
    "benefit": "category",
    "district": "category",
    "start_date": "datetime64[ns]",
}

# Fictional districts (wijken): name and share of the truant pupils.
DISTRICTS = [
    ("Centrum", 0.08),
    ("Noord", 0.15),
    ("Oost", 0.12),
    ("Zuid", 0.13),
    ("West", 0.16),
    ("Havenkwartier", 0.07),
    ("Parkwijk", 0.10),
    ("Molenkamp", 0.11),
    ("De Velden", 0.08),
]
N_PUPILS = 2400
BENEFITS = ["social_assistance", "unemployment", "disability"]
# Share of truant pupils' parents with each benefit, before the district effect below.
P_BENEFIT_PARENT = np.array([0.14, 0.05, 0.03])
# Districts where social assistance is more common among these parents (a fictional pattern).
SOCIAL_ASSISTANCE_FACTOR = {"Noord": 1.6, "West": 1.5, "Havenkwartier": 1.4, "Parkwijk": 0.6}
N_OTHER_BENEFITS = 5200  # benefit recipients in the city without a truant child in the register
SHARE_PUPIL_TYPOS = 0.006
SHARE_PARENT_MISSING = 0.02
SHARE_PARENT_TYPOS = 0.01
SHARE_DOTTED = 0.004


def random_bsns(rng: np.random.Generator, n: int) -> np.ndarray:
    """``n`` distinct random 9-digit numbers passing the 11-test, as text (a few start with 0)."""
    weights = np.array([9, 8, 7, 6, 5, 4, 3, 2])
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        m = 2 * (n - len(out)) + 20
        digits = rng.integers(0, 10, size=(m, 8))
        digits[:, 0] = np.where(rng.random(m) < 0.97, rng.integers(1, 10, m), 0)
        check = (digits @ weights) % 11
        ok = check < 10
        full = np.column_stack([digits[ok], check[ok]])
        full = full[full.any(axis=1)]
        for row in full:
            text = "".join(map(str, row))
            if text not in seen:
                seen.add(text)
                out.append(text)
                if len(out) == n:
                    break
    return np.array(out, dtype=object)


def _typo(rng: np.random.Generator, text: str) -> str:
    """Change one digit: the 11-test always catches a single changed digit."""
    pos = int(rng.integers(0, 9))
    new = str((int(text[pos]) + int(rng.integers(1, 10))) % 10)
    return text[:pos] + new + text[pos + 1 :]


def make_both(seed: int = SEED) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Make the absence register and the benefits register (deterministic for a given seed)."""
    rng = np.random.default_rng(seed)
    names = [d[0] for d in DISTRICTS]
    shares = np.array([d[1] for d in DISTRICTS])
    n_parents = int(N_PUPILS * 0.88)  # some pupils are siblings with the same registered parent
    bsns = random_bsns(rng, N_PUPILS + n_parents + N_OTHER_BENEFITS)
    pupil_bsn = bsns[:N_PUPILS]
    parent_bsn = bsns[N_PUPILS : N_PUPILS + n_parents]
    other_bsn = bsns[N_PUPILS + n_parents :]

    parent_district = rng.choice(len(names), size=n_parents, p=shares / shares.sum())
    parent_of = np.concatenate(
        [np.arange(n_parents), rng.integers(0, n_parents, N_PUPILS - n_parents)]
    )
    rng.shuffle(parent_of)
    district = parent_district[parent_of]

    # The parent's benefit: more social assistance in some districts (by construction).
    factor = np.array([SOCIAL_ASSISTANCE_FACTOR.get(n, 1.0) for n in names])[parent_district]
    p = np.column_stack(
        [
            P_BENEFIT_PARENT[0] * factor,
            np.full(n_parents, P_BENEFIT_PARENT[1]),
            np.full(n_parents, P_BENEFIT_PARENT[2]),
        ]
    )
    p = np.column_stack([p, 1 - p.sum(axis=1)])
    u = rng.random(n_parents)[:, None]
    parent_benefit = (u > np.cumsum(p, axis=1)).sum(axis=1)  # 0..2 a benefit, 3 none

    age = rng.integers(5, 18, N_PUPILS)
    age = np.where(rng.random(N_PUPILS) < 0.6, rng.integers(12, 18, N_PUPILS), age)
    sex = np.where(rng.random(N_PUPILS) < 0.55, "boy", "girl")
    school = np.where(age < 12, "primary", np.where(age < 16, "secondary", "secondary_vocational"))
    school = np.where((age >= 16) & (rng.random(N_PUPILS) < 0.45), "secondary", school)

    # Reports per pupil: more for pupils whose parent has social assistance (by construction).
    lam = np.where(parent_benefit[parent_of] == 0, 1.4, 0.9)
    n_reports = 1 + rng.poisson(lam)
    pupil = np.repeat(np.arange(N_PUPILS), n_reports)
    n = len(pupil)
    days = rng.integers(0, 365, n)
    dates = pd.Timestamp("2025-08-25") + pd.to_timedelta(days, unit="D")
    kinds = rng.choice(
        ["relative", "luxury", "long_term"], size=n, p=[0.72, 0.18, 0.10]
    )  # relatief verzuim, luxeverzuim, langdurig verzuim
    hours = np.where(
        kinds == "long_term",
        rng.integers(60, 200, n),
        np.where(kinds == "luxury", rng.integers(8, 40, n), rng.integers(4, 60, n)),
    )

    bsn_pupil = pupil_bsn[pupil].copy()
    bsn_parent = parent_bsn[parent_of][pupil].copy()
    # Data-quality problems as in a real register, at the level of a record.
    for i in np.flatnonzero(rng.random(n) < SHARE_PUPIL_TYPOS):
        bsn_pupil[i] = _typo(rng, bsn_pupil[i])
    for i in np.flatnonzero(rng.random(n) < SHARE_PARENT_TYPOS):
        bsn_parent[i] = _typo(rng, bsn_parent[i])
    bsn_parent[rng.random(n) < SHARE_PARENT_MISSING] = None

    order = np.lexsort((pupil, days))
    absence = pd.DataFrame(
        {
            "report_id": np.arange(1, n + 1, dtype="int64"),
            "bsn_pupil": pd.array(bsn_pupil[order], dtype="str"),
            "bsn_parent": pd.array(bsn_parent[order], dtype="str"),
            "district": pd.Categorical(np.array(names)[district[pupil]][order], categories=names),
            "age": age[pupil][order].astype("int64"),
            "sex": pd.Categorical(sex[pupil][order], categories=["boy", "girl"]),
            "school_type": pd.Categorical(
                school[pupil][order], categories=["primary", "secondary", "secondary_vocational"]
            ),
            "report_date": dates[order].astype("datetime64[ns]"),
            "absence_type": pd.Categorical(
                kinds[order], categories=["relative", "luxury", "long_term"]
            ),
            "hours_missed": hours[order].astype("int64"),
        }
    )

    # Benefits register: the parents with a benefit, plus other recipients in the city.
    has = parent_benefit < 3
    other_benefit = rng.choice(3, size=N_OTHER_BENEFITS, p=[0.45, 0.35, 0.20])
    other_district = rng.choice(len(names), size=N_OTHER_BENEFITS, p=shares / shares.sum())
    bsn = np.concatenate([parent_bsn[has], other_bsn])
    kind = np.concatenate([parent_benefit[has], other_benefit])
    where = np.concatenate([parent_district[has], other_district])
    start = pd.Timestamp("2016-01-01") + pd.to_timedelta(rng.integers(0, 3500, len(bsn)), unit="D")
    bsn = bsn.copy()
    for i in np.flatnonzero(rng.random(len(bsn)) < SHARE_DOTTED):
        bsn[i] = f"{bsn[i][:4]}.{bsn[i][4:6]}.{bsn[i][6:]}"
    perm = rng.permutation(len(bsn))
    benefits = pd.DataFrame(
        {
            "bsn": pd.array(bsn[perm], dtype="str"),
            "benefit": pd.Categorical(np.array(BENEFITS)[kind[perm]], categories=BENEFITS),
            "district": pd.Categorical(np.array(names)[where[perm]], categories=names),
            "start_date": start[perm].astype("datetime64[ns]"),
        }
    )
    return absence, benefits


def make(seed: int = SEED) -> pd.DataFrame:
    """Make the school absence register (deterministic for a given seed)."""
    return make_both(seed)[0]
