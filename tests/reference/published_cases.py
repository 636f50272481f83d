"""Published cases typed in as counts, with their sources and the values published for them.

Each case is a dict with ``columns`` (the variables), ``rows`` (one row per cell of the published
table: the values and the count of people in that cell), ``source`` and ``published`` (the numbers
as the source gives them). ``individuals(case)`` expands a table to one row per person; the tests
then run the package on it and compare with ``published``.

Development cases (used while building): Berkeley admissions, the vaccination table, aml, lung,
ovarian, and the rate tables. Held-out cases (only run at the end, see
``tests/test_published_holdout.py``): kidney stones, the death-penalty table and Whickham.

Run ``python tests/reference/published_cases.py`` to print the published and computed values
side by side (the table in the final report of issue 10).
"""

from __future__ import annotations

import pandas as pd

# -- Berkeley graduate admissions, fall 1973, six largest departments ---------------------------
# Bickel, P. J., Hammel, E. A., O'Connell, J. W. (1975). Sex bias in graduate admissions: data from
# Berkeley. Science 187, 398–404 (as R's datasets::UCBAdmissions). Published: logistic regression
# of admission on sex and department gives an odds ratio of admission for men against women of
# 0.905 (95% interval 0.772 to 1.06); the crude odds ratio is 1.84.
BERKELEY = {
    "columns": ["dept", "male", "admitted"],
    "rows": [
        ("A", 1, 1, 512),
        ("A", 1, 0, 313),
        ("A", 0, 1, 89),
        ("A", 0, 0, 19),
        ("B", 1, 1, 353),
        ("B", 1, 0, 207),
        ("B", 0, 1, 17),
        ("B", 0, 0, 8),
        ("C", 1, 1, 120),
        ("C", 1, 0, 205),
        ("C", 0, 1, 202),
        ("C", 0, 0, 391),
        ("D", 1, 1, 138),
        ("D", 1, 0, 279),
        ("D", 0, 1, 131),
        ("D", 0, 0, 244),
        ("E", 1, 1, 53),
        ("E", 1, 0, 138),
        ("E", 0, 1, 94),
        ("E", 0, 0, 299),
        ("F", 1, 1, 22),
        ("F", 1, 0, 351),
        ("F", 0, 1, 24),
        ("F", 0, 0, 317),
    ],
    "source": "Bickel, Hammel & O'Connell (1975), Science 187; R datasets::UCBAdmissions",
    "published": {"crude_or": 1.84, "adjusted_or": 0.905, "ci": (0.772, 1.06)},
}

# -- Deaths among Delta-variant cases by vaccination status and age ------------------------------
# Public Health England (2021). SARS-CoV-2 variants of concern and variants under investigation in
# England, Technical briefing 20 (6 August 2021), Table 5: deaths within 28 days among confirmed
# Delta cases, fully vaccinated (two doses, 14+ days) against unvaccinated, under 50 and 50 or
# over. Published: case fatality 0.86% (402 of 47,008) against 0.17% (253 of 151,054) overall;
# within each age group vaccinated cases died less often at 50+ (1.81% against 5.96%).
# (The two unvaccinated cases without an age are left out.) From the counts: crude odds ratio
# 5.14 (vaccinated against unvaccinated); 50 or over 0.29; under 50 1.57.
VACCINATION = {
    "columns": ["old", "vaccinated", "died"],
    "rows": [
        (0, 1, 1, 13),
        (0, 1, 0, 25536 - 13),
        (0, 0, 1, 48),
        (0, 0, 0, 147612 - 48),
        (1, 1, 1, 389),
        (1, 1, 0, 21472 - 389),
        (1, 0, 1, 205),
        (1, 0, 0, 3440 - 205),
    ],
    "source": "Public Health England (2021), Technical briefing 20, Table 5",
    "published": {"cfr_vaccinated": 0.0086, "cfr_unvaccinated": 0.0017, "or_old": 0.29},
}

# -- Kidney stones (held out) ---------------------------------------------------------------------
# Charig, C. R., Webb, D. R., Payne, S. R., Wickham, J. E. (1986). Comparison of treatment of renal
# calculi by open surgery, percutaneous nephrolithotomy, and extracorporeal shockwave lithotripsy.
# BMJ 292, 879–882. Success: open surgery (A) 273/350 (78%), PCNL (B) 289/350 (83%); small stones
# A 81/87 (93%), B 234/270 (87%); large stones A 192/263 (73%), B 55/80 (69%).
KIDNEY = {
    "columns": ["large", "open_surgery", "success"],
    "rows": [
        (0, 1, 1, 81),
        (0, 1, 0, 6),
        (0, 0, 1, 234),
        (0, 0, 0, 36),
        (1, 1, 1, 192),
        (1, 1, 0, 71),
        (1, 0, 1, 55),
        (1, 0, 0, 25),
    ],
    "source": "Charig et al. (1986), BMJ 292, 879–882",
    "published": {"success_a": 0.78, "success_b": 0.83, "small_a": 0.93, "small_b": 0.87},
}

