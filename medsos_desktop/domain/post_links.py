"""Links to published posts and the captions in platform exports, compared as text.

Pure: how two spellings of one post's link are recognised as the same (tracking
parameters, host aliases, the platform's own post IDs), and how close an export's caption
snippet is to a post's caption. The metrics import matches rows to posts with these.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from medsos_desktop.domain.platforms import Platform

# Share and tracking parameters that do not change which post a link names.
_TRACKING_PARAMS = frozenset(
    {
        "igsh",
        "igshid",
        "img_index",
        "fbclid",
        "mibextid",
        "rdid",
        "share_url",
        "si",
        "s",
        "t",
        "ref",
        "ref_src",
        "ref_url",
        "feature",
        "app",
        "is_from_webapp",
        "sender_device",
        "is_copy_url",
        "web_id",
        "_r",
        "_t",
        "share_app_id",
        "share_item_id",
        "source",
        "lang",
        "hl",
    }
)
_HOST_ALIASES = {
    "twitter.com": "x.com",
    "mobile.twitter.com": "x.com",
    "fb.com": "facebook.com",
    "web.facebook.com": "facebook.com",
    "m.facebook.com": "facebook.com",
    "mbasic.facebook.com": "facebook.com",
    "instagr.am": "instagram.com",
    "m.youtube.com": "youtube.com",
    "music.youtube.com": "youtube.com",
    "threads.com": "threads.net",
}


def normalize_url(url: str) -> str:
    """One spelling per post link: https, lower-case host without www., no tracking
    parameters, no fragment, no trailing slash. Paths keep their case (Instagram's codes)."""
    text = url.strip()
    if "://" not in text and "." in text.split("/")[0]:
        text = "https://" + text
    try:
        parts = urlsplit(text)
    except ValueError:
        return text
    host = (parts.hostname or "").casefold().rstrip(".")
    host = host.removeprefix("www.")
    host = _HOST_ALIASES.get(host, host)
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=False)
        if key.casefold() not in _TRACKING_PARAMS and not key.casefold().startswith("utm_")
    ]
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    return urlunsplit(("https", host, path, urlencode(sorted(query)), ""))


_ID_PATTERNS: dict[Platform, tuple[re.Pattern[str], ...]] = {
    Platform.INSTAGRAM: (re.compile(r"/(?:p|reel|reels|tv)/([A-Za-z0-9_-]{5,})"),),
    Platform.FACEBOOK: (
        re.compile(r"/(?:posts|videos|reel|permalink|photos/[^/]+)/([A-Za-z0-9]{6,})"),
        re.compile(r"[?&](?:story_fbid|fbid|v)=([A-Za-z0-9]{6,})"),
    ),
    Platform.X: (re.compile(r"/status(?:es)?/(\d{5,})"),),
    Platform.TIKTOK: (re.compile(r"/(?:video|photo)/(\d{5,})"),),
    Platform.YOUTUBE: (
        re.compile(r"[?&]v=([A-Za-z0-9_-]{11})"),
        re.compile(r"youtu\.be/([A-Za-z0-9_-]{11})"),
        re.compile(r"/(?:shorts|live|embed)/([A-Za-z0-9_-]{11})"),
    ),
    Platform.THREADS: (re.compile(r"/post/([A-Za-z0-9_-]{5,})"),),
}


def platform_post_ids(platform: Platform, url: str) -> set[str]:
    """The platform's own IDs of the post a link names (a link may carry more than one)."""
    found: set[str] = set()
    for pattern in _ID_PATTERNS.get(platform, ()):
        found.update(pattern.findall(url))
    return found


def _flat(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.sub(r"[^\w#@]+", " ", text).split())


def text_similarity(snippet: str, caption: str) -> float:
    """difflib's ratio of the export's snippet against the same length of the caption."""
    a = _flat(snippet.rstrip("…"))
    b = _flat(caption)[: len(a) + 10]
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
