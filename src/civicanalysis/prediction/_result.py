"""The result of :func:`evaluate_classifier` and the tables it is built from."""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np
import pandas as pd

from .._results import Estimate, ResultMixin, caveat_field, mask_small_counts
from .._text import fmt, fmt_pct, render, resolve_language
from .._validation import (
    check_option,
)
from ._engine import _Engine, _percentile_interval
from ._ethics import EthicsChecklist
from ._messages import (
    _GROUP_METRICS,
    _METRICS,
    MSG,
)

if TYPE_CHECKING:
    from ._evaluate import _Inputs, _Split


_MODEL_NAMES = {"model": "name_model", "base rate": "name_base_rate", "rule": "name_rule"}


@dataclass(frozen=True, eq=False, repr=False)
class ClassifierEvaluation(ResultMixin):
    """Result of :func:`evaluate_classifier`; see that function for the meaning of every field."""

    estimate: Estimate
    table: pd.DataFrame
    groups: pd.DataFrame
    gaps: pd.DataFrame
    calibration: pd.DataFrame
    beats_baseline: bool
    beats_rule: bool | None
    target: str
    features: tuple[str, ...]
    split: str
    split_description: Mapping[str, str]
    rule: str | None
    n_train: int
    n_test: int
    n_positive: int
    threshold: float
    conf_level: float
    n_boot: int
    ethics: EthicsChecklist
    predictions: pd.DataFrame
    caveats: tuple[str, ...] = caveat_field()
    rung: ClassVar[str] = "information"
    _display_columns: ClassVar[tuple[str, ...]] = (
        "model",
        "metric",
        "estimate",
        "ci_low",
        "ci_high",
    )

    def _display_table(self) -> pd.DataFrame:
        """The model and its baselines on the three headline metrics (the rest is in .table)."""
        keep = self.table["metric"].isin(("roc_auc", "pr_auc", "brier")) & self.table["model"].isin(
            _MODEL_NAMES
        )
        return self.table.loc[keep, list(self._display_columns)]

    def _display_value(self, column: str, value: Any, lang: str) -> Any:
        if column == "model" and value in _MODEL_NAMES:
            return MSG(_MODEL_NAMES[value], lang=lang)
        if column == "metric":
            return MSG(f"metric_{value}", lang=lang)
        return value

    def _title(self, lang: str) -> str:
        return MSG("title", lang=lang, target=self.target)

    def _value(self, model: str, metric: str, col: str = "estimate") -> float:
        row = self.table[(self.table["model"] == model) & (self.table["metric"] == metric)]
        return float(row[col].iloc[0]) if len(row) else math.nan

    def _explain_sentences(self, lang: str) -> list[str]:
        prev = self.n_positive / self.n_test
        rule_part = (
            MSG("s_rule_part", lang=lang, brier_rule=fmt(self._value("rule", "brier"), lang))
            if self.rule
            else ""
        )
        brier = self._value("model", "brier")
        sentences = [
            MSG(
                "s_what",
                lang=lang,
                target=self.target,
                split=self.split_text(lang),
                pos=fmt(self.n_positive, lang),
                prev=fmt_pct(prev, lang),
            ),
            MSG(
                "s_number",
                lang=lang,
                auc=self.estimate.interval_text(lang),
                brier=fmt(brier, lang),
                brier_base=fmt(self._value("base rate", "brier"), lang),
                rule_part=rule_part,
            ),
        ]
        if self.beats_baseline:
            rule_verdict = ""
            if self.beats_rule is not None:
                rule_verdict = MSG(
                    "rule_better" if self.beats_rule else "rule_not_better", lang=lang
                )
            auc = self.estimate.value
            band = (
                "weak" if auc < 0.6 else "modest" if auc < 0.7 else "fair" if auc < 0.8 else "good"
            )
            sentences.append(
                MSG(
                    "s_use_yes",
                    lang=lang,
                    rule_verdict=rule_verdict,
                    strength=MSG(f"strength_{band}", lang=lang),
                )
            )
        else:
            sentences.append(MSG("s_use_no", lang=lang))
        gaps = self.gaps[self.gaps["metric"] == "roc_auc"].dropna(subset=["gap"])
        if len(gaps):
            top = gaps.sort_values("gap", ascending=False).iloc[0]
            n_small = int((self.groups["status"] == "too small").sum() / len(_GROUP_METRICS))
            small = MSG("s_groups_small", lang=lang, n=n_small) if n_small else ""
            gap_text = MSG(
                "gap_text",
                lang=lang,
                gap=float(top.gap),
                level=100 * self.conf_level,
                low=float(top.ci_low),
                high=float(top.ci_high),
            )
            sentences.append(
                MSG(
                    "s_groups",
                    lang=lang,
                    gap=gap_text,
                    var=top.variable,
                    worst=top.worst_group,
                    best=top.best_group,
                    small=small,
                )
            )
        sentences.append(MSG("s_not_cause", lang=lang))
        return sentences

    def _detail_sentences(self, lang: str) -> list[str]:
        if not self.caveats:
            return []
        text = " ".join(render(c, lang) for c in self.caveats)
        return [MSG("s_caveats", lang=lang, text=text)]

    def split_text(self, lang: str | None = None) -> str:
        """How the data were split, in words, in the chosen language."""
        return self.split_description[resolve_language(lang)]

    def rule_text(self, lang: str | None = None) -> str | None:
        """The simple rule the model was compared with, in words (None without one)."""
        return MSG("rule_text", lang=lang, col=self.rule) if self.rule else None

    def group_table(self, metric: str | None = None) -> pd.DataFrame:
        """The per-group metrics ready to publish: counts below the minimum cell size read "<15"
        and too-small groups have no rate.

        Parameters
        ----------
        metric : str, optional
            One of ``roc_auc, pr_auc, brier, observed_rate, mean_predicted``; default all.
        """
        shown = self.groups if metric is None else self.groups[self.groups["metric"] == metric]
        return mask_small_counts(shown.reset_index(drop=True))

    def plot(self, ax: Any = None) -> Any:
        """Calibration plot: observed share against predicted probability per band, with
        intervals; returns the Axes."""
        from .._plotting import new_axes

        ax = new_axes(ax, height=3.6, width=4.6)
        cal = self.calibration.dropna(subset=["observed"])
        ax.plot([0, 1], [0, 1], "--", color="#888", linewidth=1)
        ax.errorbar(
            cal["mean_predicted"],
            cal["observed"],
            yerr=[cal["observed"] - cal["ci_low"], cal["ci_high"] - cal["observed"]],
            fmt="o",
            color="#1f5c99",
            capsize=3,
        )
        top = max(0.05, float(np.nanmax(cal[["ci_high", "mean_predicted"]].to_numpy())) * 1.1)
        ax.set_xlim(0, min(1, top))
        ax.set_ylim(0, min(1, top))
        ax.set_xlabel(MSG("cal_x", lang=None))
        ax.set_ylabel(MSG("cal_y", lang=None, level=100 * self.conf_level))
        ax.set_title(MSG("cal_title", lang=None), loc="left", fontsize="medium")
        ax.grid(alpha=0.3)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        return ax

    def plot_groups(self, metric: str = "roc_auc", ax: Any = None) -> Any:
        """Interval plot of one metric per group (too-small groups left out); returns the Axes."""
        from .._plotting import interval_plot

        metric = _check_metric(metric)
        rows = self.groups[(self.groups["metric"] == metric) & (self.groups["status"] == "ok")]
        labels = [f"{r.variable} = {r.level}" for r in rows.itertuples()]
        return interval_plot(
            labels,
            rows["estimate"].tolist(),
            rows["ci_low"].tolist(),
            rows["ci_high"].tolist(),
            null=self._value("model", metric) if metric in _METRICS else None,
            xlabel=metric,
            title=MSG("groups_title", lang=None, metric=metric, level=100 * self.conf_level),
            ax=ax,
        )


