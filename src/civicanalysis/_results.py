"""Shared result conventions: the :class:`Estimate` type, the evidence vocabulary, the table of
measure names, and the base class that gives every result its explanations and renderings.

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

Every result class mixes in :class:`ResultMixin`. It records, when the result is created, the
options it was computed with (``min_cell_size``, ``language``) and the public function and data
that produced it, so a stored result always shows what was computed. It renders the same content
five ways from one place: ``explain()``, the text ``repr``, the notebook display, ``to_markdown``,
``to_html`` and ``to_dict`` (and :func:`civicanalysis.memo` for a Word or Markdown memo).
"""

from __future__ import annotations

import html
import math
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from ._config import get_language, get_option
from ._text import Catalog, Text, fmt, render, resolve_language

MSG = Catalog(
    "results",
    {
        "ci_phrase": {
            "en": "{level:g}% interval {low} to {high}",
            "nl": "{level:g}%-betrouwbaarheidsinterval {low} tot {high}",
        },
        "interval_text": {"en": "{value} ({ci})", "nl": "{value} ({ci})"},
        "interval_text_unit": {"en": "{value} {unit} ({ci})", "nl": "{value} {unit} ({ci})"},
        "ev_clear": {
            "en": "The evidence is clear: {measure} lies between {low} and {high} "
            "({level:g}% interval), well away from {null} (no {effect}).",
            "nl": "Het bewijs is duidelijk: {measure} ligt tussen {low} en {high} "
            "({level:g}%-betrouwbaarheidsinterval), ver van {null} (geen {effect}).",
        },
        "ev_likely": {
            "en": "A {real_effect} is likely: {measure} lies somewhere between {low} and "
            "{high} ({level:g}% interval), which excludes {null} (no {effect}).",
            "nl": "Er is waarschijnlijk een {real_effect}: {measure} ligt ergens tussen {low} en "
            "{high} ({level:g}%-betrouwbaarheidsinterval); {null} (geen {effect}) valt erbuiten.",
        },
        "ev_none": {
            "en": "The data are consistent with no {effect}: {measure} could lie anywhere "
            "between {low} and {high} ({level:g}% interval), which includes {null}.",
            "nl": "Het is goed mogelijk dat er geen {effect} is: {measure} kan overal tussen "
            "{low} en {high} liggen ({level:g}%-betrouwbaarheidsinterval), en {null} valt "
            "daarbinnen.",
        },
        "ev_unknown": {
            "en": "No interval could be computed for {measure}, so how sure we are is unknown; "
            "do not draw a conclusion from it.",
            "nl": "Voor {measure} kon geen interval worden berekend; hoe zeker we zijn is dus "
            "onbekend. Trek er geen conclusie uit.",
        },
        "effect_difference": {"en": "difference", "nl": "verschil"},
        "effect_association": {"en": "association", "nl": "samenhang"},
        "real_difference": {"en": "real difference", "nl": "echt verschil"},
        "real_association": {"en": "real association", "nl": "echte samenhang"},
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
            "verborgen aantal is soms terug te rekenen uit totalen elders: bescherm een tabel vóór "
            "publicatie met ca.suppress_small_cells.",
        },
        "more_rows": {
            "en": ("{n} more row is in .table.", "{n} more rows are in .table."),
            "nl": ("Nog {n} rij staat in .table.", "Nog {n} rijen staan in .table."),
        },
        "p_small": {"en": "< {p}", "nl": "< {p}"},
        "yes": {"en": "yes", "nl": "ja"},
        # the evidence column of a compact display (see EVIDENCE_LEVELS)
        "evidence_clear": {"en": "clear", "nl": "duidelijk"},
        "evidence_likely": {"en": "likely", "nl": "waarschijnlijk"},
        "evidence_consistent_with_none": {"en": "possibly none", "nl": "mogelijk geen"},
        "evidence_unknown": {"en": "unknown", "nl": "onbekend"},
        "no": {"en": "no", "nl": "nee"},
        "produced_by": {
            "en": "Made with {function} on {data}, with minimum cell size {k}.",
            "nl": "Gemaakt met {function} op {data}, met minimale celgrootte {k}.",
        },
        "produced_by_nodata": {
            "en": "Made with {function}, with minimum cell size {k}.",
            "nl": "Gemaakt met {function}, met minimale celgrootte {k}.",
        },
        "data_shape": {
            "en": "data of {rows} and {cols}",
            "nl": "data van {rows} en {cols}",
        },
        "data_file": {"en": "the file {name}", "nl": "het bestand {name}"},
        "n_rows": {"en": ("{n} row", "{n} rows"), "nl": ("{n} rij", "{n} rijen")},
        "n_columns": {"en": ("{n} column", "{n} columns"), "nl": ("{n} kolom", "{n} kolommen")},
        "computed_with": {"en": "Computed with", "nl": "Berekend met"},
    },
)

