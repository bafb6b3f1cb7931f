"""Reading the metrics CSV files the platforms export, before anything is stored.

After publishing, admins download CSV exports from Meta Business Suite
(Facebook and Instagram), TikTok Studio, X analytics and YouTube Studio, often
after a round trip through Excel with Indonesian regional settings. This module
turns such a file into an `ImportPreview`: one `MetricRow` per post with whole
numbers, and every row it left out with the reason, so the import dialog can show
both before the admin confirms. Column names are matched through presets per
source (English and Indonesian exports); the caller may replace the mapping.

Numbers follow one rule, because counts are whole numbers:

* a single "." or "," followed by exactly three digits groups thousands:
  "1.234" and "1,234" are both 1234; so do repeated marks ("1.234.567") and
  spaces ("1 234");
* with both marks ("1.234,0" or "1,234.0") the last one is the decimal mark;
  a fraction must be zero, otherwise the cell is not a count and is refused;
* a mark followed by one, two or more than three digits is a decimal mark
  ("1234.0" is 1234, "1,5" is refused);
* abbreviations ("12,5K", "1.2M", "3 rb", "2 jt") take a decimal mantissa; only
  there the file's decimal mark decides a three-digit case ("1,234K" is 1234 in a
  file that writes decimals with a comma, 1234000 in one that uses a point). The
  file's mark is voted from its unambiguous numbers in every column except the
  post's own text and dates; a tie goes to the comma when the file uses
  semicolons or Indonesian column names, else to the point. "M" means million
  (counts in the billions do not happen for a local agency);
* "", "-", "—" and the like are missing; a percentage in a count column is
  ignored as missing.

Dates like 03/04/2026 are read day first or month first by the same kind of vote
over the whole column (a first number above 12 means day first), with the file's
language as the tie-break (Indonesian: day first).
"""

from __future__ import annotations

import array
import csv
import datetime as dt
import hashlib
import io
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from types import MappingProxyType
from typing import IO
from urllib.parse import urlsplit

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, UserFacingError, render_message

TR_CONTEXT = "Metrics"

# --- fields ---------------------------------------------------------------------------------

LINK = "link"
POST_ID = "post_id"
PUBLISHED = "published"
TEXT = "text"
REACH = "reach"
IMPRESSIONS = "impressions"
LIKES = "likes"
COMMENTS = "comments"
SHARES = "shares"
SAVES = "saves"
VIDEO_VIEWS = "video_views"

IDENTITY_FIELDS: tuple[str, ...] = (LINK, POST_ID, PUBLISHED)
METRIC_FIELDS: tuple[str, ...] = (REACH, IMPRESSIONS, LIKES, COMMENTS, SHARES, SAVES, VIDEO_VIEWS)
FIELDS: tuple[str, ...] = (*IDENTITY_FIELDS, TEXT, *METRIC_FIELDS)

# English source text for the column-mapping step and for error messages.
FIELD_LABELS: dict[str, str] = {
    LINK: QT_TRANSLATE_NOOP("Metrics", "post link"),
    POST_ID: QT_TRANSLATE_NOOP("Metrics", "post ID"),
    PUBLISHED: QT_TRANSLATE_NOOP("Metrics", "publish time"),
    TEXT: QT_TRANSLATE_NOOP("Metrics", "caption or title"),
    REACH: QT_TRANSLATE_NOOP("Metrics", "reach"),
    IMPRESSIONS: QT_TRANSLATE_NOOP("Metrics", "impressions"),
    LIKES: QT_TRANSLATE_NOOP("Metrics", "likes"),
    COMMENTS: QT_TRANSLATE_NOOP("Metrics", "comments"),
    SHARES: QT_TRANSLATE_NOOP("Metrics", "shares"),
    SAVES: QT_TRANSLATE_NOOP("Metrics", "saves"),
    VIDEO_VIEWS: QT_TRANSLATE_NOOP("Metrics", "video views"),
}

# --- sources and their column presets -------------------------------------------------------

META = "meta"
TIKTOK = "tiktok"
X = "x"
YOUTUBE = "youtube"
SOURCES: tuple[str, ...] = (META, TIKTOK, X, YOUTUBE)
SOURCE_LABELS: dict[str, str] = {
    META: "Meta Business Suite",
    TIKTOK: "TikTok Studio",
    X: "X Analytics",
    YOUTUBE: "YouTube Studio",
}

# Header names per field in order of preference, compared after `normalize_header`.
PRESETS: dict[str, dict[str, tuple[str, ...]]] = {
    META: {
        LINK: ("permalink", "tautan permanen", "link", "tautan"),
        POST_ID: ("post id", "id postingan", "id kiriman"),
        PUBLISHED: ("publish time", "waktu publikasi", "waktu dipublikasikan"),
        TEXT: ("description", "deskripsi", "title", "judul", "caption", "keterangan"),
        REACH: ("reach", "jangkauan"),
        IMPRESSIONS: ("impressions", "tayangan"),
        LIKES: ("likes", "suka", "reactions", "reaksi"),
        COMMENTS: ("comments", "komentar"),
        SHARES: ("shares", "dibagikan", "bagikan"),
        SAVES: ("saves", "disimpan", "simpan"),
        VIDEO_VIEWS: (
            "views",
            "3-second video views",
            "plays",
            "video views",
            "tayangan video",
            "penayangan video",
            "penayangan",
        ),
    },
    TIKTOK: {
        LINK: ("video link", "tautan video", "link"),
        POST_ID: ("video id", "id video"),
        PUBLISHED: ("post time", "waktu posting", "posted on", "waktu unggah"),
        TEXT: ("video title", "judul video", "title", "caption", "judul"),
        REACH: ("reach", "total viewers", "jangkauan", "total penonton"),
        IMPRESSIONS: ("impressions", "tayangan"),
        LIKES: ("likes", "total likes", "suka"),
        COMMENTS: ("comments", "total comments", "komentar"),
        SHARES: ("shares", "total shares", "dibagikan", "bagikan"),
        SAVES: ("saves", "favorites", "add to favorites", "disimpan", "favorit"),
        VIDEO_VIEWS: (
            "video views",
            "views",
            "total views",
            "total video views",
            "penayangan video",
            "penayangan",
        ),
    },
    X: {
        LINK: ("tweet permalink", "post link", "permalink"),
        POST_ID: ("tweet id", "post id"),
        PUBLISHED: ("time", "date"),
        TEXT: ("tweet text", "post text", "text"),
        IMPRESSIONS: ("impressions",),
        LIKES: ("likes",),
        COMMENTS: ("replies",),
        SHARES: ("retweets", "reposts", "shares"),
        SAVES: ("bookmarks",),
        VIDEO_VIEWS: ("video views",),  # "media views" counts images too
    },
    YOUTUBE: {
        LINK: ("video link", "link"),
        POST_ID: ("content", "konten", "video id", "id video"),
        PUBLISHED: ("video publish time", "waktu publikasi video", "publish time"),
        TEXT: ("video title", "judul video", "title"),
        REACH: ("unique viewers", "penonton unik"),
        IMPRESSIONS: ("impressions", "tayangan"),
        LIKES: ("likes", "suka"),
        COMMENTS: ("comments added", "komentar yang ditambahkan", "comments", "komentar"),
        SHARES: ("shares", "dibagikan", "berbagi"),
        VIDEO_VIEWS: ("views", "penayangan"),
    },
}

