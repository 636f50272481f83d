"""Benchmark of the notebook reviewer (issue 4): reviewing a 200-cell notebook with large outputs.

The issue's target is "well under a second". No library reviews notebooks the way ``ca.review``
does, so the reference is the cost of just reading the same file the standard ways: ``json`` and
``nbformat.read`` with its schema validation (what Jupyter does when it opens a notebook). The
ratio ``review / nbformat.read`` says how much the rules add on top of reading.

The notebook is built here: 200 cells, alternating markdown prose (with a causal claim now and
then) and code cells whose outputs are a 200-row DataFrame (HTML and plain text), a printed
crosstab and a 60 kB PNG, about 20 MB in all. Run with ``make bench ONLY=review``; writes
``bench/results/review.json``.
"""

from __future__ import annotations

import base64
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

import civicanalysis as ca

HERE = Path(__file__).resolve().parent
N_CELLS = 200
REPEATS = 5


def build(path: Path) -> None:
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


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.ipynb"
        build(path)
        size_mb = os.path.getsize(path) / 1e6
        result = ca.review(path)  # warm-up, and a check that the rules ran
        t_review = median_time(lambda: ca.review(path))
        t_json = median_time(lambda: json.loads(path.read_text(encoding="utf-8")))
        t_nbformat = median_time(lambda: nbformat.read(path, as_version=4))
    out = {
        "cells": N_CELLS,
        "file_mb": round(size_mb, 1),
        "findings": len(result.findings),
        "review_s": round(t_review, 4),
        "json_loads_s": round(t_json, 4),
        "nbformat_read_s": round(t_nbformat, 4),
        "ratio_review_to_nbformat_read": round(t_review / t_nbformat, 2),
        "ratio_review_to_json_loads": round(t_review / t_json, 2),
        "target": "well under 1 s",
        "python": sys.version.split()[0],
    }
    print(f"Reviewing a {N_CELLS}-cell notebook of {size_mb:.1f} MB ({out['findings']} findings)")
    print(f"  ca.review        {t_review:.3f} s (median of {REPEATS})")
    print(
        f"  nbformat.read    {t_nbformat:.3f} s  -> review/nbformat = {out['ratio_review_to_nbformat_read']}"
    )
    print(
        f"  json.loads       {t_json:.3f} s  -> review/json = {out['ratio_review_to_json_loads']}"
    )
    print(f"  target: well under 1 s -> {'met' if t_review < 1 else 'NOT met'}")
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "review.json").write_text(
        json.dumps(out, indent=1) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
