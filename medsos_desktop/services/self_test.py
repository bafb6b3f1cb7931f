"""Checking an installation without a display: `medsos self-test`.

The same steps the frozen build runs after packaging (packaging/build.py): every layer is
exercised in a throw-away data folder, so a missing module, font, migration or
translation shows here rather than on the user's first click.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from medsos_desktop.paths import AppPaths


def self_test(report: Callable[[str], None]) -> list[str]:
    """Exercise every layer in a throw-away data folder; return the failures."""
    from medsos_desktop.domain.checks import check_caption
    from medsos_desktop.domain.platforms import Platform
    from medsos_desktop.i18n import load_catalog
    from medsos_desktop.services.agency import load_profile
    from medsos_desktop.services.checks import check_post
    from medsos_desktop.services.posts import PostService
    from medsos_desktop.services.workspace import open_workspace

    failures: list[str] = []

    def step(name: str, fn: Callable[[], Any]) -> None:
        try:
            fn()
        except Exception as exc:
            failures.append(f"{name}: {exc!r}")
            report(f"FAIL {name}: {exc!r}")
        else:
            report(f"ok   {name}")

    with tempfile.TemporaryDirectory(prefix="medsos-self-test-") as tmp:
        paths = AppPaths(Path(tmp) / "data")
        holder: dict[str, Any] = {}

        def open_store() -> None:
            holder["ws"] = open_workspace(paths)

        def demo_posts() -> None:
            service = PostService(holder["ws"].db)
            rows = service.list_rows()
            assert len(rows) >= 5, f"demo workspace has {len(rows)} posts"
            assert service.search("vaksinasi"), "full-text search found nothing"
            profile = load_profile(holder["ws"].db)
            findings = check_post(service.load(rows[0].id).content, profile)
            assert findings, "no platform checked"

        def image_import() -> None:
            import io

            from PIL import Image

            buffer = io.BytesIO()
            Image.new("RGB", (64, 48), (200, 30, 60)).save(buffer, "PNG")
            ref = PostService(holder["ws"].db).import_image_bytes(buffer.getvalue(), "t.png")
            assert ref.width == 64

        def caption_checks() -> None:
            findings = check_caption("NIK 3273012505900001", Platform.INSTAGRAM)
            assert any(f.code == "pii.nik" for f in findings), findings

        def translations() -> None:
            assert load_catalog("id"), "Indonesian translation missing"

        def integrity() -> None:
            with holder["ws"].db.engine.connect() as conn:
                result = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            assert result == "ok", result

        def render_template() -> None:
            from medsos_desktop.domain.brand import BrandKit
            from medsos_desktop.render.engine import render
            from medsos_desktop.render.spec import load_builtin_templates

            spec = next(t for t in load_builtin_templates() if t.key == "pengumuman")
            result = render(spec, (540, 675), BrandKit(), {}, load_blob=lambda _s: None)
            assert result.image.size == (540, 675)

        def package() -> None:
            import uuid

            from medsos_desktop.services.sync import SyncService
            from medsos_desktop.sync.central import verify_central
            from medsos_desktop.sync.writer import Ed25519Signer

            central = Path(tmp) / "central"
            central.mkdir()
            signer = Ed25519Signer.generate(uuid.uuid4().hex)
            result = SyncService(holder["ws"].db).run(
                central, signer, signer.public_key_bytes, "self-test", "Self-test"
            )
            assert result.published >= 1 and not result.waiting, result
            report = verify_central(central)
            assert report.revisions_valid and report.revisions, report.counts()

        def coordinator_scan() -> None:
            from medsos_desktop.services.coordinator import CoordinatorService

            with CoordinatorService(Path(tmp) / "central", Path(tmp) / "coordinator") as service:
                summary = service.scan()
            assert sum(summary.counts.values()) >= 1, summary.counts

        def calendar() -> None:
            from datetime import date as _date

            from medsos_desktop.domain.calendar_days import plan_days

            days = plan_days(_date(2026, 8, 1), _date(2026, 8, 31), include_themes=False)
            assert any(d.date == _date(2026, 8, 17) for d in days), "no Hari Kemerdekaan"

        def reports() -> None:
            from datetime import datetime as _datetime

            from medsos_desktop.render.report import Figure, Report, write_pdf, write_xlsx

            doc = Report("Self-test", "Medsos Desktop", _datetime(2026, 1, 1), [Figure("n", 1)])
            write_pdf(doc, Path(tmp) / "r.pdf")
            write_xlsx(doc, Path(tmp) / "r.xlsx")
            assert (Path(tmp) / "r.pdf").read_bytes().startswith(b"%PDF")

        def sealed_review() -> None:
            # libsodium ships inside PyNaCl's wheel: a frozen build must carry it.
            from medsos_desktop.sync.sealed import BoxKeyPair, open_sealed, seal

            reviewer = BoxKeyPair.generate()
            sealed = seal(b"draft", {"kadis": reviewer.public})
            assert open_sealed(sealed.keys["kadis"], sealed.ciphertext, reviewer) == b"draft"

        def audit_chain() -> None:
            from medsos_desktop.services.audit import AuditService

            report = AuditService(holder["ws"].db).verify()
            assert report.intact and report.events >= 1, report

        step("store: create and migrate", open_store)
        if "ws" in holder:
            step("store: demo posts, search, checks", demo_posts)
            step("render: safe image import", image_import)
            step("store: integrity", integrity)
            step("sync: build and verify a package", package)
            step("store: audit chain", audit_chain)
            holder["ws"].close()
            step("coordinator: scan the folder", coordinator_scan)
        step("render: infographic template", render_template)
        step("domain: caption checks", caption_checks)
        step("calendar: holidays and commemorations", calendar)
        step("render: report PDF and XLSX", reports)
        step("review: sealed request", sealed_review)
        step("translations: Indonesian", translations)
    return failures
