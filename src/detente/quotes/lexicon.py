"""The attribution lexicon: cue lemmas with their stance and content frames, cue nouns,
predicates of attitude, known media and the words that bound a content.

Cues and media are data (``quotes/data/*.tsv``) so linguists can extend them without touching the
matching code; they are loaded once, as the ``cues`` resource, into dicts that the stage consults
per token in constant time.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from importlib import resources as package_files
from pathlib import Path
from typing import Any

from spacy.strings import get_string_id

from detente.registry import resource

FRAMES = frozenset(
    {
        "ccomp",
        "xcomp",
        "obj_xcomp",
        "dobj",
        "dobj_as",
        "oprd",
        "pobj",
        "passive",
        "clause",
        "evidence",
        "aside",
    }
)


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue lemma (``"say"``) or phrasal cue (``"call for"``) and how its content is found."""

    lemma: str
    stance: str
    frames: frozenset[str]


@dataclass(slots=True)
class Lexicon:
    """Cue verbs by lemma (phrasal cues under their verb), cue nouns with their stance, nouns
    that are sources in an "in" phrase ("in the poll", "in his eyes") with their stance,
    predicates of attitude with their stance and complements, media names by lowercased text,
    the prepositions and conjunctions that open a circumstance or an aside of the writer
    rather than a content, and the objects of telling that are what is told, not whom.

    ``lemma_ids`` are spaCy's string ids of every cue lemma, to find cue tokens in one array pass.
    """

    cues: dict[str, Cue] = field(default_factory=dict)
    phrasal: dict[str, dict[str, Cue]] = field(default_factory=dict)
    media: dict[str, str] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    attitudes: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    adjuncts: set[str] = field(default_factory=set)
    concessions: set[str] = field(default_factory=set)
    messages: set[str] = field(default_factory=set)
    lemma_ids: frozenset[int] = frozenset()

    def cue(self, lemma: str, particle: str | None = None) -> Cue | None:
        """The phrasal cue when the verb has that particle, else the plain verb cue."""
        if particle is not None:
            found = self.phrasal.get(lemma, {}).get(particle)
            if found is not None:
                return found
        return self.cues.get(lemma)

    def particles(self, lemma: str) -> dict[str, Cue]:
        return self.phrasal.get(lemma, {})


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def load(directory: Path) -> Lexicon:
    """Read ``cues.tsv``, ``nominal.tsv``, ``sources.tsv``, ``media.tsv``, ``attitudes.tsv``,
    ``adjuncts.tsv`` and ``messages.tsv`` from a directory, checking rows."""
    lexicon = Lexicon()
    seen: set[str] = set()
    for row in _rows(directory / "cues.tsv"):
        frames = frozenset(f.strip() for f in row["frames"].split(",") if f.strip())
        unknown = frames - FRAMES
        if unknown or not frames:
            raise ValueError(f"cue {row['cue']!r}: unknown or missing frames {sorted(unknown)}")
        words = row["cue"].strip().lower().split()
        cue = Cue(" ".join(words), row["stance"].strip(), frames)
        if cue.lemma in seen:
            raise ValueError(f"cue {row['cue']!r}: listed twice; give one row all its frames")
        seen.add(cue.lemma)
        if len(words) == 1:
            lexicon.cues[words[0]] = cue
        elif len(words) == 2:
            lexicon.phrasal.setdefault(words[0], {})[words[1]] = cue
        else:
            raise ValueError(f"cue {row['cue']!r}: a cue is a verb with at most one particle")
    for row in _rows(directory / "nominal.tsv"):
        lexicon.nouns[row["noun"].strip().lower()] = row["stance"].strip()
    # Optional, so that a lexicon written before sources were listed still loads.
    if (directory / "sources.tsv").is_file():
        for row in _rows(directory / "sources.tsv"):
            lexicon.sources[row["noun"].strip().lower()] = row["stance"].strip()
    for row in _rows(directory / "media.tsv"):
        lexicon.media[row["name"].strip().lower()] = row["canonical"].strip()
    for row in _rows(directory / "attitudes.tsv"):
        complements = frozenset(c.strip() for c in row["complements"].split(",") if c.strip())
        lexicon.attitudes[row["word"].strip().lower()] = (row["stance"].strip(), complements)
    for row in _rows(directory / "adjuncts.tsv"):
        kind = row["kind"].strip()
        if kind not in {"preposition", "concession"}:
            raise ValueError(f"adjunct {row['word']!r}: unknown kind {kind!r}")
        target = lexicon.adjuncts if kind == "preposition" else lexicon.concessions
        target.add(row["word"].strip().lower())
    # Optional like sources.tsv; the cue nouns are messages whether or not it is there.
    if (directory / "messages.tsv").is_file():
        lexicon.messages = {r["word"].strip().lower() for r in _rows(directory / "messages.tsv")}
    lexicon.messages |= set(lexicon.nouns)
    verbs = (*lexicon.cues, *lexicon.phrasal, *lexicon.nouns, *lexicon.sources, *lexicon.attitudes)
    lexicon.lemma_ids = frozenset(get_string_id(w) for w in verbs)
    return lexicon


@resource("cues")
def load_cues(section: dict[str, Any]) -> Lexicon:
    """The bundled lexicon, or the one in ``[resources.cues] path`` when set."""
    path = str(section.get("path", "") or "")
    if path:
        return load(Path(path))
    with package_files.as_file(package_files.files("detente.quotes") / "data") as directory:
        return load(Path(directory))
