"""Caption templates: Indonesian caption texts with named placeholders like `{kegiatan}`.

Admins start most posts from a template, so the placeholder syntax has to be
forgiving: parsing never raises, every malformed part is reported with its
position (so the editor can underline it) and left verbatim when filling, and a
placeholder the admin has not filled in yet stays visible as `{name}` so the
caption check can flag it before the post goes out. `{{` and `}}` write literal
braces, as in Python's `str.format`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from medsos_desktop.domain.posts import Category, normalize_tags
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP

TR_CONTEXT = "CaptionTemplate"

SEVERITY_ERROR = "error"
SEVERITY_WARNING = "warning"

FIELD_KINDS = frozenset({"text", "multiline", "date", "time", "account", "url"})


@dataclass(frozen=True)
class Placeholder:
    """One well-formed `{name}` in a template body."""

    name: str
    start: int  # index of "{"
    end: int  # index after "}"


@dataclass(frozen=True)
class TemplateProblem:
    """Something wrong (error) or unusual (warning) in a template, with its span for highlighting.

    `message` is English source text marked for translation; show it with
    `format_problem`, which translates it and fills in `params`.
    """

    code: str
    severity: str
    start: int
    end: int
    message: str
    params: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FieldSpec:
    """How the fill-in form asks for one placeholder."""

    name: str
    label: str  # English source text, translated by the UI
    kind: str  # one of FIELD_KINDS
    hint: str = ""  # an example value in Indonesian


@dataclass(frozen=True)
class CaptionTemplate:
    key: str  # "builtin.<slug>" for built-ins, a uuid for templates made by users
    name: str
    category: Category
    body: str
    builtin: bool = False


def _spec(name: str, label: str, kind: str, hint: str = "") -> tuple[str, FieldSpec]:
    return name, FieldSpec(name=name, label=label, kind=kind, hint=hint)


# Labels are English source text; the Indonesian translation lives in the .ts files.
KNOWN_FIELDS: dict[str, FieldSpec] = dict(
    (
        _spec(
            "kegiatan",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Activity name"),
            "text",
            "Sosialisasi Pencegahan Stunting",
        ),
        _spec(
            "tanggal",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Date"),
            "date",
            "Senin, 24 November 2026",
        ),
        _spec("waktu", QT_TRANSLATE_NOOP("CaptionTemplate", "Time"), "time", "09.00 WIB"),
        _spec(
            "lokasi",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Location"),
            "text",
            "Aula Balai Kota",
        ),
        _spec(
            "instansi",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Agency name"),
            "text",
            "Dinas Kesehatan",
        ),
        _spec(
            "pemerintah",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Parent government"),
            "text",
            "Pemerintah Kota Bandung",
        ),
        _spec(
            "pimpinan",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Leader's name"),
            "text",
            "dr. Siti Rahmawati, M.Kes.",
        ),
        _spec(
            "jabatan",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Leader's position"),
            "text",
            "Kepala Dinas Kesehatan",
        ),
        _spec(
            "akun_kolaborasi",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Collaborating accounts"),
            "account",
            "@diskominfo.kota @humas.kota",
        ),
        _spec(
            "layanan",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Service name"),
            "text",
            "perekaman KTP elektronik",
        ),
        _spec(
            "syarat",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Requirements"),
            "multiline",
            "✅ Fotokopi Kartu Keluarga\n✅ Surat pengantar RT/RW",
        ),
        _spec(
            "kontak",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Contact"),
            "text",
            "WhatsApp 0812-3456-7890",
        ),
        _spec(
            "tautan",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Link"),
            "url",
            "https://dinkes.contoh.go.id",
        ),
        _spec(
            "capaian",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Achievement"),
            "text",
            "cakupan imunisasi dasar lengkap",
        ),
        _spec(
            "angka",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Figure"),
            "text",
            "98,5 persen",
        ),
        _spec(
            "periode",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Period"),
            "text",
            "Januari–Oktober 2026",
        ),
        _spec(
            "hoaks",
            QT_TRANSLATE_NOOP("CaptionTemplate", "False claim (hoax)"),
            "multiline",
            "Beredar pesan berantai bahwa pendaftaran bansos dipungut biaya Rp50.000.",
        ),
        _spec(
            "fakta",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Facts"),
            "multiline",
            "Pendaftaran bansos tidak dipungut biaya apa pun.",
        ),
        _spec(
            "sumber",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Source"),
            "text",
            "Dinas Sosial Kota Bandung",
        ),
        _spec(
            "hari_besar",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Holiday or commemoration"),
            "text",
            "Hari Kesehatan Nasional",
        ),
        _spec("tahun", QT_TRANSLATE_NOOP("CaptionTemplate", "Year"), "text", "2026"),
        _spec(
            "ajakan",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Call to action"),
            "text",
            "Yuk, ajak keluarga dan tetangga untuk ikut serta!",
        ),
        _spec(
            "judul",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Title"),
            "text",
            "Penutupan Sementara Jalan Merdeka",
        ),
        _spec(
            "isi",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Main text"),
            "multiline",
            "Kegiatan diikuti oleh 150 kader posyandu dari 30 kelurahan.",
        ),
        _spec(
            "kutipan",
            QT_TRANSLATE_NOOP("CaptionTemplate", "Quote"),
            "multiline",
            "Pelayanan publik harus cepat, mudah, dan ramah.",
        ),
    )
)

# Filled from the agency profile, so the form can pre-fill them instead of asking.
AUTOFILL_FIELDS = frozenset({"instansi", "pemerintah", "akun_kolaborasi"})

# --- messages (English source text, extracted by lupdate) ---------------------------------

_MSG_UNCLOSED = QT_TRANSLATE_NOOP(
    "CaptionTemplate",
    "This opening brace is never closed. Close the placeholder, for example {example},"
    " or write the brace twice for a literal brace.",
)
_MSG_UNOPENED = QT_TRANSLATE_NOOP(
    "CaptionTemplate",
    "This closing brace has no opening brace. Remove it,"
    " or write the brace twice for a literal brace.",
)
_MSG_EMPTY_NAME = QT_TRANSLATE_NOOP(
    "CaptionTemplate",
    "This placeholder has no name. Write a field name between the braces, for example {example}.",
)
_MSG_INVALID_NAME = QT_TRANSLATE_NOOP(
    "CaptionTemplate",
    "“{name}” is not a valid placeholder name. Use lowercase letters, digits and"
    " underscores, for example {example}.",
)
_MSG_UNKNOWN = QT_TRANSLATE_NOOP(
    "CaptionTemplate",
    "“{name}” is not a standard field; the form will ask for it as free text.",
)
_MSG_UNKNOWN_SUGGEST = QT_TRANSLATE_NOOP(
    "CaptionTemplate",
    "“{name}” is not a standard field; the form will ask for it as free text."
    " Did you mean {example}?",
)
_MSG_NAME_EMPTY = QT_TRANSLATE_NOOP("CaptionTemplate", "The template needs a name.")
_MSG_BODY_EMPTY = QT_TRANSLATE_NOOP("CaptionTemplate", "The template text is empty.")

# --- parsing -------------------------------------------------------------------------------

_NAME_RE = re.compile(r"[a-z][a-z0-9_]*", re.ASCII)
MAX_NAME_LENGTH = 40
_BRACE_RE = re.compile(r"[{}]")
# A placeholder never spans a line: stopping there keeps one typo from swallowing a paragraph.
_INNER_STOP_RE = re.compile(r"[{}\r\n]")
_WORD_RE = re.compile(r"\w*")
_DISPLAY_LIMIT = 30


def _is_valid_name(name: str) -> bool:
    return len(name) <= MAX_NAME_LENGTH and _NAME_RE.fullmatch(name) is not None


def _display(text: str) -> str:
    return text if len(text) <= _DISPLAY_LIMIT else text[: _DISPLAY_LIMIT - 1] + "…"


def _slug(text: str) -> str:
    """Best guess at the name the admin meant, e.g. 'Nama Kegiatan!' -> 'nama_kegiatan'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")
    slug = slug.lstrip("0123456789_")[:MAX_NAME_LENGTH].rstrip("_")
    return slug


