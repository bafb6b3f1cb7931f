"""The one strict JSON reader of files from outside (central folder, templates)."""

from __future__ import annotations

import json

import pytest

from medsos_desktop.render.spec import TemplateSpecError, parse_template
from medsos_desktop.strict_json import DEFAULT_MAX_DEPTH, StrictJsonError, load_strict_json


def refusal(data: bytes, **options: object) -> StrictJsonError:
    with pytest.raises(StrictJsonError) as caught:
        load_strict_json(data, **options)  # type: ignore[arg-type]
    return caught.value


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b'{"a": 1, "a": 1}', "duplicate_key"),
        (b'[{"x": {"k": 1, "j": 2, "k": 3}}]', "duplicate_key"),
        (b"NaN", "not_finite"),
        (b'{"w": -Infinity}', "not_finite"),
        (b"[1e400]", "not_finite"),
        (b"\xef\xbb\xbf{}", "syntax"),
        (b"\xff{}", "encoding"),
        (b'{"a": }', "syntax"),
        (b"9" * 5000, "syntax"),
        (b"[" * 100_000, "too_deep"),
    ],
)
def test_each_rule_refuses_with_its_kind(data: bytes, kind: str) -> None:
    assert refusal(data).kind == kind


def test_the_duplicate_key_is_named() -> None:
    error = refusal(b'{"region": "a", "region": "b"}')
    assert error.value == "region" and "region" in str(error)


def test_a_syntax_error_carries_its_position() -> None:
    error = refusal(b'{\n  "a": 1,\n  "b": ]\n}')
    assert (error.line, error.column) == (3, 8)
    assert error.reason == "Expecting value"


def test_depth_counts_brackets_outside_strings_only() -> None:
    at_limit = b"[" * DEFAULT_MAX_DEPTH + b"]" * DEFAULT_MAX_DEPTH
    assert load_strict_json(at_limit) is not None
    assert refusal(b"[" + at_limit + b"]").kind == "too_deep"
    many_in_text = json.dumps({"text": "[{" * 5000, "list": [[1], [2], {"a": [3]}]}).encode()
    assert load_strict_json(many_in_text) == json.loads(many_in_text)
    assert refusal(b"[[[1]]]", max_depth=2).limit == 2


def test_size_is_checked_before_reading() -> None:
    error = refusal(b'"' + b"x" * 100 + b'"', max_bytes=50)
    assert (error.kind, error.size, error.limit) == ("too_large", 102, 50)


def test_a_byte_order_mark_only_where_allowed() -> None:
    assert load_strict_json(b'\xef\xbb\xbf{"a": 1}', allow_bom=True) == {"a": 1}


def test_plain_json_reads_as_json_loads_does() -> None:
    data = b'{"a": [1, 2.5, -0.0, {"b": null, "c": true}], "d": "\\u00e9", "e": 1e308}'
    assert load_strict_json(data) == json.loads(data)


def test_a_template_with_a_key_twice_is_refused() -> None:
    """render/spec.py reads templates through the same reader (it accepted the last value)."""
    with pytest.raises(TemplateSpecError) as caught:
        parse_template('{"spec_version": 1, "key": "a", "key": "b"}')
    assert '"key"' in str(caught.value) and caught.value.path == "template"
