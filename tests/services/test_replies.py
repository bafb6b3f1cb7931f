"""Reply templates: the bundled ones are sound, seeded once, searchable; own ones are managed;
filling never crashes on a broken placeholder."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from medsos_desktop.domain.caption_templates import parse_placeholders
from medsos_desktop.paths import AppPaths, resource_path
from medsos_desktop.services.agency import AgencyProfile, save_profile
from medsos_desktop.services.replies import (
    REPLY_CATEGORIES,
    RepliesService,
    ReplyError,
    fill_reply,
    load_builtin_replies,
    reply_fields,
    reply_problems,
)
from medsos_desktop.services.workspace import Workspace, open_workspace
from medsos_desktop.store.models import ReplyTemplateRecord

TOPICS = {
    "jam layanan": "jam-layanan",
    "jalan rusak": "lapor-jalan-rusak",
    "KTP": "syarat-ktp",
    "Kartu Keluarga": "syarat-kk",
    "posyandu": "jadwal-posyandu",
    "imunisasi": "jadwal-imunisasi",
    "hoaks": "klarifikasi-hoaks",
    "masukan": "terima-kasih-masukan",
    "DM": "mohon-dm",
    "lambat": "keluhan-layanan-lambat",
    "lowongan": "lowongan-palsu",
    "SP4N-LAPOR": "pengaduan-sp4n-lapor",
    "112": "darurat-banjir",
    "Salam pembuka": "salam-pembuka",
    "Salam penutup": "salam-penutup",
}


@pytest.fixture
def service(empty_workspace: Workspace) -> RepliesService:
    return RepliesService(empty_workspace.db)


def test_bundled_replies_are_sound() -> None:
    doc = json.loads(resource_path("replies", "replies.json").read_text(encoding="utf-8"))
    assert (doc["format"], doc["version"]) == ("medsos-replies", 1)
    replies = load_builtin_replies()
    assert len(replies) >= 12
    assert len({r.key for r in replies}) == len(replies)
    for reply in replies:
        assert reply.category in REPLY_CATEGORIES and reply.category != "lainnya"
        problems = reply_problems(reply.title, reply.body)
        assert problems == [], (reply.key, problems)
        names = {p.name for p in parse_placeholders(reply.body)[0]}
        assert "nama" in names, reply.key  # every reply addresses the citizen
        assert {f.name for f in reply_fields(reply.body)} == names
    bodies = {r.key: r.body for r in replies}
    assert "112" in bodies["darurat-banjir"]
    assert "lapor.go.id" in bodies["pengaduan-sp4n-lapor"]
    # Personal data is asked for privately, never in a public comment.
    assert "JANGAN menuliskan NIK" in bodies["mohon-dm"]


def test_damaged_bundled_file_is_refused_whole(tmp_path: Path) -> None:
    path = tmp_path / "replies.json"
    for content in (
        "{not json",
        json.dumps({"format": "other", "version": 1, "replies": []}),
        json.dumps({"format": "medsos-replies", "version": 2, "replies": []}),
        json.dumps({"format": "medsos-replies", "version": 1, "replies": [{"key": "a"}]}),
        json.dumps(
            {
                "format": "medsos-replies",
                "version": 1,
                "replies": [{"key": "own-1", "title": "x", "category": "salam", "body": "y"}],
            }
        ),
    ):
        path.write_text(content, encoding="utf-8")
        with pytest.raises(ReplyError) as info:
            load_builtin_replies(path)
        assert str(path) in info.value.render()


def test_builtins_are_seeded_once_on_first_use(
    empty_workspace: Workspace, service: RepliesService
) -> None:
    def stored() -> int:
        with empty_workspace.db.session() as session:
            return session.scalar(select(func.count()).select_from(ReplyTemplateRecord)) or 0

    assert stored() == 0
    templates = service.list()
    count = len(load_builtin_replies())
    assert stored() == count == len(templates)
    assert all(t.builtin for t in templates)
    assert RepliesService(empty_workspace.db).list() == templates
    assert stored() == count


def test_a_new_release_updates_builtins_and_keeps_own_replies(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    first = tmp_path / "v1.json"
    first.write_text(
        json.dumps(
            {
                "format": "medsos-replies",
                "version": 1,
                "replies": [
                    {"key": "a", "title": "A", "category": "salam", "body": "Halo {nama}"},
                    {"key": "b", "title": "B", "category": "salam", "body": "Hai {nama}"},
                ],
            }
        ),
        encoding="utf-8",
    )
    service = RepliesService(empty_workspace.db, first)
    own = service.create("Punya saya", "informasi", "Halo {nama}, ini balasan saya.")
    second = tmp_path / "v2.json"
    second.write_text(
        json.dumps(
            {
                "format": "medsos-replies",
                "version": 1,
                "replies": [
                    {"key": "a", "title": "A2", "category": "salam", "body": "Halo Kak {nama}"},
                    {"key": "c", "title": "C", "category": "darurat", "body": "112 {nama}"},
                ],
            }
        ),
        encoding="utf-8",
    )
    keys = {t.key: t for t in RepliesService(empty_workspace.db, second).list()}
    assert set(keys) == {"a", "c", own.key}
    assert keys["a"].body == "Halo Kak {nama}"
    assert keys[own.key].body == "Halo {nama}, ini balasan saya."


@pytest.fixture(scope="module")
def bundled_replies(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RepliesService]:
    """The bundled replies in one empty workspace for the module's search cases, which
    only read them."""
    root = tmp_path_factory.mktemp("replies")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("HOME", str(root / "home"))  # the per-test home is not set at module scope
        workspace = open_workspace(AppPaths(root / "data"), seed_demo=False)
        try:
            service = RepliesService(workspace.db)
            service.list()  # the bundled replies are seeded on first use
            yield service
        finally:
            workspace.close()


@pytest.mark.parametrize(("words", "key"), sorted(TOPICS.items()))
def test_search_finds_each_common_question(
    bundled_replies: RepliesService, words: str, key: str
) -> None:
    assert key in [t.key for t in bundled_replies.search(words)]


def test_search_ignores_case_and_accents_and_needs_every_word(service: RepliesService) -> None:
    assert [t.key for t in service.search("KTP GRATIS")] == ["syarat-ktp"]
    assert service.search("ktp zzzz") == []
    assert len(service.search("   ")) == len(service.list())
    own = service.create("Kafé warga", "informasi", "Halo {nama}, kafé buka.")
    assert own.key in [t.key for t in service.search("kafe")]
    assert own.key in [t.key for t in service.search("Information")]  # the category name


def test_own_replies_lifecycle(service: RepliesService) -> None:
    first = service.create("  Parkir  ", "informasi", "Halo {nama}, parkir di {lokasi}.")
    assert (first.key, first.title, first.builtin) == ("own-1", "Parkir", False)
    copy = service.duplicate("syarat-ktp", "Persyaratan KTP (salinan)")
    assert copy.key == "own-2" and copy.body == service.get("syarat-ktp").body  # type: ignore[union-attr]
    assert copy.category == "informasi"
    edited = service.edit(copy.key, "KTP kita", "unknown-category", "Halo {nama}!")
    assert (edited.title, edited.category) == ("KTP kita", "lainnya")
    assert service.get(copy.key) == edited
    service.delete(first.key)
    assert service.get(first.key) is None
    third = service.create("Lagi", "salam", "Halo {nama}")
    assert third.key == "own-3"  # numbers are not reused while higher ones exist
    own = [t for t in service.list() if not t.builtin]
    assert [t.key for t in own] == ["own-3", "own-2"]  # grouped by category, built-ins first


def test_builtins_cannot_be_changed_and_broken_text_is_refused(service: RepliesService) -> None:
    with pytest.raises(ReplyError):
        service.edit("syarat-ktp", "x", "informasi", "Halo {nama}")
    with pytest.raises(ReplyError):
        service.delete("syarat-ktp")
    with pytest.raises(ReplyError) as info:
        service.create("Rusak", "salam", "Halo {nama, terima kasih {}")
    assert "2 error(s)" in info.value.render()
    assert {p.code for p in info.value.problems} == {"unclosed", "invalid_name"}
    with pytest.raises(ReplyError):
        service.create("   ", "salam", "Halo {nama}")
    with pytest.raises(ReplyError):
        service.edit("own-99", "x", "salam", "Halo {nama}")
    assert [t for t in service.list() if not t.builtin] == []


def test_fill_uses_caption_placeholder_rules_and_reports_blanks() -> None:
    body = "Halo Kak {nama}, layanan buka {jam_layanan}. {{bukan}} {rusak info: {tautan}"
    filled = fill_reply(body, {"nama": "  Budi ", "jam_layanan": "", "tautan": "https://a.id"})
    assert filled.text == (
        "Halo Kak Budi, layanan buka {jam_layanan}. {bukan} {rusak info: https://a.id"
    )
    assert filled.missing == ("jam_layanan",)
    assert [p.code for p in filled.problems] == ["unclosed"]
    assert fill_reply("", {}).text == ""


def test_fields_have_labels_for_reply_and_caption_placeholders() -> None:
    fields = reply_fields("{nama} {jam_layanan} {tautan} {syarat} {kode_unik} {nama}")
    assert [(f.name, f.context) for f in fields] == [
        ("nama", "Replies"),
        ("jam_layanan", "Replies"),
        ("tautan", "CaptionTemplate"),
        ("syarat", "CaptionTemplate"),
        ("kode_unik", ""),
    ]
    assert fields[3].multiline and fields[4].label == "Kode unik"
    # Reply fields are standard here; an invented one is only a warning.
    problems = reply_problems("T", "{nama} {kode_unik}")
    assert [(p.code, p.severity) for p in problems] == [("unknown", "warning")]


def test_autofill_from_the_agency_profile(
    empty_workspace: Workspace, service: RepliesService
) -> None:
    assert service.autofill() == {}
    save_profile(
        empty_workspace.db,
        AgencyProfile(
            name="Dinas Kependudukan dan Pencatatan Sipil",
            parent_government="Pemerintah Kota Sukamaju",
            contacts=("WhatsApp 0812-0000-1111", "(022) 123456"),
        ),
    )
    assert service.autofill() == {
        "instansi": "Dinas Kependudukan dan Pencatatan Sipil",
        "pemerintah": "Pemerintah Kota Sukamaju",
        "nomor_layanan": "WhatsApp 0812-0000-1111",
    }
    reply = service.get("salam-pembuka")
    assert reply is not None
    text = service.fill(reply, {**service.autofill(), "nama": "Sari"}).text
    assert text.startswith("Halo Kak Sari, terima kasih sudah menghubungi Dinas Kependudukan")
