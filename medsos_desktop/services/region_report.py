"""The coordinator's monthly report, for the whole region or one agency.

Only what the folder proves is counted: the newest *valid* revision of each post
(signed by a trusted device, complete, not replayed) planned in the month. A post whose
newer revision is still arriving, tampered or otherwise not valid is counted by that
older revision, or not at all when it has none; either way it is listed, by reason, so
the report is never silently short. "On time" means approved before its planned time,
which is what the folder can show; whether and when it went out on each platform is the
agency's own record (its agency report). The report says when every file was last
re-checked: an incremental scan sees a file changed in place by its size and times only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from medsos_desktop.domain.approval_chain import ASSURANCE_ORDER, ASSURANCE_TEXTS, Assurance
from medsos_desktop.domain.months import month_bounds
from medsos_desktop.domain.platforms import RULES, Platform
from medsos_desktop.domain.posts import CATEGORY_LABELS, Category
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.render.report import (
    BarChart,
    Figure,
    Letterhead,
    Report,
    Section,
    Series,
    Table,
    write_pdf,
    write_xlsx,
)
from medsos_desktop.services.metrics import MONTH_NAMES

Translate = Callable[[str, str], str]
_CTX = "Report"

T_TITLE = QT_TRANSLATE_NOOP("Report", "Monthly social media report")
T_TOTAL = QT_TRANSLATE_NOOP("Report", "Total")
T_REGION = QT_TRANSLATE_NOOP("Report", "{region}, all agencies — {month}")
T_AGENCY = QT_TRANSLATE_NOOP("Report", "{agency} — {month}")
T_POSTS = QT_TRANSLATE_NOOP("Report", "Verified posts")
T_AGENCIES = QT_TRANSLATE_NOOP("Report", "Agencies that posted")
T_ON_TIME = QT_TRANSLATE_NOOP("Report", "Approved before the planned time")
T_OF = QT_TRANSLATE_NOOP("Report", "{count} of {total}")
T_PACKS = QT_TRANSLATE_NOOP("Report", "Posts adapted from content packs")
T_PROBLEMS = QT_TRANSLATE_NOOP("Report", "Posts not counted (no valid revision)")
T_OLDER = QT_TRANSLATE_NOOP("Report", "Posts counted by an older revision")
T_OLDER_NOTE = QT_TRANSLATE_NOOP("Report", "A newer revision is not valid: {reasons}")
T_LAST_CHECK = QT_TRANSLATE_NOOP("Report", "Last check of every file")
T_NEVER = QT_TRANSLATE_NOOP("Report", "Never")
T_LAST_CHECK_NOTE = QT_TRANSLATE_NOOP(
    "Report", "Only a full check sees a change that keeps a file's size and time."
)
T_HELD_SECTION = QT_TRANSLATE_NOOP("Report", "Posts not counted or counted by an older revision")
T_HELD_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "A post counts by its newest valid revision. These posts have a newer revision that is "
    "not valid (yet); a post without any valid revision is not counted. A post whose "
    "planned month cannot be read yet (no revision of it is valid) is listed in every "
    "month's report until it is.",
)
T_POST_COL = QT_TRANSLATE_NOOP("Report", "Post")
T_COUNTED_COL = QT_TRANSLATE_NOOP("Report", "Counted revision")
T_NEWER_COL = QT_TRANSLATE_NOOP("Report", "Newer revision")
T_REASON_COL = QT_TRANSLATE_NOOP("Report", "Reason")
T_NOT_COUNTED = QT_TRANSLATE_NOOP("Report", "not counted")
T_UNTITLED = QT_TRANSLATE_NOOP("Report", "(title not readable yet) {post}")
# Why a revision is not valid, as a reason in the list...
REASONS: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("Report", "Still arriving"),
    "tampered": QT_TRANSLATE_NOOP("Report", "Damaged or changed"),
    "untrusted": QT_TRANSLATE_NOOP("Report", "Device not trusted yet"),
    "unknown_device": QT_TRANSLATE_NOOP("Report", "Unknown device"),
    "rejected": QT_TRANSLATE_NOOP("Report", "Device rejected"),
    "replayed": QT_TRANSLATE_NOOP("Report", "Replayed"),
    "unsafe": QT_TRANSLATE_NOOP("Report", "Unsafe"),
    "invalid": QT_TRANSLATE_NOOP("Report", "Invalid"),
}
# ... and as a count of posts: "3 still arriving, 1 damaged".
REASON_COUNTS: dict[str, str] = {
    "pending": QT_TRANSLATE_NOOP("Report", "{count} still arriving"),
    "tampered": QT_TRANSLATE_NOOP("Report", "{count} damaged"),
    "untrusted": QT_TRANSLATE_NOOP("Report", "{count} from a device not trusted yet"),
    "unknown_device": QT_TRANSLATE_NOOP("Report", "{count} from an unknown device"),
    "rejected": QT_TRANSLATE_NOOP("Report", "{count} from a rejected device"),
    "replayed": QT_TRANSLATE_NOOP("Report", "{count} replayed"),
    "unsafe": QT_TRANSLATE_NOOP("Report", "{count} unsafe"),
    "invalid": QT_TRANSLATE_NOOP("Report", "{count} invalid"),
}
T_BY_AGENCY = QT_TRANSLATE_NOOP("Report", "Posts by agency")
T_BY_CATEGORY = QT_TRANSLATE_NOOP("Report", "Posts by category")
T_BY_PLATFORM = QT_TRANSLATE_NOOP("Report", "Posts by platform")
T_PACKS_SECTION = QT_TRANSLATE_NOOP("Report", "Content packs adopted")
T_AGENCY_COL = QT_TRANSLATE_NOOP("Report", "Agency")
T_CATEGORY_COL = QT_TRANSLATE_NOOP("Report", "Category")
T_PLATFORM_COL = QT_TRANSLATE_NOOP("Report", "Platform")
T_PACK_COL = QT_TRANSLATE_NOOP("Report", "Content pack")
T_POSTS_COL = QT_TRANSLATE_NOOP("Report", "Posts")
T_ON_TIME_COL = QT_TRANSLATE_NOOP("Report", "On time")
T_ADOPTED_COL = QT_TRANSLATE_NOOP("Report", "Agencies")
T_PLATFORM_NOTE = QT_TRANSLATE_NOOP(
    "Report", "One post may be planned for several platforms; each counts once per platform."
)
T_AGENCIES_OF = QT_TRANSLATE_NOOP("Report", "of {total} agencies")
T_POSTS_OF = QT_TRANSLATE_NOOP("Report", "{count} of {total} posts")
T_SHARE_COL = QT_TRANSLATE_NOOP("Report", "On time (%)")
T_REACH_COL = QT_TRANSLATE_NOOP("Report", "Reach")
T_ENGAGEMENT_COL = QT_TRANSLATE_NOOP("Report", "Engagement")
T_RATE_COL = QT_TRANSLATE_NOOP("Report", "Engagement rate")
T_ZERO_NOTE = QT_TRANSLATE_NOOP(
    "Report", "Agencies without a post this month are listed with 0, so none is left out."
)
T_NO_FIGURES_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Reach and engagement are not in this report: the agencies do not send their platform "
    "figures to the central folder; each agency's own report has them.",
)
T_FIGURES_NOTE = QT_TRANSLATE_NOOP(
    "Report", "Engagement: likes + comments + shares + saves. Engagement rate: engagement ÷ reach."
)
T_COUNT_CHART = QT_TRANSLATE_NOOP("Report", "Number of posts")
T_SHEET_AGENCY = QT_TRANSLATE_NOOP("Report", "Per agency")
T_SHEET_CATEGORY = QT_TRANSLATE_NOOP("Report", "Per category")
T_SHEET_PLATFORM = QT_TRANSLATE_NOOP("Report", "Per platform")
T_SHEET_PACKS = QT_TRANSLATE_NOOP("Report", "Content packs")
T_SHEET_HELD = QT_TRANSLATE_NOOP("Report", "Not counted yet")
T_BY_ASSURANCE = QT_TRANSLATE_NOOP("Report", "How each approval is proven")
T_ASSURANCE_COL = QT_TRANSLATE_NOOP("Report", "Proof of approval")
T_SHARE_OF_POSTS_COL = QT_TRANSLATE_NOOP("Report", "Share of posts")
T_SHEET_ASSURANCE = QT_TRANSLATE_NOOP("Report", "Approval proof")
T_SIGNED_FIGURE = QT_TRANSLATE_NOOP("Report", "Approved with reviewers' signatures")
T_ASSURANCE_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Signed by reviewers: every step of the agency's approval chain signed by the heads on "
    "their own PCs, each signature checked by Diskominfo against the reviewers the agency "
    "registered. PIN on the admin's PC: the head typed a PIN on the admin's computer; only "
    "the agency's device vouches for it. WhatsApp evidence: the admin recorded a reply "
    "received by WhatsApp with its screenshot; the weakest. Proof does not hold: the post "
    "claims signatures that do not check out; ask the agency.",
)
T_NOT_COUNTED_NOTE = QT_TRANSLATE_NOOP(
    "Report",
    "Only the latest valid revision of each post planned in the month is counted: signed "
    "by a trusted device, complete and not replayed.",
)


@dataclass(frozen=True)
class ReportPost:
    agency: str
    agency_name: str
    title: str
    category: str
    platforms: tuple[str, ...]
    planned_at: str
    approved_at: str
    source_pack: str
    reach: int | None = None  # the platforms' figures, where the agency sent them
    engagement: int | None = None
    assurance: str = ""  # approval_chain.Assurance, as the coordinator's scan verified it


@dataclass(frozen=True)
class HeldBack:
    """A post of the month whose newer revisions are not valid (services.coordinator's
    HeldBackPost, as the report needs it)."""

    agency: str
    agency_name: str
    post_uuid: str
    title: str
    counted_revision: int | None  # the revision it is counted by; None: not counted
    newer: tuple[tuple[int, str], ...]  # (revision, status) after it, oldest first

    @property
    def status(self) -> str:
        return self.newer[-1][1]


@dataclass(frozen=True)
class RegionData:
    """What a coordinator's index gives a month's report."""

    posts: list[ReportPost]
    held_back: list[HeldBack] = field(default_factory=list)
    last_full_check: datetime | None = None
    agencies: list[tuple[str, str]] = field(default_factory=list)  # (slug, name), every one
    pack_titles: dict[str, str] = field(default_factory=dict)  # pack item id -> its title

    @property
    def not_counted(self) -> int:
        return sum(1 for h in self.held_back if h.counted_revision is None)


def reasons_text(counts: Mapping[str, int], translate: Translate) -> str:
    """ "3 still arriving, 1 damaged": posts by the reason their newest revision is not
    valid, in a fixed order, in the user's language."""
    order = list(REASON_COUNTS) + sorted(set(counts) - set(REASON_COUNTS))
    parts = []
    for status in order:
        count = counts.get(status, 0)
        if count:
            template = REASON_COUNTS.get(status)
            text = translate(_CTX, template) if template else "{count} " + status
            parts.append(text.format(count=count))
    return ", ".join(parts)


