"""Caption checks: what a careful reviewer would catch before a post goes out.

Each problem is a `Finding` with a stable code, a severity, the span of the
caption it is about and an English message template marked for Qt's lupdate, so
the editor can underline the span, the CLI can print it, and both can show the
message in Indonesian.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from medsos_desktop.domain import x_text
from medsos_desktop.domain.platforms import RULES, Platform
from medsos_desktop.domain.text import QT_TRANSLATE_NOOP

TRANSLATION_CONTEXT = "CaptionCheck"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


_SEVERITY_RANK: dict[Severity, int] = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class Finding:
    """One problem in a caption, as data: the UI and the CLI decide how to show it."""

    code: str
    severity: Severity
    start: int
    end: int
    message: str
    params: Mapping[str, str | int] = field(default_factory=dict, hash=False)
    platform: Platform | None = None

    @property
    def key(self) -> str:
        """Stable name of this finding in a post: what a reviewer's written reason is kept under."""
        platform = self.platform.value if self.platform is not None else ""
        return f"{platform}:{self.code}:{self.start}"

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The message with its fields filled in, translated when `translate` is given.

        A translation whose fields do not match the source falls back to the English
        template rather than raising: a bad .ts entry must not break the editor.
        """
        values = dict(self.params)
        templates = [self.message]
        if translate is not None:
            templates.insert(0, translate(TRANSLATION_CONTEXT, self.message))
        for template in templates:
            try:
                return template.format_map(values)
            except (KeyError, IndexError, ValueError):
                continue
        return self.message


@dataclass(frozen=True)
class CheckContext:
    """What the checks need to know besides the caption itself."""

    official_hashtags: tuple[str, ...] = ()
    media_alt_texts: tuple[str, ...] = ()
    title: str = ""
    allowed_contacts: tuple[str, ...] = ()
    # How many photos and videos the post carries; None when unknown (a caption checked
    # on its own, as `medsos check-caption` does), so no "media missing" finding is made.
    media_count: int | None = None
    # Width and height of each image in order ((0, 0) when not known).
    media_sizes: tuple[tuple[int, int], ...] = ()


# --- Message templates ---------------------------------------------------------
# Each is one QT_TRANSLATE_NOOP call so that pyside6-lupdate extracts it (it joins
# adjacent string literals). Fields in braces are filled from Finding.params.

MSG_LENGTH_CHARS = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "The caption is {count} characters long; {platform} allows at most {limit}. "
    "The marked part beyond the limit would be cut off or the post refused.",
)
MSG_LENGTH_X = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "The post counts as {count} characters on X (every link counts as 23, an emoji as 2); "
    "X allows at most {limit}. The marked part does not fit.",
)
MSG_LENGTH_BYTES = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "The description is {count} bytes long; {platform} allows at most {limit} bytes "
    "(accented letters and emoji take 2 to 4 bytes each). The marked part does not fit.",
)
MSG_LENGTH_NEAR = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "The caption is close to the {platform} limit: {count} of {limit} used, {remaining} left.",
)
MSG_TITLE_TOO_LONG = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "The title is {count} characters long; {platform} allows at most {limit}. "
    "Shorten it before uploading.",
)
MSG_HASHTAGS_TOO_MANY = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "The caption has {count} hashtags; {platform} allows at most {limit}, "
    "so the post may be refused. Remove the marked hashtags.",
)
MSG_HASHTAGS_YOUTUBE = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "The description has {count} hashtags; YouTube ignores all hashtags when there are "
    "more than {limit}. Remove the marked ones.",
)
MSG_HASHTAGS_THREADS = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "Threads uses only one topic tag per post; the {extra} marked hashtags after the first "
    "will appear as plain text.",
)
MSG_HASHTAGS_OVER_RECOMMENDED = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "The caption has {count} hashtags; {platform} recommends at most {recommended} "
    "relevant ones, and more can look like spam. Consider removing the marked ones.",
)
MSG_MENTIONS_TOO_MANY = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "The caption mentions {count} accounts; {platform} allows at most {limit}, "
    "so the post may be refused. Remove the marked mentions.",
)
MSG_OFFICIAL_MISSING = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "The agency's official hashtags are missing: {missing}. Add them so the post is "
    "found together with the rest of the agency's posts and campaigns.",
)
MSG_OFFICIAL_MISSING_THREADS = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "None of the agency's official hashtags is used ({missing}). Threads allows one "
    "topic tag per post, so use one of them.",
)
MSG_PII_NIK = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "This looks like a NIK, a resident's population ID number ({masked}). Publishing it "
    "breaks UU 27/2022 tentang Pelindungan Data Pribadi; remove it or hide most digits.",
)
MSG_PII_KK = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "This 16-digit number may be a Kartu Keluarga (family card) or another personal "
    "number ({masked}). Such numbers are protected by UU 27/2022 tentang Pelindungan "
    "Data Pribadi; remove it or hide most digits.",
)
MSG_PII_PHONE = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "This looks like a personal phone number ({value}). Publishing someone's number "
    "without consent breaks UU 27/2022 tentang Pelindungan Data Pribadi; if it is an "
    "official hotline, add it to the agency's allowed contacts.",
)
MSG_PII_EMAIL = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "This looks like a personal e-mail address ({value}). Publishing it without consent "
    "breaks UU 27/2022 tentang Pelindungan Data Pribadi; if it is an official address, "
    "add it to the agency's allowed contacts.",
)
MSG_PII_EMAIL_GOVERNMENT = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "Government e-mail address ({value}): fine for an office mailbox, but make sure it "
    "is not a staff member's own address (UU 27/2022 tentang Pelindungan Data Pribadi).",
)
MSG_MEDIA_ALT_MISSING = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "Image {index} has no alt text. Describe it so that residents who use a screen "
    "reader can follow the post (UU 8/2016 tentang Penyandang Disabilitas).",
)
MSG_MEDIA_MISSING = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "{platform} shows only posts with a photo or a video, and this post has none. "
    "Add an image, or remove {platform} from the target platforms.",
)
MSG_MEDIA_MIXED_SHAPES = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "The images of this carousel have different shapes ({shapes}). {platform} crops every "
    "image to the shape of the first one ({first}), so parts of the others are cut off. "
    "Give all images the same shape (for example with an infographic of one size).",
)
MSG_MEDIA_OUTSIDE_RATIO = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "Image {index} has the shape {shape}; {platform} shows feed images between 4:5 (portrait) "
    "and 1.91:1 (landscape) and crops the rest. Crop it to 4:5, 1:1 or 1.91:1 yourself so "
    "nothing important is cut off.",
)
MSG_PLACEHOLDER_UNFILLED = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "The template field {placeholder} was not filled in; replace it with the real text "
    "before publishing.",
)
MSG_LINKS_NOT_CLICKABLE = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "Links in {platform} captions cannot be clicked; put the link in the profile bio "
    "(link di bio) and point readers to it.",
)
MSG_CAPTION_EMPTY = QT_TRANSLATE_NOOP(
    "CaptionCheck",
    "The caption is empty. Write at least one sentence about what the post is for.",
)

NEAR_LIMIT_RATIO = 0.9

# --- Length --------------------------------------------------------------------


def measure_length(text: str, platform: Platform) -> int:
    """Length in the unit the platform enforces, so the count matches what it refuses."""
    unit = RULES[platform].length_unit
    if unit == "x_weighted":
        return int(x_text.parse_tweet(text, RULES[platform].caption_limit).weightedLength)
    if unit == "utf8_bytes":
        return len(text.encode("utf-8"))
    return len(text)


def _twitter_normalize(text: str) -> str:
    """The text twitter_text actually measures: NFC, with every line break as LF."""
    return re.sub(r"\r\n|\r", "\n", unicodedata.normalize("NFC", text))


def _utf16_units_to_index(text: str, units: int) -> int:
    """Index of the first character that does not fit within `units` UTF-16 code units."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > units:
            return index
    return len(text)