#: Column headers of the compact display tables (the tidy ``.table`` keeps the code names).
HEADERS = Catalog(
    "result_columns",
    {
        "estimate": {"en": "Estimate", "nl": "Schatting"},
        "ci_low": {"en": "Lower bound", "nl": "Ondergrens"},
        "ci_high": {"en": "Upper bound", "nl": "Bovengrens"},
        "p_value": {"en": "p-value", "nl": "p-waarde"},
        "p_adjusted": {"en": "p-value (corrected)", "nl": "p-waarde (gecorrigeerd)"},
        "n": {"en": "Number", "nl": "Aantal"},
        "measure": {"en": "Measure", "nl": "Maat"},
        "label": {"en": "Comparison", "nl": "Vergelijking"},
        "group": {"en": "Group", "nl": "Groep"},
        "reference": {"en": "Reference group", "nl": "Referentiegroep"},
        "level": {"en": "Value", "nl": "Waarde"},
        "variable": {"en": "Variable", "nl": "Variabele"},
        "candidate": {"en": "Candidate", "nl": "Kandidaat"},
        "model": {"en": "Model", "nl": "Model"},
        "metric": {"en": "Metric", "nl": "Maatstaf"},
        "events": {"en": "Events", "nl": "Gebeurtenissen"},
        "n_events": {"en": "Events", "nl": "Gebeurtenissen"},
        "contrast": {"en": "Comparison", "nl": "Vergelijking"},
        "mean": {"en": "Mean", "nl": "Gemiddelde"},
        "observed": {"en": "Observed", "nl": "Waargenomen"},
        "reason": {"en": "Reason", "nl": "Reden"},
        "count": {"en": "Count", "nl": "Aantal"},
        "kind": {"en": "Kind", "nl": "Soort"},
        "check": {"en": "Check", "nl": "Controle"},
        "text": {"en": "Text", "nl": "Tekst"},
        "advice": {"en": "Advice", "nl": "Advies"},
        "change_pct": {"en": "Change (%)", "nl": "Verandering (%)"},
        "reverses": {"en": "Reverses", "nl": "Keert om"},
        "is_confounder": {"en": "Confounder", "nl": "Verstorende variabele"},
        "suggested": {"en": "Suggested", "nl": "Voorgesteld"},
        "assoc_exposure": {"en": "Association with exposure", "nl": "Samenhang met blootstelling"},
        "p_exposure": {"en": "p-value (exposure)", "nl": "p-waarde (blootstelling)"},
        "p_outcome": {"en": "p-value (outcome)", "nl": "p-waarde (uitkomst)"},
        "e_value": {"en": "E-value", "nl": "E-waarde"},
        "e_value_ci": {"en": "E-value of the interval", "nl": "E-waarde van het interval"},
        "group_size": {"en": "Group size", "nl": "Groepsgrootte"},
        "groups": {"en": "Groups", "nl": "Groepen"},
        "records": {"en": "Records", "nl": "Records"},
        "register": {"en": "Register", "nl": "Register"},
        "n_records": {"en": "Records", "nl": "Records"},
        "n_missing_key": {"en": "Without key", "nl": "Zonder sleutel"},
        "n_persons": {"en": "Persons", "nl": "Personen"},
        "n_linked": {"en": "Linked", "nl": "Gekoppeld"},
        "n_not_linked": {"en": "Not linked", "nl": "Niet gekoppeld"},
        "share_not_linked": {"en": "Share not linked", "nl": "Aandeel niet gekoppeld"},
        "row": {"en": "Row", "nl": "Rij"},
        "column": {"en": "Column", "nl": "Kolom"},
        "small": {"en": "Small", "nl": "Klein"},
        "lower": {"en": "Lowest possible", "nl": "Laagst mogelijk"},
        "upper": {"en": "Highest possible", "nl": "Hoogst mogelijk"},
        "protected": {"en": "Protected", "nl": "Beschermd"},
        "share": {"en": "Share", "nl": "Aandeel"},
        "status": {"en": "Status", "nl": "Status"},
        "rule": {"en": "Rule", "nl": "Regel"},
        "severity": {"en": "Severity", "nl": "Ernst"},
        "cell": {"en": "Cell", "nl": "Cel"},
        "message": {"en": "Message", "nl": "Melding"},
        "gap": {"en": "Gap", "nl": "Verschil"},
        "change": {"en": "Change", "nl": "Verandering"},
        "evidence": {"en": "Evidence", "nl": "Bewijs"},
        "rare_outcome": {"en": "Rare outcome", "nl": "Zeldzame uitkomst"},
        "n_group": {"en": "In group", "nl": "In groep"},
        "n_reference": {"en": "In reference group", "nl": "In referentiegroep"},
    },
)


