"""Write the reviewer's evaluation corpus: realistic notebooks with saved outputs and expected findings.

Run from the repository root: ``.venv/bin/python tests/reference/review_corpus/make_corpus.py``.
It writes ``tune/<name>.nb.json`` and ``test/<name>.nb.json`` (notebooks with saved outputs, kept
under another suffix so they are never taken for course notebooks, which are committed clean) with ``<name>.expected.json`` next to each
(a list of ``{"rule": ..., "cell": ...}``, cells counted from 1 as the reviewer counts). The
expectations were decided with the written rules in ``README.md`` when the notebooks were written,
before the rules were tuned; the ``test`` part was not evaluated while tuning.

The notebooks imitate what the research department meets: municipal service requests (meldingen),
vandalism and crime, school absence (leerplicht), benefits (uitkeringen), the passport desk and
student analyses, in English and Dutch. Outputs are made with pandas from seeded synthetic data, so
they look exactly as Jupyter saves them (``stream`` prints, ``execute_result`` with text/plain and
text/html, ``display_data`` with ``to_html(header=False)``).
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

HERE = Path(__file__).resolve().parent
RNG = np.random.default_rng(20261203)


# -- helpers ---------------------------------------------------------------------------------------
def md(text: str):
    return new_markdown_cell(text.strip("\n"))


def code(source: str, *outputs):
    cell = new_code_cell(source.strip("\n"))
    cell.outputs = list(outputs)
    return cell


def printed(text: str):
    return new_output("stream", name="stdout", text=text if text.endswith("\n") else text + "\n")


def shown(obj, *, html: bool = True):
    """An execute_result as Jupyter saves it for a DataFrame/Series (HTML only for DataFrames)."""
    data = {"text/plain": repr(obj) if isinstance(obj, pd.Series) else obj.to_string()}
    if html and isinstance(obj, pd.DataFrame):
        data["text/html"] = obj.to_html()
    return new_output("execute_result", data=data, execution_count=1)


def plain(text: str):
    return new_output("execute_result", data={"text/plain": text}, execution_count=1)


def html_display(fragment: str):
    return new_output(
        "display_data", data={"text/html": fragment, "text/plain": "<IPython.core.display.HTML>"}
    )


def figure():
    return new_output(
        "display_data", data={"image/png": "iVBORw0KGgo=", "text/plain": "<Figure size 640x480>"}
    )


NOTEBOOKS: dict[str, tuple[str, list, list[tuple[str, int]]]] = {}


def notebook(name: str, part: str, cells: list, expected: list[tuple[str, int]]) -> None:
    NOTEBOOKS[name] = (part, cells, expected)


# -- data used by several notebooks ------------------------------------------------------------------
BOROUGHS = ["BRONX", "BROOKLYN", "MANHATTAN", "QUEENS", "STATEN ISLAND"]
AGENCIES = [
    "New York City Police Department",
    "Department of Housing Preservation and Development",
    "Department of Sanitation",
    "Department of Transportation",
    "Department of Environmental Protection",
    "Department of Education",
    "Taxi and Limousine Commission",
]
WIJKEN = ["Centrum", "Noord", "Oost", "Zuid", "West", "Overvecht", "Leidsche Rijn"]
SCHOLEN = [
    "Openbare Basisschool De Regenboog",
    "Christelijk Lyceum Zuid",
    "Stedelijk Gymnasium",
    "Praktijkschool De Brug",
    "ROC Midden Nederland, locatie Noord",
]


def requests_frame(n: int = 6000) -> pd.DataFrame:
    agency = RNG.choice(AGENCIES, n, p=[0.45, 0.25, 0.15, 0.1, 0.0445, 0.0007, 0.0048])
    return pd.DataFrame(
        {
            "borough": RNG.choice(BOROUGHS, n, p=[0.2, 0.3, 0.25, 0.2, 0.05]),
            "agency": agency,
            "year": RNG.choice([2019, 2020, 2021, 2022, 2023], n),
            "days_to_close": RNG.gamma(2.0, 3.0, n).round(1),
            "complaints_nearby": RNG.poisson(6, n),
        }
    )


SR = requests_frame()


def meldingen_frame(n: int = 5000) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "wijk": RNG.choice(WIJKEN, n),
            "categorie": RNG.choice(
                ["Afval naast container", "Losliggende tegels", "Straatverlichting", "Overlast"],
                n,
                p=[0.5, 0.25, 0.2, 0.05],
            ),
            "doorlooptijd_dagen": RNG.gamma(2.0, 2.5, n).round(1),
            "tevreden": RNG.integers(0, 2, n),
            "jaar": RNG.choice([2021, 2022, 2023], n),
        }
    )


MOR = meldingen_frame()


# =====================================================================================================
# TUNE PART
# =====================================================================================================

# 1. NYC-style service requests, done carefully: nothing to report.
corr = SR[["days_to_close", "complaints_nearby", "year"]].corr().round(2)
per_year = SR.groupby("year").size().rename("requests").to_frame()
top = (
    SR.groupby("borough")["days_to_close"]
    .median()
    .rank(ascending=False)
    .astype(int)
    .rename("rank")
    .to_frame()
)
notebook(
    "en_311_overview_clean",
    "tune",
    [
        md(
            "# 311 service requests: how fast are they closed?\n\n"
            "Data: the open data portal (https://data.cityofnewyork.us/Social-Services/"
            "311-Service-Requests-from-2010-to-Present/erm2-nwe9), downloaded 3 March 2024. "
            "See section 2.3 of the data dictionary for the field definitions."
        ),
        code(
            'requests = pd.read_csv("311_sample.csv")\nrequests.shape',
            plain("(6000, 5)"),
        ),
        md(
            "## Plan\n\nWe will compare the closing time between boroughs and report each "
            "difference with a 95% interval. Boroughs with fewer than 15 requests in a year are "
            "left out of the comparison."
        ),
        code(
            'requests.groupby("year").size().rename("requests").to_frame()',
            shown(per_year),
        ),
        code(
            'requests[["days_to_close", "complaints_nearby", "year"]].corr().round(2)',
            shown(corr),
        ),
        code(
            'requests.groupby("borough")["days_to_close"].median().rank(ascending=False)'
            '.astype(int).rename("rank").to_frame()',
            shown(top),
        ),
        md(
            "The median closing time is about 5 days in every borough; the differences between "
            "boroughs are small (largest difference 0.6 days, 95% interval -0.2 to 1.4)."
        ),
    ],
    [],
)

# 2. Service requests with problems: small counts of agencies with long labels, an estimate
#    without interval in the prose and in a printed line that does not end with the number.
by_agency = SR["agency"].value_counts()
n_agencies = SR.groupby("borough")["agency"].nunique().rename("agencies")
before = int((SR["year"] == 2022).sum())
after = int((SR["year"] == 2023).sum())
notebook(
    "en_311_agencies_flawed",
    "tune",
    [
        md("# Which agencies get the most requests?"),
        code('requests["agency"].value_counts()', shown(by_agency)),
        code(
            'requests.groupby("borough")["agency"].nunique().rename("agencies")',
            shown(n_agencies),
        ),
        code(
            "diff = n_2023 - n_2022\n"
            'print(f"Requests 2022: {n_2022}")\n'
            'print(f"Requests 2023: {n_2023}")\n'
            'print(f"Difference: {diff} ({diff / n_2022:+.1%})")',
            printed(f"Requests 2022: {before}\nRequests 2023: {after}\nDifference: 4334 (+6.0%)"),
        ),
        md(
            "Requests in the Bronx take 4.2 days longer to close than in Manhattan, so the Bronx "
            "office needs more staff."
        ),
    ],
    [("small-cell", 2), ("no-uncertainty", 4), ("no-uncertainty", 5)],
)

# 3. Dutch meldingen, done carefully (indirect question about causes must not fail it).
per_wijk = MOR.groupby("wijk").size().rename("aantal").to_frame()
missing = pd.Series({"wijk": 0, "categorie": 3, "doorlooptijd_dagen": 12, "jaar": 0}, name=None)
notebook(
    "nl_meldingen_clean",
    "tune",
    [
        md(
            "# Meldingen openbare ruimte 2021–2023\n\n"
            "Om beter te begrijpen waardoor verschillen in doorlooptijd ontstaan, kijken we eerst "
            "naar de meldingen per wijk. De gemeente krijgt zo'n 20.000 meldingen per jaar "
            "(Gemeente Utrecht, *Naar een datagedreven gemeente*, §4.2)."
        ),
        code('meldingen = ca.datasets.load("meldingen")\nmeldingen.isna().sum()', shown(missing)),
        md(
            "In 12 meldingen ontbreekt de doorlooptijd en in 3 de categorie; die laten we bij "
            "de betreffende analyses weg."
        ),
        code('meldingen.groupby("wijk").size().rename("aantal").to_frame()', shown(per_wijk)),
        md(
            "De samenhang tussen doorlooptijd en tevredenheid is negatief: de correlatie is "
            "-0,31 (95%-betrouwbaarheidsinterval -0,36 tot -0,26; n = 4.988)."
        ),
    ],
    [],
)

# 4. Dutch meldingen with problems: Dutch number format, crosstab in plain text with a small cell,
#    causal "door".
cross = pd.crosstab(MOR["wijk"], MOR["categorie"])
cross.loc["Leidsche Rijn", "Overlast"] = 6
notebook(
    "nl_meldingen_flawed",
    "tune",
    [
        md("# Tevredenheid over de afhandeling van meldingen"),
        code(
            'print(pd.crosstab(meldingen["wijk"], meldingen["categorie"]))',
            printed(cross.to_string()),
        ),
        code(
            'meldingen[["doorlooptijd_dagen", "tevreden"]].corr()',
            shown(MOR[["doorlooptijd_dagen", "tevreden"]].corr().round(3)),
        ),
        md(
            "De correlatiecoëfficiënt van 0,88 bevestigt dat snelle afhandeling en tevredenheid "
            "samengaan."
        ),
        md("Door de nieuwe meldingen-app is het aantal meldingen in Overvecht sterk gestegen."),
    ],
    [("small-cell", 2), ("no-uncertainty", 4), ("causal-claim", 5)],
)


# 5. Vandalism, a student's analysis: tests in a 9-line loop, plurals of correlations.
def vandalism_frame(n: int = 3000) -> pd.DataFrame:
    square = RNG.integers(0, 2, n)
    return pd.DataFrame(
        {
            "neighbourhood": RNG.choice(["Centrum", "Molenwijk", "De Akkers", "Parkzoom"], n),
            "fish_shop": (RNG.random(n) < 0.1 + 0.3 * square).astype(int),
            "cafe": RNG.integers(0, 2, n),
            "on_square": square,
            "vandalism": RNG.poisson(2 + 2 * square),
        }
    )


VD = vandalism_frame()
vcorr = VD[["fish_shop", "cafe", "on_square", "vandalism"]].corr().round(2)
loop9 = (
    "from scipy import stats\n"
    "\n"
    "results = []\n"
    'for hood in data["neighbourhood"].unique():\n'
    '    part = data[data["neighbourhood"] == hood]\n'
    '    shop = part.loc[part["fish_shop"] == 1, "vandalism"]\n'
    '    other = part.loc[part["fish_shop"] == 0, "vandalism"]\n'
    "    t, p = stats.ttest_ind(shop, other)\n"
    "    results.append((hood, t, p))\n"
    "    print(hood, round(p, 3))"
)
notebook(
    "en_vandalism_student_flawed",
    "tune",
    [
        md("# Assignment 2: vandalism and fish shops (student analysis)"),
        code(
            'data[["fish_shop", "cafe", "on_square", "vandalism"]].corr().round(2)',
            shown(vcorr),
        ),
        md(
            "Vandalism has correlations of 0.31 and 0.12 with fish shops and cafés, which "
            "supports the hypothesis."
        ),
        code(
            loop9,
            printed("Centrum 0.001\nMolenwijk 0.043\nDe Akkers 0.212\nParkzoom 0.004"),
        ),
        md("Fish shops lead to vandalism in three of the four neighbourhoods."),
    ],
    [("no-uncertainty", 3), ("many-comparisons", 4), ("causal-claim", 5)],
)

# 6. Vandalism done carefully: tests in a loop with a Holm correction, a single test after a loop.
notebook(
    "en_vandalism_clean",
    "tune",
    [
        md("# Vandalism per neighbourhood, with a correction for multiple comparisons"),
        code(
            "from scipy import stats\n"
            "from statsmodels.stats.multitest import multipletests\n"
            "\n"
            "pvalues = {}\n"
            'for hood, part in data.groupby("neighbourhood"):\n'
            '    shop = part.loc[part["fish_shop"] == 1, "vandalism"]\n'
            '    other = part.loc[part["fish_shop"] == 0, "vandalism"]\n'
            "    pvalues[hood] = stats.mannwhitneyu(shop, other).pvalue\n"
            'adjusted = multipletests(list(pvalues.values()), method="holm")[1]',
        ),
        code(
            "sizes = []\n"
            'for hood, part in data.groupby("neighbourhood"):\n'
            "    sizes.append(len(part))\n"
            'overall = stats.ttest_ind(data.loc[data.fish_shop == 1, "vandalism"],\n'
            '                          data.loc[data.fish_shop == 0, "vandalism"])\n'
            "overall",
            plain("TtestResult(statistic=12.1, pvalue=3.2e-33, df=2998.0)"),
        ),
        code(
            'result = ca.compare(data, outcome="vandalism", exposure="fish_shop")\n'
            "print(result.explain())",
            printed(
                "Locations with a fish shop have on average 1.9 more incidents "
                "(95% interval 1.6 to 2.2; n = 3,000). This is an association, not a cause."
            ),
        ),
        md(
            "Locations with a fish shop have more vandalism (difference 1.9 incidents, 95% "
            "interval 1.6 to 2.2), but most fish shops stand on a small square; the hypothesis "
            "that the square explains it is tested in the next notebook."
        ),
    ],
    [],
)

# 7. Leerplicht, pupil-years, random split, printed test accuracy, crosstab with a cell of 7.
LL = pd.DataFrame(
    {
        "leerling_id": np.repeat(np.arange(310), 3),
        "schooljaar": np.tile(["2020/21", "2021/22", "2022/23"], 310),
        "wijk": np.repeat(RNG.choice(WIJKEN, 310, p=[0.3, 0.2, 0.2, 0.15, 0.1, 0.023, 0.027]), 3),
        "verzuim_uren": RNG.gamma(1.5, 8, 930).round(0),
    }
)
ll_cross = pd.crosstab(LL.drop_duplicates("leerling_id")["wijk"], RNG.integers(0, 2, 310))
ll_cross.columns = ["geen recidive", "recidive"]
ll_cross.columns.name = "uitkomst"
ll_cross.iloc[5, 1] = 7
notebook(
    "nl_leerplicht_model_flawed",
    "tune",
    [
        md(
            "# Voorspellen van herhaald schoolverzuim\n\nPilot Data Science Leerplicht: kunnen we "
            "voorspellen welke leerlingen opnieuw verzuimen?"
        ),
        code(
            'verzuim = pd.read_parquet("leerplicht_2020_2023.parquet")\n'
            'verzuim[["leerling_id", "schooljaar", "wijk", "verzuim_uren"]].head(6)',
            shown(LL.head(6)),
        ),
        code(
            "print(pd.crosstab(verzuim.drop_duplicates('leerling_id')['wijk'], "
            "verzuim.drop_duplicates('leerling_id')['recidive']))",
            printed(ll_cross.to_string()),
        ),
        code(
            "from sklearn.model_selection import train_test_split\n"
            "from sklearn.ensemble import RandomForestClassifier\n"
            "\n"
            'X = verzuim[["verzuim_uren", "leeftijd", "vorig_jaar_verzuim"]]\n'
            'y = verzuim["recidive"]\n'
            "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, "
            "random_state=1)\n"
            "model = RandomForestClassifier(random_state=1).fit(X_train, y_train)\n"
            'print("Nauwkeurigheid op de testset:", round(model.score(X_test, y_test), 2))',
            printed("Nauwkeurigheid op de testset: 0,81"),
        ),
        md("Het model voorspelt recidive goed genoeg om in te zetten."),
    ],
    [("small-cell", 3), ("evaluated-on-training-data", 4), ("no-uncertainty", 4)],
)

# 8. School absence done carefully: split by pupil, a trend line drawn with fit/predict.
notebook(
    "en_absence_grouped_clean",
    "tune",
    [
        md("# School absence: a model evaluated on pupils it has not seen"),
        code(
            "from sklearn.model_selection import GroupShuffleSplit\n"
            "from sklearn.linear_model import LogisticRegression\n"
            "\n"
            "split = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=0)\n"
            'train_idx, test_idx = next(split.split(X, y, groups=absence["pupil_id"]))\n'
            "model = LogisticRegression(max_iter=1000).fit(X.iloc[train_idx], y.iloc[train_idx])\n"
            "evaluation = ca.evaluate_classifier(y.iloc[test_idx], "
            "model.predict_proba(X.iloc[test_idx])[:, 1])\n"
            "print(evaluation.explain())",
            printed(
                "On 186 pupils not used in fitting, the model ranks a reoffending pupil above a "
                "non-reoffending one in 71% of pairs (95% interval 63% to 78%)."
            ),
        ),
        code(
            "from sklearn.linear_model import LinearRegression\n"
            "import matplotlib.pyplot as plt\n"
            "\n"
            'years = trend[["year"]]\n'
            'trend_line = LinearRegression().fit(years, trend["hours"])\n'
            'plt.plot(trend["year"], trend["hours"], "o")\n'
            'plt.plot(trend["year"], trend_line.predict(years), "-")',
            figure(),
        ),
        md(
            "Absence rose over the years; the line only summarises the trend in the figure and "
            "is not used to predict."
        ),
    ],
    [],
)

# 9. Benefits: counts printed with to_html(header=False), counts among other print lines, dropna.
UK = pd.DataFrame(
    {
        "wijk": RNG.choice(WIJKEN, 900, p=[0.3, 0.25, 0.2, 0.15, 0.08, 0.011, 0.009]),
        "uitkering": RNG.choice(["Participatiewet", "WW", "WIA"], 900, p=[0.6, 0.3, 0.1]),
    }
)
uk_counts = UK.groupby("wijk").size()
notebook(
    "nl_uitkering_flawed",
    "tune",
    [
        md("# Uitkeringen per wijk\n\nKoppeling van uitkeringen aan wijken (gepseudonimiseerd)."),
        code(
            'uitkeringen = pd.read_csv("uitkeringen_2023.csv").dropna()\nuitkeringen.head()',
            shown(UK.head()),
        ),
        code(
            "from IPython.display import HTML\n"
            'HTML(uitkeringen.groupby("wijk").size().to_frame().to_html(header=False))',
            html_display(uk_counts.to_frame().to_html(header=False)),
        ),
        code(
            'print("Uitkeringen per type")\n'
            'for soort, groep in uitkeringen.groupby("uitkering"):\n'
            '    print(f"{soort}: {len(groep)} personen")\n'
            'print("Wijken met weinig ontvangers:")\n'
            'print(uitkeringen["wijk"].value_counts().tail(2).to_string())',
            printed(
                "Uitkeringen per type\nParticipatiewet: 541 personen\nWIA: 88 personen\n"
                "WW: 271 personen\nWijken met weinig ontvangers:\n"
                + UK["wijk"].value_counts().tail(2).to_string()
            ),
        ),
    ],
    [("dropped-missing", 2), ("small-cell", 3), ("small-cell", 4)],
)

# 10. Passport desk, clean: visits per hour (large counts), wait times with spread and counts.
hours = pd.Series(RNG.choice(range(9, 17), 4000), name="uur")
visits = hours.value_counts().sort_index()
waits = pd.DataFrame(
    {
        "mean": RNG.normal(14, 2, 8).round(1),
        "std": RNG.normal(6, 1, 8).round(1),
        "count": visits.values,
    },
    index=pd.Index(range(9, 17), name="hour"),
)
notebook(
    "en_passport_clean",
    "tune",
    [
        md(
            "# Passport desk: when is it busy?\n\nFor capacity planning: visits per hour of the "
            "day, 2023. Opening hours are 9:00 to 17:00."
        ),
        code('visits["hour"].value_counts().sort_index()', shown(visits)),
        code(
            'visits.groupby("hour")["wait_minutes"].agg(["mean", "std", "count"]).round(1)',
            shown(waits),
        ),
        md(
            "Waiting is longest around 11:00: the mean wait is 16.2 minutes (95% interval 15.1 "
            "to 17.3; n = 512 visits). We will repeat this count in 2025."
        ),
    ],
    [],
)

# 11. Student analysis: model scored on its training data via a metric, a causal claim.
notebook(
    "en_student_model_flawed",
    "tune",
    [
        md("# Predicting vandalism hotspots (course project)"),
        code(
            "from sklearn.tree import DecisionTreeClassifier\n"
            "from sklearn.metrics import accuracy_score\n"
            "\n"
            'features = data[["fish_shop", "cafe", "on_square"]]\n'
            'target = data["vandalism"] > 3\n'
            "tree = DecisionTreeClassifier(max_depth=4)\n"
            "tree.fit(features, target)\n"
            "predicted = tree.predict(features)\n"
            'print("accuracy", accuracy_score(target, predicted))',
            printed("accuracy 0.7633333333333333"),
        ),
        md("Squares cause vandalism, so the model is right to rely on them."),
    ],
    [("evaluated-on-training-data", 2), ("no-uncertainty", 2), ("causal-claim", 3)],
)

# 12. Camera pilot, before/after for the camera neighbourhoods only.
notebook(
    "nl_camera_voor_na_flawed",
    "tune",
    [
        md(
            "# Cameratoezicht op pleintjes: werkt het?\n\nSinds 1 juni 2023 hangen er camera's "
            "op vijf pleintjes in Centrum en Noord."
        ),
        code(
            'meldingen["datum"] = pd.to_datetime(meldingen["datum"])\n'
            'camera = meldingen[meldingen["plein"].isin(camerapleinen)]\n'
            'voor = camera[camera["datum"] < "2023-06-01"]\n'
            'na = camera[camera["datum"] >= "2023-06-01"]\n'
            'print("gemiddeld per week voor:", voor.groupby("week").size().mean().round(1))\n'
            'print("gemiddeld per week na:", na.groupby("week").size().mean().round(1))',
            printed("gemiddeld per week voor: 23,4\ngemiddeld per week na: 18,0"),
        ),
        md(
            "Het aantal meldingen op de camerapleinen daalde met 23% na de plaatsing van de "
            "camera's."
        ),
    ],
    [
        ("before-after-without-comparison", 2),
        ("no-uncertainty", 2),
        ("no-uncertainty", 3),
    ],
)

# 13. A pilot evaluated with a comparison group (difference-in-differences): nothing to report.
did = pd.DataFrame(
    {"before": [22.1, 21.4], "after": [17.3, 20.9]},
    index=pd.Index(["comparison", "pilot"], name="group"),
)
notebook(
    "en_lighting_pilot_clean",
    "tune",
    [
        md(
            "# Street lighting pilot: squares with and without new lighting\n\nTen squares got "
            "new lighting on 1 March 2024; ten comparable squares did not."
        ),
        code(
            'reports["after"] = reports["date"] >= "2024-03-01"\n'
            'table = reports.groupby(["group", "after"])["reports"].agg(["mean", "sem", "size"])\n'
            "table",
            shown(
                pd.DataFrame(
                    {
                        "mean": [22.1, 17.3, 21.4, 20.9],
                        "sem": [1.1, 1.0, 1.2, 1.1],
                        "size": [130, 140, 130, 140],
                    },
                    index=pd.MultiIndex.from_product(
                        [["comparison", "pilot"], [False, True]], names=["group", "after"]
                    ),
                )
            ),
        ),
        code(
            'did = ca.difference_in_differences(reports, outcome="reports", time="week",\n'
            '                                   treated="pilot", start="2024-03-01", '
            'unit="square")\n'
            "print(did.explain())",
            printed(
                "Compared with the squares without new lighting, reports on the pilot squares "
                "changed by -4.3 a week (95% interval -7.1 to -1.5)."
            ),
        ),
        md(
            "Relative to the comparison squares, reports fell by 4.3 a week (95% interval 1.5 "
            "to 7.1), assuming both groups would have followed the same trend without the pilot."
        ),
    ],
    [],
)

# 14. A 12-line loop with a chi-square test (the loop that made the old rule take 77 s).
loop12 = (
    "from scipy.stats import chi2_contingency\n"
    "\n"
    "rows = []\n"
    "for category in categories:\n"
    '    subset = meldingen[meldingen["categorie"] == category]\n'
    "    # contingency table of district by satisfied\n"
    '    table = pd.crosstab(subset["wijk"], subset["tevreden"])\n'
    "    if table.shape[0] < 2:\n"
    "        continue\n"
    "    chi2, p, dof, expected = chi2_contingency(table)\n"
    '    rows.append({"categorie": category, "chi2": chi2, "p": p})\n'
    '    print(f"{category:<25} chi2={chi2:8.2f}  p={p:.4f}")\n'
    "results = pd.DataFrame(rows)"
)
notebook(
    "nl_chi2_loop_flawed",
    "tune",
    [
        md("# Tevredenheid per categorie en wijk"),
        code(
            loop12,
            printed(
                "Afval naast container     chi2=   14.20  p=0.0274\n"
                "Losliggende tegels        chi2=    3.10  p=0.7960\n"
                "Straatverlichting         chi2=    9.87  p=0.1300\n"
                "Overlast                  chi2=    6.02  p=0.4210"
            ),
        ),
        md("Alleen bij afval naast containers verschilt de tevredenheid tussen wijken."),
    ],
    [("many-comparisons", 2), ("subgroup-claim", 3)],
)

# 15. Dutch student notebook, descriptive only: missing values, years, describe: nothing to report.
desc = MOR[["doorlooptijd_dagen", "jaar"]].describe().round(2)
notebook(
    "nl_student_beschrijvend_clean",
    "tune",
    [
        md(
            "# Verkenning meldingen (opdracht 1)\n\nIk verken de dataset eerst: ontbrekende "
            "waarden, jaren en verdeling van de doorlooptijd. Stap 3 van de opdracht vraagt om "
            "een histogram."
        ),
        code("meldingen.isnull().sum()", shown(missing)),
        code(
            'meldingen["jaar"].value_counts().sort_index()',
            shown(MOR["jaar"].value_counts().sort_index()),
        ),
        code('meldingen[["doorlooptijd_dagen", "jaar"]].describe().round(2)', shown(desc)),
        md(
            "Er ontbreken 12 doorlooptijden. Meldingen met een doorlooptijd boven 30 dagen "
            "bekijk ik apart."
        ),
    ],
    [],
)

# 16. HTML tables: a count column named after the persons, shares and ranks.
pupils = pd.DataFrame(
    {
        "pupils": [212, 187, 9, 143, 64],
        "share_absent": [0.081, 0.12, 0.33, 0.07, 0.05],
        "rank": [3, 2, 1, 4, 5],
    },
    index=pd.Index(SCHOLEN, name="school"),
)
notebook(
    "en_schools_html_flawed",
    "tune",
    [
        md("# Absence per school"),
        code(
            'per_school = absence.groupby("school").agg(pupils=("pupil_id", "nunique"),\n'
            '                                          share_absent=("absent", "mean"))\n'
            'per_school["rank"] = per_school["share_absent"].rank(ascending=False).astype(int)\n'
            "per_school",
            shown(pupils),
        ),
        code(
            'absence.groupby("school")["absent"].mean().round(3).to_frame("share")',
            shown(pupils[["share_absent"]].rename(columns={"share_absent": "share"})),
        ),
    ],
    [("small-cell", 2), ("no-uncertainty", 3)],
)


# =====================================================================================================
# TEST PART (held out: not evaluated while the rules were tuned)
# =====================================================================================================
reden = pd.Series(
    [412, 198, 77, 11, 4],
    index=pd.Index(
        ["Ziekte (gemeld)", "Ongeoorloofd", "Luxeverzuim rond vakanties", "Mantelzorg", "Overig"],
        name="reden",
    ),
    name="count",
)
notebook(
    "nl_verzuim_redenen_flawed",
    "test",
    [
        md("# Redenen van schoolverzuim per wijk"),
        code('verzuim["reden"].value_counts()', shown(reden)),
        md("Leerlingen uit Noord verzuimen vaker: 12,4% tegen 8,1% in de rest van de stad."),
        code(
            "from scipy.stats import mannwhitneyu\n"
            "\n"
            "for wijk in wijken:\n"
            '    a = verzuim.loc[verzuim["wijk"] == wijk, "uren"]\n'
            '    b = verzuim.loc[verzuim["wijk"] != wijk, "uren"]\n'
            "    print(wijk, mannwhitneyu(a, b).pvalue)",
            printed("Centrum 0.21\nNoord 0.003\nOost 0.48\nZuid 0.09"),
        ),
    ],
    [("small-cell", 2), ("no-uncertainty", 3), ("many-comparisons", 4)],
)

corr_html = SR[["days_to_close", "complaints_nearby"]].corr().round(2)
notebook(
    "en_311_methods_clean",
    "test",
    [
        md(
            "# Noise complaints and closing time: methods note\n\nSource: "
            "https://opendata.cityofnewyork.us/ (version 2024-03). Definitions follow section "
            "4.1 of the 311 data dictionary."
        ),
        md(
            "We will only analyse complaint types with at least 15 requests per month, and we "
            "plan to compare 2022 with 2023 using a 95% interval for the difference."
        ),
        code('requests[["days_to_close", "complaints_nearby"]].corr().round(2)', shown(corr_html)),
        code(
            'requests.groupby("year").size().to_frame("requests")',
            shown(SR.groupby("year").size().to_frame("requests")),
        ),
        md(
            "Closing time and nearby complaints hardly go together (correlation 0.01, 95% "
            "interval -0.02 to 0.04, n = 6,000)."
        ),
    ],
    [],
)

BN = pd.crosstab(
    pd.Series(RNG.choice(WIJKEN, 600), name="wijk"),
    pd.Series(RNG.choice(["stopt", "loopt door"], 600, p=[0.05, 0.95]), name="uitkomst"),
)
notebook(
    "en_benefits_model_flawed",
    "test",
    [
        md(
            "# Which benefit cases end within a year?\n\nOne row per case per month "
            "(case_id, month)."
        ),
        code(
            'cases[["case_id", "month", "age", "months_on_benefit"]].head()',
            shown(
                pd.DataFrame(
                    {
                        "case_id": [1001, 1001, 1001, 1002, 1002],
                        "month": ["2023-01", "2023-02", "2023-03", "2023-01", "2023-02"],
                        "age": [34, 34, 34, 51, 51],
                        "months_on_benefit": [7, 8, 9, 22, 23],
                    }
                )
            ),
        ),
        code("pd.crosstab(cases['district'], cases['outcome'])", shown(BN)),
        code(
            "from sklearn.model_selection import train_test_split\n"
            "from sklearn.linear_model import LogisticRegression\n"
            "\n"
            "X_tr, X_te, y_tr, y_te = train_test_split(cases[features], cases['ends'], "
            "random_state=42)\n"
            "clf = LogisticRegression(max_iter=500).fit(X_tr, y_tr)\n"
            "clf.score(X_te, y_te)",
            plain("0.8412"),
        ),
        md("The model reaches an accuracy of 0.84 on the test set."),
    ],
    [
        ("small-cell", 3),
        ("evaluated-on-training-data", 4),
        ("no-uncertainty", 4),
        ("no-uncertainty", 5),
    ],
)

notebook(
    "nl_camera_buurten_flawed",
    "test",
    [
        md(
            "# Camera's in de buurten met de meeste meldingen\n\nIn januari 2024 zijn camera's "
            "geplaatst in de drie buurten met de meeste meldingen van 2023."
        ),
        code(
            'camerabuurten = meldingen[meldingen["buurt"].isin(top3)]\n'
            'camerabuurten["periode"] = np.where(camerabuurten["maand"] < "2024-01", '
            '"voor", "na")\n'
            'camerabuurten.groupby("periode")["aantal"].mean()',
            shown(
                pd.Series(
                    [41.3, 33.8], index=pd.Index(["na", "voor"], name="periode"), name="aantal"
                )[::-1]
            ),
        ),
        md("Sinds de camera's hangen zijn er in deze buurten minder meldingen."),
    ],
    [("before-after-without-comparison", 2), ("no-uncertainty", 2)],
)

PP = pd.Series(
    [612, 844, 903, 781, 455, 398, 520, 301],
    index=pd.Index(range(9, 17), name="uur"),
    name="count",
)
notebook(
    "nl_paspoort_clean",
    "test",
    [
        md(
            "# Drukte aan de balie Burgerzaken\n\nOm beter te begrijpen waardoor wachttijden "
            "ontstaan, tellen we de bezoeken per uur (2023)."
        ),
        code('bezoeken["uur"].value_counts().sort_index()', shown(PP)),
        md(
            "Tussen 10 en 11 uur is het het drukst. De gemiddelde wachttijd is dan 16,2 minuten "
            "(95%-betrouwbaarheidsinterval 15,1 tot 17,3; n = 903 bezoeken)."
        ),
        md("Vanaf 2025 willen we de openingstijden aanpassen; dat plan bespreken we in §5."),
    ],
    [],
)

notebook(
    "en_vandalism_cafes_flawed",
    "test",
    [
        md("# Cafés and vandalism (student draft)"),
        code(
            "import numpy as np\n"
            "from sklearn.linear_model import LinearRegression\n"
            "\n"
            'X = data[["cafe", "on_square"]]\n'
            'y = data["vandalism"]\n'
            "reg = LinearRegression().fit(X, y)\n"
            'print("R2:", reg.score(X, y))',
            printed("R2: 0.214"),
        ),
        code(
            'diff = data.loc[data.cafe == 1, "vandalism"].mean() - '
            'data.loc[data.cafe == 0, "vandalism"].mean()\n'
            'print(f"Mean difference: {diff:.1f} incidents")',
            printed("Mean difference: 1.8 incidents"),
        ),
        code(
            'years = counts[["year"]]\n'
            'line = LinearRegression().fit(years, counts["incidents"])\n'
            'ax.plot(counts["year"], line.predict(years))',
            figure(),
        ),
        md("Cafés lead to more vandalism on the squares around them."),
    ],
    [
        ("evaluated-on-training-data", 2),
        ("no-uncertainty", 2),
        ("no-uncertainty", 3),
        ("causal-claim", 5),
    ],
)

crime_types = SR["borough"].value_counts()
notebook(
    "en_crime_boroughs_clean",
    "test",
    [
        md("# Complaints per borough, with corrected tests"),
        code('requests["borough"].value_counts()', shown(crime_types)),
        code(
            "from scipy import stats\n"
            "from statsmodels.stats.multitest import multipletests\n"
            "\n"
            "p = [stats.ttest_ind(part.days_to_close, rest.days_to_close).pvalue\n"
            "     for part, rest in splits]\n"
            'reject, p_holm, _, _ = multipletests(p, method="holm")\n'
            "p_holm.round(3)",
            plain("array([0.412, 0.412, 1.   , 0.881, 0.412])"),
        ),
        md(
            "After the Holm correction no borough differs clearly from the others; the largest "
            "difference in closing time is 0.4 days (95% interval -0.3 to 1.1)."
        ),
    ],
    [],
)

UKN = pd.Series([412, 388, 251, 198, 120], index=pd.Index(WIJKEN[:5], name="wijk"))
notebook(
    "nl_uitkering_clean",
    "test",
    [
        md(
            "# Uitkeringen per wijk (publicatieversie)\n\nCellen onder 15 personen tonen we als <15."
        ),
        code(
            "from IPython.display import HTML\n"
            'HTML(ontvangers.groupby("wijk").size().to_frame().to_html(header=False))',
            html_display(UKN.to_frame().to_html(header=False)),
        ),
        code(
            'ca.suppress_small_cells(tabel, count="personen")',
            shown(
                pd.DataFrame(
                    {"personen": ["412", "<15", "251"]}, index=pd.Index(WIJKEN[:3], name="wijk")
                )
            ),
        ),
        md(
            "In Centrum ontvangen 412 personen een uitkering; dat is 6,1% van de inwoners "
            "(95%-betrouwbaarheidsinterval 5,6% tot 6,7%)."
        ),
    ],
    [],
)


# =====================================================================================================
# SECOND HELD-OUT PART (test_b): written after the first look at the test part, before any further
# change to the rules, and not evaluated until the end.
# =====================================================================================================
klachten = "Aantal bezoekers met een klacht per loket:\nLoket 1: 4 personen\nLoket 2: 37 personen"
notebook(
    "nl_wachttijd_balie_flawed",
    "test_b",
    [
        md("# Wachttijden aan de balie Burgerzaken (concept)"),
        code(
            'bezoeken.groupby("dag")["wachttijd"].mean().round(1)',
            shown(
                pd.Series(
                    [14.2, 11.0, 9.8, 10.4, 7.7],
                    index=pd.Index(["ma", "di", "wo", "do", "vr"], name="dag"),
                    name="wachttijd",
                )
            ),
        ),
        md("Op maandag is de wachttijd gemiddeld 6,5 minuten langer dan op vrijdag."),
        code(
            'print("Aantal bezoekers met een klacht per loket:")\n'
            'for loket, groep in klachten.groupby("loket"):\n'
            '    print(f"Loket {loket}: {len(groep)} personen")',
            printed(klachten),
        ),
        md("Meer personeel op maandag zal de wachttijd verkorten."),
    ],
    [("no-uncertainty", 2), ("no-uncertainty", 3), ("small-cell", 4), ("causal-claim", 5)],
)

noise = pd.crosstab(
    pd.Series(RNG.choice(BOROUGHS, 5000), name="borough"),
    pd.Series(RNG.choice(["day", "evening", "night"], 5000), name="time_of_day"),
)
notebook(
    "en_noise_complaints_clean",
    "test_b",
    [
        md(
            "# Noise complaints by borough and time of day\n\nData: "
            "https://data.cityofnewyork.us/d/p5f6-bkga (extract of 12 June 2024); field "
            "definitions in Table 2 of the data dictionary."
        ),
        code(
            'pd.crosstab(noise["borough"], noise["time_of_day"])',
            shown(noise),
        ),
        code(
            "from scipy.stats import pearsonr\n"
            "from statsmodels.stats.multitest import multipletests\n"
            "\n"
            "pvalues = []\n"
            "for col in predictors:\n"
            '    r, p = pearsonr(noise_by_tract[col], noise_by_tract["complaints"])\n'
            "    pvalues.append(p)\n"
            'reject, p_adj, _, _ = multipletests(pvalues, method="fdr_bh")',
        ),
        md(
            "Night-time complaints are more common in Manhattan than in Queens (difference 4.1 "
            "percentage points, 95% interval 1.9 to 6.3; n = 5,000)."
        ),
    ],
    [],
)

pivot = pd.DataFrame(
    [[22, 19, 3], [41, 37, 30], [5, 17, 26]],
    index=pd.Index(["Oost", "Centrum", "Zuid"], name="buurt"),
    columns=pd.Index(["2024-08", "2024-09", "2024-10"], name="maand"),
)
notebook(
    "nl_jeugdoverlast_flawed",
    "test_b",
    [
        md("# Overlast door hangjongeren per buurt"),
        code(
            'overlast = meldingen[meldingen["type"] == "jeugdoverlast"]\n'
            'overlast.pivot_table(index="buurt", columns="maand", values="id", aggfunc="count")',
            shown(pivot, html=False),
        ),
        md("Na de komst van de jongerenwerker daalde de overlast in Oost met 31%."),
        code(
            'voor = overlast[overlast["datum"] < "2024-09-01"]\n'
            'na = overlast[overlast["datum"] >= "2024-09-01"]\n'
            "print(len(voor), len(na))",
            printed("412 284"),
        ),
    ],
    [("small-cell", 2), ("no-uncertainty", 3), ("before-after-without-comparison", 4)],
)

notebook(
    "en_truancy_model_clean",
    "test_b",
    [
        md("# Predicting repeated truancy, evaluated on pupils the model has not seen"),
        code(
            "from sklearn.model_selection import GroupKFold, cross_val_score\n"
            "\n"
            "scores = cross_val_score(model, X, y, cv=GroupKFold(n_splits=5), "
            'groups=absence["pupil_id"], scoring="roc_auc")\n'
            'print(f"AUC {scores.mean():.2f} (range over folds {scores.min():.2f} to '
            '{scores.max():.2f}, 412 pupils)")',
            printed("AUC 0.71 (range over folds 0.66 to 0.76, 412 pupils)"),
        ),
        md(
            "The model ranks pupils only moderately well (AUC 0.71, 95% interval 0.66 to 0.76); "
            "it is not good enough to act on for individual pupils."
        ),
    ],
    [],
)

notebook(
    "en_benefits_divorce_flawed",
    "test_b",
    [
        md("# Benefits and divorces per neighbourhood"),
        code(
            'per_hood[["benefit_share", "divorce_rate", "unemployment"]].corr().round(2)',
            shown(
                pd.DataFrame(
                    [[1.0, 0.62, 0.71], [0.62, 1.0, 0.55], [0.71, 0.55, 1.0]],
                    index=["benefit_share", "divorce_rate", "unemployment"],
                    columns=["benefit_share", "divorce_rate", "unemployment"],
                )
            ),
        ),
        md(
            "Neighbourhoods with more benefit recipients have more divorces: the correlation is "
            "0.62."
        ),
        code(
            "from scipy.stats import pearsonr\n"
            "\n"
            "for col in cols:\n"
            '    r, p = pearsonr(per_hood[col], per_hood["divorce_rate"])\n'
            "    print(col, round(r, 2), round(p, 3))",
            printed("benefit_share 0.62 0.001\nunemployment 0.55 0.004\nage 0.08 0.61"),
        ),
        md("Unemployment drives divorce in these neighbourhoods."),
    ],
    [("no-uncertainty", 3), ("many-comparisons", 4), ("causal-claim", 5)],
)

per_wijk_ll = pd.DataFrame(
    {"leerlingen": [212, 187, 143], "gemiddeld_uren": [14.2, 11.1, 9.4], "sd": [6.1, 5.2, 4.8]},
    index=pd.Index(["Noord", "Zuid", "West"], name="wijk"),
)
notebook(
    "nl_leerplicht_clean",
    "test_b",
    [
        md("# Schoolverzuim per wijk (leerplicht, schooljaren 2021/22 tot 2023/24)"),
        code(
            'verzuim.groupby("wijk").agg(leerlingen=("leerling_id", "nunique"),\n'
            '                            gemiddeld_uren=("uren", "mean"), sd=("uren", "std"))',
            shown(per_wijk_ll),
        ),
        code(
            "split = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=0)\n"
            'train, test = next(split.split(X, y, groups=verzuim["leerling_id"]))',
        ),
        md(
            "Het verschil tussen Noord en Zuid is 3,1 uur (95%-betrouwbaarheidsinterval 1,2 tot "
            "5,0; 1.240 leerlingen)."
        ),
    ],
    [],
)

notebook(
    "en_passport_demand_flawed",
    "test_b",
    [
        md("# Forecasting passport desk demand"),
        code(
            "before = len(daily)\ndaily = daily.dropna()\n"
            'print(before - len(daily), "days without a count removed")',
            printed("3 days without a count removed"),
        ),
        code(
            "from sklearn.ensemble import GradientBoostingRegressor\n"
            "from sklearn.metrics import mean_absolute_error\n"
            "\n"
            "model = GradientBoostingRegressor().fit(X, y)\n"
            "pred = model.predict(X)\n"
            'print("MAE:", round(mean_absolute_error(y, pred), 1), "visits")',
            printed("MAE: 3.4 visits"),
        ),
    ],
    [("evaluated-on-training-data", 3), ("no-uncertainty", 3)],
)


def main() -> None:
    for part in ("tune", "test", "test_b"):
        (HERE / part).mkdir(exist_ok=True)
    for name, (part, cells, expected) in NOTEBOOKS.items():
        nb = new_notebook(cells=cells)
        for i, cell in enumerate(nb.cells):
            cell.id = f"{name[:40]}-{i}"  # stable ids: the files do not change when rewritten
        nb.metadata["kernelspec"] = {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        }
        nb.metadata["language_info"] = {"name": "python"}
        nbformat.validate(nb)
        nbformat.write(nb, HERE / part / f"{name}.nb.json")
        (HERE / part / f"{name}.expected.json").write_text(
            json.dumps([{"rule": r, "cell": c} for r, c in expected], indent=1) + "\n",
            encoding="utf-8",
        )
    print(f"wrote {len(NOTEBOOKS)} notebooks")


if __name__ == "__main__":
    main()
