"""English and Dutch text: message catalogs, number formatting and the evidence vocabulary.

Every module keeps its own messages in a :class:`Catalog` (so a module's text sits next to its
code); each message must exist in both languages, which the catalog checks when it is created.

Messages render when shown. ``MSG(key, **fields)`` returns a :class:`Text`: a ``str`` in the
language asked for (default: the package setting) that also keeps its key and fields, so
``text.render("nl")`` gives the same message in Dutch later (a result made in English and shown
under ``language="nl"`` is shown in Dutch). Numbers passed as fields are formatted when the text is
rendered, with the language's decimal comma and thousands separator; a field that is itself a
:class:`Text` is rendered in the same language. A message may have plural forms: give a pair
``("{n} case", "{n} cases")`` instead of one string, and the field ``n`` chooses.
"""

from __future__ import annotations

import math
import string
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

        raise InvalidOptionError(CONFIG_MSG("bad_language", arg="lang", value=lang))
    return code


_Number = (int, float, np.integer, np.floating)


def _localise(text: str, lang: str) -> str:
    """Swap ``,`` and ``.`` in a number formatted the English way, for Dutch."""
    if lang != "nl":
        return text
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


class _Formatter(string.Formatter):
    """``str.format`` that renders nested :class:`Text` and formats numbers per language.

    ``{x}`` with a number gives :func:`fmt` (three significant digits, the language's separators);
    ``{x:.1f}`` and other number specs are applied, then localised. ``{x!c}`` puts a sentence
    into another as a clause (first letter in lower case, no closing full stop).
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: object, format_spec: str) -> str:
        if isinstance(value, Text):
            return format(value.render(self.lang), format_spec)
        if isinstance(value, _Number) and not isinstance(value, bool):
            if not format_spec:
                # Whole numbers below 10,000 (years, counts, codes) read best without a separator.
                if isinstance(value, (int, np.integer)) and abs(int(value)) < 10_000:
                    return str(int(value)).replace("-", "−")
                return fmt(value, self.lang)
            return _localise(format(value, format_spec), self.lang)
        if isinstance(value, (list, tuple)) and any(isinstance(v, Text) for v in value):
            value = type(value)(render(v, self.lang) for v in value)
        if isinstance(value, str) and format_spec[-1:] in ("g", "f", "e", "d", "%"):
            return value  # a number already formatted by the caller: keep it as it is
        return format(value, format_spec)

    def convert_field(self, value: object, conversion: str | None) -> object:
        if isinstance(value, Text) and conversion in ("r", "s", "c"):
            value = value.render(self.lang)
        if conversion == "c":  # a sentence used as a clause: "Aanname: x." -> "aanname: x"
            text = str(value).rstrip(".")
            return text[:1].lower() + text[1:]
        return super().convert_field(value, conversion)


class Text(str):
    """A message rendered in one language that can be rendered again in the other.

    It is a ``str`` (the text in the language it was made in), so it can be printed, joined and
    compared like any string. :meth:`render` gives it in another language from its key and fields.

    Examples
    --------
    >>> from civicanalysis._text import Catalog
    >>> demo = Catalog("_demo_text", {"n_cases": {"en": ("{n} case", "{n} cases"),
    ...                                            "nl": ("{n} geval", "{n} gevallen")}})
    >>> t = demo("n_cases", lang="en", n=15000)
    >>> str(t), t.render("nl")
    ('15,000 cases', '15.000 gevallen')
    """

    __slots__ = ("_catalog", "_fields", "_key")

    def __new__(cls, catalog: Catalog, key: str, fields: Mapping[str, object], lang: str) -> Text:
        obj = super().__new__(cls, catalog._render(key, lang, fields))
        obj._catalog = catalog
        obj._key = key
        obj._fields = dict(fields)
        return obj

    @property
    def key(self) -> str:
        """``"catalog:key"`` of the message (for tests and machine-readable output)."""
        return f"{self._catalog.name}:{self._key}"

    def render(self, lang: str | None = None) -> str:
        """The message in ``lang`` (default: the package setting)."""
        return self._catalog._render(self._key, resolve_language(lang), self._fields)

    def __reduce__(self):
        # Pickles and copies keep the key and fields, so a stored result still renders in either
        # language; where the catalog is not loaded when unpickled, it comes back as plain text.
        return (_restore_text, (self._catalog.name, self._key, self._fields, str(self)))


def _restore_text(catalog: str, key: str, fields: Mapping[str, object], text: str) -> str:
    found = _CATALOGS.get(catalog)
    if found is None or key not in found:
        return text
    obj = str.__new__(Text, text)
    obj._catalog, obj._key, obj._fields = found, key, dict(fields)
    return obj


def to_data(value: object) -> object:
    """``value`` as JSON data that keeps every :class:`Text` as its key and fields.

    :func:`from_data` turns it back into the same texts, so a saved record renders again in
    either language.

    Examples
    --------
    >>> from civicanalysis._text import Catalog, from_data, to_data
    >>> demo = Catalog("_demo_data", {"n_rows": {"en": ("{n} row", "{n} rows"),
    ...                                          "nl": ("{n} rij", "{n} rijen")}})
    >>> data = to_data(demo("n_rows", lang="en", n=2))
    >>> data
    {'$text': '_demo_data:n_rows', 'fields': {'n': 2}}
    >>> from_data(data).render("nl")
    '2 rijen'
    """
    if isinstance(value, Text):
        fields = {k: to_data(v) for k, v in value._fields.items()}
        return {"$text": value.key, "fields": fields}
    if isinstance(value, Mapping):
        return {str(k): to_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_data(v) for v in value]
    if isinstance(value, (np.integer, np.floating, np.bool_)):
        return value.item()
    return value


def from_data(data: object) -> object:
    """The inverse of :func:`to_data`: texts come back as :class:`Text` (plain text when their
    catalog is not loaded)."""
    if isinstance(data, Mapping):
        if "$text" in data:
            name, _, key = str(data["$text"]).partition(":")
            fields = {k: from_data(v) for k, v in dict(data.get("fields") or {}).items()}
            catalog = _CATALOGS.get(name)
            if catalog is None or key not in catalog:
                return str(data.get("text", key))
            return catalog(key, **fields)
        return {k: from_data(v) for k, v in data.items()}
    if isinstance(data, list):
        return [from_data(v) for v in data]
    return data


def render(value: object, lang: str | None = None) -> str:
    """``value`` as text in ``lang``: a :class:`Text` is rendered again, anything else is ``str``."""
    if isinstance(value, Text):
        return value.render(lang)
    return str(value)


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
            plural = {lang: isinstance(texts[lang], tuple) for lang in LANGUAGES}
            if len(set(plural.values())) > 1:
                raise ValueError(f"message {name}:{key} has plural forms in one language only")
        self.name = name
        self.messages = {key: dict(texts) for key, texts in messages.items()}
        _CATALOGS[name] = self

    def __call__(self, key: str, /, *, lang: str | None = None, **fields: object) -> Text:
        return Text(self, key, fields, resolve_language(lang))

    def _render(self, key: str, lang: str, fields: Mapping[str, object]) -> str:
        template = self.messages[key][lang]
        if isinstance(template, tuple):
            n = fields.get("n")
            one = isinstance(n, (int, np.integer)) and not isinstance(n, bool) and abs(int(n)) == 1
            template = template[0] if one else template[1]
        return _Formatter(lang).vformat(template, (), fields)

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


#: Messages of the options (``_config`` cannot hold them: this module imports ``_config``).
CONFIG_MSG = Catalog(
    "config",
    {
        "unknown_option": {
            "en": "{name!r} is not a civicanalysis option, so it would have no effect; the "
            "options are {options}.{hint}",
            "nl": "{name!r} is geen instelling van civicanalysis en zou dus niets doen; de "
            "instellingen zijn {options}.{hint}",
        },
        "did_you_mean": {"en": " Did you mean {name!r}?", "nl": " Bedoelde u {name!r}?"},
        "bad_language": {
            "en": "{arg}={value!r} is not available, because the package speaks English and "
            "Dutch only: choose 'en' (English) or 'nl' (Nederlands).",
            "nl": "{arg}={value!r} is niet beschikbaar, want het pakket spreekt alleen Engels en "
            "Nederlands: kies 'en' (English) of 'nl' (Nederlands).",
        },
        "bad_min_cell_size": {
            "en": "min_cell_size={value!r} must be a whole number of at least 1, because it is "
            "the smallest number of people a published cell may describe (the brief's rule is "
            "15). Pass e.g. min_cell_size=15.",
            "nl": "min_cell_size={value!r} moet een geheel getal van minstens 1 zijn, omdat het "
            "het kleinste aantal personen is dat een gepubliceerde cel mag beschrijven (de regel "
            "uit de brief is 15). Geef bijvoorbeeld min_cell_size=15 mee.",
        },
    },
)