def _x_overflow_start(text: str, limit: int) -> int:
    """Where an over-long X post stops fitting, as an index into `text` itself.

    twitter_text reports the valid range in UTF-16 units of the normalised text;
    convert that back so a whole link or emoji is marked, never half of one.
    """
    normalized = _twitter_normalize(text)
    result = x_text.parse_tweet(normalized, limit)
    index = _utf16_units_to_index(normalized, result.validRangeEnd + 1)
    if normalized == text:
        return index
    # Largest prefix of the original whose normalised form is no longer than `index`.
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if len(_twitter_normalize(text[:middle])) <= index:
            low = middle
        else:
            high = middle - 1
    return low


def _bytes_overflow_start(text: str, limit: int) -> int:
    used = 0
    for index, char in enumerate(text):
        used += len(char.encode("utf-8"))
        if used > limit:
            return index
    return len(text)


def _check_length(text: str, platform: Platform) -> list[Finding]:
    rules = RULES[platform]
    count = measure_length(text, platform)
    limit = rules.caption_limit
    params: dict[str, str | int] = {
        "count": count,
        "limit": limit,
        "unit": rules.length_unit,
        "platform": rules.label,
    }
    if count > limit:
        if rules.length_unit == "x_weighted":
            start, message = _x_overflow_start(text, limit), MSG_LENGTH_X
        elif rules.length_unit == "utf8_bytes":
            start, message = _bytes_overflow_start(text, limit), MSG_LENGTH_BYTES
        else:
            start, message = limit, MSG_LENGTH_CHARS
        return [
            Finding("length.exceeded", Severity.ERROR, start, len(text), message, params, platform)
        ]
    if count >= limit * NEAR_LIMIT_RATIO:
        params["remaining"] = limit - count
        return [
            Finding("length.near_limit", Severity.INFO, 0, 0, MSG_LENGTH_NEAR, params, platform)
        ]
    return []


