# civicanalysis: two commands for users (make lab, make test); the rest is for developers.
# Only Python 3.11+ and make are assumed: uv is installed from the package registry into .tools/.

PYTHON ?= python3
TOOLS  := .tools
UV     := $(TOOLS)/bin/uv
UV_VERSION := 0.13.8
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PYTHON)
export PYTHONHASHSEED := 0

.PHONY: lab test unit notebooks lint format bench exercises lock data clean help

help:
	@echo "make lab    - set up (first time) and open the course in JupyterLab (START_HERE.md)"
	@echo "make test   - set up (first time) and run every test, doctest, notebook and exercise"
	@echo "make bench  - run the benchmarks (installs the optional reference libraries)"
	@echo "make exercises - regenerate the exercises from the solutions, and START_HERE.md"

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet "uv==$(UV_VERSION)"

.venv/.synced: $(UV) pyproject.toml uv.lock
	$(UV) sync --locked
	@touch $@

# JupyterLab refuses to start as root (containers, some training laptops) unless told it may.
LAB_FLAGS := $(if $(filter 0,$(shell id -u)),--allow-root,)
# The course's JupyterLab settings (root, landing page, no pop-ups) live in etc/jupyter; the browser
# test (tests/test_browser.py) starts the lab with the same environment. MPLBACKEND is removed so
# that plots show inline in the notebooks.
LAB_ENV := env -u MPLBACKEND JUPYTER_CONFIG_PATH=$(CURDIR)/etc/jupyter
# Plots are drawn off-screen in the test targets only.
TEST_ENV := MPLBACKEND=Agg

lab: .venv/.synced
	$(LAB_ENV) $(UV) run --locked jupyter lab $(LAB_FLAGS)

test: .venv/.synced
	$(UV) run --locked ruff check src tests tools bench
	$(UV) run --locked ruff format --check src tests tools bench
	$(TEST_ENV) CIVICANALYSIS_REQUIRE_BROWSER=1 $(UV) run --locked pytest -q
	$(TEST_ENV) $(UV) run --locked pytest -q --nbval-lax --nbval-current-env \
		--nbval-cell-timeout=300 notebooks exercises/solutions exercises/nl/solutions

unit: .venv/.synced
	$(TEST_ENV) $(UV) run --locked pytest -q

notebooks: .venv/.synced
	$(TEST_ENV) $(UV) run --locked pytest -q --nbval-lax --nbval-current-env --nbval-cell-timeout=300 \
		notebooks exercises/solutions exercises/nl/solutions

lint: .venv/.synced
	$(UV) run --locked ruff check src tests tools bench
	$(UV) run --locked ruff format --check src tests tools bench

format: .venv/.synced
	$(UV) run --locked ruff format src tests tools bench
	$(UV) run --locked ruff check --fix src tests tools bench

exercises: .venv/.synced
	$(UV) run --locked python tools/make_exercises.py

data: .venv/.synced
	$(UV) run --locked python -m civicanalysis.datasets --write

# The benchmark has its own environment: its reference libraries (DoWhy, tau-ARGUS) pin older
# versions of scipy/numpy, so they are kept out of the course environment.
bench: $(UV)
	$(TEST_ENV) UV_PROJECT_ENVIRONMENT=.venv-bench $(UV) run --locked --no-default-groups --group bench \
		python bench/run.py $(ONLY)

lock: $(UV)
	$(UV) lock

clean:
	rm -rf .venv $(TOOLS)
