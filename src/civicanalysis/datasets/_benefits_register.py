"""Generator of the synthetic ``benefits_register`` dataset (made together with
``school_absence_register`` from one fictional population; see that module)."""

from __future__ import annotations

import pandas as pd

from ._school_absence_register import BENEFITS_DTYPES, SEED, make_both

DTYPES = dict(BENEFITS_DTYPES)


def make(seed: int = SEED) -> pd.DataFrame:
    """Make the benefits register (deterministic for a given seed)."""
    return make_both(seed)[1]
