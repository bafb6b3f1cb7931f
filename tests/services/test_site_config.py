"""The site configuration IT installs: presets, locks, and typos that never stop the app."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from medsos_desktop.paths import AppPaths
from medsos_desktop.services.settings import Settings, load_settings, save_settings
from medsos_desktop.services.site_config import (
    SITE_CONFIG_ENV,
    SiteConfig,
    apply_site_config,
    is_locked,
    load_site_config,
    normalise_fingerprint,
    site_config_path,
)
from medsos_desktop.services.workspace import open_workspace

VALID = """\
central_folder = '\\\\fileserver\\medsos\\pusat'
region_name = "Kota Sukamaju"
coordinator_key_fingerprint = "3F2A:9C41 0B7E:D815 AA00"
default_language = "en"
locked = ["central_folder"]
"""


@pytest.fixture(autouse=True)
def _no_machine_site_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never read /etc/medsos-desktop/site.toml of the machine running them."""
    monkeypatch.setenv(SITE_CONFIG_ENV, str(tmp_path / "no-site.toml"))


def _site(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "site.toml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_valid_file(tmp_path: Path) -> None:
    site = load_site_config(_site(tmp_path, VALID))
    assert site.problems == ()
    assert site.central_folder == r"\\fileserver\medsos\pusat"
    assert site.region_name == "Kota Sukamaju"
    assert site.coordinator_key_fingerprint == "3f2a9c410b7ed815aa00"
    assert site.default_language == "en"
    assert is_locked(site, "central_folder") and not is_locked(site, "language")


def test_missing_file_is_an_empty_configuration(tmp_path: Path) -> None:
    site = load_site_config(tmp_path / "nowhere" / "site.toml")
    assert site == SiteConfig() and site.problems == () and not site.found


@pytest.mark.parametrize(
    ("line", "key", "words"),
    [
        ("central_folder = 42", "central_folder", "must be text"),
        ('central_folder = ""', "central_folder", "must be text"),
        ('region_name = ["a"]', "region_name", "must be text"),
        (
            'coordinator_key_fingerprint = "xyz-not-hex"',
            "coordinator_key_fingerprint",
            "hexadecimal",
        ),
        ('coordinator_key_fingerprint = "3f2a 9c41"', "coordinator_key_fingerprint", "16 to 64"),
        ("coordinator_key_fingerprint = 1234567890123456", "coordinator_key_fingerprint", "hex"),
        ('default_language = "fr"', "default_language", "one of id, en"),
        ('locked = ["central_folder", "theme"]', "locked", '"theme" is ignored'),
        ('central_foldr = "X:/typo"', "central_foldr", "unknown setting"),
    ],
)
def test_each_bad_key_is_reported_and_the_others_still_apply(
    tmp_path: Path, line: str, key: str, words: str
) -> None:
    lines = {
        "region_name": 'region_name = "Kabupaten Contoh"',
        "central_folder": 'central_folder = "S:/pusat"',
    }
    lines[key] = line
    text = "\n".join(lines.values()) + "\n"
    site = load_site_config(_site(tmp_path, text))
    assert len(site.problems) == 1, [p.render() for p in site.problems]
    message = site.problems[0].render()
    assert words in message and str(tmp_path / "site.toml") in message
    assert site.problems[0].context == "Settings"
    # Everything else in the file is applied.
    if key != "region_name":
        assert site.region_name == "Kabupaten Contoh"
    if key != "central_folder":
        assert site.central_folder == "S:/pusat"
    if key == "locked":
        assert site.locked == {"central_folder"}


def test_locked_without_a_value_is_reported_and_not_locked(tmp_path: Path) -> None:
    site = load_site_config(_site(tmp_path, 'locked = ["language"]\n'))
    assert not is_locked(site, "language")
    assert "is locked but the file does not set it" in site.problems[0].render()


def test_broken_toml_applies_nothing_and_says_so(tmp_path: Path) -> None:
    site = load_site_config(_site(tmp_path, 'central_folder = "S:/pusat\nregion_name = 3 = 4\n'))
    assert site.central_folder == "" and site.found
    assert "is not valid TOML" in site.problems[0].render()
    assert "IT staff" in site.problems[0].render()


def test_not_utf8_oversized_and_unreadable_files(tmp_path: Path) -> None:
    assert (
        "not UTF-8"
        in load_site_config(_site(tmp_path, b"region_name = '\xff'\n")).problems[0].render()
    )
    big = _site(tmp_path, "# " + "x" * 70_000 + "\n")
    assert "far too large" in load_site_config(big).problems[0].render()
    folder = tmp_path / "a-folder.toml"
    folder.mkdir()
    assert "cannot be read" in load_site_config(folder).problems[0].render()


def test_bom_is_accepted(tmp_path: Path) -> None:
    site = load_site_config(_site(tmp_path, "\ufeffregion_name = 'Kota Sukamaju'\n"))
    assert site.region_name == "Kota Sukamaju" and site.problems == ()


def test_fingerprint_normalisation() -> None:
    assert normalise_fingerprint("AB:CD:EF:01 23 45 67 89") == "abcdef0123456789"
    assert normalise_fingerprint("abcdef012345678") is None  # 15 digits
    assert normalise_fingerprint("abcdef01234567zz") is None
    assert normalise_fingerprint("a" * 65) is None  # longer than a sha256


def test_site_values_fill_empty_user_settings() -> None:
    site = SiteConfig(central_folder="S:/pusat", default_language="en")
    effective = apply_site_config(Settings(actor_name="Rina"), site)
    assert effective.central_folder == "S:/pusat"
    assert effective.language == "en"
    assert effective.actor_name == "Rina"
    own = apply_site_config(Settings(central_folder="D:/sendiri", language="en"), site)
    assert own.central_folder == "D:/sendiri"
    # A user who chose Indonesian in their own file keeps it.
    chosen = apply_site_config(Settings(language="id"), site, user_keys={"language"})
    assert chosen.language == "id"


def test_locked_values_override_the_user() -> None:
    site = SiteConfig(
        central_folder="S:/pusat",
        default_language="en",
        locked=frozenset({"central_folder", "language"}),
    )
    user = Settings(central_folder="D:/sendiri", language="id")
    effective = apply_site_config(user, site, user_keys={"central_folder", "language"})
    assert effective.central_folder == "S:/pusat" and effective.language == "en"
    assert user.central_folder == "D:/sendiri"  # the input is not changed


def test_env_override_and_platform_paths(tmp_path: Path) -> None:
    env = {SITE_CONFIG_ENV: str(tmp_path / "portable.toml"), "PROGRAMDATA": r"D:\ProgramData"}
    assert site_config_path(env, "win32") == tmp_path / "portable.toml"
    windows = site_config_path({"PROGRAMDATA": r"D:\ProgramData"}, "win32")
    assert windows == PureWindowsPath(r"D:\ProgramData\MedsosDesktop\site.toml")
    assert site_config_path({}, "win32") == PureWindowsPath(
        r"C:\ProgramData\MedsosDesktop\site.toml"
    )
    assert site_config_path({}, "linux") == PurePosixPath("/etc/medsos-desktop/site.toml")
    assert site_config_path({}, "darwin") == PurePosixPath(
        "/Library/Application Support/MedsosDesktop/site.toml"
    )


def test_env_override_is_read_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SITE_CONFIG_ENV, str(_site(tmp_path, VALID)))
    assert load_site_config().region_name == "Kota Sukamaju"


