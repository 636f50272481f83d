from __future__ import annotations

import json
import warnings

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

import civicanalysis as ca

FEATURES = ["prior_cases", "days_absent", "benefit", "age"]
ANSWERS = {
    "purpose": "Help leerplicht officers decide which new truancy cases to visit first.",
    "affected": "Pupils with a truancy case and their parents; leerplicht officers.",
    "flagged_action": "An officer reviews the case and may offer support earlier; no sanction.",
    "off_limits": {"sex": "a pupil's sex must not steer who gets attention"},
}


@pytest.fixture(scope="module")
def truancy() -> pd.DataFrame:
    return ca.datasets.load("truancy")


@pytest.fixture(scope="module")
def checklist() -> ca.EthicsChecklist:
    return ca.EthicsChecklist(**ANSWERS)


@pytest.fixture(scope="module")
def result(truancy, checklist):
    with ca.option_context(language="en"), warnings.catch_warnings():
        warnings.simplefilter("ignore", ca.DisclosureWarning)
        return ca.evaluate_classifier(
            LogisticRegression(),
            truancy,
            target="new_case_1y",
            features=FEATURES,
            time="case_date",
            test_from="2022-01-01",
            by=["sex", "district", "benefit"],
            ethics=checklist,
            n_boot=200,
            random_state=1,
        )


def _evaluate(data, checklist, **kwargs):
    args = {
        "target": "y",
        "features": ["x"],
        "time": "year",
        "test_from": 2023,
        "ethics": checklist,
        "n_boot": 100,
    }
    args.update(kwargs)
    return ca.evaluate_classifier(LogisticRegression(), data, **args)


@pytest.fixture
def toy(rng) -> pd.DataFrame:
    n = 600
    x = rng.normal(size=n)
    return pd.DataFrame(
        {
            "year": np.repeat([2021, 2022, 2023], n // 3),
            "x": x,
            "y": (rng.random(n) < 1 / (1 + np.exp(-x))).astype(int),
            "g": rng.choice(list("abcdefghij"), n),
        }
    )


# --- the ethics checklist -----------------------------------------------------------------------


def test_checklist_must_be_complete():
    with pytest.raises(
        ca.InvalidOptionError, match=r"purpose is empty.*flagged_action is a placeholder"
    ):
        ca.EthicsChecklist(
            purpose="", affected=ANSWERS["affected"], flagged_action="TODO", off_limits={"sex": "x"}
        )
    with pytest.raises(ca.InvalidOptionError, match=r"affected has 2 words"):
        ca.EthicsChecklist(**{**ANSWERS, "affected": "the pupils"})
    with pytest.raises(ca.InvalidOptionError, match="off_limits names no feature"):
        ca.EthicsChecklist(**{**ANSWERS, "off_limits": {}})
    with pytest.raises(ca.InvalidOptionError, match="must map each feature to its reason"):
        ca.EthicsChecklist(**{**ANSWERS, "off_limits": ["sex"]})
    with pytest.raises(ca.InvalidOptionError, match="reason for off-limits feature 'sex'"):
        ca.EthicsChecklist(**{**ANSWERS, "off_limits": {"sex": ""}})
    with ca.option_context(language="nl"):
        with pytest.raises(
            ca.InvalidOptionError, match=r"checklist is niet ingevuld: purpose is leeg"
        ):
            ca.EthicsChecklist(**{**ANSWERS, "purpose": "  "})


def test_checklist_saved_with_the_analysis(checklist, tmp_path):
    path = checklist.save(tmp_path / "analysis" / "ethics")
    assert path.suffix == ".json"
    assert json.loads(path.read_text(encoding="utf-8")) == checklist.to_dict()
    md = path.with_suffix(".md").read_text(encoding="utf-8")
    assert "What happens to a pupil the model flags" in md and "`sex`" in md
    assert "Wat gebeurt er met een leerling" in checklist.to_markdown("nl")


def test_evaluation_refuses_without_checklist(truancy):
    with pytest.raises(ca.InvalidOptionError, match="ethics is missing"):
        ca.evaluate_classifier(
            LogisticRegression(), truancy, target="new_case_1y", features=FEATURES, time="case_date"
        )
    with pytest.raises(ca.InvalidOptionError, match="must be a ca.EthicsChecklist"):
        ca.evaluate_classifier(
            LogisticRegression(),
            truancy,
            target="new_case_1y",
            features=FEATURES,
            time="case_date",
            ethics={"purpose": "x"},
        )
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="ethics ontbreekt"):
            ca.evaluate_classifier(
                LogisticRegression(),
                truancy,
                target="new_case_1y",
                features=FEATURES,
                time="case_date",
            )


