"""Shared result conventions: the :class:`Estimate` type, the evidence vocabulary, and the base
class that gives every result its ``explain()``, text and HTML displays.

The evidence vocabulary (used by every module, in both languages) is fixed and documented here,
so "how sure are we" reads the same everywhere. For an estimate with a ``conf_level`` interval:

``"clear"``
    the interval excludes the null value and p < 0.001: "The evidence is clear: the {measure} lies
    between X and Y, well away from {null}".
``"likely"``
    the interval excludes the null value: "A real {effect} is likely: the {measure} lies somewhere
    between X and Y".
``"consistent-with-none"``
    the interval includes the null value: "the data are consistent with no {effect}: the interval
    runs from X to Y".

The word "significant" is never used on its own, and a p-value is never shown without the
estimate and its interval.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field
from typing import Any, ClassVar

import pandas as pd

from ._config import get_option
from ._text import Catalog, fmt, fmt_level, render, resolve_language

MSG = Catalog(
    "results",
    {
        "ci_phrase": {
            "en": "{level}% interval {low} to {high}",
            "nl": "{level}%-interval {low} tot {high}",
        },
        "ev_clear": {
            "en": "The evidence is clear: {measure} lies between {low} and {high} "
            "({level}% interval), well away from {null} (no {effect}).",
            "nl": "Het bewijs is duidelijk: {measure} ligt tussen {low} en {high} "
            "({level}%-interval), ver van {null} (geen {effect}).",
        },
        "ev_likely": {
            "en": "A {real_effect} is likely: {measure} lies somewhere between {low} and "
            "{high} ({level}% interval), which excludes {null} (no {effect}).",
            "nl": "Een {real_effect} is waarschijnlijk: {measure} ligt ergens tussen {low} en "
            "{high} ({level}%-interval), en dat sluit {null} (geen {effect}) uit.",
        },
        "ev_none": {
            "en": "The data are consistent with no {effect}: {measure} could lie anywhere "
            "between {low} and {high} ({level}% interval), which includes {null}.",
            "nl": "Het is goed mogelijk dat er geen {effect} is: {measure} kan overal tussen "
            "{low} en {high} liggen ({level}%-interval), en dat omvat {null}.",
        },
        "ev_unknown": {
            "en": "No interval could be computed for {measure}, so how sure we are is unknown; "
            "do not draw a conclusion from it.",
            "nl": "Voor {measure} kon geen interval worden berekend; hoe zeker we zijn is dus "
            "onbekend. Trek er geen conclusie uit.",
        },
        "effect_difference": {"en": "difference", "nl": "verschil"},
        "effect_association": {"en": "association", "nl": "samenhang"},
        "rung_data": {"en": "Data", "nl": "Data"},
        "rung_information": {
            "en": "Information: an association, not yet knowledge",
            "nl": "Informatie: een samenhang, nog geen kennis",
        },
        "rung_knowledge": {
            "en": "Knowledge: a hypothesis tested with data and interpretation",
            "nl": "Kennis: een hypothese getoetst met data en duiding",
        },
        "caveats": {"en": "Caveats", "nl": "Kanttekeningen"},
        "rung": {
            "en": "Rung on the ladder data → information → knowledge",
            "nl": "Trede op de ladder data → informatie → kennis",
        },
        "small_cells": {
            "en": "Counts below {k} are shown as '<{k}' (minimum publication cell size). A masked count "
            "can sometimes be worked out from totals shown elsewhere: before publishing a table, "
            "protect it with ca.suppress_small_cells.",
            "nl": "Aantallen onder {k} staan er als '<{k}' (minimale celgrootte voor publicatie). Een "
            "gemaskeerd aantal is soms terug te rekenen uit totalen elders: bescherm een tabel vóór "
            "publicatie met ca.suppress_small_cells.",
        },
    },
)

EVIDENCE_LEVELS = ("clear", "likely", "consistent-with-none", "unknown")


@dataclass(frozen=True)
class Estimate:
    """One estimate with its interval: the shared currency of every module.

    Attributes
    ----------
    measure : str
        Name of the measure, e.g. ``"difference in means"``, ``"odds ratio"``, ``"hazard ratio"``.
    value : float
        The point estimate (full precision).
    ci_low, ci_high : float
        Bounds of the ``conf_level`` interval (NaN when none could be computed).
    null : float
        The value meaning "no association": 0 for a difference or slope, 1 for a ratio.
    conf_level : float
        Confidence level of the interval, default 0.95.
    method : str
        How it was computed, e.g. ``"OLS, HC1 standard errors"``.
    n : int or None
        Number of observations it rests on.
    p_value : float or None
        Two-sided p-value against ``null`` where one exists; never shown without the interval.
    label : str
        What is being compared, e.g. ``"fish_shop: 1 vs 0"``.
    unit : str
        Unit of the value, e.g. ``"incidents per year"`` (empty for ratios).

    Examples
    --------
    >>> from civicanalysis import Estimate
    >>> e = Estimate("difference in means", 2.5, 1.0, 4.0, null=0.0)
    >>> e.excludes_null, e.evidence
    (True, 'likely')
    """

    measure: str
    value: float
    ci_low: float
    ci_high: float
    null: float = 0.0
    conf_level: float = 0.95
    method: str = ""
    n: int | None = None
    p_value: float | None = None
    label: str = ""
    unit: str = ""

    @property
    def is_ratio(self) -> bool:
        """True when the null value is 1 (a ratio measure)."""
        return self.null == 1.0

    @property
    def excludes_null(self) -> bool:
        """True when the whole interval lies on one side of the null value."""
        if math.isnan(self.ci_low) or math.isnan(self.ci_high):
            return False
        return self.ci_low > self.null or self.ci_high < self.null

    @property
    def direction(self) -> int:
        """+1 above the null value, -1 below, 0 at it (or undefined)."""
        if math.isnan(self.value) or self.value == self.null:
            return 0
        return 1 if self.value > self.null else -1

    @property
    def evidence(self) -> str:
        """One of :data:`EVIDENCE_LEVELS` (see the module docstring for their meaning)."""
        if math.isnan(self.ci_low) or math.isnan(self.ci_high):
            return "unknown"
        if not self.excludes_null:
            return "consistent-with-none"
        if self.p_value is not None and self.p_value < 0.001:
            return "clear"
        return "likely"

    def interval_text(self, lang: str | None = None) -> str:
        """``"2.5 (95% interval 1.0 to 4.0)"`` in the chosen language."""
        level = fmt_level(self.conf_level, lang)
        ci = MSG(
            "ci_phrase",
            lang=lang,
            level=level,
            low=fmt(self.ci_low, lang),
            high=fmt(self.ci_high, lang),
        )
        unit = f" {self.unit}" if self.unit else ""
        return f"{fmt(self.value, lang)}{unit} ({ci})"

    def verdict(
        self, lang: str | None = None, *, effect: str | None = None, measure: str | None = None
    ) -> str:
        """The evidence sentence from the fixed vocabulary, in the chosen language.

        ``measure`` replaces the measure's name in the sentence (e.g. a translated name).
        """
        effect_word = effect or MSG(
            "effect_difference"
            if "differ" in self.measure or "verschil" in self.measure
            else "effect_association",
            lang=lang,
        )
        key = {
            "clear": "ev_clear",
            "likely": "ev_likely",
            "consistent-with-none": "ev_none",
            "unknown": "ev_unknown",
        }[self.evidence]
        return MSG(
            key,
            lang=lang,
            measure=with_article(
                measure or measure_name(self.measure, lang), resolve_language(lang)
            ),
            low=fmt(self.ci_low, lang),
            high=fmt(self.ci_high, lang),
            level=fmt_level(self.conf_level, lang),
            null=fmt(self.null, lang),
            effect=effect_word,
            real_effect=_real(effect_word, resolve_language(lang)),
        )

    def to_dict(self) -> dict[str, Any]:
        """The fields as a plain dict (for tables and JSON)."""
        return {
            "measure": self.measure,
            "label": self.label,
            "estimate": self.value,
            "ci_low": self.ci_low,
            "ci_high": self.ci_high,
            "null": self.null,
            "conf_level": self.conf_level,
            "p_value": self.p_value,
            "n": self.n,
            "method": self.method,
            "unit": self.unit,
        }

    def __str__(self) -> str:
        return f"{self.measure} {self.interval_text('en')}"

    def __repr__(self) -> str:
        return (
            f"Estimate({self.measure!r}, value={self.value:.4g}, "
            f"ci=[{self.ci_low:.4g}, {self.ci_high:.4g}], null={self.null:g})"
        )


_MEASURE_NAMES_NL = {
    "difference in means": "verschil in gemiddelden",
    "difference in proportions": "verschil in aandelen",
    "difference in medians": "verschil in medianen",
    "slope": "helling",
    "rate ratio": "frequentieverhouding",
    "odds ratio": "oddsratio",
    "rate ratio per unit": "frequentieverhouding per eenheid",
    "odds ratio per unit": "oddsratio per eenheid",
    "hazard ratio": "hazardratio",
    "risk ratio": "relatief risico",
    "Pearson correlation": "Pearson-correlatie",
    "Spearman rank correlation": "Spearman-rangcorrelatie",
    "Kendall rank correlation": "Kendall-rangcorrelatie",
    "mean": "gemiddelde",
    "proportion": "aandeel",
    "rate": "frequentie",
    "median": "mediaan",
}


def measure_name(measure: str, lang: str | None = None) -> str:
    """The name of a measure in the chosen language (``Estimate.measure`` is kept in English)."""
    if resolve_language(lang) == "nl":
        return _MEASURE_NAMES_NL.get(measure, measure)
    return measure


def _real(effect: str, lang: str) -> str:
    """ "real difference" / "echt verschil", "echte samenhang" (Dutch adjectives follow the noun's gender)."""
    if lang == "nl":
        neuter = ("verschil", "verband", "effect")
        return ("echt " if effect.lower().startswith(neuter) else "echte ") + effect
    return "real " + effect


def with_article(measure: str, lang: str) -> str:
    """``"the rate ratio"`` / ``"de rate ratio"``, ``"het verschil in gemiddelden"``."""
    words = measure.split(" ", 1)
    if words[0].lower() in ("the", "a", "de", "het", "een"):
        return measure
    if lang == "nl":
        neuter = ("verschil", "gemiddelde", "aandeel", "percentage", "risico", "verband")
        return ("het " if words[0].lower().startswith(neuter) else "de ") + measure
    return "the " + measure


def mask_small_counts(table: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """A display copy of ``table`` in which person counts below the minimum cell size read ``<k``.

    Columns named ``n`` or starting with ``n_`` are treated as counts of people unless ``columns``
    names them. Only used for display: result fields keep the true numbers for analysis.
    """
    k = get_option("min_cell_size")
    cols = (
        columns
        if columns is not None
        else [c for c in table.columns if isinstance(c, str) and (c == "n" or c.startswith("n_"))]
    )
    shown = table.copy()
    for col in cols:
        values = pd.to_numeric(shown[col], errors="coerce")
        small = values.notna() & (values < k) & (values > 0)
        if small.any():
            shown[col] = shown[col].astype(object)
            shown.loc[small, col] = f"<{k}"
    return shown


def _has_small_counts(table: pd.DataFrame) -> bool:
    k = get_option("min_cell_size")
    for col in table.columns:
        if isinstance(col, str) and (col == "n" or col.startswith("n_")):
            values = pd.to_numeric(table[col], errors="coerce")
            if ((values < k) & (values > 0)).any():
                return True
    return False


def _round_for_display(table: pd.DataFrame, digits: int = 4) -> pd.DataFrame:
    shown = table.copy()
    for col in shown.columns:
        if pd.api.types.is_float_dtype(shown[col]):
            shown[col] = shown[col].map(lambda v: v if pd.isna(v) else float(f"{v:.{digits}g}"))
    return shown


class ResultMixin:
    """Displays shared by every result: ``explain()``, ``repr`` and ``_repr_html_``.

    A result class defines ``table`` and ``caveats`` fields, a ``_title(lang)`` and an
    ``_explain_sentences(lang)`` method, and sets ``rung`` to ``"data"``, ``"information"`` or
    ``"knowledge"``.
    """

    rung: ClassVar[str] = "information"
    #: Whether the notebook display embeds ``self.plot()`` (results with a ``plot`` method).
    _show_plot_in_html: ClassVar[bool] = True
    table: pd.DataFrame
    caveats: tuple[str, ...]

    def _title(self, lang: str) -> str:  # pragma: no cover - overridden
        return type(self).__name__

    def _explain_sentences(self, lang: str) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def explain(self, lang: str | None = None) -> str:
        """A plain-language account (3–6 sentences) to paste into a memo.

        Parameters
        ----------
        lang : {"en", "nl"}, optional
            Language; default the package setting (``ca.set_options(language=...)``).
        """
        lang = resolve_language(lang)
        return " ".join(s.strip() for s in self._explain_sentences(lang) if s and s.strip())

    def rung_label(self, lang: str | None = None) -> str:
        """The rung of the data → information → knowledge ladder this result stands on."""
        return MSG(f"rung_{self.rung}", lang=lang)

    def _display_table(self) -> pd.DataFrame:
        return mask_small_counts(_round_for_display(self.table))

    def __repr__(self) -> str:
        lang = resolve_language(None)
        lines = [f"{self._title(lang)}  [{self.rung_label(lang)}]", ""]
        lines.append(self.explain(lang))
        lines += ["", self._display_table().to_string()]
        if _has_small_counts(self.table):
            lines.append(MSG("small_cells", lang=lang, k=get_option("min_cell_size")))
        if self.caveats:
            lines += ["", MSG("caveats", lang=lang) + ":"] + [
                f"- {render(c, lang)}" for c in self.caveats
            ]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        lang = resolve_language(None)
        esc = html.escape
        colour = {"data": "#777", "information": "#b36b00", "knowledge": "#2e7d32"}[self.rung]
        parts = [
            '<div class="civicanalysis-result" style="max-width:60em">',
            f"<h4 style='margin-bottom:0.2em'>{esc(self._title(lang))}</h4>",
            f"<div style='display:inline-block;padding:0.1em 0.6em;border-radius:0.8em;"
            f"background:{colour};color:white;font-size:85%' "
            f"title='{esc(MSG('rung', lang=lang))}'>{esc(self.rung_label(lang))}</div>",
            f"<p>{esc(self.explain(lang))}</p>",
            self._display_table().to_html(classes="dataframe", border=0, na_rep="–"),
        ]
        if _has_small_counts(self.table):
            parts.append(
                f"<p><small>{esc(MSG('small_cells', lang=lang, k=get_option('min_cell_size')))}"
                "</small></p>"
            )
        if self._show_plot_in_html and callable(getattr(self, "plot", None)):
            from ._plotting import figure_html

            parts.append(figure_html(self.plot))
        if self.caveats:
            parts.append(f"<p><b>{esc(MSG('caveats', lang=lang))}</b></p><ul>")
            parts += [f"<li>{esc(render(c, lang))}</li>" for c in self.caveats]
            parts.append("</ul>")
        parts.append("</div>")
        return "\n".join(parts)


def caveat_field() -> Any:
    """``dataclasses.field`` default for a ``caveats`` tuple."""
    return field(default_factory=tuple)


def warn(category: type[Warning], message: str, caveats: list[str], stacklevel: int = 3) -> None:
    """Raise ``message`` as a warning of ``category`` and keep it in ``caveats``.

    ``stacklevel=3`` points at the user's call when called from a public function's helper;
    public functions that warn directly pass ``stacklevel=2``.
    """
    import warnings

    from ._warnings_display import install

    install()  # in a notebook: show package warnings as one plain box (no file path)
    caveats.append(message)
    warnings.warn(message, category, stacklevel=stacklevel)
