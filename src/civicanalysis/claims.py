"""From information to knowledge: causal wording, hypotheses as objects, and the E-value.

Three things live here, all in service of the brief's ladder data → information → knowledge:

* :func:`find_causal_claims` finds wording that states a cause ("leads to", "leidt tot") where the
  evidence is an association, and suggests a neutral wording;
* :class:`Hypothesis` ties a claim in words to columns, tests it with the checks that fit
  (association with uncertainty, measured confounders, sensitivity to an unmeasured confounder)
  and keeps a record of every check that can be saved and read back;
* :func:`e_value` (VanderWeele & Ding 2017): how strong an unmeasured confounder would have to be
  to explain an association away.
"""

from __future__ import annotations

import json
import math
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar

import pandas as pd

from ._exceptions import CausalLanguageWarning, CivicAnalysisWarning, InvalidOptionError
from ._results import Estimate, ResultMixin, measure_name
from ._text import Catalog, fmt, resolve_language

MSG = Catalog(
    "claims",
    {
        "text_type": {
            "en": "text must be a string (the sentence or paragraph to scan); got {typ} instead. "
            "Join several texts first, e.g. ' '.join(texts), or scan them one at a time.",
            "nl": "text moet een tekst (string) zijn, de zin of alinea om te scannen; het is "
            "{typ}. Voeg meerdere teksten eerst samen, bijvoorbeeld ' '.join(teksten), of scan "
            "ze een voor een.",
        },
        "causal_warning": {
            "en": "{where} states a cause: {phrase!r} in {sentence!r}. An association in "
            "observational data does not show a cause, and readers will take this wording as "
            "one. Write, for example: {suggestion!r}.",
            "nl": "{where} noemt een oorzaak: {phrase!r} in {sentence!r}. Een samenhang in "
            "observationele data laat geen oorzaak zien, en lezers vatten deze formulering wel zo "
            "op. Schrijf bijvoorbeeld: {suggestion!r}.",
        },
        "where_text": {"en": "The text", "nl": "De tekst"},
        "h_where": {"en": "The hypothesis", "nl": "De hypothese"},
        "ev_title": {
            "en": "E-value: sensitivity to an unmeasured confounder",
            "nl": "E-waarde: gevoeligheid voor een niet-gemeten verstorende factor",
        },
        "ev_what": {
            "en": "The {measure} is {value}.",
            "nl": "De {measure} is {value}.",
        },
        "ev_point": {
            "en": "To explain this association away, an unmeasured confounder would need a risk "
            "ratio of at least {e} with both the exposure and the outcome (the E-value), beyond "
            "the factors already held fixed.",
            "nl": "Om deze samenhang weg te verklaren zou een niet-gemeten verstorende factor een "
            "risicoverhouding van minstens {e} moeten hebben met zowel de blootstelling als de "
            "uitkomst (de E-waarde), bovenop de factoren die al vastgehouden zijn.",
        },
        "ev_ci": {
            "en": "To move the interval so that it includes no association, {e} would be enough.",
            "nl": "Om het interval zo te verschuiven dat het geen samenhang omvat, zou {e} al "
            "genoeg zijn.",
        },
        "ev_ci_one": {
            "en": "The interval already includes no association, so no hidden factor is needed to "
            "make the data consistent with none.",
            "nl": "Het interval omvat al geen samenhang, dus er is geen verborgen factor nodig om "
            "de data verenigbaar te maken met geen samenhang.",
        },
        "ev_not": {
            "en": "The E-value does not say that such a factor exists, nor that it does not; "
            "judge whether one this strong is plausible.",
            "nl": "De E-waarde zegt niet dat zo'n factor bestaat, en ook niet dat die er niet is; "
            "beoordeel of een factor van deze sterkte aannemelijk is.",
        },
        "ev_type": {
            "en": "estimate must be a civicanalysis Estimate (e.g. result.estimate); got {typ} "
            "instead. Build one with ca.Estimate('risk ratio', value, ci_low, ci_high, null=1.0).",
            "nl": "estimate moet een civicanalysis Estimate zijn (bijvoorbeeld result.estimate); "
            "het is {typ}. Maak er een met ca.Estimate('risk ratio', waarde, ci_low, ci_high, "
            "null=1.0).",
        },
        "ev_sd": {
            "en": "sd={value!r}: a {measure} needs the standard deviation of the outcome (a "
            "positive number) to be put on the risk-ratio scale. Pass sd=data[outcome].std().",
            "nl": "sd={value!r}: een {measure} heeft de standaardafwijking van de uitkomst nodig "
            "(een positief getal) om naar de schaal van een risicoverhouding te gaan. Geef "
            "sd=data[uitkomst].std() mee.",
        },
        "ev_measure": {
            "en": "estimate.measure={measure!r} has no E-value formula; it works for {measures}, "
            "a difference in means (with sd=) or a standardised difference.",
            "nl": "estimate.measure={measure!r} heeft geen formule voor de E-waarde; die bestaat "
            "voor {measures}, een verschil in gemiddelden (met sd=) of een gestandaardiseerd "
            "verschil.",
        },
        "h_statement": {
            "en": "statement={value!r} must be the claim in words, e.g. 'Fish shops lead to "
            "vandalism'; a hypothesis that is not written down cannot be traced back.",
            "nl": "statement={value!r} moet de bewering in woorden zijn, bijvoorbeeld "
            "'Viswinkels leiden tot vandalisme'; een hypothese die niet is opgeschreven, is niet "
            "na te gaan.",
        },
        "h_time_pair": {
            "en": "duration={duration!r} and event={event!r}: a time-to-event claim needs both "
            "(the follow-up time and the 0/1 event column); give both or neither.",
            "nl": "duration={duration!r} en event={event!r}: een bewering over de tijd tot een "
            "gebeurtenis heeft beide nodig (de volgtijd en de 0/1-kolom van de gebeurtenis); geef "
            "beide of geen van beide.",
        },
        "h_no_outcome": {
            "en": "outcome=None: name the column of the supposed effect with outcome=..., or "
            "duration=... and event=... for a time-to-event claim.",
            "nl": "outcome=None: noem de kolom van het veronderstelde gevolg met outcome=..., of "
            "duration=... en event=... voor een bewering over de tijd tot een gebeurtenis.",
        },
        "h_bad_record": {
            "en": "This is not a hypothesis record written by Hypothesis.save(); it cannot be "
            "read back. Check the file.",
            "nl": "Dit is geen hypotheseverslag geschreven door Hypothesis.save(); het kan niet "
            "worden ingelezen. Controleer het bestand.",
        },
        "h_title": {"en": "Hypothesis: {statement}", "nl": "Hypothese: {statement}"},
        "h_status_untested": {
            "en": "This hypothesis has not been tested yet (status: untested).",
            "nl": "Deze hypothese is nog niet getoetst (status: untested).",
        },
        "h_status_no_association": {
            "en": "Status no-association: the data are consistent with no association, so they "
            "do not support the hypothesis (this is not proof that there is none).",
            "nl": "Status no-association (geen samenhang): de data zijn verenigbaar met geen samenhang, dus ze "
            "steunen de hypothese niet (dat bewijst niet dat er geen samenhang is).",
        },
        "h_status_confounded": {
            "en": "Status confounded: there is an association, but it disappears when a measured "
            "confounder is held fixed, so something else explains it.",
            "nl": "Status confounded (verstoord): er is een samenhang, maar die verdwijnt als een gemeten "
            "verstorende factor vastgehouden wordt; iets anders verklaart hem dus.",
        },
        "h_status_survives_checks": {
            "en": "Status survives-checks: the association survived the checks so far; that is "
            "still not a proven cause.",
            "nl": "Status survives-checks (doorstaat de controles): de samenhang heeft de controles tot nu toe overleefd; "
            "dat is nog steeds geen bewezen oorzaak.",
        },
        "h_status_refuted": {
            "en": "Status refuted: the data show a clear association in the opposite direction "
            "of the claim.",
            "nl": "Status refuted (weerlegd): de data laten een duidelijke samenhang zien in de "
            "tegenovergestelde richting van de bewering.",
        },
        "h_untested_next": {
            "en": "Test it with .test(data), naming the possible confounders you know of.",
            "nl": "Toets haar met .test(data) en noem de mogelijke verstorende factoren die u kent.",
        },
        "h_data": {
            "en": "It was tested on {n} rows, {exposure} against {outcome}, with: {checks}.",
            "nl": "Getoetst op {n} rijen, {exposure} tegen {outcome}, met: {checks}.",
        },
        "h_conf": {
            "en": "Held fixed: {used}; flagged as confounder: {flagged}. The {measure} went from "
            "{crude} before to {adjusted} after holding them fixed.",
            "nl": "Vastgehouden: {used}; aangemerkt als verstorende factor: {flagged}. De "
            "{measure} ging van {crude} ervoor naar {adjusted} na het vasthouden.",
        },
        "h_conf_none": {
            "en": "No candidate confounders were found to hold fixed; unmeasured ones remain "
            "possible.",
            "nl": "Er zijn geen kandidaat-verstorende factoren gevonden om vast te houden; "
            "niet-gemeten factoren blijven mogelijk.",
        },
        "h_nothing": {"en": "none", "nl": "geen"},
        "h_assoc": {
            "en": "Association: {measure} {value}, n = {n}. {verdict}",
            "nl": "Samenhang: {measure} {value}, n = {n}. {verdict}",
        },
        "h_crude": {"en": "crude", "nl": "ruw"},
        "h_adjusted": {"en": "adjusted", "nl": "gecorrigeerd"},
        "h_sens": {
            "en": "Only an unmeasured confounder with a risk ratio of at least {e} with both "
            "exposure and outcome could explain the association away (E-value; {eci} for the "
            "interval limit).",
            "nl": "Alleen een niet-gemeten verstorende factor met een risicoverhouding van "
            "minstens {e} met zowel blootstelling als uitkomst zou de samenhang kunnen "
            "wegverklaren (E-waarde; {eci} voor de intervalgrens).",
        },
        "h_needed": {
            "en": "Observational data alone cannot show a cause: that needs a randomised "
            "experiment, a natural experiment, or a before/after comparison with a comparison "
            "group.",
            "nl": "Observationele data alleen kunnen geen oorzaak aantonen: daarvoor is een "
            "gerandomiseerd experiment nodig, een natuurlijk experiment, of een voor/na-meting "
            "met een vergelijkingsgroep.",
        },
        "h_md_status": {"en": "Status", "nl": "Status"},
        "h_md_rung": {"en": "Rung", "nl": "Trede"},
        "h_md_columns": {"en": "Columns", "nl": "Kolommen"},
        "h_md_data": {"en": "Data", "nl": "Data"},
        "h_md_roles": {
            "en": "exposure `{exposure}`, outcome `{outcome}`",
            "nl": "blootstelling `{exposure}`, uitkomst `{outcome}`",
        },
        "h_md_duration": {"en": ", duration `{duration}`", "nl": ", duur `{duration}`"},
        "h_md_rows": {
            "en": "{n} rows, fingerprint `{fingerprint}`, {when}",
            "nl": "{n} rijen, vingerafdruk `{fingerprint}`, {when}",
        },
        "h_md_checks": {"en": "Checks", "nl": "Controles"},
        "h_md_caveats": {"en": "Caveats", "nl": "Kanttekeningen"},
    },
)