def _check_title(title: str, platform: Platform) -> list[Finding]:
    rules = RULES[platform]
    if rules.title_limit is None or len(title) <= rules.title_limit:
        return []
    params: dict[str, str | int] = {
        "count": len(title),
        "limit": rules.title_limit,
        "platform": rules.label,
    }
    return [Finding("title.too_long", Severity.ERROR, 0, 0, MSG_TITLE_TOO_LONG, params, platform)]


# --- Tokens: links, e-mails, hashtags, mentions, placeholders ---------------------

# A hashtag needs at least one letter (#1 is not a tag anywhere) and cannot follow a
# word character (C#, a#b) or an HTML entity (&#39;). Combining marks are kept for
# text typed with decomposed accents.
_HASHTAG = re.compile(r"(?<![\w&#＃])[#＃](?=[\w\u0300-\u036f]*[^\W\d_])[\w\u0300-\u036f]+")
# Instagram-style handles: letters, digits, "_" and inner dots.
_MENTION = re.compile(r"(?<![\w@.])[@＠]\w(?:[\w.]*\w)?")
_EMAIL = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?![\w-])"
)
_PLACEHOLDER = re.compile(r"\{\w+\}")
_MASK = "\x00"

Span = tuple[int, int]


def _mask(text: str, spans: Iterable[Span]) -> str:
    """Blank out spans with a character no check matches, keeping every index."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = _MASK * (end - start)
    return "".join(chars)


def _url_spans(text: str) -> list[Span]:
    return [(u["indices"][0], u["indices"][1]) for u in x_text.extract_urls_with_indices(text)]


def _over_limit_span(spans: list[Span], limit: int) -> tuple[int, int]:
    """From the first item past the limit to the end of the last one."""
    return spans[limit][0], spans[-1][1]


def _check_hashtags(tags: list[Span], platform: Platform) -> list[Finding]:
    rules = RULES[platform]
    count = len(tags)
    label = rules.label
    if platform is Platform.THREADS:
        if count <= 1:
            return []
        start, end = _over_limit_span(tags, 1)
        params: dict[str, str | int] = {
            "count": count,
            "limit": 1,
            "extra": count - 1,
            "platform": label,
        }
        return [
            Finding(
                "hashtags.too_many",
                Severity.WARNING,
                start,
                end,
                MSG_HASHTAGS_THREADS,
                params,
                platform,
            )
        ]
    if rules.max_hashtags is not None and count > rules.max_hashtags:
        start, end = _over_limit_span(tags, rules.max_hashtags)
        message = MSG_HASHTAGS_YOUTUBE if platform is Platform.YOUTUBE else MSG_HASHTAGS_TOO_MANY
        params = {"count": count, "limit": rules.max_hashtags, "platform": label}
        return [Finding("hashtags.too_many", Severity.ERROR, start, end, message, params, platform)]
    if rules.recommended_hashtags is not None and count > rules.recommended_hashtags:
        start, end = _over_limit_span(tags, rules.recommended_hashtags)
        params = {"count": count, "recommended": rules.recommended_hashtags, "platform": label}
        return [
            Finding(
                "hashtags.over_recommended",
                Severity.WARNING,
                start,
                end,
                MSG_HASHTAGS_OVER_RECOMMENDED,
                params,
                platform,
            )
        ]
    return []


def _check_mentions(mentions: list[Span], platform: Platform) -> list[Finding]:
    rules = RULES[platform]
    if rules.max_mentions is None or len(mentions) <= rules.max_mentions:
        return []
    start, end = _over_limit_span(mentions, rules.max_mentions)
    params: dict[str, str | int] = {
        "count": len(mentions),
        "limit": rules.max_mentions,
        "platform": rules.label,
    }
    return [
        Finding(
            "mentions.too_many",
            Severity.ERROR,
            start,
            end,
            MSG_MENTIONS_TOO_MANY,
            params,
            platform,
        )
    ]


def _check_official_hashtags(
    text: str, tags: list[Span], official: Iterable[str], platform: Platform
) -> list[Finding]:
    """Official tags must appear as whole tags: #BandungJuara2025 is not #BandungJuara."""
    wanted: list[str] = []
    for raw in official:
        word = raw.strip().lstrip("#＃").strip()
        if word and ("#" + word).casefold() not in {w.casefold() for w in wanted}:
            wanted.append("#" + word)
    if not wanted:
        return []
    present = {"#" + text[start + 1 : end].casefold() for start, end in tags}
    missing = [tag for tag in wanted if tag.casefold() not in present]
    if not missing:
        return []
    params: dict[str, str | int] = {
        "missing": ", ".join(missing),
        "count": len(missing),
        "platform": RULES[platform].label,
    }
    if platform is Platform.THREADS:
        # One topic tag per post: any one official tag is enough.
        if len(missing) < len(wanted):
            return []
        message = MSG_OFFICIAL_MISSING_THREADS
    else:
        message = MSG_OFFICIAL_MISSING
    return [Finding("hashtags.official_missing", Severity.WARNING, 0, 0, message, params, platform)]


