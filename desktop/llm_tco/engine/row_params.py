"""Build the driver-independent per-row numbers (``RowParams``) from the enumeration."""

from __future__ import annotations

import numpy as np

from llm_tco.engine.api_costs import ApiPrices
from llm_tco.engine.candidates import Enumeration, row_kind
from llm_tco.engine.costing import RowParams
from llm_tco.engine.owned_costs import energy_usd_per_gpu_hour
from llm_tco.engine.project_model import Project
from llm_tco.engine.results import PLANS, FloatArray
from llm_tco.engine.staff_tuning import (
    ops_fte,
    people_usd_per_event,
    rag_usd,
    training_gpu_hours,
    tuning_events,
)
from llm_tco.engine.workload import LoadModel

_BUY = PLANS.index("buy")


def _gather(values: FloatArray, index: np.ndarray, default: float = 0.0) -> FloatArray:
    out = np.full(index.shape, default, dtype=np.float64)
    ok = index >= 0
    out[ok] = values[index[ok]]
    return out


def _gpu_columns(enum: Enumeration, project: Project) -> dict[str, FloatArray]:
    ent, t = enum.entities, enum.table
    offers = ent.gpu_offers
    g_count = np.array([o.gpu_count for o in offers], dtype=np.float64)
    g_price = np.array([o.usd_per_gpu_hour for o in offers], dtype=np.float64)
    g_cold = np.array([o.cold_start_s for o in offers], dtype=np.float64)
    server = np.array([g.server_price_usd_per_gpu or 0.0 for g in ent.gpus])
    list_price = np.array([g.purchase_price_usd or np.nan for g in ent.gpus])
    owned = project.hardware.owned
    own_price = np.array([o.purchase_price_usd_per_gpu or np.nan for o in owned] or [np.nan])
    own_paid = np.array([0.0 if o.already_paid else 1.0 for o in owned] or [0.0])
    gpu = np.maximum(t.gpu, 0)
    price = list_price[gpu]
    k = np.maximum(enum.owned_entry, 0)
    price = np.where(
        enum.owned_entry >= 0, np.where(np.isnan(own_price[k]), price, own_price[k]), price
    )
    buy = t.plan == _BUY
    for o in owned:  # a price the user gave for owned GPUs also prices buying more of them
        gi = next((i for i, g in enumerate(ent.gpus) if g.id == o.gpu_id), None)
        if gi is not None and o.purchase_price_usd_per_gpu is not None:
            price = np.where(
                buy & (t.gpu == gi) & np.isnan(list_price[gi]), o.purchase_price_usd_per_gpu, price
            )
    return {
        "per_instance": _gather(g_count, enum.gpu_offer, 1.0),
        "usd_per_gpu_hour": _gather(g_price, enum.gpu_offer),
        "cold_start_s": _gather(g_cold, enum.gpu_offer),
        "capital_per_gpu": np.nan_to_num(price) + server[gpu],
        "amortise": np.where(buy, 1.0, np.where(enum.owned_entry >= 0, own_paid[k], 0.0)),
        "tdp_w": np.array([g.tdp_w for g in ent.gpus])[gpu],
    }


def build_row_params(
    enum: Enumeration, prices: ApiPrices, *, project: Project, load: LoadModel
) -> RowParams:
    """Per-row prices, capacities and staff numbers for ``compute_costs``."""
    t, perf, cfg = enum.table, enum.configs.perf, enum.config
    kind = row_kind(t.route, t.scaling)
    cols = _gpu_columns(enum, project)
    params_b = np.array([m.params_active_b or 0.0 for m in enum.entities.models])[t.model]
    bf16 = np.array([g.bf16_tflops for g in enum.entities.gpus])[np.maximum(t.gpu, 0)]
    hw, staff = project.hardware, project.staff
    with np.errstate(over="ignore", invalid="ignore"):
        req_s = perf.ttft_s + load.output_tokens_per_request * perf.tpot_s
    group = (np.maximum(cfg, 0) * 4 + np.minimum(kind, 4)) * 1024 + cols["per_instance"].astype(
        np.int64
    )
    return RowParams(
        group=np.where(cfg >= 0, group, -1 - np.arange(cfg.size)),
        kind=kind,
        plan=t.plan,
        p_in=_gather(prices.p_in, enum.api_offer),
        p_cached=_gather(prices.p_cached, enum.api_offer),
        p_write=_gather(prices.p_write_premium, enum.api_offer),
        p_out=_gather(prices.p_out, enum.api_offer),
        fee_month=_gather(prices.fee_usd_per_month, enum.api_offer),
        vendor_training=_gather(prices.training_usd_per_event, enum.api_offer),
        cap_tps=_gather(perf.output_tokens_per_s, cfg),
        request_s=np.nan_to_num(_gather(req_s, cfg), posinf=0.0),
        tp=np.maximum(t.gpus_per_replica, 1).astype(np.float64),
        train_gpu_hours=np.where(
            t.gpu >= 0,
            training_gpu_hours(params_b=params_b, bf16_tflops=bf16, project=project),
            0.0,
        ),
        train_energy_per_gpu_hour=energy_usd_per_gpu_hour(tdp_w=cols["tdp_w"], hardware=hw),
        fte=ops_fte(t.route, project=project),
        people_per_event=people_usd_per_event(project=project),
        rag_per_event=rag_usd(project=project)[0],
        rag_per_month=rag_usd(project=project)[1],
        events=tuning_events(project=project),
        load=load,
        hardware=hw,
        fte_usd_per_month=staff.fte_cost_usd_per_year / 12.0,
        discount_rate=project.info.discount_rate_per_year,
        **cols,
    )
