"""The tables. Changes to them need a new Alembic migration in `migrations/versions/`."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Agency(Base):
    """The agency (OPD) this workspace belongs to. One per data directory."""

    __tablename__ = "agency"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(60), default="")
    slug: Mapped[str] = mapped_column(String(80), default="")
    parent_government: Mapped[str] = mapped_column(String(200), default="")
    handles_json: Mapped[str] = mapped_column(Text, default="{}")
    official_hashtags: Mapped[str] = mapped_column(Text, default="")
    contacts: Mapped[str] = mapped_column(Text, default="")
    profile_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Blob(Base):
    """Content-addressed bytes (images, later fonts): stored once per sha256."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Post(Base):
    __tablename__ = "post"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    category: Mapped[str] = mapped_column(String(40), default="kegiatan")
    platforms: Mapped[str] = mapped_column(String(120), default="")
    base_caption: Mapped[str] = mapped_column(Text, default="")
    hashtags: Mapped[str] = mapped_column(Text, default="")
    mentions: Mapped[str] = mapped_column(Text, default="")
    collaborators: Mapped[str] = mapped_column(Text, default="")
    planned_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(30), default="draft", index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    template_key: Mapped[str] = mapped_column(String(80), default="")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    # "packs/<item-id>/r<revision>" when the post was started from a coordinator's pack.
    source_pack: Mapped[str] = mapped_column(String(120), default="", server_default="")
    # Who wrote it: the admin at this PC when it was created (none for the sample posts).
    created_by: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    # Set when the post went to the trash; it is purged 30 days later.
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)

    variants: Mapped[list[PostVariant]] = relationship(
        back_populates="post", cascade="all, delete-orphan", lazy="selectin"
    )
    media: Mapped[list[Media]] = relationship(
        back_populates="post",
        cascade="all, delete-orphan",
        order_by="Media.position",
        lazy="selectin",
    )


class PostVariant(Base):
    """A platform's caption that has diverged from the base caption.

    No row means the platform follows the base caption.
    """

    __tablename__ = "post_variant"

    post_id: Mapped[int] = mapped_column(
        ForeignKey("post.id", ondelete="CASCADE"), primary_key=True
    )
    platform: Mapped[str] = mapped_column(String(20), primary_key=True)
    caption: Mapped[str] = mapped_column(Text, default="")

    post: Mapped[Post] = relationship(back_populates="variants")


class Media(Base):
    __tablename__ = "media"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"))
    filename: Mapped[str] = mapped_column(String(260), default="")
    alt_text: Mapped[str] = mapped_column(Text, default="")
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)

    post: Mapped[Post] = relationship(back_populates="media")


class PostEvent(Base):
    """Every status change, with who and when: the audit trail of a post."""

    __tablename__ = "post_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(120), default="")  # the name at the time
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    from_status: Mapped[str] = mapped_column(String(30), default="")
    to_status: Mapped[str] = mapped_column(String(30))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    comment: Mapped[str] = mapped_column(Text, default="")


