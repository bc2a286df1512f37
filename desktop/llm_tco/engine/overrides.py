"""The user's catalog overrides: add, replace and remove entries in the user data directory.

One file per catalog, ``<user data>/catalog-overrides/<catalog>.json``, in the shipped format
(``{"catalog": NAME, "schema_version": 1, "entries": [...]}``), which ``load_catalogs()`` layers
over the shipped data. Every write validates with the same pydantic classes as the shipped data,
checks that offers point at known models and GPUs, and replaces the file atomically: a failed
write leaves the previous file untouched. Calibrated framework profiles are kept apart in
``<user data>/profile-overrides/framework_profiles.json`` (the shipped profiles' format).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from llm_tco.engine.atomic_io import atomic_write_bytes
from llm_tco.engine.catalog import (
    CATALOG_NAMES,
    CATALOG_SCHEMA_VERSION,
    Catalogs,
    read_catalog_document,
    unknown_catalog,
    validate_entries,
    validation_message,
    wrong_catalog,
)
from llm_tco.engine.catalog_schema import CATALOG_ENTRY_TYPES, Sourced
from llm_tco.engine.errors import CatalogError
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, msg
from llm_tco.engine.profiles import FrameworkProfile, read_profiles_document

PROFILES_OVERRIDE_DIR = "profile-overrides"
PROFILES_OVERRIDE_FILE = "framework_profiles.json"

# (catalog, field, catalog the field refers to)
REFERENCES: tuple[tuple[str, str, str], ...] = (
    ("gpu_offers", "gpu_id", "gpus"),
    ("api_offers", "model_id", "models"),
    ("tuning_offers", "model_id", "models"),
)


def _check_catalog(name: str) -> None:
    if name not in CATALOG_ENTRY_TYPES:
        raise unknown_catalog(name)


def write_failed(path: Path, exc: OSError) -> CatalogError:
    """The error for a catalog or profile file that cannot be written."""
    template = QT_TRANSLATE_NOOP("EngineText", "cannot write {path}: {problem}")
    return CatalogError(msg(template, path=str(path), problem=exc.strerror or str(exc)))


def entry_id(entry: Sourced) -> str:
    """The ``id`` of any catalog entry."""
    value: str = getattr(entry, "id")  # noqa: B009 - every entry type has an id
    return value


def entry_to_json(entry: Sourced) -> dict[str, Any]:
    """A catalog entry as plain JSON data (defaults left out, as in the shipped files)."""
    data: dict[str, Any] = entry.model_dump(mode="json", exclude_defaults=True)
    return {"id": data.pop("id"), **data}


def validate_entry(name: str, data: Mapping[str, Any] | Sourced) -> Sourced:
    """Validate one entry of catalog ``name``; raises CatalogError with ``field: message``."""
    _check_catalog(name)
    entry_type = CATALOG_ENTRY_TYPES[name]
    if isinstance(data, entry_type):
        return data
    raw = entry_to_json(data) if isinstance(data, Sourced) else dict(data)
    try:
        return entry_type.model_validate(raw)
    except ValidationError as exc:
        label = raw.get("id", "(no id)")
        template = QT_TRANSLATE_NOOP("EngineText", "{catalog} entry {entry}: {problems}")
        problems = validation_message(exc)
        raise CatalogError(
            msg(template, catalog=name, entry=str(label), problems=problems)
        ) from exc


def check_references(name: str, entries: Iterable[Sourced], *, catalogs: Catalogs) -> None:
    """Raise CatalogError when an offer points at a model or GPU that is not in ``catalogs``."""
    for source, ref_field, target in REFERENCES:
        if source != name:
            continue
        known = set(catalogs.table(target))
        for entry in entries:
            ref = getattr(entry, ref_field)
            if ref not in known:
                template = QT_TRANSLATE_NOOP(
                    "EngineText",
                    "{catalog} entry {entry}: {field} {value} is not in {target}; add that entry "
                    "first",
                )
                raise CatalogError(
                    msg(
                        template,
                        catalog=name,
                        entry=entry_id(entry),
                        field=ref_field,
                        value=repr(ref),
                        target=target,
                    )
                )


class OverrideStore:
    """Reads and writes the user's override files (one per catalog)."""

    def __init__(self, directory: Path | None = None) -> None:
        if directory is None:
            from llm_tco import paths

            directory = paths.user_overrides_dir()
        self.directory = Path(directory)

    def path(self, name: str) -> Path:
        """The override file of catalog ``name`` (it may not exist)."""
        _check_catalog(name)
        return self.directory / f"{name}.json"

    def entries(self, name: str) -> dict[str, Sourced]:
        """The validated override entries of one catalog by id (empty when there is no file)."""
        path = self.path(name)
        if not path.exists():
            return {}
        file_name, raw = read_catalog_document(path)
        if file_name != name:
            raise wrong_catalog(path, file_name, name)
        return validate_entries(name, raw, path=path)

    def overridden_ids(self) -> dict[str, frozenset[str]]:
        """Ids overridden in each catalog (files that cannot be read count as empty)."""
        result: dict[str, frozenset[str]] = {}
        for name in CATALOG_NAMES:
            try:
                result[name] = frozenset(self.entries(name))
            except CatalogError:
                result[name] = frozenset()
        return result

    def _write(self, name: str, entries: Mapping[str, Sourced]) -> None:
        path = self.path(name)
        if not entries:
            path.unlink(missing_ok=True)
            return
        document = {
            "catalog": name,
            "schema_version": CATALOG_SCHEMA_VERSION,
            "entries": [entry_to_json(e) for e in entries.values()],
        }
        data = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(path, data)
        except OSError as exc:
            raise write_failed(path, exc) from exc

    def put(
        self, name: str, entry: Mapping[str, Any] | Sourced, *, catalogs: Catalogs | None = None
    ) -> Sourced:
        """Add or replace one entry (validated; references checked against ``catalogs``)."""
        return self.put_many(name, [entry], catalogs=catalogs)[0]

    def put_many(
        self,
        name: str,
        entries: Iterable[Mapping[str, Any] | Sourced],
        *,
        catalogs: Catalogs | None = None,
    ) -> list[Sourced]:
        """Add or replace several entries in one atomic write; nothing changes on any error."""
        validated = [validate_entry(name, e) for e in entries]
        if catalogs is not None:
            check_references(name, validated, catalogs=catalogs)
        current = self.entries(name)
        for entry in validated:
            current[entry_id(entry)] = entry
        self._write(name, current)
        return validated

    def remove(self, name: str, entry_id_: str) -> bool:
        """Reset one entry to the shipped data (or delete an added one); False if not overridden."""
        current = self.entries(name)
        if entry_id_ not in current:
            return False
        del current[entry_id_]
        self._write(name, current)
        return True

    def find(self, entry_id_: str) -> list[str]:
        """Catalogs in which ``entry_id_`` is overridden."""
        return [name for name, ids in self.overridden_ids().items() if entry_id_ in ids]

    def reset_all(self, name: str | None = None) -> int:
        """Remove every override of one catalog (or of all); returns how many entries went."""
        names = [name] if name is not None else list(CATALOG_NAMES)
        removed = 0
        for catalog in names:
            path = self.path(catalog)
            if not path.exists():
                continue
            with contextlib.suppress(CatalogError):  # an unreadable file goes all the same
                removed += len(self.entries(catalog))
            path.unlink()
        return removed


