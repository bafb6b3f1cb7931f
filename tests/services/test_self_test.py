"""`medsos self-test`'s steps, run in-process: every layer answers in a throw-away folder."""

from __future__ import annotations

from medsos_desktop.services.self_test import self_test


def test_every_step_passes_and_is_reported_once() -> None:
    lines: list[str] = []
    failures = self_test(lines.append)
    assert failures == []
    assert lines and all(line.startswith("ok   ") for line in lines), lines
    steps = [line[5:] for line in lines]
    assert len(steps) == len(set(steps))
    for needed in (
        "store: create and migrate",
        "sync: build and verify a package",
        "coordinator: scan the folder",
        "render: infographic template",
        "render: report PDF and XLSX",
        "translations: Indonesian",
    ):
        assert needed in steps
