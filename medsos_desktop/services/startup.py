"""What the main window shows first, read in one go on a worker thread.

The window paints before any of this runs (it needs no database); then it asks for the
first screen (the profile, who is at the keyboard, the post list) and, once that is on
screen, for the infographic page's kit. Housekeeping that must happen once per start
(the trash's old posts, unused images, the sample agency) happens here as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from medsos_desktop.domain.agency import AgencyProfile
from medsos_desktop.domain.posts import PostRow

if TYPE_CHECKING:
    from medsos_desktop.domain.brand import BrandKit
    from medsos_desktop.render.spec import TemplateSpec
    from medsos_desktop.services.infographics import InfographicService
    from medsos_desktop.services.people import PersonInfo
    from medsos_desktop.services.workspace import Workspace


@dataclass
class FirstScreen:
    workspace: Workspace
    profile: AgencyProfile
    rows: list[PostRow] | None  # None: the list already shown is still right
    admin: PersonInfo | None = None


def load_first_screen(workspace: Workspace, list_shown: bool = False) -> FirstScreen:
    """The profile, the admin and the post list, after the once-per-start housekeeping.

    `list_shown`: the window already shows the list read straight from the file
    (`open_workspace(early_rows=...)`); it is read again only when the housekeeping
    changed the posts (10,000 rows twice would add to the start's peak memory).
    """
    from medsos_desktop.services.agency import load_profile
    from medsos_desktop.services.demo import ensure_demo_workspace
    from medsos_desktop.services.people import PeopleService
    from medsos_desktop.services.posts import PostService

    posts_changed = ensure_demo_workspace(workspace)
    posts = PostService(workspace.db)
    posts.purge_trash()  # deleted more than 30 days ago
    # Only at start: mid-session, an image just imported is not yet in a saved post.
    posts.prune_blobs()
    # A data folder from before person records: the name typed in the settings is theirs.
    admin = PeopleService(workspace.db).adopt_admin_name(workspace.settings.actor_name)
    rows = None if list_shown and not posts_changed else posts.list_rows()
    return FirstScreen(workspace, load_profile(workspace.db), rows, admin)


@dataclass
class DesignerKit:
    """What the infographic page needs: loaded after the post list is shown."""

    service: InfographicService
    templates: list[TemplateSpec]
    brand: BrandKit
    sizes: dict[str, str]


def load_designer_kit(workspace: Workspace) -> DesignerKit:
    from medsos_desktop.render.engine import SIZE_LABELS
    from medsos_desktop.services.brand import BrandService
    from medsos_desktop.services.infographics import InfographicService

    service = InfographicService(workspace.db)
    return DesignerKit(
        service, service.templates(), BrandService(workspace.db).load(), dict(SIZE_LABELS)
    )
