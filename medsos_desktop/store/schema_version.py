"""The schema revision this version writes, importable without SQLAlchemy (start-up reads
the database file before the database layer is loaded)."""

SCHEMA_HEAD = "0015_request_withdrawal"
