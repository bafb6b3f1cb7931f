"""What a post is, independent of storage: categories, statuses, the workflow, final captions."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, Term


class Category(StrEnum):
    KEGIATAN = "kegiatan"
    PENGUMUMAN = "pengumuman"
    LAYANAN_PUBLIK = "layanan_publik"
    CAPAIAN_KINERJA = "capaian_kinerja"
    KLARIFIKASI_HOAKS = "klarifikasi_hoaks"
    UCAPAN_HARI_BESAR = "ucapan_hari_besar"
    KOLABORASI = "kolaborasi"
    LAINNYA = "lainnya"


CATEGORY_LABELS: dict[Category, str] = {
    Category.KEGIATAN: QT_TRANSLATE_NOOP("Category", "Activity"),
    Category.PENGUMUMAN: QT_TRANSLATE_NOOP("Category", "Announcement"),
    Category.LAYANAN_PUBLIK: QT_TRANSLATE_NOOP("Category", "Public Service"),
    Category.CAPAIAN_KINERJA: QT_TRANSLATE_NOOP("Category", "Performance Achievement"),
    Category.KLARIFIKASI_HOAKS: QT_TRANSLATE_NOOP("Category", "Hoax Clarification"),
    Category.UCAPAN_HARI_BESAR: QT_TRANSLATE_NOOP("Category", "Holiday Greeting"),
    Category.KOLABORASI: QT_TRANSLATE_NOOP("Category", "Collaboration"),
    Category.LAINNYA: QT_TRANSLATE_NOOP("Category", "Other"),
}


class Status(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    SYNCED = "synced"
    PUBLISHED = "published"
    ARCHIVED = "archived"


STATUS_LABELS: dict[Status, str] = {
    Status.DRAFT: QT_TRANSLATE_NOOP("Status", "Draft"),
    Status.SUBMITTED: QT_TRANSLATE_NOOP("Status", "Awaiting review"),
    Status.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("Status", "Changes requested"),
    Status.APPROVED: QT_TRANSLATE_NOOP("Status", "Approved"),
    Status.SYNCED: QT_TRANSLATE_NOOP("Status", "Sent to central folder"),
    Status.PUBLISHED: QT_TRANSLATE_NOOP("Status", "Published"),
    Status.ARCHIVED: QT_TRANSLATE_NOOP("Status", "Archived"),
}


def status_term(status: Status | str) -> Term | str:
    """A status as a message's value: its label, translated with the message."""
    try:
        return Term("Status", STATUS_LABELS[Status(status)])
    except ValueError:
        return str(status) or "-"


# draft -> submitted -> approved -> synced -> published; changes_requested goes
# back to draft; archived is reachable from anywhere.
_FORWARD: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.SUBMITTED}),
    Status.SUBMITTED: frozenset({Status.APPROVED, Status.CHANGES_REQUESTED}),
    # Fixed as asked, the post goes straight back to its reviewer.
    Status.CHANGES_REQUESTED: frozenset({Status.DRAFT, Status.SUBMITTED}),
    Status.APPROVED: frozenset({Status.SYNCED}),
    Status.SYNCED: frozenset({Status.PUBLISHED}),
    Status.PUBLISHED: frozenset(),
    Status.ARCHIVED: frozenset({Status.DRAFT}),
}

EDITABLE_STATUSES = frozenset({Status.DRAFT, Status.CHANGES_REQUESTED})


# How long a deleted post stays in the trash, restorable, before it is purged.
TRASH_DAYS = 30


class TransitionError(ValueError):
    """A status change the workflow does not allow."""


def allowed_transitions(current: Status) -> frozenset[Status]:
    extra = {Status.ARCHIVED} if current is not Status.ARCHIVED else set()
    return _FORWARD[current] | extra


def check_transition(current: Status, target: Status) -> None:
    if target not in allowed_transitions(current):
        raise TransitionError(f"cannot go from {current.value} to {target.value}")


def editing_starts_new_revision(status: Status) -> bool:
    """Editing an approved (or later) post makes a new revision that needs approval again."""
    return status in {Status.APPROVED, Status.SYNCED, Status.PUBLISHED}


