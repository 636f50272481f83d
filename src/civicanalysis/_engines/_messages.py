"""Messages of the engine layer, in English and Dutch."""

from __future__ import annotations

from .._text import Catalog

MSG = Catalog(
    "engines",
    {
        "computed_by": {
            "en": (
                "Computed by {engine}: {rows} rows were reduced in the engine to {n} group of "
                "identical values; only that group was read into Python.",
                "Computed by {engine}: {rows} rows were reduced in the engine to {n} groups of "
                "identical values; only those groups were read into Python.",
            ),
            "nl": (
                "Berekend door {engine}: {rows} rijen zijn in de engine teruggebracht tot {n} groep "
                "met identieke waarden; alleen die groep is in Python ingelezen.",
                "Berekend door {engine}: {rows} rijen zijn in de engine teruggebracht tot {n} groepen "
                "met identieke waarden; alleen die groepen zijn in Python ingelezen.",
            ),
        },
        "method_engine": {
            "en": "aggregated by {engine} ({rows} rows)",
            "nl": "geaggregeerd door {engine} ({rows} rijen)",
        },
        "too_many_cells": {
            "en": (
                "Reducing the {rows} rows to groups of identical values of {columns} leaves more "
                "than {limit} groups, too many to read into Python, because {col!r} has "
                "{distinct} different values. Bin {col!r} in the database (for example into years, "
                "bands or deciles) or analyse a random sample of the rows."
            ),
            "nl": (
                "Als de {rows} rijen worden teruggebracht tot groepen met identieke waarden van "
                "{columns}, blijven er meer dan {limit} groepen over, te veel om in Python in te "
                "lezen, omdat {col!r} {distinct} verschillende waarden heeft. Deel {col!r} in de "
                "database in klassen in (bijvoorbeeld jaren, banden of decielen) of analyseer een "
                "aselecte steekproef van de rijen."
            ),
        },
        "glm_hint": {
            "en": (
                "A logistic or Poisson model groups the rows by the outcome's values and by every "
                "text or category column (a number column with many values is taken as it is, "
                "by passes over the rows in the database); a linear model "
                "(outcome_type='continuous') also takes an outcome with many values as it is."
            ),
            "nl": (
                "Een logistisch of Poisson-model groepeert de rijen naar de waarden van de uitkomst "
                "en naar elke kolom met tekst of categorieën (een getalkolom met veel waarden wordt "
                "genomen zoals hij is, via rondes over de rijen in de database); een lineair model "
                "(outcome_type='continuous') neemt ook een uitkomst met veel waarden zoals die is."
            ),
        },
        "scan_needs_rows": {
            "en": (
                "candidates=None scans every column of the data, which needs the rows in memory; "
                "data here is a {engine} table. Name the candidates to check, e.g. "
                "candidates=['on_square', 'year'], and the check runs inside {engine}."
            ),
            "nl": (
                "candidates=None bekijkt elke kolom van de data, en daarvoor moeten de rijen in het "
                "geheugen staan; de data zijn hier een tabel in {engine}. Noem de kandidaten die u "
                "wilt controleren, bijvoorbeeld candidates=['on_square', 'year'], dan loopt de "
                "controle binnen {engine}."
            ),
        },
        "needs_rows": {
            "en": (
                "{what} needs every row in memory (an order statistic or resampling), which an "
                "engine cannot aggregate exactly; data here is a {engine} table. Use {fix}, or read "
                "a sample of the rows into pandas first."
            ),
            "nl": (
                "{what} heeft elke rij in het geheugen nodig (een rangorde of herbemonstering), en "
                "dat kan een engine niet exact aggregeren; de data zijn hier een tabel in {engine}. "
                "Gebruik {fix}, of lees eerst een steekproef van de rijen in pandas in."
            ),
        },
        "bad_path": {
            "en": (
                "data={path!r} is a path, but not to a parquet or CSV file (the name must end in "
                ".parquet, .csv, .csv.gz or .tsv){exists}. Pass the path of such a file, or a "
                "DataFrame."
            ),
            "nl": (
                "data={path!r} is een pad, maar niet naar een parquet- of CSV-bestand (de naam moet "
                "eindigen op .parquet, .csv, .csv.gz of .tsv){exists}. Geef het pad van zo'n "
                "bestand, of een DataFrame."
            ),
        },
        "not_found": {"en": " and it does not exist", "nl": " en het bestaat niet"},
    },
)