class CaptionTemplateRecord(Base):
    """An admin's own caption template; the built-in ones live in code."""

    __tablename__ = "caption_template"
    __table_args__ = (UniqueConstraint("key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(40))
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class BrandKitRecord(Base):
    """The agency's brand kit (one row); palette as JSON {role: "#RRGGBB"}."""

    __tablename__ = "brand_kit"

    id: Mapped[int] = mapped_column(primary_key=True)
    palette_json: Mapped[str] = mapped_column(Text, default="{}")
    heading_font: Mapped[str] = mapped_column(String(120))
    body_font: Mapped[str] = mapped_column(String(120))
    logo_agency: Mapped[str | None] = mapped_column(ForeignKey("blob.sha256"), nullable=True)
    logo_government: Mapped[str | None] = mapped_column(ForeignKey("blob.sha256"), nullable=True)
    watermark: Mapped[str | None] = mapped_column(ForeignKey("blob.sha256"), nullable=True)
    watermark_opacity: Mapped[float] = mapped_column(Float, default=0.12)
    footer_website: Mapped[str] = mapped_column(String(200), default="")
    footer_hotline: Mapped[str] = mapped_column(String(100), default="")
    footer_address: Mapped[str] = mapped_column(String(300), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class UserFont(Base):
    """A TTF/OTF the admin added; its bytes are a blob."""

    __tablename__ = "user_font"

    id: Mapped[int] = mapped_column(primary_key=True)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"), unique=True)
    family: Mapped[str] = mapped_column(String(120))
    style: Mapped[str] = mapped_column(String(60))
    filename: Mapped[str] = mapped_column(String(260))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class InfographicTemplateRecord(Base):
    """An admin's own infographic template (a duplicated, edited built-in), as spec JSON."""

    __tablename__ = "infographic_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(40))
    spec_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PostInfographic(Base):
    """The infographic being designed for a post: template, size and filled fields."""

    __tablename__ = "post_infographic"

    post_id: Mapped[int] = mapped_column(
        ForeignKey("post.id", ondelete="CASCADE"), primary_key=True
    )
    template_key: Mapped[str] = mapped_column(String(80))
    size_key: Mapped[str] = mapped_column(String(40))
    fields_json: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Person(Base):
    """Someone who writes or approves posts here: the admin at this PC and every reviewer.

    "Nobody approves their own post" compares these records, not typed names. The admin
    who is also a reviewer has one person record with a reviewer row pointing at it."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    jabatan: Mapped[str] = mapped_column(String(120), default="")  # position, free text
    nip: Mapped[str | None] = mapped_column(String(18), nullable=True, unique=True)
    # The admin at the keyboard of this PC: at most one row is set.
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Reviewer(Base):
    """A person who approves posts with a PIN (salted scrypt). Never deleted: a reviewer
    who leaves is deactivated, so their past decisions keep their name."""

    __tablename__ = "reviewer"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(40))
    pin_salt: Mapped[bytes] = mapped_column(LargeBinary)
    pin_hash: Mapped[bytes] = mapped_column(LargeBinary)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    person: Mapped[Person] = relationship(lazy="joined")


class ReviewerEvent(Base):
    """The audit trail of reviewer records: added, edited, PIN reset (with the admin's
    confirmation and reason when the old PIN was not given), deactivated. Each row's hash
    covers the previous row's, so a row changed or removed afterwards shows."""

    __tablename__ = "reviewer_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewer.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(30))
    by_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    by_name: Mapped[str] = mapped_column(String(120), default="")
    detail_json: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))


class Review(Base):
    """A reviewer's decision on one revision, with the checklist and any overrides."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewer.id"))
    decision: Mapped[str] = mapped_column(String(30))
    comment: Mapped[str] = mapped_column(Text, default="")
    checklist_json: Mapped[str] = mapped_column(Text, default="{}")
    overrides_json: Mapped[str] = mapped_column(Text, default="{}")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # "pin": the reviewer typed their PIN here; "whatsapp": the admin recorded a reply
    # received by WhatsApp, its screenshot in the blob store (evidence_sha256).
    method: Mapped[str] = mapped_column(String(20), default="pin", server_default="pin")
    evidence_sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")
    evidence_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class PostRevision(Base):
    """The content of a post as it was approved: the base of revision diffs and of sync."""

    __tablename__ = "post_revision"

    post_id: Mapped[int] = mapped_column(
        ForeignKey("post.id", ondelete="CASCADE"), primary_key=True
    )
    revision: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_json: Mapped[str] = mapped_column(Text)
    approved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncOutbox(Base):
    """An approved revision on its way to the central folder. The sequence number is
    allocated (and committed) before publishing, so a retry reuses it."""

    __tablename__ = "sync_outbox"

    post_id: Mapped[int] = mapped_column(
        ForeignKey("post.id", ondelete="CASCADE"), primary_key=True
    )
    revision: Mapped[int] = mapped_column(Integer, primary_key=True)
    state: Mapped[str] = mapped_column(String(20), default="pending")
    sequence: Mapped[int | None] = mapped_column(Integer, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    published_path: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class DeviceSequence(Base):
    __tablename__ = "device_sequence"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)


class CoordinatorPin(Base):
    """The coordinator's key as first seen in the central folder (trust on first use)."""

    __tablename__ = "coordinator_pin"

    id: Mapped[int] = mapped_column(primary_key=True)
    coordinator_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    key_id: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    pinned_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    changed_coordinator_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    changed_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    changed_key_id: Mapped[str | None] = mapped_column(String(16), nullable=True)
    changed_public_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    changed_seen_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SharedItem(Base):
    """The current verified revision of something the coordinator shared."""

    __tablename__ = "shared_item"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    item_json: Mapped[str] = mapped_column(Text)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    seen: Mapped[bool] = mapped_column(Boolean, default=False)


class SharedMedia(Base):
    """A media file of a shared item, kept in the blob store."""

    __tablename__ = "shared_media"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    item_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    path: Mapped[str] = mapped_column(String(120), primary_key=True)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"))


class ReportNote(Base):
    """The admin's analysis of one month ("2026-11"), printed in that month's report."""

    __tablename__ = "report_note"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class PublishedLink(Base):
    """Where a post went live on one platform, and when."""

    __tablename__ = "published_link"

    post_id: Mapped[int] = mapped_column(
        ForeignKey("post.id", ondelete="CASCADE"), primary_key=True
    )
    platform: Mapped[str] = mapped_column(String(20), primary_key=True)
    url: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime] = mapped_column(DateTime)


