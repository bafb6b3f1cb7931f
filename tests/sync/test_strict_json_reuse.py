"""`load_strict_json` with one reused decoder refuses and accepts exactly what json.loads with
the same hooks does, with the same messages."""

from __future__ import annotations

import json

import pytest

from medsos_desktop.strict_json import (
    StrictJsonError,
    _finite_float,
    _refuse_constant,
    _unique_keys,
    load_strict_json,
)


def reference(data: bytes) -> object:
    try:
        text = data.decode("utf-8")
        return json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_float=_finite_float,
            object_pairs_hook=_unique_keys,
        )
    except StrictJsonError:
        raise
    except RecursionError as exc:
        raise StrictJsonError("nested too deeply", kind="too_deep") from exc
    except ValueError as exc:  # the one error type the loader raises, with the same message
        raise StrictJsonError(str(exc), kind="syntax") from exc


def outcome(function, data: bytes) -> tuple[str, object]:
    try:
        return "ok", function(data)
    except ValueError as exc:
        return type(exc).__name__, str(exc)


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf{}",
        b'{"a": 1, "a": 2}',
        b'{"a": 1, "b": {"c": 1, "c": 1}}',
        b"NaN",
        b"[-Infinity]",
        b'{"a": Infinity}',
        b"[1,",
        b"",
        b"   ",
        b"\xff",
        b'"x"',
        b"1e400",
        b'{"a": [1, {"b": null, "c": true}], "d": "\\u00e9"}',
        b'{"a": 1} x',
        b"[" * 5000 + b"]" * 5000,
    ],
)
def test_same_as_json_loads(data: bytes) -> None:
    assert outcome(load_strict_json, data) == outcome(reference, data)