_TAG_SPLIT = re.compile(r"[\s,;]+")


def normalize_tags(text: str | Iterable[str], prefix: str) -> tuple[str, ...]:
    """Turn free text like 'bandung, #BandungJuara' into ('#bandung', '#BandungJuara').

    Duplicates (case-insensitive) are dropped, order is kept.
    """
    parts = _TAG_SPLIT.split(text) if isinstance(text, str) else list(text)
    seen: set[str] = set()
    out: list[str] = []
    for raw in parts:
        word = raw.strip().lstrip("#@")
        if not word:
            continue
        tag = prefix + word
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return tuple(out)


def compose_caption(body: str, hashtags: Iterable[str] = (), mentions: Iterable[str] = ()) -> str:
    """The post's standard text: the body, then mentions, then hashtags.

    Tags already written in the body are not repeated. Every platform starts from this
    text and shows it whole in its own tab, so nothing is added out of the admin's sight.
    """
    body = body.rstrip()
    present = {m.casefold() for m in re.findall(r"[#@][\w.]+", body)}
    tail_mentions = [m for m in mentions if m.casefold() not in present]
    tail_tags = [h for h in hashtags if h.casefold() not in present]
    blocks = [body] if body else []
    if tail_mentions:
        blocks.append(" ".join(tail_mentions))
    if tail_tags:
        blocks.append(" ".join(tail_tags))
    return "\n\n".join(blocks)


def retag_caption(
    text: str,
    old_hashtags: Iterable[str],
    old_mentions: Iterable[str],
    new_hashtags: Iterable[str],
    new_mentions: Iterable[str],
) -> str:
    """A platform's own text after the post's hashtags or mentions changed.

    When the text still ends exactly as `compose_caption` ended it with the old tags,
    that ending is rewritten with the new ones; a text whose tags the admin edited
    (removed one, wrote others) is theirs and comes back unchanged.
    """
    old_hashtags, old_mentions = tuple(old_hashtags), tuple(old_mentions)
    # Shortest body first: the trailing blocks are the likeliest to be the added ones.
    for blocks in (2, 1, 0):
        parts = text.rsplit("\n\n", blocks)
        if len(parts) != blocks + 1:
            continue
        body = parts[0]
        if compose_caption(body, old_hashtags, old_mentions) == text:
            return compose_caption(body, new_hashtags, new_mentions)
    return text


@dataclass(frozen=True)
class MediaRef:
    """An image attached to a post; the bytes live in the blob store under `sha256`."""

    sha256: str
    filename: str = ""
    alt_text: str = ""
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class PostContent:
    """Everything the admin edits in a post: a complete snapshot, saved as a whole."""

    title: str = ""
    category: Category = Category.KEGIATAN
    platforms: tuple[Platform, ...] = ()
    base_caption: str = ""
    variants: Mapping[Platform, str] = field(default_factory=dict)
    hashtags: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    collaborators: tuple[str, ...] = ()
    planned_at: datetime | None = None
    media: tuple[MediaRef, ...] = ()
    template_key: str = ""

    def standard_caption(self) -> str:
        """The text every platform follows until it gets its own: base, mentions, hashtags."""
        return compose_caption(self.base_caption, self.hashtags, self.mentions)

    def final_caption(self, platform: Platform) -> str:
        """Exactly what is posted on `platform`, shown whole in its tab and copied as is."""
        own = self.variants.get(platform)
        return own if own is not None else self.standard_caption()

    def has_diverged(self, platform: Platform) -> bool:
        return platform in self.variants and self.variants[platform] != self.standard_caption()

    def own_texts(self) -> dict[Platform, str]:
        """The platforms whose text differs from the standard one (what the store keeps)."""
        standard = self.standard_caption()
        return {p: text for p, text in self.variants.items() if text != standard}

    def with_platform_text(self, platform: Platform, text: str) -> PostContent:
        """The admin typed `text` in a platform's tab: its own text, or following again."""
        variants = dict(self.variants)
        if text == self.standard_caption():
            variants.pop(platform, None)
        else:
            variants[platform] = text
        return dataclasses.replace(self, variants=variants)

    def with_tags(self, hashtags: tuple[str, ...], mentions: tuple[str, ...]) -> PostContent:
        """New post-level hashtags and mentions, carried into every own text that still
        ends with the old ones (see `retag_caption`)."""
        retagged = {
            platform: retag_caption(text, self.hashtags, self.mentions, hashtags, mentions)
            for platform, text in self.variants.items()
        }
        changed = dataclasses.replace(self, hashtags=hashtags, mentions=mentions)
        return dataclasses.replace(changed, variants=retagged).with_own_texts_only()

    def with_own_texts_only(self) -> PostContent:
        """Drop platform texts that equal the standard one: those platforms follow it."""
        return dataclasses.replace(self, variants=self.own_texts())


