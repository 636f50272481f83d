"""Every text the reviewer shows, in English and Dutch."""

from __future__ import annotations

from .._text import Catalog

MSG = Catalog(
    "review",
    {
        "title": {"en": "Review of {name}", "nl": "Beoordeling van {name}"},
        # Bad input.
        "not_a_path": {
            "en": "path={path!r} is not a file name: give the notebook as a string or a "
            "pathlib.Path, e.g. ca.review('analysis.ipynb').",
            "nl": "path={path!r} is geen bestandsnaam: geef het notebook op als tekst of als "
            "pathlib.Path, bijvoorbeeld ca.review('analyse.ipynb').",
        },
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
            "en": "path={path!r} looks like a notebook but is damaged: cell {cell} has no "
            "cell_type or source. Open it in Jupyter to repair it, or ask the author for a "
            "fresh copy.",
            "nl": "path={path!r} lijkt een notebook maar is beschadigd: cel {cell} heeft geen "
            "cell_type of source. Open het in Jupyter om het te herstellen, of vraag de auteur om "
            "een nieuw exemplaar.",
        },
        "empty": {
            "en": "path={path!r} has no cells with content, so there is nothing to review. Check "
            "that you have the right file (perhaps it was saved before the work was added).",
            "nl": "path={path!r} heeft geen cellen met inhoud, dus er valt niets te beoordelen. "
            "Controleer of u het goede bestand hebt (misschien is het bewaard voordat het werk "
            "erin stond).",
        },
        "bad_rules": {
            "en": (
                "rules={value!r} names an unknown rule {unknown}, so the review would silently "
                "skip it; the rules are {rules}.",
                "rules={value!r} names unknown rules {unknown}, so the review would silently "
                "skip them; the rules are {rules}.",
            ),
            "nl": (
                "rules={value!r} noemt een onbekende regel {unknown}, die de beoordeling dan "
                "stilzwijgend zou overslaan; de regels zijn {rules}.",
                "rules={value!r} noemt onbekende regels {unknown}, die de beoordeling dan "
                "stilzwijgend zou overslaan; de regels zijn {rules}.",
            ),
        },
        "bad_min_cell": {
            "en": "min_cell_size={value!r} must be a whole number of at least 1 (the brief's "
            "publication rule is 15); leave it out to use ca.get_option('min_cell_size').",
            "nl": "min_cell_size={value!r} moet een geheel getal van minstens 1 zijn (de "
            "publicatieregel uit de brief is 15); laat het weg om "
            "ca.get_option('min_cell_size') te gebruiken.",
        },
        # Findings: what was found and what to do, per rule.
        "causal_text": {
            "en": "Causal wording {phrase!r}: {sentence!r}",
            "nl": "Oorzakelijke formulering {phrase!r}: {sentence!r}",
        },
        "causal_advice": {
            "en": "An association in observational data does not show a cause. {suggestion} Or "
            "state it as a hypothesis and test it (ca.Hypothesis).",
            "nl": "Een samenhang in observationele data laat geen oorzaak zien. {suggestion} Of "
            "formuleer het als hypothese en toets die (ca.Hypothesis).",
        },
        "causal_suggestion": {
            "en": "Suggestion: “{suggestion}”.",
            "nl": "Suggestie: “{suggestion}”.",
        },
        "small_text": {
            "en": (
                "A displayed table of counts has {n} count below {limit}: {examples}",
                "A displayed table of counts has {n} counts below {limit}: {examples}",
            ),
            "nl": (
                "Een getoonde tabel met aantallen heeft {n} aantal onder {limit}: {examples}",
                "Een getoonde tabel met aantallen heeft {n} aantallen onder {limit}: {examples}",
            ),
        },
        "small_advice": {
            "en": "Counts below {limit} can identify people (disclosure risk). Merge categories, "
            "or show them as '<{limit}' (ca.suppress_small_cells) before the notebook is shared.",
            "nl": "Aantallen onder {limit} kunnen personen herkenbaar maken (onthullingsrisico). "
            "Voeg categorieën samen, of toon ze als '<{limit}' (ca.suppress_small_cells) voordat "
            "het notebook gedeeld wordt.",
        },
        "nounc_text_md": {
            "en": "Estimate stated without an interval, margin or number of cases: {sentence!r}",
            "nl": "Schatting genoemd zonder interval, marge of aantal waarnemingen: {sentence!r}",
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
            "aantal waarnemingen (ca.compare of ca.correlate geven beide), en zeg wat het "
            "betekent.",
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
        "many_loop_text": {
            "en": "Statistical tests ({tests}) run in a loop and no correction for multiple "
            "comparisons: {snippet!r}",
            "nl": "Statistische toetsen ({tests}) in een lus en geen correctie voor meervoudig "
            "toetsen: {snippet!r}",
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
            "en": "Model {model!r} is fitted on {x!r} and its predictions are compared with the "
            "labels of the same rows: {snippet!r}",
            "nl": "Model {model!r} is geschat op {x!r} en de voorspellingen worden vergeleken met "
            "de uitkomsten van dezelfde rijen: {snippet!r}",
        },
        "train_advice": {
            "en": "A model scored on the data it learned from looks better than it is. Evaluate on "
            "data it has not seen (train_test_split or cross-validation).",
            "nl": "Een model dat beoordeeld wordt op de data waarvan het leerde, lijkt beter dan "
            "het is. Beoordeel het op data die het niet heeft gezien (train_test_split of "
            "kruisvalidatie).",
        },
        "split_text": {
            "en": "A random split ({call}) on data with several rows per {unit!r}: the same "
            "{unit!r} ends up in both the training and the test part: {snippet!r}",
            "nl": "Een willekeurige splitsing ({call}) van data met meerdere rijen per {unit!r}: "
            "dezelfde {unit!r} komt zowel in het trainings- als in het testdeel: {snippet!r}",
        },
        "split_advice": {
            "en": "The model then meets people it has already seen, so the test score is too "
            "optimistic. Split by unit: GroupShuffleSplit or GroupKFold with groups={unit}, or "
            "split on time (train on earlier years, test on the last).",
            "nl": "Het model ziet dan personen die het al kent, dus de testscore is te "
            "rooskleurig. Splits per eenheid: GroupShuffleSplit of GroupKFold met "
            "groups={unit}, of splits in de tijd (train op eerdere jaren, test op het laatste).",
        },
        "before_after_text": {
            "en": "Before/after comparison around {moment} for one group only, with no "
            "comparison group: {snippet!r}",
            "nl": "Vergelijking voor/na {moment} voor één groep, zonder vergelijkingsgroep: "
            "{snippet!r}",
        },
        "before_after_moment": {"en": "the start", "nl": "de start"},
        "before_after_advice": {
            "en": "A change after a policy can have other causes: a trend that was already "
            "there, the season, or regression to the mean when the places were chosen because "
            "their numbers were high. Compare with places without the policy "
            "(difference-in-differences), or model the trend before the start (interrupted "
            "time series).",
            "nl": "Een verandering na een maatregel kan andere oorzaken hebben: een trend die er "
            "al was, het seizoen, of regressie naar het gemiddelde als de plekken zijn gekozen "
            "omdat de aantallen hoog waren. Vergelijk met plekken zonder de maatregel "
            "(verschil-in-verschillen), of modelleer de trend vóór de start (onderbroken "
            "tijdreeks).",
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
            "en": (
                "The reviewer read {cells} cells of {name} (without running them) and made "
                "{n} finding: {errors} and {warnings}.",
                "The reviewer read {cells} cells of {name} (without running them) and made "
                "{n} findings: {errors} and {warnings}.",
            ),
            "nl": (
                "De beoordelaar las {cells} cellen van {name} (zonder ze uit te voeren) en deed "
                "{n} bevinding: {errors} en {warnings}.",
                "De beoordelaar las {cells} cellen van {name} (zonder ze uit te voeren) en deed "
                "{n} bevindingen: {errors} en {warnings}.",
            ),
        },
        "n_errors": {"en": ("{n} error", "{n} errors"), "nl": ("{n} fout", "{n} fouten")},
        "n_warnings": {
            "en": ("{n} warning", "{n} warnings"),
            "nl": ("{n} waarschuwing", "{n} waarschuwingen"),
        },
        "by_rule": {"en": "By rule: {counts}.", "nl": "Per regel: {counts}."},
        "suppressed": {
            "en": (
                "{n} finding was not reported because its cell is tagged "
                "review-ignore:<rule> (a deliberate example).",
                "{n} findings were not reported because their cells are tagged "
                "review-ignore:<rule> (deliberate examples).",
            ),
            "nl": (
                "{n} bevinding is niet gemeld omdat de cel de tag review-ignore:<regel> heeft "
                "(een bewust voorbeeld).",
                "{n} bevindingen zijn niet gemeld omdat de cellen de tag review-ignore:<regel> "
                "hebben (bewuste voorbeelden).",
            ),
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
        "cell_label": {"en": "cell", "nl": "cel"},
        "no_findings_md": {"en": "No findings.", "nl": "Geen bevindingen."},
        "plot_x": {"en": "number of findings", "nl": "aantal bevindingen"},
    },
)