# --------------------------------------------------------------------------------------------
# Causal wording
# --------------------------------------------------------------------------------------------
# No maintained library detects causal claims in English and Dutch policy prose offline (the
# research tools need large language models and the network), so this is a small, transparent
# pattern list with negation and hedge handling. Its precision and recall are measured on the
# labelled sentences in tests/reference/claims_sentences.csv (script: claims_precision_recall.py).

# (pattern, language, neutral replacement). Patterns are matched case-insensitively on word
# boundaries; the replacement goes into the suggested sentence.
_PATTERNS: list[tuple[str, str, str]] = [
    # English
    (
        r"(?:is|are|was|were)\s+(?:the\s+|a\s+)?(?:main\s+|major\s+|real\s+)?causes?\s+of",
        "en",
        "is associated with",
    ),
    (r"caus(?:es|ed|ing|e)(?!\s+(?:of|for|and)\b)", "en", "is associated with"),
    (r"(?:leads?|leading|led)\s+to", "en", "goes together with"),
    (r"due\s+to", "en", "associated with"),
    (r"result(?:s|ed|ing)?\s+in", "en", "is associated with"),
    (r"because\s+of", "en", "alongside"),
    (r"as\s+a\s+(?:direct\s+)?(?:result|consequence)\s+of", "en", "alongside"),
    (r"owing\s+to", "en", "alongside"),
    (r"(?:is|are|was|were)\s+responsible\s+for", "en", "is associated with"),
    (r"gives?\s+rise\s+to|gave\s+rise\s+to", "en", "goes together with"),
    (r"(?:is|are|was|were)\s+driven\s+by", "en", "is associated with"),
    (r"(?:is|are|was|were)\s+attributable\s+to", "en", "is associated with"),
    (r"the\s+(?:causal\s+)?(?:effect|impact)\s+of", "en", "the association of"),
    (r"thanks\s+to", "en", "alongside"),
    # Dutch
    (r"veroorza(?:akt|ken|akte|akten)", "nl", "hangt samen met"),
    (r"(?:leidt|leiden|leidde|leidden|geleid)\s+tot", "nl", "gaat samen met"),
    (r"tot\s+(?:\w+\s+){0,3}?(?:leidt|leiden|leidde|leidden|geleid)", "nl", "samengaan met"),
    (r"(?:zorgt|zorgen|zorgde|zorgden|gezorgd)\s+voor", "nl", "gaat samen met"),
    (r"(?:komt|komen|kwam|kwamen)\s+(?:\w+\s+){0,2}?door", "nl", "hangt samen met"),
    (r"als\s+gevolg\s+van|ten\s+gevolge\s+van", "nl", "samen met"),
    (
        r"(?:is|zijn|was|waren)\s+(?:de\s+)?(?:belangrijkste\s+)?oorza(?:ak|ken)\s+van",
        "nl",
        "hangt samen met",
    ),
    (r"daardoor|hierdoor|waardoor", "nl", "tegelijk"),
    (r"resulte(?:ert|ren|erde)\s+in", "nl", "gaat samen met"),
    (r"te\s+wijten\s+aan", "nl", "samenhangend met"),
    (r"het\s+(?:causale\s+)?effect\s+van", "nl", "de samenhang van"),
    (r"dankzij", "nl", "samen met"),
]
# The neutral verb in the form the causal verb had (plural, past), keyed by the first word.
_FORMS = {
    "cause": "are associated with",
    "causes": "is associated with",
    "caused": "went together with",
    "causing": "being associated with",
    "lead": "go together with",
    "leads": "goes together with",
    "led": "went together with",
    "leading": "going together with",
    "result": "go together with",
    "results": "goes together with",
    "resulted": "went together with",
    "resulting": "going together with",
    "give": "go together with",
    "gives": "goes together with",
    "gave": "went together with",
    "is": "is associated with",
    "are": "are associated with",
    "was": "was associated with",
    "were": "were associated with",
    "veroorzaken": "hangen samen met",
    "veroorzaakte": "hing samen met",
    "veroorzaakten": "hingen samen met",
    "leiden": "gaan samen met",
    "leidde": "ging samen met",
    "leidden": "gingen samen met",
    "zorgen": "gaan samen met",
    "zorgde": "ging samen met",
    "zorgden": "gingen samen met",
    "komen": "hangen samen met",
    "kwam": "hing samen met",
    "kwamen": "hingen samen met",
    "zijn": "hangen samen met",
    "waren": "hingen samen met",
    "resulteren": "gaan samen met",
    "resulteerde": "ging samen met",
}


