"""The data-ethics checklist that must be filled in before a model about people is evaluated."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._exceptions import (
    InvalidOptionError,
)
from .._text import resolve_language
from ._messages import (
    _MIN_WORDS,
    _PLACEHOLDERS,
    MSG,
)


def _problems(checklist: EthicsChecklist, lang: str | None = None) -> list[str]:
    problems = []
    for name in ("purpose", "affected", "flagged_action"):
        value = getattr(checklist, name)
        text = value.strip() if isinstance(value, str) else ""
        if not text:
            problems.append(MSG("p_missing", lang=lang, name=name))
        elif text.lower().strip(" .!") in _PLACEHOLDERS or text.lower() in _PLACEHOLDERS:
            problems.append(MSG("p_placeholder", lang=lang, name=name, value=text))
        elif len(re.findall(r"\w+", text)) < _MIN_WORDS:
            problems.append(
                MSG("p_short", lang=lang, name=name, n=len(re.findall(r"\w+", text)), value=text)
            )
    off = checklist.off_limits
    if not isinstance(off, Mapping):
        problems.append(MSG("p_off_limits_type", lang=lang, typ=type(off).__name__))
    elif not off:
        problems.append(MSG("p_off_limits_empty", lang=lang))
    else:
        for feature, reason in off.items():
            words = re.findall(r"\w+", reason) if isinstance(reason, str) else []
            if len(words) < 3:
                problems.append(MSG("p_reason", lang=lang, feature=feature))
    return problems


@dataclass(frozen=True)
class EthicsChecklist:
    """A short data-ethics checklist, in the spirit of DEDA, that must be filled in before a model
    about people is evaluated.

    Creating it checks every answer and lists every problem at once; an incomplete checklist
    cannot exist, and :func:`evaluate_classifier` refuses to run without a complete one. Save it
    with the analysis (:meth:`save`).

    Parameters
    ----------
    purpose : str
        What the prediction is for and which decision it supports (at least five words).
    affected : str
        Who is affected (pupils, parents, staff) and how.
    flagged_action : str
        What happens to a pupil the model flags, and who decides.
    off_limits : dict of str to str
        Features the model must not use, each with the reason (at least one, e.g. ``{"sex": ...}``).
    author : str, optional
        Who filled it in (a role is enough).

    Raises
    ------
    InvalidOptionError
        When an answer is empty, a placeholder ("TODO", "n.v.t.") or shorter than five words, or
        ``off_limits`` is not a dict of features to reasons.

    Notes
    -----
    DEDA (the Data Ethics Decision Aid of Utrecht University's Data School) asks many more
    questions; these four are the ones the truancy case cannot do without. As the brief puts it:
    the question is not whether we may, but whether we should want to.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> checklist = ca.EthicsChecklist(
    ...     purpose="Help leerplicht officers decide which new truancy cases to visit first.",
    ...     affected="Pupils with a truancy case and their parents; leerplicht officers.",
    ...     flagged_action="An officer reviews the case and may offer support earlier; "
    ...     "no sanction is based on the score.",
    ...     off_limits={"sex": "a pupil's sex must not steer who gets attention"},
    ... )
    >>> sorted(checklist.to_dict())
    ['affected', 'author', 'flagged_action', 'off_limits', 'purpose']
    """

    purpose: str
    affected: str
    flagged_action: str
    off_limits: Mapping[str, str] = field(default_factory=dict)
    author: str = ""

    def __post_init__(self) -> None:
        problems = _problems(self)
        if problems:
            raise InvalidOptionError(
                MSG("ethics_incomplete", problems="; ".join(problems), words=_MIN_WORDS)
            )
        object.__setattr__(self, "off_limits", dict(self.off_limits))

    def to_dict(self) -> dict[str, Any]:
        """The answers as a plain dict (what :meth:`save` writes as JSON)."""
        return {
            "purpose": self.purpose,
            "affected": self.affected,
            "flagged_action": self.flagged_action,
            "off_limits": dict(self.off_limits),
            "author": self.author,
        }

    def to_markdown(self, lang: str | None = None) -> str:
        """The checklist as Markdown: each question with its answer."""
        lang = resolve_language(lang)
        lines = [f"# {MSG('ethics_title', lang=lang)}", ""]
        for name in ("purpose", "affected", "flagged_action"):
            lines += [f"**{MSG('q_' + name, lang=lang)}**", "", getattr(self, name).strip(), ""]
        lines += [f"**{MSG('q_off_limits', lang=lang)}**", ""]
        lines += [f"- `{feature}`: {reason}" for feature, reason in self.off_limits.items()]
        if self.author:
            lines += ["", f"— {self.author}"]
        return "\n".join(lines) + "\n"

    def save(self, path: str | Path, lang: str | None = None) -> Path:
        """Write the checklist next to the analysis: ``<path>.json`` and ``<path>.md``.

        Parameters
        ----------
        path : str or Path
            File name with or without suffix; both a JSON and a Markdown file are written.

        Returns
        -------
        Path
            The path of the JSON file.
        """
        base = Path(path)
        if base.suffix in {".json", ".md"}:
            base = base.with_suffix("")
        base.parent.mkdir(parents=True, exist_ok=True)
        json_path = base.with_suffix(".json")
        json_path.write_text(
            json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        base.with_suffix(".md").write_text(self.to_markdown(lang), encoding="utf-8")
        return json_path

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def __repr__(self) -> str:
        return self.to_markdown()
