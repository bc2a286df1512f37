"""GPU offers CSV import: rows become validated offers; any bad line aborts with its number."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from llm_tco.engine.catalog import load_catalogs
from llm_tco.engine.errors import ImportFileError
from llm_tco.engine.import_gpu_offers import REQUIRED_COLUMNS, read_gpu_offers_csv
from llm_tco.engine.overrides import OverrideStore

HEADER = [*REQUIRED_COLUMNS, "source"]


@pytest.fixture(scope="module")
def shipped():
    return load_catalogs(use_user_overrides=False)


def _row_from(offer, **changes) -> dict[str, str]:
    row = {
        "provider": offer.provider,
        "instance": offer.instance_type,
        "gpu": offer.gpu_id,
        "count": str(offer.gpu_count),
        "price_per_hour": str(offer.usd_per_hour),
        "plan": offer.plan.value,
        "region": offer.region,
        "date": offer.as_of.isoformat(),
        "source": str(offer.source),
    }
    row.update(changes)
    return row


def _write(path: Path, rows: list[dict[str, str]], header=HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_rows_become_offers_and_apply(tmp_path: Path, fresh_data_dir, shipped) -> None:
    base = next(o for o in shipped.gpu_offers.values() if o.gpu_count == 8)
    gpu = shipped.gpus[base.gpu_id]
    rows = [
        _row_from(base, provider="Internal cluster", instance="rack-7", gpu=gpu.name),
        _row_from(base, plan="On-Demand", region="", price_per_hour=str(base.usd_per_hour / 2)),
    ]
    result = read_gpu_offers_csv(_write(tmp_path / "o.csv", rows), catalogs=shipped)
    assert len(result.offers) == 2
    internal, second = result.offers
    assert internal.provider == "Internal cluster"
    assert internal.gpu_id == base.gpu_id  # matched by the GPU's name
    assert internal.usd_per_gpu_hour == pytest.approx(base.usd_per_hour / base.gpu_count)
    assert second.plan.value == "on_demand"
    assert second.region == "global"
    store = OverrideStore()
    assert result.apply(store=store, catalogs=shipped) == 2
    merged = load_catalogs()
    assert merged.gpu_offers[internal.id].usd_per_hour == base.usd_per_hour
    assert internal.id in merged.overridden["gpu_offers"]


def test_existing_offer_is_reported_as_replaced(tmp_path: Path, shipped) -> None:
    base = next(iter(shipped.gpu_offers.values()))
    # the CSV id rule (provider-instance-region-plan) may or may not equal the shipped id
    result = read_gpu_offers_csv(_write(tmp_path / "o.csv", [_row_from(base)]), catalogs=shipped)
    offer = result.offers[0]
    assert (offer.id in shipped.gpu_offers) == (offer.id in result.replaced)
    assert result.added == ([] if offer.id in shipped.gpu_offers else [offer.id])


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"gpu": "voodoo-5"}, "line 3: unknown GPU 'voodoo-5'"),
        ({"count": "eight"}, "line 3: count 'eight' is not a number"),
        ({"count": "2.5"}, "line 3: count '2.5' is not a whole number"),
        ({"price_per_hour": "-3"}, "line 3: usd_per_hour"),
        ({"plan": "monthly"}, "line 3: plan 'monthly' is not one of"),
        ({"date": "30/11/2026"}, "line 3: date '30/11/2026' is not an ISO date"),
        ({"source": "not a url"}, "line 3: source"),
    ],
)
def test_bad_line_reports_number_and_changes_nothing(
    tmp_path: Path, fresh_data_dir, shipped, changes: dict, message: str
) -> None:
    base = next(iter(shipped.gpu_offers.values()))
    good = _row_from(base, provider="Internal", instance="a")
    bad = _row_from(base, provider="Internal", instance="b", **changes)
    path = _write(tmp_path / "o.csv", [good, bad])
    with pytest.raises(ImportFileError, match=message):
        read_gpu_offers_csv(path, catalogs=shipped)
    assert not OverrideStore().path("gpu_offers").exists()


def test_missing_columns_and_empty_files(tmp_path: Path, shipped) -> None:
    base = next(iter(shipped.gpu_offers.values()))
    no_price = [c for c in HEADER if c != "price_per_hour"]
    path = _write(tmp_path / "a.csv", [_row_from(base)], header=no_price)
    with pytest.raises(ImportFileError, match=r"line 1: missing column.*price_per_hour"):
        read_gpu_offers_csv(path, catalogs=shipped)
    empty = tmp_path / "e.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ImportFileError, match="empty"):
        read_gpu_offers_csv(empty, catalogs=shipped)
    header_only = _write(tmp_path / "h.csv", [])
    with pytest.raises(ImportFileError, match="no data rows"):
        read_gpu_offers_csv(header_only, catalogs=shipped)
    binary = tmp_path / "b.csv"
    binary.write_bytes(b"\xff\xfe\x00p\x00r")
    with pytest.raises(ImportFileError, match="not UTF-8"):
        read_gpu_offers_csv(binary, catalogs=shipped)


def test_source_column_optional_with_default(tmp_path: Path, shipped) -> None:
    base = next(iter(shipped.gpu_offers.values()))
    header = list(REQUIRED_COLUMNS)
    path = _write(tmp_path / "n.csv", [_row_from(base, provider="X")], header=header)
    with pytest.raises(ImportFileError, match="no source URL"):
        read_gpu_offers_csv(path, catalogs=shipped)
    result = read_gpu_offers_csv(path, catalogs=shipped, default_source=str(base.source))
    assert str(result.offers[0].source) == str(base.source)


def test_duplicate_rows_are_refused(tmp_path: Path, shipped) -> None:
    base = next(iter(shipped.gpu_offers.values()))
    path = _write(tmp_path / "d.csv", [_row_from(base), _row_from(base)])
    with pytest.raises(ImportFileError, match="line 3: same offer as line 2"):
        read_gpu_offers_csv(path, catalogs=shipped)
