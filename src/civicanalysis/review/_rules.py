"""The rules: a table of small functions, each looking at one thing.

A cell rule takes a cell and the notebook context and yields ``(text, advice)`` pairs; a notebook
rule takes the context and yields ``(cell, text, advice)``. :data:`RULE_TABLE` lists them with
their id and severity; :func:`run` applies them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from .._text import Text
from ..wording import find_causal_claims, split_sentences
from . import _code, _text_rules
from ._counts import small_counts
from ._messages import MSG
from ._notebook import MAX_OUTPUT_CHARS, Cell, prose, quoted_spans, snippet
from ._tables import plain_grids

Pair = tuple[Text, Text]


@dataclass
class Context:
    """The notebook as the rules see it, with what several rules need computed once."""

    cells: list[Cell]
    metadata: dict
    lang: str
    limit: int
    _prose: dict[int, str | None] = field(default_factory=dict)

    @cached_property
    def code_all(self) -> str:
        return "\n".join(c.source for c in self.cells if c.kind == "code")

    @cached_property
    def everything(self) -> str:
        """Code, markdown and the text of outputs (for words that say what a row is)."""
        parts = [c.source for c in self.cells]
        parts += [o.text[:3_000] for c in self.cells for o in c.outputs]
        return "\n".join(parts)

    @cached_property
    def corrected(self) -> bool:
        return bool(_CORRECTION.search(self.code_all))

    @cached_property
    def interaction_tested(self) -> bool:
        return bool(_INTERACTION.search(self.code_all))

    @cached_property
    def comparison_group(self) -> bool:
        return bool(_COMPARISON.search(self.code_all))

    @cached_property
    def repeated_unit(self) -> str | None:
        """A unit id (pupil, case, person) when the data hold several rows (periods) per unit."""
        if _GROUPED_SPLIT.search(self.code_all):
            return None
        unit = _UNIT_ID.search(self.everything)
        return unit.group(0) if unit and _PERIOD_WORD.search(self.everything) else None

    def prose(self, cell: Cell) -> str | None:
        """The prose of a markdown cell, or None when it is in a language the rules cannot read."""
        if cell.position not in self._prose:
            text = prose(cell.source)
            self._prose[cell.position] = None if _text_rules.foreign_language(text) else text
        return self._prose[cell.position]

    def sentences(self, cell: Cell) -> list[str]:
        text = self.prose(cell)
        if text is None:
            return []
        return [" ".join(s.split()) for _, s in split_sentences(text) if s.strip()]


_CORRECTION = re.compile(
    r"multipletests|bonferroni|holm|fdr|benjamini|hochberg|multiple_comparisons|"
    r"MultipleComparisons|false_discovery_control",
    re.IGNORECASE,
)
_INTERACTION = re.compile(r"interaction|interactie|~[^'\"\n]{0,300}[*:]", re.IGNORECASE)
_COMPARISON = re.compile(
    r"control|comparison|controle|vergelijk|treated|treatment|behandel|"
    r"difference_in_differences|interrupted_time_series|diff_in_diff|synthetic",
    re.IGNORECASE,
)
_GROUPED_SPLIT = re.compile(r"Group(?:KFold|ShuffleSplit)|LeaveOneGroupOut|groups\s{0,3}=")
_UNIT_ID = re.compile(
    r"\b(?:leerling_id|leerlingnummer|pupil_id|student_id|studentnummer|person_id|persoon_id|"
    r"client_id|clientnummer|cliëntnummer|case_id|dossier_id|dossiernummer|klant_id|"
    r"household_id|huishouden_id|kind_id|child_id|patient_id|pseudo_bsn|bsn)\b",
    re.IGNORECASE,
)
_PERIOD_WORD = re.compile(
    r"\b(?:schooljaar|jaar|year|month|maand|week|periode|period|datum|date|kwartaal|quarter|"
    r"meting|wave|peiljaar)\b",
    re.IGNORECASE,
)


# -- markdown rules ----------------------------------------------------------------------------------
def unsupported_language(cell: Cell, ctx: Context) -> Iterator[Pair]:
    language = _text_rules.foreign_language(prose(cell.source))
    if language is not None:
        name = MSG(f"lang_{language}", lang=ctx.lang)
        yield MSG("lang_text_cell", lang=ctx.lang, language=name), MSG("lang_advice", lang=ctx.lang)


def causal_claim(cell: Cell, ctx: Context) -> Iterator[Pair]:
    text = ctx.prose(cell)
    if text is None:
        return
    quoted = quoted_spans(text)
    for claim in find_causal_claims(text):
        if any(s <= claim.start < e for s, e in quoted):
            continue  # reported speech
        suggestion = getattr(claim, "suggestion", "") or ""
        advice_fields = {
            "suggestion": MSG(
                "causal_suggestion", lang=ctx.lang, suggestion=snippet(suggestion, 240).rstrip(".")
            )
            if suggestion
            else ""
        }
        yield (
            MSG(
                "causal_text", lang=ctx.lang, phrase=claim.phrase, sentence=snippet(claim.sentence)
            ),
            MSG("causal_advice", lang=ctx.lang, **advice_fields),
        )


def estimate_in_prose(cell: Cell, ctx: Context) -> Iterator[Pair]:
    for sentence in ctx.sentences(cell):
        if _text_rules.states_estimate(_unquoted(sentence)):
            yield (
                MSG("nounc_text_md", lang=ctx.lang, sentence=snippet(sentence)),
                MSG("nounc_advice", lang=ctx.lang),
            )


def subgroup_claim(cell: Cell, ctx: Context) -> Iterator[Pair]:
    if ctx.interaction_tested:
        return
    for sentence in ctx.sentences(cell):
        if _text_rules.subgroup_claim(_unquoted(sentence)):
            yield (
                MSG("subgroup_text", lang=ctx.lang, sentence=snippet(sentence)),
                MSG("subgroup_advice", lang=ctx.lang),
            )


def _unquoted(sentence: str) -> str:
    spans = quoted_spans(sentence)
    for start, end in reversed(spans):
        sentence = sentence[:start] + " " + sentence[end:]
    return sentence


# -- code rules --------------------------------------------------------------------------------------
def many_comparisons(cell: Cell, ctx: Context) -> Iterator[Pair]:
    if ctx.corrected or cell.tree is None:
        return
    tests = _code.tests_in_loops(cell.tree)
    if tests:
        yield (
            MSG(
                "many_loop_text",
                lang=ctx.lang,
                tests=", ".join(tests),
                snippet=snippet(cell.source),
            ),
            MSG("many_advice", lang=ctx.lang),
        )


def dropped_missing(cell: Cell, ctx: Context) -> Iterator[Pair]:
    if ".dropna(" in cell.source and not _REPORTED.search(cell.source):
        yield (
            MSG("dropna_text", lang=ctx.lang, snippet=snippet(cell.source)),
            MSG("dropna_advice", lang=ctx.lang),
        )


_REPORTED = re.compile(r"len\(|\.shape|isna\(\)\.sum|isnull\(\)\.sum|print\(|n_dropped|dropped")
_SPREAD = re.compile(r"\b(?:sem|std|count|size|ci|conf|agg|quantile)\b|ca\.")


def group_means(cell: Cell, ctx: Context) -> Iterator[Pair]:
    if cell.tree is None or _SPREAD.search(cell.source):
        return
    if _code.shown_group_means(cell.tree):
        what = MSG("nounc_group_means", lang=ctx.lang)
        yield (
            MSG("nounc_text_out", lang=ctx.lang, what=what, snippet=snippet(cell.source)),
            MSG("nounc_advice", lang=ctx.lang),
        )


def before_after(cell: Cell, ctx: Context) -> Iterator[Pair]:
    if ctx.comparison_group or cell.tree is None:
        return
    moment = _code.before_after(cell.tree)
    if moment is not None:
        when = moment or MSG("before_after_moment", lang=ctx.lang)
        yield (
            MSG("before_after_text", lang=ctx.lang, moment=when, snippet=snippet(cell.source)),
            MSG("before_after_advice", lang=ctx.lang),
        )


def random_split_of_units(cell: Cell, ctx: Context) -> Iterator[Pair]:
    if cell.tree is None:
        return
    call = _code.random_split(cell.tree)
    if call and ctx.repeated_unit is not None:
        unit = ctx.repeated_unit
        yield (
            MSG("split_text", lang=ctx.lang, call=call, unit=unit, snippet=snippet(cell.source)),
            MSG("split_advice", lang=ctx.lang, unit=unit),
        )


def training_data(ctx: Context) -> Iterator[tuple[int, Text, Text]]:
    state = _code.ModelState()
    for cell in ctx.cells:
        if cell.tree is None:
            continue
        flagged = None
        for stmt in cell.tree.body:
            flagged = state.statement(stmt) or flagged
        if flagged:
            model, x = flagged
            yield (
                cell.position,
                MSG("train_text", lang=ctx.lang, model=model, x=x, snippet=snippet(cell.source)),
                MSG("train_advice", lang=ctx.lang),
            )


def kernel_language(ctx: Context) -> Iterator[tuple[int, Text, Text]]:
    kernel = (ctx.metadata.get("kernelspec") or {}).get("language") or (
        ctx.metadata.get("language_info") or {}
    ).get("name")
    if kernel and str(kernel).lower() not in ("python", "python3", "ipython", "ipython3"):
        yield (
            0,
            MSG("lang_text_kernel", lang=ctx.lang, language=kernel),
            MSG("lang_advice", lang=ctx.lang),
        )


# -- output rules ------------------------------------------------------------------------------------
def huge_output(cell: Cell, ctx: Context) -> Iterator[Pair]:
    for output in cell.outputs:
        if len(output.text) > MAX_OUTPUT_CHARS:
            yield (
                MSG("huge_text", lang=ctx.lang, size=len(output.text)),
                MSG("huge_advice", lang=ctx.lang),
            )
            return


def printed_estimate(cell: Cell, ctx: Context) -> Iterator[Pair]:
    for output in cell.outputs:
        if output.kind == "html" or output.has_html or len(output.text) > MAX_OUTPUT_CHARS:
            continue
        if _text_rules.has_uncertainty(output.text):
            continue
        _, lines = plain_grids(output.text)
        hit = next((line for line in lines if _text_rules.printed_estimate(line)), None)
        if hit is None and _bare_score(cell, output.text):
            hit = output.text.strip()
        if hit is not None:
            what = MSG("nounc_number", lang=ctx.lang)
            yield (
                MSG("nounc_text_out", lang=ctx.lang, what=what, snippet=snippet(hit)),
                MSG("nounc_advice", lang=ctx.lang),
            )
            return


def _bare_score(cell: Cell, text: str) -> bool:
    """A bare number shown as the result of ``model.score(...)`` or a metric."""
    tree = cell.tree
    if tree is None or not tree.body or len(text.split()) != 1:
        return False
    last = tree.body[-1]
    name = _code.call_name(last.value) if hasattr(last, "value") else ""
    return (name == "score" or name in _code.METRICS) and text.strip()[:1].isdigit()


def small_cell(cell: Cell, ctx: Context) -> Iterator[Pair]:
    found = small_counts(cell, ctx.limit)
    if found:
        examples = "; ".join(found[:4]) + (" …" if len(found) > 4 else "")
        yield (
            MSG("small_text", lang=ctx.lang, n=len(found), limit=ctx.limit, examples=examples),
            MSG("small_advice", lang=ctx.lang, limit=ctx.limit),
        )


@dataclass(frozen=True)
class Rule:
    """One row of the rule table."""

    id: str
    severity: str
    scope: str  # "markdown", "code" or "notebook"
    check: Callable


#: The rules in the order their findings are listed within a cell.
RULE_TABLE: tuple[Rule, ...] = (
    Rule("unsupported-language", "error", "notebook", kernel_language),
    Rule("unsupported-language", "error", "markdown", unsupported_language),
    Rule("causal-claim", "error", "markdown", causal_claim),
    Rule("no-uncertainty", "warning", "markdown", estimate_in_prose),
    Rule("subgroup-claim", "warning", "markdown", subgroup_claim),
    Rule("huge-output", "error", "code", huge_output),
    Rule("evaluated-on-training-data", "warning", "notebook", training_data),
    Rule("evaluated-on-training-data", "warning", "code", random_split_of_units),
    Rule("many-comparisons", "warning", "code", many_comparisons),
    Rule("before-after-without-comparison", "warning", "code", before_after),
    Rule("dropped-missing", "warning", "code", dropped_missing),
    Rule("no-uncertainty", "warning", "code", group_means),
    Rule("no-uncertainty", "warning", "code", printed_estimate),
    Rule("small-cell", "error", "code", small_cell),
)

#: Rule id → severity. ``error`` makes ``civicanalysis review`` exit with status 1.
RULES: dict[str, str] = {}
for _rule in RULE_TABLE:
    RULES.setdefault(_rule.id, _rule.severity)


def run(ctx: Context, active: set[str]) -> list[tuple[str, int, Text, Text]]:
    """Every finding as ``(rule, cell, text, advice)``, ordered by cell then by the rule table."""
    found: list[tuple[int, int, str, Text, Text]] = []
    for order, rule in enumerate(RULE_TABLE):
        if rule.id not in active:
            continue
        if rule.scope == "notebook":
            for position, text, advice in rule.check(ctx):
                found.append((position, order, rule.id, text, advice))
            continue
        for cell in ctx.cells:
            if cell.kind == rule.scope:
                for text, advice in rule.check(cell, ctx):
                    found.append((cell.position, order, rule.id, text, advice))
    found.sort(key=lambda f: (f[0], f[1]))
    return [(rule, position, text, advice) for position, _, rule, text, advice in found]
