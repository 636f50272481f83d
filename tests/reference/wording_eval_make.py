"""Build ``wording_eval.csv``, the evaluation set of the causal-wording scanner, from its sources.

The sentences are in ``wording_eval_en.txt`` and ``wording_eval_nl.txt``, written by the team in the
styles users meet (council letters, municipal reports, news, research abstracts, analysts'
notebooks), grouped under ``## category`` headings, one ``label|sentence`` per line. The labels follow
``wording_labelling_rules.md`` and were fixed before the scanner was tuned.

This script gives every sentence an id and puts about 40% of each language × category group in the
held-out ``test`` split, at random with a fixed seed. Run it once; the CSV is then frozen (the test
checks the CSV still matches its sources). Tuning looks only at ``split == "tune"``.
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261203
TEST_SHARE = 0.4


def rows() -> list[dict[str, str]]:
    """The labelled sentences with id and split, in source order."""
    out: list[dict[str, str]] = []
    for lang in ("en", "nl"):
        category = None
        groups: dict[str, list[dict[str, str]]] = {}
        for line in (HERE / f"wording_eval_{lang}.txt").read_text(encoding="utf-8").splitlines():
            if line.startswith("## "):
                category = line[3:].strip()
                continue
            if not line.strip():
                continue
            label, text = line.split("|", 1)
            row = {"lang": lang, "category": category, "text": text.strip(), "label": label}
            groups.setdefault(category, []).append(row)
        rng = random.Random(f"{SEED}-{lang}")
        for members in groups.values():
            n_test = round(TEST_SHARE * len(members))
            test = set(rng.sample(range(len(members)), n_test))
            for i, row in enumerate(members):
                row["split"] = "test" if i in test else "tune"
            out += members
    for i, row in enumerate(out, start=1):
        row["id"] = f"{row['lang']}{i:04d}"
    return out


def to_csv(records: list[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=["id", "lang", "category", "text", "label", "split"], lineterminator="\n"
    )
    writer.writeheader()
    writer.writerows(records)
    return buffer.getvalue()


if __name__ == "__main__":
    (HERE / "wording_eval.csv").write_text(to_csv(rows()), encoding="utf-8")
