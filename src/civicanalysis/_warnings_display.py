"""How the package's warnings look in a notebook: one short plain box, no file path, no code line.

Python shows a warning as ``/tmp/ipykernel_1234/567.py:1: ConfoundingWarning: ...`` followed by the
line of code that caused it: noise for a policy officer. :func:`install` replaces
``warnings.showwarning`` (the hook Python calls to *show* a warning that passed the filters) with one
that shows warnings of the package's own categories as a short box in the language setting, and hands
every other warning to the hook that was there before. It is installed lazily in a Jupyter kernel, never at import: by
:func:`civicanalysis.datasets.load` (where most notebooks start) and by
:func:`civicanalysis._results.warn` on a package warning.

The warnings stay real warnings: ``warnings.catch_warnings(record=True)``, ``pytest.warns`` and
``warnings.simplefilter("error")`` work as before, because they act before the display hook is called.
"""

from __future__ import annotations

import html
import sys
import warnings

from ._exceptions import (
    CausalLanguageWarning,
    CivicAnalysisWarning,
    ConfoundingWarning,
    DisclosureWarning,
    InvalidBsnWarning,
    MultipleComparisonsWarning,
    ThinDataWarning,
)
from ._text import Catalog, render

MSG = Catalog(
    "warnings_display",
    {
        "label": {"en": "Warning", "nl": "Let op"},
        ThinDataWarning.__name__: {"en": "thin data", "nl": "weinig gegevens"},
        ConfoundingWarning.__name__: {
            "en": "possible confounding",
            "nl": "mogelijk een verstorende variabele",
        },
        CausalLanguageWarning.__name__: {
            "en": "causal wording",
            "nl": "oorzakelijke formulering",
        },
        DisclosureWarning.__name__: {"en": "privacy", "nl": "privacy"},
        MultipleComparisonsWarning.__name__: {
            "en": "many comparisons",
            "nl": "veel vergelijkingen",
        },
        InvalidBsnWarning.__name__: {
            "en": "invalid citizen numbers",
            "nl": "ongeldige burgerservicenummers",
        },
    },
)

_state: dict[str, object] = {
    "previous": None,
    "previous_format": None,
    "shown": set(),
    "cell": None,
}


def _kernel():
    """The running Jupyter kernel's shell, or None (plain Python, a terminal, pytest)."""
    ipython = sys.modules.get("IPython")
    if ipython is None:
        return None
    shell = ipython.get_ipython()
    return shell if shell is not None and hasattr(shell, "kernel") else None


def plain_text(message: Warning | str, category: type[Warning], lang: str | None = None) -> str:
    """The one line a reader sees: ``"Warning (thin data): ..."`` in the language setting."""
    text = message.args[0] if isinstance(message, Warning) and message.args else message
    body = render(text, lang)
    name = next(
        (c.__name__ for c in category.__mro__ if c.__name__ in MSG and c is not Warning), None
    )
    label = MSG("label", lang=lang)
    return f"{label} ({MSG(name, lang=lang)}): {body}" if name else f"{label}: {body}"


def _html(line: str) -> str:
    return (
        "<div style='border-left:4px solid #c77700;background:#fff8e1;color:#333;"
        "padding:0.35em 0.8em;margin:0.3em 0'>&#9888; "
        f"{html.escape(line)}</div>"
    )


def _recording() -> bool:
    """True inside ``warnings.catch_warnings(record=True)`` (which appends to a list)."""
    return isinstance(getattr(getattr(warnings, "_showwarnmsg_impl", None), "__self__", None), list)


def _show(message, category, filename, lineno, file=None, line=None):
    if _recording():
        # A replaced showwarning is called even while warnings are being recorded; keep recording.
        record = warnings.WarningMessage(message, category, filename, lineno, file, line)
        return warnings._showwarnmsg_impl(record)
    previous = _state["previous"] or warnings._showwarning_orig
    if not (isinstance(category, type) and issubclass(category, CivicAnalysisWarning)):
        return previous(message, category, filename, lineno, file, line)
    shell = _kernel()
    if shell is None:
        return previous(message, category, filename, lineno, file, line)
    # Shown once per cell: a warning re-raised by a wrapper (or the same one from a loop) is one box.
    cell = getattr(shell, "execution_count", None)
    if cell != _state["cell"]:
        _state["cell"], _state["shown"] = cell, set()
    line_text = plain_text(message, category)
    if line_text in _state["shown"]:
        return None
    _state["shown"].add(line_text)
    from IPython.display import display

    display({"text/plain": line_text, "text/html": _html(line_text)}, raw=True)
    return None


def _format(message, category, filename, lineno, line=None):
    """The text Python writes when it shows a warning itself: for ours, the plain line only.

    Used when the box cannot be shown: ``catch_warnings`` restores ``showwarning`` when its block
    ends, but it leaves ``formatwarning`` alone, so a warning re-raised after such a block (as
    ``Hypothesis.test`` does) is still one plain line, without file path or code line.
    """
    if isinstance(category, type) and issubclass(category, CivicAnalysisWarning):
        return plain_text(message, category) + "\n"
    previous = _state["previous_format"] or warnings._formatwarning_orig
    return previous(message, category, filename, lineno, line)


def install() -> None:
    """Show package warnings as plain boxes from now on, if running in a Jupyter kernel."""
    shell = _kernel()
    if shell is None:
        return
    if warnings.formatwarning is not _format:
        _state["previous_format"] = warnings.formatwarning
        warnings.formatwarning = _format
    # Checked on every package warning: a ``catch_warnings`` block restores the hook it found.
    if warnings.showwarning is _show:
        return
    if _recording():
        # Inside a block that records warnings: install the box once the cell has run.
        events = getattr(shell, "events", None)
        if events is not None and not _state.get("pending"):
            _state["pending"] = True

            def _later(*_args) -> None:
                _state["pending"] = False
                events.unregister("post_run_cell", _later)
                install()

            events.register("post_run_cell", _later)
        return
    _state["previous"] = warnings.showwarning
    warnings.showwarning = _show
