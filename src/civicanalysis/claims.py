"""From information to knowledge: causal wording, hypotheses as objects, and the E-value.

Three things live here, all in service of the brief's ladder data → information → knowledge:

* :func:`find_causal_claims` finds wording that states a cause ("leads to", "leidt tot") where the
  evidence is an association, and suggests a neutral wording;
* :class:`Hypothesis` (now in :mod:`civicanalysis.hypothesis`) and :func:`e_value` (now in
  :mod:`civicanalysis.evalue`) are imported here so that old imports keep working.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ._exceptions import CausalLanguageWarning, InvalidOptionError
from ._text import Catalog

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


# The E-value and Hypothesis live in their own modules; imported here so old imports keep working.
