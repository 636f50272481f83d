"""Causal constructions of :mod:`civicanalysis.wording` that span several words (private).

Verbs whose particle or result comes after their object ("brought waiting times down", "schrikt
bezoekers af", "kept families in their homes"), verbs that are causal only with a fitting object
("cost 40 jobs", "explains the drop"), and idioms ("played a key role in", "werkt ... in de hand",
"paved the way for"). Each rule looks at a bounded window of tokens around one head word, so the
scan stays linear in the length of the text. The word lists are in ``_wording_lexicon``.

The functions take the scanner's ``_Sentence`` (tokens, clause segments, language) and a token
position, and return ``(first, last, kind)`` or None, like the rules in ``wording.py``.
"""

from __future__ import annotations

from typing import Any

from . import _wording_lexicon as _lex
from ._wording_lexicon import _ADVERB, _BE, _DET, _HAVE, _IMPLICIT, _MAKE, _MODAL, _PREP

Span = tuple[int, int, str]

# Words after a separated Dutch particle that show the clause (or the verb group) has ended.
_NL_CLAUSE_END = frozenset(
    "die dat om te en omdat waardoor zodat als wanneer maar van tot met doordat nu".split()
)
_EN_GIVE = frozenset("give gives gave given giving".split())
_NL_GIVE = frozenset("geeft geven gaf gaven gegeven".split())
_PAVE = frozenset("pave paves paved paving".split())
_NL_WORK = frozenset("werkt werken werkte werkten gewerkt".split())
_PUT = frozenset("put puts putting".split())
_SUBJECT_NOT_FINDING = frozenset(
    "this that it we i you these those section chapter notebook table figure video method model "
    "approach function code package tool option setting design plot chart "
    "dit dat het we wij ik je u hoofdstuk notebook tabel figuur paragraaf methode model functie "
    "code grafiek opzet regression regressie chance toeval noise ruis".split()
)
_REASON_NOT_CAUSE = frozenset(
    "we i you must should need needs ought shall wij ik je moet moeten mag".split()
)
_QUANTITY = frozenset("much most many half part some all een deel groot".split())
_LED = frozenset("lead leads led leading".split())
_ALLOW = frozenset("allow allows allowed allowing".split())
_NOT_AFFECTED = frozenset(
    "us you one users readers analysts ons je u gebruikers lezers analisten".split()
)
_EFFECTIVE = frozenset("effective successful effectief doeltreffend succesvol".split())
_PROVED = frozenset("proved proven proves prove bleek bleken blijkt gebleken".split())
_INTENSIFIER = frozenset(
    "very highly remarkably particularly quite zeer erg bijzonder heel zeer opvallend".split()
)
_LIST_WORDS = frozenset("such including include includes like e.g. zoals waaronder".split())


def object_after(st: Any, i: int) -> bool:
    """True when token i is followed by a noun phrase (its object), not a preposition or end."""
    lang = st.lang
    toks = st.toks
    j = i + 1
    if toks[min(j, len(toks) - 1)].low in _QUANTITY and st.low(j + 1) in ("of", "van"):
        return True  # "underlies much of the absence", "explains most of the drop"
    while (
        j < len(toks)
        and toks[j].word
        and (toks[j].low in _ADVERB[lang] or (lang == "en" and toks[j].low.endswith("ly")))
    ):
        j += 1
    while j < len(toks) and toks[j].low in _lex.QUANTIFIER and j < i + 4:
        j += 1  # "prevented at least twenty falls"
    if j >= len(toks) or not toks[j].word:
        return False
    w = toks[j].low
    if w[0].isdigit():
        # "prevented 20 falls" (an object), not "rents increased 5 percent" (a measure)
        k = j + 1
        while k < len(toks) and not toks[k].word and toks[k].text in ",.":
            k += 1
        return (
            k < len(toks)
            and toks[k].word
            and toks[k].low not in _lex.MEASURE_UNIT
            and (toks[k].low not in _PREP[lang])
        )
    if w in _PREP[lang] or w in _MODAL[lang] or w in _BE[lang]:
        return False
    if w in _lex.TIME_WORDS or w in _lex.NOT_OBJECT:
        return False  # "rents doubled last year": a time, not an object
    return not (lang == "en" and w in ("and", "or", "which", "that"))


def np_count(st: Any, a: int, b: int) -> int:
    """Number of noun-phrase starts among tokens a..b-1 (a rough count of subject and object)."""
    count, prev_det = 0, False
    for j in range(a, b):
        t = st.toks[j]
        if not t.word:
            prev_det = False
            continue
        is_det = t.low in _DET[st.lang]
        if j == a or (is_det and not prev_det):
            count += 1
        prev_det = is_det
    return count


