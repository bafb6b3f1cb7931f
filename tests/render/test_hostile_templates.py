"""Hostile template files: a generated corpus (fixed seed) of mutated built-in templates and
hand-made monsters. parse_template raises nothing but TemplateSpecError, and whatever it
accepts renders without an exception."""

from __future__ import annotations

import copy
import json
import math
import random
from typing import Any

import pytest

from medsos_desktop.domain.brand import BrandKit
from medsos_desktop.paths import resource_path
from medsos_desktop.render.engine import render
from medsos_desktop.render.spec import TemplateSpec, TemplateSpecError, parse_template

SEED = 20251118
MUTANTS = 2000  # at most; the loop stops once both sides are exercised enough
PARSED_ENOUGH, REFUSED_ENOUGH = 25, 100
SMALL_SIZES = [(216, 270), (240, 135), (108, 192), (200, 200)]

HOSTILE_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    -0.5,
    0.5,
    1.0000001,
    2,
    1e308,
    -1e308,
    10**30,
    float("nan"),
    float("inf"),
    "",
    " ",
    "x" * 6000,
    "../../etc/passwd",
    "C:\\Windows\\system32\\config",
    "/dev/zero",
    "file:///etc/shadow",
    "bundled:../../secret.ttf",
    "primary",
    "on:primary",
    "#GGGGGG",
    "#FFF",
    "NaN",
    "\x00\u202e",
    "😀" * 50,
    [],
    [[[[]]]],
    {},
    {"x": 0, "y": 0, "w": 1, "h": 1},
    {"x": -5, "y": 9, "w": -1, "h": 0},
    {"type": "video"},
    {"type": "text", "text": "Halo", "box": {"x": 0, "y": 0, "w": 1, "h": 1}},
    {"type": "rect", "box": {"x": -1, "y": -1, "w": 3, "h": 3}, "shape": "ellipse"},
    [0.5, 0.5],
]


def builtin_dicts() -> list[dict[str, Any]]:
    folder = resource_path("templates")
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def _containers(node: Any, out: list[Any]) -> list[Any]:
    if isinstance(node, dict):
        out.append(node)
        for value in node.values():
            _containers(value, out)
    elif isinstance(node, list):
        out.append(node)
        for value in node:
            _containers(value, out)
    return out


def mutate(data: dict[str, Any], rng: random.Random) -> Any:
    data = copy.deepcopy(data)
    for _ in range(rng.randint(1, 3)):
        target = rng.choice(_containers(data, []))
        action = rng.random()
        if isinstance(target, dict) and target:
            key = rng.choice(list(target))
            if action < 0.2:
                del target[key]
            elif action < 0.3:
                target[key + "_x"] = target.pop(key)
            elif (
                action < 0.4
                and isinstance(target[key], int | float)
                and not isinstance(target[key], bool)
            ):
                target[key] = target[key] * rng.choice([-1, 10, 1e6, 0.001]) + rng.choice(
                    [0, 0.3, -0.3]
                )
            else:
                target[key] = copy.deepcopy(rng.choice(HOSTILE_VALUES))
        elif isinstance(target, list) and target:
            index = rng.randrange(len(target))
            if action < 0.3:
                del target[index]
            elif action < 0.5:
                target.append(copy.deepcopy(target[index]))
            elif action < 0.6:
                target[:] = target * rng.randint(2, 40)
            else:
                target[index] = copy.deepcopy(rng.choice(HOSTILE_VALUES))
    if rng.random() < 0.25:  # some go through text, mangled
        text = json.dumps(data, ensure_ascii=rng.random() < 0.5, allow_nan=True)
        if rng.random() < 0.5:
            cut = rng.randrange(len(text))
            text = (
                text[:cut]
                + rng.choice(["", "}", "]", '"', "NaN", "\\u0000", "\ufffd"])
                + text[cut + 1 :]
            )
        return text.encode() if rng.random() < 0.5 else text
    return data


