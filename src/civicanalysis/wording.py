"""Causal wording in English and Dutch: find sentences that state a cause, and suggest neutral wording.

:func:`find_causal_claims` reads a text sentence by sentence and reports wording that asserts a
cause ("leads to", "leidt ... tot", "doordat", "patrols reduced vandalism", "heeft invloed op"),
unless the clause negates, asks, hedges, plans or attributes it to someone else. For each claim it
offers a neutral rewording built from the sentence's own parts when that is safe, and otherwise
advice that quotes the phrase and names neutral alternatives.

:func:`split_sentences` is the package's one sentence splitter (the notebook reviewer uses it too).

Why hand-written rules and not an NLP library: no maintained library detects causal claims in
English and Dutch policy prose offline. spaCy's rule matcher would need its tokenizer and lookup
tables (tens of MB, about a second of import time for the reviewer's command line) and no
statistical model can be downloaded here, so it would give the same closed word lists with a
heavier import. The rules below work on tokens with explicit inflection lists for a closed set of
causal verbs and connectives, in one pass over each sentence: the running time grows linearly with
the text. Precision and recall are measured on sets of sentences in ``tests/reference/`` written
and frozen before the rules they test (script: ``wording_precision_recall.py``).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from typing import Any

from . import _wording_lexicon as _lex
from . import _wording_phrasal as _phr
from ._exceptions import CausalLanguageWarning, InvalidOptionError
from ._text import Catalog, Text
from ._wording_lexicon import (
    _ADVERB,
    _ATTRIBUTION,
    _BE,
    _CAUSE_EN,
    _CAUSE_NL,
    _CHANGE_WORDS,
    _CLAUSE_PUNCT,
    _CLAUSE_WORDS,
    _COMPARATIVE,
    _COPULA,
    _DET,
    _DOOR_IDIOM,
    _DRIVE_PUSH,
    _EFFECT_NOUN,
    _EN_FUNCTION,
    _EN_ING,
    _EVALUATIVE,
    _GIVE,
    _HAVE,
    _HEDGE,
    _IMPLICIT,
    _LEAD_EN,
    _LEAD_NL,
    _LITERAL_PATH,
    _MAKE,
    _MODAL,
    _NEGATION,
    _NL_CHANGE,
    _NL_CHANGE_INF,
    _NL_FUNCTION,
    _NL_SUBORDINATOR,
    _NOUN_ADJ,
    _OWN_EVIDENCE,
    _PAIRS,
    _POSSESSIVE_NL,
    _PREP,
    _RAISE_NOT,
    _TREFFEN,
    _TREFFEN_NOT,
    _WIDE,
    _words,
)

MSG = Catalog(
    "wording",
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
            "one. {advice}",
            "nl": "{where} noemt een oorzaak: {phrase!r} in {sentence!r}. Een samenhang in "
            "observationele data laat geen oorzaak zien, en lezers vatten deze formulering wel zo "
            "op. {advice}",
        },
        "where_text": {"en": "The text", "nl": "De tekst"},
        "rewording": {
            "en": "Write, for example: {rewording!r}.",
            "nl": "Schrijf bijvoorbeeld: {rewording!r}.",
        },
        "advice": {
            "en": "Instead of {phrase!r}, write e.g. {first!r} or {second!r}, and say what the "
            "data cannot show.",
            "nl": "Schrijf in plaats van {phrase!r} bijvoorbeeld {first!r} of {second!r}, en zeg "
            "wat de data niet kunnen laten zien.",
        },
        "advice_forecast": {
            "en": "{phrase!r} states a forecast as a fact. Write e.g. {first!r} or {second!r}, "
            "and say what the expectation rests on.",
            "nl": "{phrase!r} brengt een voorspelling als feit. Schrijf bijvoorbeeld {first!r} of "
            "{second!r}, en zeg waar die verwachting op rust.",
        },
        "alt_forecast_1": {"en": "we expect that ...", "nl": "we verwachten dat ..."},
        "alt_forecast_2": {"en": "is expected to ...", "nl": "naar verwachting ..."},
        "advice_verb": {
            "en": "Instead of {phrase!r}, describe what goes together, e.g. {first!r} or "
            "{second!r}, and say what the data cannot show.",
            "nl": "Beschrijf in plaats van {phrase!r} wat samengaat, bijvoorbeeld {first!r} of "
            "{second!r}, en zeg wat de data niet kunnen laten zien.",
        },
        # Neutral alternatives per kind of causal wording (first, second).
        "alt_connective_1": {"en": "goes together with", "nl": "gaat samen met"},
        "alt_connective_2": {"en": "is associated with", "nl": "hangt samen met"},
        "alt_preposition_1": {"en": "alongside", "nl": "bij"},
        "alt_preposition_2": {"en": "at the same time as", "nl": "tegelijk met"},
        "alt_conjunction_1": {"en": "while", "nl": "terwijl"},
        "alt_conjunction_2": {"en": "and at the same time", "nl": "en tegelijk"},
        "alt_adverb_1": {"en": "at the same time", "nl": "tegelijk"},
        "alt_adverb_2": {"en": "in the same period", "nl": "in dezelfde periode"},
        "alt_clause_1": {
            "en": "goes together with the fact that",
            "nl": "hangt ermee samen dat",
        },
        "alt_clause_2": {
            "en": "is associated with the fact that",
            "nl": "gaat samen met het feit dat",
        },
        "alt_verb_1": {
            "en": "goes together with less (or more) ...",
            "nl": "gaat samen met minder (of meer) ...",
        },
        "alt_verb_2": {
            "en": "where there is more ..., there is less (or more) ...",
            "nl": "waar meer ... is, is minder (of meer) ...",
        },
        "alt_effect_1": {
            "en": "there is an association between ... and ...",
            "nl": "er is een samenhang tussen ... en ...",
        },
        "alt_effect_2": {"en": "... goes together with ...", "nl": "... gaat samen met ..."},
        "alt_noun_1": {"en": "is associated with", "nl": "hangt samen met"},
        "alt_noun_2": {"en": "goes together with", "nl": "gaat samen met"},
        # The neutral verb phrase of a rewording, in the form of the causal verb it replaces.
        "neutral_sg": {"en": "goes together with", "nl": "gaat samen met"},
        "neutral_pl": {"en": "go together with", "nl": "gaan samen met"},
        "neutral_assoc_sg": {"en": "is associated with", "nl": "hangt samen met"},
        "neutral_assoc_pl": {"en": "are associated with", "nl": "hangen samen met"},
    },
)

# ---------------------------------------------------------------------------------------------
# Sentences and tokens
# ---------------------------------------------------------------------------------------------
# Each regex below has one quantifier over disjoint character classes, so it runs in linear time
# on any input (no nested or overlapping quantifiers over user text).
_END_RUN = re.compile(r"[.!?]+[\"'”’)\]]*[ \t\r\f\v\n]+|\n")
_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")
_BLOCK_START = set("-*#|>+") | set("0123456789")
_EDGE = "'’-"


def split_sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of ``text`` as ``(offset, sentence)`` pairs: the package's one sentence splitter.

    A sentence ends at ``.``, ``!`` or ``?`` followed by white space (unless the next word starts
    with a lower-case letter, as after "e.g."), at a blank line, and before a line that starts a
    list item, heading, table row or quote. Offsets point into ``text``:
    ``text[offset:offset + len(sentence)] == sentence``. Runs in time linear in ``len(text)``.

    Examples
    --------
    >>> from civicanalysis.wording import split_sentences
    >>> split_sentences("Fish shops lead to vandalism. Parks, e.g. the big one, do not.\\n\\n- A list")
    [(0, 'Fish shops lead to vandalism.'), (30, 'Parks, e.g. the big one, do not.'), (64, '- A list')]
    """
    if not isinstance(text, str):
        raise InvalidOptionError(MSG("text_type", typ=type(text).__name__))
    out: list[tuple[int, str]] = []
    pos = 0
    n = len(text)
    for match in _END_RUN.finditer(text):
        start, end = match.span()
        if text[start] == "\n":
            # A newline ends a sentence only before a blank line or a block (list, table, ...).
            j = end
            while j < n and text[j] in " \t\r":
                j += 1
            if j < n and text[j] != "\n" and text[j] not in _BLOCK_START:
                continue
            cut, resume = start, j if j < n and text[j] != "\n" else end
        else:
            nxt = text[end] if end < n else ""
            if nxt.islower():
                continue
            cut = end - len(match.group(0)) + len(match.group(0).rstrip())
            resume = end
        if cut > pos:
            out.append((pos, text[pos:cut]))
        pos = max(resume, pos)
    if pos < n:
        out.append((pos, text[pos:]))
    result = []
    for off, s in out:
        stripped = s.strip()
        if stripped:
            lead = len(s) - len(s.lstrip())
            result.append((off + lead, stripped))
    return result


class _Tok:
    """A token: its text, lower-case form, position in the sentence and whether it is a word."""

    __slots__ = ("end", "low", "start", "text", "word")

    def __init__(self, text: str, low: str, start: int, end: int, word: bool) -> None:
        self.text, self.low, self.start, self.end, self.word = text, low, start, end, word


