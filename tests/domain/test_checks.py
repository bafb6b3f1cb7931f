"""Caption checks: each check fires where it should, stays quiet on near misses,
and marks exactly the text it is about."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from medsos_desktop.domain import checks
from medsos_desktop.domain.checks import (
    CheckContext,
    Finding,
    Severity,
    check_caption,
    is_valid_nik,
    measure_length,
    worst_severity,
)
from medsos_desktop.domain.platforms import RULES, Platform

CAPTION = (
    "Pemerintah Kota Bandung melalui Dinas Kesehatan menggelar vaksinasi gratis di "
    "Alun-alun Bandung, Sabtu 15/11/2025 pukul 08.00–12.00 WIB. Bawa KTP dan kartu "
    "vaksin ya, Wargi Bandung! Tahun 2025 sudah 1.500.000 warga divaksin. #BandungJuara"
)
LONG_URL = "https://dinkes.bandung.go.id/berita/2025/11/vaksinasi-gratis-alun-alun-bandung"
NIK_MAN = "3273011203900001"  # Kota Bandung, born 12-03-1990
NIK_WOMAN = "3273015708900003"  # Kota Bandung, born 17-08-1990 (day + 40)


def by_code(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def codes(findings: list[Finding]) -> set[str]:
    return {f.code for f in findings}


def marked(text: str, finding: Finding) -> str:
    return text[finding.start : finding.end]


def tags(count: int, stem: str = "Bandung") -> str:
    return " ".join(f"#{stem}{i}" for i in range(1, count + 1))


# --- Finding, Severity, worst_severity ------------------------------------------


def test_clean_realistic_caption_has_no_findings() -> None:
    context = CheckContext(official_hashtags=("#BandungJuara",), media_alt_texts=("Antrean",))
    for platform in Platform:
        assert check_caption(CAPTION, platform, context) == [], platform


def test_render_fills_params_without_translation() -> None:
    finding = Finding(
        "x", Severity.INFO, 0, 0, "Image {index} of {total}", {"index": 2, "total": 3}
    )
    assert finding.render() == "Image 2 of 3"


def test_render_uses_translation_with_caption_check_context() -> None:
    seen: list[tuple[str, str]] = []

    def translate(context: str, source: str) -> str:
        seen.append((context, source))
        return "Gambar {index} belum punya teks alternatif."

    [finding] = check_caption(CAPTION, Platform.X, CheckContext(media_alt_texts=("ok", "")))
    assert finding.render(translate) == "Gambar 2 belum punya teks alternatif."
    assert seen == [("CaptionCheck", checks.MSG_MEDIA_ALT_MISSING)]


def test_render_falls_back_to_source_when_translation_has_unknown_field() -> None:
    finding = Finding("x", Severity.INFO, 0, 0, "Image {index}", {"index": 1})
    assert finding.render(lambda _c, _s: "Gambar {nomor}") == "Image 1"


def test_finding_is_hashable_and_frozen() -> None:
    finding = Finding("x", Severity.INFO, 0, 0, "m", {"a": 1})
    assert hash(finding) == hash(Finding("x", Severity.INFO, 0, 0, "m", {"a": 1}))
    with pytest.raises(AttributeError):
        finding.code = "y"  # type: ignore[misc]


def test_worst_severity() -> None:
    def make(severity: Severity) -> Finding:
        return Finding("x", severity, 0, 0, "m")

    assert worst_severity([]) is None
    assert worst_severity([make(Severity.INFO)]) is Severity.INFO
    assert worst_severity([make(Severity.INFO), make(Severity.WARNING)]) is Severity.WARNING
    assert worst_severity(make(s) for s in (Severity.INFO, Severity.ERROR)) is Severity.ERROR


def test_findings_sorted_by_position_then_severity() -> None:
    text = "{judul} Hubungi 0812-3456-7890 atau budi@gmail.com " + tags(6)
    context = CheckContext(official_hashtags=("#BandungJuara",), media_alt_texts=("",))
    findings = check_caption(text, Platform.INSTAGRAM, context)
    keys = [(f.start, ["error", "warning", "info"].index(f.severity)) for f in findings]
    assert keys == sorted(keys)
    # Post-level findings (0, 0) come first; at position 0 the error leads.
    assert [f.code for f in findings[:3]] == [
        "placeholder.unfilled",
        "hashtags.official_missing",
        "media.alt_missing",
    ]


def test_every_message_is_marked_for_translation_and_renders() -> None:
    """Every message used is a QT_TRANSLATE_NOOP("CaptionCheck", ...) literal in checks.py."""
    tree = ast.parse(Path(checks.__file__).read_text(encoding="utf-8"))
    marked_sources = {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == "CaptionCheck"
        and isinstance(node.args[1], ast.Constant)
    }
    text = (
        "{judul} NIK 3273011203900001 KK 1234567890123456 telp 0812-3456-7890 "
        "budi@gmail.com dinkes@bandung.go.id https://s.id/vaksin "
        + " ".join(f"@akun{i}" for i in range(21))
        + " "
        + tags(31)
        + "x" * 2200
    )
    context = CheckContext(
        official_hashtags=("#BandungJuara",), media_alt_texts=("",), title="t" * 101
    )
    seen: set[str] = set()
    for platform in Platform:
        for finding in check_caption(text, platform, context) + check_caption(
            "", platform, context
        ):
            seen.add(finding.code)
            assert finding.message in marked_sources, finding.code
            rendered = finding.render()
            assert "{" not in rendered.replace("{judul}", ""), rendered
    assert seen >= {
        "length.exceeded",
        "title.too_long",
        "hashtags.too_many",
        "mentions.too_many",
        "hashtags.official_missing",
        "pii.nik",
        "pii.kk",
        "pii.phone",
        "pii.email",
        "media.alt_missing",
        "placeholder.unfilled",
        "links.not_clickable",
        "caption.empty",
    }


# --- Length ------------------------------------------------------------------------


def test_measure_length_units() -> None:
    text = "Selamat pagi, Wargi Bandung! 😀"
    assert measure_length(text, Platform.INSTAGRAM) == len(text)
    assert measure_length(text, Platform.X) == len(text) + 1  # emoji weighs 2
    assert measure_length(text, Platform.YOUTUBE) == len(text) - 1 + 4  # emoji is 4 bytes


def test_x_counts_any_link_as_23() -> None:
    assert measure_length(LONG_URL, Platform.X) == 23
    assert measure_length("Info: s.id/vaksin", Platform.X) == len("Info: ") + 23


def test_x_counts_emoji_sequence_as_two_and_indonesian_text_as_one_per_char() -> None:
    assert measure_length("👨‍👩‍👧", Platform.X) == 2
    text = "Pukul 08.00–12.00 WIB di Alun-alun, kafé terbuka"
    assert measure_length(text, Platform.X) == len(text)


@pytest.mark.parametrize("prefix_len", [278, 279])
def test_x_exactly_280_passes_281_fails_with_emoji(prefix_len: int) -> None:
    text = "a" * prefix_len + "😀"
    findings = by_code(check_caption(text, Platform.X), "length.exceeded")
    if prefix_len == 278:
        assert measure_length(text, Platform.X) == 280
        assert findings == []
    else:
        [finding] = findings
        assert finding.severity is Severity.ERROR
        assert marked(text, finding) == "😀"
        assert finding.params == {
            "count": 281,
            "limit": 280,
            "unit": "x_weighted",
            "platform": "X",
        }


def test_x_exactly_280_with_url_passes_and_one_more_char_fails() -> None:
    body = "Vaksinasi gratis di Alun-alun Bandung. " * 7  # 273 chars
    text = body[:256] + " " + LONG_URL  # 257 + 23 = 280
    assert measure_length(text, Platform.X) == 280
    assert by_code(check_caption(text, Platform.X), "length.exceeded") == []
    longer = text + "!"
    [finding] = by_code(check_caption(longer, Platform.X), "length.exceeded")
    assert marked(longer, finding) == "!"


def test_x_overflow_inside_a_link_marks_the_whole_link() -> None:
    text = "b" * 260 + " " + LONG_URL + " ayo"
    [finding] = by_code(check_caption(text, Platform.X), "length.exceeded")
    assert marked(text, finding) == LONG_URL + " ayo"


def test_x_overflow_maps_back_to_decomposed_text() -> None:
    text = "e\u0301" * 281  # 281 é typed with combining accents: 562 code points
    [finding] = by_code(check_caption(text, Platform.X), "length.exceeded")
    assert finding.params["count"] == 281
    assert (finding.start, finding.end) == (560, 562)


def test_x_overflow_with_windows_line_breaks() -> None:
    text = "Info vaksin\r\n" + "a" * 267 + "XYZ"  # \r\n counts once: 12 + 267 + 3 = 282
    [finding] = by_code(check_caption(text, Platform.X), "length.exceeded")
    assert marked(text, finding) == "YZ"


@pytest.mark.parametrize(
    ("platform", "limit"), [(Platform.INSTAGRAM, 2200), (Platform.THREADS, 500)]
)
def test_char_limit_boundary(platform: Platform, limit: int) -> None:
    ok = CAPTION + " " + "a" * (limit - len(CAPTION) - 1)
    assert len(ok) == limit
    assert by_code(check_caption(ok, platform), "length.exceeded") == []
    over = ok + "Z"
    [finding] = by_code(check_caption(over, platform), "length.exceeded")
    assert marked(over, finding) == "Z"
    assert finding.params["unit"] == "chars"
    assert finding.platform is platform


def test_near_limit_info() -> None:
    near = "a" * 1980  # 90% of 2,200
    [finding] = check_caption(near, Platform.INSTAGRAM)
    assert finding.code == "length.near_limit"
    assert finding.severity is Severity.INFO
    assert finding.params["remaining"] == 220
    assert check_caption("a" * 1979, Platform.INSTAGRAM) == []


def test_youtube_counts_bytes_of_multibyte_characters() -> None:
    ok = "é" * 2500  # 5,000 bytes
    assert measure_length(ok, Platform.YOUTUBE) == 5000
    assert by_code(check_caption(ok, Platform.YOUTUBE), "length.exceeded") == []
    over = ok + "é"
    [finding] = by_code(check_caption(over, Platform.YOUTUBE), "length.exceeded")
    assert (finding.start, finding.end) == (2500, 2501)
    assert finding.params["count"] == 5002
    assert finding.params["unit"] == "utf8_bytes"


def test_youtube_marks_first_character_crossing_the_byte_limit() -> None:
    text = "a" * 4999 + "é" + " selesai"
    [finding] = by_code(check_caption(text, Platform.YOUTUBE), "length.exceeded")
    assert marked(text, finding) == "é selesai"


def test_youtube_title_limit() -> None:
    ok = CheckContext(title="t" * 100)
    assert by_code(check_caption(CAPTION, Platform.YOUTUBE, ok), "title.too_long") == []
    long_title = CheckContext(title="Vaksinasi Gratis " * 6)  # 102 characters
    [finding] = by_code(check_caption(CAPTION, Platform.YOUTUBE, long_title), "title.too_long")
    assert (finding.severity, finding.start, finding.end) == (Severity.ERROR, 0, 0)
    assert finding.params["count"] == 102
    assert finding.params["limit"] == 100
    # Platforms without titles ignore it.
    assert by_code(check_caption(CAPTION, Platform.INSTAGRAM, long_title), "title.too_long") == []


# --- Hashtags and mentions ------------------------------------------------------------


def test_instagram_five_hashtags_are_fine_six_warn() -> None:
    five = CAPTION + " " + tags(4)
    assert codes(check_caption(five, Platform.INSTAGRAM)) == set()
    six = five + " #Vaksin"
    [finding] = check_caption(six, Platform.INSTAGRAM)
    assert finding.code == "hashtags.over_recommended"
    assert finding.severity is Severity.WARNING
    assert marked(six, finding) == "#Vaksin"
    assert finding.params["count"] == 6


def test_instagram_thirty_hashtags_warn_thirty_one_error() -> None:
    thirty = "Vaksinasi gratis " + tags(30)
    assert codes(check_caption(thirty, Platform.INSTAGRAM)) == {"hashtags.over_recommended"}
    thirty_one = thirty + " #Sehat"
    [finding] = check_caption(thirty_one, Platform.INSTAGRAM)
    assert finding.code == "hashtags.too_many"
    assert finding.severity is Severity.ERROR
    assert marked(thirty_one, finding) == "#Sehat"
    assert finding.params["limit"] == 30


def test_hashtag_range_spans_from_first_extra_to_last() -> None:
    text = "Ayo vaksin " + tags(7) + " ya."
    [finding] = check_caption(text, Platform.INSTAGRAM)
    assert marked(text, finding) == "#Bandung6 #Bandung7"


def test_threads_one_topic_tag() -> None:
    assert check_caption("Vaksinasi gratis #BandungJuara", Platform.THREADS) == []
    text = "Vaksinasi gratis #BandungJuara #Sehat #Vaksin"
    [finding] = check_caption(text, Platform.THREADS)
    assert finding.code == "hashtags.too_many"
    assert finding.severity is Severity.WARNING
    assert marked(text, finding) == "#Sehat #Vaksin"
    assert finding.params["extra"] == 2


def test_youtube_more_than_fifteen_hashtags_are_all_ignored() -> None:
    assert check_caption("Video " + tags(15), Platform.YOUTUBE) == []
    text = "Video " + tags(16)
    [finding] = check_caption(text, Platform.YOUTUBE)
    assert finding.code == "hashtags.too_many"
    assert finding.severity is Severity.ERROR
    assert "YouTube ignores all hashtags" in finding.render()
    assert marked(text, finding) == "#Bandung16"


@pytest.mark.parametrize("platform", [Platform.X, Platform.FACEBOOK, Platform.TIKTOK])
def test_no_hashtag_limit_elsewhere(platform: Platform) -> None:
    findings = check_caption("Video " + tags(40), platform)
    assert codes(findings) & {"hashtags.too_many", "hashtags.over_recommended"} == set()


@pytest.mark.parametrize(
    "text",
    [
        "Bahasa C# dan F# " + "x" * 5,
        "Juara #1 dan #2025 lomba",
        "Kutipan &#39;resmi&#39; di web",
        "Jadwal di https://bandung.go.id/vaksin#jadwal#sesi2#lokasi#a#b#c",
        "Warga#Bandung#Juara#Sehat#Vaksin#Gratis#Lagi",
    ],
)
def test_things_that_are_not_hashtags(text: str) -> None:
    assert by_code(check_caption(text, Platform.THREADS), "hashtags.too_many") == []


def test_unicode_hashtags_are_counted() -> None:
    text = "#Ramadhan1447H #Selamat_Pagi #KaféKota #日本 #ÜberBandung #Ñ"
    [finding] = check_caption(text, Platform.INSTAGRAM)
    assert finding.params["count"] == 6
    assert marked(text, finding) == "#Ñ"


def test_mentions_limit_on_instagram() -> None:
    handles = [f"@dinas.{i}_bdg" for i in range(1, 22)]
    twenty = "Kolaborasi dengan " + " ".join(handles[:20]) + "."
    assert check_caption(twenty, Platform.INSTAGRAM) == []
    text = "Kolaborasi dengan " + " ".join(handles) + "."
    [finding] = check_caption(text, Platform.INSTAGRAM)
    assert finding.code == "mentions.too_many"
    assert finding.severity is Severity.ERROR
    assert marked(text, finding) == "@dinas.21_bdg"
    assert check_caption(text, Platform.FACEBOOK) == []


def test_emails_are_not_mentions() -> None:
    text = "Kontak " + " ".join(f"humas{i}@bandung.go.id" for i in range(25))
    allowed = CheckContext(allowed_contacts=tuple(f"humas{i}@bandung.go.id" for i in range(25)))
    assert check_caption(text, Platform.INSTAGRAM, allowed) == []


def test_official_hashtags_missing() -> None:
    context = CheckContext(official_hashtags=("#BandungJuara", "KotaBandung", "#bandungjuara"))
    text = "Vaksinasi gratis di Alun-alun #BandungJuara2025"
    [finding] = check_caption(text, Platform.FACEBOOK, context)
    assert finding.code == "hashtags.official_missing"
    assert finding.severity is Severity.WARNING
    assert (finding.start, finding.end) == (0, 0)
    assert finding.params["missing"] == "#BandungJuara, #KotaBandung"
    assert finding.params["count"] == 2


def test_official_hashtags_present_case_insensitively() -> None:
    context = CheckContext(official_hashtags=("#BandungJuara", "#KotaBandung"))
    text = "Vaksinasi gratis #bandungjuara #KOTABANDUNG"
    assert check_caption(text, Platform.FACEBOOK, context) == []


def test_official_hashtag_in_a_url_does_not_count() -> None:
    context = CheckContext(official_hashtags=("#BandungJuara",))
    text = "Lihat https://bandung.go.id/#BandungJuara"
    assert codes(check_caption(text, Platform.FACEBOOK, context)) == {"hashtags.official_missing"}


def test_threads_needs_only_one_official_hashtag() -> None:
    context = CheckContext(official_hashtags=("#BandungJuara", "#KotaBandung"))
    assert check_caption("Vaksinasi gratis #KotaBandung", Platform.THREADS, context) == []
    [finding] = check_caption("Vaksinasi gratis", Platform.THREADS, context)
    assert finding.code == "hashtags.official_missing"
    assert finding.params["missing"] == "#BandungJuara, #KotaBandung"


# --- Personal data -------------------------------------------------------------------


@pytest.mark.parametrize(
    "nik",
    [
        NIK_MAN,
        NIK_WOMAN,
        "3101010101000001",  # Kepulauan Seribu, 1 January 2000
        "1175012902240001",  # Kota Subulussalam, 29 February
        "9471017112990001",  # Kota Jayapura (older Papua code), woman born 31-12-1999
    ],
)
def test_valid_nik(nik: str) -> None:
    assert is_valid_nik(nik)


@pytest.mark.parametrize(
    "number",
    [
        "1034011203900001",  # province 10 does not exist
        "3299011203900001",  # regency 99
        "3219011203900001",  # Jawa Barat has 18 kabupaten
        "3280011203900001",  # Jawa Barat has 9 kota (71-79)
        "3273001203900001",  # district 00
        "3273013203900001",  # day 32
        "3273017203900001",  # day 72
        "3273010003900001",  # day 00
        "3273011213900001",  # month 13
        "3273013002900001",  # 30 February
        "3273011203900000",  # serial 0000
        "327301120390001",  # 15 digits
        "32730112039000a1",
    ],
)
def test_invalid_nik(number: str) -> None:
    assert not is_valid_nik(number)


@pytest.mark.parametrize(
    "written",
    [
        NIK_MAN,
        "3273 0112 0390 0001",
        "3273.0112.0390.0001",
        "3273-0112-0390-0001",
        "327301 120390 0001",
    ],
)
def test_nik_in_caption_is_an_error(written: str) -> None:
    text = f"Bantuan sosial untuk Ibu Siti (NIK {written}) sudah cair."
    [finding] = check_caption(text, Platform.FACEBOOK)
    assert finding.code == "pii.nik"
    assert finding.severity is Severity.ERROR
    assert marked(text, finding) == written
    assert finding.params["masked"] == "3273**********01"
    assert "UU 27/2022" in finding.render()


def test_nik_of_a_woman() -> None:
    text = f"Penerima: Ani, {NIK_WOMAN}."
    [finding] = check_caption(text, Platform.X)
    assert finding.code == "pii.nik"
    assert marked(text, finding) == NIK_WOMAN


def test_other_sixteen_digit_number_is_a_possible_kk() -> None:
    text = "No. KK 3273 0199 9999 0000 milik warga RW 05"
    [finding] = check_caption(text, Platform.FACEBOOK)
    assert finding.code == "pii.kk"
    assert finding.severity is Severity.ERROR
    assert marked(text, finding) == "3273 0199 9999 0000"


@pytest.mark.parametrize(
    "text",
    [
        "Nomor 32730112039000011 terlalu panjang",  # 17 digits
        "Nomor 327301120390001 terlalu pendek",  # 15 digits
        "Nomor 3273  0112  0390  0001 dengan spasi ganda",
        f"Cek status di https://bansos.bandung.go.id/cek?nik={NIK_MAN}",
        f"Cek status di bansos.bandung.go.id/cek/{NIK_MAN}/hasil",
        "Anggaran Rp 1.500.000 untuk 2.500 warga pada 12/11/2025, tahun 2025.",
        "Anggaran Rp 12.345.678.901 tahun 2025-2026",
    ],
)
def test_not_flagged_as_nik_or_kk(text: str) -> None:
    assert codes(check_caption(text, Platform.FACEBOOK)) & {"pii.nik", "pii.kk"} == set()


@pytest.mark.parametrize(
    ("written", "national"),
    [
        ("0812-3456-7890", "81234567890"),
        ("0812 3456 7890", "81234567890"),
        ("0812.3456.789", "8123456789"),
        ("081234567890", "81234567890"),
        ("+62 812-3456-7890", "81234567890"),
        ("+6281234567890", "81234567890"),
        ("6281234567890", "81234567890"),
        ("+62 (0)812 3456 7890", "81234567890"),
        ("(022) 4234567", "224234567"),
        ("(022)4234567", "224234567"),
        ("021-1234567", "211234567"),
        ("021-1234-5678", "2112345678"),
        ("0274 512345", "274512345"),
        ("+62 22 4234567", "224234567"),
        ("0224234567", "224234567"),
    ],
)
def test_phone_numbers_warn(written: str, national: str) -> None:
    text = f"Info pendaftaran hubungi Pak Budi di {written}, terima kasih."
    [finding] = check_caption(text, Platform.FACEBOOK)
    assert finding.code == "pii.phone"
    assert finding.severity is Severity.WARNING
    assert marked(text, finding) == written
    assert finding.params["value"] == written
    # The same number listed as an official contact, in another notation, is fine.
    allowed = CheckContext(allowed_contacts=("+62 " + national,))
    assert check_caption(text, Platform.FACEBOOK, allowed) == []
    allowed = CheckContext(allowed_contacts=("0" + national,))
    assert check_caption(text, Platform.FACEBOOK, allowed) == []


@pytest.mark.parametrize(
    "text",
    [
        "Darurat hubungi 112, polisi 110, pemadam 113.",
        "Call center BPJS 1500-400 atau 1500 400, Halo Bandung 14045.",
        "Bebas pulsa 0800-1-234567.",
        "Pukul 08.00-12.00 WIB, 07.30 - 09.00, tanggal 02-12-2025 dan 12/11/2025.",
        "Sebanyak 62 warga, 628 peserta, Rp 1.500.000, tahun 2025.",
        "Chat WhatsApp lewat https://wa.me/6281234567890 ya.",
        "Nomor surat 0812/345/Dinkes/2025.",
        "Kode 08123 terlalu pendek, 0812345 juga.",
        "Nomor 0812345678901234 terlalu panjang untuk telepon.",
    ],
)
def test_not_phone_numbers(text: str) -> None:
    assert by_code(check_caption(text, Platform.FACEBOOK), "pii.phone") == []


def test_phone_numbers_next_to_other_numbers() -> None:
    text = "Hubungi 0812-1111-2222 0813-3333-4444, kode pos 40115 0224234567."
    findings = check_caption(text, Platform.FACEBOOK)
    assert [marked(text, f) for f in findings] == [
        "0812-1111-2222",
        "0813-3333-4444",
        "0224234567",
    ]


def test_allowed_phone_does_not_hide_other_numbers() -> None:
    text = "Hotline (022) 4234567 atau Bu Rina 0813-2222-3333"
    context = CheckContext(allowed_contacts=("022-4234567",))
    [finding] = check_caption(text, Platform.FACEBOOK, context)
    assert marked(text, finding) == "0813-2222-3333"


def test_personal_email_warns() -> None:
    text = "Kirim berkas ke budi.santoso85@gmail.com paling lambat Jumat."
    [finding] = check_caption(text, Platform.FACEBOOK)
    assert finding.code == "pii.email"
    assert finding.severity is Severity.WARNING
    assert marked(text, finding) == "budi.santoso85@gmail.com"


def test_government_email_is_only_info() -> None:
    text = "Pertanyaan ke humas@dinkes.bandung.go.id."
    [finding] = check_caption(text, Platform.FACEBOOK)
    assert finding.code == "pii.email"
    assert finding.severity is Severity.INFO
    assert marked(text, finding) == "humas@dinkes.bandung.go.id"


@pytest.mark.parametrize("address", ["budi.santoso85@gmail.com", "humas@dinkes.bandung.go.id"])
def test_allowed_email_is_not_flagged(address: str) -> None:
    text = f"Kirim berkas ke {address}."
    context = CheckContext(allowed_contacts=(address.upper(),))
    assert check_caption(text, Platform.FACEBOOK, context) == []


def test_email_in_url_not_flagged() -> None:
    text = "Formulir: https://forms.bandung.go.id/daftar?email=budi@gmail.com"
    assert check_caption(text, Platform.FACEBOOK) == []


# --- Media, placeholders, links, empty ------------------------------------------------


def test_missing_alt_text_per_image() -> None:
    context = CheckContext(media_alt_texts=("Petugas menyuntik warga", "", "  \n"))
    findings = check_caption(CAPTION, Platform.INSTAGRAM, context)
    assert [f.code for f in findings] == ["media.alt_missing"] * 2
    assert [f.params["index"] for f in findings] == [2, 3]
    assert all((f.start, f.end, f.severity) == (0, 0, Severity.WARNING) for f in findings)
    assert findings[0].render().startswith("Image 2 has no alt text")


def test_all_alt_texts_present() -> None:
    context = CheckContext(media_alt_texts=("Antrean vaksinasi", "Petugas"))
    assert check_caption(CAPTION, Platform.INSTAGRAM, context) == []


def test_unfilled_placeholders() -> None:
    text = "Vaksinasi di {lokasi} pada {tanggal_1}. Biaya {} dan { spasi } tetap."
    findings = check_caption(text, Platform.FACEBOOK)
    assert [f.code for f in findings] == ["placeholder.unfilled"] * 2
    assert [marked(text, f) for f in findings] == ["{lokasi}", "{tanggal_1}"]
    assert findings[0].params == {"placeholder": "{lokasi}"}
    assert all(f.severity is Severity.ERROR for f in findings)


@pytest.mark.parametrize("platform", [Platform.INSTAGRAM, Platform.TIKTOK])
def test_links_not_clickable(platform: Platform) -> None:
    text = f"Daftar di {LONG_URL} atau s.id/vaksin."
    findings = check_caption(text, platform)
    assert [f.code for f in findings] == ["links.not_clickable"] * 2
    assert [marked(text, f) for f in findings] == [LONG_URL, "s.id/vaksin"]
    assert all(f.severity is Severity.INFO for f in findings)
    assert "link di bio" in findings[0].render()


@pytest.mark.parametrize("platform", [Platform.FACEBOOK, Platform.X, Platform.THREADS])
def test_links_fine_where_clickable(platform: Platform) -> None:
    assert check_caption(f"Daftar di {LONG_URL}", platform) == []


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_caption(text: str) -> None:
    context = CheckContext(media_alt_texts=("",), official_hashtags=("#BandungJuara",))
    findings = check_caption(text, Platform.INSTAGRAM, context)
    assert [f.code for f in findings] == ["caption.empty", "media.alt_missing"]
    assert findings[0].severity is Severity.WARNING


def test_full_messy_caption() -> None:
    text = (
        "Pemerintah Kota Bandung melalui Dinas Sosial menyalurkan bantuan kepada "
        "Ibu Siti (NIK 3273 0157 0890 0003) di {kelurahan}. Info: Pak Asep 0812-3456-7890, "
        "hotline (022) 4234567, email asep.bdg@yahoo.co.id. Foto: https://s.id/bansos-2025 "
        "#BansosBandung"
    )
    context = CheckContext(
        official_hashtags=("#BandungJuara",),
        media_alt_texts=("",),
        allowed_contacts=("022-4234567",),
    )
    findings = check_caption(text, Platform.INSTAGRAM, context)
    assert [(f.code, marked(text, f)) for f in findings] == [
        ("hashtags.official_missing", ""),
        ("media.alt_missing", ""),
        ("pii.nik", "3273 0157 0890 0003"),
        ("placeholder.unfilled", "{kelurahan}"),
        ("pii.phone", "0812-3456-7890"),
        ("pii.email", "asep.bdg@yahoo.co.id"),
        ("links.not_clickable", "https://s.id/bansos-2025"),
    ]
    assert worst_severity(findings) is Severity.ERROR
    assert all(f.platform is Platform.INSTAGRAM for f in findings)


def test_rules_used_by_checks_match_platform_table() -> None:
    """The checks read their limits from RULES; guard the numbers the tests rely on."""
    assert RULES[Platform.X].caption_limit == 280
    assert RULES[Platform.YOUTUBE].caption_limit == 5000
    assert RULES[Platform.INSTAGRAM].max_hashtags == 30
    assert RULES[Platform.INSTAGRAM].max_mentions == 20


def test_an_instagram_carousel_of_mixed_shapes_is_a_warning_naming_the_shapes() -> None:
    context = CheckContext(media_count=3, media_sizes=((1080, 1350), (1080, 1080), (4000, 3000)))
    found = {f.code: f for f in check_caption("Galeri kegiatan", Platform.INSTAGRAM, context)}
    mixed = found["media.mixed_shapes"]
    assert mixed.severity is Severity.WARNING
    assert mixed.params["shapes"] == "4:5, 1:1, 4:3" and mixed.params["first"] == "4:5"
    # The same images on Facebook are shown as they are: nothing to say there.
    facebook = check_caption("Galeri kegiatan", Platform.FACEBOOK, context)
    assert not any(f.code.startswith("media.mixed") for f in facebook)


def test_same_shapes_pass_and_a_story_shape_in_the_feed_is_named() -> None:
    same = CheckContext(media_count=2, media_sizes=((1080, 1350), (2160, 2700)))
    assert not any(
        f.code.startswith("media.") for f in check_caption("Foto", Platform.INSTAGRAM, same)
    )
    tall = CheckContext(media_count=1, media_sizes=((1080, 1920),))
    found = [
        f for f in check_caption("Foto", Platform.INSTAGRAM, tall) if f.code.startswith("media.")
    ]
    assert [(f.code, f.params["shape"]) for f in found] == [("media.outside_ratio", "9:16")]
    unknown = CheckContext(media_count=2, media_sizes=((0, 0), (1080, 1080)))
    assert not any(
        f.code.startswith("media.") for f in check_caption("Foto", Platform.INSTAGRAM, unknown)
    )
