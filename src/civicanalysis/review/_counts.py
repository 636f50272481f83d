"""Which displayed numbers count records or persons: the heart of the ``small-cell`` rule.

A number is a count when the table says so (a crosstab, a column or Series named like a count or
after people, the aggregation that made the column) or, for tables that name nothing (``header=False``,
a bare Series), when the cell's code made counts (``value_counts``, ``size``, ``crosstab``...).
Correlations, ranks, years, identifiers, shares and means are never counts; neither are missing-value
tallies (data quality) or numbers of distinct categories.
"""

from __future__ import annotations

import re

from ._notebook import MAX_OUTPUT_CHARS, Cell
from ._tables import Grid, as_count, html_grids, plain_grids

_COUNT_WORDS = frozenset(
    "n count counts size freq frequency number aantal aantallen frequentie personen persons "
    "people inwoners residents pupils leerlingen students studenten cases clients cliënten "
    "ontvangers recipients households huishoudens meldingen requests reports kinderen children "
    "jongeren deelnemers participants".split()
)
_NOT_COUNT = re.compile(
    r"rank|year|jaar|\bid\b|_id|share|aandeel|pct|percent|procent|%|mean|gemiddeld|median|"
    r"mediaan|std|sem|corr|ratio|rate|score|prop|fractie|ci_|p_?value|^p$|min$|max$|sum|totaal",
    re.IGNORECASE,
)
_POSITIVE_CODE = re.compile(
    r"crosstab\(|value_counts\(|\.size\(\)|\.count\(\)|\blen\(|"
    r"aggfunc\s{0,3}=\s{0,3}[\"']?(?:size|count|len)\b|[\"'](?:size|count)[\"']"
)
_NEGATIVE_CODE = re.compile(
    r"\.corr\(|\.rank\(|isna\(\)|isnull\(\)|notna\(\)|\.describe\(|\.mean\(|\.median\(|\.nunique\("
)
_PERSON_ID = re.compile(
    r"_id\b|\bid\b|bsn|leerling|pupil|student|person|persoon|client|cliënt|case|dossier|klant",
    re.IGNORECASE,
)
# agg(name=("column", "size" | "count" | "nunique")): the new column holds counts.
_AGG_ALIAS = re.compile(
    r"(\w{1,60})\s{0,3}=\s{0,3}\(\s{0,3}[\"']([^\"'\n]{1,100})[\"']\s{0,3},\s{0,3}"
    r"[\"'](size|count|nunique)[\"']\s{0,3}\)"
)
_COUNT_SENTENCE = re.compile(
    r"^(.{1,80}?):\s{0,3}([0-9][0-9.,]{0,12})\s{1,3}(personen|persons|people|pupils|leerlingen|"
    r"students|inwoners|residents|cases|clients|cliënten|huishoudens|households|ontvangers|"
    r"recipients|kinderen|children|jongeren|meldingen|requests|reports)\b",
    re.IGNORECASE,
)


def _code_counts(source: str) -> bool:
    """The cell's code makes counts (and not also means, ranks or missing-value tallies)."""
    positive = bool(_POSITIVE_CODE.search(source))
    if "nunique" in source and _PERSON_ID.search(source):
        positive = True
    return positive and not (_NEGATIVE_CODE.search(source) and not _strong_count(source))


def _strong_count(source: str) -> bool:
    return "crosstab(" in source or "value_counts(" in source or ".size()" in source


def _aliases(source: str) -> set[str]:
    """Columns an ``agg`` call fills with counts of records or of persons."""
    out = set()
    for name, column, func in _AGG_ALIAS.findall(source):
        if func != "nunique" or _PERSON_ID.search(column):
            out.add(name.lower())
    return out


def _is_count_column(name: str, grid: Grid, code_counts: bool, aliases: set[str]) -> bool:
    low = name.strip().lower()
    if low in aliases:
        return True
    if low and _NOT_COUNT.search(low):
        return False
    last = low.split()[-1] if low.split() else ""
    if last in _COUNT_WORDS or low.startswith(("n_", "aantal", "number of", "number_of")):
        return True
    if low.endswith(("_n", "_count", " count")):
        return True
    if grid.crosstab:
        return True
    return code_counts and (not low or low.isdigit() or not grid.header)


def small_in_grid(grid: Grid, limit: int, code_counts: bool, aliases: set[str]) -> list[str]:
    """Counts from 1 to ``limit - 1`` in the count columns of one table."""
    if grid.series is not None:
        name, dtype = grid.series
        if not dtype.startswith(("int", "uint")):
            return []
        count = (name.lower() in _COUNT_WORDS or name.lower() in aliases) or (
            code_counts and not (name and _NOT_COUNT.search(name))
        )
        if not count:
            return []
    found = []
    for j, column in enumerate(grid.columns):
        if grid.series is None and not _is_count_column(column, grid, code_counts, aliases):
            continue
        values = [vals[j] if j < len(vals) else "" for _, vals in grid.rows]
        numbers = [as_count(v) for v in values]
        if any(n is None for v, n in zip(values, numbers, strict=True) if v and v != "NaN"):
            if not grid.crosstab:
                continue  # a column with decimals or text is not a column of counts
        for (label, vals), number in zip(grid.rows, numbers, strict=True):
            if number is not None and 0 < number < limit:
                # Text in other columns names the row too ("0 Department of Education").
                texts = [v for k, v in enumerate(vals) if k != j and v and not _numeric(v)]
                label = " ".join([label, *texts]).strip()
                shown = f"{label} / {column}" if column else label
                found.append(f"{shown} = {number}")
    return found


def _numeric(value: str) -> bool:
    return value[:1].isdigit() or value[:1] in "-−." or value in ("NaN", "<NA>", "None")


def _all_counts(grid: Grid) -> bool:
    return all(as_count(v) is not None for _, vals in grid.rows for v in vals if v)


def small_counts(cell: Cell, limit: int) -> list[str]:
    """Small counts of records or persons shown in the outputs of one code cell."""
    code_counts = _code_counts(cell.source)
    aliases = _aliases(cell.source)
    found: list[str] = []
    for output in cell.outputs:
        if len(output.text) > MAX_OUTPUT_CHARS:
            continue
        if output.kind == "html":
            grids = html_grids(output.text)
            lines: list[str] = []
        elif output.has_html:
            continue  # the HTML twin of this output is read instead
        else:
            grids, lines = plain_grids(output.text)
        for grid in grids:
            if grid.crosstab and not _all_counts(grid):
                continue
            found += small_in_grid(grid, limit, code_counts, aliases)
        for line in lines:
            match = _COUNT_SENTENCE.match(line.strip())
            number = as_count(match.group(2)) if match else None
            if match and number is not None and 0 < number < limit:
                found.append(f"{match.group(1).strip()} = {number} {match.group(3)}")
    return found
