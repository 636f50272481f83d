"""Honest evaluation of a prediction model, and the ethics checklist that must come first.

:func:`evaluate_classifier` judges a scikit-learn classifier the way a prediction project about
people should be judged: on data it has not seen (later years, or other groups; never a random split
by default), against the base rate and a simple rule, with bootstrap intervals for every metric, per
subgroup with counts, and with the gaps between groups. It refuses to run without a filled-in
:class:`EthicsChecklist` (in the spirit of DEDA, Utrecht University's Data Ethics Decision Aid),
so a notebook cannot get past the ethics question unanswered.
"""

from ._ethics import EthicsChecklist
from ._evaluate import evaluate_classifier
from ._result import ClassifierEvaluation

__all__ = ["ClassifierEvaluation", "EthicsChecklist", "evaluate_classifier"]
