"""English and Dutch messages of :mod:`civicanalysis.privacy`."""

from __future__ import annotations

from typing import Any

from .._config import get_option
from .._text import Catalog, fmt, resolve_language

MSG = Catalog(
    "privacy",
    {
        # --- reasons a value is not a valid BSN -------------------------------------------
        "plot_count": {"en": "number of values", "nl": "aantal waarden"},
        "plot_group_size": {"en": "group size", "nl": "groepsgrootte"},
        "plot_groups": {"en": "groups", "nl": "groepen"},
        "plot_linked": {"en": "linked", "nl": "gekoppeld"},
        "plot_not_linked": {"en": "not linked", "nl": "niet gekoppeld"},
        "plot_persons": {"en": "persons", "nl": "personen"},
        "plot_suppression": {
            "en": "hidden: primary (dark red) / secondary (orange)",
            "nl": "afgeschermd: primair (donkerrood) / secundair (oranje)",
        },
        "r_valid": {"en": "valid citizen number", "nl": "geldig BSN"},
        "r_missing": {"en": "missing (empty)", "nl": "ontbreekt (leeg)"},
        "r_separators": {
            "en": "digits with spaces, dots, dashes or underscores",
            "nl": "cijfers met spaties, punten, streepjes of lage streepjes",
        },
        "r_non_ascii_digits": {
            "en": "non-ASCII digits (e.g. full-width or Arabic-Indic)",
            "nl": "niet-ASCII-cijfers (bijvoorbeeld dubbelbreed of Arabisch-Indisch)",
        },
        "r_not_digits": {"en": "letters or other characters", "nl": "letters of andere tekens"},
        "r_negative": {"en": "negative number", "nl": "negatief getal"},
        "r_not_whole": {
            "en": "number with a fraction or infinite",
            "nl": "getal met decimalen of oneindig",
        },
        "r_wrong_length": {
            "en": "not 8 or 9 digits",
            "nl": "geen 8 of 9 cijfers",
        },
        "r_all_zeros": {"en": "000000000 (not a number)", "nl": "000000000 (geen nummer)"},
        "r_elfproef": {
            "en": "fails the 11-test (elfproef)",
            "nl": "voldoet niet aan de elfproef",
        },
        "bsn_title": {"en": "Check of citizen numbers (BSN)", "nl": "Controle van BSN's"},
        "bsn_what": {
            "en": "Of {n} values, {valid} are valid citizen numbers (BSN: 9 digits passing the "
            "11-test), {invalid} are not and {missing} are missing.",
            "nl": "Van {n} waarden zijn er {valid} geldige burgerservicenummers (BSN: 9 cijfers "
            "die de elfproef doorstaan), {invalid} niet en ontbreken er {missing}.",
        },
        "bsn_float": {
            "en": "{k} numbers came in as decimal numbers (e.g. 12345672.0, typical of a CSV "
            "column with an empty cell) and got their leading zero back; read the column with "
            "dtype=str to keep it as text.",
            "nl": "{k} nummers kwamen binnen als kommagetal (bijvoorbeeld 12345672.0, typisch voor een "
            "CSV-kolom met een lege cel) en kregen hun voorloopnul terug; lees de kolom in met "
            "dtype=str zodat het tekst blijft.",
        },
        "bsn_padded": {
            "en": "{k} numbers had 8 digits and got their leading zero back.",
            "nl": "{k} nummers hadden 8 cijfers en kregen hun voorloopnul terug.",
        },
        "bsn_worst": {
            "en": "The most common problem: {label} ({k} values). Invalid numbers are reported, "
            "never dropped: correct them at the source before pseudonymising.",
            "nl": "Het vaakst voorkomende probleem: {label} ({k} waarden). Ongeldige nummers "
            "worden gemeld, nooit weggelaten: herstel ze bij de bron voordat u pseudonimiseert.",
        },
        "bsn_all_ok": {
            "en": "A valid number is not proof that it belongs to the right person: the 11-test "
            "catches most typing errors, not a swapped record.",
            "nl": "Een geldig nummer bewijst niet dat het bij de juiste persoon hoort: de elfproef "
            "vangt de meeste typefouten, geen verwisseld record.",
        },
        "bsn_invalid_error": {
            "en": "values has {bad} of {n} entries that are not valid citizen numbers (BSN): "
            "{summary}. A pseudonym of an invalid number links nobody, or the wrong person. "
            "See ca.check_bsn(values) for which ones, correct them at the source, or pass "
            "on_invalid='missing' to give them no pseudonym (they are then counted and reported).",
            "nl": "values bevat {bad} van {n} waarden die geen geldig burgerservicenummer (BSN) "
            "zijn: {summary}. Een pseudoniem van een ongeldig nummer koppelt niemand, of de "
            "verkeerde persoon. Zie ca.check_bsn(values) voor welke, herstel ze bij de bron, of "
            "geef on_invalid='missing' mee om ze geen pseudoniem te geven (ze worden dan geteld "
            "en gemeld).",
        },
        "bsn_invalid_warning": {
            "en": "{bad} of {n} values are not valid citizen numbers ({summary}); they got no "
            "pseudonym (missing) and will not link.",
            "nl": "{bad} van {n} waarden zijn geen geldig BSN ({summary}); ze kregen geen "
            "pseudoniem (ontbrekend) en koppelen niet.",
        },
        "values_type": {
            "en": "values must be a pandas Series, a list or a NumPy array of citizen numbers; "
            "got {typ} instead. For a table, pass one column, e.g. data['bsn'].",
            "nl": "values moet een pandas Series, een lijst of een NumPy-array met BSN's zijn; "
            "het is {typ}. Geef bij een tabel één kolom mee, bijvoorbeeld data['bsn'].",
        },
        # --- keys ---------------------------------------------------------------------------
        "key_missing": {
            "en": "key is missing. A pseudonym without a secret key can be reversed by hashing "
            "all possible citizen numbers. Read the key with ca.read_pseudonym_key() (from the "
            "environment variable {env} or a key file) and pass key=...",
            "nl": "key ontbreekt. Een pseudoniem zonder geheime sleutel is terug te rekenen door "
            "alle mogelijke BSN's te hashen. Lees de sleutel met ca.read_pseudonym_key() (uit de "
            "omgevingsvariabele {env} of een sleutelbestand) en geef key=... mee.",
        },
        "key_short": {
            "en": "The key is {n} bytes long; at least {min} are needed, because a short key can "
            "be guessed. Make one with secrets.token_hex(32) and keep it in a key file or the "
            "environment variable {env}; never in the notebook.",
            "nl": "De sleutel is {n} bytes lang; er zijn er minstens {min} nodig, omdat een korte "
            "sleutel te raden is. Maak er een met secrets.token_hex(32) en bewaar die in een "
            "sleutelbestand of de omgevingsvariabele {env}; nooit in het notebook.",
        },
        "key_type": {
            "en": "key must be a key from ca.read_pseudonym_key(), bytes or text; got {typ} "
            "instead.",
            "nl": "key moet een sleutel uit ca.read_pseudonym_key(), bytes of tekst zijn; het is "
            "{typ}.",
        },
        "key_env_missing": {
            "en": "The environment variable {env} is not set (or empty), so there is no key. "
            "Ask the data holder's security officer for the key and set it before starting "
            "Jupyter, or pass path= to a key file.",
            "nl": "De omgevingsvariabele {env} is niet gezet (of leeg), dus er is geen sleutel. "
            "Vraag de sleutel aan de security officer van de bronhouder en zet hem voordat u "
            "Jupyter start, of geef path= mee naar een sleutelbestand.",
        },
        "key_path_type": {
            "en": "path={value!r} must be the path of the key file (text or a pathlib.Path), or "
            "None to read the key from the environment variable {env}; got {typ}.",
            "nl": "path={value!r} moet het pad van het sleutelbestand zijn (tekst of een "
            "pathlib.Path), of None om de sleutel uit de omgevingsvariabele {env} te lezen; het "
            "is {typ}.",
        },
        "count_too_large": {
            "en": "{arg} has a count of {value:.3g}; counts of persons cannot be that large "
            "(above 2**53 they are not even exact). Check the table: is a column of amounts or "
            "identifiers mixed in?",
            "nl": "{arg} heeft een aantal van {value:.3g}; aantallen personen kunnen niet zo groot "
            "zijn (boven 2**53 zijn ze niet eens exact). Controleer de tabel: staat er een kolom "
            "met bedragen of nummers tussen?",
        },
        "link_key_types": {
            "en": "on: the key {left!r} of {lname} holds {ltype} and the key {right!r} of {rname} "
            "holds {rtype}, so no value can match (1 is not '1'). Convert one of them in a copy, "
            "e.g. right.assign({right}=right[{right!r}].astype(str)) or pd.to_numeric(...), and "
            "check that leading zeros survive.",
            "nl": "on: de sleutel {left!r} van {lname} bevat {ltype} en de sleutel {right!r} van "
            "{rname} bevat {rtype}, dus geen enkele waarde kan overeenkomen (1 is niet '1'). Zet "
            "er één om in een kopie, bijvoorbeeld right.assign({right}=right[{right!r}]"
            ".astype(str)) of pd.to_numeric(...), en controleer dat voorloopnullen behouden "
            "blijven.",
        },
        "kind_numbers": {"en": "numbers", "nl": "getallen"},
        "kind_text": {"en": "text", "nl": "tekst"},
        "link_names": {
            "en": "names={value!r} must be two short names, one per register, e.g. "
            "names=('leerplicht', 'uitkeringen'); they label the result and the column suffixes.",
            "nl": "names={value!r} moet twee korte namen zijn, één per register, bijvoorbeeld "
            "names=('leerplicht', 'uitkeringen'); ze benoemen het resultaat en de achtervoegsels "
            "van kolommen.",
        },
        "key_file_missing": {
            "en": "The key file {path!r} does not exist. Check the path, or use the environment "
            "variable {env} instead.",
            "nl": "Het sleutelbestand {path!r} bestaat niet. Controleer het pad, of gebruik de "
            "omgevingsvariabele {env}.",
        },
        # --- link ---------------------------------------------------------------------------
        "link_title": {"en": "Linking two registers", "nl": "Koppeling van twee registers"},
        "link_side": {
            "en": "Of the {persons} persons (keys) in {name}, {linked} were found in {other} and "
            "{unlinked} were not{share}.",
            "nl": "Van de {persons} personen (sleutels) in {name} zijn er {linked} gevonden in "
            "{other} en {unlinked} niet{share}.",
        },
        "link_missing_key": {
            "en": "{k} records in {name} had no key and cannot link; they are counted, not "
            "silently dropped.",
            "nl": "{k} records in {name} hadden geen sleutel en kunnen niet koppelen; ze zijn "
            "geteld, niet stilzwijgend weggelaten.",
        },
        "link_rows": {
            "en": "The linked data ({how} join) have {rows} rows.",
            "nl": "De gekoppelde data ({how} join) hebben {rows} rijen.",
        },
        "link_meaning": {
            "en": "Persons who did not link are not 'without a benefit' or 'without absence': "
            "they are unknown to the other register, which can also mean a typing error, a "
            "move, or a different population.",
            "nl": "Wie niet koppelde is niet 'zonder uitkering' of 'zonder verzuim': die persoon "
            "is onbekend in het andere register, wat ook een typefout, een verhuizing of een "
            "andere populatie kan betekenen.",
        },
        "small_count": {"en": "fewer than {k}", "nl": "minder dan {k}"},
        "raw_bsn_key": {
            "en": "The key column {col!r} looks like raw citizen numbers ({share} of the values "
            "pass the 11-test). Analysts should receive pseudonyms only: pseudonymise at the "
            "source with ca.pseudonymise(..., key=...) before linking.",
            "nl": "De sleutelkolom {col!r} lijkt ruwe BSN's te bevatten ({share} van de waarden "
            "doorstaat de elfproef). Analisten horen alleen pseudoniemen te krijgen: "
            "pseudonimiseer bij de bron met ca.pseudonymise(..., key=...) vóór het koppelen.",
        },
        "relationship": {
            "en": "The link is not {expected}: {detail}. A person counted twice inflates every "
            "table. Check for duplicated records, or pass the relationship you expect "
            "(validate='one_to_many', 'many_to_one' or 'many_to_many').",
            "nl": "De koppeling is niet {expected}: {detail}. Een persoon die dubbel telt, blaast "
            "elke tabel op. Controleer op dubbele records, of geef de verwachte relatie mee "
            "(validate='one_to_many', 'many_to_one' of 'many_to_many').",
        },
        "dup_detail": {
            "en": "{k} keys occur more than once in {name}",
            "nl": "{k} sleutels komen meer dan eens voor in {name}",
        },
        "on_pair": {
            "en": "on={value!r} must be one column name, or a pair (left column, right column).",
            "nl": "on={value!r} moet één kolomnaam zijn, of een paar (linkerkolom, rechterkolom).",
        },
        # --- suppression --------------------------------------------------------------------
        "sup_title": {
            "en": "Table with small cells hidden (minimum {k})",
            "nl": "Tabel met kleine cellen afgeschermd (minimum {k})",
        },
        "sup_what": {
            "en": (
                "Of the {cells} cells, {hidden} are hidden: {n} because it describes fewer than "
                "{k} persons (primary suppression) and {secondary} more so that the hidden ones "
                "cannot be worked out from the rest and the totals (secondary suppression).",
                "Of the {cells} cells, {hidden} are hidden: {n} because they describe fewer "
                "than {k} persons (primary suppression) and {secondary} more so that the hidden "
                "ones cannot be worked out from the rest and the totals (secondary suppression).",
            ),
            "nl": (
                "Van de {cells} cellen zijn er {hidden} afgeschermd: {n} omdat die minder dan "
                "{k} personen beschrijft (primaire onderdrukking) en nog {secondary} zodat de "
                "afgeschermde niet uit de rest en de totalen terug te rekenen zijn (secundaire "
                "onderdrukking).",
                "Van de {cells} cellen zijn er {hidden} afgeschermd: {n} omdat ze minder dan "
                "{k} personen beschrijven (primaire onderdrukking) en nog {secondary} zodat de "
                "afgeschermde niet uit de rest en de totalen terug te rekenen zijn (secundaire "
                "onderdrukking).",
            ),
        },
        "sup_loss": {
            "en": "Hidden cells hold {share} of the {total} persons in the table; the totals "
            "shown are the true ones.",
            "nl": "De afgeschermde cellen bevatten {share} van de {total} personen in de tabel; "
            "de getoonde totalen zijn de echte.",
        },
        "sup_rates": {
            "en": "A rate or mean is hidden when the count it rests on (or its numerator) is "
            "hidden in the count table.",
            "nl": "Een percentage of gemiddelde is afgeschermd als het aantal waarop het rust (of "
            "de teller) in de telling is afgeschermd.",
        },
        "sup_zero": {
            "en": "Zero cells describe nobody and are shown as 0 (zeros='publish'); 'x' marks a "
            "hidden cell, never a zero.",
            "nl": "Nulcellen beschrijven niemand en staan er als 0 (zeros='publish'); 'x' markeert "
            "een afgeschermde cel, nooit een nul.",
        },
        "sup_zero_hide": {
            "en": "Zero cells are treated as small cells and hidden too (zeros='hide'); 'x' marks "
            "a hidden cell.",
            "nl": "Nulcellen worden als kleine cellen behandeld en ook afgeschermd "
            "(zeros='hide'); 'x' markeert een afgeschermde cel.",
        },
        "sup_not": {
            "en": "This protects against working out cells from this one table; it does not "
            "protect against linking it to other published tables with overlapping groups.",
            "nl": "Dit beschermt tegen terugrekenen uit deze ene tabel; niet tegen het "
            "combineren met andere gepubliceerde tabellen met overlappende groepen.",
        },
        "sup_multi_cell": {
            "en": "{k} persons appear in more than one cell; each cell counts them once, so the "
            "totals count them more than once.",
            "nl": "{k} personen komen in meer dan één cel voor; elke cel telt ze één keer, dus de "
            "totalen tellen ze vaker.",
        },
        "negative": {
            "en": "{arg} has {values} (e.g. {example}); a count of persons cannot be negative. "
            "Check how the table was made (a difference instead of a count?).",
            "nl": "{arg} heeft {values} (bijvoorbeeld {example}); een aantal personen kan niet "
            "negatief zijn. Controleer hoe de tabel is gemaakt (een verschil in plaats van een "
            "aantal?).",
        },
        "n_negative": {
            "en": ("{n} negative value", "{n} negative values"),
            "nl": ("{n} negatieve waarde", "{n} negatieve waarden"),
        },
        "n_missing": {
            "en": ("{n} missing value", "{n} missing values"),
            "nl": ("{n} ontbrekende waarde", "{n} ontbrekende waarden"),
        },
        "n_infinite": {
            "en": ("{n} infinite value", "{n} infinite values"),
            "nl": ("{n} oneindige waarde", "{n} oneindige waarden"),
        },
        "table_missing": {
            "en": "{arg} has {values}. A missing cell is not a zero and is never filled in "
            "silently: fill it on purpose (e.g. .fillna(0) when it means 'nobody').",
            "nl": "{arg} heeft {values}. Een ontbrekende cel is geen nul en wordt nooit "
            "stilzwijgend ingevuld: vul hem bewust in (bijvoorbeeld .fillna(0) als hij 'niemand' "
            "betekent).",
        },
        "not_counts": {
            "en": "{arg} holds non-whole numbers (e.g. {example}), so it is not a table of "
            "counts. For a table of rates or means, pass the counts it rests on as "
            "counts=... (same rows and columns).",
            "nl": "{arg} bevat niet-gehele getallen (bijvoorbeeld {example}), dus het is geen tabel met "
            "aantallen. Geef bij een tabel met percentages of gemiddelden de onderliggende "
            "aantallen mee als counts=... (zelfde rijen en kolommen).",
        },
        "text_column": {
            "en": "{arg} column {col!r} holds text (e.g. {example!r}), not counts. Put the row "
            "labels in the index, e.g. table.set_index({col!r}), so every column is a count.",
            "nl": "{arg}-kolom {col!r} bevat tekst (bijvoorbeeld {example!r}), geen aantallen. Zet de "
            "rijlabels in de index, bijvoorbeeld table.set_index({col!r}), zodat elke kolom een aantal "
            "is.",
        },
        "no_counts": {
            "en": "{arg} has no column of counts (its columns are {cols}). Make a table of "
            "counts first, e.g. pd.crosstab(data['district'], data['benefit']), or pass the "
            "records with by=[row, column] and person=....",
            "nl": "{arg} heeft geen kolom met aantallen (de kolommen zijn {cols}). Maak eerst "
            "een tabel met aantallen, bijvoorbeeld pd.crosstab(data['wijk'], data['uitkering']), of geef "
            "de records mee met by=[rij, kolom] en person=....",
        },
        "has_totals": {
            "en": "{arg} already has a total {where} ({label!r}). Pass the table without totals: "
            "the function adds the true totals itself, and a total treated as a cell would be "
            "suppressed like one. Drop it, e.g. table.drop(index={label!r}) or "
            "pd.crosstab(..., margins=False).",
            "nl": "{arg} heeft al een totaal{where} ({label!r}). Geef de tabel zonder totalen: de "
            "functie voegt de echte totalen zelf toe, en een totaal dat als cel wordt behandeld "
            "zou ook zo worden onderdrukt. Laat het weg, bijvoorbeeld table.drop(index={label!r}) of "
            "pd.crosstab(..., margins=False).",
        },
        "where_row": {"en": "row", "nl": "rij"},
        "where_col": {"en": "column", "nl": "kolom"},
        "small_margin": {
            "en": "The total of {what} {label!r} is {total}, below min_cell_size={k}. A published "
            "total that small reveals its cells whatever is hidden. Merge it with a similar "
            "{what} first (e.g. neighbouring districts), or leave it out and say so.",
            "nl": "Het totaal van {what} {label!r} is {total}, onder min_cell_size={k}. Een "
            "gepubliceerd totaal dat zo klein is, verraadt zijn cellen wat er ook wordt "
            "afgeschermd. Voeg het eerst samen met een vergelijkbare {what} (bijvoorbeeld aangrenzende "
            "wijken), of laat het weg en meld dat.",
        },
        "what_row": {"en": "row", "nl": "rij"},
        "what_col": {"en": "column", "nl": "kolom"},
        "shape_mismatch": {
            "en": "{arg} must have the same rows and columns as table; {detail}. Build both from "
            "the same crosstab, e.g. with .reindex_like(table).",
            "nl": "{arg} moet dezelfde rijen en kolommen hebben als table; {detail}. Maak ze uit "
            "dezelfde kruistabel, bijvoorbeeld met .reindex_like(table).",
        },
        "numerator_gt": {
            "en": (
                "numerators is larger than counts in {n} cell; a numerator counts part of the "
                "persons in its cell. Check that the two tables were not swapped.",
                "numerators is larger than counts in {n} cells; a numerator counts part of the "
                "persons in its cell. Check that the two tables were not swapped.",
            ),
            "nl": (
                "numerators is in {n} cel groter dan counts; een teller telt een deel van de "
                "personen in zijn cel. Controleer of de twee tabellen niet zijn verwisseld.",
                "numerators is in {n} cellen groter dan counts; een teller telt een deel van de "
                "personen in zijn cel. Controleer of de twee tabellen niet zijn verwisseld.",
            ),
        },
        "person_needed": {
            "en": "person is needed with by=...: cells count distinct persons, not records "
            "(15 truancy reports of 5 pupils is 5). Pass the column that identifies a person, "
            "e.g. person='pupil_pseudonym'.",
            "nl": "person is nodig bij by=...: cellen tellen verschillende personen, geen records "
            "(15 verzuimmeldingen van 5 leerlingen is 5). Geef de kolom die een persoon "
            "aanwijst, bijvoorbeeld person='pseudoniem_leerling'.",
        },
        "by_two": {
            "en": "by={value!r} must name two columns: the rows and the columns of the table.",
            "nl": "by={value!r} moet twee kolommen noemen: de rijen en de kolommen van de tabel.",
        },
        "unprotectable": {
            "en": "Cell ({row!r}, {col!r}) cannot be protected: whatever else is hidden, the "
            "published totals pin it down. Merge small rows or columns first, or pass "
            "zeros='hide' so empty cells can help.",
            "nl": "Cel ({row!r}, {col!r}) is niet te beschermen: wat er ook wordt afgeschermd, de "
            "gepubliceerde totalen leggen hem vast. Voeg eerst kleine rijen of kolommen samen, "
            "of geef zeros='hide' mee zodat lege cellen kunnen helpen.",
        },
        "hidden_shape": {
            "en": "hidden must be a boolean DataFrame with the same rows and columns as table.",
            "nl": "hidden moet een DataFrame met True/False zijn, met dezelfde rijen en kolommen "
            "als table.",
        },
        # --- audit --------------------------------------------------------------------------
        "audit_title": {
            "en": "Audit: can a hidden cell be worked out?",
            "nl": "Controle: is een afgeschermde cel terug te rekenen?",
        },
        "audit_what": {
            "en": (
                "An attacker who knows the visible cells and the true totals solved a linear "
                "program for the {n} hidden cell, finding the smallest and largest value it "
                "can have.",
                "An attacker who knows the visible cells and the true totals solved a linear "
                "program for each of the {n} hidden cells, finding the smallest and largest "
                "value it can have.",
            ),
            "nl": (
                "Een aanvaller die de zichtbare cellen en de echte totalen kent, loste voor de "
                "{n} afgeschermde cel een lineair programma op voor de kleinste en grootste "
                "waarde die de cel kan hebben.",
                "Een aanvaller die de zichtbare cellen en de echte totalen kent, loste voor elk "
                "van de {n} afgeschermde cellen een lineair programma op voor de kleinste en "
                "grootste waarde die de cel kan hebben.",
            ),
        },
        "audit_ok": {
            "en": "Every hidden small cell could be {k} or more, so the attacker cannot even tell "
            "that it is small.",
            "nl": "Elke afgeschermde kleine cel kan {k} of meer zijn, dus de aanvaller kan niet "
            "eens zien dat hij klein is.",
        },
        "audit_leak": {
            "en": (
                "{n} hidden small cell leaks: its largest possible value is below {k}, so an "
                "attacker knows it is small (and may know it exactly). Do not publish this "
                "table; use ca.suppress_small_cells, which adds secondary suppression.",
                "{n} hidden small cells leak: their largest possible value is below {k}, so an "
                "attacker knows they are small (and may know them exactly). Do not publish this "
                "table; use ca.suppress_small_cells, which adds secondary suppression.",
            ),
            "nl": (
                "{n} afgeschermde kleine cel lekt: de grootst mogelijke waarde ligt onder {k}, dus "
                "een aanvaller weet dat de cel klein is (en misschien precies hoe groot). "
                "Publiceer deze tabel niet; gebruik ca.suppress_small_cells, dat secundaire "
                "onderdrukking toevoegt.",
                "{n} afgeschermde kleine cellen lekken: hun grootst mogelijke waarde ligt onder {k}, "
                "dus een aanvaller weet dat ze klein zijn (en misschien precies hoe groot). "
                "Publiceer deze tabel niet; gebruik ca.suppress_small_cells, dat secundaire "
                "onderdrukking toevoegt.",
            ),
        },
        "audit_not": {
            "en": "The audit assumes the attacker knows only this table; other published tables "
            "must be audited together with it.",
            "nl": "De controle gaat ervan uit dat de aanvaller alleen deze tabel kent; controleer "
            "andere gepubliceerde tabellen daarom samen met deze.",
        },
        # --- k-anonymity --------------------------------------------------------------------
        "k_title": {
            "en": "k-anonymity of records before release",
            "nl": "k-anonimiteit van records vóór uitgifte",
        },
        "k_what": {
            "en": (
                "Grouping the {records} records by {qi}, the smallest group has {n} record; "
                "the rule asks for at least {k}.",
                "Grouping the {records} records by {qi}, the smallest group has {n} records; "
                "the rule asks for at least {k}.",
            ),
            "nl": (
                "Gegroepeerd naar {qi} heeft de kleinste groep van de {records} records {n} "
                "record; de regel vraagt minstens {k}.",
                "Gegroepeerd naar {qi} heeft de kleinste groep van de {records} records {n} "
                "records; de regel vraagt minstens {k}.",
            ),
        },
        "k_below": {
            "en": "{groups} of the {total} groups are smaller than {k}; they hold {records} "
            "records ({share}). The table lists them by size only, never by their values.",
            "nl": "{groups} van de {total} groepen zijn kleiner dan {k}; samen {records} records "
            "({share}). De tabel noemt ze alleen naar grootte, nooit naar hun waarden.",
        },
        "k_ok": {
            "en": "Every group has at least {k} records.",
            "nl": "Elke groep heeft minstens {k} records.",
        },
        "k_not": {
            "en": "k-anonymity protects against finding a person by these columns only; other "
            "columns, or a group where everyone shares the same sensitive value, can still "
            "reveal something.",
            "nl": "k-anonimiteit beschermt alleen tegen het vinden van iemand via deze kolommen; "
            "andere kolommen, of een groep waarin iedereen dezelfde gevoelige waarde heeft, "
            "kunnen nog iets verraden.",
        },
        "k_fix": {
            "en": "Coarsen the groups (age bands, district instead of neighbourhood) or leave a "
            "column out, and check again.",
            "nl": "Maak de groepen grover (leeftijdsklassen, wijk in plaats van buurt) of laat een "
            "kolom weg, en controleer opnieuw.",
        },
        "k_missing": {
            "en": "{k} records have a missing quasi-identifier; missing is treated as a value of "
            "its own.",
            "nl": "{k} records hebben een ontbrekende quasi-identificator; ontbrekend telt als "
            "een eigen waarde.",
        },
        "qi_empty": {
            "en": "quasi_identifiers is empty; name the columns someone could know about a "
            "person, e.g. ['district', 'age', 'sex'].",
            "nl": "quasi_identifiers is leeg; noem de kolommen die iemand over een persoon kan "
            "weten, bijvoorbeeld ['wijk', 'leeftijd', 'geslacht'].",
        },
    },
)


def count_text(n: int, lang: str | None) -> str:
    """A person count for a sentence: below the minimum cell size it reads 'fewer than 15'."""
    lang = resolve_language(lang)
    k = get_option("min_cell_size")
    if 0 < n < k:
        return MSG("small_count", lang=lang, k=k)
    return fmt(n, lang)


def typename(value: Any) -> str:
    """The type of a value for a message, with its article in each language (one helper)."""
    from .._validation import _typename

    return _typename(value)
