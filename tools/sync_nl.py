"""Keep the Dutch edition of the course in step with the English one.

Every English notebook has a Dutch edition with the same cells (matched by cell id):

    notebooks/NAME.ipynb               ->  notebooks/nl/NAME.ipynb
    exercises/solutions/NAME.ipynb     ->  exercises/nl/solutions/NAME.ipynb
    exercises/flawed_analysis.ipynb    ->  exercises/nl/flawed_analysis.ipynb

The code of a Dutch cell is the English code, except the language line: the Dutch edition sets
``ca.set_options(language="nl")`` in its first code cell. Comments are prose and may be translated,
so code is compared without its comments. Text a reader sees that lives in code (a plot label, a
printed sentence) may be translated too, on a line marked with an ``# i18n`` comment: on such a line
the text of string literals is not compared, in either edition. What the sync does, cell by cell:

* English code changed: the Dutch cell gets the new English code (with the Dutch language line);
  when that code carries comments, the cell is tagged ``needs-translation``.
* Dutch markdown and translated comments are kept. Each Dutch cell remembers (in its metadata) a
  fingerprint of the English cell it was translated from; when the English text changes, the Dutch
  cell is tagged ``needs-translation``.
* An English cell missing in the Dutch edition is inserted (in English) and tagged
  ``needs-translation`` (a code cell without comments is simply taken over); a Dutch cell
  without an English counterpart is dropped.
* When ``tools/sync_nl_memory.json`` holds a prepared translation for the English cell's exact
  text (keyed by its fingerprint), that translation is used instead of a tag.
* Tags (``solution``, ``review-ignore:...``) and notebook metadata follow the English notebook;
  outputs are cleared.

A translator translates every tagged cell and removes the tag. ``tests/test_course_nl.py`` fails
while a tag is left, a fingerprint is stale or the code differs.

    python tools/sync_nl.py          # update the Dutch notebooks and report what needs translating
    python tools/sync_nl.py --check  # exit 1 if a Dutch notebook is not in step (writes nothing)
    python tools/sync_nl.py --adopt notebooks/nl/NAME.ipynb  # take in a Dutch notebook made by hand
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import io
import json
import re
import sys
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TAG = "needs-translation"
META = "civicanalysis_nl"  # cell metadata key holding the fingerprint of the English source
LANGUAGE_LINE = re.compile(
    r"^\s*ca\.set_options\(\s*language\s*=\s*(['\"])(en|nl)\1\s*\)\s*(#.*)?$"
)
NL_LANGUAGE_LINE = 'ca.set_options(language="nl")  # "en" voor Engels'
#: Dutch translations prepared for English text that has not reached this branch yet, keyed by the
#: fingerprint of the English cell; the sync uses one when an English cell reaches exactly that text.
MEMORY = Path(__file__).with_name("sync_nl_memory.json")


def pairs() -> list[tuple[Path, Path]]:
    """Every English notebook with the path of its Dutch edition."""
    found = []
    for folder, nl_folder in (
        (ROOT / "notebooks", ROOT / "notebooks" / "nl"),
        (ROOT / "exercises" / "solutions", ROOT / "exercises" / "nl" / "solutions"),
    ):
        found += [(p, nl_folder / p.name) for p in sorted(folder.glob("*.ipynb"))]
    flawed = ROOT / "exercises" / "flawed_analysis.ipynb"
    if flawed.exists():
        found.append((flawed, ROOT / "exercises" / "nl" / flawed.name))
    return found


def source(cell: dict) -> str:
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else text


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


I18N = re.compile(r"#.*\bi18n\b")
_TEXT_TOKENS = {tokenize.STRING} | {
    getattr(tokenize, name) for name in ("FSTRING_MIDDLE",) if hasattr(tokenize, name)
}


def _without_comments(code: str, mask_text: bool = False) -> str:
    # tokenize knows a '#' inside a string from a comment, which a regular expression does not.
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return "\n".join(line for line in code.splitlines() if not line.lstrip().startswith("#"))
    lines = code.splitlines()
    marked = {t.start[0] for t in tokens if t.type == tokenize.COMMENT and I18N.match(t.string)}
    # Backwards, so that each cut leaves the columns of the tokens still to come intact.
    for tok in reversed(tokens):
        (row, col), (end_row, end_col) = tok.start, tok.end
        if tok.type == tokenize.COMMENT:
            lines[row - 1] = lines[row - 1][:col]
        elif mask_text and tok.type in _TEXT_TOKENS and row in marked and row == end_row:
            lines[row - 1] = lines[row - 1][:col] + '"…"' + lines[row - 1][end_col:]
    return "\n".join(lines)


def normalise(code: str) -> str:
    """Code as compared between editions: no comments, no language line, no blank lines, and no
    string text on lines marked ``# i18n``."""
    kept = []
    for line in _without_comments(code, mask_text=True).splitlines():
        if not line.strip() or LANGUAGE_LINE.match(line):
            continue
        kept.append(line.rstrip())
    return "\n".join(kept)