# One table of measure names: (English, Dutch, Dutch article). ``Estimate.measure`` keeps the
# English name; everything shown goes through :func:`measure_name` / :func:`with_article`.
_MEASURES: dict[str, tuple[str, str, str]] = {
    "difference in means": ("difference in means", "verschil in gemiddelden", "het"),
    "difference in proportions": ("difference in proportions", "verschil in aandelen", "het"),
    "difference in medians": ("difference in medians", "verschil in medianen", "het"),
    "slope": ("slope", "helling", "de"),
    "rate ratio": ("rate ratio", "frequentieverhouding", "de"),
    "rate ratio per unit": ("rate ratio per unit", "frequentieverhouding per eenheid", "de"),
    "odds ratio": ("odds ratio", "oddsratio", "de"),
    "odds ratio per unit": ("odds ratio per unit", "oddsratio per eenheid", "de"),
    "hazard ratio": ("hazard ratio", "hazardratio", "de"),
    "risk ratio": ("risk ratio", "relatief risico", "het"),
    "Pearson correlation": ("Pearson correlation", "Pearson-correlatie", "de"),
    "Spearman rank correlation": ("Spearman rank correlation", "Spearman-rangcorrelatie", "de"),
    "Kendall rank correlation": ("Kendall rank correlation", "Kendall-rangcorrelatie", "de"),
    "Cramér's V": ("Cramér's V", "Cramérs V", "de"),
    "E-value": ("E-value", "E-waarde", "de"),
    "ROC AUC": ("ROC AUC", "ROC-AUC", "de"),
    "mean": ("mean", "gemiddelde", "het"),
    "proportion": ("proportion", "aandeel", "het"),
    "rate": ("rate", "frequentie", "de"),
    "median": ("median", "mediaan", "de"),
}
MEASURES = Catalog("measures", {k: {"en": en, "nl": nl} for k, (en, nl, _) in _MEASURES.items()})
MEASURES_THE = Catalog(
    "measures_with_article",
    {k: {"en": f"the {en}", "nl": f"{art} {nl}"} for k, (en, nl, art) in _MEASURES.items()},
)
_BY_NAME = {name: key for key, names in _MEASURES.items() for name in names[:2]}

EVIDENCE_LEVELS = ("clear", "likely", "consistent-with-none", "unknown")


def measure_name(measure: str, lang: str | None = None) -> str:
    """The name of a measure in the chosen language (``Estimate.measure`` is kept in English).

    Returns a :class:`~civicanalysis._text.Text` for a known measure (so it renders again in the
    other language), the name unchanged otherwise.

    Examples
    --------
    >>> measure_name("rate ratio", "nl"), measure_name("risk ratio", "nl")
    ('frequentieverhouding', 'relatief risico')
    """
    key = _BY_NAME.get(str(measure))
    return MEASURES(key, lang=lang) if key else measure


def with_article(measure: str, lang: str | None = None) -> str:
    """``"the rate ratio"`` / ``"de frequentieverhouding"``, ``"het relatief risico"``.

    Examples
    --------
    >>> with_article("risk ratio", "nl"), with_article("difference in means", "nl")
    ('het relatief risico', 'het verschil in gemiddelden')
    """
    key = _BY_NAME.get(str(measure))
    if key:
        return MEASURES_THE(key, lang=lang)
    lang = resolve_language(lang)
    words = str(measure).split(" ", 1)
    if words[0].lower() in ("the", "a", "de", "het", "een"):
        return measure
    if lang == "nl":
        head = str(measure).split(" in ")[0].split(" per ")[0].split()[-1].lower()
        neuter = ("verschil", "gemiddelde", "aandeel", "percentage", "risico", "verband", "aantal")
        return ("het " if head.endswith(neuter) else "de ") + str(measure)
    return "the " + str(measure)


