"""Translatable engine sentences: a template plus typed parameters, rendered late (no Qt here).

The engine says things in words (deciding factors, exclusion reasons, break-even descriptions,
candidate labels). It returns them as :class:`Message` values: an English template such as
``"costs {cost}/month on average"`` and typed parameters (money in USD, a share, a number, plain
text, a nested message, a candidate). ``str(message)`` is the English text with US dollars, exactly
as the engine always wrote it (the CLI text output and the JSON export use it);
:func:`render` translates the template with a ``translate(context, text)`` function (context
:data:`CONTEXT`) and formats money in the project's currency and numbers for the language with
:mod:`llm_tco.i18n`.

Templates are marked with :func:`QT_TRANSLATE_NOOP` so ``pyside6-lupdate`` (run by
``scripts/update_translations.py``) files them under the context ``EngineText``; the marker must be
spelled out at each template (lupdate reads the call, not a variable).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from string import Formatter
from typing import Any

from llm_tco import i18n

CONTEXT = "EngineText"
"""Translation context of every engine template."""

Translate = Callable[[str, str], str]
"""``translate(context, source_text) -> text``; ``QCoreApplication.translate`` fits."""

CandidateLabel = Callable[[int], str | None]
"""Label of a candidate row for the view (None: use the engine's own label)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction under ``context``; returns ``text`` unchanged."""
    return text


def untranslated(context: str, text: str) -> str:
    """The English source text (a ``translate`` function that translates nothing)."""
    return text


LIST_SEPARATOR = QT_TRANSLATE_NOOP("EngineText", ", ")
"""Between the items of a list inside a sentence ('a, b, c')."""


def usd_text(usd: float) -> str:
    """US dollars the engine's English way: '$1,234' / '$12.3k' / '$1.20M' / '$0.42'."""
    if not math.isfinite(usd):
        return "n/a"
    a = abs(usd)
    if a >= 1e6:
        return f"${usd / 1e6:,.2f}M"
    if a >= 1e4:
        return f"${usd / 1e3:,.1f}k"
    return f"${usd:,.0f}" if a >= 100 else f"${usd:,.2f}"


@dataclass(frozen=True)
class Money:
    """An amount of money in US dollars (shown in the project's currency)."""

    usd: float


@dataclass(frozen=True)
class Number:
    """A plain number with ``decimals`` places (``grouped``: English text uses '1,234')."""

    value: float
    decimals: int = 0
    grouped: bool = False


@dataclass(frozen=True)
class Share:
    """A share 0..1, shown as a percentage with ``decimals`` places ('42%')."""

    value: float
    decimals: int = 0


@dataclass(frozen=True)
class Text:
    """Text shown as it is in every language (ids, names, catalog text)."""

    value: str


@dataclass(frozen=True)
class Candidate:
    """A candidate row (index into the result arrays) and the engine's label of it."""

    index: int
    label: Message


@dataclass(frozen=True)
class Join:
    """Items joined into a list ('a, b, c'; the separator is translated)."""

    items: tuple[Param, ...]


@dataclass(frozen=True)
class Message:
    """An English template with named, typed parameters; ``str()`` is the English text (USD)."""

    template: str
    params: tuple[tuple[str, Param], ...] = ()

    def __str__(self) -> str:
        return english(self)

    def param(self, name: str) -> Param | None:
        """The parameter called ``name`` (None when absent)."""
        return next((value for key, value in self.params if key == name), None)

    def placeholders(self) -> tuple[str, ...]:
        """Names of the ``{placeholders}`` of the template, in order."""
        return tuple(name for _, name, _, _ in Formatter().parse(self.template) if name)


Param = Money | Number | Share | Text | Candidate | Join | Message
"""A typed parameter of a message."""


def msg(template: str, /, **params: Param | str) -> Message:
    """A :class:`Message` of ``template`` (mark it with QT_TRANSLATE_NOOP); str params are Text."""
    typed = tuple(
        (name, Text(value) if isinstance(value, str) else value) for name, value in params.items()
    )
    return Message(template, typed)


def english(message: Message) -> str:
    """The English text of ``message`` with US dollars, as the engine has always written it."""
    values = {name: _english_param(value) for name, value in message.params}
    return message.template.format(**values)


def _english_param(value: Param) -> str:
    if isinstance(value, Money):
        return usd_text(value.usd)
    if isinstance(value, Number):
        spec = f",.{value.decimals}f" if value.grouped else f".{value.decimals}f"
        return format(value.value, spec)
    if isinstance(value, Share):
        return f"{value.value * 100:.{value.decimals}f}%"
    if isinstance(value, Text):
        return value.value
    if isinstance(value, Candidate):
        return english(value.label)
    if isinstance(value, Join):
        return ", ".join(_english_param(item) for item in value.items)
    return english(value)


@dataclass(frozen=True)
class _Style:
    translate: Translate
    currency: str
    rate: float
    language: str
    candidate_label: CandidateLabel | None


def render(
    message: Message,
    *,
    translate: Translate,
    currency: str,
    usd_exchange_rate: float,
    language: str,
    candidate_label: CandidateLabel | None = None,
) -> str:
    """``message`` translated, money (USD) converted at ``usd_exchange_rate`` (units per USD)."""
    lang = i18n.normalise_language(language)
    return _render(message, _Style(translate, currency, usd_exchange_rate, lang, candidate_label))


def render_in_currency_of(
    result: Any,
    message: Message,
    *,
    translate: Translate,
    language: str,
    candidate_label: CandidateLabel | None = None,
) -> str:
    """:func:`render` with the currency and exchange rate of ``result`` (an EvaluationResult or
    anything with ``currency`` and ``usd_exchange_rate``); US dollars when they cannot be used."""
    try:
        currency, rate = str(result.currency), float(result.usd_exchange_rate)
        i18n.convert_usd(1.0, usd_exchange_rate=rate)  # a rate the formatter refuses: ValueError
        i18n.currency_symbol(currency)  # a currency without a symbol: UnknownCurrencyError
    except (i18n.UnknownCurrencyError, ValueError):
        currency, rate = "USD", 1.0
    return render(
        message,
        translate=translate,
        currency=currency,
        usd_exchange_rate=rate,
        language=language,
        candidate_label=candidate_label,
    )


def _render(message: Message, style: _Style) -> str:
    template = style.translate(CONTEXT, message.template) or message.template
    values = {name: _render_param(value, style) for name, value in message.params}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation: fall back to English
        return message.template.format(**values)


def _render_param(value: Param, style: _Style) -> str:
    lang = style.language
    if isinstance(value, Money):
        return i18n.format_money(
            value.usd, currency=style.currency, usd_exchange_rate=style.rate, language=lang
        )
    if isinstance(value, Number):
        return i18n.format_number(value.value, language=lang, decimals=value.decimals)
    if isinstance(value, Share):
        return i18n.format_percent(value.value, language=lang, decimals=value.decimals)
    if isinstance(value, Text):
        return value.value
    if isinstance(value, Candidate):
        found = style.candidate_label(value.index) if style.candidate_label else None
        return found if found is not None else _render(value.label, style)
    if isinstance(value, Join):
        separator = style.translate(CONTEXT, LIST_SEPARATOR) or LIST_SEPARATOR
        return separator.join(_render_param(item, style) for item in value.items)
    return _render(value, style)


def templates(message: Message) -> tuple[str, ...]:
    """Every template in ``message`` and its nested messages (for tests and checks)."""
    found = [message.template]
    stack: list[Param] = [value for _, value in message.params]
    while stack:
        value = stack.pop()
        if isinstance(value, Message):
            found.append(value.template)
            stack.extend(v for _, v in value.params)
        elif isinstance(value, Candidate):
            stack.append(value.label)
        elif isinstance(value, Join):
            stack.extend(value.items)
    return tuple(found)


def to_json(message: Message) -> dict[str, object]:
    """The message as JSON values: its English template and parameters (money in USD)."""
    return {"template": message.template, "params": {k: _param_json(v) for k, v in message.params}}


def _param_json(value: Param) -> object:
    if isinstance(value, Money):
        return {"usd": value.usd if math.isfinite(value.usd) else None}
    if isinstance(value, Number | Share):
        return value.value if math.isfinite(value.value) else None
    if isinstance(value, Text):
        return value.value
    if isinstance(value, Candidate):
        return {"index": value.index, "label": english(value.label)}
    if isinstance(value, Join):
        return [_param_json(item) for item in value.items]
    return to_json(value)


def error_text(error: BaseException, *, translate: Translate, language: str) -> str:
    """What to show the user for ``error``: its :class:`Message` rendered, else ``str(error)``.

    ``TcoError`` subclasses keep a structured message in ``.message``
    (``llm_tco.engine.errors``); other exceptions are shown as their English text.
    """
    message = getattr(error, "message", None)
    if not isinstance(message, Message):
        return str(error)
    return render(
        message, translate=translate, currency="USD", usd_exchange_rate=1.0, language=language
    )


# ---- pydantic validation errors as messages (field path kept, sentence translated)

# pydantic's English text of an error type, with its one varying part as {value}; a problem whose
# text does not match keeps pydantic's own words (Text), so the English never changes.
_PYDANTIC_TEXTS: dict[str, str] = {
    "missing": QT_TRANSLATE_NOOP("EngineText", "Field required"),
    "extra_forbidden": QT_TRANSLATE_NOOP("EngineText", "Extra inputs are not permitted"),
    "greater_than": QT_TRANSLATE_NOOP("EngineText", "Input should be greater than {value}"),
    "greater_than_equal": QT_TRANSLATE_NOOP(
        "EngineText", "Input should be greater than or equal to {value}"
    ),
    "less_than": QT_TRANSLATE_NOOP("EngineText", "Input should be less than {value}"),
    "less_than_equal": QT_TRANSLATE_NOOP(
        "EngineText", "Input should be less than or equal to {value}"
    ),
    "int_type": QT_TRANSLATE_NOOP("EngineText", "Input should be a valid integer"),
    "int_parsing": QT_TRANSLATE_NOOP(
        "EngineText", "Input should be a valid integer, unable to parse string as an integer"
    ),
    "int_from_float": QT_TRANSLATE_NOOP(
        "EngineText", "Input should be a valid integer, got a number with a fractional part"
    ),
    "float_type": QT_TRANSLATE_NOOP("EngineText", "Input should be a valid number"),
    "float_parsing": QT_TRANSLATE_NOOP(
        "EngineText", "Input should be a valid number, unable to parse string as a number"
    ),
    "finite_number": QT_TRANSLATE_NOOP("EngineText", "Input should be a finite number"),
    "string_type": QT_TRANSLATE_NOOP("EngineText", "Input should be a valid string"),
    "bool_type": QT_TRANSLATE_NOOP("EngineText", "Input should be a valid boolean"),
    "bool_parsing": QT_TRANSLATE_NOOP(
        "EngineText", "Input should be a valid boolean, unable to interpret input"
    ),
    "list_type": QT_TRANSLATE_NOOP("EngineText", "Input should be a valid list"),
    "dict_type": QT_TRANSLATE_NOOP("EngineText", "Input should be a valid dictionary"),
    "model_type": QT_TRANSLATE_NOOP(
        "EngineText", "Input should be a valid dictionary or instance of {value}"
    ),
    "literal_error": QT_TRANSLATE_NOOP("EngineText", "Input should be {value}"),
    "enum": QT_TRANSLATE_NOOP("EngineText", "Input should be {value}"),
    "string_too_short": QT_TRANSLATE_NOOP(
        "EngineText", "String should have at least {value} characters"
    ),
    "string_too_long": QT_TRANSLATE_NOOP(
        "EngineText", "String should have at most {value} characters"
    ),
    "timezone_aware": QT_TRANSLATE_NOOP("EngineText", "Input should have timezone info"),
    "date_from_datetime_parsing": QT_TRANSLATE_NOOP("EngineText", "Input should be a valid date"),
    "value_error": QT_TRANSLATE_NOOP("EngineText", "Value error, {value}"),
    "assertion_error": QT_TRANSLATE_NOOP("EngineText", "Assertion failed, {value}"),
}
_PYDANTIC_SPECIAL: dict[str, str] = {
    # the one-character forms of the string length messages
    "String should have at least 1 character": QT_TRANSLATE_NOOP(
        "EngineText", "String should have at least 1 character"
    ),
    "String should have at most 1 character": QT_TRANSLATE_NOOP(
        "EngineText", "String should have at most 1 character"
    ),
}
TOP_LEVEL = QT_TRANSLATE_NOOP("EngineText", "(top level)")
"""The field path of a problem with the whole document."""


# The sentences of the validators written in the engine's models (project_model.py,
# catalog_schema.py), which pydantic reports as "Value error, <sentence>": each exactly as the
# validator writes it, its values as {placeholders}. A sentence not listed keeps its English words.
VALIDATOR_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("EngineText", "at least one priority weight must be above zero"),
    QT_TRANSLATE_NOOP(
        "EngineText", "daily_profile needs 24 non-negative hourly values, not all zero"
    ),
    QT_TRANSLATE_NOOP("EngineText", "currency {currency} not supported; use one of {known}"),
    QT_TRANSLATE_NOOP("EngineText", "open-weights model needs {fields}"),
    QT_TRANSLATE_NOOP("EngineText", "params_active_b cannot exceed params_total_b"),
    QT_TRANSLATE_NOOP("EngineText", "needs usd_per_m_training_tokens or usd_per_training_hour"),
)


