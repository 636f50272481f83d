"""English and Dutch text of the designs (pilots, difference-in-differences, interrupted time series,
regression to the mean)."""

from __future__ import annotations

from .._text import Catalog

MSG = Catalog(
    "designs",
    {
        # ---------------------------------------------------------------- shared input errors
        "time_type": {
            "en": "{arg}={col!r} must hold periods as numbers (years, months counted 1, 2, ...), "
            "dates or pandas periods; its type is {dtype}. Convert it, e.g. with "
            "pd.to_datetime(data[{col!r}]) or a running period number.",
            "nl": "{arg}={col!r} moet perioden bevatten als getallen (jaren, maanden geteld als 1, "
            "2, ...), datums of pandas-perioden; het type is {dtype}. Zet de kolom om, "
            "bijvoorbeeld met pd.to_datetime(data[{col!r}]) of een doorlopend periodenummer.",
        },
        "gaps": {
            "en": "{arg}={col!r} has gaps: no period between {after} and {before} "
            "(gaps in all: {k}). A design compares each period with its neighbours, so a missing "
            "period would silently be treated as if it were not there. Add the missing periods "
            "(with their values, or 0 for counts when nothing was reported), or analyse the parts "
            "before and after the gap separately.",
            "nl": "{arg}={col!r} heeft gaten: er is geen periode tussen {after} en {before} "
            "(in totaal {k} keer). Een design vergelijkt elke periode met de perioden ernaast, "
            "dus een ontbrekende periode zou stilzwijgend worden overgeslagen. Vul de ontbrekende "
            "perioden aan (met hun waarden, of 0 bij aantallen als er niets gemeld is), of "
            "analyseer de stukken voor en na het gat apart.",
        },
        "outcome_type_mismatch": {
            "en": "outcome_type={kind!r} does not fit outcome={col!r}: a binary outcome is coded "
            "0/1 and a count holds whole numbers of 0 or more. Leave outcome_type out to let the "
            "function choose, or recode the outcome.",
            "nl": "outcome_type={kind!r} past niet bij outcome={col!r}: een binaire uitkomst is "
            "gecodeerd als 0/1 en een aantal bestaat uit gehele getallen van 0 of meer. Laat "
            "outcome_type weg zodat de functie zelf kiest, of codeer de uitkomst om.",
        },
        "period_not_in_data": {
            "en": "{arg}={value!r} is not a period in {col!r}, which runs from {first} to {last}. "
            "Give one of the periods in the data (or a list of them).",
            "nl": "{arg}={value!r} is geen periode in {col!r}; die loopt van {first} tot {last}. "
            "Geef een van de perioden in de data (of een lijst daarvan).",
        },
        "measure_rate_ratio": {"en": "rate ratio", "nl": "frequentieverhouding"},
        "measure_did": {"en": "difference-in-differences", "nl": "verschil-in-verschillen"},
        "measure_did_pp": {
            "en": "difference-in-differences (percentage points)",
            "nl": "verschil-in-verschillen (procentpunten)",
        },
        "effect_change": {"en": "change", "nl": "verandering"},
        "model_ols_twfe": {
            "en": "a linear model with unit and period fixed effects, standard errors clustered by "
            "unit",
            "nl": "een lineair model met vaste effecten per eenheid en per periode, "
            "standaardfouten geclusterd per eenheid",
        },
        "model_ols_cs": {
            "en": "a linear model with group and period effects, robust (HC1) standard errors",
            "nl": "een lineair model met effecten per groep en per periode, robuuste "
            "(HC1-)standaardfouten",
        },
        "model_lpm_twfe": {
            "en": "a linear probability model with unit and period fixed effects, standard errors "
            "clustered by unit",
            "nl": "een lineair kansmodel met vaste effecten per eenheid en per periode, "
            "standaardfouten geclusterd per eenheid",
        },
        "model_lpm_cs": {
            "en": "a linear probability model with group and period effects, robust (HC1) "
            "standard errors",
            "nl": "een lineair kansmodel met effecten per groep en per periode, robuuste "
            "(HC1-)standaardfouten",
        },
        "model_poisson_panel": {
            "en": "Poisson regression for counts with group and period effects, standard errors "
            "clustered by unit",
            "nl": "Poisson-regressie voor aantallen met effecten per groep en per periode, "
            "standaardfouten geclusterd per eenheid",
        },
        "model_poisson_cs": {
            "en": "Poisson regression for counts with group and period effects, robust standard "
            "errors",
            "nl": "Poisson-regressie voor aantallen met effecten per groep en per periode, "
            "robuuste standaardfouten",
        },
        # ---------------------------------------------------------------- difference-in-differences
        "did_title": {
            "en": "Difference-in-differences: {outcome}",
            "nl": "Verschil-in-verschillen: {outcome}",
        },
        "start_before_data": {
            "en": "start={start!r} lies at or before the first period in {col!r} ({first}), so the "
            "pilot group has no period before the policy to compare with. Give the first period "
            "of the policy, and data that begin at least one period earlier.",
            "nl": "start={start!r} ligt op of vóór de eerste periode in {col!r} ({first}), dus de "
            "pilotgroep heeft geen periode vóór het beleid om mee te vergelijken. Geef de eerste "
            "periode van het beleid op, met data die minstens één periode eerder beginnen.",
        },
        "unit_start_before_data": {
            "en": "start={col!r} gives pilot units a start at or before the first period "
            "({first}): {k} in all, e.g. unit {unit!r} (start {start!r}). Such a unit has no period before the "
            "policy, so its change cannot be measured. Drop those units, or use data that begin "
            "earlier.",
            "nl": "start={col!r} geeft piloteenheden een start op of vóór de eerste "
            "periode ({first}): {k} in totaal, bijvoorbeeld eenheid {unit!r} (start {start!r}). Zo'n eenheid "
            "heeft geen periode vóór het beleid, dus de verandering is niet te meten. Laat die "
            "eenheden weg, of gebruik data die eerder beginnen.",
        },
        "start_after_data": {
            "en": "start={start!r} lies after the last period in {col!r} ({last}), so there is no "
            "period with the policy in the data. Check the start, or wait for data after it.",
            "nl": "start={start!r} ligt na de laatste periode in {col!r} ({last}), dus er is "
            "geen periode met het beleid in de data. Controleer de start, of wacht op data van "
            "daarna.",
        },
        "no_comparison": {
            "en": "treated={col!r} is 1 for every {what}: there are no comparison units. A "
            "difference-in-differences needs units without the policy to show what would have "
            "happened anyway. Add comparison units (squares, schools or neighbourhoods without the "
            "policy); with one series only, ca.interrupted_time_series compares with the past "
            "trend instead.",
            "nl": "treated={col!r} is 1 voor elke {what}: er zijn geen vergelijkingseenheden. Een "
            "verschil-in-verschillen heeft eenheden zonder het beleid nodig om te laten zien wat "
            "er toch al gebeurd zou zijn. Voeg vergelijkingseenheden toe (pleintjes, scholen of "
            "buurten zonder het beleid); met maar één reeks vergelijkt "
            "ca.interrupted_time_series met de eerdere trend.",
        },
        "no_pilot": {
            "en": "treated={col!r} is 0 for every row: there is no pilot group. Mark the units "
            "that got the policy with 1.",
            "nl": "treated={col!r} is 0 voor elke rij: er is geen pilotgroep. Markeer de "
            "eenheden die het beleid kregen met 1.",
        },
        "what_row": {"en": "row", "nl": "rij"},
        "what_unit": {"en": "unit", "nl": "eenheid"},
        "treated_varies": {
            "en": "treated={col!r} changes within unit {unit!r}. It marks the pilot group, so it "
            "is the same in every period of a unit; the policy's timing goes in start=.",
            "nl": "treated={col!r} verandert binnen eenheid {unit!r}. De kolom geeft de "
            "pilotgroep aan en is dus in elke periode van een eenheid gelijk; wanneer het beleid "
            "begint, hoort in start=.",
        },
        "start_varies": {
            "en": "start={col!r} changes within unit {unit!r}; each unit has one start. Give each "
            "unit the first period of its policy in every row.",
            "nl": "start={col!r} verandert binnen eenheid {unit!r}; elke eenheid heeft één start. "
            "Geef elke eenheid in elke rij de eerste periode van haar beleid.",
        },
        "start_missing_treated": {
            "en": "start={col!r} is empty in rows of the pilot group (treated=1): {k} in all. Every "
            "pilot unit needs its start; comparison units may leave it empty.",
            "nl": "start={col!r} is leeg in rijen van de pilotgroep (treated=1): {k} in totaal. Elke "
            "piloteenheid heeft een start nodig; vergelijkingseenheden mogen hem leeg laten.",
        },
        "single_pre_period": {
            "en": "There is one period before the start, so parallel trends cannot be checked: "
            "an event study and a placebo need at least two. Read the estimate with that in mind, "
            "or add earlier periods.",
            "nl": "Er is één periode vóór de start, dus of de trends parallel liepen is niet te "
            "controleren: een event study en een placebo hebben er minstens twee nodig. Lees de "
            "schatting met dat in gedachten, of voeg eerdere perioden toe.",
        },
        "staggered": {
            "en": "The pilot units started at {k} different moments. With staggered starts, a "
            "two-way fixed effects estimate is a weighted average of comparisons in which units "
            "that started earlier serve as comparison for later ones; when effects grow over time "
            "those weights can be negative and the estimate misleading (Goodman-Bacon 2021). "
            "Compare each start group with the never-treated units separately before relying on "
            "the pooled number.",
            "nl": "De piloteenheden begonnen op {k} verschillende momenten. Bij gespreide starts "
            "is een schatting met vaste effecten per eenheid en periode een gewogen gemiddelde van "
            "vergelijkingen waarin eerder begonnen eenheden als vergelijking dienen voor latere; "
            "als effecten in de tijd groeien, kunnen die gewichten negatief zijn en de schatting "
            "misleidend (Goodman-Bacon 2021). Vergelijk elke startgroep apart met de eenheden "
            "zonder beleid voordat u op het samengevoegde getal vertrouwt.",
        },
        "pretrend_warning": {
            "en": "Before the start, the pilot and comparison groups already moved apart (checks on "
            "the {k} earlier periods, event study, trend and placebo together: p {p}). The parallel-trends "
            "assumption does not hold, so the estimate does not measure the policy.",
            "nl": "Vóór de start liepen de pilot- en vergelijkingsgroep al uiteen (controles op de "
            "{k} eerdere perioden, event study, trend en placebo samen: p {p}). De aanname van parallelle "
            "trends gaat niet op, dus de schatting meet niet het beleid.",
        },
        "did_what": {
            "en": "Difference-in-differences of {outcome}: the change in the {n_t} pilot units "
            "after the start ({time} {start}) compared with the change in the {n_c} comparison units over "
            "the same periods, from {model}.",
            "nl": "Verschil-in-verschillen van {outcome}: de verandering in de {n_t} "
            "piloteenheden na de start ({time} {start}) vergeleken met de verandering in de {n_c} "
            "vergelijkingseenheden over dezelfde perioden, met {model}.",
        },
        "did_what_cs": {
            "en": "Difference-in-differences of {outcome}: the change in the pilot group "
            "({n_t} rows) after the start ({time} {start}) compared with the change in the comparison "
            "group ({n_c} rows) over the same periods, from {model}; different units may be "
            "measured in each period (repeated cross-sections).",
            "nl": "Verschil-in-verschillen van {outcome}: de verandering in de pilotgroep "
            "({n_t} rijen) na de start ({time} {start}) vergeleken met de verandering in de "
            "vergelijkingsgroep ({n_c} rijen) over dezelfde perioden, met {model}; per periode "
            "kunnen andere eenheden gemeten zijn (herhaalde doorsneden).",
        },
        "did_number": {
            "en": "The estimate is {value}.",
            "nl": "De schatting is {value}.",
        },
        "did_number_ratio": {
            "en": "Relative to the comparison group, {outcome} in the pilot group changed by a "
            "factor {value}.",
            "nl": "Ten opzichte van de vergelijkingsgroep veranderde {outcome} in de pilotgroep "
            "met een factor {value}.",
        },
        "parallel": {
            "en": "This reads as the policy's effect only if both groups would have moved in "
            "parallel without it (the same rises and falls, not the same level); that breaks when "
            "the pilot units were chosen because they were about to change, when something else "
            "changed at the same time in one group only, or when people react to knowing what is "
            "measured.",
            "nl": "Dit is alleen het effect van het beleid als beide groepen zonder beleid "
            "parallel zouden zijn verlopen (dezelfde stijgingen en dalingen, niet hetzelfde "
            "niveau); dat gaat mis als de piloteenheden gekozen zijn omdat ze toch al gingen "
            "veranderen, als er tegelijk in één groep iets anders veranderde, of als mensen "
            "reageren op wat er gemeten wordt.",
        },
        "pretrend_ok": {
            "en": "Before the start the two groups moved in parallel as far as the data can show "
            "(checks on the {k} earlier periods: p {p}; placebo start at {fake}: {placebo}); "
            "that supports the assumption but cannot prove it.",
            "nl": "Vóór de start liepen de twee groepen parallel, voor zover de data dat kunnen "
            "laten zien (controles op de {k} eerdere perioden: p {p}; placebostart op {fake}: "
            "{placebo}); dat ondersteunt de aanname maar bewijst haar niet.",
        },
        "pretrend_bad": {
            "en": "The check fails: before the start the groups already moved apart (checks on the "
            "{k} earlier periods: p {p}; placebo start at {fake}: {placebo}), so the "
            "estimate mixes the policy with a difference that was already there; do not read it "
            "as the policy's effect.",
            "nl": "De controle slaat aan: vóór de start liepen de groepen al uiteen (controles op de "
            "{k} eerdere perioden: p {p}; placebostart op {fake}: {placebo}), dus de "
            "schatting vermengt het beleid met een verschil dat er al was; lees haar niet als het "
            "effect van het beleid.",
        },
        "pretrend_none": {
            "en": "With one period before the start, whether the groups moved in parallel cannot "
            "be checked.",
            "nl": "Met één periode vóór de start is niet te controleren of de groepen parallel "
            "liepen.",
        },
        "staggered_sentence": {
            "en": "The units started at different moments; the pooled estimate weighs early and "
            "late starters in ways that can mislead when effects change over time (see the "
            "caveats).",
            "nl": "De eenheden begonnen op verschillende momenten; de samengevoegde schatting "
            "weegt vroege en late starters op een manier die kan misleiden als effecten in de tijd "
            "veranderen (zie de kanttekeningen).",
        },
        "did_rtm_first": {
            "en": "First, regression to the mean: the pilot units were chosen among the most "
            "extreme on {outcome} in {period} ({sel} on average against {others} in the other "
            "units, correlation between periods r = {r:.2f}), so even without any policy they "
            "would be expected to move back by about {bias} relative to the comparison units; an "
            "estimate of that size says nothing about the policy.",
            "nl": "Eerst regressie naar het gemiddelde: de piloteenheden zijn gekozen omdat ze "
            "het meest extreem waren op {outcome} in {period} (gemiddeld {sel} tegen {others} in "
            "de andere eenheden, correlatie tussen perioden r = {r:.2f}), dus ook zonder beleid "
            "zouden ze naar verwachting ongeveer {bias} terugvallen ten opzichte van de "
            "vergelijkingseenheden; een schatting van die grootte zegt niets over het beleid.",
        },
        "did_rtm_caveat": {
            "en": "The pilot units were selected on extreme values of {outcome} in {period}: "
            "about {bias} of the difference-in-differences is expected from regression to the "
            "mean alone.",
            "nl": "De piloteenheden zijn gekozen op extreme waarden van {outcome} in {period}: "
            "ongeveer {bias} van het verschil-in-verschillen is alleen al door regressie naar het "
            "gemiddelde te verwachten.",
        },
        "placebo_consistent": {
            "en": "{value}, consistent with no change, as it should be",
            "nl": "{value}, in lijn met geen verandering, zoals het hoort",
        },
        "placebo_change": {
            "en": "{value}, a 'change' where there was no policy",
            "nl": "{value}, een 'verandering' waar geen beleid was",
        },
        "axis_time": {"en": "period", "nl": "periode"},
        "axis_mean": {"en": "mean {outcome}", "nl": "gemiddelde {outcome}"},
        "axis_event": {
            "en": "periods from the start (−1 = last period before)",
            "nl": "perioden vanaf de start (−1 = laatste periode ervoor)",
        },
        "axis_event_y": {
            "en": "difference pilot − comparison, relative to period −1",
            "nl": "verschil pilot − vergelijking, ten opzichte van periode −1",
        },
        "legend_pilot": {"en": "pilot group", "nl": "pilotgroep"},
        "legend_comparison": {"en": "comparison group", "nl": "vergelijkingsgroep"},
        "legend_start": {"en": "start of the policy", "nl": "start van het beleid"},
        "plot_groups_title": {
            "en": "Both groups over time",
            "nl": "Beide groepen in de tijd",
        },
        "plot_event_title": {
            "en": "Pre-trend check (event study)",
            "nl": "Controle op eerdere trends (event study)",
        },
        # ---------------------------------------------------------------- interrupted time series
        "its_title": {
            "en": "Interrupted time series: {outcome}",
            "nl": "Onderbroken tijdreeks: {outcome}",
        },
        "its_duplicate_time": {
            "en": "time={col!r} has repeated periods ({k} in all), e.g. {value!r}: an interrupted time "
            "series needs one row per period. Add the rows up per period first, e.g. "
            "data.groupby({col!r}, as_index=False)[{outcome!r}].sum().",
            "nl": "time={col!r} heeft herhaalde perioden ({k} in totaal), bijvoorbeeld {value!r}: een "
            "onderbroken tijdreeks heeft één rij per periode nodig. Tel de rijen eerst per "
            "periode op, bijvoorbeeld met data.groupby({col!r}, as_index=False)[{outcome!r}].sum().",
        },
        "its_outside": {
            "en": "intervention={value!r} lies outside the series in {col!r}, which runs from "
            "{first} to {last}. The intervention must fall after the first period and no later "
            "than the last, so there are periods before and after it to compare.",
            "nl": "intervention={value!r} ligt buiten de reeks in {col!r}, die loopt van {first} "
            "tot {last}. De interventie moet na de eerste periode vallen en uiterlijk in de "
            "laatste, zodat er perioden ervoor en erna te vergelijken zijn.",
        },
        "its_few_pre": {
            "en": (
                "There is only {n} period before intervention={value!r}; a trend needs at least "
                "{min_k}, and a single period before says nothing about where the series was "
                "heading. Use a longer series before the intervention.",
                "There are only {n} periods before intervention={value!r}; a trend needs at least "
                "{min_k}. Use a longer series before the intervention.",
            ),
            "nl": (
                "Er is maar {n} periode vóór intervention={value!r}; voor een trend zijn er "
                "minstens {min_k} nodig, en één periode ervoor zegt niets over de richting van de "
                "reeks. Gebruik een langere reeks vóór de interventie.",
                "Er zijn maar {n} perioden vóór intervention={value!r}; voor een trend zijn er "
                "minstens {min_k} nodig. Gebruik een langere reeks vóór de interventie.",
            ),
        },
        "its_few_post": {
            "en": (
                "There is only {n} period from intervention={value!r} on; at least {min_k} are "
                "needed to estimate a change in level and trend. Wait for more data.",
                "There are only {n} periods from intervention={value!r} on; at least {min_k} are "
                "needed to estimate a change in level and trend. Wait for more data.",
            ),
            "nl": (
                "Er is maar {n} periode vanaf intervention={value!r}; er zijn er minstens {min_k} "
                "nodig om een verandering in niveau en trend te schatten. Wacht op meer data.",
                "Er zijn maar {n} perioden vanaf intervention={value!r}; er zijn er minstens "
                "{min_k} nodig om een verandering in niveau en trend te schatten. Wacht op meer "
                "data.",
            ),
        },
        "its_season": {
            "en": "season={value!r} must be a whole number of periods per cycle (12 for months, "
            "4 for quarters, 52 for weeks) or the name of a column such as 'month'.",
            "nl": "season={value!r} moet een geheel aantal perioden per cyclus zijn (12 voor "
            "maanden, 4 voor kwartalen, 52 voor weken) of de naam van een kolom zoals 'month'.",
        },
        "its_exposure_zero": {
            "en": "exposure={col!r} has values of 0 or less ({k} in all); it is the denominator (the "
            "population or number of addresses at risk), so it must be positive. Fix or drop "
            "those periods.",
            "nl": "exposure={col!r} heeft waarden van 0 of minder ({k} in totaal); het is de noemer (de "
            "bevolking of het aantal adressen), dus die moet positief zijn. Herstel of verwijder "
            "die perioden.",
        },
        "its_comparison_exposure": {
            "en": "comparison={comparison!r} and exposure={exposure!r} were both given, but the "
            "exposure belongs to one series only. Divide each series by its own denominator "
            "first (rates per 1,000 residents) and pass the rates without exposure.",
            "nl": "comparison={comparison!r} en exposure={exposure!r} zijn allebei opgegeven, "
            "maar de noemer hoort bij één reeks. Deel elke reeks eerst door haar eigen noemer "
            "(per 1.000 inwoners) en geef de cijfers mee zonder exposure.",
        },
        "measure_level": {"en": "change in level", "nl": "verandering in niveau"},
        "measure_trend": {
            "en": "change in trend per period",
            "nl": "verandering in trend per periode",
        },
        "measure_level_ratio": {
            "en": "rate ratio at the intervention",
            "nl": "frequentieverhouding bij de interventie",
        },
        "measure_trend_ratio": {
            "en": "rate ratio per period for the change in trend",
            "nl": "frequentieverhouding per periode voor de verandering in trend",
        },
        "model_its_ols": {
            "en": "a linear segmented regression",
            "nl": "een lineaire gesegmenteerde regressie",
        },
        "model_its_poisson": {
            "en": "a Poisson segmented regression for counts",
            "nl": "een gesegmenteerde Poisson-regressie voor aantallen",
        },
        "with_exposure": {
            "en": " with {exposure!r} as the denominator",
            "nl": " met {exposure!r} als noemer",
        },
        "with_season": {
            "en": " and a seasonal pattern ({season})",
            "nl": " en een seizoenspatroon ({season})",
        },
        "its_what": {
            "en": "Segmented regression of {outcome} over {n} periods ({n_pre} before and {n_post} "
            "from {intervention}): {model}{extra}, with Newey–West standard errors that allow for "
            "correlation between neighbouring periods (maximum lag: {lags}).",
            "nl": "Gesegmenteerde regressie van {outcome} over {n} perioden ({n_pre} ervoor en "
            "{n_post} vanaf {intervention}): {model}{extra}, met Newey–West-standaardfouten die "
            "rekening houden met samenhang tussen naburige perioden (maximale vertraging: {lags}).",
        },
        "its_what_comparison": {
            "en": "Segmented regression of {outcome} over {n} periods ({n_pre} before and {n_post} "
            "from {intervention}), compared with the series {comparison!r} that did not get the "
            "intervention: {model}{extra}, with Driscoll–Kraay (Newey–West by period) standard "
            "errors (maximum lag: {lags}).",
            "nl": "Gesegmenteerde regressie van {outcome} over {n} perioden ({n_pre} ervoor en "
            "{n_post} vanaf {intervention}), vergeleken met de reeks {comparison!r} zonder de "
            "interventie: {model}{extra}, met Driscoll–Kraay-standaardfouten (Newey–West per "
            "periode, maximale vertraging: {lags}).",
        },
        "its_level": {
            "en": "At the intervention the level changed by {value}.",
            "nl": "Bij de interventie veranderde het niveau met {value}.",
        },
        "its_level_ratio": {
            "en": "At the intervention the rate was {value} times what the earlier trend "
            "predicted.",
            "nl": "Bij de interventie was de frequentie {value} keer wat de eerdere trend "
            "voorspelde.",
        },
        "its_trend": {
            "en": "The trend changed by {value} per period.",
            "nl": "De trend veranderde met {value} per periode.",
        },
        "its_trend_ratio": {
            "en": "After it, the rate changed each period by a further factor {value} compared "
            "with the earlier trend.",
            "nl": "Daarna veranderde de frequentie elke periode met een extra factor {value} ten "
            "opzichte van de eerdere trend.",
        },
        "its_assumption": {
            "en": "Without a comparison series the counterfactual is the earlier trend extended: "
            "this reads as the intervention's effect only if that trend would have continued and "
            "nothing else changed at the same moment; the series shows a before and after, not "
            "what caused the change.",
            "nl": "Zonder vergelijkingsreeks is de trend van vóór de interventie, doorgetrokken, "
            "het beeld van wat er anders was gebeurd: dit is alleen het effect van de interventie "
            "als die trend zou zijn doorgegaan en er tegelijk niets anders veranderde; de reeks "
            "toont een voor en na, niet wat de verandering veroorzaakte.",
        },
        "its_assumption_comparison": {
            "en": "The comparison series stands for what would have happened otherwise: this "
            "reads as the intervention's effect only if both series would have kept their earlier "
            "difference in level and trend and nothing else changed in one of them at the same "
            "moment.",
            "nl": "De vergelijkingsreeks staat voor wat er anders was gebeurd: dit is alleen het "
            "effect van de interventie als beide reeksen hun eerdere verschil in niveau en trend "
            "zouden hebben behouden en er tegelijk in één van beide niets anders veranderde.",
        },
        "its_rtm_first": {
            "en": (
                "First, regression to the mean: the last period before the intervention lay well "
                "above the earlier trend ({excess} higher); if the intervention was started "
                "because of that high number, part of the fall after it is the numbers falling "
                "back by themselves (check it with ca.check_regression_to_the_mean on the units).",
                "First, regression to the mean: the last {n} periods before the intervention lay "
                "well above the earlier trend (on average {excess} higher); if the intervention "
                "was started because of those high numbers, part of the fall after it is the "
                "numbers falling back by themselves (check it with "
                "ca.check_regression_to_the_mean on the units).",
            ),
            "nl": (
                "Eerst regressie naar het gemiddelde: de laatste periode vóór de interventie lag "
                "duidelijk boven de eerdere trend ({excess} hoger); als de interventie is gestart "
                "vanwege dat hoge aantal, is een deel van de daling erna het vanzelf terugvallen "
                "van de aantallen (controleer het met ca.check_regression_to_the_mean op de "
                "eenheden).",
                "Eerst regressie naar het gemiddelde: de laatste {n} perioden vóór de interventie "
                "lagen duidelijk boven de eerdere trend (gemiddeld {excess} hoger); als de "
                "interventie is gestart vanwege die hoge aantallen, is een deel van de daling erna "
                "het vanzelf terugvallen van de aantallen (controleer het met "
                "ca.check_regression_to_the_mean op de eenheden).",
            ),
        },
        "its_rtm_caveat": {
            "en": (
                "The series peaked just before the intervention ({n} period above the earlier "
                "trend): a fall afterwards is expected from regression to the mean alone.",
                "The series peaked just before the intervention ({n} periods above the earlier "
                "trend): a fall afterwards is expected from regression to the mean alone.",
            ),
            "nl": (
                "De reeks piekte vlak vóór de interventie ({n} periode boven de eerdere trend): "
                "een daling daarna is alleen al door regressie naar het gemiddelde te verwachten.",
                "De reeks piekte vlak vóór de interventie ({n} perioden boven de eerdere trend): "
                "een daling daarna is alleen al door regressie naar het gemiddelde te verwachten.",
            ),
        },
        "legend_observed": {"en": "observed", "nl": "waargenomen"},
        "legend_fitted": {"en": "fitted", "nl": "model"},
        "legend_counterfactual": {
            "en": "without the intervention (earlier trend extended)",
            "nl": "zonder interventie (eerdere trend doorgetrokken)",
        },
        "legend_comparison_series": {"en": "comparison series", "nl": "vergelijkingsreeks"},
        "legend_intervention": {"en": "intervention", "nl": "interventie"},
        # ---------------------------------------------------------------- regression to the mean
        "rtm_title": {
            "en": "Regression to the mean: {outcome}",
            "nl": "Regressie naar het gemiddelde: {outcome}",
        },
        "measure_rtm": {
            "en": "change expected from regression to the mean",
            "nl": "verwachte verandering door regressie naar het gemiddelde",
        },
        "measure_observed": {"en": "observed change", "nl": "waargenomen verandering"},
        "measure_expected": {
            "en": "change expected without any policy",
            "nl": "verwachte verandering zonder beleid",
        },
        "measure_remainder": {
            "en": "change beyond what is expected",
            "nl": "verandering boven wat te verwachten is",
        },
        "rtm_overlap": {
            "en": "before={before!r} and after={after!r} overlap in {both}; the "
            "selection period and the follow-up must not overlap.",
            "nl": "before={before!r} en after={after!r} overlappen in {both}; de "
            "selectieperiode en de vervolgperiode mogen niet overlappen.",
        },
        "rtm_selected_varies": {
            "en": "selected={col!r} changes within unit {unit!r}; it marks which units were "
            "chosen, so it is the same in every row of a unit.",
            "nl": "selected={col!r} verandert binnen eenheid {unit!r}; de kolom geeft aan welke "
            "eenheden gekozen zijn en is dus in elke rij van een eenheid gelijk.",
        },
        "rtm_missing_unit": {
            "en": (
                "{n} unit has no value in the {which} period, e.g. {unit!r}; each unit needs a "
                "value before and after. Fill in 0 for counts when nothing was reported, or drop "
                "that unit.",
                "{n} units have no value in the {which} period, e.g. {unit!r}; each unit needs a "
                "value before and after. Fill in 0 for counts when nothing was reported, or drop "
                "those units.",
            ),
            "nl": (
                "{n} eenheid heeft geen waarde in de {which}periode, namelijk {unit!r}; elke "
                "eenheid heeft een waarde ervoor en erna nodig. Vul 0 in bij aantallen als er "
                "niets gemeld is, of laat die eenheid weg.",
                "{n} eenheden hebben geen waarde in de {which}periode, bijvoorbeeld {unit!r}; "
                "elke eenheid heeft een waarde ervoor en erna nodig. Vul 0 in bij aantallen als "
                "er niets gemeld is, of laat die eenheden weg.",
            ),
        },
        "which_before": {"en": "selection", "nl": "selectie"},
        "which_after": {"en": "follow-up", "nl": "vervolg"},
        "rtm_few_units": {
            "en": (
                "There is {n} {which} unit; at least {min_k} are needed to estimate how strongly a "
                "unit's values carry over from one period to the next.",
                "There are {n} {which} units; at least {min_k} are needed to estimate how strongly "
                "a unit's values carry over from one period to the next.",
            ),
            "nl": (
                "Er is {n} {which} eenheid; er zijn er minstens {min_k} nodig om te schatten hoe "
                "sterk de waarden van een eenheid van de ene periode naar de volgende doorwerken.",
                "Er zijn {n} {which} eenheden; er zijn er minstens {min_k} nodig om te schatten "
                "hoe sterk de waarden van een eenheid van de ene periode naar de volgende "
                "doorwerken.",
            ),
        },
        "which_selected": {"en": "selected", "nl": "gekozen"},
        "which_other": {"en": "other", "nl": "andere"},
        "rtm_what": {
            "en": "The {n_sel} selected units averaged {sel} {outcome} in the selection period "
            "({before}), against {mean} for all {n} units; from one period to the next, units "
            "correlate r = {r:.2f} ({source}).",
            "nl": "De {n_sel} gekozen eenheden hadden in de selectieperiode ({before}) gemiddeld "
            "{sel} {outcome}, tegen {mean} voor alle {n} eenheden; van de ene periode op de "
            "volgende is de correlatie tussen eenheden r = {r:.2f} ({source}).",
        },
        "rtm_source_earlier": {
            "en": "all units, {earlier} against {before}, before any policy",
            "nl": "alle eenheden, {earlier} tegen {before}, vóór enig beleid",
        },
        "rtm_source_comparison": {
            "en": "the units that were not selected, before against after",
            "nl": "de niet gekozen eenheden, ervoor tegen erna",
        },
        "rtm_expected": {
            "en": "Without any policy, regression to the mean alone moves the selected units by "
            "{rtm}; with the change the other units show, the expected change is {expected}, "
            "against an observed change of {observed}.",
            "nl": "Zonder enig beleid verschuiven de gekozen eenheden alleen al door regressie "
            "naar het gemiddelde met {rtm}; met de verandering die de andere eenheden laten zien "
            "is de verwachte verandering {expected}, tegen een waargenomen verandering van "
            "{observed}.",
        },
        "rtm_share": {
            "en": "Regression to the mean and the general change explain about {share} of the "
            "observed change.",
            "nl": "Regressie naar het gemiddelde en de algemene verandering verklaren ongeveer "
            "{share} van de waargenomen verandering.",
        },
        "rtm_share_all": {
            "en": "Regression to the mean and the general change are enough to explain all of "
            "the observed change.",
            "nl": "Regressie naar het gemiddelde en de algemene verandering zijn genoeg om de hele "
            "waargenomen verandering te verklaren.",
        },
        "rtm_not_extreme": {
            "en": "The selected units were not chosen on extreme values (their values in the "
            "selection period overlap with the others'), so regression to the mean explains "
            "little here.",
            "nl": "De gekozen eenheden zijn niet op extreme waarden gekozen (hun waarden in de "
            "selectieperiode overlappen met die van de andere), dus regressie naar het gemiddelde "
            "verklaart hier weinig.",
        },
        "rtm_not_show": {
            "en": "This assumes that without a policy the selected units would have moved like "
            "the others apart from their extreme start; it does not show what the policy did.",
            "nl": "Dit veronderstelt dat de gekozen eenheden zonder beleid net zo zouden zijn "
            "verlopen als de andere, afgezien van hun extreme beginstand; het laat niet zien wat "
            "het beleid deed.",
        },
        "rtm_range_caveat": {
            "en": "The correlation between periods comes from the units that were not selected; "
            "because they cover a narrower range of values, it is probably too low, which makes "
            "the expected regression too large. Data from a period before the selection period "
            "give a better estimate.",
            "nl": "De correlatie tussen perioden komt van de niet gekozen eenheden; omdat die een "
            "smaller bereik aan waarden hebben, is ze waarschijnlijk te laag, waardoor de "
            "verwachte regressie te groot uitvalt. Data van een periode vóór de selectieperiode "
            "geven een betere schatting.",
        },
        "row_sel_before": {
            "en": "selected units, selection period",
            "nl": "gekozen eenheden, selectieperiode",
        },
        "row_sel_after": {
            "en": "selected units, follow-up",
            "nl": "gekozen eenheden, vervolgperiode",
        },
        "row_all_before": {
            "en": "all units, selection period",
            "nl": "alle eenheden, selectieperiode",
        },
        "row_r": {"en": "correlation between periods", "nl": "correlatie tussen perioden"},
        "method_bootstrap": {
            "en": "bootstrap over units ({b} resamples)",
            "nl": "bootstrap over eenheden ({b} trekkingen)",
        },
        # ---------------------------------------------------------------- pilot planning
        "pilot_title": {"en": "Pilot plan", "nl": "Pilotplan"},
        "pilot_both_sizes": {
            "en": "n_treated={n!r} and share={share!r} both say how many units get the pilot; "
            "give one of them.",
            "nl": "n_treated={n!r} en share={share!r} zeggen allebei hoeveel eenheden de pilot "
            "krijgen; geef er één.",
        },
        "pilot_bad_n": {
            "en": "n_treated={n!r} must be a whole number from 1 to {max_n} (there are {total} "
            "units, and at least one must stay in the comparison group).",
            "nl": "n_treated={n!r} moet een geheel getal zijn van 1 tot {max_n} (er zijn {total} "
            "eenheden, en er moet er minstens één in de vergelijkingsgroep blijven).",
        },
        "pilot_too_few": {
            "en": "There are {total} units; a pilot with a comparison group needs at least 4 "
            "(2 in each group) before anything can be compared.",
            "nl": "Er zijn {total} eenheden; een pilot met een vergelijkingsgroep heeft er "
            "minstens 4 nodig (2 in elke groep) voordat er iets te vergelijken valt.",
        },
        "pilot_effect_no_outcome": {
            "en": "effect={effect!r} was given without outcome=: the number of units needed is "
            "worked out from how much the outcome varies. Name the outcome column too.",
            "nl": "effect={effect!r} is opgegeven zonder outcome=: het benodigde aantal eenheden "
            "volgt uit hoeveel de uitkomst varieert. Noem ook de kolom van de uitkomst.",
        },
        "pilot_effect_zero": {
            "en": "effect={effect!r} must be a non-zero difference in the outcome's units, e.g. "
            "effect=-2 for two fewer reports per period.",
            "nl": "effect={effect!r} moet een verschil ongelijk aan nul zijn, in de eenheden van "
            "de uitkomst, bijvoorbeeld effect=-2 voor twee meldingen minder per periode.",
        },
        "pilot_stratum_small": {
            "en": (
                "Stratum {stratum!r} of strata={col!r} has {n} unit; a stratum needs at least 2 "
                "to be split into pilot and comparison. Merge it with a similar stratum.",
                "Stratum {stratum!r} of strata={col!r} has {n} units; a stratum needs at least 2 "
                "to be split into pilot and comparison. Merge it with a similar stratum.",
            ),
            "nl": (
                "Stratum {stratum!r} van strata={col!r} heeft {n} eenheid; een stratum heeft er "
                "minstens 2 nodig om over pilot en vergelijking te verdelen. Voeg het samen met "
                "een vergelijkbaar stratum.",
                "Stratum {stratum!r} van strata={col!r} heeft {n} eenheden; een stratum heeft er "
                "minstens 2 nodig om over pilot en vergelijking te verdelen. Voeg het samen met "
                "een vergelijkbaar stratum.",
            ),
        },
        "pilot_assign": {
            "en": "{n_t} of the {n} units were drawn at random for the pilot (random_state="
            "{seed}){strata}; the other {n_c} form the comparison group.",
            "nl": "{n_t} van de {n} eenheden zijn willekeurig getrokken voor de pilot "
            "(random_state={seed}){strata}; de andere {n_c} vormen de vergelijkingsgroep.",
        },
        "pilot_strata": {
            "en": ", drawn within each group of {col!r} so both groups have the same mix",
            "nl": ", getrokken binnen elke groep van {col!r} zodat beide groepen dezelfde mix "
            "hebben",
        },
        "pilot_balance_ok": {
            "en": "The groups are alike before the start: the largest standardised difference is "
            "{smd:.2f} ({var}), below the usual 0.1.",
            "nl": "De groepen lijken vóór de start op elkaar: het grootste gestandaardiseerde "
            "verschil is {smd:.2f} ({var}), onder de gebruikelijke 0,1.",
        },
        "pilot_balance_bad": {
            "en": "By chance the groups differ on {var} (standardised difference {smd:.2f}, above "
            "the usual 0.1); draw again with stratification on it, or adjust for it in the "
            "evaluation.",
            "nl": "Door toeval verschillen de groepen op {var} (gestandaardiseerd verschil "
            "{smd:.2f}, boven de gebruikelijke 0,1); trek opnieuw met stratificatie daarop, of "
            "corrigeer ervoor in de evaluatie.",
        },
        "pilot_mde": {
            "en": "With α = {alpha:g} and power {power:g}, the pilot can detect a difference of about "
            "{mde} in {outcome} per period between the groups ({pct} of the average {mean}); "
            "smaller effects will probably go unnoticed.",
            "nl": "Met α = {alpha:g} en onderscheidend vermogen {power:g} kan de pilot een verschil "
            "van ongeveer {mde} in {outcome} per periode tussen de groepen opmerken ({pct} van "
            "het gemiddelde {mean}); kleinere effecten blijven waarschijnlijk onopgemerkt.",
        },
        "pilot_needed": {
            "en": "To detect an effect of {effect} on {outcome} with power {power:g} (α = {alpha:g}), "
            "about {need} units per group are needed; this plan has {n_t} in the pilot group, "
            "which {enough}.",
            "nl": "Om een effect van {effect} op {outcome} op te merken met onderscheidend "
            "vermogen {power:g} (α = {alpha:g}) zijn ongeveer {need} eenheden per groep nodig; dit "
            "plan heeft er {n_t} in de pilotgroep, {enough}.",
        },
        "pilot_enough": {"en": "is enough", "nl": "dat is genoeg"},
        "pilot_not_enough": {
            "en": "is not enough: enlarge the pilot or expect to miss an effect of that size",
            "nl": "dat is niet genoeg: maak de pilot groter of reken erop dat een effect van die "
            "grootte gemist wordt",
        },
        "pilot_deff": {
            "en": "Each unit was measured {m} times and its measurements hang together "
            "(intraclass correlation {icc:.2f}), so the {total} measurements count as about "
            "{eff} independent ones (design effect {deff:.2f}).",
            "nl": "Elke eenheid is {m} keer gemeten en die metingen hangen samen "
            "(intraclasscorrelatie {icc:.2f}), dus de {total} metingen tellen als ongeveer {eff} "
            "onafhankelijke (designeffect {deff:.2f}).",
        },
        "pilot_cannot": {
            "en": "A pilot cannot show that a policy has no effect, only that an effect is "
            "probably smaller than it could detect; and it says nothing about places unlike "
            "these units.",
            "nl": "Een pilot kan niet aantonen dat beleid geen effect heeft, alleen dat een effect "
            "waarschijnlijk kleiner is dan wat de pilot kon opmerken; en hij zegt niets over "
            "plekken die niet op deze eenheden lijken.",
        },
        "pilot_no_outcome": {
            "en": "Without outcome= the plan cannot say which effect the pilot could detect; "
            "give the outcome's history to find out.",
            "nl": "Zonder outcome= kan het plan niet zeggen welk effect de pilot kan opmerken; "
            "geef de voorgeschiedenis van de uitkomst mee om dat te bepalen.",
        },
        "measure_mde": {
            "en": "minimum detectable effect",
            "nl": "kleinste op te merken effect",
        },
    },
)