# -- Death-penalty verdicts in Florida (held out) -------------------------------------------------
# Radelet, M. L. (1981). Racial characteristics and the imposition of the death penalty. American
# Sociological Review 46, 918–927; as analysed in Agresti, A. (2013), Categorical Data Analysis,
# 3rd ed., §2.7 (Table 2.10): crude odds ratio of a death sentence for white against black
# defendants 1.45; conditional on the victims' race the association reverses (sample conditional
# odds ratios 0.43 for white victims, 0.00 for black victims).
DEATH_PENALTY = {
    "columns": ["white_victim", "white_defendant", "death"],
    "rows": [
        (1, 1, 1, 53),
        (1, 1, 0, 414),
        (1, 0, 1, 11),
        (1, 0, 0, 37),
        (0, 1, 1, 0),
        (0, 1, 0, 16),
        (0, 0, 1, 4),
        (0, 0, 0, 139),
    ],
    "source": "Radelet (1981); Agresti (2013), Table 2.10",
    "published": {"crude_or": 1.45, "conditional_or_white_victims": 0.43},
}

# -- Whickham: smoking and 20-year survival of women (held out) -----------------------------------
# Appleton, D. R., French, J. M., Vanderpump, M. P. J. (1996). Ignoring a covariate: an example of
# Simpson's paradox. The American Statistician 50(4), 340–341. 1,314 women; dead after 20 years by
# smoking status and age group at the first survey. Crude: 24% of smokers died against 31% of
# non-smokers (odds ratio 0.685); within age groups smokers died as often or more often.
# Age enters as the group's midpoint (a straight line), as in the issue.
WHICKHAM = {
    "columns": ["age", "smoker", "dead"],
    "rows": [
        (21, 1, 1, 2),
        (21, 1, 0, 53),
        (21, 0, 1, 1),
        (21, 0, 0, 61),
        (30, 1, 1, 3),
        (30, 1, 0, 121),
        (30, 0, 1, 5),
        (30, 0, 0, 152),
        (40, 1, 1, 14),
        (40, 1, 0, 95),
        (40, 0, 1, 7),
        (40, 0, 0, 114),
        (50, 1, 1, 27),
        (50, 1, 0, 103),
        (50, 0, 1, 12),
        (50, 0, 0, 66),
        (60, 1, 1, 51),
        (60, 1, 0, 64),
        (60, 0, 1, 40),
        (60, 0, 0, 81),
        (70, 1, 1, 29),
        (70, 1, 0, 7),
        (70, 0, 1, 101),
        (70, 0, 0, 28),
        (80, 1, 1, 13),
        (80, 1, 0, 0),
        (80, 0, 1, 64),
        (80, 0, 0, 0),
    ],
    "source": "Appleton, French & Vanderpump (1996), The American Statistician 50(4)",
    "published": {"dead_smokers": 139 / 582, "dead_nonsmokers": 230 / 732, "crude_or": 0.685},
}

# -- Acute myelogenous leukaemia: maintenance chemotherapy (R survival::aml) ----------------------
# Miller, R. G. (1981). Survival Analysis. Wiley, p. 49; R survival package, dataset aml.
# Published (R survfit, default log interval): maintained median 31 (18 to NA), nonmaintained 23
# (8 to NA); coxph: hazard ratio nonmaintained/maintained 2.50 (0.916 to 6.81).
AML = {
    "columns": ["time", "status", "maintained"],
    "rows": [
        (9, 1, 1),
        (13, 1, 1),
        (13, 0, 1),
        (18, 1, 1),
        (23, 1, 1),
        (28, 0, 1),
        (31, 1, 1),
        (34, 1, 1),
        (45, 0, 1),
        (48, 1, 1),
        (161, 0, 1),
        (5, 1, 0),
        (5, 1, 0),
        (8, 1, 0),
        (8, 1, 0),
        (12, 1, 0),
        (16, 0, 0),
        (23, 1, 0),
        (27, 1, 0),
        (30, 1, 0),
        (33, 1, 0),
        (43, 1, 0),
        (45, 1, 0),
    ],
    "source": "Miller (1981); R survival::aml",
    "published": {"median_maintained": (31, 18), "median_non": (23, 8), "hr": (2.50, 0.916, 6.81)},
}

