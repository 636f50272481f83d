"""Causal wording in English and Dutch: find sentences that state a cause, and suggest neutral wording.

(Being moved here from :mod:`civicanalysis.claims`; the reviewer imports only this module.)
"""

from __future__ import annotations

from .claims import CausalClaim, find_causal_claims


def split_sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of ``text`` as ``(offset, sentence)`` pairs: the package's one sentence splitter."""
    from .claims import _sentences

    return _sentences(text)


__all__ = ["CausalClaim", "find_causal_claims", "split_sentences"]
