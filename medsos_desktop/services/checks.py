"""Checking a whole post: every target platform's final caption, with the agency's context."""

from __future__ import annotations

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.checks import CheckContext, Finding, check_caption
from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import PostContent


def context_for(content: PostContent, profile: AgencyProfile) -> CheckContext:
    return CheckContext(
        official_hashtags=profile.official_hashtags,
        media_alt_texts=tuple(m.alt_text for m in content.media),
        media_count=len(content.media),
        media_sizes=tuple((m.width, m.height) for m in content.media),
        title=content.title,
        allowed_contacts=profile.contacts,
    )


def check_post(content: PostContent, profile: AgencyProfile) -> dict[Platform, list[Finding]]:
    context = context_for(content, profile)
    return {
        platform: check_caption(content.final_caption(platform), platform, context)
        for platform in content.platforms
    }
