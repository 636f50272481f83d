"""Generate the exercise notebooks from their solutions, and the course's landing page.

Every ``exercises/solutions/NAME.ipynb`` gives ``exercises/NAME.ipynb`` (and every
``exercises/nl/solutions/NAME.ipynb`` gives ``exercises/nl/NAME.ipynb``): each code cell tagged
``solution`` is replaced by an empty cell that keeps only the cell's first comment lines (the
instructions), and markdown cells tagged ``solution`` are removed. Check cells stay. Outputs are
always cleared.

``START_HERE.md``, the page JupyterLab opens on (``make lab``), lists every notebook and exercise in
English and Dutch; it is written from the notebooks' titles, so a new notebook appears on it.

    python tools/make_exercises.py          # write the exercises and START_HERE.md
    python tools/make_exercises.py --check  # exit 1 if a committed file is out of date
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOLUTIONS = ROOT / "exercises" / "solutions"
EXERCISES = ROOT / "exercises"
LANDING = ROOT / "START_HERE.md"
PLACEHOLDER = "# Your code here"
#: (solutions folder, exercises folder, placeholder) per language edition.
EDITIONS = (
    (SOLUTIONS, EXERCISES, PLACEHOLDER),
    (EXERCISES / "nl" / "solutions", EXERCISES / "nl", "# Uw code hier"),
)


def strip_solutions(notebook: dict, placeholder: str = PLACEHOLDER) -> dict:
    """Return an exercise notebook (a new dict) made from a solution notebook."""
    out = copy.deepcopy(notebook)
    cells = []
    for cell in out["cells"]:
        tags = cell.get("metadata", {}).get("tags", [])
        if cell["cell_type"] == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        if "solution" in tags:
            if cell["cell_type"] != "code":
                continue
            source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
            comments = []
            for line in source.splitlines():
                if not line.startswith("#"):
                    break
                comments.append(line)
            cell["source"] = "\n".join([*comments, placeholder])
            cell["metadata"]["tags"] = [t for t in tags if t != "solution"] + ["exercise"]
        cells.append(cell)
    out["cells"] = cells
    return out


def render(notebook: dict) -> str:
    return json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"


def _title(path: Path) -> str:
    """The first heading of a notebook, without its number (``"01 · The fish shop"`` -> ``"The fish shop"``)."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        for line in source.splitlines():
            if line.startswith("# "):
                return re.sub(r"^(Exercises\s+|Oefeningen\s+)?\d+\s*·\s*", "", line[2:].strip())
    return path.stem.replace("_", " ")


def _row(path: Path, nl_folder: Path, solutions: Path | None, nl_solutions: Path | None) -> str:
    """One table row: title, the English and Dutch edition, and the solutions if there are any."""

    def link(target: Path, label: str) -> str:
        return f"[{label}]({target.relative_to(ROOT).as_posix()})"

    nl = nl_folder / path.name
    cells = [_title(path), link(path, "English"), link(nl, "Nederlands")]
    if solutions is not None:
        cells.append(
            link(solutions / path.name, "English")
            + " · "
            + link(nl_solutions / path.name, "Nederlands")
        )
    return "| " + " | ".join(cells) + " |"


def landing_page() -> str:
    """The text of ``START_HERE.md``: every notebook and exercise, in English and in Dutch."""
    notebooks = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
    exercises = sorted(EXERCISES.glob("[0-9]*.ipynb"))
    extra = sorted(p for p in EXERCISES.glob("*.ipynb") if not p.name[0].isdigit())
    lines = [
        "# Data → information → knowledge: the course",
        "*Van data naar informatie naar kennis: de cursus*",
        "",
        "**English.** Work through the notebooks in order: click a grey code cell and press "
        "**Shift + Enter** to run it, then read what comes out. Each notebook ends with exercises; "
        "every exercise has a check cell that tells you whether your answer holds. Click a link "
        "below to open a notebook; the file browser on the left shows the same folders "
        "(`notebooks/`, `exercises/`).",
        "",
        "**Nederlands.** Werk de notebooks op volgorde door: klik op een grijze codecel en druk op "
        "**Shift + Enter** om hem uit te voeren, en lees wat eruit komt. Bij elk notebook horen "
        "oefeningen; elke oefening heeft een controlecel die zegt of uw antwoord klopt. Klik "
        "hieronder op een link om een notebook te openen; de bestandsbrowser links toont dezelfde "
        "mappen (`notebooks/nl/`, `exercises/nl/`).",
        "",
        "## Notebooks",
        "",
        "| notebook | English | Nederlands |",
        "|---|---|---|",
        *[_row(p, ROOT / "notebooks" / "nl", None, None) for p in notebooks],
        "",
        "## Exercises · Oefeningen",
        "",
        "| exercises | English | Nederlands | worked answers · uitwerkingen |",
        "|---|---|---|---|",
        *[_row(p, EXERCISES / "nl", SOLUTIONS, EXERCISES / "nl" / "solutions") for p in exercises],
        "",
    ]
    if extra:
        lines += [
            "Also used in the exercises · Ook gebruikt in de oefeningen: "
            + ", ".join(f"[`{p.name}`]({p.relative_to(ROOT).as_posix()})" for p in extra)
            + ".",
            "",
        ]
    lines += [
        'The data are synthetic; every dataset has a data card: `ca.datasets.card("vandalism")`. '
        "De data zijn synthetisch; bij elke dataset hoort een beschrijving: "
        '`ca.datasets.card("vandalism")` (in het Nederlands na '
        '`ca.set_options(language="nl")`).',
        "",
    ]
    return "\n".join(lines)


def expected() -> dict[Path, str]:
    """What every generated file (exercises, landing page) should contain, by path."""
    result = {}
    for solutions, exercises, placeholder in EDITIONS:
        for solution in sorted(solutions.glob("*.ipynb")):
            notebook = json.loads(solution.read_text(encoding="utf-8"))
            result[exercises / solution.name] = render(strip_solutions(notebook, placeholder))
    result[LANDING] = landing_page()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args()
    stale = []
    for path, text in expected().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            stale.append(path)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    if args.check and stale:
        print("Out of date (run `make exercises`):", *[str(p) for p in stale], sep="\n  ")
        return 1
    print(f"{len(expected())} file(s) {'checked' if args.check else 'written'}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
