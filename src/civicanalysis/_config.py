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
    # Imported here because _text imports this module.
    from ._exceptions import InvalidOptionError

    if name not in _DEFAULTS:
        raise InvalidOptionError(
            f"{name!r} is not a civicanalysis option; the options are {sorted(_DEFAULTS)}."
        )
    if name == "language":
        if value is None:
            return None
        lang = str(value).strip().lower()[:2]
        if lang not in LANGUAGES:
            raise InvalidOptionError(
                f"language={value!r} is not available; choose 'en' (English) or 'nl' (Nederlands)."
            )
        return lang
    if name == "min_cell_size":
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise InvalidOptionError(
                f"min_cell_size={value!r} must be a whole number of at least 1 "
                "(the brief's publication rule is 15)."
            )
        return value
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
