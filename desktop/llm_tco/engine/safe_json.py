"""Read JSON from files a user (or an attacker) may have handed us, without ever crashing.

``read_json_guarded`` checks, in this order, before anything is built from the data: the size cap
(the file is never read past it), UTF-8 (with the byte offset of the first bad byte), nesting depth
(counted by a linear scan, so ``"[" * 100000`` cannot exhaust the stack), then parses with
duplicate keys, ``NaN``/``Infinity``, overflowing floats and absurdly long integers all rejected.
Every problem raises the caller's error type (a :class:`TcoError` subclass) with a message naming
the file, what is wrong and what to do.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from pathlib import Path
from typing import Any

from llm_tco.engine.errors import TcoError
from llm_tco.engine.messages import QT_TRANSLATE_NOOP, Message, Number, Text, msg

DEFAULT_MAX_DEPTH = 64
MAX_INT_DIGITS = 30

# A JSON string (possibly unterminated at the end of the text); the unrolled loop never backtracks.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_PARTIAL_TOKEN = re.compile(r"[A-Za-z0-9.+\-]{0,40}")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}

FIX_OR_REMOVE = Message(QT_TRANSLATE_NOOP("EngineText", "Fix the file or remove it."))


class _Reject(ValueError):
    """Internal: the parser found something valid JSON allows but we refuse."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


Wording = str | Message
"""What a file is or what to do: a translatable message, or text shown as it is."""


def _param(value: Wording) -> Message | Text:
    return value if isinstance(value, Message) else Text(value)


def nesting_depth(text: str) -> int:
    """Deepest bracket nesting of a JSON text, ignoring brackets inside strings (linear time)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(map(_DEPTH_STEP.__getitem__, brackets)), default=0)


def _pairs_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            problem = QT_TRANSLATE_NOOP(
                "EngineText", "the key {key} appears twice in the same object"
            )
            raise _Reject(msg(problem, key=repr(key)))
        result[key] = value
    return result


def _finite_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        problem = QT_TRANSLATE_NOOP("EngineText", "the number {number} is too large to represent")
        raise _Reject(msg(problem, number=literal[:40]))
    return value


def _bounded_int(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_INT_DIGITS:
        problem = QT_TRANSLATE_NOOP(
            "EngineText", "an integer has {digits} digits (at most {limit} allowed)"
        )
        raise _Reject(msg(problem, digits=Number(len(literal)), limit=Number(MAX_INT_DIGITS)))
    return int(literal)


def _no_constant(name: str) -> Any:
    problem = QT_TRANSLATE_NOOP(
        "EngineText", "{name} is not a number JSON allows (NaN and Infinity are refused)"
    )
    raise _Reject(msg(problem, name=name))


def _decode_utf8(data: bytes) -> str:
    """Decode UTF-8, dropping one leading byte-order mark; raises _Reject with the offset."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _Reject(msg(QT_TRANSLATE_NOOP("EngineText", "it is UTF-16 text; save it as UTF-8")))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problem = QT_TRANSLATE_NOOP(
            "EngineText", "it is not UTF-8 text (invalid byte at offset {offset})"
        )
        raise _Reject(msg(problem, offset=Number(exc.start))) from None


def _cut_short(text: str, exc: json.JSONDecodeError) -> bool:
    """Whether the error is at the end of the text: at most one partial token follows it."""
    if exc.msg.startswith("Unterminated string"):
        return True
    return _PARTIAL_TOKEN.fullmatch(text[exc.pos :].rstrip()) is not None


