"""Finding messages as a person reads them: every kind the checker can produce, in Indonesian,
with its fields filled; and the post without a photo or video on a picture feed."""

from __future__ import annotations

import re

import pytest

from medsos_desktop.domain import checks
from medsos_desktop.domain.checks import (
    MEDIA_REQUIRED,
    CheckContext,
    Finding,
    Severity,
    check_caption,
)
from medsos_desktop.domain.platforms import RULES, Platform
from medsos_desktop.i18n import translator

NIK = "3273011203900001"
LONG_URL = "https://dinkes.bandung.go.id/berita/2025/11/vaksinasi-gratis-alun-alun-bandung"


def _every_kind() -> list[Finding]:
    """One caption (or context) per kind of finding; together they produce every message."""
    cases: list[tuple[str, Platform, CheckContext]] = [
        ("a" * 2300, Platform.INSTAGRAM, CheckContext()),
        ("a" * 300, Platform.X, CheckContext()),
        ("é" * 2600, Platform.YOUTUBE, CheckContext()),
        ("a" * 470, Platform.THREADS, CheckContext()),
        ("Video", Platform.YOUTUBE, CheckContext(title="J" * 120)),
        (" ".join(f"#tag{i}a" for i in range(31)), Platform.INSTAGRAM, CheckContext()),
        (" ".join(f"#tag{i}a" for i in range(16)), Platform.YOUTUBE, CheckContext()),
        ("#satu #dua", Platform.THREADS, CheckContext()),
        ("#a1 #b2 #c3 #d4 #e5 #f6", Platform.INSTAGRAM, CheckContext()),
        (" ".join(f"@akun{i}" for i in range(21)), Platform.INSTAGRAM, CheckContext()),
        ("Ayo", Platform.FACEBOOK, CheckContext(official_hashtags=("BandungJuara",))),
        ("Ayo", Platform.THREADS, CheckContext(official_hashtags=("BandungJuara",))),
        (f"NIK {NIK}", Platform.FACEBOOK, CheckContext()),
        ("No 1234567890123456", Platform.FACEBOOK, CheckContext()),
        ("Hubungi 0812-3456-7890", Platform.FACEBOOK, CheckContext()),
        ("Surel budi.santoso@gmail.com", Platform.FACEBOOK, CheckContext()),
        ("Surel humas@bandung.go.id", Platform.FACEBOOK, CheckContext()),
        ("Foto", Platform.FACEBOOK, CheckContext(media_alt_texts=("",))),
        ("Teks", Platform.INSTAGRAM, CheckContext(media_count=0)),
        (
            "Galeri",
            Platform.INSTAGRAM,
            CheckContext(media_count=2, media_sizes=((1080, 1350), (1080, 1920))),
        ),
        ("Daftar di {tautan} ya", Platform.FACEBOOK, CheckContext()),
        (f"Info {LONG_URL}", Platform.INSTAGRAM, CheckContext()),
        ("   ", Platform.FACEBOOK, CheckContext()),
    ]
    return [f for text, platform, context in cases for f in check_caption(text, platform, context)]


def _is_indonesian_in_source(phrase: str) -> bool:
    """Statute titles and "link di bio" are quoted in Indonesian in the English text too."""
    return bool(set(phrase.split()) & {"tentang", "Pelindungan", "Pribadi", "Penyandang", "di"})


def _all_message_templates() -> set[str]:
    return {value for name, value in vars(checks).items() if name.startswith("MSG_")}


def test_the_cases_cover_every_message_the_checker_has() -> None:
    """A new check without a case here fails, so its message is never shown untested."""
    assert {f.message for f in _every_kind()} == _all_message_templates()


@pytest.mark.parametrize("finding", _every_kind(), ids=lambda f: f"{f.platform}-{f.code}")
def test_every_finding_reads_in_indonesian(finding: Finding) -> None:
    indonesian = finding.render(translator("id"))
    english = finding.render(translator("en"))
    assert indonesian != english
    # No English phrase survives: no run of three words of the English text (loanwords such
    # as "caption", "emoji" or "template" alone are ordinary Indonesian office words).
    words = re.findall(r"[A-Za-z]+", re.sub(r"\{\w+\}", " ", finding.message))
    phrases = {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}
    plain = " ".join(re.findall(r"[A-Za-z]+", indonesian))
    leaked = {p for p in phrases if f" {p} " in f" {plain} " and not _is_indonesian_in_source(p)}
    assert leaked == set(), indonesian
    # Every field is filled: the only braces left are the admin's own template field.
    own = {str(v) for v in finding.params.values()}
    for field in re.findall(r"\{\w+\}", indonesian):
        assert field in own, indonesian
    # No internal value: not a platform's key ("instagram"), a severity or a length unit.
    internal = {p.value for p in Platform} | {s.value for s in Severity}
    internal |= {"x_weighted", "utf8_bytes", "chars"}
    words = set(re.findall(r"[\w.]+", indonesian))
    assert not (words & internal - {"x", "info"}), indonesian
    assert not re.search(r"(?<![\w@.])x(?![\w.@])", indonesian), indonesian


def test_a_picture_feed_without_photo_or_video_is_an_error() -> None:
    for platform in Platform:
        findings = check_caption("Ayo datang!", platform, CheckContext(media_count=0))
        missing = [f for f in findings if f.code == "media.missing"]
        if platform in MEDIA_REQUIRED:
            assert [f.severity for f in missing] == [Severity.ERROR]
            assert RULES[platform].label in missing[0].render()
        else:
            assert missing == []
    assert {Platform.INSTAGRAM, Platform.TIKTOK, Platform.YOUTUBE} == MEDIA_REQUIRED


def test_media_missing_needs_to_know_the_media() -> None:
    """A caption checked alone (the command line) says nothing about photos it cannot see."""
    assert not [
        f for f in check_caption("Ayo datang!", Platform.INSTAGRAM) if f.code == "media.missing"
    ]
    one = check_caption(
        "Ayo datang!",
        Platform.TIKTOK,
        CheckContext(media_count=1, media_alt_texts=("Warga antre vaksin",)),
    )
    assert not [f for f in one if f.code.startswith("media.")]


def test_media_missing_in_indonesian_names_the_platform() -> None:
    (finding,) = [
        f
        for f in check_caption("Teks", Platform.TIKTOK, CheckContext(media_count=0))
        if f.code == "media.missing"
    ]
    text = finding.render(translator("id"))
    assert "TikTok" in text
    assert "foto" in text and "video" in text


def test_finding_key_is_stable_per_platform_code_and_place() -> None:
    (finding,) = check_caption("Daftar di {tautan}", Platform.FACEBOOK)
    assert finding.key == "facebook:placeholder.unfilled:10"