def has_comments(code: str) -> bool:
    return _without_comments(code) != "\n".join(code.splitlines())


def dutch_code(code: str, first: bool) -> str:
    """The English code with the Dutch language line (added to the first code cell if missing)."""
    lines = code.splitlines()
    out, done = [], False
    for line in lines:
        if LANGUAGE_LINE.match(line):
            indent = line[: len(line) - len(line.lstrip())]
            out.append(indent + NL_LANGUAGE_LINE)
            done = True
        else:
            out.append(line)
    if first and not done:
        imports = [i for i, line in enumerate(out) if line.strip() == "import civicanalysis as ca"]
        if imports:
            out.insert(imports[0] + 1, NL_LANGUAGE_LINE)
        else:
            out[:0] = ["import civicanalysis as ca", NL_LANGUAGE_LINE, ""]
    return "\n".join(out)


def _tags(cell: dict) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def _set_tags(cell: dict, tags: list[str]) -> None:
    tags = list(dict.fromkeys(tags))
    if tags:
        cell.setdefault("metadata", {})["tags"] = tags
    else:
        cell.get("metadata", {}).pop("tags", None)


def load_memory(path: Path = MEMORY) -> dict[str, str]:
    """Prepared translations: the fingerprint of an English cell's text -> its Dutch text."""
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))["translations"]


def sync(
    english: dict, dutch: dict | None, memory: dict[str, str] | None = None
) -> tuple[dict, list[str]]:
    """Return the Dutch notebook brought in step with ``english``, and what changed."""
    memory = load_memory() if memory is None else memory
    old = {c.get("id"): c for c in (dutch or {}).get("cells", [])}
    notes = []
    cells = []
    first_code = True
    for en in english["cells"]:
        cid = en.get("id")
        en_text = source(en)
        is_code = en["cell_type"] == "code"
        first = is_code and first_code
        first_code = first_code and not is_code
        nl_old = old.get(cid)
        if nl_old is not None and nl_old["cell_type"] != en["cell_type"]:
            nl_old = None
        cell = copy.deepcopy(en)
        en_tags = [t for t in _tags(en) if t != TAG]
        remembered = memory.get(fingerprint(en_text))
        if remembered is not None and is_code and normalise(remembered) != normalise(en_text):
            remembered = None
        in_step = (
            nl_old is not None
            and nl_old.get("metadata", {}).get(META, {}).get("en") == fingerprint(en_text)
            and (not is_code or normalise(source(nl_old)) == normalise(en_text))
        )
        if remembered is not None and not in_step:
            cell["source"] = dutch_code(remembered, first) if is_code else remembered
            tags = en_tags
            notes.append(f"cell {cid}: translation taken from {MEMORY.name}")
        elif nl_old is None:
            cell["source"] = dutch_code(en_text, first) if is_code else en_text
            if is_code and not has_comments(en_text):
                tags = en_tags  # code without prose: nothing to translate
                notes.append(f"cell {cid}: new code cell, taken over")
            else:
                tags = [*en_tags, TAG]
                notes.append(f"cell {cid}: new, to translate")
        else:
            meta = nl_old.get("metadata", {}).get(META, {})
            stale = meta.get("en") != fingerprint(en_text)
            tags = [*en_tags] + ([TAG] if TAG in _tags(nl_old) else [])
            cell["source"] = source(nl_old)
            same_code = not is_code or normalise(source(nl_old)) == normalise(en_text)
            if not same_code:
                cell["source"] = dutch_code(en_text, first)
                notes.append(f"cell {cid}: code taken over from English")
                if has_comments(en_text):
                    tags.append(TAG)
            elif first and not any(LANGUAGE_LINE.match(x) for x in cell["source"].splitlines()):
                cell["source"] = dutch_code(cell["source"], first)
            if stale and same_code and TAG not in tags:
                if is_code and not has_comments(en_text):
                    cell["source"] = dutch_code(en_text, first)
                else:
                    tags.append(TAG)
                    notes.append(f"cell {cid}: English text changed, to translate")
        cell.setdefault("metadata", {})[META] = {"en": fingerprint(en_text)}
        _set_tags(cell, tags)
        if is_code:
            cell["outputs"] = []
            cell["execution_count"] = None
        cells.append(cell)
    dropped = set(old) - {c.get("id") for c in english["cells"]}
    notes += [f"cell {cid}: not in the English notebook, dropped" for cid in sorted(dropped)]
    out = copy.deepcopy(english)
    out["cells"] = cells
    return out, notes


