"""`medsos restore` says what it would take away and refuses (exit 1) until told otherwise;
`medsos report --month` reads the agency's folder while the app has it open."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import null

from medsos_desktop.cli import main
from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.posts import PostContent, Status
from medsos_desktop.domain.review import CHECKLIST_KEYS, ReviewerRole
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.agency import save_profile
from medsos_desktop.services.identity import IdentityService
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.review import ReviewService
from medsos_desktop.services.workspace import open_workspace

REPO = Path(__file__).resolve().parents[1]
PASSPHRASE = "frasa sandi perangkat yang panjang"


def agency_folder(folder: Path, name: str, short: str, device: str) -> AppPaths:
    paths = AppPaths(folder)
    workspace = open_workspace(paths, seed_demo=False)
    try:
        save_profile(workspace.db, AgencyProfile(name=name, short_name=short, confirmed=True))
    finally:
        workspace.close()
    IdentityService(folder, keyring_backend=null.Keyring()).create_with_passphrase(
        PASSPHRASE, device
    )
    return paths


def add_draft(paths: AppPaths, title: str) -> None:
    workspace = open_workspace(paths, seed_demo=False)
    try:
        PostService(workspace.db, actor="Rina").create(PostContent(title=title))
    finally:
        workspace.close()


def add_approved(paths: AppPaths, title: str) -> None:
    """Approved by the Kepala Bidang's PIN, never sent: it sits in the outbox."""
    workspace = open_workspace(paths, seed_demo=False)
    try:
        posts = PostService(workspace.db, actor="Rina")
        post_id = posts.create(PostContent(title=title, base_caption=f"{title} #Sukamaju"))
        posts.change_status(post_id, Status.SUBMITTED)
        reviews = ReviewService(workspace.db)
        budi = reviews.add_reviewer("Pak Budi", ReviewerRole.KEPALA_BIDANG, "246810")
        reviews.approve(post_id, budi.id, "246810", dict.fromkeys(CHECKLIST_KEYS, True), {})
    finally:
        workspace.close()


def database_rows(paths: AppPaths) -> list[tuple[object, ...]]:
    with sqlite3.connect(paths.database.as_uri() + "?mode=ro", uri=True) as conn:
        return sorted(conn.execute("SELECT uuid, title, status, updated_at FROM post"))


@pytest.fixture
def dinkes(tmp_path: Path) -> AppPaths:
    return agency_folder(
        tmp_path / "dinkes", "Dinas Kesehatan Kota Sukamaju", "Dinkes", "PC Dinkes"
    )


def backup_of(paths: AppPaths, out: Path) -> Path:
    assert main(["backup", "--out", str(out), "--data-dir", str(paths.data_dir)]) == 0
    return out