def _neutral(phrase: str, default: str) -> str:
    """The neutral wording for ``phrase``, in the same verb form, capitalised like it."""
    first = phrase.split()[0]
    words = default.split()
    verb_like = words[0] not in ("the", "de", "associated", "alongside", "samen", "tegelijk")
    text = _FORMS.get(first.lower(), default) if verb_like else default
    return text[0].upper() + text[1:] if first[0].isupper() else text


_COMPILED = [
    (re.compile(rf"\b(?:{pat})\b", re.IGNORECASE), lang, repl) for pat, lang, repl in _PATTERNS
]

# Words that, before the causal phrase in the same clause, make it a negation, a hedge, a
# question or a hypothesis rather than a claim.
_QUALIFIERS = {
    "en": r"not|no|n't|never|neither|nor|cannot|may|might|could|would|possibly|perhaps|maybe|"
    r"whether|if|hypothesis|hypothesise|hypothesize|hypothesised|hypothesized|suspect|"
    r"unclear|unknown|test|tests|testing|check|claim|claims|claimed|suggests?|suggested|"
    r"assume|assumed|question|without",
    "nl": r"niet|geen|nooit|noch|kan|kunnen|kon|konden|mogelijk|misschien|wellicht|mogelijkerwijs|"
    r"zou|zouden|of|als|hypothese|vermoeden|vermoed|onduidelijk|onbekend|toetsen|toetst|"
    r"getoetst|nagaan|controleren|bewering|beweert|beweren|suggereert|aanname|vraag|zonder",
}
_QUALIFIER_RE = {
    lang: re.compile(rf"(?:\b(?:{words})\b|n't)", re.IGNORECASE)
    for lang, words in _QUALIFIERS.items()
}
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\b(?:but|maar|and|en|while|terwijl)\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n(?=\s*[-*#\d])")


@dataclass(frozen=True)
class CausalClaim:
    """One causal wording found by :func:`find_causal_claims`.

    Attributes
    ----------
    phrase : str
        The causal words as written, e.g. ``"leads to"``.
    start, end : int
        Character positions of ``phrase`` in the scanned text (``text[start:end] == phrase``).
    line : int
        Line of the scanned text the phrase is on, counting from 1.
    sentence : str
        The sentence it stands in.
    language : str
        ``"en"`` or ``"nl"``: the language of the pattern that matched.
    suggestion : str
        The sentence with a neutral wording ("is associated with", "hangt samen met").

    Examples
    --------
    >>> import civicanalysis as ca
    >>> claim = ca.find_causal_claims("Fish shops lead to vandalism.")[0]
    >>> claim.phrase, claim.start, claim.end
    ('lead to', 11, 18)
    """

    phrase: str
    start: int
    end: int
    line: int
    sentence: str
    language: str
    suggestion: str

    def to_dict(self) -> dict[str, Any]:
        """The fields as a plain dict."""
        return {
            "phrase": self.phrase,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "sentence": self.sentence,
            "language": self.language,
            "suggestion": self.suggestion,
        }


def _sentences(text: str) -> list[tuple[int, str]]:
    """Split into (offset, sentence) pairs; offsets point into ``text``."""
    out, pos = [], 0
    for match in _SENTENCE_END.finditer(text):
        out.append((pos, text[pos : match.start()]))
        pos = match.end()
    out.append((pos, text[pos:]))
    return [(off, s) for off, s in out if s.strip()]


def _is_qualified(sentence: str, start: int, end: int, lang: str) -> bool:
    """True when the causal phrase is negated, hedged, asked or stated as a hypothesis."""
    if sentence.rstrip().endswith("?"):
        return True
    before = sentence[:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    # Also look at a few words right after ("causes no ...", "leidt niet tot" is handled by the
    # pattern gap, "veroorzaakt geen").
    after = " ".join(sentence[end:].split()[:1])
    inside = sentence[start:end]
    return bool(
        _QUALIFIER_RE[lang].search(clause)
        or re.match(r"(?i)(no|geen|niet)\b", after)
        or re.search(r"(?i)\b(not|no|niet|geen|nooit)\b", inside)
    )


# A determiner, optionally followed by up to two adjectives ("a common cause", "the main
# underlying cause"), marks "cause"/"result" as a noun rather than a verb.
_DETERMINER = re.compile(
    r"(?i)\b(?:a|an|the|its|their|this|that|one|no|any|each|every|first|final|end)"
    r"\s+(?:[a-z-]+,?\s+){0,2}$"
)


def _log_change(crude: Estimate, adjusted: Estimate) -> float:
    """Relative change of a ratio on the log scale (0.10 = the association moved by 10%)."""
    return abs(math.log(adjusted.value) - math.log(crude.value)) / abs(math.log(crude.value))


def _is_noun(sentence: str, start: int, phrase: str) -> bool:
    """True for the noun "cause"/"result" ("a cause is...", "store the result in x")."""
    return phrase.lower().startswith(("caus", "result")) and bool(
        _DETERMINER.search(sentence[:start])
    )


def find_causal_claims(text: str, *, warn: bool = False) -> list[CausalClaim]:
    """Find wording that states a cause, in English or Dutch, and suggest a neutral wording.

    A sentence such as "fish shops lead to vandalism" or "de overlast komt door de hangjongeren"
    presents an association as a cause. Negated, hedged or questioned wording ("does not cause",
    "might lead to", "leidt mogelijk tot", "Does X cause Y?") is not reported: it claims nothing.

    Parameters
    ----------
    text : str
        The text to scan (a sentence, a paragraph, a notebook cell).
    warn : bool, default False
        Also raise a :class:`~civicanalysis.CausalLanguageWarning` for each claim found.

    Returns
    -------
    list of CausalClaim
        One per causal wording, in order of position; empty when there are none. Each has
        ``phrase`` (the words), ``start`` and ``end`` (character positions in ``text``), ``line``
        (from 1), ``sentence``, ``language`` (``"en"``/``"nl"``) and ``suggestion`` (the sentence
        reworded neutrally).

    Raises
    ------
    InvalidOptionError
        If ``text`` is not a string.

    Warns
    -----
    CausalLanguageWarning
        With ``warn=True``, once per claim found.

    See Also
    --------
    Hypothesis : state the causal idea as a hypothesis and test it instead.
    review : scan a whole notebook.

    Notes
    -----
    This is a list of patterns with rules for negations and hedges, not a language model: it
    misses causal claims worded in other ways ("fish shops raise vandalism") and it flags some
    sentences that use causal words about something else ("because of the holidays the office was
    closed"). On the project's labelled test set of English and Dutch sentences
    (``tests/reference/claims_sentences.csv``) it reaches the precision and recall printed by
    ``tests/reference/claims_precision_recall.py``; treat each finding as a question for the
    author, not as a verdict.

    The scanner cannot know whether a cause *was* shown (say, by a randomised experiment); in that
    case the causal wording is right, and the finding can be dismissed.

    References
    ----------
    Hernán, M. A. (2018). The C-word: scientific euphemisms do not improve causal inference from
    observational data. *American Journal of Public Health* 108(5), 616–619.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> claims = ca.find_causal_claims("Fish shops lead to vandalism. Parks might reduce it.")
    >>> [(c.phrase, c.start, c.suggestion) for c in claims]
    [('lead to', 11, 'Fish shops go together with vandalism.')]
    >>> ca.find_causal_claims("Vissenwinkels leiden niet tot vandalisme.")
    []
    """
    if not isinstance(text, str):
        raise InvalidOptionError(MSG("text_type", typ=type(text).__name__))
    claims: list[CausalClaim] = []
    for offset, sentence in _sentences(text):
        taken: list[tuple[int, int]] = []
        for regex, lang, repl in _COMPILED:
            for match in regex.finditer(sentence):
                s, e = match.span()
                if any(s < te and ts < e for ts, te in taken):
                    continue
                taken.append((s, e))
                if _is_qualified(sentence, s, e, lang) or _is_noun(sentence, s, match.group(0)):
                    continue
                neutral = _neutral(match.group(0), repl)
                suggestion = (sentence[:s] + neutral + sentence[e:]).strip()
                suggestion = re.sub(r"\s+", " ", suggestion)
                start = offset + s
                claims.append(
                    CausalClaim(
                        phrase=match.group(0),
                        start=start,
                        end=offset + e,
                        line=text.count("\n", 0, start) + 1,
                        sentence=re.sub(r"\s+", " ", sentence.strip()),
                        language=lang,
                        suggestion=suggestion,
                    )
                )
    claims.sort(key=lambda c: c.start)
    if warn:
        import warnings

        for claim in claims:
            warnings.warn(
                MSG(
                    "causal_warning",
                    where=MSG("where_text"),
                    phrase=claim.phrase,
                    sentence=claim.sentence,
                    suggestion=claim.suggestion,
                ),
                CausalLanguageWarning,
                stacklevel=2,
            )
    return claims


# --------------------------------------------------------------------------------------------
# The E-value
# --------------------------------------------------------------------------------------------
# No maintained Python implementation of the E-value is among our dependencies (the reference is
# the R package EValue), so the published formulas of VanderWeele & Ding (2017) are written out
# here and tested against the paper's worked examples in tests/test_claims.py.

_RATIO_MEASURES = ("risk ratio", "rate ratio", "odds ratio", "hazard ratio")
_DIFFERENCE_MEASURES = ("difference in means", "standardised difference", "slope")


def _e_of_rr(rr: float) -> float:
    """E-value of a risk ratio (VanderWeele & Ding 2017, eq. 2); protective ratios are inverted."""
    if not math.isfinite(rr) or rr <= 0:
        return math.nan
    rr = 1 / rr if rr < 1 else rr
    return rr + math.sqrt(rr * (rr - 1))


def _to_rr(value: float, kind: str, rare_outcome: bool) -> float:
    """Approximate risk ratio of a ratio measure (VanderWeele & Ding 2017, Table 2)."""
    if not math.isfinite(value) or value <= 0:
        return math.nan
    if kind == "odds ratio" and not rare_outcome:
        return math.sqrt(value)
    if kind == "hazard ratio" and not rare_outcome:
        return (1 - 0.5 ** math.sqrt(value)) / (1 - 0.5 ** math.sqrt(1 / value))
    return value


@dataclass(frozen=True, eq=False, repr=False)
class EValueResult(ResultMixin):
    """Result of :func:`e_value`.

    Attributes
    ----------
    point : float
        E-value of the point estimate: the risk ratio an unmeasured confounder would need with
        both the exposure and the outcome to move the estimate to no association.
    ci : float
        E-value of the interval limit nearest to no association (1 when the interval already
        includes it).
    risk_ratio : Estimate
        The estimate on the (approximate) risk-ratio scale the E-value was computed from.
    source : Estimate
        The estimate as given.
    approximation : str
        How the estimate was turned into a risk ratio.
    table : pandas.DataFrame
        One row: ``estimate``, ``ci_low``, ``ci_high`` (risk-ratio scale), ``e_value``,
        ``e_value_ci``, ``measure``, ``method``.
    caveats : tuple of str
    """

    point: float
    ci: float
    risk_ratio: Estimate
    source: Estimate
    approximation: str
    table: pd.DataFrame
    caveats: tuple[str, ...] = ()
    rung: ClassVar[str] = "information"
    _show_plot_in_html: ClassVar[bool] = False

    def _title(self, lang: str) -> str:
        return MSG("ev_title", lang=lang)

    def _explain_sentences(self, lang: str) -> list[str]:
        sentences = [
            MSG(
                "ev_what",
                lang=lang,
                measure=self.source.measure,
                value=self.source.interval_text(lang),
            ),
            MSG("ev_point", lang=lang, e=fmt(self.point, lang)),
            MSG("ev_ci_one", lang=lang)
            if self.ci <= 1
            else MSG("ev_ci", lang=lang, e=fmt(self.ci, lang)),
            MSG("ev_not", lang=lang),
        ]
        return sentences + list(self.caveats)


def e_value(
    estimate: Estimate,
    *,
    rare_outcome: bool = False,
    sd: float | None = None,
) -> EValueResult:
    """How strong an unmeasured confounder would have to be to explain an association away.

    The E-value (VanderWeele & Ding 2017) is the smallest risk ratio that an unmeasured
    confounder would need with *both* the exposure and the outcome, beyond the measured ones, to
    move the estimate to no association. A large E-value means only a strong hidden factor could
    explain the association; an E-value near 1 means a weak one could.

    Parameters
    ----------
    estimate : Estimate
        A ratio (``measure`` "risk ratio", "rate ratio", "odds ratio" or "hazard ratio", with
        ``null=1``) or a difference ("difference in means", "slope"; give ``sd``) or a
        "standardised difference" (``null=0``).
    rare_outcome : bool, default False
        Whether the outcome is rare (under about 15% at the end of follow-up). Only used for odds
        and hazard ratios: a rare outcome makes them approximately risk ratios; otherwise the
        published conversions are used (the square root of the odds ratio; the hazard-ratio
        formula of VanderWeele 2017).
    sd : float, optional
        Standard deviation of the outcome, to turn a difference in means into a standardised
        difference ``d`` (risk ratio ≈ exp(0.91·d)).

    Returns
    -------
    EValueResult
        With ``point`` (the E-value of the estimate), ``ci`` (of the interval limit nearest to
        no association), ``risk_ratio`` (the estimate as a risk ratio), ``source``,
        ``approximation``, ``table`` (``estimate, ci_low, ci_high, e_value, e_value_ci, measure,
        method``) and ``explain()``.

    Raises
    ------
    InvalidOptionError
        If ``estimate`` is not an :class:`Estimate`, its measure has no E-value formula, or a
        difference in means comes without a positive ``sd``.

    See Also
    --------
    Hypothesis : runs the E-value as one of its checks.
    check_confounders : the measured confounders.

    Notes
    -----
    The E-value assumes nothing about the hidden confounder except its strength; it does not say
    such a confounder exists. It is about confounding only, not about selection or measurement
    error. The conversions for odds ratios, hazard ratios and standardised differences are
    approximations.

    References
    ----------
    VanderWeele, T. J., & Ding, P. (2017). Sensitivity analysis in observational research:
    introducing the E-value. *Annals of Internal Medicine* 167(4), 268–274.

    Examples
    --------
    The worked example of the paper: a risk ratio of 3.9 (95% interval 1.8 to 8.7).

    >>> import civicanalysis as ca
    >>> ev = ca.e_value(ca.Estimate("risk ratio", 3.9, 1.8, 8.7, null=1.0))
    >>> round(ev.point, 2), round(ev.ci, 2)
    (7.26, 3.0)
    """
    if not isinstance(estimate, Estimate):
        raise InvalidOptionError(MSG("ev_type", typ=type(estimate).__name__))
    measure = estimate.measure.lower()
    kind = next((m for m in _RATIO_MEASURES if m in measure), None)
    caveats: list[str] = []
    if kind is not None:
        convert = lambda v: _to_rr(v, kind, rare_outcome)  # noqa: E731
        approximation = {
            "odds ratio": "odds ratio ≈ risk ratio (rare outcome)"
            if rare_outcome
            else "risk ratio ≈ √(odds ratio) (common outcome)",
            "hazard ratio": "hazard ratio ≈ risk ratio (rare outcome)"
            if rare_outcome
            else "risk ratio ≈ (1 − 0.5^√HR) / (1 − 0.5^√(1/HR)) (common outcome)",
            "rate ratio": "rate ratio taken as a risk ratio",
            "risk ratio": "none (a risk ratio)",
        }[kind]
    elif any(m in measure for m in _DIFFERENCE_MEASURES):
        if "standardised" in measure:
            scale = 1.0
        elif sd is None or not (isinstance(sd, (int, float)) and sd > 0 and math.isfinite(sd)):
            raise InvalidOptionError(MSG("ev_sd", value=sd, measure=estimate.measure))
        else:
            scale = float(sd)
        convert = lambda v: math.exp(0.91 * v / scale)  # noqa: E731
        approximation = "risk ratio ≈ exp(0.91 × standardised difference)"
    else:
        raise InvalidOptionError(
            MSG("ev_measure", measure=estimate.measure, measures=list(_RATIO_MEASURES))
        )
    rr, lo, hi = (
        convert(v) if math.isfinite(v) else math.nan
        for v in (estimate.value, estimate.ci_low, estimate.ci_high)
    )
    point = _e_of_rr(rr)
    if not (math.isfinite(lo) and math.isfinite(hi)):
        ci = math.nan
    elif lo <= 1 <= hi:
        ci = 1.0
    else:
        ci = _e_of_rr(lo if rr > 1 else hi)
    rr_est = Estimate(
        "risk ratio",
        rr,
        lo,
        hi,
        null=1.0,
        conf_level=estimate.conf_level,
        method=approximation,
        n=estimate.n,
        label=estimate.label,
    )
    table = pd.DataFrame(
        [
            {
                "estimate": rr,
                "ci_low": lo,
                "ci_high": hi,
                "e_value": point,
                "e_value_ci": ci,
                "measure": estimate.measure,
                "method": approximation,
            }
        ]
    )
    return EValueResult(
        point=point,
        ci=ci,
        risk_ratio=rr_est,
        source=estimate,
        approximation=approximation,
        table=table,
        caveats=tuple(caveats),
    )


# --------------------------------------------------------------------------------------------
# Hypotheses
# --------------------------------------------------------------------------------------------
STATUSES = ("untested", "no-association", "confounded", "survives-checks", "refuted")


@dataclass(frozen=True)
class Check:
    """One check run by :meth:`Hypothesis.test`, as kept in the test record.

    Attributes
    ----------
    name : str
        ``"association"``, ``"confounders"`` or ``"sensitivity"``.
    function : str
        The package function that ran it, e.g. ``"ca.compare"``.
    method : str
        The statistical method in words.
    estimate : dict or None
        The headline estimate (``Estimate.to_dict()``), if any.
    finding : dict
        The result in words, ``{"en": ..., "nl": ...}``.
    details : dict
        Further numbers (confounders flagged, E-values, ...), plain JSON types.
    """

    name: str
    function: str
    method: str
    estimate: dict[str, Any] | None
    finding: dict[str, str]
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for the JSON record."""
        return {
            "name": self.name,
            "function": self.function,
            "method": self.method,
            "estimate": self.estimate,
            "finding": dict(self.finding),
            "details": self.details,
        }


def _both(key: str, **fields: Any) -> dict[str, str]:
    """A message in both languages, numbers formatted per language."""
    out = {}
    for lang in ("en", "nl"):
        shown = {k: (v(lang) if callable(v) else v) for k, v in fields.items()}
        out[lang] = MSG(key, lang=lang, **shown)
    return out


def _association_finding(estimate: Estimate) -> dict[str, str]:
    out = {}
    for lang in ("en", "nl"):
        n = fmt(estimate.n, lang) if estimate.n is not None else "–"
        out[lang] = MSG(
            "h_assoc",
            lang=lang,
            measure=measure_name(estimate.measure, lang),
            value=estimate.interval_text(lang),
            n=n,
            verdict=estimate.verdict(lang),
        )
    return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            return _jsonable(value.item())
        except (ValueError, AttributeError):
            return str(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


class Hypothesis(ResultMixin):
    """A claim in words tied to columns, tested with the checks that fit, with a record of them.

    Information becomes knowledge only as a stated hypothesis that is tested with data and
    interpretation and stays open to being wrong (the brief, seed 001 §2.3). A ``Hypothesis``
    holds the claim ("fish shops lead to vandalism") and the columns it is about; :meth:`test`
    runs the checks that fit and sets :attr:`status`; :meth:`explain` says why, on which data,
    with which checks, and what a causal conclusion would need. It never reports a cause from
    observational data alone.

    Parameters
    ----------
    statement : str
        The claim in words, as the person who made it would say it.
    exposure : str
        The column of the supposed cause (binary or categorical: groups compared; numeric: a
        correlation).
    outcome : str, optional
        The column of the supposed effect. For a time-to-event claim give ``duration`` and
        ``event`` instead (``outcome`` then defaults to ``event``).
    duration, event : str, optional
        Time-to-event claim ("truant boys reoffend sooner"): the follow-up time and the 0/1 event
        column; the association is then a hazard ratio from ``ca.compare_survival``.
    direction : {"higher", "lower", "any"}, default "any"
        The direction the claim states: "higher" if the exposure is said to go with more of the
        outcome (or a sooner event). A clear association in the other direction refutes it.
    candidates : list of str, optional
        Possible confounders to check (default: let ``ca.check_confounders`` suggest them from
        the other columns). ``test(data, candidates=...)`` overrides it.
    conf_level : float, default 0.95
        Confidence level of every interval.

    Attributes
    ----------
    status : str
        ``"untested"``, ``"no-association"`` (the data are consistent with none),
        ``"confounded"`` (an association that a measured confounder explains),
        ``"survives-checks"`` (an association that survived the checks so far: still not a proven
        cause) or ``"refuted"`` (a clear association in the opposite direction).
    checks : tuple of Check
        The checks run, in order, each with its method, estimate and finding.
    table : pandas.DataFrame
        One row per check with an estimate: ``check, measure, estimate, ci_low, ci_high,
        conf_level, n, method``.
    record : dict
        The full test record (statement, columns, data summary, checks, status, versions):
        save it with :meth:`save` and read it back with :meth:`Hypothesis.load`.
    caveats : tuple of str

    See Also
    --------
    check_confounders, compare, correlate, compare_survival, e_value, find_causal_claims

    Notes
    -----
    The checks: (1) the association with its interval (``ca.compare`` for groups,
    ``ca.correlate`` for two numeric columns, ``ca.compare_survival`` for time to event);
    (2) measured confounders (``ca.check_confounders``; for time to event, the Cox model adjusted
    for the candidates); (3) sensitivity to an unmeasured confounder (:func:`e_value`). Surviving
    them shows that the association is not explained by what was measured; a cause needs a design
    that rules out what was not measured: a randomised experiment, a natural experiment, or a
    before/after comparison with a comparison group.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> data = ca.datasets.load("vandalism")
    >>> h = ca.Hypothesis("Fish shops lead to vandalism", exposure="fish_shop",
    ...                   outcome="vandalism", direction="higher")
    >>> h.status
    'untested'
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")  # the ConfoundingWarning is kept in h.caveats
    ...     h.test(data, candidates=["on_square", "youth_hangout"]).status
    'confounded'
    """

    def __init__(
        self,
        statement: str,
        *,
        exposure: str,
        outcome: str | None = None,
        duration: str | None = None,
        event: str | None = None,
        direction: str = "any",
        candidates: Sequence[str] | None = None,
        conf_level: float = 0.95,
    ) -> None:
        from ._validation import check_fraction, check_option

        if not isinstance(statement, str) or not statement.strip():
            raise InvalidOptionError(MSG("h_statement", value=statement))
        if (duration is None) != (event is None):
            raise InvalidOptionError(MSG("h_time_pair", duration=duration, event=event))
        if outcome is None and event is None:
            raise InvalidOptionError(MSG("h_no_outcome"))
        self.statement = statement.strip()
        self.exposure = exposure
        self.outcome = outcome if outcome is not None else event
        self.duration = duration
        self.event = event
        self.direction = check_option(
            direction, arg="direction", options=["higher", "lower", "any"]
        )
        self.candidates = None if candidates is None else tuple(candidates)
        self.conf_level = check_fraction(conf_level)
        self.status = "untested"
        self.checks: tuple[Check, ...] = ()
        self.caveats: tuple[str, ...] = ()
        self.data_summary: dict[str, Any] = {}
        self.tested_at: str | None = None

    # The ladder: a stated but untested hypothesis is information worked into a question; once
    # tested with data and interpretation it stands on the knowledge rung (still open to revision).
    @property
    def rung(self) -> str:  # type: ignore[override]
        """``"information"`` while untested, ``"knowledge"`` once tested."""
        return "information" if self.status == "untested" else "knowledge"

    @property
    def table(self) -> pd.DataFrame:  # type: ignore[override]
        """One row per check with an estimate (see the class docstring)."""
        rows = []
        for check in self.checks:
            if check.estimate is None:
                continue
            e = check.estimate
            rows.append(
                {
                    "check": check.name,
                    "measure": e["measure"],
                    "estimate": e["estimate"],
                    "ci_low": e["ci_low"],
                    "ci_high": e["ci_high"],
                    "conf_level": e["conf_level"],
                    "n": e["n"],
                    "method": e["method"],
                }
            )
        columns = ["check", "measure", "estimate", "ci_low", "ci_high", "conf_level", "n", "method"]
        return pd.DataFrame(rows, columns=columns)

    def __repr__(self) -> str:
        return ResultMixin.__repr__(self)

    # -- testing -------------------------------------------------------------------------------
    def test(self, data: pd.DataFrame, candidates: Sequence[str] | None = None) -> Hypothesis:
        """Run the checks that fit on ``data`` and set :attr:`status`; returns the hypothesis.

        Parameters
        ----------
        data : pandas.DataFrame
            The data to test against (never modified).
        candidates : list of str, optional
            Possible confounders; default the ones given when the hypothesis was made, else the
            ones ``ca.check_confounders`` suggests.

        Raises
        ------
        ColumnNotFoundError, ColumnTypeError, MissingValuesError, TooFewRowsError
            The input errors of the functions it calls (``compare``, ``correlate``,
            ``check_confounders``, ``compare_survival``), with their messages.

        Warns
        -----
        CausalLanguageWarning
            When the hypothesis survives the checks but its statement is worded as a cause.
        CivicAnalysisWarning
            The warnings of the checks it runs (e.g. a ``ConfoundingWarning``), raised again and
            kept in :attr:`caveats`.
        """
        import warnings

        from ._engines import hypothesis_cells, n_rows_of
        from ._validation import check_column_name, check_dataframe

        candidates = tuple(candidates) if candidates is not None else self.candidates
        # An engine table: reduced there once to weighted cells, which the checks take as rows.
        data = hypothesis_cells(data, self, candidates)
        check_dataframe(data, min_rows=3)
        for arg, col in [
            ("exposure", self.exposure),
            ("outcome", self.outcome),
            ("duration", self.duration),
        ]:
            if col is not None:
                check_column_name(data, col, arg=arg)
        caveats: list[str] = []
        checks: list[Check] = []
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            if self.duration is not None:
                status = self._test_survival(data, candidates, checks)
            else:
                status = self._test_association(data, candidates, checks)
        for w in caught:
            if issubclass(w.category, UserWarning) and str(w.message) not in caveats:
                caveats.append(str(w.message))
                warnings.warn(str(w.message), w.category, stacklevel=2)
        self.status = status
        self.checks = tuple(checks)
        self.data_summary = {
            "n_rows": n_rows_of(data),
            "columns": [str(c) for c in data.columns],
            "fingerprint": str(int(pd.util.hash_pandas_object(data, index=True).sum() % 2**63)),
        }
        self.tested_at = datetime.now(UTC).isoformat(timespec="seconds")
        if status == "survives-checks":
            claims = find_causal_claims(self.statement)
            if claims:
                message = MSG(
                    "causal_warning",
                    where=MSG("h_where"),
                    phrase=claims[0].phrase,
                    sentence=claims[0].sentence,
                    suggestion=claims[0].suggestion,
                )
                caveats.append(message)
                warnings.warn(message, CausalLanguageWarning, stacklevel=2)
        self.caveats = tuple(caveats)
        return self

    def _direction_of(self, estimate: Estimate) -> int:
        """+1 if the estimate goes the claimed way, -1 the other way (clearly), 0 otherwise."""
        if not estimate.excludes_null or self.direction == "any":
            return 0
        wanted = 1 if self.direction == "higher" else -1
        return 1 if estimate.direction == wanted else -1

    def _association_estimate(self, data: pd.DataFrame) -> tuple[Estimate, str, str]:
        """The crude association from ca.compare / ca.correlate (check_confounders if absent)."""
        x = data[self.exposure]
        numeric_x = pd.api.types.is_numeric_dtype(x) and x.dropna().nunique() > 2
        try:
            from . import uncertainty
        except ImportError:  # issue 3 not merged yet: the crude estimate of check_confounders
            uncertainty = None
        if uncertainty is not None and numeric_x:
            result = uncertainty.correlate(
                data, x=self.exposure, y=self.outcome, conf_level=self.conf_level
            )
            return result.estimate, "ca.correlate", result.estimate.method
        if uncertainty is not None:
            result = uncertainty.compare(
                data, outcome=self.outcome, by=self.exposure, conf_level=self.conf_level
            )
            return result.estimate, "ca.compare", result.estimate.method
        from .confounding import check_confounders

        report = check_confounders(
            data,
            exposure=self.exposure,
            outcome=self.outcome,
            candidates=[],
            conf_level=self.conf_level,
        )
        return report.crude, "ca.check_confounders (crude)", report.method

    def _sensitivity(self, estimate: Estimate, data: pd.DataFrame, checks: list[Check]) -> None:
        sd = None
        if not estimate.is_ratio:
            from ._engines import outcome_sd

            sd = outcome_sd(data, self.outcome)
        try:
            ev = e_value(estimate, sd=sd, rare_outcome=False)
        except InvalidOptionError:
            return
        checks.append(
            Check(
                name="sensitivity",
                function="ca.e_value",
                method=f"E-value (VanderWeele & Ding 2017); {ev.approximation}",
                estimate=None,
                finding=_both(
                    "h_sens",
                    e=lambda lang: fmt(ev.point, lang),
                    eci=lambda lang: fmt(ev.ci, lang),
                ),
                details={"e_value": _jsonable(ev.point), "e_value_ci": _jsonable(ev.ci)},
            )
        )

    def _test_association(
        self, data: pd.DataFrame, candidates: tuple[str, ...] | None, checks: list[Check]
    ) -> str:
        crude, function, method = self._association_estimate(data)
        checks.append(
            Check(
                name="association",
                function=function,
                method=method,
                estimate=_jsonable(crude.to_dict()),
                finding=_association_finding(crude),
            )
        )
        if not crude.excludes_null:
            return "no-association"
        if self._direction_of(crude) < 0:
            return "refuted"
        from .confounding import check_confounders

        report = check_confounders(
            data,
            exposure=self.exposure,
            outcome=self.outcome,
            candidates=None if candidates is None else list(candidates),
            conf_level=self.conf_level,
        )
        adjusted = report.adjusted
        confounders = [str(c) for c in report.confounders]
        used = [str(c) for c in report.candidates_used]
        checks.append(
            Check(
                name="confounders",
                function="ca.check_confounders",
                method=report.method,
                estimate=_jsonable(adjusted.to_dict()),
                finding=self._confounder_finding(report.crude, adjusted, confounders, used),
                details={
                    "candidates": used,
                    "confounders": confounders,
                    "crude": _jsonable(report.crude.to_dict()),
                },
            )
        )
        return self._status_after_adjustment(adjusted, confounders, data, checks)

    def _confounder_finding(
        self, crude: Estimate, adjusted: Estimate, confounders: list[str], used: list[str]
    ) -> dict[str, str]:
        if not used:
            return _both("h_conf_none")
        return _both(
            "h_conf",
            used=", ".join(used),
            measure=lambda lang: measure_name(adjusted.measure, lang),
            flagged=lambda lang: (
                ", ".join(confounders) if confounders else MSG("h_nothing", lang=lang)
            ),
            crude=lambda lang: crude.interval_text(lang),
            adjusted=lambda lang: adjusted.interval_text(lang),
        )

    def _status_after_adjustment(
        self, adjusted: Estimate, confounders: list[str], data: pd.DataFrame, checks: list[Check]
    ) -> str:
        if not adjusted.excludes_null:
            # The measured candidates, together, explain the association away.
            return (
                "confounded"
                if confounders or checks[-1].details.get("candidates")
                else ("no-association")
            )
        if self._direction_of(adjusted) < 0:
            return "refuted"
        self._sensitivity(adjusted, data, checks)
        return "survives-checks"

    def _test_survival(
        self, data: pd.DataFrame, candidates: tuple[str, ...] | None, checks: list[Check]
    ) -> str:
        from .survival import compare_survival

        crude = compare_survival(
            data,
            duration=self.duration,
            event=self.event,
            by=self.exposure,
            conf_level=self.conf_level,
        ).estimate
        checks.append(
            Check(
                name="association",
                function="ca.compare_survival",
                method=crude.method,
                estimate=_jsonable(crude.to_dict()),
                finding=_association_finding(crude),
            )
        )
        if not crude.excludes_null:
            return "no-association"
        if self._direction_of(crude) < 0:
            return "refuted"
        if candidates is None:
            from .confounding import check_confounders

            others = [
                c for c in data.columns if c not in (self.exposure, self.duration, self.event)
            ]
            suggested = check_confounders(
                data[[self.exposure, self.event, *others]],
                exposure=self.exposure,
                outcome=self.event,
                conf_level=self.conf_level,
            )
            candidates = tuple(str(c) for c in suggested.candidates_used)
        if candidates:
            adjusted = compare_survival(
                data,
                duration=self.duration,
                event=self.event,
                by=self.exposure,
                adjust_for=list(candidates),
                conf_level=self.conf_level,
            ).estimate
            change = _log_change(crude, adjusted)
            # Flag a candidate by what holding it fixed alone does, as check_confounders does;
            # only when none does so alone but all together do, is the whole set named.
            single: dict[str, float] = {}
            for cand in candidates:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", CivicAnalysisWarning)
                    alone = compare_survival(
                        data,
                        duration=self.duration,
                        event=self.event,
                        by=self.exposure,
                        adjust_for=[cand],
                        conf_level=self.conf_level,
                    ).estimate
                single[cand] = _log_change(crude, alone)
            confounders = [c for c in candidates if single[c] >= 0.10]
            if not confounders and change >= 0.10:
                confounders = list(candidates)
        else:
            adjusted, confounders = crude, []
        checks.append(
            Check(
                name="confounders",
                function="ca.compare_survival (adjust_for)",
                method=adjusted.method,
                estimate=_jsonable(adjusted.to_dict()),
                finding=self._confounder_finding(crude, adjusted, confounders, list(candidates)),
                details={
                    "candidates": list(candidates),
                    "confounders": confounders,
                    "crude": _jsonable(crude.to_dict()),
                },
            )
        )
        return self._status_after_adjustment(adjusted, confounders, data, checks)

    # -- explaining ----------------------------------------------------------------------------
    def _title(self, lang: str) -> str:
        return MSG("h_title", lang=lang, statement=self.statement)

    def _explain_sentences(self, lang: str) -> list[str]:
        sentences = [MSG(f"h_status_{self.status.replace('-', '_')}", lang=lang)]
        if self.status == "untested":
            sentences.append(MSG("h_untested_next", lang=lang))
            sentences.append(MSG("h_needed", lang=lang))
            return sentences
        sentences.append(
            MSG(
                "h_data",
                lang=lang,
                n=fmt(self.data_summary.get("n_rows", 0), lang),
                exposure=self.exposure,
                outcome=self.outcome,
                checks=", ".join(c.function for c in self.checks),
            )
        )
        sentences += [c.finding[lang] for c in self.checks]
        sentences.append(MSG("h_needed", lang=lang))
        return sentences

    def plot(self, ax: Any = None) -> Any:
        """The association before and after holding the confounders fixed, with intervals."""
        from ._plotting import interval_plot, new_axes

        lang = resolve_language(None)
        rows: list[tuple[str, dict[str, Any]]] = []
        confounders = [c for c in self.checks if c.name == "confounders" and c.estimate]
        if confounders:
            check = confounders[0]
            if check.details.get("crude"):
                rows.append((MSG("h_crude", lang=lang), check.details["crude"]))
            rows.append((MSG("h_adjusted", lang=lang), check.estimate))
        else:
            rows += [(c.name, c.estimate) for c in self.checks if c.estimate]
        if not rows:
            return new_axes(ax)
        null = rows[0][1]["null"]
        return interval_plot(
            [label for label, _ in rows],
            [e["estimate"] for _, e in rows],
            [e["ci_low"] for _, e in rows],
            [e["ci_high"] for _, e in rows],
            null=null,
            xlabel=str(rows[0][1]["measure"]),
            log_scale=null == 1.0,
            ax=ax,
        )

    # -- the record ----------------------------------------------------------------------------
    @property
    def record(self) -> dict[str, Any]:
        """The test record as plain data (see :meth:`save`)."""
        from . import __version__

        return _jsonable(
            {
                "kind": "civicanalysis.Hypothesis",
                "version": 1,
                "statement": self.statement,
                "exposure": self.exposure,
                "outcome": self.outcome,
                "duration": self.duration,
                "event": self.event,
                "direction": self.direction,
                "candidates": None if self.candidates is None else list(self.candidates),
                "conf_level": self.conf_level,
                "status": self.status,
                "rung": self.rung,
                "data": self.data_summary,
                "checks": [c.to_dict() for c in self.checks],
                "caveats": list(self.caveats),
                "tested_at": self.tested_at,
                "civicanalysis_version": __version__,
            }
        )

    def to_json(self) -> str:
        """The test record as JSON."""
        return json.dumps(self.record, ensure_ascii=False, indent=1)

    def to_markdown(self, lang: str | None = None) -> str:
        """The test record as Markdown, for a reader: statement, status, data, checks, caveats."""
        lang = resolve_language(lang)
        lines = [
            f"## {self._title(lang)}",
            "",
            f"- **{MSG('h_md_status', lang=lang)}:** `{self.status}`",
            f"- **{MSG('h_md_rung', lang=lang)}:** {self.rung_label(lang)}",
            f"- **{MSG('h_md_columns', lang=lang)}:** "
            + MSG("h_md_roles", lang=lang, exposure=self.exposure, outcome=self.outcome)
            + (MSG("h_md_duration", lang=lang, duration=self.duration) if self.duration else ""),
        ]
        if self.data_summary:
            lines.append(
                f"- **{MSG('h_md_data', lang=lang)}:** "
                + MSG(
                    "h_md_rows",
                    lang=lang,
                    n=fmt(self.data_summary["n_rows"], lang),
                    fingerprint=self.data_summary["fingerprint"],
                    when=self.tested_at,
                )
            )
        lines += ["", self.explain(lang), ""]
        if self.checks:
            lines.append(f"### {MSG('h_md_checks', lang=lang)}")
            for i, check in enumerate(self.checks, start=1):
                lines.append(
                    f"{i}. **{check.name}** ({check.function}; {check.method}): "
                    f"{check.finding[lang]}"
                )
        if self.caveats:
            lines += ["", f"### {MSG('h_md_caveats', lang=lang)}"]
            lines += [f"- {c}" for c in self.caveats]
        lines += ["", "<!-- civicanalysis-record", self.to_json(), "-->"]
        return "\n".join(lines) + "\n"

    def save(self, path: str | Any) -> None:
        """Write the test record: JSON for ``.json``, Markdown (with the JSON inside) for ``.md``."""
        from pathlib import Path

        target = Path(path)
        text = (
            self.to_markdown() if target.suffix.lower() in (".md", ".markdown") else self.to_json()
        )
        target.write_text(text, encoding="utf-8")

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Hypothesis:
        """Rebuild a hypothesis, with its status and checks, from a saved record."""
        if not isinstance(record, dict) or record.get("kind") != "civicanalysis.Hypothesis":
            raise InvalidOptionError(MSG("h_bad_record"))
        h = cls(
            record["statement"],
            exposure=record["exposure"],
            outcome=record["outcome"],
            duration=record.get("duration"),
            event=record.get("event"),
            direction=record.get("direction", "any"),
            candidates=record.get("candidates"),
            conf_level=record.get("conf_level", 0.95),
        )
        h.status = record["status"]
        h.checks = tuple(
            Check(
                name=c["name"],
                function=c["function"],
                method=c["method"],
                estimate=c["estimate"],
                finding=dict(c["finding"]),
                details=c.get("details", {}),
            )
            for c in record.get("checks", [])
        )
        h.caveats = tuple(record.get("caveats", []))
        h.data_summary = dict(record.get("data") or {})
        h.tested_at = record.get("tested_at")
        return h

    @classmethod
    def load(cls, path: str | Any) -> Hypothesis:
        """Read a record written by :meth:`save` (JSON or Markdown)."""
        from pathlib import Path

        text = Path(path).read_text(encoding="utf-8")
        match = re.search(r"<!-- civicanalysis-record\n(.*)\n-->", text, flags=re.DOTALL)
        try:
            record = json.loads(match.group(1) if match else text)
        except json.JSONDecodeError:
            raise InvalidOptionError(MSG("h_bad_record")) from None
        return cls.from_record(record)
