"""Enumerate every deployment candidate the catalogs allow, as parallel arrays (one row each).

Self-hosted configurations (model x precision x GPU x GPUs per replica x framework) are evaluated
once
by the performance model; configurations that run are then crossed with every way of paying for the
GPUs (rented offers by plan and scaling, owned, to buy). A configuration that does not fit or misses
the latency target keeps one representative row so that its exclusion is reported with its reason.
Rented offers for the same GPU are reduced to the cheapest per-GPU price per provider, plan and
region among instances whose GPU count is a multiple of the replica's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from llm_tco.engine.catalog import Catalogs
from llm_tco.engine.catalog_schema import ApiOffer, Gpu, GpuOffer, GpuPlan, Model
from llm_tco.engine.memo import RecentResults
from llm_tco.engine.perf_adapter import ConfigSpec, PerfTable, evaluate_configs
from llm_tco.engine.project_model import Project
from llm_tco.engine.results import PLANS, PRECISIONS, ROUTES, CandidateTable, IntArray
from llm_tco.engine.workload import LoadModel

TP_SIZES = (1, 2, 4, 8)
_PLAN_CODE = {p: PLANS.index(p) for p in PLANS}
_ROUTE_CODE = {r: i for i, r in enumerate(ROUTES)}
RENTED, OWNED = _ROUTE_CODE["self_hosted_rented"], _ROUTE_CODE["self_hosted_owned"]


@dataclass(frozen=True)
class Configs:
    """Self-hosted configurations and their performance (one row per configuration)."""

    model: IntArray
    gpu: IntArray
    tp: IntArray
    precision: IntArray
    framework: IntArray
    perf: PerfTable


@dataclass(frozen=True)
class Entities:
    """The catalog entries the rows point into (order = the table's index tuples)."""

    models: tuple[Model, ...]
    gpus: tuple[Gpu, ...]
    api_offers: tuple[ApiOffer, ...]
    gpu_offers: tuple[GpuOffer, ...]


@dataclass(frozen=True)
class Enumeration:
    """Candidates as arrays plus the entities and configurations they index."""

    table: CandidateTable
    entities: Entities
    configs: Configs
    config: IntArray  # row -> configuration, -1 for API rows
    api_offer: IntArray  # row -> entities.api_offers index, -1
    gpu_offer: IntArray  # row -> entities.gpu_offers index, -1
    owned_entry: IntArray  # row -> project.hardware.owned index, -1


def _precisions_for(gpu: Gpu) -> tuple[tuple[str, str], ...]:
    if gpu.fp8_tflops is not None:
        return (("bf16", "bf16"), ("fp8", "fp8"), ("int4", "fp8"))
    return (("bf16", "bf16"), ("int8", "bf16"), ("int4", "bf16"))


def _runnable(model: Model) -> bool:
    return model.open_weights and model.params_total_b is not None and model.layers is not None


def enumerate_configs(
    models: Sequence[Model],
    gpus: Sequence[Gpu],
    frameworks: Sequence[str],
    load: LoadModel,
    *,
    cache_token: tuple[object, ...] | None = None,
) -> Configs:
    """Every model x GPU x precision x tensor-parallel size x framework, evaluated."""
    arr, spec = _config_grid(models, gpus, frameworks, cache_token=cache_token)
    perf = evaluate_configs(
        spec,
        cache_token=cache_token,
        input_tokens=load.input_tokens_per_request,
        output_tokens=load.output_tokens_per_request,
        tpot_target_s=load.tpot_target_s,
        ttft_target_s=load.ttft_target_s,
    )
    return Configs(arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3], arr[:, 4], perf)


_GRIDS: RecentResults[tuple[IntArray, ConfigSpec]] = RecentResults(4)


def _config_grid(
    models: Sequence[Model],
    gpus: Sequence[Gpu],
    frameworks: Sequence[str],
    *,
    cache_token: tuple[object, ...] | None,
) -> tuple[IntArray, ConfigSpec]:
    """The configuration grid (model, GPU, TP, precision, framework codes) and its spec.

    It depends on the catalogs and frameworks only (``cache_token`` names them): a what-if edit
    of the request shape re-evaluates the performance of the same grid without rebuilding it.
    """
    if cache_token is None:
        return _build_config_grid(models, gpus, frameworks)
    hit = _GRIDS.get(cache_token)
    if hit is not None:
        return hit
    return _GRIDS.put(cache_token, _build_config_grid(models, gpus, frameworks))


