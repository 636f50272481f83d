"""Shared plotting: interval ("forest") plots and inline figures for the notebook display.

matplotlib is imported inside the functions, never at package import.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from typing import Any


def new_axes(ax: Any = None, *, height: float = 3.0, width: float = 6.5) -> Any:
    """Return ``ax`` or a fresh Axes on a new figure of the given size (inches).

    A fresh Axes writes its tick labels in the language in force (Dutch: ``2,5`` and ``4.000``).
    """
    import matplotlib.pyplot as plt

    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=(width, height), layout="constrained")
    localise_axes(ax)
    return ax


def localise_axes(ax: Any, lang: str | None = None) -> Any:
    """Write the tick labels of ``ax`` with the decimal comma and thousands point in Dutch.

    matplotlib's own switch (``axes.formatter.use_locale``) depends on the machine's locale, so
    each axis formatter is wrapped instead; already wrapped ones are left as they are.
    """
    from matplotlib import ticker

    from ._text import resolve_language

    if resolve_language(lang) != "nl":
        return ax
    # Only formatters of numbers: text labels (categories, FixedFormatter) keep their commas.
    numeric = (
        ticker.ScalarFormatter,
        ticker.LogFormatter,
        ticker.FuncFormatter,
        ticker.StrMethodFormatter,
        ticker.FormatStrFormatter,
        ticker.PercentFormatter,
    )
    dutch = _dutch_formatter_class()
    for axis in (ax.xaxis, ax.yaxis):
        for which in ("major", "minor"):
            current = getattr(axis, f"get_{which}_formatter")()
            if isinstance(current, numeric) and not isinstance(current, dutch):
                getattr(axis, f"set_{which}_formatter")(dutch(current))
    return ax


def _dutch_formatter_class() -> Any:
    global _DUTCH
    if _DUTCH is None:
        from matplotlib.ticker import Formatter

        from ._text import _localise

        class DutchFormatter(Formatter):
            """Another formatter's labels with ``,`` and ``.`` swapped."""

            def __init__(self, inner: Any) -> None:
                self.inner = inner

            def set_axis(self, axis: Any) -> None:
                super().set_axis(axis)
                self.inner.set_axis(axis)

            def set_locs(self, locs: Any) -> None:
                self.inner.set_locs(locs)

            def __call__(self, x: float, pos: int | None = None) -> str:
                return _localise(self.inner(x, pos), "nl")

            def format_ticks(self, values: Any) -> list[str]:
                return [_localise(t, "nl") for t in self.inner.format_ticks(values)]

            def get_offset(self) -> str:
                return _localise(self.inner.get_offset(), "nl")

        _DUTCH = DutchFormatter
    return _DUTCH


_DUTCH: Any = None


def interval_plot(
    labels: Sequence[str],
    estimates: Sequence[float],
    ci_low: Sequence[float],
    ci_high: Sequence[float],
    *,
    null: float | None = None,
    xlabel: str = "",
    title: str = "",
    colors: Sequence[str] | None = None,
    log_scale: bool = False,
    legend: Sequence[tuple[str, str]] = (),
    ax: Any = None,
) -> Any:
    """Horizontal point-and-interval plot, one row per label, top to bottom; returns the Axes.

    ``legend`` is a sequence of ``(text, colour)`` pairs explaining the colours used.
    """
    n = len(labels)
    ax = new_axes(ax, height=max(1.6, 0.45 * n + 1.0))
    ys = list(range(n))[::-1]
    colors = list(colors) if colors is not None else ["#1f5c99"] * n
    for y, est, lo, hi, colour in zip(ys, estimates, ci_low, ci_high, colors, strict=True):
        ax.plot([lo, hi], [y, y], color=colour, linewidth=2.2, solid_capstyle="round")
        ax.plot([est], [y], "o", color=colour, markersize=6)
    if null is not None:
        ax.axvline(null, color="#888", linestyle="--", linewidth=1)
    if log_scale:
        from matplotlib.ticker import FuncFormatter, LogLocator

        ax.set_xscale("log")
        # Plain numbers (0.5, 1, 2, 3) instead of powers of ten: readers think in "twice as many".
        ax.xaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 1.5, 2.0, 3.0, 5.0, 7.0)))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
        ax.xaxis.set_minor_formatter(FuncFormatter(lambda v, _: ""))
    localise_axes(ax)
    ax.set_yticks(ys, [str(label) for label in labels])
    ax.set_ylim(-0.7, n - 0.3)
    ax.set_xlabel(xlabel)
    if title:
        ax.set_title(title, loc="left", fontsize="medium")
    if legend:
        from matplotlib.lines import Line2D

        handles = [Line2D([], [], color=c, marker="o", linewidth=2.2, label=t) for t, c in legend]
        ax.legend(handles=handles, loc="best", fontsize="small", frameon=False)
    ax.grid(axis="x", alpha=0.3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def figure_png(plot_method: Any, *, dpi: int = 90) -> bytes | None:
    """Call ``plot_method()`` on a fresh figure and return the figure as PNG bytes.

    The figure is closed afterwards so it is not shown a second time by the notebook. Returns
    None when the method draws nothing (returns None).
    """
    import matplotlib.pyplot as plt

    ax = plot_method()
    if ax is None:
        return None
    fig = ax.figure if hasattr(ax, "figure") else ax
    for axes in fig.axes:
        localise_axes(axes)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    plt.close(fig)
    return buffer.getvalue()


def figure_html(plot_method: Any) -> str:
    """Call ``plot_method()`` on a fresh figure and return it as an inline PNG ``<img>`` tag.

    The figure is closed afterwards so it is not shown a second time by the notebook.
    """
    import matplotlib.pyplot as plt

    ax = plot_method()
    fig = ax.figure if hasattr(ax, "figure") else ax
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90, bbox_inches="tight")
    plt.close(fig)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f'<img alt="plot" src="data:image/png;base64,{data}"/>'
