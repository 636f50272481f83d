"""A reviewer for analyses in notebooks: read a notebook (never run it) and report problems.

For the research department (afdeling Onderzoek) checking a notebook someone else made: "Are the
data reliable? Is the analysis right? Does the hypothesis stand, or is something else going on?"
The reviewer reads the ``.ipynb`` file with ``nbformat``, looks at the markdown, the code and the
saved outputs, and reports findings with a rule id, a severity, the cell (counting from 1), what it
found and what to do. It never executes code and never writes to the file.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pandas as pd

from ._config import get_option
from ._exceptions import InvalidOptionError, NotebookError
from ._results import ResultMixin
from ._text import Catalog, resolve_language
from .wording import find_causal_claims

MSG = Catalog(
    "review",
    {
        "title": {"en": "Review of {name}", "nl": "Beoordeling van {name}"},
        "not_found": {
            "en": "path={path!r} does not exist, so there is nothing to review. Check the file "
            "name and the folder you run the command from.",
            "nl": "path={path!r} bestaat niet, dus er valt niets te beoordelen. Controleer de "
            "bestandsnaam en de map van waaruit u de opdracht geeft.",
        },
        "is_dir": {
            "en": "path={path!r} is a folder, not a notebook. Give the notebook files, e.g. "
            "{path}/*.ipynb.",
            "nl": "path={path!r} is een map, geen notebook. Geef de notebookbestanden op, "
            "bijvoorbeeld {path}/*.ipynb.",
        },
        "too_big": {
            "en": "path={path!r} is {mb:.0f} MB, more than the {limit:.0f} MB the reviewer reads. "
            "A notebook this large almost always holds huge outputs: clear them (Jupyter: Edit > "
            "Clear outputs of all cells) and save the tables to files instead.",
            "nl": "path={path!r} is {mb:.0f} MB, meer dan de {limit:.0f} MB die de beoordelaar "
            "leest. Zo'n groot notebook bevat bijna altijd enorme uitvoer: wis die (Jupyter: Edit > "
            "Clear outputs of all cells) en bewaar de tabellen als bestand.",
        },
        "not_json": {
            "en": "path={path!r} is not a Jupyter notebook: it is not valid notebook JSON "
            "({detail}). The reviewer reads .ipynb files only; export scripts or documents to a "
            "notebook first.",
            "nl": "path={path!r} is geen Jupyter-notebook: het is geen geldige notebook-JSON "
            "({detail}). De beoordelaar leest alleen .ipynb-bestanden; zet scripts of documenten "
            "eerst om naar een notebook.",
        },
        "not_notebook": {
            "en": "path={path!r} is JSON but not a Jupyter notebook (it has no 'cells' list and "
            "no 'nbformat' number). The reviewer reads .ipynb files only.",
            "nl": "path={path!r} is JSON maar geen Jupyter-notebook (er is geen lijst 'cells' en "
            "geen 'nbformat'-nummer). De beoordelaar leest alleen .ipynb-bestanden.",
        },
        "old_format": {
            "en": "path={path!r} is in notebook format {version}, older than the format 4 the "
            "reviewer reads (its cells are stored differently). Open and save it in a current "
            "Jupyter, or convert it: jupyter nbconvert --to notebook --nbformat 4 {path}.",
            "nl": "path={path!r} heeft notebookformaat {version}, ouder dan formaat 4 dat de "
            "beoordelaar leest (de cellen zijn anders opgeslagen). Open en bewaar het in een "
            "actuele Jupyter, of zet het om: jupyter nbconvert --to notebook --nbformat 4 {path}.",
        },
        "invalid": {
            "en": "path={path!r} looks like a notebook but is damaged: {detail}. Open it in "
            "Jupyter to repair it, or ask the author for a fresh copy.",
            "nl": "path={path!r} lijkt een notebook maar is beschadigd: {detail}. Open het in "
            "Jupyter om het te herstellen, of vraag de auteur om een nieuw exemplaar.",
        },
        "empty": {
            "en": "path={path!r} has no cells with content, so there is nothing to review. Check "
            "that you have the right file (perhaps it was saved before the work was added).",
            "nl": "path={path!r} heeft geen cellen met inhoud, dus er valt niets te beoordelen. "
            "Controleer of u het goede bestand hebt (misschien is het bewaard voordat het werk "
            "erin stond).",
        },
        "bad_rules": {
            "en": "rules={value!r} names unknown rule(s) {unknown}; the rules are {rules}.",
            "nl": "rules={value!r} noemt onbekende regel(s) {unknown}; de regels zijn {rules}.",
        },
        "bad_min_cell": {
            "en": "min_cell_size={value!r} must be a whole number of at least 1 (the brief's "
            "publication rule is 15); leave it out to use ca.get_option('min_cell_size').",
            "nl": "min_cell_size={value!r} moet een geheel getal van minstens 1 zijn (de "
            "publicatieregel uit de brief is 15); laat het weg om "
            "ca.get_option('min_cell_size') te gebruiken.",
        },
        # Findings: text and advice per rule.
        "causal_text": {
            "en": "Causal wording {phrase!r}: {sentence!r}",
            "nl": "Oorzakelijke formulering {phrase!r}: {sentence!r}",
        },
        "causal_advice": {
            "en": "An association in observational data does not show a cause. Write, for "
            "example: {suggestion!r}; or state it as a hypothesis and test it (ca.Hypothesis).",
            "nl": "Een samenhang in observationele data laat geen oorzaak zien. Schrijf "
            "bijvoorbeeld: {suggestion!r}; of formuleer het als hypothese en toets die "
            "(ca.Hypothesis).",
        },
        "small_text": {
            "en": "Displayed table has {k} count(s) below {limit}: {examples}",
            "nl": "Getoonde tabel heeft {k} aantal(len) onder {limit}: {examples}",
        },
        "small_advice": {
            "en": "Counts below {limit} can identify people (disclosure risk). Merge categories, "
            "or show them as '<{limit}' (ca.suppress_small_cells) before the notebook is shared.",
            "nl": "Aantallen onder {limit} kunnen personen herkenbaar maken (onthullingsrisico). "
            "Voeg categorieën samen, of toon ze als '<{limit}' (ca.suppress_small_cells) voordat "
            "het notebook gedeeld wordt.",
        },
        "nounc_text_md": {
            "en": "Estimate stated without interval, margin or sample size: {sentence!r}",
            "nl": "Schatting genoemd zonder interval, marge of steekproefomvang: {sentence!r}",
        },
        "nounc_text_out": {
            "en": "Output shows {what} without an interval or group sizes: {snippet!r}",
            "nl": "Uitvoer toont {what} zonder interval of groepsgrootte: {snippet!r}",
        },
        "nounc_group_means": {"en": "group means", "nl": "groepsgemiddelden"},
        "nounc_number": {"en": "an estimate", "nl": "een schatting"},
        "nounc_advice": {
            "en": "A number without its uncertainty cannot be judged. Give the interval and the "
            "number of cases (ca.compare or ca.correlate do both), and say what it means.",
            "nl": "Een getal zonder onzekerheid valt niet te beoordelen. Geef het interval en het "
            "aantal gevallen (ca.compare of ca.correlate doen beide), en zeg wat het betekent.",
        },
        "subgroup_text": {
            "en": "Claim about a subgroup without a test of the difference between groups: "
            "{sentence!r}",
            "nl": "Bewering over een subgroep zonder toets van het verschil tussen groepen: "
            "{sentence!r}",
        },
        "subgroup_advice": {
            "en": "A difference that is 'clear' in one group and 'unclear' in another is not a "
            "difference between the groups. Test it (an interaction term, or ca.compare per "
            "group with both intervals side by side) before claiming it.",
            "nl": "Een verschil dat in de ene groep 'duidelijk' is en in de andere niet, is nog "
            "geen verschil tussen de groepen. Toets het (een interactieterm, of ca.compare per "
            "groep met beide intervallen naast elkaar) voordat u het beweert.",
        },
        "many_text": {
            "en": "{k} statistical tests in this notebook and no correction for multiple "
            "comparisons (this cell: {snippet!r})",
            "nl": "{k} statistische toetsen in dit notebook en geen correctie voor meervoudig "
            "toetsen (deze cel: {snippet!r})",
        },
        "many_loop_text": {
            "en": "Statistical tests run in a loop and no correction for multiple comparisons: "
            "{snippet!r}",
            "nl": "Statistische toetsen in een lus en geen correctie voor meervoudig toetsen: "
            "{snippet!r}",
        },
        "many_advice": {
            "en": "With many tests, some will look like differences by chance alone (1 in 20 at "
            "the 5% level). Correct for it (statsmodels multipletests, method='holm'), and report "
            "how many tests were run.",
            "nl": "Bij veel toetsen lijken sommige verschillen er puur door toeval (1 op 20 bij 5%). "
            "Corrigeer ervoor (statsmodels multipletests, method='holm') en meld hoeveel toetsen er "
            "zijn gedaan.",
        },
        "train_text": {
            "en": "Model fitted on {x!r} and evaluated on the same data: {snippet!r}",
            "nl": "Model gefit op {x!r} en beoordeeld op dezelfde data: {snippet!r}",
        },
        "train_advice": {
            "en": "A model scored on the data it learned from looks better than it is. Evaluate on "
            "data it has not seen (train_test_split or cross-validation).",
            "nl": "Een model dat beoordeeld wordt op de data waarvan het leerde, lijkt beter dan "
            "het is. Beoordeel het op data die het niet heeft gezien (train_test_split of "
            "kruisvalidatie).",
        },
        "dropna_text": {
            "en": "Rows with missing values dropped without saying how many: {snippet!r}",
            "nl": "Rijen met ontbrekende waarden weggelaten zonder te melden hoeveel: {snippet!r}",
        },
        "dropna_advice": {
            "en": "Dropping missing values can bias the result. Report how many rows were dropped "
            "and why (e.g. print(len(before) - len(after))), and think about who they are.",
            "nl": "Ontbrekende waarden weglaten kan de uitkomst vertekenen. Meld hoeveel rijen zijn "
            "weggelaten en waarom (bijvoorbeeld print(len(voor) - len(na))), en bedenk wie het "
            "zijn.",
        },
        "huge_text": {
            "en": "Output of {size} characters; the reviewer did not read it",
            "nl": "Uitvoer van {size} tekens; de beoordelaar heeft die niet gelezen",
        },
        "huge_advice": {
            "en": "Outputs this large cannot be reviewed (and may hold a whole data file, a "
            "disclosure risk). Show a summary or the first rows instead, and clear the output.",
            "nl": "Zulke grote uitvoer is niet te beoordelen (en kan een heel databestand "
            "bevatten, een onthullingsrisico). Toon een samenvatting of de eerste rijen, en wis "
            "de uitvoer.",
        },
        "lang_text_cell": {
            "en": "Text appears to be in {language}; the reviewer reads English and Dutch only",
            "nl": "De tekst lijkt {language}; de beoordelaar leest alleen Engels en Nederlands",
        },
        "lang_text_kernel": {
            "en": "The notebook's code is {language}; the code rules are written for Python",
            "nl": "De code van het notebook is {language}; de coderegels zijn geschreven voor "
            "Python",
        },
        "lang_advice": {
            "en": "The reviewer cannot check this part: review it by hand, or provide an English "
            "or Dutch (Python) version.",
            "nl": "De beoordelaar kan dit deel niet controleren: beoordeel het met de hand, of "
            "lever een Engelse of Nederlandse (Python-)versie.",
        },
        "lang_de": {"en": "German", "nl": "Duits"},
        "lang_fr": {"en": "French", "nl": "Frans"},
        "lang_es": {"en": "Spanish", "nl": "Spaans"},
        # Report sentences.
        "summary_none": {
            "en": "The reviewer read {cells} cells of {name} (without running them) and found "
            "nothing to report.",
            "nl": "De beoordelaar las {cells} cellen van {name} (zonder ze uit te voeren) en vond "
            "niets te melden.",
        },
        "summary": {
            "en": "The reviewer read {cells} cells of {name} (without running them) and found "
            "{n} finding(s): {errors} error(s) and {warnings} warning(s).",
            "nl": "De beoordelaar las {cells} cellen van {name} (zonder ze uit te voeren) en deed "
            "{n} bevinding(en): {errors} fout(en) en {warnings} waarschuwing(en).",
        },
        "by_rule": {"en": "By rule: {counts}.", "nl": "Per regel: {counts}."},
        "suppressed": {
            "en": "{k} finding(s) were not reported because the cell is tagged "
            "review-ignore:<rule> (a deliberate example).",
            "nl": "{k} bevinding(en) zijn niet gemeld omdat de cel de tag review-ignore:<regel> "
            "heeft (een bewust voorbeeld).",
        },
        "limits": {
            "en": "The rules are patterns, not judgement: a finding is a question for the author, "
            "and a notebook without findings is not proven sound. Output rules only see outputs "
            "that were saved with the notebook.",
            "nl": "De regels zijn patronen, geen oordeel: een bevinding is een vraag aan de auteur, "
            "en een notebook zonder bevindingen is daarmee niet bewezen goed. Regels over uitvoer "
            "zien alleen uitvoer die in het notebook is bewaard.",
        },
        "verdict_fail": {
            "en": "It does not pass: fix the errors (or tag a deliberate example) first.",
            "nl": "Het is niet goedgekeurd: los eerst de fouten op (of tag een bewust voorbeeld).",
        },
        "verdict_pass": {
            "en": "It passes (no errors).",
            "nl": "Het is goedgekeurd (geen fouten).",
        },
        "rung_review": {
            "en": "Technical test of an analysis: is the knowledge produced soundly?",
            "nl": "Technische toets van een analyse: is de kennis deugdelijk tot stand gekomen?",
        },
        "no_findings_md": {"en": "No findings.", "nl": "Geen bevindingen."},
        "plot_x": {"en": "number of findings", "nl": "aantal bevindingen"},
    },
)

#: Rule id → severity. ``error`` makes ``civicanalysis review`` exit with status 1.
RULES: dict[str, str] = {
    "causal-claim": "error",
    "small-cell": "error",
    "no-uncertainty": "warning",
    "subgroup-claim": "warning",
    "many-comparisons": "warning",
    "evaluated-on-training-data": "warning",
    "dropped-missing": "warning",
    "huge-output": "error",
    "unsupported-language": "error",
}
COLUMNS = ["rule", "severity", "cell", "text", "advice"]
MAX_FILE_MB = 200.0
MAX_OUTPUT_CHARS = 5_000_000
_SNIPPET = 120

# ---------------------------------------------------------------------------------------------
# Reading displayed tables. pandas.read_html needs lxml or BeautifulSoup, which are not
# dependencies; the DataFrame HTML that Jupyter saves is regular enough for the standard library
# parser, and the plain-text rendering is right-aligned in fixed columns.
# ---------------------------------------------------------------------------------------------
_COUNT_NAMES = re.compile(
    r"^(n|n_\w+|\w+_n|count|counts|\w+_count|size|freq|frequency|number|aantal|aantal_\w+|"
    r"frequentie|aantallen|personen|persons|people|inwoners)$",
    re.IGNORECASE,
)
_INT = re.compile(r"^-?\d{1,3}(?:[,.\u2009 ]?\d{3})*(?:\.0+)?$|^-?\d+(?:\.0+)?$")


# pandas writes every DataFrame table the same way, so regular expressions (run in C) read it
# about twenty times faster than html.parser; anything else in the HTML is ignored.
_TABLE_RE = re.compile(r"<table\b([^>]*)>(.*?)</table>", re.DOTALL | re.IGNORECASE)
_HEAD_RE = re.compile(r"<thead\b[^>]*>(.*?)</thead>", re.DOTALL | re.IGNORECASE)
_BODY_RE = re.compile(r"<tbody\b[^>]*>(.*?)</tbody>", re.DOTALL | re.IGNORECASE)
_ROW_RE = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.DOTALL | re.IGNORECASE)
_CELL_RE = re.compile(r"<(th|td)\b[^>]*>(.*?)</t[hd]>", re.DOTALL | re.IGNORECASE)
_TAG_RE = re.compile(r"<[^>]+>")
_COUNT_LABEL_RE = re.compile(
    r"<th\b[^>]*>\s*(?:n|count|counts|size|aantal|freq|frequency|number)\s*</th>", re.IGNORECASE
)


def _clean(text: str) -> str:
    if "<" in text:
        text = _TAG_RE.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


def _rows(fragment: str) -> list[list[tuple[str, str]]]:
    return [
        [(tag.lower(), _clean(text)) for tag, text in _CELL_RE.findall(row)]
        for row in _ROW_RE.findall(fragment)
    ]


def _html_tables(text: str) -> list[dict[str, Any]]:
    """The DataFrame tables of an HTML output as header rows and body rows of (tag, text)."""
    tables = []
    for attrs, inner in _TABLE_RE.findall(text):
        if "dataframe" not in attrs:
            continue
        head_match = _HEAD_RE.search(inner)
        body_match = _BODY_RE.search(inner)
        head = _rows(head_match.group(1)) if head_match else []
        body = body_match.group(1) if body_match else inner
        # Only a table with a count-named column or row, or a crosstab (two header rows), can
        # hold counts the rule looks at; skip the body of any other table unread.
        named = any(_COUNT_NAMES.match(v) for row in head[:1] for _, v in row)
        if not named and len(head) < 2 and not _COUNT_LABEL_RE.search(body):
            continue
        tables.append({"head": head, "body": _rows(body)})
    return tables


def _as_int(value: str) -> int | None:
    text = value.strip()
    if not text or not _INT.match(text):
        return None
    digits = re.sub(r"[,\u2009 ]", "", text.split(".")[0] if re.search(r"\.0+$", text) else text)
    digits = digits.replace(".", "")
    try:
        return int(digits)
    except ValueError:
        return None


def _small_in_grid(
    columns: list[str], rows: list[tuple[str, list[str]]], crosstab: bool, limit: int
) -> list[str]:
    """Small counts in a parsed table: in count-named columns or rows, or anywhere in a crosstab."""
    found = []
    count_cols = {j for j, c in enumerate(columns) if _COUNT_NAMES.match(c.strip())}
    for label, values in rows:
        label_is_count = bool(_COUNT_NAMES.match(label.strip().split(" ")[-1] or ""))
        for j, value in enumerate(values):
            if not (crosstab or j in count_cols or label_is_count):
                continue
            number = _as_int(value)
            if number is not None and 0 < number < limit:
                col = columns[j] if j < len(columns) else str(j)
                found.append(f"{label} / {col} = {number}")
    return found


def _small_in_html(text: str, limit: int) -> list[str]:
    found = []
    for table in _html_tables(text):
        if not table["body"]:
            continue
        head = table["head"]
        columns = [v for tag, v in head[0]] if head else []
        body = []
        for row in table["body"]:
            index = [v for tag, v in row if tag == "th"]
            values = [v for tag, v in row if tag == "td"]
            body.append((" ".join(index), values))
        n_index = sum(1 for tag, _ in table["body"][0] if tag == "th")
        columns = columns[n_index:] if len(columns) > n_index else columns
        # A crosstab: a second header row carries the index name(s) and every value is a count.
        all_int = all(_as_int(v) is not None for _, vals in body for v in vals) and any(
            vals for _, vals in body
        )
        crosstab = len(head) >= 2 and all_int and bool(head[0] and head[0][0][1])
        found += _small_in_grid(columns, body, crosstab, limit)
    return found


def _small_in_plain(text: str, limit: int) -> list[str]:
    """Small counts in a plain-text DataFrame or Series rendering."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return []
    last = lines[-1]
    series = re.match(r"^(?:Name: (?P<name>.*), )?(?:Length: \d+, )?dtype: (?P<dtype>\w+)$", last)
    if series:
        name = (series.group("name") or "").strip()
        if not series.group("dtype").startswith(("int", "uint")):
            return []
        if name and not _COUNT_NAMES.match(name):
            return []
        found = []
        for line in lines[1:-1]:
            parts = line.rsplit(None, 1)
            if len(parts) == 2:
                number = _as_int(parts[1])
                if number is not None and 0 < number < limit:
                    found.append(f"{parts[0].strip()} = {number}")
        return found
    # A DataFrame: columns are right-aligned, so a value ends where its header ends.
    header = lines[0]
    ends = [m.end() for m in re.finditer(r"\S+", header)]
    names = header.split()
    if len(ends) < 1 or len(lines) < 2:
        return []
    crosstab = False
    body_lines = lines[1:]
    if (
        body_lines
        and len(body_lines[0].split()) == 1
        and body_lines[0].startswith(body_lines[0].strip())
    ):
        # The second line holds the index name only. If the header line starts with a name too,
        # that is the columns' name: a crosstab or unstack, whose every value is a count.
        body_lines = body_lines[1:]
        if not header[:1].isspace():
            crosstab = True
            names, ends = names[1:], ends[1:]
    rows = []
    for line in body_lines:
        if line.startswith("[") and "rows x" in line:
            continue
        values, first = [], len(line)
        for end in ends:
            piece = re.search(r"(\S+)$", line[:end]) if end <= len(line) else None
            if piece and (end == len(line) or line[end] == " "):
                values.append(piece.group(1))
                first = min(first, piece.start(1))
            else:
                values.append("")
        rows.append((line[:first].strip(), values))
    if not rows or not names:
        return []
    if crosstab and not all(_as_int(v) is not None for _, vals in rows for v in vals):
        crosstab = False
    return _small_in_grid(names, rows, crosstab, limit)


