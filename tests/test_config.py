from __future__ import annotations

import re
import subprocess
import sys

import pytest

import civicanalysis as ca
from civicanalysis._text import all_catalogs, fmt


def test_language_setting_and_context():
    assert ca.get_option("language") == "en"
    with ca.option_context(language="nl"):
        assert ca.get_option("language") == "nl"
    assert ca.get_option("language") == "en"


def test_bad_options():
    with pytest.raises(ca.InvalidOptionError, match="choose 'en'"):
        ca.set_options(language="fr")
    with pytest.raises(ca.InvalidOptionError, match="not a civicanalysis option"):
        ca.set_options(colour="red")
    with pytest.raises(ca.InvalidOptionError, match="whole number"):
        ca.set_options(min_cell_size=0)


def test_bad_options_in_dutch():
    with ca.option_context(language="nl"):
        with pytest.raises(ca.InvalidOptionError, match="kies 'en'"):
            ca.set_options(language="fr")
        with pytest.raises(ca.InvalidOptionError, match="Bedoelde u 'language'"):
            ca.set_options(languag="nl")
        with pytest.raises(ca.InvalidOptionError, match="geheel getal"):
            ca.set_options(min_cell_size=2.5)
        with pytest.raises(ca.InvalidOptionError, match="kies 'en'"):
            ca.Estimate("slope", 1.0, 0.5, 1.5).verdict("de")


def test_errors_keep_their_message_and_render_in_both_languages():
    with pytest.raises(ca.InvalidOptionError) as info:
        ca.set_options(min_cell_size=0)
    exc = info.value
    assert "whole number" in str(exc)
    assert "geheel getal" in exc.render("nl")
    assert exc.render("en") == str(exc)


def test_min_cell_size_accepts_numpy_integers():
    import numpy as np

    with ca.option_context(min_cell_size=np.int64(10)):
        assert ca.get_option("min_cell_size") == 10
        assert type(ca.get_option("min_cell_size")) is int


def test_environment_variable(monkeypatch):
    with ca.option_context(language=None):
        monkeypatch.setenv("CIVICANALYSIS_LANGUAGE", "nl")
        assert ca.get_option("language") == "nl"


def test_every_message_in_both_languages():
    import civicanalysis  # noqa: F401 - catalogs register on import of their modules

    catalogs = all_catalogs()
    assert "validation" in catalogs
    for catalog in catalogs.values():
        for key, texts in catalog.messages.items():
            assert set(texts) >= {"en", "nl"}, (catalog.name, key)
            words = re.sub(r"\{[^}]*\}", "", str(texts["en"]))
            same_ok = len(texts["en"]) < 12 or not re.search(r"[A-Za-z]{3}", words)
            assert texts["en"] != texts["nl"] or same_ok, (catalog.name, key)


def test_number_format():
    assert fmt(3.14159, "en") == "3.14"
    assert fmt(3.14159, "nl") == "3,14"
    assert fmt(-2.5, "en") == "−2.50"
    assert fmt(12345.6, "nl") == "12.346"
    assert fmt(float("nan"), "en") == "–"


def test_import_is_light():
    code = (
        "import sys, civicanalysis; "
        "heavy = [m for m in ('statsmodels', 'sklearn', 'matplotlib', 'seaborn', 'scipy.stats') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