def _words_until(st: Any, i: int, targets: frozenset[str], span: int) -> int | None:
    """Position of the first word of ``targets`` within ``span`` words after token i, staying
    inside the clause (no punctuation but apostrophes and hyphens on the way)."""
    for j in range(i + 1, min(len(st.toks), i + span + 1)):
        t = st.toks[j]
        if not t.word and t.text not in "-'’":
            return None
        if t.low in targets:
            return j
    return None


def _verb_position(st: Any, i: int) -> bool:
    """Token i can be a finite verb with a subject: a word before it in its clause, and not
    right after a determiner, a preposition or an infinitive marker ("to", "te", "om")."""
    prev = st.low(i - 1)
    if prev in _DET[st.lang] or prev in ("to", "te", "om"):
        return False
    if st.lang == "en" and prev in _PREP["en"] and prev not in ("and", "but", "so", "then"):
        return False
    return st.has_subject(i)


def _finding_subject(st: Any, i: int) -> bool:
    """The clause's subject is not "this", "we" or the notebook itself ("this table explains
    the difference between mean and median" describes the text, not a cause)."""
    s = st.seg[i]
    first = [st.low(j) for j in range(s, min(i, s + 6)) if st.toks[j].word][:2]
    return not set(first) & _SUBJECT_NOT_FINDING


def match(st: Any, i: int) -> Span | None:
    """The multi-word causal construction headed at token i, or None."""
    return (_match_en if st.lang == "en" else _match_nl)(st, i, st.low(i))


def _effective(st: Any, i: int) -> Span | None:
    """ "The scheme proved effective in reducing truancy", "De aanpak bleek effectief tegen
    inbraken": effectiveness stated as a finding."""
    if st.low(i + 1) not in ("in", "at", "against", "bij", "tegen", "om"):
        return None
    j = i - 1
    while j > st.seg[i] and st.low(j) in _INTENSIFIER:
        j -= 1
    if (st.low(j) in _lex.COPULA_ALL or st.low(j) in _PROVED) and _finding_subject(st, j):
        return j, i + 1, "effect"
    return None


def _participle_clause(st: Any, i: int) -> Span | None:
    """ "The bus stopped running, forcing pupils to walk" / "..., thereby reducing fees": an
    -ing clause after a finished clause states its result (not an item in a list)."""
    before = [st.low(j) for j in range(max(0, i - 40), i) if st.toks[j].word]
    if st.low(i - 1) in ("thereby", "thus"):
        return (i - 1, i, "verb") if object_after(st, i) else None
    if st.low(i - 1) != "," or len(before) < 4 or set(before) & _LIST_WORDS:
        return None
    if any(b.endswith("ing") and b in _lex.EN_ING_CAUSAL for b in before):
        return None  # "raising fees, cutting hours, ...": a list of measures
    nxt = st.low(i + 2) if st.low(i + 1) == "," else ""
    return (i, i, "verb") if object_after(st, i) and not nxt else None


def _consequence(st: Any, i: int, w: str) -> Span | None:
    """ "One consequence of the fee has been a rise in dumping", "A side effect of X was that",
    "Een neveneffect van de campagne was dat", "De keerzijde van X is dat"."""
    if w in ("effect", "effects") and st.low(i - 1) not in ("side", "knock-on"):
        return None
    if st.low(i + 1) not in ("of", "van"):
        return None
    if st.low(i - 1) in ("to", "te", "om") or st.low(i - 2) in ("to", "te", "om"):
        return None  # "to study the side effects of"
    for j in range(i + 2, min(len(st.toks), i + 15)):
        t = st.toks[j]
        if not t.word and t.text not in "'’-":
            return None
        if t.low in _lex.COPULA_ALL or t.low in ("has", "have", "had", "heeft", "hebben"):
            return (
                (i, j, "effect")
                if st.low(j) not in ("has", "have", "heeft", "hebben")
                or (st.low(j + 1) in ("been", "geweest"))
                else None
            )
    return None


