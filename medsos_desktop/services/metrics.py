"""After publishing: the links where a post went live, its figures (typed or imported from
the platforms' CSV exports), and the month's evaluation and report for the head of office.

An import is previewed first (every row matched to a post, or not, with the reason) and
then committed in one transaction: either every chosen row is stored or none is.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from medsos_desktop.domain.evaluation import (
    ENGAGEMENT_FIELDS,
    FORMAT_LABELS,
    Evaluation,
    Figures,
    GroupFigures,
    PostFigures,
    engagement_of,
    evaluate_month,
    format_of,
    in_month,
)
from medsos_desktop.domain.metrics_import import (
    FIELD_LABELS,
    FIELDS,
    IDENTITY_FIELDS,
    METRIC_FIELDS,
    SOURCE_LABELS,
    SOURCES,
    ImportPreview,
    MetricRow,
    MissingColumnsError,
    OpenBinary,
    SkippedRow,
    guess_mapping,
    guess_source,
    parse_metrics,
    platform_of_link,
    read_headers,
)
from medsos_desktop.domain.months import month_bounds, month_start, previous_month
from medsos_desktop.domain.platforms import PLATFORM_ORDER, RULES, Platform, parse_platforms
from medsos_desktop.domain.post_links import normalize_url, platform_post_ids, text_similarity
from medsos_desktop.domain.posts import (
    Category,
    Status,
    TransitionError,
    check_transition,
)
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, UserFacingError
from medsos_desktop.fileio import open_input_file
from medsos_desktop.render.report import (
    Letterhead,
    Report,
    write_pdf,
    write_xlsx,
)
from medsos_desktop.services.agency import AgencyProfile, load_profile
from medsos_desktop.services.agency_report import (
    MONTH_NAMES,
    ReportContext,
    build_report,
    report_labels,
)
from medsos_desktop.store import posts as store
from medsos_desktop.store.blobs import get_blob
from medsos_desktop.store.db import Database, StorageError
from medsos_desktop.store.models import (
    MetricImport,
    Post,
    PostMetric,
    PublishedLink,
    ReportNote,
    utcnow,
)
from medsos_desktop.store.people import admin_person
from medsos_desktop.store.queries import Session
from medsos_desktop.store.queries import metrics as queries

__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "FORMAT_LABELS",
    "IDENTITY_FIELDS",
    "METRIC_FIELDS",
    "MONTH_NAMES",
    "SOURCES",
    "SOURCE_LABELS",
    "Evaluation",
    "Figures",
    "FileColumns",
    "GroupFigures",
    "ImportSummary",
    "LinkError",
    "MatchPreview",
    "MetricRow",
    "MetricsError",
    "MetricsService",
    "MissingColumnsError",
    "PostChoice",
    "PostFigures",
    "RowMatch",
    "SkippedRow",
    "StorageError",
    "check_link",
    "normalize_url",
]

_CTX = "Metrics"

MSG_MISSING = QT_TRANSLATE_NOOP("Metrics", "The post no longer exists (it may have been deleted).")
MSG_NOT_PUBLISHABLE = QT_TRANSLATE_NOOP(
    "Metrics",
    "Only a post that has been sent to the central folder can be marked as published. "
    "Send it with Sync first.",
)
MSG_NO_LINKS = QT_TRANSLATE_NOOP("Metrics", "Enter the link of at least one published post.")
MSG_BAD_LINKS = QT_TRANSLATE_NOOP("Metrics", "Check the links marked below.")
MSG_LINK_NOT_URL = QT_TRANSLATE_NOOP(
    "Metrics",
    "This is not a web link; copy the post's link from {platform} (it starts with https://).",
)
MSG_LINK_WRONG_SITE = QT_TRANSLATE_NOOP(
    "Metrics", "This link does not point to {platform}; copy the link of the post on {platform}."
)
MSG_BAD_FIGURE = QT_TRANSLATE_NOOP(
    "Metrics", "“{value}” is not a valid figure for {field}: enter a whole number of 0 or more."
)
MSG_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Metrics", "“{field}” is not a figure Medsos Desktop keeps.")
MSG_POST_GONE = QT_TRANSLATE_NOOP(
    "Metrics",
    "The post “{title}” (line {line}) was deleted after the preview. Nothing has been "
    "imported; preview the file again.",
)

# Why a row was not imported, beyond the reasons the CSV reader gives (SKIP_* codes).
REASON_UNMATCHED = "unmatched"
REASON_USER_SKIPPED = "user_skipped"
REASON_NO_PLATFORM = "no_platform"
REASON_ALREADY = "already"
_MSG_UNMATCHED = QT_TRANSLATE_NOOP("Metrics", "No post matches this row, and none was chosen.")
_MSG_USER_SKIPPED = QT_TRANSLATE_NOOP("Metrics", "Skipped by you.")
_MSG_NO_PLATFORM = QT_TRANSLATE_NOOP(
    "Metrics", "The platform of this row is unknown and the post has several platforms."
)
_MSG_ALREADY = QT_TRANSLATE_NOOP("Metrics", "Already imported earlier.")

# How a row found its post.
MATCH_LINK = "link"
MATCH_POST_ID = "post_id"
MATCH_DATE_TEXT = "date_text"
MATCH_DATE = "date"
MATCH_HAND = "hand"
MATCH_NONE = "none"
MATCH_LABELS: dict[str, str] = {
    MATCH_LINK: QT_TRANSLATE_NOOP("Metrics", "same link"),
    MATCH_POST_ID: QT_TRANSLATE_NOOP("Metrics", "same post ID"),
    MATCH_DATE_TEXT: QT_TRANSLATE_NOOP("Metrics", "date and caption"),
    MATCH_DATE: QT_TRANSLATE_NOOP("Metrics", "date only"),
    MATCH_HAND: QT_TRANSLATE_NOOP("Metrics", "chosen by hand"),
    MATCH_NONE: QT_TRANSLATE_NOOP("Metrics", "no match"),
}

# Where a row stands in the preview.
ROW_MATCHED = "matched"
ROW_UNMATCHED = "unmatched"
ROW_ALREADY = "already"
ROW_LABELS: dict[str, str] = {
    ROW_MATCHED: QT_TRANSLATE_NOOP("Metrics", "will be imported"),
    ROW_UNMATCHED: QT_TRANSLATE_NOOP("Metrics", "choose a post"),
    ROW_ALREADY: QT_TRANSLATE_NOOP("Metrics", "already imported"),
}

# Statuses whose posts an import may match: the post has left the drafting stage.
_MATCHABLE = (Status.APPROVED.value, Status.SYNCED.value, Status.PUBLISHED.value)
_AUTO_CONFIDENCE = 0.6
_MIN_TEXT_RATIO = 0.45
_CHOICE_WINDOW = dt.timedelta(days=31)
_CHOICE_LIMIT = 300
# The admin's analysis of a month is kept up to this many characters.
REPORT_NOTE_MAX = 4000


class MetricsError(UserFacingError):
    def __init__(self, message: str, **params: object) -> None:
        super().__init__(_CTX, message, **params)


class LinkError(MetricsError):
    """Some links were refused; `problems` says which and why, for messages beside each field."""

    def __init__(self, problems: Mapping[Platform, UserFacingError]) -> None:
        super().__init__(MSG_BAD_LINKS)
        self.problems = dict(problems)


def check_link(platform: Platform, url: str) -> UserFacingError | None:
    """Why a link cannot be the post on `platform`, or None. Loose on purpose: http(s) and
    one of the platform's domains; the exact path varies too much between post kinds."""
    text = url.strip()
    label = RULES[platform].label
    try:
        parts = urlsplit(text)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.casefold() not in {"http", "https"} or not parts.hostname:
        return MetricsError(MSG_LINK_NOT_URL, platform=label)
    if platform_of_link(text) is not platform:
        return MetricsError(MSG_LINK_WRONG_SITE, platform=label)
    return None