def _tokens(sentence: str) -> list[_Tok]:
    toks: list[_Tok] = []
    append = toks.append
    for m in _TOKEN.finditer(sentence):
        word = m.group(0)
        s, e = m.span()
        first, last = word[0], word[-1]
        if first not in _EDGE and last not in _EDGE:
            if first.isalnum() or first == "_" or len(word) > 1:
                append(_Tok(word, word.lower().replace("’", "'"), s, e, True))
            else:
                append(_Tok(word, word, s, e, False))
            continue
        # Quotes and hyphens at the edges of a word are punctuation: 'effect' -> ' effect '.
        while s < e and sentence[s] in _EDGE:
            append(_Tok(sentence[s], sentence[s], s, s + 1, False))
            s += 1
        tail = []
        while e > s and sentence[e - 1] in _EDGE and not sentence[s:e].lower().endswith("n't"):
            tail.append(_Tok(sentence[e - 1], sentence[e - 1], e - 1, e, False))
            e -= 1
        if s < e:
            w = sentence[s:e]
            append(_Tok(w, w.lower().replace("’", "'"), s, e, True))
        toks.extend(reversed(tail))
    return toks


@dataclass(frozen=True)
class CausalClaim:
    """One causal wording found by :func:`find_causal_claims`.

    Attributes
    ----------
    phrase : str
        The causal words as written, e.g. ``"leads to"`` or ``"leidt relatief tot"``.
    start, end : int
        Character positions of ``phrase`` in the scanned text (``text[start:end] == phrase``).
    line : int
        Line of the scanned text the phrase is on, counting from 1.
    sentence : str
        The sentence it stands in (white space collapsed).
    language : str
        ``"en"`` or ``"nl"``: the language of the rule that matched.
    suggestion : str
        The sentence reworded neutrally when that can be done safely ("X goes together with Y"),
        otherwise a neutral phrase to put in place of ``phrase`` ("goes together with", "samen
        met"), in the sentence's language, for messages of the form "write, for example: ...".
    kind : str
        What sort of causal wording: ``"connective"`` ("leads to", "leidt tot"),
        ``"preposition"`` ("due to", "dankzij", causal "door"), ``"conjunction"`` ("because",
        "doordat", "waardoor"), ``"adverb"`` ("daardoor", "hierdoor"), ``"clause"`` (a
        connective before a that-clause: "leidt ertoe dat"), ``"verb"`` (a causal verb with an
        object: "reduces vandalism"),
        ``"effect"`` ("has an effect on", "heeft invloed op"), ``"noun"`` ("is the cause of")
        or ``"forecast"`` (a future stated as fact: "more staff will shorten waiting times").
    rewording : str or None
        The neutral rewording of the sentence, or None when none could be built safely.
    advice : str
        Advice in words: the phrase quoted, neutral alternatives, and a reminder to say what the
        data cannot show. Rendered again in the shown language.

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
    kind: str = "connective"
    rewording: str | None = None
    advice: str = field(default="", compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The fields as a plain dict."""
        return {
            "phrase": self.phrase,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "sentence": self.sentence,
            "language": self.language,
            "suggestion": str(self.suggestion),
            "kind": self.kind,
            "rewording": self.rewording,
            "advice": str(self.advice),
        }


# ---------------------------------------------------------------------------------------------
# The scanner
# ---------------------------------------------------------------------------------------------
def _language(toks: list[_Tok]) -> tuple[str, ...]:
    en = nl = 0
    for t in toks:
        if t.word:
            en += t.low in _EN_FUNCTION
            nl += t.low in _NL_FUNCTION
    if en > nl:
        return ("en",)
    if nl > en:
        return ("nl",)
    return ("en", "nl")


def _in_number(toks: list[_Tok], i: int) -> bool:
    """A comma inside a number ("1,2 miljoen", "€18,000") does not end a clause."""
    if i == 0 or i + 1 >= len(toks):
        return False
    before, after = toks[i - 1], toks[i + 1]
    return (
        before.end == toks[i].start
        and after.start == toks[i].end
        and before.text[-1:].isdigit()
        and after.text[:1].isdigit()
    )


