"""The template spec: what parses, what is refused, and that every message names the path."""

from __future__ import annotations

import json
from typing import Any

import pytest

from medsos_desktop.domain.posts import Category
from medsos_desktop.render import spec as spec_module
from medsos_desktop.render.spec import (
    FIELD_LABELS,
    MAX_DEPTH,
    SPEC_VERSION,
    ListElement,
    TemplateSpecError,
    TextElement,
    load_builtin_templates,
    parse_template,
    template_to_dict,
    template_to_json,
)


def minimal() -> dict[str, Any]:
    return {
        "spec_version": 1,
        "key": "contoh",
        "name": "Contoh",
        "category": "pengumuman",
        "fields": [
            {"name": "title", "label": "Title", "kind": "text", "required": True},
            {"name": "points", "label": "Points", "kind": "list", "max_items": 4},
            {"name": "photo", "label": "Photo", "kind": "image"},
        ],
        "slides": [
            {
                "elements": [
                    {"type": "background", "color": "background"},
                    {"type": "rect", "box": {"x": 0, "y": 0, "w": 1, "h": 0.2}, "color": "primary"},
                    {
                        "type": "text",
                        "id": "title",
                        "field": "title",
                        "font": "heading",
                        "box": {"x": 0.1, "y": 0.2, "w": 0.8, "h": 0.2},
                        "layouts": {
                            "landscape": {"box": {"x": 0.05, "y": 0.1, "w": 0.5, "h": 0.4}}
                        },
                    },
                    {
                        "type": "list",
                        "field": "points",
                        "box": {"x": 0.1, "y": 0.5, "w": 0.8, "h": 0.4},
                        "follow": "title",
                    },
                    {"type": "image", "field": "photo", "box": {"x": 0, "y": 0, "w": 1, "h": 0.3}},
                ]
            }
        ],
    }


def error_for(data: Any) -> TemplateSpecError:
    with pytest.raises(TemplateSpecError) as info:
        parse_template(data)
    return info.value


def test_minimal_template_parses_with_overrides_resolved() -> None:
    spec = parse_template(minimal())
    assert spec.category is Category.PENGUMUMAN
    title = spec.slides[0].elements[2]
    assert isinstance(title, TextElement)
    assert title.for_aspect("landscape").box.w == 0.5
    assert title.for_aspect("portrait") is title
    assert title.for_aspect("story") is title
    assert isinstance(spec.slides[0].elements[3], ListElement)


def test_story_falls_back_to_the_portrait_override() -> None:
    data = minimal()
    data["slides"][0]["elements"][2]["layouts"] = {"portrait": {"max_lines": 2}}
    element = parse_template(data).slides[0].elements[2]
    assert element.for_aspect("story").max_lines == 2  # type: ignore[attr-defined]
    assert element.for_aspect("square").max_lines == 6  # type: ignore[attr-defined]


def test_json_text_and_bytes_parse_the_same() -> None:
    as_dict = parse_template(minimal())
    assert parse_template(json.dumps(minimal())) == as_dict
    assert parse_template(json.dumps(minimal()).encode()) == as_dict


@pytest.mark.parametrize("spec", load_builtin_templates(), ids=lambda s: s.key)
def test_builtin_templates_round_trip(spec: spec_module.TemplateSpec) -> None:
    text = template_to_json(spec)
    assert parse_template(text) == spec
    assert template_to_json(parse_template(text)) == text


def test_round_trip_of_overrides_that_reset_a_key_to_its_default() -> None:
    data = minimal()
    data["slides"][0]["elements"][2]["max_lines"] = 3
    data["slides"][0]["elements"][2]["layouts"] = {"square": {"max_lines": 6}}
    spec = parse_template(data)
    assert parse_template(template_to_json(spec)) == spec
    dumped = template_to_dict(spec)["slides"][0]["elements"][2]
    assert dumped["layouts"]["square"] == {"max_lines": 6}


def test_there_are_at_least_eight_builtins_covering_the_issue() -> None:
    keys = {s.key for s in load_builtin_templates()}
    assert len(keys) >= 8
    assert {
        "pengumuman",
        "agenda-kegiatan",
        "capaian-kinerja",
        "infografis-poin",
        "kutipan-pimpinan",
        "layanan-publik",
        "klarifikasi-hoaks",
        "ucapan-hari-besar",
    } <= keys


def test_builtin_field_labels_are_marked_for_translation() -> None:
    for spec in load_builtin_templates():
        for f in spec.fields:
            assert f.label in FIELD_LABELS, f"{spec.key}.{f.name}: {f.label!r}"