def _check_metric(metric: str) -> str:
    return check_option(metric, arg="metric", options=_GROUP_METRICS)


def _metric_table(engine: _Engine, inputs: _Inputs, method: str) -> pd.DataFrame:
    """One row per score and metric, plus the paired differences of the model with each baseline."""
    rows = []
    level = inputs.conf_level
    for name in engine.point:
        for metric in _METRICS:
            lo, hi = _percentile_interval(engine.draws[name][metric], level)
            rows.append((name, metric, float(engine.point[name][metric][0]), lo, hi))
    for other in [k for k in engine.point if k != "model"]:
        for metric in ("roc_auc", "pr_auc", "brier"):
            diff = engine.draws["model"][metric] - engine.draws[other][metric]
            est = float(engine.point["model"][metric][0] - engine.point[other][metric][0])
            lo, hi = _percentile_interval(diff, level)
            rows.append((f"model − {other}", metric, est, lo, hi))
    table = pd.DataFrame(rows, columns=["model", "metric", "estimate", "ci_low", "ci_high"])
    table["conf_level"] = level
    table["n"] = len(engine.y)
    table["n_positive"] = int(engine.y.sum())
    table["method"] = method
    return table


def _gap_rows(
    c: Hashable, frame_point: pd.DataFrame, engine: _Engine, conf_level: float
) -> list[dict[str, Any]]:
    """The largest difference between groups of ``c`` per metric, with the interval of the
    difference between those two groups."""
    rows = []
    diffs = frame_point.max() - frame_point.min()
    for metric in ("roc_auc", "pr_auc", "brier"):
        per = frame_point[metric]
        worst = per.idxmax() if metric == "brier" else per.idxmin()
        best = per.idxmin() if metric == "brier" else per.idxmax()
        # The interval is for the difference between these two groups (their resamples are
        # independent), signed so that the observed gap is positive: it can reach 0 or below,
        # which the spread of all groups in each resample cannot. Picking the two extremes still
        # flatters the gap.
        sign = -1.0 if metric == "brier" else 1.0
        paired = sign * (engine.gdraws[(c, best)][metric] - engine.gdraws[(c, worst)][metric])
        lo, hi = _percentile_interval(paired, conf_level)
        rows.append(
            {
                "variable": c,
                "metric": metric,
                "gap": float(diffs[metric]),
                "ci_low": lo,
                "ci_high": hi,
                "conf_level": conf_level,
                "worst_group": worst,
                "best_group": best,
            }
        )
    return rows


