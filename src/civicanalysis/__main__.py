"""The command line: ``civicanalysis review PATH.ipynb [...]``.

Exit status: 0 when every notebook passes, 1 when any finding is an error, 2 when a file cannot
be reviewed (not a notebook, an old format, empty, missing) or the arguments are wrong. Messages
are written for the user; there is never a Python traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence

from ._exceptions import CivicAnalysisError
from ._text import Catalog

MSG = Catalog(
    "cli",
    {
        "description": {
            "en": "Review analyses in Jupyter notebooks (without running them) for causal claims, "
            "small cells, missing uncertainty and more.",
            "nl": "Beoordeel analyses in Jupyter-notebooks (zonder ze uit te voeren) op "
            "oorzakelijke beweringen, kleine cellen, ontbrekende onzekerheid en meer.",
        },
        "review_help": {
            "en": "review one or more notebooks",
            "nl": "beoordeel een of meer notebooks",
        },
        "cannot_review": {"en": "cannot review", "nl": "kan niet beoordelen"},
        "cannot_write": {
            "en": "cannot write the report to {path!r}: {detail}. Choose another file or folder.",
            "nl": "kan het rapport niet schrijven naar {path!r}: {detail}. Kies een ander bestand "
            "of een andere map.",
        },
        "internal": {
            "en": "the reviewer hit an unexpected problem reading {path!r} ({detail}). This is a "
            "bug in civicanalysis: please report it with the notebook if you can share it.",
            "nl": "de beoordelaar liep tegen een onverwacht probleem aan bij {path!r} ({detail}). "
            "Dit is een fout in civicanalysis: meld die graag, met het notebook als dat kan.",
        },
    },
)


def _parser() -> argparse.ArgumentParser:
    from .review import RULES

    parser = argparse.ArgumentParser(prog="civicanalysis", description=MSG("description"))
    sub = parser.add_subparsers(dest="command", required=True)
    rev = sub.add_parser("review", help=MSG("review_help"), description=MSG("description"))
    rev.add_argument("paths", nargs="+", metavar="PATH.ipynb")
    rev.add_argument(
        "--format",
        choices=["text", "markdown", "html", "json"],
        default="text",
        help="report format (default: text)",
    )
    rev.add_argument(
        "--min-cell-size",
        type=int,
        default=None,
        help="smallest count a displayed table may show (default: 15)",
    )
    rev.add_argument("--rules", default=None, help=f"comma-separated subset of {', '.join(RULES)}")
    rev.add_argument("--lang", choices=["en", "nl"], default=None, help="language of the report")
    rev.add_argument("--output", "-o", default=None, help="write the report to this file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the module docstring)."""
    args = _parser().parse_args(argv)
    from ._config import option_context
    from .review import review

    status = 0
    reports, errors = [], []
    with option_context(language=args.lang) if args.lang else contextlib.nullcontext():
        rules = [r.strip() for r in args.rules.split(",")] if args.rules else None
        for path in args.paths:
            try:
                result = review(path, min_cell_size=args.min_cell_size, rules=rules)
            except CivicAnalysisError as exc:
                errors.append(f"{MSG('cannot_review')} {path}: {exc}")
                status = max(status, 2)
                continue
            except Exception as exc:  # never show a traceback to a user
                errors.append(MSG("internal", path=path, detail=type(exc).__name__))
                status = max(status, 2)
                continue
            status = max(status, result.exit_code)
            reports.append(result)
        if args.format == "json":
            text = json.dumps(
                [r.to_dict() for r in reports] + [{"error": e} for e in errors],
                ensure_ascii=False,
                indent=1,
            )
        elif args.format == "markdown":
            text = "\n".join(r.to_markdown() for r in reports)
        elif args.format == "html":
            text = "\n".join(r.to_html() for r in reports)
        else:
            text = "\n".join(r.to_text() for r in reports)
    for line in errors:
        print(line, file=sys.stderr)
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
        except OSError as exc:
            print(MSG("cannot_write", path=args.output, detail=exc.strerror), file=sys.stderr)
            return 2
    elif text:
        print(text)
    return status


if __name__ == "__main__":
    sys.exit(main())