# Used only when the source is unknown, after the merged presets.
_GENERIC: dict[str, tuple[str, ...]] = {
    LINK: ("url", "post url", "link postingan"),
    POST_ID: ("id",),
    PUBLISHED: ("published", "publish date", "tanggal publikasi", "tanggal", "waktu"),
    TEXT: ("text", "teks", "caption"),
}

# Headers that mark a source; shared names like "likes" do not.
_SIGNATURES: dict[str, frozenset[str]] = {
    META: frozenset(
        {
            "permalink",
            "post id",
            "publish time",
            "page id",
            "page name",
            "account id",
            "account username",
            "reactions",
            "tautan permanen",
            "waktu publikasi",
            "id postingan",
            "jangkauan",
            "reaksi",
            "3-second video views",
        }
    ),
    TIKTOK: frozenset(
        {"video link", "post time", "total viewers", "tautan video", "waktu posting", "video id"}
    ),
    X: frozenset(
        {
            "tweet id",
            "tweet permalink",
            "tweet text",
            "retweets",
            "replies",
            "engagements",
            "engagement rate",
            "bookmarks",
            "post text",
            "post link",
            "reposts",
            "user profile clicks",
        }
    ),
    YOUTUBE: frozenset(
        {
            "content",
            "konten",
            "video publish time",
            "waktu publikasi video",
            "comments added",
            "komentar yang ditambahkan",
            "watch time (hours)",
            "waktu tonton (jam)",
            "impressions click-through rate (%)",
            "average view duration",
        }
    ),
}

_INDONESIAN_WORDS = frozenset(
    {
        "jangkauan",
        "tayangan",
        "penayangan",
        "komentar",
        "dibagikan",
        "disimpan",
        "waktu",
        "tautan",
        "judul",
        "suka",
        "reaksi",
        "konten",
        "deskripsi",
        "tanggal",
        "postingan",
        "penonton",
    }
)

_TOTAL_WORDS = frozenset(
    {"total", "totals", "grand total", "jumlah", "total keseluruhan", "summary", "ringkasan"}
)

# --- messages (English source text, extracted by lupdate) -----------------------------------

_MSG_EMPTY_FILE = QT_TRANSLATE_NOOP("Metrics", "The file is empty.")
_MSG_NOT_CSV_IMAGE = QT_TRANSLATE_NOOP(
    "Metrics",
    "This file is not a CSV file: it is a {kind} image. "
    "Choose the CSV file exported from the platform's statistics page.",
)
_MSG_NOT_CSV_EXCEL = QT_TRANSLATE_NOOP(
    "Metrics",
    "This file is not a CSV file: it is an Excel workbook. Open it in Excel or "
    "LibreOffice Calc and save it as CSV, or export CSV from the platform.",
)
_MSG_NOT_CSV_ZIP = QT_TRANSLATE_NOOP(
    "Metrics",
    "This file is not a CSV file: it is a ZIP archive. Extract it and choose the CSV file inside.",
)
_MSG_NOT_CSV_PDF = QT_TRANSLATE_NOOP(
    "Metrics",
    "This file is not a CSV file: it is a PDF document. Export the statistics as CSV instead.",
)
_MSG_NOT_CSV_BINARY = QT_TRANSLATE_NOOP(
    "Metrics",
    "This file is not a CSV file: it contains binary data, not text. "
    "Choose the CSV file exported from the platform's statistics page.",
)
_MSG_CSV_BROKEN = QT_TRANSLATE_NOOP(
    "Metrics",
    "The file cannot be read as CSV near line {line}. Export it again from the platform.",
)
_MSG_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Metrics",
    "The file has more than {limit} rows; at most {limit} are read at once. Export a "
    "shorter period from the platform (for example one month per file) and import each file.",
)
_MSG_LINE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Metrics",
    "Line {line} of the file is far too long for a metrics export. Export it again from the "
    "platform.",
)
_MSG_NO_ID_COLUMNS = QT_TRANSLATE_NOOP(
    "Metrics",
    "The file has no column to match its rows with posts; it needs one of: {fields}. "
    "Choose the columns by hand, or check that this is the right export.",
)
_MSG_NO_METRIC_COLUMNS = QT_TRANSLATE_NOOP(
    "Metrics",
    "The file has no column with figures; it needs at least one of: {fields}. "
    "Choose the columns by hand, or check that this is the right export.",
)
_MSG_NO_COLUMNS = QT_TRANSLATE_NOOP(
    "Metrics",
    "The file has neither a column to match its rows with posts (one of: {id_fields}) "
    "nor a column with figures (one of: {metric_fields}). "
    "Check that this is a metrics export of a platform.",
)