def _check_placeholders(text: str, platform: Platform) -> list[Finding]:
    return [
        Finding(
            "placeholder.unfilled",
            Severity.ERROR,
            m.start(),
            m.end(),
            MSG_PLACEHOLDER_UNFILLED,
            {"placeholder": m.group()},
            platform,
        )
        for m in _PLACEHOLDER.finditer(text)
    ]


def _check_links(text: str, urls: list[Span], platform: Platform) -> list[Finding]:
    if RULES[platform].links_clickable:
        return []
    label = RULES[platform].label
    return [
        Finding(
            "links.not_clickable",
            Severity.INFO,
            start,
            end,
            MSG_LINKS_NOT_CLICKABLE,
            {"url": text[start:end], "platform": label},
            platform,
        )
        for start, end in urls
    ]


def _check_media(alt_texts: Iterable[str], platform: Platform) -> list[Finding]:
    return [
        Finding(
            "media.alt_missing",
            Severity.WARNING,
            0,
            0,
            MSG_MEDIA_ALT_MISSING,
            {"index": index},
            platform,
        )
        for index, alt in enumerate(alt_texts, start=1)
        if not alt.strip()
    ]


# Named shapes an admin knows from the platforms' help pages, as width / height.
_SHAPE_NAMES = (
    (1.0, "1:1"),
    (0.8, "4:5"),
    (0.75, "3:4"),
    (9 / 16, "9:16"),
    (16 / 9, "16:9"),
    (1.91, "1.91:1"),
    (4 / 3, "4:3"),
    (1.5, "3:2"),
    (2 / 3, "2:3"),
)


