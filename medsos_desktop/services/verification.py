"""Checking a central folder from outside the app (`medsos verify`, `medsos report`).

The command line reaches the sync layer only through here, so that the layer rule holds
for it as for the window: callers get the folder's report, not the reader's internals.
"""

from __future__ import annotations

from pathlib import Path

from medsos_desktop.sync.central import verify_central
from medsos_desktop.sync.records import CentralReport
from medsos_desktop.sync.trust import TrustList, read_trust_file
from medsos_desktop.sync.walk import read_central_info


def read_trust(path: Path) -> TrustList:
    """The pinned device keys of a trust file (from `medsos devices export`)."""
    return read_trust_file(path)


def verify_folder(central: Path, trust: TrustList | None = None) -> CentralReport:
    """Every revision of the folder checked; with `trust`, unpinned keys are not valid."""
    return verify_central(central, trust)


def region_name(central: Path) -> str:
    """The region named in the folder's medsos-central.json (refused when it is missing)."""
    return read_central_info(central).region_name