# The largest CSV export read: its rows are limited too (metrics_import.MAX_ROWS), this
# bounds the bytes before the first is read (a 200,000-row UTF-16 export is far below).
MAX_CSV_BYTES = 256 * 1024 * 1024


def _csv_source(data: bytes | Path) -> bytes | OpenBinary:
    """Bytes as they are; a file as a function opening it bounded (fileio)."""
    if isinstance(data, bytes):
        return data
    path = data

    def open_csv() -> IO[bytes]:
        return open_input_file(path, MAX_CSV_BYTES)

    return open_csv


@dataclass(frozen=True)
class LinkInfo:
    platform: Platform
    url: str
    published_at: dt.datetime


# --- import preview ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FileColumns:
    """A file's headers and the guessed mapping, for the mapping step (even when the file
    cannot be read without a mapping)."""

    headers: tuple[str, ...]
    source: str | None
    mapping: Mapping[str, int]


@dataclass(frozen=True)
class PostChoice:
    """A post a row can be matched to by hand."""

    id: int
    title: str
    when: dt.datetime | None  # published, else planned
    platforms: tuple[Platform, ...]
    status: Status


@dataclass(frozen=True, slots=True)
class RowMatch:
    row: MetricRow
    platform: Platform | None  # the row's, else the file's
    post_id: int | None
    post_title: str
    kind: str  # MATCH_*
    confidence: float  # 0..1
    status: str  # ROW_*
    suggestions: tuple[int, ...] = ()  # likely posts, best first, for matching by hand


