"""Schema versions of ``*.llmtco`` files and the registered migrations between them.

``MIGRATIONS[n]`` turns a parsed version-``n`` document (a dict) into a version-``n + 1`` document.
Every released version keeps its migration and a golden file under ``tests/data/golden/`` forever.

Versions:

* 0 -- the pre-release prototype: ``{"version": 0, "tool": ..., "saved": "YYYY-MM-DD HH:MM",
  "inputs": {flat keys}}`` with its own names (``daily_requests``, ``prompt_tokens``, growth in
  percent, short privacy and use-case codes).
* 1 -- the first release: ``{"format": "llm-tco-project", "schema_version": 1, "app_version",
  "saved_at", "catalog_as_of", "project": {...}}`` (see ``llm_tco.project.format``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from llm_tco.engine.errors import ProjectFileError
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, Number, Text, msg

SCHEMA_VERSION = 1
FORMAT_ID = "llm-tco-project"

Migration = Callable[[dict[str, Any]], dict[str, Any]]


class MigrationError(ValueError):
    """A migration found data it cannot translate; the message names the field."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


_V0_USE_CASES = {
    "chatbot": "chatbot",
    "rag": "rag_assistant",
    "summarise": "summarisation",
    "code": "code_assistant",
    "extraction": "extraction",
    "agent": "agent",
    "other": "custom",
}
_V0_DATA_POLICIES = {
    "vendor": "any_vendor",
    "zero_retention": "zero_retention_vendor",
    "own_cloud": "own_cloud_tenancy",
    "on_prem": "on_premises",
    "air_gapped": "air_gapped",
}
_V0_WEIGHTS = {
    "cost": "cost",
    "quality": "quality",
    "latency": "latency",
    "privacy": "privacy",
    "simplicity": "ops_simplicity",
    "independence": "vendor_independence",
}
# prototype key -> (section, field) of the version-1 project, copied unchanged
_V0_PLAIN = {
    "title": ("info", "name"),
    "notes": ("info", "description"),
    "fx_rate": ("info", "usd_exchange_rate"),
    "months": ("info", "horizon_months"),
    "region": ("info", "region"),
    "min_quality": ("use_case", "quality_floor"),
    "context_len": ("use_case", "min_context_tokens"),
    "daily_requests": ("workload", "requests_per_day"),
    "prompt_tokens": ("workload", "input_tokens_per_request"),
    "completion_tokens": ("workload", "output_tokens_per_request"),
    "peak_factor": ("workload", "peak_to_average"),
    "max_ttft_ms": ("workload", "ttft_target_ms"),
    "min_tok_s": ("workload", "min_output_tokens_per_s_per_user"),
    "rent_gpus": ("hardware", "cloud_gpus"),
    "electricity_usd_kwh": ("hardware", "power_usd_per_kwh"),
    "pue": ("hardware", "pue"),
    "engineer_cost": ("staff", "fte_cost_usd_per_year"),
    "ops_fte": ("staff", "ops_fte_self_hosted"),
    "mc_samples": ("scenario", "monte_carlo_samples"),
    "seed": ("scenario", "seed"),
}
_V0_SPECIAL = {"currency", "usecase", "monthly_growth_pct", "data_policy", "owned_gpus", "weights"}


def _lookup(table: dict[str, str], value: Any, key: str) -> str:
    if not isinstance(value, str) or value not in table:
        template = QT_TRANSLATE_NOOP("EngineText", "{field} is {value}; expected one of {choices}")
        field = f"inputs.{key}"
        raise MigrationError(
            msg(template, field=field, value=repr(value), choices=", ".join(table))
        )
    return table[value]


def _v0_owned(raw: Any) -> list[dict[str, Any]]:
    if not isinstance(raw, list):
        template = QT_TRANSLATE_NOOP("EngineText", "{field} must be a list")
        raise MigrationError(msg(template, field="inputs.owned_gpus"))
    owned = []
    for index, item in enumerate(raw):
        if not isinstance(item, dict) or set(item) - {"gpu", "n", "paid"}:
            template = QT_TRANSLATE_NOOP("EngineText", "{field} must have only gpu, n and paid")
            raise MigrationError(msg(template, field=f"inputs.owned_gpus[{index}]"))
        owned.append({"gpu_id": item.get("gpu"), "count": item.get("n"), "already_paid": True})
        if "paid" in item:
            owned[-1]["already_paid"] = item["paid"]
    return owned