# ----------------------------------------------------------------------------- framework profiles


def user_profiles_path() -> Path:
    """The user's calibrated framework profiles file (may not exist)."""
    from llm_tco import paths

    return paths.user_data_dir() / PROFILES_OVERRIDE_DIR / PROFILES_OVERRIDE_FILE


def load_user_profiles(*, path: Path | None = None) -> dict[str, FrameworkProfile]:
    """The user's calibrated profiles by id (empty when there is no file); raises CatalogError."""
    source = path or user_profiles_path()
    if not source.exists():
        return {}
    document = read_profiles_document(source)
    profiles: dict[str, FrameworkProfile] = {}
    for index, raw in enumerate(document["profiles"]):
        try:
            profile = FrameworkProfile.model_validate(raw)
        except ValidationError as exc:
            label = raw.get("id", f"#{index}") if isinstance(raw, dict) else f"#{index}"
            template = QT_TRANSLATE_NOOP("EngineText", "{path}: profile {profile}: {problems}")
            problems = validation_message(exc)
            raise CatalogError(
                msg(template, path=str(source), profile=str(label), problems=problems)
            ) from exc
        profiles[profile.id] = profile
    return profiles


def _write_profiles(profiles: Mapping[str, FrameworkProfile], path: Path) -> None:
    if not profiles:
        path.unlink(missing_ok=True)
        return
    document = {"profiles": [p.model_dump(mode="json") for p in profiles.values()]}
    data = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise write_failed(path, exc) from exc


def save_user_profile(profile: FrameworkProfile, *, path: Path | None = None) -> Path:
    """Store a calibrated profile (replacing one with the same id); returns the file written."""
    target = path or user_profiles_path()
    profiles = load_user_profiles(path=target)
    profiles[profile.id] = FrameworkProfile.model_validate(profile.model_dump())
    _write_profiles(profiles, target)
    return target


def remove_user_profile(profile_id: str, *, path: Path | None = None) -> bool:
    """Delete one calibrated profile; False when there was none with that id."""
    target = path or user_profiles_path()
    profiles = load_user_profiles(path=target)
    if profiles.pop(profile_id, None) is None:
        return False
    _write_profiles(profiles, target)
    return True
