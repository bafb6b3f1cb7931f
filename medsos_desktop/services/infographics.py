"""Infographics for a post: choose a template, fill it, preview it, export it as images
attached to the post, in the agency's brand."""

from __future__ import annotations

import dataclasses
import json
import re
import threading
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medsos_desktop.domain.brand import BrandKit
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import MediaRef
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, UserFacingError
from medsos_desktop.render.engine import SIZES, RenderProblem, RenderResult, render, slide_count
from medsos_desktop.render.export import export_image, limit_for
from medsos_desktop.render.fonts import FontRegistry
from medsos_desktop.render.spec import (
    OWN_PREFIX,
    TemplateSpec,
    is_own_template,
    load_builtin_templates,
    parse_template,
    template_to_json,
)
from medsos_desktop.store.blobs import get_blob, put_blob
from medsos_desktop.store.db import Database
from medsos_desktop.store.models import InfographicTemplateRecord, PostInfographic, utcnow
from medsos_desktop.store.queries import infographics as queries

FieldValues = dict[str, str | list[str]]
MSG_UNREADABLE = QT_TRANSLATE_NOOP("TemplatePackage", "{name} cannot be read: {reason}")
DEFAULT_SIZE = "portrait"
SHARED_PREFIX = "diskominfo-"  # keys of the templates Diskominfo shared
MAX_ALT_TEXT = 420


@dataclass
class InfographicState:
    """What the admin chose for a post's infographic; kept so it can be edited later."""

    template_key: str
    size_key: str = DEFAULT_SIZE
    fields: FieldValues = field(default_factory=dict)


class ExportRefused(UserFacingError):
    """An infographic that cannot be published as it is: a text does not fit its design
    even at the smallest readable size. The message names the field."""

    def __init__(self, problem: RenderProblem) -> None:
        super().__init__("Render", problem.message, **problem.params)
        self.problem = problem

    def render(self, translate: Translate | None = None) -> str:
        return self.problem.render(translate)


def _clean_fields(raw: object) -> FieldValues:
    out: FieldValues = {}
    if not isinstance(raw, dict):
        return out
    for key, value in raw.items():
        if isinstance(value, str):
            out[str(key)] = value
        elif isinstance(value, list):
            out[str(key)] = [str(v) for v in value if isinstance(v, str)]
    return out


_DECORATIVE_ARROWS = re.compile(r"\s*[\u2190-\u21ff\u2794-\u27bf\u2b05-\u2b07\u2b95]")


def propose_alt_text(spec: TemplateSpec, fields: Mapping[str, str | list[str]]) -> str:
    """Alt text from the infographic's own words: what it is, then its text in order."""
    parts: list[str] = []
    for spec_field in spec.fields:
        if spec_field.kind in {"image", "url"}:
            continue
        value = fields.get(spec_field.name)
        if value is None:
            value = spec_field.default
        if isinstance(value, list):
            items = [v.strip() for v in value if v and v.strip()]
            if items:
                parts.append("; ".join(items))
        elif isinstance(value, str) and value.strip():
            parts.append(value.strip())
    # Arrows are decoration ("Geser untuk selengkapnya →"): a screen reader says
    # "rightwards arrow", and the approval sheet's font names it in brackets.
    joined = _DECORATIVE_ARROWS.sub("", ". ".join(p.rstrip(".") for p in parts))
    text = re.sub(r"\s+", " ", joined).strip()
    # "Infografis Infografis Poin-poin" when the template's name already says it.
    kind = spec.name if spec.name.casefold().startswith("infografis") else f"Infografis {spec.name}"
    text = f"{kind}: {text}." if text else f"{kind}."
    if len(text) > MAX_ALT_TEXT:
        text = text[: MAX_ALT_TEXT - 1].rsplit(" ", 1)[0] + "…"
    return text


def default_size_for(platforms: Iterable[Platform]) -> str:
    """The size that serves most of the post's platforms: 4:5 feed for Instagram, Facebook
    and Threads; otherwise the one platform's own format."""
    chosen = set(platforms)
    if chosen & {Platform.INSTAGRAM, Platform.FACEBOOK, Platform.THREADS} or not chosen:
        return "portrait"
    if chosen == {Platform.X}:
        return "x"
    if chosen == {Platform.YOUTUBE}:
        return "youtube"
    if chosen <= {Platform.TIKTOK, Platform.X, Platform.YOUTUBE} and Platform.TIKTOK in chosen:
        return "story"
    return "square"


