"""Cost comparisons in the deciding factors state the right percentage."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from llm_tco.engine.explain import _factor_words
from llm_tco.engine.messages import msg


def _context(monthly: list[float]) -> SimpleNamespace:
    table = SimpleNamespace(
        label=lambda j: f"option {j}", label_message=lambda j: msg("option {j}", j=str(j))
    )
    return SimpleNamespace(monthly=np.array(monthly), enum=SimpleNamespace(table=table))


@pytest.mark.parametrize(
    ("cheaper", "dearer", "percent"), [(5_021.0, 7_257.0, 31), (100.0, 2_000.0, 95)]
)
def test_less_than_is_relative_to_the_dearer_option(cheaper, dearer, percent) -> None:
    words = str(_factor_words(_context([cheaper, dearer]), "cost", 0, 1))
    assert f"{percent}% less than option 1" in words


def test_close_costs_are_called_the_same() -> None:
    words = str(_factor_words(_context([1_000.0, 1_002.0]), "cost", 0, 1))
    assert "about the same as option 1" in words
