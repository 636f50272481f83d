"""civicanalysis: from data to information to knowledge, honestly.

Tools that keep a municipal analysis honest (confounder checks, uncertainty, causal-language
warnings, safe linking of registers, honest evaluation of predictions, a reviewer for notebooks),
with plain-language explanations in English and Dutch.

Use it as ``import civicanalysis as ca``. Heavy libraries (statsmodels, scikit-learn, matplotlib)
are imported only inside the functions that need them, so importing the package is quick.
"""

from . import datasets
from ._config import get_option, option_context, set_options
from ._exceptions import (
    CausalLanguageWarning,
    CivicAnalysisError,
    CivicAnalysisWarning,
    CollinearityError,
    ColumnNotFoundError,
    ColumnTypeError,
    ConfoundingWarning,
    ConstantColumnError,
    DeprecatedArgumentWarning,
    DisclosureWarning,
    InvalidBsnError,
    InvalidBsnWarning,
    InvalidOptionError,
    MissingValuesError,
    MultipleComparisonsWarning,
    NotADataFrameError,
    NotebookError,
    NotFittedError,
    PerfectSeparationError,
    ProportionalHazardsWarning,
    ThinDataWarning,
    TooFewRowsError,
)
from ._results import Estimate
from .confounding import ConfounderReport, check_confounders
from .designs import (
    DiDResult,
    ITSResult,
    PilotResult,
    RegressionToMeanResult,
    check_regression_to_the_mean,
    difference_in_differences,
    interrupted_time_series,
    plan_pilot,
)
from .evalue import EValueResult, e_value
from .hypothesis import Hypothesis
from .memo import memo
from .prediction import ClassifierEvaluation, EthicsChecklist, evaluate_classifier
from .privacy import (
    AuditResult,
    BsnCheckResult,
    KAnonymityResult,
    LinkResult,
    PseudonymKey,
    SuppressionResult,
    audit_suppression,
    check_bsn,
    check_k_anonymity,
    is_valid_bsn,
    link,
    pseudonymise,
    read_pseudonym_key,
    suppress_small_cells,
)
from .review import ReviewResult, review
from .survival import SurvivalResult, compare_survival
from .uncertainty import CompareResult, CorrelateResult, compare, correlate
from .wording import CausalClaim, find_causal_claims

__version__ = "0.1.0"

__all__ = [
    "AuditResult",
    "BsnCheckResult",
    "CausalClaim",
    "CausalLanguageWarning",
    "CivicAnalysisError",
    "CivicAnalysisWarning",
    "ClassifierEvaluation",
    "CollinearityError",
    "ColumnNotFoundError",
    "ColumnTypeError",
    "CompareResult",
    "ConfounderReport",
    "ConfoundingWarning",
    "ConstantColumnError",
    "CorrelateResult",
    "DeprecatedArgumentWarning",
    "DiDResult",
    "DisclosureWarning",
    "EValueResult",
    "Estimate",
    "EthicsChecklist",
    "Hypothesis",
    "ITSResult",
    "InvalidBsnError",
    "InvalidBsnWarning",
    "InvalidOptionError",
    "KAnonymityResult",
    "LinkResult",
    "MissingValuesError",
    "MultipleComparisonsWarning",
    "NotADataFrameError",
    "NotFittedError",
    "NotebookError",
    "PerfectSeparationError",
    "PilotResult",
    "ProportionalHazardsWarning",
    "PseudonymKey",
    "RegressionToMeanResult",
    "ReviewResult",
    "SuppressionResult",
    "SurvivalResult",
    "ThinDataWarning",
    "TooFewRowsError",
    "__version__",
    "audit_suppression",
    "check_bsn",
    "check_confounders",
    "check_k_anonymity",
    "check_regression_to_the_mean",
    "compare",
    "compare_survival",
    "correlate",
    "datasets",
    "difference_in_differences",
    "e_value",
    "evaluate_classifier",
    "find_causal_claims",
    "get_option",
    "interrupted_time_series",
    "is_valid_bsn",
    "link",
    "memo",
    "option_context",
    "plan_pilot",
    "pseudonymise",
    "read_pseudonym_key",
    "review",
    "set_options",
    "suppress_small_cells",
]
