"""Engine messages: English as the engine always wrote it; rendered in a currency and language."""

from __future__ import annotations

import math

import pytest

from llm_tco.engine.messages import (
    CONTEXT,
    Candidate,
    Join,
    Message,
    Money,
    Number,
    Share,
    Text,
    msg,
    render,
    templates,
    to_json,
    untranslated,
)

COST = "costs {cost}/month, {share} less than {other}"


def _sample() -> Message:
    other = msg("{model} via {provider} ({route})", model="gpt-4o", provider="openai",
                route=Message("closed api"))  # fmt: skip
    return msg(COST, cost=Money(1234.4), share=Share(0.31), other=Candidate(7, other))


def _render(message: Message, **kw: object) -> str:
    options: dict[str, object] = {
        "translate": untranslated,
        "currency": "USD",
        "usd_exchange_rate": 1.0,
        "language": "en",
    }
    options.update(kw)
    return render(message, **options)  # type: ignore[arg-type]


def test_english_text_is_the_engines_old_wording() -> None:
    old = "costs $1,234/month, 31% less than gpt-4o via openai (closed api)"
    assert str(_sample()) == old
    assert _render(_sample()) == old  # the same in a USD project shown in English


@pytest.mark.parametrize(
    ("usd", "text"),
    [(12.345, "$12.35"), (1234.4, "$1,234"), (12_345.0, "$12.3k"), (2.5e6, "$2.50M")],
)
def test_english_money_keeps_the_compact_style(usd: float, text: str) -> None:
    assert str(msg("{cost}", cost=Money(usd))) == text


def test_money_is_converted_at_the_rate_into_the_currency() -> None:
    text = _render(_sample(), currency="CNY", usd_exchange_rate=7.1)
    assert text.startswith("costs CN¥8,764/month")  # 1234.4 x 7.1 = 8764.24
    assert "$" not in text
    zh = _render(_sample(), currency="CNY", usd_exchange_rate=7.1, language="zh_CN")
    assert zh.startswith("costs ¥8,764/month")
    assert "CN¥" not in zh
    usd_in_zh = _render(_sample(), language="zh_CN")
    assert "US$1,234" in usd_in_zh
    assert "¥1,235" in _render(msg("{c}", c=Money(1234.6)), currency="JPY", language="zh_CN")


def test_templates_are_translated_in_their_context_with_nested_messages() -> None:
    table = {COST: "每月 {cost}，比 {other} 低 {share}", "closed api": "闭源 API"}
    seen: list[str] = []

    def translate(context: str, text: str) -> str:
        seen.append(context)
        return table.get(text, text)

    text = _render(_sample(), translate=translate, currency="CNY", usd_exchange_rate=7.1,
                   language="zh_CN")  # fmt: skip
    assert text == "每月 ¥8,764，比 gpt-4o via openai (闭源 API) 低 31%"
    assert set(seen) == {CONTEXT}


def test_candidates_take_the_views_label_when_given() -> None:
    text = _render(_sample(), candidate_label=lambda i: f"row {i}" if i == 7 else None)
    assert text.endswith("less than row 7")
    assert _render(_sample(), candidate_label=lambda i: None).endswith("(closed api)")


def test_numbers_shares_lists_and_text() -> None:
    m = msg(
        "{a} | {b} | {c} | {d} | {e}",
        a=Number(1234.567, 1),
        b=Number(1234.0, grouped=True),
        c=Share(0.125, 1),
        d=Join((Text("us"), Text("eu"))),
        e="as is",
    )
    assert str(m) == "1234.6 | 1,234 | 12.5% | us, eu | as is"
    zh = _render(m, translate=lambda c, t: "、" if t == ", " else t, language="zh_CN")
    assert zh == "1,234.6 | 1,234 | 12.5% | us、eu | as is"


def test_a_broken_translation_falls_back_to_english() -> None:
    text = _render(_sample(), translate=lambda c, t: "{missing} 每月" if t == COST else t)
    assert text == str(_sample())


def test_missing_numbers_read_as_a_dash_when_rendered() -> None:
    m = msg("{cost} / {n}", cost=Money(math.nan), n=Number(math.nan))
    assert str(m) == "n/a / nan"
    assert _render(m) == "– / –"


def test_templates_and_json() -> None:
    assert set(templates(_sample())) == {COST, "{model} via {provider} ({route})", "closed api"}
    data = to_json(_sample())
    assert data["template"] == COST
    params = data["params"]
    assert isinstance(params, dict)
    assert params["cost"] == {"usd": 1234.4}
    assert params["other"] == {"index": 7, "label": "gpt-4o via openai (closed api)"}


def test_messages_are_frozen_and_hashable() -> None:
    m = _sample()
    with pytest.raises(AttributeError):
        m.template = "x"  # type: ignore[misc]
    assert hash(m) == hash(_sample())
    assert m.placeholders() == ("cost", "share", "other")


def test_render_in_currency_of_a_result_falls_back_to_dollars() -> None:
    from types import SimpleNamespace

    from llm_tco.engine.messages import render_in_currency_of

    message = msg("costs {cost}", cost=Money(100.0))

    def same(_context: str, text: str) -> str:
        return text

    def shown(currency: str, rate: float) -> str:
        result = SimpleNamespace(currency=currency, usd_exchange_rate=rate)
        return render_in_currency_of(result, message, translate=same, language="en")

    assert shown("CNY", 7.0) == "costs CN¥700.00"
    assert shown("XYZ", 7.0) == "costs $100.00"  # no symbol for the code: US dollars
    assert shown("CNY", float("nan")) == "costs $100.00"  # a rate that cannot be used
