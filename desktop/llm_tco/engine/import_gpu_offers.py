"""Import GPU rental prices from a CSV file into the user's ``gpu_offers`` overrides.

Columns (header row, any order, case-insensitive): ``provider, instance, gpu, count,
price_per_hour, plan, region, date`` and optionally ``source`` (an http(s) URL; without the column
a default source must be given). ``price_per_hour`` is USD per hour for the **whole instance** of
``count`` GPUs; ``gpu`` is a catalog GPU id or name (``H100 SXM 80GB`` -> ``h100-sxm``); ``plan``
one of on_demand, reserved_1y, reserved_3y, spot, serverless; ``date`` the ISO date the price was
read. Every problem is reported with its line number and nothing is written unless all rows pass.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from llm_tco.engine.calibration import normalise_gpu_id
from llm_tco.engine.catalog import Catalogs, format_validation_error
from llm_tco.engine.catalog_schema import GpuOffer, GpuPlan
from llm_tco.engine.errors import ImportFileError
from llm_tco.engine.overrides import OverrideStore
from llm_tco.engine.safe_json import read_file_capped

MAX_CSV_BYTES = 5_000_000
MAX_REPORTED_ERRORS = 20
REQUIRED_COLUMNS: tuple[str, ...] = (
    "provider",
    "instance",
    "gpu",
    "count",
    "price_per_hour",
    "plan",
    "region",
    "date",
)
_PLAN_ALIASES = {
    "ondemand": "on_demand",
    "on-demand": "on_demand",
    "on demand": "on_demand",
    "1y": "reserved_1y",
    "reserved-1y": "reserved_1y",
    "3y": "reserved_3y",
    "reserved-3y": "reserved_3y",
    "preemptible": "spot",
}


@dataclass
class GpuOfferImport:
    """Validated offers from a CSV file; nothing is written until :meth:`apply`."""

    file: str
    offers: list[GpuOffer] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # ids that already exist in the catalogs

    @property
    def added(self) -> list[str]:
        """Ids of offers that are new to the catalogs."""
        return [o.id for o in self.offers if o.id not in self.replaced]

    def apply(self, *, store: OverrideStore, catalogs: Catalogs) -> int:
        """Write every offer as a user override in one atomic write; returns how many."""
        if self.offers:
            store.put_many("gpu_offers", self.offers, catalogs=catalogs)
        return len(self.offers)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9.]+", "-", text.strip().lower()).strip("-.")


def _read_rows(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    try:
        data = read_file_capped(path, max_bytes=MAX_CSV_BYTES)
    except OSError as exc:
        raise ImportFileError(f"Cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_CSV_BYTES:
        raise ImportFileError(f"{path}: larger than the {MAX_CSV_BYTES:,} byte limit")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        lines = list(reader)
    except csv.Error as exc:
        raise ImportFileError(f"{path} line {reader.line_num}: {exc}") from None
    if not lines:
        raise ImportFileError(f"{path}: the file is empty; expected a header row")
    header = [h.strip().lower().replace(" ", "_") for h in lines[0]]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ImportFileError(
            f"{path} line 1: missing column(s) {', '.join(missing)}; "
            f"expected {', '.join(REQUIRED_COLUMNS)}[, source]"
        )
    rows = []
    for number, values in enumerate(lines[1:], start=2):
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            rows.append((number, {"__error__": f"{len(values)} fields, header has {len(header)}"}))
            continue
        rows.append((number, dict(zip(header, (v.strip() for v in values), strict=True))))
    return header, rows


def _gpu_id(text: str, catalogs: Catalogs) -> str:
    if text in catalogs.gpus:
        return text
    by_name = {g.name.lower(): g.id for g in catalogs.gpus.values()}
    if text.lower() in by_name:
        return by_name[text.lower()]
    guess = normalise_gpu_id(text)
    if guess in catalogs.gpus:
        return guess
    raise ValueError(f"unknown GPU {text!r}; known ids: {', '.join(sorted(catalogs.gpus))}")


def _plan(text: str) -> str:
    value = _PLAN_ALIASES.get(text.strip().lower(), text.strip().lower())
    if value not in {p.value for p in GpuPlan}:
        raise ValueError(f"plan {text!r} is not one of {', '.join(p.value for p in GpuPlan)}")
    return value


def _number(record: dict[str, str], name: str) -> float:
    try:
        return float(record[name])
    except ValueError:
        raise ValueError(f"{name} {record[name]!r} is not a number") from None


def _raw_offer(
    record: dict[str, str], catalogs: Catalogs, default_source: str | None
) -> dict[str, Any]:
    count = _number(record, "count")
    if count != int(count):
        raise ValueError(f"count {record['count']!r} is not a whole number")
    try:
        date = dt.date.fromisoformat(record["date"])
    except ValueError:
        raise ValueError(f"date {record['date']!r} is not an ISO date (YYYY-MM-DD)") from None
    source = record.get("source") or default_source
    if not source:
        raise ValueError("no source URL: add a 'source' column or give a default source")
    plan = _plan(record["plan"])
    region = record["region"] or "global"
    offer_id = "-".join(
        [*(_slug(p) for p in (record["provider"], record["instance"], region)), plan]
    )
    return {
        "id": offer_id,
        "provider": record["provider"],
        "instance_type": record["instance"],
        "gpu_id": _gpu_id(record["gpu"], catalogs),
        "gpu_count": int(count),
        "plan": plan,
        "usd_per_hour": _number(record, "price_per_hour"),
        "region": region,
        "source": source,
        "as_of": date.isoformat(),
        "interruptible": plan == "spot",
        "notes": "Imported from a GPU offers CSV.",
    }


def _parse(record: dict[str, str], catalogs: Catalogs, source: str | None) -> GpuOffer:
    if "__error__" in record:
        raise ValueError(record["__error__"])
    raw = _raw_offer(record, catalogs, source)
    try:
        return GpuOffer.model_validate(raw)
    except ValidationError as exc:
        raise ValueError(format_validation_error(exc)) from None


def read_gpu_offers_csv(
    path: Path, *, catalogs: Catalogs, default_source: str | None = None
) -> GpuOfferImport:
    """Parse and validate every row (USD per instance-hour); ImportFileError lists bad lines."""
    path = Path(path)
    _, rows = _read_rows(path)
    result = GpuOfferImport(file=str(path))
    errors: list[str] = []
    seen: dict[str, int] = {}
    for number, record in rows:
        try:
            offer = _parse(record, catalogs, default_source)
        except ValueError as exc:
            errors.append(f"line {number}: {exc}")
            continue
        if offer.id in seen:
            errors.append(f"line {number}: same offer as line {seen[offer.id]} ({offer.id})")
            continue
        seen[offer.id] = number
        result.offers.append(offer)
        if offer.id in catalogs.gpu_offers:
            result.replaced.append(offer.id)
    if not rows:
        errors.append("line 2: no data rows after the header")
    if errors:
        shown = errors[:MAX_REPORTED_ERRORS]
        more = f"\n... and {len(errors) - len(shown)} more" if len(errors) > len(shown) else ""
        raise ImportFileError(
            f"{path}: {len(errors)} problem(s), nothing imported:\n" + "\n".join(shown) + more
        )
    return result