def _build_config_grid(
    models: Sequence[Model], gpus: Sequence[Gpu], frameworks: Sequence[str]
) -> tuple[IntArray, ConfigSpec]:
    cols: list[tuple[int, int, int, int, int]] = []
    for mi, model in enumerate(models):
        if not _runnable(model):
            continue
        for gi, gpu in enumerate(gpus):
            for wp, _kv in _precisions_for(gpu):
                for tp in TP_SIZES:
                    if tp <= gpu.max_gpus_per_node:
                        for fi in range(len(frameworks)):
                            cols.append((mi, gi, tp, PRECISIONS.index(wp), fi))
    arr = np.array(cols, dtype=np.int64).reshape(-1, 5)
    spec = ConfigSpec(
        models=[models[i] for i in arr[:, 0]],
        gpus=[gpus[i] for i in arr[:, 1]],
        tp=arr[:, 2].tolist(),
        weight_precision=[PRECISIONS[i] for i in arr[:, 3]],
        kv_precision=[_precisions_for(gpus[g])[_wp_index(p)][1] for g, p in arr[:, [1, 3]]],
        framework=[frameworks[i] for i in arr[:, 4]],
    )
    return arr, spec


def _wp_index(precision_code: int) -> int:
    name = PRECISIONS[int(precision_code)]
    return {"bf16": 0, "fp8": 1, "int8": 1, "int4": 2}[name]


def _macro(region: str) -> str:
    from llm_tco.engine.constraints import macro_region

    return macro_region(region)


def _rented_options(offers: Sequence[GpuOffer], gpu_id: str, tp: int) -> list[int]:
    """Indices of the cheapest offer per (provider, plan, macro region) usable at this tp."""
    best: dict[tuple[str, str, str], int] = {}
    for oi, offer in enumerate(offers):
        if offer.gpu_id != gpu_id or offer.gpu_count < tp or offer.gpu_count % tp:
            continue
        key = (offer.provider, offer.plan.value, _macro(offer.region))
        cur = best.get(key)
        if cur is None or offer.usd_per_gpu_hour < offers[cur].usd_per_gpu_hour:
            best[key] = oi
    return sorted(best.values())


def _scalings(plan: GpuPlan) -> tuple[int, ...]:
    if plan is GpuPlan.SERVERLESS:
        return (3,)
    if plan in (GpuPlan.ON_DEMAND, GpuPlan.SPOT):
        return (1, 2)
    return (1,)


@dataclass
class _Options:
    """Ways to pay for one (GPU, tp) group: parallel lists."""

    route: list[int]
    plan: list[int]
    scaling: list[int]
    gpu_offer: list[int]
    owned: list[int]
    offer_slot: list[int]
    provider: list[str]
    region: list[str]

    def add(self, *values: object) -> None:
        for name, value in zip(self.__dataclass_fields__, values, strict=True):
            getattr(self, name).append(value)


def _group_options(
    ent: Entities, project: Project, gpu_index: int, tp: int, slots: tuple[int, int, int]
) -> _Options:
    n_api, n_gpu, n_owned = slots
    gpu = ent.gpus[gpu_index]
    opts = _Options([], [], [], [], [], [], [], [])
    for oi in _rented_options(ent.gpu_offers, gpu.id, tp):
        offer = ent.gpu_offers[oi]
        for sc in _scalings(offer.plan):
            opts.add(
                RENTED,
                _PLAN_CODE[offer.plan.value],
                sc,
                oi,
                -1,
                n_api + oi,
                offer.provider,
                offer.region,
            )
    owned_price = None
    for k, owned in enumerate(project.hardware.owned):
        if owned.gpu_id == gpu.id and owned.count >= tp:
            opts.add(OWNED, _PLAN_CODE["owned"], 1, -1, k, n_api + n_gpu + k, "", "on_premises")
            owned_price = owned_price or owned.purchase_price_usd_per_gpu
    if gpu.purchase_price_usd is not None or owned_price is not None:
        opts.add(
            OWNED,
            _PLAN_CODE["buy"],
            1,
            -1,
            -1,
            n_api + n_gpu + n_owned + gpu_index,
            "",
            "on_premises",
        )
    return opts


