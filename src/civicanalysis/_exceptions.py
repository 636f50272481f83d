"""The package's own exceptions and warnings.

Every exception is a subclass of :class:`CivicAnalysisError` *and* of the built-in class a Python
user would expect (``ValueError``, ``TypeError`` or ``KeyError``-like ``LookupError``), so existing
``except ValueError`` code keeps working. Every warning is a subclass of
:class:`CivicAnalysisWarning` (itself a ``UserWarning``); results also keep the warning text in
their ``.caveats`` so it survives in a saved notebook.
"""

from __future__ import annotations


class _Renders:
    """Errors and warnings keep their message as a catalog ``Text``: ``str(exc)`` is the message
    in the language in force when it was raised, ``exc.render(lang)`` gives it in another."""

    args: tuple

    @property
    def message(self) -> str:
        """The message as it was raised (a ``Text`` when it came from a catalog)."""
        return self.args[0] if self.args else ""

    def render(self, lang: str | None = None) -> str:
        """The message in ``lang`` (``"en"`` or ``"nl"``; default the package setting)."""
        from ._text import render

        return render(self.message, lang)


class CivicAnalysisError(_Renders, Exception):
    """Base class of every error raised by civicanalysis for bad input."""


class InvalidOptionError(CivicAnalysisError, ValueError):
    """An argument or setting has a value it cannot take (e.g. ``conf_level=95``)."""


class NotADataFrameError(CivicAnalysisError, TypeError):
    """A DataFrame was expected and something else (often a Series) was given."""


class ColumnNotFoundError(CivicAnalysisError, LookupError):
    """A column name is not a column of the data (the message suggests the nearest one)."""

    def __str__(self) -> str:  # LookupError would quote the message like a KeyError.
        return str(self.args[0]) if self.args else ""


class ColumnTypeError(CivicAnalysisError, TypeError):
    """A column has the wrong type for its role (e.g. a text outcome where numbers are needed)."""


class MissingValuesError(CivicAnalysisError, ValueError):
    """A column has missing or infinite values; the package never drops them silently."""


class ConstantColumnError(CivicAnalysisError, ValueError):
    """A column has one value only, so nothing can be compared or adjusted for."""


class TooFewRowsError(CivicAnalysisError, ValueError):
    """There are too few rows (in the data, a group or a stratum) for the requested analysis."""


class CollinearityError(CivicAnalysisError, ValueError):
    """Two variables carry the same information (identical or perfectly collinear)."""


class PerfectSeparationError(CivicAnalysisError, ValueError):
    """A variable predicts a binary outcome perfectly, so the model has no finite estimate."""


class NotFittedError(CivicAnalysisError, ValueError):
    """A model must be fitted before it can be evaluated."""


class CivicAnalysisWarning(_Renders, UserWarning):
    """Base class of every warning civicanalysis raises."""


class ThinDataWarning(CivicAnalysisWarning):
    """The numbers are too thin (small groups, few events, wide intervals) to carry a conclusion."""


class ConfoundingWarning(CivicAnalysisWarning):
    """An association changes materially when another variable is held fixed."""


class ProportionalHazardsWarning(CivicAnalysisWarning):
    """The proportional-hazards check of a Cox model fails: one hazard ratio hides a change over time."""


class CausalLanguageWarning(CivicAnalysisWarning):
    """A summary of an association is worded in a way that invites a causal reading."""


class DisclosureWarning(CivicAnalysisWarning):
    """A table or result describes fewer individuals than the minimum publication cell size."""


class MultipleComparisonsWarning(CivicAnalysisWarning):
    """Many comparisons were made; some will look like differences by chance alone."""


class NotebookError(CivicAnalysisError, ValueError):
    """A file given to the reviewer is not a notebook it can read (not one, an old format, empty)."""


class InvalidBsnError(CivicAnalysisError, ValueError):
    """Values that should be citizen numbers (BSN) are not valid ones (the message counts them)."""


class InvalidBsnWarning(CivicAnalysisWarning):
    """Some values are not valid citizen numbers and were left without a pseudonym."""


class DeprecatedArgumentWarning(CivicAnalysisWarning, FutureWarning):
    """A keyword argument was given by its old name (e.g. ``min_count`` for ``min_cell_size``)."""
