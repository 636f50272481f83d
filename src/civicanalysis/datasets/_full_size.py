"""A linked register at full size: millions of pupil-years, written as parquet by DuckDB.

Too large to bundle, so it is generated on first use into a cache folder, by seeded SQL: every
random number is a hash of the row number, the seed and a stream number, so the file is the same
on every machine and for every number of threads. DuckDB writes it in a few seconds without
holding it in memory.
"""

from __future__ import annotations

import os
from pathlib import Path

from .._exceptions import InvalidOptionError
from .._text import Catalog

__all__ = ["full_size_register"]

MSG = Catalog(
    "full_size",
    {
        "n_rows": {
            "en": "n_rows={value!r} must be a whole number of at least 1,000, e.g. 5_000_000.",
            "nl": "n_rows={value!r} moet een geheel getal van minstens 1.000 zijn, bijvoorbeeld "
            "5_000_000.",
        },
    },
)

DISTRICTS = ("Centrum", "De Velden", "Havenkwartier", "Molenkamp", "Noord", "Oost", "Parkwijk")
# The share of pupils whose family receives a benefit, by district (poorer districts first).
BENEFIT_SHARE = (0.12, 0.30, 0.34, 0.22, 0.08, 0.15, 0.05)
# Absence reports per pupil-year are higher in some districts, whatever the family's benefit.
DISTRICT_RATE = (1.0, 1.6, 1.8, 1.3, 0.8, 1.0, 0.7)
SEED = 20260514
YEARS = 9  # school years 2016 to 2024


def _u(row: str, seed: int, stream: int) -> str:
    """SQL for a uniform number in [0, 1) from a hash of the row, the seed and a stream."""
    return f"((hash({row}, {seed}, {stream}) % 1000003) / 1000003.0)"


def _case(u: str, shares: tuple[float, ...], values: tuple[str, ...]) -> str:
    parts, edge = [], 0.0
    for share, value in zip(shares[:-1], values[:-1], strict=True):
        edge += share
        parts.append(f"WHEN {u} < {edge:.6f} THEN {value}")
    return f"CASE {' '.join(parts)} ELSE {values[-1]} END"


def _sql(n_rows: int, seed: int) -> str:
    district_idx = f"CAST(floor({_u('pupil', seed, 1)} * {len(DISTRICTS)}) AS INTEGER)"
    names = "[" + ", ".join(f"'{d}'" for d in DISTRICTS) + "]"
    shares = "[" + ", ".join(str(s) for s in BENEFIT_SHARE) + "]"
    rates = "[" + ", ".join(str(r) for r in DISTRICT_RATE) + "]"
    return f"""
    WITH rows AS (
        SELECT i, i // {YEARS} AS pupil, 2016 + i % {YEARS} AS year
        FROM range({n_rows}) t(i)
    ), pupils AS (
        SELECT *, {district_idx} + 1 AS d,
               {_u("pupil", seed, 2)} AS u_benefit,
               {_u("pupil", seed, 3)} AS u_sex,
               CAST(floor({_u("pupil", seed, 4)} * 5) AS INTEGER) AS age_offset,
               {_u("pupil", seed, 5)} AS u_school
        FROM rows
    ), records AS (
        SELECT pupil, year,
               list_extract({names}, d) AS district,
               CASE WHEN u_sex < 0.5 THEN 'boy' ELSE 'girl' END AS sex,
               5 + age_offset + (year - 2016) % 9 - (CASE WHEN age_offset > 3 THEN 1 ELSE 0 END)
                   AS age,
               CAST(u_benefit < list_extract({shares}, d) AS INTEGER) AS benefit,
               list_extract({rates}, d) AS district_rate,
               u_school,
               {_u("i", seed, 6)} AS u_reports,
               {_u("i", seed, 7)} AS u_hours
        FROM pupils
    ), typed AS (
        SELECT *,
               CASE WHEN age <= 11 THEN 'primary'
                    WHEN u_school < 0.65 THEN 'secondary'
                    ELSE 'secondary_vocational' END AS school_type
        FROM records
    )
    SELECT pupil, year, district, age, sex, school_type, benefit,
           CAST(floor(-ln(1 - u_reports) * 0.6 * district_rate
                      * (CASE WHEN age >= 12 THEN 1.5 ELSE 1.0 END)
                      * (CASE WHEN school_type = 'secondary_vocational' THEN 1.4 ELSE 1.0 END)
                      * (1.0 + 0.004 * (year - 2016))) AS INTEGER) AS reports,
           CAST(floor(-ln(1 - u_reports) * 0.6 * district_rate
                      * (CASE WHEN age >= 12 THEN 1.5 ELSE 1.0 END)
                      * (CASE WHEN school_type = 'secondary_vocational' THEN 1.4 ELSE 1.0 END)
                      * (1.0 + 0.004 * (year - 2016))) AS INTEGER) * (3 + floor(u_hours * 10))
               + round(u_hours * 2, 1) AS hours_missed
    FROM typed
    """