def _match_en(st: Any, i: int, w: str) -> Span | None:
    if w in ("thanks", "due", "owing"):
        return _connective_gap(st, i, w)
    if w in _lex.CONSEQUENCE_NOUN or w in ("effect", "effects"):
        found = _consequence(st, i, w)
        if found:
            return found
    if w == "coincidence" and st.low(i - 1) == "no":
        return i - 1, i, "noun"  # "It is no coincidence that ...: ..."
    if w == "being" and st.low(i - 1) == "reason":
        return i - 1, i, "noun"  # "..., the reason being the departure of two nurses"
    if w in _LED and st.low(i + 1) == ",":
        close = next(
            (j for j in range(i + 2, min(len(st.toks), i + 16)) if st.toks[j].text == ","), None
        )
        if close is not None and st.low(close + 1) in ("to", "into") and st.has_subject(i):
            return i, close + 1, "connective"  # "has led, in a single year, to"
    if w in _lex.EN_PASSIVE_PARTICIPLES and st.low(i - 1) in _BE["en"] | {"been"}:
        for j in range(i + 2, min(len(st.toks), i + 6)):
            if not st.toks[j].word:
                break
            if st.low(j) == "by" and not st.low(j + 1)[:1].isdigit():
                return i - 1, j, "noun"  # "have been plunged into debt by the rise"
    if w in _EFFECTIVE:
        return _effective(st, i)
    if w in _lex.EN_ING_CAUSAL and (st.low(i - 1) in (",", "thereby", "thus")):
        found = _participle_clause(st, i)
        if found:
            return found
    if w == "why" and st.low(i - 1) in _lex.COPULA_ALL and _finding_subject(st, i):
        s = st.seg[i]
        after = {st.low(j) for j in range(i + 1, min(len(st.toks), i + 5))}
        if after & _REASON_NOT_CAUSE:
            return None  # "..., which is why we practise here": a reason for an action or rule
        said = {st.low(j) for j in range(max(0, i - 40), min(len(st.toks), i + 40))}
        if not said & _lex.CHANGE_WORDS_PLUS:
            return None
        if (
            sum(st.toks[j].word for j in range(max(s, i - 4), i - 1)) >= 2
            or st.low(i - 2) == "which"
        ):
            return i - 1, i, "clause"  # "The new app is why reports rose"
    if w == "expense" and st.low(i - 1) == "the" and st.low(i - 2) == "at":
        if st.low(i + 1) == "of" and any(
            st.low(j) in ("came", "come", "comes", "coming") for j in range(i - 5, i - 2)
        ):
            return i - 2, i + 1, "connective"
    if w == "back" and st.low(i - 2) == "on" and st.low(i + 1) == "of":
        if any(st.low(j) in _lex.CHANGE_WORDS_PLUS for j in range(max(st.seg[i], i - 40), i)):
            return i - 2, i + 1, "connective"  # "Visits rose on the back of the festival"
    if not _verb_position(st, i):
        return None
    if w in _lex.EN_NOUNY_FINITE and st.low(i + 1) in _DET["en"] and st.low(i + 1) != "no":
        if st.low(i - 1) not in _lex.POSSESSIVE and st.low(i - 1) not in _PREP["en"]:
            return i, i, "verb"  # "The housing shortage delays the move" (not "the delays")
    if w in _lex.EN_PHRASAL_FORMS:
        found = _phrasal_en(st, i, w)
        if found:
            return found
    if w in _lex.EN_OBJECT_VERBS and _finding_subject(st, i):
        found = _object_verb_en(st, i, w)
        if found:
            return found
    if w in _lex.EN_SAVE and _finding_subject(st, i) and _money_after(st, i):
        return i, i, "verb"  # "saved the municipality €42,000" ("cost 2 million" is a price)
    if w in _lex.EN_HELP:
        return _help_en(st, i)
    if w in _ALLOW and _finding_subject(st, i) and st.low(i + 1) not in _NOT_AFFECTED:
        j = _words_until(st, i, frozenset({"to"}), 6)
        if j is not None and j > i + 1 and st.toks[i + 1].word:
            return i, i, "verb"  # "The grant allowed 40 families to stay"
    if w == "hit" and st.low(i - 1) in _BE["en"] and st.low(i + 1) == "by":
        return (i - 1, i + 1, "noun") if not st.low(i + 2)[:1].isdigit() else None
    if w in ("explains", "explained", "explain") and st.low(i + 1) == "why":
        ahead = {st.low(j) for j in range(i + 2, min(len(st.toks), i + 10))}
        if ahead & _lex.CHANGE_WORDS_PLUS and _finding_subject(st, i):
            return i, i + 1, "clause"
    if w in ("succeeded", "succeeds"):
        if st.low(i + 1) == "in" and st.low(i + 2) in _lex.EN_ING_CAUSAL:
            return i, i + 2, "verb"
    if w in _lex.EN_KEEP:
        j = _words_until(st, i, frozenset({"in"}), 7)
        if j is not None and j > i + 1 and _home(st, j):
            return i, j + 2, "verb"
        j = _words_until(st, i, _lex.KEEP_RESULT | _lex.COMPARATIVE_KEEP, 7)
        if j is not None and j > i + 1 and not st.toks[min(j + 1, len(st.toks) - 1)].word:
            return i, j, "verb"  # "the new storm drain kept the Stationsweg dry"
    if w in _lex.ROLE_VERB:
        return _role(st, i)
    if w in _EN_GIVE:
        j = _words_until(st, i, frozenset({"boost"}), 6)
        if j is not None and st.low(j - 1) in ("a", "an", "the") | _ADJ_BOOST:
            return i, j, "verb"
    if w in _PAVE and st.low(i + 1) == "the" and st.low(i + 2) == "way":
        return i, i + 3 if st.low(i + 3) == "for" else i + 2, "connective"
    if w in ("cut", "cuts", "cutting") and st.low(i + 1) == "down" and st.low(i + 2) == "on":
        return i, i + 2, "verb"  # "has cut down on the number of cans"
    if w in _lex.EN_IDIOMS:
        for words in _lex.EN_IDIOMS[w]:
            if all(st.low(i + 1 + k) == x for k, x in enumerate(words)):
                return i, i + len(words), "verb"  # "put a stop to", "made a dent in"
    if w in _PUT:
        if st.low(i + 1) == "pressure" and st.low(i + 2) == "on":
            return i, i + 2, "verb"
        if st.low(i + 1) in ("an", "a") and st.low(i + 2) == "end" and st.low(i + 3) == "to":
            return i, i + 3, "verb"  # "will put an end to people urinating in the underpass"
        j = _words_until(st, i, frozenset({"risk", "pressure"}), 7)
        if j is not None and j > i + 2 and st.low(j - 1) in ("at", "under"):
            return i, j, "verb"
    if w in ("took", "take", "takes", "taken", "taking"):
        j = _words_until(st, i, frozenset({"toll"}), 3)
        if j is not None and st.low(j + 1) == "on":
            return i, j + 1, "verb"
        j = _words_until(st, i, frozenset({"pressure", "strain", "burden"}), 6)
        if j is not None and st.low(j + 1) == "off":
            return i, j + 1, "verb"  # "have taken a great deal of pressure off family carers"
    if w == "made" and st.low(i - 1) not in _BE["en"]:
        j = _words_until(st, i, frozenset({"possible"}), 5)
        if j is not None and _finding_subject(st, i):
            return i, j, "verb"
    return None


