"""What a head of office's PC shows in people's words: the agency's name from its signed
posts (or its folder's name made readable), the pairing as the agency registered it, and
the caption findings of a request with the reason an approval over an error needs. Real
folders, real signatures."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent, content_to_dict
from medsos_desktop.domain.review import ReviewerRole
from medsos_desktop.services.reviewer_view import (
    agency_name,
    blocking,
    group_findings,
    override_comments,
    pairings,
    readable_slug,
    reason_is_enough,
    request_findings,
    role_for_jabatan,
)
from medsos_desktop.sync.central import (
    RevisionPackage,
    init_central,
    publish_device,
    publish_revision,
)
from medsos_desktop.sync.review_records import ReviewerState
from medsos_desktop.sync.writer import Ed25519Signer
from tests.services.reviewer_world import two_pcs

AGENCY = "dinkes-sukamaju"


def _signer() -> tuple[Ed25519Signer, bytes]:
    seed = os.urandom(32)
    return Ed25519Signer.from_private_bytes(uuid.uuid4().hex, seed), seed


def _post(name: str) -> dict[str, object]:
    return {"format": "medsos-post", "version": 1, "agency": name, "content": {"title": "x"}}


def test_the_agency_is_named_by_its_signed_posts_else_by_its_folder_made_readable(
    tmp_path: Path,
) -> None:
    init_central(tmp_path, "Kota Sukamaju")
    admin, _seed = _signer()
    publish_device(tmp_path, AGENCY, admin.device_id, "vm", admin.public_key_bytes)

    keys = {admin.device_id: admin.public_key_bytes}
    before = agency_name(tmp_path, AGENCY, keys)
    assert (before.name, before.from_folder, before.region) == (
        "Dinkes Sukamaju",
        True,
        "Kota Sukamaju",
    )

    # A post.json nobody signed names nothing.
    forged = tmp_path / "agencies" / AGENCY / "posts" / str(uuid.uuid4()) / "r1"
    forged.mkdir(parents=True)
    (forged / "post.json").write_text('{"agency": "Dinas Palsu"}')
    assert agency_name(tmp_path, AGENCY, keys).from_folder

    package = RevisionPackage(AGENCY, str(uuid.uuid4()), 1, _post("Dinas Kesehatan Kota Sukamaju"))
    publish_revision(tmp_path, package, admin, 1)
    after = agency_name(tmp_path, AGENCY, keys)
    assert (after.name, after.from_folder) == ("Dinas Kesehatan Kota Sukamaju", False)
    # Checked against the given key: another key names nothing.
    other, _ = _signer()
    assert agency_name(tmp_path, AGENCY, {admin.device_id: other.public_key_bytes}).from_folder


def test_readable_folder_names() -> None:
    assert readable_slug("dinkes-kota-sukamaju") == "Dinkes Kota Sukamaju"
    assert readable_slug("bpbd-sukamaju") == "BPBD Sukamaju"
    assert readable_slug("kecamatan-2") == "Kecamatan 2"


def test_the_position_names_the_level_the_admin_registers() -> None:
    assert role_for_jabatan("Kepala Dinas Kesehatan") is ReviewerRole.KEPALA_DINAS
    assert role_for_jabatan("kepala  badan kepegawaian") is ReviewerRole.KEPALA_DINAS
    assert role_for_jabatan("Camat Sukamaju Barat") is ReviewerRole.KEPALA_DINAS
    assert role_for_jabatan("Kepala Bidang P2P") is ReviewerRole.KEPALA_BIDANG
    assert role_for_jabatan("Kasi Promkes") is ReviewerRole.KEPALA_BIDANG


def test_pairing_shows_the_agency_the_admin_pc_and_the_registration(tmp_path: Path) -> None:
    with two_pcs(tmp_path) as pcs:
        reviewer_id, key = pcs.desk.signer.device_id, pcs.desk.public_key
        assert pairings(pcs.reviewer.db, reviewer_id, key) == []
        pcs.pair()
        (waiting,) = pairings(pcs.reviewer.db, reviewer_id, key)
        assert (waiting.agency.name, waiting.device_name) == ("Dinkes Sukamaju", "vm")
        assert waiting.registration is None and not waiting.active

        (offer,) = pcs.reviews.offers()
        pcs.reviews.register(offer.offer, ReviewerRole.KEPALA_BIDANG.value)
        (paired,) = pairings(pcs.reviewer.db, reviewer_id, key)
        assert paired.active and paired.registration is not None
        assert (paired.registration.jabatan, paired.registration.role) == (
            "Kepala Bidang P2P",
            "kepala_bidang",
        )

        pcs.reviews.deactivate(reviewer_id)
        (gone,) = pairings(pcs.reviewer.db, reviewer_id, key)
        assert gone.registration is not None
        assert gone.registration.state is ReviewerState.DEACTIVATED and not gone.active


def test_findings_of_a_request_and_the_reason_an_approval_over_an_error_needs() -> None:
    caption = "Warga atas nama Siti, NIK 3273014501900002, mendapat bantuan."
    content = content_to_dict(
        PostContent(
            title="Bantuan warga",
            category=Category.KEGIATAN,
            platforms=(Platform.INSTAGRAM, Platform.FACEBOOK),
            base_caption=caption,
        )
    )
    findings = request_findings(content)
    errors = blocking(findings)
    assert errors and {f.platform for f in errors} == {Platform.INSTAGRAM, Platform.FACEBOOK}
    assert findings[: len(errors)] == errors  # errors first
    nik = next(f for f in errors if f.code.startswith("pii") and f.platform is Platform.INSTAGRAM)
    assert caption[nik.start : nik.end] == "3273014501900002"

    assert not reason_is_enough("  oke   ")
    assert reason_is_enough("Sudah seizin yang bersangkutan")
    comments = override_comments(findings, lambda f, on_words: f"{f.code} {on_words}")
    assert len(comments) == len(errors)
    pinned = next(c for c in comments if c.platform == "instagram" and c.start == nik.start)
    assert (pinned.end, pinned.text) == (nik.end, f"{nik.code} True")
    # The same number on two platforms' shared caption reads as one message.
    groups = group_findings(findings, lambda f: f.code)
    nik_group = next(g for g in groups if g.message == nik.code)
    assert nik_group.platforms == ("instagram", "facebook")
    assert len(groups) < len(findings)

    clean = content_to_dict(
        PostContent(
            title="Posyandu",
            category=Category.KEGIATAN,
            platforms=(Platform.FACEBOOK,),
            base_caption="Posyandu balita setiap Selasa di balai RW 05.",
        )
    )
    assert blocking(request_findings(clean)) == []


def test_the_agency_s_hashtags_and_contacts_travel_with_the_request() -> None:
    """With the agency's official hashtags and own contacts from the request, the reviewer
    sees what the admin's editor sees: no warning about the agency's own hotline, one
    about a missing official hashtag."""
    caption = "Info layanan hubungi 0812-3456-7890."
    content = content_to_dict(
        PostContent(
            title="Layanan",
            category=Category.KEGIATAN,
            platforms=(Platform.FACEBOOK,),
            base_caption=caption,
        )
    )
    agency = {"official_hashtags": ["#SukamajuSehat"], "contacts": ["0812-3456-7890"]}
    without = {f.code for f in request_findings(content)}
    with_agency = {f.code for f in request_findings(content, agency)}
    assert without != with_agency
    assert any("hashtag" in code for code in with_agency - without)
    assert any(code.startswith("pii") for code in without - with_agency)
