"""The store's queries, one module per area (posts, review, metrics, ...): small typed
functions that take the caller's Session and return models or plain values.

Services open the session or the transaction (`Database.session()`,
`Database.transaction()`), apply the rules and call these; they build no SQL themselves
and import no SQLAlchemy (tests/test_layers.py). `Session` is named here so a service
can annotate a session it passes between its own steps.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

__all__ = ["Session"]
