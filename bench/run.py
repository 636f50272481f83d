"""Run every benchmark in bench/ (``make bench``) and print their reports.

Each ``bench/bench_<topic>.py`` is a script that measures civicanalysis against the reference
library its issue names, in the same run, prints a short report with the ratios, and writes its
numbers to ``bench/results/<topic>.json``. Pass topic names to run only those:
``python bench/run.py confounding``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    scripts = sorted(HERE.glob("bench_*.py"))
    if argv:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in argv]
    (HERE / "results").mkdir(exist_ok=True)
    failed = []
    for script in scripts:
        print(f"\n=== {script.stem} ===", flush=True)
        if subprocess.run([sys.executable, str(script)], check=False).returncode != 0:
            failed.append(script.name)
    if failed:
        print("\nFailed:", ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
