"""Child process for the SIGKILL test: autosaves edits as fast as it can, acknowledging each.

    python autosave_child.py DATA_DIR POST_ID FIRST_EDIT

An "ack N" line is printed only after the save of edit N has committed, exactly
as the editor's status bar says "saved" only after the save returned.
"""

from __future__ import annotations

import sys
from pathlib import Path

from medsos_desktop.domain.platforms import Platform
from medsos_desktop.domain.posts import Category, PostContent
from medsos_desktop.paths import AppPaths
from medsos_desktop.services.posts import PostService
from medsos_desktop.services.workspace import open_workspace


def content_for(edit: int) -> PostContent:
    """Every field changes with the edit number, so a torn write would be visible."""
    return PostContent(
        title=f"Judul suntingan {edit}",
        category=list(Category)[edit % len(Category)],
        platforms=(Platform.INSTAGRAM, Platform.X) if edit % 2 else (Platform.FACEBOOK,),
        base_caption=f"Caption dasar suntingan{edit} " + "kata " * (edit % 50),
        variants={Platform.X: f"Varian X suntingan{edit}"} if edit % 2 else {},
        hashtags=(f"#Tag{edit}",),
    )


def main() -> None:
    data_dir, post_id, first = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    workspace = open_workspace(AppPaths(Path(data_dir)), seed_demo=False)
    service = PostService(workspace.db)
    print("ready", flush=True)
    edit = first
    while True:
        service.save(post_id, content_for(edit))
        print(f"ack {edit}", flush=True)
        edit += 1


if __name__ == "__main__":
    main()