# ---------------------------------------------------------------------------------------------
# Text rules
# ---------------------------------------------------------------------------------------------
_NUMBER_CLAIM = re.compile(
    r"(?i)(?:\b(?:higher|lower|more|less|fewer|larger|smaller|greater|increase[sd]?|decrease[sd]?|"
    r"difference|differs?|average|mean|rate|ratio|times|twice|double|correlation|effect|"
    r"hoger|lager|meer|minder|groter|kleiner|gestegen|gedaald|verschil|verschilt|gemiddeld|"
    r"gemiddelde|keer|twee keer|dubbel|correlatie|effect)\b[^.!?]*?\d|"
    r"\d+(?:[.,]\d+)?\s*(?:%|percent|procent|times|keer)\s*(?:more|less|higher|lower|meer|"
    r"minder|hoger|lager|as\s+(?:many|much|high)|zo(?:veel)?))"
)
_HAS_UNCERTAINTY = re.compile(
    r"(?i)interval|\bci\b|betrouwbaarheid|margin|marge|±|\+/-|\bn\s*=|\bn\b|\bsample|steekproef|"
    r"\bbetween\s+[−-]?\d[\d.,]*\s+and\s+[−-]?\d|\btussen\s+[−-]?\d[\d.,]*\s+en\s+[−-]?\d|"
    r"standard error|standaardfout|\bse\b|"
    r"\[[^\]]*[;,][^\]]*\]|\bof\s+\d[\d.,]*\s+(?:locations|people|cases|rows|pupils)|"
    r"\bop\s+\d[\d.,]*\s+(?:locaties|personen|gevallen|rijen|leerlingen)|"
    # A sample size given as a range: "(26 to 91 per cell)", "(26 tot 91 per cel)".
    r"\b\d[\d.,]*\s+(?:to|tot)\s+\d[\d.,]*\s+per\b"
)
_NOT_A_CLAIM_NUMBER = re.compile(
    r"(?i)\b(?:fewer|less|more|minder|meer|below|under|onder|at least|minstens|ten minste)\s+"
    r"(?:than\s+|dan\s+)?\d+\s+(?:pupils|people|persons|individuals|residents|cases|records|rows|"
    r"reports|observations|locations|leerlingen|personen|mensen|inwoners|gevallen|rijen|"
    r"meldingen|waarnemingen|locaties)\b|"
    r"\b(?:19|20)\d\d\b|\bseed\s*\d+|\bcell\s*\d+|\bcel\s*\d+|§|\bseed\b|\bnotebook\s*\d+|"
    r"\bstep\s*\d+|\bstap\s*\d+|\bexercise\s*\d+|\boefening\s*\d+|"
    r"\d+(?:[.,]\d+)?\s+(?:means|betekent)\b"
)
_SUBGROUP = re.compile(
    r"(?i)\b(?:only|especially|particularly|mainly|alleen|vooral|met name|juist)\b[^.!?]*"
    r"\b(?:for|among|in|bij|onder|in de)\b[^.!?]*\b(?:higher|lower|more|less|stronger|weaker|"
    r"larger|smaller|effect|difference|hoger|lager|meer|minder|sterker|zwakker|groter|kleiner|"
    r"effect|verschil)\b|"
    r"\b(?:for|among|bij|onder)\s+(?:boys|girls|men|women|young|older|jongens|meisjes|"
    r"mannen|vrouwen|jongeren|ouderen)\b[^.!?]*\b(?:but not|maar niet|not for|niet bij)\b"
)
_INTERACTION = re.compile(r"(?i)interaction|interactie|\*\s*\w+\s*['\"]|C\(\w+\)\s*:|~[^'\"]*\*")
_TEST_CALL = re.compile(
    r"\b(?:ttest_ind|ttest_rel|ttest_1samp|mannwhitneyu|wilcoxon|chi2_contingency|fisher_exact|"
    # ca.compare corrects for multiple comparisons itself unless told correction="none".
    r"pearsonr|spearmanr|kendalltau|f_oneway|kruskal|ks_2samp|ca\.correlate|"
    r"ca\.compare(?=\([^)]*correction\s*=\s*[\"']none)|"
    r"proportions_ztest|ttest_ind_from_stats)\s*\("
)
_CORRECTION = re.compile(
    r"(?i)multipletests|bonferroni|holm|fdr|benjamini|hochberg|multiple_comparisons|"
    r"MultipleComparisons"
)
_FIT = re.compile(r"\.fit\(\s*(?P<x>[A-Za-z_][\w.\[\]'\"]*)\s*,\s*(?P<y>[A-Za-z_][\w.\[\]'\"]*)")
_SPLIT = re.compile(r"train_test_split|cross_val|KFold|cross_validate|ca\.evaluate|holdout")
_DROPNA = re.compile(r"\.dropna\(")
_REPORTED = re.compile(r"len\(|\.shape|isna\(\)\.sum|isnull\(\)\.sum|print\(|n_dropped|dropped")
_GROUP_MEANS = re.compile(r"groupby\([^)]*\)[^\n]*\.(?:mean|median)\(\)|pivot_table\(")
_PRINTED_ESTIMATE = re.compile(
    r"(?im)^.*\b(?:difference|diff|verschil|effect|ratio|correlation|corr|correlatie|mean|"
    r"average|gemiddelde|gemiddeld)\b[^\n]{0,40}?[:=]\s*[−-]?\d+(?:[.,]\d+)?\s*$"
)
_HAS_SPREAD = re.compile(r"\b(?:sem|std|count|size|ci|conf|agg)\b|ca\.")