def _group_rows(
    c: Hashable, frame_point: pd.DataFrame, engine: _Engine, p_model: np.ndarray, level: float
) -> list[dict[str, Any]]:
    """Per level of ``c`` and metric: the value and interval (none for too-small groups)."""
    rows = []
    y = engine.y
    for cc, lv, mask in engine.group_index:
        if cc != c:
            continue
        status = engine.group_status[(c, lv)]
        n_gp = int(y[mask].sum())
        for metric in _GROUP_METRICS:
            est = lo = hi = math.nan
            if status == "ok":
                est = float(frame_point.loc[lv, metric])
                lo, hi = _percentile_interval(engine.gdraws[(c, lv)][metric], level)
            elif status == "one class" and metric in ("observed_rate", "mean_predicted"):
                est = float(y[mask].mean() if metric == "observed_rate" else p_model[mask].mean())
            rows.append(
                {
                    "variable": c,
                    "level": lv,
                    "n": int(mask.sum()),
                    "n_positive": n_gp if status != "too small" else math.nan,
                    "metric": metric,
                    "estimate": est,
                    "ci_low": lo,
                    "ci_high": hi,
                    "conf_level": level,
                    "status": status,
                }
            )
    return rows


_GROUP_COLUMNS = ["variable", "level", "n", "n_positive", "metric", "estimate", "ci_low", "ci_high", "conf_level", "status"]  # fmt: skip
_GAP_COLUMNS = ["variable", "metric", "gap", "ci_low", "ci_high", "conf_level", "worst_group", "best_group"]  # fmt: skip


