"""Input checks shared by every public function.

Each check returns the cleaned value and raises one of the package's named exceptions with a
message in three parts: what is wrong (the argument and the value received), why it matters, and
the fix. Nothing here modifies the caller's data.

Checks of single arguments can be stated declaratively, in the spirit of scikit-learn's
``_param_validation``: a rule per argument, checked in one call, one message form per rule::

    n_boot, threshold = check_params(
        {"n_boot": n_boot, "threshold": threshold},
        {"n_boot": Whole(low=100), "threshold": Number(low=0, high=1, closed="neither")},
    ).values()
"""

from __future__ import annotations

import difflib
import numbers
import warnings
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from ._exceptions import (
    CollinearityError,
    ColumnNotFoundError,
    ColumnTypeError,
    ConstantColumnError,
    InvalidOptionError,
    MissingValuesError,
    NotADataFrameError,
    TooFewRowsError,
)
from ._text import Catalog, Text

MSG = Catalog(
    "validation",
    {
        "series_not_frame": {
            "en": "{arg} is a pandas Series (one column); this function needs the whole table. "
            "Pass the DataFrame itself, e.g. df rather than df['{col}'], and name the columns "
            "with the keyword arguments.",
            "nl": "{arg} is een pandas Series (één kolom); deze functie heeft de hele tabel nodig. "
            "Geef het DataFrame zelf mee, bijvoorbeeld df in plaats van df['{col}'], en noem de "
            "kolommen met de trefwoordargumenten.",
        },
        "not_frame": {
            "en": "{arg} must be a pandas DataFrame; got {typ} instead. "
            "Convert it first, e.g. pd.DataFrame(...) or pd.read_csv(...).",
            "nl": "{arg} moet een pandas DataFrame zijn; het is {typ}. "
            "Zet het eerst om, bijvoorbeeld met pd.DataFrame(...) of pd.read_csv(...).",
        },
        "too_few_rows": {
            "en": "{arg} has {rows}; at least {min_rows} are needed for {purpose}. "
            "Use more data or a simpler analysis.",
            "nl": "{arg} heeft {rows}; er zijn er minstens {min_rows} nodig voor {purpose}. "
            "Gebruik meer data of een eenvoudiger analyse.",
        },
        "not_a_column": {
            "en": "{arg}={value!r} is not a column of the data.{hint} The columns are: {columns}.",
            "nl": "{arg}={value!r} is geen kolom van de data.{hint} De kolommen zijn: {columns}.",
        },
        "did_you_mean": {"en": " Did you mean {name!r}?", "nl": " Bedoelde u {name!r}?"},
        "column_name_type": {
            "en": "{arg} must be a column name (a string); got {typ} instead.",
            "nl": "{arg} moet een kolomnaam zijn (tekst); het is {typ}.",
        },
        "missing": {
            "en": "{arg}={col!r} has {missing} out of {rows}. The package does not drop rows "
            "silently, because that can bias the result. Decide what they mean: drop them with "
            "data.dropna(subset=[{col!r}]) and report how many, or fill them on purpose.",
            "nl": "{arg}={col!r} heeft {missing} op {rows}. Het pakket laat rijen niet "
            "stilzwijgend weg, omdat dat de uitkomst kan vertekenen. Bepaal wat ze betekenen: "
            "laat ze weg met data.dropna(subset=[{col!r}]) en meld hoeveel, of vul ze bewust in.",
        },
        "infinite": {
            "en": "{arg}={col!r} has {infinite}; no mean or model can use them. They usually "
            "come from a division by zero: fix the calculation or remove those rows.",
            "nl": "{arg}={col!r} heeft {infinite}; geen gemiddelde of model kan daarmee "
            "rekenen. Meestal komen ze uit een deling door nul: herstel de berekening of "
            "verwijder die rijen.",
        },
        "not_numeric": {
            "en": "{arg}={col!r} must hold numbers, but its type is {dtype} (e.g. {example!r}). "
            "{fix}",
            "nl": "{arg}={col!r} moet getallen bevatten, maar het type is {dtype} "
            "(bijvoorbeeld {example!r}). {fix}",
        },
        "numeric_fix_text": {
            "en": "If the numbers are stored as text, convert them with "
            "pd.to_numeric(data[{col!r}]); if it is a category, use it as 'by' or a candidate instead.",
            "nl": "Staan de getallen als tekst opgeslagen, zet ze dan om met "
            "pd.to_numeric(data[{col!r}]); is het een categorie, gebruik het dan als 'by' of als "
            "kandidaat.",
        },
        "not_binary": {
            "en": "{arg}={col!r} must be binary, coded 0/1 or True/False; it has the values "
            "{values}. {fix}",
            "nl": "{arg}={col!r} moet binair zijn, gecodeerd als 0/1 of True/False; het heeft de "
            "waarden {values}. {fix}",
        },
        "binary_fix_text": {
            "en": "Recode it so 1 means the event, e.g. (data[{col!r}] == {level!r}).astype(int), "
            "in a copy of the data.",
            "nl": "Codeer het om zodat 1 de gebeurtenis betekent, bijvoorbeeld "
            "(data[{col!r}] == {level!r}).astype(int), in een kopie van de data.",
        },
        "binary_fix_many": {
            "en": "With more than two values, treat it as a category or compare two groups at a time.",
            "nl": "Met meer dan twee waarden: behandel het als categorie of vergelijk steeds twee "
            "groepen.",
        },
        "constant": {
            "en": "{arg}={col!r} has only one value ({value!r}), so there is nothing to compare. "
            "Check the filter that produced the data, or choose another column.",
            "nl": "{arg}={col!r} heeft maar één waarde ({value!r}), dus er valt niets te "
            "vergelijken. Controleer de selectie waaruit de data komen, of kies een andere kolom.",
        },
        "too_many_levels": {
            "en": "{arg}={col!r} has {k} different values; at most {max_levels} can be used as "
            "groups here. Group them into fewer categories first (e.g. by district instead of "
            "address), or pass max_levels={k} if you really want every one.",
            "nl": "{arg}={col!r} heeft {k} verschillende waarden; hier kunnen er hoogstens "
            "{max_levels} als groep dienen. Voeg ze eerst samen tot minder categorieën (bijvoorbeeld "
            "per wijk in plaats van per adres), of geef max_levels={k} mee als u ze echt allemaal wilt gebruiken.",
        },
        "option": {
            "en": "{arg}={value!r} is not one of the choices {choices}.{hint}",
            "nl": "{arg}={value!r} is niet een van de keuzes {choices}.{hint}",
        },
        "fraction_percent": {
            "en": "{arg}={value!r} looks like a percentage; give it as a fraction, "
            "e.g. {arg}={frac}.",
            "nl": "{arg}={value!r} lijkt een percentage; geef het als fractie, "
            "bijvoorbeeld {arg}={frac}.",
        },
        "fraction": {
            "en": "{arg}={value!r} must be a number strictly between 0 and 1, e.g. 0.95.",
            "nl": "{arg}={value!r} moet een getal zijn groter dan 0 en kleiner dan 1, "
            "bijvoorbeeld 0,95 (in Python: 0.95).",
        },
        "same_column": {
            "en": "{arg}={col!r} is the same column as {other}; a variable cannot be compared "
            "with or adjusted for itself. Choose a different column.",
            "nl": "{arg}={col!r} is dezelfde kolom als {other}; een variabele kan niet met "
            "zichzelf vergeleken of voor zichzelf gecorrigeerd worden. Kies een andere kolom.",
        },
        "random_state": {
            "en": "random_state={value!r} must be a whole number (a seed, e.g. 42), a numpy "
            "Generator, or None (the package's fixed default seed).",
            "nl": "random_state={value!r} moet een geheel getal zijn (een seed, bijvoorbeeld 42), "
            "een numpy Generator, of None (de vaste standaard-seed van het pakket).",
        },
        "type_a": {"en": "a {name}", "nl": "een {name}"},
        "type_an": {"en": "an {name}", "nl": "een {name}"},
        "n_missing": {
            "en": ("{n} missing value", "{n} missing values"),
            "nl": ("{n} ontbrekende waarde", "{n} ontbrekende waarden"),
        },
        "n_infinite": {
            "en": ("{n} infinite value", "{n} infinite values"),
            "nl": ("{n} oneindige waarde", "{n} oneindige waarden"),
        },
        "n_rows": {"en": ("{n} row", "{n} rows"), "nl": ("{n} rij", "{n} rijen")},
        "whole": {
            "en": "{arg}={value!r} must be a whole number{range}; got {typ}. {why}Pass e.g. "
            "{arg}={example}.",
            "nl": "{arg}={value!r} moet een geheel getal zijn{range}; het is {typ}. {why}Geef "
            "bijvoorbeeld {arg}={example} mee.",
        },
        "number": {
            "en": "{arg}={value!r} must be a number{range}; got {typ}. {why}Pass e.g. "
            "{arg}={example}.",
            "nl": "{arg}={value!r} moet een getal zijn{range}; het is {typ}. {why}Geef "
            "bijvoorbeeld {arg}={example} mee.",
        },
        "range_at_least": {"en": " of at least {low}", "nl": " van minstens {low}"},
        "range_at_most": {"en": " of at most {high}", "nl": " van hoogstens {high}"},
        "range_between": {
            "en": " from {low} to {high}",
            "nl": " van {low} tot en met {high}",
        },
        "range_above": {"en": " above {low}", "nl": " groter dan {low}"},
        "range_strictly_between": {
            "en": " strictly between {low} and {high}",
            "nl": " tussen {low} en {high} (de grenzen zelf niet)",
        },
        "why_min_cell_size": {
            "en": "It is the smallest number of people a published cell may describe (the "
            "brief's rule is 15). ",
            "nl": "Het is het kleinste aantal personen dat een gepubliceerde cel mag beschrijven "
            "(de regel uit de brief is 15). ",
        },
        "columns_type": {
            "en": "{arg} must be a column name or a list of column names; got {typ}. Pass e.g. "
            "{arg}=['{example}'].",
            "nl": "{arg} moet een kolomnaam of een lijst van kolomnamen zijn; het is {typ}. Geef "
            "bijvoorbeeld {arg}=['{example}'] mee.",
        },
        "columns_empty": {
            "en": "{arg} is empty, so there is nothing to use. Name at least one column, e.g. "
            "{arg}=['{example}'].",
            "nl": "{arg} is leeg, dus er valt niets te gebruiken. Noem minstens één kolom, "
            "bijvoorbeeld {arg}=['{example}'].",
        },
        "columns_repeated": {
            "en": "{arg} names {col!r} more than once; each column can be used once. Remove the "
            "repeat.",
            "nl": "{arg} noemt {col!r} meer dan eens; elke kolom kan maar één keer meedoen. Haal "
            "de herhaling weg.",
        },
        "deprecated_alias": {
            "en": "{old}= is the old name of {new}= and will be removed; the package uses one "
            "name for the minimum cell size everywhere. Write {new}={value!r}.",
            "nl": "{old}= is de oude naam van {new}= en verdwijnt; het pakket gebruikt overal "
            "één naam voor de minimale celgrootte. Schrijf {new}={value!r}.",
        },
        "alias_conflict": {
            "en": "Both {new}={new_value!r} and its old name {old}={old_value!r} were given, so "
            "it is unclear which one counts. Give only {new}=.",
            "nl": "Zowel {new}={new_value!r} als de oude naam {old}={old_value!r} is meegegeven, "
            "dus het is onduidelijk welke telt. Geef alleen {new}= mee.",
        },
        "duplicate_columns": {
            "en": "The data have duplicated column names {names}; rename them so each column "
            "can be addressed by its name.",
            "nl": "De data hebben dubbele kolomnamen {names}; geef ze een eigen naam zodat elke "
            "kolom aan te wijzen is.",
        },
    },
)


