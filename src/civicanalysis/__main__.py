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
        "paths_help": {
            "en": "the notebooks (.ipynb) to review",
            "nl": "de notebooks (.ipynb) die u wilt laten beoordelen",
        },
        "format_help": {
            "en": "report format (default: text)",
            "nl": "vorm van het rapport (standaard: text)",
        },
        "min_cell_help": {
            "en": "smallest count a displayed table may show (default: 15)",
            "nl": "kleinste aantal dat een getoonde tabel mag laten zien (standaard: 15)",
        },
        "rules_help": {
            "en": "comma-separated subset of {rules}",
            "nl": "door komma's gescheiden deel van {rules}",
        },
        "lang_help": {
            "en": "language of the report and messages (en or nl)",
            "nl": "taal van het rapport en de meldingen (en of nl)",
        },
        "help_help": {"en": "show this help and exit", "nl": "toon deze hulp en stop"},
        "usage": {"en": "usage: ", "nl": "gebruik: "},
        "positional": {"en": "arguments", "nl": "argumenten"},
        "options": {"en": "options", "nl": "opties"},
        "commands": {"en": "commands", "nl": "opdrachten"},
        "output_help": {
            "en": "write the report to this file",
            "nl": "schrijf het rapport naar dit bestand",
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


def _language(argv: Sequence[str]) -> str | None:
    """The ``--lang`` given on the command line, read before the parser (whose help it sets)."""
    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        elif arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        else:
            continue
        return value if value in ("en", "nl") else None
    return None


def _formatter(lang: str | None) -> type[argparse.HelpFormatter]:
    """argparse's help layout with its headings in the language of the messages."""
    headings = {
        "positional arguments": MSG("positional", lang=lang),
        "options": MSG("options", lang=lang),
        "optional arguments": MSG("options", lang=lang),
    }

    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
            prefix = MSG("usage", lang=lang) if prefix is None else prefix
            super().add_usage(usage, actions, groups, prefix=prefix)

        def start_section(self, heading):  # type: ignore[no-untyped-def]
            super().start_section(headings.get(str(heading), heading))

    return Formatter


def _parser(lang: str | None) -> argparse.ArgumentParser:
    from .review import RULES

    def text(key: str, **fields: object) -> str:
        return MSG(key, lang=lang, **fields)

    common = {"formatter_class": _formatter(lang), "add_help": False}
    parser = argparse.ArgumentParser(
        prog="civicanalysis", description=text("description"), **common
    )
    parser.add_argument("-h", "--help", action="help", help=text("help_help"))
    sub = parser.add_subparsers(dest="command", required=True, title=text("commands"))
    rev = sub.add_parser(
        "review", help=text("review_help"), description=text("description"), **common
    )
    rev.add_argument("-h", "--help", action="help", help=text("help_help"))
    rev.add_argument("paths", nargs="+", metavar="PATH.ipynb", help=text("paths_help"))
    rev.add_argument(
        "--format",
        choices=["text", "markdown", "html", "json"],
        default="text",
        help=text("format_help"),
    )
    rev.add_argument("--min-cell-size", type=int, default=None, help=text("min_cell_help"))
    rev.add_argument("--rules", default=None, help=text("rules_help", rules=", ".join(RULES)))
    rev.add_argument("--lang", choices=["en", "nl"], default=None, help=text("lang_help"))
    rev.add_argument("--output", "-o", default=None, help=text("output_help"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the module docstring)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _parser(_language(argv)).parse_args(argv)
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
