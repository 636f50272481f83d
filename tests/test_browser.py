"""The course as a person meets it: JupyterLab started the way ``make lab`` starts it, in Chromium.

The test starts ``jupyter lab`` with the course's settings (``JUPYTER_CONFIG_PATH=etc/jupyter``, no
``MPLBACKEND``, exactly as the Makefile's ``lab`` target; a free port, a token and no browser of its
own), opens the landing page and every course and solution notebook (English, and Dutch where there
is one) in headless Chromium, runs all cells, and checks what a reader would see: no error, a figure
wherever a cell draws one, no warning text with a file path, and a landing page that lists the
notebooks and exercises. Screenshots go to ``tests/artifacts/screenshots/`` (ignored by git).

It drives Debian's ``chromium`` (``/usr/bin/chromium``) with Python Playwright; nothing downloads a
browser. Without Chromium the test is skipped, except under ``make test``
(``CIVICANALYSIS_REQUIRE_BROWSER=1``), where it fails. The lab runs on a copy of the course folders
in a temporary directory, so running the notebooks never writes outputs into the repository.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "tests" / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: Seconds a notebook may take to run all its cells in the browser.
NOTEBOOK_TIMEOUT = 300
#: Folders of the course the lab shows (copied to the temporary course folder).
COURSE = ("notebooks", "exercises", "etc", "START_HERE.md")

pytestmark = pytest.mark.slow


def _notebooks() -> list[str]:
    paths = []
    for folder in ("notebooks", "exercises/solutions", "notebooks/nl", "exercises/nl/solutions"):
        paths += [p.relative_to(ROOT).as_posix() for p in sorted((ROOT / folder).glob("*.ipynb"))]
    return paths


def _browser_available() -> str | None:
    """Why the browser test cannot run here, or None."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Python Playwright is not installed (uv sync --locked installs it)"
    return None


@pytest.fixture(scope="module")
def browser_or_skip():
    reason = _browser_available()
    if reason:
        if os.environ.get("CIVICANALYSIS_REQUIRE_BROWSER") == "1":
            pytest.fail(reason)
        pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def lab_command(port: int, token: str) -> list[str]:
    """``jupyter lab`` as ``make lab`` runs it, plus what a test needs (port, token, no browser)."""
    command = [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--ServerApp.ip=127.0.0.1"]
    command += [f"--ServerApp.port={port}", f"--IdentityProvider.token={token}"]
    if os.geteuid() == 0:  # as the Makefile's LAB_FLAGS
        command.append("--allow-root")
    return command


def lab_environment(course: Path, home: Path) -> dict[str, str]:
    """The environment of ``make lab`` (LAB_ENV): the course's config path, no MPLBACKEND."""
    env = dict(os.environ)
    env.pop("MPLBACKEND", None)
    env["JUPYTER_CONFIG_PATH"] = str(course / "etc" / "jupyter")
    # A first-time user: no saved settings or workspace of whoever runs the tests.
    env["JUPYTERLAB_SETTINGS_DIR"] = str(home / "settings")
    env["JUPYTERLAB_WORKSPACES_DIR"] = str(home / "workspaces")
    return env


def test_make_lab_starts_the_lab_like_this_test():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "LAB_ENV := env -u MPLBACKEND JUPYTER_CONFIG_PATH=$(CURDIR)/etc/jupyter" in makefile
    assert re.search(r"^lab:.*\n\t\$\(LAB_ENV\) \$\(UV\) run --locked jupyter lab", makefile, re.M)
    assert not re.search(r"^export MPLBACKEND", makefile, re.M), "plots would not show in the lab"
    overrides = json.loads(
        (ROOT / "etc" / "jupyter" / "lab" / "settings" / "overrides.json").read_text()
    )
    news = overrides["@jupyterlab/apputils-extension:notification"]
    assert news == {"fetchNews": "false", "checkForUpdates": False}


@pytest.fixture(scope="module")
def lab(browser_or_skip, tmp_path_factory):
    """A running JupyterLab on a copy of the course; yields (base url, token, course folder)."""
    course = tmp_path_factory.mktemp("course")
    for name in COURSE:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, course / name)
        else:
            shutil.copy2(source, course / name)
    home = tmp_path_factory.mktemp("lab-home")
    port, token = _free_port(), os.urandom(16).hex()
    log = open(home / "lab.log", "w")
    process = subprocess.Popen(
        lab_command(port, token),
        cwd=course,
        env=lab_environment(course, home),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                if process.poll() is not None:
                    pytest.fail("JupyterLab stopped:\n" + (home / "lab.log").read_text())
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start within 60 s")
        yield base, token, course
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="module")
def page(lab):
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        yield page
        context.close()
        browser.close()


def _no_popups(page) -> None:
    """Nothing a first-time user has to click away: no dialog, no news or update notification."""
    assert page.locator(".jp-Dialog").count() == 0, page.locator(".jp-Dialog").inner_text()
    toasts = page.locator(".jp-toast-message, .Toastify__toast")
    assert toasts.count() == 0, toasts.all_inner_texts()