def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression matching the English of ``template`` (placeholders as groups)."""
    parts = re.split(r"\{(\w+)\}", template)
    pattern = "".join(
        re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
    )
    return re.compile(pattern, re.DOTALL)


_PYDANTIC_PATTERNS = {kind: _pattern(text) for kind, text in _PYDANTIC_TEXTS.items()}
_VALIDATOR_PATTERNS = tuple((text, _pattern(text)) for text in VALIDATOR_TEXTS)


def validator_problem(text: str) -> Message:
    """A validator's sentence as a translatable message whose English is ``text`` exactly."""
    for template, pattern in _VALIDATOR_PATTERNS:
        found = pattern.fullmatch(text)
        if found is not None:
            return msg(template, **found.groupdict())
    return msg("{problem}", problem=text)


def pydantic_problem(kind: str, text: str) -> Message:
    """pydantic's ``text`` of an error of type ``kind`` as a message whose English is ``text``."""
    if text in _PYDANTIC_SPECIAL:
        return Message(_PYDANTIC_SPECIAL[text])
    pattern = _PYDANTIC_PATTERNS.get(kind)
    found = pattern.fullmatch(text) if pattern is not None else None
    if found is None:
        return msg("{problem}", problem=text)
    if kind == "value_error":  # the sentence of one of our validators
        return msg(_PYDANTIC_TEXTS[kind], value=validator_problem(found.group("value")))
    return msg(_PYDANTIC_TEXTS[kind], **found.groupdict())


