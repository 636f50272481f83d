"""Messages of the prediction module, in English and Dutch, and its fixed lists."""

from __future__ import annotations

from .._text import Catalog

#: Fewest positive cases in the test part for the intervals to be worth showing.
_MIN_TEST_POSITIVES = 5

MSG = Catalog(
    "prediction",
    {
        # --- the ethics checklist -------------------------------------------------------------
        "ethics_title": {
            "en": "Ethics checklist (in the spirit of DEDA, Utrecht University)",
            "nl": "Ethische checklist (in de geest van DEDA, Universiteit Utrecht)",
        },
        "q_purpose": {
            "en": "What is the purpose of the prediction, and which decision will it support?",
            "nl": "Wat is het doel van de voorspelling, en welke beslissing ondersteunt die?",
        },
        "q_affected": {
            "en": "Who is affected by it (pupils, parents, staff), and how?",
            "nl": "Wie raakt het (leerlingen, ouders, medewerkers), en hoe?",
        },
        "q_flagged_action": {
            "en": "What happens to a pupil the model flags, and who decides?",
            "nl": "Wat gebeurt er met een leerling die het model aanwijst, en wie beslist?",
        },
        "q_off_limits": {
            "en": "Which features are off limits for the model, and why?",
            "nl": "Welke kenmerken mag het model niet gebruiken, en waarom?",
        },
        "ethics_incomplete": {
            "en": "The ethics checklist is not filled in: {problems}. A prediction about people "
            "may only be evaluated once its purpose, who is affected, what happens to a flagged "
            "pupil and which features are off limits have been thought through and written down. "
            "Answer each in at least {words} words, e.g. ca.EthicsChecklist(purpose='...', "
            "affected='...', flagged_action='...', off_limits={{'sex': 'reason ...'}}).",
            "nl": "De ethische checklist is niet ingevuld: {problems}. Een voorspelling over "
            "mensen mag pas worden geëvalueerd als het doel, wie het raakt, wat er met een "
            "aangewezen leerling gebeurt en welke kenmerken niet gebruikt mogen worden, zijn "
            "doordacht en opgeschreven. Beantwoord elk in minstens {words} woorden, bijvoorbeeld "
            "ca.EthicsChecklist(purpose='...', affected='...', flagged_action='...', "
            "off_limits={{'sex': 'reden ...'}}).",
        },
        "p_missing": {"en": "{name} is empty", "nl": "{name} is leeg"},
        "p_short": {
            "en": ("{name} has {n} word ({value!r})", "{name} has {n} words ({value!r})"),
            "nl": ("{name} heeft {n} woord ({value!r})", "{name} heeft {n} woorden ({value!r})"),
        },
        "p_placeholder": {
            "en": "{name} is a placeholder ({value!r})",
            "nl": "{name} is een plaatshouder ({value!r})",
        },
        "p_off_limits_type": {
            "en": "off_limits must map each feature to its reason (a dict), got {typ}",
            "nl": "off_limits moet elk kenmerk aan een reden koppelen (een dict), het is {typ}",
        },
        "p_off_limits_empty": {
            "en": "off_limits names no feature",
            "nl": "off_limits noemt geen enkel kenmerk",
        },
        "p_reason": {
            "en": "the reason for off-limits feature {feature!r} is missing or too short",
            "nl": "de reden voor het uitgesloten kenmerk {feature!r} ontbreekt of is te kort",
        },
        "ethics_required": {
            "en": "ethics is missing: evaluate_classifier needs a filled-in ca.EthicsChecklist "
            "before it evaluates a prediction about people. Fill one in (purpose, who is affected, "
            "what happens to a flagged pupil, which features are off limits and why), save it with "
            "checklist.save(path) and pass ethics=checklist.",
            "nl": "ethics ontbreekt: evaluate_classifier heeft een ingevulde ca.EthicsChecklist "
            "nodig voordat het een voorspelling over mensen evalueert. Vul er een in (doel, wie het "
            "raakt, wat er met een aangewezen leerling gebeurt, welke kenmerken niet mogen en "
            "waarom), sla hem op met checklist.save(pad) en geef ethics=checklist mee.",
        },
        "ethics_type": {
            "en": "ethics must be a ca.EthicsChecklist; got {typ} instead.",
            "nl": "ethics moet een ca.EthicsChecklist zijn; het is {typ}.",
        },
        "feature_off_limits": {
            "en": "features includes {feature!r}, which the ethics checklist puts off limits "
            "(reason: {reason}). Remove it from features, or revise the checklist on purpose and "
            "record why.",
            "nl": "features bevat {feature!r}, dat volgens de ethische checklist niet gebruikt mag "
            "worden (reden: {reason}). Haal het uit features, of herzie de checklist bewust en "
            "leg vast waarom.",
        },
        # --- evaluate_classifier: bad input --------------------------------------------------
        "not_classifier": {
            "en": "model must be a scikit-learn classifier with fit and predict_proba; got {typ}. "
            "Use e.g. sklearn.linear_model.LogisticRegression().",
            "nl": "model moet een scikit-learn-classificatiemodel zijn met fit en predict_proba; "
            "het is {typ}. Gebruik bijvoorbeeld sklearn.linear_model.LogisticRegression().",
        },
        "not_fitted": {
            "en": "model is not fitted, and no split was asked for (time=None, groups=None), so "
            "there is nothing to evaluate. Either pass time='<date column>' (or groups=...) so "
            "evaluate_classifier trains a copy on the earlier years and tests it on the later "
            "ones, or fit the model first on other data and pass only data it has not seen.",
            "nl": "model is niet getraind, en er is geen splitsing gevraagd (time=None, "
            "groups=None), dus er valt niets te evalueren. Geef time='<datumkolom>' (of groups=...) "
            "mee zodat evaluate_classifier een kopie traint op de eerdere jaren en test op de "
            "latere, of train het model eerst op andere data en geef alleen data mee die het niet "
            "heeft gezien.",
        },
        "time_and_groups": {
            "en": "time={time!r} and groups={groups!r} were both given; choose one way to split: "
            "by time (train on earlier, test on later) or by group (test on unseen groups).",
            "nl": "time={time!r} en groups={groups!r} zijn allebei opgegeven; kies één manier van "
            "splitsen: naar tijd (trainen op eerder, testen op later) of naar groep (testen op "
            "groepen die het model niet zag).",
        },
        "time_type": {
            "en": "time={col!r} must hold dates (datetime64) or whole years, but its type is "
            "{dtype} (e.g. {example!r}). Dates stored as text sort wrongly and cannot be split by "
            "period: convert a copy with pd.to_datetime(data[{col!r}]).",
            "nl": "time={col!r} moet datums (datetime64) of hele jaartallen bevatten, maar het "
            "type is {dtype} (bijvoorbeeld {example!r}). Datums als tekst sorteren verkeerd en "
            "zijn niet per periode te splitsen: zet een kopie om met pd.to_datetime(data[{col!r}]).",
        },
        "bad_test_from": {
            "en": "test_from={value!r} cannot be compared with time={col!r} ({dtype}); give a "
            "date such as '2022-01-01' for dates, or a year such as 2022 for years.",
            "nl": "test_from={value!r} is niet te vergelijken met time={col!r} ({dtype}); geef "
            "een datum zoals '2022-01-01' voor datums, of een jaar zoals 2022 voor jaartallen.",
        },
        "empty_train": {
            "en": "The split leaves the training set {empty} ({n_train} training and {n_test} test "
            "rows, test_from={cut}). A model needs earlier cases to learn from and later ones to "
            "be tested on: choose test_from between {low} and {high}.",
            "nl": "De splitsing laat de {empty} leeg ({n_train} trainings- en {n_test} testrijen, "
            "test_from={cut}). Een model heeft eerdere casussen nodig om van te leren en latere "
            "om op getest te worden: kies test_from tussen {low} en {high}.",
        },
        "word_train": {"en": "empty", "nl": "trainingsset"},
        "word_test": {"en": "without a test set", "nl": "testset"},
        "no_positives_test": {
            "en": "The test part has {n} rows but no case with {target}=1 ({split}); ROC AUC, "
            "PR AUC and recall cannot be computed without positives. Move test_from earlier, or "
            "check that the target was recorded for the later period.",
            "nl": "Het testdeel heeft {n} rijen maar geen enkele casus met {target}=1 ({split}); "
            "ROC-AUC, PR-AUC en recall zijn zonder positieven niet te berekenen. Kies test_from "
            "eerder, of controleer of de uitkomst voor de latere periode is vastgelegd.",
        },
        "few_positives_test": {
            "en": (
                "The test part has only {n} case with {target}=1 (fewer than {k}): most "
                "bootstrap resamples hold no positive case, so the intervals of ROC AUC, PR AUC, "
                "recall and precision cannot be computed or mean little. Use a longer test "
                "period before judging the model.",
                "The test part has only {n} cases with {target}=1 (fewer than {k}): many "
                "bootstrap resamples hold no positive case, so the intervals of ROC AUC, PR AUC, "
                "recall and precision cannot be computed or mean little. Use a longer test "
                "period before judging the model.",
            ),
            "nl": (
                "Het testdeel heeft maar {n} casus met {target}=1 (minder dan {k}): de meeste "
                "bootstrap-trekkingen bevatten geen positieve casus, dus de intervallen van "
                "ROC-AUC, PR-AUC, recall en precisie zijn niet te berekenen of zeggen weinig. "
                "Neem een langere testperiode voordat u het model beoordeelt.",
                "Het testdeel heeft maar {n} casussen met {target}=1 (minder dan {k}): veel "
                "bootstrap-trekkingen bevatten geen positieve casus, dus de intervallen van "
                "ROC-AUC, PR-AUC, recall en precisie zijn niet te berekenen of zeggen weinig. "
                "Neem een langere testperiode voordat u het model beoordeelt.",
            ),
        },
        "one_class_train": {
            "en": "The training part has only {target}={value} ({n} rows); the model cannot learn "
            "to tell the two classes apart. Move test_from later or use more data.",
            "nl": "Het trainingsdeel heeft alleen {target}={value} ({n} rijen); het model kan zo "
            "niet leren de twee klassen te onderscheiden. Kies test_from later of gebruik meer "
            "data.",
        },
        "separation": {
            "en": "feature {feature!r} separates {target} perfectly in the training data (every "
            "case with {target}=1 has {feature} {side} {value}). Real outcomes are never that "
            "predictable: the feature is probably recorded after the outcome or derived from it "
            "(leakage). Remove it from features.",
            "nl": "kenmerk {feature!r} scheidt {target} perfect in de trainingsdata (elke casus met "
            "{target}=1 heeft {feature} {side} {value}). Echte uitkomsten zijn nooit zo "
            "voorspelbaar: het kenmerk is waarschijnlijk na de uitkomst vastgelegd of ervan "
            "afgeleid (lekkage). Haal het uit features.",
        },
        "bad_rule": {
            "en": "rule={value!r} must be a numeric column (higher value = higher risk, e.g. "
            "'prior_cases'); {col!r} is {dtype}.",
            "nl": "rule={value!r} moet een numerieke kolom zijn (hogere waarde = hoger risico, "
            "bijvoorbeeld 'prior_cases'); {col!r} is {dtype}.",
        },
        "why_n_boot": {
            "en": "Fewer resamples make the intervals themselves unreliable (default 500). ",
            "nl": "Met minder trekkingen zijn de intervallen zelf onbetrouwbaar (standaard 500). ",
        },
        "small_group": {
            "en": (
                "{var}={level!r} has {n} case in the test data, fewer than the minimum cell "
                "size of {k}: no rate or metric is reported for it (too small).",
                "{var}={level!r} has {n} cases in the test data, fewer than the minimum cell "
                "size of {k}: no rate or metric is reported for it (too small).",
            ),
            "nl": (
                "{var}={level!r} heeft {n} casus in de testdata, minder dan de minimale "
                "celgrootte van {k}: er wordt geen percentage of maat voor gemeld (te klein).",
                "{var}={level!r} heeft {n} casussen in de testdata, minder dan de minimale "
                "celgrootte van {k}: er wordt geen percentage of maat voor gemeld (te klein).",
            ),
        },
        "prediction_failed": {
            "en": "The model could not be fitted or could not predict from the features "
            "({error}). If a feature is text or a category, the model needs an encoder "
            "(e.g. a scikit-learn Pipeline with OneHotEncoder) or a model that takes categories "
            "(HistGradientBoostingClassifier(categorical_features='from_dtype')).",
            "nl": "Het model kon niet getraind worden of niet voorspellen uit de kenmerken "
            "({error}). Is een kenmerk tekst of een categorie, dan heeft het model een encoder "
            "nodig (bijvoorbeeld een scikit-learn Pipeline met OneHotEncoder) of een model dat "
            "categorieën aankan "
            "(HistGradientBoostingClassifier(categorical_features='from_dtype')).",
        },
        # --- labels and explanation -----------------------------------------------------------
        "title": {
            "en": "Honest evaluation of a classifier for '{target}'",
            "nl": "Eerlijke evaluatie van een classificatiemodel voor '{target}'",
        },
        "method_bootstrap": {
            "en": "bootstrap percentile interval, {n_boot} resamples of the test cases",
            "nl": "bootstrap-percentielinterval, {n_boot} trekkingen uit de testcasussen",
        },
        "estimate_label": {
            "en": "{target}: model on the test data",
            "nl": "{target}: model op de testdata",
        },
        "split_time": {
            "en": "trained on {n_train} cases before {cut}, tested on {n_test} cases from {cut} on",
            "nl": "getraind op {n_train} casussen vóór {cut}, getest op {n_test} casussen vanaf "
            "{cut}",
        },
        "split_groups": {
            "en": "trained on {n_train} cases from {g_train} groups of '{col}', tested on {n_test} "
            "cases from {g_test} other groups",
            "nl": "getraind op {n_train} casussen uit {g_train} groepen van '{col}', getest op "
            "{n_test} casussen uit {g_test} andere groepen",
        },
        "split_given": {
            "en": "a model fitted beforehand, tested on the {n_test} cases given",
            "nl": "een vooraf getraind model, getest op de {n_test} meegegeven casussen",
        },
        "rule_text": {
            "en": "the higher '{col}', the higher the risk (the event rate per band of '{col}' in "
            "the training data)",
            "nl": "hoe hoger '{col}', hoe hoger het risico (het percentage per klasse van '{col}' "
            "in de trainingsdata)",
        },
        "s_what": {
            "en": "The model for '{target}' was {split}; {pos} of the test cases had the event "
            "({prev}).",
            "nl": "Het model voor '{target}' is {split}; {pos} van de testcasussen hadden de "
            "gebeurtenis ({prev}).",
        },
        "s_number": {
            "en": "On data it had not seen, its ROC AUC is {auc}, where 0.5 is chance and 1 is "
            "perfect; its Brier score is {brier} against {brier_base} for the base "
            "rate{rule_part} (lower is better).",
            "nl": "Op data die het niet had gezien is de ROC-AUC {auc}, waarbij 0,5 toeval is en "
            "1 perfect; de Brier-score is {brier} tegen {brier_base} voor het "
            "basispercentage{rule_part} (lager is beter).",
        },
        "s_rule_part": {
            "en": " and {brier_rule} for the simple rule",
            "nl": " en {brier_rule} voor de eenvoudige regel",
        },
        "s_use_yes": {
            "en": "It does better than the base rate{rule_verdict}, but its ranking is {strength}; "
            "at most it can help professionals decide which cases to look at first, never decide "
            "about a pupil on its own.",
            "nl": "Het doet het beter dan het basispercentage{rule_verdict}, maar de rangorde is "
            "{strength}; hoogstens kan het professionals helpen kiezen welke casussen ze eerst "
            "bekijken, nooit zelf over een leerling beslissen.",
        },
        # Rough bands for ROC AUC, as commonly used in the prediction-model literature.
        "strength_weak": {
            "en": "weak, barely better than chance",
            "nl": "zwak, nauwelijks beter dan toeval",
        },
        "strength_modest": {"en": "modest", "nl": "bescheiden"},
        "strength_fair": {"en": "fair, not more", "nl": "redelijk, niet meer"},
        "strength_good": {
            "en": "good (check for leakage: real outcomes are rarely this predictable)",
            "nl": "goed (controleer op lekkage: echte uitkomsten zijn zelden zo voorspelbaar)",
        },
        "rule_better": {
            "en": " and better than the simple rule",
            "nl": " en beter dan de eenvoudige regel",
        },
        "rule_not_better": {
            "en": ", but not clearly better than the simple rule, which is easier to explain",
            "nl": ", maar niet duidelijk beter dan de eenvoudige regel, die makkelijker uit te "
            "leggen is",
        },
        "s_use_no": {
            "en": "It is not good enough to use: on data it had not seen it does not clearly beat "
            "simply giving every case the base rate.",
            "nl": "Het is niet goed genoeg om te gebruiken: op data die het niet had gezien doet "
            "het het niet duidelijk beter dan elke casus het basispercentage geven.",
        },
        "s_groups": {
            "en": "The largest gap in ROC AUC between groups is {gap} for '{var}' ({worst} "
            "against {best}){small}.",
            "nl": "Het grootste verschil in ROC-AUC tussen groepen is {gap} bij '{var}' ({worst} "
            "tegenover {best}){small}.",
        },
        "s_groups_small": {
            "en": ("; {n} group was too small to report", "; {n} groups were too small to report"),
            "nl": (
                "; {n} groep was te klein om te melden",
                "; {n} groepen waren te klein om te melden",
            ),
        },
        "gap_text": {
            "en": "{gap} ({level:g}% interval {low} to {high})",
            "nl": "{gap} ({level:g}%-betrouwbaarheidsinterval {low} tot {high})",
        },
        "s_not_cause": {
            "en": "A feature that predicts is not a cause: the model shows which cases tended to "
            "come back, not why, and not what would change it.",
            "nl": "Een kenmerk dat voorspelt is geen oorzaak: het model laat zien welke casussen "
            "vaker terugkwamen, niet waarom, en niet wat daar iets aan zou veranderen.",
        },
        "s_caveats": {"en": "Caveats: {text}", "nl": "Kanttekeningen: {text}"},
        "effect": {"en": "discrimination", "nl": "onderscheidend vermogen"},
        "metric_roc_auc": {"en": "ROC AUC", "nl": "ROC-AUC"},
        "metric_pr_auc": {
            "en": "PR AUC (average precision)",
            "nl": "PR-AUC (gemiddelde precisie)",
        },
        "metric_brier": {
            "en": "Brier score (lower is better)",
            "nl": "Brier-score (lager is beter)",
        },
        "name_model": {"en": "the model", "nl": "het model"},
        "name_base_rate": {"en": "base rate for everyone", "nl": "basispercentage voor iedereen"},
        "name_rule": {"en": "simple rule", "nl": "eenvoudige regel"},
        "cal_x": {"en": "predicted probability", "nl": "voorspelde kans"},
        "cal_y": {
            "en": "observed share ({level:g}% interval)",
            "nl": "waargenomen aandeel ({level:g}%-betrouwbaarheidsinterval)",
        },
        "cal_title": {
            "en": "Calibration on the test data (on the diagonal = well calibrated)",
            "nl": "Kalibratie op de testdata (op de diagonaal = goed gekalibreerd)",
        },
        "groups_title": {
            "en": "{metric} per group ({level:g}% interval); dashed: whole test set",
            "nl": "{metric} per groep ({level:g}%-betrouwbaarheidsinterval); gestippeld: hele "
            "testset",
        },
    },
)

_METRICS = ("roc_auc", "pr_auc", "brier", "calibration_in_the_large", "recall", "precision")
_GROUP_METRICS = ("roc_auc", "pr_auc", "brier", "observed_rate", "mean_predicted")
_PLACEHOLDERS = {
    "todo",
    "tbd",
    "...",
    "…",
    "n.v.t.",
    "nvt",
    "n/a",
    "na",
    "xxx",
    "?",
    "-",
    "fill in",
}
_MIN_WORDS = 5
