"""Reading a notebook: the JSON file as cells with their source, tags and saved outputs.

The file is read with :mod:`json` (no nbformat and its schema validator, which take longer to
import than the whole review of a small notebook); the structure the rules rely on is checked here.
"""

from __future__ import annotations

import ast
import json
import re
import warnings
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from .._exceptions import NotebookError
from ._messages import MSG

MAX_FILE_MB = 200.0
MAX_OUTPUT_CHARS = 5_000_000
_SNIPPET = 120
# IPython lines that are not Python: magics (%, %%), shell (!) and help (?).
_MAGIC = re.compile(r"^[ \t]*[%!?]")


@dataclass
class Output:
    """One saved output as text: ``kind`` is ``"stream"``, ``"html"`` or ``"plain"``."""

    kind: str
    text: str
    has_html: bool = False  # a plain-text rendering that has an HTML twin in the same output


@dataclass
class Cell:
    """One cell: ``position`` counts from 1, as a reader counts."""

    position: int
    kind: str
    source: str
    ignored: set[str] = field(default_factory=set)
    outputs: list[Output] = field(default_factory=list)

    @cached_property
    def tree(self) -> ast.Module | None:
        """The code parsed with :mod:`ast` (magics blanked), or None when it does not parse."""
        if self.kind != "code":
            return None
        lines = ["" if _MAGIC.match(line) else line for line in self.source.split("\n")]
        try:
            with warnings.catch_warnings():  # the author's invalid escapes are not the user's
                warnings.simplefilter("ignore")
                return ast.parse("\n".join(lines))
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return None


def read(path: Path) -> tuple[list[Cell], dict[str, Any]]:
    """The cells and the metadata of the notebook at ``path``; a clear error for anything else."""
    if not path.exists():
        raise NotebookError(MSG("not_found", path=str(path)))
    if path.is_dir():
        raise NotebookError(MSG("is_dir", path=str(path)))
    size_mb = path.stat().st_size / 1e6
    if size_mb > MAX_FILE_MB:
        raise NotebookError(MSG("too_big", path=str(path), mb=size_mb, limit=MAX_FILE_MB))
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        detail = type(exc).__name__ + (f" at line {exc.lineno}" if hasattr(exc, "lineno") else "")
        raise NotebookError(MSG("not_json", path=str(path), detail=detail)) from None
    except OSError as exc:
        raise NotebookError(MSG("not_json", path=str(path), detail=exc.strerror)) from None
    if not isinstance(data, dict) or not isinstance(data.get("nbformat"), int):
        raise NotebookError(MSG("not_notebook", path=str(path)))
    if data["nbformat"] < 4:
        raise NotebookError(MSG("old_format", path=str(path), version=data["nbformat"]))
    raw_cells = data.get("cells")
    if not isinstance(raw_cells, list):
        raise NotebookError(MSG("not_notebook", path=str(path)))
    cells = []
    for position, raw in enumerate(raw_cells, start=1):
        if not isinstance(raw, dict) or "cell_type" not in raw or "source" not in raw:
            raise NotebookError(MSG("invalid", path=str(path), cell=position))
        cells.append(
            Cell(
                position=position,
                kind=str(raw["cell_type"]),
                source=_join(raw["source"]),
                ignored=_ignored(raw),
                outputs=_outputs(raw.get("outputs")),
            )
        )
    if not any(c.source.strip() for c in cells):
        raise NotebookError(MSG("empty", path=str(path)))
    metadata = data.get("metadata")
    return cells, metadata if isinstance(metadata, dict) else {}


def _join(value: Any) -> str:
    return "".join(str(v) for v in value) if isinstance(value, list) else str(value or "")


def _ignored(cell: dict[str, Any]) -> set[str]:
    metadata = cell.get("metadata")
    tags = metadata.get("tags") if isinstance(metadata, dict) else None
    if not isinstance(tags, list):
        return set()
    return {t.split(":", 1)[1].strip() for t in tags if str(t).startswith("review-ignore:")}


def _outputs(raw: Any) -> list[Output]:
    out: list[Output] = []
    for output in raw if isinstance(raw, list) else []:
        if not isinstance(output, dict):
            continue
        kind = output.get("output_type")
        if kind == "stream":
            out.append(Output("stream", _join(output.get("text", ""))))
        elif kind in ("execute_result", "display_data"):
            data = output.get("data")
            if not isinstance(data, dict):
                continue
            if "text/html" in data:
                out.append(Output("html", _join(data["text/html"])))
            if "text/plain" in data:
                out.append(Output("plain", _join(data["text/plain"]), has_html="text/html" in data))
    return out


def snippet(text: str, limit: int = _SNIPPET) -> str:
    """``text`` on one line, at most ``limit`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _drop_between(text: str, opener: str, closer: str, replacement: str) -> str:
    """Remove ``opener … closer`` spans with :meth:`str.find` (linear; an unclosed one stays)."""
    parts, pos = [], 0
    while True:
        start = text.find(opener, pos)
        if start < 0:
            break
        end = text.find(closer, start + len(opener))
        if end < 0:
            break
        parts.append(text[pos:start])
        parts.append(replacement)
        pos = end + len(closer)
    parts.append(text[pos:])
    return "".join(parts)


# Bounded quantifiers keep these linear on any input (no scan to the end from every "<" or "`").
_INLINE_CODE = re.compile(r"`[^`\n]{0,1000}`")
_TAG = re.compile(r"<[^<>\n]{0,1000}>")
_LINK_TARGET = re.compile(r"\]\([^()\s]{0,2000}\)")
_INLINE_MATH = re.compile(r"\$[^$\n]{0,1000}\$")
_QUOTE_PREFIX = re.compile(r"(?m)^[ ]{0,3}>[ ]?")


def prose(markdown: str) -> str:
    """Markdown prose only: code blocks, inline code, HTML tags, LaTeX and link targets removed."""
    text = _drop_between(markdown, "```", "```", " ")
    text = _drop_between(text, "$$", "$$", "x")
    text = _INLINE_CODE.sub("code", text)
    text = _INLINE_MATH.sub("x", text)
    text = _TAG.sub(" ", text)
    text = _LINK_TARGET.sub("]", text)
    text = _QUOTE_PREFIX.sub("", text)  # block quotes: still prose
    return text.replace("**", "").replace("__", "")


_QUOTED = re.compile(r"\"[^\"\n]{1,500}\"|“[^”\n]{1,500}”|‘[^’\n]{1,500}’|«[^»\n]{1,500}»")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks: a quoted sentence is reported speech, not the author's claim."""
    return [m.span() for m in _QUOTED.finditer(text)]
