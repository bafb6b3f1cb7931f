"""Caption templates: placeholder parsing, filling, validation and the built-in set."""

from __future__ import annotations

import random
import re

import pytest

from medsos_desktop.domain.caption_templates import (
    AUTOFILL_FIELDS,
    BUILTIN_TEMPLATES,
    FIELD_KINDS,
    KNOWN_FIELDS,
    TR_CONTEXT,
    CaptionTemplate,
    FieldSpec,
    Placeholder,
    TemplateProblem,
    autofill_values,
    builtin_template,
    builtin_templates_for,
    fields_for,
    fill,
    format_problem,
    has_errors,
    parse_placeholders,
    validate_template,
)
from medsos_desktop.domain.posts import Category


def codes(problems: list[TemplateProblem]) -> list[str]:
    return [p.code for p in problems]


def all_values(body: str) -> dict[str, str]:
    return {spec.name: f"<{spec.name}>" for spec in fields_for(body)}


# --- parsing ---------------------------------------------------------------------------


def test_well_formed_placeholders_with_positions() -> None:
    body = "Rapat {kegiatan} di {lokasi}."
    placeholders, problems = parse_placeholders(body)
    assert placeholders == [Placeholder("kegiatan", 6, 16), Placeholder("lokasi", 20, 28)]
    assert problems == []
    for p in placeholders:
        assert body[p.start : p.end] == "{" + p.name + "}"


def test_no_placeholders_and_empty_body() -> None:
    assert parse_placeholders("") == ([], [])
    assert parse_placeholders("Selamat pagi, warga!") == ([], [])


def test_unclosed_placeholder() -> None:
    placeholders, problems = parse_placeholders("Halo {kegiatan")
    assert placeholders == []
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.code, problem.severity) == ("unclosed", "error")
    assert (problem.start, problem.end) == (5, 14)
    assert problem.params["example"] == "{kegiatan}"


def test_unclosed_does_not_swallow_following_lines() -> None:
    body = "Halo {kegiatan\nbertempat di {lokasi}"
    placeholders, problems = parse_placeholders(body)
    assert [p.name for p in placeholders] == ["lokasi"]
    assert codes(problems) == ["unclosed"]


def test_unclosed_at_end_of_text() -> None:
    placeholders, problems = parse_placeholders("Harga naik {")
    assert placeholders == []
    assert codes(problems) == ["unclosed"]
    assert (problems[0].start, problems[0].end) == (11, 12)


def test_stray_closing_brace() -> None:
    placeholders, problems = parse_placeholders("Selamat} datang di {lokasi}")
    assert [p.name for p in placeholders] == ["lokasi"]
    assert codes(problems) == ["unopened"]
    assert problems[0].severity == "error"
    assert (problems[0].start, problems[0].end) == (7, 8)


def test_empty_braces_are_invalid_name() -> None:
    placeholders, problems = parse_placeholders("Isi {} dan { }")
    assert placeholders == []
    assert codes(problems) == ["invalid_name", "invalid_name"]
    assert [(p.start, p.end) for p in problems] == [(4, 6), (11, 14)]
    assert all(p.severity == "error" for p in problems)


@pytest.mark.parametrize(
    ("body", "example"),
    [
        ("{Nama Kegiatan!}", "{nama_kegiatan}"),
        ("{Kegiatan}", "{kegiatan}"),
        ("{ kegiatan }", "{kegiatan}"),
        ("{1tahun}", "{tahun}"),
        ("{lokasi-acara}", "{lokasi_acara}"),
        ("{tanggal:%d}", "{tanggal_d}"),
        ("{!!!}", "{kegiatan}"),
        ("{kégiatan}", "{kegiatan}"),
        ("{" + "a" * 41 + "}", "{" + "a" * 40 + "}"),
    ],
)
def test_invalid_names_with_suggestion(body: str, example: str) -> None:
    placeholders, problems = parse_placeholders(body)
    assert placeholders == []
    assert codes(problems) == ["invalid_name"]
    assert (problems[0].start, problems[0].end) == (0, len(body))
    assert problems[0].params["example"] == example