def _braced(name: str) -> str:
    return "{" + name + "}"


# A segment of a body: ("text", literal) | ("placeholder", name) | ("verbatim", raw).
_Segment = tuple[str, str]


def _scan(body: str) -> tuple[list[_Segment], list[Placeholder], list[TemplateProblem]]:
    """Single left-to-right pass shared by parsing and filling, so both agree on every edge case."""
    segments: list[_Segment] = []
    placeholders: list[Placeholder] = []
    problems: list[TemplateProblem] = []
    n = len(body)
    i = 0
    text_start = 0

    def flush(upto: int) -> None:
        if upto > text_start:
            segments.append(("text", body[text_start:upto]))

    while True:
        match = _BRACE_RE.search(body, i)
        if match is None:
            break
        i = match.start()
        nxt = body[i + 1] if i + 1 < n else ""
        flush(i)
        if body[i] == "}":
            if nxt == "}":
                segments.append(("text", "}"))
                i += 2
            else:
                segments.append(("verbatim", "}"))
                problems.append(
                    TemplateProblem("unopened", SEVERITY_ERROR, i, i + 1, _MSG_UNOPENED, {})
                )
                i += 1
            text_start = i
            continue
        if nxt == "{":
            segments.append(("text", "{"))
            i += 2
            text_start = i
            continue
        stop = _INNER_STOP_RE.search(body, i + 1)
        if stop is None or body[stop.start()] != "}":
            # Unclosed: report the brace and the word right after it, then carry on after the
            # brace so that a placeholder following it on the same line is still found.
            word = _WORD_RE.match(body, i + 1)
            end = word.end() if word else i + 1
            guess = _slug(body[i + 1 : end])
            segments.append(("verbatim", "{"))
            problems.append(
                TemplateProblem(
                    "unclosed",
                    SEVERITY_ERROR,
                    i,
                    end,
                    _MSG_UNCLOSED,
                    {"example": _braced(guess or "kegiatan")},
                )
            )
            i += 1
            text_start = i
            continue
        close = stop.start()
        inner = body[i + 1 : close]
        end = close + 1
        if _is_valid_name(inner):
            segments.append(("placeholder", inner))
            placeholders.append(Placeholder(inner, i, end))
            if inner not in KNOWN_FIELDS:
                close_match = difflib.get_close_matches(inner, KNOWN_FIELDS, n=1, cutoff=0.75)
                params = {"name": inner}
                message = _MSG_UNKNOWN
                if close_match:
                    params["example"] = _braced(close_match[0])
                    message = _MSG_UNKNOWN_SUGGEST
                problems.append(
                    TemplateProblem("unknown", SEVERITY_WARNING, i, end, message, params)
                )
        else:
            segments.append(("verbatim", body[i:end]))
            if inner.strip():
                guess = _slug(inner)
                problems.append(
                    TemplateProblem(
                        "invalid_name",
                        SEVERITY_ERROR,
                        i,
                        end,
                        _MSG_INVALID_NAME,
                        {"name": _display(inner), "example": _braced(guess or "kegiatan")},
                    )
                )
            else:
                problems.append(
                    TemplateProblem(
                        "invalid_name",
                        SEVERITY_ERROR,
                        i,
                        end,
                        _MSG_EMPTY_NAME,
                        {"example": _braced("kegiatan")},
                    )
                )
        i = end
        text_start = i
    flush(n)
    return segments, placeholders, problems


