"""The `medsos` command line: output, JSON shape and exit statuses of DESIGN.md."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from medsos_desktop.cli import main


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))


def test_check_caption_json_and_exit_status(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _stdin(monkeypatch, "Data peserta: NIK 3273012505900001")
    code = main(
        ["check-caption", "--platform", "instagram", "--json", "--data-dir", str(tmp_path / "none")]
    )
    findings = json.loads(capsys.readouterr().out)
    assert code == 1
    nik = next(f for f in findings if f["code"] == "pii.nik")
    assert set(nik) == {"code", "severity", "start", "end", "message"}
    assert nik["severity"] == "error"
    assert "Data peserta: NIK 3273012505900001"[nik["start"] : nik["end"]] == "3273012505900001"
    assert "UU 27/2022" in nik["message"]


def test_clean_caption_exits_zero(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _stdin(monkeypatch, "Ayo ikut vaksinasi gratis di Puskesmas terdekat!")
    assert (
        main(["check-caption", "--platform", "facebook", "--data-dir", str(tmp_path / "none")]) == 0
    )
    assert "Tidak ada masalah" in capsys.readouterr().out


def test_x_counting_through_the_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _stdin(monkeypatch, "😀" * 141)  # 282 weighted characters
    code = main(
        [
            "check-caption",
            "--platform",
            "x",
            "--json",
            "--lang",
            "en",
            "--data-dir",
            str(tmp_path / "none"),
        ]
    )
    findings = json.loads(capsys.readouterr().out)
    assert code == 1
    assert any(f["code"] == "length.exceeded" for f in findings)


def test_agency_official_hashtags_are_used(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "data")
    assert main(["posts", "list", "--data-dir", data]) == 0  # no database yet: nothing
    from medsos_desktop.paths import AppPaths
    from medsos_desktop.services.workspace import open_workspace

    open_workspace(AppPaths(Path(data))).close()  # the demo agency: #SukamajuSehat
    _stdin(monkeypatch, "Kegiatan hari ini.")
    main(["check-caption", "--platform", "instagram", "--json", "--data-dir", data])
    findings = json.loads(capsys.readouterr().out)
    assert any(f["code"] == "hashtags.official_missing" for f in findings)


def test_posts_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from medsos_desktop.paths import AppPaths
    from medsos_desktop.services.workspace import open_workspace

    data = tmp_path / "data"
    open_workspace(AppPaths(data)).close()
    assert main(["posts", "list", "--data-dir", str(data), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) >= 5
    assert main(["posts", "list", "--data-dir", str(data), "--json", "--status", "approved"]) == 0
    approved = json.loads(capsys.readouterr().out)
    assert approved and all(r["status"] == "approved" for r in approved)
    assert main(["posts", "list", "--data-dir", str(data), "--search", "posyandu"]) == 0
    assert "Posyandu" in capsys.readouterr().out


def test_templates_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["templates", "list", "--json", "--data-dir", str(tmp_path / "x")]) == 0
    templates = json.loads(capsys.readouterr().out)
    assert len(templates) >= 8
    assert {"key", "name", "category", "builtin", "fields"} <= set(templates[0])


@pytest.mark.parametrize(
    "argv", [["posts", "list", "--bogus"], ["no-such-command"], ["check-caption"], []]
)
def test_bad_usage_exits_two_with_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err


def test_unreadable_image_exits_two(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "rusak.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 not really")
    assert main(["import-image", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "rusak.jpg" in err
    assert main(["import-image", str(tmp_path / "tidak-ada.jpg")]) == 2


def test_render_a_carousel_writes_every_slide(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from PIL import Image

    out = tmp_path / "tips.png"
    args = ["render", "infografis-poin-carousel", "--size", "square", "--set", "title=Tips Mudik"]
    for n in range(1, 10):
        args += ["--set", f"points=Poin nomor {n} untuk perjalanan yang aman"]
    code = main([*args, "--out", str(out), "--data-dir", str(tmp_path / "none")])
    printed = capsys.readouterr().out
    assert code == 0, printed
    written = sorted(tmp_path.glob("tips-*.png"))
    assert len(written) >= 3  # the cover and the nine points over two slides or more
    assert not out.exists()
    for path in written:
        assert str(path) in printed
        with Image.open(path) as image:
            assert image.size == (1080, 1080)


def test_render_an_infographic(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from PIL import Image

    photo = tmp_path / "foto.jpg"
    Image.new("RGB", (800, 600), (40, 120, 90)).save(photo)
    out = tmp_path / "poin.png"
    code = main(
        [
            "render",
            "infografis-poin",
            "--size",
            "1200x675",
            "--json",
            "--set",
            "title=Lima Cara Mencegah Demam Berdarah",
            "--set",
            "points=Menguras bak mandi",
            "--set",
            "points=Menutup tempat air",
            "--set",
            f"photo=@{photo}",
            "--out",
            str(out),
            "--data-dir",
            str(tmp_path / "none"),
        ]
    )
    report = json.loads(capsys.readouterr().out)
    assert code == 0, report
    assert report["problems"] == []
    with Image.open(out) as image:
        assert image.size == (1200, 675)
        assert image.format == "PNG"


def test_render_reports_problems_and_bad_usage(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "kosong.jpg"
    assert (
        main(
            [
                "render",
                "pengumuman",
                "--out",
                str(out),
                "--lang",
                "id",
                "--data-dir",
                str(tmp_path / "none"),
            ]
        )
        == 1
    )
    assert "Judul wajib diisi" in capsys.readouterr().out
    assert out.exists()
    for argv in (
        ["render", "tidak-ada", "--out", str(out)],
        ["render", "pengumuman", "--size", "huge", "--out", str(out)],
        ["render", "pengumuman", "--set", "nope=1", "--out", str(out)],
        ["render", "pengumuman", "--slide", "9", "--out", str(out)],
    ):
        assert main([*argv, "--data-dir", str(tmp_path / "none")]) == 2
        assert "Traceback" not in capsys.readouterr().err


def test_verify_a_central_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import hashlib
    import uuid

    from medsos_desktop.sync.central import (
        RevisionPackage,
        init_central,
        publish_device,
        publish_revision,
    )
    from medsos_desktop.sync.writer import Ed25519Signer, MediaFile

    central = tmp_path / "pusat"
    central.mkdir()
    init_central(central, "Kota Sukamaju")
    signer = Ed25519Signer.generate(uuid.uuid4().hex)
    publish_device(
        central, "dinkes-kota-sukamaju", signer.device_id, "PC Humas", signer.public_key_bytes
    )
    photo = b"\xff\xd8\xff" + b"foto" * 100
    media = MediaFile(hashlib.sha256(photo).hexdigest(), "jpg", photo)
    outcome = publish_revision(
        central,
        RevisionPackage(
            "dinkes-kota-sukamaju", str(uuid.uuid4()), 1, {"title": "Donor darah"}, [media]
        ),
        signer,
        1,
    )
    assert main(["verify", str(central), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"] == {"valid": 1}
    assert report["region"] == "Kota Sukamaju"

    folder = Path(outcome.path)
    folder = folder if folder.is_absolute() else central / folder
    stored = next(folder.rglob("*.jpg"))
    stored.write_bytes(photo[:-1] + b"X")  # tampered after publishing
    assert main(["verify", str(central), "--lang", "en"]) == 1
    out = capsys.readouterr().out
    assert "tampered" in out
    assert main(["verify", str(tmp_path / "tidak-ada")]) == 2


def test_sync_a_fresh_demo_workspace_then_verify(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DESIGN's promise: `medsos sync` on a fresh data folder fills a central folder that
    `medsos verify` accepts. No password store here, so the key file is chosen knowingly."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    data = tmp_path / "data"
    assert main(["sync", "--data-dir", str(data)]) == 2  # no store, no passphrase: refused
    assert "penyimpanan kata sandi" in capsys.readouterr().err
    assert not (data / "device-key.pem").exists()
    monkeypatch.setenv("MEDSOS_TEST_PASSPHRASE", "kunci-rahasia-dinkes-2026")
    assert (
        main(
            [
                "sync",
                "--data-dir",
                str(data),
                "--passphrase-env",
                "MEDSOS_TEST_PASSPHRASE",
                "--json",
            ]
        )
        == 0
    )
    result = json.loads(capsys.readouterr().out)
    assert result["published"] == 2
    assert main(["verify", result["central"]]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "sync",
                "--data-dir",
                str(data),
                "--passphrase-env",
                "MEDSOS_TEST_PASSPHRASE",
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["published"] == 0
    sample_folder = Path(result["central"])
    assert json.loads((sample_folder / "medsos-central.json").read_bytes())["sample"] is True

    # Once the real profile is saved, the practice folder is no longer a default.
    from medsos_desktop.domain.agency import AgencyProfile
    from medsos_desktop.paths import AppPaths
    from medsos_desktop.services.demo import leave_sample
    from medsos_desktop.services.workspace import open_workspace

    workspace = open_workspace(AppPaths(data))
    try:
        leave_sample(workspace.db, AgencyProfile(name="Dinas Pendidikan Kota Sukamaju"))
    finally:
        workspace.close()
    argv = ["sync", "--data-dir", str(data), "--passphrase-env", "MEDSOS_TEST_PASSPHRASE"]
    assert main(argv) == 2
    assert "folder pusat" in capsys.readouterr().err.lower()


def _own_posts(data: Path, titles: list[str]) -> None:
    from medsos_desktop.domain.posts import PostContent
    from medsos_desktop.paths import AppPaths
    from medsos_desktop.services.posts import PostService
    from medsos_desktop.services.workspace import open_workspace

    workspace = open_workspace(AppPaths(data))
    try:
        for title in titles:
            PostService(workspace.db).create(PostContent(title=title))
    finally:
        workspace.close()


def test_backup_and_restore_exit_codes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source, target = tmp_path / "sumber", tmp_path / "tujuan"
    _own_posts(source, ["Dari cadangan"])
    _own_posts(target, ["Milik tujuan", "Milik tujuan juga"])
    out = tmp_path / "cadangan.medsos-backup"
    assert main(["backup", "--out", str(out), "--data-dir", str(source), "--json"]) == 0
    written = json.loads(capsys.readouterr().out)
    assert written["file"] == str(out) and written["counts"]["post"] >= 6
    assert out.stat().st_size == written["bytes"]

    # The target holds posts of its own, not in the backup: listed, and nothing happens
    # without --discard-unsent (tests/test_cli_restore.py has the rest).
    before = (target / "medsos.sqlite3").read_bytes()
    assert main(["restore", str(out), "--data-dir", str(target), "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert "holds 2 posts of its own" in captured.out
    assert captured.err.count("\n") == 1 and "--discard-unsent" in captured.err
    assert "Traceback" not in captured.err
    assert (target / "medsos.sqlite3").read_bytes() == before

    argv = ["restore", str(out), "--data-dir", str(target), "--discard-unsent", "--json"]
    assert main(argv) == 0
    restored = json.loads(capsys.readouterr().out)
    assert restored["restored"] is True and restored["previous"]
    assert "medsos.sqlite3" in restored["replaced"]
    assert main(["posts", "list", "--data-dir", str(target), "--search", "cadangan"]) == 0
    assert "Dari cadangan" in capsys.readouterr().out

    # A fresh folder (demo posts only, or nothing) needs no --yes.
    assert main(["restore", str(out), "--data-dir", str(tmp_path / "baru"), "--lang", "en"]) == 0
    assert "restored into" in capsys.readouterr().out


def test_restore_of_bad_input_exits_two_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    _own_posts(data, ["Tetap ada"])
    before = (data / "medsos.sqlite3").read_bytes()
    not_backup = tmp_path / "foto.medsos-backup"
    not_backup.write_bytes(b"\xff\xd8\xff\xe0 bukan cadangan")
    for argv in (
        ["restore", str(not_backup), "--data-dir", str(data), "--yes", "--lang", "en"],
        ["restore", str(tmp_path / "hilang.zip"), "--data-dir", str(data), "--yes"],
        ["backup", "--out", str(tmp_path / "x.medsos-backup"), "--data-dir", str(tmp_path / "no")],
        ["backup", "--out", str(tmp_path / "tidak" / "ada" / "x.zip"), "--data-dir", str(data)],
        ["backup", "--data-dir", str(data)],
        ["restore", "--data-dir", str(data)],
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err, (argv, err)
    assert main(["restore", str(not_backup), "--data-dir", str(data), "--lang", "en"]) == 2
    assert "not a Medsos Desktop backup" in capsys.readouterr().err
    assert (data / "medsos.sqlite3").read_bytes() == before


def test_restore_while_the_folder_is_open_exits_two(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from medsos_desktop.paths import AppPaths
    from medsos_desktop.services.workspace import open_workspace

    data = tmp_path / "data"
    _own_posts(data, ["Sedang dibuka"])
    out = tmp_path / "a.medsos-backup"
    assert main(["backup", "--out", str(out), "--data-dir", str(data)]) == 0
    workspace = open_workspace(AppPaths(data))
    try:
        code = main(["restore", str(out), "--data-dir", str(data), "--yes", "--lang", "en"])
    finally:
        workspace.close()
    assert code == 2
    assert "Close Medsos Desktop before restoring" in capsys.readouterr().err


def test_report_for_the_region_counts_only_trusted_devices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`medsos report --central`: nothing counts until the coordinator trusts a device."""
    import json as _json
    import uuid as _uuid

    from medsos_desktop.paths import AppPaths as _AppPaths
    from medsos_desktop.services.coordinator import CoordinatorService
    from medsos_desktop.services.sync import SyncService
    from medsos_desktop.services.workspace import open_workspace as _open
    from medsos_desktop.sync.writer import Ed25519Signer

    central = tmp_path / "pusat"
    central.mkdir()
    agency = _open(_AppPaths(tmp_path / "dinkes"))
    signer = Ed25519Signer.generate(_uuid.uuid4().hex)
    try:
        SyncService(agency.db).run(central, signer, signer.public_key_bytes, "PC Dinkes")
    finally:
        agency.close()
    coordinator = tmp_path / "diskominfo"
    with CoordinatorService(central, coordinator) as service:
        service.scan()
        planned = {r.planned_at[:7] for r in service.revisions(limit=None)}
    month = sorted(planned)[0]
    out = tmp_path / "laporan.xlsx"
    argv = ["report", "--central", str(central), "--month", month, "--out", str(out)]
    code = main([*argv, "--data-dir", str(coordinator), "--json"])
    assert code == 0 and out.stat().st_size > 0
    first = _json.loads(capsys.readouterr().out)
    assert first["posts"] == 0 and first["not_counted"] >= 1 and first["awaiting"] == 1

    with CoordinatorService(central, coordinator) as service:
        service.decide(signer.device_id, "trusted", "dikonfirmasi lewat telepon")
    assert main([*argv, "--data-dir", str(coordinator), "--json"]) == 0
    second = _json.loads(capsys.readouterr().out)
    assert second["posts"] == first["not_counted"] and second["not_counted"] == 0

    code = main(["report", "--month", "2026-13", "--out", str(out), "--data-dir", str(tmp_path)])
    assert code == 2 and "YYYY-MM" in capsys.readouterr().err


def test_report_for_the_agency_itself(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "laporan-dinkes.pdf"
    data = str(tmp_path / "data")
    assert main(["report", "--month", "2026-11", "--out", str(out), "--data-dir", data]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "2026-11" in capsys.readouterr().out
