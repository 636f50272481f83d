"""Draw the sample of suggestions that was judged by hand: ``wording_suggestions_checked.csv``.

A suggestion here is what the user reads: the rewording when there is one, otherwise the advice
(the phrase quoted with two neutral alternatives).

64 suggestions, drawn at random (fixed seed) from the claims the scanner finds in the ``tune``
part of ``wording_eval.csv``, rendered in the sentence's language (a Dutch analyst sees Dutch
advice), 30 more drawn from the claims in ``wording_fresh4.csv`` and ``wording_dev4.csv`` (where
the multi-word constructions are), plus every rewording the scanner makes on the old
98-sentence set (rewordings are rare in the main set, and they are the riskier kind).
Each row was then judged by hand: ``grammatical`` (1 when the suggestion, and the sentence a
reader would write by following it, is grammatical) and ``faithful`` (1 when it keeps what the
sentence says apart from the causal claim, and offers a non-causal wording that fits), with a
``note``. Re-running keeps the judgements of rows whose suggestion has not changed and leaves the
others blank; ``tests/test_wording.py`` checks that the stored suggestions are current and that
at least 90% are both grammatical and faithful.
"""

from __future__ import annotations

import random
from pathlib import Path

import pandas as pd

import civicanalysis as ca

HERE = Path(__file__).resolve().parent
SEED = 11
SIZE = 64
EXTRA = 30


def sample() -> pd.DataFrame:
    data = pd.read_csv(HERE / "wording_eval.csv")
    rows = []
    for r in data[data["split"] == "tune"].itertuples():
        with ca.option_context(language=r.lang):
            claims = ca.find_causal_claims(r.text)
        for c in claims:
            rows.append(
                {
                    "id": r.id,
                    "lang": r.lang,
                    "text": r.text,
                    "phrase": c.phrase,
                    "kind": c.kind,
                    "suggestion": c.rewording or str(c.advice),
                }
            )
    picked = sorted(random.Random(SEED).sample(range(len(rows)), min(SIZE, len(rows))))
    rows = [rows[i] for i in picked]
    # The multi-word constructions added later (particles after the object, separable verbs,
    # idioms) are rare in the tune part: a second draw from the sets they were tuned on.
    extra = []
    for name in ("wording_fresh4.csv", "wording_dev4.csv"):
        for r in pd.read_csv(HERE / name).itertuples():
            with ca.option_context(language=r.lang):
                claims = ca.find_causal_claims(r.text)
            for c in claims:
                extra.append(
                    {
                        "id": r.id,
                        "lang": r.lang,
                        "text": r.text,
                        "phrase": c.phrase,
                        "kind": c.kind,
                        "suggestion": c.rewording or str(c.advice),
                    }
                )
    picked = sorted(random.Random(SEED).sample(range(len(extra)), min(EXTRA, len(extra))))
    rows += [extra[i] for i in picked]
    old = pd.read_csv(HERE / "claims_sentences.csv")
    for i, r in enumerate(old.itertuples()):
        with ca.option_context(language=r.language):
            claims = ca.find_causal_claims(r.sentence)
        for c in claims:
            if c.rewording is not None:
                rows.append(
                    {
                        "id": f"old{i:03d}",
                        "lang": r.language,
                        "text": r.sentence,
                        "phrase": c.phrase,
                        "kind": c.kind,
                        "suggestion": c.rewording,
                    }
                )
    return pd.DataFrame(rows)


def main() -> None:
    out = sample()
    path = HERE / "wording_suggestions_checked.csv"
    for col in ("grammatical", "faithful", "note"):
        out[col] = pd.NA
    if path.exists():
        old = pd.read_csv(path, dtype={"note": str})
        old = old.set_index(["id", "phrase", "suggestion"])
        for i, r in out.iterrows():
            key = (r["id"], r["phrase"], r["suggestion"])
            if key in old.index:
                for col in ("grammatical", "faithful", "note"):
                    out.at[i, col] = old.loc[key, col]
    out.to_csv(path, index=False)


if __name__ == "__main__":
    main()
