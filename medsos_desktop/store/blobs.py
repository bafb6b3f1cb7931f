"""Content-addressed blobs: the same image attached twice is stored once."""

from __future__ import annotations

import hashlib

from sqlalchemy import select, text
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from medsos_desktop.store.models import Blob


def put_blob(session: Session, data: bytes, mime: str) -> str:
    digest = hashlib.sha256(data).hexdigest()
    session.execute(
        insert(Blob)
        .values(sha256=digest, size=len(data), mime=mime, data=data)
        .on_conflict_do_nothing(index_elements=["sha256"])
    )
    return digest


def get_blob(session: Session, sha256: str) -> bytes | None:
    return session.scalar(select(Blob.data).where(Blob.sha256 == sha256))


def prune_unreferenced_blobs(session: Session) -> int:
    """Remove blobs that no post, brand kit, font, shared item or approval evidence (a
    WhatsApp screenshot) uses; returns how many."""
    # The session's connection (same transaction): its result is typed with a rowcount.
    result = session.connection().execute(
        text(
            "DELETE FROM blob WHERE sha256 NOT IN ("
            " SELECT blob_sha256 FROM media"
            " UNION SELECT logo_agency FROM brand_kit WHERE logo_agency IS NOT NULL"
            " UNION SELECT logo_government FROM brand_kit WHERE logo_government IS NOT NULL"
            " UNION SELECT watermark FROM brand_kit WHERE watermark IS NOT NULL"
            " UNION SELECT blob_sha256 FROM user_font"
            " UNION SELECT blob_sha256 FROM shared_media"
            " UNION SELECT evidence_sha256 FROM review WHERE evidence_sha256 != '')"
        )
    )
    return result.rowcount or 0
