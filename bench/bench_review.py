"""Benchmark of the notebook reviewer (issues 4 and 11): size, linear growth and start-up.

Three measurements, each against a reference in the same run:

1. **A large notebook.** 200 cells, alternating markdown prose and code cells whose outputs are a
   200-row DataFrame (HTML and plain text), a printed crosstab and a 60 kB PNG (about 20 MB).
   Reference: just reading the file (``json.loads`` and ``nbformat.read`` with validation).
2. **Linear growth.** The inputs that were slow before (a test inside a long loop, markdown without
   sentence breaks, long plain-text tables, unclosed HTML tags) at sizes ×1, ×2, ×4, ×8; the
   ratio time(×8)/time(×1) is about 8 for linear growth (64 for quadratic). The rules of the
   reviewer are timed without ``causal-claim``, whose scanner (``civicanalysis.wording``) has its own
   benchmark, and once with it.
3. **Start-up of the command line.** ``civicanalysis review small.ipynb`` in a fresh process,
   against ``python -c "import pandas"`` (the target: about the same), median of repeated runs
   like hyperfine, plus the slowest imports from ``python -X importtime``.

Run with ``make bench ONLY=review``; writes ``bench/results/review.json``.
"""

from __future__ import annotations

import base64
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

import civicanalysis as ca
from civicanalysis.review import RULES

HERE = Path(__file__).resolve().parent
N_CELLS = 200
REPEATS = 5
OWN_RULES = [r for r in RULES if r != "causal-claim"]


def build_large(path: Path) -> None:
    rng = np.random.default_rng(4)
    frame = pd.DataFrame(
        {
            "neighbourhood": rng.choice(["Centrum", "Molenwijk", "De Akkers", "Parkzoom"], 200),
            "n": rng.integers(15, 400, 200),
            "mean": rng.normal(3, 1, 200),
            "ci_low": rng.normal(2, 1, 200),
            "ci_high": rng.normal(4, 1, 200),
            "share": rng.random(200),
        }
    )
    cross = pd.crosstab(rng.integers(0, 12, 4000), rng.integers(0, 2, 4000))
    png = base64.b64encode(rng.bytes(45_000)).decode("ascii")
    cells = []
    for i in range(N_CELLS):
        if i % 2 == 0:
            claim = " Fish shops lead to vandalism." if i % 20 == 0 else ""
            cells.append(
                new_markdown_cell(
                    f"## Step {i}\n\nLocations on a square have more incidents on average "
                    f"(difference 2.9, 95% interval 2.4 to 3.3; n = 4,000).{claim} "
                    "The interval is wide enough that we keep the conclusion open. " * 3
                )
            )
        else:
            cell = new_code_cell(
                "table = data.groupby('neighbourhood').agg(n=('x', 'size'))\ntable"
            )
            cell.outputs = [
                new_output(
                    "execute_result",
                    data={"text/html": frame.to_html(), "text/plain": frame.to_string()},
                    execution_count=i,
                ),
                new_output("stream", text=cross.to_string()),
                new_output("display_data", data={"image/png": png, "text/plain": "<Figure>"}),
            ]
            cells.append(cell)
    nbformat.write(new_notebook(cells=cells), path)


