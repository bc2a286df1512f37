"""Translated labels and locale-aware number formatting for the results view."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from llm_tco import i18n


def route_label(route: str) -> str:
    """Human name of a deployment route code."""
    labels = {
        "closed_api": QCoreApplication.translate("Results", "Closed API"),
        "cloud_tenancy": QCoreApplication.translate("Results", "Closed model in own cloud"),
        "hosted_open": QCoreApplication.translate("Results", "Hosted open weights"),
        "self_hosted_rented": QCoreApplication.translate("Results", "Self-hosted, rented GPUs"),
        "self_hosted_owned": QCoreApplication.translate("Results", "Self-hosted, owned GPUs"),
    }
    return labels.get(route, route.replace("_", " "))


def money(
    value: float | None, currency: str, *, decimals: int | None = None, language: str | None = None
) -> str:
    """Money already in the display currency, as the report writes it: '$12,345', '¥8,888.00'.

    ``llm_tco.i18n.format_amount`` in ``language`` (default: the language the application shows),
    so the results view, the wizard and the report print one amount alike. ``decimals`` None: none
    from 1,000 up, the currency's cents below, two significant digits below one unit.
    """
    if value is None or not math.isfinite(value):
        return i18n.DASH
    return i18n.format_amount_or_code(
        float(value), currency=currency, language=language, decimals=decimals
    )


def number(value: float | None, *, decimals: int = 0) -> str:
    """A plain number with grouping in the language shown ('1,234.5'), or a dash."""
    return i18n.format_number(value, decimals=decimals)


def percent(share: float | None, *, decimals: int = 0) -> str:
    """A 0..1 share as a percentage ('42%', CLDR: no space in en and zh_CN), or a dash."""
    return i18n.format_percent(share, decimals=decimals)


def component_label(key: str) -> str:
    """Translated name of an engine cost component."""
    labels = {
        "api_tokens": QCoreApplication.translate("Results", "API tokens"),
        "vendor_fees": QCoreApplication.translate("Results", "Vendor fees"),
        "gpu_rental": QCoreApplication.translate("Results", "GPU rental"),
        "hardware_capital": QCoreApplication.translate("Results", "Hardware (amortised)"),
        "power": QCoreApplication.translate("Results", "Power"),
        "hosting": QCoreApplication.translate("Results", "Hosting"),
        "maintenance": QCoreApplication.translate("Results", "Maintenance"),
        "staff_operations": QCoreApplication.translate("Results", "Staff (operations)"),
        "tuning": QCoreApplication.translate("Results", "Tuning"),
    }
    return labels.get(key, key.replace("_", " "))


def driver_label(key: str) -> str:
    """Translated name of a sensitivity / Monte Carlo driver (engine keys)."""
    labels = {
        "volume": QCoreApplication.translate("Results", "Requests per day"),
        "tokens": QCoreApplication.translate("Results", "Tokens per request"),
        "gpu_price": QCoreApplication.translate("Results", "GPU prices"),
        "api_price": QCoreApplication.translate("Results", "API prices"),
        "efficiency": QCoreApplication.translate("Results", "Throughput per GPU"),
        "staff": QCoreApplication.translate("Results", "Staff cost"),
        "cache_share": QCoreApplication.translate("Results", "Cached prompt share"),
        "utilisation": QCoreApplication.translate("Results", "Utilisation"),
    }
    return labels.get(key, key.replace("_", " "))


def swing_label(driver: str, value: float) -> str:
    """'×0.5' for multipliers, '+0.3' for the absolute cache-share swing."""
    if driver == "cache_share":
        return f"{value:+g}"
    return f"×{value:g}"
