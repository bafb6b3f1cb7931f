"""Approval chains (issue 16, item 4): who must approve a post, in which order, and what a
set of signed decisions adds up to.

A chain is an ordered list of steps (Kasi → Kabid → Kadis, Diskominfo for sensitive
posts); each step names its reviewers and needs "any one" or "all of them". Categories
marked urgent (hoax clarification, emergency information) take a fast track of one step.

Everything here is pure: the decisions arrive already checked for their signatures by
the layer that reads them; this module decides what they mean. A decision counts only
for the exact content it was made on, by a reviewer of the step it is for, active when it
was signed, in step order; anything else is set aside with a reason, never applied.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from medsos_desktop.domain.text import QT_TRANSLATE_NOOP


class StepRule(StrEnum):
    ANY = "any"  # one reviewer of the step is enough
    ALL = "all"  # every reviewer of the step must approve


class Verdict(StrEnum):
    APPROVE = "approve"
    RETURN = "return"  # sent back with comments


@dataclass(frozen=True)
class ApprovalStep:
    title: str  # shown to people: "Kepala Bidang", "Kepala Dinas"
    reviewers: tuple[str, ...]  # reviewer ids
    rule: StepRule = StepRule.ANY


@dataclass(frozen=True)
class ApprovalChain:
    steps: tuple[ApprovalStep, ...]
    fast_track: bool = False

    def step_of(self, index: int) -> ApprovalStep | None:
        return self.steps[index] if 0 <= index < len(self.steps) else None


@dataclass(frozen=True)
class ChainSettings:
    """An agency's chains: one per category where it differs, a default for the rest, the
    urgent categories and their one step. `expiry_days`: an approval lapses when the post
    is not published this many days after its planned date (0: never)."""

    default: ApprovalChain
    by_category: Mapping[str, ApprovalChain] = field(default_factory=dict)
    urgent_categories: frozenset[str] = frozenset()
    fast_track_step: ApprovalStep | None = None
    expiry_days: int = 0

    def chain_for(self, category: str) -> ApprovalChain:
        if category in self.urgent_categories and self.fast_track_step is not None:
            return ApprovalChain((self.fast_track_step,), fast_track=True)
        return self.by_category.get(category, self.default)


@dataclass(frozen=True)
class ReviewerRegistration:
    """A reviewer as the agency registered them (signed by an admin device elsewhere)."""

    reviewer_id: str
    name: str
    jabatan: str
    registered_at: datetime
    deactivated_at: datetime | None = None

    def active_at(self, moment: datetime) -> bool:
        if moment < self.registered_at:
            return False
        return self.deactivated_at is None or moment < self.deactivated_at


@dataclass(frozen=True)
class Decision:
    """One reviewer's signed decision. `content_hash` is the hash of the exact content
    reviewed; `revision` the post's revision; `signed_at` from the signed record."""

    reviewer_id: str
    step: int
    verdict: Verdict
    post_uuid: str
    revision: int
    content_hash: str
    signed_at: datetime
    comment: str = ""


class SetAside(StrEnum):
    OTHER_POST = "other_post"
    OTHER_REVISION = "other_revision"
    OTHER_CONTENT = "other_content"  # made on content that has changed since
    NOT_OF_STEP = "not_of_step"
    UNKNOWN_REVIEWER = "unknown_reviewer"
    INACTIVE = "inactive"  # deactivated (or not yet registered) when signed
    TOO_EARLY = "too_early"  # for a step whose earlier steps were not complete
    REPEATED = "repeated"  # the same reviewer decided this step already
    STEP_DONE = "step_done"  # for a step that was already complete
    AFTER_OUTCOME = "after_outcome"  # the chain was already approved or returned


SET_ASIDE_TEXTS: dict[SetAside, str] = {
    SetAside.OTHER_POST: QT_TRANSLATE_NOOP("Approval", "made on another post"),
    SetAside.OTHER_REVISION: QT_TRANSLATE_NOOP("Approval", "made on another revision"),
    SetAside.OTHER_CONTENT: QT_TRANSLATE_NOOP(
        "Approval", "made on a version of the post that has been edited since"
    ),
    SetAside.NOT_OF_STEP: QT_TRANSLATE_NOOP("Approval", "{name} is not a reviewer of step {step}"),
    SetAside.UNKNOWN_REVIEWER: QT_TRANSLATE_NOOP(
        "Approval", "signed by a reviewer this agency has not registered"
    ),
    SetAside.INACTIVE: QT_TRANSLATE_NOOP(
        "Approval", "{name} was not an active reviewer when it was signed"
    ),
    SetAside.TOO_EARLY: QT_TRANSLATE_NOOP(
        "Approval", "made for step {step} before the steps before it were complete"
    ),
    SetAside.REPEATED: QT_TRANSLATE_NOOP("Approval", "{name} had already decided step {step}"),
    SetAside.STEP_DONE: QT_TRANSLATE_NOOP(
        "Approval", "made for step {step}, which was already complete"
    ),
    SetAside.AFTER_OUTCOME: QT_TRANSLATE_NOOP(
        "Approval", "arrived after the chain was already decided"
    ),
}


