"""What counts as English and as Dutch text: the catalogs' own phrases (for the language tests).

A phrase is a literal stretch of a catalog message between its fields, of at least two words and
twelve characters, made of words only (no code), that does not occur in any message of the other
language. English text rendered in Dutch (or the reverse) shows up as such a phrase.
"""

from __future__ import annotations

import re
from functools import cache

FIELD = re.compile(r"\{[^{}]*\}")
WORDS = re.compile(r"[^\W\d_][\w’'\-–]*(?:[ ,;:]+[^\W\d_][\w’'\-–]*)+")


def _templates(lang: str):
    import civicanalysis  # noqa: F401 - catalogs register when their modules are imported
    from civicanalysis import datasets, memo, review, wording  # noqa: F401
    from civicanalysis._text import all_catalogs

    for catalog in all_catalogs().values():
        if catalog.name.startswith("_demo"):
            continue
        for texts in catalog.messages.values():
            forms = texts[lang] if isinstance(texts[lang], tuple) else (texts[lang],)
            yield from forms


def _phrases(template: str) -> list[str]:
    out = []
    for piece in FIELD.split(template):
        for match in WORDS.finditer(piece):
            phrase = match.group(0).strip(" ,;:")
            # code and names in quotes are shared by both languages
            if len(phrase) >= 12 and " " in phrase and "_" not in phrase and "'" not in phrase:
                out.append(phrase)
    return out


@cache
def phrases(lang: str) -> frozenset[str]:
    """Phrases that mark text as ``lang`` ("en" or "nl")."""
    other = "nl" if lang == "en" else "en"
    other_text = "\n".join(_templates(other)).lower()
    own = {p for t in _templates(lang) for p in _phrases(t)}
    return frozenset(p for p in own if p.lower() not in other_text)


def foreign(text: str, lang: str) -> list[str]:
    """The phrases of the other language found in ``text`` written in ``lang``."""
    other = "nl" if lang == "en" else "en"
    return sorted(p for p in phrases(other) if p in text)
