"""Descriptions and generic-agent phrases around a head word, read off the token sequence.

"the North Korean leader", "his own secretary of state", "Russia's foreign minister" and
"South Korean officials", "officials in Seoul", "Hungarian and Romanian officials" all put a
country (or a possessor) next to a head noun. These helpers look a few tokens left and right of
the head and say which gazetteer hits they absorbed, so the mention covers the whole phrase and
carries the country.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from detente.actors.gazetteer import DEMONYM, METONYM, NAME, Hit, Tok
from detente.model import Document, Mention

# How far left of a head word a description or agent phrase may reach, in tokens.
REACH = 6
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_LINKS = frozenset({"of", "in", "from"})
_JOINS = frozenset({"and", ",", "or", "&"})
# Possessive endings as spaCy splits them off, with straight and typographic apostrophes.
POSSESSIVES = frozenset({"'s", "'", "’s", "’"})


@dataclass
class Phrase:
    """A description or agent phrase: token range, countries found, hits absorbed, flags."""

    start: int
    end: int
    countries: list[tuple[int, int, str]] = field(default_factory=list)
    used: set[Hit] = field(default_factory=set)
    former: bool = False
    timeless: bool = False
    indefinite: bool = False
    possessive: int | None = None
    owner: Hit | None = None


def _country_of(hit: Hit, state_ids: dict[str, str]) -> str | None:
    if hit.kind in (NAME, DEMONYM, METONYM):
        codes = {state_ids[i] for i in hit.ids if i in state_ids}
        if len(codes) == 1:
            return codes.pop()
    return None


def expand(
    doc: list[Tok],
    start: int,
    end: int,
    hits_at: dict[int, Hit],
    hits_ending: dict[int, Hit],
    state_ids: dict[str, str],
    modifiers: dict[str, str],
    taken: set[int],
) -> Phrase:
    """Grow the head ``start:end`` over determiners, modifiers, countries and ``of``/``in`` X."""
    phrase = Phrase(start, end)
    i = start
    while i > 0 and start - i < REACH:
        j = i - 1
        tok = doc[j]
        low = tok.lower_
        hit = hits_ending.get(i)
        if hit is not None and hit.kind == "ethnic":
            phrase.used.add(hit)
            i = hit.start
            continue
        if hit is not None and (code := _country_of(hit, state_ids)):
            phrase.countries.insert(0, (hit.start, hit.end, code))
            phrase.used.add(hit)
            i = hit.start
            continue
        if low in POSSESSIVES and (prev := hits_ending.get(j)) is not None:
            if _country_of(prev, state_ids):
                i = j
                continue
            phrase.owner = prev
            break
        if j in taken:
            break
        if low in _JOINS and phrase.countries and (prev := hits_ending.get(j)) is not None:
            if _country_of(prev, state_ids):
                i = j
                continue
            break
        if low in modifiers:
            meaning = modifiers[low]
            phrase.former |= meaning == "former"
            phrase.timeless |= meaning == "timeless"
            i = j
            continue
        if low in _DETERMINERS:
            phrase.indefinite = low in ("a", "an")
            i = j
            break
        if tok.tag_ == "PRP$":
            phrase.possessive = j
            i = j
            break
        if (
            tok.pos_ == "ADJ"
            or tok.dep_ in ("amod", "compound")
            or tok.pos_ == "NOUN"
            or (tok.dep_ == "nummod" and j > 0 and doc[j - 1].lower_ in _DETERMINERS)
            or low == "-"
        ):
            i = j
            continue
        break
    phrase.start = i
    if (
        end + 1 < len(doc)
        and doc[end].lower_ in _LINKS
        and not phrase.countries
        and not phrase.owner
        and phrase.possessive is None
    ):
        k = end + 1
        if doc[k].lower_ == "the" and k + 1 < len(doc):
            k += 1
        hit = hits_at.get(k)
        # "ministers of the Union's founding members": a possessor there owns the next noun,
        # it is not the head's country.
        owns = hit is not None and hit.end < len(doc) and doc[hit.end].lower_ in POSSESSIVES
        if hit is not None and not owns and (code := _country_of(hit, state_ids)):
            phrase.countries.append((hit.start, hit.end, code))
            phrase.used.add(hit)
            phrase.end = hit.end
    return phrase


def mention(
    doc: Document,
    toks: list[Tok],
    start: int,
    end: int,
    kind: str,
    label: str | None,
    ids: list[str],
    source: str,
    country: str | None = None,
    sector: str | None = None,
) -> Mention:
    """The mention covering tokens ``start:end``, from the first token's start to the last's end."""
    span = doc.span(toks[start].idx, toks[end - 1].idx + len(toks[end - 1].text))
    return Mention(span, kind, label, ids, None, country, sector, source)
