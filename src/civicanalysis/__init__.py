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
    DisclosureWarning,
    InvalidOptionError,
    MissingValuesError,
    MultipleComparisonsWarning,
    NotADataFrameError,
    NotebookError,
    NotFittedError,
    PerfectSeparationError,
    ThinDataWarning,
    TooFewRowsError,
)
from ._results import Estimate
from .claims import CausalClaim, EValueResult, Hypothesis, e_value, find_causal_claims
from .confounding import ConfounderReport, check_confounders
from .prediction import ClassifierEvaluation, EthicsChecklist, evaluate_classifier
from .review import ReviewResult, review
from .survival import SurvivalResult, compare_survival
from .uncertainty import CompareResult, CorrelateResult, compare, correlate

__version__ = "0.1.0"

__all__ = [
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
    "DisclosureWarning",
    "EValueResult",
    "Estimate",
    "EthicsChecklist",
    "Hypothesis",
    "InvalidOptionError",
    "MissingValuesError",
    "MultipleComparisonsWarning",
    "NotADataFrameError",
    "NotFittedError",
    "NotebookError",
    "PerfectSeparationError",
    "ReviewResult",
    "SurvivalResult",
    "ThinDataWarning",
    "TooFewRowsError",
    "__version__",
    "check_confounders",
    "compare",
    "compare_survival",
    "correlate",
    "datasets",
    "e_value",
    "evaluate_classifier",
    "find_causal_claims",
    "get_option",
    "option_context",
    "review",
    "set_options",
]