def test_off_limits_feature_refused(truancy, checklist):
    with pytest.raises(ca.InvalidOptionError, match=r"features includes 'sex'.*off limits"):
        ca.evaluate_classifier(
            LogisticRegression(),
            truancy,
            target="new_case_1y",
            features=["prior_cases", "sex"],
            time="case_date",
            ethics=checklist,
        )
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="niet gebruikt mag worden"):
            ca.evaluate_classifier(
                LogisticRegression(),
                truancy,
                target="new_case_1y",
                features=["sex"],
                time="case_date",
                ethics=checklist,
            )


# --- the evaluation on the truancy case ---------------------------------------------------------


def test_split_by_time_and_baselines(result, truancy):
    assert result.split == "time"
    assert result.n_train + result.n_test == len(truancy)
    assert result.n_test == int((truancy["case_date"] >= "2022-01-01").sum())
    assert result.beats_baseline is True
    assert result.rule == "prior_cases"
    assert set(result.table["model"]) == {
        "model",
        "base rate",
        "rule",
        "model − base rate",
        "model − rule",
    }
    assert list(result.table.columns) == [
        "model",
        "metric",
        "estimate",
        "ci_low",
        "ci_high",
        "conf_level",
        "n",
        "n_positive",
        "method",
    ]
    base_auc = result.table.query("model == 'base rate' and metric == 'roc_auc'")["estimate"].iloc[
        0
    ]
    assert base_auc == 0.5
    assert result.estimate.measure == "ROC AUC" and result.estimate.null == 0.5
    assert result.estimate.ci_low < result.estimate.value < result.estimate.ci_high
    assert 0.6 < result.estimate.value < 0.75


def test_metrics_equal_scikit_learn(result):
    pred = result.predictions
    row = result.table.set_index(["model", "metric"])["estimate"]
    for name in ("model", "rule"):
        assert row[(name, "roc_auc")] == pytest.approx(roc_auc_score(pred["y"], pred[name]))
        assert row[(name, "pr_auc")] == pytest.approx(
            average_precision_score(pred["y"], pred[name])
        )
        assert row[(name, "brier")] == pytest.approx(brier_score_loss(pred["y"], pred[name]))
    finite = result.table.dropna(subset=["ci_low"])
    assert (finite["ci_low"] <= finite["ci_high"]).all()


def test_per_group_metrics_and_small_group(result, truancy):
    groups = result.groups
    test = truancy[truancy["case_date"] >= "2022-01-01"]
    pred = result.predictions.set_index("row")
    male = test.index[test["sex"] == "male"]
    auc = groups.query("variable == 'sex' and level == 'male' and metric == 'roc_auc'")
    assert auc["estimate"].iloc[0] == pytest.approx(
        roc_auc_score(pred.loc[male, "y"], pred.loc[male, "model"])
    )
    assert auc["n"].iloc[0] == len(male)
    small = groups.query("level == 'Buitengebied'")
    assert (small["status"] == "too small").all()
    assert small["estimate"].isna().all() and small["n_positive"].isna().all()
    shown = result.group_table("observed_rate")
    assert shown.loc[shown["level"] == "Buitengebied", "n"].iloc[0] == "<15"
    assert set(result.gaps["variable"]) == {"sex", "district", "benefit"}
    assert (result.gaps["gap"] >= 0).all()
    assert "Buitengebied" not in set(result.gaps["worst_group"]) | set(result.gaps["best_group"])


def test_small_group_warns(truancy, checklist):
    with pytest.warns(
        ca.DisclosureWarning, match=r"district='Buitengebied' has 10 cases.*too small"
    ):
        res = ca.evaluate_classifier(
            LogisticRegression(),
            truancy,
            target="new_case_1y",
            features=FEATURES,
            time="case_date",
            test_from="2022-01-01",
            by="district",
            ethics=checklist,
            n_boot=100,
        )
    assert any("Buitengebied" in c for c in res.caveats)
    with ca.option_context(language="nl"):
        with pytest.warns(ca.DisclosureWarning, match="te klein"):
            ca.evaluate_classifier(
                LogisticRegression(),
                truancy,
                target="new_case_1y",
                features=FEATURES,
                time="case_date",
                test_from="2022-01-01",
                by="district",
                ethics=checklist,
                n_boot=100,
            )


