"""Bundled datasets: ``load(name)``, ``names()`` and ``card(name)``; no network is ever used.

Synthetic datasets are made by seeded generator code in this package (``_<name>.py`` with a
``make()`` function); the committed CSV in ``datasets/`` is exactly what the generator makes, which
the tests check (``make data`` rewrites the files from the generators). Every dataset has a data
card for its users, ``datasets/<name>.md`` in English and ``datasets/<name>.nl.md`` in Dutch: what a
row is, every column with its unit and meaning, how it was made (in plain words), what is true in it
by construction, and what it must not be used for. Notes for developers (generator, seed) belong in
the generator's code, not in the card.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pandas as pd

from .._exceptions import InvalidOptionError
from .._text import Catalog, resolve_language
from ._full_size import full_size_register

__all__ = ["DataCard", "card", "full_size_register", "load", "make", "names", "path"]

MSG = Catalog(
    "datasets",
    {
        "unknown": {
            "en": "There is no bundled dataset called {name!r}.{hint} The datasets are: {names}.",
            "nl": "Er is geen meegeleverde dataset met de naam {name!r}.{hint} De datasets zijn: "
            "{names}.",
        },
        "did_you_mean": {"en": " Did you mean {name!r}?", "nl": " Bedoelde u {name!r}?"},
        "no_generator": {
            "en": "Dataset {name!r} is not synthetic; it has no generator.",
            "nl": "Dataset {name!r} is niet synthetisch; er is geen generator voor.",
        },
    },
)


def _data_dir() -> Path:
    """The folder holding the CSV files and data cards.

    In a source checkout (the course, an editable install) this is ``datasets/`` at the repository
    root; in a built wheel the same files are packaged as ``civicanalysis/datasets/_data``.
    """
    packaged = Path(__file__).resolve().parent / "_data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "datasets"


def names() -> list[str]:
    """The names of the bundled datasets, sorted.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> "vandalism" in ca.datasets.names()
    True
    """
    return sorted(p.stem for p in _data_dir().glob("*.csv"))


class DataCard(str):
    """A data card: its Markdown text, shown formatted in a notebook.

    It is a ``str`` (so ``print``, ``splitlines`` and ``in`` work as on any text); a notebook shows it
    as formatted text (headings, tables) instead of raw Markdown. ``lang`` says which language it is
    in (``"en"`` or ``"nl"``).
    """

    __slots__ = ("lang", "name")

    def __new__(cls, text: str, *, name: str, lang: str) -> DataCard:
        obj = super().__new__(cls, text)
        obj.name = name
        obj.lang = lang
        return obj

    def _repr_markdown_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return str(self)

    def __reduce__(self):  # pickles and copies as plain text
        return (str, (str(self),))


def _check_name(name: str) -> str:
    available = names()
    if name in available:
        return name
    import difflib

    close = difflib.get_close_matches(str(name), available, n=1)
    hint = MSG("did_you_mean", name=close[0]) if close else ""
    raise InvalidOptionError(MSG("unknown", name=name, hint=hint, names=", ".join(available)))


def path(name: str) -> Path:
    """The path of the CSV file of a bundled dataset."""
    return _data_dir() / f"{_check_name(name)}.csv"


def _generator(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"civicanalysis.datasets._{name}")
    except ModuleNotFoundError:
        return None


def load(name: str) -> pd.DataFrame:
    """Load a bundled dataset as a new DataFrame (read from disk, never from the network).

    Parameters
    ----------
    name : str
        One of :func:`names`, e.g. ``"vandalism"``.

    Returns
    -------
    pandas.DataFrame
        A fresh copy each call, with the column types given in the data card.

    Raises
    ------
    InvalidOptionError
        When no dataset has that name (the message lists them and suggests the nearest).

    Examples
    --------
    >>> import civicanalysis as ca
    >>> df = ca.datasets.load("vandalism")
    >>> df[["fish_shop", "on_square", "vandalism"]].dtypes.tolist()
    [dtype('int64'), dtype('int64'), dtype('int64')]
    """
    file = path(name)
    # Most notebooks start here: from now on package warnings show as one plain box (a no-op
    # outside Jupyter). Otherwise the first box would wait for the first warning, and a first
    # warning that is recorded and raised again shows as a plain line instead.
    from .._warnings_display import install

    install()
    gen = _generator(name)
    dtypes = dict(getattr(gen, "DTYPES", {})) if gen else {}
    dates = [c for c, t in dtypes.items() if str(t).startswith("datetime")]
    for c in dates:
        dtypes.pop(c)
    frame = pd.read_csv(file, dtype=dtypes or None, parse_dates=dates or False)
    return frame


def card(name: str, *, lang: str | None = None) -> DataCard:
    """The data card of a bundled dataset, in the language setting; a notebook shows it formatted.

    Parameters
    ----------
    name : str
        One of :func:`names`, e.g. ``"vandalism"``.
    lang : {"en", "nl"}, optional
        The language of the card; default: the package setting (``ca.set_options(language=...)``).
        A dataset without a Dutch card gives the English one.

    Returns
    -------
    DataCard
        The card's Markdown text (a ``str``) that a notebook displays as formatted text.

    Raises
    ------
    InvalidOptionError
        When no dataset has that name, or ``lang`` is not ``"en"`` or ``"nl"``.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> ca.datasets.card("vandalism").splitlines()[0]
    '# vandalism: vandalism per location in a fictional Dutch city (synthetic)'
    >>> ca.datasets.card("vandalism", lang="nl").lang
    'nl'
    """
    name = _check_name(name)
    lang = resolve_language(lang)
    file = _data_dir() / f"{name}.md"
    dutch = _data_dir() / f"{name}.nl.md"
    if lang == "nl" and dutch.exists():
        file = dutch
    else:
        lang = "en"
    return DataCard(file.read_text(encoding="utf-8"), name=name, lang=lang)


def make(name: str) -> pd.DataFrame:
    """Run the seeded generator of a synthetic dataset (the committed file is exactly its output)."""
    gen = _generator(_check_name(name))
    if gen is None:
        raise InvalidOptionError(MSG("no_generator", name=name))
    return gen.make()


def to_csv_text(frame: pd.DataFrame) -> str:
    """The exact text a dataset is stored as (used by the writer and by the tests)."""
    return frame.to_csv(index=False, lineterminator="\n", date_format="%Y-%m-%d")