@dataclass(frozen=True, slots=True)
class TrashedRow:
    """A post in the trash, as the trash list shows it."""

    id: int
    title: str
    status: str
    deleted_at: datetime


@dataclass(frozen=True, slots=True)
class PostRow:
    """What the post list shows: no captions, no media, cheap to load by the ten thousand."""

    id: int
    title: str
    category: str
    platforms: str
    status: str
    planned_at: datetime | None
    updated_at: datetime
    revision: int
    is_demo: bool


# Until this flag, a platform's text ("variants") was a body that the post's mentions and
# hashtags were appended to out of the admin's sight; since, it is the whole final text.
VARIANTS_INCLUDE_TAGS = "variants_include_tags"


def content_to_dict(content: PostContent) -> dict[str, object]:
    """Plain JSON data: what an approved revision keeps and what the central folder gets.

    `captions` holds exactly the text posted on each target platform.
    """
    return {
        "title": content.title,
        "category": content.category.value,
        "platforms": [p.value for p in content.platforms],
        "base_caption": content.base_caption,
        "variants": {p.value: text for p, text in content.own_texts().items()},
        VARIANTS_INCLUDE_TAGS: True,
        "hashtags": list(content.hashtags),
        "mentions": list(content.mentions),
        "collaborators": list(content.collaborators),
        "planned_at": content.planned_at.isoformat() if content.planned_at else None,
        "media": [
            {
                "sha256": m.sha256,
                "filename": m.filename,
                "alt_text": m.alt_text,
                "width": m.width,
                "height": m.height,
            }
            for m in content.media
        ],
        "captions": {p.value: content.final_caption(p) for p in content.platforms},
    }


def content_from_dict(data: Mapping[str, object]) -> PostContent:
    """The inverse of content_to_dict, tolerant of unknown values (they are dropped)."""

    def strings(value: object) -> tuple[str, ...]:
        return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()

    known = {p.value for p in Platform}
    variants_raw = data.get("variants")
    variants = (
        {Platform(k): v for k, v in variants_raw.items() if k in known and isinstance(v, str)}
        if isinstance(variants_raw, dict)
        else {}
    )
    planned = data.get("planned_at")
    try:
        category = Category(str(data.get("category")))
    except ValueError:
        category = Category.LAINNYA
    media_raw = data.get("media")
    media = tuple(
        MediaRef(
            str(m.get("sha256", "")),
            str(m.get("filename", "")),
            str(m.get("alt_text", "")),
            int(m.get("width", 0) or 0),
            int(m.get("height", 0) or 0),
        )
        for m in (media_raw if isinstance(media_raw, list) else [])
        if isinstance(m, dict)
    )
    hashtags = strings(data.get("hashtags"))
    mentions = strings(data.get("mentions"))
    if data.get(VARIANTS_INCLUDE_TAGS) is not True:
        # Written before platform texts were whole: add what used to be appended.
        variants = {p: compose_caption(text, hashtags, mentions) for p, text in variants.items()}
    return PostContent(
        title=str(data.get("title", "")),
        category=category,
        platforms=tuple(Platform(p) for p in strings(data.get("platforms")) if p in known),
        base_caption=str(data.get("base_caption", "")),
        variants=variants,
        hashtags=hashtags,
        mentions=mentions,
        collaborators=strings(data.get("collaborators")),
        planned_at=datetime.fromisoformat(planned) if isinstance(planned, str) else None,
        media=media,
    ).with_own_texts_only()