_SKIP_EMPTY = QT_TRANSLATE_NOOP("Metrics", "The row is empty.")
_SKIP_TOTAL = QT_TRANSLATE_NOOP("Metrics", "A summary row (“{value}”), not a post.")
_SKIP_NO_ID = QT_TRANSLATE_NOOP(
    "Metrics", "The row has no post link, post ID or publish time to match it with a post."
)
_SKIP_BAD_DATE = QT_TRANSLATE_NOOP(
    "Metrics",
    "“{value}” in the column “{column}” is not a date, "
    "and the row has no post link or post ID to match it with a post.",
)
_SKIP_BAD_NUMBER = QT_TRANSLATE_NOOP(
    "Metrics", "“{value}” in the column “{column}” is not a whole number."
)
_SKIP_NO_METRICS = QT_TRANSLATE_NOOP("Metrics", "The row has no figures.")
_SKIP_DUPLICATE = QT_TRANSLATE_NOOP(
    "Metrics", "The same post with the same figures is already on line {line}."
)

SKIP_EMPTY = "empty"
SKIP_TOTAL = "total"
SKIP_NO_ID = "no_identifier"
SKIP_BAD_DATE = "bad_date"
SKIP_BAD_NUMBER = "bad_number"
SKIP_NO_METRICS = "no_metrics"
SKIP_DUPLICATE = "duplicate"


class MissingColumnsError(UserFacingError):
    """The file lacks whole kinds of columns; `missing` names the fields (FIELDS ids)."""

    def __init__(self, context: str, message: str, missing: Sequence[str], **params: object):
        super().__init__(context, message, **params)
        self.missing = tuple(missing)


# --- results --------------------------------------------------------------------------------


class Figures(Mapping[str, int]):
    """A row's figures: the ones present, by field name, one slot per field.

    An import may hold 200,000 rows; a dict for each would cost three times as much.
    """

    __slots__ = METRIC_FIELDS

    def __init__(self, values: Mapping[str, int]) -> None:
        for name in METRIC_FIELDS:
            object.__setattr__(self, name, values.get(name))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("figures are read-only")

    def __getitem__(self, name: str) -> int:
        value = getattr(self, name, None) if name in _METRIC_INDEX else None
        if value is None:
            raise KeyError(name)
        return value  # type: ignore[no-any-return]

    def __iter__(self) -> Iterator[str]:
        return (name for name in METRIC_FIELDS if getattr(self, name) is not None)

    def __len__(self) -> int:
        return sum(getattr(self, name) is not None for name in METRIC_FIELDS)

    def __repr__(self) -> str:
        return repr(dict(self))


_NO_PARAMS: Mapping[str, str | int] = MappingProxyType({})
_METRIC_INDEX = {name: index for index, name in enumerate(METRIC_FIELDS)}


@dataclass(frozen=True, slots=True)
class MetricRow:
    """One post's figures as read from the file.

    `line` is the physical line where the row starts (a caption with line breaks
    makes a row span several lines). `metrics` holds only the figures present.
    `fingerprint` is the same for the same post with the same figures, so the
    caller can refuse to import a row twice; it is computed when asked, not kept.
    `text` is kept as UTF-8 (`snippet`): an ellipsis or an emoji would make Python
    store all 120 characters at two or four bytes each, for each of 200,000 rows.
    """

    line: int
    platform: Platform | None
    link: str | None
    post_id: str | None
    published: dt.datetime | None  # aware when the file names a zone; midnight for a bare date
    snippet: bytes  # `text`, encoded
    metrics: Mapping[str, int] = field(hash=False)

    @property
    def text(self) -> str:
        """A one-line snippet of the caption or title."""
        return self.snippet.decode("utf-8")

    @property
    def fingerprint(self) -> str:
        return row_fingerprint(self.platform, self.link, self.post_id, self.published, self.metrics)


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A row left out and why; `message` is English source text marked under "Metrics"."""

    line: int
    code: str  # one of the SKIP_* constants
    message: str
    # One shared empty mapping: an import may leave 200,000 rows out.
    params: Mapping[str, str | int] = field(default_factory=lambda: _NO_PARAMS, hash=False)

    def render(self, translate: Translate | None = None) -> str:
        return render_message(self.message, dict(self.params), TR_CONTEXT, translate)


@dataclass(frozen=True)
class ImportPreview:
    """What an import would bring in, and what it would leave out, before anything is stored."""

    source: str | None
    platform: Platform | None  # guessed for the whole file; rows may say otherwise
    encoding: str
    delimiter: str
    decimal_mark: str  # "," or "."
    day_first: bool
    headers: tuple[str, ...]
    mapping: Mapping[str, int] = field(hash=False)
    rows: tuple[MetricRow, ...] = ()
    skipped: tuple[SkippedRow, ...] = ()


# --- decoding -------------------------------------------------------------------------------

_SIGNATURE_CHECKS: tuple[tuple[bytes, int, str, dict[str, str]], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, _MSG_NOT_CSV_IMAGE, {"kind": "PNG"}),
    (b"\xff\xd8\xff", 0, _MSG_NOT_CSV_IMAGE, {"kind": "JPEG"}),
    (b"GIF87a", 0, _MSG_NOT_CSV_IMAGE, {"kind": "GIF"}),
    (b"GIF89a", 0, _MSG_NOT_CSV_IMAGE, {"kind": "GIF"}),
    (b"%PDF-", 0, _MSG_NOT_CSV_PDF, {}),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, _MSG_NOT_CSV_EXCEL, {}),
)


def decode_csv_bytes(data: bytes) -> str:
    """The text of a CSV export: UTF-8 (with or without BOM), UTF-16 or Windows-1252.

    Anything that is not text (an image, a PDF, an Excel workbook, a ZIP) is
    refused with a message saying what the file looks like.
    """
    return _decode(data)[0]


def _decode(data: bytes) -> tuple[str, str]:
    if not data:
        raise UserFacingError(TR_CONTEXT, _MSG_EMPTY_FILE)
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "utf-16"
    _refuse_known_binary(data)
    if b"\x00" in data:
        guessed = _utf16_without_bom(data)
        if guessed:
            return _strict(data, guessed), guessed
        raise UserFacingError(TR_CONTEXT, _MSG_NOT_CSV_BINARY)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # Five byte values are unassigned in Windows-1252; Latin-1 maps them to controls.
        return data.decode("latin-1"), "latin-1"


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UserFacingError(TR_CONTEXT, _MSG_NOT_CSV_BINARY) from exc


def _refuse_known_binary(data: bytes) -> None:
    for magic, offset, message, params in _SIGNATURE_CHECKS:
        if data[offset : offset + len(magic)] == magic:
            raise UserFacingError(TR_CONTEXT, message, **params)
    if data[:2] == b"BM" and data[6:10] == b"\x00\x00\x00\x00":  # reserved bytes; never in text
        raise UserFacingError(TR_CONTEXT, _MSG_NOT_CSV_IMAGE, kind="BMP")
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        raise UserFacingError(TR_CONTEXT, _MSG_NOT_CSV_IMAGE, kind="WebP")
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        head = data[:4096]
        if b"[Content_Types].xml" in head or b"xl/" in head:
            raise UserFacingError(TR_CONTEXT, _MSG_NOT_CSV_EXCEL)
        raise UserFacingError(TR_CONTEXT, _MSG_NOT_CSV_ZIP)


def _utf16_without_bom(data: bytes) -> str | None:
    """Mostly-ASCII UTF-16 has a NUL in every other byte."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) // 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) // 2)
    if odd_nuls > 0.9 and even_nuls < 0.1:
        return "utf-16-le"
    if even_nuls > 0.9 and odd_nuls < 0.1:
        return "utf-16-be"
    return None


