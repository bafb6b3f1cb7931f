"""Caption templates: the built-in ones from the domain plus the admin's own, stored locally."""

from __future__ import annotations

import uuid

from medsos_desktop.domain.caption_templates import (
    BUILTIN_TEMPLATES,
    CaptionTemplate,
    TemplateProblem,
    has_errors,
    validate_template,
)
from medsos_desktop.domain.posts import Category
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import CaptionTemplateRecord, utcnow
from medsos_desktop.store.queries import templates as queries

MSG_INVALID = QT_TRANSLATE_NOOP(
    "Templates", "The template has {count} error(s) listed below; fix them before saving."
)
MSG_BUILTIN = QT_TRANSLATE_NOOP(
    "Templates", "Built-in templates cannot be changed; duplicate it and edit the copy."
)
COPY_SUFFIX = QT_TRANSLATE_NOOP("Templates", "{name} (copy)")


class TemplateError(UserFacingError):
    def __init__(
        self, message: str, problems: list[TemplateProblem] | None = None, **params: object
    ) -> None:
        super().__init__("Templates", message, **params)
        self.problems = problems or []


def _from_record(row: CaptionTemplateRecord) -> CaptionTemplate:
    try:
        category = Category(row.category)
    except ValueError:
        category = Category.LAINNYA
    return CaptionTemplate(
        key=row.key, name=row.name, category=category, body=row.body, builtin=False
    )


class TemplateService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self) -> list[CaptionTemplate]:
        with self.db.session() as session:
            rows = queries.caption_templates(session)
            return [*BUILTIN_TEMPLATES, *(_from_record(r) for r in rows)]

    def get(self, key: str) -> CaptionTemplate | None:
        return next((t for t in self.list() if t.key == key), None)

    def save(self, template: CaptionTemplate) -> CaptionTemplate:
        """Create or update an own template; errors in its text are refused with the reasons."""
        if template.builtin:
            raise TemplateError(MSG_BUILTIN)
        problems = validate_template(template.name, template.body)
        if has_errors(problems):
            errors = [p for p in problems if p.severity == "error"]
            raise TemplateError(MSG_INVALID, problems, count=len(errors))
        key = template.key or f"user.{uuid.uuid4()}"
        with self.db.transaction() as session:
            row = queries.caption_template(session, key)
            if row is None:
                row = CaptionTemplateRecord(key=key)
                session.add(row)
            row.name = template.name.strip()
            row.category = template.category.value
            row.body = template.body
            row.updated_at = utcnow()
        return CaptionTemplate(
            key=key,
            name=template.name.strip(),
            category=template.category,
            body=template.body,
            builtin=False,
        )

    def duplicate(self, key: str, copy_name: str | None = None) -> CaptionTemplate:
        source = self.get(key)
        if source is None:
            raise KeyError(key)
        name = copy_name or COPY_SUFFIX.format(name=source.name)
        return self.save(
            CaptionTemplate(
                key="", name=name, category=source.category, body=source.body, builtin=False
            )
        )

    def delete(self, key: str) -> None:
        if any(t.key == key for t in BUILTIN_TEMPLATES):
            raise TemplateError(MSG_BUILTIN)
        with self.db.transaction() as session:
            queries.delete_caption_template(session, key)
