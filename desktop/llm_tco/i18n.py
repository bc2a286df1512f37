"""Languages, money and number formatting shared by the GUI, the report and the CLI (pure Python).

Costs are computed in US dollars; a project shows them in its currency at the project's exchange
rate (units of the display currency per 1 USD). Formatting follows the Unicode CLDR conventions of
the two shipped languages: English ("$1,234.50", "CN¥8,888", "€1,234.50", "¥1,235" for yen) and
Simplified Chinese ("US$1,234.50", "¥8,888", "€1,234.50", "JP¥1,235"). In each language the
yuan and the yen get distinct symbols, so a figure is never ambiguous. Both languages group digits
in threes with "," and use "." as the decimal mark.

No Qt here: the Qt side (translators, fonts) is ``llm_tco.gui.i18n_qt``.
"""

from __future__ import annotations

import locale
import math
import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_LANGUAGE = "en"
LANGUAGES: tuple[str, ...] = ("en", "zh_CN")
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
"""Each language's name in itself (autonyms are never translated)."""

DASH = "–"
"""Shown instead of a number that is missing or not finite."""


@dataclass(frozen=True)
class _Currency:
    symbol_en: str
    symbol_zh: str
    minor_digits: int


_CURRENCIES: dict[str, _Currency] = {
    "USD": _Currency("$", "US$", 2),
    "CNY": _Currency("CN¥", "¥", 2),
    "EUR": _Currency("€", "€", 2),
    "GBP": _Currency("£", "£", 2),
    "JPY": _Currency("¥", "JP¥", 0),
}

_current_language = DEFAULT_LANGUAGE


class UnknownCurrencyError(ValueError):
    """A currency code this module cannot format."""


def normalise_language(code: str | None) -> str:
    """'zh', 'zh-CN', 'zh_Hans_CN.UTF-8', 'en_GB' -> a shipped language; unknown -> 'en'."""
    if not code:
        return DEFAULT_LANGUAGE
    cleaned = code.strip().split(".")[0].split("@")[0].replace("-", "_").lower()
    if cleaned.startswith("zh"):
        return "zh_CN"
    return DEFAULT_LANGUAGE


def available_languages() -> tuple[str, ...]:
    """Languages the application can show: English plus each one with a compiled translation."""
    found = [DEFAULT_LANGUAGE]
    folder = translations_dir()
    for code in LANGUAGES:
        if code != DEFAULT_LANGUAGE and (folder / f"llm_tco_{code}.qm").is_file():
            found.append(code)
    return tuple(found)


def translations_dir() -> Path:
    """Folder holding the application's ``llm_tco_<lang>.ts`` and ``.qm`` files."""
    from llm_tco import paths

    return paths.resources_dir() / "i18n"


def system_language() -> str:
    """The shipped language closest to the user's locale (environment, then the C library)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        for part in value.split(":"):
            if part and part not in {"C", "POSIX"} and not part.startswith("C."):
                return normalise_language(part)
    try:
        code = locale.getlocale()[0]
    except ValueError:
        code = None
    return normalise_language(code)


def resolve_language(preference: str | None) -> str:
    """The language to use for a Preferences value: 'system' or None follow the system locale."""
    if preference in (None, "", "system"):
        return system_language()
    return normalise_language(preference)


def current_language() -> str:
    """The language the application shows now (set by :func:`set_current_language`)."""
    return _current_language


def set_current_language(language: str) -> str:
    """Record the language the application shows; returns the normalised code."""
    global _current_language
    _current_language = normalise_language(language)
    return _current_language


def convert_usd(usd: float, *, usd_exchange_rate: float) -> float:
    """US dollars -> display currency, with the rate in display-currency units per 1 USD."""
    if not (math.isfinite(usd_exchange_rate) and usd_exchange_rate > 0):
        raise ValueError(f"exchange rate must be positive and finite, not {usd_exchange_rate!r}")
    return usd * usd_exchange_rate


def currency_symbol(currency: str, *, language: str | None = None) -> str:
    """The symbol of ``currency`` in ``language`` ('$', 'US$', '¥', 'CN¥', ...)."""
    info = _currency(currency)
    return info.symbol_zh if _lang(language) == "zh_CN" else info.symbol_en


def auto_decimals(amount: float, *, currency: str) -> int:
    """Decimals for an amount: none from 1,000 up, the currency's cents below, 2 significant < 1."""
    minor = _currency(currency).minor_digits
    size = abs(amount)
    if size >= 1000 or (minor == 0 and size >= 1):
        return 0
    if size >= 1 or size == 0:
        return minor
    return min(6, max(minor, 1 - math.floor(math.log10(size))))