def validation_problems(
    errors: Sequence[Mapping[str, Any]], *, limit: int = 3, more: str | None = None
) -> Message:
    """pydantic ``errors()`` as 'field.path: problem; ...' (paths kept, sentences translated).

    ``more`` is the template of the tail when there are more than ``limit`` problems (one
    ``{count}`` placeholder, marked for translation by the caller); None leaves it out.
    """
    parts: list[Message] = []
    for item in errors[:limit]:
        where = ".".join(str(p) for p in item.get("loc", ()))
        field: Param = Text(where) if where else Message(TOP_LEVEL)
        problem = pydantic_problem(str(item.get("type", "")), str(item.get("msg", "")))
        parts.append(
            msg(QT_TRANSLATE_NOOP("EngineText", "{field}: {problem}"), field=field, problem=problem)
        )
    extra = len(errors) - limit
    if extra > 0 and more is not None:
        parts.append(msg(more, count=Number(extra)))
    return join_clauses(parts)


def alternatives(items: Sequence[str]) -> Message | Text:
    """'a or b or c' (the word 'or' translated; the items shown as they are)."""
    if not items:
        return Text("")
    joined: Message | Text = Text(items[-1])
    for item in reversed(items[:-1]):
        joined = msg(QT_TRANSLATE_NOOP("EngineText", "{first} or {rest}"), first=item, rest=joined)
    return joined


def join_clauses(parts: Sequence[Message]) -> Message:
    """Clauses joined with '; ' (translated separator)."""
    if not parts:
        return Message("")
    joined = parts[-1]
    for part in reversed(parts[:-1]):
        joined = msg(QT_TRANSLATE_NOOP("EngineText", "{first}; {rest}"), first=part, rest=joined)
    return joined
