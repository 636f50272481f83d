"""Messages (English and Dutch), shared constants and sentence helpers of ``ca.uncertainty``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .._results import Estimate, measure_name
from .._text import Catalog, fmt_level

MEASURES = ("mean", "proportion", "rate", "median")
CONTRASTS = ("reference", "pairwise")
CORRECTIONS = ("bonferroni", "sidak", "none")
CI_METHODS = ("auto", "bootstrap")
CORRELATIONS = ("pearson", "spearman", "kendall")

#: Smallest group (or correlation sample) that can carry a conclusion on its own.
MIN_GROUP_SIZE = 15
#: Fewest events (and non-events) per group for a proportion, and counted events for a rate.
MIN_EVENTS = 5
MIN_RATE_EVENTS = 10
#: Work (resamples x rows) above which the bootstrap shows a progress bar when ``progress=None``.
PROGRESS_WORK = 2e8

#: The contrast measure of each group measure: (name, null value).
CONTRAST = {
    "mean": ("difference in means", 0.0),
    "proportion": ("difference in proportions", 0.0),
    "rate": ("rate ratio", 1.0),
    "median": ("difference in medians", 0.0),
}

MSG = Catalog(
    "uncertainty",
    {
        "title_compare": {
            "en": "Comparison of {outcome} by {by}",
            "nl": "Vergelijking van {outcome} per {by}",
        },
        "title_correlate": {
            "en": "Correlation of {x} and {y}",
            "nl": "Correlatie van {x} en {y}",
        },
        "mean": {"en": "mean", "nl": "gemiddelde"},
        "proportion": {"en": "proportion", "nl": "aandeel"},
        "rate": {"en": "rate", "nl": "frequentie"},
        "median": {"en": "median", "nl": "mediaan"},
        "difference in means": {"en": "difference in means", "nl": "verschil in gemiddelden"},
        "difference in proportions": {
            "en": "difference in proportions",
            "nl": "verschil in aandelen",
        },
        "rate ratio": {"en": "rate ratio", "nl": "frequentieverhouding"},
        "difference in medians": {"en": "difference in medians", "nl": "verschil in medianen"},
        "pearson": {"en": "Pearson correlation", "nl": "Pearson-correlatie"},
        "spearman": {"en": "Spearman rank correlation", "nl": "Spearman-rangcorrelatie"},
        "kendall": {"en": "Kendall rank correlation", "nl": "Kendall-rangcorrelatie"},
        "pct_points": {"en": "percentage points", "nl": "procentpunt"},
        "the mean": {"en": "the mean", "nl": "het gemiddelde"},
        "the proportion": {"en": "the proportion", "nl": "het aandeel"},
        "the rate": {"en": "the rate", "nl": "de frequentie"},
        "the median": {"en": "the median", "nl": "de mediaan"},
        "the difference in means": {
            "en": "the difference in means",
            "nl": "het verschil in gemiddelden",
        },
        "the difference in proportions": {
            "en": "the difference in proportions",
            "nl": "het verschil in aandelen",
        },
        "the rate ratio": {"en": "the rate ratio", "nl": "de frequentieverhouding"},
        "the difference in medians": {
            "en": "the difference in medians",
            "nl": "het verschil in medianen",
        },
        "effect_difference": {"en": "difference", "nl": "verschil"},
        "cmp_what": {
            "en": "We compared {group_measure} of {outcome!r} ({why}) between the {k} groups of "
            "{by!r} ({n} rows); the headline is {group!r} against {reference!r}: a {measure} of "
            "{value}.",
            "nl": "We vergeleken {group_measure} van {outcome!r} ({why}) tussen de {k} groepen "
            "van {by!r} ({n} rijen); de kern is {group!r} tegenover {reference!r}: een {measure} "
            "van {value}.",
        },
        "cmp_multi": {
            "en": "{m} comparisons were made ({how}); with the {correction} correction "
            "(statsmodels multipletests) each interval is a {level}% interval, so that all {m} "
            "together hold with {family}% confidence; the headline is the contrast whose interval "
            "lies furthest from no difference.",
            "nl": "Er zijn {m} vergelijkingen gemaakt ({how}); met de {correction}-correctie "
            "(statsmodels multipletests) is elk interval een {level}%-interval, zodat ze alle "
            "{m} samen met {family}% betrouwbaarheid kloppen; de kern is het contrast waarvan het "
            "interval het verst van geen verschil ligt.",
        },
        "cmp_multi_none": {
            "en": "{m} comparisons were made ({how}) without a correction for multiple "
            "comparisons, so some intervals will exclude 'no difference' by chance alone; the "
            "headline is the contrast whose interval lies furthest from no difference.",
            "nl": "Er zijn {m} vergelijkingen gemaakt ({how}) zonder correctie voor meervoudig "
            "vergelijken, dus sommige intervallen sluiten 'geen verschil' puur door toeval uit; de "
            "kern is degene die het verst van geen verschil ligt.",
        },
        "cmp_clear": {
            "en": (
                "Clear evidence of a difference for one contrast: {contrasts}.",
                "Clear evidence of a difference for {n} contrasts: {contrasts}.",
            ),
            "nl": (
                "Duidelijk bewijs voor een verschil bij één contrast: {contrasts}.",
                "Duidelijk bewijs voor een verschil bij {n} contrasten: {contrasts}.",
            ),
        },
        "cmp_clear_many": {
            "en": "Clear evidence of a difference for {n} contrasts (intervals in .table): "
            "{contrasts}.",
            "nl": "Duidelijk bewijs voor een verschil bij {n} contrasten (intervallen in .table): "
            "{contrasts}.",
        },
        "cmp_clear_none": {
            "en": "None of the contrasts shows clear evidence of a difference.",
            "nl": "Geen van de contrasten laat duidelijk bewijs voor een verschil zien.",
        },
        "why_mean": {
            "en": "numbers other than 0/1, so their mean",
            "nl": "getallen anders dan 0/1, dus het gemiddelde",
        },
        "why_binary": {
            "en": "a 0/1 outcome with event 1, so the proportion with the event",
            "nl": "een 0/1-uitkomst met gebeurtenis 1, dus het aandeel met de gebeurtenis",
        },
        "why_measure_given": {
            "en": "measure={measure!r} as asked",
            "nl": "measure={measure!r} zoals gevraagd",
        },
        "why_override": {
            "en": "{why}; outcome_type={other} chooses another measure",
            "nl": "{why}; outcome_type={other} kiest een andere maat",
        },
        "type_and_measure": {
            "en": "outcome_type={kind!r} means measure={chosen!r}, but measure={measure!r} was "
            "given too. Give one of them.",
            "nl": "outcome_type={kind!r} betekent measure={chosen!r}, maar er is ook "
            "measure={measure!r} gegeven. Geef er één van.",
        },
        "binary_codes": {
            "en": "outcome={col!r} has two values, {a!r} and {b!r}: a yes/no outcome, but not "
            "coded 0/1, so it is not clear which value is the event. Recode it in a copy, e.g. "
            "data.assign({name}=(data[{col!r}] == {b!r}).astype(int)) if {b!r} is the event; or "
            "pass measure='mean' if it really is a measurement.",
            "nl": "outcome={col!r} heeft twee waarden, {a!r} en {b!r}: een ja/nee-uitkomst, maar "
            "niet als 0/1 gecodeerd, dus het is niet duidelijk welke waarde de gebeurtenis is. "
            "Codeer de kolom om in een kopie, bijvoorbeeld data.assign({name}=(data[{col!r}] == "
            "{b!r}).astype(int)) als {b!r} de gebeurtenis is; of geef measure='mean' mee als het "
            "echt een meting is.",
        },
        "too_large": {
            "en": "{arg}={col!r} has values as large as {value:.3g}; numbers this large overflow "
            "the arithmetic of means and variances. Check the column, or rescale it in a copy "
            "(e.g. divide by 1e6) and say so in the text.",
            "nl": "{arg}={col!r} heeft waarden tot {value:.3g}; zulke grote getallen laten de "
            "berekening van gemiddelden en varianties overlopen. Controleer de kolom, of schaal "
            "haar in een kopie (bijvoorbeeld gedeeld door 1e6) en meld dat in de tekst.",
        },
        "mixed_by": {
            "en": "by={by!r} mixes text and numbers (e.g. {text!r} and {number!r}), which would "
            "become separate groups although they probably mean the same. Convert the column to "
            "one type in a copy, e.g. data.assign({by}=data[{by!r}].astype(str)).",
            "nl": "by={by!r} mengt tekst en getallen (bijvoorbeeld {text!r} en {number!r}); die "
            "zouden aparte groepen worden, terwijl ze waarschijnlijk hetzelfde betekenen. Zet de "
            "kolom in een kopie om naar één type, bijvoorbeeld "
            "data.assign({by}=data[{by!r}].astype(str)).",
        },
        "adjust_same_as_by": {
            "en": "adjust_for={cols} carries the same information as by={by!r} (within each group "
            "it does not vary), so the groups cannot be compared with it held fixed. Remove it "
            "from adjust_for: it is the grouping under another name.",
            "nl": "adjust_for={cols} bevat dezelfde informatie als by={by!r} (binnen elke groep "
            "varieert het niet), dus de groepen zijn niet te vergelijken als die gelijk wordt "
            "gehouden. Haal het uit adjust_for: het is de groepering onder een andere naam.",
        },
        "adjust_collinear": {
            "en": "adjust_for={cols}: together these columns carry the same information as "
            "by={by!r} or as each other, so the adjusted contrasts cannot be estimated. Remove "
            "one of them.",
            "nl": "adjust_for={cols}: samen bevatten deze kolommen dezelfde informatie als "
            "by={by!r} of als elkaar, dus de gecorrigeerde contrasten zijn niet te schatten. Haal "
            "er een weg.",
        },
        "no_variation": {
            "en": "outcome={outcome!r} does not vary within the groups of by={by!r} (every group "
            "has one value), so there is no spread to judge the differences against and no "
            "interval can be computed. Check the data: is the outcome a property of the group "
            "rather than of each row?",
            "nl": "outcome={outcome!r} varieert niet binnen de groepen van by={by!r} (elke groep "
            "heeft één waarde), dus er is geen spreiding om de verschillen aan af te meten en er "
            "kan geen interval worden berekend. Controleer de data: is de uitkomst een kenmerk "
            "van de groep in plaats van van elke rij?",
        },
        "how_reference": {
            "en": "each group against {reference!r}",
            "nl": "elke groep tegenover {reference!r}",
        },
        "how_pairwise": {"en": "every group against every other", "nl": "elke groep met elke"},
        "cmp_adjusted": {
            "en": "Holding {adjust} fixed (regression), {measure} is {value}, against "
            "{crude} without that adjustment.",
            "nl": "Bij gelijke {adjust} (regressie) is {measure} {value}, tegenover "
            "{crude} zonder die correctie.",
        },
        "cmp_not_cause": {
            "en": "A difference between groups says nothing yet about its cause: the groups may "
            "differ in other ways too (check with ca.check_confounders).",
            "nl": "Een verschil tussen groepen zegt nog niets over de oorzaak: de groepen kunnen "
            "ook op andere punten verschillen (controleer dat met ca.check_confounders).",
        },
        "thin_sentence": {
            "en": "The numbers for {groups} are too thin to carry a conclusion on their own "
            "({reasons}).",
            "nl": "De aantallen voor {groups} zijn te dun om zelf een conclusie te dragen "
            "({reasons}).",
        },
        "thin_warning": {
            "en": "by={by!r}: the numbers for {groups} are too thin to carry a conclusion "
            "({reasons}). Treat their estimates as unreliable: combine small groups, use a "
            "longer period, or report them as 'too few to say'.",
            "nl": "by={by!r}: de aantallen voor {groups} zijn te dun om een conclusie te dragen "
            "({reasons}). Beschouw hun schattingen als onbetrouwbaar: voeg kleine groepen "
            "samen, neem een langere periode, of meld ze als 'te weinig om iets te zeggen'.",
        },
        "reason_small": {
            "en": "fewer than {k} observations",
            "nl": "minder dan {k} waarnemingen",
        },
        "reason_events": {
            "en": "fewer than {k} events or non-events",
            "nl": "minder dan {k} gebeurtenissen of niet-gebeurtenissen",
        },
        "reason_rate_events": {
            "en": "fewer than {k} counted events",
            "nl": "minder dan {k} getelde gebeurtenissen",
        },
        "reason_wide": {
            "en": "an interval wider than the estimate itself",
            "nl": "een interval breder dan de schatting zelf",
        },
        "reason_no_interval": {
            "en": "no interval could be computed",
            "nl": "er kon geen interval worden berekend",
        },
        "multi_warning": {
            "en": "correction='none' with {m} comparisons: about {expected} of them would "
            "exclude 'no difference' at {level}% by chance alone, even if no group differed. Use "
            "correction='bonferroni' (the default) unless you planned one comparison in advance.",
            "nl": "correction='none' bij {m} vergelijkingen: ongeveer {expected} ervan zouden "
            "puur door toeval 'geen verschil' uitsluiten bij {level}%, ook als geen enkele groep "
            "verschilt. Gebruik correction='bonferroni' (de standaard), tenzij u vooraf één "
            "vergelijking had gepland.",
        },
        "empty_groups": {
            "en": "by={by!r}: these groups have no rows (unused categories) and are left out of "
            "the comparison: {groups}. If they should have data, check the filter that produced "
            "it.",
            "nl": "by={by!r}: deze groepen hebben geen rijen (ongebruikte categorieën) en doen "
            "niet mee in de vergelijking: {groups}. Als er wel data hoort te zijn, controleer dan "
            "de selectie waar de data uit komen.",
        },
        "one_observation": {
            "en": (
                "by={by!r}: the group {group!r} has {n} observation; at least 2 are needed to see "
                "how much the {outcome!r} values vary within a group. Merge it with a similar "
                "group, or leave it out on purpose, e.g. data[data[{by!r}] != {group!r}], and "
                "report that you did.",
                "by={by!r}: the group {group!r} has {n} observations; at least 2 are needed to "
                "see how much the {outcome!r} values vary within a group. Merge it with a similar "
                "group, or leave it out on purpose, e.g. data[data[{by!r}] != {group!r}], and "
                "report that you did.",
            ),
            "nl": (
                "by={by!r}: de groep {group!r} heeft {n} waarneming; er zijn er minstens 2 nodig "
                "om te zien hoeveel de waarden van {outcome!r} binnen een groep variëren. Voeg "
                "hem samen met een vergelijkbare groep, of laat hem bewust weg, bijvoorbeeld "
                "data[data[{by!r}] != {group!r}], en meld dat.",
                "by={by!r}: de groep {group!r} heeft {n} waarnemingen; er zijn er minstens 2 "
                "nodig om te zien hoeveel de waarden van {outcome!r} binnen een groep variëren. "
                "Voeg hem samen met een vergelijkbare groep, of laat hem bewust weg, bijvoorbeeld "
                "data[data[{by!r}] != {group!r}], en meld dat.",
            ),
        },
        "negative_count": {
            "en": (
                "outcome={outcome!r} has {n} negative value ({value}); measure='rate' needs "
                "counts of 0 or more. Check the column, or use measure='mean'.",
                "outcome={outcome!r} has {n} negative values (e.g. {value}); measure='rate' "
                "needs counts of 0 or more. Check the column, or use measure='mean'.",
            ),
            "nl": (
                "outcome={outcome!r} heeft {n} negatieve waarde ({value}); measure='rate' vraagt "
                "om aantallen van 0 of meer. Controleer de kolom, of gebruik measure='mean'.",
                "outcome={outcome!r} heeft {n} negatieve waarden (bijvoorbeeld {value}); "
                "measure='rate' vraagt om aantallen van 0 of meer. Controleer de kolom, of "
                "gebruik measure='mean'.",
            ),
        },
        "denominator_positive": {
            "en": (
                "denominator={col!r} has {n} value of 0 or less; a rate divides by it, so every "
                "row needs a positive exposure (time, population). Remove or correct that row.",
                "denominator={col!r} has {n} values of 0 or less; a rate divides by it, so every "
                "row needs a positive exposure (time, population). Remove or correct those rows.",
            ),
            "nl": (
                "denominator={col!r} heeft {n} waarde van 0 of minder; een frequentie deelt "
                "erdoor, dus elke rij heeft een positieve noemer nodig (tijd, bevolking). "
                "Verwijder of herstel die rij.",
                "denominator={col!r} heeft {n} waarden van 0 of minder; een frequentie deelt "
                "erdoor, dus elke rij heeft een positieve noemer nodig (tijd, bevolking). "
                "Verwijder of herstel die rijen.",
            ),
        },
        "denominator_needs_rate": {
            "en": "denominator={col!r} is only used with measure='rate' (counts per unit of "
            "exposure); got measure={measure!r}. Pass measure='rate' or leave denominator out.",
            "nl": "denominator={col!r} wordt alleen gebruikt bij measure='rate' (aantallen per "
            "eenheid blootstelling); u gaf measure={measure!r}. Geef measure='rate' mee of laat "
            "denominator weg.",
        },
        "bootstrap_rate": {
            "en": "ci_method='bootstrap' is not available for measure='rate'; rates have exact "
            "intervals. Leave ci_method at 'auto'.",
            "nl": "ci_method='bootstrap' is niet beschikbaar bij measure='rate'; voor frequenties "
            "zijn er exacte intervallen. Laat ci_method op 'auto' staan.",
        },
        "n_resamples": {
            "en": "n_resamples={value!r} must be a whole number of at least 1,000; with fewer "
            "resamples the interval bounds themselves are too noisy. The default is 9,999.",
            "nl": "n_resamples={value!r} moet een geheel getal van minstens 1.000 zijn; met minder "
            "herhalingen zijn de intervalgrenzen zelf te onnauwkeurig. De standaard is 9.999.",
        },
        "adjust_for_type": {
            "en": "adjust_for must be a column name or a list of column names; got {typ}.",
            "nl": "adjust_for moet een kolomnaam of een lijst van kolomnamen zijn; het is {typ}.",
        },
        "too_few_for_correlation": {
            "en": "{n} complete rows of x={x!r} and y={y!r}; at least 5 are needed for a "
            "correlation with an interval. Use more data.",
            "nl": "{n} complete rijen van x={x!r} en y={y!r}; er zijn er minstens 5 nodig voor "
            "een correlatie met een interval. Gebruik meer data.",
        },
        "corr_what": {
            "en": "The {measure} between {x!r} and {y!r} over {n} rows is {value}.",
            "nl": "De {measure} tussen {x!r} en {y!r} over {n} rijen is {value}.",
        },
        "corr_not_cause": {
            "en": "Correlation is not causation: the same pattern can come from a common cause "
            "that drives both, from the reverse direction ({y!r} affecting {x!r}), from "
            "selection (which cases ended up in the data) or from chance.",
            "nl": "Correlatie is geen causaliteit: hetzelfde patroon kan komen door een "
            "gemeenschappelijke oorzaak die beide beïnvloedt, door de omgekeerde richting "
            "({y!r} beïnvloedt {x!r}), door selectie (welke gevallen in de data terechtkwamen) "
            "of door toeval.",
        },
        "corr_confounders": {
            "en": "To see whether another variable explains the pattern, use ca.check_confounders.",
            "nl": "Gebruik ca.check_confounders om te zien of een andere variabele het patroon "
            "verklaart.",
        },
        "corr_pearson_note": {
            "en": "A Pearson correlation measures straight-line association only and is "
            "sensitive to outliers; look at the scatter plot.",
            "nl": "Een Pearson-correlatie meet alleen een rechtlijnige samenhang en is gevoelig "
            "voor uitschieters; bekijk de spreidingsgrafiek.",
        },
        "corr_rank_note": {
            "en": "A rank correlation measures whether one goes up when the other does, not by "
            "how much.",
            "nl": "Een rangcorrelatie meet of de ene stijgt als de andere stijgt, niet hoeveel.",
        },
        "corr_thin": {
            "en": "x={x!r}, y={y!r}: only {n} complete rows (fewer than {k}); the correlation is "
            "too thin to carry a conclusion. Collect more data before acting on it.",
            "nl": "x={x!r}, y={y!r}: slechts {n} complete rijen (minder dan {k}); de correlatie "
            "is te dun om een conclusie te dragen. Verzamel meer data voordat u erop handelt.",
        },
        "axis_groups": {"en": "{measure} of {outcome}", "nl": "{measure} van {outcome}"},
        "bootstrap_progress": {"en": "bootstrap", "nl": "bootstrap"},
    },
)


def local_estimate(est: Estimate, lang: str, *, percent: bool = False) -> Estimate:
    """A display copy of ``est`` with the measure name in ``lang`` (and proportions in %)."""
    name = MSG(est.measure, lang=lang) if est.measure in MSG else measure_name(est.measure, lang)
    local = replace(est, measure=name)
    if percent:
        local = replace(
            local,
            value=100 * est.value,
            ci_low=100 * est.ci_low,
            ci_high=100 * est.ci_high,
            unit=MSG("pct_points", lang=lang),
        )
    return local


def name_list(names: Sequence[str], limit: int = 8) -> str:
    """``'a', 'b', 'c'`` for a few names, ``'a', 'b', … (+N)`` for many."""
    shown = ", ".join(repr(str(n)) for n in names[:limit])
    return shown + (f", … (+{len(names) - limit})" if len(names) > limit else "")


def level_text(level: float, lang: str | None) -> str:
    """A confidence level for a sentence, to at most two decimals: 0.992857 -> '99.29'."""
    return fmt_level(round(level, 4), lang)


def interval_text(est: Estimate, lang: str) -> str:
    """``Estimate.interval_text`` with a readable level for corrected intervals."""
    return est.interval_text(lang).replace(
        fmt_level(est.conf_level, lang) + "%", level_text(est.conf_level, lang) + "%"
    )


def verdict(est: Estimate, lang: str, effect: str | None = None) -> str:
    """``Estimate.verdict`` with a readable level for corrected intervals."""
    text = est.verdict(lang, effect=effect).replace(
        fmt_level(est.conf_level, lang) + "%", level_text(est.conf_level, lang) + "%"
    )
    return text


def reason_text(reason: str, lang: str | None) -> str:
    key, _, k = reason.partition(":")
    return MSG(key, lang=lang, k=k)
