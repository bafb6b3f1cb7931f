"""The store's queries, one module per area (posts, review, metrics, ...): small typed
functions that take the caller's Session and return models or plain values.

Services open the session or the transaction (`Database.session()`,
`Database.transaction()`), apply the rules and call these; they build no SQL themselves
and import no SQLAlchemy (tests/test_layers.py). `Session` is named here so a service
can annotate a session it passes between its own steps. It is imported on first use, so
that `post_list.read_rows_directly` fills the first screen before SQLAlchemy is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["Session"]


def __getattr__(name: str) -> Any:
    if name == "Session":
        from sqlalchemy.orm import Session

        return Session
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