def shape_name(width: int, height: int) -> str:
    """ "4:5" for 1080×1350 (or a near shape), else the size itself: what a reader knows."""
    ratio = width / height
    for value, name in _SHAPE_NAMES:
        if abs(ratio - value) / value < 0.015:
            return name
    return f"{width}×{height}"


def _check_media_shapes(sizes: Iterable[tuple[int, int]], platform: Platform) -> list[Finding]:
    """Instagram shows a carousel at its first image's shape and any feed image only between
    4:5 and 1.91:1: a mixed or too tall/wide set loses parts of its pictures."""
    if platform is not Platform.INSTAGRAM:
        return []
    known = [(i, w, h) for i, (w, h) in enumerate(sizes, start=1) if w > 0 and h > 0]
    label = RULES[platform].label
    findings = [
        Finding(
            "media.outside_ratio",
            Severity.WARNING,
            0,
            0,
            MSG_MEDIA_OUTSIDE_RATIO,
            {"index": i, "shape": shape_name(w, h), "platform": label},
            platform,
        )
        for i, w, h in known
        if w / h < 0.8 * 0.985 or w / h > 1.91 * 1.015
    ]
    ratios = [w / h for _i, w, h in known]
    if len(ratios) >= 2 and any(abs(r - ratios[0]) / ratios[0] > 0.015 for r in ratios):
        shapes = list(dict.fromkeys(shape_name(w, h) for _i, w, h in known))
        params: dict[str, str | int] = {
            "shapes": ", ".join(shapes),
            "first": shapes[0],
            "platform": label,
        }
        findings.append(
            Finding(
                "media.mixed_shapes",
                Severity.WARNING,
                0,
                0,
                MSG_MEDIA_MIXED_SHAPES,
                params,
                platform,
            )
        )
    return findings


# Feeds made of pictures and videos: a post with text only cannot be uploaded there.
MEDIA_REQUIRED: frozenset[Platform] = frozenset(
    {Platform.INSTAGRAM, Platform.TIKTOK, Platform.YOUTUBE}
)


def _check_media_present(media_count: int | None, platform: Platform) -> list[Finding]:
    if media_count is None or media_count > 0 or platform not in MEDIA_REQUIRED:
        return []
    params: dict[str, str | int] = {"platform": RULES[platform].label}
    return [Finding("media.missing", Severity.ERROR, 0, 0, MSG_MEDIA_MISSING, params, platform)]


# --- Personal data (UU 27/2022) --------------------------------------------------

