"""What signed decisions add up to in an approval chain: steps in order, "any one" and
"all of them", the fast track, and every decision that must not count."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from medsos_desktop.domain.approval_chain import (
    MSG_EMPTY_STEP,
    MSG_NO_STEPS,
    MSG_UNKNOWN_IN_STEP,
    ApprovalChain,
    ApprovalStep,
    ChainSettings,
    Decision,
    Outcome,
    ReviewerRegistration,
    SetAside,
    StepRule,
    Verdict,
    approval_expired,
    chain_problems,
    evaluate,
)

T0 = datetime(2026, 12, 1, 8, 0)
POST = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
CONTENT = "a" * 64

REVIEWERS = {
    rid: ReviewerRegistration(rid, name, jabatan, T0 - timedelta(days=30))
    for rid, name, jabatan in (
        ("kasi", "Dewi", "Kepala Seksi"),
        ("kabid-1", "Budi", "Kepala Bidang P2P"),
        ("kabid-2", "Sari", "Kepala Bidang Kesmas"),
        ("kadis", "dr. Hendra", "Kepala Dinas"),
    )
}

TWO_STEPS = ApprovalChain(
    (
        ApprovalStep("Kepala Bidang", ("kabid-1", "kabid-2"), StepRule.ANY),
        ApprovalStep("Kepala Dinas", ("kadis",)),
    )
)


def _decide(
    reviewer: str,
    step: int,
    minutes: int,
    verdict: Verdict = Verdict.APPROVE,
    **changes: object,
) -> Decision:
    values: dict[str, object] = {
        "reviewer_id": reviewer,
        "step": step,
        "verdict": verdict,
        "post_uuid": POST,
        "revision": 2,
        "content_hash": CONTENT,
        "signed_at": T0 + timedelta(minutes=minutes),
    }
    values.update(changes)
    return Decision(**values)  # type: ignore[arg-type]


def _evaluate(chain: ApprovalChain, *decisions: Decision):  # type: ignore[no-untyped-def]
    return evaluate(
        chain, decisions, post_uuid=POST, revision=2, content_hash=CONTENT, reviewers=REVIEWERS
    )


def test_two_steps_any_one_then_the_head_of_office() -> None:
    first = _evaluate(TWO_STEPS)
    assert (first.outcome, first.current_step, first.awaited) == (
        Outcome.PENDING,
        0,
        ("kabid-1", "kabid-2"),
    )
    after_kabid = _evaluate(TWO_STEPS, _decide("kabid-2", 0, 5))
    assert (after_kabid.current_step, after_kabid.awaited) == (1, ("kadis",))
    done = _evaluate(TWO_STEPS, _decide("kadis", 1, 9), _decide("kabid-2", 0, 5))
    assert done.outcome is Outcome.APPROVED
    assert [d.reviewer_id for d in done.counted] == ["kabid-2", "kadis"]


def test_all_of_them_waits_for_every_reviewer_of_the_step() -> None:
    chain = ApprovalChain(
        (ApprovalStep("Kepala Bidang", ("kabid-1", "kabid-2"), StepRule.ALL), TWO_STEPS.steps[1])
    )
    one = _evaluate(chain, _decide("kabid-1", 0, 1))
    assert (one.current_step, one.awaited) == (0, ("kabid-2",))
    both = _evaluate(chain, _decide("kabid-1", 0, 1), _decide("kabid-2", 0, 2))
    assert both.current_step == 1


def test_a_return_sends_the_post_back_whatever_comes_after() -> None:
    state = _evaluate(
        TWO_STEPS,
        _decide("kabid-1", 0, 1, Verdict.RETURN, comment="Sumber data belum ada"),
        _decide("kabid-2", 0, 2),
    )
    assert state.outcome is Outcome.RETURNED
    assert state.returned_by is not None and state.returned_by.comment == "Sumber data belum ada"
    assert state.set_aside[0][1] is SetAside.AFTER_OUTCOME


@pytest.mark.parametrize(
    ("decision", "reason"),
    [
        (_decide("kabid-1", 0, 1, post_uuid="00000000-0000-4000-8000-000000000000"), "other_post"),
        (_decide("kabid-1", 0, 1, revision=1), "other_revision"),
        (_decide("kabid-1", 0, 1, content_hash="b" * 64), "other_content"),
        (_decide("kadis", 0, 1), "not_of_step"),
        (_decide("kabid-1", 5, 1), "not_of_step"),
        (_decide("stranger", 0, 1), "unknown_reviewer"),
        (_decide("kadis", 1, 1), "too_early"),
    ],
)
def test_decisions_that_must_not_count_are_set_aside(decision: Decision, reason: str) -> None:
    state = _evaluate(TWO_STEPS, decision)
    assert state.outcome is Outcome.PENDING and state.current_step == 0
    assert [(d, r.value) for d, r in state.set_aside] == [(decision, reason)]


def test_a_reviewer_deactivated_before_signing_does_not_count() -> None:
    reviewers = dict(REVIEWERS)
    reviewers["kabid-1"] = ReviewerRegistration(
        "kabid-1", "Budi", "Kepala Bidang P2P", T0 - timedelta(days=30), T0
    )
    late = _decide("kabid-1", 0, 1)
    state = evaluate(
        TWO_STEPS, [late], post_uuid=POST, revision=2, content_hash=CONTENT, reviewers=reviewers
    )
    assert state.set_aside == ((late, SetAside.INACTIVE),)
    before = _decide("kabid-1", 0, -1)
    state = evaluate(
        TWO_STEPS, [before], post_uuid=POST, revision=2, content_hash=CONTENT, reviewers=reviewers
    )
    assert state.current_step == 1


def test_repeated_and_late_decisions_are_set_aside_and_order_does_not_matter() -> None:
    decisions = [
        _decide("kabid-1", 0, 1),
        _decide("kabid-2", 0, 2),  # the step was complete already
        _decide("kadis", 1, 3),
        _decide("kadis", 1, 4),  # after the chain was approved
    ]
    forwards = _evaluate(TWO_STEPS, *decisions)
    backwards = _evaluate(TWO_STEPS, *reversed(decisions))
    assert forwards == backwards
    assert forwards.outcome is Outcome.APPROVED
    assert [r for _d, r in forwards.set_aside] == [SetAside.STEP_DONE, SetAside.AFTER_OUTCOME]

    chain = ApprovalChain((ApprovalStep("Kepala Bidang", ("kabid-1", "kabid-2"), StepRule.ALL),))
    twice = _evaluate(chain, _decide("kabid-1", 0, 1), _decide("kabid-1", 0, 2))
    assert [r for _d, r in twice.set_aside] == [SetAside.REPEATED]


def test_urgent_categories_take_the_one_step_fast_track() -> None:
    settings = ChainSettings(
        default=TWO_STEPS,
        urgent_categories=frozenset({"klarifikasi_hoaks"}),
        fast_track_step=ApprovalStep("Kepala Dinas", ("kadis",)),
    )
    urgent = settings.chain_for("klarifikasi_hoaks")
    assert urgent.fast_track and len(urgent.steps) == 1
    assert settings.chain_for("kegiatan") is TWO_STEPS
    assert _evaluate(urgent, _decide("kadis", 0, 1)).outcome is Outcome.APPROVED


def test_an_approval_lapses_after_the_planned_date_plus_the_allowed_days() -> None:
    planned = T0 + timedelta(days=2)
    assert not approval_expired(T0, planned, False, planned + timedelta(days=2), 3)
    assert approval_expired(T0, planned, False, planned + timedelta(days=3), 3)
    assert not approval_expired(T0, planned, True, planned + timedelta(days=30), 3)
    assert not approval_expired(T0, None, False, T0 + timedelta(days=300), 0)
    assert approval_expired(T0, None, False, T0 + timedelta(days=3), 3)


def test_unusable_chains_are_named() -> None:
    assert chain_problems(ApprovalChain(()), list(REVIEWERS)) == [MSG_NO_STEPS]
    broken = ApprovalChain((ApprovalStep("Kosong", ()), ApprovalStep("Asing", ("siapa",))))
    assert chain_problems(broken, list(REVIEWERS)) == [MSG_EMPTY_STEP, MSG_UNKNOWN_IN_STEP]
    assert chain_problems(TWO_STEPS, list(REVIEWERS)) == []