def test_workspace_and_settings_honour_the_site_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Presets reach the app and CLI; saving never copies IT's values into the user's file."""
    monkeypatch.setenv(SITE_CONFIG_ENV, str(_site(tmp_path, VALID)))
    paths = AppPaths(tmp_path / "data")
    paths.data_dir.mkdir()
    paths.settings_file.write_text(
        json.dumps({"central_folder": "D:/sendiri", "actor_name": "Rina"}), encoding="utf-8"
    )
    workspace = open_workspace(paths, seed_demo=False)
    try:
        assert workspace.site.region_name == "Kota Sukamaju"
        assert workspace.settings.central_folder == r"\\fileserver\medsos\pusat"  # locked
        assert workspace.settings.language == "en"  # the user never chose one
        assert workspace.settings.region_name == "Kota Sukamaju"
        assert workspace.settings.coordinator_key_fingerprint == "3f2a9c410b7ed815aa00"
        workspace.settings.actor_name = "Rina Wulandari"
        workspace.save_settings()
    finally:
        workspace.close()
    saved = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    assert saved == {"central_folder": "D:/sendiri", "actor_name": "Rina Wulandari"}
    # Without the site file the user's own values come back.
    monkeypatch.setenv(SITE_CONFIG_ENV, str(tmp_path / "gone.toml"))
    plain = load_settings(paths.settings_file)
    assert plain.central_folder == "D:/sendiri" and plain.language == "id"


def test_a_users_change_is_saved_even_where_the_site_filled_a_value(tmp_path: Path) -> None:
    site = SiteConfig(central_folder="S:/pusat", default_language="en")
    path = tmp_path / "settings.json"
    settings = load_settings(path, site)
    assert settings.central_folder == "S:/pusat"
    settings.language = "id"
    save_settings(path, settings)
    assert json.loads(path.read_text(encoding="utf-8")) == {"language": "id"}
    again = load_settings(path, site)
    assert again.language == "id" and again.central_folder == "S:/pusat"


def test_broken_site_file_does_not_stop_the_workspace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SITE_CONFIG_ENV, str(_site(tmp_path, "this is = = not toml")))
    workspace = open_workspace(AppPaths(tmp_path / "data"), seed_demo=False)
    try:
        assert workspace.site.problems and workspace.settings.central_folder == ""
    finally:
        workspace.close()
