"""Generate the exercise notebooks from their solutions.

Every ``exercises/solutions/NAME.ipynb`` gives ``exercises/NAME.ipynb`` (and the Dutch
``exercises/nl/solutions/NAME.ipynb`` gives ``exercises/nl/NAME.ipynb``): each code cell tagged
``solution`` is replaced by an empty cell that keeps only the cell's first comment lines (the
instructions), and markdown cells tagged ``solution`` are removed. Outputs are always cleared.

    python tools/make_exercises.py          # write the exercises
    python tools/make_exercises.py --check  # exit 1 if a committed exercise is out of date
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOLUTIONS = ROOT / "exercises" / "solutions"
EXERCISES = ROOT / "exercises"
PLACEHOLDER = "# Your code here"
#: Each solutions folder, the folder its exercises go to, and the placeholder in its language.
FOLDERS = (
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


def expected() -> dict[Path, str]:
    """What every exercise file should contain, by path."""
    result = {}
    for solutions, exercises, placeholder in FOLDERS:
        for solution in sorted(solutions.glob("*.ipynb")):
            notebook = json.loads(solution.read_text(encoding="utf-8"))
            result[exercises / solution.name] = render(strip_solutions(notebook, placeholder))
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
    print(f"{len(expected())} exercise notebook(s) {'checked' if args.check else 'written'}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