class _Sentence:
    """One tokenised sentence with its clause segments and qualifier counts for one language."""

    def __init__(self, toks: list[_Tok], lang: str) -> None:
        self.toks = toks
        self.lang = lang
        n = len(toks)
        self.seg = [0] * n  # index of the first token of each token's clause segment
        seg_start = 0
        for i, t in enumerate(toks):
            if (not t.word and t.text in _CLAUSE_PUNCT and not _in_number(toks, i)) or (
                t.word and t.low in _CLAUSE_WORDS
            ):
                seg_start = i + 1
                self.seg[i] = i
                continue
            self.seg[i] = seg_start
        # Prefix counts of qualifier tokens, so "is there one between a and b" is O(1).
        self.qual = [0] * (n + 1)
        self.wide = [0] * (n + 1)
        for i in range(n):
            self.qual[i + 1] = self.qual[i] + self._is_qualifier(i)
            self.wide[i + 1] = self.wide[i] + self._is_wide(i)
        # Index of the last "but"/"maar" before each token: a wide qualifier ("whether ...",
        # "of ...") reaches over commas but not over a contrast ("..., maar ze hebben wel ...").
        self.but = [0] * n
        last_but = 0
        concessive = bool(toks) and toks[0].low in _lex.CONCESSIVE
        for i, t in enumerate(toks):
            self.but[i] = last_but
            if (t.word and t.low in ("but", "maar")) or t.text in (";", ":"):
                last_but = i
            elif concessive and t.text == ",":
                last_but, concessive = i, False  # "Although we cannot say whether ..., X did"
        self.question = any(t.text == "?" for t in toks[-3:])
        self.reported = self._trailing_attribution()
        self.definition = self._is_definition()

    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def _is_qualifier(self, i: int) -> bool:
        t = self.toks[i]
        if not t.word:
            return False
        w, lang = t.low, self.lang
        nxt = self.low(i + 1)
        if w in ("without", "zonder"):
            ahead = [self.low(j) for j in range(i + 1, i + 5)]
            if not (ahead[0].endswith("ing") or "te" in ahead or ahead[0] in ("any", "enige")):
                return False  # "vrachtverkeer zonder afspraak": a noun phrase, not a negation
        if w in _NEGATION[lang] or (lang == "en" and w.endswith("n't")):
            # "not only ... but also", "no coincidence": the clause still asserts.
            return nxt not in (
                "only",
                "alleen",
                "coincidence",
                "accident",
                "doubt",
                "toeval",
                "small",
            )
        if w in _lex.FUTURE and _asserted_future(self, i):
            return False  # "More staff will shorten waiting times": a prediction stated as fact
        if w in ("can", "kan", "kunnen") and _attributed_to(self, i):
            return False  # "can be traced back to", "is terug te voeren op": still asserts
        if w == "why" and (
            self.low(i - 1) in _lex.COPULA_ALL or self.low(i - 1) in ("explains", "explained")
        ):
            return False  # "The new app is why reports rose", "explains why visits fell"
        if w in _lex.NL_STELLEN and any(
            self.low(j) == "staat" and self.low(j - 1) == "in" for j in range(i + 2, i + 10)
        ):
            return False  # "stelt gezinnen in staat om": enables, not "states"
        if w == "wat" and self.low(i - 1) == ",":
            return False  # "..., wat voor een groot deel komt door": a relative clause
        if w in _lex.FINDING_VERB and (
            self._own_evidence_before(i) or self.low(i - 1) in ("we", "wij", "i", "ik")
        ):
            return False  # "Our analysis finds", "we found", "onze tellingen laten zien"
        if w in _ATTRIBUTION[lang] and self.low(i - 1) in _lex.OWN_POSSESSIVE:
            return False  # "ons onderzoek", "our own evaluation": the author's evidence
        if w in _lex.PLAN_NOUN and not (
            nxt in _lex.PLAN_NEXT or self.low(i - 1) in _lex.PERSONAL | _lex.PLANNING_ACTOR
        ):
            return False  # "The parking plan has pushed cars out": a measure, not an aim
        if w in ("mean", "track") and (
            self.low(i - 1) in _DET[lang] or self.low(i - 1) not in ("to", "we", "i", "you")
        ):
            return False  # "the mean waiting time", "the cycle track": nouns
        if w in ("reported", "recorded") and (
            self.low(i - 1) in _PREP[lang] or self.low(i - 1) in _DET[lang]
        ):
            return False  # "on reported incidents": an adjective, not an attribution
        if w in ("geeft", "geven", "gaf", "gaven") and any(
            self.low(j) == "aan" and self.low(j + 1) == "dat" for j in range(i + 1, i + 5)
        ):
            return True  # "Intern begeleiders geven aan dat ...": attributed
        if w == "vraagt" and nxt in ("zich", "af"):
            return True  # "De raad vraagt zich af of ...": a question
        if w == "niet" and nxt in ("gemist", "mist", "miste"):
            return False  # "heeft zijn uitwerking niet gemist": it did have its effect
        if w == "gevoel" and nxt != "dat":
            return False  # "het gevoel van isolement": a feeling named, not a belief held
        if w == "what" and self.low(i - 1) in _lex.COPULA_ALL:
            return False  # "the new roundabout is what brought the crashes down"
        if w == "to" and nxt == "be" and self.low(i - 1) in ("is", "are", "was", "were"):
            return True  # "are to be made accessible": a plan
        if w == "that" and self.low(i - 1) == "so" and lang == "en":
            return True  # "so that drivers slow down": a purpose
        if w == "what" and nxt in ("is", "was") and self.low(i + 2) in _lex.CERTAIN:
            return False  # "what is certain is that ...": an assertion
        if w in ("stellen", "stelt", "stelde", "stelden") and "vast" in (
            self.low(i + 1),
            self.low(i + 2),
        ):
            return False  # "Wij stellen vast dat": the author's own finding
        if w in ("claims", "claim") and self._claims_noun(i):
            return False  # "benefit claims owes much to": a noun, not "X claims that"
        if w in ("mogelijk", "possible") and any(
            self.low(j) in _MAKE[lang] for j in range(max(self.seg[i], i - 6), i)
        ):
            return False  # "maakte het mogelijk", "made it possible for": enabling, not a hedge
        if w in _MODAL[lang] or w in _HEDGE[lang] or w in _ATTRIBUTION[lang]:
            return not _consequence_means(self, i)
        if lang == "en":
            if w == "measure" and (self.low(i - 1) == "to" or nxt in ("the", "its", "whether")):
                return True
            return w in ("wants", "whether")
        if w == "als":
            return nxt not in ("gevolg",)
        if w == "of":
            prev = self.low(i - 1)
            return i == self.seg[i] or prev in (
                "weten",
                "onduidelijk",
                "is",
                "vroeg",
                "vragen",
                "onderzoeken",
                "onderzoekt",
                "nagaan",
                "bekijken",
                "kijken",
                "toetsen",
                "na",
                "twijfel",
                "getoetst",
                "bekeken",
                "onderzocht",
                "nagegaan",
                "gevraagd",
                "gekeken",
                "uitzoeken",
            )
        if w == "ervan" and nxt == "uit":
            return True
        if w in ("laten", "liet") and nxt == "zien":
            return not self._own_evidence_before(i)
        return (
            w in ("gaat", "gaan")
            and self.low(i + 1) in _IMPLICIT["nl"]
            and not _asserted_future(self, i)
        )

    def _own_evidence_before(self, i: int) -> bool:
        return any(self.low(j) in _OWN_EVIDENCE for j in range(max(0, i - 3), i))

    def _claims_noun(self, i: int) -> bool:
        prev, nxt = self.low(i - 1), self.low(i + 1)
        if prev in _DET[self.lang] or prev in _lex.CLAIM_COMPOUND:
            return True
        return nxt in _PREP[self.lang] | _BE[self.lang] | _HAVE[self.lang] | _CHANGE_WORDS

    def _is_wide(self, i: int) -> bool:
        """Qualifiers that reach over commas to the end of the sentence: "whether, say, X
        reduces Y", "according to the police, ..."."""
        t = self.toks[i]
        if t.word and t.low in ("whether", "if") and self.lang == "en":
            return True
        if t.word and t.low == "of" and self.lang == "nl":
            return self._is_qualifier(i)
        if not t.word or t.low not in _WIDE[self.lang]:
            return False
        after = {self.low(j) for j in range(i + 1, i + 5)}
        return not (after & _OWN_EVIDENCE)

    def _trailing_attribution(self) -> bool:
        """ "..., the report concludes." / "..., aldus de wethouder.": a short closing clause
        that hands the whole sentence to someone else (not "..., our analysis concludes")."""
        toks = self.toks
        for k in range(len(toks) - 1, max(-1, len(toks) - 9), -1):
            if toks[k].text == ",":
                tail = [t.low for t in toks[k + 1 :] if t.word]
                if not tail or set(tail) & _OWN_EVIDENCE:
                    return False
                ends = {tail[0], tail[-1], tail[1] if tail[0] == "zo" and len(tail) > 1 else ""}
                return bool(ends & _lex.TRAILING_ATTRIBUTION)
        return False

    def _is_definition(self) -> bool:
        words = [t.low for t in self.toks[:8] if t.word]
        if not words:
            return False
        if words[0] in ("a", "an", "een"):
            for j, w in enumerate(words[1:6], start=1):
                if w in ("is", "are", "zijn"):
                    nxt = words[j + 1] if j + 1 < len(words) else ""
                    return nxt in ("a", "an", "een", "when", "defined", "er")
        for j, w in enumerate(words[:7]):
            nxt = words[j + 1] if j + 1 < len(words) else ""
            if w in _lex.DEFINITION_WHEN and nxt in ("when", "als", "wanneer"):
                return True  # "Selection bias occurs when ...": what a word means
            if (w, nxt) in (("speak", "of"), ("spreken", "we"), ("spreekt", "men")):
                return True
        for j, w in enumerate(words[:5]):
            if w in ("is", "zijn") and j + 1 < len(words) and words[j + 1] in ("when", "er"):
                return (j + 2 < len(words) and words[j + 2] in ("als", "wanneer")) or (
                    words[j + 1] == "when"
                )
        return False

    def qualified(self, a: int, b: int) -> bool:
        """True when the clause of tokens a..b negates, hedges, asks, plans or attributes them."""
        s = self.seg[a]
        if self.qual[b + 1] - self.qual[s] > 0 or self.wide[a] - self.wide[self.but[a]] > 0:
            return True
        # "Adjusting for prior cases brings the ratio down": what a method does to an estimate.
        first = [t.low for t in self.toks[s : s + 6] if t.word][:3]
        if set(first) & _lex.METHOD_SUBJECT:
            return True
        if len(first) > 1 and first[0] in _DET[self.lang] and first[1] in _lex.METHOD_NOUN:
            # ... unless the claim is in a clause it reports: "the table shows that X raised Y"
            if not any(self.low(j) in ("that", "dat") for j in range(max(s, a - 40), a)):
                return (
                    True  # "The model increases its accuracy when ...": the method, not the world
                )
        if any(self.low(j) in _lex.STAT_OBJECT for j in range(b + 1, min(len(self.toks), b + 5))):
            return True  # "... shrinks the camera coefficient towards zero": a method statement
        # "causes no ...", "veroorzaakt geen ...": a negation right after the phrase.
        nxt = self.low(b + 1)
        if nxt in _NEGATION[self.lang] and self.low(b + 2) not in ("only", "alleen"):
            return True
        if self.lang == "nl" and self.low(a) not in _lex.NL_CONNECTIVE_WORDS:
            # "verklaart het verschil niet": Dutch puts "niet" after the object, before any
            # subordinate clause ("zorgde ervoor dat jongeren niet meer ..." still asserts).
            for j in range(b + 1, min(len(self.toks), b + 9)):
                t = self.toks[j]
                if not t.word or t.low in _NL_SUBORDINATOR or self.seg[j] != s:
                    return False
                if t.low in ("niet", "geen", "nooit") and self.low(j + 1) not in ("alleen",):
                    return True
        return False

    def has_subject(self, i: int) -> bool:
        """A word before token i in its clause (the subject, or a fronted part)."""
        s = self.seg[i]
        if i == s and self.low(s - 1) in ("but", "maar"):
            return True  # "verlaagde de huren niet, maar verlaagde wel ...": a shared subject
        return any(self.toks[j].word for j in range(max(s, i - 12), i))


_object_after = _phr.object_after
_np_count = _phr.np_count


def _free_np_count(st: _Sentence, a: int) -> int:
    """Noun phrases in the clause from token a that do not follow a preposition (subject and
    object, not "van bewoners", "over de verlichting")."""
    first = st.low(a)
    bare = bool(first) and first not in _DET[st.lang] and first not in _PREP[st.lang]
    count, prev = int(bare and first not in _ADVERB[st.lang]), ""  # "verhoogde bijles de cijfers"
    for j in range(a, min(len(st.toks), a + 20)):
        t = st.toks[j]
        if not t.word or st.seg[j] != st.seg[a]:
            break
        if t.low in _DET[st.lang] and prev not in _PREP[st.lang] and prev not in _DET[st.lang]:
            count += 1
        prev = t.low
    return count


def _implicit(st: _Sentence, i: int) -> bool:
    """Token i is an implicit causal verb used transitively (with a subject and an object)."""
    lang, toks = st.lang, st.toks
    w = toks[i].low
    if st.low(i + 1) in ("both", "beide", "allebei"):
        return False  # "a third variable drives both": how a confounder works, not a finding
    prev = st.low(i - 1)
    shared = i == st.seg[i] and prev in ("but", "maar")  # "..., maar verlaagde wel ..."
    if (prev in _DET[lang] or prev in _PREP[lang] or prev in ("te", "om")) and not shared:
        return False  # "with lower exam results", "to reduce": not a verb with a subject
    if lang == "en" and st.low(i - 2) in ("a", "an") and not w.endswith("ed"):
        return False  # "a clear increase": a noun
    if not st.has_subject(i):
        return False
    if lang == "en":
        if prev in _BE["en"] and not w.endswith(("ed", "ing")) and w not in ("cut", "hurt"):
            return False  # "the intervals are narrow": an adjective
        if w.endswith("ing"):
            return prev in _BE["en"] and _object_after(st, i)
        if w.endswith("ed") or w in ("cut", "drove", "pushed"):
            if prev in _BE["en"]:
                # Passive: a claim only with an agent, "was reduced by the patrols".
                return st.low(i + 1) == "by" and not st.low(i + 2)[:1].isdigit()
        return _object_after(st, i)
    # Dutch: V2 with the object after it, a participle with "hebben", or verb-final in a
    # subordinate clause with both a subject and an object before it.
    if _object_after(st, i):
        fronted_pp = st.low(st.seg[i]) in _PREP["nl"] and st.toks[st.seg[i] + 1].text != "-"
        if fronted_pp and _free_np_count(st, i + 1) < 2:
            return False  # "In de wijk verslechterde het oordeel van bewoners": inverted subject
        return True
    s = st.seg[i]
    for j in range(i - 1, max(s, i - 16) - 1, -1):
        lj = toks[j].low
        if lj in _HAVE["nl"]:
            if j == i - 1:
                continue  # "dat de brief de opkomst heeft verhoogd": look for "dat" before it
            return j < i - 1 and (
                w.startswith("ge") or w[-1] in "dt" or w.endswith("en") or "ge" in w[3:]
            )
        if lj in _lex.FUTURE:
            # "zal de wachttijd verkorten": an object between the auxiliary and the infinitive
            return j < i - 1 and w.endswith("en") and _asserted_future(st, j)
        if lj in _NL_SUBORDINATOR and j != i - 1:
            return _np_count(st, j + 1, i) >= 2
        if lj in _BE["nl"]:
            return False
    return False


