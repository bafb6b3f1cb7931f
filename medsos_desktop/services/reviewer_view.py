"""What a head of office sees on their own PC (issue 16), in words they know: the agency's
name rather than its folder's, the admin PC by the name its device file gives, who the
agency registered them as, and the caption-check findings of a request, computed here
from the very content they decide on, with the written reason an approval over an
error-level finding needs.

No Qt: the reviewer's window calls it on a worker; tests call it without a display."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.checks import Finding, Severity
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import content_from_dict
from medsos_desktop.domain.review import MIN_OVERRIDE_REASON, ReviewerRole
from medsos_desktop.services.checks import check_post
from medsos_desktop.services.remote_review import PinnedComment
from medsos_desktop.store.db import Database
from medsos_desktop.store.queries import remote_review as queries
from medsos_desktop.sync.format import (
    AGENCIES_DIR,
    POST_UUID_RE,
    REVISION_DIR_RE,
    ProtocolViolation,
    SyncError,
    key_id_for,
    text_ok,
)
from medsos_desktop.sync.review_folder import (
    list_reviewer_revisions,
    read_review_folder,
    reviewer_folder,
)
from medsos_desktop.sync.review_records import (
    REVIEWER_FILE,
    ReviewerRecord,
    ReviewerState,
    parse_reviewer,
)
from medsos_desktop.sync.verify import DeviceFileMissing, check_revision
from medsos_desktop.sync.walk import read_central_info

POSTS_TO_TRY = 5  # newest posts whose signed post.json may name the agency
_VOWELS = re.compile(r"[aeiou]")


# --- the agency's name ---------------------------------------------------------------------


@dataclass(frozen=True)
class AgencyName:
    """An agency as people call it. `from_folder`: no signed post names it yet, so `name`
    is its folder's name made readable ("dinkes-sukamaju" -> "Dinkes Sukamaju")."""

    slug: str
    name: str
    from_folder: bool
    region: str = ""


def readable_slug(slug: str) -> str:
    """A folder name as words: "dinkes-kota-sukamaju" -> "Dinkes Kota Sukamaju"; a word
    without vowels is an abbreviation ("bpbd" -> "BPBD")."""
    words = [w for w in slug.split("-") if w]
    return " ".join(w.upper() if not _VOWELS.search(w) else w.capitalize() for w in words)


def _newest_first(folder: Path, pattern: re.Pattern[str]) -> list[str]:
    try:
        entries = [e for e in os.scandir(folder) if pattern.fullmatch(e.name) and e.is_dir()]
    except OSError:
        return []
    return [e.name for e in sorted(entries, key=lambda e: e.stat().st_mtime, reverse=True)]


def _name_from_posts(root: Path, slug: str, keys: Mapping[str, bytes]) -> str:
    """The agency's name as its newest signed posts give it ("" when none does)."""

    def resolve(device_id: str, _key_id: str, agency: str) -> bytes:
        key = keys.get(device_id)
        if key is None or agency != slug:
            raise DeviceFileMissing(device_id, agency)
        return key

    posts = root / AGENCIES_DIR / slug / "posts"
    for post_uuid in _newest_first(posts, POST_UUID_RE)[:POSTS_TO_TRY]:
        revisions = _newest_first(posts / post_uuid, REVISION_DIR_RE)
        for revision in sorted((int(r[1:]) for r in revisions), reverse=True):
            check = check_revision(root, slug, post_uuid, revision, resolve, keep_payload=True)
            name = (check.payload or {}).get("agency") if check.status == "valid" else None
            if isinstance(name, str) and name.strip() and text_ok(name):
                return name.strip()
    return ""


def agency_name(root: Path, slug: str, keys: Mapping[str, bytes]) -> AgencyName:
    """What to call the agency of `root`'s folder `slug`: the name its newest posts carry,
    signed by one of `keys` (device id -> public key: the paired PC's, or before pairing
    the agency's device files'), else the folder's name made readable. Never raises for
    what is found in the folder."""
    trusted = dict(keys)
    try:
        region = read_central_info(root).region_name
    except (OSError, SyncError, ProtocolViolation, ValueError):
        region = ""
    name = _name_from_posts(root, slug, trusted) if trusted else ""
    if name:
        return AgencyName(slug, name, False, region)
    return AgencyName(slug, readable_slug(slug), True, region)


# --- this reviewer's pairing ---------------------------------------------------------------


