"""Build the bundled knowledge base (``src/detente/kb/data``) from facts and our own tables.

Inputs: the Wikidata role facts (``../shared/data/kb/roles.jsonl``), pycountry's ISO names, and
the hand-written tables in ``src/detente/kb/tables`` (states, IGOs, generic agents, media,
transnational bodies, people corrections, office titles). Output: ``kb.jsonl.gz`` (one entry a
line, sorted by id) and ``VERSION.txt``; ``ATTRIBUTION.txt`` beside them is written by hand. The
output is deterministic, so a rebuild with the same inputs changes nothing in git.

Usage: python scripts/build_kb.py [--roles PATH] [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pycountry
import yaml

from detente.kb.names import key, name_parts
from detente.kb.offices import classify
from detente.kb.protocol import Entry, Role
from detente.kb.records import write_entries
from detente.kb.store import CODE_GROUPS, rank

ROOT = Path(__file__).resolve().parents[1]
TABLES = ROOT / "src" / "detente" / "kb" / "tables"
DEFAULT_ROLES = ROOT.parent / "shared" / "data" / "kb" / "roles.jsonl"
DEFAULT_OUT = ROOT / "src" / "detente" / "kb" / "data"
BUILD = 3  # bump when the build logic changes with the same inputs

_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\ufeff]")
_NICKNAME = re.compile(r'\s*"([^"]+)"\s*')
_SLASH = re.compile(r"^(.*\S)\s*/\s*(\S+)$")
# An office-holder whose end date was inferred from a successor's start keeps the office when no
# other person started it within this many days of that end.
SUCCESSOR_SLACK = dt.timedelta(days=3)


def rows(name: str) -> list[list[str]]:
    out = []
    for line in (TABLES / name).read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t"))
    return out


def split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def latin(text: str) -> bool:
    return any("LATIN" in unicodedata.name(c, "") for c in text if c.isalpha())


def clean_names(raw: str) -> tuple[str, list[str]] | None:
    """A usable display name and extra aliases from a Wikidata label, or None for none usable."""
    name = _ZERO_WIDTH.sub("", raw).strip().lstrip("\u2018\u2019'!").replace("!", "")
    extra: list[str] = []
    nick = _NICKNAME.search(name)
    if nick:
        plain = " ".join(_NICKNAME.sub(" ", name).split())
        last = plain.split()[-1]
        extra += [f"{nick.group(1)} {last}", name]
        name = plain
    slash = _SLASH.match(name)
    if slash:
        left, right = slash.groups()
        extra.append(" ".join([*left.split()[:-1], right]))
        name = left
    if not latin(name):
        return None
    return " ".join(name.split()), extra


def office(code: str) -> frozenset[str]:
    """Stored codes that fill the same office as ``code`` (a HOS/HOG president fills both)."""
    groups = [g for g in CODE_GROUPS.values() if code in g and len(g) == 2]
    return frozenset().union(*groups) if groups else frozenset({code})


def load_people(roles_path: Path, fixes: dict[str, Any]) -> dict[str, dict[str, Any]]:
    people: dict[str, dict[str, Any]] = {}
    retitle = {(r["country"], r["title"]): r["role"] for r in fixes.get("retitle", [])}
    for line in roles_path.read_text("utf-8").splitlines():
        rec = json.loads(line)
        names = clean_names(rec["name"])
        aliases = [a for a in (clean_names(a) for a in rec.get("aliases") or []) if a]
        if names is None:
            if not aliases:
                continue
            names = aliases.pop(0)
        pid = (
            rec.get("wikidata")
            or f"person:{key(names[0]).replace(' ', '-')}-{rec['country'].lower()}"
        )
        person = people.setdefault(pid, {"name": names[0], "aliases": {}, "roles": {}})
        for alias in [*names[1], *(n for a in aliases for n in (a[0], *a[1]))]:
            person["aliases"][alias] = True
        code = retitle.get((rec["country"], rec["title"]), rec["role"])
        if code == "MIN":
            better = classify(rec["title"])
            if better and better[0] in {"FIN", "FM", "DEF", "INT", "JUS"}:
                code = better[0]
        start = dt.date.fromisoformat(rec["start"]) if rec["start"] else None
        end = dt.date.fromisoformat(rec["end"]) if rec["end"] else None
        role_key = (code, rec["country"], rec["title"], start)
        old = person["roles"].get(role_key)
        if old is None or (old["end"] is not None and (end is None or end > old["end"])):
            person["roles"][role_key] = {
                "role": Role(rec["title"], rec["country"], rec["sector"], code, start, end),
                "end": end,
                "inferred": rec.get("end_precision") == "inferred-from-successor-start",
            }
    return people


def repair_inferred_ends(people: dict[str, dict[str, Any]]) -> int:
    """Reopen the last holder of an office whose end was inferred from a successor we lack."""
    by_office: dict[tuple[str, str], list[tuple[str, Role]]] = defaultdict(list)
    for pid, person in people.items():
        for item in person["roles"].values():
            role = item["role"]
            for code in office(role.code):
                by_office[(role.country, code)].append((pid, role))
    repaired = 0
    for pid, person in people.items():
        for item in person["roles"].values():
            role = item["role"]
            if not item["inferred"] or role.end is None or role.start is None:
                continue
            others = [
                (other, r)
                for code in office(role.code)
                for other, r in by_office[(role.country, code)]
                if other != pid and r.start is not None
            ]
            succeeded = any(abs(r.start - role.end) <= SUCCESSOR_SLACK for _, r in others)
            later = any(r.start > role.start for _, r in others)
            if not succeeded and not later:
                item["role"] = Role(
                    role.title, role.country, role.sector, role.code, role.start, None
                )
                repaired += 1
    return repaired


def apply_fixes(people: dict[str, dict[str, Any]], fixes: dict[str, Any]) -> None:
    by_name: dict[str, list[str]] = defaultdict(list)
    for pid, person in people.items():
        for name in (person["name"], *person["aliases"]):
            by_name[key(name)].append(pid)
    for fix in fixes.get("fixes", []):
        for pid in dict.fromkeys(by_name.get(key(fix["name"]), [])):
            for item in people[pid]["roles"].values():
                role = item["role"]
                if role.code == fix["role"] and role.start == dt.date.fromisoformat(fix["start"]):
                    fields = {
                        k: (dt.date.fromisoformat(v) if v else None) for k, v in fix["set"].items()
                    }
                    item["role"] = Role(**{**_role_dict(role), **fields})
    for extra in fixes.get("people", []):
        ids = list(dict.fromkeys(by_name.get(key(extra["name"]), [])))
        pid = ids[0] if len(ids) == 1 else f"person:{key(extra['name']).replace(' ', '-')}"
        person = people.setdefault(pid, {"name": extra["name"], "aliases": {}, "roles": {}})
        for alias in extra.get("aliases", []):
            person["aliases"][alias] = True
        for name in ("gender", "party", "country"):
            if extra.get(name):
                person[name] = extra[name]
        for r in extra.get("roles", []):
            role = Role(
                r["title"],
                r.get("country"),
                r.get("sector"),
                r.get("code"),
                dt.date.fromisoformat(r["start"]) if r.get("start") else None,
                dt.date.fromisoformat(r["end"]) if r.get("end") else None,
            )
            person["roles"][(role.code, role.country, role.title, role.start)] = {"role": role}


def _role_dict(role: Role) -> dict[str, Any]:
    return {k: getattr(role, k) for k in ("title", "country", "sector", "code", "start", "end")}


def person_entries(people: dict[str, dict[str, Any]], family_first: set[str]) -> list[Entry]:
    entries = []
    for pid, person in people.items():
        roles = sorted(
            (i["role"] for i in person["roles"].values()),
            key=lambda r: (r.start or dt.date.min, rank(r)),
        )
        national = [r for r in roles if r.country and r.country != "IGO"]
        # The person's state is the one they served most often ("Macron": France, not Andorra,
        # where the French president is co-prince); the senior office breaks ties.
        served = Counter(r.country for r in national)
        main = (
            min(
                national or roles,
                key=lambda r: (-served[r.country], rank(r), -(r.start or dt.date.min).toordinal()),
            )
            if roles
            else None
        )
        country = person.get("country") or (main.country if main else None)
        parts = name_parts(person["name"])
        short = set()
        if parts:
            short.add(parts[0] if country in family_first else parts[-1])
        for alias in person["aliases"]:
            if len(alias.split()) == 1:
                short.add(key(alias))
        aliases = tuple(a for a in person["aliases"] if a != person["name"])
        entries.append(
            Entry(
                kb_id=pid,
                name=person["name"],
                kind="person",
                country=country,
                sector=main.sector if main else None,
                aliases=aliases,
                roles=tuple(roles),
                gender=person.get("gender"),
                short=tuple(sorted(short)),
                party=person.get("party"),
            )
        )
    return entries


def state_entries() -> tuple[list[Entry], set[str]]:
    entries, family_first, seen = [], set(), set()
    for row in rows("states.tsv"):
        code, name, aliases, demonyms, seats, order = (row + [""] * 6)[:6]
        iso = pycountry.countries.get(alpha_3=code)
        iso_names = (
            [getattr(iso, f, None) for f in ("name", "official_name", "common_name")] if iso else []
        )
        names = list(
            dict.fromkeys([*split(aliases), *(n for n in iso_names if n and "," not in n)])
        )
        entries.append(
            Entry(
                f"state:{code}",
                name,
                "state",
                code,
                None,
                tuple(n for n in names if n != name),
                (),
                (),
                None,
                tuple(split(demonyms)),
                tuple(split(seats)),
            )
        )
        if order in ("family-first", "given-first"):
            family_first.add(code)
        seen.add(code)
    for iso in pycountry.countries:
        if iso.alpha_3 not in seen:
            names = [n for n in (getattr(iso, "common_name", None), iso.name) if n and "," not in n]
            if names:
                entries.append(
                    Entry(
                        f"state:{iso.alpha_3}",
                        names[0],
                        "state",
                        iso.alpha_3,
                        None,
                        tuple(names[1:]),
                    )
                )
    return entries, family_first


def table_entries() -> list[Entry]:
    entries = []
    for igo in yaml.safe_load((TABLES / "igos.yaml").read_text("utf-8")):
        entries.append(
            Entry(
                igo["id"],
                igo["name"],
                "igo",
                "IGO",
                igo.get("sector"),
                tuple(igo.get("aliases") or ()),
                (),
                tuple(igo.get("members") or ()),
            )
        )
    for kb_id, sector, country, forms in rows("agents.tsv"):
        names = split(forms)
        entries.append(
            Entry(kb_id, names[0], "agent", country or None, sector or None, tuple(names[1:]))
        )
    for kb_id, name, country, aliases in rows("media.tsv"):
        entries.append(Entry(kb_id, name, "media", country or None, "MED", tuple(split(aliases))))
    for kb_id, sector, forms in rows("transnational.tsv"):
        names = split(forms)
        entries.append(Entry(kb_id, names[0], "transnational", None, sector, tuple(names[1:])))
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roles", type=Path, default=DEFAULT_ROLES)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    fixes = yaml.safe_load((TABLES / "people.yaml").read_text("utf-8"))
    states, family_first = state_entries()
    people = load_people(args.roles, fixes)
    repaired = repair_inferred_ends(people)
    apply_fixes(people, fixes)
    persons = person_entries(people, family_first)
    entries = states + table_entries() + persons
    count = write_entries(args.out / "kb.jsonl.gz", entries)
    newest = max((r.start for e in persons for r in e.roles if r.start), default=None)
    version = f"{newest.isoformat() if newest else 'unknown'}.{BUILD}"
    (args.out / "VERSION.txt").write_text(version + "\n", "utf-8")
    kinds = Counter(e.kind for e in entries)
    print(
        f"wrote {count} entries ({dict(kinds)}), {repaired} inferred end dates reopened; "
        f"version {version}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