def parse_placeholders(body: str) -> tuple[list[Placeholder], list[TemplateProblem]]:
    """Every well-formed placeholder, and every problem, in order of position.

    Never raises, so the editor can re-parse on each keystroke.
    """
    _, placeholders, problems = _scan(body)
    return placeholders, problems


def _humanise(name: str) -> str:
    words = name.replace("_", " ").split()
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def fields_for(body: str) -> list[FieldSpec]:
    """The form to show for a template: one field per distinct placeholder, in reading order.

    A name outside KNOWN_FIELDS still gets a plain text field, so a coordinator can
    invent fields without a code change.
    """
    placeholders, _ = parse_placeholders(body)
    seen: set[str] = set()
    specs: list[FieldSpec] = []
    for placeholder in placeholders:
        if placeholder.name in seen:
            continue
        seen.add(placeholder.name)
        spec = KNOWN_FIELDS.get(placeholder.name)
        if spec is None:
            spec = FieldSpec(name=placeholder.name, label=_humanise(placeholder.name), kind="text")
        specs.append(spec)
    return specs


def fill(body: str, values: Mapping[str, str]) -> str:
    """The caption with the given values put in.

    Values are inserted trimmed and are not parsed again. A placeholder with no value
    (missing, empty or blank) stays as `{name}` so the caption check can still flag
    it; malformed parts stay as written; `{{` and `}}` become single braces.
    """
    segments, _, _ = _scan(body)
    out: list[str] = []
    for kind, text in segments:
        if kind != "placeholder":
            out.append(text)
            continue
        value = values.get(text)
        value = "" if value is None else str(value).strip()
        out.append(value if value else _braced(text))
    return "".join(out)


def validate_template(name: str, body: str) -> list[TemplateProblem]:
    """Everything to fix (errors) or to know about (warnings) before a template is saved."""
    problems: list[TemplateProblem] = []
    if not name.strip():
        problems.append(TemplateProblem("name_empty", SEVERITY_ERROR, 0, 0, _MSG_NAME_EMPTY, {}))
    if not body.strip():
        problems.append(TemplateProblem("body_empty", SEVERITY_ERROR, 0, 0, _MSG_BODY_EMPTY, {}))
    problems.extend(parse_placeholders(body)[1])
    return problems