_STOPWORDS = {
    "en": set("the and of to is in that with for are this not it on as be by".split()),
    "nl": set("de het een en van is dat niet met voor op zijn te er ook die wordt".split()),
    "de": set("der die das und ist nicht mit für auf ein eine zu den dem von sich auch".split()),
    "fr": set("le la les et est des une un du que pas pour dans avec sur il ce".split()),
    "es": set("el los las y es que del una por con para no se lo como".split()),
}


def _language_of(text: str) -> str | None:
    """The language of a prose text when it is clearly not English or Dutch, else None."""
    words = re.findall(r"[a-zA-Zäöüßéèêàçñáíóú']+", text.lower())
    if len(words) < 8:
        return None
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    if best in ("en", "nl") or scores[best] < 3:
        return None
    if scores[best] >= 2 * max(scores["en"], scores["nl"], 1):
        return best
    return None


def _strip_markdown(text: str) -> str:
    """Markdown prose only: drop code blocks, inline code, HTML tags, LaTeX and link targets."""
    text = re.sub(r"```.*?```", " ", text, flags=re.DOTALL)
    text = re.sub(r"`[^`]*`", "code", text)
    text = re.sub(r"\$\$.*?\$\$|\$[^$\n]*\$", "x", text, flags=re.DOTALL)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"(?m)^\s{0,3}>\s?", "", text)  # block quotes: still prose
    return text.replace("**", "").replace("__", "")