# -- Ovarian cancer trial, 13 patients per arm (R survival::ovarian) -----------------------------
# Edmonson, J. H. et al. (1979). Different chemotherapeutic sensitivities and host factors
# affecting prognosis in advanced ovarian carcinoma versus minimal residual disease. Cancer
# Treatment Reports 63, 241–247; R survival::ovarian (futime, fustat, age, rx). Published (R
# coxph): rx 2 against 1, hazard ratio 0.551 (0.174 to 1.74), p = 0.31; adjusted for age 0.448.
OVARIAN = {
    "columns": ["futime", "fustat", "age", "rx"],
    "rows": [
        (59, 1, 72.3315, 1),
        (115, 1, 74.4932, 1),
        (156, 1, 66.4658, 1),
        (421, 0, 53.3644, 2),
        (431, 1, 50.3397, 1),
        (448, 0, 56.4301, 1),
        (464, 1, 56.9370, 2),
        (475, 1, 59.8548, 2),
        (477, 0, 64.1753, 1),
        (563, 1, 55.1781, 2),
        (638, 1, 56.7562, 1),
        (744, 0, 50.1096, 2),
        (769, 0, 59.6301, 2),
        (770, 0, 57.0521, 2),
        (803, 0, 39.2712, 1),
        (855, 0, 43.1233, 1),
        (1040, 0, 38.8932, 1),
        (1106, 0, 44.6000, 1),
        (1129, 0, 53.9068, 2),
        (1206, 0, 44.2055, 2),
        (1227, 0, 59.5890, 2),
        (268, 1, 74.5041, 1),
        (329, 1, 43.1370, 1),
        (353, 1, 63.2192, 2),
        (365, 1, 64.4247, 2),
        (377, 0, 58.3096, 2),
    ],
    "source": "Edmonson et al. (1979); R survival::ovarian",
    "published": {"hr": (0.551, 0.174, 1.74), "p_value": 0.31, "hr_age_adjusted": 0.448},
}


# -- NCCTG lung cancer (R survival::lung), file published_lung.csv --------------------------------
# Loprinzi, C. L. et al. (1994). Prospective evaluation of prognostic variables from patient-
# completed questionnaires. Journal of Clinical Oncology 12(3), 601–607; R survival::lung (228
# patients; status recoded to 0 = censored, 1 = died). Published (R survfit, default "log"
# interval): men median 270 (212 to 310), women 426 (348 to 550); coxph(~ sex): hazard ratio of
# women against men 0.588 (0.424 to 0.816).
LUNG = {
    "file": "published_lung.csv",
    "source": "Loprinzi et al. (1994); R survival::lung",
    "published": {
        "median_men": (270, 212, 310),
        "median_women": (426, 348, 550),
        "hr_women": (0.588, 0.424, 0.816),
    },
}

# -- Rates as published: one or more rows per group -------------------------------------------
# Lung cancer cases and person-years in Fredericia and three other Danish cities (Horsens, Kolding,
# Vejle): Andersen, E. B. (1974). Multiplicative Poisson models with unequal cell rates.
# Scandinavian Journal of Statistics 4, 153–158; the example of R's stats::poisson.test:
# poisson.test(c(11, 6 + 8 + 7), c(800, 1083 + 1050 + 878)) gives rate ratio 1.971488 with 95%
# interval 0.8584264 to 4.2772659 and p = 0.07967 (exact conditional test, binomial-based).
RATES = {
    "columns": ["city", "fredericia", "cases", "person_years"],
    "rows": [
        ("Fredericia", "yes", 11, 800),
        ("Horsens", "no", 6, 1083),
        ("Kolding", "no", 8, 1050),
        ("Vejle", "no", 7, 878),
    ],
    "source": "Andersen (1974); R stats::poisson.test example",
    "published": {"rate_ratio": (1.971488, 0.8584264, 4.2772659), "p_value": 0.07967},
}


def individuals(case: dict) -> pd.DataFrame:
    """One row per person from a table of counts (the last element of every row)."""
    frame = pd.DataFrame(case["rows"], columns=[*case["columns"], "count"])
    repeated = frame.loc[frame.index.repeat(frame["count"])]
    return repeated.drop(columns="count").reset_index(drop=True)


def table(case: dict) -> pd.DataFrame:
    """The table of counts itself, with a ``count`` column (for ``weights=``)."""
    return pd.DataFrame(case["rows"], columns=[*case["columns"], "count"])


