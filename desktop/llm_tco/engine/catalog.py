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
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, msg, validation_problems
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
    text: Message | None = field(default=None, compare=False)
    """``message`` as a translatable message (None: only the English text is known)."""

    def __str__(self) -> str:
        return self.message if self.path in self.message else f"{self.path}: {self.message}"

    def as_message(self) -> Message:
        """The warning as a translatable message; its English text is ``str(self)``."""
        if self.text is None:
            return msg("{warning}", warning=str(self))
        if self.path in self.message:
            return self.text
        template = QT_TRANSLATE_NOOP("EngineText", "{path}: {warning}")
        return msg(template, path=self.path, warning=self.text)


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
            raise unknown_catalog(name)
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
        kind = name[:-1].replace("_", " ")
        if close:
            template = QT_TRANSLATE_NOOP(
                "EngineText", "unknown {kind} id {id}; did you mean {ids}?"
            )
            message = msg(template, kind=kind, id=repr(entry_id), ids=", ".join(close))
        else:
            template = QT_TRANSLATE_NOOP("EngineText", "unknown {kind} id {id}; see {command}")
            command = f"`llm-tco catalog {name}`"
            message = msg(template, kind=kind, id=repr(entry_id), command=command)
        raise UnknownEntryError(message) from None


def unknown_catalog(name: str) -> UnknownEntryError:
    """The error for a catalog name that is not one of :data:`CATALOG_NAMES`."""
    template = QT_TRANSLATE_NOOP("EngineText", "no catalog named {name}; known: {names}")
    return UnknownEntryError(msg(template, name=repr(name), names=", ".join(CATALOG_NAMES)))


def format_validation_error(error: ValidationError, *, limit: int = 3) -> str:
    """One readable line per problem: ``field.path: message``."""
    return str(validation_message(error, limit=limit))


def validation_message(error: ValidationError, *, limit: int = 3) -> Message:
    """:func:`format_validation_error` as a message (paths kept, pydantic's words translated)."""
    more = QT_TRANSLATE_NOOP("EngineText", "... and {count} more")
    return validation_problems(error.errors(), limit=limit, more=more)


def read_catalog_document(path: Path) -> tuple[str, list[Any]]:
    """Read one catalog file; returns (catalog name, raw entries). Raises CatalogError."""
    document = read_json_guarded(
        path,
        max_bytes=MAX_CATALOG_FILE_BYTES,
        what=Message(QT_TRANSLATE_NOOP("EngineText", "catalog file")),
        error_type=CatalogError,
    )
    if not isinstance(document, dict):
        template = QT_TRANSLATE_NOOP(
            "EngineText", "{path}: expected a JSON object with {first} and {second}"
        )
        raise CatalogError(msg(template, path=str(path), first="'catalog'", second="'entries'"))
    name = document.get("catalog")
    if name not in CATALOG_ENTRY_TYPES:
        template = QT_TRANSLATE_NOOP("EngineText", "{path}: field {field} must be one of {choices}")
        choices = ", ".join(CATALOG_NAMES)
        raise CatalogError(msg(template, path=str(path), field="'catalog'", choices=choices))
    version = document.get("schema_version", CATALOG_SCHEMA_VERSION)
    if version != CATALOG_SCHEMA_VERSION:
        template = QT_TRANSLATE_NOOP(
            "EngineText", "{path}: {field} {value} is not supported (expected {expected})"
        )
        raise CatalogError(
            msg(
                template,
                path=str(path),
                field="schema_version",
                value=repr(version),
                expected=str(CATALOG_SCHEMA_VERSION),
            )
        )
    entries = document.get("entries")
    if not isinstance(entries, list):
        template = QT_TRANSLATE_NOOP("EngineText", "{path}: field {field} must be a list")
        raise CatalogError(msg(template, path=str(path), field="'entries'"))
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
            template = QT_TRANSLATE_NOOP("EngineText", "{path}: entry {entry}: {problems}")
            problems = validation_message(exc)
            raise CatalogError(
                msg(template, path=str(path), entry=str(label), problems=problems)
            ) from exc
        entry_id: str = getattr(entry, "id")  # noqa: B009 - every entry type has an id
        if entry_id in table:
            template = QT_TRANSLATE_NOOP("EngineText", "{path}: duplicate id {id} in {catalog}")
            raise CatalogError(msg(template, path=str(path), id=repr(entry_id), catalog=name))
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
            template = QT_TRANSLATE_NOOP(
                "EngineText", "shipped catalog {path} is missing; reinstall the application"
            )
            raise CatalogError(msg(template, path=str(path)))
        file_name, entries = load_catalog_file(path)
        if file_name != name:
            raise wrong_catalog(path, file_name, name)
        tables[name] = entries
    return tables


def wrong_catalog(path: Path, declared: str, expected: str) -> CatalogError:
    """The error for a catalog file that declares another catalog than its name says."""
    template = QT_TRANSLATE_NOOP(
        "EngineText", "{path}: declares catalog {declared}, expected {name}"
    )
    return CatalogError(msg(template, path=str(path), declared=repr(declared), name=repr(expected)))


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
            template = QT_TRANSLATE_NOOP("EngineText", "{problem} (file skipped)")
            problem: Message = exc.message or msg("{problem}", problem=str(exc))
            text = msg(template, problem=problem)
            warnings.append(CatalogWarning(str(path), str(text), text))
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
                template = QT_TRANSLATE_NOOP(
                    "EngineText", "entry {entry}: {field} {value} not in {catalog}"
                )
                text = msg(
                    template, entry=entry_id, field=ref_field, value=repr(ref), catalog=target
                )
                warnings.append(CatalogWarning(name, str(text), text))
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