def test_restore_lists_the_unsent_work_and_exits_one(
    dinkes: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_draft(dinkes, "Draf sebelum cadangan")
    backup = backup_of(dinkes, tmp_path / "cadangan.medsos-backup")
    add_draft(dinkes, "Draf baru sesudah cadangan")
    add_approved(dinkes, "Vaksinasi rabies gratis")
    capsys.readouterr()
    before = database_rows(dinkes)
    folder = str(dinkes.data_dir)

    # --yes alone replaced everything before; now the unsent work is listed first.
    for extra in ([], ["--yes"]):
        code = main(["restore", str(backup), "--data-dir", folder, "--lang", "en", *extra])
        out, err = capsys.readouterr()
        assert code == 1, (extra, out, err)
        assert "These 2 posts would leave the workflow" in out
        assert "Vaksinasi rabies gratis (approved, not yet sent to the central folder" in out
        assert "Draf baru sesudah cadangan (new since the backup; Draft" in out
        assert "Draf sebelum cadangan" not in out
        assert err.count("\n") == 1 and "--discard-unsent" in err and "Traceback" not in err
        assert database_rows(dinkes) == before

    code = main(["restore", str(backup), "--data-dir", folder, "--lang", "id"])
    out, _err = capsys.readouterr()
    assert code == 1
    assert "2 posting ini akan keluar dari alur kerja" in out
    assert "disetujui, belum terkirim ke folder pusat" in out

    code = main(["restore", str(backup), "--data-dir", folder, "--json"])
    refused = json.loads(capsys.readouterr().out)
    assert code == 1 and refused["restored"] is False and refused["needs"] == ["--discard-unsent"]
    assert {p["title"]: p["reason"] for p in refused["would_lose"]} == {
        "Vaksinasi rabies gratis": "unsent",
        "Draf baru sesudah cadangan": "new",
    }

    code = main(["restore", str(backup), "--data-dir", folder, "--discard-unsent", "--json"])
    restored = json.loads(capsys.readouterr().out)
    assert code == 0 and restored["restored"] is True
    assert {p["title"] for p in restored["discarded"]} == {
        "Vaksinasi rabies gratis",
        "Draf baru sesudah cadangan",
    }
    assert restored["identity"] == "same"
    assert [row[1] for row in database_rows(dinkes)] == ["Draf sebelum cadangan"]


def test_another_agencys_backup_needs_other_agency(
    dinkes: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    disdik = agency_folder(
        tmp_path / "disdik", "Dinas Pendidikan Kota Sukamaju", "Disdik", "PC Disdik"
    )
    add_draft(disdik, "PPDB 2026")
    foreign = backup_of(disdik, tmp_path / "disdik.medsos-backup")
    capsys.readouterr()
    own_identity = (dinkes.data_dir / "device.json").read_bytes()
    folder = str(dinkes.data_dir)

    code = main(["restore", str(foreign), "--data-dir", folder, "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 1
    assert (
        "The backup belongs to another agency: Dinas Pendidikan Kota Sukamaju "
        "(this data folder: Dinas Kesehatan Kota Sukamaju)." in out
    )
    assert "another device: PC Disdik" in out
    assert "this PC's, PC Dinkes" in out and "is replaced by the backup's, PC Disdik" in out
    assert "--keep-identity" in out
    assert err.count("\n") == 1 and "--other-agency" in err
    assert (dinkes.data_dir / "device.json").read_bytes() == own_identity

    accepted = ["--other-agency", "--keep-identity"]
    code = main(["restore", str(foreign), "--data-dir", folder, "--lang", "en", *accepted])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "this PC keeps its own, PC Dinkes" in out
    assert (dinkes.data_dir / "device.json").read_bytes() == own_identity
    assert [row[1] for row in database_rows(dinkes)] == ["PPDB 2026"]


def test_posts_all_in_the_backup_still_need_yes(
    dinkes: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing would be lost, but the folder's posts are replaced: exit 2 without --yes."""
    add_draft(dinkes, "Draf yang sama")
    backup = backup_of(dinkes, tmp_path / "a.medsos-backup")
    capsys.readouterr()
    folder = str(dinkes.data_dir)
    assert main(["restore", str(backup), "--data-dir", folder, "--lang", "en"]) == 2
    out, err = capsys.readouterr()
    assert "holds 1 posts of its own" in out and "would leave the workflow" not in out
    assert err.count("\n") == 1 and "add --yes" in err
    assert main(["restore", str(backup), "--data-dir", folder, "--yes", "--lang", "en"]) == 0


def test_a_fresh_folder_asks_nothing(
    dinkes: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_approved(dinkes, "Sudah disetujui")
    backup = backup_of(dinkes, tmp_path / "a.medsos-backup")
    fresh = tmp_path / "laptop-baru"
    assert main(["restore", str(backup), "--data-dir", str(fresh), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "restored into" in out and "the backup's, PC Dinkes" in out
    assert "passphrase" in out  # the key file came with it: sending asks its passphrase


def test_the_agencys_monthly_report_while_the_app_is_open(
    dinkes: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The app holds the folder (another process, with its lock): the report, run here,
    reads beside it."""
    add_draft(dinkes, "Capaian imunisasi")
    app = (
        "import sys, time; from pathlib import Path; "
        "from medsos_desktop.paths import AppPaths; "
        "from medsos_desktop.services.workspace import open_workspace; "
        f"ws = open_workspace(AppPaths(Path({str(dinkes.data_dir)!r})), seed_demo=False); "
        "print('open', flush=True); sys.stdin.read(); ws.close()"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", app],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        out = tmp_path / "laporan.xlsx"
        where = ["--out", str(out), "--data-dir", str(dinkes.data_dir), "--lang", "en"]
        code = main(["report", "--month", "2026-11", *where])
        stderr = capsys.readouterr().err
        assert code == 0, stderr
        assert out.stat().st_size > 0
        assert "already open" not in stderr
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=60)
    assert child.returncode == 0