def _typename(value: Any) -> Text:
    """``a dict`` / ``een dict``, ``an int`` / ``een int``: the type of a value, for messages."""
    name = f"{type(value).__module__.split('.')[0]}.{type(value).__name__}".replace("builtins.", "")
    return MSG("type_an" if name[0].lower() in "aeiou" else "type_a", name=name)


def check_dataframe(
    data: Any, *, arg: str = "data", min_rows: int = 1, purpose: str | None = None
) -> pd.DataFrame:
    """Check that ``data`` is a DataFrame with at least ``min_rows`` rows and return it.

    The DataFrame is returned as it is (not copied); functions select the columns they need into
    new objects and never write to it.
    """
    if isinstance(data, pd.Series):
        raise NotADataFrameError(MSG("series_not_frame", arg=arg, col=data.name or "column"))
    if not isinstance(data, pd.DataFrame):
        raise NotADataFrameError(MSG("not_frame", arg=arg, typ=_typename(data)))
    dupes = data.columns[data.columns.duplicated()].unique().tolist()
    if dupes:
        raise InvalidOptionError(MSG("duplicate_columns", names=dupes))
    if len(data) < min_rows:
        raise TooFewRowsError(
            MSG(
                "too_few_rows",
                arg=arg,
                rows=MSG("n_rows", n=len(data)),
                min_rows=min_rows,
                purpose=purpose or "this analysis",
            )
        )
    return data


