"""Generator of the synthetic ``camera_hotspots`` dataset: the hotspot that cooled down by itself.

A fictional municipality counts public-space reports (meldingen) about nuisance per neighbourhood
(buurt) per month, 2022–2025. At the end of 2024 it places cameras in the ``N_CAMERAS``
neighbourhoods with the most reports that year; the cameras are announced and switched on in
January 2025 (month 37).

Truth by construction:

* **Cameras do nothing to the incidents themselves.** ``incidents`` (police-registered
  incidents) follow the same process before and after, camera or not.
* **Neighbourhoods differ from year to year by chance.** Each neighbourhood-year has its own
  random level (a log-normal shock with standard deviation ``YEAR_SHOCK``) on top of the
  neighbourhood's lasting level, so the top neighbourhoods of 2024 were partly unlucky in 2024:
  their numbers fall back in 2025 without any policy (regression to the mean).
* **Reflexive behaviour** (seed 001, §4.5: once people know what is measured, the measurement
  moves): where cameras are announced, residents report less, "the cameras see it anyway";
  ``meldingen`` in camera neighbourhoods fall by ``REPORTING_DROP`` (15%) from month 37 while the
  incidents do not.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SEED = 1  # picked from four candidates: the 2024 top ten show the textbook pattern (see the card)
N_NEIGHBOURHOODS = 60
N_CAMERAS = 10
YEARS = (2022, 2023, 2024, 2025)
SELECTION_YEAR = 2024
REPORTING_DROP = 0.85
YEAR_SHOCK = 0.2
REPORTS_PER_INCIDENT = 1.6

DTYPES = {
    "neighbourhood": "str",
    "year": "int64",
    "month": "int64",
    "calendar_month": "int64",
    "camera": "int64",
    "incidents": "int64",
    "meldingen": "int64",
}

_NAMES = [
    "Aalscholver",
    "Bijenkorf",
    "Boomgaard",
    "Brink",
    "Dijkzicht",
    "Dorpshart",
    "Eikenhof",
    "Esdoorn",
    "Fluitekruid",
    "Gildehof",
    "Graanmarkt",
    "Haverveld",
    "Heidebloem",
    "Hofstede",
    "IJsvogel",
    "Jeneverbes",
    "Kastanjelaan",
    "Kerkebuurt",
    "Klaproos",
    "Kloosterveld",
    "Korenbloem",
    "Lindehof",
    "Luttik",
    "Meidoorn",
    "Merelhof",
    "Molenakker",
    "Nieuwe Haven",
    "Noorderpark",
    "Oosterkade",
    "Oude Gracht",
    "Paardenmarkt",
    "Pijlkruid",
    "Populierenhof",
    "Reigersbos",
    "Rozenhof",
    "Schaapsdrift",
    "Schelpenbuurt",
    "Sluiskwartier",
    "Spoorzicht",
    "Sterrenwijk",
    "Stadsweide",
    "Tuindorp",
    "Uiterwaard",
    "Valkenhof",
    "Veenkade",
    "Vlasakker",
    "Waterhoek",
    "Weverij",
    "Wilgenhof",
    "Winkelhof",
    "Zandpad",
    "Zeeheldenbuurt",
    "Zonnehoek",
    "Zuiderpoort",
    "Zwanenwater",
    "Beukenrode",
    "Dahliabuurt",
    "Egelantier",
    "Fazantenhof",
    "Goudsbloem",
]


def make(seed: int = SEED) -> pd.DataFrame:
    """Make the dataset (deterministic for a given seed)."""
    rng = np.random.default_rng(seed)
    n = N_NEIGHBOURHOODS
    names = np.array(sorted(_NAMES[:n]))
    level = rng.gamma(2.5, 1.0 / 2.5, n) * 6.0  # lasting level: incidents per month
    n_years = len(YEARS)
    shock = np.exp(rng.normal(-(YEAR_SHOCK**2) / 2, YEAR_SHOCK, (n, n_years)))
    months = np.arange(1, 12 * n_years + 1)
    year_index = (months - 1) // 12
    calendar = (months - 1) % 12 + 1
    season = 1 + 0.2 * np.cos(2 * np.pi * (calendar - 7) / 12)
    trend = 1 + 0.003 * (months - 1)
    rate = level[:, None] * shock[:, year_index] * season * trend
    incidents = rng.poisson(rate)
    # Not every incident is reported, and some are reported by several residents.
    reports_rate = incidents * REPORTS_PER_INCIDENT
    sel_year = YEARS.index(SELECTION_YEAR)
    in_year = year_index == sel_year
    # Selection on last year's reports: the municipality saw meldingen, not incidents.
    pre_reports = rng.poisson(reports_rate)
    totals = pre_reports[:, in_year].sum(axis=1)
    camera = np.zeros(n, dtype=int)
    camera[np.argsort(-totals, kind="stable")[:N_CAMERAS]] = 1
    after = year_index > sel_year
    drop = np.where(camera[:, None] * after[None, :] == 1, REPORTING_DROP, 1.0)
    post_reports = rng.poisson(reports_rate * drop)
    meldingen = np.where(after[None, :], post_reports, pre_reports)
    return pd.DataFrame(
        {
            "neighbourhood": np.repeat(names, len(months)),
            "year": np.tile(np.array(YEARS)[year_index], n).astype("int64"),
            "month": np.tile(months, n).astype("int64"),
            "calendar_month": np.tile(calendar, n).astype("int64"),
            "camera": np.repeat(camera, len(months)).astype("int64"),
            "incidents": incidents.ravel().astype("int64"),
            "meldingen": meldingen.ravel().astype("int64"),
        }
    )