def has_errors(problems: Sequence[TemplateProblem]) -> bool:
    return any(p.severity == SEVERITY_ERROR for p in problems)


def format_problem(
    problem: TemplateProblem, translate: Callable[[str, str], str] | None = None
) -> str:
    """The message in the user's language with its parameters filled in.

    `translate(context, source)` is `medsos_desktop.i18n.translator(...)` or the Qt
    equivalent. A broken translation (a typo in a parameter name) falls back to the
    English text rather than failing.
    """
    params = dict(problem.params)
    text = translate(TR_CONTEXT, problem.message) if translate else problem.message
    for candidate in (text, problem.message):
        try:
            return candidate.format_map(params)
        except (KeyError, IndexError, ValueError, AttributeError):
            continue
    return problem.message


def autofill_values(
    agency_name: str, parent_government: str, collaborators: Sequence[str]
) -> dict[str, str]:
    """Values known from the agency profile and the post, so the form need not ask for them.

    Empty values are left out, so the form still asks for them. Collaborators may be
    given with or without "@", one per item or several separated by spaces or commas.
    """
    values: dict[str, str] = {}
    if agency_name.strip():
        values["instansi"] = agency_name.strip()
    if parent_government.strip():
        values["pemerintah"] = parent_government.strip()
    handles = normalize_tags(" ".join(collaborators), "@")
    if handles:
        values["akun_kolaborasi"] = " ".join(handles)
    return values


# --- built-in templates -----------------------------------------------------------------


def _body(*lines: str) -> str:
    return "\n".join(lines)