def _effect(st: _Sentence, i: int) -> tuple[int, int] | None:
    """Token i is an effect noun stated to exist; returns the first and last token of the phrase.

    "has a clear effect on", "heeft invloed op", "had tot gevolg dat", "heeft effect gehad", and
    "the effect of X on Y was considerable"; not "we estimate the effect of X on Y".
    """
    lang, toks = st.lang, st.toks
    stop = {"that", "to", "which", "dat", "die", "om", "te", "welk", "welke", "what", "of", "van"}
    if lang == "nl" and st.low(i - 1) == "tot" and st.low(i - 2) in _HAVE["nl"]:
        return i - 2, i  # "had tot gevolg dat"
    if lang == "en" and st.low(i - 1) == "the" and st.low(i - 2) in _HAVE["en"]:
        return (i - 2, i + 1) if st.low(i + 1) == "that" else None
    # HAVE (+ up to 3 determiners/adjectives) + noun + on/for/that | gehad
    for j in range(i - 1, max(st.seg[i], i - 5) - 1, -1):
        lj = toks[j].low
        if not toks[j].word or lj in stop:
            break
        if lj in _HAVE[lang]:
            nxt, nxt2 = st.low(i + 1), st.low(i + 2)
            if lang == "en" and nxt in ("on", "upon", "for", "that"):
                return j, i + 1
            if lang == "nl" and nxt in ("op", "voor", "gehad"):
                return j, i + 1
            if lang == "nl" and (nxt == "gehad" or nxt2 in ("op", "voor")):
                return j, i + 2
            if st.low(i - 1) in _lex.EFFECT_KIND and nxt not in _lex.EFFECT_METHOD:
                return j, i  # "had the opposite effect", "had een averechts effect"
            return None
    # "een aanzienlijk effect heeft op" (a subordinate clause), "we find a clear effect of X on Y"
    if lang == "nl" and st.low(i + 1) in _HAVE["nl"] and st.low(i + 2) in ("op", "voor"):
        return i, i + 2
    found = [j for j in range(max(st.seg[i], i - 4), i) if toks[j].low in _lex.FINDING_VERB]
    if found and any(
        st.low(j) in ("on", "op", "van", "of") for j in range(i + 1, min(len(toks), i + 12))
    ):
        return found[0], i
    if st.low(i + 1) == "of" and any(st.low(j) in _HAVE[lang] for j in range(i - 3, i)):
        if st.low(i + 2)[:1].isdigit() or st.low(i + 2) in _COMPARATIVE:
            return i - 2, i + 1  # "had an effect of 1.4 fewer days of absence"
    if (
        st.low(i) == "uitwerking"
        and st.low(i + 1) == "niet"
        and st.low(i + 2) in ("gemist", "mist")
    ):
        return i, i + 2  # "heeft zijn uitwerking niet gemist"
    # "The effect of X on Y was considerable", "De invloed van X op Y is groot".
    prev = st.low(i - 1)
    if prev in ("the", "its", "their", "het", "de", "zijn", "hun") or prev.endswith("'s"):
        seen_on = False
        for j in range(i + 1, min(len(toks), i + 16)):
            lj = toks[j].low
            if not toks[j].word and toks[j].text not in "'’":
                break
            if lj in ("on", "op") or (lj in ("of", "van") and j == i + 1):
                seen_on = True
            elif lj in _COMPARATIVE and seen_on and st.low(j - 1) in _COPULA[lang]:
                return i, j  # "De impact van X op Y is groter dan verwacht"
            elif (lj in _COPULA[lang] or lj in _lex.COPULA_LIKE) and seen_on:
                k = j + 1
                while st.low(k) in ("het", "clearly", "duidelijk", "very", "zeer", "erg", "heel"):
                    k += 1
                nxt = st.low(k)
                if nxt in _lex.SUPERLATIVE:
                    return i, k
                if nxt in _EVALUATIVE or nxt in _COMPARATIVE or nxt[:1].isdigit():
                    return i, j + 1
                return None
    return None


def _noun_claim(st: _Sentence, i: int) -> int | None:
    """Copula + "(one of) the (main) cause(s) of", "responsible for", "oorzaak van".

    Returns the position of the copula: the phrase runs from it to the word after ``i``.
    """
    lang, w = st.lang, st.low(i)
    nxt = st.low(i + 1)
    if lang == "en":
        ok = (
            (w in ("cause", "causes") and nxt == "of")
            or (w in ("reason", "reasons") and nxt in ("for", "why"))
            or (w == "responsible" and nxt == "for")
            or (w == "attributable" and nxt == "to")
            or (w == "down" and nxt == "to")
            or (w in ("consequence", "result") and nxt == "of" and st.low(i - 2) != "as")
            or (w == "behind" and nxt == "the" and st.low(i - 1) in _COPULA["en"])
            or (w in ("factor", "factors", "driver", "drivers") and nxt in ("in", "behind", "of"))
            or (w == "instrumental" and nxt == "in")
            or (w == "blame" and nxt == "for" and st.low(i - 1) == "to")
        )
    else:
        ok = (
            (w in ("oorzaak", "oorzaken") and (nxt == "van" or nxt in _COPULA["nl"]))
            or (w == "gevolg" and nxt == "van" and st.low(i - 1) in ("het", "een", "direct"))
            or (w == "verantwoordelijk" and nxt == "voor")
            or (w in ("reden", "redenen") and nxt in ("voor", "van", "waarom"))
            or (w == "resultaat" and nxt == "van" and st.low(i - 1) in ("het", "een", "direct"))
            or (w in ("factor", "aanjager", "motor") and nxt in ("achter", "van", "bij"))
        )
    if not ok:
        return None
    if w in ("factor", "factors", "driver", "drivers", "aanjager", "motor"):
        # "a key factor in the drop" (a cause), not "age is a factor in the model"
        ahead = {st.low(j) for j in range(i + 2, min(len(st.toks), i + 8))}
        if not ahead & (_lex.CHANGE_NOUN | _CHANGE_WORDS | _lex.EN_ING_CAUSAL):
            return None
    for j in range(i - 1, max(st.seg[i], i - 7) - 1, -1):
        if st.toks[j].low in _COPULA[lang]:
            return j
        if not st.toks[j].word:
            break
    if (
        lang == "nl"
        and st.low(i + 1) in _COPULA["nl"]
        and not st.toks[min(i + 2, len(st.toks) - 1)].word
    ):
        # "dat het vertrek van de HEMA de voornaamste oorzaak is."
        if any(st.low(j) in _NL_SUBORDINATOR for j in range(max(0, i - 14), i)):
            return i
    return None


def _pair(st: _Sentence, i: int) -> tuple[int, int] | None:
    """A connective verb and its particle ("leads ... to", "tot ... geleid"); returns (a, b)."""
    w = st.toks[i].low
    toks = st.toks
    for heads, particles, gap, before in _PAIRS[st.lang]:
        if w not in heads:
            continue
        for j in range(i + 1, min(len(toks), i + gap + 2)):
            if not toks[j].word and toks[j].text not in ",":
                break
            if toks[j].low in particles:
                return i, (j + 1 if st.low(j + 1) == "aan" and toks[j].low == "grondslag" else j)
        if before:
            for j in range(i - 1, max(-1, i - gap - 2), -1):
                if not toks[j].word:
                    break
                if toks[j].low in particles:
                    return (j - 1 if st.low(j - 1) == "er" else j), i
    return None


def _after_object(st: _Sentence, i: int, targets: frozenset[str], span: int = 8) -> int | None:
    """Position of the first word of ``targets`` within ``span`` words after an object of token i."""
    if not _object_after(st, i):
        return None
    for j in range(i + 2, min(len(st.toks), i + span + 1)):
        if not st.toks[j].word and st.toks[j].text not in "-'":
            return None
        if st.toks[j].low in targets:
            return j
    return None


def _consequence_means(st: _Sentence, i: int) -> bool:
    """ "The shortage of carers means that residents wait longer": "means that" after a noun
    phrase, with a change or comparison after it, states a consequence (not a definition)."""
    if st.low(i) not in _lex.EN_MEANS or st.low(i + 1) != "that" or st.lang != "en":
        return False
    subject = [st.low(j) for j in range(max(st.seg[i], i - 40), i) if st.toks[j].word]
    if len(subject) < 3 or subject[0] not in ("the", "a", "an"):
        return False
    after = {st.low(j) for j in range(i + 2, min(len(st.toks), i + 14))}
    return bool(after & (_COMPARATIVE | _CHANGE_WORDS))