# For each province code of the NIK: (highest kabupaten number, number of kota,
# numbered from 71). Kemendagri's kode wilayah, with generous upper bounds where a
# province was split, because a NIK keeps the code it was issued under. Papua's
# codes are in use both as Kemendagri (91 Papua, 92 Papua Barat, 93-96 the 2022
# provinces) and as older BPS-style numbering (94 Papua), so they are all accepted.
_REGENCIES: dict[str, tuple[int, int]] = {
    "11": (18, 5),  # Aceh
    "12": (25, 8),  # Sumatera Utara
    "13": (12, 7),  # Sumatera Barat
    "14": (10, 3),  # Riau
    "15": (9, 2),  # Jambi
    "16": (13, 4),  # Sumatera Selatan
    "17": (9, 1),  # Bengkulu
    "18": (13, 2),  # Lampung
    "19": (6, 1),  # Kepulauan Bangka Belitung
    "21": (5, 2),  # Kepulauan Riau
    "31": (1, 5),  # DKI Jakarta
    "32": (18, 9),  # Jawa Barat
    "33": (29, 6),  # Jawa Tengah
    "34": (4, 1),  # DI Yogyakarta
    "35": (29, 9),  # Jawa Timur
    "36": (4, 4),  # Banten
    "51": (8, 1),  # Bali
    "52": (8, 2),  # Nusa Tenggara Barat
    "53": (21, 1),  # Nusa Tenggara Timur
    "61": (12, 2),  # Kalimantan Barat
    "62": (13, 1),  # Kalimantan Tengah
    "63": (11, 2),  # Kalimantan Selatan
    "64": (11, 4),  # Kalimantan Timur
    "65": (4, 1),  # Kalimantan Utara
    "71": (11, 4),  # Sulawesi Utara
    "72": (13, 1),  # Sulawesi Tengah
    "73": (26, 3),  # Sulawesi Selatan
    "74": (17, 2),  # Sulawesi Tenggara
    "75": (5, 1),  # Gorontalo
    "76": (6, 0),  # Sulawesi Barat
    "81": (11, 2),  # Maluku
    "82": (10, 2),  # Maluku Utara
    "91": (29, 1),  # Papua
    "92": (13, 1),  # Papua Barat
    "93": (4, 0),  # Papua Selatan
    "94": (36, 1),  # Papua Tengah; Papua in the older numbering
    "95": (8, 0),  # Papua Pegunungan
    "96": (6, 1),  # Papua Barat Daya
}
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

# Sixteen digits, optionally grouped by single spaces, dots or dashes, and not part
# of a longer run of digits.
_SIXTEEN_DIGITS = re.compile(r"(?<!\d)(?<!\d[ .\-])\d(?:[ .\-]?\d){15}(?![ .\-]?\d)")


def is_valid_nik(digits: str) -> bool:
    """Whether 16 digits have the structure of a NIK (Nomor Induk Kependudukan).

    Region (province, regency, district), birth date DDMMYY with 40 added to the
    day for women, then a serial number that is never 0000.
    """
    if len(digits) != 16 or not digits.isdigit():
        return False
    bounds = _REGENCIES.get(digits[:2])
    if bounds is None:
        return False
    kabupaten, kota = bounds
    regency = int(digits[2:4])
    if not (1 <= regency <= kabupaten or 71 <= regency <= 70 + kota):
        return False
    if digits[4:6] == "00":
        return False
    day, month = int(digits[6:8]), int(digits[8:10])
    if day > 40:
        day -= 40
    if not 1 <= month <= 12 or not 1 <= day <= _DAYS_IN_MONTH[month - 1]:
        return False
    return digits[12:] != "0000"


def _masked_number(digits: str) -> str:
    return digits[:4] + "*" * (len(digits) - 6) + digits[-2:]


def _check_sixteen_digits(masked: str, platform: Platform) -> tuple[list[Finding], list[Span]]:
    findings: list[Finding] = []
    spans: list[Span] = []
    for match in _SIXTEEN_DIGITS.finditer(masked):
        digits = re.sub(r"\D", "", match.group())
        if is_valid_nik(digits):
            code, message = "pii.nik", MSG_PII_NIK
        else:
            code, message = "pii.kk", MSG_PII_KK
        params: dict[str, str | int] = {"masked": _masked_number(digits)}
        findings.append(
            Finding(code, Severity.ERROR, match.start(), match.end(), message, params, platform)
        )
        spans.append(match.span())
    return findings, spans


