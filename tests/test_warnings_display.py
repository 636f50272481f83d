"""Package warnings in a notebook: one plain box, no file path; still real warnings for code."""

from __future__ import annotations

import warnings

import pytest

import civicanalysis as ca
from civicanalysis import _warnings_display as wd
from civicanalysis._exceptions import ConfoundingWarning, ThinDataWarning
from civicanalysis._results import warn


class _FakeShell:
    kernel = object()
    execution_count = 1


@pytest.fixture
def notebook(monkeypatch):
    """Pretend to run in a Jupyter kernel; collect what would be displayed."""
    shown: list[dict] = []
    shell = _FakeShell()
    monkeypatch.setattr(wd, "_kernel", lambda: shell)
    import IPython.display

    monkeypatch.setattr(IPython.display, "display", lambda obj, raw=False: shown.append(obj))
    monkeypatch.setattr(warnings, "showwarning", warnings.showwarning)
    monkeypatch.setattr(warnings, "formatwarning", warnings.formatwarning)
    monkeypatch.setitem(wd._state, "previous", None)
    monkeypatch.setitem(wd._state, "previous_format", None)
    return shell, shown


def test_not_installed_outside_a_kernel():
    before = warnings.showwarning
    wd.install()
    assert warnings.showwarning is before


@pytest.fixture
def not_recording(monkeypatch):
    """pytest records every warning; a notebook does not."""
    monkeypatch.setattr(wd, "_recording", lambda: False)


def test_package_warning_is_one_plain_box(notebook, not_recording):
    shell, shown = notebook
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warn(ConfoundingWarning, "The association changes.", [])
        warn(ConfoundingWarning, "The association changes.", [])  # same cell: shown once
        shell.execution_count = 2
        warn(ConfoundingWarning, "The association changes.", [])  # next cell: shown again
    assert [s["text/plain"] for s in shown] == [
        "Warning (possible confounding): The association changes.",
        "Warning (possible confounding): The association changes.",
    ]
    assert "ipykernel_" not in shown[0]["text/html"] and ".py:" not in shown[0]["text/html"]


def test_package_warning_in_dutch(notebook, not_recording):
    _, shown = notebook
    with ca.option_context(language="nl"), warnings.catch_warnings():
        warnings.simplefilter("always")
        warn(ThinDataWarning, "Weinig rijen.", [])
    assert shown[0]["text/plain"] == "Let op (weinig gegevens): Weinig rijen."


def test_other_warnings_go_to_the_previous_hook(notebook, not_recording):
    _, shown = notebook
    seen = []
    wd._state["previous"] = lambda *args: seen.append(args[1])
    wd._show(UserWarning("x"), UserWarning, "f.py", 1)
    assert seen == [UserWarning] and shown == []


def test_still_real_warnings_for_code_and_pytest(notebook):
    _, shown = notebook
    caveats: list[str] = []
    with pytest.warns(ConfoundingWarning, match="changes"):
        warn(ConfoundingWarning, "The association changes.", caveats)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warn(ThinDataWarning, "Few rows.", caveats)
    assert [w.category for w in caught] == [ThinDataWarning]
    assert caveats == ["The association changes.", "Few rows."]
    assert shown == []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ThinDataWarning):
            warn(ThinDataWarning, "Few rows.", [])


def test_formatted_text_has_no_file_path(notebook):
    """After a block that restored showwarning, Python's own output is still the plain line."""
    text = wd._format(
        ConfoundingWarning("Changes."), ConfoundingWarning, "/tmp/ipykernel_1/2.py", 3
    )
    assert text == "Warning (possible confounding): Changes.\n"
    other = wd._format(UserWarning("x"), UserWarning, "f.py", 1)
    assert "f.py:1" in other


def test_installed_even_when_first_warning_is_recorded(notebook, monkeypatch):
    """Hypothesis.test records warnings and raises them again: the line stays plain."""
    registered = []
    shell, _ = notebook
    shell.events = type("E", (), {"register": lambda self, e, f: registered.append((e, f)),
                                   "unregister": lambda self, e, f: None})()  # fmt: skip
    monkeypatch.setattr(warnings, "formatwarning", warnings.formatwarning)
    monkeypatch.setitem(wd._state, "pending", False)
    with warnings.catch_warnings(record=True):
        wd.install()
    assert warnings.formatwarning is wd._format
    assert [e for e, _ in registered] == ["post_run_cell"]