def check_column_name(data: pd.DataFrame, column: Any, *, arg: str) -> Hashable:
    """Check that ``column`` names a column of ``data``; suggest the nearest name if not."""
    if isinstance(column, (list, tuple, set, pd.Series, pd.Index, np.ndarray)):
        raise ColumnTypeError(MSG("column_name_type", arg=arg, typ=_typename(column)))
    if column in data.columns:
        return column
    names = [str(c) for c in data.columns]
    hint = ""
    text = str(column)
    lowered = {name.lower(): name for name in names}
    if text.lower() in lowered:
        hint = MSG("did_you_mean", name=lowered[text.lower()])
    else:
        close = difflib.get_close_matches(text, names, n=1, cutoff=0.6)
        if close:
            hint = MSG("did_you_mean", name=close[0])
    shown = ", ".join(repr(n) for n in names[:30]) + (" ..." if len(names) > 30 else "")
    raise ColumnNotFoundError(MSG("not_a_column", arg=arg, value=column, hint=hint, columns=shown))


def check_column(
    data: pd.DataFrame,
    column: Any,
    *,
    arg: str,
    kind: Literal["numeric", "binary", "category", "any"] = "any",
    allow_missing: bool = False,
    max_levels: int | None = None,
    allow_constant: bool = False,
) -> pd.Series:
    """Check one column for its role and return it as a new Series.

    Parameters
    ----------
    kind : {"numeric", "binary", "category", "any"}
        ``numeric``: numbers (booleans count as 0/1), no infinities; returned as float.
        ``binary``: exactly the values 0/1 or False/True; returned as float 0.0/1.0.
        ``category``: any values, used as groups; at most ``max_levels`` distinct values.
    allow_missing : bool
        If False, missing values raise :class:`MissingValuesError` (never dropped silently).
    allow_constant : bool
        If False, a column with a single value raises :class:`ConstantColumnError`.
    """
    name = check_column_name(data, column, arg=arg)
    series = data[name]
    n_missing = int(series.isna().sum())
    if n_missing and not allow_missing:
        raise MissingValuesError(
            MSG(
                "missing",
                arg=arg,
                col=name,
                missing=MSG("n_missing", n=n_missing),
                rows=MSG("n_rows", n=len(series)),
            )
        )
    present = series.dropna()
    if kind == "numeric":
        series = _as_numeric(series, arg=arg, name=name)
        n_inf = int(np.isinf(series.to_numpy(dtype=float, na_value=np.nan)).sum())
        if n_inf:
            raise MissingValuesError(
                MSG("infinite", arg=arg, col=name, infinite=MSG("n_infinite", n=n_inf))
            )
    elif kind == "binary":
        series = _as_binary(series, arg=arg, name=name)
    elif kind == "category":
        k = present.nunique()
        if max_levels is not None and k > max_levels:
            raise InvalidOptionError(
                MSG("too_many_levels", arg=arg, col=name, k=k, max_levels=max_levels)
            )
        series = series.copy()
    else:
        series = series.copy()
    if not allow_constant and present.nunique() < 2:
        value = present.iloc[0] if len(present) else None
        raise ConstantColumnError(MSG("constant", arg=arg, col=name, value=value))
    return series