def test_long_invalid_name_is_shortened_in_message() -> None:
    inner = "Ini adalah kalimat panjang yang bukan nama placeholder"
    _, problems = parse_placeholders("{" + inner + "}")
    assert problems[0].params["name"].endswith("…")
    assert len(problems[0].params["name"]) <= 30


def test_nested_braces() -> None:
    body = "{a{kegiatan}}"
    placeholders, problems = parse_placeholders(body)
    assert placeholders == [Placeholder("kegiatan", 2, 12)]
    assert codes(problems) == ["unclosed", "unopened"]
    assert (problems[0].start, problems[0].end) == (0, 2)
    assert (problems[1].start, problems[1].end) == (12, 13)


def test_escaped_braces_are_not_placeholders() -> None:
    placeholders, problems = parse_placeholders("Tulis {{kegiatan}} untuk contoh")
    assert placeholders == []
    assert problems == []


def test_escape_around_placeholder() -> None:
    body = "{{{kegiatan}}}"
    placeholders, problems = parse_placeholders(body)
    assert placeholders == [Placeholder("kegiatan", 2, 12)]
    assert problems == []
    assert fill(body, {"kegiatan": "Senam"}) == "{Senam}"


def test_lone_escapes() -> None:
    assert parse_placeholders("{{") == ([], [])
    assert parse_placeholders("}}") == ([], [])
    assert fill("a {{ b }} c", {}) == "a { b } c"


def test_unicode_text_and_positions() -> None:
    body = "🎉 Selamat {hari_besar} — “{tahun}” ✨ Jalan Bhayangkara № 5"
    placeholders, problems = parse_placeholders(body)
    assert [p.name for p in placeholders] == ["hari_besar", "tahun"]
    assert problems == []
    for p in placeholders:
        assert body[p.start : p.end] == "{" + p.name + "}"
    assert fill(body, {"hari_besar": "Idulfitri", "tahun": "1448 H"}) == (
        "🎉 Selamat Idulfitri — “1448 H” ✨ Jalan Bhayangkara № 5"
    )


def test_unicode_letters_are_not_valid_names() -> None:
    _, problems = parse_placeholders("{kegiatan_ñ} {名前}")
    assert codes(problems) == ["invalid_name", "invalid_name"]


def test_unknown_name_is_a_warning_with_suggestion() -> None:
    placeholders, problems = parse_placeholders("Di {lokassi} dan {nomor_sk}")
    assert [p.name for p in placeholders] == ["lokassi", "nomor_sk"]
    assert codes(problems) == ["unknown", "unknown"]
    assert all(p.severity == "warning" for p in problems)
    assert problems[0].params == {"name": "lokassi", "example": "{lokasi}"}
    assert problems[1].params == {"name": "nomor_sk"}


def test_every_known_field_parses_cleanly() -> None:
    body = " ".join("{" + name + "}" for name in KNOWN_FIELDS)
    placeholders, problems = parse_placeholders(body)
    assert [p.name for p in placeholders] == list(KNOWN_FIELDS)
    assert problems == []


def test_problems_are_in_order_of_position() -> None:
    _, problems = parse_placeholders("} {} {x {lokasi} {Salah}")
    starts = [p.start for p in problems]
    assert starts == sorted(starts)
    assert codes(problems) == ["unopened", "invalid_name", "unclosed", "invalid_name"]


# --- messages --------------------------------------------------------------------------


def test_problem_messages_format_with_their_params() -> None:
    body = "} {} {x {lokassi} {Salah} {baru}"
    problems = validate_template("", body) + validate_template("Nama", "")
    assert {p.code for p in problems} >= {
        "unopened",
        "invalid_name",
        "unclosed",
        "unknown",
        "name_empty",
        "body_empty",
    }
    for problem in problems:
        text = format_problem(problem)
        assert text
        assert not re.search(r"\{(name|example)\}", text)