@dataclass(frozen=True)
class MatchPreview:
    parsed: ImportPreview
    file_name: str
    matches: tuple[RowMatch, ...]
    choices: tuple[PostChoice, ...]

    @property
    def skipped(self) -> tuple[SkippedRow, ...]:
        return self.parsed.skipped

    @property
    def source(self) -> str | None:
        return self.parsed.source

    def choice(self, post_id: int | None) -> PostChoice | None:
        return next((c for c in self.choices if c.id == post_id), None)


@dataclass(frozen=True)
class ImportSummary:
    imported: int
    skipped: int
    already: int
    reasons: Mapping[str, int]  # reason code -> rows
    left_out: tuple[SkippedRow, ...]  # every row not imported, with why, by line
    import_id: int | None = None


# --- evaluation -------------------------------------------------------------------------------


def _local_naive(moment: dt.datetime) -> dt.datetime:
    """Stored times are this computer's local time without a zone."""
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _check_figures(metrics: Mapping[str, int | None]) -> dict[str, int | None]:
    values: dict[str, int | None] = {}
    for name, value in metrics.items():
        if name not in METRIC_FIELDS:
            raise MetricsError(MSG_UNKNOWN_FIELD, field=name)
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 0
        ):
            raise MetricsError(MSG_BAD_FIGURE, value=str(value), field=FIELD_LABELS[name])
        values[name] = value
    return values


def _figures(metric: PostMetric | None) -> Figures:
    if metric is None:
        return Figures()
    return Figures(
        reach=metric.reach or 0,
        impressions=metric.impressions or 0,
        engagement=engagement_of({n: getattr(metric, n) for n in ENGAGEMENT_FIELDS}),
        video_views=metric.video_views or 0,
    )


# --- the service ------------------------------------------------------------------------------


@dataclass
class _Candidate:
    id: int
    title: str
    platforms: tuple[Platform, ...]
    captions: dict[Platform, str]
    planned: dt.datetime | None
    links: dict[Platform, PublishedLink]
    status: Status

    def when(self, platform: Platform | None) -> dt.datetime | None:
        link = self.links.get(platform) if platform else None
        if link is not None:
            return link.published_at
        if self.links:
            return min(link.published_at for link in self.links.values())
        return self.planned