def _as_numeric(series: pd.Series, *, arg: str, name: Hashable) -> pd.Series:
    if pd.api.types.is_bool_dtype(series):
        return series.astype(float)
    if pd.api.types.is_numeric_dtype(series):
        return series.astype(float)
    present = series.dropna()
    example = present.iloc[0] if len(present) else None
    raise ColumnTypeError(
        MSG(
            "not_numeric",
            arg=arg,
            col=name,
            dtype=str(series.dtype),
            example=example,
            fix=MSG("numeric_fix_text", col=name),
        )
    )


def _as_binary(series: pd.Series, *, arg: str, name: Hashable) -> pd.Series:
    present = series.dropna()
    values = sorted(pd.unique(present).tolist(), key=str)
    if pd.api.types.is_bool_dtype(series) or (
        pd.api.types.is_numeric_dtype(series) and set(values) <= {0, 1}
    ):
        return series.astype(float)
    shown = values[:6] + (["..."] if len(values) > 6 else [])
    fix = (
        MSG("binary_fix_text", col=name, level=values[-1])
        if len(values) == 2
        else MSG("binary_fix_many")
    )
    raise ColumnTypeError(MSG("not_binary", arg=arg, col=name, values=shown, fix=fix))


def check_distinct(columns: Sequence[tuple[str, Hashable]]) -> None:
    """Raise :class:`CollinearityError` if two roles name the same column."""
    seen: dict[Hashable, str] = {}
    for arg, col in columns:
        if col in seen:
            raise CollinearityError(MSG("same_column", arg=arg, col=col, other=seen[col]))
        seen[col] = arg


