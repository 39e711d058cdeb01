"""The word lists actor finding relies on, read from the data files in ``actors/data``.

Titles, pronouns, description modifiers, given names and the surname-prominence rule are data,
not code branches, so they can be reviewed and extended without touching the stages.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources


@dataclass(frozen=True, slots=True)
class Title:
    """An office named in text: ``code`` as in the knowledge base (``LEADER``: HOS or HOG)."""

    form: str
    code: str
    sector: str
    gender: str | None
    informal: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    titles: dict[str, Title]
    pronouns: dict[str, str]
    modifiers: dict[str, str]
    given_names: dict[str, str]
    prominent_everywhere: frozenset[str]
    prominent_major: frozenset[str]
    major_states: frozenset[str]
    hog_leads: frozenset[str]
    references: dict[str, str]
    places: frozenset[str]
    locatives: frozenset[str]
    units: dict[str, str]
    plurals: dict[str, tuple[str, int | None]]
    counts: dict[str, int]
    unit_blockers: frozenset[str]
    multinational: frozenset[str]

    @property
    def longest_title(self) -> int:
        return max(len(t.split()) for t in self.titles)


def _rows(name: str) -> list[list[str]]:
    text = importlib_resources.files("detente.actors").joinpath("data", name).read_text("utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    titles = {}
    for row in _rows("titles.tsv"):
        form, code, sector, gender, informal = [*row, "", "", "", "", ""][:5]
        titles[form] = Title(form, code, sector, gender or None, informal == "informal")
    prominence = {row[0]: frozenset(row[1].split("|")) for row in _rows("prominence.tsv")}
    return Lexicon(
        titles=titles,
        pronouns={row[0]: row[1] for row in _rows("pronouns.tsv")},
        modifiers={row[0]: row[1] for row in _rows("modifiers.tsv")},
        given_names={row[0]: row[1] for row in _rows("given_names.tsv")},
        prominent_everywhere=prominence["codes_everywhere"],
        prominent_major=prominence["codes_major"],
        major_states=prominence["major_states"],
        hog_leads=prominence["hog_leads"],
        references={row[0]: row[1] for row in _rows("references.tsv")},
        places=frozenset(row[0] for row in _rows("places.tsv") if row[1] == "place"),
        locatives=frozenset(row[0] for row in _rows("places.tsv") if row[1] == "at"),
        units={row[0]: row[2] for row in _rows("units.tsv") if row[1] == "unit"},
        plurals={
            row[0]: (row[1], int(row[2]) if len(row) > 2 and row[2] else None)
            for row in _rows("plurals.tsv")
        },
        counts={row[0]: int(row[1]) for row in _rows("counts.tsv")},
        unit_blockers=frozenset(row[0] for row in _rows("units.tsv") if row[1] == "not"),
        multinational=frozenset(row[0] for row in _rows("units.tsv") if row[1] == "igo"),
    )
