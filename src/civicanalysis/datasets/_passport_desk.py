"""Generator of the synthetic ``passport_desk`` dataset: visitors per hour at a passport desk.

The brief (seed 004) quotes a municipality that saw peaks in demand at the passport desk "in the
days, but also in the times on those days", and used them to plan capacity. Truth by construction:
visitors arrive as a Poisson count per hour whose rate depends on the weekday, the hour and the
season (more before the summer holidays). Staff are rostered from the *expected* demand, so busy
hours also have more staff; the waiting time rises with visitors per desk and falls with staff. A
plain correlation between staff and waiting time is therefore positive although, hour for hour,
more staff shortens the wait: busy hours are a common cause of both.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SEED = 2004
YEAR = 2025

DTYPES = {
    "date": "datetime64[ns]",
    "month": "int64",
    "weekday": "str",
    "hour": "int64",
    "visitors": "int64",
    "staff": "int64",
    "wait_minutes": "float64",
}

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
# Visitors per hour on an ordinary day, by weekday (multiplier) and hour (base rate).
WEEKDAY_FACTOR = {
    "Monday": 1.30,
    "Tuesday": 1.00,
    "Wednesday": 0.95,
    "Thursday": 1.05,
    "Friday": 0.80,
}
HOUR_RATE = {9: 9.0, 10: 11.0, 11: 11.5, 12: 14.0, 13: 13.0, 14: 9.5, 15: 8.5, 16: 7.0}
EVENING_HOURS = {17: 6.0, 18: 7.0, 19: 5.0}  # Thursday evening opening only
# Season: demand rises in the months before the summer holidays.
MONTH_FACTOR = {
    1: 0.85,
    2: 0.9,
    3: 1.0,
    4: 1.15,
    5: 1.3,
    6: 1.35,
    7: 1.1,
    8: 0.8,
    9: 0.9,
    10: 0.95,
    11: 0.9,
    12: 0.8,
}
# Holidays on which the desk is closed (fictional municipality, Dutch public holidays of 2025).
CLOSED = [
    "2025-01-01",
    "2025-04-18",
    "2025-04-21",
    "2025-05-05",
    "2025-05-29",
    "2025-06-09",
    "2025-12-25",
    "2025-12-26",
]

WAIT_BASE = 6.0  # minutes
WAIT_PER_VISITOR = 1.2  # each visitor in the hour adds 1.2 minutes to the average wait ...
WAIT_PER_DESK = -3.0  # ... and each staffed desk takes 3 minutes off it
VISITORS_PER_DESK = 6.0  # one desk is added for every six expected visitors per hour


def make(seed: int = SEED) -> pd.DataFrame:
    """Make the dataset (deterministic for a given seed)."""
    rng = np.random.default_rng(seed)
    days = pd.bdate_range(f"{YEAR}-01-01", f"{YEAR}-12-31")
    days = days[~days.isin(pd.to_datetime(CLOSED))]
    rows = []
    for day in days:
        weekday = WEEKDAYS[day.weekday()]
        hours = dict(HOUR_RATE)
        if weekday == "Thursday":
            hours.update(EVENING_HOURS)
        for hour, base in hours.items():
            rows.append((day, day.month, weekday, hour, base))
    frame = pd.DataFrame(rows, columns=["date", "month", "weekday", "hour", "base"])
    expected = (
        frame["base"].to_numpy()
        * frame["weekday"].map(WEEKDAY_FACTOR).to_numpy()
        * frame["month"].map(MONTH_FACTOR).to_numpy()
    )
    visitors = rng.poisson(expected)
    # Rostering follows expected demand, with some days a desk short (illness) or extra.
    # The roster grows with demand but not in proportion (there are only so many desks).
    planned = 1 + np.floor(expected / VISITORS_PER_DESK)
    absent = rng.random(len(frame)) < 0.12
    staff = np.maximum(1, planned - absent)
    wait = WAIT_BASE + WAIT_PER_VISITOR * visitors + WAIT_PER_DESK * staff
    wait = wait + rng.normal(0, 2.0, len(frame))
    wait = np.round(np.maximum(wait, 0.5), 1)
    return pd.DataFrame(
        {
            "date": frame["date"].astype("datetime64[ns]"),
            "month": frame["month"].astype("int64"),
            "weekday": frame["weekday"].astype(object),
            "hour": frame["hour"].astype("int64"),
            "visitors": visitors.astype("int64"),
            "staff": staff.astype("int64"),
            "wait_minutes": wait,
        }
    )