def check_option(value: Any, *, arg: str, options: Iterable[Any]) -> Any:
    """Check that ``value`` is one of ``options`` and return it (case-insensitive for text)."""
    choices = list(options)
    if value in choices:
        return value
    if isinstance(value, str):
        for choice in choices:
            if isinstance(choice, str) and choice.lower() == value.strip().lower():
                return choice
    hint = ""
    close = difflib.get_close_matches(str(value), [str(c) for c in choices], n=1, cutoff=0.5)
    if close:
        hint = MSG("did_you_mean", name=close[0])
    raise InvalidOptionError(MSG("option", arg=arg, value=value, choices=choices, hint=hint))


def check_fraction(value: Any, *, arg: str = "conf_level") -> float:
    """Check a fraction strictly between 0 and 1 (``conf_level=95`` gets "use 0.95")."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.number)):
        raise InvalidOptionError(MSG("fraction", arg=arg, value=value))
    x = float(value)
    if 1 < x < 100:
        raise InvalidOptionError(MSG("fraction_percent", arg=arg, value=value, frac=x / 100))
    if not 0 < x < 1:
        raise InvalidOptionError(MSG("fraction", arg=arg, value=value))
    return x


def check_random_state(random_state: Any) -> np.random.Generator:
    """Return a NumPy Generator from a seed (int), a Generator, or None (a fixed default seed).

    ``None`` gives the package's default seed 20141 rather than fresh entropy, so results are
    reproducible unless the caller asks otherwise by passing their own Generator.
    """
    if isinstance(random_state, np.random.Generator):
        return random_state
    if random_state is None:
        return np.random.default_rng(20141)
    if isinstance(random_state, (int, np.integer)) and not isinstance(random_state, bool):
        return np.random.default_rng(int(random_state))
    raise InvalidOptionError(MSG("random_state", value=random_state))


# ------------------------------------------------------------------------------------------------
# Declarative rules for single arguments
# ------------------------------------------------------------------------------------------------


def _range_text(low: Any, high: Any, closed: str) -> Text | str:
    if low is not None and high is not None:
        key = "range_between" if closed == "both" else "range_strictly_between"
        return MSG(key, low=low, high=high)
    if low is not None:
        return MSG("range_at_least" if closed in ("both", "left") else "range_above", low=low)
    if high is not None:
        return MSG("range_at_most", high=high)
    return ""


class Rule:
    """An allowed set of values for one argument; calling it checks a value and returns it."""

    def __call__(self, value: Any, *, arg: str) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError


@dataclass(frozen=True)
class Whole(Rule):
    """A whole number (``int`` or a numpy integer, not ``bool``) from ``low`` to ``high``."""

    low: int | None = None
    high: int | None = None
    why: str = ""

    def __call__(self, value: Any, *, arg: str) -> int:
        return check_whole(value, arg=arg, low=self.low, high=self.high, why=self.why)


@dataclass(frozen=True)
class Number(Rule):
    """A real number (not ``bool``, not NaN) in a range; ``closed`` says which ends count."""

    low: float | None = None
    high: float | None = None
    closed: Literal["both", "left", "right", "neither"] = "both"
    why: str = ""

    def __call__(self, value: Any, *, arg: str) -> float:
        return check_number(
            value, arg=arg, low=self.low, high=self.high, closed=self.closed, why=self.why
        )


@dataclass(frozen=True)
class Fraction(Rule):
    """A fraction strictly between 0 and 1 (``conf_level=95`` gets "use 0.95")."""

    def __call__(self, value: Any, *, arg: str) -> float:
        return check_fraction(value, arg=arg)


@dataclass(frozen=True)
class OneOf(Rule):
    """One of a fixed set of choices (case-insensitive for text)."""

    options: tuple[Any, ...]

    def __call__(self, value: Any, *, arg: str) -> Any:
        return check_option(value, arg=arg, options=self.options)


@dataclass(frozen=True)
class Optional(Rule):
    """``None`` or a value passing ``rule``."""

    rule: Rule

    def __call__(self, value: Any, *, arg: str) -> Any:
        return None if value is None else self.rule(value, arg=arg)


def check_params(values: Mapping[str, Any], rules: Mapping[str, Rule]) -> dict[str, Any]:
    """Check each named value against its rule; return the cleaned values in the same order.

    Examples
    --------
    >>> check_params({"n_boot": 200, "conf_level": 0.9},
    ...              {"n_boot": Whole(low=100), "conf_level": Fraction()})
    {'n_boot': 200, 'conf_level': 0.9}
    """
    return {name: rules[name](value, arg=name) for name, value in values.items()}


def check_whole(
    value: Any, *, arg: str, low: int | None = None, high: int | None = None, why: str = ""
) -> int:
    """Check a whole number (``int`` or numpy integer; not ``bool`` or ``2.0``) in a range."""
    ok = isinstance(value, numbers.Integral) and not isinstance(value, (bool, np.bool_))
    if ok and (low is None or value >= low) and (high is None or value <= high):
        return int(value)
    example = low if low is not None else (high if high is not None else 1)
    raise InvalidOptionError(
        MSG(
            "whole",
            arg=arg,
            value=value,
            range=_range_text(low, high, "both"),
            typ=_typename(value),
            why=why,
            example=example,
        )
    )


def check_number(
    value: Any,
    *,
    arg: str,
    low: float | None = None,
    high: float | None = None,
    closed: Literal["both", "left", "right", "neither"] = "both",
    why: str = "",
) -> float:
    """Check a real number (not ``bool``, not NaN) in a range and return it as ``float``."""
    ok = isinstance(value, numbers.Real) and not isinstance(value, (bool, np.bool_))
    if ok and not np.isnan(float(value)):
        x = float(value)
        low_ok = low is None or (x >= low if closed in ("both", "left") else x > low)
        high_ok = high is None or (x <= high if closed in ("both", "right") else x < high)
        if low_ok and high_ok:
            return x
    if low is not None and high is not None:
        example = (low + high) / 2
    else:
        example = low if low is not None else (high if high is not None else 1)
    raise InvalidOptionError(
        MSG(
            "number",
            arg=arg,
            value=value,
            range=_range_text(low, high, closed),
            typ=_typename(value),
            why=why,
            example=example,
        )
    )


def check_min_cell_size(value: Any, *, arg: str = "min_cell_size", low: int = 1) -> int:
    """The minimum cell size: ``None`` gives ``ca.get_option("min_cell_size")``."""
    if value is None:
        from ._config import get_option

        return int(get_option("min_cell_size"))
    return check_whole(value, arg=arg, low=low, why=MSG("why_min_cell_size"))


def renamed_argument(new_value: Any, old_value: Any, *, new: str, old: str) -> Any:
    """Accept a deprecated keyword ``old`` as an alias of ``new`` with a warning.

    The package uses one name per concept (``min_cell_size`` for the minimum cell size); a
    public keyword that had another name keeps working for now but says what to write.
    """
    from ._exceptions import DeprecatedArgumentWarning

    if old_value is None:
        return new_value
    if new_value is not None:
        raise InvalidOptionError(
            MSG("alias_conflict", new=new, old=old, new_value=new_value, old_value=old_value)
        )
    warnings.warn(
        MSG("deprecated_alias", new=new, old=old, value=old_value),
        DeprecatedArgumentWarning,
        stacklevel=3,
    )
    return old_value


def check_columns(
    data: pd.DataFrame,
    columns: Any,
    *,
    arg: str,
    allow_empty: bool = False,
) -> list[Hashable]:
    """Check a list of column names (a single name counts as a list of one); return the list.

    Each name must be a column of ``data`` (a misspelt one gets a suggestion) and appear once.
    """
    example = str(data.columns[0]) if len(data.columns) else "column"
    if columns is None:
        columns = []
    if isinstance(columns, (str, bytes)) or not isinstance(columns, Iterable):
        if not isinstance(columns, Hashable):
            raise ColumnTypeError(
                MSG("columns_type", arg=arg, typ=_typename(columns), example=example)
            )
        columns = [columns]
    elif isinstance(columns, (Mapping, pd.DataFrame)):
        raise ColumnTypeError(MSG("columns_type", arg=arg, typ=_typename(columns), example=example))
    names = list(columns)
    if not names and not allow_empty:
        raise InvalidOptionError(MSG("columns_empty", arg=arg, example=example))
    seen: set[Hashable] = set()
    for name in names:
        check_column_name(data, name, arg=arg)
        if name in seen:
            raise InvalidOptionError(MSG("columns_repeated", arg=arg, col=name))
        seen.add(name)
    return names