def _asserted_future(st: _Sentence, i: int) -> bool:
    """ "will"/"zal" at token i states a prediction as fact: its subject is a thing or a measure,
    not an actor planning something ("the council will", "we zullen", "next year ..."), not a
    pronoun ("this will make the plot clearer"); questions are skipped as a whole. Plans, hopes and aims in the
    same clause are still caught by their own words ("the council hopes ... will")."""
    subject = [st.low(j) for j in range(max(st.seg[i], i - 40), i) if st.toks[j].word]
    if len(subject) < 2 or set(subject) & _lex.PLANNING_ACTOR:
        return False
    if subject[0] in _DET[st.lang]:
        return True  # "Het nieuwe systeem zal ...", "This scheme will ...": a determiner
    return subject[0] not in _lex.NOT_CONSEQUENCE_SUBJECT | _lex.NL_PRONOUN


def _attributed_to(st: _Sentence, i: int) -> int | None:
    """ "can be attributed to" / "worden toegeschreven aan" after token i (a modal): the
    position of the participle when the modal introduces an attribution of cause."""
    if st.lang == "en":
        if st.low(i + 1) != "be":
            return None
        j = i + 2 if st.low(i + 2) not in _ADVERB["en"] else i + 3
        return j if st.low(j) in _lex.EN_ATTRIBUTED else None
    for j in range(i + 1, min(len(st.toks), i + 8)):
        if st.low(j) in _lex.NL_ATTRIBUTED and st.low(j + 1) in ("aan", "op"):
            return j
        if not st.toks[j].word:
            return None
    return None


def _broad(st: _Sentence, i: int) -> tuple[int, int, str] | None:
    """The broader causal verbs of ``_wording_lexicon``: each needs a subject and the result it
    names ("has sped up the switch", "gets children to join", "left streets full of rubbish",
    "in de schulden gebracht", "de bus in gedreven", "gevaarlijker gemaakt")."""
    lang, w = st.lang, st.low(i)
    prev = st.low(i - 1)
    if prev in _ADVERB["en"] or prev.endswith("ly"):
        prev = st.low(i - 2)
    if lang == "nl" and w in _lex.NL_ATTRIBUTED and st.low(i + 1) in ("aan", "op"):
        if any(st.low(j) in _BE["nl"] for j in range(max(st.seg[i], i - 4), i)):
            return i, i + 1, "noun"
    if w in _lex.EN_ATTRIBUTED and prev in _BE["en"] | {"be"}:
        nxt = st.low(i + 1)
        k = i + 2 if nxt == "back" else i + 1
        if {st.low(j) for j in range(k + 1, k + 7)} & _lex.PERSONS:
            return None  # "can be traced back to a few persons": identification, not a cause
        if (w != "explained" and st.low(k) == "to") or (
            w == "explained" and nxt == "by" and not st.low(i + 2)[:1].isdigit()
        ):
            return i - 1, k, "noun"
    if lang == "nl" and w == "te" and st.low(i + 1) in ("voeren", "schrijven"):
        # "is terug te voeren op", "is toe te schrijven aan"
        if st.low(i - 1) in ("terug", "toe") and st.low(i + 2) in ("op", "aan"):
            return i - 1, i + 2, "noun"
    if w in _MAKE[lang] | {"making"}:
        for j in range(i + 1, min(len(st.toks), i + 5)):
            if st.low(j) in ("difference", "verschil"):
                if lang == "en" and st.low(j + 1) in ("to", "for", "in") and st.has_subject(i):
                    return i, j + 1, "effect"
                break
            if not st.toks[j].word:
                break
        if lang == "nl" and w in ("gemaakt", "maakt", "maakte", "maakten"):
            for j in range(max(st.seg[i], i - 4), i):
                if st.low(j) == "verschil" and st.has_subject(j):
                    return j, i, "effect"
    if w in _lex.EN_STOP and _after_object(st, i, frozenset({"from"}), 6) is not None:
        return (i, i, "verb") if st.has_subject(i) else None
    if not st.has_subject(i) or st.low(i - 1) in _DET[lang] or st.low(i - 1) in ("to", "te", "om"):
        return None
    if lang == "en":
        if w in _lex.EN_SPEED and st.low(i + 1) in ("up", "down") and _object_after(st, i + 1):
            return i, i + 1, "verb"
        if w in _lex.EN_GET:
            j = _after_object(st, i, frozenset({"to"}), 7)
            nxt = st.low(j + 1) if j is not None else ""
            if j is not None and nxt and nxt not in _DET[lang] and not nxt[0].isdigit():
                return i, i, "verb"
            return None
        if (
            w in _lex.EN_LEAVE
            and st.low(i - 1) not in _BE["en"]
            and _after_object(st, i, _lex.EN_LEFT_RESULT) is not None
        ):
            return i, i, "verb"
        if w in _lex.EN_LIFT:
            j = next(
                (k for k in range(i + 2, min(len(st.toks), i + 8)) if st.low(k) == "out"), None
            )
            return (i, i, "verb") if j is not None and st.low(j + 1) == "of" else None
        if w in _lex.EN_SAVE and st.low(i + 1) in _lex.SAVE_OBJECT:
            return i, i, "verb"
        if w in _lex.EN_HIT and st.low(i - 1) in _HAVE["en"] | {"has", "have"}:
            return (i, i, "verb") if _after_object(st, i, _lex.HIT_RESULT) is not None else None
        if w in _lex.CHANGE_VERB and st.low(i - 1) in _HAVE["en"] and st.low(i + 1) == "how":
            return i, i, "verb"
        if _consequence_means(st, i):
            return i, i + 1, "clause"
        if w == "making":
            for j in range(i + 1, min(len(st.toks), i + 6)):
                if st.low(j) in _COMPARATIVE and st.low(i - 1) in _BE["en"]:
                    return i, i, "verb"
                if not st.toks[j].word:
                    break
        return None
    if w in _lex.NL_SAVE and st.low(i + 1) in _lex.SAVE_OBJECT:
        return i, i, "verb"
    if w in _lex.CHANGE_VERB and st.low(i + 1) == "hoe":
        return i, i, "verb"
    window = range(max(st.seg[i], i - 6), i)
    if w in _lex.NL_BRING and any(st.low(j) in _lex.NL_BRING_RESULT for j in window):
        return i, i, "verb"
    if w in _lex.NL_DRIVE_IN and st.low(i - 1) in ("in", "uit", "weg"):
        return i - 1, i, "verb"
    if w in _lex.NL_MADE and w == "gemaakt":
        if any(st.low(j) in _HAVE["nl"] for j in range(max(st.seg[i], i - 12), i)) and any(
            st.low(j) in _COMPARATIVE for j in window
        ):
            return i, i, "verb"
    if w in _lex.NL_INCITE and (st.low(i + 1) == "tot" or st.low(i - 1) in ("tot",)):
        return i, i, "verb"
    if w in _lex.NL_SET:
        for j in range(i + 2, min(len(st.toks), i + 7)):
            if not st.toks[j].word:
                break
            if st.low(j) == "aan" and st.low(j + 1) == "tot":
                return i, j + 1, "verb"
    if w in _lex.NL_GO:
        # "gaat overlast tegen": "tegen" closes the clause (not "gaat tegen de regels in").
        for j in range(i + 2, min(len(st.toks), i + 8)):
            if not st.toks[j].word:
                break
            if st.low(j) == "tegen" and not st.toks[min(j + 1, len(st.toks) - 1)].word:
                return i, j, "verb"
    if w in _lex.NL_TEWEEG:
        return i, i, "connective"
    return None


def _match(st: _Sentence, i: int) -> tuple[int, int, str] | None:
    """The causal phrase starting or headed at token i as (first, last, kind), or None."""
    toks, lang = st.toks, st.lang
    t = toks[i]
    if not t.word:
        return None
    w, nxt = t.low, st.low(i + 1)
    if len(t.text) > 1 and t.text.isupper() and w not in ("door", "by"):
        return None  # "HALT", "WMO": a name, not a verb
    if w in _lex.PHRASAL_HEADS:
        m = _phr.match(st, i)
        if m is not None:
            return m
    if w in _lex.HEADS:
        m = _broad(st, i)
        if m is not None:
            return m
    found = (_match_en if lang == "en" else _match_nl)(st, i, w, nxt)
    if found is not _GO_ON:
        return found
    if w in _EFFECT_NOUN[lang] and not _implication(st, i):
        span = _effect(st, i)
        if span is not None:
            return span[0], span[1], "effect"
    copula = _noun_claim(st, i)
    if copula is not None:
        return copula, (i if w == "behind" else i + 1), "noun"
    return None


#: Returned by the language rules when no rule decided: the shared rules (effect nouns,
#: copula + cause noun) are tried next.
_GO_ON = object()