def _real(effect: str, lang: str) -> str:
    """ "real difference" / "echt verschil", "echte samenhang" (Dutch adjectives follow the noun)."""
    if isinstance(effect, Text) and effect.key in ("results:effect_difference",):
        return MSG("real_difference", lang=lang)
    if isinstance(effect, Text) and effect.key == "results:effect_association":
        return MSG("real_association", lang=lang)
    if lang == "nl":
        neuter = ("verschil", "verband", "effect")
        return ("echt " if effect.lower().startswith(neuter) else "echte ") + effect
    return "real " + effect


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
        """``"2.5 (95% interval 1.0 to 4.0)"`` in the chosen language (a re-renderable Text)."""
        ci = MSG(
            "ci_phrase",
            lang=lang,
            level=100 * self.conf_level,
            low=float(self.ci_low),
            high=float(self.ci_high),
        )
        if self.unit:
            return MSG(
                "interval_text_unit", lang=lang, value=float(self.value), unit=self.unit, ci=ci
            )
        return MSG("interval_text", lang=lang, value=float(self.value), ci=ci)

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
            measure=with_article(measure or self.measure, lang),
            low=float(self.ci_low),
            high=float(self.ci_high),
            level=100 * self.conf_level,
            null=float(self.null),
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


# ------------------------------------------------------------------------------------------------
# Small counts and compact display tables
# ------------------------------------------------------------------------------------------------


def _is_count_column(col: object) -> bool:
    if not isinstance(col, str):
        return False
    name = col.lower()
    return name == "n" or name.startswith("n_")


def mask_small_counts(
    table: pd.DataFrame, columns: list[str] | None = None, *, min_cell_size: int | None = None
) -> pd.DataFrame:
    """A display copy of ``table`` in which person counts below the minimum cell size read ``<k``.

    Columns named ``n`` or starting with ``n_`` are treated as counts of people unless ``columns``
    names them. Only used for display: result fields keep the true numbers for analysis.
    ``min_cell_size`` defaults to ``ca.get_option("min_cell_size")``.
    """
    k = get_option("min_cell_size") if min_cell_size is None else min_cell_size
    cols = columns if columns is not None else [c for c in table.columns if _is_count_column(c)]
    shown = table.copy()
    for col in cols:
        values = pd.to_numeric(shown[col], errors="coerce")
        small = values.notna() & (values < k) & (values > 0)
        if small.any():
            shown[col] = shown[col].astype(object)
            shown.loc[small, col] = f"<{k}"
    return shown


def _has_small_counts(table: pd.DataFrame, min_cell_size: int | None = None) -> bool:
    k = get_option("min_cell_size") if min_cell_size is None else min_cell_size
    for col in table.columns:
        if _is_count_column(col):
            values = pd.to_numeric(table[col], errors="coerce")
            if ((values < k) & (values > 0)).any():
                return True
    return False


def _column_kind(col: object, series: pd.Series) -> str:
    """How a display column is formatted: ``count``, ``share``, ``p``, ``number`` or ``text``."""
    name = str(col).lower()
    if name in ("p", "p_value", "p_adjusted") or name.startswith("p_"):
        return "p"
    if _is_count_column(col):
        return "count"
    if name == "measure":
        return "measure"
    if "pct" in name.split("_") or "percent" in name.split("_"):
        return "percent"
    shares = ("share", "prop", "pct", "fraction", "prevalence")
    if name.startswith(shares) or name.endswith(tuple("_" + s for s in shares)):
        return "share"
    if pd.api.types.is_bool_dtype(series):
        return "bool"
    if pd.api.types.is_numeric_dtype(series):
        return "number"
    return "text"


def format_cell(value: Any, kind: str, lang: str, min_cell_size: int) -> str:
    """One cell of a compact display: rounded for reading, one mark for missing ("–")."""
    if isinstance(value, Text):
        return value.render(lang)
    if kind == "measure" and isinstance(value, str):
        return render(measure_name(value, lang), lang)
    if isinstance(value, str):
        return value
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return "–"
    if isinstance(value, (bool, np.bool_)):
        return MSG("yes" if value else "no", lang=lang)
    if not isinstance(value, (int, float, np.integer, np.floating)):
        return render(value, lang)
    if kind == "count":
        if 0 < value < min_cell_size:
            return f"<{min_cell_size}"
        return fmt(int(value) if float(value).is_integer() else float(value), lang)
    if kind == "p":
        if value < 0.001:
            return MSG("p_small", lang=lang, p="0,001" if lang == "nl" else "0.001")
        return fmt(float(value), lang, digits=2)
    if kind == "share":
        return fmt(100 * float(value), lang, digits=3) + "%"
    if kind == "percent":
        return fmt(float(value), lang, digits=2) + "%"
    if isinstance(value, (int, np.integer)):
        return fmt(int(value), lang)
    return fmt(float(value), lang)


