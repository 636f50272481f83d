"""``python -m civicanalysis.datasets --write [NAME ...]``: regenerate the synthetic dataset files."""

from __future__ import annotations

import argparse
import importlib
import pkgutil

from . import __path__ as package_path
from . import _data_dir, to_csv_text


def synthetic_names() -> list[str]:
    """Names of every dataset that has a generator module ``_<name>.py`` with a ``make()``."""
    found = []
    for module in pkgutil.iter_modules(package_path):
        if module.name.startswith("_") and not module.name.startswith("__"):
            if hasattr(importlib.import_module(f"{__package__}.{module.name}"), "make"):
                found.append(module.name[1:])
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", help="datasets to make (default: every synthetic one)")
    parser.add_argument("--write", action="store_true", help="write the CSV files to datasets/")
    args = parser.parse_args()
    for name in args.names or synthetic_names():
        frame = importlib.import_module(f"{__package__}._{name}").make()
        if args.write:
            (_data_dir() / f"{name}.csv").write_text(to_csv_text(frame), encoding="utf-8")
        print(f"{name}: {len(frame)} rows, {len(frame.columns)} columns")


if __name__ == "__main__":
    main()