def test_explain_and_displays(result):
    import matplotlib

    matplotlib.use("Agg")
    text = result.explain()
    assert "not a cause" in text and "ROC AUC" in text and "base rate" in text
    assert "significant" not in text.lower()
    nl = result.explain("nl")
    assert "geen oorzaak" in nl and "basispercentage" in nl
    html = result._repr_html_()
    assert "<img" in html
    assert result.plot() is not None
    ax = result.plot_groups("roc_auc")
    assert len(ax.get_yticklabels()) == 12  # 13 groups, Buitengebied left out
    assert "2022-01-01" in result.split_text("en")


def test_reproducible_and_does_not_modify(truancy, checklist):
    before = truancy.copy()
    model = LogisticRegression()
    kwargs = dict(
        target="new_case_1y", features=FEATURES, time="case_date", ethics=checklist, n_boot=100
    )
    a = ca.evaluate_classifier(model, truancy, random_state=5, **kwargs)
    b = ca.evaluate_classifier(model, truancy, random_state=5, **kwargs)
    pd.testing.assert_frame_equal(a.table, b.table)
    pd.testing.assert_frame_equal(truancy, before)
    assert not hasattr(model, "coef_")  # a clone was fitted, not the caller's model
    # default split: the last 30% of the period
    assert a.n_test == pytest.approx(0.3 * len(truancy), rel=0.05)


def test_useless_model_is_not_good_enough(toy, checklist, rng):
    toy = toy.assign(noise=rng.normal(size=len(toy)))
    res = _evaluate(toy, checklist, features=["noise"])
    assert res.beats_baseline is False
    assert "not good enough to use" in res.explain()
    assert "niet goed genoeg" in res.explain("nl")


def test_group_split_holds_out_whole_groups(toy, checklist):
    res = _evaluate(toy, checklist, time=None, groups="g", test_from=None)
    assert res.split == "groups"
    test_rows = res.predictions["row"]
    test_groups = set(toy.loc[test_rows, "g"])
    train_groups = set(toy.drop(index=test_rows)["g"])
    assert not test_groups & train_groups
    with pytest.raises(ca.InvalidOptionError, match="choose one way to split"):
        _evaluate(toy, checklist, groups="g")


def test_prefitted_model_without_split(toy, checklist):
    fitted = LogisticRegression().fit(toy[["x"]], toy["y"])
    res = ca.evaluate_classifier(
        fitted, toy, target="y", features=["x"], ethics=checklist, n_boot=100
    )
    assert res.split == "none" and res.n_test == len(toy) and res.rule is None


# --- bad input ----------------------------------------------------------------------------------


def test_not_fitted(toy, checklist):
    with pytest.raises(ca.NotFittedError, match=r"model is not fitted.*time='<date column>'"):
        ca.evaluate_classifier(
            LogisticRegression(), toy, target="y", features=["x"], ethics=checklist
        )
    with ca.option_context(language="nl"):
        with pytest.raises(ca.NotFittedError, match="model is niet getraind"):
            ca.evaluate_classifier(
                LogisticRegression(), toy, target="y", features=["x"], ethics=checklist
            )


def test_target_with_one_class(toy, checklist):
    toy = toy.assign(y=1)
    with pytest.raises(ca.ConstantColumnError, match="target='y' has only one value"):
        _evaluate(toy, checklist)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.ConstantColumnError, match="heeft maar één waarde"):
            _evaluate(toy, checklist)


def test_test_period_without_positives(toy, checklist):
    toy = toy.copy()
    toy.loc[toy["year"] == 2023, "y"] = 0
    with pytest.raises(ca.TooFewRowsError, match="no case with y=1"):
        _evaluate(toy, checklist)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.TooFewRowsError, match="geen enkele casus met y=1"):
            _evaluate(toy, checklist)


def test_training_part_with_one_class(toy, checklist):
    toy = toy.copy()
    toy.loc[toy["year"] < 2023, "y"] = 0
    with pytest.raises(ca.ConstantColumnError, match="training part has only y=0"):
        _evaluate(toy, checklist)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.ConstantColumnError, match="trainingsdeel heeft alleen y=0"):
            _evaluate(toy, checklist)


def test_perfect_separation(toy, checklist):
    toy = toy.assign(leak=toy["y"] * 10 + 1)
    with pytest.raises(ca.PerfectSeparationError, match=r"'leak' separates y perfectly.*leakage"):
        _evaluate(toy, checklist, features=["x", "leak"])
    with ca.option_context(language="nl"):
        with pytest.raises(ca.PerfectSeparationError, match="lekkage"):
            _evaluate(toy, checklist, features=["x", "leak"])