def compact_table(
    table: pd.DataFrame,
    lang: str,
    *,
    columns: Mapping[str, Any] | Sequence[str] | None = None,
    kinds: Mapping[str, str] | None = None,
    min_cell_size: int | None = None,
    max_rows: int = 25,
    translate: Any = None,
) -> tuple[pd.DataFrame, int]:
    """The table a reader sees: chosen columns, translated headers, numbers formatted as text.

    Returns the formatted frame (every cell a string) and the number of rows left out.
    ``translate(column, value, lang)`` may replace a code by words before formatting.
    """
    k = get_option("min_cell_size") if min_cell_size is None else min_cell_size
    if columns is None:
        technical = {"method", "conf_level", "null", "unit"}
        columns = [
            c
            for c in table.columns
            if c not in technical
            and not (c == "measure" and table[c].nunique() <= 1)
            and not (len(table) and table[c].isna().all())
        ]
    if not isinstance(columns, Mapping):
        columns = {c: None for c in columns}
    kinds = dict(kinds or {})
    shown = table.head(max_rows)
    out = {}
    for col, header in columns.items():
        if col not in shown.columns:
            continue
        kind = kinds.get(col) or _column_kind(col, table[col])
        title = render(header, lang) if header is not None else column_header(col, lang)
        if title in out:  # two columns with the same reader's name: say which is which
            title = f"{title} ({col})"
        values = shown[col].tolist()
        if translate is not None:
            values = [translate(col, v, lang) for v in values]
        out[title] = [format_cell(v, kind, lang, k) for v in values]
    frame = pd.DataFrame(out, index=range(len(shown)))
    if not isinstance(shown.index, pd.RangeIndex):  # row labels (e.g. wijken) are data too
        name = shown.index.name
        header = column_header(name, lang) if name is not None else ""
        labels = [render(v, lang) for v in shown.index.tolist()]
        frame.insert(0, header if header not in frame.columns else f"{header} ", labels)
    return frame, max(0, len(table) - len(shown))


def column_header(col: object, lang: str | None = None) -> str:
    """The reader's header of a tidy-table column (the code name when there is none)."""
    if isinstance(col, str) and col in HEADERS:
        return HEADERS(col, lang=lang)
    return str(col).replace("_", " ")


def _round_for_display(table: pd.DataFrame, digits: int = 4) -> pd.DataFrame:
    shown = table.copy()
    for col in shown.columns:
        if pd.api.types.is_float_dtype(shown[col]):
            shown[col] = shown[col].map(lambda v: v if pd.isna(v) else float(f"{v:.{digits}g}"))
    return shown


_NUMBER_CELL = re.compile(r"^(?:[<>]\s?)?[−\-+]?[\d.,\u2009]*\d[\d.,]*%?$|^–$")


def _html_table(frame: pd.DataFrame) -> str:
    """The compact table as HTML, numbers right-aligned so their digits line up."""
    esc = html.escape

    # Padding keeps neighbouring cells apart outside JupyterLab's own table style (memo, HTML).
    pad = "padding:0.15em 0.6em"

    def align(text: str) -> str:
        right = ";text-align:right" if _NUMBER_CELL.match(text) else ""
        return f" style='{pad}{right}'"

    head = "".join(f"<th style='{pad}'>{esc(str(c))}</th>" for c in frame.columns)
    rows = [
        "<tr>" + "".join(f"<td{align(str(v))}>{esc(str(v))}</td>" for v in row) + "</tr>"
        for row in frame.itertuples(index=False)
    ]
    return (
        "<table class='dataframe civicanalysis-table' border='0'>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _markdown_table(frame: pd.DataFrame) -> str:
    """A pipe table (tabulate is not a dependency; the cells are already text)."""

    def cell(value: object) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(cell(c) for c in frame.columns) + " |"]
    lines.append("|" + "|".join("---" for _ in frame.columns) + "|")
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in frame.itertuples(False)]
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------------
# JSON-safe values
# ------------------------------------------------------------------------------------------------


def jsonable(value: Any) -> Any:
    """``value`` as plain JSON types: Texts in both languages, Estimates and frames as dicts."""
    if isinstance(value, Text):
        return {lang: value.render(lang) for lang in ("en", "nl")}
    if value is None or isinstance(value, (str, bool)):
        return value
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if not math.isfinite(float(value)) else float(value)
    if isinstance(value, Estimate):
        return jsonable(value.to_dict())
    if isinstance(value, pd.DataFrame):
        return [jsonable(r) for r in value.to_dict(orient="records")]
    if isinstance(value, pd.Series):
        return jsonable(value.tolist())
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset, np.ndarray)):
        return [jsonable(v) for v in value]
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    return f"<{type(value).__name__}>"