def test_hoax_labels_are_fields_with_defaults() -> None:
    spec = next(s for s in load_builtin_templates() if s.key == "klarifikasi-hoaks")
    assert spec.field("hoax_label").default == "HOAKS"  # type: ignore[union-attr]
    assert spec.field("fact_label").default == "FAKTA"  # type: ignore[union-attr]


def _mutate(path: str, value: Any) -> dict[str, Any]:
    """minimal() with the value at a dotted path (list indices as numbers) replaced."""
    data = minimal()
    *parents, last = path.split(".")
    node: Any = data
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    if value is _DELETE:
        del node[int(last) if last.isdigit() else last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return data


_DELETE = object()

BAD = [
    ("slides.0.elements.2.box.w", 1.5, "slides[0].elements[2].box.w: must be a number between"),
    ("slides.0.elements.2.box.w", "wide", "slides[0].elements[2].box.w: must be a number"),
    ("slides.0.elements.2.box.w", True, "slides[0].elements[2].box.w: must be a number"),
    ("slides.0.elements.2.box.x", -0.1, "slides[0].elements[2].box.x: must be a number"),
    ("slides.0.elements.2.box.x", 0.5, "slides[0].elements[2].box: the box must lie inside"),
    ("slides.0.elements.2.box.h", _DELETE, "slides[0].elements[2].box.h: required key is missing"),
    ("slides.0.elements.2.max_lines", 0, "slides[0].elements[2].max_lines: must be a whole number"),
    ("slides.0.elements.2.max_lines", 2.5, "slides[0].elements[2].max_lines: must be a whole"),
    ("slides.0.elements.2.color", "blue", "slides[0].elements[2].color: must be a colour"),
    ("slides.0.elements.2.color", "#12345", "slides[0].elements[2].color: must be a colour"),
    ("slides.0.elements.2.color", "on:purple", "slides[0].elements[2].color: must be a colour"),
    ("slides.0.elements.2.font", "comic", "slides[0].elements[2].font: must be one of heading"),
    ("slides.0.elements.2.align", None, "slides[0].elements[2].align: must be one of"),
    ("slides.0.elements.2.shadow", 3, "slides[0].elements[2].shadow: unknown key"),
    ("slides.0.elements.2.type", "video", "slides[0].elements[2].type: unknown element type"),
    ("slides.0.elements.2.type", _DELETE, "slides[0].elements[2].type: required key is missing"),
    ("slides.0.elements.2.field", "judul", "slides[0].elements[2].field: no field named"),
    ("slides.0.elements.2.field", "photo", 'slides[0].elements[2].field: field "photo" is a'),
    ("slides.0.elements.2.min_size", 0.4, "slides[0].elements[2].min_size: must not be larger"),
    ("slides.0.elements.2.layouts", {"wide": {}}, "slides[0].elements[2].layouts.wide: must be"),
    ("slides.0.elements.2.layouts", [], "slides[0].elements[2].layouts: must be an object"),
    (
        "slides.0.elements.2.layouts",
        {"square": {"box": {"x": 0, "y": 0, "w": 2, "h": 1}}},
        "slides[0].elements[2].layouts.square.box.w: must be a number between 0.001 and 1",
    ),
    (
        "slides.0.elements.2.layouts",
        {"square": {"type": "rect"}},
        "slides[0].elements[2].layouts.square.type: unknown key",
    ),
    ("slides.0.elements.3.follow", "nothing", "slides[0].elements[3].follow: no element with id"),
    ("slides.0.elements.1.box.w", -1, "slides[0].elements[1].box.w: must be a number"),
    ("slides.0.elements.4.fit", "stretch", "slides[0].elements[4].fit: must be one of cover"),
    ("slides.0.elements.4.focal", [0.5], "slides[0].elements[4].focal: must be a list"),
    ("slides.0.elements.4.focal", [0.5, 2], "slides[0].elements[4].focal[1]: must be a number"),
    ("slides.0.elements", {}, "slides[0].elements: must be a list"),
    ("slides.0.elements.0", "background", "slides[0].elements[0]: must be an object"),
    ("slides.0.extra", 1, "slides[0].extra: unknown key"),
    ("slides", [], "slides: needs at least 1 item(s)"),
    ("slides", _DELETE, "slides: required key is missing"),
    ("fields.0.kind", "video", "fields[0].kind: must be one of text"),
    ("fields.0.name", "Judul Besar", 'fields[0].name: "Judul Besar" is not allowed'),
    ("fields.0.name", "points", 'fields[1].name: the name "points" is used twice'),
    ("fields.0.label", "", "fields[0].label: must not be empty"),
    ("fields.0.max_length", 10**6, "fields[0].max_length: must be a whole number between 1"),
    ("fields.1.default", "satu", "fields[1].default: must be a list"),
    ("fields.1.default", ["a"] * 5, "fields[1].default: at most 4 items are allowed"),
    ("fields.0.default", "x" * 300, "fields[0].default: must be text of at most 200"),
    ("category", "olahraga", "category: must be one of kegiatan"),
    ("key", "../../etc", 'key: "../../etc" is not allowed'),
    ("name", 12, "name: must be text of at most 80"),
    ("spec_version", 0, "spec_version: must be a whole number between 1 and 1"),
    ("spec_version", "1", "spec_version: must be a whole number"),
    ("colour_scheme", "dark", "colour_scheme: unknown key"),
]


@pytest.mark.parametrize(
    ("path", "value", "message"),
    BAD,
    ids=[(f"{p}=<deleted>" if v is _DELETE else f"{p}={v!r}")[:60] for p, v, _ in BAD],
)
def test_bad_values_are_refused_with_their_path(path: str, value: Any, message: str) -> None:
    error = error_for(_mutate(path, value))
    assert str(error).startswith(message), str(error)
    assert error.render().startswith(message)
    assert error.context == "TemplateSpec"


def test_the_example_message_from_the_issue() -> None:
    data = minimal()
    data["slides"][0]["elements"][3]["box"]["w"] = 7
    assert str(error_for(data)).startswith(
        "slides[0].elements[3].box.w: must be a number between 0.001 and 1"
    )


def test_a_spec_version_from_the_future_is_named() -> None:
    data = {**minimal(), "spec_version": SPEC_VERSION + 1}
    error = error_for(data)
    assert error.path == "spec_version"
    assert "newer Medsos Desktop" in str(error)


def test_text_and_field_are_exclusive_and_one_is_needed() -> None:
    data = minimal()
    data["slides"][0]["elements"][2]["text"] = "Halo"
    assert "set either field or text" in str(error_for(data))
    del data["slides"][0]["elements"][2]["text"]
    del data["slides"][0]["elements"][2]["field"]
    assert "set field or text" in str(error_for(data))


def test_duplicate_element_ids_are_refused() -> None:
    data = minimal()
    data["slides"][0]["elements"][3]["id"] = "title"
    assert str(error_for(data)).startswith('slides[0].elements[3].id: the name "title"')


def test_absurd_sizes_are_refused() -> None:
    data = minimal()
    data["slides"][0]["elements"] = [{"type": "background"}] * 201
    assert str(error_for(data)).startswith("slides[0].elements: at most 200 items")
    data = minimal()
    data["slides"][0]["elements"][2] = {
        "type": "text",
        "text": "x" * 5001,
        "box": {"x": 0, "y": 0, "w": 1, "h": 1},
    }
    assert str(error_for(data)).startswith("slides[0].elements[2].text: must be text of at most")
    data = minimal()
    data["slides"] = [minimal()["slides"][0]] * 21
    assert str(error_for(data)).startswith("slides: at most 20 items")


def test_json_over_a_megabyte_is_refused_before_parsing() -> None:
    data = minimal()
    data["description"] = "x" * (1024 * 1024)
    error = error_for(json.dumps(data))
    assert "KB" in str(error) and error.path == "template"


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(constant: str) -> None:
    text = json.dumps(minimal()).replace('"w": 0.8', f'"w": {constant}', 1)
    assert constant.lstrip("-") in str(error_for(text))


def test_nan_in_a_dict_is_refused_with_its_path() -> None:
    error = error_for(_mutate("slides.0.elements.2.box.w", float("nan")))
    assert str(error).startswith("slides[0].elements[2].box.w: must be a number")


def test_deep_nesting_is_refused_without_recursing() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    assert "nested" in str(error_for(deep))
    nested: Any = {}
    node = nested
    for _ in range(MAX_DEPTH + 5):
        node["a"] = {}
        node = node["a"]
    assert "nested" in str(error_for({**minimal(), "description": nested}))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "not valid JSON"),
        ("{", "not valid JSON"),
        ("[1, 2]", "template: must be an object"),
        ("null", "template: must be an object"),
        ('{"spec_version": 1e999}', "1e999 is not a number"),
        ('{"spec_version": ' + "9" * 5000 + "}", "not valid JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
    ],
)
def test_broken_json_is_reported(text: str | bytes, expected: str) -> None:
    assert expected in str(error_for(text))


def test_escaping_strings_are_only_text() -> None:
    """Path-like strings are accepted as literal text (templates never name files)."""
    data = minimal()
    data["slides"][0]["elements"][1] = {
        "type": "text",
        "text": "../../../etc/passwd C:\\Windows\\system32",
        "box": {"x": 0, "y": 0, "w": 1, "h": 1},
    }
    spec = parse_template(data)
    assert spec.slides[0].elements[1].text.startswith("../")  # type: ignore[attr-defined]