def count_reasons(held_back: Iterable[HeldBack]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for post in held_back:
        counts[post.status] = counts.get(post.status, 0) + 1
    return counts


def month_name(month: date, translate: Translate) -> str:
    """ "November 2026" in the user's language (the month names of the agency report)."""
    return f"{translate(_CTX, MONTH_NAMES[month.month - 1])} {month.year}"


def _parse(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).replace(tzinfo=None)
    except (ValueError, AttributeError):
        return None


def on_time(post: ReportPost) -> bool:
    planned, approved = _parse(post.planned_at), _parse(post.approved_at)
    return planned is not None and approved is not None and approved <= planned


def _category_label(value: str, translate: Translate) -> str:
    try:
        return translate("Category", CATEGORY_LABELS[Category(value)])
    except (ValueError, KeyError):
        return value or "—"


def pack_id(source_pack: str) -> str:
    """ "packs/hari-pahlawan/r2" -> "hari-pahlawan"."""
    parts = source_pack.split("/")
    return parts[1] if len(parts) >= 2 and parts[0] == "packs" else source_pack


def _readable_slug(slug: str) -> str:
    """A pack or agency whose title is not known: "hari-pahlawan" -> "Hari pahlawan"."""
    text = " ".join(slug.replace("-", " ").replace("_", " ").split())
    return text[:1].upper() + text[1:] if text else "—"


def build_report(
    posts: list[ReportPost],
    month: date,
    *,
    region: str,
    agency: str | None,
    not_counted: int | None = None,
    translate: Translate,
    language: str = "id",
    generated_at: datetime | None = None,
    held_back: Sequence[HeldBack] | None = None,
    last_full_check: datetime | None = None,
    agencies: Sequence[tuple[str, str]] | None = None,
    pack_titles: Mapping[str, str] | None = None,
    letterhead: Letterhead | None = None,
) -> Report:
    """The month's report. From a coordinator's index, `held_back` lists the posts with a
    newer revision that is not valid (their count replaces `not_counted`), and the figures
    say when every file was last re-checked (`last_full_check`, UTC; None: never).
    `agencies` ((slug, name) of every agency in the folder) lists those without a post with
    0; `pack_titles` names the content packs by their titles."""

    def tr(text: str) -> str:
        return translate(_CTX, text)

    month_text = month_name(month, translate)
    subtitle = (
        tr(T_AGENCY).format(agency=agency, month=month_text)
        if agency
        else tr(T_REGION).format(region=region, month=month_text)
    )
    total = len(posts)
    timely = sum(1 for p in posts if on_time(p))
    adopted = [p for p in posts if p.source_pack]
    by_agency: dict[str, list[ReportPost]] = defaultdict(list)
    for post in posts:
        by_agency[post.agency_name or post.agency].append(post)
    every_agency = dict(by_agency)
    for slug, name in agencies or ():
        label = name or _readable_slug(slug)
        if label not in every_agency and not any(p.agency == slug for p in posts):
            every_agency[label] = []
    held = list(held_back or ())
    dropped = [h for h in held if h.counted_revision is None]
    older = [h for h in held if h.counted_revision is not None]
    if held_back is not None:
        not_counted = len(dropped)
    summary = [
        Figure(tr(T_POSTS), total),
        Figure(
            tr(T_ON_TIME),
            timely / total if total else "–",
            tr(T_POSTS_OF).format(count=timely, total=total),
            kind="percent",
        ),
        Figure(tr(T_PACKS), len(adopted)),
        Figure(tr(T_PROBLEMS), not_counted or 0, reasons_text(count_reasons(dropped), translate)),
    ]
    if held_back is not None:
        reasons = reasons_text(count_reasons(older), translate)
        note = tr(T_OLDER_NOTE).format(reasons=reasons) if reasons else ""
        summary.append(Figure(tr(T_OLDER), len(older), note))
        checked = _local_time(last_full_check, language) if last_full_check else tr(T_NEVER)
        summary.append(Figure(tr(T_LAST_CHECK), checked, tr(T_LAST_CHECK_NOTE)))
    signed = sum(1 for p in posts if p.assurance == Assurance.SIGNED.value)
    summary.append(
        Figure(
            tr(T_SIGNED_FIGURE),
            signed / total if total else "–",
            tr(T_POSTS_OF).format(count=signed, total=total),
            kind="percent",
        )
    )
    if not agency:
        summary.insert(
            1,
            Figure(
                tr(T_AGENCIES),
                len(by_agency),
                tr(T_AGENCIES_OF).format(total=len(every_agency)) if agencies else "",
            ),
        )

    with_figures = [p for p in posts if p.reach is not None or p.engagement is not None]
    sections: list[Section] = []
    if not agency:
        names = sorted(every_agency, key=lambda n: (-len(every_agency[n]), n.casefold()))
        headers = [tr(T_AGENCY_COL), tr(T_POSTS_COL), tr(T_ON_TIME_COL), tr(T_SHARE_COL)]
        kinds = ["text", "int", "int", "percent"]
        if with_figures:
            headers += [tr(T_REACH_COL), tr(T_ENGAGEMENT_COL), tr(T_RATE_COL)]
            kinds += ["int", "int", "percent"]

        def agency_row(name: str, items: Sequence[ReportPost]) -> list[Any]:
            done = sum(1 for p in items if on_time(p))
            row: list[Any] = [name, len(items), done, done / len(items) if items else None]
            if with_figures:
                reach = sum(p.reach or 0 for p in items)
                engagement = sum(p.engagement or 0 for p in items)
                row += [reach, engagement, engagement / reach if reach else None]
            return row

        notes = [tr(T_NOT_COUNTED_NOTE)]
        if agencies:
            notes.append(tr(T_ZERO_NOTE))
        shown = [n for n in names if every_agency[n]][:25]
        sections.append(
            Section(
                tr(T_BY_AGENCY),
                Table(
                    headers,
                    [agency_row(name, every_agency[name]) for name in names],
                    total_row=agency_row(tr(T_TOTAL), posts),
                    column_kinds=kinds,
                ),
                BarChart(
                    tr(T_COUNT_CHART),
                    shown,
                    [Series(tr(T_POSTS_COL), [float(len(every_agency[n])) for n in shown])],
                ),
                " ".join(notes),
                sheet_name=tr(T_SHEET_AGENCY),
            )
        )
    sections.append(_assurance_section(posts, translate))
    categories = Counter(p.category for p in posts)
    cat_names = sorted(categories, key=lambda c: (-categories[c], c))
    cat_labels = [_category_label(c, translate) for c in cat_names]
    sections.append(
        Section(
            tr(T_BY_CATEGORY),
            Table(
                [tr(T_CATEGORY_COL), tr(T_POSTS_COL)],
                [[label, categories[c]] for label, c in zip(cat_labels, cat_names, strict=True)],
                total_row=[tr(T_TOTAL), total] if cat_names else None,
                column_kinds=["text", "int"],
            ),
            BarChart(
                tr(T_COUNT_CHART),
                cat_labels,
                [Series(tr(T_POSTS_COL), [float(categories[c]) for c in cat_names])],
            ),
            sheet_name=tr(T_SHEET_CATEGORY),
        )
    )
    platforms = Counter(p for post in posts for p in post.platforms)
    plat_names = [p.value for p in Platform if platforms.get(p.value)]
    plat_labels = [translate("Platform", RULES[Platform(p)].label) for p in plat_names]
    sections.append(
        Section(
            tr(T_BY_PLATFORM),
            Table(
                [tr(T_PLATFORM_COL), tr(T_POSTS_COL)],
                [[label, platforms[p]] for label, p in zip(plat_labels, plat_names, strict=True)],
                column_kinds=["text", "int"],
            ),
            BarChart(
                tr(T_COUNT_CHART),
                plat_labels,
                [Series(tr(T_POSTS_COL), [float(platforms[p]) for p in plat_names])],
            ),
            tr(T_PLATFORM_NOTE),
            sheet_name=tr(T_SHEET_PLATFORM),
        )
    )
    packs: dict[str, set[str]] = defaultdict(set)
    pack_posts: Counter[str] = Counter()
    for post in adopted:
        pack = pack_id(post.source_pack)
        packs[pack].add(post.agency)
        pack_posts[pack] += 1
    titles = pack_titles or {}

    def pack_title(item: str) -> str:
        return titles.get(item, "").strip() or _readable_slug(item)

    sections.append(
        Section(
            tr(T_PACKS_SECTION),
            Table(
                [tr(T_PACK_COL), tr(T_ADOPTED_COL), tr(T_POSTS_COL)],
                [
                    [pack_title(item), len(packs[item]), pack_posts[item]]
                    for item in sorted(packs, key=lambda i: (-pack_posts[i], pack_title(i)))
                ],
                column_kinds=["text", "int", "int"],
            ),
            sheet_name=tr(T_SHEET_PACKS),
        )
    )
    if held:
        sections.append(_held_back_section(held, translate))
    return Report(
        translate(_CTX, T_TITLE),
        subtitle,
        generated_at or datetime.now(),
        summary,
        sections,
        letterhead=letterhead,
        summary_note=tr(T_FIGURES_NOTE) if with_figures else tr(T_NO_FIGURES_NOTE),
    )


def _assurance_section(posts: Sequence[ReportPost], translate: Translate) -> Section:
    """Posts by how their approval is proven, strongest first; the three kinds of approval
    always listed, so a month without signatures says so."""

    def tr(text: str) -> str:
        return translate(_CTX, text)

    counts = Counter(p.assurance or Assurance.NONE.value for p in posts)
    shown = [
        level
        for level in ASSURANCE_ORDER
        if counts.get(level.value) or level in (Assurance.SIGNED, Assurance.PIN, Assurance.WHATSAPP)
    ]
    total = len(posts)
    labels = [translate("Approval", ASSURANCE_TEXTS[level]) for level in shown]
    labels = [label[:1].upper() + label[1:] for label in labels]  # each starts a table row
    return Section(
        tr(T_BY_ASSURANCE),
        Table(
            [tr(T_ASSURANCE_COL), tr(T_POSTS_COL), tr(T_SHARE_OF_POSTS_COL)],
            [
                [
                    label,
                    counts.get(level.value, 0),
                    counts.get(level.value, 0) / total if total else None,
                ]
                for label, level in zip(labels, shown, strict=True)
            ],
            total_row=[tr(T_TOTAL), total, 1.0 if total else None],
            column_kinds=["text", "int", "percent"],
        ),
        None,
        tr(T_ASSURANCE_NOTE),
        sheet_name=tr(T_SHEET_ASSURANCE),
    )


def coordinator_letterhead(central: Path, region: str) -> Letterhead | None:
    """Diskominfo's kop from the central folder's coordinator record: its name under the
    region's government; None when the folder has no coordinator yet."""
    from medsos_desktop.sync.shared import read_coordinator

    try:
        record = read_coordinator(central)
    except Exception:  # no coordinator set up, or unreadable: a plain title instead
        return None
    name = " ".join(record.name.split()) or "Diskominfo"
    area = " ".join((record.region_name or region).split())
    parent = f"{tr_government(area)}" if area else ""
    return Letterhead(name=name, parent=parent)


def tr_government(region: str) -> str:
    """ "Kota Sukamaju" -> "Pemerintah Kota Sukamaju" (already said: kept as is)."""
    return region if region.casefold().startswith("pemerintah") else f"Pemerintah {region}"


def _local_time(moment: datetime, language: str) -> str:
    """A UTC moment as this computer's local date and time, as the report writes them."""
    local = moment.astimezone() if moment.tzinfo else moment
    return local.strftime("%d/%m/%Y %H.%M" if language == "id" else "%d/%m/%Y %H:%M")


def _held_back_section(held: Sequence[HeldBack], translate: Translate) -> Section:
    def tr(text: str) -> str:
        return translate(_CTX, text)

    rows: list[list[Any]] = []
    for post in sorted(held, key=lambda h: (h.agency_name or h.agency, h.title, h.post_uuid)):
        title = post.title or tr(T_UNTITLED).format(post=post.post_uuid)
        counted = post.counted_revision if post.counted_revision is not None else tr(T_NOT_COUNTED)
        for revision, status in post.newer:
            reason = tr(REASONS[status]) if status in REASONS else status
            rows.append([post.agency_name or post.agency, title, counted, revision, reason])
    return Section(
        tr(T_HELD_SECTION),
        Table(
            [
                tr(T_AGENCY_COL),
                tr(T_POST_COL),
                tr(T_COUNTED_COL),
                tr(T_NEWER_COL),
                tr(T_REASON_COL),
            ],
            rows,
            column_kinds=["text", "text", "text", "text", "text"],
        ),
        note=tr(T_HELD_NOTE),
        sheet_name=tr(T_SHEET_HELD),
    )


def labels(translate: Translate, language: str) -> dict[str, str]:
    return {
        "generated": translate(_CTX, QT_TRANSLATE_NOOP("Report", "Generated")),
        "page": translate(_CTX, QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")),
        "total": translate(_CTX, T_TOTAL),
        "summary": translate(_CTX, QT_TRANSLATE_NOOP("Report", "Summary")),
        "category": translate(_CTX, QT_TRANSLATE_NOOP("Report", "Category")),
        "empty": translate(_CTX, QT_TRANSLATE_NOOP("Report", "No data for this period.")),
        "this_month": translate(_CTX, QT_TRANSLATE_NOOP("Report", "This month")),
        "previous_month": translate(_CTX, QT_TRANSLATE_NOOP("Report", "Last month")),
        "change": translate(_CTX, QT_TRANSLATE_NOOP("Report", "Change")),
        "note": translate(_CTX, QT_TRANSLATE_NOOP("Report", "Notes")),
        "nip": translate(_CTX, QT_TRANSLATE_NOOP("Report", "NIP.")),
        "continued": translate(_CTX, QT_TRANSLATE_NOOP("Report", "continued")),
        "lang": language,
    }


def write_report(report: Report, path: Path, translate: Translate, language: str) -> None:
    """XLSX or PDF by the file's extension (anything else: XLSX)."""
    chosen = labels(translate, language)
    if path.suffix.lower() == ".pdf":
        write_pdf(report, path, chosen)
    else:
        write_xlsx(report, path, chosen)


def posts_from_coordinator(service: object, month: date, agency: str | None) -> tuple[list, int]:
    """The month's counted posts from a CoordinatorService, and how many of the month's
    posts have no valid revision (not counted). `region_data` tells more."""
    data = region_data(service, month, agency)
    return data.posts, data.not_counted


def region_data(service: Any, month: date, agency: str | None) -> RegionData:
    """From a CoordinatorService: the newest valid revision of each post planned in the
    month (what is counted), every post of the month whose newest revision is not valid,
    and when every file was last re-checked."""
    first, last = month_bounds(month)
    criteria: dict[str, object] = {
        "planned_from": first.isoformat(),
        "planned_to": last.isoformat(),
        "counted_only": True,
    }
    if agency:
        criteria["agency"] = agency
    valid = service.revisions(limit=None, **criteria)
    posts = [
        ReportPost(
            r.agency,
            r.agency_name,
            r.title,
            r.category,
            tuple(r.platforms),
            r.planned_at,
            r.approved_at,
            getattr(r, "source_pack", "") or "",
            assurance=getattr(r, "assurance", "") or "",
        )
        for r in valid
    ]
    held = [
        HeldBack(
            h.agency,
            h.agency_name,
            h.post_uuid,
            h.title,
            h.counted_revision,
            tuple((n.revision, n.status) for n in h.newer),
        )
        for h in service.held_back(agency or None)
        if h.planned_in(first.isoformat(), last.isoformat())
    ]
    agencies = [(a.slug, a.name) for a in service.agencies()]
    adopted = {pack_id(p.source_pack) for p in posts if p.source_pack}
    titles = pack_titles(Path(service.central), adopted) if adopted else {}
    return RegionData(posts, held, service.last_full_check(), agencies, titles)


def pack_titles(central: Path, wanted: Iterable[str]) -> dict[str, str]:
    """The titles of the coordinator's content packs `wanted`, read from the central
    folder's shared area (only what checks out); a pack that cannot be read keeps no
    title and the report names it by its folder instead."""
    from medsos_desktop.sync.shared import read_shared, read_shared_item

    wanted = set(wanted)
    titles: dict[str, str] = {}
    try:
        report = read_shared(central, None)
    except Exception:  # a report never fails over a pack title
        return titles
    for (kind, item_id), item in report.current.items():
        if kind != "packs" or item_id not in wanted or item.status != "valid":
            continue
        try:
            _manifest, payload = read_shared_item(central / item.path, item.manifest_sha256)
        except Exception:  # unreadable now: named by its folder
            continue
        title = payload.get("title")
        if isinstance(title, str) and title.strip():
            titles[item_id] = " ".join(title.split())[:200]
    return titles


def coordinator_report(
    service: Any,
    month: date,
    *,
    region: str,
    agency: str | None,
    agency_name: str | None,
    translate: Translate,
    language: str = "id",
) -> tuple[Report, RegionData]:
    """The month's report from a coordinator's index: what the window and `medsos report
    --central` write."""
    data = region_data(service, month, agency)
    report = build_report(
        data.posts,
        month,
        region=region,
        agency=agency_name,
        translate=translate,
        language=language,
        held_back=data.held_back,
        last_full_check=data.last_full_check,
        agencies=None if agency else data.agencies,
        pack_titles=data.pack_titles,
        letterhead=coordinator_letterhead(Path(service.central), region),
    )
    return report, data
