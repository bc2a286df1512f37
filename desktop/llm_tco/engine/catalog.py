"""Load the shipped catalogs, layer the user's overrides over them, and look entries up.

Shipped files are authoritative and never written to. User override files (``*.json`` in the user
data directory) use the same format, ``{"catalog": NAME, "entries": [...]}``; an override entry
replaces the shipped entry with the same ``id`` or adds a new one. An invalid user file is skipped
with a warning that names the file and the field, and never stops the application.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

from pydantic import ValidationError

from llm_tco.engine.catalog_schema import (
    CATALOG_ENTRY_TYPES,
    ApiOffer,
    Gpu,
    GpuOffer,
    Model,
    Sourced,
    TuningOffer,
)
from llm_tco.engine.errors import CatalogError, UnknownEntryError
from llm_tco.engine.safe_json import read_json_guarded

CATALOG_NAMES: tuple[str, ...] = tuple(CATALOG_ENTRY_TYPES)
CATALOG_SCHEMA_VERSION = 1
MAX_CATALOG_FILE_BYTES = 20_000_000

E = TypeVar("E", bound=Sourced)


@dataclass(frozen=True)
class CatalogWarning:
    """A problem with a user file that was skipped; shown to the user, never fatal."""

    path: str
    message: str

    def __str__(self) -> str:
        return self.message if self.path in self.message else f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Catalogs:
    """All catalogs, merged and read-only: ``entries[name][id] -> entry``."""

    models: Mapping[str, Model]
    gpus: Mapping[str, Gpu]
    gpu_offers: Mapping[str, GpuOffer]
    api_offers: Mapping[str, ApiOffer]
    tuning_offers: Mapping[str, TuningOffer]
    overridden: Mapping[str, frozenset[str]] = field(default_factory=dict)
    warnings: tuple[CatalogWarning, ...] = ()

    def table(self, name: str) -> Mapping[str, Sourced]:
        """The entries of one catalog by id."""
        if name not in CATALOG_ENTRY_TYPES:
            raise UnknownEntryError(f"no catalog named {name!r}; known: {', '.join(CATALOG_NAMES)}")
        table: Mapping[str, Sourced] = getattr(self, name)
        return table

    def model(self, model_id: str) -> Model:
        """The model with this id."""
        return _lookup(self.models, model_id, "models")

    def gpu(self, gpu_id: str) -> Gpu:
        """The GPU with this id."""
        return _lookup(self.gpus, gpu_id, "gpus")

    def as_of_range(self, name: str) -> tuple[dt.date, dt.date] | None:
        """Oldest and newest ``as_of`` date in one catalog, or None when it is empty."""
        dates = [entry.as_of for entry in self.table(name).values()]
        return (min(dates), max(dates)) if dates else None

    def as_of_summary(self) -> dict[str, str]:
        """Newest ``as_of`` per catalog as ISO dates (for reports and project metadata)."""
        summary: dict[str, str] = {}
        for name in CATALOG_NAMES:
            span = self.as_of_range(name)
            if span is not None:
                summary[name] = span[1].isoformat()
        return summary


def _lookup(table: Mapping[str, E], entry_id: str, name: str) -> E:
    try:
        return table[entry_id]
    except KeyError:
        close = sorted(k for k in table if entry_id.lower() in k or k in entry_id.lower())[:5]
        hint = f"; did you mean {', '.join(close)}?" if close else f"; see `llm-tco catalog {name}`"
        kind = name[:-1].replace("_", " ")
        raise UnknownEntryError(f"unknown {kind} id {entry_id!r}{hint}") from None


def format_validation_error(error: ValidationError, *, limit: int = 3) -> str:
    """One readable line per problem: ``field.path: message``."""
    lines = []
    for item in error.errors()[:limit]:
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        lines.append(f"{where}: {item['msg']}")
    more = len(error.errors()) - limit
    if more > 0:
        lines.append(f"... and {more} more")
    return "; ".join(lines)


def read_catalog_document(path: Path) -> tuple[str, list[Any]]:
    """Read one catalog file; returns (catalog name, raw entries). Raises CatalogError."""
    document = read_json_guarded(
        path, max_bytes=MAX_CATALOG_FILE_BYTES, what="catalog file", error_type=CatalogError
    )
    if not isinstance(document, dict):
        raise CatalogError(f"{path}: expected a JSON object with 'catalog' and 'entries'")
    name = document.get("catalog")
    if name not in CATALOG_ENTRY_TYPES:
        raise CatalogError(f"{path}: field 'catalog' must be one of {', '.join(CATALOG_NAMES)}")
    version = document.get("schema_version", CATALOG_SCHEMA_VERSION)
    if version != CATALOG_SCHEMA_VERSION:
        raise CatalogError(f"{path}: schema_version {version!r} is not supported (expected 1)")
    entries = document.get("entries")
    if not isinstance(entries, list):
        raise CatalogError(f"{path}: field 'entries' must be a list")
    return str(name), entries


def validate_entries(name: str, raw: Iterable[Any], *, path: Path) -> dict[str, Sourced]:
    """Validate raw entries of catalog ``name``; raises CatalogError naming the entry and field."""
    entry_type = CATALOG_ENTRY_TYPES[name]
    table: dict[str, Sourced] = {}
    for index, item in enumerate(raw):
        try:
            entry = entry_type.model_validate(item)
        except ValidationError as exc:
            label = item.get("id", f"#{index}") if isinstance(item, dict) else f"#{index}"
            raise CatalogError(f"{path}: entry {label}: {format_validation_error(exc)}") from exc
        entry_id: str = getattr(entry, "id")  # noqa: B009 - every entry type has an id
        if entry_id in table:
            raise CatalogError(f"{path}: duplicate id {entry_id!r} in {name}")
        table[entry_id] = entry
    return table


def load_catalog_file(path: Path) -> tuple[str, dict[str, Sourced]]:
    """Read and validate one catalog file; returns (catalog name, entries by id)."""
    name, raw = read_catalog_document(path)
    return name, validate_entries(name, raw, path=path)


def _shipped_tables(directory: Path) -> dict[str, dict[str, Sourced]]:
    tables: dict[str, dict[str, Sourced]] = {name: {} for name in CATALOG_NAMES}
    for name in CATALOG_NAMES:
        path = directory / f"{name}.json"
        if not path.exists():
            raise CatalogError(f"shipped catalog {path} is missing; reinstall the application")
        file_name, entries = load_catalog_file(path)
        if file_name != name:
            raise CatalogError(f"{path}: declares catalog {file_name!r}, expected {name!r}")
        tables[name] = entries
    return tables


def _apply_overrides(
    tables: dict[str, dict[str, Sourced]], directory: Path | None
) -> tuple[dict[str, frozenset[str]], list[CatalogWarning]]:
    overridden: dict[str, set[str]] = {name: set() for name in CATALOG_NAMES}
    warnings: list[CatalogWarning] = []
    if directory is None or not directory.is_dir():
        return {k: frozenset(v) for k, v in overridden.items()}, warnings
    for path in sorted(directory.glob("*.json")):
        try:
            name, entries = load_catalog_file(path)
        except CatalogError as exc:
            warnings.append(CatalogWarning(str(path), f"{exc} (file skipped)"))
            continue
        tables[name].update(entries)
        overridden[name].update(entries)
    return {k: frozenset(v) for k, v in overridden.items()}, warnings


def _check_references(tables: dict[str, dict[str, Sourced]]) -> list[CatalogWarning]:
    """Drop offers that point at unknown models or GPUs, with a warning for each."""
    warnings: list[CatalogWarning] = []
    checks = (("gpu_offers", "gpu_id", "gpus"), ("api_offers", "model_id", "models"))
    for name, ref_field, target in (*checks, ("tuning_offers", "model_id", "models")):
        for entry_id, entry in list(tables[name].items()):
            ref = getattr(entry, ref_field)
            if ref not in tables[target]:
                del tables[name][entry_id]
                warnings.append(
                    CatalogWarning(name, f"entry {entry_id}: {ref_field} {ref!r} not in {target}")
                )
    return warnings


def load_catalogs(
    *,
    shipped_dir: Path | None = None,
    overrides_dir: Path | None = None,
    use_user_overrides: bool = True,
) -> Catalogs:
    """Load the shipped catalogs and layer user overrides over them (no network, no writes)."""
    from llm_tco import paths

    tables = _shipped_tables(shipped_dir or paths.catalogs_dir())
    if overrides_dir is None and use_user_overrides:
        overrides_dir = paths.user_overrides_dir()
    overridden, warnings = _apply_overrides(tables, overrides_dir if use_user_overrides else None)
    warnings.extend(_check_references(tables))
    frozen = {name: MappingProxyType(dict(tables[name])) for name in CATALOG_NAMES}
    return Catalogs(
        models=frozen["models"],  # type: ignore[arg-type]
        gpus=frozen["gpus"],  # type: ignore[arg-type]
        gpu_offers=frozen["gpu_offers"],  # type: ignore[arg-type]
        api_offers=frozen["api_offers"],  # type: ignore[arg-type]
        tuning_offers=frozen["tuning_offers"],  # type: ignore[arg-type]
        overridden=MappingProxyType(overridden),
        warnings=tuple(warnings),
    )
