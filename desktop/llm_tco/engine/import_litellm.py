"""Import API prices from a LiteLLM ``model_prices_and_context_window.json`` table.

LiteLLM prices are USD **per token**; the catalog stores USD **per million tokens**. Mapping:
``input_cost_per_token`` -> input, ``output_cost_per_token`` -> output,
``cache_read_input_token_cost`` -> cached input, ``cache_creation_input_token_cost`` -> cache
write, ``*_batches`` -> batch, ``*_above_<N>k_tokens`` -> a context tier above N thousand tokens.
The provider (``litellm_provider``) decides the route: a model vendor's own API is ``closed_api``,
a cloud (Azure, Bedrock, Vertex) is ``cloud_tenancy``, an inference host is ``hosted_open``; an
open-weights model is ``hosted_open`` wherever it is served. Keys are matched to catalog models by
a normalised name; what cannot be used is skipped and counted by reason. :func:`plan_import`
only builds a preview (:class:`ImportPlan`); nothing is written until :meth:`ImportPlan.apply`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from llm_tco.engine.catalog import Catalogs
from llm_tco.engine.catalog_schema import ApiOffer, ApiRoute, Model
from llm_tco.engine.errors import ImportFileError
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, msg
from llm_tco.engine.overrides import OverrideStore
from llm_tco.engine.safe_json import read_json_guarded

LITELLM_URL = "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json"
MAX_LITELLM_BYTES = 64_000_000
EXAMPLES_PER_REASON = 5

SKIP_REASONS: tuple[str, ...] = (
    "sample_spec",  # the schema-documentation key
    "not_chat",  # mode is not "chat" (embedding, image, audio, ... or missing)
    "no_token_prices",  # input or output price per token missing
    "zero_priced",  # input and output both 0: self-hosted routes (ollama, vllm, ...)
    "bad_price",  # a price that is not a non-negative number
    "no_catalog_model",  # no catalog model with that name
    "unmapped_provider",  # litellm_provider not in PROVIDERS (gateways, resellers, ...)
    "closed_model_at_host",  # a closed model resold by an open-weights host
    "invalid_offer",  # the offer fails the catalog's validation (e.g. absurd price)
    "duplicate",  # another key gives the same offer (dated snapshot, alias, cross-region copy)
)

# litellm_provider -> (provider name in the catalog, offer id prefix, kind)
# kind: "vendor" (the model maker's API), "cloud" (a cloud tenancy), "host" (inference host).
PROVIDERS: dict[str, tuple[str, str, str]] = {
    "openai": ("OpenAI", "openai", "vendor"),
    "anthropic": ("Anthropic", "anthropic", "vendor"),
    "gemini": ("Google Gemini API", "google", "vendor"),
    "mistral": ("Mistral AI", "mistral", "vendor"),
    "deepseek": ("DeepSeek", "deepseek", "vendor"),
    "xai": ("xAI", "xai", "vendor"),
    "azure": ("Azure OpenAI", "azure-openai", "cloud"),
    "azure_ai": ("Azure AI Foundry", "azure-ai", "cloud"),
    "bedrock": ("AWS Bedrock", "bedrock", "cloud"),
    "bedrock_converse": ("AWS Bedrock", "bedrock", "cloud"),
    "vertex_ai": ("Google Vertex AI", "vertex", "cloud"),
    "together_ai": ("Together AI", "together", "host"),
    "fireworks_ai": ("Fireworks AI", "fireworks", "host"),
    "groq": ("Groq", "groq", "host"),
    "deepinfra": ("DeepInfra", "deepinfra", "host"),
    "cerebras": ("Cerebras", "cerebras", "host"),
    "sambanova": ("SambaNova", "sambanova", "host"),
    "nebius": ("Nebius AI Studio", "nebius", "host"),
    "hyperbolic": ("Hyperbolic", "hyperbolic", "host"),
    "lambda_ai": ("Lambda", "lambda", "host"),
    "novita": ("Novita AI", "novita", "host"),
    "baseten": ("Baseten", "baseten", "host"),
}

_PRICE_FIELDS = {
    "input_cost_per_token": "usd_per_m_input",
    "output_cost_per_token": "usd_per_m_output",
    "cache_read_input_token_cost": "usd_per_m_cached_input",
    "cache_creation_input_token_cost": "usd_per_m_cache_write",
    "input_cost_per_token_batches": "usd_per_m_batch_input",
    "output_cost_per_token_batches": "usd_per_m_batch_output",
}
COMPARED_FIELDS: tuple[str, ...] = (*_PRICE_FIELDS.values(), "context_tiers")
_TIER_KEY = re.compile(
    r"^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost)_above_(\d+)k_tokens$"
)
_REGION_SEGMENT = re.compile(r"^(global|eu|us|apac|au|jp|[a-z]{2}(-gov)?-[a-z]+-\d)$")
_CROSS_REGION = re.compile(r"^(global|us|eu|apac|au|jp|us-gov)\.(.+)$")
_DATE_SUFFIX = re.compile(r"[-@](\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|\d{3})$")
_LLAMA4 = re.compile(r"^(llama-4-(?:scout|maverick))-17b-\d+e(?:-instruct)?$")
_IMPORT_NOTE = re.compile(r"\s*\[LiteLLM import:[^\]]*\]$")


def per_million(value: float) -> float:
    """USD per token -> USD per million tokens, without binary noise (2.5e-06 -> 2.5)."""
    return float(Decimal(repr(float(value))) * 1_000_000)


@dataclass(frozen=True)
class ParsedKey:
    """A LiteLLM key reduced to a model slug, its region and whether it named a dated snapshot."""

    slug: str
    region: str | None
    dated: bool


def parse_key(key: str) -> ParsedKey:
    """Normalise a LiteLLM key (``bedrock/eu-west-3/mistral.mixtral-8x7b-instruct-v0:1``)."""
    parts = key.split("/")
    name = parts[-1]
    region = next((p for p in parts[:-1] if _REGION_SEGMENT.match(p)), None)
    cross = _CROSS_REGION.match(name)
    if cross:
        region, name = region or cross.group(1), cross.group(2)
    name = re.sub(r"^[a-z0-9-]+\.(?=[a-z])", "", name.lower())  # anthropic., meta., mistral.
    name = re.sub(r"-?v?\d+:\d+$", "", name)  # Bedrock versions -v1:0, -1:0
    name = name.removesuffix("-maas")
    dated = bool(_DATE_SUFFIX.search(name))
    name = _DATE_SUFFIX.sub("", name)
    name = re.sub(r"-v\d+(\.\d+)*$", "", name)  # weight versions -v0.1
    name = re.sub(r"v(\d+)p(\d+)", r"v\1.\2", name.replace("_", "-"))  # Fireworks v3p1
    name = re.sub(r"^(?:meta-)?llama-?v?(\d)", r"llama-\1", name)
    tokens = name.split("-")
    merged: list[str] = []
    for token in tokens:  # claude-sonnet-4-5 -> claude-sonnet-4.5
        if merged and re.fullmatch(r"\d", token) and re.fullmatch(r"\d", merged[-1]):
            merged[-1] = f"{merged[-1]}.{token}"
        else:
            merged.append(token)
    name = _LLAMA4.sub(r"\1", "-".join(merged))
    return ParsedKey(slug=name, region=region, dated=dated)


def match_model(slug: str, models: Mapping[str, Model]) -> tuple[str, int] | None:
    """The catalog model id a slug names and how indirect the match was (0: exact), or None."""
    candidates = [slug, f"{slug}-instruct", slug.removesuffix("-instruct"), f"{slug}-it"]
    if not slug.startswith("gpt-"):
        candidates.append(slug.removesuffix("-turbo"))
    for rank, candidate in enumerate(candidates):
        if candidate in models:
            return candidate, rank
    return None


@dataclass(frozen=True)
class PriceChange:
    """One field of an existing offer that the import changes (USD per million tokens)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class OfferChange:
    """An existing offer whose prices the import changes."""

    key: str
    old: ApiOffer
    new: ApiOffer
    changes: tuple[PriceChange, ...]