@dataclass(frozen=True)
class Pairing:
    """An agency PC this reviewer paired with, and how the agency registered them
    (`registration` None: not registered yet, or the record cannot be read)."""

    agency: AgencyName
    device_name: str
    registration: ReviewerRecord | None

    @property
    def active(self) -> bool:
        return self.registration is not None and self.registration.state is ReviewerState.ACTIVE


def _registration(
    root: Path, agency: str, device_id: str, device_key: bytes, reviewer_id: str, sign_key: bytes
) -> ReviewerRecord | None:
    def trusted(signer: str, key_id: str) -> bytes | None:
        return device_key if (signer, key_id) == (device_id, key_id_for(device_key)) else None

    revisions = list_reviewer_revisions(root, agency).get(reviewer_id, [])
    for revision in reversed(revisions):
        read = read_review_folder(root, agency, reviewer_folder(reviewer_id, revision), trusted)
        if read.status != "valid":
            continue
        try:
            record = parse_reviewer(read.files[REVIEWER_FILE])
        except (KeyError, ProtocolViolation):
            continue
        return record if record.sign_key == sign_key else None
    return None


def pairings(
    db: Database,
    reviewer_id: str,
    sign_key: bytes,
    known: Mapping[str, AgencyName] | None = None,
) -> list[Pairing]:
    """The agencies this reviewer PC is paired with, named for people, with what the agency
    registered (read from the folder, signed by the paired PC). `known`: names found
    before, by folder name, not looked for again (each look checks signed posts)."""
    with db.session() as session:
        rows = [
            (Path(p.root), p.agency, p.device_id, p.device_key, p.device_name)
            for p in queries.paired_agencies(session)
        ]
    found = []
    for root, agency, device_id, device_key, device_name in rows:
        name = (known or {}).get(agency)
        found.append(
            Pairing(
                name if name is not None else agency_name(root, agency, {device_id: device_key}),
                device_name,
                _registration(root, agency, device_id, device_key, reviewer_id, sign_key),
            )
        )
    return found


def role_for_jabatan(jabatan: str) -> ReviewerRole:
    """The level a position names: a head of the whole office ("Kepala Dinas Kesehatan",
    "Kepala Badan …", "Camat", "Lurah", "Sekretaris Dinas") or else a head of division."""
    words = " ".join(re.sub(r"[^\w]+", " ", jabatan.casefold()).split())
    office = ("kepala dinas", "kadis", "kepala badan", "kaban", "kepala kantor", "camat")
    if words.startswith(office) or words.startswith(("lurah", "sekretaris dinas", "sekdis")):
        return ReviewerRole.KEPALA_DINAS
    return ReviewerRole.KEPALA_BIDANG


# --- findings ------------------------------------------------------------------------------


def request_findings(
    content: Mapping[str, Any], agency: Mapping[str, Any] | None = None
) -> list[Finding]:
    """The caption checks of the admin's editor over a request's content, per platform in
    the post's order, errors first. `agency`: the official hashtags and own contacts the
    request carries (requests from before they did: those two warnings cannot be told)."""
    post = content_from_dict(content)
    found = check_post(post, _profile(agency or {}))
    rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    ordered = [f for platform in post.platforms for f in found.get(platform, [])]
    return sorted(ordered, key=lambda f: rank[f.severity])


def _profile(agency: Mapping[str, Any]) -> AgencyProfile:
    def texts(name: str) -> tuple[str, ...]:
        values = agency.get(name)
        items = values if isinstance(values, list) else []
        return tuple(str(v)[:200] for v in items[:50] if isinstance(v, str))

    name = agency.get("name")
    return AgencyProfile(
        name=name[:200] if isinstance(name, str) else "",
        official_hashtags=texts("official_hashtags"),
        contacts=texts("contacts"),
    )


def blocking(findings: Sequence[Finding]) -> list[Finding]:
    """The error-level findings: approving over them needs a written reason."""
    return [f for f in findings if f.severity is Severity.ERROR]


def reason_is_enough(reason: str) -> bool:
    return len(reason.strip()) >= MIN_OVERRIDE_REASON


def code_point_index(text: str, utf16_units: int) -> int:
    """A Qt text position (UTF-16 units: an emoji is two) as a Python index into `text`,
    which is how the admin's PC reads a comment's span."""
    units = 0
    for index, char in enumerate(text):
        if units >= utf16_units:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


