"""Old home of causal wording, hypotheses and the E-value; kept so that existing imports work.

The three concerns now live in their own modules:

* :mod:`civicanalysis.wording` -- :func:`find_causal_claims` and :class:`CausalClaim`;
* :mod:`civicanalysis.hypothesis` -- :class:`Hypothesis`, :class:`Check`, :data:`STATUSES`;
* :mod:`civicanalysis.evalue` -- :func:`e_value` and :class:`EValueResult`.
"""

from __future__ import annotations

from .evalue import EValueResult, e_value
from .hypothesis import STATUSES, Check, Hypothesis
from .wording import CausalClaim, find_causal_claims, split_sentences

__all__ = [
    "STATUSES",
    "CausalClaim",
    "Check",
    "EValueResult",
    "Hypothesis",
    "e_value",
    "find_causal_claims",
    "split_sentences",
]