def median_time(func, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def large_notebook(folder: Path) -> dict:
    path = folder / "big.ipynb"
    build_large(path)
    size_mb = os.path.getsize(path) / 1e6
    result = ca.review(path)  # warm-up, and a check that the rules ran
    t_review = median_time(lambda: ca.review(path))
    t_json = median_time(lambda: json.loads(path.read_text(encoding="utf-8")))
    t_nbformat = median_time(lambda: nbformat.read(path, as_version=4))
    print(f"1. A {N_CELLS}-cell notebook of {size_mb:.1f} MB ({len(result.findings)} findings)")
    print(f"   ca.review      {t_review:.3f} s (median of {REPEATS})")
    print(f"   nbformat.read  {t_nbformat:.3f} s -> review/nbformat = {t_review / t_nbformat:.2f}")
    print(f"   json.loads     {t_json:.3f} s -> review/json = {t_review / t_json:.2f}")
    return {
        "cells": N_CELLS,
        "file_mb": round(size_mb, 1),
        "findings": len(result.findings),
        "review_s": round(t_review, 4),
        "json_loads_s": round(t_json, 4),
        "nbformat_read_s": round(t_nbformat, 4),
        "ratio_review_to_nbformat_read": round(t_review / t_nbformat, 2),
        "ratio_review_to_json_loads": round(t_review / t_json, 2),
    }


def _loop(k: int) -> list:
    body = "\n".join(f"    x{i} = part[{i}] * {i}" for i in range(k))
    code = f"for name, part in data.groupby('wijk'):\n{body}\n    stats.ttest_ind(part.a, part.b)"
    return [new_code_cell(code)]


def _prose(k: int) -> list:
    return [new_markdown_cell("the difference of 0.4 between the groups " * (k // 40))]


def _plain_table(k: int) -> list:
    line = "Department of Housing Preservation and Development" + " " * 20 + "3\n"
    cell = new_code_cell("print(requests['agency'].value_counts().to_string())")
    cell.outputs = [new_output("stream", text=line * (k // len(line)))]
    return [cell]


def _bad_html(k: int) -> list:
    cell = new_code_cell("HTML(x)")
    cell.outputs = [new_output("display_data", data={"text/html": "<table><tr <td " * (k // 15)})]
    return [cell]


GROWTH = {
    "loop_lines": (_loop, 250, OWN_RULES),
    "markdown_chars_no_breaks": (_prose, 50_000, OWN_RULES),
    "markdown_chars_no_breaks_with_causal_scanner": (_prose, 25_000, None),
    "plain_table_chars": (_plain_table, 200_000, OWN_RULES),
    "unclosed_html_chars": (_bad_html, 200_000, OWN_RULES),
}


def linear_growth(folder: Path) -> dict:
    print("2. Growth (time at x1, x2, x4, x8 of the base size; linear: x8/x1 about 8)")
    out = {}
    for name, (make, base, rules) in GROWTH.items():
        times = []
        for factor in (1, 2, 4, 8):
            path = folder / f"{name}_{factor}.ipynb"
            nbformat.write(new_notebook(cells=make(base * factor)), path)
            times.append(median_time(lambda p=path, r=rules: ca.review(p, rules=r), repeats=3))
        ratio = times[-1] / max(times[0], 1e-9)
        print(
            f"   {name:46} base {base:>7,}: "
            + "  ".join(f"{t:.3f}" for t in times)
            + f" s   x8/x1 = {ratio:.1f}"
        )
        out[name] = {
            "base_size": base,
            "seconds": [round(t, 4) for t in times],
            "ratio_x8_to_x1": round(ratio, 1),
        }
    return out


def _run(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=False, capture_output=True)
    return time.perf_counter() - start


def startup(folder: Path, repeats: int = 7) -> dict:
    path = folder / "small.ipynb"
    nbformat.write(
        new_notebook(cells=[new_markdown_cell("Fish-shop locations have more vandalism.")]), path
    )
    cli = [sys.executable, "-m", "civicanalysis", "review", str(path)]
    pandas = [sys.executable, "-c", "import pandas"]
    _run(cli), _run(pandas)  # warm the file cache
    t_cli, t_pandas = [], []
    for _ in range(repeats):  # interleaved, so both see the same load on the machine
        t_cli.append(_run(cli))
        t_pandas.append(_run(pandas))
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", *cli[1:]], capture_output=True, text=True, check=False
    )
    slowest = []
    for line in proc.stderr.splitlines():
        parts = [p.strip() for p in line.removeprefix("import time:").split("|")]
        if len(parts) == 3 and parts[1].isdigit():
            slowest.append((int(parts[1]), parts[2]))
    top = [f"{name} {us / 1e6:.2f} s" for us, name in sorted(slowest, reverse=True)[:6]]
    m_cli, m_pandas = statistics.median(t_cli), statistics.median(t_pandas)
    print(f"3. Start-up, median of {repeats} runs")
    print(f"   civicanalysis review small.ipynb  {m_cli:.2f} s")
    print(f"   python -c 'import pandas'         {m_pandas:.2f} s -> ratio {m_cli / m_pandas:.2f}")
    print("   slowest imports (cumulative): " + "; ".join(top))
    return {
        "cli_review_small_s": round(m_cli, 3),
        "import_pandas_s": round(m_pandas, 3),
        "ratio_cli_to_import_pandas": round(m_cli / m_pandas, 2),
        "slowest_imports": top,
    }


def main() -> int:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        out = {
            "large_notebook": large_notebook(folder),
            "growth": linear_growth(folder),
            "startup": startup(folder),
            "python": sys.version.split()[0],
        }
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "review.json").write_text(
        json.dumps(out, indent=1) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