def test_format_problem_uses_translation_and_survives_a_broken_one() -> None:
    _, problems = parse_placeholders("{lokassi}")
    problem = problems[0]
    seen: list[tuple[str, str]] = []

    def translate(context: str, source: str) -> str:
        seen.append((context, source))
        return "“{name}” bukan kolom baku. Maksud Anda {example}?"

    assert format_problem(problem, translate) == "“lokassi” bukan kolom baku. Maksud Anda {lokasi}?"
    assert seen == [(TR_CONTEXT, problem.message)]

    def broken(context: str, source: str) -> str:
        return "“{nama}” bukan kolom baku {"

    assert "lokassi" in format_problem(problem, broken)


# --- fields_for ------------------------------------------------------------------------


def test_fields_for_order_and_dedupe() -> None:
    body = "{lokasi} {kegiatan} {lokasi} {{tanggal}} {kegiatan} {Salah} {waktu"
    assert [f.name for f in fields_for(body)] == ["lokasi", "kegiatan"]
    assert fields_for(body)[0] is KNOWN_FIELDS["lokasi"]


def test_fields_for_unknown_name_gets_humanised_text_field() -> None:
    (spec,) = fields_for("SK nomor {nomor_surat_keputusan}")
    assert spec == FieldSpec("nomor_surat_keputusan", "Nomor surat keputusan", "text")


def test_fields_for_empty_body() -> None:
    assert fields_for("") == []


def test_known_fields_are_well_formed() -> None:
    required = {
        "kegiatan",
        "tanggal",
        "waktu",
        "lokasi",
        "instansi",
        "pemerintah",
        "pimpinan",
        "jabatan",
        "akun_kolaborasi",
        "layanan",
        "syarat",
        "kontak",
        "tautan",
        "capaian",
        "angka",
        "periode",
        "hoaks",
        "fakta",
        "sumber",
        "hari_besar",
        "tahun",
        "ajakan",
        "judul",
        "isi",
    }
    assert required <= set(KNOWN_FIELDS)
    assert AUTOFILL_FIELDS.issubset(KNOWN_FIELDS)
    for name, spec in KNOWN_FIELDS.items():
        assert spec.name == name
        assert spec.label and spec.label[0].isupper()
        assert spec.kind in FIELD_KINDS
        assert spec.hint
        assert parse_placeholders("{" + name + "}")[1] == []
    assert KNOWN_FIELDS["tanggal"].kind == "date"
    assert KNOWN_FIELDS["waktu"].kind == "time"
    assert KNOWN_FIELDS["akun_kolaborasi"].kind == "account"
    assert KNOWN_FIELDS["tautan"].kind == "url"


# --- fill --------------------------------------------------------------------------------


def test_fill_replaces_values() -> None:
    body = "{instansi} menggelar {kegiatan} di {lokasi}."
    values = {"instansi": "Dinas Kesehatan", "kegiatan": "Posyandu", "lokasi": "Balai RW 05"}
    assert fill(body, values) == "Dinas Kesehatan menggelar Posyandu di Balai RW 05."


def test_fill_leaves_missing_and_empty_values_as_placeholders() -> None:
    body = "{kegiatan} pada {tanggal} di {lokasi}"
    assert fill(body, {"kegiatan": "Rapat", "tanggal": "", "lokasi": "   "}) == (
        "Rapat pada {tanggal} di {lokasi}"
    )


def test_fill_trims_values_and_does_not_reparse_them() -> None:
    body = "Acara: {kegiatan}, {lokasi}"
    values = {"kegiatan": "  Senam {lokasi} }{ \n", "lokasi": "Lapangan"}
    assert fill(body, values) == "Acara: Senam {lokasi} }{, Lapangan"


