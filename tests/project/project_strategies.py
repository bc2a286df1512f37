"""Hypothesis strategies for ``Project``, built by walking the pydantic model's fields.

Bounds come from each field's ``ge``/``gt``/``le``/``lt`` and length metadata, so the strategy
follows the model when fields are added. Fields with custom validators get explicit strategies.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

from annotated_types import Ge, Gt, Le, Lt, MaxLen, MinLen
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from llm_tco.engine.project_model import CURRENCIES, Project

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),  # lone surrogates are not UTF-8
    max_size=12,
)
JSON_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**15), max_value=10**15)
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)
# fields whose validators go beyond simple bounds
SPECIAL: dict[str, st.SearchStrategy[Any]] = {
    "ProjectInfo.currency": st.sampled_from(CURRENCIES),
    "Workload.daily_profile": st.none()
    | st.lists(st.floats(min_value=0.0, max_value=1e9), min_size=24, max_size=24)
    .filter(lambda values: sum(values) > 0)
    .map(tuple),
    "Project.catalog_overrides": st.dictionaries(
        TEXT, st.lists(st.dictionaries(TEXT, JSON_VALUES, max_size=4), max_size=3), max_size=3
    ),
}


def _bounds(info: FieldInfo) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in info.metadata:
        if isinstance(item, Ge):
            found["min_value"] = item.ge
        elif isinstance(item, Gt):
            found["min_value"], found["exclude_min"] = item.gt, True
        elif isinstance(item, Le):
            found["max_value"] = item.le
        elif isinstance(item, Lt):
            found["max_value"], found["exclude_max"] = item.lt, True
        elif isinstance(item, MinLen):
            found["min_size"] = item.min_length
        elif isinstance(item, MaxLen):
            found["max_size"] = item.max_length
    return found


def _numbers(kind: type, bounds: dict[str, Any]) -> st.SearchStrategy[Any]:
    if kind is float:
        keys = ("min_value", "max_value", "exclude_min", "exclude_max")
        return st.floats(allow_nan=False, **{k: bounds[k] for k in keys if k in bounds})
    low = bounds.get("min_value", -(2**53))
    high = bounds.get("max_value", 2**53)
    low = low + 1 if bounds.get("exclude_min") else low
    high = high - 1 if bounds.get("exclude_max") else high
    return st.integers(min_value=int(low), max_value=int(high))


def for_annotation(annotation: Any, bounds: dict[str, Any]) -> st.SearchStrategy[Any]:
    """A strategy for one annotation with the field's bounds."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(for_annotation(arg, bounds) for arg in args))
    if annotation is type(None):
        return st.none()
    if origin is tuple:
        return st.lists(for_annotation(args[0], {}), max_size=3).map(tuple)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return models(annotation)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return st.sampled_from(list(annotation))
    if annotation is bool:
        return st.booleans()
    if annotation in (int, float):
        return _numbers(annotation, bounds)
    if annotation is str:
        size = {k: bounds[k] for k in ("min_size", "max_size") if k in bounds}
        return st.text(
            alphabet=st.characters(blacklist_categories=("Cs",)),
            min_size=size.get("min_size", 0),
            max_size=min(size.get("max_size", 40), 40),
        )
    raise NotImplementedError(f"no strategy for {annotation!r}; add one to SPECIAL")


def _validated(model: type[BaseModel], values: dict[str, Any]) -> BaseModel | None:
    try:
        return model.model_validate(values)
    except ValidationError:
        return None  # e.g. a name of only spaces, all priority weights zero


def models(model: type[BaseModel]) -> st.SearchStrategy[Any]:
    """Valid instances of a pydantic model, every field drawn from its own strategy."""
    fields = {}
    for name, info in model.model_fields.items():
        key = f"{model.__name__}.{name}"
        fields[name] = (
            SPECIAL[key] if key in SPECIAL else for_annotation(info.annotation, _bounds(info))
        )
    drawn = st.fixed_dictionaries(fields).map(lambda values: _validated(model, values))
    return drawn.filter(lambda instance: instance is not None)


def projects() -> st.SearchStrategy[Project]:
    """Valid ``Project`` instances spanning every field's range."""
    return models(Project)