def _v0_special(inputs: dict[str, Any], sections: dict[str, dict[str, Any]]) -> None:
    if "currency" in inputs:
        value = inputs["currency"]
        sections["info"]["currency"] = value.upper() if isinstance(value, str) else value
    if "usecase" in inputs:
        sections["use_case"]["use_case"] = _lookup(_V0_USE_CASES, inputs["usecase"], "usecase")
    if "monthly_growth_pct" in inputs:
        pct = inputs["monthly_growth_pct"]
        if isinstance(pct, bool) or not isinstance(pct, int | float):
            template = QT_TRANSLATE_NOOP("EngineText", "{field} is {value}; expected a number")
            field = "inputs.monthly_growth_pct"
            raise MigrationError(msg(template, field=field, value=repr(pct)))
        sections["workload"]["growth_per_month"] = pct / 100.0
    if "data_policy" in inputs:
        policy = _lookup(_V0_DATA_POLICIES, inputs["data_policy"], "data_policy")
        sections["privacy"]["data_location"] = policy
    if "owned_gpus" in inputs:
        sections["hardware"]["owned"] = _v0_owned(inputs["owned_gpus"])
    if "weights" in inputs:
        weights = inputs["weights"]
        if not isinstance(weights, dict) or set(weights) - set(_V0_WEIGHTS):
            template = QT_TRANSLATE_NOOP("EngineText", "{field} must use only {choices}")
            choices = ", ".join(_V0_WEIGHTS)
            raise MigrationError(msg(template, field="inputs.weights", choices=choices))
        sections["priorities"] = {_V0_WEIGHTS[k]: v for k, v in weights.items()}


def _v0_saved_at(raw: Any) -> str:
    """The prototype wrote local time without an offset; it is read as UTC."""
    try:
        stamp = dt.datetime.strptime(str(raw), "%Y-%m-%d %H:%M")
    except ValueError:
        template = QT_TRANSLATE_NOOP("EngineText", "{field} is {value}; expected {pattern}")
        pattern = "'YYYY-MM-DD HH:MM'"
        raise MigrationError(
            msg(template, field="saved", value=repr(raw), pattern=pattern)
        ) from None
    return stamp.replace(tzinfo=dt.UTC).isoformat()


def migrate_0_to_1(doc: dict[str, Any]) -> dict[str, Any]:
    """Prototype flat ``inputs`` -> the sectioned version-1 project."""
    unknown_top = set(doc) - {"version", "tool", "saved", "inputs"}
    if unknown_top:
        template = QT_TRANSLATE_NOOP("EngineText", "unknown top-level field(s) {fields}")
        raise MigrationError(msg(template, fields=", ".join(sorted(unknown_top))))
    inputs = doc.get("inputs")
    if not isinstance(inputs, dict):
        template = QT_TRANSLATE_NOOP("EngineText", "{field} must be an object")
        raise MigrationError(msg(template, field="inputs"))
    unknown = set(inputs) - set(_V0_PLAIN) - _V0_SPECIAL
    if unknown:
        template = QT_TRANSLATE_NOOP("EngineText", "unknown field(s) {fields}")
        fields = ", ".join(f"inputs.{name}" for name in sorted(unknown))
        raise MigrationError(msg(template, fields=fields))
    sections: dict[str, dict[str, Any]] = {
        name: {} for name in ("info", "use_case", "workload", "privacy", "hardware")
    }
    sections.update({name: {} for name in ("staff", "priorities", "scenario")})
    for key, (section, name) in _V0_PLAIN.items():
        if key in inputs:
            sections[section][name] = inputs[key]
    _v0_special(inputs, sections)
    tool = doc.get("tool", "prototype")
    return {
        "format": FORMAT_ID,
        "schema_version": 1,
        "app_version": str(tool)[:64],
        "saved_at": _v0_saved_at(doc.get("saved")),
        "catalog_as_of": {},
        "project": {name: fields for name, fields in sections.items() if fields},
    }


MIGRATIONS: dict[int, Migration] = {0: migrate_0_to_1}


