"""The scan's shortcuts keep the old results: the checked post.json is summarised without a
second read, and files the listing found plain are opened without a second lstat yet are
still refused when they are links, FIFOs or folders."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from coordinator_support import DINKES, PC_DINKES, age, make_central, publish, signer_for

from medsos_desktop.sync import fsutil, scan, walk
from medsos_desktop.sync.format import POST_FILE, key_id_for
from medsos_desktop.sync.verify import check_revision


def _resolver(device_id: str, key_id: str, agency: str) -> bytes:
    key = signer_for(device_id).public_key_bytes
    assert key_id_for(key) == key_id
    return key


def test_checked_payload_gives_the_summary_a_second_read_gives(tmp_path: Path) -> None:
    central, signers = make_central(tmp_path)
    folder = publish(central, signers[PC_DINKES], DINKES, 1, 1, sequence=1)
    parts = folder.relative_to(central).parts
    post_uuid, revision = parts[3], int(parts[4][1:])

    kept = check_revision(central, DINKES, post_uuid, revision, _resolver, keep_payload=True)
    assert kept.status == "valid"
    assert kept.payload == json.loads((folder / POST_FILE).read_bytes())
    plain = check_revision(central, DINKES, post_uuid, revision, _resolver)
    assert plain.payload is None
    assert plain == kept  # the payload takes no part in comparisons

    scanned = scan.check_one(central, DINKES, post_uuid, revision, 0, _resolver)
    assert kept.manifest is not None
    assert scanned.summary == scan._read_summary(folder, kept.manifest, 1_000_000)
    assert scanned.summary is not None and scanned.summary.title


@pytest.mark.parametrize("listed", [False, True])
def test_reads_refuse_what_is_not_a_plain_file(tmp_path: Path, listed: bool) -> None:
    plain = tmp_path / "plain.json"
    plain.write_bytes(b"x" * 10)
    assert fsutil.read_limited(plain, 10, listed=listed) == b"x" * 10
    assert fsutil.read_limited(str(plain), 10, listed=listed) == b"x" * 10
    assert fsutil.hash_file(plain, 10, listed=listed)[0] == 10
    with pytest.raises(fsutil.FileTooLarge):
        fsutil.read_limited(plain, 9, listed=listed)
    with pytest.raises(FileNotFoundError):
        fsutil.read_limited(tmp_path / "missing.json", 10, listed=listed)
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(fsutil.NotRegularFile):
        fsutil.read_limited(folder, 10, listed=listed)
    if sys.platform == "win32":
        return
    link = tmp_path / "link.json"
    link.symlink_to(plain)
    with pytest.raises(fsutil.NotRegularFile):
        fsutil.read_limited(link, 10, listed=listed)
    with pytest.raises(fsutil.NotRegularFile):
        fsutil.hash_file(link, 10, listed=listed)
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    with pytest.raises(fsutil.NotRegularFile):  # refused at once, never blocks
        fsutil.read_limited(fifo, 10, listed=listed)


def test_fingerprint_from_the_check_matches_every_later_way_of_taking_it(tmp_path: Path) -> None:
    """A valid revision's fingerprint is taken from the check's own listing; the incremental
    scan takes it again by full path, or relative to the agency's open posts/ folder. All
    three agree while nothing changes, and a file rewritten in place (its size and times
    put back) changes the two later ones where the OS keeps change times."""
    central, signers = make_central(tmp_path)
    folder = publish(central, signers[PC_DINKES], DINKES, 1, 1, sequence=1)
    age(central)
    parts = folder.relative_to(central).parts
    post_uuid, revision = parts[3], int(parts[4][1:])
    scanned = scan.check_one(central, DINKES, post_uuid, revision, 0, _resolver)
    assert scanned.status == "valid" and scanned.fingerprint is not None
    posts = central / "agencies" / DINKES / "posts"
    inside = f"{post_uuid}/r{revision}"

    def both() -> tuple[int | None, int | None]:
        by_path = walk.files_fingerprint(str(folder), scanned.files)
        posts_fd = walk.open_folder(str(posts))
        if posts_fd is None:  # no fstatat here (Windows): the full path is the one way
            return by_path, by_path
        try:
            return by_path, walk.files_fingerprint(inside, scanned.files, posts_fd)
        finally:
            os.close(posts_fd)

    assert both() == (scanned.fingerprint, scanned.fingerprint)
    if os.name == "nt":
        return
    media = next((folder / "media").iterdir())
    before = media.stat()
    data = bytearray(media.read_bytes())
    data[0] ^= 0x01
    with open(media, "r+b") as handle:
        handle.write(bytes(data))
    os.utime(media, ns=(before.st_atime_ns, before.st_mtime_ns))
    by_path, by_fd = both()
    assert by_path == by_fd != scanned.fingerprint