BUILTIN_TEMPLATES: tuple[CaptionTemplate, ...] = (
    CaptionTemplate(
        key="builtin.kegiatan",
        name="Liputan Kegiatan",
        category=Category.KEGIATAN,
        builtin=True,
        body=_body(
            "{pemerintah} melalui {instansi} menggelar {kegiatan} pada {tanggal} pukul {waktu}"
            " bertempat di {lokasi}.",
            "",
            "{isi}",
            "",
            "Melalui kegiatan ini, diharapkan sinergi antara pemerintah dan masyarakat semakin"
            " kuat demi pelayanan publik yang lebih baik. 🤝",
            "",
            "Simak terus informasi kegiatan lainnya melalui akun resmi {instansi}, dan bantu"
            " bagikan agar semakin banyak warga yang tahu!",
        ),
    ),
    CaptionTemplate(
        key="builtin.kegiatan_pimpinan",
        name="Kegiatan Pimpinan",
        category=Category.KEGIATAN,
        builtin=True,
        body=_body(
            "{jabatan}, {pimpinan}, menghadiri {kegiatan} pada {tanggal} di {lokasi}.",
            "",
            "Dalam sambutannya, {pimpinan} menyampaikan:",
            "“{kutipan}”",
            "",
            "{isi}",
            "",
            "{instansi} berkomitmen untuk terus hadir dan bekerja bersama masyarakat.",
            "",
            "Ikuti terus kegiatan pimpinan dan jajaran {instansi} melalui akun media sosial"
            " resmi kami.",
        ),
    ),
    CaptionTemplate(
        key="builtin.agenda",
        name="Agenda Kegiatan",
        category=Category.KEGIATAN,
        builtin=True,
        body=_body(
            "Jangan lewatkan! {instansi} akan menyelenggarakan {kegiatan}.",
            "",
            "🗓️ {tanggal}",
            "⏰ {waktu}",
            "📍 {lokasi}",
            "",
            "{isi}",
            "",
            "{ajakan}",
            "Info lebih lanjut: {kontak}",
        ),
    ),
    CaptionTemplate(
        key="builtin.pengumuman",
        name="Pengumuman Resmi",
        category=Category.PENGUMUMAN,
        builtin=True,
        body=_body(
            "📢 PENGUMUMAN",
            "{judul}",
            "",
            "Diberitahukan kepada seluruh masyarakat hal-hal sebagai berikut:",
            "",
            "{isi}",
            "",
            "Hari/tanggal: {tanggal}",
            "Pukul: {waktu}",
            "Tempat: {lokasi}",
            "",
            "Informasi lebih lanjut: {kontak}",
            "Tautan: {tautan}",
            "",
            "Mohon bantu sebarkan informasi ini kepada keluarga dan kerabat. Terima kasih.",
            "",
            "{instansi}",
            "{pemerintah}",
        ),
    ),
    CaptionTemplate(
        key="builtin.layanan_publik",
        name="Informasi Layanan Publik",
        category=Category.LAYANAN_PUBLIK,
        builtin=True,
        body=_body(
            "Mau mengurus {layanan}? Yuk, simak informasinya! 📝",
            "",
            "Persyaratan yang perlu disiapkan:",
            "{syarat}",
            "",
            "Layanan tersedia di {lokasi} pada hari dan jam kerja. Pastikan berkas sudah"
            " lengkap sebelum datang agar proses layanan berjalan lebih cepat.",
            "",
            "Informasi dan pengaduan: {kontak}",
            "Selengkapnya: {tautan}",
            "",
            "{instansi} siap melayani dengan sepenuh hati. Bagikan informasi ini kepada"
            " keluarga dan tetangga yang membutuhkan!",
        ),
    ),
    CaptionTemplate(
        key="builtin.capaian_kinerja",
        name="Capaian Kinerja",
        category=Category.CAPAIAN_KINERJA,
        builtin=True,
        body=_body(
            "Kabar baik! 🎉",
            "",
            "Sepanjang {periode}, {instansi} mencatat {capaian} mencapai {angka}.",
            "",
            "{isi}",
            "",
            "Capaian ini tidak lepas dari dukungan dan partisipasi seluruh masyarakat. Terima"
            " kasih atas kepercayaan yang telah diberikan kepada {pemerintah}.",
            "",
            "Mari terus bersinergi untuk pelayanan yang lebih baik. Bagikan kabar baik ini!",
        ),
    ),
    CaptionTemplate(
        key="builtin.klarifikasi_hoaks",
        name="Klarifikasi Hoaks",
        category=Category.KLARIFIKASI_HOAKS,
        builtin=True,
        body=_body(
            "[HOAKS] {hoaks}",
            "",
            "Faktanya: {fakta}",
            "",
            "Sumber: {sumber}",
            "",
            "⚠️ Saring sebelum sharing! Selalu periksa kebenaran informasi melalui kanal resmi"
            " {instansi} sebelum membagikannya. Temukan informasi mencurigakan? Laporkan"
            " kepada kami melalui {kontak}.",
        ),
    ),
    CaptionTemplate(
        key="builtin.ucapan_hari_besar",
        name="Ucapan Hari Besar",
        category=Category.UCAPAN_HARI_BESAR,
        builtin=True,
        body=_body(
            "Selamat {hari_besar} {tahun} ✨",
            "",
            "Segenap keluarga besar {instansi} menyampaikan ucapan selamat kepada seluruh"
            " masyarakat. Semoga momentum ini membawa kebahagiaan, kedamaian, dan semangat"
            " baru bagi kita semua.",
            "",
            "Mari terus jaga persatuan dan kebersamaan. Bagikan ucapan ini kepada keluarga dan"
            " kerabat tercinta.",
        ),
    ),
    CaptionTemplate(
        key="builtin.kolaborasi",
        name="Kolaborasi Antarinstansi",
        category=Category.KOLABORASI,
        builtin=True,
        body=_body(
            "{instansi} bersama {akun_kolaborasi} menyelenggarakan {kegiatan} pada {tanggal}"
            " di {lokasi}. 🤝",
            "",
            "{isi}",
            "",
            "Kolaborasi ini merupakan wujud sinergi lintas sektor di lingkungan {pemerintah}"
            " untuk menghadirkan manfaat yang lebih luas bagi masyarakat.",
            "",
            "Ikuti juga {akun_kolaborasi} untuk informasi selengkapnya!",
        ),
    ),
    CaptionTemplate(
        key="builtin.informasi_umum",
        name="Informasi Umum",
        category=Category.LAINNYA,
        builtin=True,
        body=_body(
            "{judul}",
            "",
            "{isi}",
            "",
            "{ajakan}",
            "",
            "Informasi lebih lanjut: {tautan}",
            "",
            "{instansi}",
            "{pemerintah}",
        ),
    ),
)


def builtin_template(key: str) -> CaptionTemplate | None:
    """Look a built-in up by its stable key (keys are stored with posts and shared templates)."""
    return next((t for t in BUILTIN_TEMPLATES if t.key == key), None)


def builtin_templates_for(category: Category) -> list[CaptionTemplate]:
    """The built-ins to offer first when an admin picks a category for a new post."""
    return [t for t in BUILTIN_TEMPLATES if t.category == category]