@dataclass
class ImportPlan:
    """A preview of an import: nothing is written until :meth:`apply`."""

    file: str
    read: int = 0
    matched: int = 0
    added: list[tuple[str, ApiOffer]] = field(default_factory=list)
    changed: list[OfferChange] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SKIP_REASONS, 0))
    examples: dict[str, list[str]] = field(default_factory=dict)

    @property
    def imported(self) -> int:
        """Offers this import writes (added plus changed)."""
        return len(self.added) + len(self.changed)

    def entries(self) -> list[ApiOffer]:
        """The offers to write to the user's override file."""
        return [offer for _, offer in self.added] + [change.new for change in self.changed]

    def skip(self, reason: str, key: str) -> None:
        """Count one skipped key."""
        self.skipped[reason] += 1
        sample = self.examples.setdefault(reason, [])
        if len(sample) < EXAMPLES_PER_REASON:
            sample.append(key)

    def apply(self, *, store: OverrideStore, catalogs: Catalogs) -> int:
        """Write added and changed offers as user overrides (one atomic write); returns how many."""
        entries = self.entries()
        if entries:
            store.put_many("api_offers", entries, catalogs=catalogs)
        return len(entries)

    def summary(self) -> dict[str, Any]:
        """Counts and changes as plain JSON data (for ``--json`` and the preview dialog)."""
        return {
            "file": self.file,
            "read": self.read,
            "matched_to_models": self.matched,
            "imported": self.imported,
            "added": [offer.id for _, offer in self.added],
            "changed": [
                {
                    "id": c.new.id,
                    "key": c.key,
                    "changes": [{"field": p.field, "old": p.old, "new": p.new} for p in c.changes],
                }
                for c in self.changed
            ],
            "unchanged": len(self.unchanged),
            "skipped": dict(self.skipped),
            "skipped_examples": self.examples,
        }


