"""Knowledge-base names found in text: a dict from token-key n-grams to entries, built once.

A spaCy PhraseMatcher with every alias of the base costs seconds to build; a dict keyed by the
normalised text of up to ``max_tokens`` tokens is built in a fraction of that and looked up at
each token start, so scanning a document is linear in its length.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc as SpacyDoc

from detente.kb.names import key, token_key
from detente.kb.protocol import KnowledgeBase

# Kinds of name a gazetteer hit can be, by the entry field it came from.
NAME, DEMONYM, METONYM, AGENT = "name", "demonym", "metonym", "agent"
_HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014"})


@dataclass(frozen=True, slots=True)
class Tok:
    """What the actor stages read of a spaCy token, copied once per document: spaCy builds a
    new Token object on every ``doc[i]``, which dominated the stages' time."""

    i: int
    text: str
    lower_: str
    pos_: str
    tag_: str
    dep_: str
    ent_type_: str
    idx: int
    is_title: bool
    lemma_: str


def tokens(sdoc: SpacyDoc) -> list[Tok]:
    return [
        Tok(t.i, t.text, t.lower_, t.pos_, t.tag_, t.dep_, t.ent_type_, t.idx, t.is_title, t.lemma_)
        for t in sdoc
    ]


@dataclass(frozen=True, slots=True)
class Hit:
    """Token range ``start:end`` of ``doc`` naming ``ids`` (all of one ``kind``)."""

    start: int
    end: int
    kind: str
    ids: tuple[str, ...]


def prefixes(keys: Iterable[str]) -> frozenset[str]:
    """Every word-prefix of the keys: a gram that is none of them cannot grow into a key, so
    the walk over a token's n-grams stops there instead of joining ``limit`` strings."""
    out: set[str] = set()
    for k in keys:
        words = k.split(" ")
        out.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return frozenset(out)


def _acronym(alias: str) -> bool:
    if len(alias) > 12 or not alias.isupper():
        return False
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters)


class Gazetteer:
    """Names (case-sensitive-ish) and common-noun forms (lower case) of the base's entries."""

    def __init__(self, kb: KnowledgeBase, max_tokens: int = 6) -> None:
        self.max_tokens = max_tokens
        names: dict[str, dict[str, list[str]]] = {}
        acronym_only: dict[str, bool] = {}
        self.nouns: dict[str, str] = {}
        self.short: dict[str, list[str]] = defaultdict(list)

        def add(alias: str, kind: str, kb_id: str) -> None:
            k = key(alias)
            if not k:
                return
            by_kind = names.get(k)
            if by_kind is None:
                names[k] = {kind: [kb_id]}
            elif kb_id not in by_kind.setdefault(kind, []):
                by_kind[kind].append(kb_id)
            acronym_only[k] = acronym_only.get(k, True) and _acronym(alias)

        for entry in kb.entries():
            kb_id = entry.kb_id
            if entry.kind == "agent":
                for alias in (entry.name, *entry.aliases):
                    if alias == alias.lower():
                        self.nouns.setdefault(key(alias), kb_id)
                    else:
                        add(alias, AGENT, kb_id)
            elif entry.kind == "person":
                # One-word personal names ("Putin") are surnames, matched only through ``short``.
                for alias in (entry.name, *entry.aliases):
                    if " " in key(alias):
                        add(alias, NAME, kb_id)
                for form in entry.short:
                    self.short[key(form)].append(kb_id)
            else:
                for alias in (entry.name, *entry.aliases):
                    add(alias, NAME, kb_id)
                for alias in entry.demonyms:
                    add(alias, DEMONYM, kb_id)
                for alias in entry.seats:
                    add(alias, METONYM, kb_id)
        # A key keeps one kind: a name beats a metonym beats a demonym ("Georgia", not "Georgian").
        order = (NAME, AGENT, METONYM, DEMONYM)
        self.names: dict[str, tuple[str, tuple[str, ...]]] = {}
        for k, by_kind in names.items():
            kind = next(kd for kd in order if kd in by_kind)
            self.names[k] = (kind, tuple(by_kind[kind]))
        self.acronyms = frozenset(k for k, only in acronym_only.items() if only)
        self.noun_tokens = max((len(k.split()) for k in self.nouns), default=1)
        self.name_prefixes = prefixes(self.names)
        self.noun_prefixes = prefixes(self.nouns)

    def keys(self, doc: list[Tok]) -> list[str | None]:
        """Each token's key; ``None`` for a hyphen (skipped inside names), ``""`` for a barrier."""
        return [None if t.text in _HYPHENS else token_key(t.text) for t in doc]

    def grams(
        self,
        keys: Sequence[str | None],
        i: int,
        limit: int,
        within: frozenset[str] | None = None,
    ) -> list[tuple[str, int]]:
        """The n-gram keys starting at token ``i`` with the token index after each, longest last;
        with ``within`` (:func:`prefixes` of a table), only those that may still be in it."""
        grams: list[tuple[str, int]] = []
        parts: list[str] = []
        j = i
        while j < len(keys) and len(parts) < limit:
            k = keys[j]
            j += 1
            if k is None:
                if not parts:
                    break
                continue
            if not k:
                break
            parts.append(k)
            gram = " ".join(parts)
            if within is not None and gram not in within:
                break
            grams.append((gram, j))
        return grams

    def names_in(self, doc: list[Tok], keys: Sequence[str | None]) -> list[Hit]:
        """Longest non-overlapping name hits, left to right; names must be capitalised."""
        hits: list[Hit] = []
        i = 0
        while i < len(doc):
            text = doc[i].text
            best = None
            if text[:1].isupper() or (text[:1].isalpha() and text[:2].lower() in ("al", "el")):
                for gram, end in self.grams(keys, i, self.max_tokens, self.name_prefixes):
                    found = self.names.get(gram)
                    if found and (
                        gram not in self.acronyms or all(t.text.isupper() for t in doc[i:end])
                    ):
                        best = Hit(i, end, found[0], found[1])
            if best is not None:
                hits.append(best)
                i = best.end
            else:
                i += 1
        return hits

    def nouns_in(self, doc: list[Tok], keys: Sequence[str | None], taken: set[int]) -> list[Hit]:
        """Generic-agent nouns ("officials", "security forces") on tokens not already taken."""
        hits: list[Hit] = []
        i = 0
        while i < len(doc):
            best = None
            if i not in taken:
                for gram, end in self.grams(keys, i, self.noun_tokens, self.noun_prefixes):
                    if any(t in taken for t in range(i, end)):
                        break
                    found = self.nouns.get(gram)
                    if found and doc[end - 1].pos_ in ("NOUN", "PROPN"):
                        best = Hit(i, end, AGENT, (found,))
            if best is not None:
                hits.append(best)
                i = best.end
            else:
                i += 1
        return hits