# A run of digit groups joined by single spaces, dots or dashes; the first group
# may be an area code in parentheses. Validated (and shortened from the right when
# needed) by _phone_in.
_PHONE_CANDIDATE = re.compile(
    r"(?<![\w+])(?<!\d[ .\-])\+?(?:\(\d{1,5}\)|\d+)(?:(?:[ .\-]|(?<=\)))(?:\(\d{1,5}\)|\d+))*"
)
_DIGIT_GROUP = re.compile(r"\d+")
_PHONE_MAX_DIGITS = 15  # "+62 (0)" and a 12-digit mobile number


def _national_number(groups: list[str], plus: bool) -> str | None:
    """The number without +62/62/0, if the groups make an Indonesian phone number.

    Mobile: 8 then a non-zero digit, 8-12 digits (9-13 with the leading 0); 0800
    toll-free lines are institutional and not matched. Landline: area code of 2-3
    digits not starting with 0, 1 or 8, then 5-8 digits; when the number is written
    in groups the area code must be its own group, so dates like 02-12-2025 do not
    pass. "62" without "+" is only accepted for mobile numbers.
    """
    digits = "".join(groups)
    if plus or digits.startswith("62"):
        if not digits.startswith("62"):
            return None
        prefix = 2
        if digits[2:3] == "0":  # +62 (0)22 ..., +62 0812 ...
            prefix = 3
    elif digits.startswith("0"):
        prefix = 1
    else:
        return None
    national = digits[prefix:]
    if national[:1] == "8":
        ok = national[1:2] not in ("", "0") and 8 <= len(national) <= 12
        return national if ok else None
    if not plus and prefix != 1:
        return None
    if national[:1] not in set("2345679"):
        return None
    # Regroup the national digits as written, dropping the prefix digits.
    remaining = prefix
    written: list[str] = []
    for group in groups:
        cut = min(remaining, len(group))
        remaining -= cut
        if group[cut:]:
            written.append(group[cut:])
    if len(written) == 1:
        return national if 7 <= len(national) <= 11 else None
    area, rest = written[0], "".join(written[1:])
    return national if 2 <= len(area) <= 3 and 5 <= len(rest) <= 8 else None


def _phone_at(text: str, start: int, end: int) -> tuple[int, str] | None:
    """Longest valid phone number starting at `start` within a candidate ending at `end`.

    Returns where the number ends and its national form.
    """
    plus = text.startswith("+", start)
    groups: list[re.Match[str]] = []
    digits = 0
    for group in _DIGIT_GROUP.finditer(text, start, end):
        digits += len(group.group())
        if digits > _PHONE_MAX_DIGITS:
            break  # a long run of numbers is not one phone number; stay linear
        groups.append(group)
    for count in range(len(groups), 0, -1):
        national = _national_number([g.group() for g in groups[:count]], plus)
        if national is not None:
            stop = groups[count - 1].end()
            if text.startswith(")", stop):
                stop += 1
            return stop, national
    return None


def _normalize_phone(value: str) -> str:
    digits = re.sub(r"\D", "", value)
    if digits.startswith("62"):
        digits = digits[2:]
    return digits.lstrip("0")


def _check_phones(masked: str, allowed: set[str], platform: Platform) -> list[Finding]:
    """Phone numbers, tried at the start of each space-separated part of a run of numbers.

    Starting again after a space finds both numbers in "0812-1111-2222 0813-3333-4444"
    and the number in "40115 0224234567", without cutting into "2025-0812" or "1.0812".
    """
    findings: list[Finding] = []
    for match in _PHONE_CANDIDATE.finditer(masked):
        run_start, run_end = match.span()
        free = run_start
        starts = [run_start] + [i + 1 for i in range(run_start, run_end) if masked[i] == " "]
        for start in starts:
            if start < free:
                continue
            found = _phone_at(masked, start, run_end)
            if found is None:
                continue
            end, national = found
            free = end
            if national in allowed:
                continue
            findings.append(
                Finding(
                    "pii.phone",
                    Severity.WARNING,
                    start,
                    end,
                    MSG_PII_PHONE,
                    {"value": masked[start:end]},
                    platform,
                )
            )
    return findings


