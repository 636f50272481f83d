"""Linking registers safely: the citizen-number check, keyed pseudonyms, linking with a loss
report, small-cell suppression with an audit, and a k-anonymity check.

The brief's pilot (seed 001, §2.5): school absence of young people linked to their parents'
benefit records through citizen numbers (BSN) that are pseudonymised *at the source*, the same way
at every source, with results published only at an aggregation of at least fifteen individuals.

* :func:`is_valid_bsn` and :func:`check_bsn` check citizen numbers (9 ASCII digits, the 11-test).
* :func:`read_pseudonym_key` and :func:`pseudonymise` make keyed pseudonyms (HMAC-SHA-256).
* :func:`link` joins two pseudonymised registers and reports what did not match, in counts.
* :func:`suppress_small_cells` hides small cells (primary) and enough others (secondary) that no
  hidden cell can be worked out from the published table and its true totals;
  :func:`audit_suppression` is the attacker's linear program that checks this.
* :func:`check_k_anonymity` finds the smallest group of records sharing the same quasi-identifiers.
"""

from ._bsn import (
    KEY_ENV,
    MIN_KEY_BYTES,
    BsnCheckResult,
    PseudonymKey,
    check_bsn,
    is_valid_bsn,
    pseudonymise,
    read_pseudonym_key,
)
from ._kanonymity import KAnonymityResult, check_k_anonymity
from ._link import LinkResult, link
from ._messages import MSG
from ._tables import AuditResult, SuppressionResult, audit_suppression, suppress_small_cells

__all__ = [
    "KEY_ENV",
    "MIN_KEY_BYTES",
    "MSG",
    "AuditResult",
    "BsnCheckResult",
    "KAnonymityResult",
    "LinkResult",
    "PseudonymKey",
    "SuppressionResult",
    "audit_suppression",
    "check_bsn",
    "check_k_anonymity",
    "is_valid_bsn",
    "link",
    "pseudonymise",
    "read_pseudonym_key",
    "suppress_small_cells",
]