# ------------------------------------------------------------------------------------------------
# The base of every result
# ------------------------------------------------------------------------------------------------


def _find_producer() -> dict[str, Any]:
    """The outermost civicanalysis function on the stack, and the shape of its ``data``.

    Walking the stack keeps every result class free of bookkeeping code: a result learns which
    public call made it without each function passing it in.
    """
    frame = sys._getframe(2)
    public = None
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module == "civicanalysis" or module.startswith("civicanalysis."):
            public = frame
        elif public is not None:
            break
        frame = frame.f_back
    if public is None:
        return {}
    import civicanalysis

    name = public.f_code.co_name
    qualname = getattr(public.f_code, "co_qualname", name)
    function = f"ca.{name}" if hasattr(civicanalysis, name) else f"ca.{qualname}"
    function = function.replace(".__init__", "")
    info: dict[str, Any] = {"function": function}
    code = public.f_code
    first = code.co_varnames[0] if code.co_argcount + code.co_kwonlyargcount else None
    data = public.f_locals.get("data", public.f_locals.get(first) if first else None)
    if isinstance(data, pd.Series):
        data = data.to_frame()
    if isinstance(data, pd.DataFrame):
        info["rows"], info["columns"] = int(data.shape[0]), int(data.shape[1])
    else:
        path = public.f_locals.get("path")
        if isinstance(path, str) or type(path).__name__.endswith("Path"):
            info["file"] = str(path).replace("\\", "/").rsplit("/", 1)[-1]
    return info


