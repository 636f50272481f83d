"""Reading prose and printed lines: numbers used as evidence, uncertainty, subgroups, language.

Sentences are split by :func:`civicanalysis.wording.split_sentences`; everything else works on
word tokens from one linear regular expression, so long text without sentence breaks costs time in
proportion to its length.
"""

from __future__ import annotations

import re

# A word (letters first, then letters, digits, apostrophes, hyphens), a number, or a symbol.
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[0-9][0-9.,]*%?|[%±§<>≤≥=]")

# Spans that hold numbers but no estimate; each alternative has single or bounded quantifiers.
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "januari|februari|maart|mei|juni|juli|augustus|oktober"
)
_NOT_EVIDENCE = re.compile(
    r"https?://\S{1,2000}|www\.\S{1,2000}|\S{1,200}@\S{1,200}|"
    r"§\s{0,3}[0-9][0-9.]{0,20}|"
    r"\b(?:section|sectie|paragraaf|hoofdstuk|chapter|step|stap|cell|cel|exercise|oefening|"
    r"opdracht|notebook|table|tabel|figure|figuur|page|pagina|p\.|artikel|article|versie|"
    r"version|week|seed)\s{1,3}[0-9][0-9.]{0,20}|"
    r"\b[0-9]{1,2}\s{1,3}(?:" + _MONTHS + r")(?:\s{1,3}[0-9]{4})?|"
    r"\b(?:" + _MONTHS + r")\s{1,3}[0-9]{1,4}|"
    r"\b[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?\b|\b(?:19|20)[0-9]{2}(?:/[0-9]{2,4})?\b|"
    r"\b[0-9]{1,2}:[0-9]{2}\b|\b[0-9]{1,2}[.][0-9]{2}\s{0,2}(?:uur|u|h|am|pm)\b|"
    r"\b(?:at least|at most|more than|fewer than|less than|over|under|above|below|up to|"
    r"minstens|ten minste|minimaal|maximaal|meer dan|minder dan|boven|onder|vanaf|tot|"
    r"hooguit|minimum|maximum|threshold|drempel|cut-?off|grens|[<>≤≥])\s{0,3}[0-9][0-9.,]*|"
    # "15 or more", "15 of meer": a threshold; "2 means twice as many": a definition.
    r"[0-9][0-9.,]*%?\s{1,3}(?:or more|or fewer|or less|or above|or below|of meer|of minder|"
    r"of hoger|of lager|means|betekent|stands for|staat voor)\b|"
    r"\b(?:at|bij|with|met)\s{1,3}(?:a\s{1,3}|an\s{1,3}|een\s{1,3})?(?:chance|probability|"
    r"threshold|cut-?off|kans|drempel|score)\s{1,3}(?:of\s{1,3}|van\s{1,3})?[0-9][0-9.,]*|"
    # A list marker or a fragment that starts with "02)".
    r"^\s{0,3}[0-9]{1,3}[.)]\s",
    re.IGNORECASE,
)
_PLAN = re.compile(
    r"\b(?:we will|we'll|we plan|plan to|planned|we intend|we are going to|will be|"
    r"next step|we gaan|gaan we|willen we|we willen|zullen|zal worden|is gepland|"
    r"volgende stap|van plan|voornemen|we propose|proposal|voorstel)\b",
    re.IGNORECASE,
)
_DATA_QUALITY = re.compile(
    r"\b(?:missing|ontbre\w{0,10}|duplicat\w{0,10}|dubbele?|removed|verwijderd|weggelaten|"
    r"dropped|invalid|ongeldig\w{0,3}|incomplete|onvolledig\w{0,3}|empty|leeg|lege|nan|"
    r"records? (?:have|had)|rows?|rijen|kolom\w{0,3}|columns?)\b",
    re.IGNORECASE,
)
_UNCERTAINTY = re.compile(
    r"interval|\bci\b|betrouwbaarheid|margin|marge|±|\+/-|\bn\s{0,3}=|\bse\b|standard error|"
    r"standaardfout|standaardafwijking|standard deviation|\bsd\b|\bsample of\b|steekproef|"
    r"\bbetween\s{1,3}[−-]?[0-9][0-9.,]*\s{1,3}and\s{1,3}[−-]?[0-9]|"
    r"\btussen\s{1,3}[−-]?[0-9][0-9.,]*\s{1,3}en\s{1,3}[−-]?[0-9]|"
    r"\b[0-9][0-9.,]*\s{1,3}(?:to|tot)\s{1,3}[0-9][0-9.,]*\s{1,3}per\b|"
    r"\b(?:of|op|among|onder|from|van|with|met)\s{1,3}[0-9][0-9.,]*\s{1,3}(?:locations|people|"
    r"cases|pupils|residents|requests|reports|visits|locaties|personen|gevallen|leerlingen|"
    r"inwoners|meldingen|bezoeken|waarnemingen|observations)\b|"
    # The number of cases given with the estimate: "2,205 test cases", "220 of 259".
    r"\b[0-9][0-9.,]*\s{1,3}(?:test\s{1,3}|toets\s{1,3})?(?:cases|pupils|people|persons|"
    r"residents|respondents|observations|leerlingen|personen|inwoners|respondenten|"
    r"waarnemingen|gevallen)\b|"
    r"\b[0-9][0-9.,]*\s{1,3}(?:of|out of|van de|van|uit)\s{1,3}[0-9][0-9.,]*\b",
    re.IGNORECASE,
)