def _match_en(st: _Sentence, i: int, w: str, nxt: str) -> Any:
    """English rules of :func:`_match`: a span, None (no claim here), or ``_GO_ON``."""
    toks = st.toks
    if w == "due" and nxt == "to" and st.low(i + 2) != "be":
        return i, i + 1, "preposition"
    if w in ("because", "owing", "thanks") and nxt == "of" and w == "because":
        return i, i + 1, "preposition"
    if w == "account" and st.low(i - 1) == "on" and nxt == "of":
        return i - 1, i + 1, "preposition"
    if w in ("owing", "thanks") and nxt == "to":
        if w == "thanks" and (
            (st.low(i + 2) in _lex.GRATITUDE and st.low(i + 3) in ("who", "for", "that", ""))
            or any(t.text == "!" for t in toks[-2:])
        ):
            return None  # "Thanks to everyone who came!": gratitude
        return i, i + 1, "preposition"
    if w == "because" and st.low(i - 1) == "but" and _negated_before(st, i):
        return i - 1, i, "conjunction"  # "not because of X but because Y": the stated cause
    if w == "because" and (_reports_change(st, i) or _plain_reason(st, i)):
        return i, i, "conjunction"
    if w == "since" and st.low(i - 1) == "," and _reports_change(st, i):
        if not (st.low(i + 1)[:1].isdigit() or st.low(i + 1) in _lex.TIME_AFTER_THROUGH):
            return i, i, "conjunction"  # "Waiting lists grew, since the contractor could ..."
    if w == "as" and nxt in ("a", "the") and i + 3 < len(toks):
        k = i + 2
        if st.low(k) in ("direct", "indirect", "logical", "natural"):
            k += 1
        if st.low(k) in ("result", "consequence") and st.low(k + 1) == "of":
            return i, k + 1, "preposition"
    if w == "rise" and nxt == "to" and st.low(i - 1) in _GIVE:
        return i - 1, i + 1, "connective"
    if w == "driven" and nxt == "by":
        return i, i + 1, "connective"
    if w == "by" and i == 0 and st.low(1).endswith("ing"):
        return _means_result(st, i)  # "By offering a free consultation, arrears fell"
    if w == "through" and i == 0 and st.low(1) in _lex.TIME_AFTER_THROUGH:
        return None  # "Through March and April, ...": time
    if w == "through" and i == 0 and any(x.text == "," for x in toks[1:16]):
        return i, i, "preposition"
    if w == "as" and i == st.seg[i] and nxt in ("a", "the") and st.low(i + 3) == ",":
        if st.low(i + 2) in ("result", "consequence"):
            return i, i + 2, "adverb"  # "As a result, truancy fell."
    if w == "consequently" and st.low(i + 1) == ",":
        return i, i, "adverb"
    if w in _CAUSE_EN:
        prev = st.low(i - 1)
        noun = nxt in ("of", "for", "and") or prev in _DET["en"] or prev in _NOUN_ADJ
        # "misses causes worded in other ways": a verb would take an object, not a participle.
        noun = noun or (w == "causes" and nxt.endswith("ed"))
        if not noun and prev not in ("of", "for", "in", "by", "without", "to"):
            return i, i, "connective"
        # "the main cause of" is a noun: a claim only with a copula (below).
    if w in _LEAD_EN:
        window = {st.low(j) for j in range(max(st.seg[i], i - 6), i)}
        window |= {st.low(j) for j in range(i + 1, i + 5)}  # "leads to the next page"
        if window & _LITERAL_PATH or any(x.endswith(("path", "road", "way")) for x in window):
            return None
    pair = _pair(st, i) if st.low(i - 1) not in _DET["en"] else None
    if pair:
        if w in ("bring", "brings", "brought", "bringing") and (
            st.low(pair[1] + 1)[:1].isdigit() or st.low(pair[1] + 1) in _lex.NUMBER_WORDS
        ):
            return None
        if w in ("bring", "brings", "brought", "bringing") and st.low(pair[1]) == "down":
            if not _object_after(st, pair[1]) or not st.has_subject(i):
                return None
            return pair[0], pair[1], "verb"
        kind = (
            "verb" if st.low(pair[1]) in ("down", "low", "awake", "away", "out") else "connective"
        )
        return pair[0], pair[1], kind
    if w in _MAKE["en"]:
        for j in range(i + 1, min(len(toks), i + 6)):
            if toks[j].low in ("look", "looks", "seem", "seems", "appear", "appears"):
                break  # "makes any model look better": how it appears
            if toks[j].low in _COMPARATIVE and st.has_subject(i):
                return i, i, "verb"
            if not toks[j].word:
                break
        return None
    if w in _IMPLICIT["en"] or w in _EN_ING:
        if w in ("raise", "raises", "raised") and (
            st.low(i + 1) in _RAISE_NOT or st.low(i + 2) in _RAISE_NOT
        ):
            return None
        if w in _DRIVE_PUSH:
            ahead = {st.low(j) for j in range(i + 1, i + 7)}
            if w in _lex.EN_DRIVE and not {st.low(i + 1), st.low(i + 2)} & _lex.VEHICLE:
                pass  # "rising rents drive demand for social housing"
            elif not ahead & _words("away out into onto up down from"):
                return None
            if st.low(i + 1) in ("up", "down") and st.has_subject(i):
                # "has driven down the number": the object comes after the particle.
                return (i, i + 1, "verb") if _object_after(st, i + 1) else None
        if _implicit(st, i):
            return i, i, "verb"
    return _GO_ON


def _match_nl(st: _Sentence, i: int, w: str, nxt: str) -> Any:
    """Dutch rules of :func:`_match`: a span, None (no claim here), or ``_GO_ON``."""
    toks = st.toks
    if w in ("dankzij", "vanwege"):
        return i, i, "preposition"
    if w == "doordat":
        return i, i, "conjunction"
    if w in ("omdat", "vanwege") and st.low(i - 1) == "maar" and _negated_before(st, i):
        return i - 1, i, "conjunction"
    if (
        w == "omdat"
        and st.low(i - 1) not in ("niet", "juist")
        and (_reports_change(st, i) or _plain_reason(st, i))
    ):
        return i, i, "conjunction"
    if w in ("daardoor", "hierdoor"):
        return i, i, "adverb"
    if w == "waardoor" and (i == 0 or toks[i - 1].text in (",", ";", "–", "—")):
        return i, i, "conjunction"
    if w in ("als", "ten") and nxt == "gevolg" and st.low(i + 2) == "van":
        return i, i + 2, "preposition"
    if w == "als" and nxt == "gevolg" and st.low(i + 2) in ("hiervan", "daarvan", "waarvan"):
        return i, i + 2, "adverb"
    if w == "als" and nxt == "gevolg" and st.low(i + 2) == "dat":
        return (i - 1 if st.low(i - 1) in ("met", "heeft", "had") else i), i + 1, "clause"
    if w == "te" and nxt in ("wijten", "danken") and st.low(i + 2) == "aan":
        return i, i + 2, "preposition"
    if w == "te" and nxt in ("wijten", "danken"):
        k = next((k for k in range(max(st.seg[i], i - 10), i) if st.low(k) == "aan"), None)
        if k is not None:
            return k, i + 1, "preposition"  # "is vooral aan de buurtconciërges te danken"
    if w == "door":
        if (nxt, st.low(i + 2)) in _DOOR_IDIOM or nxt == "elkaar":
            return None
        return _door(st, i)
    if w in _CAUSE_NL:
        return i, i, "connective"
    if w == "doen" and nxt in _NL_CHANGE_INF:
        return i, i + 1, "verb"
    if w in _LEAD_NL:
        window = {st.low(j) for j in range(max(st.seg[i], i - 6), i)}
        window |= {st.low(j) for j in range(i + 1, i + 5)}
        if window & _LITERAL_PATH:
            return None
    pair = _pair(st, i)
    if pair:
        a, b = pair
        if st.low(b) == "voor" and st.low(b + 1) in _POSSESSIVE_NL:
            return None  # "zorgen voor hun ouders": care for, not cause
        if st.low(b) == "door" and _means_door(st, b):
            return None
        if st.low(b) == "tegen" and b + 1 < len(toks) and toks[b + 1].word:
            return None  # "tegen het licht houden": not "houdt hardrijders tegen"
        verbal = _words("terug uit weg laag hoog wakker omhoog op buiten af tegen")
        kind = "verb" if st.low(b) in verbal else "connective"
        return a, b, kind
    if w in _MAKE["nl"]:
        for j in range(i + 1, min(len(toks), i + 9)):
            if toks[j].low in _COMPARATIVE and st.has_subject(i):
                return i, i, "verb"
            if not toks[j].word and toks[j].text != "'":
                break
        return None
    if (
        w in _TREFFEN
        and st.low(i + 1) in _TREFFEN_NOT | {"de", "een"}
        and (st.low(i + 2) in _TREFFEN_NOT or st.low(i + 1) in _TREFFEN_NOT)
    ):
        return None  # "treft maatregelen": takes measures
    if w in _IMPLICIT["nl"] and _implicit(st, i):
        return i, i, "verb"
    return _GO_ON


def _implication(st: _Sentence, i: int) -> bool:
    """ "That has consequences for your policy": an implication of a finding, not an effect."""
    if st.low(i) not in ("consequences", "consequence", "gevolgen", "gevolg"):
        return False
    s = st.seg[i]
    return (
        st.low(s) in ("that", "this", "it", "dat", "dit", "het")
        and st.low(s + 1) in (_HAVE[st.lang])
    )


def _reports_change(st: _Sentence, i: int) -> bool:
    """A "because"/"omdat" explains a change ("absence rose because ...") rather than a reason
    for a statement or a method ("the intervals are narrow because ...")."""
    # "Because X, fewer people ...": a fronted clause explains the main clause after it.
    fronted = i == 0 or (i <= 3 and st.toks[i - 1].text == ":")
    window = range(i + 1, min(len(st.toks), i + 26)) if fronted else range(max(0, i - 15), i)
    return any(st.toks[j].low in _CHANGE_WORDS for j in window)