_ADJ_BOOST = frozenset("welcome real big much-needed major clear significant".split())


def _connective_gap(st: Any, i: int, w: str) -> Span | None:
    """ "thanks in no small part to", "due in large part to": a connective with words inside
    (the one-word forms "thanks to", "due to" are matched in ``wording.py``)."""
    if w == "thanks" and st.low(i - 1) in ("many", "our", "special", "with", "warm", "big"):
        return None  # gratitude
    j = i + 1
    while j < min(len(st.toks), i + 9) and (
        st.low(j) in _lex.CONNECTIVE_GAP or st.toks[j].text == ","
    ):
        j += 1  # "due, in no small part, to"
    if j > i + 1 and st.low(j) == "to" and st.low(j + 1) != "be":
        return i, j, "preposition"
    return None


def _phrasal_en(st: Any, i: int, w: str) -> Span | None:
    """ "brought waiting times down", "put visitors off coming", "drove shoppers away"."""
    lemma = _lex.EN_PHRASAL_FORMS[w]
    particles = frozenset(_lex.EN_PHRASAL[lemma])
    nxt = st.low(i + 1)
    if nxt in particles:
        # "drove away shoppers": the object after the particle (not "put off the decision",
        # "brought up the issue", "held up a sign").
        if (lemma, nxt) in _lex.EN_PHRASAL_SPLIT_ONLY and not (
            lemma == "put" and _words_until(st, i + 1, _lex.PERSON_NOUN, 4) is not None
        ):
            return None  # "put off the decision" (postponed); "put off the drivers" (deterred)
        if object_after(st, i + 1) and st.low(i + 2) not in ("from", "of"):
            return i, i + 1, "verb"
        return None
    if not object_after(st, i):
        return None
    j = _words_until(st, i, particles, 12)
    if j is None or j < i + 2:
        return None
    between = {st.low(k) for k in range(i + 1, j)}
    if between & (_BE["en"] | _HAVE["en"] | _MODAL["en"] | {"that", "which", "who"}):
        return None  # the particle belongs to another clause
    after = st.low(j + 1)
    if after in _DET["en"] and st.low(j) == "in":
        return None  # "drew its squares in the same way": the particle heads its own phrase
    if after == "up" and st.low(j) == "back":
        j += 1  # "brought the number of visitors back up"
    if lemma == "put" and not (after.endswith("ing") or after in ("from", "") or not after):
        return None  # "put the meeting off until May": postponed, not deterred
    if lemma == "turn" and after in ("the", "a", "to"):
        return None  # "turned around the corner"
    if lemma == "talk" and after != "of":
        return None  # "talked several boys out of joining"
    return i, j, "verb"