class ResultMixin:
    """What every result shares: explanations, displays, exports and a record of how it was made.

    A result class defines ``table`` and ``caveats`` fields, a ``_title(lang)`` and an
    ``_explain_sentences(lang)`` method (3–6 sentences), optionally ``_detail_sentences(lang)``
    (the full account for ``explain(detail=True)``), ``plot()``, and ``_display_columns`` (the
    columns of ``table`` a reader needs, as a list or a mapping to translated headers), and sets
    ``rung`` to ``"data"``, ``"information"`` or ``"knowledge"``.

    The options in force when the result is created are recorded in :attr:`computed_with`
    (without any code in the subclass, also for frozen dataclasses with their own
    ``__post_init__``), and the display uses them: changing ``min_cell_size`` afterwards does not
    change what a stored result shows.
    """

    rung: ClassVar[str] = "information"
    #: Whether the notebook display embeds ``self.plot()`` (results with a ``plot`` method).
    _show_plot_in_html: ClassVar[bool] = True
    #: Columns of ``table`` in the compact display (None: all but the technical ones).
    _display_columns: ClassVar[Any] = None
    #: Formatting of display columns where the name does not say it (``share``, ``count``, ``p``).
    _display_kinds: ClassVar[Mapping[str, str]] = {}
    table: pd.DataFrame
    caveats: tuple[str, ...]

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        # Recorded here rather than in __post_init__, so subclasses that define their own
        # __post_init__ (or none, or are not dataclasses) need not call a base method.
        obj = super().__new__(cls)
        caller = sys._getframe(1)
        source = caller.f_locals.get("obj") if caller.f_code.co_name == "replace" else None
        if isinstance(source, ResultMixin):  # dataclasses.replace: a copy of what was computed
            object.__setattr__(obj, "_computed_with", source.computed_with)
            object.__setattr__(obj, "_produced_by", source.produced_by)
            return obj
        record = {"min_cell_size": get_option("min_cell_size"), "language": get_language()}
        object.__setattr__(obj, "_computed_with", record)
        object.__setattr__(obj, "_produced_by", _find_producer())
        return obj

    @property
    def computed_with(self) -> dict[str, Any]:
        """The options in force when the result was computed (``min_cell_size``, ``language``)."""
        record = self.__dict__.get("_computed_with")
        if record is None:  # made without __new__ (e.g. unpickled from an older version)
            record = {"min_cell_size": get_option("min_cell_size"), "language": get_language()}
        return dict(record)

    @property
    def produced_by(self) -> dict[str, Any]:
        """The public function that made the result and the shape of its data (when known)."""
        return dict(self.__dict__.get("_produced_by") or {})

    @property
    def _min_cell_size(self) -> int:
        return int(self.computed_with["min_cell_size"])

    def _title(self, lang: str) -> str:  # pragma: no cover - overridden
        return type(self).__name__

    def _explain_sentences(self, lang: str) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def explain(self, lang: str | None = None, detail: bool = False) -> str:
        """A plain-language account to paste into a memo.

        Parameters
        ----------
        lang : {"en", "nl"}, optional
            Language; default the package setting (``ca.set_options(language=...)``).
        detail : bool, default False
            False: the headline of 3–6 sentences (what was estimated, the number with its
            interval, what it does not show). True: the full account, where the result has one.
        """
        lang = resolve_language(lang)
        sentences = list(self._explain_sentences(lang))
        if detail and callable(getattr(self, "_detail_sentences", None)):
            sentences += list(self._detail_sentences(lang))
        return " ".join(render(s, lang).strip() for s in sentences if s and str(s).strip())

    def rung_label(self, lang: str | None = None) -> str:
        """The rung of the data → information → knowledge ladder this result stands on."""
        return MSG(f"rung_{self.rung}", lang=lang)

    # -- the compact table --------------------------------------------------------------------

    def _display_table(self) -> pd.DataFrame:
        """The rows and columns of ``table`` a reader needs (raw values; formatted later)."""
        spec = self._display_columns
        if spec is None:
            return self.table
        cols = list(spec.keys() if isinstance(spec, Mapping) else spec)
        return self.table[[c for c in cols if c in self.table.columns]]

    def display_table(self, lang: str | None = None) -> pd.DataFrame:
        """The compact table of the display: translated headers, numbers rounded for reading,
        shares as percentages, p-values as "< 0.001", "–" for missing, "<15" for hidden counts.

        The full tidy :attr:`table` stays as it is for code.
        """
        return self._compact(resolve_language(lang))[0]

    def _compact(self, lang: str) -> tuple[pd.DataFrame, int]:
        frame = self._display_table()
        spec = self._display_columns
        columns: Any = None
        if isinstance(spec, Mapping):
            columns = {c: h for c, h in spec.items() if c in frame.columns}
        elif spec is not None:
            columns = [c for c in spec if c in frame.columns]
        return compact_table(
            frame,
            lang,
            columns=columns,
            kinds=self._display_kinds,
            min_cell_size=self._min_cell_size,
            translate=self._display_value,
        )

    def _display_value(self, column: str, value: Any, lang: str) -> Any:
        """A cell of the compact display in words (override to turn codes into a ``Text``; call
        this one for the rest: it puts the ``evidence`` codes into words)."""
        if column == "evidence" and value in EVIDENCE_LEVELS:
            return MSG(f"evidence_{value.replace('-', '_')}", lang=lang)
        return value

    def _notes(self, lang: str) -> list[str]:
        notes = []
        rest = self._compact(lang)[1]
        if rest:
            notes.append(MSG("more_rows", lang=lang, n=rest))
        if _has_small_counts(self.table, self._min_cell_size):
            notes.append(MSG("small_cells", lang=lang, k=self._min_cell_size))
        return notes

    def provenance(self, lang: str | None = None) -> str:
        """One line saying which function and data produced the result, and its cell size."""
        info = self.produced_by
        function = info.get("function", f"ca.{type(self).__name__}")
        k = self._min_cell_size
        if "rows" in info:
            data = MSG(
                "data_shape",
                lang=lang,
                rows=MSG("n_rows", lang=lang, n=info["rows"]),
                cols=MSG("n_columns", lang=lang, n=info["columns"]),
            )
        elif "file" in info:
            data = MSG("data_file", lang=lang, name=info["file"])
        else:
            return MSG("produced_by_nodata", lang=lang, function=function, k=k)
        return MSG("produced_by", lang=lang, function=function, data=data, k=k)

    def _plot_png(self, lang: str | None = None) -> bytes | None:
        """The plot as PNG bytes, its labels in ``lang`` (None for a result without a plot)."""
        if not (self._show_plot_in_html and callable(getattr(self, "plot", None))):
            return None
        from ._config import option_context
        from ._plotting import figure_png

        with option_context(language=resolve_language(lang)):
            return figure_png(self.plot)

    # -- renderings ----------------------------------------------------------------------------

    def to_markdown(self, lang: str | None = None) -> str:
        """The result as Markdown: title, rung, headline, compact table, caveats, provenance."""
        lang = resolve_language(lang)
        frame, _ = self._compact(lang)
        parts = [f"### {render(self._title(lang), lang)}", "", f"*{self.rung_label(lang)}*", ""]
        parts += [self.explain(lang), ""]
        if len(frame.columns):
            parts += [_markdown_table(frame), ""]
        parts += [f"*{n}*" for n in self._notes(lang)]
        if self.caveats:
            parts += ["", f"**{MSG('caveats', lang=lang)}**", ""]
            parts += [f"- {render(c, lang)}" for c in self.caveats]
        parts += ["", f"*{self.provenance(lang)}*"]
        return "\n".join(parts).strip() + "\n"

    def to_html(self, lang: str | None = None) -> str:
        """The notebook display as HTML: headline first, compact table, plot, caveats."""
        lang = resolve_language(lang)
        esc = html.escape
        colour = {"data": "#777", "information": "#b36b00", "knowledge": "#2e7d32"}.get(
            self.rung, "#777"
        )
        frame, _ = self._compact(lang)
        parts = [
            '<div class="civicanalysis-result" style="max-width:60em">',
            f"<h4 style='margin-bottom:0.2em'>{esc(render(self._title(lang), lang))}</h4>",
            f"<div style='display:inline-block;padding:0.1em 0.6em;border-radius:0.8em;"
            f"background:{colour};color:white;font-size:85%' "
            f"title='{esc(MSG('rung', lang=lang))}'>{esc(self.rung_label(lang))}</div>",
            f"<p>{esc(self.explain(lang))}</p>",
        ]
        if len(frame.columns):
            parts.append(_html_table(frame))
        parts += [f"<p><small>{esc(n)}</small></p>" for n in self._notes(lang)]
        png = self._plot_png(lang)
        if png is not None:
            import base64

            data = base64.b64encode(png).decode("ascii")
            alt = html.escape(render(self._title(lang), lang), quote=True)
            parts.append(f'<img alt="{alt}" src="data:image/png;base64,{data}"/>')
        if self.caveats:
            parts.append(f"<p><b>{esc(MSG('caveats', lang=lang))}</b></p><ul>")
            parts += [f"<li>{esc(render(c, lang))}</li>" for c in self.caveats]
            parts.append("</ul>")
        parts.append(f"<p><small><i>{esc(self.provenance(lang))}</i></small></p>")
        parts.append("</div>")
        return "\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-safe data: numbers, Estimates as dicts, the table as records,
        texts (title, explanation, caveats) in both languages, and how it was computed."""
        out: dict[str, Any] = {"type": type(self).__name__, "rung": self.rung}
        out["title"] = {lang: render(self._title(lang), lang) for lang in ("en", "nl")}
        out["explanation"] = {lang: self.explain(lang) for lang in ("en", "nl")}
        if is_dataclass(self):
            for f in fields(self):
                if f.name.startswith("_") or f.name == "caveats":
                    continue
                out[f.name] = jsonable(getattr(self, f.name))
        else:
            out["table"] = jsonable(self.table)
        out["caveats"] = {lang: [render(c, lang) for c in self.caveats] for lang in ("en", "nl")}
        out["computed_with"] = jsonable(self.computed_with)
        out["produced_by"] = jsonable(self.produced_by)
        return out

    def __repr__(self) -> str:
        lang = resolve_language(None)
        frame, _ = self._compact(lang)
        lines = [f"{render(self._title(lang), lang)}  [{self.rung_label(lang)}]", ""]
        lines.append(self.explain(lang))
        if len(frame.columns):
            lines += ["", frame.to_string(index=False)]
        lines += [str(n) for n in self._notes(lang)]
        if self.caveats:
            lines += ["", MSG("caveats", lang=lang) + ":"] + [
                f"- {render(c, lang)}" for c in self.caveats
            ]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        # The notebook display is the shared one, even where a result exports its own HTML.
        return ResultMixin.to_html(self, None)


def caveat_field() -> Any:
    """``dataclasses.field`` default for a ``caveats`` tuple."""
    return field(default_factory=tuple)


def warn(category: type[Warning], message: str, caveats: list[str], stacklevel: int = 3) -> None:
    """Raise ``message`` as a warning of ``category`` and keep it in ``caveats``.

    Keep ``message`` a :class:`~civicanalysis._text.Text` (from a catalog) so the caveat renders
    in the language the result is shown in. ``stacklevel=3`` points at the user's call when called
    from a public function's helper; public functions that warn directly pass ``stacklevel=2``.
    """
    import warnings

    from ._warnings_display import install

    install()  # in a notebook: show package warnings as one plain box (no file path)
    caveats.append(message)
    warnings.warn(message, category, stacklevel=stacklevel)
