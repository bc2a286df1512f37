"""Money, numbers and languages (pure Python, no Qt): llm_tco.i18n."""

from __future__ import annotations

import math

import pytest

from llm_tco import i18n
from llm_tco.engine.project_model import CURRENCIES


@pytest.mark.parametrize(
    ("usd", "currency", "rate", "language", "expected"),
    [
        (1234.5, "USD", 1.0, "en", "$1,234.50"),
        (1234.5, "USD", 1.0, "zh_CN", "US$1,234.50"),
        (1234.5, "EUR", 0.5, "en", "€617.25"),
        (1000.0, "CNY", 8.888, "zh_CN", "¥8,888.00"),
        (1000.0, "CNY", 8.888, "en", "CN¥8,888.00"),
        (10.0, "GBP", 0.8, "en", "£8.00"),
        (-2.5, "EUR", 2.0, "en", "-€5.00"),
        (0.0, "USD", 1.0, "en", "$0.00"),
    ],
)
def test_format_money_two_decimals(usd, currency, rate, language, expected):
    got = i18n.format_money(
        usd, currency=currency, usd_exchange_rate=rate, language=language, decimals=2
    )
    assert got == expected


def test_cny_and_jpy_never_share_a_symbol_in_either_language():
    for language in i18n.LANGUAGES:
        yuan = i18n.currency_symbol("CNY", language=language)
        yen = i18n.currency_symbol("JPY", language=language)
        assert yuan != yen
        assert "¥" in yuan
        assert "¥" in yen


def test_every_project_currency_can_be_formatted():
    for code in CURRENCIES:
        for language in i18n.LANGUAGES:
            text = i18n.format_money(1.0, currency=code, usd_exchange_rate=2.0, language=language)
            assert "2" in text
            assert i18n.currency_symbol(code, language=language) in text


def test_unknown_currency_is_refused():
    with pytest.raises(i18n.UnknownCurrencyError, match="XYZ"):
        i18n.format_money(1.0, currency="XYZ", usd_exchange_rate=1.0, language="en")


def test_conversion_uses_units_per_dollar():
    assert i18n.convert_usd(100.0, usd_exchange_rate=7.25) == pytest.approx(725.0)
    assert i18n.format_money(
        100.0, currency="CNY", usd_exchange_rate=7.25, language="zh_CN", decimals=0
    ) == ("¥725")
    for bad in (0.0, -1.0, math.nan, math.inf):
        with pytest.raises(ValueError, match="exchange rate"):
            i18n.convert_usd(1.0, usd_exchange_rate=bad)


def test_automatic_decimals():
    money = i18n.format_money
    assert money(123456.78, currency="USD", usd_exchange_rate=1.0, language="en") == "$123,457"
    assert money(12.345, currency="USD", usd_exchange_rate=1.0, language="en") == "$12.35"
    # a fraction of a cent keeps two significant digits instead of showing $0.00
    assert money(0.00042, currency="USD", usd_exchange_rate=1.0, language="en") == "$0.00042"
    # the yen has no minor unit
    assert money(12.6, currency="JPY", usd_exchange_rate=1.0, language="en") == "¥13"


def test_missing_and_non_finite_values_show_a_dash():
    for value in (None, math.nan, math.inf, -math.inf):
        assert i18n.format_money(value, currency="USD", usd_exchange_rate=1.0) == i18n.DASH
        assert i18n.format_number(value) == i18n.DASH
        assert i18n.format_percent(value) == i18n.DASH


def test_numbers_and_percentages():
    assert i18n.format_number(1234567.25, language="zh_CN", decimals=1) == "1,234,567.2"
    assert i18n.format_number(-0.001, language="en", decimals=2) == "0.00"
    assert i18n.format_percent(0.425, language="en", decimals=1) == "42.5%"
    assert i18n.format_percent(1.0, language="zh_CN") == "100%"


def test_negative_amount_rounding_to_zero_has_no_sign():
    text = i18n.format_money(-0.001, currency="EUR", usd_exchange_rate=1.0, decimals=2)
    assert text == "€0.00"


def test_exchange_rate_line():
    line = i18n.format_exchange_rate(currency="CNY", usd_exchange_rate=7.1234, language="zh_CN")
    assert line == "1 USD = 7.1234 CNY"
    assert i18n.format_exchange_rate(currency="USD", usd_exchange_rate=1.0) == ""


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("zh", "zh_CN"),
        ("zh-CN", "zh_CN"),
        ("zh_Hans_CN", "zh_CN"),
        ("zh_CN.UTF-8", "zh_CN"),
        ("en_GB", "en"),
        ("de_DE", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_normalise_language(code, expected):
    assert i18n.normalise_language(code) == expected


def test_system_language_reads_the_environment(monkeypatch):
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.system_language() == "zh_CN"
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert i18n.system_language() == "en"
    assert i18n.resolve_language("system") == "en"
    assert i18n.resolve_language("zh_CN") == "zh_CN"


def test_current_language_drives_the_default(monkeypatch):
    monkeypatch.setattr(i18n, "_current_language", "en")
    assert i18n.format_money(1.0, currency="USD", usd_exchange_rate=1.0) == "$1.00"
    i18n.set_current_language("zh-CN")
    assert i18n.current_language() == "zh_CN"
    assert i18n.format_money(1.0, currency="USD", usd_exchange_rate=1.0) == "US$1.00"


def test_available_languages_lists_compiled_translations():
    found = i18n.available_languages()
    assert found[0] == "en"
    qm = i18n.translations_dir() / "llm_tco_zh_CN.qm"
    assert ("zh_CN" in found) == qm.is_file()