def _object_verb_en(st: Any, i: int, w: str) -> Span | None:
    """ "cost 40 jobs", "created 200 jobs", "draws visitors", "explains the drop",
    "accounts for most of the rise": causal only with these objects."""
    lemma = _lex.EN_OBJECT_VERBS[w]
    if lemma == "cost":
        targets, span = _lex.COST_OBJECT | _lex.POSSESSIVE, _lex.EN_COST_SPAN
    elif lemma in ("create", "generate"):
        targets, span = _lex.CREATE_OBJECT, 5
    elif lemma == "draw":
        targets, span = _lex.DRAW_OBJECT, 3
    else:
        targets, span = _lex.CHANGE_NOUN, 6
    if lemma == "account" and st.low(i + 1) != "for":
        return None
    j = _words_until(st, i, targets, span)
    if j is None or st.low(j + 1) in ("between", "tussen"):
        return None
    return i, i + 1 if lemma == "account" else i, "verb"


def _money_after(st: Any, i: int) -> bool:
    """A sum of money within a few tokens after token i ("€42,000", "2 million euros")."""
    for j in range(i + 1, min(len(st.toks), i + 11)):
        t = st.toks[j]
        if t.text in ("€", "£", "$") or t.low in _lex.MONEY_WORDS:
            return True
        if not t.word and t.text not in ",.'’-":
            return False
    return False


def _help_en(st: Any, i: int) -> Span | None:
    """ "has helped sort out disputes", "helped (to) reduce", "helped 40 residents find work"."""
    j = i + 1
    if st.low(j) == "to":
        j += 1
    nxt = st.low(j)
    if nxt in _lex.EN_HELP_VERB or (nxt in _IMPLICIT["en"] and not nxt.endswith(("ed", "ing"))):
        return i, j, "verb"
    for k in range(i + 2, min(len(st.toks), i + 6)):
        if not st.toks[k].word:
            return None
        if st.low(k) in _lex.EN_HELP_VERB and st.low(k - 1) not in _DET["en"]:
            return i, k, "verb"
    return None


def _home(st: Any, j: int) -> bool:
    """Tokens after j read "(in) their homes" / "(in) hun woning"."""
    return st.low(j + 1) in _lex.POSSESSIVE and st.low(j + 2) in _lex.HOME_WORDS


def _role(st: Any, i: int) -> Span | None:
    """ "played a key role in the drop", "speelde een grote rol bij de daling"."""
    j = _words_until(st, i, frozenset({"role", "rol"}), 4)
    if j is None or st.low(i + 1) not in ("a", "an", "een", "the", "de"):
        return None
    if st.low(j + 1) not in ("in", "bij", "of"):
        return None
    ahead = {st.low(k) for k in range(j + 2, min(len(st.toks), j + 8))}
    change = _lex.CHANGE_NOUN | _lex.EN_ING_CAUSAL | _lex.CHANGE_WORDS_PLUS
    return (i, j + 1, "effect") if ahead & change else None