def _quotes_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks: a quoted sentence is reported speech, not the author's claim."""
    return [m.span() for m in re.finditer(r"\"[^\"\n]+\"|“[^”\n]+”|‘[^’\n]+’|«[^»\n]+»", text)]


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n\s*\n|\n(?=\s*(?:[-*#]|\d+\.)\s)", text)
    return [re.sub(r"\s+", " ", p).strip() for p in parts if p and p.strip()]


def _snippet(text: str) -> str:
    flat = re.sub(r"\s+", " ", text).strip()
    return flat if len(flat) <= _SNIPPET else flat[: _SNIPPET - 1] + "…"


def _output_texts(output: dict[str, Any]) -> list[tuple[str, str]]:
    """(mime, text) pairs of one output: stream text, text/plain and text/html."""
    kind = output.get("output_type")
    out = []
    if kind == "stream":
        text = output.get("text", "")
        out.append(("text/plain", "".join(text) if isinstance(text, list) else str(text)))
    elif kind in ("execute_result", "display_data"):
        data = output.get("data", {}) or {}
        for mime in ("text/html", "text/plain"):
            if mime in data:
                value = data[mime]
                out.append((mime, "".join(value) if isinstance(value, list) else str(value)))
    return out


# ---------------------------------------------------------------------------------------------
# The result
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, eq=False, repr=False)
class ReviewResult(ResultMixin):
    """What the reviewer found in one notebook.

    Attributes
    ----------
    path : str
        The notebook reviewed.
    findings : pandas.DataFrame
        One row per finding, columns ``rule`` (a rule id, see :data:`RULES`), ``severity``
        (``"error"`` or ``"warning"``), ``cell`` (position of the cell counting from 1, as a
        reader counts; 0 for the notebook as a whole), ``text`` (what was found) and ``advice``
        (what to do).
    suppressed : int
        Findings not reported because their cell is tagged ``review-ignore:<rule>``.
    n_cells : int
        Number of cells in the notebook.
    min_cell_size : int
        The threshold the ``small-cell`` rule used.
    caveats : tuple of str
        The limits of a pattern-based review.
    """

    path: str
    findings: pd.DataFrame
    suppressed: int
    n_cells: int
    min_cell_size: int
    caveats: tuple[str, ...] = ()
    rung: ClassVar[str] = "information"
    _show_plot_in_html: ClassVar[bool] = False

    @property
    def table(self) -> pd.DataFrame:  # the ResultMixin display shows the findings
        """The findings (same as :attr:`findings`)."""
        return self.findings

    @property
    def n_errors(self) -> int:
        """Number of findings with severity ``"error"``."""
        return int((self.findings["severity"] == "error").sum())

    @property
    def passed(self) -> bool:
        """True when no finding is an error (``civicanalysis review`` then exits with 0)."""
        return self.n_errors == 0

    @property
    def exit_code(self) -> int:
        """0 when the notebook passes, 1 when any finding is an error."""
        return 0 if self.passed else 1

    def rung_label(self, lang: str | None = None) -> str:
        """A review is not a rung of the ladder but the technical test of an analysis."""
        return MSG("rung_review", lang=lang)

    def _title(self, lang: str) -> str:
        return MSG("title", lang=lang, name=Path(self.path).name)

    def _explain_sentences(self, lang: str) -> list[str]:
        name = Path(self.path).name
        n = len(self.findings)
        if n == 0:
            sentences = [MSG("summary_none", lang=lang, cells=self.n_cells, name=name)]
        else:
            counts = self.findings["rule"].value_counts()
            sentences = [
                MSG(
                    "summary",
                    lang=lang,
                    cells=self.n_cells,
                    name=name,
                    n=n,
                    errors=self.n_errors,
                    warnings=n - self.n_errors,
                ),
                MSG(
                    "by_rule",
                    lang=lang,
                    counts=", ".join(f"{rule} {k}" for rule, k in counts.items()),
                ),
            ]
        if self.suppressed:
            sentences.append(MSG("suppressed", lang=lang, k=self.suppressed))
        sentences.append(MSG("verdict_pass" if self.passed else "verdict_fail", lang=lang))
        sentences.append(MSG("limits", lang=lang))
        return sentences

    def plot(self, ax: Any = None) -> Any:
        """Bar chart of the number of findings per rule (errors red, warnings amber)."""
        from ._plotting import new_axes

        lang = resolve_language(None)
        counts = self.findings.groupby(["rule", "severity"]).size().reset_index(name="k")
        ax = new_axes(ax, height=max(1.6, 0.4 * len(counts) + 1.0))
        colours = counts["severity"].map({"error": "#b71c1c", "warning": "#e69500"})
        ax.barh(counts["rule"][::-1], counts["k"][::-1], color=list(colours[::-1]))
        ax.set_xlabel(MSG("plot_x", lang=lang))
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return ax

    # Renderings --------------------------------------------------------------------------
    def to_text(self, lang: str | None = None) -> str:
        """A readable report for the terminal."""
        lang = resolve_language(lang)
        lines = [self._title(lang), "=" * len(self._title(lang)), self.explain(lang), ""]
        for row in self.findings.itertuples(index=False):
            lines.append(f"[{row.severity}] {row.rule} (cell {row.cell}): {row.text}")
            lines.append(f"    → {row.advice}")
        return "\n".join(lines).rstrip() + "\n"

    def to_markdown(self, lang: str | None = None) -> str:
        """The report as Markdown: a heading, the summary and a table of findings."""
        lang = resolve_language(lang)

        def cell(text: Any) -> str:
            return str(text).replace("|", "\\|").replace("\n", " ")

        lines = [f"## {self._title(lang)}", "", self.explain(lang), ""]
        if len(self.findings):
            lines += ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
            for row in self.findings.itertuples(index=False):
                lines.append("| " + " | ".join(cell(getattr(row, c)) for c in COLUMNS) + " |")
        else:
            lines.append(MSG("no_findings_md", lang=lang))
        return "\n".join(lines) + "\n"

    def to_html(self, lang: str | None = None) -> str:
        """The report as a stand-alone HTML fragment."""
        lang = resolve_language(lang)
        esc = html.escape
        table = (
            self.findings.to_html(index=False, border=0, classes="civicanalysis-review")
            if len(self.findings)
            else f"<p>{esc(MSG('no_findings_md', lang=lang))}</p>"
        )
        return (
            f"<section><h2>{esc(self._title(lang))}</h2>"
            f"<p>{esc(self.explain(lang))}</p>{table}</section>\n"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain data for tools (the JSON output)."""
        return {
            "path": self.path,
            "passed": self.passed,
            "n_cells": self.n_cells,
            "min_cell_size": self.min_cell_size,
            "suppressed": self.suppressed,
            "findings": self.findings.to_dict(orient="records"),
        }

    def to_json(self) -> str:
        """The report as JSON (see :meth:`to_dict`)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1)


# ---------------------------------------------------------------------------------------------
# Reading the notebook
# ---------------------------------------------------------------------------------------------
def _read_notebook(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise NotebookError(MSG("not_found", path=str(path)))
    if path.is_dir():
        raise NotebookError(MSG("is_dir", path=str(path)))
    size_mb = path.stat().st_size / 1e6
    if size_mb > MAX_FILE_MB:
        raise NotebookError(MSG("too_big", path=str(path), mb=size_mb, limit=MAX_FILE_MB))
    raw = path.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        detail = type(exc).__name__ + (f" at line {exc.lineno}" if hasattr(exc, "lineno") else "")
        raise NotebookError(MSG("not_json", path=str(path), detail=detail)) from None
    if not isinstance(data, dict) or not isinstance(data.get("nbformat"), int):
        raise NotebookError(MSG("not_notebook", path=str(path)))
    import nbformat

    # nbformat decides the version (as Jupyter does); the notebook is then used as the plain dict
    # it already is, because converting a large notebook to NotebookNode objects (or validating
    # it against the schema) costs more than all the rules together. The structure the rules
    # rely on is checked here instead.
    try:
        major, _minor = nbformat.reader.get_version(data)
    except Exception:
        raise NotebookError(MSG("not_notebook", path=str(path))) from None
    if major < 4:
        raise NotebookError(MSG("old_format", path=str(path), version=major))
    if not isinstance(data.get("cells"), list):
        raise NotebookError(MSG("not_notebook", path=str(path)))
    notebook = data
    for i, cell in enumerate(notebook["cells"], start=1):
        if not isinstance(cell, dict) or "cell_type" not in cell or "source" not in cell:
            raise NotebookError(
                MSG("invalid", path=str(path), detail=f"cell {i} has no cell_type or source")
            )
    if not any(_source(c).strip() for c in notebook["cells"]):
        raise NotebookError(MSG("empty", path=str(path)))
    return notebook


def _source(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def _ignored(cell: dict[str, Any]) -> set[str]:
    tags = (cell.get("metadata") or {}).get("tags") or []
    return {t.split(":", 1)[1].strip() for t in tags if str(t).startswith("review-ignore:")}


# ---------------------------------------------------------------------------------------------
# The rules
# ---------------------------------------------------------------------------------------------
def _markdown_findings(
    text: str, lang: str, interaction_tested: bool
) -> list[tuple[str, str, str]]:
    prose = _strip_markdown(text)
    findings = []
    if (language := _language_of(prose)) is not None:
        name = MSG(f"lang_{language}", lang=lang)
        findings.append(
            (
                "unsupported-language",
                MSG("lang_text_cell", lang=lang, language=name),
                MSG("lang_advice", lang=lang),
            )
        )
        return findings
    quoted = _quotes_spans(prose)
    for claim in find_causal_claims(prose):
        if any(s <= claim.start < e for s, e in quoted):
            continue
        findings.append(
            (
                "causal-claim",
                MSG(
                    "causal_text", lang=lang, phrase=claim.phrase, sentence=_snippet(claim.sentence)
                ),
                MSG("causal_advice", lang=lang, suggestion=_snippet(claim.suggestion)),
            )
        )
    for sentence in _sentences(prose):
        if sentence.startswith("#") or sentence.endswith("?"):
            continue
        unquoted = re.sub(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’", " ", sentence)
        claim_like = _NUMBER_CLAIM.search(_NOT_A_CLAIM_NUMBER.sub(" ", unquoted))
        if claim_like and not _HAS_UNCERTAINTY.search(sentence):
            findings.append(
                (
                    "no-uncertainty",
                    MSG("nounc_text_md", lang=lang, sentence=_snippet(sentence)),
                    MSG("nounc_advice", lang=lang),
                )
            )
        if not interaction_tested and _SUBGROUP.search(unquoted):
            findings.append(
                (
                    "subgroup-claim",
                    MSG("subgroup_text", lang=lang, sentence=_snippet(sentence)),
                    MSG("subgroup_advice", lang=lang),
                )
            )
    return findings


def review(
    path: str | Path,
    *,
    min_cell_size: int | None = None,
    rules: list[str] | tuple[str, ...] | None = None,
    lang: str | None = None,
) -> ReviewResult:
    """Review a notebook someone made, without running it, and report what needs a second look.

    Parameters
    ----------
    path : str or pathlib.Path
        The ``.ipynb`` file (Jupyter notebook format 4).
    min_cell_size : int, optional
        Smallest count a displayed table may show; default ``ca.get_option("min_cell_size")``
        (15, the brief's publication rule).
    rules : list of str, optional
        Only these rules (ids from :data:`RULES`); default all.
    lang : {"en", "nl"}, optional
        Language of the findings' text and advice; default the package setting.

    Returns
    -------
    ReviewResult
        With ``findings`` (a DataFrame with the columns ``rule``, ``severity``, ``cell``, ``text``,
        ``advice``), ``suppressed`` (findings silenced by ``review-ignore:<rule>`` cell tags),
        ``n_cells``, ``min_cell_size``, ``passed``/``exit_code``, ``explain()`` and the renderings
        ``to_text()``, ``to_markdown()``, ``to_html()`` and ``to_json()``.

    Raises
    ------
    NotebookError
        If the file does not exist, is not a notebook, is in an old notebook format (3 or
        earlier), is larger than 200 MB, or has no cells with content.
    InvalidOptionError
        For an unknown rule or a bad ``min_cell_size``.

    See Also
    --------
    find_causal_claims : the scanner behind the ``causal-claim`` rule.
    Hypothesis : state and test a claim instead of asserting it.

    Notes
    -----
    The rules (severity in brackets; ``error`` makes the command line exit with 1):

    ``causal-claim`` [error]
        Markdown states a cause ("leads to", "komt door") where the evidence is an association.
        Quoted sentences (in quotation marks) are taken as reported speech and not flagged.
    ``small-cell`` [error]
        A saved output shows a table (HTML or plain text DataFrame/Series rendering) with a count
        below ``min_cell_size``: in a column or row named like a count (``n``, ``count``,
        ``size``, ``aantal``…), in a count Series (``value_counts``, ``groupby().size()``), or in
        a crosstab. Counts already shown as ``<15`` (the package's own displays) are not numbers
        and are not flagged.
    ``no-uncertainty`` [warning]
        Markdown states a comparison or estimate with a number but no interval, margin or sample
        size; or code shows group means (``groupby(...).mean()``) with nothing about their spread.
    ``subgroup-claim`` [warning]
        Markdown claims a difference in one subgroup only ("only for boys", "vooral bij") while
        the notebook never tests an interaction.
    ``many-comparisons`` [warning]
        Statistical tests in a loop, or five or more tests, with no correction for multiple
        comparisons anywhere in the notebook.
    ``evaluated-on-training-data`` [warning]
        A model is fitted on ``X`` and scored or used to predict on the same ``X`` while the
        notebook has no train/test split or cross-validation.
    ``dropped-missing`` [warning]
        ``dropna()`` in a cell that does not report how many rows it removed.
    ``huge-output`` [error]
        An output larger than five million characters, which the reviewer cannot read.
    ``unsupported-language`` [error]
        A markdown cell in a language other than English or Dutch, or a notebook whose code is not
        Python: the rules cannot check it.

    A cell tagged ``review-ignore:<rule>`` (e.g. ``review-ignore:causal-claim``) is a deliberate
    example: its findings of that rule are counted in ``suppressed`` but not reported. The rules
    are patterns, not judgement; a finding is a question for the author.

    Examples
    --------
    >>> import civicanalysis as ca
    >>> import nbformat, tempfile, pathlib
    >>> nb = nbformat.v4.new_notebook()
    >>> nb.cells = [nbformat.v4.new_markdown_cell("Fish shops lead to vandalism.")]
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "memo.ipynb"
    >>> nbformat.write(nb, path)
    >>> result = ca.review(path)
    >>> result.findings[["rule", "severity", "cell"]]
               rule severity  cell
    0  causal-claim    error     1
    >>> result.passed
    False
    """
    lang = resolve_language(lang)
    if min_cell_size is None:
        limit = get_option("min_cell_size")
    elif isinstance(min_cell_size, bool) or not isinstance(min_cell_size, int) or min_cell_size < 1:
        raise InvalidOptionError(MSG("bad_min_cell", value=min_cell_size))
    else:
        limit = min_cell_size
    active = set(RULES)
    if rules is not None:
        if isinstance(rules, str):
            rules = [rules]
        unknown = [r for r in rules if r not in RULES]
        if unknown:
            raise InvalidOptionError(
                MSG("bad_rules", value=rules, unknown=unknown, rules=list(RULES))
            )
        active = set(rules)
    path = Path(path)
    notebook = _read_notebook(path)
    cells = notebook["cells"]
    found: list[tuple[str, int, str, str]] = []  # rule, cell, text, advice

    metadata = notebook.get("metadata") or {}
    kernel = (metadata.get("kernelspec") or {}).get("language") or (
        metadata.get("language_info") or {}
    ).get("name")
    if kernel and str(kernel).lower() not in ("python", "python3", "ipython", "ipython3"):
        found.append(
            (
                "unsupported-language",
                0,
                MSG("lang_text_kernel", lang=lang, language=kernel),
                MSG("lang_advice", lang=lang),
            )
        )

    code_all = "\n".join(_source(c) for c in cells if c.get("cell_type") == "code")
    interaction_tested = bool(_INTERACTION.search(code_all))
    corrected = bool(_CORRECTION.search(code_all))
    n_tests = len(_TEST_CALL.findall(code_all))
    split_used = bool(_SPLIT.search(code_all))
    fitted: dict[str, int] = {}

    for position, cell in enumerate(cells, start=1):
        kind = cell.get("cell_type")
        source = _source(cell)
        if kind == "markdown":
            for rule, text, advice in _markdown_findings(source, lang, interaction_tested):
                found.append((rule, position, text, advice))
            continue
        if kind != "code":
            continue
        # Code rules.
        for match in _FIT.finditer(source):
            fitted[match.group("x")] = position
        if not split_used:
            for x in fitted:
                pattern = rf"\.(?:score|predict|predict_proba)\(\s*{re.escape(x)}\s*[,)]"
                if re.search(pattern, source):
                    found.append(
                        (
                            "evaluated-on-training-data",
                            position,
                            MSG("train_text", lang=lang, x=x, snippet=_snippet(source)),
                            MSG("train_advice", lang=lang),
                        )
                    )
                    break
        if not corrected and _TEST_CALL.search(source):
            in_loop = bool(
                re.search(r"(?m)^\s*for\s.+:\s*$(?:\n\s+.*)*?" + _TEST_CALL.pattern, source)
            )
            in_loop = in_loop or bool(
                re.search(r"\[[^\]]*" + _TEST_CALL.pattern + r"[^\]]*\bfor\b", source)
            )
            if in_loop:
                found.append(
                    (
                        "many-comparisons",
                        position,
                        MSG("many_loop_text", lang=lang, snippet=_snippet(source)),
                        MSG("many_advice", lang=lang),
                    )
                )
            elif n_tests >= 5:
                found.append(
                    (
                        "many-comparisons",
                        position,
                        MSG("many_text", lang=lang, k=n_tests, snippet=_snippet(source)),
                        MSG("many_advice", lang=lang),
                    )
                )
        if _DROPNA.search(source) and not _REPORTED.search(source):
            found.append(
                (
                    "dropped-missing",
                    position,
                    MSG("dropna_text", lang=lang, snippet=_snippet(source)),
                    MSG("dropna_advice", lang=lang),
                )
            )
        if _GROUP_MEANS.search(source) and not _HAS_SPREAD.search(source):
            found.append(
                (
                    "no-uncertainty",
                    position,
                    MSG(
                        "nounc_text_out",
                        lang=lang,
                        what=MSG("nounc_group_means", lang=lang),
                        snippet=_snippet(source),
                    ),
                    MSG("nounc_advice", lang=lang),
                )
            )
        # Output rules.
        small: list[str] = []
        for output in cell.get("outputs", []) or []:
            texts = _output_texts(output)
            has_html = any(mime == "text/html" for mime, _ in texts)
            for mime, text in texts:
                if len(text) > MAX_OUTPUT_CHARS:
                    found.append(
                        (
                            "huge-output",
                            position,
                            MSG("huge_text", lang=lang, size=f"{len(text):,}"),
                            MSG("huge_advice", lang=lang),
                        )
                    )
                    break
                if mime == "text/html":
                    small += _small_in_html(text, limit)
                elif not has_html:
                    small += _small_in_plain(text, limit)
                    printed = _PRINTED_ESTIMATE.search(text)
                    if printed and not _HAS_UNCERTAINTY.search(text):
                        found.append(
                            (
                                "no-uncertainty",
                                position,
                                MSG(
                                    "nounc_text_out",
                                    lang=lang,
                                    what=MSG("nounc_number", lang=lang),
                                    snippet=_snippet(printed.group(0)),
                                ),
                                MSG("nounc_advice", lang=lang),
                            )
                        )
        if small:
            examples = "; ".join(small[:4]) + (" …" if len(small) > 4 else "")
            found.append(
                (
                    "small-cell",
                    position,
                    MSG("small_text", lang=lang, k=len(small), limit=limit, examples=examples),
                    MSG("small_advice", lang=lang, limit=limit),
                )
            )

    rows, suppressed = [], 0
    for rule, position, text, advice in found:
        if rule not in active:
            continue
        if position and rule in _ignored(cells[position - 1]):
            suppressed += 1
            continue
        rows.append(
            {
                "rule": rule,
                "severity": RULES[rule],
                "cell": position,
                "text": text,
                "advice": advice,
            }
        )
    findings = pd.DataFrame(rows, columns=COLUMNS)
    findings["cell"] = findings["cell"].astype("int64")
    return ReviewResult(
        path=str(path),
        findings=findings,
        suppressed=suppressed,
        n_cells=len(cells),
        min_cell_size=limit,
        caveats=(MSG("limits", lang=lang),),
    )
