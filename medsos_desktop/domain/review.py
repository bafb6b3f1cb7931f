"""Review and approval rules: the checklist a head of office confirms, what blocks it, and
who counts as the same person (nobody approves their own post)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP


class ReviewerRole(StrEnum):
    KEPALA_BIDANG = "kepala_bidang"
    KEPALA_DINAS = "kepala_dinas"


ROLE_LABELS = {
    ReviewerRole.KEPALA_BIDANG: QT_TRANSLATE_NOOP("Review", "Head of division (Kepala Bidang)"),
    ReviewerRole.KEPALA_DINAS: QT_TRANSLATE_NOOP("Review", "Head of office (Kepala Dinas)"),
}

CHECKLIST: tuple[tuple[str, str], ...] = (
    ("facts", QT_TRANSLATE_NOOP("Review", "Facts and sources are verified")),
    ("personal_data", QT_TRANSLATE_NOOP("Review", "No personal data is published")),
    ("children", QT_TRANSLATE_NOOP("Review", "Faces of children are blurred or absent")),
    ("alt_text", QT_TRANSLATE_NOOP("Review", "Every image has alt text")),
    ("sara", QT_TRANSLATE_NOOP("Review", "No SARA or hateful content")),
    (
        "checks",
        QT_TRANSLATE_NOOP(
            "Review", "Caption checks are clean, or each remaining finding has a written reason"
        ),
    ),
)
CHECKLIST_KEYS = tuple(key for key, _label in CHECKLIST)

PIN_PATTERN = re.compile(r"^\d{6,12}$")
# Nomor Induk Pegawai of a civil servant: 18 digits (birth date, appointment, sex, serial).
NIP_LENGTH = 18
MIN_OVERRIDE_REASON = 10

MSG_UNCHECKED = QT_TRANSLATE_NOOP(
    "Review", "Not approved: tick every item of the checklist ({missing} still open)."
)
MSG_OVERRIDE = QT_TRANSLATE_NOOP(
    "Review",
    "Not approved: the finding “{finding}” on {platform} needs a written reason of at least "
    "{min} characters, or the caption must be fixed.",
)
MSG_OWN_POST = QT_TRANSLATE_NOOP(
    "Review",
    "{reviewer} wrote or submitted this post and cannot approve it; another reviewer must.",
)
MSG_NIP_FORMAT = QT_TRANSLATE_NOOP(
    "Review", "A NIP has 18 digits (spaces are allowed); leave it empty if there is none."
)
MSG_PIN_FORMAT = QT_TRANSLATE_NOOP("Review", "A PIN is 6 to 12 digits.")
MSG_COMMENT_NEEDED = QT_TRANSLATE_NOOP(
    "Review", "Say what must change: a post sent back needs a comment for the admin."
)


@dataclass(frozen=True)
class BlockingFinding:
    """An error-level caption finding the reviewer must override with a reason."""

    key: str  # stable: "<platform>:<code>:<start>"
    platform: str
    message: str


@dataclass(frozen=True)
class Identity:
    """Who someone is, as far as this PC knows: a person record, their name, their NIP."""

    person_id: int | None
    name: str
    nip: str = ""


def normal_name(name: str) -> str:
    """Case, spacing and punctuation do not make another person: "dr. Rina  W" = "Dr Rina W"."""
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


def same_person(a: Identity, b: Identity) -> bool:
    """One person record, one NIP or one name: any of them is the same human.

    Two colleagues with exactly the same name are rare; refusing one of them an approval
    costs less than letting an admin approve their own post under a second record."""
    if a.person_id is not None and a.person_id == b.person_id:
        return True
    if a.nip and a.nip == b.nip:
        return True
    return bool(normal_name(a.name)) and normal_name(a.name) == normal_name(b.name)


@dataclass(frozen=True)
class ApprovalProblem:
    message: str
    params: Mapping[str, object]


def approval_problems(
    checklist: Mapping[str, bool],
    blocking: Sequence[BlockingFinding],
    overrides: Mapping[str, str],
    reviewer: Identity,
    authors: Sequence[Identity],
) -> list[ApprovalProblem]:
    """Everything that stops an approval, each with a message the reviewer can act on.

    `authors` are everyone who wrote, edited or submitted the post."""
    problems = []
    if any(same_person(reviewer, author) for author in authors):
        problems.append(ApprovalProblem(MSG_OWN_POST, {"reviewer": reviewer.name}))
    missing = [key for key in CHECKLIST_KEYS if not checklist.get(key)]
    if missing:
        problems.append(ApprovalProblem(MSG_UNCHECKED, {"missing": len(missing)}))
    for finding in blocking:
        reason = overrides.get(finding.key, "").strip()
        if len(reason) < MIN_OVERRIDE_REASON:
            problems.append(
                ApprovalProblem(
                    MSG_OVERRIDE,
                    {
                        "finding": finding.message,
                        "platform": finding.platform,
                        "min": MIN_OVERRIDE_REASON,
                    },
                )
            )
    return problems


def valid_pin(pin: str) -> bool:
    return bool(PIN_PATTERN.match(pin))


def normalize_nip(nip: str) -> str | None:
    """The NIP as 18 digits, "" when none was given, None when it is not a NIP."""
    digits = "".join(nip.split())
    if not digits:
        return ""
    if len(digits) != NIP_LENGTH or not digits.isascii() or not digits.isdigit():
        return None
    return digits