def _match_nl(st: Any, i: int, w: str) -> Span | None:
    if w in _lex.NL_FROM_SOURCE:
        return _from_source(st, i, w)
    if w in _lex.CONSEQUENCE_NOUN:
        found = _consequence(st, i, w)
        if found:
            return found
    if w == "toeval" and st.low(i - 1) == "geen":
        return i - 1, i, "noun"  # "Het is geen toeval dat ..."
    if w in _EFFECTIVE:
        return _effective(st, i)
    if w == "tegen" and st.low(i - 1) in ("goed", "werkt", "werkte", "werken", "werkten"):
        k = i - 1 if st.low(i - 1) != "goed" else i - 2
        if st.low(k) in ("werkt", "werkte", "werken", "werkten") and st.has_subject(k):
            return k, i, "verb"  # "De aanpak werkt goed tegen inbraken"
    if w == "koste" and st.low(i - 1) == "ten" and st.low(i + 1) == "van":
        if any(st.low(j) in _lex.NL_GO_FORMS for j in range(max(st.seg[i], i - 6), i - 1)):
            return i - 1, i + 1, "connective"  # "gaat ten koste van de leefbaarheid"
    if w in ("geslaagd", "slaagde", "slaagt", "slaagden") and "erin" in (
        st.low(i - 1),
        st.low(i + 1),
        st.low(i - 2),
    ):
        j = _words_until(st, i, frozenset({"te"}), 10)
        if j is not None and st.low(j + 1) in _IMPLICIT["nl"]:
            return i, j + 1, "verb"  # "is erin geslaagd het verzuim te verminderen"
    if w == "staat" and st.low(i - 1) == "in":
        k = next(
            (k for k in range(max(st.seg[i], i - 8), i - 1) if st.low(k) in _lex.NL_STELLEN),
            None,
        )
        if k is not None and st.has_subject(k) and _finding_subject(st, k):
            if st.low(k + 1) not in _NOT_AFFECTED:
                return k, i, "verb"  # "De subsidie stelt 40 gezinnen in staat om ..."
    if not _verb_position(st, i):
        return None
    if w in _lex.NL_SEPARABLE_BASE:
        found = _separable(st, i, w)
        if found:
            return found
    if w in _lex.NL_SPLIT_PARTICIPLE:
        # "dat de brief de opkomst omhoog heeft gebracht": particle, auxiliary, participle
        for k in range(max(st.seg[i], i - 3), i):
            if st.low(k) in _lex.NL_SPLIT_PARTICIPLE[w]:
                return k, i, "verb"
    if w in _lex.NL_TOWARDS_PARTICIPLE:
        window = range(max(st.seg[i], i - 8), i)
        if any(st.low(k) == "naar" for k in window) and any(
            st.low(k) in _HAVE["nl"] for k in range(max(st.seg[i], i - 12), i)
        ):
            return i, i, "verb"  # "heeft meer bezoekers naar het centrum gebracht"
    if w in _lex.NL_DRIVE_TOWARDS:
        j = _words_until(st, i, frozenset({"naar"}), 8)
        if j is not None and j > i + 1 and object_after(st, i):
            return i, j, "verb"  # "drijven jonge huishoudens naar de wachtlijst"
    if w in _lex.NL_DRAW_FORMS | _lex.NL_TREK_FORMS:
        j = _words_until(st, i, frozenset({"streep"}), 8)
        if j is not None and st.low(j - 1) == "de" and st.low(j - 2) == "over":
            return i, j, "verb"  # "trekt huishoudens over de streep"
    if w in _lex.NL_OBJECT_FORMS and _finding_subject(st, i):
        targets = _lex.NL_OBJECT_VERBS[_lex.NL_OBJECT_FORMS[w]]
        if _lex.NL_OBJECT_FORMS[w] == "besparen" and _money_after(st, i):
            return i, i, "verb"  # "bespaart de gemeente jaarlijks zo'n 300.000 euro"
        j = _words_until(st, i, targets, 5)
        if j is not None:
            return None if st.low(j + 1) == "tussen" else (i, i, "verb")
        k = next((k for k in range(max(st.seg[i], i - 6), i) if st.low(k) in targets), None)
        if k is not None and any(st.low(m) in _HAVE["nl"] for m in range(max(st.seg[i], k - 8), k)):
            return i, i, "verb"  # "heeft veertig banen gekost"
    if w in _lex.NL_HOLD_FROM:
        j = _words_until(st, i, frozenset({"ervan", "van"}), 12)
        if j is not None and j > i + 1:
            return i, j, "verb"
    if w in _lex.NL_HELP:
        found = _help_nl(st, i)
        if found or w not in ("geholpen", "hielp", "hielpen"):
            return found
        j = _words_until(st, i, frozenset({"om"}), 3)
        k = _words_until(st, j, frozenset({"te"}), 10) if j is not None else None
        return (i, j, "verb") if k is not None else None  # "heeft ouders geholpen om ... te"
    if w in _lex.NL_SUFFER and st.low(i + 1) == "onder":
        return i, i + 1, "connective"  # "de gezondheid lijdt onder de prestatiedruk"
    if w in _lex.NL_KEEP:
        j = _words_until(st, i, frozenset({"in"}), 7)
        if j is not None and j > i + 1 and _home(st, j):
            return i, j + 2, "verb"
        for k in range(max(st.seg[i], i - 8), i - 2):
            if st.low(k) == "in" and _home(st, k):
                return k, i, "verb"  # "heeft gezinnen in hun woning gehouden"
            if tuple(st.low(k + m) for m in range(3)) in _lex.NL_KEEP_PLACE:
                return k, i, "verb"  # "heeft mensen van de straat gehouden"
        if st.low(i - 1) in _lex.KEEP_RESULT and st.low(i - 1) not in ("open", "warm"):
            return i - 1, i, "verb"  # "heeft het filmhuis overeind gehouden"
    if w in _lex.ROLE_VERB:
        return _role(st, i)
    if w in _NL_GIVE:
        j = _words_until(st, i, frozenset({"impuls", "boost", "duw", "zetje"}), 10)
        if j is not None and st.low(j - 1) not in ("de",):
            return i, j, "verb"
    if w in _lex.NL_IDIOM_HEADS:
        found = _idiom_nl(st, i, w)
        if found:
            return found
    if w in _lex.NL_SET_FORMS:
        found = _set_in_motion(st, i)
        if found:
            return found
    if w in _lex.NL_BRING_FORMS:
        for k in (*range(i + 1, min(len(st.toks), i + 7)), *range(max(st.seg[i], i - 6), i)):
            if st.low(k) == "ertoe":
                return min(i, k), max(i, k), "verb"  # "heeft veel ouderen ertoe gebracht om"
    if w in ("doen", "deed", "deden") and st.has_subject(i):
        nxt = st.low(i + 1)
        if nxt.endswith("en") and len(nxt) > 4 and nxt not in ("alsof", "worden", "hebben"):
            if st.seg[i] < i - 1:
                return i, i + 1, "verb"  # "heeft veel kooplieden doen besluiten uit te wijken"
    if w in ("maakt", "maakte", "maakten", "maken", "gemaakt"):
        j = _words_until(st, i, frozenset({"einde", "eind"}), 4)
        if j is not None and st.low(j + 1) == "aan" and _finding_subject(st, i):
            return i, j + 1, "verb"  # "maakt een einde aan de overlast"
    if w in _NL_WORK:
        if st.low(i + 1) == "door" and st.low(i + 2) in ("in", "op"):
            return i, i + 2, "verb"  # "de crisis werkt door in de huren"
        return _in_de_hand(st, i)
    if w in ("maakt", "maakte", "maken", "maakten") and st.low(i + 1) == "dat":
        if _finding_subject(st, i):
            return i, i + 1, "clause"  # "De hitte maakt dat ouderen binnen blijven"
    if w in _lex.NL_YIELD:
        return _yield(st, i, w)
    if w in ("mondt", "monden", "mondde", "mondden") and st.low(i + 1) == "uit":
        return (i, i + 2, "connective") if st.low(i + 2) == "in" else None
    if w in ("uitgemond", "uitmondt", "uitmondde", "uitmonden") and "in" in (
        st.low(i - 1),
        st.low(i + 1),
        *(st.low(j) for j in range(max(st.seg[i], i - 6), i)),
    ):
        return i, i, "connective"
    if w in ("scheelt", "scheelde", "scheelden") and _finding_subject(st, i):
        if object_after(st, i):
            return i, i, "verb"  # "De app scheelt veel telefoontjes"
    if w in ("zit", "zat", "zitten", "zaten") and st.low(i + 1) == "achter":
        if st.low(i + 2) in _DET["nl"] and _finding_subject(st, i):
            return i, i + 1, "connective"  # "De vakantieverhuur zit achter de stijging"
    if w in ("geëffend", "effent", "effende", "effenden", "vrijgemaakt", "vrijmaakt"):
        if any(st.low(k) == "weg" for k in range(max(st.seg[i], i - 6), i)):
            return i, i, "connective"
    if (
        w in ("maken", "maakt")
        and st.low(i - 1) in _lex.COMPARATIVE_KEEP
        and any(st.low(k) in _lex.FUTURE | _HAVE["nl"] for k in range(max(st.seg[i], i - 10), i))
    ):
        return i - 1, i, "verb"  # "zullen het park 's avonds een stuk veiliger maken"
    if w in _MAKE["nl"] and w in ("maakte", "maakten", "gemaakt"):
        j = _words_until(st, i, frozenset({"mogelijk"}), 5)
        k = next((k for k in range(max(st.seg[i], i - 5), i) if st.low(k) == "mogelijk"), None)
        if (j is not None or k is not None) and _finding_subject(st, i):
            return (i, j, "verb") if j is not None else (k, i, "verb")
    return None