def adopt(english: dict, dutch: dict) -> dict:
    """Take a Dutch notebook written by hand, without this tool, into the sync.

    Its cells are paired with the English cells in order (a code cell holding only the language
    line is folded into the first code cell), take the English cell ids, and are recorded as
    translated from the current English text. Raises ValueError when the cells do not pair up.
    """
    cells = [
        c
        for c in dutch["cells"]
        if not (
            c["cell_type"] == "code"
            and not normalise(source(c))
            and LANGUAGE_LINE.search(source(c))
        )
    ]
    kinds_en = [c["cell_type"] for c in english["cells"]]
    kinds_nl = [c["cell_type"] for c in cells]
    if kinds_en != kinds_nl:
        raise ValueError(
            f"the cells do not pair up: English {len(kinds_en)} cells {kinds_en}, "
            f"Dutch {len(kinds_nl)} cells {kinds_nl}"
        )
    out = copy.deepcopy(dutch)
    out["cells"] = []
    for en, nl in zip(english["cells"], cells, strict=True):
        cell = copy.deepcopy(nl)
        cell["id"] = en.get("id")
        cell.setdefault("metadata", {})[META] = {"en": fingerprint(source(en))}
        out["cells"].append(cell)
    return sync(english, out)[0]


def render(notebook: dict) -> str:
    return json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"


def load(path: Path) -> dict | None:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    parser.add_argument(
        "--adopt",
        metavar="DUTCH_NOTEBOOK",
        help="take a Dutch notebook written by hand into the sync (pairs its cells in order)",
    )
    args = parser.parse_args(argv)
    if args.adopt:
        nl_path = Path(args.adopt).resolve()
        en_path = {nl.resolve(): en for en, nl in pairs()}.get(nl_path)
        if en_path is None:
            print(f"{args.adopt} is not the Dutch edition of an English notebook")
            return 1
        try:
            new = adopt(load(en_path), load(nl_path))
        except ValueError as err:
            print(f"{args.adopt}: {err}")
            return 1
        nl_path.write_text(render(new), encoding="utf-8")
        print(f"{args.adopt}: adopted; now run `python tools/sync_nl.py --check`")
        return 0
    out_of_step, to_translate = [], []
    for en_path, nl_path in pairs():
        current = nl_path.read_text(encoding="utf-8") if nl_path.exists() else None
        new, notes = sync(load(en_path), load(nl_path))
        text = render(new)
        tagged = [c.get("id") for c in new["cells"] if TAG in _tags(c)]
        rel = nl_path.relative_to(ROOT)
        if text != current:
            out_of_step.append(rel)
            if not args.check:
                nl_path.parent.mkdir(parents=True, exist_ok=True)
                nl_path.write_text(text, encoding="utf-8")
        for note in notes:
            print(f"{rel}: {note}")
        if tagged:
            to_translate.append(f"{rel}: tagged {TAG}: {', '.join(tagged)}")
    for line in to_translate:
        print(line)
    if args.check and out_of_step:
        print("Out of step (run `python tools/sync_nl.py`):", *map(str, out_of_step), sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
