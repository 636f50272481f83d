"""Checks on the shipped notebooks that do not need to run them (nbval runs them in `make test`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SOLUTIONS = sorted((ROOT / "exercises" / "solutions").glob("*.ipynb"))
ALL = NOTEBOOKS + SOLUTIONS + sorted((ROOT / "exercises").glob("*.ipynb"))

sys.path.insert(0, str(ROOT / "tools"))
import make_exercises  # noqa: E402


def test_there_are_notebooks():
    assert NOTEBOOKS, "the course has no notebooks"


@pytest.mark.parametrize("path", ALL, ids=lambda p: str(p.relative_to(ROOT)))
def test_committed_without_outputs(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for i, cell in enumerate(notebook["cells"], start=1):
        if cell["cell_type"] == "code":
            assert not cell.get("outputs"), f"cell {i} has outputs"
            assert cell.get("execution_count") is None, f"cell {i} has an execution count"


@pytest.mark.parametrize("path", ALL, ids=lambda p: str(p.relative_to(ROOT)))
def test_uses_only_public_api_and_bundled_data(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "code")
    for forbidden in ("civicanalysis._", "ca._", "load_dataset(", 'read_csv("http', "urlopen("):
        assert forbidden not in code, forbidden


def test_exercises_are_generated_from_solutions():
    for path, text in make_exercises.expected().items():
        assert path.exists(), f"{path.name}: run `make exercises`"
        assert path.read_text(encoding="utf-8") == text, f"{path.name}: run `make exercises`"


@pytest.mark.parametrize("path", SOLUTIONS, ids=lambda p: p.name)
def test_solutions_have_solution_cells(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    tagged = [c for c in notebook["cells"] if "solution" in c.get("metadata", {}).get("tags", [])]
    assert tagged, "a solution notebook needs at least one cell tagged 'solution'"