def _from_source(st: Any, i: int, w: str) -> Span | None:
    """ "komen vooral voort uit", "vloeit voort uit", "die uit ... voortkomen"."""
    if w.startswith("voort"):
        window = range(max(st.seg[i], i - 8), min(len(st.toks), i + 3))
        return (i, i, "connective") if any(st.low(k) == "uit" for k in window) else None
    j = _words_until(st, i, frozenset({"voort"}), 7)
    if j is not None and st.low(j + 1) == "uit" and st.has_subject(i):
        return i, j + 1, "connective"
    return None


def _separable(st: Any, i: int, w: str) -> Span | None:
    """ "schrikken veel bezoekers af", "lost de meeste ruzies op", "jaagt de prijzen op": the
    particle at the end of the clause, with an object between."""
    for particle in _lex.NL_SEPARABLE_BASE[w]:
        j = _clause_final(st, i, particle)
        if j is None:
            continue
        if particle == "aan" and w in _lex.NL_SET_FORMS and st.low(j + 1) not in ("om", "tot"):
            continue  # "zette de camera's aan": switched on, not "zet ouderen aan om"
        if particle == "aan" and w in _lex.NL_DRAW_FORMS:
            if _words_until(st, i, _lex.DRAW_OBJECT, 8) is None:
                continue  # "trekt de handrem aan": not drawing visitors
        return i, j, "verb"
    return None


