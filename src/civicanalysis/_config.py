"""Package-wide settings: the language of explanations and the minimum publication cell size.

One setting chooses the language of every explanation, warning and error message the package prints
(``"en"`` or ``"nl"``). Nothing is configured at import: the environment variable
``CIVICANALYSIS_LANGUAGE`` is read when a message is made, and :func:`set_options` overrides it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any

LANGUAGES = ("en", "nl")

_DEFAULTS: dict[str, Any] = {"language": None, "min_cell_size": 15}
_options: dict[str, Any] = dict(_DEFAULTS)


def _validate(name: str, value: Any) -> Any:
    # Imported here because _text imports this module (the option messages live in _text).
    from ._exceptions import InvalidOptionError
    from ._text import CONFIG_MSG as MSG

    if name not in _DEFAULTS:
        import difflib

        close = difflib.get_close_matches(str(name), list(_DEFAULTS), n=1, cutoff=0.6)
        hint = MSG("did_you_mean", name=close[0]) if close else ""
        raise InvalidOptionError(
            MSG("unknown_option", name=name, options=sorted(_DEFAULTS), hint=hint)
        )
    if name == "language":
        if value is None:
            return None
        lang = str(value).strip().lower()[:2]
        if lang not in LANGUAGES:
            raise InvalidOptionError(MSG("bad_language", arg="language", value=value))
        return lang
    if name == "min_cell_size":
        import numpy as np

        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
            raise InvalidOptionError(MSG("bad_min_cell_size", value=value))
        return int(value)
    return value  # pragma: no cover


def get_option(name: str) -> Any:
    """Return the current value of one option (``"language"`` or ``"min_cell_size"``).

    Examples
    --------
    >>> import civicanalysis as ca
    >>> ca.get_option("min_cell_size")
    15
    """
    if name == "language":
        return get_language()
    if name not in _DEFAULTS:
        _validate(name, None)
    return _options[name]


def get_language() -> str:
    """The language in force: the option if set, else ``CIVICANALYSIS_LANGUAGE``, else English."""
    if _options["language"] is not None:
        return _options["language"]
    env = os.environ.get("CIVICANALYSIS_LANGUAGE", "").strip().lower()[:2]
    return env if env in LANGUAGES else "en"


def set_options(**options: Any) -> None:
    """Set package options.

    Parameters
    ----------
    language : {"en", "nl"}, optional
        Language of explanations, warnings and errors. ``None`` goes back to the default
        (the ``CIVICANALYSIS_LANGUAGE`` environment variable, else English).
    min_cell_size : int, optional
        Smallest number of individuals a published cell may describe (default 15).

    Raises
    ------
    InvalidOptionError
        For an unknown option or a value it cannot take.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> ca.set_options(language="nl")
    >>> ca.get_option("language")
    'nl'
    >>> ca.set_options(language=None)
    """
    checked = {name: _validate(name, value) for name, value in options.items()}
    _options.update(checked)


@contextlib.contextmanager
def option_context(**options: Any) -> Iterator[None]:
    """Set options temporarily, inside a ``with`` block.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> with ca.option_context(language="nl"):
    ...     ca.get_option("language")
    'nl'
    """
    checked = {name: _validate(name, value) for name, value in options.items()}
    saved = {name: _options[name] for name in checked}
    _options.update(checked)
    try:
        yield
    finally:
        _options.update(saved)
