"""Checks for the exercises of notebook 07 (the hotspot that cooled down by itself)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._text import Catalog
from . import Verdict, checker, correct, not_yet, wrong

MSG = Catalog(
    "exercises_nb07",
    {
        "missing": {
            "en": "there is no variable {name!r} yet; run your code in the cell above.",
            "nl": "er is nog geen variabele {name!r}; voer uw code uit in de cel erboven.",
        },
        "wrong_type": {
            "en": "{name!r} should be the result of {function}; it is {typ}.",
            "nl": "{name!r} hoort de uitkomst van {function} te zijn; het is {typ}.",
        },
        "its_no_comparison": {
            "en": "the time series has no comparison series, so it still compares the camera "
            "neighbourhoods only with their own past. Pass the other neighbourhoods' reports as "
            "comparison=.",
            "nl": "de tijdreeks heeft geen vergelijkingsreeks, dus vergelijkt de camerabuurten nog "
            "steeds alleen met hun eigen verleden. Geef de meldingen van de andere buurten mee als "
            "comparison=.",
        },
        "its_start": {
            "en": "the cameras were switched on in month 37 (January 2025), not {start}.",
            "nl": "de camera's gingen aan in maand 37 (januari 2025), niet in {start}.",
        },
        "its_ok": {
            "en": "against the other neighbourhoods the level changed by a factor {value}. The "
            "comparison series removes what changed everywhere, but not regression to the mean: "
            "the camera neighbourhoods were still chosen in their worst year, which is why the "
            "explanation still opens with that warning.",
            "nl": "ten opzichte van de andere buurten veranderde het niveau met een factor {value}. "
            "De vergelijkingsreeks haalt weg wat overal veranderde, maar niet de regressie naar "
            "het gemiddelde: de camerabuurten zijn nog steeds in hun slechtste jaar gekozen, en "
            "daarom begint de uitleg nog steeds met die waarschuwing.",
        },
        "rtm_earlier_kept": {
            "en": "the correlation still comes from an earlier year ({source}); keep only 2024 and "
            "2025, as if the municipality had no older data.",
            "nl": "de correlatie komt nog uit een eerder jaar ({source}); houd alleen 2024 en 2025 "
            "over, alsof de gemeente geen oudere data had.",
        },
        "rtm_periods": {
            "en": "the cameras were chosen on 2024 and switched on in 2025: use before=2024 and "
            "after=2025.",
            "nl": "de camera's zijn gekozen op 2024 en gingen aan in 2025: gebruik before=2024 en "
            "after=2025.",
        },
        "rtm_ok": {
            "en": "without an earlier year, r comes from the 50 other neighbourhoods ({r:.2f}); "
            "they cover a narrower range, so r is lower and the expected regression larger "
            "({value}). The caveat in the result says so: an earlier year gives the better "
            "estimate.",
            "nl": "zonder eerder jaar komt r uit de 50 andere buurten ({r:.2f}); die bestrijken een "
            "smaller bereik, dus r is lager en de verwachte regressie groter ({value}). De "
            "kanttekening bij de uitkomst zegt het: een eerder jaar geeft de betere schatting.",
        },
    },
)


@checker("07.1")
def _compared(ns: Mapping[str, Any]) -> Verdict:
    from ..designs import ITSResult

    res = ns.get("its_compared")
    if res is None:
        return not_yet(MSG("missing", name="its_compared"))
    if not isinstance(res, ITSResult):
        return wrong(
            MSG(
                "wrong_type",
                name="its_compared",
                function="ca.interrupted_time_series",
                typ=type(res).__name__,
            )
        )
    if res.comparison is None:
        return wrong(MSG("its_no_comparison"))
    if str(res.intervention) != "37":
        return wrong(MSG("its_start", start=res.intervention))
    return correct(MSG("its_ok", value=res.level.interval_text()))


@checker("07.2")
def _no_history(ns: Mapping[str, Any]) -> Verdict:
    from ..designs import RegressionToMeanResult

    res = ns.get("short_check")
    if res is None:
        return not_yet(MSG("missing", name="short_check"))
    if not isinstance(res, RegressionToMeanResult):
        return wrong(
            MSG(
                "wrong_type",
                name="short_check",
                function="ca.check_regression_to_the_mean",
                typ=type(res).__name__,
            )
        )
    if tuple(res.before) != (2024,) or tuple(res.after) != (2025,):
        return wrong(MSG("rtm_periods"))
    if res.r_source != "comparison":
        return wrong(MSG("rtm_earlier_kept", source=res.r_source))
    return correct(MSG("rtm_ok", r=res.r, value=res.estimate.interval_text()))
