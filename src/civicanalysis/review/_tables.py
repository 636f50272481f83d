"""Reading the tables in saved outputs: pandas HTML (with or without header) and plain text.

pandas.read_html needs lxml or BeautifulSoup, which are not dependencies; the HTML pandas writes is
regular enough to walk tag by tag. Plain text is read the way pandas writes it: values and column
names right-aligned, columns at least two spaces apart, the index left-aligned. Every pattern
here has bounded or single quantifiers, so reading is linear in the size of the output.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field


@dataclass
class Grid:
    """A table read from an output.

    ``columns`` are the column names ("" where the output shows none), ``rows`` pairs of a row
    label and its values as text. ``crosstab`` marks a table whose columns and index both carry a
    name (a crosstab or unstack: every value is a count); ``series`` is the Series name and dtype
    when the output is a Series repr.
    """

    columns: list[str]
    rows: list[tuple[str, list[str]]] = field(default_factory=list)
    header: bool = True
    crosstab: bool = False
    series: tuple[str, str] | None = None


# -- HTML ------------------------------------------------------------------------------------------
# A cell as pandas writes it: "<td>7</td>", "<th colspan="2" ...>n</th>". Bounded quantifiers keep
# the search linear; a cell holding further tags reads as empty, which is harmless here.
_CELL = re.compile(r"<(t[hd])\b([^<>]{0,2000})>([^<]{0,5000})<", re.IGNORECASE)
_COLSPAN = re.compile(r"colspan\s{0,5}=\s{0,5}[\"']?(\d{1,3})", re.IGNORECASE)


def _clean(text: str) -> str:
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


def _between(text: str, opener: str, closer: str, start: int = 0) -> tuple[int, int, int]:
    """Positions of the first ``opener … closer`` from ``start`` (str.find: linear)."""
    begin = text.find(opener, start)
    if begin < 0:
        return -1, -1, -1
    end = text.find(closer, begin)
    return begin, (end if end >= 0 else len(text)), (end + len(closer) if end >= 0 else len(text))


def _html_rows(fragment: str) -> list[list[tuple[str, str]]]:
    rows = []
    for chunk in fragment.split("<tr")[1:]:
        row: list[tuple[str, str]] = []
        for tag, attrs, value in _CELL.findall(chunk):
            span = _COLSPAN.search(attrs) if "colspan" in attrs else None
            width = int(span.group(1)) if span else 1
            row += [(tag.lower(), _clean(value))] + [(tag.lower(), "")] * (width - 1)
        if row:
            rows.append(row)
    return rows


def html_grids(text: str) -> list[Grid]:
    """The tables of an HTML output (pandas ``to_html``, with or without header)."""
    grids: list[Grid] = []
    lowered = text.lower() if "<TABLE" in text or "<Table" in text else text
    pos = 0
    while True:
        begin, end, pos = _between(lowered, "<table", "</table>", pos)
        if begin < 0:
            return grids
        inner = text[begin:end]
        h_begin, h_end, h_after = _between(inner.lower(), "<thead", "</thead>")
        head = _html_rows(inner[h_begin:h_end]) if h_begin >= 0 else []
        body = _html_rows(inner[h_after:] if h_begin >= 0 else inner)
        grids.append(_grid_from_html([[v for _, v in r] for r in head], body))


def _grid_from_html(head: list[list[str]], body: list[list[tuple[str, str]]]) -> Grid:
    n_index = sum(1 for tag, _ in body[0] if tag == "th") if body else 0
    rows = [(" ".join(v for t, v in r if t == "th"), [v for t, v in r if t == "td"]) for r in body]
    # A header row with only the index name(s) filled in names the index, not the columns.
    index_rows = [h for h in head if any(h[:n_index]) and not any(h[n_index:])]
    column_rows = [h for h in head if h not in index_rows]
    width = max((len(v) for _, v in rows), default=0)
    columns = []
    for j in range(width):
        names = [h[n_index + j] for h in column_rows if n_index + j < len(h) and h[n_index + j]]
        columns.append(" ".join(names))
    columns_named = any(h[:n_index] and h[0] for h in column_rows)
    return Grid(
        columns=columns,
        rows=rows,
        header=bool(column_rows),
        crosstab=bool(index_rows) and columns_named,
    )


# -- plain text -------------------------------------------------------------------------------------
_FOOTER = re.compile(r"^(?:Name: (.{0,200}?), )?(?:Length: \d{1,12}, )?dtype: (\w{1,20})$")
_GAP = re.compile(r" {2,}")
_DIMENSIONS = re.compile(r"^\[\d{1,12} rows x \d{1,12} columns\]$")


def _cells(line: str) -> list[tuple[int, int, str]]:
    """The pieces of ``line`` separated by two or more spaces, with their start and end."""
    out, pos = [], 0
    for gap in _GAP.finditer(line):
        if gap.start() > pos:
            out.append((pos, gap.start(), line[pos : gap.start()]))
        pos = gap.end()
    if pos < len(line):
        out.append((pos, len(line), line[pos:]))
    return [(s, e, t) for s, e, t in out if t.strip()]


def plain_grids(text: str) -> tuple[list[Grid], list[str]]:
    """The tables in a plain-text output, and the lines that are not part of any table.

    A block is a run of lines with two or more pieces two spaces apart, plus one-word lines next to
    them (the index name pandas writes above or under the header); a footer ``Name: …, dtype: …``
    closes a Series.
    """
    lines = [raw.rstrip() for raw in text.splitlines()]
    grids: list[Grid] = []
    others: list[str] = []
    block: list[str] = []

    def flush(footer: re.Match[str] | None = None) -> None:
        if block:
            grid = _grid_from_lines(block, footer)
            if grid is None:
                others.extend(block)
            else:
                grids.append(grid)
        block.clear()

    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        footer = _FOOTER.match(stripped)
        if footer:
            flush(footer)
            continue
        if _DIMENSIONS.match(stripped):
            continue
        if len(_cells(line)) >= 2:
            block.append(line)
            continue
        near = any(len(_cells(nxt)) >= 2 for nxt in lines[i + 1 : i + 3])
        under_header = len(block) == 1 and block[0][:1].isspace()
        if under_header or ((" " not in stripped or line[:1].isspace()) and (block or near)):
            block.append(line)
            continue
        flush()
        others.append(line)
    flush()
    return grids, others


def _pairs(lines: list[str]) -> list[tuple[str, list[str]]]:
    rows = []
    for line in lines:
        pieces = _cells(line)
        if len(pieces) >= 2:
            rows.append((" ".join(t for _, _, t in pieces[:-1]), [pieces[-1][2]]))
    return rows


def _grid_from_lines(lines: list[str], footer: re.Match[str] | None) -> Grid | None:
    if not any(len(_cells(line)) >= 2 for line in lines):
        return None
    if footer is not None:
        name, dtype = footer.group(1) or "", footer.group(2)
        return Grid(columns=[name], rows=_pairs(lines), header=False, series=(name, dtype))
    if len(_cells(lines[0])) < 2 and not lines[0][:1].isspace():
        lines = lines[1:]  # an index name above a Series written without its footer
    if not lines:
        return None
    header_line = lines[0]
    index_name_next = len(lines) > 1 and len(_cells(lines[1])) == 1 and not lines[1][:1].isspace()
    if not (header_line[:1].isspace() or index_name_next):
        return Grid(columns=[""], rows=_pairs(lines), header=False)
    header = _cells(header_line)
    body = lines[2:] if index_name_next else lines[1:]
    # A header line that starts with a name names the columns: a crosstab or an unstack.
    crosstab = index_name_next and not header_line[:1].isspace()
    if crosstab:
        header = header[1:]
    if not header:
        return None
    ends = [e for _, e, _ in header]
    rows = []
    for line in body:
        first = _cells(line[: ends[0]])
        label = line[: first[-1][0]].strip() if first else ""
        values = [first[-1][2] if first else ""]
        values += [line[ends[j - 1] : ends[j]].strip() for j in range(1, len(ends))]
        rows.append((label, values))
    return Grid(columns=[t for _, _, t in header], rows=rows, header=True, crosstab=crosstab)


_DIGITS = re.compile(r"^[0-9]{1,15}$")


def as_count(text: str) -> int | None:
    """A whole number as a table of counts shows it ("7", "1204", "1,204", "12.0"), else None."""
    value = text.strip()
    if _DIGITS.match(value):
        return int(value)
    head, sep, tail = value.partition(".")
    if sep and _DIGITS.match(head) and tail and set(tail) == {"0"}:
        return int(head)  # a count stored as float: "12.0"
    for mark in (",", "."):
        groups = value.split(mark)
        if (
            len(groups) > 1
            and _DIGITS.match(groups[0])
            and len(groups[0]) <= 3
            and all(len(g) == 3 and _DIGITS.match(g) for g in groups[1:])
        ):
            return int("".join(groups))
    return None