class Assurance(StrEnum):
    """How strongly a post's approval is proven, as the coordinator reports it (item 5)."""

    SIGNED = "signed"  # every step signed by reviewers' own keys
    PIN = "pin"  # a reviewer's PIN on the admin's PC: only the admin's device asserts it
    WHATSAPP = "whatsapp"  # a reply received by WhatsApp, its screenshot attached: weakest
    NONE = "none"  # no approval recorded
    UNPROVEN = "unproven"  # claims signatures that do not hold


ASSURANCE_TEXTS: dict[Assurance, str] = {
    Assurance.SIGNED: QT_TRANSLATE_NOOP("Approval", "signed by reviewers"),
    Assurance.PIN: QT_TRANSLATE_NOOP("Approval", "PIN on the admin's PC"),
    Assurance.WHATSAPP: QT_TRANSLATE_NOOP("Approval", "WhatsApp evidence"),
    Assurance.NONE: QT_TRANSLATE_NOOP("Approval", "no approval recorded"),
    Assurance.UNPROVEN: QT_TRANSLATE_NOOP("Approval", "proof does not hold"),
}
# Strongest first: how reports order and count them.
ASSURANCE_ORDER: tuple[Assurance, ...] = (
    Assurance.SIGNED,
    Assurance.PIN,
    Assurance.WHATSAPP,
    Assurance.NONE,
    Assurance.UNPROVEN,
)