def _clause_final(st: Any, i: int, particle: str) -> int | None:
    """Position of ``particle`` closing the clause of token i (at least one word between):
    "drijft de prijzen op de terrassen ... verder op." takes the last "op", not the first."""
    for j in range(i + 2, min(len(st.toks), i + 17)):
        t = st.toks[j]
        if not t.word and t.text not in "-'’":
            return None
        if t.low != particle:
            continue
        after = st.toks[j + 1] if j + 1 < len(st.toks) else None
        if after is None or not after.word or after.low in _NL_CLAUSE_END:
            return j
    return None


def _help_nl(st: Any, i: int) -> Span | None:
    """ "extra verlichting helpt tegen inbraken", "heeft 40 mensen aan werk geholpen"."""
    j = i + 1
    while j < i + 3 and (st.low(j) in _ADVERB["nl"] or st.low(j) in ("niet", "nauwelijks")):
        j += 1  # "hielpen niet tegen", "helpt vooral tegen"
    if st.low(j) == "tegen" and st.low(j - 1) != "er":
        return i, j, "verb"
    window = range(max(st.seg[i], i - 8), min(len(st.toks), i + 8))
    for k in window:
        if st.low(k) == "aan" and (
            st.low(k + 1) in _lex.HELP_RESULT
            or (st.low(k + 1) in ("een", "betaald") and st.low(k + 2) in _lex.HELP_RESULT)
        ):
            return min(i, k), max(i, k + 1), "verb"
    return None


def _in_de_hand(st: Any, i: int) -> Span | None:
    """ "werkt vandalisme in de hand" / "dat ... in de hand werkt"."""
    for k in range(max(st.seg[i], i - 10), min(len(st.toks) - 2, i + 10)):
        if st.low(k) == "in" and st.low(k + 1) == "de" and st.low(k + 2) == "hand":
            return min(i, k), max(i, k + 2), "verb"
    return None


def _yield(st: Any, i: int, w: str) -> Span | None:
    """ "levert een besparing van 2 miljoen op", "heeft 200 banen opgeleverd"."""
    if w.startswith("op"):
        window = range(max(st.seg[i], i - 8), i)
        if any(st.low(k) in _lex.YIELD_OBJECT for k in window) and any(
            st.low(k) in _HAVE["nl"] for k in window
        ):
            return i, i, "verb"
        return None
    j = _words_until(st, i, frozenset({"op"}), 10)
    if j is None or j < i + 2:
        return None
    if not any(st.low(k) in _lex.YIELD_OBJECT or st.low(k)[:1].isdigit() for k in range(i + 1, j)):
        return None  # "leverde in één middag 45 nieuwe jeugdleden op"
    return i, j, "verb"


def _set_in_motion(st: Any, i: int) -> Span | None:
    """ "zette een discussie in gang", "heeft de pensions onder druk gezet"."""
    window = (*range(i + 1, min(len(st.toks), i + 10)), *range(max(st.seg[i], i - 8), i))
    for k in window:
        if (st.low(k), st.low(k + 1)) in (("in", "gang"), ("onder", "druk")):
            first = {st.low(j) for j in range(max(st.seg[i], min(i, k) - 8), min(i, k))}
            if _finding_subject(st, min(i, k)) and not first & _lex.PLANNING_ACTOR:
                return min(i, k), max(i, k + 1), "verb"
    return None


def _idiom_nl(st: Any, i: int, w: str) -> Span | None:
    """ "doet afbreuk aan", "drukt de overlast de kop in", "roept de groei een halt toe",
    "legt het verkeer aan banden", "staat de bouw in de weg" (also verb-final)."""
    for heads, words, span in _lex.NL_IDIOMS:
        if w not in heads:
            continue
        first = words[0]
        window = (
            *range(i + 1, min(len(st.toks), i + span + 1)),
            *range(max(st.seg[i], i - span), i),
        )
        for k in window:
            if st.low(k) == first and all(st.low(k + m) == x for m, x in enumerate(words)):
                return min(i, k), max(i, k + len(words) - 1), "verb"
    return None