def test_fill_fills_unknown_names_when_given() -> None:
    assert fill("SK {nomor_sk}", {"nomor_sk": "12/2026"}) == "SK 12/2026"


def test_fill_leaves_malformed_parts_verbatim() -> None:
    body = "} {Nama Acara} {} {kegiatan {a{lokasi}}"
    assert fill(body, {"kegiatan": "X", "lokasi": "Y"}) == "} {Nama Acara} {} {kegiatan {aY}"


def test_fill_repeated_placeholder() -> None:
    assert fill("{tahun} dan {tahun}", {"tahun": "2026"}) == "2026 dan 2026"


def test_fill_ignores_non_string_values_gracefully() -> None:
    values = {"tahun": 2026, "angka": None}
    assert fill("{tahun} {angka}", values) == "2026 {angka}"  # type: ignore[arg-type]


# --- validate_template ---------------------------------------------------------------------


def test_validate_template_name_and_body() -> None:
    assert validate_template("Liputan", "{kegiatan} di {lokasi}") == []
    problems = validate_template("  ", " \n ")
    assert codes(problems) == ["name_empty", "body_empty"]
    assert all(p.severity == "error" for p in problems)
    assert has_errors(problems)


def test_validate_template_collects_parse_problems() -> None:
    problems = validate_template("Baru", "Halo {kegiatan dan {warga}")
    assert codes(problems) == ["unclosed", "unknown"]
    assert has_errors(problems)
    assert not has_errors([p for p in problems if p.code == "unknown"])


# --- property-style checks over random input ---------------------------------------------

_ALPHABET = "{{{}}}}ab_zK 1\n\r!é🎉—"
_WORDS = ["{", "}", "{{", "}}", "{kegiatan}", "{lokasi}", "{nama_x}", "{}", "{A}", "teks ", "\n"]


def _random_strings(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    for _ in range(count):
        if rng.random() < 0.5:
            out.append("".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 30))))
        else:
            out.append("".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 12))))
    return out


def test_random_input_never_raises_and_spans_are_sane() -> None:
    for body in _random_strings(3000, seed=20261124):
        placeholders, problems = parse_placeholders(body)
        for p in placeholders:
            assert body[p.start : p.end] == "{" + p.name + "}"
        for problem in problems:
            assert 0 <= problem.start < problem.end <= len(body)
            assert problem.severity in {"error", "warning"}
            assert format_problem(problem)
        validate_template("x", body)
        fields_for(body)
        fill(body, {})
        fill(body, all_values(body))


def test_random_well_formed_bodies_fill_completely() -> None:
    checked = 0
    for body in _random_strings(3000, seed=7):
        if has_errors(validate_template("x", body)):
            continue
        checked += 1
        filled = fill(body, all_values(body))
        # Every brace left must come from an escape: a placeholder never survives.
        if "{{" not in body:
            assert "{" not in filled
        if "}}" not in body:
            assert "}" not in filled
        assert fill(body, {}).count("{") >= len(parse_placeholders(body)[0])
    assert checked > 200


def test_random_token_bodies_fill_exactly() -> None:
    """Bodies built from known pieces, so the expected output is known too."""
    rng = random.Random(42)
    names = [*KNOWN_FIELDS, "nomor_sk"]
    for _ in range(1000):
        body_parts: list[str] = []
        expected: list[str] = []
        values: dict[str, str] = {}
        for _ in range(rng.randint(0, 10)):
            kind = rng.randrange(4)
            if kind == 0:
                name = rng.choice(names)
                values.setdefault(name, f"nilai {name} ✓")
                body_parts.append("{" + name + "}")
                expected.append(values[name])
            elif kind == 1:
                brace = rng.choice("{}")
                body_parts.append(brace * 2)
                expected.append(brace)
            else:
                text = rng.choice(["Halo ", "warga", " 🎉 ", "\n", "tanggal", "é"])
                body_parts.append(text)
                expected.append(text)
        body = "".join(body_parts)
        assert not has_errors(parse_placeholders(body)[1]), body
        assert fill(body, values) == "".join(expected)


