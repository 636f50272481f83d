"""Shared, seeded fixtures for the tests."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import civicanalysis as ca


@pytest.fixture(autouse=True)
def _english_and_defaults():
    """Every test starts in English with the default options, whatever the environment says."""
    with ca.option_context(language="en", min_cell_size=15):
        yield


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(12345)


@pytest.fixture
def vandalism() -> pd.DataFrame:
    return ca.datasets.load("vandalism")


@pytest.fixture
def small_frame(rng) -> pd.DataFrame:
    n = 200
    x = rng.integers(0, 2, n)
    return pd.DataFrame(
        {
            "group": np.where(x == 1, "a", "b"),
            "x": x,
            "z": rng.normal(size=n),
            "y": rng.normal(size=n) + x,
            "count": rng.poisson(2, n),
            "text": ["t"] * n,
        }
    )


# ------------------------------------------------------------------------------------------------
# Real engines for tests/test_engines.py: a throw-away PostgreSQL cluster and a local Spark
# ------------------------------------------------------------------------------------------------

POSTGRES_BIN = os.environ.get("CIVICANALYSIS_PG_BIN", "/usr/lib/postgresql/15/bin")
JAVA_HOME_DEFAULT = "/usr/lib/jvm/java-17-openjdk-amd64"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres():
    """An Ibis connection to a PostgreSQL 15 server started for this test session only.

    The cluster lives in a temporary directory (socket there, TCP on 127.0.0.1 and a free port,
    trust authentication, no fsync) and is stopped and removed at the end. initdb refuses to run
    as root, so as root the server runs as the unprivileged user ``nobody``.
    """
    initdb = Path(POSTGRES_BIN) / "initdb"
    if not initdb.exists():
        pytest.skip(
            f"PostgreSQL is not installed ({initdb} not found): install the Debian package "
            "postgresql-15 (or set CIVICANALYSIS_PG_BIN) to run the PostgreSQL tests"
        )
    ibis = pytest.importorskip("ibis", reason="the ibis extra is needed: uv sync --extra ibis")
    pytest.importorskip("psycopg", reason="psycopg is needed for Ibis on PostgreSQL")
    as_user = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []
    root = tempfile.mkdtemp(prefix="civicanalysis-pg-")
    os.chmod(root, 0o777)
    data_dir = os.path.join(root, "data")
    port = _free_port()
    subprocess.run(
        [*as_user, str(initdb), "-D", data_dir, "-A", "trust", "-U", "postgres", "--no-sync"],
        check=True,
        capture_output=True,
    )
    options = f"-k {root} -h 127.0.0.1 -p {port} -F -c shared_buffers=32MB -c max_connections=10"
    pg_ctl = str(Path(POSTGRES_BIN) / "pg_ctl")
    subprocess.run(
        [*as_user, pg_ctl, "-D", data_dir, "-w", "-l", f"{root}/log", "-o", options, "start"],
        check=True,
        capture_output=True,
    )
    try:
        con = ibis.postgres.connect(
            host="127.0.0.1", port=port, user="postgres", database="postgres"
        )
        yield con
        con.disconnect()
    finally:
        subprocess.run(
            [*as_user, pg_ctl, "-D", data_dir, "-m", "immediate", "stop"], capture_output=True
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def spark():
    """A PySpark ``local[2]`` session (Java 17, small memory, no UI), shared by the session."""
    pytest.importorskip("pyspark", reason="the spark extra is needed: uv sync --extra spark")
    if "JAVA_HOME" not in os.environ and Path(JAVA_HOME_DEFAULT).exists():
        os.environ["JAVA_HOME"] = JAVA_HOME_DEFAULT
    if "JAVA_HOME" not in os.environ and shutil.which("java") is None:
        pytest.skip("Java is not installed: install openjdk-17-jre-headless to run the Spark tests")
    import warnings

    from pyspark.sql import SparkSession

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # pyspark's note on pandas 3
        session = (
            SparkSession.builder.master("local[2]")
            .appName("civicanalysis-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.memory", "512m")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .getOrCreate()
        )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