class Outcome(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    RETURNED = "returned"
    EXPIRED = "expired"


@dataclass(frozen=True)
class ChainState:
    outcome: Outcome
    current_step: int  # the step awaiting decisions (len(steps) once approved)
    awaited: tuple[str, ...]  # reviewer ids whose decision the current step still needs
    counted: tuple[Decision, ...]  # the decisions that count, in the order they counted
    set_aside: tuple[tuple[Decision, SetAside], ...]
    returned_by: Decision | None = None


def evaluate(
    chain: ApprovalChain,
    decisions: Iterable[Decision],
    *,
    post_uuid: str,
    revision: int,
    content_hash: str,
    reviewers: Mapping[str, ReviewerRegistration],
) -> ChainState:
    """What the decisions add up to for this revision with this content: step by step,
    within a step in the order they were signed (ties by reviewer id), so every reader
    gets the same answer. Steps first, not times: the PCs' clocks differ, and a later
    step's request exists only once the steps before it are complete."""
    ordered = sorted(decisions, key=lambda d: (d.step, d.signed_at, d.reviewer_id))
    counted: list[Decision] = []
    set_aside: list[tuple[Decision, SetAside]] = []
    approvals: dict[int, set[str]] = {}
    step = 0
    returned: Decision | None = None
    for decision in ordered:
        reason = _reason_to_set_aside(chain, decision, post_uuid, revision, content_hash, reviewers)
        if reason is None and (returned is not None or step >= len(chain.steps)):
            reason = SetAside.AFTER_OUTCOME
        if reason is None and decision.step > step:
            reason = SetAside.TOO_EARLY
        if reason is None and decision.step < step:
            reason = SetAside.STEP_DONE
        if reason is None and decision.reviewer_id in approvals.get(step, set()):
            reason = SetAside.REPEATED
        if reason is not None:
            set_aside.append((decision, reason))
            continue
        counted.append(decision)
        if decision.verdict is Verdict.RETURN:
            returned = decision
            continue
        approvals.setdefault(step, set()).add(decision.reviewer_id)
        if _step_complete(chain.steps[step], approvals[step]):
            step += 1
    if returned is not None:
        return ChainState(Outcome.RETURNED, step, (), tuple(counted), tuple(set_aside), returned)
    if step >= len(chain.steps):
        return ChainState(Outcome.APPROVED, step, (), tuple(counted), tuple(set_aside))
    current = chain.steps[step]
    awaited = _awaited(current, approvals.get(step, set()))
    return ChainState(Outcome.PENDING, step, awaited, tuple(counted), tuple(set_aside))


def _reason_to_set_aside(
    chain: ApprovalChain,
    decision: Decision,
    post_uuid: str,
    revision: int,
    content_hash: str,
    reviewers: Mapping[str, ReviewerRegistration],
) -> SetAside | None:
    if decision.post_uuid != post_uuid:
        return SetAside.OTHER_POST
    if decision.revision != revision:
        return SetAside.OTHER_REVISION
    if decision.content_hash != content_hash:
        return SetAside.OTHER_CONTENT
    registration = reviewers.get(decision.reviewer_id)
    if registration is None:
        return SetAside.UNKNOWN_REVIEWER
    if not registration.active_at(decision.signed_at):
        return SetAside.INACTIVE
    step = chain.step_of(decision.step)
    if step is None or decision.reviewer_id not in step.reviewers:
        return SetAside.NOT_OF_STEP
    return None


def _step_complete(step: ApprovalStep, approved_by: set[str]) -> bool:
    if step.rule is StepRule.ANY:
        return bool(approved_by)
    return set(step.reviewers) <= approved_by


def _awaited(step: ApprovalStep, approved_by: set[str]) -> tuple[str, ...]:
    return tuple(r for r in step.reviewers if r not in approved_by)


def approval_expired(
    approved_at: datetime,
    planned_at: datetime | None,
    published: bool,
    now: datetime,
    expiry_days: int,
) -> bool:
    """An approval lapses when the post is still unpublished `expiry_days` after its
    planned date (or after the approval, for a post without one)."""
    if published or expiry_days <= 0:
        return False
    start = max(approved_at, planned_at) if planned_at is not None else approved_at
    return now >= start + timedelta(days=expiry_days)


def chain_problems(chain: ApprovalChain, known_reviewers: Sequence[str]) -> list[str]:
    """What makes a chain unusable, as message keys: no steps, a step without reviewers,
    a reviewer the agency has not registered."""
    problems: list[str] = []
    if not chain.steps:
        problems.append(MSG_NO_STEPS)
    for step in chain.steps:
        if not step.reviewers:
            problems.append(MSG_EMPTY_STEP)
        if any(r not in known_reviewers for r in step.reviewers):
            problems.append(MSG_UNKNOWN_IN_STEP)
    return problems


MSG_NO_STEPS = QT_TRANSLATE_NOOP("Approval", "An approval chain needs at least one step.")
MSG_EMPTY_STEP = QT_TRANSLATE_NOOP("Approval", "Every step needs at least one reviewer.")
MSG_UNKNOWN_IN_STEP = QT_TRANSLATE_NOOP(
    "Approval", "A step names a reviewer who is not registered with this agency."
)


# --- stored form ---------------------------------------------------------------------------


def step_to_dict(step: ApprovalStep) -> dict[str, object]:
    return {"title": step.title, "reviewers": list(step.reviewers), "rule": step.rule.value}


def step_from_dict(data: Mapping[str, object]) -> ApprovalStep:
    reviewers = data.get("reviewers", [])
    if not isinstance(reviewers, list):
        raise ValueError("reviewers")
    return ApprovalStep(
        title=str(data.get("title", "")),
        reviewers=tuple(str(r) for r in reviewers),
        rule=StepRule(str(data.get("rule", StepRule.ANY.value))),
    )


def chain_to_dict(chain: ApprovalChain) -> dict[str, object]:
    return {"steps": [step_to_dict(s) for s in chain.steps], "fast_track": chain.fast_track}


def chain_from_dict(data: Mapping[str, object]) -> ApprovalChain:
    steps = data.get("steps", [])
    if not isinstance(steps, list):
        raise ValueError("steps")
    return ApprovalChain(
        tuple(step_from_dict(s) for s in steps if isinstance(s, Mapping)),
        bool(data.get("fast_track", False)),
    )


def settings_to_dict(settings: ChainSettings) -> dict[str, object]:
    return {
        "default": chain_to_dict(settings.default),
        "by_category": {k: chain_to_dict(v) for k, v in sorted(settings.by_category.items())},
        "urgent_categories": sorted(settings.urgent_categories),
        "fast_track_step": step_to_dict(settings.fast_track_step)
        if settings.fast_track_step is not None
        else None,
        "expiry_days": settings.expiry_days,
    }


def settings_from_dict(data: Mapping[str, object]) -> ChainSettings:
    default = data.get("default")
    by_category = data.get("by_category") or {}
    urgent = data.get("urgent_categories") or []
    fast = data.get("fast_track_step")
    expiry = data.get("expiry_days", 0)
    if not isinstance(default, Mapping) or not isinstance(by_category, Mapping):
        raise ValueError("chain settings")
    if not isinstance(urgent, list) or not isinstance(expiry, int):
        raise ValueError("chain settings")
    return ChainSettings(
        default=chain_from_dict(default),
        by_category={
            str(k): chain_from_dict(v) for k, v in by_category.items() if isinstance(v, Mapping)
        },
        urgent_categories=frozenset(str(c) for c in urgent),
        fast_track_step=step_from_dict(fast) if isinstance(fast, Mapping) else None,
        expiry_days=expiry,
    )