def _report() -> list[tuple[str, str, str]]:  # pragma: no cover - run by hand
    """Published against computed values for every case: (case, published, computed)."""
    import warnings
    from pathlib import Path

    import civicanalysis as ca

    warnings.simplefilter("ignore")
    out = []

    def conf(case, exposure, outcome, cand):
        return ca.check_confounders(
            table(case), exposure=exposure, outcome=outcome, candidates=[cand], weights="count"
        )

    def fmt(e):
        return f"{e[0]:.3f} ({e[1]:.3f} to {e[2]:.3f})"

    r = conf(BERKELEY, "male", "admitted", "dept")
    row = r.table.loc["dept"]
    out.append(
        (
            "Berkeley admissions",
            "crude OR 1.84; adjusted 0.905 (0.772 to 1.06)",
            f"crude OR {r.crude.value:.3f}; adjusted "
            f"{fmt((row.estimate, row.ci_low, row.ci_high))} [{row.evidence}]",
        )
    )
    r = conf(VACCINATION, "vaccinated", "died", "old")
    row = r.table.loc["old"]
    out.append(
        (
            "Delta deaths by vaccination (PHE TB20)",
            "CFR 0.86% vs 0.17%; 50+: 1.81% vs 5.96%",
            f"crude OR {r.crude.value:.3f}; age-adjusted "
            f"{fmt((row.estimate, row.ci_low, row.ci_high))} [{row.evidence}]",
        )
    )
    r = conf(KIDNEY, "open_surgery", "success", "large")
    row = r.table.loc["large"]
    out.append(
        (
            "Kidney stones (held out)",
            "78% vs 83% overall; 93% vs 87% small, 73% vs 69% large",
            f"crude OR {r.crude.value:.3f}; adjusted "
            f"{fmt((row.estimate, row.ci_low, row.ci_high))} [{row.evidence}]",
        )
    )
    r = conf(DEATH_PENALTY, "white_defendant", "death", "white_victim")
    row = r.table.loc["white_victim"]
    out.append(
        (
            "Death penalty (held out)",
            "crude OR 1.45; logit model conditional OR 0.42 (Agresti)",
            f"crude OR {r.crude.value:.3f}; adjusted "
            f"{fmt((row.estimate, row.ci_low, row.ci_high))} [{row.evidence}]",
        )
    )
    r = conf(WHICKHAM, "smoker", "dead", "age")
    row = r.table.loc["age"]
    out.append(
        (
            "Whickham, age as a straight line (held out)",
            "24% vs 31% dead (crude OR 0.685)",
            f"crude OR {r.crude.value:.3f}; adjusted "
            f"{fmt((row.estimate, row.ci_low, row.ci_high))} [{row.evidence}]",
        )
    )
    frame = pd.DataFrame(RATES["rows"], columns=RATES["columns"])
    est = ca.compare(
        frame,
        outcome="cases",
        by="fredericia",
        reference="no",
        measure="rate",
        denominator="person_years",
    ).estimate
    out.append(
        (
            "Fredericia rate ratio (R poisson.test)",
            "1.971 (0.858 to 4.277), p = 0.0797",
            f"{fmt((est.value, est.ci_low, est.ci_high))}, p = {est.p_value:.4f}",
        )
    )
    lung = pd.read_csv(Path(__file__).parent / LUNG["file"])
    res = ca.compare_survival(lung, duration="time", event="status", by="sex")
    g = res.groups.set_index("level")
    out.append(
        (
            "NCCTG lung: KM medians (R survfit)",
            "men 270 (212 to 310); women 426 (348 to 550); HR 0.588 (0.424 to 0.816)",
            f"men {g.loc[1, 'median_time']:.0f} ({g.loc[1, 'median_ci_low']:.0f} to "
            f"{g.loc[1, 'median_ci_high']:.0f}); women {g.loc[2, 'median_time']:.0f} "
            f"({g.loc[2, 'median_ci_low']:.0f} to {g.loc[2, 'median_ci_high']:.0f}); HR "
            f"{fmt((res.estimate.value, res.estimate.ci_low, res.estimate.ci_high))}",
        )
    )
    frame = pd.DataFrame(AML["rows"], columns=AML["columns"])
    res = ca.compare_survival(frame, duration="time", event="status", by="maintained", reference=1)
    g = res.groups.set_index("level")
    out.append(
        (
            "aml (R survfit, coxph)",
            "medians 31 (18 to NA), 23 (8 to NA); HR 2.50 (0.916 to 6.81)",
            f"medians {g.loc[1, 'median_time']:.0f} ({g.loc[1, 'median_ci_low']:.0f} to "
            f"{g.loc[1, 'median_ci_high']}), {g.loc[0, 'median_time']:.0f} "
            f"({g.loc[0, 'median_ci_low']:.0f} to {g.loc[0, 'median_ci_high']}); HR "
            f"{fmt((res.estimate.value, res.estimate.ci_low, res.estimate.ci_high))}",
        )
    )
    frame = pd.DataFrame(OVARIAN["rows"], columns=OVARIAN["columns"])
    est = ca.compare_survival(frame, duration="futime", event="fustat", by="rx").estimate
    out.append(
        (
            "ovarian, 13 per arm (R coxph)",
            "HR 0.551 (0.174 to 1.74), p = 0.31",
            f"HR {fmt((est.value, est.ci_low, est.ci_high))}, p = {est.p_value:.3f}",
        )
    )
    return out


if __name__ == "__main__":  # pragma: no cover
    for case, published, computed in _report():
        print(f"{case}\n  published: {published}\n  computed:  {computed}")
