"""Checks of exercises 08 (registers at full size: the checks run where the data are)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from .._text import Catalog
from . import checker, correct, not_yet, wrong
from ._common import find, interval

MSG = Catalog(
    "exercises_08",
    {
        "report": {
            "en": "the result of a confounder check",
            "nl": "de uitkomst van een controle op verstorende variabelen",
        },
        "goal_1": {
            "en": "Store the check of the benefit's association with absence reports, run on the parquet file, in it.",
            "nl": "Sla daarin de controle op van de samenhang tussen uitkering en verzuimmeldingen, uitgevoerd op het parquetbestand.",
        },
        "question_1": {
            "en": "`report` checks {exposure!r} against {outcome!r}; the question is whether the benefit (`benefit`) goes with more absence reports (`reports`).",
            "nl": "`report` controleert {exposure!r} tegen {outcome!r}; de vraag is of de uitkering (`benefit`) samengaat met meer verzuimmeldingen (`reports`).",
        },
        "pandas_1": {
            "en": "`report` was computed on rows in pandas: the file was read into memory first. At full size that is what runs out of memory; give the check the path itself, so the database reduces the rows where they lie.",
            "nl": "`report` is berekend op rijen in pandas: het bestand is eerst in het geheugen ingelezen. Op volle grootte loopt juist dat vast; geef de controle het pad zelf, dan brengt de database de rijen terug waar ze staan.",
        },
        "rows_1": {
            "en": "`report` rests on {n} rows, but the file has {m}: a filter or a sample was checked, and the check then speaks only for those rows.",
            "nl": "`report` berust op {n} rijen, maar het bestand heeft er {m}: er is een selectie of steekproef gecontroleerd, en de controle spreekt dan alleen voor die rijen.",
        },
        "year_1": {
            "en": "the school year is not among the variables held fixed. A whole-number column such as `year` is no reason to leave a candidate out: the engine groups it as it is.",
            "nl": "het schooljaar zit niet bij de gelijk gehouden variabelen. Een kolom met gehele getallen zoals `year` is geen reden om een kandidaat weg te laten: de engine groepeert hem zoals hij is.",
        },
        "district_1": {
            "en": "the district is not among the variables held fixed. Benefits and absence both differ by district; without holding it fixed you cannot tell whether the benefit's association is the district's.",
            "nl": "de wijk zit niet bij de gelijk gehouden variabelen. Uitkeringen en verzuim verschillen allebei per wijk; zonder de wijk gelijk te houden ziet u niet of de samenhang van de uitkering eigenlijk die van de wijk is.",
        },
        "ok_1": {
            "en": "crude {crude}; with {held} held fixed {adjusted}, computed by {engine}. Which candidate changed the estimate most?",
            "nl": "ruwe schatting {crude}; met {held} gelijk gehouden {adjusted}, berekend door {engine}. Welke kandidaat veranderde de schatting het meest?",
        },
        "suppression": {
            "en": "the result of ca.suppress_small_cells",
            "nl": "de uitkomst van ca.suppress_small_cells",
        },
        "goal_2": {
            "en": "Store the protected table of pupils with three or more absence reports in school year 2024, per district and school type, in it.",
            "nl": "Sla daarin de beveiligde tabel op van leerlingen met drie of meer verzuimmeldingen in schooljaar 2024, per wijk en schooltype.",
        },
        "rule_2": {
            "en": "`safe` publishes cells of {k} pupils or more, but the rule is fifteen: a smaller cell comes close to naming the pupils in it. Keep the package's rule.",
            "nl": "`safe` publiceert cellen vanaf {k} leerlingen, maar de regel is vijftien: een kleinere cel noemt de leerlingen erin bijna bij naam. Houd de regel van het pakket aan.",
        },
        "years_2": {
            "en": "the cells of `safe` count pupils over every school year ({got} in all), not in 2024 ({want}): the selection of the school year was left out.",
            "nl": "de cellen van `safe` tellen leerlingen over alle schooljaren ({got} in totaal), niet in 2024 ({want}): de selectie van het schooljaar is weggelaten.",
        },
        "cells_2": {
            "en": "the cells of `safe` add up to {got} pupils, but {want} pupils had three or more reports in 2024: the cells count something else, or other rows were selected (at least three reports, not more than three).",
            "nl": "de cellen van `safe` tellen op tot {got} leerlingen, maar {want} leerlingen hadden in 2024 drie of meer meldingen: de cellen tellen iets anders, of er zijn andere rijen geselecteerd (minstens drie meldingen, niet meer dan drie).",
        },
        "ok_2": {
            "en": "{hidden} of {n} cells hidden, {secondary} of them to protect others. Which district lost most of its detail?",
            "nl": "{hidden} van de {n} cellen verborgen, waarvan {secondary} om andere te beschermen. Welke wijk verloor de meeste details?",
        },
        "text": {"en": "text (a str)", "nl": "tekst (een str)"},
        "number": {"en": "a whole number (an int)", "nl": "een geheel getal (een int)"},
        "goal_3a": {
            "en": "Store in it the name of the engine that reduced the rows for `report`.",
            "nl": "Sla daarin de naam op van de engine die de rijen voor `report` heeft teruggebracht.",
        },
        "goal_3b": {
            "en": "Store in it how many groups of identical values were read into Python for `report`.",
            "nl": "Sla daarin op hoeveel groepen met identieke waarden voor `report` in Python zijn ingelezen.",
        },
        "python_3": {
            "en": "`engine` names {got!r}, but that is where the models were fitted, on the groups that came back. The rows were reduced before that, in the engine that holds the file: the last caveat of `report` names it.",
            "nl": "`engine` noemt {got!r}, maar daar zijn de modellen geschat, op de groepen die terugkwamen. De rijen zijn daarvóór teruggebracht, in de engine die het bestand leest: het laatste voorbehoud van `report` noemt hem.",
        },
        "engine_3": {
            "en": "`engine` names {got!r}, but `report` does not say it was computed there. Read the last caveat of `report`.",
            "nl": "`engine` noemt {got!r}, maar volgens `report` is het daar niet berekend. Lees het laatste voorbehoud van `report`.",
        },
        "rows_3": {
            "en": "`groups_read` is {got}, the number of rows in the file. Those rows never left the engine; what crossed into Python is far smaller.",
            "nl": "`groups_read` is {got}, het aantal rijen in het bestand. Die rijen hebben de engine nooit verlaten; wat in Python is ingelezen, is veel kleiner.",
        },
        "groups_3": {
            "en": "`groups_read` is {got}, but `report` says {want} groups were read into Python. Read the last caveat of `report` again.",
            "nl": "`groups_read` is {got}, maar volgens `report` zijn er {want} groepen in Python ingelezen. Lees het laatste voorbehoud van `report` nog eens.",
        },
        "no_report_3": {
            "en": "there is no `report` from exercise 1 yet; do that one first.",
            "nl": "er is nog geen `report` uit oefening 1; maak die eerst.",
        },
        "ok_3": {
            "en": "{rows} rows reduced by {engine} to {groups} groups. What would reading all the rows into pandas have cost?",
            "nl": "{rows} rijen door {engine} teruggebracht tot {groups} groepen. Wat had het gekost om alle rijen in pandas in te lezen?",
        },
    },
)

#: Engines a learner might name, as the package names them.
_ENGINES = ("DuckDB", "polars", "pyarrow", "Spark", "PostgreSQL", "SQL Server")


def _file_rows(ns: Mapping[str, Any]) -> int | None:
    """Rows of the exercise's parquet file (``path``), counted by DuckDB, or None."""
    path = ns.get("path")
    if path is None or not os.path.exists(os.fspath(path)):
        return None
    import duckdb

    return int(duckdb.sql(f"SELECT count(*) FROM '{os.fspath(path)}'").fetchall()[0][0])