def format_number(value: float | None, *, language: str | None = None, decimals: int = 0) -> str:
    """A plain number with digit grouping: '1,234,567.5'; a dash when missing or not finite."""
    if value is None or not math.isfinite(value):
        return DASH
    _lang(language)  # both shipped languages group by three with ',' and use '.'
    text = f"{value:,.{max(0, decimals)}f}"
    return _strip_negative_zero(text)


def format_percent(share: float | None, *, language: str | None = None, decimals: int = 0) -> str:
    """A 0..1 share as a percentage: '42%', '12.5%' (CLDR: no space in en and zh_CN)."""
    if share is None or not math.isfinite(share):
        return DASH
    return format_number(100.0 * share, language=language, decimals=decimals) + "%"


def format_amount(
    amount: float | None, *, currency: str, language: str | None = None, decimals: int | None = None
) -> str:
    """Money already in ``currency``: '$1,234.50', '¥8,888', '-€12.00'; dash when missing."""
    if amount is None or not math.isfinite(amount):
        return DASH
    places = auto_decimals(amount, currency=currency) if decimals is None else max(0, decimals)
    digits = format_number(abs(amount), language=language, decimals=places)
    sign = "-" if amount < 0 and digits.strip("0.,") else ""
    return f"{sign}{currency_symbol(currency, language=language)}{digits}"


def format_amount_or_code(
    amount: float | None, *, currency: str, language: str | None = None, decimals: int | None = None
) -> str:
    """:func:`format_amount`, or for a currency without a known symbol the number and its code:
    '12.50 XYZ', '12,345 XYZ' (``decimals`` None: none from 100 up, else two)."""
    try:
        return format_amount(amount, currency=currency, language=language, decimals=decimals)
    except UnknownCurrencyError:
        if amount is None or not math.isfinite(amount):
            return DASH
        places = (0 if abs(amount) >= 100 else 2) if decimals is None else decimals
        return f"{format_number(amount, language=language, decimals=places)} {currency}"


def format_money(
    usd: float | None,
    *,
    currency: str,
    usd_exchange_rate: float,
    language: str | None = None,
    decimals: int | None = None,
) -> str:
    """A US-dollar cost shown in ``currency`` at ``usd_exchange_rate`` (units per 1 USD)."""
    if usd is None or not math.isfinite(usd):
        return DASH
    amount = convert_usd(usd, usd_exchange_rate=usd_exchange_rate)
    return format_amount(amount, currency=currency, language=language, decimals=decimals)


def format_exchange_rate(
    *, currency: str, usd_exchange_rate: float, language: str | None = None
) -> str:
    """The rate as printed in reports: '1 USD = 7.1800 CNY'; '' when the currency is USD."""
    if _currency(currency) is _CURRENCIES["USD"]:
        return ""
    rate = format_number(usd_exchange_rate, language=language, decimals=4)
    return f"1 USD = {rate} {currency.upper()}"


def _currency(code: str) -> _Currency:
    try:
        return _CURRENCIES[code.upper()]
    except KeyError:
        known = ", ".join(_CURRENCIES)
        raise UnknownCurrencyError(f"currency {code!r} not supported; use one of {known}") from None


def _lang(language: str | None) -> str:
    return _current_language if language is None else normalise_language(language)


def _strip_negative_zero(text: str) -> str:
    if text.startswith("-") and not text.strip("-0.,"):
        return text[1:]
    return text
