"""Checks for the course's exercises: say what is missing, name the misconception, never the answer.

An exercise notebook ends each task with a check cell::

    from civicanalysis.exercises import check
    check("01.1", globals())

:func:`check` looks up the checker registered for the task (``"01.1"``: notebook 01, task 1), gives it
the notebook's variables and shows its verdict in the language setting:

* **not yet** -- the task has not been done (a name is missing); shown, nothing is raised, so a learner
  can run the notebook from top to bottom;
* **wrong** -- an answer is there but does not hold; :class:`ExerciseCheckError` is raised with a hint
  that names the misconception it suggests (never the answer);
* **correct** -- shown, with what the answer shows.

A checker accepts every correct answer, not only the worked solution's: it checks properties of the
result (the exposure, the candidates held fixed, the interval), not the keystrokes. Checkers live in
one module per notebook (``_nb01.py`` ...) and register themselves with :func:`checker`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .._exceptions import CivicAnalysisError
from .._text import Catalog, Text, resolve_language

MSG = Catalog(
    "exercises",
    {
        "not_yet": {"en": "Not yet: {what}", "nl": "Nog niet: {what}"},
        "wrong": {"en": "Not quite: {what}", "nl": "Nog niet goed: {what}"},
        "correct": {"en": "Correct: {what}", "nl": "Goed: {what}"},
        "unknown_task": {
            "en": "There is no check for task {task!r}; the tasks with a check are {known}. "
            "Check the task number in the cell above.",
            "nl": "Er is geen controle voor opdracht {task!r}; opdrachten met een controle zijn "
            "{known}. Kijk het nummer van de opdracht in de cel erboven na.",
        },
    },
)

#: Modules with checkers, one per notebook; imported on first use.
_MODULES = ("_nb01", "_nb02", "_nb03", "_nb04", "_nb05", "_nb06", "_nb07", "_nb08")
_CHECKERS: dict[str, Callable[[Mapping[str, Any]], Verdict]] = {}


class ExerciseCheckError(CivicAnalysisError, AssertionError):
    """An exercise's answer is there but does not hold; the message names the likely misconception."""


@dataclass(frozen=True)
class Verdict:
    """What a checker found: ``status`` is ``"not-yet"``, ``"wrong"`` or ``"correct"``."""

    status: str
    message: Text | str

    def render(self, lang: str | None = None) -> str:
        text = self.message.render(lang) if isinstance(self.message, Text) else str(self.message)
        key = {"not-yet": "not_yet", "wrong": "wrong", "correct": "correct"}[self.status]
        return MSG(key, lang=lang, what=text)

    def _repr_html_(self) -> str:
        import html

        colour = {"not-yet": "#555", "wrong": "#b00020", "correct": "#2e7d32"}[self.status]
        return (
            f"<div style='border-left:4px solid {colour};padding:0.3em 0.8em'>"
            f"{html.escape(self.render())}</div>"
        )

    def __repr__(self) -> str:
        return self.render()


def not_yet(message: Text | str) -> Verdict:
    return Verdict("not-yet", message)


def wrong(message: Text | str) -> Verdict:
    return Verdict("wrong", message)


def correct(message: Text | str) -> Verdict:
    return Verdict("correct", message)


def checker(task: str) -> Callable[[Callable[[Mapping[str, Any]], Verdict]], Callable]:
    """Register ``function(namespace) -> Verdict`` as the check of ``task`` (e.g. ``"01.1"``)."""

    def register(function: Callable[[Mapping[str, Any]], Verdict]) -> Callable:
        _CHECKERS[task] = function
        return function

    return register


def _load_all() -> None:
    for name in _MODULES:
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise


def verdict(task: str, namespace: Mapping[str, Any]) -> Verdict:
    """The checker's verdict for ``task`` on ``namespace``, without showing or raising."""
    _load_all()
    if task not in _CHECKERS:
        from .._exceptions import InvalidOptionError

        raise InvalidOptionError(MSG("unknown_task", task=task, known=", ".join(sorted(_CHECKERS))))
    return _CHECKERS[task](namespace)


def check(task: str, namespace: Mapping[str, Any], *, lang: str | None = None) -> Verdict:
    """Check exercise ``task`` on the notebook's variables (pass ``globals()``).

    Returns the :class:`Verdict` (shown in the notebook) for "not yet" and "correct"; raises
    :class:`ExerciseCheckError` with the hint for a wrong answer.
    """
    lang = resolve_language(lang)
    result = verdict(task, namespace)
    if result.status == "wrong":
        raise ExerciseCheckError(result.render(lang))
    return result


__all__ = [
    "ExerciseCheckError",
    "Verdict",
    "check",
    "checker",
    "correct",
    "not_yet",
    "verdict",
    "wrong",
]