def _engine_of(report: Any) -> str:
    """The engine named in the report's method ("aggregated by DuckDB ..."), or "pandas"."""
    text = str(report.method)
    for name in _ENGINES:
        if name in text:
            return name
    return "pandas"


def _groups_read(report: Any) -> int | None:
    """The number of groups read into Python, from the report's engine caveat."""
    for caveat in report.caveats:
        if getattr(caveat, "key", "") == "engines:computed_by":
            return int(caveat._fields["n"])
    return None


@checker("08.1")
def _full_size_check(ns):
    report, problem = find(ns, "report", ("ConfounderReport",), MSG("goal_1"), MSG("report"))
    if problem:
        return not_yet(problem)
    if report.exposure != "benefit" or report.outcome != "reports":
        return wrong(MSG("question_1", exposure=report.exposure, outcome=report.outcome))
    if _engine_of(report) == "pandas":
        return wrong(MSG("pandas_1"))
    rows = _file_rows(ns)
    if rows is not None and int(report.n_rows) != rows:
        return wrong(MSG("rows_1", n=int(report.n_rows), m=rows))
    held = list(report.candidates_used)
    if "district" not in held:
        return wrong(MSG("district_1"))
    if "year" not in held:
        return wrong(MSG("year_1"))
    return correct(
        MSG(
            "ok_1",
            crude=interval(report.crude),
            held=", ".join(held),
            adjusted=interval(report.adjusted),
            engine=_engine_of(report),
        )
    )