def _check_emails(
    masked: str, allowed: set[str], platform: Platform
) -> tuple[list[Finding], list[Span]]:
    """Personal e-mails are a warning; .go.id addresses only a reminder (INFO)."""
    findings: list[Finding] = []
    spans: list[Span] = []
    for match in _EMAIL.finditer(masked):
        spans.append(match.span())
        address = match.group()
        if address.casefold() in allowed:
            continue
        domain = address.rsplit("@", 1)[1].casefold()
        if domain.endswith(".go.id"):
            severity, message = Severity.INFO, MSG_PII_EMAIL_GOVERNMENT
        else:
            severity, message = Severity.WARNING, MSG_PII_EMAIL
        findings.append(
            Finding(
                "pii.email",
                severity,
                match.start(),
                match.end(),
                message,
                {"value": address},
                platform,
            )
        )
    return findings, spans


def _allowed_contacts(contacts: Iterable[str]) -> tuple[set[str], set[str]]:
    """Allowed e-mails (case-folded) and phone numbers (without +62/62/0)."""
    emails: set[str] = set()
    phones: set[str] = set()
    for contact in contacts:
        value = contact.strip()
        if "@" in value:
            emails.add(value.casefold())
        elif value:
            phones.add(_normalize_phone(value))
    return emails, phones


# --- Entry points ---------------------------------------------------------------


def _sort_key(finding: Finding) -> tuple[int, int, int, str]:
    return (finding.start, _SEVERITY_RANK[finding.severity], finding.end, finding.code)


def check_caption(
    text: str, platform: Platform, context: CheckContext = CheckContext()
) -> list[Finding]:
    """Every problem found in a caption for one platform, in reading order.

    Sorted by position, errors before warnings before info at the same position,
    so the editor can walk them top to bottom.
    """
    findings: list[Finding] = []
    if context.title:
        findings += _check_title(context.title, platform)
    findings += _check_media_present(context.media_count, platform)
    findings += _check_media(context.media_alt_texts, platform)
    findings += _check_media_shapes(context.media_sizes, platform)
    if not text.strip():
        findings.append(
            Finding("caption.empty", Severity.WARNING, 0, 0, MSG_CAPTION_EMPTY, {}, platform)
        )
        return sorted(findings, key=_sort_key)

    urls = _url_spans(text)
    without_urls = _mask(text, urls)
    allowed_emails, allowed_phones = _allowed_contacts(context.allowed_contacts)

    email_findings, email_spans = _check_emails(without_urls, allowed_emails, platform)
    without_emails = _mask(without_urls, email_spans)
    tags = [m.span() for m in _HASHTAG.finditer(without_urls)]
    mentions = [m.span() for m in _MENTION.finditer(without_emails)]
    id_findings, id_spans = _check_sixteen_digits(without_emails, platform)
    without_ids = _mask(without_emails, id_spans)

    findings += _check_length(text, platform)
    findings += _check_hashtags(tags, platform)
    findings += _check_mentions(mentions, platform)
    findings += _check_official_hashtags(text, tags, context.official_hashtags, platform)
    findings += id_findings
    findings += _check_phones(without_ids, allowed_phones, platform)
    findings += email_findings
    findings += _check_placeholders(text, platform)
    findings += _check_links(text, urls, platform)
    return sorted(findings, key=_sort_key)


def errors_only(found: Mapping[Platform, Iterable[Finding]]) -> dict[Platform, list[Finding]]:
    """The error findings of each platform that has any: what must be fixed or justified."""
    errors = {
        platform: [f for f in findings if f.severity is Severity.ERROR]
        for platform, findings in found.items()
    }
    return {platform: group for platform, group in errors.items() if group}


def worst_severity(findings: Iterable[Finding]) -> Severity | None:
    """The most serious severity among the findings, or None when there are none."""
    worst: Severity | None = None
    for finding in findings:
        if worst is None or _SEVERITY_RANK[finding.severity] < _SEVERITY_RANK[worst]:
            worst = finding.severity
    return worst