@dataclass(frozen=True)
class FindingGroup:
    """One message as the reviewer reads it, with every platform it was found on (a
    caption shared by several platforms gives the same finding on each)."""

    severity: Severity
    message: str
    platforms: tuple[str, ...]


def group_findings(
    findings: Sequence[Finding], render: Callable[[Finding], str]
) -> list[FindingGroup]:
    """`findings` in their order, one group per severity and rendered message."""
    groups: dict[tuple[Severity, str], list[str]] = {}
    for finding in findings:
        platforms = groups.setdefault((finding.severity, render(finding)), [])
        name = finding.platform.value if finding.platform is not None else ""
        if name and name not in platforms:
            platforms.append(name)
    return [FindingGroup(sev, text, tuple(names)) for (sev, text), names in groups.items()]


def override_comments(
    findings: Sequence[Finding], describe: Callable[[Finding, bool], str]
) -> list[PinnedComment]:
    """The reviewer's reason for approving over each error finding, as a comment pinned to
    its words in its platform's caption (to the post when it has no words: a missing
    image, a long title): they travel to the admin with the decision. `describe(finding,
    pinned)` words the comment, reason included, in the user's language (a pinned one
    sits on the words, so it need not repeat the finding)."""
    comments = []
    for f in blocking(findings):
        pinned = isinstance(f.platform, Platform) and f.end > f.start
        comments.append(
            PinnedComment(
                describe(f, pinned),
                platform=f.platform.value if pinned and f.platform is not None else "",
                start=f.start if pinned else -1,
                end=f.end if pinned else -1,
            )
        )
    return comments


# --- the queue -----------------------------------------------------------------------------


@dataclass(frozen=True)
class QueueEntry:
    """A request as the queue lists it. `older`: the same post came again at the same step
    (a new revision, or sent again) after it, so this one is an older version."""

    item: Any  # reviewer_desk.InboxItem
    older: bool


def _post_key(item: Any) -> tuple[str, str, int]:
    # The post's uuid when the inbox gives it; else its title within its agency.
    post = getattr(item, "post_uuid", "") or f"title:{item.title}"
    return (item.agency, post, item.step)


def queue_entries(
    items: Sequence[Any], waiting_only: bool, keep: Collection[str] = ()
) -> list[QueueEntry]:
    """The requests to list, in `items`' order: each marked older when a request for the
    same post and step arrived after it. `waiting_only`: only the newest version of each
    post, and only when it awaits a decision (or its request id is in `keep`: decided
    just now, so the decision stays in sight)."""
    newest: dict[tuple[str, str, int], Any] = {}
    for item in items:
        key = _post_key(item)
        if key not in newest or item.received_at > newest[key].received_at:
            newest[key] = item
    entries = []
    for item in items:
        older = newest[_post_key(item)] is not item
        if waiting_only and item.request_id not in keep and (older or item.verdict):
            continue
        entries.append(QueueEntry(item, older))
    return entries


@dataclass(frozen=True)
class EarlierStep:
    """A step of the chain decided before this reviewer's: its title, who approved it and
    when they signed (local time; None when the time cannot be read)."""

    number: int
    title: str
    reviewers: str
    signed: datetime | None


def earlier_steps(item: Any) -> list[EarlierStep]:
    """The approvals before this request's step, as the request carries them (requests
    from before they did carry none)."""
    found = []
    for number, step in enumerate(getattr(item, "earlier_steps", ()) or (), start=1):
        try:
            title, reviewers, signed = (str(part) for part in step)
        except (TypeError, ValueError):
            continue
        found.append(EarlierStep(number, title, reviewers, _signed_time(signed)))
    return found


def _signed_time(text: str) -> datetime | None:
    """A signed "YYYY-MM-DDTHH:MM:SSZ" time in this PC's time zone."""
    try:
        when = datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None
    return when.astimezone()


def short_quote(text: str, limit: int = 80) -> str:
    """Selected words as one line, cut with "…" when long."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


__all__ = [
    "AgencyName",
    "EarlierStep",
    "FindingGroup",
    "Pairing",
    "QueueEntry",
    "agency_name",
    "blocking",
    "code_point_index",
    "earlier_steps",
    "group_findings",
    "override_comments",
    "pairings",
    "queue_entries",
    "readable_slug",
    "reason_is_enough",
    "request_findings",
    "role_for_jabatan",
    "short_quote",
]
