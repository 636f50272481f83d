# JupyterLab as the course: `make lab` and the browser test (tests/test_browser.py) both start
# `jupyter lab` with JUPYTER_CONFIG_PATH pointing here, so they run with exactly these settings.
# (Python, not JSON, so the paths can be found from this file wherever the course is cloned.)
from pathlib import Path

here = Path(__file__).resolve().parent
course = here.parents[1]

c = get_config()  # noqa: F821 (injected by Jupyter when it reads this file)

# The lab's root is the course folder: notebooks/ and exercises/ are both in the file browser.
c.ServerApp.root_dir = str(course)
# It opens on the landing page (rendered, see lab/settings/overrides.json).
c.LabApp.default_url = "/lab/tree/START_HERE.md"
# Settings overrides of the course: no news or update pop-ups, Markdown opens rendered.
c.LabApp.app_settings_dir = str(here / "lab" / "settings")
# Folders for developers are kept out of the file browser (they are still on disk).
c.ContentsManager.hide_globs = [
    "__pycache__",
    "*.pyc",
    "*.pyo",
    ".DS_Store",
    "*~",
    "*.egg-info",
    "bench",
    "build",
    "dist",
    "etc",
    "tests",
    "tools",
    "uv.lock",
]
