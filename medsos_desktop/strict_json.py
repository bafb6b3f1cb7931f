"""The one JSON reader for files that come from outside: the central folder and templates.

`json.loads` as it stands accepts what a hostile or damaged file should never pass for
data: a key given twice (two readers may each see a different value, and the bytes a
signature covers would say two things), `NaN`, `Infinity` and numbers too large for a
float, input nested so deep that parsing exhausts the stack, and files of any size.
`load_strict_json` refuses all of them with one error type, `StrictJsonError`, whose
`kind` tells a caller which rule refused the input so that it can say so in its own
words (the sync reader puts the English reason into its report; the template parser
maps each kind to a translated message).

Neutral ground: it imports nothing of the project, so `sync/` and `render/` both use it.
"""

from __future__ import annotations

import json
import math
import re
from typing import Literal

DEFAULT_MAX_BYTES = 16 * 1024 * 1024
# Brackets deep, the outermost object or list counting 1. The central folder's writer
# writes at most 65 levels (sync's canonical JSON refuses more); no template needs 32.
DEFAULT_MAX_DEPTH = 100

Kind = Literal["too_large", "encoding", "too_deep", "not_finite", "duplicate_key", "syntax"]

# A JSON string (with its escapes) and one bracket, for the depth count before parsing.
_STRING_RE = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET_RE = re.compile(r"[\[\]{}]")
_BOM_MESSAGE = "Unexpected UTF-8 BOM (decode using utf-8-sig)"


class StrictJsonError(ValueError):
    """Input `load_strict_json` refuses. `str()` is a short English reason.

    `kind` names the rule; `reason` is the parser's own words, without the position
    that `line` and `column` give for a syntax error (None when the parser gives
    none); `value` is the offending key or number; `size` and `limit` are set for
    input that is too large or too deep.
    """

    def __init__(
        self,
        message: str,
        *,
        kind: Kind,
        reason: str | None = None,
        line: int | None = None,
        column: int | None = None,
        value: str | None = None,
        size: int | None = None,
        limit: int | None = None,
    ) -> None:
        super().__init__(message)
        self.kind: Kind = kind
        self.reason = message if reason is None else reason
        self.line = line
        self.column = column
        self.value = value
        self.size = size
        self.limit = limit


def _refuse_constant(name: str) -> object:
    raise StrictJsonError(f"{name} is not allowed", kind="not_finite", value=name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e400 reads as infinity
        raise StrictJsonError(f"{text[:40]} is not allowed", kind="not_finite", value=text[:40])
    return value


def _unique_keys(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = dict(pairs)
    if len(result) == len(pairs):
        return result  # no key twice (the common case, checked at C speed)
    result = {}
    for key, value in pairs:
        if key in result:
            raise StrictJsonError(f'the key "{key}" appears twice', kind="duplicate_key", value=key)
        result[key] = value
    return result


# Built once: json.loads(text, **hooks) builds a new decoder at every call.
_DECODER = json.JSONDecoder(
    parse_constant=_refuse_constant, parse_float=_finite_float, object_pairs_hook=_unique_keys
)


def _too_deep(text: str, max_depth: int) -> bool:
    """Whether brackets outside strings nest deeper than `max_depth`, counted before the
    parser recurses. Fewer brackets than the limit in all (nearly every file) is enough."""
    if text.count("[") + text.count("{") <= max_depth:
        return False
    depth = 0
    for bracket in _BRACKET_RE.findall(_STRING_RE.sub("", text)):
        if bracket in "[{":
            depth += 1
            if depth > max_depth:
                return True
        else:
            depth -= 1
    return False


def load_strict_json(
    data: bytes | bytearray,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
    allow_bom: bool = False,
) -> object:
    """Parse UTF-8 JSON strictly; StrictJsonError for anything but plain, finite JSON.

    Refused: more than `max_bytes` bytes, text that is not UTF-8, a byte-order mark
    (unless `allow_bom`: templates saved by Notepad carry one), nesting deeper than
    `max_depth`, a key twice in one object, NaN, Infinity and numbers that overflow a
    float, and every syntax error.
    """
    if len(data) > max_bytes:
        raise StrictJsonError(
            f"{len(data)} bytes; at most {max_bytes} are read",
            kind="too_large",
            size=len(data),
            limit=max_bytes,
        )
    try:
        text = bytes(data).decode("utf-8-sig" if allow_bom else "utf-8")
    except UnicodeDecodeError as exc:
        raise StrictJsonError(str(exc), kind="encoding") from exc
    if text.startswith("\ufeff"):  # as json.loads refuses it, with its message
        message = str(json.JSONDecodeError(_BOM_MESSAGE, text, 0))
        raise StrictJsonError(message, kind="syntax", reason=_BOM_MESSAGE, line=1, column=1)
    if _too_deep(text, max_depth):
        raise StrictJsonError("nested too deeply", kind="too_deep", limit=max_depth)
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise StrictJsonError(
            str(exc), kind="syntax", reason=exc.msg, line=exc.lineno, column=exc.colno
        ) from exc
    except RecursionError as exc:  # only when called with the stack already nearly full
        raise StrictJsonError("nested too deeply", kind="too_deep", limit=max_depth) from exc
    except StrictJsonError:
        raise
    except ValueError as exc:  # an integer of more digits than Python converts
        raise StrictJsonError(str(exc), kind="syntax") from exc
