"""The coordinator's monthly report, for the whole region or one agency.

Only what the folder proves is counted: the latest *valid* revision of each post
(signed by a trusted device, complete, not replayed) planned in the month. "On time"
means approved before its planned time, which is what the folder can show; whether and
when it went out on each platform is the agency's own record (its agency report).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from medsos_desktop.domain.platforms import RULES, Platform
from medsos_desktop.domain.posts import CATEGORY_LABELS, Category
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.render.report import (
    BarChart,
    Figure,
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
T_PROBLEMS = QT_TRANSLATE_NOOP("Report", "Revisions not counted (not valid)")
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


def build_report(
    posts: list[ReportPost],
    month: date,
    *,
    region: str,
    agency: str | None,
    not_counted: int,
    translate: Translate,
    language: str = "id",
    generated_at: datetime | None = None,
) -> Report:
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
    share = f"{timely * 100 // total}%" if total else "–"
    summary = [
        Figure(tr(T_POSTS), total),
        Figure(tr(T_ON_TIME), tr(T_OF).format(count=timely, total=total), share),
        Figure(tr(T_PACKS), len(adopted)),
        Figure(tr(T_PROBLEMS), not_counted),
    ]
    if not agency:
        summary.insert(1, Figure(tr(T_AGENCIES), len(by_agency)))

    sections: list[Section] = []
    if not agency:
        names = sorted(by_agency, key=lambda n: (-len(by_agency[n]), n))
        rows = [
            [name, len(by_agency[name]), sum(1 for p in by_agency[name] if on_time(p))]
            for name in names
        ]
        sections.append(
            Section(
                tr(T_BY_AGENCY),
                Table(
                    [tr(T_AGENCY_COL), tr(T_POSTS_COL), tr(T_ON_TIME_COL)],
                    rows,
                    total_row=[tr(T_TOTAL), total, timely],
                    column_kinds=["text", "int", "int"],
                ),
                BarChart(
                    tr(T_BY_AGENCY),
                    names[:25],
                    [Series(tr(T_POSTS_COL), [float(len(by_agency[n])) for n in names[:25]])],
                ),
                tr(T_NOT_COUNTED_NOTE),
            )
        )
    categories = Counter(p.category for p in posts)
    cat_names = sorted(categories, key=lambda c: (-categories[c], c))
    cat_labels = [_category_label(c, translate) for c in cat_names]
    sections.append(
        Section(
            tr(T_BY_CATEGORY),
            Table(
                [tr(T_CATEGORY_COL), tr(T_POSTS_COL)],
                [[label, categories[c]] for label, c in zip(cat_labels, cat_names, strict=True)],
                column_kinds=["text", "int"],
            ),
            BarChart(
                tr(T_BY_CATEGORY),
                cat_labels,
                [Series(tr(T_POSTS_COL), [float(categories[c]) for c in cat_names])],
            ),
        )
    )
    platforms = Counter(p for post in posts for p in post.platforms)
    plat_names = [p.value for p in Platform if platforms.get(p.value)]
    plat_labels = [RULES[Platform(p)].label for p in plat_names]
    sections.append(
        Section(
            tr(T_BY_PLATFORM),
            Table(
                [tr(T_PLATFORM_COL), tr(T_POSTS_COL)],
                [[label, platforms[p]] for label, p in zip(plat_labels, plat_names, strict=True)],
                column_kinds=["text", "int"],
            ),
            BarChart(
                tr(T_BY_PLATFORM),
                plat_labels,
                [Series(tr(T_POSTS_COL), [float(platforms[p]) for p in plat_names])],
            ),
            tr(T_PLATFORM_NOTE),
        )
    )
    packs: dict[str, set[str]] = defaultdict(set)
    pack_posts: Counter[str] = Counter()
    for post in adopted:
        pack = post.source_pack.split("/")[1] if "/" in post.source_pack else post.source_pack
        packs[pack].add(post.agency)
        pack_posts[pack] += 1
    sections.append(
        Section(
            tr(T_PACKS_SECTION),
            Table(
                [tr(T_PACK_COL), tr(T_ADOPTED_COL), tr(T_POSTS_COL)],
                [[name, len(packs[name]), pack_posts[name]] for name in sorted(packs)],
                column_kinds=["text", "int", "int"],
            ),
        )
    )
    return Report(
        translate(_CTX, T_TITLE),
        subtitle,
        generated_at or datetime.now(),
        summary,
        sections,
    )


def labels(translate: Translate, language: str) -> dict[str, str]:
    return {
        "generated": translate(_CTX, QT_TRANSLATE_NOOP("Report", "Generated")),
        "page": translate(_CTX, QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")),
        "total": translate(_CTX, T_TOTAL),
        "summary": translate(_CTX, QT_TRANSLATE_NOOP("Report", "Summary")),
        "category": translate(_CTX, QT_TRANSLATE_NOOP("Report", "Category")),
        "empty": translate(_CTX, QT_TRANSLATE_NOOP("Report", "No data for this period.")),
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
    """The month's latest valid revisions from a CoordinatorService, and how many of the
    month's latest revisions were not valid (not counted)."""
    first = month.replace(day=1)
    following = (
        first.replace(year=first.year + 1, month=1)
        if first.month == 12
        else first.replace(month=first.month + 1)
    )
    criteria: dict[str, object] = {
        "planned_from": first.isoformat(),
        "planned_to": (following - timedelta(days=1)).isoformat(),
        "latest_only": True,
    }
    if agency:
        criteria["agency"] = agency
    rows = service.revisions(limit=None, **criteria)  # type: ignore[attr-defined]
    valid = [r for r in rows if r.status == "valid"]
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
        )
        for r in valid
    ]
    return posts, len(rows) - len(valid)
