"""What the checkers of every notebook share: finding the learner's variables, common messages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._text import Catalog, Text

MSG = Catalog(
    "exercises_common",
    {
        "missing": {
            "en": "there is no `{name}` yet. {goal}",
            "nl": "er is nog geen `{name}`. {goal}",
        },
        "not_kind": {
            "en": "`{name}` is a {got}, not {want}. {goal}",
            "nl": "`{name}` is een {got}, geen {want}. {goal}",
        },
        "interval": {
            "en": "{value} ({level}% interval {low} to {high})",
            "nl": "{value} ({level}%-betrouwbaarheidsinterval {low} tot {high})",
        },
    },
)


def interval(estimate) -> Text:
    """An estimate as ``1.25 (95% interval 1.19 to 1.32)``, in the language it is shown in."""
    level = round(100 * float(estimate.conf_level), 1)
    return MSG(
        "interval",
        value=float(estimate.value),
        low=float(estimate.ci_low),
        high=float(estimate.ci_high),
        level=int(level) if level == int(level) else level,
    )


def find(namespace: Mapping[str, Any], name: str, kinds: tuple[str, ...], goal: Text, want: Text):
    """``(value, None)`` if ``name`` holds an object of one of ``kinds``, else ``(None, message)``."""
    if name not in namespace or namespace[name] is None:
        return None, MSG("missing", name=name, goal=goal)
    value = namespace[name]
    if kinds and type(value).__name__ not in kinds:
        return None, MSG("not_kind", name=name, got=type(value).__name__, want=want, goal=goal)
    return value, None