def test_dates_in_the_wrong_type(truancy, checklist):
    df = truancy.assign(case_date=truancy["case_date"].dt.strftime("%d-%m-%Y"))
    kwargs = dict(target="new_case_1y", features=FEATURES, time="case_date", ethics=checklist)
    with pytest.raises(
        ca.ColumnTypeError, match=r"time='case_date' must hold dates.*pd.to_datetime"
    ):
        ca.evaluate_classifier(LogisticRegression(), df, **kwargs)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.ColumnTypeError, match="moet datums"):
            ca.evaluate_classifier(LogisticRegression(), df, **kwargs)
    with pytest.raises(ca.InvalidOptionError, match="test_from='next year' cannot be compared"):
        ca.evaluate_classifier(LogisticRegression(), truancy, test_from="next year", **kwargs)


def test_time_split_leaves_training_empty(toy, checklist):
    with pytest.raises(
        ca.TooFewRowsError, match=r"leaves the training set empty.*between 2021 and 2023"
    ):
        _evaluate(toy, checklist, test_from=2015)
    with ca.option_context(language="nl"):
        with pytest.raises(ca.TooFewRowsError, match="laat de trainingsset leeg"):
            _evaluate(toy, checklist, test_from=2015)


def test_other_bad_arguments(toy, checklist):
    with pytest.raises(
        ca.InvalidOptionError, match="n_boot=10 must be a whole number of at least 100"
    ):
        _evaluate(toy, checklist, n_boot=10)
    with pytest.raises(ca.InvalidOptionError, match="scikit-learn classifier"):
        ca.evaluate_classifier("logistic", toy, target="y", features=["x"], ethics=checklist)
    with pytest.raises(ca.InvalidOptionError, match="rule='g' must be a numeric column"):
        _evaluate(toy, checklist, rule="g")
    with pytest.raises(ca.ColumnTypeError, match="needs an encoder"):
        _evaluate(toy, checklist, features=["x", "g"])
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="minstens 100"):
            _evaluate(toy, checklist, n_boot=10)
        with pytest.raises(ca.InvalidOptionError, match="classificatiemodel"):
            ca.evaluate_classifier("logistic", toy, target="y", features=["x"], ethics=checklist)
        with pytest.raises(ca.InvalidOptionError, match="moet een numerieke kolom"):
            _evaluate(toy, checklist, rule="g")
        with pytest.raises(ca.ColumnTypeError, match="encoder nodig"):
            _evaluate(toy, checklist, features=["x", "g"])


def test_groups_and_gaps_agree_with_fairlearn(result, truancy):
    from fairlearn.metrics import MetricFrame

    pred = result.predictions.set_index("row")
    test = truancy.loc[pred.index]
    keep = test["district"] != "Buitengebied"
    frame = MetricFrame(
        metrics={
            "roc_auc": roc_auc_score,
            "pr_auc": average_precision_score,
            "brier": brier_score_loss,
        },
        y_true=pred.loc[keep, "y"],
        y_pred=pred.loc[keep, "model"],
        sensitive_features=test.loc[keep, "district"].astype(str),
    )
    ours = result.groups.query("variable == 'district' and status == 'ok'")
    for metric in ("roc_auc", "pr_auc", "brier"):
        mine = ours[ours["metric"] == metric].set_index("level")["estimate"]
        for level, value in frame.by_group[metric].items():
            assert mine[level] == pytest.approx(value)
        gap = result.gaps.query("variable == 'district' and metric == @metric")["gap"].iloc[0]
        assert gap == pytest.approx(frame.difference()[metric])
    assert (result.gaps["ci_low"] <= result.gaps["gap"]).all()
    assert (result.gaps["gap"] <= result.gaps["ci_high"]).all()


def test_few_positives_in_the_test_part_warn_in_both_languages(checklist):
    rng = np.random.default_rng(3)
    n = 400
    year = np.repeat([2021, 2022, 2023], [150, 150, 100])
    x = rng.normal(size=n)
    y = (rng.random(n) < 0.3).astype(int)
    test = year == 2023
    y[test] = 0
    y[np.flatnonzero(test)[:2]] = 1  # two positives in the test year
    data = pd.DataFrame({"year": year, "x": x, "y": y})
    kwargs = {"target": "y", "features": ["x"], "time": "year", "test_from": 2023}
    with pytest.warns(ca.ThinDataWarning, match="has only 2 cases with y=1"):
        res = ca.evaluate_classifier(
            LogisticRegression(), data, ethics=checklist, n_boot=100, **kwargs
        )
    assert any("only 2 cases" in c for c in res.caveats)
    with ca.option_context(language="nl"):
        with pytest.warns(ca.ThinDataWarning, match="maar 2 casussen met y=1"):
            ca.evaluate_classifier(
                LogisticRegression(), data, ethics=checklist, n_boot=100, **kwargs
            )
