"""Vendored libraries are the released files recorded in vendor.json, with their licences."""

from __future__ import annotations

import hashlib
import json
import re

from detente.web import STATIC

VENDOR = STATIC / "vendor"


def test_vendored_files_match_their_recorded_hashes_and_carry_licences() -> None:
    manifest = json.loads((VENDOR / "vendor.json").read_text("utf-8"))
    names = {p["name"] for p in manifest["packages"]}
    assert names == {"htmx.org", "cytoscape", "vis-timeline"}
    for package in manifest["packages"]:
        folder = VENDOR / package["dir"]
        assert package["version"] and package["licence"] and package["integrity"]
        assert any(name.startswith("LICENSE") for name in package["sha256"]), package["name"]
        assert set(package["sha256"]) == set(package["files"].values())
        for name, digest in package["sha256"].items():
            assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name


def test_pages_only_load_scripts_and_styles_from_this_server() -> None:
    loaded = re.compile(r"<(?:script|link)\b[^>]*\b(?:src|href)=\"([^\"]*)\"")
    seen = []
    for template in (STATIC.parent / "templates").rglob("*.html"):
        for address in loaded.findall(template.read_text("utf-8")):
            seen.append(address)
            assert address.startswith("/static/") or address == "data:,", (template, address)
    assert "/static/vendor/htmx.org/htmx.min.js" in seen
    for address in seen:
        if address.startswith("/static/"):
            assert (STATIC / address.removeprefix("/static/")).is_file(), address