def _negated_before(st: _Sentence, i: int) -> bool:
    """ "not because of X but because Y" / "niet ... maar omdat": a contrast with a denied
    cause (not "al was het maar omdat", "only because")."""
    return any(st.low(j) in ("not", "niet", "never", "nooit") for j in range(max(0, i - 20), i))


def _plain_reason(st: _Sentence, i: int) -> bool:
    """ "Omdat de vergunning duurder is, hebben 300 huishoudens hun auto verkocht": a reason for
    something that happened in the world; not a reason for a method or a statement ("because
    the sample is small, the interval is wide"; "we use the median because"; "this matters
    because"), nor an appearance ("because X, it looks as if")."""
    if i != 0:
        return False  # after its main clause a "because" often gives a reason for a statement
    lo, hi = max(0, i - 40), min(len(st.toks), i + 40)
    said = {st.low(j) for j in range(lo, hi)}
    if said & (_lex.METHOD_NOUN | _lex.STAT_WORDS | _lex.PERSONAL | _MODAL[st.lang]):
        return False
    if st.low(0) in _lex.NOT_CONSEQUENCE_SUBJECT | {"dit", "dat", "het"} and i > 0:
        return False
    main = range(i + 1, hi) if i == 0 else range(lo, i)
    return not any(st.low(j) in _lex.APPEARANCE for j in main)


def _means_door(st: _Sentence, i: int) -> bool:
    """ "door data te verzamelen": door + a 'te' infinitive is a means, not a cause."""
    for j in range(i + 1, min(len(st.toks), i + 10)):
        if not st.toks[j].word:
            return False
        if st.toks[j].low == "te":
            return True
    return False


def _door_before_participle(st: _Sentence, i: int) -> tuple[int, int, str] | None:
    """ "De wachttijd is door de inzet van extra medewerkers met vier minuten verkort": an
    auxiliary before "door" and a causal or change participle closing the clause after it."""
    aux = [j for j in range(max(st.seg[i], i - 6), i) if st.low(j) in _BE["nl"] | _HAVE["nl"]]
    if not aux or any(st.low(j) in _NL_SUBORDINATOR for j in range(aux[-1], i)):
        return None  # "Een ander punt is dat door ...": the auxiliary is in another clause
    if aux[-1] < i - 2 or (aux[-1] == i - 2 and st.low(i - 1) not in _lex.DOOR_ADVERB):
        return None  # "... het aantal bezoeken door 65-plussers ... verhoogd": inside the object
    agent = st.low(i + 1) if st.low(i + 1) not in _DET["nl"] else st.low(i + 2)
    if agent in _lex.NL_AGENT:
        return None  # "is door de gemeente verkort": the agent of an action
    for j in range(i + 2, min(len(st.toks), i + 14)):
        t = st.toks[j]
        if not t.word:
            return None
        if t.low in _NL_CHANGE or t.low in _lex.NL_CAUSAL_PARTICIPLES:
            return i, i, "preposition"
    return None


def _means_result(st: _Sentence, i: int) -> tuple[int, int, str] | None:
    """ "Door de spouwmuren te isoleren, is het gasverbruik met een vijfde gedaald": a fronted
    means with a change in the main clause states a result ("kennis komt tot stand door data te
    verzamelen" does not)."""
    if i != 0:
        return None
    comma = next(
        (j for j in range(i + 1, min(len(st.toks), i + 16)) if st.toks[j].text == ","), None
    )
    if comma is None:
        return None
    main = {st.low(j) for j in range(comma + 1, min(len(st.toks), comma + 20))}
    change = _CHANGE_WORDS | _NL_CHANGE | _lex.NL_CAUSAL_PARTICIPLES | _lex.EN_WIDE_PARTICIPLES
    return (i, i, "preposition") if main & change else None


def _door(st: _Sentence, i: int) -> tuple[int, int, str] | None:
    """Causal "door": at the start of a clause, or after a verb of change; passive "door" is not."""
    if _means_door(st, i):
        return _means_result(st, i)
    if any(st.low(j) == "heen" for j in range(i + 2, min(len(st.toks), i + 7))):
        return None  # "door het hele jaar heen": time or place
    k = i - 1
    while st.low(k) in ("wel", "ook", "mede", "vooral", "juist", "deels", "dan") or (
        k > st.seg[i] and st.low(k).endswith(("baar", "lijk")) and st.low(k - 1) == "er"
    ):
        k -= 1
    if (
        st.low(k) == "er"
        and k < i
        and any(
            st.low(j) in _CHANGE_WORDS | _NL_CHANGE | {"af", "toe"}
            for j in range(i + 1, min(len(st.toks), i + 4))
        )
    ):
        return k, i, "adverb"  # "het aantal klachten nam er wel door af" (= daardoor)
    if i == st.seg[i]:
        return i, i, "preposition"
    late = _door_before_participle(st, i)
    if late is not None:
        return late
    for j in range(i - 1, max(st.seg[i], i - 4) - 1, -1):
        if st.toks[j].low in _NL_CHANGE or st.toks[j].low in _lex.NL_BECOME:
            return i, i, "preposition"
        if st.toks[j].low in _lex.NL_CAUSAL_PARTICIPLES:
            # "is aangewakkerd door de hitte" (a cause), not "uitgevoerd door de gemeente"
            agent = st.low(i + 1) if st.low(i + 1) not in _DET["nl"] else st.low(i + 2)
            return None if agent in _lex.NL_AGENT else (j, i, "connective")
    return None


# Every word a causal phrase can be found at: a sentence without one is skipped at once.
_HEADS = (
    _words(
        "due because owing thanks as rise driven consequently through cause causes reason reasons responsible "
        "factor factors driver drivers instrumental blame resultaat aanjager motor "
        "attributable consequence result behind dankzij vanwege doordat omdat daardoor hierdoor "
        "waardoor als ten te door doen oorzaak oorzaken gevolg verantwoordelijk reden redenen"
    )
    | _CAUSE_EN
    | _CAUSE_NL
    | _EN_ING
    | frozenset().union(*_IMPLICIT.values(), *_MAKE.values(), *_EFFECT_NOUN.values())
    | frozenset().union(*(heads for pairs in _PAIRS.values() for heads, _, _, _ in pairs))
    | _lex.HEADS
    | _lex.PHRASAL_HEADS
)


def _refine(st: _Sentence, a: int, b: int, kind: str) -> tuple[int, int, str]:
    """Widen a phrase to what a writer would replace, so the advice's alternatives fit.

    "is (largely) due to" and passive "was caused by" take "is associated with"; "caused shops
    to close" and "leidt ertoe dat" need their own alternatives.
    """
    lang = st.lang
    before = a - 2 if st.low(a - 1) in _ADVERB[lang] or st.low(a - 1).endswith("ly") else a - 1
    if kind == "preposition" and st.low(before) in _COPULA[lang]:
        return before, b, "noun"
    if kind == "connective":
        if st.low(b + 1) in ("by", "door") and st.low(b) not in ("by", "door"):
            b += 1
        if st.low(b) in ("by", "door") and st.low(before) in _BE[lang]:
            return before, b, "noun"
        if st.low(a) in _CAUSE_EN and any(
            st.low(j) == "to" for j in range(b + 2, min(len(st.toks), b + 6))
        ):
            return a, b, "verb"  # "caused shops to close earlier"
    if kind in ("connective", "effect") and (
        "that" in (st.low(b), st.low(b + 1)) or (st.low(b + 1) == "dat")
    ):
        return a, b, "clause"
    return a, b, kind


# Simple-present causal verbs that can be swapped for a neutral verb of the same number, with the
# key of the neutral phrase.
_REWORD = {
    ("lead", "to"): "neutral_pl",
    ("leads", "to"): "neutral_sg",
    ("result", "in"): "neutral_pl",
    ("results", "in"): "neutral_sg",
    ("cause",): "neutral_assoc_pl",
    ("causes",): "neutral_assoc_sg",
    ("leidt", "tot"): "neutral_sg",
    ("leiden", "tot"): "neutral_pl",
    ("zorgt", "voor"): "neutral_sg",
    ("zorgen", "voor"): "neutral_pl",
    ("resulteert", "in"): "neutral_sg",
    ("resulteren", "in"): "neutral_pl",
    ("veroorzaakt",): "neutral_assoc_sg",
    ("veroorzaken",): "neutral_assoc_pl",
}
# Words that show the part before or after the verb is not a plain noun phrase.
_NOT_NP = _words(
    "is are was were be been has have had will would can could may might should must do does did "
    "that which who whom whose if when because so therefore thus also then there it this these "
    "they we he she you i not no never "
    "is zijn was waren wordt worden werd heeft hebben had zal zou kan kunnen moet dat die wie "
    "als omdat dus daarom ook toen er hier daar wij we zij ze hij niet geen nooit"
)