# --- reading the text as a stream -----------------------------------------------------------

# The largest number of data rows read from one file: a year of daily posts on every
# platform is a few thousand; a file far larger is another kind of export or an accident.
MAX_ROWS = 200_000
_HEAD_BYTES = 64 * 1024  # enough to recognise the encoding and binary formats
_HEAD_LINES = 50  # lines looked at to find the delimiter
_MAX_LINE_CHARS = 1024 * 1024  # a physical line longer than this is not a metrics export
# After plain UTF-8 fails somewhere in the file, the next encoding to try.
_FALLBACK = {"utf-8": "cp1252", "cp1252": "latin-1"}

OpenBinary = Callable[[], IO[bytes]]
"""Opens the file afresh at its start; the import reads it twice, never all at once."""


class _WrongEncoding(Exception):
    """Plain UTF-8 (or Windows-1252) failed further into the file: try the next one."""


class _Text:
    """The text of a CSV export, line by line from its start, as often as asked.

    The encoding is recognised from the first bytes (byte order marks, NUL patterns,
    binary formats); UTF-8 without a mark is only a guess until the whole file has
    been decoded, and a failure part-way switches to Windows-1252 for a new pass.
    """

    def __init__(self, data: str | bytes | OpenBinary) -> None:
        self._string: str | None = None
        if isinstance(data, str):
            self._string = data.removeprefix("\ufeff")
            self._open: OpenBinary = lambda: io.BytesIO()
            self.encoding = "text"
            return
        self._open = (lambda: io.BytesIO(data)) if isinstance(data, bytes) else data
        with self._open() as stream:
            head = stream.read(_HEAD_BYTES)
        self.encoding = _head_encoding(head)

    def fall_back(self, exc: _WrongEncoding) -> None:
        """Use the next encoding, or refuse the file as not text."""
        following = _FALLBACK.get(self.encoding)
        if following is None:
            raise UserFacingError(TR_CONTEXT, _MSG_NOT_CSV_BINARY) from exc
        self.encoding = following

    def lines(self) -> Iterator[str]:
        """Physical lines with their line ends; raises _WrongEncoding on undecodable bytes."""
        if self._string is not None:
            yield from io.StringIO(self._string, newline="")
            return
        refuse_nul = not self.encoding.startswith("utf-16")
        with self._open() as stream:
            text = io.TextIOWrapper(stream, encoding=self.encoding, errors="strict", newline="")
            number = 0
            try:
                while line := text.readline(_MAX_LINE_CHARS + 1):
                    number += 1
                    if len(line) > _MAX_LINE_CHARS:
                        raise UserFacingError(TR_CONTEXT, _MSG_LINE_TOO_LONG, line=number)
                    if refuse_nul and "\x00" in line:
                        raise UserFacingError(TR_CONTEXT, _MSG_NOT_CSV_BINARY)
                    yield line
            except UnicodeDecodeError as exc:
                raise _WrongEncoding(str(exc)) from exc
            finally:
                text.detach()


def _head_encoding(head: bytes) -> str:
    """The encoding told by a file's first bytes; refuses what is plainly not text."""
    if not head:
        raise UserFacingError(TR_CONTEXT, _MSG_EMPTY_FILE)
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    _refuse_known_binary(head)
    if b"\x00" in head:
        guessed = _utf16_without_bom(head)
        if guessed:
            return guessed
        raise UserFacingError(TR_CONTEXT, _MSG_NOT_CSV_BINARY)
    return "utf-8"


def _record_stream(
    lines: Iterator[str], delimiter: str, line_offset: int
) -> Iterator[tuple[int, list[str]]]:
    """Each non-empty record with the line it starts on (1-based, in the original file)."""
    reader = csv.reader(lines, delimiter=delimiter)
    previous = 0
    try:
        for record in reader:
            if record:
                yield previous + 1 + line_offset, record
            previous = reader.line_num
    except csv.Error as exc:
        raise _CsvBroken(TR_CONTEXT, _MSG_CSV_BROKEN, line=previous + 1 + line_offset) from exc


class _CsvBroken(UserFacingError):
    """The CSV structure breaks at a line (an unclosed quote, a field far too long)."""


@dataclass(frozen=True)
class _Layout:
    """How a file is laid out: found from its first lines."""

    delimiter: str
    line_offset: int  # 1 when an Excel "sep=" line comes first


def _layout(text: _Text) -> _Layout:
    head: list[str] = []
    for line in text.lines():
        head.append(line)
        if len(head) >= _HEAD_LINES:
            break
    first = head[0] if head else ""
    hint = re.fullmatch(r'"?sep=(.)"?\s*', first.rstrip("\r\n"))
    if hint:
        return _Layout(hint.group(1), 1)
    return _Layout(detect_delimiter("".join(head)), 0)