def test_landing_page_lists_notebooks_and_exercises(lab, page):
    base, token, _ = lab
    page.goto(f"{base}/?token={token}")
    page.wait_for_url(re.compile(r"/lab/tree/START_HERE\.md"), timeout=60_000)
    rendered = page.locator(".jp-RenderedMarkdown").first
    rendered.wait_for(timeout=60_000)
    page.wait_for_timeout(2000)  # a notification would appear within this time
    page.screenshot(path=str(SHOTS / "00_landing_page.png"))
    _no_popups(page)
    links = set(rendered.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href'))"))
    for folder in ("notebooks", "exercises", "exercises/solutions"):
        for path in sorted((ROOT / folder).glob("[0-9]*.ipynb")):
            target = path.relative_to(ROOT).as_posix()
            assert any(target in (link or "") for link in links), target
    text = rendered.inner_text()
    assert "Notebooks" in text and "Exercises" in text and "Oefeningen" in text
    # The file browser shows the course: notebooks and exercises side by side.
    listing = page.locator(".jp-DirListing-content").inner_text()
    assert "notebooks" in listing and "exercises" in listing


#: Source patterns of cells that draw a figure.
FIGURE = re.compile(r"\.plot\(|plt\.|\.hist\(|plot_[a-z_]*\(")
#: Warning text a reader should never see: a kernel's temporary file, a source line reference.
FILE_PATH = re.compile(r"ipykernel_\d+|\.py:\d+")


def _output_text(output: dict) -> str:
    if output.get("output_type") == "stream":
        return "".join(output.get("text", ""))
    data = output.get("data", {})
    return "".join(
        "".join(data[k]) if isinstance(data[k], list) else str(data[k])
        for k in ("text/plain", "text/html", "text/markdown")
        if k in data
    )


def _has_image(outputs: list[dict]) -> bool:
    for output in outputs:
        data = output.get("data", {})
        if "image/png" in data or "image/svg+xml" in data:
            return True
        html = data.get("text/html", "")
        if "<img" in ("".join(html) if isinstance(html, list) else html):
            return True
    return False


def _kernels(base: str, token: str) -> list[dict] | None:
    """The running kernels, or None while the server cannot say (e.g. one is shutting down)."""
    try:
        with urllib.request.urlopen(f"{base}/api/kernels?token={token}", timeout=10) as response:
            return json.load(response)
    except OSError:
        return None


def _kernels_idle(base: str, token: str) -> bool:
    kernels = _kernels(base, token)
    return bool(kernels) and all(k["execution_state"] == "idle" for k in kernels)


def _menu(page, menu: str, command: str) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(f"^{menu}$")).click()
    page.locator(f"li[data-command='{command}']").click()


def _run_all(page, lab, path: str) -> dict:
    """Run all cells in the browser; save (in the temporary copy) and return the notebook."""
    base, token, course = lab
    page.locator(".jp-Notebook:visible").first.wait_for(timeout=60_000)
    started = time.monotonic()
    while not _kernels_idle(base, token):
        if time.monotonic() - started > 120:
            pytest.fail(f"{path}: the kernel did not start")
        page.wait_for_timeout(500)
    _menu(page, "Run", "runmenu:run-all")
    started = time.monotonic()
    while time.monotonic() - started < NOTEBOOK_TIMEOUT:
        page.wait_for_timeout(3000)
        _menu(page, "File", "docmanager:save")
        page.wait_for_timeout(1000)
        notebook = json.loads((course / path).read_text(encoding="utf-8"))
        code = [c for c in notebook["cells"] if c["cell_type"] == "code" and "".join(c["source"])]
        errors = [o for c in code for o in c.get("outputs", []) if o["output_type"] == "error"]
        done = all(c.get("execution_count") for c in code) and _kernels_idle(base, token)
        if errors or done:
            return notebook
    pytest.fail(f"{path}: not every cell had run after {NOTEBOOK_TIMEOUT} s")


def _screenshots(page, name: str) -> None:
    """Screenshots from top to bottom of the notebook, one per screen."""
    panel = page.locator(".jp-WindowedPanel-outer:visible").first
    height = panel.evaluate("el => el.scrollHeight")
    view = panel.evaluate("el => el.clientHeight")
    for i, top in enumerate(range(0, max(height, 1), max(view - 100, 200))):
        panel.evaluate(f"el => el.scrollTo(0, {top})")
        page.wait_for_timeout(400)
        page.screenshot(path=str(SHOTS / f"{name}_{i:02d}.png"))
        if i >= 40:
            break


@pytest.mark.parametrize("path", _notebooks())
def test_notebook_runs_cleanly_in_the_browser(lab, page, path):
    base, token, _ = lab
    page.goto(f"{base}/lab/tree/{path}?token={token}")
    notebook = _run_all(page, lab, path)
    name = path.replace("/", "_").removesuffix(".ipynb")
    _screenshots(page, name)
    _no_popups(page)
    problems = []
    for number, cell in enumerate(notebook["cells"], start=1):
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"])
        outputs = cell.get("outputs", [])
        for output in outputs:
            if output["output_type"] == "error":
                problems.append(f"cell {number}: {output['ename']}: {output['evalue']}")
            text = _output_text(output)
            if FILE_PATH.search(text):
                problems.append(f"cell {number}: a file path in the output: {text[:300]!r}")
        if FIGURE.search(source) and not _has_image(outputs):
            problems.append(f"cell {number} draws a figure, but no image is shown")
    # Close the notebook and shut its kernel down, so the next one starts clean.
    _menu(page, "File", "application:close-all")
    page.wait_for_timeout(500)
    sessions = json.load(urllib.request.urlopen(f"{base}/api/sessions?token={token}"))
    for session in sessions:
        request = urllib.request.Request(
            f"{base}/api/sessions/{session['id']}?token={token}", method="DELETE"
        )
        urllib.request.urlopen(request)
    for _ in range(60):  # the next notebook starts with no kernel running
        if _kernels(base, token) == []:
            break
        time.sleep(0.5)
    assert not problems, f"{path}:\n" + "\n".join(problems)
