"""civicanalysis.claims is the old home of three concerns; old imports must keep working.

The scanner is tested in test_wording.py, the E-value in test_evalue.py, hypotheses in
test_hypothesis.py.
"""

from __future__ import annotations

import civicanalysis as ca
from civicanalysis import claims, evalue, hypothesis, wording


def test_old_imports_are_the_new_objects():
    assert claims.find_causal_claims is wording.find_causal_claims is ca.find_causal_claims
    assert claims.CausalClaim is wording.CausalClaim
    assert claims.Hypothesis is hypothesis.Hypothesis is ca.Hypothesis
    assert claims.e_value is evalue.e_value is ca.e_value
    assert claims.STATUSES == hypothesis.STATUSES
