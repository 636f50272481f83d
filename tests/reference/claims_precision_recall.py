"""Precision and recall of ``ca.find_causal_claims`` on the labelled sentence set.

``claims_sentences.csv`` holds English and Dutch sentences, each labelled 1 when it states a cause
(whatever the wording) and 0 when it does not (negations, hedges, questions, plain associations,
unrelated text). ``kind`` says what sort of sentence it is: ``implicit`` rows state a cause with a
verb the scanner has no pattern for ("increases"), so they measure what it misses; ``other-use``
rows use causal words about something other than an association ("closed because of the
holidays"), which a reader may or may not mind.

Run ``python tests/reference/claims_precision_recall.py`` to print the figures and write
``claims_precision_recall.json`` next to this script; ``tests/test_claims.py`` checks the stored
figures are current.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

import civicanalysis as ca

HERE = Path(__file__).resolve().parent


def evaluate() -> dict:
    """Precision, recall and counts overall and per language, plus the misclassified sentences."""
    sentences = pd.read_csv(HERE / "claims_sentences.csv")
    predicted = sentences["sentence"].map(lambda s: int(bool(ca.find_causal_claims(s))))
    out: dict = {}
    for name, mask in [
        ("all", sentences["language"].notna()),
        ("en", sentences["language"] == "en"),
        ("nl", sentences["language"] == "nl"),
    ]:
        truth, pred = sentences.loc[mask, "label"], predicted[mask]
        tp = int(((truth == 1) & (pred == 1)).sum())
        fp = int(((truth == 0) & (pred == 1)).sum())
        fn = int(((truth == 1) & (pred == 0)).sum())
        out[name] = {
            "n_sentences": int(mask.sum()),
            "n_causal": int((truth == 1).sum()),
            "true_positives": tp,
            "false_positives": fp,
            "false_negatives": fn,
            "precision": round(tp / (tp + fp), 4) if tp + fp else None,
            "recall": round(tp / (tp + fn), 4) if tp + fn else None,
        }
    wrong = sentences[predicted != sentences["label"]]
    out["misclassified"] = [
        {"sentence": r.sentence, "label": int(r.label), "kind": r.kind} for r in wrong.itertuples()
    ]
    return out


def main() -> None:
    result = evaluate()
    (HERE / "claims_precision_recall.json").write_text(
        json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    for name in ("all", "en", "nl"):
        r = result[name]
        print(
            f"{name:>3}: precision {r['precision']}, recall {r['recall']} "
            f"({r['n_sentences']} sentences, {r['n_causal']} causal)"
        )
    for row in result["misclassified"]:
        print(f"  wrong ({row['kind']}, label {row['label']}): {row['sentence']}")


if __name__ == "__main__":
    main()
