"""Benchmark of the causal-wording scanner (issue 11): time against text size, to show linear growth.

``ca.find_causal_claims`` is timed on texts of 100k, 200k, 400k and 800k characters of four
kinds: ordinary prose (the evaluation sentences, repeated), text without a single sentence break,
"leads to " repeated, and a markdown table. The reference is reading the same text as a saved
notebook twice (``json.loads`` of a notebook holding it, done twice), the issue's yardstick, and a
plain word count (``len(text.split())``) as the cheapest pass over the text. Linear growth shows
as a constant time per 100k characters. (The old regex scanner took 3.2 s for 100k characters
without sentence breaks and 78 s for 400k.) Run with ``make bench ONLY=wording``; writes
``bench/results/wording.json``.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

import pandas as pd

import civicanalysis as ca

HERE = Path(__file__).resolve().parent
SIZES = (100_000, 200_000, 400_000, 800_000)
REPEATS = 3


def texts(size: int) -> dict[str, str]:
    sentences = pd.read_csv(HERE.parent / "tests" / "reference" / "wording_eval.csv")["text"]
    prose = " ".join(sentences)
    row = "| wijk 12 | 413 | door de viswinkels leidt dit tot meer meldingen |\n"
    kinds = {
        "prose": prose,
        "no-sentence-breaks": "fish shops and squares lead to vandalism and ",
        "leads-to-repeated": "leads to ",
        "markdown-table": "| wijk | meldingen | toelichting |\n|---|---|---|\n" + row,
    }
    return {k: (v * (size // len(v) + 1))[:size] for k, v in kinds.items()}


def best(fn, *args) -> float:
    times = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - t0)
    return min(times)


def read_twice(text: str) -> None:
    notebook = json.dumps({"cells": [{"cell_type": "markdown", "source": text}]})
    json.loads(notebook)
    json.loads(notebook)


def main() -> int:
    rows = []
    for size in SIZES:
        for kind, text in texts(size).items():
            scan = best(ca.find_causal_claims, text)
            rows.append(
                {
                    "kind": kind,
                    "characters": size,
                    "scan_s": scan,
                    "scan_s_per_100k": scan / (size / 100_000),
                    "read_notebook_twice_s": best(read_twice, text),
                    "word_count_s": best(lambda t: len(t.split()), text),
                    "claims": len(ca.find_causal_claims(text)),
                }
            )
    table = pd.DataFrame(rows)
    print(table.to_string(index=False, float_format=lambda x: f"{x:.4f}"))
    growth = {}
    for kind, part in table.groupby("kind"):
        per = part.set_index("characters")["scan_s_per_100k"]
        growth[kind] = per[SIZES[-1]] / per[SIZES[0]]
    print("\nTime per 100k characters at 800k divided by that at 100k (1 = linear):")
    for kind, ratio in growth.items():
        print(f"  {kind:>20}: {ratio:.2f}")
    out = {
        "rows": rows,
        "per_100k_ratio_800k_vs_100k": growth,
        "median_scan_s_per_100k": statistics.median(table["scan_s_per_100k"]),
        "python": sys.version.split()[0],
    }
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "wording.json").write_text(
        json.dumps(out, indent=1) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
