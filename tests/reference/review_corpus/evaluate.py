"""Precision and recall of ``civicanalysis review`` per rule on the corpus in this folder.

Run from the repository root::

    .venv/bin/python tests/reference/review_corpus/evaluate.py            # both parts, writes figures
    .venv/bin/python tests/reference/review_corpus/evaluate.py --part tune  # while tuning: no file

A finding is right when its (rule, cell) pair is in the notebook's ``.expected.json``; several
findings of one rule in one cell count once. Writes ``tests/reference/review_figures.json`` (only
when both parts are evaluated) and prints a table per part, plus every wrong or missed finding of
the parts evaluated.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import civicanalysis as ca

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "review_figures.json"


def _expected_path(path: Path) -> Path:
    """``name.nb.json`` -> ``name.expected.json``."""
    return path.with_name(path.name.removesuffix(".nb.json") + ".expected.json")


def evaluate(part: str) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    notebooks, clean_failing, mistakes = 0, [], []
    for path in sorted((HERE / part).glob("*.nb.json")):
        notebooks += 1
        expected = {
            (e["rule"], e["cell"])
            for e in json.loads(_expected_path(path).read_text(encoding="utf-8"))
        }
        result = ca.review(path, lang="en")
        got = set(zip(result.findings["rule"], result.findings["cell"].astype(int), strict=False))
        for rule, _cell in got & expected:
            tp[rule] += 1
        for rule, cell in got - expected:
            fp[rule] += 1
            mistakes.append(f"  false alarm  {path.stem} cell {cell}: {rule}")
        for rule, cell in expected - got:
            fn[rule] += 1
            mistakes.append(f"  missed       {path.stem} cell {cell}: {rule}")
        if not expected and not result.passed:
            clean_failing.append(path.stem)
    rules = sorted(set(tp) | set(fp) | set(fn))

    def pr(t: int, f_p: int, f_n: int) -> dict:
        return {
            "tp": t,
            "fp": f_p,
            "fn": f_n,
            "precision": round(t / (t + f_p), 3) if t + f_p else None,
            "recall": round(t / (t + f_n), 3) if t + f_n else None,
        }

    per_rule = {r: pr(tp[r], fp[r], fn[r]) for r in rules}
    overall = pr(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return {
        "notebooks": notebooks,
        "overall": overall,
        "per_rule": per_rule,
        "clean_notebooks_failing": clean_failing,
        "mistakes": mistakes,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--part", choices=["tune", "test", "test_b"], default=None)
    args = parser.parse_args()
    parts = [args.part] if args.part else ["tune", "test", "test_b"]
    figures = {}
    for part in parts:
        res = evaluate(part)
        figures[part] = res
        print(f"\n{part}: {res['notebooks']} notebooks")
        print(f"  {'rule':32} {'tp':>3} {'fp':>3} {'fn':>3} {'precision':>9} {'recall':>6}")
        for rule, v in [*list(res["per_rule"].items()), ("OVERALL", res["overall"])]:
            p = "-" if v["precision"] is None else f"{v['precision']:.2f}"
            r = "-" if v["recall"] is None else f"{v['recall']:.2f}"
            print(f"  {rule:32} {v['tp']:>3} {v['fp']:>3} {v['fn']:>3} {p:>9} {r:>6}")
        print(f"  clean notebooks failing: {res['clean_notebooks_failing'] or 'none'}")
        print("\n".join(res["mistakes"]))
    if not args.part:
        OUT.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
