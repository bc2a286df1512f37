"""Fixtures of the report tests: the shipped catalogs and evaluated projects (small Monte Carlo)."""

from __future__ import annotations

import pytest
from report_helpers import CHINESE_NAME, Evaluated, make_project

from llm_tco.engine.catalog import Catalogs, load_catalogs
from llm_tco.engine.evaluate import evaluate


@pytest.fixture(scope="session")
def catalogs() -> Catalogs:
    return load_catalogs(use_user_overrides=False)


@pytest.fixture(scope="session")
def evaluated(catalogs: Catalogs) -> Evaluated:
    project = make_project("Support chatbot pilot")
    return Evaluated(project, evaluate(project, catalogs), catalogs)


@pytest.fixture(scope="session")
def evaluated_cny(catalogs: Catalogs) -> Evaluated:
    project = make_project(CHINESE_NAME, currency="CNY", rate=7.1)
    return Evaluated(project, evaluate(project, catalogs), catalogs)