def read_litellm_table(path: Path) -> dict[str, Any]:
    """Read and sanity-check a LiteLLM price table; raises ImportFileError naming the file."""
    data = read_json_guarded(
        Path(path),
        max_bytes=MAX_LITELLM_BYTES,
        what=Message(QT_TRANSLATE_NOOP("EngineText", "LiteLLM price table")),
        remedy=msg(
            QT_TRANSLATE_NOOP("EngineText", "Use LiteLLM's {file}."),
            file="model_prices_and_context_window.json",
        ),
        error_type=ImportFileError,
    )
    if not isinstance(data, dict):
        template = QT_TRANSLATE_NOOP(
            "EngineText", "{path}: expected a JSON object of model keys, got {found}"
        )
        raise ImportFileError(msg(template, path=str(path), found=type(data).__name__))
    if not any(isinstance(v, dict) and "litellm_provider" in v for v in data.values()):
        template = QT_TRANSLATE_NOOP(
            "EngineText",
            "{path}: no entry has a {field} field; this is not a LiteLLM price table",
        )
        raise ImportFileError(msg(template, path=str(path), field="'litellm_provider'"))
    return data


def _prices(entry: Mapping[str, Any]) -> dict[str, float]:
    """Per-million prices of an entry; raises ValueError for a non-numeric or negative price."""
    out: dict[str, float] = {}
    for key, target in _PRICE_FIELDS.items():
        value = entry.get(key)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ValueError(f"{key} = {value!r}")
        out[target] = per_million(value)
    return out


def _tiers(entry: Mapping[str, Any]) -> list[dict[str, Any]]:
    found: dict[int, dict[str, float]] = {}
    for key, value in entry.items():
        m = _TIER_KEY.match(key)
        if m and isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
            name = _PRICE_FIELDS[m.group(1)]
            found.setdefault(int(m.group(2)) * 1000, {})[name] = per_million(value)
    return [
        {"above_tokens": above, **prices}
        for above, prices in sorted(found.items())
        if "usd_per_m_input" in prices and "usd_per_m_output" in prices
    ]


def _provider(litellm_provider: str) -> tuple[str, str, str] | None:
    base = "vertex_ai" if litellm_provider.startswith("vertex_ai") else litellm_provider
    return PROVIDERS.get(base)


def _route(kind: str, model: Model) -> ApiRoute | None:
    if model.open_weights:
        return ApiRoute.HOSTED_OPEN
    return {"vendor": ApiRoute.CLOSED_API, "cloud": ApiRoute.CLOUD_TENANCY}.get(kind)


def _source(entry: Mapping[str, Any]) -> str:
    source = entry.get("source")
    if isinstance(source, str) and re.match(r"^https?://\S+$", source.strip()):
        return source.strip()
    return LITELLM_URL


@dataclass(frozen=True)
class _Candidate:
    key: str
    offer: ApiOffer
    rank: tuple[int, int, int]  # (model match indirectness, dated snapshot, position in file)