# Words that make a number an estimate used as evidence (exact words, then word beginnings).
_KEYWORDS = frozenset(
    "more less fewer meer minder rose fell rise fall risk odds kans mean means median mediaan "
    "ratio rate times keer twice double dubbel half halved effect impact auc r2 r² vaker often "
    "versus vs tegen tegenover accuracy precision recall score gap".split()
)
_KEY_PREFIXES = (
    "differ", "verschil", "higher", "hoger", "lower", "lager", "longer", "langer", "shorter",
    "korter", "larger", "groter", "smaller", "kleiner", "greater", "increas", "decreas", "drop",
    "declin", "reduc", "gestegen", "gedaald", "daald", "daalt", "steeg", "stijg", "daling",
    "toename", "afname", "toegenomen", "afgenomen", "average", "gemiddel", "correlat",
    "coefficient", "coëfficiënt", "nauwkeurig", "accura", "verdubbel", "gehalveerd", "halver",
    "percentage", "procentpunt", "percentage-point", "likel", "waarschijnlijk",
)  # fmt: skip


def is_keyword(token: str) -> bool:
    low = token.lower()
    return low in _KEYWORDS or low.startswith(_KEY_PREFIXES)


def tokens(text: str) -> list[str]:
    return [t.rstrip(".,") or t for t in _TOKEN.findall(text)]


def has_uncertainty(text: str) -> bool:
    return bool(_UNCERTAINTY.search(text))


def states_estimate(sentence: str) -> bool:
    """True when a sentence presents a number as evidence and gives no uncertainty with it."""
    if sentence.rstrip().endswith("?") or sentence.lstrip().startswith("#"):
        return False
    if has_uncertainty(sentence) or _PLAN.search(sentence) or _DATA_QUALITY.search(sentence):
        return False
    if _DEFINITION.search(sentence):
        return False  # "−0.098 means 9.8 percentage points fewer": explains a number, claims none
    words = tokens(_NOT_EVIDENCE.sub(" ", sentence))
    has_number = any(w[:1].isdigit() for w in words)
    # A keyword under negation ("do not differ", "geen verschil") claims no estimate.
    lowered = [w.lower() for w in words]
    return has_number and any(
        is_keyword(w) and not _NEGATION & set(lowered[max(0, i - 2) : i])
        for i, w in enumerate(words)
    )


_DEFINITION = re.compile(
    r"[0-9][0-9.,]*%?\)?\s{1,3}(?:means|betekent|stands for|staat voor|is read as)\b", re.IGNORECASE
)
_NEGATION = frozenset("not no geen niet never nooit nor".split())


_OUTPUT_KEYWORDS = frozenset(
    "difference diff verschil effect ratio correlation corr correlatie mean average gemiddeld "
    "gemiddelde accuracy nauwkeurigheid auc r2 r² score precision recall f1 odds risk risico "
    "rmse mae".split()
)
_P_VALUE = frozenset("p pvalue p-value p_value pval".split())


def printed_estimate(line: str) -> bool:
    """True for a printed line that labels a number as an estimate ("Difference: 4334 (+6.0%)")."""
    words = tokens(line.replace("_", " "))
    first_number = next((i for i, w in enumerate(words) if w[:1].isdigit()), None)
    if first_number is None:
        return False
    label = [w.lower() for w in words[:first_number]]
    if any(w in _P_VALUE or w.startswith("p=") for w in label):
        return False
    return any(w in _OUTPUT_KEYWORDS or w.startswith("gemiddel") for w in label)


# -- subgroups: "only for boys", "vooral bij", "especially in Centrum … higher" ---------------------
_FOCUS = frozenset("only especially particularly mainly alleen vooral juist name".split())
_GROUP_WORDS = frozenset("for among in bij onder".split())
_CONTRAST = frozenset(
    "higher lower more less stronger weaker larger smaller effect difference hoger lager meer "
    "minder sterker zwakker groter kleiner effect verschil verschilt verschillen".split()
)
_PEOPLE = frozenset(
    "boys girls men women young older jongens meisjes mannen vrouwen jongeren ouderen".split()
)


def subgroup_claim(sentence: str) -> bool:
    """A difference claimed in one subgroup only, found by scanning the words once.

    The focus word must govern the group ("only for boys", "vooral bij", "especially serious in
    Centrum": the group word within three words of it); plans and questions claim nothing.
    """
    if sentence.rstrip().endswith("?") or _PLAN.search(sentence):
        return False
    words = [w.lower() for w in tokens(sentence)]
    focus_at, group_at = -1, -1
    for i, word in enumerate(words):
        if word in _FOCUS and (word != "name" or (i and words[i - 1] == "met")):
            focus_at = i
        elif word in _GROUP_WORDS and focus_at >= 0 and i - focus_at <= 3:
            group_at = i
        elif word in _CONTRAST and group_at >= 0:
            return True
    joined = " ".join(words)
    people = any(
        w in _GROUP_WORDS and i + 1 < len(words) and words[i + 1] in _PEOPLE
        for i, w in enumerate(words)
    )
    return people and any(p in joined for p in ("but not", "maar niet", "not for", "niet bij"))


# -- language ------------------------------------------------------------------------------------
_WORD = re.compile(r"[a-zA-Zäöüßéèêàçñáíóú']+")
_STOPWORDS = {
    "en": set("the and of to is in that with for are this not it on as be by".split()),
    "nl": set("de het een en van is dat niet met voor op zijn te er ook die wordt".split()),
    "de": set("der die das und ist nicht mit für auf ein eine zu den dem von sich auch".split()),
    "fr": set("le la les et est des une un du que pas pour dans avec sur il ce".split()),
    "es": set("el los las y es que del una por con para no se lo como".split()),
}


def foreign_language(text: str) -> str | None:
    """The language of a prose text when it is clearly not English or Dutch, else None."""
    words = _WORD.findall(text.lower())
    if len(words) < 8:
        return None
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    if best in ("en", "nl") or scores[best] < 3:
        return None
    if scores[best] >= 2 * max(scores["en"], scores["nl"], 1):
        return best
    return None
