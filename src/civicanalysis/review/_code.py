"""Reading code with :mod:`ast`: tests in loops, models scored on their training rows, group means,
before/after splits. Parsing is linear in the length of the code, whatever its shape."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

TESTS = frozenset(
    "ttest_ind ttest_rel ttest_1samp mannwhitneyu wilcoxon chi2_contingency fisher_exact pearsonr "
    "spearmanr kendalltau f_oneway kruskal ks_2samp proportions_ztest ttest_ind_from_stats "
    "correlate chisquare binomtest barnard_exact boschloo_exact".split()
)
METRICS = frozenset(
    "accuracy_score balanced_accuracy_score roc_auc_score f1_score precision_score recall_score "
    "r2_score mean_absolute_error mean_squared_error root_mean_squared_error confusion_matrix "
    "classification_report log_loss brier_score_loss average_precision_score matthews_corrcoef "
    "evaluate_classifier".split()
)
PREDICT = frozenset("predict predict_proba decision_function".split())
_LOOP_APPLY = frozenset("apply agg aggregate transform map".split())


def call_name(node: ast.AST) -> str:
    """``f`` for ``f(...)`` and ``m.f(...)``; "" for anything else."""
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name):
            return func.id
        if isinstance(func, ast.Attribute):
            return func.attr
    return ""


def _is_test(node: ast.AST) -> bool:
    name = call_name(node)
    if name in TESTS:
        return True
    # ca.compare corrects for multiple comparisons itself unless told correction="none".
    return name == "compare" and any(
        k.arg == "correction" and isinstance(k.value, ast.Constant) and k.value.value == "none"
        for k in node.keywords  # type: ignore[attr-defined]
    )


def tests_in_loops(tree: ast.Module) -> list[str]:
    """Names of the statistical tests called inside a loop body, a comprehension or an apply."""
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
            parts: list[ast.AST] = list(node.body)
        elif isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            parts = [node.elt, *(c for g in node.generators for c in g.ifs)]
        elif isinstance(node, ast.DictComp):
            parts = [node.key, node.value]
        elif isinstance(node, ast.Call) and call_name(node) in _LOOP_APPLY:
            parts = [a for a in node.args if isinstance(a, ast.Lambda)]
        else:
            continue
        for part in parts:
            found += [call_name(n) for n in ast.walk(part) if _is_test(n)]
    return sorted(set(found))


def _src(node: ast.AST) -> str:
    return ast.unparse(node)


def _owner(call: ast.AST) -> str | None:
    """The name the method is called on: ``model`` for ``model.fit(...)``; None otherwise."""
    func = getattr(call, "func", None)
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id
    return None


def _chain(node: ast.AST) -> Iterator[ast.AST]:
    """The nodes of a method chain, outermost first: ``a.b(c).d`` gives d-call, b-call, a."""
    while True:
        yield node
        if isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, (ast.Attribute, ast.Subscript)):
            node = node.value
        else:
            return


@dataclass
class ModelState:
    """What the code has fitted so far, in the order of the notebook."""

    fits: dict[str, tuple[str, str]] = field(default_factory=dict)  # model -> (X, y)
    predictions: dict[str, tuple[str, str]] = field(default_factory=dict)  # var -> (model, X)

    def _training_prediction(self, node: ast.AST) -> str | None:
        """The model whose predictions on its own training rows ``node`` holds, if any."""
        if isinstance(node, ast.Name) and node.id in self.predictions:
            model, x = self.predictions[node.id]
            return model if self.fits.get(model, ("", ""))[0] == x else None
        for link in _chain(node):
            if isinstance(link, ast.Call) and call_name(link) in PREDICT and link.args:
                owner = _owner(link)
                if owner in self.fits and self.fits[owner][0] == _src(link.args[0]):
                    return owner
        return None

    def statement(self, stmt: ast.stmt) -> tuple[str, str] | None:
        """Record fits and predictions in one statement; (model, X) when it scores on training."""
        flagged = None
        for node in ast.walk(stmt):
            if isinstance(node, ast.Call) and call_name(node) == "fit" and len(node.args) >= 2:
                model = self._model_of(node, stmt)
                if model:
                    self.fits[model] = (_src(node.args[0]), _src(node.args[1]))
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            target = stmt.targets[0]
            for link in _chain(stmt.value):
                if isinstance(link, ast.Call) and call_name(link) in PREDICT and link.args:
                    owner = _owner(link)
                    if isinstance(target, ast.Name) and owner:
                        self.predictions[target.id] = (owner, _src(link.args[0]))
        for node in ast.walk(stmt):
            flagged = flagged or self._scores_on_training(node)
        return flagged

    def _model_of(self, call: ast.Call, stmt: ast.stmt) -> str | None:
        owner = _owner(call)
        if owner:
            return owner
        if not isinstance(call.func, ast.Attribute):
            return None  # a function called fit, not a model's method
        if isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name):
            return stmt.targets[0].id  # model = Estimator().fit(X, y)
        return None

    def _scores_on_training(self, node: ast.AST) -> tuple[str, str] | None:
        name = call_name(node)
        if name == "score" and len(node.args) >= 2:  # type: ignore[attr-defined]
            owner = _owner(node)
            if owner in self.fits and self.fits[owner][0] == _src(node.args[0]):  # type: ignore[attr-defined]
                return owner, self.fits[owner][0]
        sides: list[ast.AST] = []
        if name in METRICS:
            sides = list(node.args)  # type: ignore[attr-defined]
        elif isinstance(node, ast.Compare) and isinstance(node.ops[0], (ast.Eq, ast.NotEq)):
            sides = [node.left, *node.comparators]
        for side in sides:
            model = self._training_prediction(side)
            if model:
                return model, self.fits[model][0]
        return None


_SPLITTERS = frozenset(
    "train_test_split ShuffleSplit KFold StratifiedKFold RepeatedKFold cross_val_score "
    "cross_validate cross_val_predict".split()
)


def random_split(tree: ast.Module) -> str | None:
    """The name of a random split made without ``groups`` in this code, if any."""
    for node in ast.walk(tree):
        name = call_name(node)
        if name in _SPLITTERS and not any(k.arg == "groups" for k in node.keywords):  # type: ignore[attr-defined]
            if not any("Group" in call_name(n) for n in ast.walk(node) if n is not node):
                return name
    return None


_GROUP_CALLS = frozenset("mean median".split())
_NOT_MEANS = frozenset("rank corr idxmax idxmin plot hist nlargest nsmallest".split())


def shown_group_means(tree: ast.Module) -> bool:
    """True when the cell displays group means: its last expression, or a print/display of them."""
    shown: list[ast.AST] = []
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        shown.append(tree.body[-1].value)
    for node in ast.walk(tree):
        if call_name(node) in ("print", "display"):
            shown += list(node.args)  # type: ignore[attr-defined]
    for expr in shown:
        links = [call_name(n) for n in _chain(expr) if isinstance(n, ast.Call)]
        if "pivot_table" in links or ("groupby" in links and _GROUP_CALLS & set(links)):
            if not _NOT_MEANS & set(links):
                return True
    return False


_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}")
_BEFORE = frozenset("before voor pre vooraf baseline".split())
_AFTER = frozenset("after na post achteraf".split())
_PERIOD = frozenset("period periode phase fase voor_na before_after na_start after_start".split())


def before_after(tree: ast.Module) -> str | None:
    """The moment (a date) or "" when the code splits data into before and after; else None."""
    moment = None
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for side in [node.left, *node.comparators]:
                for sub in ast.walk(side):
                    if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                        if _DATE.match(sub.value):
                            moment = sub.value
        if isinstance(node, ast.Name):
            names.add(node.id.lower())
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            names.add(node.value.lower())
    if names & _PERIOD or (names & _BEFORE and names & _AFTER):
        return moment or ""
    if moment is not None and names & _AFTER:
        return moment
    return None