def random_fields(spec: TemplateSpec, rng: random.Random) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for f in spec.fields:
        choice = rng.random()
        if f.kind == "list":
            fields[f.name] = ["Poin " + "panjang " * rng.randint(0, 40)] * rng.randint(0, 30)
        elif choice < 0.3:
            fields[f.name] = ""
        elif choice < 0.6:
            fields[f.name] = "Teks uji 🎉 \ue000 " * rng.randint(1, 200)
        else:
            fields[f.name] = rng.choice(["a" * 64, "https://contoh.go.id", "x" * 3000])
    return fields


def _parse_or_refuse(candidate: Any) -> TemplateSpec | None:
    try:
        return parse_template(candidate)
    except TemplateSpecError as error:
        assert error.render()  # the message fills all of its fields
        return None


@pytest.mark.slow
def test_mutated_templates_never_break_the_parser_or_the_renderer() -> None:
    rng = random.Random(SEED)
    bases = builtin_dicts()
    parsed = refused = 0
    for _ in range(MUTANTS):
        if parsed >= PARSED_ENOUGH and refused >= REFUSED_ENOUGH:
            break
        candidate = mutate(rng.choice(bases), rng)
        spec = _parse_or_refuse(candidate)
        if spec is None:
            refused += 1
            continue
        parsed += 1
        size = rng.choice(SMALL_SIZES)
        slide = rng.randrange(len(spec.slides))
        result = render(
            spec, size, BrandKit(), random_fields(spec, rng), load_blob=lambda _: None, slide=slide
        )
        assert result.image.size == size
    # The corpus exercises both sides (how many mutants that takes depends on the templates).
    assert parsed >= PARSED_ENOUGH and refused >= REFUSED_ENOUGH


@pytest.mark.parametrize(
    "candidate",
    [
        "[" * 200_000,
        "{" * 50_000 + "}" * 50_000,
        '{"a":' * 10_000 + "1" + "}" * 10_000,
        " " * (2 * 1024 * 1024),
        json.dumps({"spec_version": 1, "description": "x" * (2 * 1024 * 1024)}),
        b"\x00" * 1000,
        b"\xef\xbb\xbf{}",
        "{}",
        '{"spec_version": 1, "spec_version": 2}',
        '{"spec_version": 9007199254740993}',
        '{"spec_version": -1e-400}',
        "1" * 100_000,
        '"' + "\\u0000" * 1000 + '"',
    ],
    ids=lambda c: repr(c[:24]),
)
def test_monstrous_files_are_refused_cleanly(candidate: str | bytes) -> None:
    with pytest.raises(TemplateSpecError):
        parse_template(candidate)


def test_monstrous_dicts_are_refused_cleanly() -> None:
    deep: dict[str, Any] = {}
    node = deep
    for _ in range(5000):
        node["a"] = {}
        node = node["a"]
    cyclic: dict[str, Any] = {"spec_version": 1}
    cyclic["self"] = cyclic
    for candidate in (deep, cyclic, {"spec_version": math.nan}, {1: 2}, {"slides": {"a": 1}}):
        with pytest.raises(TemplateSpecError):
            parse_template(candidate)


def test_the_largest_valid_template_renders_in_bounded_time() -> None:
    """200 elements per slide, each the biggest thing allowed."""
    elements: list[dict[str, Any]] = [
        {"type": "background", "color": "primary", "gradient_to": "accent", "angle": 33}
    ]
    for i in range(66):
        elements.append(
            {
                "type": "rect",
                "box": {"x": -1, "y": -1, "w": 3, "h": 3},
                "shape": "ellipse",
                "opacity": 0.01,
                "gradient_to": "secondary",
                "angle": (i * 7) % 360,
                "bleed": True,
            }
        )
        elements.append(
            {
                "type": "text",
                "text": "Huruf " * 800,
                "box": {"x": 0, "y": 0, "w": 1, "h": 1},
                "min_size": 0.005,
            }
        )
        elements.append({"type": "footer", "box": {"x": 0, "y": 0, "w": 1, "h": 1}})
    data = {
        "spec_version": 1,
        "key": "besar",
        "name": "Besar",
        "category": "lainnya",
        "slides": [{"elements": elements}],
    }
    spec = parse_template(data)
    result = render(
        spec, (300, 300), BrandKit(footer_website="contoh.go.id"), {}, load_blob=lambda _: None
    )
    assert result.image.size == (300, 300)