def _api_rows(ent: Entities, model_index: dict[str, int]) -> dict[str, list[object]]:
    rows: dict[str, list[object]] = {
        k: [] for k in ("route", "model", "provider", "region", "offer")
    }
    for oi, offer in enumerate(ent.api_offers):
        rows["route"].append(_ROUTE_CODE[offer.route.value])
        rows["model"].append(model_index[offer.model_id])
        rows["provider"].append(offer.provider)
        rows["region"].append(offer.regions[0] if offer.regions else "global")
        rows["offer"].append(oi)
    return rows


_CACHE: RecentResults[Enumeration] = RecentResults(8)


def enumerate_candidates(project: Project, catalogs: Catalogs, load: LoadModel) -> Enumeration:
    """All candidates for this project (feasible or not), with their performance (memoised).

    The enumeration depends only on the catalogs, the frameworks, the owned hardware and the
    request shape (tokens, latency targets), so a what-if edit of volume or prices reuses it.
    """
    token = (
        catalogs.models,
        catalogs.gpus,
        catalogs.gpu_offers,
        catalogs.api_offers,
        tuple(project.scenario.frameworks),
        project.scenario.include_historical_prices,
        tuple(o.model_dump_json() for o in project.hardware.owned),
        load.input_tokens_per_request,
        load.output_tokens_per_request,
        load.tpot_target_s,
        load.ttft_target_s,
    )
    hit = _CACHE.get(token)
    return hit if hit is not None else _CACHE.put(token, _enumerate(project, catalogs, load))


def _enumerate(project: Project, catalogs: Catalogs, load: LoadModel) -> Enumeration:
    include_hist = project.scenario.include_historical_prices
    models = tuple(catalogs.models.values())
    gpus = tuple(catalogs.gpus.values())
    model_index = {m.id: i for i, m in enumerate(models)}
    api = tuple(
        o
        for o in catalogs.api_offers.values()
        if o.model_id in model_index and (include_hist or o.status == "current")
    )
    ent = Entities(models, gpus, api, tuple(catalogs.gpu_offers.values()))
    frameworks = tuple(project.scenario.frameworks)
    token = (catalogs.models, catalogs.gpus, frameworks)
    configs = enumerate_configs(models, gpus, frameworks, load, cache_token=token)
    slots = (len(ent.api_offers), len(ent.gpu_offers), len(project.hardware.owned))
    serving = configs.perf.fits & configs.perf.meets_latency
    parts: list[dict[str, IntArray]] = []
    provider_names: list[str] = []
    region_names: list[str] = []
    code = configs.gpu.astype(np.int64) * 4096 + configs.tp  # one (gpu, tp) group per code
    order = np.argsort(code, kind="stable")  # rows of a group stay in ascending order
    codes, starts = np.unique(code[order], return_index=True)
    bounds = np.append(starts, len(order)).tolist()
    options = _options_by_group(catalogs, ent, project, codes.tolist(), slots)
    for k, opts in enumerate(options):
        if not opts.route:
            continue
        members = order[bounds[k] : bounds[k + 1]]
        ok, bad = members[serving[members]], members[~serving[members]]
        n_opt = len(opts.route)
        cfg = np.concatenate([np.repeat(ok, n_opt), bad])
        opt = np.concatenate([np.tile(np.arange(n_opt), len(ok)), np.zeros(len(bad), np.int64)])
        p_codes = _intern(opts.provider, provider_names)
        r_codes = _intern(opts.region, region_names)
        parts.append(
            {
                "config": cfg,
                "route": np.asarray(opts.route)[opt],
                "plan": np.asarray(opts.plan)[opt],
                "scaling": np.asarray(opts.scaling)[opt],
                "gpu_offer": np.asarray(opts.gpu_offer)[opt],
                "owned": np.asarray(opts.owned)[opt],
                "offer": np.asarray(opts.offer_slot)[opt],
                "provider": p_codes[opt],
                "region": r_codes[opt],
            }
        )
    api_rows = _api_rows(ent, model_index)
    return _assemble(project, ent, configs, parts, api_rows, provider_names, region_names)


_OPTIONS: RecentResults[list[_Options]] = RecentResults(4)


