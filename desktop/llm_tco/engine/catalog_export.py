"""Export the merged catalogs (shipped data with the user's overrides) so a team can share them.

``export_catalogs(DIR)`` writes ``DIR/<catalog>.json`` in the shipped format (a teammate can drop
them into their override folder), ``DIR/framework_profiles.json``, and the JSON Schema of each
entry class in ``DIR/schema/<catalog>.schema.json``. Also the one-line summaries and staleness
test the catalog browser and ``llm-tco catalog list`` show.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from llm_tco.engine.atomic_io import atomic_write_bytes
from llm_tco.engine.catalog import CATALOG_NAMES, CATALOG_SCHEMA_VERSION, Catalogs
from llm_tco.engine.catalog_schema import (
    CATALOG_ENTRY_TYPES,
    ApiOffer,
    Gpu,
    GpuOffer,
    Model,
    Sourced,
    TuningOffer,
)
from llm_tco.engine.cost_defaults import STALE_PRICE_DAYS
from llm_tco.engine.errors import CatalogError
from llm_tco.engine.overrides import entry_to_json
from llm_tco.engine.profiles import FrameworkProfile, load_profiles


def is_stale(entry: Sourced, *, today: dt.date, max_age_days: int = STALE_PRICE_DAYS) -> bool:
    """True when the entry's ``as_of`` is more than ``max_age_days`` days before ``today``."""
    return (today - entry.as_of).days > max_age_days


def _money(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def entry_label(entry: Sourced) -> str:
    """The entry's name or provider, for tables."""
    if isinstance(entry, Model | Gpu):
        return entry.name
    if isinstance(entry, GpuOffer):
        return f"{entry.provider} {entry.instance_type}"
    if isinstance(entry, ApiOffer | TuningOffer):
        return f"{entry.provider} {entry.model_id}"
    return ""


def entry_summary(entry: Sourced) -> str:
    """The entry's key numbers in one line, units included."""
    if isinstance(entry, Model):
        params = f"{entry.params_total_b:g}B params, " if entry.params_total_b else ""
        return f"{params}{entry.context_tokens:,} tokens context"
    if isinstance(entry, Gpu):
        bandwidth = f"{entry.memory_bandwidth_gbps:g} GB/s"
        return f"{entry.memory_gb:g} GB, {bandwidth}, {entry.bf16_tflops:g} TFLOPS bf16"
    if isinstance(entry, GpuOffer):
        return (
            f"{entry.gpu_count}x {entry.gpu_id}, {entry.plan.value}, {entry.region}: "
            f"{entry.usd_per_hour:g} USD/h ({entry.usd_per_gpu_hour:.3g} per GPU-hour)"
        )
    if isinstance(entry, ApiOffer):
        return (
            f"{_money(entry.usd_per_m_input)} in / {_money(entry.usd_per_m_output)} out "
            f"USD per M tokens ({entry.route.value})"
        )
    if isinstance(entry, TuningOffer):
        train = (
            f"{entry.usd_per_m_training_tokens:g} USD per M training tokens"
            if entry.usd_per_m_training_tokens is not None
            else f"{entry.usd_per_training_hour:g} USD per training hour"
        )
        tuned = f"{_money(entry.usd_per_m_input_tuned)} in / {_money(entry.usd_per_m_output_tuned)}"
        return f"{train}; tuned {tuned} out"
    return ""


def _write_json(path: Path, data: Any) -> None:
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    atomic_write_bytes(path, text.encode("utf-8"))


def catalog_document(catalogs: Catalogs, name: str) -> dict[str, Any]:
    """One merged catalog in the shipped file format (plus which ids were overridden)."""
    table = catalogs.table(name)
    return {
        "catalog": name,
        "schema_version": CATALOG_SCHEMA_VERSION,
        "exported_at": dt.date.today().isoformat(),
        "overridden": sorted(catalogs.overridden.get(name, ())),
        "entries": [entry_to_json(table[key]) for key in sorted(table)],
    }


def export_catalogs(
    directory: Path,
    *,
    catalogs: Catalogs,
    profiles: dict[str, FrameworkProfile] | None = None,
) -> list[Path]:
    """Write merged catalogs, framework profiles and JSON Schemas into ``directory``."""
    directory = Path(directory)
    profiles = load_profiles() if profiles is None else profiles
    written: list[Path] = []
    try:
        (directory / "schema").mkdir(parents=True, exist_ok=True)
        for name in CATALOG_NAMES:
            path = directory / f"{name}.json"
            _write_json(path, catalog_document(catalogs, name))
            schema_path = directory / "schema" / f"{name}.schema.json"
            _write_json(schema_path, CATALOG_ENTRY_TYPES[name].model_json_schema())
            written += [path, schema_path]
        path = directory / "framework_profiles.json"
        _write_json(path, {"profiles": [p.model_dump(mode="json") for p in profiles.values()]})
        schema_path = directory / "schema" / "framework_profiles.schema.json"
        _write_json(schema_path, FrameworkProfile.model_json_schema())
        written += [path, schema_path]
    except OSError as exc:
        raise CatalogError(f"cannot export to {directory}: {exc.strerror or exc}") from exc
    return written