class MetricImport(Base):
    """One committed CSV import: what file, when, how many rows came in or were left out."""

    __tablename__ = "metric_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(20), default="")
    file_name: Mapped[str] = mapped_column(String(260), default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    rows_imported: Mapped[int] = mapped_column(Integer, default=0)
    rows_skipped: Mapped[int] = mapped_column(Integer, default=0)


class PostMetric(Base):
    """A post's figures on one platform at one moment. The unique fingerprint keeps an
    imported row from coming in twice; typed figures use "manual:<post_id>:<platform>"
    and are replaced in place."""

    __tablename__ = "post_metric"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(20))
    fingerprint: Mapped[str] = mapped_column(String(120), unique=True)
    reach: Mapped[int | None] = mapped_column(Integer, nullable=True)
    impressions: Mapped[int | None] = mapped_column(Integer, nullable=True)
    likes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    comments: Mapped[int | None] = mapped_column(Integer, nullable=True)
    shares: Mapped[int | None] = mapped_column(Integer, nullable=True)
    saves: Mapped[int | None] = mapped_column(Integer, nullable=True)
    video_views: Mapped[int | None] = mapped_column(Integer, nullable=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("metric_import.id", ondelete="SET NULL"), nullable=True
    )


class ReplyTemplateRecord(Base):
    """A reply to citizens' comments: built-ins seeded from resources/replies, or own ones."""

    __tablename__ = "reply_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(40))
    body: Mapped[str] = mapped_column(Text)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class RegionalDayRecord(Base):
    """A day the agency adds to its plan (city anniversary, local commemoration)."""

    __tablename__ = "regional_day"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source: Mapped[str] = mapped_column(String(40), default="")
    greeting: Mapped[bool] = mapped_column(Boolean, default=True)


class AuditEventRecord(Base):
    """One link of the data folder's audit chain (`domain/audit.py`): never updated or
    deleted, and not tied to the post by a foreign key, so a post deleted for good leaves
    its history (and the chain) whole."""

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))
    post_uuid: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(120))
    detail_json: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class RemoteReviewer(Base):
    """A reviewer on their own PC, paired by comparing a code and registered in the shared
    folder by this device (issue 16). Never deleted: a reviewer who leaves is deactivated."""

    __tablename__ = "remote_reviewer"

    reviewer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    jabatan: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))
    sign_key: Mapped[bytes] = mapped_column(LargeBinary)
    box_key: Mapped[bytes] = mapped_column(LargeBinary)
    active: Mapped[bool] = mapped_column(Boolean)
    registered_at: Mapped[datetime] = mapped_column(DateTime)
    deactivated_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    record_revision: Mapped[int] = mapped_column(Integer)
    # Every registration folder this PC signed for them (approval_proof.registration_entry),
    # carried with the posts they approve so the coordinator can check their decisions.
    registrations_json: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")


class ReviewRequestRecord(Base):
    """A request sent to the reviewers of one step of a post's chain."""

    __tablename__ = "review_request"

    request_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    step: Mapped[int] = mapped_column(Integer)
    chain_json: Mapped[str] = mapped_column(Text)  # the chain as it was when review began
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Set once this PC placed a signed withdrawal: the post changed or was taken back.
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class ReviewDecisionRecord(Base):
    """A reviewer's signed decision as received: the bytes and signature are kept as they
    came, so the proof can travel on with the approved revision."""

    __tablename__ = "review_decision"

    request_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reviewer_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    step: Mapped[int] = mapped_column(Integer)
    verdict: Mapped[str] = mapped_column(String(20))
    signed_at: Mapped[datetime] = mapped_column(DateTime)
    decision_bytes: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    comments_json: Mapped[str] = mapped_column(Text)
    counted: Mapped[bool] = mapped_column(Boolean)
    set_aside: Mapped[str] = mapped_column(String(40))  # the reason, when not counted


class InboxRequest(Base):
    """On a reviewer's own PC: a request addressed to them, opened with their key."""

    __tablename__ = "inbox_request"

    request_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    agency: Mapped[str] = mapped_column(String(80))
    device_id: Mapped[str] = mapped_column(String(64))  # the agency PC that sent it
    post_uuid: Mapped[str] = mapped_column(String(36))
    revision: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    step: Mapped[int] = mapped_column(Integer)
    steps: Mapped[int] = mapped_column(Integer)
    step_title: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(500))
    payload_json: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    verdict: Mapped[str] = mapped_column(String(20))  # "" until decided
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    comments_json: Mapped[str] = mapped_column(Text)


class PairedAgency(Base):
    """On a reviewer's own PC: the agency PC they paired with, its key pinned after the
    pairing codes matched; requests are accepted from pinned PCs only."""

    __tablename__ = "paired_agency"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    agency: Mapped[str] = mapped_column(String(80))
    device_name: Mapped[str] = mapped_column(String(200))
    device_key: Mapped[bytes] = mapped_column(LargeBinary)
    root: Mapped[str] = mapped_column(Text)  # the shared folder requests arrive through
    paired_at: Mapped[datetime] = mapped_column(DateTime)


class ChainConfig(Base):
    """The agency's approval chains (domain/approval_chain.py ChainSettings), as JSON: one
    row. Without it, posts are approved with a PIN on the admin's PC, as before."""

    __tablename__ = "chain_config"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    settings_json: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