# --- built-in templates -------------------------------------------------------------------


def test_builtins_cover_every_category() -> None:
    assert len(BUILTIN_TEMPLATES) >= 8
    assert {t.category for t in BUILTIN_TEMPLATES} == set(Category)
    for category in Category:
        assert builtin_templates_for(category)


def test_builtin_keys_and_names_are_unique() -> None:
    keys = [t.key for t in BUILTIN_TEMPLATES]
    names = [t.name for t in BUILTIN_TEMPLATES]
    assert len(set(keys)) == len(keys)
    assert len(set(names)) == len(names)
    assert all(key.startswith("builtin.") for key in keys)
    assert all(t.builtin for t in BUILTIN_TEMPLATES)
    assert builtin_template("builtin.kegiatan") is BUILTIN_TEMPLATES[0]
    assert builtin_template("tidak.ada") is None


@pytest.mark.parametrize("template", BUILTIN_TEMPLATES, ids=lambda t: t.key)
def test_builtin_validates_with_no_problems(template: CaptionTemplate) -> None:
    assert validate_template(template.name, template.body) == []
    assert all(spec.name in KNOWN_FIELDS for spec in fields_for(template.body))
    assert template.body == template.body.strip()


@pytest.mark.parametrize("template", BUILTIN_TEMPLATES, ids=lambda t: t.key)
def test_builtin_filled_with_all_fields_has_no_braces(template: CaptionTemplate) -> None:
    values = {spec.name: spec.hint for spec in fields_for(template.body)}
    filled = fill(template.body, values)
    assert "{" not in filled
    assert "}" not in filled


def test_builtin_specific_formats() -> None:
    hoaks = builtin_templates_for(Category.KLARIFIKASI_HOAKS)[0].body
    assert hoaks.startswith("[HOAKS] {hoaks}")
    assert hoaks.index("[HOAKS] {hoaks}") < hoaks.index("Faktanya: {fakta}")
    assert hoaks.index("Faktanya: {fakta}") < hoaks.index("Sumber: {sumber}")
    assert "{akun_kolaborasi}" in builtin_templates_for(Category.KOLABORASI)[0].body
    ucapan = builtin_templates_for(Category.UCAPAN_HARI_BESAR)[0].body
    assert "{hari_besar}" in ucapan
    assert "{tahun}" in ucapan


# --- autofill ----------------------------------------------------------------------------


def test_autofill_values() -> None:
    values = autofill_values(
        " Dinas Kesehatan ", "Pemerintah Kota Bandung", ["@diskominfo.bdg", "humas.bdg"]
    )
    assert values == {
        "instansi": "Dinas Kesehatan",
        "pemerintah": "Pemerintah Kota Bandung",
        "akun_kolaborasi": "@diskominfo.bdg @humas.bdg",
    }
    assert set(values) <= AUTOFILL_FIELDS


def test_autofill_dedupes_and_splits_collaborators() -> None:
    values = autofill_values("Dinas", "", ["@a, @b", "A", "", "  ", "@c @b"])
    assert values == {"instansi": "Dinas", "akun_kolaborasi": "@a @b @c"}


def test_autofill_leaves_out_empty_values() -> None:
    assert autofill_values("", "  ", []) == {}


def test_autofill_then_fill_kolaborasi() -> None:
    template = builtin_template("builtin.kolaborasi")
    assert template is not None
    values = autofill_values("Dinas Pariwisata", "Pemerintah Kota Bogor", ["@disbudpar"])
    filled = fill(template.body, values)
    assert "Dinas Pariwisata bersama @disbudpar" in filled
    remaining = {p.name for p in parse_placeholders(filled)[0]}
    assert remaining == {"kegiatan", "tanggal", "lokasi", "isi"}