class InfographicService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._fonts = FontRegistry(self._blob)
        # Fonts and their caches are shared: previews and exports take turns.
        self._render_lock = threading.Lock()

    def _blob(self, sha256: str) -> bytes | None:
        with self.db.session() as session:
            return get_blob(session, sha256)

    # -- templates ---------------------------------------------------------------------

    def templates(self) -> list[TemplateSpec]:
        with self.db.session() as session:
            rows = queries.own_templates(session)
            own = [r.spec_json for r in rows]
        specs = list(load_builtin_templates())
        for raw in own:
            try:
                specs.append(parse_template(raw))
            except Exception:  # a damaged own template is skipped, not fatal
                continue
        return specs + self._shared_templates()

    def _shared_templates(self) -> list[TemplateSpec]:
        """Templates Diskominfo shared (verified when pulled), under keys of their own."""
        with self.db.session() as session:
            rows = queries.shared_template_payloads(session)
        specs = []
        for item_id, raw in rows:
            try:
                template = json.loads(raw).get("template")
                spec = parse_template(json.dumps(template))
            except Exception:  # malformed in the payload: not offered, never fatal
                continue
            specs.append(dataclasses.replace(spec, key=f"{SHARED_PREFIX}{item_id}"))
        return specs

    def template(self, key: str) -> TemplateSpec | None:
        return next((t for t in self.templates() if t.key == key), None)

    def save_own_template(self, spec: TemplateSpec) -> TemplateSpec:
        text = template_to_json(spec)
        parse_template(text)  # what is stored always reads back
        with self.db.transaction() as session:
            row = queries.own_template(session, spec.key)
            if row is None:
                row = InfographicTemplateRecord(key=spec.key)
                session.add(row)
            row.name = spec.name
            row.category = spec.category.value
            row.spec_json = text
            row.updated_at = utcnow()
        return spec

    def new_key(self) -> str:
        return f"{OWN_PREFIX}{uuid.uuid4().hex[:12]}"

    @staticmethod
    def is_own(key: str) -> bool:
        """The agency's own template (editable, deletable), not a built-in one."""
        return is_own_template(key)

    def export_package_file(self, key: str, path: Path) -> None:
        """Save a template as a file to hand to another office (see render/package.py)."""
        from medsos_desktop.render.package import export_package
        from medsos_desktop.services.settings import atomic_write_bytes

        spec = self.template(key)
        if spec is None:
            raise KeyError(key)
        atomic_write_bytes(path, export_package(spec))

    def import_package_file(self, path: Path) -> TemplateSpec:
        """Read a template file from another office; it becomes an own template (a new key
        when one with its key exists, so nothing is ever overwritten)."""
        from medsos_desktop.fileio import (
            FileTooLarge,
            NotRegularFile,
            input_file_error,
            read_limited,
        )
        from medsos_desktop.render.package import (
            MAX_PACKAGE_BYTES,
            MSG_TOO_BIG,
            PackageError,
            import_package,
        )

        try:
            # A plain file within the limit, or refused unread (a pipe would block).
            data = read_limited(path, MAX_PACKAGE_BYTES, follow_links=True)
        except FileTooLarge as exc:
            raise PackageError(
                MSG_TOO_BIG,
                name=path.name,
                size_kb=exc.size // 1024,
                limit_kb=MAX_PACKAGE_BYTES // 1024,
            ) from exc
        except NotRegularFile as exc:
            raise input_file_error(path, exc) from exc
        except OSError as exc:
            raise PackageError(
                MSG_UNREADABLE, name=path.name, reason=exc.strerror or str(exc)
            ) from exc
        spec = import_package(data, path.name).spec
        if self.template(spec.key) is not None or not self.is_own(spec.key):
            spec = dataclasses.replace(spec, key=self.new_key())
        return self.save_own_template(spec)

    def delete_own_template(self, key: str) -> None:
        with self.db.transaction() as session:
            queries.delete_own_template(session, key)

    # -- a post's infographic ------------------------------------------------------------

    def load_state(self, post_id: int) -> InfographicState | None:
        with self.db.session() as session:
            row = session.get(PostInfographic, post_id)
            if row is None:
                return None
            try:
                raw = json.loads(row.fields_json or "{}")
            except ValueError:
                raw = {}
            size = row.size_key if row.size_key in SIZES else DEFAULT_SIZE
            return InfographicState(row.template_key, size, _clean_fields(raw))

    def save_state(self, post_id: int, state: InfographicState) -> None:
        with self.db.transaction() as session:
            row = session.get(PostInfographic, post_id)
            if row is None:
                row = PostInfographic(post_id=post_id)
                session.add(row)
            row.template_key = state.template_key
            row.size_key = state.size_key
            row.fields_json = json.dumps(state.fields, ensure_ascii=False)
            row.updated_at = utcnow()

    # -- drawing -------------------------------------------------------------------------

    def render(
        self,
        spec: TemplateSpec,
        size_key: str,
        fields: Mapping[str, str | list[str]],
        brand: BrandKit,
        *,
        slide: int = 0,
        max_side: int | None = None,
    ) -> RenderResult:
        """Full size, or drawn directly at a preview size (never drawn big and shrunk)."""
        width, height = export_size = SIZES.get(size_key, SIZES[DEFAULT_SIZE])
        if max_side is not None and max(width, height) > max_side:
            scale = max_side / max(width, height)
            width, height = max(16, round(width * scale)), max(16, round(height * scale))
        with self._render_lock:
            return render(
                spec,
                (width, height),
                brand,
                fields,
                load_blob=self._blob,
                slide=slide,
                fonts=self._fonts,
                # A preview's problems (enlarged photos, dense QR codes) are the export's.
                export_size=export_size,
            )

    def slide_count(
        self,
        spec: TemplateSpec,
        size_key: str,
        fields: Mapping[str, str | list[str]],
        brand: BrandKit,
    ) -> int:
        """How many images an export makes: a long list continues on extra slides."""
        size = SIZES.get(size_key, SIZES[DEFAULT_SIZE])
        with self._render_lock:
            return slide_count(spec, size, brand, fields, load_blob=self._blob, fonts=self._fonts)

    def photo_for_focus(self, sha256: str, max_side: int = 360) -> tuple[Any, tuple] | None:
        """A small copy of a stored photo (a PIL image) and the faces found in it (found
        once, then cached), for the focus-point picker and the blur tool; slow the first
        time: call it off the UI thread. None when the photo is missing or unreadable."""
        from medsos_desktop.render.focus import faces_in_blob, small_copy

        data = self._blob(sha256)
        image = small_copy(data, max_side) if data else None
        if image is None:
            return None
        return image, faces_in_blob(sha256, lambda: data)

    def export(
        self,
        spec: TemplateSpec,
        state: InfographicState,
        brand: BrandKit,
        platforms: Iterable[Platform],
        fmt: str = "PNG",
    ) -> list[MediaRef]:
        """Every slide at full size, under the post's platforms' size limits, stored as
        images ready to attach (alt text proposed from the fields)."""
        limit = limit_for(tuple(platforms))
        alt_text = propose_alt_text(spec, state.fields)
        refs = []
        suffix = "png" if fmt.upper() == "PNG" else "jpg"
        results = [
            self.render(spec, state.size_key, state.fields, brand, slide=index)
            for index in range(self.slide_count(spec, state.size_key, state.fields, brand))
        ]
        for result in results:
            # Text that fits nowhere is not published cut: the export is refused, naming it.
            for problem in result.blocking:
                raise ExportRefused(problem)
        for index, result in enumerate(results):
            data = export_image(result.image, fmt.upper(), limit)
            mime = "image/png" if suffix == "png" else "image/jpeg"
            with self.db.transaction() as session:
                digest = put_blob(session, data, mime)
            name = f"{spec.key}-{state.size_key}-{index + 1}.{suffix}"
            refs.append(MediaRef(digest, name, alt_text, *result.image.size))
        return refs