def _parse(data: bytes, *, max_depth: int) -> Any:
    text = _decode_utf8(data)
    if "\x00" in text:
        problem = QT_TRANSLATE_NOOP(
            "EngineText", "it contains a NUL byte at character {offset} (binary data?)"
        )
        raise _Reject(msg(problem, offset=Number(text.index(chr(0)))))
    depth = nesting_depth(text)
    if depth > max_depth:
        problem = QT_TRANSLATE_NOOP(
            "EngineText", "it is nested {depth} levels deep (at most {limit} allowed)"
        )
        raise _Reject(msg(problem, depth=Number(depth), limit=Number(max_depth)))
    try:
        return json.loads(
            text,
            object_pairs_hook=_pairs_without_duplicates,
            parse_float=_finite_float,
            parse_int=_bounded_int,
            parse_constant=_no_constant,
        )
    except json.JSONDecodeError as exc:
        where = msg(
            QT_TRANSLATE_NOOP("EngineText", "line {line}, column {column}"),
            line=Number(exc.lineno),
            column=Number(exc.colno),
        )
        if _cut_short(text, exc):
            problem = QT_TRANSLATE_NOOP(
                "EngineText", "it ends too early ({where}); the file looks truncated"
            )
            raise _Reject(msg(problem, where=where)) from None
        problem = QT_TRANSLATE_NOOP("EngineText", "it is not valid JSON ({where}: {detail})")
        raise _Reject(msg(problem, where=where, detail=exc.msg)) from None
    except RecursionError:  # belt and braces: the depth scan should have caught it
        raise _Reject(msg(QT_TRANSLATE_NOOP("EngineText", "it is nested too deeply"))) from None


def parse_json_guarded(
    data: bytes,
    *,
    source: str,
    max_bytes: int,
    what: Wording,
    remedy: Wording,
    error_type: type[TcoError] = TcoError,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> Any:
    """Parse JSON bytes with every guard; ``source`` names them in the error message.

    ``what`` (the kind of file) and ``remedy`` are messages (translated when shown) or text.
    """
    if len(data) > max_bytes:
        template = QT_TRANSLATE_NOOP(
            "EngineText",
            "Cannot read {what} {source}: it is larger than the {limit} byte limit. {remedy}",
        )
        limit = Number(max_bytes, grouped=True)
        raise error_type(
            msg(template, what=_param(what), source=source, limit=limit, remedy=_param(remedy))
        )
    try:
        return _parse(data, max_depth=max_depth)
    except _Reject as exc:
        template = QT_TRANSLATE_NOOP(
            "EngineText", "Cannot read {what} {source}: {problem}. {remedy}"
        )
        problem = exc.message
        raise error_type(
            msg(template, what=_param(what), source=source, problem=problem, remedy=_param(remedy))
        ) from None


def read_file_capped(path: Path, *, max_bytes: int) -> bytes:
    """Read at most ``max_bytes + 1`` bytes (so oversized files, FIFOs, /dev/zero stay bounded)."""
    with path.open("rb") as handle:
        return handle.read(max_bytes + 1)


def read_json_guarded(
    path: Path,
    *,
    max_bytes: int,
    what: Wording,
    remedy: Wording = FIX_OR_REMOVE,
    error_type: type[TcoError] = TcoError,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> Any:
    """Read and parse a JSON file of at most ``max_bytes`` bytes; raises ``error_type``."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            template = QT_TRANSLATE_NOOP(
                "EngineText",
                "Cannot read {what} {source}: it is {size} bytes, larger than the {limit} byte "
                "limit. {remedy}",
            )
            raise error_type(
                msg(
                    template,
                    what=_param(what),
                    source=str(path),
                    size=Number(size, grouped=True),
                    limit=Number(max_bytes, grouped=True),
                    remedy=_param(remedy),
                )
            )
        data = read_file_capped(path, max_bytes=max_bytes)
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        template = QT_TRANSLATE_NOOP(
            "EngineText", "Cannot read {what} {source}: {problem}. {remedy}"
        )
        raise error_type(
            msg(
                template, what=_param(what), source=str(path), problem=reason, remedy=_param(remedy)
            )
        ) from None
    return parse_json_guarded(
        data,
        source=str(path),
        max_bytes=max_bytes,
        what=what,
        remedy=remedy,
        error_type=error_type,
        max_depth=max_depth,
    )