_OPEN_OTHER = Message(QT_TRANSLATE_NOOP("EngineText", "Open a .llmtco project file instead."))
_RESAVE = Message(QT_TRANSLATE_NOOP("EngineText", "Re-save it."))
_JSON_KINDS = {"list": "array", "str": "string", "int": "number", "float": "number"}
_JSON_KINDS.update({"bool": "true/false", "NoneType": "null"})


def _refuse(source: str, problem: Message, remedy: Message) -> ProjectFileError:
    template = QT_TRANSLATE_NOOP(
        "EngineText", "Cannot open project file {source}: {problem}. {remedy}"
    )
    return ProjectFileError(msg(template, source=source, problem=problem, remedy=remedy))


def detect_version(obj: Any, *, source: str) -> int:
    """The schema version of a parsed file; refuses other kinds of JSON and newer versions."""
    if not isinstance(obj, dict):
        kind = _JSON_KINDS.get(type(obj).__name__, "value")
        problem = msg(
            QT_TRANSLATE_NOOP("EngineText", "the top level is a JSON {kind}, not an object"),
            kind=kind,
        )
        raise _refuse(source, problem, _OPEN_OTHER)
    if "schema_version" not in obj:
        if type(obj.get("version")) is int and obj["version"] == 0 and "inputs" in obj:
            return 0
        text = QT_TRANSLATE_NOOP("EngineText", "it is not an LLM TCO Advisor project (no {field})")
        raise _refuse(source, msg(text, field="schema_version"), _OPEN_OTHER)
    if obj.get("format", FORMAT_ID) != FORMAT_ID:
        kind = str(obj["format"])[:40]
        problem = msg(
            QT_TRANSLATE_NOOP("EngineText", "it is a {kind} file, not a project"), kind=repr(kind)
        )
        raise _refuse(source, problem, _OPEN_OTHER)
    version = obj["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        problem = msg(
            QT_TRANSLATE_NOOP("EngineText", "{field} {value} is not a version number"),
            field="schema_version",
            value=repr(version),
        )
        raise _refuse(source, problem, _RESAVE)
    if version > SCHEMA_VERSION:
        made_by = obj.get("app_version")
        app = f" {made_by}" if isinstance(made_by, str) and len(made_by) < 64 else ""
        if app:
            text = QT_TRANSLATE_NOOP(
                "EngineText",
                "it was made by a newer version {app} of LLM TCO Advisor (file format {version}; "
                "this version reads formats up to {newest})",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "EngineText",
                "it was made by a newer version of LLM TCO Advisor (file format {version}; "
                "this version reads formats up to {newest})",
            )
        problem = msg(text, app=app.strip(), version=Number(version), newest=Number(SCHEMA_VERSION))
        remedy = Message(QT_TRANSLATE_NOOP("EngineText", "Update the app to open it."))
        raise _refuse(source, problem, remedy)
    return version


def migrate(obj: dict[str, Any], *, version: int, source: str) -> dict[str, Any]:
    """Apply the registered migrations from ``version`` up to ``SCHEMA_VERSION``."""
    current = obj
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            problem = msg(
                QT_TRANSLATE_NOOP("EngineText", "file format {version} is no longer supported"),
                version=Number(version),
            )
            raise _refuse(source, problem, _RESAVE)
        try:
            current = step(current)
        except (MigrationError, KeyError, TypeError, AttributeError) as exc:
            detail: Message | Text = (
                exc.message if isinstance(exc, MigrationError) else Text(str(exc))
            )
            problem = msg(
                QT_TRANSLATE_NOOP(
                    "EngineText", "it cannot be upgraded from file format {version} ({detail})"
                ),
                version=Number(version),
                detail=detail,
            )
            remedy = Message(
                QT_TRANSLATE_NOOP(
                    "EngineText",
                    "Correct the named field in a text editor or re-enter the answers.",
                )
            )
            raise _refuse(source, problem, remedy) from None
        following = current.get("schema_version")
        if not isinstance(following, int) or following <= version:  # a broken migration
            problem = msg(
                QT_TRANSLATE_NOOP("EngineText", "the upgrade from format {version} failed"),
                version=Number(version),
            )
            remedy = Message(QT_TRANSLATE_NOOP("EngineText", "Report this bug."))
            raise _refuse(source, problem, remedy)
        version = following
    return current
