"""Content-addressed blobs: the same image attached twice is stored once."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
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