def write_parquet(path: str | os.PathLike, n_rows: int, seed: int = SEED) -> Path:
    """Write the register with ``n_rows`` pupil-years to ``path`` (parquet) with DuckDB."""
    import duckdb

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    con = duckdb.connect()
    try:
        con.execute("SET enable_progress_bar = false")
        con.execute(f"COPY ({_sql(n_rows, seed)}) TO '{partial}' (FORMAT parquet)")
    finally:
        con.close()
    partial.replace(path)
    return path


def cache_dir() -> Path:
    """Where large generated files go: ``$CIVICANALYSIS_CACHE`` or ``~/.cache/civicanalysis``."""
    root = os.environ.get("CIVICANALYSIS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "civicanalysis"
    )
    return Path(root)


def full_size_register(n_rows: int = 5_000_000, *, folder: str | os.PathLike | None = None) -> Path:
    """The path of a synthetic linked register with ``n_rows`` pupil-years, made on first use.

    A parquet file, generated by seeded SQL in DuckDB into a cache folder the first time it is
    asked for (a few seconds for five million rows) and reused afterwards. It is the register of
    notebook 05 at the size of a real city over nine school years. Query it where it lies, with
    DuckDB or any function of this package that accepts a path; reading it all into pandas is
    what the notebook shows you do not need.

    Parameters
    ----------
    n_rows : int, default 5_000_000
        Number of pupil-years (rows); nine rows per pupil, one per school year 2016–2024.
    folder : path, optional
        Where to keep the file. Default: ``$CIVICANALYSIS_CACHE`` or ``~/.cache/civicanalysis``.

    Returns
    -------
    pathlib.Path
        The parquet file, with the columns ``pupil`` (a pseudonym number, never a citizen
        number), ``year`` (school year, 2016–2024), ``district`` (wijk), ``age`` (5–16),
        ``sex``, ``school_type`` (primary, secondary, secondary_vocational), ``benefit`` (1 if
        the family receives a benefit, uitkering), ``reports`` (absence reports, verzuimmeldingen,
        that year) and ``hours_missed`` (hours of school missed that year).

    Notes
    -----
    What is true by construction: the share of families with a benefit differs by district
    (5% to 34%), and the number of reports depends on the district, age, school type and a
    slight trend over the years, **not on the benefit**. A crude comparison therefore finds
    more reports among pupils from families with a benefit; holding the district fixed makes
    that association vanish.

    Raises
    ------
    InvalidOptionError
        ``n_rows`` is not a whole number of at least 1,000.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> path = ca.datasets.full_size_register(10_000)
    >>> path.suffix
    '.parquet'
    """
    if isinstance(n_rows, bool) or not isinstance(n_rows, int) or n_rows < 1000:
        raise InvalidOptionError(MSG("n_rows", value=n_rows))
    target = Path(folder) if folder is not None else cache_dir()
    path = target / f"register_full_size_{n_rows}_{SEED}.parquet"
    if not path.exists():
        write_parquet(path, n_rows)
    return path