class MetricsService:
    def __init__(self, db: Database, actor: str = "") -> None:
        self.db = db
        self.actor = actor

    # -- published links -------------------------------------------------------------------

    def mark_published(
        self, post_id: int, links: Mapping[Platform, str], at: dt.datetime
    ) -> Status:
        """Record where the post went live; a synced post becomes published (with an event),
        a published one gets its links added or corrected. Returns the new status.

        Only `synced -> published` exists in the workflow: an approved post has not yet
        reached the coordinator, who counts and amplifies what agencies publish.
        """
        wanted = {p: url.strip() for p, url in links.items() if url and url.strip()}
        problems = {p: e for p, url in wanted.items() if (e := check_link(p, url)) is not None}
        if problems:
            raise LinkError(problems)
        if not wanted:
            raise MetricsError(MSG_NO_LINKS)
        when = _local_naive(at).replace(microsecond=0)
        with self.db.transaction() as session:
            post = session.get(Post, post_id)
            if post is None:
                raise MetricsError(MSG_MISSING)
            current = Status(post.status)
            if current is not Status.PUBLISHED:
                try:
                    check_transition(current, Status.PUBLISHED)
                except TransitionError as exc:
                    raise MetricsError(MSG_NOT_PUBLISHABLE) from exc
            for platform, url in wanted.items():
                row = session.get(PublishedLink, (post_id, platform.value))
                if row is None:
                    session.add(
                        PublishedLink(
                            post_id=post_id, platform=platform.value, url=url, published_at=when
                        )
                    )
                else:
                    row.url = url
                    row.published_at = when
            if current is not Status.PUBLISHED:
                post.status = Status.PUBLISHED.value
                post.updated_at = utcnow()
                store.record_event(
                    session,
                    post,
                    current,
                    Status.PUBLISHED,
                    actor=self.actor,
                    comment=" ".join(wanted[p] for p in PLATFORM_ORDER if p in wanted),
                )
            return Status.PUBLISHED

    def links(self, post_id: int) -> dict[Platform, LinkInfo]:
        with self.db.session() as session:
            rows = queries.links_of_post(session, post_id)
            out = {}
            for row in rows:
                try:
                    platform = Platform(row.platform)
                except ValueError:
                    continue
                out[platform] = LinkInfo(platform, row.url, row.published_at)
            return {p: out[p] for p in PLATFORM_ORDER if p in out}

    # -- figures ---------------------------------------------------------------------------

    def record_manual(
        self, post_id: int, platform: Platform, metrics: Mapping[str, int | None]
    ) -> None:
        """Typed figures for one platform, replacing the previous typed ones. All empty
        removes them."""
        self.record_manual_many(post_id, {platform: metrics})

    def record_manual_many(
        self, post_id: int, per_platform: Mapping[Platform, Mapping[str, int | None]]
    ) -> None:
        """Typed figures for several platforms in one transaction (the entry dialog)."""
        checked = {p: _check_figures(m) for p, m in per_platform.items()}
        with self.db.transaction() as session:
            if session.get(Post, post_id) is None:
                raise MetricsError(MSG_MISSING)
            for platform, values in checked.items():
                fingerprint = f"manual:{post_id}:{platform.value}"
                row = queries.metric_by_fingerprint(session, fingerprint)
                if all(v is None for v in values.values()):
                    if row is not None:
                        session.delete(row)
                    continue
                if row is None:
                    row = PostMetric(
                        post_id=post_id, platform=platform.value, fingerprint=fingerprint
                    )
                    session.add(row)
                for name in METRIC_FIELDS:
                    setattr(row, name, values.get(name))
                row.recorded_at = utcnow()

    def latest_metrics(self, post_id: int) -> dict[Platform, dict[str, int | None]]:
        """The newest figures per platform (typed or imported), for the editor and dialogs."""
        with self.db.session() as session:
            latest = self._latest(session, [post_id]).get(post_id, {})
            return {
                p: {name: getattr(latest[p], name) for name in METRIC_FIELDS}
                for p in PLATFORM_ORDER
                if p in latest
            }

    @staticmethod
    def _latest(session: Session, post_ids: Sequence[int]) -> dict[int, dict[Platform, PostMetric]]:
        out: dict[int, dict[Platform, PostMetric]] = defaultdict(dict)
        if not post_ids:
            return out
        for row in queries.metrics_oldest_first(session, post_ids):
            try:
                out[row.post_id][Platform(row.platform)] = row  # later rows win
            except ValueError:
                continue
        return out

    # -- CSV import ------------------------------------------------------------------------

    @staticmethod
    def columns(data: bytes | Path) -> FileColumns:
        """The headers and guessed mapping of a file (its first lines are read); raises
        UserFacingError when it is not CSV text at all, or not a file that can be read."""
        headers = read_headers(_csv_source(data))
        source = guess_source(headers)
        return FileColumns(headers, source, guess_mapping(headers, source))

    def preview_import(
        self,
        data: bytes | Path,
        file_name: str,
        mapping: Mapping[str, int] | None = None,
        source: str | None = None,
    ) -> MatchPreview:
        """Read the file and match every row to a post; nothing is stored.

        A file (`Path`) is read as a stream, bounded: at most MAX_CSV_BYTES and
        `parse_metrics`'s row limit, and a pipe or device is refused at once.

        Matching, strongest first: the same published link (normalised); the platform's
        own post ID found in a stored link; then the publish day (±1) on the row's
        platform, weighed with how alike the row's text and the post's caption are.
        """
        parsed = parse_metrics(_csv_source(data), mapping=mapping, source=source)
        with self.db.session() as session:
            candidates = self._candidates(session, parsed.rows)
            existing = queries.stored_fingerprints(session, [r.fingerprint for r in parsed.rows])
            choices = self._choices(session, parsed.rows)
        by_link: dict[str, int] = {}
        by_id: dict[tuple[Platform, str], int] = {}
        for candidate in candidates.values():
            for platform, link in candidate.links.items():
                by_link.setdefault(normalize_url(link.url), candidate.id)
                for post_ref in platform_post_ids(platform, link.url):
                    by_id.setdefault((platform, post_ref), candidate.id)
        matches = []
        for row in parsed.rows:
            platform = row.platform or parsed.platform
            post_id, kind, confidence, suggestions = self._match(
                row, platform, candidates, by_link, by_id
            )
            if row.fingerprint in existing:
                status = ROW_ALREADY
            else:
                status = ROW_MATCHED if post_id is not None else ROW_UNMATCHED
            title = candidates[post_id].title if post_id is not None else ""
            matches.append(
                RowMatch(row, platform, post_id, title, kind, confidence, status, suggestions)
            )
        known = {c.id for c in choices}
        extra = [
            PostChoice(c.id, c.title, c.when(None), c.platforms, c.status)
            for c in candidates.values()
            if c.id not in known
        ]
        all_choices = sorted(
            [*choices, *extra], key=lambda c: (c.when or dt.datetime.min, c.id), reverse=True
        )
        return MatchPreview(parsed, file_name, tuple(matches), tuple(all_choices))

    @staticmethod
    def _row_ids(row: MetricRow, platform: Platform | None) -> set[tuple[Platform, str]]:
        platforms = [platform] if platform else list(Platform)
        ids: set[tuple[Platform, str]] = set()
        for p in platforms:
            if row.post_id:
                raw = row.post_id.strip()
                ids.add((p, raw))
                if "_" in raw and p is Platform.FACEBOOK:  # Meta: "<page id>_<post id>"
                    ids.add((p, raw.rsplit("_", 1)[1]))
            if row.link:
                ids.update((p, ref) for ref in platform_post_ids(p, row.link))
        return ids

    def _match(
        self,
        row: MetricRow,
        platform: Platform | None,
        candidates: Mapping[int, _Candidate],
        by_link: Mapping[str, int],
        by_id: Mapping[tuple[Platform, str], int],
    ) -> tuple[int | None, str, float, tuple[int, ...]]:
        if row.link:
            post_id = by_link.get(normalize_url(row.link))
            if post_id is not None:
                return post_id, MATCH_LINK, 1.0, (post_id,)
        for key in self._row_ids(row, platform):
            post_id = by_id.get(key)
            if post_id is not None:
                return post_id, MATCH_POST_ID, 0.95, (post_id,)
        if row.published is None:
            return None, MATCH_NONE, 0.0, ()
        day = _local_naive(row.published).date()
        scored: list[tuple[float, float, int]] = []
        for candidate in candidates.values():
            if (
                platform is not None
                and platform not in candidate.platforms
                and platform not in candidate.links
            ):
                continue
            when = candidate.when(platform)
            if when is None:
                continue
            distance = abs((when.date() - day).days)
            if distance > 1:
                continue
            date_score = 1.0 if distance == 0 else 0.8
            if row.text:
                captions = (
                    [candidate.captions[platform]]
                    if platform in candidate.captions
                    else list(candidate.captions.values())
                )
                ratio = max(
                    [text_similarity(row.text, c) for c in captions]
                    + [text_similarity(row.text, candidate.title)]
                )
                scored.append((0.6 * ratio + 0.4 * date_score, ratio, candidate.id))
            else:
                scored.append((0.6 * date_score, 1.0, candidate.id))
        scored.sort(key=lambda s: (-s[0], s[2]))
        suggestions = tuple(s[2] for s in scored[:5])
        if not scored:
            return None, MATCH_NONE, 0.0, ()
        best_score, best_ratio, best_id = scored[0]
        clear = len(scored) == 1 or scored[1][0] <= best_score - 0.1
        if row.text:
            if best_ratio >= _MIN_TEXT_RATIO and best_score >= _AUTO_CONFIDENCE and clear:
                return best_id, MATCH_DATE_TEXT, round(best_score, 2), suggestions
        elif best_score >= _AUTO_CONFIDENCE and clear:
            return best_id, MATCH_DATE, round(best_score, 2), suggestions
        return None, MATCH_NONE, round(best_score, 2), suggestions

    @staticmethod
    def _date_window(rows: Sequence[MetricRow]) -> tuple[dt.datetime, dt.datetime] | None:
        days = [_local_naive(r.published) for r in rows if r.published is not None]
        if not days:
            return None
        return min(days), max(days)

    def _candidates(self, session: Session, rows: Sequence[MetricRow]) -> dict[int, _Candidate]:
        """Posts that rows may match: every post with a stored link, and posts past
        approval planned or published near the file's dates."""
        links = queries.all_links(session)
        linked_ids = {link.post_id for link in links}
        window = self._date_window(rows)
        ids = set(linked_ids)
        if window is not None:
            low = window[0] - dt.timedelta(days=2)
            high = window[1] + dt.timedelta(days=2)
            ids.update(
                queries.post_ids_planned_between(
                    session, low, high, statuses=_MATCHABLE, live_only=True
                )
            )
        out: dict[int, _Candidate] = {}
        for post in queries.posts_by_id(session, sorted(ids)):
            content = store.content_of(post)
            out[post.id] = _Candidate(
                id=post.id,
                title=post.title,
                platforms=content.platforms,
                captions={p: content.final_caption(p) for p in content.platforms}
                or {Platform.INSTAGRAM: content.base_caption},
                planned=post.planned_at,
                links={},
                status=Status(post.status),
            )
        for link in links:
            try:
                out[link.post_id].links[Platform(link.platform)] = link
            except (KeyError, ValueError):
                continue
        return out

    def _choices(self, session: Session, rows: Sequence[MetricRow]) -> list[PostChoice]:
        """Posts offered for matching by hand: past approval, planned or published around
        the file's dates, or never scheduled."""
        window = self._date_window(rows)
        around = None
        if window is not None:
            around = (window[0] - _CHOICE_WINDOW, window[1] + _CHOICE_WINDOW)
        result = queries.choice_rows(session, _MATCHABLE, around, _CHOICE_LIMIT)
        published = queries.published_at_of(session, [r[0] for r in result])
        return [
            PostChoice(
                id=post_id,
                title=title,
                when=published.get(post_id, planned),
                platforms=parse_platforms(platforms),
                status=Status(status),
            )
            for post_id, title, planned, platforms, status in result
        ]

    def commit_import(
        self, preview: MatchPreview, choices: Mapping[int, int | None] | None = None
    ) -> ImportSummary:
        """Store the previewed rows in one transaction: all of them or, on any failure,
        none. `choices` maps a row's line to a post chosen by hand, or None to skip it."""
        choices = dict(choices or {})
        left_out: list[SkippedRow] = list(preview.parsed.skipped)
        to_store: list[tuple[RowMatch, int]] = []
        already = 0
        for match in preview.matches:
            line = match.row.line
            if match.status == ROW_ALREADY:
                already += 1
                left_out.append(SkippedRow(line, REASON_ALREADY, _MSG_ALREADY))
                continue
            if line in choices:
                post_id = choices[line]
                if post_id is None:
                    left_out.append(SkippedRow(line, REASON_USER_SKIPPED, _MSG_USER_SKIPPED))
                    continue
            elif match.post_id is not None:
                post_id = match.post_id
            else:
                left_out.append(SkippedRow(line, REASON_UNMATCHED, _MSG_UNMATCHED))
                continue
            to_store.append((match, post_id))

        imported = 0
        import_id: int | None = None
        with self.db.transaction() as session:
            record: MetricImport | None = None
            for match, post_id in to_store:
                row = match.row
                post = session.get(Post, post_id)
                if post is None or post.deleted_at is not None:  # gone, or in the trash
                    chosen = preview.choice(post_id)
                    title = (chosen.title if chosen else match.post_title) or str(post_id)
                    raise MetricsError(MSG_POST_GONE, title=title, line=row.line)
                platform = match.platform
                if platform is None:
                    platforms = parse_platforms(post.platforms)
                    platform = platforms[0] if len(platforms) == 1 else None
                if platform is None:
                    left_out.append(SkippedRow(row.line, REASON_NO_PLATFORM, _MSG_NO_PLATFORM))
                    continue
                if queries.metric_exists(session, row.fingerprint):  # imported meanwhile
                    already += 1
                    left_out.append(SkippedRow(row.line, REASON_ALREADY, _MSG_ALREADY))
                    continue
                if record is None:
                    record = MetricImport(
                        source=preview.parsed.source or "",
                        file_name=preview.file_name[:260],
                        imported_at=utcnow(),
                        rows_imported=0,
                        rows_skipped=0,
                    )
                    session.add(record)
                    session.flush()
                metric = PostMetric(
                    post_id=post_id,
                    platform=platform.value,
                    fingerprint=row.fingerprint,
                    recorded_at=utcnow(),
                    import_id=record.id,
                    **{name: row.metrics.get(name) for name in METRIC_FIELDS},
                )
                session.add(metric)
                imported += 1
            if record is not None:
                record.rows_imported = imported
                record.rows_skipped = len(left_out)
                import_id = record.id
            session.flush()
        left_out.sort(key=lambda s: s.line)
        reasons = Counter(s.code for s in left_out)
        return ImportSummary(
            imported=imported,
            skipped=len(left_out) - already,
            already=already,
            reasons=dict(reasons),
            left_out=tuple(left_out),
            import_id=import_id,
        )

    # -- evaluation and report -------------------------------------------------------------

    def evaluation(self, month: dt.date) -> Evaluation:
        """The month's figures: what was published, how it did, whether it was on time."""
        first, last = month_bounds(month)
        low = dt.datetime.combine(first, dt.time.min) - dt.timedelta(days=1)
        high = dt.datetime.combine(last, dt.time.max) + dt.timedelta(days=1)
        with self.db.session() as session:
            # Posts planned or published around the month; the exact test comes below.
            near = set(queries.post_ids_planned_between(session, low, high))
            near.update(queries.post_ids_published_between(session, low, high))
            ids = sorted(near)
            posts = list(queries.posts_by_id(session, ids, live_only=True))
            links: dict[int, dict[Platform, PublishedLink]] = defaultdict(dict)
            for link in queries.links_of_posts(session, ids):
                try:
                    links[link.post_id][Platform(link.platform)] = link
                except ValueError:
                    continue
            mimes: dict[int, list[str]] = defaultdict(list)
            for post_id, mime in queries.media_mimes(session, ids):
                mimes[post_id].append(mime)

            by_status: Counter[Status] = Counter()
            month_posts: list[tuple[Post, dt.datetime]] = []
            for post in posts:
                status = Status(post.status)
                post_links = links.get(post.id, {})
                published = min((lk.published_at for lk in post_links.values()), default=None)
                when = published or post.planned_at
                if not in_month(first, when):
                    continue
                by_status[status] += 1
                if status is Status.PUBLISHED:
                    month_posts.append((post, when))
            latest = self._latest(session, [p.id for p, _ in month_posts])

            figures: list[PostFigures] = []
            for post, when in month_posts:
                per_platform = {p: _figures(m) for p, m in latest.get(post.id, {}).items()}
                total = sum(per_platform.values(), Figures())
                try:
                    category = Category(post.category)
                except ValueError:
                    category = Category.LAINNYA
                platforms = tuple(
                    p
                    for p in PLATFORM_ORDER
                    if p in links.get(post.id, {}) or p in parse_platforms(post.platforms)
                )
                figures.append(
                    PostFigures(
                        post_id=post.id,
                        title=post.title,
                        category=category,
                        platforms=platforms,
                        published=when,
                        planned=post.planned_at,
                        format=format_of(mimes.get(post.id, [])),
                        figures=total,
                        by_platform=per_platform,
                    )
                )
        return evaluate_month(first, figures, by_status)

    def agency_report(
        self,
        month: dt.date,
        translate: Translate,
        generated_at: dt.datetime | None = None,
    ) -> Report:
        """The month's report for the head of office, every word through `translate`: the
        agency's letterhead, the figures against last month, the admin's analysis, the
        top posts with their pictures, and the signature block."""
        evaluation = self.evaluation(month)
        first = month_start(month)
        previous = self.evaluation(previous_month(first))
        profile = load_profile(self.db)
        best = {f.post_id for f in (*evaluation.best_by_engagement, *evaluation.best_by_reach)}
        return build_report(
            evaluation,
            profile.name,
            translate,
            generated_at or dt.datetime.now(),
            previous=previous,
            context=ReportContext(
                letterhead=self._letterhead(profile),
                head=self._head_of_office(),
                prepared_by=self._admin_name(),
                analysis=self.report_note(first),
                thumbnails=self._first_images(sorted(best)),
            ),
        )

    def _letterhead(self, profile: AgencyProfile) -> Letterhead | None:
        """The kop from the profile and brand kit; None until the agency has a name."""
        from medsos_desktop.services.brand import BrandService

        if not profile.name.strip():
            return None
        kit = BrandService(self.db).load()
        logo = None
        with self.db.session() as session:
            for digest in (kit.logo_government, kit.logo_agency):
                data = get_blob(session, digest) if digest else None
                if data is not None:
                    logo = bytes(data)
                    break
        contact = "  ·  ".join(v for v in (kit.footer_website, kit.footer_hotline) if v)
        return Letterhead(
            name=profile.name.strip(),
            parent=profile.parent_government.strip(),
            address=kit.footer_address,
            contact=contact,
            logo=logo,
            colour=kit.palette.primary,
        )

    def _head_of_office(self) -> tuple[str, str, str] | None:
        """(position, name, NIP) of the active reviewer whose position starts with "Kepala",
        the most senior-sounding first ("Kepala Dinas" before "Kepala Bidang")."""
        with self.db.session() as session:
            rows = queries.active_reviewer_people(session)
        heads = [r for r in rows if (r[0] or "").strip().casefold().startswith("kepala")]
        if not heads:
            return None
        ranked = sorted(
            heads, key=lambda r: ("bidang" in r[0].casefold(), "seksi" in r[0].casefold())
        )
        jabatan, name, nip = ranked[0]
        return jabatan.strip(), name.strip(), (nip or "").strip()

    def _admin_name(self) -> str:
        with self.db.session() as session:
            person = admin_person(session)
            return person.name.strip() if person is not None else self.actor.strip()

    def _first_images(self, post_ids: Sequence[int]) -> dict[int, bytes]:
        """Each post's first image (its order in the post), for the top posts' pictures."""
        images: dict[int, bytes] = {}
        if not post_ids:
            return images
        with self.db.session() as session:
            rows = queries.image_data(session, post_ids)
        for post_id, data in rows:
            images.setdefault(post_id, bytes(data))
        return images

    # -- the admin's analysis, per month -------------------------------------------------

    def report_note(self, month: dt.date) -> str:
        """The admin's analysis of `month` for its report ("" when none was written)."""
        with self.db.session() as session:
            note = session.get(ReportNote, f"{month_start(month):%Y-%m}")
            return note.text if note is not None else ""

    def save_report_note(self, month: dt.date, text: str) -> None:
        """Keep the analysis in the database, so backups and restores carry it."""
        key = f"{month_start(month):%Y-%m}"
        text = text.strip()[:REPORT_NOTE_MAX]
        with self.db.transaction() as session:
            note = session.get(ReportNote, key)
            if not text:
                if note is not None:
                    session.delete(note)
            elif note is None:
                session.add(ReportNote(month=key, text=text))
            else:
                note.text = text
                note.updated_at = utcnow()

    def export_agency_report(
        self,
        month: dt.date,
        path: str | Path,
        kind: str,
        translate: Translate,
        generated_at: dt.datetime | None = None,
    ) -> Path:
        """Write the report as "pdf" or "xlsx"; ReportWriteError when it cannot be saved."""
        if kind not in ("pdf", "xlsx"):
            raise ValueError(f"unknown report kind {kind!r}")
        report = self.agency_report(month, translate, generated_at)
        labels = report_labels(translate)
        target = Path(path)
        if kind == "pdf":
            write_pdf(report, target, labels)
        else:
            write_xlsx(report, target, labels)
        return target