def _build_offer(
    key: str, entry: Mapping[str, Any], model: Model, prices: dict[str, float], *, as_of: dt.date
) -> tuple[str, dict[str, Any]] | str:
    """The raw offer for an entry, or the skip reason."""
    provider = _provider(str(entry.get("litellm_provider", "")))
    if provider is None:
        return "unmapped_provider"
    name, prefix, kind = provider
    route = _route(kind, model)
    if route is None:
        return "closed_model_at_host"
    parsed = parse_key(key)
    offer_id = f"{prefix}-{model.id}" + (f"-{parsed.region}" if parsed.region else "")
    raw: dict[str, Any] = {
        "id": offer_id,
        "provider": name,
        "model_id": model.id,
        "route": route.value,
        **prices,
        "context_tiers": _tiers(entry),
        "regions": [parsed.region or "global"],
        "source": _source(entry),
        "as_of": as_of.isoformat(),
        "notes": f"[LiteLLM import: key {key!r}, litellm_provider {entry.get('litellm_provider')}]",
    }
    if model.id.startswith("claude"):
        raw["cached_tokens_convention"] = "separate"
    context = entry.get("max_input_tokens")
    if isinstance(context, int) and 0 < context < model.context_tokens:
        raw["context_tokens"] = context
    return offer_id, raw


def _classify(key: str, entry: Any) -> str | dict[str, float]:
    """The skip reason of an entry before model matching, or its per-million prices."""
    if key == "sample_spec":
        return "sample_spec"
    if not isinstance(entry, dict) or entry.get("mode") != "chat":
        return "not_chat"
    if entry.get("input_cost_per_token") is None or entry.get("output_cost_per_token") is None:
        return "no_token_prices"
    if entry["input_cost_per_token"] == 0 and entry["output_cost_per_token"] == 0:
        return "zero_priced"
    try:
        return _prices(entry)
    except ValueError:
        return "bad_price"


def _candidates(
    table: Mapping[str, Any], models: Mapping[str, Model], plan: ImportPlan, *, as_of: dt.date
) -> dict[str, list[_Candidate]]:
    by_id: dict[str, list[_Candidate]] = {}
    for position, (key, entry) in enumerate(table.items()):
        plan.read += 1
        prices = _classify(key, entry)
        if isinstance(prices, str):
            plan.skip(prices, key)
            continue
        parsed = parse_key(key)
        match = match_model(parsed.slug, models)
        if match is None:
            plan.skip("no_catalog_model", key)
            continue
        plan.matched += 1
        built = _build_offer(key, entry, models[match[0]], prices, as_of=as_of)
        if isinstance(built, str):
            plan.skip(built, key)
            continue
        try:
            offer = ApiOffer.model_validate(built[1])
        except ValidationError:
            plan.skip("invalid_offer", key)
            continue
        rank = (match[1], int(parsed.dated), position)
        by_id.setdefault(offer.id, []).append(_Candidate(key, offer, rank))
    return by_id


def _plain(name: str, value: Any) -> Any:
    if name == "context_tiers":
        return [tier.model_dump() for tier in value]
    return value


def _changes(old: ApiOffer, new: ApiOffer) -> tuple[PriceChange, ...]:
    """Fields the import provides that differ from the existing offer."""
    out = []
    for name in COMPARED_FIELDS:
        value = getattr(new, name)
        if value is None or (name == "context_tiers" and not value):
            continue  # the table says nothing about it: keep the existing value
        if value != getattr(old, name):
            out.append(PriceChange(name, _plain(name, getattr(old, name)), _plain(name, value)))
    return tuple(out)


def _updated(old: ApiOffer, new: ApiOffer, changes: tuple[PriceChange, ...]) -> ApiOffer:
    update: dict[str, Any] = {c.field: getattr(new, c.field) for c in changes}
    notes = _IMPORT_NOTE.sub("", old.notes)
    update.update(source=new.source, as_of=new.as_of, notes=f"{notes} {new.notes}".strip())
    return ApiOffer.model_validate({**old.model_dump(), **update})


def plan_import(path: Path, *, catalogs: Catalogs, as_of: dt.date | None = None) -> ImportPlan:
    """Read a LiteLLM table and compare it with the merged catalogs (USD per million tokens)."""
    path = Path(path)
    table = read_litellm_table(path)
    if as_of is None:
        as_of = dt.date.fromtimestamp(path.stat().st_mtime)
    plan = ImportPlan(file=str(path))
    for offer_id, candidates in _candidates(table, catalogs.models, plan, as_of=as_of).items():
        best, *rest = sorted(candidates, key=lambda c: c.rank)
        for other in rest:
            plan.skip("duplicate", other.key)
        existing = catalogs.api_offers.get(offer_id)
        if existing is None:
            plan.added.append((best.key, best.offer))
            continue
        changes = _changes(existing, best.offer)
        if changes:
            plan.changed.append(
                OfferChange(best.key, existing, _updated(existing, best.offer, changes), changes)
            )
        else:
            plan.unchanged.append(offer_id)
    return plan