def _options_by_group(
    catalogs: Catalogs,
    ent: Entities,
    project: Project,
    codes: list[int],
    slots: tuple[int, int, int],
) -> list[_Options]:
    """Ways to pay for each (gpu * 4096 + tp) group; remembered for the same offers and owned
    hardware, so an edit of the request shape (tokens, latency) does not list them again."""
    owned = tuple(o.model_dump_json() for o in project.hardware.owned)
    token = (catalogs.gpus, catalogs.gpu_offers, owned, slots, tuple(codes))
    hit = _OPTIONS.get(token)
    if hit is not None:
        return hit
    found = [_group_options(ent, project, c // 4096, c % 4096, slots) for c in codes]
    return _OPTIONS.put(token, found)


def _intern(values: Sequence[str], names: list[str]) -> IntArray:
    codes = []
    for v in values:
        if v not in names:
            names.append(v)
        codes.append(names.index(v))
    return np.asarray(codes, dtype=np.int64)


def _cat(parts: list[dict[str, IntArray]], key: str) -> IntArray:
    if not parts:
        return np.zeros(0, dtype=np.int64)
    return np.concatenate([p[key] for p in parts]).astype(np.int64)


def _assemble(
    project: Project,
    ent: Entities,
    configs: Configs,
    parts: list[dict[str, IntArray]],
    api_rows: dict[str, list[object]],
    provider_names: list[str],
    region_names: list[str],
) -> Enumeration:
    n_api = len(api_rows["route"])
    api_p = _intern([str(p) for p in api_rows["provider"]], provider_names)
    api_r = _intern([str(r) for r in api_rows["region"]], region_names)
    cfg = _cat(parts, "config")
    neg = np.full(n_api, -1, dtype=np.int64)
    zero = np.zeros(n_api, dtype=np.int64)

    def col(api_values: IntArray, key: str) -> IntArray:
        return np.concatenate([api_values, _cat(parts, key)]).astype(np.int64)

    def cfg_col(values: IntArray) -> IntArray:
        return np.concatenate([neg if values is not configs.precision else zero, values[cfg]])

    owned_ids = tuple(f"owned:{o.gpu_id}#{k}" for k, o in enumerate(project.hardware.owned))
    table = CandidateTable(
        route=col(np.asarray(api_rows["route"], dtype=np.int64), "route"),
        plan=col(zero, "plan"),
        scaling=col(zero, "scaling"),
        model=np.concatenate([np.asarray(api_rows["model"], np.int64), configs.model[cfg]]),
        provider=col(api_p, "provider"),
        gpu=cfg_col(configs.gpu),
        gpus_per_replica=np.concatenate([zero, configs.tp[cfg]]),
        precision=cfg_col(configs.precision),
        framework=cfg_col(configs.framework),
        offer=col(np.arange(n_api, dtype=np.int64), "offer"),
        region=col(api_r, "region"),
        model_ids=tuple(m.id for m in ent.models),
        model_names=tuple(m.name for m in ent.models),
        providers=tuple(provider_names),
        gpu_ids=tuple(g.id for g in ent.gpus),
        frameworks=tuple(project.scenario.frameworks),
        offer_ids=tuple(o.id for o in ent.api_offers)
        + tuple(o.id for o in ent.gpu_offers)
        + owned_ids
        + tuple(f"buy:{g.id}" for g in ent.gpus),
        regions=tuple(region_names),
    )
    order = np.argsort(row_kind(table.route, table.scaling), kind="stable")
    arrays: dict[str, Any] = {}
    for name in table.__dataclass_fields__:
        value = getattr(table, name)
        if isinstance(value, np.ndarray):
            arrays[name] = value[order]
            arrays[name].setflags(write=False)
    table = replace(table, **arrays)
    return Enumeration(
        table=table,
        entities=ent,
        configs=configs,
        config=np.concatenate([neg, cfg])[order],
        api_offer=np.concatenate(
            [np.arange(n_api, dtype=np.int64), np.full(cfg.size, -1, dtype=np.int64)]
        )[order],
        gpu_offer=np.concatenate([neg, _cat(parts, "gpu_offer")])[order],
        owned_entry=np.concatenate([neg, _cat(parts, "owned")])[order],
    )


def row_kind(route: IntArray, scaling: IntArray) -> IntArray:
    """0 API, 1 rented always-on, 2 rented autoscaled, 3 serverless, 4 owned (rows sort by it)."""
    kind = np.where(route == OWNED, 4, np.where(route == RENTED, scaling, 0))
    return np.asarray(kind, dtype=np.int64)
