"""English and Dutch text: message catalogs, number formatting and the evidence vocabulary.

Every module keeps its own messages in a :class:`Catalog` (so a module's text sits next to its
code); each message must exist in both languages, which the catalog checks when it is created.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

from ._config import LANGUAGES, get_language

_CATALOGS: dict[str, Catalog] = {}


def resolve_language(lang: str | None) -> str:
    """Return ``"en"`` or ``"nl"`` for an explicit ``lang`` or the package setting."""
    if lang is None:
        return get_language()
    code = str(lang).strip().lower()[:2]
    if code not in LANGUAGES:
        from ._exceptions import InvalidOptionError

        raise InvalidOptionError(
            f"lang={lang!r} is not available; choose 'en' (English) or 'nl' (Nederlands), "
            "or leave it out to use ca.set_options(language=...)."
        )
    return code


class Catalog:
    """Messages of one module in every language, filled in with ``str.format`` fields.

    Parameters
    ----------
    name : str
        The module the messages belong to (used in tests that check every catalog).
    messages : mapping of str to mapping of language to str
        ``{"key": {"en": "...", "nl": "..."}}``.
    """

    def __init__(self, name: str, messages: Mapping[str, Mapping[str, str]]) -> None:
        for key, texts in messages.items():
            missing = [lang for lang in LANGUAGES if not texts.get(lang)]
            if missing:
                raise ValueError(f"message {name}:{key} has no text for {missing}")
        self.name = name
        self.messages = {key: dict(texts) for key, texts in messages.items()}
        _CATALOGS[name] = self

    def __call__(self, key: str, /, *, lang: str | None = None, **fields: object) -> str:
        texts = self.messages[key]
        return texts[resolve_language(lang)].format(**fields)

    def __contains__(self, key: str) -> bool:
        return key in self.messages


def all_catalogs() -> dict[str, Catalog]:
    """Every catalog created so far, by name (for tests)."""
    return dict(_CATALOGS)


def fmt(value: float | int | None, lang: str | None = None, digits: int = 3) -> str:
    """Format a number for a sentence: ``digits`` significant digits, Dutch decimal comma.

    Examples
    --------
    >>> fmt(3.14159, "en"), fmt(3.14159, "nl"), fmt(12345.6, "en"), fmt(0.000123, "en")
    ('3.14', '3,14', '12,346', '0.000123')
    """
    lang = resolve_language(lang)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, float) and math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        text = f"{int(value):,d}"
        if lang == "nl":
            text = text.replace(",", ".")
        return text.replace("-", "−")
    x = float(value)
    if x == 0:
        text = "0"
    elif abs(x) >= 10 ** (digits - 1):
        text = f"{x:,.0f}"
    else:
        decimals = max(0, digits - 1 - math.floor(math.log10(abs(x))))
        text = f"{x:,.{decimals}f}"
    if lang == "nl":
        text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text.replace("-", "−") if x < 0 else text


def fmt_level(conf_level: float, lang: str | None = None) -> str:
    """A confidence level as a percentage without trailing zeros: ``0.95 -> '95'``, ``0.995 -> '99.5'``."""
    text = f"{100 * conf_level:.10g}"
    return text.replace(".", ",") if resolve_language(lang) == "nl" else text


def fmt_pct(value: float, lang: str | None = None, digits: int = 3) -> str:
    """Format a fraction as a percentage: ``0.1234 -> '12.3%'`` (``'12,3%'`` in Dutch)."""
    return fmt(100 * value, lang, digits) + "%"
