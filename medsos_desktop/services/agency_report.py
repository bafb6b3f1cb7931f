"""The head of office's monthly report: a month's evaluation as a `Report` document.

Pure: every word goes through `translate`, every figure comes from the `Evaluation`
(domain/evaluation.py) and what `ReportContext` carries (letterhead, signatures, the
admin's analysis, pictures). MetricsService gathers those from the database and
render/report.py writes the document as PDF or XLSX.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from medsos_desktop.domain.evaluation import (
    FORMAT_LABELS,
    Evaluation,
    Figures,
    GroupFigures,
    PostFigures,
    WeekCount,
    engagement_rate,
    month_change,
)
from medsos_desktop.domain.months import previous_month
from medsos_desktop.domain.platforms import RULES, Platform
from medsos_desktop.domain.posts import CATEGORY_LABELS, STATUS_LABELS, Category, Status
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, Translate
from medsos_desktop.render.report import (
    BarChart,
    Figure,
    Letterhead,
    Report,
    Section,
    Series,
    Signature,
    Table,
    TextBlock,
    format_number_id,
    format_percent_id,
)

_R = "Report"
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Report", "January"),
    QT_TRANSLATE_NOOP("Report", "February"),
    QT_TRANSLATE_NOOP("Report", "March"),
    QT_TRANSLATE_NOOP("Report", "April"),
    QT_TRANSLATE_NOOP("Report", "May"),
    QT_TRANSLATE_NOOP("Report", "June"),
    QT_TRANSLATE_NOOP("Report", "July"),
    QT_TRANSLATE_NOOP("Report", "August"),
    QT_TRANSLATE_NOOP("Report", "September"),
    QT_TRANSLATE_NOOP("Report", "October"),
    QT_TRANSLATE_NOOP("Report", "November"),
    QT_TRANSLATE_NOOP("Report", "December"),
)
MONTH_SHORT = (
    QT_TRANSLATE_NOOP("Report", "Jan"),
    QT_TRANSLATE_NOOP("Report", "Feb"),
    QT_TRANSLATE_NOOP("Report", "Mar"),
    QT_TRANSLATE_NOOP("Report", "Apr"),
    QT_TRANSLATE_NOOP("Report", "May"),
    QT_TRANSLATE_NOOP("Report", "Jun"),
    QT_TRANSLATE_NOOP("Report", "Jul"),
    QT_TRANSLATE_NOOP("Report", "Aug"),
    QT_TRANSLATE_NOOP("Report", "Sep"),
    QT_TRANSLATE_NOOP("Report", "Oct"),
    QT_TRANSLATE_NOOP("Report", "Nov"),
    QT_TRANSLATE_NOOP("Report", "Dec"),
)
REPORT_TEXT = {
    "title": QT_TRANSLATE_NOOP("Report", "Monthly Social Media Report"),
    "subtitle": QT_TRANSLATE_NOOP("Report", "{agency} · {month} {year}"),
    "subtitle_kop": QT_TRANSLATE_NOOP("Report", "Month of {month} {year}"),
    "no_agency": QT_TRANSLATE_NOOP("Report", "Agency name not set"),
    "published": QT_TRANSLATE_NOOP("Report", "Posts published"),
    "placements_note": QT_TRANSLATE_NOOP("Report", "{placements} uploads on {platforms} platforms"),
    "reach": QT_TRANSLATE_NOOP("Report", "Reach"),
    "impressions": QT_TRANSLATE_NOOP("Report", "Impressions"),
    "engagement": QT_TRANSLATE_NOOP("Report", "Engagement"),
    "engagement_note": QT_TRANSLATE_NOOP("Report", "likes + comments + shares + saves"),
    "rate": QT_TRANSLATE_NOOP("Report", "Engagement rate"),
    "rate_note": QT_TRANSLATE_NOOP("Report", "engagement ÷ reach"),
    "definitions": QT_TRANSLATE_NOOP(
        "Report",
        "Reach: the accounts that saw a post. Engagement: likes + comments + shares + saves. "
        "Engagement rate: engagement ÷ reach. Changes compare with {previous} {year}.",
    ),
    "on_time": QT_TRANSLATE_NOOP("Report", "Published on the planned day"),
    "on_time_note": QT_TRANSLATE_NOOP("Report", "{on_time} of {timed} scheduled posts"),
    "no_schedule": QT_TRANSLATE_NOOP("Report", "no scheduled posts"),
    "change_pct": QT_TRANSLATE_NOOP("Report", "{change} vs {month} ({previous})"),
    "change_points": QT_TRANSLATE_NOOP("Report", "{change} points vs {month} ({previous})"),
    "change_same": QT_TRANSLATE_NOOP("Report", "same as {month}"),
    "change_new": QT_TRANSLATE_NOOP("Report", "new this month ({month}: none)"),
    "weeks": QT_TRANSLATE_NOOP("Report", "Posts per week"),
    "weeks_note": QT_TRANSLATE_NOOP(
        "Report", "Weeks of the month: days 1–7, 8–14, 15–21, and the 22nd to the month's end."
    ),
    "week": QT_TRANSLATE_NOOP("Report", "Week"),
    "posts_count": QT_TRANSLATE_NOOP("Report", "Number of posts published"),
    "week_name": QT_TRANSLATE_NOOP("Report", "Week {number} ({days})"),
    "posts": QT_TRANSLATE_NOOP("Report", "Posts"),
    "by_platform": QT_TRANSLATE_NOOP("Report", "By platform"),
    "platform_note": QT_TRANSLATE_NOOP(
        "Report",
        "{placements} uploads on {platforms} platforms from {posts} posts: one post can go "
        "out on several platforms and counts once on each.",
    ),
    "platform": QT_TRANSLATE_NOOP("Report", "Platform"),
    "uploads": QT_TRANSLATE_NOOP("Report", "Uploads"),
    "reach_by_platform": QT_TRANSLATE_NOOP("Report", "Reach per platform"),
    "by_category": QT_TRANSLATE_NOOP("Report", "By category"),
    "engagement_by_category": QT_TRANSLATE_NOOP("Report", "Engagement per category"),
    "category": QT_TRANSLATE_NOOP("Report", "Category"),
    "by_format": QT_TRANSLATE_NOOP("Report", "By format"),
    "engagement_by_format": QT_TRANSLATE_NOOP("Report", "Engagement per format"),
    "format": QT_TRANSLATE_NOOP("Report", "Format"),
    "best_engagement": QT_TRANSLATE_NOOP("Report", "Top 5 posts by engagement"),
    "best_reach": QT_TRANSLATE_NOOP("Report", "Top 5 posts by reach"),
    "sheet_best_engagement": QT_TRANSLATE_NOOP("Report", "Top engagement"),
    "sheet_best_reach": QT_TRANSLATE_NOOP("Report", "Top reach"),
    "sheet_weeks": QT_TRANSLATE_NOOP("Report", "Per week"),
    "sheet_platform": QT_TRANSLATE_NOOP("Report", "Per platform"),
    "sheet_category": QT_TRANSLATE_NOOP("Report", "Per category"),
    "sheet_format": QT_TRANSLATE_NOOP("Report", "Per format"),
    "sheet_status": QT_TRANSLATE_NOOP("Report", "Per status"),
    "post": QT_TRANSLATE_NOOP("Report", "Post"),
    "date": QT_TRANSLATE_NOOP("Report", "Date"),
    "platforms": QT_TRANSLATE_NOOP("Report", "Platforms"),
    "by_status": QT_TRANSLATE_NOOP("Report", "Posts of the month by status"),
    "status": QT_TRANSLATE_NOOP("Report", "Status"),
    "no_metrics": QT_TRANSLATE_NOOP(
        "Report", "No figures recorded yet: import the platforms' CSV exports or type them in."
    ),
    "untitled": QT_TRANSLATE_NOOP("Report", "(untitled)"),
    "analysis": QT_TRANSLATE_NOOP("Report", "Analysis and notes"),
    "acknowledged": QT_TRANSLATE_NOOP("Report", "Acknowledged by,"),
    "head_of": QT_TRANSLATE_NOOP("Report", "Head of {agency}"),
    "prepared": QT_TRANSLATE_NOOP("Report", "Prepared by,"),
    "prepared_role": QT_TRANSLATE_NOOP("Report", "Social media officer"),
    "place_date": QT_TRANSLATE_NOOP("Report", "{place}, {day} {month} {year}"),
}
# The words render.report's writers need, as English source text (their keys).
WRITER_LABELS = {
    "generated": QT_TRANSLATE_NOOP("Report", "Generated"),
    "page": QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}"),
    "total": QT_TRANSLATE_NOOP("Report", "Total"),
    "summary": QT_TRANSLATE_NOOP("Report", "Summary"),
    "category": QT_TRANSLATE_NOOP("Report", "Category"),
    "empty": QT_TRANSLATE_NOOP("Report", "No data for this period."),
    "this_month": QT_TRANSLATE_NOOP("Report", "This month"),
    "previous_month": QT_TRANSLATE_NOOP("Report", "Last month"),
    "change": QT_TRANSLATE_NOOP("Report", "Change"),
    "note": QT_TRANSLATE_NOOP("Report", "Notes"),
    "nip": QT_TRANSLATE_NOOP("Report", "NIP."),
    "continued": QT_TRANSLATE_NOOP("Report", "continued"),
}


def report_labels(translate: Translate) -> dict[str, str]:
    return {key: translate(_R, text) for key, text in WRITER_LABELS.items()}


@dataclass(frozen=True)
class ReportContext:
    """What the report takes from outside the month's figures."""

    letterhead: Letterhead | None = None
    head: tuple[str, str, str] | None = None  # (position, name, NIP) of the head of office
    prepared_by: str = ""
    analysis: str = ""
    thumbnails: Mapping[int, bytes] = field(default_factory=dict)


