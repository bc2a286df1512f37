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

DEFAULT_MAX_DEPTH = 64
MAX_INT_DIGITS = 30

# A JSON string (possibly unterminated at the end of the text); the unrolled loop never backtracks.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_PARTIAL_TOKEN = re.compile(r"[A-Za-z0-9.+\-]{0,40}")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


class _Reject(ValueError):
    """Internal: the parser found something valid JSON allows but we refuse."""


def nesting_depth(text: str) -> int:
    """Deepest bracket nesting of a JSON text, ignoring brackets inside strings (linear time)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(map(_DEPTH_STEP.__getitem__, brackets)), default=0)


def _pairs_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Reject(f"the key {key!r} appears twice in the same object")
        result[key] = value
    return result


def _finite_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        raise _Reject(f"the number {literal[:40]} is too large to represent")
    return value


def _bounded_int(literal: str) -> int:
    if len(literal.lstrip("-")) > MAX_INT_DIGITS:
        raise _Reject(f"an integer has {len(literal)} digits (at most {MAX_INT_DIGITS} allowed)")
    return int(literal)


def _no_constant(name: str) -> Any:
    raise _Reject(f"{name} is not a number JSON allows (NaN and Infinity are refused)")


def _decode_utf8(data: bytes) -> str:
    """Decode UTF-8, dropping one leading byte-order mark; raises _Reject with the offset."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _Reject("it is UTF-16 text; save it as UTF-8")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Reject(f"it is not UTF-8 text (invalid byte at offset {exc.start})") from None


def _cut_short(text: str, exc: json.JSONDecodeError) -> bool:
    """Whether the error is at the end of the text: at most one partial token follows it."""
    if exc.msg.startswith("Unterminated string"):
        return True
    return _PARTIAL_TOKEN.fullmatch(text[exc.pos :].rstrip()) is not None


def _parse(data: bytes, *, max_depth: int) -> Any:
    text = _decode_utf8(data)
    if "\x00" in text:
        raise _Reject(f"it contains a NUL byte at character {text.index(chr(0))} (binary data?)")
    depth = nesting_depth(text)
    if depth > max_depth:
        raise _Reject(f"it is nested {depth} levels deep (at most {max_depth} allowed)")
    try:
        return json.loads(
            text,
            object_pairs_hook=_pairs_without_duplicates,
            parse_float=_finite_float,
            parse_int=_bounded_int,
            parse_constant=_no_constant,
        )
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        if _cut_short(text, exc):
            raise _Reject(f"it ends too early ({where}); the file looks truncated") from None
        raise _Reject(f"it is not valid JSON ({where}: {exc.msg})") from None
    except RecursionError:  # belt and braces: the depth scan should have caught it
        raise _Reject("it is nested too deeply") from None


def parse_json_guarded(
    data: bytes,
    *,
    source: str,
    max_bytes: int,
    what: str,
    remedy: str,
    error_type: type[TcoError] = TcoError,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> Any:
    """Parse JSON bytes with every guard; ``source`` names them in the error message."""
    if len(data) > max_bytes:
        raise error_type(
            f"Cannot read {what} {source}: it is larger than the {max_bytes:,} byte limit. {remedy}"
        )
    try:
        return _parse(data, max_depth=max_depth)
    except _Reject as exc:
        raise error_type(f"Cannot read {what} {source}: {exc}. {remedy}") from None


def read_file_capped(path: Path, *, max_bytes: int) -> bytes:
    """Read at most ``max_bytes + 1`` bytes (so oversized files, FIFOs, /dev/zero stay bounded)."""
    with path.open("rb") as handle:
        return handle.read(max_bytes + 1)


def read_json_guarded(
    path: Path,
    *,
    max_bytes: int,
    what: str,
    remedy: str = "Fix the file or remove it.",
    error_type: type[TcoError] = TcoError,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> Any:
    """Read and parse a JSON file of at most ``max_bytes`` bytes; raises ``error_type``."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise error_type(
                f"Cannot read {what} {path}: it is {size:,} bytes, larger than the "
                f"{max_bytes:,} byte limit. {remedy}"
            )
        data = read_file_capped(path, max_bytes=max_bytes)
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise error_type(f"Cannot read {what} {path}: {reason}. {remedy}") from None
    return parse_json_guarded(
        data,
        source=str(path),
        max_bytes=max_bytes,
        what=what,
        remedy=remedy,
        error_type=error_type,
        max_depth=max_depth,
    )