def _group_tables(
    engine: _Engine, inputs: _Inputs, p_model: np.ndarray
) -> tuple[pd.DataFrame, pd.DataFrame]:
    # fairlearn's MetricFrame computes the same per-group values and gaps (the tests check they
    # agree), but fairlearn 0.15 stacks every element of y in Python (np.stack over a 1-D array)
    # and its bootstrap calls the metrics once per resample: on 100,000 cases that alone takes
    # longer than the whole evaluation here, so it is the tests' reference, not the engine.
    group_rows: list[dict[str, Any]] = []
    gap_rows: list[dict[str, Any]] = []
    for c in inputs.by_cols:
        ok = [lv for (cc, lv), st in engine.group_status.items() if cc == c and st == "ok"]
        point_g = {
            lv: engine.group_scores[(c, lv)].metrics(
                np.ones((1, len(engine.group_scores[(c, lv)].order)))
            )
            for lv in ok
        }
        frame_point = pd.DataFrame(
            {lv: {m: float(v[0]) for m, v in d.items()} for lv, d in point_g.items()}
        ).T
        if len(ok) >= 2:
            gap_rows += _gap_rows(c, frame_point, engine, inputs.conf_level)
        group_rows += _group_rows(c, frame_point, engine, p_model, inputs.conf_level)
    return (
        pd.DataFrame(group_rows, columns=_GROUP_COLUMNS),
        pd.DataFrame(gap_rows, columns=_GAP_COLUMNS),
    )


def _calibration(p_model: np.ndarray, y: np.ndarray, conf_level: float, k_min: int) -> pd.DataFrame:
    """Ten bands of predicted probability: observed share with its Wilson interval."""
    from statsmodels.stats.proportion import proportion_confint

    edges = np.unique(np.quantile(p_model, np.linspace(0, 1, 11)))
    band = np.searchsorted(edges[1:-1], p_model, side="right")
    rows = []
    for b_i in range(len(edges) - 1):
        m = band == b_i
        n_b = int(m.sum())
        if n_b == 0:
            continue
        k_b = int(y[m].sum())
        if n_b >= k_min:
            lo, hi = proportion_confint(k_b, n_b, alpha=1 - conf_level, method="wilson")
            obs = k_b / n_b
        else:
            obs = lo = hi = math.nan
        rows.append(
            {
                "band": b_i + 1,
                "n": n_b,
                "mean_predicted": float(p_model[m].mean()),
                "observed": obs,
                "ci_low": float(lo),
                "ci_high": float(hi),
            }
        )
    return pd.DataFrame(rows)


def _build_result(
    inputs: _Inputs,
    split: _Split,
    scores: dict[str, np.ndarray],
    engine: _Engine,
    *,
    rule_col: Hashable | None,
    caveats: list[str],
) -> ClassifierEvaluation:
    method = MSG("method_bootstrap", n_boot=inputs.n_boot)
    table = _metric_table(engine, inputs, method)

    def value(model_name: str, metric: str, col: str) -> float:
        row = table[(table["model"] == model_name) & (table["metric"] == metric)]
        return float(row[col].iloc[0])

    group_table, gap_table = _group_tables(engine, inputs, scores["model"])
    estimate = Estimate(
        "ROC AUC",
        value("model", "roc_auc", "estimate"),
        value("model", "roc_auc", "ci_low"),
        value("model", "roc_auc", "ci_high"),
        null=0.5,
        conf_level=inputs.conf_level,
        method=method,
        n=split.n_test,
        label=MSG("estimate_label", target=inputs.target),
    )
    predictions = pd.DataFrame({"row": inputs.data.index[split.test_mask], "y": engine.y})
    for name, s in scores.items():
        predictions[name] = s
    return ClassifierEvaluation(
        estimate=estimate,
        table=table,
        groups=group_table,
        gaps=gap_table,
        calibration=_calibration(
            scores["model"], engine.y, inputs.conf_level, engine.min_cell_size
        ),
        beats_baseline=bool(
            estimate.ci_low > 0.5 and value("model − base rate", "brier", "ci_high") < 0
        ),
        beats_rule=(
            bool(value("model − rule", "roc_auc", "ci_low") > 0) if "rule" in scores else None
        ),
        target=str(inputs.target),
        features=tuple(str(f) for f in inputs.feats),
        split=split.kind,
        split_description=split.texts,
        rule=str(rule_col) if rule_col is not None else None,
        n_train=split.n_train,
        n_test=split.n_test,
        n_positive=int(engine.y.sum()),
        threshold=inputs.threshold,
        conf_level=inputs.conf_level,
        n_boot=inputs.n_boot,
        ethics=inputs.ethics,
        predictions=predictions,
        caveats=tuple(caveats),
    )
