"""Reply templates for citizens' comments and messages: the bundled ones and the admin's own.

Admins answer the same questions every day (opening hours, KTP requirements, a hoax going
round); a ready, polite reply with the blanks filled saves time and keeps the tone of the
agency. Placeholders work exactly as in caption templates (`{nama}`, `{{` for a brace), so
a broken one is reported and left visible, never a crash.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from medsos_desktop.domain.caption_templates import (
    KNOWN_FIELDS,
    SEVERITY_ERROR,
    TemplateProblem,
    fill,
    format_problem,
    has_errors,
    parse_placeholders,
    validate_template,
)
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, UserFacingError
from medsos_desktop.paths import resource_path
from medsos_desktop.services.agency import load_profile
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import ReplyTemplateRecord, utcnow
from medsos_desktop.store.queries import Session
from medsos_desktop.store.queries import replies as queries

__all__ = [
    "REPLY_CATEGORIES",
    "FilledReply",
    "RepliesService",
    "ReplyError",
    "ReplyField",
    "ReplyTemplate",
    "TemplateProblem",
    "fill_reply",
    "format_problem",
    "matches_search",
    "reply_fields",
    "reply_problems",
]

_CTX = "Replies"
FORMAT = "medsos-replies"
VERSION = 1

REPLY_CATEGORIES: dict[str, str] = {
    "salam": QT_TRANSLATE_NOOP("Replies", "Greetings"),
    "informasi": QT_TRANSLATE_NOOP("Replies", "Information"),
    "pengaduan": QT_TRANSLATE_NOOP("Replies", "Complaints"),
    "klarifikasi": QT_TRANSLATE_NOOP("Replies", "Clarifications"),
    "darurat": QT_TRANSLATE_NOOP("Replies", "Emergencies"),
    "apresiasi": QT_TRANSLATE_NOOP("Replies", "Thanks and feedback"),
    "lainnya": QT_TRANSLATE_NOOP("Replies", "Other"),
}
DEFAULT_CATEGORY = "lainnya"

MSG_INVALID = QT_TRANSLATE_NOOP(
    "Replies", "The reply has {count} error(s) listed below; fix them before saving."
)
MSG_BUILTIN = QT_TRANSLATE_NOOP(
    "Replies", "Built-in replies cannot be changed; duplicate it and edit the copy."
)
MSG_MISSING = QT_TRANSLATE_NOOP("Replies", "That reply no longer exists.")
MSG_BAD_RESOURCE = QT_TRANSLATE_NOOP(
    "Replies",
    "The built-in replies ({path}) cannot be read: {reason}. Reinstall Medsos Desktop; "
    "your own replies are not affected.",
)
COPY_NAME = QT_TRANSLATE_NOOP("Replies", "{name} (copy)")


class ReplyError(UserFacingError):
    def __init__(
        self, message: str, problems: list[TemplateProblem] | None = None, **params: object
    ) -> None:
        super().__init__(_CTX, message, **params)
        self.problems = problems or []


@dataclass(frozen=True)
class ReplyTemplate:
    key: str  # the built-in's key from replies.json, or "own-<n>"
    title: str
    category: str  # a REPLY_CATEGORIES key
    body: str
    builtin: bool = False


@dataclass(frozen=True)
class ReplyField:
    """One blank of the fill-in form; `label` is English source text under `context`."""

    name: str
    label: str
    context: str
    hint: str = ""
    multiline: bool = False


@dataclass(frozen=True)
class FilledReply:
    text: str
    missing: tuple[str, ...]  # placeholders still without a value, left as {name}
    problems: tuple[TemplateProblem, ...]  # malformed parts, left as written


REPLY_FIELDS: dict[str, ReplyField] = {
    field.name: field
    for field in (
        ReplyField("nama", QT_TRANSLATE_NOOP("Replies", "Citizen's name or account"), _CTX, "Budi"),
        ReplyField(
            "jam_layanan",
            QT_TRANSLATE_NOOP("Replies", "Service hours"),
            _CTX,
            "Senin–Jumat pukul 08.00–15.00 WIB",
        ),
        ReplyField(
            "nomor_layanan",
            QT_TRANSLATE_NOOP("Replies", "Service number"),
            _CTX,
            "WhatsApp 0812-3456-7890",
        ),
        ReplyField(
            "instansi_terkait",
            QT_TRANSLATE_NOOP("Replies", "Responsible agency"),
            _CTX,
            "Dinas Pekerjaan Umum dan Penataan Ruang",
        ),
    )
}


def _humanise(name: str) -> str:
    text = " ".join(name.replace("_", " ").split())
    return text[:1].upper() + text[1:]


def reply_fields(body: str) -> list[ReplyField]:
    """The form for a reply: one field per distinct placeholder, in reading order."""
    placeholders, _ = parse_placeholders(body)
    seen: set[str] = set()
    out: list[ReplyField] = []
    for placeholder in placeholders:
        name = placeholder.name
        if name in seen:
            continue
        seen.add(name)
        if name in REPLY_FIELDS:
            out.append(REPLY_FIELDS[name])
        elif name in KNOWN_FIELDS:
            spec = KNOWN_FIELDS[name]
            out.append(
                ReplyField(name, spec.label, "CaptionTemplate", spec.hint, spec.kind == "multiline")
            )
        else:
            # Not marked for translation: the admin invented the name, it is shown as written.
            out.append(ReplyField(name, _humanise(name), "", ""))
    return out


def reply_problems(title: str, body: str) -> list[TemplateProblem]:
    """What to fix before saving; the reply fields are standard here, not "unknown"."""
    return [
        p
        for p in validate_template(title, body)
        if not (p.code == "unknown" and p.params.get("name") in REPLY_FIELDS)
    ]


def fill_reply(body: str, values: Mapping[str, str]) -> FilledReply:
    """The reply with the values put in; blanks stay visible as {name}, nothing raises."""
    placeholders, problems = parse_placeholders(body)
    filled = {k: v for k, v in values.items() if v is not None and str(v).strip()}
    missing: list[str] = []
    for placeholder in placeholders:
        if placeholder.name not in filled and placeholder.name not in missing:
            missing.append(placeholder.name)
    errors = tuple(p for p in problems if p.severity == SEVERITY_ERROR)
    return FilledReply(fill(body, filled), tuple(missing), errors)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matches_search(template: ReplyTemplate, text: str) -> bool:
    """Every typed word is in the title, the text or the category; accents and case aside."""
    words = _fold(text).split()
    haystack = _fold(
        " ".join(
            (template.title, template.body, template.category, REPLY_CATEGORIES[template.category])
        )
    )
    return all(word in haystack for word in words)


def load_builtin_replies(path: Path | None = None) -> list[ReplyTemplate]:
    """The bundled replies; a damaged file is refused whole with the reason."""
    source = path or resource_path("replies", "replies.json")
    try:
        doc = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ReplyError(MSG_BAD_RESOURCE, path=str(source), reason=str(exc)) from exc

    def bad(reason: str) -> ReplyError:
        return ReplyError(MSG_BAD_RESOURCE, path=str(source), reason=reason)

    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise bad(f"not a {FORMAT} file")
    if doc.get("version") != VERSION:
        raise bad(f"version {doc.get('version')!r} is not {VERSION}")
    items = doc.get("replies")
    if not isinstance(items, list):
        raise bad("no list of replies")
    out: list[ReplyTemplate] = []
    keys: set[str] = set()
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise bad(f"reply {index} is not an object")
        key, title, body = item.get("key"), item.get("title"), item.get("body")
        category = item.get("category")
        if not (isinstance(key, str) and isinstance(title, str) and isinstance(body, str)):
            raise bad(f"reply {index} needs a key, a title and a body")
        if not (key.strip() and title.strip() and body.strip()):
            raise bad(f"reply {index} needs a key, a title and a body")
        if key in keys or key.startswith("own-"):
            raise bad(f"reply key {key!r} is repeated or reserved")
        keys.add(key)
        cat = category if isinstance(category, str) and category in REPLY_CATEGORIES else None
        out.append(ReplyTemplate(key, title, cat or DEFAULT_CATEGORY, body, builtin=True))
    return out


def _from_record(row: ReplyTemplateRecord) -> ReplyTemplate:
    category = row.category if row.category in REPLY_CATEGORIES else DEFAULT_CATEGORY
    return ReplyTemplate(row.key, row.title, category, row.body, row.builtin)


_OWN = re.compile(r"own-(\d+)")


class RepliesService:
    def __init__(self, db: Database, resource: Path | None = None) -> None:
        self.db = db
        self.resource = resource
        self._seeded = False

    def _seed(self, session: Session) -> None:
        """Bring the stored built-ins in line with the bundled file (a new release may add
        or reword some); own replies are never touched."""
        builtins = {t.key: t for t in load_builtin_replies(self.resource)}
        rows = {r.key: r for r in queries.builtin_replies(session)}
        for key, row in rows.items():
            if key not in builtins:
                session.delete(row)
        for key, template in builtins.items():
            row = rows.get(key)
            if row is None:
                row = ReplyTemplateRecord(key=key, builtin=True)
                session.add(row)
            elif (row.title, row.category, row.body) == (
                template.title,
                template.category,
                template.body,
            ):
                continue
            row.title = template.title
            row.category = template.category
            row.body = template.body
            row.updated_at = utcnow()

    def _ensure_seeded(self) -> None:
        if self._seeded:
            return
        with self.db.transaction() as session:
            self._seed(session)
        self._seeded = True

    def list(self) -> list[ReplyTemplate]:
        """Built-ins first in the bundled order by category, then own replies by title."""
        self._ensure_seeded()
        with self.db.session() as session:
            rows = queries.all_replies(session)
            templates = [_from_record(r) for r in rows]
        order = {key: index for index, key in enumerate(REPLY_CATEGORIES)}
        return sorted(
            templates,
            key=lambda t: (not t.builtin, order.get(t.category, 99), _fold(t.title), t.key),
        )

    def get(self, key: str) -> ReplyTemplate | None:
        return next((t for t in self.list() if t.key == key), None)

    def search(self, text: str) -> list[ReplyTemplate]:
        """Replies with every typed word in the title, the text or the category name;
        accents and case do not matter."""
        return [t for t in self.list() if matches_search(t, text)]

    @staticmethod
    def _check(title: str, body: str) -> None:
        problems = reply_problems(title, body)
        if has_errors(problems):
            errors = [p for p in problems if p.severity == SEVERITY_ERROR]
            raise ReplyError(MSG_INVALID, problems, count=len(errors))

    def create(self, title: str, category: str, body: str) -> ReplyTemplate:
        self._check(title, body)
        category = category if category in REPLY_CATEGORIES else DEFAULT_CATEGORY
        self._ensure_seeded()
        with self.db.transaction() as session:
            numbers = [
                int(m.group(1))
                for key in queries.keys_starting(session, "own-")
                if (m := _OWN.fullmatch(key))
            ]
            key = f"own-{max(numbers, default=0) + 1}"
            session.add(
                ReplyTemplateRecord(
                    key=key,
                    title=title.strip(),
                    category=category,
                    body=body,
                    builtin=False,
                    updated_at=utcnow(),
                )
            )
        return ReplyTemplate(key, title.strip(), category, body, builtin=False)

    def edit(self, key: str, title: str, category: str, body: str) -> ReplyTemplate:
        self._check(title, body)
        category = category if category in REPLY_CATEGORIES else DEFAULT_CATEGORY
        self._ensure_seeded()
        with self.db.transaction() as session:
            row = queries.reply(session, key)
            if row is None:
                raise ReplyError(MSG_MISSING)
            if row.builtin:
                raise ReplyError(MSG_BUILTIN)
            row.title = title.strip()
            row.category = category
            row.body = body
            row.updated_at = utcnow()
        return ReplyTemplate(key, title.strip(), category, body, builtin=False)

    def duplicate(self, key: str, title: str | None = None) -> ReplyTemplate:
        """An own copy to edit; `title` is the translated "… (copy)" from the caller."""
        source = self.get(key)
        if source is None:
            raise ReplyError(MSG_MISSING)
        return self.create(
            title or COPY_NAME.format(name=source.title), source.category, source.body
        )

    def delete(self, key: str) -> None:
        self._ensure_seeded()
        with self.db.transaction() as session:
            row = queries.reply(session, key)
            if row is None:
                return
            if row.builtin:
                raise ReplyError(MSG_BUILTIN)
            queries.delete_reply(session, key)

    @staticmethod
    def fill(template: ReplyTemplate | str, values: Mapping[str, str]) -> FilledReply:
        body = template.body if isinstance(template, ReplyTemplate) else template
        return fill_reply(body, values)

    def autofill(self) -> dict[str, str]:
        """Blanks the agency profile already answers, so the form can pre-fill them."""
        profile = load_profile(self.db)
        values = {}
        if profile.name.strip():
            values["instansi"] = profile.name.strip()
        if profile.parent_government.strip():
            values["pemerintah"] = profile.parent_government.strip()
        if profile.contacts:
            values["nomor_layanan"] = profile.contacts[0].strip()
        return values