def _records_of(text: _Text, layout: _Layout) -> Iterator[tuple[int, list[str]]]:
    lines = text.lines()
    if layout.line_offset:
        next(lines, None)
    return _record_stream(lines, layout.delimiter, layout.line_offset)


def read_headers(data: bytes | OpenBinary) -> tuple[str, ...]:
    """The column names of a CSV export, read from its first lines only; () when its
    first record cannot be read. Raises UserFacingError when it is not CSV text."""
    text = _Text(data)
    while True:
        try:
            records = _records_of(text, _layout(text))
            try:
                for _, cells in records:
                    if any(cell.strip() for cell in cells):
                        return tuple(cell.replace("\ufeff", "").strip() for cell in cells)
                return ()
            finally:
                records.close()  # type: ignore[attr-defined]
        except _WrongEncoding as exc:
            text.fall_back(exc)
        except _CsvBroken:
            return ()


# --- CSV structure --------------------------------------------------------------------------

_DELIMITERS = ",;\t"


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab: csv.Sniffer on the first lines, checked against the header."""
    header_line = _first_record_text(text)
    counts = {d: _count_outside_quotes(header_line, d) for d in _DELIMITERS}
    try:
        sniffed = csv.Sniffer().sniff("\n".join(text.splitlines()[:20]), _DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed in counts and counts[sniffed] > 0:
        return sniffed
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def _first_record_text(text: str) -> str:
    """The first non-blank line, continued while a quoted field is still open."""
    lines = text.splitlines()
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        record = line
        while record.count('"') % 2 and index + 1 < len(lines):
            index += 1
            record += "\n" + lines[index]
        return record
    return ""


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count = 0
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count


# --- headers and mapping --------------------------------------------------------------------


def normalize_header(name: str) -> str:
    """Case, spacing, BOMs and quotes do not matter when matching column names."""
    cleaned = unicodedata.normalize("NFKC", name).replace("\ufeff", "").strip().strip('"').strip()
    return " ".join(cleaned.casefold().split())


def guess_source(headers: Sequence[str]) -> str | None:
    """Which export the headers come from, or None when no source is clearly ahead."""
    names = {normalize_header(h) for h in headers}
    scores = {}
    for source in SOURCES:
        signature = len(names & _SIGNATURES[source])
        if signature:
            scores[source] = signature * 2 + len(guess_mapping(headers, source))
    if not scores:
        return None
    best = max(scores.values())
    leaders = [s for s, score in scores.items() if score == best]
    return leaders[0] if len(leaders) == 1 else None


def guess_mapping(headers: Sequence[str], source: str | None) -> dict[str, int]:
    """Field -> column index from the preset of `source` (all presets when None)."""
    names = [normalize_header(h) for h in headers]
    if source is None:
        presets: list[Mapping[str, tuple[str, ...]]] = [PRESETS[s] for s in SOURCES]
        presets.append(_GENERIC)
    elif source in PRESETS:
        presets = [PRESETS[source]]
    else:
        raise ValueError(f"unknown source {source!r}")
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for name in FIELDS:
        aliases = [alias for preset in presets for alias in preset.get(name, ())]
        for alias in aliases:
            index = next(
                (i for i, header in enumerate(names) if header == alias and i not in used), None
            )
            if index is not None:
                mapping[name] = index
                used.add(index)
                break
    return mapping


def _check_mapping(mapping: Mapping[str, int], width: int) -> dict[str, int]:
    checked = {}
    for name, index in mapping.items():
        if name not in FIELDS:
            raise ValueError(f"unknown field {name!r}")
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < width:
            raise ValueError(f"column {index!r} for {name!r} is not one of the {width} columns")
        checked[name] = index
    return checked


def _require_columns(mapping: Mapping[str, int]) -> None:
    has_id = any(name in mapping for name in IDENTITY_FIELDS)
    has_metric = any(name in mapping for name in METRIC_FIELDS)
    id_labels = ", ".join(FIELD_LABELS[name] for name in IDENTITY_FIELDS)
    metric_labels = ", ".join(FIELD_LABELS[name] for name in METRIC_FIELDS)
    if not has_id and not has_metric:
        raise MissingColumnsError(
            TR_CONTEXT,
            _MSG_NO_COLUMNS,
            (*IDENTITY_FIELDS, *METRIC_FIELDS),
            id_fields=id_labels,
            metric_fields=metric_labels,
        )
    if not has_id:
        raise MissingColumnsError(TR_CONTEXT, _MSG_NO_ID_COLUMNS, IDENTITY_FIELDS, fields=id_labels)
    if not has_metric:
        raise MissingColumnsError(
            TR_CONTEXT, _MSG_NO_METRIC_COLUMNS, METRIC_FIELDS, fields=metric_labels
        )


def _looks_indonesian(headers: Sequence[str]) -> bool:
    words = {word for header in headers for word in normalize_header(header).split()}
    return bool(words & _INDONESIAN_WORDS)


def _file_platform(source: str | None, headers: Sequence[str]) -> Platform | None:
    if source == TIKTOK:
        return Platform.TIKTOK
    if source == X:
        return Platform.X
    if source == YOUTUBE:
        return Platform.YOUTUBE
    if source == META:
        names = {normalize_header(h) for h in headers}
        if names & {"account username", "account id", "nama pengguna akun", "id akun"}:
            return Platform.INSTAGRAM
        if names & {"page id", "page name", "id halaman", "nama halaman", "reactions", "reaksi"}:
            return Platform.FACEBOOK
        if names & {"saves", "disimpan", "plays"}:
            return Platform.INSTAGRAM
    return None


_HOST_PLATFORMS: tuple[tuple[str, Platform], ...] = (
    ("instagram.com", Platform.INSTAGRAM),
    ("facebook.com", Platform.FACEBOOK),
    ("fb.com", Platform.FACEBOOK),
    ("fb.watch", Platform.FACEBOOK),
    ("tiktok.com", Platform.TIKTOK),
    ("x.com", Platform.X),
    ("twitter.com", Platform.X),
    ("youtube.com", Platform.YOUTUBE),
    ("youtu.be", Platform.YOUTUBE),
    ("threads.net", Platform.THREADS),
    ("threads.com", Platform.THREADS),
)


def platform_of_link(link: str) -> Platform | None:
    """The platform a post link points to, from its host name."""
    try:
        host = (urlsplit(link.strip()).hostname or "").casefold()
    except ValueError:
        return None
    for suffix, platform in _HOST_PLATFORMS:
        if host == suffix or host.endswith("." + suffix):
            return platform
    return None


# --- numbers --------------------------------------------------------------------------------

_MISSING = frozenset({"", "-", "—", "–", "--", "n/a", "na", "none", "null", "nan", "tidak ada"})
_SUFFIXES: dict[str, int] = {
    "k": 1_000,
    "rb": 1_000,
    "ribu": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mio": 1_000_000,
    "jt": 1_000_000,
    "juta": 1_000_000,
    "b": 1_000_000_000,
    "bn": 1_000_000_000,
    "miliar": 1_000_000_000,
}
_NUMBER = re.compile(r"\+?(?P<num>[0-9](?:[0-9.,' ]*[0-9])?)\s*(?P<suffix>[^\W\d_]+)?\.?")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9](?:[0-9.,' ]*[0-9])?\s*%?")


def parse_count(value: str, decimal_mark: str = ".") -> int | None:
    """A count as a whole number, None when missing; ValueError when unreadable.

    See the module docstring for the rules; `decimal_mark` matters only for
    abbreviated numbers like "1,234K".
    """
    text = " ".join(unicodedata.normalize("NFKC", value).split())
    if text.casefold() in _MISSING or text.endswith("%"):
        return None
    match = _NUMBER.fullmatch(text.casefold())
    if not match:
        raise ValueError(f"not a number: {value!r}")
    suffix = match.group("suffix")
    if suffix is None:
        number = _to_decimal(match.group("num"), decimal_mark, abbreviated=False)
        if number != number.to_integral_value():
            raise ValueError(f"not a whole number: {value!r}")
        return int(number)
    if suffix not in _SUFFIXES:
        raise ValueError(f"unknown abbreviation in {value!r}")
    number = _to_decimal(match.group("num"), decimal_mark, abbreviated=True) * _SUFFIXES[suffix]
    return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _to_decimal(num: str, decimal_mark: str, *, abbreviated: bool) -> Decimal:
    marks = {c for c in num if c in ".,"}
    mark: str | None = None
    if len(marks) == 2:
        mark = "." if num.rfind(".") > num.rfind(",") else ","
    elif len(marks) == 1:
        (only,) = marks
        if num.count(only) == 1:
            after = len(num) - num.index(only) - 1
            if after != 3 or (abbreviated and only == decimal_mark):
                mark = only
    if mark is not None:
        if num.count(mark) != 1:
            raise ValueError(num)
        whole, _, fraction = num.partition(mark)
    else:
        whole, fraction = num, ""
    if len({c for c in whole if c in ".,' "}) > 1:
        raise ValueError(num)
    groups = re.split(r"[.,' ]", whole)
    if len(groups) > 1 and (
        not 1 <= len(groups[0]) <= 3 or any(len(group) != 3 for group in groups[1:])
    ):
        raise ValueError(num)
    digits = "".join(groups)
    if not re.fullmatch(r"[0-9]+", digits) or (fraction and not re.fullmatch(r"[0-9]+", fraction)):
        raise ValueError(num)
    try:
        return Decimal(f"{digits}.{fraction}" if fraction else digits)
    except InvalidOperation as exc:
        raise ValueError(num) from exc


def _decimal_votes(cell: str) -> tuple[int, int]:
    """(votes for a decimal comma, votes for a decimal point) from one unambiguous number."""
    text = " ".join(unicodedata.normalize("NFKC", cell).split()).casefold()
    match = _NUMBER.fullmatch(text.rstrip("%").strip())
    if not match or not (_PLAIN_NUMBER.fullmatch(text) or match.group("suffix") in _SUFFIXES):
        return 0, 0
    num = match.group("num")
    has_comma, has_point = "," in num, "." in num
    if has_comma and has_point:
        return (1, 0) if num.rfind(",") > num.rfind(".") else (0, 1)
    for mark, vote in ((",", (1, 0)), (".", (0, 1))):
        if mark not in num:
            continue
        if num.count(mark) > 1:
            # Repeated marks group thousands, so the other mark is the decimal one.
            valid = re.fullmatch(rf"[0-9]{{1,3}}(?:\{mark}[0-9]{{3}})+", num)
            return (vote[1], vote[0]) if valid else (0, 0)
        after = len(num) - num.index(mark) - 1
        return vote if after != 3 else (0, 0)
    return 0, 0


# --- dates ----------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("jan", "january", "januari"),
        ("feb", "february", "februari", "peb", "pebruari"),
        ("mar", "march", "maret"),
        ("apr", "april"),
        ("may", "mei"),
        ("jun", "june", "juni"),
        ("jul", "july", "juli"),
        ("aug", "august", "agu", "agt", "agustus", "ags"),
        ("sep", "sept", "september"),
        ("oct", "october", "okt", "oktober"),
        ("nov", "november", "nop", "nopember"),
        ("dec", "december", "des", "desember"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

_ZONES = {"wib": 7, "wita": 8, "wit": 9, "utc": 0, "gmt": 0, "z": 0}
_TIME = (
    r"(?:[t\s,]+(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<s>\d{2})(?:\.\d+)?)?\s*(?P<ampm>am|pm)?)?"
)
_ZONE = r"(?:\s*(?P<zone>[+-]\d{2}:?\d{2}|wib|wita|wit|utc|gmt|z)(?!\w))?"
_DATE_ISO = re.compile(r"(?P<y>\d{4})-(?P<mo>\d{1,2})-(?P<d>\d{1,2})" + _TIME + _ZONE)
_DATE_NUMERIC = re.compile(
    r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})" + _TIME + _ZONE
)
_DATE_MONTH_FIRST = re.compile(
    r"(?:[^\W\d_]+,?\s+)?(?P<mon>[^\W\d_]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})" + _TIME + _ZONE
)
_DATE_DAY_FIRST = re.compile(
    r"(?:[^\W\d_]+,?\s+)?(?P<d>\d{1,2})\s+(?P<mon>[^\W\d_]+)\.?,?\s+(?P<y>\d{4})" + _TIME + _ZONE
)


def parse_published(value: str, day_first: bool = True) -> dt.datetime | None:
    """A publish time in any of the export formats; None when missing, ValueError if unreadable."""
    text = " ".join(unicodedata.normalize("NFKC", value).split()).casefold()
    if text in _MISSING:
        return None
    match = _DATE_ISO.fullmatch(text)
    if match:
        year, month, day = int(match["y"]), int(match["mo"]), int(match["d"])
        return _build_datetime(year, month, day, match)
    match = _DATE_NUMERIC.fullmatch(text)
    if match:
        first, second = int(match["a"]), int(match["b"])
        day, month = (first, second) if day_first else (second, first)
        year = int(match["y"])
        year += 2000 if year < 100 else 0
        return _build_datetime(year, month, day, match)
    for pattern in (_DATE_MONTH_FIRST, _DATE_DAY_FIRST):
        match = pattern.fullmatch(text)
        if match and match["mon"] in _MONTHS:
            return _build_datetime(int(match["y"]), _MONTHS[match["mon"]], int(match["d"]), match)
    raise ValueError(f"not a date: {value!r}")


def _build_datetime(year: int, month: int, day: int, match: re.Match[str]) -> dt.datetime:
    hour = int(match["h"]) if match["h"] else 0
    minute = int(match["mi"]) if match["mi"] else 0
    second = int(match["s"]) if match["s"] else 0
    if match["ampm"]:
        if not 1 <= hour <= 12:
            raise ValueError("hour out of range for am/pm")
        hour = hour % 12 + (12 if match["ampm"] == "pm" else 0)
    zone = match["zone"]
    tzinfo: dt.tzinfo | None = None
    if zone in _ZONES:
        tzinfo = dt.timezone(dt.timedelta(hours=_ZONES[zone]))
    elif zone:
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        tzinfo = dt.timezone(sign * offset)
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=tzinfo)


def _day_first_vote(value: str) -> bool | None:
    """Whether a date like 03/04/2026 tells the column's order: a number above 12 is the
    day. The first value that tells decides for the whole column."""
    match = _DATE_NUMERIC.fullmatch(" ".join(value.split()).casefold())
    if not match:
        return None
    if int(match["a"]) > 12:
        return True
    if int(match["b"]) > 12:
        return False
    return None


# --- the import -----------------------------------------------------------------------------

_SNIPPET_LENGTH = 120
_SCIENTIFIC = re.compile(r"[0-9](?:[.,][0-9]+)?e\+?[0-9]+", re.IGNORECASE)


def parse_metrics(
    data: str | bytes | OpenBinary,
    mapping: Mapping[str, int] | None = None,
    source: str | None = None,
    *,
    max_rows: int = MAX_ROWS,
) -> ImportPreview:
    """Read a metrics export into rows to import and rows left out.

    `data` is the text, the bytes, or a function that opens the file: then the file
    is read as a stream, twice (the file's decimal mark and date order are voted over
    every row before any row is read), and never held whole in memory.
    `source` (one of SOURCES) and `mapping` (field -> column index) override the
    guesses. Raises UserFacingError for a file that is not CSV text or has more than
    `max_rows` rows, and MissingColumnsError when there is no column to match posts
    with or no column of figures: never a half result.
    """
    if source is not None and source not in PRESETS:
        raise ValueError(f"unknown source {source!r}")
    text = _Text(data)
    while True:
        try:
            survey = _survey(text, mapping, source, max_rows)
            break
        except _WrongEncoding as exc:
            text.fall_back(exc)
    try:
        return _read_rows(text, survey, max_rows)
    except _WrongEncoding as exc:  # the file changed between the two readings
        raise UserFacingError(TR_CONTEXT, _MSG_NOT_CSV_BINARY) from exc


@dataclass(frozen=True)
class _Survey:
    """What the first reading found: enough to read every row the same way."""

    layout: _Layout
    headers: tuple[str, ...]
    source: str | None
    mapping: Mapping[str, int]
    decimal_mark: str
    day_first: bool
    file_platform: Platform | None


def _too_many_rows(max_rows: int) -> UserFacingError:
    return UserFacingError(TR_CONTEXT, _MSG_TOO_MANY_ROWS, limit=max_rows)


def _survey(
    text: _Text, mapping: Mapping[str, int] | None, source: str | None, max_rows: int
) -> _Survey:
    """The first reading: headers, mapping, and the votes for the decimal mark and the
    date order over every row; stops at once past `max_rows` rows."""
    layout = _layout(text)
    stream = _records_of(text, layout)
    first = next(stream, None)
    records: Iterator[tuple[int, list[str]]] = stream
    if first is not None and not any(cell.strip() for cell in first[1]):
        second = next(stream, None)  # a file of nothing but blanks is empty
        if second is None:
            first = None
        else:
            records = itertools.chain([second], stream)
    if first is None:
        raise UserFacingError(TR_CONTEXT, _MSG_EMPTY_FILE)
    headers = tuple(cell.replace("\ufeff", "").strip() for cell in first[1])
    source = source or guess_source(headers)
    if mapping is None:
        mapping = guess_mapping(headers, source)
    mapping = _check_mapping(mapping, len(headers))
    _require_columns(mapping)

    ignored = {mapping[name] for name in (LINK, POST_ID, PUBLISHED, TEXT) if name in mapping}
    published = mapping.get(PUBLISHED)
    comma = point = count = 0
    day_first: bool | None = None
    for _, cells in records:
        count += 1
        if count > max_rows:
            stream.close()  # type: ignore[attr-defined]
            raise _too_many_rows(max_rows)
        for index, cell in enumerate(cells):
            if index in ignored:
                continue
            votes = _decimal_votes(cell)
            comma += votes[0]
            point += votes[1]
        if day_first is None and published is not None:
            day_first = _day_first_vote(_cell(cells, published))

    indonesian = _looks_indonesian(headers)
    if comma != point:
        decimal_mark = "," if comma > point else "."
    else:
        decimal_mark = "," if layout.delimiter == ";" or indonesian else "."
    if day_first is None:
        day_first = indonesian or layout.delimiter == ";"
    return _Survey(
        layout=layout,
        headers=headers,
        source=source,
        mapping=dict(mapping),
        decimal_mark=decimal_mark,
        day_first=day_first,
        file_platform=_file_platform(source, headers),
    )


def _read_rows(text: _Text, survey: _Survey, max_rows: int) -> ImportPreview:
    """The second reading: every row read with what the survey decided."""
    rows: list[MetricRow] = []
    skipped: list[SkippedRow] = []
    # The first 64 bits of each row's fingerprint, for finding duplicates afterwards:
    # 8 bytes a row, where a dict of fingerprints would take well over 100.
    keys = array.array("Q")
    records = _records_of(text, survey.layout)
    next(records, None)  # the header
    count = 0
    for line, cells in records:
        count += 1
        if count > max_rows:  # the file grew since the survey
            records.close()  # type: ignore[attr-defined]
            raise _too_many_rows(max_rows)
        outcome = _read_row(
            line,
            cells,
            survey.headers,
            survey.mapping,
            survey.decimal_mark,
            survey.day_first,
            survey.file_platform,
        )
        if isinstance(outcome, SkippedRow):
            skipped.append(outcome)
            continue
        rows.append(outcome)
        keys.append(int(outcome.fingerprint[:16], 16))

    duplicates = _duplicates(rows, keys)
    if duplicates:
        skipped.extend(
            SkippedRow(rows[i].line, SKIP_DUPLICATE, _SKIP_DUPLICATE, {"line": rows[first].line})
            for i, first in duplicates.items()
        )
        skipped.sort(key=lambda s: s.line)  # stable: in the file's order, as read
        rows = [row for i, row in enumerate(rows) if i not in duplicates]
    return ImportPreview(
        source=survey.source,
        platform=survey.file_platform,
        encoding=text.encoding,
        delimiter=survey.layout.delimiter,
        decimal_mark=survey.decimal_mark,
        day_first=survey.day_first,
        headers=survey.headers,
        mapping=dict(survey.mapping),
        rows=tuple(rows),
        skipped=tuple(skipped),
    )


def _duplicates(rows: Sequence[MetricRow], keys: array.array[int]) -> dict[int, int]:
    """Rows that repeat an earlier row (same post, same figures): index -> the first's
    index. Rows are grouped by the start of their fingerprint, then compared whole."""
    order = sorted(range(len(rows)), key=keys.__getitem__)
    found: dict[int, int] = {}
    start = 0
    for end in range(1, len(order) + 1):
        if end < len(order) and keys[order[end]] == keys[order[start]]:
            continue
        if end - start > 1:
            first_of: dict[str, int] = {}
            for index in sorted(order[start:end]):
                fingerprint = rows[index].fingerprint
                if fingerprint in first_of:
                    found[index] = first_of[fingerprint]
                else:
                    first_of[fingerprint] = index
        start = end
    return found


def _cell(cells: Sequence[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return cells[index].strip()


def _read_row(
    line: int,
    cells: Sequence[str],
    headers: Sequence[str],
    mapping: Mapping[str, int],
    decimal_mark: str,
    day_first: bool,
    file_platform: Platform | None,
) -> MetricRow | SkippedRow:
    if not any(cell.strip() for cell in cells):
        return SkippedRow(line, SKIP_EMPTY, _SKIP_EMPTY)
    for index in {0, *(mapping[n] for n in (LINK, POST_ID, TEXT) if n in mapping)}:
        value = _cell(cells, index)
        if normalize_header(value) in _TOTAL_WORDS:
            return SkippedRow(line, SKIP_TOTAL, _SKIP_TOTAL, {"value": value})

    link = _cell(cells, mapping.get(LINK)) or None
    post_id = _cell(cells, mapping.get(POST_ID)) or None
    if post_id and _SCIENTIFIC.fullmatch(post_id):
        post_id = None  # an ID Excel turned into 1.61E+18 no longer names the post
    raw_published = _cell(cells, mapping.get(PUBLISHED))
    try:
        published = parse_published(raw_published, day_first)
    except ValueError:
        published = None
        if not link and not post_id:
            column = headers[mapping[PUBLISHED]]
            return SkippedRow(
                line, SKIP_BAD_DATE, _SKIP_BAD_DATE, {"value": raw_published, "column": column}
            )
    if not link and not post_id and published is None:
        return SkippedRow(line, SKIP_NO_ID, _SKIP_NO_ID)

    metrics: dict[str, int] = {}
    for name in METRIC_FIELDS:
        if name not in mapping:
            continue
        raw = _cell(cells, mapping[name])
        try:
            count = parse_count(raw, decimal_mark)
        except ValueError:
            column = headers[mapping[name]]
            return SkippedRow(
                line, SKIP_BAD_NUMBER, _SKIP_BAD_NUMBER, {"value": raw, "column": column}
            )
        if count is not None:
            metrics[name] = count
    if not metrics:
        return SkippedRow(line, SKIP_NO_METRICS, _SKIP_NO_METRICS)

    platform = (platform_of_link(link) if link else None) or file_platform
    return MetricRow(
        line=line,
        platform=platform,
        link=link,
        post_id=post_id,
        published=published,
        snippet=_snippet(_cell(cells, mapping.get(TEXT))).encode("utf-8"),
        metrics=Figures(metrics),
    )


def row_fingerprint(
    platform: Platform | str | None,
    link: str | None,
    post_id: str | None,
    published: dt.datetime | None,
    metrics: Mapping[str, int],
) -> str:
    """sha256 over the platform, the post (ID, else link, else publish time) and the figures."""
    if post_id:
        identity = f"id:{post_id}"
    elif link:
        identity = f"link:{link}"
    else:
        identity = f"time:{published.isoformat() if published else ''}"
    figures = [f"{name}={metrics.get(name, '')}" for name in METRIC_FIELDS]
    payload = "\x1f".join(["medsos-metrics-1", str(platform or ""), identity, *figures])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) <= _SNIPPET_LENGTH:
        return flat
    return flat[: _SNIPPET_LENGTH - 1].rstrip() + "…"
