"""Shared, seeded fixtures for the tests."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import civicanalysis as ca


@pytest.fixture(autouse=True)
def _english_and_defaults():
    """Every test starts in English with the default options, whatever the environment says."""
    with ca.option_context(language="en", min_cell_size=15):
        yield


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(12345)


@pytest.fixture
def vandalism() -> pd.DataFrame:
    return ca.datasets.load("vandalism")


@pytest.fixture
def small_frame(rng) -> pd.DataFrame:
    n = 200
    x = rng.integers(0, 2, n)
    return pd.DataFrame(
        {
            "group": np.where(x == 1, "a", "b"),
            "x": x,
            "z": rng.normal(size=n),
            "y": rng.normal(size=n) + x,
            "count": rng.poisson(2, n),
            "text": ["t"] * n,
        }
    )
