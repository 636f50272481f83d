"""Generator of the synthetic ``vandalism`` dataset (the fish-shop case, brief case 1).

Truth by construction: the rate of vandalism at a location is driven by the neighbourhood, by a
small square (``on_square``), by youths hanging out (``youth_hangout``) and, above all, by the two
together; a café adds a little of its own and a tidy park takes a little away. A fish shop has no
effect of its own: its coefficient is exactly zero. Fish shops stand almost always on a square, so
fish-shop locations still show the highest vandalism.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SEED = 2014  # the year of the TNO study the case comes from
N_LOCATIONS = 4000

DTYPES = {
    "location_id": "int64",
    "neighbourhood": "category",
    "on_square": "int64",
    "fish_shop": "int64",
    "cafe": "int64",
    "tidy_park": "int64",
    "youth_hangout": "int64",
    "vandalism": "int64",
}

# Fictional neighbourhoods: (name, share of locations, share on a square, baseline log-rate).
NEIGHBOURHOODS = [
    ("Centrum", 0.10, 0.45, 0.55),
    ("Havenkwartier", 0.08, 0.30, 0.45),
    ("Stationsbuurt", 0.08, 0.30, 0.40),
    ("Oude Markt", 0.07, 0.40, 0.35),
    ("Molenwijk", 0.09, 0.12, 0.20),
    ("Vogelbuurt", 0.09, 0.10, 0.15),
    ("Rivierenwijk", 0.09, 0.12, 0.20),
    ("Parkzoom", 0.08, 0.08, 0.05),
    ("De Akkers", 0.08, 0.08, 0.10),
    ("Bloemenbuurt", 0.08, 0.10, 0.10),
    ("Polderrand", 0.08, 0.05, 0.00),
    ("Nieuw-West", 0.08, 0.10, 0.25),
]

# Log-rate effects. FISH_SHOP is zero on purpose: that is the point of the case.
INTERCEPT = 0.0
SQUARE = 0.45
YOUTH = 0.35
SQUARE_X_YOUTH = 0.65
CAFE = 0.25
TIDY_PARK = -0.30
FISH_SHOP = 0.0


def make(seed: int = SEED, n: int = N_LOCATIONS) -> pd.DataFrame:
    """Make the dataset (deterministic for a given seed)."""
    rng = np.random.default_rng(seed)
    names = [nb[0] for nb in NEIGHBOURHOODS]
    shares = np.array([nb[1] for nb in NEIGHBOURHOODS])
    hood = rng.choice(len(names), size=n, p=shares / shares.sum())
    p_square = np.array([nb[2] for nb in NEIGHBOURHOODS])[hood]
    base = np.array([nb[3] for nb in NEIGHBOURHOODS])[hood]

    on_square = rng.random(n) < p_square
    # Fish shops stand on a small square almost always (the pleintje of the case).
    fish_shop = rng.random(n) < np.where(on_square, 0.30, 0.012)
    cafe = rng.random(n) < np.where(on_square, 0.35, 0.12)
    tidy_park = rng.random(n) < np.where(on_square, 0.10, 0.30)
    youth = rng.random(n) < np.where(on_square, 0.60, 0.22)

    log_rate = (
        INTERCEPT
        + base
        + SQUARE * on_square
        + YOUTH * youth
        + SQUARE_X_YOUTH * (on_square & youth)
        + CAFE * cafe
        + TIDY_PARK * tidy_park
        + FISH_SHOP * fish_shop
    )
    vandalism = rng.poisson(np.exp(log_rate))

    frame = pd.DataFrame(
        {
            "location_id": np.arange(1, n + 1, dtype="int64"),
            "neighbourhood": pd.Categorical.from_codes(hood, categories=names),
            "on_square": on_square.astype("int64"),
            "fish_shop": fish_shop.astype("int64"),
            "cafe": cafe.astype("int64"),
            "tidy_park": tidy_park.astype("int64"),
            "youth_hangout": youth.astype("int64"),
            "vandalism": vandalism.astype("int64"),
        }
    )
    return frame