def _pupils_2024(path: Any, *, every_year: bool = False) -> int:
    import duckdb

    year = "" if every_year else "year = 2024 AND "
    # Pupils per cell, added up (a pupil counted in two cells over the years counts twice).
    query = (
        "SELECT sum(n) FROM (SELECT count(DISTINCT pupil) AS n "
        f"FROM '{os.fspath(path)}' WHERE {year}reports >= 3 GROUP BY district, school_type)"
    )
    return int(duckdb.sql(query).fetchall()[0][0])


@checker("08.2")
def _published(ns):
    safe, problem = find(ns, "safe", ("SuppressionResult",), MSG("goal_2"), MSG("suppression"))
    if problem:
        return not_yet(problem)
    if int(safe.min_count) < 15:
        return wrong(MSG("rule_2", k=int(safe.min_count)))
    got = round(float(safe.counts.to_numpy().sum()))
    path = ns.get("path")
    if path is not None and os.path.exists(os.fspath(path)):
        want = _pupils_2024(path)
        if got != want:
            if got == _pupils_2024(path, every_year=True):
                return wrong(MSG("years_2", got=got, want=want))
            return wrong(MSG("cells_2", got=got, want=want))
    return correct(
        MSG(
            "ok_2",
            hidden=int(safe.n_hidden),
            n=int(safe.n_cells),
            secondary=int(safe.n_secondary),
        )
    )


@checker("08.3")
def _which_engine(ns):
    name, problem = find(ns, "engine", ("str",), MSG("goal_3a"), MSG("text"))
    if problem:
        return not_yet(problem)
    groups, problem = find(ns, "groups_read", ("int", "int64"), MSG("goal_3b"), MSG("number"))
    if problem:
        return not_yet(problem)
    report = ns.get("report")
    if report is None or type(report).__name__ != "ConfounderReport":
        return not_yet(MSG("no_report_3"))
    said = _engine_of(report)
    if name.strip().lower() in ("python", "pandas", "statsmodels", "numpy", "scipy"):
        return wrong(MSG("python_3", got=name))
    if not name.strip() or said.lower() not in name.lower():
        return wrong(MSG("engine_3", got=name))
    want = _groups_read(report)
    if int(groups) == int(report.n_rows) and want != int(report.n_rows):
        return wrong(MSG("rows_3", got=int(groups)))
    if want is not None and int(groups) != want:
        return wrong(MSG("groups_3", got=int(groups), want=want))
    return correct(MSG("ok_3", rows=int(report.n_rows), engine=said, groups=int(groups)))