def _rewording(st: _Sentence, sentence: str, a: int, b: int, lang: str) -> str | None:
    """The sentence with the causal verb swapped for a neutral one, when that stays grammatical.

    Only for a simple-present causal verb right between a plain noun phrase (the whole clause
    before it) and a plain noun phrase that runs to the end of the sentence.
    """
    toks = st.toks
    key = _REWORD.get(tuple(toks[j].low for j in range(a, b + 1)))
    if key is None or len(toks) > 40 or st.qualified(a, b):
        return None
    s = st.seg[a]
    if s > 0 and not (s == 2 and toks[1].text == ":"):
        return None  # only "Conclusion: X leads to Y." may have something before the subject
    subject = toks[s:a]
    if not 1 <= len(subject) <= 7 or any(not t.word or t.low in _NOT_NP for t in subject):
        return None
    rest = toks[b + 1 :]
    if not rest or rest[-1].text not in (".", "!"):
        return None
    obj = rest[:-1]
    if not 1 <= len(obj) <= 10:
        return None
    for t in obj:
        if not t.word and t.text not in ("%", "'", "’"):
            return None
        if t.word and t.low in _NOT_NP:
            return None
    # The neutral verb is in the language of the sentence, whatever the package language.
    neutral = MSG(key, lang=lang).render(lang)
    return " ".join((sentence[: toks[a].start] + neutral + sentence[toks[b].end :]).split())


_ALT = {
    "connective": ("alt_connective_1", "alt_connective_2", "advice"),
    "preposition": ("alt_preposition_1", "alt_preposition_2", "advice"),
    "conjunction": ("alt_conjunction_1", "alt_conjunction_2", "advice"),
    "adverb": ("alt_adverb_1", "alt_adverb_2", "advice"),
    "clause": ("alt_clause_1", "alt_clause_2", "advice"),
    "verb": ("alt_verb_1", "alt_verb_2", "advice_verb"),
    "forecast": ("alt_forecast_1", "alt_forecast_2", "advice_forecast"),
    "effect": ("alt_effect_1", "alt_effect_2", "advice"),
    "noun": ("alt_noun_1", "alt_noun_2", "advice"),
}


# Words inside a fixed phrase ("ligt ten grondslag aan", "heeft er toe geleid"), quoted whole.
_IDIOM_INSIDE = _words("ten grondslag er toe tot rise")


def _first_alternative(kind: str, lang: str) -> str:
    return MSG.messages[_ALT[kind][0]][lang]


def _advice(phrase_words: str, kind: str, lang: str) -> Text:
    first, second, key = _ALT[kind]
    # The alternatives are given in the language of the sentence (the user rewrites that
    # sentence); the advice around them follows the package language when shown.
    return MSG(
        key,
        phrase=phrase_words,
        first=MSG.messages[first][lang],
        second=MSG.messages[second][lang],
    )


def _contrast_asserts(st: _Sentence, a: int, b: int) -> bool:
    """ "The letters did not stop the truancy, but the home visits did." / "De brieven hielpen
    niet tegen het verzuim, de huisbezoeken wel.": a clause negated only by "not", followed by a
    short contrast clause that ends in "did"/"wel", asserts the cause for its own subject."""
    s = st.seg[a]
    if st.qual[b + 1] - st.qual[s] != 1 or st.wide[a] > 0:
        return False
    if len(st.toks) - b > 40 or not any(
        st.low(j) in _NEGATION[st.lang] or st.low(j).endswith("n't")
        for j in range(max(s, b - 40), b + 1)
    ):
        return False  # (windows of 40 tokens keep the scan linear on text without full stops)
    words = [t.low for t in st.toks[b + 1 :] if t.word]
    k = next((j for j in range(b + 1, len(st.toks)) if st.seg[j] != s), None)
    if k is None or len(words) > 16:
        return False
    tail = [t.low for t in st.toks[k:] if t.word]
    return (
        2 <= len(tail) <= 6
        and tail[-1] in _lex.CONTRAST_END
        and not set(tail) & (_NEGATION[st.lang] | _MODAL[st.lang] | _HEDGE[st.lang])
    )


def _scan_sentence(offset: int, sentence: str) -> list[tuple[int, int, str, str, str, Any]]:
    toks = _tokens(sentence)
    if not any(t.low in _HEADS for t in toks):
        return []
    found: list[tuple[int, int, str, str, str, Any]] = []
    for lang in _language(toks):
        st = _Sentence(toks, lang)
        if st.question or st.definition or st.reported:
            continue
        last = -1
        for i in range(len(toks)):
            if i <= last:
                continue
            if toks[i].low not in _HEADS:
                continue
            m = _match(st, i)
            if m is None:
                continue
            a, b, kind = _refine(st, *m)
            if a <= last:
                continue
            last = b
            if st.qualified(a, b) and not _contrast_asserts(st, a, b):
                continue
            will = [j for j in range(max(st.seg[a], a - 14), a) if st.low(j) in _lex.FUTURE]
            if kind == "verb" and will:
                a, kind = will[-1], "forecast"  # "zal de wachttijd verkorten": a forecast
            inside = {toks[j].low for j in range(a + 1, b)}
            if (
                b - a <= 1
                or (b - a <= 4 and all(toks[j].word for j in range(a, b + 1)))
                or (kind in ("noun", "effect", "preposition") and b - a <= 7)
                or inside <= _IDIOM_INSIDE
            ):
                words = sentence[toks[a].start : toks[b].end]
            else:
                words = f"{toks[a].text} … {toks[b].text}"
            reworded = _rewording(st, sentence, a, b, lang)
            found.append(
                (
                    offset + toks[a].start,
                    offset + toks[b].end,
                    lang,
                    kind,
                    words,
                    reworded,
                )
            )
        if found:
            break
    if len(found) > 1:
        # "no coincidence" only marks a claim when the sentence names no cause itself
        found = [f for f in found if f[4].lower() not in ("no coincidence", "geen toeval")]
    return found


def find_causal_claims(text: str, *, warn: bool = False) -> list[CausalClaim]:
    """Find wording that states a cause, in English or Dutch, and suggest a neutral wording.

    A sentence such as "fish shops lead to vandalism", "door de viswinkels is er meer vandalisme"
    or "patrols reduced vandalism by 20%" presents an association as a cause. Wording that is
    negated, hedged, asked, planned or attributed to others ("does not cause", "might lead to",
    "leidt mogelijk tot", "Does X cause Y?", "the aim is to reduce", "volgens de politie") is not
    reported: the author does not claim it.

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
        (from 1), ``sentence``, ``language`` (``"en"``/``"nl"``), ``kind``, ``rewording`` (the
        sentence reworded neutrally, or None), ``advice`` (the phrase quoted with neutral
        alternatives) and ``suggestion`` (the rewording when there is one, otherwise the first
        neutral alternative).

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
    split_sentences : the sentence splitter used here.

    Notes
    -----
    These are hand-written rules over words, not a language model. They know a closed list of
    causal verbs and connectives with their inflections (including Dutch separable verbs such as
    "draagt ... bij aan" and words between verb and particle), tell causal "door" from passive
    "door", count a verb such as "reduces" only with a subject and an object, and look for
    negation, hedges, questions, aims and attribution in the same clause. They cannot see
    meaning: a cause worded in a way not on the list is missed ("the fish shops are why the
    square is a mess"), a hedge far from the verb can be missed, and they cannot know whether a
    cause *was* shown (by a randomised experiment, say); then the wording is right and the finding
    can be dismissed. Precision and recall are in ``tests/reference/wording_figures.json``. On 293
    sentences in the natural phrasing of municipal and research prose, written by someone who had
    not seen the rules and scored once (``wording_fresh7.csv``), 98% of the findings were claims
    in both languages, and it found 85% of the English and 83% of the Dutch causal claims. On
    sets written to be hard (a wide variety of verbs and idioms) it found as few as 60–75% before
    it was tuned on them: expect it to miss a reason given with "because"/"want" for an action,
    and verbs or idioms it does not know ("neemt de drempel weg"). Treat each finding as a
    question for the author.

    The suggested rewording only swaps a simple-present verb ("leads to", "veroorzaken") between
    two plain noun phrases; otherwise ``advice`` quotes the phrase and offers neutral
    alternatives, and ``suggestion`` is the first of them.

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
    >>> print(ca.find_causal_claims("Door de viswinkels is er meer vandalisme.")[0].advice)
    Instead of 'Door', write e.g. 'bij' or 'tegelijk met', and say what the data cannot show.
    """
    if not isinstance(text, str):
        raise InvalidOptionError(MSG("text_type", typ=type(text).__name__))
    claims: list[CausalClaim] = []
    line, line_pos = 1, 0
    for offset, sentence in split_sentences(text):
        found = _scan_sentence(offset, sentence)
        if not found:
            continue
        flat = " ".join(sentence.split())
        for start, end, lang, kind, words, reworded in found:
            line += text.count("\n", line_pos, start)
            line_pos = start
            advice = _advice(words, kind, lang)
            rewording = reworded
            claims.append(
                CausalClaim(
                    phrase=text[start:end],
                    start=start,
                    end=end,
                    line=line,
                    sentence=flat,
                    language=lang,
                    suggestion=rewording
                    if rewording is not None
                    else _first_alternative(kind, lang),
                    kind=kind,
                    rewording=rewording,
                    advice=advice,
                )
            )
    if warn:
        for claim in claims:
            snippet = claim.sentence if len(claim.sentence) <= 200 else claim.sentence[:199] + "…"
            warnings.warn(
                MSG(
                    "causal_warning",
                    where=MSG("where_text"),
                    phrase=claim.phrase,
                    sentence=snippet,
                    advice=MSG("rewording", rewording=claim.rewording)
                    if claim.rewording
                    else claim.advice,
                ),
                CausalLanguageWarning,
                stacklevel=2,
            )
    return claims


__all__ = ["CausalClaim", "find_causal_claims", "split_sentences"]