def _place(parent_government: str) -> str:
    """ "Pemerintah Kota Sukamaju" -> "Sukamaju": where the report is signed."""
    words = parent_government.split()
    while words and words[0].casefold() in ("pemerintah", "pemerintahan", "kota", "kabupaten"):
        words = words[1:]
    return " ".join(words)


def build_report(
    evaluation: Evaluation,
    agency: str,
    translate: Translate,
    generated_at: dt.datetime,
    previous: Evaluation | None = None,
    context: ReportContext | None = None,
) -> Report:
    """The evaluation as a report document; pure, so it is tested without a database."""
    ctx = context or ReportContext()

    def t(key: str) -> str:
        return translate(_R, REPORT_TEXT[key])

    def fmt(key: str, **params: object) -> str:
        try:
            return t(key).format(**params)
        except (KeyError, IndexError, ValueError):
            return REPORT_TEXT[key].format(**params)

    def platform_name(value: str) -> str:
        return translate("Platform", RULES[Platform(value)].label)

    def category_name(value: str) -> str:
        return translate("Category", CATEGORY_LABELS[Category(value)])

    month = evaluation.month
    month_name = translate(_R, MONTH_NAMES[month.month - 1])
    last_month = previous_month(month)
    last_name = translate(_R, MONTH_NAMES[last_month.month - 1])
    agency_name = agency.strip() or t("no_agency")
    totals = evaluation.totals
    has_metrics = any(f.figures != Figures() for f in evaluation.posts)
    rate = evaluation.on_time_rate
    placements = sum(g.posts for g in evaluation.by_platform)

    def compared(
        label: str, value: float | None, before: float | None, kind: str, note: str
    ) -> Figure:
        shown: int | float | str = "–" if value is None else value
        moved = month_change(value, before) if previous is not None else None
        if moved is None or before is None:
            # Nothing to compare, or nothing this month and nothing last month ("same as
            # November" would say nothing).
            return Figure(label, shown, note, kind)
        before_text = format_percent_id(before) if kind == "percent" else format_number_id(before)
        arrow = {1: "▲ ", -1: "▼ ", 0: ""}[moved.trend]
        if moved.trend == 0:
            change = fmt("change_same", month=last_name)
        elif kind == "percent":
            points = format_number_id(moved.difference * 100, 1)
            change = arrow + fmt(
                "change_points", change=points, month=last_name, previous=before_text
            )
        elif moved.relative is None:
            change = arrow + fmt("change_new", month=last_name)
        else:
            pct = format_percent_id(moved.relative)
            change = arrow + fmt("change_pct", change=pct, month=last_name, previous=before_text)
        return Figure(label, shown, note, kind, before, change, moved.trend)

    prev_totals = previous.totals if previous is not None else None
    prev_rate = previous.on_time_rate if previous is not None else None
    summary = [
        compared(
            t("published"),
            len(evaluation.posts),
            len(previous.posts) if previous is not None else None,
            "int",
            fmt("placements_note", placements=placements, platforms=len(evaluation.by_platform))
            if placements
            else "",
        ),
        compared(t("reach"), totals.reach, prev_totals.reach if prev_totals else None, "int", ""),
        compared(
            t("engagement"),
            totals.engagement,
            prev_totals.engagement if prev_totals else None,
            "int",
            t("engagement_note"),
        ),
        compared(
            t("rate"),
            engagement_rate(totals),
            engagement_rate(prev_totals) if prev_totals else None,
            "percent",
            t("rate_note"),
        ),
        compared(
            t("on_time"),
            rate,
            prev_rate,
            "percent",
            fmt("on_time_note", on_time=evaluation.on_time, timed=evaluation.timed)
            if evaluation.timed
            else t("no_schedule"),
        ),
    ]
    figure_headers = [t("reach"), t("impressions"), t("engagement"), t("rate")]
    figure_kinds = ["int", "int", "int", "percent"]

    def figure_cells(f: Figures) -> list[str | int | float | dt.date | None]:
        return [f.reach, f.impressions, f.engagement, engagement_rate(f)]

    def group_table(
        groups: Sequence[GroupFigures],
        first_header: str,
        count_header: str,
        name: Callable[[str], str],
        chart_title: str,
        measure: str,
    ) -> tuple[Table, BarChart]:
        total = sum((g.figures for g in groups), Figures())
        table = Table(
            [first_header, count_header, *figure_headers],
            [[name(g.key), g.posts, *figure_cells(g.figures)] for g in groups],
            total_row=[
                translate(_R, WRITER_LABELS["total"]),
                sum(g.posts for g in groups),
                *figure_cells(total),
            ]
            if groups
            else None,
            column_kinds=["text", "int", *figure_kinds],
        )
        series_name = t(measure)
        chart = BarChart(
            chart_title,
            [name(g.key) for g in groups],
            [Series(series_name, [float(getattr(g.figures, measure)) for g in groups])],
            value_label=series_name,
        )
        return table, chart

    def short(day: dt.date) -> str:
        return translate(_R, MONTH_SHORT[day.month - 1])

    def week_name(w: WeekCount) -> str:
        days = f"{w.start.day}–{w.end.day} {short(w.end)}"
        return fmt("week_name", number=w.number, days=days)

    sections: list[Section] = []
    week_total = sum((w.figures for w in evaluation.weeks), Figures())
    sections.append(
        Section(
            t("weeks"),
            Table(
                [t("week"), t("posts"), *figure_headers],
                [[week_name(w), w.posts, *figure_cells(w.figures)] for w in evaluation.weeks],
                total_row=[
                    translate(_R, WRITER_LABELS["total"]),
                    sum(w.posts for w in evaluation.weeks),
                    *figure_cells(week_total),
                ],
                column_kinds=["text", "int", *figure_kinds],
            ),
            BarChart(
                t("posts_count"),
                [week_name(w) for w in evaluation.weeks],
                [Series(t("posts"), [float(w.posts) for w in evaluation.weeks])],
            ),
            t("weeks_note"),
            sheet_name=t("sheet_weeks"),
        )
    )
    # "No figures yet" only says something when there are posts to have figures.
    no_metrics = "" if has_metrics or not evaluation.posts else t("no_metrics")
    platform_note = (
        fmt(
            "platform_note",
            placements=placements,
            platforms=len(evaluation.by_platform),
            posts=len(evaluation.posts),
        )
        if placements
        else ""
    )
    for key, header, count_header, groups, name, chart_key, measure, sheet, note in (
        (
            "by_platform",
            "platform",
            "uploads",
            evaluation.by_platform,
            platform_name,
            "reach_by_platform",
            "reach",
            "sheet_platform",
            " ".join(n for n in (platform_note, no_metrics) if n),
        ),
        (
            "by_category",
            "category",
            "posts",
            evaluation.by_category,
            category_name,
            "engagement_by_category",
            "engagement",
            "sheet_category",
            no_metrics,
        ),
        (
            "by_format",
            "format",
            "posts",
            evaluation.by_format,
            lambda v: translate(_R, FORMAT_LABELS[v]),
            "engagement_by_format",
            "engagement",
            "sheet_format",
            no_metrics,
        ),
    ):
        table, chart = group_table(groups, t(header), t(count_header), name, t(chart_key), measure)
        sections.append(
            Section(t(key), table, chart if chart.has_data else None, note, sheet_name=t(sheet))
        )

    def best_table(items: Sequence[PostFigures]) -> Table:
        return Table(
            [t("post"), t("date"), t("platforms"), t("reach"), t("engagement"), t("rate")],
            [
                [
                    f.title.strip() or t("untitled"),
                    f.published.date() if f.published else None,
                    ", ".join(platform_name(p.value) for p in f.platforms),
                    f.figures.reach,
                    f.figures.engagement,
                    engagement_rate(f.figures),
                ]
                for f in items
            ],
            column_kinds=["text", "date", "text", "int", "int", "percent"],
            images=[ctx.thumbnails.get(f.post_id) for f in items],
        )

    sections.append(
        Section(
            t("best_engagement"),
            best_table(evaluation.best_by_engagement),
            None,
            no_metrics,
            sheet_name=t("sheet_best_engagement"),
        )
    )
    sections.append(
        Section(
            t("best_reach"),
            best_table(evaluation.best_by_reach),
            None,
            no_metrics,
            sheet_name=t("sheet_best_reach"),
        )
    )
    statuses = [s for s in Status if evaluation.by_status.get(s)]
    sections.append(
        Section(
            t("by_status"),
            Table(
                [t("status"), t("posts")],
                [
                    [translate("Status", STATUS_LABELS[s]), evaluation.by_status[s]]
                    for s in statuses
                ],
                total_row=[
                    translate(_R, WRITER_LABELS["total"]),
                    sum(evaluation.by_status.values()),
                ]
                if statuses
                else None,
                column_kinds=["text", "int"],
            ),
            sheet_name=t("sheet_status"),
        )
    )
    letterhead = ctx.letterhead
    signature = None
    if letterhead is not None:
        position, head_name, nip = ctx.head or ("", "", "")
        signed = generated_at.date()
        place = _place(letterhead.parent) or agency_name
        signature = Signature(
            place_date=fmt(
                "place_date",
                place=place,
                day=signed.day,
                month=translate(_R, MONTH_NAMES[signed.month - 1]),
                year=signed.year,
            ),
            acknowledged=t("acknowledged"),
            role=position or fmt("head_of", agency=agency_name),
            name=head_name,
            nip=nip,
            prepared_label=t("prepared"),
            prepared_role=t("prepared_role"),
            prepared_name=ctx.prepared_by,
        )
    subtitle = (
        fmt("subtitle_kop", month=month_name, year=month.year)
        if letterhead is not None
        else fmt("subtitle", agency=agency_name, month=month_name, year=month.year)
    )
    return Report(
        title=t("title"),
        subtitle=subtitle,
        generated_at=generated_at,
        summary=summary,
        sections=sections,
        letterhead=letterhead,
        summary_note=fmt("definitions", previous=last_name, year=last_month.year)
        if previous is not None
        else "",
        analysis=TextBlock(t("analysis"), ctx.analysis) if ctx.analysis.strip() else None,
        signature=signature,
    )
