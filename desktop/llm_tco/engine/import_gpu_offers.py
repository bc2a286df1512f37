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
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from llm_tco.engine.calibration import normalise_gpu_id
from llm_tco.engine.catalog import Catalogs, validation_message
from llm_tco.engine.catalog_schema import GpuOffer, GpuPlan
from llm_tco.engine.errors import ImportFileError
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, Number, Text, msg
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


# The problems of a file are one line each; the layout is not translated.
_NEXT_LINE = "{first}\n{rest}"


class _RowProblem(ValueError):
    """Internal: what is wrong with one data row (a translatable message)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9.]+", "-", text.strip().lower()).strip("-.")


def _read_rows(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str] | Message]]]:
    try:
        data = read_file_capped(path, max_bytes=MAX_CSV_BYTES)
    except OSError as exc:
        template = QT_TRANSLATE_NOOP("EngineText", "Cannot read {path}: {problem}")
        problem = exc.strerror or str(exc)  # the operating system's words
        raise ImportFileError(msg(template, path=str(path), problem=problem)) from None
    if len(data) > MAX_CSV_BYTES:
        template = QT_TRANSLATE_NOOP("EngineText", "{path}: larger than the {limit} byte limit")
        limit = Number(MAX_CSV_BYTES, grouped=True)
        raise ImportFileError(msg(template, path=str(path), limit=limit))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        template = QT_TRANSLATE_NOOP(
            "EngineText", "{path}: not UTF-8 text (bad byte at offset {offset})"
        )
        raise ImportFileError(msg(template, path=str(path), offset=Number(exc.start))) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        lines = list(reader)
    except csv.Error as exc:  # Python's csv module's words stay English
        template = QT_TRANSLATE_NOOP("EngineText", "{path} line {line}: {problem}")
        line = Number(reader.line_num)
        raise ImportFileError(msg(template, path=str(path), line=line, problem=str(exc))) from None
    if not lines:
        template = QT_TRANSLATE_NOOP(
            "EngineText", "{path}: the file is empty; expected a header row"
        )
        raise ImportFileError(msg(template, path=str(path)))
    header = [h.strip().lower().replace(" ", "_") for h in lines[0]]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        template = QT_TRANSLATE_NOOP(
            "EngineText",
            "{path} line 1: missing column(s) {missing}; expected {expected}[, source]",
        )
        raise ImportFileError(
            msg(
                template,
                path=str(path),
                missing=", ".join(missing),
                expected=", ".join(REQUIRED_COLUMNS),
            )
        )
    rows: list[tuple[int, dict[str, str] | Message]] = []
    for number, values in enumerate(lines[1:], start=2):
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            template = QT_TRANSLATE_NOOP("EngineText", "{count} fields, header has {header}")
            rows.append(
                (number, msg(template, count=Number(len(values)), header=Number(len(header))))
            )
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
    template = QT_TRANSLATE_NOOP("EngineText", "unknown GPU {gpu}; known ids: {known}")
    raise _RowProblem(msg(template, gpu=repr(text), known=", ".join(sorted(catalogs.gpus))))


def _plan(text: str) -> str:
    value = _PLAN_ALIASES.get(text.strip().lower(), text.strip().lower())
    if value not in {p.value for p in GpuPlan}:
        template = QT_TRANSLATE_NOOP("EngineText", "plan {plan} is not one of {plans}")
        plans = ", ".join(p.value for p in GpuPlan)
        raise _RowProblem(msg(template, plan=repr(text), plans=plans))
    return value


def _number(record: dict[str, str], name: str) -> float:
    try:
        return float(record[name])
    except ValueError:
        template = QT_TRANSLATE_NOOP("EngineText", "{column} {value} is not a number")
        raise _RowProblem(msg(template, column=name, value=repr(record[name]))) from None


def _raw_offer(
    record: dict[str, str], catalogs: Catalogs, default_source: str | None
) -> dict[str, Any]:
    count = _number(record, "count")
    if not math.isfinite(count) or count != int(count):
        template = QT_TRANSLATE_NOOP("EngineText", "count {value} is not a whole number")
        raise _RowProblem(msg(template, value=repr(record["count"])))
    try:
        date = dt.date.fromisoformat(record["date"])
    except ValueError:
        template = QT_TRANSLATE_NOOP("EngineText", "date {value} is not an ISO date (YYYY-MM-DD)")
        raise _RowProblem(msg(template, value=repr(record["date"]))) from None
    source = record.get("source") or default_source
    if not source:
        template = QT_TRANSLATE_NOOP(
            "EngineText", "no source URL: add a {column} column or give a default source"
        )
        raise _RowProblem(msg(template, column="'source'"))
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


def _parse(record: dict[str, str] | Message, catalogs: Catalogs, source: str | None) -> GpuOffer:
    if isinstance(record, Message):
        raise _RowProblem(record)
    raw = _raw_offer(record, catalogs, source)
    try:
        return GpuOffer.model_validate(raw)
    except ValidationError as exc:
        raise _RowProblem(validation_message(exc)) from None


def _line(number: int, problem: Message | Text) -> Message:
    return msg(QT_TRANSLATE_NOOP("EngineText", "line {line}: {problem}"), line=Number(number),
               problem=problem)  # fmt: skip


def _lines(parts: list[Message]) -> Message:
    joined = parts[-1]
    for part in reversed(parts[:-1]):
        joined = msg(_NEXT_LINE, first=part, rest=joined)
    return joined


def read_gpu_offers_csv(
    path: Path, *, catalogs: Catalogs, default_source: str | None = None
) -> GpuOfferImport:
    """Parse and validate every row (USD per instance-hour); ImportFileError lists bad lines."""
    path = Path(path)
    _, rows = _read_rows(path)
    result = GpuOfferImport(file=str(path))
    errors: list[Message] = []
    seen: dict[str, int] = {}
    for number, record in rows:
        try:
            offer = _parse(record, catalogs, default_source)
        except _RowProblem as exc:
            errors.append(_line(number, exc.message))
            continue
        except ValueError as exc:  # anything else Python says about a value stays English
            errors.append(_line(number, Text(str(exc))))
            continue
        if offer.id in seen:
            template = QT_TRANSLATE_NOOP("EngineText", "same offer as line {first} ({id})")
            same = msg(template, first=Number(seen[offer.id]), id=offer.id)
            errors.append(_line(number, same))
            continue
        seen[offer.id] = number
        result.offers.append(offer)
        if offer.id in catalogs.gpu_offers:
            result.replaced.append(offer.id)
    if not rows:
        no_rows = Message(QT_TRANSLATE_NOOP("EngineText", "no data rows after the header"))
        errors.append(_line(2, no_rows))
    if errors:
        shown = errors[:MAX_REPORTED_ERRORS]
        if len(errors) > len(shown):
            more = QT_TRANSLATE_NOOP("EngineText", "... and {count} more")
            shown.append(msg(more, count=Number(len(errors) - len(shown))))
        template = QT_TRANSLATE_NOOP(
            "EngineText", "{path}: {count} problem(s), nothing imported:\n{lines}"
        )
        count = Number(len(errors))
        raise ImportFileError(msg(template, path=str(path), count=count, lines=_lines(shown)))
    return result
