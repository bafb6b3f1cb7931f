"""What the coordinator window shows of one post, built off the widgets: a revision's
approved captions as HTML, and the calendar's entries across agencies."""

from __future__ import annotations

import html
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from medsos_desktop.domain.approval_chain import Assurance
from medsos_desktop.domain.platforms import PLATFORM_ORDER, RULES
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP
from medsos_desktop.ui.common.translation import tr_role

if TYPE_CHECKING:
    from medsos_desktop.domain.calendar_days import PlanDay
    from medsos_desktop.services.coordinator import CoordinatorService
    from medsos_desktop.ui.calendar.model import CalendarEntry


def approved_captions_html(
    post: dict[str, object],
    assurance: str = "",
    approvers: str = "",
    status: str = "valid",
    evidence_src: str = "",
) -> str:
    """Who approved the post and how strongly that is proven (`assurance`, `approvers`: as
    the scan verified them; `status`: the revision's effective status), the screenshot of
    a WhatsApp approval (`evidence_src`: the image's name in the document, "" without
    one), then each platform's caption as the agency approved it."""
    from medsos_desktop.domain.posts import content_from_dict

    content_data = post.get("content")
    if not isinstance(content_data, dict):
        return ""
    try:
        content = content_from_dict(content_data)
    except (ValueError, TypeError, KeyError):
        return ""
    parts = [approval_html(post, assurance, approvers, status)]
    if evidence_src and assurance == Assurance.WHATSAPP.value:
        label = QCoreApplication.translate("CoordinatorWindow", "Screenshot of the WhatsApp reply")
        parts.append(f'<p><b>{escape(label)}</b><br><img src="{escape(evidence_src)}"></p>')
    for platform in PLATFORM_ORDER:
        if platform in content.platforms:
            caption = content.final_caption(platform)
            parts.append(
                f"<h4>{escape(RULES[platform].label)}</h4>"
                f"<p>{escape(caption).replace(chr(10), '<br>')}</p>"
            )
    return "".join(parts)


_APPROVAL_TEXTS = {
    Assurance.SIGNED.value: QT_TRANSLATE_NOOP(
        "CoordinatorWindow",
        "Approved by {approvers}. Every step is signed on the reviewers' own PCs and each "
        "signature was checked against the reviewers the agency registered.",
    ),
    Assurance.PIN.value: QT_TRANSLATE_NOOP(
        "CoordinatorWindow",
        "Approved by {approvers} ({role}) with their PIN on the admin's PC. Only the agency's "
        "device vouches for it.",
    ),
    Assurance.WHATSAPP.value: QT_TRANSLATE_NOOP(
        "CoordinatorWindow",
        "Approved by {approvers} in a WhatsApp reply; the admin attached its screenshot to "
        "this revision. The weakest proof: ask for signed approval.",
    ),
    Assurance.UNPROVEN.value: QT_TRANSLATE_NOOP(
        "CoordinatorWindow",
        "The approval claims reviewers' signatures that do not check out. Do not count it as "
        "approved; ask the agency.",
    ),
    Assurance.NONE.value: QT_TRANSLATE_NOOP(
        "CoordinatorWindow", "No approval is recorded with this revision."
    ),
}


# A revision that is not valid: what its approval says is not checked, and does not count.
_DEVICE_NOT_TRUSTED = ("untrusted", "unknown_device", "pending")
MSG_APPROVAL_AWAITS_TRUST = QT_TRANSLATE_NOOP(
    "CoordinatorWindow",
    "The revision names {approvers} as approving it. That cannot count until this agency's "
    "device is trusted: compare its key fingerprint in the Devices tab, then trust it.",
)
MSG_APPROVAL_NOT_VALID = QT_TRANSLATE_NOOP(
    "CoordinatorWindow",
    "The revision names {approvers} as approving it, but the revision is not valid, so the "
    "approval does not count.",
)
NEUTRAL = "#616161"


def approval_html(
    post: dict[str, object], assurance: str, approvers: str, status: str = "valid"
) -> str:
    """One paragraph: who approved, and what that rests on, in the words of its level;
    for a revision that is not valid (`status`), that its approval does not count yet."""
    from medsos_desktop.ui.coordinator.models import ASSURANCE_COLOURS, tr_assurance

    approval = post.get("approval")
    approval = approval if isinstance(approval, dict) else {}
    level = assurance if assurance in _APPROVAL_TEXTS else Assurance.NONE.value
    shown = approvers or str(approval.get("reviewer", ""))
    if status != "valid" and level != Assurance.NONE.value:
        # Nothing of it is checked against a trusted key yet: not green, not "checked".
        label = f'<b style="color:{NEUTRAL}">{escape(tr_assurance(level))}</b>'
        message = (
            MSG_APPROVAL_AWAITS_TRUST if status in _DEVICE_NOT_TRUSTED else MSG_APPROVAL_NOT_VALID
        )
        text = QCoreApplication.translate("CoordinatorWindow", message)
        return f"<p>{label}: {escape(text.format(approvers=shown))}</p>"
    colour = ASSURANCE_COLOURS.get(level, "#424242")
    label = f'<b style="color:{colour}">{escape(tr_assurance(level))}</b>'
    text = QCoreApplication.translate("CoordinatorWindow", _APPROVAL_TEXTS[level])
    role = tr_role(str(approval.get("role", "")))
    return f"<p>{label}: {escape(text.format(approvers=shown, role=role))}</p>"


# -- devices -------------------------------------------------------------------


def calendar_entries(
    service: CoordinatorService, first: date, last: date
) -> tuple[list[CalendarEntry], list[PlanDay]]:
    """Every post planned from `first` to `last`, across agencies, as calendar entries
    (read-only: the coordinator does not reschedule), and the holidays of those days.
    Runs on a worker."""
    from medsos_desktop.ui.calendar.model import CalendarEntry

    entries = [
        CalendarEntry(
            post_id=item.path,
            title=item.title,
            status=item.status,
            when=_planned_time(day, item.planned_at),
            agency=item.agency_name or item.agency,
            movable=False,
        )
        for day, items in service.calendar_between(first, last).items()
        for item in items
    ]
    return entries, service.plan_days(first, last)


def _planned_time(day: date, planned_at: str) -> datetime:
    """The planned time of day; midnight when post.json gives none."""
    try:
        moment = datetime.fromisoformat(planned_at[:19])
    except ValueError:
        return datetime(day.year, day.month, day.day)
    return datetime.combine(day, moment.time())


def escape(text: object) -> str:
    """Text for the window's HTML views."""
    return html.escape(str(text), quote=False)
