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
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, Number, msg
from llm_tco.engine.overrides import entry_to_json
from llm_tco.engine.profiles import FrameworkProfile, load_profiles
from llm_tco.engine.results import PLAN_WORDS, PLANS


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


_API_ROUTE_WORDS = {  # the English text is the code, as the summaries always showed
    "closed_api": QT_TRANSLATE_NOOP("EngineText", "closed_api"),
    "cloud_tenancy": QT_TRANSLATE_NOOP("EngineText", "cloud_tenancy"),
    "hosted_open": QT_TRANSLATE_NOOP("EngineText", "hosted_open"),
}


def entry_summary(entry: Sourced) -> str:
    """The entry's key numbers in one line, units included (English; prices in USD)."""
    return str(entry_summary_message(entry))


def entry_summary_message(entry: Sourced) -> Message:
    """:func:`entry_summary` as a translatable message (catalog prices stay in USD)."""
    if isinstance(entry, Model):
        context = Number(float(entry.context_tokens), grouped=True)
        if entry.params_total_b:
            return msg(
                QT_TRANSLATE_NOOP("EngineText", "{params}B params, {context} tokens context"),
                params=f"{entry.params_total_b:g}",
                context=context,
            )
        return msg(QT_TRANSLATE_NOOP("EngineText", "{context} tokens context"), context=context)
    if isinstance(entry, Gpu):
        return msg(
            QT_TRANSLATE_NOOP("EngineText", "{memory} GB, {bandwidth} GB/s, {tflops} TFLOPS bf16"),
            memory=f"{entry.memory_gb:g}",
            bandwidth=f"{entry.memory_bandwidth_gbps:g}",
            tflops=f"{entry.bf16_tflops:g}",
        )
    if isinstance(entry, GpuOffer):
        return msg(
            QT_TRANSLATE_NOOP(
                "EngineText",
                "{count}x {gpu}, {plan}, {region}: {hourly} USD/h ({per_gpu} per GPU-hour)",
            ),
            count=str(entry.gpu_count),
            gpu=entry.gpu_id,
            plan=Message(PLAN_WORDS[PLANS.index(entry.plan.value)])
            if entry.plan.value in PLANS
            else entry.plan.value,
            region=entry.region,
            hourly=f"{entry.usd_per_hour:g}",
            per_gpu=f"{entry.usd_per_gpu_hour:.3g}",
        )
    if isinstance(entry, ApiOffer):
        return msg(
            QT_TRANSLATE_NOOP("EngineText", "{input} in / {output} out USD per M tokens ({route})"),
            input=_money(entry.usd_per_m_input),
            output=_money(entry.usd_per_m_output),
            route=Message(_API_ROUTE_WORDS.get(entry.route.value, entry.route.value)),
        )
    if isinstance(entry, TuningOffer):
        train = (
            msg(
                QT_TRANSLATE_NOOP("EngineText", "{price} USD per M training tokens"),
                price=f"{entry.usd_per_m_training_tokens:g}",
            )
            if entry.usd_per_m_training_tokens is not None
            else msg(
                QT_TRANSLATE_NOOP("EngineText", "{price} USD per training hour"),
                price=f"{entry.usd_per_training_hour:g}",
            )
        )
        return msg(
            QT_TRANSLATE_NOOP("EngineText", "{training}; tuned {input} in / {output} out"),
            training=train,
            input=_money(entry.usd_per_m_input_tuned),
            output=_money(entry.usd_per_m_output_tuned),
        )
    return Message("")


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
        template = QT_TRANSLATE_NOOP("EngineText", "cannot export to {path}: {problem}")
        problem = exc.strerror or str(exc)  # the operating system's words
        raise CatalogError(msg(template, path=str(directory), problem=problem)) from exc
    return written
