"""``evaluate_classifier``: input checks, the split, fitting and scoring, then the engine and the result."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .._exceptions import (
    ColumnTypeError,
    ConstantColumnError,
    InvalidOptionError,
    NotFittedError,
    PerfectSeparationError,
    TooFewRowsError,
)
from .._text import resolve_language
from .._validation import (
    Fraction,
    check_column,
    check_column_name,
    check_columns,
    check_dataframe,
    check_distinct,
    check_params,
    check_random_state,
    check_whole,
)
from ._engine import _evaluate_scores, _Score
from ._ethics import EthicsChecklist
from ._messages import (
    MSG,
)
from ._result import ClassifierEvaluation, _build_result


def _check_time(data: pd.DataFrame, time: str) -> pd.Series:
    series = check_column(data, time, arg="time", kind="any")
    if pd.api.types.is_datetime64_any_dtype(series) or pd.api.types.is_integer_dtype(series):
        return series
    present = series.dropna()
    raise ColumnTypeError(
        MSG(
            "time_type",
            col=time,
            dtype=str(series.dtype),
            example=present.iloc[0] if len(present) else None,
        )
    )


def _cutoff(series: pd.Series, test_from: Any, test_size: float, col: str) -> Any:
    if test_from is None:
        return series.quantile(1 - test_size, interpolation="higher")
    try:
        if pd.api.types.is_datetime64_any_dtype(series):
            cut = pd.Timestamp(test_from)
        else:
            if isinstance(test_from, bool) or not isinstance(test_from, (int, np.integer)):
                raise TypeError
            cut = int(test_from)
        _ = series < cut
    except (TypeError, ValueError) as err:
        raise InvalidOptionError(
            MSG("bad_test_from", value=test_from, col=col, dtype=str(series.dtype))
        ) from err
    return cut


def _fmt_cut(cut: Any) -> str:
    return cut.strftime("%Y-%m-%d") if isinstance(cut, pd.Timestamp) else str(cut)


def _rule_probabilities(x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray) -> np.ndarray:
    """Event rate per band (up to ten quantile bands) of one feature, learnt on the training part."""
    edges = np.unique(np.quantile(x_train, np.linspace(0, 1, 11)))
    inner = edges[1:-1]
    band_train = np.searchsorted(inner, x_train, side="right")
    band_test = np.searchsorted(inner, x_test, side="right")
    k = len(inner) + 1
    counts = np.bincount(band_train, minlength=k)
    events = np.bincount(band_train, weights=y_train, minlength=k)
    overall = y_train.mean()
    rate = np.where(counts > 0, events / np.maximum(counts, 1), overall)
    return rate[band_test]


def evaluate_classifier(
    model: Any,
    data: pd.DataFrame,
    *,
    target: str,
    features: Sequence[str],
    time: str | None = None,
    groups: str | None = None,
    test_from: Any = None,
    test_size: float = 0.3,
    by: str | Sequence[str] | None = None,
    rule: str | None = None,
    ethics: EthicsChecklist | None = None,
    threshold: float = 0.5,
    n_boot: int = 500,
    conf_level: float = 0.95,
    random_state: Any = None,
) -> ClassifierEvaluation:
    """Evaluate a scikit-learn classifier honestly: on unseen data, against baselines, per group.

    With ``time`` the data are split by period: a copy of the model is trained on the cases before
    ``test_from`` and tested on the cases from then on, as it would be used in practice. With
    ``groups`` whole groups (e.g. schools) are held out. There is no random split: a random split
    lets the model see the future and flatters it. Without either, ``model`` must already be fitted
    and ``data`` is treated as unseen test data.

    Parameters
    ----------
    model : scikit-learn classifier
        Anything with ``fit`` and ``predict_proba`` for a 0/1 target (a Pipeline is fine). It is
        not changed: with a split, a clone is fitted.
    data : pandas.DataFrame
        One row per case. Not modified.
    target : str
        Binary 0/1 column to predict (1 = the event, e.g. a new truancy case within a year).
    features : sequence of str
        Columns the model uses, passed to it as a DataFrame in this order.
    time : str, optional
        Date column (datetime64) or whole years to split on; see ``test_from``.
    groups : str, optional
        Column whose groups are held out whole (about ``test_size`` of the rows, seeded).
    test_from : date, str or int, optional
        First date (or year) of the test period. Default: the last ``test_size`` of the period.
    test_size : float, default 0.3
        Share of rows to test on when ``test_from`` is not given.
    by : str or sequence of str, optional
        Columns to report the metrics per group for (e.g. ``["sex", "district", "benefit"]``);
        they need not be features.
    rule : str, optional
        Numeric column for the simple rule "the higher this value, the higher the risk" (its event
        rate per band in the training data). Default: the numeric feature that ranks the training
        data best on its own. Only with a split.
    ethics : EthicsChecklist
        The filled-in ethics checklist. Required: without it the function refuses to run.
    threshold : float, default 0.5
        Probability from which a case counts as flagged (for recall and precision).
    n_boot : int, default 500
        Bootstrap resamples of the test cases for the intervals.
    conf_level : float, default 0.95
        Confidence level of every interval.
    random_state : int, numpy Generator or None
        Seed for the bootstrap and the group split (None: the package's fixed default).

    Returns
    -------
    ClassifierEvaluation
        With fields

        - ``estimate``: :class:`~civicanalysis.Estimate` of the model's ROC AUC on the test data
          (``null=0.5``, chance).
        - ``table``: one row per model and metric, columns ``model, metric, estimate, ci_low,
          ci_high, conf_level, n, n_positive, method``. ``model`` is ``"model"``, ``"base rate"``
          (everyone gets the training event rate), ``"rule"`` (the simple rule), and the paired
          differences ``"model − base rate"`` and ``"model − rule"``. ``metric`` is ``roc_auc``,
          ``pr_auc`` (average precision), ``brier`` (mean squared error of the probabilities,
          lower is better), ``calibration_in_the_large`` (mean predicted minus observed rate),
          ``recall`` and ``precision`` at ``threshold``.
        - ``groups``: per ``by`` column, level and metric: columns ``variable, level, n,
          n_positive, metric, estimate, ci_low, ci_high, conf_level, status`` (``"ok"``, ``"too
          small"`` below the minimum cell size — no rate given — or ``"one class"``). True counts,
          for analysis; publish :meth:`ClassifierEvaluation.group_table`.
        - ``gaps``: per ``by`` column and metric, the largest difference between groups that are
          big enough (what fairlearn's ``MetricFrame.difference()`` gives), columns ``variable,
          metric, gap, ci_low, ci_high, conf_level, worst_group, best_group``. Its interval is
          the bootstrap percentile interval of the difference between those two groups; it can
          include 0 (no real gap). Because the two groups were picked as the extremes, the gap
          itself is somewhat optimistic, more so with many small groups.
        - ``calibration``: ten bands of predicted probability, columns ``band, n,
          mean_predicted, observed, ci_low, ci_high`` (Wilson interval).
        - ``beats_baseline``: True when the ROC AUC interval lies above 0.5 and the Brier score is
          clearly lower than the base rate's.
        - ``beats_rule``: True when the ROC AUC is clearly higher than the simple rule's (None
          without a rule).
        - ``target, features, split, rule, n_train, n_test, n_positive, threshold, conf_level,
          n_boot, ethics``: what was done (``split_description``: the split in words);
          ``predictions``: the test cases' predicted
          probabilities (columns ``row, y, model, base rate, rule``).
        - ``caveats``: warnings raised, kept as text.

    Raises
    ------
    InvalidOptionError
        Without a complete ethics checklist, with a feature the checklist puts off limits, with
        both ``time`` and ``groups``, or a bad ``test_from``/``n_boot``/``conf_level``.
    NotFittedError
        When no split is asked for and the model is not fitted.
    ColumnTypeError
        When ``time`` holds text instead of dates, or ``target`` is not 0/1.
    ConstantColumnError
        When the target has one class only.
    TooFewRowsError
        When the split leaves the training or test part empty, or the test part has no positives.
    PerfectSeparationError
        When a feature predicts the target perfectly in the training data (leakage).

    Warns
    -----
    DisclosureWarning
        For a group with fewer test cases than the minimum cell size; it gets no rate.

    See Also
    --------
    EthicsChecklist : the checklist that must be filled in first.
    compare_survival : test a claim about who gets the event sooner.

    Notes
    -----
    The intervals are percentile intervals from ``n_boot`` bootstrap resamples of the test cases
    (the model is not refitted per resample, so they show the uncertainty of the evaluation, not
    of the training). All metrics, for the model, the baselines and every group, are computed from
    the same resamples with sorted cumulative sums, not by calling scikit-learn once per resample;
    the benchmark in ``bench/bench_prediction.py`` checks they equal scikit-learn's values.
    The per-group values and gaps are the ones fairlearn's ``MetricFrame`` gives (the tests check
    this); fairlearn itself is not used to compute them because version 0.15 handles every case
    one by one in Python and its bootstrap calls the metrics once per resample, which on 100,000
    cases takes longer than this whole evaluation.

    Assumptions, in plain words: the test period resembles the period the model will be used in;
    the target was recorded the same way in both; the groups are large enough to say something.
    A model that predicts well says nothing about causes: a predictive feature is not a lever.

    References
    ----------
    Steyerberg, E. W. (2019). Clinical Prediction Models, 2nd ed. (validation, calibration).
    Utrecht Data School. Data Ethics Decision Aid (DEDA).

    Examples
    --------
    >>> import civicanalysis as ca
    >>> from sklearn.linear_model import LogisticRegression
    >>> df = ca.datasets.load("truancy")
    >>> checklist = ca.EthicsChecklist(
    ...     purpose="Help leerplicht officers decide which new truancy cases to visit first.",
    ...     affected="Pupils with a truancy case and their parents; leerplicht officers.",
    ...     flagged_action="An officer reviews the case and may offer support earlier; "
    ...     "no sanction is based on the score.",
    ...     off_limits={"sex": "a pupil's sex must not steer who gets attention"},
    ... )
    >>> res = ca.evaluate_classifier(
    ...     LogisticRegression(), df, target="new_case_1y",
    ...     features=["prior_cases", "days_absent", "benefit", "age"],
    ...     time="case_date", test_from="2022-01-01", by=["sex"], ethics=checklist, n_boot=200)
    >>> res.n_test, res.beats_baseline
    (2205, True)
    >>> round(res.estimate.value, 2)
    0.66
    """
    inputs = _check_inputs(
        model,
        data,
        target=target,
        features=features,
        by=by,
        ethics=ethics,
        threshold=threshold,
        n_boot=n_boot,
        conf_level=conf_level,
        test_size=test_size,
        random_state=random_state,
    )
    split = _split(inputs, time=time, groups=groups, test_from=test_from, test_size=test_size)
    caveats: list[str] = []
    fitted = _fit(model, inputs, split)
    scores, rule_col = _scores(fitted, inputs, split, rule=rule)
    engine = _evaluate_scores(inputs, split, scores, caveats)
    return _build_result(inputs, split, scores, engine, rule_col=rule_col, caveats=caveats)


# --- step 1: input checks -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Inputs:
    """The checked arguments of :func:`evaluate_classifier`."""

    data: pd.DataFrame
    target: Hashable
    feats: list[Hashable]
    by_cols: list[Hashable]
    y_all: np.ndarray
    ethics: EthicsChecklist
    threshold: float
    n_boot: int
    conf_level: float
    rng: np.random.Generator


def _check_inputs(
    model: Any,
    data: Any,
    *,
    target: Any,
    features: Any,
    by: Any,
    ethics: Any,
    threshold: Any,
    n_boot: Any,
    conf_level: Any,
    test_size: Any,
    random_state: Any,
) -> _Inputs:
    from sklearn.base import is_classifier

    # The ethics checklist comes first: without it nothing else is looked at.
    if ethics is None:
        raise InvalidOptionError(MSG("ethics_required"))
    if not isinstance(ethics, EthicsChecklist):
        raise InvalidOptionError(MSG("ethics_type", typ=type(ethics).__name__))
    data = check_dataframe(data, min_rows=2, purpose="evaluating a classifier")
    checked = check_params(
        {"conf_level": conf_level, "test_size": test_size, "threshold": threshold},
        {"conf_level": Fraction(), "test_size": Fraction(), "threshold": Fraction()},
    )
    n_boot = check_whole(n_boot, arg="n_boot", low=100, why=MSG("why_n_boot"))
    rng = check_random_state(random_state)
    if not (hasattr(model, "fit") and hasattr(model, "predict_proba")) or not is_classifier(model):
        raise InvalidOptionError(MSG("not_classifier", typ=type(model).__name__))
    feats = check_columns(data, features, arg="features")
    for f in feats:
        if f in ethics.off_limits:
            raise InvalidOptionError(
                MSG("feature_off_limits", feature=f, reason=ethics.off_limits[f])
            )
    y_all = check_column(data, target, arg="target", kind="binary").to_numpy()
    check_distinct([("target", target)] + [("features", f) for f in feats])
    for f in feats:
        check_column(data, f, arg="features", kind="any", allow_constant=True)
    by_cols = check_columns(data, by, arg="by", allow_empty=True)
    for c in by_cols:
        check_column(data, c, arg="by", kind="category", max_levels=50, allow_constant=True)
    return _Inputs(
        data=data,
        target=target,
        feats=feats,
        by_cols=by_cols,
        y_all=y_all,
        ethics=ethics,
        threshold=checked["threshold"],
        n_boot=n_boot,
        conf_level=checked["conf_level"],
        rng=rng,
    )


# --- step 2: the split ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Split:
    """Which rows are test rows, and the split in words."""

    kind: str  # "time", "groups" or "none"
    test_mask: np.ndarray
    n_train: int
    n_test: int
    texts: dict[str, str]


def _split(inputs: _Inputs, *, time: Any, groups: Any, test_from: Any, test_size: float) -> _Split:
    if time is not None and groups is not None:
        raise InvalidOptionError(MSG("time_and_groups", time=time, groups=groups))
    if time is not None:
        split = _split_time(inputs.data, time, test_from, test_size)
    elif groups is not None:
        split = _split_groups(inputs.data, groups, test_size, inputs.rng)
    else:
        n_te = len(inputs.data)
        texts = {lang: MSG("split_given", lang=lang, n_test=n_te) for lang in ("en", "nl")}
        split = _Split("none", np.ones(n_te, dtype=bool), 0, n_te, texts)
    y_test = inputs.y_all[split.test_mask]
    if y_test.sum() == 0:
        raise TooFewRowsError(
            MSG(
                "no_positives_test",
                n=split.n_test,
                target=inputs.target,
                split=split.texts[resolve_language(None)],
            )
        )
    return split


def _split_time(data: pd.DataFrame, time: Any, test_from: Any, test_size: float) -> _Split:
    t = _check_time(data, time)
    cut = _cutoff(t, test_from, test_size, time)
    test_mask = (t >= cut).to_numpy()
    n_tr, n_te = int((~test_mask).sum()), int(test_mask.sum())
    if n_tr == 0 or n_te == 0:
        raise TooFewRowsError(
            MSG(
                "empty_train",
                empty=MSG("word_train" if n_tr == 0 else "word_test"),
                n_train=n_tr,
                n_test=n_te,
                cut=_fmt_cut(cut),
                low=_fmt_cut(t.min()),
                high=_fmt_cut(t.max()),
            )
        )
    texts = {
        lang: MSG("split_time", lang=lang, n_train=n_tr, n_test=n_te, cut=_fmt_cut(cut))
        for lang in ("en", "nl")
    }
    return _Split("time", test_mask, n_tr, n_te, texts)


def _split_groups(
    data: pd.DataFrame, groups: Any, test_size: float, rng: np.random.Generator
) -> _Split:
    g = check_column(data, groups, arg="groups", kind="category")
    levels = np.array(sorted(pd.unique(g).tolist(), key=str), dtype=object)
    rng.shuffle(levels)
    sizes = g.value_counts().reindex(levels).to_numpy()
    take = np.cumsum(sizes) <= test_size * len(g)
    take[0] = True
    test_levels = set(levels[take].tolist())
    test_mask = g.isin(test_levels).to_numpy()
    n_tr, n_te = int((~test_mask).sum()), int(test_mask.sum())
    if n_tr == 0:
        raise TooFewRowsError(
            MSG(
                "empty_train",
                empty=MSG("word_train"),
                n_train=n_tr,
                n_test=n_te,
                cut="–",
                low="–",
                high="–",
            )
        )
    texts = {
        lang: MSG(
            "split_groups",
            lang=lang,
            n_train=n_tr,
            n_test=n_te,
            col=groups,
            g_train=len(levels) - len(test_levels),
            g_test=len(test_levels),
        )
        for lang in ("en", "nl")
    }
    return _Split("groups", test_mask, n_tr, n_te, texts)


# --- step 3: fitting (on the training part only) and scoring ------------------------------------------


def _fit(model: Any, inputs: _Inputs, split: _Split) -> Any:
    from sklearn.base import clone

    x_train = inputs.data.loc[~split.test_mask, inputs.feats]
    y_train = inputs.y_all[~split.test_mask]
    if not split.n_train:
        from sklearn.exceptions import NotFittedError as SkNotFitted
        from sklearn.utils.validation import check_is_fitted

        try:
            check_is_fitted(model)
        except SkNotFitted as err:
            raise NotFittedError(MSG("not_fitted")) from err
        return model
    values = np.unique(y_train)
    if len(values) < 2:
        raise ConstantColumnError(
            MSG("one_class_train", target=inputs.target, value=int(values[0]), n=split.n_train)
        )
    _check_separation(x_train, y_train, inputs)
    fitted = clone(model)
    try:
        fitted.fit(x_train, y_train.astype(int))
    except (ValueError, TypeError) as err:
        raise ColumnTypeError(MSG("prediction_failed", error=str(err)[:200])) from err
    return fitted


def _check_separation(x_train: pd.DataFrame, y_train: np.ndarray, inputs: _Inputs) -> None:
    """A numeric feature that splits the two classes perfectly is almost always leakage."""
    for f in inputs.feats:
        col = x_train[f]
        if not (pd.api.types.is_numeric_dtype(col) or pd.api.types.is_bool_dtype(col)):
            continue
        v = col.to_numpy(dtype=float)
        lo1, hi1 = v[y_train == 1].min(), v[y_train == 1].max()
        lo0, hi0 = v[y_train == 0].min(), v[y_train == 0].max()
        if lo1 > hi0 or hi1 < lo0:
            side, value = (">", hi0) if lo1 > hi0 else ("<", lo0)
            raise PerfectSeparationError(
                MSG("separation", feature=f, target=inputs.target, side=side, value=value)
            )


def _scores(
    fitted: Any, inputs: _Inputs, split: _Split, *, rule: Any
) -> tuple[dict[str, np.ndarray], Hashable | None]:
    """Predicted probabilities on the test part: the model, the base rate and the simple rule."""
    data, mask = inputs.data, split.test_mask
    try:
        proba = fitted.predict_proba(data.loc[mask, inputs.feats])
    except (ValueError, TypeError) as err:
        raise ColumnTypeError(MSG("prediction_failed", error=str(err)[:200])) from err
    classes = list(getattr(fitted, "classes_", [0, 1]))
    scores = {"model": proba[:, classes.index(1)] if 1 in classes else proba[:, -1]}
    y_train = inputs.y_all[~mask].astype(float)
    y_test = inputs.y_all[mask].astype(float)
    base_rate = float(y_train.mean()) if split.n_train else float(y_test.mean())
    scores["base rate"] = np.full(split.n_test, base_rate)
    rule_col = _choose_rule(inputs, split, rule) if split.n_train else None
    if rule_col is not None:
        scores["rule"] = _rule_probabilities(
            data.loc[~mask, rule_col].to_numpy(dtype=float),
            y_train,
            data.loc[mask, rule_col].to_numpy(dtype=float),
        )
    return scores, rule_col


def _choose_rule(inputs: _Inputs, split: _Split, rule: Any) -> Hashable | None:
    """The given rule column, or the numeric feature that ranks the training part best."""
    data = inputs.data
    if rule is not None:
        rule_col = check_column_name(data, rule, arg="rule")
        if not pd.api.types.is_numeric_dtype(data[rule_col]):
            raise InvalidOptionError(
                MSG("bad_rule", value=rule, col=rule_col, dtype=str(data[rule_col].dtype))
            )
        return rule_col
    x_train = data.loc[~split.test_mask, inputs.feats]
    y_train = inputs.y_all[~split.test_mask].astype(float)
    best, rule_col = 0.0, None
    for f in inputs.feats:
        if pd.api.types.is_numeric_dtype(x_train[f]):
            s = _Score(y_train, x_train[f].to_numpy(dtype=float), inputs.threshold)
            auc = float(s.metrics(np.ones((1, split.n_train)))["roc_auc"][0])
            if auc - 0.5 > best:
                best, rule_col = auc - 0.5, f
    return rule_col
