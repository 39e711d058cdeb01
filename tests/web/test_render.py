"""What keeps untrusted text inert on pages: JSON for scripts, links, colours."""

from __future__ import annotations

import json
import re
from pathlib import Path

from detente.web.render import environment, intensity_colour, json_script, tone, web_link


def test_json_for_scripts_cannot_close_its_script_element() -> None:
    value = {"name": "</script><script>alert(1)</script>", "amp": "a & b", "quote": "it's"}
    out = str(json_script(value))
    assert "<" not in out and ">" not in out and "&" not in out and "'" not in out
    assert json.loads(out) == value


def test_only_web_addresses_become_links() -> None:
    assert web_link("https://news.example/a") == "https://news.example/a"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", "//x", None):
        assert web_link(bad) is None


def test_templates_escape_by_default() -> None:
    out = environment.from_string("<p title='{{ v }}'>{{ v }}</p>").render(v="<b onclick='x'>")
    assert out == "<p title='&lt;b onclick=&#39;x&#39;&gt;'>&lt;b onclick=&#39;x&#39;&gt;</p>"


def test_intensity_colours_run_from_conflict_to_cooperation() -> None:
    assert intensity_colour(-10) == "#c0392b" and intensity_colour(10) == "#1e8449"
    assert intensity_colour(0) == intensity_colour(None) == "#8c8c8c"
    assert intensity_colour(-99) == intensity_colour(-10)


def test_every_intensity_has_a_stylesheet_class_with_its_colour() -> None:
    """Pages colour intensities by class (the CSP refuses inline styles); the stylesheet's
    colours must be the ones the charts use."""
    css = (Path(__file__).parents[2] / "src/detente/web/static/app.css").read_text("utf-8")
    rules = dict(re.findall(r"^\.(tone-[a-z0-9]+) \{ color: (#[0-9a-f]{6}); \}$", css, re.M))
    for point in range(-10, 11):
        assert rules[tone(point)] == intensity_colour(point), point
    assert rules[tone(None)] == intensity_colour(None)
    assert tone(-3.4) == "tone-m3" and tone(0.2) == "tone-p0" and tone(42) == "tone-p10"
